"""Hard to break: CSRF on every state-changing route, agents isolated by id, security headers on
every response, hostile text (NUL, lone surrogates) on both stores, and schemathesis against a
real `bsm-guard serve` (no 5xx for any input).

The routes are enumerated from the app, so a route added later is checked without editing
this file; one whose path parameter the tests cannot fill makes them fail with its name.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from sqlalchemy import select
from starlette.routing import Mount

from proxy.store.api import Role
from proxy.store.tables import Base

UNSAFE = frozenset(("POST", "PUT", "PATCH", "DELETE"))
ACTIONS = ("note", "request", "release", "reject", "edit")  # the detail page's forms
STATIC = Path(__file__).resolve().parents[1] / "proxy" / "web" / "static"


# ----------------------------------------------------------------------------- helpers


def _flatten(routes: list[Any]) -> list[Any]:
    """Routes of the app and of every included router (FastAPI keeps those nested)."""
    out: list[Any] = []
    for route in routes:
        nested = getattr(route, "original_router", None)
        out.extend(_flatten(nested.routes) if nested is not None else [route])
    return out


def routes(app: Any, methods: frozenset[str]) -> list[tuple[str, str]]:
    """(method, path template) of every route answering one of ``methods``; mounts are apart."""
    out = []
    for route in _flatten(app.routes):
        if isinstance(route, Mount):
            continue
        for method in sorted((getattr(route, "methods", None) or set()) & methods):
            out.append((method, route.path))
    return out


def fill(template: str, values: dict[str, str]) -> list[str]:
    """Concrete paths for a template: ``{action}`` gives one path per form of the detail page."""
    paths = [template]
    if "{action}" in template:
        paths = [template.replace("{action}", a) for a in ACTIONS]
    out = []
    for path in paths:
        for name, value in values.items():
            path = path.replace("{" + name + "}", value)
        assert "{" not in path, f"teach tests/test_web_hardening.py a value for {path}"
        out.append(path)
    return out


def form_body(held_id: str) -> dict[str, Any]:
    """One form that every page route would accept (each reads the fields it needs)."""
    return {
        "reason": "checked",
        "note": "checked",
        "text": "Thank you.",
        "html": "<p>Thank you.</p>",
        "action": "reject",
        "ids": [held_id],
        "op": "add",
        "name": "newcomer",
        "password": "a long enough password",
        "role": "viewer",
    }


def json_body(held_id: str) -> dict[str, Any]:
    """One JSON body that every API route would accept (extra fields are ignored)."""
    return {**form_body(held_id), "subject": "Re: order", "reply": True}


async def snapshot(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: "nothing changed" is this being equal before and after."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    async with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = await conn.execute(select(table))
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def mail_with_attachment(subject: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "agent@shop.test", "buyer-1@marketplace.amazon.com", subject
    msg.set_content("You idiot.")
    msg.add_attachment(b"%PDF-1.4 invoice", maintype="application", subtype="pdf", filename="invoice.pdf")
    return msg.as_bytes()


async def hold_of(store: Any, client: str = "agent") -> str:
    """A held message sent by ``client`` (an agent's login), with one attachment."""
    finding = {
        "rule": "offensive.test",
        "category": "offensive",
        "action": "quarantine",
        "excerpt": "idiot",
        "where": "text",
        "reason": "needs a supervisor",
    }
    return await store.hold(
        mail_with_attachment("Re: your order"),
        "agent@shop.test",
        ("buyer-1@marketplace.amazon.com",),
        client,
        "Re: your order",
        ("123-1234567-1234567",),
        (finding,),
    )


# ----------------------------------------------------------------------------- CSRF


async def test_every_state_changing_route_refuses_a_missing_or_wrong_csrf_token(
    web_app: Any, web_client: Any, login: Any, web_store: Any, upstream: Any
) -> None:
    """Logged in as admin (whom every route lets act), each POST/PUT/PATCH/DELETE route of pages
    and API is sent without a token, with a forged one and with another session's real one,
    as a form and as JSON: always 403 and not one row changes. The same request with the
    session's token is then not a 403, so the refusals were the CSRF check's."""
    admin, other = web_client(), web_client()
    csrf = await login(admin, "admin")
    stolen = await login(other, "supervisor")  # a real token, of someone else's session
    checked = 0
    for method, template in routes(web_app, UNSAFE):
        held_id = await hold_of(web_store)
        for path in fill(template, {"held_id": held_id, "name": "viewer"}):
            before, sent = await snapshot(web_store), len(upstream.messages)
            form, body = form_body(held_id), json_body(held_id)
            for token in (None, "forged", stolen):
                as_form = {**form, "csrf": token} if token else form
                header = {"X-CSRF-Token": token} if token else {}
                for kwargs in ({"data": as_form}, {"json": body, "headers": header}):
                    response = await admin.request(method, path, **kwargs)  # type: ignore[arg-type]
                    assert response.status_code == 403, (method, path, token, kwargs, response.text[:300])
            assert await snapshot(web_store) == before, (method, path)
            assert len(upstream.messages) == sent, (method, path)
            if path.startswith("/api/"):
                control = await admin.request(method, path, json=body, headers={"X-CSRF-Token": csrf})
            else:
                control = await admin.request(method, path, data={**form, "csrf": csrf})
            assert control.status_code != 403, (method, path, control.text[:300])
            if path == "/logout":  # the control ended the session
                csrf = await login(admin, "admin")
            checked += 1
    assert checked >= 20  # the enumeration really saw pages and API


async def test_no_get_route_changes_anything(
    web_app: Any, web_client: Any, login: Any, web_store: Any
) -> None:
    """A GET needs no CSRF token, so it must not act: every GET route, as admin, leaves every
    table as it was (the retention page and API are dry runs)."""
    held_id = await hold_of(web_store)
    client = web_client()
    await login(client, "admin")
    before = await snapshot(web_store)
    seen = 0
    for _, template in routes(web_app, frozenset(("GET",))):
        for path in fill(template, {"held_id": held_id, "index": "0", "name": "viewer"}):
            response = await client.get(path)
            assert response.status_code < 400, (path, response.status_code)
            seen += 1
    assert seen >= 15
    assert await snapshot(web_store) == before


# ----------------------------------------------------------------------------- agents by id


@pytest.fixture
async def second_agent(web_store: Any) -> str:
    await web_store.add_user("agent2", "another long password", Role.AGENT)
    return "agent2"


async def test_an_agent_cannot_read_or_act_on_another_agents_mail_by_id(
    web_app: Any, web_client: Any, login: Any, web_store: Any, upstream: Any, second_agent: str
) -> None:
    """Agent B on agent A's message, every route with a message id (pages and API, session and
    token): 404 exactly like an id that does not exist, and nothing changes. Agent A, on the
    same routes, never gets a 404 (the routes work; B is refused for the id)."""
    theirs = await hold_of(web_store, client="agent")
    b_session = web_client()
    csrf = await login(b_session, second_agent, "another long password")
    token = await web_store.add_token(second_agent, Role.AGENT)
    b_token = web_client()
    b_token.headers["Authorization"] = f"Bearer {token}"
    per_id = [(m, t) for m, t in routes(web_app, frozenset(("GET", *UNSAFE))) if "{held_id}" in t]
    assert len(per_id) >= 12
    before, tried = await snapshot(web_store), 0
    for method, template in per_id:
        for path in fill(template, {"held_id": theirs, "index": "0"}):
            missing = path.replace(theirs, "nosuchid22")
            clients = (b_session, b_token) if path.startswith("/api/") else (b_session,)
            for client in clients:
                kwargs: dict[str, Any] = {}
                if method in UNSAFE:
                    form = {**form_body(theirs), "csrf": csrf}
                    kwargs = {"json": json_body(theirs), "headers": {"X-CSRF-Token": csrf}}
                    kwargs = kwargs if path.startswith("/api/") else {"data": form}
                on_theirs = await client.request(method, path, **kwargs)
                on_missing = await client.request(method, missing, **kwargs)
                assert on_theirs.status_code == 404, (method, path, on_theirs.status_code)
                assert on_missing.status_code == 404, (method, missing, on_missing.status_code)
                assert on_theirs.text.replace(theirs, "nosuchid22") == on_missing.text, (method, path)
                tried += 1
    assert await snapshot(web_store) == before
    assert upstream.messages == []
    listed = (await b_session.get("/api/held?status=all")).json()
    assert theirs not in {i["id"] for i in listed["items"]} and listed["total"] == 0
    assert theirs not in (await b_session.get("/held?status=all")).text
    owner = web_client()
    owner_csrf = await login(owner, "agent")
    for method, template in per_id:
        for path in fill(template, {"held_id": theirs, "index": "0"}):
            extra: dict[str, Any] = {"headers": {"X-CSRF-Token": owner_csrf}}
            if method in UNSAFE:
                extra["json"] = json_body(theirs)
            assert (await owner.request(method, path, **extra)).status_code != 404, (method, path)
    assert tried >= 20


# ----------------------------------------------------------------------------- headers


def check_headers(response: httpx.Response, what: str) -> None:
    """The security headers every response carries (``what`` names it in a failure)."""
    h = response.headers
    csp = {d.split()[0]: d.split()[1:] for d in h.get("content-security-policy", "").split(";") if d.strip()}
    assert csp, (what, "no Content-Security-Policy")
    scripts = csp.get("script-src", csp.get("default-src"))
    assert scripts is not None, (what, "CSP without script-src or default-src", csp)
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, (what, csp)
    assert h.get("x-content-type-options") == "nosniff", what
    assert h.get("referrer-policy") in ("no-referrer", "same-origin", "strict-origin"), what
    assert "no-store" in h.get("cache-control", ""), (what, h.get("cache-control"))
    if what.endswith("/preview"):
        # The sanitised preview is framed by the detail page: our origin only, and sandboxed.
        assert csp.get("frame-ancestors") == ["'self'"] and "sandbox" in csp, (what, csp)
    else:
        assert csp.get("frame-ancestors") == ["'none'"] or h.get("x-frame-options") == "DENY", (what, csp)


def get_paths(app: Any, held_id: str) -> Iterator[str]:
    for _, template in routes(app, frozenset(("GET",))):
        yield from fill(template, {"held_id": held_id, "index": "0", "name": "viewer"})
    for file in STATIC.iterdir():
        yield f"/static/{file.name}"


async def test_security_headers_on_every_get_and_every_error(
    web_app: Any, web_client: Any, login: Any, web_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from proxy.errors import StoreError

    held_id = await hold_of(web_store)
    anonymous, admin, agent = web_client(), web_client(), web_client()
    await login(admin, "admin")
    await login(agent, "agent")
    seen: list[tuple[str, int]] = []

    async def check(client: httpx.AsyncClient, path: str, code: int | None = None) -> None:
        response = await client.get(path)
        if code is not None:
            assert response.status_code == code, (path, response.status_code, response.text[:300])
        else:
            assert response.status_code < 400, (path, response.status_code)
        check_headers(response, path)
        assert "Traceback" not in response.text, path
        seen.append((path, response.status_code))

    for path in get_paths(web_app, held_id):
        await check(admin, path)
    await check(anonymous, "/login", 200)
    await check(anonymous, "/healthz", 200)
    await check(anonymous, "/held", 303)  # to the login page
    await check(anonymous, "/api/held", 401)
    await check(agent, "/users", 403)
    await check(agent, "/api/users", 403)
    await check(admin, "/no/such/page", 404)
    await check(admin, "/api/no/such/thing", 404)
    await check(admin, "/held/nosuchid22", 404)
    await check(admin, "/api/held?page=0", 400)
    assert "<h1>404</h1>" in (await admin.get("/no/such/page")).text  # our page, not bare JSON

    async def crash(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("a bug with a secret detail")

    async def down(*args: Any, **kwargs: Any) -> None:
        raise StoreError("database error: OperationalError: secret-host:5432 refused")

    monkeypatch.setattr(web_store, "category_counts", crash)
    monkeypatch.setattr(web_store, "get", down)
    for path, code in (
        ("/held", 500),
        ("/api/held", 500),
        (f"/held/{held_id}", 503),
        (f"/api/held/{held_id}", 503),
    ):
        await check(admin, path, code)
        assert "secret" not in (await admin.get(path)).text, path
    assert len(seen) >= 30


# ----------------------------------------------------------------------------- hostile text

HOSTILE = ("a\x00b", "a\udc4ab", "\u0085\u200e\ufeff", "x" * 300)  # NUL, lone surrogate, controls, long


def hostile_json(template: dict[str, Any], value: str) -> bytes:
    """``template`` with every string replaced by ``value`` (ASCII-escaped, so a lone surrogate
    travels as JSON allows it: ``"\\udc4a"``)."""

    def swap(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: swap(v) for k, v in node.items()}
        if isinstance(node, list):
            return [swap(v) for v in node]
        return value if isinstance(node, str) else node

    return json.dumps(swap(template)).encode()


async def test_hostile_text_in_ids_names_and_bodies_is_a_4xx_on_both_stores(
    store: Any, web_settings: Any
) -> None:
    """NUL (PostgreSQL refuses it in text), lone surrogates (UTF-8 cannot encode them), control
    characters and long strings in every path parameter and JSON string of the API, as an
    admin token: a 4xx each time, never a 5xx (a 503 "database down" included)."""
    from prometheus_client import CollectorRegistry

    from proxy.pipeline.checker import Checker
    from proxy.web import create_app

    held_id = await hold_of(store)
    token = await store.add_token("hostile", Role.ADMIN)
    app = create_app(store, web_settings, Checker, CollectorRegistry())
    transport = httpx.ASGITransport(app=app)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    api = [(m, t) for m, t in routes(app, frozenset(("GET", *UNSAFE))) if t.startswith("/api/")]
    sent = 0
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver", headers=headers
    ) as client:
        for value in HOSTILE:
            for method, template in api:
                quoted = quote(value.encode("utf-8", "surrogatepass"), safe="")
                for path in fill(template, {"held_id": quoted, "name": quoted}):
                    body = hostile_json(json_body(held_id), value) if method in UNSAFE else None
                    response = await client.request(method, path, content=body)
                    assert response.status_code < 500, (method, path, value, response.text[:300])
                    sent += 1
                if method in UNSAFE and "{" in template:  # the real id with a hostile body
                    path = fill(template, {"held_id": held_id, "name": "viewer"})[0]
                    response = await client.request(
                        method, path, content=hostile_json(json_body(held_id), value)
                    )
                    assert response.status_code < 500, (method, path, value, response.text[:300])
                    sent += 1
    assert sent >= 60


# ----------------------------------------------------------------------------- schemathesis

# Examples per operation that follow the schema, and that break it (each must be a 4xx, never
# a 5xx). BSM_GUARD_TEST_FUZZ_SCALE=10 makes a longer hunt.
FUZZ_SCALE = float(os.environ.get("BSM_GUARD_TEST_FUZZ_SCALE", "1"))
FUZZ_POSITIVE = max(1, round(10 * FUZZ_SCALE))
FUZZ_NEGATIVE = max(1, round(6 * FUZZ_SCALE))
FUZZ_DATABASE = os.environ.get("BSM_GUARD_TEST_FUZZ_DATABASE", "")  # default: SQLite in tmp_path


async def _seed(url: str) -> tuple[str, dict[str, str]]:
    """Held messages and a user for the fuzzer to hit by real id/name; an admin API token."""
    from proxy.store import open_store

    store = await open_store(url, pooled=False)
    try:
        held = [await hold_of(store) for _ in range(4)]
        await store.add_user("victim", "a long enough password", Role.VIEWER)
        token = await store.add_token("fuzzer", Role.ADMIN)
    finally:
        await store.close()
    return token, {"held_id": held[0], "name": "victim"}


def test_schemathesis_finds_no_server_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every operation of ``/api/openapi.json`` of a real ``bsm-guard serve`` (the shipped rule
    packs, SQLite), with an admin token: schema-following and schema-breaking requests, some
    on real ids. No answer may be a 5xx, and every documented answer must match its schema."""
    import asyncio
    import time

    import schemathesis
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st
    from hypothesis.errors import Unsatisfiable
    from procs import RULES, Guard, recording_upstream
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

    url = FUZZ_DATABASE or f"sqlite+aiosqlite:///{tmp_path / 'fuzz.db'}"
    token, real = asyncio.run(_seed(url))
    auth = {"Authorization": f"Bearer {token}"}
    checks = [not_a_server_error, response_schema_conformance, content_type_conformance]
    config = {"detect": {"rule_dirs": [str(RULES)]}, "notify": {"enabled": False}}
    statuses: dict[int, int] = {}
    failures: list[str] = []
    unbreakable: list[str] = []
    # The raw-message body of POST /api/check is sent like any binary body.
    schemathesis.serializer.alias("message/rfc822", "application/octet-stream")
    started = time.monotonic()
    with recording_upstream() as upstream:
        guard = Guard(tmp_path, url, f"127.0.0.1:{upstream.port}", name="fuzz", config=config)
        guard.start()
        try:
            guard.wait_ready()
            ready = time.monotonic() - started
            assert guard.get("/api/me", token=token).json()["role"] == "admin"
            schema = schemathesis.openapi.from_url(f"{guard.url}/api/openapi.json", headers=auth, timeout=30)
            operations = [result.ok() for result in schema.get_all_operations()]

            def send(case: Any) -> None:
                response = case.call(base_url=guard.url, headers=auth, timeout=60)
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                case.validate_response(response, checks=checks, headers=auth)

            for operation in operations:
                fixed = {k: v for k, v in real.items() if "{" + k + "}" in operation.path}
                for mode, examples in (
                    (schemathesis.GenerationMode.POSITIVE, FUZZ_POSITIVE),
                    (schemathesis.GenerationMode.NEGATIVE, FUZZ_NEGATIVE),
                ):
                    strategy = operation.as_strategy(generation_mode=mode)
                    if fixed:
                        strategy = st.one_of(strategy, operation.as_strategy(mode, path_parameters=fixed))

                    @settings(
                        max_examples=examples,
                        deadline=None,
                        database=None,
                        phases=[Phase.generate],
                        suppress_health_check=list(HealthCheck),
                    )
                    @given(case=strategy)
                    def run(case: Any) -> None:
                        send(case)

                    try:
                        run()
                    except Unsatisfiable:  # nothing in this operation can break its schema
                        unbreakable.append(operation.label)
                    except (Exception, BaseExceptionGroup) as exc:  # every operation tried, all reported
                        failures.append(f"{operation.label} ({mode.value}): {exc}")
        finally:
            guard.stop()
    requests = sum(statuses.values())
    with capsys.disabled():
        print(
            f"\nschemathesis: {len(operations)} operations, {requests} requests in "
            f"{time.monotonic() - started - ready:.0f} s (server start {ready:.0f} s); "
            f"statuses {dict(sorted(statuses.items()))}; no negative case for {len(unbreakable)}"
        )
    assert len(operations) >= 15 and requests >= len(operations) * 5
    assert 401 not in statuses  # the token held: the requests reached the routes
    assert not failures, "\n\n".join(failures)
    assert not [s for s in statuses if s >= 500]

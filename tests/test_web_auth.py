"""Access control of the review UI and API: no route answers without a login, CSRF, roles."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from helpers import csrf_of
from starlette.routing import Mount

PUBLIC = {"/healthz", "/metrics", "/login"}


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "x1", path)


def _flatten(routes: list[Any]) -> list[Any]:
    """Routes of the app and of every included router (FastAPI keeps those nested)."""
    out: list[Any] = []
    for route in routes:
        nested = getattr(route, "original_router", None)
        out.extend(_flatten(nested.routes) if nested is not None else [route])
    return out


def _routes(app: Any) -> list[tuple[str, str]]:
    out = []
    for route in _flatten(app.routes):
        if isinstance(route, Mount) or route.path in PUBLIC:
            continue
        for method in sorted(getattr(route, "methods", None) or {"GET"}):
            if method != "HEAD":
                out.append((method, _concrete(route.path)))
    return out


async def test_every_route_needs_a_login(web_app: Any, web_client: Any) -> None:
    client = web_client()
    routes = _routes(web_app)
    assert len(routes) > 25  # the enumeration really saw the app
    for method, path in routes:
        response = await client.request(
            method, path, headers={"content-type": "application/json"}, content=b"{}"
        )
        if path.startswith("/api/"):
            assert response.status_code == 401, (method, path, response.status_code)
        else:
            assert response.status_code == 303, (method, path, response.status_code)
            assert response.headers["location"].startswith("/login"), (method, path)


async def test_a_bad_bearer_token_is_401(web_client: Any) -> None:
    response = await web_client().get("/api/held", headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401


async def test_public_routes(web_client: Any) -> None:
    client = web_client()
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    metrics = await client.get("/metrics")
    assert (metrics.status_code == 200 and b"# HELP" in metrics.content) or metrics.content == b""
    login_page = await client.get("/login")
    assert login_page.status_code == 200 and 'name="csrf"' in login_page.text


async def test_metrics_token(web_store: Any, web_settings: Any, web_client: Any) -> None:
    import httpx
    from prometheus_client import CollectorRegistry, Counter

    from proxy.pipeline.checker import Checker
    from proxy.web import create_app

    registry = CollectorRegistry()
    Counter("bsmguard_test", "a test counter", registry=registry).inc()
    settings = web_settings.model_copy(
        update={"http": web_settings.http.model_copy(update={"metrics_token": "s3cret"})}
    )
    app = create_app(web_store, settings, Checker, registry)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        assert (await client.get("/metrics")).status_code == 401
        wrong = await client.get("/metrics", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        ok = await client.get("/metrics", headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200 and "bsmguard_test_total 1.0" in ok.text


async def test_session_cookie_flags(web_client: Any, login: Any) -> None:
    client = web_client()
    page = await client.get("/login")
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert "secure" not in cookie  # secure_cookies is off in the test settings


async def test_secure_cookie_when_configured(web_store: Any, web_settings: Any) -> None:
    import httpx

    from proxy.pipeline.checker import Checker
    from proxy.web import create_app

    settings = web_settings.model_copy(
        update={"http": web_settings.http.model_copy(update={"secure_cookies": True})}
    )
    app = create_app(web_store, settings, Checker)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://t") as client:
        cookie = (await client.get("/login")).headers["set-cookie"].lower()
    assert "; secure" in cookie


def client_at(app: Any, address: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=(address, 40000)), base_url="http://testserver"
    )


async def try_login(client: httpx.AsyncClient, name: str, password: str) -> httpx.Response:
    from helpers import csrf_of

    page = await client.get("/login")
    return await client.post("/login", data={"name": name, "password": password, "csrf": csrf_of(page.text)})


async def test_failures_from_one_address_never_lock_the_user_out(web_app: Any, web_users: Any) -> None:
    """Eight wrong passwords from 127.0.0.2; the supervisor logs in from 127.0.0.1 at once."""
    async with client_at(web_app, "127.0.0.2") as attacker, client_at(web_app, "127.0.0.1") as user:
        codes = [(await try_login(attacker, "supervisor", "wrong")).status_code for _ in range(8)]
        assert codes[:3] == [401, 401, 401] and 429 in codes[3:]
        response = await try_login(user, "supervisor", "correct horse battery")
        assert response.status_code == 303


def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The store's wall clock (``proxy.store.accounts.utcnow``) set by the test, epoch seconds."""
    from datetime import UTC, datetime

    from proxy.store import accounts

    now = [1_800_000_000.0]
    monkeypatch.setattr(accounts, "utcnow", lambda: datetime.fromtimestamp(now[0], UTC))
    return now


async def test_the_guessing_address_waits_longer_after_each_failure(
    web_app: Any, web_users: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = frozen_clock(monkeypatch)
    async with client_at(web_app, "127.0.0.2") as attacker:
        for _ in range(3):
            assert (await try_login(attacker, "supervisor", "wrong")).status_code == 401
        throttled = await try_login(attacker, " SuperVisor ", "correct horse battery")
        assert throttled.status_code == 429 and "try again in 1 s" in throttled.text
        now[0] += 1.1  # the first delay is over: one more guess, then twice as long
        assert (await try_login(attacker, "supervisor", "wrong")).status_code == 401
        assert "try again in 2 s" in (await try_login(attacker, "supervisor", "x")).text
        now[0] += 2.1
        assert (await try_login(attacker, "supervisor", "correct horse battery")).status_code == 303
        # The success forgot the failures: three free guesses again.
        for _ in range(3):
            assert (await try_login(attacker, "supervisor", "wrong")).status_code == 401


async def test_failures_and_throttling_are_counted_and_audited(
    web_app: Any, web_users: Any, web_store: Any
) -> None:
    from proxy.observe import metrics

    def count(result: str) -> float:
        return metrics.REGISTRY.get_sample_value("bsmguard_login_failures_total", {"result": result}) or 0.0

    before = count("wrong_password"), count("throttled")
    async with client_at(web_app, "127.0.0.3") as attacker:
        for _ in range(4):
            await try_login(attacker, "supervisor", "wrong")
    assert count("wrong_password") - before[0] == 3 and count("throttled") - before[1] == 1
    actions = [e.action for e in await web_store.audit_recent()]
    assert actions.count("login_failed") >= 3 and "login_throttled" in actions


async def test_login_without_csrf_is_refused(web_client: Any, web_users: Any) -> None:
    client = web_client()
    await client.get("/login")
    response = await client.post("/login", data={"name": "admin", "password": "correct horse battery"})
    assert response.status_code == 403
    assert "bsm_session" not in {c for c in client.cookies if "user" in c}


async def test_login_refuses_an_open_redirect(web_client: Any, web_users: Any) -> None:
    from helpers import csrf_of

    client = web_client()
    page = await client.get("/login")
    response = await client.post(
        "/login",
        data={
            "name": "admin",
            "password": "correct horse battery",
            "csrf": csrf_of(page.text),
            "next": "//evil.example/",
        },
    )
    assert response.status_code == 303 and response.headers["location"] == "/"


@pytest.mark.parametrize("path", ["/held/{id}/release", "/held/{id}/reject", "/held/{id}/note"])
async def test_forms_need_the_csrf_token(
    path: str, web_client: Any, login: Any, hold: Any, web_store: Any
) -> None:
    held_id = await hold("Re: your order", "Thanks for waiting.")
    client = web_client()
    await login(client, "supervisor")
    url = path.format(id=held_id)
    missing = await client.post(url, data={"reason": "looks fine"})
    wrong = await client.post(url, data={"reason": "looks fine", "csrf": "forged"})
    assert missing.status_code == 403 and wrong.status_code == 403
    held = await web_store.get(held_id)
    assert held.status.value == "held"
    assert await web_store.audit_for(held_id) == []


async def test_api_with_session_needs_csrf_header(web_client: Any, login: Any, hold: Any) -> None:
    held_id = await hold("Re: your order", "Thanks for waiting.")
    client = web_client()
    csrf = await login(client, "supervisor")
    refused = await client.post(f"/api/held/{held_id}/note", json={"note": "hi"})
    assert refused.status_code == 403
    ok = await client.post(f"/api/held/{held_id}/note", json={"note": "hi"}, headers={"X-CSRF-Token": csrf})
    assert ok.status_code == 200 and ok.json()["ok"] is True


async def test_logout_needs_csrf_and_ends_the_session(web_client: Any, login: Any) -> None:
    client = web_client()
    csrf = await login(client, "viewer")
    assert (await client.post("/logout")).status_code == 403
    out = await client.post("/logout", data={"csrf": csrf})
    assert out.status_code == 303
    after = await client.get("/held")
    assert after.status_code == 303 and after.headers["location"].startswith("/login")


async def test_a_forged_cookie_is_not_a_session(web_client: Any) -> None:
    client = web_client()
    client.cookies.set("bsm_session", "eyJhIjoiYiJ9.forged")
    response = await client.get("/api/held")
    assert response.status_code == 401


ROLE_CASES = [
    ("viewer", "GET", "/overview", 200),
    ("viewer", "GET", "/users", 403),
    ("viewer", "GET", "/retention", 403),
    ("agent", "GET", "/overview", 403),
    ("agent", "GET", "/api/stats", 403),
    ("supervisor", "GET", "/users", 403),
    ("supervisor", "GET", "/api/users", 403),
    ("admin", "GET", "/users", 200),
    ("admin", "GET", "/api/retention", 200),
    ("admin", "GET", "/settings", 200),
]


@pytest.mark.parametrize(("role", "method", "path", "code"), ROLE_CASES)
async def test_roles_on_pages_and_api(
    role: str, method: str, path: str, code: int, web_client: Any, login: Any
) -> None:
    client = web_client()
    await login(client, role)
    assert (await client.request(method, path)).status_code == code


@pytest.mark.parametrize("role", ["viewer", "agent"])
async def test_only_supervisors_decide(
    role: str, web_client: Any, login: Any, hold: Any, web_store: Any, upstream: Any
) -> None:
    held_id = await hold("Re: your order", "Thanks for waiting.")
    client = web_client()
    csrf = await login(client, role)
    api = await client.post(
        f"/api/held/{held_id}/release", json={"reason": "fine"}, headers={"X-CSRF-Token": csrf}
    )
    page = await client.post(f"/held/{held_id}/release", data={"reason": "x", "csrf": csrf})
    assert api.status_code == 403 and page.status_code == 403
    assert (await web_store.get(held_id)).status.value == "held"
    assert upstream.messages == []


async def test_agent_sees_only_own_messages(web_client: Any, login: Any, hold: Any) -> None:
    mine = await hold("Re: mine", "Thanks.", client="agent")
    theirs = await hold("Re: theirs", "Thanks.", client="other", mail_from="other@shop.test")
    by_sender = await hold("Re: by sender", "Thanks.", client="10.0.0.9", mail_from="agent")
    client = web_client()
    await login(client, "agent")
    listed = (await client.get("/api/held")).json()
    assert {i["id"] for i in listed["items"]} == {mine, by_sender}
    assert listed["category_counts"] == {}
    assert (await client.get(f"/api/held/{theirs}")).status_code == 404
    assert (await client.get(f"/held/{theirs}")).status_code == 404
    assert (await client.get(f"/held/{theirs}/preview")).status_code == 404
    assert (await client.get(f"/held/{mine}")).status_code == 200


async def test_tokens_are_scoped_by_role(web_store: Any, web_client: Any, hold: Any) -> None:
    from proxy.store.api import Role

    held_id = await hold("Re: order", "Thanks.")
    viewer = await web_store.add_token("dashboard", Role.VIEWER)
    boss = await web_store.add_token("ticketing", Role.SUPERVISOR)
    client = web_client()
    read = await client.get("/api/held", headers={"Authorization": f"Bearer {viewer}"})
    assert read.status_code == 200 and read.json()["total"] == 1
    denied = await client.post(
        f"/api/held/{held_id}/reject", json={"reason": "no"}, headers={"Authorization": f"Bearer {viewer}"}
    )
    assert denied.status_code == 403
    # A token needs no CSRF header: it is not a cookie a browser sends on its own.
    done = await client.post(
        f"/api/held/{held_id}/reject", json={"reason": "no"}, headers={"Authorization": f"Bearer {boss}"}
    )
    assert done.status_code == 200 and done.json()["status"] == "rejected"


async def test_removing_a_user_ends_their_session(web_client: Any, login: Any) -> None:
    agent, admin = web_client(), web_client()
    await login(agent, "agent")
    csrf = await login(admin, "admin")
    assert (await agent.get("/api/held")).status_code == 200
    removed = await admin.delete("/api/users/agent", headers={"X-CSRF-Token": csrf})
    assert removed.json() == {"removed": True}
    assert (await agent.get("/api/held")).status_code == 401


async def test_logout_ends_the_session_on_the_server(web_client: Any, login: Any) -> None:
    """A copy of the cookie taken before the logout does not work after it."""
    client = web_client()
    csrf = await login(client, "supervisor")
    stolen = client.cookies.get("bsm_session")
    assert (await client.get("/held")).status_code == 200
    assert (await client.post("/logout", data={"csrf": csrf})).status_code == 303
    thief = web_client()
    thief.cookies.set("bsm_session", stolen)
    response = await thief.get("/held")
    assert response.status_code in (303, 307, 401) and "/login" in response.headers.get("location", "/login")
    assert (await thief.get("/api/held")).status_code == 401


async def test_a_password_change_ends_open_sessions(
    web_client: Any, login: Any, web_app: Any, web_store: Any
) -> None:
    client = web_client()
    await login(client, "supervisor")
    assert (await client.get("/api/held")).status_code == 200
    assert await web_store.set_password("supervisor", "a new long password")
    web_app.state.ctx.forget_users()  # another instance sees it within USERS_TTL
    assert (await client.get("/api/held")).status_code == 401
    fresh = web_client()
    await login(fresh, "supervisor", "a new long password")
    assert (await fresh.get("/api/held")).status_code == 200


# ----------------------------------------------------------------------------- limits in the store


async def post_login(client: httpx.AsyncClient, csrf: str, name: str, password: str) -> httpx.Response:
    return await client.post("/login", data={"name": name, "password": password, "csrf": csrf})


@pytest.fixture
async def two_apps(database_url: str, web_settings: Any) -> AsyncIterator[tuple[Any, Any, Any]]:
    """Two apps, each on its own Store object, on one database (SQLite file or PostgreSQL),
    with the user ``shared``; the third item is store A."""
    from argon2 import PasswordHasher
    from prometheus_client import CollectorRegistry
    from sqlalchemy import delete

    from proxy.pipeline.checker import Checker
    from proxy.store import open_store
    from proxy.store.api import Role
    from proxy.store.tables import LoginFailure
    from proxy.web import create_app

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    a, b = await open_store(database_url, hasher=cheap), await open_store(database_url, hasher=cheap)
    async with a.engine.begin() as conn:  # the PostgreSQL database is shared by the session
        await conn.execute(delete(LoginFailure))
    await a.add_user("shared", "correct horse battery", Role.SUPERVISOR)
    apps = [create_app(s, web_settings, Checker, CollectorRegistry()) for s in (a, b)]
    yield apps[0], apps[1], a
    await a.close()
    await b.close()


async def test_failures_on_one_instance_throttle_the_other(two_apps: tuple[Any, Any, Any]) -> None:
    app_a, app_b, _ = two_apps
    async with client_at(app_a, "10.1.1.1") as on_a, client_at(app_b, "10.1.1.1") as on_b:
        for _ in range(3):
            assert (await try_login(on_a, "shared", "wrong")).status_code == 401
        throttled = await try_login(on_b, "Shared", "correct horse battery")
        assert throttled.status_code == 429 and "Too many failed attempts" in throttled.text
    async with client_at(app_b, "10.1.1.2") as elsewhere:  # another address is not affected
        assert (await try_login(elsewhere, "shared", "correct horse battery")).status_code == 303


async def test_a_success_on_one_instance_clears_the_count_on_the_other(
    two_apps: tuple[Any, Any, Any],
) -> None:
    app_a, app_b, _ = two_apps
    async with client_at(app_a, "10.1.1.3") as on_a, client_at(app_b, "10.1.1.3") as on_b:
        for _ in range(2):
            assert (await try_login(on_a, "shared", "wrong")).status_code == 401
        assert (await try_login(on_b, "shared", "correct horse battery")).status_code == 303
        for _ in range(3):  # three free guesses again, not one
            assert (await try_login(on_a, "shared", "wrong")).status_code == 401
        assert (await try_login(on_a, "shared", "wrong")).status_code == 429


async def test_a_parallel_burst_over_two_instances_gets_only_the_free_guesses(
    two_apps: tuple[Any, Any, Any],
) -> None:
    """Twelve guesses sent at once, half to each instance: the password is checked three
    times (``free``), every other guess is refused before it is checked."""
    import asyncio

    from proxy.store.api import LoginLimits

    app_a, app_b, _ = two_apps
    for app in (app_a, app_b):  # a delay far longer than the burst takes on a slow machine
        app.state.ctx.limits = LoginLimits(base=300.0, ceiling=300.0)
    async with client_at(app_a, "10.1.1.4") as on_a, client_at(app_b, "10.1.1.4") as on_b:
        csrf = {c: csrf_of((await c.get("/login")).text) for c in (on_a, on_b)}
        burst = [post_login(c, csrf[c], "shared", f"guess {i}") for i in range(6) for c in (on_a, on_b)]
        codes = sorted(r.status_code for r in await asyncio.gather(*burst))
    assert codes == [401] * 3 + [429] * 9


async def test_a_store_that_does_not_answer_refuses_the_login(web_settings: Any) -> None:
    """Fail closed: no shared count, no password check; a 503 page that says why, no traceback."""
    from prometheus_client import CollectorRegistry

    from proxy.observe import metrics
    from proxy.pipeline.checker import Checker
    from proxy.store.engine import make_engine
    from proxy.store.sql import SqlStore
    from proxy.web import create_app

    dead = SqlStore(make_engine("postgresql+asyncpg://nobody@127.0.0.1:1/nothing-listens-on-port-1"))
    app = create_app(dead, web_settings, Checker, CollectorRegistry())
    before = metrics.REGISTRY.get_sample_value("bsmguard_login_failures_total", {"result": "wrong_password"})
    try:
        async with client_at(app, "10.1.1.5") as client:
            response = await try_login(client, "admin", "correct horse battery")
    finally:
        await dead.close()
    assert response.status_code == 503
    assert "the database does not answer" in response.text and "Traceback" not in response.text
    assert "bsm_session" in response.cookies or client.cookies.get("bsm_session")
    after = metrics.REGISTRY.get_sample_value("bsmguard_login_failures_total", {"result": "wrong_password"})
    assert after == before


async def test_the_count_per_name_and_the_sweep(store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """In the store: a name failed from many addresses is paused (not refused); rows older than
    the window are deleted when new ones come, so the table stays bounded."""
    from sqlalchemy import delete, func, select

    from proxy.store.api import LoginLimits
    from proxy.store.tables import LoginFailure

    async with store.engine.begin() as conn:
        await conn.execute(delete(LoginFailure))
    now = frozen_clock(monkeypatch)
    limits = LoginLimits(name_ceiling=5, name_pause=0.5, window=60.0)
    gates = [await store.login_attempt("Target", f"10.2.0.{i}", limits) for i in range(6)]
    assert [g.wait for g in gates] == [0.0] * 6
    assert [g.pause for g in gates] == [0.0] * 5 + [0.5]  # the sixth sees five failures on the name
    assert (await store.login_attempt("other", "10.2.0.1", limits)).pause == 0.0

    async def rows() -> int:
        async with store.engine.connect() as conn:
            return int((await conn.execute(select(func.count()).select_from(LoginFailure))).scalar_one())

    assert await rows() == 7
    now[0] += 61.0  # every row is outside the window now
    assert (await store.login_attempt("target", "10.2.0.1", limits)).pause == 0.0  # an old row counts 0
    assert (await store.login_attempt("newcomer", "10.2.0.99", limits)).wait == 0.0
    assert await rows() == 2  # the refreshed pair and the new one; the five others swept


def test_the_delay_doubles_to_its_ceiling_and_never_overflows() -> None:
    from proxy.store.api import LoginLimits

    limits = LoginLimits(free=3, base=1.0, ceiling=60.0)
    assert [limits.delay(n) for n in range(2, 10)] == [0.0, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 60.0]
    assert limits.delay(5000) == 60.0  # 2.0 ** 4997 would raise OverflowError


async def test_names_the_store_cannot_hold(store: Any) -> None:
    """NUL (PostgreSQL text refuses it), control characters and lone surrogates: adding such a
    user or token is refused by name (``BadName``, a 400 in the UI); looking one up finds no
    one instead of failing the query; the login limits still count it."""
    from proxy.store.accounts import BadName
    from proxy.store.api import LoginLimits, Role

    for name in ("a\x00b", "tab\there", "c1\x85", "half\udc4a"):
        with pytest.raises(BadName):
            await store.add_user(name, "a long enough password", Role.VIEWER)
        with pytest.raises(BadName):
            await store.add_token(name, Role.VIEWER)
    assert await store.verify_user("admin\x00", "x") is None
    assert await store.remove_user("a\x00b") is False
    assert await store.revoke_sessions("a\x00b") is False
    assert await store.set_password("a\x00b", "new password") is False
    gate = await store.login_attempt("admin\x00", "10.3.0.1", LoginLimits())
    assert gate.wait == 0.0
    await store.login_failed("admin\x00", "10.3.0.1")
    assert await store.add_user("ünïcode name", "a long enough password", Role.VIEWER)

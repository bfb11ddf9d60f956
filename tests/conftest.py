"""Shared fixtures. Keep each group under its own heading; add new groups at the end."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from helpers import build_mail, csrf_of, marker_checker
from pgdb import fresh_database

from proxy.store import SqlStore, open_store

# ----------------------------------------------------------------------------- store
#
# ``database_url`` is an empty database: SQLite in tmp_path, or PostgreSQL (one database per
# test session, emptied before each test). ``store`` is an open SqlStore on it;
# ``fresh_database_url`` has never been migrated. Each runs a test twice; the PostgreSQL run
# is marked ``postgres`` and skipped with the reason when no server answers at
# BSM_GUARD_TEST_PG (see tests/pgdb.py); under .ci/run a missing server fails instead.

PG_TABLES = "quarantine, request_ledger, audit_log, users, api_tokens, login_failures, review_counts"


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped at the end."""
    with fresh_database("bsm_guard_test") as url:
        yield url


async def _pg_empty(url: str) -> None:
    """Empty every table; the audit log's append-only trigger is lifted for this only."""
    store = await open_store(url, pooled=False)
    try:
        async with store.engine.begin() as conn:
            await conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
            await conn.exec_driver_sql(f"TRUNCATE {PG_TABLES} RESTART IDENTITY")
            await conn.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")
    finally:
        await store.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'store.db'}"
    url: str = request.getfixturevalue("pg_url")
    asyncio.run(_pg_empty(url))  # sync fixture: no loop runs yet
    return url


# argon2 at its defaults costs ~100 ms a hash; the store tests hash many passwords.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[SqlStore]:
    opened = await open_store(database_url, hasher=FAST_HASHER)
    yield opened
    await opened.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fresh_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database nobody has migrated yet (PostgreSQL: created for this test, then dropped)."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
        return
    request.getfixturevalue("pg_url")  # skips (or fails under CI) when no server answers
    with fresh_database("bsm_guard_fresh") as url:
        yield url


# ----------------------------------------------------------------------------- web
#
# ``web_store``: a migrated SQLite store (the review UI's tests run on SQLite only).
# ``upstream``: a recording aiosmtpd server on 127.0.0.1, port 0, in the test's loop.
# ``web_settings``: settings pointing at that upstream; ``web_app``: the FastAPI app;
# ``web_client``/``login``: httpx over ASGITransport (no socket) and a logged-in helper.


class RecordingUpstream:
    """An aiosmtpd handler that keeps every envelope; ``reply`` is what DATA answers."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.reply = "250 2.0.0 Ok: queued as TEST1"
        self.port = 0

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        data = envelope.original_content or b""  # type: ignore[attr-defined]
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), data))  # type: ignore[attr-defined]
        return self.reply


@pytest.fixture
async def upstream() -> AsyncIterator[RecordingUpstream]:
    from aiosmtpd.smtp import SMTP

    handler = RecordingUpstream()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(handler, hostname="upstream.test"), "127.0.0.1", 0)
    handler.port = server.sockets[0].getsockname()[1]
    yield handler
    server.close()
    await server.wait_closed()


WEB_PASSWORD = "correct horse battery"
USERS = {"viewer": "viewer", "agent": "agent", "supervisor": "supervisor", "admin": "admin"}


async def _web_template(path: Path) -> None:
    from proxy.store.api import Role

    opened = await open_store(f"sqlite+aiosqlite:///{path}", pooled=False)
    try:
        for name, role in USERS.items():
            await opened.add_user(name, WEB_PASSWORD, Role(role))
    finally:
        await opened.close()


@pytest.fixture(scope="session")
def web_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file with one user per role; copied per test (argon2 is slow)."""
    path = tmp_path_factory.mktemp("web") / "template.db"
    asyncio.run(_web_template(path))
    return path


@pytest.fixture
async def web_store(tmp_path: Path, web_template: Path) -> AsyncIterator[SqlStore]:
    import shutil

    shutil.copy(web_template, tmp_path / "web.db")
    opened = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'web.db'}")
    yield opened
    await opened.close()


@pytest.fixture
def web_settings(upstream: RecordingUpstream):  # type: ignore[no-untyped-def]
    from proxy.settings import Settings

    return Settings.model_validate(
        {
            "upstream": {"address": f"127.0.0.1:{upstream.port}", "timeout_seconds": 10},
            "http": {"secret_key": "test-secret"},
            "notify": {"from_address": "guard@bsm-guard.test"},
            "detect": {"rule_dirs": []},
        }
    )


@pytest.fixture
def web_app(web_store: SqlStore, web_settings):  # type: ignore[no-untyped-def]
    from prometheus_client import CollectorRegistry

    from proxy.pipeline.checker import build_checker
    from proxy.web import create_app

    checker = build_checker(web_settings.detect)
    return create_app(web_store, web_settings, lambda: checker, CollectorRegistry())


@pytest.fixture
def web_users(web_store: SqlStore) -> dict[str, str]:
    """One account per role in ``web_store``, named after its role; password ``WEB_PASSWORD``."""
    return dict(USERS)


@pytest.fixture
async def web_client(web_app):  # type: ignore[no-untyped-def]
    """A factory of httpx clients on the app (no socket: ASGITransport)."""
    import httpx

    clients: list[httpx.AsyncClient] = []

    def make() -> httpx.AsyncClient:
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=web_app), base_url="http://testserver")
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


async def _login(client, name: str, password: str = WEB_PASSWORD) -> str:  # type: ignore[no-untyped-def]
    page = await client.get("/login")
    response = await client.post(
        "/login", data={"name": name, "password": password, "csrf": csrf_of(page.text), "next": "/held"}
    )
    assert response.status_code == 303, response.text
    held = await client.get("/held")
    return csrf_of(held.text)


@pytest.fixture
def login(web_users: dict[str, str]):  # type: ignore[no-untyped-def]
    """``await login(client, "supervisor")`` logs in through the form; returns the CSRF token."""
    return _login


@pytest.fixture
def hold(web_store: SqlStore):  # type: ignore[no-untyped-def]
    """``await hold(subject, text, html=..., client=..., excerpt=...)`` → quarantine id."""

    async def _hold(
        subject: str,
        text: str,
        html: str = "",
        client: str = "agent",
        mail_from: str = "agent@shop.test",
        excerpt: str = "idiot",
        category: str = "offensive",
        order: str = "123-1234567-1234567",
    ) -> str:
        raw = build_mail(subject, text, html, mail_from)
        finding = {
            "rule": f"{category}.test",
            "category": category,
            "action": "quarantine",
            "excerpt": excerpt,
            "where": "text",
            "reason": "needs a supervisor",
        }
        return await web_store.hold(
            raw, mail_from, ("buyer-1@marketplace.amazon.com",), client, subject, (order,), (finding,)
        )

    return _hold


# ----------------------------------------------------------------------------- smtp
#
# ``smtp_upstream``: a recording aiosmtpd upstream on port 0 whose replies, delay and
# connection drops each test sets. ``guard_app``: a factory that starts bsm-guard (SMTP only)
# on port 0 in the test's loop, against that upstream and a SQLite store, with a small
# deterministic checker unless the test passes ``checker=``. ``tls_files``: a self-signed
# certificate made with openssl at test time. ``smtp_send``: one transaction, returns the
# (code, text) of the first refused step or of the end of DATA.


class FaultyUpstream:
    """An upstream whose behaviour the test sets: replies, a delay, a dropped connection."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes, list[str]]] = []
        self.data_reply = "250 2.0.0 Ok: queued as UP1"
        self.rcpt_replies: dict[str, str] = {}
        self.delay = 0.0
        self.drop = False
        self.port = 0

    async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
        reply = self.rcpt_replies.get(address)
        if reply is not None:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.drop:
            server.transport.abort()
            await asyncio.sleep(0.05)
            return "250 never seen"
        if self.data_reply.startswith("250"):
            self.messages.append(
                (
                    envelope.mail_from,
                    list(envelope.rcpt_tos),
                    envelope.original_content,
                    list(envelope.mail_options),
                )
            )
        return self.data_reply


@pytest.fixture
async def smtp_upstream() -> AsyncIterator[FaultyUpstream]:
    from aiosmtpd.smtp import SMTP

    handler = FaultyUpstream()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="upstream.test", enable_SMTPUTF8=True), "127.0.0.1", 0
    )
    handler.port = server.sockets[0].getsockname()[1]
    yield handler
    server.close()


@pytest.fixture
async def smtp_store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    opened = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'smtp.db'}")
    yield opened
    await opened.close()


@pytest.fixture
async def guard_app(smtp_upstream: FaultyUpstream, smtp_store: SqlStore):  # type: ignore[no-untyped-def]
    from proxy.app import App
    from proxy.settings import Settings

    apps: list[App] = []

    async def start(
        smtp: dict | None = None,
        upstream: dict | None = None,  # type: ignore[type-arg]
        checker=None,
        **kwargs,
    ):  # type: ignore[no-untyped-def]
        settings = Settings.model_validate(
            {
                "smtp": {"listen": "127.0.0.1:0", "allow_networks": ["127.0.0.0/8"], **(smtp or {})},
                "upstream": {
                    "address": f"127.0.0.1:{smtp_upstream.port}",
                    "timeout_seconds": 5,
                    **(upstream or {}),
                },
                "detect": {"rule_dirs": []},
            }
        )
        app = await App.start(
            settings,
            store=kwargs.get("store", smtp_store),
            checker=checker or marker_checker(),
            http=False,
            background=False,
        )  # gauges are tested in test_prometheus
        apps.append(app)
        return app

    yield start
    for app in apps:
        await app.stop(grace=1.0)


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: cannot make a test certificate")
    d = tmp_path_factory.mktemp("tls")
    cert, key = str(d / "cert.pem"), str(d / "key.pem")
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            key,
            "-out",
            cert,
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key

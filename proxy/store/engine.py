"""Engine creation (SQLite pragmas, PostgreSQL pool) and migrations to head, run in code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from proxy.errors import StoreError
from proxy.settings import database_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any constant: every instance migrating at once takes the same PostgreSQL advisory lock.
MIGRATION_LOCK = 0x6273_6D67
SQLITE_PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "busy_timeout=30000")


def make_engine(url: str, *, pooled: bool = True) -> AsyncEngine:
    """An async engine for ``sqlite+aiosqlite://`` or ``postgresql+asyncpg://`` URLs (the plain
    ``sqlite://`` and ``postgresql://`` forms are mapped to them)."""
    try:
        parsed = make_url(database_url(url))
    except ValueError as exc:
        raise StoreError(str(exc)) from exc
    kwargs: dict[str, Any] = {} if pooled else {"poolclass": NullPool}
    if parsed.get_backend_name() != "sqlite":
        return create_async_engine(parsed, pool_pre_ping=pooled, **kwargs)
    _make_parent(parsed)
    engine = create_async_engine(parsed, **kwargs)
    event.listen(engine.sync_engine, "connect", _sqlite_connect)
    event.listen(engine.sync_engine, "begin", _sqlite_begin)
    return engine


def _make_parent(url: URL) -> None:
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        try:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder of the database {database}: {exc.strerror}") from exc


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own implicit BEGIN is deferred; we emit BEGIN IMMEDIATE ourselves so a
    # transaction that reads then writes cannot fail with SQLITE_BUSY on lock upgrade.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


async def migrate(engine: AsyncEngine) -> None:
    """Upgrade the schema to head in one transaction (PostgreSQL: DDL is transactional)."""
    async with engine.begin() as conn:
        await conn.run_sync(_upgrade)

"""A throw-away PostgreSQL database for tests (shared by the store fixtures and the process tests)."""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

# An admin URL ending in a database name; override with BSM_GUARD_TEST_PG.
PG_ADMIN = os.environ.get("BSM_GUARD_TEST_PG", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
PG_SERVER = PG_ADMIN.rsplit("/", 1)[0]
# .ci/run sets this: there a missing server is a failure, not a skip.
REQUIRE = os.environ.get("BSM_GUARD_TEST_REQUIRE_POSTGRES") == "1"


async def _admin(statement: str) -> None:
    # CREATE/DROP DATABASE cannot run inside a transaction block.
    engine = create_async_engine(
        PG_ADMIN, isolation_level="AUTOCOMMIT", poolclass=NullPool, connect_args={"timeout": 3}
    )
    try:
        async with engine.connect() as conn:
            await conn.exec_driver_sql(statement)
    finally:
        await engine.dispose()


@contextmanager
def fresh_database(prefix: str) -> Iterator[str]:
    """Create a uniquely named database, yield its URL, drop it afterwards.

    Skips the test when no server answers, or fails when ``BSM_GUARD_TEST_REQUIRE_POSTGRES=1``.
    """
    name = f"{prefix}_{os.getpid()}_{secrets.token_hex(4)}"
    try:
        asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    except (OSError, TimeoutError, DBAPIError) as exc:
        reason = f"no PostgreSQL server answers at {PG_ADMIN}: {exc}"
        if REQUIRE:
            pytest.fail(f"BSM_GUARD_TEST_REQUIRE_POSTGRES=1 but {reason}")
        pytest.skip(reason)
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

"""Transactions of the store: every database failure leaves as ``StoreError``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from proxy.errors import StoreError


def utcnow() -> datetime:
    return datetime.now(UTC)


class SessionOwner:
    """Holds the engine; ``_tx`` is one transaction that commits on exit."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    async def close(self) -> None:
        await self.engine.dispose()

    @asynccontextmanager
    async def _tx(self, *, conflicts: bool = False) -> AsyncIterator[AsyncSession]:
        """A transaction; ``conflicts=True`` lets ``IntegrityError`` through for the caller."""
        try:
            async with self._sessions.begin() as session:
                yield session
        except IntegrityError:
            if conflicts:
                raise
            raise StoreError("the database refused the write (constraint)") from None
        except (SQLAlchemyError, OSError) as exc:
            raise StoreError(describe(exc)) from exc


def describe(exc: BaseException) -> str:
    """The driver's message, short: SQLAlchemy's own text repeats the SQL and parameters."""
    cause = getattr(exc, "orig", None) or exc
    return f"database error: {type(cause).__name__}: {str(cause).splitlines()[0][:300]}"

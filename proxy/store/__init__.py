"""The durable store: ``open_store`` for the server, ``open_ledger`` for ``bsm-guard check``."""

from __future__ import annotations

from argon2 import PasswordHasher
from sqlalchemy.exc import SQLAlchemyError

from proxy.errors import StoreError
from proxy.store.engine import make_engine, migrate
from proxy.store.session import describe
from proxy.store.sql import SqlStore

__all__ = ["LazyLedger", "SqlStore", "open_ledger", "open_store"]


async def open_store(url: str, *, pooled: bool = True, hasher: PasswordHasher | None = None) -> SqlStore:
    """Create the engine and migrate the schema to head; ``StoreError`` when unreachable.

    ``hasher``: argon2 parameters for new password hashes (tests use cheap ones); older
    hashes are upgraded on the next successful login.
    """
    store = SqlStore(make_engine(url, pooled=pooled), hasher)
    try:
        await migrate(store.engine)
    except (SQLAlchemyError, OSError) as exc:
        await store.close()
        raise StoreError(f"cannot open the store: {describe(exc)}") from exc
    except BaseException:
        await store.close()
        raise
    return store


class LazyLedger:
    """A ``proxy.ledger.Ledger`` built without a loop; it opens the store on first use.

    Unpooled, so no connection outlives a call: ``asyncio.run`` may end at any time.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self._store: SqlStore | None = None

    async def _get(self) -> SqlStore:
        if self._store is None:
            self._store = await open_store(self.url, pooled=False)
        return self._store

    async def reserve(self, order_ids: tuple[str, ...], ref: str) -> tuple[str, ...]:
        return await (await self._get()).reserve(order_ids, ref)

    async def confirm(self, ref: str) -> None:
        await (await self._get()).confirm(ref)

    async def release(self, ref: str) -> None:
        await (await self._get()).release(ref)

    async def close(self) -> None:
        if self._store is not None:
            await self._store.close()
            self._store = None


def open_ledger(url: str) -> LazyLedger:
    return LazyLedger(url)

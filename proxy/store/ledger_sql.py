"""The repeat-request ledger in SQL: the UNIQUE order id decides who reserved first."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from proxy.errors import StoreError
from proxy.store.session import SessionOwner, utcnow
from proxy.store.tables import RequestLedger

L = RequestLedger
RESERVED = "reserved"
RELAYED = "relayed"
ATTEMPTS = 5


class SqlLedger(SessionOwner):
    async def reserve(self, order_ids: tuple[str, ...], ref: str) -> tuple[str, ...]:
        """Reserve all of ``order_ids`` for ``ref`` in one transaction, or none of them.

        Returns the ids another ref holds. Race-free across processes: the insert itself
        fails on the UNIQUE constraint; the read afterwards only names the winners.
        """
        wanted = tuple(dict.fromkeys(o for o in order_ids if o))
        if not wanted:
            return ()
        for _ in range(ATTEMPTS):
            try:
                await self._insert(wanted, ref)
                return ()
            except IntegrityError:
                taken = await self._taken(wanted, ref)
                if taken:
                    return taken
                # The holder released in between: try again.
        raise StoreError(f"could not reserve {', '.join(wanted)}: the ledger keeps changing")

    async def _insert(self, wanted: tuple[str, ...], ref: str) -> None:
        async with self._tx(conflicts=True) as s:
            # Rows this ref already holds are not conflicts (a retried message).
            mine = set(await s.scalars(select(L.order_id).where(L.ref == ref, L.order_id.in_(wanted))))
            now = utcnow()
            s.add_all(L(order_id=o, ref=ref, state=RESERVED, created_at=now) for o in wanted if o not in mine)

    async def _taken(self, wanted: tuple[str, ...], ref: str) -> tuple[str, ...]:
        async with self._tx() as s:
            rows = await s.execute(select(L.order_id, L.ref).where(L.order_id.in_(wanted)))
            owners = {order: owner for order, owner in rows}
        return tuple(o for o in wanted if o in owners and owners[o] != ref)

    async def confirm(self, ref: str) -> None:
        async with self._tx() as s:
            await s.execute(update(L).where(L.ref == ref).values(state=RELAYED))

    async def release(self, ref: str) -> None:
        async with self._tx() as s:
            await s.execute(delete(L).where(L.ref == ref, L.state == RESERVED))

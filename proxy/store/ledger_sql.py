"""The repeat-request ledger in SQL: the UNIQUE order id decides who reserved first."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from proxy.errors import LedgerBusy, StoreError
from proxy.store.session import SessionOwner, utcnow
from proxy.store.tables import RequestLedger

L = RequestLedger
RESERVED = "reserved"
RELAYED = "relayed"
ATTEMPTS = 5
# A reservation still unconfirmed after this long belongs to a message whose process died
# mid-relay (kill -9, power loss): longer than the slowest transaction the settings allow
# (the DATA timeout, the judgement and the upstream's 60 s deadline), so it can be taken over.
STALE_SECONDS = 900.0


class SqlLedger(SessionOwner):
    async def reserve(self, order_ids: tuple[str, ...], ref: str) -> tuple[str, ...]:
        """Reserve all of ``order_ids`` for ``ref`` in one transaction, or none of them.

        Returns the ids whose request was relayed by another ref (a repeat). Raises
        ``LedgerBusy`` when another ref has reserved one and is still relaying it: whether that
        one reaches the buyer is not known yet, so the sender is asked to try again later.
        Race-free across processes: the insert itself fails on the UNIQUE constraint; the read
        afterwards only names the winners.
        """
        wanted = tuple(dict.fromkeys(o for o in order_ids if o))
        if not wanted:
            return ()
        for _ in range(ATTEMPTS):
            try:
                await self._insert(wanted, ref)
                return ()
            except IntegrityError:
                relayed, in_flight = await self._taken(wanted, ref)
                if relayed:
                    return relayed
                if in_flight:
                    raise LedgerBusy(in_flight[0]) from None
                # The holder released in between: try again.
        raise StoreError(f"could not reserve {', '.join(wanted)}: the ledger keeps changing")

    async def _insert(self, wanted: tuple[str, ...], ref: str) -> None:
        async with self._tx(conflicts=True) as s:
            stale = utcnow() - timedelta(seconds=STALE_SECONDS)
            await s.execute(
                delete(L).where(L.order_id.in_(wanted), L.state == RESERVED, L.created_at < stale)
            )
            # Rows this ref already holds are not conflicts (a retried message).
            mine = set(await s.scalars(select(L.order_id).where(L.ref == ref, L.order_id.in_(wanted))))
            now = utcnow()
            s.add_all(L(order_id=o, ref=ref, state=RESERVED, created_at=now) for o in wanted if o not in mine)

    async def _taken(self, wanted: tuple[str, ...], ref: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(ids another ref relayed, ids another ref has reserved and is relaying)."""
        async with self._tx() as s:
            rows = await s.execute(select(L.order_id, L.ref, L.state).where(L.order_id.in_(wanted)))
            owners = {order: (owner, state) for order, owner, state in rows}
        others = [o for o in wanted if o in owners and owners[o][0] != ref]
        return (
            tuple(o for o in others if owners[o][1] == RELAYED),
            tuple(o for o in others if owners[o][1] != RELAYED),
        )

    async def confirm(self, ref: str) -> None:
        async with self._tx() as s:
            await s.execute(update(L).where(L.ref == ref).values(state=RELAYED))

    async def release(self, ref: str) -> None:
        async with self._tx() as s:
            await s.execute(delete(L).where(L.ref == ref, L.state == RESERVED))

"""The repeat-request ledger interface and its in-memory form (used by ``bsm-guard check``)."""

from __future__ import annotations

from typing import Protocol


class Ledger(Protocol):
    async def reserve(self, order_ids: tuple[str, ...], ref: str) -> tuple[str, ...]:
        """Reserve every order id for ``ref``; return the ids already taken (then reserve none).

        A shared ledger raises ``proxy.errors.LedgerBusy`` when another ref holds one and is
        still relaying it."""

    async def confirm(self, ref: str) -> None:
        """The message ``ref`` was relayed: its reservations become permanent."""

    async def release(self, ref: str) -> None:
        """The message ``ref`` was not relayed: free its reservations."""


class MemoryLedger:
    """One process, one run: a dict of order id → (ref, confirmed)."""

    def __init__(self) -> None:
        self._orders: dict[str, tuple[str, bool]] = {}

    async def reserve(self, order_ids: tuple[str, ...], ref: str) -> tuple[str, ...]:
        taken = tuple(o for o in order_ids if o in self._orders and self._orders[o][0] != ref)
        if not taken:
            for order in order_ids:
                self._orders[order] = (ref, False)
        return taken

    async def confirm(self, ref: str) -> None:
        for order, (owner, _) in list(self._orders.items()):
            if owner == ref:
                self._orders[order] = (owner, True)

    async def release(self, ref: str) -> None:
        for order, (owner, confirmed) in list(self._orders.items()):
            if owner == ref and not confirmed:
                del self._orders[order]

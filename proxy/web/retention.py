"""Retention: what expiring held mail and purging decided raw bodies would remove, and doing it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from proxy.settings import Settings
from proxy.store.api import Store

DAY = 86400.0


@dataclass(frozen=True)
class Plan:
    held_days: float
    decided_raw_days: float
    expire: list[str]
    purge: list[str]
    done: bool

    def as_json(self) -> dict[str, Any]:
        return {"held_days": self.held_days, "decided_raw_days": self.decided_raw_days,
                "expire": self.expire, "purge": self.purge, "done": self.done}


async def run(store: Store, settings: Settings, actor: str, dry_run: bool) -> Plan:
    r = settings.retention
    expire = await store.expire_held(r.held_days * DAY, dry_run=dry_run)
    purge = await store.purge_raw(r.decided_raw_days * DAY, dry_run=dry_run)
    if not dry_run:
        await store.audit(actor, "retention", None, {
            "expired": expire, "purged": purge, "held_days": r.held_days,
            "decided_raw_days": r.decided_raw_days})
    return Plan(r.held_days, r.decided_raw_days, expire, purge, not dry_run)

"""Retention: what expiring held mail and purging decided raw bodies would remove, and doing it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from proxy.observe.record import review_waited
from proxy.settings import Settings
from proxy.store.api import Store

log = logging.getLogger(__name__)
DAY = 86400.0


@dataclass(frozen=True)
class Plan:
    held_days: float
    decided_raw_days: float
    expire: list[str]
    purge: list[str]
    done: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "held_days": self.held_days,
            "decided_raw_days": self.decided_raw_days,
            "expire": self.expire,
            "purge": self.purge,
            "done": self.done,
        }


async def run(store: Store, settings: Settings, actor: str, dry_run: bool) -> Plan:
    r = settings.retention
    expire = await store.expire_held(r.held_days * DAY, dry_run=dry_run)
    purge = await store.purge_raw(r.decided_raw_days * DAY, dry_run=dry_run)
    if not dry_run:
        await store.audit(
            actor,
            "retention",
            None,
            {
                "expired": expire,
                "purged": purge,
                "held_days": r.held_days,
                "decided_raw_days": r.decided_raw_days,
            },
        )
        await _count_expired(store, expire)
    return Plan(r.held_days, r.decided_raw_days, expire, purge, not dry_run)


async def _count_expired(store: Store, expired: list[str]) -> None:
    """Expiry is a review decision nobody took: counted with how long the message waited."""
    if not expired:
        return
    try:
        waits = await store.decision_waits(expired)
    except Exception:  # the expiry is done and audited; a metric must not turn it into an error
        log.exception("review metrics for %d expired messages not recorded", len(expired))
        return
    for held_id in expired:
        review_waited(waits.get(held_id, 0.0))

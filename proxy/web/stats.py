"""Figures for the overview page, computed from the audit log and the quarantine."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from proxy.store.api import AuditEntry, HeldFilter, HeldStatus, Store

VERDICTS = ("relayed", "rewritten", "held", "rejected")
DECISIONS = ("released", "review_rejected")


@dataclass
class Overview:
    days: list[str]
    per_day: dict[str, list[int]]
    block_rate: float
    top_categories: list[tuple[str, int]]
    top_rules: list[tuple[str, int]]
    backlog: int
    oldest_age_hours: float
    decision_hours_median: float | None
    decision_hours_p90: float | None
    decisions: Counter[str] = field(default_factory=Counter)

    def as_json(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "per_day": self.per_day,
            "block_rate": self.block_rate,
            "top_categories": self.top_categories,
            "top_rules": self.top_rules,
            "backlog": self.backlog,
            "oldest_age_hours": self.oldest_age_hours,
            "decision_hours_median": self.decision_hours_median,
            "decision_hours_p90": self.decision_hours_p90,
            "decisions": dict(self.decisions),
        }


async def overview(store: Store, days: int = 14, now: datetime | None = None) -> Overview:
    now = now or datetime.now(UTC)
    start = (now - timedelta(days=days - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
    entries = await store.audit_recent(since=start, limit=100_000)
    labels = [(start + timedelta(days=i)).date().isoformat() for i in range(days)]
    per_day = {v: [0] * days for v in VERDICTS}
    cats: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    decisions: Counter[str] = Counter()
    for entry in entries:
        _count(entry, labels, per_day, cats, rules, decisions)
    total = sum(sum(v) for v in per_day.values())
    blocked = sum(per_day["held"]) + sum(per_day["rejected"])
    held, oldest = await store.held_stats()
    median, p90 = await _decision_times(store)
    return Overview(
        labels,
        per_day,
        blocked / total if total else 0.0,
        cats.most_common(8),
        rules.most_common(8),
        held,
        oldest / 3600,
        median,
        p90,
        decisions,
    )


def _count(
    entry: AuditEntry,
    labels: list[str],
    per_day: dict[str, list[int]],
    cats: Counter[str],
    rules: Counter[str],
    decisions: Counter[str],
) -> None:
    if entry.action in DECISIONS:
        decisions[entry.action] += 1
    if entry.action not in per_day or entry.actor != "system":
        return
    day = entry.at.astimezone(UTC).date().isoformat()
    if day in labels:
        per_day[entry.action][labels.index(day)] += 1
    cats.update(_strings(entry.details.get("categories")))
    rules.update(_strings(entry.details.get("rules")))


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else []


async def _decision_times(store: Store) -> tuple[float | None, float | None]:
    hours: list[float] = []
    for status in (HeldStatus.RELEASED, HeldStatus.REJECTED):
        items, _ = await store.list_held(HeldFilter(status=status, limit=500))
        hours += [
            (h.decided_at - h.created_at).total_seconds() / 3600 for h in items if h.decided_at is not None
        ]
    if not hours:
        return None, None
    hours.sort()
    return statistics.median(hours), hours[min(len(hours) - 1, int(len(hours) * 0.9))]

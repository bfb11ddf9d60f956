"""The held-message list: query parameters → ``HeldFilter``, agent scoping, ages and counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from pydantic import BaseModel, ConfigDict, Field

from proxy.store.api import HeldFilter, HeldMessage, HeldStatus, Store
from proxy.web.auth import Principal
from proxy.web.deps import owns

# Amazon expects an answer to a buyer within 24 hours; flag items before they get there.
WARN_HOURS = 20.0
LATE_HOURS = 24.0
SORTS = ("-created_at", "created_at", "-size", "size")
AGENT_SCAN = 1000  # agents' lists are filtered after the query; bounded by the store's limit


class ListQuery(BaseModel):
    """Filters of the list (page query string and ``GET /api/held``); empty values are ignored."""

    model_config = ConfigDict(extra="ignore")
    status: str = Field("held", description="held, released, rejected, expired or 'all'")
    category: str = ""
    rule: str = ""
    sender: str = Field("", description="substring of the envelope sender")
    order_id: str = ""
    since: str = Field("", description="YYYY-MM-DD (UTC), inclusive")
    until: str = Field("", description="YYYY-MM-DD (UTC), inclusive")
    q: str = Field("", description="free text over subject, addresses and excerpts")
    sort: str = Field("-created_at", description="created_at, -created_at, size, -size")
    page: int = Field(1, ge=1)
    per_page: int = Field(50, ge=1, le=200)

    def to_filter(self) -> HeldFilter:
        status = None if self.status in ("", "all") else HeldStatus(self.status)
        return HeldFilter(
            status=status, category=self.category or None, rule=self.rule or None,
            sender=self.sender or None, order_id=self.order_id or None,
            since=_day(self.since), until=_day(self.until, end=True), text=self.q or None,
            sort=self.sort if self.sort in SORTS else "-created_at",
            offset=(self.page - 1) * self.per_page, limit=self.per_page)


def _day(value: str, end: bool = False) -> datetime | None:
    if not value:
        return None
    start = datetime.combine(date.fromisoformat(value[:10]), time(), tzinfo=UTC)
    return start + timedelta(days=1) if end else start


@dataclass(frozen=True)
class Row:
    held: HeldMessage
    age_hours: float

    @property
    def urgency(self) -> str:
        if self.held.status is not HeldStatus.HELD:
            return ""
        if self.age_hours >= LATE_HOURS:
            return "late"
        return "warn" if self.age_hours >= WARN_HOURS else ""


def age_hours(held: HeldMessage, now: datetime | None = None) -> float:
    return ((now or datetime.now(UTC)) - held.created_at).total_seconds() / 3600


async def fetch(store: Store, who: Principal, query: ListQuery) -> tuple[list[Row], int]:
    flt = query.to_filter()
    if who.sees_all:
        items, total = await store.list_held(flt)
    else:
        wide = HeldFilter(**{**flt.__dict__, "offset": 0, "limit": AGENT_SCAN})
        mine = [h for h in (await store.list_held(wide))[0] if owns(who, h)]
        items, total = mine[flt.offset:flt.offset + flt.limit], len(mine)
    now = datetime.now(UTC)
    return [Row(h, age_hours(h, now)) for h in items], total

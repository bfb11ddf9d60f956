"""The held-message list: query parameters → ``HeldFilter``, agent scoping, ages and counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from proxy.models import Category
from proxy.store.api import HeldFilter, HeldMessage, HeldStatus, Store
from proxy.web.auth import Principal
from proxy.web.deps import owns

# Amazon expects an answer to a buyer within 24 hours; flag items before they get there.
WARN_HOURS = 20.0
LATE_HOURS = 24.0
SORTS = {
    "-created_at": "newest first",
    "created_at": "oldest first",
    "-size": "largest first",
    "size": "smallest first",
}
STATUSES = {**{s.value: s.value for s in HeldStatus}, "all": "any status"}
MAX_PAGE = 100_000  # page * per_page stays far inside the database's integers
MAX_PER_PAGE = 200
MAX_TEXT = 200
TEXTS = ("rule", "sender", "order_id", "q")
AGENT_SCAN = 1000  # agents' lists are filtered after the query; bounded by the store's limit
DAY = "a day as YYYY-MM-DD (UTC)"
# What each list parameter accepts: the API's documentation and the answer to a bad value.
ALLOWED = {
    "status": "one of " + ", ".join(STATUSES),
    "category": "empty or one of " + ", ".join(c.value for c in Category),
    "since": DAY,
    "until": DAY,
    "sort": "one of " + ", ".join(f"{k} ({v})" for k, v in SORTS.items()),
    "page": f"a whole number from 1 to {MAX_PAGE}",
    "per_page": f"a whole number from 1 to {MAX_PER_PAGE}",
    **dict.fromkeys(TEXTS, f"text of at most {MAX_TEXT} characters, without NUL"),
}


class ListQuery(BaseModel):
    """Filters of the list (page query string and ``GET /api/held``); empty values are ignored."""

    model_config = ConfigDict(extra="ignore")
    status: str = Field("held", description=ALLOWED["status"])
    category: str = Field("", description=ALLOWED["category"])
    rule: str = Field("", max_length=MAX_TEXT)
    sender: str = Field("", max_length=MAX_TEXT, description="substring of the envelope sender")
    order_id: str = Field("", max_length=MAX_TEXT)
    since: str = Field("", description=f"{DAY}, inclusive")
    until: str = Field("", description=f"{DAY}, inclusive")
    q: str = Field("", max_length=MAX_TEXT, description="free text over subject, addresses and excerpts")
    sort: str = Field("-created_at", description=ALLOWED["sort"])
    page: int = Field(1, ge=1, le=MAX_PAGE, description=ALLOWED["page"])
    per_page: int = Field(50, ge=1, le=MAX_PER_PAGE, description=ALLOWED["per_page"])

    @field_validator("status", "category", "sort", "since", "until", *TEXTS)
    @classmethod
    def _known(cls, value: str, info: ValidationInfo) -> str:
        name = info.field_name or ""
        if value and not _ACCEPTS[name](value):
            raise ValueError(f"{name} must be {ALLOWED[name]}")
        return value

    def to_filter(self) -> HeldFilter:
        status = None if self.status in ("", "all") else HeldStatus(self.status)
        return HeldFilter(
            status=status,
            category=self.category or None,
            rule=self.rule or None,
            sender=self.sender or None,
            order_id=self.order_id or None,
            since=_day(self.since),
            until=_day(self.until, end=True),
            text=self.q or None,
            sort=self.sort or "-created_at",
            offset=(self.page - 1) * self.per_page,
            limit=self.per_page,
        )


def _is_day(value: str) -> bool:
    try:
        _day(value, end=True)
    except ValueError:
        return False
    return True


def _no_nul(value: str) -> bool:
    return "\x00" not in value  # PostgreSQL refuses NUL in text


_ACCEPTS: dict[str, Callable[[str], bool]] = {
    "status": STATUSES.__contains__,
    "sort": SORTS.__contains__,
    "category": {c.value for c in Category}.__contains__,
    "since": _is_day,
    "until": _is_day,
    **dict.fromkeys(TEXTS, _no_nul),
}


def _day(value: str, end: bool = False) -> datetime | None:
    if not value:
        return None
    day = date.fromisoformat(value)
    if end and day < date.max:  # "until" a day: before the next day's midnight
        day, end = day + timedelta(days=1), False
    return datetime.combine(day, time.max if end else time(), tzinfo=UTC)


@dataclass(frozen=True)
class Pages:
    """Where a page of the list sits: "showing first–last of total", "page N of M", neighbours."""

    page: int
    per_page: int
    total: int
    shown: int

    @property
    def count(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def first(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.shown else 0

    @property
    def last(self) -> int:
        return self.first + self.shown - 1 if self.shown else 0

    @property
    def previous(self) -> int | None:
        return min(self.page - 1, self.count) if self.page > 1 else None

    @property
    def next(self) -> int | None:
        return self.page + 1 if self.page < self.count else None

    @property
    def numbers(self) -> list[int | None]:
        """1 … neighbours of the current page … last; ``None`` stands for a gap."""
        keep = sorted({1, self.count, *range(self.page - 2, self.page + 3)} & set(range(1, self.count + 1)))
        out: list[int | None] = []
        for before, n in zip([0, *keep], keep, strict=False):
            out += [None, n] if before and n - before > 1 else [n]
        return out


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
        items, total = mine[flt.offset : flt.offset + flt.limit], len(mine)
    now = datetime.now(UTC)
    return [Row(h, age_hours(h, now)) for h in items], total

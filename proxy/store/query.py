"""HeldFilter → SQL: conditions and ordering that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, UnaryExpression, func
from sqlalchemy.orm import InstrumentedAttribute

from proxy.store.api import HeldFilter
from proxy.store.tables import Quarantine

Q = Quarantine

SORTS: dict[str, tuple[UnaryExpression[Any], ...]] = {
    "created_at": (Q.created_at.asc(), Q.id.asc()),
    "-created_at": (Q.created_at.desc(), Q.id.desc()),
    "size": (Q.size.asc(), Q.id.asc()),
    "-size": (Q.size.desc(), Q.id.desc()),
}
MAX_LIMIT = 1000


def as_list(values: tuple[str, ...] | list[str]) -> str:
    """ ",a,b," so that one LIKE '%,a,%' matches a whole item; empty list → ","."""
    items = [v.replace(",", " ").strip() for v in values]
    return "," + "".join(f"{v}," for v in dict.fromkeys(items) if v)


def from_list(stored: str) -> tuple[str, ...]:
    return tuple(v for v in stored.split(",") if v)


def _has_item(column: InstrumentedAttribute[str], item: str) -> ColumnElement[bool]:
    return column.contains(as_list([item]), autoescape=True)


def conditions(flt: HeldFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if flt.status is not None:
        where.append(Q.status == flt.status.value)
    if flt.category:
        where.append(_has_item(Q.categories, flt.category))
    if flt.rule:
        where.append(_has_item(Q.rules, flt.rule))
    if flt.order_id:
        where.append(_has_item(Q.order_ids, flt.order_id))
    if flt.sender:
        where.append(func.lower(Q.mail_from).contains(flt.sender.lower(), autoescape=True))
    if flt.since is not None:
        where.append(Q.created_at >= flt.since)
    if flt.until is not None:
        where.append(Q.created_at < flt.until)
    if flt.text:
        # search_text is lower-cased in Python at hold time: SQLite's lower() is ASCII-only.
        where.append(Q.search_text.contains(flt.text.lower(), autoescape=True))
    return where


def page(stmt: Select[Any], flt: HeldFilter) -> Select[Any]:
    try:
        order = SORTS[flt.sort]
    except KeyError:
        raise ValueError(f"unknown sort {flt.sort!r}; use one of {', '.join(SORTS)}") from None
    limit = min(max(flt.limit, 0), MAX_LIMIT)
    return stmt.order_by(*order).offset(max(flt.offset, 0)).limit(limit)

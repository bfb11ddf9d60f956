"""JSON API over the quarantine: list, detail, decisions (Bearer token or session + X-CSRF-Token)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from proxy.web import detail, service
from proxy.web.auth import Principal
from proxy.web.deps import Text, Utf8, ctx, principal, supervisor
from proxy.web.listing import ListQuery, Pages, fetch

router = APIRouter(prefix="/api", tags=["quarantine"])
Who = Annotated[Principal, Depends(principal)]
Boss = Annotated[Principal, Depends(supervisor)]


class Reason(BaseModel):
    reason: Text = Field(min_length=1, max_length=2000, description="why (kept in the audit log)")


class Note(BaseModel):
    note: Text = Field(min_length=1, max_length=2000)


class Edit(BaseModel):
    reason: Text = Field(min_length=1, max_length=2000)
    text: Utf8 | None = Field(None, description="new text/plain body; null keeps it")
    html: Utf8 | None = Field(None, description="new text/html body; null keeps it")


class Bulk(BaseModel):
    action: str = Field(pattern="^(release|reject)$")
    ids: list[Text] = Field(min_length=1, max_length=500)
    reason: Text = Field(min_length=1, max_length=2000)


@router.get("/held", summary="List held messages with filters, counts and ages")
async def list_held(request: Request, who: Who, query: Annotated[ListQuery, Query()]) -> dict[str, Any]:
    c = ctx(request)
    rows, total = await fetch(c.store, who, query)
    counts = await c.store.category_counts() if who.sees_all else {}
    return {
        "total": total,
        "page": query.page,
        "per_page": query.per_page,
        "pages": Pages(query.page, query.per_page, total, len(rows)).count,
        "category_counts": counts,
        "items": [
            {**detail.summary(r.held), "age_hours": round(r.age_hours, 2), "urgency": r.urgency} for r in rows
        ],
    }


@router.get("/held/{held_id}", summary="One held message: envelope, headers, findings, history")
async def get_held(request: Request, held_id: str, who: Who) -> dict[str, Any]:
    c = ctx(request)
    held = await service.visible(c, who, held_id)
    return (await detail.load(c.store, held)).as_json()


@router.post("/held/{held_id}/release", summary="Re-check and relay; a failed relay stays held")
async def release(request: Request, held_id: str, body: Reason, who: Who) -> dict[str, Any]:
    return (await service.release(ctx(request), who, held_id, body.reason)).as_json()


@router.post("/held/{held_id}/reject", summary="Reject with a reason; the agent is notified")
async def reject(request: Request, held_id: str, body: Reason, who: Who) -> dict[str, Any]:
    return (await service.reject(ctx(request), who, held_id, body.reason)).as_json()


@router.post("/held/{held_id}/edit", summary="Edit the bodies, re-check, keep both, release")
async def edit(request: Request, held_id: str, body: Edit, who: Who) -> dict[str, Any]:
    out = await service.edit_release(ctx(request), who, held_id, body.text, body.html, body.reason)
    return out.as_json()


@router.post("/held/{held_id}/note", summary="Add a note to the message's history")
async def note(request: Request, held_id: str, body: Note, who: Who) -> dict[str, Any]:
    return (await service.note(ctx(request), who, held_id, body.note)).as_json()


@router.post("/held/{held_id}/request-release", summary="Agent: ask a supervisor for a release")
async def request_release(request: Request, held_id: str, body: Note, who: Who) -> dict[str, Any]:
    return (await service.request_release(ctx(request), who, held_id, body.note)).as_json()


@router.post("/held/bulk", summary="Release or reject several messages with one reason")
async def bulk(request: Request, body: Bulk, who: Boss) -> dict[str, Any]:
    outcomes = await service.bulk(ctx(request), who, body.action, body.ids, body.reason)
    return {"results": [o.as_json() for o in outcomes]}

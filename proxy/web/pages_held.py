"""Review pages: the held list, one message, its safe preview and attachments, decisions."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from proxy.models import Category
from proxy.web import detail, service
from proxy.web.auth import Principal
from proxy.web.deps import ctx, principal, supervisor
from proxy.web.listing import SORTS, STATUSES, ListQuery, Pages, fetch
from proxy.web.preview import PREVIEW_CSP, inline_images, preview_document
from proxy.web.render import page

router = APIRouter(include_in_schema=False)
Who = Annotated[Principal, Depends(principal)]
Boss = Annotated[Principal, Depends(supervisor)]


@router.get("/")
async def home(who: Who) -> RedirectResponse:
    return RedirectResponse("/held" if who else "/login", status_code=303)


@router.get("/held")
async def held_list(request: Request, who: Who, query: Annotated[ListQuery, Query()]) -> HTMLResponse:
    c = ctx(request)
    rows, total = await fetch(c.store, who, query)
    counts = await c.store.category_counts() if who.sees_all else {}
    return page(
        request,
        "list.html",
        who,
        rows=rows,
        total=total,
        q=query,
        p=Pages(query.page, query.per_page, total, len(rows)),
        counts=counts,
        categories=[x.value for x in Category],
        sorts=SORTS,
        statuses=STATUSES,
        base=_query_string(request, drop="page"),
    )


def _query_string(request: Request, drop: str) -> str:
    pairs = [(k, v) for k, v in request.query_params.multi_items() if k != drop and v]
    return "&".join(f"{quote(k)}={quote(v)}" for k, v in pairs)


@router.post("/held/bulk")
async def held_bulk(request: Request, who: Boss) -> HTMLResponse:
    form = await request.form()
    ids = [str(v) for v in form.getlist("ids")]
    outcomes = await service.bulk(
        ctx(request), who, str(form.get("action", "")), ids, str(form.get("reason", ""))
    )
    return page(request, "bulk.html", who, outcomes=outcomes)


@router.get("/held/{held_id}")
async def held_detail(request: Request, held_id: str, who: Who) -> HTMLResponse:
    c = ctx(request)
    held = await service.visible(c, who, held_id)
    d = await detail.load(c.store, held)
    return page(request, "detail.html", who, d=d, msg=request.query_params.get("msg", ""))


@router.get("/held/{held_id}/preview")
async def held_preview(request: Request, held_id: str, who: Who) -> HTMLResponse:
    c = ctx(request)
    held = await service.visible(c, who, held_id)
    d = await detail.load(c.store, held)
    cids = inline_images(d.attachments)
    doc = await detail.off_loop(
        len(d.bodies.html), preview_document, d.bodies.html or "<pre></pre>", d.excerpts, cids
    )
    return HTMLResponse(
        doc, headers={"Content-Security-Policy": PREVIEW_CSP, "X-Frame-Options": "SAMEORIGIN"}
    )


@router.get("/held/{held_id}/attachments/{index}")
async def held_attachment(request: Request, held_id: str, index: int, who: Who) -> Response:
    c = ctx(request)
    d = await detail.load(c.store, await service.visible(c, who, held_id))
    if not 0 <= index < len(d.attachments):
        raise service.NotFound(held_id)
    att = d.attachments[index]
    # Always a download, never rendered by the browser in our origin.
    name = quote(att.filename or f"attachment-{index}")
    return Response(
        att.data,
        media_type="application/octet-stream",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{name}"},
    )


@router.get("/held/{held_id}/raw")
async def held_raw(request: Request, held_id: str, who: Who, version: str = "original") -> Response:
    held = await service.visible(ctx(request), who, held_id)
    data = held.edited_raw if version == "edited" else held.raw
    if data is None:
        raise service.NotFound(held_id)
    return Response(
        data,
        media_type="application/octet-stream",
        headers={"Content-Disposition": f"attachment; filename={held.id}-{quote(version)}.eml"},
    )


@router.get("/held/{held_id}/edit")
async def held_edit_form(request: Request, held_id: str, who: Who) -> HTMLResponse:
    c = ctx(request)
    d = await detail.load(c.store, await service.decidable(c, who, held_id))
    return page(request, "edit.html", who, d=d)


@router.post("/held/{held_id}/{action}")
async def held_action(request: Request, held_id: str, action: str, who: Who) -> RedirectResponse:
    """The forms of the detail page; each service step checks visibility, then the role."""
    c = ctx(request)
    form = await request.form()
    reason = str(form.get("reason", "") or form.get("note", ""))
    if action == "note":
        outcome = await service.note(c, who, held_id, reason)
    elif action == "request":
        outcome = await service.request_release(c, who, held_id, reason)
    elif action == "release":
        outcome = await service.release(c, who, held_id, reason)
    elif action == "reject":
        outcome = await service.reject(c, who, held_id, reason)
    elif action == "edit":
        outcome = await service.edit_release(
            c, who, held_id, _field(form.get("text")), _field(form.get("html")), reason
        )
    else:
        raise service.NotFound(action)
    text = ("OK: " if outcome.ok else "FAILED: ") + outcome.message
    return RedirectResponse(f"/held/{quote(held_id)}?msg={quote(text[:300])}", status_code=303)


def _field(value: object) -> str | None:
    return value if isinstance(value, str) else None

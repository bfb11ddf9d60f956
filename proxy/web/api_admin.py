"""JSON API: who am I, overview figures, retention, users and tokens, the pre-send check."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field, ValidationError

from proxy.cli.check import to_json
from proxy.store.api import Role
from proxy.web import retention, stats
from proxy.web.auth import Principal
from proxy.web.deps import Utf8, admin, ctx, overseer, principal
from proxy.web.mime import MAX_DRAFT_ATTACHMENT, draft_message

router = APIRouter(prefix="/api")
Who = Annotated[Principal, Depends(principal)]
Admin = Annotated[Principal, Depends(admin)]
Seer = Annotated[Principal, Depends(overseer)]


@router.get("/me", tags=["accounts"], summary="The caller's name and role")
async def me(who: Who) -> dict[str, Any]:
    return {"name": who.name, "role": who.role.value, "via": who.via, "csrf": who.csrf}


@router.get("/stats", tags=["overview"], summary="Per-day verdicts, block rate, backlog")
async def overview(request: Request, who: Seer) -> dict[str, Any]:
    return (await stats.overview(ctx(request).store)).as_json()


@router.get("/retention", tags=["retention"], summary="What expire/purge would remove now")
async def retention_preview(request: Request, who: Admin) -> dict[str, Any]:
    c = ctx(request)
    return (await retention.run(c.store, c.settings, who.name, dry_run=True)).as_json()


@router.post("/retention", tags=["retention"], summary="Expire old held mail, purge raw bodies")
async def retention_apply(request: Request, who: Admin) -> dict[str, Any]:
    c = ctx(request)
    return (await retention.run(c.store, c.settings, who.name, dry_run=False)).as_json()


NAME = r"^[^\x00-\x1f\x7f-\x9f]+$"  # no control characters (C0, DEL, C1)


class NewUser(BaseModel):
    name: str = Field(min_length=1, max_length=128, pattern=NAME)
    password: Utf8 = Field(min_length=8, max_length=1000)
    role: Role


class NewToken(BaseModel):
    name: str = Field(min_length=1, max_length=128, pattern=NAME, description="label of the integration")
    role: Role


@router.get("/users", tags=["accounts"])
async def users(request: Request, who: Admin) -> list[dict[str, str]]:
    return [
        {"name": u.name, "role": u.role.value, "created_at": u.created_at.isoformat()}
        for u in await ctx(request).store.list_users()
    ]


@router.post("/users", tags=["accounts"], status_code=201)
async def add_user(request: Request, body: NewUser, who: Admin) -> dict[str, str]:
    c = ctx(request)
    user = await c.store.add_user(body.name, body.password, body.role)
    c.forget_users()
    await c.store.audit(who.name, "user_add", None, {"name": user.name, "role": user.role.value})
    return {"name": user.name, "role": user.role.value}


@router.delete("/users/{name}", tags=["accounts"])
async def remove_user(request: Request, name: str, who: Admin) -> dict[str, bool]:
    c = ctx(request)
    removed = await c.store.remove_user(name) if name != who.name else False
    c.forget_users()
    await c.store.audit(who.name, "user_remove", None, {"name": name, "removed": removed})
    return {"removed": removed}


@router.post(
    "/tokens", tags=["accounts"], status_code=201, summary="Create an API token (shown once) scoped to a role"
)
async def add_token(request: Request, body: NewToken, who: Admin) -> dict[str, str]:
    c = ctx(request)
    token = await c.store.add_token(body.name, body.role)
    await c.store.audit(who.name, "token_add", None, {"name": body.name, "role": body.role.value})
    return {"name": body.name, "role": body.role.value, "token": token}


class DraftAttachment(BaseModel):
    name: Utf8
    content_type: Utf8 = Field("application/octet-stream", pattern=r"^[\w.+-]+/[\w.+-]+$")
    size: int = Field(0, ge=0, le=MAX_DRAFT_ATTACHMENT)


class Draft(BaseModel):
    subject: Utf8 = ""
    text: Utf8 = ""
    html: Utf8 = ""
    reply: bool = Field(False, description="true for a reply (adds In-Reply-To)")
    attachments: list[DraftAttachment] = Field(default_factory=list, max_length=50)


_CHECK_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "message/rfc822": {"schema": {"type": "string", "format": "binary"}},
            "application/json": {"schema": Draft.model_json_schema()},
        },
    }
}


@router.post(
    "/check",
    tags=["check"],
    openapi_extra=_CHECK_BODY,
    summary="Pre-send check of a raw message or a JSON draft (bsm-guard check JSON)",
)
async def check(request: Request, who: Who) -> dict[str, Any]:
    c = ctx(request)
    body = await _bounded_body(request, c.settings.smtp.max_message_bytes)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        try:
            draft = Draft.model_validate(json.loads(body))
        except (ValueError, ValidationError) as exc:
            raise HTTPException(422, f"not a draft: {exc}") from exc
        try:
            body = draft_message(
                draft.subject,
                draft.text,
                draft.html,
                draft.reply,
                [(a.name, a.content_type, a.size) for a in draft.attachments],
            )
        except ValueError as exc:  # what the email package refuses in a header
            raise HTTPException(422, f"not a draft: {exc}") from exc
    elif ctype not in ("message/rfc822", "application/octet-stream", "text/plain"):
        raise HTTPException(415, "send message/rfc822 or application/json")
    return to_json(Path("-"), c.checker_provider().judge(body))


async def _bounded_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` (not after buffering
    all of it: a client could send gigabytes)."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, "message too large")
    return bytes(body)

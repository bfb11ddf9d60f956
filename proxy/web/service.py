"""Review decisions shared by pages and API: release, reject, edit-then-release, notes, bulk."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from proxy.delivery import release as act
from proxy.errors import BsmGuardError
from proxy.observe.notify import notify
from proxy.store.api import HeldMessage, HeldStatus, Role
from proxy.web import mime
from proxy.web.auth import Forbidden, Principal
from proxy.web.deps import Ctx, owns

log = logging.getLogger(__name__)
HELD_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class NotFound(Exception):
    """No such message, or not one this caller may see (the same answer, on purpose)."""


class Invalid(Exception):
    """A decision that cannot be taken as asked (missing reason, not held any more, ...)."""


@dataclass(frozen=True)
class Outcome:
    id: str
    ok: bool
    status: str
    message: str  # the upstream's reply on release, or why it did not happen
    findings: list[dict[str, Any]] = field(default_factory=list)  # re-check of an edit

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ok": self.ok,
            "status": self.status,
            "message": self.message,
            "findings": self.findings,
        }


async def visible(c: Ctx, who: Principal, held_id: str) -> HeldMessage:
    # Not the shape of any id: no query (PostgreSQL refuses NUL in text, it would be a 503).
    held = await c.store.get(held_id) if HELD_ID.fullmatch(held_id) else None
    if held is None or not owns(who, held):
        raise NotFound(held_id)
    return held


async def decidable(c: Ctx, who: Principal, held_id: str) -> HeldMessage:
    """A message this caller may release, reject or edit. Visibility is checked first, so
    another agent's id is "not found" like an id that does not exist, never "forbidden"."""
    held = await visible(c, who, held_id)
    if not who.decides:
        raise Forbidden()
    return held


async def annotatable(c: Ctx, who: Principal, held_id: str) -> HeldMessage:
    """A message this caller may add a note or a release request to (not viewers)."""
    held = await visible(c, who, held_id)
    if who.role is Role.VIEWER:
        raise Forbidden()
    return held


def _need(text: str | None, what: str) -> str:
    value = (text or "").replace("\x00", "").strip()  # PostgreSQL text cannot hold NUL
    if not value:
        raise Invalid(f"a {what} is required")
    return value[:2000]


async def release(c: Ctx, who: Principal, held_id: str, reason: str | None) -> Outcome:
    await decidable(c, who, held_id)
    why = _need(reason, "reason")
    try:
        result = await act.release(c.store, c.settings, held_id, who.name, why, checker=c.checker_provider())
    except BsmGuardError as exc:
        return Outcome(held_id, False, HeldStatus.HELD.value, str(exc))
    if result.status == "blocked":  # act audits relays and relay failures, not this
        await c.store.audit(
            who.name,
            "release_blocked",
            held_id,
            {"reason": why, "findings": [f.rule for f in result.findings]},
        )
    held = await c.store.get(held_id)
    status = held.status.value if held else "unknown"
    if result.ok and held is not None:
        await notify("released", held, c.settings, why)
    return Outcome(held_id, result.ok, status, result.reply)


async def reject(c: Ctx, who: Principal, held_id: str, reason: str | None) -> Outcome:
    await decidable(c, who, held_id)
    why = _need(reason, "reason")
    try:
        await act.reject_held(c.store, c.settings, held_id, who.name, why)
    except BsmGuardError as exc:
        return Outcome(held_id, False, "unknown", str(exc))
    held = await c.store.get(held_id)
    if held is not None:
        await notify("rejected", held, c.settings, why)
    return Outcome(held_id, True, HeldStatus.REJECTED.value, "rejected")


async def edit_release(
    c: Ctx, who: Principal, held_id: str, text: str | None, html: str | None, reason: str | None
) -> Outcome:
    """Save the supervisor's version (both kept, diff audited), re-check it, release it."""
    held = await decidable(c, who, held_id)
    why = _need(reason, "reason")
    if held.status is not HeldStatus.HELD or held.raw is None:
        raise Invalid("only a held message with its content can be edited")
    before = mime.bodies(held.edited_raw or held.raw)
    edited = mime.edited_message(held.edited_raw or held.raw, text, html)
    after = mime.bodies(edited)
    judgement = c.checker_provider().judge(edited)
    findings = [
        {
            "rule": f.rule,
            "category": f.category.value,
            "action": f.action.value,
            "excerpt": f.excerpt,
            "where": f.where,
            "quoted": f.quoted,
        }
        for f in judgement.findings
    ]
    await c.store.save_edit(held_id, edited, who.name)
    await c.store.audit(
        who.name,
        "edited",
        held_id,
        {
            "reason": why,
            "verdict": judgement.verdict.value,
            "findings": findings,
            "diff_text": mime.diff(before.text, after.text, "text"),
            "diff_html": mime.diff(before.html, after.html, "html"),
        },
    )
    outcome = await release(c, who, held_id, why)
    return Outcome(outcome.id, outcome.ok, outcome.status, outcome.message, findings)


async def note(c: Ctx, who: Principal, held_id: str, text: str | None) -> Outcome:
    await annotatable(c, who, held_id)
    body = _need(text, "note")
    await c.store.audit(who.name, "note", held_id, {"note": body})
    return Outcome(held_id, True, "", "note added")


async def request_release(c: Ctx, who: Principal, held_id: str, text: str | None) -> Outcome:
    held = await annotatable(c, who, held_id)
    body = _need(text, "note")
    if held.status is not HeldStatus.HELD:
        raise Invalid("the message is no longer held")
    await c.store.audit(who.name, "release_requested", held_id, {"note": body})
    return Outcome(held_id, True, held.status.value, "release requested")


async def bulk(c: Ctx, who: Principal, action: str, ids: list[str], reason: str | None) -> list[Outcome]:
    if action not in ("release", "reject"):
        raise Invalid("bulk action must be release or reject")
    _need(reason, "reason")
    step = release if action == "release" else reject
    out: list[Outcome] = []
    for held_id in dict.fromkeys(ids):
        try:
            out.append(await step(c, who, held_id, reason))
        except (NotFound, Invalid) as exc:
            out.append(Outcome(held_id, False, "unknown", str(exc) or type(exc).__name__))
    return out

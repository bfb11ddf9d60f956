"""Everything the detail view shows about one held message (page and ``GET /api/held/{id}``)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from proxy.models import Attachment
from proxy.store.api import AuditEntry, HeldMessage, Store
from proxy.web import mime
from proxy.web.listing import age_hours
from proxy.web.preview import highlight_text

T = TypeVar("T")
THREAD_BYTES = 256 * 1024
SHOWN_HEADERS = (
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Date",
    "Subject",
    "Message-ID",
    "In-Reply-To",
    "References",
    "List-Unsubscribe",
    "X-Mailer",
    "User-Agent",
)


@dataclass(frozen=True)
class Detail:
    held: HeldMessage
    bodies: mime.Bodies
    audit: list[AuditEntry]
    age_hours: float

    @property
    def excerpts(self) -> list[str]:
        return [str(f.get("excerpt", "")) for f in self.held.findings]

    @property
    def headers(self) -> list[tuple[str, str]]:
        parsed = self.bodies.parsed
        if parsed is None:
            return []
        wanted = {h.lower() for h in SHOWN_HEADERS}
        return [(k, v) for k, v in parsed.headers if k.lower() in wanted]

    @property
    def attachments(self) -> list[Attachment]:
        return list(self.bodies.parsed.attachments) if self.bodies.parsed else []

    @property
    def text_marked(self) -> str:
        return highlight_text(self.bodies.text, self.excerpts)

    @property
    def subject_marked(self) -> str:
        return highlight_text(self.held.subject, self.excerpts)

    @property
    def history(self) -> list[Event]:
        return [describe(e) for e in self.audit]

    def as_json(self) -> dict[str, Any]:
        h = self.held
        return {
            **summary(h),
            "age_hours": round(self.age_hours, 2),
            "findings": list(h.findings),
            "headers": self.headers,
            "text": self.bodies.text,
            "has_html": bool(self.bodies.html),
            "edited": h.edited_raw is not None,
            "raw_available": h.raw is not None,
            "attachments": [
                {
                    "index": i,
                    "filename": a.filename,
                    "content_type": a.content_type,
                    "size": a.size,
                    "inline": a.inline,
                }
                for i, a in enumerate(self.attachments)
            ],
            "history": [audit_json(e) for e in self.audit],
        }


async def load(store: Store, held: HeldMessage) -> Detail:
    bodies = await off_loop(len(held.raw or b""), mime.bodies, held.raw)
    return Detail(held, bodies, await store.audit_for(held.id), age_hours(held))


async def off_loop(size: int, fn: Callable[..., T], *args: Any) -> T:
    """Run ``fn`` in a worker thread for big messages: the SMTP side shares this loop."""
    if size > THREAD_BYTES:
        return await asyncio.to_thread(fn, *args)
    return fn(*args)


def summary(h: HeldMessage) -> dict[str, Any]:
    return {
        "id": h.id,
        "created_at": h.created_at.isoformat(),
        "status": h.status.value,
        "mail_from": h.mail_from,
        "rcpt_tos": list(h.rcpt_tos),
        "client": h.client,
        "subject": h.subject,
        "order_ids": list(h.order_ids),
        "categories": list(h.categories),
        "rules": list(h.rules),
        "size": h.size,
        "decided_at": h.decided_at.isoformat() if h.decided_at else None,
        "reviewer": h.reviewer,
        "decision_note": h.decision_note,
    }


def audit_json(e: AuditEntry) -> dict[str, Any]:
    return {
        "at": e.at.isoformat(),
        "actor": e.actor,
        "action": e.action,
        "text": describe(e).text,
        "details": e.details,
    }


# ----------------------------------------------------------------------------- history
# Each audit entry of a message as one sentence (who did what, when, why); the rest of its
# details are "facts", shown folded away, and the diffs of an edit are shown as they are.

FACTS = {
    "durations_ms": "time per stage (ms)",
    "rcpt_tos": "recipients",
    "mail_from": "sender",
    "client": "sent by (login)",
    "rules": "rule ids",
    "categories": "categories",
    "reply": "answer to the helpdesk",
    "upstream": "upstream's answer",
    "ref": "reference",
    "message_id": "Message-ID",
    "size": "size (bytes)",
    "verdict": "verdict",
    "forced": "forced past the re-check",
    "overridden": "rules overridden",
    "findings": "findings",
    "monitored": "rules in monitor mode",
    "monitor_action": "monitor mode would have done",
    "error": "error",
    "rewrite": "rewrite",
    "older_than_seconds": "held longer than (s)",
    "decided_before_seconds": "decided more than (s) ago",
}
VERDICTS = {
    "deliver": "nothing left to hold it for",
    "rewrite": "it would be rewritten",
    "quarantine": "it would still be held",
    "reject": "it would be refused",
}
DIFFS = {"diff_text": "changes to the text", "diff_html": "changes to the HTML"}


@dataclass(frozen=True)
class Event:
    at: datetime
    text: str  # one sentence, without the time
    facts: list[tuple[str, str]]
    diffs: list[tuple[str, str]]

    @property
    def when(self) -> str:
        return self.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def describe(e: AuditEntry) -> Event:
    d = e.details
    facts = [
        (FACTS.get(k, k.replace("_", " ")), plain(v))
        for k, v in d.items()
        if k not in DIFFS and k not in ("reason", "note")
    ]
    diffs = [(label, str(d[k])) for k, label in DIFFS.items() if d.get(k)]
    return Event(e.at, _sentence(e.actor, e.action, d), facts, diffs)


def _sentence(actor: str, action: str, d: dict[str, Any]) -> str:
    who = "bsm-guard" if actor == "system" else actor
    why = _clause(d.get("reason") or d.get("note"), "no reason given")
    said = _clause(d.get("upstream"), "nothing")
    days = _number(d.get("older_than_seconds") or d.get("decided_before_seconds")) / 86400
    if action == "held":
        if d.get("error"):
            return f"{who} could not check it and held it for a supervisor: {_clause(d['error'])}."
        cats = plain(d.get("categories")).replace("_", " ")
        return f"{who} held it for a supervisor ({cats})."
    sentences = {
        "released": f"{who} released it: {why}. Upstream answered {said}.",
        "release_failed": f"{who} tried to release it: {why}. Upstream refused: {said}; it stays held.",
        "release_blocked": f"{who} tried to release it: {why}. Checked again, it still may "
        "not be sent; it stays held.",
        "review_rejected": f"{who} rejected it: {why}. It will not be sent.",
        "edited": f"{who} edited it: {why}. Checked again: "
        f"{VERDICTS.get(str(d.get('verdict')), str(d.get('verdict')))}.",
        "note": f"{who} added a note: {why}.",
        "release_requested": f"{who} asked for a release: {why}.",
        "expired": f"Nobody decided within {days:g} days: it expired.",
        "purged": f"Its content was deleted {days:g} days after the decision; this record stays.",
    }
    reason = _clause(d.get("reason") or d.get("note"))
    return sentences.get(action, f"{who}: {action.replace('_', ' ')}{f', {reason}' if reason else ''}.")


def _number(value: object) -> float:
    try:
        return float(str(value))
    except ValueError:
        return 0.0


def _clause(value: object, missing: str = "") -> str:
    return str(value or "").strip().rstrip(".") or missing


def plain(value: object) -> str:
    """A stored detail in words: lists joined, mappings as "key value", never a Python repr."""
    if isinstance(value, dict):
        return ", ".join(f"{k} {plain(v)}" for k, v in value.items()) or "none"
    if isinstance(value, (list, tuple)):
        sep = "; " if any(isinstance(v, dict) for v in value) else ", "
        return sep.join(plain(v) for v in value) or "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "none" if value is None else str(value)

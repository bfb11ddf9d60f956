"""Everything the detail view shows about one held message (page and ``GET /api/held/{id}``)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from proxy.models import Attachment
from proxy.store.api import AuditEntry, HeldMessage, Store
from proxy.web import mime
from proxy.web.listing import age_hours
from proxy.web.preview import highlight_text

T = TypeVar("T")
THREAD_BYTES = 256 * 1024
SHOWN_HEADERS = ("From", "To", "Cc", "Reply-To", "Date", "Subject", "Message-ID",
                 "In-Reply-To", "References", "List-Unsubscribe", "X-Mailer", "User-Agent")


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

    def as_json(self) -> dict[str, Any]:
        h = self.held
        return {
            **summary(h), "age_hours": round(self.age_hours, 2),
            "findings": list(h.findings), "headers": self.headers,
            "text": self.bodies.text, "has_html": bool(self.bodies.html),
            "edited": h.edited_raw is not None, "raw_available": h.raw is not None,
            "attachments": [{"index": i, "filename": a.filename, "content_type": a.content_type,
                             "size": a.size, "inline": a.inline}
                            for i, a in enumerate(self.attachments)],
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
        "id": h.id, "created_at": h.created_at.isoformat(), "status": h.status.value,
        "mail_from": h.mail_from, "rcpt_tos": list(h.rcpt_tos), "client": h.client,
        "subject": h.subject, "order_ids": list(h.order_ids), "categories": list(h.categories),
        "rules": list(h.rules), "size": h.size,
        "decided_at": h.decided_at.isoformat() if h.decided_at else None,
        "reviewer": h.reviewer, "decision_note": h.decision_note,
    }


def audit_json(e: AuditEntry) -> dict[str, Any]:
    return {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "details": e.details}

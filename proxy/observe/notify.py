"""Tell the sending agent what happened to a held message: a short e-mail and an optional webhook."""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.request
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import aiosmtplib

from proxy.amazon import is_relay_address
from proxy.settings import Settings
from proxy.store.api import HeldMessage

log = logging.getLogger(__name__)
EVENTS = ("held", "released", "rejected")
# Marks notification mail so that nothing (our own front included) mistakes it for agent mail.
HEADER = "X-BSM-Guard-Notification"

_WHAT = {
    "held": "was held for a supervisor's review; it has not been sent to the buyer yet.",
    "released": "was released by a supervisor and sent to the buyer.",
    "rejected": "was rejected by a supervisor and will not be sent to the buyer.",
}
_NEXT = {
    "held": "No action is needed unless the buyer is waiting: a supervisor decides within "
    "Amazon's 24-hour response window. You may ask for a release with a note.",
    "released": "Nothing to do.",
    "rejected": "Write the message again without the problems listed above, and send the "
    "new version (Amazon expects a reply within 24 hours).",
}


async def notify(event: str, held: HeldMessage, settings: Settings, reason: str | None) -> None:
    """Mail the agent and post the webhook; never raises (failures are logged)."""
    if not settings.notify.enabled:
        return
    try:
        await _mail(event, held, settings, reason)
    except Exception as exc:
        log.warning("notification mail for %s (%s) failed: %s", held.id, event, exc)
    if settings.notify.webhook_url:
        try:
            await asyncio.to_thread(
                _post,
                settings.notify.webhook_url,
                event_json(event, held, reason),
                settings.upstream.timeout_seconds,
            )
        except Exception as exc:
            log.warning("notification webhook for %s (%s) failed: %s", held.id, event, exc)


def recipient(held: HeldMessage, settings: Settings) -> str | None:
    """The agent's address; never an Amazon relay address."""
    to = settings.notify.to_address or held.mail_from
    if not to or "@" not in to or is_relay_address(to):
        return None
    return to


def build_mail(event: str, held: HeldMessage, settings: Settings, reason: str | None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.notify.from_address
    msg["To"] = recipient(held, settings) or ""
    msg["Subject"] = f"[bsm-guard] {event}: {held.subject[:80]}"
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain="bsm-guard.invalid")
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to this
    msg[HEADER] = event
    msg.set_content(body(event, held, reason))
    return msg


def body(event: str, held: HeldMessage, reason: str | None) -> str:
    lines = [
        f'Your message "{held.subject}" (quarantine id {held.id}) '
        + _WHAT.get(event, f"changed state: {event}."),
        "",
    ]
    if reason:
        lines += [f"Reason: {reason}", ""]
    if held.findings:
        lines.append("What the checker found:")
        for f in held.findings[:12]:
            why = f.get("reason") or f.get("category", "")
            where = "in the quoted history: " if f.get("quoted") else ""
            lines.append(f'  - {f.get("category", "?")}: {where}"{f.get("excerpt", "")}" ({why})')
        lines.append("")
    lines.append(_NEXT.get(event, ""))
    return "\n".join(lines) + "\n"


def event_json(event: str, held: HeldMessage, reason: str | None) -> dict[str, Any]:
    return {
        "event": event,
        "id": held.id,
        "status": held.status.value,
        "mail_from": held.mail_from,
        "client": held.client,
        "subject": held.subject,
        "order_ids": list(held.order_ids),
        "categories": list(held.categories),
        "rules": list(held.rules),
        "reason": reason,
        "at": datetime.now(UTC).isoformat(),
    }


async def _mail(event: str, held: HeldMessage, settings: Settings, reason: str | None) -> None:
    to = recipient(held, settings)
    if to is None:
        log.info("no notification for %s: no agent address outside Amazon", held.id)
        return
    msg = build_mail(event, held, settings, reason)
    up = settings.upstream
    if not up.address:
        log.warning("no notification for %s: no upstream configured", held.id)
        return
    if up.address.startswith("capture:"):
        folder = Path(up.address.removeprefix("capture:"))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"notify-{held.id}-{event}.eml").write_bytes(msg.as_bytes())
        return
    host, _, port = up.address.rpartition(":")
    await aiosmtplib.send(
        msg,
        sender=settings.notify.from_address,
        recipients=[to],
        hostname=host,
        port=int(port),
        # The same TLS modes as the relay: implicit, required STARTTLS, opportunistic (None), off.
        use_tls=up.implicit_tls,
        start_tls=False
        if up.implicit_tls
        else True
        if up.starttls
        else None
        if up.opportunistic_tls
        else False,
        validate_certs=up.validate_certs,
        username=up.username,
        password=up.password,
        timeout=up.timeout_seconds,
    )


def _post(url: str, payload: dict[str, Any], timeout: float) -> None:
    if not url.startswith(("http://", "https://")):
        raise ValueError("webhook_url must be http(s)")
    req = urllib.request.Request(
        url, data=json.dumps(payload).encode(), method="POST", headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # scheme checked above
        resp.read(1024)

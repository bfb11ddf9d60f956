"""Messages for the review UI: readable bodies, the supervisor's edit, and pre-send drafts."""

from __future__ import annotations

import difflib
import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage

from proxy.models import ParsedMessage
from proxy.pipeline.parse import parse_message

MAX_DRAFT_ATTACHMENT = 32 * 1024 * 1024
# Leading bytes that make a stand-in attachment match its declared type (content sniffing).
_MAGIC = {
    "application/pdf": b"%PDF-1.4\n",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff\xe0",
    "image/gif": b"GIF89a",
    "application/msword": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": b"PK\x03\x04",
    "application/zip": b"PK\x03\x04",
    "text/plain": b"",
}


@dataclass(frozen=True)
class Bodies:
    parsed: ParsedMessage | None
    text: str
    html: str
    error: str = ""


def bodies(raw: bytes | None) -> Bodies:
    if raw is None:
        return Bodies(None, "", "", "the raw message was purged")
    try:
        parsed = parse_message(raw)
    except Exception as exc:  # an unparseable message is still shown as its headers/source
        return Bodies(None, raw.decode("utf-8", "replace"), "", f"not parseable: {exc}")
    return Bodies(parsed, "\n\n".join(parsed.text_parts), "\n".join(parsed.html_parts))


def edited_message(raw: bytes, text: str | None, html: str | None) -> bytes:
    """``raw`` with its first text/plain and text/html bodies replaced; headers kept."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    pending = {"plain": text, "html": html}
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        sub = part.get_content_subtype()
        value = pending.get(sub) if part.get_content_maintype() == "text" else None
        if value is not None and isinstance(part, EmailMessage):
            part.set_content(value.replace("\r\n", "\n"), subtype=sub, charset="utf-8")
            pending[sub] = None
    return msg.as_bytes()


def diff(before: str, after: str, label: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(), after.splitlines(), f"{label} (held)", f"{label} (edited)", lineterm=""
    )
    return "\n".join(lines)


def draft_message(
    subject: str, text: str, html: str, reply: bool, attachments: list[tuple[str, str, int]]
) -> bytes:
    """A message built from a helpdesk draft, for the pre-send check."""
    msg = EmailMessage()
    msg["Subject"] = " ".join(subject.splitlines())  # a header is one line (RFC 5322 2.2)
    msg["From"] = "draft@bsm-guard.invalid"
    msg["To"] = "buyer@marketplace.amazon.com"
    if reply:
        msg["In-Reply-To"] = "<draft@bsm-guard.invalid>"
    msg.set_content(text or " ")
    if html:
        msg.add_alternative(html, subtype="html")
    for name, ctype, size in attachments:
        maintype, _, subtype = (ctype or "application/octet-stream").partition("/")
        magic = _MAGIC.get(ctype.lower(), b"")
        pad = b" " if maintype == "text" else b"\0"
        data = (magic + pad * max(0, size - len(magic)))[: max(size, 0)] or magic
        msg.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream", filename=name)
    return msg.as_bytes()

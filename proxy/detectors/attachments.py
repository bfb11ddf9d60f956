"""``attachment`` detector: type by content and name, name/content mismatch, total size, count."""

from __future__ import annotations

from proxy.detectors.base import Context
from proxy.models import DEFAULT_ACTIONS, Attachment, Category, Document, Finding
from proxy.pipeline import filetype
from proxy.pipeline.filetype import ALLOWED, Kind

MAX_TOTAL_BYTES = 10_000_000  # "10 MB" decoded, all non-body parts together
MAX_PARTS = 5  # attachments plus inline images; exactly five is fine

_ACTION = DEFAULT_ACTIONS[Category.ATTACHMENT]
# Content that an OLE2 sniff cannot pin down is still a plausible .doc.
_COMPATIBLE = {(Kind.DOC, Kind.OLE2)}
_WHAT = {
    Kind.EXECUTABLE: "an executable",
    Kind.SCRIPT: "a script",
    Kind.ARCHIVE: "an archive",
    Kind.VIDEO: "a video",
    Kind.AUDIO: "an audio file",
    Kind.HTML: "an HTML file",
    Kind.CALENDAR: "a calendar file",
    Kind.CONTACT: "a contact card",
    Kind.OFFICE: "an office file other than Word",
    Kind.OLE2: "an office file other than Word",
    Kind.IMAGE: "an image type that is not allowed",
    Kind.UNKNOWN: "a file of unknown type",
}


def detect(doc: Document, ctx: Context) -> list[Finding]:
    parts = doc.parsed.attachments
    findings = [f for att in parts if (f := check_part(att)) is not None]
    total = sum(att.size for att in parts)
    if total > MAX_TOTAL_BYTES:
        findings.append(
            _finding(
                "attachment.size",
                f"{total / 1_000_000:.1f} MB in {len(parts)} part(s)",
                f"attachments total {total / 1_000_000:.1f} MB decoded; the limit is 10 MB",
            )
        )
    if len(parts) > MAX_PARTS:
        findings.append(
            _finding(
                "attachment.count",
                f"{len(parts)} attachments and inline images",
                f"{len(parts)} attachments and inline images; at most {MAX_PARTS} are allowed",
            )
        )
    return findings


def check_part(att: Attachment) -> Finding | None:
    """The finding for one non-body part, ``None`` when its type is allowed and consistent."""
    content = filetype.sniff(att.data)
    named = filetype.kind_of_name(att.filename) if att.filename else None
    label = att.filename or att.content_type or "(unnamed part)"
    if named is not None and named in ALLOWED and not _agrees(named, content):
        return _finding(
            "attachment.mismatch",
            label,
            f"{label!r} is named as {named.value.upper()} but its content is {_describe(content)}",
        )
    if content not in ALLOWED:
        return _finding(
            "attachment.type",
            label,
            f"{label!r} is {_describe(content)}; only PDF, JPEG, PNG, GIF, TXT, DOC and DOCX may be attached",
        )
    if named is not None and named not in ALLOWED:
        ext = filetype.extension(label)
        return _finding("attachment.type", label, f"{label!r} has a file type that is not allowed (.{ext})")
    declared = filetype.kind_of_declared(att.content_type)
    if named is None and declared is not None and not _agrees(declared, content):
        return _finding(
            "attachment.mismatch",
            label,
            f"{label!r} is declared as {att.content_type} but its content is {_describe(content)}",
        )
    return None


def _agrees(expected: Kind, content: Kind) -> bool:
    return expected is content or (expected, content) in _COMPATIBLE


def _describe(kind: Kind) -> str:
    return _WHAT.get(kind) or f"{kind.value.upper()}"


def _finding(rule: str, excerpt: str, reason: str) -> Finding:
    return Finding(
        rule=rule,
        category=Category.ATTACHMENT,
        action=_ACTION,
        excerpt=excerpt[:120],
        where="attachment",
        reason=reason[:200],
    )

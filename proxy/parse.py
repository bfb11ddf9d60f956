"""Parse stage: raw bytes → ``ParsedMessage`` (mail-parser underneath, bounded, never raises on bad MIME)."""

from __future__ import annotations

import email.header
import email.message
import email.utils
import re
from dataclasses import dataclass

import mailparser

from proxy.errors import ParseLimitError
from proxy.models import Attachment, ParsedMessage


@dataclass(frozen=True)
class ParseLimits:
    max_parts: int = 200
    max_depth: int = 12
    max_decoded_bytes: int = 64 * 1024 * 1024


DEFAULT_LIMITS = ParseLimits()
_FALLBACK_CHARSETS = ("utf-8", "windows-1252")

# The stdlib parser under mail-parser costs ~15 ms per MB of base64 (it splits every line).
# Detectors only need the head of a large attachment (magic bytes) and its size, so the
# parser gets a copy whose large base64 bodies are cut to their head; the part carries its
# true decoded size in a private header. The relayed bytes are always the original ones.
_ELIDE_MESSAGE_OVER = 1024 * 1024
_ELIDE_PART_OVER = 256 * 1024
_KEEP_HEAD = 64 * 1024
_ELIDED_HEADER = "X-Bsm-Guard-Decoded-Size"
_B64_HEADER = re.compile(rb"content-transfer-encoding:[ \t]*base64", re.I)
_TEXT_TYPE = re.compile(rb"content-type:[ \t]*(?:text|message)/", re.I)
_HEADER_END = re.compile(rb"\r?\n\r?\n")


def _elide_large_parts(raw: bytes) -> bytes:
    """Cut the base64 bodies of large MIME parts to their head (see above)."""
    out: list[bytes] = []
    pos = 0
    # Base64 never contains "-", so "\n--" only starts boundary lines (or text in text parts).
    starts = _boundary_lines(raw)
    if not starts:
        return raw  # not multipart
    for here, nxt in zip(starts, [*starts[1:], len(raw)], strict=True):
        head_end = _HEADER_END.search(raw, here, min(nxt, here + 16384))
        if head_end is None or not _B64_HEADER.search(raw, here, head_end.start()):
            continue
        if _TEXT_TYPE.search(raw, here, head_end.start()):
            continue  # text is scanned whole, however long
        body_start, body_end = head_end.end(), nxt
        if body_end - body_start <= _ELIDE_PART_OVER:
            continue
        body = raw[body_start:body_end]
        chars = len(body) - body.count(b"\n") - body.count(b"\r") - body.count(b" ")
        size = chars * 3 // 4 - body[-8:].count(b"=")
        cut = raw.rfind(b"\n", body_start, body_start + _KEEP_HEAD) + 1 or body_start
        newline = b"\r\n" if raw[head_end.start() : head_end.start() + 1] == b"\r" else b"\n"
        out += [raw[pos : head_end.start()], newline + f"{_ELIDED_HEADER}: {size}".encode()]
        out += [raw[head_end.start() : cut]]
        pos = body_end
    if not out:
        return raw
    out.append(raw[pos:])
    return b"".join(out)


def _boundary_lines(raw: bytes) -> list[int]:
    starts: list[int] = []
    i = raw.find(b"\n--")
    while i != -1:
        starts.append(i + 1)
        i = raw.find(b"\n--", i + 3)
    return starts


def parse_message(raw: bytes, limits: ParseLimits = DEFAULT_LIMITS) -> ParsedMessage:
    """Parse ``raw``; raises ``ParseLimitError`` when the message exceeds ``limits``."""
    elided = _elide_large_parts(raw) if len(raw) > _ELIDE_MESSAGE_OVER else raw
    mp = mailparser.MailParser.from_bytes(elided)
    msg = mp.message
    walker = _Walker(limits)
    walker.walk(msg, depth=0)
    headers = tuple((name, _decode_header(value)) for name, value in msg.items())
    subject = _decode_header(msg.get("Subject", "") or "")
    defects = tuple(sorted({d for part in mp.defects for d in part} if mp.has_defects else set()))
    return ParsedMessage(
        raw=raw,
        headers=headers,
        subject=" ".join(subject.split()),
        text_parts=tuple(walker.text),
        html_parts=tuple(walker.html),
        attachments=tuple(walker.attachments),
        defects=tuple(str(d) for d in defects),
    )


class _Walker:
    def __init__(self, limits: ParseLimits) -> None:
        self.limits = limits
        self.parts = 0
        self.decoded = 0
        self.text: list[str] = []
        self.html: list[str] = []
        self.attachments: list[Attachment] = []

    def walk(self, part: email.message.Message, depth: int) -> None:
        self.parts += 1
        if self.parts > self.limits.max_parts:
            raise ParseLimitError(f"more than {self.limits.max_parts} MIME parts")
        if depth > self.limits.max_depth:
            raise ParseLimitError(f"MIME nesting deeper than {self.limits.max_depth}")
        if part.is_multipart():
            payload = part.get_payload()
            for child in payload if isinstance(payload, list) else []:
                if isinstance(child, email.message.Message):
                    self.walk(child, depth + 1)
            return
        ctype = part.get_content_type().lower()
        data = self._payload(part)
        filename = _filename(part)
        disposition = (part.get_content_disposition() or "").lower()
        if ctype == "message/rfc822" or (
            ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename
        ):
            text = _decode_text(data, part.get_content_charset())
            (self.html if ctype == "text/html" else self.text).append(text)
            return
        cid = (part.get("Content-ID") or "").strip().strip("<>")
        declared = str(part.get(_ELIDED_HEADER, "")).strip()
        if declared.isdigit():
            self._count(int(declared) - len(data))
        self.attachments.append(
            Attachment(
                filename=filename,
                content_type=ctype,
                data=data,
                inline=disposition == "inline" or (bool(cid) and disposition != "attachment"),
                content_id=cid,
                decoded_size=int(declared) if declared.isdigit() else -1,
            )
        )

    def _payload(self, part: email.message.Message) -> bytes:
        try:
            data = part.get_payload(decode=True)
        except Exception:  # a broken transfer encoding: keep the raw text
            data = None
        if not isinstance(data, bytes):
            raw = part.get_payload()
            data = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
        self._count(len(data))
        return data

    def _count(self, size: int) -> None:
        self.decoded += size
        if self.decoded > self.limits.max_decoded_bytes:
            raise ParseLimitError(f"more than {self.limits.max_decoded_bytes} decoded bytes")


def _decode_text(data: bytes, charset: str | None) -> str:
    for cs in ((charset,) if charset else ()) + _FALLBACK_CHARSETS:
        try:
            return data.decode(_charset_alias(cs))
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")


def _charset_alias(charset: str) -> str:
    cs = charset.strip().strip('"').lower()
    # Mail clients label windows-1252 text as iso-8859-1; decoding as cp1252 is a superset.
    return {
        "iso-8859-1": "windows-1252",
        "latin1": "windows-1252",
        "latin-1": "windows-1252",
        "us-ascii": "windows-1252",
        "ascii": "windows-1252",
    }.get(cs, cs)


def _decode_header(value: object) -> str:
    if isinstance(value, email.header.Header):
        value = str(value)
    text = str(value)
    try:
        chunks = email.header.decode_header(text)
    except Exception:
        return text
    out: list[str] = []
    for chunk, cs in chunks:
        if isinstance(chunk, bytes):
            out.append(_decode_text(chunk, cs))
        else:
            out.append(chunk)
    return "".join(out)


def _filename(part: email.message.Message) -> str:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if not name:
        raw = part.get_param("name", header="Content-Type")
        if raw is not None:
            name = email.utils.collapse_rfc2231_value(raw)
    return _decode_header(name).strip() if name else ""

"""Parse stage: raw bytes → ``ParsedMessage`` (mail-parser underneath, bounded, never raises on bad MIME)."""

from __future__ import annotations

import binascii
import contextlib
import email.header
import email.message
import email.utils
import quopri
import re
from dataclasses import dataclass

import mailparser
from mailparser.exceptions import MailParserRecursionError

from proxy.errors import ParseLimitError
from proxy.models import Attachment, ParsedMessage


@dataclass(frozen=True)
class ParseLimits:
    max_parts: int = 200
    max_depth: int = 12
    max_decoded_bytes: int = 64 * 1024 * 1024
    # Scanning cost grows with the text (the rule packs take ~1-2 s per MB of dense prose); a body
    # far larger than any real reply is held rather than scanned for seconds on the event loop.
    max_text_chars: int = 4_000_000


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
    _precheck(raw, limits)
    elided = _elide_large_parts(raw) if len(raw) > _ELIDE_MESSAGE_OVER else raw
    try:
        msg, defects = _parse_mime(elided)
    except RecursionError as exc:  # e.g. 1000 nested message/rfc822 under the precheck's radar
        raise ParseLimitError(f"MIME nesting deeper than {limits.max_depth}") from exc
    walker = _Walker(limits)
    walker.walk(msg, depth=0)
    walker.add_outside_text(msg)
    headers = tuple((name, _decode_header(value)) for name, value in msg.items())
    subject = _decode_header(msg.get("Subject", "") or "")
    return ParsedMessage(
        raw=raw,
        headers=headers,
        subject=" ".join(subject.split()),
        text_parts=tuple(walker.text),
        html_parts=tuple(walker.html),
        attachments=tuple(walker.attachments),
        defects=tuple(str(d) for d in defects),
    )


def _parse_mime(raw: bytes) -> tuple[email.message.Message, tuple[str, ...]]:
    """The message tree and its defect names. mail-parser decodes every part eagerly and crashes
    on some hostile input (a NUL in a charset name, the ``undefined`` codec in an RFC 2231
    filename); the stdlib message it wraps is all the walker needs, so that is the fallback."""
    try:
        mp = mailparser.MailParser.from_bytes(raw)
    except MailParserRecursionError as exc:
        raise RecursionError(str(exc)) from exc
    except RecursionError:
        raise
    except Exception:
        msg = email.message_from_bytes(raw)
        return msg, tuple(sorted({type(d).__name__ for part in msg.walk() for d in part.defects}))
    found = {d for part in mp.defects for d in part} if mp.has_defects else set()
    return mp.message, tuple(sorted(str(d) for d in found))


_CONTAINER = re.compile(rb"^content-type:[ \t]*(?:multipart|message)/", re.I | re.M)


def _precheck(raw: bytes, limits: ParseLimits) -> None:
    """Refuse, before the stdlib parser spends seconds (or its recursion limit) on it, a message
    that cannot pass the walker's bounds: every part opens with a ``--boundary`` line (at most
    two such lines per part with the closing ones), every nesting level needs a container header.
    """
    if raw.count(b"\n--") > 2 * limits.max_parts + 2:
        raise ParseLimitError(f"more than {limits.max_parts} MIME parts")
    low = raw.lower()
    if low.count(b"multipart/") + low.count(b"message/") <= limits.max_parts:
        return  # cheap upper bound first; the exact count below costs ~5 ms per MB
    if len(_CONTAINER.findall(raw)) > limits.max_parts:
        raise ParseLimitError(f"more than {limits.max_parts} nested MIME containers")


class _Walker:
    def __init__(self, limits: ParseLimits) -> None:
        self.limits = limits
        self.parts = 0
        self.decoded = 0
        self.text: list[str] = []
        self.html: list[str] = []
        self.attachments: list[Attachment] = []
        self.text_chars = 0

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
        if ctype.startswith("multipart/"):
            # Its boundary never appears (StartBoundaryNotFound, NoBoundaryInMultipart): the body
            # is one unparsed string, which a client shows as text, so it is scanned as text.
            ctype = "text/plain"
        data = self._payload(part)
        filename = _filename(part)
        disposition = (part.get_content_disposition() or "").lower()
        if ctype == "message/rfc822" or (
            ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename
        ):
            text = _decode_body(data, _charset(part))
            for other in _other_readings(part):
                text += "\n" + _decode_body(other, _charset(part))
            self._add_text(self.html if ctype == "text/html" else self.text, text)
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

    def add_outside_text(self, msg: email.message.Message) -> None:
        """Scan a preamble or epilogue that holds more than whitespace, as one more text part:
        clients hide it, but it travels with the message and Amazon scans the whole message."""
        outside = [
            text
            for part in msg.walk()
            for text in (part.preamble, part.epilogue)
            if isinstance(text, str) and text.strip()
        ]
        if outside:
            self._add_text(self.text, "\n".join(outside))

    def _add_text(self, bucket: list[str], text: str) -> None:
        self.text_chars += len(text)
        if self.text_chars > self.limits.max_text_chars:
            raise ParseLimitError(f"more than {self.limits.max_text_chars} characters of text")
        bucket.append(text)

    def _payload(self, part: email.message.Message) -> bytes:
        try:
            data = part.get_payload(decode=True)
        except Exception:  # a broken transfer encoding: keep the raw text
            data = None
        if not isinstance(data, bytes):
            data = _raw_body(part)
        self._count(len(data))
        return data

    def _count(self, size: int) -> None:
        self.decoded += size
        if self.decoded > self.limits.max_decoded_bytes:
            raise ParseLimitError(f"more than {self.limits.max_decoded_bytes} decoded bytes")


def _charset(part: email.message.Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:  # a charset parameter the stdlib cannot even unquote
        return None


# The body in the transfer encoding it looks like, when that is not the declared one.
_B64_BODY = re.compile(rb"(?:[A-Za-z0-9+/]+={0,2}[ \t]*\r?\n)*[A-Za-z0-9+/]+={0,2}\s*")
_B64_MIN = 24  # shorter "base64" is more likely a token (a tracking number) than a body
# Soft line breaks and an encoded "=": "=B0" alone is common in URLs (asin=B0...), not a sign.
_QP_SIGNS = re.compile(rb"=\r?\n|=3D", re.I)


def _other_readings(part: email.message.Message) -> list[bytes]:
    """Other readings of a text body whose Content-Transfer-Encoding does not fit it.

    A client may show such a part either way (decoded, or as written), so both readings are
    scanned: a link or a number must not hide behind a wrong transfer-encoding header.
    """
    body = _raw_body(part).strip()
    if not body:
        return []
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte == "base64":
        # Not base64 at all: the stdlib decoded what it could of it, the buyer sees it as written.
        return [] if _B64_BODY.fullmatch(body) else [body]
    out: list[bytes] = []
    if len(body) >= _B64_MIN and _B64_BODY.fullmatch(body):
        with contextlib.suppress(binascii.Error):  # bad padding: nothing to read
            decoded = binascii.a2b_base64(body)
            if _is_text(decoded):
                out.append(decoded)
    if cte != "quoted-printable" and _QP_SIGNS.search(body):
        out.append(quopri.decodestring(body))
    return out


def _raw_body(part: email.message.Message) -> bytes:
    """The body as it travels (still transfer-encoded). ``get_payload()`` decodes 8-bit bytes
    with the declared charset and raises on a hostile one, so the stored string is read."""
    payload = getattr(part, "_payload", None)
    return payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else b""


def _is_text(data: bytes) -> bool:
    """Decoded base64 that is text (not an image someone mislabelled): worth scanning."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("windows-1252", "replace")
    printable = sum(ch.isprintable() or ch.isspace() for ch in text)
    return bool(text) and printable >= 0.95 * len(text)


def _decode_body(data: bytes, charset: str | None) -> str:
    """Decode a body. Under a charset that is not ASCII-compatible (UTF-16, UTF-32) a wrong label
    turns ASCII into other characters and one odd byte fails the strict decode (the stdlib itself
    writes UTF-16 bodies with a one-byte line end), so the lenient and UTF-8 readings are added."""
    text = _decode_text(data, charset)
    if not charset or _ascii_compatible(charset):
        return text
    lenient = data.decode(_charset_alias(charset), "replace")  # the codec exists: checked above
    return "\n".join(dict.fromkeys((text, lenient, data.decode("utf-8", "replace"))))


def _ascii_compatible(charset: str) -> bool:
    probe = "https://x.com @ 0123456789"
    try:
        return probe.encode("ascii").decode(_charset_alias(charset)) == probe
    except UnicodeDecodeError:  # the probe itself is not valid in it (odd length in UTF-16)
        return False
    except Exception:  # unknown or broken codec: _decode_text falls back to an ASCII superset
        return True


def _decode_text(data: bytes, charset: str | None) -> str:
    for cs in ((charset,) if charset else ()) + _FALLBACK_CHARSETS:
        if cs == _FALLBACK_CHARSETS[-1]:
            japanese = _decode_japanese(data)
            if japanese is not None:
                return japanese
        try:
            return data.decode(_charset_alias(cs))
        # UnicodeError: the "undefined" codec; ValueError: a NUL in the charset name
        except (LookupError, UnicodeError, ValueError):
            continue
    return data.decode("utf-8", "replace")


def _decode_japanese(data: bytes) -> str | None:
    """Shift_JIS / EUC-JP under a wrong label is not UTF-8, and windows-1252 would turn it into
    mojibake (losing full-width digits); it is taken as Japanese when a reading has kana or CJK
    punctuation, which Western text read as Japanese almost never produces."""
    for cs in ("cp932", "euc-jp"):
        try:
            text = data.decode(cs)
        except UnicodeDecodeError:
            continue
        if _KANA.search(text):
            return text
    return None


_KANA = re.compile(r"[\u3000-\u30ff]")


def _charset_alias(charset: str) -> str:
    cs = charset.strip().strip('"').lower()
    # Mail clients label windows-1252 text as iso-8859-1; decoding as cp1252 is a superset.
    return {
        "iso-8859-1": "windows-1252",
        "latin1": "windows-1252",
        "latin-1": "windows-1252",
        "us-ascii": "windows-1252",
        "ascii": "windows-1252",
        # Mail labelled Shift_JIS is written by Windows (cp932): Python's shift_jis rejects its
        # extra characters (①, ㈱) and reads its full-width hyphen as U+2212, not as "－".
        "shift_jis": "cp932",
        "shift-jis": "cp932",
        "sjis": "cp932",
        "x-sjis": "cp932",
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
    """``get_filename()`` without its exceptions: a hostile RFC 2231 charset must not hide the
    name (``filename*=undefined''evil.exe``), so an undecodable one is read as UTF-8."""
    for param, header in (("filename", "content-disposition"), ("name", "content-type")):
        try:
            raw = part.get_param(param, header=header)
        except Exception:
            continue
        if raw is None:
            continue
        try:
            name = email.utils.collapse_rfc2231_value(raw)
        except Exception:  # LookupError, UnicodeError from the declared charset
            value = raw[2] if isinstance(raw, tuple) else raw
            name = value.encode("latin-1", "replace").decode("utf-8", "replace")
        if name.strip():
            return _decode_header(name).strip()
    return ""

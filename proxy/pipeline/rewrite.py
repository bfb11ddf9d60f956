"""Apply rewrite edits to raw message bytes: only changed parts are re-encoded, the rest is kept."""

from __future__ import annotations

import base64
import binascii
import difflib
import email.parser
import email.policy
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from proxy.models import Edit, EditKind

MAX_DIFF_CHARS = 4000
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FIELD_START = re.compile(rb"^[^ \t\r\n:]+:", re.M)
_HEADER_PARSER = email.parser.BytesHeaderParser(policy=email.policy.compat32)
_DECODING_PARSER = email.parser.BytesHeaderParser(policy=email.policy.default)
_MAX_DEPTH = 12

Transform = Callable[[str], str]


@dataclass(frozen=True)
class _Transforms:
    html: tuple[Transform, ...]
    text: tuple[Transform, ...]
    changes: list[Change]  # what changed, appended as the walk meets it
    seen: dict[str, int]  # text and HTML parts met so far, to name each change


@dataclass(frozen=True)
class Change:
    """What one rewrite changed, decoded: the header fields, or one text or HTML part."""

    name: str  # "headers", "text[0]", "html[0]", …
    before: str
    after: str


def apply_edits(raw: bytes, edits: list[Edit], changes: list[Change] | None = None) -> bytes:
    """``raw`` with ``edits`` applied; unchanged when nothing applies. ``changes`` collects what
    changed, decoded, for the audit diff (``summarise``) without parsing the message again."""
    dropped = {e.target.strip().lower() for e in edits if e.kind is EditKind.DROP_HEADER}
    if "list-unsubscribe" in dropped:
        dropped.add("list-unsubscribe-post")  # meaningless without it (RFC 8058 section 3.1)
    transforms = _transforms(edits, [] if changes is None else changes)
    head, sep, body = _split_entity(raw)
    new_head = _drop_headers(head, dropped) if dropped else head
    if changes is not None and new_head != head:
        changes.insert(0, Change("headers", _fields(head), _fields(new_head)))
    new_body = None
    if transforms.html or transforms.text:
        new_body = _rewrite_entity(head, body, transforms, 0)
    if new_head == head and new_body is None:
        return raw
    return new_head + sep + (body if new_body is None else new_body)


def _transforms(edits: list[Edit], changes: list[Change]) -> _Transforms:
    kinds = {edit.kind for edit in edits}
    sources = frozenset(e.target.strip() for e in edits if e.kind is EditKind.STRIP_IMAGE)
    html_t: list[Transform] = []
    text_t: list[Transform] = []
    if sources:
        html_t.append(partial(strip_images, sources=sources))
    if EditKind.STRIP_CSS in kinds:
        html_t.append(strip_css)
    if EditKind.COLLAPSE_BLANK_LINES in kinds:
        html_t.append(collapse_blank_html)
        text_t.append(collapse_blank_lines)
    return _Transforms(tuple(html_t), tuple(text_t), changes, {"text": 0, "html": 0})


# ----------------------------------------------------------------------------- headers


def _split_entity(data: bytes) -> tuple[bytes, bytes, bytes]:
    """(header block, blank-line separator, body); the header block keeps its last line end."""
    if data.startswith((b"\r\n", b"\n")):
        eol = 2 if data.startswith(b"\r\n") else 1
        return b"", data[:eol], data[eol:]
    m = _HEADER_END.search(data)
    if m is None:
        return data, b"", b""
    cut = m.start() + (2 if data[m.start() : m.start() + 2] == b"\r\n" else 1)
    return data[:cut], data[cut : m.end()], data[m.end() :]


def _drop_headers(head: bytes, names: set[str]) -> bytes:
    """Remove every field named in ``names`` (with its continuation lines)."""
    starts = [m.start() for m in _FIELD_START.finditer(head)]
    if not starts:
        return head
    kept = [head[: starts[0]]]
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(head)
        field = head[start:end]
        name = field.split(b":", 1)[0].decode("ascii", "replace").strip().lower()
        if name not in names:
            kept.append(field)
    return b"".join(kept)


# ----------------------------------------------------------------------------- MIME walk


def _rewrite_entity(head: bytes, body: bytes, tf: _Transforms, depth: int) -> bytes | None:
    """The new body of an entity, ``None`` when nothing in it changed."""
    msg = _HEADER_PARSER.parsebytes(head)
    ctype = msg.get_content_type().lower()
    if msg.get_content_maintype() == "multipart":
        boundary = msg.get_boundary()
        if not boundary or depth >= _MAX_DEPTH:
            return None
        return _rewrite_multipart(body, boundary.encode("ascii", "replace"), tf, depth)
    disposition = (msg.get_content_disposition() or "").lower()
    if ctype not in ("text/html", "text/plain") or disposition == "attachment":
        return None
    if msg.get_filename():
        return None
    kind = "html" if ctype == "text/html" else "text"
    index = tf.seen[kind]
    tf.seen[kind] += 1
    steps = tf.html if ctype == "text/html" else tf.text
    if not steps:
        return None
    cte = (msg.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    charset = _codec(msg.get_content_charset() or "us-ascii")
    eol = b"\r\n" if b"\r\n" in head or b"\r\n" in body[:4096] else b"\n"
    # surrogateescape: a byte the charset cannot decode comes back out as the same byte, so
    # the rewrite changes nothing but what a transform removed (a "replace" turned each into
    # U+FFFD, three octets, and could push a 998-octet line over SMTP's limit).
    text = _decode(body, cte).decode(charset, "surrogateescape")
    new = text
    for step in steps:
        new = step(new)
    if new == text:
        return None
    tf.changes.append(Change(f"{kind}[{index}]", text, new))
    try:
        data = new.encode(charset, "surrogateescape")
    except UnicodeEncodeError:  # a stateful codec (ISO-2022) that cannot take the bytes back
        data = new.encode(charset, "xmlcharrefreplace" if ctype == "text/html" else "replace")
    return _encode(data, cte, eol, body)


def _rewrite_multipart(body: bytes, boundary: bytes, tf: _Transforms, depth: int) -> bytes | None:
    out: list[bytes] = []
    pos = 0
    for start, end in _part_spans(body, boundary):
        head, sep, sub_body = _split_entity(body[start:end])
        new = _rewrite_entity(head, sub_body, tf, depth + 1)
        if new is not None:
            out += [body[pos:start], head, sep, new]
            pos = end
    if not out:
        return None
    out.append(body[pos:])
    return b"".join(out)


def _part_spans(body: bytes, boundary: bytes) -> list[tuple[int, int]]:
    """(start, end) of each body part between the delimiter lines; a missing close delimiter
    ends the last part at the end of the body."""
    marks = _delimiters(body, boundary)
    spans: list[tuple[int, int]] = []
    for i, (_, line_end, closing) in enumerate(marks):
        if closing:
            break
        if i + 1 < len(marks):
            nxt = marks[i + 1][0]
            # The line break before a delimiter belongs to the delimiter (RFC 2046 5.1.1).
            end = nxt - (2 if body[max(0, nxt - 2) : nxt] == b"\r\n" else 1)
        else:
            end = len(body)
        if end >= line_end:
            spans.append((line_end, end))
    return spans


def _delimiters(body: bytes, boundary: bytes) -> list[tuple[int, int, bool]]:
    """(start, end of its line break, closing?) of each delimiter line, found with bytes.find
    (a regex scan of a 15 MB body takes half a second)."""
    marker = b"--" + boundary
    found: list[tuple[int, int, bool]] = []
    pos = body.find(marker)
    while pos >= 0:
        line_end = body.find(b"\n", pos)
        line_end = len(body) if line_end < 0 else line_end + 1
        rest = body[pos + len(marker) : line_end].rstrip(b"\r\n \t")
        at_line_start = pos == 0 or body[pos - 1 : pos] == b"\n"
        if at_line_start and rest in (b"", b"--"):
            found.append((pos, line_end, rest == b"--"))
        pos = body.find(marker, pos + len(marker))
    return found


def _codec(charset: str) -> str:
    cs = charset.strip().strip('"').lower()
    # Same aliasing as proxy.pipeline.parse: windows-1252 is a superset of the Latin-1 labels.
    cs = {
        "iso-8859-1": "windows-1252",
        "latin1": "windows-1252",
        "latin-1": "windows-1252",
        "us-ascii": "windows-1252",
        "ascii": "windows-1252",
    }.get(cs, cs)
    try:
        "".encode(cs)
    except LookupError:
        return "utf-8"
    return cs


def _decode(body: bytes, cte: str) -> bytes:
    if cte == "base64":
        try:
            return base64.b64decode(re.sub(rb"[^A-Za-z0-9+/=]", b"", body))
        except (binascii.Error, ValueError):
            return body
    if cte == "quoted-printable":
        return binascii.a2b_qp(body)
    return body


def _encode(data: bytes, cte: str, eol: bytes, original: bytes) -> bytes:
    """Encode ``data`` with the part's transfer encoding and the message's line ends."""
    if cte == "base64":
        encoded = base64.b64encode(data)
        lines = [encoded[i : i + 76] for i in range(0, len(encoded), 76)]
        out = eol.join(lines)
    elif cte == "quoted-printable":
        lf = data.replace(b"\r\n", b"\n")
        out = binascii.b2a_qp(lf, quotetabs=False, istext=True, header=False)
        out = out.replace(b"\n", eol) if eol != b"\n" else out
    else:
        lf = data.replace(b"\r\n", b"\n")
        out = lf.replace(b"\n", eol) if eol != b"\n" else lf
    if original.endswith(b"\n") and not out.endswith(b"\n"):
        out += eol
    return out


# ----------------------------------------------------------------------------- transforms

_IMG = re.compile(r"<img\b[^>]*>", re.I)
_SRC = re.compile(r"""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_STYLE_ATTR = re.compile(r"""\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>.*?</style\s*>", re.I | re.S)
_FONT_TAG = re.compile(r"</?(?:font|basefont)\b[^>]*>", re.I)
_CENTER_TAG = re.compile(r"<(/?)center\b[^>]*>", re.I)
_PRESENTATION = re.compile(
    r"""\s(?:align\s*=\s*["']?center["']?|(?:bgcolor|text|link|vlink|alink)\s*=\s*"""
    r"""(?:"[^"]*"|'[^']*'|[^\s>]+))""",
    re.I,
)
_TAG_WITH_ATTRS = re.compile(r"<[a-zA-Z][\w:-]*\s[^>]*>")
# Declarations kept when a style attribute is cleaned: they hide or size, they do not style.
_KEEP_CSS = re.compile(
    r"^\s*(?:display|visibility|width|height|max-width|max-height|overflow|opacity|border)\s*:",
    re.I,
)
_BLANK_RUN = re.compile(r"(\r?\n)(?:[ \t]*\r?\n){3,}")
_EMPTY_BLOCK = (
    r"<(?:p|div)\b[^>]*>(?:\s|&nbsp;|&#160;|&#xa0;|<br\s*/?>|</?o:p>|</?span\b[^>]*>)*"
    r"</(?:p|div)\s*>\s*"
)
_BLANK_BLOCKS = re.compile(rf"((?:{_EMPTY_BLOCK}){{2}})(?:{_EMPTY_BLOCK})+", re.I)
_BLANK_BREAKS = re.compile(r"((?:<br\s*/?>\s*){3})(?:<br\s*/?>\s*)+", re.I)


def strip_images(text: str, sources: frozenset[str]) -> str:
    """Remove every ``<img>`` whose (entity-decoded) ``src`` is one of ``sources``."""
    return _IMG.sub(lambda m: "" if _img_src(m.group(0)) in sources else m.group(0), text)


def _img_src(tag: str) -> str:
    m = _SRC.search(tag)
    if m is None:
        return ""
    value = next(g for g in m.groups() if g is not None)
    return html.unescape(value).strip()


def strip_css(text: str) -> str:
    """Remove style overrides: ``<style>`` blocks, styling declarations, font/center tags,
    presentational colour and centring attributes."""
    text = _STYLE_BLOCK.sub("", text)
    text = _FONT_TAG.sub("", text)
    text = _CENTER_TAG.sub(lambda m: f"<{m.group(1)}div>", text)
    return _TAG_WITH_ATTRS.sub(_clean_tag, text)


def _clean_tag(m: re.Match[str]) -> str:
    tag = _PRESENTATION.sub("", m.group(0))
    return _STYLE_ATTR.sub(_clean_style, tag)


def _clean_style(m: re.Match[str]) -> str:
    value = m.group(1) if m.group(1) is not None else m.group(2)
    kept = [d.strip() for d in html.unescape(value).split(";") if _KEEP_CSS.match(d)]
    if not kept:
        return ""
    return ' style="' + html.escape(";".join(kept), quote=True) + '"'


def collapse_blank_lines(text: str) -> str:
    """Runs of more than two blank lines → two."""
    return _BLANK_RUN.sub(lambda m: m.group(1) * 3, text)


def collapse_blank_html(text: str) -> str:
    """Runs of more than two empty paragraphs (or more than three ``<br>``) → two blank lines."""
    text = _BLANK_BLOCKS.sub(lambda m: m.group(1), text)
    return _BLANK_BREAKS.sub(lambda m: m.group(1), text)


# ----------------------------------------------------------------------------- audit diff


def summarise(changes: list[Change], limit: int = MAX_DIFF_CHARS) -> str:
    """A unified diff of each change, one line of context, cut at ``limit`` characters."""
    chunks: list[str] = []
    for change in changes:
        if change.before != change.after:
            chunks += _diff(change.before.splitlines(), change.after.splitlines(), change.name)
    out = "\n".join(chunks)
    return out if len(out) <= limit else out[:limit] + "\n… (diff truncated)"


def _lines(headers: Sequence[tuple[str, str]]) -> str:
    return "\n".join(f"{k}: {v}" for k, v in headers)


def _fields(head: bytes) -> str:
    """Header fields, one line each, decoded for reading (the header block alone is parsed)."""
    try:
        return _lines([(k, str(v)) for k, v in _DECODING_PARSER.parsebytes(head).items()])
    except Exception as exc:  # the audit log must not fail the delivery
        return f"(headers not decoded: {type(exc).__name__})"


_HUNK = re.compile(r"^@@ -(\d+)((?:,\d+)?) \+(\d+)((?:,\d+)?) @@$")


def _diff(a: list[str], b: list[str], name: str) -> list[str]:
    """``difflib.unified_diff`` of ``a`` and ``b`` with one line of context; the lines both share
    at the start and the end are left out of the comparison first (a rewrite changes a few lines
    of a long part, and difflib's cost grows with the square of what it compares)."""
    if a == b:
        return []
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    lo = max(0, head - 1)  # one line of context on each side
    cut = max(0, tail - 1)
    lines = difflib.unified_diff(
        a[lo : len(a) - cut], b[lo : len(b) - cut], f"a/{name}", f"b/{name}", n=1, lineterm=""
    )
    return [_shift(line, lo) if line.startswith("@@") else line for line in lines]


def _shift(hunk: str, by: int) -> str:
    m = _HUNK.match(hunk)
    if m is None or not by:
        return hunk
    return f"@@ -{int(m[1]) + by}{m[2]} +{int(m[3]) + by}{m[4]} @@"

"""Quoted history: where it starts, and which of it is Amazon's own notification text.

Helpdesks quote the notification Amazon sent them under every reply. Its links (Seller Central
``/messaging/inbox``, ``/gp/communication-manager/``, Amazon's plain ``http://www.amazon.<tld>``
signature, help pages), the relay address, the ``[commMgrTok:…]`` token and Amazon's signature
and postal lines are Amazon's, never the seller's (POLICY.md). What the agent wrote earlier in
the same quote, and the buyer's own words between the ``Message:`` rules, are scanned as usual.

The quoted history is cut into chunks at quote headers ("On … wrote:" in the marketplace
languages, Outlook ``From:``/``Sent:`` blocks, a helpdesk's rule line with a name and date). A
chunk is Amazon's when its header names an Amazon sender or relay address, or its text carries
the notification's marks (the localised ``------------- Message: -------------`` rule, the
token, a Seller Central link). In such a chunk everything outside the buyer's message block is
notice text: there Amazon's links, addresses and signature lines are blanked (other links,
addresses and numbers stay and are still found).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from proxy.amazon import is_amazon_host

# "------------- Message: -------------" and its translations ("Nachricht:", "メッセージ:", …).
BLOCK_START = re.compile(r"^\s*-{5,}\s*[^\W\d_][^-:\n]{0,40}?\s*[:：]\s*-{5,}\s*$")
BLOCK_END = re.compile(r"^\s*-{5,}\s*[^\W\d_][^-:\n]{0,40}?\s*-{5,}\s*$")
RELAY = re.compile(r"[a-z0-9._+\-]+@(?:m\.)?marketplace\.amazon\.[a-z]{2,3}(?:\.[a-z]{2})?", re.I)
TOKEN = re.compile(r"\[commMgrTok:[^\]]*\]", re.I)
# What only Amazon's notification has: its token, Seller Central or communication-manager links.
_EVIDENCE_WORDS = ("[commmgrtok:", "sellercentral", "/gp/communication-manager/", "/messaging/inbox")


def has_evidence(text: str) -> bool:
    """The notification's own marks (checked on lower case: a plain substring scan is ~50x
    faster than the case-insensitive pattern on a 20 KB quote)."""
    low = text.lower()
    return any(word in low for word in _EVIDENCE_WORDS)


# The same marks on one short line (a case-insensitive pattern is cheap there).
_LINE_EVIDENCE = re.compile(
    r"\[commMgrTok:|sellercentral|/gp/communication-manager/|/messaging/inbox", re.I
).search

# Any URL-looking run; blanked only when its host is Amazon's.
_URL = re.compile(
    r"(?:https?://)?(?:[\w-]+\.)*amazon\.[a-z]{2,3}(?:\.[a-z]{2})?(?:[/?#][^\s<>\"')\]]*)?", re.I
)
# Amazon's signature and postal lines: "Amazon.com", "Amazon EU S.à r.l., 38 avenue …",
# "© 2026 Amazon.com, Inc. or its affiliates", "Amazon.co.jp カスタマーサービス".
_AMAZON_LINE = re.compile(
    r"^[\W\d_]*(?:amazon\b|アマゾン).*$|^.*(?:©|\(c\)|copyright).*amazon.*$", re.I | re.M
)
# Where a quoted chunk begins: "On … wrote:" and its translations, a client's "<address>:"
# line, "-----Original Message-----", a helpdesk's reply marker.
QUOTE_HEADER = re.compile(
    r"^\s*(?:"
    r"on\b.{0,200}\bwrote:|am\b.{0,200}\bschrieb.{0,40}:|.{0,200}\bschrieb am\b.{0,200}:|"
    r"le\b.{0,200}\ba écrit\s*:|el\b.{0,200}\bescribió:|il\b.{0,200}\bha scritto:|"
    r"op\b.{0,200}\bschreef.{0,40}:|den\b.{0,200}\bskrev.{0,40}:|em\b.{0,200}\bescreveu:|"
    r".{0,200}napisał(?:\(a\))?:|w dniu\b.{0,200}\bpisze:|.{0,200}のメッセージ[:：]?|"
    r".{0,200}<[^<>\s@]+@[^<>\s]+>\s*(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|skrev|"
    r"escreveu|napisał\(a\)|pisze)?\s*[:：]|"
    r"-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|"
    r"messaggio originale|oorspronkelijk bericht|ursprungligt meddelande|oryginalna wiadomość|"
    r"mensagem original|forwarded message)\s*-{2,}|"
    r"(?:from|von|de|da|van|från|od|差出人)\s*:\s.*"
    r")\s*$",
    re.I,
)
OUTLOOK_SENT = re.compile(
    r"^\s*(?:sent|gesendet|envoyé|enviado|inviato|verzonden|skickat|wysłano|送信日時|date|datum|data)\s*:",
    re.I,
)
SEPARATOR = re.compile(r"^\s*(?:[-_=*]\s*){10,}$")
HISTORY_HINT = re.compile(
    r"amazon marketplace|\bwrote\b|schrieb|a écrit|escribió|ha scritto|schreef|skrev|escreveu|pisze|"
    r"^\s*(?:from|von|de|da|sent|date|gesendet|envoyé)\s*:|"
    r"\b\d{1,2}[ ./-](?:[^\W\d_]{3,9}|\d{1,2})[ ./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\d{4}年\d{1,2}月",
    re.I,
)
# Lines end at a line feed (CRLF and CR too, and the Unicode line and paragraph separators),
# never at the control characters str.splitlines() also breaks on (NEL, \x1c-\x1e): a reader
# sees none of those, and fold removes them, so they must not split a link or a number.
_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029]")
_LINE = re.compile(r"[^\n]*\n|[^\n]+$")
_ONLY_LF = re.compile(r"[^\r\u2028\u2029]*")  # the usual case: plain str.split is enough
_QUOTE_PREFIX = re.compile(r"^(?:[ \t]*>)+[ \t]?")


def unquote_line(line: str) -> str:
    """A line without its ``>`` quote marks."""
    return _QUOTE_PREFIX.sub("", line) if line.lstrip().startswith(">") else line


def starts_quote_header(lines: list[str], i: int) -> bool:
    """``lines[i]`` begins a quoted message ("From:" only with a "Sent:" line after it)."""
    line = lines[i]
    if ":" not in line and "：" not in line and "--" not in line and "メッセージ" not in line:
        return False  # every quote header has one of these: skip the costly pattern for prose
    if not QUOTE_HEADER.match(line):
        return False
    if line.lstrip()[:5].lower() not in ("from:", "von: ", "de: ", "da: ", "van: ", "od: "):
        return True
    return any(OUTLOOK_SENT.match(x) for x in lines[i + 1 : i + 5])


def starts_history(lines: list[str], i: int) -> bool:
    """A rule line followed by a name or date: a helpdesk's conversation history."""
    if lines[i].lstrip()[:1] not in ("-", "_", "=", "*") or not SEPARATOR.match(lines[i]):
        return False
    following = [line for line in lines[i + 1 : i + 8] if line.strip()][:4]
    return any(HISTORY_HINT.search(line) for line in following)


def notice_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` (quoted history) that are Amazon's notification text."""
    if "amazon" not in text.lower():
        return []
    lines = _LINE.findall(text)
    bare = [unquote_line(line) for line in lines]
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    bounds = [i for i in range(len(bare)) if starts_quote_header(bare, i) or starts_history(bare, i)]
    spans: list[tuple[int, int]] = []
    for start, end in zip([0, *bounds], [*bounds, len(bare)], strict=True):
        if start < end and _is_amazon_chunk(bare, start, end, start in bounds):
            spans.extend((offsets[a], offsets[b]) for a, b in _notice_lines(bare, start, end))
    return spans


def _is_amazon_chunk(bare: list[str], start: int, end: int, has_header: bool) -> bool:
    if has_header and "amazon" in _header(bare, start, end).lower():
        return True
    body = "".join(bare[start:end])
    return has_evidence(body) or any(BLOCK_START.match(x) for x in bare[start:end])


def _header(bare: list[str], start: int, end: int) -> str:
    """The sender part of a chunk's header: the header line, and after a rule line the first
    two lines that follow (name, date)."""
    first = bare[start]
    if not SEPARATOR.match(first):
        return first
    following = [x for x in bare[start + 1 : end] if x.strip()][:2]
    return "".join([first, *following])


def _notice_lines(bare: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Line ranges of an Amazon chunk outside the buyer's message block."""
    ranges: list[tuple[int, int]] = []
    begin: int | None = start
    for i in range(start, end):
        line = bare[i]
        if begin is not None and BLOCK_START.match(line):
            ranges.append((begin, i + 1))
            begin = None
        elif begin is None and (BLOCK_END.match(line) or _LINE_EVIDENCE(line)):
            begin = i  # the end rule, or Amazon's reply link where the end rule is missing
    if begin is not None:
        ranges.append((begin, end))
    return ranges


def blank_amazon_text(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with Amazon's links, relay addresses, token and signature lines inside ``spans``
    blanked."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for a, b in spans:
        out.append(text[pos:a])
        out.append(_blank_notice(text[a:b]))
        pos = b
    out.append(text[pos:])
    return "".join(out)


def _blank_notice(chunk: str) -> str:
    low = chunk.lower()
    if "amazon" in low or "アマゾン" in chunk:
        chunk = _blank_amazon_lines(chunk, low)
        chunk = _replace_at(chunk, _anchored(chunk, _URL, "amazon.", _amazon_url), lambda _: " ")
    chunk = blank_relays(chunk)
    return TOKEN.sub(" ", chunk) if "[commmgrtok:" in chunk.lower() else chunk


def _amazon_url(m: re.Match[str]) -> bool:
    """A whole URL on an Amazon host, not "amazon.de" inside another URL's path or host name."""
    before = m.string[m.start() - 1] if m.start() else " "
    return before not in _URL_INNER and is_amazon_host(url_host(m.group(0)))


def blank_relays(text: str) -> str:
    """``text`` with Amazon relay addresses blanked."""
    return _replace_at(text, _anchored(text, RELAY, "marketplace.amazon.", lambda _: True), lambda _: " ")


def _blank_amazon_lines(chunk: str, low: str) -> str:
    """Amazon's signature and postal lines blanked (only lines that name Amazon are tried)."""
    lines = chunk.split("\n")
    if "アマゾン" not in chunk and len(lines) > 1:
        low_lines = low.split("\n")
        if len(low_lines) != len(lines):  # lower() changed a line's length: take the slow path
            return _AMAZON_LINE.sub(" ", chunk)
        return "\n".join(
            _AMAZON_LINE.sub(" ", line) if "amazon" in lo else line
            for line, lo in zip(lines, low_lines, strict=True)
        )
    return _AMAZON_LINE.sub(" ", chunk)


# Characters a URL host or an address's local part is made of, read backwards from a literal.
_HOSTISH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-+@:/")
_URL_INNER = _HOSTISH - {":"}  # what cannot stand right before the start of a URL
_BACK = 300  # how far back from the literal a match may start


def _anchored(
    text: str, pattern: re.Pattern[str], needle: str, keep: Callable[[re.Match[str]], bool]
) -> list[tuple[int, int]]:
    """Spans of ``pattern`` matches that contain ``needle`` (lower case), found by looking for the
    literal first and matching only just before it: the patterns begin with a character class,
    which Python's engine would otherwise try at every position of a long quote.

    Linear: the walk back from a literal stops at the previous literal or match (a match
    reaching over it was already tried there), so each position is tried once, and the next
    literal is looked for after the match."""
    low = text.lower()
    if len(low) != len(text):  # lower() changed the length ("İ"): offsets differ, scan it all
        return [m.span() for m in pattern.finditer(text) if needle in m.group(0).lower() and keep(m)]
    spans: list[tuple[int, int]] = []
    floor = 0
    i = low.find(needle)
    while i >= 0:
        start = i
        while start > floor and text[start - 1] in _HOSTISH and i - start < _BACK:
            start -= 1
        m = next(
            (m for pos in range(start, i + 1) if (m := pattern.match(text, pos)) and m.end() > i),
            None,
        )
        if m is not None and keep(m):
            spans.append(m.span())
        # A match that is not kept ("x/amazon.de/…" inside another URL) is skipped whole: what
        # lies inside it is inside that URL too.
        floor = m.end() if m is not None else i + 1
        i = low.find(needle, floor)
    return spans


def _replace_at(text: str, spans: list[tuple[int, int]], by: Callable[[str], str]) -> str:
    if not spans:
        return text
    out, pos = [], 0
    for a, b in spans:
        out += [text[pos:a], by(text[a:b])]
        pos = b
    out.append(text[pos:])
    return "".join(out)


def url_host(url: str) -> str:
    """The host of ``url`` (scheme optional), lower case."""
    rest = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.I)
    return re.split(r"[/?#:]", rest, maxsplit=1)[0].lower()


def split_quoted(text: str) -> tuple[str, str]:
    """Split a plain-text body into (own text, quoted history).

    Quoted: ``>`` lines, everything from a quote header or a helpdesk's history rule on, and
    Amazon's message block wherever a helpdesk pasted it without quote marks (with Amazon's
    text after it, when that carries the notification's marks).
    """
    lines = text.split("\n") if _ONLY_LF.fullmatch(text) else _BREAK.split(text)
    own: list[str] = []
    quoted: list[str] = []
    in_quote = in_block = False
    for i, line in enumerate(lines):
        if not in_quote and (starts_quote_header(lines, i) or starts_history(lines, i)):
            in_quote = True
        if not in_block and BLOCK_START.match(line):
            in_block = True
        elif in_block and BLOCK_END.match(line):
            in_block = False
            quoted.append(line)
            in_quote = in_quote or has_evidence("\n".join(lines[i + 1 :]))
            continue
        if in_quote or in_block or line.lstrip().startswith(">"):
            quoted.append(line)
        else:
            own.append(line)
    return "\n".join(own), "\n".join(quoted)

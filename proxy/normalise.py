"""Normalise stage: ``ParsedMessage`` → ``Document``: what a buyer sees and could follow, folded."""

from __future__ import annotations

import re
import unicodedata

import re2

from proxy import htmltext, quotes
from proxy.amazon import is_amazon_host, is_amazon_image_host
from proxy.models import Document, Kind, Origin, ParsedMessage, Segment
from proxy.quotes import split_quoted

# --------------------------------------------------------------------------- folding

# Letters that look like Latin ones (Cyrillic, Greek) → Latin. NFKC already folds full-width.
_HOMOGLYPHS = {
    "а": "a",
    "е": "e",
    "о": "o",
    "р": "p",
    "с": "c",
    "у": "y",
    "х": "x",
    "і": "i",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "ɡ": "g",
    "һ": "h",
    "ⅼ": "l",
    "ո": "n",
    "ԛ": "q",
    "ԝ": "w",
    "ν": "v",
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "Х": "X",
    "У": "Y",
    "І": "I",
    "Ј": "J",
    "Ѕ": "S",
    "α": "a",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "ι": "i",
    "κ": "k",
    "ε": "e",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    "\u2024": ".",
    "\u2027": ".",
    "\uff0e": ".",
    "\u3002": "。",
}
_INVISIBLE = "".join(
    chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf" and c not in (0x200C, 0x200D)
)
_FOLD_TABLE = str.maketrans(
    {
        **_HOMOGLYPHS,
        **{ch: None for ch in _INVISIBLE},
        "\u200c": None,
        "\u200d": None,
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
    }
)

# (at) [at] {at} (dot) [dot] {dot}: never written by accident.
_BRACKET_AT = re.compile(r"\s*[\(\[\{<]\s*(?:at|@|arobase|arroba|chiocciola|ät)\s*[\)\]\}>]\s*", re.I)
_BRACKET_DOT = re.compile(r"\s*[\(\[\{<]\s*(?:dot|\.|punkt|point|punto)\s*[\)\]\}>]\s*", re.I)
# Three or more single letters/digits separated by single spaces: "w w w", "5 5 5 - 0 1 9 9".
_SPACED = re.compile(r"(?<![^\s(\[])(?:[A-Za-z0-9@.+\-][ \t]){3,}[A-Za-z0-9@.+\-](?![^\s)\].,:;!?])")

_NUMBER_WORDS = {
    # en
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    # de
    "null": "0",
    "eins": "1",
    "zwei": "2",
    "zwo": "2",
    "drei": "3",
    "vier": "4",
    "fünf": "5",
    "sechs": "6",
    "sieben": "7",
    "acht": "8",
    "neun": "9",
    # fr
    "zéro": "0",
    "un": "1",
    "deux": "2",
    "trois": "3",
    "quatre": "4",
    "cinq": "5",
    "sept": "7",
    "huit": "8",
    "neuf": "9",
    # es
    "cero": "0",
    "uno": "1",
    "dos": "2",
    "tres": "3",
    "cuatro": "4",
    "cinco": "5",
    "seis": "6",
    "siete": "7",
    "ocho": "8",
    "nueve": "9",
    # it
    "zero_it": "0",
    "due": "2",
    "tre": "3",
    "quattro": "4",
    "cinque": "5",
    "sei": "6",
    "sette": "7",
    "otto": "8",
    "nove": "9",
}
_NUMBER_WORD_RE = re.compile(
    r"(?<![\w])(?:(?:"
    + "|".join(sorted((w for w in _NUMBER_WORDS if "_" not in w), key=len, reverse=True))
    + r")(?:[\s,\-/.]+|$)){4,}",
    re.I,
)
_KANJI_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_KANJI_RUN = re.compile(r"[〇零一二三四五六七八九]{6,}")


def _ranges(chars: str) -> str:
    """A regex character class body for ``chars`` written as ranges (fast to match)."""
    points = sorted({ord(c) for c in chars})
    spans: list[list[int]] = []
    for p in points:
        if spans and spans[-1][1] == p - 1:
            spans[-1][1] = p
        else:
            spans.append([p, p])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans
    )


_NEEDS_TRANSLATE = re.compile(
    "[" + _ranges("".join(_HOMOGLYPHS) + _INVISIBLE + "\u00a0\u202f\u2007\u200c\u200d") + "]"
)
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.case_sensitive = False
# One linear-time scan that says whether any of the (slower) rewrites below can apply.
_NUMBER_ALT = "|".join(sorted((w for w in _NUMBER_WORDS if "_" not in w), key=len, reverse=True))
_NEEDS_REWRITE = re2.compile(
    r"[\(\[\{<]\s*(?:at|@|arobase|arroba|chiocciola|ät|dot|\.|punkt|point|punto)\s*[\)\]\}>]"
    r"|(?:^|\s)(?:[A-Za-z0-9@.+\-][ \t]){3,}[A-Za-z0-9@.+\-]"
    rf"|\b(?:(?:{_NUMBER_ALT})[\s,\-/.]+){{3,}}(?:{_NUMBER_ALT})\b"
    r"|[〇零一二三四五六七八九]{6,}",
    _RE2_OPTIONS,
)


# U+202E (right-to-left override) shows the characters after it reversed, up to U+202C or the
# end of the line: "\u202emoc.pohs//:sptth" reads as a link. Matching sees both the characters
# as stored (clients link those) and as shown (a buyer reads and types those).
_RLO_RUN = re.compile("\u202e([^\u202c\n]*)\u202c?")


def fold(text: str) -> str:
    """Fold ``text`` for matching: NFKC, no invisible characters, Latin look-alikes, joined spacing."""
    out = text
    if not out.isascii():
        if "\u202e" in out:
            out += "\n" + _RLO_RUN.sub(lambda m: m.group(1)[::-1], out)
        if not unicodedata.is_normalized("NFKC", out):
            out = unicodedata.normalize("NFKC", out)
        if _NEEDS_TRANSLATE.search(out):
            out = out.translate(_FOLD_TABLE)
    if not _NEEDS_REWRITE.search(out):
        return out
    out = _BRACKET_AT.sub("@", out)
    out = _BRACKET_DOT.sub(".", out)
    out = _SPACED.sub(lambda m: re.sub(r"[ \t]", "", m.group(0)), out)
    out = _NUMBER_WORD_RE.sub(_number_words, out)
    if not out.isascii():
        out = _KANJI_RUN.sub(lambda m: m.group(0).translate(_KANJI_DIGITS), out)
    return out


def _number_words(m: re.Match[str]) -> str:
    words = re.findall(r"[^\W\d_]+", m.group(0))
    digits = [_NUMBER_WORDS.get(w.lower(), "") for w in words]
    trailing = m.group(0)[len(m.group(0).rstrip()) :]
    return "".join(digits) + trailing


# --------------------------------------------------------------------------- reply or proactive

_REPLY_PREFIX = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)*(?:re|aw|r|sv|odp|antw|wg|rif|rv|res|vs|回复|答复|返信)\s*(?:\[\d+\])?\s*[:：]",
    re.I,
)


def classify(parsed: ParsedMessage) -> Kind:
    if parsed.header("In-Reply-To") or parsed.header("References"):
        return Kind.REPLY
    return Kind.REPLY if _REPLY_PREFIX.match(parsed.subject) else Kind.PROACTIVE


# --------------------------------------------------------------------------- quoted history

# Amazon's own addresses and links anywhere in quoted history are not the seller's; inside
# Amazon's notification (proxy.quotes) its other links and signature lines are not either.
_AMAZON_BOILERPLATE = re.compile(
    r"https?://(?:www\.)?amazon\.[a-z.]{2,10}/gp/communication-manager/\S*"
    r"|\[commMgrTok:[^\]]*\]"
    r"|copyright\s+\d{4}\s+amazon\S*[^\n]*"
    r"|amazon\.com, 410 terry avenue[^\n]*"
    r"|[a-z0-9._+\-]+@(?:m\.)?marketplace\.amazon\.[a-z.]{2,10}",
    re.I,
)


def strip_amazon_boilerplate(text: str) -> str:
    """Quoted ``text`` without Amazon's own notification text."""
    text = quotes.blank_amazon_text(text, quotes.notice_spans(text))
    return _AMAZON_BOILERPLATE.sub(" ", text) if "amazon" in text.lower() or "commMgr" in text else text


# --------------------------------------------------------------------------- the stage


def normalise(parsed: ParsedMessage) -> Document:
    segments: list[Segment] = []
    if parsed.subject:
        segments.append(_segment(Origin.SUBJECT, parsed.subject))
    for i, body in enumerate(parsed.text_parts):
        own, quoted = split_quoted(body.replace("\r\n", "\n"))
        if own.strip():
            segments.append(_segment(Origin.TEXT, own, part=i))
        if quoted.strip():
            segments.append(_segment(Origin.TEXT, strip_amazon_boilerplate(quoted), part=i, quoted=True))
    links: list[htmltext.RawLink] = []
    images: list[htmltext.RawImage] = []
    for i, html in enumerate(parsed.html_parts):
        view = htmltext.render(html, mark=True)
        amazon_links: set[int] = set()
        amazon_images: set[int] = set()
        for block in view.blocks:
            origin = Origin.HIDDEN if block.hidden else Origin.HTML
            own, quoted = ("", block.text) if block.quoted else split_quoted(block.text)
            own = _unmark(own)
            if own.strip():
                segments.append(_segment(origin, own, part=i))
            if _unmark(quoted).strip():
                spans = quotes.notice_spans(quoted)
                for a, b in spans:
                    amazon_links |= htmltext.marked_serials(quoted[a:b], htmltext.LINK_MARK)
                    amazon_images |= htmltext.marked_serials(quoted[a:b], htmltext.IMAGE_MARK)
                text = _unmark(quotes.blank_amazon_text(quoted, spans))
                segments.append(_segment(origin, strip_amazon_boilerplate(text), part=i, quoted=True))
        links += [link.with_part(i) for link in view.links
                  if not (link.serial in amazon_links and _amazon_href(link.href))]
        images += [img.with_part(i) for img in view.images
                   if not (img.serial in amazon_images and _amazon_src(img.attrs.get("src", "")))]
    for i, att in enumerate(parsed.attachments):
        if att.filename:
            segments.append(_segment(Origin.ATTACHMENT, att.filename, part=i))
    link_objs = tuple(link.to_model(fold) for link in links)
    image_objs = tuple(img.to_model(fold) for img in images)
    for link_obj in link_objs:
        segments.append(
            _segment(Origin.LINK, link_obj.href, part=link_obj.part, quoted=link_obj.quoted)
        )
    for img in image_objs:
        if img.alt.strip():
            segments.append(_segment(Origin.ALT, img.alt, part=img.part, quoted=img.quoted))
    return Document(
        parsed=parsed,
        kind=classify(parsed),
        segments=tuple(segments),
        links=link_objs,
        images=image_objs,
    )


def _unmark(text: str) -> str:
    return htmltext.MARKS.sub("", text) if "\ue000" in text or "\ue001" in text else text


def _amazon_href(href: str) -> bool:
    """A link to Amazon's own site: inside Amazon's notification it is Amazon's, not the seller's."""
    return is_amazon_host(quotes.url_host(fold(href)))


def _amazon_src(src: str) -> bool:
    return is_amazon_image_host(quotes.url_host(fold(src)))


def _segment(origin: Origin, text: str, part: int = 0, quoted: bool = False) -> Segment:
    return Segment(origin=origin, text=text, folded=fold(text), part=part, quoted=quoted)

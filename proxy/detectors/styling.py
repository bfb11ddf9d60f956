"""``styling`` detector: emoji, animated GIFs, http: images, CSS overrides, blank lines."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import re2

from proxy.detectors import pixels
from proxy.detectors.base import Context, excerpt
from proxy.excerpts import clip
from proxy.models import (
    Action,
    Category,
    Document,
    Edit,
    EditKind,
    Finding,
    Origin,
)
from proxy.pipeline import filetype
from proxy.pipeline.quotes import split_quoted

# Pictographs in the supplementary plane, emoji shown as emoji by default in the basic plane,
# any symbol forced to emoji presentation (U+FE0F) and keycaps. Not ™ © ® or ★ ■ ※ ♪. Hearts,
# smileys and hands (❤ ♥ ☺ ☹ ✌ ☝) default to text but every phone and webmail shows them as emoji.
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2764\u2665\u263a\u2639\u270c\u261d\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615"
    "\u2648-\u2653\u267f\u2693\u26a1\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce\u26d4"
    "\u26ea\u26f2\u26f3\u26f5\u26fa\u26fd\u2705\u270a\u270b\u2728\u274c\u274e"
    "\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55]"
)
_EMOJI_SEQUENCE = re.compile("[\u2000-\u2121\u2123-\u32ff]\ufe0f|[0-9#*]\ufe0f?\u20e3")
_EMOJI_ORIGINS = (Origin.SUBJECT, Origin.TEXT, Origin.HTML, Origin.HIDDEN, Origin.ALT)

# Matched at a position found with str.find: scanning with these patterns would be slow.
_STYLE_ATTR_AT = re.compile(r"""style\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.I | re.S)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_FAMILY = re.compile(r"(?<![-\w])font(?:-family)?\s*:\s*([^;}]+)", re.I)
_COLOUR = re.compile(r"(?<![-\w])(?:color|background(?:-color)?)\s*:\s*([^;}]+)", re.I)
_SIZE = re.compile(r"(?<![-\w])font-size\s*:\s*([^;}!]+)", re.I)
_CENTRE_CSS = re.compile(r"(?<![-\w])text-align\s*:\s*center", re.I)
_ALIGN_ATTR = re.compile(r"""\salign\s*=\s*["']?center\b""", re.I)
_TAG_NAME = re.compile(r"<\s*(\w+)")
_FONT_TAG = re.compile(r"<(?:font|basefont)\b([^>]*)>", re.I)
_PRESENTATION = re.compile(
    r"""\s(face|color|size|bgcolor|text|link|vlink|alink)\s*=\s*["']?([^"'\s>]*)""", re.I
)
_BGCOLOR = re.compile(r"""\sbgcolor\s*=\s*["']?([^"'\s>]*)""", re.I)
_TAGS = re.compile(r"<[^>]*>")
_HTTP_CSS = re.compile(r"""(?:url\(|background\s*=)\s*["']?http:""", re.I)
_BLANK_TEXT = re.compile(r"\n(?:[ \t\r]*\n){3,}")
_EMPTY_BLOCK = (
    r"<(?:p|div)\b[^>]*>(?:\s|&nbsp;|&#160;|&#xa0;|<br\s*/?>|</?o:p>|</?span\b[^>]*>)*"
    r"</(?:p|div)\s*>\s*"
)
# RE2 scans this one in linear time; Python's engine backtracks on every paragraph.
_BLANK_BLOCKS = re2.compile(rf"(?i)(?:{_EMPTY_BLOCK}){{3,}}")
_BLANK_BREAKS = re.compile(r"<br\s*/?>(?:\s*<br\s*/?>){3,}", re.I)
# Values that do not override anything (inherit the reader's default).
_NEUTRAL = frozenset("inherit initial unset currentcolor auto none transparent windowtext revert".split())
_WHITE = frozenset(("#fff", "#ffffff", "white", "rgb(255,255,255)"))
# A reader's defaults restated (Thunderbird writes <body text="#000000" bgcolor="#FFFFFF">).
_DEFAULT_TEXT = frozenset(("#000", "#000000", "black", "rgb(0,0,0)", "windowtext"))
_LAYOUT_TAGS = frozenset(("table", "img", "html"))


def detect(doc: Document, ctx: Context) -> list[Finding]:
    """Emoji, animated GIFs, http: images, CSS overrides and runs of blank lines."""
    findings = [f for f in (_emoji(doc), _http_images(doc)) if f is not None]
    findings.extend(_animated_gifs(doc))
    css_edit = Edit(EditKind.STRIP_CSS)
    for part in doc.parsed.html_parts:
        for rule, text, reason in _css_overrides(part):
            findings.append(_styling(rule, Action.REWRITE, text, "html", reason, css_edit))
    blank = _blank_lines(doc)
    if blank is not None:
        findings.append(blank)
    return findings


def _styling(
    rule: str, action: Action, text: str, where: str, reason: str, edit: Edit | None = None
) -> Finding:
    return Finding(
        rule=rule,
        category=Category.STYLING,
        action=action,
        excerpt=clip(text),
        where=where,
        reason=reason,
        edit=edit,
    )


def _emoji(doc: Document) -> Finding | None:
    for seg in doc.texts(*_EMOJI_ORIGINS):
        if not _beyond_latin1(seg.text):
            continue
        m = _EMOJI.search(seg.text)
        if m is None and ("\ufe0f" in seg.text or "\u20e3" in seg.text):
            m = _EMOJI_SEQUENCE.search(seg.text)
        if m:
            return _styling(
                "styling.emoji",
                Action.REJECT,
                excerpt(seg.text, m.start(), m.end()),
                seg.origin.value,
                "emoji are not allowed in messages to buyers",
            )
    return None


def _beyond_latin1(text: str) -> bool:
    """Whether ``text`` has a character above U+00FF (every emoji is): a C-speed pre-check."""
    if text.isascii():
        return False
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return True
    return False


def _animated_gifs(doc: Document) -> Iterator[Finding]:
    for att in doc.parsed.attachments:
        if filetype.is_animated_gif(att.data):
            yield _styling(
                "styling.animated_gif",
                Action.REJECT,
                att.filename or att.content_id or "image/gif",
                "attachment",
                "animated GIFs are not allowed",
            )


def _http_images(doc: Document) -> Finding | None:
    http = [img.src for img in doc.images if img.src.lower().startswith("http:")]
    # A beacon on http: is one tracking_pixel finding, stripped by its rewrite; not styling too.
    beacons = pixels.beacon_sources(doc) if http else frozenset()
    src = next((s for s in http if s not in beacons), None)
    if src is not None:
        return _styling(
            "styling.http_image", Action.REJECT, src, Origin.IMAGE.value, "an image loaded over plain http:"
        )
    for part in doc.parsed.html_parts:
        m = _HTTP_CSS.search(part) if "http:" in part or "HTTP:" in part else None
        if m:
            return _styling(
                "styling.http_image",
                Action.REJECT,
                excerpt(part, m.start(), m.end(), 60),
                "html",
                "a background image loaded over plain http:",
            )
    return None


def _css_overrides(part: str) -> Iterator[tuple[str, str, str]]:
    """(rule, excerpt, reason) for the style overrides of one HTML part."""
    lower = part.lower()
    # All style declarations in one string: one regex pass each instead of one per attribute.
    styles = "\n;".join(_styles(part, lower))
    presentational = _presentational(part, lower)
    family = next(
        (m.group(0) for m in _FAMILY.finditer(styles) if _norm(m.group(1)) not in _NEUTRAL), ""
    ) or _attr(presentational, "face")
    if family:
        yield "styling.font_family", family, "font family override"
    colour = _colour(styles, presentational, part if "bgcolor" in lower else "")
    if colour:
        white = _norm(colour.split(":", 1)[-1].split("=", 1)[-1]) in _WHITE
        yield (
            "styling.colour",
            colour,
            ("white text (hidden by its colour)" if white else "text or background colour override"),
        )
    sizes = _font_sizes(styles, presentational)
    if len(sizes) > 3:
        yield "styling.font_sizes", ", ".join(sorted(sizes)), f"{len(sizes)} font sizes (max 3)"
    centred = _centred(part, lower) if "center" in lower else ""
    if centred:
        yield "styling.centred", centred, "centred body text"


def _styles(part: str, lower: str) -> list[str]:
    """Style attribute values (entity-decoded) and ``<style>`` block contents."""
    out: list[str] = []
    pos = lower.find("style")
    while pos >= 0:
        if pos > 0 and lower[pos - 1] in " \t\r\n\"'/":
            m = _STYLE_ATTR_AT.match(part, pos)
            if m:
                value = m.group(1) if m.group(1) is not None else m.group(2)
                out.append(html.unescape(value) if "&" in value else value)
        pos = lower.find("style", pos + 5)
    if "<style" in lower:
        out += [_CSS_COMMENT.sub(" ", m.group(1)) for m in _STYLE_BLOCK.finditer(part)]
    return out


def _presentational(part: str, lower: str) -> list[re.Match[str]]:
    """Presentational attributes of ``<font>`` and ``<body>`` (face, color, size, link …)."""
    out: list[re.Match[str]] = []
    if "<font" in lower or "<basefont" in lower:
        out += [m for tag in _FONT_TAG.finditer(part) for m in _PRESENTATION.finditer(tag.group(1))]
    body = lower.find("<body")
    if body >= 0:
        end = lower.find(">", body)
        out += list(_PRESENTATION.finditer(part, body + 5, end if end >= 0 else len(part)))
    return out


def _attr(matches: list[re.Match[str]], *names: str) -> str:
    for m in matches:
        if m.group(1).lower() in names and m.group(2):
            return m.group(0).strip()
    return ""


def _colour(styles: str, presentational: list[re.Match[str]], part: str) -> str:
    for m in _COLOUR.finditer(styles):
        value = _norm(m.group(1))
        default = _WHITE if m.group(0).lower().startswith("background") else _DEFAULT_TEXT
        if value not in _NEUTRAL and value not in default and "url(" not in value:
            return m.group(0)
    for m in presentational:
        name = m.group(1).lower()
        if name in ("link", "vlink", "alink") or (
            name in ("color", "text") and _norm(m.group(2)) not in _DEFAULT_TEXT | {""}
        ):
            return m.group(0).strip()
    for m in _BGCOLOR.finditer(part):
        if _norm(m.group(1)) not in _WHITE | _NEUTRAL:
            return m.group(0).strip()
    return ""


def _norm(value: str) -> str:
    return re.sub(r"\s+|!important|[\"']", "", value.lower())


def _font_sizes(styles: str, presentational: list[re.Match[str]]) -> set[str]:
    sizes = {_norm(value) for value in {m.group(1) for m in _SIZE.finditer(styles)}}
    sizes |= {f"size={m.group(2)}" for m in presentational if m.group(1).lower() == "size"}
    # font-size:0 hides text (another category); it is not a size a reader sees.
    return {s for s in sizes if s and not re.match(r"^0(?:\.0*)?[a-z%]*$", s)}


def _centred(part: str, lower: str) -> str:
    """The first centred element that holds visible text, or a centring CSS rule."""
    pos = lower.find("center")
    while pos >= 0:
        start = lower.rfind("<", 0, pos)
        end = lower.find(">", pos)
        if start >= 0 and end >= 0 and lower.rfind(">", start, pos) < 0:
            found = _centred_tag(part, lower, start, end + 1)
            if found:
                return found
        pos = lower.find("center", pos + 6)
    for block in _STYLE_BLOCK.finditer(part):
        m = _CENTRE_CSS.search(block.group(1))
        if m:
            return m.group(0)
    return ""


def _centred_tag(part: str, lower: str, start: int, end: int) -> str:
    """The tag at ``part[start:end]`` when it centres text (``<center>``, align, text-align)."""
    tag = part[start:end]
    name = _TAG_NAME.match(tag)
    if name is None:
        return ""
    tag_name = name.group(1).lower()
    css = _CENTRE_CSS.search(tag)
    if tag_name != "center" and not css and not _ALIGN_ATTR.search(tag):
        return ""
    if tag_name in _LAYOUT_TAGS and not css:
        return ""  # align=center on a table centres the layout column, not the text
    close = lower.find(f"</{tag_name}", end)
    content = part[end : close if close >= 0 else end + 2000]
    return " ".join(tag.split())[:120] if _has_text(content) else ""


def _blank_html(part: str) -> str:
    m = _BLANK_BLOCKS.search(part)
    if m is not None:
        return str(m.group(0))[:120]
    br = _BLANK_BREAKS.search(part) if "<br" in part or "<BR" in part else None
    return br.group(0)[:120] if br else ""


def _ends_own_text(text: str, end: int) -> bool:
    """Whether only quoted history (or nothing) follows a blank run: the gap a mail client
    leaves between the reply and the quote (often where the HTML alternative has a logo)."""
    own, _ = split_quoted(text[end:].replace("\r\n", "\n"))
    return not own.strip()


def _has_text(fragment: str) -> bool:
    return bool(html.unescape(_TAGS.sub(" ", fragment)).strip())


def _blank_lines(doc: Document) -> Finding | None:
    edit = Edit(EditKind.COLLAPSE_BLANK_LINES)
    for text in doc.parsed.text_parts:
        m = _BLANK_TEXT.search(text)
        while m is not None and _ends_own_text(text, m.end()):
            m = _BLANK_TEXT.search(text, m.end())
        if m:
            lines = m.group(0).count("\n") - 1
            return _styling(
                "styling.blank_lines",
                Action.REWRITE,
                f"{lines} blank lines in a row",
                Origin.TEXT.value,
                "more than two blank lines in a row",
                edit,
            )
    for part in doc.parsed.html_parts:
        found = _blank_html(part)
        if found:
            return _styling(
                "styling.blank_lines",
                Action.REWRITE,
                found,
                Origin.HTML.value,
                "more than two blank lines in a row",
                edit,
            )
    return None

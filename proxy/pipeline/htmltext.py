"""HTML → what a reader sees: visible text blocks, hidden text, links and images (stdlib parser)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from proxy.models import Image, Link

_BLOCK = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "td",
        "th",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "center",
        "dt",
        "dd",
        "address",
        "form",
    ]
)
_SKIP = frozenset(("script", "style", "head", "title", "noscript", "template", "xml", "svg"))
_VOID = frozenset(
    ["br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"]
)
_QUOTE_CLASSES = re.compile(
    r"gmail_quote|moz-cite-prefix|yahoo_quoted|divRplyFwdMsg|OutlookMessageHeader|"
    r"zendesk_quote|freshdesk_quote|quoted|history|reply-quote|helpscout-quote",
    re.I,
)
# Outlook writes the quoted message's header in its own element and the quoted message after it,
# outside it ("<div id=divRplyFwdMsg>From: … Subject: …</div><div>the buyer's text</div>"):
# everything after that element is history.
_HISTORY_HEADER = re.compile(r"divRplyFwdMsg|OutlookMessageHeader", re.I)
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?<![-\w])font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|$|!)"
    r"|(?<![-\w])(?:max-)?height\s*:\s*0(?:px)?\s*(?:;|$|!).*overflow\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)",
    re.I,
)
_COLOR = re.compile(r"(?<![-\w])color\s*:\s*([^;]+)", re.I)
_BGCOLOR = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.I)
_WHITE = frozenset(("#fff", "#ffffff", "white", "rgb(255,255,255)", "#fefefe", "#fdfdfd"))


@dataclass
class Block:
    text: str
    hidden: bool
    quoted: bool


# With ``render(mark=True)`` each link and image leaves a mark in the text where it stands:
# LINK_MARK or IMAGE_MARK, then one character that encodes its serial. Normalise uses them to
# tell which links and images stand inside Amazon's quoted notification, then removes them.
LINK_MARK = "\ue000"
IMAGE_MARK = "\ue001"
_SERIAL_BASE = 0xF0000
MARKS = re.compile("[\ue000\ue001][\U000f0000-\U000ffffd]|[\ue000\ue001]")


def marked_serials(text: str, mark: str) -> set[int]:
    """Serials of the links (``LINK_MARK``) or images (``IMAGE_MARK``) marked in ``text``."""
    found: set[int] = set()
    i = text.find(mark, 0, len(text) - 1)
    while i >= 0:
        found.add(ord(text[i + 1]) - _SERIAL_BASE)
        i = text.find(mark, i + 1, len(text) - 1)
    return found


@dataclass(frozen=True)
class RawLink:
    href: str
    text: str
    quoted: bool
    has_image: bool
    part: int = 0
    serial: int = -1

    def with_part(self, part: int) -> RawLink:
        return replace(self, part=part)

    def to_model(self, fold: Callable[[str], str]) -> Link:
        return Link(
            href=self.href,
            text=fold(self.text),
            part=self.part,
            quoted=self.quoted,
            has_image=self.has_image,
            target=fold(self.href).strip(),
        )


@dataclass(frozen=True)
class RawImage:
    attrs: dict[str, str]
    hidden: bool
    linked_href: str
    quoted: bool
    part: int = 0
    serial: int = -1

    def with_part(self, part: int) -> RawImage:
        return replace(self, part=part)

    def to_model(self, fold: Callable[[str], str]) -> Image:
        a = self.attrs
        return Image(
            src=a.get("src", "").strip(),
            alt=" ".join(x for x in (a.get("alt", ""), a.get("title", "")) if x),
            width=a.get("width", "") or _css(a.get("style", ""), "width"),
            height=a.get("height", "") or _css(a.get("style", ""), "height"),
            style=a.get("style", ""),
            hidden=self.hidden,
            linked_href=self.linked_href,
            part=self.part,
            quoted=self.quoted,
        )


@dataclass
class View:
    blocks: list[Block] = field(default_factory=list)
    links: list[RawLink] = field(default_factory=list)
    images: list[RawImage] = field(default_factory=list)


def _css(style: str, prop: str) -> str:
    m = re.search(rf"(?<![-\w]){prop}\s*:\s*([^;]+)", style, re.I)
    return m.group(1).strip() if m else ""


def _norm_colour(value: str) -> str:
    return re.sub(r"\s+|!important", "", value.lower())


@dataclass
class _Frame:
    tag: str
    hidden: bool
    quoted: bool
    bg_white: bool
    skip: bool


class _Renderer(HTMLParser):
    def __init__(self, mark: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.mark = mark
        self.view = View()
        self.stack: list[_Frame] = [_Frame("#root", False, False, True, False)]
        self.buf: list[str] = []
        self.state = (False, False)  # (hidden, quoted) of buf
        self.anchor: tuple[str, list[str], bool, int] | None = None  # href, text, has_image, serial
        self.anchors = 0
        self.header_depth = 0  # stack depth of an open Outlook quote header element, or 0

    # -- state
    def _top(self) -> _Frame:
        return self.stack[-1]

    def _flush(self) -> None:
        text = "".join(self.buf)
        if text.strip():
            hidden, quoted = self.state
            self.view.blocks.append(Block(text, hidden, quoted))
        self.buf = []

    def _emit(self, text: str) -> None:
        top = self._top()
        if top.skip:
            return
        state = (top.hidden, top.quoted)
        if state != self.state:
            self._flush()
            self.state = state
        self.buf.append(text)
        if self.anchor is not None:
            self.anchor[1].append(text)

    def _mark(self, kind: str, serial: int) -> None:
        """Leave a link's or image's mark in the text (not in an anchor's own text)."""
        top = self._top()
        if not self.mark or top.skip or serial >= 0xFFFE:
            return
        state = (top.hidden, top.quoted)
        if state != self.state:
            self._flush()
            self.state = state
        self.buf.append(kind + chr(_SERIAL_BASE + serial))

    # Most tags of helpdesk mail are bare ("<p>", "</div>", "<br>"): those skip the base class's
    # general tag scan (four regexes and an attribute loop a tag). What the callbacks receive is
    # the same; anything else, and everything inside <script>/<style>, takes the base class's path.
    def parse_starttag(self, i: int) -> int:
        m = _BARE_TAG.match(self.rawdata, i) if self.cdata_elem is None else None
        if m is None:
            return int(super().parse_starttag(i))
        self._HTMLParser__starttag_text = m.group(0)
        self.lasttag = tag = m.group(1).lower()
        self.handle_starttag(tag, [])
        if tag in self.CDATA_CONTENT_ELEMENTS:
            self.set_cdata_mode(tag)
        return m.end()

    def parse_endtag(self, i: int) -> int:
        m = _BARE_END_TAG.match(self.rawdata, i) if self.cdata_elem is None else None
        if m is None:
            return int(super().parse_endtag(i))
        self.handle_endtag(m.group(1).lower())
        self.clear_cdata_mode()
        return m.end()

    def updatepos(self, i: int, j: int) -> int:
        # The base class counts lines for getpos() (error positions), on every chunk; nothing
        # here asks for positions, so only the return value (always ``j``) is kept.
        return j

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        parent = self._top()
        style = a.get("style", "")
        hidden = parent.hidden or bool(style and _HIDDEN_STYLE.search(style)) or "hidden" in a
        bg = _BGCOLOR.search(style) if style else None  # bgcolor= is read below
        bg_white = parent.bg_white if not bg else _norm_colour(bg.group(1)) in _WHITE
        if a.get("bgcolor"):
            bg_white = _norm_colour(a["bgcolor"]) in _WHITE
        colour = _COLOR.search(style) if style else None
        font_colour = a.get("color", "") if tag == "font" else ""
        if (colour and bg_white and _norm_colour(colour.group(1)) in _WHITE) or (
            font_colour and bg_white and _norm_colour(font_colour) in _WHITE
        ):
            hidden = True
        quoted = (
            parent.quoted
            or tag == "blockquote"
            or bool(
                ("class" in a or "id" in a)
                and _QUOTE_CLASSES.search(a.get("class", "") + " " + a.get("id", ""))
            )
        )
        skip = parent.skip or tag in _SKIP
        if tag in _BLOCK and not skip:
            # A rule keeps its meaning as a history separator for the quote splitter.
            self._emit("\n----------\n" if tag == "hr" else "\n")
        if tag == "a" and not skip:
            self.anchor = (a.get("href", "").strip(), [], False, self.anchors)
            self._mark(LINK_MARK, self.anchors)
            self.anchors += 1
        if tag == "img" and not skip:
            linked = self.anchor[0] if self.anchor else ""
            if self.anchor is not None:
                self.anchor = (self.anchor[0], self.anchor[1], True, self.anchor[3])
            serial = len(self.view.images)
            self._mark(IMAGE_MARK, serial)
            self.view.images.append(RawImage(a, hidden, linked, quoted, serial=serial))
        if tag not in _VOID:
            self.stack.append(_Frame(tag, hidden, quoted, bg_white, skip))
            if not self.header_depth and _HISTORY_HEADER.search(a.get("id", "") + " " + a.get("class", "")):
                self.header_depth = len(self.stack)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        # Close up to the matching tag; tolerate bad nesting.
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                break
        else:
            return
        if self.header_depth and len(self.stack) < self.header_depth:
            # past Outlook's quote header: the elements still open, and all that follows, are history
            for frame in self.stack:
                frame.quoted = True
            self.header_depth = 0
        if tag == "a" and self.anchor is not None:
            href, text, has_image, serial = self.anchor
            if href:
                self.view.links.append(
                    RawLink(
                        href, " ".join("".join(text).split()), self._top().quoted, has_image, serial=serial
                    )
                )
            self.anchor = None
        if tag in _BLOCK:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        top = self._top()
        if top.skip and top.tag != "style":  # CSS is the html detector's; the rest is hidden text
            self._hidden(data)
        else:
            self._emit(data)

    # Comments, CDATA and scripts: no client shows them (Outlook renders the markup inside
    # <!--[if mso]>, though), but they travel with the message and Amazon scans all of it, so
    # their text is scanned as hidden text: a link or number cannot hide there.
    def handle_comment(self, data: str) -> None:
        self._hidden(data)

    def unknown_decl(self, data: str) -> None:
        self._hidden(data)

    def _hidden(self, data: str) -> None:
        if data.strip():
            self._flush()
            self.view.blocks.append(Block(data, True, self._top().quoted))

    def close(self) -> None:
        super().close()
        if self.rawdata:  # an unclosed <script> or <title>: the parser drops its text at the end
            self._hidden(self.rawdata)
            self.rawdata = ""
        if self.anchor is not None and self.anchor[0]:
            href, text, has_image, serial = self.anchor
            self.view.links.append(
                RawLink(href, " ".join("".join(text).split()), False, has_image, serial=serial)
            )
        self._flush()


_BARE_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)>")
_BARE_END_TAG = re.compile(r"</([a-zA-Z][a-zA-Z0-9]*)>")

# Marked sections the stdlib parser knows; any other "<![" raises AssertionError in it.
_BAD_MARKED = re.compile(
    r"<!\[(?!\s*(?:cdata\[|if\b|else\b|endif\b|temp\b|ignore\b|include\b|rcdata\b))", re.I
)


def _defuse(html: str) -> str:
    """Turn constructs that can never close into text, in linear time.

    For each unclosed "<tag", "<!--" or "<![" the stdlib parser rescans to the end of the input
    (40 KB of "<a" took 1.7 s, 1 MB would take minutes). One that has no terminator anywhere
    after it cannot close, so its "<" is text, which is also what a browser shows.
    """
    for opener, closer in (("<", ">"), ("<!--", "-->"), ("<![", "]>")):
        end = html.rfind(closer)
        cut = end + len(closer) if end >= 0 else 0
        if opener in html[cut:]:
            html = html[:cut] + html[cut:].replace(opener, "&lt;" + opener[1:])
    return _BAD_MARKED.sub("&lt;![", html)


def render(html: str, mark: bool = False) -> View:
    """What a reader sees of ``html``; ``mark`` leaves link and image marks in the text."""
    renderer = _Renderer(mark)
    if mark:
        html = html.replace(LINK_MARK, "").replace(IMAGE_MARK, "")
    try:
        renderer.feed(_defuse(html))
        renderer.close()
    except Exception:  # fail closed: what the parser could not read is scanned as hidden text
        renderer._flush()
        renderer._hidden(html)
    for block in renderer.view.blocks:
        block.text = _tidy_space(block.text)
    return renderer.view


# Runs of blanks → one space, then blanks around line breaks dropped: " ?\n[ \n]*" → "\n",
# written with a leading character set (the same matches, scanned ~3x faster). Both passes
# are skipped when they cannot change anything (the usual case for the first).
_BLANKS = re.compile(r"[ \t\r\f\v]+")
_LINE_BREAKS = re.compile(r"[ \n](?:(?<= )\n|(?<=\n))[ \n]*")


def _tidy_space(text: str) -> str:
    if "  " in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text:
        text = _BLANKS.sub(" ", text)
    if " \n" in text or "\n " in text or "\n\n" in text:
        text = _LINE_BREAKS.sub("\n", text)
    return text

"""Normalise stage: ``ParsedMessage`` → ``Document``: what a buyer sees and could follow, folded."""

from __future__ import annotations

import re

from proxy.amazon import is_amazon_host, is_amazon_image_host
from proxy.models import Document, Kind, Origin, ParsedMessage, Segment
from proxy.pipeline import htmltext, quotes
from proxy.pipeline.fold import fold
from proxy.pipeline.quotes import split_quoted

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
# Amazon's notification (proxy.pipeline.quotes) its other links and signature lines are not
# either. Each pattern runs only when its words are there (case-insensitive scans are slow).
_COMM_MANAGER = re.compile(r"https?://(?:www\.)?amazon\.[a-z.]{2,10}/gp/communication-manager/\S*", re.I)
_COPYRIGHT = re.compile(r"copyright\s+\d{4}\s+amazon\S*[^\n]*", re.I)
_SEATTLE = re.compile(r"amazon\.com, 410 terry avenue[^\n]*", re.I)


def strip_amazon_boilerplate(text: str, noticed: bool = False) -> str:
    """Quoted ``text`` without Amazon's own notification text (``noticed``: its notification
    spans were already blanked)."""
    if not noticed:
        text = quotes.blank_amazon_text(text, quotes.notice_spans(text))
    low = text.lower()
    if "amazon" not in low and "commmgr" not in low:
        return text
    if "/gp/communication-manager/" in low:
        text = _COMM_MANAGER.sub(" ", text)
    if "[commmgrtok:" in low:
        text = quotes.TOKEN.sub(" ", text)
    if "copyright" in low:
        text = _COPYRIGHT.sub(" ", text)
    if "terry avenue" in low:
        text = _SEATTLE.sub(" ", text)
    if "marketplace.amazon." in low:
        text = quotes.blank_relays(text)
    return text


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
                text = strip_amazon_boilerplate(text, noticed=True)
                segments.append(_segment(origin, text, part=i, quoted=True))
        links += [
            link.with_part(i)
            for link in view.links
            if not (link.serial in amazon_links and _amazon_href(link.href))
        ]
        images += [
            img.with_part(i)
            for img in view.images
            if not (img.serial in amazon_images and _amazon_src(img.attrs.get("src", "")))
        ]
    for i, att in enumerate(parsed.attachments):
        if att.filename:
            segments.append(_segment(Origin.ATTACHMENT, att.filename, part=i))
    link_objs = tuple(link.to_model(fold) for link in links)
    image_objs = tuple(img.to_model(fold) for img in images)
    for link_obj in link_objs:
        segments.append(_segment(Origin.LINK, link_obj.href, part=link_obj.part, quoted=link_obj.quoted))
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

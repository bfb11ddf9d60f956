"""Safe views of a held message: sanitised HTML (nh3) and text with the findings marked in place."""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Iterable

import nh3

from proxy.models import Attachment

# Served with the preview; the iframe adds sandbox="" on top of it.
PREVIEW_CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "frame-ancestors 'self'; form-action 'none'; base-uri 'none'; sandbox"
)
_SAFE_DATA = re.compile(r"data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*\Z", re.I)
_BLOCKED_IMG = (
    "data:image/svg+xml;base64,"
    + base64.b64encode(
        b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="24">'
        b'<rect width="120" height="24" fill="#eee" stroke="#999"/>'
        b'<text x="6" y="16" font-size="11" fill="#555">remote image</text></svg>'
    ).decode()
)
_TAGS = (nh3.ALLOWED_TAGS - {"area", "map", "details", "summary"}) | {"font"}
_ATTRS: dict[str, set[str]] = {
    "*": {"style", "align", "title", "dir"},
    "img": {"src", "alt", "width", "height"},
    "a": {"title"},  # no href: links in a held message are never followable
    "td": {"colspan", "rowspan", "align", "valign", "width"},
    "th": {"colspan", "rowspan", "align", "valign", "width"},
    "table": {"width", "cellpadding", "cellspacing", "border"},
    "font": {"color", "size", "face"},
}
# No url(), background or position tricks: what is left cannot load or overlay anything.
_STYLE = {
    "color",
    "background-color",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "text-align",
    "text-decoration",
    "line-height",
    "margin",
    "padding",
    "border",
    "border-collapse",
    "width",
    "max-width",
    "height",
    "vertical-align",
    "white-space",
    "display",
    "visibility",
    "opacity",
}
_SCHEMES = {"http", "https", "cid", "data", "mailto", "tel", "ftp"}  # src is vetted in _filter


def inline_images(attachments: Iterable[Attachment]) -> dict[str, str]:
    """cid → data: URI for the message's own raster images (safe to show, nothing remote)."""
    out: dict[str, str] = {}
    for att in attachments:
        ctype = att.content_type.lower()
        if att.content_id and ctype in ("image/png", "image/jpeg", "image/gif", "image/webp"):
            out[att.content_id.lower()] = f"data:{ctype};base64,{base64.b64encode(att.data).decode()}"
    return out


def sanitise(body: str, cids: dict[str, str] | None = None) -> str:
    cid_map = cids or {}

    def _filter(tag: str, attr: str, value: str) -> str | None:
        if tag != "img" or attr != "src":
            return value
        src = value.strip()
        if src.lower().startswith("cid:"):
            return cid_map.get(src[4:].strip("<>").lower(), _BLOCKED_IMG)
        return src if _SAFE_DATA.match(src) else _BLOCKED_IMG

    return nh3.clean(
        body,
        tags=_TAGS,
        attributes=_ATTRS,
        attribute_filter=_filter,
        url_schemes=_SCHEMES,
        filter_style_properties=_STYLE,
        link_rel=None,
        strip_comments=True,
    )


def preview_document(body: str, excerpts: list[str], cids: dict[str, str] | None = None) -> str:
    safe = highlight_html(sanitise(body, cids), excerpts)
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        "<style>mark{background:#ffe066;outline:2px solid #d9480f}"
        "body{font-family:sans-serif;margin:8px}</style></head>"
        f"<body>{safe}</body></html>"
    )


def _pattern(excerpts: Iterable[str], escape: bool) -> re.Pattern[str] | None:
    words = sorted({e.strip() for e in excerpts if len(e.strip()) >= 2}, key=len, reverse=True)
    if not words:
        return None
    alts = (re.escape(html.escape(w, quote=False) if escape else w) for w in words)
    return re.compile("|".join(alts), re.I)


def highlight_text(text: str, excerpts: Iterable[str]) -> str:
    """HTML-escaped ``text`` with each excerpt wrapped in <mark>."""
    pattern = _pattern(excerpts, escape=False)
    if pattern is None:
        return html.escape(text)
    out: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        out += [html.escape(text[last : m.start()]), f"<mark>{html.escape(m.group(0))}</mark>"]
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def highlight_html(safe_html: str, excerpts: Iterable[str]) -> str:
    """Mark excerpts in the text between tags of already-sanitised HTML."""
    pattern = _pattern(excerpts, escape=True)
    if pattern is None:
        return safe_html
    pieces = re.split(r"(<[^>]*>)", safe_html)
    return "".join(p if p.startswith("<") else pattern.sub(r"<mark>\g<0></mark>", p) for p in pieces)

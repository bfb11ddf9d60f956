"""Shared URL and domain helpers for the link and e-mail detectors (offline Public Suffix List)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlsplit

import tldextract

from proxy.amazon import STOREFRONT_TLDS

# The bundled PSL snapshot only: no fetch, no cache directory (the relay must never block on I/O).
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
# Last labels of every public suffix: a cheap first test before the full PSL split.
TLDS = frozenset(s.rsplit(".", 1)[-1] for s in _EXTRACT.tlds)

# Real TLDs that are far more often file extensions ("notes.md", "setup.zip", "run.sh").
FILE_TLDS = frozenset({
    "zip", "mov", "md", "sh", "py", "rs", "ps", "cs", "ai", "mp3", "mp4"
})

# URL shorteners hide the destination; amzn.to and a.co are Amazon's but still not allowed.
SHORTENERS = frozenset({
    "amzn.to", "amzn.com", "amzn.eu", "a.co", "bit.ly", "tinyurl.com", "t.co", "goo.gl",
    "ow.ly", "buff.ly", "is.gd", "rb.gy", "cutt.ly", "shorturl.at", "rebrand.ly", "tiny.cc",
    "s.id", "lnkd.in", "t.ly", "bl.ink", "short.io"
})

# Amazon pages a seller may link to: orders, returns, reviews/feedback, help, messaging.
_AMAZON_ALLOWED = re.compile(
    r"^(?:/-/[a-z]{2}(?:_[a-z]{2})?)?"  # a language prefix: /-/en/gp/help/...
    r"/(?:gp/(?:your-account|css|orc|help|communication-manager|feedback|digital/your-account"
    r"|message|customer-reviews|aw/(?:ya|help))"
    r"|hz/(?:feedback|help|contact-us|mycd|reviews-render|your-orders)|your-orders"
    r"|review/|reviews/|ryp/|returns|spr/returns|progress-tracker|ap/signin|message-us"
    r"|help/|customer-service|[^/?#]+/ss/help)",
    re.I,
)
# Product detail pages, storefronts and seller listings are promotion (POLICY.md).
_AMAZON_PRODUCT = re.compile(
    r"/(?:dp|gp/product|gp/aw/d|exec/obidos/asin|o/asin)/|^/stores/|^/shops/|^/sp\?|^/s\?"
    r"|[?&]me=|[?&]seller=",
    re.I,
)


# Building blocks shared with the e-mail detector (they run on folded text).
# Letters of host labels: ASCII and Latin accented letters (müller-shop.de). CJK is left out on
# purpose: Japanese text runs into a URL without a space ("サイトwww.shop.jpをご覧").
LETTER = "a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
LABEL = rf"[{LETTER}][{LETTER}-]{{0,62}}"
DOT_WORDS = r"dot|punkt|point|punto|punt"
DOT_SEP = rf"[ \t]*\.[ \t]*|\s+(?:{DOT_WORDS})\s+"
SPLIT_DOMAIN = re.compile(rf"({DOT_SEP})", re.I)


def sentence_cut(labels: list[str], seps: list[str]) -> int:
    """How many labels to keep: a spaced dot after a plain one, or before a capital, ends a
    sentence ("shop.de. Sie …", "shop.com. in case …")."""
    plain_seen = False
    for i, sep in enumerate(seps):
        spaced = sep != "." and sep.strip() == "."
        if spaced and (plain_seen or labels[i + 1][:1].isupper()):
            return i + 1
        plain_seen = plain_seen or sep == "."
    return len(labels)


def capitalised(label: str) -> bool:
    """"It" after "delivered." is a new sentence, not the .it TLD."""
    return label[:1].isupper() and not label.isupper()


_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")
_AMAZON_HOST = re.compile(r"(?:^|\.)amazon\.([a-z]{2,3}(?:\.[a-z]{2})?)$")


@dataclass(frozen=True)
class Host:
    """A host name split with the Public Suffix List."""

    name: str  # lower case, no trailing dot
    domain: str  # the registrable label ("shop" in www.shop.co.uk)
    suffix: str  # "co.uk"

    @property
    def registered(self) -> str:
        return f"{self.domain}.{self.suffix}" if self.suffix else self.domain

    @property
    def is_amazon(self) -> bool:
        # Checked on the name: the PSL does not list every storefront suffix (com.be).
        m = _AMAZON_HOST.search(self.name)
        return m is not None and m.group(1) in STOREFRONT_TLDS


@lru_cache(maxsize=4096)
def split_host(name: str) -> Host | None:
    """``name`` split into domain and public suffix, or None when it is not a real domain."""
    name = name.lower().strip(".")
    if not name or len(name) > 253:
        return None
    if _IPV4.fullmatch(name):
        return Host(name=name, domain=name, suffix="")
    parts = _EXTRACT(name)
    if not parts.domain or not parts.suffix or parts.suffix in FILE_TLDS:
        return None
    if parts.domain.isdigit():
        return None
    return Host(name=name, domain=parts.domain, suffix=parts.suffix)


def amazon_verdict(scheme: str, path: str, query: str) -> str | None:
    """Rule name for an Amazon URL that is not allowed, or None when the page is allowed."""
    if scheme == "http":
        return "http"
    target = path + ("?" + query if query else "")
    if _AMAZON_PRODUCT.search(target):
        return "amazon_product_page"
    target_url = redirect_target(query)
    if target_url and not _allowed_amazon_url(target_url):
        return "redirect"
    if path in ("", "/") or _AMAZON_ALLOWED.match(path) or target_url:
        return None
    return "amazon_page"


def _allowed_amazon_url(url: str) -> bool:
    """An Amazon redirect (``/gp/r.html?U=…``) to an allowed Amazon page is allowed."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    host = split_host(parts.hostname or "")
    if host is None or not host.is_amazon or parts.scheme != "https":
        return False
    return not _AMAZON_PRODUCT.search(parts.path + "?" + parts.query) and (
        parts.path in ("", "/") or _AMAZON_ALLOWED.match(parts.path) is not None)


def redirect_target(query: str) -> str:
    """An absolute URL carried in a query parameter (click-tracking and open redirects)."""
    if "http" not in query.lower():
        return ""
    for _, value in parse_qsl(query, keep_blank_values=True):
        value = unquote(value).strip()
        if value.lower().startswith(("http://", "https://", "www.")):
            return value
    return ""


def is_shortener(host: Host) -> bool:
    return host.registered in SHORTENERS or host.name in SHORTENERS


def allowed_by_operator(host: Host, url: str, allow_domains: frozenset[str],
                        allow_prefixes: tuple[str, ...]) -> bool:
    """The operator's allowlist: registered domains and URL prefixes."""
    if host.registered in allow_domains or host.name in allow_domains:
        return True
    lowered = url.lower()
    return any(lowered.startswith(p.lower()) for p in allow_prefixes)


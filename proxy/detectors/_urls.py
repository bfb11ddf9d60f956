"""Shared URL and domain helpers for the link and e-mail detectors (offline Public Suffix List)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlsplit

import tldextract

from proxy.amazon import is_amazon_host

# The bundled PSL snapshot only: no fetch, no cache directory (the relay must never block on I/O).
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
# Last labels of every public suffix: a cheap first test before the full PSL split.
# Special-use names (RFC 2606, RFC 6761): documentation and test domains ("shop.example") are
# written like real ones and lead somewhere on the writer's network, so they are links too.
RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost", "internal"})
TLDS = frozenset(s.rsplit(".", 1)[-1] for s in _EXTRACT.tlds) | RESERVED_TLDS

# Real TLDs that are far more often file extensions ("notes.md", "setup.zip", "run.sh").
FILE_TLDS = frozenset({"zip", "mov", "md", "sh", "py", "rs", "ps", "cs", "ai", "mp3", "mp4"})

# URL shorteners hide the destination; amzn.to and a.co are Amazon's but still not allowed.
SHORTENERS = frozenset(
    {
        "amzn.to",
        "amzn.com",
        "amzn.eu",
        "a.co",
        "bit.ly",
        "tinyurl.com",
        "t.co",
        "goo.gl",
        "ow.ly",
        "buff.ly",
        "is.gd",
        "rb.gy",
        "cutt.ly",
        "shorturl.at",
        "rebrand.ly",
        "tiny.cc",
        "s.id",
        "lnkd.in",
        "t.ly",
        "bl.ink",
        "short.io",
    }
)

# Amazon's rule (amazon-policy.md 1.4): links to Amazon are allowed, except product detail pages
# and storefronts or seller listings; plain http: never; a redirect out of Amazon never. Every
# other Amazon page (orders, returns, reviews, help, Seller Central, messaging) is allowed, so a
# path nobody listed is decided by this rule, not refused for being unknown.
_AMAZON_PRODUCT = re.compile(
    r"/(?:dp|gp/product|gp/aw/d|exec/obidos/asin|o/asin|gp/offer-listing)/|^/stores/|^/shops/"
    r"|^/sp\?|^/s\?|^/s/|[?&]me=|[?&]seller=|[?&]merchant=",
    re.I,
)


# Building blocks shared with the e-mail detector (they run on folded text).
# Letters of host labels: ASCII and Latin accented letters (müller-shop.de). CJK is left out on
# purpose: Japanese text runs into a URL without a space ("サイトwww.shop.jpをご覧").
LETTER = "a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
LABEL = rf"[{LETTER}][{LETTER}-]{{0,62}}"
DOT_WORDS = r"dot|punkt|point|punto|punt|kropka|ponto"
DOT_SEP = rf"[ \t]*\.[ \t]*|\s+(?:{DOT_WORDS})\s+"
SPLIT_DOMAIN = re.compile(rf"({DOT_SEP})", re.I)
# A dot word in brackets ("shop [punt] nl", "shop (punkt) de"): folding turns the common ones
# into "." already; this reads the rest, in every language DOT_WORDS knows.
BRACKET_DOT_SEP = rf"[ \t]*[\(\[\{{<][ \t]*(?:{DOT_WORDS})[ \t]*[\)\]\}}>][ \t]*"


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
    """ "It" after "delivered." is a new sentence, not the .it TLD."""
    return label[:1].isupper() and not label.isupper()


_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")


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
        return is_amazon_host(self.name)


@lru_cache(maxsize=4096)
def split_host(name: str) -> Host | None:
    """``name`` split into domain and public suffix, or None when it is not a real domain."""
    name = name.lower().strip(".")
    if not name or len(name) > 253:
        return None
    if _IPV4.fullmatch(name):
        return Host(name=name, domain=name, suffix="")
    head, _, last = name.rpartition(".")
    if last in RESERVED_TLDS and head:
        domain = head.rsplit(".", 1)[-1]
        return None if domain.isdigit() else Host(name=name, domain=domain, suffix=last)
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
    if _AMAZON_PRODUCT.search(path + ("?" + query if query else "")):
        return "amazon_product_page"
    target_url = redirect_target(query)
    if target_url and not _allowed_amazon_url(target_url):
        return "redirect"
    return None


def _allowed_amazon_url(url: str) -> bool:
    """An Amazon redirect (``/gp/r.html?U=…``) to an allowed Amazon page is allowed."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    host = split_host(parts.hostname or "")
    if host is None or not host.is_amazon or parts.scheme != "https":
        return False
    return not _AMAZON_PRODUCT.search(parts.path + "?" + parts.query)


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


def allowed_by_operator(
    host: Host, url: str, allow_domains: frozenset[str], allow_prefixes: tuple[str, ...]
) -> bool:
    """The operator's allowlist: registered domains and URL prefixes."""
    if host.registered in allow_domains or host.name in allow_domains:
        return True
    lowered = url.lower()
    return any(lowered.startswith(p.lower()) for p in allow_prefixes)

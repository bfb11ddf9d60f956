"""``external_link`` detector: URLs and domains a buyer could follow, other than allowed Amazon pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from proxy.detectors._urls import (
    DOT_SEP,
    LABEL,
    LETTER,
    SPLIT_DOMAIN,
    TLDS,
    Host,
    allowed_by_operator,
    amazon_verdict,
    capitalised,
    is_shortener,
    redirect_target,
    sentence_cut,
    split_host,
)
from proxy.detectors.base import Context
from proxy.detectors.emails import find_addresses
from proxy.models import DEFAULT_ACTIONS, Category, Document, Finding, Link, Origin

_SCHEME_URL = re.compile(
    rf"(?<![{LETTER}])(?P<scheme>https?|ftp)[ \t]*:[ \t]*/[ \t]*/[ \t]*"
    rf"(?P<host>{LABEL}(?:[ \t]*\.[ \t]*{LABEL})*)(?::\d{{1,5}})?"
    r"(?P<rest>[/?#][^\s<>\"'\]\)]*)?",
    re.I,
)
# A domain may follow a colon written without a space ("Web:www.shop.com", Japanese
# 「こちら：shop.jp/new」, folded to ":"); a messenger id after its app's name is blanked first.
_BARE = re.compile(
    rf"(?<![{LETTER}_.@/\-])(?P<host>{LABEL}(?:(?:{DOT_SEP}){LABEL})+)"
    r"(?P<rest>/[^\s<>\"'\]\)]*)?",
    re.I,
)
_DOT_ANCHOR = re.compile(r"\.(?=[^\W\d_]{2})")  # every host has one: its TLD
_REV_WORD = re.compile(rf"[{LETTER}.\-]{{1,253}}", re.I)
_SEP_LABEL = re.compile(rf"(?:{DOT_SEP})({LABEL})", re.I)
# Other places a link can start: (needle, is a scheme).
_NEEDLES = (
    ("://", True),
    (": /", True),
    (":/ /", True),
    (" .", False),
    (" dot ", False),
    (" punkt ", False),
    (" point ", False),
    (" punto ", False),
    (" punt ", False),
    (" kropka ", False),
    (" ponto ", False),
)
# A dot written as a word is also an ordinary word; with these TLDs it needs more evidence
# ("at some point in time", "le point de vue", "el punto es", "het punt is").
_COMMON_TLD_WORDS = frozenset(
    {
        "in",
        "is",
        "it",
        "at",
        "be",
        "me",
        "to",
        "no",
        "on",
        "us",
        "la",
        "se",
        "am",
        "so",
        "do",
        "go",
        "my",
        "as",
        "by",
        "ne",
        "et",
        "si",
        "im",
        "na",
        "ma",
        "il",
        "re",
    }
)
# Spelled-out dots are only believed before a country code or a classic generic TLD: English
# words that are TLDs too ("polka dot shirts", "point blank") stay prose.
_WORDED_TLDS = frozenset({"com", "net", "org", "info", "biz", "eu", "asia"})
_AMBIGUOUS_WORD_TLDS = {
    "dot": _COMMON_TLD_WORDS,
    "point": _COMMON_TLD_WORDS | {"de", "es"},
    "punto": (_COMMON_TLD_WORDS - {"it"}) | {"de", "es"},
    "punkt": _COMMON_TLD_WORDS - {"de", "it"},
    "punt": _COMMON_TLD_WORDS | {"es", "de"},
    "ponto": _COMMON_TLD_WORDS | {"de", "es"},
}
# TLDs that end abbreviations far more often than domains: "org.nr", "momsreg.nr", "Best.-Nr"
# ("nr" is Nauru). Without a scheme or "www." they are prose.
_ABBREVIATION_TLDS = frozenset({"nr"})
_TRAILING = ".,;:!?)]}>'\""
_SKIP_SCHEMES = ("mailto:", "tel:", "sms:", "cid:", "data:", "javascript:", "#", "callto:")
_SCANNED = (Origin.SUBJECT, Origin.TEXT, Origin.HTML, Origin.HIDDEN, Origin.ALT)


@dataclass(frozen=True)
class Candidate:
    """One link-like element written in the text."""

    host: Host
    scheme: str  # "" when none was written
    path: str
    query: str
    written: str  # as it appears in the folded text
    obfuscated: bool


def detect(doc: Document, ctx: Context) -> list[Finding]:
    seen: set[str] = set()
    findings: list[Finding] = []
    for seg in doc.segments:
        if seg.origin in _SCANNED:
            for cand in candidates(seg.folded, seg.text):
                _add(findings, seen, ctx, cand, seg.origin.value, linked_image=False, quoted=seg.quoted)
    for link in doc.links:
        href = _from_href(link)
        if href is not None:
            _add(
                findings, seen, ctx, href, Origin.LINK.value, linked_image=link.has_image, quoted=link.quoted
            )
    return findings


def candidates(folded: str, original: str = "") -> Iterator[Candidate]:
    """Link-like elements in ``folded`` text; e-mail addresses and cid:/data: are not links.

    Regexes run anchored at a few anchors only (a dot before letters, "://", a spaced or
    spelled-out dot), so the cost follows the number of candidates, not the text length.
    """
    # Only look-alike, invisible or full-width characters make the original differ.
    source = "" if not original or original == folded else original.lower()
    text = _blank(
        folded, [*_non_links(folded), *((a.start, a.end) for a in find_addresses(folded, original))]
    )
    covered = -1
    repeated: set[str] = set()  # text and HTML parts say the same thing twice
    rev = ""
    for pos, scheme in _anchors(text):
        if pos < covered or (text[pos] == " " and not _worded_tld_follows(text, pos)):
            continue  # inside the previous element, or "il punto della guida"
        rev = rev or text[::-1]
        m = (_SCHEME_URL if scheme else _BARE).match(text, _word_before(text, rev, pos, scheme))
        if m is None or m.end() <= pos:
            continue
        if m.group(0) in repeated:
            covered = m.end()
            continue
        repeated.add(m.group(0))
        cand = _scheme_candidate(m, source) if scheme else _bare_candidate(m, source)
        if cand is not None:
            covered = m.end()
            yield cand


def _anchors(text: str) -> list[tuple[int, bool]]:
    """Where a link may start, and whether it is a scheme ("https://", "https : / /")."""
    found = [(m.start(), False) for m in _DOT_ANCHOR.finditer(text)]
    lowered = text.lower()
    for needle, scheme in _NEEDLES:
        i = lowered.find(needle)
        while i >= 0:
            found.append((i, scheme))
            i = lowered.find(needle, i + 1)
    return sorted(found)


def _word_before(text: str, rev: str, pos: int, scheme: bool) -> int:
    """Start of the word that ends at ``pos`` (a scheme may be followed by blanks).

    Read on the reversed text ``rev`` so that one anchored regex match does the walk back.
    """
    start = pos
    if scheme:
        while start > 0 and pos - start < 8 and text[start - 1] in " \t":
            start -= 1
    back = _REV_WORD.match(rev, len(text) - start)
    start -= back.end() - back.start() if back else 0
    while start < pos and text[start] in ".-":
        start += 1
    return start


def _worded_tld_follows(text: str, pos: int) -> bool:
    """After a spaced or spelled-out dot at ``pos`` comes a TLD or another label and dot."""
    m = _SEP_LABEL.match(text, pos)
    if m is None:
        return False
    return m.group(1).lower() in TLDS or _SEP_LABEL.match(text, m.end()) is not None


# A messenger id written after its app's name ("Skype: shop.support", "WeChat ID: oak.cn", "on
# Skype (shop.support)", "Skype name shop.support") is that app's handle, reported once as
# contact_other (POLICY.md: one element, one category), not a domain. So is a social-network
# handle after the network's name or its short form ("IG: shop.supplies", "FB / IG: oak.and.co",
# "Instagram: @paw.trail"): dots are allowed in those handles. A page address after the name
# ("Facebook: facebook.com/shop", "Instagram: www.shop.com") stays a link.
_HANDLE_APPS = (
    "skype",
    "wechat",
    "weixin",
    "telegram",
    "kik",
    "snapchat",
    "threema",
    "discord",
    "instagram",
    "insta",
    "ig",
    "facebook",
    "fb",
    "tiktok",
    "pinterest",
    "threads",
)
# The networks' own domains: "Instagram: instagram.com" names the site, not a handle.
_SOCIAL_SITES = frozenset(
    {
        "instagram.com",
        "instagr.am",
        "facebook.com",
        "fb.com",
        "fb.me",
        "tiktok.com",
        "pinterest.com",
        "threads.net",
        "skype.com",
        "telegram.org",
        "t.me",
        "discord.gg",
        "discord.com",
        "snapchat.com",
        "wechat.com",
    }
)
_HANDLE_ID = re.compile(
    r"\b(?:" + "|".join(_HANDLE_APPS) + r")\b"
    # something must say that a handle follows: "kikkoman-shop.com", "skype.com" or "Telegram
    # shop.example" are no handles
    r"[^\S\n]*(?=[(\[:：]|(?:id|name|handle|username|user|is)\b)(?:[(\[][^\S\n]*)?(?:(?:id|name|handle|username|user)\b[^\S\n]*)?(?:[:：]|\bis\b)?[^\S\n]*"
    r"@?((?:live:)?[a-z0-9][\w.\-]*)",
    re.I,
)


def _non_links(text: str) -> list[tuple[int, int]]:
    """Spans of cid: and data: references (parts of the message) and of messenger handles."""
    lowered = text.lower()
    spans: list[tuple[int, int]] = []
    for app in _HANDLE_APPS:  # anchored where the app's name is written: linear in its mentions
        i = lowered.find(app)
        while i >= 0:
            m = _HANDLE_ID.match(text, i)
            if (
                m is not None
                and not m.group(1).lower().startswith("www.")
                and text[m.end(1) : m.end(1) + 1] not in ("/", ":")
                and not _social_site(m.group(1))
            ):
                spans.append(m.span(1))
            i = lowered.find(app, i + len(app))
    for prefix in ("cid:", "data:"):
        i = lowered.find(prefix)
        while i >= 0:
            end = i
            while end < len(text) and not text[end].isspace():
                end += 1
            spans.append((i, end))
            i = lowered.find(prefix, end)
    return spans


def _social_site(handle: str) -> bool:
    host = split_host(handle.rstrip("."))
    return host is not None and (host.registered in _SOCIAL_SITES or host.name in _SOCIAL_SITES)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    out, pos = [], 0
    for start, end in sorted(spans):
        if start >= pos:
            out.append(text[pos:start])
            out.append(" " * (end - start))
            pos = end
    out.append(text[pos:])
    return "".join(out)


def _scheme_candidate(m: re.Match[str], source: str) -> Candidate | None:
    raw_host = m.group("host")
    host = split_host(re.sub(r"\s+", "", raw_host))
    if host is None:
        return None
    path, query = _path_query(m.group("rest") or "")
    written = m.group(0).rstrip(_TRAILING)
    obfuscated = " " in m.group(0)[: m.end("host") - m.start()] or not _literal(written, source)
    return Candidate(host, m.group("scheme").lower(), path, query, written, obfuscated)


def _bare_candidate(m: re.Match[str], source: str) -> Candidate | None:
    pieces = SPLIT_DOMAIN.split(m.group("host"))
    labels, seps = pieces[0::2], pieces[1::2]
    keep = sentence_cut(labels, seps)
    if keep < len(labels):
        labels, seps, rest = labels[:keep], seps[: keep - 1], ""
    else:
        rest = m.group("rest") or ""
    if keep < 2 or not _plausible(labels, seps):
        return None
    host = split_host(".".join(labels))
    if host is None or not host.suffix:
        return None  # a bare IP-like number is a version or a serial, not a link
    written_host = "".join(x for pair in zip(labels, [*seps, ""], strict=True) for x in pair)
    path, query = _path_query(rest)
    written = (written_host + rest).rstrip(_TRAILING)
    obfuscated = any(s != "." for s in seps) or not _literal(written, source)
    return Candidate(host, "", path, query, written, obfuscated)


def _plausible(labels: list[str], seps: list[str]) -> bool:
    """Reject sentence ends, spaced prose and ambiguous spelled-out dots."""
    www = labels[0].lower() == "www"
    if not www and (capitalised(labels[-1]) or _shouting_tld(labels)):
        return False  # "delivered.It", "well.In": a missing space after a full stop
    worded = [s for s in seps if s.strip() != "."]
    spaced = [s for s in seps if s != "." and s.strip() == "."]
    if spaced and not www and not any(s[0] in " \t" for s in spaced):
        return False  # "end. it": a space after the dot only is ordinary prose
    tld = labels[-1].lower()
    if tld in _ABBREVIATION_TLDS and not www:
        return False
    if worded and len(tld) != 2 and tld not in _WORDED_TLDS:
        return False
    if worded and not www and _ambiguous(worded[-1], labels[-1]):
        return any(c.isdigit() or c == "-" for c in "".join(labels[:-1]))
    return True


def _ambiguous(sep: str, tld: str) -> bool:
    return tld.lower() in _AMBIGUOUS_WORD_TLDS.get(sep.strip().lower(), _COMMON_TLD_WORDS)


def _shouting_tld(labels: list[str]) -> bool:
    """ "Fire.TV": an upper-case TLD after a name that is not all upper case is a product name."""
    return labels[-1].isupper() and not all(x.isupper() or x.isdigit() for x in labels[:-1])


def _literal(written: str, source: str) -> bool:
    """The folded form is in the lower-cased original ``source`` ("" when they are the same)."""
    return not source or written.lower() in source


def _path_query(rest: str) -> tuple[str, str]:
    rest = rest.rstrip(_TRAILING)
    path, _, query = rest.partition("?")
    return path.split("#")[0], query.split("#")[0]


def _from_href(link: Link) -> Candidate | None:
    href = link.target
    if not href or href.lower().startswith(_SKIP_SCHEMES):
        return None
    scheme = ""
    if re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I):
        scheme = href.split(":", 1)[0].lower()
        if scheme not in ("http", "https", "ftp"):
            return None
    elif href.startswith("//"):
        scheme, href = "https", "https:" + href
    elif not href.lower().startswith("www."):
        return None  # a relative link goes nowhere outside the message
    parts = urlsplit(href if scheme else "https://" + href)
    host = split_host(parts.hostname or "")
    if host is None:
        return None
    obfuscated = not _literal(parts.hostname or "", link.href.lower())
    return Candidate(host, scheme, parts.path, parts.query, link.href[:120], obfuscated)


def _add(
    findings: list[Finding],
    seen: set[str],
    ctx: Context,
    cand: Candidate,
    where: str,
    linked_image: bool,
    quoted: bool,
) -> None:
    rule = _rule(cand, ctx, linked_image)
    if rule is None:
        return
    key = cand.host.name.removeprefix("www.") + cand.path.rstrip("/").lower()
    if key in seen:
        return
    seen.add(key)
    findings.append(replace(_finding(rule, cand, where), quoted=quoted))


def _rule(cand: Candidate, ctx: Context, linked_image: bool) -> str | None:
    """The rule a candidate breaks, or None when the link is allowed."""
    host = cand.host
    url = f"{cand.scheme or 'https'}://{host.name}{cand.path}"
    if allowed_by_operator(host, url, ctx.allow_domains, ctx.allow_url_prefixes):
        return None
    if host.is_amazon:
        if cand.obfuscated:
            return "obfuscated"  # a look-alike of an Amazon domain is not Amazon
        if not cand.scheme and cand.path in ("", "/"):
            return None  # "Amazon.de" named in prose is the marketplace, not a link
        return amazon_verdict(cand.scheme or "https", cand.path, cand.query)
    if cand.obfuscated:
        return "obfuscated"
    if is_shortener(host):
        return "shortener"
    if redirect_target(cand.query) or "/click" in cand.path.lower():
        return "redirect"
    if cand.scheme == "http":
        return "http"
    if linked_image:
        return "linked_image"
    return "url" if cand.scheme else "bare_domain"


_REASONS = {
    "url": "remove the link to {t}",
    "bare_domain": "remove the web address {t}",
    "obfuscated": "remove the disguised web address {t}",
    "linked_image": "remove the link around the image (it points to {t})",
    "http": "remove the plain http: link to {t} (only https Amazon pages are allowed)",
    "shortener": "remove the shortened link {t}: it hides where it leads",
    "redirect": "remove the click-tracking redirect via {t}",
    "amazon_product_page": "remove the Amazon product or storefront link {t}",
}


def _finding(rule: str, cand: Candidate, where: str) -> Finding:
    category = Category.EXTERNAL_LINK
    target = (cand.host.name + cand.path)[:80]
    return Finding(
        rule=f"external_link.{rule}",
        category=category,
        action=DEFAULT_ACTIONS[category],
        excerpt=" ".join(cand.written.split())[:120],
        where=where,
        reason=_REASONS[rule].format(t=target),
    )

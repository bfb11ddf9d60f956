"""``contact_email`` detector: e-mail addresses, plain, obfuscated or in ``mailto:`` links."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import unquote

from proxy.amazon import is_relay_address
from proxy.detectors._urls import (
    BRACKET_DOT_SEP,
    DOT_SEP,
    FILE_TLDS,
    LABEL,
    LETTER,
    capitalised,
    sentence_cut,
    split_host,
)
from proxy.detectors.base import Context
from proxy.excerpts import clip
from proxy.models import DEFAULT_ACTIONS, Category, Document, Finding, Origin

# The "@" in words: English, French, Spanish/Portuguese, Italian, German, Polish, Swedish, Dutch
# (Japanese writers fold to a full-width "＠", which normalisation already reads as "@").
_AT_WORDS = (
    r"at|arobase|arobas|arroba|chiocciola|chiocciolina|ät|klammeraffe|małpa|malpa|snabel-a|snabela"
    r"|apenstaartje|apestaartje|apenstaart|apestaart|at-teken|at-zeichen"
)
# The dots of a domain after an "@": written, spaced, spelled out or bracketed ("[punt]").
_ADDRESS_DOT = rf"{DOT_SEP}|{BRACKET_DOT_SEP}"
_SPLIT_DOMAIN = re.compile(rf"({_ADDRESS_DOT})", re.I)
# The domain after an "@" or an "at" word; the local part is read backwards from there.
_DOMAIN = re.compile(rf"{LABEL}(?:(?:{_ADDRESS_DOT}){LABEL})+", re.I)
# A spelled-out "at" between blanks (helpdesks wrap lines, so a line break is a blank too), or
# in brackets ("info [apenstaart] shop [punt] nl", the Nordic "info(a)shop.se"; folding reads
# the common ones as "@").
_AT_SEP = re.compile(
    rf"[ \t\n](?:{_AT_WORDS})[ \t\n]|[ \t]*[\(\[\{{<][ \t]*(?:{_AT_WORDS}|a)[ \t]*[\)\]\}}>][ \t]*",
    re.I,
)
_LOCAL_CHARS = frozenset("._+-")
_REV_LOCAL = re.compile(rf"[{LETTER}._+\-]{{1,64}}", re.I)
# Words that precede an English "at" in prose ("find us at shop dot com" is a link).
_PROSE_BEFORE_AT = frozenset(
    {
        "us",
        "me",
        "you",
        "him",
        "her",
        "them",
        "it",
        "we",
        "i",
        "look",
        "looking",
        "available",
        "sold",
        "found",
        "find",
        "visit",
        "visiting",
        "arrive",
        "arrived",
        "arrives",
        "here",
        "there",
        "online",
        "shop",
        "buy",
        "bought",
        "order",
        "ordered",
        "purchase",
        "purchased",
        "get",
        "got",
        "stop",
        "stay",
        "stayed",
        "is",
        "are",
        "was",
        "be",
        "been",
        "one",
        "two",
        "this",
        "that",
        "all",
        "home",
        "work",
        "office",
        "website",
        "site",
        "page",
        "web",
        "store",
        "directly",
    }
)
# With "at" and a dotted domain, an article or possessive before the word ahead of "at" makes
# it prose ("open an account at trade.shop.com", "ask our team at shop.com"), not a mailbox.
_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:a|an|the|your|our|my|their|this|that)[ \t\n]+$", re.I)
# With "at" and a normally dotted domain, only a mailbox-like local part makes an address
# ("info at shop.com"); "Facebook at facebook.com" is a page.
_MAILBOX = re.compile(
    r"^(?:info|support|service|sales|contact|hello|hi|care|help|kontakt|team|office|mail|orders?"
    r"|admin|shop|store|customer\w*|kunden\w*|servicio|assistenza|atencion|returns?|billing"
    r"|accounts?|enquiries|inquiries|questions?|desk|cs|hallo|bonjour|ciao|hola)$"
    r"|[.\-_+\d]",
    re.I,
)
_SCANNED = (Origin.SUBJECT, Origin.TEXT, Origin.HTML, Origin.HIDDEN, Origin.LINK, Origin.ALT)


@dataclass(frozen=True)
class Address:
    """An address found in folded text: ``start``/``end`` span the whole written form."""

    address: str  # normalised local@domain, lower case
    start: int
    end: int
    obfuscated: bool  # written with words, spaces or look-alike characters


@lru_cache(maxsize=64)
def find_addresses(folded: str, original: str = "") -> tuple[Address, ...]:
    """Every address in ``folded`` text, relay addresses and ``cid:`` references included.

    Cached: the link detector asks for the same segments to keep addresses out of links.
    """
    found: list[Address] = []
    # Only look-alike, invisible or full-width characters make the original differ.
    source = "" if not original or original == folded else original.lower()
    rev = ""
    for at_start, at_end in _at_signs(folded):
        if found and at_start < found[-1].end:
            continue
        rev = rev or folded[::-1]
        address = _address(folded, rev, at_start, at_end, source)
        if address is not None:
            found.append(address)
    return tuple(found)


def _at_signs(text: str) -> list[tuple[int, int]]:
    """Spans of "@" (with the blanks around it) and of spelled-out "at" words, in order."""
    spans = []
    i = text.find("@")
    while i >= 0:
        start, end = i, i + 1
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        while end < len(text) and text[end] in " \t":
            end += 1
        if (start < i) == (end > i + 1):  # "a @ b" or "a@b"; "see @handle" is no address
            spans.append((start, end))
        i = text.find("@", i + 1)
    spans.extend(m.span() for m in _AT_SEP.finditer(text))
    return sorted(spans)


def _local_start(rev: str, end: int) -> int:
    """Start of the local part that ends at ``end`` (at most 64 characters back), read on the
    reversed text ``rev`` with one anchored match."""
    back = _REV_LOCAL.match(rev, len(rev) - end)
    start = end - (back.end() - back.start()) if back else end
    while start < end and rev[len(rev) - 1 - start] in _LOCAL_CHARS:
        start += 1  # a local part starts with a letter or digit
    return start


def _address(folded: str, rev: str, at_start: int, at_end: int, source: str) -> Address | None:
    m = _DOMAIN.match(folded, at_end)
    if m is None:
        return None
    start = _local_start(rev, at_start)
    local = folded[start:at_start]
    if not local:
        return None
    worded = "@" not in folded[at_start:at_end]
    english_at = folded[at_start:at_end].strip().lower() == "at"
    # Only the English "at" is a preposition in prose ("order at shop.com"); "order snabel-a
    # shop.se" or "bestellingen apenstaartje shop.nl" names a mailbox whatever the local part.
    if english_at and local.lower() in _PROSE_BEFORE_AT:
        return None
    if (
        english_at
        and not _spelled(m.group(0))
        and (
            not (local.islower() and _MAILBOX.search(local))
            or _ARTICLE_BEFORE.search(folded, max(0, start - 8), start) is not None
        )
    ):
        return None
    domain, used = _trim_domain(m.group(0), literal_at=not worded)
    if domain is None:
        return None
    if folded[max(0, start - 4) : start].lower() == "cid:":
        return None  # a MIME part reference (cid:part1.abc@host), not an address
    end = at_end + used
    written = folded[start:end]
    obfuscated = worded or " " in written or bool(source and written.lower() not in source)
    return Address(f"{local}@{domain}".lower(), start, end, obfuscated)


def _spelled(domain: str) -> bool:
    """The dots are written as words or spaced out ("shop dot com", "shop . com")."""
    return any(sep != "." for sep in _SPLIT_DOMAIN.split(domain)[1::2])


def _trim_domain(raw: str, literal_at: bool = False) -> tuple[str | None, int]:
    """The longest valid domain at the start of ``raw`` and the characters it used."""
    pieces = _SPLIT_DOMAIN.split(raw)
    labels, seps = pieces[0::2], pieces[1::2]
    keep = sentence_cut(labels, seps)
    if literal_at and keep >= 2 and _private_domain(labels[:keep], seps[: keep - 1]):
        # "name@host.internal": a written "@" makes an address whatever the suffix list says
        # (reserved, private and brand-new TLDs are still a way to reach the seller).
        used = sum(len(x) for x in labels[:keep]) + sum(len(s) for s in seps[: keep - 1])
        return ".".join(labels[:keep]).lower(), used
    while keep >= 2:
        host = split_host(".".join(labels[:keep]))
        if host is not None and (seps[keep - 2] != "." or not capitalised(labels[keep - 1])):
            used = sum(len(x) for x in labels[:keep]) + sum(len(s) for s in seps[: keep - 1])
            return host.name, used
        keep -= 1
    return None, 0


# Outside the suffix list, these endings are file names ("logo@2x.png"), not hosts.
_FILE_EXTENSIONS = frozenset(
    "png jpg jpeg gif bmp svg webp heic tif tiff pdf doc docx xls xlsx ppt pptx txt csv html htm "
    "xml json eml msg ics vcf mov avi mkv wav".split()
)


def _private_domain(labels: list[str], seps: list[str]) -> bool:
    tld = labels[-1].lower()
    return (
        all(sep == "." for sep in seps)
        and split_host(".".join(labels)) is None
        and tld.isascii()
        and tld.isalpha()
        and 2 <= len(tld) <= 24
        and tld not in FILE_TLDS
        and tld not in _FILE_EXTENSIONS
        and not capitalised(labels[-1])
    )


def detect(doc: Document, ctx: Context) -> list[Finding]:
    seen: set[str] = set()
    findings: list[Finding] = []
    for seg in doc.segments:
        if seg.origin not in _SCANNED:
            continue
        for found in find_addresses(seg.folded, seg.text):
            if (seg.quoted and _amazon(found.address)) or _skip(found.address, seen):
                continue  # Amazon's own addresses in quoted history are not the seller's
            if seg.origin is Origin.LINK and seg.folded.lower().startswith("mailto:"):
                rule = "mailto"
            else:
                rule = "obfuscated" if found.obfuscated else "address"
            excerpt = seg.folded[found.start : found.end]
            findings.append(
                replace(_finding(rule, excerpt, seg.origin.value, found.address), quoted=seg.quoted)
            )
    for link in doc.links:
        if link.href.lower().startswith("mailto:"):
            address = unquote(link.href[7:]).split("?")[0].strip().lower()
            if "@" in address and not _skip(address, seen):
                findings.append(
                    replace(
                        _finding("mailto", link.href[:120], Origin.LINK.value, address), quoted=link.quoted
                    )
                )
    return findings


def _amazon(address: str) -> bool:
    """Amazon's own senders and message ids (amazonses.com) in quoted notifications."""
    host = split_host(address.rpartition("@")[2])
    return host is not None and (host.is_amazon or host.registered == "amazonses.com")


def _skip(address: str, seen: set[str]) -> bool:
    """Relay addresses are allowed; each address is reported once."""
    if is_relay_address(address) or address in seen:
        return True
    seen.add(address)
    return False


def _finding(rule: str, excerpt: str, where: str, address: str) -> Finding:
    category = Category.CONTACT_EMAIL
    return Finding(
        rule=f"contact_email.{rule}",
        category=category,
        action=DEFAULT_ACTIONS[category],
        excerpt=clip(excerpt),
        where=where,
        reason=f"remove the e-mail address {address}: buyers may only be answered through Amazon",
    )

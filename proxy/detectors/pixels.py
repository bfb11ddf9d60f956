"""``tracking_pixel`` detector: remote images that work as open-tracking web beacons."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

from proxy.amazon import ORDER_ID, is_relay_address
from proxy.detectors.base import Context
from proxy.models import (
    Action,
    Category,
    Document,
    Edit,
    EditKind,
    Finding,
    Image,
    Origin,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TINY = re.compile(r"^\s*(\d+(?:\.\d*)?)\s*(?:px)?\s*(?:!important)?\s*$", re.I)
# Path segments and host labels that name an open-tracking endpoint.
_TRACKER_WORDS = _words(
    "open opens opened track tracking tracker trk trace pixel pixels px beacon beacons wf "
    "imp impression impressions o oo ouvert ouverture abierto aperto geoeffnet geöffnet "
    "openrate readreceipt"
)
_TRACKER_FILES = _words(
    "o open pixel beacon track tracker trk spacer blank clear transparent 1x1 0x0 open-pixel tracking-pixel"
)
# Open-tracking services of mail tools and ESPs (registered domains: the host or a subdomain).
_TRACKER_DOMAINS = (
    "mailtrack.io",
    "list-manage.com",
    "mandrillapp.com",
    "sendgrid.net",
    "mailgun.org",
    "mailgun.net",
    "mailjet.com",
    "mjt.lu",
    "sparkpostmail.com",
    "exct.net",
    "hubspotemail.net",
    "hs-analytics.net",
    "klaviyomail.com",
    "customeriomail.com",
    "emltrk.com",
    "getnotify.com",
    "yesware.com",
    "bananatag.com",
    "mailfoogae.appspot.com",
    "mixmax.com",
    "superhuman.com",
    "mailstat.us",
    "pstmrk.it",
    "gmass.co",
    "saleshandy.com",
    "eloqua.com",
    "en25.com",
    "mktoweb.com",
    "brevo.com",
    "sendinblue.com",
    "intercom-mail.com",
    "cmail19.com",
    "cmail20.com",
    "createsend.com",
    "rs6.net",
    "constantcontact.com",
    "aweber.com",
    "getresponse.com",
    "mailerlite.com",
    "omnisend.com",
    "activehosted.com",
    "mailchimp.com",
    "campaign-archive.com",
)
# Host name parts of tracking services that run on many domains.
_TRACKER_HOST_PARTS = ("mailtrack.", "mkto-", "sendibt", "sendibm")
# Query parameters that name the recipient; any non-trivial value is an id.
_RECIPIENT_PARAMS = _words(
    "uid u rid r recipient recipient_id recipientid rcpt recip to subscriber subscriber_id "
    "subscriberid sub email e mail em e-mail contact contact_id contactid cust customer "
    "customer_id customerid user user_id userid member member_id memberid lead lead_id "
    "buyer buyer_id buyerid"
)
# Parameters that often carry a message or recipient token; only a hash-like value counts.
# (Not "s", "h", "v" …: image CDNs sign and version their URLs with those.)
_TOKEN_PARAMS = _words("id m mid msgid message_id sid tid token hash trk tracking_id")
# Parameter names that can only mean the recipient: a short value (a first name, "rid=Dale") is
# already an id. The one-letter and generic names above need a longer value.
_EXPLICIT_RECIPIENT_PARAMS = _words(
    "uid rid recipient recipient_id recipientid rcpt recip subscriber subscriber_id subscriberid "
    "email e-mail contact_id contactid customer customer_id customerid user_id userid member_id "
    "memberid lead_id buyer buyer_id buyerid"
)
_SHORT_ID_VALUE = re.compile(r"^[\w\-=.%@+]{3,}$")

_HASHLIKE = re.compile(r"^(?=[\w\-=.]*\d)(?=[\w\-=.]*[a-zA-Z])[\w\-=.]{10,}$")
_ID_VALUE = re.compile(r"^[\w\-=.%@+]{5,}$")


def detect(doc: Document, ctx: Context) -> list[Finding]:
    """One finding per remote image that works as an open-tracking beacon."""
    return [
        Finding(
            rule=rule,
            category=Category.TRACKING_PIXEL,
            action=Action.REWRITE,
            excerpt=src[:120],
            where=Origin.IMAGE.value,
            reason=text,
            edit=Edit(EditKind.STRIP_IMAGE, src),
        )
        for src, (rule, text) in _beacons(doc)
    ]


def beacon_sources(doc: Document) -> frozenset[str]:
    """Sources of the images ``detect`` reports; ``styling`` does not report them again."""
    return frozenset(src for src, _ in _beacons(doc))


def _beacons(doc: Document) -> Iterator[tuple[str, tuple[str, str]]]:
    """(source, (rule, reason)) per distinct remote image source that works as a beacon."""
    ids = _recipient_ids(doc)
    seen: set[str] = set()
    for img in doc.images:
        if img.src in seen or not _is_remote(img.src):
            continue
        reason = _beacon_reason(img, ids)
        if reason is None:
            continue
        seen.add(img.src)
        yield img.src, reason


def _is_remote(src: str) -> bool:
    return src.lower().startswith(("http://", "https://", "//"))


def _beacon_reason(img: Image, ids: frozenset[str]) -> tuple[str, str] | None:
    if _tiny(img.width) or _tiny(img.height):
        return "tracking_pixel.tiny", f"a {img.width or '?'}×{img.height or '?'} remote image"
    if img.hidden:
        return "tracking_pixel.hidden", "a hidden remote image"
    if _tracker_url(img.src):
        return "tracking_pixel.tracker", "a remote image from an open-tracking address"
    if _carries_recipient_id(img.src, ids):
        return "tracking_pixel.recipient_id", "a remote image whose address carries a recipient id"
    return None


def _tiny(value: str) -> bool:
    m = _TINY.match(value)
    return m is not None and float(m.group(1)) <= 2


def _tracker_url(src: str) -> bool:
    parts = _split(src)
    if parts is None:
        return False
    host = (parts.hostname or "").lower()
    if any(host == d or host.endswith("." + d) for d in _TRACKER_DOMAINS):
        return True
    if any(known in host for known in _TRACKER_HOST_PARTS):
        return True
    if host.split(".", 1)[0] in _TRACKER_WORDS:
        return True
    segments = [s for s in unquote(parts.path).lower().split("/") if s]
    if any(s in _TRACKER_WORDS for s in segments[:-1]):
        return True
    if segments:
        last = segments[-1]
        stem = last.split(".", 1)[0]
        return stem in _TRACKER_FILES
    return False


def _split(src: str) -> SplitResult | None:
    try:
        parts = urlsplit(src if not src.startswith("//") else "https:" + src)
        parts.hostname  # noqa: B018 - raises ValueError on a malformed IPv6 host
    except ValueError:
        return None
    return parts


def _carries_recipient_id(src: str, ids: frozenset[str]) -> bool:
    plain = unquote(unquote(src))
    decoded = plain.lower()
    if any(local in decoded for local in ids):
        return True
    if ORDER_ID.search(plain):
        return True  # an Amazon order id ties the image to one buyer's order
    parts = _split(src)
    for name, value in parse_qsl(parts.query if parts else "", keep_blank_values=True):
        key = name.lower().strip()
        if "@" in value or (key in _RECIPIENT_PARAMS and _ID_VALUE.match(value)):
            return True
        if key in _EXPLICIT_RECIPIENT_PARAMS and _SHORT_ID_VALUE.match(value):
            return True
        if key in _TOKEN_PARAMS and _HASHLIKE.match(value):
            return True
    return False


_ADDRESS = re.compile(r"[\w.+\-]+@[\w.\-]+")


def _recipient_ids(doc: Document) -> frozenset[str]:
    """Local parts of the buyer relay addresses in To/Cc (without +tag), long enough to matter."""
    out: set[str] = set()
    for name in ("To", "Cc"):
        for value in doc.parsed.header_all(name):
            for address in _ADDRESS.findall(value):
                if is_relay_address(address):
                    local = address.split("@", 1)[0].split("+", 1)[0].lower()
                    if len(local) >= 6:
                        out.add(local)
    return frozenset(out)

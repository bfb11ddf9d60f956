"""Amazon facts shared by the stages: relay domains, storefront TLDs, Amazon hosts and order ids."""

from __future__ import annotations

import re

# 3-7-7 digits, and the digital (D01-) and Amazon Pay (P03-) forms. Only more digits or dashes
# make it part of a longer number: a word glued to it ("ご注文番号250-…", "beställning407-…") does not.
ORDER_ID = re.compile(r"(?<![0-9_-])(?:\d{3}|[DP]\d{2})-\d{7}-\d{7}(?![0-9_-])")

_AMAZON_HOST = re.compile(r"(?:^|\.)amazon\.([a-z]{2,3}(?:\.[a-z]{2})?)$")
# Amazon's image hosts: notifications quoted as HTML carry Amazon's logo and product images.
_AMAZON_IMAGE_HOST = re.compile(r"(?:^|\.)(?:media-amazon\.com|ssl-images-amazon\.com|images-amazon\.com)$")


def is_amazon_host(name: str) -> bool:
    """``amazon.<storefront>`` or one of its subdomains (``www.``, ``sellercentral.``,
    ``sellercentral-europe.amazon.com``); checked on the name because the Public Suffix List
    does not list every storefront suffix (``com.be``)."""
    m = _AMAZON_HOST.search(name.lower().rstrip("."))
    return m is not None and m.group(1) in STOREFRONT_TLDS


def is_amazon_image_host(name: str) -> bool:
    name = name.lower().rstrip(".")
    return is_amazon_host(name) or _AMAZON_IMAGE_HOST.search(name) is not None


# Amazon's storefronts, each with the evidence for its buyer relay domain
# ``marketplace.amazon.<tld>`` (Japan also uses
# ``m.marketplace.amazon.co.jp``; the ``m.`` form is accepted for every storefront). Evidence,
# as collected in ../shared/reference/amazon-policy.md section 2.2: [A] Amazon's own
# selling-partner-api-models, [C] real order reports and public code, [P] POLICY.md's list of
# storefronts where no sample was found. Any other domain is refused at RCPT; an operator adds
# a new storefront's relay domain with ``smtp.extra_relay_domains``.
STOREFRONTS: dict[str, str] = {
    "com": "US [A] orders API model example buyer-email@marketplace.amazon.com",
    "ca": "CA [C] public test code",
    "com.mx": "MX [C] order payload, marketplaceId A1AM78C64UM0Y8",
    "com.br": "BR [A] orders API model; [C] MWS sample",
    "co.uk": "UK [A] orders API model",
    "de": "DE [C] real MWS ListOrders response",
    "fr": "FR [C] public code",
    "it": "IT [C] public code",
    "es": "ES [C] public code",
    "nl": "NL [C] public code",
    "se": "SE [C] public code",
    "pl": "PL [C] public code",
    "com.be": "BE [C] public code (not amazon.be)",
    "com.tr": "TR [A] orders API model",
    "in": "IN [C] real order-report rows",
    "com.au": "AU [C] order-report row, SP-API sample",
    "co.jp": "JP [A] orders API model; also m.marketplace.amazon.co.jp",
    "eg": "EG [C] one test fixture; storefront in POLICY.md",
    "ie": "IE [P] storefront in POLICY.md",
    "co.za": "ZA [P] storefront in POLICY.md",
    "sa": "SA [P] storefront in POLICY.md",
    "ae": "AE [P] storefront in POLICY.md",
    "sg": "SG [P] storefront in POLICY.md",
}
STOREFRONT_TLDS = frozenset(STOREFRONTS)
RELAY_DOMAINS = frozenset(f"marketplace.amazon.{tld}" for tld in STOREFRONTS)


def relay_domains(extra: tuple[str, ...] = ()) -> frozenset[str]:
    """The relay domains in force: Amazon's and the operator's ``smtp.extra_relay_domains``."""
    return RELAY_DOMAINS | {d.lower().strip().rstrip(".") for d in extra if d.strip()}


def is_relay_domain(domain: str, extra: tuple[str, ...] = ()) -> bool:
    domain = domain.lower().rstrip(".")
    known = relay_domains(extra)
    return domain in known or (domain.startswith("m.") and domain[2:] in known)


def is_relay_address(address: str, extra: tuple[str, ...] = ()) -> bool:
    """An Amazon buyer relay address (optional ``+tag`` in the local part, case-insensitive)."""
    local, _, domain = address.strip().strip("<>").rpartition("@")
    if not local or not domain or any(c.isspace() for c in local) or routes_elsewhere(local):
        return False
    return is_relay_domain(domain, extra)


# Amazon's relay local parts are letters, digits and a "+tag". A "%" or "!" (the percent hack and
# UUCP bang paths), a quoted string or a second "@" would ask some mail server on the way to route
# the message on to another address.
_ROUTING = frozenset('%!"@\\')


def routes_elsewhere(local: str) -> bool:
    """Whether the local part of an address carries routing syntax (``a%b``, ``b!a``, ``"a@b"``)."""
    return any(c in _ROUTING for c in local)


def order_ids(text: str) -> list[str]:
    """Order ids in ``text`` in order of appearance, without duplicates."""
    return list(dict.fromkeys(ORDER_ID.findall(text)))

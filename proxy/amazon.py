"""Amazon facts shared by the stages: relay addresses, storefront TLDs and order ids (POLICY.md)."""

from __future__ import annotations

import re

import tldextract

STOREFRONT_TLDS = frozenset(
    [
        "com",
        "ca",
        "com.mx",
        "com.br",
        "co.uk",
        "de",
        "fr",
        "it",
        "es",
        "nl",
        "se",
        "pl",
        "com.be",
        "ie",
        "co.za",
        "eg",
        "com.tr",
        "sa",
        "ae",
        "in",
        "sg",
        "com.au",
        "co.jp",
    ]
)

# 3-7-7 digits, and the digital (D01-) and Amazon Pay (P03-) forms.
ORDER_ID = re.compile(r"(?<![\w-])(?:\d{3}|[DP]\d{2})-\d{7}-\d{7}(?![\w-])")

_RELAY_DOMAIN = re.compile(r"^(?:m\.)?marketplace\.amazon\.(?P<tld>[a-z]{2,3}(?:\.[a-z]{2})?)$")
# The bundled Public Suffix List only: no fetch, no cache directory.
_PSL = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _any_marketplace(domain: str) -> bool:
    """``[*.]marketplace.amazon.<public suffix>``: the registered domain must be Amazon's, so
    ``marketplace.amazon.com.attacker.example`` is not one."""
    parts = _PSL(domain)
    sub = parts.subdomain
    return (
        parts.domain == "amazon"
        and bool(parts.suffix)
        and (sub == "marketplace" or sub.endswith(".marketplace"))
    )


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


def relay_domain_status(domain: str) -> str:
    """``known`` for a storefront relay domain, ``unknown`` for another ``*.marketplace.amazon.*``,
    ``no`` otherwise. Unknown ones are treated as Amazon (and logged by the caller)."""
    domain = domain.lower().rstrip(".")
    m = _RELAY_DOMAIN.match(domain)
    if m and m.group("tld") in STOREFRONT_TLDS:
        return "known"
    return "unknown" if _any_marketplace(domain) else "no"


def is_relay_address(address: str) -> bool:
    """An Amazon buyer relay address (optional ``+tag`` in the local part, case-insensitive)."""
    local, _, domain = address.strip().strip("<>").rpartition("@")
    if not local or not domain or any(c.isspace() for c in local):
        return False
    return relay_domain_status(domain) != "no"


def order_ids(text: str) -> list[str]:
    """Order ids in ``text`` in order of appearance, without duplicates."""
    return list(dict.fromkeys(ORDER_ID.findall(text)))

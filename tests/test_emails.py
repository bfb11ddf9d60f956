"""The ``contact_email`` detector: plain, obfuscated and ``mailto:`` addresses; relay addresses allowed."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from proxy.detectors import Context
from proxy.detectors.emails import detect, find_addresses
from proxy.models import Category, Document, Finding, Verdict
from proxy.pipeline.checker import Checker
from proxy.pipeline.fold import fold
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import parse_message

RELAY = "k3v9buyer@marketplace.amazon.de"


def message(text: str = "", html: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Agent <agent@seller-helpdesk.example>"
    msg["To"] = RELAY
    msg["Subject"] = "Re: Ihre Bestellung"
    msg["In-Reply-To"] = "<abc@email.amazonses.com>"
    msg.set_content(text or "Hallo")
    if html:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def doc_of(text: str = "", html: str = "") -> Document:
    return normalise(parse_message(message(text, html)))


def emails_in(text: str = "", html: str = "") -> list[Finding]:
    return detect(doc_of(text, html), Context())


FLAGGED = [
    ("Write to care@fernhill.example.com please", "care@fernhill.example.com", "address"),
    ("Mail: First.Last+tag@sub.fernhill.co.uk.", "first.last+tag@sub.fernhill.co.uk", "address"),
    ("Mail: INFO@FERNHILL.DE", "info@fernhill.de", "address"),
    ("care at fernhill dot com", "care@fernhill.com", "obfuscated"),
    ("info at fernhill.com", "info@fernhill.com", "obfuscated"),
    ("care(at)fernhill(dot)com", "care@fernhill.com", "obfuscated"),
    ("care[at]fernhill.com", "care@fernhill.com", "obfuscated"),
    ("care {at} fernhill {dot} de", "care@fernhill.de", "obfuscated"),
    ("service arobase fernhill point fr", "service@fernhill.fr", "obfuscated"),
    ("compta arobase\ncroquette-compagnie point fr", "compta@croquette-compagnie.fr", "obfuscated"),
    ("ventas arroba fernhill punto es", "ventas@fernhill.es", "obfuscated"),
    ("luca chiocciola fernhill punto it", "luca@fernhill.it", "obfuscated"),
    ("jan.kowalski małpa fernhill kropka pl", "jan.kowalski@fernhill.pl", "obfuscated"),
    ("anna snabel-a fernhill punkt se", "anna@fernhill.se", "obfuscated"),
    ("moin ät fernhill punkt de", "moin@fernhill.de", "obfuscated"),
    ("kontakt (at) fernhill (punkt) de", "kontakt@fernhill.de", "obfuscated"),
    # bracketed dot and at words folding does not read (Dutch "punt", "apenstaart")
    ("klantenservice [at] fernhill [punt] com", "klantenservice@fernhill.com", "obfuscated"),
    ("info [apenstaart] fernhill [punt] nl", "info@fernhill.nl", "obfuscated"),
    ("verkoop (at) fernhill-winkel (punt) be", "verkoop@fernhill-winkel.be", "obfuscated"),
    ("kundtjanst(a)fernhill.se", "kundtjanst@fernhill.se", "obfuscated"),  # the Nordic "(a)"
    # the diminutive Dutch "apenstaartje" and the French "arobas"
    (
        "U kunt ook mailen naar klantenservice apenstaartje fernhill-winkel.nl.",
        "klantenservice@fernhill-winkel.nl",
        "obfuscated",
    ),
    ("mail naar info apestaartje fernhill punt be", "info@fernhill.be", "obfuscated"),
    ("écrivez à sav arobas fernhill point fr", "sav@fernhill.fr", "obfuscated"),
    # a local part that is an English word: only the English "at" is a preposition in prose
    ("Du kan också mejla order snabel-a fernhill.se.", "order@fernhill.se", "obfuscated"),
    ("Schreiben Sie an shop ät fernhill.de", "shop@fernhill.de", "obfuscated"),
    ("Scriva a store chiocciola fernhill punto it", "store@fernhill.it", "obfuscated"),
    ("info＠fernhill.jp", "info@fernhill.jp", "obfuscated"),
    ("hеlp@fernhill.co.za", "help@fernhill.co.za", "obfuscated"),  # Cyrillic е
    ("he\u200bllo@fernhill.co.uk", "hello@fernhill.co.uk", "obfuscated"),
    ("care @ fernhill . com", "care@fernhill.com", "obfuscated"),
    ("orders@marketplace-amazon.ca", "orders@marketplace-amazon.ca", "address"),  # look-alike
    ("詳しくはメールinfo@fernhill.jpまで", "info@fernhill.jp", "address"),
]


@pytest.mark.parametrize(("text", "address", "rule"), FLAGGED)
def test_flags_addresses(text: str, address: str, rule: str) -> None:
    findings = emails_in(f"Hallo,\n\n{text}\n\nGruss")
    assert [f.rule for f in findings] == [f"contact_email.{rule}"]
    assert address in findings[0].reason
    assert findings[0].category is Category.CONTACT_EMAIL


NOT_ADDRESSES = [
    f"Your message to {RELAY} reached us.",
    "Reply to K3V9BUYER+tag@M.MARKETPLACE.AMAZON.CO.UK anytime.",
    "Inline [cid:image001.png@01D9A3B4.5C6D7E80] and cid:part1.x7@fernhill.example.com",
    "Our logo file is logo@2x.png",
    "Follow @fernhill.audio on Instagram",
    "Look at fernhill.com for details",
    "You can find us at www.fernhill.com",
    "Meet at 10.30 at home.It was fine.",
    "The team at Fernhill.Audio says hi",
    "Two @ 5 EUR each",
    "Mail the admin@localhost box",
    "We are at home dot well",
    "Het punt [at] issue is (punt) uit.",
    "Choose option (a) or (b) at checkout; see point (a) of the terms at fernhill.com.",
    # an article before the word ahead of "at": prose about a web address (a link, not a mailbox)
    "Open an account at trade.fernhill.com and mention your company.",
    "Ask our support at fernhill.com for the trade price list.",
]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_not_addresses(text: str) -> None:
    assert emails_in(text) == []


def test_mailto_href_with_entities() -> None:
    html = '<p><a href="mailto:&#115;upport&#64;fernhill.example.sg">Write to us</a></p>'
    findings = emails_in("Hallo", f"<html><body>{html}</body></html>")
    assert [f.rule for f in findings] == ["contact_email.mailto"]
    assert "support@fernhill.example.sg" in findings[0].reason


def test_hidden_html_text_counts() -> None:
    html = '<p style="color:#fff;background:#fff">care@fernhill.example.com</p>'
    findings = emails_in("Hallo", f"<html><body style='background:#fff'>{html}</body></html>")
    assert [f.where for f in findings] == ["hidden"]


def test_outlook_quote_header_address_counts() -> None:
    text = (
        "Danke!\n\nFrom: Fernhill Service <service@fernhill.example.com>\n"
        "Sent: Monday, 3 March 2025 10:00\nTo: Buyer\nSubject: RE: Frage\n\nAlte Nachricht"
    )
    assert [f.rule for f in emails_in(text)] == ["contact_email.address"]


def test_amazon_address_in_quoted_history_is_not_the_sellers() -> None:
    text = (
        "Danke!\n\nOn Mon, 3 Mar 2025, Amazon wrote:\n"
        "> Sent by seller-notification@amazon.de on behalf of the buyer\n"
        "> Ref <0101abc-1234@email.amazonses.com>\n"
    )
    assert emails_in(text) == []


def test_each_address_once() -> None:
    html = "<p>Mail care@fernhill.example.com</p>"
    findings = emails_in("Mail care@fernhill.example.com", f"<html><body>{html}</body></html>")
    assert len(findings) == 1


def test_find_addresses_spans() -> None:
    text = "Write to care at fernhill dot com today"
    (found,) = find_addresses(fold(text), text)
    assert text[found.start : found.end] == "care at fernhill dot com"
    assert found.obfuscated


def test_judge_rejects_obfuscated_address() -> None:
    judgement = Checker().judge(message("Hallo,\n\nschreiben Sie an moin (at) fernhill (punkt) de"))
    assert judgement.verdict is Verdict.REJECT
    assert "contact_email" in judgement.categories
    assert "external_link" not in judgement.categories  # the domain belongs to the address


def test_judge_word_at_address_is_one_element() -> None:
    judgement = Checker().judge(
        message("Hallo,\n\nU kunt ook mailen naar orders apenstaartje fernhill-winkel.nl.")
    )
    assert "contact_email" in judgement.categories
    assert "external_link" not in judgement.categories  # the domain belongs to the address


def test_judge_delivers_relay_address_only() -> None:
    judgement = Checker().judge(message(f"Hallo,\n\nIhre Nachricht an {RELAY} ist angekommen."))
    assert "contact_email" not in judgement.categories

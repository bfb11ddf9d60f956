"""contact_other: offers of an off-Amazon channel are found; channel names as features are not."""

from __future__ import annotations

import pytest

from proxy.detectors import Context, channels
from proxy.models import Category, Verdict
from proxy.normalise import fold, normalise
from proxy.parse import DEFAULT_LIMITS, parse_message
from proxy.pipeline import Checker

OFFERS = [
    "Message us on WhatsApp for a quicker answer.",
    "Find us on Facebook!",
    "Follow us on Instagram @shopname",
    "WhatsApp us on +44 7700 900123",
    "Add me on WeChat: shop_cn88",
    "Our Telegram: @shop_support",
    "Skype: shop.support",
    "You can reach us via Telegram any time.",
    "Chat with us on Messenger.",
    "Join our Telegram group for updates",
    "our official Instagram account",
    "Follow us: Instagram @myshop",
    "TikTok @shop_official",
    "Follow us on X for deals",
    "Folgen Sie uns auf Instagram!",
    "Schreiben Sie uns gerne per WhatsApp.",
    "Kontaktieren Sie uns über Telegram.",
    "Suivez-nous sur Instagram pour nos nouveautés.",
    "Écrivez-nous sur WhatsApp.",
    "Síguenos en Instagram.",
    "Contáctanos por Telegram.",
    "Seguici su Instagram per le novità",
    "Scrivici su WhatsApp",
    "Volg ons op Instagram",
    "Följ oss på Instagram",
    "LINE公式アカウントからお問い合わせください",
    "LINEの友だち追加をお願いします",
    "Instagram: @shop.jp",
    "see facebook.com/shopname",
    "t.me/shopsupport",
    "wa.me/447700900123",
    "find our shop on instagram.com/myshop",
    "Viber +359 88 123 4567",
    # obfuscated: spaced letters, a zero-width space, full-width letters, (dot)
    "W h a t s A p p us on 0 7 7 0 0 9 0 0 1 2 3",
    "Whats\u200bApp us",
    "ＷｈａｔｓＡｐｐ： +44 7700 900123",
    "find us at facebook(dot)com/myshop",
]

MENTIONS = [
    "The headset works with Skype and Teams.",
    "LINE app integration is included.",
    "The watch supports WhatsApp calls.",
    "It shows Telegram, WhatsApp and LINE notifications.",
    "We can only communicate through Amazon messages, not via WhatsApp.",
    "We're not able to continue on WhatsApp.",
    "Please don't contact us on WhatsApp; reply here instead.",
    "Wir dürfen leider nicht per WhatsApp kommunizieren.",
    "Nous ne pouvons pas échanger sur WhatsApp.",
    "No podemos hablar por WhatsApp, solo por Amazon.",
    "Non possiamo comunicare su WhatsApp.",
    "Set the output to line level.",
    "The Signal strength is low.",
    "Click on X to close the lid.",
    "Size X-Large is sold out.",
    "This messenger bag fits a 15 inch laptop.",
    "Our headset is certified for Skype for Business.",
    "Let us know if it works with Skype.",
    "You can share photos on Instagram with the app.",
    "Telegram notifications for order 503-3432333-4266432.",
    "WhatsAppの通知に対応しています。",
    "Take a look at the Skype settings: open Preferences.",
]


@pytest.mark.parametrize("text", OFFERS)
def test_offers_of_a_channel_are_found(text: str) -> None:
    assert channels.find_channels(fold(text))


@pytest.mark.parametrize("text", MENTIONS)
def test_channel_names_that_offer_nothing_pass(text: str) -> None:
    assert channels.find_channels(fold(text)) == []


@pytest.mark.parametrize(
    ("href", "name"),
    [
        ("https://wa.me/447700900123", "WhatsApp"),
        ("https://www.instagram.com/shop/", "Instagram"),
        ("https://m.facebook.com/shop", "Facebook"),
        ("skype:shop.support?chat", "Skype"),
        ("https://line.me/R/ti/p/@shop", "LINE"),
        ("https://www.amazon.de/gp/your-account/order-history", ""),
        ("https://notfacebook.com.example/x", ""),
    ],
)
def test_link_channel(href: str, name: str) -> None:
    assert channels.link_channel(href) == name


def _raw(body: str, html: str = "") -> bytes:
    head = ("From: Shop <care@shop.example>\r\nTo: q1@marketplace.amazon.it\r\n"
            "Subject: Re: Domanda\r\n")
    if html:
        return (head + "Content-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
    return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


def test_linked_page_is_social_with_the_href_as_excerpt() -> None:
    html = '<p>Ciao!</p><p><a href="https://www.facebook.com/bottega">la pagina</a></p>'
    raw = _raw("", html=html)
    findings = channels.detect(normalise(parse_message(raw, DEFAULT_LIMITS)), Context())
    assert [(f.rule, f.excerpt, f.where) for f in findings] == [
        ("contact_other.social", "https://www.facebook.com/bottega", "link")
    ]


def test_whole_message_inviting_to_telegram_is_rejected() -> None:
    body = "Buongiorno,\n\nper un aiuto rapido scriveteci su Telegram: @bottega_help\n\nCiao\n"
    judgement = Checker().judge(_raw(body))
    other = [f for f in judgement.findings if f.category is Category.CONTACT_OTHER]
    assert judgement.verdict is Verdict.REJECT
    assert [f.rule for f in other] == ["contact_other.messenger"]
    assert "@bottega_help" in other[0].excerpt


def test_whole_message_naming_features_passes() -> None:
    body = "Buongiorno,\n\nl'orologio mostra le notifiche di WhatsApp e Telegram.\n\nSaluti\n"
    judgement = Checker().judge(_raw(body))
    assert not [f for f in judgement.findings if f.category is Category.CONTACT_OTHER]

"""contact_other: offers of an off-Amazon channel are found; channel names as features are not."""

from __future__ import annotations

import pytest

from proxy.detectors import Context, channels
from proxy.models import Category, Verdict
from proxy.pipeline.checker import Checker
from proxy.pipeline.fold import fold
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import DEFAULT_LIMITS, parse_message

OFFERS = [
    "Message us on WhatsApp for a quicker answer.",
    "Find us on Facebook!",
    "Follow us on Instagram @shopname",
    "WhatsApp us on +44 7700 900123",
    "Add me on WeChat: shop_cn88",
    "友だち追加はこちら：LINE公式アカウントからお問い合わせください。",
    'We just launched a Facebook group for owners, search "Oak Crew" and share your photos!',
    "Skype: live:oak.support",
    "WhatsApp support: OakHelp",
    "Notre communauté Discord « Oak FR » est l'endroit le plus rapide pour ce réglage.",
    "新作情報はインスタグラム（@oak_japan）で毎週お届けしています。",
    "Me chama no zap: (11) 9 8765-4321",
    "Entre no nosso grupo VIP. Link: chat.whatsapp.com/OakVIPbr",
    "Schreiben Sie mir per Signal an 0151 2345 6789.",
    "Proszę przesłać zdjęcie na Viber lub zadzwonić.",
    "Chat with us on WhatsApp, but you can also write to us on Amazon.",
    "Our Telegram: @shop_support",
    "Skype: shop.support",
    "You can reach us via Telegram any time.",
    "Chat with us on Messenger.",
    "Join our Telegram group for updates",
    "our official Instagram account",
    "Follow us: Instagram @myshop",
    # the seller's own group or page on a network, inflected or not
    "Zapraszamy do naszej społeczności na Facebooku, gdzie co miesiąc dzielimy się poradami.",
    "Our page on Facebook has weekly tips and offers.",
    "Il nostro gruppo su Facebook pubblica consigli ogni settimana.",
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
    # a call offered on a messenger, with or without the account to add
    "If you'd like, we can troubleshoot the watch live on a Skype call - add voltmint_support.",
    "We can do a quick WhatsApp video call to check the fit.",
    "Wir können gern einen Anruf über Skype machen.",
    "Podemos hacer una videollamada por WhatsApp.",
    "Book a Skype call with us any time.",
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
    "写真はLINE公式アカウント(@sakuradou)でもお送りできます",
    "Encontre-nos no Facebook, na página da loja.",
    "Siga-nos no Instagram!",
    "proszę napisać do nas na WhatsAppie, wyślemy filmik",
    "Znajdziesz nas na Facebooku!",
    "Schicken Sie uns am besten ein kurzes Video vom Flackern per WhatsApp an unseren Kundenservice.",
    "per risposte più veloci cercaci su Facebook e scrivici in chat.",
    "subscribe at https://www.youtube.com/@brightwick",
    # the shop's name between "follow" and the channel
    "The quickest way to hear about new stock is to follow Fernhill Audio on LinkedIn.",
    "Folgen Sie Kettwerk Teile auf Instagram, dort gibt es alle Neuheiten.",
    # an account in brackets after the name; lower-case "insta" after "on"/"no" or before a handle
    "happy to walk u through it on Skype (mapleandpine.support) or call weekdays",
    "Add us on WeChat (shop_cn88) for faster replies.",
    "follow us on insta @thistle.home for recipes",
    "Me segue no insta, lá tem tudo.",
    # Brazilian "chama no WhatsApp da loja" without a pronoun
    "Chama no WhatsApp da loja pra receber as promoções da semana",
    "Fala com a gente pelo WhatsApp que é mais rápido.",
    "Liga pra gente no WhatsApp.",
    "Manda um zap pra gente.",
    # talking or showing something live on a messenger, offered by the seller
    "happy to walk you through it on Skype or by phone",
    "I can show you on Skype how it works.",
    "We can talk on WhatsApp if easier.",
    "Gerne zeigen wir Ihnen per Skype, wie es geht.",
]

MENTIONS = [
    "Follow the pairing steps on YouTube; the video is linked on the product page.",
    "Follow Fernhill's installation guide on YouTube to fit the bracket.",
    "The headset works with Skype and Teams.",
    "LINE app integration is included.",
    "The watch supports WhatsApp calls.",
    "The WhatsApp call quality depends on your network.",
    "My daughter uses Skype to call her grandmother.",
    "We can't do a Skype call, but we can help here on Amazon.",
    "Add the headset in the Skype settings, then press call.",
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
    "Headset Pro, Skype Certified [ASIN: B0USDZFDLE]",
    "Não podemos falar pelo WhatsApp, só pelas mensagens da Amazon.",
    "The how-to video: https://youtu.be/Rb2p7Tq0xkE",  # a video is content, not a contact
    "Watch the set-up on YouTube: https://www.youtube.com/watch?v=Rb2p7Tq0xkE",
    "Die App schickt Ihnen die Fotos per WhatsApp.",
    "Skype: just plug the headset in and restart the app.",
    "We kunnen helaas niet bellen of via WhatsApp contact houden: bij \nAmazon loopt alles via Amazon.",
    "The Wi-Fi signal is weak; a zap of static can reset the remote. Signal strength: 3 bars.",
    "Thanks for the offer to chat on WhatsApp, but we keep all order conversations here on Amazon.",
    "The Facebook group of the brand was closed last year.",
    "Our page on Facebook is not monitored, so please write to us here on Amazon.",
    # declined after the name
    "ご注文に関するやり取りはお電話やLINEではなく、Amazonのメッセージ機能でのみ承っております。",
    "Kontakt per WhatsApp ist leider nicht möglich, bitte schreiben Sie uns über Amazon.",
    # a version or a feature in brackets is not an account; "insta" as a Spanish verb
    "The headset works with Skype (v8.1) and Teams.",
    "Compatible with Skype (for Business) and Zoom.",
    "El fabricante insta a los clientes a registrar el producto.",
    "Não fale com a gente pelo WhatsApp, responda aqui na Amazon.",
    "The headset lets you talk on Skype for hours, we are happy to say.",
    "We can help you set up notifications on WhatsApp.",
    "We can't talk on WhatsApp, only here.",
    "Gerne zeigt Ihnen die App die Nachrichten auf WhatsApp an.",
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
    head = "From: Shop <care@shop.example>\r\nTo: q1@marketplace.amazon.it\r\nSubject: Re: Domanda\r\n"
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


# "Send us a photo of X on WhatsApp": a sending verb, its object, then the channel (my own
# sentences), and look-alikes where the channel is declined, named as a feature or absent.
SEND_OFFERS = [
    "Send us a photo of the broken hinge on WhatsApp and we'll check it.",
    "Just send a short video of the noise via WhatsApp.",
    "Send me the pictures of the label over Telegram, please.",
    "Envoyez-nous une photo de l'étiquette sur WhatsApp (cherchez « Atelier Nord »).",
    "Envoie-moi la facture par WhatsApp.",
    "Schicken Sie uns ein Foto vom Typenschild per WhatsApp.",
    "Schick mir das Video über Telegram.",
    "Envíenos una foto del defecto por WhatsApp.",
    "Mándanos el vídeo del ruido por Telegram.",
    "Ci invii una foto della macchia su WhatsApp.",
    "Inviaci il video del difetto tramite WhatsApp.",
    "Skicka en bild på skadan via WhatsApp.",
    "Stuur ons een foto van de schade via WhatsApp.",
    "Wyślij nam zdjęcie usterki przez WhatsApp.",
    "Send the serial number and a photo of the box to us on Viber.",
]
SEND_NOT_OFFERS = [
    "Please do not send us photos via WhatsApp; reply here on Amazon instead.",
    "Send us a photo of the hinge in this Amazon message.",
    "The watch can send notifications from WhatsApp and Telegram.",
    "Schicken Sie uns bitte kein Foto per WhatsApp, sondern hier über Amazon.",
    "Envoyez-nous la photo ici, pas sur WhatsApp.",
    "No nos envíe fotos por WhatsApp, por favor.",
    "Non ci invii foto su WhatsApp: risponda qui.",
    "The app can send a message on WhatsApp to your family when you arrive.",
    "Send the parcel back with the prepaid label.",
    "We sent the invoice through Amazon messages.",
    "Skicka inte bilder via WhatsApp, svara här.",
    "Stuur geen foto via WhatsApp, antwoord hier.",
    "The camera sends alerts to Telegram if you enable it in the app.",
    "Send us the photo by replying to this message.",
    "Sending files on WhatsApp is a feature of the phone, not of our speaker.",
]


@pytest.mark.parametrize("text", SEND_OFFERS)
def test_send_us_something_on_a_channel_is_an_offer(text: str) -> None:
    assert channels.find_channels(fold(text))


@pytest.mark.parametrize("text", SEND_NOT_OFFERS)
def test_send_look_alikes_offer_nothing(text: str) -> None:
    assert channels.find_channels(fold(text)) == []


def test_zero_width_inside_the_channel_name_is_folded_away() -> None:
    assert channels.find_channels(fold("Écrivez-nous sur Whats\u200bApp pour la photo."))


QUOTED_BUYER_ASKS = [
    "Can someone call me or WhatsApp me?",
    "Could you message me on WhatsApp instead?",
    "Add me on Telegram please, it's easier.",
    "Schreiben Sie mir doch auf WhatsApp.",
    "Pouvez-vous m'écrire sur WhatsApp ?",
]


@pytest.mark.parametrize("ask", QUOTED_BUYER_ASKS)
def test_buyers_quoted_invitation_is_not_the_sellers(ask: str) -> None:
    body = (
        "Thanks for your message. We can only help through Amazon messages, so we won't "
        "move to WhatsApp, but I'm glad to sort it out here.\n\n"
        f"On Tue, Buyer wrote:\n> {ask}\n"
    )
    doc = normalise(parse_message(_raw(body), DEFAULT_LIMITS))
    assert channels.detect(doc, Context()) == []


def test_quoted_channel_with_its_number_still_counts() -> None:
    body = "We'll keep this on Amazon.\n\nOn Tue, Shop wrote:\n> WhatsApp: +44 7700 900123\n"
    doc = normalise(parse_message(_raw(body), DEFAULT_LIMITS))
    assert [f.rule for f in channels.detect(doc, Context())] == ["contact_other.messenger"]


# The handle given further on in the sentence, after an invitation to follow or find the seller
# ("On Instagram we show new designs every week – follow us at @shop"), beyond the means' reach.
FOLLOW_LATER = [
    "Übrigens: Auf Instagram zeigen wir jede Woche neue Designs – folgen Sie uns unter @lumenandlark.de!",
    "On Instagram we post the new colours every single week, so follow us at @lumen_lark!",
    "En Instagram publicamos las novedades cada semana, síguenos en @lumen_es.",
    "Su Instagram mostriamo ogni settimana i nuovi modelli e i retroscena: seguici su @lumen_it!",
    "Sur Instagram, de nouveaux modèles chaque semaine et des coulisses – suivez-nous sur @lumen.fr !",
    "Op Instagram laten we elke week de nieuwste ontwerpen en tips zien, volg ons op @lumen_nl.",
]
FOLLOW_LATER_NOT = [
    # the handle in the next sentence, a negated "follow", or no invitation to the seller
    "Unsere Designs sehen Sie auf Instagram. Folgen Sie uns unter @x_y",
    "On Instagram many customers post photos of their lamps; we do not follow anyone back @home_user",
    "The headset works with Skype; follow the steps on page 3 of the manual @ home.",
]


@pytest.mark.parametrize("text", FOLLOW_LATER)
def test_follow_us_at_a_handle_later_in_the_sentence_is_an_offer(text: str) -> None:
    assert [name for name, _, _ in channels.find_channels(fold(text))] == ["Instagram"]


@pytest.mark.parametrize("text", FOLLOW_LATER_NOT)
def test_handle_outside_the_sentence_or_without_invitation_offers_nothing(text: str) -> None:
    assert channels.find_channels(fold(text)) == []

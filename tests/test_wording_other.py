"""Wording packs marketing, opt_out and offensive: phrase families in six languages, own text only."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from proxy.detectors import Context, wording
from proxy.models import Category
from proxy.normalise import normalise
from proxy.parse import parse_message
from proxy.rules import load_rule_set

RULES = load_rule_set(["rules"])
OURS = {Category.MARKETING, Category.OPT_OUT, Category.OFFENSIVE}


def reply(body: str, html: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = "care@shop.example"
    msg["To"] = "q7x2k@marketplace.amazon.fr"
    msg["Subject"] = "Re: Question about order 171-5550123-7654321"
    msg["In-Reply-To"] = "<abc@amazonses.com>"
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return bytes(msg)


def categories(raw: bytes) -> set[Category]:
    doc = normalise(parse_message(raw))
    return {f.category for f in wording.detect(doc, Context(rules=RULES))} & OURS


def rule_ids(raw: bytes) -> set[str]:
    doc = normalise(parse_message(raw))
    return {f.rule for f in wording.detect(doc, Context(rules=RULES))}


# ----------------------------------------------------------------------------- marketing


@pytest.mark.parametrize("body", [
    "Glad it works! Enter WELCOME5 as your coupon code to save on the matching lid.",
    "As a regular customer you get 10% off your next purchase in our store.",
    "Our autumn sale ends Friday: up to 40% off selected lamps.",
    "You may also like our oak coasters, they match the tray perfectly.",
    "We've just launched a linen range, have a look at our new collection.",
    "Follow us on Pinterest for styling ideas.",
    "Sign up for our newsletter and never miss a deal.",
    "We've partnered with a tea club: your first box is free with our code.",
    "Mit dem Rabattcode HERBST erhalten Sie 10 % auf Ihre nächste Bestellung.",
    "Entdecken Sie unsere neue Kollektion im Shop.",
    "Profitez de nos soldes : jusqu'à -30 % sur tout le site.",
    "Suivez-nous pour ne rien manquer.",
    "Aproveche nuestras rebajas de otoño en la tienda.",
    "Le regalamos un 15 % de descuento en su próxima compra.",
    "Scopra la nuova collezione di tazze nel nostro negozio.",
    "Seguici sui social per le offerte.",
    "新作のマグカップを発売しました。ぜひご覧ください。",
    "次回のお買い物で使えるクーポンをお送りします。",
])
def test_marketing_fires(body: str) -> None:
    assert Category.MARKETING in categories(reply(body))


@pytest.mark.parametrize("body", [
    "Sorry about the dent: we have refunded 20% of the price.",
    "Wir erstatten Ihnen als Entschädigung 15 % des Kaufpreises.",
    "Nous vous envoyons un nouveau couvercle gratuitement.",
    "Le hemos enviado un teclado nuevo sin coste.",
    "Il nuovo cavo di ricambio è in viaggio.",
    "差額を返金いたしました。",
    "Please follow the steps in the manual; we will follow up with the courier.",
    "If you'd like us to check the size, send us the measurements.",
    "The discount you saw was part of a sale that has ended, so the price is correct.",
    "Our after-sales team will look at the hinge; enter the pairing code 0000 on the app.",
    "The case comes in black, sage and sand; see the colour chart in the manual.",
    "Visit the help pages in Your Orders for more.",
])
def test_marketing_quiet(body: str) -> None:
    assert Category.MARKETING not in categories(reply(body))


# ----------------------------------------------------------------------------- opt_out


@pytest.mark.parametrize("body", [
    "To unsubscribe from these emails, click here.",
    "Manage your email preferences: see the link below.",
    "Don't want further reminders? Reply STOP.",
    "To stop receiving these messages, just write back.",
    "Möchten Sie keine Nachrichten mehr erhalten, antworten Sie mit Abmelden.",
    "Pour vous désinscrire, répondez STOP.",
    "Si no desea recibir más mensajes, puede darse de baja aquí.",
    "Per annullare l'iscrizione, risponda CANCELLA.",
    "配信停止をご希望の方はご返信ください。",
])
def test_opt_out_fires(body: str) -> None:
    assert Category.OPT_OUT in categories(reply(body))


@pytest.mark.parametrize("body", [
    "You can opt out of the extended warranty at any time.",
    "Reply to this message with your preferred delivery day.",
    "Update the settings in the app to manage your Bluetooth preferences.",
    "If you want to cancel, reply and we will cancel the order for you.",
])
def test_opt_out_quiet(body: str) -> None:
    assert Category.OPT_OUT not in categories(reply(body))


def test_unsubscribe_link_target_is_opt_out() -> None:
    html = ('<p>Thanks!</p><p><a href="https://shop.example/mail/unsubscribe?id=9">'
            "Click here</a></p>")
    assert "opt_out.link" in rule_ids(reply("Thanks!", html))


def test_amazon_opt_out_sentence_in_quoted_history_is_not_the_sellers() -> None:
    body = ("The lid is dishwasher safe.\n\n"
            "On Mon, 3 Mar 2025 at 10:00, Buyer wrote:\n"
            "> To stop receiving these messages, opt out in your Amazon account.\n")
    assert Category.OPT_OUT not in categories(reply(body))


# ----------------------------------------------------------------------------- offensive


@pytest.mark.parametrize("body", [
    "Honestly, you idiot, read the label.",
    "Are you blind? It says so on the box.",
    "We don't refund a liar like you.",
    "That's f*cking nonsense.",
    "Remove the review or we will hold you personally liable.",
    "Sind Sie wirklich so dumm?",
    "Wir lassen uns nicht verarschen.",
    "Vous nous prenez pour des imbéciles ?",
    "Arrêtez de raconter n'importe quoi.",
    "No sea tonto, el cargador funciona.",
    "Ma è stupido? Il manuale è chiaro.",
    "説明も読めないとは、アホですか。",
    "Jest Pan idiotą.",
])
def test_offensive_fires(body: str) -> None:
    assert Category.OFFENSIVE in categories(reply(body))


@pytest.mark.parametrize("body", [
    "Your parcel left our Scunthorpe depot for Middlesex via Essex.",
    "Our assessment and analysis confirm a first-class finish from Cockburn & Co.",
    "Nous avons constaté le défaut ; notre conseil : gardez l'emballage.",
    "La computadora incluye el cargador.",
    "Der Saugroboter kam sauber verpackt an.",
    "Verifica il certificato e le specifiche tecniche.",
    "The setup is idiot-proof, but here are the steps anyway.",
    "Our fraud prevention team confirmed the order is genuine.",
    "We will report the damage to the courier today.",
    "バカンスシーズンのため、発送が一日遅れます。",
])
def test_offensive_quiet(body: str) -> None:
    assert Category.OFFENSIVE not in categories(reply(body))


def test_buyers_insult_in_quoted_history_is_not_the_sellers() -> None:
    body = ("We are sorry to hear that; a replacement is on its way.\n\n"
            "On Mon, 3 Mar 2025 at 10:00, Buyer wrote:\n"
            "> You are idiots and this is f***ing rubbish.\n")
    assert Category.OFFENSIVE not in categories(reply(body))

"""Proactive-only checks (missing_order_id, unpermitted_proactive), [Important] and List-Unsubscribe."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from proxy.detectors import DETECTORS, Context, headers, proactive
from proxy.models import Action, Category, EditKind, Finding, Kind
from proxy.pipeline.checker import Checker
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import parse_message
from proxy.rules.engine import load_rule_set

OID = "304-5550123-7654321"
RULES = load_rule_set(["rules"])
CHECKER = Checker(context=Context(rules=RULES))


def message(
    subject: str, body: str, *, reply: bool = False, extra: tuple[tuple[str, str], ...] = (), pdf: str = ""
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "care@shop.example"
    msg["To"] = "q7x2k@marketplace.amazon.de"
    msg["Subject"] = subject
    if reply:
        msg["In-Reply-To"] = "<abc@amazonses.com>"
    for name, value in extra:
        msg[name] = value
    msg.set_content(body)
    if pdf:
        msg.add_attachment(b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="pdf", filename=pdf)
    return bytes(msg)


def findings(raw: bytes) -> list[Finding]:
    doc = normalise(parse_message(raw))
    return proactive.detect(doc, Context(rules=RULES))


def rules_of(raw: bytes) -> set[str]:
    return {f.rule for f in findings(raw)}


# ----------------------------------------------------------------------------- missing_order_id


@pytest.mark.parametrize(
    ("subject", "body", "missing"),
    [
        (f"Your order {OID}", "Could you confirm the engraving text?", False),
        ("Engraving text", f"For order {OID}: could you confirm the engraving text?", False),
        ("Your e-book", "Order D01-1234567-7654321: could you confirm the language?", False),
        ("Your engraved pen", "Could you confirm the engraving text for B0C1234567?", True),
        ("Invoice INV-2024-0042", "Please find the invoice INV-2024-0042 attached.", True),
        ("Order 304-555012-7654321", "Could you confirm the engraving text?", True),
        ("Your order", "Bestellnummer 3045550123-7654321, bitte Farbe bestätigen.", True),
        # Japanese runs words together: an order id right after or before kanji is still one
        ("刻印について", f"ご注文番号{OID}の刻印内容をご確認ください。", False),
        ("刻印について", "ご注文番号1304-5550123-7654321の刻印内容をご確認ください。", True),
        ("Din faktura", "Fakturan för beställning407-6325219-9519960 finns bifogad.", False),
    ],
)
def test_missing_order_id(subject: str, body: str, missing: bool) -> None:
    got = [f for f in findings(message(subject, body)) if f.category is Category.MISSING_ORDER_ID]
    assert bool(got) is missing
    if got:
        assert got[0].rule == "missing_order_id.no_order_id"
        assert got[0].action is Action.QUARANTINE
        assert "order id" in got[0].reason


def test_mistyped_order_id_is_named_in_the_reason() -> None:
    got = findings(message("Order 304-555012-7654321", "Which colour would you like?"))
    assert got[0].excerpt.startswith("Order 304-555012-7654321")
    assert "'304-555012-7654321' is not a valid" in got[0].reason


def test_replies_never_need_an_order_id() -> None:
    raw = message("Re: your question", "The lid is dishwasher safe.", reply=True)
    assert not findings(raw)


# ----------------------------------------------------------------------------- unpermitted


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("Good news: your parcel has shipped with DPD today. Enjoy!", "shipping_confirmation"),
        ("Ihre Bestellung wurde heute an DHL übergeben. Viel Spaß damit!", "shipping_confirmation"),
        ("Votre colis a été expédié ce matin. Bonne journée !", "shipping_confirmation"),
        ("Su pedido ha sido enviado hoy. ¡Que lo disfrute!", "shipping_confirmation"),
        ("Il suo pacco è stato spedito stamattina.", "shipping_confirmation"),
        ("本日、商品を発送いたしました。到着まで今しばらくお待ちください。", "shipping_confirmation"),
        ("We are happy to confirm your order. We'll let you know when it ships.", "order_confirmation"),
        ("Wir haben Ihre Bestellung erhalten und packen sie morgen.", "order_confirmation"),
        ("Thanks so much for choosing our little shop, we hope the mug makes you smile!", "thank_you_only"),
        ("Vielen Dank für Ihren Einkauf, wir wünschen viel Freude!", "thank_you_only"),
        ("Grazie per aver scelto il nostro negozio!", "thank_you_only"),
        ("お買い上げいただき、誠にありがとうございました。", "thank_you_only"),
        ("Just a note: if you have any questions, don't hesitate to contact us.", "here_to_help_only"),
        ("Si vous avez des questions, nous restons à votre disposition.", "here_to_help_only"),
        ("Sorry, the teapot is out of stock; we will send it as soon as it is back.", "out_of_stock"),
        ("Purtroppo l'articolo è esaurito, lo spediremo appena possibile.", "out_of_stock"),
        (
            "We have received your message (ticket #88121). A member of our team will reply soon.",
            "auto_acknowledgement",
        ),
        ("Just checking in to make sure everything arrived OK?", "here_to_help_only"),
        ("Your order has shipped. Questions? Reply to this email.", "shipping_confirmation"),
        ("Just to confirm your sander was collected by DPD at 16:40 today.", "collected_by_carrier.multi"),
        (
            "This is an automatic acknowledgement: someone from the team will get back to you soon.",
            "auto_ack_queue.multi",
        ),
    ],
)
def test_unpermitted_notice_only(body: str, rule: str) -> None:
    got = [f for f in findings(message(f"Order {OID}", body)) if f.category is Category.UNPERMITTED_PROACTIVE]
    assert [f.rule for f in got] == [f"unpermitted_proactive.{rule}"]
    assert got[0].reason


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your order! Could you tell us which engraving font you prefer?",
        "Thanks for your order. The courier needs a delivery day: please let us know which suits.",
        "Your order has shipped, but the carrier reports it as delayed at the depot.",
        "Thank you for your order. We have refunded the shipping fee as promised.",
        "Thanks for shopping with us! If you have a moment, we'd appreciate a review on Amazon.",
        "Merci pour votre commande. Vous trouverez la facture ci-jointe.",
        "Gracias por su compra. ¿Prefiere el teclado con distribución española?",
        "The blue mug is out of stock. Would you like the green one or a refund?",
        "Thanks for your order! Use code HELLO10 for 10% off your next purchase.",
    ],
)
def test_permitted_purpose_is_not_unpermitted(body: str) -> None:
    cats = {f.category for f in findings(message(f"Order {OID}", body))}
    assert Category.UNPERMITTED_PROACTIVE not in cats


def test_an_attached_document_is_a_purpose() -> None:
    raw = message(f"Order {OID}", "Thank you for your order.", pdf="packing-list.pdf")
    assert not rules_of(raw)


def _with_file(subject: str, body: str, filename: str, ctype: str, data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "care@shop.example"
    msg["To"] = "q7x2k@marketplace.amazon.de"
    msg["Subject"] = subject
    msg.set_content(body)
    maintype, subtype = ctype.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(msg)


_XLSX = b"PK\x03\x04" + b"\x00" * 26 + b"[Content_Types].xml" + b"\x00" * 64 + b"xl/workbook.xml"
_SEVEN_Z = b"7z\xbc\xaf\x27\x1c" + b"\x00" * 32


@pytest.mark.parametrize(
    ("body", "filename", "ctype", "data"),
    [
        # a confirmation or an out-of-stock notice that only carries a file is still that notice
        (
            f"Good news: order {OID} has shipped with DPD.",
            "dispatch-note.html",
            "text/html",
            b"<html></html>",
        ),
        (f"Il tuo ordine {OID} è stato spedito!", "ricevuta.html", "text/html", b"<p>ricevuta</p>"),
        (
            "La casserole est en rupture de stock jusqu'à fin décembre.",
            "stock.xlsx",
            "application/octet-stream",
            _XLSX,
        ),
        (
            "Niestety produkt jest chwilowo niedostępny w magazynie.",
            "katalog.7z",
            "application/x-7z-compressed",
            _SEVEN_Z,
        ),
        (
            f"Je bestelling {OID} is vandaag met PostNL verzonden.",
            "size-guide.webp",
            "image/webp",
            b"RIFF\x00\x00\x00\x00WEBPVP8 ",
        ),
        # a file the buyer can open does not turn a shipping confirmation into an invoice send
        (
            f"Votre commande {OID} a été expédiée.",
            "invoice-INV-2026-0042.pdf",
            "application/pdf",
            b"%PDF-1.4\n%%EOF\n",
        ),
        # nor does a file the buyer cannot open make a here-to-help note more than that
        (
            "If you have any questions at all, we're here to help.",
            "how-to-fit.mp4",
            "video/mp4",
            b"\x00\x00\x00\x18ftypmp42",
        ),
    ],
)
def test_a_notice_with_a_file_is_still_the_notice(body: str, filename: str, ctype: str, data: bytes) -> None:
    raw = _with_file(f"Order {OID}", body, filename, ctype, data)
    assert Category.UNPERMITTED_PROACTIVE in {f.category for f in findings(raw)}


@pytest.mark.parametrize(
    "body",
    [
        f"Your order {OID} has shipped. Please find your invoice attached.",
        f"Ihre Bestellung {OID} wurde versandt, anbei erhalten Sie die Rechnung.",
        "Thank you for your order: here is the assembly manual for your shelf.",
    ],
)
def test_a_document_the_text_sends_keeps_the_message_permitted(body: str) -> None:
    raw = message(f"Order {OID}", body, pdf="document.pdf")
    assert Category.UNPERMITTED_PROACTIVE not in {f.category for f in findings(raw)}


def test_replies_are_never_unpermitted_proactive() -> None:
    raw = message("Re: question", "Thanks for your order, we're here to help.", reply=True)
    assert not findings(raw)


# ----------------------------------------------------------------------------- important_tag


@pytest.mark.parametrize(
    ("subject", "body", "misused"),
    [
        (f"[Important] Thank you for order {OID}", "We hope you enjoy your new kettle.", True),
        (f"Order {OID} [important]", "If you have a moment, we'd appreciate your feedback.", True),
        (f"[IMPORTANT] Spring deals, order {OID}", "Our winter sale: 20% off everything!", True),
        (f"[Important] Order {OID} confirmed", "Thanks for your personalised order, confirmed.", True),
        (
            f"[Important] Delivery of order {OID}",
            "The freight company needs a delivery slot. Which weekday suits you?",
            False,
        ),
        (
            f"[Important] Order {OID}",
            "The courier rejected the delivery address: the house number is missing. "
            "Could you send it to us?",
            False,
        ),
        (
            f"[Important] Gravur, Bestellung {OID}",
            "Bitte bestätigen Sie den Wunschtext für die Gravur.",
            False,
        ),
        (f"[Important] Commande {OID}", "Quelles initiales souhaitez-vous pour la broderie ?", False),
        (f"[Important] ご注文 {OID}", "名入れのお名前をご返信ください。", False),
        (f"Important: order {OID}", "We hope you enjoy your new kettle.", False),
        # a pallet delivery to a business: days offered, the loading dock and unloading asked
        (
            f"[Important] Pallet delivery, order {OID}",
            "Your order travels on one pallet. The haulier can deliver on Tuesday or Wednesday; "
            "your loading dock accepts goods until 11:00. Would Tuesday between 8:00 and 10:00 "
            "suit you, and is a pallet truck on site?",
            False,
        ),
        (
            f"[Important] Palettenlieferung, Bestellung {OID}",
            "Die Spedition kann Dienstag oder Mittwoch liefern. Passt Ihnen Dienstag zwischen 8 und 10 Uhr?",
            False,
        ),
        # a delivery window announced for the buyer to keep or change is delivery scheduling
        (
            f"[Important] Delivery of order {OID}",
            "Your lounge set will be delivered on Friday between 07:00 and 13:00 by our two-person "
            "team. Please reply if that doesn't work.",
            False,
        ),
        (
            f"[Important] Livraison de la commande {OID}",
            "Votre canapé sera livré vendredi entre 8 h et 12 h. "
            "Merci de nous indiquer si ce créneau ne vous convient pas.",
            False,
        ),
        # a delivery time with nothing asked of the buyer is a shipping notice
        (
            f"[Important] Delivery of order {OID}",
            "Your parcel will be delivered on Friday between 07:00 and 13:00.",
            True,
        ),
    ],
)
def test_important_tag(subject: str, body: str, misused: bool) -> None:
    got = [f for f in findings(message(subject, body)) if f.category is Category.IMPORTANT_TAG]
    assert bool(got) is misused
    if got:
        assert got[0].rule == "important_tag.not_critical"
        assert got[0].where == "subject"


def test_important_tag_on_a_reply_without_context() -> None:
    raw = message("Re: [Important] your question", "The lid is dishwasher safe.", reply=True)
    assert rules_of(raw) == {"important_tag.not_critical"}


def test_without_rule_packs_only_the_order_id_check_runs() -> None:
    doc = normalise(parse_message(message("[Important] Hello", "Thank you for your order.")))
    assert doc.kind is Kind.PROACTIVE
    got = proactive.detect(doc, Context())
    assert [f.rule for f in got] == ["missing_order_id.no_order_id"]


# ----------------------------------------------------------------------------- List-Unsubscribe


def test_list_unsubscribe_header_is_rewritten_away() -> None:
    raw = message(
        f"Order {OID}",
        "Could you confirm the colour?",
        extra=(
            ("List-Unsubscribe", "<mailto:leave@shop.example?subject=x1>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ),
    )
    got = headers.detect(normalise(parse_message(raw)), Context())
    assert len(got) == 1
    finding = got[0]
    assert (finding.rule, finding.category, finding.action) == (
        "opt_out.list_unsubscribe_header",
        Category.OPT_OUT,
        Action.REWRITE,
    )
    assert finding.edit is not None and finding.edit.kind is EditKind.DROP_HEADER
    assert finding.edit.target == "List-Unsubscribe"
    assert "mailto:leave@shop.example" in finding.excerpt


def test_no_header_no_finding() -> None:
    raw = message(f"Order {OID}", "Could you confirm the colour?")
    assert headers.detect(normalise(parse_message(raw)), Context()) == []


def test_pipeline_runs_the_header_detector() -> None:
    assert headers.detect in DETECTORS
    raw = message(
        f"Re: Order {OID}",
        "The lid is dishwasher safe.",
        reply=True,
        extra=(("List-Unsubscribe", "<https://shop.example/u/1>"),),
    )
    judgement = CHECKER.judge(raw)
    assert [f.rule for f in judgement.findings] == ["opt_out.list_unsubscribe_header"]
    assert judgement.verdict.value == "rewrite"


# Thank-you-only messages phrased as a clause ("thanks that you shopped with us") and in more
# languages; my own sentences, with look-alikes that carry a purpose.
THANKS_ONLY = [
    "Stort tack för att du handlade hos oss! Vi uppskattar det.",
    "Tack för din beställning, ha en fin dag!",
    "Tack så mycket för ditt köp.",
    "Tack för att ni valde vår butik.",
    "Vielen Dank, dass Sie bei uns eingekauft haben. Viel Freude damit!",
    "Herzlichen Dank, dass Sie sich für unsere Messer entschieden haben.",
    "Danke, dass du bei unserem kleinen Laden bestellt hast!",
    "Danke für deinen Einkauf und viel Spaß!",
    "Thank you for placing your order with our workshop.",
    "We're so grateful you chose our little shop!",
    "Merci d'avoir choisi notre atelier, bonne journée !",
    "Gracias por haber comprado en nuestra tienda.",
    "Grazie di averci scelto, buona giornata!",
    "Bedankt voor je bestelling en veel plezier ermee!",
    "Dziękujemy za zakup w naszym sklepie!",
]
THANKS_WITH_PURPOSE = [
    "Tack för din beställning! Vilken färg vill du ha på gravyren?",
    "Tack för att du handlade hos oss. Fakturan finns i bilagan.",
    "Vielen Dank, dass Sie bei uns eingekauft haben. Anbei Ihre Rechnung.",
    "Danke, dass Sie bestellt haben. Welche Gravur wünschen Sie?",
    "Thank you for placing your order. Could you confirm the engraving text?",
    "We're so grateful you chose us. The parcel is delayed at the depot, sorry.",
    "Merci d'avoir commandé chez nous. Pourriez-vous confirmer la taille ?",
    "Gracias por haber comprado. Le hemos reembolsado el envío.",
    "Grazie di averci scelto. In allegato la fattura.",
    "Bedankt voor je bestelling. Welke kleur wil je?",
    "Dziękujemy za zakup. Czy możesz potwierdzić adres?",
    "Tack så mycket för ditt köp. Vi har återbetalat fraktkostnaden, se refund.",
    "Danke für deinen Einkauf! Die Lieferung verzögert sich um zwei Tage.",
    "Thank you for making your purchase with us. If you have a moment, a review would help.",
    "Herzlichen Dank, dass Sie sich für uns entschieden haben. Der Artikel wird ersetzt: "
    "Ersatzlieferung folgt.",
]


@pytest.mark.parametrize("body", THANKS_ONLY)
def test_thank_you_clause_only_is_unpermitted(body: str) -> None:
    got = {f.rule for f in findings(message(f"Order {OID}", body))}
    assert "unpermitted_proactive.thank_you_only" in got


@pytest.mark.parametrize("body", THANKS_WITH_PURPOSE)
def test_thank_you_clause_with_purpose_is_permitted(body: str) -> None:
    cats = {f.category for f in findings(message(f"Order {OID}", body, pdf=""))}
    assert Category.UNPERMITTED_PROACTIVE not in cats


# [Important] on a delivery slot confirmed as agreed: scheduling, so allowed without a question.
SLOT_CONFIRMED = [
    "Your confirmed delivery slot is Thursday, 8:00 to 12:00.",
    "We have booked the delivery slot you chose: Friday morning.",
    "The installation appointment is now confirmed for Tuesday at 10:00.",
    "Your delivery window has been arranged for Monday afternoon.",
    "The sofa will be delivered on Monday between 8 and 12, as you asked.",
    "The fridge will be installed on Friday between 9:00 and 13:00 as we agreed.",
    "Agreed delivery date: Saturday the 14th, drop-off at the side door.",
    "Der Liefertermin am Freitag ist hiermit bestätigt.",
    "Ihr vereinbarter Liefertermin: Dienstag zwischen 8 und 12 Uhr.",
    "Le créneau de livraison de jeudi matin est confirmé.",
    "La franja de entrega del lunes por la mañana está confirmada.",
    "La fascia oraria di consegna di venerdì è confermata.",
    "お届け日時は3月14日午前中で確定いたしました。",
    "Your reserved delivery slot for the wardrobe is Wednesday 14:00-18:00.",
    "The delivery date has been fixed for 12 May, as requested.",
]
SLOT_CONFIRMED.extend(
    [
        "Die Spedition hat Ihren Wunschtermin bestätigt: Mittwoch, zwischen 7 und 11 Uhr.",
        "The haulier has confirmed your preferred delivery date, Friday morning.",
    ]
)
SLOT_NOT_CONFIRMED = [
    "We hope you enjoy your new kettle.",
    "Thank you for your order, we appreciate it.",
    "Our winter sale starts today: 20% off everything!",
    "If you have a moment, we'd appreciate your feedback.",
    "Your parcel will be delivered on Monday.",
    "Your order has shipped with DPD.",
    "Vielen Dank für Ihren Einkauf!",
    "Merci pour votre commande.",
    "Gracias por su compra.",
    "Grazie per il suo ordine.",
    "ご注文ありがとうございます。",
    "Here are some care tips for your new pan.",
    "The courier will deliver it sometime next week.",
    "Your order was delivered yesterday at 10:00.",
    "We have updated our returns policy.",
]


@pytest.mark.parametrize("body", SLOT_CONFIRMED)
def test_important_on_a_confirmed_slot_is_allowed(body: str) -> None:
    got = [
        f
        for f in findings(message(f"[Important] Delivery of order {OID}", body))
        if f.category is Category.IMPORTANT_TAG
    ]
    assert got == []


@pytest.mark.parametrize("body", SLOT_NOT_CONFIRMED)
def test_important_without_scheduling_is_misused(body: str) -> None:
    got = [
        f for f in findings(message(f"[Important] Order {OID}", body)) if f.category is Category.IMPORTANT_TAG
    ]
    assert [f.rule for f in got] == ["important_tag.not_critical"]


# [Important] where the message itself is about delivery scheduling, an address problem or a
# customisation: the context alone allows the tag (no question needed).
IMPORTANT_ALLOWED = [
    "Your wardrobe will be delivered by appointment; the haulier needs a date from you.",
    "The courier left a card while you were out. We have arranged a redelivery for Friday.",
    "After the failed delivery on Monday the parcel waits at the depot for a second attempt.",
    "The postcode on your order does not match the street, so Royal Mail may return it.",
    "Your shipping address is incomplete: the flat number is missing.",
    "We are still waiting for the engraving text for your cufflinks.",
    "Die Spedition benötigt einen Termin für die Anlieferung Ihres Schranks.",
    "Der Zustellversuch am Dienstag war leider erfolglos.",
    "Die Postleitzahl in Ihrer Lieferadresse stimmt nicht mit dem Ort überein.",
    "Votre canapé sera livré par transporteur sur rendez-vous.",
    "Le code postal de votre adresse ne correspond pas à la ville indiquée.",
    "Nous attendons encore le prénom pour la gravure de votre bracelet.",
    "El transportista necesita una fecha para la entrega de su armario.",
    "Su dirección está incompleta: falta el número del portal.",
    "Il corriere ha bisogno di un giorno per il nuovo tentativo di consegna.",
    "L'indirizzo di consegna risulta incompleto, manca il numero civico.",
    "ご不在のため、再配達の手配が必要です。",
    "ご住所に番地の記載がなく、住所の確認が必要です。",
    "名入れの文字がまだ届いておりません。",
]
IMPORTANT_MISUSED = [
    "We hope you enjoy your new candles. Thank you for your order!",
    "If you have a moment, we would appreciate your review of the candles.",
    "Use code AUTUMN15 for 15% off your next order.",
    "Our new walnut collection has just launched.",
    "Your parcel has shipped and will arrive on Monday.",
    "Vielen Dank für Ihre Bestellung!",
    "Merci pour votre commande, à bientôt !",
    "Gracias por su compra, esperamos que le guste.",
    "Grazie per il suo ordine!",
    "ご注文ありがとうございました。",
    # context only in the signature, under a sign-off line
    "We hope the mug arrived safely.\n\nKind regards,\nAnna\nPersonalised mugs and engraving since 1998",
    # a redelivery mentioned, but the message is a review request
    "The redelivery went well. Could you leave a review of the lamp on Amazon?",
]


@pytest.mark.parametrize("body", IMPORTANT_ALLOWED)
def test_important_with_allowed_context_alone(body: str) -> None:
    got = [
        f for f in findings(message(f"[Important] Order {OID}", body)) if f.category is Category.IMPORTANT_TAG
    ]
    assert got == []


@pytest.mark.parametrize("body", IMPORTANT_MISUSED)
def test_important_on_other_messages_is_misused(body: str) -> None:
    got = [
        f for f in findings(message(f"[Important] Order {OID}", body)) if f.category is Category.IMPORTANT_TAG
    ]
    assert [f.rule for f in got] == ["important_tag.not_critical"]


# A thank-you followed by a review request, or by promotion, is not a thank-you-only message.
THANKS_WITH_MORE = [
    "Thank you for your order. If you have a moment, we'd appreciate your review on Amazon.",
    "Vielen Dank für Ihre Bestellung. Wir würden uns über eine Bewertung auf Amazon freuen.",
    "Merci pour votre commande. Si vous avez un instant, votre avis sur Amazon nous serait précieux.",
    "Gracias por su compra. Si tiene un momento, ¿podría dejarnos su opinión en Amazon?",
    "Grazie per il suo ordine. Se ha un momento, ci farebbe piacere leggere la sua recensione.",
    "ご購入いただきありがとうございました。よろしければ、ご感想をお聞かせください。",
    "お買い上げいただきありがとうございます。ご感想をお寄せいただけますと幸いです。",
    "Thank you for shopping with us! Sign up for our newsletter to hear about new arrivals.",
    "Merci pour votre commande. Inscrivez-vous à notre lettre d'information !",
    "Danke für Ihren Einkauf! Abonnieren Sie unseren Newsletter für neue Angebote.",
    "Gracias por su compra. Suscríbase a nuestro boletín de noticias.",
    "Grazie per il suo acquisto! Si iscriva alla nostra newsletter.",
]
THANKS_ONLY = [
    "Thank you for your order, we hope you love it!",
    "Vielen Dank für Ihre Bestellung und viel Freude damit.",
    "Merci pour votre commande et à bientôt.",
    "Gracias por su compra, ¡que la disfrute!",
    "Grazie per il suo acquisto, buona giornata!",
    "ご注文いただきありがとうございました。",
    "Thanks for shopping with us, enjoy your new mug.",
    "We really appreciate your order. Have a lovely week!",
    "Thank you so much for your purchase.",
    "Wir bedanken uns für Ihren Einkauf.",
]


@pytest.mark.parametrize("body", THANKS_WITH_MORE)
def test_thanks_with_more_is_not_thank_you_only(body: str) -> None:
    rules = {f.rule for f in findings(message(f"Order {OID}", body))}
    assert "unpermitted_proactive.thank_you_only" not in rules


@pytest.mark.parametrize("body", THANKS_ONLY)
def test_thanks_only_is_unpermitted(body: str) -> None:
    rules = {f.rule for f in findings(message(f"Order {OID}", body))}
    assert "unpermitted_proactive.thank_you_only" in rules


# ----------------------------------------------------------------------------- added after heldout13
# Out-of-stock notices stay notices when they cancel the order or offer another item: that is
# what such a notice offers. Without a cancellation or substitute, a question or a delay is still
# a purpose (a back-order that only delays the parcel, a customisation the font cannot do).
STOCK_NOTICES = [
    "The vanilla whey is out of stock until mid-January. We do have chocolate in stock - would you "
    "like one of those instead, or shall we cancel?",
    "Unfortunately the casserole sold out over Black Friday and we are unable to fulfil your order. "
    "We'll cancel it and you'll get a full refund from Amazon.",
    "Lamentamos informarte de que el producto está agotado. Cancelaremos el pedido y Amazon te reembolsará.",
    "Leider ist die Pfanne ausverkauft. Wir stornieren die Bestellung und erstatten den Betrag.",
    "Purtroppo il prodotto è esaurito: annulleremo l'ordine e riceverà il rimborso.",
]
STOCK_WITH_PURPOSE = [
    "The battery is back-ordered by two days. It will ship on Wednesday with USPS Priority.",
    "The long dash is not available in our font: shall we use a normal hyphen or a dot?",
    "The blue mug is out of stock. Would you like the green one or a refund?",
]


@pytest.mark.parametrize("body", STOCK_NOTICES)
def test_out_of_stock_notice_with_cancellation_or_substitute(body: str) -> None:
    got = [f.rule for f in findings(message(f"Order {OID}", body))]
    assert got and got[0].startswith("unpermitted_proactive.out_of_stock")


@pytest.mark.parametrize("body", STOCK_WITH_PURPOSE)
def test_stock_words_with_a_purpose_and_no_cancellation(body: str) -> None:
    cats = {f.category for f in findings(message(f"Order {OID}", body))}
    assert Category.UNPERMITTED_PROACTIVE not in cats


# New notice wording: with the carrier, seasonal greetings, here-if-you-need-help offers.
NEW_NOTICES = [
    (f"Your order {OID} is now with the courier.", "with_carrier.multi"),
    ("Ihre Bestellung ist jetzt bei DHL.", "with_carrier.multi"),
    ("Uw pakket is nu bij PostNL.", "with_carrier.multi"),
    (
        "From all of us at the shop, thank you for being part of our year. We hope your Christmas "
        "table was full.",
        "seasonal_greeting.multi",
    ),
    (
        "Tutto il team ti augura buone feste e un 2025 pieno di soddisfazioni sportive!",
        "seasonal_greeting.multi",
    ),
    ("Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch!", "seasonal_greeting.multi"),
    # an order being packed is an order confirmation; a restock delay is an out-of-stock notice
    ("Good news: our studio crew is lovingly wrapping your parcel today.", "prepare_order.multi"),
    (
        "Niestety zamówiony fotel chwilowo nie jest dostępny, nowa partia dotrze za dwa tygodnie.",
        "out_of_stock.more",
    ),
    ("ご注文の商品は入荷遅延のため、現在在庫切れとなっております。", "out_of_stock"),
    (
        "Din beställning bör ha kommit fram nu. Vi finns här om du behöver hjälp med något - svara "
        "bara på det här meddelandet.",
        "here_to_help_more.multi",
    ),
]


@pytest.mark.parametrize(("body", "rule"), NEW_NOTICES)
def test_new_notice_wording(body: str, rule: str) -> None:
    got = [f.rule for f in findings(message(f"Order {OID}", body))]
    assert got == [f"unpermitted_proactive.{rule}"]


def test_a_greeting_with_a_question_is_permitted() -> None:
    body = "Merry Christmas! Could you tell us which engraving font you prefer for the board?"
    assert Category.UNPERMITTED_PROACTIVE not in {f.category for f in findings(message(f"Order {OID}", body))}


def test_shipping_confirmation_with_marketing_is_both() -> None:
    """A shipping confirmation stays one when a referral scheme is appended (marketing reports the rest)."""
    body = (
        f"Your order {OID} is now with the courier.\n\nNew this season: refer a friend and you both "
        "get £5 off your next order."
    )
    raw = message(f"Order {OID}", body)
    assert "unpermitted_proactive.with_carrier.multi" in rules_of(raw)
    assert Category.MARKETING in set(CHECKER.judge(raw).categories)


def test_delivery_note_that_asks_about_the_review_is_not_a_notice() -> None:
    body = (
        "According to tracking your replacement was delivered yesterday. To remove the review, open "
        "Your Orders and choose 'Remove'."
    )
    assert Category.UNPERMITTED_PROACTIVE not in {f.category for f in findings(message(f"Order {OID}", body))}


def test_thank_you_with_a_promotion_is_still_the_promotion_only() -> None:
    body = "Thanks for your order! Use code HELLO10 for 10% off your next purchase."
    assert Category.UNPERMITTED_PROACTIVE not in {f.category for f in findings(message(f"Order {OID}", body))}


def test_an_opt_out_question_is_no_purpose() -> None:
    body = (
        f"Ihre Bestellung {OID} wurde soeben versandt!\n\nSie möchten keine Versandinfos mehr? "
        "Hier abmelden: https://notify.example/optout/E7YG"
    )
    assert "unpermitted_proactive.shipping_confirmation" in rules_of(message(f"Order {OID}", body))


# ----------------------------------------------------------------------------- added after heldout16
# A shipping or order confirmation stays reported next to a newsletter, a coupon or an opt-out
# line: the promotion is reported as marketing, the opt-out as opt_out, the notice as well.
FIRM_WITH_PROMOTION = [
    f"Your order {OID} has shipped! Join our newsletter for 10% off. Don't want "
    "these? Reply STOP to unsubscribe",
    f"Ihre Bestellung {OID} wurde versandt. Newsletter-Abo = 10 % Rabatt. Keine Mails "
    "mehr? Einfach mit ABMELDEN antworten.",
    f"A sua encomenda {OID} foi enviada! Assine a newsletter e ganhe 10%. Para se "
    "descadastrar, responda SAIR.",
    f"ご注文 {OID} を発送いたしました!メルマガ登録で10%オフ。"
    "配信停止をご希望の方は「停止」とご返信ください。",
    f"Din beställning {OID} är på väg! Nyhetsbrevet ger 10% rabatt. Avregistrera dig genom att svara STOPP.",
    f"Votre commande {OID} est partie ! -10 % avec notre newsletter. Pour vous désinscrire, répondez STOP.",
    f"Zamówienie {OID} wysłane! Zapisz się do newslettera i zgarnij 10%. Aby się wypisać, odpisz STOP.",
]


@pytest.mark.parametrize("body", FIRM_WITH_PROMOTION)
def test_firm_notice_with_newsletter_and_opt_out_is_still_reported(body: str) -> None:
    cats = {f.category for f in findings(message(f"Order {OID}", body))}
    assert Category.UNPERMITTED_PROACTIVE in cats


STATUS_LINES = [
    f"Commande {OID} expédiée. Découvrez aussi nos nouveaux plaids en lin.",
    f"Ordine {OID} spedito! Dai un'occhiata anche ai nuovi vasi.",
    f"Pedido {OID} enviado! Veja também nossas caixas de som novas.",
    f"Zamówienie {OID} wysłane. Zobacz też nasze nowe zestawy kluczy.",
    f"¡Tu pedido {OID} ya salió!",
    f"Je bestelling {OID} is onderweg!",
    f"Order {OID} has been delivered! While you're here: have a look around.",
    f"Bestellung {OID} versandt.",
]


@pytest.mark.parametrize("body", STATUS_LINES)
def test_terse_status_lines_are_shipping_confirmations(body: str) -> None:
    assert "unpermitted_proactive.status_line.multi" in rules_of(message(f"Order {OID}", body))


NOT_STATUS_LINES = [
    f"Order {OID}: we'll let you know when your order has shipped. Which colour would you like?",
    f"Order {OID}: the replacement parcel has been sent.",
    f"Order {OID}: your order was sent to the wrong address, so we are sending a new one.",
    f"Pedido {OID}: a peça que faltava foi enviada hoje.",
]


@pytest.mark.parametrize("body", NOT_STATUS_LINES)
def test_status_words_in_a_problem_or_a_future_clause_are_no_notice(body: str) -> None:
    assert Category.UNPERMITTED_PROACTIVE not in {f.category for f in findings(message(f"Order {OID}", body))}


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        (f"Potwierdzamy przyjęcie zamówienia {OID} do realizacji.", "we_confirm_order.multi"),
        (f"We confirm receipt of your order {OID}.", "we_confirm_order.multi"),
        (f"Nous confirmons la bonne réception de votre commande {OID}.", "we_confirm_order.multi"),
        (f"Commande {OID} : on voulait juste vous dire qu'on est là si besoin.", "here_if_needed.multi"),
        (f"Pedido {OID}: qualquer novidade, conte conosco!", "here_if_needed.multi"),
    ],
)
def test_first_person_confirmations_and_here_if_needed_notes(body: str, rule: str) -> None:
    assert f"unpermitted_proactive.{rule}" in rules_of(message(f"Order {OID}", body))


def test_thank_you_with_newsletter_is_still_not_thank_you_only() -> None:
    body = "Obrigado pela sua compra! Assine a nossa newsletter e ganhe 10%."
    assert Category.UNPERMITTED_PROACTIVE not in {
        f.category for f in findings(message(f"Pedido {OID}", body))
    }


@pytest.mark.parametrize(
    "body",
    [
        f"bestelling {OID}: de bezorger mist je huisnummertoevoeging bij 1012 AB "
        "Amsterdam, kun je die doorgeven?",
        f"pedido {OID}: a transportadora diz que falta o complemento do endereço (CEP "
        "01310-100), pode confirmar?",
        f"Order {OID}: the courier says your address is missing the flat number.",
        f"Commande {OID} : il manque le numéro d'appartement dans l'adresse.",
    ],
)
def test_important_on_a_missing_address_part_is_allowed(body: str) -> None:
    cats = {f.category for f in findings(message("[Important] Address", body))}
    assert Category.IMPORTANT_TAG not in cats


# A missing item sent on afterwards is a fulfilment fix, whatever the greeting thanks for or the
# subject calls it ("Nalevering" is a follow-up delivery, not a back-order notice).
MISSING_ITEM_SENT = [
    (
        "Nalevering voor bestelling " + OID,
        f"Een accessoire uit bestelling {OID} zat niet in het hoofdpakket. "
        "We hebben het vandaag apart verstuurd met PostNL, trackingnummer 3SCKTZ7473010.",
    ),
    (
        f"ご注文 {OID}について",
        "いつもご利用いただきありがとうございます。\n\n"
        f"ご注文 {OID}の付属品が一点、本体と同梱されておりませんでした。本日、佐川急便にて別送いたしました。",
    ),
    (
        f"Order {OID}",
        "Thank you for your order! The charger wasn't in the box, so we sent it today with DPD.",
    ),
    (
        f"Bestellung {OID}",
        "Vielen Dank für Ihre Bestellung. Das Netzteil war leider nicht im Paket; "
        "wir haben es heute separat verschickt.",
    ),
    (
        f"Commande {OID}",
        "Merci pour votre commande. Le chargeur n'était pas dans le colis : il est parti ce matin.",
    ),
    (f"Zamówienie {OID}", "Dziękujemy za zakup. Ładowarki nie było w paczce, wysłaliśmy ją dziś osobno."),
    (f"Beställning {OID}", "Tack för ditt köp! Laddaren låg inte med i paketet, vi skickade den i dag."),
]


@pytest.mark.parametrize(("subject", "body"), MISSING_ITEM_SENT)
def test_a_missing_item_sent_on_is_permitted(subject: str, body: str) -> None:
    assert Category.UNPERMITTED_PROACTIVE not in {f.category for f in findings(message(subject, body))}


def test_important_on_a_missing_item_note_is_still_misused() -> None:
    body = f"Een accessoire uit bestelling {OID} zat niet in het hoofdpakket. We hebben het apart verstuurd."
    got = findings(message(f"Nalevering voor bestelling {OID} [Important]", body))
    assert [f.rule for f in got] == ["important_tag.not_critical"]


def test_a_back_order_in_dutch_is_still_a_stock_notice() -> None:
    body = f"Het artikel uit bestelling {OID} staat helaas in nalevering."
    assert "unpermitted_proactive.out_of_stock.more" in rules_of(message(f"Bestelling {OID}", body))


@pytest.mark.parametrize(
    "body",
    [
        f"Un petit mot simplement pour vous remercier d'avoir choisi notre boutique pour la commande {OID}.",
        f"Thank you for having chosen our shop for order {OID}.",
        f"Queremos agradecerle por habernos elegido para el pedido {OID}.",
        f"Bedankt dat u voor onze winkel hebt gekozen (bestelling {OID}).",
    ],
)
def test_thanks_for_having_chosen_is_thank_you_only(body: str) -> None:
    assert "unpermitted_proactive.thank_you_for_choosing.multi" in rules_of(message(f"Order {OID}", body))


@pytest.mark.parametrize(
    "body",
    [
        f"Du har beställt en madrass med broderat namn (beställning {OID}). I beställningen står namnet "
        '"Emilie". Bekräfta stavningen, eller skicka den rätta, innan vi börjar brodera.',
        f"Bestelling {OID}: u koos een geborduurde naam. "
        "Bevestig de spelling van de naam voordat we gaan borduren.",
    ],
)
def test_important_on_a_bare_imperative_customisation_question_is_allowed(body: str) -> None:
    cats = {f.category for f in findings(message(f"[Important] Order {OID}", body))}
    assert Category.IMPORTANT_TAG not in cats
    assert Category.UNPERMITTED_PROACTIVE not in cats

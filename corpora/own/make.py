"""Write corpora/own: the project's own small labelled corpus (hand-written cases; run to regenerate)."""

import json
from email.message import EmailMessage

CASES = []


def add(
    slug,
    subject,
    text,
    cats,
    *,
    html=None,
    reply=True,
    to="q7w8e9r0t1@marketplace.amazon.com",
    attachments=(),
    headers=None,
    lang="en",
    note="",
):
    CASES.append(
        dict(
            slug=slug,
            subject=subject,
            text=text,
            cats=cats,
            html=html,
            reply=reply,
            to=to,
            attachments=attachments,
            headers=headers or {},
            lang=lang,
            note=note,
        )
    )


QUOTE = """

On Tue, 4 Mar 2025 at 09:12, Sam - Amazon Marketplace <q7w8e9r0t1@marketplace.amazon.com> wrote:
> Order ID 205-3344556-7788990:
> ------------- Message: -------------
> {q}
> ------------- End message -------------
"""

add(
    "parcel-update-tracking",
    "Re: Where is my kettle? (Order 205-3344556-7788990)",
    "Hello Sam,\n\nYour kettle left our warehouse on 3 March with Royal Mail, tracking number RF482913575GB. "
    "It should arrive by Thursday 6 March between 08:00 and 18:00.\n\nBest wishes,\nNora\nHearthline Goods"
    + QUOTE.format(q="When will my kettle arrive?"),
    [],
    note="tracking number, dates and times",
)
add(
    "refund-no-strings",
    "Re: Cracked lid (Order 205-3344556-7788990)",
    "Hi Sam,\n\nSorry about the cracked lid. We have issued a refund of £12.50 to your original payment method; "
    "there is no need to send anything back.\n\nNora" + QUOTE.format(q="The lid arrived cracked."),
    [],
    note="partial refund resolving a problem",
)
add(
    "shop-website-signature",
    "Re: Spare filter (Order 205-3344556-7788990)",
    "Hi Sam,\n\nThe spare filter is part FL-200.\n\nNora\nHearthline Goods | hearthline-goods.co.uk"
    + QUOTE.format(q="Which filter fits?"),
    ["external_link"],
    note="bare domain in the signature",
)
add(
    "phone-in-signature",
    "Re: Spare filter (Order 205-3344556-7788990)",
    "Hi Sam,\n\nThe spare filter is part FL-200.\n\nNora\nCall us: +44 20 7946 0321"
    + QUOTE.format(q="Which filter fits?"),
    ["contact_phone"],
    note="UK phone number in a signature",
)
add(
    "email-obfuscated",
    "Re: Manual (Order 205-3344556-7788990)",
    "Hi Sam,\n\nIf the manual is unclear, write to nora at hearthline-goods dot co dot uk and I will help.\n\nNora"
    + QUOTE.format(q="Is there a manual?"),
    ["contact_email"],
    note="address written with at/dot words",
)
add(
    "gift-card-for-review",
    "Re: Thanks (Order 205-3344556-7788990)",
    "Hi Sam,\n\nGlad the kettle works! Post a review and we will send you a £10 Amazon gift card as a thank you.\n\nNora"
    + QUOTE.format(q="It works now."),
    ["review_incentive"],
    note="gift card in return for a review",
)
add(
    "five-star-ask",
    "Re: Thanks (Order 205-4455667-8899001)",
    "Hi Sam,\n\nIf you are happy with the kettle, please leave us a 5-star review. It means the world to a small shop.\n\nNora",
    ["review_manipulation"],
    note="asks for five stars",
)
add(
    "please-remove-review",
    "Re: Your review (Order 205-5566778-9900112)",
    "Hi Sam,\n\nNow that the replacement has arrived, could you please remove your negative review?\n\nThanks,\nNora",
    ["feedback_removal"],
    note="asks to remove a review",
)
add(
    "insult",
    "Re: Complaint (Order 205-3344556-7788990)",
    "Sam,\n\nYou clearly cannot read instructions. Stop wasting our time, you idiot.\n\nNora",
    ["offensive"],
    note="insult",
)
add(
    "whatsapp-invite",
    "Re: Photo of the damage (Order 205-3344556-7788990)",
    "Hi Sam,\n\nSend the photos to our WhatsApp on +44 7700 900456 and we will sort it out.\n\nNora",
    ["contact_phone", "contact_other"],
    note="WhatsApp with a number",
)
add(
    "skype-feature",
    "Re: Webcam question (Order 205-6677889-0011223)",
    "Hi Sam,\n\nYes, the webcam works with Skype, Zoom and Microsoft Teams without extra drivers.\n\nNora"
    + QUOTE.format(q="Does it work with Skype?"),
    [],
    note="messenger names as product features",
)
add(
    "coupon-next-order",
    "Re: Thanks (Order 205-3344556-7788990)",
    "Hi Sam,\n\nThanks for your order! Use code SPRING20 for 20% off your next purchase in our store.\n\nNora",
    ["marketing"],
    note="coupon for a future purchase",
)
add(
    "proactive-delivery-slot",
    "[Important] Delivery appointment for order 205-7788990-1122334",
    "Hello,\n\nThe carrier needs a delivery appointment for your sofa. Could you tell us which weekday suits you?\n\nNora",
    [],
    reply=False,
    note="[Important] used for delivery scheduling",
)
add(
    "proactive-thanks-only",
    "Thank you for your order 205-8899001-2233445",
    "Hello,\n\nThank you for shopping with Hearthline Goods. We hope you enjoy your purchase!\n\nNora",
    ["unpermitted_proactive"],
    reply=False,
    note="thank-you-only proactive message",
)
add(
    "proactive-no-order",
    "Your invoice",
    "Hello,\n\nPlease find your invoice attached.\n\nNora",
    ["missing_order_id"],
    reply=False,
    attachments=[("invoice.pdf", "application", "pdf", b"%PDF-1.4\n%test\n")],
    note="proactive message without an order id",
)
add(
    "zip-attachment",
    "Re: Drivers (Order 205-3344556-7788990)",
    "Hi Sam,\n\nThe drivers are attached.\n\nNora" + QUOTE.format(q="Where are the drivers?"),
    ["attachment"],
    attachments=[("drivers.zip", "application", "zip", b"PK\x03\x04" + b"\x00" * 60)],
    note="ZIP archive",
)
add(
    "pdf-manual",
    "Re: Manual (Order 205-3344556-7788990)",
    "Hi Sam,\n\nThe manual is attached as a PDF.\n\nNora" + QUOTE.format(q="Is there a manual?"),
    [],
    attachments=[("manual.pdf", "application", "pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n")],
    note="PDF manual",
)
add(
    "pixel-html",
    "Re: Kettle (Order 205-3344556-7788990)",
    "Hi Sam,\n\nThe base is dishwasher safe.\n\nNora",
    ["tracking_pixel"],
    html="<p>Hi Sam,</p><p>The base is dishwasher safe.</p><p>Nora</p>"
    '<img src="https://open.mailtrack.example/p/q7w8e9r0t1.png" width="1" height="1" alt="">',
    note="1x1 remote pixel carrying the relay id",
)
add(
    "list-unsubscribe",
    "Re: Kettle (Order 205-3344556-7788990)",
    "Hi Sam,\n\nThe base is dishwasher safe.\n\nNora",
    ["opt_out"],
    headers={"List-Unsubscribe": "<https://news.hearthline.example/u?id=9>"},
    note="List-Unsubscribe header",
)
add(
    "amazon-order-link",
    "Re: Return (Order 205-3344556-7788990)",
    "Hi Sam,\n\nYou can start the return from your orders page: https://www.amazon.co.uk/gp/css/order-history\n\nNora"
    + QUOTE.format(q="How do I return it?"),
    [],
    note="link to an Amazon orders page",
)
add(
    "neutral-review-request",
    "Your order 205-9900112-3344556",
    "Hello,\n\nWe hope your new kettle is working well. If you have a moment, we would appreciate a review of your purchase on Amazon.\n\nNora",
    [],
    reply=False,
    note="one neutral review request, proactive with order id",
)
add(
    "second-review-request",
    "Quick question about order 205-9900112-3344556",
    "Hello,\n\nCould you spare a minute to leave a review of the kettle on Amazon? Your feedback helps us.\n\nNora",
    ["repeat_request"],
    reply=False,
    note="second review request for the same order",
)
add(
    "de-bewertung-gegen-gutschein",
    "AW: Ihre Bestellung 302-1122334-5566778",
    "Hallo Frau Berg,\n\nwenn Sie uns eine positive Bewertung schreiben, erhalten Sie einen Gutschein über 15 €.\n\nViele Grüße\nJonas",
    ["review_incentive", "review_manipulation"],
    to="k1l2m3@marketplace.amazon.de",
    lang="de",
    note="voucher for a positive review",
)
add(
    "fr-colis-suivi",
    "RE: Commande 402-2233445-6677889",
    "Bonjour,\n\nVotre colis a été remis à Colissimo, numéro de suivi 6A12345678901. Livraison prévue le 12/03.\n\nCordialement,\nLéa",
    [],
    to="z9y8x7@marketplace.amazon.fr",
    lang="fr",
    note="French tracking number",
)

add(
    "emoji-reply",
    "Re: Kettle (Order 205-3344556-7788990)",
    "Hi Sam,\n\nGreat news, the replacement is on its way \U0001f680\U0001f389\n\nNora",
    ["styling"],
    note="emoji in the body",
)
add(
    "important-misused",
    "[IMPORTANT] Your order 205-1212121-3434343",
    "Hello,\n\nWe have updated our opening hours for the holidays.\n\nNora",
    ["important_tag"],
    reply=False,
    note="[Important] on a message not needed for the order",
)
add(
    "ja-review-points",
    "Re: ご注文 503-1234567-7654321 について",
    "山田様\n\nレビューを書いていただいた方には、次回使える500円分のポイントを差し上げます。\n\n佐藤",
    ["review_incentive"],
    to="a1b2c3@marketplace.amazon.co.jp",
    lang="ja",
    note="points for a review",
)
add(
    "es-telefono-palabras",
    "RE: Pedido 171-2345678-9012345",
    "Hola Ana,\n\nLlámenos al seis uno dos tres cuatro cinco seis siete ocho y lo solucionamos.\n\nLuis",
    ["contact_phone"],
    to="p0o9i8@marketplace.amazon.es",
    lang="es",
    note="phone number in words",
)
add(
    "it-link-punto",
    "R: Ordine 171-3456789-0123456",
    "Ciao Marco,\n\ntrovi il manuale su ferramenta-rossi punto it nella sezione download.\n\nGiulia",
    ["external_link"],
    to="u7y6t5@marketplace.amazon.it",
    lang="it",
    note="domain with punto",
)
add(
    "de-retoure-adresse",
    "AW: Rücksendung 302-9988776-5544332",
    "Hallo Herr Wolf,\n\nbitte senden Sie das Gerät an: Lager Nord, Hafenstraße 12, 20457 Hamburg. "
    "Die Retourennummer lautet RMA-2025-0417. Ihre Gutschrift über 49,90 € folgt nach Eingang.\n\nViele Grüße\nJonas",
    [],
    to="k1l2m3@marketplace.amazon.de",
    lang="de",
    note="return address, RMA and amount",
)

records = []
for i, c in enumerate(CASES, start=1):
    msg = EmailMessage()
    msg["From"] = "Nora <nora@hearthline-goods.co.uk>"
    msg["To"] = c["to"]
    msg["Subject"] = c["subject"]
    msg["Date"] = "Wed, 05 Mar 2025 10:00:00 +0000"
    msg["Message-ID"] = f"<case{i}@hearthline-goods.co.uk>"
    if c["reply"]:
        msg["In-Reply-To"] = "<0101019abc-case@email.amazonses.com>"
    for k, v in c["headers"].items():
        msg[k] = v
    msg.set_content(c["text"])
    if c["html"]:
        msg.add_alternative(c["html"], subtype="html")
    for name, maintype, subtype, data in c["attachments"]:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    fname = f"msgs/{i:04d}-{c['slug']}.eml"
    with open(fname, "wb") as out:
        out.write(msg.as_bytes())
    order = [
        "external_link",
        "contact_email",
        "contact_phone",
        "contact_other",
        "review_incentive",
        "review_manipulation",
        "feedback_removal",
        "repeat_request",
        "marketing",
        "opt_out",
        "tracking_pixel",
        "attachment",
        "styling",
        "offensive",
        "important_tag",
        "missing_order_id",
        "unpermitted_proactive",
    ]
    records.append(
        {
            "file": fname,
            "categories": sorted(c["cats"], key=order.index),
            "lang": c["lang"],
            "kind": "reply" if c["reply"] else "proactive",
            "note": c["note"],
        }
    )
with open("labels.jsonl", "w") as fh:
    for r in records:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records))

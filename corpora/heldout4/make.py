"""Held-out set 4 for bsm-guard: writes msgs/NNNN-slug.eml and labels.jsonl (deterministic, stdlib only)."""

from __future__ import annotations

import hashlib
import html as htmlmod
import io
import json
import random
import re
import struct
import zipfile
import zlib
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATS = [
    "external_link", "contact_email", "contact_phone", "contact_other", "review_incentive",
    "review_manipulation", "feedback_removal", "repeat_request", "marketing", "opt_out",
    "tracking_pixel", "attachment", "styling", "offensive", "important_tag", "missing_order_id",
    "unpermitted_proactive",
]
OID_RE = re.compile(r"\d{3}-\d{7}-\d{7}")

SELLERS = {
    "volt": ("VoltNest Power", "voltnest-power.com", "com", "en"),
    "quire": ("Kettle & Quire Bindery", "kettleandquire.co.uk", "co.uk", "en"),
    "harbor": ("Harbor Desk Co.", "harbordesk.com", "com", "en"),
    "paw": ("Pawprint Lab", "pawprintlab.com", "com", "en"),
    "hollin": ("Hollin Lamps", "hollinlamps.co.uk", "co.uk", "en"),
    "salt": ("Saltbush Coffee Gear", "saltbushcoffee.com.au", "com.au", "en"),
    "north": ("Northfork Fly Tackle", "northforkfly.ca", "ca", "en"),
    "tinte": ("Tintenwerk Nord", "tintenwerk-nord.de", "de", "de"),
    "berg": ("Bergholz Küchenwaagen", "bergholz-waagen.de", "de", "de"),
    "semelle": ("Semelle Haute", "semellehaute.fr", "fr", "fr"),
    "rouv": ("Atelier Rouvière", "atelier-rouviere.fr", "fr", "fr"),
    "cuerdas": ("Cuerdas Alhambra Sur", "cuerdasalhambrasur.es", "es", "es"),
    "olivar": ("Olivar de Baena", "olivardebaena.es", "es", "es"),
    "bici": ("BiciBimbi Verona", "bicibimbi.it", "it", "it"),
    "moka": ("Moka Lario", "mokalario.it", "it", "it"),
    "miyabi": ("刃物工房みやび", "hamono-miyabi.jp", "co.jp", "ja"),
    "futon": ("ふとん堂", "futondo.jp", "co.jp", "ja"),
    "kaas": ("Kaasschaaf & Co", "kaasschaafenco.nl", "nl", "nl"),
    "bursz": ("Bursztynowy Kącik", "bursztynowykacik.pl", "pl", "pl"),
    "fjall": ("Fjällglöd", "fjallglod.se", "se", "sv"),
}
BUYERS = [
    "Dana Whitcombe", "Owen Park", "Lena Hartwig", "Marcel Dubois", "Inés Cabrera", "Giulia Ferri",
    "山本 彩", "Pieter de Vries", "Agnieszka Nowak", "Erik Lindqvist", "Tom Reilly", "Priya Nair",
    "Hannah Koch", "Sophie Marchand", "Jorge Alcántara", "Luca Bianchi", "高橋 健", "Ruth Ellison",
]


def h(key: str) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest(), 16)


def make_oid(key: str) -> str:
    d = str(h("oid:" + key)).rjust(20, "7")
    return f"{d[0:3]}-{d[3:10]}-{d[10:17]}"


def relay_for(key: str, tld: str, m: bool = False) -> str:
    alphabet = "abcdefghjkmnpqrstvwxyz0123456789"
    local = "".join(alphabet[(h("relay:" + key) >> (5 * i)) % 32] for i in range(15))
    return f"{local}@{'m.' if m else ''}marketplace.amazon.{tld}"


def buyer_for(key: str) -> str:
    return BUYERS[h("buyer:" + key) % len(BUYERS)]


# ---------------------------------------------------------------- attachments (minimal real bytes)
def png_bytes(w: int = 2, hgt: int = 2) -> bytes:
    def chunk(t: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xc8\x64\x32" * w for _ in range(hgt))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def jpeg_bytes() -> bytes:
    return bytes.fromhex("FFD8FFE000104A46494600010100000100010000FFFE000B68656C646F75742034FFD9")


def pdf_bytes(title: str) -> bytes:
    text = title.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    ]
    stream = b"BT /F1 12 Tf 72 760 Td (" + text + b") Tj ET"
    objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def zip_bytes(names: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            z.writestr(zipfile.ZipInfo(n, date_time=(2024, 5, 1, 12, 0, 0)), f"contents of {n}\n" * 4)
    return buf.getvalue()


def exe_bytes() -> bytes:
    return (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00"
            + b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$"
            + b"\x00" * 7 + b"PE\x00\x00L\x01\x03\x00" + b"\x00" * 64)


def mp4_bytes() -> bytes:
    return (struct.pack(">I", 24) + b"ftypisom" + b"\x00\x00\x02\x00isommp41"
            + struct.pack(">I", 16) + b"free" + b"\x00" * 8 + struct.pack(">I", 8) + b"mdat")


ATT = {
    "pdf": ("application", "pdf"), "jpg": ("image", "jpeg"), "png": ("image", "png"),
    "zip": ("application", "zip"), "mp4": ("video", "mp4"),
}


def att_data(kind: str, name: str) -> bytes:
    return {"pdf": lambda: pdf_bytes(name), "jpg": jpeg_bytes, "png": png_bytes,
            "zip": lambda: zip_bytes(["setup_guide.pdf", "driver.exe"]), "mp4": mp4_bytes,
            "exe": exe_bytes}[kind]()


# ---------------------------------------------------------------- quoting
QHEAD = {
    "en": ("On {d}, {b} - Amazon Marketplace <{r}> wrote:", "Order ID", "Message"),
    "de": ("Am {d} schrieb {b} - Amazon Marketplace <{r}>:", "Bestellnummer", "Nachricht"),
    "fr": ("Le {d}, {b} - Amazon Marketplace <{r}> a écrit :", "Numéro de commande", "Message"),
    "es": ("El {d}, {b} - Amazon Marketplace <{r}> escribió:", "Número de pedido", "Mensaje"),
    "it": ("Il giorno {d} {b} - Amazon Marketplace <{r}> ha scritto:", "Numero ordine", "Messaggio"),
    "ja": ("{d} {b} - Amazon Marketplace <{r}> のメッセージ:", "注文番号", "メッセージ"),
    "nl": ("Op {d} schreef {b} - Amazon Marketplace <{r}>:", "Bestelnummer", "Bericht"),
    "pl": ("{d} {b} - Amazon Marketplace <{r}> napisał(a):", "Numer zamówienia", "Wiadomość"),
    "sv": ("Den {d} skrev {b} - Amazon Marketplace <{r}>:", "Ordernummer", "Meddelande"),
}


def render_quote(style: str, text: str, lang: str, buyer: str, relay: str, oid: str, tld: str,
                 when: datetime, subj: str) -> str:
    dstr = when.strftime("%a, %d %b %Y %H:%M")
    head, oidw, msgw = QHEAD[lang]
    if style == "amazon":
        tok = hashlib.md5(relay.encode()).hexdigest()[:20]
        body = (f"{oidw}: {oid}\n"
                f"------------- {msgw}: -------------\n\n{text}\n\n"
                f"------------- End message -------------\n\n"
                f"Was this email helpful? https://sellercentral.amazon.{tld}/gp/communication-manager/"
                f"rate-message.html?rating=1&token={tok}\n\n[commMgrTok:{tok.upper()}]\n")
        return f"\n\n{head.format(d=dstr, b=buyer, r=relay)}\n" + "\n".join(
            "> " + ln if ln else ">" for ln in body.splitlines())
    if style == "onwrote":
        return f"\n\n{head.format(d=dstr, b=buyer, r=relay)}\n" + "\n".join(
            "> " + ln if ln else ">" for ln in text.splitlines())
    if style == "outlook":
        return (f"\n\n-----Original Message-----\nFrom: {buyer} - Amazon Marketplace <{relay}>\n"
                f"Sent: {when.strftime('%A, %B %d, %Y %I:%M %p')}\nSubject: {subj}\n\n{text}")
    if style == "rule":
        return f"\n\n{'_' * 40}\n{buyer} - Amazon Marketplace, {when.strftime('%d.%m.%Y %H:%M')}\n\n{text}"
    raise ValueError(style)


def text_to_html(text: str) -> str:
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        if p.startswith("> ") or p.startswith(">\n"):
            out.append("<blockquote>" + htmlmod.escape(p).replace("\n", "<br>") + "</blockquote>")
        else:
            out.append("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"


SPECS: list[dict] = []


def add(slug, seller, cats, note, subject, body, *, lang=None, q=None, irt=None, html=None,
        atts=(), headers=None, key=None, m_relay=False, cte=None, inline=None):
    for c in cats:
        assert c in CATS, c
    SPECS.append(dict(slug=slug, seller=seller, cats=[c for c in CATS if c in cats], note=note,
                      subject=subject, body=body, lang=lang or SELLERS[seller][3], q=q, irt=irt,
                      html=html, atts=list(atts), headers=headers or {}, key=key or slug,
                      m_relay=m_relay, cte=cte, inline=inline))


# ================================================================ SPECS
# ---------------------------------------------------------------- English, compliant
add("usps-tracking-grouped", "volt", [], "USPS 22-digit tracking in phone-like groups, order id, "
    "Amazon quote",
    "Re: Where is my charger? (Order {oid})",
    "Hi {first},\n\nSorry for the wait. Your 65W charger left our Reno warehouse on Tuesday and USPS has it "
    "now. Tracking number: 9400 1118 9922 3344 5566 77\n\nThe last scan shows it in Sacramento, so it should "
    "reach you by Friday. If nothing has turned up by Monday, just reply here and I'll send a replacement "
    "out the same day.\n\nDerek\nVoltNest Power support",
    q=("amazon", "Hi, I ordered a charger a week ago and I still have nothing. Can you check?"))
add("important-freight-window", "harbor", [], "correct [Important]: freight delivery appointment, proactive",
    "[Important] Delivery appointment needed for order {oid}",
    "Hello {first},\n\nYour standing desk (order {oid}) ships by freight because the box is 38 kg. The "
    "carrier, Estes, needs someone at the address to sign. They have offered Thursday 13 June between "
    "8:00 and 12:00 or Friday 14 June between 13:00 and 17:00.\n\nCould you reply with the slot that "
    "suits you? If neither works, tell us a day next week and we will arrange it.\n\nThanks,\nMarisol Vega\n"
    "Harbor Desk Co.")
add("royalmail-return-address", "quire", [], "Royal Mail tracking AB123456789GB form, return "
    "address with postcode",
    "Re: Wrong thread colour",
    "Dear {first},\n\nApologies - the waxed linen thread we sent is ecru rather than the oxblood you chose. "
    "Please post the ecru spool back to us at:\n\nKettle & Quire Bindery\nUnit 4, Tanners "
    "Yard\nLeeds\nLS9 8DW\n\n"
    "The oxblood spool went out this morning by Royal Mail Tracked 48, reference ZK482915736GB. Postage for "
    "the return will be refunded to your card as soon as it arrives (£3.35).\n\nWarm regards,\nImogen Hale",
    q=("onwrote", "The thread is the wrong colour, I ordered oxblood. Order {oid}."))
add("amazon-links-return-help", "hollin", [], "Amazon order-details, returns and help https links, "
    "relay in quote",
    "Re: Lamp shade cracked on arrival",
    "Hello {first},\n\nI'm sorry the shade arrived cracked. The quickest route is a return through Amazon: "
    "https://www.amazon.co.uk/gp/css/returns/homepage.ref?orderId={oid}\n\nYou can see the order itself "
    "here: https://www.amazon.co.uk/gp/your-account/order-details?orderID={oid}\n\nAmazon's page on "
    "damaged items explains the label options: https://www.amazon.co.uk/gp/help/customer/display.html?"
    "nodeId=GKM69DUUYKQWKWX7\n\nOnce the return is scanned we refund in full, including delivery.\n\n"
    "Tom, Hollin Lamps", q=("amazon", "The glass shade was in pieces when I opened it."))
add("refund-after-one-star-threat", "volt", [], "unconditional refund after buyer threatened 1-star in quote",
    "Re: Cable frayed after 2 weeks",
    "Hi {first},\n\nThat cable should not have frayed after two weeks, and I don't want you waiting on a "
    "return for something this small. I've refunded the full $18.99 to your original payment method; no "
    "need to send it back. You'll see it in 3-5 business days.\n\nSorry again,\nPriya\nVoltNest Power",
    q=("amazon", "Frayed at the connector already. Terrible quality. If this isn't sorted I'm leaving "
       "1 star."))
add("neutral-review-request-link", "paw", [], "one neutral review request with Amazon review link, proactive",
    "Your Pawprint GPS collar - order {oid}",
    "Hi {first},\n\nYour GPS collar from order {oid} was delivered last week. If you have a moment, "
    "we'd appreciate a review of it on Amazon - it helps other dog owners decide:\n"
    "https://www.amazon.com/review/create-review?asin=B0CQ7M2R4K\n\nThank you,\nThe Pawprint Lab team")
add("feedback-update-optional", "hollin", [], "neutral 'you can update feedback if you wish' after "
    "resolution",
    "Re: Replacement bulb",
    "Hi {first},\n\nGlad to hear the replacement bulb fits and the lamp works now. Sorry it took "
    "two tries.\n\n"
    "You mentioned you'd left feedback while it was still broken. Should your view of the order have "
    "changed, Amazon lets you edit feedback; whether you do is completely up to you.\n\nAll the best,\n"
    "Tom", q=("onwrote", "New bulb works, thanks. Shame about the first one."))
add("trigger-substrings-scunthorpe", "quire", [], "trigger substrings: Scunthorpe, first-class, assessment, "
    "Sussex, classic", "Re: Delivery to Scunthorpe",
    "Hello {first},\n\nWe ship to Scunthorpe every week, so no problem there. Your bone folder and awl set "
    "went first-class this afternoon. Our assessment of the damaged awl you mentioned: it's the classic "
    "ferrule loosening - it happens with Sussex-made handles in dry weather, and a drop of glue fixes it, "
    "but I've included a new one anyway.\n\nImogen", q=("rule", "Do you deliver to Scunthorpe? Order {oid}"))
add("messenger-names-feature", "paw", [], "WhatsApp and Telegram named as app features, not contacts",
    "Re: Can the collar send alerts to my phone?",
    "Hi {first},\n\nYes. In the Pawprint app go to Settings > Alerts. Besides push notifications, the "
    "collar can forward geofence alerts to WhatsApp or Telegram on your own phone once you link the app; "
    "the Skype option was removed in app version 3.2.0.\n\nIf the toggle is greyed out, update the "
    "collar firmware to 1.8.4 first (Settings > Device > Update).\n\nBest,\nNadia\nPawprint Lab support",
    q=("amazon", "Can alerts go to WhatsApp? My wife doesn't use the app."))
add("firmware-version-numbers", "volt", [], "version numbers and model numbers, macOS/iOS versions",
    "Re: Charger not fast-charging my laptop",
    "Hi {first},\n\nThe VN-65.2 charger needs USB-PD 3.0 negotiation, which your MacBook only does on "
    "macOS 12.3 or later. Your screenshot shows 11.6.8, so it falls back to 15 W. After the update it "
    "should show \"Power Adapter: 61 W\" under System Information.\n\nOn the iPhone side, iOS 17.5.1 is "
    "fine.\n\nDerek", q=("onwrote", "It only charges slowly. MacBook Pro 2019."))
add("cid-inline-logo-html", "harbor", [], "HTML with unlinked cid: inline logo, multipart/related",
    "Re: Missing bolt bag",
    "Hi {first},\n\nThe bolt bag (part HD-B14) is on its way in a padded envelope; UPS tracking "
    "1Z 8W4 R29 03 1234 5678.\n\nIn the meantime the desk frame is safe to use with the two front bolts.\n\n"
    "Marisol Vega\nHarbor Desk Co.",
    html=("<html><body><p>Hi {first},</p><p>The bolt bag (part HD-B14) is on its way in a padded envelope; "
          "UPS tracking 1Z 8W4 R29 03 1234 5678.</p><p>In the meantime the desk frame is safe to "
          "use with the "
          "two front bolts.</p><p>Marisol Vega<br>Harbor Desk Co.<br><img src=\"cid:hdlogo@harbordesk\" "
          "alt=\"Harbor Desk Co.\" width=\"120\" height=\"32\"></p></body></html>"),
    inline=("hdlogo@harbordesk", "logo.png"), q=("onwrote", "The bag of bolts is missing from the box."))
add("pdf-invoice-vat", "quire", [], "PDF invoice with invoice number and VAT number, proactive with order id",
    "VAT invoice for order {oid}",
    "Dear {first},\n\nAs requested at checkout, the VAT invoice for order {oid} is attached (invoice "
    "KQ-2024-00418, VAT reg. GB 318 4472 90). The total of £42.60 includes £7.10 VAT.\n\nKind regards,\n"
    "Imogen Hale\nKettle & Quire Bindery", atts=[("pdf", "KQ-2024-00418.pdf")])
add("damage-photos-jpeg-png", "salt", [], "JPEG and PNG photos attached to a damage reply",
    "Re: Grinder burr chipped",
    "G'day {first},\n\nThanks for the photos. I've attached two of our own: the first shows where the "
    "burr carrier sits, the second the replacement part we're sending (part SB-BURR-38). It's going "
    "out with StarTrack tomorrow, consignment 3KW 0041 "
    "2277.\n\nCheers,\nJess",
    atts=[("jpg", "burr-carrier.jpg"), ("png", "replacement-burr.png")],
    q=("amazon", "One of the burrs is chipped, see attached."))
add("dhl-waybill-ireland", "quire", [], "DHL Express 10-digit waybill in phone-like grouping, "
    "Eircode address",
    "Re: Delivery to Galway",
    "Hello {first},\n\nYour order to Galway went with DHL Express because Royal Mail no longer "
    "offers tracked "
    "service to Ireland for parcels this size. Waybill: 48 2931 0075. DHL has the address as 14 Sea Road, "
    "Galway H91 X2F7.\n\nThere are no customs charges to pay on your side.\n\nImogen",
    q=("onwrote", "Which courier will deliver to Ireland? Order {oid}"))
add("outlook-quote-relay-only", "hollin", [], "Outlook quote header with only buyer relay address, "
    "RE: prefix",
    "RE: Dimmer switch compatibility",
    "Hi {first},\n\nThe Hollin Arc lamp works with standard trailing-edge dimmers up to 400 W. Leading-edge "
    "dimmers cause flicker with the LED module, so I'd avoid those.\n\nRegards,\nTom Ashby\nHollin Lamps",
    q=("outlook", "Does the Arc lamp work with a dimmer switch?"))
add("partial-refund-scratch", "harbor", [], "partial refund to resolve a scratch, not tied to review",
    "Re: Scratch on desktop",
    "Hi {first},\n\nSorry about the scratch on the desktop. If you're happy to keep it, we've issued a "
    "partial refund of $45.00 (15%) this morning. If you'd rather have a new top, say the word and we'll "
    "ship one instead - no need to return the old one.\n\nMarisol", q=("amazon", "There's a long scratch "
                                                                         "across the top."))
add("product-question-no-oid", "north", [], "reply to a product question, no order id, ASIN and SKU quoted",
    "Re: Question about fly reel",
    "Hi {first},\n\nThe Northfork Clearwater reel (ASIN B0D1K8T6QX, SKU NF-CW-56) takes 5/6 weight line and "
    "holds about 100 yd of 20 lb backing. The spare spool is SKU NF-CW-56-S.\n\nTight lines,\nGabe",
    q=("amazon", "What line weight does this reel take?"))
add("important-address-problem", "salt", [], "correct [Important]: address problem, proactive",
    "[Important] Address problem - order {oid}",
    "Hi {first},\n\nAustralia Post returned your kettle (order {oid}) to us: the label address is missing a "
    "unit number for 48 Glenferrie Rd, Malvern VIC 3144. Could you reply with the unit number so we "
    "can resend it? There is no extra charge.\n\nJess\nSaltbush Coffee Gear")
add("important-engraving-customisation", "quire", [], "correct [Important]: customisation question, "
    "proactive",
    "[IMPORTANT] Your embossing text - order {oid}",
    "Dear {first},\n\nBefore we emboss your leather journal (order {oid}) we want to check the text. The "
    "order notes say \"E. M. Barrow 1974\" - should the date go on the same line, or on a second line "
    "underneath? We'll hold the journal until we hear from you.\n\nImogen")
add("declines-whatsapp", "north", [], "agent declines buyer's request to move to WhatsApp/phone",
    "Re: Can I WhatsApp you a video?",
    "Hi {first},\n\nThanks for offering - we keep all order conversations here in Amazon messaging, so "
    "please attach the video or a few photos to your reply in this thread. Amazon accepts JPEG, PNG and "
    "PDF files.\n\nGabe\nNorthfork Fly Tackle", q=("amazon", "Easier if I WhatsApp you a video of the reel "
                                                      "grinding. What's your number?"))
add("repeat1-first", "volt", [], "repeat pair 1, first request (clean)", "How is your charger? Order {oid}",
    "Hi {first},\n\nYour 100W GaN charger (order {oid}) arrived a few days ago. When you've had a chance to "
    "use it, would you consider writing a product review on Amazon? Every review helps.\n\nDerek\nVoltNest "
    "Power", key="P1")
add("two-blank-lines", "north", [], "exactly two blank lines between paragraphs, plain text",
    "Re: Wader sizing",
    "Hi {first},\n\nThe size M waders fit a 32-34 inch inseam and boot size 9-10.\n\n\nIf yours pinch at "
    "the foot, you can exchange them free of charge within 30 days.\n\n\nGabe",
    q=("onwrote", "Will M fit me? 33 inseam, size 10 boots."))
add("canada-post-tracking", "north", [], "Canada Post 16-digit tracking in phone-like groups, CAD price",
    "Re: Has my order shipped?",
    "Hi {first},\n\nIt has. Canada Post tracking number 7023 2101 5531 8847, shipped from Kamloops, BC "
    "V2C 1A1 on 4 June. You paid CA$64.95 including shipping.\n\nGabe",
    q=("amazon", "Has it shipped yet?"))
# ---------------------------------------------------------------- English, violations
add("signature-web-phone-email", "volt", ["external_link", "contact_email", "contact_phone"],
    "agent signature with website, e-mail and US phone", "Re: Which adapter for EU sockets?",
    "Hi {first},\n\nThe charger accepts 100-240 V, so in Spain you only need a plain plug adapter, no "
    "converter.\n\nDerek Olsen | Customer Care\nVoltNest Power\nwww.voltnest-power.com\n"
    "derek.olsen@voltnest-power.com | (775) 555-0142", q=("amazon", "Travelling to Spain, do I need a "
                                                            "converter?"))
add("dp-link-compatible-cable", "volt", ["external_link"], "Amazon /dp/ product page link answering "
    "a question",
    "Re: Which cable for the 100W charger?",
    "Hi {first},\n\nFor the full 100 W you need a 5 A e-marked USB-C cable. The one we sell is here: "
    "https://www.amazon.com/dp/B0C9XW4T2L\n\nAny 5 A cable will do though.\n\nPriya",
    q=("onwrote", "What cable do I need for 100W?"))
add("entity-obfuscated-url", "paw", ["external_link"], "obfuscated (HTML entities) setup-guide URL in href "
    "and text", "Re: Collar won't pair",
    "Hi {first},\n\nPlease hold the button for 8 seconds until the LED blinks blue, then retry pairing.\n\n"
    "Nadia",
    html=("<html><body><p>Hi {first},</p><p>Please hold the button for 8 seconds until the LED blinks blue, "
          "then retry pairing. The full guide with pictures: <a href=\"h&#116;&#116;ps&#58;//help&#46;"
          "pawprintlab&#46;com/pairing\">h&#116;tps://help&#46;pawprintlab&#46;com/pairing</a></p>"
          "<p>Nadia</p></body></html>"), q=("amazon", "The collar won't pair with my phone."))
add("storefront-crosssell", "hollin", ["external_link", "marketing"], "Amazon storefront link promoting "
    "other products", "Your Hollin Arc lamp - order {oid}",
    "Hi {first},\n\nHope the Arc lamp (order {oid}) is lighting up your reading corner. It pairs "
    "beautifully with our new linen shades and the brass Arc floor model - see the whole range in our "
    "Amazon shop: https://www.amazon.co.uk/stores/HollinLamps/page/5B1C2A77-0D3E-4F1A-9C2B-7E8D1A0F6C43\n\n"
    "Tom, Hollin Lamps")
add("powered-by-footer", "salt", ["external_link"], "linked 'Powered by' helpdesk footer in HTML",
    "Re: Descaling the kettle",
    "Hi {first},\n\nUse one part white vinegar to three parts water, boil, leave 20 minutes, rinse twice.\n\n"
    "Jess\n--\nPowered by Helpwise",
    html=("<html><body><p>Hi {first},</p><p>Use one part white vinegar to three parts water, boil, leave 20 "
          "minutes, rinse twice.</p><p>Jess</p><hr><p style=\"font-size:11px\">Powered by <a href=\""
          "https://www.helpwise.io/?utm_source=footer\">Helpwise</a></p></body></html>"),
    q=("amazon", "How do I descale it?"))
add("outlook-quoted-agent-email", "hollin", ["contact_email"], "earlier agent reply quoted with "
    "Outlook From: "
    "header carrying the seller's address", "RE: Bulb size",
    "Hi {first},\n\nSorry, one more correction: the bulb is E14, not E27.\n\nTom",
    q=("outlook", "From: Tom Ashby <tom.ashby@hollinlamps.co.uk>\nSent: Monday, June 03, 2024 10:12 AM\n"
       "Subject: RE: Bulb size\n\nThe Arc lamp takes an E27 bulb, up to 8 W LED."))
add("spaced-digits-phone", "harbor", ["contact_phone"], "obfuscated (spaced digits) US phone number",
    "Re: Desk motor noise",
    "Hi {first},\n\nA grinding motor usually means the sync cable is loose. If it's easier to walk through "
    "it live, our tech line is 4 1 5 - 5 5 5 - 0 1 7 3, weekdays 9-5 Pacific.\n\nMarisol",
    q=("amazon", "The left motor grinds when going up."))
add("gift-card-for-review", "paw", ["review_incentive"], "gift card offered for a review",
    "Thanks for choosing Pawprint - order {oid}",
    "Hi {first},\n\nWe hope your dog is enjoying the new collar from order {oid}. Post your honest review "
    "and we'll email you a $10 Amazon gift card as a thank-you - just reply with your review's "
    "screenshot.\n\nThe Pawprint Lab team")
add("refund-if-remove", "volt", ["review_incentive", "feedback_removal"], "full refund offered if the buyer "
    "takes the review down", "Re: Charger died",
    "Hi {first},\n\nReally sorry the charger died. I can refund you the full $34.99 today - all we ask is "
    "that you take down the review you posted yesterday once the money's back.\n\nPriya",
    q=("amazon", "Charger stopped working after 3 days. I've posted a review warning others."))
add("five-star-ask", "north", ["review_manipulation"], "asks for a five-star rating",
    "Your Clearwater reel - order {oid}",
    "Hi {first},\n\nYour reel (order {oid}) should be on the water by now. Small family shops like ours live "
    "and die by ratings, so a 5-star review would mean a great deal to us.\n\nTight lines,\nGabe")
add("review-gating", "salt", ["review_manipulation"], "review gating: happy -> review, unhappy -> contact us",
    "How's the grinder? Order {oid}",
    "Hi {first},\n\nIt's been a week with your grinder (order {oid}). Loving it? We'd be thrilled if you "
    "told other coffee people in a review. Not quite right? Please skip the review and message us first "
    "so we can make it right.\n\nJess")
add("pressing-removal", "hollin", ["feedback_removal"], "presses the buyer repeatedly to remove feedback",
    "Re: Your feedback", "Hi {first},\n\nThis is our third message about the neutral feedback on your order. "
    "Your replacement arrived on Tuesday and you confirmed it works, so we really need that feedback "
    "removed this week. Please do it today.\n\nTom",
    q=("onwrote", "Yes the new one works."))
add("change-to-positive", "quire", ["review_manipulation", "feedback_removal"], "asks to change feedback to "
    "positive", "Re: Late delivery",
    "Dear {first},\n\nNow that the journals have arrived, would you mind revising your 2-star feedback to "
    "a positive one? It would help us enormously.\n\nImogen",
    q=("amazon", "The parcel finally came, two weeks late."))
add("repeat1-second", "volt", ["repeat_request"], "repeat pair 1, second request by another agent, different "
    "wording", "Quick favour - order {oid}",
    "Hello {first},\n\nPriya here from VoltNest. Following up on your GaN charger, order {oid}: if it's "
    "working out, a short review on Amazon would help other buyers a lot.\n\nThanks!\nPriya", key="P1")
add("coupon-new-collection", "quire", ["marketing"], "coupon code for a new collection, proactive with order "
    "id", "Your order {oid} and our autumn papers",
    "Dear {first},\n\nThank you for order {oid}. Our hand-marbled autumn papers have just landed - use code "
    "MARBLE15 for 15% off your next order.\n\nImogen, Kettle & Quire")
add("unsubscribe-link-footer", "paw", ["external_link", "opt_out"], "neutral review request with an "
    "unsubscribe "
    "link in the footer", "Order {oid} - a quick question",
    "Hi {first},\n\nIf you have a moment, we'd appreciate your review of the collar from order {oid}.\n\n"
    "Pawprint Lab\n\nDon't want these emails? Unsubscribe: https://mail.pawprintlab.com/u/7QF2K",
    html=("<html><body><p>Hi {first},</p><p>If you have a moment, we'd appreciate your review of the collar "
          "from order {oid}.</p><p>Pawprint Lab</p><p style=\"font-size:11px\">Don't want these emails? "
          "<a href=\"https://mail.pawprintlab.com/u/7QF2K\">Unsubscribe</a></p></body></html>"))
add("list-unsubscribe-header", "harbor", ["opt_out"], "List-Unsubscribe header on an otherwise "
    "neutral review "
    "request", "Order {oid}: how is the desk?",
    "Hello {first},\n\nYour desk from order {oid} has been with you two weeks. If you'd like to share your "
    "experience, you can review it on Amazon: https://www.amazon.com/review/review-your-purchases/\n\n"
    "Marisol, Harbor Desk Co.",
    headers={"List-Unsubscribe": "<https://harbordesk.com/unsub?u=88213>", "List-Unsubscribe-Post":
             "List-Unsubscribe=One-Click"})
add("pixel-1x1-tracker", "salt", ["tracking_pixel"], "1x1 open-tracking pixel on a known tracker host",
    "Re: Milk jug size", "Hi {first},\n\nThe jug holds 600 ml - enough for two flat whites.\n\nJess",
    html=("<html><body><p>Hi {first},</p><p>The jug holds 600 ml - enough for two flat whites.</p><p>Jess</p>"
          "<img src=\"https://open.mailtrack.io/trace/mail/a81f02c9e7.png\" width=\"1\" "
          "height=\"1\" alt=\"\">"
          "</body></html>"), q=("amazon", "How big is the milk jug?"))
add("pixel-banner-recipient-id", "hollin", ["tracking_pixel"], "normal-size banner image whose URL "
    "carries the "
    "recipient relay id", "Re: Shade colour",
    "Hi {first},\n\nThe shade is a warm oatmeal linen, slightly darker than the photos.\n\nTom",
    html=("<html><body><img src=\"https://img.hollinlamps.co.uk/banner.jpg?rcpt={relaylocal}\" width=\"600\" "
          "height=\"120\" alt=\"\"><p>Hi {first},</p><p>The shade is a warm oatmeal linen, slightly "
          "darker than "
          "the photos.</p><p>Tom</p></body></html>"), q=("amazon", "Is the shade white or cream?"))
add("zip-attachment", "volt", ["attachment"], "ZIP archive attachment with driver", "Re: Power bank display",
    "Hi {first},\n\nThe display tool for the power bank is attached; unzip it and run the "
    "installer.\n\nDerek",
    atts=[("zip", "vn-display-tool.zip")], q=("onwrote", "The percentage display is stuck at 0."))
add("exe-disguised-pdf", "paw", ["attachment"], "obfuscated (file type) .pdf attachment that is "
    "really a Windows "
    "executable", "Re: Firmware update",
    "Hi {first},\n\nAttached is the firmware guide. Open it on a Windows PC with the collar plugged in.\n\n"
    "Nadia", atts=[("exe", "firmware-guide.pdf")], q=("amazon", "How do I update the firmware?"))
add("emoji-centered", "salt", ["styling"], "emoji and centred body text in HTML",
    "Re: Grinder settings",
    "Hi {first},\n\nFor espresso start at setting 8 and go finer one click at a time ☕\n\nJess",
    html=("<html><body><div style=\"text-align:center\"><p>Hi {first},</p><p>For espresso start at setting 8 "
          "and go finer one click at a time ☕</p><p>Jess</p></div></body></html>"),
    q=("amazon", "Best setting for espresso?"))
add("offensive-insult", "harbor", ["offensive"], "agent insults the buyer", "Re: Desk wobbles",
    "{first},\n\nThe desk doesn't wobble when it's assembled by someone with half a brain. Read the manual "
    "properly instead of wasting my time, you clown.\n\nMarisol",
    q=("amazon", "The desk wobbles at standing height."))
add("important-on-review-request", "north", ["important_tag"], "[Important] on a plain review request",
    "[Important] Your feedback on order {oid}",
    "Hi {first},\n\nWhen you get a chance, we'd welcome your seller feedback on order {oid}.\n\nGabe")
add("important-thank-you", "harbor", ["important_tag", "unpermitted_proactive"], "[Important] on a "
    "thank-you-only proactive message", "[Important] Thank you! Order {oid}",
    "Hello {first},\n\nThank you so much for choosing Harbor Desk Co. for order {oid}. We truly appreciate "
    "your business.\n\nThe Harbor Desk team")
add("missing-oid-manual", "volt", ["missing_order_id"], "proactive instructions with no order id",
    "Using your new VoltNest charger",
    "Hi {first},\n\nA tip for your new charger: the orange port is the 100 W one, so plug the laptop in "
    "there and phones into the white ports.\n\nDerek")
add("mistyped-oid", "quire", ["missing_order_id"], "proactive with a mistyped 3-6-7 order id only",
    "Your engraved bone folder - order 204-551873-9920315",
    "Dear {first},\n\nYour engraved bone folder (order 204-551873-9920315) has been finished and leaves "
    "the workshop tomorrow. The engraving took a little longer than usual, so we wanted to let you know "
    "why it was a day late.\n\nImogen")
add("shipping-confirmation", "salt", ["unpermitted_proactive"], "shipping confirmation only",
    "Your order {oid} has shipped!",
    "Hi {first},\n\nGood news - your order {oid} has shipped with Australia Post and is on its way. "
    "Tracking: "
    "33QHB501234901000930600.\n\nSaltbush Coffee Gear")
add("white-on-white-url", "volt", ["external_link", "styling"], "obfuscated (white-on-white) hidden URL in "
    "HTML", "Re: Charger warranty",
    "Hi {first},\n\nThe charger has an 18-month warranty from the delivery date.\n\nPriya",
    html=("<html><body><p>Hi {first},</p><p>The charger has an 18-month warranty from the delivery date.</p>"
          "<p style=\"color:#ffffff;background:#ffffff\">Register at voltnest-power.com/warranty</p>"
          "<p>Priya</p></body></html>"), q=("amazon", "How long is the warranty?"))
add("six-attachments", "harbor", ["attachment"], "six PDF/JPEG attachments (over the limit of five)",
    "Re: Assembly documents",
    "Hi {first},\n\nHere is everything for the desk: manual, parts list, warranty card, wiring diagram and "
    "two photos of the correct bracket position.\n\nMarisol",
    atts=[("pdf", "manual.pdf"), ("pdf", "parts-list.pdf"), ("pdf", "warranty.pdf"), ("pdf", "wiring.pdf"),
          ("jpg", "bracket-1.jpg"), ("jpg", "bracket-2.jpg")], q=("amazon", "Can you send the manual?"))
add("out-of-stock-notice", "hollin", ["unpermitted_proactive"], "out-of-stock notice", "Order {oid} - item "
    "currently unavailable",
    "Hi {first},\n\nWe're sorry, the brass table lamp in your order {oid} is out of stock at the moment and "
    "we have had to cancel it. You have not been charged.\n\nHollin Lamps")
add("important-on-product-question", "north", ["important_tag"], "[Important] on a reply to a "
    "product question",
    "Re: [Important] Rod length", "Hi {first},\n\nThe rod is 9 ft in four pieces; packed length 64 "
    "cm.\n\nGabe",
    q=("amazon", "How long is the rod when packed?"))
# ---------------------------------------------------------------- German
add("de-dhl-sendungsnummer", "tinte", [], "DHL Paket 20-digit Sendungsnummer in groups, order id",
    "AW: Tintenpatronen noch nicht da",
    "Hallo {first},\n\ndie Patronen (XL 603, 4er-Set) sind am Montag rausgegangen. Ihre DHL-Sendungsnummer: "
    "0034 0434 1610 9402 2115\n\nLaut DHL liegt das Paket im Zustellzentrum Neumünster und kommt "
    "voraussichtlich morgen.\n\nViele Grüße\nJannik Sörensen\nTintenwerk Nord",
    q=("amazon", "Meine Bestellung {oid} ist noch nicht angekommen."))
add("de-ruecksendung-rechnung-pdf", "berg", [], "return address with postcode, PDF invoice, prices in EUR",
    "AW: Waage zeigt falsches Gewicht",
    "Guten Tag {first},\n\ndas tut uns leid. Bitte schicken Sie die Waage an:\n\nBergholz Küchenwaagen\n"
    "Lagerstraße 12\n22525 Hamburg\n\nDen Betrag von 29,90 € erstatten wir nach Eingang vollständig. Die "
    "Rechnung RE-2024-1187 hängt an.\n\nMit freundlichen Grüßen\nSabine Krüger",
    atts=[("pdf", "Rechnung_RE-2024-1187.pdf")], q=("rule", "Die Waage zeigt 20 g zu viel an."))
add("repeat2-first", "tinte", [], "repeat pair 2, first request in German (clean)",
    "Ihre Bestellung {oid} bei Tintenwerk Nord",
    "Hallo {first},\n\nwir hoffen, die Druckerpatronen aus Bestellung {oid} laufen gut. Wenn Sie Zeit "
    "haben, würden wir uns über eine Produktbewertung auf Amazon freuen.\n\nJannik Sörensen", key="P2")
add("de-bewertung-anpassen-optional", "berg", [], "neutral: feedback can be changed, up to the buyer",
    "AW: Ersatzbatterie",
    "Hallo {first},\n\nschön, dass die Waage mit der neuen Batterie wieder funktioniert. Falls sich Ihr "
    "Eindruck von der Bestellung dadurch geändert hat: Amazon erlaubt es, Bewertungen nachträglich zu "
    "bearbeiten. Das bleibt aber ganz Ihnen überlassen.\n\nSabine Krüger",
    q=("onwrote", "Danke, mit der neuen Batterie geht sie."))
add("de-trigger-substrings", "berg", [], "trigger substrings: Klassiker, Abschluss, sauber, Analyse",
    "AW: Reinigung der Waage",
    "Hallo {first},\n\nunser Klassiker KW-300 lässt sich mit einem feuchten Tuch sauber machen. Zum "
    "Abschluss gut trocknen lassen. Die Nährwert-Analyse in der App (Version 2.1.4) funktioniert auch "
    "ohne Konto.\n\nSabine", q=("amazon", "Wie reinige ich die Glasplatte?"))
add("de-important-spedition", "tinte", [], "correct [Important]: delivery scheduling for a pallet, proactive",
    "[Important] Liefertermin für Ihre Bestellung {oid}",
    "Hallo {first},\n\nIhre Bestellung {oid} (Großgebinde Tinte, 2 Kartons) wird per Spedition geliefert. "
    "Die Spedition schlägt Mittwoch, 12.06., zwischen 8 und 12 Uhr vor. Passt das? Sonst nennen Sie uns "
    "bitte einen anderen Werktag.\n\nJannik Sörensen")
add("de-impressum-signature", "tinte", ["external_link", "contact_email", "contact_phone"],
    "German Impressum signature with website, e-mail and phone",
    "AW: Patrone wird nicht erkannt",
    "Hallo {first},\n\nbitte den Chip der Patrone mit einem trockenen Tuch abwischen und den Drucker 30 "
    "Sekunden vom Strom nehmen.\n\nMit freundlichen Grüßen\nJannik Sörensen\n\n--\nTintenwerk Nord GmbH\n"
    "Hafenstraße 7, 24103 Kiel\nTel.: 040 66969 214\nE-Mail: service@tintenwerk-nord.de\n"
    "Web: www.tintenwerk-nord.de\nHRB 18822 KI, USt-IdNr. DE298765432",
    q=("amazon", "Der Drucker erkennt die Patrone nicht."))
add("de-gutschein-bewertung", "berg", ["review_incentive"], "voucher offered for a review (German)",
    "Ihre Küchenwaage - Bestellung {oid}",
    "Hallo {first},\n\nals kleines Dankeschön für eine Rezension zu Ihrer Waage (Bestellung {oid}) "
    "schicken wir Ihnen gern einen 5-Euro-Gutschein. Schreiben Sie uns einfach kurz, wenn die Bewertung "
    "online ist.\n\nSabine Krüger")
add("de-bewertung-entfernen", "tinte", ["feedback_removal"], "asks to delete negative feedback (German)",
    "AW: Lieferung beschädigt",
    "Hallo {first},\n\nder Ersatz ist ja inzwischen angekommen. Wären Sie so nett, Ihre negative Bewertung "
    "zu löschen? Das würde uns sehr helfen.\n\nJannik", q=("amazon", "Ersatz ist da, danke."))
add("de-sale-abmelden", "berg", ["external_link", "marketing", "opt_out"], "sale promotion with "
    "unsubscribe link (German)", "Sommer-Sale: Bestellung {oid}",
    "Hallo {first},\n\ndanke für Bestellung {oid}! Nur diese Woche: alle Küchenwaagen 25 % günstiger.\n\n"
    "Newsletter abbestellen: https://news.bergholz-waagen.de/abmelden?id=4471",
    html=("<html><body><p>Hallo {first},</p><p>danke für Bestellung {oid}! Nur diese Woche: alle "
          "Küchenwaagen 25 % günstiger.</p><p><a href=\"https://news.bergholz-waagen.de/abmelden?id=4471\">"
          "Newsletter abbestellen</a></p></body></html>"))
add("de-offensive", "berg", ["offensive"], "insult and condescension towards buyer (German)",
    "AW: Waage defekt",
    "{first},\n\ndie Waage ist nicht defekt, Sie sind einfach zu dämlich, die Batterie richtig herum "
    "einzulegen. Belästigen Sie uns nicht weiter mit so einem Schwachsinn.\n\nBergholz",
    q=("amazon", "Die Waage geht nicht an."))
add("de-skype-kontakt", "tinte", ["contact_other"], "Skype contact offered (German)",
    "AW: Druckereinrichtung",
    "Hallo {first},\n\ndas lässt sich am besten live zeigen. Fügen Sie mich auf Skype hinzu: "
    "tintenwerk.jannik - dann gehen wir das zusammen durch.\n\nJannik",
    q=("amazon", "Ich bekomme den Drucker nicht eingerichtet."))
add("de-nur-rechnungsnummer", "berg", ["missing_order_id"], "proactive with only an invoice number, no "
    "order id", "Ihre Rechnung RE-2024-1203",
    "Hallo {first},\n\nanbei wie gewünscht Ihre Rechnung RE-2024-1203 über 44,80 €.\n\nSabine Krüger",
    atts=[("pdf", "RE-2024-1203.pdf")])
add("repeat2-second", "tinte", ["repeat_request"], "repeat pair 2, second request in English "
    "(seller feedback) "
    "after a German product-review request", "Order {oid} - a word about our service?",
    "Hello {first},\n\nMia from Tintenwerk Nord's customer team here. We'd be grateful if you could rate us "
    "as a seller on Amazon for order {oid} - it only takes a minute.\n\nBest regards,\nMia Hoffmann",
    lang="en", key="P2")
# ---------------------------------------------------------------- French
add("fr-colissimo-suivi", "semelle", [], "Colissimo numéro de suivi in groups, order id",
    "RE: Où en est ma commande ?",
    "Bonjour {first},\n\nVos chaussures de randonnée sont parties jeudi. Numéro de suivi Colissimo : "
    "6A 123 456 789 01. Elles devraient arriver d'ici lundi.\n\nBien cordialement,\nCamille Roux\n"
    "Semelle Haute", q=("amazon", "Bonjour, ma commande {oid} n'est pas encore arrivée."))
add("fr-avis-de-passage", "semelle", [], "'avis de passage' (review word in another sense), return address",
    "RE: Colis non distribué",
    "Bonjour {first},\n\nSi le facteur a laissé un avis de passage, le colis vous attend au bureau de poste "
    "pendant 15 jours. S'il nous revient, nous le renverrons depuis notre entrepôt : Semelle Haute, "
    "14 rue des Tanneurs, 69007 Lyon.\n\nCamille", q=("onwrote", "J'ai trouvé un papier dans ma boîte."))
add("repeat3-first", "semelle", [], "repeat pair 3, first request inside a support reply (clean)",
    "RE: Pointure 43 ou 44 ?",
    "Bonjour {first},\n\nNos modèles taillent normalement : prenez le 43. Si jamais elles serrent, "
    "l'échange est gratuit.\n\nEt si vous avez un moment une fois les chaussures portées, un avis sur "
    "Amazon pour la commande {oid} nous serait précieux.\n\nCamille Roux",
    q=("amazon", "Je fais du 43, dois-je prendre la taille au-dessus ?"), key="P3")
add("fr-remboursement-integral", "rouv", [], "unconditional full refund, EUR price, date",
    "RE: Bougie cassée",
    "Bonjour {first},\n\nNous sommes désolés pour la bougie arrivée cassée. Nous vous avons remboursé "
    "intégralement les 24,50 € ce matin (le 5 juin) ; inutile de nous la renvoyer.\n\nAmélie\n"
    "Atelier Rouvière", q=("amazon", "Le pot en verre est fendu."))
add("fr-demande-avis-neutre", "rouv", [], "one neutral review request, proactive (French)",
    "Votre commande {oid}",
    "Bonjour {first},\n\nVotre bougie de la commande {oid} est livrée depuis quelques jours. Si vous le "
    "souhaitez, vous pouvez partager votre avis sur le produit sur Amazon.\n\nAmélie, Atelier Rouvière")
add("fr-conseil-classique-facture", "rouv", [], "trigger substrings (conseil, classique, constaté), "
    "PDF facture",
    "RE: Facture et conseil d'utilisation",
    "Bonjour {first},\n\nVoici la facture F-2024-0311 en pièce jointe. Un conseil : pour la bougie "
    "classique, laissez-la brûler deux heures la première fois ; nous avons constaté que cela évite l'effet "
    "tunnel.\n\nAmélie", atts=[("pdf", "Facture_F-2024-0311.pdf")],
    q=("amazon", "Pouvez-vous m'envoyer la facture ?"))
add("repeat3-second", "semelle", ["repeat_request"], "repeat pair 3, second request by another agent",
    "Vos chaussures Semelle Haute - commande {oid}",
    "Bonjour {first},\n\nJulien de Semelle Haute. Vous avez maintenant fait quelques sorties avec vos "
    "chaussures (commande {oid}) : pourriez-vous laisser une évaluation sur Amazon ? Merci d'avance.\n\n"
    "Julien", key="P3")
add("fr-arobase-point", "semelle", ["external_link", "contact_email"], "obfuscated (arobase/point) "
    "e-mail and "
    "spelled-out domain", "RE: Semelles de rechange",
    "Bonjour {first},\n\nPour les semelles de rechange, écrivez à sav arobase semellehaute point fr, ou "
    "regardez le guide sur semellehaute point fr slash guide.\n\nCamille",
    q=("amazon", "Vendez-vous des semelles de rechange ?"))
add("fr-telephone-en-lettres", "rouv", ["contact_phone"], "obfuscated (digits as words) French phone number",
    "RE: Commande personnalisée",
    "Bonjour {first},\n\nPour une bougie personnalisée c'est plus simple par téléphone : appelez Amélie au "
    "zéro six, trente-neuf, quatre-vingt-dix-huit, douze, trente-quatre.\n\nAtelier Rouvière",
    q=("amazon", "Faites-vous des bougies personnalisées ?"))
add("fr-remboursement-contre-avis", "rouv", ["review_incentive"], "partial refund in exchange for a review",
    "Votre bougie - commande {oid}",
    "Bonjour {first},\n\nLaissez-nous un avis sur votre bougie (commande {oid}) et nous vous rembourserons "
    "30 % de votre achat en remerciement.\n\nAmélie")
add("fr-mentionner-avis", "semelle", ["review_manipulation"], "tells the buyer what to write in the review",
    "Vos chaussures - commande {oid}",
    "Bonjour {first},\n\nSi vous écrivez un avis sur vos chaussures (commande {oid}), pensez à mentionner "
    "leur imperméabilité et qu'elles sont fabriquées en France, c'est ce qui compte le plus pour nous.\n\n"
    "Camille")
add("fr-modifier-avis-pixel", "semelle", ["feedback_removal", "tracking_pixel"], "asks to modify the review, "
    "hidden display:none tracking image", "RE: Semelle décollée",
    "Bonjour {first},\n\nLa nouvelle paire est partie hier. Une fois reçue, pourriez-vous modifier votre "
    "commentaire négatif ?\n\nCamille",
    html=("<html><body><p>Bonjour {first},</p><p>La nouvelle paire est partie hier. Une fois reçue, "
          "pourriez-vous modifier votre commentaire négatif ?</p><p>Camille</p><img "
          "src=\"https://t.semellehaute"
          ".fr/o.gif?m=55231\" style=\"display:none\" alt=\"\"></body></html>"),
    q=("amazon", "La semelle s'est décollée après une sortie."))
# ---------------------------------------------------------------- Spanish
add("es-seur-seguimiento", "cuerdas", [], "SEUR número de seguimiento, order id, price",
    "RE: ¿Cuándo llegan las cuerdas?",
    "Hola {first}:\n\nLas cuerdas de nailon (juego de 6, 12,90 €) salieron ayer con SEUR. Número de "
    "seguimiento: 7601 2345 6789 012. Deberían llegar el jueves.\n\nUn saludo,\nLucía Moreno\n"
    "Cuerdas Alhambra Sur", q=("amazon", "Hola, ¿cuándo llega mi pedido {oid}?"))
add("es-valoracion-danos", "olivar", [], "'valoración de los daños' (review word in another sense), photos",
    "RE: Aceitera rota",
    "Hola {first}:\n\nGracias por las fotos. Hemos hecho la valoración de los daños con la agencia de "
    "transporte y le enviamos una aceitera nueva sin coste. No hace falta devolver la rota.\n\n"
    "Saludos,\nRafael", atts=[("jpg", "foto-embalaje.jpg")],
    q=("onwrote", "La aceitera ha llegado rota, adjunto fotos."))
add("repeat5-first", "cuerdas", [], "repeat pair 5, first: seller feedback request (clean)",
    "Su pedido {oid} de Cuerdas Alhambra Sur",
    "Hola {first}:\n\nEsperamos que las cuerdas de su pedido {oid} suenen bien. Si tiene un momento, nos "
    "ayudaría mucho su opinión sobre nosotros como vendedor en Amazon.\n\nLucía Moreno", key="P5")
add("es-devolucion-reembolso", "olivar", [], "return address with postcode, unconditional refund",
    "RE: Devolución",
    "Hola {first}:\n\nPuede devolver el dispensador a: Olivar de Baena, Calle Almagro 22, 28010 Madrid. "
    "En cuanto lo recibamos le reembolsaremos los 19,95 € completos, también el envío.\n\nRafael",
    q=("amazon", "Quiero devolver el dispensador, no me gusta el color."))
add("es-important-direccion", "olivar", [], "correct [Important]: incomplete address, proactive",
    "[Important] Dirección incompleta - pedido {oid}",
    "Hola {first}:\n\nCorreos nos indica que falta el número de piso en la dirección de su pedido {oid} "
    "(Calle Feria 41, 41003 Sevilla). ¿Nos lo puede confirmar respondiendo a este mensaje?\n\nRafael")
add("es-computadora-version", "cuerdas", [], "trigger substrings (computadora, análisis), version numbers",
    "RE: Afinador no conecta",
    "Hola {first}:\n\nEl afinador clip AT-2 se actualiza desde la computadora con la versión 2.1.0 del "
    "programa. Tras el análisis de su captura, el cable es solo de carga; use el que venía en la caja.\n\n"
    "Lucía", q=("amazon", "El afinador no conecta con el ordenador."))
add("repeat5-second", "cuerdas", ["repeat_request"], "repeat pair 5, second: product review request by "
    "another agent", "Sus cuerdas - pedido {oid}",
    "Hola {first}:\n\nSoy Diego, de Cuerdas Alhambra Sur. ¿Qué tal suenan las cuerdas del pedido {oid}? "
    "Nos encantaría leer su reseña del producto en Amazon.\n\nDiego", key="P5")
add("es-whatsapp-telefono", "cuerdas", ["contact_phone", "contact_other"], "WhatsApp with Spanish "
    "mobile number",
    "RE: Cuerdas para guitarra flamenca",
    "Hola {first}:\n\nPara recomendarle el calibre exacto, mándenos un WhatsApp al +34 612 345 678 con una "
    "foto de su guitarra.\n\nLucía", q=("amazon", "¿Qué tensión recomiendan para flamenca?"))
add("es-arroba-email", "olivar", ["contact_email"], "obfuscated (arroba/punto) e-mail address",
    "RE: Factura",
    "Hola {first}:\n\nPara la factura con CIF escríbanos a facturas arroba olivardebaena punto es.\n\nRafael",
    q=("amazon", "Necesito factura a nombre de mi empresa."))
add("es-cuerdas-gratis-resena-pixel", "cuerdas", ["review_incentive", "tracking_pixel"],
    "free product for a review, 1x1 pixel with recipient id", "Su pedido {oid}",
    "Hola {first}:\n\nSi deja una reseña sobre su pedido {oid}, le enviamos gratis un juego de "
    "cuerdas de repuesto.\n\nLucía",
    html=("<html><body><p>Hola {first}:</p><p>Si deja una reseña sobre su pedido {oid}, le "
          "enviamos gratis un juego de cuerdas de repuesto.</p><p>Lucía</p><img src=\"https://px.cuerdas"
          "alhambrasur.es/o.png?to={relaylocal}\" width=\"1\" height=\"1\"></body></html>"))
add("es-eliminar-valoracion", "olivar", ["feedback_removal"], "asks to delete seller feedback (Spanish)",
    "RE: Retraso en la entrega",
    "Hola {first}:\n\nYa que el pedido llegó finalmente, le rogamos que elimine la valoración negativa que "
    "nos dejó.\n\nRafael", q=("amazon", "Por fin llegó, con 10 días de retraso."))
add("es-video-mp4", "cuerdas", ["attachment"], "MP4 video attachment",
    "RE: Cómo cambiar las cuerdas", "Hola {first}:\n\nLe adjunto un vídeo corto donde se ve cómo anudar las "
    "cuerdas en el puente.\n\nLucía", atts=[("mp4", "cambiar-cuerdas.mp4")],
    q=("amazon", "No sé cómo atar las cuerdas al puente."))
add("es-offensive", "olivar", ["offensive"], "insult towards the buyer (Spanish)", "RE: Tapón que gotea",
    "{first}:\n\nNo gotea nada, el problema es usted, que es un inútil y no sabe ni cerrar un tapón. No "
    "vuelva a escribirnos tonterías.\n\nOlivar de Baena", q=("amazon", "El tapón gotea aceite."))
# ---------------------------------------------------------------- Italian
add("it-brt-spedizione", "bici", [], "BRT tracking number in groups, order id",
    "R: Spedizione bici",
    "Buongiorno {first},\n\nla bici da 16 pollici è partita ieri con BRT, numero di spedizione 0512 3456 "
    "7890 12. La consegna è prevista per venerdì.\n\nCordiali saluti,\nMatteo Galli\nBiciBimbi Verona",
    q=("amazon", "Quando arriva la bici dell'ordine {oid}?"))
add("it-reso-verifica-certificato", "bici", [], "return address with CAP, trigger substrings (verifica, "
    "certificato, specifiche)", "R: Reso rotelle",
    "Buongiorno {first},\n\ndopo la verifica delle specifiche le rotelle non sono compatibili con il "
    "modello da 14\". Può rispedirle a BiciBimbi Verona, Via Mazzini 8, 37121 Verona. Il certificato di "
    "conformità EN 71 della bici è in allegato.\n\nMatteo", atts=[("pdf", "certificato-EN71.pdf")],
    q=("amazon", "Le rotelle non si montano."))
add("it-rimborso-parziale", "moka", [], "partial refund to resolve a dent, not tied to review",
    "R: Moka ammaccata",
    "Gentile {first},\n\nci dispiace per l'ammaccatura. Le abbiamo rimborsato 8,00 € (il 20%); se "
    "preferisce una moka nuova, ce lo scriva e la spediamo subito.\n\nChiara\nMoka Lario",
    q=("onwrote", "La moka è arrivata ammaccata."))
add("it-recensione-neutra", "moka", [], "one neutral review request, proactive (Italian)",
    "Il suo ordine {oid}",
    "Gentile {first},\n\nla moka del suo ordine {oid} dovrebbe essere arrivata. Se ha un minuto, una sua "
    "recensione su Amazon ci sarebbe utile.\n\nChiara, Moka Lario")
add("it-important-targhetta", "bici", [], "correct [Important]: customisation (name plate), proactive",
    "[Important] Nome sulla targhetta - ordine {oid}",
    "Buongiorno {first},\n\nper la targhetta personalizzata dell'ordine {oid} ci ha indicato \"Giulia\". "
    "Conferma che va scritto in stampatello maiuscolo? Aspettiamo la sua risposta prima di incidere.\n\n"
    "Matteo Galli")
add("it-instagram-follow", "bici", ["contact_other", "marketing"], "follow us on Instagram with handle",
    "R: Casco bimbo",
    "Buongiorno {first},\n\nil casco taglia S va da 48 a 52 cm. Seguiteci su Instagram @bicibimbi.verona per "
    "le novità e le promozioni della stagione!\n\nMatteo", q=("amazon", "Che taglia di casco per 4 anni?"))
add("it-chiocciola-link-nascosto", "moka", ["external_link", "contact_email"], "obfuscated "
    "(chiocciola) e-mail "
    "and link hidden in href", "R: Guarnizione",
    "Gentile {first},\n\nle guarnizioni di ricambio si trovano qui. Per ordini scriva a ricambi chiocciola "
    "mokalario punto it.\n\nChiara",
    html=("<html><body><p>Gentile {first},</p><p>le guarnizioni di ricambio si trovano <a href=\"https://"
          "mokalario.it/ricambi\">qui</a>. Per ordini scriva a ricambi chiocciola mokalario punto it.</p>"
          "<p>Chiara</p></body></html>"), q=("amazon", "Dove trovo una guarnizione nuova?"))
add("it-gating", "moka", ["review_manipulation"], "review gating (Italian)", "La sua moka - ordine {oid}",
    "Gentile {first},\n\nse è soddisfatto della moka (ordine {oid}) ci lasci una recensione; se invece "
    "qualcosa non va, non scriva la recensione e ci contatti prima.\n\nChiara")
add("it-sconto-recensione", "bici", ["review_incentive"], "discount on next order for a review (Italian)",
    "La bici del suo ordine {oid}",
    "Buongiorno {first},\n\nscriva una recensione della bici (ordine {oid}) e le riserviamo il 15% di "
    "sconto sul prossimo acquisto.\n\nMatteo")
add("it-offensive", "bici", ["offensive"], "insult and threat towards the buyer (Italian)",
    "R: Pedale rotto",
    "{first},\n\nil pedale l'ha rotto lei, non raccontiamo storie. Se continua a scriverci queste idiozie, "
    "cretino, la facciamo pentire.\n\nBiciBimbi", q=("amazon", "Il pedale si è rotto dopo un giorno."))
add("it-http-image-font", "moka", ["styling"], "http: logo image (no recipient id) and font-family/colour "
    "override", "R: Caffè consigliato",
    "Gentile {first},\n\nper la moka da 3 tazze usi una macinatura media, non da espresso.\n\nChiara",
    html=("<html><body style=\"font-family:'Comic Sans MS';color:#6b2e0a\"><p>Gentile "
    "{first},</p><p>per la moka "
          "da 3 tazze usi una macinatura media, non da espresso.</p><p>Chiara</p><img src=\"http://mokalario"
          ".it/img/logo.png\" width=\"140\" height=\"40\" alt=\"Moka Lario\"></body></html>"),
    q=("amazon", "Che caffè devo usare?"))
add("it-qui-per-aiutarla", "moka", ["unpermitted_proactive"], "'we are here to help'-only proactive message",
    "Ordine {oid}",
    "Gentile {first},\n\ngrazie per l'ordine {oid}. Volevamo solo ricordarle che siamo qui per aiutarla in "
    "caso di qualsiasi domanda.\n\nChiara, Moka Lario")
# ---------------------------------------------------------------- Japanese
add("ja-yamato-tracking", "miyabi", [], "Yamato 12-digit 追跡番号 in phone-like groups, order id",
    "Re: 発送について",
    "{first} 様\n\nお問い合わせありがとうございます。セラミック包丁は昨日ヤマト運輸で発送いたしました。"
    "追跡番号は 4912-3456-7890 です。明日の午前中に到着予定です。\n\n刃物工房みやび 佐藤",
    q=("amazon", "注文 {oid} はいつ届きますか？"))
add("ja-address-postcode", "futon", [], "return address with 〒 postcode, price in JPY",
    "Re: 返品について",
    "{first} 様\n\nご不便をおかけして申し訳ございません。枕は下記住所へご返送ください。\n\n"
    "〒150-0001 東京都渋谷区神宮前3-14-5 ふとん堂 返品係\n\n到着後、代金 4,980円を全額返金いたします。\n\n"
    "ふとん堂 鈴木", q=("onwrote", "枕が高すぎるので返品したいです。"))
add("repeat4-first", "miyabi", [], "repeat pair 4, first request (clean, Japanese)",
    "ご注文 {oid} について",
    "{first} 様\n\nこの度はご注文 {oid} をいただき誠にありがとうございました。セラミック包丁の使い心地は"
    "いかがでしょうか。お時間がございましたら、Amazon で商品レビューをお寄せいただけますと幸いです。\n\n"
    "刃物工房みやび 佐藤", key="P4")
add("ja-refund", "futon", [], "unconditional refund after a complaint, price and date",
    "Re: 掛け布団の汚れ",
    "{first} 様\n\n届いた掛け布団に汚れがあったとのこと、大変失礼いたしました。6月5日に 12,800円を全額"
    "返金いたしました。商品はご返送いただかなくて結構です。\n\nふとん堂 鈴木",
    q=("amazon", "布団にシミがついていました。"))
add("ja-sagawa-return-label", "miyabi", [], "Sagawa 伝票番号 and PDF return label with Japanese filename",
    "Re: 交換の件", "{first} 様\n\n交換品を佐川急便で発送しました。お問い合わせ伝票番号：3601-2345-6789\n"
    "返品用ラベルを添付いたします。\n\n刃物工房みやび 佐藤", atts=[("pdf", "返品ラベル.pdf")],
    q=("amazon", "刃が欠けていたので交換してください。"))
add("ja-model-version", "miyabi", [], "model and version numbers, ASIN",
    "Re: 研ぎ器の対応機種",
    "{first} 様\n\nダイヤモンド研ぎ器 KS-2（ASIN: B0D3M7Q1XZ）は、セラミック包丁 KC-180 ver.2 以降に対応して"
    "おります。旧型 KC-180 には KS-1 をご利用ください。\n\n刃物工房みやび 佐藤",
    q=("amazon", "この研ぎ器は KC-180 に使えますか？"))
add("repeat4-second", "miyabi", ["repeat_request"], "repeat pair 4, second request by another agent",
    "包丁のご感想をお聞かせください（注文番号 {oid}）",
    "{first} 様\n\n刃物工房みやびの田中です。先日お届けした包丁（注文番号 {oid}）はお役に立っておりますで"
    "しょうか。よろしければ Amazon にてご評価をいただけますと励みになります。\n\n田中", key="P4")
add("ja-fullwidth-at", "futon", ["contact_email"], "obfuscated (full-width ＠ and letters) e-mail address",
    "Re: 法人購入について",
    "{first} 様\n\n法人でのまとめ買いは、ｈｏｊｉｎ＠ｆｕｔｏｎｄｏ．ｊｐ までご連絡ください。"
    "\n\nふとん堂 鈴木",
    q=("amazon", "会社でまとめて購入したいです。"))
add("ja-line-phone", "miyabi", ["contact_phone", "contact_other"], "LINE ID and Japanese phone number",
    "Re: 名入れについて",
    "{first} 様\n\n名入れのご相談は LINE（ID: @miyabi-hamono）または お電話 03-5579-4182 でも承ります。\n\n"
    "佐藤", q=("amazon", "包丁に名前を入れられますか？"))
add("ja-giftcard-review", "futon", ["review_incentive"], "Amazon gift card for a review (Japanese)",
    "ご注文 {oid} のお礼",
    "{first} 様\n\nご注文 {oid} の枕はいかがでしょうか。レビューを書いていただいた方全員に、500円分の "
    "Amazon ギフト券をお送りしております。\n\nふとん堂")
add("ja-remove-review", "miyabi", ["feedback_removal"], "asks to delete a low rating (Japanese)",
    "Re: 包丁の欠け",
    "{first} 様\n\n交換品が無事に届き安心いたしました。つきましては、先日の低い評価を削除していただけない"
    "でしょうか。\n\n佐藤", q=("amazon", "交換品届きました。"))
add("ja-new-products-emoji-optout", "futon", ["marketing", "opt_out", "styling"], "new-product promotion "
    "with emoji and an opt-out sentence", "ご注文 {oid} と新商品のご案内",
    "{first} 様\n\nご注文 {oid} ありがとうございました✨ この夏、接触冷感の敷きパッドが新発売です。"
    "今なら 20%オフ！\n\n今後このようなご案内が不要な場合は「配信停止」とご返信ください。\n\nふとん堂")
add("ja-amzn-to", "miyabi", ["external_link"], "amzn.to short link",
    "Re: まな板について", "{first} 様\n\n専用のまな板はこちらです：https://amzn.to/3xK9QpL\n\n佐藤",
    q=("amazon", "包丁に合うまな板はありますか？"))
add("ja-missing-oid", "futon", ["missing_order_id"], "proactive care instructions with no order id",
    "枕のお手入れ方法について",
    "{first} 様\n\nお届けした枕は、月に一度陰干しをすると長持ちいたします。カバーは洗濯機で洗えます。\n\n"
    "ふとん堂 鈴木")
# ---------------------------------------------------------------- Dutch, Polish, Swedish
add("nl-postnl-tracking", "kaas", [], "PostNL track & trace code, order id, return address with postcode",
    "Re: Kaasschaaf bot",
    "Hallo {first},\n\nDe nieuwe kaasschaaf is vandaag verstuurd, track & trace 3SKAAS1234567. De oude mag "
    "u houden. Mocht u toch iets willen retourneren: Kaasschaaf & Co, Noordeinde 18, 2611 KH Delft.\n\n"
    "Groet,\nFemke", q=("amazon", "De schaaf uit bestelling {oid} is bot."))
add("nl-beoordeling-verwijderen", "kaas", ["feedback_removal"], "asks to remove the rating (Dutch)",
    "Re: Late levering", "Hallo {first},\n\nNu alles binnen is, wilt u uw negatieve beoordeling alstublieft "
    "verwijderen?\n\nFemke", q=("amazon", "Eindelijk binnen, een week te laat."))
add("nl-review-neutraal", "kaas", [], "one neutral review request, proactive (Dutch)",
    "Uw bestelling {oid}",
    "Hallo {first},\n\nUw kaasschaaf (bestelling {oid}) is bezorgd. Als u er tijd voor heeft, horen we "
    "graag wat u ervan vindt in een review op Amazon.\n\nFemke, Kaasschaaf & Co")
add("pl-inpost-paczkomat", "bursz", [], "InPost 24-digit tracking number, order id, price in PLN",
    "Odp: Przesyłka", "Dzień dobry {first},\n\nPaczka trafiła do paczkomatu KRA01M. Numer przesyłki InPost: "
    "620012345678901234567890. Kwota 149,00 zł została opłacona.\n\nPozdrawiamy,\nMarta\nBursztynowy Kącik",
    q=("amazon", "Gdzie jest moje zamówienie {oid}?"))
add("pl-piec-gwiazdek", "bursz", ["review_manipulation"], "asks for five stars (Polish)",
    "Zamówienie {oid}", "Dzień dobry {first},\n\nDziękujemy za zamówienie {oid}. Bardzo prosimy o "
    "wystawienie "
    "opinii na 5 gwiazdek - to dla nas bardzo ważne.\n\nMarta")
add("pl-offensive", "bursz", ["offensive"], "insult towards the buyer (Polish)", "Odp: Pęknięty wisiorek",
    "{first},\n\nwisiorek nie pękł sam, to pani go zniszczyła. Proszę nie zawracać nam głowy, idiotko.\n\n"
    "Bursztynowy Kącik", q=("amazon", "Wisiorek pękł po tygodniu."))
add("sv-postnord-tracking", "fjall", [], "PostNord kollinummer, order id, SEK price, version number",
    "SV: Stormkök leverans",
    "Hej {first},\n\nDitt stormkök skickades i dag med PostNord, kollinummer 00373500123456789012. "
    "Priset 1 295 kr inkluderar frakt. Brännaren är modell FG-2 v1.3.\n\nMvh\nOskar\nFjällglöd",
    q=("amazon", "När skickas order {oid}?"))
add("sv-telegram", "fjall", ["contact_other"], "Telegram contact offered (Swedish)", "SV: Gasadapter",
    "Hej {first},\n\nSkriv till oss på Telegram, @fjallglod_support, så skickar jag bilder på adaptern.\n\n"
    "Oskar", q=("amazon", "Vilken gasadapter passar?"))
add("sv-important-nyheter", "fjall", ["marketing", "important_tag"], "[Important] on a promotion for new "
    "products (Swedish)", "[Important] Nyheter till ditt stormkök - order {oid}",
    "Hej {first},\n\nTack för order {oid}! Nu finns vår nya titanpanna och vindskyddet Fjällglöd Skärm - "
    "perfekta till ditt kök. Passa på, 10 % rabatt hela juni.\n\nOskar")


# ================================================================ build
REPLY_RE = re.compile(r"^\s*(\[[^\]]*\]\s*)?(re|aw|r|sv|odp)\s*:", re.I)


def fill(s: str, ctx: dict) -> str:
    for k, v in ctx.items():
        s = s.replace("{" + k + "}", v)
    return s


def build(i: int, sp: dict, when: datetime) -> tuple[bytes, str]:
    name, domain, tld, _ = SELLERS[sp["seller"]]
    key = sp["key"]
    oid = make_oid(key)
    buyer = buyer_for(key)
    relay = relay_for(key, tld, m=sp["m_relay"] or h("m" + key) % 9 == 4)
    first = buyer.split()[0]
    ctx = {"first": first, "oid": oid, "relaylocal": relay.split("@")[0], "buyer": buyer}
    subject = fill(sp["subject"], ctx)
    text = fill(sp["body"], ctx)
    quote = ""
    if sp["q"]:
        style, qtext = sp["q"]
        quote = render_quote(style, fill(qtext, ctx), sp["lang"], buyer, relay, oid, tld,
                             when - timedelta(hours=7, minutes=i % 50), subject)
    msg = EmailMessage()
    msg["From"] = f"{name} <help@{domain}>"
    msg["To"] = relay.upper() if i % 11 == 3 else relay
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<hd4.{i:04d}.{h(sp['slug']) % 10**8}@{domain}>"
    irt = sp["irt"] if sp["irt"] is not None else bool(sp["q"])
    if irt and not (i % 6 == 2 and REPLY_RE.match(subject)):
        ses = f"<0100018f{h('ses' + key + sp['slug']) % 16**24:024x}-000000@email.amazonses.com>"
        msg["In-Reply-To"] = ses
        msg["References"] = ses
    for k, v in sp["headers"].items():
        msg[k] = v
    msg["X-Mailer"] = ["Zendesk", "Help Scout", "Freshdesk", "eDesk", "Gorgias", "Outlook 16.0"][i % 6]
    full = text + quote + "\n"
    latin = sp["lang"] not in ("ja",)
    cte = sp["cte"] or ("quoted-printable" if latin and i % 3 == 0 else None)
    if cte:
        msg.set_content(full, cte=cte)
    else:
        msg.set_content(full)
    html = sp["html"]
    if html is None and i % 4 == 1:
        html = text_to_html(text + quote)
    elif html is not None:
        html = fill(html, ctx)
        if quote:
            qh = "<blockquote>" + htmlmod.escape(quote.strip()).replace("\n", "<br>\n") + "</blockquote>"
            html = html.replace("</body>", qh + "\n</body>")
    if html:
        msg.add_alternative(html, subtype="html")
        if sp["inline"]:
            cid, fname = sp["inline"]
            msg.get_payload()[1].add_related(png_bytes(120, 32), "image", "png", cid=f"<{cid}>",
                                              filename=fname, disposition="inline")
    for kind, fname in sp["atts"]:
        data = att_data(kind, fname)
        mt, st = ATT.get(kind, ("application", "pdf"))
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    random.seed(9000 + i)
    pol = policy.SMTP if i % 4 == 3 else policy.default
    return msg.as_bytes(policy=pol), oid


def main() -> None:
    order = list(range(len(SPECS)))
    random.Random(4).shuffle(order)
    specs = [SPECS[j] for j in order]
    # first request of a pair must come before the second
    firsts: dict[str, int] = {}
    for idx, sp in enumerate(specs):
        if sp["key"].startswith("P") and "repeat_request" not in sp["cats"]:
            firsts[sp["key"]] = idx
    for idx, sp in enumerate(specs):
        if "repeat_request" in sp["cats"] and firsts[sp["key"]] > idx:
            j = firsts[sp["key"]]
            specs[idx], specs[j] = specs[j], specs[idx]
            firsts[sp["key"]] = idx
    slugs = [sp["slug"] for sp in specs]
    assert len(set(slugs)) == len(slugs)
    out = HERE / "msgs"
    out.mkdir(exist_ok=True)
    for f in out.glob("*.eml"):
        f.unlink()
    base = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
    lines = []
    seen_oids: dict[str, str] = {}
    for n, sp in enumerate(specs, 1):
        raw, _oid = build(n, sp, base + timedelta(minutes=97 * n))
        fname = f"msgs/{n:04d}-{sp['slug']}.eml"
        (HERE / fname).write_bytes(raw)
        parsed = message_from_bytes(raw, policy=policy.default)
        assert not parsed.defects, (fname, parsed.defects)
        for part in parsed.walk():
            assert not part.defects, (fname, part.defects)
        subj = str(parsed["Subject"])
        is_reply = parsed["In-Reply-To"] or parsed["References"] or REPLY_RE.match(subj)
        kind = "reply" if is_reply else "proactive"
        if kind == "reply":
            assert "missing_order_id" not in sp["cats"] and "unpermitted_proactive" not in sp["cats"], fname
        else:
            content = subj + "\n" + "\n".join(
                p.get_content() for p in parsed.walk() if p.get_content_type() in ("text/plain", "text/html"))
            has_oid = bool(OID_RE.search(content))
            assert has_oid != ("missing_order_id" in sp["cats"]), fname
        if sp["key"] in seen_oids:
            assert sp["key"].startswith("P"), fname
        seen_oids[sp["key"]] = fname
        lines.append(json.dumps({"file": fname, "categories": sp["cats"], "lang": sp["lang"], "kind": kind,
                                 "note": sp["note"]}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

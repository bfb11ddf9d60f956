#!/usr/bin/env python3
"""Second independent held-out set for bsm-guard.

Writes msgs/NNNN-slug.eml and labels.jsonl next to this script, in the corpus format
(see /work/shared/corpus/FORMAT.md). Python 3.11 standard library only, deterministic:
every run produces the same bytes. The set is for measuring generalisation only; do not
tune detectors on it.

    python3 make.py          # write msgs/ and labels.jsonl, then self-check
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.policy
import io
import json
import random
import re
import shutil
import struct
import sys
import zipfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "msgs"

CATS = [
    "external_link", "contact_email", "contact_phone", "contact_other", "review_incentive",
    "review_manipulation", "feedback_removal", "repeat_request", "marketing", "opt_out",
    "tracking_pixel", "attachment", "styling", "offensive", "important_tag", "missing_order_id",
    "unpermitted_proactive",
]
REPLY_PREFIX = re.compile(r"^\s*(\[[^\]]*\]\s*)?(re|aw|r|sv|odp)\s*:", re.I)
OID = re.compile(r"\d{3}-\d{7}-\d{7}")

RNG = random.Random(20250611)


# --------------------------------------------------------------------------- ids


_used_oids: set[str] = set()


def new_oid() -> str:
    """A fresh order id, never used before in this set."""
    while True:
        a = RNG.choice(["028", "112", "171", "203", "249", "302", "305", "306", "402", "404", "503", "701"])
        oid = f"{a}-{RNG.randrange(10**6, 10**7):07d}-{RNG.randrange(10**6, 10**7):07d}"
        if oid not in _used_oids:
            _used_oids.add(oid)
            return oid


def relay(tld: str) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    local = "".join(RNG.choice(alphabet) for _ in range(15))
    return f"{local}@marketplace.amazon.{tld}"


def ses_id() -> str:
    h = "".join(RNG.choice("0123456789abcdef") for _ in range(12))
    g = "".join(RNG.choice("0123456789abcdef") for _ in range(8))
    return f"<0100019{h}-{g}@email.amazonses.com>"


def asin() -> str:
    return "B0" + "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))


# --------------------------------------------------------------------------- sellers

SELLERS = {
    "kestrel": ("Kestrel Case Co.", "support@kestrelcase.com", "com"),
    "hollow": ("Hollow Oak Yoga", "care@hollowoakyoga.co.uk", "co.uk"),
    "tuinhaak": ("Tuinhaak Tuingereedschap", "service@tuinhaak.nl", "nl"),
    "sakura": ("桜肌コスメ", "shop@sakurahada.jp", "co.jp"),
    "yamamoto": ("山本工具店", "info@yamamoto-kougu.jp", "co.jp"),
    "voltrad": ("Voltrad Teile", "kundenservice@voltrad-teile.de", "de"),
    "klingen": ("Klingenwerk Solingen", "service@klingenwerk.de", "de"),
    "tiovivo": ("Juguetes Tiovivo", "atencion@tiovivo-juguetes.es", "es"),
    "albaran": ("Cerámica Albarán", "pedidos@ceramicaalbaran.es", "es"),
    "brughiera": ("Torrefazione Brughiera", "ordini@brughieracaffe.it", "it"),
    "ravelli": ("Pelletteria Ravelli", "assistenza@ravellipelle.it", "it"),
    "lumen": ("Atelier Lumen", "sav@atelier-lumen.fr", "fr"),
    "perrin": ("Maison Perrin", "service-client@maisonperrin.fr", "fr"),
    "bartek": ("Kuchnia Bartek", "sklep@kuchniabartek.pl", "pl"),
    "fjall": ("Fjällspår Outdoor", "kundtjanst@fjallspar.se", "se"),
    "brightwell": ("Brightwell Pet Supply", "help@brightwellpet.com", "com"),
    "maple": ("Maple Loom Textiles", "orders@mapleloom.ca", "ca"),
    "coral": ("Coral Tide Swim", "hello@coraltide.com.au", "com.au"),
    "penrose": ("Penrose Tea Co.", "orders@penrosetea.co.uk", "co.uk"),
    "indigo": ("Indigo Loom Home", "care@indigoloom.in", "in"),
    "quill": ("Quillfield Paper Goods", "desk@quillfield.com", "com"),
}


# --------------------------------------------------------------------------- attachments


def pdf_bytes(title: str) -> bytes:
    """A minimal but well-formed one-page PDF with a text line."""
    text = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offs:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png_bytes(w: int = 4, h: int = 4, rgb: tuple[int, int, int] = (200, 120, 40)) -> bytes:
    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def jpeg_bytes() -> bytes:
    """A valid baseline 8x8 grey JPEG (one block, DC diff 0, EOB)."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    dqt = b"\xff\xdb\x00\x43\x00" + bytes([1] * 64)
    sof = b"\xff\xc0\x00\x0b\x08\x00\x08\x00\x08\x01\x01\x11\x00"
    dht_dc = b"\xff\xc4\x00\x14\x00" + bytes([1] + [0] * 15) + b"\x00"
    dht_ac = b"\xff\xc4\x00\x14\x10" + bytes([1] + [0] * 15) + b"\x00"
    sos = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
    return b"\xff\xd8" + app0 + dqt + sof + dht_dc + dht_ac + sos + b"\x3f" + b"\xff\xd9"


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx_bytes() -> bytes:
    ct = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
          b'package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
          b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    wb = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
          b'spreadsheetml/2006/main"><sheets><sheet name="Sizes" sheetId="1"/></sheets></workbook>')
    return zip_bytes({"[Content_Types].xml": ct, "xl/workbook.xml": wb})


def exe_bytes() -> bytes:
    dos = bytearray(b"MZ" + b"\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44)
    dos[0x3C:0x40] = struct.pack("<I", 0x80)
    stub = b"This program cannot be run in DOS mode.\r\r\n$"
    body = bytes(dos) + stub
    body += b"\x00" * (0x80 - len(body))
    pe = b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x14C, 1, 0x67C2A000, 0, 0, 0xE0, 0x0102)
    return body + pe + b"\x00" * 224 + b".text\x00\x00\x00" + b"\x00" * 32


def mp4_bytes() -> bytes:
    ftyp = struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 512) + b"isomiso2"
    mdat = struct.pack(">I", 8 + 64) + b"mdat" + bytes(64)
    moov = struct.pack(">I", 8 + 16) + b"moov" + struct.pack(">I", 16) + b"free" + bytes(8)
    return ftyp + moov + mdat


JPEG = jpeg_bytes()


def att_pdf(name: str, title: str | None = None) -> tuple:
    return (name, "application", "pdf", pdf_bytes(title or name))


def att_png(name: str) -> tuple:
    return (name, "image", "png", png_bytes(6, 6, (90, 140, 60)))


def att_jpg(name: str) -> tuple:
    return (name, "image", "jpeg", JPEG)


# --------------------------------------------------------------------------- quoting helpers

AMZ = {
    "en": ("------------- Message: -------------", "------------- End message -------------"),
    "de": ("------------- Nachricht: -------------", "------------- Ende der Nachricht -------------"),
    "fr": ("------------- Message : -------------", "------------- Fin du message -------------"),
    "es": ("------------- Mensaje: -------------", "------------- Fin del mensaje -------------"),
    "it": ("------------- Messaggio: -------------", "------------- Fine messaggio -------------"),
    "ja": ("------------- メッセージ: -------------", "------------- メッセージ終了 -------------"),
    "nl": ("------------- Bericht: -------------", "------------- Einde bericht -------------"),
    "pl": ("------------- Wiadomość: -------------", "------------- Koniec wiadomości -------------"),
    "sv": ("------------- Meddelande: -------------", "------------- Slut på meddelandet -------------"),
}


def amz(lang: str, tld: str, oid: str | None, body: str, asin_: str | None = None) -> str:
    """Amazon's notification wrapper around a buyer message, as a helpdesk quotes it."""
    head, tail = AMZ[lang]
    lines = [head, ""]
    if oid:
        lines.append(f"Order ID {oid}:" if lang != "ja" else f"注文番号 {oid}:")
    if asin_:
        lines.append(f"1 of [ASIN: {asin_}]")
    lines += ["", body.strip(), "", tail, ""]
    tok = "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(20))
    lines.append(f"Was this email helpful? https://www.amazon.{tld}/gp/help/customer/display.html"
                 f"?nodeId=G9J3T4GRPG5BKLDA")
    lines.append(f"[commMgrTok:{tok}]")
    return "\n".join(lines)


def gt(text: str) -> str:
    return "\n".join((">" + (" " + ln if ln else "")) for ln in text.splitlines())


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(text: str) -> str:
    """Plain paragraphs to minimal HTML (no styling)."""
    out = []
    for p in text.strip().split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(x) for x in p.splitlines()) + "</p>")
    return "\n".join(out)


def html_doc(inner: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f"<body>\n{inner}\n</body>\n</html>\n")


# --------------------------------------------------------------------------- spec registry

SPECS: list[dict] = []
T0 = dt.datetime(2025, 3, 3, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def add(slug: str, seller: str, lang: str, cats: list[str], note: str, subject: str, *,
        text: str | None = None, html: str | None = None, to: str | None = None,
        irt: bool = False, atts: tuple = (), inline: tuple = (), headers: dict | None = None,
        charset: str = "utf-8", cte: str | None = None, crlf: bool = False,
        group: str | None = None, raw_html_only: bool = False) -> None:
    for c in cats:
        assert c in CATS, c
    if to is None:
        to = relay(SELLERS[seller][2])
    SPECS.append(dict(slug=slug, seller=seller, lang=lang, cats=[c for c in CATS if c in cats],
                      note=note, subject=subject, text=text, html=html, to=to, irt=irt, atts=atts,
                      inline=inline, headers=headers or {}, charset=charset, cte=cte, crlf=crlf,
                      group=group, raw_html_only=raw_html_only))


# =========================================================================== SPECS
# --------------------------------------------------------------------------- compliant, English

o, a = new_oid(), asin()
add("kestrel-ups-replacement-zendesk", "kestrel", "en", [],
    "UPS 1Z tracking in groups, order id, ASIN and model number in a Zendesk reply; compliant",
    f"Re: Cracked corner on Ridgeline case (Order {o})", irt=True,
    text=f"""##- Please type your reply above this line -##

Hi Jenna,

So sorry the corner of your Ridgeline case (model KC-R15P, ASIN {a}) came cracked. That shouldnt
happen, the TPU bumper is supposed to take a drop from 2 m.

A replacement left our warehouse this morning by UPS, tracking 1Z 9X4 27A 03 1846 2210. You don't
need to send the broken one back, just recycle it.

Best,
Dana
Kestrel Case Co. | Customer Care

----------------------------------------------

Jenna - Amazon Marketplace
Mar 2, 2025, 19:41 EST

{amz("en", "com", o, "Hi, the case I got has a crack on the bottom left corner, right out of the box."
     " Can you send another one?", a)}
""")

o = new_oid()
add("kestrel-fedex-window-gmail", "kestrel", "en", [],
    "FedEx 12-digit tracking in 4-4-4 groups labelled as tracking, delivery window; Gmail quote; compliant",
    f"Re: Where is my order {o}?", irt=True, text=f"""Hello Mr. Okafor,

thanks for your patience. Your parcel is with FedEx, tracking number 7749 2210 5583, and the
latest scan says it's out for delivery on Tue 03/11 between 2:00 and 4:00 pm.

If it doesn't show up by Wednesday evening just reply here and I'll get a new one out to you.

Kind regards,
Marco

On Mon, Mar 10, 2025 at 9:02 AM Daniel - Amazon Marketplace <{relay("com")}> wrote:

{gt(amz("en", "com", o, "Ordered a week ago and the tracking hasn't moved. What's going on?"))}
""")

o = new_oid()
add("hollow-royalmail-return-outlook", "hollow", "en", [],
    "Royal Mail tracking, RMA, return address with postcode, unconditional refund; Outlook quote block "
    "without addresses; compliant",
    f"RE: Return - leggings too long - {o}", irt=True, crlf=True, text=f"""Hi Sophie,

Of course - please send the leggings back to:

Hollow Oak Yoga Returns
Unit 7, Brindley Court
Sheffield S9 2RX

Put RMA-HOY-20931 on a note inside the parcel. Your Royal Mail tracking QF482177306GB from the
original delivery doesn't matter for the return, any tracked service is fine. As soon as the
parcel is scanned we'll refund the full £34.00, including postage.

Warm wishes
Priya
Hollow Oak Yoga

-----Original Message-----
From: Sophie - Amazon Marketplace
Sent: 04 March 2025 18:22
To: Hollow Oak Yoga
Subject: Return - leggings too long - {o}

{amz("en", "co.uk", o, "The high-waist leggings are about 8 cm too long for me. How do I return them?")}
""")

o = new_oid()
add("hollow-neutral-review-request", "hollow", "en", [],
    "one neutral review request with an Amazon order-history link, proactive, own order id; compliant",
    f"Your Hollow Oak order {o}", text=f"""Hello Amira,

Your wrap top (order {o}) was delivered on Saturday. If you have a moment, we'd appreciate an
honest review of it on Amazon - it helps other people pick the right size. You'll find it under
your orders: https://www.amazon.co.uk/gp/css/order-history

Thank you,
Tom at Hollow Oak Yoga
""")

o = new_oid()
add("maple-important-delivery-appointment", "maple", "en", [],
    "[Important] used for freight delivery scheduling with a PRO number and time windows; compliant",
    f"[Important] Delivery appointment for your rug - order {o}", text=f"""Hi Chantal,

Your 8x10 wool rug from order {o} is too large for regular parcel service, so it travels with
Day & Ross freight (PRO 48213377). The carrier needs someone at home to sign.

Which of these windows works for you?
- Thursday March 13, 8:00-12:00
- Friday March 14, 12:00-17:00
- Monday March 17, 8:00-12:00

Just reply with your pick and I'll book it.

Thanks so much,
Gabe - Maple Loom Textiles
""")

o = new_oid()
add("quill-important-address-problem", "quill", "en", [],
    "[IMPORTANT] (upper case) on an address problem, proactive with order id; compliant",
    f"[IMPORTANT] Apartment number missing for order {o}", text=f"""Hello,

USPS returned the label for your order {o} as "insufficient address": the shipping address has
the building (2210 NE Alberta St, Portland OR 97211) but no apartment or unit number.

Could you let us know the unit number? We'll hold the notebooks until we hear from you and ship
the same day.

Ben
Quillfield Paper Goods
""")

o = new_oid()
add("kestrel-important-engraving", "kestrel", "en", [],
    "[Important] on a customisation question (engraving text), proactive; compliant",
    f"[Important] Engraving text for order {o}", text=f"""Hi Lauren,

Thanks for ordering the personalised walnut case (order {o}). The engraving field in the order
came through as "Mum & Dad 1985 - " and it looks cut off.

Could you confirm the exact text you want? The plate fits up to 24 characters on one line.
We'll start the engraving as soon as we have it.

Dana
Kestrel Case Co.
""")

o = new_oid()
add("penrose-trigger-substrings", "penrose", "en", [],
    "trigger substrings inside words and place names (Scunthorpe, Assam, Essex, Penistone, classic, "
    "assessment); compliant",
    f"Re: Assam tin arrived dented - order {o}", irt=True, text=f"""Dear Mr Hartley,

Many thanks for the photos. After a quick assessment of the pictures our packer agrees the
dent happened in transit - the Assam second flush tin should have had more padding.

We've sent a fresh tin by Royal Mail first-class from our Scunthorpe warehouse; it should reach
Penistone by Thursday. The classic caddy spoon is included as well since the old one was bent.
(Our other customer in Essex had exactly the same problem last week, so we're changing boxes.)

With apologies,
Alistair
Penrose Tea Co.

{amz("en", "co.uk", o, "Tin was dented and the lid won't close properly. Photos attached.")}
""")

o = new_oid()
add("brightwell-messenger-features", "brightwell", "en", [],
    "WhatsApp, Telegram, LINE and Facebook named as product features of a pet camera; compliant",
    f"Re: Question about PawView 2 notifications (order {o})", irt=True, text=f"""Hi Kayla here!

Great question. The PawView 2 app can forward motion alerts to WhatsApp, Telegram or LINE - you
turn it on under Settings > Alerts > Messenger forwarding. It can also post clips to a Facebook
story if you link your account, but that's off by default.

The camera itself only needs 2.4 GHz Wi-Fi. Hope that helps, let me know if anything doesn't
work as described!

Kayla
Brightwell Pet Supply

{amz("en", "com", o, "Does the camera send alerts to WhatsApp? My phone is always on silent for the app.")}
""")

o = new_oid()
add("coral-feedback-update-up-to-you", "coral", "en", [],
    "after a resolved size swap: feedback can be updated if they wish, entirely up to them; ABN in "
    "signature; compliant",
    f"Re: Wrong size swimsuit {o}", irt=True, text=f"""Hi Georgia,

The size 12 one-piece is on its way, Australia Post tracking 33LPQ0123456, and we've already
refunded the return postage of AUD 11.95 to your card.

You mentioned you left feedback when the wrong size arrived. If you ever feel like updating it,
you can, but honestly that's entirely up to you - no pressure at all.

Cheers,
Mia
Coral Tide Swim Pty Ltd  ABN 51 824 753 556

{amz("en", "com.au", o, "Got a size 10 instead of 12. Pretty annoyed to be honest, I left feedback.")}
""")

o = new_oid()
_inv = "INV-IL-2025-00412"
add("indigo-invoice-cid-logo", "indigo", "en", [],
    "HTML reply with an unlinked cid: logo, PDF invoice, GSTIN, Delhivery AWB, rupee price and pincode; "
    "compliant",
    f"Re: GST invoice needed for order {o}", irt=True,
    text=f"""Dear Mr. Rao,

Please find the GST invoice {_inv} attached (GSTIN 29ABCDE1234F1Z5). The order total was
Rs. 1,299.00 including 12% GST.

Your cushion covers are with Delhivery, AWB no. 1490 8123 4567 89, and should reach Bengaluru
560034 on Friday.

Regards,
Ritu, Indigo Loom Home
""",
    html=html_doc(f"""<p>Dear Mr. Rao,</p>
<p>Please find the GST invoice {_inv} attached (GSTIN 29ABCDE1234F1Z5). The order total was
&#8377;1,299.00 including 12% GST.</p>
<p>Your cushion covers are with Delhivery, AWB no. 1490 8123 4567 89, and should reach Bengaluru
560034 on Friday.</p>
<p>Regards,<br>Ritu, Indigo Loom Home<br><img src="cid:logo-indigo@indigoloom" alt="Indigo Loom" width="120"
height="40"></p>"""),
    inline=(("logo-indigo@indigoloom", "image", "png", png_bytes(12, 4, (40, 40, 120))),),
    atts=(att_pdf(f"{_inv}.pdf", f"Tax invoice {_inv} order {o}"),))

o = new_oid()
add("kestrel-version-serial", "kestrel", "en", [],
    "firmware/iOS version numbers, model and a serial number in 4-4-4 groups; compliant",
    f"Re: MagSafe charger stand not charging (order {o})", irt=True, text=f"""Hi Tom,

Sorry about the trouble. A couple of things to check:

1. Your stand should be on firmware 2.4.1 or later (the LED blinks twice green at start-up if so).
2. iPhone on iOS 17.5? Earlier versions had a MagSafe handshake bug.
3. Use a USB-C PD 3.0 brick of at least 20 W.

If it still won't charge, send me the serial from the base label (yours should start with
SN 4471-2209-8813 or similar) and we'll replace the KC-WS15 stand straight away.

Marco, Kestrel Case Co.

{amz("en", "com", o, "The stand lights up but my phone doesn't charge on it.")}
""")

o, a = new_oid(), asin()
r = relay("com")
add("quill-amazon-links-relay", "quill", "en", [],
    "https links to Amazon returns, order-details and help pages; the buyer's relay address in the body; "
    "compliant",
    f"Re: How do I return the planner? {o}", irt=True, to=r, text=f"""Hi Noor,

No problem at all. You can start the return here:
https://www.amazon.com/returns/cart?orderId={o}

Your order details (including the invoice) are at
https://www.amazon.com/gp/your-account/order-details?orderID={o}

Amazon's return policy for stationery is explained on
https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7

Any further questions, just reply to this thread (it reaches us through {r}).

Ben
Quillfield Paper Goods

{amz("en", "com", o, "The 2025 planner has the wrong year printed inside. How do I return it?", a)}
""")

o = new_oid()
add("brightwell-two-blank-lines-photos", "brightwell", "en", [],
    "exactly two blank lines between paragraphs, JPEG and PNG photo attachments; compliant",
    f"Re: Which harness size? order {o}", irt=True, text="""Hi Marisol,

I measured both sizes for you and attached photos of each next to a tape measure.


The M fits chest 45-60 cm, the L 58-76 cm. For a 62 cm chest the L is the safer choice.

Kayla
Brightwell Pet Supply
""", atts=(att_jpg("harness-M-measured.jpg"), att_png("harness-L-measured.png")))

o, a = new_oid(), asin()
add("quill-review-link-request", "quill", "en", [],
    "one neutral review request linking Amazon's create-review page, proactive; compliant",
    f"How are the dot-grid notebooks? (order {o})", text=f"""Hi there,

Your three dot-grid notebooks from order {o} should have arrived by now. If you have a moment,
we'd be grateful for your honest review:
https://www.amazon.com/review/create-review?asin={a}

Either way, thanks for shopping with a small shop.

Ben
Quillfield Paper Goods
""")

o = new_oid()
add("hollow-partial-refund-discount", "hollow", "en", [],
    "unconditional 20% partial refund for a stitching flaw, no review mention; compliant",
    f"RE: Loose stitching on bra top {o}", irt=True, text=f"""Hi Jo,

Thank you for the photo, that seam should definitely not be coming apart after two wears.

I've refunded 20% of the price (£5.60) to your original payment method as an apology. If you'd
rather have a replacement instead, tell me and I'll send one out - you can keep the current one
either way.

Best wishes,
Priya
Hollow Oak Yoga

{amz("en", "co.uk", o, "The stitching on the side seam is coming loose already.")}
""")

o = new_oid()
add("brightwell-usps-grouped-dates", "brightwell", "en", [],
    "22-digit USPS tracking in digit groups, dates, delivery window, prices and ZIP; compliant",
    f"Re: Order {o} - still not here", irt=True, text="""Hello Mr. Lindqvist,

I'm sorry it's taking so long. USPS tracking 9400 1118 9922 3857 4410 25 shows the parcel at the
Portland OR 97214 facility since 03/10. USPS estimates Thursday 3/13 between 9:00 and 13:00.

If it doesn't arrive by Friday 3/14, I'll refund the $18.49 in full or resend, whichever you
prefer.

Kayla
Brightwell Pet Supply
""")

o = new_oid()
add("coral-refund-after-threat", "coral", "en", [],
    "unconditional refund after the buyer threatened a 1-star review in the quoted message; compliant",
    f"Re: Faded after one swim!! {o}", irt=True, text=f"""Hi Brooke,

I'm really sorry - the colour should hold up to chlorine for far longer than that. I've issued a
full refund of AUD 69.00 just now; it'll show on your card within 3-5 business days. No need to
return the swimsuit.

Mia
Coral Tide Swim

{amz("en", "com.au", o, "Faded after ONE swim. If I don't get my money back I'm leaving 1 star.")}
""")

o = new_oid()
add("penrose-decline-phone", "penrose", "en", [],
    "agent declines to move to phone or WhatsApp and keeps the conversation on Amazon; compliant",
    f"Re: Can we talk on the phone? order {o}", irt=True, text=f"""Dear Mrs Pike,

Thank you for your message. I'm afraid we're only able to help through Amazon's messaging, so we
can't call or message you on WhatsApp - but I'm happy to sort everything out here.

The Earl Grey you received was the loose-leaf version instead of tea bags. I've sent the tea
bags out today at no cost, and you can keep the loose leaf.

Kind regards,
Alistair
Penrose Tea Co.

{amz("en", "co.uk", o, "It's easier for me on the phone. Can someone call me or WhatsApp me?")}
""")

o = new_oid()
add("maple-html-blockquote-canadapost", "maple", "en", [],
    "HTML reply with blockquote history, Canada Post 16-digit tracking in groups, postal code, CAD price; "
    "compliant",
    f"Re: Throw blanket colour {o}", irt=True,
    text="""Hi Evan,

The "Harbour" colourway is a deep teal, a bit darker than the photo. Your blanket shipped
yesterday; Canada Post tracking number 7023 2109 8841 5563 to Toronto M5V 2T6.

If the colour isn't what you hoped, returns are free within 30 days (CA$64.99 back in full).

Gabe
""",
    html=html_doc(f"""<div>Hi Evan,<br><br>
The &quot;Harbour&quot; colourway is a deep teal, a bit darker than the photo. Your blanket shipped
yesterday; Canada Post tracking number 7023 2109 8841 5563 to Toronto M5V 2T6.<br><br>
If the colour isn't what you hoped, returns are free within 30 days (CA$64.99 back in full).<br><br>
Gabe</div>
<div><br>On Mar 6, 2025, Evan - Amazon Marketplace wrote:</div>
<blockquote type="cite">
<div>{esc(AMZ["en"][0])}</div>
<div>Order ID {o}:</div>
<div>Is Harbour more blue or more green?</div>
<div>{esc(AMZ["en"][1])}</div>
</blockquote>"""))

o = new_oid()
add("indigo-three-attachments", "indigo", "en", [],
    "PDF manual, PNG diagram and TXT care notes attached; compliant",
    f"Re: Washing instructions for quilt, order {o}", irt=True, text="""Hello Ananya,

Attached are the manual (PDF), a folding diagram (PNG) and short care notes as a text file.
Short version: cold wash, gentle cycle, dry flat in the shade.

Warm regards,
Ritu
""", atts=(att_pdf("quilt-care-manual.pdf"), att_png("folding-diagram.png"),
           ("care-notes.txt", "text", "plain", b"Cold wash 30C max. No bleach. Dry flat in shade.\n")))

o = new_oid()
add("quill-dhl-express-customs", "quill", "en", [],
    "DHL Express waybill (10 digits in groups), HS code, EORI and customs invoice number; compliant",
    f"Re: Customs charges on order {o}", irt=True, text="""Hi Mr. Byrne,

The parcel went DHL Express, waybill 48 1234 5678. It was declared as HS code 4820.10 (diaries and
notebooks), commercial invoice CI-20250307-118, our EORI GB123456789000.

Import VAT of EUR 7.36 was charged by DHL, not by us; I've refunded it to you so you're not out
of pocket.

Ben, Quillfield
""")

o = new_oid()
add("coral-proactive-damage-resend", "coral", "en", [],
    "proactive message about a fulfilment problem (damaged at depot, resent), with tracking; compliant",
    f"Problem with the delivery of order {o}", text=f"""Hi Lily,

Australia Post let us know that the parcel with your rash vest (order {o}) was damaged at their
Melbourne depot and won't be delivered. We've already sent a new one, tracking ID 2JD501234567,
so you don't need to do anything.

Sorry for the extra wait!
Mia, Coral Tide Swim
""")

o = new_oid()
add("hollow-custom-hem-question", "hollow", "en", [],
    "proactive customisation question (hem length) without [Important]; compliant",
    f"Hemming your joggers - order {o}", text=f"""Hi Rachel,

You chose the free hemming option for your joggers (order {o}), but the inside-leg field was
left empty. What length should we hem them to? Most customers your size go for 71 or 74 cm.

Thanks!
Tom, Hollow Oak Yoga
""")

o = new_oid()
add("kestrel-two-font-sizes-html", "kestrel", "en", [],
    "HTML with exactly two font sizes and no family/colour overrides; compliant",
    f"Re: Screen protector bubbles - {o}", irt=True,
    text="""Hi Sam,

Bubbles at the edge usually disappear within 48 hours. If they don't, we'll send a new one.

Dana
Kestrel Case Co.
""",
    html=html_doc(f"""<p style="font-size:14px">Hi Sam,</p>
<p style="font-size:14px">Bubbles at the edge usually disappear within 48 hours. If they don't,
we'll send a new one (order {o}).</p>
<p style="font-size:12px">Dana<br>Kestrel Case Co.</p>"""))

o = new_oid()
add("brightwell-octet-stream-warranty", "brightwell", "en", [],
    "PDF warranty card sent as application/octet-stream; compliant",
    f"Re: Warranty for the fountain? {o}", irt=True, text=f"""Hi Dev,

The pet fountain has a 2-year warranty; the card is attached. Keep it with your order number
{o}, that's all you need to claim.

Kayla
""", atts=(("warranty-card-fountain.pdf", "application", "octet-stream", pdf_bytes("Warranty card")),))

o2 = new_oid()
add("penrose-feedback-request-in-reply", "penrose", "en", [],
    "one neutral seller-feedback request inside a support reply (Gmail quote), own order id; compliant",
    f"Re: Which tea for iced tea? {o2}", irt=True, text=f"""Hello Fiona,

For iced tea I'd go with the Ceylon Orange Pekoe - brew it double strength and pour over ice.
The Darjeeling gets a bit flat when cold.

And if you have a moment, we'd appreciate your feedback on your order {o2}. Thanks!

Alistair

On Sat, 8 Mar 2025 at 11:47, Fiona - Amazon Marketplace <{relay("co.uk")}> wrote:
> Which of your teas works best for iced tea?
""")

# --------------------------------------------------------------------------- compliant, German

o = new_oid()
add("voltrad-dhl-sendungsnummer-zendesk", "voltrad", "de", [],
    "DHL-Paket-Sendungsnummer in Vierergruppen, EAN, Artikelnummer, Preis; Zendesk-Verlauf; compliant",
    f"AW: Akku passt nicht - Bestellung {o}", irt=True, charset="iso-8859-15",
    text=f"""##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##

Hallo Herr Brandt,

danke für die Fotos! Sie haben den Akku VT-AKKU-36V-14 (EAN 4260123456781) bekommen, für Ihren
Rahmen brauchen Sie aber die Variante mit Unterrohr-Halterung, VT-AKKU-36V-14U.

Den richtigen Akku haben wir heute mit DHL verschickt, Sendungsnummer 0034 0434 1610 9404 2557.
Den falschen schicken Sie bitte mit dem beiliegenden Retourenschein zurück. Die 289,00 € bleiben
natürlich unverändert, Sie zahlen nichts extra.

Viele Grüße
Jonas
Voltrad Teile - Kundenservice

----------------------------------------------

Michael - Amazon Marketplace
3. März 2025, 10:12 MEZ

{amz("de", "de", o, "Der Akku passt nicht in die Halterung an meinem Rahmen. Falsches Teil?")}
""")

o = new_oid()
add("voltrad-hermes-ruecksendung-outlook", "voltrad", "de", [],
    "Hermes-Sendungsnummer, Rücksendeadresse mit PLZ, PDF-Retourenschein; Outlook-Zitat ohne Adressen; "
    "compliant",
    f"AW: Rücksendung Bremsscheiben {o}", irt=True, crlf=True, text=f"""Guten Tag Frau Kessler,

gern nehmen wir die Bremsscheiben zurück. Den Retourenschein finden Sie im Anhang, bitte senden
Sie das Paket an:

Voltrad Teile – Retourenabteilung
Torgauer Str. 231
04347 Leipzig

Ihre ursprüngliche Hermes-Sendungsnummer lautete 0109 1234 5678 90. Sobald die Rücksendung bei uns
eingegangen ist, erstatten wir den Kaufpreis von 47,90 € vollständig.

Mit freundlichen Grüßen
Katrin Vogel
Voltrad Teile

-----Ursprüngliche Nachricht-----
Von: Anja - Amazon Marketplace
Gesendet: Dienstag, 4. März 2025 14:05
An: Voltrad Teile Kundenservice
Betreff: Rücksendung Bremsscheiben {o}

{amz("de", "de", o, "Ich habe die falsche Größe bestellt (180 statt 203 mm). Wie kann ich zurücksenden?")}
""", atts=(att_pdf("Retourenschein.pdf", f"Retourenschein {o}"),))

o = new_oid()
add("klingen-neutral-bewertung", "klingen", "de", [],
    "eine neutrale Bitte um eine Produktbewertung, proaktiv, eigene Bestellnummer; compliant",
    f"Ihr Kochmesser – Bestellung {o}", text=f"""Hallo Herr Demir,

Ihr Kochmesser aus der Bestellung {o} ist inzwischen hoffentlich gut angekommen. Wenn Sie einen
Moment Zeit haben, würden wir uns über Ihre ehrliche Bewertung auf Amazon freuen.

Beste Grüße aus Solingen
Dirk Hoppe
Klingenwerk Solingen
""")

o = new_oid()
add("klingen-trigger-wortteile", "klingen", "de", [],
    "Auslöser als Wortteile und Ortsnamen (Mistelbach, Dummerstorf, Analyse, Klasse); compliant",
    f"AW: Rostflecken am Messer {o}", irt=True, text=f"""Hallo Frau Wendt,

unsere Analyse der Fotos: Das sind keine Rostflecken in der Klinge, sondern Kalkrückstände aus
der Spülmaschine. Unsere Messer der Härteklasse 58 HRC sollten nur von Hand gespült werden.

Wir schicken Ihnen trotzdem kostenlos ein Pflegeset; es geht heute von unserem Lager in
Dummerstorf an Ihre Adresse in Mistelbach.

Viele Grüße
Dirk

{amz("de", "de", o, "Nach zwei Wochen hat das Messer schon Flecken. Ist das Rost?")}
""")

o = new_oid()
add("voltrad-bewertung-anpassen-freiwillig", "voltrad", "de", [],
    "nach gelöstem Problem: Bewertung kann angepasst werden, ganz freiwillig; compliant",
    f"AW: Display zeigt Fehler E07 ({o})", irt=True, text=f"""Hallo Herr Schuster,

schön, dass das Display nach dem Update auf Version 1.8.2 wieder läuft!

Sie hatten wegen des Fehlers eine Bewertung hinterlassen. Falls Sie möchten, können Sie diese
jederzeit anpassen – das ist aber ganz Ihnen überlassen.

Gute Fahrt!
Jonas, Voltrad Teile

{amz("de", "de", o, "Danke, mit dem Update geht es jetzt.")}
""")

o = new_oid()
add("voltrad-important-liefertermin", "voltrad", "de", [],
    "[Important] für eine Terminvereinbarung mit der Spedition, Sendungsnummer; compliant",
    f"[Important] Liefertermin für Ihren E-Bike-Rahmen – Bestellung {o}", text=f"""Guten Tag Herr Albers,

Ihr Rahmen aus Bestellung {o} wird wegen der Größe per Spedition (DB Schenker, Sendungsnummer
1234 5678 901) zugestellt. Die Spedition ruft nicht selbst an, deshalb brauchen wir einen Termin:

– Mittwoch, 12.03., 8–12 Uhr
– Donnerstag, 13.03., 12–16 Uhr

Bitte antworten Sie kurz mit dem passenden Termin.

Viele Grüße
Katrin, Voltrad Teile
""")

o = new_oid()
add("klingen-ustid-rechnung", "klingen", "de", [],
    "USt-IdNr. und Steuernummer in Zifferngruppen, Rechnungsnummer, PDF-Rechnung; compliant",
    f"AW: Rechnung mit ausgewiesener MwSt. {o}", irt=True, charset="iso-8859-1",
    text="""Sehr geehrter Herr Lorenz,

anbei die Rechnung RE-2025-01877 mit ausgewiesener Mehrwertsteuer. Unsere USt-IdNr. lautet
DE 298 765 432, Steuernummer 201/123/45678.

Mit freundlichen Grüßen
Dirk Hoppe
""", atts=(att_pdf("RE-2025-01877.pdf", f"Rechnung RE-2025-01877 {o}"),))

# --------------------------------------------------------------------------- compliant, French

o = new_oid()
add("lumen-colissimo-avis-de-passage", "lumen", "fr", [],
    "numéro de suivi Colissimo, avis de passage (avis au sens postal), bureau de poste; compliant",
    f"Re: Colis non reçu - commande {o}", irt=True, charset="iso-8859-15", text=f"""Bonjour Madame Girard,

D'après le suivi Colissimo (numéro de suivi 6A 234 567 890 12), le facteur est passé le 6 mars et a
laissé un avis de passage. Le colis vous attend au bureau de poste de votre quartier jusqu'au
20 mars ; il suffit de présenter l'avis et une pièce d'identité.

Si vous ne trouvez pas l'avis, dites-le-moi et je lance une enquête.

Bien cordialement,
Camille
Atelier Lumen

{amz("fr", "fr", o, "Je n'ai rien reçu alors que le suivi dit livré ??")}
""")

o = new_oid()
add("lumen-siret-tva-retour-gmail", "lumen", "fr", [],
    "adresse de retour avec code postal, SIRET et TVA en groupes de chiffres, numéro de retour; citation "
    "Gmail; compliant",
    f"Re: Abat-jour abîmé {o}", irt=True, text=f"""Bonjour Monsieur Faure,

Toutes nos excuses pour l'abat-jour froissé. Vous pouvez nous le renvoyer à l'adresse suivante,
avec le numéro de retour RET-4471 noté sur le carton :

Atelier Lumen – Retours
14 rue des Tanneurs
69002 Lyon

Nous vous rembourserons 39,90 € dès réception. Pour votre comptabilité : SIRET 812 345 678 00021,
TVA FR 12 812345678.

Hugo

Le jeu. 6 mars 2025 à 17:20, Paul - Amazon Marketplace <{relay("fr")}> a écrit :

{gt(amz("fr", "fr", o, "L'abat-jour est arrivé complètement froissé."))}
""")

o = new_oid()
add("perrin-neutral-avis", "perrin", "fr", [],
    "une demande d'avis neutre, proactive, numéro de commande propre; compliant",
    f"Votre commande {o} chez Maison Perrin", text=f"""Bonjour Madame Roux,

Nous espérons que la gigoteuse de votre commande {o} convient bien à votre bébé. Si vous en avez
le temps, votre avis sur le produit nous aiderait beaucoup, ainsi que les autres parents.

Belle journée,
Élodie – Maison Perrin
""")

o = new_oid()
add("perrin-avis-modifiable-libre", "perrin", "fr", [],
    "après résolution : l'évaluation peut être mise à jour si le client le souhaite, sans pression; "
    "compliant",
    f"Re: Fermeture éclair cassée {o}", irt=True, text=f"""Bonjour Madame Lefèvre,

Ravie que la nouvelle turbulette vous convienne ! Comme convenu, vous pouvez garder l'ancienne.

Si vous le souhaitez, vous pouvez mettre à jour votre évaluation, mais c'est entièrement à vous de
voir.

Élodie

{amz("fr", "fr", o, "Merci, la nouvelle est bien arrivée.")}
""")

o = new_oid()
add("perrin-chronopost-creneau", "perrin", "fr", [],
    "numéro Chronopost, créneau horaire, mots contenant des déclencheurs (conseil, constaté); compliant",
    f"Re: Livraison du lit parapluie - {o}", irt=True, text="""Bonjour Monsieur Marchand,

Nous avons constaté que votre colis était bloqué à l'agence. Il repart aujourd'hui par Chronopost,
numéro XW123456789FR, avec une livraison prévue le 12/03 entre 8h et 13h.

Un conseil : le lit se déplie plus facilement si vous tirez d'abord sur les deux côtés longs.

Bonne journée,
Élodie, Maison Perrin
""")

o = new_oid()
add("lumen-important-personnalisation", "lumen", "fr", [],
    "[Important] pour une question de personnalisation (gravure du pied de lampe); compliant",
    f"[Important] Gravure de votre lampe – commande {o}", text=f"""Bonjour Madame Benoît,

Pour la gravure du pied de votre lampe (commande {o}), le texte saisi dépasse la longueur
possible (32 caractères pour 20 maximum). Pouvez-vous nous indiquer une version plus courte ?

Nous lançons la fabrication dès votre réponse.

Camille – Atelier Lumen
""")

# --------------------------------------------------------------------------- compliant, Spanish

o = new_oid()
add("tiovivo-correos-seguimiento", "tiovivo", "es", [],
    "número de seguimiento de Correos, precio, código postal; compliant",
    f"RE: ¿Cuándo llega el castillo? Pedido {o}", irt=True, charset="iso-8859-15", text=f"""Hola Marta:

El castillo de madera salió ayer con Correos, número de seguimiento PQ4F6P0712345670128001M. Debería
llegar a tu dirección de Madrid (28013) el jueves o el viernes.

El importe fue de 24,95 € con envío incluido.

Un saludo,
Lucía
Juguetes Tiovivo

{amz("es", "es", o, "Hola, ¿cuándo llega? Es para un cumpleaños el sábado.")}
""")

o = new_oid()
add("tiovivo-seur-devolucion", "tiovivo", "es", [],
    "número de envío SEUR con forma de teléfono (rotulado), dirección de devolución, CIF; compliant",
    f"Re: Devolución puzzle {o}", irt=True, text=f"""Buenos días, Sr. Navarro:

Ya hemos generado la recogida. SEUR pasará mañana por su domicilio; el número de envío de SEUR es
0987 6543 2109. Si prefiere enviarlo usted, la dirección es:

Juguetes Tiovivo
Polígono Cobo Calleja, nave 12
28947 Fuenlabrada (Madrid)

En la factura de reembolso aparecerá nuestro CIF B-87654321.

Atentamente,
Álvaro

{amz("es", "es", o, "Faltan piezas en el puzle de 1000. Quiero devolverlo.")}
""")

o = new_oid()
add("albaran-neutral-resena", "albaran", "es", [],
    "una petición neutral de reseña, proactiva, número de pedido propio; compliant",
    f"Su juego de tazas - pedido {o}", text=f"""Estimada Sra. Iglesias:

Esperamos que las tazas de su pedido {o} hayan llegado en perfecto estado. Si dispone de un
momento, le agradeceríamos que compartiera su opinión sobre el producto en Amazon.

Un cordial saludo,
Rocío – Cerámica Albarán
""")

o = new_oid()
add("albaran-valoracion-danos-reembolso", "albaran", "es", [],
    "'valoración de los daños' en otro sentido, reembolso parcial incondicional, fotos JPEG; compliant",
    f"RE: Plato roto - pedido {o}", irt=True, text="""Hola Sr. Medina:

Gracias por las fotos. Tras la valoración de los daños, el transportista reconoce la rotura de un
plato. Le hemos reembolsado un 15 % del pedido (8,70 €) y, si quiere, le enviamos un plato nuevo
sin coste. Le adjunto las fotos del embalaje para que tenga constancia.

Saludos,
Rocío
""", atts=(att_jpg("embalaje-1.jpg"), att_jpg("embalaje-2.jpg")))

o = new_oid()
add("tiovivo-puede-actualizar-valoracion", "tiovivo", "es", [],
    "tras resolver: si lo desea puede actualizar su valoración, decisión suya; compliant",
    f"Re: Pilas del tren {o}", irt=True, text=f"""Hola Carmen:

¡Qué bien que el tren ya funciona con las pilas nuevas!

Vimos que dejó una valoración cuando no funcionaba. Si lo desea puede actualizarla, pero es
totalmente decisión suya.

Un abrazo,
Lucía

{amz("es", "es", o, "Ya funciona, era la polaridad de las pilas. Gracias.")}
""")

o = new_oid()
add("albaran-mx-estafeta-guia", "albaran", "es", [],
    "número de guía Estafeta de 22 dígitos en grupos, precio en MXN, código postal (México); compliant",
    f"Re: Envío a CDMX - pedido {o}", irt=True, to=relay("com.mx"), text="""Hola Sr. Ortega:

Su vajilla va con Estafeta, número de guía 8055 1234 5678 9012 3456 78. La entrega en la colonia
Roma Norte, CP 06700, está prevista para el martes 11 de marzo.

El total fue de MXN $1,249.00 y no hay cargos adicionales de importación.

Saludos cordiales,
Rocío
""")

# --------------------------------------------------------------------------- compliant, Italian

o = new_oid()
add("brughiera-brt-segnacollo-piva", "brughiera", "it", [],
    "segnacollo BRT in gruppi di cifre, Partita IVA, prezzo; risposta con R:; compliant",
    f"R: Spedizione caffè in grani {o}", irt=True, charset="iso-8859-15", text=f"""Buongiorno Sig. Colombo,

il suo caffè è partito oggi con BRT, segnacollo 0512 3456 7890 12. La consegna è prevista per
giovedì in mattinata.

Per la fattura: Torrefazione Brughiera, Partita IVA 03456780123. Importo 18,90 € IVA inclusa.

Cordiali saluti,
Giulia

{amz("it", "it", o, "Buongiorno, quando arriva il caffè? Mi serve anche la fattura.")}
""")

o = new_oid()
add("brughiera-neutral-recensione", "brughiera", "it", [],
    "una richiesta neutra di recensione, proattiva, numero d'ordine proprio; compliant",
    f"Il suo ordine {o}", text=f"""Gentile Sig.ra Ferri,

speriamo che la miscela Moka Classica dell'ordine {o} le stia piacendo. Se ha un momento, una sua
recensione sincera su Amazon sarebbe molto utile a noi e agli altri clienti.

Un caro saluto,
Matteo – Torrefazione Brughiera
""")

o = new_oid()
add("ravelli-poste-verifica-reso", "ravelli", "it", [],
    "codice di spedizione Poste, indirizzo di reso con CAP, parole con sottostringhe (verifica, "
    "certificato, specifiche); compliant",
    f"R: Cintura troppo corta - ordine {o}", irt=True, text=f"""Gentile Sig. Bruno,

dopo una verifica delle specifiche, la cintura che ha ricevuto è effettivamente la taglia 95
invece della 105. Ci scusiamo.

Può rispedirla a:
Pelletteria Ravelli – Resi
Via dei Conciatori 18
50122 Firenze

La nuova cintura parte oggi con Poste Delivery, codice di spedizione 1UW12345678901, insieme al
certificato di autenticità.

Chiara

{amz("it", "it", o, "Ho ordinato la 105 ma sull'etichetta c'è scritto 95.")}
""")

o = new_oid()
add("ravelli-cid-logo-garanzia", "ravelli", "it", [],
    "HTML con logo cid: non collegato e certificato di garanzia PDF; compliant",
    f"Re: Garanzia borsa - {o}", irt=True,
    text="""Gentile Sig.ra Marino,

in allegato trova il certificato di garanzia della sua borsa (24 mesi sulle cuciture).

Cordiali saluti,
Chiara – Pelletteria Ravelli
""",
    html=html_doc("""<p>Gentile Sig.ra Marino,</p>
<p>in allegato trova il certificato di garanzia della sua borsa (24 mesi sulle cuciture).</p>
<p>Cordiali saluti,<br>Chiara – Pelletteria Ravelli</p>
<p><img src="cid:ravelli-logo.png" alt="Pelletteria Ravelli" width="90" height="30"></p>""", "it"),
    inline=(("ravelli-logo.png", "image", "png", png_bytes(9, 3, (120, 60, 20))),),
    atts=(att_pdf("certificato-garanzia.pdf"),))

o = new_oid()
add("brughiera-sostituzione-sconto", "brughiera", "it", [],
    "sostituzione gratuita e sconto del 10% per risolvere un errore di macinatura, non legati a recensioni; "
    "compliant",
    f"R: Macinatura sbagliata {o}", irt=True, text=f"""Buongiorno Sig.ra Galli,

ha ragione, abbiamo spedito la macinatura per espresso invece che per moka. Le mandiamo subito
un pacco nuovo con la macinatura giusta, e le abbiamo rimborsato il 10% dell'ordine per il
disturbo. Il pacco sbagliato può tenerlo.

Mi scusi ancora,
Giulia

{amz("it", "it", o, "Il caffè è macinato troppo fine, la moka non lo fa passare.")}
""")

o = new_oid()
add("ravelli-important-monogramma", "ravelli", "it", [],
    "[Important] per una domanda di personalizzazione (iniziali in rilievo); compliant",
    f"[Important] Iniziali per il portafoglio - ordine {o}", text=f"""Gentile Sig. Esposito,

per il portafoglio personalizzato del suo ordine {o} non abbiamo ricevuto le iniziali da
imprimere. Ce le può indicare (massimo 3 lettere) e dirci se le preferisce in oro o a secco?

Grazie,
Chiara – Pelletteria Ravelli
""")

# --------------------------------------------------------------------------- compliant, Japanese

o = new_oid()
add("yamamoto-yamato-denpyo", "yamamoto", "ja", [],
    "ヤマト運輸の伝票番号（4-4-4、電話番号の形）、時間帯、価格; compliant",
    f"Re: 発送について（注文番号 {o}）", irt=True, charset="iso-2022-jp", text=f"""山田様

お問い合わせありがとうございます。山本工具店でございます。

ご注文の精密ドライバーセットは本日ヤマト運輸にて発送いたしました。
伝票番号：4521-8890-3316
お届け予定：3月12日（水）14時〜16時

商品代金は3,980円（税込）です。

山本工具店　山本

{amz("ja", "co.jp", o, "いつ届きますか？")}
""")

o = new_oid()
add("sakura-neutral-review", "sakura", "ja", [],
    "中立的なレビュー依頼1件、プロアクティブ、固有の注文番号; compliant",
    f"ご注文 {o} について", text=f"""鈴木様

このたびは桜肌コスメをご利用いただき、誠にありがとうございます。
ご注文（{o}）の化粧水はお手元に届きましたでしょうか。

もしお時間がございましたら、Amazonにて商品のレビューをお寄せいただけますと幸いです。

桜肌コスメ　佐藤
""")

o = new_oid()
add("yamamoto-line-feature", "yamamoto", "ja", [],
    "LINE通知・Bluetoothを製品機能として記載、型番、バージョン; compliant",
    f"Re: デジタルノギスの通知機能 {o}", irt=True, text=f"""高橋様

お問い合わせありがとうございます。

デジタルノギス YK-150BT は、専用アプリ（バージョン3.2以降）を使うと測定値をLINE通知で
受け取ることができます。Bluetooth 5.0対応です。アプリの「設定」→「通知」からオンにしてください。

山本工具店

{amz("ja", "co.jp", o, "測定値をスマホに送る機能はありますか？")}
""")

o = new_oid()
add("sakura-japanpost-return-address", "sakura", "ja", [],
    "日本郵便の追跡番号、郵便番号付き返送先住所、インボイス登録番号; compliant",
    f"Re: 返品について {o}", irt=True, text=f"""伊藤様

ご連絡ありがとうございます。お肌に合わなかったとのこと、申し訳ございません。

未開封の場合は下記までご返送ください。
〒150-0001 東京都渋谷区神宮前3-14-2 桜肌コスメ 返品係

最初の発送の追跡番号は EJ123456789JP でした。到着確認後、2,640円を全額返金いたします。
（適格請求書発行事業者登録番号：T1234567890123）

桜肌コスメ　佐藤

{amz("ja", "co.jp", o, "肌に合わないので返品したいです。")}
""")

o = new_oid()
add("yamamoto-important-delivery-sagawa", "yamamoto", "ja", [],
    "[Important] 配達日時の調整、佐川急便のお問い合わせ伝票番号; compliant",
    f"[Important] 配達日時のご確認（注文番号 {o}）", text=f"""小林様

ご注文（{o}）の作業台は大型のため、佐川急便の飛脚ラージサイズ便でお届けします。
お問い合わせ伝票番号：3601-2345-6789

配達日時の指定が必要です。以下からご希望をお知らせください。
・3月14日（金）午前中
・3月15日（土）14時～16時

山本工具店
""")

o = new_oid()
add("sakura-feedback-update-optional", "sakura", "ja", [],
    "解決後、評価の更新は任意である旨のみ; compliant",
    f"Re: 容器の破損について {o}", irt=True, text=f"""中村様

代替品がお手元に届いたとのこと、安心いたしました。

なお、先日いただいた評価は、ご希望であれば更新することもできますが、
もちろんお客様のご判断にお任せいたします。

桜肌コスメ　佐藤

{amz("ja", "co.jp", o, "新しいものが届きました。ありがとうございました。")}
""")

# --------------------------------------------------------------------------- compliant, nl/pl/sv

o = new_oid()
add("tuinhaak-postnl-kvk", "tuinhaak", "nl", [],
    "PostNL Track & Trace-code, KvK- en btw-nummer, postcode; compliant",
    f"Re: Snoeischaar nog niet ontvangen {o}", irt=True, text=f"""Beste meneer De Vries,

Uw snoeischaar is gisteren met PostNL verstuurd, Track & Trace-code 3SABCD0123456789. Hij wordt
morgen bezorgd op uw adres in 3512 AB Utrecht.

Voor uw administratie: KvK 12345678, btw NL123456789B01.

Met vriendelijke groet,
Sanne – Tuinhaak

{amz("nl", "nl", o, "Waar blijft mijn bestelling?")}
""")

o = new_oid()
add("tuinhaak-neutral-review", "tuinhaak", "nl", [],
    "één neutraal reviewverzoek, proactief, eigen bestelnummer; compliant",
    f"Uw bestelling {o}", text=f"""Beste mevrouw Jansen,

Hopelijk bevalt de grondboor uit bestelling {o}. Als u een momentje heeft, zouden we uw eerlijke
review op Amazon erg waarderen.

Groeten,
Sanne – Tuinhaak
""")

o = new_oid()
add("bartek-inpost-nip", "bartek", "pl", [],
    "numer przesyłki InPost (24 cyfry w grupach), NIP w formie numeru telefonu; compliant",
    f"Odp: Gdzie jest moja patelnia? {o}", irt=True, charset="iso-8859-2",
    text=f"""Dzień dobry Pani Agnieszko,

patelnia została nadana wczoraj, numer przesyłki InPost: 6800 1234 5678 9012 3456 7890. Paczka
będzie w paczkomacie jutro do 12:00.

Fakturę wystawimy na NIP 525-123-45-67, tak jak w zamówieniu.

Pozdrawiam,
Magda - Kuchnia Bartek

{amz("pl", "pl", o, "Kiedy przyjdzie paczka? I proszę o fakturę.")}
""")

o = new_oid()
add("bartek-neutral-opinia", "bartek", "pl", [],
    "jedna neutralna prośba o opinię, proaktywna, własny numer zamówienia; compliant",
    f"Zamówienie {o}", text=f"""Dzień dobry Panie Tomaszu,

mamy nadzieję, że garnek z zamówienia {o} dobrze się sprawdza. Jeśli znajdzie Pan chwilę, będziemy
wdzięczni za opinię o produkcie na Amazonie.

Pozdrawiamy,
Kuchnia Bartek
""")

o = new_oid()
add("fjall-postnord-orgnr", "fjall", "sv", [],
    "PostNord kollinummer, organisationsnummer med bindestreck; compliant",
    f"SV: Sovsäcken har inte kommit {o}", irt=True, text=f"""Hej Johan,

Din sovsäck skickades i fredags med PostNord, kollinummer 00373500123456789012, och ligger nu för
avhämtning hos ditt ombud i 752 36 Uppsala.

Fjällspår Outdoor AB, org.nr 556123-4567.

Vänliga hälsningar
Elin

{amz("sv", "se", o, "Hej, var är min sovsäck?")}
""")

o = new_oid()
add("fjall-neutral-feedback", "fjall", "sv", [],
    "en neutral förfrågan om säljaromdöme, proaktiv, eget ordernummer; compliant",
    f"Din beställning {o}", text=f"""Hej Karin,

Tack för din beställning {o}. Om du har en minut över uppskattar vi om du lämnar ett omdöme om oss
som säljare på Amazon.

Hälsningar
Elin, Fjällspår Outdoor
""")

# --------------------------------------------------------------------------- repeat-request pairs

o = new_oid()
r = relay("com")
add("kestrel-pair1-first-feedback", "kestrel", "en", [],
    "pair 1, first request: neutral seller-feedback request for this order; compliant",
    f"Order {o} - how did we do?", to=r, group="p1", text=f"""Hi Chris,

Thanks again for your order {o}. If you get a minute, we'd appreciate your feedback on how we did
as a seller.

Dana, Kestrel Case Co.
""")
add("kestrel-pair1-second-review", "kestrel", "en", ["repeat_request"],
    "pair 1, second request (product review after seller feedback) for the same order, other agent",
    f"Your Kestrel case, order {o}", to=r, group="p1", text="""Hello Chris!

Hope the Trailhead case is holding up. Would you mind writing a quick review of it on Amazon?
Honest opinions help us a lot.

Marco
Kestrel Case Co.
""")

o = new_oid()
r = relay("de")
add("voltrad-pair2-first-de", "voltrad", "de", [],
    "pair 2, first request in German: neutral review request; compliant",
    f"Ihre Bestellung {o}", to=r, group="p2", text=f"""Hallo Frau Peters,

die Kettenschaltung aus Ihrer Bestellung {o} ist vor einer Woche angekommen. Wenn Sie mögen,
freuen wir uns über eine Bewertung des Produkts auf Amazon.

Viele Grüße
Jonas, Voltrad Teile
""")
add("voltrad-pair2-second-en", "voltrad", "en", ["repeat_request"],
    "pair 2, second request in English after a German one, same relay and order",
    f"Your order {o} - a quick favour", to=r, group="p2", text="""Hello Ms Peters,

We noticed you haven't had a chance to review the derailleur yet. We'd be really glad to hear what
you think of it - it only takes a minute on Amazon.

Best regards,
Voltrad Teile customer service
""")

o = new_oid()
r = relay("fr")
add("lumen-pair3-first-in-reply", "lumen", "fr", [],
    "paire 3, première demande : demande neutre d'avis dans une réponse au SAV; compliant",
    f"Re: Ampoule compatible ? {o}", to=r, irt=True, group="p3", text=f"""Bonjour Monsieur Caron,

Oui, la lampe accepte les ampoules E14 LED jusqu'à 6 W ; nous conseillons 2700 K pour une lumière
chaude.

Et si vous avez un moment, un avis sur la lampe nous ferait plaisir.

Hugo – Atelier Lumen

{amz("fr", "fr", o, "Quelle ampoule faut-il pour la lampe Orsay ?")}
""")
add("lumen-pair3-second-proactive", "lumen", "fr", ["repeat_request"],
    "paire 3, deuxième demande d'avis (proactive) pour la même commande",
    f"Votre lampe Orsay – commande {o}", to=r, group="p3", text="""Bonjour Monsieur Caron,

Nous espérons que votre lampe Orsay vous plaît. Pourriez-vous prendre un instant pour laisser un
avis sur Amazon ? Merci d'avance.

Camille – Atelier Lumen
""")

o = new_oid()
r = relay("es")
add("tiovivo-pair4-first", "tiovivo", "es", [],
    "par 4, primera petición: solicitud neutral de valoración como vendedor; compliant",
    f"Tu pedido {o}", to=r, group="p4", text=f"""Hola Elena:

Esperamos que a tu peque le esté gustando el garaje de madera (pedido {o}). Si tienes un minuto,
nos ayudaría mucho tu valoración como vendedor en Amazon.

Lucía – Juguetes Tiovivo
""")
add("tiovivo-pair4-second", "tiovivo", "es", ["repeat_request"],
    "par 4, segunda petición de reseña para el mismo pedido, otro agente",
    f"¿Qué tal el garaje? Pedido {o}", to=r, group="p4", text="""Hola, Elena:

Soy Álvaro, de Juguetes Tiovivo. ¿Nos dejarías una reseña del garaje de madera en Amazon? Nos
ayuda muchísimo a seguir.

Gracias,
Álvaro
""")

o = new_oid()
r = relay("it")
add("brughiera-pair5-first", "brughiera", "it", [],
    "coppia 5, prima richiesta neutra di recensione; compliant",
    f"Il suo caffè - ordine {o}", to=r, group="p5", text=f"""Gentile Sig. Rinaldi,

speriamo che il Decaffeinato Brughiera dell'ordine {o} le piaccia. Se le va, ci lasci una
recensione su Amazon: ci aiuta davvero.

Matteo
""")
add("brughiera-pair5-second", "brughiera", "it", ["repeat_request"],
    "coppia 5, seconda richiesta di feedback per lo stesso ordine",
    f"Un suo parere sull'ordine {o}", to=r, group="p5", text="""Gentile Sig. Rinaldi,

le scrivo di nuovo per chiederle, se possibile, un feedback sul nostro servizio per questo ordine.
Grazie mille!

Giulia – Torrefazione Brughiera
""")

o = new_oid()
r = relay("co.jp")
add("sakura-pair6-first", "sakura", "ja", [],
    "ペア6、1回目：中立的なレビュー依頼; compliant",
    f"ご注文 {o} のお礼とレビューのお願い", to=r, group="p6", text=f"""渡辺様

ご注文（{o}）の美容液はいかがでしょうか。
お時間のある時に、Amazonで商品レビューをお寄せいただけると嬉しいです。

桜肌コスメ　佐藤
""")
add("sakura-pair6-second", "sakura", "ja", ["repeat_request"],
    "ペア6、2回目：同じ注文への出品者評価の依頼",
    f"出品者評価のお願い（注文番号 {o}）", to=r, group="p6", text="""渡辺様

たびたび失礼いたします。桜肌コスメの田中です。
今回のお取引について、出品者評価をいただけますと幸いです。

桜肌コスメ　田中
""")

o = new_oid()
r = relay("co.uk")
add("hollow-pair7-first", "hollow", "en", [],
    "pair 7, first request: neutral review request; compliant",
    f"Your yoga mat - order {o}", to=r, group="p7", text=f"""Hi Ellie,

Hope you're enjoying the cork mat from order {o}. If you have a moment, an honest review on Amazon
would really help us.

Tom, Hollow Oak Yoga
""")
add("hollow-pair7-second-incentive", "hollow", "en", ["review_incentive", "repeat_request"],
    "pair 7, second request for the same order that also offers a discount for the review",
    f"A little thank-you for order {o}", to=r, group="p7", text="""Hi Ellie,

Just checking in again about your cork mat. If you leave a review this week, reply with a
screenshot and we'll send you a 15% code for your next order as a thank you!

Tom
""")

o = new_oid()
r = relay("com")
add("quill-pair8-first-perks-rejected", "quill", "en", ["review_incentive"],
    "ledger pair, first request offers future perks for a review (rejected, so never relayed)",
    f"Join our reviewers - order {o}", to=r, group="p8", text=f"""Hi Alex,

Thanks for picking up the leather journal (order {o}). Customers who leave a review get early
access to our limited editions and a surprise gift with their next order. Would love to have you
in the club!

Ben, Quillfield
""")
add("quill-pair8-second-clean", "quill", "en", [],
    "ledger pair, clean request after the first one was rejected: not a repeat; compliant",
    f"Your leather journal (order {o})", to=r, group="p8", text="""Hi Alex,

Hope the journal is working out for you. If you have a moment, we'd appreciate an honest review on
Amazon.

Thanks,
Ben
Quillfield Paper Goods
""")

# --------------------------------------------------------------------------- violations: links

o = new_oid()
add("kestrel-entity-href", "kestrel", "en", ["external_link"],
    "obfuscated (HTML entities in href): warranty link to the seller's site behind plain words",
    f"Re: Warranty registration {o}", irt=True,
    text="""Hi Priya,

You can register the 2-year warranty on our warranty page.

Dana, Kestrel Case Co.
""",
    html=html_doc("""<p>Hi Priya,</p>
<p>You can register the 2-year warranty on
<a href="h&#116;tps://&#107;estrelcase&#46;com/warranty">our warranty page</a>.</p>
<p>Dana, Kestrel Case Co.</p>"""))

o = new_oid()
_url = "https://brightwellpet.com/support/fountain-pump-cleaning-guide-v2?src=amazon-reply"
add("brightwell-qp-broken-url", "brightwell", "en", ["external_link"],
    "obfuscated (quoted-printable soft break inside a URL): cleaning guide link on the seller's site",
    f"Re: Fountain pump noisy {o}", irt=True, cte="quoted-printable", text=f"""Hi Aaron,

A noisy pump is almost always hair in the impeller. Step-by-step with pictures is here, have a look: {_url}

Kayla
""")

o = new_oid()
add("hollow-spaced-www", "hollow", "en", ["external_link"],
    "obfuscated (spaced letters): www address of the seller's shop with spaces between characters",
    f"Re: Size guide {o}", irt=True, text=f"""Hi Nadia,

Our full size guide with measurements for every style is on our own site:
w w w . h o l l o w o a k y o g a . c o . u k / sizes

Priya

{amz("en", "co.uk", o, "Where can I find your size chart?")}
""")

o = new_oid()
add("brightwell-cyrillic-domain", "brightwell", "en", ["external_link"],
    "obfuscated (Cyrillic homoglyph): seller domain with a Cyrillic е",
    f"Re: Litter box assembly {o}", irt=True, text="""Hello Grace,

There's an assembly video for the hooded litter box at brightwellpеt.com/litterbox - much easier
than the paper leaflet.

Kayla
""")

o = new_oid()
add("quill-fedex-url-http-amazon", "quill", "en", ["external_link"],
    "carrier tracking URL and a plain http: Amazon order link",
    f"Re: Tracking for order {o}", irt=True, text="""Hi Omar,

Here's the tracking: https://www.fedex.com/fedextrack/?trknbrs=774922105583

You can also see it in your orders: http://www.amazon.com/gp/css/order-history

Ben
""")

o, a = new_oid(), asin()
add("maple-dp-crosssell", "maple", "en", ["external_link", "marketing"],
    "Amazon /dp/ product link used to cross-sell matching pillow covers",
    f"Re: Blanket arrived {o}", irt=True, text=f"""Hi Jess,

Glad the blanket arrived safe! By the way, the matching Harbour pillow covers just came back in
stock and they're 20% off this week: https://www.amazon.ca/dp/{a}

Gabe

{amz("en", "ca", o, "Got the blanket, thanks.")}
""")

o = new_oid()
add("coral-unsubscribe-link", "coral", "en", ["external_link", "opt_out"],
    "unsubscribe link in the body of a proactive message asking for exchange size",
    f"Which size for your exchange? Order {o}", text=f"""Hi Tessa,

We received your return for order {o}. Which size would you like the exchange in, 10 or 12?

Mia, Coral Tide Swim

--
Don't want these emails? Unsubscribe: https://mail.coraltide.com.au/u/7f3a9c21
""")

o = new_oid()
add("voltrad-punkt-domain", "voltrad", "de", ["external_link"],
    "obfuscated (punkt): Domain mit 'punkt' und Pfad zur Montageanleitung",
    f"AW: Montage Mittelmotor {o}", irt=True, text=f"""Hallo Herr Wagner,

die Montageanleitung mit Drehmomentwerten finden Sie unter voltrad-teile punkt de / montage.
Bei Fragen melden Sie sich gern hier.

Jonas

{amz("de", "de", o, "Gibt es eine Anleitung für den Einbau?")}
""")

o = new_oid()
add("lumen-point-fr", "lumen", "fr", ["external_link"],
    "obfuscated (point): adresse du site écrite avec 'point'",
    f"Re: Notice de montage {o}", irt=True, text="""Bonjour Madame Perrot,

La notice en couleur est disponible sur notre site : atelier-lumen point fr slash notices.

Bonne soirée,
Camille
""")

o = new_oid()
add("tiovivo-punto-es", "tiovivo", "es", ["external_link"],
    "obfuscated (punto): web de la tienda escrita con 'punto'",
    f"Re: Instrucciones del circuito {o}", irt=True, text="""Hola Raúl:

Las instrucciones en vídeo están en www punto tiovivo-juguetes punto es barra circuito. Cualquier
cosa, nos dices.

Álvaro
""")

o = new_oid()
add("sakura-fullwidth-url", "sakura", "ja", ["external_link"],
    "obfuscated (全角文字): 全角のURL",
    f"Re: 使い方について {o}", irt=True, text=f"""松本様

詳しい使い方は、当店サイト ｗｗｗ．ｓａｋｕｒａｈａｄａ．ｊｐ／ｈｏｗｔｏ をご覧ください。

桜肌コスメ　佐藤

{amz("ja", "co.jp", o, "美容液の使い方を教えてください。")}
""")

o = new_oid()
add("brughiera-bitly", "brughiera", "it", ["external_link"],
    "link accorciato bit.ly alla guida di macinatura",
    f"R: Che macinatura per la French press? {o}", irt=True, text="""Buongiorno Sig. Leone,

per la French press serve una macinatura grossa. Abbiamo una piccola guida qui: bit.ly/3brughieraFP

Giulia
""")

o = new_oid()
add("yamamoto-linked-logo", "yamamoto", "ja", ["external_link"],
    "HTMLのロゴ画像（cid:）が店舗サイトにリンクされている",
    f"Re: 替刃の在庫 {o}", irt=True,
    text="""木村様

替刃は来週入荷予定です。入荷しましたらご連絡いたします。

山本工具店
""",
    html=html_doc("""<p>木村様</p>
<p>替刃は来週入荷予定です。入荷しましたらご連絡いたします。</p>
<p><a href="https://yamamoto-kougu.jp/"><img src="cid:ymlogo@yamamoto" alt="山本工具店" width="100"
height="30"></a></p>""", "ja"),
    inline=(("ymlogo@yamamoto", "image", "png", png_bytes(10, 3, (30, 30, 30))),))

o = new_oid()
add("kestrel-zero-width-domain", "kestrel", "en", ["external_link"],
    "obfuscated (zero-width space): bare seller domain with a zero-width space inside",
    f"Re: Compatible with iPhone 16? {o}", irt=True, text="""Hi Jordan,

Yes, it fits the 16 too. We keep a full compatibility list at kestrel\u200bcase.com/fit if you need
it for other phones.

Marco
""")

# --------------------------------------------------------------------------- violations: e-mail

o = new_oid()
add("kestrel-signature-email-phone", "kestrel", "en", ["contact_email", "contact_phone"],
    "signature with the seller's e-mail address and a US phone number",
    f"Re: Missing screen protector {o}", irt=True, text="""Hi Leah,

Sorry about that, the screen protector should have been in the box. A new one is on its way today.

Dana
Kestrel Case Co. Customer Care
support@kestrelcase.com | (312) 555-0147
""")

o = new_oid()
add("quill-mailto-href", "quill", "en", ["contact_email"],
    "mailto: address hidden in an HTML link",
    f"Re: Bulk order for my office {o}", irt=True,
    text="""Hi Rebecca,

For quantities over 50 our wholesale team can help, just email them.

Ben
""",
    html=html_doc("""<p>Hi Rebecca,</p>
<p>For quantities over 50 our wholesale team can help, just
<a href="mailto:wholesale@quillfield.com">email them</a>.</p>
<p>Ben</p>"""))

o = new_oid()
add("maple-outlook-quoted-to", "maple", "en", ["contact_email"],
    "seller's own address in an Outlook quote header (To: line)",
    f"RE: Napkins set of 6 - only got 4 ({o})", irt=True, crlf=True, text=f"""Hi Victoria,

So sorry! The two missing napkins are going out today by Canada Post.

Gabe

________________________________
From: Victoria - Amazon Marketplace <{relay("ca")}>
Sent: Friday, March 7, 2025 4:12 PM
To: Maple Loom Orders <orders@mapleloom.ca>
Subject: Napkins set of 6 - only got 4 ({o})

{amz("en", "ca", o, "The set says 6 napkins but there were only 4 in the bag.")}
""")

o = new_oid()
add("hollow-entity-email", "hollow", "en", ["contact_email"],
    "obfuscated (HTML entities): e-mail address written with character references in HTML text",
    f"Re: Wholesale for my studio {o}", irt=True,
    text="""Hi Fran,

For studio orders please write to our wholesale team.

Priya
""",
    html=html_doc("""<p>Hi Fran,</p>
<p>For studio orders please write to our wholesale team at
st&#117;dio&#64;hollowoakyoga&#46;co&#46;uk.</p>
<p>Priya</p>"""))

o = new_oid()
add("penrose-gmail-quoted-agent-address", "penrose", "en", ["contact_email"],
    "earlier agent reply quoted in Gmail style with the agent's own address in the quote header",
    f"Re: Re: Samples {o}", irt=True, text=f"""Hi again Mr Doyle,

The sample pack is in the post now.

Alistair

On Thu, 6 Mar 2025 at 15:03, Alistair Penrose <alistair@penrosetea.co.uk> wrote:
> Dear Mr Doyle, yes, we can include three samples with your order {o}.
> Kind regards, Alistair
""")

o = new_oid()
add("voltrad-at-punkt-email", "voltrad", "de", ["contact_email"],
    "obfuscated ((at)/(punkt)): E-Mail-Adresse mit (at) und (punkt)",
    f"AW: Garantieantrag Motor {o}", irt=True, text="""Hallo Frau Schmitt,

für den Garantieantrag schicken Sie bitte den Kaufbeleg und ein Foto des Typenschilds an
garantie (at) voltrad-teile (punkt) de.

Katrin
""")

o = new_oid()
add("lumen-arobase-email", "lumen", "fr", ["contact_email"],
    "obfuscated (arobase/point): adresse e-mail écrite en toutes lettres",
    f"Re: Facture pro {o}", irt=True, text="""Bonjour Monsieur Lambert,

Pour une facture au nom de votre société, écrivez-nous à compta arobase atelier-lumen point fr avec
votre numéro de TVA.

Hugo
""")

o = new_oid()
add("tiovivo-arroba-zero-width", "tiovivo", "es", ["contact_email"],
    "obfuscated (arroba/punto con espacio de ancho cero): correo de la tienda",
    f"RE: Piezas de repuesto {o}", irt=True, text="""Hola Sra. Ruiz:

Para piezas sueltas escríbenos a repuestos arroba tiovivo\u200b-juguetes punto es y te las mandamos.

Lucía
""")

o = new_oid()
add("brughiera-chiocciola", "brughiera", "it", ["contact_email"],
    "obfuscated (chiocciola/punto): indirizzo e-mail scritto a parole",
    f"R: Ordine per il bar {o}", irt=True, text="""Buongiorno Sig. Ricci,

per forniture al bar ci scriva a horeca chiocciola brughieracaffe punto it, le faremo un'offerta.

Matteo
""")

o = new_oid()
add("sakura-fullwidth-at", "sakura", "ja", ["contact_email"],
    "obfuscated (全角＠): 全角のメールアドレス",
    f"Re: 敏感肌用のサンプル {o}", irt=True, text="""加藤様

サンプルをご希望の場合は、ｓａｍｐｌｅ＠ｓａｋｕｒａｈａｄａ．ｊｐ までご連絡ください。

桜肌コスメ
""")

o = new_oid()
add("tuinhaak-at-dot-brackets", "tuinhaak", "nl", ["contact_email"],
    "obfuscated ([at]/[dot]): e-mailadres met haakjes",
    f"Re: Onderdelen heggenschaar {o}", irt=True, text="""Beste meneer Bakker,

Losse messen voor de heggenschaar kunt u bestellen via onderdelen[at]tuinhaak[dot]nl.

Groet,
Sanne
""")

# --------------------------------------------------------------------------- violations: phone / other

o = new_oid()
add("hollow-signature-uk-mobile", "hollow", "en", ["contact_phone"],
    "UK mobile number in the agent's signature",
    f"Re: Colour of the sage set {o}", irt=True, text="""Hi Claire,

The sage set is a soft grey-green, not minty. Happy to swap it if it's not right.

Best,
Tom
Hollow Oak Yoga | 07700 900412
""")

o = new_oid()
add("quill-spaced-digits-phone", "quill", "en", ["contact_phone"],
    "obfuscated (spaced digits): US phone number with spaces between the digits",
    f"Re: Custom printing {o}", irt=True, text="""Hi Derek,

Custom printing is easier to discuss live. Give our print studio a ring:
( 3 1 2 ) 5 5 5 - 0 1 9 3

Ben
""")

o = new_oid()
add("brightwell-tel-href", "brightwell", "en", ["contact_phone"],
    "tel: link behind 'call our pet-care line' in HTML",
    f"Re: Dog won't eat the new food {o}", irt=True,
    text="""Hi Sandra,

Sorry to hear that. Our pet-care line can walk you through switching food gradually.

Kayla
""",
    html=html_doc("""<p>Hi Sandra,</p>
<p>Sorry to hear that. <a href="tel:+13125550129">Call our pet-care line</a> and they'll walk you
through switching food gradually.</p>
<p>Kayla</p>"""))

o = new_oid()
add("coral-whatsapp-number", "coral", "en", ["contact_phone", "contact_other"],
    "'WhatsApp us' with an Australian mobile number",
    f"Re: Fit question {o}", irt=True, text=f"""Hi Zoe,

Easiest is if you WhatsApp us a photo of how it fits on 0491 570 156 and I'll tell you which size
to swap to.

Mia

{amz("en", "com.au", o, "The bottoms feel loose at the back, should I size down?")}
""")

o = new_oid()
add("maple-quoted-buyer-phone", "maple", "en", ["contact_phone"],
    "buyer's own phone number inside the quoted message",
    f"Re: Delivery instructions {o}", irt=True, text=f"""Hi Raj,

Thanks, I've passed the buzzer code to the courier.

Gabe

{amz("en", "ca", o, "Buzzer code is 2214. If the driver has trouble he can call me at 416-555-0182.")}
""")

o = new_oid()
add("voltrad-spelled-german-phone", "voltrad", "de", ["contact_phone"],
    "obfuscated (Zahlwörter): Telefonnummer in deutschen Zahlwörtern",
    f"AW: Fehlercode am Controller {o}", irt=True, text="""Hallo Herr Krüger,

das erklärt sich am Telefon schneller. Rufen Sie unsere Werkstatt an: null sechs neun, neun null
null null neun, vier eins sieben.

Jonas
""")

o = new_oid()
add("perrin-spelled-french-phone", "perrin", "fr", ["contact_phone"],
    "obfuscated (chiffres en lettres): numéro de portable écrit en mots",
    f"Re: Montage du lit cododo {o}", irt=True, text="""Bonjour Madame Fontaine,

Le plus simple est de m'appeler, je vous guide : zéro six, trente-neuf, quatre-vingt-dix-huit,
douze, trente-quatre.

Élodie
""")

o = new_oid()
add("albaran-spanish-intl-phone", "albaran", "es", ["contact_phone"],
    "número internacional español en la firma",
    f"Re: Esmalte de las tazas {o}", irt=True, text="""Hola Sra. Gil:

Sí, el esmalte es apto para lavavajillas y microondas.

Un saludo,
Rocío – Cerámica Albarán
Tel. +34 912 48 73 05
""")

o = new_oid()
add("ravelli-spelled-italian-phone", "ravelli", "it", ["contact_phone"],
    "obfuscated (cifre in lettere): numero di telefono scritto a parole",
    f"R: Riparazione cerniera {o}", irt=True, text="""Gentile Sig.ra Conti,

per la riparazione ci chiami pure al numero zero cinque cinque, due tre quattro, cinque sei sette
otto: parli con il laboratorio direttamente.

Chiara
""")

o = new_oid()
add("yamamoto-kanji-phone", "yamamoto", "ja", ["contact_phone"],
    "obfuscated (漢数字): 漢数字で書かれた電話番号",
    f"Re: 研ぎ直しサービス {o}", irt=True, text="""森様

研ぎ直しのご相談はお電話が早いです。〇三－四五六七－八九〇一（平日九時～十八時）までどうぞ。

山本工具店　山本
""")

o = new_oid()
add("bartek-polish-phone", "bartek", "pl", ["contact_phone"],
    "polski numer telefonu w treści",
    f"Odp: Uszkodzona pokrywka {o}", irt=True, text="""Dzień dobry,

przepraszamy za pokrywkę. Proszę zadzwonić pod +48 22 123 45 67, ustalimy wymianę.

Magda
""")

o = new_oid()
add("hollow-instagram-follow", "hollow", "en", ["contact_other", "marketing"],
    "'follow us on Instagram @handle'",
    f"Re: Restock of the ribbed shorts {o}", irt=True, text="""Hi Beth,

The ribbed shorts come back in April. Follow us on Instagram @hollowoakyoga to see new drops first!

Priya
""")

o = new_oid()
add("kestrel-discord-x-handle", "kestrel", "en", ["contact_other"],
    "invitation to reach the seller on Discord and X (handles)",
    f"Re: Button feels loose {o}", irt=True, text="""Hey Kyle,

That's a known thing with the first batch. Quickest way to sort it is to ping us on X (@kestrelcase)
or drop into our Discord, server name Kestrel Case Crew, and we'll get you sorted.

Marco
""")

o = new_oid()
add("voltrad-telegram-handle", "voltrad", "de", ["contact_other"],
    "Einladung, über Telegram mit Handle zu schreiben",
    f"AW: Welche Kette passt? {o}", irt=True, text="""Hallo Herr Roth,

schicken Sie uns am besten ein Foto Ihres Ritzels über Telegram an @voltrad_support, dann sagen wir
Ihnen sofort, welche Kette passt.

Jonas
""")

o = new_oid()
add("sakura-line-id", "sakura", "ja", ["contact_other"],
    "LINE公式アカウントのIDへの誘導",
    f"Re: 肌診断について {o}", irt=True, text="""吉田様

肌診断は、LINE公式アカウント（ID：@sakurahada）を友だち追加していただくとチャットでご相談いただけます。

桜肌コスメ
""")

o = new_oid()
add("tiovivo-facebook-messenger", "tiovivo", "es", ["contact_other"],
    "invitación a escribir por Messenger a la página de Facebook",
    f"RE: Regalo con envoltorio {o}", irt=True, text="""Hola Sr. Castro:

Para mensajes personalizados en el envoltorio, escríbenos por Messenger a nuestra página de Facebook
"Juguetes Tiovivo" y lo preparamos.

Álvaro
""")

o = new_oid()
add("lumen-whatsapp-zero-width", "lumen", "fr", ["contact_other"],
    "obfuscated (espace de largeur nulle dans WhatsApp): invitation à écrire sur WhatsApp",
    f"Re: Variateur compatible {o}", irt=True, text="""Bonjour Monsieur Henry,

Envoyez-nous une photo de votre variateur sur Whats\u200bApp (cherchez « Atelier Lumen SAV »), on vous
dira s'il est compatible.

Hugo
""")

o = new_oid()
add("brughiera-skype", "brughiera", "it", ["contact_other"],
    "invito a contattare il venditore su Skype con nome utente",
    f"R: Corso di degustazione {o}", irt=True, text="""Buongiorno Sig.ra Fabbri,

per il corso di degustazione online ci contatti su Skype, utente torrefazione_brughiera.

Matteo
""")

o = new_oid()
add("fjall-instagram-dm", "fjall", "sv", ["contact_other"],
    "uppmaning att skicka DM på Instagram till säljarens konto",
    f"SV: Storlek på skaljackan {o}", irt=True, text="""Hej Oskar,

Skicka ett DM till oss på Instagram (@fjallspar_outdoor) med dina mått så hjälper vi dig välja
storlek.

Elin
""")

# --------------------------------------------------------------------------- violations: reviews

o = new_oid()
add("brightwell-refund-for-review", "brightwell", "en", ["review_incentive"],
    "partial refund offered in exchange for a review",
    f"Your Brightwell order {o}", text=f"""Hi Melissa,

Thanks for your order {o}! Leave a review of the cat tree on Amazon, send us a screenshot, and we'll
refund $10 to your card. Easy as that.

Kayla
""")

o = new_oid()
add("kestrel-giftcard-5star", "kestrel", "en", ["review_incentive", "review_manipulation"],
    "gift card offered for a 5-star review",
    f"A small thank you - order {o}", text="""Hi Ashley,

We hope you love your new case! Leave us a 5-star review and we'll email you a $15 Amazon gift card
as a thank you.

Kestrel Case Co.
""")

o = new_oid()
add("penrose-remove-review-refund", "penrose", "en", ["review_incentive", "feedback_removal"],
    "refund offered if the buyer removes a negative review",
    f"Re: Stale tea {o}", irt=True, text=f"""Dear Mr Grant,

I'm very sorry the oolong tasted stale. We'd be happy to refund your order in full once the review
you posted has been taken down - just let me know when it's done.

Alistair

{amz("en", "co.uk", o, "Tea was stale. Left a review so others know.")}
""")

o = new_oid()
add("klingen-gutschein-bewertung", "klingen", "de", ["review_incentive"],
    "Gutschein als Gegenleistung für eine Bewertung",
    f"Ihr Messer – Bestellung {o}", text="""Hallo Frau Yilmaz,

als Dankeschön für Ihre Bewertung auf Amazon schicken wir Ihnen einen 10-€-Gutschein für Ihren
nächsten Einkauf. Antworten Sie einfach mit dem Link zu Ihrer Bewertung.

Klingenwerk Solingen
""")

o = new_oid()
add("perrin-produit-offert-avis", "perrin", "fr", ["review_incentive"],
    "produit offert en échange d'un avis",
    f"Votre commande {o}", text="""Bonjour Madame Dupuis,

Laissez un avis sur votre gigoteuse et recevez en cadeau notre bavoir en coton bio ! Il suffit de
nous répondre avec la capture d'écran de votre avis.

Maison Perrin
""")

o = new_oid()
add("tiovivo-sorteo-resena", "tiovivo", "es", ["review_incentive"],
    "participación en un sorteo a cambio de una reseña",
    f"¡Sorteo para nuestros clientes! Pedido {o}", text=f"""Hola Pablo:

Si dejas una reseña de tu pedido {o} antes del 31 de marzo, entras en el sorteo de una casita de
muñecas de madera valorada en 120 €.

¡Suerte!
Juguetes Tiovivo
""")

o = new_oid()
add("ravelli-sconto-recensione", "ravelli", "it", ["review_incentive"],
    "sconto sul prossimo ordine in cambio di una recensione",
    f"Il suo ordine {o}", text="""Gentile Sig. Moretti,

se lascia una recensione del portafoglio su Amazon, le riserviamo uno sconto del 15% sul prossimo
ordine. Ci mandi pure il link alla recensione.

Pelletteria Ravelli
""")

o = new_oid()
add("sakura-giftcard-review", "sakura", "ja", ["review_incentive"],
    "レビュー投稿でAmazonギフト券を進呈",
    f"レビューキャンペーンのご案内（注文番号 {o}）", text="""山口様

ご購入ありがとうございます。商品レビューをご投稿いただいた方全員に、Amazonギフト券500円分を
プレゼントしております。投稿後、このメッセージにご返信ください。

桜肌コスメ
""")

o = new_oid()
add("hollow-review-gating", "hollow", "en", ["review_manipulation"],
    "review gating: happy buyers to review, unhappy ones to contact the seller",
    f"How's your new top? Order {o}", text="""Hi Lucy,

If you love your new top, a review on Amazon would mean the world to us! If anything isn't perfect,
please message us first instead of leaving a review, and we'll make it right.

Tom, Hollow Oak Yoga
""")

o = new_oid()
add("coral-dictate-review-content", "coral", "en", ["review_manipulation"],
    "tells the buyer what to write in the review",
    f"Your swimsuit - order {o}", text="""Hi Hannah,

We'd love a review of your new swimsuit! If you could mention the chlorine-resistant fabric and that
it fits true to size, that would really help other swimmers.

Mia
""")

o = new_oid()
add("maple-change-to-positive", "maple", "en", ["review_manipulation", "feedback_removal"],
    "asks the buyer to change their feedback to positive after a resolution",
    f"Re: Shrunk after washing {o}", irt=True, text="""Hi Paula,

Glad the replacement duvet cover fits. Now that it's sorted, could you change your feedback to a
positive one? It would help our small shop a lot.

Gabe
""")

o = new_oid()
add("voltrad-fuenf-sterne", "voltrad", "de", ["review_manipulation"],
    "Bitte um eine 5-Sterne-Bewertung",
    f"Ihre Bestellung {o}", text="""Hallo Herr Becker,

wir hoffen, die neuen Bremsbeläge überzeugen Sie. Über eine 5-Sterne-Bewertung würden wir uns
riesig freuen!

Voltrad Teile
""")

o = new_oid()
add("lumen-cinq-etoiles", "lumen", "fr", ["review_manipulation"],
    "demande d'une note de cinq étoiles",
    f"Votre lampe – commande {o}", text="""Bonjour Madame Moreau,

Votre lampe vous plaît ? Alors n'hésitez pas à nous mettre cinq étoiles sur Amazon, cela compte
énormément pour un petit atelier.

Camille
""")

o = new_oid()
add("albaran-gating-es", "albaran", "es", ["review_manipulation"],
    "filtrado de reseñas: solo clientes satisfechos; los demás, contactar antes",
    f"Su pedido {o}", text="""Estimado Sr. Vidal:

Si está contento con su vajilla, le agradeceríamos una reseña en Amazon. Si no lo está, por favor
escríbanos antes de publicar nada y lo solucionamos.

Cerámica Albarán
""")

o = new_oid()
add("brughiera-no-negativa", "brughiera", "it", ["review_manipulation"],
    "scoraggia una recensione negativa",
    f"R: Caffè troppo amaro {o}", irt=True, text="""Gentile Sig. Greco,

ci dispiace che la miscela le sembri amara: provi con acqua a 92 gradi. La preghiamo però di non
lasciare una recensione negativa, per una piccola torrefazione è un danno enorme.

Matteo
""")

o = new_oid()
add("yamamoto-hoshi5", "yamamoto", "ja", ["review_manipulation"],
    "星5つのレビューを依頼",
    f"ご注文 {o} のレビューのお願い", text="""清水様

ご注文の鉋はいかがでしょうか。気に入っていただけましたら、ぜひ星5つのレビューをお願いいたします。

山本工具店
""")

o = new_oid()
add("tuinhaak-vijf-sterren", "tuinhaak", "nl", ["review_manipulation"],
    "vraagt om een beoordeling van 5 sterren",
    f"Uw bestelling {o}", text="""Beste mevrouw Visser,

Tevreden met uw nieuwe schoffel? Geef ons dan 5 sterren op Amazon, daar helpt u ons enorm mee!

Sanne – Tuinhaak
""")

o = new_oid()
add("indigo-polite-remove", "indigo", "en", ["feedback_removal"],
    "polite request to remove negative feedback after resolution",
    f"Re: Faded cushion cover {o}", irt=True, text=f"""Dear Ms. Kapoor,

Thank you for confirming the replacement arrived. Since the issue is resolved, would you kindly
consider removing the feedback you left earlier? We would be very grateful.

Warm regards,
Ritu

{amz("en", "in", o, "Replacement came, thanks.")}
""")

o = new_oid()
add("quill-pressing-update", "quill", "en", ["feedback_removal"],
    "pressing the buyer to update their review, with a follow-up deadline",
    f"Re: Ink smudges {o}", irt=True, text="""Hi Victor,

We sent the new pens two days ago and you've confirmed they work. I need you to update your review
today, please - I'll check back tomorrow morning to see if it's changed.

Ben
""")

o = new_oid()
add("brightwell-threat-remove", "brightwell", "en", ["feedback_removal", "offensive"],
    "threatens the buyer unless a review is removed",
    f"Re: Your review {o}", irt=True, text="""Mr. Holt,

Your review is false and damaging. Remove it within 48 hours or we will take legal action against
you and report your account. We know where you live.

Brightwell Pet Supply
""")

o = new_oid()
add("klingen-bewertung-entfernen", "klingen", "de", ["feedback_removal"],
    "Bitte, eine negative Bewertung zu löschen",
    f"AW: Messer stumpf {o}", irt=True, text="""Hallo Herr Fischer,

das nachgeschärfte Messer ist unterwegs. Wären Sie so freundlich, Ihre negative Bewertung zu löschen?
Sie schadet uns sehr.

Dirk
""")

o = new_oid()
add("perrin-modifier-avis", "perrin", "fr", ["feedback_removal"],
    "demande de modifier un avis après résolution",
    f"Re: Tétine défectueuse {o}", irt=True, text="""Bonjour Madame Blanc,

Le remplacement est parti ce matin. Pourriez-vous s'il vous plaît modifier votre avis maintenant que
le problème est réglé ?

Élodie
""")

o = new_oid()
add("albaran-eliminar-valoracion", "albaran", "es", ["feedback_removal"],
    "pide eliminar una valoración negativa",
    f"Re: Fuente con grieta {o}", irt=True, text="""Sra. Romero:

Ya le hemos devuelto el dinero. Le rogamos que elimine la valoración negativa que dejó, ya que el
problema está resuelto.

Cerámica Albarán
""")

o = new_oid()
add("ravelli-rimuovere-feedback", "ravelli", "it", ["feedback_removal"],
    "chiede di rimuovere il feedback negativo",
    f"R: Cucitura scucita {o}", irt=True, text="""Gentile Sig. Villa,

abbiamo riparato la cucitura e le abbiamo rispedito la borsa. Le chiediamo gentilmente di rimuovere
il feedback negativo lasciato la settimana scorsa.

Chiara
""")

o = new_oid()
add("sakura-hyouka-sakujo", "sakura", "ja", ["feedback_removal"],
    "低評価の削除を依頼",
    f"Re: 配送の遅れについて {o}", irt=True, text="""岡田様

この度はご迷惑をおかけしました。商品が無事届きましたので、お手数ですが先日の低評価を削除して
いただけないでしょうか。

桜肌コスメ
""")

o = new_oid()
add("tuinhaak-beoordeling-verwijderen", "tuinhaak", "nl", ["feedback_removal"],
    "verzoek om een negatieve beoordeling te verwijderen",
    f"Re: Kapotte steel {o}", irt=True, text="""Beste meneer Smit,

De nieuwe hark is onderweg. Zou u uw negatieve beoordeling willen verwijderen nu het is opgelost?

Sanne
""")

# --------------------------------------------------------------------------- violations: marketing / opt-out

o = new_oid()
add("kestrel-coupon-next-order", "kestrel", "en", ["marketing"],
    "discount code for a future purchase, not tied to resolving the order",
    f"Re: Which colour is more scratch resistant? {o}", irt=True, text="""Hi Nina,

The matte black hides scratches best. Also - use code KESTREL15 for 15% off any of our other cases
next time you order!

Dana
""")

o = new_oid()
add("klingen-neue-serie", "klingen", "de", ["marketing"],
    "Werbung für eine neue Produktserie in einer proaktiven Nachricht mit Bestellnummer",
    f"Neu bei Klingenwerk – zu Ihrer Bestellung {o}", text=f"""Hallo Herr Neumann,

danke für Ihre Bestellung {o}! Übrigens: Ab sofort gibt es unsere neue Damast-Serie mit
Olivenholzgriff – jetzt im Klingenwerk-Shop auf Amazon, zur Einführung 20 % günstiger.

Dirk Hoppe
""")

o = new_oid()
add("lumen-soldes", "lumen", "fr", ["marketing"],
    "promotion des soldes dans une réponse",
    f"Re: Câble trop court {o}", irt=True, text="""Bonjour Monsieur Roussel,

Nous vous envoyons une rallonge de 2 m gratuitement. Et profitez de nos soldes d'hiver : -30 % sur
toute la collection de suspensions jusqu'au 15 mars !

Hugo
""")

o = new_oid()
add("sakura-new-product", "sakura", "ja", ["marketing"],
    "新商品の宣伝",
    f"Re: 乳液のテクスチャー {o}", irt=True, text="""池田様

乳液はさっぱりタイプです。また、3月20日に新発売の「桜エッセンスマスク」もぜひお試しください。
今なら発売記念価格でご購入いただけます。

桜肌コスメ
""")

o = new_oid()
add("brughiera-cross-sell", "brughiera", "it", ["marketing"],
    "vendita incrociata di un'altra miscela, senza link",
    f"R: Miscela meno acida? {o}", irt=True, text="""Buongiorno Sig. Pellegrini,

se cerca un caffè meno acido le consiglio la nostra nuova miscela Etiopia Sidamo, disponibile nel
nostro negozio Amazon insieme a tutte le altre: le piacerà sicuramente!

Giulia
""")

o = new_oid()
add("fjall-rea-sovsackar", "fjall", "sv", ["marketing"],
    "reklam för en rea på andra produkter",
    f"SV: Dragkedjan har gått sönder {o}", irt=True, text="""Hej Linnea,

En ny dragkedja är på väg till dig. Passa förresten på: just nu har vi 25 % rabatt på alla våra
sovsäckar och liggunderlag!

Elin
""")

o = new_oid()
add("quill-list-unsubscribe-header-only", "quill", "en", ["opt_out"],
    "List-Unsubscribe header on an otherwise clean neutral review request",
    f"Your weekly planner - order {o}", headers={
        "List-Unsubscribe": "<https://lists.quillfield.com/unsub?u=88123>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}, text=f"""Hi Sarah,

We hope your weekly planner (order {o}) is off to a good start. If you have a moment, an honest
review on Amazon would be much appreciated.

Ben, Quillfield Paper Goods
""")

o = new_oid()
add("penrose-newsletter-prefs-link", "penrose", "en", ["external_link", "marketing", "opt_out"],
    "sale announcement and a 'manage preferences' link in the body",
    f"Re: Caddy lid {o}", irt=True, text="""Dear Ms Allen,

A new lid is on its way. And don't miss our spring sale - 20% off all green teas this month!

Alistair

Manage your email preferences: https://penrosetea.co.uk/preferences?id=5521
""")

o = new_oid()
add("bartek-stop-text", "bartek", "pl", ["opt_out"],
    "tekst rezygnacji z wiadomości (odpowiedz STOP)",
    f"Opóźnienie wysyłki zamówienia {o}", text=f"""Dzień dobry,

niestety kurier nie odebrał paczki z zamówieniem {o} w piątek, wyślemy ją w poniedziałek rano.

Aby zrezygnować z otrzymywania wiadomości od nas, odpowiedz STOP.

Kuchnia Bartek
""")

o = new_oid()
add("voltrad-abmelden-text", "voltrad", "de", ["opt_out"],
    "Abmeldehinweis als Text in einer Nachricht zu einem Problem bei der Ausführung der Bestellung",
    f"Lieferverzögerung bei Bestellung {o}", text=f"""Hallo Frau Lange,

beim Verpacken des Lenkers aus Bestellung {o} ist uns ein Kratzer an der Klemmung aufgefallen. Wir
tauschen ihn gegen einen neuen aus und schicken ihn am Donnerstag los.

Sie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit „Abmelden“.

Katrin, Voltrad Teile
""")

o = new_oid()
add("ravelli-cancella-iscrizione", "ravelli", "it", ["opt_out"],
    "istruzioni per annullare l'iscrizione ai messaggi",
    f"Ritardo nella spedizione - ordine {o}", text=f"""Gentile Sig.ra Sala,

la borsa dell'ordine {o} partirà con due giorni di ritardo perché la cucitura a mano richiede più
tempo del previsto. Ci scusiamo.

Per non ricevere più nostri messaggi, risponda CANCELLA ISCRIZIONE.

Chiara
""")

o = new_oid()
add("sakura-haishin-teishi", "sakura", "ja", ["opt_out"],
    "配信停止の案内",
    f"お届けの遅延について（注文番号 {o}）", text=f"""西村様

ご注文（{o}）の商品は、配送業者の都合によりお届けが1日遅れる見込みです。申し訳ございません。

※今後のメール配信停止をご希望の方は、「配信停止」とご返信ください。

桜肌コスメ
""")

# --------------------------------------------------------------------------- violations: tracking pixels

o = new_oid()
add("brightwell-1x1-tracker", "brightwell", "en", ["tracking_pixel"],
    "1x1 open-tracking image from a tracker host",
    f"Re: Leash clip broke {o}", irt=True,
    text="""Hi Carla,

A new leash is on its way, no need to return the broken one.

Kayla
""",
    html=html_doc("""<p>Hi Carla,</p>
<p>A new leash is on its way, no need to return the broken one.</p>
<p>Kayla</p>
<img src="https://open.mailtrk-io.net/o/8f2a91c3.gif" width="1" height="1" alt="">"""))

o = new_oid()
add("kestrel-display-none-beacon", "kestrel", "en", ["tracking_pixel"],
    "hidden (display:none) remote beacon image on a neutral review request",
    f"Quick question about order {o}", text=f"""Hi Owen,

If you have a minute, we'd appreciate an honest review of your case (order {o}).

Marco
""",
    html=html_doc(f"""<p>Hi Owen,</p>
<p>If you have a minute, we'd appreciate an honest review of your case (order {o}).</p>
<p>Marco</p>
<img src="https://px.kestrelcase.com/b/v1/open?m=83310" style="display:none" alt="">"""))

o = new_oid()
r = relay("ca")
add("maple-recipient-banner", "maple", "en", ["tracking_pixel"],
    "normal-size banner image whose URL carries the recipient's relay id",
    f"Re: Tablecloth size {o}", irt=True, to=r,
    text="""Hi Naomi,

The 60x90 tablecloth fits a 6-seat table with a nice drop on each side.

Gabe
""",
    html=html_doc(f"""<p><img src="https://cdn.mapleloom.ca/banners/spring.png?rcpt={r.split('@')[0]}"
width="560" height="120" alt="Maple Loom"></p>
<p>Hi Naomi,</p>
<p>The 60x90 tablecloth fits a 6-seat table with a nice drop on each side.</p>
<p>Gabe</p>"""))

o = new_oid()
add("albaran-pixel-0x0", "albaran", "es", ["tracking_pixel"],
    "imagen de seguimiento 0x0",
    f"Re: Tiempo de entrega {o}", irt=True,
    text="""Hola Sr. Molina:

Su pedido sale mañana y llegará en 48-72 horas.

Rocío
""",
    html=html_doc("""<p>Hola Sr. Molina:</p>
<p>Su pedido sale mañana y llegará en 48-72 horas.</p>
<p>Rocío<img src="https://trk.envialo-mail.es/open/a91x.png" width="0" height="0" alt=""></p>""", "es"))

o = new_oid()
add("lumen-pixel-fr", "lumen", "fr", ["tracking_pixel"],
    "pixel de suivi 1x1 dans un message proactif sur un retard",
    f"Retard de livraison – commande {o}", text=f"""Bonjour Madame Morel,

Votre suspension (commande {o}) partira avec deux jours de retard, le verre soufflé n'étant pas encore
sec. Merci de votre patience.

Camille
""",
    html=html_doc(f"""<p>Bonjour Madame Morel,</p>
<p>Votre suspension (commande {o}) partira avec deux jours de retard, le verre soufflé n'étant pas
encore sec. Merci de votre patience.</p>
<p>Camille</p><img src="https://o.sendpulse-trk.fr/p/6c2e.gif" width="1" height="1" alt="">""", "fr"))

o = new_oid()
add("sakura-pixel-ja", "sakura", "ja", ["tracking_pixel"],
    "1x1の開封トラッキング画像",
    f"Re: 成分について {o}", irt=True,
    text="""小川様

こちらの化粧水はアルコールフリーです。

桜肌コスメ
""",
    html=html_doc("""<p>小川様</p>
<p>こちらの化粧水はアルコールフリーです。</p>
<p>桜肌コスメ</p><img src="https://beacon.mailopen.jp/o.gif?id=55821" width="1" height="1" alt="">""", "ja"))

# --------------------------------------------------------------------------- violations: attachments

o = new_oid()
add("kestrel-zip-photos", "kestrel", "en", ["attachment"],
    "ZIP archive attached",
    f"Re: Photos of the colour options {o}", irt=True, text="""Hi Megan,

All the colour photos are in the attached zip.

Dana
""", atts=(("case-colours.zip", "application", "zip",
            zip_bytes({"sage.jpg": JPEG, "sand.jpg": JPEG})),))

o = new_oid()
add("voltrad-exe-firmware", "voltrad", "de", ["attachment"],
    "ausführbare Datei (.exe) als Firmware-Updater angehängt",
    f"AW: Display-Update {o}", irt=True, text="""Hallo Herr Hahn,

im Anhang das Update-Tool für Ihr Display. Einfach am Windows-PC starten und das Display per USB
anschließen.

Jonas
""", atts=(("VT-Display-Update-1.8.2.exe", "application", "vnd.microsoft.portable-executable",
            exe_bytes()),))

o = new_oid()
add("coral-mp4-video", "coral", "en", ["attachment"],
    "MP4 video attached",
    f"Re: How to tie the halter {o}", irt=True, text="""Hi Isla,

I filmed a quick video showing how to tie the halter neck - see attached.

Mia
""", atts=(("halter-tie.mp4", "video", "mp4", mp4_bytes()),))

o = new_oid()
add("hollow-xlsx-size-chart", "hollow", "en", ["attachment"],
    "XLSX spreadsheet attached",
    f"Re: Size chart please {o}", irt=True, text="""Hi Anna,

Our full size chart is attached as a spreadsheet.

Tom
""", atts=(("size-chart.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx_bytes()),))

o = new_oid()
add("quill-html-attachment", "quill", "en", ["attachment"],
    "HTML file attached as the invoice",
    f"Re: Invoice {o}", irt=True, text="""Hi Martin,

Your invoice is attached.

Ben
""", atts=(("invoice.html", "text", "html",
            f"<html><body><h1>Invoice</h1><p>Order {o}: $42.00</p></body></html>".encode()),))

o = new_oid()
add("maple-ics-delivery", "maple", "en", ["attachment"],
    "[Important] delivery scheduling (allowed) with an .ics calendar attachment",
    f"[Important] Confirmed delivery slot - order {o}", text=f"""Hi Chris,

Your sofa throw set (order {o}) will be delivered on Monday March 17 between 8:00 and 12:00 as you
asked. I've attached a calendar entry.

Gabe
""", atts=(("delivery.ics", "text", "calendar",
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//MapleLoom//EN\r\nBEGIN:VEVENT\r\n"
            b"UID:dl-17@mapleloom\r\nDTSTAMP:20250310T120000Z\r\nDTSTART:20250317T130000Z\r\n"
            b"DTEND:20250317T170000Z\r\nSUMMARY:Delivery\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),))

o = new_oid()
add("tiovivo-pdf-really-exe", "tiovivo", "es", ["attachment"],
    "un .pdf que en realidad es un ejecutable MZ",
    f"RE: Manual del robot {o}", irt=True, text="""Hola Sr. Prieto:

Le adjunto el manual del robot en PDF.

Álvaro
""", atts=(("manual-robot.pdf", "application", "pdf", exe_bytes()),))

o = new_oid()
add("indigo-six-attachments", "indigo", "en", ["attachment"],
    "six attachments (four JPEG photos, two PDFs), each of an allowed type",
    f"Re: Photos of all bedsheet colours {o}", irt=True, text="""Dear Mr. Iyer,

As requested, photos of all four colours and the two care leaflets are attached.

Ritu
""", atts=(att_jpg("ivory.jpg"), att_jpg("sage.jpg"), att_jpg("rust.jpg"), att_jpg("indigo.jpg"),
           att_pdf("care-cotton.pdf"), att_pdf("care-linen.pdf")))

o = new_oid()
add("yamamoto-zip-manual", "yamamoto", "ja", ["attachment"],
    "ZIP形式の取扱説明書を添付",
    f"Re: 取扱説明書 {o}", irt=True, text="""石井様

取扱説明書をZIPファイルで添付いたします。

山本工具店
""", atts=(("manual.zip", "application", "zip", zip_bytes({"manual.pdf": pdf_bytes("manual")})),))

# --------------------------------------------------------------------------- violations: styling

o = new_oid()
add("hollow-emoji-text", "hollow", "en", ["styling"],
    "emoji in a plain-text reply",
    f"Re: Mat smell {o}", irt=True, text=f"""Hi Ruby,

The rubber smell fades after a few days airing out 😊 Promise! If it doesn't, tell me and we'll swap it.

Priya

{amz("en", "co.uk", o, "The mat smells quite strongly of rubber.")}
""")

o = new_oid()
add("kestrel-http-image", "kestrel", "en", ["styling"],
    "unlinked product image loaded over plain http: (no recipient id)",
    f"Re: What does Sand look like? {o}", irt=True,
    text="""Hi Ivy,

Here's the Sand colour next to the Sage one.

Dana
""",
    html=html_doc("""<p>Hi Ivy,</p>
<p>Here's the Sand colour next to the Sage one:</p>
<p><img src="http://static.kestrelcase.com/img/sand-vs-sage.jpg" width="400" height="200"
alt="Sand and Sage"></p>
<p>Dana</p>"""))

o = new_oid()
add("perrin-texte-centre", "perrin", "fr", ["styling"],
    "texte du corps centré",
    f"Re: Taille du body {o}", irt=True,
    text="""Bonjour Madame Mercier,

Le body taille 6 mois correspond à 67 cm.

Élodie
""",
    html=html_doc("""<div style="text-align:center">
<p>Bonjour Madame Mercier,</p>
<p>Le body taille 6 mois correspond à 67 cm.</p>
<p>Élodie</p>
</div>""", "fr"))

o = new_oid()
add("quill-font-colour", "quill", "en", ["styling"],
    "font-family and colour overrides in the HTML body",
    f"Re: Paper weight {o}", irt=True,
    text="""Hi Greta,

The sketchbook paper is 160 gsm, fine for light watercolour.

Ben
""",
    html=html_doc("""<p><span style="font-family:Georgia,serif;color:#5b2c6f">Hi Greta,</span></p>
<p><span style="font-family:Georgia,serif;color:#5b2c6f">The sketchbook paper is 160 gsm, fine for light
watercolour.</span></p>
<p><font face="Georgia" color="#5b2c6f">Ben</font></p>"""))

o = new_oid()
add("brightwell-four-font-sizes", "brightwell", "en", ["styling"],
    "four different font sizes in the HTML body",
    f"Re: Bed washable? {o}", irt=True,
    text="""Hi Tanya,

Yes, the cover is machine washable at 30 degrees. The foam insert is not.

Kayla
""",
    html=html_doc("""<p style="font-size:20px">Hi Tanya,</p>
<p style="font-size:15px">Yes, the cover is machine washable at 30 degrees.</p>
<p style="font-size:11px">The foam insert is not.</p>
<p style="font-size:9px">Kayla</p>"""))

o = new_oid()
add("penrose-blank-line-run", "penrose", "en", ["styling"],
    "a run of four blank lines in plain text",
    f"Re: Caffeine in the rooibos? {o}", irt=True, text="""Dear Mrs Evans,

Rooibos is naturally caffeine-free, so it's fine in the evening.




Kind regards,
Alistair
""")

o = new_oid()
add("indigo-outlook-calibri", "indigo", "en", ["styling"],
    "Outlook Word-HTML with its default Calibri and link-colour style block",
    f"RE: Curtain length {o}", irt=True, crlf=True,
    text="""Dear Ms. Menon,

The curtains are 213 cm (7 ft) long including the rod pocket.

Regards,
Ritu
""",
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;color:#0563C1;text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}
--></style></head>
<body lang="EN-IN" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Dear Ms. Menon,</p>
<p class="MsoNormal">The curtains are 213 cm (7 ft) long including the rod pocket.</p>
<p class="MsoNormal">Regards,<br>Ritu</p>
</div></body></html>
""")

o = new_oid()
add("sakura-emoji-review-request", "sakura", "ja", ["styling"],
    "絵文字入りの中立的なレビュー依頼（固有の注文番号）",
    f"ご注文 {o} のご感想をお聞かせください", text=f"""高木様

ご注文（{o}）のクレンジングはいかがでしょうか✨
お時間がございましたら、Amazonでレビューをいただけると嬉しいです🌸

桜肌コスメ
""")

o = new_oid()
add("ravelli-white-on-white-phone", "ravelli", "it", ["contact_phone", "styling"],
    "obfuscated (bianco su bianco): numero di telefono nascosto con testo bianco su sfondo bianco",
    f"R: Colore della tracolla {o}", irt=True,
    text="""Gentile Sig.ra Testa,

la tracolla è color cuoio naturale, come nella foto.

Chiara
""",
    html=html_doc("""<p>Gentile Sig.ra Testa,</p>
<p>la tracolla è color cuoio naturale, come nella foto.</p>
<p style="background:#ffffff"><span style="color:#ffffff">Per urgenze: 055 234 5678</span></p>
<p>Chiara</p>""", "it"))

# --------------------------------------------------------------------------- violations: offensive

o = new_oid()
add("kestrel-insult-en", "kestrel", "en", ["offensive"],
    "agent insults the buyer",
    f"Re: Case doesn't fit!!! {o}", irt=True,
    text=f"""Look, you ordered the case for the iPhone 15 and you own a 15 Pro Max. It says so on
the box in big letters. Even an idiot could read that. Stop wasting our time with your stupid
complaints and return it like everyone else.

Kestrel Case Co.

{amz("en", "com", o, "This case DOESN'T FIT my phone!!! Scam!!!")}
""")

o = new_oid()
add("klingen-beleidigung", "klingen", "de", ["offensive"],
    "Beleidigung des Käufers",
    f"AW: Messer abgebrochen {o}", irt=True, text=f"""Herr Wolf,

wer mit einem Kochmesser Tiefkühlware hackt, ist schlicht zu blöd für ein gutes Messer. Sie Vollidiot
haben die Klinge selbst ruiniert, das ist kein Garantiefall.

Klingenwerk

{amz("de", "de", o, "Die Spitze ist abgebrochen, ich will mein Geld zurück.")}
""")

o = new_oid()
add("perrin-insulte", "perrin", "fr", ["offensive"],
    "insulte envers l'acheteuse",
    f"Re: Produit sale {o}", irt=True, text="""Madame,

Le produit est parti neuf et propre. Arrêtez de raconter n'importe quoi, espèce d'idiote, on a
d'autres clients à gérer.

Maison Perrin
""")

o = new_oid()
add("tiovivo-insulto", "tiovivo", "es", ["offensive"],
    "insulto al comprador",
    f"RE: Juguete roto {o}", irt=True,
    text="""Mire, el juguete llegó perfecto. Si su hijo lo ha roto en dos días no es culpa nuestra.
No sea tan imbécil y deje de escribirnos.

Juguetes Tiovivo
""")

o = new_oid()
add("brughiera-insulto", "brughiera", "it", ["offensive"],
    "insulto e volgarità verso il cliente",
    f"R: Caffè arrivato in ritardo {o}", irt=True,
    text="""Senta, il ritardo è colpa del corriere, non nostra. Smetta di rompere le palle con questi
messaggi, cretino.

Torrefazione Brughiera
""")

o = new_oid()
add("yamamoto-bakayarou", "yamamoto", "ja", ["offensive"],
    "購入者への暴言",
    f"Re: 不良品です {o}", irt=True, text="""お客様

使い方が間違っているだけです。説明書も読めないのですか？バカじゃないですか。
二度と連絡してこないでください。

山本工具店
""")

o = new_oid()
add("bartek-obelga", "bartek", "pl", ["offensive"],
    "obraza kupującego",
    f"Odp: Garnek przypalony {o}", irt=True, text="""Proszę Pana,

garnek przypalił Pan sam, bo gotował Pan na pustym. Trzeba być idiotą, żeby tak zrobić.

Kuchnia Bartek
""")

# --------------------------------------------------------------------------- violations: [Important]

o = new_oid()
add("quill-important-review", "quill", "en", ["important_tag"],
    "[Important] on a neutral review request",
    f"[Important] Your review of order {o}", text=f"""Hi Lena,

If you have a moment, we'd love an honest review of your fountain pen (order {o}).

Ben
""")

o = new_oid()
add("penrose-important-invoice", "penrose", "en", ["important_tag"],
    "[Important] on an invoice message (not needed to complete the order), PDF invoice",
    f"Your invoice for order {o} [Important]", text=f"""Dear Mr Shaw,

Please find the VAT invoice for your order {o} attached.

Kind regards,
Penrose Tea Co.
""", atts=(att_pdf("invoice-PT-2025-0331.pdf", f"VAT invoice order {o}"),))

o = new_oid()
add("klingen-important-versandbestaetigung", "klingen", "de", ["important_tag", "unpermitted_proactive"],
    "[Important] auf einer reinen Versandbestätigung",
    f"[Important] Ihre Bestellung {o} wurde versandt", text=f"""Hallo Herr Koch,

Ihre Bestellung {o} wurde heute versandt. Sendungsnummer: 00340434161094042558 (DHL).

Klingenwerk Solingen
""")

o = new_oid()
add("yamamoto-important-new-product", "yamamoto", "ja", ["important_tag", "marketing"],
    "[Important] を新商品の案内に使用",
    f"[Important] 新商品のご案内（ご注文 {o} のお客様へ）", text=f"""前田様

先日はご注文（{o}）ありがとうございました。
この度、新商品「匠シリーズ 両刃鋸」を発売いたしました。当店のAmazonストアにてぜひご覧ください。

山本工具店
""")

o = new_oid()
add("perrin-important-avis", "perrin", "fr", ["important_tag"],
    "[IMPORTANT] sur une demande d'avis neutre",
    f"[IMPORTANT] Votre avis sur la commande {o}", text=f"""Bonjour Madame Girard,

Si vous avez un moment, votre avis sur le matelas à langer (commande {o}) nous aiderait beaucoup.

Maison Perrin
""")

o = new_oid()
add("albaran-important-lowercase", "albaran", "es", ["important_tag"],
    "[important] en minúsculas en una petición neutral de valoración",
    f"Pedido {o} [important]", text=f"""Estimada Sra. Herrera:

Si tiene un momento, nos ayudaría su valoración como vendedor por el pedido {o}.

Cerámica Albarán
""")

# --------------------------------------------------------------------------- violations: missing order id

add("kestrel-no-oid-question", "kestrel", "en", ["missing_order_id"],
    "proactive question about a custom case with no order id anywhere",
    "A question about your custom case", text="""Hi Morgan,

For the photo case you ordered, the image you uploaded is quite low resolution. Do you have a larger
version of it? Otherwise we can print it as is.

Dana
""")

add("voltrad-rechnung-ohne-bestellnummer", "voltrad", "de", ["missing_order_id"],
    "proaktive Rechnung nur mit Rechnungsnummer, ohne Bestellnummer",
    "Ihre Rechnung RE-2025-02231", text="""Hallo Herr Keller,

anbei Ihre Rechnung RE-2025-02231 für den Gepäckträger.

Voltrad Teile
""", atts=(att_pdf("RE-2025-02231.pdf"),))

add("sakura-no-oid-asin-only", "sakura", "ja", ["missing_order_id"],
    "ASINのみで注文番号のないプロアクティブなメッセージ",
    "ご注文商品について", text=f"""藤田様

ご注文いただいた化粧水（ASIN: {asin()}）は、パッケージのデザインが新しくなっております。
中身は同じですのでご安心ください。

桜肌コスメ
""")

add("tiovivo-no-oid", "tiovivo", "es", ["missing_order_id"],
    "mensaje proactivo sobre la dirección sin número de pedido",
    "Sobre la dirección de entrega", text="""Hola Sra. Domínguez:

En la dirección de su pedido falta el piso y la puerta. ¿Nos los puede indicar para que el
repartidor pueda entregar el paquete?

Juguetes Tiovivo
""")

add("coral-mistyped-oid", "coral", "en", ["missing_order_id", "unpermitted_proactive"],
    "proactive backorder (out-of-stock) notice whose only order reference is mistyped (3-6-7 digits)",
    "About your order 305-123456-7654321", text="""Hi Amber,

The kickboard in your order 305-123456-7654321 is on backorder for one more week; we'll send it as
soon as it lands and you don't need to do anything.

Mia
""")

add("brughiera-no-oid-recensione", "brughiera", "it", ["missing_order_id"],
    "richiesta di recensione proattiva senza numero d'ordine",
    "Le è piaciuto il nostro caffè?", text="""Gentile Sig. Marchetti,

se ha un minuto, una recensione sincera del caffè che ha acquistato ci farebbe molto piacere.

Matteo – Torrefazione Brughiera
""")

# ------------------------------------------------------------------------- violations: unpermitted proactive

o = new_oid()
add("kestrel-order-confirmation", "kestrel", "en", ["unpermitted_proactive"],
    "order confirmation only",
    f"We've received your order {o}", text=f"""Hi Ethan,

Thanks for your order {o}! We've received it and it will ship within 1-2 business days.

Kestrel Case Co.
""")

o = new_oid()
add("brightwell-shipping-confirmation", "brightwell", "en", ["unpermitted_proactive"],
    "shipping confirmation only, with tracking",
    f"Your order {o} has shipped!", text=f"""Hi Julia,

Good news - your order {o} is on its way. USPS tracking: 9400 1118 9922 3857 4410 31.

Brightwell Pet Supply
""")

o = new_oid()
add("quill-ticket-received-autoack", "quill", "en", ["unpermitted_proactive"],
    "helpdesk auto-acknowledgement sent proactively ('Ticket Received -' is not a reply prefix)",
    f"Ticket Received - order {o}", text=f"""Hello,

Thanks for contacting Quillfield Paper Goods about order {o}. Your request (#48812) has been received
and one of our team will get back to you within 24 hours.

This is an automated message.
""")

o = new_oid()
add("perrin-merci-seulement", "perrin", "fr", ["unpermitted_proactive"],
    "message de remerciement uniquement",
    f"Merci pour votre commande {o}", text=f"""Bonjour Madame Petit,

Toute l'équipe de Maison Perrin vous remercie chaleureusement pour votre commande {o}.

À bientôt,
Élodie
""")

o = new_oid()
add("albaran-aqui-para-ayudar", "albaran", "es", ["unpermitted_proactive"],
    "solo 'estamos aquí para ayudarle'",
    f"Pedido {o}", text=f"""Estimado Sr. Santos:

Le recordamos que estamos aquí para ayudarle con cualquier duda sobre su pedido {o}. No dude en
escribirnos.

Cerámica Albarán
""")

o = new_oid()
add("brughiera-esaurito", "brughiera", "it", ["unpermitted_proactive"],
    "avviso di prodotto esaurito",
    f"Ordine {o} - prodotto esaurito", text=f"""Gentile Sig.ra Barbieri,

la informiamo che la miscela Gran Crema del suo ordine {o} è al momento esaurita. La spediremo
appena torna disponibile.

Torrefazione Brughiera
""")

o = new_oid()
add("sakura-arigatou-only", "sakura", "ja", ["unpermitted_proactive"],
    "お礼のみのメッセージ",
    f"ご購入ありがとうございます（注文番号 {o}）", text="""長谷川様

このたびは桜肌コスメをご利用いただき、誠にありがとうございました。
スタッフ一同、心より感謝申し上げます。

桜肌コスメ
""")

o = new_oid()
add("fjall-tack-only", "fjall", "sv", ["unpermitted_proactive"],
    "endast ett tackmeddelande",
    f"Tack för din beställning {o}", text=f"""Hej Maja,

Stort tack för att du handlade hos Fjällspår Outdoor (order {o})! Vi uppskattar det verkligen.

Elin
""")

o = new_oid()
add("klingen-danke-only", "klingen", "de", ["unpermitted_proactive"],
    "reine Dankesnachricht",
    f"Danke für Ihren Einkauf – {o}", text=f"""Hallo Frau Braun,

vielen Dank, dass Sie bei Klingenwerk Solingen eingekauft haben (Bestellung {o}). Wir wünschen Ihnen
viel Freude beim Kochen!

Dirk Hoppe
""")


# =========================================================================== build


def build(spec: dict, n: int) -> bytes:
    name, addr, _tld = SELLERS[spec["seller"]]
    domain = addr.split("@")[1]
    msg = EmailMessage()
    msg["From"] = email.headerregistry.Address(display_name=name, addr_spec=addr)
    msg["To"] = spec["to"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(T0 + dt.timedelta(hours=5 * n, minutes=7 * n % 60))
    msg["Message-ID"] = f"<hd2.{n:04d}.{RNG.randrange(10**8, 10**9)}@{domain}>"
    if spec["irt"]:
        sid = ses_id()
        msg["In-Reply-To"] = sid
        msg["References"] = sid
    for k, v in spec["headers"].items():
        msg[k] = v
    text, html = spec["text"], spec["html"]
    if text is not None:
        msg.set_content(text, charset=spec["charset"], cte=spec["cte"])
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8")
    else:
        msg.set_content(html, subtype="html", charset="utf-8")
    if spec["inline"]:
        hpart = msg.get_payload()[1] if msg.is_multipart() else msg
        for cid, maint, subt, data in spec["inline"]:
            hpart.add_related(data, maint, subt, cid=f"<{cid}>", disposition="inline",
                              filename=cid.split("@")[0] if "." in cid else f"{cid.split('@')[0]}.{subt}")
    for fname, maint, subt, data in spec["atts"]:
        msg.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    random.seed(1000 + n)  # MIME boundaries come from the random module
    linesep = "\r\n" if spec["crlf"] else "\n"
    return msg.as_bytes(policy=msg.policy.clone(linesep=linesep))


def all_text(m: email.message.EmailMessage) -> str:
    out = [str(m["Subject"] or "")]
    for part in m.walk():
        if part.get_content_maintype() == "text":
            with contextlib.suppress(LookupError, UnicodeError):
                out.append(part.get_content())
    return "\n".join(out)


def main() -> int:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(SPECS)))
    random.Random(4242).shuffle(order)
    pos = {idx: k + 1 for k, idx in enumerate(order)}
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(SPECS):
        if s["group"]:
            groups.setdefault(s["group"], []).append(i)
    for members in groups.values():
        nums = sorted(pos[i] for i in members)
        for i, num in zip(members, nums, strict=True):
            pos[i] = num
    rows = []
    for i in sorted(range(len(SPECS)), key=lambda j: pos[j]):
        s = SPECS[i]
        n = pos[i]
        fname = f"msgs/{n:04d}-{s['slug']}.eml"
        data = build(s, n)
        (HERE / fname).write_bytes(data)
        kind = "reply" if (s["irt"] or REPLY_PREFIX.match(s["subject"])) else "proactive"
        rows.append({"file": fname, "categories": s["cats"], "lang": s["lang"], "kind": kind,
                     "note": s["note"]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return check(rows)


def check(rows: list[dict]) -> int:
    errors = []
    seen: dict[str, list[str]] = {}
    group_of = {f"{s['slug']}": s["group"] for s in SPECS}
    total = 0
    slugs = set()
    for r in rows:
        raw = (HERE / r["file"]).read_bytes()
        total += len(raw)
        slug = r["file"][10:-4]
        assert slug not in slugs, slug
        slugs.add(slug)
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for part in m.walk():
            if part.defects:
                errors.append(f"{r['file']}: defects {part.defects}")
        subj = str(m["Subject"])
        is_reply = bool(m["In-Reply-To"] or m["References"] or REPLY_PREFIX.match(subj))
        if (r["kind"] == "reply") != is_reply:
            errors.append(f"{r['file']}: kind mismatch")
        txt = all_text(m)
        oids = set(OID.findall(txt))
        if r["kind"] == "proactive":
            if "missing_order_id" in r["categories"] and oids:
                errors.append(f"{r['file']}: missing_order_id but has {oids}")
            if "missing_order_id" not in r["categories"] and not oids:
                errors.append(f"{r['file']}: proactive without order id")
        elif {"missing_order_id", "unpermitted_proactive"} & set(r["categories"]):
            errors.append(f"{r['file']}: proactive-only category on a reply")
        for oid in oids:
            seen.setdefault(oid, []).append(slug)
        if r["categories"] != [c for c in CATS if c in r["categories"]]:
            errors.append(f"{r['file']}: categories out of order")
    for oid, where in seen.items():
        if len(where) > 1 and len({group_of[w] for w in where} | {None}) != 2:
            errors.append(f"order id {oid} shared by {where}")
    if total > 3 * 1024 * 1024:
        errors.append(f"msgs/ too large: {total}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"{len(rows)} messages, {total} bytes, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

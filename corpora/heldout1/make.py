#!/usr/bin/env python3
"""Held-out test set for bsm-guard: writes msgs/NNNN-slug.eml and labels.jsonl.

Independent of the development corpus (written without reading it or the detectors).
Python 3.11 standard library only, deterministic: every run writes the same bytes.

    python3 make.py          # (re)writes msgs/ and labels.jsonl next to this script

Labels follow /work/shared/POLICY.md and the corpus labelling conventions.
Messages are meant to be checked in file order with one repeat-request ledger.
"""
from __future__ import annotations

import datetime as _dt
import email.policy
import hashlib
import html as _html
import io
import json
import re
import struct
import sys
import zipfile
import zlib
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSGS = HERE / "msgs"

CATS = ["external_link", "contact_email", "contact_phone", "contact_other",
        "review_incentive", "review_manipulation", "feedback_removal", "repeat_request",
        "marketing", "opt_out", "tracking_pixel", "attachment", "styling", "offensive",
        "important_tag", "missing_order_id", "unpermitted_proactive"]
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
REPLY_RE = re.compile(r"^\s*(\[[^\]]*\]\s*)?(re|aw|r|sv|odp|wg|tr)\s*:", re.I)


def h(s: str, n: int = 16) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def digits(s: str, n: int) -> str:
    v = int(hashlib.sha256(s.encode()).hexdigest(), 16)
    return str(v)[-n:].rjust(n, "0")


# ---------------------------------------------------------------- sellers
# key: (display name, from address, amazon tld, agent, first block of order ids)
SELLERS = {
    "brightwell": ("Brightwell Home", "support@brightwell-home.example", "com", "Dana", "112"),
    "kestrel": ("Kestrel Outdoor Ltd", "care@kestrel-outdoor.example", "co.uk", "Owen", "203"),
    "greyhound": ("Greyhound Audio", "help@greyhound-audio.example", "co.uk", "Priya", "206"),
    "pixelforge": ("PixelForge Gaming", "support@pixelforge.example", "com", "Tyler", "113"),
    "tidewater": ("Tidewater Pet Supply", "service@tidewaterpets.example", "com", "Marcus", "114"),
    "maple": ("Maple & Pine Crafts", "hello@mapleandpine.example", "ca", "Chloe", "702"),
    "luna": ("Luna Baby Co", "care@lunababy.example", "com", "Rosa", "111"),
    "harbor": ("Harbor Lane Furniture", "orders@harborlane.example", "com", "Kevin", "113"),
    "nordlicht": ("Nordlicht Technik GmbH", "service@nordlicht-technik.example", "de", "Jana Weber", "302"),
    "hausfreund": ("Hausfreund24", "kundenservice@hausfreund24.example", "de", "Stefan", "304"),
    "sauge": ("Atelier Sauge", "contact@atelier-sauge.example", "fr", "Camille", "402"),
    "lumiere": ("Lumière & Fil", "sav@lumiere-fil.example", "fr", "Julien", "405"),
    "olivar": ("Casa Olivar", "atencion@casaolivar.example", "es", "Lucía", "406"),
    "rutaverde": ("Ruta Verde", "soporte@rutaverde.example", "com.mx", "Diego", "701"),
    "ferri": ("Bottega Ferri", "assistenza@bottegaferri.example", "it", "Marco", "403"),
    "officina": ("Officina Verde", "clienti@officinaverde.example", "it", "Giulia", "404"),
    "sakura": ("さくら雑貨", "support@sakura-zakka.example", "co.jp", "佐藤", "503"),
    "kobo": ("工房キッチン", "info@kobo-kitchen.example", "co.jp", "田中", "249"),
    "vandijk": ("Van Dijk Fietsen", "klantenservice@vandijkfietsen.example", "nl", "Sanne", "407"),
    "polna": ("Polna Ceramika", "sklep@polnaceramika.example", "pl", "Katarzyna", "408"),
    "fjall": ("Fjällgården", "kundtjanst@fjallgarden.example", "se", "Erik", "409"),
}

BUYERS = ["Emma Clarke", "James Whitfield", "Sophie Turner", "Daniel Brooks", "Olivia Grant",
          "Lukas Becker", "Anna Schmitt", "Claire Dubois", "Thomas Moreau", "Lucía Fernández",
          "Javier Ortega", "Giulia Romano", "Luca Bianchi", "Mark Ellis",
          "Hannah Pike", "Noah Fischer", "Marie Laurent", "Pablo Ruiz", "Chiara Conti",
          "Daan de Vries", "Zofia Nowak", "Linnea Berg", "Grace O'Neill", "Ryan Patel"]

_used_orders: dict[str, str] = {}


def order_id(seller: str, tag: str) -> str:
    first = SELLERS[seller][4]
    oid = f"{first}-{digits(tag + 'a', 7)}-{digits(tag + 'b', 7)}"
    assert oid not in _used_orders.values(), tag
    _used_orders[tag] = oid
    return oid


def asin(tag: str) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    v = int(hashlib.sha256(("asin" + tag).encode()).hexdigest(), 16)
    s = ""
    for _ in range(8):
        s += al[v % len(al)]
        v //= len(al)
    return "B0" + s


def relay(tag: str, tld: str) -> str:
    al = "abcdefghijklmnopqrstuvwxyz0123456789"
    v = int(hashlib.sha256(("relay" + tag).encode()).hexdigest(), 16)
    s = ""
    for _ in range(15):
        s += al[v % len(al)]
        v //= len(al)
    return f"{s}@marketplace.amazon.{tld}"


# ---------------------------------------------------------------- attachment bytes
def pdf_bytes(text: str, pad: int = 0) -> bytes:
    """A small valid one-page PDF; `pad` adds a stream of that many bytes."""
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = f"BT /F1 12 Tf 72 760 Td ({safe}) Tj ET".encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if pad:
        blob = (b"0123456789abcdef" * (pad // 16 + 1))[:pad]
        objs.append(b"<< /Length %d >>\nstream\n" % len(blob) + blob + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def png_bytes(w: int, h_: int, seed: str) -> bytes:
    base = [int(x, 16) for x in (h(seed, 6)[0:2], h(seed, 6)[2:4], h(seed, 6)[4:6])]
    raw = bytearray()
    for y in range(h_):
        raw.append(0)
        for x in range(w):
            raw += bytes(((base[0] + x * 3) & 255, (base[1] + y * 3) & 255, (base[2] + x + y) & 255))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def jpeg_bytes(w: int, h_: int, seed: str) -> bytes:
    """Baseline greyscale JFIF: each 8x8 block flat (DC only), a blocky real image."""
    assert w % 8 == 0 and h_ % 8 == 0
    dc_bits = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    dc_vals = list(range(12))
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(dc_bits[length - 1]):
            codes[dc_vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    bits: list[int] = []

    def put(v: int, n: int) -> None:
        for i in range(n - 1, -1, -1):
            bits.append((v >> i) & 1)

    prev = 0
    sv = int(h(seed, 8), 16)
    for by in range(h_ // 8):
        for bx in range(w // 8):
            val = ((sv >> ((bx + by) % 24)) + bx * 9 + by * 5) % 200 + 28
            dc = val - 128
            diff = dc - prev
            prev = dc
            cat = 0 if diff == 0 else abs(diff).bit_length()
            c, l = codes[cat]
            put(c, l)
            if cat:
                put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
            put(0, 1)  # EOB (the AC table's only code, "0")
    while len(bits) % 8:
        bits.append(1)
    data = bytearray()
    for i in range(0, len(bits), 8):
        b = int("".join(map(str, bits[i:i + 8])), 2)
        data.append(b)
        if b == 0xFF:
            data.append(0)

    def seg(marker: int, payload: bytes) -> bytes:
        return struct.pack(">HH", marker, len(payload) + 2) + payload

    out = b"\xff\xd8"
    out += seg(0xFFE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += seg(0xFFDB, b"\x00" + bytes([8] * 64))
    out += seg(0xFFC0, struct.pack(">BHHB", 8, h_, w, 1) + b"\x01\x11\x00")
    out += seg(0xFFC4, b"\x00" + bytes(dc_bits) + bytes(dc_vals))
    out += seg(0xFFC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xFFDA, b"\x01\x01\x00\x00\x3f\x00")
    return out + bytes(data) + b"\xff\xd9"


def zip_bytes(files: dict[str, bytes]) -> bytes:
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def exe_bytes(tag: str) -> bytes:
    dos = bytearray(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43)
    dos += struct.pack("<I", 0x80)
    dos += b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$"
    dos = dos.ljust(0x80, b"\x00")
    pe = b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x14C, 1, 0x67C2A000, 0, 0, 0xE0, 0x0102)
    return bytes(dos) + pe + tag.encode() + b"\x00" * 400


def xlsx_bytes() -> bytes:
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tailles" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>Taille</t></is></c><c r="B1" t="inlineStr"><is><t>Tour de poitrine (cm)</t></is></c></row>'
             '<row r="2"><c r="A2" t="inlineStr"><is><t>M</t></is></c><c r="B2"><v>96</v></c></row></sheetData></worksheet>')
    return zip_bytes({"[Content_Types].xml": ct.encode(), "_rels/.rels": rels.encode(),
                      "xl/workbook.xml": wb.encode(), "xl/_rels/workbook.xml.rels": wbrels.encode(),
                      "xl/worksheets/sheet1.xml": sheet.encode()})


def mp4_bytes() -> bytes:
    ftyp = b"ftypisom" + struct.pack(">I", 0x200) + b"isomiso2avc1mp41"
    ftyp = struct.pack(">I", len(ftyp) + 4) + ftyp
    mdat = b"mdat" + bytes(range(256)) * 8
    return ftyp + struct.pack(">I", len(mdat) + 4) + mdat


def ics_bytes(oid: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hausfreund24//Lieferplanung//DE\r\n"
            "BEGIN:VEVENT\r\nUID:" + h(oid) + "@hausfreund24.example\r\nDTSTAMP:20250303T090000Z\r\n"
            "DTSTART:20250312T070000Z\r\nDTEND:20250312T110000Z\r\nSUMMARY:Lieferung Bestellung "
            + oid + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


# ---------------------------------------------------------------- quoting
AMZ = {
    "en": ("------------- Message: -------------", "------------- End message -------------",
           "Order ID", "You have received a message"),
    "de": ("------------- Nachricht: -------------", "------------- Ende der Nachricht -------------",
           "Bestellnummer", "Sie haben eine Nachricht erhalten"),
    "fr": ("------------- Message : -------------", "------------- Fin du message -------------",
           "Numéro de commande", "Vous avez reçu un message"),
    "es": ("------------- Mensaje: -------------", "------------- Fin del mensaje -------------",
           "Número de pedido", "Ha recibido un mensaje"),
    "it": ("------------- Messaggio: -------------", "------------- Fine messaggio -------------",
           "Numero ordine", "Hai ricevuto un messaggio"),
    "ja": ("------------- メッセージ: -------------", "------------- メッセージ終了 -------------",
           "注文番号", "メッセージが届きました"),
    "nl": ("------------- Bericht: -------------", "------------- Einde bericht -------------",
           "Bestelnummer", "U hebt een bericht ontvangen"),
    "pl": ("------------- Wiadomość: -------------", "------------- Koniec wiadomości -------------",
           "Numer zamówienia", "Otrzymano wiadomość"),
    "sv": ("------------- Meddelande: -------------", "------------- Slut på meddelandet -------------",
           "Ordernummer", "Du har fått ett meddelande"),
}
WROTE = {
    "en": "On Mon, 3 Mar 2025 at 14:02, {b} - Amazon Marketplace <{r}> wrote:",
    "de": "Am 03.03.2025 um 14:02 schrieb {b} - Amazon Marketplace <{r}>:",
    "fr": "Le lun. 3 mars 2025 à 14:02, {b} - Amazon Marketplace <{r}> a écrit :",
    "es": "El lun, 3 mar 2025 a las 14:02, {b} - Amazon Marketplace (<{r}>) escribió:",
    "it": "Il giorno lun 3 mar 2025 alle ore 14:02 {b} - Amazon Marketplace <{r}> ha scritto:",
    "ja": "2025年3月3日(月) 14:02 {b} - Amazon Marketplace <{r}>:",
    "nl": "Op ma 3 mrt 2025 om 14:02 schreef {b} - Amazon Marketplace <{r}>:",
    "pl": "W dniu 3.03.2025 o 14:02, {b} - Amazon Marketplace <{r}> pisze:",
    "sv": "Den mån 3 mars 2025 kl 14:02 skrev {b} - Amazon Marketplace <{r}>:",
}


def amazon_block(c: "Case", buyer_msg: str) -> str:
    start, end, oidl, recv = AMZ[c.lang]
    tld = SELLERS[c.seller][2]
    tok = h(c.slug + "tok", 14).upper()
    return (f"{recv}:\n\n{oidl}: {c.oid}\n1 x {c.product} [ASIN: {c.asin}]\n\n{start}\n\n"
            f"{buyer_msg.strip()}\n\n{end}\n\n"
            f"Was this email helpful? https://sellercentral.amazon.{tld}/gp/communication-manager/"
            f"feedback.html?tok={tok.lower()}\n\n[commMgrTok:{tok}]")


def quote_text(c: "Case", style: str) -> str:
    block = amazon_block(c, c.buyer_msg)
    if style == "gmail":
        head = WROTE[c.lang].format(b=c.buyer, r=c.relay)
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in block.split("\n"))
    if style == "outlook":
        return ("\n________________________________\n"
                f"From: {c.buyer} - Amazon Marketplace <{c.relay}>\n"
                "Sent: Monday, March 3, 2025 2:02 PM\n"
                f"To: {SELLERS[c.seller][0]} Customer Service\n"
                f"Subject: {c.orig_subject}\n\n" + block)
    if style == "plain":  # helpdesk history without prefixes
        return "--- Previous message ---\n" + block
    raise ValueError(style)


def text_to_html(text: str) -> str:
    out = []
    for para in text.strip("\n").split("\n\n"):
        esc = _html.escape(para)
        esc = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', esc)
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- cases
class Case:
    def __init__(self, slug, seller, lang, cats, note, subject, body, *, kind="proactive",
                 html=None, fmt="text", quote=None, buyer_msg="", orig_subject=None,
                 irt=None, subj_prefix=None, atts=(), inline=(), headers=(), charset="utf-8",
                 cte=None, crlf=False, oid=None, product="", pair=None, buyer=None,
                 with_oid=True):
        self.slug, self.seller, self.lang, self.cats, self.note = slug, seller, lang, list(cats), note
        self.subject, self.body, self.kind, self.html, self.fmt = subject, body, kind, html, fmt
        self.quote, self.buyer_msg, self.atts, self.inline = quote, buyer_msg, list(atts), list(inline)
        self.headers, self.charset, self.cte, self.crlf = list(headers), charset, cte, crlf
        self.irt = irt if irt is not None else (kind == "reply" and not subj_prefix == "only")
        self.subj_prefix = subj_prefix
        self.product, self.pair = product or "Item", pair
        tag = pair or slug
        self.oid = oid or (order_id(seller, tag) if (with_oid and tag not in _used_orders)
                           else _used_orders.get(tag) if with_oid else None)
        if self.oid is None:
            self.oid = f"{SELLERS[seller][4]}-{digits(slug + 'x', 7)}-{digits(slug + 'y', 7)}"
        self.asin = asin(tag)
        self.buyer = buyer or BUYERS[int(h(tag, 4), 16) % len(BUYERS)]
        if lang == "ja" and buyer is None:
            self.buyer = ["鈴木 花子", "高橋 健", "山本 美咲", "伊藤 翔"][int(h(tag, 4), 16) % 4]
        self.relay = relay(tag, SELLERS[seller][2])
        self.orig_subject = orig_subject or subject

    def fill(self, s: str) -> str:
        first = self.buyer.split()[0] if self.lang != "ja" else self.buyer.split()[0]
        rep = {"⟪O⟫": self.oid, "⟪A⟫": self.asin, "⟪R⟫": self.relay, "⟪N⟫": first,
               "⟪P⟫": self.product, "⟪AG⟫": SELLERS[self.seller][3], "⟪S⟫": SELLERS[self.seller][0],
               "⟪RID⟫": self.relay.split("@")[0]}
        if "⟪Q⟫" in s:
            rep["⟪Q⟫"] = quote_text(self, self.quote) if self.quote else ""
        for k, v in rep.items():
            s = s.replace(k, v)
        return s


CASES: list[Case] = []


def add(*a, **k) -> Case:
    c = Case(*a, **k)
    CASES.append(c)
    return c


EL, CE, CP, CO = "external_link", "contact_email", "contact_phone", "contact_other"
RI, RM, FR, RR = "review_incentive", "review_manipulation", "feedback_removal", "repeat_request"
MK, OO, TP, AT = "marketing", "opt_out", "tracking_pixel", "attachment"
ST, OF, IT, MO, UP = "styling", "offensive", "important_tag", "missing_order_id", "unpermitted_proactive"


def PDF(name, text, pad=0):
    return (name, "application", "pdf", pdf_bytes(text, pad))


def JPG(name, seed, w=64, h_=48):
    return (name, "image", "jpeg", jpeg_bytes(w, h_, seed))


def PNG(name, seed, w=40, h_=30):
    return (name, "image", "png", png_bytes(w, h_, seed))


# ======================================================================== English, compliant
add("ups-spaced-tracking-delivery-window", "brightwell", "en", [],
    "UPS tracking number in spaced groups, order id, delivery window; gmail-style quote",
    "Re: Where is my order?", """Hi ⟪N⟫,

Thanks for getting in touch. Your blender left our Ohio warehouse yesterday and UPS now has it.
The UPS tracking number is 1Z 4F6 W21 03 8841 2957, and their current estimate is Thursday,
March 6, between 10:30 am and 2:30 pm.

Your order ⟪O⟫ is showing as "in transit" on your Amazon order page as well, so the two should
match from here on.

Best wishes,
Dana
Brightwell Home Customer Care

⟪Q⟫""", kind="reply", quote="gmail", product="Brightwell ProBlend 1200 Blender",
    buyer_msg="Hi, my blender was supposed to arrive yesterday. Any news?", cte="7bit")

add("usps-tracking-html-order-history-link", "tidewater", "en", [],
    "USPS 22-digit tracking number in groups of four, https Amazon order-history link, HTML blockquote",
    "Re: Cat tree not delivered", """Hello ⟪N⟫,

I checked with USPS this morning. Your parcel is at the Columbus distribution center and is
scheduled for delivery tomorrow. The tracking number is 9400 1118 9922 3456 7812 34.

You can also follow it from Your Orders: https://www.amazon.com/gp/css/order-history?ref_=nav_orders_first

Kind regards,
Marcus, Tidewater Pet Supply""", kind="reply", fmt="alt", quote="html", product="Tidewater 5-Level Cat Tree",
    buyer_msg="The cat tree still hasn't come and the tracking page hasn't changed for 3 days.")

add("royal-mail-delay-sussex-proactive", "kestrel", "en", [],
    "proactive delay notice with order id; Royal Mail tracking number AB123456789GB form; 'Sussex' depot",
    "Delay with your order ⟪O⟫", """Dear ⟪N⟫,

I'm sorry to say your trekking poles (order ⟪O⟫) have been held up at the Royal Mail depot
in East Sussex after a sorting fault over the weekend. Royal Mail have told us the parcel
will move again on Wednesday 5 March.

Royal Mail tracking number: JX 4827 1593 6GB

If it has not reached you by Friday 7 March, just reply here and we'll send a replacement
straight away.

Kind regards,
Owen
Kestrel Outdoor""", product="Kestrel Carbon Trekking Poles (pair)", charset="iso-8859-1")

add("evri-dpd-scunthorpe-return-address", "kestrel", "en", [],
    "Evri and DPD tracking numbers, return address with Scunthorpe postcode, RMA number",
    "Re: Wrong size sleeping bag", """Hello ⟪N⟫,

No problem at all, we'll swap the sleeping bag for the long version.

1. Please post the regular-length bag back to:
   Kestrel Outdoor Returns, Unit 7, Brigg Road Trading Estate, Scunthorpe DN16 1XX
   Quote RMA-2503-0417 on the parcel.
2. The long version went out today with DPD, tracking number 1550 2739 4410 86.
3. When the return is scanned, Evri will show it under parcel number H01DXA0062517389.

The return postage is on us; the prepaid label is in your Amazon returns page.

Cheers,
Owen, Kestrel Outdoor""", kind="reply", quote="plain", product="Kestrel Arctic 3-Season Sleeping Bag",
    buyer_msg="I ordered the regular size but I'm 6'3\" and it's too short. Can I swap it?")

add("refund-then-neutral-feedback-update", "greyhound", "en", [],
    "full refund after a fault; neutral 'you can update your feedback if you wish, entirely up to you'",
    "Re: Earbuds stopped charging", """Hi ⟪N⟫,

I'm really sorry the left earbud stopped charging after two weeks. I've refunded the full
£49.99 to your original payment method today; depending on your bank it can take 3-5
working days to appear. There's no need to send the earbuds back.

I noticed you'd left feedback about this earlier. If you feel the way we handled it changes
anything, you're welcome to update it, but that is entirely up to you and no problem either way.

All the best,
Priya
Greyhound Audio""", kind="reply", quote="gmail", product="Greyhound Pulse TWS Earbuds",
    buyer_msg="Left earbud won't charge any more. Not impressed, I left feedback about it.")

add("pair-a-first-review-request", "brightwell", "en", [],
    "first (clean) product-review request for this order; the later pair-a message is the repeat",
    "Your Brightwell order ⟪O⟫", """Hello ⟪N⟫,

We hope the cast-iron skillet from order ⟪O⟫ is settling in well in your kitchen.

If you have a moment, we would appreciate a review of the product on Amazon. You can write one here:
https://www.amazon.com/review/create-review?asin=⟪A⟫

Thank you,
Dana at Brightwell Home""", product="Brightwell 12-inch Cast Iron Skillet", pair="pair-a")

add("pair-b-first-seller-feedback", "kestrel", "en", [],
    "first (clean) seller-feedback request for this order; pair-b's later product-review request is the repeat",
    "Order ⟪O⟫ - how did we do?", """Hi ⟪N⟫,

Your tent should have arrived last week. When you get a minute, we'd be grateful for your
seller feedback on this order. It helps other buyers and helps us improve:
https://www.amazon.co.uk/hz/feedback

Thanks for shopping with Kestrel Outdoor.
Owen""", product="Kestrel Ridgeline 2-Person Tent", pair="pair-b")

add("headset-firmware-serial-ean-whatsapp-desktop", "greyhound", "en", [],
    "product question answered: firmware 2.1.4, model number, serial number, EAN, Bluetooth 5.3; messenger apps as product features",
    "Re: Does the headset work with my laptop?", """Hi ⟪N⟫,

Good question. The GA-220 headset works with Windows and macOS over USB-C or Bluetooth 5.3.
It's compatible with WhatsApp Desktop, Zoom, Skype and Microsoft Teams; the mute button syncs
with Teams once you're on firmware 2.1.4 or later.

To check your firmware, open Settings > About in the Greyhound Connect app. The unit on your
box label would be serial number GA22-0048-7731-09, EAN 5060123456789, if you want to
compare it with the one you received.

Hope that helps!
Priya""", kind="reply", quote="plain", product="Greyhound GA-220 Wireless Headset",
    buyer_msg="Will this headset work with my work laptop for Teams calls and WhatsApp Desktop?")

add("invoice-pdf-cid-logo-vat", "greyhound", "en", [],
    "invoice PDF attachment, unlinked inline cid: logo, invoice number, VAT registration number",
    "Re: VAT invoice please", "", kind="reply", fmt="html", quote="html",
    product="Greyhound Studio Monitor Speakers",
    buyer_msg="Could you send me a VAT invoice for my company records please?",
    html="""<html><body>
<p><img src="cid:greyhound-logo@greyhound-audio" alt="Greyhound Audio" width="160" height="40"></p>
<p>Dear ⟪N⟫,</p>
<p>Please find attached VAT invoice INV-2025-000418 for order ⟪O⟫ (2 x studio monitors,
£239.98 including VAT of £40.00). Our VAT registration number GB123456789 is printed on the invoice.</p>
<p>Kind regards,<br>Priya<br>Greyhound Audio Accounts</p>
⟪QH⟫
</body></html>""",
    atts=[PDF("INV-2025-000418.pdf", "Invoice INV-2025-000418 Greyhound Audio")],
    inline=[("greyhound-logo@greyhound-audio", "image", "png", png_bytes(40, 10, "greylogo"), "logo.png")])

add("important-delivery-scheduling-sofa", "harbor", "en", [],
    "[Important] correctly used for delivery scheduling; time slots, prices-free",
    "[Important] Delivery appointment for order ⟪O⟫", """Hello ⟪N⟫,

Your 3-seat sofa from order ⟪O⟫ ships by freight, and the carrier needs someone at home to
sign for it. They can offer these two-hour windows:

  - Tuesday 11 March, 8:00-10:00
  - Wednesday 12 March, 13:00-15:00
  - Friday 14 March, 10:00-12:00

Please reply with the slot that suits you (and whether there are stairs at the delivery
address) and we'll book it.

Thanks,
Kevin
Harbor Lane Furniture""", product="Harbor Lane Alder 3-Seat Sofa, Slate")

add("important-address-problem", "tidewater", "en", [],
    "[Important] correctly used for an address problem; ZIP code, apartment number question",
    "[Important] Address check needed for order ⟪O⟫", """Hi ⟪N⟫,

USPS returned the address on order ⟪O⟫ as incomplete: the building at 2150 Lakeview Drive,
Madison, WI 53704 has several units and no apartment number was given.

Could you reply with your unit number? We'll hold the parcel until we hear from you so it
doesn't bounce back.

Thanks,
Marcus""", product="Tidewater Orthopedic Dog Bed XL")

add("important-engraving-customisation", "maple", "en", [],
    "[IMPORTANT] correctly used for a customisation question",
    "[IMPORTANT] Engraving text for your order ⟪O⟫", """Hi ⟪N⟫,

Thanks for ordering the personalised maple cutting board (order ⟪O⟫). Before we engrave it,
please confirm the text. We received:

    "The Hendersons - Est. 2019"

Our engraver fits up to 28 characters on one line; yours is 27, so it fits. Just reply
"confirmed" or send any correction, and it goes on the laser tomorrow.

Chloe
Maple & Pine Crafts""", product="Personalised Maple Cutting Board")

add("outlook-replacement-dhl-express-waybill", "kestrel", "en", [],
    "Outlook plain-text reply with From:/Sent: quote block (relay address only, names in To:), DHL Express 10-digit tracking number",
    "RE: Tent pole snapped", """Dear ⟪N⟫,

Thank you for the photos. That pole section should never have snapped on the first pitch, so
we have sent a complete replacement pole set free of charge.

It is travelling with DHL Express; your tracking number is 4839201756, and DHL expect to
deliver it on Thursday 6 March before 18:00.

Kind regards,
Owen
Kestrel Outdoor Customer Care
⟪Q⟫""", kind="reply", quote="outlook", orig_subject="Tent pole snapped", product="Kestrel Ridgeline 3-Person Tent",
    buyer_msg="One of the poles snapped the first time I put the tent up. Photos attached.", crlf=True,
    charset="windows-1252", cte="quoted-printable")

add("trigger-substrings-gaming", "pixelforge", "en", [],
    "words containing trigger substrings: Assassin's Creed, cockpit, first-class, analysis, classic",
    "Re: Which bundle includes the game?", """Hey ⟪N⟫,

The "Deluxe" bundle is the one that includes Assassin's Creed Mirage (download code in the box).
The "Sim" bundle instead comes with the cockpit panel and throttle quadrant for flight games.

Both controllers use the same first-class hall-effect sticks; our drift analysis after 500
hours showed no measurable wear. The classic edition is discontinued, so the Deluxe is your
best bet.

Cheers,
Tyler
PixelForge Gaming Support""", kind="reply", quote="gmail", product="PixelForge Nova Controller",
    buyer_msg="Which of your bundles comes with Assassin's Creed? The listing is confusing.")

add("partial-refund-usd-prices", "harbor", "en", [],
    "unconditional partial refund resolving damage; prices in USD",
    "Re: Scratch on the table top", """Hi ⟪N⟫,

Sorry about the scratch on the table top. As you'd prefer to keep the table rather than wait
for a replacement, we've issued a partial refund of $150.00 against the $1,249.00 you paid.
It was processed today and should show within 3-5 business days.

If you change your mind, a full replacement is still available; just let us know.

Regards,
Kevin, Harbor Lane Furniture""", kind="reply", quote="gmail", product="Harbor Lane Oak Dining Table 180 cm",
    buyer_msg="The table arrived with a 10 cm scratch on the top. Not happy.")

add("two-blank-lines-jpeg-photo", "luna", "en", [],
    "exactly two blank lines in a row (allowed); JPEG photo attachment",
    "Re: Car seat base label", """Hi ⟪N⟫,

The photo below shows where the manufacturing date is printed on the base: it's the white
label under the recline handle, next to the model number LB-ISO-360.


If your label says 2024-11 or later, your base already has the updated latch.

Warmly,
Rosa
Luna Baby Co""", kind="reply", product="Luna 360 ISOFIX Car Seat Base",
    atts=[JPG("label-location.jpg", "lunalabel", 96, 64)], irt=False)

add("png-screenshot-amazon-help-link", "pixelforge", "en", [],
    "PNG screenshot attachment and https link to an Amazon help page",
    "Re: Return window question", """Hi ⟪N⟫,

I've attached a screenshot of the pairing menu, since that's usually the fix for the input lag
you describe.

About your question on the return window: Amazon's help page explains it well:
https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7

Tyler""", kind="reply", quote="plain", product="PixelForge Nova Controller",
    buyer_msg="How long do I have to return this? Also there is input lag on my PC.",
    atts=[PNG("pairing-menu.png", "pairmenu", 80, 50)])

add("return-label-rma-reno-address-proactive", "brightwell", "en", [],
    "proactive return instructions: RMA, return address with ZIP code, Amazon returns link, PDF label",
    "Return label for order ⟪O⟫", """Hello ⟪N⟫,

Following your return request for order ⟪O⟫ (stand mixer, dented bowl), here is what to do:

- Print the attached prepaid label (RMA-88213).
- Send the mixer to: Brightwell Home Returns, 4200 Industrial Way, Suite B, Reno, NV 89502.
- Your return will show in the Returns Center once it's scanned:
  https://www.amazon.com/gp/orc/returns/homepage.html

Your refund of $279.00 is issued as soon as the carrier scans the parcel.

Dana, Brightwell Home""", product="Brightwell 5.5 qt Stand Mixer",
    atts=[PDF("return-label-RMA-88213.pdf", "Return label RMA-88213")])

add("threatened-one-star-unconditional-refund", "tidewater", "en", [],
    "buyer threatened a 1-star review in the quote; unconditional refund, review not mentioned",
    "Re: Refund or I leave 1 star", """Hello ⟪N⟫,

I'm sorry the automatic feeder jammed. I've refunded the full $64.99 for order ⟪O⟫;
you'll see it within a few days. You don't need to return the feeder; please recycle it
locally.

Marcus
Tidewater Pet Supply""", kind="reply", quote="gmail", product="Tidewater SmartFeed Automatic Feeder",
    buyer_msg="The feeder jams every day. Refund me or I'm leaving a 1-star review.")

add("declines-whatsapp-and-phone", "greyhound", "en", [],
    "agent declines to move the conversation to WhatsApp or phone (names the apps, gives no contact)",
    "Re: Can we talk on WhatsApp?", """Hi ⟪N⟫,

Thanks, I understand it would be quicker to chat, but we keep all buyer conversations here in
Amazon's messaging so there's a record for both of us. So I can't move this to WhatsApp or a
phone call, but I'm happy to go through the setup step by step here.

First, hold the power button for 8 seconds until the LED flashes blue and red...

Priya""", kind="reply", quote="gmail", product="Greyhound Soundbar SB-5",
    buyer_msg="This is taking forever. Can you give me your WhatsApp or a phone number so we can talk?")

add("support-reply-with-one-review-request", "luna", "en", [],
    "support reply that resolves a question and contains the single neutral review request for its order",
    "Re: Bottle warmer settings", """Hi ⟪N⟫,

For breast milk, use setting 2 (about 37°C); setting 3 is meant for formula from the fridge.
The warmer switches itself off after 30 minutes, so it's safe to leave on setting 2 overnight.

Since your order ⟪O⟫ arrived a couple of weeks ago: if you have a moment, we'd appreciate a
review of the warmer on Amazon. Thanks either way!

Rosa""", kind="reply", quote="plain", product="Luna Bottle Warmer Duo",
    buyer_msg="Which setting should I use for breast milk? The manual isn't clear.")

add("relay-address-in-body", "maple", "en", [],
    "buyer's own relay address quoted in the body",
    "Re: Did you get my photos?", """Hi ⟪N⟫,

Yes, your photos came through from your Amazon address (⟪R⟫), thanks!
The crack in the glaze is clearly a firing fault, so a new mug is on its way today by
Canada Post.

Chloe
Maple & Pine Crafts""", kind="reply", product="Hand-thrown Stoneware Mug", irt=True)

add("tokyo-workshop-jpy", "brightwell", "en", [],
    "'Tokyo' and JPY price in an English reply; model number with digits",
    "Re: Where are the knives made?", """Hi ⟪N⟫,

The Santoku KS-165 blades are forged in Seki and sharpened and handled in a partner workshop
in Tokyo. The Japanese retail price is around ¥12,800; ours is the same knife, imported
directly.

Dana""", kind="reply", quote="plain", product="Brightwell Santoku Knife KS-165",
    buyer_msg="Are these knives actually made in Japan?")

add("canada-post-tracking-cad", "maple", "en", [],
    "Canada Post 16-digit tracking number in groups of four, CAD amount, postal code",
    "Update on order ⟪O⟫: re-shipped", """Hi ⟪N⟫,

Canada Post returned your quilt to us marked "insufficient address": the postal code on order
⟪O⟫ was V6B 1A1 but the street is in V6A. We've corrected it and re-shipped today at our cost.

New tracking number: 7023 4567 8901 2345 (Canada Post Expedited)

The CA$14.50 shipping you paid will not be charged again.

Chloe""", product="Maple & Pine Patchwork Quilt, Queen")

add("fedex-missed-delivery-12-digit", "harbor", "en", [],
    "proactive missed-delivery notice; FedEx 12-digit tracking number in 4-4-4 groups; delivery window",
    "Missed delivery - order ⟪O⟫", """Hello ⟪N⟫,

FedEx tried to deliver your bookcase (order ⟪O⟫) on Monday but nobody was available to sign.
They will try again on Tuesday 18 March between 8 am and 12 pm.

FedEx tracking number: 7712 3456 7890

If Tuesday doesn't work, reply and we'll ask FedEx to hold it at their depot instead.

Kevin, Harbor Lane""", product="Harbor Lane 5-Shelf Bookcase")

add("dect-phone-model-firmware-macos", "greyhound", "en", [],
    "product is a phone: model DP-220, firmware v3.10.2, macOS 14.4, no phone number",
    "Re: Setting up the DECT phone", """Hello ⟪N⟫,

The DP-220 cordless phone pairs with its base in about a minute: hold the paging key on the
base for 5 seconds, then choose Menu > Register on the handset. Handsets shipped after January
run firmware v3.10.2, which also fixes the caller-ID display bug you mention.

The desktop app runs on Windows 11 and macOS 14.4 or newer.

Priya""", kind="reply", quote="gmail", product="Greyhound DP-220 DECT Phone Twin Pack",
    buyer_msg="How do I pair the second handset? And the caller ID shows rubbish.")

add("dates-times-formats", "tidewater", "en", [],
    "dates and times in several formats, order id, no contact data",
    "Re: When will the restock arrive?", """Hi ⟪N⟫,

Your replacement filter cartridges for order ⟪O⟫ were dispatched on 03/14/2025 at 16:45 EST.
Amazon's page shows an arrival date of 2025-03-18; the carrier usually delivers between
9:00 and 17:00 local time.

Marcus""", kind="reply", quote="plain", product="Tidewater AquaFlow Filter Cartridges (6-pack)",
    buyer_msg="When will my filter cartridges be sent?")

add("sku-upc-spaced", "brightwell", "en", [],
    "SKU, UPC barcode digits in groups, ASIN; answers which variant fits",
    "Re: Which lid fits?", """Hi ⟪N⟫,

The glass lid that fits your 28 cm pan is SKU BW-LID-28-GLS (UPC 0 84562 10973 6).
On Amazon it's listed under ASIN ⟪A⟫ in the "Lids & Accessories" variation of the pan.

Dana""", kind="reply", quote="gmail", product="Brightwell Ceramic Frying Pan 28 cm",
    buyer_msg="Do you sell a lid that fits the 28 cm pan?")

add("neutral-feedback-request-html", "luna", "en", [],
    "proactive neutral seller-feedback request in HTML with an Amazon feedback link",
    "A quick question about order ⟪O⟫", "", fmt="html", product="Luna Muslin Swaddles (3-pack)",
    html="""<html><body>
<p>Hello ⟪N⟫,</p>
<p>Thank you for ordering from Luna Baby Co. We'd value your opinion: if you have a moment,
please leave seller feedback for order ⟪O⟫ on
<a href="https://www.amazon.com/hz/feedback">Amazon's feedback page</a>.</p>
<p>Rosa<br>Luna Baby Co</p>
</body></html>""")

add("pdf-manual-model-number", "tidewater", "en", [],
    "PDF manual attachment; model number TW-AQ40",
    "Re: Lost the manual", """Hi ⟪N⟫,

No problem, I've attached the manual for the TW-AQ40 aquarium heater (PDF, 4 pages). The
temperature dial calibration is on page 3.

Marcus""", kind="reply", quote="plain", product="Tidewater TW-AQ40 Aquarium Heater",
    buyer_msg="I lost the manual for my heater, can you send another?",
    atts=[PDF("TW-AQ40_manual_EN.pdf", "TW-AQ40 Aquarium Heater Manual")])

add("replacement-shipped-free-ups-html", "pixelforge", "en", [],
    "unconditional free replacement; UPS tracking number without spaces; HTML reply",
    "Re: Stick drift on new controller", """Hi ⟪N⟫,

That shouldn't happen on a new controller. We've shipped a replacement at no charge with UPS;
the tracking number is 1Z999AA10123456784. Please keep the faulty one until the new one
arrives; a prepaid return label will follow in your Amazon returns page.

Tyler""", kind="reply", fmt="alt", quote="html", product="PixelForge Nova Controller",
    buyer_msg="Brand new controller and the left stick already drifts.")

add("gift-wrap-customisation-question", "maple", "en", [],
    "proactive customisation question (gift message) with order id, no tag",
    "Gift note for order ⟪O⟫", """Hi ⟪N⟫,

You ticked "gift" on order ⟪O⟫ but the gift message box was empty. Would you like us to add a
handwritten card? If so, just reply with the text (up to 200 characters). If we don't hear
back by Thursday we'll ship it with a blank card.

Chloe""", product="Maple Syrup Gift Crate")

# ======================================================================== English, violations
add("signature-web-phone-email", "greyhound", "en", [EL, CE, CP],
    "helpdesk signature with website, UK phone number and e-mail address",
    "Re: Soundbar remote not working", """Hi ⟪N⟫,

Try replacing the CR2032 battery in the remote and holding Vol+ and Input together for 3
seconds to re-pair it with the soundbar.

Best regards,
Priya Shah | Customer Support
Greyhound Audio Ltd
www.greyhound-audio.co.uk
T: 020 7946 0731
E: priya.shah@greyhound-audio.example""", kind="reply", quote="plain", product="Greyhound Soundbar SB-5",
    buyer_msg="The remote doesn't do anything.")

add("linked-logo-html", "pixelforge", "en", [EL],
    "HTML signature logo (cid: image) wrapped in a link to the seller's website",
    "Re: Button mapping", "", kind="reply", fmt="html", quote="html", product="PixelForge Nova Controller",
    buyer_msg="Can I remap the back paddles?",
    html="""<html><body>
<p>Hi ⟪N⟫,</p>
<p>Yes: hold the Profile button and press the paddle you want to change, then the button it
should copy. The LED blinks twice to confirm.</p>
<p>Tyler<br>PixelForge Gaming</p>
<p><a href="https://www.pixelforge-gaming.com/"><img src="cid:pf-logo@pixelforge" alt="PixelForge" width="120" height="30"></a></p>
⟪QH⟫
</body></html>""",
    inline=[("pf-logo@pixelforge", "image", "png", png_bytes(40, 10, "pflogo"), "pf-logo.png")])

add("amazon-dp-link-answering-question", "brightwell", "en", [EL],
    "Amazon /dp/ product page link given to answer the buyer's question (not marketing)",
    "Re: Replacement gasket?", """Hi ⟪N⟫,

Yes, the replacement gasket for your pressure cooker is sold separately. This is the listing:
https://www.amazon.com/dp/B0C7KXQ2ZR

Dana""", kind="reply", quote="gmail", product="Brightwell 6 qt Pressure Cooker",
    buyer_msg="Where can I buy a replacement sealing ring?")

add("bare-shortener-link-delay", "tidewater", "en", [EL],
    "proactive delay notice with a bare shortened link (no scheme)",
    "Your order ⟪O⟫ is running late", """Hi ⟪N⟫,

Your order ⟪O⟫ missed yesterday's truck because of the snowstorm and leaves today instead.
You can follow the parcel here: bit.ly/3TdWp9X

Sorry for the wait,
Marcus""", product="Tidewater Heated Pet Pad")

add("dot-obfuscated-domain-and-email", "kestrel", "en", [EL, CE],
    "obfuscated (dot/at words) website and e-mail address",
    "Re: Spare guy ropes", """Hi ⟪N⟫,

We don't list spare guy ropes on Amazon yet, but they're on our site: kestrel-outdoor dot co
dot uk, under Spares. Or drop me a note at owen (at) kestrel-outdoor (dot) co (dot) uk and I'll
sort it.

Owen""", kind="reply", quote="gmail", product="Kestrel Ridgeline 2-Person Tent",
    buyer_msg="Do you sell spare guy ropes?")

add("plain-http-amazon-link", "harbor", "en", [EL],
    "plain http: link to an Amazon order page (http is never allowed)",
    "Re: Cancel part of my order", """Hi ⟪N⟫,

The chairs haven't shipped yet, so you can cancel them yourself from the order page:
http://www.amazon.com/gp/your-account/order-details?orderID=⟪O⟫

Kevin""", kind="reply", quote="plain", product="Harbor Lane Dining Chairs (set of 2)",
    buyer_msg="Can I cancel only the chairs from my order?")

add("spaced-letters-url", "pixelforge", "en", [EL],
    "obfuscated (spaced letters) URL to the seller's driver page",
    "Re: Driver for Windows", """Hi ⟪N⟫,

The Windows driver isn't on Amazon. Type this into your browser without the spaces:
h t t p s : / / p i x e l f o r g e - g a m i n g . c o m / d r i v e r s

Tyler""", kind="reply", quote="gmail", product="PixelForge Apex Keyboard",
    buyer_msg="Where can I download the driver for Windows?")

add("outlook-quote-earlier-agent-address", "kestrel", "en", [CE],
    "quoted history contains an earlier agent reply whose Outlook From: line shows the agent's e-mail address",
    "RE: Tent still not here", """Dear ⟪N⟫,

Apologies, my colleague's earlier reply should have included the new tracking number: it is
DPD 1550 2739 4412 05 and the tent is due tomorrow.

Kind regards,
Sam
Kestrel Outdoor

________________________________
From: Owen Hale <owen.hale@kestrel-outdoor.example>
Sent: Tuesday, March 4, 2025 9:14 AM
To: ⟪N⟫ - Amazon Marketplace
Subject: RE: Tent still not here

Hi ⟪N⟫, we've re-sent your tent today; tracking to follow.
⟪Q⟫""", kind="reply", quote="outlook", orig_subject="Tent still not here", product="Kestrel Ridgeline 2-Person Tent",
    buyer_msg="Where is my tent?", charset="windows-1252")

add("mailto-and-tel-signature", "luna", "en", [CE, CP],
    "HTML signature with mailto: and tel: links and the visible US number",
    "Re: Stroller wheel squeaks", "", kind="reply", fmt="html", quote="html", product="Luna CityLite Stroller",
    buyer_msg="The front wheel squeaks a lot.",
    html="""<html><body>
<p>Hi ⟪N⟫,</p>
<p>A drop of silicone spray on the front axle usually stops the squeak. If it doesn't, we'll send new wheels.</p>
<p>Rosa<br>Luna Baby Co<br>
<a href="mailto:rosa@lunababy.example">Email Rosa</a> &middot; <a href="tel:+12125550182">(212) 555-0182</a></p>
⟪QH⟫
</body></html>""")

add("whatsapp-telegram-uk-mobile", "kestrel", "en", [CO, CP],
    "WhatsApp/Telegram invitation with a UK mobile number, plus a WeChat ID",
    "Re: Photos of the damage", """Hi ⟪N⟫,

Sorry about the torn flysheet. The easiest way to get the photos to me is to WhatsApp or
Telegram them to +44 7700 900123 (I'm also on WeChat as kestrel_owen) and I'll get a
replacement out the same day.

Owen""", kind="reply", quote="gmail", product="Kestrel Ridgeline 2-Person Tent",
    buyer_msg="The flysheet has a tear. How do I send photos?")

add("instagram-follow-new-arrivals", "brightwell", "en", [CO, MK],
    "'follow us on Instagram @handle' for new arrivals",
    "Re: Colour of the kettle", """Hi ⟪N⟫,

The kettle in the photo is our "Sage Mist" colour, and the one you received is the same shade.
The lighting in the listing photo makes it look greener.

Follow us on Instagram @brightwellhome for recipes and a first look at new arrivals every Friday!

Dana""", kind="reply", quote="gmail", product="Brightwell Retro Kettle 1.7 L",
    buyer_msg="The kettle looks a different colour from the photo.")

add("gift-card-and-draw-for-review", "harbor", "en", [RI],
    "$10 gift card plus prize-draw entry in return for a review",
    "Order ⟪O⟫: tell us what you think", """Hi ⟪N⟫,

We hope you're enjoying your new armchair from order ⟪O⟫! Write a review on Amazon and send us
a screenshot: we'll email you a $10 gift card, and every reviewer this month is also entered
into our draw for a free ottoman.

Kevin, Harbor Lane""", product="Harbor Lane Wingback Armchair")

add("free-replacement-for-removing-review", "greyhound", "en", [RI, FR],
    "free product offered if the buyer removes their 2-star review",
    "Re: Bass is weak", """Hi ⟪N⟫,

I'm sorry the bass isn't what you expected. If you're willing to remove your 2-star review,
we'll send you our SB-7 subwoofer free of charge as a goodwill gesture.

Priya""", kind="reply", quote="plain", product="Greyhound Soundbar SB-5",
    buyer_msg="Bass is really weak for the price. I've left a review saying so.")

add("five-star-what-to-write", "luna", "en", [RM],
    "asks for a 5-star review and tells the buyer what to mention",
    "How is the crib mattress? Order ⟪O⟫", """Hi ⟪N⟫,

We'd love to hear how your little one is sleeping on the new crib mattress (order ⟪O⟫).
If you have a minute, a 5-star review mentioning how breathable and easy to clean it is would
really help other parents find us.

Thank you!
Rosa""", product="Luna AirFlow Crib Mattress")

add("review-gating", "tidewater", "en", [RM],
    "review gating: review if happy, otherwise contact the seller",
    "Order ⟪O⟫: are you happy with your purchase?", """Hello ⟪N⟫,

Happy with the scratching post from order ⟪O⟫? Then please take a minute to review it:
https://www.amazon.com/review/create-review?asin=⟪A⟫

Not happy? Please don't leave a review yet; reply to this message first and we'll make it right.

Marcus""", product="Tidewater Sisal Scratching Post")

add("change-feedback-to-positive", "kestrel", "en", [RM, FR],
    "asks the buyer to change their feedback to positive after a resolution",
    "Re: Replacement arrived?", """Hi ⟪N⟫,

Glad to hear the replacement stove arrived and works. Since everything is sorted now, would you
mind changing your feedback to a positive one? It would mean a lot to a small business like ours.

Owen""", kind="reply", quote="gmail", product="Kestrel Compact Gas Stove",
    buyer_msg="Replacement came today, works fine.")

add("remove-feedback-pressing", "harbor", "en", [FR],
    "pressing request to remove negative feedback (third reminder)",
    "RE: Feedback for order ⟪O⟫", """Hello ⟪N⟫,

This is our third message about your feedback on order ⟪O⟫. The delay was caused by the
freight company, not by us. Please remove the negative feedback today; it is seriously
affecting our account and we have already explained the situation twice.

Kevin""", kind="reply", irt=False, product="Harbor Lane Oak Sideboard")

add("discourage-negative-review", "pixelforge", "en", [RM],
    "discourages a negative review ('please don't post a bad review, contact us first')",
    "Re: Keyboard double-typing", """Hi ⟪N⟫,

Sorry about the double-typing. Please try the firmware update 1.8.2 from the app first.

And please, whatever happens, don't post a negative review: message us and we'll sort it out.
Bad reviews really hurt small sellers like us.

Tyler""", kind="reply", quote="gmail", product="PixelForge Apex Keyboard",
    buyer_msg="The E key types twice sometimes.")

add("coupon-next-order-new-range", "tidewater", "en", [MK],
    "support reply ending with a coupon code for a future order and a new product range",
    "Re: Collar size", """Hi ⟪N⟫,

The medium collar fits necks from 35 to 45 cm, so it should fit your Labrador.

PS: Use code TIDE20 for 20% off your next order, and check out our new reflective harness
range launching next week!

Marcus""", kind="reply", quote="plain", product="Tidewater Reflective Collar",
    buyer_msg="Will the medium collar fit a Labrador?")

add("unsubscribe-footer-powered-by", "brightwell", "en", [EL, OO],
    "helpdesk footer with unsubscribe/preferences link and a linked 'powered by' vendor link",
    "Re: Missing screws", "", kind="reply", fmt="html", quote="html", product="Brightwell Bamboo Shelf",
    buyer_msg="The shelf came without the screws.",
    html="""<html><body>
<p>Hi ⟪N⟫,</p>
<p>So sorry about that. A bag of screws and wall plugs is on its way today by first-class mail.</p>
<p>Dana</p>
<hr>
<p><small><a href="https://brightwell-home.example.com/email-preferences?u=⟪RID⟫">Unsubscribe or manage your email preferences</a>
| <a href="https://www.helpnest.io/?utm_source=footer">Powered by HelpNest</a></small></p>
⟪QH⟫
</body></html>""")

add("list-unsubscribe-header-only", "maple", "en", [OO],
    "compliant body but a List-Unsubscribe header (opt_out only)",
    "Re: Candle burn time", """Hi ⟪N⟫,

The soy candles burn for about 45 hours. Trim the wick to 5 mm before each use for an even burn.

Chloe""", kind="reply", quote="gmail", product="Maple & Pine Soy Candle, Cedar",
    buyer_msg="How long does the candle burn?",
    headers=[("List-Unsubscribe", "<https://lists.mapleandpine.example/u?id=8c1f2>, <mailto:unsub@mapleandpine.example>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])

add("review-request-with-stop-text", "luna", "en", [OO],
    "neutral review request with unsubscribe text ('reply STOP')",
    "Order ⟪O⟫: a quick review?", """Hi ⟪N⟫,

If you have a moment, we'd appreciate a review of the baby monitor you bought (order ⟪O⟫).

Prefer not to get messages like this? Reply STOP to unsubscribe and we won't contact you again.

Rosa""", product="Luna ClearView Baby Monitor")

add("open-pixel-1x1-and-emoji", "pixelforge", "en", [TP, ST],
    "1x1 remote open-tracking image and emoji in an HTML reply",
    "Re: Headset mic too quiet", "", kind="reply", fmt="html", quote="html", product="PixelForge Echo Headset",
    buyer_msg="My friends say my mic is very quiet.",
    html="""<html><body>
<p>Hey ⟪N⟫ 👋</p>
<p>Turn the mic boost to +10 dB in Windows Sound settings and it should be fine. Happy gaming! 🎮</p>
<p>Tyler</p>
<img src="https://mail.pixelforge-gaming.com/o/3f9c2a71.gif" width="1" height="1" alt="">
⟪QH⟫
</body></html>""")

add("banner-with-relay-id", "harbor", "en", [TP],
    "normal-size remote banner image whose URL carries the buyer's relay id",
    "Re: Wardrobe hinge screws missing", "", kind="reply", fmt="html", quote="html", product="Harbor Lane Wardrobe 2-Door",
    buyer_msg="I can't find the hinge screws for the wardrobe doors.",
    html="""<html><body>
<img src="https://img.harborlane-furniture.com/banner/header.png?rcpt=⟪RID⟫" width="600" height="120" alt="Harbor Lane Furniture">
<p>Hello ⟪N⟫,</p>
<p>The hinge screws are in the small bag taped inside door 2; several buyers have missed it.
If the bag isn't there, tell us and we'll post a set today.</p>
<p>Kevin</p>
⟪QH⟫
</body></html>""")

add("display-none-remote-image", "luna", "en", [TP],
    "remote image hidden with display:none",
    "Update on order ⟪O⟫", "", fmt="html", product="Luna Play Mat",
    html="""<html><body>
<p>Hi ⟪N⟫,</p>
<p>The play mat from order ⟪O⟫ comes from our second warehouse, so it will arrive in a
separate box one day after the rest.</p>
<p>Rosa</p>
<img src="https://t.lunababy-mail.com/v/9a7be1c2" style="display:none" alt="">
</body></html>""")

add("zip-and-exe-attachments", "pixelforge", "en", [AT],
    "ZIP archive and Windows executable attachments",
    "Re: Firmware update", """Hi ⟪N⟫,

I've attached the updater and a ZIP with the firmware files. Run the .exe with the controller
plugged in.

Tyler""", kind="reply", quote="plain", product="PixelForge Nova Controller",
    buyer_msg="The app says a firmware update is needed but it fails.",
    atts=[("NovaUpdater.exe", "application", "vnd.microsoft.portable-executable", exe_bytes("NovaUpdater")),
          ("nova-fw-1.8.2.zip", "application", "zip", zip_bytes({"nova-fw-1.8.2.bin": bytes(range(256)) * 4,
                                                                "README.txt": b"Flash with NovaUpdater.\n"}))])

add("pdf-that-is-executable", "tidewater", "en", [AT],
    "attachment named .pdf whose bytes are a Windows executable (MZ)",
    "Re: Invoice", """Hi ⟪N⟫,

Invoice attached as requested.

Marcus""", kind="reply", quote="gmail", product="Tidewater Cat Litter Mat",
    buyer_msg="Please send me an invoice.",
    atts=[("invoice_4471.pdf", "application", "pdf", exe_bytes("invoice"))])

add("six-photo-attachments", "harbor", "en", [AT],
    "six JPEG attachments (more than five)",
    "Re: Which colour is right?", """Hi ⟪N⟫,

Here are photos of all six fabric colours in daylight so you can compare them with your room.

Kevin""", kind="reply", quote="gmail", product="Harbor Lane Alder 3-Seat Sofa",
    buyer_msg="Can you send photos of the fabric colours?",
    atts=[JPG(f"fabric-{c}.jpg", "fab" + c, 48, 32) for c in
          ("slate", "sand", "moss", "navy", "rust", "pearl")])

add("oversize-pdf-over-10mb", "kestrel", "en", [AT],
    "one PDF catalogue attachment of 10.6 MB decoded (over 10 MB in total)",
    "Re: Tent dimensions", """Hi ⟪N⟫,

The full specification sheet with all pitching diagrams is attached (sorry, it's a big file).

Owen""", kind="reply", quote="plain", product="Kestrel Basecamp 6-Person Tent",
    buyer_msg="What are the inner dimensions of the tent?",
    atts=[PDF("Kestrel-Basecamp-6-spec-sheet.pdf", "Basecamp 6 specification", pad=10_600_000)])

add("http-image-and-centred-text", "greyhound", "en", [ST],
    "remote logo loaded over plain http: (no recipient id) and centred text",
    "Re: Turntable speed", "", kind="reply", fmt="html", quote="html", product="Greyhound TT-1 Turntable",
    buyer_msg="My records play too fast.",
    html="""<html><body>
<div style="text-align:center">
<img src="http://static.greyhound-audio.co.uk/img/logo-180.png" width="180" height="48" alt="Greyhound Audio">
<p>Hi ⟪N⟫,</p>
<p>Check the belt is on the 33 rpm pulley (the smaller step). If it's on the larger one, records play at 45.</p>
<p>Priya</p>
</div>
⟪QH⟫
</body></html>""")

add("font-family-colour-four-sizes", "luna", "en", [ST],
    "font-family and colour overrides and four different font sizes",
    "Re: Sterilizer descaling", "", kind="reply", fmt="html", quote="html", product="Luna Steam Sterilizer",
    buyer_msg="There is white residue in the sterilizer.",
    html="""<html><body style="font-family:'Comic Sans MS',cursive;color:#6a1b9a">
<p style="font-size:22px">Hi ⟪N⟫!</p>
<p style="font-size:16px">That white layer is limescale. Mix 100 ml of white vinegar with 100 ml of water,
run one cycle, then two cycles with clean water.</p>
<p style="font-size:12px;color:#e91e63">Do not use bleach.</p>
<p style="font-size:9px">Rosa, Luna Baby Co</p>
⟪QH⟫
</body></html>""")

add("blank-line-run-plain", "maple", "en", [ST],
    "run of four blank lines in a plain-text reply",
    "Re: Wooden toy finish", """Hi ⟪N⟫,

The toys are finished with food-safe beeswax and linseed oil only.




Chloe
Maple & Pine Crafts""", kind="reply", quote="gmail", product="Wooden Stacking Toy",
    buyer_msg="What finish do you use on the wooden toys?")

add("insult-en", "tidewater", "en", [OF],
    "insulting the buyer",
    "Re: Fish tank leaking", """⟪N⟫,

The tank doesn't leak. You clearly didn't read the instructions and overfilled it. Honestly,
what kind of idiot can't set up a fish tank? Stop wasting our time.

Marcus""", kind="reply", quote="gmail", product="Tidewater 60 L Aquarium Kit",
    buyer_msg="The tank is leaking from the bottom corner!")

add("threat-en", "harbor", "en", [OF],
    "threatening the buyer",
    "Re: A-to-z claim", """⟪N⟫,

Open one more A-to-z claim against us and you'll regret it. We have your home address from the
order, remember that.

Kevin""", kind="reply", quote="plain", product="Harbor Lane Coffee Table",
    buyer_msg="I've opened an A-to-z claim because you haven't answered.")

add("important-tag-on-review-request", "maple", "en", [IT],
    "[Important] on a neutral review request",
    "[Important] Your order ⟪O⟫ - how did we do?", """Hi ⟪N⟫,

We hope the hand-knitted blanket from order ⟪O⟫ is keeping you cosy. If you have a moment, we
would appreciate a review of it on Amazon.

Chloe""", product="Hand-knitted Merino Throw")

add("important-tag-on-invoice", "greyhound", "en", [IT],
    "[important] tag on an invoice message (not delivery/address/customisation)",
    "[important] Invoice for order ⟪O⟫", """Dear ⟪N⟫,

Please find the invoice for order ⟪O⟫ attached for your records.

Greyhound Audio Accounts""", product="Greyhound Studio Headphones",
    atts=[PDF("invoice-0419.pdf", "Invoice 0419 Greyhound Audio")])

add("missing-order-id-delay", "kestrel", "en", [MO],
    "proactive delay notice without any order id (product name and ASIN only)",
    "Update on your recent purchase", """Hello ⟪N⟫,

Just a heads-up: the camping lantern you ordered last week (ASIN ⟪A⟫) is delayed by two days at
the courier hub. It should reach you by Thursday.

Owen, Kestrel Outdoor""", product="Kestrel Camping Lantern", with_oid=False)

add("mistyped-order-id-3-6-7", "brightwell", "en", [MO],
    "proactive message whose only order reference is a mistyped 3-6-7 digit id",
    "Your dinnerware set: order 112-557812-4419023", """Hi ⟪N⟫,

One of the six plates from order 112-557812-4419023 was found chipped during our final check, so
we're shipping a new set from our other warehouse. It will arrive one day later than planned.

Dana""", product="Brightwell Stoneware Dinner Set", with_oid=False)

add("order-confirmation-proactive", "luna", "en", [UP],
    "proactive order confirmation",
    "We've received your order ⟪O⟫", """Hi ⟪N⟫,

Thank you for your order ⟪O⟫! We've received it and our team is preparing it now. We'll let
you know as soon as it ships.

Rosa, Luna Baby Co""", product="Luna Nursing Pillow")

add("shipping-confirmation-proactive", "brightwell", "en", [UP],
    "proactive shipping confirmation only (tracking number is fine, the message type is not)",
    "Your order ⟪O⟫ has shipped", """Hello ⟪N⟫,

Good news: your order ⟪O⟫ has shipped with UPS. Tracking number: 1Z 7R9 A42 03 1176 4409.
Estimated delivery: Friday.

Dana""", product="Brightwell Air Fryer 5 L")

add("thank-you-here-to-help-no-order-id", "luna", "en", [MO, UP],
    "proactive thank-you / here-to-help only, with no order id",
    "Thank you from Luna Baby Co", """Hi ⟪N⟫,

Thank you for choosing Luna Baby Co! We hope your little one loves their new sleeping bag.
We're always here to help if you have any questions.

Warmly,
Rosa""", product="Luna Sleeping Bag 2.5 tog", with_oid=False)

add("auto-acknowledgement", "pixelforge", "en", [UP],
    "proactive helpdesk auto-acknowledgement ('Ticket Received - …' is not a reply prefix)",
    "Ticket Received - order ⟪O⟫", """This is an automatic confirmation.

We have received your message about order ⟪O⟫ and one of our agents will respond within
24 hours. Ticket #48213.

PixelForge Gaming Support""", product="PixelForge Nova Controller")

add("out-of-stock-notice", "tidewater", "en", [UP],
    "proactive out-of-stock notice",
    "Order ⟪O⟫: item out of stock", """Hi ⟪N⟫,

Unfortunately the 12 kg bag of grain-free kibble in order ⟪O⟫ is currently out of stock. We
expect new stock in about three weeks.

Marcus""", product="Tidewater Grain-Free Kibble 12 kg")

add("pair-a-second-review-request", "brightwell", "en", [RR],
    "second product-review request for the pair-a order (repeat)",
    "Following up: order ⟪O⟫", """Hi ⟪N⟫,

Just following up on order ⟪O⟫. If you haven't had the chance yet, we'd really appreciate a
quick review of the skillet; it only takes a minute:
https://www.amazon.com/review/create-review?asin=⟪A⟫

Many thanks,
Jordan at Brightwell Home""", product="Brightwell 12-inch Cast Iron Skillet", pair="pair-a")

add("pair-b-second-review-with-voucher", "kestrel", "en", [RI, RR],
    "second request for the pair-b order (first was seller feedback) that also offers a voucher for the review",
    "Your Kestrel tent (order ⟪O⟫)", """Hi ⟪N⟫,

How's the tent holding up? We'd love a product review on Amazon, and as a thank-you for
reviewing we'll send you a £5 voucher.

Owen""", product="Kestrel Ridgeline 2-Person Tent", pair="pair-b")

# ======================================================================== German
add("de-dhl-sendungsnummer-grouped", "nordlicht", "de", [],
    "DHL Paket Sendungsnummer (20 Ziffern in Vierergruppen), AW:-Antwort, ISO-8859-1 quoted-printable",
    "AW: Wo bleibt meine Lieferung?", """Hallo ⟪N⟫,

vielen Dank für Ihre Nachricht. Ihr Paket mit dem Saugroboter wurde am Montag an DHL übergeben.
Die Sendungsnummer lautet 0034 0434 1612 3456 7890. Laut DHL erfolgt die Zustellung am
Mittwoch, 05.03.2025, voraussichtlich zwischen 10:00 und 13:00 Uhr.

Mit freundlichen Grüßen
Jana Weber
Nordlicht Technik Kundenservice

⟪Q⟫""", kind="reply", quote="gmail", product="Nordlicht RoboClean S7 Saugroboter",
    buyer_msg="Hallo, meine Bestellung ist noch nicht angekommen. Wann kommt sie?",
    charset="iso-8859-1", cte="quoted-printable")

add("de-hermes-delay-proactive", "hausfreund", "de", [],
    "proaktive Verzögerungsmeldung mit Bestellnummer; Hermes-Sendungsnummer in Zifferngruppen",
    "Verzögerung bei Ihrer Bestellung ⟪O⟫", """Guten Tag ⟪N⟫,

leider verzögert sich die Zustellung Ihrer Bestellung ⟪O⟫ (Akku-Fensterreiniger) um etwa zwei
Werktage, da das Hermes-Depot in Haldensleben wegen Sturmschäden geschlossen war.

Ihre Sendungsnummer: 0123 4567 8901 23

Wir bitten um Entschuldigung. Sollte das Paket bis Freitag, 07.03., nicht da sein, senden wir
Ihnen sofort Ersatz.

Viele Grüße
Stefan, Hausfreund24""", product="Hausfreund24 Akku-Fensterreiniger", charset="iso-8859-15")

add("de-ruecksendeadresse-rechnung-bewertung-neutral", "nordlicht", "de", [],
    "Rücksendeadresse mit PLZ, Rechnung als PDF, USt-IdNr., Preis; neutraler Hinweis, dass Bewertung geändert werden kann",
    "AW: Gerät defekt", """Hallo ⟪N⟫,

es tut uns leid, dass der Wasserkocher nach einer Woche ausgefallen ist. Wir haben Ihnen den
vollen Kaufpreis von 89,99 € erstattet; die Gutschrift erscheint in 3 bis 5 Werktagen.

Falls Sie das Gerät zurückschicken möchten (nicht zwingend nötig), lautet die Adresse:
Nordlicht Technik GmbH, Retourenabteilung, Musterstraße 12, 10115 Berlin

Die Rechnung (RE-2025-03311, USt-IdNr. DE123456789) haben wir Ihnen angehängt.

Sie hatten uns bereits eine Bewertung hinterlassen. Sie können diese gerne aktualisieren, wenn
Sie möchten; das liegt ganz bei Ihnen.

Freundliche Grüße
Jana Weber""", kind="reply", quote="plain", product="Nordlicht Glas-Wasserkocher 1,7 l",
    buyer_msg="Der Wasserkocher geht nach einer Woche nicht mehr an. Ich habe schon eine Bewertung geschrieben.",
    atts=[PDF("Rechnung_RE-2025-03311.pdf", "Rechnung RE-2025-03311 Nordlicht Technik")])

add("de-pair-c-first-bewertungsanfrage", "hausfreund", "de", [],
    "erste (saubere) Bewertungsanfrage für diese Bestellung; die spätere pair-c-Nachricht ist die Wiederholung",
    "Ihre Bestellung ⟪O⟫ bei Hausfreund24", """Hallo ⟪N⟫,

wir hoffen, Ihr neuer Dampfreiniger aus Bestellung ⟪O⟫ leistet gute Dienste.

Wenn Sie einen Moment Zeit haben, würden wir uns über eine Produktbewertung auf Amazon freuen.

Viele Grüße
Stefan, Hausfreund24""", product="Hausfreund24 Dampfreiniger DR-1500", pair="pair-c")

add("de-important-liefertermin", "hausfreund", "de", [],
    "[Important] korrekt für eine Lieferterminabsprache (Spedition, Zeitfenster)",
    "[Important] Liefertermin für Bestellung ⟪O⟫", """Guten Tag ⟪N⟫,

Ihr Kühlschrank aus Bestellung ⟪O⟫ wird per Spedition geliefert. Die Spedition bietet folgende
Zeitfenster an:

- Dienstag, 11.03.2025, 08:00-12:00 Uhr
- Donnerstag, 13.03.2025, 12:00-16:00 Uhr

Bitte antworten Sie mit Ihrem Wunschtermin und teilen Sie uns mit, in welchem Stockwerk die
Lieferadresse liegt.

Mit freundlichen Grüßen
Stefan""", product="Hausfreund24 Kühl-Gefrierkombination KG-300")

add("de-impressum-signatur", "nordlicht", "de", [EL, CE, CP],
    "Signatur im Impressum-Stil mit Telefon, E-Mail und Website",
    "AW: Fernbedienung fehlt", """Hallo ⟪N⟫,

die Fernbedienung schicken wir Ihnen heute kostenlos nach.

Mit freundlichen Grüßen
Jana Weber

--
Nordlicht Technik GmbH
Musterstraße 12, 10115 Berlin
Tel.: 030 1234567-0
E-Mail: service@nordlicht-technik.de
Web: www.nordlicht-technik.de
Geschäftsführer: Paul Nordmann | Amtsgericht Charlottenburg HRB 123456""", kind="reply", quote="gmail",
    product="Nordlicht Standventilator SV-40", buyer_msg="Im Paket war keine Fernbedienung.",
    charset="iso-8859-1")

add("de-5-sterne-gegen-erstattung", "hausfreund", "de", [RI, RM],
    "Erstattung von 10 € für eine 5-Sterne-Bewertung",
    "Ihre Meinung zu Bestellung ⟪O⟫", """Hallo ⟪N⟫,

als kleines Dankeschön erstatten wir Ihnen 10 € des Kaufpreises, sobald Sie Ihre Bestellung
⟪O⟫ auf Amazon mit 5 Sternen bewertet haben. Schicken Sie uns einfach einen Screenshot.

Viele Grüße
Stefan""", product="Hausfreund24 Bügeleisen BS-2400")

add("de-telefon-in-worten", "nordlicht", "de", [CP],
    "verschleiert (Ziffern als Wörter): Telefonnummer auf Deutsch",
    "AW: Einrichtung der App", """Hallo ⟪N⟫,

am schnellsten geht die Einrichtung telefonisch. Rufen Sie mich an unter null drei null, eins
zwei drei vier fünf sechs sieben, Durchwahl zwölf.

Gruß
Jana Weber""", kind="reply", quote="gmail", product="Nordlicht Smart-Thermostat",
    buyer_msg="Die App findet das Thermostat nicht.")

add("de-beleidigung", "hausfreund", "de", [OF],
    "Beleidigung des Käufers",
    "AW: Staubsauger saugt nicht", """⟪N⟫,

der Staubsauger funktioniert einwandfrei. Wer zu blöd ist, den Beutel einzusetzen, sollte
sich keine Geräte kaufen. Sie sind wirklich ein Vollidiot.

Stefan""", kind="reply", quote="plain", product="Hausfreund24 Bodenstaubsauger",
    buyer_msg="Der Staubsauger saugt überhaupt nicht.")

add("de-newsletter-abmelden", "hausfreund", "de", [EL, MK, OO],
    "Newsletter-Hinweis mit Abmeldelink im Fußbereich einer Antwort",
    "AW: Ersatzfilter", """Hallo ⟪N⟫,

der passende Ersatzfilter für Ihren Luftreiniger ist der HF-200.

Viele Grüße
Stefan

--
Sie erhalten diese E-Mail, weil Sie unseren Newsletter mit den neuesten Angeboten abonniert haben.
Abmelden: https://hausfreund24-shop.de/newsletter/abmelden?id=⟪RID⟫""", kind="reply", quote="gmail",
    product="Hausfreund24 Luftreiniger LR-3", buyer_msg="Welcher Filter passt zu meinem Luftreiniger?")

add("de-pair-c-second", "hausfreund", "de", [RR],
    "zweite Bewertungsanfrage für die pair-c-Bestellung (Wiederholung)",
    "Erinnerung: Bestellung ⟪O⟫", """Guten Tag ⟪N⟫,

wir möchten Sie noch einmal an Ihre Bestellung ⟪O⟫ erinnern: Falls Sie es noch nicht getan
haben, würden wir uns über eine Bewertung des Dampfreinigers sehr freuen.

Beste Grüße
Melanie, Hausfreund24""", product="Hausfreund24 Dampfreiniger DR-1500", pair="pair-c")

# ======================================================================== French
add("fr-colissimo-avis-de-passage", "sauge", "fr", [],
    "numéro de suivi Colissimo en groupes, « avis de passage » (avis dans un autre sens)",
    "RE: Colis non reçu", """Bonjour ⟪N⟫,

D'après Colissimo, le facteur a laissé un avis de passage le 4 mars ; votre colis vous attend
au bureau de poste le plus proche jusqu'au 18 mars. Le numéro de suivi est 6A 123 456 789 01.

N'hésitez pas à nous écrire ici si vous avez la moindre question.

Belle journée,
Camille
Atelier Sauge""", kind="reply", quote="gmail", product="Bougie parfumée Sauge & Cèdre",
    buyer_msg="Bonjour, je n'ai toujours pas reçu ma bougie.", charset="iso-8859-15", cte="quoted-printable")

add("fr-chronopost-retard-proactif", "lumiere", "fr", [],
    "message proactif de retard avec numéro de commande et numéro de suivi Chronopost",
    "Retard de livraison – commande ⟪O⟫", """Bonjour ⟪N⟫,

Votre plaid en lin (commande ⟪O⟫) a pris du retard au centre Chronopost de Chilly-Mazarin.
Nouvelle date de livraison estimée : jeudi 6 mars, entre 9 h et 13 h.

Numéro de suivi Chronopost : XW 482 915 736 FR

Toutes nos excuses pour ce contretemps.
Julien, Lumière & Fil""", product="Plaid en lin lavé 130 x 170 cm")

add("fr-remboursement-conseil-constate", "lumiere", "fr", [],
    "remboursement partiel inconditionnel en euros ; mots « conseil », « constaté », « concombre »",
    "RE: Housse de couette abîmée", """Bonjour ⟪N⟫,

Nous avons bien constaté sur vos photos l'accroc sur la housse de couette. Comme vous
préférez la garder, nous vous avons remboursé 25,00 € sur les 89,90 € payés.

Un petit conseil d'entretien : lavez-la à 40 °C, à l'envers, avec une lessive douce (notre
parfum « concombre-menthe » est très apprécié pour cela, mais n'importe laquelle convient).

Cordialement,
Julien""", kind="reply", quote="plain", product="Housse de couette en lin 240 x 220",
    buyer_msg="La housse a un accroc de 3 cm. Je voudrais un geste commercial.", charset="windows-1252")

add("fr-pair-d-first-demande-avis", "sauge", "fr", [],
    "première demande d'avis (neutre) pour cette commande ; la seconde pair-d est la répétition",
    "Votre commande ⟪O⟫", """Bonjour ⟪N⟫,

Nous espérons que votre coffret de savons (commande ⟪O⟫) vous plaît.

Si vous avez un instant, nous vous serions reconnaissants de laisser un avis sur le produit sur Amazon.

Merci et à bientôt,
Camille""", product="Coffret de 4 savons artisanaux", pair="pair-d")

add("fr-arobase-email", "sauge", "fr", [CE],
    "obfuscated (arobase/point) : adresse e-mail écrite en toutes lettres",
    "RE: Allergènes", """Bonjour ⟪N⟫,

La liste complète des allergènes est trop longue pour ce message. Écrivez-moi directement :
camille arobase atelier-sauge point fr, je vous l'envoie tout de suite.

Camille""", kind="reply", quote="gmail", product="Crème mains lavande",
    buyer_msg="Quels sont les allergènes dans la crème ?")

add("fr-code-promo-collection-pixel", "lumiere", "fr", [MK, TP],
    "code promo pour une prochaine commande, nouvelle collection, pixel 1x1",
    "RE: Taille des taies", "", kind="reply", fmt="html", quote="html", product="Taies d'oreiller en lin (x2)",
    buyer_msg="Les taies font quelle taille exactement ?",
    html="""<html><body>
<p>Bonjour ⟪N⟫,</p>
<p>Les taies mesurent 65 x 65 cm, fermeture portefeuille.</p>
<p>Découvrez aussi notre nouvelle collection printemps : avec le code PRINTEMPS15, profitez de
15 % sur votre prochaine commande !</p>
<p>Julien</p>
<img src="https://suivi.lumiere-fil.fr/o.gif?m=5f2e91" width="1" height="1" border="0" alt="">
⟪QH⟫
</body></html>""")

add("fr-etoiles-si-satisfait", "sauge", "fr", [RM],
    "filtrage des avis : 5 étoiles si satisfait, sinon nous contacter",
    "Commande ⟪O⟫ : êtes-vous satisfait ?", """Bonjour ⟪N⟫,

Si vous êtes satisfait de votre diffuseur (commande ⟪O⟫), laissez-nous 5 étoiles sur Amazon !
Si quelque chose ne va pas, contactez-nous plutôt avant de laisser un avis.

Camille""", product="Diffuseur d'huiles essentielles en céramique")

add("fr-produit-gratuit-contre-avis", "lumiere", "fr", [RI],
    "produit gratuit offert en échange d'un avis",
    "Un cadeau pour vous – commande ⟪O⟫", """Bonjour ⟪N⟫,

Laissez un avis sur votre nappe (commande ⟪O⟫) et recevez gratuitement un lot de 4 serviettes
assorties : envoyez-nous simplement une capture d'écran de votre avis.

Julien""", product="Nappe en lin 160 x 250")

add("fr-ics-attachment", "lumiere", "fr", [AT],
    "pièce jointe calendrier .ics",
    "RE: Rendez-vous de livraison", """Bonjour ⟪N⟫,

Je vous joins l'invitation pour le rendez-vous de livraison de mercredi, 14 h - 18 h.

Julien""", kind="reply", quote="gmail", product="Tête de lit en lin",
    buyer_msg="Pouvez-vous confirmer le créneau de livraison ?",
    atts=[("rendez-vous-livraison.ics", "text", "calendar", ics_bytes("fr-rdv"))])

add("fr-pair-d-second", "sauge", "fr", [RR],
    "seconde demande d'avis pour la commande pair-d (répétition)",
    "Petit rappel – commande ⟪O⟫", """Bonjour ⟪N⟫,

Petit rappel : si vous ne l'avez pas encore fait, un avis sur votre coffret de savons
(commande ⟪O⟫) nous aiderait beaucoup.

Bonne journée,
Léa, Atelier Sauge""", product="Coffret de 4 savons artisanaux", pair="pair-d")

# ======================================================================== Spanish
add("es-seur-correos-numero-seguimiento", "olivar", "es", [],
    "números de seguimiento de SEUR (grupos de dígitos) y Correos",
    "RE: Pedido incompleto", """Hola ⟪N⟫:

Su pedido salió en dos paquetes. El primero (aceite y vinagre) va con SEUR, número de
seguimiento 0123 4567 8901 23; el segundo (la aceitera de cerámica) va por Correos con el
número de seguimiento PQ4BE10712345670128001X y llegará el viernes 7 de marzo.

Un saludo,
Lucía
Casa Olivar""", kind="reply", quote="gmail", product="Set aceitera y vinagrera de cerámica",
    buyer_msg="Solo me ha llegado una parte del pedido.", charset="iso-8859-1")

add("es-important-direccion-incompleta", "rutaverde", "es", [],
    "[Important] correcto: problema con la dirección; código postal",
    "[Important] Dirección incompleta – pedido ⟪O⟫", """Hola ⟪N⟫:

La paquetería nos indica que la dirección del pedido ⟪O⟫ (Calle Río Lerma 245, Col. Cuauhtémoc,
C.P. 06500) no incluye número interior. ¿Podría respondernos con el número de departamento?

Retendremos el envío hasta recibir su respuesta.

Saludos,
Diego, Ruta Verde""", product="Mochila de senderismo 40 L")

add("es-reembolso-computadora-estafeta-guia", "rutaverde", "es", [],
    "reembolso parcial en MXN, palabra «computadora», número de guía de Estafeta de 10 dígitos",
    "RE: Funda dañada", """Hola ⟪N⟫:

Lamentamos que la funda para computadora llegara con la costura abierta. Le hemos reembolsado
$250.00 MXN de los $899.00 MXN pagados, y además le enviamos una funda nueva sin costo.

Número de guía de Estafeta: 8052614937

Saludos cordiales,
Diego""", kind="reply", quote="plain", product="Funda acolchada para computadora 15\"",
    buyer_msg="La funda llegó con la costura abierta.")

add("es-pair-e-first-solicitud-resena", "olivar", "es", [],
    "primera solicitud de reseña (neutral) para este pedido; la segunda pair-e es la repetición",
    "Su pedido ⟪O⟫ de Casa Olivar", """Hola ⟪N⟫:

Esperamos que esté disfrutando del aceite de oliva de su pedido ⟪O⟫.

Si tiene un momento, le agradeceríamos que dejara una reseña del producto en Amazon.

Un saludo,
Lucía""", product="Aceite de oliva virgen extra 3 L", pair="pair-e")

add("es-arroba-y-telefono-en-palabras", "olivar", "es", [CE, CP],
    "obfuscated (arroba/punto, dígitos en palabras): correo y teléfono",
    "RE: Factura con CIF", """Hola ⟪N⟫:

Para la factura con CIF escríbanos a facturas arroba casaolivar punto es, o llámenos al seis
uno dos, tres cuatro cinco, seis siete ocho.

Lucía""", kind="reply", quote="gmail", product="Aceite de oliva virgen extra 5 L",
    buyer_msg="Necesito factura a nombre de mi empresa.")

add("es-whatsapp-numero", "rutaverde", "es", [CO, CP],
    "invitación a WhatsApp con número de móvil",
    "RE: Talla de las botas", """Hola ⟪N⟫:

Mándenos una foto de su pie junto a una regla por WhatsApp al +52 55 1234 5678 y le decimos qué
talla le queda mejor.

Diego""", kind="reply", quote="plain", product="Botas de montaña impermeables",
    buyer_msg="¿Qué talla me recomienda? Normalmente uso 27 mx.")

add("es-reembolso-por-borrar-resena", "olivar", "es", [RI, FR],
    "reembolso del 20 % a cambio de eliminar una reseña negativa",
    "RE: Aceite con sabor raro", """Hola ⟪N⟫:

Sentimos que el aceite no le haya gustado. Si elimina su reseña negativa, le reembolsamos el
20 % del pedido en cuanto desaparezca.

Lucía""", kind="reply", quote="gmail", product="Aceite de oliva arbequina 1 L",
    buyer_msg="El aceite sabe rancio, ya he dejado una reseña.")

add("es-rebajas-darse-de-baja", "olivar", "es", [MK, OO],
    "promoción de rebajas y texto para darse de baja",
    "RE: Caducidad del aceite", """Hola ⟪N⟫:

El aceite tiene una caducidad de 18 meses desde el envasado; la fecha está en la parte
inferior de la lata.

¡Rebajas de primavera! 30 % de descuento en todos nuestros aceites hasta el 31 de marzo.
Si no desea recibir más comunicaciones nuestras, responda con la palabra BAJA.

Lucía""", kind="reply", quote="plain", product="Aceite de oliva virgen extra 3 L",
    buyer_msg="¿Cuál es la fecha de caducidad del aceite?")

add("es-sin-numero-de-pedido", "rutaverde", "es", [MO],
    "mensaje proactivo sin número de pedido",
    "Sobre su compra reciente", """Hola ⟪N⟫:

Le escribimos porque la tienda de campaña que compró la semana pasada saldrá con un día de
retraso por falta de transportista. Debería recibirla el jueves.

Diego, Ruta Verde""", product="Tienda de campaña 3 personas", with_oid=False)

add("es-insulto", "rutaverde", "es", [OF],
    "insulto al comprador",
    "RE: Cremallera rota", """⟪N⟫:

La cremallera no viene rota, la ha roto usted por tirar como un animal. No sea imbécil y lea
las instrucciones antes de escribirnos.

Diego""", kind="reply", quote="gmail", product="Chaqueta cortavientos",
    buyer_msg="La cremallera se rompió el primer día.")

add("es-pair-e-second", "olivar", "es", [RR],
    "segunda solicitud de reseña para el pedido pair-e (repetición)",
    "Recordatorio: pedido ⟪O⟫", """Hola ⟪N⟫:

Solo un recordatorio: si aún no lo ha hecho, nos encantaría conocer su opinión sobre el aceite
de su pedido ⟪O⟫ con una reseña en Amazon.

Gracias,
Marta, Casa Olivar""", product="Aceite de oliva virgen extra 3 L", pair="pair-e")

# ======================================================================== Italian
add("it-brt-numero-di-spedizione", "ferri", "it", [],
    "numero di spedizione BRT in gruppi di cifre, data e fascia oraria",
    "R: Consegna portafoglio", """Buongiorno ⟪N⟫,

il suo portafoglio è stato affidato a BRT ieri pomeriggio. Il numero di spedizione è
0501 2345 6789 01 e la consegna è prevista per giovedì 6 marzo tra le 9:00 e le 13:00.

Cordiali saluti,
Marco
Bottega Ferri""", kind="reply", quote="gmail", product="Portafoglio in pelle conciata al vegetale",
    buyer_msg="Quando arriva il portafoglio?", charset="iso-8859-15")

add("it-cazzuola-verifica-certificato", "officina", "it", [],
    "parole con sottostringhe ingannevoli (cazzuola), verifica, certificato, specifiche; numero di spedizione Poste",
    "R: Cazzuola piegata", """Buongiorno ⟪N⟫,

dopo una verifica delle foto confermiamo che la cazzuola da giardino è arrivata piegata. Le
spediamo oggi una cazzuola nuova con Poste Italiane, numero di spedizione RA482915736IT.

Il certificato di conformità dell'acciaio e le specifiche tecniche sono riportati sul retro
della confezione.

Saluti,
Giulia
Officina Verde""", kind="reply", quote="plain", product="Cazzuola da giardino in acciaio inox",
    buyer_msg="La cazzuola è arrivata tutta piegata.")

add("it-richiesta-feedback-neutra", "ferri", "it", [],
    "richiesta neutra di feedback venditore (unica per questo ordine)",
    "Il suo ordine ⟪O⟫", """Gentile ⟪N⟫,

speriamo che la cintura dell'ordine ⟪O⟫ sia di suo gradimento.

Se ha un momento, le saremmo grati se lasciasse un feedback sul venditore su Amazon.

Cordiali saluti,
Marco""", product="Cintura in pelle 35 mm")

add("it-ritardo-gls-proattivo", "officina", "it", [],
    "messaggio proattivo di ritardo con numero d'ordine; numero di spedizione GLS di 11 cifre",
    "Ritardo nella consegna dell'ordine ⟪O⟫", """Buongiorno ⟪N⟫,

il suo set di attrezzi (ordine ⟪O⟫) è fermo al deposito GLS di Bologna per un guasto al
mezzo. La nuova data prevista è venerdì 7 marzo.

Numero di spedizione GLS: 62341578902

Ci scusiamo per l'inconveniente.
Giulia""", product="Set attrezzi da giardino 5 pezzi")

add("it-chiocciola-email", "ferri", "it", [CE],
    "obfuscated (chiocciola/punto): indirizzo e-mail a parole",
    "R: Incisione iniziali", """Buongiorno ⟪N⟫,

per l'incisione delle iniziali ci scriva a incisioni chiocciola bottegaferri punto it con le
lettere desiderate.

Marco""", kind="reply", quote="gmail", product="Portachiavi in pelle",
    buyer_msg="È possibile incidere le iniziali?")

add("it-facebook-seguici-pixel", "ferri", "it", [CO, MK, TP],
    "'seguici su Facebook' con nome della pagina per le novità, e pixel 0x0",
    "R: Colore della borsa", "", kind="reply", fmt="html", quote="html", product="Borsa a tracolla in pelle",
    buyer_msg="La borsa è più scura che in foto?",
    html="""<html><body>
<p>Buongiorno ⟪N⟫,</p>
<p>la pelle naturale scurisce leggermente con il tempo; quella della foto è appena uscita dal laboratorio.</p>
<p>Seguici su Facebook (pagina «Bottega Ferri Pelletteria») per scoprire in anteprima le nuove collezioni!</p>
<p>Marco</p>
<img src="https://news.bottegaferri.it/open/7c1d" width="0" height="0" alt="">
⟪QH⟫
</body></html>""")

add("it-5-stelle-cosa-scrivere", "officina", "it", [RI, RM],
    "chiede 5 stelle, detta il contenuto della recensione e promette un buono a recensione pubblicata",
    "Ordine ⟪O⟫: la sua opinione", """Gentile ⟪N⟫,

se è soddisfatto del tagliasiepi (ordine ⟪O⟫), ci lasci 5 stelle e scriva nella recensione che è
leggero e che la batteria dura tanto. A recensione pubblicata le invieremo un buono da 5 €. Grazie!

Giulia""", product="Tagliasiepi a batteria 18 V")

add("it-important-su-risposta", "ferri", "it", [IT],
    "[Important] usato per una semplice risposta su un prodotto",
    "R: [Important] Domanda sulla misura", """Buongiorno ⟪N⟫,

la cintura misura 110 cm dalla fibbia al foro centrale; può essere accorciata fino a 95 cm.

Marco""", kind="reply", quote="gmail", product="Cintura in pelle 35 mm",
    buyer_msg="Quanto è lunga la cintura?", orig_subject="Domanda sulla misura")

add("it-conferma-spedizione", "officina", "it", [UP],
    "conferma di spedizione proattiva (solo spedizione)",
    "Il suo ordine ⟪O⟫ è stato spedito", """Buongiorno ⟪N⟫,

il suo ordine ⟪O⟫ è stato spedito oggi con SDA. Numero di spedizione: 6301845529174.

Buona giornata,
Giulia""", product="Annaffiatoio in zinco 10 L")

add("it-allegati-html-mp4", "officina", "it", [AT],
    "allegati HTML e video MP4",
    "R: Montaggio della serra", """Buongiorno ⟪N⟫,

le allego le istruzioni in formato HTML e un breve video del montaggio.

Giulia""", kind="reply", quote="plain", product="Serra da balcone 4 ripiani",
    buyer_msg="Non riesco a montare la serra, le istruzioni non sono chiare.",
    atts=[("istruzioni-serra.html", "text", "html",
           b"<html><body><h1>Montaggio serra</h1><ol><li>Ripiani</li><li>Telo</li></ol></body></html>"),
          ("montaggio-serra.mp4", "video", "mp4", mp4_bytes())])

# ======================================================================== Japanese
add("ja-yamato-tsuiseki-bangou", "sakura", "ja", [],
    "ヤマト運輸の追跡番号（4-4-4の電話番号風）、お届け日時、ISO-2022-JP",
    "Re: 商品の配送状況について", """⟪N⟫様

お問い合わせいただきありがとうございます。さくら雑貨の⟪AG⟫でございます。

ご注文の万年筆は3月4日にヤマト運輸にて発送いたしました。
追跡番号は 4567-8901-2345 です。
お届け予定は3月6日（木）14時〜16時となっております。

今後ともよろしくお願いいたします。

さくら雑貨 カスタマーサポート
⟪AG⟫

⟪Q⟫""", kind="reply", quote="gmail", product="さくら 万年筆 細字",
    buyer_msg="注文した万年筆がまだ届きません。いつ届きますか？", charset="iso-2022-jp")

add("ja-sagawa-denpyo-proactive", "kobo", "ja", [],
    "注文番号付きの配送遅延のお知らせ（能動的）、佐川急便の伝票番号",
    "ご注文⟪O⟫の配送遅延について", """⟪N⟫様

工房キッチンの⟪AG⟫です。
ご注文（注文番号：⟪O⟫）の鉄フライパンですが、佐川急便の中継センターでの遅延により、
お届けが1日遅れる見込みです。

佐川急便 お問い合わせ送り状番号（伝票番号）：3601-2345-6789

ご迷惑をおかけし、誠に申し訳ございません。""", product="鉄フライパン 26cm")

add("ja-tokyo-refund-yubin", "sakura", "ja", [],
    "東京の倉庫、円での返金、日本郵便の追跡番号",
    "Re: 色違いの商品が届きました", """⟪N⟫様

このたびはご迷惑をおかけし申し訳ございません。
東京の倉庫で出荷時に色を取り違えておりました。商品代金3,980円は本日全額返金いたしました。
正しい色（藍色）の手帳も無償でお送りしております。

日本郵便 追跡番号：1234-5678-9012

さくら雑貨 ⟪AG⟫""", kind="reply", quote="plain", product="布張り手帳 A5",
    buyer_msg="赤を注文したのに緑が届きました。")

add("ja-pair-f-first-review", "kobo", "ja", [],
    "この注文への最初の（中立的な）レビュー依頼。後の pair-f が繰り返し",
    "ご注文⟪O⟫について", """⟪N⟫様

工房キッチンの⟪AG⟫です。先日は南部鉄器の急須をお買い上げいただき、ありがとうございました（注文番号：⟪O⟫）。

お時間がございましたら、Amazonにて商品レビューをお寄せいただけますと幸いです。

工房キッチン""", product="南部鉄器 急須 0.6L", pair="pair-f")

add("ja-line-official-account", "sakura", "ja", [CO, MK],
    "LINE公式アカウントの友だち追加の案内（新商品・セール情報）",
    "Re: インクの替えについて", """⟪N⟫様

替えインクはAmazonの同じ商品ページのバリエーションからご購入いただけます。

新商品やセール情報はLINE公式アカウント（ID：@sakurazakka）でお届けしています。ぜひ友だち追加してください！

さくら雑貨 ⟪AG⟫""", kind="reply", quote="gmail", product="さくら 万年筆 細字",
    buyer_msg="替えインクはどこで買えますか？")

add("ja-kanji-phone-fullwidth-email", "kobo", "ja", [CE, CP],
    "obfuscated (漢数字の電話番号、全角＠のメールアドレス)",
    "Re: 包丁の研ぎ直し", """⟪N⟫様

研ぎ直しサービスについては、お電話（〇三‐一二三四‐五六七八）または
ｔｏｇｉ＠ｋｏｂｏ－ｋｉｔｃｈｅｎ．ｊｐ までご連絡ください。

工房キッチン ⟪AG⟫""", kind="reply", quote="plain", product="三徳包丁 165mm",
    buyer_msg="包丁の研ぎ直しはお願いできますか？", cte="base64")

add("ja-gift-card-for-review", "sakura", "ja", [RI],
    "レビュー投稿でAmazonギフト券500円分",
    "ご注文⟪O⟫のレビューのお願い", """⟪N⟫様

さくら雑貨です。ご注文（⟪O⟫）の商品はいかがでしょうか。
レビューを書いていただいた方全員に、Amazonギフト券500円分をプレゼントしております。
投稿後、このメッセージにご返信ください。""", product="和紙レターセット")

add("ja-hyouka-sakujo", "kobo", "ja", [FR],
    "評価の削除依頼",
    "Re: 評価について", """⟪N⟫様

このたびは配送の遅れでご迷惑をおかけしました。
大変恐縮ですが、先日いただいた低い評価を削除していただけませんでしょうか。

工房キッチン ⟪AG⟫""", kind="reply", quote="gmail", product="土鍋 8号",
    buyer_msg="届くのが3日も遅れました。評価にも書きました。")

add("ja-fullwidth-url-emoji", "sakura", "ja", [EL, ST],
    "obfuscated (全角英数字のURL) と絵文字",
    "Re: 名入れについて", """⟪N⟫様

名入れのサンプルは ｗｗｗ．ｓａｋｕｒａ－ｚａｋｋａ．ｊｐ でご覧いただけます✨
お気軽にどうぞ😊

さくら雑貨 ⟪AG⟫""", kind="reply", quote="plain", product="名入れボールペン",
    buyer_msg="名入れのフォントの見本はありますか？")

add("ja-important-new-products", "kobo", "ja", [IT, MK],
    "[Important] を新商品のお知らせに使用",
    "[Important] ご注文⟪O⟫と新商品のご案内", """⟪N⟫様

工房キッチンです。先日のご注文（⟪O⟫）ありがとうございました。
この春、新しい鉄鍋シリーズを発売しました。Amazonで「工房キッチン」と検索してぜひご覧ください。""",
    product="鉄鍋 24cm")

add("ja-pair-f-second", "kobo", "ja", [RR],
    "pair-f の注文への2回目のレビュー依頼（繰り返し）",
    "レビューのお願い（ご注文⟪O⟫）", """⟪N⟫様

工房キッチンの山本です。先日お送りしたメッセージの件で再度ご連絡いたしました。
南部鉄器の急須（注文番号：⟪O⟫）について、まだでしたらぜひレビューをお寄せください。""",
    product="南部鉄器 急須 0.6L", pair="pair-f")

# ======================================================================== Dutch
add("nl-postnl-track-trace", "vandijk", "nl", [],
    "PostNL Track & Trace-code en trackingnummer, bezorgvenster",
    "Re: Fietsverlichting nog niet ontvangen", """Hallo ⟪N⟫,

Je fietsverlichting is gisteren met PostNL verstuurd. De Track & Trace-code is 3SVDJF4829157
en PostNL verwacht het pakket donderdag tussen 14:00 en 17:30 te bezorgen.

Met vriendelijke groet,
Sanne
Van Dijk Fietsen""", kind="reply", quote="gmail", product="LED fietsverlichtingsset",
    buyer_msg="Mijn bestelling is nog niet binnen, kunnen jullie kijken?")

add("nl-retour-postcode-rma", "vandijk", "nl", [],
    "proactieve retourinstructie met bestelnummer, RMA-nummer en retouradres met postcode",
    "Retour van bestelling ⟪O⟫", """Hallo ⟪N⟫,

Je retouraanvraag voor bestelling ⟪O⟫ is goedgekeurd. Stuur het fietsslot met retournummer
RMA-NL-2231 naar:
Van Dijk Fietsen, Retouren, Industrieweg 14, 3542 AD Utrecht

Het aankoopbedrag van € 39,95 storten we terug zodra het pakket binnen is.

Sanne""", product="Vouwslot 90 cm")

add("nl-spaced-phone-and-www", "vandijk", "nl", [EL, CP],
    "obfuscated (gespatieerde cijfers en letters): telefoonnummer en website",
    "Re: Afstellen versnellingen", """Hallo ⟪N⟫,

Afstellen is lastig uit te leggen per bericht. Bel ons gerust: 0 6 1 2 3 4 5 6 7 8, of kijk de
video op w w w . vandijkfietsen . nl / afstellen.

Sanne""", kind="reply", quote="gmail", product="Derailleur Shimano-compatibel 8-speed",
    buyer_msg="Hoe stel ik de versnellingen af?")

add("nl-beoordeling-verwijderen", "vandijk", "nl", [FR],
    "verzoek om een negatieve beoordeling te verwijderen",
    "Re: Bel werkt niet", """Hallo ⟪N⟫,

We hebben je een nieuwe fietsbel gestuurd. Zou je je negatieve beoordeling willen verwijderen
nu het probleem is opgelost?

Sanne""", kind="reply", quote="plain", product="Messing fietsbel",
    buyer_msg="De bel maakt geen geluid. Heb een review geschreven.")

# ======================================================================== Polish
add("pl-inpost-numer-przesylki", "polna", "pl", [],
    "numer przesyłki InPost (24 cyfry w grupach), cena w zł, odpowiedź Odp:",
    "Odp: Kubek stłuczony", """Dzień dobry ⟪N⟫,

bardzo nam przykro z powodu stłuczonego kubka. Wysłaliśmy dziś nowy kubek bezpłatnie.
Numer przesyłki InPost: 6201 2345 6789 0123 4567 8901. Zwróciliśmy też koszt wysyłki 12,99 zł.

Pozdrawiamy serdecznie,
Katarzyna
Polna Ceramika""", kind="reply", quote="gmail", product="Kubek ceramiczny 350 ml",
    buyer_msg="Kubek przyszedł stłuczony.", charset="iso-8859-2", irt=False)

add("pl-opoznienie-dpd-proaktywnie", "polna", "pl", [],
    "proaktywna informacja o opóźnieniu z numerem zamówienia i numerem przesyłki DPD",
    "Opóźnienie zamówienia ⟪O⟫", """Dzień dobry ⟪N⟫,

Państwa zamówienie ⟪O⟫ (komplet talerzy) opuści magazyn z jednodniowym opóźnieniem.
Numer przesyłki DPD: 1000123456789U. Przewidywana dostawa: piątek, 7 marca.

Przepraszamy za utrudnienia.
Katarzyna""", product="Komplet talerzy ręcznie malowanych (6 szt.)")

add("pl-prosba-o-5-gwiazdek", "polna", "pl", [RM],
    "prośba o wystawienie 5 gwiazdek",
    "Zamówienie ⟪O⟫ – prośba", """Dzień dobry ⟪N⟫,

jeśli miska się podoba, prosimy o wystawienie opinii z 5 gwiazdkami (zamówienie ⟪O⟫).
Bardzo nam to pomoże!

Katarzyna""", product="Miska ceramiczna 20 cm")

add("pl-obraza", "polna", "pl", [OF],
    "obraźliwe słowa wobec kupującego",
    "Odp: Zła kolorystyka", """⟪N⟫,

kolor jest dokładnie taki jak na zdjęciu. Nie będę tłumaczyć takiemu idiocie jak Pan różnicy
między ekranem a rzeczywistością.

Katarzyna""", kind="reply", quote="plain", product="Wazon ceramiczny niebieski",
    buyer_msg="Kolor wazonu jest inny niż na zdjęciu.", irt=False)

# ======================================================================== Swedish
add("sv-postnord-sparningsnummer", "fjall", "sv", [],
    "PostNord-spårningsnummer, SV:-svar, pris i kronor",
    "SV: Var är mitt paket?", """Hej ⟪N⟫,

Din ullfilt skickades i tisdags med PostNord, spårningsnummer UA482915736SE. Den beräknas
komma fram på fredag. Frakten på 49 kr återbetalar vi eftersom leveransen blev sen.

Vänliga hälsningar,
Erik
Fjällgården""", kind="reply", quote="gmail", product="Ullfilt 130 x 180 cm",
    buyer_msg="Mitt paket har inte kommit än.", charset="iso-8859-1")

add("sv-faktura-proaktiv", "fjall", "sv", [],
    "proaktivt meddelande med faktura (PDF) och ordernummer",
    "Faktura för order ⟪O⟫", """Hej ⟪N⟫,

Här kommer fakturan (F-2025-0192) för din order ⟪O⟫, som du bad om vid köpet.
Momsregistreringsnummer: SE556677889901.

Erik, Fjällgården""", product="Fårskinn naturvit",
    atts=[PDF("Faktura_F-2025-0192.pdf", "Faktura F-2025-0192 Fjallgarden")])

add("sv-skype-kontakt", "fjall", "sv", [CO],
    "inbjudan att kontakta säljaren på Skype",
    "SV: Storlek på tofflorna", """Hej ⟪N⟫,

Lägg gärna till oss på Skype (fjallgarden.kundtjanst) så kan vi titta på storleken
tillsammans via video.

Erik""", kind="reply", quote="plain", product="Fårskinnstofflor",
    buyer_msg="Vilken storlek ska jag välja, jag har 39,5?", irt=False)

add("sv-rabattkod-bar-doman", "fjall", "sv", [EL, MK],
    "rabattkod för nästa köp med en bar domän",
    "SV: Tvätt av fårskinn", """Hej ⟪N⟫,

Fårskinnet tvättas bäst för hand i ljummet vatten med ullschampo.

Använd koden VAR20 för 20 % rabatt på ditt nästa köp på fjallgarden-butik.se!

Erik""", kind="reply", quote="gmail", product="Fårskinn naturvit",
    buyer_msg="Hur tvättar jag fårskinnet?")


# ======================================================================== additions
add("en-shitake-matsushita-essex", "greyhound", "en", [],
    "words containing profanity substrings: shitake, Matsushita, Essex, Middlesex, Cockburn, Penistone",
    "Re: Is this the same amplifier?", """Hi ⟪N⟫,

Yes, the AMP-40 uses the same output stage that Matsushita designed in the 1990s; we build it
at our workshop near Penistone and test each unit in our Essex lab before dispatch. The one in
the Middlesex hi-fi show photos was a pre-production sample, and the review by Mr Cockburn you
mention was of the older AMP-30.

(And no, we don't know why the listing algorithm suggested a shitake mushroom grow kit next to it!)

Priya""", kind="reply", quote="gmail", product="Greyhound AMP-40 Integrated Amplifier",
    buyer_msg="Is this the same amp reviewed in the magazine last year?")

add("ja-henpin-jusho-rma", "sakura", "ja", [],
    "返品先住所（郵便番号付き）、返品番号、Amazon返品センターへのリンク",
    "Re: 返品について", """⟪N⟫様

返品のご連絡ありがとうございます。以下の住所へご返送ください。

〒150-0001 東京都渋谷区神宮前1-2-3 さくら雑貨 返品係
返品番号：RMA-JP-0815

返品の状況はAmazonの返品センターでもご確認いただけます。
https://www.amazon.co.jp/gp/css/returns/homepage.html

商品到着後、3営業日以内に2,750円を返金いたします。

さくら雑貨 ⟪AG⟫""", kind="reply", quote="plain", product="ガラスペン セット",
    buyer_msg="ガラスペンの先が欠けていたので返品したいです。")

add("it-aggiornare-feedback-neutro", "ferri", "it", [],
    "dopo la risoluzione: può aggiornare il feedback se lo desidera, a sua totale discrezione (neutro)",
    "R: Cucitura scucita", """Buongiorno ⟪N⟫,

ci dispiace per la cucitura della borsa. Le abbiamo spedito oggi una borsa nuova senza alcun
costo e non serve restituire quella difettosa.

Se lo desidera, può aggiornare il feedback che ci ha lasciato; è una sua libera scelta e
naturalmente non è affatto necessario.

Cordiali saluti,
Marco""", kind="reply", quote="gmail", product="Borsa a tracolla in pelle",
    buyer_msg="La cucitura si è aperta dopo due settimane. Ho lasciato un feedback negativo.")

add("fr-important-gravure", "sauge", "fr", [],
    "[Important] correct : question de personnalisation (gravure)",
    "[Important] Gravure de votre commande ⟪O⟫", """Bonjour ⟪N⟫,

Pour la gravure du pot à bougie de votre commande ⟪O⟫, nous avons reçu le texte « Pour Mamie ».
Souhaitez-vous une écriture cursive ou en capitales ? Sans réponse d'ici jeudi, nous graverons
en cursive.

Camille""", product="Bougie gravée personnalisée")

add("es-valoracion-danos-sustitucion", "olivar", "es", [],
    "«valoración de los daños» (no es una reseña); sustitución sin condiciones",
    "RE: Botella rota", """Hola ⟪N⟫:

Gracias por las fotos. Tras la valoración de los daños con la agencia de transporte, le
enviamos hoy una botella nueva sin coste. No es necesario devolver nada.

Un saludo,
Lucía""", kind="reply", quote="gmail", product="Aceite de oliva virgen extra 1 L (vidrio)",
    buyer_msg="La botella llegó rota y con el aceite derramado.")

add("fr-supprimer-commentaire", "lumiere", "fr", [FR],
    "demande de supprimer un commentaire négatif",
    "RE: Couleur délavée", """Bonjour ⟪N⟫,

Nous vous avons envoyé un nouveau plaid. Maintenant que le problème est réglé, pourriez-vous
supprimer votre commentaire négatif, s'il vous plaît ?

Julien""", kind="reply", quote="plain", product="Plaid en coton bio",
    buyer_msg="Le plaid s'est délavé au premier lavage, j'ai laissé un commentaire.")

add("it-modificare-recensione", "officina", "it", [FR],
    "insiste perché il cliente modifichi la sua recensione",
    "R: Recensione", """Buongiorno ⟪N⟫,

le scriviamo di nuovo per la sua recensione sul vaso. Le chiediamo ancora una volta di
modificarla al più presto: il problema era del corriere, non nostro.

Giulia""", kind="reply", quote="gmail", product="Vaso in terracotta 30 cm",
    buyer_msg="Il vaso è arrivato crepato. Ho scritto una recensione.")

add("es-important-en-respuesta", "rutaverde", "es", [IT],
    "[Important] usado en una respuesta sobre la garantía",
    "RE: [Important] Pregunta sobre la garantía", """Hola ⟪N⟫:

La garantía de la linterna es de 2 años desde la fecha de compra; solo necesita el número de
pedido si algún día hay que usarla.

Diego""", kind="reply", quote="plain", product="Linterna frontal recargable",
    buyer_msg="¿Cuánto dura la garantía?", orig_subject="Pregunta sobre la garantía")

add("fr-sans-numero-de-commande", "lumiere", "fr", [MO],
    "message proactif sans numéro de commande",
    "Votre commande récente", """Bonjour ⟪N⟫,

Le rideau en lin que vous avez commandé la semaine dernière est en cours de confection et
partira lundi au lieu de vendredi.

Julien, Lumière & Fil""", product="Rideau en lin 140 x 260", with_oid=False)


# ======================================================================== building
BASE_DATE = _dt.datetime(2025, 3, 3, 8, 0, tzinfo=_dt.timezone.utc)


def quote_html(c: Case) -> str:
    if not c.quote:
        return ""
    head = _html.escape(WROTE[c.lang].format(b=c.buyer, r=c.relay))
    return (f'<div>{head}<br>\n<blockquote type="cite">\n'
            + text_to_html(amazon_block(c, c.buyer_msg)) + "\n</blockquote></div>")


def build(c: Case, n: int) -> bytes:
    from email.headerregistry import Address
    name, addr, tld, agent, _ = SELLERS[c.seller]
    msg = EmailMessage()
    local, dom = addr.split("@")
    msg["From"] = Address(display_name=f"{agent} | {name}" if n % 3 == 0 else name, username=local, domain=dom)
    msg["To"] = c.relay if n % 4 else Address(display_name=f"{c.buyer} - Amazon Marketplace",
                                              username=c.relay.split("@")[0], domain=c.relay.split("@")[1])
    msg["Subject"] = c.fill(c.subject)
    msg["Date"] = email.utils.format_datetime(BASE_DATE + _dt.timedelta(minutes=157 * n))
    msg["Message-ID"] = f"<{h(c.slug, 20)}.{n}@{dom}>"
    if c.kind == "reply" and c.irt:
        ses = f"<010201955{digits(c.slug + 'ses', 7)}-{h(c.slug + 'ses', 8)}-{h(c.slug + 'ses2', 4)}-000000@eu-west-1.amazonses.com>"
        msg["In-Reply-To"] = ses
        msg["References"] = ses
    for k, v in c.headers:
        msg[k] = v
    msg["MIME-Version"] = "1.0"

    text = c.fill(c.body) if c.body else ""
    if c.quote and c.body and "⟪Q⟫" not in c.body:
        text = text.rstrip("\n") + "\n\n" + quote_text(c, c.quote if c.quote != "html" else "gmail")
    if c.quote == "html" and c.body:
        text = c.fill(c.body).rstrip("\n") + "\n\n" + quote_text(c, "gmail")
    html = None
    if c.fmt == "html":
        html = c.fill(c.html.replace("⟪QH⟫", quote_html(c)))
        if not text:
            # plain alternative derived from the HTML (helpdesks do this)
            t = re.sub(r"<br>\s*", "\n", html)
            t = re.sub(r"</p>\s*", "\n\n", t)
            t = re.sub(r"<[^>]+>", "", t)
            text = _html.unescape(re.sub(r"\n{3,}", "\n\n", t)).strip() + "\n"
    elif c.fmt == "alt":
        own = c.fill(c.body.replace("⟪Q⟫", ""))
        html = ("<html><body>\n" + text_to_html(own) + "\n" + quote_html(c) + "\n</body></html>")
    kw = {}
    if c.cte:
        kw["cte"] = c.cte
    text = text.rstrip("\n") + "\n"
    msg.set_content(text, charset=c.charset, **kw)
    if html is not None:
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
        hp = msg.get_payload()[1]
        for cid, mt, st, data, fn in c.inline:
            hp.add_related(data, mt, st, cid=f"<{cid}>", filename=fn, disposition="inline")
    for fn, mt, st, data in c.atts:
        if mt == "text":
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn, cte="base64")
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_bsmh_{n:04d}_{i}_{h(c.slug, 8)}")
    pol = email.policy.default.clone(linesep="\r\n" if c.crlf else "\n")
    return msg.as_bytes(policy=pol)


def order_files() -> list[Case]:
    import random
    cases = CASES[:]
    random.Random(20250303).shuffle(cases)
    groups: dict[str, list[Case]] = {}
    for c in CASES:  # definition order = intended checking order inside a pair
        if c.pair:
            groups.setdefault(c.pair, []).append(c)
    for members in groups.values():
        pos = sorted(cases.index(m) for m in members)
        for p, m in zip(pos, members):
            cases[p] = m
    return cases


def self_check(rows: list[dict]) -> list[str]:
    errs = []
    seen_orders: dict[str, str] = {}
    for r in rows:
        raw = (HERE / r["file"]).read_bytes()
        m = message_from_bytes(raw, policy=email.policy.default)
        for part in m.walk():
            if part.defects:
                errs.append(f"{r['file']}: defects {part.defects}")
        subj = str(m["Subject"])
        kind = "reply" if (m["In-Reply-To"] or m["References"] or REPLY_RE.match(subj)) else "proactive"
        if kind != r["kind"]:
            errs.append(f"{r['file']}: kind {r['kind']} but headers say {kind}")
        cats = r["categories"]
        if cats != [c for c in CATS if c in cats]:
            errs.append(f"{r['file']}: categories not in POLICY order")
        texts = [subj]
        for part in m.walk():
            if part.get_content_maintype() == "text" and not part.get_filename():
                texts.append(part.get_content())
        alltext = "\n".join(texts)
        oids = set(ORDER_RE.findall(alltext))
        if kind == "proactive" and not oids and "missing_order_id" not in cats:
            errs.append(f"{r['file']}: proactive without order id")
        if "missing_order_id" in cats and oids:
            errs.append(f"{r['file']}: labelled missing_order_id but has {oids}")
        if kind == "reply" and ("missing_order_id" in cats or "unpermitted_proactive" in cats):
            errs.append(f"{r['file']}: proactive-only label on a reply")
        for o in oids:
            if o in seen_orders and seen_orders[o] != r["pair"]:
                errs.append(f"{r['file']}: order id {o} shared outside a pair")
            seen_orders.setdefault(o, r["pair"])
        if not cats or "styling" not in cats:
            for part in m.walk():
                if part.get_content_type() == "text/plain" and not part.get_filename():
                    if re.search(r"\n[ \t]*\n[ \t]*\n[ \t]*\n", part.get_content()):
                        errs.append(f"{r['file']}: run of 3+ blank lines without styling label")
        if not cats:
            nparts = sum(1 for p in m.walk() if not p.is_multipart()) - 2
            if nparts > 5:
                errs.append(f"{r['file']}: compliant with >5 non-body parts")
    return errs


def main() -> int:
    MSGS.mkdir(exist_ok=True)
    for old in MSGS.glob("*.eml"):
        old.unlink()
    rows = []
    for n, c in enumerate(order_files(), 1):
        fn = f"msgs/{n:04d}-{c.slug}.eml"
        (HERE / fn).write_bytes(build(c, n))
        rows.append({"file": fn, "categories": [k for k in CATS if k in c.cats], "lang": c.lang,
                     "kind": c.kind, "note": c.note, "pair": c.pair})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("file", "categories", "lang", "kind", "note")},
                               ensure_ascii=False) + "\n")
    errs = self_check(rows)
    for e in errs:
        print("CHECK:", e, file=sys.stderr)
    # summary
    from collections import Counter
    cat_n = Counter(k for r in rows for k in r["categories"])
    lang_n = Counter(r["lang"] for r in rows)
    comp = sum(1 for r in rows if not r["categories"])
    print(f"{len(rows)} messages, {comp} compliant ({100 * comp / len(rows):.0f}%), "
          f"{len(rows) - comp} violations; replies {sum(r['kind'] == 'reply' for r in rows)}")
    print("per category:", ", ".join(f"{k} {cat_n[k]}" for k in CATS))
    print("per language:", ", ".join(f"{k} {v}" for k, v in lang_n.most_common()))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

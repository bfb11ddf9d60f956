#!/usr/bin/env python3
"""Third held-out corpus for bsm-guard: written independently, used only for final measurement.

Writes msgs/NNNN-slug.eml and labels.jsonl next to this script. Python 3.11 standard library
only, no network, fixed seed: every run produces byte-identical output.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import re
import shutil
import struct
import sys
import zipfile
import zlib
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
RNG = random.Random(20261127)
OID_RE = re.compile(r"\d{3}-\d{7}-\d{7}")
PREFIX_RE = re.compile(r"^\s*(\[[^\]]*\]\s*)?(re|aw|r|sv|odp)\s*:", re.I)
_USED: set[str] = set()


def oid() -> str:
    while True:
        first = RNG.choice(["026", "028", "111", "112", "113", "114", "171", "202", "203", "249", "250",
                            "302", "303", "304", "305", "306", "402", "403", "404", "405", "406", "407",
                            "408", "503", "249", "701"])
        s = f"{first}-{RNG.randrange(10**7):07d}-{RNG.randrange(10**7):07d}"
        if s not in _USED:
            _USED.add(s)
            return s


def relay(tld: str) -> str:
    chars = "abcdefghijklmnopqrstuvwxyz0123456789"
    local = "".join(RNG.choice(chars) for _ in range(15))
    return f"{local}@marketplace.amazon.{tld}"


def asin() -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "B0" + "".join(RNG.choice(chars) for _ in range(8))


# ---------------------------------------------------------------- attachment bytes

def pdf_bytes(title: str) -> bytes:
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        None,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    text = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 14 Tf 56 780 Td (" + text + b") Tj ET"
    objs[3] = b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
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
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def jpeg_bytes(shade: int = 128) -> bytes:
    """Baseline JPEG, 8x8 grey, one block with only a DC term (minimal Huffman tables)."""
    seg = bytearray(b"\xff\xd8")
    seg += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    seg += b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64)
    seg += b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 8, 8, 1) + b"\x01\x11\x00"
    dc_val = (shade - 128) * 8
    cat = abs(dc_val).bit_length()
    seg += b"\xff\xc4" + struct.pack(">H", 3 + 16 + 1) + b"\x00" + bytes([1] + [0] * 15) + bytes([cat])
    seg += b"\xff\xc4" + struct.pack(">H", 3 + 16 + 1) + b"\x10" + bytes([1] + [0] * 15) + b"\x00"
    seg += b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00"
    bits = "0"
    if cat:
        v = dc_val if dc_val > 0 else dc_val + (1 << cat) - 1
        bits += format(v, f"0{cat}b")
    bits += "0"
    bits += "1" * (-len(bits) % 8)
    data = bytearray()
    for i in range(0, len(bits), 8):
        b = int(bits[i:i + 8], 2)
        data.append(b)
        if b == 0xFF:
            data.append(0)
    seg += data + b"\xff\xd9"
    return bytes(seg)


GIF_1X1 = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
           b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def gif_animated() -> bytes:
    head = b"GIF89a\x02\x00\x02\x00\x80\x00\x00\xff\x00\x00\x00\x00\xff"
    loop = b"!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    frame = b"!\xf9\x04\x00\x32\x00\x00\x00,\x00\x00\x00\x00\x02\x00\x02\x00\x00\x02\x02\x84\x51\x00"
    frame2 = b"!\xf9\x04\x00\x32\x00\x00\x00,\x00\x00\x00\x00\x02\x00\x02\x00\x00\x02\x02\x44\x51\x00"
    return head + loop + frame + frame2 + b";"


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(zipfile.ZipInfo(name, (2026, 10, 1, 9, 0, 0)), data)
    return buf.getvalue()


def exe_bytes() -> bytes:
    dos = bytearray(b"MZ" + b"\x90\x00" + b"\x00" * 60)
    struct.pack_into("<I", dos, 0x3C, 0x80)
    stub = b"This program cannot be run in DOS mode.\r\r\n$"
    body = bytes(dos) + stub.ljust(0x80 - len(dos), b"\x00")
    pe = b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x14C, 1, 0x65A1B200, 0, 0, 0xE0, 0x102)
    return body + pe + b"\x00" * 240


def mp4_bytes() -> bytes:
    ftyp = struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 512) + b"isomiso2"
    mdat = struct.pack(">I", 24) + b"mdat" + bytes(range(16))
    return ftyp + mdat


def webp_bytes() -> bytes:
    vp8l = b"\x2f\x00\x00\x00\x00\x07\x10\x11\x11\x88\x88\xfe\x07\x00"
    body = b"WEBP" + b"VP8L" + struct.pack("<I", len(vp8l)) + vp8l
    return b"RIFF" + struct.pack("<I", len(body)) + body


def docx_bytes(text: str) -> bytes:
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
          '2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override '
          'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    doc = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           f'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>')
    return zip_bytes({"[Content_Types].xml": ct.encode(), "word/document.xml": doc.encode()})


# ---------------------------------------------------------------- sellers

S = {
    "lumen": dict(shop="Lumenrider Cycle Lights", dom="lumenrider.co.uk", tld="co.uk"),
    "sayama": dict(shop="狭山茶舗 Sayama Chaho", dom="sayama-chaho.jp", tld="co.jp"),
    "croq": dict(shop="Croquette & Compagnie", dom="croquette-compagnie.fr", tld="fr"),
    "spiel": dict(shop="Spielwerk Feldmann Verlag", dom="spielwerk-feldmann.de", tld="de"),
    "ronchi": dict(shop="Pelletteria Ronchi", dom="pelletteria-ronchi.it", tld="it"),
    "helio": dict(shop="Heliopak Solar", dom="heliopak-solar.com", tld="com"),
    "pequ": dict(shop="Pequeñín Bebé", dom="pequenin-bebe.es", tld="es"),
    "koraal": dict(shop="Koraalhuis Aquaria", dom="koraalhuis.nl", tld="nl"),
    "wrzos": dict(shop="Ceramika Wrzos", dom="ceramika-wrzos.pl", tld="pl"),
    "fjall": dict(shop="Fjällgarn", dom="fjallgarn.se", tld="se"),
    "ridge": dict(shop="Ridgeway Cast Iron Co.", dom="ridgeway-castiron.com", tld="com"),
    "north": dict(shop="Northbank Outfitters", dom="northbank-outfitters.ca", tld="ca"),
    "coast": dict(shop="Coastline Swim", dom="coastlineswim.com.au", tld="com.au"),
    "hart": dict(shop="Hartwell Stationery", dom="hartwell-stationery.co.uk", tld="co.uk"),
    "burren": dict(shop="Burren Candle Co.", dom="burrencandle.ie", tld="ie"),
    "kaffee": dict(shop="Kaffeemühlen Brandt", dom="muehlen-brandt.de", tld="de"),
    "verdure": dict(shop="Verdure Outils de Jardin", dom="verdure-jardin.fr", tld="fr"),
    "moka": dict(shop="Casa Moka Ferri", dom="casamoka-ferri.it", tld="it"),
    "guit": dict(shop="Cuerdas Albaicín", dom="cuerdas-albaicin.es", tld="es"),
    "yamane": dict(shop="ヤマネ電機", dom="yamane-denki.jp", tld="co.jp"),
}

CASES: list[dict] = []
_T0 = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def add(slug: str, lang: str, cats: list[str], note: str, seller: str, subject: str, text: str | None = None,
        html: str | None = None, *, irt: bool = False, to: str | None = None, frm: str | None = None,
        atts: tuple = (), inline: tuple = (), hdrs: dict | None = None, crlf: bool = False,
        charset: str = "utf-8", cte: str | None = None, hcte: str | None = None, raw_text: str | None = None,
        raw_html: str | None = None, group: str | None = None) -> dict:
    for c in cats:
        assert c in CATS, c
    s = S[seller]
    case = dict(slug=slug, lang=lang, cats=[c for c in CATS if c in cats], note=note, seller=seller,
                subject=subject, text=text, html=html, irt=irt, to=to or relay(s["tld"]), frm=frm,
                atts=atts, inline=inline, hdrs=hdrs or {}, crlf=crlf, charset=charset, cte=cte, hcte=hcte,
                raw_text=raw_text, raw_html=raw_html, group=group)
    CASES.append(case)
    return case


def qp_raw(s: str) -> str:
    """ASCII text to a quoted-printable payload; a '|' marks a forced soft line break."""
    assert all(ord(c) < 128 for c in s) and "=" not in s
    return s.replace("|", "=\n")


# ---------------------------------------------------------------- quoting helpers

AMZ_FOOT = {
    "en": "Was this email helpful? https://www.amazon.{tld}/gp/communication-manager/rate?ctk=7Yx2Lq",
    "de": "War diese E-Mail hilfreich? https://www.amazon.de/gp/communication-manager/rate?ctk=Qm41Zr",
    "fr": "Cet e-mail vous a-t-il été utile ? https://www.amazon.fr/gp/communication-manager/rate?ctk=Vb82Ka",
    "es": "¿Te ha resultado útil este mensaje? https://www.amazon.es/gp/communication-manager/rate?ctk=Wd30Po",
    "it": "Questa e-mail ti è stata utile? https://www.amazon.it/gp/communication-manager/rate?ctk=Ne55Tu",
    "ja": "このEメールは役に立ちましたか？ https://www.amazon.co.jp/gp/communication-manager/rate?ctk=Hj09Ls",
}
AMZ_HEAD = {
    "en": ("Order ID", "Message", "End message"),
    "de": ("Bestellnummer", "Nachricht", "Ende der Nachricht"),
    "fr": ("Numéro de commande", "Message", "Fin du message"),
    "es": ("Número de pedido", "Mensaje", "Fin del mensaje"),
    "it": ("Numero ordine", "Messaggio", "Fine del messaggio"),
    "ja": ("注文番号", "メッセージ", "メッセージ終了"),
}


def amz(lang: str, order: str, item: str, msg: str, tld: str = "com") -> str:
    k_oid, k_msg, k_end = AMZ_HEAD[lang]
    return (f"{k_oid}: {order}\n1 x {item}\n\n------------- {k_msg}: -------------\n\n{msg.strip()}\n\n"
            f"------------- {k_end} -------------\n\n{AMZ_FOOT[lang].format(tld=tld)}\n")


def gt(text: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(text: str) -> str:
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + esc(block).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def page(body: str, head: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8">{head}</head>\n<body>\n{body}\n'
            "</body></html>\n")


# ================================================================ SPECS: repeat-request pairs

o = oid()
add("lumen-feedback-first", "en", [], "neutral seller-feedback request, first for this order (pair 1)",
    "lumen",
    f"Your Lumenrider order {o}",
    f"""Hi Tom,

Your Halo 900 front light (order {o}) was delivered on Tuesday according to Royal Mail, so I hope the
first few dark commutes have gone smoothly.

If you've got a spare minute at some point, would you mind leaving seller feedback for this order on
Amazon? It genuinely helps a two-person workshop like ours.

Cheers,
Priya
Lumenrider Cycle Lights
""", group="p1")
add("lumen-review-second", "en", ["repeat_request"],
    "second request for the same order: product review after seller feedback, other agent (pair 1)",
    "lumen", "About your Halo 900",
    f"""Hello Tom,

Callum here from Lumenrider. I'm following up on order {o} - whenever you have time, a review of the
Halo 900 on its product page would be much appreciated.

All the best,
Callum Reid
""", group="p1")

o = oid()
add("spiel-bewertung-first", "de", [], "neutral product-review request in German, first (pair 2)", "spiel",
    f"Ihre Bestellung {o} – Spielabend gelungen?",
    f"""Guten Tag Frau Albrecht,

Ihr Exemplar von „Hafenmeister" (Bestellung {o}) ist laut DHL seit Samstag bei Ihnen. Wir hoffen, die
erste Partie hat Spaß gemacht!

Falls Sie Zeit und Lust haben, freuen wir uns über eine kurze Rezension auf der Amazon-Produktseite.

Mit freundlichen Grüßen
Merle Voigt
Spielwerk Feldmann Verlag
""", group="p2")
add("spiel-review-second-english", "en", ["repeat_request"],
    "second review request for the same order, switched to English, other agent (pair 2)", "spiel",
    f"Order {o}",
    """Dear Ms Albrecht,

Jonas from Spielwerk Feldmann - sorry for writing in English, our German-speaking colleague is on leave.
We'd love to hear your opinion of Hafenmeister in a review on Amazon, if you can spare a few minutes.

Kind regards,
Jonas Feldmann
""", group="p2")

o = oid()
a = asin()
add("croq-avis-in-support-reply", "fr", [],
    "first review request inside a support reply about kibble size (pair 3)", "croq",
    "Re: Taille des croquettes",
    "Bonjour Madame Lefèvre,\n\n"
    "Les croquettes « Grand Large » font environ 14 mm de diamètre : elles conviennent sans problème à un\n"
    "berger australien de 20 kg. Vous pouvez faire la transition sur 7 jours en mélangeant avec l'ancienne\n"
    "alimentation.\n\n"
    "Et si vous avez un instant après quelques semaines d'utilisation, un avis sur Amazon nous aiderait\n"
    "beaucoup.\n\nBien à vous,\nAmandine Roux\nCroquette & Compagnie\n\n"
    + amz("fr", o, f"Croquettes Grand Large 12 kg [ASIN: {a}]",
          "Bonjour, les croquettes sont-elles assez grosses pour un berger australien ? Merci", "fr"),
    irt=True, group="p3")
add("croq-evaluation-second", "fr", ["repeat_request"],
    "proactive seller-feedback request after the review request in an earlier reply (pair 3)", "croq",
    f"Commande {o} : votre évaluation",
    f"""Bonjour,

Nous espérons que votre chien apprécie ses nouvelles croquettes. Pourriez-vous prendre quelques secondes
pour évaluer notre boutique concernant la commande {o} ? Merci d'avance.

Yannick
Croquette & Compagnie
""", group="p3")

o = oid()
add("pequ-valoracion-vendedor-first", "es", [], "neutral seller-feedback request (pair 4)", "pequ",
    f"Su pedido {o} de Pequeñín Bebé",
    f"""Hola, Carmen:

Esperamos que la trona plegable Nido haya llegado en perfecto estado (pedido {o}).

Cuando le venga bien, ¿podría valorar su experiencia con nosotros como vendedor en Amazon? Su opinión nos
sirve para mejorar.

Un saludo,
Lucía Martín
""", group="p4")
add("pequ-opinion-producto-second", "es", ["repeat_request"],
    "second request, order id only in the subject, product review after seller feedback (pair 4)", "pequ",
    f"Pedido {o}",
    """Buenas tardes, Carmen:

Soy Álvaro, del equipo de Pequeñín Bebé. Si tiene un rato, nos encantaría leer una reseña suya de la trona
Nido en la página del producto.

Gracias y un abrazo para el peque,
Álvaro
""", group="p4")

o = oid()
add("ronchi-recensione-subject-id-first", "it", [],
    "first review request, order id only in subject (pair 5)", "ronchi",
    f"Ordine {o} – com'è andata con la cartella?",
    """Gentile Sig. Bassani,

la cartella in cuoio che ha ricevuto la settimana scorsa è stata cucita a mano nel nostro laboratorio di
Scandicci. Ci farebbe piacere, se ne ha voglia, leggere la sua recensione su Amazon.

Cordiali saluti,
Giulia Ronchi
""", group="p5")
add("ronchi-feedback-second", "it", ["repeat_request"],
    "second request for the same order: seller feedback, other agent (pair 5)", "ronchi",
    "La sua esperienza con Pelletteria Ronchi",
    f"""Buongiorno Sig. Bassani,

le scrivo per l'ordine {o}. Avrebbe due minuti per lasciare un feedback sul venditore? Le saremmo
davvero grati.

Marco
Pelletteria Ronchi
""", group="p5")

o = oid()
add("sayama-review-first", "ja", [], "neutral Japanese review request (pair 6)", "sayama",
    f"ご注文 {o} 狭山茶のご感想について",
    f"""鈴木 様

このたびは狭山茶舗の「深蒸し煎茶 100g」をお買い上げいただき、誠にありがとうございます。
（注文番号：{o}）

お時間のあるときで構いませんので、商品ページにレビューをお寄せいただけますと幸いです。

狭山茶舗 佐藤 美咲
""", charset="iso-2022-jp", cte="7bit", group="p6")
add("sayama-hyouka-second", "ja", ["repeat_request"],
    "second request (seller rating) after a review request, other agent (pair 6)", "sayama",
    "出品者評価のお願い",
    f"""鈴木 様

狭山茶舗の田村でございます。注文番号 {o} の取引につきまして、
出品者としての評価をいただけましたら励みになります。

田村 健一
""", group="p6")

o = oid()
a = asin()
add("helio-review-html-first", "en", [], "HTML review request from a helpdesk, first for this order (pair 7)",
    "helio", f"How is your Heliopak 60W panel? (order {o})",
    None,
    page(f"""<p>Hi Derek,</p>
<p>Your Heliopak 60W foldable panel ({a}) should have been charging things for about two weeks now.</p>
<p>If you have a moment, we'd appreciate a product review on Amazon:
<a href="https://www.amazon.com/review/create-review?asin={a}">write a review</a>.</p>
<p>Maria Gonzalez<br>Heliopak Solar</p>"""), frm="Heliopak Support <help@heliopak-solar.com>",
    group="p7")
add("helio-review-second-five-stars", "en", ["review_manipulation", "repeat_request"],
    "second request for the same order from another agent, hoping for five stars (pair 7)", "helio",
    f"Order {o} - quick favour",
    """Hey Derek,

Tyler from Heliopak. Would you be up for rating the 60W panel? We're a small team and a five-star
rating really moves the needle for us.

Thanks a ton,
Tyler
""", frm="Tyler Brooks <tyler@heliopak-solar.com>", group="p7")

o = oid()
add("koraal-review-first-dutch", "nl", [], "neutral Dutch review request (pair 8)", "koraal",
    f"Uw bestelling {o} bij Koraalhuis",
    f"""Beste meneer Jansen,

De CO2-diffuser uit bestelling {o} is vorige week bezorgd. We hopen dat de planten in uw bak ervan
genieten.

Zou u, als u er tijd voor heeft, een beoordeling willen schrijven op Amazon? Alvast bedankt.

Met vriendelijke groet,
Sanne de Vries
Koraalhuis Aquaria
""", charset="iso-8859-1", group="p8")
add("koraal-review-second-english", "en", ["repeat_request"],
    "second request for the same order in English after a Dutch one (pair 8)", "koraal",
    f"Your CO2 diffuser - order {o}",
    """Hi Mr Jansen,

Bram from Koraalhuis here. Could you spare a minute to review the CO2 diffuser on Amazon? Other
aquarists find these reviews helpful.

Best,
Bram
""", group="p8")

o = oid()
add("ridge-giftcard-review-refused", "en", ["review_incentive"],
    "first request offers a gift card for a review: rejected, never relayed (pair 9)", "ridge",
    f"Your 12-inch skillet, order {o}",
    f"""Hi Linda,

Hope the 12-inch skillet from order {o} is already getting some use. Leave us a review on Amazon and
we'll email you a $15 Amazon gift card as a thank-you once it's posted.

Hank Miller
Ridgeway Cast Iron Co.
""", group="p9")
add("ridge-clean-review-after-refused", "en", [],
    "clean review request for an order whose only earlier request was rejected: not a repeat (pair 9)",
    "ridge", f"Order {o}: how's the skillet?",
    """Hi Linda,

Shauna from Ridgeway. Just checking the seasoning held up after the first few fry-ups. If you feel like
it, a review on Amazon would help other cooks decide.

Take care,
Shauna
""", group="p9")


# ================================================================ SPECS: English, compliant

o = oid()
add("lumen-royalmail-scunthorpe", "en", [],
    "Royal Mail tracking number, Scunthorpe delivery office, On ... wrote quote; compliant", "lumen",
    "Re: Light hasn't arrived",
    f"""Hi Graham,

Sorry it's taking a while. The parcel left us on 3 November and Royal Mail shows it sitting at the
Scunthorpe delivery office since Friday - tracking number JX541907823GB. They usually clear
these within 48 hours, so I'd expect it with you by Wednesday.

If nothing turns up by Thursday just let me know here and I'll post a replacement straight away.

Priya
Lumenrider Cycle Lights

On 8 Nov 2026, at 19:42, Graham - Amazon Marketplace <{relay('co.uk')}> wrote:
{gt(f"Order {o} still not here. Tracking hasn't moved since Friday. Any idea?")}
""", irt=True)

o = oid()
add("helio-ups-usps-outlook-quote", "en", [],
    "UPS 1Z and a 22-digit USPS number in phone-like groups, firmware version, Outlook quote block; "
    "compliant",
    "helio", "RE: Replacement cable", f"""Hi Joanne,

The replacement MC4 extension cable went out this morning in two boxes because the warehouse split it:

  UPS tracking: 1Z 9A4 72E 03 4417 8820
  USPS tracking: 9400 1118 9922 3856 7120 44

Once it's connected, the controller should show firmware 2.4.1 on the display. If it still reads 2.3.9,
hold the MODE button for 5 seconds to update.

Best,
Maria Gonzalez
Heliopak Solar

-----Original Message-----
From: Joanne - Amazon Marketplace <{relay('com')}>
Sent: Monday, November 9, 2026 4:18 PM
To: Heliopak Support
Subject: Replacement cable

Order ID {o}. The cable that came with the HP-60F panel has a cracked connector. Can you send another?
""", irt=True, charset="windows-1252")

o = oid()
add("ridge-fedex-delay-window", "en", [],
    "proactive delay notice: FedEx 12-digit tracking number, delivery window, price; compliant", "ridge",
    f"Delivery update for order {o}",
    f"""Hello Marcus,

Your Dutch oven (order {o}) missed Friday's truck because of a pallet mix-up at our Tennessee warehouse.
It's now with FedEx, tracking number 7712 3456 7890, and FedEx is promising delivery Thursday between
9 am and 1 pm.

The shipping you paid ($9.95) has been refunded to your card for the hassle - nothing you need to do.

Hank
Ridgeway Cast Iron Co.
""")

o = oid()
add("north-canadapost-return-address", "en", [],
    "Canada Post 16-digit tracking, RMA and a return address with postcode; compliant", "north",
    "Re: Snowshoes too small",
    "Hi Olivia,\n\nNo problem at all, we'll swap the 25-inch pair for the 30-inch. Please send the "
    "unused pair\nback to:\n\n  Northbank Outfitters - Returns (RMA-NB-40217)\n  1450 Rue Notre-Dame "
    "Ouest, Unit 3\n  Montréal QC  H3C 1K8\n\nThe prepaid label is under Your Orders. Our outbound "
    "Canada Post tracking number for the\nbigger pair will be 7023 2104 5598 1276 - it ships the day "
    "your return is scanned.\n\nGeneviève\n\n"
    + amz("en", o, "Northbank Trailbreaker Snowshoes 25\"", "These are too small for me with a pack. "
          "Can I exchange for 30 inch?", "ca"),
    irt=True, charset="iso-8859-1")

o = oid()
add("coast-partial-refund-auspost", "en", [],
    "unconditional partial refund in AUD for a torn strap, AusPost tracking; compliant", "coast",
    "Re: Strap ripped first swim",
    f"""Hi Kirra,

That strap shouldn't have torn, sorry. I've refunded AUD 12.50 on order {o} so you're not out of
pocket, and a spare silicone strap is on its way - Australia Post tracking 33LPR501234501000930501.
No need to send anything back.

Cheers,
Mia
Coastline Swim
""", irt=True)

o = oid()
add("hart-refund-invoice-vat", "en", [],
    "refund for a dented box, invoice number and a UK VAT number in phone-like groups; compliant", "hart",
    "Re: Invoice needed for expenses",
    f"""Dear Mr Okafor,

Please find the details for your expenses claim below:

  Order: {o}
  Invoice: INV-2026-11873 (dated 2 November 2026)
  VAT registration: GB 987 6543 21
  Total: £38.40 incl. VAT

I have also refunded £6.40 for the dented presentation box, which should show in 3-5 working days.

With best wishes,
Eleanor Hartwell
Hartwell Stationery
""", irt=True, atts=(("INV-2026-11873.pdf", "application/pdf", pdf_bytes("Invoice INV-2026-11873")),))

o = oid()
add("burren-important-redelivery", "en", [],
    "[Important] used correctly: delivery scheduling after a failed delivery, An Post number; compliant",
    "burren", f"[Important] Redelivery of your candles - order {o}",
    """Hi Sinéad,

An Post called on Tuesday while you were out and left a card. The parcel (CE 118 450 963 IE) is being
held at the Ennis delivery office until 28 November.

Could you tell us which weekday suits you for a second attempt? We'll pass it on to An Post.

Thanks,
Aoife Byrne
Burren Candle Co.
""")

o = oid()
add("lumen-important-address-postcode", "en", [],
    "[Important] used correctly: address problem, postcode in the text; compliant", "lumen",
    f"[IMPORTANT] Address check for order {o}",
    """Hi Rachel,

Before we post your rear light: the address on the order says 14 Ecclesall Road but the postcode is
S11 8YT, which Royal Mail lists for a different street. Which one is right? We'd rather check than have it
bounce around Sheffield.

Many thanks,
Dan at Lumenrider
""")

o = oid()
add("helio-declines-whatsapp", "en", [],
    "agent declines the buyer's request to move to WhatsApp or a phone call; compliant", "helio",
    "Re: can we talk on whatsapp?",
    "Hi Andre,\n\nI understand typing it all out is a pain. We're only able to help through Amazon "
    "messages, though,\nso we can't do WhatsApp or phone calls. If you can send a photo of the charge "
    "controller's\nscreen here, I'll walk you through the settings step by step.\n\nTyler\n\n"
    + amz("en", o, "Heliopak 100W Solar Kit", "This is getting complicated. Can we talk on whatsapp or "
          "can you call me instead?"), irt=True)

o = oid()
add("north-messenger-feature", "en", [],
    "WhatsApp and Facebook Messenger named as features of a satellite communicator; compliant", "north",
    "Re: Does it work without cell signal?",
    """Hi Pete,

Yes - the Northbank Relay S2 sends texts over the satellite network, so you don't need cell coverage.
In the companion app you can link contacts so that your messages arrive in their WhatsApp or Facebook
Messenger, which is handy for family who don't want another app. Firmware 3.10.2 added that feature.

Rob Chen
Northbank Outfitters

> Will this thing work in Algonquin where there's no cell signal at all?
""", irt=True)

o = oid()
a = asin()
add("coast-neutral-review-link", "en", [],
    "one neutral review request with an https Amazon create-review link; compliant", "coast",
    f"Your goggles - order {o}",
    None, page(f"""<p>Hi Zoe,</p>
<p>Thanks for choosing Coastline Swim. Your Tidal Pro goggles were delivered on Monday.</p>
<p>If you have a minute, we would appreciate your review:
<a href="https://www.amazon.com.au/review/create-review?asin={a}&amp;ref=cs">review the Tidal Pro</a></p>
<p>Mia Thompson<br>Coastline Swim</p>"""))

o = oid()
add("burren-feedback-can-be-updated", "en", [],
    "after a replacement: neutral note that feedback can be updated, entirely optional; compliant", "burren",
    "Re: Cracked jar",
    """Hi Declan,

Glad to hear the replacement Atlantic Sea Salt candle arrived in one piece this time! We've also
changed our packaging supplier so it doesn't happen again.

I noticed your earlier feedback mentioned the cracked jar. Amazon lets buyers edit feedback later if
they wish - entirely up to you, and no pressure at all either way.

All the best,
Niall
""", irt=True)

o = oid()
add("ridge-shiitake-two-blank-lines", "en", [],
    "trigger substrings (shiitake, first-class, assessment) and exactly two blank lines; compliant", "ridge",
    f"Re: Seasoning flaking - order {o}",
    """Hi Bev,

From your photo, my assessment is that it's just excess oil baked on, not the factory seasoning
failing. Scrub with coarse salt, dry on the stove, and wipe a very thin layer of oil on.


For the first few uses, cook something fatty: bacon or shiitake mushrooms in butter work great. The
pan will be first-class after a couple of weeks.

Shauna
Customer Care
""", irt=True)

o = oid()
add("lumen-manual-pdf-wiring-jpeg", "en", [],
    "PDF manual and a JPEG wiring photo attached; serial number; compliant", "lumen",
    "Re: Dynamo wiring",
    f"""Hi Kwame,

Attached is the wiring manual for the Halo D dynamo light and a photo of how the spade connectors go on
the hub. Your unit's serial (LRD-2207-004518) is from the batch with the longer cable, so trim it to
fit.

Order {o} is still within our 2-year warranty, so shout if anything's off.

Callum
""", irt=True, atts=(("Halo-D-wiring-manual.pdf", "application/pdf", pdf_bytes("Halo D wiring manual")),
                     ("hub-connectors.jpg", "image/jpeg", jpeg_bytes(90))))

o = oid()
add("helio-invoice-ein-proactive", "en", [],
    "proactive invoice delivery with PDF, invoice and tax ids; compliant", "helio",
    f"Invoice for order {o}",
    f"""Hello Ms. Park,

As requested at checkout for business purchases, the invoice for order {o} is attached
(invoice HS-2026-0917, seller tax ID 84-1234567). The amount is $189.00 plus $15.59 sales tax.

Heliopak Solar accounts team
""", atts=(("HS-2026-0917.pdf", "application/pdf", pdf_bytes("Invoice HS-2026-0917")),))

o = oid()
add("north-screenshot-versions", "en", [],
    "PNG screenshot, iOS and app version numbers, pseudo-domain from a missing space; compliant", "north",
    "Re: App won't pair",
    """Hi Sam,

Thanks for the screenshot. You're on iOS 17.4 and app version 5.2.0, which is fine. The pairing dropped
because the Relay S2 restarted.It does that when the battery is under 10%.

Charge it fully, then follow the steps in the picture I've attached (Settings > Devices > Add).

Geneviève
""", irt=True, atts=(("pairing-steps.png", "image/png", png_bytes(6, 4)),))

o = oid()
relay_c = relay("com.au")
add("coast-relay-in-body", "en", [],
    "relay address in the body, AusPost tracking; compliant", "coast", "Re: wrong size sent",
    f"""Hi Ethan,

You're right, we sent the junior size. The adult Tidal Pro is on its way with tracking
TPZ0041236 (Australia Post Express). Keep the junior pair for a niece or nephew if you like.

If anything else comes up, reply to this thread ({relay_c}) and it reaches me directly.

Jack, Coastline Swim
""", to=relay_c, irt=True)

o = oid()
add("hart-important-customisation", "en", [],
    "[Important] used correctly: personalisation question for an engraved notebook; compliant", "hart",
    f"[Important] Initials for your engraved notebook ({o})",
    """Dear Ms Whitfield,

Your order includes foil engraving, but the personalisation field was left blank. Which initials would
you like on the cover (up to three letters), and in gold or silver foil?

We'll hold the notebook until we hear from you.

Sam
Hartwell Stationery
""")

o = oid()
add("burren-returns-link-eircode", "en", [],
    "https Amazon returns link, RMA and a return address with Eircode; compliant", "burren",
    "Re: Return the diffuser",
    f"""Hi Orla,

Of course. Please start the return from Amazon's returns centre so the refund is tracked:
https://www.amazon.ie/spr/returns/cart?orderId={o}

Mark the box RMA-BC-2291 and send it to Burren Candle Co., Unit 4 Kilfenora Road, Lisdoonvarna,
Co. Clare, V95 K2T8. The refund is issued as soon as it's scanned in.

Aoife
""", irt=True)

o = oid()
add("ridge-refund-despite-one-star-threat", "en", [],
    "unconditional refund although the buyer threatened a 1-star review in the quoted message; compliant",
    "ridge", "Re: Warped griddle",
    "Hi Walt,\n\nI'm sorry the griddle warped on your glass top. I've issued a full refund of $54.00 for "
    "order\n" + o + " today, no need to return it.\n\nHank\n\n"
    + amz("en", o, "Ridgeway Reversible Griddle", "Griddle warped after 2 uses. Refund me or I'm "
          "leaving 1 star."), irt=True)

o = oid()
add("lumen-help-link-serials", "en", [],
    "https Amazon help page link and serial numbers in groups; compliant", "lumen",
    "Re: Warranty claim",
    f"""Hi Fatima,

Both lights qualify (serials LR9 2207 0045 18 and LR9 2207 0045 19). Because order {o} was fulfilled
by Amazon, the quickest route is Amazon's own return for faulty items, described here:
https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7

If that gets stuck, reply here and we'll replace them ourselves.

Priya
""", irt=True)

o = oid()
add("helio-upc-model-numbers", "en", [],
    "model numbers and a UPC in spaced digit groups that look like a phone number; compliant", "helio",
    "Re: Is this the MPPT version?",
    f"""Hi Carlos,

Yes, the listing is the MPPT model, HP-200W-MPPT (UPC 8 57123 00451 2). The older PWM version was
HP-200W-P and we stopped selling it in 2025. Your order {o} ships with the MPPT controller.

Tyler
""", irt=True)

o = oid()
add("north-purolator-window", "en", [],
    "proactive delivery-scheduling note: Purolator 12-digit tracking and a 14:00-18:00 window; compliant",
    "north", f"Order {o}: delivery window",
    """Hi Amélie,

Purolator will deliver your tent on Tuesday between 14:00 and 18:00 (tracking 3352 1098 7765). Someone
needs to sign for it; if that window doesn't work, you can reschedule from Purolator's notice card.

Rob
Northbank Outfitters
""")

o = oid()
add("coast-html-blockquote", "en", [],
    "HTML reply with the buyer's message in a blockquote, price and date; compliant", "coast",
    "Re: Return postage cost",
    None, page(f"""<div>Hi Hannah,</div>
<div>You won't pay anything - the return label for order {o} is prepaid. The refund of AUD 39.95 goes
back to your card within 3 to 5 business days after 21/11/2026.</div>
<div>Mia</div>
<br>
<blockquote type="cite">
Do I have to pay for the return postage? The goggles fog up.</blockquote>"""), irt=True)

o = oid()
add("burren-neutral-feedback-request", "en", [],
    "one neutral seller-feedback request with the Amazon feedback page link; compliant", "burren",
    f"Order {o} - a small request",
    f"""Hello Mr Kavanagh,

We hope the beeswax pillar candles burn as slowly as promised. If you have a moment, we'd be grateful
for your seller feedback on this order: https://www.amazon.ie/hz/feedback?orderID={o}

Niall, Burren Candle Co.
""")

o = oid()
add("hart-rule-line-history", "en", [],
    "reply with history under a rule line with 'Name - Amazon Marketplace' and a date; compliant", "hart",
    "RE: Fountain pen leaking",
    f"""Dear Mr Castellano,

Thank you for the photos. The converter seal on the Ashby fountain pen was faulty; a new converter
(part AC-14) is in the post today by Royal Mail 1st Class.

Kind regards,
Eleanor

________________________________
Luca Castellano - Amazon Marketplace
12 November 2026 21:07

Order {o}: my fountain pen leaks ink onto my fingers every time I write. Photos attached.
""", irt=True, crlf=True)

o = oid()
add("ridge-discount-chipped-lid", "en", [],
    "proactive: 20% partial refund for a chipped lid, not tied to any review; compliant", "ridge",
    f"About the lid in order {o}",
    f"""Hi Kendra,

Our packer flagged that the enamel lid in your order {o} left with a small chip on the rim. Rather than
make you wait for a new one, we've refunded 20% ($17.80). If you'd prefer a replacement lid instead,
just say the word.

Customer Care, Ridgeway Cast Iron Co.
""")

o = oid()
add("lumen-dpd-parcel-number", "en", [],
    "DPD 14-digit parcel number in groups and a one-hour window; compliant", "lumen",
    "Re: When will it arrive?",
    f"""Morning Stuart,

DPD has it - parcel number 1550 7634 0091 27. Their app shows a one-hour window of 10:12-11:12
tomorrow. Order reference {o} if you need it for them.

Dan
""", irt=True)

o = oid()
add("hart-cid-logo-unlinked", "en", [],
    "HTML with an unlinked inline cid: logo and a PNG, Evri tracking; compliant", "hart",
    "Re: Replacement ink cartridges",
    "Dear Ms Adeyemi,\n\nThe replacement cartridges are with Evri, tracking H01HYA0012345678.\n\nSam\n",
    page("""<p>Dear Ms Adeyemi,</p>
<p>The replacement cartridges are with Evri, tracking H01HYA0012345678.</p>
<p>Sam<br><img src="cid:hartwell-logo@hartwell" alt="Hartwell Stationery" width="120" height="40"></p>"""),
    irt=True, inline=(("hartwell-logo@hartwell", "png", png_bytes(12, 4, (20, 40, 90))),))


# ================================================================ SPECS: English, violations

o = oid()
add("lumen-sig-website-phone", "en", ["external_link", "contact_phone"],
    "signature with the shop website and a London phone number in a support reply", "lumen",
    "Re: Mount snapped",
    "Hi Ollie,\n\nSorry about the bracket. A new handlebar mount (part HM-31) goes out today, no charge.\n\n"
    "Callum Reid\nLumenrider Cycle Lights\nwww.lumenrider.co.uk | 020 7946 0321\n\n"
    + amz("en", o, "Lumenrider Halo 900", "The plastic mount snapped on a pothole. Can I buy just the "
          "mount?", "co.uk"), irt=True)

o = oid()
add("helio-linked-logo-footer-email", "en", ["external_link", "contact_email"],
    "proactive recall notice: cid logo wrapped in a link to the shop, support address in the footer",
    "helio", f"Safety notice for your Heliopak order {o}",
    None, page(f"""<p>Hi Ms. Ruiz,</p>
<p>A small batch of the Y-splitter cables shipped with order {o} may overheat above 25 A. Please stop
using the splitter; a replacement is already on its way to you free of charge.</p>
<p><a href="https://heliopak-solar.com/?utm_source=amazon"><img src="cid:hp-logo@heliopak"
alt="Heliopak"></a></p>
<p>Heliopak Solar · support@heliopak-solar.com</p>"""),
    inline=(("hp-logo@heliopak", "png", png_bytes(10, 4, (250, 180, 0))),))

o = oid()
add("ridge-whatsapp-us-phone", "en", ["contact_phone", "contact_other"],
    "proactive seasoning tips: 'WhatsApp us on' a US number", "ridge",
    f"Getting started with your skillet (order {o})",
    f"""Hi Greg,

A few tips for the skillet in order {o}: preheat slowly, avoid the dishwasher, and re-oil after
washing. If the surface ever looks patchy, WhatsApp us on +1 (615) 555-0142 with a photo and we'll
tell you what to do.

Hank @ Ridgeway
""")

o = oid()
add("north-instagram-handle", "en", ["contact_other", "marketing"],
    "'follow us on Instagram @handle' for trail tips in a reply", "north",
    "Re: Binding strap length",
    f"""Hi Bianca,

The heel strap can be extended with the spare strap in the side pocket of the bag (order {o}).
For more snowshoe trail ideas and our winter launches, follow us on Instagram @northbankoutfitters.

Rob
""", irt=True)

o = oid()
add("hart-full-refund-if-removed", "en", ["review_incentive", "feedback_removal"],
    "offers a full refund in exchange for removing a 2-star review", "hart", "Re: Paper quality",
    f"""Dear Mrs Glover,

I'm sorry the paper bled through with your fountain pen. We'd be happy to refund the full £24.00 for
order {o} if you would kindly remove the 2-star review you posted yesterday.

Eleanor Hartwell
""", irt=True)

o = oid()
add("helio-future-perks-reviewers", "en", ["review_incentive"],
    "'future perks' and priority support for buyers who leave a review", "helio",
    f"Join our reviewer circle - order {o}",
    f"""Hi Nadia,

Customers who leave a review of their Heliopak panel get added to our reviewer circle: priority support
and some nice perks down the road. Order {o} qualifies - just post your review and reply here with your
name as it appears on Amazon.

Maria
""")

o = oid()
add("north-five-star-zero-width", "en", ["review_manipulation"],
    "obfuscated (zero-width space) 'five-star' request", "north", f"Your Northbank order {o}",
    "Hi Dominic,\n\nThanks again for ordering the Trailbreaker poles. If you're happy with them, could you "
    "rate them\n5\u200b-\u200bst\u200bars on Amazon? It really helps a small Canadian brand.\n\nRob Chen\n")

o = oid()
add("coast-please-update-feedback", "en", ["feedback_removal"],
    "politely asks the buyer to update their feedback after the replacement", "coast",
    "Re: replacement arrived",
    """Hi Aisha,

Great to hear the replacement fits perfectly. Since everything is sorted now, would you mind updating
the feedback you left last week? It's still showing the original problem.

Thanks heaps,
Mia
""", irt=True)

o = oid()
add("ridge-threat-take-down-review", "en", ["feedback_removal", "offensive"],
    "presses for removal of a review with an insult and a threat", "ridge", "RE: Your review",
    f"""Ron,

Your review of order {o} is a pack of lies. Take it down by Friday or we'll report your account to
Amazon for abuse. People like you are the reason small businesses go under, you clown.

H. Miller
""", irt=True)

o = oid()
add("burren-important-coupon", "en", ["marketing", "important_tag"],
    "[Important] on a coupon for the next order", "burren", f"[Important] A gift for you - order {o}",
    """Hi Ronan,

As one of our loyal customers, here's 15% off your next candle order: just use WINTER15. Our new Turf
Fire scent has just landed too.

Niall
""")

o = oid()
add("hart-list-unsubscribe-header", "en", ["opt_out"],
    "delay notice from a mailing tool that adds a List-Unsubscribe header", "hart",
    f"Your Hartwell order {o} is delayed",
    f"""Dear Mr Frost,

The leather desk blotter in order {o} is being re-stitched after a quality check and will ship on
Monday 23 November instead of today. We're sorry for the wait.

Sam
Hartwell Stationery
""", hdrs={"List-Unsubscribe": "<https://lists.hartwell-stationery.co.uk/u?id=fx82>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})

o = oid()
add("helio-unsubscribe-link-footer", "en", ["external_link", "opt_out"],
    "HTML delay notice with an unsubscribe link in the footer", "helio",
    f"Shipping update: order {o}",
    None, page(f"""<p>Hi Katie,</p>
<p>The battery for order {o} is back-ordered by two days. It will ship on Wednesday with USPS Priority.</p>
<p>Heliopak Support</p>
<p>Don't want these updates?
<a href="https://heliopak-solar.com/email/unsubscribe?c=ka77">Unsubscribe</a></p>"""))

o = oid()
add("lumen-open-pixel-review", "en", ["tracking_pixel"],
    "neutral review request with a 1x1 open-tracking pixel carrying the recipient id", "lumen",
    f"How's the light? Order {o}",
    None, page(f"""<p>Hi Ian,</p>
<p>Your Halo 900 should have a few rides under its belt now. If you have a minute, a review on Amazon
would help other riders. Thanks!</p>
<p>Priya, Lumenrider</p>
<img src="https://mail.lumenrider.co.uk/o/{o}.gif?r=ian-ref-8812" width="1" height="1" alt="">"""))

o = oid()
add("ridge-zip-attachment", "en", ["attachment"],
    "care guide sent as a ZIP archive", "ridge", "Re: care instructions?",
    f"""Hi Patricia,

I've zipped up our care guide and re-seasoning instructions for you (order {o}). Open the attachment and
you'll find both PDFs inside.

Shauna
""", irt=True, atts=(("ridgeway-care-guide.zip", "application/zip",
                      zip_bytes({"care.pdf": pdf_bytes("Care"), "reseason.pdf": pdf_bytes("Reseason")})),))

o = oid()
add("burren-emoji-html", "en", ["styling"],
    "emoji in an HTML review-free delay message", "burren", f"Quick update on order {o}",
    None, page(f"""<p>Hi Máire \U0001f56f\ufe0f</p>
<p>Your candles for order {o} are curing a couple of days longer than usual because of the cold snap,
so they'll ship Thursday instead of Tuesday. Thanks for your patience \U0001f64f</p>
<p>Aoife</p>"""))

o = oid()
add("helio-animated-gif-inline", "en", ["styling"],
    "animated GIF inline (cid) in an HTML reply", "helio", "Re: Which way does the connector go?",
    "Hi Owen,\n\nSee the animation: push until it clicks, then twist a quarter turn.\n\nTyler\n",
    page("""<p>Hi Owen,</p>
<p>See the animation: push until it clicks, then twist a quarter turn.</p>
<p><img src="cid:connector-anim@heliopak" alt="connector" width="240" height="160"></p>
<p>Tyler</p>"""), irt=True, inline=(("connector-anim@heliopak", "gif", gif_animated()),))

o = oid()
add("north-blank-line-run", "en", ["styling"],
    "a run of four blank lines in a plain-text reply", "north", "Re: poles length",
    """Hi Fiona,

The Trailbreaker poles extend from 105 to 135 cm.




Geneviève
""", irt=True)

o = oid()
add("hart-white-on-white-url", "en", ["external_link", "styling"],
    "obfuscated (white-on-white text) shop URL hidden in the HTML", "hart", f"Your order {o} has a gift note",
    None, page(f"""<p>Dear Mrs Perry,</p>
<p>The gift note for order {o} was too long for our card (160 characters max). Could you send us a
shorter version?</p>
<p>Eleanor</p>
<p style="color:#ffffff;background:#ffffff">hartwell-stationery.co.uk/gift-notes</p>"""))

o = oid()
add("lumen-important-review-request", "en", ["important_tag"],
    "[Important] on a plain review request", "lumen", f"[Important] Your opinion on order {o}",
    """Hi Chloe,

Could you spare a minute to share a review of your rear light on Amazon? Thanks a lot.

Dan
""")

add("coast-no-order-id-returned-parcel", "en", ["missing_order_id"],
    "proactive: parcel returned to sender, but no order id anywhere", "coast",
    "Your Coastline parcel came back to us",
    """Hi Noah,

Australia Post returned your parcel to us marked "insufficient address". Could you confirm your unit
number so we can send it out again?

Mia, Coastline Swim
""")

o = oid()
add("lumen-shipping-confirmation", "en", ["unpermitted_proactive"],
    "proactive shipping confirmation only", "lumen", f"Order {o} has shipped",
    f"""Hi Leah,

Good news - order {o} has been dispatched today with Royal Mail Tracked 48.

Lumenrider Cycle Lights
""")

o = oid()
add("helio-entities-in-href", "en", ["external_link"],
    "obfuscated (HTML entities in href) link to the shop's support page", "helio",
    "Re: Manual for the 100W kit",
    None, page("""<p>Hi Julian,</p>
<p>You can find the latest manual for the 100W kit
<a href="h&#116;tps://&#119;ww.heliopak-solar&#46;com/support/manuals">in our download area</a>.</p>
<p>Tyler</p>"""), irt=True)

o = oid()
add("ridge-qp-soft-break-url", "en", ["external_link"],
    "obfuscated (quoted-printable soft break inside the URL) link to a recipe page", "ridge",
    f"Recipes for your Dutch oven ({o})",
    None, raw_text=qp_raw(
        f"Hi Ellen,\n\nSince your Dutch oven from order {o} arrived, here are our no-knead bread and\n"
        "chili recipes: https://www.ridgeway-cast|iron.com/recipes/dutch-oven\n\nShauna\n"))

o = oid()
add("north-domain-in-alt-text", "en", ["external_link"],
    "obfuscated (domain in image alt text) on an inline logo", "north", f"Your tent order {o}",
    None, page(f"""<p>Hi Marc,</p>
<p>The footprint for the tent in order {o} was missing from the box; it's being posted separately
tomorrow.</p>
<p><img src="cid:nb-logo@northbank" alt="www.northbank-outfitters.ca"></p>"""),
    inline=(("nb-logo@northbank", "png", png_bytes(8, 3, (30, 70, 40))),))

o = oid()
add("burren-dp-link-crosssell", "en", ["external_link", "marketing"],
    "Amazon /dp/ product link cross-selling a matching item", "burren", "Re: Candle snuffer",
    f"""Hi Grace,

Sorry the wick trimmer was missing, it's in the post. While you wait, you might love our new brass
candle snuffer - it's on offer this month: https://www.amazon.ie/dp/{asin()}

Niall
""", irt=True)

o = oid()
add("hart-display-none-link", "en", ["external_link"],
    "obfuscated (display:none) URL hidden in an HTML reply", "hart", "Re: refill sizes",
    None, page("""<p>Dear Mr Lim,</p>
<p>The Ashby pen takes standard international short cartridges.</p>
<div style="display:none">Full refill chart: https://hartwell-stationery.co.uk/refills</div>
<p>Eleanor</p>"""), irt=True)

o = oid()
add("coast-email-and-phone-in-words", "en", ["contact_email", "contact_phone"],
    "obfuscated (digits as English words) mobile number, plus a plain e-mail address in the signature",
    "coast",
    "Re: sizing for kids",
    """Hi Tara,

For a 7-year-old the Junior size is right. Happy to chat if you want - ring me on oh four nine one,
five seven oh, one two three.

Jack
Coastline Swim | support@coastlineswim.com.au
""", irt=True)

o = oid()
add("helio-cyrillic-email", "en", ["contact_email"],
    "obfuscated (Cyrillic homoglyph in the local part) e-mail address", "helio", "Re: warranty form",
    "Hi Derek,\n\nFor warranty claims please write to h\u0435lp@heliopak-solar.com with your serial "
    "number.\n\nMaria\n", irt=True)

o = oid()
add("hart-outlook-quote-seller-address", "en", ["contact_email"],
    "Outlook-quoted history whose To: line shows the seller's own address", "hart", "RE: Missing nib",
    f"""Dear Ms Chowdhury,

A spare medium nib has been posted today. Apologies for the oversight.

Sam

From: Rumana - Amazon Marketplace <{relay('co.uk')}>
Sent: 14 November 2026 08:55
To: orders@hartwell-stationery.co.uk
Subject: Missing nib

Order {o}: the box didn't have the medium nib that's listed.
""", irt=True, charset="windows-1252")

o = oid()
add("ridge-mailto-tel-entities", "en", ["contact_email", "contact_phone"],
    "obfuscated (HTML entities) mailto: and a tel: link in an HTML reply", "ridge", "Re: bulk order",
    None, page("""<p>Hi Terry,</p>
<p>For 40 skillets for your restaurant we'd rather quote directly:
<a href="mailto:&#115;ales&#64;ridgeway-castiron&#46;com">email our sales desk</a> or
<a href="tel:+16155550187">give us a call</a>.</p>
<p>Hank</p>"""), irt=True)

o = oid()
add("lumen-spaced-digits-phone", "en", ["contact_phone"],
    "obfuscated (spaced digits) UK mobile number", "lumen", "Re: Fitting help",
    """Hi Aaron,

Fitting the Halo D is fiddly the first time. Text me a photo on 0 7 7 0 0  9 0 0 4 1 2 and I'll
mark up where the cable goes.

Callum
""", irt=True)

o = oid()
add("hart-buyer-phone-in-quote", "en", ["contact_phone"],
    "the buyer's own phone number survives in the quoted Amazon message", "hart", "Re: Courier access",
    "Dear Mr Evans,\n\nThank you, I'll pass the gate instructions on to the courier.\n\nSam\n\n"
    + amz("en", o, "Hartwell A4 Sketchbook", "Please ask the courier to ring me on 07700 900655 when "
          "they arrive, the gate is locked.", "co.uk"), irt=True)

o = oid()
add("north-mailtrack-pixel", "en", ["tracking_pixel"],
    "HTML reply with an image from a known open-tracking service", "north", "Re: exchange status",
    None, page("""<p>Hi Nora,</p>
<p>Your exchange pair left our warehouse this afternoon with Canada Post.</p>
<p>Geneviève</p>
<img src="https://mailtrack.io/trace/mail/8f3a91c0d2.png?u=7761" width="0" height="0">"""), irt=True)


# ================================================================ SPECS: German

o = oid()
add("kaffee-dhl-sendungsnummer-analyse", "de", [],
    "DHL-Paket-Sendungsnummer in Ziffergruppen, 'Analyse', 'Am ... schrieb' quote; compliant", "kaffee",
    "AW: Mühle mahlt ungleichmäßig",
    f"""Hallo Herr Schuster,

nach Ihrer Beschreibung (grobe Stücke trotz Stufe 4) tippe ich auf ein verrutschtes Mahlwerk. Die
genaue Analyse machen wir gern hier in der Werkstatt: Das Rücksendeetikett ist unterwegs, und die
reparierte Mühle bekommt dann die DHL-Sendungsnummer 0034 0434 1825 6678 9012 – die schicke ich Ihnen,
sobald sie raus ist.

Viele Grüße
Tobias Kern
Kaffeemühlen Brandt

Am 10.11.2026 um 07:58 schrieb Jürgen - Amazon Marketplace <{relay('de')}>:
{gt(f"Bestellung {o}: Die Brandt Klassik mahlt seit gestern total ungleichmäßig. Was tun?")}
""", irt=True, charset="windows-1252")

o = oid()
add("spiel-hermes-ruecksendung-ustid", "de", [],
    "Hermes-Sendungsnummer, Rücksendeadresse mit PLZ, RMA und USt-IdNr.; compliant", "spiel",
    "AW: Falsches Spiel geliefert",
    f"""Sehr geehrter Herr Yilmaz,

da ist uns beim Packen ein Fehler passiert – statt „Hafenmeister" kam „Hafenmeister: Sturmflut".
Bitte schicken Sie das Erweiterungsset an:

  Spielwerk Feldmann Verlag, Retoure RMA-SF-7731
  Gewerbestraße 12
  34117 Kassel

Das richtige Spiel ist bereits mit Hermes unterwegs (Sendungsnummer H1002345678901234567).
Rechnungsangaben für Bestellung {o}: USt-IdNr. DE298765432.

Freundliche Grüße
Merle Voigt
""", irt=True)

o = oid()
add("kaffee-important-spedition-termin", "de", [],
    "[Important] korrekt: Liefertermin mit der Spedition abstimmen; compliant", "kaffee",
    f"[Important] Liefertermin für Ihre Bestellung {o}",
    """Guten Tag Frau Lehmann,

Ihre Gastro-Mühle GM-900 wiegt verpackt 32 kg und wird deshalb per Spedition geliefert. Die Spedition
bietet den 24. oder 25. November jeweils zwischen 8 und 12 Uhr an. Welcher Tag passt Ihnen?

Mit freundlichen Grüßen
Sabine Brandt
""")

o = oid()
add("spiel-teilerstattung-bewertung-anpassen", "de", [],
    "bedingungslose Teilerstattung, danach neutraler Hinweis, dass eine Bewertung anpassbar ist; compliant",
    "spiel", "AW: Spielfiguren fehlen",
    f"""Hallo Frau Kowalczyk,

die fehlenden vier Holzfiguren sind heute per Brief an Sie rausgegangen. Für den Ärger haben wir Ihnen
außerdem 8,50 € auf die Bestellung {o} erstattet.

Sie hatten eine Bewertung zu dem Problem geschrieben. Falls Sie sie irgendwann anpassen möchten, geht
das jederzeit – ganz wie Sie möchten, wir wollten nur, dass die Sache für Sie erledigt ist.

Jonas Feldmann
""", irt=True)

o = oid()
add("kaffee-anleitung-pdf-umlaut-ean", "de", [],
    "PDF-Anleitung mit Umlaut im Dateinamen, Modell-, Serien- und EAN-Nummer; compliant", "kaffee",
    "AW: Bedienungsanleitung verloren",
    f"""Guten Morgen Herr Weiß,

anbei die Bedienungsanleitung für Ihre KM-480 (Seriennummer KM480-26-00917, EAN 4006381333931). Auf
Seite 7 steht, wie man den Mahlgrad nachjustiert.

Bestellung {o} – Garantie bis 11/2028.

Sabine Brandt
""", irt=True, atts=(("Bedienungsanleitung-Mühle-KM-480.pdf", "application/pdf", pdf_bytes("KM-480")),))

o = oid()
add("spiel-declines-phone", "de", [],
    "lehnt ein Telefonat ab und bleibt im Amazon-Postfach; compliant", "spiel",
    "AW: Können Sie mich anrufen?",
    "Guten Abend Herr Brenner,\n\ntelefonisch können wir Sie leider nicht kontaktieren – wir beantworten "
    "alle Fragen über die\nAmazon-Nachrichten. Zur Regel: Der Hafenmeister-Marker bewegt sich erst, wenn "
    "alle Schiffe\nangelegt haben.\n\nKundenservice Spielwerk\n\n"
    + amz("de", o, "Hafenmeister – Brettspiel", "Die Regel auf Seite 5 verstehe ich nicht. Können Sie "
          "mich kurz anrufen?"), irt=True)

o = oid()
add("kaffee-neutral-review-link", "de", [],
    "neutrale Bitte um eine Rezension mit https-Amazon-Link; compliant", "kaffee",
    f"Wie gefällt Ihnen Ihre Handmühle? ({o})",
    None, page(f"""<p>Liebe Frau Hofmann,</p>
<p>Ihre Handmühle Brandt Reise (Bestellung {o}) ist seit einer Woche bei Ihnen. Wenn Sie mögen,
schreiben Sie uns
doch eine Rezension:
<a href="https://www.amazon.de/review/review-your-purchases/?asin=B0C9KQ27MZ">Rezension schreiben</a>.</p>
<p>Herzliche Grüße<br>Sabine Brandt</p>"""))

o = oid()
add("spiel-impressum-signature", "de", ["external_link", "contact_email", "contact_phone"],
    "Impressum-Signatur mit Website, Telefon und E-Mail", "spiel", "AW: Ersatzkarten",
    f"""Hallo Herr Brückner,

die Ersatzkarten für Bestellung {o} sind heute als Großbrief rausgegangen.

Viele Grüße
Merle Voigt

--
Spielwerk Feldmann Verlag GmbH · Gewerbestraße 12 · 34117 Kassel
Tel. 040 66969 231 · service@spielwerk-feldmann.de · www.spielwerk-feldmann.de
Geschäftsführer: Jonas Feldmann · HRB 18823 Amtsgericht Kassel
""", irt=True)

o = oid()
add("kaffee-whatsapp-zero-width-phone", "de", ["contact_phone", "contact_other"],
    "obfuscated (zero-width space) 'WhatsApp' mit Hamburger Nummer", "kaffee", "AW: Mahlwerk knirscht",
    "Hallo Frau Peters,\n\nschicken Sie uns am besten ein kurzes Video per Whats\u200bApp an "
    "040 66969 123, dann hören\nwir, ob es das Lager ist.\n\nTobias\n", irt=True)

o = oid()
add("spiel-gratis-erweiterung-abmelden", "de", ["review_incentive", "opt_out"],
    "Gratis-Erweiterung für eine Rezension, dazu Abmeldehinweis", "spiel",
    f"Ein Dankeschön zu Bestellung {o}",
    """Hallo Herr Jung,

wer „Hafenmeister" auf Amazon bewertet, bekommt von uns die Mini-Erweiterung „Leuchtturm" gratis
zugeschickt – einfach Bescheid geben, sobald Ihre Rezension online ist.

Sie möchten keine weiteren Nachrichten von uns? Antworten Sie mit ABMELDEN.

Ihr Spielwerk-Team
""")

o = oid()
add("kaffee-review-gating-pixel", "de", ["review_manipulation", "tracking_pixel"],
    "Review-Gating (nur Zufriedene bewerten lassen) mit 1x1-Zählpixel", "kaffee",
    f"Ihre Meinung zu Bestellung {o}",
    None, page(f"""<p>Guten Tag Herr Braun,</p>
<p>sind Sie mit Ihrer Mühle zufrieden? Dann freuen wir uns sehr über eine Bewertung auf Amazon.
Falls nicht, schreiben Sie bitte zuerst uns, bevor Sie etwas veröffentlichen – wir finden eine Lösung.</p>
<p>Sabine Brandt</p>
<img src="https://news.muehlen-brandt.de/px/{o}.png" width="1" height="1" alt="">"""))

o = oid()
add("spiel-bewertung-loeschen", "de", ["feedback_removal"],
    "bittet, eine 1-Sterne-Bewertung zu löschen", "spiel", "AW: Schachtel beschädigt",
    f"""Sehr geehrte Frau Zimmer,

der Ersatz für die eingedrückte Schachtel (Bestellung {o}) ist unterwegs. Wären Sie so freundlich,
Ihre 1-Stern-Bewertung zu löschen? Sie schadet uns als kleinem Verlag sehr.

Kundenservice
""", irt=True)

o = oid()
add("kaffee-crosssell-http-image", "de", ["marketing", "styling"],
    "Cross-Selling mit Rabatt und ein über http: geladenes Produktbild", "kaffee", "AW: Reinigung",
    None, page(f"""<p>Hallo Herr Krause,</p>
<p>zur Reinigung einfach das Mahlwerk herausnehmen und trocken ausbürsten (Bestellung {o}).</p>
<p>Passend dazu: Unsere Reinigungstabletten sind diese Woche 20&nbsp;% günstiger!</p>
<p><img src="http://img.muehlen-brandt.de/produkte/reiniger.jpg" width="200" height="120" alt=""></p>
<p>Tobias Kern</p>"""), irt=True)

o = oid()
add("spiel-important-rechnung-exe-as-pdf", "de", ["attachment", "important_tag"],
    "obfuscated (PDF-Name, Inhalt ist eine EXE) Rechnungsanhang, dazu [IMPORTANT] auf einer Rechnung",
    "spiel",
    f"[IMPORTANT] Rechnung zu Ihrer Bestellung {o}",
    """Guten Tag Frau Arnold,

anbei Ihre Rechnung als PDF.

Freundliche Grüße
Buchhaltung Spielwerk Feldmann
""", atts=(("Rechnung-SF-2026-0412.pdf", "application/pdf", exe_bytes()),))

add("kaffee-vertippte-bestellnummer", "de", ["missing_order_id"],
    "proaktiv, Bestellnummer vertippt (3-6-7 Ziffern)", "kaffee", "Ihre Bestellung bei Kaffeemühlen Brandt",
    """Guten Tag Frau Schäfer,

bei Ihrer Bestellung 302-418822-6650193 fehlt im Adressfeld die Hausnummer. In welchem Haus in der
Lindenallee dürfen wir liefern?

Sabine Brandt
""")

o = oid()
add("spiel-bestellbestaetigung", "de", ["unpermitted_proactive"],
    "reine Bestellbestätigung", "spiel", f"Bestellbestätigung {o}",
    f"""Hallo Herr Vogel,

vielen Dank für Ihre Bestellung {o}! Wir haben sie erhalten und bearbeiten sie schnellstmöglich.

Ihr Spielwerk-Team
""")

o = oid()
add("kaffee-at-punkt-fullwidth-phone", "de", ["contact_email", "contact_phone"],
    "obfuscated ((at)/(punkt) e-mail and full-width digits phone)", "kaffee", "AW: Ersatzteil Kurbel",
    "Guten Tag Herr Lorenz,\n\ndie Kurbel gibt es einzeln. Schreiben Sie an ersatzteile(at)muehlen-brandt"
    "(punkt)de oder rufen\nSie an: \uff10\uff14\uff10 \uff16\uff16\uff19\uff16\uff19 \uff12\uff11\uff17\n\n"
    "Tobias\n", irt=True)

o = oid()
add("spiel-beleidigung-dhl-link", "de", ["external_link", "offensive"],
    "beleidigende Antwort mit einem DHL-Sendungsverfolgungslink", "spiel", "AW: Wo bleibt mein Spiel???",
    f"""Herr Richter,

lesen können Sie wohl nicht? Das Spiel ist seit Montag unterwegs, Sie Vollpfosten:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434182566711111

Bestellung {o}.
""", irt=True)


# ================================================================ SPECS: French

o = oid()
add("croq-colissimo-avis-de-passage", "fr", [],
    "numéro de suivi Colissimo, 'avis de passage', citation 'Le ... a écrit'; compliant", "croq",
    "Re: Colis non reçu",
    f"""Bonjour Monsieur Garnier,

D'après La Poste, le facteur a laissé un avis de passage jeudi. Votre colis (numéro de suivi Colissimo
6A 1234 5678 901) vous attend au bureau de poste de Rennes Colombier jusqu'au 30 novembre.

Bonne journée,
Amandine Roux

Le 12/11/2026 à 18:03, Julien - Amazon Marketplace <{relay('fr')}> a écrit :
{gt(f"Commande {o} : toujours rien reçu, le suivi dit livré ?")}
""", irt=True, charset="iso-8859-15")

o = oid()
add("verdure-retour-siret-facture", "fr", [],
    "adresse de retour avec code postal, RMA, facture et SIRET en groupes de chiffres; compliant", "verdure",
    "Re: Sécateur cassé",
    f"""Bonjour Madame Perrin,

Le ressort de votre sécateur n'aurait pas dû céder. Merci de le renvoyer à :

  Verdure Outils de Jardin – Retours (RMA VJ-0931)
  12 rue des Jardiniers
  69003 Lyon

Un sécateur neuf part dès réception. Pour votre comptabilité : facture FA-2026-0412, SIRET 812 345 678
00012, commande {o}.

Claire Dubois
""", irt=True)

o = oid()
add("croq-remboursement-constate", "fr", [],
    "remboursement sans condition d'un sac abîmé; mots 'constaté', 'conseil'; compliant", "croq",
    "Re: Sac de croquettes percé",
    f"""Bonjour Madame Chevalier,

Nous avons bien constaté sur vos photos que le sac était percé. Nous vous avons remboursé
intégralement (42,90 €) la commande {o}, inutile de nous renvoyer quoi que ce soit.

Petit conseil : gardez les croquettes dans une boîte hermétique, elles se conservent mieux.

Yannick
""", irt=True)

o = oid()
add("verdure-important-rendez-vous", "fr", [],
    "[Important] correct : prise de rendez-vous de livraison pour un colis volumineux; compliant", "verdure",
    f"[Important] Livraison de votre broyeur – commande {o}",
    """Bonjour Monsieur Lambert,

Votre broyeur de végétaux sera livré par transporteur sur rendez-vous. Seriez-vous disponible mardi
1er décembre entre 13 h et 17 h, ou préférez-vous le jeudi matin ?

Cordialement,
Mathis
""")

o = oid()
add("croq-feedback-neutre-lien", "fr", [],
    "une demande d'évaluation neutre avec lien https Amazon; compliant", "croq",
    f"Votre commande {o}",
    f"""Bonjour,

Nous espérons que votre chat s'est habitué à sa nouvelle fontaine à eau. Si vous le souhaitez, vous
pouvez évaluer notre boutique ici : https://www.amazon.fr/hz/feedback?orderID={o}

Merci et à bientôt,
Service clients Croquette & Compagnie
""")

o = oid()
add("verdure-notice-pdf-photo", "fr", [],
    "notice PDF et photo JPEG en pièces jointes; compliant", "verdure", "Re: Montage de la tondeuse",
    f"""Bonjour Monsieur Fabre,

Voici la notice de montage de la tondeuse hélicoïdale TH-38 et une photo du guidon correctement fixé.
Commande {o}, garantie 2 ans.

Claire
""", irt=True, atts=(("notice-TH-38.pdf", "application/pdf", pdf_bytes("Notice TH-38")),
                     ("guidon.jpg", "image/jpeg", jpeg_bytes(160))))

o = oid()
add("croq-arobase-point-email", "fr", ["contact_email"],
    "obfuscated (arobase/point) adresse e-mail", "croq", "Re: Facture professionnelle",
    f"""Bonjour Monsieur Roussel,

Pour une facture au nom de votre élevage (commande {o}), écrivez-nous à compta arobase
croquette-compagnie point fr en précisant votre numéro de TVA.

Amandine
""", irt=True)

o = oid()
add("verdure-telegram-canal", "fr", ["contact_other"],
    "propose de contacter la boutique sur Telegram", "verdure", f"Votre commande {o}",
    f"""Bonjour Madame Noël,

Votre bêche (commande {o}) arrivera avec un jour de retard, le transporteur ayant un souci de camion.
Pour toute question, vous pouvez aussi nous écrire directement sur Telegram : @verdure_jardin.

Mathis
""")

o = oid()
add("croq-remboursement-partiel-avis", "fr", ["review_incentive"],
    "remboursement partiel de 5 € contre un avis", "croq", f"Un petit geste – commande {o}",
    """Bonjour Madame Robin,

Laissez-nous un avis sur la litière végétale et nous vous rembourserons 5 € sur votre commande dès
qu'il sera publié. C'est notre façon de remercier nos clients.

Yannick
""")

o = oid()
add("verdure-dicte-contenu-avis", "fr", ["review_manipulation"],
    "dicte ce qu'il faut écrire dans l'avis", "verdure", f"Votre avis sur la binette ({o})",
    """Bonjour Monsieur Brun,

Si vous rédigez un avis sur la binette, pourriez-vous mentionner la solidité du manche en frêne et
préciser qu'elle est fabriquée en France ? Ce sont les points qui comptent pour nos clients.

Claire Dubois
""")

o = oid()
add("croq-modifier-evaluation-positive", "fr", ["review_manipulation", "feedback_removal"],
    "demande de modifier l'évaluation en positive après résolution", "croq", "Re: Fontaine bruyante",
    f"""Bonjour Madame Gauthier,

La pompe de remplacement est partie ce matin (commande {o}). Maintenant que tout est réglé,
pourriez-vous modifier votre évaluation pour la passer en positive ? Cela nous aiderait énormément.

Amandine
""", irt=True)

o = oid()
add("verdure-newsletter-pixel-cache", "fr", ["marketing", "tracking_pixel"],
    "invitation à la newsletter et image de suivi cachée par display:none", "verdure",
    f"Commande {o} : conseils de saison",
    None, page(f"""<p>Bonjour Madame Henry,</p>
<p>Merci pour votre commande {o}. Inscrivez-vous à notre lettre d'information pour recevoir nos
nouveautés et nos offres de printemps en avant-première !</p>
<p>Claire</p>
<img src="https://stats.verdure-jardin.fr/open?m={o}" style="display:none" alt="">"""))

o = oid()
add("verdure-six-photos", "fr", ["attachment"],
    "six pièces jointes JPEG (plus de cinq)", "verdure", "Re: Quel modèle de râteau ?",
    f"""Bonjour Monsieur Marchand,

Voici les six râteaux que nous proposons, en photo, pour que vous puissiez comparer les largeurs.
(commande {o})

Mathis
""", irt=True, atts=tuple((f"rateau-{i}.jpg", "image/jpeg", jpeg_bytes(60 + 20 * i)) for i in range(1, 7)))

o = oid()
add("croq-centre-police", "fr", ["styling"],
    "texte centré et police imposée dans un message HTML proactif", "croq",
    f"Rappel de lot – commande {o}",
    None, page(f"""<div style="text-align:center;font-family:'Comic Sans MS',cursive">
<p>Bonjour Monsieur Picard,</p>
<p>Le lot L2609 des friandises au saumon de votre commande {o} fait l'objet d'un rappel volontaire.
Merci de ne pas les donner à votre chien : nous vous remboursons intégralement.</p>
<p>Amandine Roux</p></div>"""))

o = oid()
add("verdure-insulte", "fr", ["offensive"],
    "réponse insultante à un acheteur", "verdure", "Re: Arrosoir qui fuit",
    f"""Monsieur Morel,

Si vous saviez vous servir d'un arrosoir, il ne fuirait pas. Espèce d'abruti, arrêtez de nous écrire
pour la commande {o}.
""", irt=True)

o = oid()
add("croq-important-votre-avis", "fr", ["important_tag"],
    "[important] sur une simple demande d'avis", "croq", f"[important] Votre avis compte – {o}",
    """Bonjour Madame Faure,

Auriez-vous un moment pour donner votre avis sur le harnais réfléchissant ? Merci beaucoup.

Yannick
""")

o = oid()
add("croq-merci-seulement", "fr", ["unpermitted_proactive"],
    "message proactif de remerciement uniquement", "croq", f"Merci pour votre commande {o}",
    """Bonjour Madame Dumas,

Toute l'équipe de Croquette & Compagnie vous remercie chaleureusement pour votre achat. Prenez soin de
vos boules de poils !

Yannick
""")

o = oid()
add("verdure-telephone-en-lettres", "fr", ["contact_phone"],
    "obfuscated (chiffres en lettres) numéro de portable", "verdure", "Re: Affûtage",
    """Bonjour Monsieur Leroy,

Pour l'affûtage, le plus simple est d'en parler de vive voix : appelez Mathis au zéro six, trente-neuf,
quatre-vingt-dix-huit, douze, trente-quatre.

Claire
""", irt=True)


# ================================================================ SPECS: Spanish

o = oid()
add("pequ-seur-valoracion-danos", "es", [],
    "número de envío SEUR en grupos, 'valoración de los daños', cita 'El ... escribió'; compliant", "pequ",
    "Re: Cochecito con la rueda doblada",
    f"""Hola, Raúl:

Lamentamos lo de la rueda. Hemos abierto una reclamación con SEUR para la valoración de los daños y,
mientras tanto, le enviamos una rueda nueva. Número de envío SEUR: 1234 5678 9012 34, entrega prevista
el martes entre las 9:00 y las 14:00.

Un saludo,
Lucía

El 13/11/2026, a las 21:40, Raúl - Amazon Marketplace <{relay('es')}> escribió:
{gt(f"Pedido {o}: el cochecito ha llegado con la rueda delantera doblada.")}
""", irt=True, charset="iso-8859-1")

o = oid()
add("guit-correos-devolucion-nif", "es", [],
    "código de Correos, dirección de devolución con código postal y NIF; compliant", "guit",
    "Re: Cuerdas equivocadas",
    f"""Buenos días, Sr. Navarro:

Le enviamos por error el calibre 0.11 en vez del 0.10. El juego correcto ya va en camino (Correos
PK482193650ES). Si quiere devolver el otro, la dirección es:

  Cuerdas Albaicín – Devoluciones
  Calle San Juan de los Reyes 34
  18010 Granada

Factura del pedido {o}: FAC-2026-1187, NIF B18765432.

Manuel Ortega
""", irt=True)

o = oid()
add("pequ-important-direccion", "es", [],
    "[Important] correcto: problema con la dirección (faltan piso y puerta); compliant", "pequ",
    f"[Important] Dirección incompleta – pedido {o}",
    """Hola, Nuria:

En la dirección de entrega de su pedido falta el piso y la puerta (calle Alcalá 210, 28028 Madrid).
¿Nos los podría indicar para que la cuna no vuelva al almacén?

Gracias,
Atención al cliente Pequeñín Bebé
""")

o = oid()
add("guit-reembolso-valoracion-actualizable", "es", [],
    "reembolso parcial sin condiciones; aviso neutral de que la valoración se puede actualizar; compliant",
    "guit", "Re: Una cuerda oxidada",
    f"""Hola, Inés:

Tiene toda la razón, la sexta cuerda venía oxidada. Le hemos reembolsado 6,00 € del pedido {o} y le
mandamos un juego completo nuevo sin coste.

Si en algún momento quiere actualizar su valoración, Amazon lo permite; eso queda totalmente a su
criterio.

Rocío
""", irt=True)

o = oid()
add("pequ-garantia-pdf-png", "es", [],
    "garantía en PDF y una imagen PNG adjuntas; compliant", "pequ", "Re: Garantía del calientabiberones",
    f"""Hola, Sergio:

Le adjunto el certificado de garantía del calientabiberones CB-20 (pedido {o}) y un esquema del botón
de reinicio.

Álvaro
""", irt=True, atts=(("garantia-CB-20.pdf", "application/pdf", pdf_bytes("Garantia CB-20")),
                     ("boton-reinicio.png", "image/png", png_bytes(5, 5, (240, 240, 240)))))

o = oid()
add("guit-resena-neutral", "es", [],
    "una petición de reseña neutral; compliant", "guit", f"Sus cuerdas de flamenco – pedido {o}",
    """Hola, Sr. Cortés:

Esperamos que las cuerdas de tensión alta suenen como le gusta. Si le apetece, puede dejar una reseña
en Amazon contando su experiencia.

Saludos desde Granada,
Manuel
""")

o = oid()
add("guit-sorteo-por-resena", "es", ["review_incentive"],
    "participación en un sorteo a cambio de una reseña", "guit", f"Pedido {o}: ¡participe!",
    """Hola, Javier:

Todos los clientes que escriban una reseña de nuestras cuerdas este mes entran en el sorteo de una
guitarra de estudio. Solo tiene que enviarnos el enlace de su reseña.

Rocío
""")

o = oid()
add("guit-retirar-comentario", "es", ["feedback_removal"],
    "pide retirar un comentario negativo", "guit", "Re: Retraso en la entrega",
    f"""Estimado Sr. Molina:

El retraso del pedido {o} fue culpa de la agencia, no nuestra. Le agradeceríamos que retirara el
comentario negativo que dejó sobre nuestra tienda.

Manuel Ortega
""", irt=True)

o = oid()
add("pequ-nueva-coleccion-cupon", "es", ["marketing"],
    "promociona una nueva colección con cupón", "pequ", "Re: Talla del body",
    f"""Hola, Pilar:

La talla 6-9 meses corresponde a 68-74 cm. Por cierto, acabamos de lanzar nuestra colección de bodys
de algodón orgánico: con el código BEBE10 tiene un 10 % en su próxima compra. (Pedido {o})

Álvaro
""", irt=True)

o = oid()
add("guit-baja-enlace", "es", ["external_link", "opt_out"],
    "aviso de retraso en HTML con enlace para darse de baja", "guit", f"Retraso en su pedido {o}",
    None, page(f"""<p>Hola, Sra. Iglesias:</p>
<p>Su pedido {o} saldrá el lunes, dos días más tarde de lo previsto, por falta de cajas.</p>
<p>Manuel</p>
<p>Si no desea recibir más mensajes nuestros,
<a href="https://cuerdas-albaicin.es/baja?e=si2291">haga clic aquí</a>.</p>"""))

o = oid()
add("pequ-banner-id-cuatro-tamanos", "es", ["tracking_pixel", "styling"],
    "banner remoto con el id del destinatario en la URL y cuatro tamaños de letra", "pequ",
    f"Consejos para la trona – pedido {o}",
    None, page(f"""<p style="font-size:22px">Hola, Beatriz:</p>
<p style="font-size:16px">Para limpiar la bandeja de la trona del pedido {o}, basta con agua tibia.</p>
<p style="font-size:12px">No use lavavajillas, deforma el plástico.</p>
<p style="font-size:9px">Pequeñín Bebé</p>
<img src="https://cdn.pequenin-bebe.es/banner.jpg?rcpt=beatriz-{o}" width="600" height="120" alt="">"""))

o = oid()
add("guit-video-mp4", "es", ["attachment"],
    "vídeo MP4 adjunto", "guit", "Re: Cómo cambiar las cuerdas",
    f"""Hola, Tomás:

Le adjunto un vídeo corto donde Manuel cambia las cuerdas paso a paso. (Pedido {o})

Rocío
""", irt=True, atts=(("cambio-cuerdas.mp4", "video/mp4", mp4_bytes()),))

o = oid()
add("pequ-insulto", "es", ["offensive"],
    "respuesta insultante", "pequ", "Re: Devolución del cochecito",
    f"""Sr. Herrera:

¿Es usted tonto o qué? Ya le hemos explicado tres veces cómo devolver el pedido {o}. Déjenos en paz.
""", irt=True)

add("guit-solo-factura", "es", ["missing_order_id"],
    "proactivo con número de factura pero sin número de pedido", "guit", "Su factura FAC-2026-1203",
    """Hola, Sr. Prieto:

Le adjuntamos la factura FAC-2026-1203 de su compra de cuerdas, como nos pidió al hacer el pedido.

Manuel
""", atts=(("FAC-2026-1203.pdf", "application/pdf", pdf_bytes("FAC-2026-1203")),))

o = oid()
add("pequ-agotado", "es", ["unpermitted_proactive"],
    "aviso proactivo de producto agotado", "pequ", f"Pedido {o}: producto agotado",
    f"""Hola, Gema:

Le informamos de que el saco de dormir que pidió (pedido {o}) está agotado en este momento.

Atención al cliente
""")

# ================================================================ SPECS: Italian

o = oid()
add("moka-brt-certificato-verifica", "it", [],
    "numero di spedizione BRT, 'verifica', 'certificato', citazione 'ha scritto'; compliant", "moka",
    "R: Guarnizione",
    f"""Buongiorno Sig.ra Fontana,

dopo una verifica in magazzino le confermo che la guarnizione di ricambio è partita oggi con BRT,
numero di spedizione 0581 2345 6789 01. La moka da 6 tazze ha il certificato MOCA per alimenti, come
da specifiche in scheda.

Davide Ferri

Il giorno 11/11/2026 alle 09:12 Laura - Amazon Marketplace <{relay('it')}> ha scritto:
{gt(f"Ordine {o}: la guarnizione perde dopo due settimane.")}
""", irt=True, charset="iso-8859-15")

o = oid()
add("ronchi-reso-partita-iva", "it", [],
    "codice Poste, indirizzo di reso con CAP e partita IVA di 11 cifre; compliant", "ronchi",
    "R: Cintura troppo corta",
    f"""Gentile Sig. Greco,

nessun problema per il cambio taglia. Ci rispedisca la cintura a:

  Pelletteria Ronchi – Resi
  Via dei Conciatori 8
  50018 Scandicci (FI)

La nuova taglia 105 parte con Poste Delivery (codice 1UW1234567890). Per la fattura dell'ordine {o}:
P.IVA 01234567890.

Marco
""", irt=True)

o = oid()
add("ronchi-important-incisione", "it", [],
    "[Important] corretto: domanda sulla personalizzazione (incisione); compliant", "ronchi",
    f"[Important] Incisione del portafoglio – ordine {o}",
    """Gentile Sig.ra Conti,

nel suo ordine ha scelto l'incisione ma non ha indicato il testo. Quali iniziali desidera (massimo 3
lettere) e preferisce il carattere corsivo o stampatello?

Giulia Ronchi
""")

o = oid()
add("moka-rimborso-feedback-facoltativo", "it", [],
    "rimborso senza condizioni; cenno neutro che il feedback si può aggiornare; compliant", "moka",
    "R: Manico allentato",
    f"""Gentile Sig. Rinaldi,

le abbiamo rimborsato 9,90 € sull'ordine {o} per il manico allentato e le spediamo una vite nuova.

Se un giorno volesse aggiornare il feedback lasciato, Amazon lo consente; nessun obbligo, decide lei.

Chiara
""", irt=True)

o = oid()
add("moka-manuale-pdf-ean", "it", [],
    "manuale PDF allegato, codice EAN e modello; compliant", "moka", "R: Istruzioni induzione",
    f"""Buonasera Sig.ra Marino,

in allegato il manuale della Moka Ferri Induzione MF-6I (EAN 8006363012345). La piastra adattatrice
non serve: il fondo è già in acciaio. Ordine {o}.

Davide
""", irt=True, atts=(("manuale-MF-6I.pdf", "application/pdf", pdf_bytes("Manuale MF-6I")),))

o = oid()
add("ronchi-feedback-neutro-link", "it", [],
    "una richiesta di feedback neutra con link https Amazon; compliant", "ronchi",
    f"Il suo ordine {o}",
    f"""Gentile Sig. Costa,

speriamo che il portadocumenti in cuoio sia di suo gradimento. Se lo desidera, può lasciare un
feedback sul venditore qui: https://www.amazon.it/hz/feedback?orderID={o}

Servizio clienti Pelletteria Ronchi
""")

add("ronchi-incisione-senza-ordine", "it", ["missing_order_id"],
    "proattivo sulla personalizzazione senza alcun numero d'ordine", "ronchi", "Incisione delle iniziali",
    """Gentile Sig.ra Villa,

per procedere con l'incisione della sua borsa abbiamo bisogno delle iniziali. Ce le può indicare?

Giulia
""")

o = oid()
add("ronchi-telefono-in-lettere", "it", ["contact_phone"],
    "obfuscated (cifre in lettere) numero di cellulare", "ronchi", "R: Colore della tracolla",
    """Gentile Sig.ra Ferrara,

per scegliere la tonalità è meglio sentirci: mi chiami al tre tre nove, uno due tre, quattro cinque
sei sette.

Giulia
""", irt=True)

o = oid()
add("moka-rimborso-per-recensione", "it", ["review_incentive"],
    "rimborso di 4 euro in cambio di una recensione", "moka", f"Ordine {o} – un regalo per lei",
    """Gentile Sig. Mancini,

se scrive una recensione della moka su Amazon, le rimborsiamo 4 € sul prezzo pagato. Basta mandarci
il nome con cui l'ha pubblicata.

Davide
""")

o = oid()
add("ronchi-recensione-solo-se-soddisfatto", "it", ["review_manipulation"],
    "review gating: recensione solo se soddisfatto, altrimenti scriverci", "ronchi",
    f"Com'è la sua borsa? ({o})",
    """Gentile Sig.ra Lombardi,

se è soddisfatta della borsa, ci farebbe felici con una recensione su Amazon. Se invece qualcosa non
va, ci scriva prima qui, così evitiamo una recensione negativa.

Giulia
""")

o = oid()
add("moka-insiste-cancellare-feedback", "it", ["feedback_removal"],
    "insiste per la cancellazione del feedback", "moka", "R: Feedback",
    f"""Sig. Bruno,

le ricordiamo per la terza volta di cancellare il feedback negativo sull'ordine {o}. Il problema è
stato risolto da giorni e attendiamo la rimozione.

Casa Moka Ferri
""", irt=True)

o = oid()
add("moka-gestisci-preferenze", "it", ["external_link", "opt_out"],
    "link 'gestisci le tue preferenze' in un avviso di ritardo HTML", "moka", f"Ritardo ordine {o}",
    None, page(f"""<p>Gentile Sig.ra Testa,</p>
<p>l'ordine {o} partirà giovedì anziché martedì a causa dello sciopero dei corrieri.</p>
<p>Chiara</p>
<p><a href="https://casamoka-ferri.it/preferenze?u=tt91">Gestisci le tue preferenze</a></p>"""))

o = oid()
add("ronchi-webp", "it", ["attachment"],
    "foto allegata in formato WebP", "ronchi", "R: Colori disponibili",
    f"""Gentile Sig. Leone,

le allego la foto dei tre colori disponibili per il portafoglio (ordine {o}).

Marco
""", irt=True, atts=(("colori.webp", "image/webp", webp_bytes()),))

o = oid()
add("moka-outlook-calibri", "it", ["styling"],
    "HTML in stile Outlook con blocco Calibri e colori dei link", "moka", "R: Tempi di consegna",
    None, page(f"""<div class="WordSection1">
<p class="MsoNormal">Gentile Sig. Caruso,</p>
<p class="MsoNormal">l'ordine {o} è stato affidato al corriere ieri sera, arriverà entro venerdì.</p>
<p class="MsoNormal">Chiara</p></div>""", head="""<style><!--
p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}
--></style>"""), irt=True, charset="windows-1252")

o = oid()
add("moka-cretino", "it", ["offensive"],
    "risposta offensiva", "moka", "R: Moka bruciata",
    f"""Sig. Santoro,

la moka si è bruciata perché l'ha lasciata sul fuoco senza acqua, cretino. Ordine {o}, nessun
rimborso.
""", irt=True)

o = oid()
add("moka-a-disposizione", "it", ["unpermitted_proactive"],
    "messaggio proattivo solo 'siamo a disposizione'", "moka", f"Ordine {o}",
    """Gentile Sig.ra Marchetti,

le ricordiamo che per qualsiasi necessità siamo sempre a sua disposizione.

Casa Moka Ferri
""")

o = oid()
add("ronchi-cirillico-chiocciola", "it", ["external_link", "contact_email"],
    "obfuscated (o cirillica nel dominio; chiocciola/punto nell'indirizzo)", "ronchi",
    "R: Cura del cuoio",
    "Gentile Sig. Moretti,\n\nle istruzioni per la cura del cuoio sono su "
    "www.pelletteria-r\u043enchi.it/cura. "
    "Per domande\nscriva ad assistenza chiocciola pelletteria-ronchi punto it.\n\nMarco\n", irt=True)


# ================================================================ SPECS: Japanese

o = oid()
add("sayama-yamato-denpyo", "ja", [],
    "ヤマト運輸の伝票番号（電話番号風の4-4-4桁）と配達時間帯; compliant", "sayama",
    "Re: 配達日の変更について",
    f"""山田 様

お問い合わせありがとうございます。ご注文（{o}）の商品はヤマト運輸にて発送済みです。
伝票番号：4521-7788-3390

配達日時の変更は、ヤマト運輸の不在連絡票またはお届け予定メールから、
11月28日（土）14時～16時などにご指定いただけます。

狭山茶舗 小野
""", irt=True)

o = oid()
add("yamane-skype-teams-line-feature", "ja", [],
    "Skype・Teams・LINE を製品の対応アプリとして記載; compliant", "yamane", "Re: ヘッドセットの対応アプリ",
    f"""高橋 様

お問い合わせの USB ヘッドセット YH-220 は、Skype、Microsoft Teams、Zoom、LINE の通話で
動作確認済みです。ドライバーは不要で、接続するだけでお使いいただけます。

ご注文番号 {o} の商品は本日出荷予定です。

ヤマネ電機 中村
""", irt=True)

o = oid()
add("sayama-important-address", "ja", [],
    "[Important] の正しい使用：お届け先住所の不備; compliant", "sayama",
    f"[Important] お届け先住所のご確認（{o}）",
    """松本 様

ご注文いただいたお届け先のご住所に番地が記載されておりません。
このままでは配送ができませんので、番地と建物名をお知らせいただけますでしょうか。

狭山茶舗 佐藤
""")

o = oid()
add("yamane-sagawa-invoice-reg-firmware", "ja", [],
    "佐川急便の問い合わせ番号、適格請求書発行事業者登録番号、型番、ファームウェア 1.3.0; compliant",
    "yamane", "Re: 領収書の発行",
    f"""伊藤 様

ご注文番号 {o} の領収書を添付いたしました。
登録番号：T1234567890123
型番 YH-220 のファームウェアは 1.3.0 が最新です。

交換品は佐川急便でお送りしました。お問い合わせ送り状番号：3601-2345-6789

ヤマネ電機 山根
""", irt=True, atts=(("領収書.pdf", "application/pdf", pdf_bytes("Receipt YH-220")),))

o = oid()
add("sayama-refund-hyouka-nini", "ja", [],
    "無条件の返金、評価の変更は任意である旨の中立的な案内; compliant", "sayama", "Re: 茶葉が湿っていました",
    f"""木村 様

ご不便をおかけし申し訳ございません。ご注文 {o} の代金 1,620円 を全額返金いたしました。
商品のご返送は不要です。

なお、いただいた評価は Amazon 上でいつでも編集できますが、もちろんご判断はお任せいたします。

狭山茶舗 田村
""", irt=True)

o = oid()
add("yamane-hoshousho-pdf-png", "ja", [],
    "日本語ファイル名の保証書PDFとPNG画像を添付; compliant", "yamane", "Re: 保証書を紛失しました",
    f"""林 様

保証書を再発行いたしましたので添付いたします。ご注文番号 {o}、保証期間は 2027年11月まで です。
端子の向きを示した画像も併せてお送りします。

サポート窓口
""", irt=True, atts=(("保証書_YH-220.pdf", "application/pdf", pdf_bytes("Warranty")),
                     ("端子の向き.png", "image/png", png_bytes(4, 6, (0, 0, 0)))))

o = oid()
a = asin()
add("sayama-review-link-sjis", "ja", [],
    "Amazon のレビュー作成ページへの https リンク付きの中立的な依頼（Shift_JIS, base64）; compliant",
    "sayama",
    f"ご注文 {o} について",
    f"""井上 様

先日は玉露 50g をお買い上げいただきありがとうございました。
よろしければ、ご感想をこちらからお寄せください。
https://www.amazon.co.jp/review/create-review?asin={a}

狭山茶舗
""", charset="shift_jis", cte="base64")

o = oid()
add("sayama-kanji-phone", "ja", ["contact_phone"],
    "obfuscated (漢数字) 電話番号", "sayama", "Re: 贈答用の包装",
    """清水 様

のし紙の種類が多いため、お電話でご相談いただくのが早いかと存じます。
〇三の五五五〇の一二三四 までお気軽にどうぞ。

狭山茶舗 佐藤
""", irt=True)

o = oid()
add("yamane-line-official", "ja", ["contact_other"],
    "LINE 公式アカウントへの誘導", "yamane", "Re: 接続できません",
    f"""森 様

ご注文 {o} の件、画面の写真を送っていただけると早いです。
LINE公式アカウント（ID：@yamane-denki）を友だち追加して、トークで送ってください。

中村
""", irt=True)

o = oid()
add("sayama-giftcard-review", "ja", ["review_incentive"],
    "レビュー投稿でギフト券を進呈", "sayama", f"ご注文 {o} レビューキャンペーンのお知らせ",
    """阿部 様

商品レビューをご投稿いただいたお客様全員に、Amazonギフト券500円分を差し上げております。
投稿後にこちらへご連絡ください。

狭山茶舗
""")

o = oid()
add("yamane-hoshi-itsutsu", "ja", ["review_manipulation"],
    "星5つの評価を依頼", "yamane", f"ご注文番号 {o} の商品について",
    """石川 様

USB ハブはお役に立っておりますでしょうか。もしご満足いただけましたら、
ぜひ星5つの評価をお願いいたします。

ヤマネ電機
""")

o = oid()
add("sayama-hyouka-sakujo", "ja", ["feedback_removal"],
    "低評価の削除を依頼", "sayama", "Re: 配送が遅れた件",
    f"""前田 様

ご注文 {o} の遅延は配送業者の事情によるものでした。誠に恐縮ですが、
先日いただいた評価を削除していただけないでしょうか。

狭山茶舗 田村
""", irt=True)

o = oid()
add("sayama-shincha-fullwidth-www", "ja", ["external_link", "marketing"],
    "obfuscated (全角の www ドメイン) 新茶の予約販売の宣伝", "sayama", f"ご注文 {o} 新茶のご案内",
    f"""岡田 様

ご注文 {o} ありがとうございます。来春の新茶の予約を始めました。早期予約で10％引きです。
詳しくは \uff57\uff57\uff57\uff0e\uff53\uff41\uff59\uff41\uff4d\uff41\uff0d\uff43\uff48\uff41\uff48\uff4f\
\uff0e\uff4a\uff50 をご覧ください。

狭山茶舗
""")

o = oid()
add("yamane-haishin-teishi-pixel", "ja", ["opt_out", "tracking_pixel"],
    "配信停止の案内と 0x0 のトラッキング画像", "yamane", f"ご注文 {o} 出荷遅延のお詫び",
    None, page(f"""<p>藤田 様</p>
<p>ご注文 {o} の USB ケーブルは入荷遅れのため、出荷が 2 日ほど遅れます。申し訳ございません。</p>
<p>ヤマネ電機</p>
<p>今後このようなメールの配信停止をご希望の場合は、本メールに「停止」とご返信ください。</p>
<img src="https://mail.yamane-denki.jp/t/{o}/open.gif" width="0" height="0" alt="">"""))

o = oid()
add("yamane-driver-exe", "ja", ["attachment"],
    "実行ファイル（.exe）を添付", "yamane", "Re: ドライバーについて",
    f"""後藤 様

ご注文 {o} のキャプチャーボード用ドライバーを添付しました。ダブルクリックでインストールできます。

山根
""", irt=True, atts=(("YH-CAP-driver-setup.exe", "application/octet-stream", exe_bytes()),))

o = oid()
add("yamane-baka", "ja", ["offensive"],
    "購入者を侮辱する返信", "yamane", "Re: 返品したい",
    f"""長谷川 様

説明書も読まずに返品とは、本当にバカな客ですね。ご注文 {o} の返品はお受けできません。
""", irt=True)

o = oid()
add("sayama-important-brewing-tips", "ja", ["important_tag"],
    "取引完了に不要な案内に [Important] を使用", "sayama", f"[Important] 美味しいお茶の淹れ方（{o}）",
    """村上 様

深蒸し煎茶は 70℃ のお湯で 40 秒ほど蒸らすと甘みが引き立ちます。
ご参考になれば幸いです。

狭山茶舗
""")

o = oid()
add("yamane-hassou-oshirase", "ja", ["unpermitted_proactive"],
    "発送完了のお知らせのみ", "yamane", f"発送のお知らせ（ご注文番号 {o}）",
    f"""近藤 様

ご注文番号 {o} の商品を本日発送いたしました。到着まで今しばらくお待ちください。

ヤマネ電機
""")

a = asin()
add("sayama-asin-only", "ja", ["missing_order_id"],
    "ASIN のみで注文番号のない能動的メッセージ", "sayama", "ご購入商品の賞味期限について",
    f"""坂本 様

ご購入いただいた商品（ASIN：{a}）の賞味期限ラベルに誤記がございました。
正しくは 2027年5月 です。

狭山茶舗
""")

o = oid()
add("yamane-fullwidth-at-email", "ja", ["contact_email"],
    "obfuscated (全角＠) メールアドレス", "yamane", "Re: 法人での購入",
    """青木 様

法人様向けのお見積もりは support\uff20yamane-denki.jp までご連絡ください。

ヤマネ電機 山根
""", irt=True)


# ================================================================ SPECS: Dutch, Polish, Swedish

o = oid()
add("koraal-postnl-retouradres", "nl", [],
    "PostNL-zendingsnummer, retouradres met postcode; compliant", "koraal", "Re: Pomp maakt lawaai",
    f"""Beste mevrouw Bakker,

Vervelend dat de pomp zo rammelt. De nieuwe is onderweg met PostNL (zendingsnummer 3SKABA1234567).
De oude mag retour naar Koraalhuis Aquaria, Zeestraat 45, 2518 AA Den Haag, o.v.v. RMA KH-118.
Bestelling {o}.

Groeten,
Sanne
""", irt=True)

o = oid()
add("koraal-korting-vertraging", "nl", [],
    "onvoorwaardelijke korting vanwege vertraging; compliant", "koraal", f"Vertraging bestelling {o}",
    f"""Beste meneer Visser,

Uw verwarmingselement (bestelling {o}) komt drie dagen later dan beloofd. Daarom hebben we 10% van
het bedrag teruggestort. U hoeft niets te doen.

Bram, Koraalhuis
""")

o = oid()
add("koraal-spaced-www-at-dot", "nl", ["external_link", "contact_email"],
    "obfuscated (spaties in de URL, [at]/[dot] in het adres)", "koraal", "Re: Waterwaarden",
    """Beste meneer Smit,

Een tabel met ideale waterwaarden staat op w w w . koraalhuis . nl / waterwaarden. Vragen? Mail naar
advies [at] koraalhuis [dot] nl.

Bram
""", irt=True)

o = oid()
add("wrzos-inpost-numer", "pl", [],
    "numer przesyłki InPost (24 cyfry w grupach) i prefiks Odp:; compliant", "wrzos", "Odp: Kubek pęknięty",
    f"""Dzień dobry Pani Katarzyno,

Nowy kubek wysłaliśmy dziś do paczkomatu KRA01M. Numer przesyłki InPost:
6800 1234 5678 9012 3456 7890. Zamówienie {o}.

Pozdrawiam
Agnieszka Nowak
""", irt=True, charset="iso-8859-2")

o = oid()
add("wrzos-zwrot-za-opinie", "pl", ["review_incentive"],
    "zwrot 15 zł za wystawienie opinii", "wrzos", f"Zamówienie {o} – mała prośba",
    """Dzień dobry Panie Tomaszu,

Za wystawienie opinii o naszym dzbanku zwrócimy Panu 15 zł. Wystarczy odpisać, gdy opinia będzie
widoczna.

Piotr, Ceramika Wrzos
""")

o = oid()
add("wrzos-nowa-kolekcja-link", "pl", ["external_link", "marketing"],
    "promocja nowej kolekcji z linkiem do sklepu", "wrzos", f"Nowości w Ceramice Wrzos ({o})",
    f"""Dzień dobry Pani Ewo,

Dziękujemy za zamówienie {o}. Właśnie wypuściliśmy nową kolekcję kubków „Wrzosowisko" – zobacz na
https://ceramika-wrzos.pl/nowosci

Agnieszka
""")

add("wrzos-bez-numeru", "pl", ["missing_order_id"],
    "wiadomość proaktywna bez numeru zamówienia", "wrzos", "Potwierdzenie adresu dostawy",
    """Dzień dobry Panie Marku,

Kurier nie może znaleźć numeru lokalu pod podanym adresem. Prosimy o jego podanie.

Piotr
""")

o = oid()
add("wrzos-nie-wystawiaj-negatywnej", "pl", ["review_manipulation"],
    "zniechęca do negatywnej opinii", "wrzos", "Odp: Odprysk na talerzu",
    f"""Pani Joanno,

Bardzo prosimy nie wystawiać negatywnej opinii – wymienimy talerz z zamówienia {o} od razu.

Agnieszka
""", irt=True)

o = oid()
add("fjall-postnord-kollinummer", "sv", [],
    "PostNord-kollinummer och prefixet SV:; compliant", "fjall", "SV: Fel färg på garnet",
    f"""Hej Karin,

Förlåt förväxlingen! Rätt färg (Lingon 42) är skickad med PostNord, kollinummer 00370712345678901234.
Det felaktiga garnet får du behålla. Order {o}.

Hälsningar
Elin Berg
""", irt=True, charset="iso-8859-1")

o = oid()
add("fjall-neutral-recension", "sv", [],
    "en neutral förfrågan om recension; compliant", "fjall", f"Din beställning {o}",
    """Hej Anders,

Vi hoppas att ullgarnet räcker till hela tröjan. Om du har tid får du gärna skriva en recension på
Amazon.

Oskar, Fjällgarn
""")

o = oid()
add("fjall-facebook-sida", "sv", ["contact_other"],
    "hänvisar köparen till butikens Facebook-sida för frågor", "fjall", "SV: Mönster till koftan",
    f"""Hej Maja,

Mönstret till koftan (order {o}) delar vi i vår Facebookgrupp – skriv till oss på Facebook,
sidan heter Fjällgarn Stickcafé, så lägger jag till dig.

Elin
""", irt=True)

o = oid()
add("fjall-ta-bort-omdome", "sv", ["feedback_removal"],
    "ber köparen ta bort sitt omdöme", "fjall", "SV: Försenad leverans",
    f"""Hej Lars,

Nu har paketet (order {o}) kommit fram. Kan du vara snäll och ta bort ditt omdöme om förseningen?

Oskar
""", irt=True)


# ================================================================ SPECS: more hard negatives

o = oid()
add("helio-relay-uppercase-middlesex", "en", [],
    "relay address in upper case with m.marketplace in To:, 'Middlesex County', prices; compliant", "helio",
    "Re: Shipping to New Jersey", f"""Hi Prakash,

We ship to Middlesex County, NJ without any problem. Your order {o} totals $129.00 plus $8.21 tax, and
ground shipping is free. It should arrive within 4-6 business days.

Maria
""", to="Q7V2K9DL3M1XB0T@M.MARKETPLACE.AMAZON.COM", irt=True)

o = oid()
add("lumen-return-received-refund", "en", [],
    "proactive: return received and refunded, RMA and Royal Mail tracking in groups; compliant", "lumen",
    f"Return received - order {o}",
    f"""Hi Beth,

Your returned Halo 300 arrived this morning (Royal Mail KT 9876 5432 1GB, RMA LR-3390). We've refunded
£34.99 to your original payment method for order {o}; your bank may take a few days to show it.

Priya
""")

o = oid()
add("coast-hours-sizes-prices", "en", [],
    "opening hours, sizes and prices that look numeric; compliant", "coast", "Re: 2XL wetsuit vest?",
    f"""Hi Riley,

The thermal vest comes in XS-3XL; a 2XL fits chest 112-118 cm. It's A$24.95 plus A$8.50 shipping, and
our warehouse packs orders Mon-Fri 9:00-17:00 AEST, so if you order before 2 pm it leaves the same day.
(Your previous order was {o}.)

Jack
""", irt=True)

o = oid()
add("ridge-quoted-product-title", "en", [],
    "quoted product title with trigger-like words, 'Class 2' diffuser, Hancock; compliant", "ridge",
    "Re: Will it work on induction?",
    f"""Hi Mrs Hancock,

Yes - the "Ridgeway Cocklebur Camp Griddle, 17 x 9 in., Pre-Seasoned" works on induction. If your hob
beeps at it, use our Class 2 heat diffuser. Order {o} ships on Monday.

Hank
""", irt=True)

o = oid()
add("north-order-details-link-essex", "en", [],
    "https Amazon order-details link, 'Essex' in an address; compliant", "north",
    "Re: Did my order go through?",
    f"""Hi Daniel,

Yes, it went through. You can see it here:
https://www.amazon.ca/gp/your-account/order-details?ie=UTF8&orderID={o}

It's going to 22 Essex Street, Guelph ON N1H 3K6, as on the order.

Rob
""", irt=True)

o = oid()
add("hart-special-delivery-signed", "en", [],
    "Royal Mail Special Delivery number, signature time and date; compliant", "hart",
    "Re: Parcel marked delivered",
    f"""Dear Mr Patel,

Royal Mail Special Delivery ZX234567890GB for order {o} was signed for on 14/11/2026 at 10:42 by
"J. PATEL". Could a neighbour or colleague have taken it in? If not, we'll open a claim today.

Eleanor
""", irt=True)

o = oid()
add("burren-cid-retina-logo-spacer", "en", [],
    "HTML with cid:logo@2x.png and a 1x1 inline spacer GIF (parts, not remote images); compliant", "burren",
    "Re: Wax melted in transit",
    f"Hi Siobhán,\n\nSorry about the melted wax - a new set for order {o} ships tomorrow in a cool box.\n\n"
    "Aoife\n",
    page(f"""<table><tr><td><img src="cid:logo@2x.png" width="90" height="30" alt="Burren Candle Co."></td>
<td><img src="cid:spacer.gif" width="1" height="1" alt=""></td></tr></table>
<p>Hi Siobhán,</p>
<p>Sorry about the melted wax - a new set for order {o} ships tomorrow in a cool box.</p>
<p>Aoife</p>"""), irt=True, inline=(("logo@2x.png", "png", png_bytes(18, 6, (120, 60, 20))),
                                      ("spacer.gif", "gif", GIF_1X1)))

o = oid()
add("helio-ticket-tag-reply", "en", [],
    "Zammad-style [Ticket#] tag before RE:, In-Reply-To absent; compliant", "helio",
    "[Ticket#2026111410000123] RE: Panel output low",
    f"""Hi Gwen,

An output of 41 W from the 60 W panel at 10 am in November is normal - the sun is low. Around noon in
full sun you should see 50-55 W. Nothing is wrong with order {o}.

Heliopak Support
""")

o = oid()
add("kaffee-schadensbewertung-klassiker", "de", [],
    "'Schadensbewertung' (kein Review), 'Klassiker', 'Ausschuss'; compliant", "kaffee",
    "AW: Transportschaden",
    f"""Guten Tag Frau Möller,

die Schadensbewertung durch DHL läuft noch, darauf müssen Sie aber nicht warten: Eine neue Klassiker-
Mühle geht morgen raus. Die beschädigte geben wir als Ausschuss zurück ins Werk; Sie können sie
einfach beim nächsten DHL-Shop abgeben (Bestellung {o}).

Sabine Brandt
""", irt=True)

o = oid()
add("croq-chronopost-creneau", "fr", [],
    "numéro de suivi Chronopost et créneau horaire; compliant", "croq", "Re: Livraison samedi ?",
    f"""Bonjour Monsieur Blanc,

Votre colis (commande {o}) part aujourd'hui en Chronopost, numéro de suivi XY123456789FR. La livraison
est prévue samedi entre 8 h et 13 h.

Yannick
""", irt=True)

o = oid()
add("pequ-gls-seguimiento", "es", [],
    "número de seguimiento GLS en grupos parecidos a un teléfono; compliant", "pequ",
    "Re: ¿Cuándo llega el esterilizador?",
    f"""Hola, Cristina:

El esterilizador salió ayer con GLS. Número de seguimiento: 6123 4567 89. Llegará el jueves, pedido
{o}.

Álvaro
""", irt=True)

o = oid()
add("ronchi-declina-telefono-sda", "it", [],
    "declina una telefonata, numero di spedizione SDA; compliant", "ronchi", "R: Possiamo sentirci?",
    f"""Gentile Sig. Fabbri,

purtroppo non possiamo sentirci al telefono: rispondiamo solo tramite i messaggi di Amazon. La cartella
dell'ordine {o} è partita con SDA, numero di spedizione 6152 4879 0312 8.

Giulia
""", irt=True)

o = oid()
add("sayama-yupack-price-date", "ja", [],
    "ゆうパックの追跡番号、価格、配達日時; compliant", "sayama", "Re: 届く日を教えてください",
    f"""西村 様

ご注文 {o}（合計 ¥3,240）はゆうパックで発送いたしました。
追跡番号：1234-5678-9012
お届け予定は 2026年12月1日 午前中 です。

狭山茶舗 小野
""", irt=True)

o = oid()
add("fjall-bring-sandningsnummer", "sv", [],
    "Bring-sändningsnummer och leveransfönster; compliant", "fjall", "SV: När kommer paketet?",
    f"""Hej Johan,

Ditt paket (order {o}) lämnades till Bring i morse med sändningsnummer 370712345678901. Det levereras
till ditt ombud onsdag efter kl. 16.

Elin
""", irt=True)


# ================================================================ build and write

def _text_part(msg: EmailMessage) -> EmailMessage | None:
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            return part
    return None


def _html_part(msg: EmailMessage) -> EmailMessage | None:
    for part in msg.walk():
        if part.get_content_type() == "text/html" and not part.get_filename():
            return part
    return None


def _set_raw(part: EmailMessage, payload: str) -> None:
    del part["Content-Transfer-Encoding"]
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part.set_payload(payload)


def build(case: dict, n: int) -> bytes:
    s = S[case["seller"]]
    msg = EmailMessage()
    msg["From"] = case["frm"] or f'"{s["shop"]}" <service@{s["dom"]}>'
    msg["To"] = case["to"]
    msg["Subject"] = case["subject"]
    msg["Date"] = format_datetime(_T0 + dt.timedelta(hours=7 * n, minutes=13 * n % 60))
    h = hashlib.sha1(f"{case['slug']}/{n}".encode()).hexdigest()
    msg["Message-ID"] = f"<{h[:20]}.{n}@mail.{s['dom']}>"
    if case["irt"]:
        ses = f"<0102019{h[20:28]}-{h[28:36]}-{h[:4]}-{h[4:8]}-{h[8:20]}-000000@eu-west-1.amazonses.com>"
        msg["In-Reply-To"] = ses
        msg["References"] = ses
    for k, v in case["hdrs"].items():
        msg[k] = v
    text, html = case["text"], case["html"]
    if case["raw_text"] is not None:
        text = "placeholder"
    if case["raw_html"] is not None:
        html = "<p>placeholder</p>"
    kw = {"charset": case["charset"]}
    if case["cte"]:
        kw["cte"] = case["cte"]
    if text is not None:
        msg.set_content(text, **kw)
        if html is not None:
            hk = {"subtype": "html"}
            if case["hcte"]:
                hk["cte"] = case["hcte"]
            msg.add_alternative(html, **hk)
    else:
        hk = {"subtype": "html", "charset": case["charset"]}
        if case["hcte"]:
            hk["cte"] = case["hcte"]
        msg.set_content(html, **hk)
    if case["raw_text"] is not None:
        _set_raw(_text_part(msg), case["raw_text"])
    if case["raw_html"] is not None:
        _set_raw(_html_part(msg), case["raw_html"])
    if case["inline"]:
        target = msg if not msg.is_multipart() else msg.get_payload()[-1]
        for cid, sub, data in case["inline"]:
            target.add_related(data, "image", sub, cid=f"<{cid}>", disposition="inline")
    for fname, mtype, data in case["atts"]:
        maintype, subtype = mtype.split("/")
        msg.add_attachment(data, maintype, subtype, filename=fname)
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_h3_{h[:16]}_{i}")
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    pol = policy.default.clone(linesep="\r\n" if case["crlf"] else "\n", max_line_length=None)
    return msg.as_bytes(policy=pol)


def body_text(m: EmailMessage) -> str:
    out = [str(m["Subject"] or "")]
    for part in m.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            out.append(part.get_content())
    return "\n".join(out)


def main() -> int:
    out_dir = HERE / "msgs"
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(77).shuffle(order)
    pos = {ci: p for p, ci in enumerate(order)}
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(CASES):
        if c["group"]:
            groups.setdefault(c["group"], []).append(i)
    for members in groups.values():
        a, b = members
        if pos[a] > pos[b]:
            pos[a], pos[b] = pos[b], pos[a]
    seq = sorted(range(len(CASES)), key=lambda i: pos[i])
    labels = []
    seen_slugs: set[str] = set()
    oid_owner: dict[str, str] = {}
    problems = []
    for n, ci in enumerate(seq, 1):
        c = CASES[ci]
        assert c["slug"] not in seen_slugs, c["slug"]
        seen_slugs.add(c["slug"])
        fname = f"msgs/{n:04d}-{c['slug']}.eml"
        data = build(c, n)
        (HERE / fname).write_bytes(data)
        m = message_from_bytes(data, policy=policy.default)
        defects = [d for part in m.walk() for d in part.defects]
        if defects:
            problems.append(f"{fname}: defects {defects}")
        subj = str(m["Subject"])
        kind = "reply" if (m["In-Reply-To"] or m["References"] or PREFIX_RE.match(subj)) else "proactive"
        txt = body_text(m)
        ids = set(OID_RE.findall(txt))
        for i in ids:
            owner = oid_owner.setdefault(i, c["group"] or c["slug"])
            if owner != (c["group"] or c["slug"]):
                problems.append(f"{fname}: order id {i} shared with {owner}")
        if kind == "proactive" and not ids and "missing_order_id" not in c["cats"]:
            problems.append(f"{fname}: proactive without order id")
        if "missing_order_id" in c["cats"] and (kind != "proactive" or ids):
            problems.append(f"{fname}: missing_order_id label but reply or id present")
        if "unpermitted_proactive" in c["cats"] and kind != "proactive":
            problems.append(f"{fname}: unpermitted_proactive on a reply")
        labels.append({"file": fname, "categories": c["cats"], "lang": c["lang"], "kind": kind,
                       "note": c["note"]})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    if "--stats" in sys.argv:
        stats(labels)
    return 0


def stats(labels: list[dict]) -> None:
    from collections import Counter

    print(f"messages {len(labels)}, compliant {sum(not r['categories'] for r in labels)}, "
          f"replies {sum(r['kind'] == 'reply' for r in labels)}")
    cat = Counter(c for r in labels for c in r["categories"])
    for c in CATS:
        langs = Counter(r["lang"] for r in labels if c in r["categories"])
        print(f"  {c:22s} {cat[c]:3d}  " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    langs = Counter(r["lang"] for r in labels)
    for k, v in langs.most_common():
        comp = sum(1 for r in labels if r["lang"] == k and not r["categories"])
        print(f"  {k}: {v} ({comp} compliant)")
    size = sum(p.stat().st_size for p in (HERE / "msgs").iterdir())
    print(f"  size {size} bytes")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Held-out corpus 5, part B: Spanish (ES, MX), Italian, Portuguese (BR), Dutch (NL, BE)
and a few English messages sent on those marketplaces.

Writes msgs/0101-*.eml ... msgs/0185-*.eml and labels-b.jsonl next to this script.
Standard library only, fixed seed (5002): the output is byte-identical on every run.
"""
import base64
import datetime as dt
import email
import email.policy
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import struct
import sys
import zipfile
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr

SEED = 5002
HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "msgs")
LABELS = os.path.join(HERE, "labels-b.jsonl")
FIRST_NO = 101

CATS = ["external_link", "contact_email", "contact_phone", "contact_other", "review_incentive",
        "review_manipulation", "feedback_removal", "repeat_request", "marketing", "opt_out",
        "tracking_pixel", "attachment", "styling", "offensive", "important_tag",
        "missing_order_id", "unpermitted_proactive"]

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# binary attachment builders (all tiny, valid files of their type)
# --------------------------------------------------------------------------------------------


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 11 Tf", "50 790 Td", "14 TL"]
    for ln in lines:
        content.append("(%s) Tj T*" % esc(ln.encode("latin-1", "replace").decode("latin-1")))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_png(w, h, rgb):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_jpeg():
    """8x8 mid-grey baseline greyscale JPEG with minimal one-symbol Huffman tables."""
    soi = b"\xff\xd8"
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    dqt = b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64)
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 8, 8, 1) + b"\x01\x11\x00"
    # DC table 0: one code of length 1 -> category 0; AC table 0: one code of length 1 -> EOB
    dht_dc = b"\x00" + bytes([1] + [0] * 15) + b"\x00"
    dht_ac = b"\x10" + bytes([1] + [0] * 15) + b"\x00"
    dht = b"\xff\xc4" + struct.pack(">H", 2 + len(dht_dc) + len(dht_ac)) + dht_dc + dht_ac
    sos = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00" + b"\x00\x3f\x00"
    data = b"\x3f"  # bits 0 (DC cat 0) 0 (EOB) + padding ones
    return soi + app0 + dqt + sof + dht + sos + data + b"\xff\xd9"


def make_gif(animated=False):
    hdr = b"GIF89a" + struct.pack("<HH", 1, 1) + b"\x80\x00\x00" + b"\xff\xff\xff\x00\x00\x00"
    frame = (b"!\xf9\x04\x00\x32\x00\x00\x00" + b",\x00\x00\x00\x00\x01\x00\x01\x00\x00"
             + b"\x02\x02D\x01\x00")
    if not animated:
        return hdr + b"!\xf9\x04\x01\x00\x00\x00\x00" + b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    loop = b"!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    frame2 = (b"!\xf9\x04\x00\x32\x00\x00\x00" + b",\x00\x00\x00\x00\x01\x00\x01\x00\x00"
              + b"\x02\x02L\x01\x00")
    return hdr + loop + frame + frame2 + b";"


def make_zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 2, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def make_exe():
    dos = bytearray(128)
    dos[0:2] = b"MZ"
    dos[0x3c:0x40] = struct.pack("<I", 0x80)
    dos[0x40:0x40 + 39] = b"This program cannot be run in DOS mode."
    pe = b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x14c, 1, 0x65f0a000, 0, 0, 0xe0, 0x102)
    return bytes(dos) + pe + bytes(0xe0) + b".text\x00\x00\x00" + bytes(32) + bytes(200)


def make_mp4():
    ftyp = struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 0x200) + b"isomiso2"
    mvhd_body = bytes(4) + struct.pack(">IIII", 0, 0, 1000, 3000) + struct.pack(">I", 0x00010000) + \
        struct.pack(">H", 0x0100) + bytes(10) + struct.pack(">9I", 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0,
                                                          0x40000000) + bytes(24) + struct.pack(">I", 2)
    mvhd = struct.pack(">I", 8 + len(mvhd_body)) + b"mvhd" + mvhd_body
    moov = struct.pack(">I", 8 + len(mvhd)) + b"moov" + mvhd
    payload = bytes(range(256)) * 8
    mdat = struct.pack(">I", 8 + len(payload)) + b"mdat" + payload
    return ftyp + moov + mdat


# --------------------------------------------------------------------------------------------
# marketplaces, languages, sellers
# --------------------------------------------------------------------------------------------

EU_ADDR = {"es": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo",
           "it": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo",
           "nl": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg",
           "en": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg"}

MK = {
    "es": dict(tld="es", tz=1, addr=EU_ADDR),
    "mx": dict(tld="com.mx", tz=-6, addr={"es": "Amazon México Services, S. de R.L. de C.V., Ciudad de México, México",
                                          "en": "Amazon Mexico Services, Mexico City, Mexico"}),
    "it": dict(tld="it", tz=1, addr=EU_ADDR),
    "br": dict(tld="com.br", tz=-3, addr={"pt": "Amazon Serviços de Varejo do Brasil Ltda., São Paulo, SP, Brasil",
                                          "en": "Amazon Servicos de Varejo do Brasil Ltda., Sao Paulo, Brazil"}),
    "nl": dict(tld="nl", tz=1, addr=EU_ADDR),
    "be": dict(tld="com.be", tz=1, addr=EU_ADDR),
}

DAYS = {
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
FDAYS = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MONS = {
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
FMONS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}

# Amazon's buyer-message notification, localised
NOTIF = {
    "es": dict(
        ms="------------- Mensaje: -------------", me="------------- Finalizar mensaje -------------",
        order="N.º de pedido", qty="Cantidad",
        respond="Para responder a este cliente, responde a este correo electrónico o visita tu cuenta de vendedor en el siguiente enlace:",
        helpful="¿Te ha resultado útil este correo electrónico?", yes="Sí", no="No",
        retain="Importante: Amazon conserva copias de todos los mensajes enviados a través de Mensajes entre compradores y vendedores, incluidas las respuestas, para garantizar la seguridad de las transacciones.",
        conf="Queremos que compres y vendas con total confianza.",
        optout="Para cambiar tus preferencias de notificación por correo electrónico, visita:",
        rights="o sus filiales. Todos los derechos reservados.",
        sent="Este mensaje se ha enviado a",
    ),
    "it": dict(
        ms="------------- Messaggio: -------------", me="------------- Fine messaggio -------------",
        order="Numero ordine", qty="Quantità",
        respond="Per rispondere a questo cliente, rispondi a questa e-mail oppure visita il tuo account venditore al seguente link:",
        helpful="Questa e-mail ti è stata utile?", yes="Sì", no="No",
        retain="Importante: Amazon conserva una copia di tutti i messaggi inviati tramite il servizio Messaggi tra acquirente e venditore, comprese le risposte, per la sicurezza delle transazioni.",
        conf="Vogliamo che tu possa acquistare e vendere in tutta tranquillità.",
        optout="Per modificare le preferenze di notifica via e-mail, visita:",
        rights="o società affiliate. Tutti i diritti riservati.",
        sent="Questo messaggio è stato inviato a",
    ),
    "pt": dict(
        ms="------------- Mensagem: -------------", me="------------- Encerrar mensagem -------------",
        order="Número do pedido", qty="Quantidade",
        respond="Para responder a este cliente, responda a este e-mail ou acesse sua conta de vendedor no seguinte link:",
        helpful="Este e-mail foi útil?", yes="Sim", no="Não",
        retain="Importante: a Amazon mantém cópias de todas as mensagens enviadas pelo serviço de Mensagens entre comprador e vendedor, inclusive as respostas, para a segurança das transações.",
        conf="Queremos que você compre e venda com confiança.",
        optout="Para alterar suas preferências de notificação por e-mail, acesse:",
        rights="ou suas afiliadas. Todos os direitos reservados.",
        sent="Esta mensagem foi enviada para",
    ),
    "nl": dict(
        ms="------------- Bericht: -------------", me="------------- Einde bericht -------------",
        order="Bestelnummer", qty="Aantal",
        respond="Als je deze klant wilt antwoorden, reageer dan op deze e-mail of ga naar je verkopersaccount via de volgende link:",
        helpful="Was deze e-mail nuttig?", yes="Ja", no="Nee",
        retain="Belangrijk: Amazon bewaart kopieën van alle berichten die via Berichten tussen kopers en verkopers worden verstuurd, inclusief antwoorden, voor de veiligheid van transacties.",
        conf="We willen dat je met vertrouwen koopt en verkoopt.",
        optout="Ga naar de volgende pagina om je voorkeuren voor e-mailmeldingen te wijzigen:",
        rights="of gelieerde ondernemingen. Alle rechten voorbehouden.",
        sent="Dit bericht is verzonden naar",
    ),
    "en": dict(
        ms="------------- Message: -------------", me="------------- End message -------------",
        order="Order ID", qty="Quantity",
        respond="To respond to this customer, please reply to this e-mail or visit your seller account at the following link:",
        helpful="Was this email helpful?", yes="Yes", no="No",
        retain="Important: Amazon retains copies of all messages sent and received through Buyer-Seller Messaging, including your replies, to help keep transactions safe.",
        conf="We want you to buy and sell with confidence.",
        optout="To change your e-mail notification preferences, visit:",
        rights="or its affiliates. All rights reserved.",
        sent="This message was sent to",
    ),
}

INQ = {  # Amazon inbound subjects
    "es": {"delivery": "Consulta sobre la entrega de un pedido del cliente de Amazon {first} (Pedido: {oid})",
           "product": "Consulta de detalles del producto del cliente de Amazon {first} (Pedido: {oid})",
           "return": "Consulta sobre devoluciones del cliente de Amazon {first} (Pedido: {oid})",
           "other": "Consulta del cliente de Amazon {first} (Pedido: {oid})"},
    "it": {"delivery": "Richiesta sulla consegna dell'ordine dal cliente Amazon {first} (Ordine: {oid})",
           "product": "Richiesta di dettagli sul prodotto dal cliente Amazon {first} (Ordine: {oid})",
           "return": "Richiesta sul reso dal cliente Amazon {first} (Ordine: {oid})",
           "other": "Richiesta dal cliente Amazon {first} (Ordine: {oid})"},
    "pt": {"delivery": "Consulta sobre entrega do pedido do cliente da Amazon {first} (Pedido: {oid})",
           "product": "Consulta sobre detalhes do produto do cliente da Amazon {first} (Pedido: {oid})",
           "return": "Consulta sobre devolução do cliente da Amazon {first} (Pedido: {oid})",
           "other": "Consulta do cliente da Amazon {first} (Pedido: {oid})"},
    "nl": {"delivery": "Vraag over de levering van een bestelling van Amazon-klant {first} (Bestelling: {oid})",
           "product": "Vraag over productdetails van Amazon-klant {first} (Bestelling: {oid})",
           "return": "Vraag over een retourzending van Amazon-klant {first} (Bestelling: {oid})",
           "other": "Vraag van Amazon-klant {first} (Bestelling: {oid})"},
    "en": {"delivery": "Order delivery inquiry from Amazon customer {first} (Order: {oid})",
           "product": "Product details inquiry from Amazon customer {first} (Order: {oid})",
           "return": "Return policy inquiry from Amazon customer {first} (Order: {oid})",
           "other": "Inquiry from Amazon customer {first} (Order: {oid})"},
}

ZD = {
    "es": ("##- Escribe tu respuesta por encima de esta línea -##",
           "Tu solicitud ({n}) se ha actualizado. Para añadir comentarios adicionales, responde a este correo electrónico."),
    "it": ("##- Digita la tua risposta sopra questa riga -##",
           "La tua richiesta ({n}) è stata aggiornata. Per aggiungere ulteriori commenti, rispondi a questa e-mail."),
    "pt": ("##- Digite sua resposta acima desta linha -##",
           "Sua solicitação ({n}) foi atualizada. Para adicionar comentários, responda a este e-mail."),
    "nl": ("##- Typ je antwoord boven deze regel -##",
           "Je aanvraag ({n}) is bijgewerkt. Reageer op deze e-mail om extra opmerkingen toe te voegen."),
    "en": ("##- Please type your reply above this line -##",
           "Your request ({n}) has been updated. To add additional comments, reply to this email."),
}
HIST = {"es": "Historial de la conversación", "it": "Cronologia della conversazione",
        "pt": "Histórico da conversa", "nl": "Gespreksgeschiedenis", "en": "Conversation history"}
OUTL = {"es": ("De", "Enviado", "Para", "Asunto"), "it": ("Da", "Inviato", "A", "Oggetto"),
        "pt": ("De", "Enviado", "Para", "Assunto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
        "en": ("From", "Sent", "To", "Subject")}

SELLERS = {
    "olivar": dict(shop="Casa Olivar", addr="atencion@casaolivar-tienda.es", domain="casaolivar-tienda.es",
                   agents=["Lucía Navarro", "Javier Ortega"]),
    "nube": dict(shop="Ferretería Nube", addr="soporte@ferreterianube.es", domain="ferreterianube.es",
                 agents=["Marta Gil", "Iker Etxeberria"]),
    "tlali": dict(shop="Cocina Tlali", addr="clientes@cocinatlali.mx", domain="cocinatlali.mx",
                  agents=["Ximena Ruiz", "Rodrigo Salas"]),
    "lume": dict(shop="Bottega Lume", addr="assistenza@bottegalume.it", domain="bottegalume.it",
                 agents=["Marco Ferri", "Chiara Bassi"]),
    "ciclo": dict(shop="Ciclo Verde", addr="servizio.clienti@cicloverde-shop.it", domain="cicloverde-shop.it",
                  agents=["Davide Conti", "Elena Marchi"]),
    "aurora": dict(shop="Lar Aurora", addr="atendimento@laraurora.com.br", domain="laraurora.com.br",
                   agents=["Camila Rocha", "Thiago Lima"]),
    "pixel": dict(shop="Pixel Praia", addr="suporte@pixelpraia.com.br", domain="pixelpraia.com.br",
                  agents=["Bruno Alves", "Larissa Mendes"]),
    "haard": dict(shop="Huis & Haard", addr="klantenservice@huisenhaard.nl", domain="huisenhaard.nl",
                  agents=["Sanne Visser", "Daan Bakker"]),
    "kempen": dict(shop="Atelier Kempen", addr="service@atelierkempen.be", domain="atelierkempen.be",
                   agents=["Lotte Peeters", "Pieter Claes"]),
    "bright": dict(shop="Brightnook Home", addr="care@brightnook-home.com", domain="brightnook-home.com",
                   agents=["Olivia Hart", "Sam Doyle"]),
}

# --------------------------------------------------------------------------------------------
# random ids
# --------------------------------------------------------------------------------------------
_used_oids = set()


def new_oid():
    while True:
        o = "%s-%07d-%07d" % (rng.choice(["402", "403", "404", "405", "406"]), rng.randrange(10 ** 7),
                              rng.randrange(10 ** 7))
        if o not in _used_oids:
            _used_oids.add(o)
            return o


def new_asin():
    return "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))


def new_relay(tld):
    n = rng.choice([13, 14, 15, 16])
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)) + \
        "@marketplace.amazon." + tld


def new_token():
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(13))


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ses_id():
    return "<0102%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (hexid(12), hexid(8), hexid(4), hexid(4),
                                                                     hexid(12))


# --------------------------------------------------------------------------------------------
# notification + quoting
# --------------------------------------------------------------------------------------------


def fmt_short(lang, d):
    return "%s, %d %s %d %02d:%02d" % (DAYS[lang][d.weekday()], d.day, MONS[lang][d.month - 1], d.year, d.hour,
                                       d.minute)


def fmt_long(lang, d):
    if lang == "en":
        h = d.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (FDAYS[lang][d.weekday()], FMONS[lang][d.month - 1], d.day, d.year, h,
                                            d.minute, "AM" if d.hour < 12 else "PM")
    if lang in ("es", "pt"):
        return "%s, %d de %s de %d %02d:%02d" % (FDAYS[lang][d.weekday()], d.day, FMONS[lang][d.month - 1], d.year,
                                                d.hour, d.minute)
    return "%s %d %s %d %02d:%02d" % (FDAYS[lang][d.weekday()], d.day, FMONS[lang][d.month - 1], d.year, d.hour,
                                      d.minute)


def attribution(lang, d, who, relay, kind="gmail"):
    a = "%s - Amazon Marketplace <%s>" % (who, relay)
    dd, mm = DAYS[lang][d.weekday()], MONS[lang][d.month - 1]
    if kind == "thunderbird":
        ds = "%02d/%02d/%d" % (d.day, d.month, d.year)
        return {"es": "El %s a las %02d:%02d, %s escribió:" % (ds, d.hour, d.minute, a),
                "it": "Il %s %02d:%02d, %s ha scritto:" % (ds, d.hour, d.minute, a),
                "pt": "Em %s %02d:%02d, %s escreveu:" % (ds, d.hour, d.minute, a),
                "nl": "Op %s om %02d:%02d schreef %s:" % (ds, d.hour, d.minute, a),
                "en": "On %s %02d:%02d, %s wrote:" % (ds, d.hour, d.minute, a)}[lang]
    if kind == "apple":
        return {"es": "El %d %s %d, a las %d:%02d, %s escribió:" % (d.day, mm, d.year, d.hour, d.minute, a),
                "it": "Il giorno %d %s %d, alle ore %d:%02d, %s ha scritto:" % (d.day, mm, d.year, d.hour, d.minute, a),
                "pt": "Em %d de %s de %d, à(s) %d:%02d, %s escreveu:" % (d.day, mm, d.year, d.hour, d.minute, a),
                "nl": "Op %d %s %d om %d:%02d heeft %s het volgende geschreven:" % (d.day, mm, d.year, d.hour,
                                                                                   d.minute, a),
                "en": "On %d %s %d, at %d:%02d, %s wrote:" % (d.day, mm, d.year, d.hour, d.minute, a)}[lang]
    return {"es": "El %s, %d %s %d a las %d:%02d, %s escribió:" % (dd, d.day, mm, d.year, d.hour, d.minute, a),
            "it": "Il giorno %s %d %s %d alle ore %d:%02d %s ha scritto:" % (dd, d.day, mm, d.year, d.hour, d.minute,
                                                                            a),
            "pt": "Em %s, %d de %s de %d às %d:%02d, %s escreveu:" % (dd, d.day, mm, d.year, d.hour, d.minute, a),
            "nl": "Op %s %d %s %d om %d:%02d schreef %s:" % (dd, d.day, mm, d.year, d.hour, d.minute, a),
            "en": "On %s, %d %s %d at %d:%02d, %s wrote:" % (dd, d.day, mm, d.year, d.hour, d.minute, a)}[lang]


def notif_text(ctx, variant):
    L = NOTIF[ctx["nlang"]]
    tld = ctx["tld"]
    tok = ctx["token"]
    sc = "https://sellercentral.amazon.%s" % tld
    lines = [L["ms"], ctx["bmsg"].strip(), L["me"], ""]
    if variant % 2 == 0:
        lines += ["# %s:" % ctx["oid"], "%d / %s [ASIN: %s]" % (ctx["qty"], ctx["title"], ctx["asin"])]
    else:
        lines += ["%s: %s" % (L["order"], ctx["oid"]), "ASIN: %s" % ctx["asin"], ctx["title"],
                  "%s: %d" % (L["qty"], ctx["qty"])]
    lines.append("")
    lines.append(L["respond"])
    if variant % 3 == 0:
        lines.append("%s/gp/communication-manager/inbox.html?ie=UTF8&mc=%s&t=%s" % (sc, hexid(10), tok.lower()))
    else:
        lines.append("%s/messaging/inbox?fi=ORDER_ID&threadId=%s&mc=%s" % (sc, hexid(16), tok))
    lines.append("")
    lines.append(L["helpful"])
    lines.append("%s: %s/gp/communication-manager/feedback.html?ie=UTF8&helpful=1&t=%s" % (L["yes"], sc, tok))
    lines.append("%s: %s/gp/communication-manager/feedback.html?ie=UTF8&helpful=0&t=%s" % (L["no"], sc, tok))
    lines.append("")
    lines.append("[commMgrTok:%s]" % tok)
    lines.append("")
    lines.append(L["retain"])
    if variant % 4 in (1, 2):
        lines.append(L["conf"])
    if variant % 5 == 3:
        lines.append("")
        lines.append(L["optout"])
        lines.append("%s/notifications/preferences/ref=ag_notifpref_mmsg" % sc)
    if variant % 4 == 3:
        lines.append("")
        lines.append("%s %s" % (L["sent"], ctx["relay"]))
    lines.append("")
    lines.append("© %d Amazon.com, Inc. %s" % (ctx["qdate"].year, L["rights"]))
    lines.append(ctx["amzaddr"])
    return "\n".join(lines)


URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def text_to_html(text, linkify=True):
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        s = htmlmod.escape(para, quote=False)
        if linkify:
            s = URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), s)
        out.append("<p>" + s.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def gt(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


# --------------------------------------------------------------------------------------------
# MIME writing
# --------------------------------------------------------------------------------------------


def can_enc(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def body_bytes(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def text_part(subtype, text, charset, cte, flowed=False):
    if not can_enc(text, charset):
        charset = "utf-8"
    data = text.encode(charset)
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "8bit"
    if cte in ("7bit", "8bit") and any(len(l) > 900 for l in data.split(b"\n")):
        cte = "quoted-printable"
    ct = "text/%s; charset=%s" % (subtype, "\"%s\"" % charset if rng.random() < 0.5 else charset)
    if flowed:
        ct += "; format=flowed"
    hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    return hdrs, body_bytes(data, cte)


def fname_params(name):
    if all(ord(c) < 128 for c in name):
        return '; name="%s"' % name, '; filename="%s"' % name
    from urllib.parse import quote
    return "; name=\"%s\"" % Header(name, "utf-8").encode(), "; filename*=utf-8''%s" % quote(name)


def att_part(name, ctype, data, inline_cid=None):
    np_, fp = fname_params(name)
    hdrs = ["Content-Type: %s%s" % (ctype, np_), "Content-Transfer-Encoding: base64"]
    if inline_cid:
        hdrs.append("Content-ID: <%s>" % inline_cid)
        hdrs.append("Content-Disposition: inline%s" % fp)
    else:
        hdrs.append("Content-Disposition: attachment%s" % fp)
    return hdrs, base64.encodebytes(data)


def multipart(subtype, parts, extra=""):
    b = "----=_Part_%s_%s" % (hexid(6), hexid(10)) if rng.random() < 0.5 else "b1_%s" % hexid(24)
    hdrs = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, b, extra)]
    chunks = []
    for h, body in parts:
        chunks.append(b"--" + b.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + body.rstrip(b"\n") + b"\n")
    data = b"".join(chunks) + b"--" + b.encode() + b"--\n"
    return hdrs, data


def enc_header(value, charset):
    if all(ord(c) < 128 for c in value):
        return value
    cs = charset if can_enc(value, charset) and charset not in ("us-ascii",) else "utf-8"
    return Header(value, cs, header_name="Subject").encode(linesep="\n")


SELLERS["dijk"] = dict(shop="Van Dijk Elektro", addr="support@vandijk-elektro.nl", domain="vandijk-elektro.nl",
                       agents=["Ruben de Wit", "Femke Smit"])

GREET = {
    "es": ["Hola {first}:", "Hola, {first}:", "Buenos días, {first}:", "Hola {first},"],
    "it": ["Ciao {first},", "Gentile {first},", "Buongiorno {first},"],
    "pt": ["Olá, {first}!", "Oi, {first},", "Olá {first},"],
    "nl": ["Hoi {first},", "Beste {first},", "Hallo {first},"],
    "en": ["Hi {first},", "Hello {first},", "Dear {first},"],
}
CLOSE = {
    "es": ["Un saludo,", "Saludos cordiales,", "Un abrazo,", "Gracias y un saludo,"],
    "it": ["Cordiali saluti,", "Un saluto,", "A presto,", "Buona giornata,"],
    "pt": ["Atenciosamente,", "Abraços,", "Um abraço,", "Obrigada,"],
    "nl": ["Met vriendelijke groet,", "Groetjes,", "Vriendelijke groeten,"],
    "en": ["Kind regards,", "Best wishes,", "Thanks,", "All the best,"],
}
TEAM = {"es": "Atención al cliente · {shop}", "it": "Servizio clienti {shop}", "pt": "Atendimento {shop}",
        "nl": "Klantenservice {shop}", "en": "{shop} Customer Care"}
BUYERS = {
    "es": ["María López", "Carmen Vidal", "Pablo Serrano", "Alejandro Ruiz", "Nuria Casas", "Sergio Molina",
           "Elena Prieto", "Raúl Fernández", "Ainhoa Arrieta", "Jorge Campos", "Lidia Romero", "Óscar Vega"],
    "mx": ["Fernanda Torres", "Luis Hernández", "Guadalupe Ramírez", "Diego Castillo", "Valeria Núñez",
           "Héctor Garza", "Mariana Soto"],
    "it": ["Giulia Rossi", "Luca Esposito", "Francesca Greco", "Matteo Romano", "Sara Colombo", "Alessandro Ricci",
           "Federica Gallo", "Paolo Mancini", "Chiara De Luca", "Stefano Moretti", "Valentina Bruno"],
    "pt": ["Ana Souza", "João Pereira", "Mariana Costa", "Rafael Oliveira", "Beatriz Santos", "Lucas Ferreira",
           "Juliana Martins", "Gustavo Ribeiro", "Patrícia Carvalho", "Felipe Araújo"],
    "nl": ["Jan de Vries", "Emma Jansen", "Thijs van den Berg", "Lisa Mulder", "Bram de Boer", "Anouk Hendriks",
           "Koen Dekker", "Sophie Willems", "Jeroen Vermeulen", "Eline Maes", "Wout Janssens"],
    "en": ["Rachel Green", "Tom Fletcher", "Hannah Price", "Martin Lowe", "Claire Dunn", "Peter Hale"],
}
PRODUCTS = {
    "olivar": ["Lámpara de mesa LED regulable de cerámica, 3 niveles de luz, blanco", "Juego de 6 vasos de vidrio reciclado 350 ml",
               "Funda de cojín de lino 45 x 45 cm, verde salvia", "Aparador de madera de roble macizo 160 cm"],
    "nube": ["Taladro percutor inalámbrico 18 V con 2 baterías y maletín", "Juego de 32 puntas de destornillador acero S2",
             "Nivel láser de líneas cruzadas, alcance 15 m, con soporte", "Escalera de aluminio de 5 peldaños"],
    "tlali": ["Molcajete de piedra volcánica 20 cm con tejolote", "Sartén de hierro fundido 26 cm precurada",
              "Comal de acero al carbono 30 cm", "Prensa para tortillas de hierro fundido 20 cm"],
    "lume": ["Lampada da terra ad arco in ottone, E27, altezza 190 cm", "Applique da parete in vetro soffiato, luce calda",
             "Lampadina LED E14 a filamento 4 W, confezione da 4", "Lampada da tavolo in ceramica con paralume in lino"],
    "ciclo": ["Luce posteriore per bici ricaricabile USB-C, 5 modalità", "Borsa da manubrio impermeabile 3 L",
              "Pompa a pavimento con manometro, 11 bar", "Casco da città con luce integrata, taglia M"],
    "aurora": ["Liquidificador de alta potência 1200 W, jarra de vidro 2 L", "Jogo de panelas antiaderentes 5 peças",
               "Cafeteira italiana de alumínio 6 xícaras", "Processador de alimentos 3 em 1, 800 W"],
    "pixel": ["Fone de ouvido Bluetooth 5.3 com cancelamento de ruído", "Carregador turbo USB-C 30 W",
              "Caixa de som portátil à prova d'água IPX7", "Smartwatch com GPS e monitor cardíaco"],
    "haard": ["Gietijzeren braadpan 24 cm, geëmailleerd, rood", "Houtkachelhandschoenen tot 500 °C, 1 paar",
              "Tuinbankkussen 120 x 45 cm, antraciet", "Vrijstaande houtkachel 8 kW, zwart staal"],
    "kempen": ["Eiken wandplank 80 cm met verborgen beugels", "Handgemaakte keramische plantenpot 18 cm",
               "Opbergkast met 3 lades, massief grenen", "Eiken eettafel 180 x 90 cm"],
    "dijk": ["Webcam 1080p met ruisonderdrukkende microfoon", "Draadloze deurbel met twee ontvangers",
             "Slimme stekker met energiemeting, 2-pack", "USB-C dockingstation 8-in-1"],
    "bright": ["Brightnook linen duvet cover set, double, oatmeal", "Cotton waffle bath towels, set of 4",
               "Ceramic table lamp with linen shade", "Linen pillowcases, pair, oatmeal"],
}
MK_LANG = {"es": "es", "mx": "es", "it": "it", "br": "pt", "nl": "nl", "be": "nl"}


def daymon(lang, d):
    if lang in ("es", "pt"):
        return "%d de %s" % (d.day, FMONS[lang][d.month - 1])
    return "%d %s" % (d.day, FMONS[lang][d.month - 1])


SPECS = []


def add(**kw):
    SPECS.append(kw)


def buyer_for(mk):
    key = "mx" if mk == "mx" else MK_LANG[mk]
    return rng.choice(BUYERS[key])


def fill(t, ctx):
    for k, v in ctx.items():
        t = t.replace("{" + k + "}", str(v))
    return t


def pick_date():
    base = dt.datetime(2024, 2, 5, 8, 0)
    d = base + dt.timedelta(days=rng.randrange(0, 270), minutes=rng.randrange(0, 11 * 60))
    return d


def build(s):
    seller = SELLERS[s["seller"]]
    mk = MK[s["mk"]]
    tld = mk["tld"]
    lang = s["lang"]
    nlang = s.get("nlang", lang)
    kind = s.get("kind") or ("reply" if s.get("bmsg") else "proactive")
    oid = s.get("oid") or new_oid()
    relay = s.get("relay") or new_relay(tld)
    buyer = s.get("buyer") or buyer_for(s["mk"])
    first = buyer.split()[0]
    asin = s.get("asin") or new_asin()
    title = s.get("title") or rng.choice(PRODUCTS[s["seller"]])
    agent = seller["agents"][s.get("agent", 0)]
    d = s.get("date") or pick_date()
    tzh = mk["tz"] + (1 if mk["tz"] > 0 and 4 <= d.month <= 10 else 0)
    d = d.replace(tzinfo=dt.timezone(dt.timedelta(hours=tzh)))
    qd = d - dt.timedelta(hours=rng.randrange(2, 40), minutes=rng.randrange(60))
    ctx = dict(oid=oid, asin=asin, title=title, first=first, buyer=buyer, shop=seller["shop"], tld=tld,
               relay=relay, agent=agent, afirst=agent.split()[0], rlocal=relay.split("@")[0],
               domain=seller["domain"], saddr=seller["addr"])
    for n in (1, 2, 3, 4, 5, 7, 10, 14):
        ctx["d%d" % n] = daymon(lang, d + dt.timedelta(days=n))
        ctx["p%d" % n] = daymon(lang, d - dt.timedelta(days=n))
    ctx["g"] = fill(s.get("greet") or rng.choice(GREET[lang]), ctx)
    sig = s.get("sig")
    if sig is None:
        sig = rng.choice(CLOSE[lang]) + "\n" + agent + "\n" + TEAM[lang].replace("{shop}", seller["shop"])
    ctx["sig"] = fill(sig, ctx)
    ctx["sig_html"] = htmlmod.escape(ctx["sig"], quote=False).replace("\n", "<br>\n")
    body = fill(s["body"], ctx).strip("\n")
    if "{nosig}" not in s["body"] and "{sig}" not in s["body"]:
        body += "\n\n" + ctx["sig"]
    body = body.replace("{nosig}", "").strip("\n")

    # ---- subject
    if s.get("subject"):
        subject = fill(s["subject"], ctx)
    else:
        inbound = fill(INQ[nlang][s.get("topic", "other")], ctx)
        subject = s.get("prefix", "Re:") + " " + inbound
    inbound_subj = fill(INQ[nlang][s.get("topic", "other")], ctx)

    # ---- quote
    quote = s.get("quote") if kind == "reply" or s.get("quote_proactive") else None
    ntext = ""
    if s.get("bmsg"):
        nctx = dict(ctx, nlang=nlang, bmsg=fill(s["bmsg"], ctx), qty=s.get("qty", 1), token=new_token(),
                    qdate=qd, amzaddr=mk["addr"].get(nlang, mk["addr"].get("en")))
        ntext = notif_text(nctx, s.get("variant", rng.randrange(60)))
    hist = [(fill(a, ctx), fill(t, ctx)) for a, t in s.get("hist", [])]
    text = body
    hquote = ""
    agent_html = fill(s["html"], ctx) if s.get("html") else text_to_html(body)
    html_pre = ""
    if quote in ("gmail", "freshdesk", "gorgias", "plain", "thunderbird", "apple"):
        ak = {"thunderbird": "thunderbird", "apple": "apple"}.get(quote, "gmail")
        attr = attribution(nlang, qd, buyer, relay, ak)
        text = body + "\n\n" + attr + "\n" + gt(ntext)
        nh = text_to_html(ntext)
        a_h = htmlmod.escape(attr, quote=False)
        if quote == "gmail":
            hquote = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                      'rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>' % (a_h, nh))
        elif quote == "thunderbird":
            hquote = '<div class="moz-cite-prefix">%s<br></div>\n<blockquote type="cite">\n%s\n</blockquote>' % (a_h, nh)
        elif quote == "apple":
            hquote = '<div><br><blockquote type="cite"><div>%s</div>\n%s\n</blockquote></div>' % (a_h, nh)
        elif quote == "freshdesk":
            hquote = ('<div class="freshdesk_quote"><blockquote class="freshdesk_quote">%s<br>\n%s\n'
                      '</blockquote></div>' % (a_h, nh))
        else:
            hquote = '<div class="quote"><div>%s</div><blockquote>\n%s\n</blockquote></div>' % (a_h, nh)
    elif quote == "outlook":
        lab = OUTL[nlang]
        to_line = fill(s.get("outlook_to", "{shop}"), ctx)
        hdr = "%s: %s - Amazon Marketplace <%s>\n%s: %s\n%s: %s\n%s: %s" % (
            lab[0], buyer, relay, lab[1], fmt_long(nlang, qd), lab[2], to_line, lab[3], inbound_subj)
        text = body + "\n\n________________________________\n" + hdr + "\n\n" + ntext
        hh = "<br>\n".join("<b>%s:</b> %s" % (htmlmod.escape(l.split(": ", 1)[0]),
                                              htmlmod.escape(l.split(": ", 1)[1])) for l in hdr.split("\n"))
        hquote = ('<hr tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">%s</div>\n<div>\n%s\n</div>'
                  % (hh, text_to_html(ntext)))
    elif quote == "zendesk":
        sep, upd = ZD[nlang]
        n = s.get("ticket", rng.randrange(10000, 99999))
        upd = upd.replace("{n}", str(n))
        entries = [(agent + " (" + seller["shop"] + ")", fmt_short(nlang, d), body),
                   (buyer, fmt_short(nlang, qd), ntext)]
        for i, (a, t) in enumerate(hist):
            entries.append((a, fmt_short(nlang, qd - dt.timedelta(hours=3 * i + 5, minutes=17)), t))
        zid = "[%s-%s]" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                           "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)))
        text = sep + "\n\n" + upd + "\n\n" + "\n\n".join(
            "%s\n%s\n\n%s" % e for e in entries) + "\n\n" + zid
        hparts = ['<div class="zd-sep">%s</div>' % htmlmod.escape(sep), "<p>%s</p>" % htmlmod.escape(upd)]
        for i, (a, ds, t) in enumerate(entries):
            inner = agent_html if i == 0 else text_to_html(t)
            hparts.append('<div class="zd-comment"><p><strong>%s</strong><br>%s</p>\n%s\n</div>'
                          % (htmlmod.escape(a), htmlmod.escape(ds), inner))
        hparts.append("<p>%s</p>" % zid)
        agent_html = "\n".join(hparts)
    elif quote == "helpscout":
        entries = list(hist) + [("%s - Amazon Marketplace <%s>" % (buyer, relay), ntext)]
        text = body + "\n\n" + "-" * 60 + "\n" + HIST[nlang] + ":\n\n" + "\n\n".join(
            "%s\n%s\n\n%s" % (a, fmt_short(nlang, qd), t) for a, t in entries)
        hquote = '<div class="hs-history"><hr>\n<p><strong>%s</strong></p>\n%s</div>' % (
            HIST[nlang], "\n".join('<div class="hs-entry"><p><strong>%s</strong><br>%s</p>\n%s</div>' % (
                htmlmod.escape(a), fmt_short(nlang, qd), text_to_html(t)) for a, t in entries))
    if s.get("text_extra"):
        text += fill(s["text_extra"], ctx)

    # ---- encodings
    fmt = s.get("fmt", "alt")
    cs = s.get("charset") or rng.choice(["utf-8", "utf-8", "iso-8859-1", "iso-8859-15", "windows-1252"])
    html_full = ""
    if fmt in ("alt", "html"):
        html_full = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=@@CS@@">%s</head>\n'
                     '<body>\n%s\n%s\n%s\n</body></html>' % (fill(s.get("head", ""), ctx), agent_html,
                                                            fill(s.get("html_extra", ""), ctx), hquote))
    if not (can_enc(text, cs) and can_enc(html_full, cs)):
        cs = "utf-8"
    html_full = html_full.replace("@@CS@@", cs)
    cte = s.get("cte") or rng.choice(["quoted-printable", "quoted-printable", "base64", "8bit", "7bit"])
    hcte = s.get("hcte") or rng.choice(["quoted-printable", "quoted-printable", "base64"])
    if fmt == "text":
        part = text_part("plain", text, cs, cte, flowed=(quote == "thunderbird"))
    elif fmt == "html":
        part = text_part("html", html_full, cs, hcte)
    else:
        tp = text_part("plain", text, cs, cte)
        hp = text_part("html", html_full, cs, hcte)
        if s.get("inline"):
            rel = [hp] + [att_part(n, t, fill_bytes(b), cid) for n, t, b, cid in s["inline"]]
            hp = multipart("related", rel, '; type="text/html"')
        part = multipart("alternative", [tp, hp])
    if s.get("atts"):
        part = multipart("mixed", [part] + [att_part(n, t, fill_bytes(b)) for n, t, b in s["atts"]])

    # ---- headers
    fromname = fill(s.get("fromname", "{agent} | {shop}" if rng.random() < 0.5 else "{shop}"), ctx)
    hdrs = ["From: " + formataddr((fromname, seller["addr"]), charset="utf-8"),
            "To: " + (s.get("to") or relay),
            "Subject: " + enc_header(subject, cs),
            "Date: " + format_datetime(d),
            "Message-ID: <%s.%s@%s>" % (hexid(16), hexid(8), s.get("msgid_domain", "mail." + seller["domain"]))]
    if kind == "reply" and not s.get("no_irt"):
        sid = ses_id()
        hdrs.append("In-Reply-To: " + sid)
        hdrs.append("References: " + sid)
    hdrs.append("MIME-Version: 1.0")
    for h in s.get("headers", []):
        hdrs.append(fill(h, ctx))
    mh, mb = part
    raw = ("\n".join(hdrs + mh)).encode("ascii") + b"\n\n" + mb
    if s.get("crlf", rng.random() < 0.35):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    meta = dict(oid=oid, relay=relay, kind=kind, subject=subject)
    return raw, meta


def fill_bytes(b):
    return b() if callable(b) else b


# ============================================================================================
# SPECS
# ============================================================================================

PDF = "application/pdf"


def pdf(*lines):
    return lambda: make_pdf(list(lines))


def jpg():
    return make_jpeg()


C = []  # compliant first-of-pair helpers

# ---------------------------------------------------------------- Spanish (ES) compliant
add(slug="seur-delay-zendesk", seller="olivar", mk="es", lang="es", topic="delivery", quote="zendesk",
    fmt="text", cats=[], note="shipping delay with SEUR tracking number in digit groups, Zendesk history quoting Amazon notification",
    bmsg="Hola, hice el pedido hace una semana y todavía no me ha llegado. ¿Sabéis algo? Gracias.",
    body="""{g}

Sentimos mucho el retraso. Hemos revisado el envío con SEUR: el paquete se quedó retenido en la delegación de Zaragoza por una incidencia en la ruta y ya está de nuevo en reparto.

Número de seguimiento SEUR: 0 3 4 8 2 7 1 9 5 5 0 2 1 1 (también lo ves como 03482719550211 en el detalle del pedido {oid}).

La nueva fecha estimada de entrega es el {d2}, entre las 9:00 y las 14:00. Si el {d4} todavía no lo tienes, escríbenos por aquí y te enviamos otro sin coste.""")

add(slug="return-rma-freshdesk", seller="nube", mk="es", lang="es", topic="return", quote="freshdesk",
    cats=[], note="return address with postcode, RMA number and Amazon returns centre link; Freshdesk blockquote",
    bmsg="Buenas, el taladro hace un ruido raro al usar la percusión. Quiero devolverlo, ¿cómo lo hago?",
    title="Taladro percutor inalámbrico 18 V con 2 baterías y maletín",
    body="""{g}

Lamentamos que el taladro no funcione como debe. Puedes iniciar la devolución desde el Centro de devoluciones de Amazon:
https://www.amazon.es/returns/cart/{oid}?ref_=orc_returns_2

Si prefieres enviarlo tú directamente, usa esta dirección e indica en el paquete el número de autorización RMA-24-08817:

Ferretería Nube – Devoluciones
Calle de la Fundición 14, nave 3
28045 Madrid

En cuanto lo recibamos (normalmente 3-5 días laborables) te reembolsamos el importe completo de 89,95 € o te mandamos uno nuevo, lo que prefieras.""")

add(slug="invoice-pdf-helpscout", seller="nube", mk="es", lang="es", topic="other", quote="helpscout", agent=1,
    cats=[], note="invoice as PDF attachment, invoice and VAT numbers, Help Scout conversation history",
    bmsg="Necesito la factura a nombre de mi empresa, Talleres Arrieta S.L., CIF B12345678. ¿Me la podéis enviar?",
    body="""{g}

Te adjuntamos la factura FAC-2024-00871 emitida a nombre de Talleres Arrieta S.L. (CIF B12345678), correspondiente al pedido {oid}.

Importe: 152,40 € (base imponible 125,95 € + IVA 21 % 26,45 €).

Si necesitas algún cambio en los datos fiscales, indícanoslo y la volvemos a emitir.""",
    atts=[("FAC-2024-00871.pdf", PDF, pdf("Ferreteria Nube - Factura FAC-2024-00871", "Cliente: Talleres Arrieta S.L.",
                                          "CIF B12345678", "Base imponible 125,95 EUR", "IVA 21% 26,45 EUR",
                                          "Total 152,40 EUR"))])

add(slug="manual-thunderbird-cid-logo", seller="olivar", mk="es", lang="es", topic="product", quote="thunderbird",
    cats=[], note="assembly manual as PDF, unlinked inline cid logo, Thunderbird cite prefix",
    bmsg="Hola, me falta el libro de instrucciones de la lámpara y no sé cómo cambiar la intensidad.",
    title="Lámpara de mesa LED regulable de cerámica, 3 niveles de luz, blanco",
    body="""{g}

Te enviamos el manual en PDF. Para cambiar la intensidad solo hay que tocar la base: un toque pasa de 30 % a 60 %, otro a 100 % y un cuarto la apaga. Si mantienes el dedo 3 segundos se activa el modo noche (10 %).

El modelo es el LM-C300 v2; la bombilla LED integrada es de 7 W y no se puede sustituir.""",
    html="""<p>{g}</p>
<p>Te enviamos el manual en PDF. Para cambiar la intensidad solo hay que tocar la base: un toque pasa de 30&nbsp;% a 60&nbsp;%, otro a 100&nbsp;% y un cuarto la apaga. Si mantienes el dedo 3 segundos se activa el modo noche (10&nbsp;%).</p>
<p>El modelo es el LM-C300 v2; la bombilla LED integrada es de 7&nbsp;W y no se puede sustituir.</p>
<p>{sig_html}</p>
<p><img src="cid:logo-olivar@casaolivar" alt="Casa Olivar" width="120" height="40"></p>""",
    inline=[("logo.png", "image/png", lambda: make_png(12, 4, (120, 140, 90)), "logo-olivar@casaolivar")],
    atts=[("Manual_LM-C300.pdf", PDF, pdf("Casa Olivar LM-C300 v2", "Manual de uso", "Toque: 30% / 60% / 100% / apagado",
                                          "Mantener 3 s: modo noche"))])

add(slug="unconditional-refund-after-1star-threat", seller="nube", mk="es", lang="es", topic="other", quote="gmail",
    cats=[], note="buyer threatens 1-star review in quote; agent gives unconditional refund with no mention of reviews",
    bmsg="Me habéis mandado el juego de puntas con la caja rota y faltan cuatro puntas. Si no me lo solucionáis hoy os pongo una estrella y lo cuento en la reseña.",
    title="Juego de 32 puntas de destornillador acero S2",
    body="""{g}

Tienes toda la razón, la caja no debería haber salido así. Acabamos de emitir el reembolso completo de 24,90 € en tu método de pago original; lo verás en 3-5 días hábiles según tu banco. No hace falta que nos devuelvas nada.

Además hemos avisado al almacén para revisar el embalaje de este artículo. Disculpa las molestias.""")

add(slug="feedback-update-neutral-damage-assessment", seller="olivar", mk="es", lang="es", topic="delivery",
    quote="zendesk", agent=1, cats=[],
    note="'valoración de los daños' (damage assessment) and neutral 'you can update feedback, entirely up to you' after resolution",
    bmsg="Los vasos han llegado dos rotos. Os he dejado una valoración negativa porque no es la primera vez.",
    title="Juego de 6 vasos de vidrio reciclado 350 ml",
    body="""{g}

Gracias por las fotos. La valoración de los daños del transportista confirma que la caja recibió un golpe en tránsito, así que hemos enviado hoy un juego nuevo de 6 vasos sin coste, con doble protección. Llegará previsiblemente el {d3}.

Entendemos perfectamente tu opinión. Si más adelante quieres revisar lo que escribiste, Amazon permite actualizar la valoración desde tu cuenta, pero es totalmente decisión tuya y no tienes que hacer nada.""")

add(slug="important-delivery-scheduling-sideboard", seller="olivar", mk="es", lang="es", kind="proactive", cats=[],
    subject="[Important] Programar la entrega de tu aparador – pedido {oid}",
    title="Aparador de madera de roble macizo 160 cm",
    note="proactive [Important] used correctly for scheduling delivery of a bulky item, order id in subject and body",
    body="""{g}

Tu aparador de roble (pedido {oid}) pesa 68 kg y lo entrega una agencia de transporte de mercancías voluminosas que necesita concertar la cita contigo.

Las franjas disponibles en tu zona son:
- {d3}, de 8:00 a 13:00
- {d4}, de 15:00 a 20:00
- {d5}, de 8:00 a 13:00

Responde a este mensaje con la franja que mejor te venga e indícanos si hay ascensor o si el portal tiene escalones, para que vengan dos personas si hace falta.""")

add(slug="proactive-invoice-pdf", seller="nube", mk="es", lang="es", kind="proactive", cats=[], fmt="text",
    subject="Factura de tu pedido {oid}",
    note="permitted proactive message sending an invoice PDF, with order id",
    body="""{g}

Adjuntamos la factura FAC-2024-01133 de tu pedido {oid}, ya que solicitaste factura completa al hacer la compra.

Total: 64,99 € (IVA incluido).""",
    atts=[("Factura_FAC-2024-01133.pdf", PDF, pdf("Ferreteria Nube", "Factura FAC-2024-01133", "Total 64,99 EUR IVA incl."))])

add(slug="discount-for-trouble-gorgias", seller="olivar", mk="es", lang="es", topic="product", quote="gorgias",
    cats=[], note="15% partial refund to resolve a colour mismatch, not tied to any review",
    bmsg="La funda de cojín es bastante más clara que en la foto. No sé si devolverla.",
    title="Funda de cojín de lino 45 x 45 cm, verde salvia",
    body="""{g}

Tienes razón: el lote actual del verde salvia ha salido un tono más claro que el de las fotos. Lo sentimos.

Te proponemos dos opciones:
1. Te quedas la funda y te devolvemos el 15 % del precio (2,85 €) ahora mismo.
2. La devuelves gratis desde tus pedidos y te reembolsamos el total de 18,99 €: https://www.amazon.es/gp/your-account/order-details?orderID={oid}

Dinos cuál prefieres y lo tramitamos hoy.""")

# ---------------------------------------------------------------- Mexico compliant
add(slug="estafeta-product-question-gmail", seller="tlali", mk="mx", lang="es", topic="product", quote="gmail",
    cats=[], note="product question with dimensions and model number, Estafeta tracking number in phone-like groups",
    bmsg="Hola, ¿el molcajete ya viene curado o hay que curarlo? Y ¿cuándo llega? Gracias",
    title="Molcajete de piedra volcánica 20 cm con tejolote",
    body="""{g}

El molcajete MV-20 viene lavado, pero te recomendamos curarlo antes del primer uso: muele un puñado de arroz crudo con un poco de sal, enjuaga con agua (sin jabón) y repite 3 o 4 veces hasta que el arroz salga limpio. Mide 20 cm de diámetro por 11 cm de alto y pesa unos 3.2 kg.

Tu pedido salió ayer con Estafeta. Número de guía: 8055 2410 3399 7612 0044 51. La entrega estimada es el {d3}.""")

add(slug="refund-outlook-mxn", seller="tlali", mk="mx", lang="es", topic="return", quote="outlook", agent=1,
    prefix="RE:", fmt="text", charset="windows-1252", cte="quoted-printable",
    cats=[], note="Outlook RE: with Spanish De:/Enviado:/Para:/Asunto: block (display name only), refund in MXN",
    bmsg="Ya devolví la sartén desde hace 10 días y no veo el reembolso.",
    title="Sartén de hierro fundido 26 cm precurada",
    outlook_to="Atención a Clientes Cocina Tlali",
    body="""{g}

Recibimos tu devolución el {p2} y ya emitimos el reembolso por $1,249.00 MXN. Dependiendo de tu banco puede tardar entre 3 y 10 días hábiles en reflejarse. Puedes verlo en el detalle de tu pedido {oid}.

Lamentamos la demora.""")

add(slug="decline-whatsapp-apple-mail", seller="tlali", mk="mx", lang="es", topic="other", quote="apple",
    cats=[], note="agent declines to move the conversation to WhatsApp or phone; WhatsApp named but no contact offered",
    bmsg="¿Me pueden pasar su WhatsApp? Es más fácil mandarles fotos por ahí.",
    title="Prensa para tortillas de hierro fundido 20 cm",
    body="""{g}

Gracias por escribirnos. Por las reglas de Amazon no podemos atenderte por WhatsApp ni por teléfono, pero no hay problema: puedes adjuntar las fotos respondiendo a este mismo mensaje y las revisamos enseguida.

Con las fotos de la prensa (sobre todo de la bisagra) te decimos si procede cambio o reembolso.""")

add(slug="dhl-guia-replacement-gorgias", seller="tlali", mk="mx", lang="es", topic="delivery", quote="gorgias",
    agent=1, cats=[], note="replacement shipped, DHL guía (waybill) 10 digits that look like a phone number",
    bmsg="El comal llegó doblado de una orilla.",
    title="Comal de acero al carbono 30 cm",
    body="""{g}

Qué pena, lo sentimos. Ya te enviamos un comal nuevo por DHL Express, número de guía 4829103756. Debería llegar el {d2}.

El comal doblado puedes quedártelo o desecharlo, no es necesario regresarlo.""")

# ---------------------------------------------------------------- Italian compliant
add(slug="brt-delay-zendesk", seller="lume", mk="it", lang="it", topic="delivery", quote="zendesk",
    cats=[], note="BRT tracking number and delay, Zendesk history quoting Italian Amazon notification",
    bmsg="Buongiorno, la lampada doveva arrivare ieri ma il tracking è fermo da tre giorni.",
    title="Lampada da terra ad arco in ottone, E27, altezza 190 cm",
    body="""{g}

abbiamo sentito BRT: il collo è rimasto fermo nella filiale di Bologna per un controllo delle dimensioni (la scatola è lunga 150 cm) ed è ripartito stamattina.

Numero di spedizione BRT: 0504 1722 3118 4. La consegna prevista è per il {d2}, in mattinata.

Ci scusiamo per l'attesa.""")

add(slug="return-address-milano-gmail", seller="ciclo", mk="it", lang="it", topic="return", quote="gmail",
    cats=[], note="return address with CAP, Amazon returns centre link, Gmail quote",
    bmsg="La borsa da manubrio non si aggancia al mio manubrio da 35 mm. Posso restituirla?",
    title="Borsa da manubrio impermeabile 3 L",
    body="""{g}

certo. L'attacco della borsa è compatibile con manubri da 22 a 31,8 mm, quindi con il 35 mm purtroppo non funziona.

Puoi avviare il reso gratuito dal Centro resi di Amazon: https://www.amazon.it/gp/orc/returns/homepage.html

Se il sistema ti chiede un indirizzo, usa questo:
Ciclo Verde srl – Resi
Via Privata Fratelli Gorlini 8
20151 Milano (MI)

Appena arriva ti rimborsiamo 34,90 €.""")

add(slug="replacement-poste-outlook-R", seller="ciclo", mk="it", lang="it", topic="product", quote="outlook",
    prefix="R:", fmt="alt", charset="iso-8859-15", agent=1,
    cats=[], note="Outlook R: reply, Italian Da:/Inviato:/A:/Oggetto: block without addresses, Poste Delivery tracking",
    outlook_to="Servizio clienti Ciclo Verde",
    bmsg="La luce posteriore non si ricarica più dopo due settimane.",
    title="Luce posteriore per bici ricaricabile USB-C, 5 modalità",
    body="""{g}

ci dispiace. È un difetto noto di un piccolo lotto (serie RL-5 prodotta a marzo): ti abbiamo spedito oggi una luce nuova con Poste Delivery Business, codice di tracciamento 1UW0Q2718834.

Non serve rispedire quella difettosa. Il prezzo di 19,90 € resta invariato.""")

add(slug="manual-pdf-photo-jpeg", seller="lume", mk="it", lang="it", topic="product", quote="plain", agent=1,
    cats=[], note="manual PDF plus JPEG photo showing assembly, both allowed attachment types",
    bmsg="Non riesco a montare il paralume, il manuale in scatola è solo in inglese.",
    title="Lampada da tavolo in ceramica con paralume in lino",
    body="""{g}

ti mandiamo il manuale in italiano (PDF) e una foto dell'anello di fissaggio. Il paralume va appoggiato sull'anello a tre bracci e poi bloccato con la ghiera filettata, girandola in senso orario.

Il portalampada è E27, massimo 40 W (consigliamo una LED da 6-8 W).""",
    atts=[("Manuale_LT-CER.pdf", PDF, pdf("Bottega Lume - Lampada LT-CER", "Manuale di montaggio", "Portalampada E27 max 40 W")),
          ("anello_fissaggio.jpg", "image/jpeg", jpg)])

add(slug="important-engraving-customisation", seller="lume", mk="it", lang="it", kind="proactive", cats=[],
    subject="[Important] Conferma del testo da incidere – ordine {oid}",
    title="Applique da parete in vetro soffiato, luce calda",
    note="proactive [Important] used correctly for a customisation question",
    body="""{g}

per il tuo ordine {oid} hai scelto l'incisione personalizzata sulla placca in ottone. Nel campo di testo abbiamo ricevuto: "Casa Rossi – dal 1998".

Il trattino lungo non è disponibile nel nostro font: possiamo usare un trattino normale ("Casa Rossi - dal 1998") oppure un punto centrale ("Casa Rossi · dal 1998")?

Rispondi pure a questo messaggio; la produzione parte appena riceviamo la conferma.""")

add(slug="trigger-words-specs", seller="ciclo", mk="it", lang="it", topic="product", quote="gmail",
    cats=[], note="hard negative: verifica, certificato, specifiche, classe, analisi, model numbers",
    bmsg="Il casco è omologato? Mi serve per andare al lavoro in bici elettrica.",
    title="Casco da città con luce integrata, taglia M",
    body="""{g}

sì: il casco CV-URB (taglia M, 55-58 cm) ha il certificato di conformità EN 1078 e la verifica è stata fatta da un laboratorio accreditato; nelle specifiche trovi anche la classe NTA 8776 per e-bike fino a 45 km/h.

Dall'analisi dei resi di quest'anno la taglia M è corretta per circa il 90 % di chi misura tra 55 e 58 cm, quindi ti consigliamo di misurare la circonferenza della testa un paio di centimetri sopra le sopracciglia.""")

add(slug="partial-refund-freshdesk", seller="lume", mk="it", lang="it", topic="other", quote="freshdesk",
    cats=[], note="partial refund for a scratched item, not tied to a review",
    bmsg="L'applique è arrivata con un graffio sul vetro. È comunque utilizzabile ma non è il massimo.",
    title="Applique da parete in vetro soffiato, luce calda",
    body="""{g}

grazie per la foto e scusaci. Come proposto, ti abbiamo rimborsato il 30 % (17,70 € su 59,00 €) sul metodo di pagamento originale, così puoi tenere l'applique.

Se preferisci comunque la sostituzione, basta rispondere qui.""")

add(slug="important-address-cap", seller="ciclo", mk="it", lang="it", kind="proactive", cats=[], fmt="text",
    subject="[IMPORTANT] Indirizzo incompleto per l'ordine {oid}",
    note="proactive [IMPORTANT] (upper case) used correctly for an address problem",
    body="""{g}

stiamo preparando la spedizione del tuo ordine {oid}, ma nell'indirizzo manca il numero civico e il CAP 00199 non corrisponde a Via Tiburtina a Roma secondo il corriere.

Puoi confermarci l'indirizzo completo rispondendo a questo messaggio? Blocchiamo la spedizione fino a domani alle 12:00, poi partirà con i dati attuali.""")

add(slug="order-details-link-edesk", seller="lume", mk="it", lang="it", topic="delivery", quote="plain", agent=1,
    subject="Re: [eDesk #48213] Richiesta sulla consegna dell'ordine dal cliente Amazon {first} (Ordine: {oid})",
    cats=[], note="eDesk ticket tag before Re:, allowed Amazon order-details and help page links",
    bmsg="Posso cambiare l'indirizzo di consegna? Mi sono trasferita.",
    title="Lampadina LED E14 a filamento 4 W, confezione da 4",
    body="""{g}

purtroppo il pacco è già partito e noi non possiamo modificare l'indirizzo. Puoi però verificare le opzioni di consegna direttamente dalla pagina dell'ordine:
https://www.amazon.it/gp/your-account/order-details?orderID={oid}

Qui trovi anche la guida di Amazon su come cambiare l'indirizzo: https://www.amazon.it/gp/help/customer/display.html?nodeId=GE9XJF6FS8F3ZHCA

Se il pacco dovesse tornare indietro, te lo rispediamo subito.""")

# ---------------------------------------------------------------- Portuguese (BR) compliant
add(slug="correios-delay-zendesk", seller="aurora", mk="br", lang="pt", topic="delivery", quote="zendesk",
    cats=[], note="Correios tracking code in spaced S10 form (QB 482 915 307 BR), delay, Zendesk history",
    bmsg="Oi, meu liquidificador está parado em Curitiba faz 5 dias. O que aconteceu?",
    title="Liquidificador de alta potência 1200 W, jarra de vidro 2 L",
    body="""{g}

Verificamos com os Correios: houve atraso na triagem do centro de Curitiba por causa do volume de encomendas. O objeto já voltou a andar hoje cedo.

Código de rastreio: QB 482 915 307 BR. A nova previsão de entrega é {d3}.

Se não chegar até {d5}, responda aqui que enviamos outro.""")

add(slug="troca-cep-gmail", seller="aurora", mk="br", lang="pt", topic="return", quote="gmail", agent=1,
    cats=[], note="exchange with return address and CEP, Amazon returns centre link",
    bmsg="Comprei o jogo de panelas e uma das tampas veio trincada. Quero trocar.",
    title="Jogo de panelas antiaderentes 5 peças",
    body="""{g}

Sentimos muito pela tampa. Você pode solicitar a troca pela Central de devoluções da Amazon: https://www.amazon.com.br/gp/orc/returns/homepage.html

Se preferir postar direto para nós, o endereço é:
Lar Aurora Utilidades
Rua Augusta, 1508 – Sala 4
Consolação, São Paulo – SP
CEP 01304-001

Assim que a caixa chegar, enviamos o jogo novo em até 2 dias úteis.""")

add(slug="nota-fiscal-cnpj-pdf", seller="pixel", mk="br", lang="pt", topic="other", quote="gmail",
    cats=[], note="nota fiscal PDF with CNPJ and access key (tax ids, not phone numbers)",
    bmsg="Preciso da nota fiscal para reembolso da empresa.",
    title="Carregador turbo USB-C 30 W",
    body="""{g}

Segue em anexo a nota fiscal eletrônica nº 004.219 do seu pedido {oid}.

Emitente: Pixel Praia Eletrônicos Ltda., CNPJ 12.345.678/0001-90
Chave de acesso: 3524 0512 3456 7800 0190 5500 1000 0042 1910 0004 2197

Valor total: R$ 89,90.""",
    atts=[("NF-e_004219.pdf", PDF, pdf("Pixel Praia Eletronicos Ltda.", "CNPJ 12.345.678/0001-90", "NF-e 004.219",
                                       "Valor total R$ 89,90"))])

add(slug="voltage-outlook-RES", seller="pixel", mk="br", lang="pt", topic="product", quote="outlook", prefix="RES:",
    agent=1, fmt="alt", charset="windows-1252",
    cats=[], note="Outlook RES: reply with pt-BR De:/Enviado:/Para:/Assunto:, voltage and model number",
    outlook_to="Suporte Pixel Praia",
    bmsg="A caixa de som funciona em 220V? Vou levar para o Nordeste.",
    title="Caixa de som portátil à prova d'água IPX7",
    body="""{g}

A caixa de som PX-S7 carrega por USB-C (5 V / 2 A), então funciona em qualquer tomada com um carregador bivolt de 127 V ou 220 V. O carregador que acompanha o produto já é bivolt (100-240 V, 50/60 Hz).

A bateria de 4.000 mAh dura cerca de 12 horas com volume a 50 %.""")

add(slug="refund-help-link-freshdesk", seller="pixel", mk="br", lang="pt", topic="return", quote="freshdesk",
    cats=[], note="refund processed in R$, Amazon help page link",
    bmsg="Devolvi o fone e até agora nada do estorno.",
    title="Fone de ouvido Bluetooth 5.3 com cancelamento de ruído",
    body="""{g}

O fone chegou ao nosso depósito em {p2} e o reembolso de R$ 249,00 já foi processado hoje. No cartão de crédito o estorno pode aparecer em até 2 faturas.

Mais detalhes sobre prazos de reembolso: https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7""")

add(slug="proactive-missing-apartment-number", seller="aurora", mk="br", lang="pt", kind="proactive", cats=[],
    fmt="text", subject="Pedido {oid}: falta o número do apartamento",
    note="permitted proactive message requesting information needed to deliver, order id in subject",
    body="""{g}

Vamos despachar seu processador de alimentos hoje, mas o endereço cadastrado não tem o número do apartamento e o prédio tem 4 blocos.

Pode responder a esta mensagem com o bloco e o apartamento? Sem isso a transportadora pode devolver o volume.""")

add(slug="iphone-short-reply", seller="aurora", mk="br", lang="pt", topic="product", quote="apple", fmt="text",
    cats=[], note="short iPhone reply with 'Enviado do meu iPhone', quoted Amazon notification",
    bmsg="A cafeteira serve em fogão de indução?",
    title="Cafeteira italiana de alumínio 6 xícaras",
    sig="Camila\nLar Aurora\n\nEnviado do meu iPhone",
    body="""{g}

Essa cafeteira é de alumínio, então não funciona direto na indução. Funciona em fogão a gás, elétrico e vitrocerâmico. Para indução é preciso usar um disco adaptador.""")

# ---------------------------------------------------------------- Dutch (NL/BE) compliant
add(slug="postnl-delay-zendesk", seller="haard", mk="nl", lang="nl", topic="delivery", quote="zendesk",
    cats=[], note="PostNL track-and-trace code, delay, Zendesk history",
    bmsg="Hoi, mijn braadpan zou dinsdag komen maar er is nog niks. Kunnen jullie kijken?",
    title="Gietijzeren braadpan 24 cm, geëmailleerd, rood",
    body="""{g}

Excuses voor het wachten. PostNL heeft je pakket een dag later gesorteerd door drukte in het sorteercentrum Nieuwegein.

Je track-and-tracecode is 3SHRD0417829 (postcode 2514 GL). Volgens PostNL wordt het {d1} tussen 13:45 en 16:15 bezorgd.""")

add(slug="return-utrecht-gmail", seller="haard", mk="nl", lang="nl", topic="return", quote="gmail", agent=1,
    cats=[], note="return address with Dutch postcode and Amazon returns link",
    bmsg="De handschoenen zijn te klein, kan ik ze ruilen voor maat XL?",
    title="Houtkachelhandschoenen tot 500 °C, 1 paar",
    body="""{g}

Natuurlijk. Meld de retour aan via het retourcentrum van Amazon: https://www.amazon.nl/gp/orc/returns/homepage.html

Stuur je liever zelf? Dan kan het naar:
Huis & Haard – Retouren
Kanaalweg 22
3526 KM Utrecht

Zodra we ze binnen hebben, sturen we maat XL (artikelnummer HH-GLV-XL) op. De prijs is gelijk, € 24,95.""")

add(slug="replacement-bpost-outlook-be", seller="kempen", mk="be", lang="nl", topic="delivery", quote="outlook",
    prefix="Antw:", cats=[], charset="windows-1252",
    note="Outlook Dutch Van:/Verzonden:/Aan:/Onderwerp: block (display name only), bpost tracking number, Antw: prefix",
    outlook_to="Atelier Kempen klantendienst",
    bmsg="De plank is beschadigd aangekomen, een hoek is afgebroken.",
    title="Eiken wandplank 80 cm met verborgen beugels",
    body="""{g}

Vervelend, sorry daarvoor. We hebben vandaag een nieuwe wandplank verstuurd met bpost. Je trackingnummer is 3232 1000 4711 8290 6650 2301. Levering verwacht op {d2}.

De beschadigde plank mag je houden of bij het grofvuil zetten.""")

add(slug="warranty-pdf-png-be", seller="kempen", mk="be", lang="nl", topic="other", quote="gmail", agent=1,
    cats=[], note="warranty card PDF with non-ASCII filename (RFC 2231) and PNG drawing",
    bmsg="Hoe lang is de garantie op de opbergkast? De la loopt stroef.",
    title="Opbergkast met 3 lades, massief grenen",
    body="""{g}

Op de kast zit 2 jaar garantie; het garantiebewijs zit in de bijlage. Een stroeve la komt meestal door de geleider aan de achterkant: draai de twee schroeven een halve slag los, duw de la helemaal dicht en draai ze weer vast (zie de tekening).

Lukt het niet, laat het ons weten, dan sturen we nieuwe geleiders.""",
    atts=[("Garantiebewijs_Opbergkast_Ø3.pdf", PDF, pdf("Atelier Kempen", "Garantiebewijs", "2 jaar garantie")),
          ("geleider.png", "image/png", lambda: make_png(16, 10, (200, 180, 150)))])

add(slug="skype-teams-product-features", seller="dijk", mk="nl", lang="nl", topic="product", quote="helpscout",
    cats=[], note="Skype, Teams and WhatsApp named as product features, not contact channels",
    bmsg="Werkt deze webcam ook met Teams op een Mac? En kan ik hem voor WhatsApp-videobellen op de laptop gebruiken?",
    title="Webcam 1080p met ruisonderdrukkende microfoon",
    body="""{g}

Ja. De webcam (model VDE-CAM1080) is plug-and-play via USB en werkt op macOS 12 en nieuwer met Teams, Skype en Zoom. Ook WhatsApp Desktop herkent hem gewoon als camera.

Tip: kies in Teams onder Instellingen > Apparaten de "VDE 1080p Camera" als camera en microfoon.""")

add(slug="important-stove-delivery-scheduling", seller="haard", mk="nl", lang="nl", kind="proactive", cats=[],
    subject="[Important] Bezorgafspraak houtkachel – bestelling {oid}",
    title="Vrijstaande houtkachel 8 kW, zwart staal",
    note="proactive [Important] used correctly to schedule delivery of a 110 kg stove",
    body="""{g}

Je houtkachel (bestelling {oid}) weegt 110 kg en wordt met een laadklep-wagen bezorgd tot achter de eerste deur.

Welke dag past jou het beste?
- {d4}, 8:00 - 12:00
- {d5}, 12:00 - 17:00
- {d7}, 8:00 - 12:00

Laat het ons weten door op dit bericht te reageren. Staat de kachel op een verdieping zonder lift, geef dat dan ook even door.""")

add(slug="zammad-ticket-be", seller="kempen", mk="be", lang="nl", topic="product", quote="plain",
    subject="Re: [Ticket#2024061210000437] Vraag over productdetails van Amazon-klant {first} (Bestelling: {oid})",
    cats=[], note="Zammad [Ticket#...] tag, product question with dimensions",
    bmsg="Is de eettafel uitschuifbaar? En welke hoogte heeft hij?",
    title="Eiken eettafel 180 x 90 cm",
    body="""{g}

De eettafel is niet uitschuifbaar. De afmetingen zijn 180 x 90 cm, hoogte 76 cm, en het blad is 4 cm dik massief eiken. Tussen de poten is 162 cm ruimte, dus er passen makkelijk 6 stoelen aan.

Levertijd is 10 tot 14 werkdagen omdat elke tafel op bestelling geolied wordt.""")

add(slug="osticket-dpd", seller="dijk", mk="nl", lang="nl", topic="delivery", quote="plain", agent=1, fmt="text",
    subject="Re: [#58213] Vraag over de levering van een bestelling van Amazon-klant {first} (Bestelling: {oid})",
    cats=[], note="osTicket [#...] tag, DPD parcel number with 14 digits",
    bmsg="Waar blijft mijn dockingstation?",
    title="USB-C dockingstation 8-in-1",
    body="""{g}

Je dockingstation is gisteren met DPD verstuurd. Pakketnummer: 05 2128 0094 1177. DPD bezorgt het {d1}; je krijgt van DPD nog een tijdvak van een uur.""")

# ---------------------------------------------------------------- English on these marketplaces, compliant
add(slug="en-nl-product-question-helpscout", seller="bright", mk="nl", lang="en", topic="product", quote="helpscout",
    cats=[], note="English buyer on amazon.nl, product question, Help Scout history with English notification",
    bmsg="Hi, is the duvet cover pre-washed? I'm worried about shrinking.",
    title="Brightnook linen duvet cover set, double, oatmeal",
    body="""{g}

Yes, the set is stone-washed before packing, so shrinkage after a 40 °C wash is under 2 %. We'd suggest a low tumble-dry or line-drying; the linen will soften further over the first few washes.

The double set is 200 x 200 cm plus two 50 x 75 cm pillowcases.""")

add(slug="en-it-dhl-express-10digit", seller="bright", mk="it", lang="en", topic="delivery", quote="gmail", agent=1,
    cats=[], note="DHL Express 10-digit waybill number (phone-like) called tracking number, English on amazon.it",
    bmsg="When will my towels arrive? I'm only in Florence until the 20th.",
    title="Cotton waffle bath towels, set of 4",
    body="""{g}

Your towels left our warehouse this morning with DHL Express. The tracking number is 7310 482 955 and delivery is expected on {d2}, well before the 20th.

If you need them delivered to a different address in Florence, the order page lets you check the options: https://www.amazon.it/gp/your-account/order-details?orderID={oid}""")

add(slug="en-es-invoice-pdf", seller="bright", mk="es", lang="en", topic="other", quote="freshdesk",
    cats=[], note="English invoice reply on amazon.es with PDF attachment and VAT number",
    bmsg="Could you send me a VAT invoice please? My NIF is X1234567L.",
    title="Ceramic table lamp with linen shade",
    body="""{g}

Please find attached invoice INV-ES-20417 for order {oid}, issued to NIF X1234567L.

Total 49.00 EUR including 21 % VAT (8.50 EUR).""",
    atts=[("INV-ES-20417.pdf", PDF, pdf("Brightnook Home", "Invoice INV-ES-20417", "NIF X1234567L", "Total 49.00 EUR"))])

# ---------------------------------------------------------------- repeat-request pairs
PAIR_ES = dict(oid=new_oid(), relay=new_relay("es"), buyer="Nuria Casas", asin=new_asin(),
               title="Lámpara de mesa LED regulable de cerámica, 3 niveles de luz, blanco")
add(slug="review-request-first-es", seller="olivar", mk="es", lang="es", kind="proactive", cats=[], pair=("es", 1),
    date=dt.datetime(2024, 5, 14, 10, 20), fmt="alt",
    subject="Tu opinión sobre el pedido {oid}", note="first neutral review request for this order (pair es, 1/2)",
    body="""{g}

Esperamos que la lámpara de tu pedido {oid} te esté dando buena luz. Si tienes un momento, nos ayudaría mucho conocer tu opinión sobre el producto; puedes dejarla aquí:
https://www.amazon.es/review/create-review?asin={asin}

Y si algo no va bien, responde a este mensaje y lo vemos.""", **PAIR_ES)
add(slug="review-request-repeat-es", seller="olivar", mk="es", lang="es", kind="proactive", agent=1,
    cats=["repeat_request"], pair=("es", 2), date=dt.datetime(2024, 5, 23, 17, 5), fmt="text",
    subject="¿Qué tal tu lámpara? (pedido {oid})",
    note="second review request for the same order and relay, different agent and wording (pair es, 2/2)",
    body="""{g}

Hace unos días te escribimos sobre tu pedido {oid}. Como somos una tienda pequeña, cada reseña cuenta: ¿podrías dedicar un minuto a valorar la lámpara en Amazon?

https://www.amazon.es/review/create-review?asin={asin}""", **PAIR_ES)

PAIR_IT = dict(oid=new_oid(), relay=new_relay("it"), buyer="Federica Gallo", asin=new_asin(),
               title="Lampada da terra ad arco in ottone, E27, altezza 190 cm")
add(slug="support-reply-with-review-request-it", seller="lume", mk="it", lang="it", topic="product", quote="zendesk",
    cats=[], pair=("it", 1), date=dt.datetime(2024, 6, 3, 11, 40),
    note="support reply ending with one neutral review request (pair it, 1/2)",
    bmsg="Che lampadina mi consigliate per la lampada ad arco? Vorrei una luce calda ma non troppo gialla.",
    body="""{g}

per la lampada ad arco ti consigliamo una LED E27 da 8-10 W a 2700 K, oppure a 3000 K se vuoi una luce un po' più neutra. Evita lampadine più lunghe di 12 cm, altrimenti sporgono dal paralume.

Quando avrai un momento, ci farebbe piacere leggere la tua opinione sul prodotto: https://www.amazon.it/review/create-review?asin={asin}""", **PAIR_IT)
add(slug="review-repeat-with-discount-it", seller="lume", mk="it", lang="it", kind="proactive", agent=1,
    cats=["review_incentive", "repeat_request"], pair=("it", 2), date=dt.datetime(2024, 6, 17, 9, 15),
    subject="Ordine {oid}: ci lasci due righe?",
    note="second review request for the same order, also offers 10% off the next order for the review (pair it, 2/2)",
    body="""{g}

ti avevamo già chiesto un parere sulla lampada ad arco (ordine {oid}), ma forse il messaggio ti è sfuggito. Se lasci una recensione entro fine mese, rispondi a questa mail con il nome che hai usato e ti mandiamo un codice sconto del 10 % per il prossimo acquisto da noi.

https://www.amazon.it/review/create-review?asin={asin}""", **PAIR_IT)

PAIR_BE = dict(oid=new_oid(), relay=new_relay("com.be"), buyer="Wout Janssens", asin=new_asin(),
               title="Eiken wandplank 80 cm met verborgen beugels")
add(slug="seller-feedback-request-first-be", seller="kempen", mk="be", lang="nl", kind="proactive", cats=[],
    pair=("be", 1), date=dt.datetime(2024, 9, 2, 14, 0), fmt="text", charset="iso-8859-1",
    subject="Bestelling {oid} – hoe was je ervaring met ons?",
    note="first request: neutral seller-feedback request with Amazon feedback link (pair be, 1/2)",
    body="""{g}

Je wandplank (bestelling {oid}) is een week geleden bezorgd. Als je even tijd hebt, horen we graag hoe je de bestelling bij ons als verkoper hebt ervaren. Feedback geven kan via je bestellingen op Amazon:
https://www.amazon.com.be/hz/feedback?orderID={oid}

Bedankt alvast, en laat het ons weten als er iets niet klopt.""", **PAIR_BE)
add(slug="review-repeat-mention-delivery-en", seller="kempen", mk="be", lang="en", kind="proactive", agent=1,
    cats=["review_manipulation", "repeat_request"], pair=("be", 2), date=dt.datetime(2024, 9, 11, 8, 30),
    subject="Your shelf from Atelier Kempen - order {oid}",
    note="second request (product review after earlier feedback request, now in English) that also tells the buyer what to write (pair be, 2/2)",
    greet="Hi {first},",
    body="""{g}

We hope the oak shelf is up on the wall by now. Would you mind writing a short product review for order {oid}? It would really help other buyers if you mention how sturdy the hidden brackets are and how quickly it arrived.

https://www.amazon.com.be/review/create-review?asin={asin}""", **PAIR_BE)

# ============================================================================================
# violations
# ============================================================================================

# ---- contact details / links
add(slug="zendesk-signature-web-phone-mail", seller="olivar", mk="es", lang="es", topic="product", quote="zendesk",
    cats=["external_link", "contact_email", "contact_phone"],
    note="helpdesk signature with website, phone and e-mail under a compliant reply quoting Amazon notification",
    bmsg="¿La lámpara se puede usar con un temporizador de enchufe?",
    title="Lámpara de mesa LED regulable de cerámica, 3 niveles de luz, blanco",
    sig="Un saludo,\n{agent}\nCasa Olivar · Diseño para tu hogar\nwww.casaolivar-tienda.es · Tel. +34 910 555 014 · atencion@casaolivar-tienda.es",
    body="""{g}

Sí, funciona con temporizadores de enchufe. Al volver la corriente la lámpara se enciende en el último nivel de intensidad que usaste.""")

add(slug="quoted-earlier-agent-email-zendesk", seller="lume", mk="it", lang="it", topic="delivery", quote="zendesk",
    agent=0, cats=["contact_email"],
    note="new reply is clean, but an earlier agent reply in the Zendesk history gives a direct e-mail address",
    bmsg="Scusate, ma allora la lampadina di ricambio me la mandate o no?",
    title="Lampadina LED E14 a filamento 4 W, confezione da 4",
    hist=[("Chiara Bassi (Bottega Lume)", """Ciao {first},

ci dispiace per la lampadina che non si accende. Te ne spediamo una nuova questa settimana. Per fare prima, se vuoi puoi scriverci direttamente a ordini.lume@bottegalume.it con una foto della confezione.

Chiara""")],
    body="""{g}

sì, certo: la lampadina di ricambio è partita oggi con Poste Italiane, codice di tracciamento PK281940317IT. Arriverà entro il {d3}.""")

add(slug="fullwidth-whatsapp-spaced-phone", seller="aurora", mk="br", lang="pt", topic="product", quote="gmail",
    cats=["contact_phone", "contact_other"],
    note="obfuscated (full-width letters, spaced digits): WhatsApp invitation with a spaced phone number",
    bmsg="O liquidificador está com cheiro de queimado no primeiro uso. É normal?",
    title="Liquidificador de alta potência 1200 W, jarra de vidro 2 L",
    body="""{g}

Um leve cheiro nos primeiros usos é normal por causa do verniz do motor, mas não deve durar mais que 2 ou 3 usos.

Se continuar, é mais rápido resolver pelo ＷｈａｔｓＡｐｐ: ( 1 1 ) 9 5 5 5 5 - 0 1 2 3. Manda um vídeo lá que a gente te responde na hora.""")

add(slug="instagram-follow-us-be", seller="kempen", mk="be", lang="nl", topic="product", quote="outlook",
    prefix="RE:", charset="windows-1252", outlook_to="Atelier Kempen klantendienst",
    cats=["contact_other", "marketing"],
    note="'volg ons op Instagram @handle' for new designs under a product answer",
    bmsg="Hebben jullie de plantenpot ook in het groot?",
    title="Handgemaakte keramische plantenpot 18 cm",
    body="""{g}

De plantenpot maken we op dit moment alleen in 18 cm. In het voorjaar komt er een versie van 25 cm en een hangende variant.

Wil je als eerste zien wat er uit de oven komt? Volg ons op Instagram via @atelier.kempen, daar posten we elke week nieuwe ontwerpen.""")

add(slug="mx-http-dp-crosssell", seller="tlali", mk="mx", lang="es", topic="product", quote="gmail",
    cats=["external_link", "marketing"],
    note="plain http: Amazon /dp/ product link used to cross-sell another product",
    bmsg="¿La sartén sirve para estufa de inducción?",
    title="Sartén de hierro fundido 26 cm precurada",
    body="""{g}

Sí, la sartén de hierro fundido funciona perfecto en inducción, gas y eléctrica.

Por cierto, muchos clientes la combinan con nuestro comal de acero al carbono, que está con precio especial esta semana: http://www.amazon.com.mx/dp/B0CTL4M2QZ""")

add(slug="en-amznto-email-at-dot", seller="bright", mk="es", lang="en", topic="product", quote="helpscout",
    cats=["external_link", "contact_email"],
    note="obfuscated ((at)/(dot) e-mail); amzn.to short link answering the buyer's own question (not marketing)",
    bmsg="Do you also sell matching pillowcases for the oatmeal duvet cover?",
    title="Brightnook linen duvet cover set, double, oatmeal",
    body="""{g}

We do! You can find the matching pair here: amzn.to/4bQx7Rk

If you'd like a colour swatch before ordering, drop us a line at care (at) brightnook-home (dot) com and we'll post one out.""")

add(slug="zero-width-email-important-reply", seller="haard", mk="nl", lang="nl", topic="product", quote="gmail",
    subject="Re: Vraag over productdetails van Amazon-klant {first} (Bestelling: {oid}) [IMPORTANT]",
    cats=["contact_email", "important_tag"], charset="utf-8",
    note="obfuscated (zero-width space in e-mail address); [IMPORTANT] tag on an ordinary product answer",
    bmsg="Kan de braadpan in de oven tot 250 graden?",
    title="Gietijzeren braadpan 24 cm, geëmailleerd, rood",
    sig="Groetjes,\n{agent}\nklantenservice@\u200bhuisenhaard\u200b.nl",
    body="""{g}

Ja, de braadpan kan tot 260 °C in de oven, inclusief het deksel met de stalen knop.""")

add(slug="buyer-phone-in-quote-en", seller="bright", mk="es", lang="en", topic="delivery", quote="gmail", agent=1,
    cats=["contact_phone"],
    note="clean reply, but the quoted buyer message contains the buyer's own phone number",
    bmsg="The courier keeps saying nobody was home. Please ask them to ring me on 07700 900457 before they come, the bell is broken.",
    title="Cotton waffle bath towels, set of 4",
    body="""{g}

Sorry about the missed deliveries. We've asked the courier to call before the next attempt and added a note that the doorbell isn't working. The next attempt is scheduled for {d1}.

You can also pick a different delivery day from your order page: https://www.amazon.es/gp/your-account/order-details?orderID={oid}""")

add(slug="outlook-calibri-phone-signature", seller="ciclo", mk="it", lang="it", topic="delivery", quote="outlook",
    prefix="R:", fmt="alt", charset="windows-1252", outlook_to="Servizio clienti Ciclo Verde",
    cats=["contact_phone", "styling"],
    note="Outlook Word HTML with Calibri/colour style block and a phone number in the signature",
    bmsg="La pompa è arrivata senza il raccordo per valvola Presta.",
    title="Pompa a pavimento con manometro, 11 bar",
    sig="Cordiali saluti\n{agent}\nCiclo Verde srl\nTel. +39 02 5555 0142 (lun-ven 9-18)",
    head="""<style><!--
@font-face {font-family:Calibri;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}
.MsoChpDefault {font-family:"Calibri",sans-serif;}
--></style>""",
    body="""{g}

ci scusiamo, il raccordo Presta doveva essere nella tasca laterale della scatola. Lo spediamo oggi in busta, arriverà in 2-3 giorni.""")

# ---- reviews & feedback
add(slug="gift-voucher-for-review-it", seller="lume", mk="it", lang="it", kind="proactive", cats=["review_incentive"],
    subject="Un piccolo regalo per te – ordine {oid}", fmt="alt",
    note="proactive review request offering a 10 EUR Amazon voucher in exchange for the review",
    body="""{g}

grazie ancora per aver scelto la nostra applique (ordine {oid}). Stiamo raccogliendo opinioni dei clienti: scrivi la tua recensione su Amazon e mandaci lo screenshot rispondendo a questo messaggio, ti invieremo un buono regalo Amazon da 10 € come ringraziamento.

https://www.amazon.it/review/create-review?asin={asin}""")

add(slug="five-stars-please-br", seller="pixel", mk="br", lang="pt", kind="proactive", cats=["review_manipulation"],
    subject="Seu fone chegou bem? Pedido {oid}", fmt="text", charset="iso-8859-1",
    note="proactive review request asking for five stars",
    body="""{g}

Seu pedido {oid} foi entregue há alguns dias. Somos uma loja pequena e cada avaliação faz muita diferença para nós: se puder, deixe 5 estrelinhas para o fone lá na Amazon, isso ajuda demais!

https://www.amazon.com.br/review/create-review?asin={asin}""")

add(slug="review-gating-nl", seller="haard", mk="nl", lang="nl", kind="proactive", agent=1,
    cats=["review_manipulation"], subject="Hoe bevalt je tuinbankkussen? ({oid})",
    title="Tuinbankkussen 120 x 45 cm, antraciet",
    note="review gating: review only if happy, otherwise contact us first",
    body="""{g}

Je tuinbankkussen (bestelling {oid}) is inmiddels bezorgd. Ben je er blij mee? Dan zouden we het heel fijn vinden als je een review achterlaat:
https://www.amazon.nl/review/create-review?asin={asin}

Ben je niet helemaal tevreden? Laat dan liever geen review achter, maar stuur ons eerst een berichtje, dan lossen we het samen op.""")

add(slug="ask-remove-one-star-es", seller="nube", mk="es", lang="es", topic="return", quote="gmail", agent=1,
    cats=["feedback_removal"],
    note="after resolving the issue, agent asks the buyer to delete their 1-star feedback",
    bmsg="Ya me llegó la escalera nueva, esta sí está bien.",
    title="Escalera de aluminio de 5 peldaños",
    body="""{g}

¡Qué bien! Nos alegra que la nueva escalera haya llegado en perfecto estado.

Ya que el problema está resuelto, te pedimos por favor que elimines la valoración de una estrella que nos dejaste la semana pasada; nos está afectando mucho como vendedores. Solo tienes que ir a tus pedidos y pulsar "Eliminar valoración".""")

add(slug="change-feedback-to-positive-it", seller="ciclo", mk="it", lang="it", topic="other", quote="gmail", agent=1,
    cats=["review_manipulation", "feedback_removal"],
    note="asks the buyer to change negative feedback to positive",
    bmsg="Ok, ho ricevuto il rimborso. Grazie.",
    title="Borsa da manubrio impermeabile 3 L",
    body="""{g}

perfetto, siamo contenti che sia tutto sistemato.

Ti chiediamo una cortesia: visto che la questione si è risolta, potresti modificare il feedback negativo che hai lasciato e trasformarlo in uno positivo? Per un negozio piccolo come il nostro fa davvero la differenza.""")

add(slug="refund-if-review-removed-br", seller="pixel", mk="br", lang="pt", topic="other", quote="zendesk",
    cats=["review_incentive", "feedback_removal"],
    note="full refund offered on condition that the buyer removes their 1-star review",
    bmsg="O relógio parou de carregar depois de 10 dias. Já deixei minha avaliação.",
    title="Smartwatch com GPS e monitor cardíaco",
    body="""{g}

Sentimos muito pelo problema com o smartwatch. Conseguimos fazer o reembolso integral de R$ 399,00 para você, e nem precisa devolver o relógio: é só retirar a avaliação de 1 estrela que você publicou e nos avisar por aqui, que liberamos o reembolso no mesmo dia.""")

add(slug="important-tag-review-request-es", seller="olivar", mk="es", lang="es", kind="proactive", agent=1,
    cats=["important_tag"], subject="[Important] Pedido {oid} – ¿nos cuentas qué te ha parecido?",
    title="Funda de cojín de lino 45 x 45 cm, verde salvia", fmt="text",
    note="[Important] tag misused on an otherwise neutral review request",
    body="""{g}

Tu pedido {oid} se entregó hace una semana. Si te apetece, puedes dejar tu opinión sobre la funda de cojín en Amazon:
https://www.amazon.es/review/create-review?asin={asin}

Gracias por comprar en Casa Olivar.""")

# ---- marketing / opt-out / pixels
add(slug="new-collection-coupon-tiktok-http-banner", seller="olivar", mk="es", lang="es", kind="proactive",
    cats=["contact_other", "marketing", "styling"], subject="Novedades de otoño para tu casa – pedido {oid}",
    title="Juego de 6 vasos de vidrio reciclado 350 ml",
    note="proactive promotion: new collection, coupon code, TikTok handle, banner image over http:",
    body="""{g}

Gracias por tu pedido {oid}. Te contamos en primicia que ya está disponible nuestra nueva colección de otoño: mantas de lana, velas de soja y vajilla de gres hecha a mano.

Con el código OTONO15 tienes un 15 % de descuento en tu próxima compra hasta el 30 de octubre.

Y si quieres ver cómo decoramos con ella, síguenos en TikTok: @casaolivar.home""",
    html="""<p>{g}</p>
<p><img src="http://static.casaolivar-tienda.es/img/otono-2024.jpg" alt="Colección otoño" width="480" height="160"></p>
<p>Gracias por tu pedido {oid}. Te contamos en primicia que ya está disponible nuestra nueva colección de otoño: mantas de lana, velas de soja y vajilla de gres hecha a mano.</p>
<p>Con el código <b>OTONO15</b> tienes un 15&nbsp;% de descuento en tu próxima compra hasta el 30 de octubre.</p>
<p>Y si quieres ver cómo decoramos con ella, síguenos en TikTok: @casaolivar.home</p>
<p>{sig_html}</p>""")

add(slug="mx-emoji-coupon", seller="tlali", mk="mx", lang="es", topic="delivery", quote="gmail",
    cats=["marketing", "styling"], charset="utf-8",
    note="emoji in a delivery reply plus a promotional coupon for other products",
    bmsg="¿Ya salió mi molcajete?",
    title="Molcajete de piedra volcánica 20 cm con tejolote",
    body="""{g}

¡Sí! 🎉 Tu molcajete salió hoy con Estafeta, número de guía 8055 2410 7781 0021 93. Llega el {d3} 🚚

Y para que completes tu cocina: usa el código TLALI20 y llévate 20 % en nuestras prensas para tortillas y comales 🌮🔥""")

add(slug="list-unsubscribe-header-it", seller="ciclo", mk="it", lang="it", topic="product", quote="gmail", agent=1,
    cats=["opt_out"],
    headers=["List-Unsubscribe: <https://mail.cicloverde-shop.it/u/{rlocal}>, <mailto:unsubscribe@cicloverde-shop.it?subject=unsubscribe>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
    note="compliant product answer sent through a mailing tool that adds a List-Unsubscribe header",
    bmsg="Il casco si può lavare? L'imbottitura è removibile?",
    title="Casco da città con luce integrata, taglia M",
    body="""{g}

sì, le imbottiture interne si staccano (sono fissate con velcro) e si possono lavare a mano in acqua tiepida con sapone neutro. Il guscio si pulisce con un panno umido; la luce integrata è IPX4, quindi non va immersa.""")

add(slug="unsubscribe-link-entity-nl", seller="haard", mk="nl", lang="nl", kind="proactive", agent=1,
    cats=["external_link", "opt_out"], subject="Vertraging bij je bestelling {oid}",
    title="Gietijzeren braadpan 24 cm, geëmailleerd, rood",
    note="obfuscated (HTML entity in href): permitted delay notice with an 'afmelden' unsubscribe link in the footer",
    body="""{g}

Door een vertraging bij onze leverancier wordt je braadpan (bestelling {oid}) niet morgen maar op {d4} verzonden. Het spijt ons. Wil je liever annuleren, reageer dan op dit bericht.

--
Je ontvangt deze e-mail omdat je bij Huis & Haard hebt besteld. Geen berichten meer ontvangen? Afmelden: https://mail.huisenhaard.nl/afmelden?u={rlocal}""",
    html="""<p>{g}</p>
<p>Door een vertraging bij onze leverancier wordt je braadpan (bestelling {oid}) niet morgen maar op {d4} verzonden. Het spijt ons. Wil je liever annuleren, reageer dan op dit bericht.</p>
<p>{sig_html}</p>
<p>--<br>Je ontvangt deze e-mail omdat je bij Huis &amp; Haard hebt besteld. Geen berichten meer ontvangen? <a href="h&#116;tps&#58;//mail.huisenhaard.nl/afmelden?u={rlocal}">Afmelden</a></p>""")

add(slug="reply-sair-optout-text-br", seller="aurora", mk="br", lang="pt", kind="proactive", cats=["opt_out"],
    subject="Nota fiscal do pedido {oid}", fmt="text",
    note="permitted proactive invoice with PDF, plus opt-out text 'responda SAIR'",
    body="""{g}

Segue a nota fiscal do seu pedido {oid} em PDF.

Não quer mais receber mensagens da Lar Aurora? É só responder SAIR que tiramos você da nossa lista.""",
    atts=[("NF-e_007733.pdf", PDF, pdf("Lar Aurora Utilidades", "NF-e 007.733", "Valor total R$ 319,90"))])

add(slug="tracker-pixel-1x1-es", seller="nube", mk="es", lang="es", topic="product", quote="gmail",
    cats=["tracking_pixel"], note="1x1 open-tracking pixel from a tracker host under a compliant product answer",
    bmsg="¿El nivel láser tiene rosca para trípode?",
    title="Nivel láser de líneas cruzadas, alcance 15 m, con soporte",
    body="""{g}

Sí, tiene rosca estándar de 1/4" en la base, así que vale cualquier trípode de fotografía. El soporte magnético incluido también lleva esa rosca.""",
    html_extra='<img src="https://open.mailmetrics-trk.net/o/{rlocal}/c7f2a9.gif" width="1" height="1" alt="" border="0">')

add(slug="display-none-beacon-recipient-id-it", seller="lume", mk="it", lang="it", kind="proactive", agent=1,
    cats=["tracking_pixel"], subject="Aggiornamento sulla spedizione dell'ordine {oid}",
    note="hidden (display:none) remote image whose URL carries the recipient id, on a permitted delay notice",
    body="""{g}

la lampada del tuo ordine {oid} è in ritardo di due giorni perché il vetro è in riconsegna dal nostro fornitore di Murano. La spediremo entro il {d3}; se preferisci annullare, rispondi pure a questo messaggio.""",
    html_extra='<div style="display:none"><img src="https://img.bottegalume.it/news/hdr.png?rcpt={rlocal}&amp;o={oid}" width="300" height="80" alt=""></div>')

add(slug="helpscout-open-tracking-nl", seller="dijk", mk="nl", lang="nl", topic="product", quote="helpscout",
    cats=["tracking_pixel"], note="helpdesk open-tracking beacon appended to a Help Scout reply",
    bmsg="Kan ik de slimme stekker ook zonder app gebruiken?",
    title="Slimme stekker met energiemeting, 2-pack",
    body="""{g}

Ja, met de knop op de stekker zet je hem handmatig aan en uit. Voor schema's en het energieverbruik heb je wel de app nodig.""",
    html_extra='<img src="https://beacon.hdesk-opens.io/v2/open/5c81e0d2b7/{rlocal}.png" width="1" height="1" style="border:0" alt="">')

# ---- attachments
add(slug="zip-photos-es", seller="olivar", mk="es", lang="es", topic="product", quote="gmail", agent=1,
    cats=["attachment"], note="ZIP archive attachment with assembly photos",
    bmsg="¿Cómo se montan las patas del aparador?",
    title="Aparador de madera de roble macizo 160 cm",
    body="""{g}

Te mandamos en un ZIP las fotos del montaje paso a paso. Las patas se atornillan con los 8 tornillos M6 de la bolsa B, primero a mano y luego se aprietan con la llave Allen de 4 mm.""",
    atts=[("fotos_montaje_aparador.zip", "application/zip",
           lambda: make_zip([("paso1.jpg", make_jpeg()), ("paso2.jpg", make_jpeg()), ("leeme.txt", b"Bolsa B: 8x M6\n")]))])

add(slug="mp4-video-br", seller="pixel", mk="br", lang="pt", topic="product", quote="freshdesk", agent=1,
    cats=["attachment"], note="MP4 video attachment showing Bluetooth pairing",
    bmsg="Não consigo parear o fone com meu notebook.",
    title="Fone de ouvido Bluetooth 5.3 com cancelamento de ruído",
    body="""{g}

Gravamos um vídeo curto mostrando o pareamento. Resumindo: desligue o fone, segure o botão de energia por 6 segundos até a luz piscar azul e vermelho, e então procure "PX-ANC" no Bluetooth do notebook.""",
    atts=[("como_parear_PX-ANC.mp4", "video/mp4", make_mp4)])

add(slug="pdf-that-is-exe-it", seller="ciclo", mk="it", lang="it", topic="other", quote="gmail",
    cats=["attachment"], note="attachment named .pdf whose content is a Windows executable",
    bmsg="Mi servirebbe la fattura dell'ordine.",
    title="Luce posteriore per bici ricaricabile USB-C, 5 modalità",
    body="""{g}

in allegato trovi la fattura FT-2024-0193 relativa al tuo ordine {oid}.""",
    atts=[("fattura_FT-2024-0193.pdf", PDF, make_exe)])

add(slug="six-attachments-be", seller="kempen", mk="be", lang="nl", topic="product", quote="gmail", agent=1,
    cats=["attachment"], note="six attachments (2 PDF + 4 JPEG), over the five-attachment limit",
    bmsg="Kunnen jullie foto's sturen van hoe de kast eruitziet in andere kamers? En de montagehandleiding?",
    title="Opbergkast met 3 lades, massief grenen",
    body="""{g}

In de bijlage vind je de montagehandleiding, het onderhoudsadvies en vier foto's van de kast in verschillende interieurs.""",
    atts=[("Montagehandleiding.pdf", PDF, pdf("Atelier Kempen", "Montagehandleiding opbergkast")),
          ("Onderhoud_grenen.pdf", PDF, pdf("Atelier Kempen", "Onderhoud massief grenen")),
          ("woonkamer.jpg", "image/jpeg", jpg), ("slaapkamer.jpg", "image/jpeg", jpg),
          ("hal.jpg", "image/jpeg", jpg), ("kinderkamer.jpg", "image/jpeg", jpg)])

# ---- styling
add(slug="centred-animated-gif-br", seller="aurora", mk="br", lang="pt", topic="product", quote="gmail", agent=1,
    cats=["styling"], note="centred HTML body and an inline animated GIF",
    bmsg="O processador vem com lâmina para ralar?",
    title="Processador de alimentos 3 em 1, 800 W",
    body="""{g}

Vem sim! O processador inclui disco ralador fino e grosso, disco fatiador e lâmina em S para picar.""",
    html="""<div style="text-align:center">
<p>{g}</p>
<p>Vem sim! O processador inclui disco ralador fino e grosso, disco fatiador e lâmina em S para picar.</p>
<p><img src="cid:anim-proc@laraurora" alt="" width="200" height="120"></p>
<p>{sig_html}</p>
</div>""",
    inline=[("processador.gif", "image/gif", lambda: make_gif(animated=True), "anim-proc@laraurora")])

add(slug="blank-line-runs-nl", seller="dijk", mk="nl", lang="nl", topic="delivery", quote="plain", agent=1, fmt="text",
    cats=["styling"], note="plain-text reply with runs of four blank lines",
    bmsg="Mijn deurbel doet het niet, de ontvanger blijft stil.",
    title="Draadloze deurbel met twee ontvangers",
    body="""{g}

Houd de knop op de ontvanger 5 seconden ingedrukt tot hij piept, en druk dan binnen 10 seconden op de belknop buiten.




Werkt het daarna nog niet, vervang dan de batterij van de belknop (CR2032).




""")

# ---- offensive
add(slug="insult-listillo-es", seller="nube", mk="es", lang="es", topic="return", quote="gmail",
    cats=["offensive"], note="agent insults the buyer while refusing a return",
    bmsg="El taladro se ha roto al segundo uso, quiero mi dinero ya.",
    title="Taladro percutor inalámbrico 18 V con 2 baterías y maletín",
    body="""{g}

Mira, ya está bien. Hemos visto las fotos y el portabrocas está reventado de usarlo como martillo. No vamos a aguantar a un listillo que rompe las cosas y luego quiere el dinero de vuelta. Eres un caradura y no pienso perder más tiempo contigo.""")

add(slug="threat-we-know-address-it", seller="ciclo", mk="it", lang="it", topic="other", quote="gmail", agent=1,
    cats=["offensive"], note="threatening reply to a buyer who opened a claim",
    bmsg="Se non mi rimborsate apro una contestazione A-to-Z.",
    title="Casco da città con luce integrata, taglia M",
    body="""{g}

fai pure la tua contestazione. Ti avviso però che sappiamo benissimo dove abiti, l'indirizzo ce l'hai dato tu, e se continui a farci perdere tempo te ne pentirai. Non finisce qui.""")

add(slug="profanity-br", seller="pixel", mk="br", lang="pt", topic="return", quote="gmail", agent=1,
    cats=["offensive"], note="profanity and insult in a return dispute",
    bmsg="Vocês mandaram carregador usado, está todo riscado!",
    title="Carregador turbo USB-C 30 W",
    body="""{g}

Que porra de reclamação é essa? O carregador saiu novo e lacrado daqui. Deixa de ser idiota e para de inventar história para ganhar produto de graça.""")

# ---- [Important] / proactive rules
add(slug="important-thank-you-only-it", seller="lume", mk="it", lang="it", kind="proactive",
    cats=["important_tag", "unpermitted_proactive"], subject="[Important] Grazie per il tuo ordine {oid}!", fmt="text",
    note="[Important] on a proactive thank-you-only message",
    body="""{g}

volevamo solo ringraziarti per aver acquistato da Bottega Lume (ordine {oid}). Per noi ogni ordine è una piccola festa.""")

add(slug="no-order-id-return-question-br", seller="aurora", mk="br", lang="pt", kind="proactive", agent=1,
    cats=["missing_order_id"], subject="Sobre a sua devolução", fmt="text",
    note="proactive return-related question (permitted type) with no order id anywhere",
    body="""{g}

Recebemos a devolução do seu liquidificador, mas a tampa medidora não veio na caixa. Você pode verificar se ela ficou com você? Assim conseguimos concluir o reembolso.""")

add(slug="no-order-id-shipping-confirmation-mx", seller="tlali", mk="mx", lang="es", kind="proactive", agent=1,
    cats=["missing_order_id", "unpermitted_proactive"], subject="¡Tu pedido va en camino!",
    note="proactive shipping confirmation from shipping software, no order id",
    body="""{g}

Te avisamos que tu pedido de Cocina Tlali ya fue enviado con Estafeta. Número de guía: 8055 2410 6612 0090 17.

Entrega estimada: {d3}.""")

add(slug="no-order-id-thanks-here-to-help-be", seller="kempen", mk="be", lang="nl", kind="proactive",
    cats=["missing_order_id", "unpermitted_proactive"], subject="Bedankt voor je aankoop bij Atelier Kempen",
    fmt="text", charset="iso-8859-15",
    note="proactive thank-you and here-to-help-only message without order id",
    body="""{g}

Bedankt dat je voor Atelier Kempen hebt gekozen. We hopen dat je van je aankoop geniet. Heb je vragen of problemen, dan staan we altijd voor je klaar.""")

add(slug="order-confirmation-it", seller="ciclo", mk="it", lang="it", kind="proactive", agent=1,
    cats=["unpermitted_proactive"], subject="Conferma d'ordine {oid}",
    title="Pompa a pavimento con manometro, 11 bar",
    note="proactive order confirmation (Amazon already sends one), order id present",
    body="""{g}

abbiamo ricevuto il tuo ordine {oid}.

Articolo: Pompa a pavimento con manometro, 11 bar
Quantità: 1
Totale: 29,90 €

Ti avviseremo quando sarà spedito.""")

add(slug="out-of-stock-notice-br", seller="pixel", mk="br", lang="pt", kind="proactive",
    cats=["unpermitted_proactive"], subject="Pedido {oid} – produto sem estoque", fmt="text",
    title="Smartwatch com GPS e monitor cardíaco",
    note="proactive out-of-stock notice, order id present",
    body="""{g}

Infelizmente o smartwatch do seu pedido {oid} está sem estoque no momento. A previsão de reposição é de 15 dias. Se preferir, pode aguardar ou cancelar o pedido pela sua conta.""")


# ============================================================================================
# write + self-check
# ============================================================================================
REPLY_RE = re.compile(r"^\s*(\[[^\]]*\]\s*)?(Re|RE|AW|SV|R|Odp|RES|Antw)\s*:", re.I)
OID_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")


def all_text(msg):
    out = [str(msg["subject"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            out.append(part.get_content())
    return "\n".join(out)


def main():
    order = list(range(len(SPECS)))
    random.Random(SEED).shuffle(order)
    pairs = {}
    for pos, idx in enumerate(order):
        pr = SPECS[idx].get("pair")
        if pr:
            pairs.setdefault(pr[0], {})[pr[1]] = pos
    for k, v in pairs.items():
        if v[2] < v[1]:
            order[v[1]], order[v[2]] = order[v[2]], order[v[1]]
    os.makedirs(MSGDIR, exist_ok=True)
    for fn in os.listdir(MSGDIR):
        m = re.match(r"^(\d{4})-", fn)
        if m and FIRST_NO <= int(m.group(1)) < FIRST_NO + len(SPECS):
            os.remove(os.path.join(MSGDIR, fn))
    labels = []
    metas = []
    for pos, idx in enumerate(order):
        s = SPECS[idx]
        raw, meta = build(s)
        fn = "msgs/%04d-%s.eml" % (FIRST_NO + pos, s["slug"])
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(raw)
        cats = [c for c in CATS if c in s["cats"]]
        assert len(cats) == len(s["cats"]), s["slug"]
        labels.append(dict(file=fn, categories=cats, lang=s["lang"], kind=meta["kind"], note=s["note"]))
        metas.append((s, meta))
    with open(LABELS, "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    check(labels, metas)


def check(labels, metas):
    problems = []
    oid_owner = {}
    for lab, (s, meta) in zip(labels, metas):
        path = os.path.join(HERE, lab["file"])
        if not os.path.exists(path):
            problems.append("missing " + lab["file"])
            continue
        raw = open(path, "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        defects = list(msg.defects)
        for h in msg.keys():
            v = msg[h]
            defects += list(getattr(v, "defects", []))
        for part in msg.walk():
            defects += list(part.defects)
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    defects.append(e)
        if defects:
            problems.append("%s defects %r" % (lab["file"], defects))
        subj = str(msg["subject"])
        kind = "reply" if (msg["In-Reply-To"] or msg["References"] or REPLY_RE.match(subj)) else "proactive"
        if kind != lab["kind"]:
            problems.append("%s kind %s vs label %s" % (lab["file"], kind, lab["kind"]))
        if ("missing_order_id" in lab["categories"] or "unpermitted_proactive" in lab["categories"]) \
                and kind != "proactive":
            problems.append("%s proactive-only category on a reply" % lab["file"])
        txt = all_text(msg)
        ids = set(OID_RE.findall(txt))
        if kind == "proactive":
            if "missing_order_id" in lab["categories"] and ids:
                problems.append("%s labelled missing_order_id but has %s" % (lab["file"], ids))
            if "missing_order_id" not in lab["categories"] and meta["oid"] not in ids:
                problems.append("%s proactive without its order id" % lab["file"])
        for o in ids:
            if o != meta["oid"]:
                problems.append("%s foreign order id %s" % (lab["file"], o))
            owner = (s.get("pair") or (None,))[0] or lab["file"]
            prev = oid_owner.setdefault(o, owner)
            if prev != owner:
                problems.append("%s order id %s shared with %s" % (lab["file"], o, prev))
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", meta["oid"]) or meta["oid"][:3] not in ("402", "403", "404", "405", "406"):
            problems.append("%s bad oid %s" % (lab["file"], meta["oid"]))
        if not lab["categories"]:  # crude lint of compliant messages
            lint = txt.replace(meta["relay"], "")
            lint = re.sub(r"https://(www|sellercentral)\.amazon\.(es|com\.mx|it|com\.br|nl|com\.be)/[^\s<>\"]*",
                          "AMZURL", lint)
            for pat in [r"http://", r"\bwww\.", r"[\w.+-]+@[\w-]+\.[\w.]+", r"[\U0001F300-\U0001FAFF\u2600-\u27BF]",
                        r"/dp/", r"amzn\.to", r"unsubscribe|afmelden|cancelar suscripci"]:
                for m in re.finditer(pat, lint, re.I):
                    problems.append("%s compliant but matches %r: %r" % (lab["file"], pat, m.group(0)))
            for u in re.findall(r"https?://[^\s<>\"]+", lint):
                problems.append("%s compliant but non-Amazon URL %s" % (lab["file"], u))
    # repeat pairs in order
    seen = {}
    for lab, (s, meta) in zip(labels, metas):
        if s.get("pair"):
            k, n = s["pair"]
            if n == 2 and k not in seen:
                problems.append("pair %s out of order" % k)
            seen[k] = meta["oid"]
    for p in problems:
        print("PROBLEM:", p)
    # summary
    langs = sorted({l["lang"] for l in labels}, key=lambda x: ["es", "it", "pt", "nl", "en"].index(x))
    print("\nmessages: %d  compliant: %d  violations: %d  replies: %d  proactive: %d" % (
        len(labels), sum(1 for l in labels if not l["categories"]), sum(1 for l in labels if l["categories"]),
        sum(1 for l in labels if l["kind"] == "reply"), sum(1 for l in labels if l["kind"] == "proactive")))
    print("\n%-22s %5s  " % ("category", "total") + " ".join("%4s" % x for x in langs))
    for c in CATS + ["(compliant)"]:
        row = [l for l in labels if (c in l["categories"] if c != "(compliant)" else not l["categories"])]
        print("%-22s %5d  " % (c, len(row)) + " ".join("%4d" % sum(1 for l in row if l["lang"] == x) for x in langs))
    print("%-22s %5d  " % ("(all messages)", len(labels)) + " ".join(
        "%4d" % sum(1 for l in labels if l["lang"] == x) for x in langs))
    return problems


if __name__ == "__main__":
    main()

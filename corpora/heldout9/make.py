#!/usr/bin/env python3
"""heldout9 -- blind held-out test set for bsm-guard (Amazon Buyer-Seller Messaging filter).

Standard library only, Python 3.11, fixed seeds: the output is byte-identical on every run.
Writes msgs/NNNN-<lang>-<re|pro>-<topic>.eml, labels.jsonl and README.md next to this file,
then self-checks everything it wrote (exit 1 on failure).

The specs are grouped by language further below; every message is written by hand.
"""
import base64
import datetime as _dt
import email
import email.policy
import email.utils
import hashlib
import html as _html
import io
import json
import os
import quopri
import random
import re
import shutil
import struct
import sys
import zipfile
import zlib
from email.header import Header

ROOT = os.path.dirname(os.path.abspath(__file__))
SEED = 90909

CATS = ["external_link", "contact_email", "contact_phone", "contact_other", "review_incentive",
        "review_manipulation", "feedback_removal", "repeat_request", "marketing", "opt_out",
        "tracking_pixel", "attachment", "styling", "offensive", "important_tag",
        "missing_order_id", "unpermitted_proactive"]
SEMANTIC = {"review_incentive", "review_manipulation", "feedback_removal", "repeat_request", "marketing",
            "opt_out", "offensive", "unpermitted_proactive", "important_tag"}
PROACTIVE_ONLY = {"missing_order_id", "unpermitted_proactive"}

# ----------------------------------------------------------------------------------------------
# binary builders (attachments and inline images)
# ----------------------------------------------------------------------------------------------

def png(w=16, h=16, rgb=(200, 60, 40)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def jpeg(blocks_w=2, blocks_h=2):
    """Baseline grey JPEG, every 8x8 block DC-only (one-symbol Huffman tables)."""
    w, h = 8 * blocks_w, 8 * blocks_h
    out = b"\xff\xd8"
    out += b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    out += b"\xff\xdb\x00\x43\x00" + b"\x01" * 64
    out += b"\xff\xc0\x00\x0b\x08" + struct.pack(">HH", h, w) + b"\x01\x01\x11\x00"
    out += b"\xff\xc4\x00\x14\x00" + b"\x01" + b"\x00" * 15 + b"\x00"
    out += b"\xff\xc4\x00\x14\x10" + b"\x01" + b"\x00" * 15 + b"\x00"
    out += b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
    bits = "00" * (blocks_w * blocks_h)
    bits += "1" * (-len(bits) % 8)
    data = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    data = data.replace(b"\xff", b"\xff\x00")
    return out + data + b"\xff\xd9"


def _gif_frame(w, h, pixels):
    # uncompressed LZW: clear code before every pair of pixels keeps the code width at 3 bits
    codes = []
    for i in range(0, len(pixels), 2):
        codes.append(4)
        codes.extend(pixels[i:i + 2])
    codes.append(5)
    acc, n, out = 0, 0, bytearray()
    for c in codes:
        acc |= c << n
        n += 3
        while n >= 8:
            out.append(acc & 0xff)
            acc >>= 8
            n -= 8
    if n:
        out.append(acc & 0xff)
    sub = b""
    for i in range(0, len(out), 255):
        part = bytes(out[i:i + 255])
        sub += bytes([len(part)]) + part
    return b"," + struct.pack("<HHHH", 0, 0, w, h) + b"\x00" + b"\x02" + sub + b"\x00"


def gif(w=1, h=1, animated=False):
    head = b"GIF89a" + struct.pack("<HH", w, h) + b"\x81\x00\x00" + b"\xff\xff\xff\x00\x00\x00\xcc\x33\x33\x33\x99\x33"
    if not animated:
        return head + b"!\xf9\x04\x01\x00\x00\x00\x00" + _gif_frame(w, h, [0] * (w * h)) + b";"
    body = b"!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    for k in range(3):
        px = [((x + y + k) % 3) + 1 for y in range(h) for x in range(w)]
        body += b"!\xf9\x04\x04\x14\x00\x00\x00" + _gif_frame(w, h, px)
    return head + body + b";"


def pdf(lines, pad=0):
    lines = [l.encode("latin-1", "replace").decode("latin-1") for l in lines]
    content = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '\n" for l in lines) + "ET\n"
    content = content.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    if pad:
        blob = (b"0123456789abcdef" * (pad // 16 + 1))[:pad]
        objs.append(b"<< /Length %d >>\nstream\n" % len(blob) + blob + b"\nendstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 6, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def docx(paras):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % _html.escape(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>' + body + '</w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def xlsx():
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    wb = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'
    return _zip([("[Content_Types].xml", ct), ("xl/workbook.xml", wb)])


def exe():
    b = bytearray(512)
    b[0:2] = b"MZ"
    b[0x3c:0x40] = struct.pack("<I", 0x80)
    b[0x80:0x84] = b"PE\x00\x00"
    b[0x84:0x86] = struct.pack("<H", 0x14c)
    b[0x40:0x4e] = b"This program c"
    return bytes(b)


def mp4():
    ftyp = struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 512) + b"isomiso2"
    mvhd = b"\x00" * 100
    moov = struct.pack(">I", 8 + 8 + len(mvhd)) + b"moov" + struct.pack(">I", 8 + len(mvhd)) + b"mvhd" + mvhd
    mdat = struct.pack(">I", 8 + 64) + b"mdat" + bytes(range(64))
    return ftyp + moov + mdat


def heic():
    return struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic" + struct.pack(">I", 16) + b"meta" + b"\x00" * 8


def webp():
    vp8 = b"\x9d\x01\x2a\x01\x00\x01\x00" + b"\x00" * 11
    data = b"WEBP" + b"VP8 " + struct.pack("<I", len(vp8)) + vp8
    return b"RIFF" + struct.pack("<I", len(data)) + data


BIN = {
    "pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
    "txt": "text/plain", "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "zip": "application/zip", "exe": "application/x-msdownload", "mp4": "video/mp4", "heic": "image/heic",
    "webp": "image/webp", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html", "ics": "text/calendar", "js": "application/javascript", "rar": "application/vnd.rar",
    "7z": "application/x-7z-compressed", "svg": "image/svg+xml", "apk": "application/vnd.android.package-archive",
    "bat": "application/x-bat", "mov": "video/quicktime",
}


def make_att(kind, name, text=None, ctype=None, inline=False, cid=None):
    """kind decides the bytes; name and ctype are what the message claims."""
    t = text or ["Document", name]
    if kind == "pdf":
        data = pdf(t)
    elif kind == "bigpdf":
        data = pdf(t, pad=10_700_000)
    elif kind == "jpg":
        data = jpeg(4, 3)
    elif kind == "png":
        data = png(24, 18)
    elif kind == "logo":
        data = png(120, 32, (30, 70, 120))
    elif kind == "gif":
        data = gif(1, 1)
    elif kind == "agif":
        data = gif(16, 16, animated=True)
    elif kind == "txt":
        data = ("\n".join(t) + "\n").encode("utf-8")
    elif kind == "docx":
        data = docx(t)
    elif kind == "zip":
        data = _zip([(n, "\n".join(t)) for n in (text_names(name))])
    elif kind == "exe":
        data = exe()
    elif kind == "mp4":
        data = mp4()
    elif kind == "heic":
        data = heic()
    elif kind == "webp":
        data = webp()
    elif kind == "xlsx":
        data = xlsx()
    elif kind == "html":
        data = ("<!DOCTYPE html><html><body><h1>" + _html.escape(" ".join(t)) + "</h1></body></html>\n").encode("utf-8")
    elif kind == "ics":
        data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Shop//EN\r\nBEGIN:VEVENT\r\nUID:ev1@shop\r\n"
                "DTSTART:20250320T090000Z\r\nSUMMARY:" + " ".join(t) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode("utf-8")
    elif kind == "js":
        data = b"var u='x';document.location=u;\n"
    elif kind == "bat":
        data = b"@echo off\r\nstart setup.exe\r\n"
    elif kind == "rar":
        data = b"Rar!\x1a\x07\x00" + bytes(range(40))
    elif kind == "7z":
        data = b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(range(40))
    elif kind == "svg":
        data = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n'
    elif kind == "apk":
        data = _zip([("AndroidManifest.xml", "<manifest/>"), ("classes.dex", "dex\n035")])
    else:
        raise ValueError(kind)
    ext = name.rsplit(".", 1)[-1].lower()
    return {"name": name, "data": data, "ctype": ctype or BIN.get(ext, "application/octet-stream"),
            "inline": inline, "cid": cid}


def text_names(name):
    base = name.rsplit(".", 1)[0]
    return [base + "/readme.txt", base + "/liste.txt"]


def A(kind, name, text=None, ctype=None):
    return ("att", kind, name, text, ctype)


def INL(kind, name, cid):
    return ("inl", kind, name, cid)


# ----------------------------------------------------------------------------------------------
# locales: marketplaces, sellers, Amazon's localised buyer-message notification
# ----------------------------------------------------------------------------------------------

MARKET = {  # tld, order-id prefixes, Amazon postal footer
    "com": (["111", "112", "113", "114"], "Amazon.com, 410 Terry Avenue North, Seattle, WA 98109-5210"),
    "ca": (["701", "702"], "Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto, Ontario M5H 3Y2"),
    "co.uk": (["202", "203", "204", "205", "206"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg"),
    "ie": (["407", "408"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg"),
    "com.au": (["249", "250", "503"], "Amazon Commercial Services Pty Ltd, Level 37, 2-26 Park Street, Sydney NSW 2000"),
    "in": (["402", "403", "404", "408"], "Amazon Seller Services Private Limited, Brigade Gateway, Bangalore 560055"),
    "de": (["302", "303", "304", "305", "306"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
    "fr": (["402", "403", "404", "405", "406", "407"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg"),
    "com.be": (["521", "522"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg"),
    "es": (["402", "403", "404", "405", "406", "407", "408"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo"),
    "com.mx": (["701", "702"], "Servicios Comerciales Amazon México S. de R.L. de C.V., Ciudad de México"),
    "it": (["402", "403", "404", "405", "406", "407"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo"),
    "co.jp": (["249", "250", "503"], "アマゾンジャパン合同会社 東京都目黒区下目黒1-8-1"),
    "nl": (["171", "405", "406"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
    "pl": (["405", "406", "407"], "Amazon EU SARL (spolka z ograniczona odpowiedzialnoscia), Oddzial w Polsce, Warszawa"),
    "se": (["261", "405", "406"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
    "com.br": (["701", "702", "703"], "Amazon Serviços de Varejo do Brasil Ltda., São Paulo - SP"),
}

# locale tag -> seller.  (lang, market tld, shop, from-domain, agents, team line, quote styles, client prefix)
SELLERS = {
    "en-US": ("en", "com", "Harbor & Pine Kitchen", "harborpinekitchen.com", ["Megan Ortiz", "Tyler Brooks", "Dana Whitfield"],
              "Harbor & Pine Kitchen Customer Care", ["zendesk", "gt", "html-gmail", "helpscout", "outlook"]),
    "en-UK": ("en", "co.uk", "Wrenfield Garden Supplies", "wrenfield-garden.co.uk", ["Callum Hughes", "Priya Shah", "Siobhan Kerr"],
              "Wrenfield Garden Supplies - Customer Service", ["freshdesk", "outlook", "gt", "html-outlook", "edesk"]),
    "en-AU": ("en", "com.au", "Bondi Bay Outdoor", "bondibayoutdoor.com.au", ["Jaz Nguyen", "Liam O'Connell"],
              "Bondi Bay Outdoor Support", ["gorgias", "iphone", "html-apple", "gt"]),
    "en-IN": ("en", "in", "Saffron Loom Home", "saffronloom.in", ["Ananya Iyer", "Rohit Menon", "Kavya Reddy"],
              "Team Saffron Loom", ["edesk", "html-gmail", "gt", "outlook"]),
    "en-CA": ("en", "ca", "Maple Ridge Tech", "mapleridgetech.ca", ["Chloe Tremblay", "Owen MacLeod"],
              "Maple Ridge Tech Support", ["helpscout", "html-tb", "gt"]),
    "de-DE": ("de", "de", "Küchenwerk Brandt", "kuechenwerk-brandt.de", ["Jana Köhler", "Stefan Albers", "Mehmet Yilmaz"],
              "Kundenservice Küchenwerk Brandt", ["zammad", "outlook", "gt", "html-tb", "zendesk"]),
    "de-AT": ("de", "de", "Alpenfaser Textil", "alpenfaser.at", ["Verena Huber", "Florian Steiner"],
              "Ihr Alpenfaser-Team", ["outlook", "html-outlook", "freshdesk", "gt"]),
    "de-CH": ("de", "de", "Seeblick Velo", "seeblick-velo.ch", ["Reto Ammann", "Nadja Gerber"],
              "Kundendienst Seeblick Velo", ["gt", "html-apple", "osticket", "freescout"]),
    "fr-FR": ("fr", "fr", "Atelier Garance", "atelier-garance.fr", ["Camille Lefèvre", "Julien Marchand", "Inès Benali"],
              "Service client Atelier Garance", ["freshdesk", "outlook", "gt", "html-gmail", "zendesk"]),
    "fr-BE": ("fr", "com.be", "Maison Verhaegen", "maison-verhaegen.be", ["Sophie Dubois", "Maxime Lambert"],
              "Maison Verhaegen - service après-vente", ["outlook", "edesk", "gt"]),
    "fr-CA": ("fr", "ca", "Érablière Boréale", "erabliereboreale.ca", ["Marie-Ève Gagnon", "Jean-François Roy"],
              "L'équipe Érablière Boréale", ["helpscout", "html-gmail", "gt", "iphone"]),
    "es-ES": ("es", "es", "Cerámicas Alhambra Sur", "ceramicas-alhambrasur.es", ["Lucía Navarro", "Javier Ortega", "Marta Soler"],
              "Atención al cliente - Cerámicas Alhambra Sur", ["freshdesk", "outlook", "gt", "zendesk", "html-gmail"]),
    "es-MX": ("es", "com.mx", "Casa Tlaquepaque", "casatlaquepaque.mx", ["Fernanda Ruiz", "Diego Hernández"],
              "Equipo Casa Tlaquepaque", ["gorgias", "html-gmail", "gt", "iphone", "reamaze"]),
    "it-IT": ("it", "it", "Bottega Ferraris", "bottegaferraris.it", ["Giulia Rinaldi", "Marco De Santis", "Chiara Fontana"],
              "Servizio clienti Bottega Ferraris", ["outlook", "freshdesk", "gt", "html-gmail", "zendesk", "html-tb"]),
    "ja-JP": ("ja", "co.jp", "ひだまり雑貨店", "hidamari-zakka.jp", ["佐藤 美咲", "高橋 健太", "中村 彩"],
              "ひだまり雑貨店 カスタマーサポート", ["gt", "outlook", "html-gmail", "zendesk", "edesk"]),
    "nl-NL": ("nl", "nl", "Fietsmakerij Van Dijk", "fietsmakerij-vandijk.nl", ["Sanne de Vries", "Bram Jansen", "Fleur Bakker"],
              "Klantenservice Fietsmakerij Van Dijk", ["freshdesk", "outlook", "gt", "html-gmail", "zendesk"]),
    "nl-BE": ("nl", "com.be", "Huize Peeters", "huizepeeters.be", ["Lotte Peeters", "Wout Claes"],
              "Klantendienst Huize Peeters", ["outlook", "edesk", "gt"]),
    "pl-PL": ("pl", "pl", "Dom Lniany Kowalczyk", "domlniany.pl", ["Agnieszka Nowak", "Paweł Wiśniewski", "Katarzyna Zając"],
              "Obsługa klienta Dom Lniany", ["outlook", "freshdesk", "gt", "html-gmail", "edesk"]),
    "sv-SE": ("sv", "se", "Skogsglimt Design", "skogsglimt.se", ["Elin Lindqvist", "Johan Berg", "Sara Holm"],
              "Kundtjänst Skogsglimt Design", ["freshdesk", "outlook", "gt", "html-apple", "helpscout"]),
    "pt-BR": ("pt", "com.br", "Empório Ipê Amarelo", "emporioipe.com.br", ["Ana Carolina Souza", "Thiago Almeida", "Letícia Rocha"],
              "Atendimento Empório Ipê Amarelo", ["zendesk", "html-gmail", "gt", "outlook", "iphone"]),
    "pt-PT": ("pt", "es", "Conservas Atlântico Norte", "conservas-atlanticonorte.pt", ["Inês Carvalho", "Rui Fernandes"],
              "Apoio ao cliente - Conservas Atlântico Norte", ["outlook", "freshdesk", "gt"]),
}

BUYERS = {
    "en": ["Sarah", "Mark T.", "Jennifer Collins", "Dave", "Aisha K.", "Tom Whitaker", "Rachel", "Connor Walsh", "Harpreet",
           "Emily R.", "Bronwyn", "Nikhil Sharma", "Grace Liu", "Brett", "Olivia M.", "Patrick Doyle"],
    "de": ["Monika Schäfer", "Thomas", "Lukas Bauer", "Sabine K.", "Andreas Wolf", "Katrin", "Ursula Gruber", "Beat Keller",
           "Jürgen H.", "Leonie Fischer", "Matthias Egger", "Petra"],
    "fr": ["Nathalie Girard", "Thomas", "Amandine B.", "Yannick Morel", "Claire", "Geneviève Côté", "Luc Peeters",
           "Hélène R.", "Mathieu Fontaine", "Sandrine"],
    "es": ["Carmen López", "Alejandro", "Lucía M.", "Jorge Ramírez", "Pilar Sánchez", "Guadalupe", "Raúl Castillo",
           "Itziar", "Sergio G.", "Ximena Flores"],
    "it": ["Francesca Bianchi", "Luca", "Alessandro Greco", "Valentina M.", "Roberto Esposito", "Elena", "Stefano Colombo",
           "Martina R.", "Davide"],
    "ja": ["山本 さくら", "田中", "鈴木 一郎", "伊藤 由美", "渡辺", "小林 大輔", "加藤 恵", "吉田"],
    "nl": ["Annelies de Boer", "Joost", "Mieke V.", "Pieter Smit", "Eva Mertens", "Ruben", "Kees van Leeuwen", "Ine Jacobs"],
    "pl": ["Marta Kamińska", "Tomasz", "Piotr Lewandowski", "Joanna W.", "Michał Dąbrowski", "Ewa", "Krzysztof Mazur"],
    "sv": ["Anna Karlsson", "Erik", "Maja Nilsson", "Oskar L.", "Linnea Svensson", "Henrik", "Karin Eriksson"],
    "pt": ["Mariana Costa", "João", "Beatriz Lima", "Rafael Oliveira", "Fernanda", "Tiago Martins", "Carla S.", "Gustavo Pereira"],
}

NOTIF = {}
NOTIF["en"] = dict(
    dear="Dear Seller,", got="You have received a message from Amazon customer {buyer} ({relay}).",
    oid="Order ID: {oid}", item="1 of Item: {prod} [ASIN: {asin}]", item_nooid="Item: {prod} [ASIN: {asin}]",
    start="------------- Message: -------------", end="------------- End message -------------",
    fyi="For Your Information: To help arbitrate disputes and preserve trust and safety, we retain all messages buyers and sellers send through {site} for two years. This includes your response to the message above. {site} uses filtering technology to protect buyers and sellers from possible fraud. Messages that fail this filtering will not be transmitted.",
    opt="We hope you found this message to be useful. However, if you'd rather not receive future e-mails of this sort from {site}, please opt-out here: {sc}/notifications/preferences/optout?type=BUYER_MESSAGES",
    help="Was this email helpful?", copy="Copyright {year} Amazon, Inc. or its affiliates. All rights reserved.",
    subj=["Inquiry from Amazon customer {buyer} (Order: {oid})", "Shipping inquiry from Amazon customer {buyer} (Order: {oid})",
          "Return request inquiry from Amazon customer {buyer} (Order: {oid})", "Order delivery inquiry from Amazon customer {buyer} (Order: {oid})"],
    subj_nooid="Product details inquiry from Amazon customer {buyer}")
NOTIF["de"] = dict(
    dear="Sehr geehrte Verkäuferin, sehr geehrter Verkäufer,", got="Sie haben eine Nachricht von Amazon-Kunde {buyer} ({relay}) erhalten.",
    oid="Bestellnummer: {oid}", item="1 von Artikel: {prod} [ASIN: {asin}]", item_nooid="Artikel: {prod} [ASIN: {asin}]",
    start="------------- Nachricht: -------------", end="------------- Ende der Nachricht -------------",
    fyi="Zu Ihrer Information: Um bei Streitfällen vermitteln zu können und Vertrauen und Sicherheit zu gewährleisten, speichern wir alle Nachrichten, die Käufer und Verkäufer über {site} senden, für zwei Jahre. Dazu gehört auch Ihre Antwort auf die obige Nachricht. {site} verwendet Filtertechnologien, um Käufer und Verkäufer vor möglichem Betrug zu schützen. Nachrichten, die diese Filter nicht passieren, werden nicht übermittelt.",
    opt="Wir hoffen, dass diese Nachricht hilfreich für Sie war. Wenn Sie künftig keine E-Mails dieser Art von {site} erhalten möchten, können Sie sich hier abmelden: {sc}/notifications/preferences/optout?type=BUYER_MESSAGES",
    help="War diese E-Mail hilfreich?", copy="Copyright {year} Amazon.com, Inc. oder Tochtergesellschaften. Alle Rechte vorbehalten.",
    subj=["Anfrage von Amazon-Kunde {buyer} (Bestellung: {oid})", "Lieferanfrage von Amazon-Kunde {buyer} (Bestellung: {oid})",
          "Rücksendungsanfrage von Amazon-Kunde {buyer} (Bestellung: {oid})"],
    subj_nooid="Anfrage zu Produktdetails von Amazon-Kunde {buyer}")
NOTIF["fr"] = dict(
    dear="Cher vendeur,", got="Vous avez reçu un message du client Amazon {buyer} ({relay}).",
    oid="Numéro de commande : {oid}", item="1 sur Article : {prod} [ASIN : {asin}]", item_nooid="Article : {prod} [ASIN : {asin}]",
    start="------------- Message : -------------", end="------------- Fin du message -------------",
    fyi="Pour votre information : afin de contribuer à l'arbitrage des litiges et de préserver la confiance et la sécurité, nous conservons pendant deux ans tous les messages envoyés par les acheteurs et les vendeurs via {site}. Cela inclut votre réponse au message ci-dessus. {site} utilise une technologie de filtrage pour protéger les acheteurs et les vendeurs contre d'éventuelles fraudes. Les messages qui ne passent pas ce filtrage ne seront pas transmis.",
    opt="Nous espérons que ce message vous a été utile. Si vous ne souhaitez plus recevoir ce type d'e-mails de la part de {site}, vous pouvez vous désabonner ici : {sc}/notifications/preferences/optout?type=BUYER_MESSAGES",
    help="Cet e-mail vous a-t-il été utile ?", copy="Copyright {year} Amazon.com, Inc. ou ses filiales. Tous droits réservés.",
    subj=["Demande de renseignements de la part du client Amazon {buyer} (Commande : {oid})",
          "Demande concernant la livraison de la part du client Amazon {buyer} (Commande : {oid})",
          "Demande de retour de la part du client Amazon {buyer} (Commande : {oid})"],
    subj_nooid="Question sur les détails du produit de la part du client Amazon {buyer}")
NOTIF["es"] = dict(
    dear="Estimado vendedor:", got="Has recibido un mensaje del cliente de Amazon {buyer} ({relay}).",
    oid="Número de pedido: {oid}", item="1 de Artículo: {prod} [ASIN: {asin}]", item_nooid="Artículo: {prod} [ASIN: {asin}]",
    start="------------- Mensaje: -------------", end="------------- Finalizar mensaje -------------",
    fyi="Para tu información: con el fin de ayudar a resolver disputas y preservar la confianza y la seguridad, conservamos durante dos años todos los mensajes que compradores y vendedores envían a través de {site}. Esto incluye tu respuesta al mensaje anterior. {site} utiliza tecnología de filtrado para proteger a compradores y vendedores de posibles fraudes. Los mensajes que no superen este filtrado no se transmitirán.",
    opt="Esperamos que este mensaje te haya resultado útil. Si prefieres no recibir más correos electrónicos de este tipo de {site}, puedes darte de baja aquí: {sc}/notifications/preferences/optout?type=BUYER_MESSAGES",
    help="¿Te ha resultado útil este correo electrónico?", copy="Copyright {year} Amazon.com, Inc. o sus afiliados. Todos los derechos reservados.",
    subj=["Consulta del cliente de Amazon {buyer} (Pedido: {oid})", "Consulta sobre el envío del cliente de Amazon {buyer} (Pedido: {oid})",
          "Solicitud de devolución del cliente de Amazon {buyer} (Pedido: {oid})"],
    subj_nooid="Consulta sobre detalles del producto del cliente de Amazon {buyer}")
NOTIF["it"] = dict(
    dear="Gentile venditore,", got="Hai ricevuto un messaggio dal cliente Amazon {buyer} ({relay}).",
    oid="Numero ordine: {oid}", item="1 di Articolo: {prod} [ASIN: {asin}]", item_nooid="Articolo: {prod} [ASIN: {asin}]",
    start="------------- Messaggio: -------------", end="------------- Fine messaggio -------------",
    fyi="Per tua informazione: per aiutare a risolvere le controversie e preservare la fiducia e la sicurezza, conserviamo per due anni tutti i messaggi che acquirenti e venditori si scambiano tramite {site}. Questo include la tua risposta al messaggio riportato sopra. {site} utilizza tecnologie di filtraggio per proteggere acquirenti e venditori da possibili frodi. I messaggi che non superano questo filtro non verranno trasmessi.",
    opt="Speriamo che questo messaggio ti sia stato utile. Se preferisci non ricevere più e-mail di questo tipo da {site}, puoi annullare l'iscrizione qui: {sc}/notifications/preferences/optout?type=BUYER_MESSAGES",
    help="Questa e-mail ti è stata utile?", copy="Copyright {year} Amazon.com, Inc. o società affiliate. Tutti i diritti riservati.",
    subj=["Richiesta dal cliente Amazon {buyer} (Ordine: {oid})", "Richiesta di informazioni sulla spedizione dal cliente Amazon {buyer} (Ordine: {oid})",
          "Richiesta di reso dal cliente Amazon {buyer} (Ordine: {oid})"],
    subj_nooid="Domanda sui dettagli del prodotto dal cliente Amazon {buyer}")
NOTIF["ja"] = dict(
    dear="出品者様", got="Amazonのお客様 {buyer} ({relay}) からメッセージが届きました。",
    oid="注文番号: {oid}", item="商品 1点: {prod} [ASIN: {asin}]", item_nooid="商品: {prod} [ASIN: {asin}]",
    start="------------- メッセージ: -------------", end="------------- メッセージの終わり -------------",
    fyi="お知らせ: 紛争の解決を支援し、信頼と安全を守るため、{site} を通じて購入者と出品者が送信したすべてのメッセージを2年間保存しています。これには上記のメッセージに対する返信も含まれます。{site} では購入者と出品者を不正行為から守るためにフィルタリング技術を使用しています。フィルタリングを通過しなかったメッセージは送信されません。",
    opt="このメッセージがお役に立てば幸いです。今後この種類のEメールを {site} から受け取りたくない場合は、こちらから配信を停止してください: {sc}/notifications/preferences/optout?type=BUYER_MESSAGES",
    help="このEメールはお役に立ちましたか?", copy="Copyright {year} Amazon.com, Inc. or its affiliates. All rights reserved.",
    subj=["Amazonのお客様 {buyer} からの問い合わせ (注文: {oid})", "配送に関するお問い合わせ: Amazonのお客様 {buyer} (注文: {oid})",
          "返品に関するお問い合わせ: Amazonのお客様 {buyer} (注文: {oid})"],
    subj_nooid="商品の詳細に関するお問い合わせ: Amazonのお客様 {buyer}")
NOTIF["nl"] = dict(
    dear="Beste verkoper,", got="Je hebt een bericht ontvangen van Amazon-klant {buyer} ({relay}).",
    oid="Bestelnummer: {oid}", item="1 van Artikel: {prod} [ASIN: {asin}]", item_nooid="Artikel: {prod} [ASIN: {asin}]",
    start="------------- Bericht: -------------", end="------------- Einde bericht -------------",
    fyi="Ter informatie: om geschillen te helpen beslechten en vertrouwen en veiligheid te waarborgen, bewaren we alle berichten die kopers en verkopers via {site} versturen gedurende twee jaar. Dit geldt ook voor je antwoord op het bovenstaande bericht. {site} gebruikt filtertechnologie om kopers en verkopers te beschermen tegen mogelijke fraude. Berichten die niet door deze filter komen, worden niet verzonden.",
    opt="We hopen dat dit bericht nuttig voor je was. Wil je in de toekomst geen e-mails van dit type meer van {site} ontvangen, dan kun je je hier afmelden: {sc}/notifications/preferences/optout?type=BUYER_MESSAGES",
    help="Was deze e-mail nuttig?", copy="Copyright {year} Amazon.com, Inc. of gelieerde ondernemingen. Alle rechten voorbehouden.",
    subj=["Vraag van Amazon-klant {buyer} (Bestelling: {oid})", "Vraag over levering van Amazon-klant {buyer} (Bestelling: {oid})",
          "Retourverzoek van Amazon-klant {buyer} (Bestelling: {oid})"],
    subj_nooid="Vraag over productdetails van Amazon-klant {buyer}")
NOTIF["pl"] = dict(
    dear="Szanowny Sprzedawco,", got="Otrzymałeś wiadomość od klienta Amazon {buyer} ({relay}).",
    oid="Numer zamówienia: {oid}", item="1 z Produkt: {prod} [ASIN: {asin}]", item_nooid="Produkt: {prod} [ASIN: {asin}]",
    start="------------- Wiadomość: -------------", end="------------- Koniec wiadomości -------------",
    fyi="Dla Twojej informacji: aby pomóc w rozstrzyganiu sporów oraz chronić zaufanie i bezpieczeństwo, przechowujemy przez dwa lata wszystkie wiadomości wysyłane przez kupujących i sprzedawców za pośrednictwem {site}. Dotyczy to również Twojej odpowiedzi na powyższą wiadomość. {site} korzysta z technologii filtrowania, aby chronić kupujących i sprzedawców przed możliwym oszustwem. Wiadomości, które nie przejdą filtrowania, nie zostaną przekazane.",
    opt="Mamy nadzieję, że ta wiadomość była pomocna. Jeśli nie chcesz otrzymywać w przyszłości takich e-maili od {site}, możesz zrezygnować z subskrypcji tutaj: {sc}/notifications/preferences/optout?type=BUYER_MESSAGES",
    help="Czy ten e-mail był pomocny?", copy="Copyright {year} Amazon.com, Inc. lub podmioty stowarzyszone. Wszelkie prawa zastrzeżone.",
    subj=["Zapytanie od klienta Amazon {buyer} (Zamówienie: {oid})", "Zapytanie dotyczące wysyłki od klienta Amazon {buyer} (Zamówienie: {oid})",
          "Prośba o zwrot od klienta Amazon {buyer} (Zamówienie: {oid})"],
    subj_nooid="Pytanie o szczegóły produktu od klienta Amazon {buyer}")
NOTIF["sv"] = dict(
    dear="Bästa säljare,", got="Du har fått ett meddelande från Amazon-kunden {buyer} ({relay}).",
    oid="Ordernummer: {oid}", item="1 av Artikel: {prod} [ASIN: {asin}]", item_nooid="Artikel: {prod} [ASIN: {asin}]",
    start="------------- Meddelande: -------------", end="------------- Slut på meddelandet -------------",
    fyi="För din information: för att kunna medla i tvister och upprätthålla förtroende och säkerhet sparar vi alla meddelanden som köpare och säljare skickar via {site} i två år. Detta inkluderar ditt svar på meddelandet ovan. {site} använder filtreringsteknik för att skydda köpare och säljare mot eventuella bedrägerier. Meddelanden som inte klarar filtreringen skickas inte vidare.",
    opt="Vi hoppas att du hade nytta av det här meddelandet. Om du inte längre vill få e-postmeddelanden av det här slaget från {site} kan du avregistrera dig här: {sc}/notifications/preferences/optout?type=BUYER_MESSAGES",
    help="Var det här e-postmeddelandet till hjälp?", copy="Copyright {year} Amazon.com, Inc. eller dess dotterbolag. Med ensamrätt.",
    subj=["Förfrågan från Amazon-kunden {buyer} (Beställning: {oid})", "Fråga om leverans från Amazon-kunden {buyer} (Beställning: {oid})",
          "Returförfrågan från Amazon-kunden {buyer} (Beställning: {oid})"],
    subj_nooid="Fråga om produktinformation från Amazon-kunden {buyer}")
NOTIF["pt"] = dict(
    dear="Prezado vendedor,", got="Você recebeu uma mensagem do cliente da Amazon {buyer} ({relay}).",
    oid="Número do pedido: {oid}", item="1 de Item: {prod} [ASIN: {asin}]", item_nooid="Item: {prod} [ASIN: {asin}]",
    start="------------- Mensagem: -------------", end="------------- Encerrar mensagem -------------",
    fyi="Para sua informação: para ajudar a mediar disputas e preservar a confiança e a segurança, mantemos por dois anos todas as mensagens enviadas por compradores e vendedores por meio da {site}. Isso inclui sua resposta à mensagem acima. A {site} usa tecnologia de filtragem para proteger compradores e vendedores contra possíveis fraudes. As mensagens que não passarem por essa filtragem não serão transmitidas.",
    opt="Esperamos que esta mensagem tenha sido útil. Se preferir não receber mais e-mails desse tipo da {site}, cancele a inscrição aqui: {sc}/notifications/preferences/optout?type=BUYER_MESSAGES",
    help="Este e-mail foi útil?", copy="Copyright {year} Amazon.com, Inc. ou suas afiliadas. Todos os direitos reservados.",
    subj=["Consulta do cliente da Amazon {buyer} (Pedido: {oid})", "Consulta sobre entrega do cliente da Amazon {buyer} (Pedido: {oid})",
          "Solicitação de devolução do cliente da Amazon {buyer} (Pedido: {oid})"],
    subj_nooid="Consulta sobre detalhes do produto do cliente da Amazon {buyer}")

SITE = {"com": "Amazon.com", "ca": "Amazon.ca", "co.uk": "Amazon.co.uk", "ie": "Amazon.ie", "com.au": "Amazon.com.au",
        "in": "Amazon.in", "de": "Amazon.de", "fr": "Amazon.fr", "com.be": "Amazon.com.be", "es": "Amazon.es",
        "com.mx": "Amazon.com.mx", "it": "Amazon.it", "co.jp": "Amazon.co.jp", "nl": "Amazon.nl", "pl": "Amazon.pl",
        "se": "Amazon.se", "com.br": "Amazon.com.br"}

WD = {"en": "Mon Tue Wed Thu Fri Sat Sun", "de": "Mo. Di. Mi. Do. Fr. Sa. So.", "fr": "lun. mar. mer. jeu. ven. sam. dim.",
      "es": "lun mar mié jue vie sáb dom", "it": "lun mar mer gio ven sab dom", "ja": "月 火 水 木 金 土 日",
      "nl": "ma di wo do vr za zo", "pl": "pon. wt. śr. czw. pt. sob. niedz.", "sv": "mån tis ons tors fre lör sön",
      "pt": "seg. ter. qua. qui. sex. sáb. dom."}
MO = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
      "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
      "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
      "es": "ene feb mar abr may jun jul ago sept oct nov dic", "it": "gen feb mar apr mag giu lug ago set ott nov dic",
      "ja": "1 2 3 4 5 6 7 8 9 10 11 12", "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
      "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru", "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.",
      "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez."}


def ldate(lang, d):
    w = WD[lang].split()[d.weekday()]
    m = MO[lang].split()[d.month - 1]
    t = d.strftime("%H:%M")
    return {
        "en": f"{w}, {d.day} {m} {d.year} at {t}", "de": f"{w}, {d.day}. {m} {d.year} um {t}",
        "fr": f"{w} {d.day} {m} {d.year} à {t}", "es": f"{w}, {d.day} {m} {d.year} a las {t}",
        "it": f"{w} {d.day} {m} {d.year} alle ore {t}", "ja": f"{d.year}年{d.month}月{d.day}日({w}) {t}",
        "nl": f"{w} {d.day} {m} {d.year} om {t}", "pl": f"{w}, {d.day} {m} {d.year} o {t}",
        "sv": f"{w} {d.day} {m} {d.year} kl. {t}", "pt": f"{w}, {d.day} de {m} de {d.year} às {t}",
    }[lang]


ATTRIB = {  # Gmail / Thunderbird style attribution line
    "en": "On {date}, {who} wrote:", "de": "Am {date} schrieb {who}:", "fr": "Le {date}, {who} a écrit :",
    "es": "El {date}, {who} escribió:", "it": "Il giorno {date} {who} ha scritto:", "ja": "{date} {who}:",
    "nl": "Op {date} schreef {who}:", "pl": "W dniu {date} {who} napisał(a):", "sv": "Den {date} skrev {who}:",
    "pt": "Em {date}, {who} escreveu:",
}
OUTLOOK = {  # From, Sent, To, Subject, reply prefix, original message separator
    "en": ("From", "Sent", "To", "Subject", "RE: "), "de": ("Von", "Gesendet", "An", "Betreff", "AW: "),
    "fr": ("De", "Envoyé", "À", "Objet", "RE : "), "es": ("De", "Enviado el", "Para", "Asunto", "RE: "),
    "it": ("Da", "Inviato", "A", "Oggetto", "R: "), "ja": ("差出人", "送信日時", "宛先", "件名", "RE: "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "RE: "), "pl": ("Od", "Wysłano", "Do", "Temat", "Odp: "),
    "sv": ("Från", "Skickat", "Till", "Ämne", "SV: "), "pt": ("De", "Enviado", "Para", "Assunto", "RES: "),
}
IPHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
          "es": "Enviado desde mi iPhone", "it": "Inviato da iPhone", "ja": "iPhoneから送信", "nl": "Verstuurd vanaf mijn iPhone",
          "pl": "Wysłane z iPhone'a", "sv": "Skickat från min iPhone", "pt": "Enviado do meu iPhone"}
ZD_MARK = {"en": "##- Please type your reply above this line -##", "de": "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##",
           "fr": "##- Veuillez répondre au-dessus de cette ligne -##", "es": "##- Escriba su respuesta encima de esta línea -##",
           "it": "##- Digita la tua risposta sopra questa linea -##", "ja": "##- このラインより上にご返信内容を入力してください -##",
           "nl": "##- Typ uw antwoord boven deze regel -##", "pl": "##- Wpisz odpowiedź powyżej tej linii -##",
           "sv": "##- Skriv ditt svar ovanför den här raden -##", "pt": "##- Digite sua resposta acima desta linha -##"}
ORIG = {"en": "---- Original message ----", "de": "---- Ursprüngliche Nachricht ----", "fr": "---- Message d'origine ----",
        "es": "---- Mensaje original ----", "it": "---- Messaggio originale ----", "ja": "---- 元のメッセージ ----",
        "nl": "---- Oorspronkelijk bericht ----", "pl": "---- Wiadomość oryginalna ----", "sv": "---- Ursprungligt meddelande ----",
        "pt": "---- Mensagem original ----"}

PRODUCTS = {
    "en-US": ["Cast Iron Skillet 12 inch, Pre-Seasoned", "Bamboo Cutting Board Set (3 pcs)", "Stainless Steel Pour-Over Kettle 1.2L"],
    "en-UK": ["Galvanised Steel Watering Can 9L", "Raised Bed Planter Kit, Larch, 120 x 60 cm", "Bypass Secateurs with Sap Groove"],
    "en-AU": ["Quick-Dry Beach Towel XL", "Insulated Camp Mug 500 ml", "4-Person Dome Tent with Vestibule"],
    "en-IN": ["Handloom Cotton Bedsheet, King Size", "Block Print Cushion Covers (Set of 5)", "Jute Storage Basket, Large"],
    "en-CA": ["USB-C Docking Station 11-in-1", "Wireless Ergonomic Mouse", "Mechanical Keyboard, Brown Switches"],
    "de-DE": ["Edelstahl-Schnellkochtopf 6 L", "Messerblock mit 7 Messern", "Gusseisen-Bräter oval 29 cm"],
    "de-AT": ["Merino-Unterhemd Herren, Langarm", "Loden-Jacke Damen, Größe 40", "Schafwolle-Bettdecke 140 x 200 cm"],
    "de-CH": ["Velo-Rücklicht USB aufladbar", "Faltschloss 90 cm", "Fahrradhelm Urban, Grösse M"],
    "fr-FR": ["Tablier en lin lavé, couleur terracotta", "Nappe rectangulaire 160 x 250 cm", "Torchons en coton bio (lot de 4)"],
    "fr-BE": ["Moulin à café manuel en fonte", "Boîte à biscuits en métal émaillé", "Théière en fonte 0,8 L"],
    "fr-CA": ["Sirop d'érable pur, ambré, 540 ml", "Coffret beurre d'érable et tire", "Bougie parfumée érable et cèdre"],
    "es-ES": ["Juego de 6 platos de cerámica pintados a mano", "Fuente de horno de barro 32 cm", "Azulejos decorativos (pack de 10)"],
    "es-MX": ["Jarra de barro bruñido 2 L", "Juego de vasos de vidrio soplado (6 piezas)", "Molcajete de piedra volcánica"],
    "it-IT": ["Moka in alluminio 6 tazze", "Set di coltelli da bistecca in legno d'ulivo", "Tagliere in legno di noce 40 x 25 cm"],
    "ja-JP": ["北欧風 木製トレイ Lサイズ", "手ぬぐい 3枚セット 和柄", "ステンレス製 保温ボトル 500ml"],
    "nl-NL": ["Fietstas dubbel, waterdicht, 46 liter", "LED-fietsverlichtingsset", "Kettingslot 110 cm ART-2"],
    "nl-BE": ["Gietijzeren wafelijzer", "Speculaasplank van beukenhout", "Koffiemolen met keramisch maalwerk"],
    "pl-PL": ["Pościel lniana 160 x 200 cm, szara", "Obrus lniany 140 x 220 cm", "Ręcznik lniany do kuchni (zestaw 3 szt.)"],
    "sv-SE": ["Ljusstake i ek, 3 armar", "Ullpläd 130 x 170 cm", "Keramikvas, handgjord, 25 cm"],
    "pt-BR": ["Kit de café especial com moedor manual", "Rede de descanso de algodão", "Jogo de xícaras de porcelana (6 unidades)"],
    "pt-PT": ["Lata de sardinhas em azeite (pack de 12)", "Caixa presente conservas gourmet", "Patê de atum picante (pack de 6)"],
}

TZ = {"com": -5, "ca": -5, "com.mx": -6, "com.br": -3, "co.uk": 0, "ie": 0, "com.au": 11, "in": 5.5, "co.jp": 9}

SPECS = []


def m(loc, topic, cats, body, **kw):
    kw.update(loc=loc, topic=topic, cats=list(cats), body=body)
    SPECS.append(kw)


# ----------------------------------------------------------------------------------------------
# rendering
# ----------------------------------------------------------------------------------------------

URL_RE = re.compile(r"(https?://[^\s<>\"']+)")


def linkify(esc):
    return URL_RE.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(1), mo.group(1)), esc)


def t2h(text, tag="p"):
    out = []
    for para in text.split("\n\n"):
        if not para.strip():
            continue
        lines = [linkify(_html.escape(l, quote=False)) for l in para.split("\n")]
        out.append("<%s>%s</%s>" % (tag, "<br>\n".join(lines), tag))
    return "\n".join(out)


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def notif_text(lang, c, qa):
    n = NOTIF[lang]
    f = lambda s: s.format(buyer=c["buyer"], relay=c["relay"], oid=c["oid"] or "", prod=c["prod"], asin=c["asin"],
                           site=c["site"], sc=c["sc"], year=c["date"].year)
    if qa == "msg":
        return c["q"]
    block = [n["start"], "", c["q"], "", n["end"]]
    head = []
    if c["oid"]:
        head = [f(n["oid"]), f(n["item"]), ""]
    elif c["asin_in_q"]:
        head = [f(n["item_nooid"]), ""]
    if qa == "block":
        return "\n".join(head + block)
    top = [f(n["dear"]), "", f(n["got"]), ""]
    if qa == "nofooter":
        return "\n".join(top + head + block + ["", f(n["fyi"])])
    tok = c["tok"]
    tail = ["", f(n["fyi"]), "", f(n["opt"]), "", f(n["help"]),
            c["sc"] + "/gp/satisfaction/survey-form.html?ie=UTF8&surveyId=BSM_NOTIFICATION&rating=1&ctx=" + tok,
            c["sc"] + "/gp/satisfaction/survey-form.html?ie=UTF8&surveyId=BSM_NOTIFICATION&rating=0&ctx=" + tok,
            "", f(n["copy"]), c["footer"], "", "[commMgrTok:%s]" % tok]
    return "\n".join(top + head + block + tail)


def notif_html(text):
    return "<br>\n".join(linkify(_html.escape(l, quote=False)) for l in text.split("\n"))


def build_parts(s, c):
    """Return (plain text, html fragment) of the whole visible message."""
    lang = c["lang"]
    body = c["body"]
    sig = [c["agent"], c["team"]] if s.get("sig", True) else []
    sigx = s.get("sigx")
    text_agent = body.rstrip("\n")
    if sig:
        text_agent += "\n\n" + "\n".join(sig)
    if sigx:
        text_agent += "\n" + c["sub"](sigx)
    if s.get("tx"):
        text_agent += "\n\n" + c["sub"](s["tx"])
    tag = "div" if c["qs"] in ("html-gmail", "gt", "iphone", "html-apple") else "p"
    if s.get("html") is not None:
        html_agent = c["sub"](s["html"])
    else:
        html_agent = t2h(body, tag)
    if sig:
        html_agent += "\n<%s>%s</%s>" % (tag, "<br>\n".join(_html.escape(x) for x in sig), tag)
    if sigx:
        html_agent += "\n" + (c["sub"](s["sigxh"]) if s.get("sigxh") else "<%s>%s</%s>" % (
            tag, "<br>\n".join(linkify(_html.escape(x, quote=False)) for x in c["sub"](sigx).split("\n")), tag))
    if s.get("hx"):
        html_agent += "\n" + c["sub"](s["hx"])
    qs = c["qs"]
    if not c["q"] or qs == "none":
        if qs == "iphone":
            return text_agent + "\n\n" + IPHONE[lang], html_agent + "\n<div>" + IPHONE[lang] + "</div>"
        return text_agent, html_agent
    nt = notif_text(lang, c, c["qa"])
    nh = notif_html(nt)
    who = "%s - Amazon Marketplace <%s>" % (c["buyer"], c["relay"])
    whoh = _html.escape(who)
    qd = ldate(lang, c["qdate"])
    att = ATTRIB[lang].format(date=qd, who=who)
    atth = _html.escape(att)
    if qs in ("gt", "html-gmail", "html-apple", "html-tb", "freshdesk", "zammad", "osticket", "freescout", "gorgias", "reamaze", "helpscout"):
        sep = {"zammad": "\n\n--\n", "freescout": "\n\n-----\n", "reamaze": "\n\n--\n"}.get(qs, "\n\n")
        text = text_agent + sep + att + "\n" + quote_gt(nt)
        if qs == "html-tb":
            h = html_agent + '\n<div class="moz-cite-prefix">%s<br></div>\n<blockquote type="cite">\n%s\n</blockquote>' % (atth, nh)
        elif qs == "html-apple":
            h = html_agent + '\n<div><br><blockquote type="cite"><div>%s</div><br>\n<div>%s</div></blockquote></div>' % (atth, nh)
        elif qs == "freshdesk":
            h = html_agent + '\n<div class="freshdesk_quote"><blockquote class="freshdesk_quote">%s<br>\n%s</blockquote></div>' % (atth, nh)
        elif qs == "gorgias":
            h = html_agent + '\n<div class="gorgias_quote"><div>%s</div><blockquote>%s</blockquote></div>' % (atth, nh)
        else:
            h = html_agent + '\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n<blockquote class="gmail_quote">\n%s\n</blockquote></div>' % (atth, nh)
        return text, h
    if qs == "iphone":
        text = text_agent + "\n\n" + IPHONE[lang] + "\n\n" + att + "\n\n" + quote_gt(nt)
        h = html_agent + "\n<div>%s</div>\n<div><br><blockquote type=\"cite\"><div>%s</div><br>\n<div>%s</div></blockquote></div>" % (IPHONE[lang], atth, nh)
        return text, h
    if qs in ("outlook", "html-outlook"):
        F, S, T, U, _ = OUTLOOK[lang]
        to = s.get("outlook_to") or c["team"]
        hdr = "%s: %s\n%s: %s\n%s: %s\n%s: %s" % (F, who, S, qd, T, c["sub"](to), U, c["amz_subj"])
        text = text_agent + "\n\n________________________________\n" + hdr + "\n\n" + nt
        hh = "<br>\n".join("<b>%s</b>%s" % (_html.escape(l.split(":", 1)[0] + ":"), _html.escape(l.split(":", 1)[1])) for l in hdr.split("\n"))
        h = html_agent + '\n<hr>\n<div id="divRplyFwdMsg" dir="ltr">%s</div>\n<div>%s</div>' % (hh, nh)
        return text, h
    if qs == "zendesk":
        text = ZD_MARK[lang] + "\n\n" + text_agent + "\n\n--------------------------------\n\n" + c["buyer"] + "\n\n" + qd + "\n\n" + nt
        h = ('<div>%s</div>\n' % _html.escape(ZD_MARK[lang])) + html_agent + "\n<hr>\n<p><b>%s</b><br>\n%s</p>\n<div>%s</div>" % (
            _html.escape(c["buyer"]), _html.escape(qd), nh)
        return text, h
    if qs == "edesk":
        text = text_agent + "\n\n" + ORIG[lang] + "\n" + who + "\n" + qd + "\n\n" + nt
        h = html_agent + "\n<p>%s<br>\n%s<br>\n%s</p>\n<div>%s</div>" % (_html.escape(ORIG[lang]), whoh, _html.escape(qd), nh)
        return text, h
    raise ValueError(qs)


def enc_header(value, cs):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    hcs = cs if cs in ("iso-2022-jp", "iso-8859-1", "iso-8859-15", "iso-8859-2", "windows-1252", "shift_jis") else "utf-8"
    if hcs == "shift_jis":
        hcs = "iso-2022-jp"
    try:
        value.encode(PYCS.get(hcs, hcs))
    except UnicodeEncodeError:
        hcs = "utf-8"
    return Header(value, hcs, maxlinelen=76).encode(linesep="\n")


PYCS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "windows-1252": "cp1252", "windows-1250": "cp1250",
        "iso-8859-1": "latin-1", "iso-8859-15": "iso8859_15", "iso-8859-2": "iso8859_2", "us-ascii": "ascii", "utf-8": "utf-8"}


def text_part(text, subtype, cs, cte):
    try:
        data = text.encode(PYCS[cs])
    except UnicodeEncodeError:
        cs = "utf-8"
        data = text.encode("utf-8")
        if cte == "7bit":
            cte = "quoted-printable"
    if cs == "iso-2022-jp":
        cte = "7bit"
    elif cte == "7bit":
        try:
            data.decode("ascii")
        except UnicodeDecodeError:
            cte = "quoted-printable"
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode("latin-1")  # raw bytes carried through latin-1 round trip
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, cs, cte)
    if not payload.endswith("\n"):
        payload += "\n"
    return hdr, payload, cs, cte


def att_part(a):
    name = a["name"]
    try:
        name.encode("ascii")
        nparam = 'name="%s"' % name
        fparam = 'filename="%s"' % name
    except UnicodeEncodeError:
        from urllib.parse import quote as _q
        nparam = "name*=utf-8''%s" % _q(name, safe="")
        fparam = "filename*=utf-8''%s" % _q(name, safe="")
    disp = "inline" if a["inline"] else "attachment"
    hdr = "Content-Type: %s; %s\n" % (a["ctype"], nparam)
    hdr += "Content-Disposition: %s; %s\n" % (disp, fparam)
    if a["cid"]:
        hdr += "Content-ID: <%s>\n" % a["cid"]
    hdr += "Content-Transfer-Encoding: base64\n"
    return hdr, base64.encodebytes(a["data"]).decode("ascii")


def multipart(sub, parts, boundary, extra=""):
    hdr = 'Content-Type: multipart/%s;%s\n boundary="%s"\n' % (sub, extra, boundary)
    body = "This is a multi-part message in MIME format.\n" if sub == "mixed" else ""
    for ph, pb in parts:
        body += "\n--%s\n%s\n%s" % (boundary, ph, pb)
    body += "\n--%s--\n" % boundary
    return hdr, body

CHARSETS = {
    "en": ["utf-8", "utf-8", "us-ascii", "iso-8859-1", "windows-1252"],
    "ja": ["utf-8", "iso-2022-jp", "iso-2022-jp", "shift_jis"],
    "pl": ["utf-8", "iso-8859-2", "windows-1250"],
}
CLIENT_HDR = {
    "outlook": "X-Mailer: Microsoft Outlook 16.0\nThread-Index: AdqN{h}==\n",
    "html-outlook": "X-Mailer: Microsoft Outlook 16.0\nX-MS-Has-Attach: \n",
    "gt": "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1\n",
    "html-tb": "User-Agent: Mozilla Thunderbird\n",
    "html-gmail": "",
    "html-apple": "X-Mailer: Apple Mail (2.3774.500.171.1.1)\n",
    "iphone": "X-Mailer: iPhone Mail (21E236)\n",
    "zendesk": "X-Mailer: Zendesk Mailer\nX-Zendesk-From-Account-Id: 7{h}\n",
    "freshdesk": "X-Mailer: Freshdesk\nX-FD-Ticket-Id: {n}\n",
    "helpscout": "X-Mailer: Help Scout Mailer\n",
    "gorgias": "X-Mailer: Gorgias\n",
    "edesk": "X-Mailer: eDesk\n",
    "zammad": "X-Mailer: Zammad Mail Service\nX-Zammad-Ticket-Number: {n}\n",
    "osticket": "X-Mailer: osTicket Mailer\n",
    "freescout": "X-Mailer: FreeScout\n",
    "reamaze": "X-Mailer: Re:amaze\n",
    "none": "",
}
USED_OIDS = set()
PAIRS = {}


def rid(rng, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def new_oid(rng, tld):
    while True:
        o = "%s-%07d-%07d" % (rng.choice(MARKET[tld][0]), rng.randrange(10 ** 7), rng.randrange(10 ** 7))
        if o not in USED_OIDS:
            USED_OIDS.add(o)
            return o


def context(s, idx):
    rng = random.Random("%d/%d/%s" % (SEED, idx, s["topic"]))
    lang0, tld, shop, domain, agents, team, styles = SELLERS[s["loc"]]
    lang = s.get("lang", lang0)
    tld = s.get("tld", tld)
    c = {"lang": lang, "tld": tld, "shop": shop, "domain": domain, "team": s.get("team", team)}
    pair = s.get("pair")
    if pair and pair in PAIRS:
        p = PAIRS[pair]
        c["buyer"], c["relay"], c["oid"] = p["buyer"], p["relay"], p["oid"]
    else:
        c["buyer"] = s.get("buyer") or rng.choice(BUYERS[lang])
        dom = ("m." if tld == "co.jp" and rng.random() < 0.4 else "") + "marketplace.amazon." + tld
        local = rid(rng, 15)
        if rng.random() < 0.18:
            local += "+" + rid(rng, 8, "0123456789abcdef")
        c["relay"] = s.get("relay") or (local + "@" + dom)
        o = s.get("oid", True)
        c["oid"] = new_oid(rng, tld) if o is True else (o or None)
        if pair:
            PAIRS[pair] = {"buyer": c["buyer"], "relay": c["relay"], "oid": c["oid"]}
    c["asin"] = "B0" + rid(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    c["asin_in_q"] = True
    c["prod"] = s.get("prod") or (PRODUCTS[s["loc"]][s["p"]] if "p" in s else rng.choice(PRODUCTS[s["loc"]]))
    c["agent"] = s.get("agent") or rng.choice(agents)
    base = _dt.datetime(2025, 2, 17, 8, 5, 0)
    tzh = TZ.get(tld, 1)
    tz = _dt.timezone(_dt.timedelta(hours=tzh))
    c["date"] = (base + _dt.timedelta(minutes=337 * idx + rng.randrange(50))).replace(tzinfo=tz)
    c["qdate"] = c["date"] - _dt.timedelta(minutes=rng.randrange(40, 2000))
    c["tok"] = rid(rng, 13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    c["sc"] = "https://sellercentral.amazon." + tld
    c["site"] = SITE[tld]
    c["footer"] = MARKET[tld][1]
    c["q"] = s.get("q")
    kind = s.get("kind", "re")
    c["qs"] = s.get("qs") or (rng.choice(styles) if (kind == "re" and c["q"]) else "none")
    c["qa"] = s.get("qa") or rng.choice(["full", "full", "block", "msg", "nofooter"])
    if c["qs"].startswith("html-"):
        dfmt = rng.choice(["alt", "alt", "html"])
    else:
        dfmt = rng.choice(["plain", "plain", "alt"])
    c["fmt"] = s.get("fmt") or dfmt
    cl = CHARSETS.get(lang, ["utf-8", "utf-8", "iso-8859-1", "iso-8859-15", "windows-1252"])
    c["cs"] = s.get("cs") or rng.choice(cl)
    if c["cs"] == "us-ascii":
        dcte = "7bit"
    elif c["cs"] == "iso-2022-jp":
        dcte = "7bit"
    elif c["cs"] == "utf-8":
        dcte = rng.choice(["quoted-printable", "base64", "8bit", "quoted-printable"])
    else:
        dcte = rng.choice(["quoted-printable", "8bit"])
    c["cte"] = s.get("cte") or dcte
    c["crlf"] = s.get("crlf", rng.random() < 0.3)
    n = NOTIF[lang]
    c["amz_subj"] = (rng.choice(n["subj"]) if c["oid"] else n["subj_nooid"]).format(buyer=c["buyer"], oid=c["oid"])
    c["rng"] = rng
    c["ticket"] = str(rng.randrange(100000, 999999))

    def sub(t):
        for k, v in (("{oid}", c["oid"] or ""), ("{buyer}", c["buyer"]), ("{first}", c["buyer"].split()[0]), ("{agent}", c["agent"]), ("{shop}", c["shop"]),
                     ("{asin}", c["asin"]), ("{prod}", c["prod"]), ("{relay}", c["relay"]), ("{rid}", c["relay"].split("@")[0]),
                     ("{sc}", c["sc"]), ("{amz}", "https://www." + SITE[tld].lower()), ("{tok}", c["tok"]),
                     ("{ticket}", c["ticket"]), ("{domain}", domain)):
            t = t.replace(k, v)
        return t
    c["sub"] = sub
    c["body"] = sub(s["body"])
    return c


def render(s, idx):
    c = context(s, idx)
    lang = c["lang"]
    kind = s.get("kind", "re")
    rng = c["rng"]
    text, h = build_parts(s, c)
    cs, cte = c["cs"], c["cte"]
    # subject
    if s.get("subj"):
        subj = c["sub"](s["subj"])
    elif kind == "re":
        qs = c["qs"]
        if qs in ("outlook", "html-outlook"):
            pre = OUTLOOK[lang][4]
        elif qs == "zammad":
            pre = "[Ticket#%s] %s" % (c["ticket"], "AW: " if lang == "de" else "RE: ")
        elif qs == "osticket":
            pre = "Re: [#%s] " % c["ticket"]
        elif qs in ("gt", "html-tb") and lang == "de":
            pre = "AW: "
        elif qs in ("gt", "html-gmail") and lang == "sv":
            pre = "Sv: "
        elif qs in ("gt", "html-gmail") and lang == "pl":
            pre = "Odp: "
        else:
            pre = "Re: "
        subj = pre + c["amz_subj"]
    else:
        raise ValueError("proactive message needs a subject: " + s["topic"])
    c["subject"] = subj
    head_extra = c["sub"](s.get("head", ""))
    hdoc = ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s</head>\n'
            '<body>\n%s\n</body>\n</html>\n') % (cs, head_extra, h)
    atts, inls = [], []
    for a in s.get("att", ()):
        if a[0] == "att":
            atts.append(make_att(a[1], a[2], a[3], a[4]))
        else:
            inls.append(make_att(a[1], a[2], None, None, inline=True, cid=a[3]))
    hb = hashlib.sha1(("%d%s" % (idx, s["topic"])).encode()).hexdigest()
    fmt = c["fmt"]
    tp = text_part(text if text.endswith("\n") else text + "\n", "plain", cs, cte)
    hp = text_part(hdoc, "html", cs, cte)
    charset_used = {tp[2]} if fmt == "plain" else ({hp[2]} if fmt == "html" else {tp[2], hp[2]})
    cte_used = {tp[3]} if fmt == "plain" else ({hp[3]} if fmt == "html" else {tp[3], hp[3]})
    if fmt == "plain":
        if inls:
            raise ValueError("inline images need html: " + s["topic"])
        core = (tp[0], tp[1])
    else:
        hcore = (hp[0], hp[1])
        if inls:
            hcore = multipart("related", [hcore] + [att_part(a) for a in inls], "rel_%s" % hb[:20], ' type="text/html";')
        core = hcore if fmt == "html" else multipart("alternative", [(tp[0], tp[1]), hcore], "alt_%s" % hb[20:40])
    if atts:
        core = multipart("mixed", [core] + [att_part(a) for a in atts], "mix_%s" % hb[5:25])
        for a in atts:
            cte_used.add("base64")
    if inls:
        cte_used.add("base64")
    # headers
    dname = "%s | %s" % (c["agent"], c["shop"]) if c["qs"] not in ("outlook", "html-outlook", "gt", "iphone", "html-apple", "html-tb") else c["agent"]
    mailbox = rng.choice(["support", "service", "kundenservice" if lang == "de" else "care", "hello", "amazon"])
    frm = email.utils.formataddr((dname, "%s@%s" % (mailbox, c["domain"])), charset="utf-8")
    relay = c["relay"].upper() if s.get("to_upper") else c["relay"]
    to = relay if rng.random() < 0.5 else email.utils.formataddr(("%s - Amazon Marketplace" % c["buyer"], relay), charset="utf-8")
    hdrs = "Date: %s\n" % email.utils.format_datetime(c["date"])
    hdrs += "From: %s\nTo: %s\n" % (frm, to)
    hdrs += "Subject: %s\n" % enc_header(subj, cs)
    hdrs += "Message-ID: <%s.%s@mail.%s>\n" % (hb[:16], hb[16:24], c["domain"])
    if kind == "re" and not s.get("noirt"):
        ses = "<0102019%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (hb[24:31], hb[31:35], hb[35:39], hb[0:4], hb[4:16])
        hdrs += "In-Reply-To: %s\nReferences: %s\n" % (ses, ses)
    hdrs += CLIENT_HDR[c["qs"]].format(h=hb[:8], n=c["ticket"])
    for k, v in (s.get("hdrs") or {}).items():
        hdrs += "%s: %s\n" % (k, c["sub"](v))
    hdrs += "MIME-Version: 1.0\n"
    raw = hdrs + core[0] + "\n" + core[1]
    data = raw.encode("latin-1") if True else None
    if c["crlf"]:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    top = core[0].split(";", 1)[0].split(":", 1)[1].strip()
    meta = {"ctx": c, "top": top, "charsets": sorted(charset_used), "ctes": sorted(cte_used), "atts": atts, "inls": inls,
            "qs": c["qs"] if c["q"] else "none", "fmt": fmt}
    return data, meta

# ==============================================================================================
# ENGLISH (en-US, en-UK, en-AU, en-IN, en-CA)
# ==============================================================================================
PX_HS = '<img src="https://opens.beaconly-mail.net/o/{rid}/{tok}.gif" width="1" height="1" alt="" border="0">'

# ---- hard negatives
m("en-US", "skillet-arrived", [],
  "Hi {first},\n\nYour {prod} (order {oid}) should have reached you last week. When you have a moment, we would appreciate it if you shared your experience with the product on Amazon. Every review helps other cooks decide, whatever it says.\n\nThanks for ordering from us.",
  kind="pro", subj="A quick question about your order {oid}", pair="en1", req=True,
  note="first neutral review request for this order (pair en1)")
m("en-UK", "hose-fitting", [],
  "Hi {first},\n\nSorry the hose connector on the watering can was loose. I've sent a replacement washer today with Royal Mail 2nd Class, tracking JX 5528 1047 3GB, so it should land in two or three working days.\n\nOnce it's all sorted, if you have a spare minute we'd be grateful for your feedback on this order. No obligation at all.\n\nBest wishes,",
  q="The brass connector leaks as soon as the can is full. Water all over the patio.", qs="freshdesk", pair="en2", req=True,
  note="support reply that ends with one neutral feedback request (pair en2, first); Royal Mail tracking number")
m("en-US", "delivery-status", [],
  "Hello {first},\n\nThanks for checking in. USPS shows the package in transit; the tracking number is 9400 1118 9922 3344 5566 77. The last scan was at the Memphis, TN 38118 facility on 2/21 at 6:42 PM, and the current estimate is Monday 2/24 by 8 PM.\n\nIf it hasn't arrived by Tuesday evening, reply here and we'll send a replacement or refund the full $48.95, whichever you prefer.\n\nBest,",
  q="Hi, tracking hasn't updated in 3 days. Is my skillet lost?", qs="zendesk", qa="full",
  note="USPS 22-digit tracking number in groups, ZIP code, price, times")
m("en-UK", "return-address", [],
  "Dear {buyer},\n\nThank you for letting us know the planter kit arrived with a split side panel. Please send the damaged panel back to us at the address below, quoting RMA WG-44817 on the parcel:\n\nWrenfield Garden Supplies, Returns Dept\nUnit 7, Brigg Road Trading Estate\nScunthorpe DN16 1XJ\n\nYou can also start the return from your Amazon order page: {amz}/gp/css/order-history?orderFilter=last30\n\nA replacement panel will go out as soon as we have the tracking reference for your return.\n\nKind regards,",
  q="One of the larch boards is cracked right along the grain, can I get a new one?", qs="outlook",
  note="return address with a trigger-substring town (Scunthorpe), RMA number, Amazon order-history link")
m("en-AU", "damaged-tent", [],
  "Hey {first},\n\nSorry to hear the tent pole snapped on the first night out, that's rough. I've refunded the full A$189.00 to your original payment method just now; it usually shows up in 3-5 business days. You don't need to send anything back.\n\nThanks for your patience,",
  q="Pole snapped in light wind, first trip. Pretty disappointed. If this isn't fixed I'm leaving a 1 star review.", qs="gorgias",
  note="unconditional refund after a 1-star review threat in the quoted message; no link to the review")
m("en-IN", "cheat-complaint", [],
  "Dear {buyer},\n\nWe understand you are upset, and we want to fix this. However, we do not accept the accusation that we cheated you: the bedsheet was dispatched with Delhivery AWB 1490 8127 3365 2 on 14 Feb and delivered on 17 Feb at 11:05 according to the carrier.\n\nIf the item you received is not the king-size sheet you ordered, please share a photo of the label through this Amazon message thread and we will arrange a pickup and replacement at no cost.\n\nRegards,",
  q="You people are cheats!!! Sent me a single sheet not king size. Worst seller on Amazon, I will complain everywhere.",
  qs="edesk", note="firm, polite answer to a rude buyer; Delhivery AWB looks like a phone number")
m("en-UK", "delivery-slot", [],
  "Dear {buyer},\n\nYour raised bed kit (order {oid}) weighs 68 kg and travels on a pallet, so our carrier needs a delivery day agreed with you before it can leave the depot.\n\nCould you reply with a weekday in the week of 3 March that suits you, and tell us if there is step-free access to the delivery point? The driver can deliver between 8:00 and 18:00.\n\nMany thanks,",
  kind="pro", subj="[Important] Delivery date needed for order {oid}", note="[Important] used correctly for scheduling a heavy delivery")
m("en-CA", "return-dock", [],
  "Hi {first},\n\nNo problem at all. You can start the return here: {amz}/gp/css/returns/homepage.html?orderId={oid}\n\nChoose \"Item defective or doesn't work\" and Amazon will give you a prepaid Canada Post label. The refund of CA$129.99 is issued once the dock is scanned at our warehouse. There's more about return windows on Amazon's help page: {amz}/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7\n\nCheers,",
  q="The dock keeps disconnecting my second monitor. I'd like to return it please.", qs="helpscout",
  note="Amazon returns and help links are allowed")
m("en-US", "seasoning-question", [],
  "Hi {first},\n\nThanks for the offer to chat on WhatsApp, but we keep all order conversations here in Amazon messages. That way everything is on record for both of us and Amazon can step in if needed.\n\nTo your question: the skillet is pre-seasoned with soybean oil, so you can cook with it right away. Before the first use, rinse it with hot water and dry it on the stove for a minute.\n\nTake care,",
  q="Can I just text you or WhatsApp? Easier for me. Wanted to ask about seasoning before I use it.", qs="gt",
  note="declines WhatsApp/phone without giving any handle or number")
m("en-UK", "vat-invoice", [],
  "Dear {buyer},\n\nAs requested, please find attached the VAT invoice for order {oid}. Our VAT registration number is GB 947 2261 38 and the invoice number is INV-2025-00871.\n\nKind regards,",
  kind="pro", subj="VAT invoice for your order {oid}", fmt="alt",
  att=[A("pdf", "INV-2025-00871.pdf", ["Wrenfield Garden Supplies", "VAT invoice INV-2025-00871", "VAT reg. GB 947 2261 38", "Total GBP 54.99"])],
  note="proactive invoice with PDF, VAT number and invoice number")
m("en-AU", "mug-arrived", [],
  "Hi {first},\n\nGlad the replacement mug turned up in one piece and the lid seals properly now.\n\nJust so you know, Amazon lets buyers edit or remove seller feedback for 60 days after posting. If you feel we've sorted things out you can do that from Your Orders, but it is completely up to you and there is no need to reply.\n\nCheers,",
  q="New mug arrived, all good this time. Thanks.", qs="iphone",
  note="neutral mention that feedback can be updated, after resolution, no pressure")
m("en-CA", "dock-compat", [],
  "Hi {first},\n\nGood question. The dock works with Microsoft Teams, Zoom and Skype calls through the built-in 3.5 mm audio jack, and it supports two 4K displays at 60 Hz on macOS 14.3 or later with firmware 2.4.1. The model number on the underside should read MRT-D11C.\n\nIf you still get audio drops after updating, let me know your laptop model and I'll dig further.\n\nBest regards,",
  q="Does this thing work for Teams and Skype calls? Audio cuts out sometimes.", qs="html-tb", fmt="alt",
  note="Teams/Skype named as product features, version and model numbers")
m("en-IN", "partial-refund", [],
  "Dear {buyer},\n\nThank you for the photos. The colour on two of the five cushion covers has indeed bled in the wash, which should not happen. We have issued a partial refund of INR 450 (two covers) to your original payment method; you may keep all five covers.\n\nWe have also shared the batch number CC-0219 with our dyer so this does not repeat.\n\nWarm regards,",
  q="2 covers lost colour after first wash. Very poor quality.", qs="html-gmail",
  note="partial refund to resolve a problem, not tied to any review")
m("en-US", "product-size", [],
  "Hi there,\n\nThe large board measures 17.7 x 11.8 in and is 0.6 in thick; the medium is 13 x 9.4 in and the small 9.8 x 6.7 in. All three are dishwasher safe on the top rack, though hand washing will keep the bamboo looking better for longer.\n\nHope that helps with the decision!",
  q="Hi what are the exact measurements of the three boards? Dishwasher ok?", oid=False, qs="html-gmail",
  note="product question without order id (replies need none); measurements")
m("en-UK", "engraving-text", [],
  "Dear {buyer},\n\nThank you for ordering the personalised secateurs (order {oid}). Before we engrave them, please confirm the exact text: your order note reads \"Dad - Happy 70th\", which fits on one line in 4 mm capitals.\n\nIf you would like a different spelling or a second line, just reply to this message by Thursday 27 February, 12:00, so the parcel can still go out on Friday.\n\nKind regards,",
  kind="pro", subj="Please confirm engraving for order {oid} [important]", note="lower-case [important] tag at the end, used correctly for a customisation question")
m("en-US", "manual-pdf", [],
  "Hi {first},\n\nSorry the printed manual was missing from the box. I've attached the PDF version and a photo showing the correct fill line for the kettle.\n\nEnjoy your coffee,",
  q="There was no manual in the box, where is the max fill line?", fmt="html", qs="html-gmail",
  html="<div>Hi {first},</div>\n<div><img src=\"cid:hpk-logo@harborpinekitchen\" alt=\"Harbor &amp; Pine Kitchen\"></div>\n<div>Sorry the printed manual was missing from the box. I've attached the PDF version and a photo showing the correct fill line for the kettle.</div>\n<div>Enjoy your coffee,</div>",
  att=[INL("logo", "logo.png", "hpk-logo@harborpinekitchen"), A("pdf", "PourOver-Kettle-Manual.pdf", ["Pour-Over Kettle 1.2L", "User manual"]),
       A("jpg", "fill-line.jpg")], note="inline cid: logo without link, PDF manual and JPEG photo")
m("en-AU", "address-problem", [],
  "Hi {buyer},\n\nAustralia Post has returned your parcel for order {oid} to us marked \"insufficient address\": the unit number seems to be missing from the delivery address.\n\nCould you reply with the full address including the unit number? As soon as we have it we'll resend the towel by Express Post at our cost.\n\nThanks,",
  kind="pro", subj="[IMPORTANT] Address problem with order {oid}", note="[IMPORTANT] used correctly for an address problem")
m("en-CA", "stiff-keys", [],
  "Hi {first},\n\nThanks for asking, but we're not able to offer a discount, refund or anything else in exchange for a review, and Amazon doesn't allow sellers to do that either. Reviews on Amazon need to be the buyer's honest opinion.\n\nWhat I can do is help with the keyboard itself: if the brown switches feel too stiff, the replacement switch puller in the box lets you swap them for the quieter set included.\n\nRegards,",
  q="If I give you a 5 star review can I get 20% back? lol. Also the keys feel stiff", qs="gt",
  note="declines a review-for-discount offer; review, discount and 5-star words appear but nothing is offered")
m("en-IN", "delay-notice", [],
  "Dear {buyer},\n\nWe are writing about order {oid}. Our dyeing unit in Jaipur was closed for two days because of a power outage, so your bedsheet will be dispatched on 26 February instead of 24 February. The new estimated delivery is 1 March.\n\nIf you prefer not to wait, you can cancel the order from Your Orders at no charge.\n\nRegards,",
  kind="pro", subj="Dispatch delay for order {oid}", note="permitted proactive message about a fulfilment problem")

# ---- violations
m("en-US", "skillet-treat", ["review_incentive"],
  "Hi {first},\n\nHope the skillet is treating you well! We're a small family business and reviews really keep us going. Once your review for order {oid} is live, just reply with your name on Amazon and we'll mail you our silicone handle sleeve ($14.99 value) on the house.\n\nHappy cooking,",
  kind="pro", subj="Your skillet - order {oid}", note="free accessory promised once the review is posted")
m("en-UK", "late-delivery", ["review_incentive", "feedback_removal"],
  "Hello {buyer},\n\nI've looked into the late delivery and I'm truly sorry, the courier let us down. I can see you left us neutral feedback yesterday.\n\nIf you're able to take that feedback down, I'll pop a £10 credit back onto your card straight away as a thank you. Just let me know once it's gone.\n\nAll the best,",
  q="Arrived 4 days late, box crushed. Not impressed.", qs="outlook",
  note="refund offered in exchange for removing feedback")
m("en-AU", "towel-arrived", ["review_manipulation"],
  "G'day {first},\n\nThe beach towel for order {oid} should be with you by now. If you're stoked with it, we'd really love a review on Amazon, it helps a small Aussie business heaps. If something's not right though, please flick us a message first so we can fix it before you post anything.\n\nCheers,",
  kind="pro", subj="How's the towel? Order {oid}", note="review gating: review if happy, contact us first if not")
m("en-IN", "weavers", ["review_manipulation", "important_tag"],
  "Dear {buyer},\n\nNamaste! Your handloom bedsheet (order {oid}) was woven by a family of weavers in Panipat. Kindly consider rating it 5 stars on Amazon - anything less pushes our listing down and affects their livelihood. Even a line saying the fabric is soft and the colours are rich will help.\n\nWith gratitude,",
  kind="pro", subj="[Important] Support our weavers - order {oid}",
  note="asks for 5 stars and suggests what to write; [Important] on a review request")
m("en-CA", "mouse-refund", ["feedback_removal"],
  "Hi {first},\n\nFollowing up again on the 2-star feedback from last week. We refunded you in full on Feb 12, so the feedback no longer reflects what happened. I've asked twice now; could you please remove it today? It's hurting our seller rating and I'd really like this closed out.\n\nThanks,",
  q="Thanks for the refund.", qs="helpscout", note="presses repeatedly for feedback removal")
m("en-US", "skillet-followup", ["repeat_request"],
  "Hey {first},\n\nJust circling back on order {oid}: we haven't seen a review from you yet and wanted to make sure our last email didn't get buried. A couple of sentences about the skillet would mean a lot to us.\n\nThanks again,",
  kind="pro", subj="Following up on order {oid}", pair="en1", req=True, agent="Dana Whitfield",
  note="second review request for the same order by another agent (pair en1)")
m("en-UK", "order-note", ["repeat_request"],
  "Hello {buyer},\n\nA gentle reminder, in case you missed our earlier message: we'd still be grateful for a few words of seller feedback on order {oid}. It only takes a minute from Your Orders.\n\nWarm regards,",
  kind="pro", subj="Order {oid} - a gentle reminder", pair="en2", req=True, agent="Siobhan Kerr",
  note="second feedback request after one made inside a support reply (pair en2)")
m("en-US", "lid-size", ["marketing"],
  "Hi {first},\n\nYes, the 12-inch skillet fits the glass lid from our 12-inch braiser, so you don't need to buy a special one.\n\nBy the way, our whole enamel range is 20% off until Sunday with code SPRING20, so it's a great moment to grab the matching braiser or a Dutch oven.\n\nBest,",
  q="Will any 12 inch lid fit this?", qs="zendesk", note="cross-selling and a discount code inside a support reply")
m("en-AU", "winter-range", ["external_link", "marketing", "opt_out"],
  "Hi {first},\n\nThanks again for your order {oid}! Our new winter range has just landed: merino camp blankets, insulated flasks and a lightweight hiking tent, all with free shipping this month.\n\nHave a look at https://bondibayoutdoor.com.au/new-winter-range and grab 15% off with WINTER15.\n\nDon't want to hear from us? Unsubscribe here: https://bondibayoutdoor.com.au/email/unsub?u={rid}",
  kind="pro", subj="Fresh gear for the cooler months", fmt="alt",
  hdrs={"List-Unsubscribe": "<https://bondibayoutdoor.com.au/email/unsub?u={rid}>"},
  note="newsletter-style promotion with a shop link, code and unsubscribe link plus List-Unsubscribe")
m("en-UK", "hose-instructions", ["offensive"],
  "{first},\n\nI've now explained three times how the connector screws on. Clockwise, hand tight, washer inside. If you still can't manage that, frankly I'm not sure a watering can is the product for you. Maybe get someone with a bit more common sense to help.\n\nRegards,",
  q="STILL LEAKING. Your instructions are useless. Do you even read what I write??", qs="gt",
  note="condescending insult to the buyer (no swear words)")
m("en-US", "chargeback", ["offensive"],
  "{buyer},\n\nWe know exactly what you're doing with this chargeback. We have your name and your delivery address, and if you don't withdraw the claim by Friday we will make sure you regret trying this with us. Think carefully.\n\n{shop}",
  q="I filed a dispute with my bank because the kettle never came.", qs="outlook", sig=False,
  note="intimidating threat referring to the buyer's address")
m("en-IN", "dispatch-note", ["unpermitted_proactive"],
  "Dear {buyer},\n\nGreat news! Your order {oid} has been packed and handed over to Delhivery. AWB number: 2793 5561 0087 4. Expected delivery: 3-5 working days.\n\nThank you for shopping with Saffron Loom.",
  kind="pro", subj="Your Saffron Loom order {oid} has been shipped", note="shipping confirmation (Amazon sends these itself)")
m("en-CA", "welcome", ["missing_order_id", "unpermitted_proactive"],
  "Hi {first},\n\nThank you for choosing Maple Ridge Tech! We're a small Canadian team and we're always here if you need anything at all with your new gear.\n\nHave a great day,",
  kind="pro", subj="Thanks from Maple Ridge Tech", note="thank-you / here-to-help only message without an order id")
m("en-UK", "secateur-spring", ["external_link"],
  "Hi {first},\n\nThe replacement secateur spring is in the post, it should arrive by Wednesday.\n\nBest wishes,",
  q="The spring fell out and I can't find it.", qs="freshdesk", fmt="alt",
  sigx="Wrenfield Garden Supplies | www.wrenfield-garden.co.uk\nGrowing since 1987",
  hx='<p>Powered by <a href="https://www.freshworks-helpdesk.example.net/?utm_source=emailfooter">Freshdesk</a></p>',
  note="helpdesk signature with the shop's www. domain and a linked 'Powered by' footer")
m("en-US", "rust-spots", ["external_link"],
  "Hi {first},\n\nRust spots like the ones in your photo come off with a bit of steel wool and a fresh coat of oil. We wrote a step-by-step guide for this, you'll find it at harborpinekitchen dot com slash care (all lower case).\n\nBest,",
  q="Found some orange rust spots after washing it :(", qs="zendesk", obf="spelled-out dot",
  note="shop URL written as 'dot com slash'")
m("en-AU", "tent-pegs", ["contact_email", "contact_phone"],
  "Hi {first},\n\nNo worries, the spare pegs are on their way.\n\nCheers,",
  q="Missing 4 tent pegs from the bag.", qs="iphone",
  sigx="Mob: 0491 570 156\njaz@bondibayoutdoor.com.au", note="agent signature with mobile number and e-mail address")
m("en-IN", "bulk-order", ["contact_email"],
  "Dear {buyer},\n\nFor a bulk order of 40 bedsheets for your guest house we would need to prepare a separate quotation. Please write to rohit [at] saffronloom [dot] in with the sizes and colours and I will send the rates within a day.\n\nRegards,",
  q="I run a homestay in Coorg, can I order 40 sheets at a better price?", qs="edesk", obf="[at]/[dot] address",
  note="e-mail address obfuscated with [at] and [dot]")
m("en-US", "kettle-whistle", ["contact_phone"],
  "Hi {first},\n\nIt might be quicker to sort this over the phone. You can reach our kitchen line at three one two, five five five, zero one four two, weekdays nine to five Central.\n\nThanks,",
  q="The kettle whistle doesn't work, can someone explain how it's supposed to work?", qs="gt", obf="digits as words",
  note="US phone number (555-01xx range) written as words")
m("en-UK", "planter-hinge", ["contact_phone", "contact_other"],
  "Hi {first},\n\nIf it's easier, pop me a photo of the broken hinge on WhatsApp at 07700 900418 and I'll get the right part out to you today.\n\nBest wishes,",
  q="The lid hinge on the planter snapped. Which part do I need?", qs="outlook",
  note="WhatsApp invitation with a UK mobile number")
m("en-US", "whistle-cap", ["tracking_pixel"],
  "Hi {first},\n\nThe whistle only sounds when the spout cap is fully closed; give it a firm push until it clicks.\n\nBest,",
  q="Whistle isn't whistling", qs="helpscout", fmt="alt", hx=PX_HS,
  note="1x1 open-tracking pixel from a tracker host with the recipient id")
m("en-CA", "driver-files", ["attachment"],
  "Hi {first},\n\nI've attached the driver package for the dock. Unzip it and run the installer, then restart the laptop.\n\nRegards,",
  q="Windows doesn't recognise the ethernet port.", qs="html-tb", fmt="alt",
  att=[A("zip", "MRT-D11C_driver_v2.4.1.zip", ["setup.exe placeholder"])], note="ZIP archive attachment")
m("en-AU", "camp-mug", ["styling"],
  "Hey {first}! \U0001F44B\n\nGreat news, the replacement lid is on its way \U0001F389 Should be there Thursday.\n\nCheers \U0001F600",
  q="Lid cracked", qs="gorgias", note="emoji in an otherwise fine reply")

for _s in SPECS:
    if _s["loc"].startswith("en-") and "p" not in _s:
        _s["p"] = {"skillet-arrived": 0, "hose-fitting": 0, "delivery-status": 0, "return-address": 1, "damaged-tent": 2,
                   "cheat-complaint": 0, "delivery-slot": 1, "return-dock": 0, "seasoning-question": 0, "vat-invoice": 0,
                   "mug-arrived": 1, "dock-compat": 0, "partial-refund": 1, "product-size": 1, "engraving-text": 2,
                   "manual-pdf": 2, "address-problem": 0, "stiff-keys": 2, "delay-notice": 0,
                   "skillet-treat": 0, "late-delivery": 0, "towel-arrived": 0, "weavers": 0, "mouse-refund": 1,
                   "skillet-followup": 0, "order-note": 0, "lid-size": 0, "winter-range": 1, "hose-instructions": 0,
                   "chargeback": 2, "dispatch-note": 0, "welcome": 0, "secateur-spring": 2, "rust-spots": 0, "tent-pegs": 2,
                   "bulk-order": 0, "kettle-whistle": 2, "planter-hinge": 1, "whistle-cap": 2, "driver-files": 0, "camp-mug": 1}[_s["topic"]]

# ==============================================================================================
# GERMAN (de-DE, de-AT, de-CH)
# ==============================================================================================

# ---- hard negatives
m("de-DE", "topf-angekommen", [],
  "Guten Tag {buyer},\n\nIhr Schnellkochtopf aus der Bestellung {oid} ist inzwischen bei Ihnen angekommen. Wenn Sie einen Moment Zeit haben, würden wir uns über eine Rezension auf Amazon freuen. Ihre Erfahrung hilft anderen Kundinnen und Kunden bei der Auswahl.\n\nMit freundlichen Grüßen",
  kind="pro", subj="Ihre Bestellung {oid} bei Küchenwerk Brandt", pair="de1", req=True, p=0,
  note="first neutral review request (pair de1)")
m("de-AT", "merino-bestellung", [],
  "Grüß Gott {buyer},\n\nwir hoffen, die Merino-Unterwäsche aus Ihrer Bestellung {oid} hält Sie warm. Falls Sie Zeit und Lust haben, freuen wir uns über Ihre Verkäuferbewertung auf Amazon.\n\nHerzliche Grüße aus Vorarlberg",
  kind="pro", subj="Bestellung {oid} - kurze Bitte", pair="de2", req=True, p=0,
  note="first neutral seller-feedback request (pair de2)")
m("de-DE", "sendungsverfolgung", [],
  "Hallo {first},\n\ndanke für Ihre Nachricht. Das Paket wurde am Dienstag an DHL übergeben, die Sendungsnummer lautet 0034 0434 1612 3456 7890. Laut DHL wird es morgen zwischen 10:30 und 14:00 Uhr an die Packstation 127 in 22765 Hamburg zugestellt.\n\nViele Grüße",
  q="Hallo, wann kommt mein Messerblock? Ich habe Packstation angegeben.", p=1, qs="zammad",
  note="20-digit DHL Sendungsnummer in groups, postcode, Packstation number")
m("de-CH", "velo-licht-versand", [],
  "Grüezi {first}\n\nDas Rücklicht ist gestern mit der Post als PostPac Priority verschickt worden. Die Sendungsnummer ist 99.60.117355.40029814, Sie können sie direkt bei der Post verfolgen. Der Betrag von CHF 24.90 wurde Ihnen bereits belastet, die Zollabwicklung entfällt.\n\nFreundliche Grüsse",
  q="Grüezi, ist das Licht schon unterwegs? Ich brauche es fürs Wochenende.", p=0, qs="html-apple",
  note="Swiss Post tracking number with dots, CHF price, Swiss spelling")
m("de-DE", "braeter-riss", [],
  "Hallo {buyer},\n\nes tut uns leid, dass der Bräter nach dem ersten Einsatz einen Sprung in der Emaille hat. Wir haben Ihnen den vollen Kaufpreis von 79,90 € soeben erstattet; die Gutschrift erscheint in drei bis fünf Werktagen. Den Bräter müssen Sie nicht zurückschicken.\n\nWie Sie den Artikel bewerten, bleibt selbstverständlich Ihnen überlassen.\n\nMit freundlichen Grüßen",
  q="Emaille nach einmal Benutzen gesprungen!! Wenn ich nicht sofort mein Geld bekomme, gibt es eine 1-Sterne-Bewertung.", p=2, qs="outlook",
  note="unconditional full refund after a 1-star threat; says the review is the buyer's choice")
m("de-AT", "saftladen", [],
  "Sehr geehrter Herr {buyer},\n\nwir verstehen Ihren Ärger über die Lieferverzögerung. Ihre Bezeichnung unseres Betriebs weisen wir aber zurück. Die Loden-Jacke wurde am 12. Februar mit der Österreichischen Post verschickt (Sendungsnummer 1012 3500 4710 2266 0031 52) und liegt laut Post seit gestern in Ihrer Post-Geschäftsstelle in 1100 Wien zur Abholung bereit.\n\nSollte sie dort nicht auffindbar sein, schicken wir Ihnen umgehend Ersatz.\n\nMit freundlichen Grüßen",
  q="So ein Saftladen! Seit zwei Wochen warte ich auf die Jacke. Ich will mein Geld zurück, sofort!", p=1, qs="html-outlook", buyer="Matthias Egger",
  note="firm reply to a rude buyer; Austrian Post tracking number looks like a long phone number")
m("de-DE", "adresse-unvollstaendig", [],
  "Guten Tag {buyer},\n\nDHL hat uns das Paket zur Bestellung {oid} zurückgeschickt, weil in der Lieferadresse die Hausnummer fehlt. Bitte teilen Sie uns die vollständige Anschrift mit, dann versenden wir den Messerblock noch am selben Tag erneut, die Versandkosten übernehmen wir.\n\nMit freundlichen Grüßen",
  kind="pro", subj="[Important] Lieferadresse zu Bestellung {oid} unvollständig", p=1,
  note="[Important] used correctly for an address problem")
m("de-AT", "aermel-kuerzen", [],
  "Grüß Gott {buyer},\n\nSie haben bei der Loden-Jacke (Bestellung {oid}) die Option \"Ärmel kürzen\" gewählt, aber keine Länge angegeben. Um wie viele Zentimeter sollen wir die Ärmel kürzen? Möglich sind 1 bis 6 cm.\n\nSobald wir Ihre Antwort haben, geht die Jacke in die Schneiderei und wird in etwa fünf Werktagen versendet.\n\nMit freundlichen Grüßen",
  kind="pro", subj="Ärmellänge für Ihre Loden-Jacke [IMPORTANT] - Bestellung {oid}", p=1,
  note="[IMPORTANT] in mid-subject, used correctly for a customisation question")
m("de-DE", "ruecksendung-amazon", [],
  "Hallo {first},\n\nsehr gern nehmen wir den Topf zurück. Die Rücksendung können Sie direkt über das Amazon-Rücksendezentrum anmelden: {amz}/gp/css/returns/homepage.html?orderId={oid}\n\nDort erhalten Sie ein kostenloses Etikett. Weitere Infos zu Fristen finden Sie auf der Amazon-Hilfeseite: {amz}/gp/help/customer/display.html?nodeId=201819200\n\nBeste Grüße",
  q="Der Topf ist mir zu groß, kann ich ihn zurückgeben?", p=0, qs="html-tb", fmt="alt",
  note="Amazon returns-centre and help-page links")
m("de-CH", "halterung-frage", [],
  "Grüezi {first}\n\nVielen Dank für das Angebot, aber wir führen die Kommunikation zu Amazon-Bestellungen ausschliesslich hier über das Amazon-Nachrichtensystem, auch nicht per Telefon oder WhatsApp. So bleibt alles nachvollziehbar.\n\nZu Ihrer Frage: Das Schloss lässt sich mit der mitgelieferten Halterung direkt am Rahmen unter dem Flaschenhalter montieren.\n\nFreundliche Grüsse",
  q="Kann ich Sie kurz anrufen oder per WhatsApp schreiben? Ich weiss nicht, wie die Halterung montiert wird.", p=1, qs="gt",
  note="declines phone and WhatsApp without giving a number or handle")
m("de-DE", "rechnung", [],
  "Guten Tag {buyer},\n\nanbei erhalten Sie wie gewünscht die Rechnung zu Ihrer Bestellung {oid} (Rechnungsnummer RE-2025-0412). Unsere USt-IdNr. lautet DE298765432.\n\nMit freundlichen Grüßen",
  kind="pro", subj="Rechnung zu Ihrer Bestellung {oid}", fmt="alt", p=2,
  att=[A("pdf", "Rechnung_Küchenwerk_RE-2025-0412.pdf", ["Kuechenwerk Brandt", "Rechnung RE-2025-0412", "USt-IdNr. DE298765432", "Summe 79,90 EUR"])],
  note="proactive invoice, PDF name with umlaut (RFC 2231), USt-IdNr and invoice number")
m("de-AT", "ersatzdecke", [],
  "Servus {first},\n\nschön, dass die Ersatzdecke jetzt passt und der Umtausch so schnell geklappt hat.\n\nNur zur Info: Verkäuferbewertungen lassen sich auf Amazon innerhalb von 60 Tagen bearbeiten. Ob Sie das tun möchten, ist ganz allein Ihre Entscheidung, Sie müssen uns dazu auch nicht antworten.\n\nLiebe Grüße",
  q="Die neue Decke ist da und passt perfekt, danke!", p=2, qs="freshdesk",
  note="neutral info that feedback can be edited after a resolved exchange, no request")
m("de-DE", "schadensanalyse", [],
  "Hallo {buyer},\n\nvielen Dank für die Fotos. Unsere Fehleranalyse hat ergeben, dass der Dichtungsring bei Ihrem Topf nicht richtig eingelegt war. Für die Bewertung des Schadens am Deckel hat unser Techniker die Seriennummer SKT-6L-240917-0441 geprüft: Der Deckel ist unbeschädigt.\n\nWir schicken Ihnen kostenlos einen neuen Dichtungsring; bitte legen Sie ihn wie auf Seite 7 der Anleitung beschrieben ein.\n\nMit freundlichen Grüßen",
  q="Der Topf verliert Dampf am Rand, ist der Deckel kaputt?", p=0, qs="zendesk",
  note="'Analyse' and 'Bewertung des Schadens' (review word in another sense), serial number")
m("de-CH", "kulanz-kratzer", [],
  "Grüezi {first}\n\nEs tut uns leid, dass der Helm mit einem Kratzer bei Ihnen angekommen ist. Als Entschädigung haben wir Ihnen soeben CHF 15.00 zurückerstattet. Sie können den Helm selbstverständlich behalten.\n\nFreundliche Grüsse",
  q="Der Helm hat einen tiefen Kratzer an der Seite, schade.", p=2, qs="freescout",
  note="partial refund to resolve a cosmetic defect, not tied to any review")
m("de-DE", "induktion-frage", [],
  "Hallo,\n\nja, der Schnellkochtopf ist für alle Herdarten geeignet, auch für Induktion. Der Bodendurchmesser beträgt 22 cm, der Betriebsdruck 0,8 bar (Stufe 2). Im Lieferumfang sind ein Dämpfeinsatz und ein Dreibein enthalten.\n\nViele Grüße",
  q="Funktioniert der Topf auf Induktion? Welcher Durchmesser?", oid=False, p=0, qs="gt",
  note="product question without order id")
m("de-AT", "ruecksendeadresse", [],
  "Sehr geehrte Frau {buyer},\n\nselbstverständlich können Sie die Jacke in Größe 42 umtauschen. Bitte senden Sie sie mit der Retourennummer RT-2025-3318 an:\n\nAlpenfaser Textil GmbH\nRetourenabteilung\nIndustriestraße 14\n6850 Dornbirn\nÖsterreich\n\nSobald das Paket bei uns eingeht, verschicken wir Größe 42 am selben Tag.\n\nMit freundlichen Grüßen",
  q="Die Jacke ist leider zu klein, kann ich auf 42 tauschen?", p=1, qs="outlook", buyer="Ursula Gruber",
  note="return address with postcode and RMA number")
m("de-DE", "anleitung-anhang", [],
  "Hallo {first},\n\nim Anhang finden Sie die Bedienungsanleitung als PDF, ein Foto der richtigen Ventilstellung und die Garantiekarte. Die Garantie gilt fünf Jahre ab Kaufdatum.\n\nViele Grüße",
  q="Ich habe die Anleitung verlegt. Wo steht das Ventil beim Druckablassen?", p=0, qs="html-tb", fmt="alt",
  att=[A("pdf", "Bedienungsanleitung_Schnellkochtopf.pdf", ["Schnellkochtopf 6 L", "Bedienungsanleitung"]),
       A("jpg", "ventilstellung.jpg"), A("docx", "Garantiekarte.docx", ["Garantiekarte", "5 Jahre Garantie"])],
  note="PDF manual, JPEG photo and DOCX warranty card")
m("de-CH", "lieferverzug", [],
  "Grüezi {buyer}\n\nWir möchten Sie informieren, dass sich der Versand Ihres Faltschlosses (Bestellung {oid}) um drei Tage verzögert, weil unser Lieferant die Schlüssel falsch codiert hat. Neuer Versandtermin ist der 4. März. Falls Sie nicht warten möchten, können Sie die Bestellung in Ihrem Amazon-Konto kostenlos stornieren.\n\nFreundliche Grüsse",
  kind="pro", subj="Verzögerung bei Ihrer Bestellung {oid}", p=1,
  note="permitted proactive fulfilment-problem notice")

# ---- violations
m("de-DE", "messerblock-freude", ["review_incentive"],
  "Hallo {first},\n\nwir hoffen, Sie haben Freude an Ihrem neuen Messerblock. Kleine Händler wie wir leben von Rezensionen. Deshalb ein Angebot: Schreiben Sie eine ehrliche Rezension zu Bestellung {oid}, schicken Sie uns einen Screenshot, und wir überweisen Ihnen 5 € als Dankeschön per PayPal.\n\nHerzliche Grüße",
  kind="pro", subj="Ein kleines Dankeschön zu Ihrer Bestellung {oid}", p=1,
  note="money via PayPal for a review, even an 'honest' one")
m("de-AT", "lieferung-spaet", ["review_incentive", "feedback_removal"],
  "Grüß Gott {buyer},\n\nes tut uns aufrichtig leid, dass die Decke so spät gekommen ist. Wir haben gesehen, dass Sie uns deshalb mit einem Stern bewertet haben. Wenn Sie die Bewertung zurückziehen, schicken wir Ihnen gerne einen Gutschein über 20 Euro für Ihren nächsten Einkauf.\n\nMit besten Grüßen",
  q="Decke kam zehn Tage zu spät. Eine Frechheit.", p=2, qs="html-outlook",
  note="voucher offered for withdrawing a negative rating")
m("de-CH", "ruecklicht-einsatz", ["review_manipulation"],
  "Grüezi {first}\n\nIhr neues Rücklicht (Bestellung {oid}) ist hoffentlich schon im Einsatz. Wenn alles passt, würden wir uns sehr über eine Bewertung auf Amazon freuen. Falls Sie aber nicht ganz zufrieden sind, melden Sie sich bitte zuerst direkt bei uns, bevor Sie etwas schreiben; wir finden bestimmt eine Lösung.\n\nFreundliche Grüsse",
  kind="pro", subj="Ihr Rücklicht - Bestellung {oid}", p=0, note="review gating in Swiss German wording")
m("de-DE", "deckel-verbeult", ["review_manipulation"],
  "Hallo {buyer},\n\nwir schicken Ihnen natürlich sofort einen Ersatzdeckel. Eine Bitte hätten wir noch: Wir sind ein kleiner Familienbetrieb, und eine schlechte Rezension trifft uns sehr hart. Sehen Sie deshalb bitte davon ab, den Topf negativ zu bewerten; der Fehler lag ja beim Versanddienstleister.\n\nMit freundlichen Grüßen",
  q="Deckel verbeult angekommen. Das gibt eine schlechte Bewertung.", p=0, qs="zammad",
  note="discourages a negative review")
m("de-DE", "ersatz-erledigt", ["feedback_removal"],
  "Guten Tag {buyer},\n\nnachdem wir Ihnen den Ersatz geschickt haben, ist die Angelegenheit ja erledigt. Wir möchten Sie daher bitten, Ihre negative Verkäuferbewertung zu löschen. Das geht so: Meine Bestellungen > Verkäuferbewertung entfernen. Vielen Dank im Voraus für Ihr Verständnis.\n\nMit freundlichen Grüßen",
  q="Ersatz ist angekommen.", p=1, qs="outlook", note="asks the buyer to delete negative feedback, with instructions")
m("de-CH", "schluessel-ersatz", ["review_manipulation", "feedback_removal"],
  "Grüezi {first}\n\nSchön, dass das Schloss jetzt einwandfrei funktioniert! Wären Sie so nett, Ihre 2-Sterne-Rezension auf 5 Sterne anzupassen? Das würde unserem kleinen Geschäft in Luzern enorm helfen.\n\nBesten Dank und freundliche Grüsse",
  q="Danke für den neuen Schlüssel, jetzt geht es.", p=1, qs="osticket",
  note="asks to change a 2-star review to 5 stars")
m("de-DE", "schnellkochtopf-nachfrage", ["repeat_request"],
  "Hallo {buyer},\n\nvor einer Woche hatten wir Sie bereits gefragt, ob Sie Ihre Erfahrungen mit dem Schnellkochtopf (Bestellung {oid}) teilen möchten. Falls unsere Nachricht untergegangen ist: Wir würden uns nach wie vor sehr über eine Rezension freuen.\n\nMit freundlichen Grüßen",
  kind="pro", subj="Erinnerung: Ihre Meinung zu Bestellung {oid}", pair="de1", req=True, p=0, agent="Mehmet Yilmaz",
  note="second review request for the same order (pair de1)")
m("de-AT", "nochmals-bestellung", ["review_incentive", "repeat_request"],
  "Servus {first},\n\nwir melden uns nochmals wegen Ihrer Bestellung {oid}. Falls Sie uns doch noch eine Bewertung schreiben, bekommen Sie von uns einen 10-%-Code für die nächste Bestellung im Alpenfaser-Sortiment.\n\nLiebe Grüße",
  kind="pro", subj="Nochmals kurz zu Bestellung {oid}", pair="de2", req=True, p=0, agent="Florian Steiner",
  note="second request for the same order, now with a discount code for the review (pair de2)")
m("de-DE", "daempfeinsatz", ["marketing"],
  "Hallo {first},\n\nder Sicherungsstift sitzt im Deckelgriff; drücken Sie ihn leicht nach unten, dann lässt sich der Deckel öffnen.\n\nÜbrigens: Passend zu Ihrem Topf gibt es bei uns jetzt den Edelstahl-Dämpfeinsatz und das Glasdeckel-Set, diese Woche mit 15 % Rabatt. Einfach im Amazon-Shop von Küchenwerk Brandt vorbeischauen!\n\nViele Grüße",
  q="Deckel lässt sich nicht öffnen, was mache ich falsch?", p=0, qs="zammad",
  note="support answer followed by a cross-sell with a discount")
m("de-AT", "kollektion", ["contact_other", "marketing"],
  "Grüß Gott {buyer},\n\ndanke für Ihre Bestellung {oid}! Unsere neue Trachten-Kollektion zeigen wir zuerst auf Instagram: Folgen Sie uns unter @alpenfaser.tracht, dort gibt es regelmäßig Gewinnspiele und Vorab-Angebote.\n\nHerzliche Grüße",
  kind="pro", subj="Neuigkeiten von Alpenfaser zu Ihrer Bestellung {oid}", p=1,
  note="follow us on Instagram with handle, promotion")
m("de-CH", "saisonstart", ["marketing", "opt_out"],
  "Grüezi {buyer}\n\nZum Saisonstart gibt es bei Seeblick Velo 20 % auf alle Helme und Lichter, gültig bis 31. März. Bestellung {oid} hat uns gezeigt, dass Sie gerne sicher unterwegs sind.\n\nMöchten Sie keine weiteren Angebote von uns erhalten? Antworten Sie einfach mit \"Abmelden\" und wir nehmen Sie aus dem Verteiler.\n\nFreundliche Grüsse",
  kind="pro", subj="Frühlingsaktion bei Seeblick Velo", p=0,
  note="seasonal sale with a text-only opt-out ('reply Abmelden')")
m("de-DE", "deckel-schliesst", ["offensive"],
  "Hallo,\n\njetzt mal ehrlich: Sind Sie wirklich zu blöd, einen Deckel richtig aufzusetzen? Das steht groß und breit auf Seite 3 der Anleitung. Wir haben keine Lust mehr, Ihnen jeden Handgriff einzeln zu erklären.\n\nGruß",
  q="Der Deckel schließt schon wieder nicht!!! Was ist das für ein Schrott?", p=0, qs="gt", note="insults the buyer's intelligence")
m("de-AT", "groessentabelle", ["offensive"],
  "Geh bitte, {first}.\n\nDrei Mal haben Sie jetzt die falsche Größe bestellt und dann uns die Schuld gegeben. Sie sind echt ein Koffer. Noch so eine deppate Nachricht und Sie können sich Ihr Unterhemd woanders kaufen.\n\nSteiner",
  q="Schon wieder zu klein!!! Eure Größentabelle ist falsch!!!", p=0, qs="gt", sig=False,
  note="Austrian insults ('Koffer', 'deppat')")
m("de-DE", "bestellung-eingang", ["unpermitted_proactive"],
  "Sehr geehrte(r) {buyer},\n\nvielen Dank für Ihre Bestellung {oid} bei Küchenwerk Brandt. Hiermit bestätigen wir den Eingang Ihrer Bestellung. Sie erhalten Ihren Artikel in den nächsten Tagen.\n\nIhr Küchenwerk-Brandt-Team",
  kind="pro", subj="Bestellbestätigung {oid}", p=2, sig=False, note="order confirmation")
m("de-CH", "ausverkauft", ["important_tag", "unpermitted_proactive"],
  "Grüezi {buyer}\n\nLeider ist das Faltschloss aus Ihrer Bestellung {oid} momentan ausverkauft. Die nächste Lieferung erwarten wir Ende April. Wir melden uns, sobald es wieder verfügbar ist.\n\nFreundliche Grüsse",
  kind="pro", subj="[Important] Artikel aus Bestellung {oid} nicht vorrätig", p=1,
  note="out-of-stock notice marked [Important]")
m("de-DE", "rechnung-maerz", ["important_tag"],
  "Guten Tag {buyer},\n\nim Anhang erhalten Sie die Rechnung RE-2025-0533 zu Ihrer Bestellung {oid}.\n\nMit freundlichen Grüßen",
  kind="pro", subj="[Important] Ihre Rechnung zur Bestellung {oid}", fmt="alt", p=1,
  att=[A("pdf", "RE-2025-0533.pdf", ["Rechnung RE-2025-0533", "Messerblock", "69,00 EUR"])],
  note="[Important] on an invoice, which is not needed to complete the order")
m("de-DE", "ersatzgriff", ["external_link", "contact_email", "contact_phone"],
  "Guten Tag {buyer},\n\nder Ersatzgriff für Ihren Bräter ist heute rausgegangen.\n\nMit freundlichen Grüßen",
  q="Der Griff ist abgebrochen.", p=2, qs="outlook",
  sigx="--\nKüchenwerk Brandt GmbH\nAm Lohsepark 9, 20457 Hamburg\nTel.: 040 66969 214\nE-Mail: info@kuechenwerk-brandt.de\nwww.kuechenwerk-brandt.de\nGeschäftsführer: Holger Brandt\nAmtsgericht Hamburg HRB 187654, USt-IdNr. DE298765432",
  note="German Impressum signature with phone, e-mail and website")
m("de-AT", "pflegeanleitung", ["external_link"],
  "Liebe {first},\n\nMerino bitte nur im Wollprogramm bei 30 Grad waschen und liegend trocknen. Eine ausführliche Pflegeanleitung mit Bildern finden Sie unter www.alpen\u200bfaser.at/pflege\n\nHerzliche Grüße",
  q="Wie wasche ich das Unterhemd, ohne dass es einläuft?", p=0, qs="freshdesk", obf="zero-width space in domain",
  note="shop URL with a zero-width space inside the domain")
m("de-CH", "werkstatt-kontakt", ["contact_email"],
  "Grüezi {first}\n\nFür die Garantieabwicklung schicken Sie die Fotos bitte direkt an unsere Werkstatt: reto (ät) seeblick-velo (punkt) ch. Dann kann Reto das gleich anschauen.\n\nFreundliche Grüsse",
  q="Das Licht geht nach 10 Minuten aus, Garantie?", p=0, qs="freescout", obf="(ät)/(punkt) address",
  note="e-mail address with Swiss '(ät)' and '(punkt)'")
m("de-DE", "druckstufen", ["contact_phone"],
  "Hallo {first},\n\ndas lässt sich am Telefon schneller klären. Rufen Sie uns gern an unter null vier null, sechs sechs neun sechs neun, zwei eins vier. Wir sind montags bis freitags von 9 bis 16 Uhr erreichbar.\n\nViele Grüße",
  q="Ich verstehe die Druckstufen nicht.", p=0, qs="gt", obf="digits as German words",
  note="phone number written out in German words")
m("de-AT", "etikett-groesse", ["contact_other"],
  "Servus {first},\n\nFotos vom Etikett können Sie uns am schnellsten über Telegram schicken, unser Service-Kanal heißt @alpenfaser_service. Dann prüfen wir die Größe sofort.\n\nLG",
  q="Auf dem Etikett steht L, aber die Jacke ist wie M.", p=1, qs="html-outlook", note="Telegram handle offered as contact channel")
m("de-DE", "griff-montage", ["tracking_pixel"],
  "Hallo {first},\n\ndie Schrauben für den Griff liegen im kleinen Beutel unter dem Einsatz. Ziehen Sie sie nur handfest an.\n\nBeste Grüße",
  q="Wo sind die Schrauben für den Griff?", p=2, qs="zendesk", fmt="alt",
  hx='<img src="https://t.mailmetrik-fict.de/open.gif?r={rid}&amp;m={tok}" alt="" style="display:none">',
  note="hidden (display:none) open-tracking image carrying the recipient id")
m("de-CH", "montagevideo", ["attachment"],
  "Grüezi {first}\n\nIm Anhang ein kurzes Montagevideo, wie die Halterung am Rahmen befestigt wird.\n\nFreundliche Grüsse",
  q="Ich bekomme die Halterung nicht fest.", p=1, qs="html-apple", fmt="alt",
  att=[A("mp4", "Montage_Halterung.mp4")], note="video attachment (MP4)")
m("de-DE", "spuelmaschine", ["styling"],
  "Guten Tag {buyer},\n\nder Messerblock ist spülmaschinengeeignet, die Messer selbst sollten Sie aber von Hand spülen.\n\nMit freundlichen Grüßen",
  q="Darf der Block in die Spülmaschine?", p=1, qs="html-outlook", fmt="alt",
  head='<style><!--\n@font-face {font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n--></style>\n',
  html='<div class="WordSection1"><p class="MsoNormal">Guten Tag {buyer},</p>\n<p class="MsoNormal">der Messerblock ist spülmaschinengeeignet, die Messer selbst sollten Sie aber von Hand spülen.</p>\n<p class="MsoNormal"><span style="color:#1F3864">Mit freundlichen Grüßen</span></p></div>',
  note="Outlook default style block (Calibri, link colours) and a colour override")
m("de-AT", "postleitzahl-frage", ["missing_order_id"],
  "Grüß Gott {buyer},\n\nin Ihrer Lieferadresse stehen zwei unterschiedliche Postleitzahlen, 4020 und 4030 Linz. Damit die Bettdecke nicht fehlgeleitet wird: Welche ist die richtige?\n\nMit freundlichen Grüßen",
  kind="pro", subj="Rückfrage zu Ihrer Lieferadresse", p=2,
  note="proactive address question without an order id")

# ==============================================================================================
# FRENCH (fr-FR, fr-BE, fr-CA)
# ==============================================================================================

# ---- hard negatives
m("fr-FR", "tablier-recu", [],
  "Bonjour {buyer},\n\nVotre tablier en lin (commande {oid}) vous a été livré il y a quelques jours. Si vous avez un instant, nous vous serions reconnaissants de partager votre expérience en laissant un commentaire sur Amazon. Chaque retour aide d'autres clients à choisir.\n\nBien cordialement,",
  kind="pro", subj="Votre commande {oid} chez Atelier Garance", pair="fr1", req=True, p=0,
  note="first neutral review request (pair fr1)")
m("fr-CA", "sirop-livre", [],
  "Bonjour {first},\n\nVotre sirop d'érable (commande {oid}) devrait être arrivé chez vous. Si vous avez deux minutes, votre évaluation du vendeur sur Amazon nous serait précieuse.\n\nBonne journée!",
  kind="pro", subj="Votre commande {oid} - Érablière Boréale", pair="fr2", req=True, p=0,
  note="first neutral seller-feedback request in Quebec French (pair fr2)")
m("fr-FR", "avis-de-passage", [],
  "Bonjour {first},\n\nLe facteur est passé hier à 11 h 20 et a laissé un avis de passage : votre colis vous attend au bureau de poste de Lyon 3e jusqu'au 8 mars. Le numéro de suivi Colissimo est 6A 245 781 039 66. Pensez à vous munir d'une pièce d'identité.\n\nBien à vous,",
  q="Bonjour, le suivi dit livré mais je n'ai rien reçu ?", p=1, qs="freshdesk",
  note="'avis de passage' (review word in another sense) and a Colissimo tracking number")
m("fr-BE", "suivi-bpost", [],
  "Bonjour {buyer},\n\nVotre moulin à café a été remis à bpost lundi. Le numéro de suivi est le 3232 5500 0012 4471 9902 8316, il devrait arriver dans votre point Poste à 4000 Liège d'ici jeudi. Le montant de 49,90 € a bien été perçu.\n\nBien à vous,",
  q="Bonjour, pouvez-vous me dire où en est mon colis s'il vous plaît ?", p=0, qs="edesk", buyer="Luc Peeters",
  note="24-digit bpost tracking number in groups, Belgian postcode")
m("fr-FR", "nappe-tachee", [],
  "Bonjour {buyer},\n\nNous sommes désolés que la nappe présente une tache d'usine. Nous venons de procéder au remboursement intégral de 42,00 €, que vous verrez sur votre compte sous trois à cinq jours ouvrés. Inutile de nous la renvoyer.\n\nCordialement,",
  q="Nappe tachée à la réception. Si je ne suis pas remboursée je mets une étoile.", p=1, qs="outlook",
  note="unconditional refund after a one-star threat in the quoted message")
m("fr-CA", "coffret-livraison", [],
  "Bonjour {buyer},\n\nNous comprenons votre frustration, mais nous ne pouvons pas accepter d'être traités de voleurs. Votre coffret a été expédié le 10 février avec Postes Canada (numéro de suivi 7023 4410 2276 5813) et livré le 13 février à 14 h 05, selon le transporteur.\n\nSi le colis n'est pas dans votre boîte aux lettres communautaire, nous ouvrirons une enquête avec Postes Canada et vous renverrons un coffret au besoin.\n\nCordialement,",
  q="Vous êtes des voleurs, j'ai jamais reçu mon coffret pis vous gardez mon argent!!", p=1, qs="html-gmail",
  note="firm polite answer to an insulting buyer; Canada Post tracking in phone-like groups")
m("fr-FR", "broderie-initiales", [],
  "Bonjour {buyer},\n\nPour votre tablier personnalisé (commande {oid}), vous avez demandé la broderie des initiales « C.L. ». Souhaitez-vous un fil doré ou écru ? Sans réponse de votre part d'ici vendredi, nous broderons en écru pour ne pas retarder l'envoi.\n\nBien cordialement,",
  kind="pro", subj="[Important] Broderie de votre tablier - commande {oid}", p=0,
  note="[Important] used correctly for a customisation question")
m("fr-BE", "adresse-incomplete", [],
  "Bonjour {buyer},\n\nbpost nous a renvoyé le colis de votre commande {oid} : le numéro de boîte semble manquer dans l'adresse (immeuble à appartements). Pourriez-vous nous communiquer l'adresse complète ? Nous renverrons la théière dès réception, à nos frais.\n\nBien à vous,",
  kind="pro", subj="Adresse de livraison incomplète [Important] commande {oid}", p=2,
  note="[Important] used correctly for an address problem")
m("fr-FR", "retour-amazon", [],
  "Bonjour {first},\n\nBien sûr, vous pouvez retourner les torchons. Le plus simple est de passer par le Centre de retours en ligne d'Amazon : {amz}/gp/css/returns/homepage.html?orderId={oid}\n\nVous y obtiendrez une étiquette prépayée. Le remboursement est déclenché dès réception du colis dans notre atelier.\n\nCordialement,",
  q="Les torchons ne sont pas de la couleur attendue, puis-je les retourner ?", p=2, qs="html-gmail",
  note="Amazon returns-centre link")
m("fr-CA", "bougie-question", [],
  "Bonjour {first},\n\nMerci de votre message. Pour toutes les questions reliées à une commande Amazon, on communique seulement par la messagerie d'Amazon, pas par téléphone cellulaire ni par Messenger. Comme ça, tout est consigné.\n\nPour la bougie : laissez-la brûler au moins deux heures la première fois pour éviter l'effet tunnel.\n\nBonne journée!",
  q="Je peux vous appeler sur votre cell ou vous écrire sur Messenger? C'est plus simple.", p=2, qs="gt",
  note="declines phone and Messenger without any number or handle")
m("fr-BE", "facture-tva", [],
  "Bonjour {buyer},\n\nVeuillez trouver ci-joint la facture n° F-2025-0193 relative à votre commande {oid}. Notre numéro d'entreprise est le 0712.345.678 (TVA BE 0712.345.678).\n\nBien à vous,",
  kind="pro", subj="Facture pour votre commande {oid}", fmt="alt", p=1,
  att=[A("pdf", "Facture_F-2025-0193.pdf", ["Maison Verhaegen", "Facture F-2025-0193", "TVA BE 0712.345.678"])],
  note="invoice with a Belgian enterprise/VAT number that looks like a phone number")
m("fr-FR", "nappe-remplacement", [],
  "Bonjour {first},\n\nNous sommes ravis que la nappe de remplacement vous convienne.\n\nÀ titre d'information, Amazon permet de modifier une évaluation vendeur pendant 60 jours. Vous êtes entièrement libre de le faire ou non, et vous n'avez pas besoin de nous répondre.\n\nBelle journée,",
  q="La nouvelle nappe est parfaite, merci.", p=1, qs="zendesk",
  note="neutral information that feedback can be modified, after resolution")
m("fr-FR", "conseil-lavage", [],
  "Bonjour {first},\n\nNotre conseil : lavez le lin à 40 °C maximum, sans adoucissant. Nous avons constaté que les taches de terre partent mieux avec un savon de Marseille. En particulier, évitez le sèche-linge, le rétrécissement est calculé à 3 % maximum sur séchage à l'air. Ce lin est réputé pour gagner en souplesse au fil des lavages.\n\nCordialement,",
  q="Comment laver le tablier sans qu'il rétrécisse ?", p=0, qs="gt",
  note="trigger substrings in 'conseil', 'constaté', 'particulier', 'calculé', 'réputé'")
m("fr-CA", "bouteille-fuite", [],
  "Bonjour {first},\n\nDésolés pour la bouteille qui a coulé pendant le transport! Nous vous avons remboursé 8,00 $ pour la perte et le nettoyage de la boîte. Vous pouvez garder le reste du sirop.\n\nMerci de votre patience,",
  q="Une des bouteilles a coulé dans la boîte, c'est tout collant.", p=0, qs="helpscout",
  note="partial refund to resolve a problem, not tied to any review")
m("fr-BE", "question-theiere", [],
  "Bonjour,\n\nLa théière a une contenance de 0,8 litre, soit environ quatre tasses. Elle est livrée avec un filtre en inox amovible et convient à tous les feux sauf l'induction.\n\nBien à vous,",
  q="Bonjour, combien de tasses fait cette théière ? Elle va sur induction ?", oid=False, p=2, qs="outlook",
  note="product question without order id")
m("fr-FR", "adresse-retour", [],
  "Bonjour {buyer},\n\nVous pouvez nous retourner le tablier à l'adresse suivante, en indiquant le numéro de retour RET-88412 sur le colis :\n\nAtelier Garance - Service retours\n12 rue des Tanneurs\n69007 Lyon\n\nDès réception, nous vous enverrons la taille M.\n\nCordialement,",
  q="Le tablier est trop grand, je voudrais la taille M.", p=0, qs="outlook",
  note="return address with postcode and return number")
m("fr-CA", "fiche-entretien", [],
  "Bonjour {first},\n\nVoici la fiche d'entretien de la bougie en PDF, ainsi qu'une photo de la longueur de mèche idéale (5 mm).\n\nBonne soirée!",
  q="Ma bougie fait de la fumée noire, c'est normal?", p=2, qs="html-gmail", fmt="alt",
  att=[A("pdf", "Fiche_entretien_bougie.pdf", ["Bougie erable et cedre", "Entretien"]), A("jpg", "meche-5mm.jpg")],
  note="PDF care sheet and JPEG photo")

# ---- violations
m("fr-FR", "nappe-commande", ["review_incentive"],
  "Bonjour {buyer},\n\nMerci pour votre commande {oid} ! Ce mois-ci, chaque client qui laisse un commentaire sur son achat participe automatiquement à notre tirage au sort : à gagner, un bon d'achat de 50 € sur toute la boutique.\n\nÀ très vite,",
  kind="pro", subj="Votre avis sur la commande {oid}", p=1, note="entry in a prize draw for leaving a review")
m("fr-BE", "boite-retard", ["review_incentive", "feedback_removal"],
  "Bonjour Monsieur {buyer},\n\nNous regrettons sincèrement le retard. Nous avons vu votre évaluation d'une étoile. Si vous acceptez de la retirer, nous vous remboursons volontiers les frais de port, soit 6,90 €, dès aujourd'hui.\n\nBien à vous,",
  q="Dix jours pour recevoir une boîte à biscuits. Lamentable.", p=1, qs="edesk", buyer="Mathieu Fontaine",
  note="shipping refund offered for removing a one-star rating")
m("fr-CA", "sirop-satisfait", ["review_manipulation"],
  "Bonjour {first},\n\nJ'espère que vous vous régalez avec votre sirop (commande {oid})! Si vous êtes satisfait, ça nous ferait vraiment plaisir que vous laissiez un commentaire sur Amazon. Par contre, si quelque chose cloche, écrivez-nous d'abord avant de publier quoi que ce soit, on va arranger ça.\n\nBonne journée!",
  kind="pro", subj="Comment trouvez-vous votre sirop? Commande {oid}", p=0,
  note="review gating, Quebec French")
m("fr-FR", "nappe-recue", ["review_manipulation"],
  "Bonjour {first},\n\nRavie que la nappe vous plaise ! Si vous laissez un commentaire, pensez à mentionner la qualité du lin lavé, le fait qu'elle ne se froisse pas et la rapidité de l'envoi : ce sont les points que nos futurs clients recherchent.\n\nCordialement,",
  q="Nappe reçue, elle est magnifique !", p=1, qs="freshdesk", note="tells the buyer what to write in the review")
m("fr-FR", "nouveau-tablier", ["feedback_removal"],
  "Bonjour {buyer},\n\nLe remplacement vous a été livré hier, le problème est donc réglé. Dans ces conditions, pourriez-vous supprimer le commentaire négatif que vous avez publié la semaine dernière ? Il ne correspond plus à la réalité.\n\nBien cordialement,",
  q="J'ai bien reçu le nouveau tablier.", p=0, qs="outlook", note="asks for removal of a negative comment")
m("fr-BE", "manivelle-cassee", ["feedback_removal", "offensive"],
  "Monsieur,\n\nVotre commentaire prétendant que notre moulin est « de la camelote » est mensonger. Si vous ne le retirez pas d'ici vendredi, nous déposerons plainte pour diffamation et vous en assumerez toutes les conséquences.\n\nLa direction",
  q="La manivelle s'est cassée, j'ai mis un avis honnête.", p=0, qs="outlook", sig=False, buyer="Yannick Morel",
  note="threatens legal action unless the review is removed")
m("fr-FR", "tablier-suite", ["repeat_request"],
  "Bonjour {buyer},\n\nNous nous permettons de revenir vers vous au sujet de votre commande {oid}. Nous n'avons pas encore vu votre commentaire sur le tablier ; si vous avez un moment cette semaine, cela nous aiderait beaucoup.\n\nBien cordialement,",
  kind="pro", subj="Relance - votre commande {oid}", pair="fr1", req=True, p=0, agent="Inès Benali",
  note="second review request for the same order (pair fr1)")
m("fr-CA", "sirop-suite", ["review_manipulation", "repeat_request"],
  "Allô {first}!\n\nPetit rappel amical pour votre commande {oid} : si vous avez aimé notre sirop, un beau 5 étoiles nous aiderait énormément à nous faire connaître.\n\nMerci mille fois!",
  kind="pro", subj="Petit rappel - commande {oid}", pair="fr2", req=True, p=0, agent="Jean-François Roy",
  note="second request for the same order, asking for 5 stars (pair fr2)")
m("fr-FR", "soldes-hiver", ["marketing"],
  "Bonjour {buyer},\n\nSuite à votre commande {oid}, nous avons le plaisir de vous annoncer nos soldes d'hiver : -30 % sur les nappes et -20 % sur la nouvelle collection de serviettes en lin lavé, jusqu'au 15 mars seulement.\n\nÀ bientôt dans notre boutique Amazon,",
  kind="pro", subj="Soldes d'hiver chez Atelier Garance", p=1, note="seasonal sale announcement")
m("fr-BE", "printemps", ["external_link", "marketing", "opt_out"],
  "Bonjour {first},\n\nDécouvrez nos nouveautés de printemps : théières émaillées, boîtes à thé et notre coffret spéculoos-chocolat en édition limitée. Profitez de 10 % avec le code PRINTEMPS10.\n\nCommande de référence : {oid}\n\nVous ne souhaitez plus recevoir nos actualités ? Se désinscrire : https://news.maison-verhaegen.be/desinscription?c={rid}",
  kind="pro", subj="Les nouveautés de printemps de la Maison Verhaegen", fmt="alt", p=2,
  note="newsletter with code and an unsubscribe link")
m("fr-FR", "torchon-decousu", ["offensive"],
  "Écoutez,\n\nça fait quatre messages pour un torchon décousu. Vous êtes vraiment un abruti fini. Foutez-nous la paix et allez acheter vos torchons ailleurs.\n\nJ. Marchand",
  q="Toujours aucune réponse ??? Service client nul !", p=2, qs="gt", sig=False, note="French insults")
m("fr-CA", "bougie-noircie", ["offensive"],
  "Écoutez {first},\n\nArrêtez de chialer pour une bougie à 24 $. Vous êtes ben niaiseux si vous l'avez laissée brûler toute la nuit. C'est pas notre problème, pis on a d'autre chose à faire que de lire vos plaintes.\n\nJ-F",
  q="Ma bougie a noirci tout le pot, c'est de la cochonnerie.", p=2, qs="gt", sig=False,
  note="Quebec French insults and contempt")
m("fr-FR", "expedition", ["unpermitted_proactive"],
  "Bonjour {buyer},\n\nBonne nouvelle ! Votre commande {oid} vient d'être expédiée par Colissimo. Numéro de suivi : 6A 193 447 201 85. Livraison prévue sous 48 h.\n\nMerci pour votre confiance,",
  kind="pro", subj="Votre commande {oid} est en route", p=2, note="shipping confirmation")
m("fr-CA", "merci-magasine", ["missing_order_id", "unpermitted_proactive"],
  "Bonjour {first},\n\nUn gros merci d'avoir magasiné chez Érablière Boréale! Toute l'équipe vous souhaite une belle saison des sucres. On est là si jamais vous avez besoin de quoi que ce soit.\n\nÀ la prochaine!",
  kind="pro", subj="Merci de votre achat!", p=0, note="thank-you-only message, no order id")
m("fr-FR", "torchons-recus", ["important_tag"],
  "Bonjour {buyer},\n\nVous avez récemment reçu votre commande {oid}. Si vous le souhaitez, vous pouvez laisser un commentaire sur le produit depuis votre compte Amazon.\n\nCordialement,",
  kind="pro", subj="[IMPORTANT] Votre avis sur la commande {oid}", req=True, p=2,
  note="neutral review request wrongly tagged [IMPORTANT]")
m("fr-FR", "ou-en-est", ["external_link"],
  "Bonjour {first},\n\nVous pouvez suivre votre colis directement ici : https://www.laposte.fr/outils/suivre-vos-envois?code=6A24578103966\n\nCordialement,",
  q="Où en est ma livraison ?", p=1, qs="html-gmail", note="carrier tracking URL (not an Amazon page)")
m("fr-BE", "entretien-fonte", ["external_link"],
  "Bonjour {first},\n\nPour entretenir la fonte, graissez légèrement l'intérieur après chaque utilisation. Toutes nos astuces sont sur maison-verhaegen point be, rubrique « Entretien ».\n\nBien à vous,",
  q="Ma théière commence à rouiller à l'intérieur.", p=2, qs="edesk", obf="spelled-out 'point'",
  note="shop domain written with 'point'")
m("fr-FR", "sur-mesure", ["contact_email"],
  "Bonjour {first},\n\nPour un tablier sur mesure, écrivez-moi directement : camille arobase atelier-garance point fr. Je vous ferai un devis.\n\nCordialement,",
  q="Est-ce que vous faites des tabliers sur mesure ?", p=0, qs="zendesk", obf="'arobase'/'point' address",
  note="e-mail address written with 'arobase' and 'point'")
m("fr-BE", "manivelle-piece", ["contact_phone"],
  "Bonjour {buyer},\n\nLa pièce de rechange pour la manivelle est partie ce matin.\n\nBien à vous,",
  q="La manivelle du moulin a du jeu.", p=0, qs="outlook", sigx="GSM : 0470 99 12 34",
  note="Belgian mobile number (GSM) in the signature")
m("fr-FR", "taille-tablier", ["contact_phone"],
  "Bonjour {first},\n\nLe plus simple serait qu'on en parle de vive voix : appelez-moi au zéro six, trente-neuf, quatre-vingt-dix-huit, douze, quarante-cinq, du lundi au vendredi.\n\nCordialement,",
  q="Je ne comprends pas quelle taille choisir.", p=0, qs="gt", obf="digits as French words",
  note="French mobile number (fictional 06 39 98 range) written in words")
m("fr-CA", "commande-groupe", ["external_link", "contact_other"],
  "Bonjour {first},\n\nPour les commandes de groupe, écrivez-nous plutôt sur Messenger, on répond plus vite : facebook.com/erabliereboreale\n\nBonne journée!",
  q="Est-ce que vous faites des prix pour les commandes d'entreprise?", p=1, qs="helpscout",
  note="Messenger invitation with a Facebook page address")
m("fr-FR", "nappe-taille", ["tracking_pixel"],
  "Bonjour {first},\n\nLa nappe 160 x 250 cm convient à une table de 6 à 8 personnes avec une retombée d'environ 25 cm.\n\nCordialement,",
  q="Pour une table de 2 m, quelle taille ?", p=1, qs="html-gmail", fmt="alt",
  hx='<img src="https://px.ouvertures-fict.fr/t/{tok}/{rid}.png" width="0" height="0" alt="">',
  note="0x0 tracking image with recipient id")
m("fr-BE", "facture-jointe", ["attachment"],
  "Bonjour {buyer},\n\nVous trouverez la facture en pièce jointe.\n\nBien à vous,",
  q="Pouvez-vous m'envoyer la facture ?", p=1, qs="outlook", fmt="alt",
  att=[A("exe", "Facture_2025-118.pdf", None, "application/pdf")],
  note="attachment named .pdf whose content is a Windows executable")
m("fr-CA", "bougie-cassee", ["styling"],
  "Bonjour {first},\n\nVotre nouvelle bougie part demain matin par Postes Canada.\n\nBonne journée!",
  q="Ma bougie est arrivée cassée.", p=2, qs="html-gmail", fmt="alt",
  html='<div style="text-align:center;font-family:\'Comic Sans MS\',cursive">Bonjour {first},</div>\n<div style="text-align:center;font-family:\'Comic Sans MS\',cursive">Votre nouvelle bougie part demain matin par Postes Canada.</div>\n<div style="text-align:center">Bonne journée!</div>',
  note="centred body text and a font-family override")

# ==============================================================================================
# SPANISH (es-ES, es-MX)
# ==============================================================================================

# ---- hard negatives
m("es-ES", "platos-entregados", [],
  "Hola, {first}:\n\nTu juego de platos (pedido {oid}) se entregó hace unos días. Si tienes un momento, te agradeceríamos que compartieras tu opinión sobre el producto en Amazon. Nos ayuda a nosotros y a otros compradores.\n\nUn saludo,",
  kind="pro", subj="Tu pedido {oid} de Cerámicas Alhambra Sur", pair="es1", req=True, p=0,
  note="first neutral review request (pair es1)")
m("es-MX", "jarra-reposicion", [],
  "Hola {first}, ¿cómo estás?\n\nYa te enviamos la jarra de reposición; sale mañana por Estafeta y te llega en dos o tres días hábiles. Una disculpa por las molestias.\n\nCuando ya la tengas en casa, si tienes un momento, nos ayudaría mucho tu opinión sobre nosotros como vendedores en Amazon. Sin ningún compromiso.\n\nSaludos,",
  q="La jarra llegó con el asa despegada.", p=0, qs="gorgias", pair="es2", req=True,
  note="support reply ending with one neutral seller-feedback request (pair es2, first)")
m("es-ES", "valoracion-danos", [],
  "Hola, {buyer}:\n\nHemos recibido la valoración de los daños por parte del transportista: reconocen la rotura de la fuente durante el transporte. El número de envío de SEUR era 1002 3456 7890 12 y la incidencia tiene la referencia INC-550913.\n\nTe enviamos una fuente nueva hoy mismo, sin coste, y no hace falta que devuelvas la rota.\n\nUn saludo,",
  q="La fuente llegó partida en dos trozos.", p=1, qs="freshdesk",
  note="'valoración de los daños' (review word in another sense), SEUR number in groups, incident reference")
m("es-MX", "numero-de-guia", [],
  "Hola {first},\n\nTu paquete va con DHL Express, número de guía 48 2210 7735. Salió de Guadalajara ayer a las 19:40 y la entrega estimada es el jueves 27 en CP 06700, Ciudad de México.\n\nSaludos,",
  q="¿Me pasan la guía de mi pedido porfa?", p=1, qs="html-gmail",
  note="10-digit DHL 'número de guía' that looks like a Mexican phone number")
m("es-ES", "platos-rotos", [],
  "Hola, {buyer}:\n\nSentimos mucho que dos platos llegaran desconchados. Te hemos reembolsado el importe íntegro del pedido, 64,95 €, y puedes quedarte con el juego. Lo verás en tu cuenta en unos días.\n\nUn cordial saludo,",
  q="Dos platos rotos. O me devolvéis el dinero o os pongo una estrella y lo cuento todo.", p=0, qs="outlook",
  note="full refund after a one-star threat, not tied to the review")
m("es-MX", "vasos-entrega", [],
  "Estimado {buyer}:\n\nEntendemos tu molestia, pero no aceptamos que nos llames rateros. Tu pedido se entregó el 14 de febrero a las 12:32 según Estafeta (guía 8055 2410 3361 7700 1948 22) y quedó con la persona de recepción de tu edificio.\n\nSi no lo encuentras, abrimos una investigación con la paquetería y, de ser necesario, te reponemos los vasos.\n\nAtentamente,",
  q="Son unos rateros, nunca me llegaron los vasos y ya me cobraron!!!", p=1, qs="gt",
  note="firm answer to an insulting buyer, 22-digit Estafeta guide number")
m("es-ES", "nombre-platos", [],
  "Hola, {buyer}:\n\nPara los platos personalizados de tu pedido {oid} nos falta confirmar el nombre que quieres pintar en el borde. En la nota pusiste «Familia Ruíz»: ¿es con tilde o sin ella? Necesitamos la respuesta antes del miércoles para que el horno de esta semana no se retrase.\n\nUn saludo,",
  kind="pro", subj="[Important] Personalización de tu pedido {oid}", p=0,
  note="[Important] used correctly for a customisation question")
m("es-MX", "colonia-faltante", [],
  "Hola {buyer}:\n\nLa paquetería nos regresó tu pedido {oid} porque en la dirección falta la colonia. ¿Nos la puedes confirmar? En cuanto la tengamos te reenviamos el molcajete sin costo.\n\nSaludos,",
  kind="pro", subj="[important] Dirección incompleta - pedido {oid}", p=2,
  note="lower-case [important] used correctly for an address problem")
m("es-ES", "factura-amazon", [],
  "Hola, {first}:\n\nPuedes descargar la factura directamente desde los detalles de tu pedido en Amazon: {amz}/gp/your-account/order-details?orderID={oid}\n\nSi necesitas que aparezca el NIF de tu empresa, dínoslo y la emitimos de nuevo.\n\nUn saludo,",
  q="¿Dónde consigo la factura del pedido?", p=2, qs="html-gmail",
  note="Amazon order-details link")
m("es-MX", "molcajete-curado", [],
  "Hola {first}:\n\nGracias por la confianza, pero no atendemos pedidos de Amazon por WhatsApp ni por teléfono; todo lo vemos por aquí para que quede registro.\n\nSobre tu duda: el molcajete ya viene curado, solo enjuágalo con agua tibia antes de usarlo.\n\nSaludos,",
  q="¿Tienen WhatsApp? Quería preguntar si hay que curar el molcajete.", p=2, qs="iphone",
  note="declines WhatsApp and phone without a number")
m("es-ES", "factura-nif", [],
  "Estimado/a {buyer}:\n\nTe adjuntamos la factura n.º FA-2025/0217 de tu pedido {oid}, emitida por Cerámicas Alhambra Sur S.L., NIF B18765432.\n\nUn saludo,",
  kind="pro", subj="Factura de tu pedido {oid}", fmt="alt", p=1,
  att=[A("pdf", "FA-2025-0217.pdf", ["Ceramicas Alhambra Sur S.L.", "NIF B18765432", "Factura FA-2025/0217"])],
  note="proactive invoice with NIF and invoice number")
m("es-MX", "vasos-reposicion", [],
  "Hola {first}:\n\nQué gusto que los vasos nuevos te llegaran completos.\n\nSolo para que lo sepas: Amazon permite editar la calificación al vendedor durante 60 días. Si quieres hacerlo o no, es completamente decisión tuya; no es necesario que nos contestes.\n\nSaludos cordiales,",
  q="Ya llegaron los vasos de reposición, todo bien.", p=1, qs="reamaze",
  note="neutral info that feedback can be edited after resolution")
m("es-MX", "computadora-escritorio", [],
  "Hola {first}:\n\nEl artículo mide 21 cm de diámetro y pesa 3,2 kg. Para el cálculo del envío lo tratamos como paquete estándar, no como vehículo de carga. Si hay alguna disputa con la paquetería sobre el peso, nosotros la resolvemos. Y sí, puedes ver las medidas también en la ficha del producto desde tu computadora.\n\nSaludos,",
  q="¿Cuánto pesa el molcajete? ¿Cobran envío extra?", p=2, qs="gt",
  note="trigger substrings inside 'computadora', 'disputa', 'vehículo', 'artículo', 'cálculo'")
m("es-ES", "plato-desconchado", [],
  "Hola, {first}:\n\nGracias por las fotos. Como uno de los platos tiene una pequeña muesca en el borde, te hemos devuelto un 20 % del importe (13,00 €). Si prefieres que te enviemos un plato nuevo en lugar del reembolso parcial, dínoslo.\n\nUn saludo,",
  q="Un plato tiene un desconchón en el borde.", p=0, qs="zendesk",
  note="20 % partial refund to resolve a defect, not tied to a review")
m("es-MX", "molcajete-pregunta", [],
  "Hola:\n\nSí, es piedra volcánica de Comonfort, Guanajuato, labrada a mano. Mide 20 cm de diámetro y trae su tejolote. No se debe lavar con jabón.\n\nSaludos,",
  q="¿De qué piedra es? ¿Trae la mano?", oid=False, p=2, qs="html-gmail",
  note="product question without order id")
m("es-ES", "direccion-devolucion", [],
  "Hola, {buyer}:\n\nPuedes devolvernos los azulejos a esta dirección, indicando el número de devolución DEV-3317 en el paquete:\n\nCerámicas Alhambra Sur S.L.\nPolígono Juncaril, Nave 14\n18220 Albolote (Granada)\n\nEn cuanto lleguen, te reembolsamos 38,50 €.\n\nUn saludo,",
  q="Los azulejos no combinan con mi cocina, quiero devolverlos.", p=2, qs="outlook",
  note="return address with postcode, return number and price")
m("es-ES", "cuidado-fuente", [],
  "Hola, {first}:\n\nTe adjunto la guía de cuidados de la cerámica. Lo más importante: no pases la fuente del frigorífico directamente al horno caliente.\n\nUn saludo,",
  q="¿Se puede meter la fuente en el horno directamente desde la nevera?", p=1, qs="html-gmail", fmt="alt",
  html='<div><img src="cid:logo-alhambra@ceramicas" alt="Cerámicas Alhambra Sur"></div>\n<div>Hola, {first}:</div>\n<div>Te adjunto la guía de cuidados de la cerámica. Lo más importante: no pases la fuente del frigorífico directamente al horno caliente.</div>\n<div>Un saludo,</div>',
  att=[INL("logo", "logo.png", "logo-alhambra@ceramicas"), A("pdf", "Guia_cuidados_ceramica.pdf", ["Guia de cuidados"])],
  note="unlinked inline cid: logo and a PDF guide")
m("es-ES", "retraso-envio", [],
  "Hola, {buyer}:\n\nTe escribimos por tu pedido {oid}: por la huelga de transportes en Andalucía, la recogida se ha retrasado y el envío saldrá el lunes 3 de marzo. Si no te viene bien esperar, puedes cancelar el pedido desde tu cuenta de Amazon sin ningún coste.\n\nDisculpa las molestias,",
  kind="pro", subj="Retraso en el envío de tu pedido {oid}", p=1,
  note="permitted proactive message about a fulfilment problem")

# ---- violations
m("es-ES", "fuente-recibida", ["review_incentive"],
  "Hola, {first}:\n\n¿Qué tal la fuente de horno? Tenemos una propuesta: cuando publiques tu reseña del pedido {oid}, mándanos una captura y te devolvemos un 10 % del importe por Bizum o transferencia.\n\n¡Gracias!",
  kind="pro", subj="Una propuesta sobre tu pedido {oid}", p=1, note="partial refund via Bizum for a review")
m("es-MX", "vasos-pedido", ["review_incentive"],
  "¡Hola {first}!\n\nGracias por tu compra (pedido {oid}). Este mes, todos los clientes que nos dejen su reseña entran a la rifa de una tarjeta de regalo de Amazon por $500 MXN. ¡Mucha suerte!\n\nCon cariño,",
  kind="pro", subj="Participa en nuestra rifa - pedido {oid}", p=1, note="gift-card raffle entry for a review")
m("es-MX", "vasos-rotos", ["review_incentive", "feedback_removal"],
  "Hola {buyer}:\n\nLamentamos mucho lo de los vasos. Vimos que nos calificaste con una estrella. Te proponemos algo: si quitas esa calificación, te mandamos otro juego de vasos completamente gratis.\n\nQuedamos atentos,",
  q="Dos vasos rotos, pésimo empaque.", p=1, qs="html-gmail", note="free product for removing a rating")
m("es-ES", "azulejos-cocina", ["review_manipulation"],
  "Hola, {first}:\n\nEsperamos que los azulejos ya luzcan en tu cocina (pedido {oid}). Si estás contento con ellos, nos encantaría que lo contaras en una reseña. Y si algo no te ha convencido, escríbenos antes a nosotros y lo arreglamos, sin necesidad de publicar nada.\n\nUn saludo,",
  kind="pro", subj="¿Qué tal tus azulejos? Pedido {oid}", p=2, note="review gating")
m("es-MX", "molcajete-llego", ["review_manipulation"],
  "Hola {first}:\n\nQué bueno que ya te llegó el molcajete. Nomás te pedimos una cosa: si vas a calificar, que sean 5 estrellitas, porfa. Somos artesanos y una calificación baja nos hunde.\n\nSaludos,",
  q="Ya me llegó, está bonito.", p=2, qs="gt", note="asks for five stars only")
m("es-ES", "platos-llegaron", ["feedback_removal"],
  "Hola, {buyer}:\n\nNos alegra que por fin tengas los platos. Ya que el problema está solucionado, ¿podrías modificar la valoración que nos dejaste? Para nosotros es muy importante.\n\nUn saludo,",
  q="Por fin han llegado los platos.", p=0, qs="freshdesk", note="asks the buyer to change feedback")
m("es-ES", "platos-seguimiento", ["repeat_request"],
  "Hola, {first}:\n\nTe escribimos otra vez por el pedido {oid}. Todavía no hemos visto tu opinión sobre los platos; si pudieras dedicarle un minuto, te lo agradeceríamos mucho.\n\nUn saludo,",
  kind="pro", subj="Recordatorio: tu pedido {oid}", pair="es1", req=True, p=0, agent="Marta Soler",
  note="second review request for the same order (pair es1)")
m("es-MX", "jarra-estreno", ["repeat_request"],
  "Hola {first}:\n\n¿Ya tuviste chance de estrenar la jarra? Te recordamos que puedes dejarnos tu calificación como vendedor en Amazon, tu opinión nos importa mucho.\n\nSaludos,",
  kind="pro", subj="¿Cómo te fue con tu pedido {oid}?", pair="es2", req=True, p=0, agent="Diego Hernández",
  note="second feedback request for the same order, first was inside a support reply (pair es2)")
m("es-ES", "cuencos-nuevos", ["marketing"],
  "Hola, {first}:\n\nLa fuente puede ir al lavavajillas sin problema.\n\nPor cierto, acabamos de sacar la colección «Albaicín» de cuencos y tazas a juego con tu fuente, y esta semana tienen un 15 % de descuento en nuestra tienda de Amazon. ¡No te la pierdas!\n\nUn saludo,",
  q="¿Se puede lavar en el lavavajillas?", p=1, qs="zendesk", note="new collection and discount inside a support reply")
m("es-MX", "vidrio-soplado", ["contact_other", "marketing"],
  "¡Hola {first}!\n\nGracias por tu pedido {oid}. Síguenos en TikTok como @casatlaquepaque.oficial: ahí subimos cada semana cómo se hace el vidrio soplado y lanzamos promociones exclusivas para seguidores.\n\nSaludos,",
  kind="pro", subj="Gracias por tu pedido {oid}", p=1, note="follow us on TikTok with handle and promotions")
m("es-ES", "primavera", ["external_link", "marketing", "opt_out", "tracking_pixel"],
  "Hola, {first}:\n\nLlega la primavera a Cerámicas Alhambra Sur: vajillas nuevas, un 20 % en fuentes y envío gratis desde 40 €. Todo en https://ceramicas-alhambrasur.es/primavera\n\nPedido de referencia: {oid}\n\nSi no quieres recibir más correos, date de baja aquí: https://ceramicas-alhambrasur.es/baja?id={rid}",
  kind="pro", subj="Novedades de primavera", fmt="alt", p=0,
  hdrs={"List-Unsubscribe": "<mailto:baja@ceramicas-alhambrasur.es?subject=baja>, <https://ceramicas-alhambrasur.es/baja?id={rid}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
  hx='<img src="https://ceramicas-alhambrasur.es/nl/open/{rid}.gif" width="1" height="1" alt="">',
  note="newsletter with shop links, unsubscribe link, List-Unsubscribe header and a 1x1 open pixel")
m("es-ES", "azulejos-color", ["offensive"],
  "Mira, {first}:\n\nNo me toques las narices. Te hemos explicado tres veces que el azulejo es artesanal y cada uno es distinto. Si no lo entiendes es que eres un poco gilipollas.\n\nJavier",
  q="¡Cada azulejo es de un color distinto! ¡Esto es un timo!", p=2, qs="gt", sig=False, note="Spanish insult")
m("es-MX", "molcajete-partido", ["offensive"],
  "Oiga {buyer}:\n\nNo sea pendejo. Ya sabemos que usted rompió el molcajete. Si sigue con su reclamación, vamos a publicar su nombre y sus mensajes en nuestras redes para que todos vean qué clase de cliente es.\n\nDiego",
  q="El molcajete llegó partido, quiero reembolso completo.", p=2, qs="gt", sig=False,
  note="insult and a threat to shame the buyer publicly")
m("es-MX", "pedido-confirmado", ["unpermitted_proactive"],
  "¡Hola {first}!\n\nTu pedido {oid} fue confirmado y ya lo estamos preparando con mucho cariño en nuestro taller de Tlaquepaque. ¡Gracias por apoyar lo hecho en México!\n\nEquipo Casa Tlaquepaque",
  kind="pro", subj="Confirmación de tu pedido {oid}", p=0, sig=False, note="order confirmation")
m("es-ES", "disposicion", ["important_tag", "unpermitted_proactive"],
  "Hola, {buyer}:\n\nSolo queríamos recordarte que, si tienes cualquier duda con tu pedido {oid}, estamos aquí para ayudarte.\n\nUn saludo,",
  kind="pro", subj="[Important] Estamos a tu disposición - pedido {oid}", p=1,
  note="'here to help'-only message with [Important]")
m("es-MX", "aniversario", ["marketing", "important_tag"],
  "Hola {first}:\n\nComo ya eres cliente (pedido {oid}), te damos acceso anticipado a nuestra venta de aniversario: 25 % en toda la loza de barro con el código ANIV25.\n\nSaludos,",
  kind="pro", subj="Oferta exclusiva para ti [IMPORTANT]", p=0, note="promotion with an [IMPORTANT] tag")
m("es-ES", "otra-fuente", ["external_link"],
  "Hola, {first}:\n\nLa fuente de 32 cm no tiene tapa, pero la de 28 cm sí la lleva. La tienes aquí: https://www.amazon.es/dp/B0C7PLA28Q\n\nUn saludo,",
  q="¿Esta fuente tiene tapa? Si no, ¿tenéis alguna que sí?", p=1, qs="html-gmail",
  note="Amazon product detail page (/dp/) link answering the buyer's question (not marketing)")
m("es-MX", "cuidados-barro", ["external_link"],
  "Hola {first}:\n\nPara curar el barro, llénalo con agua y déjalo reposar 24 horas. Toda la guía está en h t t p s : / / casatlaquepaque . mx / cuidados\n\nSaludos,",
  q="¿Cómo curo la jarra de barro?", p=0, qs="gorgias", obf="spaced letters in URL",
  note="URL written with spaces between letters and dots")
m("es-ES", "azulejos-muestra", ["contact_email"],
  "Hola, {buyer}:\n\nClaro, podemos mandarte una muestra del azulejo verde antes de que hagas el pedido grande.\n\nUn saludo,",
  q="¿Me podéis mandar una muestra del verde?", p=2, qs="outlook", outlook_to="Atención al cliente <atencion@ceramicas-alhambrasur.es>",
  note="seller's address in the Outlook-quoted 'Para:' line")
m("es-MX", "vaso-estrellado", ["contact_phone", "contact_other"],
  "Hola {first}:\n\nMándanos las fotos del vaso roto por WhatsApp al +52 33 1987 4410 y te lo reponemos hoy mismo.\n\nSaludos,",
  q="Un vaso llegó estrellado.", p=1, qs="iphone", note="WhatsApp with a Mexican phone number")
m("es-ES", "fotos-rar", ["attachment"],
  "Hola, {first}:\n\nTe mando en un archivo comprimido las fotos de los modelos de azulejo que tenemos en stock.\n\nUn saludo,",
  q="¿Qué otros dibujos tenéis?", p=2, qs="outlook", fmt="alt",
  att=[A("rar", "modelos_azulejos.rar")], note="RAR archive attachment")
m("es-MX", "jarra-camino", ["styling"],
  "¡Hola {first}!\n\nYa va en camino tu jarra nueva. ¡Gracias por tu paciencia!",
  q="¿Cuándo llega la jarra nueva?", p=0, qs="html-gmail", fmt="alt",
  hx='<div><img src="cid:gracias@casatlaquepaque" alt="Gracias" width="120" height="120"></div>',
  att=[INL("agif", "gracias.gif", "gracias@casatlaquepaque")], note="animated GIF inline")
m("es-ES", "nombre-borde", ["missing_order_id"],
  "Hola, {buyer}:\n\nPara terminar tus platos personalizados necesitamos saber el nombre exacto que quieres en el borde. ¿Nos lo confirmas?\n\nUn saludo,",
  kind="pro", subj="Personalización de tus platos", p=0, note="customisation question without an order id")

# ==============================================================================================
# ITALIAN (it-IT)
# ==============================================================================================

# ---- hard negatives
m("it-IT", "moka-arrivata", [],
  "Gentile {buyer},\n\nla sua moka (ordine {oid}) dovrebbe esserle arrivata da qualche giorno. Se ha un momento, le saremmo grati se volesse condividere la sua esperienza con una recensione su Amazon.\n\nCordiali saluti,",
  kind="pro", subj="Il suo ordine {oid} - Bottega Ferraris", pair="it1", req=True, p=0,
  note="first neutral review request (pair it1)")
m("it-IT", "coltelli-consegnati", [],
  "Ciao {first},\n\ni coltelli dell'ordine {oid} risultano consegnati. Quando vuoi, ci farebbe piacere ricevere il tuo feedback sul venditore su Amazon.\n\nUn saluto,",
  kind="pro", subj="Ordine {oid}", pair="it2", req=True, p=1,
  note="first neutral seller-feedback request (pair it2)")
m("it-IT", "segnacollo-brt", [],
  "Buongiorno {buyer},\n\nil pacco è stato affidato a BRT mercoledì. Il numero di spedizione (segnacollo) è 0612 3456 7890 12 e la consegna è prevista domani tra le 9:00 e le 13:00 in via Garibaldi 22, 40124 Bologna.\n\nCordiali saluti,",
  q="Buongiorno, quando arriva il tagliere?", p=2, qs="outlook",
  note="BRT parcel number in phone-like groups, street address and postcode")
m("it-IT", "codice-poste", [],
  "Ciao {first},\n\nla moka è partita con Poste Delivery Business, codice di tracciamento 1C 0145 2278 901. Il costo della spedizione (4,90 €) è già compreso nel prezzo.\n\nA presto,",
  q="Mi mandate il codice di tracciamento?", p=0, qs="freshdesk",
  note="Poste tracking code and a price")
m("it-IT", "tagliere-crepato", [],
  "Gentile {buyer},\n\nci dispiace molto che il tagliere sia arrivato con una crepa. Le abbiamo appena rimborsato l'intero importo di 54,00 €; non serve che ce lo rispedisca.\n\nCordiali saluti,",
  q="Tagliere crepato. Se non mi rimborsate subito vi lascio una stella e lo scrivo ovunque.", p=2, qs="zendesk",
  note="unconditional refund after a one-star threat")
m("it-IT", "coltelli-consegna", [],
  "Gentile {buyer},\n\ncomprendiamo il suo disappunto, ma non possiamo accettare di essere definiti truffatori. La spedizione risulta consegnata il 12 febbraio alle 10:47 (GLS, numero di spedizione ZX 4410 2781) e firmata al ricevimento.\n\nSe il pacco non è in suo possesso, apriremo subito una pratica con il corriere e, se necessario, le rispediremo i coltelli.\n\nCordiali saluti,",
  q="Siete dei truffatori, i coltelli non sono mai arrivati!!!", p=1, qs="outlook",
  note="firm polite answer to an insulting buyer, GLS number")
m("it-IT", "incisione-tagliere", [],
  "Gentile {buyer},\n\nper il tagliere personalizzato dell'ordine {oid} ci serve la conferma del testo da incidere: nella nota leggiamo «Casa Rossi 1998». Preferisce il carattere corsivo o stampatello? Attendiamo la sua risposta entro giovedì per non ritardare la spedizione.\n\nCordiali saluti,",
  kind="pro", subj="[Important] Incisione del tagliere - ordine {oid}", p=2,
  note="[Important] used correctly for a customisation question")
m("it-IT", "citofono", [],
  "Gentile {buyer},\n\nil corriere non è riuscito a consegnare l'ordine {oid} perché nell'indirizzo mancano il nome sul citofono e la scala. Può indicarci questi dati? Il pacco resta in giacenza in filiale fino a venerdì.\n\nGrazie e cordiali saluti,",
  kind="pro", subj="Indirizzo incompleto per l'ordine {oid} [Important]", p=1,
  note="[Important] used correctly for an address problem")
m("it-IT", "reso-amazon", [],
  "Ciao {first},\n\nnessun problema per il reso. Puoi avviarlo dal Centro resi online di Amazon: {amz}/gp/css/returns/homepage.html?orderId={oid}\n\nRiceverai un'etichetta prepagata e il rimborso partirà non appena il pacco ci arriva.\n\nUn saluto,",
  q="Vorrei restituire la moka, è troppo piccola.", p=0, qs="html-gmail", note="Amazon returns-centre link")
m("it-IT", "guarnizione-domanda", [],
  "Buongiorno {first},\n\ngrazie, ma per gli ordini Amazon comunichiamo solo tramite la messaggistica di Amazon, non su WhatsApp, Telegram o per telefono. Così resta tutto tracciato.\n\nQuanto alla sua domanda: la guarnizione va sostituita circa ogni 12 mesi.\n\nCordiali saluti,",
  q="Posso scrivervi su WhatsApp o Telegram? Volevo sapere ogni quanto si cambia la guarnizione.", p=0, qs="gt",
  note="declines WhatsApp, Telegram and phone without any contact")
m("it-IT", "fattura-piva", [],
  "Gentile {buyer},\n\nin allegato trova la fattura n. 2025/0318 relativa all'ordine {oid}. I nostri dati fiscali: Bottega Ferraris S.r.l., P.IVA IT04512780963.\n\nCordiali saluti,",
  kind="pro", subj="Fattura ordine {oid}", fmt="alt", p=1,
  att=[A("pdf", "Fattura_2025-0318.pdf", ["Bottega Ferraris S.r.l.", "P.IVA IT04512780963", "Fattura 2025/0318"])],
  note="proactive invoice with an 11-digit P.IVA")
m("it-IT", "set-arrivato", [],
  "Ciao {first},\n\nsiamo contenti che il nuovo set sia arrivato perfetto.\n\nSolo per informazione: su Amazon è possibile modificare il feedback lasciato al venditore entro 60 giorni. Sei liberissimo di farlo o meno, non c'è bisogno di risponderci.\n\nUn caro saluto,",
  q="Il nuovo set è arrivato, tutto ok.", p=1, qs="html-tb", fmt="alt",
  note="neutral info that feedback can be changed, after resolution")
m("it-IT", "verifica-certificato", [],
  "Buongiorno {first},\n\nabbiamo fatto una verifica con il produttore: la moka è in alluminio alimentare con certificato MOCA n. 2023-AL-117. Le specifiche complete sono sulla scheda prodotto; la piastra per induzione va acquistata a parte.\n\nCordiali saluti,",
  q="La moka è sicura per gli alimenti? Va sull'induzione?", p=0, qs="freshdesk",
  note="trigger substrings inside 'verifica', 'certificato', 'specifiche'")
m("it-IT", "graffio-sconto", [],
  "Ciao {first},\n\nci scusiamo per il graffio sulla lama. Ti abbiamo rimborsato il 15 % (6,75 €) come compensazione; se preferisci invece un coltello nuovo, scrivici pure.\n\nUn saluto,",
  q="Una lama ha un graffio abbastanza visibile.", p=1, qs="zendesk",
  note="partial refund to resolve a defect, not tied to a review")
m("it-IT", "moka-induzione", [],
  "Buongiorno,\n\nla moka da 6 tazze ha un'altezza di 22 cm e una capacità di 300 ml. Non è adatta ai piani a induzione senza adattatore, mentre va benissimo su gas ed elettrico.\n\nCordiali saluti,",
  q="Quanto è alta? Va bene su induzione?", oid=False, p=0, qs="outlook", note="product question without order id")
m("it-IT", "indirizzo-reso", [],
  "Gentile {buyer},\n\npuò rispedirci il set all'indirizzo seguente, indicando sul pacco il numero di reso RMA-IT-7741:\n\nBottega Ferraris S.r.l. - Ufficio resi\nVia dei Coltellinai 14\n25065 Lumezzane (BS)\n\nAppena riceviamo il pacco le inviamo il set sostitutivo.\n\nCordiali saluti,",
  q="Un coltello ha il manico allentato, come faccio il reso?", p=1, qs="outlook",
  note="return address with postcode and RMA number")
m("it-IT", "istruzioni-moka", [],
  "Ciao {first},\n\nti allego le istruzioni in PDF, una foto del livello corretto dell'acqua e un breve file di testo con i consigli per la prima preparazione.\n\nBuon caffè!",
  q="Il caffè esce bruciato, sbaglio qualcosa?", p=0, qs="html-gmail", fmt="alt",
  att=[A("pdf", "Istruzioni_Moka_6_tazze.pdf", ["Moka 6 tazze", "Istruzioni"]), A("jpg", "livello_acqua.jpg"),
       A("txt", "primo_utilizzo.txt", ["Primo utilizzo: fare 3 caffe da buttare.", "Non pressare la polvere."])],
  note="PDF instructions, JPEG and TXT attachments")
m("it-IT", "legno-tagliere", [],
  "Buongiorno {first},\n\ngrazie per la domanda, ma non possiamo offrire sconti o rimborsi in cambio di una recensione: le regole di Amazon non lo permettono e vogliamo che le opinioni siano spontanee.\n\nPer il tagliere: per ravvivare il legno basta un velo di olio di vaselina una volta al mese.\n\nCordiali saluti,",
  q="Se vi lascio una bella recensione mi fate uno sconto? Intanto, come tratto il legno?", p=2, qs="zendesk",
  note="declines an incentive the buyer asked for; review and discount words appear")

# ---- violations
m("it-IT", "moka-caffe", ["review_incentive"],
  "Ciao {first},\n\nspero che la moka ti stia regalando ottimi caffè! Se lasci una recensione sul tuo ordine {oid}, ti mandiamo subito un buono sconto del 20 % da usare sul prossimo acquisto da noi.\n\nA presto,",
  kind="pro", subj="Un regalo per te - ordine {oid}", p=0, note="discount voucher for a review")
m("it-IT", "garanzia-coltelli", ["review_incentive"],
  "Gentile {buyer},\n\nsapeva che possiamo estendere gratuitamente la garanzia dei suoi coltelli da 2 a 5 anni? Basta pubblicare la sua recensione su Amazon per l'ordine {oid} e inviarci il nome con cui l'ha firmata.\n\nCordiali saluti,",
  kind="pro", subj="Garanzia estesa per il suo ordine {oid}", p=1, note="extended warranty (future benefit) in return for a review")
m("it-IT", "consegna-ritardo", ["review_incentive", "feedback_removal"],
  "Buongiorno {buyer},\n\nci dispiace per il ritardo. Abbiamo visto il suo feedback negativo: se lo cancella, le riconosciamo volentieri un rimborso di 10 euro sull'ordine.\n\nCordiali saluti,",
  q="Consegna in ritardo di una settimana, pessimo servizio.", p=2, qs="outlook", note="refund for deleting negative feedback")
m("it-IT", "tagliere-contento", ["review_manipulation"],
  "Ciao {first},\n\nil tuo tagliere (ordine {oid}) è arrivato? Se ti piace, lasciaci una recensione su Amazon! Se invece c'è qualcosa che non va, scrivici prima qui, così risolviamo senza bisogno di recensioni.\n\nUn saluto,",
  kind="pro", subj="Come ti trovi con il tagliere? Ordine {oid}", p=2, note="review gating")
m("it-IT", "guarnizione-perde", ["review_manipulation"],
  "Gentile {buyer},\n\nle spediamo subito una guarnizione nuova. Le chiediamo però la cortesia di non lasciare recensioni negative: per qualsiasi problema ci contatti, e quando sarà tutto a posto ci farebbe piacere vedere cinque stelle.\n\nCordiali saluti,",
  q="La guarnizione perde, il caffè esce dai lati.", p=0, qs="zendesk", note="discourages negative reviews and asks for five stars")
m("it-IT", "coltello-nuovo", ["feedback_removal"],
  "Ciao {first},\n\nora che il coltello sostitutivo è arrivato, ti chiederemmo gentilmente di aggiornare o rimuovere il feedback che ci hai lasciato. Ci faresti un grande favore.\n\nGrazie mille,",
  q="Coltello nuovo ricevuto.", p=1, qs="html-gmail", note="polite request to update or remove feedback")
m("it-IT", "rimborso-accreditato", ["feedback_removal"],
  "Buongiorno {buyer},\n\nle scriviamo per la terza volta riguardo alla sua recensione di una stella. Il rimborso le è stato accreditato il 10 febbraio: le saremmo davvero grati se la rimuovesse entro questa settimana. Attendiamo un suo riscontro.\n\nCordiali saluti,",
  q="Ok, ricevuto il rimborso.", p=2, qs="outlook", note="presses for removal, third message")
m("it-IT", "moka-ordine", ["repeat_request"],
  "Gentile {buyer},\n\nle riscriviamo per l'ordine {oid}: non abbiamo ancora visto la sua recensione sulla moka. Se riesce a dedicarci un minuto, ci farebbe davvero piacere.\n\nCordiali saluti,",
  kind="pro", subj="Promemoria ordine {oid}", pair="it1", req=True, p=0, agent="Chiara Fontana",
  note="second review request for the same order (pair it1)")
m("it-IT", "affilatura", ["repeat_request"],
  "Ciao {first},\n\nper l'affilatura ti consigliamo una pietra grana 1000, mai l'affilacoltelli a rotelle.\n\nE se non l'hai ancora fatto, ricordati di lasciarci il tuo feedback per l'ordine {oid}, per noi è importante!\n\nUn saluto,",
  q="Come devo affilare i coltelli?", p=1, qs="freshdesk", pair="it2", req=True, agent="Marco De Santis",
  note="second feedback request for the same order, made inside a later support reply (pair it2)")
m("it-IT", "pulizia-moka", ["marketing"],
  "Ciao {first},\n\nper pulire la moka usa solo acqua calda, niente detersivo.\n\nE visto che ami il caffè: abbiamo appena lanciato le tazzine in ceramica di Vietri coordinate, e ti consigliamo la miscela della Torrefazione San Marco, la trovi anche su Amazon. Provale!\n\nUn saluto,",
  q="Come pulisco la moka?", p=0, qs="gt", note="cross-selling and a third-party product referral")
m("it-IT", "taglieri-noce", ["marketing", "opt_out"],
  "Gentile {buyer},\n\ngrazie ancora per l'ordine {oid}. Fino al 31 marzo tutti i taglieri in noce sono scontati del 25 % e la spedizione è gratuita.\n\nSe non desidera più ricevere le nostre offerte, risponda a questo messaggio scrivendo CANCELLAMI.\n\nCordiali saluti,",
  kind="pro", subj="Offerte di primavera da Bottega Ferraris", p=2, note="promotion with a reply-to-unsubscribe opt-out text")
m("it-IT", "tagliere-attesa", ["offensive"],
  "Senti,\n\nsono dieci giorni che ci rompi le scatole per un tagliere da 54 euro. Sei proprio un coglione. Vaffanculo, e non scriverci più.\n\nM.",
  q="ANCORA NESSUNA RISPOSTA??? Vergognatevi!", p=2, qs="gt", sig=False, note="Italian profanity and insult")
m("it-IT", "manico-staccato", ["offensive"],
  "Sig. {buyer},\n\nsappiamo benissimo che il coltello l'ha rotto lei. Se apre un reclamo A-to-z, la contatteremo ogni singolo giorno finché non lo ritira. Non le conviene.\n\nBottega Ferraris",
  q="Il manico si è staccato al primo uso, apro una richiesta di rimborso.", p=1, qs="outlook", sig=False,
  note="harassment threat against the buyer")
m("it-IT", "spedito", ["unpermitted_proactive"],
  "Ciao {first},\n\nil tuo ordine {oid} è stato spedito oggi con BRT! Lo riceverai entro 24/48 ore.\n\nGrazie per aver scelto Bottega Ferraris.",
  kind="pro", subj="Il tuo ordine {oid} è stato spedito", p=0, note="shipping confirmation")
m("it-IT", "esaurito", ["unpermitted_proactive"],
  "Gentile {buyer},\n\nla informiamo che il set di coltelli dell'ordine {oid} è momentaneamente esaurito. Contiamo di riceverlo a fine mese e la avviseremo appena sarà disponibile.\n\nCordiali saluti,",
  kind="pro", subj="Disponibilità ordine {oid}", p=1, note="out-of-stock notice")
m("it-IT", "prime-preparazioni", ["important_tag"],
  "Gentile {buyer},\n\nqualche consiglio per la sua nuova moka (ordine {oid}): le prime tre preparazioni vanno buttate, non pressi mai il caffè nel filtro e lavi la moka solo con acqua.\n\nCordiali saluti,",
  kind="pro", subj="[Important] Consigli d'uso per la sua moka - ordine {oid}", p=0,
  note="[Important] on usage tips, not needed to complete the order")
m("it-IT", "set-sei", ["external_link"],
  "Ciao {first},\n\nil set da 6 è esaurito, ma il set da 4 è disponibile qui: https://amzn.to/3Fx9TqB\n\nQuando il set da 6 torna disponibile lo vedrai nella nostra vetrina: https://www.amazon.it/stores/BottegaFerraris/page/7A1C2E\n\nUn saluto,",
  q="Avete ancora il set da 6 coltelli?", p=1, qs="html-gmail", note="amzn.to short link and Amazon storefront link")
m("it-IT", "ristorante", ["contact_email"],
  "Buongiorno {first},\n\nper una fornitura al suo ristorante mi scriva pure a giulia chiocciola bottegaferraris punto it, le preparo un preventivo.\n\nCordiali saluti,",
  q="Ho un ristorante, mi servirebbero 20 set.", p=1, qs="outlook", obf="'chiocciola'/'punto' address",
  note="e-mail address written with 'chiocciola' and 'punto'")
m("it-IT", "filtro-moka", ["contact_phone"],
  "Buongiorno {buyer},\n\nla moka sostitutiva è partita stamattina.\n\nCordiali saluti,",
  q="La moka perde dal filtro.", p=0, qs="outlook",
  sigx="Bottega Ferraris S.r.l.\nTel. 030 871 2245 - Cell. 347 555 0192", note="landline and mobile number in the signature")
m("it-IT", "affilare-video", ["contact_other"],
  "Ciao {first},\n\nse vuoi ti faccio vedere come si affilano in videochiamata: aggiungimi su Skype, mi trovi come bottega.ferraris.marco\n\nUn saluto,",
  q="Non riesco ad affilarli bene.", p=1, qs="gt", note="Skype handle offered as contact channel")
m("it-IT", "tagliere-olio", ["tracking_pixel"],
  "Ciao {first},\n\nper il tagliere usa olio di vaselina alimentare, mai olio d'oliva che irrancidisce.\n\nUn saluto,",
  q="Che olio uso per il tagliere?", p=2, qs="zendesk", fmt="alt",
  hx='<img src="https://trk.posta-aperta-fict.it/beacon?uid={rid}&amp;c={tok}" width="1" height="1" border="0" alt="">',
  note="1x1 beacon with recipient id")
m("it-IT", "lavastoviglie", ["styling"],
  "Gentile {buyer},\n\nIMPORTANTE: la moka non va in lavastoviglie.\nLavarla solo con acqua calda.\nAsciugarla bene prima di richiuderla.\n\nCordiali saluti,",
  q="Posso lavarla in lavastoviglie?", p=0, qs="html-outlook", fmt="alt",
  html='<p><span style="font-size:20pt">Gentile {buyer},</span></p>\n<p><span style="font-size:16pt">IMPORTANTE: la moka non va in lavastoviglie.</span></p>\n<p><span style="font-size:12pt">Lavarla solo con acqua calda.</span></p>\n<p><span style="font-size:9pt">Asciugarla bene prima di richiuderla.</span></p>\n<p>Cordiali saluti,</p>',
  note="four different font sizes")
m("it-IT", "filo-lama", ["attachment"],
  "Ciao {first},\n\nti mando la foto di come deve essere il filo della lama dopo l'affilatura.\n\nUn saluto,",
  q="Come capisco se è affilato bene?", p=1, qs="html-gmail", fmt="alt",
  att=[A("heic", "IMG_4471.HEIC")], note="HEIC photo attachment (type not allowed)")

# ==============================================================================================
# JAPANESE (ja-JP)
# ==============================================================================================

# ---- hard negatives
m("ja-JP", "tray-arrival", [],
  "{buyer} 様\n\nこのたびはひだまり雑貨店をご利用いただき、誠にありがとうございます。\nご注文番号 {oid} の木製トレイはお手元に届きましたでしょうか。\n\nお時間のある時で結構ですので、Amazonにて商品レビューをお寄せいただけますと幸いです。今後の商品づくりの参考にさせていただきます。\n\n何卒よろしくお願いいたします。",
  kind="pro", subj="ご注文 {oid} について(ひだまり雑貨店)", pair="ja1", req=True, p=0, cs="iso-2022-jp",
  note="first neutral review request (pair ja1)")
m("ja-JP", "tenugui-arrival", [],
  "{buyer} 様\n\nご注文番号 {oid} の手ぬぐいセットは配達完了となっております。\nもしよろしければ、Amazonの出品者評価にてご感想をお聞かせください。\n\n今後ともよろしくお願いいたします。",
  kind="pro", subj="ご注文 {oid} 配達完了のご確認", pair="ja2", req=True, p=1, cs="shift_jis", cte="base64",
  note="first neutral seller-feedback request (pair ja2)")
m("ja-JP", "yamato-slip", [],
  "{buyer} 様\n\nお問い合わせありがとうございます。\nご注文の商品は本日ヤマト運輸にて発送いたしました。伝票番号は 4412-7788-0941 です。\n配達予定日は2月27日(木)、時間帯は14時〜16時となっております。\n\n引き続きよろしくお願いいたします。",
  q="いつ届きますか?急ぎで使いたいです。", p=0, qs="gt", cs="iso-2022-jp",
  note="Yamato slip number (伝票番号) with phone-like hyphenation, date and time window")
m("ja-JP", "sagawa-number", [],
  "{buyer} 様\n\n佐川急便のお問い合わせ番号は 3601-2345-6789 です。お届け先は 〒150-0001 東京都渋谷区神宮前 となっておりますので、ご確認ください。\n\nよろしくお願いいたします。",
  q="追跡番号を教えてください。", p=2, qs="outlook",
  note="Sagawa tracking number and postcode")
m("ja-JP", "bottle-warm", [],
  "{buyer} 様\n\nこのたびは保温ボトルの不具合により、ご迷惑をおかけし大変申し訳ございません。\nご注文代金 2,980円 を全額返金いたしました。商品のご返送は不要です。\n\n今後このようなことがないよう、検品体制を見直してまいります。",
  q="保温できません。すぐに返金しないと星1のレビューを書きます。", p=2, qs="zendesk",
  note="unconditional full refund after a one-star threat")
m("ja-JP", "delivered-status", [],
  "{buyer} 様\n\nご不快な思いをおかけしておりますが、弊店が詐欺を行っているというご指摘は事実と異なります。\nご注文の商品は2月14日に日本郵便(ゆうパック お問い合わせ番号 1234-5678-9012)にてお届け済みで、受領印もいただいております。\n\nお手元にない場合は、郵便局への調査依頼を弊店から行いますので、お知らせください。",
  q="詐欺でしょ?商品が届いてないのに配達済みになってる。通報します。", p=1, qs="edesk",
  note="firm polite reply to an accusation; Japan Post tracking number")
m("ja-JP", "engraving-confirm", [],
  "{buyer} 様\n\nご注文番号 {oid} の名入れトレイについて確認させてください。\nご指定の名入れ文字「Sakura & Ken」は、筆記体と活字体のどちらをご希望でしょうか。\n2月28日までにご返信がない場合は、筆記体で制作いたします。\n\nよろしくお願いいたします。",
  kind="pro", subj="[Important] 名入れ内容のご確認 (注文番号 {oid})", p=0, cs="iso-2022-jp",
  note="[Important] used correctly for a customisation question")
m("ja-JP", "address-issue", [],
  "{buyer} 様\n\nご注文番号 {oid} の商品が「宛先不明」で返送されてまいりました。\nご住所に部屋番号が記載されていないようです。お手数ですが、正しいご住所をお知らせいただけますでしょうか。再発送の送料は弊店が負担いたします。",
  kind="pro", subj="お届け先住所のご確認のお願い [Important] {oid}", p=1,
  note="[Important] used correctly for an address problem")
m("ja-JP", "return-amazon", [],
  "{buyer} 様\n\n返品は、Amazonの返品受付ページからお手続きいただけます。\n{amz}/gp/css/returns/homepage.html?orderId={oid}\n\n返品用ラベルが発行されますので、そちらをご利用ください。",
  q="サイズが合わないので返品したいです。", p=0, qs="html-gmail",
  note="Amazon returns link")
m("ja-JP", "wash-method", [],
  "{buyer} 様\n\nご提案ありがとうございます。恐れ入りますが、Amazonでのご注文に関するやり取りは、LINEやお電話ではなく、こちらのメッセージでのみ承っております。\n\nご質問の件ですが、手ぬぐいは最初の数回の洗濯で色落ちすることがございますので、単独で手洗いしてください。",
  q="LINEか電話で聞いてもいいですか?洗濯方法を知りたいです。", p=1, qs="gt", cs="iso-2022-jp",
  note="declines LINE and phone without an ID or number")
m("ja-JP", "receipt-pdf", [],
  "{buyer} 様\n\nご依頼いただいた領収書(ご注文番号 {oid})をPDFにて添付いたします。\n適格請求書発行事業者登録番号: T4011001098765\n\nご査収のほど、よろしくお願いいたします。",
  kind="pro", subj="領収書送付のご案内 (注文番号 {oid})", fmt="alt", p=2,
  att=[A("pdf", "領収書_ひだまり雑貨店.pdf", ["Receipt", "T4011001098765", "JPY 2,980"])],
  note="receipt PDF with Japanese file name (RFC 2231) and a 13-digit invoice registration number")
m("ja-JP", "feedback-note", [],
  "{buyer} 様\n\n交換品が無事に届いたとのこと、安心いたしました。\n\nなお、ご参考までに、Amazonの出品者評価は投稿から60日以内であれば編集が可能です。編集されるかどうかはもちろんお客様のご自由ですので、ご返信は不要です。",
  q="交換品届きました。ありがとうございました。", p=0, qs="gt", cs="iso-2022-jp",
  note="neutral info that feedback can be edited, after resolution")
m("ja-JP", "vacation-season", [],
  "{buyer} 様\n\n保温ボトルは約6時間、60度以上を保つことができます。夏のバカンスシーズンには保冷用としてもお使いいただけます。\nなお、炭酸飲料は入れないようご注意ください。",
  q="どれくらい保温できますか?冷たい飲み物も大丈夫?", p=2, qs="outlook",
  note="trigger substring inside 'バカンス'")
m("ja-JP", "partial-refund", [],
  "{buyer} 様\n\nトレイに擦り傷があったとのこと、大変申し訳ございません。\nお詫びとして 500円 を返金させていただきました。このままお使いいただいて問題ございません。",
  q="トレイの裏に擦り傷があります。", p=0, qs="zendesk",
  note="partial refund to resolve a defect, not tied to a review")
m("ja-JP", "bottle-question", [],
  "お問い合わせありがとうございます。\n\n保温ボトルの容量は500ml、重さは約240gです。食洗機には対応しておりませんので、手洗いをお願いいたします。",
  q="食洗機に入れられますか?重さも知りたいです。", oid=False, p=2, qs="html-gmail",
  note="product question without order id")
m("ja-JP", "return-address", [],
  "{buyer} 様\n\n恐れ入りますが、商品を下記住所までご返送ください。伝票のご依頼主欄に返品番号 RMA-JP-2291 をご記入ください。\n\n〒530-0001\n大阪府大阪市北区梅田9-8-7 ひだまりビル3F\nひだまり雑貨店 返品係\n\n到着を確認次第、交換品を発送いたします。",
  q="届いた手ぬぐいの柄が注文と違います。", p=1, qs="outlook",
  note="return address with postcode and RMA number")
m("ja-JP", "manual-pdf", [],
  "{buyer} 様\n\n取扱説明書のPDFと、パッキンの正しい取り付け方の写真を添付いたしました。ご確認ください。",
  q="パッキンの付け方がわかりません。", p=2, qs="html-gmail", fmt="alt",
  att=[A("pdf", "取扱説明書_保温ボトル.pdf", ["Bottle manual"]), A("jpg", "packing.jpg")],
  note="PDF manual with a Japanese file name and a JPEG")
m("ja-JP", "tray-wipe", [],
  "{buyer} 様\n\nお問い合わせありがとうございます。申し訳ございませんが、レビューの投稿と引き換えにクーポンや割引をお渡しすることはできかねます。Amazonの規約でも禁止されております。\n\nトレイのお手入れにつきましては、乾いた布で拭いていただくのが一番です。",
  q="レビュー書いたらクーポンもらえますか?あとお手入れ方法を教えてください。", p=0, qs="gt",
  note="declines a coupon-for-review request")

# ---- violations
m("ja-JP", "tenugui-order", ["review_incentive"],
  "{buyer} 様\n\nこのたびはご注文(注文番号 {oid})いただき、ありがとうございました。\n現在、商品レビューをご投稿いただいたお客様全員に、Amazonギフト券500円分をプレゼントしております。投稿後、こちらのメッセージにてお知らせください。",
  kind="pro", subj="レビュー投稿キャンペーンのお知らせ (注文番号 {oid})", p=1, cs="iso-2022-jp",
  note="Amazon gift card for every review")
m("ja-JP", "bottle-how", ["review_incentive"],
  "{buyer} 様\n\n保温ボトルはいかがでしょうか。\nもしご感想をレビューに書いていただけましたら、次回のお買い物で使える10%オフクーポンをお送りいたします。ご注文番号 {oid} とあわせてご連絡ください。",
  kind="pro", subj="ご注文 {oid} のお礼", p=2, note="discount coupon for a review")
m("ja-JP", "slow-delivery", ["review_incentive", "feedback_removal"],
  "{buyer} 様\n\nこのたびはご不便をおかけし、申し訳ございませんでした。\n大変恐縮ですが、先日いただいた評価を削除していただけましたら、送料分の600円をご返金させていただきます。",
  q="配送が遅すぎます。", p=0, qs="edesk", note="refund offered for deleting feedback")
m("ja-JP", "tenugui-liked", ["review_manipulation"],
  "{buyer} 様\n\nご注文番号 {oid} の手ぬぐいはお気に召しましたでしょうか。\nご満足いただけましたら、ぜひ星5つのレビューをお願いいたします。ご不満な点がございましたら、レビューを書かれる前に、まずは弊店までご連絡ください。",
  kind="pro", subj="ご注文 {oid} ご利用ありがとうございます", p=1, cs="iso-2022-jp",
  note="five-star request plus review gating")
m("ja-JP", "bottle-great", ["review_manipulation"],
  "{buyer} 様\n\n気に入っていただけたとのこと、とても嬉しいです。\nもしレビューを書いていただける場合は、「保温力が高い」「デザインがおしゃれ」といった点に触れていただけると大変助かります。",
  q="ボトル、すごく良いです!", p=2, qs="gt", note="tells the buyer what to write")
m("ja-JP", "exchange-arrived", ["feedback_removal"],
  "{buyer} 様\n\n交換品到着のご連絡ありがとうございます。\n問題は解決いたしましたので、大変恐れ入りますが、先日の低評価を取り下げていただけませんでしょうか。何卒よろしくお願いいたします。",
  q="交換品届きました。", p=0, qs="outlook", note="asks to withdraw a low rating")
m("ja-JP", "refund-done", ["review_manipulation", "feedback_removal"],
  "{buyer} 様\n\n返金が完了いたしました。お手数をおかけしますが、星2つのレビューを星5つに変更していただけないでしょうか。小さなお店にとって、評価は本当に大切なのです。",
  q="返金確認しました。", p=1, qs="zendesk", note="asks to change a 2-star review to 5 stars")
m("ja-JP", "tray-followup", ["repeat_request"],
  "{buyer} 様\n\n先日もご連絡いたしましたが、ご注文番号 {oid} の木製トレイについて、まだレビューを拝見できておりません。お忙しいところ恐縮ですが、ご感想をお寄せいただけますと幸いです。",
  kind="pro", subj="再度のお願い:ご注文 {oid} のレビュー", pair="ja1", req=True, p=0, agent="中村 彩",
  note="second review request for the same order (pair ja1)")
m("ja-JP", "tenugui-followup", ["repeat_request"],
  "{buyer} 様\n\n手ぬぐいセット(注文番号 {oid})のご感想はいかがでしょうか。改めてのお願いとなりますが、出品者評価をいただけますと励みになります。",
  kind="pro", subj="手ぬぐいセットのご感想をお聞かせください ({oid})", pair="ja2", req=True, p=1, agent="高橋 健太",
  note="second feedback request for the same order (pair ja2)")
m("ja-JP", "spring-fair", ["marketing"],
  "{buyer} 様\n\n先日はご注文(注文番号 {oid})ありがとうございました。\n3月1日から「春の雑貨フェア」を開催いたします。新作の桜柄手ぬぐいや木製食器が最大30%オフとなります。この機会にぜひご覧ください。",
  kind="pro", subj="春の雑貨フェアのご案内", p=1, note="sale and new products announcement")
m("ja-JP", "tray-purchase", ["contact_other", "marketing"],
  "{buyer} 様\n\nご注文番号 {oid} のご購入ありがとうございました。\n公式LINEアカウント(ID: @hidamari_zakka)を友だち追加していただくと、限定クーポンや新商品情報をいち早くお届けします。",
  kind="pro", subj="公式LINEのご案内 ({oid})", p=0, note="LINE ID with coupon promotion")
m("ja-JP", "monthly-42", ["external_link", "marketing", "opt_out"],
  "{buyer} 様\n\nひだまり雑貨店メールマガジン 第42号\n\n今月のおすすめ:北欧風トレイ新色入荷、保温ボトル2本セットが15%オフ。\n詳しくは https://hidamari-zakka.jp/mm/42 をご覧ください。\n\nご注文番号: {oid}\n\n配信停止をご希望の方はこちら: https://hidamari-zakka.jp/mm/stop?u={rid}",
  kind="pro", subj="【ひだまり通信】今月のおすすめ", fmt="alt", p=0, note="mail magazine with shop links and an unsubscribe link")
m("ja-JP", "usage-question", ["offensive"],
  "何度同じことを言わせるんですか。説明書も読めないんですか?バカじゃないですか。もう二度とうちで買わないでください。",
  q="使い方がわかりません!説明がわかりにくい!", p=2, qs="gt", sig=False, note="insults the buyer ('バカ')")
m("ja-JP", "tray-broken", ["offensive"],
  "{buyer}\n\nふざけるな。そっちの使い方が悪いだけだろう。これ以上クレームを続けるなら、住所も名前もわかっているので、それなりの対応をさせてもらう。",
  q="トレイが割れました。返金してください。", p=0, qs="outlook", sig=False, note="threatening and insulting reply")
m("ja-JP", "bottle-dispatch", ["unpermitted_proactive"],
  "{buyer} 様\n\nご注文番号 {oid} の商品を本日発送いたしました。\n配送業者:ヤマト運輸\n伝票番号:4412-3390-1176\n到着まで今しばらくお待ちください。",
  kind="pro", subj="【発送完了のお知らせ】ご注文 {oid}", p=1, cs="iso-2022-jp", note="shipping confirmation")
m("ja-JP", "purchase-note", ["missing_order_id", "unpermitted_proactive"],
  "{buyer} 様\n\nこのたびはひだまり雑貨店でお買い上げいただき、誠にありがとうございました。スタッフ一同、心より感謝申し上げます。",
  kind="pro", subj="ご購入のお礼", p=0, note="thank-you-only message without an order id")
m("ja-JP", "tray-care", ["important_tag"],
  "{buyer} 様\n\nご注文番号 {oid} の木製トレイのお手入れ方法をご案内いたします。水洗い後はすぐに乾いた布で拭き、直射日光を避けて保管してください。",
  kind="pro", subj="[Important] 木製トレイのお手入れ方法 ({oid})", p=0,
  note="[Important] on care tips, not needed to complete the order")
m("ja-JP", "return-period", ["external_link"],
  "{buyer} 様\n\n返品の条件については、Amazonのヘルプページをご覧ください。\nhttp://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201819200",
  q="返品できる期間は?", p=1, qs="outlook", note="plain http: link to an Amazon help page")
m("ja-JP", "corporate-gift", ["contact_email"],
  "{buyer} 様\n\n法人でのまとめ買いについては、担当の佐藤までメール(ｓａｔｏ＠ｈｉｄａｍａｒｉ－ｚａｋｋａ．ｊｐ)にてご相談ください。",
  q="会社の記念品として50個ほしいのですが。", p=1, qs="gt", obf="full-width characters",
  note="e-mail address in full-width letters and ＠")
m("ja-JP", "urgent-check", ["contact_phone"],
  "{buyer} 様\n\nお急ぎでしたら、お電話でもご対応いたします。〇三の五五五〇の一二三四(平日10時〜17時)までおかけください。",
  q="至急確認したいことがあります。", p=2, qs="zendesk", obf="phone digits in kanji",
  note="Tokyo phone number written in kanji digits")
m("ja-JP", "packing-wash", ["tracking_pixel"],
  "{buyer} 様\n\nパッキンは分解して洗えます。乾燥させてから取り付けてください。",
  q="パッキンは外して洗えますか?", p=2, qs="html-gmail", fmt="alt",
  hx='<img src="https://mail-open-fict.jp/p.gif?to={relay}&amp;t={tok}" width="1" height="1" alt="">',
  note="1x1 pixel whose URL carries the buyer's relay address")
m("ja-JP", "stock-sheet", ["attachment"],
  "{buyer} 様\n\n他の柄の在庫状況を一覧にして添付いたしました。",
  q="他の柄はありますか?", p=1, qs="outlook", fmt="alt",
  att=[A("xlsx", "在庫一覧.xlsx")], note="XLSX spreadsheet attachment")
m("ja-JP", "exchange-when", ["styling"],
  "{buyer} 様\n\nお問い合わせありがとうございます\U0001F647\n交換品は明日発送いたします\u2728 もうしばらくお待ちくださいね\U0001F60A",
  q="交換品はいつ届きますか?", p=0, qs="gt", note="emoji in a Japanese reply")

# ==============================================================================================
# DUTCH (nl-NL, nl-BE)
# ==============================================================================================

# ---- hard negatives
m("nl-NL", "fietstas-binnen", [],
  "Hoi {first},\n\nJe fietstas (bestelling {oid}) is inmiddels bezorgd. Als je even tijd hebt, zouden we het fijn vinden als je je ervaring deelt in een review op Amazon. Daar hebben andere fietsers echt wat aan.\n\nGroeten,",
  kind="pro", subj="Je bestelling {oid} bij Fietsmakerij Van Dijk", pair="nl1", req=True, p=0,
  note="first neutral review request (pair nl1)")
m("nl-BE", "wafelijzer-geleverd", [],
  "Dag {buyer},\n\nUw wafelijzer (bestelling {oid}) werd geleverd. Mocht u een ogenblik hebben, dan stellen wij uw verkopersbeoordeling op Amazon zeer op prijs.\n\nMet vriendelijke groeten,",
  kind="pro", subj="Uw bestelling {oid}", pair="nl2", req=True, p=0,
  note="first neutral seller-feedback request in Flemish (pair nl2)")
m("nl-NL", "track-en-trace", [],
  "Hoi {first},\n\nJe pakket is gisteren om 17:45 aan PostNL meegegeven. De track-en-tracecode is 3SFVDK 4471 0029 3 en het wordt morgen tussen 13:00 en 16:30 bezorgd op 1012 AB Amsterdam.\n\nGroeten,",
  q="Wanneer komt mijn verlichtingsset?", p=1, qs="freshdesk",
  note="PostNL track-and-trace code, Dutch postcode and time window")
m("nl-BE", "bpost-zending", [],
  "Dag {buyer},\n\nUw koffiemolen werd maandag aan bpost overhandigd. Het zendingsnummer is 3232 5500 0017 8842 1190 6503. Levering wordt verwacht in uw postpunt in 3500 Hasselt. Het bedrag van € 64,95 werd correct aangerekend.\n\nMet vriendelijke groeten,",
  q="Kunt u mij zeggen waar mijn pakje is, alstublieft?", p=2, qs="edesk",
  note="24-digit bpost number in groups, Belgian postcode")
m("nl-NL", "slot-vast", [],
  "Beste {buyer},\n\nVervelend dat het kettingslot al na een week vastzit. We hebben het volledige bedrag van € 39,95 teruggestort; je hoeft het slot niet terug te sturen.\n\nMet vriendelijke groet,",
  q="Slot zit vast na een week. Geld terug of ik geef één ster.", p=2, qs="outlook",
  note="unconditional refund after a one-star threat")
m("nl-BE", "plank-levering", [],
  "Geachte {buyer},\n\nWij begrijpen uw ongenoegen, maar wij zijn geen oplichters. Volgens bpost werd uw speculaasplank op 13 februari om 11:20 in uw brievenbus geleverd.\n\nIndien u het pakje niet vindt, starten wij een onderzoek bij bpost en sturen wij indien nodig een nieuwe plank.\n\nMet vriendelijke groeten,",
  q="Gij zijt oplichters, ik heb niks ontvangen en ge pakt mijn geld!", p=1, qs="outlook",
  note="firm polite reply to an insulting buyer")
m("nl-NL", "huisnummer", [],
  "Beste {buyer},\n\nPostNL heeft het pakket van bestelling {oid} teruggestuurd, omdat de huisnummertoevoeging ontbreekt (bijvoorbeeld 12-III of 12A). Kun je ons het volledige adres sturen? Dan versturen we de fietstas direct opnieuw, op onze kosten.\n\nGroeten,",
  kind="pro", subj="[Important] Adres onvolledig voor bestelling {oid}", p=0,
  note="[Important] used correctly for an address problem")
m("nl-BE", "naam-graveren", [],
  "Dag {buyer},\n\nU koos bij de speculaasplank (bestelling {oid}) voor een gravure, maar het veld met de naam bleef leeg. Welke naam mogen wij graveren? Maximaal 14 tekens.\n\nMet vriendelijke groeten,",
  kind="pro", subj="Gravure speculaasplank {oid} [Important]", p=1,
  note="[Important] used correctly for a customisation question")
m("nl-NL", "retour-amazon", [],
  "Hoi {first},\n\nGeen probleem. Je kunt de retour aanmelden via het Amazon-retourcentrum: {amz}/gp/css/returns/homepage.html?orderId={oid}\n\nJe krijgt daar een gratis retourlabel.\n\nGroeten,",
  q="De tas past niet op mijn bagagedrager, kan ik hem terugsturen?", p=0, qs="html-gmail",
  note="Amazon returns link")
m("nl-NL", "batterijen", [],
  "Hoi {first},\n\nBedankt voor het aanbod, maar vragen over Amazon-bestellingen behandelen we alleen via de berichtenservice van Amazon, niet via WhatsApp of telefoon.\n\nOver je vraag: de achterlamp werkt op 2 AAA-batterijen, die zitten al in de verpakking.\n\nGroeten,",
  q="Mag ik je even appen of bellen? Ik snap niet welke batterijen erin moeten.", p=1, qs="gt",
  note="declines WhatsApp and phone without a number")
m("nl-NL", "factuur-btw", [],
  "Beste {buyer},\n\nIn de bijlage vind je de factuur F2025-0147 voor bestelling {oid}. Ons btw-nummer is NL859234117B01, KvK-nummer 71234598.\n\nMet vriendelijke groet,",
  kind="pro", subj="Factuur bij bestelling {oid}", fmt="alt", p=2,
  att=[A("pdf", "Factuur_F2025-0147.pdf", ["Fietsmakerij Van Dijk", "BTW NL859234117B01", "KvK 71234598"])],
  note="proactive invoice with VAT and chamber-of-commerce numbers")
m("nl-BE", "vervangmolen", [],
  "Dag {first},\n\nFijn dat de nieuwe molen goed werkt.\n\nTer informatie: op Amazon kunt u een verkopersbeoordeling tot 60 dagen na plaatsing aanpassen. Of u dat doet, beslist u helemaal zelf; u hoeft hier niet op te reageren.\n\nMet vriendelijke groeten,",
  q="De vervangmolen werkt prima, merci.", p=2, qs="gt",
  note="neutral info that feedback can be edited, after resolution")
m("nl-BE", "kuttekoven", [],
  "Dag {first},\n\nWij leveren ook in Kuttekoven (Borgloon), geen probleem. De bezorging gebeurt door bpost binnen twee werkdagen; bij afwezigheid wordt het pakje in het postpunt van Borgloon afgegeven.\n\nMet vriendelijke groeten,",
  q="Leveren jullie ook in Kuttekoven? Ik ben overdag niet thuis.", p=0, qs="edesk",
  note="place name containing a Dutch profanity substring")
m("nl-NL", "kras-vergoeding", [],
  "Hoi {first},\n\nSorry voor de kras op de koplamp. We hebben € 7,50 teruggestort als compensatie; je mag de set gewoon houden.\n\nGroeten,",
  q="Er zit een flinke kras op de koplamp.", p=1, qs="zendesk",
  note="partial refund to resolve a defect, not tied to a review")
m("nl-NL", "inhoud-vraag", [],
  "Hallo,\n\nDe dubbele fietstas heeft een inhoud van 2 x 23 liter en is waterdicht volgens IPX4. Hij past op bagagedragers tot 18 cm breed.\n\nGroeten,",
  q="Past deze tas op een smalle bagagedrager?", oid=False, p=0, qs="gt",
  note="product question without order id")
m("nl-NL", "retouradres", [],
  "Beste {buyer},\n\nJe kunt het slot terugsturen naar het onderstaande adres, met het retournummer RET-55102 op de doos:\n\nFietsmakerij Van Dijk\nRetouren\nSpoorstraat 41\n3811 MP Amersfoort\n\nZodra het binnen is, sturen we een nieuw exemplaar.\n\nMet vriendelijke groet,",
  q="De sleutel breekt bijna af in het slot.", p=2, qs="outlook",
  note="return address with postcode and return number")
m("nl-BE", "handleiding", [],
  "Dag {first},\n\nIn bijlage vindt u de handleiding van het wafelijzer en een foto van de juiste thermostaatstand voor Brusselse wafels.\n\nSmakelijk!",
  q="Op welke stand bak ik Brusselse wafels?", p=0, qs="outlook", fmt="alt",
  att=[A("pdf", "Handleiding_wafelijzer.pdf", ["Wafelijzer", "Handleiding"]), A("png", "thermostaat.png")],
  note="PDF manual and PNG photo")

# ---- violations
m("nl-NL", "verlichting-blij", ["review_incentive"],
  "Hoi {first},\n\nBen je blij met je nieuwe verlichting (bestelling {oid})? Als je een review plaatst, sturen we je als bedankje gratis een extra achterlampje toe. Stuur ons even een seintje zodra je review online staat.\n\nGroeten,",
  kind="pro", subj="Een bedankje voor je bestelling {oid}", p=1, note="free product for a review")
m("nl-NL", "late-levering", ["review_incentive", "feedback_removal"],
  "Beste {buyer},\n\nExcuses voor de late levering. We zagen je negatieve feedback. Als je die verwijdert, storten we € 15 terug als tegemoetkoming.\n\nMet vriendelijke groet,",
  q="Week te laat. Slechte service.", p=0, qs="freshdesk", note="refund for removing negative feedback")
m("nl-NL", "slot-tevreden", ["review_manipulation"],
  "Hoi {first},\n\nHopelijk staat je fiets nu goed op slot (bestelling {oid}). Tevreden? Laat dan een review achter op Amazon! Niet tevreden? Neem dan eerst contact met ons op, dan lossen we het samen op voordat je iets schrijft.\n\nGroeten,",
  kind="pro", subj="Hoe bevalt je kettingslot? {oid}", p=2, note="review gating")
m("nl-NL", "tas-top", ["review_manipulation"],
  "Hoi {first},\n\nSuper dat de tas goed bevalt! Als je een review schrijft, wil je dan vijf sterren geven? Alles daaronder telt voor ons eigenlijk als negatief.\n\nGroeten,",
  q="Tas is top, precies wat ik zocht.", p=0, qs="gt", note="asks for five stars")
m("nl-BE", "molen-ontvangen", ["feedback_removal"],
  "Dag {buyer},\n\nNu het probleem met de koffiemolen opgelost is, zou u zo vriendelijk willen zijn uw beoordeling aan te passen of te verwijderen? Dat zou ons enorm helpen.\n\nMet vriendelijke groeten,",
  q="Nieuwe molen ontvangen, werkt.", p=2, qs="edesk", note="asks to change or delete feedback")
m("nl-NL", "fietstas-nogmaals", ["repeat_request"],
  "Hoi {first},\n\nWe vroegen je eerder al om een review van je fietstas (bestelling {oid}). Misschien is ons bericht ondergesneeuwd, dus bij deze nog een keer: we horen graag wat je ervan vindt!\n\nGroeten,",
  kind="pro", subj="Nog even over bestelling {oid}", pair="nl1", req=True, p=0, agent="Fleur Bakker",
  note="second review request for the same order (pair nl1)")
m("nl-BE", "wafelijzer-herinnering", ["repeat_request"],
  "Dag {buyer},\n\nNog een kleine herinnering: wij zouden uw verkopersbeoordeling voor bestelling {oid} nog altijd erg waarderen.\n\nMet vriendelijke groeten,",
  kind="pro", subj="Herinnering bestelling {oid}", pair="nl2", req=True, p=0, agent="Wout Claes",
  note="second feedback request for the same order (pair nl2)")
m("nl-NL", "regenhoes", ["marketing"],
  "Hoi {first},\n\nDe tas is waterdicht, maar bij stortregen kan er water langs de rits komen.\n\nTip: onze nieuwe regenhoes en de bijpassende stuurtas zijn deze maand samen 20% goedkoper in onze Amazon-winkel!\n\nGroeten,",
  q="Is de tas echt waterdicht?", p=0, qs="zendesk", note="cross-sell with a discount inside a reply")
m("nl-BE", "bakvormen", ["external_link", "marketing", "opt_out"],
  "Dag {first},\n\nOntdek onze nieuwe collectie gietijzeren bakvormen, nu met 15% korting met code LENTE15 op https://huizepeeters.be/lente\n\nBestelling {oid}\n\nAfmelden voor onze nieuwsbrief? Klik hier: https://huizepeeters.be/afmelden?u={rid}",
  kind="pro", subj="Nieuw bij Huize Peeters", fmt="alt", p=0, note="newsletter with shop link and unsubscribe link")
m("nl-NL", "slot-dicht", ["offensive"],
  "Luister eens,\n\nJe hebt het slot gewoon verkeerd om gemonteerd, sukkel. Lees de handleiding voordat je ons weer lastigvalt. Rot toch op.\n\nBram",
  q="Het slot gaat niet dicht!!! Waardeloos product!!!", p=2, qs="gt", sig=False, note="Dutch insults")
m("nl-BE", "wafels-plakken", ["offensive"],
  "Zeg,\n\nGe moet het wafelijzer wel eerst invetten, onnozelaar. Als ge nog eens zo'n zottekesmail stuurt, zetten we u op onze zwarte lijst en zult ge het geweten hebben.\n\nWout",
  q="Alle wafels blijven plakken, wat is dit voor een rommel.", p=0, qs="gt", sig=False, note="Flemish insults and a threat")
m("nl-NL", "onderweg", ["unpermitted_proactive"],
  "Hoi {first},\n\nGoed nieuws: je bestelling {oid} is vandaag verzonden met PostNL! Je ontvangt hem binnen 1-2 werkdagen.\n\nBedankt voor je bestelling!",
  kind="pro", subj="Je bestelling {oid} is onderweg", p=1, note="shipping confirmation")
m("nl-BE", "speculaas-aankoop", ["important_tag", "unpermitted_proactive"],
  "Dag {buyer},\n\nHartelijk dank voor uw aankoop (bestelling {oid}). Wij wensen u veel smakelijke momenten met uw nieuwe speculaasplank!\n\nMet vriendelijke groeten,",
  kind="pro", subj="[Important] Bedankt voor uw bestelling {oid}", p=1, note="thank-you-only message tagged [Important]")
m("nl-NL", "pakket-volgen", ["external_link"],
  "Hoi {first},\n\nJe kunt je pakket hier volgen: https://jouw.postnl.nl/track-and-trace/3SFVDK447100293-NL-1012AB\n\nGroeten,",
  q="Waar is mijn pakket?", p=1, qs="html-gmail", note="carrier tracking URL")
m("nl-NL", "zakelijk", ["contact_email"],
  "Hoi {first},\n\nVoor zakelijke bestellingen kun je het beste onze verkoopafdeling mailen.\n\nGroeten,",
  q="Ik wil 15 fietstassen voor mijn bedrijf bestellen.", p=0, qs="html-gmail", fmt="html",
  html='<div>Hoi {first},</div>\n<div>Voor zakelijke bestellingen kun je het beste onze <a href="&#109;&#97;&#105;&#108;&#116;&#111;&#58;&#118;&#101;&#114;&#107;&#111;&#111;&#112;&#64;&#102;&#105;&#101;&#116;&#115;&#109;&#97;&#107;&#101;&#114;&#105;&#106;&#45;&#118;&#97;&#110;&#100;&#105;&#106;&#107;&#46;&#110;&#108;">verkoopafdeling</a> mailen.</div>\n<div>Groeten,</div>',
  obf="HTML entities in mailto: href", note="mailto: link written entirely as HTML entities")
m("nl-NL", "stuurpen", ["contact_phone"],
  "Hoi {first},\n\nBel ons gerust even, dan lopen we het samen door: nul dertig, twee drie vier, vijf zes, zeven acht.\n\nGroeten,",
  q="Ik krijg de lamp niet aan de stuurpen.", p=1, qs="gt", obf="digits as Dutch words",
  note="phone number written in Dutch words")
m("nl-NL", "bagagedrager", ["contact_other"],
  "Hoi {first},\n\nStuur ons anders even een DM op Instagram (@fietsmakerijvandijk) met een foto van je bagagedrager, dan kijken we mee.\n\nGroeten,",
  q="Welke bevestiging heb ik nodig voor mijn Gazelle?", p=0, qs="freshdesk", note="Instagram handle as contact channel")
m("nl-BE", "molen-maalgraad", ["tracking_pixel"],
  "Dag {first},\n\nVoor filterkoffie zet u de molen op stand 14, voor espresso op stand 4.\n\nMet vriendelijke groeten,",
  q="Welke maalgraad voor filterkoffie?", p=2, qs="edesk", fmt="alt",
  hx='<img src="https://open.klantmail-fict.be/i/{rid}/banner.png" width="600" height="80" alt="Huize Peeters">',
  note="normal-size remote banner whose URL carries the recipient id (tracking pixel)")
m("nl-NL", "montage", ["attachment"],
  "Hoi {first},\n\nHierbij zes foto's van de montage stap voor stap.\n\nGroeten,",
  q="Hoe monteer ik de tas precies?", p=0, qs="html-gmail", fmt="alt",
  att=[A("jpg", "stap1.jpg"), A("jpg", "stap2.jpg"), A("jpg", "stap3.jpg"), A("jpg", "stap4.jpg"), A("jpg", "stap5.jpg"), A("jpg", "stap6.jpg")],
  note="six attachments (more than five)")
m("nl-NL", "sleutels", ["styling"],
  "Hoi {first},\n\nDe sleutels worden vandaag nagestuurd.\n\n\n\n\nGroeten,",
  q="Ik heb maar één sleutel gekregen.", p=2, qs="gt", fmt="plain", note="run of four blank lines")
m("nl-NL", "maat-vraag", ["missing_order_id"],
  "Hoi {buyer},\n\nJe hebt bij ons een kettingslot besteld. In welke lengte wil je het precies, 90 of 110 cm? In je bestelling staan beide varianten genoemd.\n\nGroeten,",
  kind="pro", subj="Vraag over je bestelling", p=2, note="proactive question about the order without an order id")

# ==============================================================================================
# POLISH (pl-PL)
# ==============================================================================================

# ---- hard negatives
m("pl-PL", "posciel-dotarla", [],
  "Dzień dobry {first},\n\nPani/Pana pościel lniana (zamówienie {oid}) została już doręczona. Jeśli znajdzie Pani/Pan chwilę, będziemy wdzięczni za opinię o produkcie na Amazon. Pomaga to innym klientom w wyborze.\n\nPozdrawiamy serdecznie,",
  kind="pro", subj="Zamówienie {oid} - Dom Lniany", pair="pl1", req=True, p=0,
  note="first neutral review request (pair pl1)")
m("pl-PL", "obrus-dostarczony", [],
  "Dzień dobry,\n\nobrus z zamówienia {oid} został dostarczony. Jeśli ma Pani/Pan ochotę, prosimy o ocenę nas jako sprzedawcy na Amazon.\n\nZ pozdrowieniami,",
  kind="pro", subj="Pani/Pana zamówienie {oid}", pair="pl2", req=True, p=1,
  note="first neutral seller-feedback request (pair pl2)")
m("pl-PL", "paczkomat", [],
  "Dzień dobry {first},\n\npaczka została nadana wczoraj o 16:20. Numer przesyłki InPost to 6200 1874 4410 2293 5517 0826, a paczkomat docelowy to WAW112M przy ul. Puławskiej 145, 02-715 Warszawa. Kod odbioru przyjdzie SMS-em od InPost.\n\nPozdrawiamy,",
  q="Kiedy mogę odebrać pościel z paczkomatu?", p=0, qs="outlook",
  note="24-digit InPost parcel number in groups, locker code and postcode")
m("pl-PL", "poczta-polska", [],
  "Dzień dobry,\n\nprzesyłka poleconą wysłaliśmy Pocztą Polską, numer nadania RR 1234 5678 9PL. Cena wysyłki 12,99 zł była już wliczona w zamówienie.\n\nPozdrawiamy,",
  q="Jakim przewoźnikiem wysłaliście ręczniki?", p=2, qs="freshdesk",
  note="Poczta Polska registered-mail number, price in PLN")
m("pl-PL", "obrus-plama", [],
  "Dzień dobry {buyer},\n\nbardzo przepraszamy za przebarwienie na obrusie. Zwróciliśmy całą kwotę 149,00 zł na Pani/Pana konto; obrusu nie trzeba odsyłać.\n\nZ poważaniem,",
  q="Obrus ma plamę. Jak nie oddacie pieniędzy, wystawię jedną gwiazdkę.", p=1, qs="zendesk",
  note="unconditional refund after a one-star threat")
m("pl-PL", "paczka-dpd", [],
  "Szanowny Panie,\n\nrozumiemy Pana zdenerwowanie, ale nie zgadzamy się z nazywaniem nas oszustami. Według DPD przesyłka nr 0000 7712 4455 0U została doręczona 13 lutego o 12:10 i odebrana przez domownika.\n\nJeśli paczki nie ma, złożymy reklamację u przewoźnika i w razie potrzeby wyślemy pościel ponownie.\n\nZ poważaniem,",
  q="Jesteście oszustami, paczki nie dostałem a kasę wzięliście!", p=0, qs="outlook", buyer="Krzysztof Mazur",
  note="firm polite reply to an insulting buyer, DPD parcel number")
m("pl-PL", "haft-inicjaly", [],
  "Dzień dobry {buyer},\n\nw zamówieniu {oid} wybrała Pani/wybrał Pan haft inicjałów na ręcznikach, ale pole z inicjałami jest puste. Jakie litery mamy wyhaftować i w jakim kolorze nici (biały lub grafitowy)?\n\nPozdrawiamy,",
  kind="pro", subj="[Important] Haft na ręcznikach - zamówienie {oid}", p=2,
  note="[Important] used correctly for a customisation question")
m("pl-PL", "adres-lokal", [],
  "Dzień dobry {buyer},\n\nkurier zwrócił przesyłkę z zamówienia {oid}, ponieważ w adresie brakuje numeru lokalu. Prosimy o podanie pełnego adresu, a wyślemy pościel ponownie na nasz koszt.\n\nPozdrawiamy,",
  kind="pro", subj="Brak numeru lokalu w adresie [IMPORTANT] {oid}", p=0,
  note="[IMPORTANT] used correctly for an address problem")
m("pl-PL", "zwrot-amazon", [],
  "Dzień dobry {first},\n\nzwrot najłatwiej zgłosić w Centrum zwrotów Amazon: {amz}/gp/css/returns/homepage.html?orderId={oid}\n\nOtrzyma Pani/Pan etykietę zwrotną, a pieniądze wrócą po dotarciu paczki do nas.\n\nPozdrawiamy,",
  q="Chciałabym zwrócić obrus, kolor nie pasuje.", p=1, qs="html-gmail", note="Amazon returns link")
m("pl-PL", "pranie-pytanie", [],
  "Dzień dobry {first},\n\ndziękujemy za propozycję, ale w sprawach zamówień z Amazon kontaktujemy się wyłącznie przez system wiadomości Amazon, nie telefonicznie ani przez Messengera.\n\nOdpowiadając na pytanie: len kurczy się przy pierwszym praniu o około 3%, dlatego zalecamy 40 stopni.\n\nPozdrawiamy,",
  q="Mogę do Was zadzwonić albo napisać na Messengerze? Chodzi o pranie.", p=0, qs="gt",
  note="declines phone and Messenger without contact data")
m("pl-PL", "faktura-nip", [],
  "Dzień dobry {buyer},\n\nw załączniku przesyłamy fakturę VAT nr FV/2025/02/114 do zamówienia {oid}. Nasz NIP: 525-248-61-37.\n\nZ poważaniem,",
  kind="pro", subj="Faktura do zamówienia {oid}", fmt="alt", p=2, cs="iso-8859-2",
  att=[A("pdf", "FV_2025_02_114.pdf", ["Dom Lniany Kowalczyk", "NIP 525-248-61-37", "FV/2025/02/114"])],
  note="proactive invoice; NIP tax number hyphenated like a phone number")
m("pl-PL", "ocena-info", [],
  "Dzień dobry {first},\n\ncieszymy się, że nowy komplet pościeli dotarł w porządku.\n\nDla informacji: ocenę sprzedawcy na Amazon można edytować przez 60 dni. Czy Pani/Pan to zrobi, zależy wyłącznie od Pani/Pana; nie trzeba nam odpisywać.\n\nPozdrawiamy,",
  q="Nowa pościel doszła, wszystko ok.", p=0, qs="freshdesk",
  note="neutral info that feedback can be edited, after resolution")
m("pl-PL", "szmatka", [],
  "Dzień dobry {first},\n\ndo mycia lnianych ręczników nie potrzeba specjalnych środków. Plamy najlepiej przetrzeć wilgotną szmatką z mikrofibry przed praniem, a potem prać w 40 stopniach.\n\nPozdrawiamy,",
  q="Jak usunąć plamy z ręcznika lnianego?", p=2, qs="gt",
  note="'szmatka' (cleaning cloth) contains an insult word used literally")
m("pl-PL", "nitka", [],
  "Dzień dobry {first},\n\nprzepraszamy za wyciągniętą nitkę na poszewce. Zwróciliśmy 30 zł jako rekompensatę; pościel oczywiście zostaje u Pani/Pana.\n\nPozdrawiamy,",
  q="Na poszewce jest wyciągnięta nitka.", p=0, qs="zendesk",
  note="partial refund to resolve a defect, not tied to a review")
m("pl-PL", "wymiary-pytanie", [],
  "Dzień dobry,\n\nobrus ma wymiary 140 x 220 cm i pasuje do stołu 6-osobowego. Można go prasować w temperaturze do 200 stopni.\n\nPozdrawiamy,",
  q="Do jakiego stołu pasuje ten obrus?", oid=False, p=1, qs="html-gmail",
  note="product question without order id")
m("pl-PL", "adres-zwrotu", [],
  "Dzień dobry {buyer},\n\nprosimy odesłać pościel na poniższy adres, z numerem zwrotu ZW-2025-0088 na paczce:\n\nDom Lniany Kowalczyk\nul. Tkacka 7\n97-300 Piotrków Trybunalski\n\nPo otrzymaniu wyślemy rozmiar 200 x 220.\n\nZ poważaniem,",
  q="Pościel jest za mała, chcę wymienić na 200 x 220.", p=0, qs="outlook",
  note="return address with postcode and return number")
m("pl-PL", "instrukcja-prania", [],
  "Dzień dobry {first},\n\nw załączniku instrukcja prania lnu w PDF oraz zdjęcie metki z symbolami.\n\nPozdrawiamy,",
  q="Nie rozumiem symboli na metce.", p=1, qs="html-gmail", fmt="alt",
  att=[A("pdf", "Instrukcja_prania_lnu.pdf", ["Instrukcja prania"]), A("jpg", "metka.jpg")],
  note="PDF instructions and JPEG photo")

# ---- violations
m("pl-PL", "posciel-zamowienie", ["review_incentive"],
  "Dzień dobry {first},\n\ndziękujemy za zamówienie {oid}! Po wystawieniu opinii o produkcie prześlemy Pani/Panu kod rabatowy -15% na kolejne zakupy w naszym sklepie. Wystarczy odpisać na tę wiadomość z linkiem do opinii.\n\nPozdrawiamy,",
  kind="pro", subj="Prezent za opinię - zamówienie {oid}", p=0, note="discount code for a review")
m("pl-PL", "przesylka-10-dni", ["review_incentive", "feedback_removal"],
  "Dzień dobry {buyer},\n\nprzykro nam z powodu opóźnienia. Jeśli usunie Pani/Pan negatywną ocenę, zwrócimy koszt wysyłki, czyli 14,99 zł.\n\nPozdrawiamy,",
  q="Przesyłka szła 10 dni. Dramat.", p=1, qs="edesk", note="shipping refund for removing negative feedback")
m("pl-PL", "obrus-zadowolona", ["review_manipulation"],
  "Dzień dobry {first},\n\nmamy nadzieję, że obrus (zamówienie {oid}) zdobi już stół. Jeśli jest Pani/Pan zadowolona/y, prosimy o opinię na Amazon. Jeśli nie, prosimy najpierw napisać do nas, zanim cokolwiek Pani/Pan opublikuje.\n\nPozdrawiamy,",
  kind="pro", subj="Jak sprawdza się obrus? {oid}", p=1, note="review gating")
m("pl-PL", "posciel-super", ["review_manipulation"],
  "Dzień dobry {first},\n\nbardzo się cieszymy! Skoro wszystko w porządku, prosimy o pięć gwiazdek i krótki komentarz, że len jest miękki i dobrze zapakowany. Mała firma rodzinna bardzo tego potrzebuje.\n\nPozdrawiamy,",
  q="Pościel super, dziękuję!", p=0, qs="gt", note="asks for five stars and dictates the comment")
m("pl-PL", "nowy-recznik", ["feedback_removal"],
  "Dzień dobry {buyer},\n\nskoro reklamacja została już rozpatrzona, uprzejmie prosimy o usunięcie lub zmianę negatywnej opinii. To dla nas bardzo ważne.\n\nZ poważaniem,",
  q="Dostałam nowy ręcznik.", p=2, qs="outlook", note="asks to remove or change negative feedback")
m("pl-PL", "posciel-ponownie", ["repeat_request"],
  "Dzień dobry {first},\n\npiszemy ponownie w sprawie zamówienia {oid}. Nie widzieliśmy jeszcze Pani/Pana opinii o pościeli; będziemy wdzięczni za kilka słów.\n\nPozdrawiamy,",
  kind="pro", subj="Przypomnienie - zamówienie {oid}", pair="pl1", req=True, p=0, agent="Katarzyna Zając",
  note="second review request for the same order (pair pl1)")
m("pl-PL", "obrus-przypomnienie", ["repeat_request"],
  "Dzień dobry,\n\nuprzejmie przypominamy o możliwości wystawienia oceny sprzedawcy dla zamówienia {oid}. Każda ocena jest dla nas cenna.\n\nZ pozdrowieniami,",
  kind="pro", subj="Ocena zamówienia {oid}", pair="pl2", req=True, p=1, agent="Paweł Wiśniewski",
  note="second feedback request for the same order (pair pl2)")
m("pl-PL", "nowa-kolekcja", ["marketing"],
  "Dzień dobry {first},\n\nręczniki można prać w 60 stopniach.\n\nA przy okazji: właśnie wprowadziliśmy nową kolekcję lnianych zasłon i serwetek, do końca miesiąca 20% taniej w naszym sklepie na Amazon!\n\nPozdrawiamy,",
  q="W jakiej temperaturze prać ręczniki?", p=2, qs="zendesk", note="new collection and discount inside a reply")
m("pl-PL", "wyprzedaz", ["external_link", "marketing", "opt_out", "tracking_pixel"],
  "Dzień dobry {first},\n\nWiosenna wyprzedaż w Domu Lnianym: do -40% na pościel i obrusy. Sprawdź na https://domlniany.pl/wyprzedaz\n\nZamówienie {oid}\n\nNie chcesz otrzymywać wiadomości? Wypisz się: https://domlniany.pl/wypisz?id={rid}",
  kind="pro", subj="Wiosenna wyprzedaż", fmt="alt", p=0,
  hdrs={"List-Unsubscribe": "<https://domlniany.pl/wypisz?id={rid}>"},
  hx='<img src="https://domlniany.pl/nl/o.gif?id={rid}" width="1" height="1" alt="">',
  note="newsletter with shop link, unsubscribe link and header, and an open pixel")
m("pl-PL", "pranie-lnu", ["offensive"],
  "Słuchaj,\n\nnapisałem Ci już trzy razy, jak się pierze len. Jesteś idiotą czy tylko udajesz? Spierdalaj i nie zawracaj nam głowy.\n\nPaweł",
  q="Pościel się skurczyła!!! Oddajcie kasę!!!", p=0, qs="gt", sig=False, note="Polish insult and profanity")
m("pl-PL", "obrus-rozpruty", ["offensive"],
  "Panie {buyer},\n\nwiemy doskonale, że to Pan zniszczył obrus. Mamy Pana adres i jeśli nie wycofa Pan reklamacji, pożałuje Pan tego.\n\nDom Lniany",
  q="Obrus rozpruł się po pierwszym praniu, chcę zwrot.", p=1, qs="outlook", sig=False, buyer="Michał Dąbrowski",
  note="threat referring to the buyer's address")
m("pl-PL", "wysylka", ["unpermitted_proactive"],
  "Dzień dobry {first},\n\nPani/Pana zamówienie {oid} zostało wysłane! Numer przesyłki InPost: 6200 3311 0098 2274 6610 4412.\n\nDziękujemy za zakupy!",
  kind="pro", subj="Zamówienie {oid} zostało wysłane", p=2, note="shipping confirmation")
m("pl-PL", "zakupy", ["missing_order_id", "unpermitted_proactive"],
  "Dzień dobry {first},\n\nserdecznie dziękujemy za zakupy w Domu Lnianym. W razie jakichkolwiek pytań jesteśmy do dyspozycji.\n\nPozdrawiamy,",
  kind="pro", subj="Dziękujemy za zakupy!", p=0, note="thank-you/here-to-help only, no order id")
m("pl-PL", "pierwsze-pranie", ["important_tag"],
  "Dzień dobry {buyer},\n\nprzypominamy, że przed pierwszym użyciem pościel z zamówienia {oid} należy wyprać w 40 stopniach.\n\nPozdrawiamy,",
  kind="pro", subj="[Important] Pierwsze pranie pościeli {oid}", p=0, note="[Important] on washing advice")
m("pl-PL", "poszewki", ["external_link"],
  "Dzień dobry {first},\n\npasujące poszewki znajdzie Pani/Pan tutaj: www.amazon.pl/dp/B0DLNX4477 oraz w naszym sklepie na Amazon: https://www.amazon.pl/s?me=A3KOWALCZYK7LN\n\nPozdrawiamy,",
  q="Czy macie pasujące poszewki na poduszki?", p=0, qs="gt", note="Amazon detail page and storefront (s?me=) links")
m("pl-PL", "zdjecia-wady", ["contact_email"],
  "Dzień dobry {first},\n\nzdjęcia proszę wysłać na adres: reklamacje małpa domlniany kropka pl\n\nPozdrawiamy,",
  q="Gdzie wysłać zdjęcia wady?", p=1, qs="freshdesk", obf="'małpa'/'kropka' address",
  note="e-mail address written with 'małpa' and 'kropka'")
m("pl-PL", "zmiana-adresu", ["contact_phone"],
  "Dzień dobry {first},\n\nnajszybciej będzie telefonicznie: 5 1 2 - 3 4 5 - 6 7 8, od poniedziałku do piątku 8-16.\n\nPozdrawiamy,",
  q="Muszę pilnie zmienić adres dostawy.", p=0, qs="gt", obf="spaced digits",
  note="mobile number with spaced digits")
m("pl-PL", "kolor-szalwiowy", ["contact_other"],
  "Dzień dobry {first},\n\nnapisz do nas na Messengerze, profil Dom Lniany Kowalczyk, tam szybciej odpowiadamy.\n\nPozdrawiamy,",
  q="Kiedy będzie dostępny kolor szałwiowy?", p=0, qs="html-gmail", note="Messenger page as contact channel")
m("pl-PL", "recznik-dziura", ["styling"],
  "Dzień dobry {first},\n\nnowy ręcznik już jedzie do Pani/Pana.\n\nPozdrawiamy,",
  q="Ręcznik ma dziurę.", p=2, qs="html-gmail", fmt="alt",
  hx='<p><img src="http://domlniany.pl/img/podpis-len.png" alt="Dom Lniany" width="180" height="40"></p>',
  note="signature image loaded over plain http (no recipient id)")
m("pl-PL", "wzornik", ["attachment"],
  "Dzień dobry {first},\n\nprzesyłam wzornik kolorów w archiwum 7z.\n\nPozdrawiamy,",
  q="Jakie macie kolory obrusów?", p=1, qs="outlook", fmt="alt",
  att=[A("7z", "wzornik_kolorow.7z")], note="7z archive attachment")

# ==============================================================================================
# SWEDISH (sv-SE)
# ==============================================================================================

# ---- hard negatives
m("sv-SE", "ljusstake-levererad", [],
  "Hej {first}!\n\nDin ljusstake (order {oid}) har nu levererats. Om du har en stund över skulle vi uppskatta om du delade din upplevelse i en recension på Amazon. Det hjälper andra kunder att välja.\n\nVänliga hälsningar,",
  kind="pro", subj="Din order {oid} från Skogsglimt Design", pair="sv1", req=True, p=0,
  note="first neutral review request (pair sv1)")
m("sv-SE", "pladet-hemma", [],
  "Hej {first},\n\nVi skickar en ny pläd i morgon, och den gamla behöver du inte returnera. Förlåt för besväret med fläcken.\n\nNär allt har ordnat sig får du gärna lämna ett säljaromdöme på Amazon om du vill, helt frivilligt.\n\nHälsningar,",
  q="Plädet har en fläck i ena hörnet.", p=1, qs="freshdesk", pair="sv2", req=True,
  note="support reply ending with one neutral feedback request (pair sv2, first)")
m("sv-SE", "kollinummer", [],
  "Hej {first},\n\nPaketet lämnades till PostNord i går kl. 15:30. Kollinumret är 00373500 4410 2277 8812 och det bör finnas på ditt ombud i 413 01 Göteborg på torsdag.\n\nHälsningar,",
  q="När kommer vasen? Har ni ett spårningsnummer?", p=2, qs="gt",
  note="PostNord parcel number in groups, Swedish postcode")
m("sv-SE", "budbee", [],
  "Hej,\n\nDitt paket levereras av Budbee i kväll mellan 17:00 och 22:00. Leveransen kostar 0 kr eftersom ordern var över 499 kr.\n\nHälsningar,",
  q="Hur levereras paketet och vad kostar det?", p=0, qs="html-apple",
  note="delivery window and prices in SEK")
m("sv-SE", "vas-sonder", [],
  "Hej {buyer},\n\nVi beklagar att vasen kom fram trasig. Vi har betalat tillbaka hela beloppet, 395 kr, och du behöver inte skicka tillbaka skärvorna.\n\nMed vänliga hälsningar,",
  q="Vasen var sönder. Får jag inte pengarna tillbaka blir det en stjärna.", p=2, qs="outlook",
  note="unconditional refund after a one-star threat")
m("sv-SE", "plad-ombud", [],
  "Hej {buyer},\n\nVi förstår att du är upprörd, men vi är inga bedragare. Enligt PostNord levererades paketet den 14 februari kl. 10:55 till ditt ombud och hämtades ut samma dag.\n\nOm du inte har fått det öppnar vi gärna ett ärende hos PostNord och skickar ett nytt pläd vid behov.\n\nMed vänliga hälsningar,",
  q="Ni är bedragare, jag har aldrig fått något!", p=1, qs="helpscout",
  note="firm polite reply to an insulting buyer")
m("sv-SE", "gravyr-ljusstake", [],
  "Hej {buyer},\n\nDu har valt gravyr på ljusstaken (order {oid}) men inte skrivit någon text. Vilken text vill du ha? Max 20 tecken.\n\nVänliga hälsningar,",
  kind="pro", subj="[Important] Gravyr på din ljusstake - order {oid}", p=0,
  note="[Important] used correctly for a customisation question")
m("sv-SE", "adress-lagenhet", [],
  "Hej {buyer},\n\nPostNord har skickat tillbaka paketet för order {oid} eftersom lägenhetsnumret saknas i adressen. Kan du skicka den fullständiga adressen? Vi skickar plädet igen på vår bekostnad.\n\nVänliga hälsningar,",
  kind="pro", subj="Adressen saknar lägenhetsnummer [important] order {oid}", p=1,
  note="lower-case [important] used correctly for an address problem")
m("sv-SE", "retur-amazon", [],
  "Hej {first},\n\nDu kan enkelt starta returen i Amazons returcenter: {amz}/gp/css/returns/homepage.html?orderId={oid}\n\nDär får du en förbetald returetikett.\n\nHälsningar,",
  q="Jag vill returnera plädet, färgen stämde inte.", p=1, qs="html-apple", note="Amazon returns link")
m("sv-SE", "tvatt-fraga", [],
  "Hej {first},\n\nTack, men frågor om Amazon-beställningar hanterar vi bara här via Amazons meddelandetjänst, inte via telefon eller sms.\n\nTill din fråga: ullplädet kan tvättas på ullprogram i 30 grader.\n\nHälsningar,",
  q="Kan jag ringa eller sms:a er? Vill veta hur man tvättar plädet.", p=1, qs="gt",
  note="declines phone and SMS without a number")
m("sv-SE", "faktura-orgnr", [],
  "Hej {buyer},\n\nHär kommer fakturan F-2025-0091 för order {oid}. Skogsglimt Design AB, organisationsnummer 559123-4567, momsreg.nr SE559123456701.\n\nVänliga hälsningar,",
  kind="pro", subj="Faktura för order {oid}", fmt="alt", p=0,
  att=[A("pdf", "Faktura_F-2025-0091.pdf", ["Skogsglimt Design AB", "Org.nr 559123-4567", "Faktura F-2025-0091"])],
  note="invoice with an organisation number shaped like a phone number")
m("sv-SE", "ny-vas", [],
  "Hej {first},\n\nSkönt att den nya vasen kom fram hel.\n\nFör kännedom: på Amazon går det att ändra ett säljaromdöme inom 60 dagar. Om du vill göra det är helt upp till dig, och du behöver inte svara oss.\n\nHälsningar,",
  q="Nya vasen kom, tack!", p=2, qs="gt", note="neutral info that feedback can be edited, after resolution")
m("sv-SE", "traslag", [],
  "Hej {first},\n\nEken kommer från Småland och ljusstaken oljas för hand. Det fanns tidigare en variant i björk, men den är utgången. Med bivaxljus blir det fantastiskt fint.\n\nHälsningar,",
  q="Vilket träslag är ljusstaken?", p=0, qs="freshdesk",
  note="'fanns' and 'fantastiskt' contain a Swedish swear substring")
m("sv-SE", "delvis-aterbetalning", [],
  "Hej {first},\n\nFörlåt för den lilla nagg i glasyren. Vi har återbetalat 80 kr som kompensation, och vasen får du behålla.\n\nHälsningar,",
  q="Vasen har ett litet nagg i glasyren.", p=2, qs="freshdesk",
  note="partial refund to resolve a defect, not tied to a review")
m("sv-SE", "matt-fraga", [],
  "Hej,\n\nPlädet mäter 130 x 170 cm och är gjort av 100 % svensk ull. Det väger ungefär 1,1 kg.\n\nHälsningar,",
  q="Hur stort är plädet och vad är det gjort av?", oid=False, p=1, qs="html-apple",
  note="product question without order id")
m("sv-SE", "returadress", [],
  "Hej {buyer},\n\nSkicka ljusstaken till adressen nedan och skriv returnummer RET-3319 på paketet:\n\nSkogsglimt Design AB\nReturer\nVerkstadsgatan 4\n722 12 Västerås\n\nNär vi fått den skickar vi en ny.\n\nVänliga hälsningar,",
  q="En av armarna på ljusstaken är lös.", p=0, qs="outlook",
  note="return address with postcode and return number")
m("sv-SE", "skotselrad", [],
  "Hej {first},\n\nBifogar skötselråd för ull som PDF och en bild på rätt tvättprogram.\n\nHälsningar,",
  q="Kan plädet tvättas i maskin?", p=1, qs="html-apple", fmt="alt",
  att=[A("pdf", "Skotselrad_ullplad.pdf", ["Skotselrad"]), A("png", "tvattprogram.png")],
  note="PDF care advice and PNG image")

# ---- violations
m("sv-SE", "order-tack", ["review_incentive"],
  "Hej {first}!\n\nTack för din order {oid}. Lämna en recension på Amazon så skickar vi ett presentkort på 100 kr som tack. Mejla bara en skärmdump när den är publicerad.\n\nKram,",
  kind="pro", subj="Ett tack för din order {oid}", p=0, note="gift card for a review")
m("sv-SE", "frakt-forsening", ["review_incentive", "feedback_removal"],
  "Hej {buyer},\n\nVi ber om ursäkt för förseningen. Om du tar bort ditt negativa omdöme betalar vi tillbaka fraktkostnaden på 59 kr direkt.\n\nVänliga hälsningar,",
  q="Leveransen tog två veckor, dåligt.", p=1, qs="outlook", note="refund for deleting negative feedback")
m("sv-SE", "vas-plats", ["review_manipulation"],
  "Hej {first},\n\nHoppas vasen (order {oid}) har fått en fin plats hemma! Är du nöjd får du gärna skriva en recension. Är du inte nöjd, hör av dig till oss först innan du skriver något, så fixar vi det.\n\nHälsningar,",
  kind="pro", subj="Hur trivs du med vasen? Order {oid}", p=2, note="review gating")
m("sv-SE", "plad-mysig", ["review_manipulation"],
  "Hej {first},\n\nVad roligt att du gillar plädet! Om du skriver en recension får du gärna nämna att ullen inte sticks och att leveransen gick snabbt, och ge oss fem stjärnor förstås.\n\nHälsningar,",
  q="Plädet är så mysigt!", p=1, qs="helpscout", note="tells the buyer what to write and asks for five stars")
m("sv-SE", "ny-ljusstake", ["feedback_removal"],
  "Hej {buyer},\n\nNu när du fått en ny ljusstake hoppas vi att du kan tänka dig att ändra eller ta bort ditt omdöme. Vi skulle bli väldigt tacksamma om du gjorde det i dag.\n\nVänliga hälsningar,",
  q="Nya ljusstaken har kommit.", p=0, qs="outlook", note="asks to change or delete feedback today")
m("sv-SE", "ljusstake-paminnelse", ["repeat_request"],
  "Hej {first},\n\nVi hörde av oss tidigare om en recension för order {oid}. Om du inte hunnit ännu vore vi jätteglada för några rader om ljusstaken.\n\nVänliga hälsningar,",
  kind="pro", subj="Påminnelse om order {oid}", pair="sv1", req=True, p=0, agent="Sara Holm",
  note="second review request for the same order (pair sv1)")
m("sv-SE", "plad-igen", ["repeat_request"],
  "Hej {first},\n\nHar det nya plädet kommit fram? Vi påminner gärna om att du kan lämna ett säljaromdöme för order {oid}, det betyder mycket för oss.\n\nHälsningar,",
  kind="pro", subj="Order {oid} - ditt omdöme", pair="sv2", req=True, p=1, agent="Johan Berg",
  note="second feedback request for the same order (pair sv2)")
m("sv-SE", "ny-kollektion", ["marketing"],
  "Hej {first},\n\nVasen tål inte diskmaskin, diska den för hand.\n\nPassa på: vår nya vårkollektion med vaser i tre nya glasyrer är ute nu, 20 % rabatt hela mars!\n\nHälsningar,",
  q="Tål vasen diskmaskin?", p=2, qs="freshdesk", note="new collection and discount inside a reply")
m("sv-SE", "var-erbjudande", ["marketing", "opt_out"],
  "Hej {buyer},\n\nTack för ditt köp (order {oid})! Som kund får du 15 % på hela sortimentet med koden VAR15 fram till söndag.\n\nVill du inte ha fler erbjudanden? Svara AVREGISTRERA så tar vi bort dig från listan.\n\nHälsningar,",
  kind="pro", subj="Erbjudande till dig", p=0, note="promotion with a reply-to-unsubscribe opt-out text")
m("sv-SE", "plad-krympt", ["offensive"],
  "Hör här,\n\nDet står tydligt att ullen ska tvättas i 30 grader. Du körde den i 60, din idiot. Håll käften och sluta skriva till oss.\n\nJohan",
  q="Plädet har krympt till hälften!!!", p=1, qs="gt", sig=False, note="Swedish insults")
m("sv-SE", "vas-lacker", ["offensive"],
  "Hej,\n\nFör helvete, det är fjärde gången du klagar på samma vas. Jävla kverulant. Vi skickar inget mer.\n\nSkogsglimt",
  q="Vasen läcker fortfarande.", p=2, qs="gt", sig=False, note="Swedish profanity and insult")
m("sv-SE", "postnord", ["unpermitted_proactive"],
  "Hej {first}!\n\nDin order {oid} har skickats med PostNord i dag. Kollinummer: 00373500 4410 9915 2203.\n\nTack för att du handlar hos oss!",
  kind="pro", subj="Din order {oid} är skickad", p=0, note="shipping confirmation")
m("sv-SE", "plad-lager", ["important_tag", "unpermitted_proactive"],
  "Hej {buyer},\n\nTyvärr är ullplädet i din order {oid} slut i lager. Vi räknar med nya pläd i april.\n\nVänliga hälsningar,",
  kind="pro", subj="[Important] Order {oid} - slut i lager", p=1, note="out-of-stock notice tagged [Important]")
m("sv-SE", "reservdel", ["external_link"],
  "Hej {first},\n\nReservdelen skickas i morgon.\n\nHälsningar,",
  q="En arm på ljusstaken saknas.", p=0, qs="html-apple", fmt="alt",
  html='<div>Hej {first},</div>\n<div>Reservdelen skickas i morgon.</div>\n<div>Hälsningar,</div>',
  sigx="Skogsglimt Design", sigxh='<div><a href="https://skogsglimt.se/?utm_source=mail"><img src="cid:logga@skogsglimt" alt="Skogsglimt Design"></a></div>',
  att=[INL("logo", "logga.png", "logga@skogsglimt")], note="inline cid: logo wrapped in a link to the shop")
m("sv-SE", "glasyr-bilder", ["contact_email"],
  "Hej {first},\n\nSkicka bilder på skadan till kundtjanst snabel-a skogsglimt punkt se så tittar vi på det.\n\nHälsningar,",
  q="Glasyren har spruckit, vart skickar jag bilder?", p=2, qs="freshdesk", obf="'snabel-a'/'punkt' address",
  note="e-mail address written with 'snabel-a' and 'punkt'")
m("sv-SE", "montering-hjalp", ["contact_phone"],
  "Hej {first},\n\nDet är enklast om du ringer oss på 070-174 06 52 så går vi igenom monteringen tillsammans.\n\nHälsningar,",
  q="Jag får inte ihop ljusstaken.", p=0, qs="gt", note="Swedish mobile number (fictional range)")
m("sv-SE", "grossist", ["contact_other"],
  "Hej {first},\n\nFör grossistförfrågningar från Asien kan du lägga till oss på WeChat: skogsglimt_design\n\nHälsningar,",
  q="Jag har en butik i Shanghai och vill köpa 50 vaser.", p=2, qs="helpscout", note="WeChat ID as contact channel")
m("sv-SE", "ekyta", ["tracking_pixel"],
  "Hej {first},\n\nLjusstaken är oljad med hårdvaxolja och kan torkas av med en fuktig trasa.\n\nHälsningar,",
  q="Hur sköter jag ekytan?", p=0, qs="helpscout", fmt="alt",
  hx='<img src="https://sp.mejlkoll-fict.se/e/{rid}.gif" alt="" style="width:0;height:0;border:0">',
  note="zero-size tracking image via CSS with recipient id")
m("sv-SE", "armar", ["attachment"],
  "Hej {first},\n\nBifogar monteringsanvisningen som webbsida.\n\nHälsningar,",
  q="Hur monterar jag armarna?", p=0, qs="outlook", fmt="alt",
  att=[A("html", "montering.html", ["Montering ljusstake"])], note="HTML file attachment")
m("sv-SE", "vas-trasig", ["styling", "contact_phone"],
  "Hej {first},\n\nDen nya vasen är på väg.\n\nHälsningar,",
  q="Vasen kom sönder.", p=2, qs="html-apple", fmt="alt",
  hx='<div style="color:#ffffff">Direktnummer 08-465 06 71</div>', obf="white-on-white text",
  note="phone number hidden as white text (also a colour override)")

# ==============================================================================================
# PORTUGUESE (pt-BR, pt-PT)
# ==============================================================================================

# ---- hard negatives
m("pt-BR", "kit-cafe-entregue", [],
  "Olá, {first}!\n\nSeu kit de café (pedido {oid}) já foi entregue. Se tiver um minutinho, agradeceríamos se você compartilhasse sua experiência em uma avaliação na Amazon. Isso ajuda outros clientes a escolher.\n\nAbraços,",
  kind="pro", subj="Seu pedido {oid} - Empório Ipê Amarelo", pair="pt1", req=True, p=0,
  note="first neutral review request (pair pt1)")
m("pt-PT", "conservas-entregues", [],
  "Olá {first},\n\nA sua encomenda {oid} foi entregue. Se tiver um momento, agradecemos a sua avaliação enquanto vendedor na Amazon.\n\nCom os melhores cumprimentos,",
  kind="pro", subj="A sua encomenda {oid}", pair="pt2", req=True, p=0, cs="iso-8859-1",
  note="first neutral seller-feedback request, European Portuguese (pair pt2)")
m("pt-BR", "codigo-rastreio", [],
  "Oi, {first}!\n\nSua rede foi postada ontem nos Correios. O código de rastreio é QB 418 227 093 BR e a previsão de entrega é sexta-feira, no CEP 01310-100, São Paulo. O frete de R$ 24,90 já estava incluído.\n\nAbraço,",
  q="Vocês já enviaram minha rede? Tem código de rastreio?", p=1, qs="zendesk",
  note="Correios tracking code, CEP and price in BRL")
m("pt-PT", "ctt-registo", [],
  "Bom dia {buyer},\n\nA caixa foi enviada pelos CTT em correio registado, com o número de registo RR 5512 0947 3PT. A entrega está prevista para quinta-feira, entre as 9h00 e as 13h00, em 4050-123 Porto.\n\nCumprimentos,",
  q="Quando chega a caixa de presente?", p=1, qs="outlook",
  note="CTT registration number, Portuguese postcode and time window")
m("pt-BR", "xicaras-quebradas", [],
  "Olá, {buyer}.\n\nSentimos muito que duas xícaras tenham chegado quebradas. Já fizemos o reembolso integral de R$ 189,90; não precisa devolver nada.\n\nAtenciosamente,",
  q="Duas xícaras quebradas. Se não devolverem meu dinheiro, vou dar uma estrela.", p=2, qs="html-gmail",
  note="unconditional refund after a one-star threat")
m("pt-BR", "kit-entrega", [],
  "Olá, {buyer}.\n\nEntendemos sua frustração, mas não aceitamos ser chamados de golpistas. Segundo os Correios, o pedido foi entregue em 14/02 às 11h32 e recebido na portaria do seu prédio.\n\nSe não estiver com você, abriremos uma reclamação junto aos Correios e, se necessário, enviaremos outro kit.\n\nAtenciosamente,",
  q="Vocês são golpistas, nunca recebi nada e o dinheiro já saiu!!", p=0, qs="gt",
  note="firm polite reply to an insulting buyer")
m("pt-BR", "bordado-nome", [],
  "Olá, {buyer}!\n\nNo pedido {oid} você escolheu a rede com bordado personalizado, mas o campo do nome ficou em branco. Qual nome devemos bordar (até 12 letras)?\n\nAbraços,",
  kind="pro", subj="[Important] Bordado da sua rede - pedido {oid}", p=1,
  note="[Important] used correctly for a customisation question")
m("pt-PT", "morada-incompleta", [],
  "Bom dia {buyer},\n\nOs CTT devolveram a encomenda {oid} porque falta o número da porta na morada. Pode indicar-nos a morada completa? Reenviamos sem custos.\n\nCumprimentos,",
  kind="pro", subj="Morada incompleta - encomenda {oid} [Important]", p=2, cs="iso-8859-1",
  note="[Important] used correctly for an address problem")
m("pt-BR", "devolucao-amazon", [],
  "Oi, {first}!\n\nVocê pode solicitar a devolução pela Central de Devoluções da Amazon: {amz}/gp/css/returns/homepage.html?orderId={oid}\n\nLá você recebe a etiqueta de postagem gratuita.\n\nAbraço,",
  q="Quero devolver as xícaras, não combinaram com a mesa.", p=2, qs="html-gmail",
  note="Amazon returns link")
m("pt-BR", "moedor-duvida", [],
  "Oi, {first}!\n\nObrigado, mas sobre pedidos da Amazon a gente conversa só por aqui, pelas mensagens da Amazon, não por WhatsApp nem telefone.\n\nSobre a sua dúvida: o moedor vem regulado para café de coador; para espresso, gire a rosca três cliques no sentido horário.\n\nAbraço,",
  q="Tem WhatsApp? Queria saber como regular o moedor.", p=0, qs="iphone",
  note="declines WhatsApp and phone without any number")
m("pt-BR", "nota-fiscal", [],
  "Olá, {buyer}.\n\nSegue em anexo a nota fiscal nº 004.517 referente ao pedido {oid}. CNPJ do emitente: 34.512.778/0001-06.\n\nAtenciosamente,",
  kind="pro", subj="Nota fiscal do pedido {oid}", fmt="alt", p=1,
  att=[A("pdf", "NF-004517.pdf", ["Emporio Ipe Amarelo", "CNPJ 34.512.778/0001-06", "NF 004.517"])],
  note="proactive invoice (nota fiscal) with a CNPJ number")
m("pt-PT", "caixa-nova", [],
  "Olá {first},\n\nFicamos contentes por a nova caixa ter chegado em perfeitas condições.\n\nApenas para informação: a Amazon permite editar a avaliação do vendedor durante 60 dias. Se o quiser fazer ou não, é inteiramente consigo; não precisa de nos responder.\n\nCumprimentos,",
  q="A caixa nova chegou impecável, obrigada.", p=1, qs="freshdesk",
  note="neutral info that feedback can be edited, after resolution")
m("pt-BR", "computador-reputacao", [],
  "Oi, {first}!\n\nVocê encontra as medidas na página do produto pelo computador ou pelo app. A rede tem 3,2 m de comprimento e aguenta até 150 kg. Nossa reputação é com algodão cru de Minas; em caso de disputa com a transportadora sobre o peso, nós resolvemos.\n\nAbraço,",
  q="Qual o tamanho da rede e quanto peso aguenta?", p=1, qs="zendesk",
  note="trigger substrings inside 'computador', 'reputação', 'disputa'")
m("pt-PT", "lata-amolgada", [],
  "Olá {first},\n\nLamentamos a lata amolgada. Devolvemos 3,50 € como compensação e pode ficar com a embalagem.\n\nCumprimentos,",
  q="Uma das latas chegou amolgada.", p=0, qs="outlook",
  note="partial refund to resolve a problem, not tied to a review")
m("pt-BR", "pergunta-xicaras", [],
  "Olá!\n\nAs xícaras têm capacidade de 90 ml e podem ir ao micro-ondas e à lava-louças. O jogo vem com seis xícaras e seis pires.\n\nAbraços,",
  q="Pode ir no micro-ondas? Vem com pires?", oid=False, p=2, qs="html-gmail",
  note="product question without order id")
m("pt-PT", "morada-devolucao", [],
  "Bom dia {buyer},\n\nPode devolver o pack para a morada abaixo, indicando o número de devolução DEV-PT-0417 na embalagem:\n\nConservas Atlântico Norte, Lda.\nRua do Cais 18\n4450-208 Matosinhos\n\nApós a receção, reembolsamos 21,90 €.\n\nCumprimentos,",
  q="Recebi patê de atum normal em vez do picante.", p=2, qs="outlook",
  note="return address with postcode and return number")
m("pt-BR", "manual-moedor", [],
  "Oi, {first}!\n\nSegue o manual do moedor em PDF e uma foto mostrando a regulagem para espresso.\n\nAbraço,",
  q="Perdi o manual do moedor.", p=0, qs="html-gmail", fmt="alt",
  att=[A("pdf", "Manual_Moedor.pdf", ["Moedor manual", "Manual"]), A("jpg", "regulagem.jpg")],
  note="PDF manual and JPEG photo")
m("pt-PT", "atraso-envio", [],
  "Bom dia {buyer},\n\nEscrevemos sobre a encomenda {oid}: devido à greve dos estivadores, o envio sai apenas na segunda-feira, 3 de março. Se preferir não esperar, pode cancelar a encomenda na sua conta Amazon sem custos.\n\nCumprimentos,",
  kind="pro", subj="Atraso no envio da encomenda {oid}", p=0, cs="windows-1252",
  note="permitted proactive fulfilment-delay notice")

# ---- violations
m("pt-BR", "kit-gostou", ["review_incentive"],
  "Oi, {first}!\n\nGostou do kit (pedido {oid})? Deixe sua avaliação na Amazon e mande o print pra gente: devolvemos 15% do valor via Pix na hora!\n\nAbraços,",
  kind="pro", subj="Um presente pra você - pedido {oid}", p=0, note="cashback via Pix for a review")
m("pt-PT", "encomenda-obrigado", ["review_incentive"],
  "Olá {first},\n\nObrigado pela encomenda {oid}. Quem deixar um comentário sobre as nossas conservas recebe na próxima encomenda uma lata de sardinhas picantes oferecida.\n\nCumprimentos,",
  kind="pro", subj="Uma oferta para si - encomenda {oid}", p=0, note="free product for a review")
m("pt-BR", "atraso-20-dias", ["review_incentive", "feedback_removal"],
  "Olá, {buyer}.\n\nPedimos desculpas pelo atraso. Se você puder tirar aquela avaliação negativa, a gente te manda um cupom de R$ 50 pra próxima compra.\n\nAtenciosamente,",
  q="Demorou 20 dias pra chegar. Péssimo.", p=1, qs="outlook", note="coupon for removing a negative rating")
m("pt-BR", "rede-curtindo", ["review_manipulation"],
  "Oi, {first}!\n\nEspero que você esteja curtindo sua rede (pedido {oid})! Se gostou, deixa uma avaliação pra gente na Amazon. Se não gostou de alguma coisa, fala com a gente antes de avaliar, que a gente resolve.\n\nAbraço,",
  kind="pro", subj="Como está sua rede? Pedido {oid}", p=1, note="review gating")
m("pt-PT", "frasco-falta", ["review_manipulation"],
  "Olá {first},\n\nJá enviámos o patê em falta. Pedimos-lhe, por favor, que não nos deixe uma avaliação negativa: somos uma pequena empresa familiar de Matosinhos e cada estrela conta.\n\nCumprimentos,",
  q="Faltava um frasco no pack. Vou deixar uma má avaliação.", p=2, qs="freshdesk", note="discourages a negative review")
m("pt-BR", "xicaras-novas", ["feedback_removal", "review_manipulation"],
  "Oi, {first}!\n\nQue bom que as xícaras novas chegaram inteiras! Será que você poderia mudar sua nota de 1 para 5 estrelas? Ajudaria demais a gente.\n\nAbraços,",
  q="Chegaram as xícaras novas, todas inteiras.", p=2, qs="gt", note="asks to change a 1-star review to 5 stars")
m("pt-PT", "reembolso-recebido", ["feedback_removal"],
  "Bom dia {buyer},\n\nUma vez que a situação ficou resolvida, agradecíamos que removesse o comentário negativo que deixou. Já é a segunda vez que lhe pedimos.\n\nCumprimentos,",
  q="Recebi o reembolso.", p=1, qs="outlook", note="asks again for removal of a negative comment")
m("pt-BR", "kit-lembrete", ["repeat_request"],
  "Oi, {first}!\n\nPassando de novo por aqui sobre o pedido {oid}: ainda não vimos sua avaliação do kit de café. Se puder, conta pra gente o que achou!\n\nAbraço,",
  kind="pro", subj="Lembrete - pedido {oid}", pair="pt1", req=True, p=0, agent="Letícia Rocha",
  note="second review request for the same order (pair pt1)")
m("pt-PT", "conservas-lembrete", ["repeat_request"],
  "Olá {first},\n\nRelembramos que pode avaliar-nos enquanto vendedor relativamente à encomenda {oid}. A sua opinião é muito importante para nós.\n\nCumprimentos,",
  kind="pro", subj="Encomenda {oid} - a sua avaliação", pair="pt2", req=True, p=0, agent="Rui Fernandes", cs="iso-8859-1",
  note="second feedback request for the same order (pair pt2)")
m("pt-BR", "cafe-especial", ["marketing"],
  "Oi, {first}!\n\nPara limpar o moedor, use só um pincel seco.\n\nAproveitando: chegou nosso café especial do Cerrado Mineiro, torra média, e essa semana está com 20% de desconto na nossa loja da Amazon. Vale muito a pena!\n\nAbraço,",
  q="Como limpo o moedor?", p=0, qs="zendesk", note="cross-sell with discount inside a reply")
m("pt-BR", "pedido-obrigado", ["contact_other", "marketing"],
  "Oi, {first}!\n\nObrigado pelo pedido {oid}! Segue a gente no Instagram @emporioipeamarelo: todo mês tem sorteio de kits e cupons exclusivos para seguidores.\n\nAbraços,",
  kind="pro", subj="Obrigado pelo seu pedido {oid}", p=0, note="follow us on Instagram, giveaway and coupons")
m("pt-PT", "conservas-primavera", ["external_link", "marketing", "opt_out"],
  "Olá {first},\n\nChegaram as conservas de primavera: cavala em azeite com limão e polvo em azeite. 10% de desconto com o código PRIMAVERA em https://conservas-atlanticonorte.pt/loja\n\nEncomenda {oid}\n\nNão quer receber mais e-mails? Cancele a subscrição aqui: https://conservas-atlanticonorte.pt/cancelar?u={rid}",
  kind="pro", subj="Novidades de primavera", fmt="alt", p=0,
  hdrs={"List-Unsubscribe": "<https://conservas-atlanticonorte.pt/cancelar?u={rid}>"},
  note="newsletter with shop link, code and unsubscribe link plus header")
m("pt-BR", "moedor-ferrugem", ["offensive"],
  "Olha aqui,\n\nvocê molhou o moedor e agora quer culpar a gente? Deixa de ser otário. Vai se ferrar e não manda mais mensagem.\n\nThiago",
  q="O moedor enferrujou em uma semana!!!", p=0, qs="gt", sig=False, note="Brazilian insult")
m("pt-PT", "latas-anel", ["offensive"],
  "Ouça lá,\n\nSe não sabe abrir uma lata, o problema não é nosso. Não seja parvo. Vá à merda e deixe-nos trabalhar.\n\nRui",
  q="As latas não abrem, o anel parte!", p=0, qs="outlook", sig=False, note="European Portuguese insult and profanity")
m("pt-BR", "pedido-enviado", ["unpermitted_proactive"],
  "Oi, {first}!\n\nSeu pedido {oid} foi enviado! Código de rastreio: QB 418 550 112 BR. Obrigado por comprar com a gente!",
  kind="pro", subj="Seu pedido {oid} foi enviado", p=2, note="shipping confirmation")
m("pt-BR", "disposicao", ["missing_order_id", "unpermitted_proactive"],
  "Olá, {first}!\n\nQueremos só lembrar que estamos aqui para te ajudar com qualquer dúvida sobre sua compra. Conte com a gente!\n\nAbraços,",
  kind="pro", subj="Estamos à disposição", p=1, note="here-to-help-only message without an order id")
m("pt-PT", "receitas", ["important_tag"],
  "Olá {buyer},\n\nEnviamos-lhe três receitas rápidas com as sardinhas da sua encomenda {oid}: tostas com tomate, salada de grão e massa com limão.\n\nBom apetite,",
  kind="pro", subj="[Important] Receitas para a sua encomenda {oid}", p=0, cs="iso-8859-1",
  note="[Important] on recipe tips, not needed to complete the order")
m("pt-BR", "acompanhar", ["external_link"],
  "Oi, {first}!\n\nVocê acompanha a entrega por aqui: https://rastreamento.correios.com.br/app/index.php?objeto=QB418227093BR\n\nAbraço,",
  q="Como acompanho a entrega?", p=1, qs="html-gmail", note="carrier tracking URL")
m("pt-BR", "ganchos", ["external_link"],
  "Oi, {first}!\n\nO passo a passo para montar a rede está em www.empori\u043eipe.com.br/montagem\n\nAbraço,",
  q="Como instalo os ganchos da rede?", p=1, qs="zendesk", obf="Cyrillic homoglyph in domain",
  note="shop domain with a Cyrillic 'о'")
m("pt-PT", "evento-caixas", ["contact_email"],
  "Bom dia {first},\n\nPara encomendas de empresa, escreva para vendas(arroba)conservas-atlanticonorte(ponto)pt.\n\nCumprimentos,",
  q="Preciso de 100 caixas para um evento.", p=1, qs="freshdesk", obf="(arroba)/(ponto) address",
  note="e-mail address with '(arroba)' and '(ponto)'")
m("pt-BR", "regular-moedor", ["contact_phone"],
  "Oi, {first}!\n\nSe preferir, liga pra gente: onze, nove cinco cinco cinco cinco, zero um dois três.\n\nAbraço,",
  q="Não consigo regular o moedor de jeito nenhum.", p=0, qs="gt", obf="digits as Portuguese words",
  note="Brazilian mobile number written in words")
m("pt-PT", "frasco-partido", ["contact_other", "contact_phone"],
  "Olá {first},\n\nEnvie-nos a fotografia pelo Telegram ou WhatsApp para o 912 345 678 e tratamos já da troca.\n\nCumprimentos,",
  q="O frasco chegou partido.", p=2, qs="outlook", note="Telegram/WhatsApp with a Portuguese mobile number")
m("pt-BR", "lavar-rede", ["tracking_pixel"],
  "Oi, {first}!\n\nA rede pode ser lavada à mão com sabão neutro; não use alvejante.\n\nAbraço,",
  q="Posso lavar a rede na máquina?", p=1, qs="html-gmail", fmt="alt",
  hx='<img src="https://emporioipe.com.br/r/abertura?dest={rid}&amp;id={tok}" width="1" height="1" alt="">',
  note="1x1 open-tracking image on the shop's own domain with recipient id")
m("pt-BR", "manivela", ["attachment"],
  "Oi, {first}!\n\nMandei em anexo um vídeo curtinho mostrando como montar o moedor.\n\nAbraço,",
  q="Como encaixo a manivela?", p=0, qs="html-gmail", fmt="alt",
  att=[A("mp4", "montagem_moedor.mov", None, "video/quicktime")], note="QuickTime video attachment")
m("pt-PT", "pack-picante", ["styling"],
  "Olá {first},\n\nO pack picante segue amanhã.\n\nCumprimentos,",
  q="Pedi picante e veio normal.", p=2, qs="outlook", fmt="alt",
  html='<p><font face="Georgia" color="#8B0000">Olá {first},</font></p>\n<p><font face="Georgia" color="#8B0000">O pack picante segue amanhã.</font></p>\n<p>Cumprimentos,</p>',
  note="<font> face and colour overrides")
m("pt-BR", "kit-novo", ["styling"],
  "Oi, {first}! \u2615\n\nSeu kit novo já está a caminho \U0001F69A\U0001F4A8\n\nAbraço \U0001F917",
  q="Cadê meu kit novo?", p=0, qs="iphone", note="emoji in a reply")

# ==============================================================================================
# MIXED LANGUAGES: tool-generated mail, multi-label structural cases, more hard negatives
# ==============================================================================================

m("sv-SE", "upplevelse", ["opt_out", "tracking_pixel", "missing_order_id"],
  "Hej {first}!\n\nTack för att du handlade hos Skogsglimt Design. Vi skulle uppskatta om du berättade om din upplevelse i en recension på Amazon.\n\nHälsningar,",
  kind="pro", subj="Hur var ditt köp?", fmt="alt", p=2, req=True,
  hdrs={"List-Unsubscribe": "<mailto:unsubscribe@reviewpilot-fict.se?subject=unsub-{rid}>"},
  hx='<img src="https://reviewpilot-fict.se/o/{rid}.gif" width="1" height="1" alt="">',
  note="review-tool mail: List-Unsubscribe header, 1x1 pixel, no order id")
m("pl-PL", "termin-dostawy", ["missing_order_id"],
  "Dzień dobry {buyer},\n\nkurier z dostawą pościeli może przyjechać we wtorek lub w czwartek między 8 a 16. Który dzień Pani/Panu odpowiada?\n\nPozdrawiamy,",
  kind="pro", subj="[Important] Termin dostawy", p=0,
  note="[Important] legitimately used for delivery scheduling, but no order id anywhere")
m("nl-BE", "facturen-archief", ["attachment", "important_tag", "missing_order_id"],
  "Dag {buyer},\n\nIn bijlage vindt u al uw facturen van dit jaar in één archief.\n\nMet vriendelijke groeten,",
  kind="pro", subj="[IMPORTANT] Uw facturen", fmt="alt", p=1,
  att=[A("zip", "facturen_2025.zip", ["factuur"])], note="ZIP of invoices, [IMPORTANT] misused, no order id")
m("en-IN", "monogram-colour", ["styling", "missing_order_id"],
  "Dear {buyer},\n\nFor the monogrammed cushion covers you ordered, would you like the initials in gold or ivory thread?\n\nRegards,",
  kind="pro", subj="Your monogram colour choice", fmt="alt", p=1,
  head='<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\na:link {color:#0563C1;}\n--></style>\n',
  html='<p class="MsoNormal">Dear {buyer},</p>\n<p class="MsoNormal">For the monogrammed cushion covers you ordered, would you like the initials in gold or ivory thread?</p>\n<p class="MsoNormal">Regards,</p>',
  qs="html-outlook", note="Outlook Calibri style block on a customisation question that lacks the order id")
m("it-IT", "reso-domanda", ["contact_email", "important_tag"],
  "Gentile {buyer},\n\nabbiamo ricevuto il reso dell'ordine {oid}. Preferisce un rimborso o la sostituzione con un tagliere nuovo?\n\nCordiali saluti,",
  kind="pro", subj="[Important] Il suo reso - ordine {oid}", p=2,
  sigx="Ufficio resi: resi@bottegaferraris.it", note="[Important] on a return question (not critical) and an e-mail in the signature")
m("ja-JP", "delivery-date", ["opt_out", "tracking_pixel", "missing_order_id"],
  "{buyer} 様\n\n先日ご注文いただいた保温ボトルのお届け日時についてご希望はございますか。",
  kind="pro", subj="お届け日時のご希望について", fmt="alt", p=2,
  hdrs={"List-Unsubscribe": "<https://mail-tool-fict.jp/unsub?u={rid}>"},
  hx='<img src="https://mail-tool-fict.jp/open/{rid}.gif" width="1" height="1" alt="">',
  note="delivery question without order id, sent by a mail tool with pixel and List-Unsubscribe")
m("es-MX", "pedido-grande", ["contact_other", "attachment"],
  "Hola {first}:\n\nTe adjunto mi tarjeta de contacto. También me puedes buscar en Telegram como @fer_tlaquepaque para cualquier duda.\n\nSaludos,",
  q="¿Con quién puedo hablar para un pedido grande?", p=1, qs="gorgias", fmt="alt",
  att=[A("txt", "Fernanda_Ruiz.vcf", ["BEGIN:VCARD", "FN:Fernanda Ruiz", "END:VCARD"], "text/vcard")],
  note="vCard attachment (type not allowed) and a Telegram handle")
m("de-CH", "schraube", ["attachment", "styling"],
  "Grüezi {first}\n\nIm Anhang ein Foto, wo genau die Schraube sitzt \U0001F527\U0001F44D\n\nFreundliche Grüsse",
  q="Welche Schraube muss ich nachziehen?", p=1, qs="html-apple", fmt="alt",
  att=[A("webp", "schraube.webp")], note="WebP image attachment and emoji")
m("fr-FR", "torchon-manquant", ["external_link", "opt_out", "tracking_pixel"],
  "Bonjour {first},\n\nLe torchon manquant part aujourd'hui en lettre suivie.\n\nCordialement,",
  q="Il manque un torchon dans le lot de 4.", p=2, qs="freshdesk", fmt="alt",
  hx='<p>Vous recevez ce message car vous avez contacté Atelier Garance. <a href="https://support.atelier-garance.fr/desabonnement?t={tok}">Se désabonner</a></p>\n<img src="https://support.atelier-garance.fr/track/open/{rid}.png" width="1" height="1" alt="">',
  note="helpdesk footer with an unsubscribe link and an open pixel")
m("en-US", "recent-purchase", ["opt_out", "tracking_pixel", "important_tag", "missing_order_id"],
  "Hi {first},\n\nThanks for your recent purchase from Harbor & Pine Kitchen. If you have a minute, we'd appreciate your seller feedback on Amazon.\n\nThe Harbor & Pine team",
  kind="pro", subj="[Important] Your recent purchase", fmt="alt", p=1, sig=False, req=True,
  hdrs={"List-Unsubscribe": "<https://fbk-tool-fict.com/u/{rid}>"},
  hx='<img src="https://fbk-tool-fict.com/o/{rid}/{tok}.gif" width="1" height="1" alt="">',
  note="feedback-tool request with [Important], pixel, List-Unsubscribe header and no order id")
m("pt-PT", "frasco-aberto", ["contact_email", "opt_out", "tracking_pixel"],
  "Bom dia {first},\n\nO frasco de substituição já seguiu hoje.\n\nCumprimentos,",
  q="O frasco de patê veio aberto.", p=2, qs="outlook", fmt="alt",
  sigx="apoio@conservas-atlanticonorte.pt\nSe não pretende receber mais mensagens nossas, responda REMOVER.",
  hx='<img src="https://conservas-atlanticonorte.pt/mail/o.png?u={rid}" width="1" height="1" alt="">',
  note="signature with e-mail address and a reply-REMOVER opt-out line, plus open pixel")
m("pl-PL", "obrus-dziura", ["contact_email"],
  "Dzień dobry {first},\n\nnowy obrus wyślemy jutro.\n\nPozdrawiamy,",
  q="Obrus ma dziurę.", p=1, qs="html-gmail", fmt="alt",
  hx='<span style="font-size:0">kontakt: biuro@domlniany.pl</span>', obf="font-size:0 hidden text",
  note="e-mail address hidden with font-size:0")
m("sv-SE", "hamtning", ["contact_email", "contact_other", "attachment"],
  "Hej {first},\n\nJag bifogar en kalenderinbjudan för upphämtningen av den trasiga vasen. Har du frågor kan du mejla elin@skogsglimt.se eller skriva till oss på Facebook-sidan Skogsglimt Design.\n\nHälsningar,",
  q="När hämtar ni vasen?", p=2, qs="gt", fmt="alt",
  att=[A("ics", "upphamtning.ics", ["Upphamtning vas"])], note="ICS calendar attachment, e-mail and Facebook page")
m("nl-NL", "factuur-nummer", ["important_tag", "missing_order_id"],
  "Beste {buyer},\n\nIn de bijlage vind je de factuur voor bestelling 403-123456-1234567.\n\nMet vriendelijke groet,",
  kind="pro", subj="[Important] Factuur", fmt="alt", p=1,
  att=[A("pdf", "Factuur_F2025-0188.pdf", ["Factuur F2025-0188"])],
  note="mistyped order id (3-6-7 digits) counts as missing; [Important] on an invoice")
m("de-DE", "dichtungsring", ["contact_phone", "styling"],
  "Guten Tag {buyer},\n\nder Ersatzdichtungsring ist unterwegs.\n\nMit freundlichen Grüßen",
  q="Wann kommt der Dichtungsring?", p=0, qs="html-tb", fmt="alt",
  hx='<div style="text-align:center"><a href="tel:+494066969377">Service-Hotline</a></div>',
  note="centred signature block with a tel: link")
m("it-IT", "nota-spese", ["attachment", "styling"],
  "Ciao {first},\n\nti mando il nostro marchio in alta risoluzione per la fattura aziendale \U0001F60A\n\nUn saluto,",
  q="Mi serve il vostro logo per la nota spese.", p=1, qs="html-gmail", fmt="alt",
  att=[A("svg", "logo_bottega.svg")], note="SVG attachment and emoji")
m("es-ES", "pedido-casa", ["external_link", "opt_out", "tracking_pixel"],
  "Hola, {first}:\n\nTu pedido {oid} ya está en casa. Si te apetece, puedes dejar una reseña del producto en Amazon.\n\nSi no deseas recibir más correos como este, haz clic aquí: https://ceramicas-alhambrasur.es/no-mas-correos?u={rid}\n\nUn saludo,",
  kind="pro", subj="Tu pedido {oid}", fmt="alt", p=1, req=True, pair="es3",
  hx='<img src="https://ceramicas-alhambrasur.es/o/{rid}.gif" width="1" height="1" alt="">',
  note="neutral review request with an unsubscribe link and a pixel (rejected, so it does not enter the ledger)")
m("en-AU", "work-address", ["styling", "missing_order_id"],
  "Hi {first},\n\nJust checking whether you'd like the tent delivered to your work address instead, as you mentioned.\n\nCheers,",
  kind="pro", subj="Your tent delivery", fmt="html", p=2,
  html='<div>Hi {first},</div>\n<div>Just checking whether you\'d like the tent delivered to your work address instead, as you mentioned.</div>\n<br><br><br><br><br>\n<div>Cheers,</div>',
  note="run of five <br> (blank-line run) in HTML, no order id")
m("es-ES", "fuente-semana", [],
  "Hola, {first}:\n\nTu fuente de horno (pedido {oid}) llegó la semana pasada. Si tienes un momento, nos ayudaría tu opinión sobre el producto en Amazon.\n\nUn saludo,",
  kind="pro", subj="Tu pedido {oid} - Cerámicas Alhambra Sur", p=1, req=True, pair="es3",
  note="neutral review request; the earlier request for this order was rejected (unsubscribe link), so this is not a repeat")

# ---- more hard negatives
m("nl-NL", "dhl-express", [],
  "Hoi {first},\n\nOmdat je haast had, hebben we de verlichtingsset met DHL Express verstuurd: zendingnummer 48 2217 0934. Bezorging morgen vóór 12:00, kosten € 0,00 voor jou.\n\nGroeten,",
  q="Kan het nog voor het weekend?", p=1, qs="gt", note="10-digit DHL Express number that looks like a phone number")
m("nl-BE", "maalschijf", [],
  "Dag {first},\n\nWij kunnen u helaas geen korting of gratis product geven in ruil voor een review; dat laat Amazon niet toe. Uiteraard helpen wij u wel met de slijtage van de maalschijf: de vervangschijf is gisteren verstuurd.\n\nMet vriendelijke groeten,",
  q="Als ik een goede review schrijf, krijg ik dan korting op een nieuwe schijf?", p=2, qs="outlook",
  note="declines a review-for-discount proposal")
m("pl-PL", "ean-model", [],
  "Dzień dobry {first},\n\nkod EAN pościeli to 5901234123457, a numer modelu DL-160-GR. Ten sam komplet w rozmiarze 200 x 220 ma EAN 5901234123464.\n\nPozdrawiamy,",
  q="Potrzebuję kodu EAN do zgłoszenia gwarancyjnego.", p=0, qs="freshdesk", note="EAN barcodes and model numbers")
m("pl-PL", "opoznienie", [],
  "Dzień dobry {buyer},\n\nw związku z zamówieniem {oid} informujemy, że z powodu awarii maszyny tkackiej wysyłka nastąpi 4 marca zamiast 28 lutego. Jeśli nie chce Pani/Pan czekać, zamówienie można bezpłatnie anulować na koncie Amazon.\n\nZ poważaniem,",
  kind="pro", subj="Opóźnienie wysyłki zamówienia {oid}", p=1, cs="windows-1250",
  note="permitted proactive fulfilment-delay notice")
m("pl-PL", "recznik-zwrot", [],
  "Dzień dobry {buyer},\n\nrozumiemy, że jest Pan niezadowolony. Niezależnie od tego, czy wystawi Pan opinię, przysługuje Panu zwrot: przesłaliśmy już 89,00 zł za uszkodzony ręcznik.\n\nZ poważaniem,",
  q="Jak nie oddacie kasy, wystawię wam jedną gwiazdkę i opiszę wszystko.", p=2, qs="outlook", buyer="Piotr Lewandowski",
  note="refund explicitly independent of the threatened review")
m("sv-SE", "swish", [],
  "Hej {first},\n\nVi kan tyvärr inte ta emot betalning via Swish eller ge rabatt utanför Amazon. Allt går via din Amazon-order, så är du skyddad av A-till-ö-garantin.\n\nHälsningar,",
  q="Kan jag få 10 % rabatt om jag swishar direkt istället?", p=1, qs="freshdesk",
  note="declines an off-Amazon payment and discount without any contact data")
m("sv-SE", "leveransdag", [],
  "Hej {buyer},\n\nDitt paket med ljusstaken (order {oid}) är för stort för brevlådan, och budfirman behöver veta om de kan ställa det utanför dörren. Går det bra, eller vill du hellre hämta det hos ombudet?\n\nVänliga hälsningar,",
  kind="pro", subj="Fråga om leveransen av order {oid}", p=0, cs="iso-8859-1",
  note="permitted proactive delivery question with order id")
m("sv-SE", "serienummer", [],
  "Hej {first},\n\nSerienumret SG-VAS-25-0147 står på undersidan. Garantin gäller i två år från leveransdatum 2025-02-12.\n\nHälsningar,",
  q="Var hittar jag serienumret för garantin?", p=2, qs="html-apple", note="serial number and ISO date")
m("en-UK", "connector-drip", [],
  "Hi {first},\n\nThe replacement can is on its way with Evri, parcel number H01HYA0048812766.\n\n\nIf the brass connector still drips, wrap two turns of PTFE tape around the thread.\n\nBest wishes,",
  q="Still a small drip from the connector.", p=0, qs="gt", fmt="plain", note="exactly two blank lines (allowed), Evri parcel number")
m("en-US", "front-desk", [],
  "Hi {first},\n\nThanks, we've updated the delivery instructions on our side: the driver will leave the kettle with your building's front desk.\n\nBest,",
  q="Please leave it at the front desk, the concierge knows. Thanks!", p=2, qs="gt",
  note="plain delivery-instruction reply, no contact data")
m("it-IT", "guarnizione-mancante", [],
  "Gentile {buyer},\n\nci scusiamo per la moka arrivata senza guarnizione di ricambio. Le abbiamo rimborsato 5,00 € e la guarnizione è già in viaggio. Non deve fare nulla.\n\nCordiali saluti,",
  q="Nella confezione mancava la guarnizione di ricambio.", p=0, qs="freshdesk", note="small refund resolving a missing part")
m("fr-CA", "numero-lot", [],
  "Bonjour {first},\n\nLe numéro de lot de votre sirop est le 2025-02-118, mis en bouteille le 18 février. Le sirop se conserve 18 mois non ouvert, puis 6 mois au réfrigérateur.\n\nBonne journée!",
  q="C'est quoi la date de péremption? Je trouve juste un numéro.", p=0, qs="helpscout", note="lot number and dates")
m("ja-JP", "invoice-number", [],
  "{buyer} 様\n\nお問い合わせの請求書番号は INV-2025-0311 です。お支払い金額は 3,960円(税込)となっております。",
  q="請求書番号を教えてください。", p=1, qs="outlook", cs="iso-2022-jp", note="invoice number and JPY price")

m("en-UK", "seed-tray", ["opt_out"],
  "Hi {first},\n\nThe seed tray lids are sold separately, I'm afraid, but the larch kit includes the fixing brackets you asked about.\n\nBest wishes,",
  q="Does the raised bed kit come with the corner brackets?", p=1, qs="edesk",
  tx="Don't want to hear from us any more? Just reply UNSUBSCRIBE and we'll take you off our mailing list.",
  note="footer line offering a reply-to-unsubscribe opt-out in a support reply")
m("de-DE", "topf-groesse", ["opt_out"],
  "Hallo {first},\n\nder 6-Liter-Topf reicht für vier bis sechs Portionen. Für Eintöpfe mit Knochen empfehlen wir, ihn höchstens zu zwei Dritteln zu füllen.\n\nViele Grüße",
  q="Reicht der Topf für eine vierköpfige Familie?", p=0, qs="zammad",
  hdrs={"List-Unsubscribe": "<https://helpdesk.kuechenwerk-brandt.de/abmelden?t={tok}>"},
  note="List-Unsubscribe header added by the helpdesk to an otherwise clean reply")

README_HEAD = """# heldout9: blind held-out test set for bsm-guard

Outgoing seller e-mails to Amazon buyer relay addresses in ten languages (en, de, fr, es, it,
ja, nl, pl, sv, pt), labelled with the POLICY.md categories they break, or none. The format follows
`/work/shared/corpus/FORMAT.md`: `msgs/NNNN-<lang>-<re|pro>-<topic>.eml` plus `labels.jsonl`
(`file`, `categories` in POLICY.md order, `lang`, `kind`, `note`). Topics in file names are neutral
words about the order, so a name never says whether a message is compliant.

## Who wrote it, and from what

Written by an AI helper session started by the bsm-guard project, working blind. It read only:

- `/work/shared/POLICY.md` (the category contract),
- `/work/shared/corpus/README.md` and `/work/shared/corpus/FORMAT.md` (format and labelling conventions),
- `/work/shared/reference/amazon-policy.md` (public notes on Amazon's rules),

plus general knowledge of helpdesks, mail clients and Amazon's localised buyer-message
notifications. It did not open the filter's code, rules or tests, any other corpus or its
messages, `generate.py` or `stats.py`, and it did not run the filter. Every shop, person, domain,
street address, phone number, handle and order id is invented; phone numbers use ranges reserved for
fiction where a country has them (UK 07700 900xxx, US/CA 555-01xx, AU 0491 570 xxx, FR 06 39 98,
SE 070-174 06xx / 08-465 06xx, DE 040 66969 xxx), other countries' numbers are made up.

Every message was written by hand for this set, in the wording an agent in that market would use
(de-DE/AT/CH, fr-FR/BE/CA, es-ES/MX, pt-BR/PT, en-US/UK/AU/IN/CA, it, ja, nl-NL/BE, pl, sv): no
violating sentence is a template filled with slot values, and every semantic violation is phrased
differently from all others.

## Rules of use

- **Measure once, never tune.** This set exists to measure how bsm-guard generalises to mail its
  authors never saw. Run it, record precision and recall per category, and do not change rules,
  word lists or code in response to individual messages here. Once the filter has been tuned on it,
  it is no longer held out.
- Check messages **in file-name order in one `bsm-guard check` run with one repeat-request ledger**.
  Repeat pairs share buyer, relay address and order id and keep their order after the seeded shuffle.

## Regenerating

```
python3 make.py      # rewrites msgs/, labels.jsonl and this README next to the script
```

Python 3.11, standard library only, fixed seeds: the output is byte-identical on every run.
`make.py` writes the MIME by hand (charsets, transfer encodings, boundaries, CRLF or LF line ends),
builds every attachment itself (PDF, PNG, baseline JPEG, GIF and animated GIF, DOCX, XLSX, ZIP, 7z and
RAR signatures, PE executable, MP4/MOV, HEIC, WebP, HTML, ICS, SVG, vCard) and then self-checks what it
wrote, exiting 1 on any failure:

- every message parses with `email.policy.default` without defects (message, parts and headers);
- `kind` agrees with `In-Reply-To`/`References` or a reply prefix in the subject;
- proactive messages carry a 3-7-7 order id unless labelled `missing_order_id`; no proactive-only
  category on a reply;
- the repeat-request ledger, simulated in file order, agrees with every `repeat_request` label
  (a request enters the ledger only if it would be relayed: no finding, or only `tracking_pixel`),
  and no order id is shared except inside a deliberate pair;
- compliant messages contain no non-Amazon or `http:` URL, no `www.` or bare domain other than
  Amazon's, no address other than a relay address, no emoji or invisible characters, no
  `List-Unsubscribe`, no style attributes or style blocks, no remote images, no runs of more than two
  blank lines, at most five non-body parts of allowed types whose bytes match their names;
- file names do not reveal labels; every category has at least 15 messages.

## Labelling conventions used

POLICY.md and the corpus README conventions, in particular: one element, one category (an address is
`contact_email` only; a remote image with the recipient id is `tracking_pixel` only; a
`List-Unsubscribe` header is `opt_out` only; a body unsubscribe link is `opt_out` and `external_link`;
an `http:` image without recipient id is `styling`); one phrase can break two rules (WhatsApp with a
number is `contact_other` and `contact_phone`; a reward for removing feedback is `review_incentive` and
`feedback_removal`; asking to change a rating to five stars is `feedback_removal` and
`review_manipulation`); quoted history counts except Amazon's own notification boilerplate (its
opt-out sentence, Seller Central links, relay address, `commMgrTok`); `[Important]` is fine on delivery
scheduling, address problems and customisation questions only; a mistyped 3-6-7 id is not an order id.
A `/dp/` or storefront link that answers the buyer's own question is `external_link` but not
`marketing`. Hiding text with `display:none` or `font-size:0` counts for what it hides (not `styling`);
white text is also `styling`. A legal or personal threat against the buyer is `offensive`.

Notes of deliberately obfuscated violations start with `obfuscated (<technique>)`.
"""

QUOTE_LEGEND = """Styles: `gt` Thunderbird/Gmail plain text with `>` quoting and an attribution line in the local
language; `html-gmail` Gmail `gmail_quote` blockquote; `html-apple` Apple Mail `type="cite"`;
`html-tb` Thunderbird `moz-cite-prefix`; `iphone` "Sent from my iPhone" in the local language plus quote;
`outlook` / `html-outlook` Outlook separator with a localised `From/Sent/To/Subject` block, unprefixed;
`zendesk` reply-above-this-line marker and conversation history; `freshdesk` `freshdesk_quote`;
`edesk` localised "Original message" block; `zammad` `[Ticket#…]` subject and `--` separator;
`osticket` `[#…]` subject; `helpscout`, `gorgias`, `freescout`, `reamaze` quoting variants; `none` no quote.
The quoted Amazon notification is localised (markers, order line, FYI text, opt-out sentence with a
Seller Central link, "Was this email helpful?" links, copyright/postal footer, `[commMgrTok:…]`) and
quoted in full, without footer, as the order/message block only, or as the buyer's text only.
"""

# ----------------------------------------------------------------------------------------------
# self-checks
# ----------------------------------------------------------------------------------------------

REPLY_SUBJ = re.compile(r"^\s*(\[[^\]]*\]\s*)?(re|aw|sv|r|odp|res|antw)\s?:", re.I)
OID_RE = re.compile(r"(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])")
AMZ_TLD = r"(?:com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|co\.za|eg|com\.tr|sa|ae|in|sg|com\.au|co\.jp)"
AMZ_HOST = re.compile(r"^(?:www\.|sellercentral\.|sellercentral-europe\.)?amazon\." + AMZ_TLD + r"$", re.I)
RELAY = re.compile(r"^[a-z0-9._-]+(\+[a-z0-9-]+)?@(m\.)?marketplace\.amazon\." + AMZ_TLD + r"$", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
BARE_RE = re.compile(r"(?<![\w@./-])((?:[a-z0-9-]+\.)+(?:com|net|org|de|fr|it|es|nl|se|pl|pt|be|at|ch|uk|jp|br|mx|au|in|ca|ie|eu|io|co|shop|store|info|biz|ly|gl|me))(?![\w-])", re.I)
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F\u200D]")
INVIS = re.compile("[\u200B-\u200F\u2060\uFEFF\u00AD]")
BAD_TOPIC = ["repeat", "incent", "manip", "remov", "market", "promo", "optout", "opt-out", "unsub", "offens", "insult",
             "pixel", "styl", "emoji", "violat", "compliant", "spam", "obfus", "phone", "email", "whatsapp", "link", "url",
             "important", "missing", "bad", "ok-", "clean", "gating", "coupon", "threat", "rude", "swear", "beacon"]
ALLOWED_EXT = {"pdf": b"%PDF", "jpg": b"\xff\xd8", "jpeg": b"\xff\xd8", "png": b"\x89PNG", "gif": b"GIF8", "txt": None,
               "doc": b"\xd0\xcf", "docx": b"PK"}


def visible(msg):
    texts, files = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        ct = part.get_content_type()
        if fn or part.get("Content-ID"):
            files.append((fn, ct, part.get_content() if not ct.startswith("text/") else part.get_content().encode("utf-8"), part))
            continue
        if ct.startswith("text/"):
            texts.append((ct, part.get_content()))
    return texts, files


def all_defects(msg):
    d = list(msg.defects)
    for part in msg.walk():
        d += list(part.defects)
        for k in part.keys():
            for v in part.get_all(k):
                d += list(getattr(v, "defects", []))
    return d


def check_compliant(fname, msg, texts, files, errs):
    subj = str(msg["subject"])
    blob = subj + "\n" + "\n".join(t for _, t in texts)
    blob_nocid = re.sub(r"cid:[^\"'\s>]+", "", blob)
    if "http://" in blob.lower():
        errs.append(fname + ": http:// in compliant")
    for u in re.findall(r"https://[^\s<>\"']+", blob):
        host = u[8:].split("/", 1)[0].split("?", 1)[0].lower()
        if not AMZ_HOST.match(host) or re.search(r"/dp/|/gp/product/|/stores/|[?&]me=", u):
            errs.append(fname + ": non-Amazon URL " + u)
    for w in re.findall(r"www\.[\w.-]+", blob, re.I):
        if not AMZ_HOST.match(w.rstrip(".")):
            errs.append(fname + ": www " + w)
    for d in BARE_RE.findall(re.sub(r"https://[^\s<>\"']+", "", blob_nocid)):
        if not AMZ_HOST.match(d) and not re.match(r"^(?:sellercentral\.)?amazon\.", d, re.I):
            errs.append(fname + ": bare domain " + d)
    for e in EMAIL_RE.findall(blob_nocid):
        if not RELAY.match(e):
            errs.append(fname + ": address " + e)
    if EMOJI.search(blob):
        errs.append(fname + ": emoji")
    if INVIS.search(blob):
        errs.append(fname + ": invisible char")
    if msg["List-Unsubscribe"]:
        errs.append(fname + ": List-Unsubscribe")
    low = blob.lower()
    for bad in ("style=", "<style", "<font", "align=", "<center", 'width="1"', 'height="1"', "display:none", "<img src=\"https"):
        if bad in low:
            errs.append(fname + ": html " + bad)
    for ct, t in texts:
        if ct == "text/plain" and re.search(r"\n[ \t]*\n[ \t]*\n[ \t]*\n", t):
            errs.append(fname + ": blank-line run")
        if ct == "text/html" and re.search(r"(<br>\s*){4,}", t):
            errs.append(fname + ": br run")
    if len(files) > 5:
        errs.append(fname + ": more than 5 parts")
    total = 0
    for fn, ct, data, _ in files:
        ext = (fn or "x.bin").rsplit(".", 1)[-1].lower()
        total += len(data)
        if ext not in ALLOWED_EXT or (ALLOWED_EXT[ext] and not data.startswith(ALLOWED_EXT[ext])):
            errs.append(fname + ": attachment " + str(fn))
        if ct == "image/gif" and b"NETSCAPE" in data:
            errs.append(fname + ": animated gif")
    if total > 10_000_000:
        errs.append(fname + ": oversize")


def main():
    outdir = ROOT
    msgdir = os.path.join(outdir, "msgs")
    if os.path.isdir(msgdir):
        shutil.rmtree(msgdir)
    os.makedirs(msgdir)
    errs = []
    # file order: seeded shuffle, then repeat pairs restored to definition order
    order = list(range(len(SPECS)))
    random.Random(SEED).shuffle(order)
    pos = {d: i for i, d in enumerate(order)}
    groups = {}
    for d, s in enumerate(SPECS):
        if s.get("pair"):
            groups.setdefault(s["pair"], []).append(d)
    for g, ds in groups.items():
        slots = sorted(pos[d] for d in ds)
        for d, sl in zip(ds, slots):
            order[sl] = d
    # render in definition order so pairs share their first member's identity
    rendered = {}
    for d, s in enumerate(SPECS):
        rendered[d] = render(s, d)
    labels = []
    ledger = set()
    oid_users = {}
    stats = []
    for n, d in enumerate(order, 1):
        s = SPECS[d]
        data, meta = rendered[d]
        c = meta["ctx"]
        kind = "reply" if s.get("kind", "re") == "re" else "proactive"
        slug = re.sub(r"[^a-z0-9-]+", "-", s["topic"].lower()).strip("-")
        fname = "msgs/%04d-%s-%s-%s.eml" % (n, c["lang"], "re" if kind == "reply" else "pro", slug)
        for b in BAD_TOPIC:
            if b in slug:
                errs.append(fname + ": topic reveals label (%s)" % b)
        with open(os.path.join(outdir, fname), "wb") as f:
            f.write(data)
        cats = [x for x in CATS if x in s["cats"]]
        if len(cats) != len(s["cats"]) or len(set(cats)) != len(cats):
            errs.append(fname + ": bad categories %r" % s["cats"])
        note = s.get("note", "")
        if s.get("obf"):
            note = "obfuscated (%s) %s" % (s["obf"], note)
        labels.append({"file": fname, "categories": cats, "lang": c["lang"], "kind": kind, "note": note})
        # ---- checks
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if all_defects(msg):
            errs.append(fname + ": MIME defects %r" % all_defects(msg))
        texts, files = visible(msg)
        subj = str(msg["subject"])
        is_reply = bool(msg["In-Reply-To"] or msg["References"] or REPLY_SUBJ.match(subj))
        if is_reply != (kind == "reply"):
            errs.append(fname + ": kind mismatch")
        blob = subj + "\n" + "\n".join(t for _, t in texts)
        has_oid = bool(OID_RE.search(blob))
        if kind == "proactive":
            if ("missing_order_id" in cats) == has_oid:
                errs.append(fname + ": order id presence vs missing_order_id label")
        else:
            for x in PROACTIVE_ONLY:
                if x in cats:
                    errs.append(fname + ": proactive-only category on reply")
        if c["oid"]:
            oid_users.setdefault(c["oid"], set()).add(s.get("pair") or fname)
        if s.get("req"):
            if not c["oid"]:
                pass
            else:
                rep = c["oid"] in ledger
                if rep != ("repeat_request" in cats):
                    errs.append(fname + ": ledger says repeat=%s" % rep)
                relayed = set(cats) <= {"tracking_pixel"} or s.get("relayed", False)
                if relayed:
                    ledger.add(c["oid"])
        elif "repeat_request" in cats:
            errs.append(fname + ": repeat_request without req flag")
        if not cats:
            check_compliant(fname, msg, texts, files, errs)
        if c["lang"] == "ja" and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", blob):
            errs.append(fname + ": ja without Japanese")
        stats.append({"file": fname, "cats": cats, "lang": c["lang"], "kind": kind, "obf": bool(s.get("obf")),
                      "top": meta["top"], "charsets": meta["charsets"], "ctes": meta["ctes"], "crlf": c["crlf"],
                      "natt": len(meta["atts"]), "ninl": len(meta["inls"]), "qs": meta["qs"], "note": note,
                      "size": len(data), "loc": s["loc"]})
    for o, users in oid_users.items():
        if len(users) > 1:
            errs.append("order id %s shared by %r" % (o, sorted(users)))
    with open(os.path.join(outdir, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    readme(stats)
    # coverage
    for cat in CATS:
        k = sum(1 for x in stats if cat in x["cats"])
        if k < 15:
            errs.append("category %s has only %d messages" % (cat, k))
    if errs:
        for e in errs:
            print("CHECK FAILED:", e, file=sys.stderr)
        sys.exit(1)
    print("ok: %d messages, %d compliant" % (len(stats), sum(1 for x in stats if not x["cats"])))


def table(rows, head):
    out = "| " + " | ".join(head) + " |\n|" + "---|" * len(head) + "\n"
    for r in rows:
        out += "| " + " | ".join(str(x) for x in r) + " |\n"
    return out


def readme(stats):
    from collections import Counter
    N = len(stats)
    comp = [x for x in stats if not x["cats"]]
    viol = [x for x in stats if x["cats"]]
    sem = [x for x in viol if set(x["cats"]) & SEMANTIC]
    t = README_HEAD
    t += "\n## Totals\n\n" + table([[N, "%d (%d%%)" % (len(comp), round(100 * len(comp) / N)), len(viol),
                                     "%d (%d%% of violations)" % (len(sem), round(100 * len(sem) / len(viol))),
                                     sum(1 for x in viol if x["obf"]), sum(1 for x in stats if x["kind"] == "reply"),
                                     sum(1 for x in stats if x["kind"] == "proactive")]],
                                   ["messages", "compliant", "violations", "with a semantic category", "obfuscated", "replies", "proactive"])
    langs = ["en", "de", "fr", "es", "it", "ja", "nl", "pl", "sv", "pt"]
    rows = []
    for l in langs:
        xs = [x for x in stats if x["lang"] == l]
        locs = Counter(x["loc"] for x in xs)
        rows.append([l, len(xs), sum(1 for x in xs if not x["cats"]), sum(1 for x in xs if x["cats"]),
                     sum(1 for x in xs if x["kind"] == "reply"), ", ".join("%s %d" % kv for kv in sorted(locs.items()))])
    t += "\n## Per language\n\n" + table(rows, ["lang", "messages", "compliant", "violations", "replies", "seller locales"])
    rows = []
    for cat in CATS:
        xs = [x for x in stats if cat in x["cats"]]
        bl = Counter(x["lang"] for x in xs)
        rows.append([cat, len(xs), sum(1 for x in xs if x["cats"] == [cat]), sum(1 for x in xs if x["obf"]),
                     ", ".join("%s %d" % (l, bl[l]) for l in langs if bl[l])])
    t += "\n## Per category\n\n" + table(rows, ["category", "messages", "as only label", "obfuscated", "by language"])
    lc = Counter(len(x["cats"]) for x in viol)
    t += "\nLabels per violating message: " + ", ".join("%d: %d" % kv for kv in sorted(lc.items())) + "\n"
    t += "\n## MIME structure\n\n"
    t += table(sorted(Counter(x["top"] for x in stats).items(), key=lambda kv: -kv[1]), ["top-level type", "messages"])
    t += "\n" + table(sorted(Counter(cs for x in stats for cs in x["charsets"]).items(), key=lambda kv: -kv[1]), ["text charset", "messages"])
    t += "\n" + table(sorted(Counter(ce for x in stats for ce in x["ctes"]).items(), key=lambda kv: -kv[1]), ["transfer encoding", "messages using it"])
    t += "\nCRLF line ends: %d; messages with attachments: %d (attachments: %d); with inline images: %d; total size: %.1f MB\n" % (
        sum(1 for x in stats if x["crlf"]), sum(1 for x in stats if x["natt"]), sum(x["natt"] for x in stats),
        sum(1 for x in stats if x["ninl"]), sum(x["size"] for x in stats) / 1e6)
    t += "\n## Quoting styles (replies)\n\n"
    t += table(sorted(Counter(x["qs"] for x in stats if x["kind"] == "reply").items(), key=lambda kv: -kv[1]),
               ["style", "replies"])
    t += "\n" + QUOTE_LEGEND
    t += "\n## Hard negatives (compliant messages)\n\n"
    t += table([[x["file"], x["note"]] for x in comp], ["file", "what it tests"])
    t += "\n## Violations\n\n"
    t += table([[x["file"], ", ".join(x["cats"]), x["note"]] for x in viol], ["file", "categories", "note"])
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(t)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""heldout13 - "peak season at a mid-size shop": a blind held-out corpus for bsm-guard.

Standard library only, fixed seeds, byte-identical output on every run.
Writes msgs/NNNN-<lang>-<re|pro>-<topic>.eml, labels.jsonl and README.md next to this
file, then self-checks them and exits 1 if a check fails.
"""
import base64
import binascii
import datetime as dt
import email
import email.policy
import hashlib
import io
import json
import quopri
import random
import re
import shutil
import struct
import sys
import zipfile
import zlib
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

CATS = ["external_link", "contact_email", "contact_phone", "contact_other",
        "review_incentive", "review_manipulation", "feedback_removal", "repeat_request",
        "marketing", "opt_out", "tracking_pixel", "attachment", "styling", "offensive",
        "important_tag", "missing_order_id", "unpermitted_proactive"]
WORDING = ["review_incentive", "review_manipulation", "feedback_removal", "repeat_request",
           "marketing", "offensive", "unpermitted_proactive"]
LANGS = ["en", "de", "fr", "es", "it", "ja", "nl", "pl", "sv", "pt"]

# --------------------------------------------------------------------------------------
# binary attachment builders (real bytes of their type, deterministic)
# --------------------------------------------------------------------------------------

def _pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, pad=0, seed=1):
    """A small valid PDF with text lines (latin-1), optional incompressible padding stream."""
    content = ["BT /F1 11 Tf 50 790 Td 14 TL"]
    for ln in lines:
        content.append("(%s) '" % _pdf_escape(ln))
    content.append("ET")
    cs = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(cs) + cs + b"\nendstream",
    ]
    if pad:
        blob = random.Random(seed).randbytes(pad)
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


def make_png(w, h, seed=1):
    rnd = random.Random(seed)
    base = [rnd.randrange(40, 220) for _ in range(3)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(((base[0] + x * 3) % 256, (base[1] + y * 2) % 256, (base[2] + x + y) % 256))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def _huff_codes(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


def make_jpeg(w, h, seed=1):
    """Baseline greyscale JFIF; each 8x8 block is flat (DC only), so the bytes are a real JPEG."""
    w, h = (w + 7) // 8 * 8, (h + 7) // 8 * 8
    rnd = random.Random(seed)
    dc_bits = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    dc_vals = list(range(12))
    ac_bits = [1] + [0] * 15
    ac_vals = [0]
    dcc, acc = _huff_codes(dc_bits, dc_vals), _huff_codes(ac_bits, ac_vals)
    out = bytearray(b"\xff\xd8")
    out += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    out += b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([8] * 64)
    out += b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, h, w, 1) + b"\x01\x11\x00"
    out += b"\xff\xc4" + struct.pack(">H", 2 + 1 + 16 + len(dc_vals)) + b"\x00" + bytes(dc_bits) + bytes(dc_vals)
    out += b"\xff\xc4" + struct.pack(">H", 2 + 1 + 16 + len(ac_vals)) + b"\x10" + bytes(ac_bits) + bytes(ac_vals)
    out += b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00"
    bitbuf, nbits, data = 0, 0, bytearray()

    def put(code, length):
        nonlocal bitbuf, nbits
        bitbuf = (bitbuf << length) | code
        nbits += length
        while nbits >= 8:
            b = (bitbuf >> (nbits - 8)) & 0xFF
            data.append(b)
            if b == 0xFF:
                data.append(0)
            nbits -= 8
    prev = 0
    g0 = rnd.randrange(60, 180)
    for by in range(h // 8):
        for bx in range(w // 8):
            v = max(0, min(255, g0 + bx * 5 - by * 4 + rnd.randrange(-12, 13)))
            dc = v - 128
            diff, prev = dc - prev, dc
            cat = 0 if diff == 0 else abs(diff).bit_length()
            put(*dcc[cat])
            if cat:
                put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
            put(*acc[0])
    if nbits:
        put((1 << (8 - nbits)) - 1, 8 - nbits)
    out += data + b"\xff\xd9"
    return bytes(out)


def _gif_lzw(indices, mcs=2):
    clear, eoi, size = 1 << mcs, (1 << mcs) + 1, mcs + 1
    codes, n = [clear], 0
    for ix in indices:
        if n == 2:
            codes.append(clear)
            n = 0
        codes.append(ix)
        n += 1
    codes.append(eoi)
    acc = nb = 0
    out = bytearray()
    for c in codes:
        acc |= c << nb
        nb += size
        while nb >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            nb -= 8
    if nb:
        out.append(acc & 0xFF)
    blocks = bytearray([mcs])
    for i in range(0, len(out), 255):
        part = out[i:i + 255]
        blocks += bytes([len(part)]) + part
    return bytes(blocks + b"\x00")


def make_gif(w, h, frames=1, seed=1):
    rnd = random.Random(seed)
    pal = bytes([255, 255, 255, 200, 30, 30, 30, 120, 40, 20, 20, 20])
    out = bytearray(b"GIF89a" + struct.pack("<HHBBB", w, h, 0xF1, 0, 0) + pal)
    if frames > 1:
        out += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    for f in range(frames):
        out += b"\x21\xf9\x04\x04" + struct.pack("<H", 40) + b"\x00\x00"
        out += b"\x2c" + struct.pack("<HHHHB", 0, 0, w, h, 0)
        out += _gif_lzw([(x + y + f + rnd.randrange(2)) % 4 for y in range(h) for x in range(w)])
    return bytes(out + b"\x3b")


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 29, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def make_docx(paras):
    body = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % (
        p.replace("&", "&amp;").replace("<", "&lt;")) for p in paras)
    return _zip([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + "</w:body></w:document>"),
    ])


def make_xlsx(rows):
    cells = "".join("<row r=\"%d\">%s</row>" % (i + 1, "".join(
        "<c t=\"inlineStr\"><is><t>%s</t></is></c>" % c for c in r)) for i, r in enumerate(rows))
    return _zip([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + cells + "</sheetData></worksheet>"),
    ])


def make_exe(seed=1):
    rnd = random.Random(seed)
    hdr = bytearray(512)
    hdr[0:2] = b"MZ"
    hdr[0x3C:0x40] = struct.pack("<I", 0x80)
    hdr[0x4E:0x4E + 39] = b"This program cannot be run in DOS mode."
    hdr[0x80:0x84] = b"PE\x00\x00"
    hdr[0x84:0x86] = struct.pack("<H", 0x14C)
    return bytes(hdr) + rnd.randbytes(1536)


def make_isobmff(brand, seed=1, n=2048):
    ftyp = struct.pack(">I", 24) + b"ftyp" + brand + b"\x00\x00\x02\x00" + brand + b"mp41"
    payload = random.Random(seed).randbytes(n)
    return ftyp + struct.pack(">I", 8 + len(payload)) + b"mdat" + payload


def make_webp(seed=1):
    # lossless 1x1 VP8L bitstream
    vp8l = b"\x2f\x00\x00\x00\x00\x88\x88\x08\x00"
    body = b"WEBP" + b"VP8L" + struct.pack("<I", len(vp8l)) + vp8l + b"\x00"
    return b"RIFF" + struct.pack("<I", len(body)) + body


def make_ics(summary, when):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Helpdesk//Calendar//EN\r\nBEGIN:VEVENT\r\n"
            "UID:%s@calendar\r\nDTSTAMP:20241128T090000Z\r\nDTSTART:%s\r\nDURATION:PT2H\r\n"
            "SUMMARY:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (hashlib.md5(summary.encode()).hexdigest()[:12], when, summary)).encode()


MAGIC = {
    "pdf": b"%PDF-", "png": b"\x89PNG", "jpg": b"\xff\xd8\xff", "gif": b"GIF89a", "zip": b"PK\x03\x04",
    "docx": b"PK\x03\x04", "xlsx": b"PK\x03\x04", "exe": b"MZ",
}

CTYPE = {
    "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "gif": "image/gif",
    "txt": "text/plain", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip": "application/zip",
    "exe": "application/x-msdownload", "mp4": "video/mp4", "mov": "video/quicktime", "heic": "image/heic",
    "webp": "image/webp", "html": "text/html", "ics": "text/calendar",
}


def att_bytes(kind, seed, text):
    lines = text or ["Document"]
    if kind == "pdf":
        return make_pdf(lines, seed=seed)
    if kind == "bigpdf":
        return make_pdf(lines, pad=10_700_000, seed=seed)
    if kind == "png":
        return make_png(48, 36, seed)
    if kind == "jpg":
        return make_jpeg(64, 48, seed)
    if kind == "gif":
        return make_gif(16, 12, 1, seed)
    if kind == "agif":
        return make_gif(16, 12, 3, seed)
    if kind == "txt":
        return ("\n".join(lines) + "\n").encode("utf-8")
    if kind == "docx":
        return make_docx(lines)
    if kind == "xlsx":
        return make_xlsx([l.split(";") for l in lines])
    if kind == "zip":
        return _zip([("photos/readme.txt", "\n".join(lines)), ("photos/label.pdf", make_pdf(lines, seed=seed))])
    if kind == "exe":
        return make_exe(seed)
    if kind == "mp4":
        return make_isobmff(b"isom", seed)
    if kind == "mov":
        return make_isobmff(b"qt  ", seed)
    if kind == "heic":
        return make_isobmff(b"heic", seed)
    if kind == "webp":
        return make_webp(seed)
    if kind == "html":
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body><p>%s</p></body></html>\n"
                % (lines[0], "</p><p>".join(lines))).encode("utf-8")
    if kind == "ics":
        return make_ics(lines[0], "20241212T090000Z")
    raise ValueError(kind)


# --------------------------------------------------------------------------------------
# the world: marketplaces, sellers, products, agents, buyers
# --------------------------------------------------------------------------------------

MP = {
    "uk": ("co.uk", ["202", "203", "204", "206", "026"], "Amazon UK Services Ltd., 1 Principal Place, Worship Street, London EC2A 2FA"),
    "us": ("com", ["111", "112", "113", "114"], "Amazon.com, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210"),
    "ca": ("ca", ["701", "702"], "Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto, Ontario M5H 3Y2"),
    "de": ("de", ["302", "303", "304", "305", "306", "028"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
    "fr": ("fr", ["402", "403", "404", "405", "171"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg"),
    "it": ("it", ["402", "403", "404", "405", "171"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo"),
    "es": ("es", ["402", "403", "404", "405", "171"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo"),
    "nl": ("nl", ["402", "403", "404", "405"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
    "be": ("com.be", ["402", "403", "404"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
    "se": ("se", ["402", "403", "404", "405"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
    "pl": ("pl", ["402", "403", "404", "405"], "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg"),
    "jp": ("co.jp", ["249", "250", "503"], "アマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1"),
    "br": ("com.br", ["701", "702"], "Amazon Serviços de Varejo do Brasil Ltda., Av. Juscelino Kubitschek, 2041, São Paulo - SP, 04543-011"),
    "mx": ("com.mx", ["701", "702"], "Servicios Comerciales Amazon México S. de R.L. de C.V., Juan Salvador Agraz 73, Cuajimalpa, 05348 Ciudad de México"),
}

SELLERS = {
    "hh": dict(name="Hearth & Hob", domain="hearthandhob.co.uk", trade="kitchenware",
               mp={"en": "uk", "de": "de", "fr": "fr", "it": "it", "es": "es", "nl": "nl", "sv": "se", "pl": "pl"},
               hd={"en": "zendesk"}, hd_default="edesk",
               agents={"en": ["Priya Nair", "Tom Ashworth", "Megan Lloyd"], "de": ["Katrin Vogel"], "fr": ["Léa Fournier"],
                       "it": ["Giulia Ferri"], "es": ["Marta Ruiz"], "nl": ["Sanne Peeters"], "sv": ["Linnea Ek"], "pl": ["Ola Wójcik"]}),
    "kv": dict(name="Kleine Vos Kidswear", domain="kleinevos-kids.nl", trade="kids' clothing",
               mp={"nl": "nl", "sv": "se", "pl": "pl", "de": "de", "en": "uk", "fr": "be"},
               hd={"nl": "freshdesk", "en": "freshdesk", "fr": "freshdesk"}, hd_default="zammad",
               agents={"nl": ["Sanne de Groot", "Bram Visser"], "sv": ["Elin Berg", "Oskar Lind"], "pl": ["Agnieszka Nowak", "Kasia Mazur"],
                       "de": ["Jonas Becker"], "en": ["Emma Clarke"], "fr": ["Manon Dubois"]}),
    "ip": dict(name="Ironpeak Nutrition", domain="ironpeak-nutrition.de", trade="sports nutrition",
               mp={"de": "de", "en": "uk", "it": "it", "es": "es", "fr": "fr", "pl": "pl", "nl": "nl", "sv": "se"},
               hd={"de": "gorgias", "en": "gorgias", "pl": "kustomer", "nl": "kustomer", "sv": "kustomer"}, hd_default="helpscout",
               agents={"de": ["Lukas Hartmann", "Nina Schulz"], "en": ["Dan Fletcher"], "it": ["Marco Bianchi", "Sara Conti"],
                       "es": ["Lucía Gómez"], "fr": ["Julien Martin"], "pl": ["Piotr Zieliński"], "nl": ["Joris Smit"], "sv": ["Maja Holm"]}),
    "vm": dict(name="Voltmint Mobile", domain="voltmint-mobile.com", trade="phone accessories",
               mp={"en": "us", "ja": "jp", "pt": "br", "es": "mx", "fr": "ca"},
               hd={"en": "reamaze", "ja": "thunderbird", "pt": "helpscout", "es": "kustomer", "fr": "kustomer"}, hd_default="reamaze",
               agents={"en": ["Jordan Reyes", "Ashley Kim", "Sam Okafor"], "ja": ["佐藤 美咲", "高橋 健"], "pt": ["Rafael Souza", "Camila Lima"],
                       "es": ["Diego Herrera"], "fr": ["Chloé Tremblay"]}),
}

PRODUCTS = {
    "hh": {
        "pan": ("B0D7KX3Q2M", {"en": "Hearth & Hob Cast Iron Skillet 26 cm, Pre-Seasoned", "de": "Hearth & Hob Gusseisenpfanne 26 cm, eingebrannt",
                                "fr": "Hearth & Hob Poêle en fonte 26 cm, pré-culottée", "it": "Hearth & Hob Padella in ghisa 26 cm",
                                "es": "Hearth & Hob Sartén de hierro fundido 26 cm"}),
        "knives": ("B0CR9TLW4H", {"en": "Hearth & Hob 5-Piece Knife Block Set, German Steel", "de": "Hearth & Hob Messerblock 5-teilig",
                                  "fr": "Hearth & Hob Bloc de 5 couteaux", "it": "Hearth & Hob Ceppo 5 coltelli", "es": "Hearth & Hob Taco de 5 cuchillos"}),
        "mixer": ("B0D1M8PZ7N", {"en": "Hearth & Hob Stand Mixer 1200 W, 5.5 L Bowl", "de": "Hearth & Hob Küchenmaschine 1200 W, 5,5 L",
                                 "fr": "Hearth & Hob Robot pâtissier 1200 W, 5,5 L", "it": "Hearth & Hob Impastatrice planetaria 1200 W",
                                 "es": "Hearth & Hob Robot de cocina amasador 1200 W"}),
        "shaker": ("B0CK2WQ5RS", {"en": "Hearth & Hob Cocktail Shaker Set, 750 ml, Brushed Steel", "de": "Hearth & Hob Cocktail-Shaker-Set 750 ml",
                                  "fr": "Hearth & Hob Kit shaker à cocktail 750 ml", "it": "Hearth & Hob Set shaker per cocktail 750 ml",
                                  "es": "Hearth & Hob Set coctelera 750 ml"}),
        "board": ("B0D3HF8YJ2", {"en": "Hearth & Hob Personalised Oak Chopping Board, Engraved", "de": "Hearth & Hob Eichen-Schneidebrett mit Gravur",
                                 "fr": "Hearth & Hob Planche à découper en chêne gravée", "it": "Hearth & Hob Tagliere in rovere con incisione",
                                 "es": "Hearth & Hob Tabla de roble grabada"}),
        "island": ("B0DB6MQ2XW", {"en": "Hearth & Hob Oak Kitchen Island Trolley with Butcher Block Top, 48 kg", "de": "Hearth & Hob Kücheninsel aus Eiche mit Arbeitsplatte, 48 kg",
                                  "fr": "Hearth & Hob Îlot de cuisine en chêne, 48 kg", "it": "Hearth & Hob Isola da cucina in rovere, 48 kg",
                                  "es": "Hearth & Hob Isla de cocina de roble, 48 kg"}),
        "casserole": ("B0C9VNZ4TD", {"en": "Hearth & Hob Enamelled Cast Iron Casserole 5.2 L, Cherry Red", "de": "Hearth & Hob Bräter Gusseisen emailliert 5,2 L",
                                     "fr": "Hearth & Hob Cocotte en fonte émaillée 5,2 L", "it": "Hearth & Hob Casseruola in ghisa smaltata 5,2 L",
                                     "es": "Hearth & Hob Cacerola de hierro fundido esmaltado 5,2 L"}),
    },
    "kv": {
        "pj": ("B0DCN4P7XK", {"en": "Kleine Vos Kids Christmas Pyjamas, Organic Cotton", "nl": "Kleine Vos Kerstpyjama kinderen, biokatoen",
                              "sv": "Kleine Vos Julpyjamas barn, ekologisk bomull", "pl": "Kleine Vos Świąteczna piżama dziecięca, bawełna organiczna",
                              "de": "Kleine Vos Kinder-Weihnachtsschlafanzug, Bio-Baumwolle", "fr": "Kleine Vos Pyjama de Noël enfant, coton bio"}),
        "jacket": ("B0D5RT2WQ8", {"en": "Kleine Vos Kids Winter Jacket, Water-Repellent", "nl": "Kleine Vos Winterjas kinderen, waterafstotend",
                                  "sv": "Kleine Vos Vinterjacka barn, vattenavvisande", "pl": "Kleine Vos Kurtka zimowa dziecięca, wodoodporna",
                                  "de": "Kleine Vos Kinder-Winterjacke, wasserabweisend", "fr": "Kleine Vos Veste d'hiver enfant, déperlante"}),
        "romper": ("B0D8YH6LZ3", {"en": "Kleine Vos Baby Romper with Name Embroidery", "nl": "Kleine Vos Babyromper met geborduurde naam",
                                  "sv": "Kleine Vos Babybody med broderat namn", "pl": "Kleine Vos Pajacyk niemowlęcy z haftowanym imieniem",
                                  "de": "Kleine Vos Baby-Strampler mit Namensstickerei", "fr": "Kleine Vos Grenouillère bébé brodée au prénom"}),
        "mittens": ("B0CZ4KMX9P", {"en": "Kleine Vos Knitted Mittens, 2 Pairs", "nl": "Kleine Vos Gebreide wanten, 2 paar",
                                   "sv": "Kleine Vos Stickade vantar, 2 par", "pl": "Kleine Vos Rękawiczki z dzianiny, 2 pary",
                                   "de": "Kleine Vos Strickfäustlinge, 2 Paar", "fr": "Kleine Vos Moufles tricotées, 2 paires"}),
    },
    "ip": {
        "whey": ("B0C6TQ8LM2", {"en": "Ironpeak Whey Protein 2 kg, Vanilla", "de": "Ironpeak Whey Protein 2 kg, Vanille", "it": "Ironpeak Proteine Whey 2 kg, Vaniglia",
                                "es": "Ironpeak Proteína Whey 2 kg, Vainilla", "fr": "Ironpeak Protéine Whey 2 kg, Vanille", "pl": "Ironpeak Białko Whey 2 kg, wanilia",
                                "nl": "Ironpeak Whey Proteïne 2 kg, Vanille", "sv": "Ironpeak Vassleprotein 2 kg, Vanilj"}),
        "creatine": ("B0CB2XH7NR", {"en": "Ironpeak Creatine Monohydrate 500 g", "de": "Ironpeak Kreatin Monohydrat 500 g", "it": "Ironpeak Creatina Monoidrato 500 g",
                                    "es": "Ironpeak Creatina Monohidrato 500 g", "fr": "Ironpeak Créatine Monohydrate 500 g", "pl": "Ironpeak Kreatyna Monohydrat 500 g",
                                    "nl": "Ironpeak Creatine Monohydraat 500 g", "sv": "Ironpeak Kreatin Monohydrat 500 g"}),
        "advent": ("B0DFW3RK6J", {"en": "Ironpeak Fitness Advent Calendar 2024, 24 Snacks", "de": "Ironpeak Fitness-Adventskalender 2024, 24 Snacks",
                                  "it": "Ironpeak Calendario dell'Avvento Fitness 2024", "es": "Ironpeak Calendario de Adviento Fitness 2024",
                                  "fr": "Ironpeak Calendrier de l'Avent Fitness 2024", "pl": "Ironpeak Kalendarz adwentowy fitness 2024",
                                  "nl": "Ironpeak Fitness Adventskalender 2024", "sv": "Ironpeak Adventskalender Fitness 2024"}),
        "bars": ("B0CJ5PN2VE", {"en": "Ironpeak Protein Bars, 12 x 60 g, Salted Caramel", "de": "Ironpeak Proteinriegel 12 x 60 g, Salted Caramel",
                                "it": "Ironpeak Barrette proteiche 12 x 60 g", "es": "Ironpeak Barritas de proteína 12 x 60 g",
                                "fr": "Ironpeak Barres protéinées 12 x 60 g", "pl": "Ironpeak Batony białkowe 12 x 60 g",
                                "nl": "Ironpeak Proteïnerepen 12 x 60 g", "sv": "Ironpeak Proteinbars 12 x 60 g"}),
    },
    "vm": {
        "case": ("B0CHX4T9RW", {"en": "Voltmint MagSafe Clear Case for iPhone 15", "ja": "Voltmint MagSafe対応 クリアケース iPhone 15用",
                                "pt": "Voltmint Capa Transparente MagSafe para iPhone 15", "es": "Voltmint Funda Transparente MagSafe para iPhone 15",
                                "fr": "Voltmint Étui transparent MagSafe pour iPhone 15"}),
        "charger": ("B0CM7ZK2QP", {"en": "Voltmint 65W GaN USB-C Charger, 3 Ports", "ja": "Voltmint 65W GaN USB-C 急速充電器 3ポート",
                                   "pt": "Voltmint Carregador GaN USB-C 65W, 3 portas", "es": "Voltmint Cargador GaN USB-C 65 W, 3 puertos",
                                   "fr": "Voltmint Chargeur GaN USB-C 65 W, 3 ports"}),
        "powerbank": ("B0CV3RD8MA", {"en": "Voltmint 20000mAh Power Bank, PD 30W", "ja": "Voltmint モバイルバッテリー 20000mAh PD 30W",
                                     "pt": "Voltmint Carregador Portátil 20000mAh PD 30W", "es": "Voltmint Batería Externa 20000mAh PD 30W",
                                     "fr": "Voltmint Batterie externe 20000 mAh PD 30 W"}),
        "earbuds": ("B0D2QW6JHN", {"en": "Voltmint ANC Pro Wireless Earbuds", "ja": "Voltmint ANC Pro ワイヤレスイヤホン",
                                   "pt": "Voltmint Fones de Ouvido sem Fio ANC Pro", "es": "Voltmint Audífonos Inalámbricos ANC Pro",
                                   "fr": "Voltmint Écouteurs sans fil ANC Pro"}),
        "watch": ("B0D4LT7RZC", {"en": "Voltmint Fit Smartwatch with Call and App Notifications", "ja": "Voltmint Fit スマートウォッチ 着信・アプリ通知対応",
                                 "pt": "Voltmint Fit Smartwatch com Notificações", "es": "Voltmint Fit Reloj Inteligente con Notificaciones",
                                 "fr": "Voltmint Fit Montre connectée avec notifications"}),
        "cable": ("B0BZ8PX3MV", {"en": "Voltmint Braided USB-C Cable 2 m, 2-Pack", "ja": "Voltmint USB-C ケーブル 2m 2本セット",
                                 "pt": "Voltmint Cabo USB-C Trançado 2 m, 2 unidades", "es": "Voltmint Cable USB-C Trenzado 2 m, paquete de 2",
                                 "fr": "Voltmint Câble USB-C tressé 2 m, lot de 2"}),
    },
}

BUYERS = {
    "en": ["Sarah", "James", "Olivia", "Mark", "Chloe", "Daniel", "Hannah", "Ben", "Laura", "Kevin", "Aisha", "Rob", "Jessica", "Tyler", "Fiona", "Gareth"],
    "de": ["Stefanie", "Markus", "Anja", "Jörg", "Claudia", "Florian", "Sabine", "Tobias"],
    "fr": ["Camille", "Nicolas", "Élodie", "Thomas", "Sandrine", "Hugo", "Aurélie"],
    "es": ["Lucía", "Javier", "Carmen", "Pablo", "Inés", "Sergio", "Alejandra"],
    "it": ["Francesca", "Luca", "Chiara", "Matteo", "Elena", "Davide", "Valentina"],
    "ja": ["山田", "鈴木", "田中", "伊藤", "渡辺", "中村", "小林"],
    "nl": ["Lotte", "Daan", "Femke", "Ruben", "Anouk", "Sven", "Iris"],
    "pl": ["Magdalena", "Tomasz", "Joanna", "Paweł", "Ewa", "Marcin", "Karolina"],
    "sv": ["Sara", "Johan", "Emma", "Erik", "Ida", "Anders", "Frida"],
    "pt": ["Ana", "Bruno", "Juliana", "Felipe", "Mariana", "Lucas", "Beatriz"],
}

L = {
    "en": dict(start="------------- Message: -------------", end="------------- End message -------------",
               intro="You have received a message from Amazon customer {buyer}.", order="Order ID", qty="1 of",
               reply="To reply, respond to this e-mail or go to your Seller Central account:",
               helpful="Was this email helpful?", yes="Yes", no="No", wrote="On {d}, {w} wrote:",
               ol=("From", "Sent", "To", "Subject"), regards=["Kind regards,", "Best wishes,", "Many thanks,", "Warm regards,", "All the best,"],
               team="Customer Care", subj="Inquiry from Amazon customer {buyer} (Order: {order})", re="Re:",
               zd="##- Please type your reply above this line -##", orig="---- Original message ----"),
    "de": dict(start="------------- Nachricht: -------------", end="------------- Ende der Nachricht -------------",
               intro="Sie haben eine Nachricht von Amazon-Kunde {buyer} erhalten.", order="Bestellnummer", qty="1 von",
               reply="Um zu antworten, antworten Sie auf diese E-Mail oder besuchen Sie Ihr Seller Central-Konto:",
               helpful="War diese E-Mail hilfreich?", yes="Ja", no="Nein", wrote="Am {d} schrieb {w}:",
               ol=("Von", "Gesendet", "An", "Betreff"), regards=["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Herzliche Grüße"],
               team="Kundenservice", subj="Anfrage von Amazon-Kunde {buyer} (Bestellung: {order})", re="AW:",
               zd="##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##", orig="---- Ursprüngliche Nachricht ----"),
    "fr": dict(start="------------- Message : -------------", end="------------- Fin du message -------------",
               intro="Vous avez reçu un message du client Amazon {buyer}.", order="Numéro de commande", qty="1 sur",
               reply="Pour répondre, répondez à cet e-mail ou rendez-vous sur votre compte Seller Central :",
               helpful="Cet e-mail vous a-t-il été utile ?", yes="Oui", no="Non", wrote="Le {d}, {w} a écrit :",
               ol=("De", "Envoyé", "À", "Objet"), regards=["Cordialement,", "Bien à vous,", "Belle journée,", "Bien cordialement,"],
               team="Service client", subj="Demande du client Amazon {buyer} (Commande : {order})", re="RE :",
               zd="##- Veuillez écrire votre réponse au-dessus de cette ligne -##", orig="---- Message d'origine ----"),
    "es": dict(start="------------- Mensaje: -------------", end="------------- Finalizar mensaje -------------",
               intro="Has recibido un mensaje del cliente de Amazon {buyer}.", order="Número de pedido", qty="1 de",
               reply="Para responder, contesta a este correo electrónico o accede a tu cuenta de Seller Central:",
               helpful="¿Te ha resultado útil este correo electrónico?", yes="Sí", no="No", wrote="El {d}, {w} escribió:",
               ol=("De", "Enviado", "Para", "Asunto"), regards=["Un saludo,", "Saludos cordiales,", "Atentamente,", "Un abrazo,"],
               team="Atención al cliente", subj="Consulta del cliente de Amazon {buyer} (Pedido: {order})", re="RE:",
               zd="##- Escriba su respuesta por encima de esta línea -##", orig="---- Mensaje original ----"),
    "it": dict(start="------------- Messaggio: -------------", end="------------- Fine messaggio -------------",
               intro="Hai ricevuto un messaggio dal cliente Amazon {buyer}.", order="Numero ordine", qty="1 di",
               reply="Per rispondere, rispondi a questa e-mail o accedi al tuo account Seller Central:",
               helpful="Questa e-mail ti è stata utile?", yes="Sì", no="No", wrote="Il giorno {d} {w} ha scritto:",
               ol=("Da", "Inviato", "A", "Oggetto"), regards=["Cordiali saluti,", "Un saluto,", "A presto,", "Un caro saluto,"],
               team="Servizio clienti", subj="Richiesta del cliente Amazon {buyer} (Ordine: {order})", re="R:",
               zd="##- Scrivi la tua risposta sopra questa riga -##", orig="---- Messaggio originale ----"),
    "ja": dict(start="------------- メッセージ: -------------", end="------------- メッセージ終了 -------------",
               intro="Amazonのお客様（{buyer}様）からメッセージが届きました。", order="注文番号", qty="1 点:",
               reply="返信するには、このEメールに返信するか、セラーセントラルにアクセスしてください:",
               helpful="このEメールは役に立ちましたか？", yes="はい", no="いいえ", wrote="{d} に {w} さんは書きました:",
               ol=("差出人", "送信日時", "宛先", "件名"), regards=["よろしくお願いいたします。"],
               team="カスタマーサポート", subj="Amazonのお客様 {buyer} からのお問い合わせ (注文番号: {order})", re="Re:",
               zd="##- このラインより上に返信を入力してください -##", orig="---- 元のメッセージ ----"),
    "nl": dict(start="------------- Bericht: -------------", end="------------- Einde bericht -------------",
               intro="U hebt een bericht ontvangen van Amazon-klant {buyer}.", order="Bestelnummer", qty="1 van",
               reply="Om te antwoorden, beantwoordt u deze e-mail of gaat u naar uw Seller Central-account:",
               helpful="Was deze e-mail nuttig?", yes="Ja", no="Nee", wrote="Op {d} schreef {w}:",
               ol=("Van", "Verzonden", "Aan", "Onderwerp"), regards=["Met vriendelijke groet,", "Groetjes,", "Hartelijke groet,"],
               team="Klantenservice", subj="Vraag van Amazon-klant {buyer} (Bestelling: {order})", re="Re:",
               zd="##- Typ uw antwoord boven deze regel -##", orig="---- Oorspronkelijk bericht ----"),
    "pl": dict(start="------------- Wiadomość: -------------", end="------------- Koniec wiadomości -------------",
               intro="Otrzymano wiadomość od klienta Amazon {buyer}.", order="Numer zamówienia", qty="1 z",
               reply="Aby odpowiedzieć, odpowiedz na tę wiadomość e-mail lub przejdź do konta Seller Central:",
               helpful="Czy ten e-mail był pomocny?", yes="Tak", no="Nie", wrote="W dniu {d} {w} pisze:",
               ol=("Od", "Wysłano", "Do", "Temat"), regards=["Pozdrawiam serdecznie,", "Z poważaniem,", "Pozdrawiamy,"],
               team="Obsługa klienta", subj="Zapytanie od klienta Amazon {buyer} (Zamówienie: {order})", re="Odp:",
               zd="##- Wpisz odpowiedź nad tą linią -##", orig="---- Wiadomość oryginalna ----"),
    "sv": dict(start="------------- Meddelande: -------------", end="------------- Slut på meddelandet -------------",
               intro="Du har fått ett meddelande från Amazon-kunden {buyer}.", order="Ordernummer", qty="1 av",
               reply="Svara på det här e-postmeddelandet eller gå till ditt Seller Central-konto för att svara:",
               helpful="Var det här e-postmeddelandet till hjälp?", yes="Ja", no="Nej", wrote="Den {d} skrev {w}:",
               ol=("Från", "Skickat", "Till", "Ämne"), regards=["Vänliga hälsningar,", "Med vänlig hälsning,", "Hälsningar,"],
               team="Kundtjänst", subj="Förfrågan från Amazon-kunden {buyer} (Beställning: {order})", re="SV:",
               zd="##- Skriv ditt svar ovanför den här raden -##", orig="---- Ursprungligt meddelande ----"),
    "pt": dict(start="------------- Mensagem: -------------", end="------------- Encerrar mensagem -------------",
               intro="Você recebeu uma mensagem do cliente da Amazon {buyer}.", order="Número do pedido", qty="1 de",
               reply="Para responder, responda a este e-mail ou acesse sua conta do Seller Central:",
               helpful="Este e-mail foi útil?", yes="Sim", no="Não", wrote="Em {d}, {w} escreveu:",
               ol=("De", "Enviado", "Para", "Assunto"), regards=["Atenciosamente,", "Abraços,", "Um abraço,"],
               team="Atendimento ao cliente", subj="Consulta do cliente da Amazon {buyer} (Pedido: {order})", re="Re:",
               zd="##- Digite sua resposta acima desta linha -##", orig="---- Mensagem original ----"),
}

FOOT = {  # seasonal macro footers (compliant)
    ("hh", "en"): "Festive opening hours: we answer messages Monday to Saturday until 23 December and again from 2 January.",
    ("hh", "de"): "Feiertage: Wir beantworten Nachrichten bis zum 23.12. und wieder ab dem 02.01.",
    ("hh", "fr"): "Horaires des fêtes : nous répondons jusqu'au 23 décembre puis à partir du 2 janvier.",
    ("hh", "it"): "Orari festivi: rispondiamo fino al 23 dicembre e di nuovo dal 2 gennaio.",
    ("hh", "es"): "Horario navideño: respondemos hasta el 23 de diciembre y de nuevo desde el 2 de enero.",
    ("kv", "nl"): "Tijdens de feestdagen (24 december t/m 1 januari) kan ons antwoord iets langer duren.",
    ("kv", "sv"): "Under helgerna (24 december till 1 januari) kan det ta lite längre tid innan vi svarar.",
    ("kv", "pl"): "W okresie świątecznym (24.12-01.01) odpowiedź może potrwać nieco dłużej.",
    ("kv", "de"): "Zwischen dem 24.12. und dem 01.01. kann unsere Antwort etwas länger dauern.",
    ("kv", "en"): "Over the holidays (24 December to 1 January) replies may take a little longer.",
    ("ip", "de"): "Zwischen den Jahren (27.-30.12.) sind wir mit kleiner Besetzung da - Antworten können bis zu 48 Std. dauern.",
    ("ip", "en"): "Between Christmas and New Year (27-30 Dec) we run a small team, so replies can take up to 48 hours.",
    ("ip", "it"): "Tra Natale e Capodanno (27-30/12) il team è ridotto: le risposte possono richiedere fino a 48 ore.",
    ("ip", "es"): "Entre Navidad y Año Nuevo (27-30/12) el equipo es reducido: la respuesta puede tardar hasta 48 h.",
    ("ip", "fr"): "Entre Noël et le Nouvel An (27-30/12), l'équipe est réduite : réponse sous 48 h maximum.",
    ("vm", "en"): "Holiday hours: replies within 1 business day; closed Dec 25 and Jan 1.",
    ("vm", "ja"): "年末年始休業のお知らせ：12月28日から1月5日まで休業いたします。",
    ("vm", "pt"): "Horário de fim de ano: respondemos em até 1 dia útil; fechado em 25/12 e 01/01.",
    ("vm", "es"): "Horario de fin de año: respondemos en 1 día hábil; cerrado el 25/12 y el 01/01.",
}

PSUBJ = {"en": "Your Amazon order {order}", "de": "Ihre Amazon-Bestellung {order}", "fr": "Votre commande Amazon {order}",
         "es": "Tu pedido de Amazon {order}", "it": "Il tuo ordine Amazon {order}", "ja": "ご注文（{order}）について",
         "nl": "Uw Amazon-bestelling {order}", "pl": "Twoje zamówienie Amazon {order}", "sv": "Din Amazon-beställning {order}",
         "pt": "Seu pedido Amazon {order}"}

HD_MAILER = {
    "zendesk": [("X-Mailer", "Zendesk Mailer")],
    "freshdesk": [("X-Mailer", "Freshdesk"), ("X-FD-Email", "outbound")],
    "helpscout": [("X-Mailer", "Help Scout")],
    "gorgias": [("X-Mailer", "Gorgias")],
    "zammad": [("X-Mailer", "Zammad Mail Service"), ("X-Loop", "yes")],
    "edesk": [("X-Mailer", "eDesk Mailer")],
    "reamaze": [("X-Mailer", "Reamaze")],
    "kustomer": [("X-Mailer", "Kustomer Mail")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtCq1Z8n3kLwV4QS0KzTgYpRk2fNQ==")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "applemail": [("X-Mailer", "iPhone Mail (21H216)")],
    "shipsoft": [("X-Mailer", "ParcelPilot Notifications 4.2")],
    "newsletter": [("X-Mailer", "Mailora Campaigns 7")],
}
HTML_HD = {"helpscout", "freshdesk", "gorgias", "kustomer", "reamaze", "newsletter"}

SEASONS = {"bf": (dt.datetime(2024, 11, 22, 7, 0), 11), "xmas": (dt.datetime(2024, 12, 3, 7, 0), 21),
           "jan": (dt.datetime(2024, 12, 27, 7, 0), 28), "any": (dt.datetime(2024, 11, 22, 7, 0), 62)}
TOPIC_SEASON = {"delay": "xmas", "return": "jan", "refund": "jan", "replacement": "xmas", "stockout": "bf", "gift": "xmas",
                "warranty": "jan", "price": "bf", "address": "xmas", "review": "any", "feedback": "jan", "damaged": "xmas",
                "sizing": "xmas", "invoice": "any", "delivery": "xmas", "question": "bf", "cancel": "bf"}
TOPICS = sorted(TOPIC_SEASON)

SPECS = []


def M(lang, kind, topic, cats, note, body, **kw):
    assert kind in ("re", "pro"), kind
    assert topic in TOPIC_SEASON, topic
    cl = cats.split() if isinstance(cats, str) else list(cats)
    SPECS.append(dict(lang=lang, kind=kind, topic=topic, cats=cl, note=note, body=body, kw=kw, idx=len(SPECS)))


# --------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


URL_RE = re.compile(r"https?://[^\s<>\"']+")


def linkify(s):
    out, pos = [], 0
    for m_ in URL_RE.finditer(s):
        out.append(esc(s[pos:m_.start()]))
        u = m_.group(0)
        out.append('<a href="%s">%s</a>' % (u.replace("&", "&amp;"), esc(u)))
        pos = m_.end()
    out.append(esc(s[pos:]))
    return "".join(out)


def to_html(text):
    paras = [p for p in text.split("\n\n")]
    return "\n".join("<p>%s</p>" % "<br>\n".join(linkify(l) for l in p.split("\n")) for p in paras if p.strip())


def qdate(lang, d):
    if lang == "ja":
        return "%d/%02d/%02d %d:%02d" % (d.year, d.month, d.day, d.hour, d.minute)
    if lang == "en":
        return d.strftime("%d %b %Y, at %H:%M").lstrip("0")
    return d.strftime("%d.%m.%Y %H:%M") if lang in ("de", "pl", "nl", "sv") else d.strftime("%d/%m/%Y %H:%M")


def rand_token(rng, n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


class Ctx:
    pass


def notice(c):
    """Amazon's localised buyer-message notification (plain lines)."""
    lo = L[c.lang]
    sc = "https://sellercentral.amazon.%s" % c.tld
    lines = [lo["intro"].format(buyer=c.buyer), ""]
    if not c.kw.get("noorder_notice"):
        lines += ["# %s:" % c.order, "%s %s [ASIN: %s]" % (lo["qty"], c.title, c.asin), ""]
    else:
        lines += ["%s [ASIN: %s]" % (c.title, c.asin), ""]
    lines += [lo["start"], ""] + c.bq.split("\n") + ["", lo["end"], "",
              lo["reply"], "%s/messaging/inbox?threadId=%s" % (sc, c.tid), "",
              lo["helpful"],
              "%s: %s/gp/communication-manager/feedback.html?rating=yes&t=%s" % (lo["yes"], sc, c.tok),
              "%s: %s/gp/communication-manager/feedback.html?rating=no&t=%s" % (lo["no"], sc, c.tok), "",
              "[commMgrTok:%s]" % c.tok, "",
              "Copyright 2024 Amazon, Inc. or its affiliates. All rights reserved.", MP[c.mpk][2]]
    return lines


def signature(c):
    kw = c.kw
    if kw.get("sig") is not None:
        return kw["sig"]
    lo = L[c.lang]
    if c.lang == "ja":
        s = "%s %s\n%s" % (c.seller["name"], lo["team"], c.agent)
    else:
        s = "%s\n%s\n%s %s" % (c.rng.choice(lo["regards"]), c.agent, c.seller["name"], lo["team"])
    if kw.get("foot"):
        f = kw["foot"] if isinstance(kw["foot"], str) else FOOT[(c.skey, c.lang)]
        s += "\n\n" + f
    return s


def quote_plain(c, nlines):
    lo = L[c.lang]
    who = "%s - Amazon Marketplace <%s>" % (c.buyer, c.relay)
    prior = c.kw.get("prior")
    if c.hd == "zendesk":
        out = ["--------------------------------", ""]
        if prior:
            out += ["%s (%s)" % (c.seller["name"], qdate(c.lang, c.pdate)), ""] + prior.split("\n") + ["", "--------------------------------", ""]
        out += ["%s - Amazon Marketplace" % c.buyer, qdate(c.lang, c.qd), ""] + nlines
        return "\n".join(out)
    if c.hd == "outlook":
        to = "%s %s" % (c.seller["name"], lo["team"])
        if c.kw.get("oltoaddr"):
            to += " <%s>" % c.kw["oltoaddr"]
        ol = lo["ol"]
        sep = " : " if c.lang == "fr" else ": "
        out = ["_" * 32, "%s%s%s" % (ol[0], sep, who), "%s%s%s" % (ol[1], sep, qdate(c.lang, c.qd)),
               "%s%s%s" % (ol[2], sep, to), "%s%s%s" % (ol[3], sep, c.insubj), ""]
        if prior:
            out += prior.split("\n") + [""]
        return "\n".join(out + nlines)
    if c.hd == "edesk":
        out = [lo["orig"]]
        if prior:
            out += prior.split("\n") + ["", lo["orig"]]
        return "\n".join(out + nlines)
    out = [lo["wrote"].format(d=qdate(c.lang, c.qd), w=who)]
    body = list(nlines)
    if prior:
        body = prior.split("\n") + ["", lo["wrote"].format(d=qdate(c.lang, c.pdate), w=who)] + ["> " + x if x else ">" for x in nlines]
    out += ["> " + x if x else ">" for x in body]
    return "\n".join(out)


def quote_html(c, nlines):
    lo = L[c.lang]
    who = "%s - Amazon Marketplace &lt;%s&gt;" % (esc(c.buyer), c.relay)
    inner = "<br>\n".join(linkify(x) for x in nlines)
    prior = c.kw.get("prior")
    pr = ""
    if prior:
        pr = "<div>%s</div>\n<hr>\n" % "<br>\n".join(linkify(x) for x in prior.split("\n"))
    if c.hd == "outlook":
        to = "%s %s" % (esc(c.seller["name"]), lo["team"])
        if c.kw.get("oltoaddr"):
            to += " &lt;%s&gt;" % c.kw["oltoaddr"]
        ol = lo["ol"]
        return ('<hr>\n<div id="divRplyFwdMsg"><b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s</div>\n'
                '<div>%s%s</div>' % (ol[0], who, ol[1], qdate(c.lang, c.qd), ol[2], to, ol[3], esc(c.insubj), pr, inner))
    head = lo["wrote"].format(d=qdate(c.lang, c.qd), w=who)
    return '<div class="quote-attr">%s</div>\n<blockquote type="cite">\n%s<div>%s</div>\n</blockquote>' % (head, pr, inner)


def fill(s, c):
    if s is None:
        return None
    for k, v in (("order", c.order), ("asin", c.asin), ("product", c.title), ("buyer", c.buyer), ("agent", c.agent),
                 ("relay", c.relay), ("seller", c.seller["name"]), ("domain", c.seller["domain"]), ("tok", c.tok)):
        s = s.replace("{%s}" % k, v)
    return s


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def fmt_addr(name, addr):
    try:
        name.encode("ascii")
        if any(ch in name for ch in '(),:;<>@[]"&|'):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


CTE_NAME = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def text_part(text, subtype, cs, cte, flowed=False):
    data = text.encode(cs)
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "qp"
    if cte == "qp":
        payload = quopri.encodestring(data)
    elif cte == "b64":
        payload = base64.encodebytes(data)
    else:
        payload = data
    if not payload.endswith(b"\n"):
        payload += b"\n"
    ct = 'text/%s; charset="%s"' % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", CTE_NAME[cte])], payload)


def bin_part(data, ctype, fname, disp="attachment", cid=None):
    hdrs = []
    try:
        fname.encode("ascii")
        hdrs.append(("Content-Type", '%s; name="%s"' % (ctype, fname)))
        dispv = '%s; filename="%s"' % (disp, fname)
    except UnicodeEncodeError:
        from urllib.parse import quote
        hdrs.append(("Content-Type", '%s; name="%s"' % (ctype, Header(fname, "utf-8").encode())))
        dispv = "%s; filename*=utf-8''%s" % (disp, quote(fname, safe=""))
    hdrs.append(("Content-Disposition", dispv))
    hdrs.append(("Content-Transfer-Encoding", "base64"))
    if cid:
        hdrs.append(("Content-ID", "<%s>" % cid))
    return (hdrs, base64.encodebytes(data))


def multipart(sub, parts, boundary, preamble=False):
    body = bytearray()
    if preamble:
        body += b"This is a multi-part message in MIME format.\n"
    for h, p in parts:
        body += b"--" + boundary.encode() + b"\n" + ser(h, p)
        body += b"\n"  # the line break before a delimiter belongs to the delimiter (RFC 2046)
    body += b"--" + boundary.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s; boundary="%s"' % (sub, boundary))], bytes(body))


def ser(hdrs, payload):
    out = "".join("%s: %s\n" % (k, v) for k, v in hdrs).encode("ascii")
    return out + b"\n" + payload


DEF_SELLER = {"en": ["hh", "vm", "ip", "kv"], "de": ["hh", "ip", "kv"], "fr": ["hh", "ip", "kv", "vm"], "es": ["hh", "ip", "vm"],
              "it": ["hh", "ip"], "ja": ["vm"], "nl": ["kv", "ip", "hh"], "pl": ["kv", "ip", "hh"], "sv": ["kv", "ip", "hh"], "pt": ["vm"]}
DEF_BQ = {"en": "Hi, any update on this order please?", "de": "Hallo, gibt es Neuigkeiten zu meiner Bestellung?",
          "fr": "Bonjour, avez-vous des nouvelles de ma commande ?", "es": "Hola, ¿hay novedades de mi pedido?",
          "it": "Buongiorno, ci sono novità sul mio ordine?", "ja": "注文の状況を教えてください。",
          "nl": "Hallo, is er al nieuws over mijn bestelling?", "pl": "Dzień dobry, czy są jakieś wieści o moim zamówieniu?",
          "sv": "Hej, finns det något nytt om min beställning?", "pt": "Olá, alguma novidade sobre o meu pedido?"}
LATIN_CS = {"de": "iso-8859-1", "fr": "iso-8859-1", "es": "iso-8859-1", "it": "iso-8859-1", "nl": "iso-8859-1",
            "sv": "iso-8859-1", "pt": "iso-8859-1", "en": "iso-8859-1", "pl": "iso-8859-2"}


def prepare():
    pairs, used_orders = {}, set()
    ctxs = []
    for sp in SPECS:
        kw = sp["kw"]
        rng = random.Random("heldout13:%d" % sp["idx"])
        c = Ctx()
        c.sp, c.kw, c.rng, c.lang = sp, kw, rng, sp["lang"]
        c.skey = kw.get("s") or rng.choice(DEF_SELLER[c.lang])
        c.seller = SELLERS[c.skey]
        pk = kw.get("p") or rng.choice(sorted(PRODUCTS[c.skey]))
        c.asin, titles = PRODUCTS[c.skey][pk]
        c.title = titles.get(c.lang, titles["en"])
        c.mpk = kw.get("mp") or c.seller["mp"][c.lang]
        c.tld = MP[c.mpk][0]
        c.agent = kw.get("agent") or rng.choice(c.seller["agents"].get(c.lang) or c.seller["agents"]["en"])
        c.buyer = kw.get("buyer") or rng.choice(BUYERS[c.lang])
        local = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
        if rng.random() < 0.15:
            local += "+" + "".join(rng.choice("0123456789abcdef") for _ in range(8))
        sub = "m." if (c.mpk == "jp" and rng.random() < 0.4) or kw.get("msub") else ""
        c.relay = kw.get("relay") or "%s@%smarketplace.amazon.%s" % (local, sub, c.tld)
        if kw.get("order"):
            c.order = kw["order"]
        else:
            while True:
                o = "%s-%07d-%07d" % (rng.choice(MP[c.mpk][1]), rng.randrange(10 ** 7), rng.randrange(10 ** 7))
                if o not in used_orders:
                    break
            c.order = o
        c.second_of = None
        if kw.get("pair"):
            key = kw["pair"]
            if key in pairs:
                f = pairs[key]
                c.order, c.relay, c.buyer, c.second_of = f.order, f.relay, f.buyer, f.sp["idx"]
            else:
                pairs[key] = c
        used_orders.add(c.order)
        c.hd = kw.get("hd") or c.seller["hd"].get(c.lang) or c.seller["hd_default"]
        if "html" in kw:
            c.html = kw["html"]
        else:
            c.html = (c.hd in HTML_HD and rng.random() < 0.8) or (c.hd in ("zendesk", "outlook") and rng.random() < 0.45)
        if kw.get("d"):
            c.date = dt.datetime.strptime(kw["d"], "%Y-%m-%d %H:%M")
        elif c.second_of is not None:
            c.date = pairs[kw["pair"]].date + dt.timedelta(days=rng.randrange(3, 10), minutes=rng.randrange(600))
        else:
            start, span = SEASONS[kw.get("sea") or TOPIC_SEASON[sp["topic"]]]
            c.date = start + dt.timedelta(days=rng.randrange(span), minutes=rng.randrange(11 * 60))
        c.qd = c.date - dt.timedelta(minutes=rng.randrange(25, 900))
        c.pdate = c.qd - dt.timedelta(days=rng.randrange(1, 3), minutes=rng.randrange(400))
        c.tok = rand_token(rng, 13)
        c.tid = "%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                                               rng.getrandbits(16), rng.getrandbits(48))
        c.insubj = L[c.lang]["subj"].format(buyer=c.buyer, order=c.order)
        if kw.get("noorder_notice"):
            c.insubj = c.insubj.split(" (")[0]
        ctxs.append(c)
    return ctxs


def choose_cs(c):
    if c.kw.get("cs"):
        return c.kw["cs"]
    r = c.rng.random()
    if c.lang == "ja":
        if c.hd == "thunderbird" and not c.html:
            return "iso-2022-jp" if r < 0.7 else "shift_jis"
        return "utf-8"
    if c.hd == "outlook":
        return "iso-8859-2" if c.lang == "pl" else "windows-1252"
    if c.hd in ("edesk", "zammad", "thunderbird", "applemail") and r < 0.45:
        return LATIN_CS[c.lang]
    return "utf-8"


def choose_cte(c, cs):
    if c.kw.get("cte"):
        return c.kw["cte"]
    r = c.rng.random()
    if cs == "iso-2022-jp":
        return "7bit"
    if cs == "shift_jis":
        return "b64"
    if cs == "utf-8":
        return "qp" if r < 0.6 else "b64"
    return "qp" if r < 0.5 else "8bit"


def encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def render(c, seq):
    kw, lo, rng = c.kw, L[c.lang], c.rng
    reply = c.sp["kind"] == "re"
    body = fill(c.sp["body"], c).strip("\n")
    plainx = fill(kw.get("plainx"), c)
    htmlx = fill(kw.get("htmlx"), c)
    ps = fill(kw.get("ps"), c)
    sig = fill(signature(c), c)
    c.bq = fill(kw.get("bq") or DEF_BQ[c.lang], c)
    nl = notice(c)
    # ---- plain text
    main = body + ("\n\n" + plainx if plainx else "") + ("\n\n" + sig if sig else "") + ("\n\n" + ps if ps else "")
    if c.hd == "zendesk" and reply and not kw.get("nomarker"):
        main = lo["zd"] + "\n\n" + main
    plain = main
    if reply and not kw.get("noquote"):
        plain += "\n\n" + quote_plain(c, nl)
    plain += "\n"
    # ---- subject
    if kw.get("subj"):
        subj = fill(kw["subj"], c)
    elif reply:
        subj = "%s %s" % (lo["re"], c.insubj)
    else:
        subj = PSUBJ[c.lang].format(order=c.order)
    if c.hd == "zammad" and not kw.get("subj"):
        subj += " [Ticket#%d]" % (2411000 + rng.randrange(99999))
    # ---- charset / encoding
    cs = choose_cs(c)
    html = None
    if c.html:
        head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">%s</head>' % (cs, kw.get("hstyle", ""))
        agent_html = fill(kw["hbody"], c) if kw.get("hbody") else to_html(body)
        sig_html = to_html(sig) if sig else ""
        inline = []
        if kw.get("logo"):
            cid = ("part1.%08X.%08X@%s" % (rng.getrandbits(32), rng.getrandbits(32), c.seller["domain"])) if c.hd == "thunderbird" \
                else "logo@%s" % c.seller["domain"]
            img = '<img src="cid:%s" alt="%s" width="120" height="36">' % (cid, esc(c.seller["name"]))
            if kw["logo"] == "link":
                img = '<a href="https://www.%s/">%s</a>' % (c.seller["domain"], img)
            sig_html += "\n<p>%s</p>" % img
            inline.append(("logo.png", make_png(120, 36, seed=len(c.seller["domain"])), "image/png", cid))
        for fn, kind, cid in kw.get("inl", []):
            inline.append((fn, att_bytes(kind, c.sp["idx"], None), CTYPE["gif" if kind == "agif" else kind], cid))
        wrap = kw.get("hwrap", ("", ""))
        parts = [head, '<body>', wrap[0], '<div dir="ltr">', agent_html]
        if htmlx:
            parts.append(htmlx)
        if sig_html:
            parts.append(sig_html)
        if ps:
            parts.append(to_html(ps))
        parts.append("</div>" + wrap[1])
        if reply and not kw.get("noquote"):
            parts.append(quote_html(c, nl))
        if kw.get("htail"):
            parts.append(fill(kw["htail"], c))
        parts.append("</body></html>")
        html = "\n".join(p for p in parts if p) + "\n"
        if c.hd == "zendesk" and reply and not kw.get("nomarker"):
            html = html.replace('<div dir="ltr">', '<div dir="ltr">\n<p>%s</p>' % esc(lo["zd"]), 1)
    if not encodable(plain, cs) or (html and not encodable(html, cs)):
        cs = "utf-8"
    if html:
        html = re.sub(r'charset=[A-Za-z0-9_-]+">', 'charset=%s">' % cs, html, count=1)
    cte = choose_cte(c, cs)
    flowed = c.hd == "thunderbird" and not c.html and cs != "iso-2022-jp" and cte != "b64"
    bnd = lambda tag: "%s%s" % (tag, "".join(rng.choice("0123456789abcdef") for _ in range(24)))
    pt = text_part(plain, "plain", cs, cte, flowed)
    texts = [plain]
    if html is not None:
        ht = text_part(html, "html", cs, cte)
        texts.append(html)
        if inline:
            rel = multipart("related", [ht] + [bin_part(b, ct, fn, "inline", cid) for fn, b, ct, cid in inline],
                            bnd("----=_Related_"))
            top = multipart("alternative", [pt, rel], bnd("----=_Alt_"))
        elif kw.get("htmlonly"):
            top = ht
            texts = [html]
        else:
            top = multipart("alternative", [pt, ht], bnd("----=_Alt_"))
    else:
        inline = []
        top = pt
    atts = []
    for a in kw.get("att", []):
        fn, kind = fill(a[0], c), a[1]
        ctype = a[2] if len(a) > 2 and a[2] else CTYPE.get({"bigpdf": "pdf", "agif": "gif"}.get(kind, kind), "application/octet-stream")
        lines = a[3] if len(a) > 3 else [c.seller["name"], "Amazon order %s" % c.order, fn]
        lines = [fill(x, c).encode("latin-1", "replace").decode("latin-1") for x in lines]
        data = att_bytes(kind, c.sp["idx"] * 7 + len(atts), lines)
        atts.append((fn, kind, ctype, data))
    if atts:
        top = multipart("mixed", [top] + [bin_part(d, ct, fn) for fn, k, ct, d in atts], bnd("----=_Mixed_"), preamble=True)
    # ---- headers
    frm_addr = {"shipsoft": "shipping@", "newsletter": "news@"}.get(c.hd, "support@") + c.seller["domain"]
    if kw.get("from_addr"):
        frm_addr = kw["from_addr"]
    if c.hd in ("zendesk", "freshdesk", "helpscout", "gorgias", "reamaze", "kustomer"):
        frm_name = "%s | %s" % (c.agent, c.seller["name"])
    elif c.hd in ("shipsoft", "newsletter"):
        frm_name = c.seller["name"]
    else:
        frm_name = "%s %s" % (c.seller["name"], lo["team"])
    to = c.relay
    tmode = kw.get("to_mode") or rng.choice(["plain", "named", "named", "plain", "named", "upper"])
    if tmode == "named":
        to = fmt_addr("%s - Amazon Marketplace" % c.buyer, c.relay)
    elif tmode == "upper":
        to = c.relay.upper()
    hdrs = [("Date", format_datetime(c.date.replace(tzinfo=dt.timezone.utc))),
            ("From", fmt_addr(frm_name, frm_addr)), ("To", to), ("Subject", enc_header(subj)),
            ("Message-ID", "<%s.%d@%s>" % ("".join(rng.choice("0123456789abcdef") for _ in range(20)), seq, c.seller["domain"]))]
    if reply and not kw.get("noirt"):
        ses = "<0102019%s-%s-000000@%samazonses.com>" % ("".join(rng.choice("0123456789abcdef") for _ in range(9)), c.tid,
                                                         {"us": "", "ca": "", "mx": "", "br": "", "jp": "ap-northeast-1."}.get(c.mpk, "eu-west-1."))
        hdrs += [("In-Reply-To", ses), ("References", ses)]
    hdrs.append(("MIME-Version", "1.0"))
    hdrs += HD_MAILER.get(c.hd, [])
    hdrs += [(k, fill(v, c)) for k, v in kw.get("hdrs", [])]
    raw = ser(hdrs + top[0], top[1])
    crlf = kw.get("crlf", c.hd == "outlook" or rng.random() < 0.35)
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    meta = dict(subject=subj, texts=texts, atts=[(fn, k, ct, len(d)) for fn, k, ct, d in atts], inline=len(inline),
                order=c.order, relay=c.relay, reply=reply, cs=cs)
    return raw, meta


# --------------------------------------------------------------------------------------
# build, write, self-check
# --------------------------------------------------------------------------------------

RELAY_RE = re.compile(r"^[^@\s]+@(m\.)?marketplace\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|"
                      r"co\.za|eg|com\.tr|sa|ae|in|sg|com\.au|co\.jp)$", re.I)
ORDER_RE = re.compile(r"(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])")
REPLY_SUBJ = re.compile(r"^\s*(\[[^\]]*\]\s*)?(re|aw|r|sv|odp|antw)\s*:", re.I)
AMZ_OK = re.compile(r"^https://(www\.|sellercentral\.|sellercentral-europe\.)?amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|"
                    r"pl|com\.be|co\.jp)(/|$)")
AMZ_BAD = re.compile(r"/dp/|/gp/product/|/stores/|[?&]me=", re.I)
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u2B50\u2B55\u200d]")
OPTOUT_WORDS = re.compile(r"unsubscri|abmeld|désinscri|desinscri|darse de baja|darte de baja|disiscriv|配信停止|afmeld|avregistr|"
                          r"avsluta prenumeration|wypisz|descadastr|cancelar inscri|manage (your )?(email )?preferences", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
BARE_DOM = re.compile(r"(?<![@\w.-])(?:www\.)?[a-z0-9-]{2,}\.(?:com|de|nl|co\.uk|fr|it|es|se|pl|net|org|io|ly|to|jp|com\.br|shop|eu)\b(?!\.\w)", re.I)
PLACEHOLDER = re.compile(r"\{(order|asin|product|buyer|agent|relay|seller|domain|tok)\}")
ALLOWED_ATT = {"pdf", "jpg", "png", "gif", "txt", "docx"}
REWRITE_ONLY = {"tracking_pixel"}


def build_all():
    ctxs = prepare()
    order = sorted(ctxs, key=lambda c: (c.date, c.sp["idx"]))
    out = []
    for n, c in enumerate(order, 1):
        raw, meta = render(c, n)
        kind = "reply" if c.sp["kind"] == "re" else "proactive"
        fname = "msgs/%04d-%s-%s-%s.eml" % (n, c.lang, c.sp["kind"], c.sp["topic"])
        cats = [k for k in CATS if k in c.sp["cats"]]
        out.append(dict(file=fname, raw=raw, meta=meta, ctx=c,
                        label=dict(file=fname, categories=cats, lang=c.lang, kind=kind, note=c.sp["note"])))
    return out


def all_text(msg):
    parts = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            parts.append(part.get_content())
    return "\n".join(parts)


def check(items):
    errs = []

    def err(f, s):
        errs.append("%s: %s" % (f, s))
    labels = [it["label"] for it in items]
    n = len(items)
    comp = [l for l in labels if not l["categories"]]
    if n < 320:
        err("corpus", "only %d messages" % n)
    if not (0.42 <= len(comp) / n <= 0.58):
        err("corpus", "compliant share %.2f" % (len(comp) / n))
    lc = {lg: sum(1 for l in labels if l["lang"] == lg) for lg in LANGS}
    for lg in LANGS:
        if lc[lg] < 20:
            err("corpus", "language %s has %d" % (lg, lc[lg]))
        if lg != "en" and lc[lg] >= lc["en"]:
            err("corpus", "en is not the largest language")
    cc = {k: sum(1 for l in labels if k in l["categories"]) for k in CATS}
    for k in CATS:
        need = 30 if k in WORDING else 15
        if cc[k] < need:
            err("corpus", "category %s has %d < %d" % (k, cc[k], need))
    seen_body = {}
    for sp in SPECS:
        b = sp["body"].strip()
        if b in seen_body:
            err("spec %d" % sp["idx"], "body duplicates spec %d" % seen_body[b])
        seen_body[b] = sp["idx"]
        for k in sp["cats"]:
            if k not in CATS:
                err("spec %d" % sp["idx"], "unknown category %s" % k)
    topics = {}
    for l in labels:
        t = l["file"].rsplit("-", 1)[1][:-4]
        topics.setdefault(t, set()).add(bool(l["categories"]))
        if not re.fullmatch(r"msgs/\d{4}-(%s)-(re|pro)-[a-z]+\.eml" % "|".join(LANGS), l["file"]):
            err(l["file"], "bad file name")
    for t, v in topics.items():
        if v != {True, False}:
            err("topic " + t, "slug does not occur among both compliant and violating messages")
    # per message
    ledger = set()
    req_orders = {}
    for it in items:
        f, l, c, meta = it["file"], it["label"], it["ctx"], it["meta"]
        cats = set(l["categories"])
        msg = email.message_from_bytes(it["raw"], policy=email.policy.default)
        if not RELAY_RE.match(msg["To"].addresses[0].addr_spec):
            err(f, "recipient is not an Amazon relay address")
        is_reply = bool(msg["In-Reply-To"] or msg["References"] or REPLY_SUBJ.match(str(msg["Subject"])))
        if is_reply != (l["kind"] == "reply"):
            err(f, "kind does not match headers")
        if is_reply and cats & {"missing_order_id", "unpermitted_proactive"}:
            err(f, "proactive-only category on a reply")
        if str(msg["Subject"]) != meta["subject"]:
            err(f, "subject does not round-trip")
        got = []
        for part in msg.walk():
            if part.get_content_maintype() == "text" and part.get_content_disposition() not in ("attachment", "inline"):
                got.append(part.get_content().replace("\r\n", "\n"))
        if got != meta["texts"]:
            err(f, "text parts do not round-trip (%d vs %d)" % (len(got), len(meta["texts"])))
        txt = all_text(msg)
        if PLACEHOLDER.search(txt):
            err(f, "unfilled placeholder")
        if l["kind"] == "proactive":
            has = bool(ORDER_RE.search(str(msg["Subject"])) or any(ORDER_RE.search(t) for t in meta["texts"]))
            if has == ("missing_order_id" in cats):
                err(f, "order id presence does not match missing_order_id label")
        # attachments
        nparts = len(meta["atts"]) + meta["inline"]
        total = sum(a[3] for a in meta["atts"])
        bad_att = False
        for fn, kind, ct, size in meta["atts"]:
            ext = fn.rsplit(".", 1)[-1].lower()
            ext = "jpg" if ext == "jpeg" else ext
            if ext not in ALLOWED_ATT or {"agif": "gif", "bigpdf": "pdf"}.get(kind, kind) != ext:
                bad_att = True
        for part in msg.walk():
            if part.get_content_disposition() == "attachment":
                data = part.get_payload(decode=True)
                fn = part.get_filename()
                ext = fn.rsplit(".", 1)[-1].lower()
                ext = "jpg" if ext == "jpeg" else ext
                if ext in MAGIC and "attachment" not in cats and not data.startswith(MAGIC[ext]):
                    err(f, "attachment %s bytes do not match its type" % fn)
        if (bad_att or nparts > 5 or total > 10 * 1024 * 1024) != ("attachment" in cats):
            err(f, "attachment label does not match the attachments")
        # ledger
        if c.kw.get("req"):
            o = c.order
            if "repeat_request" in cats and o not in ledger:
                err(f, "labelled repeat_request but no earlier relayed request for %s" % o)
            if "repeat_request" not in cats and o in ledger:
                err(f, "second request for %s not labelled repeat_request" % o)
            if o in req_orders and not c.kw.get("pair"):
                err(f, "review request reuses order id %s outside a pair" % o)
            req_orders[o] = f
            rest = cats - {"repeat_request"}
            if rest & {"feedback_removal", "offensive", "important_tag", "missing_order_id", "unpermitted_proactive"} and c.kw.get("pair") \
                    and c.second_of is None:
                err(f, "first request of a pair carries a quarantine category (ledger undefined)")
            if rest <= REWRITE_ONLY:
                ledger.add(o)
        elif "repeat_request" in cats:
            err(f, "repeat_request on a message that is not a review request")
        # compliant lint (catches accidental violations in hard negatives)
        if not cats:
            hrefs = []
            for t in meta["texts"]:
                hrefs += re.findall(r'(?:href|src)="([^"]+)"', t)
            texts = "\n".join(meta["texts"]) + "\n" + meta["subject"]
            for u in URL_RE.findall(texts) + [h for h in hrefs if not h.startswith("cid:")]:
                u = u.replace("&amp;", "&")
                if not AMZ_OK.match(u) or AMZ_BAD.search(u):
                    err(f, "compliant message has link %s" % u)
            for m_ in EMAIL_RE.finditer(re.sub(r"cid:[^\"'\s>]+", " ", texts)):
                if not RELAY_RE.match(m_.group(0)):
                    err(f, "compliant message has address %s" % m_.group(0))
            for m_ in BARE_DOM.finditer(re.sub(r"https://\S+|[\w.+-]+@[\w.-]+", " ", texts)):
                if re.search(r"[a-z]\.[A-Z][a-z]", m_.group(0)):
                    continue  # missing space after a full stop ("delivered.It"), a deliberate pseudo-domain
                if not m_.group(0).lower().startswith(("amazon.", "www.amazon.")):
                    err(f, "compliant message has bare domain %s" % m_.group(0))
            if EMOJI.search(texts):
                err(f, "compliant message has emoji")
            if OPTOUT_WORDS.search(texts):
                err(f, "compliant message has opt-out wording")
            for t in meta["texts"][1:]:
                if re.search(r"font-family|color\s*:|text-align|<center|<font|http:|display\s*:\s*none|font-size|<style", t, re.I):
                    err(f, "compliant HTML has styling")
            for t in meta["texts"]:
                if "\n\n\n\n" in t:
                    err(f, "compliant text has a run of more than two blank lines")
            if re.search(r"\[important\]", meta["subject"], re.I) and l["topic_ok"] is False:
                err(f, "[Important] on a compliant message of topic outside address/delivery/gift")
    for o in set(x["ctx"].kw.get("pair") for x in items) - {None}:
        k = [x for x in items if x["ctx"].kw.get("pair") == o]
        if len(k) != 2:
            err("pair " + o, "has %d messages" % len(k))
    return errs, cc, lc


def main():
    items = build_all()
    items2 = build_all()
    for a, b in zip(items, items2):
        if a["raw"] != b["raw"] or a["file"] != b["file"]:
            print("FAIL: output is not deterministic at", a["file"])
            sys.exit(1)
    for it in items:
        it["label"]["topic_ok"] = it["ctx"].sp["topic"] in ("address", "delivery", "gift")
    errs, cc, lc = check(items)
    md = HERE / "msgs"
    if md.exists():
        shutil.rmtree(md)
    md.mkdir()
    for it in items:
        (HERE / it["file"]).write_bytes(it["raw"])
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for it in items:
            lab = {k: it["label"][k] for k in ("file", "categories", "lang", "kind", "note")}
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    (HERE / "README.md").write_text(readme(items, cc, lc), encoding="utf-8", newline="\n")
    # re-read what was written and compare
    for it in items:
        if (HERE / it["file"]).read_bytes() != it["raw"]:
            errs.append("%s: written bytes differ" % it["file"])
    if errs:
        for e_ in errs:
            print("FAIL:", e_)
        print("%d self-check failures" % len(errs))
        sys.exit(1)
    comp = sum(1 for it in items if not it["label"]["categories"])
    print("OK: %d messages, %d compliant, %d violating" % (len(items), comp, len(items) - comp))
    print("categories:", ", ".join("%s %d" % (k, cc[k]) for k in CATS))
    print("languages:", ", ".join("%s %d" % (k, lc[k]) for k in LANGS))


# ======================================================================================
# THE MESSAGES.  M(lang, kind, topic, categories, note, body, **options)
# ======================================================================================

# ---------------------------------------------------------------- English, compliant
M("en", "re", "delay", "", "Royal Mail tracking number split into digit groups that look like a phone number; courier backlog explained",
  """Hi {buyer},

Thanks for bearing with us. Your skillet left our warehouse on 2 December, but Royal Mail's Scunthorpe mail centre has a big backlog after Black Friday and parcels there are running 3-4 days behind.

The tracking reference is JX 4829 1730 5GB if you want to check it in Your Orders. If it hasn't arrived by Friday 13 December, just reply here and we'll send a replacement straight away - no need to wait for the original.""",
  s="hh", p="pan", bq="Ordered over a week ago and still nothing. Is it actually coming?", foot=True)

M("en", "re", "price", "", "price dropped on Black Friday after purchase; seller refunds the difference on request, not tied to anything",
  """Hey {buyer},

You're right, the 65W charger dropped from $39.99 to $29.99 for the Black Friday weekend, three days after you ordered. I've refunded the $10.00 difference to your original payment method through Amazon just now; depending on your bank it shows up in 3-5 business days.

Nothing else needed from you. Enjoy the charger!""",
  s="vm", p="charger", bq="I bought this on Monday for 39.99 and now it's 29.99. Can I get the difference back or do I have to return it and rebuy?")

M("en", "pro", "review", "", "first review request for this order: one neutral request with an Amazon review-page link",
  """Hello {buyer},

Your casserole from order {order} should have had a few weeks on the hob by now. If you have a moment, we would appreciate a review on Amazon - it helps other cooks decide whether it's right for them:
https://www.amazon.co.uk/review/review-your-purchases/?asins={asin}

Thank you for ordering from Hearth & Hob.""",
  s="hh", p="casserole", pair="p01", req=True, html=True)

M("en", "re", "feedback", "", "after a resolved problem: neutral sentence that feedback can be updated, explicitly no pressure",
  """Hi {buyer},

Glad to hear the replacement tub arrived sealed this time and that the batch number (L2411-0873, best before 11/2026) matches the one on our quality report.

If you feel we've put things right, you're welcome to update the feedback you left - entirely your call, and either way thanks for giving us the chance to fix it.""",
  s="ip", p="whey", bq="Replacement came today, seal is fine. Thanks for sorting it quickly.")

M("en", "re", "refund", "", "unconditional full refund for missing items, no return needed",
  """Dear {buyer},

I'm sorry only one pair of mittens was in the bag - the 2-pack should have had the grey and the mustard pair together. I've issued a full refund of £14.95 for the order, and please keep the pair you received.

The refund is processed through Amazon and you'll get a confirmation from them separately.""",
  s="kv", p="mittens", bq="Only one pair in the packet, it says 2 pairs on the listing.")

M("en", "re", "warranty", "", "firm but polite reply to a rude buyer (rudeness only paraphrased); no insults",
  """Hi {buyer},

I understand you're frustrated that the power bank stopped charging two days before your trip, and I want to get it fixed. I'd ask that we keep the conversation civil though - our team reads every message and we won't continue a thread that turns abusive.

Here's what I can do: the power bank is covered by our 18-month warranty (claim WC-2412-55871). Please send it back using the Amazon return label from Your Orders and we'll ship a new unit the day it's scanned by the carrier.""",
  s="vm", p="powerbank", bq="Your junk power bank died on me. Absolutely useless company, I want my money back NOW and I am not waiting weeks for it.")

M("en", "re", "question", "", "product question with trigger substrings inside words: cocktail, Scunthorpe-free but 'Essex', 'assessment'",
  """Hi {buyer},

Good question. The cocktail shaker set is 18/10 stainless steel and dishwasher safe, but the strainer lasts longer if you hand-wash it. Our quality assessment for the 750 ml shaker found no leaking at the cap after 2,000 shake cycles.

The set ships from our warehouse in Basildon, Essex, so it should be with you in 1-2 working days.""",
  s="hh", p="shaker", bq="Is the cocktail shaker dishwasher safe? And does the cap leak?", noorder_notice=True,
  subj="Re: Product details inquiry from Amazon customer {buyer}")

M("en", "re", "damaged", "", "trigger substring 'shiitake' and 'Dickens' in a replacement reply",
  """Hello {buyer},

Sorry the knife block arrived with a split in the beech - that's a courier knock, not wear. A replacement set is on its way with DPD, parcel number 15502398741022, due Thursday.

You mentioned you mostly use the paring knife for shiitake and chestnut mushrooms for the Christmas stuffing: the replacement has a slightly thinner 9 cm blade, which should suit that even better. And no need to return the damaged block; it's not worth the trip to the post office in Dickens-weather like this.""",
  s="hh", p="knives", bq="The wooden block is cracked down one side. Knives seem ok but I bought it as a present.")

M("en", "pro", "invoice", "", "proactive VAT invoice as PDF attachment; VAT number and invoice number in digit groups",
  """Hello {buyer},

As requested at checkout for business customers, please find attached the VAT invoice for your order {order}.

Invoice number: IP-2024-118734
Our VAT number: GB 318 4279 05
Amount: £54.98 including VAT at 20%

The invoice is also available under Your Orders on Amazon.""",
  s="ip", p="whey", att=[("Invoice_IP-2024-118734.pdf", "pdf", None, ["Ironpeak Nutrition GmbH", "Invoice IP-2024-118734", "Order {order}", "VAT GB 318 4279 05", "Total GBP 54.98"])],
  subj="Invoice for your Amazon order {order}")

M("en", "pro", "address", "", "[Important] used correctly: courier reports a missing house number",
  """Hello {buyer},

DPD has returned your parcel for order {order} to their depot because the delivery address has no house or flat number (it reads "Mill Lane, Abergavenny NP7 5HL").

Could you reply with the full address, including the house number or name? We will send it out again the same day. Please don't change the address in your Amazon account for this order - just reply here.""",
  s="hh", p="pan", subj="[Important] Delivery address problem - order {order}")

M("en", "pro", "delivery", "", "[Important] delivery scheduling for a 48 kg bulky item (two-person courier)",
  """Hello {buyer},

Thank you for your order {order} for the oak kitchen island trolley. Because it weighs 48 kg, it travels with a two-person courier who needs to book a delivery slot with you.

The available slots are Tuesday 17 December (8:00-12:00) or Thursday 19 December (12:00-18:00). Which one suits you? If neither works, let us know which weekdays are best and we'll arrange another slot before Christmas.""",
  s="hh", p="island", subj="[Important] Delivery slot needed for your order {order}")

M("en", "pro", "gift", "", "[Important] customisation question: engraving text too long for the board",
  """Hello {buyer},

We're about to engrave the oak board for order {order}, but the text you entered ("Merry Christmas Nan & Grandad 2024", 34 characters) is longer than the 24 characters the board can take in one line.

Would you like us to use "Merry Xmas Nan & Grandad" or "Nan & Grandad - Xmas 2024"? Or send us your own shorter version. We'll hold the order until we hear back so it's still in time for Christmas.""",
  s="hh", p="board", subj="Engraving text for order {order} [Important]")

M("en", "re", "gift", "", "gift note request after dispatch; no prices on packing slip; no marketing",
  """Hi {buyer},

The pyjamas left us this morning, so unfortunately we can't add a printed gift message now - Amazon locks the gift options once a parcel is dispatched.

The good news: the packing slip inside shows no prices, only the item and the size (age 4-5, 104-110 cm). If you'd like, you can add a message for the recipient by writing it on the delivery instructions, but that's entirely optional.""",
  s="kv", p="pj", bq="I forgot to tick gift! Can you put a note in saying Happy Christmas Noah, love Granny?")

M("en", "re", "stockout", "", "reply to a buyer's stock question (not a proactive out-of-stock notice)",
  """Hi {buyer},

Sorry, the 2024 fitness advent calendar has sold out and we won't get another production run before December - the snacks inside have a short best-before date, so we only make one batch per season.

Your order from last week is not affected: it shipped on 21 November with DHL and the tracking is in Your Orders.""",
  s="ip", p="advent", bq="Will you get more advent calendars? Want a second one for my brother.", sea="bf")

M("en", "re", "return", "", "return via Amazon's returns centre link; Amazon links are allowed",
  """Hi {buyer},

No problem at all - you can return the earbuds for a full refund until January 31 under Amazon's extended holiday return window. The easiest way is through the returns centre:
https://www.amazon.com/gp/css/returns/homepage.html

Choose "No longer needed" and the label is free. The refund goes out as soon as the carrier scans the parcel.""",
  s="vm", p="earbuds", bq="Got these as a gift but I already have a pair. How do I return them?")

M("en", "re", "warranty", "", "warranty card as PDF attachment, manual version number and firmware numbers",
  """Hi {buyer},

The watch is covered for 24 months from delivery. I've attached the warranty card (PDF) with your claim reference WC-2501-10442 already filled in.

Before sending it back, could you try one thing: update the Voltmint Fit app to version 3.2.1 and the watch firmware to 1.14.0, then hold the side button for 15 seconds. About 8 in 10 "won't pair" cases are solved that way after the iOS 18.2 update.""",
  s="vm", p="watch", att=[("Voltmint_Fit_warranty_card.pdf", "pdf", None, ["Voltmint Mobile - Warranty Card", "Claim WC-2501-10442", "Product: Voltmint Fit Smartwatch", "Coverage: 24 months"])],
  bq="Watch stopped pairing with my iPhone after the update. Is this covered?")

M("en", "re", "damaged", "", "photo of the repacked replacement attached as JPEG; allowed attachment",
  """Hi {buyer},

Really sorry the jacket arrived with the zip pull snapped off. We've sent a replacement today with extra padding around the zip, and I've attached a photo of the parcel as it left so you know what to look out for.

Please keep the first jacket; the zip can't be fixed without unpicking the seam.""",
  s="kv", p="jacket", att=[("replacement_parcel.jpg", "jpg")], bq="The zip pull came off in my hand the first time my son used it.")

M("en", "pro", "delay", "", "proactive notice of a fulfillment problem with a choice (wait or cancel) - permitted; DHL Paket number",
  """Hello {buyer},

We're sorry - your order {order} is held up at the DHL hub in Leipzig because of the pre-Christmas volume, and the new estimated delivery is Saturday 21 December instead of Tuesday 17th.

If that's too late for you, reply "cancel" and we'll cancel it and refund you in full today. If you're happy to wait, there's nothing to do. DHL Paket number: 00340434299187653412.""",
  s="ip", p="bars", subj="Delay on your order {order}")

M("en", "re", "sizing", "", "size chart numbers (heights in cm, ages), no links",
  """Hi {buyer},

Our sizes run by height rather than age. For a child who is 112 cm tall, the 110/116 size is the right one; it has about 4 cm room to grow in the sleeves. If you're between sizes in winter jackets, go up one for layering.

Exchanges are free: start a return in Your Orders and place a new order for the bigger size, and we'll ship it as soon as the return is scanned.""",
  s="kv", p="jacket", bq="My daughter is 112cm, which size do I need? The 104 seems small.")

M("en", "re", "refund", "", "partial refund (percentage and amount) to resolve a chipped enamel rim; keep the item; not tied to review",
  """Hi {buyer},

Thank you for the photo - that chip on the rim is a factory flaw and shouldn't have passed our check. As you'd rather keep the casserole than send a 5.2 L pot back across the country, I've refunded 25% of the price (£22.50). This isn't linked to anything else; it's simply to make up for the flaw.

If the chip spreads or the enamel lifts near it, tell us and we'll replace the pot under warranty.""",
  s="hh", p="casserole", bq="Lovely colour but there's a chip on the rim. Don't really want to send it back.")

M("en", "re", "feedback", "", "buyer asks how to change their feedback; seller explains the Amazon path without asking for it",
  """Hi {buyer},

You can change or remove seller feedback yourself for up to 60 days after the order: go to Your Orders, pick this order, choose "Leave seller feedback" and you'll see your existing rating with an option to edit or remove it.

And thanks again for your patience while the parcel was lost - glad the second one made it.""",
  s="kv", p="pj", bq="You've been really good sorting this out. How do I change my feedback? I left 1 star when the parcel went missing.")

M("en", "re", "cancel", "", "cancellation confirmed at the buyer's request (reply, so not an order confirmation)",
  """Hi {buyer},

Done - order {order} has been cancelled before it reached the warehouse floor, so you won't be charged. Amazon will confirm the cancellation by e-mail shortly.""",
  s="vm", p="cable", bq="I ordered the wrong cable by mistake, please cancel.")

M("en", "re", "question", "", "WhatsApp, Telegram, LINE, Messenger named as smartwatch notification features (hard negative for contact_other)",
  """Hi {buyer},

Yes - the Voltmint Fit mirrors notifications from almost any app on your phone, including WhatsApp, Telegram, LINE, Messenger, Signal and Instagram DMs. You can read them on the watch and send quick replies on Android; on iPhone, iOS only allows reading them.

Calls show the caller's name, and you can reject a call from the watch.""",
  s="vm", p="watch", bq="Does it show WhatsApp messages? And Telegram?", noorder_notice=True,
  subj="RE: Product details inquiry from Amazon customer {buyer}")

M("en", "re", "warranty", "", "buyer asks for a phone number; seller declines and keeps the conversation on Amazon",
  """Hi {buyer},

I'm afraid we can't take calls for Amazon orders - it's the only way Amazon lets us look after your order safely - but I'm happy to sort everything here, usually within a few hours.

From your description it sounds like the left earbud's charging contacts. Could you try cleaning the gold pins in the case with a dry cotton bud and charging for 30 minutes? If the LED still doesn't come on, we'll send a replacement earbud.""",
  s="vm", p="earbuds", bq="Can I just call you? What's your phone number? Left earbud won't charge.")

M("en", "re", "review", "", "first review request for this order, made inside a support reply",
  """Hi {buyer},

Sorry about the mix-up with the sharpening steel - it's in the post now with Evri, tracking H01HYA0026543217, due Monday.

Once it's all sorted and you've had a chance to use the set, we'd appreciate it if you could share your thoughts in a review on Amazon. Thanks!""",
  s="hh", p="knives", pair="p05", req=True, bq="The sharpening steel was missing from the set.")

M("en", "pro", "review", "", "first review request for this order; neutral",
  """Hi {buyer},

We hope the ANC Pro earbuds are keeping the noise out on your commute. When you get a chance, would you be willing to leave a product review on Amazon for order {order}? Honest reviews help other shoppers pick the right earbuds.

Thank you,""",
  s="vm", p="earbuds", pair="p02", req=True, sig="Jordan\nVoltmint Mobile")

M("en", "pro", "review", "", "first review request for this order, macro with seasonal footer",
  """Hi {buyer},

Thanks for choosing Ironpeak for your order {order}. If you have a minute, we'd be grateful for a review of the creatine on Amazon - good or bad, it helps us and other athletes.""",
  s="ip", p="creatine", pair="p03", req=True, foot=True, html=True)

M("en", "pro", "feedback", "", "first feedback request for this order (seller feedback), neutral",
  """Hello {buyer},

We hope the Christmas pyjamas fit well! If you have a moment, we'd appreciate your feedback on how we handled order {order} - you can leave it under Your Orders on Amazon.""",
  s="kv", p="pj", pair="p04", req=True)

M("en", "pro", "review", "", "first review request for this order, plain text, order id only in subject",
  """Hi {buyer},

Would you mind sharing a quick review of the USB-C charger? It takes a minute and helps other buyers. Thank you for your order.""",
  s="vm", p="charger", pair="p06", req=True, subj="A quick question about your order {order}")

M("en", "pro", "review", "", "first review request for this order; links to Amazon review page; 'if you are happy to' means 'if you are willing' (not gating)",
  """Dear {buyer},

Many thanks for your order {order}. If you are happy to, please consider reviewing the cast iron skillet on Amazon:
https://www.amazon.co.uk/review/create-review?asin={asin}

We read every review and use them to improve our products.""",
  s="hh", p="pan", pair="p07", req=True)

M("en", "pro", "review", "", "first review request for this order",
  """Hi {buyer},

Your power bank should have had a couple of charge cycles by now. If you have time, a review on Amazon would help us a lot - we're a small team and every opinion counts, positive or negative.

Order: {order}""",
  s="vm", p="powerbank", pair="p08", req=True)

M("en", "pro", "review", "", "first review request for this order, HTML, no styling",
  """Hello {buyer},

How are you getting on with the protein bars from order {order}? When you have a moment, we'd welcome a review on Amazon - it's the best way for other customers to hear how they taste.""",
  s="ip", p="bars", pair="p11", req=True, html=True)

M("en", "pro", "review", "", "first review request for this order",
  """Hi {buyer},

Hope the braided cables are holding up. If you have a moment, we'd appreciate your review of order {order} on Amazon. Thanks for shopping with a small business this season.""",
  s="vm", p="cable", pair="p12", req=True)

M("en", "re", "delay", "", "UPS and USPS tracking numbers; a 'Cyber Monday' mention about volumes, not a promotion",
  """Hi {buyer},

Your order shipped in two boxes because the case was packed at our second warehouse:
- Case: UPS 1Z 999 AA1 01 2345 6784, arriving Wednesday
- Charger: USPS 9400 1112 0206 2184 9721 35, arriving Friday

Carriers are still catching up with the Cyber Monday backlog, so Friday might slip by a day. Both are already in Your Orders.""",
  s="vm", p="case", bq="I only got the charger info, where's the case?")

M("en", "re", "return", "", "return address with Essex postcode and unit number (street address for a return is allowed)",
  """Hello {buyer},

Sorry the mixer bowl doesn't fit - the 5.5 L bowl is only compatible with the 1200 W model. You can return the bowl to us directly with the prepaid Amazon label, or, if the label won't print, to:

Hearth & Hob Returns
Unit 4, Brookside Park
Chelmsford, Essex CM2 6XE

Please write RMA-88412 on the box. We'll refund the full £29.99 as soon as it arrives.""",
  s="hh", p="mixer", bq="The bowl doesn't fit my mixer. Can I return it?")

M("en", "re", "refund", "", "refund after buyer threatened a 1-star review in the quoted text; refund given unconditionally, review not mentioned",
  """Hi {buyer},

You're right that the parcel should have arrived before the 20th, and I'm sorry it missed your son's birthday. I've refunded the full $64.99 today. Please keep the earbuds - there's no need to send them back.""",
  s="vm", p="earbuds", bq="Arrived two days late and missed the birthday. Refund me or I'm leaving 1 star and telling everyone.")

M("en", "re", "question", "", "buyer asks about another product; seller answers the question only (ambiguous line to cross-selling, labelled compliant)",
  """Hi {buyer},

Yes, a lid exists: our 26 cm cast iron lid fits the skillet exactly. On Amazon it's listed as "Hearth & Hob Cast Iron Lid 26 cm" (ASIN B0D7KZ8N4Q) if you want to look it up - you can search for the ASIN in the Amazon search bar.""",
  s="hh", p="pan", bq="Do you do a lid that fits this skillet?")

M("en", "re", "warranty", "", "Bluetooth(R) trademark sign and model numbers; a registered sign is not an emoji",
  """Hi {buyer},

The ANC Pro uses Bluetooth® 5.3 and model number VM-EB220; the older VM-EB180 pairs the same way. Hold both earbuds' touch panels for 10 seconds until the LEDs flash white, then remove "VM-EB220" from your phone's Bluetooth list and pair again.

If that doesn't fix the one-sided audio, we'll replace the pair under warranty.""",
  s="vm", p="earbuds", bq="Only the right one plays sound. Model VM-EB220 I think.")

M("en", "pro", "return", "", "proactive return-related question; allowed kind; reference numbers",
  """Hello {buyer},

We've received your return for order {order} (RMA-40381), but the box contained the 3-port charger while the return request was for the braided cable 2-pack.

Did you mean to return the charger? If so, please open a new return for it in Your Orders so we can refund it. If it was a mistake, reply here and we'll send the charger back to you free of charge.""",
  s="vm", p="charger", subj="Question about your return - order {order}")

M("en", "re", "delay", "", "Outlook-style quote; the quoted To: line shows only a display name, no address",
  """Hi {buyer},

The parcel is with Evri and showed as "at local depot" this morning (tracking T00DT0014276438). Evri expect to deliver it tomorrow before 6pm.

Sorry for the wait.""",
  s="kv", p="jacket", hd="outlook", bq="Still waiting for the jacket, it's been 6 days.")

M("en", "re", "question", "", "Thunderbird HTML with an unlinked inline cid: logo",
  """Hi {buyer},

Yes, the island's oak top is oiled with food-safe Danish oil, so you can cut directly on it. Re-oil it every 3-4 months; a 250 ml bottle lasts about two years.""",
  s="hh", p="island", hd="thunderbird", html=True, logo=True, bq="Can I cut directly on the top or do I need a board?")

M("en", "re", "replacement", "", "exactly two blank lines in the body (allowed), plus a DPD number",
  """Hi {buyer},

Replacement shaker sent with DPD, parcel 1550 2398 7410 33 - sorry agian for the hassle.


The old one can go in your recycling; stainless steel is accepted at most tips.""",
  s="hh", p="shaker", bq="The shaker lid doesn't close properly.")

M("en", "re", "sizing", "", "plain text TXT attachment with care instructions",
  """Hi {buyer},

I've attached the care instructions as a small text file. In short: 30 degrees, inside out, no tumble dryer - the organic cotton shrinks about 3% in a hot dryer, which is probably what happened to the first pair.""",
  s="kv", p="pj", att=[("care_instructions.txt", "txt", None, ["Kleine Vos care instructions", "Wash at 30 C inside out", "Do not tumble dry", "Iron on low heat"])],
  bq="The pyjamas shrank after one wash, is that normal?")

M("en", "re", "return", "", "DOCX return form attached",
  """Dear {buyer},

Because the advent calendar is a food item, Amazon's self-service return isn't available for it. I've attached our short return form (Word document); just fill in the reason and send the photo in your next reply, and we'll refund you without needing the calendar back.""",
  s="ip", p="advent", att=[("Ironpeak_return_form.docx", "docx", None, ["Ironpeak Nutrition - return form", "Order: {order}", "Reason:", "Photo attached: yes / no"])],
  bq="Three of the doors had broken bars inside. Can I return it?", sea="xmas")

M("en", "re", "damaged", "", "exactly five attachments (4 JPEG photos and a PDF), the maximum allowed",
  """Hi {buyer},

Thanks for reporting it. So you know what the courier has on file, I've attached the four photos from our packing station and the courier damage report we filed (PDF). A replacement mixer goes out tomorrow; the damaged one will be collected by the courier on the same visit.""",
  s="hh", p="mixer", att=[("packing_1.jpg", "jpg"), ("packing_2.jpg", "jpg"), ("packing_3.jpg", "jpg"), ("packing_4.jpg", "jpg"),
                          ("courier_damage_report.pdf", "pdf")],
  bq="The mixer box was crushed and the bowl is dented.")

M("en", "re", "refund", "", "percentage as partial refund for late delivery - looks like a discount but resolves the order",
  """Hi {buyer},

Sorry the case arrived after your trip. I've refunded 15% of the item price ($3.75) for the late delivery. If you'd rather return the case for a full refund instead, that's fine too - just let me know.""",
  s="vm", p="case", bq="This was supposed to arrive before I flew out on the 21st. It came on the 27th.")

M("en", "re", "address", "", "reply with [Important] kept in subject about an address correction (address problem: allowed)",
  """Hi {buyer},

Thanks for the corrected address - we've updated the label to Flat 2, 17 Clarence Road, Middlesbrough TS1 4QP and the parcel will go out with the afternoon collection.""",
  s="kv", p="jacket", subj="Re: [Important] Address problem - order {order}", bq="Sorry, it's Flat 2, 17 Clarence Road. TS1 4QP.")

M("en", "re", "stockout", "", "buyer asks if colour is back in stock; seller gives date, no promotion",
  """Hi {buyer},

The cherry red casserole is due back in stock around 20 January; the shipment is on the water now. Amazon will show it as available as soon as it's checked in at our warehouse. The slate grey version in your basket is identical apart from the colour.""",
  s="hh", p="casserole", bq="When will the red one be back?", noorder_notice=True, subj="Re: Product inquiry from Amazon customer {buyer}", sea="jan")

M("en", "re", "invoice", "", "invoice PDF with an invoice number and company registration number that look like a phone number",
  """Hello {buyer},

Please find the corrected invoice attached with your company name added. Invoice 2024-12-0388, company number 09 417 356, total $112.45.""",
  s="vm", p="powerbank", att=[("invoice_2024-12-0388.pdf", "pdf")], bq="Can you add my company name (Reyes Plumbing LLC) to the invoice?")

M("en", "re", "replacement", "", "Amazon order-details link (allowed) and an Amazon help page link (allowed)",
  """Hi {buyer},

I've created a zero-cost replacement order for the missing cable; you'll see it as a separate order here:
https://www.amazon.com/gp/your-account/order-history

Amazon's page on replacement orders explains why it shows $0.00: https://www.amazon.com/gp/help/customer/display.html?nodeId=GKQNFKFK5CF3C54B""",
  s="vm", p="cable", bq="Pack says 2 cables, only got 1.")

M("en", "re", "delay", "", "missing space creates a pseudo-domain ('delivered.It'); not a link",
  """Hi {buyer},

The tracking says delivered.It was left with a neighbour at number 14 according to the driver's note. Could you check with them? If it isn't there, let me know by Monday and we'll send a replacement.""",
  s="kv", p="mittens", bq="Tracking says delivered but nothing here.")

M("en", "re", "return", "", "firm refusal of a return outside the window, no offensive language",
  """Hello {buyer},

I've checked the order: it was delivered on 28 October, so the return window closed on 28 November, before Amazon's extended holiday returns started (those cover orders from 1 November). I'm sorry, but we can't accept the return as unused stock.

If anything is faulty, that's different - the skillet has a lifetime warranty against cracking, and we'd look at it under warranty.""",
  s="hh", p="pan", bq="I want to return this, I never used it. Don't tell me it's too late.")

M("en", "pro", "delay", "", "proactive stock-allocation problem asking the buyer to choose; order id in body; partial dispatch",
  """Hello {buyer},

Part of your order {order} has a problem: the 12-pack of salted caramel bars failed our temperature check after the delivery truck's cooling broke, so we won't send them. The creatine has already shipped.

Would you like us to send the bars in 5 days from the next batch, or refund them now? Either is fine by us.""",
  s="ip", p="bars", subj="Problem with part of order {order}")

M("en", "re", "sizing", "", "HTML reply with two font sizes via <small> tags only - no CSS overrides",
  """Hi {buyer},

The romper sizes are 56, 62, 68 and 74 (cm height). For a baby born in October, 62 will fit now and 68 in spring.""",
  s="kv", p="romper", html=True, htmlx="<p><small>Sizes follow EN 13402 height measurement.</small></p>",
  bq="What size for a 2 month old?")

# ---------------------------------------------------------------- English, repeat requests (second of a pair)
M("en", "pro", "review", "repeat_request", "second review request for the same order (first was neutral and relayed); 'gentle nudge' wording",
  """Hi {buyer},

Just a gentle nudge in case our last note got buried under all the Christmas post. If the casserole has earned a spot on your hob, a short review on Amazon would mean a lot to a small team like ours.

No worries if not!""",
  s="hh", p="casserole", pair="p01", req=True)

M("en", "pro", "review", "repeat_request", "second review request from a different agent with no reminder wording - only the ledger shows it is a repeat",
  """Hey {buyer},

How are the ANC Pro earbuds working out for you? If you've got a minute, a product review on Amazon helps other people figure out whether they're the right fit.

Order {order}""",
  s="vm", p="earbuds", pair="p02", req=True, agent="Ashley Kim")

M("en", "pro", "review", "review_manipulation repeat_request", "repeat request that also asks for five stars, in a long sentence",
  """Hi {buyer},

Following up on our message from last week about order {order}: we know January is busy, and we also know how much difference it makes to a small sports nutrition brand when people who are happy with the creatine take thirty seconds to leave it a five-star rating, so if that's you, we'd be thrilled.""",
  s="ip", p="creatine", pair="p03", req=True, agent="Dan Fletcher")

M("en", "pro", "feedback", "review_incentive repeat_request", "repeat request with a free product as reward for the review",
  """Hi {buyer},

Sorry to bother you again about order {order}. We'd still love to hear what you think of the pyjamas - and to say thanks, everyone who leaves a review this month gets a free pair of our knitted mittens in the post. Just reply with your review name once it's up.""",
  s="kv", p="pj", pair="p04", req=True)

M("en", "pro", "review", "repeat_request", "proactive follow-up after a first request made inside a support reply",
  """Hello {buyer},

Now that the sharpening steel has arrived and your knife set is complete, we're following up on order {order}: would you be willing to write a review of the set on Amazon? It only takes a minute.""",
  s="hh", p="knives", pair="p05", req=True, agent="Megan Lloyd")

M("en", "pro", "feedback", "repeat_request", "product review was requested earlier; now seller feedback for the same order (shared history)",
  """Hi {buyer},

One more small thing about order {order}: besides product reviews, Amazon also lets you rate us as a seller. If you have a spare moment, seller feedback under Your Orders helps us a lot this time of year.""",
  s="vm", p="charger", pair="p06", req=True, agent="Sam Okafor")

M("en", "pro", "review", "repeat_request styling", "repeat request with emoji in subject and body",
  """Hi {buyer} \N{WAVING HAND SIGN}

We noticed you haven't had a chance to review the cast iron skillet yet. We'd really value your honest opinion \N{WHITE MEDIUM STAR}

Order {order}""",
  s="hh", p="pan", pair="p07", req=True, subj="\N{COOKING} How's your skillet? Order {order}")

M("en", "pro", "review", "marketing repeat_request", "repeat request plus a Boxing Day sale announcement in the P.S.",
  """Hi {buyer},

Last reminder from us, promise: if you have a moment, please leave a review for your power bank (order {order}). It really helps.""",
  s="vm", p="powerbank", pair="p08", req=True,
  ps="P.S. Our Boxing Day sale starts on the 26th - up to 40% off all chargers and power banks on Amazon. Worth a look if you need a spare!")

M("en", "pro", "review", "tracking_pixel", "first review request for this order; only finding is an open-tracking pixel (rewritten away, so the request was relayed)",
  """Hi {buyer},

Thanks for your order {order}. If you have a moment, we'd appreciate a review of the whey protein on Amazon.""",
  s="ip", p="whey", pair="p09", req=True, html=True, hd="helpscout",
  htail='<img src="https://beacon-open.helpscout.net/v1/o/{tok}.gif" width="1" height="1" alt="" border="0">')

M("en", "pro", "review", "repeat_request", "second request for an order whose first request only had a stripped tracking pixel - the first was relayed, so this is a repeat",
  """Hello {buyer},

We wanted to check in one more time about order {order}. If you haven't had a chance yet, a short review of the whey protein on Amazon would be really appreciated.""",
  s="ip", p="whey", pair="p09", req=True, hd="gorgias")

M("en", "pro", "review", "review_incentive", "first request for this order offers a gift card for the review (rejected, so never relayed)",
  """Hi {buyer},

Thanks for ordering the braided cables (order {order}). Leave us a review on Amazon this week and we'll send you a $10 Amazon gift card as a thank-you - just reply here once it's posted.""",
  s="vm", p="cable", pair="p10", req=True)

M("en", "pro", "review", "", "clean request after an earlier request for the same order was rejected (incentive) and never relayed: not a repeat",
  """Hi {buyer},

If you have a moment, we'd appreciate an honest review of the braided USB-C cables from order {order} on Amazon. Thank you!""",
  s="vm", p="cable", pair="p10", req=True, agent="Ashley Kim")

M("en", "re", "review", "repeat_request", "second request made inside a reply to an unrelated buyer question",
  """Hi {buyer},

Good to hear the bars arrived in one piece this time. Yes, they're fine to freeze - just let them thaw for 10 minutes.

And in case our earlier message got lost: we'd still be grateful for a review of order {order} on Amazon whenever you have a moment.""",
  s="ip", p="bars", pair="p11", req=True, bq="Can these be frozen? I bought a lot.")

M("en", "pro", "review", "repeat_request", "second request worded as a 'quick survey' - still a review request",
  """Hello {buyer},

Quick one: our records show order {order} hasn't been reviewed yet. Could you take a minute to rate the USB-C cables on Amazon? Your rating helps us decide which lengths to stock next year.""",
  s="vm", p="cable", pair="p12", req=True, agent="Sam Okafor")

# ---------------------------------------------------------------- English, review incentives
M("en", "re", "review", "review_incentive", "refund via PayPal offered once the buyer sends a screenshot of the review",
  """Hi {buyer},

Thanks for getting in touch. Here's how our product tester programme works: post your honest review of the skillet on Amazon, reply to this message with a screenshot, and we'll refund 50% of what you paid via PayPal within 48 hours.""",
  s="hh", p="pan", bq="I saw a leaflet in the box about getting money back for a review?")

M("en", "pro", "review", "review_incentive", "hedged incentive: 'a little something extra' for honest feedback",
  """Hello {buyer},

We hope little one is cosy in the new winter jacket from order {order}. We're a small family business, and customers who share their honest thoughts on Amazon often find a little something extra tucked into their next parcel - that's our way of saying thank you.""",
  s="kv", p="jacket")

M("en", "pro", "review", "review_incentive", "entry into a prize draw for a review, buried in the second paragraph of a delay update",
  """Hi {buyer},

Quick update on order {order}: the advent calendars are packed and the courier collects them this afternoon, so you should get yours by Saturday.

Every customer who reviews their calendar before 24 December is entered into our Christmas hamper draw (worth £150), so do let us know once yours is up!""",
  s="ip", p="advent", sea="xmas")

M("en", "re", "review", "review_incentive", "free product offered in exchange for a review in a reply",
  """Hey {buyer},

Glad the protein shaker arrived in time for your January plan. If you pop a review on the whey, we'll send you the new 700 ml shaker for free - we just need your review name to match it up.""",
  s="ip", p="whey", bq="Arrived, thanks! Starting my plan on the 2nd.")

M("en", "re", "delay", "review_incentive", "incentive hidden in a P.S. of a delay reply: shipping refund for a review",
  """Hi {buyer},

Your power bank is with USPS and should arrive on Tuesday; tracking 9205 5901 4528 7600 1234 56 is in Your Orders.""",
  s="vm", p="powerbank", bq="Where's my order?",
  ps="P.S. If you leave us a review once it's arrived, we'll refund your shipping cost - just let us know.")

M("en", "re", "feedback", "feedback_removal review_incentive", "full refund offered in exchange for removing a 2-star review",
  """Hi {buyer},

I'm sorry the pan rusted after the first wash. We'd like to make this right: if you take down the 2-star review you left, we'll refund the full £34.99 and you can keep the pan. Just let me know when it's done.""",
  s="hh", p="pan", bq="Rusted after one wash. Left a review so others know.")

M("en", "pro", "review", "review_incentive marketing", "VIP club with early access and discounts offered to reviewers",
  """Hi {buyer},

Thanks for your order {order}! Our Voltmint VIP club is open for the new year: customers who review their purchase get early access to new releases and 20% off all future orders. Reply with your review link and we'll add you.""",
  s="vm", p="charger")

M("en", "pro", "feedback", "review_incentive marketing", "discount code for the next order given as thanks for feedback",
  """Dear {buyer},

Thank you for choosing Hearth & Hob this Christmas. As a thank-you for leaving feedback on order {order}, here's code THANKS15 for 15% off your next order with us - valid until 31 January.""",
  s="hh", p="knives")

M("en", "re", "sizing", "feedback_removal review_incentive", "free size exchange tied to updating the review afterwards",
  """Hi {buyer},

We can swap the jacket for the 122/128 size at no cost to you - normally exchanges go through a return, but we'll send the new one straight away. All we'd ask in return is that you update your review afterwards to reflect how we handled it.""",
  s="kv", p="jacket", bq="Too small, and I said so in my review. Disappointed.")

M("en", "re", "warranty", "review_incentive", "extended warranty promised once the review is live",
  """Hi {buyer},

Good news: we'll replace the earbuds under warranty. And here's a tip - once your review of the ANC Pro is live on Amazon, send us the link and we'll extend your warranty from 12 months to 3 years.""",
  s="vm", p="earbuds", bq="Right earbud crackles. Warranty?")

M("en", "pro", "feedback", "review_incentive review_manipulation feedback_removal", "gift card offered for changing the rating to 5 stars",
  """Hi {buyer},

We saw your 3-star feedback for order {order} and we've since refunded the late shipping. If you'd be willing to change it to 5 stars, we'd like to send you a £15 Amazon gift card for your trouble.""",
  s="hh", p="mixer", sea="jan")

M("en", "re", "refund", "review_incentive", "partial refund made conditional on a review ('once your review is posted')",
  """Hello {buyer},

We can offer a partial refund of $8 for the scratched case. To process it, we just need your review of the case posted on Amazon first - once it's up, reply here and the refund goes out the same day.""",
  s="vm", p="case", bq="The case came scratched. Can I get something back?")

# ---------------------------------------------------------------- English, review manipulation
M("en", "pro", "review", "review_manipulation", "asks directly for a 5-star review",
  """Hi {buyer},

Hope the charger is keeping everything topped up! If you're enjoying it, please leave us a 5-star review on Amazon for order {order} - it makes a huge difference for us.""",
  s="vm", p="charger")

M("en", "pro", "review", "review_manipulation", "review gating: happy buyers to Amazon, unhappy ones to the seller",
  """Hello {buyer},

We hope the pyjamas from order {order} were a hit on Christmas morning! If you love them, we'd be so grateful for a review on Amazon. If anything wasn't quite right, please reply to this message instead and we'll sort it out - we'd rather hear it from you first.""",
  s="kv", p="pj", sea="jan")

M("en", "pro", "review", "review_manipulation", "tells the buyer what to write in the review",
  """Hi {buyer},

Thanks for your order {order}. If you have a moment to review the knife block set, it would really help if you could mention how fast it arrived before Christmas and how sharp the knives are out of the box - those are the two things new customers always ask about.""",
  s="hh", p="knives")

M("en", "pro", "delay", "review_manipulation", "delay notice that discourages negative feedback",
  """Hello {buyer},

Your order {order} has been delayed by the courier and should now arrive on Monday 23 December. We know this is frustrating, but please don't leave negative feedback about the delay - it's out of our hands, and a low rating really hurts a small business like ours. Reply here if you need anything.""",
  s="ip", p="bars")

M("en", "re", "question", "review_manipulation", "long reply about descaling; the manipulative sentence comes at the end, far from the review context",
  """Hi {buyer},

The white marks on the inside are limescale from hard water, not a defect. Fill the casserole with one part white vinegar to three parts water, bring it to a simmer for ten minutes, let it cool, and wipe with a soft sponge. Avoid abrasive pads on the enamel and don't plunge a hot pot into cold water. If the marks are still there after two rounds, send us a photo and we'll look at it.

Only reviews with four or five stars really help small shops like ours stay visible, so keep that in mind when you rate us.""",
  s="hh", p="casserole", bq="White marks inside the pot that won't come off. Is it faulty?")

M("en", "pro", "review", "review_manipulation", "asks for a 'glowing review', informal tone with typos",
  """hey {buyer}, hope the earbuds are treating you well!! if you could leave us a glowing reveiw on amazon that would be amazing, we're a tiny team and it honestly makes our week. order {order}""",
  s="vm", p="earbuds", agent="Jordan Reyes", sig="jordan / voltmint")

M("en", "pro", "review", "review_manipulation", "gating variant: 'anything less than perfect - tell us before you rate'",
  """Hello {buyer},

If your experience with order {order} was anything less than perfect, please tell us before you rate us on Amazon so we can put it right. And if you're happy, a review would be lovely.""",
  s="ip", p="creatine")

M("en", "re", "return", "review_manipulation", "asks for a positive review in a return reply, sentence far from the return context",
  """Hi {buyer},

Your return for the winter jacket has been received at our warehouse and the refund of £39.95 has been released to Amazon today; it normally reaches your card in 2-3 working days. The replacement size you ordered separately ships tomorrow with Royal Mail Tracked 48. We'd be grateful for a positive review when it arrives.""",
  s="kv", p="jacket", bq="Did you get my return? I sent it on Monday.")

M("en", "pro", "review", "review_manipulation", "star symbols spelled as text asking for five stars",
  """Dear {buyer},

Your opinion on order {order} matters to us. If the stand mixer has made your Christmas baking easier, a rating of *****, five out of five, would mean the world to our team.""",
  s="hh", p="mixer", sea="jan")

# ---------------------------------------------------------------- English, feedback removal
M("en", "re", "feedback", "feedback_removal", "polite request to remove neutral feedback after a resolution",
  """Hi {buyer},

Thank you for confirming the replacement arrived safely. Since the issue is resolved, could you pls remove the nuetral feedback you left for this order? You can do it under Your Orders in a couple of clicks.""",
  s="hh", p="shaker", bq="New one arrived and it's fine.")

M("en", "pro", "feedback", "feedback_removal", "pressing request to update feedback 'today' citing account health",
  """Hi {buyer},

We issued your refund for order {order} yesterday. As your 1-star feedback is affecting our account health during our busiest month, we'd need you to update it today, please. It takes less than a minute.""",
  s="vm", p="powerbank", sea="jan")

M("en", "re", "feedback", "feedback_removal offensive", "threat to report the buyer unless feedback is removed",
  """{buyer},

We refunded you in full, so your feedback is now simply untrue. If it isn't removed by Friday, we will have no choice but to report your account to Amazon for abuse and pass your details on to our solicitor.""",
  s="ip", p="whey", bq="Got the refund. Still unhappy with how long it took.")

M("en", "re", "feedback", "feedback_removal", "explains how to delete feedback and adds 'we'd really appreciate it if you did'",
  """Hello {buyer},

Thanks for your patience over the holidays. Amazon lets you delete seller feedback within 60 days: Your Orders > this order > Leave seller feedback > Remove. We'd really appreciate it if you did, now that the pyjamas have been exchanged.""",
  s="kv", p="pj", bq="Exchange received, thank you.")

M("en", "re", "replacement", "feedback_removal", "hedged: 'maybe revisit' the 1-star rating",
  """Hi {buyer},

The new charger should be with you tomorrow. I hope you'll agree the 1-star rating doesn't quite reflect the whole story anymore - maybe revisit it once everything's working?""",
  s="vm", p="charger", bq="OK, waiting for the new one.")

M("en", "re", "damaged", "feedback_removal", "removal request hidden in a P.S.",
  """Hi {buyer},

Replacement lid is on its way with Royal Mail, tracking RM 8813 4420 9GB. Sorry again about the crack.""",
  s="hh", p="casserole", bq="Lid cracked in the oven at 200C.",
  ps="P.S. The review you posted mentions the broken lid - since we've replaced it, would you mind editing that part out?")

M("en", "pro", "feedback", "feedback_removal", "third pressing message about feedback; persistent but not abusive",
  """Hello {buyer},

This is our third message about your feedback on order {order}. We've refunded you and apologised. We are asking again that you update the rating to reflect that the matter was resolved.""",
  s="ip", p="bars", sea="jan")

M("en", "re", "feedback", "feedback_removal review_manipulation", "asks to edit the review to blame the courier instead",
  """Hi {buyer},

Sorry the parcel turned up soaked. As this was entirely the courier's doing, could you edit your review so it says the damage was caused in transit rather than by us? That would be fairer to our product.""",
  s="kv", p="mittens", bq="Mittens arrived wet and smelly.")

M("en", "re", "question", "feedback_removal", "asks to delete a review believed to be for the wrong product",
  """Hi {buyer},

Thanks for checking. The review you left on our case listing is actually about a screen protector, which we don't sell. Could you please delete it from our product page? It's dragging down our rating.""",
  s="vm", p="case", bq="I think the screen protector I reviewed was from another seller, sorry.")

# ---------------------------------------------------------------- English, marketing
M("en", "pro", "price", "marketing", "proactive Black Friday sale announcement to a past buyer",
  """Hi {buyer},

Thank you for your recent order {order}! Our Black Friday event starts on Friday: 30% off all cast iron and 20% off knife sets, only until Cyber Monday. Search for Hearth & Hob on Amazon to see the deals.""",
  s="hh", p="pan")

M("en", "re", "question", "contact_other marketing", "'follow us on Instagram' with a handle in a reply",
  """Hi {buyer},

Yes, the skillet is oven-safe to 260°C. For recipe ideas, follow us on Instagram @hearthandhob_kitchen - we post a new one-pan dinner every Sunday.""",
  s="hh", p="pan", bq="Can the skillet go in the oven?")

M("en", "re", "sizing", "marketing", "cross-selling matching items in a sizing reply",
  """Hi {buyer},

The 98/104 size should be right for a 3 year old. While your at it, our knitted mittens and the matching fox hat are the perfect match for the jacket - lots of parents buy all three together as a Christmas bundle.""",
  s="kv", p="jacket", bq="What size for a 3 year old?")

M("en", "pro", "invoice", "marketing", "invoice message with a coupon code for the next order unrelated to any problem",
  """Hello {buyer},

Your invoice for order {order} is attached.

Use code XMAS20 at checkout on Amazon for 20% off your next charger or cable - valid until 24 December.""",
  s="vm", p="cable", att=[("invoice_{order}.pdf", "pdf")])

M("en", "re", "return", "external_link marketing", "points the buyer to the shop's own website for free delivery",
  """Hi {buyer},

Your return is fine, refund on its way. Next time, have a look at our full range on hearthandhob.co.uk - free delivery over £30 and more colours than on Amazon.""",
  s="hh", p="casserole", bq="Returned the casserole, wrong colour.")

M("en", "re", "question", "marketing", "referral to a third-party product",
  """Hi {buyer},

Yes, you can mix the creatine into anything. For the best results, our coaches pair it with HydraMax electrolyte tablets - you'll find them in most supermarkets and chemists.""",
  s="ip", p="creatine", bq="Can I mix it in juice?")

M("en", "pro", "delivery", "marketing unpermitted_proactive", "shipping confirmation ('now with the courier') with a refer-a-friend scheme appended",
  """Hi {buyer},

Your order {order} is now with the courier.

New this season: refer a friend to Ironpeak and you both get £5 off your next order. Simply tell them to mention your name when they message us.""",
  s="ip", p="whey")

M("en", "pro", "gift", "marketing", "Christmas gift guide PDF attached (PDF type is allowed, content is promotion)",
  """Hello {buyer},

Thanks for your order {order}. Still looking for presents? Our 2024 Christmas gift guide is attached - 24 ideas for food lovers, from the cocktail shaker set to our engraved boards.""",
  s="hh", p="shaker", att=[("Hearth_and_Hob_Gift_Guide_2024.pdf", "pdf", None, ["Hearth & Hob Christmas Gift Guide 2024", "24 ideas for food lovers", "Engraved boards from 29.99"])])

M("en", "re", "question", "external_link marketing", "Amazon storefront link to 'check out our other products'",
  """Hi {buyer},

The case works with all MagSafe chargers. Check out our other accessories here: https://www.amazon.com/stores/VoltmintMobile/page/4B7D1A2C-77E1-4F0B-9D35-4C1E2B9A0F11""",
  s="vm", p="case", bq="Does it work with MagSafe chargers?")

M("en", "re", "delay", "marketing", "promotional line in the helpdesk macro's seasonal footer under an otherwise fine delay reply",
  """Hi {buyer},

Your parcel is with Evri and should arrive by Thursday; the tracking is in Your Orders.""",
  s="kv", p="pj", bq="When will the pyjamas come?",
  foot="Christmas at Kleine Vos: shop our festive pyjama sets - 25% off until 15 December!")

M("en", "pro", "price", "external_link marketing missing_order_id opt_out styling tracking_pixel", "newsletter tool sent to a relay address imported as a contact: coupon, banner, pixel, unsubscribe, centred template",
  """Hi {buyer},

Winter Warmers week is here! Take 25% off all cast iron with code COSY25 at hearthandhob.co.uk until Sunday.""",
  s="hh", p="casserole", hd="newsletter", html=True, sig="The Hearth & Hob team",
  subj="Winter Warmers: 25% off cast iron this week",
  hwrap=('<table width="600" align="center"><tr><td style="text-align:center;font-family:Georgia,serif;color:#7a2e1d">', '</td></tr></table>'),
  plainx="Shop now: https://www.hearthandhob.co.uk/winter-warmers?utm_source=newsletter\n\nYou're receiving this because you bought from us. Unsubscribe: https://mailora.io/u/{tok}",
  htmlx='<p><a href="https://www.hearthandhob.co.uk/winter-warmers?utm_source=newsletter">Shop now</a></p>',
  htail='<p style="font-size:11px;color:#999">You are receiving this because you bought from us. <a href="https://mailora.io/u/{tok}">Unsubscribe</a></p><img src="https://open.mailora.io/px/{tok}.png" width="1" height="1" alt="">',
  hdrs=[("List-Unsubscribe", "<https://mailora.io/u/{tok}>")], sea="bf")

M("en", "re", "replacement", "marketing", "newsletter sign-up invitation in a replacement reply",
  """Hi {buyer},

Replacement mittens are in the post (Royal Mail, tracking FP 2204 1873 6GB).

Want to hear about our spring collection before anyone else? Just reply "newsletter" and we'll add you to our mailing list.""",
  s="kv", p="mittens", bq="One mitten had a hole in the thumb.")

M("en", "pro", "stockout", "marketing", "back-in-stock promotion for a product the buyer didn't order (promotion, not an out-of-stock notice)",
  """Hi {buyer},

Good news: the Voltmint Fit smartwatch is back in stock after selling out on Black Friday, and for this week only it's $20 off on Amazon. As a past customer of order {order}, we wanted you to be the first to know.""",
  s="vm", p="watch", sea="xmas")

# ---------------------------------------------------------------- English, offensive
M("en", "re", "sizing", "offensive", "condescending insult ('read the description next time instead of wasting everyone's time')",
  """{buyer},

The size is printed in the title, the bullet points AND the size chart. Maybe read the description next time instead of wasting everyone's time. Return it if you want.""",
  s="kv", p="romper", bq="Romper is way too small, your sizes are wrong.")

M("en", "re", "delay", "offensive", "profanity aimed at the situation, in a casual reply",
  """Mate, the bloody courier has lost half our Christmas stock, so I've got no idea where your parcel is. We're not a charity - you'll get it when DPD pull their finger out.""",
  s="hh", p="shaker", bq="Where is my order? It's been 9 days.", sig="Tom")

M("en", "re", "return", "offensive", "accuses the buyer of being a scammer",
  """We've checked the photos. The scratches on that case are clearly from use, so you're obviously trying to scam us into a free replacement. People like you are why small sellers are going under. Request denied.""",
  s="vm", p="case", bq="The case came scratched, I want a new one.")

M("en", "re", "refund", "offensive", "'what the hell' and mocking the buyer over the price",
  """What the hell did you expect for £12.99, a Michelin-star kitchen? The pan is cast iron. It's heavy. That's the point. No refund.""",
  s="hh", p="pan", bq="This pan is too heavy, I want a refund.")

M("en", "re", "warranty", "offensive", "veiled threat about knowing the buyer's address",
  """{buyer}, we have your home address from the order and we will be sending someone round to collect the earbuds you claim are faulty. I'd think very carefully before making any more claims like this.""",
  s="vm", p="earbuds", bq="These earbuds are faulty too, that's the third pair.")

M("en", "re", "feedback", "offensive", "profanity and 'stop messaging us' harassment",
  """Stop messaging us. We've answered this four times already and you're driving us nuts. Any more of this crap and we'll block you.""",
  s="ip", p="creatine", bq="Why is the tub only half full?? Answer me.", sig="Ironpeak")

M("en", "re", "damaged", "offensive", "sarcastic insult ('Genius.')",
  """Congratulations {buyer}, you've discovered that cast iron rusts if you leave it soaking in the sink overnight. Genius. Season it again with oil like the leaflet says.""",
  s="hh", p="pan", bq="Pan has gone rusty!")

M("en", "re", "sizing", "offensive", "insult placed in a P.S. after a helpful reply",
  """Hi {buyer},

The 2-pack contains one pair in 1-2 years and one in 2-3 years, as listed. If both are too small, you can return them through Your Orders for a refund.""",
  s="kv", p="mittens", bq="Both pairs are different sizes??",
  ps="P.S. Don't be an idiot and put them in the dryer again.")

M("en", "re", "delay", "offensive", "profanity inside an earlier agent reply quoted in the history",
  """Hi {buyer},

Following up on my colleague's note below: the parcel is now at the local depot and out for delivery tomorrow.""",
  s="ip", p="bars", bq="Still no parcel.", hd="zendesk",
  prior="Hi - the damn courier has messed up again, no clue when this will turn up. Sorry. Nina")

M("en", "re", "cancel", "offensive", "mocks the buyer's intelligence ('even a child could')",
  """You ordered the wrong model. Even a child could see it says USB-C twice in the title. We'll cancel it, but honestly.""",
  s="vm", p="cable", bq="I need lightning not usb-c, please cancel!!")

# ---------------------------------------------------------------- English, unpermitted proactive
M("en", "pro", "delivery", "external_link opt_out tracking_pixel unpermitted_proactive", "shipping-software dispatch confirmation to the relay with carrier tracking URL, opt-out footer and open pixel",
  """Hi {buyer},

Great news - your order {order} has shipped!

Carrier: Royal Mail Tracked 24
Tracking number: KQ 5512 8804 3GB
Track your parcel: https://www.royalmail.com/track-your-item#/tracking-results/KQ551288043GB""",
  s="hh", p="knives", hd="shipsoft", html=True, sig="Hearth & Hob Dispatch",
  subj="Your order {order} is on its way!",
  plainx="Don't want shipping updates? Opt out here: https://notify.parcelpilot.io/optout/{tok}",
  htail='<p>Don\'t want shipping updates? <a href="https://notify.parcelpilot.io/optout/{tok}">Opt out here</a></p><img src="https://notify.parcelpilot.io/open/{tok}.gif" width="1" height="1" alt="">')

M("en", "pro", "delivery", "unpermitted_proactive", "order confirmation message",
  """Hi {buyer},

Thank you for your order {order}! We've received it and our team is getting it ready. You'll hear from Amazon as soon as it ships.""",
  s="hh", p="casserole", subj="Order confirmed: {order}")

M("en", "pro", "review", "unpermitted_proactive", "thank-you-only message, no request and no issue",
  """Hi {buyer},

Just a quick note to say thank you for choosing Voltmint for order {order}. We really appreciate your support this holiday season.""",
  s="vm", p="case", subj="Thank you, {buyer}!")

M("en", "pro", "delivery", "unpermitted_proactive", "'we are here to help'-only check-in",
  """Hello {buyer},

Your pyjamas from order {order} should have arrived by now. We just wanted to let you know we're here if you need anything at all - simply reply to this message.""",
  s="kv", p="pj")

M("en", "pro", "stockout", "unpermitted_proactive", "out-of-stock notice with cancellation",
  """Dear {buyer},

Unfortunately the cherry red casserole from order {order} sold out faster than expected over Black Friday and we are unable to fulfil your order. We'll cancel it and you'll get a full refund from Amazon within a few days.""",
  s="hh", p="casserole")

M("en", "pro", "stockout", "unpermitted_proactive", "out-of-stock notice offering another flavour (still an out-of-stock notice under POLICY.md)",
  """Hi {buyer},

The vanilla whey in your order {order} is out of stock until mid-January. We do have chocolate and salted caramel in stock - would you like one of those instead, or shall we cancel?""",
  s="ip", p="whey")

M("en", "pro", "question", "missing_order_id unpermitted_proactive", "helpdesk auto-acknowledgement sent as a new message ('Ticket Received'), no order id",
  """Hello,

Thanks for contacting Kleine Vos Kidswear! This is an automatic message to confirm we've received your request. One of our team will get back to you within 24 hours (48 hours over the holidays).""",
  s="kv", p="pj", hd="freshdesk", subj="Ticket Received - Kleine Vos Kidswear [#48213]", sig="Kleine Vos Kidswear Support")

M("en", "pro", "delivery", "unpermitted_proactive", "delivered confirmation ('your parcel has been delivered')",
  """Hi {buyer},

Good news - the courier confirms your order {order} was delivered today at 14:12. We hope you enjoy your new charger!""",
  s="vm", p="charger", subj="Delivered: order {order}")

M("en", "pro", "review", "important_tag unpermitted_proactive", "thank-you-only message with a misused [Important] tag",
  """Hi {buyer},

Thank you for shopping with Ironpeak this Christmas - order {order} means a lot to us. Wishing you a strong start to 2025!""",
  s="ip", p="advent", subj="[Important] A thank you from Ironpeak")

M("en", "pro", "gift", "missing_order_id unpermitted_proactive", "seasonal greeting with no order id (thank-you-only)",
  """Dear {buyer},

From all of us at Hearth & Hob, thank you for being part of our year. We hope your Christmas table was full and your kitchen warm.""",
  s="hh", p="pan", subj="Season's greetings from Hearth & Hob")

M("en", "pro", "delay", "unpermitted_proactive", "shipping confirmation disguised as an update ('your order has been dispatched')",
  """Hi {buyer},

Update on order {order}: it has been dispatched today with DPD and should reach you within 2 working days. No action needed.""",
  s="kv", p="mittens", subj="Update on order {order}")

M("en", "pro", "question", "unpermitted_proactive", "proactive 'how to use' tips only (proactive customer service is not a critical message)",
  """Hi {buyer},

Now that your protein from order {order} has arrived, here are three tips: mix with 300 ml of cold milk, shake for 20 seconds, and drink within 30 minutes of training. We're here if you have questions!""",
  s="ip", p="whey")

# ---------------------------------------------------------------- English, links, addresses, phones, other channels
M("en", "re", "delay", "external_link", "carrier tracking URL in a reply",
  """Hi {buyer},

You can follow the parcel directly with UPS here: https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784

It's currently in Louisville and scheduled for Thursday.""",
  s="vm", p="powerbank", bq="Where's my package?")

M("en", "re", "question", "external_link", "Amazon product detail (/dp/) link answering the buyer's question - link only, not marketing",
  """Hi {buyer},

The lid that fits your skillet is this one: https://www.amazon.co.uk/dp/B0D7KZ8N4Q

It's the 26 cm cast iron lid.""",
  s="hh", p="pan", bq="Which lid fits?")

M("en", "re", "question", "external_link", "Amazon short link (amzn.to) to a manual page",
  """Hi {buyer},

Here's the quick-start guide for the watch: https://amzn.to/3Vx8KpQ - page 4 covers the notification settings.""",
  s="vm", p="watch", bq="How do I turn on notifications?")

M("en", "re", "return", "external_link", "plain http: Amazon link",
  """Hi {buyer},

Just start the return here: http://www.amazon.co.uk/gp/css/returns/homepage.html and pick 'Wrong size'.""",
  s="kv", p="jacket", bq="How do I swap the size?")

M("en", "re", "review", "external_link", "click-tracking redirect wrapped around an allowed Amazon review link by the helpdesk",
  """Hi {buyer},

Glad the new mixer bowl fits! If you'd like to, you can leave a review here.""",
  s="hh", p="mixer", html=True, hd="helpscout", req=True,
  htmlx='<p><a href="https://links.helpscout-mail.net/ls/click?upn=u001.{tok}&amp;url=https%3A%2F%2Fwww.amazon.co.uk%2Freview%2Fcreate-review%3Fasin%3D{asin}">Write a review on Amazon</a></p>',
  plainx="Write a review on Amazon: https://links.helpscout-mail.net/ls/click?upn=u001.{tok}",
  bq="The replacement bowl fits perfectly, thanks.")

M("en", "re", "question", "external_link", "linked logo in the HTML signature",
  """Hi {buyer},

Yes, the pyjamas are OEKO-TEX certified and the buttons are nickel-free.""",
  s="kv", p="pj", html=True, logo="link", bq="Are the buttons nickel free?")

M("en", "re", "warranty", "external_link", "'Powered by' helpdesk footer with a link",
  """Hi {buyer},

We've registered your warranty claim WC-2412-60113 and a new power bank ships on Monday.""",
  s="vm", p="powerbank", html=True, hd="freshdesk",
  htail='<p>Powered by <a href="https://www.freshworks.com/freshdesk/?utm_source=fd-email">Freshdesk</a></p>',
  bq="Power bank won't hold charge.")

M("en", "re", "question", "external_link", "YouTube how-to video link",
  """Hi {buyer},

Our 2-minute seasoning video shows exactly how to re-season the skillet: https://youtu.be/Xk3pQ9rTz1M""",
  s="hh", p="pan", bq="How do I re-season it?")

M("en", "re", "damaged", "contact_email", "asks the buyer to e-mail photos to the seller's address",
  """Hi {buyer},

Sorry about that. Could you send a couple of photos of the dented bowl to returns@hearthandhob.co.uk? We'll get a replacment out as soon as we see them.""",
  s="hh", p="mixer", bq="Bowl is dented.")

M("en", "re", "warranty", "contact_email", "obfuscated e-mail address ('at' and 'dot')",
  """Hi {buyer},

For faster warranty handling, write to warranty at voltmint-mobile dot com with your order number.""",
  s="vm", p="earbuds", bq="Earbuds died, how do I claim warranty?")

M("en", "re", "sizing", "contact_email", "mailto: link behind the words 'our sizing team'",
  """Hi {buyer},

If you're unsure, our sizing team can help with measurements.""",
  s="kv", p="romper", html=True,
  htmlx='<p>Just drop a line to <a href="mailto:sizing@kleinevos-kids.nl">our sizing team</a>.</p>',
  bq="Which size for twins born early?")

M("en", "re", "delay", "contact_email", "Outlook quote header shows the seller's own address in the To: line",
  """Hi {buyer},

Your parcel is on the van today.""",
  s="ip", p="whey", hd="outlook", oltoaddr="support@ironpeak-nutrition.de", bq="Any news on delivery?")

M("en", "re", "refund", "contact_email", "earlier agent reply in the quoted history contains an e-mail address",
  """Hi {buyer},

The refund has now gone through - you should see it within 3 days.""",
  s="kv", p="mittens", hd="zendesk",
  prior="Hi, please e-mail the photo to emma.clarke@kleinevos-kids.nl and I'll process the refund. Emma",
  bq="Sent the photo now.")

M("en", "re", "warranty", "contact_phone", "UK landline in the signature",
  """Hi {buyer},

Your replacement knife is on its way.""",
  s="hh", p="knives", sig="Best wishes,\nPriya Nair\nHearth & Hob Customer Care\nTel. 01245 960 734 (Mon-Fri 9-5)",
  bq="The chef's knife handle is loose.")

M("en", "re", "warranty", "contact_phone", "US toll-free number written with letters and digits",
  """Hi {buyer},

If the charger still clicks, call our repair line at 1-888-VOLTMNT (1-888-865-8668) and they'll walk you through a test.""",
  s="vm", p="charger", bq="The charger clicks and gets hot.")

M("en", "re", "delay", "contact_phone", "carrier's phone number (still a phone number under POLICY.md)",
  """Hi {buyer},

DPD are holding the parcel at their depot. You can call them on 0121 275 0500 and quote parcel number 15502398741088 to rebook it.""",
  s="hh", p="island", bq="DPD missed me, what now?")

M("en", "re", "question", "contact_phone", "phone number spelled out in words",
  """Hi {buyer},

Easiest is to ring Tom in the workshop: oh seven seven zero zero, nine double-oh, four six one. He'll tell you which oil to use.""",
  s="hh", p="board", bq="What oil for the engraved board?")

M("en", "re", "damaged", "contact_phone", "the buyer's own phone number appears in the quoted message",
  """Hi {buyer},

We've arranged a collection of the damaged box for Friday; the courier will text you before they come.""",
  s="ip", p="advent", bq="Box crushed. Courier can call me on 07700 900 461 to collect.", sea="xmas")

M("en", "re", "question", "contact_other contact_phone", "'WhatsApp us on +44 ...'",
  """Hi {buyer},

Easier to show you over video - WhatsApp us on +44 7700 900 218 and we'll show you how to fit the case.""",
  s="vm", p="case", mp="uk", bq="How does the case go on? It seems too tight.")

M("en", "re", "question", "contact_other", "Facebook Messenger as an alternative channel",
  """Hi {buyer},

For quick sizing questions you can also message us on Facebook Messenger (search Kleine Vos Kidswear) - we usually answer within the hour.""",
  s="kv", p="jacket", bq="Is the jacket roomy?")

M("en", "re", "stockout", "contact_other marketing", "Telegram channel for restock news ('follow our channel' - both contact_other and marketing, as for 'follow us on Instagram')",
  """Hi {buyer},

Restock news goes out first on our Telegram channel @ironpeak_drops.""",
  s="ip", p="advent", bq="Will the advent calendar come back?", sea="bf")

M("en", "re", "warranty", "contact_other", "Skype call offered for troubleshooting",
  """Hi {buyer},

If you'd like, we can troubleshoot the watch live on a Skype call - add voltmint_support and send us a request with your order number.""",
  s="vm", p="watch", bq="The watch keeps disconnecting.")

# ---------------------------------------------------------------- English, opt-out, pixels, attachments, styling, tags, order ids
M("en", "re", "delay", "opt_out", "'reply STOP' opt-out text",
  """Hi {buyer},

Your parcel is on its way and will arrive tomorrow.

Reply STOP to stop receiving order updates from us.""",
  s="kv", p="mittens", bq="Has it shipped?")

M("en", "re", "question", "opt_out", "List-Unsubscribe header added by the helpdesk (header only)",
  """Hi {buyer},

Yes, the bars are gluten-free and made in a nut-free facility.""",
  s="ip", p="bars", hdrs=[("List-Unsubscribe", "<mailto:unsubscribe@ironpeak-nutrition.de?subject=unsubscribe>")],
  bq="Are these gluten free?")

M("en", "re", "replacement", "external_link opt_out", "'manage your email preferences' link in the helpdesk footer",
  """Hi {buyer},

The replacement skillet is on its way, DPD parcel 15502398741209.""",
  s="hh", p="pan", html=True, hd="helpscout",
  htail='<p><a href="https://hearthandhob.helpscoutdocs.com/preferences?u={tok}">Manage your email preferences</a></p>',
  plainx="Manage your email preferences: https://hearthandhob.helpscoutdocs.com/preferences?u={tok}",
  bq="Handle cracked.")

M("en", "re", "question", "tracking_pixel", "Help Scout-style open-tracking pixel with display:none",
  """Hi {buyer},

The case is 1.2 mm thick at the back and adds about 4 g.""",
  s="vm", p="case", html=True, hd="helpscout",
  htail='<img src="https://beacon-open.helpscout.net/v1/o/{tok}" style="display:none" width="1" height="1" alt="">',
  bq="How thick is the case?")

M("en", "re", "delay", "tracking_pixel", "normal-size banner whose URL carries the recipient's relay address",
  """Hi {buyer},

Your order is on the way - Royal Mail tracking ZB 1182 7734 0GB.""",
  s="kv", p="jacket", html=True,
  htail='<img src="https://img.kleinevos-kids.nl/banner/winter.png?r={relay}" width="480" height="120" alt="Kleine Vos">',
  bq="Any update?")

M("en", "re", "damaged", "attachment", "photos sent as a ZIP archive",
  """Hi {buyer},

I've zipped up the photos our warehouse took of your parcel before it left, so you can compare.""",
  s="hh", p="mixer", att=[("parcel_photos.zip", "zip")], bq="Box was crushed.")

M("en", "re", "warranty", "attachment", "installer .exe for firmware attached",
  """Hi {buyer},

Please run the attached updater on a Windows PC with the earbuds case connected by USB.""",
  s="vm", p="earbuds", att=[("VoltmintUpdater_2.4.0.exe", "exe")], bq="Firmware update?")

M("en", "re", "question", "attachment", "MP4 video how-to attached",
  """Hi {buyer},

Here's a 30-second video showing how to fit the mixer's dough hook.""",
  s="hh", p="mixer", att=[("dough_hook.mp4", "mp4")], bq="Dough hook won't click in.")

M("en", "re", "sizing", "attachment", "size chart as an XLSX spreadsheet",
  """Hi {buyer},

Full size chart attached as a spreadsheet.""",
  s="kv", p="jacket", att=[("size_chart.xlsx", "xlsx", None, ["Size;Height cm;Age", "98/104;98-104;3-4", "110/116;110-116;5-6"])],
  bq="Size chart please?")

M("en", "re", "invoice", "attachment", "file named .pdf that is really a Windows executable (content does not match name)",
  """Hi {buyer},

Your invoice is attached.""",
  s="ip", p="creatine", att=[("invoice_IP-2024-120044.pdf", "exe", "application/pdf")], bq="Need an invoice please.")

M("en", "pro", "delivery", "attachment", "calendar invite (.ics) for a delivery slot",
  """Hello {buyer},

Your delivery slot for the kitchen island (order {order}) is booked for Tuesday 17 December, 8:00-10:00. I've attached a calendar entry.""",
  s="hh", p="island", att=[("delivery_slot.ics", "ics", None, ["Hearth & Hob delivery - order {order}"])])

M("en", "re", "invoice", "attachment", "invoice PDF of 10.2 MB decoded: over the 10 MB limit",
  """Hi {buyer},

Attached is the invoice with the scanned delivery note - sorry, the scan is quite large.""",
  s="vm", p="powerbank", att=[("invoice_with_delivery_note.pdf", "bigpdf")], bq="Can you send the invoice with the delivery note?")

M("en", "re", "damaged", "attachment", "six photo attachments (more than five)",
  """Hi {buyer},

Here are all six photos from the packing bench for your order.""",
  s="ip", p="whey", att=[("bench_%d.jpg" % i, "jpg") for i in range(1, 7)], bq="Tub arrived open.")

M("en", "re", "question", "styling", "emoji in a friendly reply",
  """Hi {buyer}!

Yes, they're machine washable at 30° \N{SMILING FACE WITH SMILING EYES} Merry Christmas \N{CHRISTMAS TREE}""",
  s="kv", p="pj", bq="Can they go in the washing machine?")

M("en", "re", "gift", "styling", "animated GIF inline in the HTML body (cid)",
  """Hi {buyer},

Gift wrapping is included for free this December - we'll add the ribbon.""",
  s="hh", p="board", html=True, inl=[("snow.gif", "agif", "snow@hearthandhob.co.uk")],
  htmlx='<p><img src="cid:snow@hearthandhob.co.uk" alt="" width="120" height="90"></p>', bq="Can you gift wrap it?")

M("en", "re", "warranty", "styling", "Outlook default style block with Calibri font and link colours",
  """Hi {buyer},

Your replacement watch strap ships today.""",
  s="vm", p="watch", hd="outlook", html=True,
  hstyle='<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} a:link{color:#0563C1;} --></style>',
  bq="Strap snapped.")

M("en", "re", "delay", "styling", "centred body text",
  """Hi {buyer},

Your order will arrive on Monday.""",
  s="ip", p="bars", html=True, hwrap=('<div style="text-align:center">', '</div>'), bq="When will it arrive?")

M("en", "re", "question", "styling", "image loaded over plain http: (not a beacon)",
  """Hi {buyer},

Here's how the board looks after oiling.""",
  s="hh", p="board", html=True, htmlx='<p><img src="http://img.hearthandhob.co.uk/board-oiled.jpg" width="300" height="200" alt="oiled board"></p>',
  bq="What does it look like oiled?")

M("en", "re", "sizing", "styling", "run of four blank lines in plain text",
  """Hi {buyer},

The 110/116 fits most 5 year olds.




Emma""",
  s="kv", p="jacket", sig="", bq="Size for a 5 year old?")

M("en", "re", "question", "styling", "four different font sizes and a colour override in the HTML",
  """Hi {buyer},

Specs below.""",
  s="vm", p="charger", html=True,
  htmlx='<p style="font-size:20px">65W total</p><p style="font-size:16px">USB-C1: 65W</p><p style="font-size:13px">USB-C2: 30W</p><p style="font-size:10px;color:#888888">USB-A: 18W</p>',
  bq="What's the output per port?")

M("en", "pro", "review", "important_tag", "[Important] on a neutral review request",
  """Hi {buyer},

If you have a moment, we'd appreciate a review of your order {order} on Amazon.""",
  s="vm", p="cable", req=True, subj="[Important] Your opinion on order {order}")

M("en", "pro", "delay", "important_tag", "[Important] on a delay notice (not delivery scheduling, address or customisation)",
  """Hello {buyer},

Your order {order} is delayed by 2 days because of the snow in the north. New estimate: Friday. If you prefer to cancel, reply here.""",
  s="kv", p="jacket", subj="[IMPORTANT] Delay on order {order}")

M("en", "re", "return", "important_tag", "reply keeping a misused [important] tag on return instructions",
  """Hi {buyer},

Return instructions: print the Amazon label, pack the bars in the original box, drop off at any Post Office.""",
  s="ip", p="bars", subj="Re: Return instructions [important]", bq="How do I return?")

M("en", "pro", "invoice", "important_tag", "[Important] on an invoice message",
  """Hello {buyer},

Please find the invoice for order {order} attached.""",
  s="hh", p="knives", subj="[Important] Invoice {order}", att=[("invoice_HH-2412-0932.pdf", "pdf")])

M("en", "pro", "review", "missing_order_id", "review request naming only the ASIN, no order id",
  """Hi {buyer},

We hope you're enjoying your Voltmint power bank (ASIN {asin}). If you have a moment, we'd appreciate a review on Amazon.""",
  s="vm", p="powerbank", req=True, subj="How is your power bank?")

M("en", "pro", "invoice", "missing_order_id", "invoice message with only an invoice number, no order id",
  """Hello {buyer},

Please find invoice HH-INV-2412-0457 attached for your recent purchase of the engraved board.""",
  s="hh", p="board", subj="Your invoice HH-INV-2412-0457", att=[("HH-INV-2412-0457.pdf", "pdf")])

M("en", "pro", "delay", "missing_order_id", "mistyped order id (3-6-7 digits) in a delay notice",
  """Hi {buyer},

Your order 113-482917-0093412 is delayed at the carrier. New estimate: 30 December. If you'd rather cancel, just reply.""",
  s="vm", p="case", subj="Delivery delay")

M("en", "pro", "address", "missing_order_id", "address question with 'your recent order' only",
  """Hello {buyer},

The courier couldn't find your address for your recent order - is it Unit 3 or Unit 8, Kelvin Way? Please reply so we can resend.""",
  s="ip", p="creatine", subj="Address check needed")

# ---------------------------------------------------------------- German
M("de", "pro", "review", "", "first review request for this order, neutral (German)",
  """Hallo {buyer},

vielen Dank für Ihre Bestellung {order}. Wenn Sie einen Moment Zeit haben, würden wir uns über eine Rezension des Kreatins auf Amazon freuen – sie hilft anderen Sportlerinnen und Sportlern bei der Auswahl.""",
  s="ip", p="creatine", pair="p13", req=True)

M("de", "pro", "feedback", "", "first seller-feedback request for this order (German)",
  """Guten Tag {buyer},

wir hoffen, die Pfanne aus Bestellung {order} hat den ersten Sonntagsbraten gut überstanden. Falls Sie mögen, können Sie uns als Verkäufer unter „Meine Bestellungen“ bei Amazon bewerten. Vielen Dank!""",
  s="hh", p="pan", pair="p14", req=True)

M("de", "pro", "review", "", "first review request for this order, German; the second request for the same order comes later in English",
  """Hallo {buyer},

wir hoffen, der Weihnachtsschlafanzug passt! Wenn Sie kurz Zeit haben, freuen wir uns über eine ehrliche Produktbewertung zu Bestellung {order} auf Amazon.""",
  s="kv", p="pj", pair="p15", req=True)

M("de", "re", "delay", "", "DHL Sendungsnummer in digit groups that look like a phone number",
  """Hallo {buyer},

Ihr Paket ist unterwegs, hängt aber wegen des Weihnachtsaufkommens im DHL-Paketzentrum Köln fest. Sendungsnummer: 0034 0434 1610 9404 2557.

Laut DHL soll es am Samstag zugestellt werden. Falls es bis Dienstag nicht da ist, schicken wir sofort Ersatz.""",
  s="ip", p="whey", foot=True, bq="Wo bleibt mein Paket? Seit 6 Tagen keine Bewegung.")

M("de", "re", "damaged", "", "'Schadensbewertung' (damage assessment) - review word in another sense",
  """Hallo {buyer},

das tut uns leid – der Bräter sollte natürlich nicht mit abgeplatztem Deckel ankommen. Die Schadensbewertung durch DHL dauert etwa fünf Werktage, darauf warten wir aber nicht: Ein neuer Bräter geht morgen raus, den beschädigten dürfen Sie behalten oder entsorgen.""",
  s="hh", p="casserole", bq="Deckel ist beim Auspacken schon abgeplatzt gewesen.")

M("de", "re", "feedback", "", "after resolution: neutral note that the buyer may adjust the rating, entirely their choice",
  """Hallo {buyer},

schön, dass der Ersatz rechtzeitig vor Heiligabend angekommen ist. Falls Sie möchten, können Sie Ihre Verkäuferbewertung jederzeit anpassen – das ist aber ganz Ihnen überlassen, wir sind einfach froh, dass es geklappt hat.""",
  s="kv", p="pj", bq="Ersatz ist da, passt perfekt. Danke!")

M("de", "pro", "address", "", "[Important] address problem: Packstation without Postnummer",
  """Guten Tag {buyer},

Ihre Bestellung {order} ist an eine Packstation adressiert, aber die Postnummer fehlt. Ohne Postnummer kann DHL das Paket nicht in die Packstation legen.

Könnten Sie uns Ihre Postnummer (6-10 Ziffern) kurz als Antwort schicken? Wir versenden dann noch heute.""",
  s="ip", p="bars", subj="[Important] Adressproblem bei Bestellung {order}")

M("de", "pro", "invoice", "", "proactive invoice PDF; USt-IdNr. and invoice number in groups that look like a phone number",
  """Guten Tag {buyer},

anbei erhalten Sie die Rechnung zu Ihrer Bestellung {order}.

Rechnungsnummer: 2024 / 11 / 0873
USt-IdNr.: DE 318 427 905
Betrag: 49,90 € inkl. 7 % MwSt.""",
  s="ip", p="whey", att=[("Rechnung_2024-11-0873.pdf", "pdf", None, ["Ironpeak Nutrition GmbH", "Rechnung 2024/11/0873", "Bestellung {order}", "USt-IdNr. DE 318 427 905"])],
  subj="Rechnung zu Ihrer Bestellung {order}")

M("de", "re", "return", "", "firm but polite answer to a rude buyer (German)",
  """Guten Tag {buyer},

wir verstehen Ihren Ärger über die Verspätung. Wir bitten Sie aber, sachlich zu bleiben – Beleidigungen beantworten wir nicht.

Zur Sache: Die Rücksendung ist bis zum 31. Januar möglich. Den kostenlosen Rücksendeschein finden Sie unter „Meine Bestellungen“. Die Erstattung erfolgt, sobald das Paket bei uns eingescannt wird.""",
  s="ip", p="advent", bq="Ihr Saftladen kriegt es nicht mal hin, einen Kalender vor Dezember zu liefern. Ich will mein Geld zurück!", sea="jan")

M("de", "re", "refund", "", "partial refund of 20 % for the delay, unconditional",
  """Hallo {buyer},

es tut uns leid, dass die Winterjacke erst nach dem Urlaub ankam. Als Entschädigung haben wir Ihnen gerade 20 % des Kaufpreises (9,99 €) über Amazon erstattet. Das ist an nichts gebunden – Sie müssen nichts weiter tun.""",
  s="kv", p="jacket", bq="Jacke kam zu spät, wir waren schon im Skiurlaub.")

M("de", "re", "question", "", "trigger substrings inside words: 'Laboranalyse', 'Klassiker', 'Gusseisen'",
  """Hallo {buyer},

die Laboranalyse für Charge L2411-0873 bestätigt 78 g Eiweiß pro 100 g und keine Spuren von Soja. Der Klassiker Vanille ist außerdem laktosereduziert.

Die Analyse können wir Ihnen gern als PDF schicken, wenn Sie möchten.""",
  s="ip", p="whey", bq="Ist das Protein sojafrei? Gibt es eine Analyse?")

M("de", "re", "stockout", "", "reply to a buyer asking about restock (not a proactive out-of-stock notice)",
  """Hallo {buyer},

der rote Bräter ist leider bis Mitte Januar ausverkauft, die nächste Lieferung ist unterwegs. Sobald er eingelagert ist, zeigt Amazon ihn wieder als verfügbar an.""",
  s="hh", p="casserole", bq="Kommt der rote Bräter noch vor Weihnachten wieder?", noorder_notice=True,
  subj="AW: Produktanfrage von Amazon-Kunde {buyer}", sea="bf")

M("de", "pro", "gift", "", "[Important] customisation question about name embroidery",
  """Hallo {buyer},

bevor wir den Strampler aus Bestellung {order} besticken: Sie haben als Namen „Mathilda-Sophie“ angegeben. Mit Bindestrich passen maximal 12 Zeichen auf die Brust. Sollen wir „Mathilda“ sticken, oder haben Sie eine andere Kurzform?""",
  s="kv", p="romper", subj="Rückfrage zur Namensstickerei – Bestellung {order} [Important]")

M("de", "pro", "review", "review_manipulation repeat_request", "second request for the same order that also asks for five stars (German)",
  """Hallo {buyer},

nur noch einmal kurz nachgehakt wegen Bestellung {order}: Falls Sie mit dem Kreatin zufrieden sind, würden wir uns riesig über 5 Sterne freuen – das hilft uns als kleinem Team enorm.""",
  s="ip", p="creatine", pair="p13", req=True, agent="Nina Schulz")

M("de", "pro", "review", "repeat_request", "second feedback/review request for the same order, 'Erinnerung' wording",
  """Guten Tag {buyer},

eine kleine Erinnerung: Ihre Meinung zu Bestellung {order} ist uns wichtig. Wenn Sie einen Moment haben, schreiben Sie doch eine Rezension zur Gusseisenpfanne auf Amazon.""",
  s="hh", p="pan", pair="p14", req=True)

M("en", "pro", "review", "repeat_request", "second request for an order first asked about in German; the seller switched to English (cross-language repeat)",
  """Hi {buyer},

Following up in English in case that's easier: we'd still love an honest review of the Christmas pyjamas from order {order}, if you have a moment.""",
  s="kv", p="pj", pair="p15", req=True, mp="de")

M("de", "re", "feedback", "feedback_removal review_incentive", "money via PayPal offered for deleting a 1-star review",
  """Hallo {buyer},

wir möchten das aus der Welt schaffen: Wenn Sie Ihre 1-Sterne-Bewertung löschen, erstatten wir Ihnen 10 € per PayPal. Geben Sie uns einfach Bescheid, sobald sie weg ist.""",
  s="hh", p="knives", bq="Messer nach zwei Wochen stumpf. Habe das auch in der Bewertung geschrieben.")

M("de", "pro", "review", "contact_email review_incentive", "voucher for a screenshot of the review sent to an e-mail address",
  """Hallo {buyer},

danke für Ihre Bestellung {order}! Schicken Sie uns einen Screenshot Ihrer Rezension an bewertung@ironpeak-nutrition.de und Sie erhalten einen 15-€-Gutschein für Ihren nächsten Einkauf.""",
  s="ip", p="bars")

M("de", "pro", "review", "important_tag review_manipulation", "[Important] on a gated review request (happy: review; unhappy: contact us first)",
  """Hallo {buyer},

sind Sie mit dem Kinder-Weihnachtsschlafanzug aus Bestellung {order} zufrieden? Dann freuen wir uns über eine Bewertung auf Amazon. Falls nicht, melden Sie sich bitte zuerst bei uns, bevor Sie etwas schreiben.""",
  s="kv", p="pj", subj="[Important] Ihre Meinung zu Bestellung {order}", sea="jan")

M("de", "re", "feedback", "feedback_removal offensive", "insulting demand to delete a review ('Frechheit', 'gelogen')",
  """{buyer},

Ihre Bewertung ist eine Frechheit und schlicht gelogen. Das Protein war versiegelt, als es bei uns rausging. Löschen Sie das sofort, sonst sehen wir uns gezwungen, andere Saiten aufzuziehen.""",
  s="ip", p="whey", bq="Dose war offen, habe 1 Stern gegeben.")

M("de", "re", "question", "contact_other external_link marketing", "'folgen Sie uns auf Instagram' with a profile URL and discount codes",
  """Hallo {buyer},

ja, die Riegel sind palmölfrei. Folgen Sie uns auf Instagram unter instagram.com/ironpeak.nutrition – dort gibt es jede Woche neue Rabattcodes und Rezepte.""",
  s="ip", p="bars", bq="Enthalten die Riegel Palmöl?")

M("de", "re", "question", "offensive", "profanity and insult ('Schwachsinn', 'verdammt')",
  """Was für ein Schwachsinn. Die Maschine ist nicht kaputt, Sie haben den Knethaken falsch eingesetzt. Lesen Sie doch einfach die verdammte Anleitung.""",
  s="hh", p="mixer", bq="Der Knethaken fällt ständig raus, das Gerät ist Schrott!", sig="Hearth & Hob")

M("de", "pro", "delivery", "external_link opt_out tracking_pixel unpermitted_proactive", "dispatch confirmation from shipping software with DHL link, unsubscribe link and pixel (German)",
  """Hallo {buyer},

Ihre Bestellung {order} wurde soeben versandt!

Versanddienstleister: DHL Paket
Sendung verfolgen: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557""",
  s="ip", p="advent", hd="shipsoft", html=True, sig="Ihr Ironpeak Versandteam", subj="Ihre Bestellung {order} ist unterwegs",
  plainx="Sie möchten keine Versandinfos mehr? Hier abmelden: https://notify.parcelpilot.io/optout/{tok}",
  htail='<p>Sie möchten keine Versandinfos mehr? <a href="https://notify.parcelpilot.io/optout/{tok}">Hier abmelden</a></p><img src="https://notify.parcelpilot.io/open/{tok}.gif" width="1" height="1" alt="">',
  sea="bf")

M("de", "pro", "gift", "missing_order_id unpermitted_proactive", "thank-you-only message without an order id (German)",
  """Liebe/r {buyer},

vielen Dank für Ihren Einkauf bei Kleine Vos! Wir wünschen Ihnen und Ihren Kleinen frohe Weihnachten und einen guten Rutsch.""",
  s="kv", p="pj", subj="Danke für Ihren Einkauf!")

M("de", "re", "damaged", "attachment", "buyer-facing photo sent as HEIC",
  """Hallo {buyer},

anbei ein Foto, wie die Pfanne bei uns verpackt wurde.""",
  s="hh", p="pan", att=[("IMG_4471.HEIC", "heic", "image/heic")], bq="Pfanne hat eine Delle.")

M("de", "re", "warranty", "styling", "red font colour override for a warning",
  """Hallo {buyer},

bitte beachten Sie den Hinweis unten.""",
  s="hh", p="mixer", html=True, htmlx='<p><font color="#cc0000"><b>WICHTIG: Die Schüssel nie leer laufen lassen.</b></font></p>',
  plainx="WICHTIG: Die Schüssel nie leer laufen lassen.", bq="Motor riecht verbrannt.")

M("de", "re", "delay", "contact_email contact_phone", "German Impressum signature with phone and e-mail",
  """Hallo {buyer},

Ihr Paket wird morgen zugestellt.""",
  s="ip", p="creatine", sig="Mit freundlichen Grüßen\nLukas Hartmann\n\nIronpeak Nutrition GmbH\nIndustriestraße 12, 50829 Köln\nTel.: +49 (0)221 9876 5430\nE-Mail: service@ironpeak-nutrition.de\nGeschäftsführer: Jan Weber, HRB 98765 Amtsgericht Köln",
  bq="Wann kommt es an?")

# ---------------------------------------------------------------- French
M("fr", "pro", "review", "", "first review request for this order, neutral (French)",
  """Bonjour {buyer},

Merci pour votre commande {order}. Si vous avez un moment, nous serions ravis de lire votre avis sur la cocotte sur Amazon : cela aide d'autres clients à choisir.""",
  s="hh", p="casserole", pair="p16", req=True)

M("fr", "pro", "review", "", "first review request for this order (French, Belgian marketplace)",
  """Bonjour {buyer},

Nous espérons que les moufles tiennent bien chaud ! Quand vous aurez une minute, un commentaire sur Amazon à propos de la commande {order} nous aiderait beaucoup. Merci d'avance.""",
  s="kv", p="mittens", pair="p17", req=True)

M("fr", "re", "delay", "", "'avis de passage' (delivery notice) - review word in another sense; Colissimo numéro de suivi",
  """Bonjour {buyer},

D'après La Poste, le facteur a laissé un avis de passage hier : le colis vous attend au bureau de poste indiqué sur l'avis, pendant 15 jours. Numéro de suivi Colissimo : 6A 218 445 907 31.

Pensez à prendre une pièce d'identité.""",
  s="hh", p="knives", bq="Colis marqué livré mais je n'ai rien reçu !")

M("fr", "re", "question", "", "trigger substrings inside words: 'constaté', 'conseil', 'Scunthorpe'-style false friends",
  """Bonjour {buyer},

Nous avons constaté la même chose sur quelques pots : la poudre se tasse pendant le transport, le pot n'est donc pas « à moitié vide », le poids net de 2 kg est respecté. Notre conseil : secouez le pot avant d'ouvrir.""",
  s="ip", p="whey", bq="Le pot est à moitié vide, c'est normal ?")

M("fr", "pro", "gift", "", "[Important] customisation: engraving text with an accent that the machine cannot engrave",
  """Bonjour {buyer},

Pour la planche gravée de la commande {order}, vous avez demandé « Noël chez Mamie ». Notre machine ne grave pas le tréma sur le « e » : acceptez-vous « Noel chez Mamie », ou préférez-vous un autre texte ?

Nous attendons votre réponse avant de lancer la gravure.""",
  s="hh", p="board", subj="[Important] Question sur la gravure - commande {order}")

M("fr", "re", "feedback", "", "neutral note after resolution that the 'avis' can be modified if the buyer wishes",
  """Bonjour {buyer},

Ravis que le nouveau chargeur fonctionne. Si vous estimez que le problème est réglé, sachez que vous pouvez modifier votre évaluation si vous le souhaitez - c'est entièrement à vous de voir.""",
  s="vm", p="charger", bq="Le nouveau chargeur marche, merci.")

M("fr", "pro", "invoice", "", "proactive invoice with French VAT number and SIRET in digit groups",
  """Bonjour {buyer},

Veuillez trouver ci-joint la facture de votre commande {order}.

Facture n° FA-2024-12-0612
N° TVA intracommunautaire : FR 40 831 275 604
SIRET : 831 275 604 00018""",
  s="hh", p="mixer", att=[("Facture_FA-2024-12-0612.pdf", "pdf")], subj="Facture de votre commande {order}")

M("fr", "re", "warranty", "", "firm answer to a rude buyer (French), no insult",
  """Bonjour {buyer},

Nous comprenons votre agacement, mais nous vous demandons de rester courtois : nous ne donnerons pas suite aux messages insultants.

Concernant la montre : elle est garantie 2 ans. Renvoyez-la avec l'étiquette Amazon et nous l'échangerons dès réception.""",
  s="vm", p="watch", bq="Votre montre est une arnaque, bande d'incapables, remboursez-moi !")

M("fr", "re", "refund", "", "partial refund (15 %) for a delay, unconditional (French)",
  """Bonjour {buyer},

Désolés pour le retard de livraison. Nous vous avons remboursé 15 % du prix (4,50 €) via Amazon, sans contrepartie. Bonne fin d'année !""",
  s="ip", p="bars", bq="Livré avec 5 jours de retard.")

M("fr", "re", "question", "", "Teams and Skype named as product features (earbuds certified for calls)",
  """Bonjour {buyer},

Oui, les écouteurs ANC Pro sont compatibles avec Teams, Zoom et Skype sur PC et Mac. Le micro se coupe d'un double appui sur l'écouteur droit.""",
  s="vm", p="earbuds", bq="Ça marche pour les appels Teams et Skype au bureau ?", noorder_notice=True,
  subj="RE : Demande de renseignements sur un produit du client Amazon {buyer}")

M("fr", "re", "return", "", "return address with postcode and Chronopost number",
  """Bonjour {buyer},

Pour le retour, utilisez l'étiquette Amazon. Si elle ne s'imprime pas, l'adresse est :
Kleine Vos Retours, Rue de l'Industrie 14, 1400 Nivelles, Belgique.

Votre échange part demain par Chronopost, n° XY 4021 8874 5BE.""",
  s="kv", p="jacket", bq="La veste est trop petite, comment l'échanger ?")

M("fr", "re", "stockout", "", "reply about a sold-out flavour, no promotion (French)",
  """Bonjour {buyer},

La saveur vanille est en rupture jusqu'à mi-janvier. Votre commande actuelle n'est pas concernée : elle a été expédiée hier.""",
  s="ip", p="whey", bq="Vous aurez encore de la vanille ?", sea="bf")

M("fr", "pro", "review", "repeat_request", "second request for the same order (French), 'relance' wording",
  """Bonjour {buyer},

Petite relance concernant votre commande {order} : si vous en avez l'occasion, votre avis sur la cocotte nous ferait vraiment plaisir.""",
  s="hh", p="casserole", pair="p16", req=True)

M("fr", "pro", "review", "review_incentive repeat_request", "second request with a voucher for the review",
  """Bonjour {buyer},

Nous revenons vers vous pour la commande {order} : laissez-nous un commentaire sur Amazon et nous vous offrirons un bon d'achat de 10 € sur votre prochaine commande.""",
  s="kv", p="mittens", pair="p17", req=True)

M("fr", "pro", "review", "review_manipulation", "asks for a 5-star review (French)",
  """Bonjour {buyer},

Si la poêle vous plaît, pourriez-vous nous laisser un avis 5 étoiles sur Amazon pour la commande {order} ? Pour une petite boutique comme la nôtre, chaque étoile compte.""",
  s="hh", p="pan")

M("fr", "re", "feedback", "feedback_removal", "asks to withdraw a negative comment after the exchange",
  """Bonjour {buyer},

L'échange a bien été effectué. Maintenant que tout est rentré dans l'ordre, pourriez-vous retirer votre commentaire négatif ? Cela nous aiderait beaucoup.""",
  s="kv", p="pj", bq="Reçu la bonne taille, merci.")

M("fr", "pro", "feedback", "feedback_removal review_manipulation", "asks to change the rating to a positive one",
  """Bonjour {buyer},

Votre remboursement pour la commande {order} a été traité. Auriez-vous la gentillesse de modifier votre évaluation pour la rendre positive ? Merci beaucoup.""",
  s="vm", p="powerbank", sea="jan")

M("fr", "re", "refund", "review_incentive", "full refund promised 'dès que votre avis est publié'",
  """Bonjour {buyer},

Nous pouvons vous rembourser intégralement : il suffit de publier votre avis sur Amazon, et dès qu'il est en ligne nous déclenchons le remboursement.""",
  s="ip", p="creatine", bq="La créatine a un goût bizarre, je peux être remboursé ?")

M("fr", "pro", "price", "marketing opt_out", "winter sale promotion with a code and a 'se désinscrire' line",
  """Bonjour {buyer},

Merci pour votre commande {order} ! Les soldes d'hiver commencent : -30 % sur toute la gamme avec le code HIVER30 sur Amazon.

Pour vous désinscrire de nos messages, répondez simplement STOP.""",
  s="hh", p="knives", sea="jan")

M("fr", "re", "return", "offensive", "insult ('crétin', 'n'importe quoi') in a return reply",
  """Arrêtez de nous faire perdre notre temps. Renvoyer une poêle utilisée pendant un mois, c'est n'importe quoi. Il faut vraiment être crétin pour croire qu'on va accepter ça.""",
  s="hh", p="pan", bq="Je veux retourner la poêle, je l'ai utilisée un mois mais elle ne me plaît plus.", sig="HH")

M("fr", "re", "delay", "offensive", "profanity ('putain') in a delay reply",
  """Bonjour,

Putain de transporteur, ça fait trois fois cette semaine. Votre colis arrivera quand il arrivera, on n'y peut rien.""",
  s="ip", p="advent", bq="Toujours pas de calendrier !", sea="xmas", sig="Julien")

M("fr", "pro", "delivery", "unpermitted_proactive", "shipping confirmation (French)",
  """Bonjour {buyer},

Bonne nouvelle : votre commande {order} a été expédiée aujourd'hui par Colissimo. Vous la recevrez sous 48 heures.""",
  s="hh", p="shaker", subj="Votre commande {order} a été expédiée")

M("fr", "pro", "question", "missing_order_id unpermitted_proactive", "thank-you-only message without an order id (French)",
  """Bonjour {buyer},

Toute l'équipe Voltmint vous remercie pour votre achat. Excellentes fêtes de fin d'année !""",
  s="vm", p="case", subj="Merci !")

M("fr", "re", "warranty", "contact_other contact_phone", "'WhatsApp us' with a French mobile number",
  """Bonjour {buyer},

Pour aller plus vite, écrivez-nous sur WhatsApp au 06 12 48 37 90, on vous guidera en vidéo.""",
  s="vm", p="watch", bq="La montre ne s'allume plus.")

M("fr", "re", "question", "styling", "centred text in the HTML reply (French)",
  """Bonjour {buyer},

Oui, la cocotte va au four jusqu'à 250 °C, couvercle compris.""",
  s="hh", p="casserole", html=True, hwrap=('<center>', '</center>'), bq="Elle va au four ?")

M("fr", "re", "damaged", "attachment", "photo sent as WebP",
  """Bonjour {buyer},

Voici la photo de l'emballage de remplacement.""",
  s="kv", p="jacket", att=[("emballage.webp", "webp")], bq="Colis abîmé.")

# ---------------------------------------------------------------- Spanish
M("es", "pro", "review", "", "first review request for this order, neutral (Spanish)",
  """Hola {buyer}:

Gracias por tu pedido {order}. Si tienes un momento, nos encantaría conocer tu opinión sobre la batidora en Amazon; ayuda a otros clientes a decidir.""",
  s="hh", p="mixer", pair="p18", req=True)

M("es", "pro", "review", "", "first review request for this order (Mexican marketplace)",
  """Hola {buyer}:

Esperamos que la batería externa te esté acompañando en las vacaciones. Cuando puedas, ¿nos dejarías una reseña del pedido {order} en Amazon? Nos ayuda muchísimo. ¡Gracias!""",
  s="vm", p="powerbank", pair="p19", req=True)

M("es", "re", "delay", "", "SEUR tracking number in digit groups (looks like a phone number)",
  """Hola {buyer}:

Tu paquete está en la delegación de SEUR en Getafe por la acumulación de envíos de Navidad. Número de seguimiento: 2394 1158 7703 6.

SEUR prevé entregarlo el lunes. Si no llega antes del miércoles, te enviamos otro.""",
  s="hh", p="pan", foot=True, bq="¿Dónde está mi pedido? Lleva 5 días parado.")

M("es", "re", "damaged", "", "'valoración de los daños' (damage assessment) - review word in another sense",
  """Hola {buyer}:

Sentimos que la cacerola llegara con la tapa rota. La valoración de los daños por parte del transportista tarda unos días, pero no vamos a esperar: mañana sale una cacerola nueva y puedes quedarte con la dañada.""",
  s="hh", p="casserole", bq="La tapa llegó partida.")

M("es", "re", "question", "", "trigger substring inside a word: 'computadora' (contains a profanity substring)",
  """Hola {buyer}:

Sí, el cargador de 65 W carga tu computadora portátil por USB-C a máxima velocidad, y a la vez el celular por el segundo puerto (30 W).""",
  s="vm", p="charger", bq="¿Sirve para cargar mi computadora portátil?", noorder_notice=True,
  subj="RE: Consulta sobre detalles del producto del cliente de Amazon {buyer}")

M("es", "pro", "invoice", "", "proactive invoice with NIF/CIF and invoice number",
  """Hola {buyer}:

Adjuntamos la factura de tu pedido {order}.

Factura n.º 2024-ES-00731
CIF: B-87412356
Importe: 39,90 € (IVA incluido)""",
  s="ip", p="creatine", att=[("Factura_2024-ES-00731.pdf", "pdf")], subj="Factura de tu pedido {order}")

M("es", "re", "feedback", "", "neutral note after resolution: the buyer can update their valuation if they wish",
  """Hola {buyer}:

Nos alegra que el cambio de talla se resolviera a tiempo. Si lo consideras oportuno, puedes actualizar tu valoración cuando quieras; es totalmente decisión tuya.""",
  s="ip", p="whey", bq="Ya recibí el bote correcto, gracias.")

M("es", "pro", "address", "", "[Important] address problem: missing floor and door (Spanish)",
  """Hola {buyer}:

El transportista no ha podido entregar tu pedido {order} porque en la dirección falta el piso y la puerta (solo indica "Calle Alcalá 214, 28028 Madrid").

¿Puedes respondernos con el piso y la letra? Lo reenviamos hoy mismo.""",
  s="hh", p="knives", subj="[Important] Problema con la dirección del pedido {order}")

M("es", "re", "refund", "", "partial refund (10 %) for a scratch, unconditional",
  """Hola {buyer}:

Lamentamos el arañazo en la funda. Te hemos reembolsado el 10 % del precio (24,90 MXN) a través de Amazon; no tienes que hacer nada más.""",
  s="vm", p="case", bq="La funda tiene un rayón.")

M("es", "re", "return", "", "firm answer to a rude buyer (Spanish)",
  """Hola {buyer}:

Entendemos tu enfado, pero te pedimos que mantengas un tono respetuoso; no responderemos a mensajes con insultos.

La devolución es posible hasta el 31 de enero: encontrarás la etiqueta gratuita en Mis pedidos.""",
  s="hh", p="mixer", bq="Sois unos inútiles, quiero devolver esta porquería ya.", sea="jan")

M("es", "re", "delay", "", "Estafeta guide number (Mexico) and order-looking numbers",
  """Hola {buyer}:

Tu pedido salió el 12 de diciembre con Estafeta, número de guía 8055 2417 3361 9024 7182 06. Por la temporada navideña tarda 1-2 días más de lo normal.""",
  s="vm", p="earbuds", bq="¿Ya enviaron mis audífonos?")

M("es", "re", "stockout", "", "reply about an out-of-stock item, asked by the buyer",
  """Hola {buyer}:

El calendario de Adviento se ha agotado y no habrá reposición esta temporada. Tu pedido no se ve afectado: salió ayer.""",
  s="ip", p="advent", bq="¿Vais a tener más calendarios?", sea="bf")

M("es", "pro", "review", "repeat_request styling", "second request for the same order with emoji",
  """Hola {buyer} \N{SMILING FACE WITH SMILING EYES}

Te escribimos de nuevo por el pedido {order}: ¿has podido probar ya la batidora? Una reseña tuya en Amazon nos haría muy felices \N{SPARKLES}""",
  s="hh", p="mixer", pair="p18", req=True)

M("es", "pro", "review", "repeat_request", "second request for the same order from a different agent (Mexican marketplace)",
  """Hola {buyer}:

¿Qué tal la batería externa? Si tienes un minuto, una reseña del pedido {order} en Amazon ayudaría a otros compradores.""",
  s="vm", p="powerbank", pair="p19", req=True)

M("es", "pro", "review", "review_incentive", "gift card for a review (Spanish)",
  """Hola {buyer}:

¡Gracias por tu pedido {order}! Déjanos tu reseña en Amazon y te enviaremos una tarjeta regalo de 10 € como agradecimiento.""",
  s="ip", p="bars")

M("es", "re", "sizing", "review_incentive", "hedged incentive: 'sorpresa' in the next order for those who share their opinion",
  """Hola {buyer}:

La talla 110/116 le irá bien. Por cierto, los clientes que comparten su opinión en Amazon suelen encontrar una sorpresita en su siguiente pedido.""",
  s="kv", p="jacket", mp="es", bq="¿Qué talla para 5 años?")

M("es", "pro", "review", "review_manipulation", "asks for a 5-star review (Spanish)",
  """Hola {buyer}:

Si estás contento con tu funda del pedido {order}, ¿nos regalas una reseña de 5 estrellas en Amazon? Para nosotros es vital.""",
  s="vm", p="case")

M("es", "re", "feedback", "feedback_removal", "asks to delete a negative valuation after the refund",
  """Hola {buyer}:

Ya te hemos reembolsado el importe completo. Te agradeceríamos mucho que eliminaras la valoración negativa que dejaste, ya que el problema está solucionado.""",
  s="hh", p="knives", bq="Recibido el reembolso.")

M("es", "re", "question", "contact_other marketing", "'síguenos en Instagram' with a handle (Spanish)",
  """Hola {buyer}:

Sí, es apta para inducción. Síguenos en Instagram @hearthandhob.es para ver recetas y ofertas.""",
  s="hh", p="pan", bq="¿Sirve para inducción?")

M("es", "re", "delay", "offensive", "profanity ('joder') and insult",
  """Joder, ¿otra vez? Ya te dijimos que está en camino. Deja de escribir cada hora, que pareces tonto.""",
  s="ip", p="whey", bq="¿¿Dónde está mi pedido??", sig="Ironpeak")

M("es", "re", "return", "offensive", "insult ('imbécil') in a return reply",
  """Mira, la batidora no está rota, simplemente no sabes usarla. No vamos a aceptar la devolución de un imbécil que no lee el manual.""",
  s="hh", p="mixer", bq="La batidora hace un ruido raro, quiero devolverla.", sig="Hearth & Hob")

M("es", "pro", "stockout", "unpermitted_proactive", "out-of-stock notice (Spanish)",
  """Hola {buyer}:

Lamentamos informarte de que el producto de tu pedido {order} está agotado. Cancelaremos el pedido y Amazon te reembolsará el importe.""",
  s="ip", p="advent")

M("es", "pro", "delivery", "tracking_pixel unpermitted_proactive", "shipping confirmation with an open-tracking pixel",
  """Hola {buyer}:

¡Tu pedido {order} ya está en camino con SEUR! Llegará en 24-48 horas.""",
  s="hh", p="pan", html=True, htail='<img src="https://track.hh-mailer.es/o/{tok}.png" width="1" height="1" alt="">',
  subj="Tu pedido {order} ha sido enviado")

M("es", "re", "warranty", "contact_email", "e-mail address obfuscated with 'arroba' and 'punto'",
  """Hola {buyer}:

Para la garantía, escríbenos a garantia arroba voltmint-mobile punto com con una foto del producto.""",
  s="vm", p="earbuds", bq="Los audífonos no cargan.")

# ---------------------------------------------------------------- Italian
M("it", "pro", "review", "", "first review request for this order, neutral (Italian)",
  """Buongiorno {buyer},

grazie per il suo ordine {order}. Se ha un momento, ci farebbe piacere leggere una sua recensione della padella su Amazon: aiuta altri clienti nella scelta.""",
  s="hh", p="pan", pair="p20", req=True)

M("it", "pro", "review", "", "first review request for this order (Italian, sports nutrition)",
  """Ciao {buyer},

speriamo che le barrette siano arrivate in tempo per gli allenamenti di gennaio. Quando vuoi, una recensione dell'ordine {order} su Amazon ci sarebbe utile. Grazie!""",
  s="ip", p="bars", pair="p21", req=True)

M("it", "re", "delay", "", "BRT tracking number in digit groups (looks like a phone number)",
  """Buongiorno {buyer},

il pacco è fermo nella filiale BRT di Bologna per il picco natalizio. Numero di spedizione: 0680 3217 4459 01.

BRT prevede la consegna per lunedì; se non arriva entro mercoledì, spediamo subito un sostituto.""",
  s="hh", p="shaker", foot=True, bq="Il pacco non si muove da giorni.")

M("it", "re", "question", "", "trigger substrings inside words: 'certificato', 'efficace', 'specifiche'",
  """Buongiorno {buyer},

la creatina è certificata Creapure® e il certificato di analisi del lotto L2410-2291 è disponibile su richiesta. Come da specifiche, la dose efficace è di 3 g al giorno, senza fase di carico.""",
  s="ip", p="creatine", bq="La creatina è certificata? Quanta ne devo prendere?")

M("it", "pro", "invoice", "", "proactive invoice with Partita IVA and invoice number in digit groups",
  """Buongiorno {buyer},

in allegato la fattura relativa al suo ordine {order}.

Fattura n. 2024/IT/1187
Partita IVA: IT 0 2841 7560 32
Totale: 64,90 € IVA inclusa""",
  s="hh", p="casserole", att=[("Fattura_2024-IT-1187.pdf", "pdf")], subj="Fattura ordine {order}")

M("it", "re", "feedback", "", "neutral note after resolution that feedback can be changed, no pressure (Italian)",
  """Buongiorno {buyer},

siamo contenti che la sostituzione sia andata a buon fine. Se lo ritiene opportuno, può aggiornare il suo feedback in qualsiasi momento: la scelta è solo sua.""",
  s="hh", p="knives", bq="Il nuovo ceppo è arrivato, tutto ok.")

M("it", "pro", "delivery", "", "[Important] delivery scheduling for the 48 kg kitchen island",
  """Buongiorno {buyer},

per l'ordine {order} (isola da cucina, 48 kg) il corriere deve concordare con lei la consegna al piano. Le fasce disponibili sono martedì 17 dicembre 9-13 o giovedì 19 dicembre 14-18. Quale preferisce?""",
  s="hh", p="island", subj="[Important] Appuntamento per la consegna - ordine {order}")

M("it", "re", "refund", "", "partial refund for a dented tub, unconditional (Italian)",
  """Ciao {buyer},

ci dispiace per il barattolo ammaccato. Ti abbiamo rimborsato il 20 % (7,98 €) tramite Amazon: il prodotto all'interno è sigillato e puoi usarlo tranquillamente.""",
  s="ip", p="whey", bq="Il barattolo è arrivato ammaccato.")

M("it", "re", "return", "", "firm answer to a rude buyer (Italian)",
  """Buongiorno {buyer},

capiamo il disagio, ma le chiediamo di mantenere toni rispettosi: non risponderemo a messaggi offensivi.

Il reso è possibile fino al 31 gennaio tramite I miei ordini, con etichetta gratuita.""",
  s="hh", p="mixer", bq="Siete dei ladri, ridatemi i soldi per questa schifezza!", sea="jan")

M("it", "re", "question", "", "magazine review mentioned ('recensione' in another sense), not a request",
  """Buongiorno {buyer},

sì, è la stessa casseruola citata nella recensione di Cucina Moderna di novembre: ghisa smaltata, 5,2 L, adatta a induzione e forno fino a 250 °C.""",
  s="hh", p="casserole", bq="È quella della rivista?", noorder_notice=True, subj="R: Richiesta sul prodotto del cliente Amazon {buyer}")

M("it", "re", "delay", "", "Poste Delivery tracking code and order references",
  """Ciao {buyer},

il tuo ordine è partito ieri con Poste Delivery Business, codice di tracciamento 3UW1K28455610. Consegna prevista venerdì.""",
  s="ip", p="advent", bq="È partito?", sea="bf")

M("it", "re", "stockout", "", "reply to a buyer's stock question (Italian)",
  """Buongiorno {buyer},

lo shaker in acciaio tornerà disponibile verso il 15 gennaio. Amazon aggiornerà la disponibilità appena arriva in magazzino.""",
  s="hh", p="shaker", bq="Quando torna disponibile?", noorder_notice=True, subj="R: Richiesta sul prodotto del cliente Amazon {buyer}", sea="bf")

M("it", "pro", "review", "review_manipulation repeat_request", "second request for the same order asking for five stars (Italian)",
  """Buongiorno {buyer},

torniamo a scriverle per l'ordine {order}: se è soddisfatto della padella, ci lascerebbe cinque stelle su Amazon? Per noi fa davvero la differenza.""",
  s="hh", p="pan", pair="p20", req=True)

M("it", "pro", "review", "repeat_request", "second request for the same order, 'promemoria' wording (Italian)",
  """Ciao {buyer},

un piccolo promemoria: se hai un minuto, ci piacerebbe leggere la tua recensione delle barrette (ordine {order}).""",
  s="ip", p="bars", pair="p21", req=True)

M("it", "pro", "review", "marketing review_incentive", "20 % coupon for the next order in exchange for a review",
  """Ciao {buyer},

grazie per l'ordine {order}! Lascia una recensione su Amazon e ti invieremo un buono sconto del 20 % da usare sul prossimo acquisto.""",
  s="ip", p="whey")

M("it", "re", "feedback", "feedback_removal review_incentive", "replacement offered in exchange for removing negative feedback",
  """Buongiorno {buyer},

le mandiamo volentieri un ceppo nuovo senza costi, a patto che rimuova il feedback negativo lasciato sull'ordine.""",
  s="hh", p="knives", bq="Il ceppo è arrivato crepato, ho lasciato un feedback negativo.")

M("it", "pro", "review", "review_manipulation", "review gating (Italian)",
  """Buongiorno {buyer},

se è rimasto soddisfatto dell'ordine {order}, ci lasci una recensione su Amazon. Se invece qualcosa non va, ci scriva prima qui, così risolviamo senza recensioni negative.""",
  s="hh", p="shaker")

M("it", "re", "replacement", "feedback_removal", "asks to change the review now that the replacement has arrived",
  """Ciao {buyer},

ora che hai ricevuto lo shaker nuovo, potresti cortesemente modificare la tua recensione? Quella attuale parla ancora del tappo rotto.""",
  s="ip", p="bars", bq="Arrivato il nuovo, grazie.")

M("it", "pro", "price", "external_link marketing opt_out", "newsletter-style promotion with a link and an unsubscribe link (Italian)",
  """Buongiorno {buyer},

grazie per l'ordine {order}. Scopra i saldi invernali: fino al -40 % su tutta la ghisa su https://www.hearthandhob.co.uk/it/saldi

Per non ricevere più queste comunicazioni: https://www.hearthandhob.co.uk/it/disiscriviti?u={tok}""",
  s="hh", p="casserole", sea="jan")

M("it", "re", "return", "offensive", "insult ('idiota') in a return reply",
  """Senti, l'hai lavata in lavastoviglie contro ogni indicazione. Non è colpa nostra se fai l'idiota. Reso rifiutato.""",
  s="hh", p="pan", bq="La padella si è arrugginita, voglio il reso.", sig="Hearth & Hob")

M("it", "re", "feedback", "offensive", "threatening message to the buyer (Italian)",
  """{buyer}, sappiamo benissimo chi sei. Se continui a scrivere falsità su di noi, te ne pentirai.""",
  s="ip", p="creatine", bq="Ho scritto la verità: il prodotto era scaduto.", sig="Ironpeak")

M("it", "pro", "delivery", "unpermitted_proactive", "order confirmation (Italian)",
  """Buongiorno {buyer},

confermiamo di aver ricevuto il suo ordine {order}. Lo stiamo preparando con cura e le arriverà a breve.""",
  s="hh", p="board", subj="Conferma d'ordine {order}")

M("it", "pro", "gift", "missing_order_id unpermitted_proactive", "holiday greeting only, no order id (Italian)",
  """Caro {buyer},

tutto il team Ironpeak ti augura buone feste e un 2025 pieno di soddisfazioni sportive!""",
  s="ip", p="advent", subj="Buone feste da Ironpeak!")

M("it", "re", "warranty", "contact_phone", "Milan landline in the reply (Italian)",
  """Buongiorno {buyer},

per la garanzia può chiamare il nostro centro assistenza al 02 8736 4410, dal lunedì al venerdì.""",
  s="hh", p="mixer", bq="L'impastatrice non parte più.")

M("it", "re", "damaged", "attachment", "QuickTime video attached (Italian)",
  """Buongiorno {buyer},

le mando un video di come montare il coperchio.""",
  s="hh", p="casserole", att=[("coperchio.mov", "mov")], bq="Il coperchio non chiude bene.")

# ---------------------------------------------------------------- Japanese
M("ja", "pro", "review", "", "first review request for this order, neutral (Japanese)",
  """{buyer}様

このたびはVoltmintをご利用いただき、誠にありがとうございます。
ご注文番号 {order} の充電器はお役に立っておりますでしょうか。

もしお時間がございましたら、Amazonにて商品レビューをお寄せいただけますと幸いです。他のお客様の参考になります。""",
  s="vm", p="charger", pair="p22", req=True)

M("ja", "pro", "review", "", "first review request for this order (Japanese, earbuds)",
  """{buyer}様

先日はワイヤレスイヤホンをご購入いただき、ありがとうございました（注文番号：{order}）。
お使いになってのご感想を、お手すきの際にAmazonのレビューでお聞かせいただければ幸いです。""",
  s="vm", p="earbuds", pair="p23", req=True)

M("ja", "pro", "feedback", "", "first seller-feedback request for this order (Japanese)",
  """{buyer}様

ご注文（{order}）の商品は無事お手元に届きましたでしょうか。
よろしければ、Amazonの「注文履歴」から出品者の評価をお願いできますと幸いです。""",
  s="vm", p="cable", pair="p24", req=True)

M("ja", "re", "delay", "", "Yamato 伝票番号 in 4-4-4 groups that look like a phone number",
  """{buyer}様

お問い合わせありがとうございます。
ご注文の商品は12月20日にヤマト運輸にて発送しております。年末の荷物集中により、配達が1日ほど遅れているようです。

伝票番号：4371-2280-9915

明日中にお届けの予定です。ご不便をおかけし申し訳ございません。""",
  s="vm", p="powerbank", foot=True, bq="まだ届いていません。いつ届きますか？")

M("ja", "re", "delay", "", "Sagawa 追跡番号 of 12 digits; dates and times",
  """{buyer}様

ご連絡ありがとうございます。
佐川急便の追跡番号は 3601-4482-7715 です。12月27日（金）14時から16時の間にお届け予定となっております。""",
  s="vm", p="case", bq="配達予定日を教えてください。")

M("ja", "re", "refund", "", "partial refund for a scratched case, unconditional (Japanese)",
  """{buyer}様

このたびはケースに傷があり、大変申し訳ございません。
商品代金の20%（398円）をAmazonを通じて返金いたしました。商品はそのままお使いいただけます。""",
  s="vm", p="case", bq="ケースに傷がありました。")

M("ja", "pro", "address", "", "[Important] address problem: missing room number (Japanese)",
  """{buyer}様

ご注文（{order}）につきまして、配送業者より「部屋番号の記載がないため配達できない」との連絡がございました。

お手数ですが、部屋番号を本メッセージにご返信いただけますでしょうか。確認後、すぐに再配達を手配いたします。""",
  s="vm", p="powerbank", subj="[Important] お届け先住所の確認のお願い（注文番号 {order}）")

M("ja", "re", "feedback", "", "neutral note after resolution that the rating can be changed at the buyer's discretion",
  """{buyer}様

交換品が無事届いたとのこと、安心いたしました。
なお、評価はお客様のご判断でいつでも変更できますが、もちろんそのままでも構いません。""",
  s="vm", p="charger", bq="交換品が届きました。ありがとうございました。")

M("ja", "pro", "invoice", "", "qualified-invoice registration number (T + 13 digits) and invoice PDF",
  """{buyer}様

ご注文（{order}）の適格請求書をお送りいたします。

請求書番号：VM-JP-2412-0311
登録番号：T4011001084512
合計：4,980円（税込）""",
  s="vm", p="earbuds", att=[("invoice_VM-JP-2412-0311.pdf", "pdf")], subj="適格請求書の送付（注文番号 {order}）")

M("ja", "re", "warranty", "", "firm but polite answer to a rude buyer (Japanese)",
  """{buyer}様

ご不便をおかけしておりますことをお詫び申し上げます。ただし、暴言を含むメッセージには対応いたしかねますので、ご理解ください。

保証期間内ですので、Amazonの返品手続きからご返送いただければ、到着後すぐに新品と交換いたします。""",
  s="vm", p="watch", bq="ふざけるな。すぐ壊れる不良品を売りやがって。金返せ。")

M("ja", "re", "question", "", "LINE and WhatsApp named as smartwatch notification features (Japanese)",
  """{buyer}様

はい、Voltmint Fit はLINE、WhatsApp、メール、カレンダーなど、スマートフォンのアプリ通知を表示できます。
iPhoneの場合、通知の閲覧のみ可能です。""",
  s="vm", p="watch", bq="LINEの通知は表示されますか？", noorder_notice=True, subj="Re: Amazonのお客様 {buyer} からの商品に関するお問い合わせ")

M("ja", "re", "return", "", "Amazon returns-centre link (allowed) in Japanese",
  """{buyer}様

返品は以下のAmazon返品受付センターからお手続きいただけます。
https://www.amazon.co.jp/gp/css/returns/homepage.html

返品理由は「不要になった」をお選びください。""",
  s="vm", p="cable", bq="間違えて注文しました。返品できますか？")

M("ja", "re", "stockout", "", "reply to a buyer asking about restock (Japanese)",
  """{buyer}様

ホワイトは現在在庫切れとなっており、1月中旬に再入荷の予定です。入荷次第、Amazonの商品ページで購入可能になります。""",
  s="vm", p="earbuds", bq="白色の再入荷はありますか？", noorder_notice=True, subj="Re: 商品に関するお問い合わせ", sea="bf")

M("ja", "pro", "review", "repeat_request", "second review request for the same order (Japanese), apologetic 're-contact' wording",
  """{buyer}様

再度のご連絡失礼いたします。
先日ご案内いたしました注文番号 {order} の充電器について、もしよろしければAmazonでのレビューをお願いできませんでしょうか。""",
  s="vm", p="charger", pair="p22", req=True)

M("ja", "pro", "review", "repeat_request review_manipulation", "second request for the same order asking for a 5-star rating (Japanese)",
  """{buyer}様

たびたび失礼いたします。注文番号 {order} のイヤホンについて、ご満足いただけましたら星5つの評価をいただけますと大変励みになります。""",
  s="vm", p="earbuds", pair="p23", req=True)

M("ja", "pro", "review", "repeat_request review_incentive", "second request for the same order with an Amazon gift card for the review",
  """{buyer}様

先日のご案内の件、改めてご連絡いたします。注文番号 {order} の商品レビューをご投稿いただいた方には、500円分のAmazonギフト券をお送りしております。""",
  s="vm", p="cable", pair="p24", req=True)

M("ja", "pro", "review", "review_incentive", "free replacement cable for a review (Japanese)",
  """{buyer}様

ご購入ありがとうございます（注文番号：{order}）。
レビューをご投稿いただいた方全員に、予備のUSB-Cケーブルを無料でお送りしております。投稿後にこのメッセージへご返信ください。""",
  s="vm", p="charger")

M("ja", "pro", "review", "review_manipulation", "asks for a high rating (高評価) (Japanese)",
  """{buyer}様

注文番号 {order} のモバイルバッテリーはいかがでしょうか。
小さなショップですので、高評価のレビューをいただけますと本当に助かります。""",
  s="vm", p="powerbank")

M("ja", "re", "feedback", "feedback_removal", "asks to delete the rating after the exchange (Japanese)",
  """{buyer}様

交換品をお送りいたしました。問題は解決いたしましたので、お手数ですが先日いただいた評価の削除をお願いできますでしょうか。""",
  s="vm", p="watch", bq="交換の件、了解しました。")

M("ja", "re", "feedback", "feedback_removal offensive", "insulting demand to change the rating (Japanese)",
  """{buyer}様

あなたの評価は完全に的外れです。説明書も読まずに低評価をつけるなんて、常識がないにもほどがあります。今すぐ評価を変更してください。""",
  s="vm", p="earbuds", bq="音が悪いので星1にしました。")

M("ja", "re", "question", "contact_other marketing", "'add our LINE official account as a friend' with coupons (Japanese)",
  """{buyer}様

はい、iPhone 15 Proにも対応しております。
LINE公式アカウント「@voltmint_jp」を友だち追加いただくと、新商品情報やクーポンをお届けします。""",
  s="vm", p="case", bq="iPhone 15 Proでも使えますか？")

M("ja", "re", "return", "offensive", "insult ('バカ') in a return reply (Japanese)",
  """返品？バカじゃないですか。使ったものは返品できないって書いてありますよね。""",
  s="vm", p="earbuds", bq="一度使いましたが返品したいです。", sig="Voltmint")

M("ja", "pro", "delivery", "external_link unpermitted_proactive", "shipping notification with a Yamato tracking URL (Japanese)",
  """{buyer}様

ご注文（{order}）の商品を本日発送いたしました。

配送業者：ヤマト運輸
追跡はこちら：https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=437122809915""",
  s="vm", p="powerbank", subj="【発送完了】ご注文 {order} の商品を発送しました")

M("ja", "pro", "gift", "missing_order_id unpermitted_proactive", "thank-you-only message without an order id (Japanese)",
  """{buyer}様

このたびはVoltmintの商品をお選びいただき、誠にありがとうございました。今後ともよろしくお願いいたします。""",
  s="vm", p="case", subj="ご購入ありがとうございました")

M("ja", "re", "question", "styling", "emoji in a Japanese reply",
  """{buyer}様

はい、MagSafe充電器にそのまま対応しています\N{SMILING FACE WITH SMILING EYES}
よいお年をお迎えください\N{PINE DECORATION}""",
  s="vm", p="case", bq="MagSafeで充電できますか？")

M("ja", "re", "warranty", "contact_phone", "support phone number in the reply (Japanese)",
  """{buyer}様

お手数ですが、サポートセンター（03-6824-1157、平日10時から17時）までお電話ください。""",
  s="vm", p="watch", bq="電源が入りません。")

M("ja", "pro", "review", "important_tag", "[Important] on a neutral review request (Japanese)",
  """{buyer}様

ご注文（{order}）の商品はいかがでしょうか。よろしければAmazonでのレビューをお願いいたします。""",
  s="vm", p="case", req=True, subj="[Important] 商品レビューのお願い")

M("ja", "re", "delay", "opt_out", "'配信停止' opt-out text in the footer of a delay reply",
  """{buyer}様

ご注文の商品は明日お届け予定です。

※今後このようなご案内が不要な場合は、「配信停止」とご返信ください。""",
  s="vm", p="cable", bq="いつ届きますか？")

# ---------------------------------------------------------------- Dutch
M("nl", "pro", "review", "", "first review request for this order, neutral (Dutch)",
  """Hallo {buyer},

Bedankt voor je bestelling {order}. Als je even tijd hebt, zouden we een review van de kerstpyjama op Amazon erg waarderen - andere ouders hebben er veel aan.""",
  s="kv", p="pj", pair="p25", req=True)

M("nl", "pro", "review", "", "first review request for this order (Dutch, sports nutrition)",
  """Beste {buyer},

Hopelijk bevalt de whey uit bestelling {order}. Wil je, als je een moment hebt, een beoordeling achterlaten op Amazon? Alvast bedankt.""",
  s="ip", p="whey", pair="p26", req=True)

M("nl", "re", "delay", "", "PostNL track-and-trace code and Sinterklaas deadline",
  """Hoi {buyer},

Je pakket is onderweg met PostNL, track-and-trace code 3SKVOS7741208. Door de Sinterklaasdrukte loopt PostNL een dag achter, maar het zou uiterlijk woensdag 4 december bezorgd moeten worden - net op tijd voor pakjesavond.""",
  s="kv", p="mittens", foot=True, bq="Komt het nog voor 5 december?", sea="bf")

M("nl", "re", "feedback", "", "neutral note after resolution that feedback can be changed if the buyer wants (Dutch)",
  """Hoi {buyer},

Fijn dat de nieuwe jas goed past! Mocht je dat willen, dan kun je je feedback altijd aanpassen - maar dat is helemaal aan jou.""",
  s="kv", p="jacket", bq="De nieuwe maat past perfect, dank jullie wel.")

M("nl", "pro", "gift", "", "[Important] customisation question about embroidery (Dutch)",
  """Hallo {buyer},

Voor de romper uit bestelling {order} heb je de naam "Jan-Willem" opgegeven. Het koppelteken past niet in ons borduurlettertype: zullen we "Jan Willem" borduren (met spatie), of liever alleen "Jan"?""",
  s="kv", p="romper", subj="[Important] Vraag over het borduren - bestelling {order}")

M("nl", "re", "refund", "", "partial refund for a small hole, unconditional (Dutch)",
  """Hoi {buyer},

Wat vervelend van het gaatje in de want. We hebben je 50% van het bedrag (7,48 euro) terugbetaald via Amazon; je hoeft niets terug te sturen.""",
  s="kv", p="mittens", bq="Er zit een gaatje in een van de wanten.")

M("nl", "re", "return", "", "firm answer to a rude buyer (Dutch)",
  """Beste {buyer},

We begrijpen je frustratie, maar we vragen je wel om beleefd te blijven; op scheldberichten reageren we niet.

Retourneren kan tot 31 januari via Mijn bestellingen, met een gratis retourlabel.""",
  s="kv", p="jacket", bq="Waardeloze jas, waardeloze winkel. Ik wil mijn geld terug.", sea="jan")

M("nl", "pro", "invoice", "", "proactive invoice with BTW number in dotted groups (Dutch)",
  """Beste {buyer},

In de bijlage vind je de factuur voor bestelling {order}.

Factuurnummer: KV-2024-3381
BTW-nummer: NL 8642.37.915.B01
KvK: 7845 2210""",
  s="kv", p="pj", att=[("Factuur_KV-2024-3381.pdf", "pdf")], subj="Factuur bestelling {order}")

M("nl", "re", "sizing", "", "size advice with heights and ages (Dutch); village name with a profanity substring",
  """Hoi {buyer},

Voor een kind van 98 cm raden we maat 98/104 aan. Onze magazijncollega in Kuttekoven heeft hem even nagemeten: de mouwen zijn 34 cm.""",
  s="kv", p="pj", mp="be", bq="Welke maat voor 98 cm?")

M("nl", "re", "stockout", "", "reply about restock (Dutch)",
  """Hoi {buyer},

De okergele wanten zijn uitverkocht, maar er komt half januari een nieuwe voorraad binnen. Amazon toont ze dan weer als leverbaar.""",
  s="kv", p="mittens", bq="Komen de gele wanten nog terug?", noorder_notice=True, subj="Re: Productvraag van Amazon-klant {buyer}", sea="bf")

M("nl", "re", "question", "", "allergen question; Amazon help link (allowed)",
  """Beste {buyer},

De repen bevatten melk en soja, maar geen noten. Meer over allergenen op Amazon vind je hier: https://www.amazon.nl/gp/help/customer/display.html?nodeId=GGJ4H4HMNAKJZ2Y8""",
  s="ip", p="bars", bq="Zitten er noten in?")

M("nl", "pro", "review", "repeat_request", "second request for the same order (Dutch), 'herinnering'",
  """Hallo {buyer},

Een kleine herinnering: we zouden het nog steeds erg fijn vinden als je een review schrijft over de pyjama uit bestelling {order}.""",
  s="kv", p="pj", pair="p25", req=True, agent="Bram Visser")

M("nl", "pro", "review", "marketing repeat_request", "second request for the same order plus a new-flavour promotion (Dutch)",
  """Beste {buyer},

Nogmaals bedankt voor bestelling {order}. Heb je al tijd gehad om een beoordeling te schrijven? En probeer zeker onze nieuwe smaak Speculaas - nu tijdelijk met 15% korting op Amazon!""",
  s="ip", p="whey", pair="p26", req=True)

M("nl", "pro", "review", "review_incentive", "free hat for a review (Dutch)",
  """Hoi {buyer},

Bedankt voor je bestelling {order}! Schrijf een review op Amazon en we sturen je een gratis gebreide muts in dezelfde kleur.""",
  s="kv", p="mittens")

M("nl", "pro", "review", "review_manipulation", "asks for a positive review (Dutch)",
  """Beste {buyer},

We hopen dat de jas bevalt. Een positieve review op Amazon voor bestelling {order} zou ons als klein familiebedrijf enorm helpen!""",
  s="kv", p="jacket")

M("nl", "re", "feedback", "feedback_removal", "asks to remove negative feedback (Dutch)",
  """Hoi {buyer},

Je terugbetaling is verwerkt. Zou je je negatieve beoordeling willen verwijderen nu alles is opgelost?""",
  s="kv", p="pj", bq="Geld is terug, bedankt.")

M("nl", "re", "delay", "offensive", "insult ('sukkel') in a delay reply (Dutch)",
  """Luister sukkel, het pakket staat al drie dagen bij je buren. Lees de bezorgnotificatie eens.""",
  s="kv", p="jacket", bq="Waar blijft mijn pakket?!", sig="KV")

M("nl", "re", "return", "offensive", "profanity ('verdomme') (Dutch)",
  """Verdomme, hoe vaak moeten we het nog uitleggen? Zonder retourlabel kunnen we niks. Regel het zelf maar.""",
  s="ip", p="creatine", bq="Ik heb geen retourlabel gekregen.", sig="Ironpeak")

M("nl", "pro", "stockout", "unpermitted_proactive", "out-of-stock notice (Dutch)",
  """Beste {buyer},

Helaas is het artikel uit bestelling {order} uitverkocht. We annuleren de bestelling; Amazon betaalt je het bedrag terug.""",
  s="kv", p="romper")

M("nl", "re", "sizing", "contact_email", "e-mail address in the reply (Dutch)",
  """Hoi {buyer},

Stuur de maten van je kindje naar maatadvies@kleinevos-kids.nl, dan denken we mee.""",
  s="kv", p="romper", bq="Ik twijfel tussen twee maten.")

M("nl", "pro", "delivery", "external_link opt_out unpermitted_proactive", "shipping confirmation with an 'afmelden' link (Dutch)",
  """Hoi {buyer},

Je bestelling {order} is verzonden met PostNL! Track-and-trace: 3SKVOS7741355.

Geen verzendupdates meer ontvangen? Afmelden: https://kleinevos-kids.nl/afmelden?id={tok}""",
  s="kv", p="jacket", subj="Je bestelling {order} is verzonden")

M("nl", "re", "question", "tracking_pixel", "tracking pixel from the helpdesk (Dutch)",
  """Beste {buyer},

Ja, de creatine is vegan.""",
  s="ip", p="creatine", html=True, htail='<img src="https://t.kustomer-mail.com/open/{tok}?r={relay}" width="1" height="1" alt="">',
  bq="Is het vegan?")

# ---------------------------------------------------------------- Polish
M("pl", "pro", "review", "", "first review request for this order, neutral (Polish)",
  """Dzień dobry {buyer},

dziękujemy za zamówienie {order}. Jeśli znajdzie Pani/Pan chwilę, będziemy wdzięczni za opinię o kurtce na Amazon - pomaga ona innym rodzicom w wyborze.""",
  s="kv", p="jacket", pair="p27", req=True)

M("pl", "pro", "review", "", "first review request for this order (Polish, sports nutrition)",
  """Cześć {buyer},

mamy nadzieję, że kreatyna z zamówienia {order} się sprawdza. Jeśli masz chwilę, zostaw proszę recenzję na Amazon. Dzięki!""",
  s="ip", p="creatine", pair="p28", req=True)

M("pl", "re", "delay", "", "InPost parcel number in 4-digit groups (looks like a phone number)",
  """Dzień dobry {buyer},

paczka jest w drodze. Numer przesyłki InPost: 6800 1842 2217 5530 9914 0021. Ze względu na przedświąteczny szczyt dostawa do paczkomatu może się opóźnić o jeden dzień.""",
  s="kv", p="pj", bq="Kiedy dotrze paczka?")

M("pl", "pro", "invoice", "", "proactive invoice with NIP number in dashed groups (looks like a phone number)",
  """Dzień dobry {buyer},

w załączniku przesyłamy fakturę VAT do zamówienia {order}.

Numer faktury: FV/2024/12/0417
NIP sprzedawcy: PL 525-281-37-64
Kwota: 189,00 zł brutto""",
  s="ip", p="whey", att=[("FV_2024_12_0417.pdf", "pdf")], subj="Faktura do zamówienia {order}")

M("pl", "re", "feedback", "", "neutral note after resolution that the buyer may update their opinion if they wish (Polish)",
  """Dzień dobry {buyer},

cieszymy się, że wymiana rozmiaru się udała. Jeśli uzna Pani/Pan to za stosowne, można zaktualizować swoją ocenę - decyzja należy wyłącznie do Pani/Pana.""",
  s="kv", p="jacket", bq="Nowy rozmiar pasuje, dziękuję.")

M("pl", "pro", "address", "", "[Important] address problem: missing flat number (Polish)",
  """Dzień dobry {buyer},

kurier nie mógł doręczyć zamówienia {order}, ponieważ w adresie brakuje numeru mieszkania (ul. Długa 17, 31-147 Kraków).

Prosimy o odpowiedź z numerem mieszkania - wyślemy paczkę ponownie jeszcze dziś.""",
  s="kv", p="mittens", subj="[Important] Problem z adresem dostawy - zamówienie {order}")

M("pl", "re", "refund", "", "partial refund for a delay, unconditional (Polish)",
  """Cześć {buyer},

przepraszamy za opóźnienie. Zwróciliśmy Ci 15% ceny (12,90 zł) przez Amazon - bez żadnych warunków.""",
  s="ip", p="bars", bq="Paczka przyszła tydzień po terminie.")

M("pl", "re", "return", "", "firm answer to a rude buyer (Polish)",
  """Dzień dobry {buyer},

rozumiemy zdenerwowanie, ale prosimy o zachowanie kultury rozmowy - na obraźliwe wiadomości nie odpowiadamy.

Zwrot jest możliwy do 31 stycznia przez Moje zamówienia, z darmową etykietą.""",
  s="kv", p="pj", bq="Beznadziejny sklep, piżama to szmata. Oddawajcie pieniądze.", sea="jan")

M("pl", "re", "return", "", "return address with Polish postcode",
  """Dzień dobry {buyer},

jeśli etykieta Amazon nie działa, prosimy odesłać paczkę na adres:
Kleine Vos Zwroty, ul. Magazynowa 5, 62-080 Tarnowo Podgórne.
Numer zwrotu: RMA-PL-2291.""",
  s="kv", p="romper", bq="Etykieta zwrotna się nie drukuje.")

M("pl", "re", "sizing", "", "size advice (Polish)",
  """Dzień dobry {buyer},

dla dziecka o wzroście 104 cm polecamy rozmiar 104/110. Rękawy mają zapas ok. 3 cm.""",
  s="kv", p="jacket", bq="Jaki rozmiar dla 104 cm?")

M("pl", "re", "stockout", "", "reply about restock (Polish)",
  """Cześć {buyer},

smak waniliowy wróci w połowie stycznia. Twoje obecne zamówienie nie jest tym objęte - zostało już wysłane.""",
  s="ip", p="whey", bq="Będzie jeszcze wanilia?", sea="bf")

M("pl", "pro", "review", "repeat_request", "second request for the same order (Polish), 'przypominamy'",
  """Dzień dobry {buyer},

uprzejmie przypominamy o możliwości wystawienia opinii o kurtce z zamówienia {order}. Będziemy wdzięczni za kilka słów.""",
  s="kv", p="jacket", pair="p27", req=True, agent="Kasia Mazur")

M("pl", "pro", "review", "review_incentive repeat_request marketing", "second request for the same order with a 15 % discount for the next order in exchange (Polish)",
  """Cześć {buyer},

piszemy ponownie w sprawie zamówienia {order}. Za recenzję na Amazon dostaniesz od nas kod rabatowy 15% na kolejne zakupy.""",
  s="ip", p="creatine", pair="p28", req=True)

M("pl", "pro", "review", "review_manipulation", "asks for 5 stars (Polish)",
  """Dzień dobry {buyer},

jeśli piżama się podoba, prosimy o ocenę 5 gwiazdek na Amazon dla zamówienia {order}. Dla małej firmy to ogromne wsparcie.""",
  s="kv", p="pj")

M("pl", "re", "feedback", "feedback_removal", "asks to delete a negative opinion (Polish)",
  """Dzień dobry {buyer},

zwrot pieniędzy został zrealizowany. Czy mogłaby Pani/mógłby Pan usunąć negatywną opinię? Sprawa jest już załatwiona.""",
  s="kv", p="mittens", bq="Pieniądze wróciły.")

M("pl", "re", "feedback", "feedback_removal review_incentive", "free product for changing the rating (Polish)",
  """Cześć {buyer},

jeśli zmienisz swoją ocenę, wyślemy Ci gratis opakowanie batonów. Daj znać, gdy to zrobisz.""",
  s="ip", p="bars", bq="Dałem 2 gwiazdki, bo batony były połamane.")

M("pl", "re", "question", "contact_other marketing", "'obserwuj nas na Facebooku' (Polish)",
  """Dzień dobry {buyer},

tak, kurtka ma odpinany kaptur. Obserwuj nas na Facebooku (Kleine Vos Polska) - co tydzień publikujemy promocje.""",
  s="kv", p="jacket", bq="Czy kaptur jest odpinany?")

M("pl", "re", "delay", "offensive", "insult ('idiota') in a delay reply (Polish)",
  """Paczka jest w paczkomacie od wczoraj. Trzeba być idiotą, żeby nie sprawdzić aplikacji.""",
  s="kv", p="mittens", bq="Gdzie jest moja paczka?", sig="KV")

M("pl", "re", "return", "offensive", "profanity ('do cholery') (Polish)",
  """Do cholery, ile razy mamy to powtarzać? Zwrot tylko przez Amazon i koniec dyskusji.""",
  s="ip", p="whey", bq="Jak mam zwrócić towar?", sig="Ironpeak")

M("pl", "pro", "gift", "unpermitted_proactive", "thank-you-only message with order id (Polish)",
  """Dzień dobry {buyer},

dziękujemy za zakupy w Kleine Vos (zamówienie {order}). Wesołych Świąt!""",
  s="kv", p="pj", subj="Dziękujemy!")

M("pl", "re", "warranty", "contact_phone", "phone number in the reply (Polish)",
  """Dzień dobry {buyer},

w sprawie reklamacji prosimy o kontakt telefoniczny: +48 22 398 41 70.""",
  s="ip", p="bars", bq="Chcę złożyć reklamację.")

M("pl", "re", "damaged", "attachment", "photos sent as a ZIP archive (Polish)",
  """Dzień dobry {buyer},

w załączniku zdjęcia paczki przed wysyłką (archiwum ZIP).""",
  s="kv", p="jacket", att=[("zdjecia_paczki.zip", "zip")], bq="Paczka była uszkodzona.")

# ---------------------------------------------------------------- Swedish
M("sv", "pro", "review", "", "first review request for this order, neutral (Swedish)",
  """Hej {buyer},

Tack för din beställning {order}. Om du har en stund över blir vi glada för en recension av vinterjackan på Amazon - det hjälper andra föräldrar att välja.""",
  s="kv", p="jacket", pair="p29", req=True)

M("sv", "pro", "feedback", "", "first seller-feedback request for this order (Swedish)",
  """Hej {buyer},

Vi hoppas att proteinet från beställning {order} smakar bra. Om du vill får du gärna lämna ett säljaromdöme under Dina beställningar på Amazon. Tack!""",
  s="ip", p="whey", pair="p30", req=True)

M("sv", "re", "delay", "", "PostNord kollinummer of 20 digits in groups (looks like a phone number)",
  """Hej {buyer},

Paketet är på väg med PostNord, kollinummer 0037 0712 3456 7891 2345. På grund av julhandeln kan det ta en extra dag. Det kommer till ditt ombud i Fittja senast fredag.""",
  s="kv", p="pj", bq="När kommer paketet?")

M("sv", "re", "feedback", "", "neutral note after resolution that the buyer can update their rating if they want (Swedish)",
  """Hej {buyer},

Skönt att bytet gick bra! Om du vill kan du uppdatera ditt omdöme när som helst - men det är helt upp till dig.""",
  s="kv", p="mittens", bq="Nya vantarna kom idag, tack!")

M("sv", "pro", "invoice", "", "proactive invoice with Swedish org.nr and VAT number (look like phone numbers)",
  """Hej {buyer},

Här kommer fakturan för din beställning {order}.

Fakturanummer: 2024-SE-0091
Org.nr: 559412-8837
Momsreg.nr: SE559412883701""",
  s="kv", p="jacket", att=[("Faktura_2024-SE-0091.pdf", "pdf")], subj="Faktura för beställning {order}")

M("sv", "pro", "address", "", "[Important] address problem: missing c/o name on the door (Swedish)",
  """Hej {buyer},

Budet kunde inte lämna din beställning {order} eftersom namnet saknas på dörren och adressen saknar c/o (Storgatan 8, 411 38 Göteborg).

Kan du svara med rätt c/o-namn eller lägenhetsnummer? Då skickar vi igen direkt.""",
  s="ip", p="bars", subj="[Important] Problem med leveransadressen - beställning {order}")

M("sv", "re", "refund", "", "partial refund, unconditional (Swedish)",
  """Hej {buyer},

Vi beklagar att en knapp saknades. Vi har återbetalat 20 % (39 kr) via Amazon, och du behöver inte skicka tillbaka något.""",
  s="kv", p="pj", bq="En knapp saknas på pyjamasen.")

M("sv", "re", "return", "", "firm answer to a rude buyer (Swedish)",
  """Hej {buyer},

Vi förstår att du är besviken, men vi ber dig hålla en vänlig ton - vi svarar inte på kränkande meddelanden.

Du kan returnera varan fram till 31 januari via Dina beställningar.""",
  s="kv", p="jacket", bq="Värdelös jacka och värdelös butik. Jag vill ha pengarna tillbaka.", sea="jan")

M("sv", "re", "sizing", "", "size advice (Swedish)",
  """Hej {buyer},

För ett barn som är 110 cm rekommenderar vi storlek 110/116. Ärmarna har ungefär 4 cm att växa i.""",
  s="kv", p="jacket", bq="Vilken storlek för 110 cm?")

M("sv", "re", "stockout", "", "reply about restock (Swedish)",
  """Hej {buyer},

Adventskalendern är tyvärr slutsåld för i år och kommer inte tillbaka förrän nästa höst. Din beställning är redan skickad.""",
  s="ip", p="advent", bq="Kommer ni få in fler adventskalendrar?", sea="bf")

M("sv", "re", "delay", "", "Amazon order-history link (allowed) (Swedish)",
  """Hej {buyer},

Du kan följa leveransen under Dina beställningar: https://www.amazon.se/gp/css/order-history

Paketet beräknas komma på måndag.""",
  s="ip", p="creatine", bq="Var är mitt paket?")

M("sv", "pro", "review", "repeat_request", "second request for the same order (Swedish), 'påminnelse'",
  """Hej {buyer},

En liten påminnelse: vi skulle fortfarande uppskatta en recension av vinterjackan från beställning {order}.""",
  s="kv", p="jacket", pair="p29", req=True, agent="Oskar Lind")

M("sv", "pro", "review", "repeat_request review_manipulation", "second request for the same order asking for five stars (Swedish)",
  """Hej {buyer},

Vi hör av oss igen om beställning {order}. Om du är nöjd skulle fem stjärnor på Amazon betyda jättemycket för oss!""",
  s="ip", p="whey", pair="p30", req=True)

M("sv", "pro", "review", "review_incentive", "gift card for a review (Swedish)",
  """Hej {buyer},

Tack för din beställning {order}! Skriv en recension på Amazon så skickar vi ett presentkort på 100 kr som tack.""",
  s="kv", p="mittens")

M("sv", "pro", "review", "review_manipulation", "review gating (Swedish)",
  """Hej {buyer},

Är du nöjd med pyjamasen från beställning {order}? Lämna gärna ett omdöme på Amazon. Är du inte nöjd, kontakta oss först så löser vi det innan du skriver något.""",
  s="kv", p="pj", sea="jan")

M("sv", "re", "feedback", "feedback_removal", "asks to change the rating after the exchange (Swedish)",
  """Hej {buyer},

Nu när du har fått rätt storlek - skulle du kunna ändra ditt omdöme? Det nuvarande handlar ju om den gamla jackan.""",
  s="kv", p="jacket", bq="Rätt storlek kom idag.")

M("sv", "pro", "price", "marketing opt_out", "winter sale and newsletter with opt-out text (Swedish)",
  """Hej {buyer},

Tack för beställning {order}! Vår vinterrea är igång - 30 % på allt på Amazon. Vill du inte få fler erbjudanden? Svara "avregistrera".""",
  s="kv", p="jacket", sea="jan")

M("sv", "re", "delay", "offensive", "profanity ('jävla') (Swedish)",
  """Det jävla paketet är redan levererat. Kolla med grannen istället för att tjata på oss.""",
  s="kv", p="mittens", bq="Var är paketet?!", sig="KV")

M("sv", "pro", "delivery", "unpermitted_proactive", "order confirmation (Swedish)",
  """Hej {buyer},

Vi bekräftar att vi har tagit emot din beställning {order}. Den packas i dag och skickas i morgon.""",
  s="ip", p="bars", subj="Orderbekräftelse {order}")

M("sv", "pro", "gift", "missing_order_id unpermitted_proactive", "thank-you-only message without an order id (Swedish)",
  """Hej {buyer},

Tack för att du handlade hos Kleine Vos! God jul och gott nytt år.""",
  s="kv", p="pj", subj="Tack för ditt köp!")

M("sv", "re", "question", "contact_other", "Instagram direct messages as another channel (Swedish)",
  """Hej {buyer},

Ja, jackan har reflexer. Skicka gärna ett DM på Instagram till @kleinevos.sverige om du har fler frågor.""",
  s="kv", p="jacket", bq="Har jackan reflexer?")

M("sv", "re", "question", "styling", "font-family override in HTML (Swedish)",
  """Hej {buyer},

Ja, kreatinet är smaksatt med citron.""",
  s="ip", p="creatine", html=True, hwrap=('<div style="font-family:Comic Sans MS, cursive">', '</div>'), bq="Har den någon smak?")

# ---------------------------------------------------------------- Portuguese (Brazil)
M("pt", "pro", "review", "", "first review request for this order, neutral (Portuguese)",
  """Olá {buyer},

Obrigado pelo seu pedido {order}. Se tiver um minutinho, adoraríamos ler a sua avaliação do carregador na Amazon - isso ajuda outros clientes a escolher.""",
  s="vm", p="charger", pair="p31", req=True)

M("pt", "pro", "review", "", "first review request for this order (Portuguese, earbuds)",
  """Olá {buyer},

Esperamos que os fones estejam funcionando bem. Quando puder, deixe sua opinião sobre o pedido {order} na Amazon. Muito obrigado!""",
  s="vm", p="earbuds", pair="p32", req=True)

M("pt", "re", "delay", "", "Correios código de rastreamento (AA123456789BR) and dates",
  """Olá {buyer},

Seu pedido foi postado nos Correios em 10/12, código de rastreamento QB 482 917 305 BR. Por causa do volume de fim de ano, a entrega pode levar até 2 dias úteis a mais.""",
  s="vm", p="case", foot=True, bq="Meu pedido ainda não chegou.")

M("pt", "pro", "invoice", "", "proactive invoice (nota fiscal) with CNPJ in dotted groups (looks like a phone number)",
  """Olá {buyer},

Segue em anexo a nota fiscal do seu pedido {order}.

NF-e nº 000.041.877
CNPJ: 41.287.553/0001-09
Valor: R$ 189,90""",
  s="vm", p="powerbank", att=[("NF-e_000041877.pdf", "pdf")], subj="Nota fiscal do pedido {order}")

M("pt", "re", "question", "", "trigger substring inside a word: 'computador'; 'disputa' (Portuguese)",
  """Olá {buyer},

Sim, o carregador de 65 W carrega o seu computador pela porta USB-C e o celular ao mesmo tempo. Não há disputa de potência: o computador recebe até 45 W e o celular 20 W.""",
  s="vm", p="charger", bq="Carrega notebook e celular juntos?", noorder_notice=True,
  subj="Re: Consulta sobre detalhes do produto do cliente da Amazon {buyer}")

M("pt", "re", "feedback", "", "neutral note after resolution that the rating can be updated if the buyer wishes (Portuguese)",
  """Olá {buyer},

Que bom que a troca deu certo! Se quiser, você pode atualizar sua avaliação a qualquer momento - mas a decisão é totalmente sua.""",
  s="vm", p="watch", bq="Recebi o relógio novo, obrigado.")

M("pt", "pro", "address", "", "[Important] address problem: missing complement (Portuguese)",
  """Olá {buyer},

A transportadora não conseguiu entregar o pedido {order} porque falta o complemento no endereço (Rua Augusta, 1500 - CEP 01304-001, São Paulo).

Pode responder com o número do apartamento ou bloco? Reenviamos hoje mesmo.""",
  s="vm", p="earbuds", subj="[Important] Problema no endereço de entrega - pedido {order}")

M("pt", "re", "refund", "", "partial refund for a scratch, unconditional (Portuguese)",
  """Olá {buyer},

Sentimos muito pelo arranhão na capinha. Reembolsamos 20% do valor (R$ 15,98) pela Amazon - não precisa devolver nada.""",
  s="vm", p="case", bq="A capinha veio arranhada.")

M("pt", "re", "warranty", "", "firm answer to a rude buyer (Portuguese)",
  """Olá {buyer},

Entendemos sua frustração, mas pedimos que mantenha o respeito; não responderemos a mensagens ofensivas.

O relógio está na garantia. Devolva pela Amazon e enviaremos um novo assim que chegar.""",
  s="vm", p="watch", bq="Relógio vagabundo, loja de quinta. Quero meu dinheiro de volta!")

M("pt", "re", "question", "", "WhatsApp named as a smartwatch notification feature (Portuguese)",
  """Olá {buyer},

Sim, o Voltmint Fit mostra as notificações do WhatsApp, Telegram e Instagram. No Android dá para responder com mensagens rápidas.""",
  s="vm", p="watch", bq="Ele mostra mensagens do WhatsApp?", noorder_notice=True,
  subj="Re: Consulta sobre detalhes do produto do cliente da Amazon {buyer}")

M("pt", "re", "return", "", "Amazon returns link (allowed) (Portuguese)",
  """Olá {buyer},

Você pode solicitar a devolução aqui: https://www.amazon.com.br/gp/css/returns/homepage.html

A etiqueta é gratuita.""",
  s="vm", p="cable", bq="Como faço para devolver?")

M("pt", "re", "stockout", "", "reply about restock (Portuguese)",
  """Olá {buyer},

A versão branca dos fones está esgotada e volta no fim de janeiro. Seu pedido atual não foi afetado.""",
  s="vm", p="earbuds", bq="Vai ter a branca de novo?", sea="bf")

M("pt", "pro", "review", "repeat_request", "second request for the same order (Portuguese), 'lembrete'",
  """Olá {buyer},

Só um lembrete: ainda adoraríamos sua avaliação do carregador do pedido {order}, se puder.""",
  s="vm", p="charger", pair="p31", req=True, agent="Camila Lima")

M("pt", "pro", "review", "repeat_request review_incentive", "second request for the same order with a partial refund for the review (Portuguese)",
  """Olá {buyer},

Voltamos a falar sobre o pedido {order}: quem deixa uma avaliação na Amazon recebe de volta 10% do valor pago. É só responder com o print.""",
  s="vm", p="earbuds", pair="p32", req=True)

M("pt", "pro", "review", "review_manipulation", "asks for a 5-star review (Portuguese)",
  """Olá {buyer},

Se você gostou da power bank do pedido {order}, que tal nos dar 5 estrelas na Amazon? Faz toda a diferença para nós.""",
  s="vm", p="powerbank")

M("pt", "re", "feedback", "feedback_removal", "asks to remove negative feedback (Portuguese)",
  """Olá {buyer},

O reembolso já foi feito. Você poderia, por gentileza, remover a avaliação negativa que deixou?""",
  s="vm", p="cable", bq="Recebi o reembolso.")

M("pt", "re", "feedback", "feedback_removal offensive", "threat while pressing for feedback removal (Portuguese)",
  """{buyer}, ou você tira essa avaliação mentirosa hoje, ou vamos tomar providências contra você. Está avisado.""",
  s="vm", p="case", bq="Dei 1 estrela porque demorou.", sig="Voltmint")

M("pt", "pro", "price", "marketing opt_out", "coupon promotion with an opt-out line (Portuguese)",
  """Olá {buyer},

Obrigado pelo pedido {order}! Use o cupom VERAO25 para 25% de desconto em toda a linha Voltmint na Amazon até 31/01.

Para não receber mais ofertas, responda "descadastrar".""",
  s="vm", p="cable", sea="jan")

M("pt", "re", "delay", "offensive", "insult ('idiota') (Portuguese)",
  """O código de rastreamento está na sua conta, é só olhar. Não é tão difícil assim, né, idiota?""",
  s="vm", p="powerbank", bq="Cadê meu pedido?", sig="Voltmint")

M("pt", "pro", "delivery", "external_link unpermitted_proactive", "shipping confirmation with a Correios tracking link (Portuguese)",
  """Olá {buyer},

Seu pedido {order} foi enviado! Acompanhe pelos Correios: https://rastreamento.correios.com.br/app/index.php?objeto=QB482917305BR""",
  s="vm", p="case", subj="Pedido {order} enviado")

M("pt", "pro", "gift", "missing_order_id unpermitted_proactive", "thank-you-only message without an order id (Portuguese)",
  """Olá {buyer},

Muito obrigado por comprar com a Voltmint! Boas festas e um feliz 2025.""",
  s="vm", p="charger", subj="Obrigado pela compra!")

M("pt", "re", "warranty", "contact_other contact_phone", "'chama no WhatsApp' with a Brazilian mobile number",
  """Olá {buyer},

Chama a gente no WhatsApp (11) 98765-4321 que resolvemos por vídeo.""",
  s="vm", p="watch", bq="O relógio não liga.")

M("pt", "re", "question", "tracking_pixel", "helpdesk open-tracking pixel (Portuguese)",
  """Olá {buyer},

Sim, o cabo suporta 100 W.""",
  s="vm", p="cable", html=True, htail='<img src="https://beacon-open.helpscout.net/v1/o/{tok}" width="0" height="0" alt="">', bq="Suporta 100W?")

# ---------------------------------------------------------------- mixed, multi-label violations
M("en", "pro", "review", "important_tag review_manipulation tracking_pixel", "[Important] on a five-star request sent with a helpdesk open pixel",
  """Hi {buyer},

Quick favour for a small team in our busiest month: if the knife set from order {order} has made your Christmas cooking easier, would you give it five stars on Amazon? It takes ten seconds.""",
  s="hh", p="knives", html=True, subj="[Important] A quick favour - order {order}",
  htail='<img src="https://pixel.zdusercontent.com/open/{tok}.gif" width="1" height="1" alt="">')

M("en", "re", "warranty", "contact_email contact_phone external_link", "full signature block with website, e-mail and phone",
  """Hi {buyer},

A replacement charger ships today with USPS.""",
  s="vm", p="charger", sig="Cheers,\nSam Okafor\nVoltmint Mobile | www.voltmint-mobile.com\nsupport@voltmint-mobile.com | +1 (512) 555-0187",
  bq="Charger stopped working after a week.")

M("de", "pro", "price", "important_tag marketing opt_out", "[Important] on a one-day discount promotion with an unsubscribe sentence (German)",
  """Hallo {buyer},

nur heute: 25 % Rabatt auf alle Gusseisenpfannen bei Amazon – danke für Ihre Bestellung {order}!

Sie möchten keine Angebote mehr erhalten? Antworten Sie einfach mit „Abmelden“.""",
  s="hh", p="pan", subj="[Important] Nur heute: 25 % Rabatt", sea="bf")

M("fr", "re", "feedback", "contact_email feedback_removal review_manipulation", "asks to turn the review into 5 stars and to confirm by e-mail (French)",
  """Bonjour {buyer},

Maintenant que le colis est arrivé, pourriez-vous passer votre avis à 5 étoiles ? Écrivez-nous à avis@ironpeak-nutrition.de quand c'est fait, merci !""",
  s="ip", p="bars", bq="Colis enfin arrivé.")

M("es", "pro", "delivery", "important_tag tracking_pixel unpermitted_proactive", "[Important] on a shipping confirmation with an open pixel (Spanish)",
  """Hola {buyer}:

Tu pedido {order} ha salido hoy de nuestro almacén y llegará en 24-48 horas.""",
  s="ip", p="creatine", html=True, subj="[Important] Tu pedido {order} ha sido enviado",
  htail='<img src="https://t.gorgias-mail.io/o/{tok}" width="1" height="1" alt="">')

M("it", "re", "warranty", "contact_phone offensive", "insulting reply that also gives a mobile number (Italian)",
  """Senta, se non è capace di collegare un'impastatrice, mi chiami al 347 218 4490 e glielo spiego come a un bambino.""",
  s="hh", p="mixer", bq="L'impastatrice non si accende.", sig="Giulia")

M("ja", "pro", "review", "important_tag review_incentive review_manipulation", "[Important] gift card for a 5-star review (Japanese)",
  """{buyer}様

ご注文（{order}）ありがとうございます。
星5つのレビューをご投稿いただいた方に、もれなく1,000円分のAmazonギフト券をプレゼントしております。""",
  s="vm", p="powerbank", subj="[Important] レビューキャンペーンのご案内")

M("nl", "pro", "price", "contact_other marketing missing_order_id", "'follow us on TikTok' promotion without an order id (Dutch)",
  """Hoi {buyer},

Volg ons op TikTok (@kleinevos.kids) voor de nieuwste wintercollectie en exclusieve kortingscodes!""",
  s="kv", p="jacket", subj="Nieuw bij Kleine Vos!", sea="xmas")

M("pl", "re", "feedback", "contact_email feedback_removal", "asks to delete the opinion and confirm by e-mail (Polish)",
  """Dzień dobry {buyer},

prosimy o usunięcie opinii i potwierdzenie na adres opinie@kleinevos-kids.nl.""",
  s="kv", p="pj", bq="Piżama przyszła za późno.")

M("sv", "re", "question", "opt_out styling tracking_pixel", "helpdesk misconfiguration: Outlook style block, open pixel and List-Unsubscribe header (Swedish)",
  """Hej {buyer},

Ja, vantarna kan tvättas i 30 grader.""",
  s="kv", p="mittens", hd="outlook", html=True,
  hstyle='<style><!-- p.MsoNormal{font-family:"Calibri",sans-serif;font-size:11pt;} a:link{color:#0563C1;} --></style>',
  htail='<img src="https://mail-track.kleinevos-kids.nl/o/{tok}" width="1" height="1" alt="">',
  hdrs=[("List-Unsubscribe", "<https://kleinevos-kids.nl/u/{tok}>")], bq="Kan man tvätta vantarna?")

M("pt", "pro", "review", "attachment important_tag review_manipulation", "[Important] gated review request with an HTML 'guide' attachment (Portuguese)",
  """Olá {buyer},

Se você está satisfeito com o pedido {order}, deixe sua avaliação na Amazon. Se não estiver, fale com a gente antes. Segue um guia em anexo.""",
  s="vm", p="case", subj="[Important] Sua opinião sobre o pedido {order}",
  att=[("guia_avaliacao.html", "html", None, ["Guia de avaliacao Voltmint"])])

M("en", "re", "refund", "feedback_removal offensive styling", "shouting in red capitals with an angry emoji, demanding the review comes down",
  """{buyer},

YOU GOT YOUR REFUND. NOW TAKE THAT REVIEW DOWN. \N{POUTING FACE}""",
  s="ip", p="whey", html=True, hbody='<p style="color:#ff0000"><b>YOU GOT YOUR REFUND. NOW TAKE THAT REVIEW DOWN. \N{POUTING FACE}</b></p>',
  bq="Refund finally arrived.", sig="Ironpeak")

M("de", "re", "refund", "contact_email tracking_pixel", "earlier agent reply with an e-mail address quoted; helpdesk pixel (German)",
  """Hallo {buyer},

die Erstattung ist heute rausgegangen.""",
  s="ip", p="bars", html=True, hd="gorgias", prior="Hallo, bitte schicken Sie das Foto an nina.schulz@ironpeak-nutrition.de. Nina",
  htail='<img src="https://open.gorgias.work/p/{tok}.png" width="1" height="1" alt="">', bq="Foto ist unterwegs.")

M("en", "pro", "review", "contact_other missing_order_id review_incentive", "free gift for a review, claimed by Instagram DM, no order id",
  """Hi {buyer},

Loving your new case? Leave a review and DM us on Instagram @voltmint for a free cable - our way of saying thanks!""",
  s="vm", p="case", subj="A little thank-you gift for you")

M("fr", "pro", "delivery", "important_tag unpermitted_proactive", "[Important] on an order confirmation (French)",
  """Bonjour {buyer},

Nous avons bien reçu votre commande {order} et la préparons avec soin. Merci de votre confiance !""",
  s="ip", p="whey", subj="[Important] Confirmation de votre commande {order}")

M("it", "pro", "price", "important_tag marketing tracking_pixel", "[Important] on a new-product announcement with a tracking pixel (Italian)",
  """Buongiorno {buyer},

grazie per l'ordine {order}. È arrivata la nuova Creatina al gusto limone: la trova su Amazon con il 15 % di sconto fino a domenica.""",
  s="ip", p="creatine", html=True, subj="[Important] Novità Ironpeak",
  htail='<img src="https://t.helpscout-mail.net/o/{tok}" width="1" height="1" alt="">', sea="jan")

M("es", "re", "delay", "contact_phone review_manipulation", "asks the buyer to phone before leaving a negative rating (Spanish)",
  """Hola {buyer}:

El paquete llega mañana. Si algo no te convence, llámanos al 912 458 330 antes de dejar una valoración negativa, por favor.""",
  s="hh", p="casserole", bq="¿Cuándo llega?")

M("ja", "re", "damaged", "attachment contact_email", "photos as a ZIP file and a request to send photos to an e-mail address (Japanese)",
  """{buyer}様

梱包時の写真をZIPファイルで添付いたします。破損箇所の写真は support-jp@voltmint-mobile.com までお送りください。""",
  s="vm", p="powerbank", att=[("photos.zip", "zip")], bq="箱がつぶれていました。")

M("en", "pro", "feedback", "feedback_removal important_tag", "[Important] on a request to revise feedback",
  """Dear {buyer},

Regarding your feedback on order {order}: the late delivery was caused by the courier's strike, and Amazon allows feedback about carrier delays to be revised. We'd ask you to revise it accordingly.""",
  s="hh", p="shaker", subj="[Important] Regarding your feedback", sea="jan")

M("pl", "pro", "price", "contact_email marketing opt_out", "newsletter invitation by e-mail with an opt-out sentence (Polish)",
  """Dzień dobry {buyer},

dziękujemy za zamówienie {order}! Zapisz się do naszego newslettera, pisząc na newsletter@ironpeak-nutrition.de - co miesiąc kody rabatowe. Rezygnacja w każdej chwili: odpowiedz „wypisz”.""",
  s="ip", p="bars", sea="jan")

M("sv", "pro", "review", "review_incentive tracking_pixel", "entry in a draw for a review, sent with an open pixel (Swedish)",
  """Hej {buyer},

Alla som recenserar sin beställning ({order}) före 31 januari är med i utlottningen av ett träningspaket värt 1 000 kr!""",
  s="ip", p="whey", html=True, htail='<img src="https://open.kustomer-track.com/{tok}.gif" width="1" height="1" alt="">', sea="jan")

M("nl", "re", "feedback", "feedback_removal offensive", "threat to 'take steps' unless the review is removed (Dutch)",
  """{buyer}, haal die leugenachtige review weg. Zo niet, dan nemen we maatregelen en weet je wat je te wachten staat.""",
  s="ip", p="creatine", bq="Ik heb een eerlijke review geschreven.", sig="Ironpeak")

M("pt", "pro", "review", "contact_other review_manipulation", "tells the buyer to tag the shop's Instagram and praise the fast delivery (Portuguese)",
  """Olá {buyer},

Ao avaliar o pedido {order}, mencione a entrega rápida e marque a gente no Instagram @voltmint.br!""",
  s="vm", p="cable")

M("es", "pro", "feedback", "feedback_removal offensive", "proactive message insulting the buyer and demanding the feedback be withdrawn (Spanish)",
  """{buyer}:

Clientes como tú son la razón por la que cerramos tiendas pequeñas. Retira esa valoración del pedido {order} de una vez, que no tienes ni idea de lo que hablas.""",
  s="hh", p="knives", sea="jan")

M("sv", "pro", "delivery", "unpermitted_proactive", "'we are here if you need help'-only message (Swedish)",
  """Hej {buyer},

Din beställning {order} bör ha kommit fram nu. Vi finns här om du behöver hjälp med något - svara bara på det här meddelandet.""",
  s="kv", p="jacket")

M("de", "pro", "invoice", "attachment missing_order_id", "invoice sent as an HTML file, with only an invoice number (German)",
  """Guten Tag {buyer},

anbei Ihre Rechnung RE-2024-5521 als HTML-Datei.""",
  s="hh", p="knives", subj="Ihre Rechnung RE-2024-5521", att=[("Rechnung_RE-2024-5521.html", "html", None, ["Rechnung RE-2024-5521"])])

# ---------------------------------------------------------------- more compliant hard negatives (English)
M("en", "re", "refund", "", "'Amazon gift card' mentioned as the refund destination, not as an incentive",
  """Hi {buyer},

As you paid with an Amazon gift card, the refund of £24.99 for the missing pyjama top will go back to your gift card balance rather than your bank card. It usually appears within 2 hours.""",
  s="kv", p="pj", bq="I paid with a gift card my mum gave me - where does the refund go?")

M("en", "re", "feedback", "", "buyer says they already left 5 stars; seller just thanks them (no request, no pressure)",
  """Hi {buyer},

That's very kind of you - thank you for taking the time. Enjoy the earbuds, and happy new year!""",
  s="vm", p="earbuds", bq="Just wanted to say thanks for the quick replacement, I already gave you 5 stars!")

M("en", "re", "question", "", "'remove' in another sense (protective film, seal) - hard negative for feedback_removal",
  """Hi {buyer},

The cloudy look is the protective film on both sides of the case. Remove the film from the inside first, then the outside, before fitting it to the phone. You can also remove the MagSafe ring sticker if you don't use MagSafe.""",
  s="vm", p="case", bq="The case looks cloudy, is that normal?")

M("en", "re", "question", "", "'feedback' in another sense (haptic feedback) and 'rating' of a charger (power rating)",
  """Hi {buyer},

The vibration you feel when you tap the watch is haptic feedback; you can turn it down under Settings > Vibration. And the charger you're using is fine - its power rating is 20 W and the watch only needs 5 W.""",
  s="vm", p="watch", bq="The watch buzzes every time I touch it. Also can I use my 20W charger?")

M("en", "re", "replacement", "", "'free' in other senses (BPA-free) and a free replacement that resolves a defect",
  """Hi {buyer},

Sorry the shaker lid cracked. We're sending a free replacement today; the new lid is the 2024 version in BPA-free Tritan, which is much tougher in the dishwasher.""",
  s="ip", p="whey", bq="The shaker lid cracked in the dishwasher.")

M("en", "re", "question", "", "EAN barcode and SKU with digit groups that look like phone numbers",
  """Hi {buyer},

The barcode on the box is EAN 5 060912 384729 and our SKU is HH-CI-26-BLK-2411. Both match the 26 cm skillet, so it's the right product - the 28 cm version has EAN 5 060912 384736.""",
  s="hh", p="pan", bq="The box barcode doesn't match the one I found online. Is it the right pan?")

M("en", "pro", "delay", "", "proactive message about a missing part that is being sent separately (fulfillment issue)",
  """Hello {buyer},

While checking dispatch records for order {order}, we noticed the dough hook was left out of your stand mixer box. We've sent it separately today by Royal Mail Tracked 24 (tracking KB 4410 2876 5GB); you don't need to do anything.""",
  s="hh", p="mixer", subj="Missing part for order {order}")

M("en", "pro", "gift", "", "customisation question without the [Important] tag",
  """Hello {buyer},

Before we embroider the romper from order {order}: you entered "Olivia Rose" but chose the small chest embroidery, which fits up to 8 letters. Shall we embroider just "Olivia", or move to the larger back embroidery at no extra cost?""",
  s="kv", p="romper", subj="Embroidery question for order {order}")

M("en", "re", "gift", "", "reply thanking for Christmas wishes (replies may say thank you)",
  """Hi {buyer},

Thank you so much for the lovely message - we've passed it on to the whole team. Merry Christmas to you and the family too!""",
  s="kv", p="pj", bq="The pyjamas were perfect for Christmas Eve photos, thank you! Merry Christmas to all of you.")

M("en", "re", "question", "", "Subscribe & Save cancellation explained (Amazon feature; no opt-out link or wording)",
  """Hi {buyer},

You can cancel or skip your Subscribe & Save delivery yourself: in your Amazon account, open "Subscribe & Save", choose the creatine and select "Cancel subscription" or "Skip". There's no fee.""",
  s="ip", p="creatine", bq="How do I stop the monthly delivery? I'm stocked up.")

M("en", "re", "question", "", "Instagram named in a product context (filming reels with the MagSafe grip), not a contact",
  """Hi {buyer},

Yes - the MagSafe ring holds the phone firmly on a MagSafe tripod mount, so lots of customers use it for filming Instagram reels and TikTok videos in portrait or landscape.""",
  s="vm", p="case", bq="Will it stay on my MagSafe tripod for filming?")

M("en", "re", "delivery", "", "[Important] reply about rescheduling a bulky delivery (allowed); times and dates",
  """Hi {buyer},

No problem - we've moved the island delivery to Friday 20 December between 12:00 and 16:00. The crew will call ahead via the courier's system 30 minutes before arrival.""",
  s="hh", p="island", subj="Re: [Important] Delivery slot needed for your order {order}", bq="Can we do Friday afternoon instead?")

M("en", "re", "damaged", "", "PNG diagram attachment showing how to fit a part",
  """Hi {buyer},

I've attached a diagram showing how the splash guard slides on: the gap lines up with the dough hook shaft, then turn it clockwise until it clicks.""",
  s="hh", p="mixer", att=[("splash_guard_fitting.png", "png")], bq="The splash guard doesn't fit.")

M("en", "re", "return", "", "GIF (static) label image attached and an Amazon returns link",
  """Hi {buyer},

Your return is approved. I've attached the QR code as an image in case the Amazon app doesn't show it; the drop-off points are listed in the returns centre:
https://www.amazon.co.uk/gp/css/returns/homepage.html""",
  s="kv", p="mittens", att=[("return_qr.gif", "gif")], bq="The return QR code won't load.")

M("en", "re", "refund", "", "refund reply with HTML bold and a bulleted list (no styling overrides)",
  """Hi {buyer},

Here's a summary of what we've done:""",
  s="ip", p="advent", html=True, sea="xmas",
  htmlx="<ul><li><b>Refund:</b> £9.99 for the three broken bars</li><li><b>Replacement:</b> none needed, as you asked</li><li><b>Reference:</b> RMA-IP-7712</li></ul>",
  plainx="- Refund: £9.99 for the three broken bars\n- Replacement: none needed, as you asked\n- Reference: RMA-IP-7712",
  bq="Three bars were broken, just refund those please.")

M("en", "re", "delay", "", "quoted-printable heavy reply with a long Amazon help link; evening delivery window",
  """Hi {buyer},

Royal Mail shows the parcel "out for delivery" today between 17:30 and 20:30. If you're out, they'll leave a card, and you can rebook online through the Royal Mail app with the reference on the card. More on delivery windows: https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GZXW7X6AKTHNUP6H""",
  s="hh", p="board", bq="Will it come today? I'm out until 6.", cte="qp", html=True)

M("en", "re", "price", "", "buyer asks about a price match during Black Friday; seller declines politely (no promotion)",
  """Hi {buyer},

I'm sorry, we can't match the price of another retailer, and our Amazon price for the stand mixer is set at £189.99 until 2 December. If the price drops within 7 days of your order, we'll refund the difference automatically.""",
  s="hh", p="mixer", bq="It's £159 at another shop for Black Friday, can you match it?")

M("en", "re", "warranty", "", "serial number and batch code with long digit runs",
  """Hi {buyer},

Thanks for the photos. Serial number VMPB20-2411-0087345 is within the affected production week, so we'll replace it. Please don't use it any more; the replacement ships today by UPS 1Z 4E8 7W1 03 5518 0927.""",
  s="vm", p="powerbank", bq="The power bank gets very hot. Serial VMPB20-2411-0087345.")

M("en", "re", "sizing", "", "answer that says the seller won't change the feedback process: buyer asks whether a review affects exchange (no pressure)",
  """Hi {buyer},

Not at all - the exchange doesn't depend on anything you write or don't write. Just start the return for the 104/110 and order the 110/116; we'll ship the new size as soon as the return is scanned.""",
  s="kv", p="jacket", bq="Will you still do the exchange if I've already left a 2-star review?")

M("en", "re", "question", "", "Outlook-style plain reply with the quote header but only display names (no addresses)",
  """Hi {buyer},

The creatine is unflavoured and mixes clear in water within about 10 seconds.""",
  s="ip", p="creatine", hd="outlook", html=False, bq="Does it taste of anything?")

# ---------------------------------------------------------------- more compliant hard negatives (other languages)
M("de", "re", "question", "", "'entfernen' in another sense (Schutzfolie) and 'Bewertung' as energy-label rating",
  """Hallo {buyer},

bitte entfernen Sie vor dem ersten Gebrauch die Schutzfolie vom Bedienfeld. Die Energiebewertung der Küchenmaschine finden Sie auf dem Typenschild unter dem Gerät.""",
  s="hh", p="mixer", bq="Da klebt eine Folie drauf, muss die ab?")

M("de", "re", "refund", "", "refund to an Amazon gift voucher balance (Gutschein as payment method, not incentive)",
  """Hallo {buyer},

da Sie mit einem Amazon-Gutschein bezahlt haben, wird die Erstattung über 12,99 € Ihrem Gutscheinguthaben gutgeschrieben. Das dauert in der Regel nur wenige Stunden.""",
  s="kv", p="mittens", bq="Ich habe mit Gutschein bezahlt – wohin geht das Geld?")

M("de", "pro", "delivery", "", "[Important] delivery scheduling for the 48 kg island (German)",
  """Guten Tag {buyer},

Ihre Bestellung {order} (Kücheninsel, 48 kg) wird von einer Spedition mit zwei Personen geliefert. Bitte teilen Sie uns mit, ob Ihnen Dienstag, 17.12. (8-12 Uhr) oder Donnerstag, 19.12. (12-18 Uhr) besser passt.""",
  s="hh", p="island", subj="[Important] Liefertermin für Ihre Bestellung {order}")

M("de", "re", "replacement", "", "free replacement as resolution; 'kostenlos' and 'gratis' not tied to anything",
  """Hallo {buyer},

wir schicken Ihnen kostenlos einen neuen Shaker-Deckel. Den alten brauchen Sie nicht zurückzuschicken.""",
  s="ip", p="whey", bq="Deckel vom Shaker ist undicht.")

M("fr", "re", "question", "", "'à mon avis' (in my opinion) - 'avis' in another sense",
  """Bonjour {buyer},

À mon avis, la taille 26 cm est la plus polyvalente : elle convient pour deux à trois personnes et tient dans un four standard.""",
  s="hh", p="pan", bq="Vous conseillez 26 ou 28 cm ?", noorder_notice=True, subj="RE : Demande du client Amazon {buyer}")

M("fr", "re", "replacement", "", "free replacement as resolution (French)",
  """Bonjour {buyer},

Nous vous envoyons gratuitement un nouveau câble aujourd'hui par Postes Canada, numéro de suivi 7023 2145 8890 4417. Inutile de renvoyer l'ancien.""",
  s="vm", p="cable", bq="Un des deux câbles ne fonctionne pas.")

M("fr", "pro", "address", "", "[Important] address problem (French, Belgian marketplace)",
  """Bonjour {buyer},

bpost n'a pas pu livrer votre commande {order} : le numéro de boîte manque dans l'adresse (Avenue Louise 231, 1050 Ixelles).

Pourriez-vous nous indiquer le numéro de boîte en réponse ? Nous renverrons le colis aujourd'hui.""",
  s="kv", p="mittens", subj="[Important] Adresse incomplète - commande {order}")

M("es", "re", "question", "", "'opinión técnica' and 'quitar' in other senses (Spanish)",
  """Hola {buyer}:

En nuestra opinión técnica, el ruido es normal durante los primeros usos. Quita el film protector del bol y aprieta la rosca del gancho; debería desaparecer.""",
  s="hh", p="mixer", bq="La batidora hace ruido.")

M("es", "re", "replacement", "", "free replacement as resolution (Spanish)",
  """Hola {buyer}:

Te enviamos gratis una tapa nueva hoy mismo con SEUR. No hace falta que devuelvas la rota.""",
  s="hh", p="casserole", bq="La tapa tiene una grieta.")

M("es", "pro", "gift", "", "[Important] customisation question about engraving (Spanish)",
  """Hola {buyer}:

Para la tabla grabada del pedido {order} has escrito "Feliz Navidad familia Fernández-Ortega". Caben 24 caracteres: ¿grabamos "Familia Fernández-Ortega" o prefieres otro texto?""",
  s="hh", p="board", subj="[Important] Texto del grabado - pedido {order}")

M("it", "re", "damaged", "", "'valutazione del danno' (damage assessment) - review word in another sense",
  """Buongiorno {buyer},

la valutazione del danno da parte di BRT richiede qualche giorno, ma non aspettiamo: le spediamo subito una nuova padella.""",
  s="hh", p="pan", bq="La padella è arrivata crepata.")

M("it", "re", "replacement", "", "free replacement (Italian)",
  """Ciao {buyer},

ti spediamo gratuitamente un nuovo barattolo con GLS, numero di spedizione 5K 2218 4497. Quello danneggiato puoi tenerlo.""",
  s="ip", p="whey", bq="Il barattolo è arrivato aperto.")

M("it", "pro", "address", "", "[Important] address problem: missing intercom name (Italian)",
  """Buongiorno {buyer},

il corriere non ha potuto consegnare l'ordine {order}: sul citofono non compare il suo nome (Via Roma 12, 20121 Milano).

Può indicarci il nome sul citofono o la scala? Rispediamo oggi stesso.""",
  s="ip", p="bars", subj="[Important] Problema con l'indirizzo - ordine {order}")

M("ja", "re", "question", "", "'評価' in another sense (製品評価試験, product evaluation test)",
  """{buyer}様

本製品は第三者機関による製品評価試験（過充電・短絡・落下試験）に合格しております。安心してお使いください。""",
  s="vm", p="powerbank", bq="飛行機に持ち込んでも安全ですか？")

M("ja", "re", "replacement", "", "free replacement as resolution (Japanese)",
  """{buyer}様

大変申し訳ございません。新しいケーブルを無料でお送りいたします。日本郵便の追跡番号は 1234-5678-9012 です。不良品のご返送は不要です。""",
  s="vm", p="cable", bq="ケーブルが1本充電できません。")

M("ja", "pro", "delay", "", "proactive fulfilment delay with a choice to wait or cancel (Japanese)",
  """{buyer}様

ご注文（{order}）につきまして、年末の物流混雑により出荷が2日ほど遅れる見込みです。
お待ちいただける場合は特にお手続きは不要です。キャンセルをご希望の場合は、本メッセージにご返信ください。""",
  s="vm", p="watch", subj="ご注文 {order} の出荷遅延について")

M("nl", "re", "damaged", "", "'beoordeling' in another sense (damage assessment by PostNL)",
  """Hoi {buyer},

De beoordeling van de schade door PostNL duurt een paar dagen, maar daar wachten we niet op: we sturen je vandaag gratis een nieuwe jas.""",
  s="kv", p="jacket", bq="De jas kwam kapot aan.")

M("nl", "pro", "address", "", "[Important] address problem: missing house number addition (Dutch)",
  """Hallo {buyer},

PostNL kon bestelling {order} niet bezorgen: de huisnummertoevoeging ontbreekt (Keizersgracht 123, 1015 CJ Amsterdam).

Kun je de toevoeging (bijv. 2-hoog of A) in een antwoord sturen? Dan versturen we het vandaag opnieuw.""",
  s="kv", p="pj", subj="[Important] Adresprobleem - bestelling {order}")

M("nl", "re", "question", "", "'verwijderen' in another sense (removing the label)",
  """Beste {buyer},

Je kunt het waslabel gerust verwijderen; de maat staat ook in de kraag gedrukt.""",
  s="kv", p="pj", bq="Het label kriebelt, mag het eraf?")

M("pl", "re", "question", "", "'opinia techniczna' (technical opinion) - review word in another sense",
  """Dzień dobry {buyer},

zgodnie z opinią techniczną producenta suwak można wymienić bez prucia szwów. Wyślemy nowy suwak gratis.""",
  s="kv", p="jacket", bq="Zepsuł się zamek w kurtce.")

M("pl", "pro", "delay", "", "proactive delay with a choice to wait or cancel (Polish)",
  """Dzień dobry {buyer},

zamówienie {order} opóźni się o 3 dni z powodu przedświątecznego szczytu u przewoźnika. Jeśli woli Pani/Pan anulować, prosimy o odpowiedź - zwrócimy całą kwotę.""",
  s="kv", p="pj", subj="Opóźnienie zamówienia {order}")

M("pl", "pro", "gift", "", "[Important] customisation question about embroidery (Polish)",
  """Dzień dobry {buyer},

do zamówienia {order} podano imię „Maksymilian” do haftu. Na body mieści się 8 liter - czy haftować „Maks”, czy inne zdrobnienie?""",
  s="kv", p="romper", subj="[Important] Pytanie o haft - zamówienie {order}")

M("sv", "re", "damaged", "", "'bedömning' of damage and free replacement (Swedish)",
  """Hej {buyer},

PostNords bedömning av skadan tar några dagar, men vi väntar inte: en ny jacka skickas gratis i dag.""",
  s="kv", p="jacket", bq="Jackan kom trasig.")

M("sv", "pro", "gift", "", "[Important] customisation question about embroidery (Swedish)",
  """Hej {buyer},

Till beställning {order} har du angett namnet "Ann-Charlotte" för broderiet. Bindestreck fungerar inte i vår broderistil - ska vi brodera "Ann Charlotte" eller bara "Lotta"?""",
  s="kv", p="romper", subj="[Important] Fråga om broderiet - beställning {order}")

M("sv", "re", "question", "", "'ta bort' in another sense (remove the seal) (Swedish)",
  """Hej {buyer},

Ta bort förseglingen under locket innan du använder måttskopan. Skopan ligger i pulvret.""",
  s="ip", p="whey", bq="Hittar inte måttskopan.")

M("pt", "re", "question", "", "'avaliação técnica' (technical assessment) - review word in another sense",
  """Olá {buyer},

Pela avaliação técnica do nosso laboratório, o aquecimento leve durante a carga rápida é normal. Acima de 45 °C, pare de usar e nos avise.""",
  s="vm", p="powerbank", bq="A power bank esquenta um pouco.")

M("pt", "re", "replacement", "", "free replacement as resolution (Portuguese)",
  """Olá {buyer},

Vamos enviar um cabo novo grátis hoje, código de rastreamento QB 519 224 803 BR. Não precisa devolver o defeituoso.""",
  s="vm", p="cable", bq="Um dos cabos não carrega.")

M("pt", "pro", "delay", "", "proactive fulfilment delay with a choice to wait or cancel (Portuguese)",
  """Olá {buyer},

O pedido {order} vai atrasar 3 dias por causa do volume de fim de ano na transportadora. Se preferir cancelar, responda esta mensagem e reembolsamos o valor total.""",
  s="vm", p="watch", subj="Atraso no pedido {order}")

M("it", "re", "refund", "", "refund to an Amazon gift card balance (Italian)",
  """Buongiorno {buyer},

avendo pagato con un buono regalo Amazon, il rimborso di 19,90 € verrà riaccreditato sul saldo del buono.""",
  s="hh", p="shaker", bq="Ho pagato con un buono regalo, dove va il rimborso?")

M("es", "pro", "delay", "", "proactive fulfilment delay with a choice (Spanish)",
  """Hola {buyer}:

Tu pedido {order} sale con 2 días de retraso porque el transportista no recogió ayer. Si prefieres cancelarlo, respóndenos y te reembolsamos el importe completo.""",
  s="ip", p="whey", subj="Retraso en tu pedido {order}")

M("fr", "pro", "delay", "", "proactive fulfilment delay with a choice (French)",
  """Bonjour {buyer},

Votre commande {order} partira avec 3 jours de retard : le transporteur n'a pas pu enlever les colis en raison de la neige. Si vous préférez annuler, répondez-nous et nous vous rembourserons intégralement.""",
  s="ip", p="creatine", subj="Retard de votre commande {order}")

# ---------------------------------------------------------------- further compliant replies (cancellations, prices, gifts)
M("en", "re", "price", "", "buyer asks whether the price will drop on Black Friday; seller declines to announce prices (no promotion)",
  """Hi {buyer},

I'm afraid we can't say in advance what prices will do over Black Friday - Amazon sets some deal prices itself and we only find out on the day. If you buy now and the price drops within 7 days, ask us and we'll refund the difference.""",
  s="vm", p="earbuds", bq="Will these be cheaper on Black Friday? Should I wait?", noorder_notice=True,
  subj="Re: Product details inquiry from Amazon customer {buyer}")

M("en", "re", "cancel", "", "cancellation after dispatch: refuse delivery or return; no promotion",
  """Hi {buyer},

The pyjamas were dispatched this morning, so we can no longer cancel the order. You can either refuse the parcel when Evri delivers it, or return it unopened through Your Orders - either way you'll get a full refund of £21.95.""",
  s="kv", p="pj", bq="Please cancel, my sister already bought the same ones.")

M("en", "pro", "address", "", "[Important] address problem: postcode does not match the town",
  """Hello {buyer},

Before we ship order {order}: the postcode on the order (LS6 2QB) belongs to Leeds, but the town says Harrogate. The courier's system won't accept the label like this.

Could you reply with the correct postcode or town? We'll dispatch as soon as we hear back.""",
  s="ip", p="whey", subj="[Important] Please check the delivery address for order {order}")

M("en", "re", "gift", "", "gift receipt and hidden prices explained; Amazon gift options",
  """Hi {buyer},

Amazon sends a gift receipt with the parcel when the order is marked as a gift, and our packing slip never shows prices. The recipient can exchange the cable through Amazon using the gift receipt without you being involved.""",
  s="vm", p="cable", bq="It's a present - will the price be in the box?")

M("de", "re", "cancel", "", "cancellation confirmed on request (German reply)",
  """Hallo {buyer},

Ihre Bestellung {order} ist storniert; es wird nichts abgebucht. Amazon schickt Ihnen gleich noch eine Bestätigung.""",
  s="hh", p="shaker", bq="Bitte stornieren, habe doppelt bestellt.")

M("de", "re", "price", "", "price difference refunded on request after a Black Friday drop (German)",
  """Hallo {buyer},

stimmt, der Preis ist am Black Friday von 34,90 € auf 27,90 € gefallen. Wir haben Ihnen die 7,00 € Differenz soeben über Amazon erstattet.""",
  s="ip", p="creatine", bq="Zwei Tage nach meinem Kauf ist es 7 Euro billiger. Geht da was?")

M("fr", "re", "gift", "", "gift message added before dispatch (French)",
  """Bonjour {buyer},

Le colis n'est pas encore parti : nous avons ajouté une carte avec votre message « Joyeux Noël Léon, de la part de Mamie ». Aucun prix n'apparaît dans le colis.""",
  s="kv", p="pj", bq="Pouvez-vous ajouter un petit mot pour mon petit-fils ?")

M("es", "re", "cancel", "", "cancellation confirmed on request (Spanish reply)",
  """Hola {buyer}:

Hemos cancelado tu pedido {order} antes de que saliera del almacén; no se te cobrará nada.""",
  s="ip", p="bars", bq="Quiero cancelar el pedido, me equivoqué de sabor.")

M("it", "re", "question", "", "servings and dosage numbers (Italian)",
  """Ciao {buyer},

la confezione da 2 kg contiene 66 porzioni da 30 g. Con una porzione al giorno dura circa due mesi.""",
  s="ip", p="whey", bq="Quante porzioni ci sono?")

M("ja", "re", "cancel", "", "cancellation confirmed on request (Japanese reply)",
  """{buyer}様

ご注文のキャンセルを承りました。ご請求は発生いたしません。Amazonからもキャンセル確認のメールが届きます。""",
  s="vm", p="case", bq="間違えて注文したのでキャンセルしてください。")

M("ja", "re", "gift", "", "gift wrapping question answered (Japanese reply)",
  """{buyer}様

ギフト包装はAmazonのギフト設定から承っております。当店からの発送品には金額の記載された書類は同梱しておりませんので、ご安心ください。""",
  s="vm", p="earbuds", bq="プレゼント用です。金額がわかる書類は入っていますか？")

M("nl", "re", "cancel", "", "cancellation confirmed on request (Dutch reply)",
  """Hoi {buyer},

Je bestelling {order} is geannuleerd voordat hij verzonden werd. Er wordt niets afgeschreven.""",
  s="kv", p="mittens", bq="Kan ik nog annuleren?")

M("pl", "re", "price", "", "price difference refunded on request (Polish)",
  """Dzień dobry {buyer},

cena rzeczywiście spadła w Black Friday ze 199 zł do 169 zł. Zwróciliśmy różnicę 30 zł przez Amazon.""",
  s="ip", p="whey", bq="Cena spadła dzień po moim zakupie, czy mogę dostać zwrot różnicy?")

M("sv", "re", "price", "", "price difference refunded on request (Swedish)",
  """Hej {buyer},

Priset sänktes mycket riktigt från 349 kr till 299 kr under Black Week. Vi har återbetalat mellanskillnaden på 50 kr via Amazon.""",
  s="kv", p="jacket", bq="Jackan blev billigare dagen efter att jag köpte den. Kan jag få tillbaka mellanskillnaden?")

M("pt", "re", "cancel", "", "cancellation confirmed on request (Portuguese reply)",
  """Olá {buyer},

Cancelamos o pedido {order} antes do envio. Nenhum valor será cobrado.""",
  s="vm", p="powerbank", bq="Quero cancelar, comprei errado.")

M("fr", "re", "cancel", "", "cancellation confirmed on request (French reply)",
  """Bonjour {buyer},

Votre commande {order} est annulée, elle n'avait pas encore été préparée. Vous ne serez pas débité.""",
  s="hh", p="knives", bq="Je souhaite annuler ma commande.")


# ======================================================================================
# README
# ======================================================================================

LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "ja": "Japanese",
              "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "pt": "Portuguese (Brazil)"}


def readme(items, cc, lc):
    labels = [it["label"] for it in items]
    n = len(labels)
    comp = sum(1 for l in labels if not l["categories"])
    rep = sum(1 for l in labels if l["kind"] == "reply")
    out = []
    w = out.append
    w("# heldout13 - \"peak season at a mid-size shop\"\n")
    w("A **blind held-out test corpus** for bsm-guard: %d outgoing seller e-mails to Amazon buyer relay addresses, each "
      "labelled with the POLICY.md categories it breaks (empty list = compliant). %d messages (%.0f%%) are compliant, most "
      "of them hard negatives that look like violations to a naive rule.\n" % (n, comp, 100.0 * comp / n))
    w("## The rule for this set\n")
    w("**Measured once and never tuned on.** Run bsm-guard over it once per release candidate, record precision and recall per "
      "category, and do not change rules, word lists or thresholds because of what you see here. If a finding here leads to a "
      "fix, the fix must be justified and tested with other material, and this set then no longer counts as held-out for "
      "that rule.\n")
    w("## Who wrote it and how (blind)\n")
    w("Written by a helper agent session started for this task, from a written brief (`/tmp/prompts/h13.md`). Besides the "
      "brief it read **only**:\n")
    w("- `/work/shared/POLICY.md` (the categories and labelling rules),")
    w("- `/work/shared/corpus/README.md` and `/work/shared/corpus/FORMAT.md` (the corpus format),")
    w("- `/work/shared/reference/amazon-policy.md` (public notes on Amazon's rules),")
    w("- its own general knowledge of helpdesks, mail clients and Amazon's buyer-message notifications.\n")
    w("It did not read any code, rules, tests or README under `/work/main` (other than this folder), no `.eml` file of the "
      "shared corpus, and no other corpus. It did not run bsm-guard or any other filter and did not run git. All text was "
      "written by hand for this set; nothing was copied from another corpus.\n")
    w("## Theme\n")
    w("Four invented mid-size sellers during November 2024 - January 2025 (Black Friday, Christmas, returns season):\n")
    w("| seller | trade | marketplaces in this set | helpdesks / clients |")
    w("|---|---|---|---|")
    w("| Hearth & Hob | kitchenware (cast iron, knives, stand mixer, engraved boards, a 48 kg kitchen island) | UK, DE, FR, IT, ES | Zendesk, eDesk, Thunderbird, Outlook, Help Scout, a newsletter tool, shipping software |")
    w("| Kleine Vos Kidswear | kids' clothing (Christmas pyjamas, winter jackets, embroidered rompers) | NL, BE, SE, PL, DE, UK, ES | Freshdesk, Zammad, Outlook |")
    w("| Ironpeak Nutrition | sports nutrition (whey, creatine, bars, advent calendar) | DE, UK, IT, ES, FR, PL, NL, SE | Gorgias, Help Scout, Kustomer, shipping software |")
    w("| Voltmint Mobile | phone accessories (cases, GaN chargers, power banks, earbuds, smartwatch) | US, JP, BR, MX, CA, UK | Re:amaze, Kustomer, Help Scout, Thunderbird, Freshdesk, Outlook |\n")
    w("Agents use macros and edit them: canned text is mixed with their own sentences, some macros carry a seasonal footer "
      "(holiday opening hours - compliant; one footer advertises a sale - marketing). Delays, stock-outs, price drops, gift "
      "notes, engraving and embroidery questions, bulky-item delivery slots, warranty claims and refunds are the everyday "
      "material; the violations are the season's temptations (discount codes, \"follow us\", newsletters, gifts for reviews, "
      "five-star requests, feedback removal, repeat nudges) and helpdesk misconfigurations (pixels, unsubscribe footers, "
      "linked logos, \"Powered by\" footers, Outlook style blocks).\n")
    w("Replies quote Amazon's localised buyer notification (message markers, `# order:` line, `[ASIN: ...]`, Seller Central "
      "reply link, \"Was this email helpful?\" links, `[commMgrTok:...]`, Amazon's footer) in the quoting style of the "
      "helpdesk (Zendesk history block and reply marker, `>`-quoting with a localised \"wrote:\" line, eDesk \"Original "
      "message\", Outlook `From:/Sent:/To:/Subject:` block with localised labels, HTML `blockquote`). Replies carry "
      "`In-Reply-To`/`References` to an Amazon SES message id. Proactive messages carry a 3-7-7 order id unless labelled "
      "`missing_order_id`.\n")
    w("MIME: text/plain and multipart/alternative, multipart/related (cid: logos, an inline animated GIF), multipart/mixed "
      "with attachments built by `make.py` with real bytes of their type (PDF, baseline JPEG, PNG, GIF, animated GIF, DOCX, "
      "XLSX, ZIP, PE executable, MP4/MOV/HEIC boxes, WebP, ICS, HTML, TXT). Charsets utf-8, iso-8859-1, iso-8859-2, "
      "windows-1252, iso-2022-jp and shift_jis; quoted-printable, base64, 8bit and 7bit; LF and CRLF line ends.\n")
    w("## Files\n")
    w("- `msgs/NNNN-<lang>-<re|pro>-<topic>.eml` - the messages. File names do not reveal the label: every topic slug "
      "occurs among both compliant and violating messages.")
    w("- `labels.jsonl` - one line per message: `file`, `categories` (POLICY.md ids in POLICY.md order; `[]` = compliant), "
      "`lang`, `kind` (`reply`/`proactive`), `note`.")
    w("- `make.py` - writes everything (standard library only, fixed seeds, byte-identical output on every run).")
    w("- `README.md` - this file (generated by `make.py`).\n")
    w("## Regenerate\n")
    w("```\npython3 make.py\n```\n")
    w("It rebuilds `msgs/`, `labels.jsonl` and `README.md` and exits 1 if a self-check fails.\n")
    w("## Checking order and the repeat-request ledger\n")
    w("**Check the messages in file-name order, in one run, with one repeat-request ledger.** File numbers follow the send "
      "date. The second review/feedback request for the same order id always comes later in file order than the first; the "
      "first one is labelled compliant when it is otherwise compliant. Product reviews and seller feedback share one history "
      "per order. The ledger counts only requests that were relayed:\n")
    w("- one pair's first request offers a gift card for the review (`review_incentive`, rejected, never relayed), so the "
      "later clean request for that order is **not** a repeat and is labelled compliant;")
    w("- one pair's first request carries only an open-tracking pixel (rewritten away, so relayed), so the later request is "
      "a repeat;")
    w("- one pair starts in German and the second request comes in English to the same relay address;")
    w("- one first request is made inside a support reply; one second request is made inside a reply to an unrelated "
      "question; several second requests have no \"reminder\" wording at all and can only be found with the ledger.\n")
    w("Every other review or feedback request uses an order id of its own.\n")
    w("## Labelling conventions and the ambiguous cases\n")
    w("Labels follow POLICY.md and its reporting conventions (one element, one category; whole message scanned, quoted "
      "history included, Amazon's own notification text exempt; headers other than the subject not scanned, except "
      "`List-Unsubscribe` as `opt_out`). Where POLICY.md leaves room, this set decided as follows (the label notes say so "
      "where it matters):\n")
    w("- **Discount codes for a review.** A code for the next order given in exchange for a review/feedback is "
      "`review_incentive` and also `marketing` (the code promotes a further purchase). Gift cards, refunds, free products, "
      "draws and warranty extensions for a review are `review_incentive` only.")
    w("- **Proactive out-of-stock notices** are `unpermitted_proactive` even when they offer an alternative (POLICY.md lists "
      "out-of-stock notices without exception). Replies to a buyer who asked about stock are compliant. A \"back in stock, "
      "$20 off\" promotion is `marketing`, not an out-of-stock notice.")
    w("- **Proactive delay notices** that explain a fulfilment problem and offer a choice (wait or cancel), or announce a "
      "missing part, are compliant (\"resolving an issue with order fulfillment\"). A plain \"your order has been "
      "dispatched\" update is a shipping confirmation (`unpermitted_proactive`). Proactive usage tips with \"we're here if you "
      "have questions\" are labelled `unpermitted_proactive` (here-to-help / proactive customer service). A seasonal "
      "greeting is treated as thank-you-only.")
    w("- **`[Important]`** is compliant only on delivery scheduling (bulky item), address problems and customisation "
      "(engraving, embroidery) - in proactive messages and in replies. On a delay notice, invoice, return instructions, "
      "review request, thank-you or promotion it is `important_tag`.")
    w("- **Carrier phone numbers** are `contact_phone` (POLICY.md has no carrier exception). Tracking, parcel, invoice, VAT, "
      "NIP, CNPJ, org.nr, EAN, serial and registration numbers in phone-like digit groups are compliant.")
    w("- **A discount/refund in the same message as a review request** is compliant only where nothing links them; where "
      "the text links them (\"once your review is posted\", \"in return\", \"as a thank-you for your feedback\", \"customers who "
      "share their thoughts often find a little something extra\") it is `review_incentive`.")
    w("- **Feedback**: \"you can update your feedback if you wish - entirely up to you\" after a resolution is compliant, as "
      "is explaining how to edit feedback when the buyer asks. \"We'd really appreciate it if you did\", \"maybe revisit it\", "
      "\"please update it\", \"could you edit that part out\" are `feedback_removal`. Asking to change it *to positive / five "
      "stars*, or telling the buyer what the edited review should say, is also `review_manipulation`.")
    w("- **\"Please contact us before leaving negative feedback\"** (and variants) is `review_manipulation` (discouraging a "
      "negative review / gating).")
    w("- **Buyer rudeness inside the quoted Amazon notification** (\"useless company\", \"Saftladen\", \"bande "
      "d'incapables\", \"ふざけるな\") is the buyer's own relayed text, not seller content: the firm-but-polite replies are "
      "compliant. Profanity written by an agent, including in an earlier agent reply quoted below, is `offensive`, as are "
      "insults, sarcasm aimed at the buyer, threats (\"we know your address\", \"you'll regret it\") and \"stop messaging us\" "
      "harassment.")
    w("- **Answering a buyer's question about another product** (the matching lid, identified by name and ASIN, no link) "
      "is compliant; unprompted cross-selling is `marketing`. A `/dp/` link answering the buyer's own question is "
      "`external_link` only. A Telegram channel \"for restock news\" is treated like \"follow us\": `contact_other` and "
      "`marketing`.")
    w("- **Styling**: the `®` sign is not an emoji; `<small>` and `<b>` without CSS are compliant; exactly two blank lines "
      "are compliant, four are not. A remote image carrying the relay address or a per-message token is `tracking_pixel` "
      "only, whatever its size; a plain `http:` image is `styling`.")
    w("- **Attachments**: a promotional PDF (gift guide) is `marketing` but not `attachment`; HEIC, WebP, MOV, MP4, ZIP, "
      "EXE, XLSX, ICS and HTML attachments, a `.pdf` that is really an executable, more than five attachments and more "
      "than 10 MB decoded are `attachment`.")
    w("- `kind` follows the headers: `reply` when `In-Reply-To`/`References` is present or the subject has a reply prefix "
      "(`Re:`, `RE :`, `AW:`, `R:`, `SV:`, `Odp:`); a helpdesk auto-acknowledgement sent as a new message (\"Ticket Received - "
      "...\") is proactive.\n")
    w("## Self-checks run by make.py\n")
    w("- output is byte-identical when built twice in the same run, and the written files match;")
    w("- at least 320 messages; 42-58%% compliant; every language at least 20 messages and English the largest; every "
      "category at least 15 positives and the wording categories (%s) at least 30;" % ", ".join("`%s`" % k for k in WORDING))
    w("- every topic slug occurs among both compliant and violating messages; file names follow the pattern; no two "
      "messages share the same agent text;")
    w("- every message parses; every text part decodes back to exactly the text that was written (charset and transfer "
      "encoding round-trip); the subject round-trips; no unfilled placeholders;")
    w("- every recipient is an Amazon relay address; `kind` matches the headers; proactive-only categories only on "
      "proactive messages; a proactive message has a 3-7-7 order id in subject or body exactly when it is not labelled "
      "`missing_order_id`;")
    w("- the `attachment` label matches the attachments (type list, name/content match, count, 10 MB); attachment bytes "
      "start with the magic of their type;")
    w("- the repeat-request ledger, replayed in file order, gives `repeat_request` exactly where labelled; review requests "
      "outside a pair never share an order id; each pair has two messages;")
    w("- compliant messages contain no non-Amazon link (or Amazon `/dp/`, `/stores/` link), no address other than the relay, "
      "no emoji, no opt-out wording, no CSS overrides/centring/`http:`/hidden content, no run of more than two blank lines, "
      "and `[Important]` only on address, delivery or gift/customisation topics.\n")
    w("## Counts\n")
    w("| messages | compliant | violating | replies | proactive |")
    w("|---|---|---|---|---|")
    w("| %d | %d (%.0f%%) | %d | %d | %d |\n" % (n, comp, 100.0 * comp / n, n - comp, rep, n - rep))
    w("### Positives per category\n")
    w("| category | messages | as only label | by language |")
    w("|---|---|---|---|")
    for k in CATS:
        only = sum(1 for l in labels if l["categories"] == [k])
        bl = {}
        for l in labels:
            if k in l["categories"]:
                bl[l["lang"]] = bl.get(l["lang"], 0) + 1
        w("| %s | %d | %d | %s |" % (k, cc[k], only, ", ".join("%s %d" % (lg, bl[lg]) for lg in LANGS if lg in bl)))
    w("")
    nl = {}
    for l in labels:
        if l["categories"]:
            nl[len(l["categories"])] = nl.get(len(l["categories"]), 0) + 1
    w("Labels per violating message: " + ", ".join("%d: %d" % (k, nl[k]) for k in sorted(nl)) + "\n")
    w("### Languages\n")
    w("| lang | language | messages | compliant | violating |")
    w("|---|---|---|---|---|")
    for lg in LANGS:
        c_ = sum(1 for l in labels if l["lang"] == lg and not l["categories"])
        w("| %s | %s | %d | %d | %d |" % (lg, LANG_NAMES[lg], lc[lg], c_, lc[lg] - c_))
    w("")
    w("### Topics (file-name slugs)\n")
    w("| topic | compliant | violating |")
    w("|---|---|---|")
    for t in TOPICS:
        c_ = sum(1 for it in items if it["ctx"].sp["topic"] == t and not it["label"]["categories"])
        v_ = sum(1 for it in items if it["ctx"].sp["topic"] == t and it["label"]["categories"])
        w("| %s | %d | %d |" % (t, c_, v_))
    w("")
    pairs = sum(1 for it in items if "repeat_request" in it["label"]["categories"])
    w("### Repeat-request ledger\n")
    w("Messages labelled `repeat_request`: %d. Clean requests whose earlier request for the same order was rejected "
      "(so not a repeat): 1.\n" % pairs)
    mt = {}
    for it in items:
        top = re.search(rb"^Content-Type: ([a-z]+/[a-z-]+)", it["raw"].split(b"\r\n\r\n")[0].split(b"\n\n")[0], re.M | re.I)
        k = top.group(1).decode().lower() if top else "?"
        mt[k] = mt.get(k, 0) + 1
    w("### MIME structure\n")
    w("| top-level type | messages |")
    w("|---|---|")
    for k in sorted(mt, key=lambda x: (-mt[x], x)):
        w("| %s | %d |" % (k, mt[k]))
    w("")
    return "\n".join(out)


if __name__ == "__main__":
    main()

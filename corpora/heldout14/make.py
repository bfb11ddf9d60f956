#!/usr/bin/env python3
"""heldout14 - blind held-out corpus for bsm-guard (outsourced support agency theme).

Standard library only, Python 3.11, fixed seeds, byte-identical output.
Run:  python3 make.py            (writes msgs/, labels.jsonl, README.md next to this file)
      python3 make.py --check    (rebuilds twice in memory, runs the self-checks, writes nothing)
"""
import base64
import hashlib
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
import email
import email.policy
from email.header import decode_header

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Binary builders: every attachment has real bytes of its type
# ---------------------------------------------------------------------------


def _png_chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def make_png(w, h, seed=1, tint=(200, 60, 40)):
    rnd = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            n = rnd.randint(-12, 12)
            r = max(0, min(255, tint[0] + (x * 40) // max(w, 1) + n))
            g = max(0, min(255, tint[1] + (y * 60) // max(h, 1) + n))
            b = max(0, min(255, tint[2] + ((x + y) * 30) // max(w + h, 1)))
            row += bytes((r, g, b))
        rows.append(bytes(row))
    raw = b"".join(rows)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
            + _png_chunk(b"IDAT", zlib.compress(raw, 9)) + _png_chunk(b"IEND", b""))


def _gif_lzw(pixels, min_code=2):
    # Emit a clear code every two literals so the code width never grows.
    clear, eoi = 1 << min_code, (1 << min_code) + 1
    width = min_code + 1
    codes = []
    for i, p in enumerate(pixels):
        if i % 2 == 0:
            codes.append(clear)
        codes.append(p)
    codes.append(eoi)
    out, acc, nbits = bytearray(), 0, 0
    for c in codes:
        acc |= c << nbits
        nbits += width
        while nbits >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8
    if nbits:
        out.append(acc & 0xFF)
    blocks = bytearray([min_code])
    for i in range(0, len(out), 255):
        chunk = out[i:i + 255]
        blocks.append(len(chunk))
        blocks += chunk
    blocks.append(0)
    return bytes(blocks)


def make_gif(w, h, frames=1, seed=2, palette=((255, 255, 255), (30, 30, 30), (210, 80, 40), (40, 120, 200))):
    rnd = random.Random(seed)
    out = bytearray(b"GIF89a")
    out += struct.pack("<HHBBB", w, h, 0x81, 0, 0)  # global colour table, 4 entries
    for c in palette:
        out += bytes(c)
    if frames > 1:
        out += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    for f in range(frames):
        if frames > 1:
            out += b"\x21\xf9\x04\x04" + struct.pack("<H", 40) + b"\x00\x00"
        out += b"\x2c" + struct.pack("<HHHHB", 0, 0, w, h, 0)
        px = []
        for y in range(h):
            for x in range(w):
                v = ((x // 3) + (y // 3) + f) % 4 if frames > 1 else (1 if (x + y) % 7 == 0 else (2 if rnd.random() < 0.1 else 0))
                px.append(v)
        out += _gif_lzw(px)
    out += b"\x3b"
    return bytes(out)


def make_gif_pixel():
    return make_gif(1, 1, 1, palette=((255, 255, 255), (255, 255, 255), (255, 255, 255), (255, 255, 255)))


class _BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def put(self, value, nbits):
        for i in range(nbits - 1, -1, -1):
            self.acc = (self.acc << 1) | ((value >> i) & 1)
            self.n += 1
            if self.n == 8:
                self.out.append(self.acc)
                if self.acc == 0xFF:
                    self.out.append(0)
                self.acc = 0
                self.n = 0

    def flush(self):
        while self.n:
            self.put(1, 1)
        return bytes(self.out)


def make_jpeg(w, h, seed=3, base=(150, 120, 100)):
    """Baseline YCbCr JPEG, one flat colour per 8x8 block (DC only), custom Huffman tables."""
    rnd = random.Random(seed)
    bw, bh = (w + 7) // 8, (h + 7) // 8
    seg = bytearray(b"\xff\xd8")
    seg += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00"
    q = bytes([8] + [16] * 63)
    seg += b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + q
    seg += b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, h, w, 3)
    for cid in (1, 2, 3):
        seg += bytes((cid, 0x11, 0))
    dc_counts = [0, 0, 0, 12] + [0] * 12
    dc_syms = list(range(12))
    seg += b"\xff\xc4" + struct.pack(">H", 2 + 1 + 16 + 12) + b"\x00" + bytes(dc_counts) + bytes(dc_syms)
    ac_counts = [0, 2] + [0] * 14
    seg += b"\xff\xc4" + struct.pack(">H", 2 + 1 + 16 + 2) + b"\x10" + bytes(ac_counts) + bytes((0x00, 0xF0))
    seg += b"\xff\xda" + struct.pack(">HB", 12, 3) + bytes((1, 0x00, 2, 0x00, 3, 0x00)) + bytes((0, 63, 0))
    bwtr = _BitWriter()
    prev = [0, 0, 0]
    for by in range(bh):
        for bx in range(bw):
            r = max(0, min(255, base[0] + bx * 6 - by * 3 + rnd.randint(-10, 10)))
            g = max(0, min(255, base[1] + by * 5 + rnd.randint(-10, 10)))
            b = max(0, min(255, base[2] + (bx + by) * 2 + rnd.randint(-10, 10)))
            ycc = (0.299 * r + 0.587 * g + 0.114 * b,
                   128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
                   128 + 0.5 * r - 0.418688 * g - 0.081312 * b)
            for ci in range(3):
                dc = int(round(ycc[ci])) - 128  # DC coefficient 8*(v-128) quantised by 8
                diff = dc - prev[ci]
                prev[ci] = dc
                s = abs(diff).bit_length()
                bwtr.put(s, 4)
                if s:
                    bwtr.put(diff if diff >= 0 else diff + (1 << s) - 1, s)
                bwtr.put(0, 2)  # EOB
    seg += bwtr.flush()
    seg += b"\xff\xd9"
    return bytes(seg)


def _pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title, lines, pad=0):
    """A one-page PDF with Helvetica text; `pad` adds an unreferenced filler stream (for size tests)."""
    content = ["BT", "/F1 16 Tf", "56 780 Td", "(%s) Tj" % _pdf_escape(title), "/F1 10 Tf", "0 -28 Td"]
    for ln in lines:
        content.append("(%s) Tj" % _pdf_escape(ln))
        content.append("0 -14 Td")
    content.append("ET")
    stream = ("\n".join(content) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        ("<< /Title (%s) /Producer (QB-DocGen 2.4) >>" % _pdf_escape(title)).encode("latin-1"),
    ]
    if pad:
        unit = b"% scanned page data, kept for the warehouse archive 0123456789ABCDEF\n"
        filler = (unit * (pad // len(unit) + 1))[:pad]
        objs.append(b"<< /Length %d >>\nstream\n" % len(filler) + filler + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 2, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
    return bio.getvalue()


def make_docx(paragraphs):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % htmlmod.escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr/></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_xlsx(rows):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    cells = []
    for r, row in enumerate(rows, 1):
        cs = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + c), r, htmlmod.escape(str(v)))
                     for c, v in enumerate(row))
        cells.append('<row r="%d">%s</row>' % (r, cs))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(cells) + '</sheetData></worksheet>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)])


def make_exe(tag="setup"):
    dos = bytearray(64)
    dos[0:2] = b"MZ"
    struct.pack_into("<H", dos, 2, 0x90)
    struct.pack_into("<H", dos, 4, 3)
    struct.pack_into("<H", dos, 8, 4)
    struct.pack_into("<H", dos, 0x10, 0xFFFF)
    struct.pack_into("<H", dos, 0x12, 0xB8)
    struct.pack_into("<I", dos, 0x3C, 0x80)
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    stub = stub + b"\x00" * (0x80 - 64 - len(stub))
    coff = b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x14C, 1, 0x65A1F200, 0, 0, 0xE0, 0x0102)
    opt = bytearray(0xE0)
    struct.pack_into("<HBB", opt, 0, 0x10B, 14, 0)
    struct.pack_into("<I", opt, 16, 0x1000)
    struct.pack_into("<I", opt, 28, 0x400000)
    struct.pack_into("<II", opt, 32, 0x1000, 0x200)
    struct.pack_into("<H", opt, 68, 2)
    sect = b".text\x00\x00\x00" + struct.pack("<IIIIIIHHI", 0x200, 0x1000, 0x200, 0x200, 0, 0, 0, 0, 0x60000020)
    body = bytes(dos) + stub + coff + bytes(opt) + sect
    body += b"\x00" * (0x200 - len(body))
    code = (b"\x55\x8b\xec\x83\xec\x08\x33\xc0\xc9\xc3" + tag.encode("ascii") + b"\x00")
    body += code + b"\x90" * (0x200 - len(code))
    return body


def _box(kind, payload):
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def make_mp4(seconds=12):
    ftyp = _box(b"ftyp", b"isom" + struct.pack(">I", 512) + b"isomiso2avc1mp41")
    mvhd = _box(b"mvhd", b"\x00\x00\x00\x00" + struct.pack(">IIII", 0, 0, 1000, seconds * 1000) + b"\x00\x01\x00\x00\x01\x00" + b"\x00" * 70 + struct.pack(">I", 2))
    moov = _box(b"moov", mvhd)
    mdat = _box(b"mdat", bytes((i * 37 + 11) & 0xFF for i in range(6000)))
    return ftyp + moov + mdat


def make_heic():
    ftyp = _box(b"ftyp", b"heic" + struct.pack(">I", 0) + b"mif1heic")
    hdlr = _box(b"hdlr", b"\x00" * 8 + b"pict" + b"\x00" * 12 + b"\x00")
    meta = _box(b"meta", b"\x00\x00\x00\x00" + hdlr)
    mdat = _box(b"mdat", bytes((i * 53 + 7) & 0xFF for i in range(3000)))
    return ftyp + meta + mdat


def make_webp(w=64, h=48):
    bits = (w - 1) | ((h - 1) << 14)
    vp8l = b"\x2f" + struct.pack("<I", bits) + bytes((i * 29 + 3) & 0xFF for i in range(700))
    if len(vp8l) % 2:
        vp8l += b"\x00"
    chunk = b"VP8L" + struct.pack("<I", len(vp8l)) + vp8l
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def make_ics(summary, start, end, uid):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Quaybridge CX//Slot Planner 1.2//EN", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20240601T080000Z", "DTSTART:%s" % start, "DTEND:%s" % end,
             "SUMMARY:%s" % summary, "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode("utf-8")


def make_zip_of(files):
    return _zip(files)


MAGIC = {
    "pdf": lambda b: b.startswith(b"%PDF-"),
    "jpg": lambda b: b.startswith(b"\xff\xd8\xff"),
    "jpeg": lambda b: b.startswith(b"\xff\xd8\xff"),
    "png": lambda b: b.startswith(b"\x89PNG\r\n\x1a\n"),
    "gif": lambda b: b.startswith(b"GIF89a") or b.startswith(b"GIF87a"),
    "txt": lambda b: all(c in (9, 10, 13) or c >= 32 for c in b[:4000]),
    "docx": lambda b: b.startswith(b"PK\x03\x04") and b"word/document.xml" in b,
    "doc": lambda b: b.startswith(b"\xd0\xcf\x11\xe0"),
}
ALLOWED_EXT = {"pdf", "jpg", "jpeg", "png", "gif", "txt", "doc", "docx"}


def sniff(data):
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data.startswith(b"\x89PNG"):
        return "png"
    if data.startswith(b"GIF8"):
        return "gif"
    if data.startswith(b"MZ"):
        return "exe"
    if data.startswith(b"PK\x03\x04"):
        if b"word/document.xml" in data:
            return "docx"
        if b"xl/workbook.xml" in data:
            return "xlsx"
        return "zip"
    if data[4:8] == b"ftyp":
        return "heic" if data[8:12] == b"heic" else "mp4"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "webp"
    if data.startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    return "txt"


def gif_is_animated(data):
    return data.startswith(b"GIF8") and b"NETSCAPE2.0" in data

# ---------------------------------------------------------------------------
# The invented world: the agency, its agents, its six clients
# ---------------------------------------------------------------------------

AGENCY = "Quaybridge CX"

# key: (display name, ascii name, site)
AGENTS = {
    "ines": ("Inês Carvalho", "Ines Carvalho", "LIS"),
    "tiago": ("Tiago Moreira", "Tiago Moreira", "LIS"),
    "joana": ("Joana Pires", "Joana Pires", "LIS"),
    "rui": ("Rui Fernandes", "Rui Fernandes", "LIS"),
    "bia": ("Beatriz Lopes", "Beatriz Lopes", "LIS"),
    "magda": ("Magdalena Wójcik", "Magdalena Wojcik", "KRK"),
    "pawel": ("Paweł Zając", "Pawel Zajac", "KRK"),
    "karo": ("Karolina Nowak", "Karolina Nowak", "KRK"),
    "bartek": ("Bartosz Kamiński", "Bartosz Kaminski", "KRK"),
    "ola": ("Aleksandra Dąbrowska", "Aleksandra Dabrowska", "KRK"),
    "rhea": ("Rhea Villanueva", "Rhea Villanueva", "MNL"),
    "mark": ("Mark Anthony Dizon", "Mark Anthony Dizon", "MNL"),
    "jhoanna": ("Jhoanna Reyes", "Jhoanna Reyes", "MNL"),
    "kris": ("Kristine Bautista", "Kristine Bautista", "MNL"),
    "jr": ("JR Mendoza", "JR Mendoza", "MNL"),
    "mika": ("Mika Santos", "Mika Santos", "MNL"),
    "andreea": ("Andreea Pop", "Andreea Pop", "CLJ"),
    "bogdan": ("Bogdan Mureșan", "Bogdan Muresan", "CLJ"),
    "ioana": ("Ioana Rus", "Ioana Rus", "CLJ"),
    "vlad": ("Vlad Sabău", "Vlad Sabau", "CLJ"),
    "anama": ("Ana-Maria Crișan", "Ana-Maria Crisan", "CLJ"),
}

# Japanese display names used in Japanese sign-offs (katakana readings)
AGENT_JA = {
    "mika": "サントス・ミカ", "ioana": "ルス・イオアナ", "rhea": "ビリャヌエバ・レア", "kris": "バウティスタ・クリスティン",
    "tiago": "モレイラ・チアゴ", "pawel": "ザヨンツ・パヴェウ", "andreea": "ポップ・アンドレア", "jr": "メンドーサ・ジェイアール",
}

MARKETS = {
    # key: (relay tld, storefront tld, order prefixes, SES region domain)
    "us": ("com", "com", ("111", "112", "113", "114"), "email.amazonses.com"),
    "uk": ("co.uk", "co.uk", ("202", "203", "204", "026"), "eu-west-1.amazonses.com"),
    "de": ("de", "de", ("302", "303", "304", "028"), "eu-west-1.amazonses.com"),
    "fr": ("fr", "fr", ("402", "403", "171"), "eu-west-1.amazonses.com"),
    "be": ("com.be", "com.be", ("406", "407"), "eu-west-1.amazonses.com"),
    "es": ("es", "es", ("402", "404", "171"), "eu-west-1.amazonses.com"),
    "it": ("it", "it", ("402", "403", "405"), "eu-west-1.amazonses.com"),
    "nl": ("nl", "nl", ("406", "408"), "eu-west-1.amazonses.com"),
    "pl": ("pl", "pl", ("407", "408"), "eu-west-1.amazonses.com"),
    "se": ("se", "se", ("405", "406"), "eu-west-1.amazonses.com"),
    "jp": ("co.jp", "co.jp", ("249", "250", "503"), "amazonses.com"),
    "br": ("com.br", "com.br", ("701", "702"), "email.amazonses.com"),
}

DEFAULT_MP = {"en": "us", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "jp", "nl": "nl",
              "pl": "pl", "sv": "se", "pt": "br"}

CLIENTS = {
    "iron": dict(name="IronNest Fitness", hd="freshdesk", frm="care@ironnest-fitness.com",
                 sub="ironnest", en_mp="us"),
    "nido": dict(name="Nido & Co.", hd="zoho", frm="assistenza@nidoandco.it", sub="nidoandco", en_mp="uk"),
    "volt": dict(name="VoltPedal Components", hd="salesforce", frm="service@voltpedal.eu", sub="voltpedal",
                 en_mp="uk"),
    "mare": dict(name="Maré Botanics", hd="hubspot", frm="care@marebotanics.com", sub="marebotanics",
                 en_mp="uk"),
    "meeple": dict(name="Meeple Harbour Games", hd="kayako", frm="help@meepleharbour.com", sub="meepleharbour",
                   en_mp="us"),
    "nord": dict(name="Nordvik Sleep", hd="liveagent", frm="kundtjanst@nordviksleep.se", sub="nordvik",
                 en_mp="uk"),
}

TEAM = {"en": "Customer Care", "de": "Kundenservice", "fr": "Service client", "es": "Atención al cliente",
        "it": "Servizio clienti", "ja": "カスタマーサポート", "nl": "Klantenservice", "pl": "Obsługa klienta",
        "sv": "Kundtjänst", "pt": "Atendimento ao cliente"}

# Items: key -> (ASIN, {lang: listing title}); English title is the fallback
ITEMS = {
    "iron": {
        "db": ("B0C7K2M4QX", {"en": "IronNest Adjustable Dumbbells 2 x 24 kg, Quick-Lock Dial, Pair",
                               "de": "IronNest Verstellbare Kurzhanteln 2 x 24 kg, Quick-Lock Drehrad, Paar",
                               "es": "IronNest Mancuernas ajustables 2 x 24 kg, selector Quick-Lock, par",
                               "pl": "IronNest Hantle regulowane 2 x 24 kg, pokrętło Quick-Lock, para",
                               "sv": "IronNest Justerbara hantlar 2 x 24 kg, Quick-Lock-ratt, par",
                               "ja": "IronNest 可変式ダンベル 24kg×2 クイックロック式 ペア",
                               "pt": "IronNest Halteres Ajustáveis 2 x 24 kg, Seletor Quick-Lock, Par"}),
        "tread": ("B0BTR3F9LD", {"en": "IronNest FoldRun T3 Folding Treadmill, 12 km/h, 100 kg max. user weight",
                                  "de": "IronNest FoldRun T3 Klappbares Laufband, 12 km/h, bis 100 kg",
                                  "es": "IronNest FoldRun T3 Cinta de correr plegable, 12 km/h, hasta 100 kg",
                                  "pl": "IronNest FoldRun T3 Składana bieżnia, 12 km/h, do 100 kg",
                                  "sv": "IronNest FoldRun T3 Hopfällbart löpband, 12 km/h, max 100 kg",
                                  "ja": "IronNest FoldRun T3 折りたたみ ランニングマシン 最高時速12km 耐荷重100kg",
                                  "pt": "IronNest FoldRun T3 Esteira Dobrável, 12 km/h, até 100 kg"}),
        "band": ("B09XQ4N7ZB", {"en": "IronNest Resistance Bands Set of 5 with Door Anchor and Handles",
                                 "de": "IronNest Widerstandsbänder 5er Set mit Türanker und Griffen",
                                 "es": "IronNest Set de 5 bandas de resistencia con anclaje de puerta",
                                 "pl": "IronNest Zestaw 5 gum oporowych z kotwą do drzwi",
                                 "ja": "IronNest トレーニングチューブ 5本セット ドアアンカー付き",
                                 "pt": "IronNest Kit 5 Faixas Elásticas com Âncora de Porta"}),
        "bar": ("B0B1P8G3KM", {"en": "IronNest Doorframe Pull-Up Bar PB-90, No Screws, 62-90 cm",
                                "de": "IronNest Klimmzugstange PB-90 für Türrahmen, ohne Schrauben, 62-90 cm",
                                "sv": "IronNest Chinsstång PB-90 för dörrkarm, utan skruvar, 62-90 cm",
                                "pl": "IronNest Drążek do podciągania PB-90, bez wiercenia, 62-90 cm"}),
        "bench": ("B0CJ6W2RPA", {"en": "IronNest Adjustable Weight Bench FB-200, 7 Back Positions",
                                  "de": "IronNest Hantelbank FB-200 verstellbar, 7 Rückenpositionen",
                                  "es": "IronNest Banco de pesas ajustable FB-200, 7 posiciones",
                                  "ja": "IronNest トレーニングベンチ FB-200 7段階調整"}),
        "kb": ("B08ZK9T1VN", {"en": "IronNest Cast Iron Kettlebell 16 kg, Powder Coated",
                               "de": "IronNest Kettlebell Gusseisen 16 kg, pulverbeschichtet",
                               "sv": "IronNest Kettlebell i gjutjärn 16 kg, pulverlackerad",
                               "pt": "IronNest Kettlebell de Ferro Fundido 16 kg"}),
    },
    "nido": {
        "warmer": ("B0B6N3WQ2T", {"en": "Nido & Co. Bottle Warmer BW-2, Fast Heating, Night Light",
                                   "it": "Nido & Co. Scaldabiberon BW-2, riscaldamento rapido, luce notturna",
                                   "es": "Nido & Co. Calientabiberones BW-2, calentamiento rápido, luz nocturna",
                                   "fr": "Nido & Co. Chauffe-biberon BW-2, chauffe rapide, veilleuse",
                                   "pl": "Nido & Co. Podgrzewacz do butelek BW-2, szybkie podgrzewanie",
                                   "pt": "Nido & Co. Aquecedor de Mamadeira BW-2, Aquecimento Rápido"}),
        "cam": ("B0CK8M1RZD", {"en": "Nido & Co. NidoCam 2 Video Baby Monitor, 2.8\" Screen, Night Vision",
                                "it": "Nido & Co. NidoCam 2 Baby Monitor con videocamera, schermo 2,8\", visione notturna",
                                "es": "Nido & Co. NidoCam 2 Vigilabebés con cámara, pantalla 2,8\", visión nocturna",
                                "fr": "Nido & Co. NidoCam 2 Babyphone vidéo, écran 2,8\", vision nocturne",
                                "pl": "Nido & Co. NidoCam 2 Niania elektroniczna z kamerą, ekran 2,8\"",
                                "pt": "Nido & Co. NidoCam 2 Babá Eletrônica com Câmera, Tela 2,8\""}),
        "swaddle": ("B09M2T7KXE", {"en": "Nido & Co. Muslin Swaddle Blankets, Set of 3, 120 x 120 cm",
                                    "it": "Nido & Co. Copertine in mussola, set da 3, 120 x 120 cm",
                                    "es": "Nido & Co. Muselinas de algodón, pack de 3, 120 x 120 cm",
                                    "fr": "Nido & Co. Langes en mousseline, lot de 3, 120 x 120 cm",
                                    "pt": "Nido & Co. Cueiros de Musselina, Kit com 3, 120 x 120 cm"}),
        "thermo": ("B0BZ4R9VQN", {"en": "Nido & Co. Digital Bath Thermometer, Duck Shape",
                                   "it": "Nido & Co. Termometro digitale da bagnetto a forma di papera",
                                   "es": "Nido & Co. Termómetro de baño digital con forma de pato",
                                   "fr": "Nido & Co. Thermomètre de bain numérique canard",
                                   "pl": "Nido & Co. Cyfrowy termometr do kąpieli kaczuszka"}),
        "steril": ("B0C2H5PL8W", {"en": "Nido & Co. UV Steriliser and Dryer SD-6",
                                   "it": "Nido & Co. Sterilizzatore UV e asciugatore SD-6",
                                   "es": "Nido & Co. Esterilizador UV y secador SD-6",
                                   "fr": "Nido & Co. Stérilisateur UV et séchoir SD-6",
                                   "pt": "Nido & Co. Esterilizador UV e Secador SD-6"}),
    },
    "volt": {
        "batt": ("B0B9VPK36A", {"en": "VoltPedal E-Bike Frame Battery 36V 13Ah (468Wh) with Charger Port",
                                 "de": "VoltPedal E-Bike Rahmenakku 36V 13Ah (468Wh) mit Ladebuchse",
                                 "nl": "VoltPedal E-bike frameaccu 36V 13Ah (468Wh) met laadpoort",
                                 "pl": "VoltPedal Akumulator ramowy do e-roweru 36V 13Ah (468Wh)",
                                 "sv": "VoltPedal Ramnbatteri för elcykel 36V 13Ah (468Wh)",
                                 "it": "VoltPedal Batteria da telaio per e-bike 36V 13Ah (468Wh)",
                                 "fr": "VoltPedal Batterie de cadre VAE 36V 13Ah (468Wh)"}),
        "charger": ("B0C1CH42V2", {"en": "VoltPedal 42V 2A Charger for 36V E-Bike Batteries, XLR/DC 5.5 mm",
                                    "de": "VoltPedal Ladegerät 42V 2A für 36V E-Bike Akkus, XLR/DC 5,5 mm",
                                    "nl": "VoltPedal Lader 42V 2A voor 36V e-bike accu's, XLR/DC 5,5 mm",
                                    "pl": "VoltPedal Ładowarka 42V 2A do akumulatorów 36V, XLR/DC 5,5 mm",
                                    "sv": "VoltPedal Laddare 42V 2A för 36V elcykelbatterier",
                                    "it": "VoltPedal Caricabatterie 42V 2A per batterie e-bike 36V",
                                    "fr": "VoltPedal Chargeur 42V 2A pour batteries VAE 36V"}),
        "pads": ("B08PADS4BX", {"en": "VoltPedal Organic Disc Brake Pads for E-Bikes, 4 Pairs",
                                 "de": "VoltPedal Organische Scheibenbremsbeläge für E-Bikes, 4 Paar",
                                 "nl": "VoltPedal Organische remblokken voor e-bikes, 4 paar",
                                 "pl": "VoltPedal Organiczne klocki hamulcowe do e-roweru, 4 pary",
                                 "sv": "VoltPedal Organiska bromsbelägg för elcykel, 4 par",
                                 "it": "VoltPedal Pastiglie freno organiche per e-bike, 4 coppie"}),
        "display": ("B0BKD718DS", {"en": "VoltPedal KD-718 LCD Display for 36V/48V E-Bike Kits",
                                    "de": "VoltPedal KD-718 LCD Display für 36V/48V E-Bike Umbausätze",
                                    "nl": "VoltPedal KD-718 LCD-display voor 36V/48V e-bike kits",
                                    "pl": "VoltPedal Wyświetlacz LCD KD-718 do zestawów 36V/48V",
                                    "sv": "VoltPedal KD-718 LCD-display för 36V/48V ombyggnadssatser",
                                    "fr": "VoltPedal Écran LCD KD-718 pour kits VAE 36V/48V"}),
        "ctrl": ("B0C8CTRL25", {"en": "VoltPedal 250W Sine Wave Controller 36V 15A",
                                 "de": "VoltPedal 250W Sinus-Controller 36V 15A",
                                 "nl": "VoltPedal 250W sinus controller 36V 15A",
                                 "pl": "VoltPedal Sterownik sinusoidalny 250W 36V 15A",
                                 "sv": "VoltPedal 250W sinusstyrenhet 36V 15A"}),
    },
    "mare": {
        "serum": ("B0BVCSER30", {"en": "Maré Botanics Vitamin C 15% Serum 30 ml",
                                  "fr": "Maré Botanics Sérum Vitamine C 15 % 30 ml",
                                  "es": "Maré Botanics Sérum Vitamina C 15 % 30 ml",
                                  "it": "Maré Botanics Siero Vitamina C 15% 30 ml",
                                  "pt": "Maré Botanics Sérum Vitamina C 15% 30 ml",
                                  "ja": "Maré Botanics ビタミンC 15% 美容液 30ml"}),
        "spf": ("B0C5SPF50F", {"en": "Maré Botanics Invisible Fluid SPF 50+, 50 ml",
                                "fr": "Maré Botanics Fluide invisible SPF 50+, 50 ml",
                                "es": "Maré Botanics Fluido invisible SPF 50+, 50 ml",
                                "it": "Maré Botanics Fluido invisibile SPF 50+, 50 ml",
                                "pt": "Maré Botanics Fluido Invisível FPS 50+, 50 ml",
                                "ja": "Maré Botanics インビジブルフルイド SPF50+ 50ml"}),
        "night": ("B09NCRM50M", {"en": "Maré Botanics Night Repair Cream with Bakuchiol 50 ml",
                                  "fr": "Maré Botanics Crème de nuit réparatrice au bakuchiol 50 ml",
                                  "es": "Maré Botanics Crema de noche reparadora con bakuchiol 50 ml",
                                  "it": "Maré Botanics Crema notte riparatrice al bakuchiol 50 ml",
                                  "pt": "Maré Botanics Creme Noturno Reparador com Bakuchiol 50 ml"}),
        "cleanser": ("B0B3GEL200", {"en": "Maré Botanics Gentle Gel Cleanser 200 ml",
                                     "fr": "Maré Botanics Gel nettoyant doux 200 ml",
                                     "es": "Maré Botanics Gel limpiador suave 200 ml",
                                     "it": "Maré Botanics Gel detergente delicato 200 ml",
                                     "ja": "Maré Botanics ジェントル ジェルクレンザー 200ml"}),
        "giftset": ("B0CGIFT3PK", {"en": "Maré Botanics Discovery Set (Serum, Cream, Cleanser)",
                                    "fr": "Maré Botanics Coffret découverte (sérum, crème, nettoyant)",
                                    "es": "Maré Botanics Set de descubrimiento (sérum, crema, limpiador)",
                                    "it": "Maré Botanics Cofanetto scoperta (siero, crema, detergente)",
                                    "pt": "Maré Botanics Kit Descoberta (Sérum, Creme, Gel)"}),
    },
    "meeple": {
        "tide": ("B0BTIDEWCH", {"en": "Tidewatch - Strategy Board Game for 2-5 Players, Ages 12+",
                                 "de": "Tidewatch - Strategiespiel für 2-5 Spieler ab 12 Jahren",
                                 "nl": "Tidewatch - Strategisch bordspel voor 2-5 spelers, 12+",
                                 "ja": "タイドウォッチ 日本語版 ボードゲーム 2-5人用 12歳以上",
                                 "it": "Tidewatch - Gioco da tavolo strategico per 2-5 giocatori, 12+",
                                 "pt": "Tidewatch - Jogo de Tabuleiro de Estratégia, 2 a 5 Jogadores, 12+"}),
        "exp": ("B0CDEEPEXP", {"en": "Tidewatch: Deep Currents Expansion",
                                "de": "Tidewatch: Tiefe Strömungen Erweiterung",
                                "nl": "Tidewatch: Diepe Stromingen uitbreiding",
                                "ja": "タイドウォッチ 拡張セット 深き潮流",
                                "it": "Tidewatch: espansione Correnti Profonde",
                                "pt": "Tidewatch: Expansão Correntes Profundas"}),
        "lanterns": ("B09LANT3RN", {"en": "Lantern Row - Family Card Game, 2-6 Players, 20 Minutes",
                                     "de": "Lantern Row - Familienkartenspiel, 2-6 Spieler, 20 Minuten",
                                     "nl": "Lantern Row - Familiekaartspel, 2-6 spelers, 20 minuten",
                                     "ja": "ランタンロウ ファミリー カードゲーム 2-6人用",
                                     "it": "Lantern Row - gioco di carte per famiglie, 2-6 giocatori",
                                     "pt": "Lantern Row - Jogo de Cartas Familiar, 2 a 6 Jogadores"}),
        "sleeves": ("B08SLV6391", {"en": "Meeple Harbour Premium Card Sleeves 63.5 x 88 mm, 200 pcs",
                                    "de": "Meeple Harbour Premium Kartenhüllen 63,5 x 88 mm, 200 Stück",
                                    "ja": "Meeple Harbour プレミアム カードスリーブ 63.5×88mm 200枚"}),
        "insert": ("B0CINSRT7W", {"en": "Wooden Organizer Insert for Tidewatch Base Game",
                                   "de": "Holz-Inlay Organizer für Tidewatch Grundspiel",
                                   "nl": "Houten organizer-insert voor Tidewatch basisspel"}),
    },
    "nord": {
        "duvet": ("B0BDUV10TG", {"en": "Nordvik Sleep All-Season Duvet 220 x 240 cm, TOG 10.5",
                                  "sv": "Nordvik Sleep Helårstäcke 220 x 240 cm, TOG 10,5",
                                  "pl": "Nordvik Sleep Kołdra całoroczna 220 x 240 cm, TOG 10,5",
                                  "de": "Nordvik Sleep Ganzjahres-Bettdecke 220 x 240 cm, TOG 10,5",
                                  "ja": "Nordvik Sleep オールシーズン 掛け布団 220×240cm",
                                  "nl": "Nordvik Sleep 4-seizoenen dekbed 220 x 240 cm, TOG 10,5",
                                  "es": "Nordvik Sleep Edredón nórdico 4 estaciones 220 x 240 cm, TOG 10,5"}),
        "sheets": ("B09PERC300", {"en": "Nordvik Sleep Percale Sheet Set 300 TC, King",
                                   "sv": "Nordvik Sleep Perkalset 300 TC, 240 x 260 cm",
                                   "pl": "Nordvik Sleep Komplet pościeli z perkalu 300 TC",
                                   "de": "Nordvik Sleep Perkal-Bettwäsche Set 300 TC",
                                   "ja": "Nordvik Sleep パーケール シーツセット 300TC",
                                   "nl": "Nordvik Sleep Percal beddengoedset 300 TC",
                                   "es": "Nordvik Sleep Juego de sábanas de percal 300 TC"}),
        "pillow": ("B0CPLWH2O5", {"en": "Nordvik Sleep Adjustable Hollowfibre Pillow 50 x 60 cm, Pack of 2",
                                   "sv": "Nordvik Sleep Justerbar kudde 50 x 60 cm, 2-pack",
                                   "pl": "Nordvik Sleep Poduszka z regulacją 50 x 60 cm, 2 szt.",
                                   "de": "Nordvik Sleep Verstellbares Kissen 50 x 60 cm, 2er Pack",
                                   "ja": "Nordvik Sleep 高さ調整できる枕 50×60cm 2個セット",
                                   "nl": "Nordvik Sleep Verstelbaar kussen 50 x 60 cm, set van 2",
                                   "es": "Nordvik Sleep Almohada ajustable 50 x 60 cm, pack de 2"}),
        "topper": ("B0BTOPR7CM", {"en": "Nordvik Sleep Memory Foam Mattress Topper 7 cm, 160 x 200 cm",
                                   "sv": "Nordvik Sleep Bäddmadrass memoryskum 7 cm, 160 x 200 cm",
                                   "pl": "Nordvik Sleep Materac nawierzchniowy z pianki 7 cm, 160 x 200",
                                   "de": "Nordvik Sleep Memory-Schaum Topper 7 cm, 160 x 200 cm",
                                   "ja": "Nordvik Sleep 低反発マットレストッパー 7cm セミダブル",
                                   "nl": "Nordvik Sleep Traagschuim topper 7 cm, 160 x 200 cm",
                                   "es": "Nordvik Sleep Topper viscoelástico 7 cm, 160 x 200 cm"}),
        "mono": ("B0CMONOGRM", {"en": "Nordvik Sleep Linen Pillowcases with Embroidered Monogram, Pair",
                                 "sv": "Nordvik Sleep Örngott i linne med broderat monogram, 2-pack",
                                 "pl": "Nordvik Sleep Lniane poszewki z haftowanym monogramem, 2 szt.",
                                 "de": "Nordvik Sleep Leinen-Kissenbezüge mit Monogramm-Stickerei, 2 Stück",
                                 "ja": "Nordvik Sleep リネン枕カバー イニシャル刺繍入り 2枚組",
                                 "es": "Nordvik Sleep Fundas de almohada de lino con monograma bordado, 2 uds."}),
    },
}

BUYERS = {
    "en": ["Laura", "Mike", "Danielle", "Tom", "Priya", "Kevin", "Sarah", "Gareth", "Olivia", "James", "Hannah",
           "Marcus", "Emily", "Rob", "Chloe", "Derek", "Aisha", "Connor", "Megan", "Steve"],
    "de": ["Jan", "Sabine", "Markus", "Anja", "Thomas", "Claudia", "Florian", "Petra", "Jörg", "Katrin", "Lukas",
           "Heike", "Dennis", "Birgit"],
    "fr": ["Claire", "Julien", "Nathalie", "Sébastien", "Camille", "Hugo", "Élodie", "Mathieu", "Amandine", "Olivier"],
    "es": ["Lucía", "Javier", "Marta", "Sergio", "Carmen", "Álvaro", "Nuria", "Pablo", "Raquel", "Iñaki"],
    "it": ["Marco", "Giulia", "Francesca", "Luca", "Chiara", "Davide", "Federica", "Alessandro", "Silvia", "Matteo"],
    "ja": ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"],
    "nl": ["Sanne", "Jeroen", "Femke", "Bas", "Lotte", "Ruben", "Inge", "Daan", "Marieke", "Thijs"],
    "pl": ["Tomasz", "Agnieszka", "Piotr", "Katarzyna", "Michał", "Monika", "Grzegorz", "Joanna", "Łukasz", "Ewa"],
    "sv": ["Elin", "Johan", "Karin", "Mattias", "Linnea", "Oskar", "Sofia", "Henrik", "Maja", "Fredrik"],
    "pt": ["Ana", "Rafael", "Juliana", "Thiago", "Camila", "Bruno", "Fernanda", "Lucas", "Patrícia", "Rodrigo"],
}

# ---------------------------------------------------------------------------
# Amazon's localised buyer-message notification (quoted in replies)
# ---------------------------------------------------------------------------

AMZ = {
    "en": dict(
        subj={"gen": "Inquiry from Amazon customer {b} (Order: {oid})",
              "prod": "Product details inquiry from Amazon customer {b} (Order: {oid})",
              "ship": "Shipping inquiry from Amazon customer {b} (Order: {oid})",
              "ret": "Return inquiry from Amazon customer {b} (Order: {oid})",
              "noorder": "Product details inquiry from Amazon customer {b}"},
        dear="Dear {seller},", intro="You have received a message from {b}, an Amazon customer.",
        order="Order ID: {oid}", product="Product: {title}", asin="ASIN: {asin}",
        start="------------- Message: -------------", end="------------- End message -------------",
        respond_new="Respond to this customer in Seller Central:",
        respond_old="To respond to this customer, please reply to this e-mail or visit your seller account at the following link:",
        fyi="For Your Information: To help arbitrate disputes and preserve trust and safety, we retain all messages buyers and sellers send through {store} for two years. This includes your response to the message below. Amazon uses filtering technology to protect buyers and sellers from possible fraud. Messages that fail this filtering will not be transmitted.",
        helpful="Was this email helpful?", yes="Yes", no="No",
        copyright="Copyright 2024 Amazon.com, Inc. or its affiliates. All rights reserved.",
        prefs="To change your notification preferences, visit: {url}",
        wrote="wrote", outlook=("From", "Sent", "To", "Subject"), attach="The buyer attached 1 file: {f}"),
    "de": dict(
        subj={"gen": "Anfrage von Amazon-Kunde {b} (Bestellung: {oid})",
              "prod": "Anfrage zu Produktdetails von Amazon-Kunde {b} (Bestellung: {oid})",
              "ship": "Anfrage zum Versand von Amazon-Kunde {b} (Bestellung: {oid})",
              "ret": "Anfrage zur Rücksendung von Amazon-Kunde {b} (Bestellung: {oid})",
              "noorder": "Anfrage zu Produktdetails von Amazon-Kunde {b}"},
        dear="Hallo {seller},", intro="Sie haben eine Nachricht von {b}, einem Amazon-Kunden, erhalten.",
        order="Bestellnummer: {oid}", product="Artikel: {title}", asin="ASIN: {asin}",
        start="------------- Nachricht: -------------", end="------------- Ende der Nachricht -------------",
        respond_new="Antworten Sie diesem Kunden in Seller Central:",
        respond_old="Um dem Kunden zu antworten, antworten Sie auf diese E-Mail oder besuchen Sie Ihr Verkäuferkonto über folgenden Link:",
        fyi="Zu Ihrer Information: Um Streitfälle zu klären und Vertrauen und Sicherheit zu gewährleisten, speichern wir alle Nachrichten, die Käufer und Verkäufer über {store} senden, für zwei Jahre. Dies gilt auch für Ihre Antwort auf die unten stehende Nachricht. Amazon setzt Filtertechnologie ein, um Käufer und Verkäufer vor möglichem Betrug zu schützen. Nachrichten, die diese Filter nicht passieren, werden nicht übermittelt.",
        helpful="War diese E-Mail hilfreich?", yes="Ja", no="Nein",
        copyright="Copyright 2024 Amazon.com, Inc. oder Tochtergesellschaften. Alle Rechte vorbehalten.",
        prefs="Ihre Benachrichtigungseinstellungen können Sie hier ändern: {url}",
        wrote="schrieb", outlook=("Von", "Gesendet", "An", "Betreff"), attach="Der Käufer hat 1 Datei angehängt: {f}"),
    "fr": dict(
        subj={"gen": "Demande de renseignements du client Amazon {b} (Commande : {oid})",
              "prod": "Question sur les détails du produit du client Amazon {b} (Commande : {oid})",
              "ship": "Question sur la livraison du client Amazon {b} (Commande : {oid})",
              "ret": "Question sur un retour du client Amazon {b} (Commande : {oid})",
              "noorder": "Question sur les détails du produit du client Amazon {b}"},
        dear="Bonjour {seller},", intro="Vous avez reçu un message de {b}, client Amazon.",
        order="Numéro de commande : {oid}", product="Article : {title}", asin="ASIN : {asin}",
        start="------------- Message : -------------", end="------------- Fin du message -------------",
        respond_new="Répondre à ce client dans Seller Central :",
        respond_old="Pour répondre à ce client, répondez à cet e-mail ou rendez-vous dans votre compte vendeur à l'adresse suivante :",
        fyi="Pour information : afin de pouvoir arbitrer les litiges et de préserver la confiance et la sécurité, nous conservons pendant deux ans tous les messages échangés entre acheteurs et vendeurs via {store}. Cela inclut votre réponse au message ci-dessous. Amazon utilise une technologie de filtrage pour protéger les acheteurs et les vendeurs contre d'éventuelles fraudes. Les messages qui ne passent pas ce filtrage ne seront pas transmis.",
        helpful="Cet e-mail vous a-t-il été utile ?", yes="Oui", no="Non",
        copyright="Copyright 2024 Amazon.com, Inc. ou ses filiales. Tous droits réservés.",
        prefs="Pour modifier vos préférences de notification : {url}",
        wrote="a écrit", outlook=("De", "Envoyé", "À", "Objet"), attach="L'acheteur a joint 1 fichier : {f}"),
    "es": dict(
        subj={"gen": "Consulta del cliente de Amazon {b} (Pedido: {oid})",
              "prod": "Consulta sobre detalles del producto del cliente de Amazon {b} (Pedido: {oid})",
              "ship": "Consulta sobre el envío del cliente de Amazon {b} (Pedido: {oid})",
              "ret": "Consulta sobre una devolución del cliente de Amazon {b} (Pedido: {oid})",
              "noorder": "Consulta sobre detalles del producto del cliente de Amazon {b}"},
        dear="Hola, {seller}:", intro="Has recibido un mensaje de {b}, cliente de Amazon.",
        order="N.º de pedido: {oid}", product="Producto: {title}", asin="ASIN: {asin}",
        start="------------- Mensaje: -------------", end="------------- Finalizar mensaje -------------",
        respond_new="Responder a este cliente en Seller Central:",
        respond_old="Para responder a este cliente, responde a este e-mail o visita tu cuenta de vendedor en el siguiente enlace:",
        fyi="Para tu información: para ayudar a resolver disputas y preservar la confianza y la seguridad, conservamos durante dos años todos los mensajes que compradores y vendedores se envían a través de {store}. Esto incluye tu respuesta al mensaje siguiente. Amazon utiliza tecnología de filtrado para proteger a compradores y vendedores de posibles fraudes. Los mensajes que no superen este filtrado no se transmitirán.",
        helpful="¿Te ha resultado útil este e-mail?", yes="Sí", no="No",
        copyright="Copyright 2024 Amazon.com, Inc. o sus afiliados. Todos los derechos reservados.",
        prefs="Para cambiar tus preferencias de notificación: {url}",
        wrote="escribió", outlook=("De", "Enviado", "Para", "Asunto"), attach="El comprador ha adjuntado 1 archivo: {f}"),
    "it": dict(
        subj={"gen": "Richiesta del cliente Amazon {b} (Ordine: {oid})",
              "prod": "Richiesta di dettagli sul prodotto dal cliente Amazon {b} (Ordine: {oid})",
              "ship": "Richiesta sulla spedizione dal cliente Amazon {b} (Ordine: {oid})",
              "ret": "Richiesta di reso dal cliente Amazon {b} (Ordine: {oid})",
              "noorder": "Richiesta di dettagli sul prodotto dal cliente Amazon {b}"},
        dear="Gentile {seller},", intro="Hai ricevuto un messaggio da {b}, cliente Amazon.",
        order="Numero ordine: {oid}", product="Articolo: {title}", asin="ASIN: {asin}",
        start="------------- Messaggio: -------------", end="------------- Fine messaggio -------------",
        respond_new="Rispondi a questo cliente in Seller Central:",
        respond_old="Per rispondere a questo cliente, rispondi a questa e-mail o visita il tuo account venditore al seguente link:",
        fyi="Per tua informazione: per aiutare a risolvere le controversie e preservare la fiducia e la sicurezza, conserviamo per due anni tutti i messaggi che acquirenti e venditori si scambiano tramite {store}. Ciò include la tua risposta al messaggio seguente. Amazon utilizza una tecnologia di filtraggio per proteggere acquirenti e venditori da possibili frodi. I messaggi che non superano questo filtro non verranno trasmessi.",
        helpful="Questa e-mail ti è stata utile?", yes="Sì", no="No",
        copyright="Copyright 2024 Amazon.com, Inc. o società affiliate. Tutti i diritti riservati.",
        prefs="Per modificare le preferenze di notifica: {url}",
        wrote="ha scritto", outlook=("Da", "Inviato", "A", "Oggetto"), attach="L'acquirente ha allegato 1 file: {f}"),
    "ja": dict(
        subj={"gen": "Amazonのお客様 {b}様からのお問い合わせ（注文番号: {oid}）",
              "prod": "商品の詳細に関するお問い合わせ: Amazonのお客様 {b}様（注文番号: {oid}）",
              "ship": "配送に関するお問い合わせ: Amazonのお客様 {b}様（注文番号: {oid}）",
              "ret": "返品に関するお問い合わせ: Amazonのお客様 {b}様（注文番号: {oid}）",
              "noorder": "商品の詳細に関するお問い合わせ: Amazonのお客様 {b}様"},
        dear="{seller} 様", intro="Amazonのお客様 {b}様からメッセージが届きました。",
        order="注文番号: {oid}", product="商品名: {title}", asin="ASIN: {asin}",
        start="------------- メッセージ: -------------", end="------------- メッセージ終了 -------------",
        respond_new="セラーセントラルでこのお客様に返信する:",
        respond_old="このお客様に返信するには、このEメールに返信するか、次のリンクから出品者アカウントにアクセスしてください:",
        fyi="ご参考: 紛争の解決に役立て、信頼と安全を維持するため、{store}を通じて購入者と出品者の間でやり取りされたすべてのメッセージを2年間保存します。これには以下のメッセージへのご返信も含まれます。Amazonは、購入者と出品者を詐欺の可能性から守るためにフィルタリング技術を使用しています。フィルタリングを通過しなかったメッセージは送信されません。",
        helpful="このEメールはお役に立ちましたか?", yes="はい", no="いいえ",
        copyright="Copyright 2024 Amazon.com, Inc. or its affiliates. All rights reserved.",
        prefs="通知設定を変更するには: {url}",
        wrote="のメッセージ:", outlook=("差出人", "送信日時", "宛先", "件名"), attach="購入者が1件のファイルを添付しました: {f}"),
    "nl": dict(
        subj={"gen": "Vraag van Amazon-klant {b} (Bestelling: {oid})",
              "prod": "Vraag over productdetails van Amazon-klant {b} (Bestelling: {oid})",
              "ship": "Vraag over verzending van Amazon-klant {b} (Bestelling: {oid})",
              "ret": "Vraag over retournering van Amazon-klant {b} (Bestelling: {oid})",
              "noorder": "Vraag over productdetails van Amazon-klant {b}"},
        dear="Beste {seller},", intro="Je hebt een bericht ontvangen van {b}, een Amazon-klant.",
        order="Bestelnummer: {oid}", product="Artikel: {title}", asin="ASIN: {asin}",
        start="------------- Bericht: -------------", end="------------- Einde bericht -------------",
        respond_new="Beantwoord deze klant in Seller Central:",
        respond_old="Om deze klant te antwoorden, beantwoord je deze e-mail of ga je via de volgende link naar je verkopersaccount:",
        fyi="Ter informatie: om geschillen te kunnen beslechten en vertrouwen en veiligheid te waarborgen, bewaren we alle berichten die kopers en verkopers via {store} versturen twee jaar lang. Dit geldt ook voor je antwoord op het onderstaande bericht. Amazon gebruikt filtertechnologie om kopers en verkopers te beschermen tegen mogelijke fraude. Berichten die deze filtering niet doorstaan, worden niet verzonden.",
        helpful="Was deze e-mail nuttig?", yes="Ja", no="Nee",
        copyright="Copyright 2024 Amazon.com, Inc. of gelieerde ondernemingen. Alle rechten voorbehouden.",
        prefs="Je meldingsvoorkeuren wijzigen: {url}",
        wrote="schreef", outlook=("Van", "Verzonden", "Aan", "Onderwerp"), attach="De koper heeft 1 bestand bijgevoegd: {f}"),
    "pl": dict(
        subj={"gen": "Zapytanie od klienta Amazon {b} (Zamówienie: {oid})",
              "prod": "Zapytanie o szczegóły produktu od klienta Amazon {b} (Zamówienie: {oid})",
              "ship": "Zapytanie o wysyłkę od klienta Amazon {b} (Zamówienie: {oid})",
              "ret": "Zapytanie o zwrot od klienta Amazon {b} (Zamówienie: {oid})",
              "noorder": "Zapytanie o szczegóły produktu od klienta Amazon {b}"},
        dear="Witaj {seller},", intro="Otrzymałeś wiadomość od {b}, klienta Amazon.",
        order="Numer zamówienia: {oid}", product="Produkt: {title}", asin="ASIN: {asin}",
        start="------------- Wiadomość: -------------", end="------------- Koniec wiadomości -------------",
        respond_new="Odpowiedz temu klientowi w Seller Central:",
        respond_old="Aby odpowiedzieć temu klientowi, odpowiedz na tego e-maila lub przejdź do konta sprzedawcy, korzystając z poniższego linku:",
        fyi="Dla Twojej informacji: aby pomagać w rozstrzyganiu sporów oraz chronić zaufanie i bezpieczeństwo, przechowujemy przez dwa lata wszystkie wiadomości wysyłane między kupującymi a sprzedawcami za pośrednictwem {store}. Dotyczy to również Twojej odpowiedzi na poniższą wiadomość. Amazon stosuje technologię filtrowania, aby chronić kupujących i sprzedawców przed możliwym oszustwem. Wiadomości, które nie przejdą filtrowania, nie zostaną przekazane.",
        helpful="Czy ten e-mail był pomocny?", yes="Tak", no="Nie",
        copyright="Copyright 2024 Amazon.com, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone.",
        prefs="Aby zmienić preferencje powiadomień: {url}",
        wrote="napisał(a)", outlook=("Od", "Wysłano", "Do", "Temat"), attach="Kupujący dołączył 1 plik: {f}"),
    "sv": dict(
        subj={"gen": "Fråga från Amazon-kunden {b} (Beställning: {oid})",
              "prod": "Fråga om produktinformation från Amazon-kunden {b} (Beställning: {oid})",
              "ship": "Fråga om leverans från Amazon-kunden {b} (Beställning: {oid})",
              "ret": "Fråga om retur från Amazon-kunden {b} (Beställning: {oid})",
              "noorder": "Fråga om produktinformation från Amazon-kunden {b}"},
        dear="Hej {seller},", intro="Du har fått ett meddelande från {b}, en Amazon-kund.",
        order="Beställningsnummer: {oid}", product="Artikel: {title}", asin="ASIN: {asin}",
        start="------------- Meddelande: -------------", end="------------- Slut på meddelandet -------------",
        respond_new="Svara kunden i Seller Central:",
        respond_old="Svara kunden genom att svara på detta e-postmeddelande eller gå till ditt säljarkonto via följande länk:",
        fyi="För kännedom: för att kunna medla i tvister och upprätthålla förtroende och säkerhet sparar vi i två år alla meddelanden som köpare och säljare skickar via {store}. Det gäller även ditt svar på meddelandet nedan. Amazon använder filtreringsteknik för att skydda köpare och säljare mot eventuella bedrägerier. Meddelanden som inte klarar filtreringen skickas inte vidare.",
        helpful="Var det här e-postmeddelandet till hjälp?", yes="Ja", no="Nej",
        copyright="Copyright 2024 Amazon.com, Inc. eller dess dotterbolag. Alla rättigheter förbehållna.",
        prefs="Ändra dina aviseringsinställningar: {url}",
        wrote="skrev", outlook=("Från", "Skickat", "Till", "Ämne"), attach="Köparen har bifogat 1 fil: {f}"),
    "pt": dict(
        subj={"gen": "Pergunta do cliente da Amazon {b} (Pedido: {oid})",
              "prod": "Pergunta sobre detalhes do produto do cliente da Amazon {b} (Pedido: {oid})",
              "ship": "Pergunta sobre o envio do cliente da Amazon {b} (Pedido: {oid})",
              "ret": "Pergunta sobre devolução do cliente da Amazon {b} (Pedido: {oid})",
              "noorder": "Pergunta sobre detalhes do produto do cliente da Amazon {b}"},
        dear="Olá, {seller},", intro="Você recebeu uma mensagem de {b}, cliente da Amazon.",
        order="Número do pedido: {oid}", product="Produto: {title}", asin="ASIN: {asin}",
        start="------------- Mensagem: -------------", end="------------- Encerrar mensagem -------------",
        respond_new="Responda a este cliente no Seller Central:",
        respond_old="Para responder a este cliente, responda a este e-mail ou acesse sua conta de vendedor no link a seguir:",
        fyi="Para sua informação: para ajudar a arbitrar disputas e preservar a confiança e a segurança, mantemos por dois anos todas as mensagens que compradores e vendedores enviam pela {store}. Isso inclui sua resposta à mensagem abaixo. A Amazon utiliza tecnologia de filtragem para proteger compradores e vendedores de possíveis fraudes. As mensagens que não passarem por essa filtragem não serão transmitidas.",
        helpful="Este e-mail foi útil?", yes="Sim", no="Não",
        copyright="Copyright 2024 Amazon.com, Inc. ou suas afiliadas. Todos os direitos reservados.",
        prefs="Para alterar suas preferências de notificação: {url}",
        wrote="escreveu", outlook=("De", "Enviado", "Para", "Assunto"), attach="O comprador anexou 1 arquivo: {f}"),
}

AMZ_ADDR = {
    "us": "Amazon.com, 410 Terry Avenue North, Seattle, WA 98109-5210",
    "uk": "Amazon EU S.à r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA",
    "jp": "アマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1",
    "br": "Amazon Serviços de Varejo do Brasil Ltda., Av. Juscelino Kubitschek, 2041, São Paulo - SP, CEP 04543-011",
    "pl": "Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg",
}
AMZ_ADDR_EU = "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg"

BOILER = set()  # every line of Amazon's own text, for the self-checks


def amz_notice(lang, mp, seller, buyer, oid, asin, title, msg, style, rnd, attach=None):
    """Return (subject_key unused, text lines) of Amazon's notification; registers boilerplate lines."""
    A = AMZ[lang]
    tld = MARKETS[mp][1]
    store = "Amazon." + tld
    tok = "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(13))
    tid = "%08x-%04x-%04x-%04x-%012x" % (rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(16),
                                         rnd.getrandbits(16), rnd.getrandbits(48))
    sc = "https://sellercentral.amazon.%s" % tld
    boil = []
    lines = []

    def B(s):
        boil.append(s)
        lines.append(s)

    if style == "new":
        B(A["dear"].replace("{seller}", seller))
        lines.append("")
        B(A["intro"].replace("{b}", buyer))
        lines.append("")
        if oid:
            B(A["order"].replace("{oid}", oid))
        B(A["product"].replace("{title}", title))
        B(A["asin"].replace("{asin}", asin))
        lines.append("")
        B(A["start"])
        lines.append("")
        lines.extend(msg.rstrip("\n").split("\n"))
        lines.append("")
        B(A["end"])
        if attach:
            lines.append("")
            B(A["attach"].replace("{f}", attach))
        lines.append("")
        B(A["respond_new"])
        url = "%s/messaging/inbox?fi=UNANSWERED&threadId=%s" % (sc, tid)
        if oid:
            url += "&orderId=" + oid
        B(url)
        lines.append("")
        B(A["fyi"].replace("{store}", store))
        lines.append("")
        B(A["helpful"])
        B("%s: %s/messaging/feedback?threadId=%s&helpful=1" % (A["yes"], sc, tid))
        B("%s: %s/messaging/feedback?threadId=%s&helpful=0" % (A["no"], sc, tid))
        lines.append("")
        B(A["copyright"])
        B(AMZ_ADDR.get(mp, AMZ_ADDR.get(lang, AMZ_ADDR_EU)))
        if rnd.random() < 0.35:
            B(A["prefs"].replace("{url}", sc + "/notifications/preferences"))
        B("[commMgrTok:%s]" % tok)
    else:
        B(A["start"])
        lines.append("")
        lines.extend(msg.rstrip("\n").split("\n"))
        lines.append("")
        B(A["end"])
        lines.append("")
        if oid:
            B("# %s:" % oid)
        B("1 / %s [ASIN: %s]" % (title, asin))
        if attach:
            B(A["attach"].replace("{f}", attach))
        lines.append("")
        B(A["respond_old"])
        B("%s/gp/communication-manager/inbox.html?ie=UTF8&tok=%s" % (sc, tok))
        lines.append("")
        B(A["fyi"].replace("{store}", store))
        lines.append("")
        B("%s %s/gp/communication-manager/mail-feedback.html?ie=UTF8&rating=1&tok=%s" % (A["helpful"], sc, tok))
        lines.append("")
        B("[commMgrTok:%s]" % tok)
        B(A["copyright"])
    for b in boil:
        BOILER.add(b.strip())
    return lines

# ---------------------------------------------------------------------------
# Client signatures appended by the agency's tools (variant -> cats, per-language text/html)
# ---------------------------------------------------------------------------
# Each entry: cats, and a dict lang -> (text, html); "*" is the fallback.  Placeholders:
# {rcpt} per-recipient id, {tk} ticket, {team} localised team name.

SIGS = {
    ("*", "clean"): dict(cats=[], t={"*": ("", "")}),
    ("*", "logo"): dict(cats=[], t={"*": ("", '<p><img src="cid:{logo}" alt="{client}" width="120" height="32"></p>')},
                       logo=True),
    # --- IronNest Fitness (Freshdesk) ---
    ("iron", "web"): dict(cats=["external_link"], t={
        "*": ("IronNest Fitness - www.ironnest-fitness.com",
              '<p>IronNest Fitness - <a href="https://www.ironnest-fitness.com">www.ironnest-fitness.com</a></p>')}),
    ("iron", "phone"): dict(cats=["contact_phone"], t={
        "en": ("IronNest Care line: +1 (253) 555-0143, Mon-Fri 9am-5pm PT",
               "<p>IronNest Care line: +1 (253) 555-0143, Mon-Fri 9am-5pm PT</p>"),
        "de": ("IronNest Service-Hotline: 040 7003 8815 (Mo-Fr 9-17 Uhr)",
               "<p>IronNest Service-Hotline: 040 7003 8815 (Mo-Fr 9-17 Uhr)</p>"),
        "es": ("Línea de atención IronNest: +34 910 55 01 43 (L-V 9-17 h)",
               "<p>Línea de atención IronNest: +34 910 55 01 43 (L-V 9-17 h)</p>"),
        "pl": ("Infolinia IronNest: +48 22 100 47 31 (pn-pt 9-17)",
               "<p>Infolinia IronNest: +48 22 100 47 31 (pn-pt 9-17)</p>")}),
    ("iron", "csat"): dict(cats=["external_link"], t={
        "*": ("How would you rate this reply?\nGood: https://ironnest.freshdesk.com/support/surveys/{rcpt}/good\n"
              "Neutral: https://ironnest.freshdesk.com/support/surveys/{rcpt}/neutral\n"
              "Bad: https://ironnest.freshdesk.com/support/surveys/{rcpt}/bad",
              '<p>How would you rate this reply?<br>\n<a href="https://ironnest.freshdesk.com/support/surveys/{rcpt}/good">Good</a> | '
              '<a href="https://ironnest.freshdesk.com/support/surveys/{rcpt}/neutral">Neutral</a> | '
              '<a href="https://ironnest.freshdesk.com/support/surveys/{rcpt}/bad">Bad</a></p>')}),
    ("iron", "powered"): dict(cats=["external_link"], t={
        "*": ("", '<p><a href="https://www.freshworks.com/freshdesk/?utm_source=fdfooter">Powered by Freshdesk</a></p>')}),
    # --- Nido & Co. (Zoho Desk) ---
    ("nido", "social"): dict(cats=["contact_other", "marketing"], t={
        "it": ("Seguici su Instagram: @nidoandco.official - ogni settimana consigli e novità!",
               "<p>Seguici su Instagram: @nidoandco.official - ogni settimana consigli e novità!</p>"),
        "es": ("Síguenos en Instagram: @nidoandco.official - consejos y novedades cada semana",
               "<p>Síguenos en Instagram: @nidoandco.official - consejos y novedades cada semana</p>"),
        "fr": ("Suivez-nous sur Instagram : @nidoandco.official - conseils et nouveautés chaque semaine",
               "<p>Suivez-nous sur Instagram : @nidoandco.official - conseils et nouveautés chaque semaine</p>"),
        "*": ("Follow us on Instagram: @nidoandco.official - tips and new arrivals every week",
              "<p>Follow us on Instagram: @nidoandco.official - tips and new arrivals every week</p>")}),
    ("nido", "web"): dict(cats=["external_link"], t={
        "*": ("Nido & Co. S.r.l. - nidoandco.it", "<p>Nido &amp; Co. S.r.l. - nidoandco.it</p>")}),
    ("nido", "logolink"): dict(cats=["external_link"], logo=True, t={
        "*": ("", '<p><a href="https://www.nidoandco.it/?src=desk"><img src="cid:{logo}" alt="Nido &amp; Co." width="120" height="32"></a></p>')}),
    # --- VoltPedal Components (Salesforce Service Cloud) ---
    ("volt", "full"): dict(cats=["external_link", "contact_email", "contact_phone"], t={
        "*": ("VoltPedal Components GmbH\nTel. +49 421 9066 3570 | service@voltpedal.eu | www.voltpedal.eu",
              '<p>VoltPedal Components GmbH<br>\nTel. +49 421 9066 3570 | <a href="mailto:service@voltpedal.eu">service@voltpedal.eu</a> | '
              '<a href="https://www.voltpedal.eu">www.voltpedal.eu</a></p>')}),
    ("volt", "impressum"): dict(cats=[], t={
        "*": ("VoltPedal Components GmbH - Am Speicher 12 - 28217 Bremen\nAmtsgericht Bremen HRB 34871 HB - USt-IdNr. DE 318 442 907",
              "<p>VoltPedal Components GmbH - Am Speicher 12 - 28217 Bremen<br>\nAmtsgericht Bremen HRB 34871 HB - USt-IdNr. DE 318 442 907</p>")}),
    ("volt", "pixel"): dict(cats=["tracking_pixel"], t={
        "*": ("", '<img src="https://t.sfmc-content.com/o/{rcpt}/op.gif" width="1" height="1" alt="" border="0">')}),
    # --- Maré Botanics (HubSpot Service Hub) ---
    ("mare", "pixel"): dict(cats=["tracking_pixel"], t={
        "*": ("", '<img src="https://t.hubspotemail.net/e1t/o/5/{rcpt}/w1?si=7301" width="1" height="1" alt="" style="display:block">')}),
    ("mare", "csat"): dict(cats=["external_link"], t={
        "en": ("How happy are you with our service today? Rate us: https://marebotanics-7301.hs-sites-eu1.com/csat?t={rcpt}",
               '<p>How happy are you with our service today? <a href="https://marebotanics-7301.hs-sites-eu1.com/csat?t={rcpt}">Rate us</a></p>'),
        "fr": ("Notre service vous a-t-il satisfait ? Notez-nous : https://marebotanics-7301.hs-sites-eu1.com/csat?t={rcpt}",
               '<p>Notre service vous a-t-il satisfait ? <a href="https://marebotanics-7301.hs-sites-eu1.com/csat?t={rcpt}">Notez-nous</a></p>'),
        "es": ("¿Qué tal nuestra atención hoy? Valóranos: https://marebotanics-7301.hs-sites-eu1.com/csat?t={rcpt}",
               '<p>¿Qué tal nuestra atención hoy? <a href="https://marebotanics-7301.hs-sites-eu1.com/csat?t={rcpt}">Valóranos</a></p>'),
        "it": ("Com'è andata con il nostro servizio oggi? Valutaci: https://marebotanics-7301.hs-sites-eu1.com/csat?t={rcpt}",
               '<p>Com\'è andata con il nostro servizio oggi? <a href="https://marebotanics-7301.hs-sites-eu1.com/csat?t={rcpt}">Valutaci</a></p>'),
        "pt": ("Como foi nosso atendimento hoje? Avalie: https://marebotanics-7301.hs-sites-eu1.com/csat?t={rcpt}",
               '<p>Como foi nosso atendimento hoje? <a href="https://marebotanics-7301.hs-sites-eu1.com/csat?t={rcpt}">Avalie</a></p>'),
        "*": ("Rate our service: https://marebotanics-7301.hs-sites-eu1.com/csat?t={rcpt}",
              '<p><a href="https://marebotanics-7301.hs-sites-eu1.com/csat?t={rcpt}">Rate our service</a></p>')}),
    ("mare", "social"): dict(cats=["contact_other"], t={
        "*": ("Instagram & TikTok: @marebotanics", "<p>Instagram &amp; TikTok: @marebotanics</p>")}),
    # --- Meeple Harbour Games (Kayako) ---
    ("meeple", "web"): dict(cats=["external_link"], t={
        "*": ("meepleharbour.com", "<p>meepleharbour.com</p>")}),
    ("meeple", "discord"): dict(cats=["external_link", "contact_other", "marketing"], t={
        "en": ("Join 4,000 Tidewatch fans on our Discord: discord.gg/meepleharbour - previews and giveaways every month!",
               '<p>Join 4,000 Tidewatch fans on our Discord: <a href="https://discord.gg/meepleharbour">discord.gg/meepleharbour</a> - previews and giveaways every month!</p>'),
        "de": ("Über 4.000 Tidewatch-Fans auf unserem Discord: discord.gg/meepleharbour - Vorschauen und Verlosungen jeden Monat!",
               '<p>Über 4.000 Tidewatch-Fans auf unserem Discord: <a href="https://discord.gg/meepleharbour">discord.gg/meepleharbour</a> - Vorschauen und Verlosungen jeden Monat!</p>'),
        "*": ("Discord: discord.gg/meepleharbour - previews and giveaways every month!",
              '<p>Discord: <a href="https://discord.gg/meepleharbour">discord.gg/meepleharbour</a> - previews and giveaways every month!</p>')}),
    ("meeple", "csat"): dict(cats=["external_link"], t={
        "*": ("Was this reply helpful? Yes: https://meepleharbour.kayako.com/rate/{rcpt}/1  No: https://meepleharbour.kayako.com/rate/{rcpt}/0",
              '<p>Was this reply helpful? <a href="https://meepleharbour.kayako.com/rate/{rcpt}/1">Yes</a> / '
              '<a href="https://meepleharbour.kayako.com/rate/{rcpt}/0">No</a></p>')}),
    # --- Nordvik Sleep (LiveAgent) ---
    ("nord", "phone"): dict(cats=["contact_phone"], t={
        "sv": ("Ring oss gärna: 08-520 144 36 (vardagar 9-16)", "<p>Ring oss gärna: 08-520 144 36 (vardagar 9-16)</p>"),
        "pl": ("Zadzwoń do nas: +46 8 520 144 36 (pn-pt 9-16)", "<p>Zadzwoń do nas: +46 8 520 144 36 (pn-pt 9-16)</p>"),
        "de": ("Telefon: +46 8 520 144 36 (Mo-Fr 9-16 Uhr)", "<p>Telefon: +46 8 520 144 36 (Mo-Fr 9-16 Uhr)</p>"),
        "*": ("Call us: +46 8 520 144 36 (weekdays 9-16 CET)", "<p>Call us: +46 8 520 144 36 (weekdays 9-16 CET)</p>")}),
    ("nord", "optout"): dict(cats=["external_link", "opt_out"], t={
        "sv": ("Vill du inte längre få mejl från oss? Avregistrera dig här: https://nordvik.ladesk.com/unsubscribe/{rcpt}",
               '<p>Vill du inte längre få mejl från oss? <a href="https://nordvik.ladesk.com/unsubscribe/{rcpt}">Avregistrera dig här</a></p>'),
        "pl": ("Nie chcesz więcej wiadomości? Wypisz się: https://nordvik.ladesk.com/unsubscribe/{rcpt}",
               '<p>Nie chcesz więcej wiadomości? <a href="https://nordvik.ladesk.com/unsubscribe/{rcpt}">Wypisz się</a></p>'),
        "nl": ("Geen e-mails meer van ons ontvangen? Afmelden: https://nordvik.ladesk.com/unsubscribe/{rcpt}",
               '<p>Geen e-mails meer van ons ontvangen? <a href="https://nordvik.ladesk.com/unsubscribe/{rcpt}">Afmelden</a></p>'),
        "de": ("Keine E-Mails mehr von uns? Hier abmelden: https://nordvik.ladesk.com/unsubscribe/{rcpt}",
               '<p>Keine E-Mails mehr von uns? <a href="https://nordvik.ladesk.com/unsubscribe/{rcpt}">Hier abmelden</a></p>'),
        "*": ("Don't want these e-mails? Unsubscribe: https://nordvik.ladesk.com/unsubscribe/{rcpt}",
              '<p>Don\'t want these e-mails? <a href="https://nordvik.ladesk.com/unsubscribe/{rcpt}">Unsubscribe</a></p>')}),
    ("nord", "pixel"): dict(cats=["tracking_pixel"], t={
        "*": ("", '<div style="display:none"><img src="https://nordvik.ladesk.com/scripts/track.php?m={rcpt}" alt=""></div>')}),
}


def get_sig(client, variant, lang):
    e = SIGS.get((client, variant)) or SIGS[("*", variant)]
    t = e["t"].get(lang) or e["t"].get("*") or e["t"].get("en")
    return e, t

# ---------------------------------------------------------------------------
# Rendering: helpdesk styles, quoting, MIME writer
# ---------------------------------------------------------------------------

CAT_ORDER = ["external_link", "contact_email", "contact_phone", "contact_other", "review_incentive",
             "review_manipulation", "feedback_removal", "repeat_request", "marketing", "opt_out", "tracking_pixel",
             "attachment", "styling", "offensive", "important_tag", "missing_order_id", "unpermitted_proactive"]
WORDING = ["review_incentive", "review_manipulation", "feedback_removal", "repeat_request", "marketing", "offensive",
           "unpermitted_proactive"]
PROACTIVE_ONLY = {"missing_order_id", "unpermitted_proactive"}
LANGS = ["en", "de", "fr", "es", "it", "ja", "nl", "pl", "sv", "pt"]
LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "ja": "Japanese",
              "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "pt": "Portuguese"}

HD = {
    # quote style, default format, charset, cte, mailer header, msgid domain
    "freshdesk": dict(q="nested", fmt="alt", cs="utf-8", cte="qp", mailer=("X-Mailer", "Freshdesk"),
                      mid="{sub}.freshdesk.com"),
    "zoho": dict(q="zoho", fmt="alt", cs="utf-8", cte="qp", mailer=("X-Mailer", "Zoho Desk"), mid="zohodesk.eu"),
    "salesforce": dict(q="sfdc", fmt="alt", cs="iso-8859-1", cte="qp", mailer=("X-Mailer", "Salesforce Mail"),
                       mid="sfdc.net"),
    "hubspot": dict(q="nested", fmt="alt", cs="utf-8", cte="qp", mailer=("X-Mailer", "HubSpot Service Hub"),
                    mid="hubspot-inbox.net"),
    "kayako": dict(q="kayako", fmt="alt", cs="utf-8", cte="8bit", mailer=("X-Mailer", "Kayako Mailer v4"),
                   mid="{sub}.kayako.com"),
    "liveagent": dict(q="nested", fmt="alt", cs="utf-8", cte="b64", mailer=("X-Mailer", "LiveAgent"),
                      mid="{sub}.ladesk.com"),
    "outlook": dict(q="outlook", fmt="plain", cs="windows-1252", cte="qp",
                    mailer=("X-Mailer", "Microsoft Outlook 16.0"), mid="EUR03.prod.outlook.com"),
}

SITE_TZ = {"LIS": "+0100", "KRK": "+0200", "MNL": "+0800", "CLJ": "+0300"}
SITE_CITY = {"LIS": "Lisboa", "KRK": "Kraków", "MNL": "Manila", "CLJ": "Cluj-Napoca"}
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


class TS:
    """A minute timestamp (local time of the writer)."""

    def __init__(self, minutes):
        self.m = int(minutes)

    def parts(self):
        days, rem = divmod(self.m, 1440)
        y, mo, d = _civil_from_days(days)
        return y, mo, d, rem // 60, rem % 60, (days + 3) % 7  # 1970-01-01 was a Thursday

    def rfc(self, tz, sec=0):
        y, mo, d, h, mi, w = self.parts()
        return "%s, %02d %s %04d %02d:%02d:%02d %s" % (DOW[w], d, MON[mo - 1], y, h, mi, sec, tz)

    def human(self, lang):
        y, mo, d, h, mi, w = self.parts()
        if lang == "en":
            ap = "AM" if h < 12 else "PM"
            return "%s, %s %d, %d at %d:%02d %s" % (DOW[w], MON[mo - 1], d, y, (h % 12) or 12, mi, ap)
        if lang == "ja":
            return "%d年%d月%d日 %d:%02d" % (y, mo, d, h, mi)
        if lang in ("de", "pl", "nl", "sv"):
            return "%02d.%02d.%d %02d:%02d" % (d, mo, y, h, mi) if lang != "sv" else "%d-%02d-%02d %02d:%02d" % (y, mo, d, h, mi)
        return "%02d/%02d/%d %02d:%02d" % (d, mo, y, h, mi)


def base_minutes():
    return _days_from_civil(2024, 3, 4) * 1440 + 8 * 60


# ---------------------------------------------------------------------------
# text -> html
# ---------------------------------------------------------------------------

URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def _trim_url(u):
    tail = ""
    while u and u[-1] in ".,;:!?)]":
        tail = u[-1] + tail
        u = u[:-1]
    return u, tail


def t2h_line(line, autolink=True):
    out = []
    pos = 0
    if autolink:
        for m in URL_RE.finditer(line):
            u, tail = _trim_url(m.group(1))
            out.append(htmlmod.escape(line[pos:m.start()], quote=False))
            out.append('<a href="%s">%s</a>' % (htmlmod.escape(u), htmlmod.escape(u, quote=False)))
            out.append(htmlmod.escape(tail, quote=False))
            pos = m.end()
    out.append(htmlmod.escape(line[pos:], quote=False))
    return "".join(out)


def t2h(text, autolink=True):
    paras = []
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        if not block.strip():
            continue
        lines = block.split("\n")
        paras.append("<p>" + "<br>\n".join(t2h_line(l, autolink) for l in lines) + "</p>")
    return "\n".join(paras)


# ---------------------------------------------------------------------------
# Header encoding
# ---------------------------------------------------------------------------

CODEC = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "iso-8859-2": "iso8859_2", "iso-8859-15": "iso8859_15",
         "windows-1252": "cp1252", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}


def encodable(s, cs):
    try:
        s.encode(CODEC[cs])
        return True
    except UnicodeEncodeError:
        return False


def _ew_b(chunk, cs):
    return "=?%s?B?%s?=" % (cs.upper() if cs == "iso-2022-jp" else cs, base64.b64encode(chunk.encode(CODEC[cs])).decode())


def _ew_q(chunk, cs):
    out = []
    for ch in chunk:
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.extend("=%02X" % b for b in ch.encode(CODEC[cs]))
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def encode_words(s, cs, method):
    words = []
    cur = ""
    for ch in s:
        trial = cur + ch
        ew = _ew_b(trial, cs) if method == "B" else _ew_q(trial, cs)
        if len(ew) > 74 and cur:
            words.append(_ew_b(cur, cs) if method == "B" else _ew_q(cur, cs))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_ew_b(cur, cs) if method == "B" else _ew_q(cur, cs))
    return words


def fold_ascii(name, value):
    words = value.split(" ")
    lines = []
    cur = name + ": "
    first = True
    for w in words:
        if first:
            cur += w
            first = False
        elif len(cur) + 1 + len(w) > 76:
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return lines


def header_subject(s, cs, method):
    if s.isascii():
        return fold_ascii("Subject", s)
    if cs in ("us-ascii",) or not encodable(s, cs):
        cs = "utf-8"
    words = encode_words(s, cs, method)
    lines = ["Subject: " + words[0]]
    for w in words[1:]:
        lines.append(" " + w)
    return lines


def addr_header(name, display, addr):
    if display is None:
        return ["%s: %s" % (name, addr)]
    if display.isascii():
        if re.search(r'[(),.:;<>@\[\]"]', display):
            display = '"%s"' % display
        return ["%s: %s <%s>" % (name, display, addr)]
    return ["%s: %s <%s>" % (name, encode_words(display, "utf-8", "Q")[0], addr)]


# ---------------------------------------------------------------------------
# MIME tree
# ---------------------------------------------------------------------------

class Leaf:
    def __init__(self, headers, content):
        self.headers = headers  # list of header lines (already folded)
        self.content = content  # bytes with \n line ends, ends with \n

    def lines(self, nl):
        return nl.join(h.encode("ascii") for h in self.headers) + nl + nl + self.content.replace(b"\n", nl)


class Multi:
    def __init__(self, subtype, boundary, parts, preamble=None, extra=None, ptype=None):
        self.subtype, self.boundary, self.parts, self.preamble = subtype, boundary, parts, preamble
        self.extra = extra or []
        self.ptype = ptype

    @property
    def headers(self):
        if self.ptype:
            return ['Content-Type: multipart/%s; type="%s";' % (self.subtype, self.ptype),
                    '\tboundary="%s"' % self.boundary] + self.extra
        return ['Content-Type: multipart/%s;' % self.subtype, '\tboundary="%s"' % self.boundary] + self.extra

    def body(self, nl):
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + nl + nl
        for p in self.parts:
            out += b"--" + self.boundary.encode() + nl + p.lines(nl) + nl
        out += b"--" + self.boundary.encode() + b"--" + nl
        return out

    def lines(self, nl):
        return nl.join(h.encode("ascii") for h in self.headers) + nl + nl + self.body(nl)


def encode_text(text, cs, cte):
    codec = CODEC[cs]
    raw = text.encode(codec)
    if cte == "7bit":
        assert all(b < 128 for b in raw), "7bit with 8-bit data"
        content = raw
    elif cte == "8bit":
        content = raw
    elif cte == "qp":
        content = quopri.encodestring(raw)
        if not content.endswith(b"\n"):
            content += b"\n"
    elif cte == "b64":
        content = base64.encodebytes(text.replace("\n", "\r\n").encode(codec))
    else:
        raise ValueError(cte)
    for ln in content.split(b"\n"):
        assert len(ln) <= 998, "line too long"
    return content


CTE_NAME = {"7bit": "7bit", "8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}


def text_leaf(subtype, text, cs, cte):
    if cs == "iso-2022-jp" and cte in ("8bit",):
        cte = "7bit"
    content = encode_text(text, cs, cte)
    hs = ['Content-Type: text/%s; charset="%s"' % (subtype, cs), "Content-Transfer-Encoding: " + CTE_NAME[cte]]
    return Leaf(hs, content)


def _rfc2231(name):
    from urllib.parse import quote
    return "utf-8''" + quote(name.encode("utf-8"), safe="")


def bin_leaf(ctype, data, filename=None, disp="attachment", cid=None, name_style="2231"):
    hs = []
    if filename is None:
        hs.append("Content-Type: %s" % ctype)
    elif filename.isascii():
        hs.append('Content-Type: %s; name="%s"' % (ctype, filename))
    else:
        hs.append('Content-Type: %s;' % ctype)
        hs.append('\tname="%s"' % encode_words(filename, "utf-8", "B")[0])
    hs.append("Content-Transfer-Encoding: base64")
    if cid:
        hs.append("Content-ID: <%s>" % cid)
    if filename is None:
        hs.append("Content-Disposition: %s" % disp)
    elif filename.isascii():
        hs.append('Content-Disposition: %s; filename="%s"' % (disp, filename))
    else:
        hs.append("Content-Disposition: %s;" % disp)
        hs.append("\tfilename*=%s" % _rfc2231(filename))
    return Leaf(hs, base64.encodebytes(data))

# ---------------------------------------------------------------------------
# Building one message from its spec
# ---------------------------------------------------------------------------

MP_LANG = {"us": "en", "uk": "en", "de": "de", "fr": "fr", "be": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl",
           "se": "sv", "jp": "ja", "br": "pt"}

AGENT_POOL = {
    "en": ["rhea", "mark", "jhoanna", "kris", "jr", "magda", "pawel", "tiago", "ines", "andreea", "bogdan", "vlad"],
    "de": ["magda", "pawel", "karo", "bogdan", "vlad", "andreea"],
    "fr": ["andreea", "ioana", "anama", "joana", "bia"],
    "es": ["tiago", "ines", "rui", "joana", "bia"],
    "it": ["andreea", "bogdan", "ioana", "vlad", "anama"],
    "ja": ["mika", "ioana", "rhea", "kris"],
    "nl": ["karo", "bartek", "pawel", "ola"],
    "pl": ["magda", "pawel", "karo", "bartek", "ola"],
    "sv": ["ola", "bartek", "vlad", "karo"],
    "pt": ["ines", "tiago", "joana", "rui", "bia"],
}

REPLY_PREFIX = {  # outlook-style localised prefixes
    "de": "AW: ", "it": "R: ", "sv": "SV: ", "pl": "Odp: ", "nl": "Antw: ", "pt": "RES: ", "fr": "RE: ",
    "es": "RE: ", "en": "RE: ", "ja": "RE: "}

NESTED_HDR = {
    "en": "On {when}, {who} wrote:", "de": "Am {when} schrieb {who}:", "fr": "Le {when}, {who} a écrit :",
    "es": "El {when}, {who} escribió:", "it": "Il giorno {when} {who} ha scritto:", "ja": "{when} {who}:",
    "nl": "Op {when} schreef {who}:", "pl": "W dniu {when} {who} napisał(a):", "sv": "Den {when} skrev {who}:",
    "pt": "Em {when}, {who} escreveu:"}

EXT_CT = {"pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
          "txt": "text/plain", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip": "application/zip",
          "exe": "application/x-msdownload", "mp4": "video/mp4", "heic": "image/heic", "webp": "image/webp",
          "ics": "text/calendar", "apk": "application/vnd.android.package-archive", "doc": "application/msword",
          "html": "text/html"}


def seed_of(*parts):
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(h[:8], "big")


def sub_vars(s, v):
    return re.sub(r"\{(\w+)\}", lambda m: str(v[m.group(1)]) if m.group(1) in v else m.group(0), s)


def first_name(agent):
    return AGENTS[agent][0].split(" ")[0]


def agent_name(agent, cs, lang):
    if lang == "ja" and agent in AGENT_JA:
        return AGENT_JA[agent]
    d, a, site = AGENTS[agent]
    return d if encodable(d, cs) else a


def signoff(hd, agent, lang, client, cs, tk, case, sfref):
    C = CLIENTS[client]
    team = TEAM[lang]
    nm = agent_name(agent, cs, lang)
    cname = C["name"] if encodable(C["name"], cs) else C["name"].replace("é", "e")
    site = AGENTS[agent][2]
    fn = nm.split(" ")[0]
    if lang == "ja":
        s = "%s %s\n担当: %s" % (cname, team, nm)
        if hd == "salesforce":
            return s + "\nCase %s\n%s" % (case, sfref)
        return s + "\nTicket #%s" % tk
    if hd == "freshdesk":
        ini = "".join(w[0] for w in AGENTS[agent][1].split(" ")[:2]).upper()
        return "%s | %s %s\nTicket #%s - %s/%s" % (fn, cname, team, tk, ini, site)
    if hd == "zoho":
        return "%s\n%s - %s\n#%s" % (nm, cname, team, tk)
    if hd == "salesforce":
        return "%s\n%s | %s\nCase %s\n%s" % (nm, cname, team, case, sfref)
    if hd == "hubspot":
        return "%s\n%s, %s" % (nm, team, cname)
    if hd == "kayako":
        return "%s\n%s %s\n[#%s]" % (nm, cname, team, tk)
    if hd == "liveagent":
        return "%s | %s\n%s - Ticket %s" % (nm, cname, team, tk)
    if hd == "outlook":
        city = SITE_CITY[site] if encodable(SITE_CITY[site], cs) else SITE_CITY[site].replace("ó", "o")
        return "%s\n%s %s\n%s %s" % (nm, cname, team, AGENCY, city)
    raise ValueError(hd)


def make_ticket(hd, rnd):
    if hd == "kayako":
        return "QBX-%03d-%05d" % (rnd.randint(100, 999), rnd.randint(10000, 99999))
    if hd == "liveagent":
        return "NVK-%s-%05d" % ("".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)), rnd.randint(1000, 99999))
    if hd == "zoho":
        return str(rnd.randint(10000, 999999))
    return str(rnd.randint(20000, 99999))


def build_attachment(kind, fname, opts, seed):
    ext = fname.rsplit(".", 1)[-1].lower()
    o = opts or {}
    if kind == "pdf":
        data = make_pdf(o.get("title", fname.rsplit(".", 1)[0]), o.get("lines", ["Document generated by QB-DocGen"]))
    elif kind == "pdf_big":
        data = make_pdf(o.get("title", "Scan"), o.get("lines", ["Scanned document"]), pad=o.get("pad", 10_600_000))
    elif kind in ("exe", "pdf_exe"):
        data = make_exe(o.get("tag", "setup"))
    elif kind == "jpg":
        data = make_jpeg(o.get("w", 96), o.get("h", 72), seed=seed % 1000, base=o.get("base", (150, 120, 100)))
    elif kind in ("png", "jpg_png"):
        data = make_png(o.get("w", 64), o.get("h", 48), seed=seed % 1000, tint=o.get("tint", (200, 60, 40)))
    elif kind == "gif":
        data = make_gif(o.get("w", 40), o.get("h", 30), 1, seed=seed % 1000)
    elif kind == "gif_anim":
        data = make_gif(o.get("w", 40), o.get("h", 30), 4, seed=seed % 1000)
    elif kind == "txt":
        data = o.get("text", "notes\n").replace("\n", "\r\n").encode(o.get("enc", "utf-8"))
    elif kind == "docx":
        data = make_docx(o.get("paras", ["Form"]))
    elif kind == "xlsx":
        data = make_xlsx(o.get("rows", [["A", "B"]]))
    elif kind == "zip":
        data = make_zip_of([(n, make_pdf(n, ["Part of archive"])) for n in o.get("files", ["manual.pdf"])])
    elif kind == "apk":
        data = make_zip_of([("AndroidManifest.xml", "<manifest/>"), ("classes.dex", "dex\n035")])
    elif kind == "mp4":
        data = make_mp4(o.get("sec", 12))
    elif kind == "heic":
        data = make_heic()
    elif kind == "webp":
        data = make_webp()
    elif kind == "ics":
        data = make_ics(o.get("summary", "Delivery"), o.get("start", "20240612T080000Z"),
                        o.get("end", "20240612T120000Z"), "slot-%d@quaybridge-cx" % (seed % 100000))
    elif kind == "html":
        data = o.get("text", "<html><body>Form</body></html>").encode("utf-8")
    else:
        raise ValueError(kind)
    ct = o.get("ct") or EXT_CT.get(ext, "application/octet-stream")
    return fname, ct, data


def att_findings(atts):
    """atts: list of (fname, ct, data, disposition). Returns (cats, reasons)."""
    cats, why = set(), []
    real = [a for a in atts if a[3] == "attachment"]
    total = sum(len(a[2]) for a in real)
    if len(real) > 5:
        cats.add("attachment")
        why.append("%d attachments" % len(real))
    if total > 10 * 1024 * 1024:
        cats.add("attachment")
        why.append("%.1f MB decoded" % (total / 1048576))
    for fname, ct, data, disp in real:
        ext = fname.rsplit(".", 1)[-1].lower() if "." in fname else ""
        kind = sniff(data)
        if ext not in ALLOWED_EXT:
            cats.add("attachment")
            why.append(".%s not allowed" % ext)
        elif kind != ("jpg" if ext == "jpeg" else ext):
            cats.add("attachment")
            why.append("%s is really %s" % (fname, kind))
        if gif_is_animated(data):
            cats.add("styling")
            why.append("animated GIF")
    return cats, why


OUTLOOK_HEAD = ('<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
                '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n'
                '\tcolor:#0563C1;\n\ttext-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;\n'
                '\tfont-size:10.0pt;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>')


class Ctx:
    pass


def quote_header(style, lang, ev, x, show_addr):
    """Quote header for an earlier event ev (dict) in the current message x."""
    if ev["who"] == "b":
        who_name = "%s - Amazon Marketplace" % x.buyer
        who = "%s <%s>" % (who_name, x.relay)
        to_disp = x.cname if not show_addr else "%s <%s>" % (x.cname, x.frm)
    else:
        who_name = ev["name"]
        who = who_name if not show_addr else "%s <%s>" % (who_name, ev["addr"])
        to_disp = "%s - Amazon Marketplace <%s>" % (x.buyer, x.relay)
    when = ev["ts"]
    if style in ("nested",):
        return NESTED_HDR[lang].replace("{when}", when.human(lang)).replace("{who}", who)
    if style == "zoho":
        return "---- On %s %s wrote ----" % (when.rfc(x.tz_of(ev)), who)
    if style == "kayako":
        return "---\n%s, %s" % (who, when.human(lang))
    if style == "outlook":
        lab = AMZ[lang]["outlook"]
        return "________________________________\n%s: %s\n%s: %s\n%s: %s\n%s: %s" % (
            lab[0], who, lab[1], when.human(lang), lab[2], to_disp, lab[3], ev["subj"])
    if style == "sfdc":
        w = "%s [%s]" % (who_name, x.relay) if ev["who"] == "b" else (who_name if not show_addr else "%s [%s]" % (who_name, ev["addr"]))
        return ("--------------- Original Message ---------------\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s"
                % (w, when.human("en"), to_disp, ev["subj"]))
    raise ValueError(style)


def quote_block(style, lang, evs, x, show_addr):
    """evs newest first -> (text, html)."""
    if not evs:
        return "", ""
    if style == "nested":
        ev = evs[0]
        hdr = quote_header(style, lang, ev, x, show_addr)
        inner_t, inner_h = ev["text"], ev["html"]
        rt, rh = quote_block(style, lang, evs[1:], x, show_addr)
        if rt:
            inner_t += "\n\n" + rt
            inner_h += "\n" + rh
        t = hdr + "\n" + "\n".join(("> " + l) if l else ">" for l in inner_t.split("\n"))
        h = "<p>%s</p>\n<blockquote type=\"cite\">\n%s\n</blockquote>" % (t2h_line(hdr, False), inner_h)
        return t, h
    ts, hs = [], []
    for ev in evs:
        hdr = quote_header(style, lang, ev, x, show_addr)
        ts.append(hdr + "\n\n" + ev["text"])
        hs.append("<p>%s</p>\n<div>\n%s\n</div>" % ("<br>\n".join(t2h_line(l, False) for l in hdr.split("\n")), ev["html"]))
    sep_h = "\n<hr>\n" if style in ("outlook", "sfdc") else "\n"
    return "\n\n".join(ts), sep_h.join(hs)


def render(spec, pos, ts):
    x = Ctx()
    s = spec
    rnd = random.Random(s["_seed"])
    lang, client = s["l"], s["c"]
    C = CLIENTS[client]
    x.lang, x.client = lang, client
    x.cname = C["name"]
    x.frm = C["frm"]
    x.mp = s["_mp"]
    x.relay, x.oid, x.buyer, x.item = s["_relay"], s["_oid"], s["_buyer"], s["_item"]
    hd = s.get("hd") or C["hd"]
    H = HD[hd]
    fmt = s.get("fmt") or H["fmt"]
    if fmt == "mixed":
        fmt = "alt"
    cs = s.get("cs") or H["cs"]
    cte = s.get("cte") or H["cte"]
    # deterministic variety for specs that leave format/charset to the tool (separate random stream)
    vr = random.Random(s["_seed"] ^ 0x5EED)
    sigkey = s.get("sig", "clean")
    sig_has_html = bool(get_sig(client, sigkey, lang)[1][1])
    html_bound = bool(s.get("html") or s.get("hx") or s.get("inline") or sig_has_html)
    if lang == "ja" and not s.get("cs"):
        if not s.get("fmt") and not html_bound and vr.random() < 0.55:
            fmt = "plain"
        if fmt == "plain":
            if vr.random() < 0.3:
                cs, cte = "shift_jis", s.get("cte") or vr.choice(["b64", "qp"])
            else:
                cs, cte = "iso-2022-jp", s.get("cte") or "7bit"
        else:
            cs = "utf-8"
    elif not s.get("cs") and hd != "outlook":
        r = vr.random()
        if lang == "pl":
            if r < 0.35:
                cs = "iso-8859-2"
        elif r < 0.12:
            cs = "iso-8859-1"
        elif r < 0.22:
            cs = "iso-8859-15"
        elif r < 0.30:
            cs = "windows-1252"
    if lang == "pl" and cs in ("iso-8859-1", "windows-1252", "iso-8859-15"):
        cs = "iso-8859-2"
    if not s.get("sig") and not s.get("fmt") and fmt == "alt" and not s.get("att") and vr.random() < 0.07:
        sigkey, fmt = "logo", "rel"
    nl = b"\r\n" if s.get("nl", s["_nl"]) == "crlf" else b"\n"
    agent = s.get("a") or s["_agent"]
    site = AGENTS[agent][2]
    tz = SITE_TZ[site]
    x.tz_of = lambda ev: SITE_TZ[AGENTS[ev["agent"]][2]] if ev["who"] == "a" else "+0000"
    asin, titles = ITEMS[client][x.item]
    al = s.get("al") or lang
    title = titles.get(al) or titles["en"]
    tk = make_ticket(hd, rnd)
    case = "%08d" % rnd.randint(300000, 990000)
    sfref = "ref:_00D%s._500%s:ref" % ("".join(rnd.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7)),
                                       "".join(rnd.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)))
    rcpt = x.relay.split("@")[0].split("+")[0]
    v = dict(oid=x.oid, b=x.buyer, asin=asin, title=title, tk=tk, case=case, first=first_name(agent),
             agent=agent_name(agent, cs, lang), seller=x.cname, rcpt=rcpt, team=TEAM[lang])
    v.update(s.get("_v", {}))
    v.update(s.get("v", {}))
    kind = "reply" if s["k"] == "re" else "proactive"
    cats = set(s.get("cats", []))
    autonote = []
    inline_parts = []
    logo_cid = "logo.%s@%s" % (client, s["_seed"] % 10 ** 6)

    # --- thread events (chronological) ---
    events = []
    sk = s.get("sk", "gen")
    oid_for_notice = None if sk == "noorder" else x.oid
    amz_style = s.get("amz") or ("new" if rnd.random() < 0.6 else "old")
    msgids = []
    ses_dom = MARKETS[x.mp][3]
    if kind == "reply":
        raw_events = list(s.get("th", []))
        if s.get("q") is not None:
            raw_events.append(("b", s["q"]) + ((s["qo"],) if s.get("qo") else ()))
        n = len(raw_events)
        t = ts.m - rnd.randint(25, 400)
        times = []
        for i in range(n):
            times.append(t)
            t -= rnd.randint(180, 2600)
        times.reverse()
        amz_subj = sub_vars(AMZ[al]["subj"][sk], {"b": x.buyer, "oid": x.oid})
        for i, ev in enumerate(raw_events):
            e = {"who": ev[0], "ts": TS(times[i]), "subj": ("Re: " if i else "") + amz_subj}
            if ev[0] == "b":
                opts = ev[2] if len(ev) > 2 else {}
                lines = amz_notice(al, x.mp, x.cname, x.buyer, oid_for_notice, asin, title, sub_vars(ev[1], v),
                                   opts.get("amz", amz_style), rnd, attach=opts.get("att"))
                e["text"] = "\n".join(lines)
                e["html"] = t2h(e["text"])
                mid = "<%s-%08x-%04x-%04x-%04x-%012x-000000@%s>" % (
                    "0102018f%08x" % rnd.getrandbits(32), rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(16),
                    rnd.getrandbits(16), rnd.getrandbits(48), ses_dom)
                e["mid"] = mid
            else:
                ag = ev[1]
                opts = ev[3] if len(ev) > 3 else {}
                ehd = opts.get("hd", hd)
                etxt = sub_vars(ev[2], v).strip("\n")
                so = signoff(ehd, ag, lang, client, cs, tk, case, sfref)
                e_sig, e_sigt = get_sig(client, opts.get("sig", "clean"), lang)
                st = sub_vars(e_sigt[0], dict(v, client=x.cname))
                sh = sub_vars(e_sigt[1], dict(v, client=htmlmod.escape(x.cname), logo=logo_cid))
                cats |= set(e_sig["cats"])
                if e_sig["cats"]:
                    autonote.append("quoted earlier reply carries signature '%s'" % opts.get("sig"))
                e["text"] = etxt + "\n\n" + so + ("\n" + st if st else "")
                e["html"] = (opts.get("html") and sub_vars(opts["html"], v) or t2h(etxt)) + "\n<p>" + \
                    "<br>\n".join(htmlmod.escape(l, quote=False) for l in so.split("\n")) + "</p>" + (("\n" + sh) if sh else "")
                e["agent"] = ag
                e["name"] = "%s (%s)" % (agent_name(ag, cs, lang), x.cname) if not opts.get("name") else opts["name"]
                e["addr"] = opts.get("addr", "%s@quaybridge-cx.com" % AGENTS[ag][1].lower().replace(" ", "."))
                e["mid"] = "<%s.%d@%s>" % ("%016x" % rnd.getrandbits(64), rnd.randint(10 ** 6, 10 ** 7),
                                           sub_vars(HD[ehd]["mid"], {"sub": C["sub"]}))
            events.append(e)
        msgids = [e["mid"] for e in events]
        last_b = [e for e in events if e["who"] == "b"]
        irt = last_b[-1]["mid"] if last_b else msgids[-1]
    # --- subject ---
    if s.get("subj"):
        subject = sub_vars(s["subj"], v)
    elif kind == "reply":
        pre = s.get("pre") or (REPLY_PREFIX[lang] if hd == "outlook" else "Re: ")
        subject = pre + events[0]["subj"].replace("Re: ", "", 1) if events else pre
        if hd == "freshdesk" and rnd.random() < 0.5:
            subject += " [#%s]" % tk
        if hd == "kayako" and rnd.random() < 0.5:
            subject = "[#%s]: %s" % (tk, subject)
    else:
        raise ValueError("proactive message needs subj: %r" % s["b"][:40])

    # --- agent text + signature ---
    body = sub_vars(s["b"], v).strip("\n")
    so = signoff(hd, agent, lang, client, cs, tk, case, sfref)
    sig_e, sig_t = get_sig(client, sigkey, lang)
    cats |= set(sig_e["cats"])
    if sig_e["cats"]:
        autonote.append("tool-appended signature '%s'" % sigkey)
    sig_text = sub_vars(sig_t[0], dict(v, client=x.cname))
    sig_html = sub_vars(sig_t[1], dict(v, client=htmlmod.escape(x.cname), logo=logo_cid))
    text = body + "\n\n" + so + ("\n" + sig_text if sig_text else "")
    qstyle = H["q"] if not s.get("qs") else s["qs"]
    qt, qh = "", ""
    if kind == "reply" and not s.get("noquote"):
        evs = list(reversed(events))
        qt, qh = quote_block(qstyle, lang, evs, x, s.get("qaddr", False))
        if s.get("qaddr"):
            cats.add("contact_email")
            autonote.append("quote header shows the seller's and agency's addresses")
    if qt:
        text += "\n\n" + qt
    text = text.rstrip("\n") + "\n"
    # html
    agent_html = sub_vars(s["html"], v) if s.get("html") else t2h(body)
    so_html = "<p>" + "<br>\n".join(htmlmod.escape(l, quote=False) for l in so.split("\n")) + "</p>"
    hx = sub_vars(s.get("hx", ""), v)
    if hd == "outlook":
        agent_html = agent_html.replace("<p>", '<p class="MsoNormal">')
        so_html = so_html.replace("<p>", '<p class="MsoNormal">')
        qh = qh.replace("<p>", '<p class="MsoNormal">')
        head = OUTLOOK_HEAD.replace("{cs}", cs)
        body_open = '<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">'
        body_close = "</div>\n</body>"
    else:
        head = '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>' % cs
        body_open = "<body>\n<div>"
        body_close = "</div>\n</body>"
    html = ("<html>\n%s\n%s\n%s\n%s%s%s%s\n%s\n</html>\n" % (
        head, body_open, agent_html, so_html, ("\n" + sig_html) if sig_html else "",
        ("\n" + qh) if qh else "", ("\n" + hx) if hx else "", body_close))
    if sig_e.get("logo") and fmt in ("rel", "relh"):
        inline_parts.append(bin_leaf("image/png", make_png(120, 32, seed=s["_seed"] % 997, tint=(30, 90, 140)),
                                     "logo.png", "inline", logo_cid))
    for (ik, iname, icid) in s.get("inline", []):
        data = make_png(64, 48, seed=s["_seed"] % 991) if ik == "png" else (
            make_jpeg(80, 60, seed=s["_seed"] % 983) if ik == "jpg" else (
                make_gif(40, 30, 4, seed=1) if ik == "gif_anim" else make_gif(1, 1, 1)))
        ct = {"png": "image/png", "jpg": "image/jpeg", "gif_anim": "image/gif", "gif": "image/gif"}[ik]
        inline_parts.append(bin_leaf(ct, data, iname, "inline", icid))
        if ik == "gif_anim":
            cats.add("styling")
            autonote.append("animated GIF inline")
    if hd == "outlook" and fmt != "plain":
        cats.add("styling")
        autonote.append("Outlook default style block (Calibri, link colour)")

    # --- attachments ---
    atts = []
    for a in s.get("att", []):
        kind_a, fname = a[0], sub_vars(a[1], v)
        opts = a[2] if len(a) > 2 else {}
        fname, ct, data = build_attachment(kind_a, fname, opts, s["_seed"])
        atts.append((fname, ct, data, "attachment"))
    acats, awhy = att_findings(atts)
    if acats:
        cats |= acats
        autonote.append("attachments: " + ", ".join(awhy))

    # --- headers ---
    extra_hdrs = [sub_vars(h, v) for h in s.get("hdrs", [])]
    if any(h.lower().startswith("list-unsubscribe:") for h in extra_hdrs):
        cats.add("opt_out")
    # --- MIME tree ---
    if not s.get("cs") and not (encodable(text, cs) and encodable(html, cs)):
        cs = "utf-8"
        if cte == "7bit":
            cte = "qp"
        html = re.sub(r"charset=[\w-]+", "charset=utf-8", html, count=1)
    tcs, hcs = cs, s.get("hcs", cs)
    hcte = s.get("hcte") or (cte if not (hcs == "iso-2022-jp") else "7bit")
    tp = text_leaf("plain", text, tcs, cte)
    hp = text_leaf("html", html, hcs, hcte)
    bnd = lambda tag: "----=_%s_%s" % (tag, hashlib.md5(("%s%s" % (s["_seed"], tag)).encode()).hexdigest()[:20])
    if fmt == "plain":
        core = tp
        parts_text = [("plain", text)]
    elif fmt == "html":
        core = hp
        parts_text = [("html", html)]
    elif fmt == "alt":
        core = Multi("alternative", bnd("alt"), [tp, hp])
        parts_text = [("plain", text), ("html", html)]
    elif fmt == "rel":
        core = Multi("related", bnd("rel"), [Multi("alternative", bnd("alt"), [tp, hp])] + inline_parts,
                     ptype="multipart/alternative")
        parts_text = [("plain", text), ("html", html)]
    elif fmt == "relh":
        core = Multi("related", bnd("rel"), [hp] + inline_parts, ptype="text/html")
        parts_text = [("html", html)]
    else:
        raise ValueError(fmt)
    if atts:
        leaves = [bin_leaf(ct, data, fname) for (fname, ct, data, d) in atts]
        top = Multi("mixed", bnd("mix"), [core] + leaves, preamble="This is a multi-part message in MIME format.")
    else:
        top = core
    hdrs = []
    frm_disp = s.get("from_disp", x.cname)
    hdrs += addr_header("From", frm_disp, s.get("frm", x.frm))
    to = x.relay.upper() if s.get("upper_to") else x.relay
    hdrs += addr_header("To", None, to)
    hdrs += header_subject(subject, cs if cs not in ("us-ascii",) else "utf-8", s.get("sm", "B" if rnd.random() < 0.6 else "Q"))
    hdrs.append("Date: " + ts.rfc(tz, rnd.randint(0, 59)))
    hdrs.append("Message-ID: <%s.%d@%s>" % ("%016x" % rnd.getrandbits(64), pos, sub_vars(H["mid"], {"sub": C["sub"]})))
    if kind == "reply":
        mode = s.get("refmode") or rnd.choice(["both", "both", "irt", "refs"])
        if mode in ("both", "irt"):
            hdrs.append("In-Reply-To: " + irt)
        if mode in ("both", "refs"):
            refs = msgids[:]
            hl = "References: " + refs[0]
            for r in refs[1:]:
                hdrs.append(hl)
                hl = " " + r
            hdrs.append(hl)
    hdrs.append("MIME-Version: 1.0")
    hdrs.append("%s: %s" % H["mailer"])
    if hd == "salesforce":
        hdrs.append("X-SFDC-EntityId: 500%s" % "".join(rnd.choice("0123456789ABCDEFGHabcdefgh") for _ in range(12)))
    if hd == "hubspot":
        hdrs.append("X-HubSpot-Ticket-Id: %d" % rnd.randint(1000000000, 9999999999))
    if hd == "zoho":
        hdrs.append("X-ZohoDesk-TicketNumber: %s" % tk)
    hdrs += extra_hdrs
    raw = nl.join(h.encode("ascii") for h in hdrs) + nl + top.lines(nl)
    if isinstance(top, Leaf):
        pass
    meta = dict(kind=kind, subject=subject, parts_text=parts_text, cats=cats, autonote=autonote, atts=atts,
                relay=x.relay, oid=x.oid, body=body, agent_texts=[body] + [e["text"] for e in events if e["who"] == "a"],
                prior_agent=[sub_vars(ev[2], v).strip("\n") for ev in s.get("th", []) if ev[0] == "a"],
                cs=cs, cte=cte, fmt=fmt, nl="crlf" if nl == b"\r\n" else "lf", hd=hd, n_inline=len(inline_parts))
    return raw, meta

# ---------------------------------------------------------------------------
# Spec registry and preparation
# ---------------------------------------------------------------------------

SPECS = []


def M(**kw):
    kw["_i"] = len(SPECS)
    SPECS.append(kw)


REWRITE_ONLY = {"tracking_pixel"}


def gen_relay(rnd, mp):
    tld = MARKETS[mp][0]
    local = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
    r = rnd.random()
    if r < 0.12:
        local += "+%08x-%04x-%04x-%04x-%012x" % (rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(16),
                                                 rnd.getrandbits(16), rnd.getrandbits(48))
    elif r < 0.22:
        local += "+%08x" % rnd.getrandbits(32)
    dom = "marketplace.amazon." + tld
    if mp == "jp" and rnd.random() < 0.45:
        dom = "m." + dom
    return local + "@" + dom


def gen_oid(rnd, mp, used):
    while True:
        o = "%s-%07d-%07d" % (rnd.choice(MARKETS[mp][2]), rnd.randint(0, 9999999), rnd.randint(0, 9999999))
        if o not in used:
            used.add(o)
            return o


def prepare(specs):
    used = set()
    chains = {}
    firsts = {}
    for s in specs:
        if s.get("chain"):
            k = (s.get("co", 0), s["_i"])
            if s["chain"] not in firsts or k < firsts[s["chain"]]:
                firsts[s["chain"]] = k
    proc = sorted(specs, key=lambda s: (0 if not s.get("chain") or (s.get("co", 0), s["_i"]) == firsts[s["chain"]] else 1, s["_i"]))
    for s in proc:
        s["_seed"] = seed_of(s["l"], s["c"], s.get("t"), s["b"][:400], s.get("q", "")[:200] if s.get("q") else "")
        rnd = random.Random(s["_seed"])
        lang, client = s["l"], s["c"]
        C = CLIENTS[client]
        mp = s.get("mp") or (C["en_mp"] if lang == "en" else DEFAULT_MP[lang])
        ch = s.get("chain")
        if ch and ch in chains:
            f = chains[ch]
            s["_mp"] = s.get("mp") or f["_mp"]
            for k in ("_relay", "_oid", "_buyer", "_item"):
                s[k] = f[k]
            if s.get("it"):
                s["_item"] = s["it"]
        else:
            s["_mp"] = mp
            s["_relay"] = gen_relay(rnd, mp)
            s["_oid"] = gen_oid(rnd, mp, used)
            blang = s.get("al") or lang
            s["_buyer"] = s.get("buyer") or rnd.choice(BUYERS[blang])
            s["_item"] = s.get("it") or sorted(ITEMS[client])[rnd.randrange(len(ITEMS[client]))]
            if ch:
                chains[ch] = s
        s["_agent"] = rnd.choice(AGENT_POOL[lang])
        s["_nl"] = "crlf" if rnd.random() < 0.3 else "lf"
        s["_v"] = {"oid2": gen_oid(rnd, s["_mp"], used)}
    return specs


def order_specs(specs):
    rnd = random.Random(1414)
    idx = list(range(len(specs)))
    rnd.shuffle(idx)
    order = [specs[i] for i in idx]
    # keep every chain in its written order
    chains = {}
    for pos, s in enumerate(order):
        if s.get("chain"):
            chains.setdefault(s["chain"], []).append(pos)
    for ch, poss in chains.items():
        members = sorted((order[p] for p in poss), key=lambda s: (s.get("co", 0), s["_i"]))
        for p, m in zip(sorted(poss), members):
            order[p] = m
    return order


def build_all():
    BOILER.clear()
    specs = prepare([dict(s) for s in SPECS])
    order = order_specs(specs)
    out = []
    t0 = base_minutes()
    for pos, s in enumerate(order, 1):
        rnd = random.Random(s["_seed"] + 7)
        ts = TS(t0 + pos * 890 + rnd.randint(0, 600))
        try:
            raw, meta = render(s, pos, ts)
        except Exception as e:
            raise RuntimeError("spec %s/%s/%s %r: %s" % (s["l"], s["c"], s["t"], s["n"][:60], e))
        kind = meta["kind"]
        cats = [c for c in CAT_ORDER if c in meta["cats"]]
        topic = s["t"]
        fname = "msgs/%04d-%s-%s-%s.eml" % (pos, s["l"], "re" if kind == "reply" else "pro", topic)
        note = s["n"]
        if meta["autonote"]:
            note += " (" + "; ".join(meta["autonote"]) + ")"
        label = {"file": fname, "categories": cats, "lang": s["l"], "kind": kind, "note": note}
        out.append((fname, raw, label, meta, s))
    return out

# ---------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------

RELAY_RE = re.compile(r"^[^@\s]+@(m\.)?marketplace\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|"
                      r"co\.za|eg|com\.tr|sa|ae|in|sg|com\.au|co\.jp)$", re.I)
OID_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
QUARANTINE = {"feedback_removal", "offensive", "important_tag", "missing_order_id", "unpermitted_proactive"}
REPLY_SUBJ_RE = re.compile(r"^\s*(\[[^\]]*\]:?\s*)?(re|aw|r|sv|odp|antw|res|rif|vs|wg)\s?:", re.I)
URL_FIND = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'\])]+")
BARE_DOM = re.compile(r"(?<![\w@./-])((?:[a-z0-9][a-z0-9-]*\.)+(?:com|de|fr|it|es|nl|pl|se|eu|uk|jp|br|io|gg|net|org|pt|shop|store|me|ly|to|ph|ro))(?![\w-])")
EMAIL_FIND = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
AMAZON_HOST = re.compile(r"^(?:www\.|sellercentral\.|smile\.)?amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|"
                         r"ie|co\.jp|com\.au|in|sg|ae|sa|eg|com\.tr|co\.za)$", re.I)
BAD_AMZ_PATH = re.compile(r"(/dp/|/gp/product/|/stores/|/s\?me=)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\uFE0F\u2728\u2B50\u2705\u274C\u2764]")
OPTOUT_RE = re.compile(r"(?i)(unsubscribe|opt[- ]?out|abmelden|abbestellen|désabonner|désinscri|darse de baja|darte de baja|"
                       r"disiscriv|配信停止|afmelden|uitschrijven|wypisz|wypisać|avregistrera|avsluta prenumeration|"
                       r"descadastr|cancelar (a )?inscrição|manage (your )?preferences|stop receiving)")
STYLE_RE = re.compile(r"(?i)(font-family|(?<![-\w])color\s*:|text-align\s*:\s*center|<center|<font|<style|"
                      r"font-size(?!\s*:\s*0(?![.\d])))")
IMPORTANT_RE = re.compile(r"(?i)\[important\]")


def url_ok(u):
    m = re.match(r"(?i)^(https?)://([^/?#]+)(.*)$", u)
    if not m:
        return False
    scheme, host, rest = m.group(1).lower(), m.group(2), m.group(3)
    return scheme == "https" and bool(AMAZON_HOST.match(host)) and not BAD_AMZ_PATH.search(rest)


def strip_tags(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|blockquote|tr|li)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmlmod.unescape(h)


def scannable(msg):
    """(text lines without Amazon boilerplate, hrefs, srcs, html sources)."""
    lines, hrefs, srcs, htmls = [], [], [], []
    subj = str(msg["subject"] or "")
    lines.append(subj)
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment":
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            txt = part.get_content()
        elif ct == "text/html":
            h = part.get_content()
            htmls.append(h)
            hrefs += re.findall(r'(?i)href="([^"]*)"', h)
            srcs += re.findall(r'(?i)src="([^"]*)"', h)
            txt = strip_tags(h)
        else:
            continue
        for ln in txt.replace("\r\n", "\n").split("\n"):
            core = re.sub(r"^(>\s?)+", "", ln).strip()
            if core in BOILER:
                continue
            lines.append(ln)
    return lines, hrefs, srcs, htmls


def findings_mech(msg):
    """Mechanical evidence used by the consistency checks."""
    lines, hrefs, srcs, htmls = scannable(msg)
    text = "\n".join(lines)
    ev = {}
    bad_urls = [u for u in URL_FIND.findall(text) if not url_ok(u if not u.lower().startswith("www.") else "https://" + u)]
    bad_urls += [h for h in hrefs if not h.lower().startswith(("mailto:", "tel:", "cid:", "#")) and not url_ok(h)]
    doms = [d for d in BARE_DOM.findall(text) if not AMAZON_HOST.match(d) and not d.startswith("amazon.")]
    ev["link"] = bad_urls + doms
    ev["email"] = [e for e in EMAIL_FIND.findall(text) if not RELAY_RE.match(e)] + \
        [h for h in hrefs if h.lower().startswith("mailto:")]
    ev["emoji"] = EMOJI_RE.findall(text)
    ev["optout"] = OPTOUT_RE.findall(text) + (["header"] if msg["list-unsubscribe"] else [])
    ev["remote_img"] = [s for s in srcs if not s.lower().startswith("cid:")]
    ev["style"] = [m.group(0) for h in htmls for m in STYLE_RE.finditer(h)]
    blank = False
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and part.get_content_disposition() != "attachment":
            if re.search(r"\n[ \t]*\n[ \t]*\n[ \t]*\n", part.get_content().replace("\r\n", "\n")):
                blank = True
    ev["blank"] = blank
    return ev


def parsed_atts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        d = part.get_content_disposition()
        if d in ("attachment", "inline") and part.get_filename():
            fn = part.get_filename()
            if fn.startswith("=?"):
                fn = "".join((b.decode(c or "ascii") if isinstance(b, bytes) else b) for b, c in decode_header(fn))
            out.append((fn, part.get_content_type(), part.get_payload(decode=True), d))
    return out


def relayed(cats, spec):
    """A request enters the ledger when it would be delivered: no finding, or only findings whose default
    action is rewrite (a stripped tracking pixel; with rewrite_only also a List-Unsubscribe header)."""
    if cats <= REWRITE_ONLY:
        return True
    return bool(spec.get("rewrite_only")) and cats <= {"tracking_pixel", "opt_out"}


def run_checks(built, rebuilt=None):
    errs = []

    def E(f, m):
        errs.append("%s: %s" % (f, m))

    if rebuilt is not None:
        if len(built) != len(rebuilt):
            errs.append("rebuild: different message count")
        for a, b in zip(built, rebuilt):
            if a[0] != b[0] or a[1] != b[1] or a[2] != b[2]:
                errs.append("rebuild: %s differs" % a[0])
    labels = [b[2] for b in built]
    n = len(built)
    comp = sum(1 for l in labels if not l["categories"])
    if n < 380:
        errs.append("only %d messages" % n)
    if not (0.42 <= comp / n <= 0.55):
        errs.append("compliant share %.3f" % (comp / n))
    langc = {}
    for l in labels:
        langc[l["lang"]] = langc.get(l["lang"], 0) + 1
    for L in LANGS:
        if langc.get(L, 0) < 20:
            errs.append("language %s has %d messages" % (L, langc.get(L, 0)))
    if max(langc, key=langc.get) != "en":
        errs.append("English is not the largest language")
    for c in CAT_ORDER:
        pos = [l for l in labels if c in l["categories"]]
        need = 30 if c in WORDING else 15
        if len(pos) < need:
            errs.append("category %s has %d positives (< %d)" % (c, len(pos), need))
        if c in WORDING and len({l["lang"] for l in pos}) < 8:
            errs.append("category %s spread over only %d languages" % (c, len({l['lang'] for l in pos})))
    topics = {}
    for l in labels:
        t = l["file"].split("-", 3)[3][:-4]
        topics.setdefault(t, set()).add(bool(l["categories"]))
    for t, v in topics.items():
        if v != {True, False}:
            errs.append("topic %s occurs only as %s" % (t, "violating" if True in v else "compliant"))
    seen_text = {}
    oid_owner = {}
    ledger = set()
    for fname, raw, label, meta, spec in built:
        cats = set(label["categories"])
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        # parse, defects
        defects = list(msg.defects)
        for p in msg.walk():
            defects += list(p.defects)
        if defects:
            E(fname, "MIME defects %r" % defects)
        # text parts decode back exactly
        got = [(p.get_content_subtype(), p.get_content().replace("\r\n", "\n")) for p in msg.walk()
               if p.get_content_maintype() == "text" and not p.is_multipart() and p.get_content_disposition() != "attachment"
               and p.get_content_type() in ("text/plain", "text/html")]
        want = [(k, t) for k, t in meta["parts_text"]]
        if got != want:
            E(fname, "text parts do not round-trip")
        if str(msg["subject"]) != meta["subject"]:
            E(fname, "subject does not round-trip: %r" % str(msg["subject"]))
        # recipients
        for h in ("to", "cc"):
            if msg[h]:
                for a in msg[h].addresses:
                    if not RELAY_RE.match(a.addr_spec):
                        E(fname, "recipient %s is not a relay address" % a.addr_spec)
        # kind
        hdr_reply = bool(msg["in-reply-to"] or msg["references"]) or bool(REPLY_SUBJ_RE.match(meta["subject"]))
        if (label["kind"] == "reply") != hdr_reply:
            E(fname, "kind does not follow headers")
        if label["kind"] == "reply" and "-re-" not in fname or label["kind"] == "proactive" and "-pro-" not in fname:
            E(fname, "kind not in file name")
        if label["kind"] == "reply" and cats & PROACTIVE_ONLY:
            E(fname, "proactive-only category on a reply")
        # order id rule for proactive
        bodytext = " ".join(t for k, t in meta["parts_text"])
        has_oid = bool(OID_RE.search(meta["subject"])) or bool(OID_RE.search(bodytext))
        if label["kind"] == "proactive" and (not has_oid) != ("missing_order_id" in cats):
            E(fname, "order-id rule mismatch (has_oid=%s)" % has_oid)
        # order ids owned by one message or one chain
        for o in set(OID_RE.findall(raw.decode("latin-1"))) | set(OID_RE.findall(bodytext + meta["subject"])):
            owner = spec.get("chain") or fname
            if oid_owner.setdefault(o, owner) != owner:
                E(fname, "order id %s shared outside its chain" % o)
        # attachments
        patts = parsed_atts(msg)
        real = [a for a in patts if a[3] == "attachment"]
        acats, why = att_findings(real)
        if ("attachment" in acats) != ("attachment" in cats):
            E(fname, "attachment label inconsistent %s" % why)
        if not cats and len(patts) > 5:
            E(fname, "compliant message with more than five non-body parts")
        # ledger replay
        if spec.get("req") and spec.get("chain") and cats & QUARANTINE:
            E(fname, "quarantined request inside a ledger chain")
        if spec.get("req"):
            key = (meta["oid"], meta["relay"].lower())
            if key in ledger and "repeat_request" not in cats:
                E(fname, "second request for %s not labelled repeat_request" % meta["oid"])
            if key not in ledger and "repeat_request" in cats:
                E(fname, "repeat_request without an earlier relayed request")
            if relayed(cats, spec):
                ledger.add(key)
        elif "repeat_request" in cats:
            E(fname, "repeat_request on a message not marked as a request")
        # agent text unique
        for t in [meta["body"]] + meta["prior_agent"]:
            k = re.sub(r"\s+", " ", t).strip()
            if k in seen_text and seen_text[k] != fname:
                E(fname, "agent text reused from %s" % seen_text[k])
            seen_text[k] = fname
        # mechanical consistency
        ev = findings_mech(msg)
        obf = spec.get("obf")
        if ev["link"] and "external_link" not in cats and "opt_out" not in cats:
            E(fname, "non-Amazon link but no external_link: %r" % ev["link"][:3])
        if ev["link"] and "external_link" not in cats:
            E(fname, "link without external_link: %r" % ev["link"][:3])
        if not ev["link"] and "external_link" in cats and not obf:
            E(fname, "external_link labelled but no link found")
        if ev["email"] and "contact_email" not in cats:
            E(fname, "address but no contact_email: %r" % ev["email"][:3])
        if not ev["email"] and "contact_email" in cats and not obf:
            E(fname, "contact_email labelled but no address found")
        if ev["emoji"] and "styling" not in cats:
            E(fname, "emoji but no styling")
        if ev["optout"] and "opt_out" not in cats:
            E(fname, "opt-out wording but no opt_out: %r" % ev["optout"][:2])
        if ev["remote_img"] and not ({"tracking_pixel", "styling"} & cats):
            E(fname, "remote image but no tracking_pixel/styling")
        if (ev["style"] or ev["blank"]) and "styling" not in cats:
            E(fname, "style override or blank-line run but no styling: %r" % ev["style"][:3])
        if IMPORTANT_RE.search(meta["subject"]) and not spec.get("imp") and "important_tag" not in cats:
            E(fname, "[Important] without label or justification")
        if spec.get("imp") and "important_tag" in cats:
            E(fname, "justified [Important] labelled important_tag")
        if not cats:
            if msg["list-unsubscribe"]:
                E(fname, "compliant with List-Unsubscribe")
            if "http://" in raw.decode("latin-1"):
                E(fname, "compliant with http:")
        if cats - set(CAT_ORDER):
            E(fname, "unknown category")
        if label["categories"] != [c for c in CAT_ORDER if c in cats]:
            E(fname, "categories not in POLICY order")
    return errs

# ===========================================================================
# ENGLISH - compliant (hard negatives) and ledger first requests
# ===========================================================================

M(l="en", c="iron", k="re", t="delivery", it="tread", sk="ship", a="rhea",
  n="freight tracking number written in digit groups, delivery window; compliant",
  q="""Hi, the tracking says out for delivery since yesterday but no treadmill. I took day off work for this. What is going on??""",
  b="""Hi {b},

Thank you for reaching out and apologies for the inconvenience this has caused. Kindly be advised that the FoldRun T3 ships by pallet freight, not by normal parcel, so the "out for delivery" status is from the hub and not the truck.

I have checked with DPD freight as of the moment: consignment 0 1234 5678 9012 34, it is now planned for Thursday between 07:00 and 12:00. The driver will call the number you gave to Amazon about 30 min before arrival.

Rest assured I will keep monitoring this for you. Order reference for your side: {oid}.

Warm regards,
Rhea""")

M(l="en", c="iron", k="pro", t="schedule", it="tread", a="tiago", imp=True, fmt="plain", cs="us-ascii", cte="7bit",
  subj="[Important] Delivery appointment for your FoldRun T3 - order {oid}",
  n="[Important] used for scheduling a bulky freight delivery; time slots and weight; compliant",
  b="""Hello {b},

Your FoldRun T3 treadmill (order {oid}) is ready to leave our warehouse. Because the box weighs 58 kg it travel with a freight carrier that need an appointment at your address.

Can you tell us which slot is better for you?

- Tuesday 11 June, 08:00 - 12:00
- Tuesday 11 June, 12:00 - 17:00
- Wednesday 12 June, 08:00 - 12:00

The driver brings it to the ground floor / first door. If there are stairs without lift please tell us, so we inform the carrier before.

We stay at your disposal.

Tiago""")

M(l="en", c="iron", k="re", t="return", it="db", mp="uk", a="magda", sk="ret",
  att=[("pdf", "Return_label_RMA-24-0611-2291.pdf", {"title": "Return label RMA-24-0611-2291",
                                                       "lines": ["IronNest Returns c/o Gateway Logistics", "Unit 4, Gateway Park", "Daventry NN11 8QJ"]})],
  fmt="alt",
  n="return label PDF attachment, RMA number and a UK return address with postcode; compliant",
  q="""One of the dumbbells is rattling when I lift it, the plates are loose. I want to send it back.""",
  b="""Hello {b},

I am sorry to hear about loose plates. I created return for you, RMA-24-0611-2291, and label is in attachment of this message.

Please pack both dumbbells in original box if possible and send to:
IronNest Returns c/o Gateway Logistics
Unit 4, Gateway Park
Daventry NN11 8QJ

When parcel is scanned by carrier you will get the refund to original payment method, normally in 3-5 working days.

Kind regards,
Magdalena""")

M(l="en", c="iron", k="re", t="refund", it="db", a="mark",
  n="partial refund and the words discount/free used to resolve a damaged item, not tied to a review; compliant",
  q="""The dumbbells work fine but the black coating is chipped on two plates. Bit disappointed for this price.""",
  b="""Good day {b}!

Thank you for the photos. I can see the chips on the 2.5 kg plates, apologies for that, it should not leave our warehouse like this.

Since the set is working fine, I have issued a partial refund of $45.00 (about 15% of the price) to your original payment method, you don't need to return anything. If you prefer a free replacement of the two plates instead, just reply here and I will arrange it, no extra cost.

The refund shows on your Amazon order page in 2-3 business days.

Best regards,
Mark Anthony""")

M(l="en", c="iron", k="re", t="feedback", it="bar", a="jhoanna", sk="gen",
  n="buyer asked how to change the seller feedback they left; steps and an Amazon feedback link, no pressure; compliant",
  q="""Hey, you guys sorted the pull up bar thing really fast. I left a pretty angry feedback last week before you answered, how do I change it? Can't find it.""",
  b="""Hi {b},

Glad to hear the new end caps fit well!

About your question: you can edit or remove seller feedback within 60 days. Go to Your Orders, find the order, and choose "Leave seller feedback", or open this page: https://www.amazon.com/hz/feedback

It is completely your decision what you write there, we are only answering because you asked.

Have a nice day,
Jhoanna""")

M(l="en", c="iron", k="re", t="usage", it="db", a="bogdan",
  n="review and rating used in other senses (we reviewed the video, load rating); compliant",
  q="""Sent you a video, the dial on the left dumbbell does not click into 10 kg. Is it broken?""",
  b="""Hello {b},

Thank you for the video. Me and my colleague reviewed it two times and the selector is not broken, the handle is just not sitting fully in the cradle, so the lock pin stay blocked. It happens when the dumbbell is put back a bit inclined.

Please put it back into the base flat, press down until you feel the click, and then turn the dial. The load rating of each handle is 24 kg, so 10 kg is far from the limit.

If it still don't turn, write me and we send a new cradle.

Regards,
Bogdan""")

M(l="en", c="meeple", k="re", t="missing-part", it="tide", a="kris",
  n="missing components replaced free of charge, USPS tracking number with 22 digits in groups; compliant",
  q="""Opened Tidewatch tonight and there are only 3 purple lighthouse pieces instead of 4. Can't play 4 players without it.""",
  b="""Hi {b},

So sorry about the missing lighthouse! We have shipped a spare set of purple pieces today, free of charge of course.

USPS tracking: 9400 1118 9922 3344 5566 77

It usually takes 3-5 days. In the meantime you can use a coin or any token for the fourth lighthouse, it has no special rules.

Enjoy the game,
Kristine""")

M(l="en", c="meeple", k="re", t="usage", it="tide", a="jr", sk="noorder",
  n="product question without order id; age rating, score track numbers; compliant",
  q="""Before I buy: is Tidewatch ok for a 10 year old who plays Ticket to Ride? The box says 12+.""",
  b="""Hi {b},

Good question! The 12+ age rating is mostly because of the trading phase, which has a lot of reading on the cards. The core rules (place keepers, collect tide tokens, move the score marker on the 1-100 track) are not harder than Ticket to Ride.

Many families play it with 10 year olds using the "calm seas" variant on page 14 of the rulebook, it removes the trading phase for the first games.

Hope this helps,
JR""")

M(l="en", c="meeple", k="re", t="complaint", it="exp", a="mark",
  n="rude buyer threatens 1-star reviews; firm but polite reply with an unconditional replacement; compliant",
  q="""Third time I write. The expansion box was crushed, cards bent. You people are scammers and I will put 1 star everywhere I can if nobody answers today.""",
  b="""Hello {b},

I am sorry you had to write three times, that should not happen and I understand the frustration.

I have checked the photos from your first message: the Deep Currents box was clearly damaged in transit. A replacement copy ships today with tracking, and you do not need to send the damaged one back.

I want to be transparent: the replacement is sent regardless of any rating or review, it is simply what we owe you for a damaged product.

Regards,
Mark Anthony""")

M(l="en", c="meeple", k="pro", t="review", it="lanterns", a="kris", req=True, fmt="plain", cs="us-ascii", cte="7bit",
  subj="Your Lantern Row order {oid}",
  n="single neutral product review request with the order id; compliant (first and only request for this order)",
  b="""Hello {b},

Your copy of Lantern Row was delivered last week, we hope the first games went well.

If you have a moment, we would appreciate it if you shared your experience in a product review on Amazon. It helps other families decide if the game suits them.

Thank you,
Kristine""")

M(l="en", c="nord", k="re", t="delivery", it="pillow", a="pawel",
  n="Evri tracking number that starts with letters and digits; missed delivery card; compliant",
  q="""The Evri app says they tried to deliver but I was home all day. Where are my pillows now?""",
  b="""Hello {b},

I am sorry about this. I checked tracking H01JHA0012345678 and Evri marked "we tried to deliver" at 14:52 yesterday. Usually this means driver did not have time to go up to the flat.

They will try again tomorrow. If you prefer, in Evri app you can choose ParcelShop pick-up instead, the nearest one in your postcode area is open till 20:00.

If there is no delivery by Friday please write us again and we send new pair immediately.

Best regards,
Paweł""")

M(l="en", c="nord", k="pro", t="custom", it="mono", a="ola", imp=True,
  subj="Monogram check for your pillowcases (order {oid}) [Important]",
  n="[Important] on a customisation question (embroidered monogram letters); compliant",
  b="""Hello {b},

Thank you for ordering our linen pillowcases with monogram. Before embroidery starts we need to check one thing.

In the personalisation field we received the letters "ALH". On our pillowcases the middle letter is bigger (classic style), so it will show as A-L-H with L in the centre. Many customers want the surname letter in the middle, in that case it should be "AHL".

Please confirm which order of letters you want. We will start the embroidery after your answer, so the order is not delayed more than one day.

Kind regards,
Aleksandra""")

M(l="en", c="nord", k="re", t="return", it="topper", a="karo",
  n="Amazon returns centre link and 'free return' in the return-policy sense; compliant",
  q="""The topper is too firm for me, my back hurts. Can I return it even if I slept on it 2 weeks?""",
  b="""Hello {b},

Sorry that the topper is not right for you. Yes, you can still return it, your order is inside the 30 day return window.

Please start the return in Amazon Returns Centre: https://www.amazon.co.uk/returns/cart/{oid}
Choose "too firm / not as expected", the return is free for this reason. Roll the topper tight and put it in the original bag if you still have it, if not a big bin bag is ok.

Refund comes when the carrier scans the parcel.

Regards,
Karolina""")

M(l="en", c="mare", k="re", t="usage", it="serum", a="andreea",
  n="batch number, expiry date, 'fragrance-free/paraben-free' free words; compliant",
  q="""My vitamin C serum has gone a bit orange after 3 weeks. Is it off? Batch on the box is L23B114.""",
  b="""Dear {b},

Thank you for your message and for sending the batch number. Batch L23B114 was made in March with expiry EXP 11/2026, so the product itself is in date.

A light orange colour is normal for a 15% vitamin C serum once the bottle is opened, it is the ascorbic acid oxidising a little. It is still effective while it is light amber. If it becomes dark orange or brown, please stop using it.

Tip: keep it in a cool place away from the bathroom window. The formula is fragrance-free and paraben-free, so there is nothing else that changes colour.

Kind regards,
Andreea""")

M(l="en", c="mare", k="re", t="refund", it="giftset", a="vlad",
  n="partial refund in GBP after a leaking product, not tied to a review; compliant",
  q="""The discovery set came with the night cream jar leaking all over the box. The serum and cleanser are ok.""",
  b="""Hello {b},

We are regretting the leaking jar, thank you for telling us. I have refunded £14.50, which is the value of the night cream in the set, to your original payment method.

You can keep the serum and the cleanser, and please throw away the leaking jar, no need to send it back.

All the best,
Vlad""")

M(l="en", c="mare", k="re", t="invoice", it="spf", a="ines", fmt="alt",
  att=[("pdf", "Invoice_MB-UK-24-003187.pdf", {"title": "VAT invoice MB-UK-24-003187",
                                                "lines": ["Mare Botanics Lda", "VAT GB 318 7743 21", "Total GBP 21.90"]})],
  n="VAT invoice PDF, VAT number in phone-like digit groups, invoice number; compliant",
  q="""Can I get a VAT invoice please? I need it for my salon expenses.""",
  b="""Dear {b},

Of course. I send in attachment the VAT invoice MB-UK-24-003187 for your order. Our VAT number GB 318 7743 21 is printed on the top right, and the amount is £21.90 including 20% VAT.

If you need the invoice with the name of your salon, please reply with the exact company name and we prepare a new one.

Best regards,
Inês""")

M(l="en", c="volt", k="re", t="compat", it="charger", a="pawel", sk="prod",
  n="compatibility answer with plug sizes, voltages and a third-party brand named because the buyer asked; compliant",
  q="""Will this charger work with my Bosch PowerPack 400? The Bosch one died.""",
  b="""Hello {b},

Unfortunately no. Our 42V 2A charger is made for 36V batteries with XLR or DC 5.5 x 2.1 mm sockets (most hailong and frame batteries from conversion kits). The Bosch PowerPack 400 uses its own charge socket and communicates with the charger, so a generic charger will not start charging it.

For the Bosch pack you need an original Bosch charger from a Bosch dealer. If you want, you can return ours in the 30 days via your Amazon orders page.

Kind regards,
Paweł""")

M(l="en", c="volt", k="re", t="warranty", it="batt", a="magda",
  att=[("pdf", "VoltPedal_warranty_card.pdf", {"title": "VoltPedal warranty card", "lines": ["Battery warranty: 24 months or 500 cycles"]})],
  n="battery serial number, warranty card PDF and case number; compliant",
  q="""Battery only goes 15 km now, it was 60 km when new. It's 14 months old. Is that warranty?""",
  b="""Hello {b},

Thank you for writing. The battery has 24 months warranty or 500 cycles, so yes, this is covered if capacity is under 70%.

Please send me from the label under the battery the serial number, it looks like VP36-13-2211-04587, and a photo of the display after full charge. Warranty card with all conditions is in attachment.

When I have this I open warranty case and we organise collection of battery by hazmat courier, you don't pay anything.

Best regards,
Magdalena""")

M(l="en", c="nido", k="re", t="delivery", it="warmer", a="rhea",
  n="Royal Mail tracking number, dispatch dates; compliant",
  q="""Hi, ordered the bottle warmer 6 days ago, still nothing. Baby is due next week!""",
  b="""Hi {b},

Congratulations on the coming baby! I understand you want everything ready.

Kindly note your bottle warmer was dispatched on Monday with Royal Mail Tracked 48, tracking AB123456789GB. It is currently at the Chelmsford mail centre and Royal Mail expects delivery by Saturday.

If it has not arrived by Tuesday, please let us know and we will send a replacement by express, so you have it before the due date.

Warm regards,
Rhea""")

M(l="en", c="nido", k="re", t="usage", it="warmer", a="kris", fmt="plain", cs="utf-8", cte="8bit",
  n="manual page references, temperatures and times; 'review the manual' in the reading sense; compliant",
  q="""The warmer makes the milk way too hot on setting 3. Am I doing something wrong?""",
  b="""Hi {b},

Thank you for asking! Setting 3 is the steam mode for frozen breast milk bags, so it heats much faster. For a bottle from the fridge please use setting 2 for about 4 minutes, it stops at around 37°C.

Could you also review page 6 of the manual, the table there shows the times for 60 ml, 120 ml and 240 ml. Always shake the bottle and test a few drops on your wrist.

Take care,
Kristine""")

M(l="en", c="iron", k="re", t="address", it="bench", a="mark", sk="ship",
  n="UPS tracking number 1Z..., address change after dispatch declined politely; compliant",
  q="""I put my old address by mistake!! Can you change it to 52 Pine Street?""",
  b="""Hi {b},

I'm sorry, the bench already left our warehouse this morning, so we can no longer change the address on the Amazon order.

What you can do: the parcel is with UPS, tracking 1Z999AA10123456784. In the UPS My Choice app you can request a delivery change or hold it at a UPS Access Point near your old address, depending on what is easier for you.

If the parcel is returned to us instead, we will refund you in full as soon as it arrives.

Regards,
Mark Anthony""")

M(l="en", c="iron", k="pro", t="address", it="bench", a="andreea", imp=True, fmt="plain", cs="us-ascii", cte="7bit",
  subj="Address question for order {oid} [Important]",
  n="[Important] on an address problem (missing apartment number); compliant",
  b="""Hello {b},

I am writing about your order {oid} for the FB-200 weight bench. The carrier sent us back a warning that the address has no apartment number, and the building at this street number has 24 apartments.

Can you please reply with the apartment or suite number? The bench is 31 kg, so the driver cannot leave it at the entrance.

We hold the parcel until your answer so it is not sent back.

Thank you,
Andreea""")

M(l="en", c="iron", k="pro", t="delivery", it="bench", a="bogdan",
  subj="Second box of your weight bench - order {oid}",
  n="proactive message resolving a split-shipment problem, tracking number; allowed reason, not a shipping confirmation; compliant",
  b="""Hello {b},

The FB-200 bench comes in two boxes. We saw that only box 1 of 2 was delivered to you on Friday, box 2 (the backrest and the bolts) stayed in the UPS depot because of a label problem.

We made a new label today, box 2 now has tracking 1Z4A7R590312845561 and should arrive in 2 days. Please don't start the assembly with only box 1, the frame bolts are in box 2.

Sorry for the trouble, and if box 2 is not there by Thursday please answer this message.

Regards,
Bogdan""")

M(l="en", c="meeple", k="pro", t="invoice", it="tide", a="jr",
  subj="Invoice for your order {oid}",
  att=[("pdf", "Invoice MH-US-2024-00418.pdf", {"title": "Invoice MH-US-2024-00418", "lines": ["Tidewatch base game", "USD 54.99"]})],
  n="proactive invoice with a PDF (an allowed reason), invoice number and price; compliant",
  b="""Hi {b},

As requested at checkout, please find attached the invoice MH-US-2024-00418 for your order {oid} (Tidewatch base game, $54.99, sales tax included).

Best,
JR""")

M(l="en", c="meeple", k="re", t="stock", it="exp", a="jhoanna", sk="noorder",
  n="buyer asked about restock; reply with expected week, no promotion; compliant",
  q="""When will Deep Currents be back in stock? It says currently unavailable.""",
  b="""Hi {b},

Thank you for your interest in the expansion! The next shipment from the printer is expected in our US warehouse in week 27, so it should be available on Amazon again in early July.

Unfortunately we cannot reserve a copy, as orders are only possible once it shows as in stock on the product page.

Kind regards,
Jhoanna""")

M(l="en", c="nord", k="pro", t="return", it="pillow", a="pawel", mp="uk",
  subj="Your pillow return for order {oid}",
  n="proactive return-related question (one pillow of two missing in the return); allowed; compliant",
  b="""Hello {b},

We received your return for order {oid} today, thank you. When the warehouse opened the parcel there was only one pillow inside, the order was for a pack of 2.

Could you please check if the second pillow is maybe still at home, or if it was sent in a separate parcel? If it was sent separately, just send us the tracking number and we refund the full pack when it arrives.

Kind regards,
Paweł""")

M(l="en", c="mare", k="pro", t="missing-part", it="spf", a="joana",
  subj="About your SPF 50+ fluid, order {oid}",
  n="proactive fix of a packing error (missing pump), replacement free of charge; allowed; compliant",
  b="""Dear {b},

We found that a small batch of our SPF 50+ fluid, including the bottle sent to you with order {oid}, was packed with a screw cap instead of the pump.

A pump is already on the way to you by Royal Mail, free of charge, you don't need to return anything. Simply unscrew the cap and screw the pump on.

We apologise for this mistake.

Best regards,
Joana""")

M(l="en", c="volt", k="re", t="damaged", it="batt", a="bartek",
  n="damaged battery, we reviewed the photos, collection window and DHL waybill; compliant",
  q="""Box arrived with a big dent and the battery case has a crack on the corner. Is it safe to charge?""", qo={"att": "IMG_20240611_0932.jpg"},
  b="""Hello {b},

Please do NOT charge or use this battery. We reviewed your photos with our technician and a crack on the case means the cells could be damaged.

We will collect it with a special hazmat courier. DHL will come on 14/06 between 9:00 and 13:00, waybill number 7723 4410 58. The driver brings a safe box, you only need to give him the battery.

A new battery is already reserved for you and ships the same day as the collection.

Kind regards,
Bartosz""")

M(l="en", c="iron", k="pro", t="review", it="kb", a="kris", req=True, chain="R01", co=1, fmt="plain", cs="us-ascii", cte="7bit",
  subj="How is your kettlebell? Order {oid}",
  n="ledger R01: first neutral review request for this order; compliant",
  b="""Hi {b},

Your 16 kg kettlebell from IronNest arrived a few days ago according to the carrier. We hope the first swings felt good!

If you have a moment, we would appreciate a short product review on Amazon about your experience, whatever it is. It helps other people choose the right weight.

Thanks and have a good workout,
Kristine""")

M(l="en", c="meeple", k="re", t="followup", it="insert", a="jr", req=True, chain="R02", co=1,
  n="ledger R02: seller-feedback request inside a support reply after solving the problem; neutral; compliant",
  q="""The insert fits now after I sanded the corner a little like you said, thanks!""",
  b="""Hi {b},

Great news, thank you for letting us know! That corner is a known tight spot, we have already asked the workshop to cut it 1 mm wider in the next batch.

If you have a moment, we would appreciate your seller feedback on this order, it helps us a lot as a small company.

Cheers,
JR""")

M(l="en", c="nord", k="pro", t="review", it="duvet", a="ola", req=True, chain="R03", co=1,
  subj="Your Nordvik duvet - order {oid}",
  n="ledger R03: first neutral review request; compliant",
  b="""Hello {b},

Your all-season duvet was delivered about a week ago. We hope you are sleeping well under it!

When you have a minute, we would be grateful for a review of the duvet on Amazon. Honest opinions help other customers choose the right warmth.

Thank you,
Aleksandra""")

M(l="en", c="nido", k="re", t="complaint", it="cam", a="jhoanna",
  n="rude buyer, agent stays firm and polite, explains the process without conditions; compliant",
  q="""Your camera is junk. Screen went black after 2 days and your "support" is a joke. I want my money back NOW not some troubleshooting nonsense.""",
  b="""Hi {b},

I'm sorry the NidoCam stopped working, I understand how stressful that is when you rely on it at night.

You don't need to do any troubleshooting if you prefer not to. I have approved the return on your order, you can print the label from Your Orders and the refund is issued as soon as the parcel is scanned.

If you would rather have a replacement unit shipped first, just let me know and I'll arrange it today.

Kind regards,
Jhoanna""")

M(l="en", c="volt", k="re", t="complaint", it="ctrl", a="vlad",
  n="buyer threatens a 1-star review unless refunded; agent gives the refund unconditionally and says so; compliant",
  q="""Controller doesn't fit my frame. Either you refund me today or I'm leaving a 1 star review with the whole story.""",
  b="""Hello {b},

Thank you for writing to us. The controller is 10 mm longer than the older model, so it is true that it does not fit every frame box, our listing should say this more clearly.

I have refunded the full amount today. You can send the controller back with the label in your Amazon account, but the refund does not depend on it.

Of course you are free to write about your experience however you want.

Regards,
Vlad""")

M(l="en", c="iron", k="re", t="usage", it="band", a="rhea", sk="prod",
  n="buyer asked to move to WhatsApp; agent declines and stays in Amazon messaging; compliant",
  q="""Can I just send you a WhatsApp with the photos? It's easier from my phone.""",
  b="""Hi {b},

Thank you for the suggestion, but we are only able to communicate with customers here through Amazon messages, we cannot use WhatsApp or other apps.

You can attach the photos directly to your reply here, from the Amazon app it works with the paperclip icon at the bottom of the message.

Kindly send them when convenient and I'll check them right away.

Best regards,
Rhea""")

M(l="en", c="mare", k="re", t="delivery", it="night", a="bia",
  n="UK place names that contain trigger substrings (Cockfosters, Middlesex, Penistone); compliant",
  q="""The tracking says my parcel is at a depot in Cockfosters?? I live in Penistone, that's 200 miles away.""",
  b="""Hello {b},

I understand the confusion. The parcel went first to the courier hub in Cockfosters, Middlesex by mistake, because the sorting machine read the postcode wrong.

It has been corrected this morning and it is now travelling to the Sheffield depot, which delivers to Penistone. The new expected delivery is Thursday.

Sorry for the delay,
Beatriz""")

M(l="en", c="nord", k="re", t="feedback", it="sheets", a="karo",
  n="after resolving the problem, a neutral sentence that feedback can be updated, explicitly optional; compliant",
  q="""Got the replacement sheets, these are the right size. Thanks for sorting it.""",
  b="""Hello {b},

Thank you for confirming, I am glad the king size set is correct this time.

Since you mentioned the mix-up in your feedback, just for information: if you feel we have resolved your concern, it is possible to update the feedback you left on the order. This is entirely up to you, and it changes nothing for your order.

Sleep well,
Karolina""")

M(l="en", c="iron", k="re", t="followup", it="db", a="rhea", refmode="both",
  n="helpdesk auto-acknowledgement sent as a reply (In-Reply-To); not a proactive message; compliant",
  q="""Hello, I have a question about the warranty of the dumbbells, how long is it?""",
  b="""Hello {b},

This is an automatic confirmation that we received your message about order {oid}. One of our agents will answer you within 24 hours (Monday to Saturday).

IronNest Fitness Customer Care""")

M(l="en", c="meeple", k="re", t="missing-part", it="tide", a="kris",
  th=[("b", """Box was missing the 5 tide dice. Help?"""),
      ("a", "jr", """Hi {b},

Sorry about that! Could you check under the cardboard insert? In some boxes the dice bag slides under it.

JR""")],
  q="""Checked everything, no dice anywhere.""",
  n="shift hand-over: quoted earlier agent reply is clean; Kayako history; compliant",
  b="""Hi {b},

Thanks for checking, and sorry for the extra step! My colleague JR is off today, so I'm taking over your ticket.

A full set of 5 tide dice is on its way with USPS First-Class, tracking 9400 1000 0000 0000 0010 22. It should arrive within the week.

Best,
Kristine""")

M(l="en", c="volt", k="re", t="usage", it="display", a="magda", cs="utf-8",
  th=[("b", """Display shows error 30 after I connected everything."""),
      ("a", "pawel", """Hello {b},

Error 30 is communication error between display and controller. Please check that 5-pin plug is fully inserted and arrows are on same side.

Pawel""")],
  q="""Plug is fine. Still error 30.""",
  n="Salesforce thread with a clean earlier agent reply; error codes and pin counts; compliant",
  b="""Hello {b},

Thank you for checking the plug. My colleague Paweł passed your case to me.

When plug is correct and error 30 stays, usually the display is set to wrong protocol. Please hold both + and - buttons for 2 seconds, go to P08 and check value is 36 (volt), then P10 must be 1. After change switch display off and on.

If error is still there after this, we send replacement display under warranty.

Best regards,
Magdalena""")

M(l="en", c="mare", k="re", t="usage", it="serum", a="andreea", sk="noorder",
  n="product question without order id, safety advice, percentage; compliant",
  q="""Is the vitamin C serum safe to use while pregnant?""",
  b="""Dear {b},

Thank you for your question. Our Vitamin C 15% serum contains no retinoids and no salicylic acid, which are the ingredients most often avoided in pregnancy. The full ingredient list is on the product page under "Product information".

However we are not able to give medical advice, so please show the ingredient list to your midwife or doctor before using it.

Kind regards,
Andreea""")

M(l="en", c="nido", k="re", t="usage", it="cam", a="mark", sk="noorder",
  n="app names mentioned as product facts (no Skype or WhatsApp needed); no contact offered; compliant",
  q="""Does the NidoCam need wifi or an app? My mum doesn't have a smartphone.""",
  b="""Hi {b},

Good news for your mum: the NidoCam 2 works without wifi and without any app. The camera and the parent screen connect directly by radio (2.4 GHz), range up to 300 m in open space.

So no Skype, WhatsApp or phone is needed, you just plug both in and they pair automatically.

Best regards,
Mark Anthony""")

M(l="en", c="iron", k="pro", t="refund", it="band", a="mark",
  subj="Shipping charge refunded on order {oid}",
  n="proactive refund of a double shipping charge; price and order id; compliant",
  b="""Hello {b},

While checking our orders we noticed that your order {oid} was charged shipping twice ($6.49 x 2). This was our mistake.

We have refunded $6.49 to your original payment method today. You don't need to do anything, it will show on your order page in a few days.

Apologies for the error,
Mark Anthony""")

M(l="en", c="nord", k="re", t="return", it="topper", a="ola", fmt="mixed",
  att=[("jpg", "label_position.jpg", {"w": 120, "h": 90, "base": (200, 190, 170)})],
  n="agent attaches a JPEG showing where to stick the return label; compliant",
  q="""Where should I stick the return label? The topper bag is round and the label doesn't fit.""",
  b="""Hello {b},

Good question! The easiest is to tape the label flat on one end of the roll, like on the photo in attachment. The barcode must not be folded over the edge.

If the bag is soft, you can also put the label in a clear plastic sleeve and tape the sleeve around.

Kind regards,
Aleksandra""")

M(l="en", c="meeple", k="re", t="missing-part", it="exp", a="jhoanna", fmt="mixed",
  att=[("png", "deep-currents-tokens.png", {"w": 80, "h": 60, "tint": (40, 90, 160)})],
  n="PNG diagram of the component list attached; compliant",
  q="""Not sure what is missing, the token sheet looks different from the rulebook picture.""",
  b="""Hi {b},

No worries, the rulebook picture shows the prototype. I've attached the picture of the final token sheet: there are 2 sheets, 18 current tokens, 6 whirlpool tokens and 1 first-player marker.

If you count fewer than this, tell me which ones and we'll ship them.

Best,
Jhoanna""")

M(l="en", c="volt", k="re", t="usage", it="display", a="bartek", fmt="mixed",
  att=[("txt", "KD718_error_codes.txt", {"text": "KD-718 error codes\n21 current fault\n22 throttle fault\n23 motor phase\n24 hall sensor\n25 brake\n30 communication\n"})],
  n="plain-text TXT attachment with error codes; compliant",
  q="""Display shows 24. What does it mean?""",
  b="""Hello {b},

Error 24 means the controller does not get the hall sensor signal from the motor. Most often the motor plug near the rear wheel is not pushed in completely, or a pin is bent.

I attached a small text file with all error codes of the KD-718, so you have them for the future.

Kind regards,
Bartosz""")

M(l="en", c="mare", k="re", t="return", it="night", a="tiago", fmt="mixed",
  att=[("docx", "Reaction_report_form.docx", {"paras": ["Skin reaction report", "Product:", "Batch:", "Date of first use:", "Description:"]})],
  n="DOCX form attached for a skin reaction report; compliant",
  q="""I got red patches after using the night cream two nights. I want to return it.""",
  b="""Dear {b},

We are very sorry about the reaction, please stop using the cream. You can return it even opened, the refund is full.

For our quality team it would help very much if you fill the short form in attachment (batch number is on the bottom of the jar). This is optional and it doesn't change your refund.

Wishing you a quick recovery,
Tiago""")

M(l="en", c="iron", k="re", t="delivery", it="kb", a="ines", fmt="rel", sig="logo",
  n="unlinked inline cid: logo in multipart/related; compliant",
  q="""Has my kettlebell shipped yet? Ordered Saturday.""",
  b="""Hello {b},

Yes, your kettlebell shipped on Monday with FedEx Ground, tracking 7749 1234 5678. It is a heavy parcel, so FedEx may ask for a signature.

Expected delivery is Thursday between 10:30 and 18:00.

Best regards,
Inês""")

M(l="en", c="nido", k="re", t="return", it="swaddle", a="bogdan", fmt="plain", cs="utf-8", cte="qp",
  n="Amazon returns link and exactly two blank lines between paragraphs (allowed maximum); compliant",
  q="""The swaddles are lovely but I ordered the wrong colour, can I swap them for the sage green?""",
  b="""Hello {b},

Thank you for your message. We cannot swap the colour directly on the same order, but you can return the set for free here:


https://www.amazon.co.uk/returns/cart/{oid}


and then order the sage green set. The refund for the first one comes after the parcel is scanned.

Kind regards,
Bogdan""")

M(l="en", c="meeple", k="re", t="usage", it="tide", a="kris",
  n="review and rating in other senses: rules review session, ranking in the game; compliant",
  q="""We disagree on the end game: does the player with the most lighthouses win or most tide points?""",
  b="""Hi {b},

Great question, it comes up a lot in our rules review sessions! The winner is the player with the most tide points. Lighthouses only break ties: if two players have the same points, the one with more lighthouses ranks higher.

Page 19, "Final scoring", has an example with the rating of each player at the end.

Happy gaming,
Kristine""")

M(l="en", c="iron", k="re", t="delivery", it="bar", hd="outlook", a="pawel", cs="windows-1252", cte="qp", fmt="plain",
  n="Outlook plain-text reply with a From/Sent/To/Subject quote header that shows names only; compliant",
  q="""Hi, the pull up bar arrived without the 4 foam pads. Can you send them?""",
  b="""Hello {b},

Thank you for message and sorry for missing pads. I sent today 4 new foam pads by USPS, tracking 9400 1206 9988 7766 5544 33, they should arrive in 3-4 days.

You can use the bar already without pads, but please put a towel between the bar and door frame so the paint is protected.

Best regards
Pawel""")

# ===========================================================================
# ENGLISH - violations, ledger chains
# ===========================================================================

M(l="en", c="iron", k="re", t="review", it="db", a="jr", req=True, cats=["review_manipulation"],
  n="thank-you reply that asks for a five-star rating ('5 stars would make my day')",
  q="""Just wanted to say the dumbbells are awesome, best purchase this year.""",
  b="""Hey {b}!

That honestly made my morning, thank you for taking the time to tell us. If you could pop those exact words into a review and hit the 5 stars, it would make my whole week haha. Every five-star one really counts for a small brand like ours.

Keep lifting!
JR""")

M(l="en", c="iron", k="pro", t="review", it="band", a="rhea", req=True, cats=["review_incentive"], fmt="alt",
  subj="A little something for you - order {oid}",
  n="free product offered in exchange for a review with a photo",
  b="""Hi {b}!

Thank you for choosing IronNest for your resistance bands. We are currently running a small appreciation program for our customers: post an honest review with a photo of your bands in action and we will ship you our mini loop band set (worth $14.99) totally free.

Just reply to this message with your review name once it's live and we'll take care of the rest.

Have a great workout!
Rhea""")

M(l="en", c="iron", k="pro", t="review", it="bar", a="tiago", req=True, cats=["review_manipulation"], fmt="plain", cs="us-ascii", cte="7bit",
  subj="Quick question about order {oid}",
  n="review gating: review invited if happy, problems to be sent to the seller instead",
  b="""Hello {b},

We hope your PB-90 pull-up bar is holding strong!

If you are happy with it, we would love if you share this in a review on Amazon. If something is not perfect, please don't go to the review page, write to us here first and we fix it before anything else.

Thank you and good training,
Tiago""")

M(l="en", c="iron", k="re", t="feedback", it="kb", a="magda", cats=["feedback_removal"],
  n="asks the buyer to remove the negative seller feedback after a refund",
  q="""Ok I got the refund. Still annoyed it took 3 weeks.""",
  b="""Hello {b},

I understand and I am sorry for long waiting, the carrier lost the parcel and investigation took time.

Now that you have full refund, can I ask you please to remove the negative feedback you left for us? For small seller one bad feedback is very heavy and the problem is solved now. It takes only one minute in Your Orders.

Thank you for understanding,
Magdalena""")

M(l="en", c="iron", k="re", t="refund", it="bench", a="bogdan", cats=["review_incentive", "feedback_removal"],
  n="remaining refund promised once the feedback is updated (reward tied to changing feedback)",
  q="""You refunded only $40 of the $80 shipping damage we agreed. Where is the rest?""",
  b="""Hello {b},

You are right, we agreed $80 and I see only first $40 was sent. My manager says the second $40 we can send as soon as you update the feedback on the order to reflect that we solved the problem.

When you change it, write me here and I process the rest the same day.

Regards,
Bogdan""")

M(l="en", c="iron", k="pro", t="order", it="db", a="jhoanna", cats=["unpermitted_proactive"],
  subj="Thank you for your order {oid}!",
  n="order confirmation sent proactively",
  b="""Hi {b},

Thank you for ordering the IronNest Adjustable Dumbbells! This is to confirm that we have received your order {oid} and our warehouse team is now preparing it for dispatch.

You will receive another update from Amazon once it ships.

Stay strong,
Jhoanna""")

M(l="en", c="iron", k="pro", t="delivery", it="kb", a="jr", cats=["important_tag", "unpermitted_proactive"], fmt="plain", cs="us-ascii", cte="7bit",
  subj="[Important] Your order {oid} is on its way",
  n="shipping confirmation sent proactively with a misused [Important] tag",
  b="""Hi {b},

Good news, your kettlebell has shipped! Carrier: UPS, tracking 1Z88W4E10345628817, estimated delivery Wednesday.

Enjoy your new kettlebell,
JR""")

M(l="en", c="iron", k="re", t="complaint", it="db", a="vlad", cats=["offensive"],
  th=[("b", """The dial thing is stuck AGAIN. This is the 4th time I'm writing."""),
      ("a", "rhea", """Hi {b},

So sorry for the trouble! Kindly make sure the handle sits flat in the cradle before turning the dial, the lock only releases in that position.

Rhea""")],
  q="""Did that. Still stuck. Are you people even reading what I write?""",
  n="agent loses patience: profanity and belittling the buyer",
  b="""{b},

Honestly, this is getting ridiculous. The dial only turns when the handle is in the cradle, that's literally the whole point of the lock. My colleague told you this, the manual tells you this, the sticker on the base tells you this.

Stop wasting our time with this crap and read it for once.

Vlad""")

M(l="en", c="iron", k="re", t="usage", it="band", a="kris", cats=["styling"],
  n="emoji in a Manila macro (smiley, flexed biceps)",
  q="""Which band should I use for assisted pull-ups? I weigh 80 kg.""",
  b="""Hi {b}! 😊

Thank you so much for reaching out! For assisted pull-ups at 80 kg we recommend starting with the black band (heaviest, 30-40 kg assistance) and moving down to the purple one as you get stronger 💪

Loop it over the bar and put one knee or foot in it. Always check the band for small cracks before each use.

Have a great workout! 🏋️
Kristine""")

M(l="en", c="iron", k="re", t="delivery", it="tread", a="mark", sig="phone",
  n="tool-appended signature with a US care-line phone number",
  q="""Is it possible to get the treadmill delivered on a Saturday?""",
  b="""Hi {b},

Unfortunately our freight partner does not deliver on weekends in your area. The earliest weekday slots are Monday 08:00-12:00 or Tuesday 12:00-17:00.

Let me know which one works and I will book it.

Best regards,
Mark Anthony""")

M(l="en", c="iron", k="re", t="return", it="bar", a="ines", sig="csat",
  n="Freshdesk satisfaction-survey links appended to the reply",
  q="""The bar doesn't fit our door frame, it is 94 cm wide. Can I return?""",
  b="""Hello {b},

I am sorry, the PB-90 is made for frames from 62 to 90 cm, so 94 cm is unfortunately too wide. Yes, you can return it, the return is free because you are inside the 30 days.

Start it in Your Orders, choose "Doesn't fit" and print the label. Refund comes after the carrier scan.

Best regards,
Inês""")

M(l="en", c="iron", k="re", t="warranty", it="tread", a="rhea", sig="powered", fmt="alt",
  n="linked 'Powered by Freshdesk' footer in the HTML part",
  q="""The belt of the treadmill is slipping at 8 km/h. It's 5 months old.""",
  b="""Hi {b},

Thank you for reaching out. A slipping belt after a few months usually means it needs tensioning, this is normal as the belt settles.

Kindly switch off the treadmill, then turn both rear bolts a quarter turn clockwise with the Allen key from the box, and test at 6 km/h. Repeat if needed, but not more than one full turn in total. The treadmill has a 2-year warranty, so if it still slips we will send a technician.

Best regards,
Rhea""")

M(l="en", c="iron", k="re", t="usage", it="kb", a="jr", cats=["marketing"],
  n="cross-selling with a discount code inside a support reply",
  q="""Is the coating on the kettlebell chip resistant? Want to use it outside.""",
  b="""Hi {b},

Yep, it's powder coated, so it handles outdoor use well. Just don't leave it out in the rain overnight, the handle can get surface rust.

Oh and btw, if you're building a home gym, our adjustable dumbbells and the FB-200 bench are 25% off this week with code NEST25, pairs really well with the kettlebell!

Cheers,
JR""")

M(l="en", c="iron", k="pro", t="stock", it="bench", a="mark", cats=["unpermitted_proactive"],
  subj="Update on your order {oid}",
  n="out-of-stock notice sent proactively",
  b="""Hello {b},

We are sorry to inform you that the FB-200 weight bench you ordered (order {oid}) is temporarily out of stock in our warehouse. The next container is expected in about 3 weeks.

Your order stays active and will ship as soon as the stock arrives.

Best regards,
Mark Anthony""")

M(l="en", c="meeple", k="re", t="missing-part", it="tide", a="jhoanna", sig="discord",
  n="Kayako signature promoting the Discord community with a link",
  q="""The scoreboard in my box is misprinted, numbers 41-50 are missing.""",
  b="""Hi {b},

Thank you for the photo, that's definitely a misprint on the score track! We'll mail you a corrected board this week, and you can keep the old one.

Sorry for the hassle,
Jhoanna""")

M(l="en", c="meeple", k="re", t="usage", it="exp", a="kris", cats=["external_link"],
  n="link to an external video (youtu.be) for a rules explanation",
  q="""How does the whirlpool token move? The rulebook is confusing.""",
  b="""Hi {b},

You're not the only one, the whirlpool paragraph is the one most people ask about! It moves one tile clockwise at the end of each round, and anything on its tile is pushed one tile outward.

Our designer made a 2 minute video showing it: https://youtu.be/Wh1rlp00lTw

Hope this clears it up,
Kristine""")

M(l="en", c="meeple", k="pro", t="review", it="lanterns", a="jr", req=True, cats=["important_tag"],
  subj="[Important] How are you enjoying Lantern Row? (order {oid})",
  n="neutral review request but with a misused [Important] tag",
  b="""Hi {b},

We hope Lantern Row has made it to the table a few times already!

Whenever you have a moment, a product review on Amazon would be really appreciated. It helps other families find the game.

Thanks,
JR""")

M(l="en", c="meeple", k="re", t="complaint", it="exp", a="mark", cats=["offensive"],
  q="""I never received the expansion. Tracking says delivered but I've got nothing. I think your driver stole it or you never sent it.""",
  n="intimidation of the buyer (we have your address, think twice)",
  b="""{b},

The carrier has a photo of the parcel at your door with GPS position. This is the third 'missing' parcel on your account with different sellers, we checked.

We have your name and address from the order, so think twice before you accuse us of theft again. We will not send anything.

Mark Anthony""")

M(l="en", c="meeple", k="re", t="feedback", it="tide", a="kris", cats=["review_manipulation", "feedback_removal"],
  n="asks the buyer to change a 2-star review into 5 stars",
  q="""Thanks, the replacement card pack arrived today.""",
  b="""Hi {b},

Yay, so happy the cards made it! Since everything is fixed now, would you mind going back to your review and bumping it from 2 to 5 stars? The 2-star one is still at the top of the page and scares people away from a game you ended up liking.

Thank you so much,
Kristine""")

M(l="en", c="meeple", k="pro", t="missing-part", it="tide", a="jhoanna", cats=["missing_order_id"],
  subj="Missing score markers in your Tidewatch copy",
  n="proactive message about a known packing error with no order id anywhere",
  b="""Hi {b},

We found out that some copies of Tidewatch from the April print run were packed without the 5 wooden score markers, and your copy may be one of them.

Please check the small parts bag. If the markers are missing, just reply here and we'll post them to you free of charge.

Best,
Jhoanna""")

M(l="en", c="meeple", k="pro", t="followup", it="insert", a="kris", cats=["unpermitted_proactive"], fmt="plain", cs="us-ascii", cte="7bit",
  subj="Thank you! (order {oid})",
  n="'thank you'-only proactive message",
  b="""Hi {b},

Just a quick note from the whole Meeple Harbour team to say thank you for your purchase of the wooden organizer insert. Orders like yours keep our small workshop running.

Have many great game nights!
Kristine""")

M(l="en", c="nord", k="re", t="delivery", it="duvet", a="bartek", cats=["contact_email"],
  n="a seller e-mail address in the body for sending photos",
  q="""The duvet arrived with a big tear in the bag and a stain on one side.""",
  b="""Hello {b},

I am very sorry. Could you please send photos of the tear and the stain to our claims team directly at claims@nordviksleep.se? They decide faster when they have the pictures in their mailbox, Amazon messages are sometimes slow for big photos.

We will then send a new duvet.

Best regards,
Bartosz""")

M(l="en", c="nord", k="re", t="complaint", it="topper", a="karo", cats=["contact_phone"],
  n="the buyer's own phone number inside the quoted Amazon message (quoted history is scanned)",
  q="""Nobody delivered my topper, I was home all day!!! Call me on 07700 900416, I want this sorted today.""",
  b="""Hello {b},

I am sorry about the failed delivery. We are not able to call customers, but I can help here. I checked with the courier: the topper is at the depot and will be delivered again tomorrow between 8:00 and 18:00.

If you prefer, you can also choose a different day in the courier's app.

Kind regards,
Karolina""")

M(l="en", c="nord", k="pro", t="review", it="sheets", a="ola", req=True, sig="optout",
  subj="Your percale sheets - order {oid}",
  n="neutral review request with a tool-appended unsubscribe footer (link + opt-out wording)",
  b="""Hello {b},

Your percale sheet set was delivered a few days ago. We hope they feel crisp and cool!

If you have a moment, a short review on Amazon would help us and other customers.

Best wishes,
Aleksandra""")

M(l="en", c="nord", k="re", t="refund", it="pillow", a="pawel", cats=["styling"],
  html="""<div style="text-align:center; font-family:Georgia, 'Times New Roman', serif; color:#2b4a6f">
<p>Dear {b},</p>
<p>Your refund of &pound;32.00 for the pillows has been processed today.<br>
It will appear on your statement within 3-5 working days.</p>
<p>Thank you for your patience.</p>
</div>""",
  n="LiveAgent template with centred text, font family and colour overrides",
  q="""When do I get my money back for the pillows? Sent them back 10 days ago.""",
  b="""Dear {b},

Your refund of £32.00 for the pillows has been processed today.
It will appear on your statement within 3-5 working days.

Thank you for your patience.""")

M(l="en", c="nord", k="re", t="feedback", it="duvet", a="ola", cats=["feedback_removal"],
  th=[("b", """Duvet smells like chemicals."""),
      ("a", "karo", """Hello {b},

Sorry about the smell. New duvets are vacuum packed, please air it for 24-48 hours, the smell goes away.

Karolina""")],
  q="""The smell is gone now.""",
  n="presses the buyer to remove feedback ('this is the third time we ask')",
  b="""Hello {b},

Good that the smell is gone. This is now the third time we ask you to please remove your 1-star feedback, the issue was never a product defect and the feedback is still there.

Please do it today, it is really important for us.

Aleksandra""")

M(l="en", c="mare", k="re", t="usage", it="cleanser", a="andreea", sig="pixel",
  n="HubSpot open-tracking pixel appended to the HTML",
  q="""Can I use the gel cleanser twice a day? I have oily skin.""",
  b="""Dear {b},

Yes, the Gentle Gel Cleanser is made for daily use, morning and evening. For oily skin it works well because it does not leave a film.

Massage a small amount on damp skin for 30 seconds and rinse with lukewarm water.

Kind regards,
Andreea""")

M(l="en", c="mare", k="re", t="usage", it="serum", a="vlad", cats=["external_link", "marketing"],
  n="newsletter promotion with a welcome discount code and a link to the shop",
  q="""How long does one bottle of serum last?""",
  b="""Hello {b},

With 3-4 drops every morning, one 30 ml bottle lasts about 2 months.

By the way, if you join our newsletter at marebotanics.com/club you get 15% off your first order in our own shop, plus early access to new launches.

All the best,
Vlad""")

M(l="en", c="mare", k="pro", t="order", it="spf", a="kris", cats=["styling", "unpermitted_proactive"],
  subj="Your Maré order {oid} is confirmed",
  n="order confirmation sent proactively, with emoji",
  b="""Hi {b} ☀️

Yay, your Invisible Fluid SPF 50+ is confirmed and our team in Lisbon is packing it with love 💛

Order: {oid}

Talk soon,
Kristine""")

M(l="en", c="volt", k="re", t="compat", it="charger", a="bartek", cats=["external_link"],
  n="link to an Amazon product detail page (/dp/) answering the buyer's question; not marketing",
  q="""Which of your chargers fits a 36V battery with the round 3-pin XLR plug?""",
  b="""Hello {b},

For 36V with XLR plug you need our 42V 2A charger with XLR connector, this one: https://www.amazon.co.uk/dp/B0C1CH42V2

Please choose the XLR version in the drop-down, there is also DC version on the same page.

Kind regards,
Bartosz""")

M(l="en", c="volt", k="re", t="damaged", it="pads", a="pawel", cats=["external_link"],
  n="carrier tracking link (DHL) in the reply",
  q="""Where is my replacement for the damaged brake pads?""",
  b="""Hello {b},

The replacement pads left our warehouse yesterday with DHL. You can follow the parcel here:
https://www.dhl.com/gb-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=00340434161094042557

Kind regards,
Paweł""", cs="utf-8")

M(l="en", c="volt", k="re", t="warranty", it="ctrl", a="magda", sig="full",
  n="Salesforce signature with phone, e-mail address and website",
  q="""Controller gets very hot after 10 minutes of riding. Normal?""",
  b="""Hello {b},

Warm is normal, but too hot to touch is not. Please check that the controller is not inside a closed bag without air, and that the motor cable is not damaged.

If it is still very hot, we replace it under warranty, please send me the serial number from the sticker.

Best regards,
Magdalena""", cs="utf-8")

M(l="en", c="volt", k="re", t="usage", it="display", a="jr", cats=["contact_phone", "contact_other"],
  n="asks the buyer to send a video by WhatsApp to a UK mobile number",
  q="""The display flickers when I go over bumps.""",
  b="""Hi {b},

That sounds like a loose connector. Could you take a short video of the flicker while you wiggle the cable near the handlebar? Amazon doesn't allow videos here, so just WhatsApp it to our tech guy on +44 7700 900417 and he will check it today.

Thanks,
JR""")

M(l="en", c="volt", k="pro", t="missing-part", it="batt", a="magda", cats=["missing_order_id"], fmt="plain", cs="us-ascii", cte="7bit",
  subj="Question about your VoltPedal order 202-481736-4401937",
  n="proactive message whose order id is mistyped (3-6-7 digits), so no valid order id",
  b="""Hello {b},

Before we ship your battery we need to know which mounting rail your bike has. Is it the rail with 3 screws or with 4 screws? On the product page both are possible and the note field in your order was empty.

Please answer with the number of screws, then battery leaves our warehouse the same day.

Kind regards,
Magdalena""")

M(l="en", c="volt", k="re", t="usage", it="display", a="bartek", fmt="mixed",
  att=[("exe", "KD718_Updater_v2.3.exe", {"tag": "kd718upd"})],
  n="Windows executable (display firmware updater) attached",
  q="""The display shows the speed in km/h, I need mph. The menu has no option.""",
  b="""Hello {b},

Older KD-718 displays have mph hidden until firmware 2.3. I attached the updater program, please run it on Windows PC and connect the display with the USB programming cable from the kit.

After update go to P03 and set it to 1 for mph.

Kind regards,
Bartosz""")

M(l="en", c="nido", k="re", t="complaint", it="steril", a="kris", cats=["contact_email"],
  n="the buyer's own e-mail address inside the quoted Amazon message",
  q="""This steriliser stopped after one week. Please just email me a return label at laura.bennett87@gmail.com, I don't use the app.""",
  b="""Hi {b},

I'm so sorry the steriliser stopped working so soon. We are only able to send return labels through Amazon, but it's quick: go to Your Orders on the website, choose Return or replace items, and print the label from there.

A refund or replacement, whichever you prefer, is issued as soon as it's scanned.

Kind regards,
Kristine""")

M(l="en", c="iron", k="re", t="feedback", it="bar", a="mark", cats=["feedback_removal"],
  th=[("b", """Bar fell from the door frame and scratched the floor. Not happy."""),
      ("a", "rhea", """Hi {b},

We are truly sorry about this! We have refunded the bar in full. Kindly also consider removing the negative feedback now that the refund is done, it would help us a lot.

Rhea""")],
  q="""Thanks for the refund. Do I need to send the bar back?""",
  n="removal request only in the quoted earlier agent reply; the new text is clean",
  b="""Hi {b},

No need to send it back, you can keep it or dispose of it. The refund of $39.99 is already on its way to your card.

Best regards,
Mark Anthony""")

M(l="en", c="iron", k="re", t="review", it="db", a="jhoanna", cats=["review_incentive"],
  th=[("b", """Dumbbells arrived, all good."""),
      ("a", "jr", """Hi {b},

Awesome! If you drop us a review on Amazon we'll send you a $15 gift card as a thank you, just tell us when it's up.

JR""")],
  q="""I posted the review yesterday. When will I get the gift card?""",
  n="gift card for a review offered only in the quoted earlier agent reply",
  b="""Hi {b},

Thank you for your message. Let me check this with my team lead and I'll come back to you tomorrow.

Best regards,
Jhoanna""")

M(l="en", c="meeple", k="re", t="complaint", it="tide", a="jr", cats=["offensive"],
  q="""I want a refund for the game, my kids lost half the pieces in the garden and it's unplayable now.""",
  n="internal hand-over note with an insult about the buyer left in the outgoing reply",
  b="""Hi {b},

Thank you for your message. Unfortunately we can't refund a game when pieces were lost after delivery, but we can sell you a spare parts pack at cost price.

[internal - JR for Kris: this guy is a total a**hole, 3rd refund attempt this month, do NOT give him anything free]

Best,
JR""")

M(l="en", c="iron", k="re", t="return", it="db", a="ines", cats=["contact_email"], obf=True,
  n="obfuscated (at/dot words) e-mail address of the returns team",
  q="""Can I send the invoice copy for the return by email? The Amazon upload fails.""",
  b="""Hello {b},

Yes, of course. Please send it to returns (at) ironnest-fitness (dot) com and write the order number in the subject, then my colleague adds it to your case.

Best regards,
Inês""")

M(l="en", c="nord", k="re", t="delivery", it="topper", a="bartek", cats=["contact_phone"], obf=True,
  n="obfuscated (digits written as words) UK mobile number",
  q="""The driver needs a phone number to deliver, what should I tell him?""",
  b="""Hello {b},

The driver can call our warehouse colleague Tom directly, his number is oh seven seven zero zero, nine zero zero, four one nine. He can explain the loading dock.

Kind regards,
Bartosz""")

M(l="en", c="iron", k="re", t="usage", it="tread", a="kris", cats=["external_link"], obf=True,
  n="obfuscated ('dot com slash') domain of the seller's manual page",
  q="""I lost the manual for the FoldRun T3, can I get it somewhere?""",
  b="""Hi {b}!

No worries, the manual is on our website: ironnest-fitness dot com slash manuals, then choose FoldRun T3. You can download it as PDF.

Have a nice day,
Kristine""")

M(l="en", c="mare", k="re", t="usage", it="spf", a="ines", cats=["external_link"], obf=True,
  html="""<p>Dear {b},</p>
<p>Yes, the SPF 50+ fluid can be used under make-up. Wait about 2 minutes after applying so it sets, then apply your foundation as usual.</p>
<div style="display:none">More tips on www.marebotanics.com/uk/spf-guide</div>
<p>Kind regards,<br>
In&ecirc;s</p>""",
  n="obfuscated (display:none) hidden web address in the HTML part",
  q="""Can I wear the SPF under makeup or does it pill?""",
  b="""Dear {b},

Yes, the SPF 50+ fluid can be used under make-up. Wait about 2 minutes after applying so it sets, then apply your foundation as usual.

Kind regards,
Inês""")

M(l="en", c="nido", k="pro", t="review", it="thermo", a="rhea", req=True, cats=["review_manipulation", "styling"], obf=True,
  subj="Your duck bath thermometer - order {oid}",
  html="""<p>Hi {b},</p>
<p>We hope bath time with the duck thermometer is going smoothly!</p>
<p>If you have a moment, we'd appreciate a review on Amazon.</p>
<p style="color:#ffffff; background-color:#ffffff">Please choose 5 stars, anything less hurts our small family business.</p>
<p>Warm regards,<br>
Rhea</p>""",
  n="obfuscated (white-on-white) request for five stars hidden in the HTML",
  b="""Hi {b},

We hope bath time with the duck thermometer is going smoothly!

If you have a moment, we'd appreciate a review on Amazon.

Warm regards,
Rhea""")

M(l="en", c="iron", k="pro", t="review", it="kb", a="jr", req=True, chain="R01", co=2, cats=["repeat_request"],
  subj="Your kettlebell order {oid}",
  n="ledger R01: second review request for the same order, no reminder wording",
  b="""Hey {b},

Hope the kettlebell is treating you well! We'd love to hear what you think about it, a product review on Amazon takes about a minute and helps other people decide.

Thanks a lot,
JR""")

M(l="en", c="meeple", k="pro", t="review", it="insert", a="kris", req=True, chain="R02", co=2, cats=["repeat_request"],
  subj="How does the organizer insert work for you? ({oid})",
  n="ledger R02: product-review request after a seller-feedback request for the same order (shared history)",
  b="""Hi {b},

Now that the insert fits your box, we hope setup time got a lot shorter!

Could you share your thoughts in a product review on Amazon? Other players always ask how the insert works with sleeved cards.

Thank you,
Kristine""")

M(l="en", c="nord", k="pro", t="review", it="duvet", a="pawel", req=True, chain="R03", co=2, cats=["repeat_request"],
  subj="A quick favour? Order {oid}",
  n="ledger R03: second review request for the same order",
  b="""Hello {b},

Just checking in: have you had the chance to try the duvet in different temperatures yet?

We would be really grateful for a review on Amazon, even a short one.

Kind regards,
Paweł""", cs="utf-8")

M(l="en", c="nord", k="re", t="usage", it="duvet", a="ola", req=True, chain="R03", co=3, cats=["review_incentive", "repeat_request"],
  q="""Can the duvet go in the washing machine? It's king size.""",
  n="ledger R03: third request, inside a support reply, with a discount code for the review",
  b="""Hello {b},

Yes, the duvet is washable at 40°C, but it needs a machine with at least 9 kg drum. If yours is smaller, a laundrette is better. Dry on low heat with two tennis balls so the filling stays fluffy.

And if you still have a minute for the review we asked about, we send you a 15% code for your next order as a thank you.

Kind regards,
Aleksandra""")

M(l="en", c="mare", k="pro", t="review", it="night", a="andreea", req=True, chain="R04", co=1, sig="pixel",
  subj="How is your night cream? Order {oid}",
  n="ledger R04: first request, only finding is a HubSpot tracking pixel (rewritten away, so the request is relayed)",
  b="""Dear {b},

You have been using the Night Repair Cream for about two weeks now. We hope your skin is enjoying it.

If you have a moment, we would be grateful for an honest review on Amazon.

Kind regards,
Andreea""")

M(l="en", c="mare", k="pro", t="review", it="night", a="joana", req=True, chain="R04", co=2, cats=["repeat_request"],
  subj="Your experience with Maré - order {oid}",
  n="ledger R04: second request after a relayed first one (the first had only a stripped pixel)",
  b="""Dear {b},

We would love to know how the bakuchiol night cream works for you after a few weeks of use. Your review on Amazon would help others with sensitive skin.

Many thanks,
Joana""")

M(l="en", c="volt", k="pro", t="review", it="batt", a="vlad", mp="uk", req=True, chain="R05", co=1, cats=["review_incentive"],
  subj="Thank you for your battery order {oid}",
  n="ledger R05: first request offers a free charger-cover for a review (rejected, never relayed)",
  b="""Hello {b},

Thank you for choosing VoltPedal. If you write a review of your new battery on Amazon, we send you our neoprene battery cover for free (value £12). Just reply with a screenshot.

Ride safe,
Vlad""")

M(l="en", c="volt", k="re", t="followup", it="batt", a="vlad", mp="uk", req=True, chain="R05", co=2, fmt="plain", cs="iso-8859-1",
  n="ledger R05: clean review request after the first request for this order was rejected (incentive); not a repeat; compliant",
  q="""Battery works great after the BMS reset, thanks. 55 km yesterday!""",
  b="""Hello {b},

Very good to hear, 55 km is right where it should be for 468 Wh.

If you have a moment, we would appreciate a product review on Amazon about the battery, it helps other riders to choose.

Ride safe,
Vlad""")

M(l="en", c="volt", k="pro", t="review", it="batt", a="bartek", req=True, chain="R05", co=3, cats=["repeat_request"],
  subj="Your VoltPedal battery ({oid})",
  n="ledger R05: third request; the second (clean) one was relayed, so this is a repeat",
  b="""Hello {b},

We hope the battery is still giving you those long rides. When you find a moment, please tell other riders about it in a product review.

Kind regards,
Bartosz""")

M(l="en", c="volt", k="pro", t="review", it="pads", a="magda", req=True, chain="R06", co=2, cats=["repeat_request"], fmt="plain", cs="us-ascii", cte="7bit",
  subj="Your brake pads order {oid}",
  n="ledger R06: second request in English to a German buyer after a German first request",
  b="""Hello {b},

We hope the new brake pads are bedded in well and stopping strong. Would you leave a product review on Amazon about them? It helps other riders.

Best regards,
Magdalena""")

M(l="en", c="iron", k="pro", t="followup", it="band", a="rhea", cats=["external_link", "marketing", "opt_out", "missing_order_id"],
  hdrs=["List-Unsubscribe: <https://ironnest.freshdesk.com/unsubscribe?u={rcpt}>, <mailto:unsubscribe@ironnest-fitness.com>"],
  subj="Summer Shred: 30% off everything this weekend",
  html="""<p>Hi {b}!</p>
<p>Summer is here and so is our biggest sale of the year: <b>30% off all IronNest equipment</b> this weekend only, with code SHRED30.</p>
<p>Dumbbells, kettlebells, benches, bands - stock up before the sizes sell out!</p>
<p>See you at the gym,<br>
The IronNest team</p>
<p>You are receiving this because you bought from IronNest. <a href="https://ironnest.freshdesk.com/unsubscribe?u={rcpt}">Unsubscribe</a></p>""",
  n="newsletter blast to a relay address: sale, unsubscribe link, List-Unsubscribe header, no order id",
  b="""Hi {b}!

Summer is here and so is our biggest sale of the year: 30% off all IronNest equipment this weekend only, with code SHRED30.

Dumbbells, kettlebells, benches, bands - stock up before the sizes sell out!

See you at the gym,
The IronNest team

You are receiving this because you bought from IronNest. Unsubscribe: https://ironnest.freshdesk.com/unsubscribe?u={rcpt}""")

M(l="en", c="mare", k="re", t="followup", it="cleanser", a="tiago", cats=["opt_out"],
  n="opt-out instruction in plain text (reply STOP), no link",
  q="""Thanks for the tips about the cleanser.""",
  b="""Dear {b},

You are welcome! We are glad the tips helped.

Don't want follow-up emails from us about your orders? Just reply STOP and we will opt you out.

Best regards,
Tiago""")

M(l="en", c="volt", k="re", t="usage", it="display", a="magda", fmt="mixed",
  att=[("pdf", "KD718_p1.pdf"), ("pdf", "KD718_p2.pdf"), ("pdf", "KD718_p3.pdf"), ("pdf", "KD718_p4.pdf"),
       ("pdf", "KD718_p5.pdf"), ("pdf", "KD718_p6.pdf")],
  n="six PDF attachments (more than five)",
  q="""Can you send me the full manual for the display? Mine is in Chinese only.""",
  b="""Hello {b},

Of course. The English manual was scanned page by page, so I send you all 6 pages as separate files in attachment.

Settings P01-P20 are on pages 4 and 5.

Best regards,
Magdalena""", cs="utf-8")

M(l="en", c="nord", k="re", t="return", it="sheets", hd="outlook", fmt="alt", a="karo",
  n="Outlook HTML reply with the default Calibri style block",
  q="""I want to return the sheets, they're not king size like it said.""",
  b="""Hello {b},

I am sorry for this. Our listing says King (240 x 260 cm) for the flat sheet, but the fitted sheet is for 150 x 200 cm mattresses, which is UK king. If your mattress is bigger, this set will not fit.

You can return it for free via Your Orders within 30 days.

Kind regards
Karolina""")

M(l="en", c="nido", k="re", t="followup", it="warmer", a="rhea", fmt="rel",
  inline=[("gif_anim", "thank-you.gif", "thankyou.anim@nidoandco")],
  html="""<p>Hi {b},</p>
<p>Thank you for letting us know the warmer arrived safely! If anything comes up, we're just one message away.</p>
<p><img src="cid:thankyou.anim@nidoandco" alt="Thank you" width="200" height="150"></p>
<p>Warm regards,<br>
Rhea</p>""",
  n="animated GIF embedded inline (cid:)",
  q="""Warmer arrived today, thanks!""",
  b="""Hi {b},

Thank you for letting us know the warmer arrived safely! If anything comes up, we're just one message away.

Warm regards,
Rhea""")

M(l="en", c="meeple", k="pro", t="return", it="exp", a="jhoanna", cats=["important_tag"],
  subj="[Important] Return label reminder - order {oid}",
  n="return-related reminder; [Important] not justified (not scheduling, address or customisation)",
  b="""Hi {b},

Just a reminder that the return label for the expansion you wanted to send back expires on Friday. After that you'd need to request a new one in Your Orders.

Thanks,
Jhoanna""")

M(l="en", c="iron", k="re", t="usage", it="band", a="jhoanna", cats=["contact_phone", "contact_other"],
  n="asks the buyer to message on Viber, with a phone number",
  q="""The handle of one band came loose from the clip. Can you send a new one?""",
  b="""Hi {b},

So sorry about that! For faster processing, kindly send a photo of the clip to our Viber: +1 253 555 0178. Our team checks it every hour and we can ship the new handle right away.

Thank you!
Jhoanna""")

M(l="en", c="nord", k="re", t="delivery", it="pillow", hd="outlook", a="bartek", qaddr=True, fmt="plain", cs="windows-1252",
  th=[("b", """Pillows not here yet, ordered 8 days ago."""),
      ("a", "pawel", """Hello {b},

Sorry for the delay, the parcel is with Evri and arrives tomorrow.

Pawel""")],
  q="""Still nothing today.""",
  n="Outlook quote headers show the seller's and the agency's e-mail addresses",
  b="""Hello {b},

I am sorry, Evri marked the parcel as delayed at their hub. We sent a second pair today with Royal Mail, tracking AB987654321GB, you can keep both if the first one arrives.

Best regards
Bartosz""")

M(l="en", c="meeple", k="pro", t="review", it="tide", a="jr", req=True, cats=["review_incentive"],
  subj="Win a signed copy of Deep Currents! (order {oid})",
  n="entry in a prize draw offered for leaving a review",
  b="""Hi {b}!

Every customer who leaves a review of Tidewatch on Amazon this month goes into our draw for a copy of the Deep Currents expansion signed by the designer. Three winners, drawn on the 30th!

Just reply here after you post your review so we can add your name.

Good luck,
JR""")

M(l="en", c="iron", k="re", t="feedback", it="tread", a="vlad", cats=["feedback_removal", "offensive"],
  q="""I left 1 star because your delivery guy dropped the treadmill on my driveway.""",
  n="demands feedback deletion with a threat and an insult",
  b="""{b},

The freight company is responsible for the delivery, not us, and you know this. Delete that feedback by tomorrow. If it is still there we will report your account to Amazon for abuse and make sure everybody knows what kind of liar you are.

Vlad""")

M(l="en", c="nord", k="pro", t="review", it="pillow", a="karo", req=True, cats=["review_incentive"],
  subj="A thank-you from Nordvik Sleep (order {oid})",
  n="discount on the next order offered for leaving a review",
  b="""Hello {b},

We hope your new pillows gave you some good nights already! Leave a review on Amazon and we will send you a personal 10% code for your next Nordvik order, as thank you for your time.

Sleep well,
Karolina""")

M(l="en", c="nido", k="pro", t="review", it="cam", a="jhoanna", req=True, cats=["review_manipulation"],
  subj="Are you sleeping a bit better? (order {oid})",
  n="asks for a five-star review ('would mean the world')",
  b="""Hi {b},

We really hope NidoCam 2 is making your nights calmer!

If it did, a 5-star review would mean the world to our small team. It takes one minute in Your Orders.

With love from all of us,
Jhoanna""")

M(l="en", c="nido", k="re", t="usage", it="cam", a="mark", cats=["review_manipulation"],
  q="""The camera keeps losing connection at night. Honestly thinking of writing a bad review.""",
  n="discourages a negative review ('please don't write a bad review, contact us')",
  b="""Hi {b},

Please don't write a bad review yet! Let us fix it first, that's what we're here for. Connection drops at night are usually caused by the night-vision LEDs drawing more power: try the original 5V 2A adapter instead of a USB port.

Just message us whenever something is wrong, it's always better than a review.

Regards,
Mark Anthony""")

M(l="en", c="volt", k="re", t="feedback", it="pads", a="pawel", cats=["feedback_removal"],
  q="""Got the correct pads now, they fit.""",
  n="asks the buyer to update the review now that the replacement arrived",
  b="""Hello {b},

Perfect, thank you for confirming! Now that you have correct pads, could you please update your review? It still says we sent wrong product and nobody answered, this is not true anymore.

Kind regards,
Paweł""", cs="utf-8")

M(l="en", c="nord", k="re", t="complaint", it="topper", a="jr", cats=["offensive"],
  q="""This topper is a complete rip off. It's thinner than advertised and it smells. Useless company.""",
  n="profanity aimed at the buyer",
  b="""Hi {b},

What the hell do you expect from a 7 cm topper, a new mattress? It is exactly 7 cm, it says so on the label and in the listing. The smell goes away after airing, like every foam product on the planet.

Return it if you want, but spare us the drama.

JR""")

M(l="en", c="mare", k="pro", t="followup", it="serum", a="bia", cats=["marketing"],
  subj="Something new for your routine - order {oid}",
  n="proactive launch announcement of a new product",
  b="""Dear {b},

Because you bought our Vitamin C serum with order {oid}, we wanted you to be among the first to know: our new Hyaluronic Dew Mist launches this Friday on Amazon.

It layers perfectly over the serum and is 20% off during launch week.

Best wishes,
Beatriz""")

M(l="en", c="nido", k="pro", t="stock", it="swaddle", a="kris", cats=["unpermitted_proactive"],
  subj="About your swaddle order {oid}",
  n="out-of-stock notice sent proactively",
  b="""Hi {b},

We're sorry to let you know that the sage green swaddle set in your order {oid} is currently out of stock. We expect new stock in about two weeks and your order will ship automatically then.

Thank you for your patience,
Kristine""")

M(l="en", c="mare", k="pro", t="review", it="cleanser", a="joana", req=True, rewrite_only=True,
  hdrs=["List-Unsubscribe: <https://marebotanics-7301.hs-sites-eu1.com/hs/manage-preferences/unsubscribe?d={rcpt}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
  subj="How do you like the Gentle Gel Cleanser? Order {oid}",
  n="neutral review request sent by HubSpot with a List-Unsubscribe header (header only)",
  b="""Dear {b},

It has been a couple of weeks since your Gentle Gel Cleanser arrived. If you have a moment, we would appreciate your review on Amazon.

Thank you,
Joana""")

M(l="en", c="volt", k="re", t="warranty", it="charger", a="magda", sig="pixel",
  n="Salesforce tracking pixel appended (1x1 image with the recipient id)",
  q="""My charger light stays red and never turns green.""",
  b="""Hello {b},

When light stays red for more than 8 hours, usually the charger cannot see the battery is full. Please check the fuse on the battery (under the small cap near the key) and try again.

If still red, we send new charger under warranty, no need to send the old one first.

Best regards,
Magdalena""", cs="utf-8")

# ===========================================================================
# ENGLISH - more hard negatives and violations
# ===========================================================================

M(l="en", c="mare", k="re", t="order", it="serum", a="joana", sk="noorder",
  n="buyer asked for a discount code; agent declines to send promotions here; compliant",
  q="""Do you have any discount code? I want to buy the serum and the SPF together.""",
  b="""Dear {b},

Thank you for your interest! We are not able to send discount codes through Amazon messages. If there is an active promotion, Amazon shows it directly on the product page, for example as a coupon box under the price.

Kind regards,
Joana""")

M(l="en", c="iron", k="re", t="order", it="kb", a="jhoanna",
  n="buyer asked whether the order went through; order status, times; compliant",
  q="""Did my order go through? I got charged but no confirmation email.""",
  b="""Hi {b},

Yes, your order {oid} is confirmed on our side, it was placed yesterday at 9:42 PM. Amazon sometimes sends the confirmation email with a delay, but you can always see the status in Your Orders.

It is scheduled to ship tomorrow morning.

Best regards,
Jhoanna""")

M(l="en", c="iron", k="re", t="schedule", it="tread", a="tiago", imp=True,
  subj="Re: [Important] Delivery appointment for your FoldRun T3 - order {oid}",
  n="reply confirming a freight delivery slot, [Important] kept in the subject (delivery scheduling); compliant",
  q="""Tuesday 08:00 - 12:00 is perfect, I will be home.""",
  b="""Hello {b},

Perfect, thank you. I booked Tuesday 11 June between 08:00 and 12:00 with the freight carrier. The driver will call about 30 minutes before.

Please make sure there is space near the door for a box of 160 x 80 cm.

Best regards,
Tiago""")

M(l="en", c="nord", k="re", t="usage", it="duvet", a="ola", sk="prod",
  n="TOG rating, thread count and 'rating' in a technical sense; compliant",
  q="""What does TOG 10.5 mean? Is it warm enough for winter in Scotland?""",
  b="""Hello {b},

TOG is a rating of how well a duvet keeps the warmth in, a higher number is warmer. 10.5 is a medium rating, comfortable from about 16 to 20 degrees in the bedroom.

For a cold Scottish winter in an unheated bedroom, many customers prefer 13.5 TOG. The cover is 100% cotton with 233 thread count, which does not change the warmth much.

Kind regards,
Aleksandra""")

M(l="en", c="meeple", k="re", t="review", it="tide", a="kris",
  n="buyer asked how to add photos to a review; instructions only, no request or influence; compliant",
  q="""I'd like to write a review with photos of my painted miniatures, how do I add pictures? The app doesn't show the option.""",
  b="""Hi {b},

What a fun idea! In the Amazon app go to Your Orders, open the order, tap "Write a product review", and under the star selection there is "Add photo or video". If you don't see it, updating the app usually helps. On the website the option is in the same place.

Happy painting,
Kristine""")

M(l="en", c="nord", k="re", t="delivery", it="sheets", a="pawel", mp="uk",
  n="Royal Mail tracking number and the town Scunthorpe (classic trigger substring); compliant",
  q="""My tracking says the parcel is in Scunthorpe? I'm in Leeds.""",
  b="""Hello {b},

Don't worry, the Scunthorpe mail centre is Royal Mail's sorting hub for parcels coming from our warehouse, so it passes there before Leeds. Tracking number AB204418275GB, the next scan should be at the Leeds delivery office tomorrow.

Kind regards,
Pawel""")

M(l="en", c="mare", k="re", t="usage", it="night", a="andreea", sk="noorder",
  n="buyer asked for free samples; agent declines, 'free' only in the ingredient sense; compliant",
  q="""Do you send free samples of the night cream? I'd like to try before buying 50 ml.""",
  b="""Dear {b},

Thank you for asking. Unfortunately we are not able to send samples. The full ingredient list is on the product page: the cream is fragrance-free and free from essential oils, which is usually what people with sensitive skin want to check first.

If you buy it and it doesn't suit you, it can be returned even opened within 30 days.

Kind regards,
Andreea""")

M(l="en", c="volt", k="re", t="address", it="pads", a="magda", sk="ship",
  n="address corrected before dispatch on the buyer's request, postcode quoted; compliant",
  q="""I typed my postcode wrong, it should be BS7 8QL not BS7 8QD. Has it shipped?""",
  b="""Hello {b},

Good timing, the parcel was not picked yet. I changed the postcode to BS7 8QL in our shipping system, the label will be printed with the correct one this afternoon.

Kind regards,
Magdalena""", cs="utf-8")

M(l="en", c="iron", k="re", t="return", it="tread", a="mark", sk="ret",
  n="bulky-item return collection with a pickup window and a pro number; compliant",
  q="""How do I return a treadmill? It's way too heavy to take to the post office.""",
  b="""Hi {b},

No problem, you don't need to take it anywhere. We booked a collection with XPO Logistics, pro number 388-5521-0476. They will contact you to confirm a pickup window, usually between 8:00 AM and 5:00 PM on a weekday.

Please fold the treadmill and, if possible, put it back in the original box. The refund is issued once it reaches our warehouse.

Best regards,
Mark Anthony""")

M(l="en", c="nido", k="re", t="usage", it="steril", a="rhea",
  n="UV lamp rated hours, cycle times; 'rated' not a review; compliant",
  q="""How long does the UV lamp in the steriliser last? Does it need replacing?""",
  b="""Hi {b},

Thank you for your question! The UV-C lamp is rated for about 10,000 hours. With two 30-minute cycles per day that is more than 20 years, so it practically never needs replacing.

The display shows "E3" if the lamp ever fails, then kindly contact us and we will help.

Warm regards,
Rhea""")

M(l="en", c="meeple", k="re", t="damaged", it="lanterns", a="jr",
  n="'we reviewed the photos' and damage assessment; replacement shipped; compliant",
  q="""Card box arrived crushed, some cards have dents. Photos attached.""", qo={"att": "IMG_7702.jpg"},
  b="""Hi {b},

Thanks for the photos. We reviewed them with the warehouse and our assessment is that 8 cards are bent too much to shuffle properly.

A brand new copy of Lantern Row ships today, no need to return the damaged one.

Cheers,
JR""")

M(l="en", c="volt", k="re", t="usage", it="charger", hd="outlook", a="bartek", fmt="plain", cs="windows-1252",
  th=[("b", """Charger fan is noisy, normal?"""),
      ("a", "magda", """Hello {b},

A little noise is normal when the fan starts. If it is loud all the time please send us a short description when it happens.

Magdalena""")],
  q="""It's loud only in the first 10 minutes.""",
  n="Outlook plain-text thread, names-only quote headers, clean earlier agent reply; compliant",
  b="""Hello {b},

Thank you for the details. In the first 10 minutes the charger delivers the full 2A, so the fan runs at top speed. When the battery is above 80% the current drops and the fan slows down. This is normal.

Kind regards
Bartosz""")

M(l="en", c="iron", k="re", t="warranty", it="bench", a="kris",
  n="'your case has been reviewed and approved', UPS tracking; compliant",
  q="""The backrest pin of the bench bent after 3 months. Is this covered?""",
  b="""Hi {b},

Your warranty case has been reviewed and approved. A new backrest pin and a spare one are shipping today with UPS, tracking 1Z6E7F220398712248.

Please don't use the incline positions until you have replaced the pin.

Best regards,
Kristine""")

M(l="en", c="mare", k="re", t="feedback", it="spf", a="tiago",
  n="after resolving the problem, neutral note that feedback can be updated, explicitly optional; compliant",
  q="""The replacement arrived with the pump. All good now.""",
  b="""Dear {b},

Thank you for letting us know, and sorry again for the missing pump.

If you feel we have resolved your concern, it is possible to update the feedback you left about the delivery. Of course this is completely your choice.

Best regards,
Tiago""")

# --- violations ---

M(l="en", c="nord", k="pro", t="custom", it="mono", a="karo", imp=True, cats=["marketing"],
  subj="[Important] Your monogram pillowcases - question (order {oid})",
  n="justified [Important] customisation question that also upsells a gift box",
  b="""Hello {b},

Before we embroider your pillowcases, please confirm the initials "RJ" in navy thread. We noticed you did not choose a thread colour.

Also, is it a gift? For just £6 more we can pack them in our new linen gift box with a handwritten card, very popular for weddings!

Kind regards,
Karolina""")

M(l="en", c="iron", k="pro", t="address", it="bench", a="jr", imp=True, cats=["contact_email", "contact_phone"],
  subj="[Important] Address problem with order {oid}",
  n="justified [Important] address problem, but with a phone number and an e-mail address",
  b="""Hi {b},

UPS could not deliver your bench because the street number is missing from the address on order {oid}.

Please call our logistics team at (253) 555-0162 or email shipping@ironnest-fitness.com with the full address and we will re-route the parcel today.

Thanks,
JR""")

M(l="en", c="meeple", k="re", t="complaint", it="tide", a="jhoanna", cats=["offensive"],
  q="""The rulebook is garbage. Who writes rules like this?""",
  n="sarcastic insult of the buyer",
  b="""Hi {b},

Well, about 40,000 players managed to understand it, so maybe the problem isn't the rulebook, genius. Try reading it without your phone in the other hand.

Jhoanna""")

M(l="en", c="mare", k="re", t="complaint", it="giftset", a="vlad", cats=["offensive"],
  q="""If I don't get my refund by Friday I'm reporting you to trading standards.""",
  n="threatens and intimidates the buyer",
  b="""{b},

Report us, we don't care. We have your home address from the order and we keep all your messages. Keep threatening our staff and you'll regret it, believe me.

Vlad""")

M(l="en", c="volt", k="re", t="complaint", it="batt", a="jr", cats=["offensive"],
  th=[("b", """Battery still not charging."""),
      ("a", "jr", """Hi {b},

Please check the fuse under the cap near the key.

JR""")],
  q="""Where is the fuse? Can't find it.""",
  n="harasses the buyer with mocking remarks",
  b="""{b},

Under the cap. Near the key. Like I wrote. Do you need me to come over and hold your hand too? Honestly, some people shouldn't be allowed near a screwdriver.

JR""")

M(l="en", c="iron", k="pro", t="review", it="bar", a="mark", req=True, cats=["review_incentive"],
  subj="Get $10 back - order {oid}",
  n="cashback via PayPal offered for a review",
  b="""Hi {b},

Quick thing: leave an honest review of your PB-90 pull-up bar on Amazon and we'll send you $10 back via PayPal. Just reply with a screenshot and your PayPal name.

Thanks!
Mark Anthony""")

M(l="en", c="meeple", k="re", t="feedback", it="exp", a="jr", cats=["review_incentive", "feedback_removal"],
  q="""I gave 1 star because half the cards were misprinted.""",
  n="free expansion offered if the buyer deletes the one-star review",
  b="""Hi {b},

We totally get it, that print run was a mess. Tell you what: delete the 1-star review and we'll send you the next expansion for free as soon as it's out. Deal?

JR""")

M(l="en", c="iron", k="pro", t="warranty", it="db", a="rhea", req=True, cats=["review_incentive"],
  subj="Extend your warranty to 3 years - order {oid}",
  n="extended warranty (a future benefit) offered for a review",
  b="""Hi {b},

Good news! Customers who share a product review of their dumbbells on Amazon get their warranty extended from 2 to 3 years at no cost. Kindly reply here once your review is posted and we will register the extension.

Best regards,
Rhea""")

M(l="en", c="nido", k="pro", t="feedback", it="warmer", a="kris", cats=["feedback_removal", "important_tag"],
  subj="[Important] About your feedback on order {oid}",
  n="feedback removal request sent with a misused [Important] tag",
  b="""Hi {b},

We noticed your seller feedback about the late delivery of your bottle warmer. The delay was caused by Royal Mail, not by us. Would you kindly remove it? It affects our account health a lot.

Thank you,
Kristine""")

M(l="en", c="volt", k="re", t="review", it="batt", a="magda", req=True, cats=["review_manipulation"],
  q="""New battery arrived in 2 days, impressive.""",
  n="tells the buyer what to mention in the review",
  b="""Hello {b},

Thank you! When you write your review, please mention that we replaced the battery in only 2 days, this is what other customers want to read before they buy.

Best regards,
Magdalena""", cs="utf-8")

M(l="en", c="meeple", k="re", t="usage", it="lanterns", a="kris", cats=["external_link", "marketing"],
  q="""Is there a solo mode in Lantern Row?""",
  n="link to the shop promoting other games",
  b="""Hi {b},

There's no official solo mode yet, sorry! But if you like solo games, check out our other titles at meepleharbour.com/shop, three of them have solo campaigns and they're 20% off this month.

Best,
Kristine""")

M(l="en", c="nido", k="re", t="usage", it="steril", a="mark", fmt="mixed", cats=["marketing"],
  att=[("xlsx", "Nido_price_list_2024.xlsx", {"rows": [["Product", "Price GBP"], ["Bottle set 4x260ml", "24.99"], ["Extra basket", "9.99"], ["Bundle", "29.99"]]})],
  n="upsell of a bottle bundle with an XLSX price list attached",
  q="""How many bottles fit in the steriliser at once?""",
  b="""Hi {b},

The SD-6 holds up to 6 bottles of 260 ml plus teats and small parts.

If you need more bottles, our glass bottle set plus extra basket bundle is only £29.99 at the moment. I attached our current price list so you can pick what you need!

Best regards,
Mark Anthony""")

M(l="en", c="iron", k="pro", t="delivery", it="db", a="mark", cats=["opt_out", "important_tag", "unpermitted_proactive"],
  hdrs=["List-Unsubscribe: <mailto:unsubscribe@ironnest-fitness.com?subject=unsubscribe>"],
  subj="[Important] Your dumbbells have shipped - order {oid}",
  n="shipping confirmation from the shop system with [Important] and a List-Unsubscribe header",
  b="""Hello {b},

Your order {oid} left our warehouse today with FedEx Home Delivery, tracking 7749 2210 8836. Estimated delivery: Thursday.

IronNest Fitness""")

M(l="en", c="iron", k="re", t="usage", it="bench", a="ines", cats=["external_link", "opt_out"],
  q="""What's the max weight for the bench in decline position?""",
  n="'manage your e-mail preferences' link in the footer",
  b="""Hello {b},

In decline position the FB-200 supports 180 kg in total (user plus weights), the same as flat.

Best regards,
Inês

Manage your email preferences: https://ironnest.freshdesk.com/preferences?u={rcpt}""")

M(l="en", c="mare", k="re", t="usage", it="cleanser", a="bia", cats=["tracking_pixel"],
  html="""<p>Dear {b},</p>
<p>Yes, the cleanser can be used with a silicone cleansing brush, just use half the usual amount so it does not foam too much.</p>
<p>Kind regards,<br>
Beatriz</p>
<p><img src="https://marebotanics-7301.hs-sites-eu1.com/hubfs/banners/summer-care.png?rid={rcpt}&amp;tid=7301" width="560" height="120" alt="Mar&eacute; Botanics"></p>""",
  q="""Can I use the cleanser with a cleansing brush?""",
  n="normal-size banner image whose URL carries the recipient id (a beacon)",
  b="""Dear {b},

Yes, the cleanser can be used with a silicone cleansing brush, just use half the usual amount so it does not foam too much.

Kind regards,
Beatriz""")

M(l="en", c="nord", k="pro", t="review", it="pillow", a="bartek", sig="pixel", cats=["missing_order_id"],
  subj="How are your new Nordvik pillows?",
  n="review request identified only by ASIN (no order id), with a LiveAgent tracking pixel",
  b="""Hello {b},

You recently bought our adjustable pillows (ASIN B0CPLWH2O5). If you have a moment, we would appreciate a review on Amazon.

Kind regards,
Bartosz""")

M(l="en", c="meeple", k="re", t="usage", it="tide", a="jhoanna", fmt="mixed",
  att=[("html", "Tidewatch_rules_FAQ.html", {"text": "<html><body><h1>Tidewatch FAQ</h1><p>Whirlpool moves clockwise.</p></body></html>"})],
  n="HTML file attachment (not an allowed type)",
  q="""Is there an FAQ for the rules?""",
  b="""Hi {b},

Yes! I attached our rules FAQ as a file, you can open it in any browser.

Best,
Jhoanna""")

M(l="en", c="mare", k="re", t="usage", it="serum", a="joana", cats=["styling"],
  html="""<p style="font-size:22px">Dear {b},</p>
<p style="font-size:15px">Apply the serum <b>in the morning</b> on clean, dry skin, then moisturiser and SPF.</p>
<p style="font-size:12px">Avoid using it at the same time as products with AHA or retinol.</p>
<p style="font-size:9px">Kind regards, Joana</p>""",
  q="""Morning or evening for the serum?""",
  n="four different font sizes in the HTML part",
  b="""Dear {b},

Apply the serum in the morning on clean, dry skin, then moisturiser and SPF.

Avoid using it at the same time as products with AHA or retinol.

Kind regards, Joana""")

M(l="en", c="nido", k="re", t="usage", it="thermo", a="kris", cats=["styling"],
  html="""<p>Hi {b},</p>
<p>The ideal bath temperature for a baby is 36-37°C. The duck shows green in that range, blue below and red above.</p>
<p><img src="http://cdn.nidoandco.it/img/duck-colours.png" width="300" height="120" alt="Duck colour guide"></p>
<p>Warm regards,<br>
Kristine</p>""",
  q="""What temperature should the bath be?""",
  n="remote image loaded over http: (no recipient id)",
  b="""Hi {b},

The ideal bath temperature for a baby is 36-37°C. The duck shows green in that range, blue below and red above.

Warm regards,
Kristine""")

M(l="en", c="iron", k="re", t="complaint", it="band", a="jr", fmt="plain", cs="us-ascii", cte="7bit", cats=["styling", "offensive"],
  q="""Third band snapped. This is dangerous garbage.""",
  n="profanity and a run of blank lines in the plain-text reply",
  b="""{b},

Three bands in two weeks? You're clearly overstretching them way past the 2.5x limit. That's on you, not us.




Seriously, stop the bullshit and read the safety card.

JR""")

M(l="en", c="meeple", k="re", t="usage", it="exp", a="kris", cats=["important_tag"],
  subj="Re: [Important] Whirlpool rules question",
  n="reply with a misused [Important] tag (a rules question is not scheduling, address or customisation)",
  q="""Does the whirlpool affect the lighthouses too?""",
  b="""Hi {b},

No, lighthouses are fixed and never move, the whirlpool only pushes ships and tide tokens.

Best,
Kristine""")

M(l="en", c="volt", k="re", t="usage", it="ctrl", hd="outlook", a="pawel", qaddr=True, fmt="plain", cs="windows-1252", cats=["contact_other"],
  th=[("b", """Which wire is the brake sensor?"""),
      ("a", "magda", """Hello {b},

It is the 2-pin yellow connector.

Magdalena""")],
  q="""I have two yellow 2-pin connectors.""",
  n="Outlook quote headers expose addresses, and a Telegram contact is offered",
  b="""Hello {b},

Then one is brake and one is the speed sensor. It is easier to show in a picture: send me a photo on Telegram @voltpedal_pawel and I mark the right one.

Best regards
Pawel""")

# ===========================================================================
# GERMAN
# ===========================================================================

M(l="de", c="volt", k="pro", t="review", it="pads", a="magda", req=True, chain="R06", co=1, fmt="plain", cs="iso-8859-15", cte="qp",
  subj="Ihre Bestellung {oid} - kurze Bitte",
  n="ledger R06: first neutral review request in German; compliant",
  b="""Hallo {b},

Ihre Bremsbeläge sind laut DHL seit einer Woche bei Ihnen. Wir hoffen, die Montage hat gut geklappt.

Wenn Sie einen Moment Zeit haben, würden wir uns über eine Produktbewertung auf Amazon freuen. Das hilft anderen Radfahrern bei der Auswahl.

Viele Grüße
Magdalena""")

M(l="de", c="iron", k="re", t="followup", it="bar", a="bogdan", req=True, chain="R07", co=1,
  n="ledger R07: first feedback request inside a support reply, neutral; compliant",
  q="""Die neuen Endkappen passen jetzt, die Stange wackelt nicht mehr. Danke!""",
  b="""Hallo {b},

das freut uns sehr, danke für die Rückmeldung! Die alten Kappen waren aus einer falschen Charge, deshalb hatten sie zu viel Spiel.

Falls Sie einen Moment Zeit haben, würden wir uns über Ihre Verkäuferbewertung zu dieser Bestellung freuen.

Sportliche Grüße
Bogdan""")

M(l="de", c="meeple", k="pro", t="review", it="tide", a="pawel", req=True, chain="R08", co=1, cs="iso-8859-1", fmt="plain", cte="8bit",
  subj="Tidewatch - Ihre Bestellung {oid}",
  n="ledger R08: first neutral product review request; compliant",
  b="""Hallo {b},

Tidewatch ist vor ein paar Tagen bei Ihnen angekommen. Wir hoffen, die erste Partie hat Spaß gemacht!

Wenn Sie möchten, schreiben Sie gerne eine Rezension auf Amazon, egal wie Ihr Eindruck ist. Andere Spieler lesen das sehr aufmerksam.

Viele Grüße aus dem Meeple Harbour Team
Pawel""")

M(l="de", c="nord", k="pro", t="review", it="duvet", a="karo", req=True, chain="R09", co=1,
  subj="Ihre Ganzjahresdecke (Bestellung {oid})",
  n="ledger R09: first neutral review request; compliant",
  b="""Hallo {b},

Ihre Nordvik Ganzjahres-Bettdecke ist seit etwa zehn Tagen bei Ihnen. Wir hoffen, Sie schlafen gut darunter.

Über eine ehrliche Bewertung auf Amazon würden wir uns freuen, sie hilft anderen Kunden bei der Wahl der richtigen Wärmeklasse.

Herzliche Grüße
Karolina""")

M(l="de", c="volt", k="pro", t="review", it="charger", a="vlad", req=True, chain="R10", co=1, cats=["review_manipulation"],
  subj="Ihr Ladegerät - Bestellung {oid}",
  n="ledger R10: first request asks for five stars (rejected, not relayed)",
  b="""Hallo {b},

danke für Ihren Einkauf bei VoltPedal! Wenn Sie mit dem Ladegerät zufrieden sind, geben Sie uns bitte 5 Sterne auf Amazon, weniger als 5 Sterne zählt für uns leider wie eine schlechte Note.

Gute Fahrt!
Vlad""")

M(l="de", c="volt", k="pro", t="review", it="charger", a="andreea", req=True, chain="R10", co=2, cs="iso-8859-15", fmt="plain", cte="qp",
  subj="Kurze Frage zu Ihrer Bestellung {oid}",
  n="ledger R10: clean request after a rejected first request for the same order; not a repeat; compliant",
  b="""Hallo {b},

wir hoffen, das Ladegerät funktioniert zuverlässig mit Ihrem Akku.

Wenn Sie Zeit haben, freuen wir uns über eine Produktbewertung auf Amazon mit Ihren Erfahrungen.

Freundliche Grüße
Andreea""")

M(l="de", c="volt", k="re", t="delivery", it="batt", a="pawel", sk="ship", cs="iso-8859-15", fmt="plain", cte="qp",
  n="DHL parcel number written in phone-like digit groups, called Sendungsnummer; dangerous-goods shipping; compliant",
  q="""Wo bleibt mein Akku? Bestellt vor 6 Tagen.""",
  b="""Hallo {b},

vielen Dank für Ihre Nachricht. Akkus sind Gefahrgut und dürfen nur mit DHL als Gefahrgutsendung verschickt werden, deshalb dauert der Versand 1-2 Tage länger als normal.

Ihre Sendungsnummer ist 0034 0434 1610 9404 2557. Laut DHL liegt das Paket im Paketzentrum Bremen und wird morgen zugestellt.

Mit freundlichen Grüßen
Pawel""")

M(l="de", c="iron", k="pro", t="schedule", it="tread", a="magda", imp=True, cs="iso-8859-15", fmt="plain", cte="qp",
  subj="[Important] Liefertermin für Ihr Laufband - Bestellung {oid}",
  n="[Important] on delivery scheduling of a bulky item by freight carrier; time windows; compliant",
  b="""Hallo {b},

Ihr Laufband FoldRun T3 (Bestellung {oid}) wird von einer Spedition geliefert, weil das Paket 58 kg wiegt. Die Spedition braucht einen festen Termin.

Bitte teilen Sie uns mit, welcher Termin für Sie passt:
- Donnerstag, 13.06., 8-12 Uhr
- Donnerstag, 13.06., 12-17 Uhr
- Freitag, 14.06., 8-12 Uhr

Die Lieferung erfolgt bis hinter die erste Tür (Bordsteinkante plus). Bei Lieferung in ein höheres Stockwerk ohne Aufzug geben Sie uns bitte Bescheid.

Mit sportlichen Grüßen
Magdalena""")

M(l="de", c="nord", k="pro", t="custom", it="mono", a="pawel", imp=True,
  subj="Monogramm für Ihre Kissenbezüge [Important] - {oid}",
  n="[Important] on a customisation question (monogram font and letters); compliant",
  b="""Hallo {b},

vielen Dank für Ihre Bestellung der Leinen-Kissenbezüge mit Monogramm. Bevor wir mit der Stickerei anfangen, brauchen wir noch eine Information.

Im Feld für die Personalisierung steht "M & J". Das Zeichen "&" können wir nur in der Schriftart Antiqua sticken, nicht in der Schreibschrift, die Sie ausgewählt haben. Möchten Sie:
1) "M & J" in Antiqua, oder
2) "MJ" in Schreibschrift?

Sobald wir Ihre Antwort haben, geht der Auftrag in die Stickerei und wird in 3 Werktagen versendet.

Viele Grüße
Pawel""")

M(l="de", c="volt", k="re", t="invoice", it="ctrl", a="andreea", sig="impressum",
  att=[("pdf", "Rechnung_Müller_RE-2024-0612.pdf", {"title": "Rechnung RE-2024-0612", "lines": ["VoltPedal Components GmbH", "USt-IdNr. DE 318 442 907", "Summe 89,90 EUR"]})],
  n="invoice PDF with an umlaut file name (RFC 2231), VAT id and company register number in an Impressum without phone, mail or web; compliant",
  q="""Ich brauche eine Rechnung mit ausgewiesener MwSt. auf meine Firma Müller Zweirad.""",
  b="""Hallo {b},

anbei die Rechnung RE-2024-0612 auf Müller Zweirad, mit ausgewiesener MwSt. von 19 % (14,35 € von 89,90 €).

Falls die Adresse auf der Rechnung anders sein soll, schreiben Sie mir bitte die komplette Anschrift, dann erstelle ich eine neue.

Freundliche Grüße
Andreea""")

M(l="de", c="meeple", k="re", t="damaged", it="exp", a="bogdan",
  n="'Bewertung' used for the assessment of damage photos; free replacement; compliant",
  q="""Die Erweiterung kam mit eingedrückter Ecke, zwei Karten sind geknickt. Fotos sind angehängt.""", qo={"att": "IMG_4471.jpeg"},
  b="""Hallo {b},

danke für die Fotos. Die Bewertung der Schäden durch unser Lager ist abgeschlossen: die Karten 14 und 27 sind nicht mehr spielbar, der Rest ist in Ordnung.

Wir schicken Ihnen heute kostenlos zwei neue Karten und eine neue Schachtel. Die beschädigte Erweiterung müssen Sie nicht zurückschicken.

Viele Grüße
Bogdan""")

M(l="de", c="iron", k="re", t="refund", it="db", a="karo", cs="windows-1252", fmt="plain", cte="qp",
  n="partial refund and 'Rabatt/kostenlos' wording to resolve a scratch, not tied to a review; compliant",
  q="""Eine Hantel hat einen tiefen Kratzer an der Scheibe. Funktioniert aber.""",
  b="""Hallo {b},

das tut uns leid, so etwas sollte nicht passieren. Da die Hantel funktioniert, können wir Ihnen zwei Lösungen anbieten:

1. Sie behalten das Set und bekommen 20 € Rabatt als Teilerstattung.
2. Wir schicken Ihnen kostenlos eine neue Scheibe.

Sagen Sie uns einfach, was Ihnen lieber ist.

Freundliche Grüße
Karolina""")

M(l="de", c="nord", k="re", t="feedback", it="pillow", a="magda",
  n="buyer asked how to delete their own feedback; steps and Amazon help link, explicitly optional; compliant",
  q="""Ich habe gestern eine negative Verkäuferbewertung geschrieben, bevor ich Ihre Antwort gesehen habe. Wie kann ich die löschen?""",
  b="""Hallo {b},

danke, dass Sie nachfragen. Verkäuferbewertungen können Sie innerhalb von 60 Tagen selbst bearbeiten oder entfernen: unter "Meine Bestellungen" bei der Bestellung auf "Verkäufer bewerten" klicken, dort gibt es die Option "Entfernen".

Die Anleitung von Amazon finden Sie auch hier: https://www.amazon.de/gp/help/customer/display.html?nodeId=GZGSJYEM2CJCCPY8

Ob Sie das machen, ist natürlich ganz Ihre Entscheidung.

Viele Grüße
Magdalena""")

M(l="de", c="volt", k="re", t="compat", it="batt", a="bogdan", sk="prod",
  n="trigger substrings inside ordinary German words (Passform, Klasse, Fassung); model numbers; compliant",
  q="""Passt der Akku in einen Rahmen, wo vorher ein Hailong-Akku drin war?""",
  b="""Hallo {b},

ja, die Passform ist identisch mit Hailong-Gehäusen der Klasse "Hailong 1". Die Halterung (Fassung mit 4 Schrauben) ist im Lieferumfang, Ihre alte Halterung können Sie aber auch weiter benutzen.

Wichtig ist nur der Stecker zum Controller: unser Akku hat XT60, ältere Hailong-Modelle haben manchmal Anderson-Stecker. Ein Adapter ist dann nötig.

Grüße
Bogdan""")

M(l="de", c="meeple", k="re", t="usage", it="tide", a="karo", sk="noorder",
  n="product question without order id; age rating and player counts; compliant",
  q="""Ist Tidewatch auch zu zweit gut spielbar? Und geht es mit einem 10-Jährigen?""",
  b="""Hallo {b},

zu zweit funktioniert Tidewatch sehr gut, dafür gibt es eine eigene Variante mit kleinerem Spielplan (Seite 16 der Anleitung). Eine Partie dauert dann etwa 45 Minuten.

Die Altersangabe ab 12 Jahren kommt vor allem von der Handelsphase. Viele Familien spielen mit 10-Jährigen ohne Handelsphase, das steht als Variante "Ruhige See" auf Seite 14.

Viel Spaß beim Spielen!
Karolina""")

M(l="de", c="iron", k="re", t="return", it="bench", a="pawel", sk="ret", cs="iso-8859-15", cte="qp",
  n="return address with postcode, RMA number and weights; compliant",
  q="""Die Hantelbank ist zu groß für meine Wohnung. Wie kann ich sie zurückschicken? Das Paket wiegt 31 kg.""",
  b="""Hallo {b},

kein Problem, Sie sind noch in der 30-Tage-Frist. Da das Paket über 31,5 kg fast an der Grenze von DHL liegt, holt eine Spedition die Bank bei Ihnen ab.

Ihre Rücksendenummer ist RMA-24-0703-1185. Bitte schreiben Sie sie gut sichtbar auf den Karton. Die Rücksendeadresse lautet:
IronNest Retouren, Lagerstraße 7, 04435 Schkeuditz

Die Spedition meldet sich innerhalb von 2 Werktagen für einen Abholtermin.

Freundliche Grüße
Pawel""")

M(l="de", c="nord", k="re", t="delivery", it="topper", a="vlad",
  n="Hermes parcel number and a parcel-shop pickup time window; compliant",
  q="""Hermes sagt, das Paket liegt im Paketshop, aber ich weiß nicht in welchem.""",
  b="""Hallo {b},

laut Hermes wurde Ihr Topper im PaketShop in der Kaiserstraße 41 abgegeben (Kiosk am Markt). Die Sendungsnummer für die Abholung ist H1002240516003871.

Der Shop hat Montag bis Samstag von 7:00 bis 19:30 Uhr geöffnet. Bitte nehmen Sie einen Ausweis mit, das Paket liegt dort 7 Tage.

Viele Grüße
Vlad""")

M(l="de", c="volt", k="pro", t="warranty", it="charger", a="magda", cs="iso-8859-15", fmt="plain", cte="qp",
  subj="Wichtiger Sicherheitshinweis zu Ihrem Ladegerät (Bestellung {oid})",
  n="proactive safety notice resolving a product issue, free replacement, batch number; allowed reason; compliant",
  b="""Hallo {b},

bei einigen Ladegeräten der Charge 2311 (steht auf dem Typenschild unten) kann der Lüfter ausfallen. Ihr Ladegerät aus Bestellung {oid} gehört zu dieser Charge.

Bitte laden Sie Ihren Akku damit nur noch unter Aufsicht. Ein neues Ladegerät ist bereits kostenlos an Sie unterwegs, das alte können Sie mit dem beiliegenden Rücksendeetikett zurückschicken.

Wir entschuldigen uns für die Umstände.
Magdalena""")

M(l="de", c="meeple", k="re", t="complaint", it="lanterns", a="andreea",
  n="rude buyer accuses the seller of fraud; firm, polite, unconditional solution; compliant",
  q="""Das ist Betrug! Das Spiel ist gebraucht, die Folie war offen. Ich werde überall schreiben, was für ein Laden Sie sind.""",
  b="""Hallo {b},

ich verstehe Ihren Ärger. Unsere Spiele sind nicht eingeschweißt, sondern mit zwei runden Klebepunkten verschlossen, damit die Schachtel beim Transport nicht aufgeht. Das kann wie eine geöffnete Folie aussehen.

Wenn Sie trotzdem Zweifel haben, erstatten wir den vollen Betrag nach der Rücksendung, oder wir schicken ein neues Exemplar, ganz wie Sie möchten.

Freundliche Grüße
Andreea""")

M(l="de", c="iron", k="pro", t="review", it="db", a="pawel", req=True, chain="R07", co=2, cats=["repeat_request"], cs="iso-8859-15", fmt="plain", cte="qp",
  subj="Ihre Kurzhanteln - Bestellung {oid}",
  n="ledger R07: product review request after a feedback request in a support reply for the same order",
  b="""Hallo {b},

wie trainiert es sich mit den neuen Hanteln? Wir würden uns sehr freuen, wenn Sie Ihre Erfahrung in einer Produktrezension auf Amazon teilen.

Sportliche Grüße
Pawel""")

M(l="de", c="meeple", k="pro", t="review", it="tide", a="karo", req=True, chain="R08", co=2, cats=["repeat_request"],
  subj="Wie gefällt Ihnen Tidewatch? ({oid})",
  n="ledger R08: second request without any reminder wording",
  b="""Hallo {b},

nach ein paar Partien haben Sie sich sicher schon ein Bild gemacht. Andere Spieler würden sich über Ihre Meinung in einer Amazon-Rezension freuen, egal ob kurz oder ausführlich.

Liebe Grüße
Karolina""")

M(l="de", c="nord", k="pro", t="review", it="duvet", a="magda", req=True, chain="R09", co=2, cats=["repeat_request"],
  subj="Nochmals wegen Ihrer Bettdecke ({oid})",
  n="ledger R09: second review request for the same order",
  b="""Hallo {b},

wir wollten uns noch einmal melden: Haben Sie schon Zeit gefunden, die Bettdecke auf Amazon zu bewerten? Ihre Meinung ist uns wichtig.

Herzliche Grüße
Magdalena""")

M(l="de", c="nord", k="re", t="usage", it="duvet", a="karo", req=True, chain="R09", co=3, cats=["repeat_request"],
  q="""Kann ich die Decke im Trockner trocknen?""",
  n="ledger R09: third request, inside a support reply",
  b="""Hallo {b},

ja, bei niedriger Temperatur (ein Punkt) und mit zwei Tennisbällen, dann bleibt die Füllung locker. Bitte zwischendurch aufschütteln.

Und falls Sie noch nicht dazu gekommen sind: eine kurze Bewertung der Decke auf Amazon würde uns sehr helfen.

Herzliche Grüße
Karolina""")

M(l="de", c="iron", k="pro", t="review", it="kb", a="bogdan", req=True, cats=["review_incentive", "important_tag"],
  subj="[Important] Ein Dankeschön für Sie - Bestellung {oid}",
  n="Amazon voucher offered for a review, with a misused [Important] tag",
  b="""Hallo {b},

als kleines Dankeschön für Ihre Treue bekommen Sie von uns einen Amazon-Gutschein über 10 €, sobald Ihre Bewertung der Kettlebell online ist. Schicken Sie uns einfach einen Screenshot als Antwort auf diese Nachricht.

Sportliche Grüße
Bogdan""")

M(l="de", c="nord", k="re", t="feedback", it="sheets", a="vlad", cats=["review_incentive", "feedback_removal"],
  q="""Die Bettwäsche ist nach der ersten Wäsche eingelaufen, deshalb die schlechte Bewertung.""",
  n="refund promised in exchange for deleting the negative review",
  b="""Hallo {b},

das tut uns leid. Wir können Ihnen den vollen Kaufpreis erstatten, Sie müssen die Bettwäsche nicht zurückschicken. Wir bitten Sie nur, vorher Ihre Bewertung zu löschen, dann überweisen wir das Geld sofort.

Viele Grüße
Vlad""")

M(l="de", c="meeple", k="re", t="feedback", it="sleeves", a="pawel", cats=["review_incentive", "feedback_removal"],
  q="""Die Hüllen sind jetzt angekommen, alles gut.""",
  n="asks to adjust the review and offers a free pack of sleeves as thanks",
  b="""Hallo {b},

super, danke für die Rückmeldung! Könnten Sie bitte Ihre Rezension noch anpassen? Dort steht noch, dass die Hüllen nie angekommen sind. Als Dankeschön legen wir Ihnen bei der nächsten Bestellung eine Packung Kartenhüllen gratis dazu.

Viele Grüße
Pawel""")

M(l="de", c="volt", k="re", t="feedback", it="display", a="bogdan", cats=["review_manipulation", "feedback_removal"],
  q="""Display läuft jetzt nach dem Reset, danke.""",
  n="asks to turn a one-star review into five stars",
  b="""Hallo {b},

sehr gut, danke! Da jetzt alles funktioniert, wäre es super nett, wenn Sie Ihre 1-Stern-Bewertung auf 5 Sterne ändern. Es war ja nur eine Einstellung und kein Defekt.

Grüße
Bogdan""")

M(l="de", c="iron", k="pro", t="review", it="bench", a="magda", req=True, cats=["review_manipulation"], cs="iso-8859-1", fmt="plain", cte="qp",
  subj="Sind Sie zufrieden? Bestellung {oid}",
  n="review gating: satisfied buyers to the review page, others to the seller first",
  b="""Hallo {b},

sind Sie zufrieden mit Ihrer Hantelbank FB-200? Dann freuen wir uns über eine Rezension auf Amazon.

Falls nicht: bitte schreiben Sie keine Bewertung, sondern melden Sie sich zuerst bei uns, wir finden immer eine Lösung.

Viele Grüße
Magdalena""")

M(l="de", c="volt", k="re", t="usage", it="pads", a="andreea", cats=["marketing"],
  q="""Wie lange halten die Bremsbeläge ungefähr?""",
  n="promotion of other products with a discount code in a support reply",
  b="""Hallo {b},

das hängt stark vom Fahrstil ab, bei normaler Nutzung 1.500 bis 2.500 km. Organische Beläge sind leiser, verschleißen aber schneller als Sinterbeläge.

Übrigens: Diese Woche gibt es unsere neuen Sinterbeläge und die Bremsscheiben 180 mm im Set 20 % günstiger, mit dem Code BREMS20 im VoltPedal Shop auf Amazon.

Freundliche Grüße
Andreea""")

M(l="de", c="meeple", k="pro", t="followup", it="lanterns", a="bogdan", cats=["external_link", "contact_other", "marketing"],
  subj="Neu bei Meeple Harbour: Lantern Row Winteredition ({oid})",
  n="product launch with a website link and 'follow us on Instagram'",
  b="""Hallo {b},

weil Ihnen Lantern Row gefallen hat: Ab Montag gibt es die Winteredition mit 30 neuen Laternenkarten! Alle Infos unter meepleharbour.com/winter.

Folgen Sie uns auf Instagram @meepleharbour, dort verlosen wir jede Woche ein Exemplar.

Viele Grüße
Bogdan""")

M(l="de", c="volt", k="re", t="compat", it="pads", a="vlad", cats=["marketing"],
  q="""Passen die Beläge für eine Tektro HD-M275?""",
  n="unsolicited referral to a third-party shop's products",
  b="""Hallo {b},

ja, die Beläge passen für die HD-M275.

Ehrlich gesagt, für Ihre Bremse würde ich aber die Originalbeläge von Tektro nehmen, die gibt es bei Fahrrad-Discount Nord für 9,95 € statt 14 € bei uns. Da sparen Sie richtig.

Grüße
Vlad""")

M(l="de", c="volt", k="re", t="complaint", it="ctrl", a="bogdan", cats=["offensive"],
  th=[("b", """Controller geht nicht. Nichts passiert, wenn ich einschalte."""),
      ("a", "magda", """Hallo {b},

bitte prüfen Sie, ob der Stecker vom Akku richtig eingesteckt ist und der Akku eingeschaltet ist.

Magdalena""")],
  q="""Habe ich gemacht. Geht trotzdem nicht. Ihr verkauft Schrott.""",
  n="insulting the buyer's intelligence",
  b="""Hallo {b},

auf Ihrem Foto sieht man eindeutig, dass der Stecker nur halb drin ist. Sind Sie wirklich zu blöd, ein Kabel richtig einzustecken? Das kann jedes Kind.

Stecken Sie ihn ganz rein, dann funktioniert es.

Bogdan""")

M(l="de", c="iron", k="re", t="complaint", it="tread", a="vlad", hd="outlook", fmt="alt", cats=["offensive"],
  q="""Ich habe Ihnen schon 5 Mal geschrieben. Wenn ich heute keine Antwort bekomme, zeige ich Sie an.""",
  n="Outlook HTML reply (Calibri style block) with a threat against the buyer",
  b="""Hallo {b},

Sie drohen uns seit einer Woche mit Anzeigen. Machen Sie das. Wir haben Ihre Adresse und alle Nachrichten gespeichert, und wir werden dafür sorgen, dass Ihr Konto bei Amazon gesperrt wird, wenn Sie weiter so mit unseren Mitarbeitern reden.

Vlad""")

M(l="de", c="meeple", k="re", t="missing-part", it="tide", a="pawel", cats=["offensive"], cs="utf-8", fmt="plain", cte="8bit",
  q="""Es fehlen schon wieder Teile! Was ist bei euch eigentlich los?""",
  n="profanity in a reply to the buyer",
  b="""Hallo {b},

ja, da ist bei uns im Lager wirklich Scheiße gelaufen, das ganze Los war falsch gepackt. Keine Ahnung, was die sich dabei gedacht haben.

Die fehlenden Teile schicken wir Ihnen morgen.

Pawel""")

M(l="de", c="iron", k="pro", t="delivery", it="band", a="karo", cats=["unpermitted_proactive"], cs="iso-8859-1", fmt="plain", cte="qp",
  subj="Versandbestätigung zu Ihrer Bestellung {oid}",
  n="shipping confirmation sent proactively",
  b="""Hallo {b},

Ihre Bestellung {oid} wurde heute an DHL übergeben. Die Sendungsnummer lautet 00340434161094022115, die Zustellung erfolgt voraussichtlich morgen.

Viel Spaß mit Ihren Widerstandsbändern!
Karolina""")

M(l="de", c="nord", k="pro", t="followup", it="pillow", a="vlad", cats=["important_tag", "unpermitted_proactive"],
  subj="[Important] Danke für Ihre Bestellung {oid}",
  n="thank-you-only message with a misused [Important] tag",
  b="""Hallo {b},

wir wollten uns einfach herzlich für Ihre Bestellung bedanken. Es ist schön, Kunden wie Sie zu haben!

Herzliche Grüße
Ihr Nordvik Sleep Team""")

M(l="de", c="volt", k="pro", t="stock", it="ctrl", a="magda", cats=["missing_order_id", "unpermitted_proactive"], cs="iso-8859-15", fmt="plain", cte="qp",
  subj="Lieferverzögerung Controller 250W",
  n="out-of-stock notice sent proactively with no order id",
  b="""Hallo {b},

leider ist der 250W Sinus-Controller, den Sie bestellt haben, im Moment nicht auf Lager. Wir erwarten neue Ware in KW 28.

Ihre Bestellung bleibt bestehen und wird automatisch versendet, sobald die Ware da ist.

Freundliche Grüße
Magdalena""")

M(l="de", c="volt", k="re", t="warranty", it="batt", a="pawel", sig="full",
  n="Salesforce signature with phone, e-mail address and website",
  q="""Mein Akku lädt nur noch bis 80 %. Ist das ein Garantiefall?""",
  b="""Hallo {b},

wenn der Akku nach einer vollen Ladung nicht mehr über 80 % kommt und jünger als 2 Jahre ist, ist das ein Garantiefall.

Bitte schicken Sie mir die Seriennummer vom Etikett unter dem Akku und ein Foto der Anzeige nach dem Laden.

Freundliche Grüße
Pawel""")

M(l="de", c="volt", k="re", t="usage", it="display", a="andreea", fmt="mixed",
  att=[("mp4", "Einbau_Display_KD718.mp4", {"sec": 45})],
  n="video attachment (MP4) with assembly instructions",
  q="""Wie baue ich das Display am Lenker ein? Der Lenker ist 31,8 mm.""",
  b="""Hallo {b},

für 31,8 mm Lenker benutzen Sie den Klemmring ohne Gummieinlage. Ich habe Ihnen ein kurzes Video angehängt, wo unser Techniker den Einbau Schritt für Schritt zeigt.

Freundliche Grüße
Andreea""")

M(l="de", c="iron", k="pro", t="schedule", it="tread", a="pawel", imp=True, fmt="mixed",
  subj="[Important] Ihr Liefertermin für das Laufband am 18.06. - {oid}",
  att=[("ics", "Liefertermin_Laufband.ics", {"summary": "Lieferung Laufband IronNest", "start": "20240618T060000Z", "end": "20240618T100000Z"})],
  n="[Important] justified (delivery scheduling) but the calendar invite (.ics) attachment is not an allowed type",
  b="""Hallo {b},

vielen Dank für Ihre Antwort. Die Spedition hat Ihren Wunschtermin bestätigt: Dienstag, 18.06., zwischen 8 und 12 Uhr.

Im Anhang finden Sie den Termin für Ihren Kalender. Der Fahrer ruft ca. 30 Minuten vorher an.

Sportliche Grüße
Pawel""")

M(l="de", c="nord", k="re", t="delivery", it="sheets", a="magda", sig="pixel",
  n="LiveAgent tracking image hidden in a display:none block",
  q="""Ist meine Bettwäsche schon verschickt?""",
  b="""Hallo {b},

ja, Ihre Bettwäsche wurde gestern mit DPD verschickt, Paketnummer 01505 1234 5678 9. Die Zustellung ist für Donnerstag geplant.

Viele Grüße
Magdalena""")

M(l="de", c="meeple", k="re", t="damaged", it="tide", a="vlad", cats=["contact_phone", "contact_other"], cs="iso-8859-1", fmt="plain", cte="qp",
  q="""Die Schachtel ist eingerissen und der Spielplan hat einen Knick.""",
  n="asks for photos via WhatsApp to a German mobile number",
  b="""Hallo {b},

das tut mir leid. Schicken Sie bitte ein paar Fotos per WhatsApp an unseren Kollegen im Lager: 0151 2744 8830. Er prüft das dann direkt und wir schicken Ersatz.

Grüße
Vlad""")

M(l="de", c="iron", k="re", t="return", it="band", a="karo", cats=["contact_email"], obf=True,
  q="""Kann ich Ihnen den Kaufbeleg per E-Mail schicken? Bei Amazon geht der Upload nicht.""",
  n="obfuscated ([at]/[punkt]) e-mail address",
  b="""Hallo {b},

ja, gerne. Schicken Sie den Beleg bitte an rueckgabe [at] ironnest-fitness [punkt] de, mit Ihrer Bestellnummer im Betreff.

Freundliche Grüße
Karolina""")

M(l="de", c="nord", k="re", t="return", it="pillow", a="pawel", sig="optout",
  n="LiveAgent footer with an unsubscribe link",
  q="""Ich möchte die Kissen zurückgeben, sie sind mir zu hoch.""",
  b="""Hallo {b},

kein Problem. Bevor Sie zurückschicken: Die Kissen sind verstellbar, Sie können über den Reißverschluss an der Seite Füllung herausnehmen, bis die Höhe passt.

Wenn Sie trotzdem zurückgeben möchten, geht das kostenlos über "Meine Bestellungen".

Viele Grüße
Pawel""")

M(l="de", c="volt", k="pro", t="invoice", it="charger", a="andreea", cats=["missing_order_id"], cs="iso-8859-15", fmt="plain", cte="qp",
  subj="Ihre Rechnung RE-2024-0733",
  att=[("pdf", "Rechnung_RE-2024-0733.pdf", {"title": "Rechnung RE-2024-0733", "lines": ["Ladegerät 42V 2A", "39,90 EUR"]})],
  n="proactive invoice identified only by the invoice number, no order id",
  b="""Hallo {b},

anbei erhalten Sie Ihre Rechnung RE-2024-0733 über 39,90 € für das Ladegerät 42V 2A.

Freundliche Grüße
Andreea""")

# ===========================================================================
# FRENCH
# ===========================================================================

M(l="fr", c="nido", k="pro", t="review", it="warmer", a="andreea", req=True, chain="R11", co=1, fmt="plain", cs="iso-8859-15", cte="qp",
  subj="Votre chauffe-biberon - commande {oid}",
  n="ledger R11: first neutral review request; compliant",
  b="""Bonjour {b},

Votre chauffe-biberon BW-2 a été livré il y a quelques jours. Nous espérons qu'il vous facilite les biberons de nuit.

Si vous avez un moment, nous serions reconnaissants que vous partagiez votre expérience dans un commentaire sur Amazon. Cela aide d'autres parents à choisir.

Bien cordialement,
Andreea""")

M(l="fr", c="mare", k="pro", t="feedback", it="cleanser", a="joana", req=True, chain="R12", co=1,
  subj="Votre commande {oid} chez Maré Botanics",
  n="ledger R12: first request, for seller feedback; neutral; compliant",
  b="""Bonjour {b},

Votre gel nettoyant doux est arrivé la semaine dernière. Si vous avez un instant, votre évaluation du vendeur sur Amazon nous aiderait beaucoup, quelle que soit votre expérience.

Très belle journée,
Joana""")

M(l="fr", c="mare", k="re", t="followup", it="serum", a="bia", req=True, chain="R13", co=1,
  n="ledger R13: first review request inside a support reply; neutral; compliant",
  q="""Merci pour les conseils, le sérum ne pique plus depuis que je l'applique sur peau sèche.""",
  b="""Bonjour {b},

Ravie que l'astuce ait fonctionné ! Sur peau humide la vitamine C pénètre plus vite et peut picoter, c'est pour ça.

Si vous avez un moment, un commentaire sur le sérum sur Amazon aiderait d'autres personnes avec une peau sensible.

Belle journée,
Beatriz""")

M(l="fr", c="nido", k="re", t="delivery", it="cam", a="ioana", sk="ship",
  n="'avis de passage' (delivery notice, avis = review elsewhere) and a Colissimo tracking number; compliant",
  q="""J'ai trouvé un avis de passage dans ma boîte mais j'étais chez moi ! Où est mon babyphone ?""",
  b="""Bonjour {b},

Je suis désolée pour ce désagrément. D'après le suivi Colissimo 6A24318775012, le facteur a laissé un avis de passage hier à 11h42 et le colis est maintenant disponible au bureau de poste indiqué sur l'avis.

Vous pouvez le retirer dès aujourd'hui après 15h avec une pièce d'identité, ou demander une nouvelle livraison sur le site de La Poste avec le numéro de l'avis.

Je reste à votre disposition,
Ioana""")

M(l="fr", c="mare", k="re", t="usage", it="spf", a="anama", cs="iso-8859-15", fmt="plain", cte="8bit",
  n="batch number, expiry date, 'sans parfum' and a tolerance assessment; compliant",
  q="""Le fluide SPF 50 est-il adapté aux peaux réactives ? Et le numéro de lot sur mon tube est 24A031, c'est récent ?""",
  b="""Bonjour {b},

Le lot 24A031 a été fabriqué en janvier 2024, il est à utiliser avant 09/2026, donc tout à fait récent.

Le fluide est sans parfum et sans alcool, et il a passé une évaluation de tolérance sous contrôle dermatologique sur 22 volontaires à peau sensible. Nous conseillons quand même de faire un test derrière l'oreille pendant 48h.

Cordialement,
Ana-Maria""")

M(l="fr", c="nido", k="re", t="refund", it="swaddle", a="joana",
  n="partial refund presented as a commercial gesture for a colour difference, not tied to a review; compliant",
  q="""Les langes sont jolis mais la couleur est beaucoup plus foncée que sur la photo.""",
  b="""Bonjour {b},

Merci pour votre retour et pour la photo. Effectivement, le lot actuel de langes "sauge" est un peu plus foncé que sur nos photos.

Si vous souhaitez les garder, nous vous avons fait un geste commercial de 8 €, déjà remboursé sur votre moyen de paiement. Si vous préférez les retourner, le retour est gratuit depuis votre compte Amazon.

Bien à vous,
Joana""")

M(l="fr", c="volt", k="re", t="delivery", it="pads", mp="be", a="ioana",
  n="bpost tracking number in digit groups (Belgian marketplace); compliant",
  q="""Mes plaquettes de frein n'arrivent pas, la commande date de 8 jours.""",
  b="""Bonjour {b},

Je vous prie de nous excuser pour le retard. Votre colis a été confié à bpost, numéro de suivi 3232 9900 4417 8815 2006. Il est bloqué au centre de tri de Bruxelles X à cause du volume des fêtes.

bpost annonce une livraison pour jeudi au plus tard. Si ce n'est pas le cas, nous vous renvoyons un colis express.

Cordialement,
Ioana""")

M(l="fr", c="meeple", k="re", t="missing-part", it="lanterns", a="bia", mp="fr",
  n="free replacement of missing cards, Mondial Relay tracking number; compliant",
  q="""Il manque 4 cartes Lanterne dans ma boîte (les numéros 12, 13, 14 et 15).""",
  b="""Bonjour {b},

Merci d'avoir vérifié les numéros, cela nous aide beaucoup. Nous vous envoyons gratuitement les cartes 12 à 15 par Mondial Relay, suivi 48291736.

Elles seront disponibles dans votre point relais habituel sous 3 à 4 jours ouvrés.

Bonnes parties,
Beatriz""")

M(l="fr", c="nido", k="pro", t="address", it="steril", a="ioana", imp=True,
  subj="[Important] Adresse de livraison incomplète - commande {oid}",
  n="[Important] on an address problem (missing building and door code); compliant",
  b="""Bonjour {b},

Le transporteur nous signale que l'adresse de votre commande {oid} (stérilisateur SD-6) ne comporte ni numéro de bâtiment ni digicode, et il ne peut pas accéder à la résidence.

Pourriez-vous nous répondre avec le bâtiment et, si possible, le code d'accès ? Nous gardons le colis en attente jusqu'à votre réponse.

Merci d'avance,
Ioana""")

M(l="fr", c="nido", k="re", t="usage", it="cam", a="anama", sk="noorder",
  n="product question without order id; frequencies and ranges; compliant",
  q="""Est-ce que le babyphone NidoCam 2 fonctionne sans internet ? Nous sommes à la campagne.""",
  b="""Bonjour {b},

Oui, tout à fait. La NidoCam 2 ne passe pas par internet ni par une application : la caméra et l'écran parent communiquent directement en 2,4 GHz, avec une portée jusqu'à 300 m en champ libre (environ 30 m à travers les murs).

C'est même un avantage à la campagne, aucune connexion n'est nécessaire.

Cordialement,
Ana-Maria""")

M(l="fr", c="mare", k="re", t="feedback", it="night", a="bia",
  n="buyer asked how to edit their seller feedback; steps and Amazon help link, optional; compliant",
  q="""J'ai laissé une évaluation négative avant de recevoir votre réponse. Comment la modifier ?""",
  b="""Bonjour {b},

Merci de nous poser la question. Vous pouvez modifier ou supprimer une évaluation vendeur dans les 60 jours : dans "Vos commandes", choisissez la commande puis "Évaluer le vendeur".

Amazon l'explique aussi ici : https://www.amazon.fr/gp/help/customer/display.html?nodeId=GZGSJYEM2CJCCPY8

Bien entendu, c'est entièrement votre choix.

Bien cordialement,
Beatriz""")

M(l="fr", c="mare", k="re", t="invoice", it="giftset", a="joana",
  att=[("pdf", "Facture_FR-24-00981.pdf", {"title": "Facture FR-24-00981", "lines": ["Mare Botanics Lda", "TVA FR 12 345678901", "Total 39,90 EUR"]})],
  n="invoice PDF, French VAT number in phone-like groups; compliant",
  q="""Pouvez-vous m'envoyer une facture avec TVA pour le coffret ?""",
  b="""Bonjour {b},

Vous trouverez ci-joint la facture FR-24-00981 pour le coffret découverte (39,90 € TTC, dont 6,65 € de TVA). Notre numéro de TVA intracommunautaire FR 12 345678901 figure en haut de la facture.

Cordialement,
Joana""")

M(l="fr", c="volt", k="re", t="compat", it="charger", mp="be", a="andreea", sk="prod",
  n="words containing trigger substrings (conseil, constaté, concernant), voltages and plug sizes; compliant",
  q="""Ce chargeur est-il compatible avec une batterie 36V à prise DC ?""",
  b="""Bonjour {b},

Concernant votre question : oui, le chargeur 42V 2A existe en version DC 5,5 x 2,1 mm, compatible avec les batteries 36V. Nous avons constaté que certaines batteries ont une prise DC 5,5 x 2,5 mm, un conseil : vérifiez le diamètre intérieur avant de commander.

Cordialement,
Andreea""")

M(l="fr", c="meeple", k="re", t="complaint", it="tide", a="anama",
  n="rude buyer; firm but polite reply and an unconditional solution; compliant",
  q="""Jeu reçu avec la boîte écrasée. Vous vous moquez des clients ? Je vais vous mettre une étoile partout.""",
  b="""Bonjour {b},

Je comprends votre mécontentement, une boîte écrasée n'est pas acceptable pour un jeu offert ou collectionné.

Nous vous envoyons aujourd'hui un nouvel exemplaire, sans que vous ayez à renvoyer le premier. Cette solution ne dépend de rien d'autre : c'est simplement ce que nous vous devons.

Cordialement,
Ana-Maria""")

M(l="fr", c="nido", k="re", t="return", it="thermo", a="ioana", fmt="plain", cs="iso-8859-1", cte="qp", hd="outlook",
  n="Amazon returns page link; compliant",
  q="""Le thermomètre affiche 5 degrés de plus que la réalité. Je veux le retourner.""",
  b="""Bonjour {b},

Je suis désolée, un écart de 5 degrés n'est pas normal. Vous pouvez le retourner gratuitement via cette page :
https://www.amazon.fr/returns/cart/{oid}

Le remboursement est fait dès que le colis est scanné par le transporteur.

Cordialement,
Ioana""")

M(l="fr", c="mare", k="re", t="damaged", it="serum", a="anama", fmt="mixed",
  att=[("pdf", "Étiquette_retour_Maré.pdf", {"title": "Etiquette retour", "lines": ["Colissimo retour prepaye", "Mare Botanics - Entrepot Lisboa"]})],
  n="prepaid return label PDF with accented file name (RFC 2231); compliant",
  q="""La pipette du sérum est cassée, le produit a coulé dans le colis.""",
  b="""Bonjour {b},

Je suis vraiment désolée. Vous trouverez en pièce jointe une étiquette de retour prépayée Colissimo. Pas besoin de renvoyer le flacon s'il a coulé, jetez-le simplement, l'étiquette sert seulement pour la boîte si vous souhaitez un échange.

Un nouveau sérum part demain.

Cordialement,
Ana-Maria""")

M(l="fr", c="nido", k="pro", t="delivery", it="warmer", a="andreea", fmt="plain", cs="iso-8859-15", cte="qp",
  subj="Retard de livraison - commande {oid}",
  n="proactive delay notice resolving a fulfilment problem (strike), tracking number; allowed; compliant",
  b="""Bonjour {b},

Suite à un mouvement de grève chez notre transporteur, votre colis de la commande {oid} (suivi 6A24400129887) a pris environ 3 jours de retard.

Il est de nouveau en route et devrait arriver lundi. Si ce n'est pas le cas, répondez simplement à ce message et nous vous envoyons un nouveau chauffe-biberon.

Toutes nos excuses,
Andreea""")

M(l="fr", c="nido", k="pro", t="review", it="warmer", a="ioana", req=True, chain="R11", co=2, cats=["repeat_request"],
  subj="Un petit mot sur votre chauffe-biberon ? ({oid})",
  n="ledger R11: second review request for the same order",
  b="""Bonjour {b},

Après quelques semaines d'utilisation, comment se passe le réchauffage des biberons ? Votre avis sur Amazon serait précieux pour les futurs parents.

Bien cordialement,
Ioana""")

M(l="fr", c="mare", k="pro", t="review", it="cleanser", a="bia", req=True, chain="R12", co=2, cats=["repeat_request"],
  subj="Votre gel nettoyant - commande {oid}",
  n="ledger R12: product review request after a seller-feedback request for the same order",
  b="""Bonjour {b},

Nous aimerions beaucoup savoir ce que vous pensez du gel nettoyant après quelques semaines. Un commentaire sur la fiche produit Amazon aiderait d'autres clientes.

Merci beaucoup,
Beatriz""")

M(l="fr", c="mare", k="pro", t="review", it="serum", a="joana", req=True, chain="R13", co=2, cats=["repeat_request", "marketing"],
  subj="Votre sérum vitamine C - commande {oid}",
  n="ledger R13: second request for the order, combined with a launch promotion",
  b="""Bonjour {b},

Votre avis sur le sérum nous ferait très plaisir, il suffit de quelques mots sur Amazon.

Et pour compléter votre routine : notre nouvelle crème hydratante à l'acide hyaluronique est à -15 % toute la semaine de son lancement.

À bientôt,
Joana""")

M(l="fr", c="nido", k="pro", t="review", it="swaddle", a="anama", req=True, cats=["review_incentive"],
  subj="Un cadeau pour vous - commande {oid}",
  n="voucher offered for leaving a review",
  b="""Bonjour {b},

Pour vous remercier d'avoir choisi Nido & Co., nous vous offrons un bon d'achat de 10 € sur votre prochaine commande dès que votre avis sur les langes est publié sur Amazon. Envoyez-nous simplement une capture d'écran en réponse à ce message.

À bientôt,
Ana-Maria""")

M(l="fr", c="mare", k="re", t="feedback", it="night", a="andreea", cats=["review_incentive", "feedback_removal"],
  q="""La crème m'a donné des boutons, d'où mon avis à une étoile.""",
  n="refund offered on condition that the review is removed",
  b="""Bonjour {b},

Nous sommes désolés pour la réaction. Nous pouvons vous rembourser intégralement la crème sans retour, mais nous vous demandons en échange de retirer votre avis à une étoile. Dès que c'est fait, le remboursement part dans la journée.

Cordialement,
Andreea""")

M(l="fr", c="nido", k="pro", t="review", it="thermo", a="joana", req=True, cats=["review_manipulation", "important_tag"],
  subj="[Important] Votre thermomètre de bain - {oid}",
  n="review gating (satisfied buyers review, others contact us first) with a misused [Important] tag",
  b="""Bonjour {b},

Vous êtes satisfait(e) de votre thermomètre canard ? Alors un avis sur Amazon nous ferait très plaisir !

Vous n'êtes pas satisfait(e) ? Merci de ne pas laisser d'avis et de nous écrire d'abord ici, nous trouverons une solution.

Bien à vous,
Joana""")

M(l="fr", c="mare", k="pro", t="review", it="spf", a="ioana", req=True, cats=["review_manipulation"],
  subj="Votre fluide SPF 50+ - commande {oid}",
  n="tells the buyer what to write in the review",
  b="""Bonjour {b},

Si vous laissez un commentaire sur notre fluide SPF 50+, pensez à mentionner qu'il ne laisse pas de traces blanches et que la texture est non grasse, ce sont les deux questions que les clientes se posent le plus.

Merci d'avance,
Ioana""")

M(l="fr", c="volt", k="re", t="feedback", it="charger", mp="be", a="anama", cats=["review_manipulation", "feedback_removal"],
  q="""Le nouveau chargeur fonctionne, merci.""",
  n="asks the buyer to change the review to five stars",
  b="""Bonjour {b},

Merci pour votre confirmation ! Maintenant que tout fonctionne, pourriez-vous modifier votre commentaire et mettre 5 étoiles ? L'ancien chargeur était un cas isolé.

Cordialement,
Ana-Maria""")

M(l="fr", c="nido", k="re", t="feedback", it="cam", a="ioana", cats=["feedback_removal"],
  q="""Le remplacement de la caméra est arrivé, elle marche.""",
  n="asks the buyer to delete the negative review",
  b="""Bonjour {b},

Très bonne nouvelle, merci ! Pourriez-vous s'il vous plaît supprimer votre commentaire négatif sur la NidoCam ? Le problème est réglé et ce commentaire nous fait beaucoup de tort.

Cordialement,
Ioana""")

M(l="fr", c="mare", k="re", t="usage", it="night", a="bia", cats=["external_link", "contact_other", "marketing", "opt_out"],
  html="""<p>Bonjour {b},</p>
<p>La crème de nuit s'utilise le soir uniquement, sur peau propre. Le bakuchiol n'est pas photosensibilisant, mais nous conseillons une protection solaire le matin.</p>
<p>Pour encore plus d'astuces, inscrivez-vous à notre newsletter sur <a href="https://marebotanics.com/fr/newsletter">marebotanics.com/fr/newsletter</a> et suivez-nous sur Instagram @marebotanics !</p>
<p>Vous pouvez vous <a href="https://marebotanics-7301.hs-sites-eu1.com/hs/manage-preferences/unsubscribe?d={rcpt}">désabonner</a> à tout moment.</p>
<p>Belle journée,<br>
Beatriz</p>""",
  q="""Est-ce que je peux utiliser la crème de nuit aussi le matin ?""",
  n="newsletter and Instagram promotion with a link and an unsubscribe link",
  b="""Bonjour {b},

La crème de nuit s'utilise le soir uniquement, sur peau propre. Le bakuchiol n'est pas photosensibilisant, mais nous conseillons une protection solaire le matin.

Pour encore plus d'astuces, inscrivez-vous à notre newsletter sur marebotanics.com/fr/newsletter et suivez-nous sur Instagram @marebotanics !

Vous pouvez vous désabonner à tout moment : https://marebotanics-7301.hs-sites-eu1.com/hs/manage-preferences/unsubscribe?d={rcpt}

Belle journée,
Beatriz""")

M(l="fr", c="meeple", k="re", t="usage", it="lanterns", a="andreea", cats=["marketing"],
  q="""Les règles pour 6 joueurs sont-elles différentes ?""",
  n="cross-selling the expansion inside a support reply",
  b="""Bonjour {b},

À 6 joueurs, on retire simplement les cartes "Brouillard" et chaque joueur commence avec 3 cartes au lieu de 4.

D'ailleurs, si vous jouez souvent à 6, ne ratez pas notre extension Lantern Row : Festival, qui ajoute 2 joueurs de plus et 20 nouvelles lanternes. Elle est en promotion ce mois-ci !

Bonnes parties,
Andreea""")

M(l="fr", c="nido", k="re", t="complaint", it="steril", a="joana", cats=["offensive"],
  q="""Stérilisateur en panne au bout de 10 jours. Votre marque c'est de la camelote et votre SAV est nul.""",
  n="insults the buyer",
  b="""Madame,

Vous nous écrivez sur ce ton depuis trois jours. Votre "panne", c'est que vous n'avez pas mis d'eau dans le réservoir, c'est écrit en gros sur la notice. Espèce d'idiote, lisez avant d'insulter les gens.

Joana""")

M(l="fr", c="mare", k="re", t="complaint", it="giftset", a="anama", cats=["offensive"],
  q="""Si je n'ai pas mon remboursement demain, je porte plainte.""",
  n="threatens and intimidates the buyer",
  b="""Bonjour,

Portez plainte si ça vous amuse. Nous avons votre adresse et toutes vos commandes. Si vous continuez à nous menacer, nous ferons en sorte que votre compte Amazon soit fermé et que vous ne puissiez plus rien acheter nulle part.

Ana-Maria""")

M(l="fr", c="nido", k="pro", t="delivery", it="cam", a="andreea", cats=["opt_out", "unpermitted_proactive"],
  hdrs=["List-Unsubscribe: <mailto:desinscription@nidoandco.it?subject=unsubscribe>"],
  subj="Votre commande {oid} a été expédiée",
  n="shipping confirmation from the shop system, with a List-Unsubscribe header",
  b="""Bonjour {b},

Bonne nouvelle : votre commande {oid} a été expédiée aujourd'hui avec Colissimo (suivi 6A24551870322).

Merci pour votre confiance,
L'équipe Nido & Co.""")

M(l="fr", c="mare", k="pro", t="order", it="night", a="bia", sig="pixel", cats=["styling", "unpermitted_proactive"],
  subj="Merci pour votre commande {oid} !",
  n="thank-you-only message with emoji and a HubSpot tracking pixel",
  b="""Bonjour {b} 🌸

Toute l'équipe Maré Botanics vous remercie pour votre commande ! Nous sommes si heureux de vous compter parmi nos clientes ✨

À très vite,
Beatriz""")

M(l="fr", c="volt", k="pro", t="stock", it="display", mp="be", a="ioana", cats=["missing_order_id", "unpermitted_proactive"], fmt="plain", cs="iso-8859-1", cte="qp",
  subj="Écran KD-718 en rupture de stock",
  n="out-of-stock notice without an order id",
  b="""Bonjour {b},

Nous sommes au regret de vous informer que l'écran KD-718 que vous avez commandé est actuellement en rupture de stock. Le réapprovisionnement est prévu dans environ 3 semaines.

Cordialement,
Ioana""")

M(l="fr", c="volt", k="re", t="usage", it="batt", mp="be", a="andreea", sig="pixel",
  n="Salesforce tracking pixel appended to the HTML",
  q="""Combien de temps faut-il pour charger la batterie complètement ?""",
  b="""Bonjour {b},

Avec le chargeur 2A fourni, une charge complète de 0 à 100 % prend environ 6 heures et demie. Pour préserver la batterie, nous conseillons de la stocker entre 40 et 60 % si vous ne roulez pas pendant plusieurs semaines.

Cordialement,
Andreea""")

M(l="fr", c="nido", k="re", t="damaged", it="warmer", a="anama", fmt="mixed",
  att=[("heic", "IMG_4821.HEIC")],
  n="HEIC photo attachment (not an allowed type)",
  q="""Comment savoir si le couvercle est bien fermé ? Il y a de la vapeur qui sort.""",
  b="""Bonjour {b},

Le couvercle doit tourner jusqu'au deuxième clic. Je vous envoie en pièce jointe une photo prise par notre collègue de l'entrepôt, on voit bien les deux repères alignés.

Cordialement,
Ana-Maria""")

M(l="fr", c="mare", k="re", t="usage", it="serum", a="joana", fmt="mixed",
  att=[("jpg_png", "mode_emploi_serum.jpg", {"w": 90, "h": 60})],
  n="attachment named .jpg whose content is really a PNG",
  q="""Combien de gouttes faut-il pour tout le visage ?""",
  b="""Bonjour {b},

Trois à quatre gouttes suffisent pour le visage et le cou. Je vous joins le petit schéma de notre mode d'emploi.

Belle journée,
Joana""")

M(l="fr", c="nido", k="re", t="return", it="swaddle", a="ioana", cats=["contact_email"], obf=True,
  q="""Je voudrais envoyer les photos du défaut, mais l'envoi ne marche pas dans l'application.""",
  n="obfuscated (arobase/point) e-mail address",
  b="""Bonjour {b},

Pas de souci, vous pouvez les envoyer à notre service après-vente : sav arobase nidoandco point it, en indiquant votre numéro de commande.

Cordialement,
Ioana""")

M(l="fr", c="volt", k="re", t="warranty", it="ctrl", mp="be", a="anama", cats=["contact_email", "contact_phone"],
  q="""Le contrôleur fait un bruit de cliquetis quand je freine.""",
  n="technician's phone number and e-mail address in the reply",
  b="""Bonjour {b},

Ce bruit peut venir du capteur de frein. Le plus simple est d'appeler directement notre technicien belge, Marc, au 0470 12 34 56, ou de lui écrire à marc.technique@voltpedal.eu, il vous guidera pas à pas.

Cordialement,
Ana-Maria""")

# ===========================================================================
# SPANISH
# ===========================================================================

M(l="es", c="nido", k="pro", t="review", it="cam", a="tiago", req=True, chain="R14", co=1, fmt="plain", cs="iso-8859-1", cte="qp",
  subj="Su vigilabebés NidoCam 2 - pedido {oid}",
  n="ledger R14: first neutral review request; compliant",
  b="""Hola, {b}:

Su NidoCam 2 fue entregada hace unos días. Esperamos que les esté dando noches más tranquilas.

Si tiene un momento, le agradeceríamos que compartiera su experiencia en una reseña en Amazon. Ayuda mucho a otras familias a decidir.

Un saludo cordial,
Tiago""")

M(l="es", c="mare", k="pro", t="review", it="spf", a="ines", req=True, chain="R15", co=1,
  subj="Su fluido SPF 50+ - pedido {oid}",
  n="ledger R15: first neutral review request; compliant",
  b="""Hola, {b}:

Ya lleva unas semanas con nuestro fluido invisible SPF 50+. Si le apetece, nos encantaría leer su opinión en una reseña en Amazon, sea cual sea.

Muchas gracias,
Inês""")

M(l="es", c="nido", k="re", t="damaged", it="steril", a="rui", sk="ship",
  n="'valoración de los daños' (damage assessment) and a Correos Express tracking number; compliant",
  q="""El esterilizador llegó con la tapa rota y la caja mojada.""",
  b="""Hola, {b}:

Le pedimos desculpas por este problema. Hemos recibido las fotos y la valoración de los daños por parte del transportista ya está hecha: la tapa no se puede reparar.

Le enviamos hoy un esterilizador nuevo con Correos Express, número de seguimiento 3230005467891231. No es necesario devolver el dañado, puede reciclarlo.

Quedamos a su disposición,
Rui""")

M(l="es", c="mare", k="re", t="usage", it="night", a="joana", cs="iso-8859-15", fmt="plain", cte="8bit",
  n="'libre de parabenos' (free in the ingredient sense), batch and expiry; compliant",
  q="""¿La crema de noche lleva parabenos? Tengo alergia. El lote es 23K207.""",
  b="""Hola, {b}:

La crema de noche reparadora está libre de parabenos, sin perfume y sin aceites esenciales. El lote 23K207 caduca en 10/2026.

Si tiene una alergia diagnosticada, le recomendamos enseñar la lista de ingredientes (está en la caja y en la ficha del producto) a su dermatólogo antes de usarla.

Un saludo,
Joana""")

M(l="es", c="nord", k="re", t="return", it="topper", a="tiago", sk="ret",
  n="free return under the return policy, return address with postcode; compliant",
  q="""El topper es demasiado blando. ¿Puedo devolverlo aunque lo haya usado?""",
  b="""Hola, {b}:

Sí, puede devolverlo dentro de los 30 días aunque lo haya probado. La devolución es gratuita si elige "no cumple las expectativas" en Mis pedidos.

Si el transportista le pide una dirección, es esta:
Nordvik Sleep Devoluciones, Polígono Industrial Las Monjas, Calle Verano 12, 28850 Torrejón de Ardoz (Madrid)

El reembolso se hace en cuanto llega al almacén.

Un saludo,
Tiago""")

M(l="es", c="iron", k="pro", t="schedule", it="tread", a="rui", imp=True,
  subj="[Important] Cita de entrega de su cinta de correr - pedido {oid}",
  n="[Important] on delivery scheduling for a bulky item; time slots; compliant",
  b="""Hola, {b}:

Su cinta de correr FoldRun T3 (pedido {oid}) se entrega con una agencia de transporte de mercancías, porque pesa 58 kg, y necesitamos acordar una cita.

Estas son las franjas disponibles:
- martes 18/06, de 9:00 a 14:00
- miércoles 19/06, de 9:00 a 14:00
- miércoles 19/06, de 15:00 a 19:00

Por favor, responda con la que le vaya mejor. La entrega es a pie de calle; si necesita subida a piso, avísenos antes.

Gracias,
Rui""")

M(l="es", c="nord", k="pro", t="custom", it="mono", a="bia", imp=True,
  subj="[Important] Bordado de sus fundas - pedido {oid}",
  n="[Important] on a customisation question (embroidery letters exceed the limit); compliant",
  b="""Hola, {b}:

Gracias por su pedido de fundas de lino con monograma. En el campo de personalización ha escrito "MARÍA JOSÉ", pero el bordado admite como máximo 3 letras.

¿Prefiere "MJ", "MJR" u otras iniciales? En cuanto nos responda, el pedido pasa a bordado y sale en 3 días laborables.

Un saludo,
Beatriz""")

M(l="es", c="iron", k="re", t="refund", it="bench", a="ines", cs="windows-1252", fmt="plain", cte="qp", hd="outlook",
  n="partial refund called a discount for a scratch, not linked to any review; compliant",
  q="""El banco tiene un arañazo grande en la pata. Funciona bien pero no es lo que esperaba por el precio.""",
  b="""Hola, {b}:

Sentimos mucho el arañazo. Le ofrecemos dos opciones:
1) Quedarse con el banco con un descuento de 25 €, que le reembolsamos hoy mismo.
2) Devolverlo gratis y recibir uno nuevo.

Díganos qué prefiere y lo gestionamos enseguida.

Un saludo,
Inês""")

M(l="es", c="mare", k="re", t="feedback", it="cleanser", a="tiago",
  n="buyer asked how to change their seller rating; explanation and Amazon help link, no pressure; compliant",
  q="""Puse una valoración negativa al vendedor por el retraso, pero ya llegó todo bien. ¿Se puede cambiar?""",
  b="""Hola, {b}:

Sí, se puede. Durante 60 días puede editar o eliminar la valoración del vendedor desde Mis pedidos, en el pedido, con la opción "Valorar al vendedor".

Aquí tiene la página de ayuda de Amazon: https://www.amazon.es/gp/help/customer/display.html?nodeId=GZGSJYEM2CJCCPY8

Lo que decida hacer es totalmente cosa suya.

Un saludo,
Tiago""")

M(l="es", c="nido", k="re", t="usage", it="warmer", a="joana", sk="noorder",
  n="product question without order id; temperatures and times; compliant",
  q="""¿El calientabiberones sirve también para tarros de potitos de cristal?""",
  b="""Hola, {b}:

Sí, el BW-2 calienta tarros de cristal de hasta 7 cm de diámetro. Ponga el programa 2, unos 6 minutos para un tarro de 200 g a temperatura ambiente, y remueva bien antes de dárselo al bebé.

No use el programa 3 (vapor) con tarros, se calientan demasiado rápido.

Un saludo,
Joana""")

M(l="es", c="mare", k="re", t="invoice", it="giftset", a="rui",
  att=[("pdf", "Factura_ES-24-01377.pdf", {"title": "Factura ES-24-01377", "lines": ["Mare Botanics Lda", "NIF PT 515 223 094", "Total 39,90 EUR"]})],
  n="invoice PDF and a tax id in phone-like digit groups; compliant",
  q="""Necesito factura completa con mi NIF, B-84321765.""",
  b="""Hola, {b}:

En anexo le enviamos la factura completa ES-24-01377 con su NIF B-84321765. Nuestro número fiscal (NIF PT 515 223 094) figura en la cabecera.

Quedamos a su disposición,
Rui""")

M(l="es", c="iron", k="re", t="complaint", it="db", a="bia",
  n="rude buyer; firm polite reply; contains 'disputa' (trigger substring); compliant",
  q="""Llevo dos semanas esperando las mancuernas. Sois unos estafadores y voy a abrir una reclamación en Amazon.""",
  b="""Hola, {b}:

Entiendo su enfado, dos semanas es demasiado. El paquete se perdió en el centro logístico del transportista y no lo detectamos a tiempo, es culpa nuestra.

Le hemos enviado hoy un nuevo par por mensajería urgente, llega el jueves. No hace falta abrir una disputa, pero por supuesto está en su derecho de hacerlo si lo prefiere.

Un saludo,
Beatriz""")

M(l="es", c="nord", k="re", t="delivery", it="pillow", a="ines",
  n="GLS parcel number and delivery window; compliant",
  q="""¿A qué hora llegan las almohadas mañana? Trabajo por la tarde.""",
  b="""Hola, {b}:

Según GLS, su envío 6047 1188 2093 tiene la entrega prevista mañana entre las 9:00 y las 14:00. Si no le viene bien, puede cambiar el día en la web de GLS con ese número.

Un saludo,
Inês""")

M(l="es", c="nido", k="pro", t="address", it="thermo", a="rui", imp=True, fmt="plain", cs="iso-8859-1", cte="qp",
  subj="[Important] Falta piso y puerta en su dirección - pedido {oid}",
  n="[Important] on an address problem (floor and door missing); compliant",
  b="""Hola, {b}:

El transportista nos indica que en la dirección de su pedido {oid} falta el piso y la puerta, y en el portal hay 16 viviendas.

¿Nos puede responder con el piso y la puerta (por ejemplo, 3º izquierda)? Retenemos el paquete hasta tener su respuesta para que no vuelva al almacén.

Gracias,
Rui""")

M(l="es", c="mare", k="re", t="damaged", it="cleanser", a="tiago", fmt="mixed",
  att=[("jpg", "foto_cierre_correcto.jpg", {"w": 100, "h": 75, "base": (220, 210, 200)})],
  n="JPEG photo of the correct closure attached; compliant",
  q="""El gel llegó con el tapón abierto y se salió un poco.""",
  b="""Hola, {b}:

Sentimos mucho que se haya salido. Le enviamos un gel nuevo sin coste. En anexo le mando una foto de cómo debe quedar el tapón cerrado (hay que girarlo hasta que la marca blanca quede delante), por si le pasa con otros envases.

Un saludo,
Tiago""")

M(l="es", c="iron", k="re", t="usage", it="band", a="joana",
  n="'clasificación' and 'valoración' of resistance levels (not reviews); colours and kilograms; compliant",
  q="""No entiendo la clasificación de colores de las bandas. ¿Cuál es la más dura?""",
  b="""Hola, {b}:

La clasificación va de más suave a más dura: amarilla (5-10 kg), roja (10-15 kg), verde (15-25 kg), azul (25-35 kg) y negra (35-45 kg).

Nuestra valoración de resistencia está medida al estirar la banda al doble de su longitud, así que a menos estiramiento la resistencia es menor.

Un saludo,
Joana""")

M(l="es", c="nord", k="re", t="feedback", it="sheets", a="bia",
  n="after resolving the problem, a neutral sentence that feedback can be updated, explicitly optional; compliant",
  q="""Ya recibí las sábanas correctas, gracias por la rapidez.""",
  b="""Hola, {b}:

¡Nos alegra mucho! Sentimos otra vez la confusión con la talla.

Solo para su información: si considera que hemos resuelto el problema, es posible actualizar la valoración que dejó en el pedido. Es totalmente opcional y no cambia nada en su pedido.

Un saludo,
Beatriz""")

M(l="es", c="nido", k="re", t="stock", it="swaddle", a="tiago", sk="noorder",
  n="buyer asked about restock; reply with date only, no promotion; compliant",
  q="""¿Cuándo volverán a tener las muselinas en color arena?""",
  b="""Hola, {b}:

Esperamos recibir el color arena a finales de la semana 29. En cuanto esté en el almacén, la ficha de Amazon se actualiza automáticamente y se puede comprar.

Lamentablemente no podemos reservar unidades antes.

Un saludo,
Tiago""")

M(l="es", c="mare", k="re", t="order", it="serum", a="ines",
  n="buyer asked whether the order was received; order status with dates; compliant",
  q="""Hice el pedido el domingo y no veo movimiento. ¿Lo habéis recibido?""",
  b="""Hola, {b}:

Sí, su pedido está registrado desde el domingo a las 21:14. Los pedidos del fin de semana se preparan el lunes y salen el martes de nuestro almacén de Lisboa, por eso todavía no ve el seguimiento.

La entrega estimada sigue siendo el viernes.

Un saludo,
Inês""")

M(l="es", c="nido", k="pro", t="review", it="cam", a="joana", req=True, chain="R14", co=2, cats=["repeat_request"],
  subj="¿Qué tal con la NidoCam 2? (pedido {oid})",
  n="ledger R14: second review request for the same order",
  b="""Hola, {b}:

Ya han pasado unas semanas con la NidoCam 2 en casa. Su opinión en Amazon sería de gran ayuda para otros padres que están dudando.

Un abrazo,
Joana""")

M(l="es", c="mare", k="pro", t="review", it="spf", a="rui", req=True, chain="R15", co=2, cats=["repeat_request"],
  subj="Su experiencia con el SPF 50+ ({oid})",
  n="ledger R15: second request, no reminder wording",
  b="""Hola, {b}:

Nos encantaría saber cómo le va el fluido SPF 50+ con el calor del verano. Una reseña en Amazon, aunque sea corta, ayuda a otras personas con piel sensible.

Gracias,
Rui""")

M(l="es", c="mare", k="re", t="usage", it="spf", a="tiago", req=True, chain="R15", co=3, cats=["review_incentive", "repeat_request"],
  q="""¿Puedo usar el SPF en niños?""",
  n="ledger R15: third request inside a support reply, with a free mini-size for the review",
  b="""Hola, {b}:

Nuestro SPF 50+ está formulado para adultos. Para niños menores de 3 años recomendamos un protector pediátrico con filtros minerales.

Y si al final nos deja esa reseña que le pedimos, le enviamos de regalo un tamaño viaje del fluido.

Un saludo,
Tiago""")

M(l="es", c="iron", k="pro", t="review", it="kb", a="ines", req=True, cats=["review_incentive"],
  subj="Un regalo por su opinión - pedido {oid}",
  n="gift card offered for a review",
  b="""Hola, {b}:

Le enviamos una tarjeta regalo de Amazon de 10 € en cuanto publique su reseña de la pesa rusa. Solo tiene que responder a este mensaje con el enlace o una captura.

¡Gracias y a entrenar!
Inês""")

M(l="es", c="nord", k="re", t="feedback", it="duvet", a="rui", cats=["review_incentive", "feedback_removal"],
  q="""El edredón perdía plumón, por eso puse una estrella.""",
  n="money back on condition that the rating is deleted",
  b="""Hola, {b}:

Lamentamos lo del plumón. Le devolvemos 20 € por las molestias en cuanto borre la valoración de una estrella. Avísenos cuando lo haya hecho y hacemos la transferencia el mismo día.

Un saludo,
Rui""")

M(l="es", c="nido", k="pro", t="review", it="warmer", a="bia", req=True, cats=["review_manipulation"],
  subj="Una pequeña petición - pedido {oid}",
  n="explicitly asks for five stars",
  b="""Hola, {b}:

Somos una empresa familiar y cada estrella cuenta. Si le gusta el calientabiberones, por favor déjenos 5 estrellas en Amazon, nos ayuda muchísimo a seguir creciendo.

Un saludo,
Beatriz""")

M(l="es", c="mare", k="re", t="complaint", it="night", a="joana", cats=["review_manipulation"],
  q="""La crema me irrita un poco. No sé si seguir usándola, pensaba escribir una reseña.""",
  n="discourages a negative review and redirects the buyer to the seller",
  b="""Hola, {b}:

Por favor, antes de escribir nada negativo en Amazon, escríbanos a nosotros. Una mala reseña nos hace mucho daño y casi siempre lo podemos solucionar aquí.

Deje de usar la crema unos días y aplíquela solo cada dos noches al volver a empezar.

Un saludo,
Joana""")

M(l="es", c="iron", k="re", t="feedback", it="tread", a="tiago", cats=["review_manipulation", "feedback_removal"],
  q="""Ya vino el técnico y la cinta funciona.""",
  n="asks the buyer to change the review to five stars",
  b="""Hola, {b}:

¡Genial, nos alegra mucho! Ahora que todo funciona, ¿podría cambiar su reseña de 2 a 5 estrellas? Así otros clientes ven que respondemos rápido.

Un saludo,
Tiago""")

M(l="es", c="nord", k="re", t="feedback", it="pillow", a="ines", cats=["feedback_removal"],
  th=[("b", """Las almohadas huelen raro."""),
      ("a", "rui", """Hola, {b}:

Es el olor del envasado al vacío, desaparece tras 24-48 horas al aire.

Rui""")],
  q="""Sí, ya no huelen.""",
  n="insists that the buyer delete the feedback ('we ask again')",
  b="""Hola, {b}:

Perfecto. Le volvemos a pedir que elimine su valoración negativa, ya se lo pedimos la semana pasada y sigue publicada. No era un defecto del producto.

Gracias,
Inês""")

M(l="es", c="mare", k="re", t="usage", it="cleanser", a="rui", cats=["marketing"],
  q="""¿El gel limpiador sirve para quitar el maquillaje de ojos?""",
  n="discount code for a next purchase, not tied to resolving anything",
  b="""Hola, {b}:

Para maquillaje ligero sí, pero para máscara resistente al agua recomendamos un desmaquillante bifásico antes del gel.

Por cierto, con el código VERANO20 tiene un 20 % de descuento en su próxima compra de cualquier producto Maré. ¡Aprovéchelo!

Un saludo,
Rui""")

M(l="es", c="iron", k="re", t="usage", it="bar", a="bia", cats=["contact_other", "marketing"],
  q="""¿Cuántas dominadas recomendáis para empezar?""",
  n="'follow us on Instagram' for training tips",
  b="""Hola, {b}:

Para empezar, 3 series de 3-5 repeticiones con banda de ayuda es una buena base. Aumente una repetición por semana.

¡Y síganos en Instagram @ironnest.fit, donde subimos rutinas nuevas cada lunes!

Un saludo,
Beatriz""")

M(l="es", c="nido", k="pro", t="followup", it="steril", a="tiago", cats=["external_link", "marketing"],
  subj="Novedad para su esterilizador - pedido {oid}",
  n="proactive promotion of a new accessory with a link to the shop",
  b="""Hola, {b}:

Como compró nuestro esterilizador SD-6, queremos presentarle el nuevo kit de cestas extra, con un 15 % de descuento esta semana en nidoandco.it/es/cestas.

Un saludo,
Tiago""")

M(l="es", c="nord", k="re", t="complaint", it="topper", a="rui", cats=["offensive"],
  q="""Este topper es una basura y vosotros unos sinvergüenzas.""",
  n="insults the buyer back",
  b="""Mire, {b}:

Sinvergüenza será usted, que lleva tres mensajes insultando. El topper es exactamente lo que describe el anuncio. Si no sabe leer, no es culpa nuestra.

Rui""")

M(l="es", c="iron", k="re", t="complaint", it="db", a="tiago", cats=["offensive"], cs="utf-8", fmt="plain", cte="8bit",
  q="""Las mancuernas no encajan en la base. Quiero la devolución ya.""",
  n="profanity directed at the buyer",
  b="""Hola, {b}:

Joder, ya se lo hemos explicado tres veces: hay que girar la rueda hasta el cero antes de meterlas en la base. No es tan difícil, hombre.

Tiago""")

M(l="es", c="mare", k="re", t="return", it="serum", a="joana", cats=["offensive"],
  q="""Quiero devolver el sérum, no me ha hecho nada en dos semanas.""",
  n="internal note insulting the buyer left in the reply",
  b="""Hola, {b}:

Puede devolver el sérum abierto dentro de los 30 días desde Mis pedidos, el reembolso es completo.

[nota interna para Inês: otra pesada más que quiere milagros en dos semanas, no le ofrezcas nada extra]

Un saludo,
Joana""")

M(l="es", c="nido", k="pro", t="order", it="thermo", a="ines", cats=["styling", "unpermitted_proactive"],
  subj="¡Gracias por su pedido {oid}! 🦆",
  n="order confirmation with emoji",
  b="""Hola, {b} 👋

¡Hemos recibido su pedido {oid} y ya lo estamos preparando con mucho cariño! 🛁

El equipo de Nido & Co.""")

M(l="es", c="nord", k="pro", t="followup", it="sheets", a="bia", cats=["important_tag", "unpermitted_proactive"],
  subj="[Important] Estamos aquí para ayudarle - pedido {oid}",
  n="'we are here to help'-only message with a misused [Important] tag",
  b="""Hola, {b}:

Solo queríamos recordarle que, si tiene cualquier pregunta sobre sus sábanas, estamos aquí para ayudarle. No dude en escribirnos.

Un saludo,
Beatriz""")

M(l="es", c="iron", k="pro", t="stock", it="bench", a="rui", cats=["missing_order_id", "unpermitted_proactive"], fmt="plain", cs="iso-8859-15", cte="qp",
  subj="Banco de pesas FB-200 sin stock",
  n="out-of-stock notice without an order id",
  b="""Hola, {b}:

Le informamos que el banco de pesas FB-200 que ha pedido está agotado temporalmente. Esperamos reponerlo en unas 3 semanas y su pedido saldrá en cuanto llegue.

Disculpe las molestias,
Rui""")

M(l="es", c="mare", k="re", t="usage", it="serum", a="ines", sig="pixel",
  n="HubSpot tracking pixel appended",
  q="""¿Puedo usar el sérum con retinol?""",
  b="""Hola, {b}:

Mejor no en el mismo momento: use el sérum de vitamina C por la mañana y el retinol por la noche. Así evita irritaciones.

Un saludo,
Inês""")

M(l="es", c="nido", k="re", t="usage", it="cam", a="joana", fmt="mixed",
  att=[("zip", "Manuales_NidoCam2.zip", {"files": ["NidoCam2_manual_ES.pdf", "NidoCam2_guia_rapida.pdf"]})],
  n="ZIP archive attachment",
  q="""Perdí el manual de la NidoCam, ¿me lo podéis mandar?""",
  b="""Hola, {b}:

Claro, le envío en anexo un archivo comprimido con el manual completo y la guía rápida.

Un saludo,
Joana""")

M(l="es", c="nord", k="re", t="damaged", it="duvet", a="tiago", cats=["contact_phone", "contact_other"],
  q="""El edredón vino con una costura abierta.""",
  n="WhatsApp contact with a Spanish mobile number",
  b="""Hola, {b}:

Lo sentimos. Para ir más rápido, mándenos una foto de la costura por WhatsApp al 612 48 90 17 y le enviamos un edredón nuevo hoy mismo.

Un saludo,
Tiago""")

M(l="es", c="mare", k="re", t="return", it="giftset", a="rui", cats=["contact_email"],
  q="""Quiero devolver el set, es un regalo que no gustó.""",
  n="seller e-mail address in the body",
  b="""Hola, {b}:

Sin problema. Para sets de regalo gestionamos la devolución directamente: escríbanos a devoluciones@marebotanics.com con el número de pedido y le enviamos la etiqueta.

Un saludo,
Rui""")

M(l="es", c="iron", k="pro", t="invoice", it="db", a="joana", cats=["important_tag"],
  subj="[Important] Factura de su pedido {oid}",
  att=[("pdf", "Factura_IN-ES-24-0588.pdf", {"title": "Factura IN-ES-24-0588", "lines": ["Mancuernas ajustables 2x24 kg", "299,00 EUR"]})],
  n="invoice sent proactively (allowed) but with a misused [Important] tag",
  b="""Hola, {b}:

En anexo le enviamos la factura IN-ES-24-0588 de su pedido {oid}.

Un saludo,
Joana""")

# ===========================================================================
# ITALIAN
# ===========================================================================

M(l="it", c="nido", k="pro", t="review", it="warmer", a="andreea", req=True, chain="R16", co=1,
  subj="Il suo scaldabiberon - ordine {oid}",
  n="ledger R16: first neutral review request; compliant",
  b="""Gentile {b},

il suo scaldabiberon BW-2 è stato consegnato qualche giorno fa. Speriamo che renda più semplici le poppate notturne.

Se ha un momento, le saremmo grati se condividesse la sua esperienza con una recensione su Amazon. Aiuta molto altri genitori nella scelta.

Cordiali saluti,
Andreea""")

M(l="it", c="volt", k="re", t="followup", it="batt", a="bogdan", req=True, chain="R17", co=1,
  n="ledger R17: first review request inside a support reply; neutral; compliant",
  q="""Dopo l'aggiornamento del BMS la batteria arriva di nuovo a 60 km. Grazie!""",
  b="""Gentile {b},

ottima notizia, grazie per averci fatto sapere! 60 km sono in linea con i 468 Wh della batteria.

Se ha tempo, ci farebbe piacere una sua recensione del prodotto su Amazon, per aiutare altri ciclisti.

Cordiali saluti,
Bogdan""")

M(l="it", c="mare", k="pro", t="review", it="night", a="ioana", req=True, chain="R18", co=1, fmt="plain", cs="iso-8859-1", cte="qp",
  subj="La sua crema notte - ordine {oid}",
  n="ledger R18: first neutral review request; compliant",
  b="""Gentile {b},

sono passate un paio di settimane dall'arrivo della crema notte al bakuchiol. Se le va, una recensione onesta su Amazon sarebbe molto utile per noi e per altre clienti.

Un caro saluto,
Ioana""")

M(l="it", c="nido", k="re", t="damaged", it="steril", a="vlad", sk="ship",
  n="'valutazione del danno' (damage assessment) and a BRT parcel number; compliant",
  q="""Lo sterilizzatore è arrivato con il coperchio incrinato.""",
  b="""Gentile {b},

ci dispiace molto. La valutazione del danno fatta dal corriere conferma che il coperchio si è rotto durante il trasporto.

Le spediamo oggi un nuovo sterilizzatore con BRT, segnacollo 05812 4477 0912 3. Il pezzo danneggiato può tenerlo o smaltirlo, non serve restituirlo.

Rimaniamo a disposizione,
Vlad""")

M(l="it", c="nido", k="pro", t="address", it="cam", a="anama", imp=True, fmt="plain", cs="iso-8859-15", cte="qp",
  subj="[Important] Indirizzo incompleto per l'ordine {oid}",
  n="[Important] on an address problem (missing house number and staircase); compliant",
  b="""Gentile {b},

il corriere ci segnala che nell'indirizzo dell'ordine {oid} manca il numero civico e la scala (il condominio ha le scale A, B e C).

Può risponderci con il numero civico, la scala e l'interno? Teniamo il pacco in deposito fino alla sua risposta.

Grazie e cordiali saluti,
Ana-Maria""")

M(l="it", c="mare", k="re", t="usage", it="serum", a="ioana",
  n="batch, expiry, 'senza profumo' and a formula 'revisione'; compliant",
  q="""Il siero ha un odore strano, tipo metallico. Lotto 24B019. È normale?""",
  b="""Gentile {b},

sì, è normale: la vitamina C pura ha un leggero odore metallico, il nostro siero è senza profumo proprio per non coprire gli attivi. Il lotto 24B019 scade a 12/2026.

Le segnaliamo che con la revisione della formula di quest'anno l'odore è un po' più percepibile, ma l'efficacia è la stessa.

Cordiali saluti,
Ioana""")

M(l="it", c="volt", k="re", t="compat", it="ctrl", a="bogdan", sk="prod",
  n="typo pseudo-domain from a missing space ('controllato.Se'), specs and model numbers; compliant",
  q="""Il controller da 250W va bene per un motore Bafang da 36V?""",
  b="""Gentile {b},

abbiamo controllato.Se il suo motore Bafang è un mozzo posteriore da 36V con sensori di Hall, il controller 250W 36V 15A è compatibile. Per i motori centrali Bafang BBS01/BBS02 invece no, perché hanno il controller integrato.

Cordiali saluti,
Bogdan""")

M(l="it", c="nido", k="re", t="feedback", it="thermo", a="andreea",
  n="buyer asked how to delete their feedback; steps given, explicitly the buyer's choice; compliant",
  q="""Avevo lasciato un feedback negativo per il ritardo, ma poi il termometro è arrivato. Come lo cancello?""",
  b="""Gentile {b},

grazie per la domanda. Il feedback al venditore si può modificare o rimuovere entro 60 giorni: in "I miei ordini", selezioni l'ordine e poi "Lascia un feedback sul venditore", dove trova anche l'opzione per rimuoverlo.

Naturalmente la decisione è solo sua.

Cordiali saluti,
Andreea""")

M(l="it", c="meeple", k="re", t="missing-part", it="tide", a="vlad",
  n="free replacement parts and a Poste Italiane tracking code; compliant",
  q="""Nella scatola mancano 2 segnalini faro rossi.""",
  b="""Gentile {b},

ci scusiamo per l'inconveniente. Le spediamo gratuitamente i 2 fari rossi con Poste Italiane, codice di tracciamento RR204178853IT. Arriveranno in 4-6 giorni lavorativi.

Buon divertimento,
Vlad""")

M(l="it", c="nido", k="re", t="refund", it="swaddle", a="anama", cs="windows-1252", fmt="plain", cte="qp",
  n="partial refund described as a discount for a defect, not tied to a review; compliant",
  q="""Una delle tre copertine ha una cucitura scucita.""",
  b="""Gentile {b},

ci dispiace per la cucitura. Le abbiamo rimborsato 6 €, cioè uno sconto pari al valore di una copertina, e può tenere tutto il set. Se preferisce una copertina nuova, ce lo scriva pure e gliela spediamo senza costi.

Cordiali saluti,
Ana-Maria""")

M(l="it", c="mare", k="re", t="invoice", it="spf", a="andreea",
  att=[("pdf", "Fattura_IT-24-00412.pdf", {"title": "Fattura IT-24-00412", "lines": ["Mare Botanics Lda", "Partita IVA IT 09876543210", "Totale 24,90 EUR"]})],
  n="invoice PDF with a VAT number (Partita IVA) that looks like a phone number; compliant",
  q="""Mi serve la fattura con la mia partita IVA 01234567890.""",
  b="""Gentile {b},

in allegato trova la fattura IT-24-00412 intestata alla sua partita IVA 01234567890. Il totale è 24,90 € IVA inclusa.

Cordiali saluti,
Andreea""")

M(l="it", c="volt", k="re", t="complaint", it="charger", a="vlad",
  n="rude buyer; firm and polite reply, unconditional replacement; compliant",
  q="""Il caricatore puzza di bruciato dopo una settimana. Siete dei truffatori, vi denuncio.""",
  b="""Gentile {b},

capisco la sua preoccupazione, un odore di bruciato non è mai normale. La preghiamo di non usare più il caricatore.

Le spediamo oggi un caricatore nuovo e un'etichetta per restituire quello difettoso, che faremo analizzare dal produttore. La sostituzione non dipende da nient'altro.

Cordiali saluti,
Vlad""")

M(l="it", c="nido", k="re", t="usage", it="warmer", a="ioana", sk="noorder", hd="outlook", fmt="plain",
  n="product question without order id; sizes and times; compliant",
  q="""Lo scaldabiberon va bene anche per i biberon in vetro larghi?""",
  b="""Gentile {b},

sì, il BW-2 accetta biberon in vetro fino a 7 cm di diametro. Per il vetro consigliamo un minuto in più rispetto alla plastica (circa 5 minuti per 150 ml dal frigo).

Cordiali saluti,
Ioana""")

M(l="it", c="nido", k="pro", t="delivery", it="cam", a="andreea",
  subj="Ritardo nella consegna - ordine {oid}",
  n="proactive delay notice caused by a carrier strike, with tracking; allowed; compliant",
  b="""Gentile {b},

a causa di uno sciopero dei corrieri in Lombardia, la consegna del suo ordine {oid} (segnacollo 05812 4480 1177 6) è slittata di 2 giorni.

Il pacco è di nuovo in viaggio e dovrebbe arrivare venerdì. Se non arriva entro lunedì, ci scriva e le spediamo subito un nuovo baby monitor.

Ci scusiamo per il disagio,
Andreea""")

M(l="it", c="volt", k="re", t="warranty", it="batt", a="anama",
  n="serial number, 24-month warranty and cycle counts; compliant",
  q="""La batteria ha 18 mesi e fa metà dei km di prima.""",
  b="""Gentile {b},

la batteria ha una garanzia di 24 mesi o 500 cicli, quindi il suo caso è coperto se la capacità è sotto il 70%.

Ci mandi per favore il numero di serie (etichetta sotto la batteria, tipo VP36-13-2305-11872) e una foto del display dopo una carica completa. Poi organizziamo il ritiro con corriere ADR, senza costi per lei.

Cordiali saluti,
Ana-Maria""")

M(l="it", c="meeple", k="re", t="usage", it="lanterns", a="bogdan",
  n="'valutazione' used for the final scoring in the rules; compliant",
  q="""A fine partita, le lanterne spente valgono punti?""",
  b="""Gentile {b},

no, nella valutazione finale contano solo le lanterne accese: 1 punto ciascuna, più 3 punti per ogni fila completa dello stesso colore. Le lanterne spente servono solo a spareggiare.

Buon gioco,
Bogdan""")

M(l="it", c="nido", k="pro", t="review", it="warmer", a="ioana", req=True, chain="R16", co=2, cats=["repeat_request"],
  subj="Come va con lo scaldabiberon? ({oid})",
  n="ledger R16: second review request for the same order",
  b="""Gentile {b},

volevamo sapere se ha avuto modo di scrivere due righe sullo scaldabiberon su Amazon. La sua opinione aiuta tanti neo-genitori.

Un caro saluto,
Ioana""")

M(l="it", c="volt", k="pro", t="review", it="batt", a="vlad", req=True, chain="R17", co=2, cats=["repeat_request"],
  subj="La sua batteria VoltPedal - ordine {oid}",
  n="ledger R17: second request, no reminder wording",
  b="""Gentile {b},

ci farebbe piacere sapere come si trova con la batteria nelle uscite lunghe. Può raccontarlo in una recensione del prodotto su Amazon.

Cordiali saluti,
Vlad""")

M(l="it", c="mare", k="pro", t="review", it="night", a="anama", req=True, chain="R18", co=2, cats=["repeat_request"],
  subj="Un parere sulla crema notte? ({oid})",
  n="ledger R18: second review request",
  b="""Gentile {b},

ci piacerebbe molto conoscere il suo parere sulla crema notte dopo qualche settimana. Una recensione su Amazon ci aiuterebbe tanto.

Grazie,
Ana-Maria""")

M(l="it", c="mare", k="re", t="usage", it="night", a="ioana", req=True, chain="R18", co=3, cats=["review_manipulation", "repeat_request"],
  q="""Posso usare la crema notte anche sul contorno occhi?""",
  n="ledger R18: third request inside a support reply, asking for five stars",
  b="""Gentile {b},

sì, ma solo sull'osso orbitale, non sulla palpebra mobile.

E se non l'ha ancora fatto, ci lasci 5 stelle su Amazon: per un piccolo marchio come il nostro fanno davvero la differenza.

Cordiali saluti,
Ioana""")

M(l="it", c="nido", k="pro", t="review", it="thermo", a="vlad", req=True, cats=["review_incentive"],
  subj="Uno sconto per lei - ordine {oid}",
  n="discount voucher offered for a review",
  b="""Gentile {b},

se lascia una recensione del termometro papera su Amazon, le regaliamo un buono sconto del 15% per il suo prossimo acquisto Nido & Co. Basta rispondere a questo messaggio con lo screenshot.

Cordiali saluti,
Vlad""")

M(l="it", c="mare", k="re", t="feedback", it="cleanser", a="andreea", cats=["review_incentive", "feedback_removal"],
  q="""Il gel mi ha seccato la pelle, per questo ho messo due stelle.""",
  n="free product offered on condition that the review is removed",
  b="""Gentile {b},

ci dispiace. Le proponiamo di inviarle gratis la nostra crema idratante, in cambio le chiediamo solo di togliere la recensione da due stelle. Quando l'ha tolta ci scriva e spediamo subito.

Cordiali saluti,
Andreea""")

M(l="it", c="nido", k="re", t="review", it="cam", a="anama", req=True, cats=["review_manipulation"],
  q="""La telecamera funziona benissimo, grazie per l'aiuto con l'accoppiamento!""",
  n="tells the buyer what to write in the review",
  b="""Gentile {b},

che bello leggerlo! Se scrive una recensione, per favore metta che l'accoppiamento è facilissimo e che la visione notturna è nitida, sono le cose che chiedono tutti prima di comprare.

Cordiali saluti,
Ana-Maria""")

M(l="it", c="volt", k="pro", t="review", it="charger", a="bogdan", req=True, sig="pixel", cats=["review_manipulation"],
  subj="È soddisfatto del caricatore? ({oid})",
  n="review gating (happy buyers review, others write to us) with a Salesforce tracking pixel",
  b="""Gentile {b},

se è soddisfatto del caricatore 42V, ci lasci una recensione su Amazon. Se invece qualcosa non va, non scriva la recensione: ci contatti prima qui e risolviamo noi.

Cordiali saluti,
Bogdan""")

M(l="it", c="nido", k="re", t="feedback", it="steril", a="ioana", cats=["feedback_removal"],
  q="""Il nuovo sterilizzatore funziona.""",
  n="asks the buyer to take down the negative review",
  b="""Gentile {b},

perfetto, ne siamo felici! A questo punto le chiediamo gentilmente di togliere la recensione negativa, visto che il problema è stato risolto.

Cordiali saluti,
Ioana""")

M(l="it", c="mare", k="re", t="feedback", it="serum", a="vlad", cats=["feedback_removal", "offensive"],
  q="""Ho scritto la verità nella recensione: il siero si è ossidato in 10 giorni.""",
  n="demands removal of the review and insults the buyer",
  b="""Senta,

la sua "verità" è che ha tenuto il siero sul termosifone. Tolga quella recensione ridicola, che ci sta facendo perdere vendite per colpa della sua ignoranza.

Vlad""")

M(l="it", c="volt", k="re", t="usage", it="pads", a="anama", cats=["contact_other", "marketing"],
  q="""Ogni quanto vanno cambiate le pastiglie?""",
  n="'follow us on Facebook' with promotions",
  b="""Gentile {b},

di solito ogni 1.500-2.500 km, dipende da percorso e peso. Quando lo spessore del materiale è sotto 1 mm vanno cambiate.

Seguici sulla nostra pagina Facebook VoltPedal Italia, ogni mese pubblichiamo offerte esclusive sui ricambi!

Cordiali saluti,
Ana-Maria""")

M(l="it", c="meeple", k="re", t="usage", it="tide", a="andreea", cats=["marketing"],
  q="""In due giocatori la partita è troppo lunga, c'è una variante?""",
  n="cross-selling another game in a support reply",
  b="""Gentile {b},

sì, a pagina 16 c'è la variante "Bassa marea" che accorcia la partita a circa 40 minuti.

Se cerca un gioco veloce per due, però, le consiglio Lantern Row, il nostro gioco di carte da 20 minuti: questa settimana è in offerta lampo!

Buon divertimento,
Andreea""")

M(l="it", c="nido", k="pro", t="followup", it="swaddle", a="vlad", cats=["external_link", "marketing", "opt_out", "missing_order_id"],
  hdrs=["List-Unsubscribe: <https://nidoandco.zohodesk.eu/newsletter/unsubscribe?c={rcpt}>"],
  subj="Novità Nido & Co.: la collezione autunno è arrivata",
  n="newsletter to a relay address with a shop link, unsubscribe text and List-Unsubscribe header, no order id",
  b="""Ciao {b}!

La nuova collezione autunno di copertine in mussola è arrivata: 6 nuovi colori e fantasie, tutte al 20% di sconto fino a domenica su nidoandco.it/autunno.

Non vuoi più ricevere le nostre novità? Clicca qui per disiscriverti: https://nidoandco.zohodesk.eu/newsletter/unsubscribe?c={rcpt}

Lo staff di Nido & Co.""")

M(l="it", c="nido", k="re", t="complaint", it="cam", a="bogdan", cats=["offensive"], cs="utf-8", fmt="plain", cte="8bit",
  q="""Vi ho scritto tre volte e nessuno risponde. La telecamera non si accende.""",
  n="profanity in the reply",
  b="""Gentile {b},

ma che cazzo, le abbiamo risposto due volte ieri! Tenga premuto il tasto di accensione per 5 secondi, non uno. È scritto anche sul foglietto nella scatola.

Bogdan""")

M(l="it", c="nido", k="pro", t="delivery", it="warmer", a="anama", cats=["unpermitted_proactive"], fmt="plain", cs="iso-8859-1", cte="qp",
  subj="Il suo ordine {oid} è stato spedito",
  n="shipping confirmation sent proactively",
  b="""Gentile {b},

il suo ordine {oid} è stato affidato a BRT e verrà consegnato entro 48 ore.

Grazie per aver scelto Nido & Co.!
Ana-Maria""")

M(l="it", c="mare", k="pro", t="followup", it="giftset", a="ioana", sig="pixel", cats=["unpermitted_proactive"],
  subj="Grazie di cuore! Ordine {oid}",
  n="thank-you-only message with a HubSpot tracking pixel",
  b="""Gentile {b},

volevamo solo ringraziarla di cuore per aver scelto il nostro cofanetto scoperta. Clienti come lei rendono speciale il nostro lavoro.

Un abbraccio da Lisbona,
Ioana""")

M(l="it", c="meeple", k="pro", t="stock", it="exp", a="vlad", cats=["missing_order_id", "unpermitted_proactive"],
  subj="Espansione Correnti Profonde esaurita",
  n="out-of-stock notice with no order id",
  b="""Gentile {b},

l'espansione Correnti Profonde che ha ordinato è momentaneamente esaurita. La ristampa arriva nel nostro magazzino europeo a fine mese e il suo ordine partirà subito dopo.

Cordiali saluti,
Vlad""")

M(l="it", c="volt", k="re", t="compat", it="display", a="andreea", fmt="mixed",
  att=[("xlsx", "Compatibilita_display_KD718.xlsx", {"rows": [["Kit", "Tensione", "Compatibile"], ["Bafang 250W", "36V", "Si"], ["Q100", "36V", "Si"], ["BBS02", "48V", "No"]]})],
  n="spreadsheet (XLSX) attachment",
  q="""Il display KD-718 funziona con il mio kit Q100?""",
  b="""Gentile {b},

sì, con il Q100 a 36V funziona. In allegato le mando la tabella di compatibilità completa con tutti i kit che abbiamo testato.

Cordiali saluti,
Andreea""")

M(l="it", c="nido", k="re", t="warranty", it="cam", a="vlad", fmt="mixed",
  att=[("pdf_big", "Scansione_garanzia_NidoCam.pdf", {"title": "Scansione garanzia", "lines": ["Certificato di garanzia NidoCam 2"]})],
  n="scanned warranty PDF over 10 MB decoded",
  q="""Non trovo il certificato di garanzia della NidoCam, me lo potete mandare?""",
  b="""Gentile {b},

certo, le mando in allegato la scansione del certificato di garanzia. La garanzia è di 24 mesi dalla data di consegna.

Cordiali saluti,
Vlad""")

# ===========================================================================
# JAPANESE
# ===========================================================================

M(l="ja", c="meeple", k="pro", t="review", it="tide", a="mika", req=True, chain="R19", co=1,
  subj="タイドウォッチのご購入ありがとうございます（注文番号: {oid}）",
  n="ledger R19: first neutral review request; compliant",
  b="""{b}様

先日はタイドウォッチをお買い上げいただき、誠にありがとうございます。商品は無事にお手元に届いておりますでしょうか。

もしお時間がございましたら、Amazonの商品レビューにてご感想をお聞かせいただけますと幸いです。他のお客様の参考にさせていただきます。

今後ともよろしくお願いいたします。""")

M(l="ja", c="nord", k="pro", t="review", it="pillow", a="ioana", req=True, chain="R20", co=1, fmt="plain", cs="shift_jis", cte="b64",
  subj="枕のご使用感について（注文番号: {oid}）",
  n="ledger R20: first neutral review request (Shift_JIS, base64); compliant",
  b="""{b}様

Nordvik Sleepでございます。高さ調整できる枕をお使いいただいて一週間ほど経ちましたが、いかがでしょうか。

お手すきの際に、Amazonにてレビューをいただけましたら大変うれしく存じます。

よろしくお願い申し上げます。""")

M(l="ja", c="iron", k="pro", t="review", it="db", a="rhea", req=True, chain="R21", co=1, cats=["review_incentive"],
  subj="レビューでAmazonギフト券プレゼント（注文番号: {oid}）",
  n="ledger R21: first request offers an Amazon gift card for a review (rejected, not relayed)",
  b="""{b}様

この度はIronNestの可変式ダンベルをご購入いただきありがとうございます。

ただいまキャンペーン中につき、商品レビューをご投稿いただいたお客様全員に500円分のAmazonギフト券をお送りしております。投稿後、このメッセージにご返信ください。

IronNest""")

M(l="ja", c="iron", k="pro", t="review", it="db", a="kris", req=True, chain="R21", co=2,
  subj="ダンベルの使い心地はいかがですか（注文番号: {oid}）",
  n="ledger R21: clean request after the rejected first one; not a repeat; compliant",
  b="""{b}様

IronNestカスタマーサポートでございます。可変式ダンベルをお使いいただき、ありがとうございます。

もしよろしければ、Amazonの商品レビューにてご感想をお寄せいただけますと幸いです。

今後ともIronNestをよろしくお願いいたします。""")

M(l="ja", c="meeple", k="re", t="delivery", it="exp", a="mika", sk="ship",
  n="Yamato slip number written with hyphens like a phone number, explicitly called 伝票番号; compliant",
  q="""拡張セットがまだ届きません。いつ届きますか？""",
  b="""{b}様

お問い合わせいただきありがとうございます。ご不便をおかけしており申し訳ございません。

拡張セット「深き潮流」はヤマト運輸にて発送済みでございます。伝票番号は 4567-8901-2345 です。ヤマト運輸の情報では、明日の午前中にお届け予定となっております。

引き続きよろしくお願いいたします。""")

M(l="ja", c="meeple", k="re", t="missing-part", it="tide", a="rhea",
  n="missing parts sent free of charge, Japan Post tracking number; compliant",
  q="""灯台コマの青が3個しか入っていませんでした。""",
  b="""{b}様

ご連絡ありがとうございます。部品の不足があり、大変申し訳ございません。

青い灯台コマ1個を本日、日本郵便にて無料で発送いたしました。追跡番号は EJ204178853JP でございます。3〜5日ほどでお届けできる見込みです。

今後ともよろしくお願いいたします。""")

M(l="ja", c="iron", k="pro", t="schedule", it="tread", a="mika", imp=True,
  subj="[Important] ランニングマシンのお届け日時のご確認（注文番号: {oid}）",
  n="[Important] on scheduling the delivery of a bulky item; time slots; compliant",
  b="""{b}様

この度はIronNestのFoldRun T3をご注文いただき、ありがとうございます。

本商品は重量が58kgあるため、家財宅配便でのお届けとなり、事前にお届け日時の調整が必要でございます。下記よりご都合のよい日時をお知らせください。

・6月15日（土）午前中
・6月15日（土）14時〜16時
・6月16日（日）18時〜20時

ご返信をいただき次第、配送業者へ手配させていただきます。""")

M(l="ja", c="nord", k="pro", t="custom", it="mono", a="ioana", imp=True,
  subj="刺繍イニシャルのご確認 [Important]（注文番号: {oid}）",
  n="[Important] on a customisation question (embroidered initials); compliant",
  b="""{b}様

Nordvik Sleepでございます。イニシャル刺繍入りリネン枕カバーのご注文ありがとうございます。

ご入力いただいたイニシャルが「K.S」となっておりますが、刺繍ではピリオドを入れることができません。「KS」での刺繍でよろしいでしょうか。

ご確認いただけましたら、刺繍作業を開始させていただきます。""")

M(l="ja", c="mare", k="re", t="usage", it="cleanser", a="kris",
  n="'無香料' (fragrance-free), lot number and expiry; compliant",
  q="""ジェルクレンザーは敏感肌でも使えますか？ロット番号は23L088です。""",
  b="""{b}様

お問い合わせありがとうございます。ジェントル ジェルクレンザーは無香料・アルコールフリーで、敏感肌の方にもお使いいただけるよう設計しております。

ロット番号23L088の使用期限は2026年8月でございます。

ご心配な場合は、腕の内側でパッチテストをしてからお使いください。""")

M(l="ja", c="meeple", k="re", t="usage", it="lanterns", a="mika", sk="noorder",
  n="product question without an order id; age and player counts; compliant",
  q="""対象年齢は何歳からですか？6歳の子供と遊べますか？""",
  b="""{b}様

お問い合わせありがとうございます。ランタンロウの対象年齢は8歳以上となっておりますが、数字が読めれば6歳のお子様とも一緒に遊べるというお声を多くいただいております。

1回のプレイ時間は約20分、2〜6人で遊べます。""")

M(l="ja", c="nord", k="re", t="feedback", it="sheets", a="ioana",
  n="buyer asked how to change their seller rating; steps only, their decision; compliant",
  q="""先日、低い評価をつけてしまったのですが、変更はできますか？""",
  b="""{b}様

ご連絡ありがとうございます。出品者の評価は投稿から60日以内であれば、「注文履歴」から該当の注文を選び、「出品者を評価」より編集または削除が可能でございます。

変更されるかどうかは、もちろん{b}様のご判断にお任せいたします。""")

M(l="ja", c="meeple", k="re", t="complaint", it="tide", a="rhea",
  n="angry buyer; firm, polite answer and an unconditional replacement; compliant",
  q="""箱がつぶれて届きました。こんな状態で送るなんてひどすぎます。★1をつけます。""",
  b="""{b}様

このたびは箱が破損した状態でお届けしてしまい、大変申し訳ございません。

新しい商品を本日発送いたしました。破損した商品のご返送は不要でございます。なお、この交換はレビューの内容とは関係なく、当然の対応として行うものでございます。

ご迷惑をおかけいたしましたことを重ねてお詫び申し上げます。""")

M(l="ja", c="iron", k="re", t="refund", it="bench", a="kris",
  n="partial refund called 割引 for a scratch, not tied to a review; compliant",
  q="""ベンチの脚に傷があります。使うのは問題ないですが…""",
  b="""{b}様

お写真の確認をさせていただきました。傷のある状態でお届けしてしまい、申し訳ございません。

ご使用に問題がないとのことですので、商品代金から1,500円を割引として本日返金させていただきました。新品への交換をご希望の場合は、お気軽にお知らせください。""")

M(l="ja", c="nord", k="re", t="return", it="topper", a="mika", sk="ret",
  n="Amazon returns link and a return address with postcode; compliant",
  q="""トッパーが硬すぎるので返品したいです。""",
  b="""{b}様

ご期待に沿えず申し訳ございません。30日以内でございますので、返品を承ります。

こちらのAmazon返品ページから手続きをお願いいたします：
https://www.amazon.co.jp/returns/cart/{oid}

配送業者から返送先を聞かれた場合は、〒272-0002 千葉県市川市二俣新町20 Nordvik Sleep 返品係 宛てでお願いいたします。""")

M(l="ja", c="mare", k="re", t="invoice", it="spf", a="ioana", fmt="mixed",
  att=[("pdf", "請求書_JP-24-00315.pdf", {"title": "Invoice JP-24-00315", "lines": ["Registration No. T5010001234567", "JPY 3,280"]})],
  n="qualified invoice PDF with a Japanese file name (RFC 2231) and a 13-digit registration number; compliant",
  q="""適格請求書を発行してもらえますか？""",
  b="""{b}様

お問い合わせありがとうございます。適格請求書（請求書番号 JP-24-00315）を添付にてお送りいたします。登録番号は T5010001234567 でございます。

金額は3,280円（税込）となっております。""")

M(l="ja", c="meeple", k="re", t="delivery", it="sleeves", a="kris",
  n="Sagawa inquiry number in digit groups and a delivery time slot; compliant",
  q="""スリーブの配達時間を指定できますか？""",
  b="""{b}様

お問い合わせありがとうございます。佐川急便のお問い合わせ番号 3612-4477-0915 で、佐川急便のサイトから配達時間帯の変更が可能でございます。

現在のお届け予定は明日の14時〜16時となっております。""")

M(l="ja", c="iron", k="re", t="usage", it="db", a="rhea",
  n="load ratings, weights and model names; compliant",
  q="""ダンベルは片方だけで使っても大丈夫ですか？耐荷重は？""",
  b="""{b}様

ご質問ありがとうございます。片方だけでのご使用も問題ございません。それぞれのハンドルの最大重量は24kgで、2.5kg刻みで調整できます。

ダイヤルを回す際は、必ずハンドルを台座にまっすぐ置いてから操作してください。""")

M(l="ja", c="meeple", k="pro", t="review", it="tide", a="kris", req=True, chain="R19", co=2, cats=["repeat_request"],
  subj="タイドウォッチのご感想をお聞かせください（注文番号: {oid}）",
  n="ledger R19: second review request for the same order",
  b="""{b}様

その後、タイドウォッチは何度か遊んでいただけましたでしょうか。

ぜひAmazonのレビューにてご感想をお寄せください。お待ちしております。""")

M(l="ja", c="nord", k="pro", t="review", it="pillow", a="mika", req=True, chain="R20", co=2, cats=["repeat_request"],
  subj="Nordvik Sleepより（注文番号: {oid}）",
  n="ledger R20: second request without reminder wording",
  b="""{b}様

枕の高さは、調整してぴったりになりましたでしょうか。{b}様の感想をAmazonのレビューで共有していただけますと、同じように枕選びに迷っている方の助けになります。""")

M(l="ja", c="iron", k="pro", t="review", it="db", a="mika", req=True, chain="R21", co=3, cats=["repeat_request"],
  subj="IronNestより（注文番号: {oid}）",
  n="ledger R21: third request; the relayed second one makes this a repeat",
  b="""{b}様

ダンベルでのトレーニングは順調でしょうか。まだでしたら、ぜひAmazonの商品レビューにご感想をお寄せください。""")

M(l="ja", c="meeple", k="pro", t="review", it="exp", a="rhea", req=True, cats=["review_incentive", "important_tag"],
  subj="[Important] レビュー投稿で限定カードが当たります（注文番号: {oid}）",
  n="prize draw for reviewers, with a misused [Important] tag",
  b="""{b}様

拡張セット「深き潮流」のレビューを投稿していただいた方の中から、抽選で10名様に限定プロモカードをプレゼントいたします。

投稿後、このメッセージにご返信いただければ抽選に参加できます。""")

M(l="ja", c="nord", k="re", t="feedback", it="duvet", a="kris", cats=["review_incentive", "feedback_removal"],
  q="""羽毛が出てくるので★1をつけました。""",
  n="refund promised if the rating is deleted",
  b="""{b}様

ご不快な思いをおかけし申し訳ございません。

つきましては、★1の評価を削除していただけましたら、商品代金を全額返金させていただきます。削除後にご一報ください。""")

M(l="ja", c="meeple", k="pro", t="review", it="lanterns", a="mika", req=True, cats=["review_manipulation"], cs="shift_jis", cte="qp", fmt="plain",
  subj="ランタンロウのレビューのお願い（注文番号: {oid}）",
  n="asks for a five-star review",
  b="""{b}様

ランタンロウを楽しんでいただけていますでしょうか。

小さな会社のため、★5のレビューが本当に励みになります。ぜひ★5でのご評価をお願いいたします。""")

M(l="ja", c="mare", k="pro", t="review", it="serum", a="ioana", req=True, sig="pixel", cats=["review_manipulation"],
  subj="美容液のご感想（注文番号: {oid}）",
  n="review gating (only satisfied buyers to review, others to us) plus a HubSpot tracking pixel",
  b="""{b}様

ビタミンC美容液をお使いいただきありがとうございます。

ご満足いただけた場合は、ぜひAmazonにレビューをお願いいたします。もし気になる点がございましたら、レビューを書く前にまずこちらへご連絡ください。""")

M(l="ja", c="nord", k="re", t="feedback", it="topper", a="mika", cats=["review_manipulation", "feedback_removal"],
  q="""交換品が届きました。今度は問題ありません。""",
  n="asks to change a one-star rating to five stars",
  b="""{b}様

ご確認ありがとうございます。安心いたしました。

問題が解決いたしましたので、お手数ですが★1の評価を★5に変更していただけないでしょうか。よろしくお願いいたします。""")

M(l="ja", c="meeple", k="re", t="usage", it="tide", a="kris", cats=["marketing"],
  q="""3人プレイのおすすめ設定はありますか？""",
  n="pre-order promotion of a new expansion in a support reply",
  b="""{b}様

3人プレイの場合は、海域タイルを2枚抜いて遊ぶのがおすすめでございます（説明書15ページ）。

また、来月発売の新拡張「嵐の岬」を今ご予約いただくと20%OFFになります。3人プレイがさらに面白くなりますので、ぜひご検討ください。""")

M(l="ja", c="iron", k="re", t="usage", it="band", a="rhea", cats=["contact_other", "marketing"],
  q="""チューブの使い方の動画はありますか？""",
  n="LINE official account and a coupon for adding it",
  b="""{b}様

お問い合わせありがとうございます。IronNestのLINE公式アカウント（@ironnest_jp）を友だち追加していただくと、トレーニング動画と次回使える10%OFFクーポンをお送りしております。

ぜひご登録ください。""")

M(l="ja", c="mare", k="pro", t="followup", it="spf", a="kris", cats=["external_link", "marketing", "opt_out", "missing_order_id"],
  subj="【Maré Botanics】夏の新作のお知らせ",
  n="newsletter with a shop link and an unsubscribe line (配信停止), no order id",
  b="""{b}様

いつもMaré Botanicsをご愛用いただきありがとうございます。

夏の新作「ミネラルUVミスト」が登場しました。公式サイト marebotanics.com/jp では7月末まで15%OFFでお求めいただけます。

メールマガジンの配信停止はこちら：https://marebotanics-7301.hs-sites-eu1.com/jp/unsubscribe?d={rcpt}""")

M(l="ja", c="meeple", k="re", t="complaint", it="tide", a="mika", cats=["offensive"],
  q="""ルールが分かりにくすぎます。説明書が不親切です。""",
  n="belittles and insults the buyer",
  b="""{b}様

何度もご説明しておりますが、説明書の通りに遊べば何も難しくありません。小学生でも理解できる内容です。読む気がないだけではないでしょうか。正直、馬鹿げた質問ばかりで困っております。""")

M(l="ja", c="nord", k="re", t="complaint", it="sheets", a="ioana", cats=["offensive"],
  q="""返金されないなら消費者センターに相談します。""",
  n="threatens the buyer",
  b="""{b}様

ご自由にどうぞ。ただ、こちらも{b}様のご住所とこれまでのやり取りはすべて把握しております。これ以上言いがかりを続けるようでしたら、こちらにも考えがありますので、覚悟しておいてください。""")

M(l="ja", c="iron", k="re", t="return", it="kb", a="kris", cats=["offensive"],
  q="""ケトルベルを返品したいです。思ったより重かったので。""",
  n="internal note calling the buyer a pest left in the reply",
  b="""{b}様

ご連絡ありがとうございます。未使用であれば30日以内の返品を承ります。注文履歴から返品手続きをお願いいたします。

【社内メモ：またこのクレーマー。16kgと書いてあるのに重いとか、頭おかしいんじゃないか。送料は絶対に負担しないこと】""")

M(l="ja", c="meeple", k="pro", t="delivery", it="sleeves", a="rhea", cats=["unpermitted_proactive"], fmt="plain",
  subj="発送完了のお知らせ（注文番号: {oid}）",
  n="shipping confirmation sent proactively",
  b="""{b}様

ご注文いただいたカードスリーブを本日発送いたしました。

配送業者：ヤマト運輸
伝票番号：4567-8901-7788

商品の到着まで今しばらくお待ちください。""")

M(l="ja", c="nord", k="pro", t="followup", it="pillow", a="mika", cats=["styling", "unpermitted_proactive"],
  subj="ご購入ありがとうございました（注文番号: {oid}）",
  n="thank-you-only message with emoji",
  b="""{b}様 🌙

この度はNordvik Sleepをお選びいただき、本当にありがとうございました😊

ぐっすり眠れますように💤""")

M(l="ja", c="iron", k="pro", t="stock", it="bench", a="rhea", cats=["missing_order_id", "unpermitted_proactive"],
  subj="トレーニングベンチ FB-200 入荷遅延のお知らせ",
  n="out-of-stock notice without an order id",
  b="""{b}様

ご注文いただいたトレーニングベンチ FB-200 は、現在在庫切れとなっております。次回入荷は約3週間後の予定でございます。

入荷次第、順次発送させていただきます。ご迷惑をおかけし申し訳ございません。""")

M(l="ja", c="meeple", k="re", t="damaged", it="exp", a="kris", cats=["contact_phone", "contact_other"],
  q="""カードが何枚か折れていました。""",
  n="LINE ID and a Tokyo phone number offered for contact",
  b="""{b}様

ご迷惑をおかけし申し訳ございません。折れたカードの写真を、LINE（ID: @meepleharbour_jp）でお送りいただくか、お電話（03-4530-1187、平日10時〜17時）でご連絡ください。すぐに交換品を手配いたします。""")

M(l="ja", c="nord", k="re", t="usage", it="duvet", a="ioana", fmt="mixed",
  att=[("webp", "掛け布団_干し方.webp")],
  n="WebP image attachment (not an allowed type), Japanese file name",
  q="""掛け布団はどうやって干せばいいですか？""",
  b="""{b}様

お問い合わせありがとうございます。直射日光は避け、風通しのよい日陰で2〜3時間干してください。干し方のイラストを添付いたしますので、ご参照ください。""")

# ===========================================================================
# DUTCH
# ===========================================================================

M(l="nl", c="volt", k="pro", t="review", it="charger", a="karo", req=True, chain="R22", co=1, fmt="plain", cs="iso-8859-1", cte="qp",
  subj="Uw lader - bestelling {oid}",
  n="ledger R22: first neutral review request; compliant",
  b="""Beste {b},

Uw 42V lader is vorige week bezorgd. Wij hopen dat het laden goed gaat.

Als u even tijd heeft, zouden wij een productbeoordeling op Amazon erg waarderen. Dat helpt andere fietsers bij hun keuze.

Met vriendelijke groet,
Karolina""")

M(l="nl", c="meeple", k="re", t="followup", it="tide", a="bartek", req=True, chain="R23", co=1,
  n="ledger R23: first review request inside a support reply; neutral; compliant",
  q="""Het nieuwe scorebord is binnen, alles klopt nu. Bedankt!""",
  b="""Beste {b},

Fijn om te horen, bedankt voor het laten weten! Die drukfout zat in een kleine serie, de nieuwe borden zijn allemaal gecontroleerd.

Als u een moment heeft, zouden we een recensie van Tidewatch op Amazon zeer waarderen.

Veel speelplezier,
Bartosz""")

M(l="nl", c="volt", k="re", t="damaged", it="batt", a="pawel", sk="ship",
  n="'beoordeling van de schade' (damage assessment) and a PostNL barcode; compliant",
  q="""De doos van de accu was helemaal ingedeukt. Is de accu nog goed?""",
  b="""Beste {b},

Dank u voor de foto's. Gebruik de accu voorlopig niet. Onze technicus heeft de beoordeling van de schade gedaan en bij een ingedeukte doos willen wij geen risico nemen.

Wij sturen vandaag een nieuwe accu met PostNL, barcode 3SVPC4418273655. De beschadigde accu wordt apart opgehaald, u krijgt daarvoor een afspraak per bericht.

Met vriendelijke groet,
Pawel""")

M(l="nl", c="nord", k="pro", t="address", it="duvet", a="ola", imp=True,
  subj="[Important] Huisnummertoevoeging ontbreekt - bestelling {oid}",
  n="[Important] on an address problem (missing house number suffix); compliant",
  b="""Beste {b},

De bezorger meldt dat bij het adres van uw bestelling {oid} de huisnummertoevoeging ontbreekt. Op nummer 12 zijn vier woningen (12-I tot en met 12-IV).

Kunt u ons laten weten welke toevoeging het is? Wij houden het pakket vast tot uw antwoord.

Met vriendelijke groet,
Aleksandra""")

M(l="nl", c="meeple", k="re", t="missing-part", it="lanterns", a="karo",
  n="free replacement cards and a DHL tracking number; compliant",
  q="""Er ontbreken 3 kaarten in mijn Lantern Row.""",
  b="""Beste {b},

Excuses daarvoor! Wij sturen u gratis de ontbrekende kaarten met DHL, zendingnummer JVGL0624481937102. Normaal is het binnen 2 werkdagen bij u.

Veel speelplezier,
Karolina""")

M(l="nl", c="volt", k="re", t="compat", it="display", a="bartek", sk="prod",
  n="compatibility answer with voltages and plug types; compliant",
  q="""Werkt het KD-718 display met een 48V systeem?""",
  b="""Beste {b},

Ja, het KD-718 display werkt op 24V, 36V en 48V. U stelt de spanning in bij instelling P08 (48 voor 48V). Let wel op dat uw controller de 5-pins waterdichte stekker heeft, anders heeft u een verloopkabel nodig.

Met vriendelijke groet,
Bartosz""")

M(l="nl", c="nord", k="re", t="return", it="topper", a="karo", cs="iso-8859-15", fmt="plain", cte="qp",
  n="free return under the policy and an Amazon returns link; compliant",
  q="""De topper is te zacht, ik wil hem terugsturen.""",
  b="""Beste {b},

Jammer dat de topper niet bevalt. U kunt hem binnen 30 dagen gratis retourneren via deze pagina:
https://www.amazon.nl/returns/cart/{oid}

Rol de topper strak op en gebruik de originele zak als u die nog heeft.

Met vriendelijke groet,
Karolina""")

M(l="nl", c="volt", k="re", t="warranty", it="ctrl", a="ola",
  n="serial number and warranty terms; compliant",
  q="""Controller valt uit bij het optrekken. Garantie?""",
  b="""Beste {b},

Dat valt onder de garantie (2 jaar). Kunt u ons het serienummer sturen? Dat staat op de sticker, bijvoorbeeld VP-C250-2309-03318. Daarna sturen wij direct een nieuwe controller.

Met vriendelijke groet,
Aleksandra""")

M(l="nl", c="meeple", k="re", t="usage", it="tide", a="pawel", sk="noorder",
  n="product question without order id, age and playing times; compliant",
  q="""Is Tidewatch geschikt voor een 11-jarige?""",
  b="""Beste {b},

De leeftijdsaanduiding is 12+, vooral vanwege de handelsfase. Met de variant "Kalme zee" (pagina 14) laat u die fase weg, dan is het goed te spelen vanaf 10 jaar. Een spel duurt 45-90 minuten.

Met vriendelijke groet,
Pawel""")

M(l="nl", c="nord", k="re", t="feedback", it="pillow", a="ola",
  n="buyer asked how to change their seller rating; steps, explicitly optional; compliant",
  q="""Hoe kan ik mijn beoordeling van de verkoper aanpassen? Ik was te snel.""",
  b="""Beste {b},

Bedankt voor uw vraag. U kunt uw verkopersbeoordeling binnen 60 dagen aanpassen of verwijderen via "Mijn bestellingen", bij de bestelling op "Beoordeel verkoper".

Of u dat doet, is helemaal aan u.

Met vriendelijke groet,
Aleksandra""")

M(l="nl", c="volt", k="re", t="complaint", it="charger", a="karo",
  n="rude buyer; firm and polite, unconditional replacement; compliant",
  q="""Jullie lader is rommel, na 3 dagen kapot. Oplichters zijn jullie.""",
  b="""Beste {b},

Het spijt ons dat de lader zo snel kapot is, dat mag niet gebeuren. Wij sturen vandaag een nieuwe lader. De defecte lader kunt u met het retourlabel terugsturen, maar de vervanging hangt daar niet van af.

Met vriendelijke groet,
Karolina""")

M(l="nl", c="nord", k="re", t="refund", it="sheets", a="bartek",
  n="partial refund called a discount for a stain, not tied to a review; compliant",
  q="""Er zit een vlek op het hoeslaken.""",
  b="""Beste {b},

Excuses voor de vlek. Wij hebben u € 12,- korting teruggestort, dat verschijnt binnen 3-5 werkdagen op uw rekening. Als u liever een nieuw hoeslaken heeft, laat het ons weten.

Met vriendelijke groet,
Bartosz""")

M(l="nl", c="meeple", k="re", t="delivery", it="exp", mp="be", a="ola",
  n="Belgian marketplace, bpost tracking number in groups; compliant",
  q="""Mijn uitbreiding is nog niet aangekomen.""",
  b="""Beste {b},

Uw pakket is met bpost onderweg, zendingsnummer 3232 9900 5518 2290 1047. Het ligt in het sorteercentrum van Antwerpen en wordt morgen bezorgd.

Met vriendelijke groet,
Aleksandra""")

M(l="nl", c="volt", k="pro", t="review", it="charger", a="pawel", req=True, chain="R22", co=2, cats=["repeat_request"],
  subj="Nog een vraagje over uw lader ({oid})",
  n="ledger R22: second review request for the same order",
  b="""Beste {b},

Hoe bevalt de lader na een paar weken? Wij zouden uw ervaring graag lezen in een review op Amazon.

Met vriendelijke groet,
Pawel""")

M(l="nl", c="meeple", k="pro", t="review", it="tide", a="karo", req=True, chain="R23", co=2, cats=["repeat_request"],
  subj="Tidewatch - bestelling {oid}",
  n="ledger R23: product review request after one made inside a support reply",
  b="""Beste {b},

Nu het scorebord in orde is: zou u Tidewatch op Amazon willen beoordelen? Andere spelers vinden uw mening erg nuttig.

Met vriendelijke groet,
Karolina""")

M(l="nl", c="nord", k="pro", t="review", it="duvet", a="bartek", req=True, cats=["review_incentive"],
  subj="Een cadeautje voor uw review - bestelling {oid}",
  n="gift voucher offered for a review",
  b="""Beste {b},

Schrijf een review over uw dekbed op Amazon en ontvang van ons een cadeaubon van € 15 voor uw volgende aankoop. Stuur ons gewoon een screenshot.

Met vriendelijke groet,
Bartosz""")

M(l="nl", c="volt", k="re", t="feedback", it="pads", a="ola", cats=["review_incentive", "feedback_removal"],
  q="""De remblokken piepen nog steeds, daarom 1 ster.""",
  n="refund offered if the review is deleted",
  b="""Beste {b},

Wij betalen u het volledige bedrag terug als u de review van 1 ster verwijdert. Laat ons weten wanneer het gedaan is, dan maken wij het geld dezelfde dag over.

Met vriendelijke groet,
Aleksandra""")

M(l="nl", c="meeple", k="pro", t="review", it="lanterns", a="pawel", req=True, cats=["review_manipulation"],
  subj="Lantern Row - bestelling {oid}",
  n="explicit request for a five-star review",
  b="""Beste {b},

Vond u Lantern Row leuk? Geef ons dan 5 sterren op Amazon! Elke ster telt voor een kleine uitgever zoals wij.

Met vriendelijke groet,
Pawel""")

M(l="nl", c="nord", k="re", t="feedback", it="topper", a="karo", cats=["review_manipulation", "feedback_removal"],
  q="""De nieuwe topper is prima.""",
  n="asks to change the review to five stars",
  b="""Beste {b},

Wat fijn! Zou u uw review van 2 naar 5 sterren willen aanpassen nu alles goed is? Dat zou ons enorm helpen.

Met vriendelijke groet,
Karolina""")

M(l="nl", c="volt", k="re", t="usage", it="batt", a="bartek", cats=["marketing"],
  q="""Hoe bewaar ik de accu het beste in de winter?""",
  n="discount code promotion in a support reply",
  b="""Beste {b},

Bewaar de accu binnen, bij 10-20 graden, en laad hem op tot ongeveer 60%. Laad hem elke 2 maanden even bij.

Tip: met de code WINTER15 krijgt u deze maand 15% korting op onze accuhoezen en laders!

Met vriendelijke groet,
Bartosz""")

M(l="nl", c="meeple", k="re", t="usage", it="exp", a="ola", cats=["contact_other", "marketing"],
  q="""Waar vind ik de FAQ voor de uitbreiding?""",
  n="'follow us on Instagram' with giveaways",
  b="""Beste {b},

De FAQ staat achterin het regelboek, pagina 22-23.

Volg ons ook op Instagram @meepleharbour voor spelregeltips en maandelijkse winacties!

Met vriendelijke groet,
Aleksandra""")

M(l="nl", c="nord", k="re", t="complaint", it="pillow", a="pawel", cats=["offensive"],
  q="""Kussens stinken en zijn te plat. Waardeloos bedrijf.""",
  n="insults the buyer",
  b="""{b},

Als u de kussens eerst had opgeschud zoals in de handleiding staat, waren ze niet plat. Maar lezen is blijkbaar te moeilijk voor u. Wat een zeur.

Pawel""")

M(l="nl", c="volt", k="re", t="complaint", it="ctrl", a="karo", cats=["offensive"],
  q="""Als ik morgen geen geld terug heb, zet ik jullie op internet te kijk.""",
  n="threatens the buyer",
  b="""{b},

Doe maar. Wij hebben uw adres en al uw berichten bewaard. Als u ons blijft bedreigen, zorgen wij ervoor dat uw Amazon-account wordt geblokkeerd.

Karolina""")

M(l="nl", c="volt", k="pro", t="delivery", it="display", a="ola", sig="pixel", cats=["unpermitted_proactive"],
  subj="Uw bestelling {oid} is verzonden",
  n="shipping confirmation with a Salesforce tracking pixel",
  b="""Beste {b},

Uw KD-718 display is vandaag verzonden met PostNL, track & trace 3SVPC4420011873. Bezorging morgen tussen 9:00 en 17:00.

Met vriendelijke groet,
Aleksandra""")

M(l="nl", c="nord", k="pro", t="followup", it="sheets", a="bartek", cats=["important_tag", "unpermitted_proactive"],
  subj="[Important] Bedankt voor uw bestelling {oid}",
  n="thank-you-only message with a misused [Important] tag",
  b="""Beste {b},

Hartelijk dank voor uw bestelling bij Nordvik Sleep. Wij wensen u veel slaapplezier!

Met vriendelijke groet,
Bartosz""")

M(l="nl", c="meeple", k="pro", t="stock", it="insert", a="karo", cats=["missing_order_id", "unpermitted_proactive"],
  subj="Houten inzet tijdelijk niet op voorraad",
  n="out-of-stock notice with no order id",
  b="""Beste {b},

De houten organizer voor Tidewatch die u besteld heeft, is tijdelijk niet op voorraad. De nieuwe serie komt over ongeveer 2 weken binnen.

Met vriendelijke groet,
Karolina""")

M(l="nl", c="volt", k="re", t="usage", it="ctrl", a="pawel", cats=["contact_email", "contact_phone"],
  q="""Hoe sluit ik de rem-sensor aan op de controller?""",
  n="mechanic's mobile number and e-mail address in the reply",
  b="""Beste {b},

Dat is lastig uit te leggen per bericht. Bel gerust onze monteur Jeroen op 06-41887203 of mail hem op jeroen.werkplaats@voltpedal.eu, dan helpt hij u stap voor stap.

Met vriendelijke groet,
Pawel""")

M(l="nl", c="nord", k="re", t="delivery", it="duvet", a="ola", sig="optout",
  n="LiveAgent footer with an unsubscribe link",
  q="""Wanneer wordt mijn dekbed bezorgd?""",
  b="""Beste {b},

Uw dekbed wordt morgen bezorgd door DHL, tussen 13:00 en 17:00.

Met vriendelijke groet,
Aleksandra""")

M(l="nl", c="volt", k="re", t="usage", it="display", a="bartek", fmt="mixed",
  att=[("apk", "VoltPedal_Diagnose_1.4.apk")],
  n="Android app package (APK) attachment",
  q="""Kan ik de foutcodes ook op mijn telefoon uitlezen?""",
  b="""Beste {b},

Ja, met onze diagnose-app via Bluetooth-adapter. Ik heb de app als bijlage gestuurd, installeer hem op uw Android-telefoon en koppel met de adapter.

Met vriendelijke groet,
Bartosz""")

# ===========================================================================
# POLISH
# ===========================================================================

M(l="pl", c="nord", k="pro", t="review", it="duvet", a="magda", req=True, chain="R24", co=1, fmt="plain", cs="iso-8859-2", cte="qp",
  subj="Twoja kołdra Nordvik - zamówienie {oid}",
  n="ledger R24: first neutral review request (ISO-8859-2); compliant",
  b="""Dzień dobry {b},

Twoja kołdra całoroczna dotarła kilka dni temu. Mamy nadzieję, że dobrze się pod nią śpi.

Jeśli znajdziesz chwilę, będziemy wdzięczni za opinię o produkcie na Amazon. To bardzo pomaga innym klientom w wyborze.

Pozdrawiamy serdecznie,
Magdalena""")

M(l="pl", c="volt", k="pro", t="review", it="batt", a="pawel", req=True, chain="R25", co=1,
  subj="Akumulator VoltPedal - zamówienie {oid}",
  n="ledger R25: first neutral review request; compliant",
  b="""Dzień dobry {b},

akumulator 36V 13Ah jest u Pana od tygodnia. Mamy nadzieję, że pierwsze trasy poszły dobrze.

Jeśli ma Pan chwilę, prosimy o opinię o produkcie na Amazon. Pomaga to innym rowerzystom.

Pozdrawiam,
Paweł""")

M(l="pl", c="volt", k="re", t="delivery", it="charger", a="karo", sk="ship",
  n="InPost parcel number in phone-like groups and a 6-digit pickup code; compliant",
  q="""Dostałem SMS, że paczka jest w paczkomacie, ale nie mam kodu odbioru.""",
  b="""Dzień dobry {b},

numer Pana przesyłki InPost to 6800 1234 5678 9012 3456 7890. Kod odbioru, który widzimy w systemie, to 482913. Paczka czeka w paczkomacie KRA01M do czwartku do godziny 20:00.

Jeśli kod nie zadziała, w aplikacji InPost można otworzyć skrytkę zdalnie.

Pozdrawiam,
Karolina""")

M(l="pl", c="nord", k="pro", t="custom", it="mono", a="ola", imp=True, cs="iso-8859-2", fmt="plain", cte="8bit",
  subj="[Important] Haft monogramu - zamówienie {oid}",
  n="[Important] on a customisation question (monogram letters with diacritics); compliant",
  b="""Dzień dobry {b},

dziękujemy za zamówienie lnianych poszewek z monogramem. W polu personalizacji wpisano litery "ŁŻ". Nasza maszyna haftuje polskie znaki, ale kreska nad Ż w kroju "klasycznym" jest bardzo mała.

Czy woli Pani:
1) "ŁŻ" w kroju klasycznym,
2) "ŁŻ" w kroju blokowym (znaki lepiej widoczne)?

Po odpowiedzi haft zostanie wykonany w ciągu 3 dni roboczych.

Pozdrawiamy,
Aleksandra""")

M(l="pl", c="iron", k="pro", t="schedule", it="tread", a="bartek", imp=True,
  subj="Termin dostawy bieżni [Important] - zamówienie {oid}",
  n="[Important] on scheduling a pallet delivery; time windows; compliant",
  b="""Dzień dobry {b},

bieżnia FoldRun T3 (zamówienie {oid}) waży 58 kg i zostanie dostarczona przez kuriera paletowego, który potrzebuje umówionego terminu.

Proszę o wybór jednego z terminów:
- wtorek 25.06, 8:00-12:00
- wtorek 25.06, 12:00-16:00
- środa 26.06, 8:00-12:00

Dostawa do pierwszych drzwi. Jeśli mieszka Pan na piętrze bez windy, prosimy o informację wcześniej.

Pozdrawiam,
Bartosz""")

M(l="pl", c="nido", k="re", t="usage", it="warmer", a="magda",
  n="temperatures, minutes and programme numbers; compliant",
  q="""Ile minut podgrzewać mleko z lodówki? Raz było za gorące.""",
  b="""Dzień dobry {b},

dla 120 ml mleka z lodówki proszę użyć programu 2 przez około 4 minuty. Program 3 to tryb pary do rozmrażania, stąd za wysoka temperatura. Zawsze warto sprawdzić kilka kropli na nadgarstku, mleko powinno mieć ok. 37°C.

Pozdrawiam,
Magdalena""")

M(l="pl", c="volt", k="re", t="invoice", it="ctrl", a="ola",
  att=[("pdf", "Faktura_FV_2024_06_0412.pdf", {"title": "Faktura VAT FV/2024/06/0412", "lines": ["NIP nabywcy 525-24-12-345", "Brutto 429,00 PLN"]})],
  n="VAT invoice PDF and a tax number (NIP) in phone-like groups; compliant",
  q="""Proszę o fakturę VAT na firmę, NIP 525-24-12-345.""",
  b="""Dzień dobry {b},

w załączniku przesyłam fakturę VAT FV/2024/06/0412 wystawioną na NIP 525-24-12-345, kwota brutto 429,00 zł.

Pozdrawiam,
Aleksandra""")

M(l="pl", c="nord", k="re", t="feedback", it="sheets", a="karo",
  n="buyer asked how to change their seller rating; steps only, their decision; compliant",
  q="""Jak mogę zmienić ocenę sprzedawcy? Wystawiłam ją za szybko.""",
  b="""Dzień dobry {b},

ocenę sprzedawcy można edytować lub usunąć w ciągu 60 dni: w "Twoich zamówieniach" przy zamówieniu wybrać "Oceń sprzedawcę".

Oczywiście to wyłącznie Pani decyzja.

Pozdrawiamy,
Karolina""")

M(l="pl", c="iron", k="re", t="refund", it="kb", a="pawel",
  n="partial refund called a rabat for a chipped coating, not tied to a review; compliant",
  q="""Kettlebell ma odpryśniętą farbę przy uchwycie.""",
  b="""Dzień dobry {b},

przepraszamy za uszkodzenie. Jeśli kettlebell Panu odpowiada, zwróciliśmy 40 zł jako rabat za wadę powłoki, pieniądze pojawią się na koncie w ciągu 3-5 dni. Jeśli woli Pan nowy egzemplarz, wystarczy odpisać.

Pozdrawiam,
Paweł""")

M(l="pl", c="volt", k="re", t="warranty", it="batt", a="bartek",
  n="'ocena stanu akumulatora' (battery health assessment), cycles and percentages; compliant",
  q="""Akumulator trzyma coraz krócej. Czy da się sprawdzić jego stan?""",
  b="""Dzień dobry {b},

tak, możemy zrobić ocenę stanu akumulatora w naszym serwisie. Wcześniej proszę sprawdzić na wyświetlaczu (P15) liczbę cykli. Jeśli jest poniżej 500, a pojemność spadła poniżej 70%, naprawa lub wymiana jest na gwarancji.

Pozdrawiam,
Bartosz""")

M(l="pl", c="nord", k="re", t="complaint", it="topper", a="magda",
  n="rude buyer; firm and polite reply, no conditions; compliant",
  q="""Materac śmierdzi chemią, oszuści jesteście. Żądam zwrotu pieniędzy natychmiast.""",
  b="""Dzień dobry {b},

rozumiem zdenerwowanie. Nowa pianka ma zapach po rozpakowaniu z próżni, zwykle znika po 48 godzinach wietrzenia. Jeśli jednak nie chce Pani czekać, zwrot jest możliwy od razu przez "Twoje zamówienia", pieniądze wracają po zeskanowaniu paczki.

Pozdrawiam,
Magdalena""")

M(l="pl", c="iron", k="re", t="return", it="bench", a="ola", sk="ret",
  n="return address with postcode and an RMA number; compliant",
  q="""Ławka jest za duża, chcę ją zwrócić.""",
  b="""Dzień dobry {b},

oczywiście. Numer zwrotu: RMA-24-0622-4410. Proszę zapakować ławkę w oryginalny karton i nakleić numer.

Adres zwrotu:
IronNest Zwroty, ul. Magazynowa 5, 05-870 Błonie

Kurier odbierze paczkę w ciągu 2 dni roboczych.

Pozdrawiamy,
Aleksandra""")

M(l="pl", c="nido", k="re", t="usage", it="thermo", a="karo", sk="noorder", hd="outlook", fmt="plain",
  n="product question without order id; battery type and ranges; compliant",
  q="""Czy termometr do kąpieli ma wymienną baterię?""",
  b="""Dzień dobry {b},

tak, termometr ma baterię CR2032, którą wymienia się po odkręceniu klapki od spodu (mały śrubokręt krzyżakowy). Mierzy temperaturę od 0 do 50°C z dokładnością 0,5°C.

Pozdrawiam,
Karolina""")

M(l="pl", c="volt", k="re", t="compat", it="display", a="pawel", sk="prod",
  n="voltages, plug types and model numbers; compliant",
  q="""Czy wyświetlacz pasuje do sterownika KT 36V?""",
  b="""Dzień dobry {b},

tak, KD-718 współpracuje ze sterownikami KT 36V z wtyczką 5-pin Julet. Po podłączeniu proszę ustawić parametr P08 na 36.

Pozdrawiam,
Paweł""")

M(l="pl", c="nord", k="pro", t="review", it="duvet", a="karo", req=True, chain="R24", co=2, cats=["repeat_request"],
  subj="Jak się śpi pod kołdrą? ({oid})",
  n="ledger R24: second review request for the same order",
  b="""Dzień dobry {b},

czy miała Pani już okazję wypróbować kołdrę w cieplejsze noce? Bardzo chętnie przeczytamy Pani opinię na Amazon.

Pozdrawiamy,
Karolina""")

M(l="pl", c="volt", k="re", t="usage", it="batt", a="bartek", req=True, chain="R25", co=2, cats=["repeat_request"],
  q="""Czy mogę ładować akumulator w mrozie na balkonie?""",
  n="ledger R25: second request inside a support reply",
  b="""Dzień dobry {b},

nie, proszę ładować akumulator w temperaturze pokojowej, minimum 5°C. Ładowanie w mrozie uszkadza ogniwa.

A jeśli jeszcze Pan nie zdążył, prosimy o opinię o akumulatorze na Amazon.

Pozdrawiam,
Bartosz""")

M(l="pl", c="iron", k="pro", t="review", it="band", a="magda", req=True, cats=["review_incentive", "important_tag"],
  subj="[Important] Bon rabatowy za opinię - zamówienie {oid}",
  n="discount voucher for a review, with a misused [Important] tag",
  b="""Dzień dobry {b},

za wystawienie opinii o gumach oporowych na Amazon otrzyma Pan od nas bon rabatowy 20 zł na kolejne zakupy. Wystarczy odpisać na tę wiadomość ze zrzutem ekranu.

Pozdrawiam,
Magdalena""")

M(l="pl", c="nord", k="re", t="feedback", it="pillow", a="ola", cats=["review_incentive", "feedback_removal"],
  q="""Poduszki były płaskie, dlatego wystawiłam 1 gwiazdkę.""",
  n="refund offered once the one-star review is deleted",
  b="""Dzień dobry {b},

przykro nam. Zwrócimy Pani całą kwotę, ale prosimy najpierw o usunięcie opinii z 1 gwiazdką. Po usunięciu prosimy o wiadomość, przelew zrobimy tego samego dnia.

Pozdrawiamy,
Aleksandra""")

M(l="pl", c="volt", k="pro", t="review", it="pads", a="karo", req=True, cats=["review_manipulation"],
  subj="Klocki hamulcowe - zamówienie {oid}",
  n="explicit request for five stars",
  b="""Dzień dobry {b},

jeśli klocki spisują się dobrze, prosimy o 5 gwiazdek na Amazon. Dla małego sklepu każda niższa ocena to duży problem.

Pozdrawiam,
Karolina""")

M(l="pl", c="iron", k="pro", t="review", it="kb", a="pawel", req=True, cats=["review_manipulation"],
  subj="Jak sprawdza się kettlebell? ({oid})",
  n="review gating: satisfied buyers to Amazon, others to the seller first",
  b="""Dzień dobry {b},

jeśli jest Pan zadowolony z kettlebella, zostaw proszę opinię na Amazon. Jeśli coś jest nie tak, nie pisz opinii, tylko najpierw napisz do nas, na pewno coś wymyślimy.

Pozdrawiam,
Paweł""")

M(l="pl", c="nord", k="re", t="feedback", it="topper", a="magda", cats=["review_manipulation", "feedback_removal"],
  q="""Nowy materac nawierzchniowy jest już ok.""",
  n="asks to change the review to five stars",
  b="""Dzień dobry {b},

bardzo się cieszymy! Czy mogłaby Pani zmienić opinię z 2 na 5 gwiazdek, skoro wszystko jest już w porządku?

Pozdrawiam,
Magdalena""")

M(l="pl", c="iron", k="re", t="usage", it="bar", a="bartek", cats=["marketing"],
  q="""Jaki maksymalny ciężar wytrzyma drążek?""",
  n="cross-selling with a discount code",
  b="""Dzień dobry {b},

drążek PB-90 wytrzymuje do 130 kg przy prawidłowym montażu w futrynie.

Przy okazji: do końca tygodnia mamy -25% na gumy oporowe do podciągania z kodem DRAZEK25, świetnie pasują do drążka!

Pozdrawiam,
Bartosz""")

M(l="pl", c="nido", k="re", t="usage", it="cam", a="ola", cats=["contact_other", "marketing"],
  q="""Czy niania działa z dwiema kamerami?""",
  n="invitation to a Facebook group with promotions",
  b="""Dzień dobry {b},

tak, do jednego monitora można sparować maksymalnie 4 kamery NidoCam 2.

Zapraszamy też do naszej grupy na Facebooku "Nido & Co. Rodzice", gdzie co tydzień publikujemy promocje i porady!

Pozdrawiamy,
Aleksandra""")

M(l="pl", c="volt", k="pro", t="followup", it="charger", a="magda", sig="pixel", cats=["marketing"],
  subj="Nowości VoltPedal dla Ciebie - zamówienie {oid}",
  n="proactive promotion of new products, with a Salesforce tracking pixel",
  b="""Dzień dobry {b},

skoro kupił Pan ładowarkę 42V, mamy dla Pana nowość: szybka ładowarka 4A skraca ładowanie o połowę, a w tym miesiącu jest 15% taniej.

Pozdrawiam,
Magdalena""")

M(l="pl", c="nord", k="re", t="complaint", it="sheets", a="pawel", cats=["offensive"], cs="utf-8", fmt="plain", cte="8bit",
  q="""Pościel się skurczyła po praniu. Tragedia.""",
  n="profanity in the reply",
  b="""Dzień dobry,

kurwa, przecież na metce stoi jak byk: prać w 40 stopniach, nie w 90. To nie jest wada produktu.

Paweł""")

M(l="pl", c="volt", k="re", t="complaint", it="ctrl", a="karo", cats=["offensive"],
  q="""Jak nie oddacie pieniędzy, to opiszę was na wszystkich forach.""",
  n="threatens the buyer",
  b="""Proszę bardzo, niech Pan pisze. Mamy Pana adres i całą korespondencję. Jeśli będzie Pan dalej nas szkalował, zgłosimy Pana do Amazon i zadbamy o to, żeby konto zostało zablokowane.

Karolina""")

M(l="pl", c="nido", k="pro", t="delivery", it="steril", a="magda", cats=["unpermitted_proactive"], cs="iso-8859-2", fmt="plain", cte="qp",
  subj="Zamówienie {oid} zostało wysłane",
  n="shipping confirmation sent proactively",
  b="""Dzień dobry {b},

Twoje zamówienie {oid} zostało dziś nadane kurierem DPD. Numer przesyłki: 0000 4821 7733 0U. Dostawa jutro.

Zespół Nido & Co.""")

M(l="pl", c="nord", k="pro", t="followup", it="duvet", a="ola", cats=["styling", "unpermitted_proactive"],
  subj="Dziękujemy za zakupy! ({oid})",
  n="thank-you-only message with emoji",
  b="""Dzień dobry {b}! 😊

Dziękujemy, że wybrałaś Nordvik Sleep. Słodkich snów! 🌙✨

Zespół Nordvik""")

M(l="pl", c="iron", k="pro", t="stock", it="db", a="bartek", cats=["missing_order_id", "unpermitted_proactive"],
  subj="Brak towaru - hantle regulowane",
  n="out-of-stock notice without an order id",
  b="""Dzień dobry {b},

niestety zamówione hantle regulowane 2 x 24 kg chwilowo nie są dostępne w magazynie. Nowa dostawa za około 3 tygodnie.

Pozdrawiam,
Bartosz""")

M(l="pl", c="volt", k="re", t="warranty", it="ctrl", a="pawel", sig="full",
  n="Salesforce signature with phone, e-mail and website",
  q="""Sterownik po deszczu przestał działać.""",
  b="""Dzień dobry {b},

proszę od razu odłączyć akumulator i wysuszyć sterownik przez 48 godzin w ciepłym miejscu. Jeśli nadal nie działa, prosimy o numer seryjny, sprawdzimy gwarancję.

Pozdrawiam,
Paweł""")

M(l="pl", c="nord", k="re", t="delivery", it="pillow", a="karo", sig="optout",
  n="LiveAgent footer with an unsubscribe link and wording",
  q="""Kiedy dotrą poduszki?""",
  b="""Dzień dobry {b},

poduszki są w drodze, kurier DPD dostarczy je jutro między 10:00 a 16:00.

Pozdrawiam,
Karolina""")

M(l="pl", c="iron", k="re", t="usage", it="tread", a="magda", fmt="mixed",
  att=[("pdf_exe", "Instrukcja_FoldRun_T3.pdf", {"tag": "fr_t3_manual"})],
  n="attachment named .pdf that is really a Windows executable",
  q="""Zgubiłem instrukcję bieżni, czy mogę dostać nową?""",
  b="""Dzień dobry {b},

oczywiście, w załączniku przesyłam instrukcję FoldRun T3 w języku polskim.

Pozdrawiam,
Magdalena""")

# ===========================================================================
# PORTUGUESE (Brazilian marketplace, agents in Lisbon)
# ===========================================================================

M(l="pt", c="mare", k="pro", t="review", it="serum", a="ines", req=True, chain="R28", co=1, fmt="plain", cs="iso-8859-1", cte="qp",
  subj="Seu sérum Vitamina C - pedido {oid}",
  n="ledger R28: first neutral review request; compliant",
  b="""Olá {b},

O seu sérum Vitamina C foi entregue há alguns dias. Esperamos que esteja a gostar dos resultados!

Se tiver um momento, agradecemos muito uma avaliação do produto na Amazon. Ajuda outras clientes a escolher.

Um abraço,
Inês""")

M(l="pt", c="meeple", k="pro", t="review", it="tide", a="tiago", req=True, chain="R29", co=1,
  subj="Tidewatch - pedido {oid}",
  n="ledger R29: first neutral review request; compliant",
  b="""Olá {b},

O seu Tidewatch chegou na semana passada. Esperamos que as primeiras partidas tenham sido divertidas!

Se puder, deixe uma avaliação do jogo na Amazon, seja qual for a sua opinião. Outros jogadores leem com muita atenção.

Abraço,
Tiago""")

M(l="pt", c="mare", k="re", t="delivery", it="spf", a="joana", sk="ship",
  n="Correios tracking code and delivery window; compliant",
  q="""Meu protetor solar ainda não chegou, já faz 10 dias.""",
  b="""Olá {b},

Pedimos desculpa pela demora. A sua encomenda segue pelos Correios com o código de rastreamento QB204178853BR e está na unidade de tratamento de Curitiba.

A previsão de entrega é até sexta-feira. Se não chegar, enviamos outro frasco sem custo.

Cumprimentos,
Joana""")

M(l="pt", c="nido", k="re", t="usage", it="cam", a="rui", sk="noorder",
  n="'computador' (contains a trigger substring) in a product answer without order id; compliant",
  q="""A babá eletrônica precisa de internet ou de computador para funcionar?""",
  b="""Olá {b},

Não precisa de computador nem de internet. A câmara e o monitor ligam-se diretamente por rádio (2,4 GHz), com alcance até 300 m em campo aberto.

Basta ligar os dois à tomada e emparelham sozinhos.

Cumprimentos,
Rui""")

M(l="pt", c="iron", k="pro", t="schedule", it="tread", a="tiago", imp=True,
  subj="[Important] Agendamento da entrega da sua esteira - pedido {oid}",
  n="[Important] on scheduling a bulky delivery; time windows; compliant",
  b="""Olá {b},

A sua esteira FoldRun T3 (pedido {oid}) pesa 58 kg e será entregue por transportadora com horário marcado.

Qual destes horários lhe dá mais jeito?
- terça 09/07, das 8h às 12h
- terça 09/07, das 13h às 18h
- quarta 10/07, das 8h às 12h

A entrega é feita até à primeira porta. Se mora num andar sem elevador, avise-nos antes, por favor.

Obrigado,
Tiago""")

M(l="pt", c="mare", k="re", t="usage", it="cleanser", a="bia", hd="outlook", fmt="plain",
  n="'livre de parabenos' and sulfate-free, batch and expiry; compliant",
  q="""O gel de limpeza tem sulfato? Tenho pele muito seca. Lote 24C041.""",
  b="""Olá {b},

O gel de limpeza suave é livre de sulfatos e de parabenos, por isso é indicado para pele seca. O lote 24C041 tem validade até 03/2027.

Use com água morna, nunca quente, para não ressecar.

Cumprimentos,
Beatriz""")

M(l="pt", c="mare", k="re", t="invoice", it="giftset", a="ines",
  att=[("pdf", "Nota_fiscal_NF-e_000.412.pdf", {"title": "Nota fiscal 000.412", "lines": ["CNPJ 12.345.678/0001-95", "Total R$ 189,90"]})],
  n="nota fiscal PDF with a CNPJ number that looks like a phone number; compliant",
  q="""Preciso da nota fiscal com o meu CPF.""",
  b="""Olá {b},

Segue em anexo a nota fiscal nº 000.412, emitida com o seu CPF. O nosso CNPJ 12.345.678/0001-95 aparece no cabeçalho e o total é de R$ 189,90.

Cumprimentos,
Inês""")

M(l="pt", c="meeple", k="re", t="missing-part", it="exp", a="joana",
  n="missing parts sent free of charge with a tracking code; compliant",
  q="""Faltaram 2 fichas de redemoinho na expansão.""",
  b="""Olá {b},

Lamentamos muito! Já enviámos gratuitamente as 2 fichas em falta pelos Correios, código NL204177342BR. Devem chegar em 5 a 8 dias úteis.

Bom jogo,
Joana""")

M(l="pt", c="nido", k="re", t="feedback", it="warmer", a="bia",
  n="buyer asked how to change their seller rating; steps, explicitly the buyer's choice; compliant",
  q="""Como faço para mudar minha avaliação do vendedor? Dei nota baixa antes de vocês responderem.""",
  b="""Olá {b},

Obrigada pela pergunta. A avaliação do vendedor pode ser editada ou removida em até 60 dias: em "Seus pedidos", escolha o pedido e depois "Avaliar o vendedor".

Claro que a decisão é totalmente sua.

Cumprimentos,
Beatriz""")

M(l="pt", c="iron", k="re", t="refund", it="db", a="rui",
  n="partial refund called a desconto for a scratch, not tied to a review; compliant",
  q="""Um dos halteres veio arranhado.""",
  b="""Olá {b},

Pedimos desculpa pelo risco. Se quiser ficar com os halteres, reembolsámos R$ 60,00 como desconto, que aparece na sua fatura em até 5 dias úteis. Se preferir um par novo, é só dizer.

Cumprimentos,
Rui""")

M(l="pt", c="mare", k="re", t="complaint", it="night", a="tiago",
  n="rude buyer; firm polite answer; contains 'disputa' (trigger substring); compliant",
  q="""Vocês são uns enganadores, o creme não faz nada. Vou abrir reclamação.""",
  b="""Olá {b},

Compreendo a sua frustração. O creme costuma mostrar resultados após 4 a 6 semanas de uso diário, mas se não está satisfeita pode devolvê-lo mesmo aberto e recebe o reembolso total.

Não é preciso abrir uma disputa, mas naturalmente está no seu direito.

Cumprimentos,
Tiago""")

M(l="pt", c="nido", k="pro", t="address", it="steril", a="joana", imp=True,
  subj="[Important] Endereço sem complemento - pedido {oid}",
  n="[Important] on an address problem (missing apartment number); compliant",
  b="""Olá {b},

A transportadora informou que no endereço do pedido {oid} falta o complemento (número do apartamento e bloco), e o condomínio tem 3 blocos.

Pode responder com o bloco e o apartamento? Guardamos a encomenda até à sua resposta.

Obrigada,
Joana""")

M(l="pt", c="meeple", k="re", t="usage", it="lanterns", a="rui", sk="noorder",
  n="product question without order id; age range and player counts; compliant",
  q="""Lantern Row é bom para jogar com crianças de 7 anos?""",
  b="""Olá {b},

A faixa etária indicada é a partir de 8 anos, mas muitas famílias jogam com crianças de 7 que já leem números. Uma partida dura cerca de 20 minutos, de 2 a 6 jogadores.

Cumprimentos,
Rui""")

M(l="pt", c="mare", k="pro", t="review", it="serum", a="joana", req=True, chain="R28", co=2, cats=["repeat_request"],
  subj="Como está a sua pele? ({oid})",
  n="ledger R28: second review request for the same order",
  b="""Olá {b},

Já passaram algumas semanas com o sérum. Adorávamos ler a sua opinião numa avaliação na Amazon!

Um abraço,
Joana""")

M(l="pt", c="meeple", k="re", t="usage", it="tide", a="ines", req=True, chain="R29", co=2, cats=["repeat_request", "marketing"],
  q="""No jogo a 2, os faróis neutros contam pontos?""",
  n="ledger R29: second request inside a support reply, plus promotion of an expansion",
  b="""Olá {b},

No jogo a 2, os faróis neutros não contam pontos, servem só para bloquear espaço (página 16).

Se ainda não deixou a sua avaliação do jogo na Amazon, agradecemos muito! E a expansão Correntes Profundas está com 20% de desconto esta semana.

Abraço,
Inês""")

M(l="pt", c="mare", k="pro", t="review", it="spf", a="bia", req=True, cats=["review_incentive"],
  subj="Um presente para você - pedido {oid}",
  n="coupon offered in exchange for a review",
  b="""Olá {b},

Deixe a sua avaliação do Fluido FPS 50+ na Amazon e receba um cupom de 20% para a próxima compra. É só responder com um print da avaliação.

Um beijinho,
Beatriz""")

M(l="pt", c="nido", k="re", t="feedback", it="swaddle", a="tiago", cats=["review_incentive", "feedback_removal"],
  q="""Os cueiros desbotaram na primeira lavagem, por isso dei 1 estrela.""",
  n="refund offered if the review is removed",
  b="""Olá {b},

Lamentamos. Devolvemos o valor total se retirar a avaliação de 1 estrela. Avise-nos quando estiver feito e o reembolso sai no mesmo dia.

Cumprimentos,
Tiago""")

M(l="pt", c="iron", k="pro", t="review", it="band", a="rui", req=True, cats=["review_manipulation", "important_tag"],
  subj="[Important] Está satisfeito com as faixas? ({oid})",
  n="review gating with a misused [Important] tag",
  b="""Olá {b},

Se está satisfeito com as faixas elásticas, deixe-nos uma avaliação na Amazon! Se alguma coisa correu mal, por favor não avalie: fale primeiro connosco por aqui.

Abraço,
Rui""")

M(l="pt", c="mare", k="re", t="feedback", it="night", a="ines", cats=["review_manipulation", "feedback_removal"],
  q="""Recebi o creme novo, esse veio certinho.""",
  n="asks to change the rating to five stars",
  b="""Olá {b},

Que bom! Agora que está tudo resolvido, pode alterar a sua avaliação de 2 para 5 estrelas? Ajudava-nos imenso.

Um abraço,
Inês""")

M(l="pt", c="meeple", k="re", t="complaint", it="lanterns", a="joana", cats=["offensive"],
  q="""As cartas vieram com cheiro de mofo, que decepção.""",
  n="insults the buyer",
  b="""Olá,

Decepção é a sua educação. As cartas saem seladas da fábrica, deve ter guardado o jogo num sítio húmido. Não venha culpar-nos pela sua preguiça.

Joana""")

M(l="pt", c="iron", k="re", t="complaint", it="tread", a="tiago", cats=["offensive"],
  q="""Se não trocarem a esteira até sexta, vou ao Procon e expor vocês.""",
  n="threatens the buyer",
  b="""Olá,

Vá ao Procon se quiser. Temos a sua morada e todas as mensagens. Se continuar com ameaças, vamos fazer com que a sua conta na Amazon seja bloqueada, pode ter a certeza.

Tiago""")

M(l="pt", c="mare", k="re", t="damaged", it="serum", a="bia", cats=["contact_phone", "contact_other"],
  q="""O frasco do sérum chegou quebrado.""", qo={"att": "WhatsApp Image 2024-07-02.jpeg"},
  n="WhatsApp contact with a Brazilian mobile number",
  b="""Olá {b},

Que pena! Mande uma foto pelo WhatsApp para a nossa equipa no Brasil: (11) 98765-4321, e enviamos outro frasco hoje mesmo.

Cumprimentos,
Beatriz""")

M(l="pt", c="nido", k="pro", t="stock", it="cam", a="rui", cats=["missing_order_id", "unpermitted_proactive"],
  subj="Babá eletrônica NidoCam 2 sem estoque",
  n="out-of-stock notice without an order id",
  b="""Olá {b},

Infelizmente a babá eletrônica NidoCam 2 que encomendou está sem estoque. A próxima remessa chega em cerca de 3 semanas e o seu pedido será enviado logo a seguir.

Cumprimentos,
Rui""")

M(l="pt", c="mare", k="pro", t="followup", it="giftset", a="joana", cats=["external_link", "marketing", "opt_out"],
  hdrs=["List-Unsubscribe: <https://marebotanics-7301.hs-sites-eu1.com/hs/manage-preferences/unsubscribe?d={rcpt}>"],
  subj="Novidades Maré Botanics - pedido {oid}",
  n="newsletter-style promotion with a shop link, unsubscribe text and a List-Unsubscribe header",
  b="""Olá {b},

Porque comprou o nosso Kit Descoberta (pedido {oid}), queremos contar-lhe em primeira mão: a nova linha de máscaras faciais chegou, com 25% de desconto em marebotanics.com.br/mascaras.

Para não receber mais novidades, clique em descadastrar: https://marebotanics-7301.hs-sites-eu1.com/hs/manage-preferences/unsubscribe?d={rcpt}

Beijinhos,
Joana""")

M(l="pt", c="iron", k="re", t="return", it="kb", a="bia", cats=["contact_email"], obf=True,
  q="""Posso mandar a nota fiscal por e-mail para a devolução?""",
  n="obfuscated (arroba/ponto) e-mail address",
  b="""Olá {b},

Pode sim. Envie para devolucoes arroba ironnest-fitness ponto com ponto br, com o número do pedido no assunto.

Cumprimentos,
Beatriz""")

M(l="pt", c="mare", k="re", t="usage", it="spf", a="ines", sig="pixel", cats=["styling"],
  html="""<div style="font-family:'Playfair Display', Georgia, serif; color:#8a5a44">
<p>Olá {b},</p>
<p>Sim, o Fluido FPS 50+ pode ser reaplicado por cima da maquiagem. Aplique pequenas quantidades com batidinhas, sem esfregar.</p>
<p>Cumprimentos,<br>
In&ecirc;s</p>
</div>""",
  q="""Dá para reaplicar o protetor por cima da maquiagem?""",
  n="HubSpot template with brand font and colour overrides, plus a tracking pixel",
  b="""Olá {b},

Sim, o Fluido FPS 50+ pode ser reaplicado por cima da maquiagem. Aplique pequenas quantidades com batidinhas, sem esfregar.

Cumprimentos,
Inês""")

M(l="pt", c="meeple", k="re", t="usage", it="exp", a="tiago", fmt="mixed",
  att=[("mp4", "regras_redemoinho.mp4", {"sec": 30})],
  n="video attachment (MP4)",
  q="""Não entendi como o redemoinho se move.""",
  b="""Olá {b},

O redemoinho anda uma casa no sentido horário no fim de cada ronda. Para ficar mais claro, envio em anexo um pequeno vídeo que o nosso designer gravou.

Abraço,
Tiago""")

# ===========================================================================
# SWEDISH
# ===========================================================================

M(l="sv", c="nord", k="pro", t="review", it="duvet", a="ola", req=True, chain="R26", co=1, fmt="plain", cs="iso-8859-1", cte="qp",
  subj="Ditt täcke från Nordvik - order {oid}",
  n="ledger R26: first neutral review request; compliant",
  b="""Hej {b},

Ditt helårstäcke levererades för ungefär en vecka sedan. Vi hoppas att du sover gott under det!

Om du har en stund skulle vi uppskatta en recension på Amazon. Den hjälper andra kunder att välja rätt värme.

Vänliga hälsningar,
Aleksandra""")

M(l="sv", c="iron", k="re", t="followup", it="bar", a="bartek", req=True, chain="R27", co=1,
  n="ledger R27: first feedback request inside a support reply; neutral; compliant",
  q="""Nya skumgummit passar perfekt nu, tack för snabb hjälp!""",
  b="""Hej {b},

Vad roligt att höra, tack för att du hörde av dig! Det första skummet var från fel parti, därför var det för tunt.

Om du har tid skulle vi bli glada för ditt säljaromdöme på den här beställningen.

Med vänliga hälsningar,
Bartosz""")

M(l="sv", c="nord", k="re", t="delivery", it="sheets", a="karo", sk="ship",
  n="PostNord parcel id in phone-like groups; Amazon's own 'Slut på meddelandet' marker quoted; compliant",
  q="""Mitt paket har stått på "under transport" i fyra dagar.""",
  b="""Hej {b},

Vi beklagar förseningen. Ditt paket har kollinummer 0037 0712 4418 2093 5561 hos PostNord. Det fastnade på terminalen i Hallsberg men är nu på väg till ditt ombud.

Du får ett sms från PostNord när det går att hämta, troligen på torsdag.

Vänliga hälsningar,
Karolina""")

M(l="sv", c="nord", k="re", t="stock", it="pillow", a="ola", sk="noorder",
  n="'slutsåld' (sold out, contains a trigger substring) in a reply to a restock question; compliant",
  q="""När kommer kudden tillbaka i lager?""",
  b="""Hej {b},

Tyvärr är den justerbara kudden slutsåld just nu. Nästa leverans kommer till vårt lager i vecka 30, och då blir den köpbar igen på Amazon.

Vi kan tyvärr inte reservera exemplar i förväg.

Vänliga hälsningar,
Aleksandra""")

M(l="sv", c="volt", k="re", t="usage", it="batt", a="vlad",
  n="'facket' (compartment, looks like a profanity) and voltages; compliant",
  q="""Var ska säkringen sitta? Jag hittar den inte.""",
  b="""Hej {b},

Säkringen (30A) sitter i det lilla facket under batteriets handtag. Öppna locket med en platt skruvmejsel, säkringen är röd.

Ta alltid ur batteriet ur ramen innan du öppnar facket.

Med vänliga hälsningar,
Vlad""")

M(l="sv", c="iron", k="pro", t="schedule", it="tread", a="bartek", imp=True,
  subj="[Important] Leveranstid för ditt löpband - order {oid}",
  n="[Important] on scheduling a bulky delivery; time windows; compliant",
  b="""Hej {b},

Ditt löpband FoldRun T3 (order {oid}) väger 58 kg och levereras med budfirma som behöver bokad tid.

Vilken tid passar dig?
- tisdag 2/7, kl. 8-12
- tisdag 2/7, kl. 12-17
- onsdag 3/7, kl. 8-12

Leverans sker till första dörren. Bor du högt upp utan hiss, meddela oss gärna innan.

Med vänliga hälsningar,
Bartosz""")

M(l="sv", c="nord", k="pro", t="custom", it="mono", a="karo", imp=True,
  subj="Monogram på dina örngott [Important] - order {oid}",
  n="[Important] on a customisation question (monogram with Swedish letters); compliant",
  b="""Hej {b},

Tack för din beställning av linneörngott med monogram. Du har skrivit "ÅÖ", men vår brodyrmaskin kan bara sy Å och Ö i typsnittet "Klassisk", inte i "Skrivstil" som du valt.

Vill du ha:
1) "ÅÖ" i Klassisk, eller
2) "AO" i Skrivstil?

När vi fått ditt svar broderar vi och skickar inom 3 arbetsdagar.

Vänliga hälsningar,
Karolina""")

M(l="sv", c="volt", k="re", t="invoice", it="charger", a="ola",
  att=[("pdf", "Faktura_SE-24-00277.pdf", {"title": "Faktura SE-24-00277", "lines": ["Org.nr 556677-8899", "Momsreg.nr SE556677889901", "Summa 549 SEK"]})],
  n="invoice PDF, organisation and VAT numbers that look like phone numbers; compliant",
  q="""Kan jag få en faktura med moms till mitt företag?""",
  b="""Hej {b},

Här bifogar jag faktura SE-24-00277 på 549 kr inklusive moms (109,80 kr). Vårt org.nr 556677-8899 och momsreg.nr SE556677889901 står överst på fakturan.

Med vänliga hälsningar,
Aleksandra""")

M(l="sv", c="nord", k="re", t="feedback", it="topper", a="vlad",
  n="buyer asked how to change their seller rating; steps, explicitly optional; compliant",
  q="""Hur ändrar jag mitt omdöme om säljaren? Problemet är ju löst nu.""",
  b="""Hej {b},

Tack för frågan. Du kan ändra eller ta bort ditt säljaromdöme inom 60 dagar under "Dina beställningar", vid beställningen väljer du "Lämna säljaromdöme".

Om du vill göra det är helt upp till dig.

Vänliga hälsningar,
Vlad""")

M(l="sv", c="iron", k="re", t="refund", it="kb", a="karo", cs="iso-8859-15", fmt="plain", cte="qp",
  n="partial refund called rabatt for a chipped coating, not tied to a review; compliant",
  q="""Kettlebellen har en stor repa i lacken.""",
  b="""Hej {b},

Vi ber om ursäkt för repan. Vill du behålla kettlebellen har vi betalat tillbaka 100 kr i rabatt, det syns på ditt konto inom 3-5 dagar. Vill du hellre ha en ny, skriv bara till oss.

Vänliga hälsningar,
Karolina""")

M(l="sv", c="nord", k="re", t="return", it="duvet", a="bartek", hd="outlook", fmt="plain",
  n="free return under the policy and an Amazon returns link; compliant",
  q="""Täcket är för varmt, kan jag lämna tillbaka det?""",
  b="""Hej {b},

Självklart, du är inom 30 dagar. Returen är gratis om du väljer "Inte som förväntat":
https://www.amazon.se/returns/cart/{oid}

Återbetalningen kommer när paketet skannats hos PostNord.

Vänliga hälsningar,
Bartosz""")

M(l="sv", c="volt", k="re", t="complaint", it="display", a="ola",
  n="rude buyer; firm and polite answer with an unconditional replacement; compliant",
  q="""Displayen är skräp och ni är bedragare. Jag vill ha pengarna tillbaka direkt.""",
  b="""Hej {b},

Jag förstår att du är irriterad. Vi skickar en ny display redan i dag, och du kan returnera den gamla med etiketten i ditt Amazon-konto. Vill du hellre ha pengarna tillbaka går det också, det är ditt val.

Med vänliga hälsningar,
Aleksandra""")

M(l="sv", c="nord", k="pro", t="review", it="duvet", a="vlad", req=True, chain="R26", co=2, cats=["repeat_request"],
  subj="Hur trivs du med täcket? ({oid})",
  n="ledger R26: second review request for the same order",
  b="""Hej {b},

Har du hunnit testa täcket några veckor nu? Vi skulle bli väldigt glada om du berättade om din upplevelse i en recension på Amazon.

Vänliga hälsningar,
Vlad""")

M(l="sv", c="iron", k="pro", t="review", it="bar", a="karo", req=True, chain="R27", co=2, cats=["review_incentive", "repeat_request"],
  subj="Din chinsstång - order {oid}",
  n="ledger R27: product review request after a feedback request, with a gift for the review",
  b="""Hej {b},

Skriver du en recension om chinsstången på Amazon skickar vi ett par träningshandskar som tack. Svara bara med en skärmdump.

Vänliga hälsningar,
Karolina""")

M(l="sv", c="nord", k="re", t="feedback", it="pillow", a="bartek", cats=["review_incentive", "feedback_removal"],
  q="""Kuddarna blev platta efter en vecka, därför ett lågt betyg.""",
  n="refund offered on condition that the rating is removed",
  b="""Hej {b},

Vi beklagar. Vi betalar tillbaka hela beloppet om du tar bort ditt omdöme med en stjärna. Skriv till oss när det är gjort så skickar vi pengarna samma dag.

Vänliga hälsningar,
Bartosz""")

M(l="sv", c="volt", k="pro", t="review", it="ctrl", a="vlad", req=True, cats=["review_manipulation", "important_tag"],
  subj="[Important] Din styrenhet - order {oid}",
  n="asks for five stars, with a misused [Important] tag",
  b="""Hej {b},

Är du nöjd med styrenheten? Ge oss gärna 5 stjärnor på Amazon, det betyder allt för ett litet företag.

Vänliga hälsningar,
Vlad""")

M(l="sv", c="nord", k="re", t="review", it="sheets", a="ola", req=True, cats=["review_manipulation"],
  q="""Lakanen är jättefina, tack!""",
  n="tells the buyer what to write in the review",
  b="""Hej {b},

Vad glad jag blir! Om du skriver en recension, nämn gärna att lakanen inte skrynklar och att storleken stämmer, det är det folk frågar mest om.

Vänliga hälsningar,
Aleksandra""")

M(l="sv", c="iron", k="re", t="usage", it="kb", a="vlad", cats=["contact_other", "marketing", "styling"],
  q="""Vilka övningar kan man göra med en 16 kg kettlebell?""",
  n="'follow us on Instagram' with emoji",
  b="""Hej {b}! 💪

Bra val! Börja med swings, goblet squats och rodd, 3 x 10 av varje. Håll ryggen rak.

Följ oss på Instagram @ironnest.fit för fler program och tävlingar varje vecka! 🔥

Vlad""")

M(l="sv", c="nord", k="re", t="complaint", it="topper", a="karo", cats=["offensive"], cs="utf-8", fmt="plain", cte="8bit",
  q="""Bäddmadrassen luktar fortfarande efter två veckor.""",
  n="profanity in the reply",
  b="""Hej,

Vad fan vill du att vi ska göra? Vi har redan sagt att du ska vädra den. Det står på den jävla förpackningen också.

Karolina""")

M(l="sv", c="volt", k="re", t="feedback", it="batt", a="bartek", cats=["feedback_removal", "offensive"],
  q="""Jag skrev i recensionen att batteriet dog efter en månad. Det är sant.""",
  n="insults the buyer and demands removal of the review",
  b="""{b},

Batteriet "dog" för att du laddade det i minusgrader på balkongen, vilket står tydligt i manualen. Ta bort den där löjliga recensionen, idiot.

Bartosz""")

M(l="sv", c="nord", k="pro", t="followup", it="duvet", a="ola", sig="optout", cats=["unpermitted_proactive"],
  subj="Tack för din beställning! ({oid})",
  n="thank-you-only message with an unsubscribe footer",
  b="""Hej {b},

Vi vill bara tacka för att du valde Nordvik Sleep. Sov gott!

Vänliga hälsningar,
Aleksandra""")

M(l="sv", c="volt", k="pro", t="delivery", it="pads", a="vlad", cats=["missing_order_id", "unpermitted_proactive"],
  subj="Dina bromsbelägg har skickats",
  n="shipping confirmation without an order id",
  b="""Hej {b},

Dina bromsbelägg skickades i dag med PostNord, kollinummer 0037 0712 4420 1180 7723. Leverans till ditt ombud om 1-2 dagar.

Vänliga hälsningar,
Vlad""")

M(l="sv", c="nord", k="re", t="usage", it="sheets", a="bartek", sig="pixel", fmt="mixed",
  att=[("xlsx", "Storleksguide_Nordvik.xlsx", {"rows": [["Produkt", "Bredd", "Längd"], ["Perkalset", "240", "260"], ["Örngott", "50", "60"]]})],
  n="spreadsheet (XLSX) attachment and a LiveAgent tracking pixel",
  q="""Vilka mått har underlakanet?""",
  b="""Hej {b},

Underlakanet passar madrasser 160 x 200 cm med höjd upp till 30 cm. Jag bifogar vår storleksguide med alla mått.

Vänliga hälsningar,
Bartosz""")

M(l="sv", c="volt", k="re", t="warranty", it="charger", a="ola", cats=["contact_email", "contact_phone"],
  q="""Laddaren blir väldigt varm. Är det garanti?""",
  n="technician's phone number and e-mail in the reply",
  b="""Hej {b},

Ring gärna vår tekniker Johan på 070-412 88 31 eller mejla johan.service@voltpedal.eu, så hjälper han dig direkt med garantin.

Vänliga hälsningar,
Aleksandra""")

# ===========================================================================
# More hard negatives in de, fr, es, it, ja, nl, pl
# ===========================================================================

M(l="de", c="nord", k="re", t="delivery", it="pillow", a="karo", sk="ship",
  n="DPD parcel number in phone-like groups and a narrow delivery window; compliant",
  q="""Wann genau kommen die Kissen morgen? Ich muss zur Arbeit.""",
  b="""Hallo {b},

laut DPD kommt Ihr Paket (Paketnummer 0150 5123 4567 89) morgen zwischen 10:15 und 13:45 Uhr. In der DPD-App können Sie auch einen Ablageort oder einen Pickup-Shop wählen, falls Sie nicht zu Hause sind.

Viele Grüße
Karolina""")

M(l="de", c="iron", k="pro", t="return", it="db", a="bogdan", cs="iso-8859-15", fmt="plain", cte="qp",
  subj="Ihre Rücksendung zu Bestellung {oid}",
  n="proactive return question (serial number mismatch) with the order id; allowed; compliant",
  b="""Hallo {b},

Ihre Rücksendung zu Bestellung {oid} ist heute in unserem Lager angekommen. Die Seriennummer auf dem Griff (IN-AD24-2310-0877) passt leider nicht zu der Nummer, die wir verschickt haben (IN-AD24-2401-1192).

Könnten Sie bitte nachsehen, ob Sie eventuell ein zweites Hantelset zu Hause haben? Sobald das geklärt ist, erstatten wir den Betrag.

Freundliche Grüße
Bogdan""")

M(l="fr", c="meeple", k="re", t="usage", it="tide", a="anama",
  n="'évaluation des points' (scoring) in a rules answer; compliant",
  q="""Comment se fait le décompte final ? La règle n'est pas claire pour les phares.""",
  b="""Bonjour {b},

Lors de l'évaluation des points en fin de partie, chaque jeton marée vaut 1 point et chaque phare vaut 3 points. Les phares servent aussi à départager en cas d'égalité.

Vous trouverez un exemple complet page 19.

Bonnes parties,
Ana-Maria""")

M(l="fr", c="nido", k="pro", t="return", it="cam", a="ioana",
  subj="Votre retour - commande {oid}",
  n="proactive return question (missing charger cable in the returned parcel); allowed; compliant",
  b="""Bonjour {b},

Nous avons bien reçu le retour de votre babyphone (commande {oid}), merci. Il manque cependant le câble d'alimentation de la caméra.

Pourriez-vous vérifier s'il est resté chez vous ? Vous pouvez le renvoyer avec la même étiquette, ou nous dire s'il est perdu, et nous ajusterons le remboursement de 7 € seulement.

Cordialement,
Ioana""")

M(l="es", c="nord", k="re", t="usage", it="duvet", a="joana", sk="prod",
  n="TOG classification and temperatures; 'valoración térmica' not a review; compliant",
  q="""¿El edredón es suficiente para invierno en Burgos?""",
  b="""Hola, {b}:

El edredón tiene una valoración térmica de TOG 10,5, pensado para dormitorios entre 16 y 20 grados. Para un invierno frío en Burgos con la calefacción apagada por la noche, muchos clientes eligen el de TOG 13,5.

Un saludo,
Joana""")

M(l="es", c="iron", k="re", t="delivery", it="band", a="rui", sk="ship",
  n="SEUR tracking number and delivery window; compliant",
  q="""¿Cuándo llegan las bandas? Mañana no estoy en casa.""",
  b="""Hola, {b}:

Sus bandas van con SEUR, número de envío 4820 1130 7765 21. La entrega está prevista mañana entre las 10:00 y las 14:00. Con ese número puede cambiar la entrega a un punto Pickup cerca de su casa.

Un saludo,
Rui""")

M(l="it", c="mare", k="re", t="return", it="giftset", a="anama", sk="ret",
  n="Amazon returns link; compliant",
  q="""Vorrei restituire il cofanetto, era un regalo doppio.""",
  b="""Gentile {b},

nessun problema, il cofanetto non è stato aperto, quindi può restituirlo entro 30 giorni da questa pagina:
https://www.amazon.it/returns/cart/{oid}

Il rimborso arriva appena il corriere scansiona il pacco.

Cordiali saluti,
Ana-Maria""")

M(l="it", c="volt", k="pro", t="compat", it="batt", a="ioana",
  subj="Informazione necessaria per spedire il suo ordine {oid}",
  n="proactive request for information needed to complete the order (mounting rail); allowed; compliant",
  b="""Gentile {b},

per spedire la batteria dell'ordine {oid} ci serve un'informazione: il suo telaio ha la slitta di montaggio con 3 viti o con 4 viti? Nella pagina del prodotto sono disponibili entrambe le versioni e nell'ordine non è indicato.

Appena ci risponde, la batteria parte lo stesso giorno.

Cordiali saluti,
Ioana""")

M(l="ja", c="nord", k="re", t="delivery", it="topper", a="mika", sk="ship",
  n="Japan Post inquiry number in phone-like groups, called お問い合わせ番号; compliant",
  q="""トッパーはいつ届きますか？""",
  b="""{b}様

お問い合わせありがとうございます。ゆうパックにて発送済みで、お問い合わせ番号は 1234-5678-9012 でございます。明後日の19時〜21時にお届けの予定です。

日本郵便のサイトから配達日時の変更も可能でございます。""")

M(l="ja", c="mare", k="re", t="return", it="serum", a="kris",
  n="Amazon returns link and the return window; compliant",
  q="""美容液が肌に合わなかったので返品できますか？開封済みです。""",
  b="""{b}様

肌に合わなかったとのこと、申し訳ございません。開封済みでも30日以内であれば返品を承ります。

以下のAmazon返品ページからお手続きください：
https://www.amazon.co.jp/returns/cart/{oid}""")

M(l="nl", c="nord", k="re", t="usage", it="sheets", a="bartek", hd="outlook", fmt="plain",
  n="washing instructions with temperatures and thread count; compliant",
  q="""Op hoeveel graden mag ik het percale beddengoed wassen?""",
  b="""Beste {b},

Het percale beddengoed (300 draden per inch) mag op 60 graden gewassen worden. Droog het liefst aan de lijn of op lage temperatuur in de droger, dan blijft het stevig en kreukt het minder.

Met vriendelijke groet,
Bartosz""")

M(l="nl", c="volt", k="pro", t="return", it="display", a="pawel",
  subj="Uw retour van bestelling {oid}",
  n="proactive return question (returned display missing its mounting clamp); allowed; compliant",
  b="""Beste {b},

Wij hebben het geretourneerde display van bestelling {oid} ontvangen. De stuurklem zat helaas niet in het pakket.

Kunt u kijken of die nog aan uw fiets zit? U kunt hem met dezelfde retourlabel nasturen, of ons laten weten dat hij kwijt is.

Met vriendelijke groet,
Pawel""")

M(l="pl", c="nido", k="re", t="delivery", it="thermo", a="magda", sk="ship",
  n="DPD parcel number and delivery hours; compliant",
  q="""Kiedy przyjdzie termometr? Zamówiłam tydzień temu.""",
  b="""Dzień dobry {b},

przepraszamy za opóźnienie. Termometr jest w drodze z kurierem DPD, numer przesyłki 0000 4821 9912 4U. Dostawa planowana jest jutro między 9:00 a 15:00.

Pozdrawiam,
Magdalena""")

M(l="pl", c="volt", k="pro", t="compat", it="charger", a="karo",
  subj="Pytanie do zamówienia {oid} - typ złącza",
  n="proactive request for information needed to complete the order (connector type); allowed; compliant",
  b="""Dzień dobry {b},

zanim wyślemy ładowarkę z zamówienia {oid}, potrzebujemy jednej informacji: czy akumulator ma gniazdo XLR (okrągłe, 3 piny), czy DC 5,5 mm? W zamówieniu nie wybrano wersji.

Po odpowiedzi wysyłamy tego samego dnia.

Pozdrawiam,
Karolina""")

# --- MIME variety and margins ---

M(l="en", c="iron", k="re", t="warranty", it="tread", a="bogdan", cats=["contact_phone"],
  th=[("b", """Treadmill display shows E05."""),
      ("a", "mark", """Hi {b},

E05 means the speed sensor is not reading. Please unplug the treadmill for 5 minutes and try again.

Mark Anthony""", {"sig": "phone"})],
  q="""Tried that, still E05.""",
  n="phone number only in the tool signature of the quoted earlier reply; the new text is clean",
  b="""Hello {b},

Thank you for trying. Then the sensor cable under the motor cover is probably loose. We send a technician under warranty, he will contact you to agree a day.

Regards,
Bogdan""")

M(l="es", c="nord", k="re", t="delivery", it="topper", a="bia", cats=["opt_out"],
  q="""¿Ya enviaron mi topper?""",
  n="opt-out instruction in plain text (reply BAJA), no link",
  b="""Hola, {b}:

Sí, su topper salió ayer con GLS y llega el jueves.

Si no desea recibir más correos nuestros, responda a este mensaje con la palabra BAJA y le daremos de baja de inmediato.

Un saludo,
Beatriz""")

M(l="it", c="volt", k="re", t="complaint", it="display", a="vlad", cats=["offensive"],
  q="""Il display non si accende, siete degli incompetenti.""",
  n="insults and threatens the buyer",
  b="""Senta,

incompetente sarà lei, che ha collegato il display al contrario. Se continua a scriverci con questo tono, la segnaliamo ad Amazon e le facciamo chiudere l'account.

Vlad""")

M(l="it", c="nido", k="re", t="usage", it="thermo", a="andreea", cats=["contact_email", "contact_phone"],
  q="""Il termometro segna sempre 25 gradi anche nell'acqua calda.""",
  n="seller e-mail address and phone number in the reply",
  b="""Gentile {b},

probabilmente è la batteria scarica. Se dopo la sostituzione il problema continua, ci chiami al numero 02 8734 1190 (lun-ven 9-18) oppure scriva a assistenza.tecnica@nidoandco.it, le mandiamo subito un termometro nuovo.

Cordiali saluti,
Andreea""")

M(l="de", c="volt", k="re", t="usage", it="ctrl", a="magda", fmt="mixed", cs="iso-8859-15", cte="qp",
  att=[("gif", "Schaltplan_Controller_250W.gif", {"w": 60, "h": 40})],
  n="static GIF wiring diagram attached (allowed type, not animated); compliant",
  q="""Welches Kabel vom Controller kommt an den Gasgriff?""",
  b="""Hallo {b},

der Gasgriff kommt an den 3-poligen Stecker mit grüner Markierung (rot = 5V, schwarz = Masse, grün = Signal). Im Anhang finden Sie den Schaltplan des 250W Controllers.

Viele Grüße
Magdalena""")

M(l="it", c="nido", k="re", t="delivery", it="swaddle", a="bogdan", fmt="rel", sig="logo",
  n="unlinked inline cid: logo in multipart/related; compliant",
  q="""Le copertine sono già partite?""",
  b="""Gentile {b},

sì, le copertine sono partite ieri con Poste Delivery Business, codice di spedizione 3UW1A2204178853. La consegna è prevista entro giovedì.

Cordiali saluti,
Bogdan""")

M(l="fr", c="nido", k="re", t="usage", it="swaddle", a="joana", fmt="rel", sig="logolink",
  n="logo wrapped in a link to the seller's website (multipart/related)",
  q="""À quelle température laver les langes ?""",
  b="""Bonjour {b},

Les langes en mousseline se lavent à 40 °C, sans adoucissant, pour garder leur douceur. Ils deviennent même plus doux après quelques lavages.

Cordialement,
Joana""")

M(l="en", c="meeple", k="re", t="usage", it="sleeves", a="jr", fmt="html",
  n="single-part text/html reply; compliant",
  q="""Do the 63.5 x 88 sleeves fit Lantern Row cards?""",
  b="""Hi {b},

Yes, Lantern Row uses standard 63 x 88 mm cards, so the 63.5 x 88 mm sleeves fit perfectly. One pack of 200 covers the base game (110 cards) with room to spare.

Cheers,
JR""")

M(l="ja", c="meeple", k="re", t="usage", it="sleeves", a="mika", fmt="relh", sig="logo",
  n="multipart/related with the HTML part only and an unlinked cid: logo; compliant",
  q="""スリーブの厚さはどのくらいですか？""",
  b="""{b}様

お問い合わせありがとうございます。プレミアム カードスリーブの厚さは100ミクロンでございます。シャッフルしやすく、カードの反りも防げます。""")

M(l="pl", c="nido", k="re", t="usage", it="warmer", a="ola", fmt="html", cats=["styling"],
  html="""<div style="text-align:center">
<p>Dzień dobry {b},</p>
<p>podgrzewacz można myć wilgotną ściereczką, bez detergentów. Kamień usuwa się raz w miesiącu roztworem octu (1:1).</p>
<p>Pozdrawiamy,<br>
Aleksandra</p>
</div>""",
  q="""Jak czyścić podgrzewacz z kamienia?""",
  n="single-part text/html with centred body text",
  b="""Dzień dobry {b},

podgrzewacz można myć wilgotną ściereczką, bez detergentów. Kamień usuwa się raz w miesiącu roztworem octu (1:1).

Pozdrawiamy,
Aleksandra""")

# --- obfuscated violations and look-alike hard negatives ---

M(l="en", c="iron", k="re", t="warranty", it="bench", a="jhoanna", cats=["external_link"], obf=True,
  html="""<p>Hi {b},</p>
<p>So sorry about the wobbling backrest! Kindly fill in our <a href="h&#116;tps://ironnest-fitness&#46;com/warranty-claim">warranty form</a> and we will ship the new bracket right away.</p>
<p>Best regards,<br>
Jhoanna</p>""",
  q="""The backrest of the bench wobbles a lot.""",
  n="obfuscated (HTML entities in the href) link to the seller's warranty form",
  b="""Hi {b},

So sorry about the wobbling backrest! Kindly fill in our warranty form and we will ship the new bracket right away.

Best regards,
Jhoanna""")

M(l="de", c="volt", k="re", t="damaged", it="display", a="bogdan", cats=["contact_phone", "contact_other"], obf=True,
  q="""Das Display ist gesprungen, kam schon so an.""",
  n="obfuscated (zero-width space inside 'WhatsApp') WhatsApp contact with a mobile number",
  b="""Hallo {b},

das tut uns leid. Schicken Sie bitte ein Foto per What\u200bsApp an +49 151 4417 2290, dann schicken wir sofort ein neues Display.

Grüße
Bogdan""")

M(l="ja", c="meeple", k="re", t="missing-part", it="exp", a="mika", cats=["contact_email"], obf=True,
  q="""カードが1枚足りません。写真を送りたいです。""",
  n="obfuscated (full-width characters) e-mail address",
  b="""{b}様

ご不便をおかけし申し訳ございません。お手数ですが、写真を ｓｕｐｐｏｒｔ＠ｍｅｅｐｌｅｈａｒｂｏｕｒ．ｃｏｍ までお送りください。確認後すぐに不足カードを発送いたします。""")

M(l="fr", c="mare", k="re", t="usage", it="serum", a="andreea", cats=["external_link"], obf=True,
  q="""Où trouver la liste complète des ingrédients du sérum ?""",
  n="obfuscated (Cyrillic homoglyph in the domain) link to the seller's site",
  b="""Bonjour {b},

La liste complète (INCI) figure sur la boîte et sur notre site www.marebot\u0430nics.com/fr/serum-vitamine-c, rubrique « Composition ».

Cordialement,
Andreea""")

M(l="it", c="nido", k="re", t="usage", it="cam", a="anama", cats=["contact_phone"], obf=True,
  q="""Il monitor fischia quando è vicino alla telecamera.""",
  n="obfuscated (spaced digits) mobile number",
  b="""Gentile {b},

il fischio è l'effetto Larsen: tenga il monitor ad almeno 1 metro dalla telecamera. Se non si risolve, chiami il nostro tecnico al 3 4 7  1 2 8  4 4 9 0.

Cordiali saluti,
Ana-Maria""")

M(l="es", c="iron", k="re", t="usage", it="db", a="tiago", fmt="rel", cats=["external_link"], obf=True,
  inline=[("png", "tabla_pesos.png", "tabla.pesos@ironnest")],
  html="""<p>Hola, {b}:</p>
<p>Le dejo la tabla de pesos de cada posición del selector:</p>
<p><img src="cid:tabla.pesos@ironnest" alt="Más tablas y ofertas en www.ironnest-fitness.es/ofertas" width="320" height="180"></p>
<p>Un saludo,<br>
Tiago</p>""",
  q="""¿Cuánto pesa cada posición del selector?""",
  n="obfuscated (web address in an image alt text) link to the seller's shop",
  b="""Hola, {b}:

Le dejo la tabla de pesos de cada posición del selector en la imagen.

Un saludo,
Tiago""")

M(l="nl", c="nord", k="pro", t="review", it="pillow", a="karo", req=True, cats=["review_incentive"], obf=True,
  subj="Uw kussens - bestelling {oid}",
  html="""<p>Beste {b},</p>
<p>Wij hopen dat u goed slaapt op uw nieuwe kussens. Als u even tijd heeft, waarderen wij een review op Amazon.</p>
<p style="font-size:0">Review geplaatst? Stuur een screenshot en ontvang gratis een kussensloop.</p>
<p>Met vriendelijke groet,<br>
Karolina</p>""",
  n="obfuscated (font-size:0) hidden free gift for a review",
  b="""Beste {b},

Wij hopen dat u goed slaapt op uw nieuwe kussens. Als u even tijd heeft, waarderen wij een review op Amazon.

Met vriendelijke groet,
Karolina""")

M(l="pl", c="volt", k="re", t="usage", it="charger", a="bartek", cats=["contact_phone"], obf=True,
  q="""Ładowarka piszczy podczas ładowania.""",
  n="obfuscated (digits written as Polish words) phone number",
  b="""Dzień dobry {b},

lekki pisk przy pełnym obciążeniu bywa normalny. Jeśli jest głośny, proszę zadzwonić do naszego serwisanta, numer: sześćset dwa, trzysta czterdzieści, dwieście dziewięćdziesiąt jeden.

Pozdrawiam,
Bartosz""")

M(l="sv", c="nord", k="re", t="damaged", it="sheets", a="ola", cats=["contact_email"], obf=True,
  q="""Lakanet har ett hål redan vid första bäddningen.""",
  n="obfuscated ('snabel-a' and 'punkt' words) e-mail address",
  b="""Hej {b},

Vad tråkigt! Skicka gärna en bild till kundtjanst snabel-a nordviksleep punkt se så skickar vi ett nytt lakan direkt.

Vänliga hälsningar,
Aleksandra""")

M(l="ja", c="meeple", k="re", t="delivery", it="lanterns", a="rhea", sk="ship",
  n="slip number written in full-width digits with dashes, called 伝票番号; compliant",
  q="""配達状況を教えてください。""",
  b="""{b}様

お問い合わせありがとうございます。ランタンロウはヤマト運輸にて発送済みで、伝票番号は　４５６７－８９０１－３３５６　でございます。本日の18時〜20時にお届け予定です。""")

M(l="en", c="volt", k="re", t="usage", it="batt", a="magda",
  n="the words 'at' and 'dot' used literally (battery LED dot, at the bottom), not an address in disguise; compliant",
  q="""There is a small light on the battery that blinks. What does it mean?""",
  b="""Hello {b},

Look at the bottom of the battery, next to the key: the green dot is the charge level, the small red dot is the BMS warning. If the red dot blinks at the same time as the green one, the battery is too cold, please bring it inside and wait one hour.

Best regards,
Magdalena""", cs="utf-8")

M(l="de", c="volt", k="re", t="usage", it="display", a="andreea", cs="iso-8859-15", fmt="plain", cte="qp",
  n="firmware and version numbers with dots (2.3.1, V2.3) that are not domains; compliant",
  q="""Welche Firmware hat das Display? Ich habe V2.1.""",
  b="""Hallo {b},

aktuell ausgeliefert wird Firmware 2.3.1. Die Version sehen Sie beim Einschalten oben links (V2.3). Ein Update ist für die Fahrfunktionen nicht nötig, V2.1 funktioniert mit allen Controllern aus unserem Sortiment.

Viele Grüße
Andreea""")

README_TEMPLATE = """# heldout14: blind held-out corpus "outsourced support agency"

{n} outgoing e-mails to Amazon buyer relay addresses, each labelled with the POLICY.md categories it
breaks (empty list = compliant). The corpus is a **blind held-out test set** for bsm-guard: compare the
categories bsm-guard reports per message with `labels.jsonl` (precision/recall per category, plus the
reply/proactive split from `kind`).

## Who wrote it, and how

Written by a helper session working blind. It read only `/work/shared/POLICY.md`,
`/work/shared/corpus/README.md`, `/work/shared/corpus/FORMAT.md` and `/work/shared/reference/amazon-policy.md`,
plus its own files. It did not read bsm-guard's code, rules, tests or any other corpus, opened no `.eml`
of the shared corpus, never ran bsm-guard or any filter on these messages, and copied no text from anywhere:
every agent reply, buyer message, Amazon notification template and signature was written for this corpus
from general knowledge of helpdesks, mail clients and Amazon's buyer-message notifications. Labels were
decided from POLICY.md alone; where it leaves room the choices are listed below and repeated in the `note`
of the affected messages.

## Theme

**Quaybridge CX** is an invented customer-service agency (BPO) with teams in Lisbon (LIS), Kraków (KRK),
Manila (MNL) and Cluj-Napoca (CLJ). Its agents answer Amazon buyers for six client sellers, mostly in their
second or third language: Polish agents in German, Dutch and Swedish, Romanian agents in French, Italian and
German, Portuguese agents in Spanish and (European) Portuguese for Brazilian buyers, Filipino agents in English
and Japanese. The text therefore has non-native phrasing, calques, missing articles, odd word order and typos
(missing spaces after full stops, false friends such as "actually" or "en anexo"), as real outsourced support
mail does.

| client | trade | tool (agency side) | marketplaces in the corpus |
|---|---|---|---|
| IronNest Fitness | home fitness (dumbbells, treadmill, bench, bands) | Freshdesk | US, UK, DE, ES, JP, PL, SE, BR |
| Nido & Co. | baby products (bottle warmer, baby monitor, steriliser) | Zoho Desk | IT, ES, FR, UK, PL, BR |
| VoltPedal Components | e-bike parts (batteries, chargers, displays) | Salesforce Service Cloud | DE, NL, PL, SE, UK, IT, FR/BE |
| Maré Botanics | cosmetics (serum, SPF, creams) | HubSpot Service Hub | FR, ES, IT, UK, BR, JP |
| Meeple Harbour Games | board games and accessories | Kayako | US, UK, JP, DE, NL, IT, FR, BR |
| Nordvik Sleep | bedding (duvets, pillows, toppers, monogram linen) | LiveAgent | SE, PL, DE, JP, UK, NL, ES |

Some agents answer from Outlook (plain text, or HTML with Outlook's default style block). Threads carry
shift hand-overs: earlier agents' replies quoted one under another in the tool's quoting style (nested `>`
quotes for Freshdesk/HubSpot/LiveAgent, `---- On ... wrote ----` for Zoho, `Original Message` blocks for
Salesforce, a `---` history for Kayako, `From:/Sent:/To:/Subject:` for Outlook), internal-looking sign-offs
(agent initials and site, ticket and case numbers, Salesforce `ref:_00D...:ref` thread ids) and client
signatures that the tools append automatically: some clean, some with a phone number, a website, a social
handle, an unsubscribe footer, a tracking pixel, a "rate this reply" survey link or a linked logo. Some agents
are pushed by a client's review KPI, which brings the temptations: incentives, rating pressure, removal
requests, repeated requests and upselling. Replies quote Amazon's localised buyer-message notification
(localised `Message:`/`End message` markers, order/product/ASIN lines or the older `# order:` and
`1 / title [ASIN: ...]` lines, Seller Central `messaging/inbox` or older `gp/communication-manager` links,
"Was this email helpful?" links, `[commMgrTok:...]`, Amazon's copyright and postal footer, sometimes its
notification-preferences sentence).

Tools in use:

{t_hd}

## Files

- `make.py`: standard-library Python 3.11 generator with fixed seeds; writes everything below byte-identically
  and runs the self-checks.
- `msgs/NNNN-<lang>-<re|pro>-<topic>.eml`: the messages, RFC 5322 as a helpdesk or mail client hands them
  to the smarthost (LF or CRLF). File names never reveal the label: every topic slug occurs among both
  compliant and violating messages (table below).
- `labels.jsonl`: one line per message in file order:
  `{{"file", "categories" (POLICY.md order), "lang", "kind", "note"}}`. Notes of deliberately obfuscated
  violations say `obfuscated (...)`; notes end with what the tool added automatically (signature, pixel,
  style block, attachment findings).
- `README.md`: this file (generated).

## Regenerating

```
python3 make.py            # rebuild msgs/, labels.jsonl and README.md; exit 1 if a self-check fails
python3 make.py --check    # build twice in memory and run the self-checks, write nothing
python3 make.py --stats    # also print this README to stdout
```

No network, no third-party modules. All attachments are built by the script with real bytes of their type
(PDF writer, baseline JPEG, PNG, static and animated GIF, DOCX/XLSX/ZIP/APK containers, a PE executable,
MP4, HEIF and WebP skeletons, iCalendar, text). MIME is written by hand so that charsets, transfer encodings,
boundaries and line ends are exactly as specified. Message specs live in the `M(...)` calls of `make.py`;
file numbers come from a seeded shuffle that keeps every ledger chain in its written order.

## Checking order and the repeat-request ledger

Run the messages **in file-name order, in one run, with one ledger**. The ledger key is the order id together
with the buyer's relay address.

- A message is a *request* when it asks the buyer to leave a product review or seller feedback (in a
  proactive message or inside a support reply). Requests to remove or change an existing review are
  `feedback_removal`, not requests; telling a buyer how to post a review because they asked is not a request;
  a helpdesk "rate this reply" survey is not a request.
- A request is relayed, and enters the ledger, when it has no finding or only findings whose default action is
  rewrite (a stripped tracking pixel; a `List-Unsubscribe` header). A request rejected for another reason
  (incentive, five-star wording, link...) leaves the order free. No quarantined request shares an order id.
- A later request for an order already in the ledger is `repeat_request`, whatever its wording (most second
  requests have no "reminder" wording), language (a German first request is followed by an English one),
  sender, agent or tool, and whether it asks for seller feedback or a product review (one shared history).
- Every other request uses an order id of its own; no order id appears in two messages outside a chain.

In this corpus: {n_req} requests in total, {n_chains} chains, {n_rep} messages labelled `repeat_request`, and
{not_rep} clean requests that come after a rejected first request for the same order (so they are **not**
repeats; in two of these chains a further request after the clean one is a repeat again). One chain starts with a
request whose only finding is a tracking pixel: it was relayed, so the next request is a repeat.

## Labelling conventions

Labels follow POLICY.md, including its reporting conventions. Where it leaves room, these choices apply
throughout:

1. **What is scanned.** Subject, text and HTML parts (visible text, `href`, `src`, `alt`, text hidden with
   `display:none` or white-on-white), attachment names and types, and the whole quoted history, including
   earlier agents' replies, their tool signatures and mail-client quote headers (`From:`/`To:` lines that show
   the seller's or the agency's address are `contact_email`). Other headers are not content, except
   `List-Unsubscribe` (`opt_out`).
2. **Amazon's own text is exempt**: the quoted notification's boilerplate, its Seller Central and
   communication-manager links, the relay address, its copyright/postal footer and its notification-preferences
   sentence. The buyer's own words inside that notification are quoted history: a buyer's phone number or
   e-mail address there is reported (`contact_phone`, `contact_email`). A buyer's rudeness is not `offensive`
   (that category judges how the seller side treats the buyer); no buyer message contains profanity. A buyer
   threatening a bad review does not make an unconditional fix a review incentive.
3. **One element, one category**: an e-mail address (also in `mailto:`) is `contact_email` only; a `tel:`
   link is `contact_phone`; an image whose URL carries the recipient id is `tracking_pixel` only, whatever
   its size; an `http:` image without a recipient id is `styling`; a `List-Unsubscribe` header is `opt_out`
   only; an unsubscribe or preferences link in the body is `external_link` and `opt_out`; a linked logo and a
   linked "Powered by" footer are `external_link`. Inline `cid:` images are parts, not links.
4. **One phrase, two rules**: "follow us on Instagram @handle" or a Facebook group invitation is
   `contact_other` + `marketing`; "WhatsApp/Viber us on +44 ..." is `contact_other` + `contact_phone`; a Discord
   invite link with giveaways is `external_link` + `contact_other` + `marketing`; a reward for removing a review
   is `review_incentive` + `feedback_removal`; asking to change a rating to five stars is
   `review_manipulation` + `feedback_removal`. A bare social handle without promotion (e.g. "Instagram &
   TikTok: @handle" in a signature, "DM us on Telegram @x") is `contact_other` only.
   Naming WhatsApp, Skype or an app as a product fact ("no WhatsApp or Skype needed") or declining to move
   the conversation to WhatsApp is not a contact channel and is compliant.
5. **`external_link`** covers every non-Amazon destination a buyer could follow: URLs, `www.` and bare
   domains (`nidoandco.it`, `discord.gg/...`), carrier tracking pages, video links, helpdesk survey links
   ("rate this reply"), obfuscated forms ("ironnest-fitness dot com slash manuals") and text hidden with
   `display:none`. Amazon order, returns, review-creation, feedback and help pages are allowed; an Amazon
   product page (`/dp/`) is `external_link`, and not `marketing` when it answers the buyer's own question.
   A missing space after a full stop (`controllato.Se`) is not a domain.
6. **`contact_phone`**: any telephone number, also a technician's or a warehouse colleague's, written in
   digits, groups or words. Numbers the text calls a tracking, parcel, waybill, consignment, pro, slip or
   inquiry number (Sendungsnummer, numéro de suivi, segnacollo, kollinummer, 伝票番号, お問い合わせ番号...),
   order ids, invoice, VAT, NIP, CNPJ, org.nr, registration, serial, lot, RMA, case and ticket numbers,
   pickup codes, prices, dates, times and postcodes are not phone numbers.
7. **Postal addresses** (return addresses, a German Impressum with only address, register and VAT ids) are
   not a way to reach the seller off Amazon under POLICY.md and are compliant.
8. **`review_incentive`** whenever anything of value depends on leaving, changing or removing a review or
   feedback: gift cards, vouchers, coupons, refunds or the rest of a refund, PayPal cashback, free products,
   prize draws, an extended warranty, "future perks". Refunds, partial refunds, discounts and replacements that
   resolve a problem and do not depend on a review are compliant (many hard negatives say "free", "discount",
   "rabatt", "sconto", "割引" in that sense).
9. **`review_manipulation`**: asking for five stars or a positive review, review gating (happy buyers to
   the review page, unhappy ones to the seller first), discouraging a negative review, and telling the buyer
   what to write.
10. **`feedback_removal`**: asking or pressing the buyer to remove, change or update a review or feedback.
    Explaining how to edit feedback because the buyer asked, and one neutral, explicitly optional sentence
    after a resolved problem that feedback can be updated, are compliant.
11. **`marketing`**: promotion of other products, codes not tied to fixing the order, sales, launches,
    newsletters, "follow us", community invitations, unsolicited third-party referrals and upsells (a gift box
    offered with a customisation question). Naming a product or a third-party brand because the buyer asked
    which part fits is not marketing. A promotional proactive message is `marketing`, not
    `unpermitted_proactive`; without an order id it is also `missing_order_id`.
12. **`opt_out`**: unsubscribe or preference links and wording, including "reply STOP/BAJA and we will
    opt you out", Japanese 配信停止, and the `List-Unsubscribe` header.
13. **`attachment`**: allowed are PDF, JPEG, PNG, GIF, TXT, DOC, DOCX whose bytes match the name; `.xlsx`,
    `.zip`, `.apk`, `.exe`, `.mp4`, `.heic`, `.webp`, `.ics` and `.html` are violations, as are a `.jpg`
    that is a PNG, a `.pdf` that is an executable, more than five attachments, and more than 10 MB decoded.
    A calendar invitation in a justified `[Important]` scheduling message is still `attachment`. No compliant
    message has more than five non-body parts.
14. **`styling`**: emoji, animated GIFs, `http:` images, centred text, font-family or colour overrides
    (including a brand template and Outlook's default Calibri/link-colour style block), more than three font
    sizes, more than two blank lines in a row (exactly two is compliant), and white-on-white text.
    `display:none` and `font-size:0` are not styling (they count for what they hide).
15. **`offensive`**: profanity, insults, threats, intimidation and harassment of the buyer by the seller
    side, including an internal hand-over note left in the outgoing message. Firm statements of process
    ("we can only refund after the return is scanned") are compliant.
16. **`important_tag`**: `[Important]` (any case, anywhere in the subject) is allowed only on delivery
    scheduling (also a reply confirming the booked slot), address problems and customisation questions.
    Everywhere else it is labelled, also when the rest of the message is permitted (an invoice, a return
    reminder, a review request).
17. **`missing_order_id`**: a proactive message with no 3-7-7 order id in the subject or text. An ASIN, an
    invoice number, an id in an attachment name or a mistyped 3-6-7 id does not count.
18. **`unpermitted_proactive`**: order and shipping confirmations (also when they come from the shop system
    with a `List-Unsubscribe` header), thank-you-only and here-to-help-only messages, and out-of-stock
    notices. Proactive messages that fix a fulfilment problem (delay, split shipment, packing error, billing
    error, safety notice), ask a return question, ask for information needed to ship, send an invoice,
    schedule a delivery, verify a customisation or request a review are permitted. A helpdesk
    auto-acknowledgement sent with `In-Reply-To` is a reply and compliant.
19. **`kind`** follows the headers: every reply has `In-Reply-To` and/or `References` (some only one of
    them); reply subjects start with {prefixes}, sometimes behind or followed by a tool's ticket tag. No
    proactive subject starts with a reply prefix.
20. **`lang`** is the language of the agent's text (an English request to a German buyer is `en`; the quoted
    notification is then German).

## Self-checks (make.py exits 1 if one fails)

- Two full builds in memory are byte-identical (messages, labels, README), and every file on disk equals the
  build.
- At least 380 messages; 42-55 % compliant; every language at least 20 messages, English the largest; every
  category at least 15 positives, the wording categories at least 30 and in at least 8 languages; every
  topic slug among both compliant and violating messages.
- Every message parses with the standard `email` package (`policy.default`) without defects; every text
  and HTML part decodes back to exactly the text written (line ends normalised); the subject round-trips
  through RFC 2047.
- Every recipient is an Amazon relay address; `kind` matches the headers and the file name; proactive-only
  categories appear only on proactive messages; a proactive message has a 3-7-7 order id in subject or text
  exactly when it is not labelled `missing_order_id`; order ids are never shared outside a ledger chain.
- `attachment` is labelled exactly when the parsed attachments break the type, content, count or size rule.
- Replaying the ledger over the messages in file order gives `repeat_request` exactly where labelled.
- No two messages share agent text (new text and quoted earlier agent replies).
- Mechanical consistency, every message: a non-Amazon URL, `www.`/bare domain or non-Amazon `href` requires
  `external_link`; a non-relay e-mail address or `mailto:` requires `contact_email`; emoji, style overrides,
  font sizes or runs of more than two blank lines require `styling`; opt-out wording requires `opt_out`; a
  remote image requires `tracking_pixel` or `styling`; `[Important]` requires `important_tag` unless the
  message is a scheduling, address or customisation message, which must not be labelled. Conversely
  `external_link` and `contact_email` need visible evidence unless the case is marked obfuscated. So
  compliant messages contain no non-Amazon link, no address other than the relay, no emoji, no opt-out
  wording, no style override, no `http:` and no `List-Unsubscribe`.

## Counts

### Totals

{t_tot}

### Positives per category

{t_cat}

Labels per violating message: {hist}

### Languages

{t_lang}

### Topics (file-name slugs)

{t_top}

### MIME structure

{t_mime}

{t_cs}

{t_cte}

{t_att}

Messages with attachments: {n_attmsg} (attachments: {n_att}); inline `cid:` images: {n_inline}; CRLF line
ends: {n_crlf}; RFC 2047 encoded headers: {rfc2047}; RFC 2231 file names: {rfc2231}; total size: {size} MB
(one message carries a scanned PDF over 10 MB).

All names, shops, domains, addresses, phone numbers and relay addresses are invented.
"""

# ---------------------------------------------------------------------------
# Statistics, README, main
# ---------------------------------------------------------------------------


def mime_stats(built):
    top, charsets, ctes = {}, {}, {}
    n_att = n_attmsg = n_inline = n_crlf = 0
    rfc2047 = rfc2231 = 0
    att_types = {}
    for fname, raw, label, meta, spec in built:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        top[msg.get_content_type()] = top.get(msg.get_content_type(), 0) + 1
        seen_cs, seen_cte = set(), set()
        for p in msg.walk():
            if p.is_multipart():
                continue
            if p.get_content_maintype() == "text" and p.get_content_disposition() != "attachment":
                seen_cs.add(p.get_content_charset())
            seen_cte.add((p["content-transfer-encoding"] or "7bit").lower())
        for c in seen_cs:
            charsets[c] = charsets.get(c, 0) + 1
        for c in seen_cte:
            ctes[c] = ctes.get(c, 0) + 1
        atts = parsed_atts(msg)
        real = [a for a in atts if a[3] == "attachment"]
        if real:
            n_attmsg += 1
            n_att += len(real)
        for a in real:
            ext = a[0].rsplit(".", 1)[-1].lower()
            att_types[ext] = att_types.get(ext, 0) + 1
        n_inline += len([a for a in atts if a[3] == "inline"])
        if b"\r\n" in raw[:200]:
            n_crlf += 1
        if b"=?" in raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]:
            rfc2047 += 1
        if b"filename*=" in raw:
            rfc2231 += 1
    return dict(top=top, charsets=charsets, ctes=ctes, n_att=n_att, n_attmsg=n_attmsg, n_inline=n_inline,
                n_crlf=n_crlf, rfc2047=rfc2047, rfc2231=rfc2231, att_types=att_types,
                size=sum(len(b[1]) for b in built))


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def make_readme(built):
    labels = [b[2] for b in built]
    n = len(labels)
    comp = [l for l in labels if not l["categories"]]
    viol = [l for l in labels if l["categories"]]
    rep = [l for l in labels if l["kind"] == "reply"]
    pro = [l for l in labels if l["kind"] == "proactive"]
    pct = lambda a: "%d%%" % round(100.0 * a / n)
    t_tot = table(["messages", "compliant", "violating", "replies", "proactive"],
                  [[n, "%d (%s)" % (len(comp), pct(len(comp))), "%d (%s)" % (len(viol), pct(len(viol))), len(rep), len(pro)]])
    rows = []
    for c in CAT_ORDER:
        pos = [l for l in labels if c in l["categories"]]
        only = [l for l in pos if len(l["categories"]) == 1]
        bl = {}
        for l in pos:
            bl[l["lang"]] = bl.get(l["lang"], 0) + 1
        rows.append(["`%s`" % c, len(pos), len(only), len(bl),
                     ", ".join("%s %d" % (k, v) for k, v in sorted(bl.items(), key=lambda kv: (-kv[1], kv[0])))])
    t_cat = table(["category", "messages", "as only label", "languages", "by language"], rows)
    hist = {}
    for l in viol:
        hist[len(l["categories"])] = hist.get(len(l["categories"]), 0) + 1
    rows = []
    for L in LANGS:
        ls = [l for l in labels if l["lang"] == L]
        rows.append([L, LANG_NAMES[L], len(ls), pct(len(ls)), sum(1 for l in ls if not l["categories"]),
                     sum(1 for l in ls if l["categories"]), sum(1 for l in ls if l["kind"] == "reply"),
                     sum(1 for l in ls if l["kind"] == "proactive")])
    t_lang = table(["lang", "language", "messages", "share", "compliant", "violating", "replies", "proactive"], rows)
    tp = {}
    for l in labels:
        t = l["file"].split("-", 3)[3][:-4]
        a = tp.setdefault(t, [0, 0, 0])
        a[0] += 1
        a[1 if not l["categories"] else 2] += 1
    t_top = table(["topic slug", "messages", "compliant", "violating"],
                  [[t, a[0], a[1], a[2]] for t, a in sorted(tp.items())])
    ms = mime_stats(built)
    t_mime = table(["top-level type", "messages"], sorted(ms["top"].items(), key=lambda kv: -kv[1]))
    t_cs = table(["text charset", "messages"], sorted(ms["charsets"].items(), key=lambda kv: -kv[1]))
    t_cte = table(["transfer encoding", "messages using it"], sorted(ms["ctes"].items(), key=lambda kv: -kv[1]))
    t_att = table(["attachment extension", "count"], sorted(ms["att_types"].items(), key=lambda kv: (-kv[1], kv[0])))
    reqs = [b for b in built if b[4].get("req")]
    n_rep = sum(1 for b in built if "repeat_request" in b[2]["categories"])
    chains = {}
    for b in reqs:
        if b[4].get("chain"):
            chains.setdefault(b[4]["chain"], []).append(b)
    not_rep = 0
    for ch, members in chains.items():
        for i, m in enumerate(members[1:], 1):
            if "repeat_request" not in m[2]["categories"] and any(x[2]["categories"] for x in members[:i]):
                not_rep += 1
    hist_s = ", ".join("%d: %d" % (k, v) for k, v in sorted(hist.items()))
    hds = {}
    for b in built:
        hds[b[3]["hd"]] = hds.get(b[3]["hd"], 0) + 1
    t_hd = table(["tool", "messages"], sorted(hds.items(), key=lambda kv: -kv[1]))
    pfx = {}
    for b in built:
        if b[2]["kind"] == "reply":
            m = re.match(r"^(?:\[[^\]]*\]:\s*)?([A-Za-z]+):", b[3]["subject"])
            if m:
                pfx[m.group(1)] = pfx.get(m.group(1), 0) + 1
    prefixes = ", ".join("`%s:` (%d)" % kv for kv in sorted(pfx.items(), key=lambda kv: -kv[1]))
    return README_TEMPLATE.format(prefixes=prefixes, 
        n=n, t_tot=t_tot, t_cat=t_cat, hist=hist_s, t_lang=t_lang, t_top=t_top, t_mime=t_mime, t_cs=t_cs,
        t_cte=t_cte, t_att=t_att, n_att=ms["n_att"], n_attmsg=ms["n_attmsg"], n_inline=ms["n_inline"],
        n_crlf=ms["n_crlf"], rfc2047=ms["rfc2047"], rfc2231=ms["rfc2231"], size="%.1f" % (ms["size"] / 1048576.0),
        n_req=len(reqs), n_rep=n_rep, n_chains=len(chains), not_rep=not_rep, t_hd=t_hd)


def write_all(built, readme):
    mdir = os.path.join(HERE, "msgs")
    os.makedirs(mdir, exist_ok=True)
    keep = {os.path.basename(b[0]) for b in built}
    for f in os.listdir(mdir):
        if f.endswith(".eml") and f not in keep:
            os.remove(os.path.join(mdir, f))
    for fname, raw, label, meta, spec in built:
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for b in built:
            fh.write(json.dumps(b[2], ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme)


def main(argv):
    built = build_all()
    rebuilt = build_all()
    errs = run_checks(built, rebuilt)
    readme = make_readme(built)
    if readme != make_readme(rebuilt):
        errs.append("README differs between builds")
    if "--stats" in argv:
        print(readme)
    if errs:
        for e in errs:
            print("CHECK FAILED:", e, file=sys.stderr)
        return 1
    if "--check" not in argv:
        write_all(built, readme)
        # the files on disk must equal a fresh build
        for fname, raw, label, meta, spec in built:
            with open(os.path.join(HERE, fname), "rb") as fh:
                if fh.read() != raw:
                    print("CHECK FAILED: %s not byte-identical on disk" % fname, file=sys.stderr)
                    return 1
    print("%d messages, %d compliant, %d checks failed" % (
        len(built), sum(1 for b in built if not b[2]["categories"]), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

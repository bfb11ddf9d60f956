#!/usr/bin/env python3
"""Held-out corpus 5, part A: English (UK/US/CA/AU/IN), German (DE), French (FR/BE).

Writes msgs/0001-*.eml ... msgs/0090-*.eml and labels-a.jsonl next to this script.
Standard library only, fixed seeds, deterministic output.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import html
import io
import json
import os
import random
import re
import struct
import sys
import zipfile
import zlib
from email.header import Header

SEED = 5001
HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "msgs")
LABELS = os.path.join(HERE, "labels-a.jsonl")
FIRST_NO = 1

CATS = ["external_link", "contact_email", "contact_phone", "contact_other",
        "review_incentive", "review_manipulation", "feedback_removal",
        "repeat_request", "marketing", "opt_out", "tracking_pixel", "attachment",
        "styling", "offensive", "important_tag", "missing_order_id",
        "unpermitted_proactive"]

# ---------------------------------------------------------------------------
# binary builders (all hand-made)
# ---------------------------------------------------------------------------

def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines, title="Document"):
    content = b"BT /F1 11 Tf 56 780 Td 15 TL\n"
    first = True
    for ln in lines:
        if first:
            content += b"(" + _pdf_str(ln) + b") Tj\n"
            first = False
        else:
            content += b"(" + _pdf_str(ln) + b") '\n"
    content += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Title (" + _pdf_str(title) + b") /Producer (Hand-built PDF writer) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size " + str(len(objs) + 1).encode() +
            b" /Root 1 0 R /Info 6 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return bytes(out)


def _png_chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)


def make_png(w, h, rng):
    base = (rng.randrange(40, 220), rng.randrange(40, 220), rng.randrange(40, 220))
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(((base[0] + 7 * x) % 256, (base[1] + 5 * y) % 256, (base[2] + 3 * (x + y)) % 256))
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            _png_chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _png_chunk(b"IEND", b""))


# baseline JPEG: grayscale, DC-only blocks, standard DC luminance table, tiny AC table
_DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
_DC_VALS = list(range(12))
_AC_BITS = [0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
_AC_VALS = [0x00, 0x01]


def _huff_codes(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


def make_jpeg(bw, bh, rng):
    """bw x bh blocks of 8x8 pixels, each a flat grey level."""
    dc = _huff_codes(_DC_BITS, _DC_VALS)
    ac = _huff_codes(_AC_BITS, _AC_VALS)
    bits = []

    def put(v, n):
        for i in range(n - 1, -1, -1):
            bits.append((v >> i) & 1)
    prev = 0
    for _ in range(bw * bh):
        level = rng.randrange(30, 225)
        coef = (level - 128) * 8
        diff = coef - prev
        prev = coef
        mag = abs(diff)
        cat = mag.bit_length()
        c, n = dc[cat]
        put(c, n)
        if cat:
            put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
        c, n = ac[0x00]
        put(c, n)
    while len(bits) % 8:
        bits.append(1)
    scan = bytearray()
    for i in range(0, len(bits), 8):
        b = int("".join(map(str, bits[i:i + 8])), 2)
        scan.append(b)
        if b == 0xFF:
            scan.append(0)
    w, h = bw * 8, bh * 8
    out = bytearray(b"\xff\xd8")
    out += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    out += b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64)
    out += b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, h, w, 1) + b"\x01\x11\x00"
    out += b"\xff\xc4" + struct.pack(">H", 3 + 16 + len(_DC_VALS)) + b"\x00" + bytes(_DC_BITS) + bytes(_DC_VALS)
    out += b"\xff\xc4" + struct.pack(">H", 3 + 16 + len(_AC_VALS)) + b"\x10" + bytes(_AC_BITS) + bytes(_AC_VALS)
    out += b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00"
    out += scan + b"\xff\xd9"
    return bytes(out)


def _gif_lzw_uncompressed(pixels):
    # min code size 2, clear=4, eoi=5; emit CLEAR before every pixel so codes stay 3 bits
    codes = []
    for p in pixels:
        codes += [4, p]
    codes.append(5)
    acc, nbits, out = 0, 0, bytearray()
    for c in codes:
        acc |= c << nbits
        nbits += 3
        while nbits >= 8:
            out.append(acc & 0xff)
            acc >>= 8
            nbits -= 8
    if nbits:
        out.append(acc & 0xff)
    blocks = bytearray()
    for i in range(0, len(out), 255):
        chunk = out[i:i + 255]
        blocks += bytes([len(chunk)]) + chunk
    return b"\x02" + bytes(blocks) + b"\x00"


def make_gif(w, h, frames, transparent=False):
    """frames: list of pixel lists (values 0..3). >1 frame -> animated, looping."""
    out = bytearray(b"GIF89a" + struct.pack("<HH", w, h) + bytes([0x81, 0, 0]))
    out += bytes([255, 255, 255, 0, 0, 0, 200, 60, 40, 30, 120, 200])  # 4-colour table
    if len(frames) > 1:
        out += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    for px in frames:
        out += b"\x21\xf9\x04" + bytes([1 if transparent else 0]) + struct.pack("<H", 40 if len(frames) > 1 else 0) + b"\x00\x00"
        out += b"\x2c" + struct.pack("<HHHH", 0, 0, w, h) + b"\x00"
        out += _gif_lzw_uncompressed(px)
    out += b"\x3b"
    return bytes(out)


ZDATE = (2024, 3, 11, 9, 30, 0)


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


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
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '</w:body></w:document>')
    return make_zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                     ("word/document.xml", doc.encode())])


def make_pe():
    mz = bytearray(0x80)
    mz[0:2] = b"MZ"
    struct.pack_into("<H", mz, 2, 0x90)
    struct.pack_into("<H", mz, 4, 3)
    struct.pack_into("<I", mz, 0x3c, 0x80)
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    mz[0x40:0x40 + len(stub)] = stub
    coff = struct.pack("<HHIIIHH", 0x14c, 1, 0x65f1a2b3, 0, 0, 0xE0, 0x0102)
    opt = bytearray(0xE0)
    struct.pack_into("<H", opt, 0, 0x10b)
    struct.pack_into("<I", opt, 16, 0x1000)      # entry point
    struct.pack_into("<I", opt, 28, 0x400000)    # image base
    struct.pack_into("<II", opt, 32, 0x1000, 0x200)
    struct.pack_into("<H", opt, 68, 2)           # subsystem GUI
    struct.pack_into("<I", opt, 92, 16)
    sect = b".text\x00\x00\x00" + struct.pack("<IIIIIIHHI", 0x10, 0x1000, 0x200, 0x200, 0, 0, 0, 0, 0x60000020)
    hdr = bytes(mz) + b"PE\x00\x00" + coff + bytes(opt) + sect
    hdr += b"\x00" * (0x200 - len(hdr))
    code = b"\x6a\x00\xff\x15\x00\x20\x40\x00\xc3" + b"\x90" * (0x200 - 9)
    return hdr + code


def make_mp4(rng):
    ftyp = b"ftyp" + b"isom" + struct.pack(">I", 0x200) + b"isomiso2avc1mp41"
    ftyp = struct.pack(">I", 8 + len(ftyp) - 4) + ftyp
    free = struct.pack(">I", 8) + b"free"
    payload = bytes(rng.randrange(256) for _ in range(4096))
    mdat = struct.pack(">I", 8 + len(payload)) + b"mdat" + payload
    mvhd = struct.pack(">I", 108) + b"mvhd" + bytes(4) + struct.pack(">IIII", 0, 0, 1000, 12000) + \
        struct.pack(">IH", 0x00010000, 0x0100) + bytes(10) + \
        struct.pack(">9I", 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000) + bytes(24) + struct.pack(">I", 2)
    moov = struct.pack(">I", 8 + len(mvhd)) + b"moov" + mvhd
    return ftyp + free + mdat + moov


# ---------------------------------------------------------------------------
# MIME writer
# ---------------------------------------------------------------------------

def qp_encode(data):
    out = []
    for line in data.split(b"\n"):
        toks = []
        n = len(line)
        for i, ch in enumerate(line):
            if (33 <= ch <= 126 and ch != 61):
                toks.append(chr(ch))
            elif ch in (9, 32):
                toks.append(chr(ch) if i < n - 1 else "=%02X" % ch)
            else:
                toks.append("=%02X" % ch)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\n".join(out)


class Leaf:
    def __init__(self, ctype, data, cte, params=None, filename=None, fname_style="plain",
                 disposition=None, cid=None, extra=None):
        self.ctype, self.data, self.cte = ctype, data, cte
        self.params = params or []
        self.filename, self.fname_style = filename, fname_style
        self.disposition, self.cid, self.extra = disposition, cid, extra or []


class Multi:
    def __init__(self, subtype, parts, boundary, params=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params = params or []


def _fname_param(key, name, style):
    if style == "2231":
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (key, quote(name.encode("utf-8"), safe=""))
    if style == "2231-latin1":
        from urllib.parse import quote
        return "%s*=iso-8859-1'fr'%s" % (key, quote(name.encode("iso-8859-1"), safe=""))
    return '%s="%s"' % (key, name)


def leaf_headers(l):
    ct = l.ctype
    for p in l.params:
        ct += "; " + p
    if l.filename:
        ct += ";\n " + _fname_param("name", l.filename, l.fname_style)
    hs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + l.cte]
    if l.cid:
        hs.append("Content-ID: <%s>" % l.cid)
    if l.disposition:
        d = l.disposition
        if l.filename:
            d += ";\n " + _fname_param("filename", l.filename, l.fname_style)
        hs.append("Content-Disposition: " + d)
    hs += l.extra
    return hs


def leaf_body(l):
    if l.cte == "base64":
        return base64.encodebytes(l.data)
    if l.cte == "quoted-printable":
        return qp_encode(l.data).encode("ascii") + (b"" if l.data.endswith(b"\n") else b"\n")
    data = l.data
    if l.cte == "7bit":
        data.decode("ascii")
    return data if data.endswith(b"\n") else data + b"\n"


def part_headers(p):
    if isinstance(p, Leaf):
        return leaf_headers(p)
    ct = "multipart/%s;\n boundary=\"%s\"" % (p.subtype, p.boundary)
    for x in p.params:
        ct += "; " + x
    return ["Content-Type: " + ct]


def part_body(p):
    if isinstance(p, Leaf):
        return leaf_body(p)
    out = b""
    for sub in p.parts:
        out += b"--" + p.boundary.encode() + b"\n"
        out += "\n".join(part_headers(sub)).encode("ascii") + b"\n\n"
        out += part_body(sub)
    out += b"--" + p.boundary.encode() + b"--\n"
    return out


def serialize(headers, root, crlf):
    hs = list(headers) + ["MIME-Version: 1.0"] + part_headers(root)
    raw = "\n".join(hs).encode("ascii") + b"\n\n"
    if isinstance(root, Multi):
        raw += b"This is a multi-part message in MIME format.\n\n"
    raw += part_body(root)
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def enc_header(name, value, charset="utf-8"):
    try:
        value.encode("ascii")
        return "%s: %s" % (name, value)
    except UnicodeEncodeError:
        h = Header(value, charset, header_name=name)
        return "%s: %s" % (name, h.encode(linesep="\n"))


def enc_addr(name, addr, charset="utf-8"):
    return email.utils.formataddr((name, addr), charset=charset)


# ---------------------------------------------------------------------------
# marketplaces, sellers
# ---------------------------------------------------------------------------

MK = {
    "us": dict(tld="com", lang="en", region="US"),
    "uk": dict(tld="co.uk", lang="en", region="UK"),
    "ca": dict(tld="ca", lang="en", region="CA"),
    "au": dict(tld="com.au", lang="en", region="AU"),
    "in": dict(tld="in", lang="en", region="IN"),
    "de": dict(tld="de", lang="de", region="DE"),
    "fr": dict(tld="fr", lang="fr", region="FR"),
    "be": dict(tld="com.be", lang="fr", region="BE"),
}
FOOTER_ADDR = {
    "us": "Amazon.com, 410 Terry Avenue North, Seattle, WA 98109-5210",
    "ca": "Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto, Ontario M5H 3Y2",
    "uk": "Amazon UK Services Ltd., 1 Principal Place, Worship Street, London EC2A 2FA",
    "au": "Amazon Commercial Services Pty Ltd, Level 37, 2-26 Park Street, Sydney NSW 2000",
    "in": "Amazon Seller Services Private Limited, Brigade Gateway, 26/1 Dr. Rajkumar Road, Bengaluru 560055",
    "de": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg",
    "fr": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg",
    "be": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg",
}

SELLERS = {
    "brightwell": dict(shop="Brightwell Home", addr="customercare@brightwell-home.co.uk", agent="Priya Shah", mailer=None),
    "oakridge": dict(shop="Oakridge Cycle Parts", addr="sales@oakridgecycles.co.uk", agent="Tom Hadley", mailer="Microsoft Outlook 16.0"),
    "fern": dict(shop="Little Fern Crafts", addr="hello@littlefern-crafts.co.uk", agent="Hannah Ellery", mailer="Apple Mail (2.3774.400.31)"),
    "summit": dict(shop="Summit Trail Gear", addr="support@summittrailgear.com", agent="Marcus Bell", mailer="Gorgias"),
    "lumina": dict(shop="Lumina Desk Co.", addr="help@luminadesk.com", agent="Rachel Ortiz", mailer="Help Scout"),
    "quill": dict(shop="Quillfield Paper", addr="orders@quillfieldpaper.com", agent="Dana Whitfield", mailer=None),
    "copper": dict(shop="Copperline Audio", addr="care@copperline-audio.com", agent="Kevin Strand", mailer="Mozilla Thunderbird 115.8.1"),
    "maple": dict(shop="Maple & Bough Outfitters", addr="service@mapleandbough.ca", agent="Julie Tremblay", mailer="eDesk"),
    "northwind": dict(shop="Northwind Pet Supply", addr="support@northwindpets.ca", agent="Owen MacLeod", mailer="Freshdesk"),
    "wattle": dict(shop="Wattle Bay Homewares", addr="care@wattlebay.com.au", agent="Sophie Nguyen", mailer="Zendesk"),
    "redgum": dict(shop="Redgum Outdoor", addr="orders@redgumoutdoor.com.au", agent="Liam Carter", mailer=None),
    "saffron": dict(shop="Saffron Loom", addr="support@saffronloom.in", agent="Ananya Iyer", mailer="Freshdesk"),
    "voltkart": dict(shop="Voltkart Electronics", addr="helpdesk@voltkart.in", agent="Rohit Menon", mailer="osTicket"),
    "hofholz": dict(shop="Hof & Holz Manufaktur", addr="service@hofundholz.de", agent="Katrin Vogel", mailer="Zammad"),
    "spreewerk": dict(shop="Spreewerk Technik", addr="kundendienst@spreewerk-technik.de", agent="Jan Petersen", mailer="Microsoft Outlook 16.0"),
    "alpenkind": dict(shop="Alpenkind Textil", addr="service@alpenkind-textil.de", agent="Miriam Huber", mailer="Mozilla Thunderbird 115.9.0"),
    "nordlicht": dict(shop="Nordlicht Küchenhelfer", addr="hallo@nordlicht-kuechen.de", agent="Felix Brandt", mailer=None),
    "lumen": dict(shop="Maison Lumen", addr="sav@maison-lumen.fr", agent="Claire Dubois", mailer="Freshdesk"),
    "corolle": dict(shop="Atelier Corolle", addr="contact@atelier-corolle.fr", agent="Julien Marchand", mailer="Microsoft Outlook 16.0"),
    "theo": dict(shop="Les Jardins de Théo", addr="service@jardinsdetheo.fr", agent="Élodie Roux", mailer="Mozilla Thunderbird 115.10.1"),
    "meuse": dict(shop="Outils Meuse", addr="service@outils-meuse.be", agent="Pierre Lambert", mailer=None),
    "sablon": dict(shop="Papeterie du Sablon", addr="bonjour@papeterie-sablon.be", agent="Sarah Peeters", mailer="Help Scout"),
}

# ---------------------------------------------------------------------------
# localised dates
# ---------------------------------------------------------------------------

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def fmt_short(d, lang, us=False):
    """date used in 'On ... wrote:' headers"""
    if lang == "de":
        return "%s., %d. %s %d um %02d:%02d" % (DE_DAYS[d.weekday()][:2], d.day, DE_MON[d.month - 1], d.year, d.hour, d.minute)
    if lang == "fr":
        return "%s. %d %s %d à %02d:%02d" % (FR_DAYS[d.weekday()][:3], d.day, FR_MON[d.month - 1], d.year, d.hour, d.minute)
    if us:
        h = d.hour % 12 or 12
        return "%s, %s %d, %d at %d:%02d %s" % (EN_DAYS[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year,
                                                h, d.minute, "AM" if d.hour < 12 else "PM")
    return "%s, %d %s %d at %02d:%02d" % (EN_DAYS[d.weekday()][:3], d.day, EN_MON[d.month - 1][:3], d.year, d.hour, d.minute)


def fmt_long(d, lang, us=False):
    """date used in Outlook 'Sent:' lines"""
    if lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (DE_DAYS[d.weekday()], d.day, DE_MON[d.month - 1], d.year, d.hour, d.minute)
    if lang == "fr":
        return "%s %d %s %d %02d:%02d" % (FR_DAYS[d.weekday()], d.day, FR_MON[d.month - 1], d.year, d.hour, d.minute)
    h = d.hour % 12 or 12
    if us:
        return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[d.weekday()], EN_MON[d.month - 1], d.day, d.year, h, d.minute,
                                             "AM" if d.hour < 12 else "PM")
    return "%s, %d %s %d %02d:%02d" % (EN_DAYS[d.weekday()], d.day, EN_MON[d.month - 1], d.year, d.hour, d.minute)


def fmt_day(d, lang):
    if lang == "de":
        return "%d. %s" % (d.day, DE_MON[d.month - 1])
    if lang == "fr":
        return "%d %s" % (d.day, FR_MON[d.month - 1])
    return "%d %s" % (d.day, EN_MON[d.month - 1])


# ---------------------------------------------------------------------------
# Amazon buyer-message notification (localised)
# ---------------------------------------------------------------------------

NOTIF = {
    "en": dict(
        start="------------- Message: -------------", end="------------- End message -------------",
        oid="Order ID: {oid}", item="{qty} / {title} [ASIN: {asin}]",
        respond="To respond to this customer, please reply to this e-mail or visit your seller account at the following link:",
        sincerely="Sincerely,", dept="Customer Service Department", helpful="Was this email helpful?",
        keep="Note: Amazon keeps copies of all e-mails sent and received through Buyer-Seller Messaging, including your response, to help resolve disputes and keep the marketplace safe.",
        confidence="We want you to buy with confidence anytime you purchase products on Amazon. Learn more about Safe Online Shopping ({help1}) and our safe buying guarantee ({help2}).",
        optout="Don't want to receive these notifications? You can change your notification preferences in your seller account: {sc}/notifications/preferences",
        copy="© {year} Amazon.com, Inc. or its affiliates. All rights reserved.",
        yes="Yes", no="No", product_q="Product details inquiry about:",
    ),
    "de": dict(
        start="------------- Nachricht: -------------", end="------------- Ende der Nachricht -------------",
        oid="Bestellnummer: {oid}", item="{qty} / {title} [ASIN: {asin}]",
        respond="Wenn Sie dem Kunden antworten möchten, antworten Sie bitte auf diese E-Mail oder rufen Sie Ihr Verkäuferkonto über den folgenden Link auf:",
        sincerely="Mit freundlichen Grüßen", dept="Kundenservice", helpful="War diese E-Mail hilfreich?",
        keep="Hinweis: Amazon bewahrt Kopien aller über den Käufer-Verkäufer-Nachrichtenservice gesendeten und empfangenen Nachrichten auf, einschließlich Ihrer Antwort, um Streitfälle zu klären und für Sicherheit zu sorgen.",
        confidence="Wir möchten, dass Sie bei Amazon jederzeit mit Vertrauen einkaufen. Weitere Informationen zum sicheren Online-Einkauf ({help1}) und zu unserer A-bis-z-Garantie ({help2}).",
        optout="Sie möchten diese Benachrichtigungen nicht mehr erhalten? Sie können Ihre Benachrichtigungseinstellungen in Ihrem Verkäuferkonto ändern: {sc}/notifications/preferences",
        copy="© {year} Amazon.com, Inc. oder Tochtergesellschaften. Alle Rechte vorbehalten.",
        yes="Ja", no="Nein", product_q="Anfrage zu Produktdetails:",
    ),
    "fr": dict(
        start="------------- Message : -------------", end="------------- Fin du message -------------",
        oid="Numéro de commande : {oid}", item="{qty} / {title} [ASIN : {asin}]",
        respond="Pour répondre à ce client, répondez à cet e-mail ou rendez-vous sur votre compte vendeur à l'adresse suivante :",
        sincerely="Cordialement,", dept="Service Client", helpful="Cet e-mail vous a-t-il été utile ?",
        keep="Remarque : Amazon conserve une copie de tous les messages envoyés et reçus via la messagerie acheteur-vendeur, y compris votre réponse, afin de résoudre d'éventuels litiges et de garantir la sécurité des échanges.",
        confidence="Nous souhaitons que vous achetiez en toute confiance sur Amazon. En savoir plus sur les achats en ligne sécurisés ({help1}) et sur notre garantie A à Z ({help2}).",
        optout="Vous ne souhaitez plus recevoir ces notifications ? Vous pouvez modifier vos préférences de notification dans votre compte vendeur : {sc}/notifications/preferences",
        copy="© {year} Amazon.com, Inc. ou ses filiales. Tous droits réservés.",
        yes="Oui", no="Non", product_q="Demande de renseignements sur le produit :",
    ),
}

TOPICS = {
    "en": {"delivery": "Delivery inquiry from Amazon customer {buyer} (Order: {oid})",
           "return": "Return request inquiry from Amazon customer {buyer} (Order: {oid})",
           "product": "Product details inquiry from Amazon customer {buyer}",
           "other": "Inquiry from Amazon customer {buyer} (Order: {oid})",
           "damaged": "Damaged or defective item inquiry from Amazon customer {buyer} (Order: {oid})",
           "invoice": "Invoice request from Amazon customer {buyer} (Order: {oid})"},
    "de": {"delivery": "Anfrage zur Lieferung von Amazon-Kunde {buyer} (Bestellung: {oid})",
           "return": "Anfrage zur Rücksendung von Amazon-Kunde {buyer} (Bestellung: {oid})",
           "product": "Anfrage zu Produktdetails von Amazon-Kunde {buyer}",
           "other": "Anfrage von Amazon-Kunde {buyer} (Bestellung: {oid})",
           "damaged": "Anfrage zu beschädigtem oder defektem Artikel von Amazon-Kunde {buyer} (Bestellung: {oid})",
           "invoice": "Rechnungsanfrage von Amazon-Kunde {buyer} (Bestellung: {oid})"},
    "fr": {"delivery": "Demande concernant la livraison de la part du client Amazon {buyer} (Commande : {oid})",
           "return": "Demande de retour de la part du client Amazon {buyer} (Commande : {oid})",
           "product": "Demande de renseignements sur le produit de la part du client Amazon {buyer}",
           "other": "Demande de la part du client Amazon {buyer} (Commande : {oid})",
           "damaged": "Article endommagé ou défectueux : demande du client Amazon {buyer} (Commande : {oid})",
           "invoice": "Demande de facture de la part du client Amazon {buyer} (Commande : {oid})"},
}

ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def notif_lines(c):
    """Plain-text lines of Amazon's buyer-message notification for case c (same in text and HTML part)."""
    if getattr(c, "_notif", None):
        return list(c._notif)
    c._notif = _notif_lines(c)
    return list(c._notif)


def _notif_lines(c):
    L = NOTIF[c.lang]
    rng = c.rng2
    sc = "https://sellercentral.amazon." + c.tld
    www = "https://www.amazon." + c.tld
    out = [L["start"], ""]
    out += c.buyer_msg.strip("\n").split("\n")
    out += ["", L["end"], ""]
    if c.notif_oid:
        if rng.random() < 0.5:
            out.append(L["oid"].format(oid=c.oid))
        else:
            out.append("# %s:" % c.oid)
        out.append(L["item"].format(qty=c.qty, title=c.title, asin=c.asin))
    else:
        out.append(L["product_q"])
        out.append("%s [ASIN: %s]" % (c.title, c.asin))
    out.append("")
    out.append(L["respond"])
    if c.old_inbox:
        out.append("%s/gp/communication-manager/inbox.html?ie=UTF8&orderID=%s&sortBy=DATE&mailbox=UNREAD" % (sc, c.oid or ""))
    else:
        out.append("%s/messaging/inbox?fi=CONVERSATION&threadId=%s&t=inbox" % (sc, c.thread))
    out += ["", L["sincerely"], L["dept"], "Amazon." + c.tld, sc, ""]
    out.append(L["helpful"])
    fb = "%s/gp/communication-manager/feedback.html?ie=UTF8&msgId=%s&token=%s" % (sc, c.thread[:16], c.tok)
    if rng.random() < 0.5:
        out.append("%s: %s&helpful=yes" % (L["yes"], fb))
        out.append("%s: %s&helpful=no" % (L["no"], fb))
    else:
        out.append(fb + "&helpful=1")
    out += ["", L["keep"], ""]
    if c.confidence:
        out.append(L["confidence"].format(
            help1=www + "/gp/help/customer/display.html?nodeId=%d" % rng.randrange(200000000, 202000000),
            help2=www + "/gp/help/customer/display.html?nodeId=%d" % rng.randrange(200000000, 202000000)))
        out.append("")
    if c.amazon_optout:
        out.append(L["optout"].format(sc=sc))
        out.append("")
    out.append("[commMgrTok:%s]" % c.tok)
    out.append("")
    cp = L["copy"].format(year=c.date.year)
    if c.charset == "us-ascii":
        cp = cp.replace("\u00a9", "Copyright")
    out.append(cp + " " + FOOTER_ADDR[c.mk])
    return out


URL_RE = re.compile(r"https?://[^\s<>()\"]+")


def linkify(escaped_line):
    return URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(0), m.group(0)), escaped_line)


def lines_to_html(lines, link=True):
    out = []
    for ln in lines:
        e = html.escape(ln, quote=False)
        if link:
            e = linkify(e)
        out.append(e + "<br>")
    return "\n".join(out)


def text_to_html(text, link=True):
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join((linkify(html.escape(x, quote=False)) if link else html.escape(x, quote=False))
                                         for x in p.split("\n")) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# quote styles
# ---------------------------------------------------------------------------

def wrote_line(c, who, addr, d, apple=False):
    us = c.mk in ("us", "ca")
    if c.lang == "de":
        return "Am %s schrieb %s <%s>:" % (fmt_short(d, "de"), who, addr)
    if c.lang == "fr":
        return "Le %s, %s <%s> a écrit :" % (fmt_short(d, "fr"), who, addr)
    if apple:
        return "On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (d.day, EN_MON[d.month - 1][:3], d.year, d.hour, d.minute, who, addr)
    return "On %s, %s <%s> wrote:" % (fmt_short(d, "en", us), who, addr)


OUTLOOK_LBL = {"en": ("From:", "Sent:", "To:", "Subject:"),
               "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
               "fr": ("De :", "Envoyé :", "À :", "Objet :")}
ZD_SEP = {"en": "##- Please type your reply above this line -##",
          "de": "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##",
          "fr": "##- Veuillez saisir votre réponse au-dessus de cette ligne -##"}


def buyer_disp(c):
    return "%s - Amazon Marketplace" % c.buyer


def outlook_block(c, frm, to, d, subj):
    lbl = OUTLOOK_LBL[c.lang]
    return ["________________________________",
            "%s %s" % (lbl[0], frm),
            "%s %s" % (lbl[1], fmt_long(d, c.lang, c.mk in ("us", "ca"))),
            "%s %s" % (lbl[2], to),
            "%s %s" % (lbl[3], subj), ""]


def history_items(c):
    """chain of quoted items, newest first: list of dict(who, addr, date, lines, subj)"""
    items = []
    for h in c.history:
        items.append(h)
    items.append(dict(who=buyer_disp(c), addr=c.relay, date=c.bdate, lines=notif_lines(c), subj=c.buyer_subject,
                      buyer=True))
    return items


def quote_plain(c):
    st = c.style
    out = []
    for it in history_items(c):
        if st in ("outlook", "outlook_html"):
            frm = "%s <%s>" % (it["who"], it["addr"]) if it.get("buyer") else it["who"]
            to = c.shop + " Support" if it.get("buyer") else "%s <%s>" % (buyer_disp(c), c.relay)
            out += outlook_block(c, frm, to, it["date"], it["subj"])
            out += it["lines"] + [""]
        elif st == "zendesk":
            out += ["--------------------------------", "", it["who"], fmt_long(it["date"], c.lang, c.mk in ("us", "ca")), ""]
            out += it["lines"] + [""]
        elif st == "edesk":
            out += ["-------- Original Message --------",
                    "From: %s <%s>" % (it["who"], it["addr"]) if it.get("buyer") else "From: %s" % it["who"],
                    "Date: %s" % fmt_long(it["date"], c.lang, c.mk in ("us", "ca")),
                    "Subject: %s" % it["subj"], ""]
            out += it["lines"] + [""]
        elif st == "helpscout":
            out += ["-----", "", "%s wrote on %s:" % (it["who"], fmt_long(it["date"], c.lang, c.mk in ("us", "ca")))
                    if c.lang == "en" else
                    ("%s schrieb am %s:" % (it["who"], fmt_long(it["date"], "de")) if c.lang == "de" else
                     "%s a écrit le %s :" % (it["who"], fmt_long(it["date"], "fr"))), ""]
            out += ["> " + x if x else ">" for x in it["lines"]] + [""]
        else:  # gt / gmail / thunderbird / apple / gorgias / freshdesk / osticket / zammad
            out.append(wrote_line(c, it["who"], it["addr"], it["date"], apple=(st == "apple")))
            out += ["> " + x if x else ">" for x in it["lines"]] + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def quote_html(c):
    st = c.style
    out = []
    for it in history_items(c):
        body = lines_to_html(it["lines"])
        if st in ("outlook", "outlook_html"):
            lbl = OUTLOOK_LBL[c.lang]
            frm = "%s &lt;%s&gt;" % (html.escape(it["who"]), it["addr"]) if it.get("buyer") else html.escape(it["who"])
            to = html.escape(c.shop) + " Support" if it.get("buyer") else "%s &lt;%s&gt;" % (html.escape(buyer_disp(c)), c.relay)
            out.append('<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                       '<b>%s</b> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s</div>\n<div>&nbsp;</div>\n<div>\n%s\n</div>'
                       % (lbl[0], frm, lbl[1], fmt_long(it["date"], c.lang, c.mk in ("us", "ca")), lbl[2], to, lbl[3],
                          html.escape(it["subj"]), body))
        elif st == "gmail":
            bs = ' style="margin:0px 0px 0px 0.8ex;padding-left:1ex"' if c.gmail_border else ""
            out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n<blockquote class="gmail_quote"%s>\n%s\n</blockquote></div>'
                       % (html.escape(wrote_line(c, it["who"], it["addr"], it["date"])), bs, body))
        elif st == "thunderbird":
            out.append('<div class="moz-cite-prefix">%s<br></div>\n<blockquote type="cite">\n%s\n</blockquote>'
                       % (html.escape(wrote_line(c, it["who"], it["addr"], it["date"])), body))
        elif st == "apple":
            out.append('<div><br><blockquote type="cite"><div>%s</div><br>\n<div>\n%s\n</div></blockquote></div>'
                       % (html.escape(wrote_line(c, it["who"], it["addr"], it["date"], apple=True)), body))
        elif st == "helpscout":
            out.append('<div class="hs_reply_history"><hr>\n<p><b>%s</b> %s</p>\n<blockquote>\n%s\n</blockquote></div>'
                       % (html.escape(it["who"]), {"en": "wrote on %s:", "de": "schrieb am %s:", "fr": "a écrit le %s :"}[c.lang]
                          % fmt_long(it["date"], c.lang, c.mk in ("us", "ca")), body))
        elif st == "freshdesk":
            out.append('<div class="freshdesk_quote"><blockquote class="freshdesk_quote">%s<br>\n%s\n</blockquote></div>'
                       % (html.escape(wrote_line(c, it["who"], it["addr"], it["date"])), body))
        elif st == "zendesk":
            out.append('<div class="zd-history"><hr>\n<p><b>%s</b><br>%s</p>\n<div>\n%s\n</div></div>'
                       % (html.escape(it["who"]), fmt_long(it["date"], c.lang, c.mk in ("us", "ca")), body))
        else:  # gorgias, gt, zammad
            out.append('<div class="gorgias_quote"><div>%s</div>\n<blockquote>\n%s\n</blockquote></div>'
                       % (html.escape(wrote_line(c, it["who"], it["addr"], it["date"])), body))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------

SIG = {
    "en": "{agent}\n{shop} Customer Care",
    "de": "Viele Grüße\n{agent}\nKundenservice {shop}",
    "fr": "Cordialement,\n{agent}\nService client {shop}",
}
REPLY_PREFIX = {"en": "Re: ", "de": "AW: ", "fr": "RE: "}

USED_OIDS = set()
PAIRS = {}


def tz_for(mk, month):
    summer = 4 <= month <= 10
    off = {"us": -4 if summer else -5, "ca": -4 if summer else -5, "uk": 1 if summer else 0,
           "au": 10 if 4 <= month <= 9 else 11, "in": 5.5, "de": 2 if summer else 1,
           "fr": 2 if summer else 1, "be": 2 if summer else 1}[mk]
    return dt.timezone(dt.timedelta(hours=off))


def fill(s, ctx):
    if s is None:
        return None
    return re.sub(r"\{(\w+)\}", lambda m: str(ctx[m.group(1)]) if m.group(1) in ctx else m.group(0), s)


class Case:
    DEFAULTS = dict(
        style="gt", fmt="plain", charset="utf-8", cte="quoted-printable", html_cte=None, crlf=None,
        atts=(), pair=None, proactive=False, subject=None, topic="other", qty=1, notif_oid=True,
        old_inbox=False, confidence=False, amazon_optout=False, gmail_border=False, history=(),
        sig=None, html_body=None, html_end="", html_head="", body_attr="", plain_hook=None, html_hook=None,
        extra_headers=(), to_upper=False, no_irt=False, vals=None, flowed=False, ticket=None,
        subject_prefix=None, from_name=None, related=(), buyer_msg="", agent="", obf=False, mailer_override=None,
    )

    def __init__(self, **kw):
        for k, v in self.DEFAULTS.items():
            setattr(self, k, kw.pop(k, v))
        for k in ("slug", "mk", "seller", "cats", "note", "buyer", "title"):
            setattr(self, k, kw.pop(k))
        assert not kw, kw
        for cat in self.cats:
            assert cat in CATS, cat
        self.cats = [x for x in CATS if x in self.cats]
        self.lang = MK[self.mk]["lang"]
        self.tld = MK[self.mk]["tld"]
        s = SELLERS[self.seller]
        self.shop, self.addr, self.agent_name, self.mailer = s["shop"], s["addr"], s["agent"], s["mailer"]
        self.domain = self.addr.split("@")[1]
        if self.mailer_override is not None:
            self.mailer = self.mailer_override
        rng = random.Random("%d-%s" % (SEED, self.slug))
        self.rng = rng
        self.rng2 = random.Random("%d-%s-notif" % (SEED, self.slug))
        pf = self.pair and PAIRS.get(self.pair[0])
        if pf:
            self.oid, self.relay, self.asin = pf.oid, pf.relay, pf.asin
        else:
            while True:
                oid = "%d-%07d-%07d" % (rng.choice([302, 303, 304, 305, 306]), rng.randrange(10 ** 7), rng.randrange(10 ** 7))
                if oid not in USED_OIDS:
                    break
            USED_OIDS.add(oid)
            self.oid = oid
            self.relay = "".join(rng.choice(ALNUM) for _ in range(15)) + "@marketplace.amazon." + self.tld
            self.asin = "B0" + "".join(rng.choice(UPPER) for _ in range(8))
        if self.pair and self.pair[1] == 1:
            PAIRS[self.pair[0]] = self
        base = dt.datetime(2024, 2, 1, 8, 0) + dt.timedelta(days=rng.randrange(0, 290), minutes=rng.randrange(0, 600))
        if pf:
            base = pf.date.replace(tzinfo=None) + dt.timedelta(days=rng.randrange(6, 12), minutes=rng.randrange(0, 300))
        tz = tz_for(self.mk, base.month)
        self.date = base.replace(tzinfo=tz)
        self.bdate = self.date - dt.timedelta(minutes=rng.randrange(90, 2600))
        if kw_history_len := len(self.history):
            self.bdate = self.date - dt.timedelta(minutes=rng.randrange(300 + 200 * kw_history_len, 2600))
        self.thread = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
        self.tok = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(14))
        amz = "www.amazon." + self.tld
        ses = "eu-west-1.amazonses.com" if self.mk in ("uk", "de", "fr", "be") else (
            "us-west-2.amazonses.com" if self.mk in ("au", "in") else "email.amazonses.com")
        self.in_reply_to = "<0102018%s-%s-%s-%s-%s-000000@%s>" % (
            "".join(rng.choice("0123456789abcdef") for _ in range(9)),
            "".join(rng.choice("0123456789abcdef") for _ in range(8)),
            "".join(rng.choice("0123456789abcdef") for _ in range(4)),
            "".join(rng.choice("0123456789abcdef") for _ in range(4)),
            "".join(rng.choice("0123456789abcdef") for _ in range(12)), ses)
        self.msgid = "<%s.%s@%s>" % (self.date.strftime("%Y%m%d%H%M%S"),
                                     "".join(rng.choice(ALNUM) for _ in range(12)), self.domain)
        ctx = dict(oid=self.oid, asin=self.asin, title=self.title, buyer=self.buyer, agent=self.agent_name,
                   shop=self.shop, relay=self.relay, amz="https://" + amz, amzhost=amz, tld=self.tld,
                   rlocal=self.relay.split("@")[0], d1=fmt_day(self.date + dt.timedelta(days=2), self.lang),
                   d2=fmt_day(self.date + dt.timedelta(days=4), self.lang),
                   d3=fmt_day(self.date + dt.timedelta(days=9), self.lang),
                   dpast=fmt_day(self.date - dt.timedelta(days=7), self.lang))
        ctx.update(self.vals or {})
        self.ctx = ctx
        self.title = fill(self.title, ctx)
        self.buyer_msg = fill(self.buyer_msg, ctx)
        self.agent = fill(self.agent, ctx)
        self.sig = fill(self.sig if self.sig is not None else SIG[self.lang], ctx)
        self.buyer_subject = fill(TOPICS[self.lang][self.topic], ctx)
        self.subject = fill(self.subject, ctx)
        self.html_body = fill(self.html_body, ctx)
        self.html_end = fill(self.html_end, ctx)
        self.extra_headers = [fill(h, ctx) for h in self.extra_headers]
        if self.crlf is None:
            self.crlf = rng.random() < 0.35
        self.history = [dict(h, lines=fill(h["text"], ctx).split("\n"), subj=REPLY_PREFIX[self.lang] + self.buyer_subject,
                             date=self.bdate + dt.timedelta(minutes=h["after"])) for h in self.history]
        self.kind = "proactive" if self.proactive else "reply"


CASES = []


def add(**kw):
    CASES.append(Case(**kw))


def flow(text):
    """format=flowed: wrap long lines at 72 with trailing space on soft breaks."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= 76:
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > 72:
                out.append(cur + " ")
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


def compose(c):
    agent = c.agent.strip("\n")
    if c.proactive:
        plain = agent + "\n\n" + c.sig + "\n"
    else:
        top = ZD_SEP[c.lang] + "\n\n" if c.style == "zendesk" else (
            "-- reply above this line --\n\n" if c.style == "osticket" else "")
        plain = top + agent + "\n\n" + c.sig + "\n\n" + quote_plain(c)
    if c.plain_hook:
        plain = c.plain_hook(plain, c)
    if c.flowed:
        plain = flow(plain)
    if c.fmt == "plain":
        return plain, None
    if c.html_body is not None:
        agent_html = c.html_body.replace("{AGENT_HTML}", text_to_html(agent)).replace("{SIG_HTML}", text_to_html(c.sig))
    else:
        agent_html = text_to_html(agent) + "\n" + text_to_html(c.sig)
    if c.style == "zendesk" and not c.proactive:
        agent_html = '<div class="zd-separator">%s</div>\n' % html.escape(ZD_SEP[c.lang]) + agent_html
    qh = "" if c.proactive else quote_html(c)
    cs = c.charset
    doc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s</head>\n<body%s>\n<div dir="ltr">\n%s\n</div>\n%s\n%s</body>\n</html>\n'
           % (cs, c.html_head, c.body_attr, agent_html, qh, c.html_end))
    if c.html_hook:
        doc = c.html_hook(doc, c)
    return plain, doc


def text_leaf(c, text, subtype):
    cte = c.cte if subtype == "plain" else (c.html_cte or c.cte)
    params = ['charset="%s"' % c.charset]
    if subtype == "plain" and c.flowed:
        params.append("format=flowed")
    try:
        data = text.encode(c.charset, "xmlcharrefreplace" if subtype == "html" else "strict")
    except UnicodeEncodeError as e:
        raise SystemExit("%s: %s" % (c.slug, e))
    return Leaf("text/" + subtype, data, cte, params)


def boundary(c, n):
    return "----=_Part_%d_%s" % (n, "".join(c.rng.choice("0123456789abcdef") for _ in range(20)))


def build_message(c):
    plain, doc = compose(c)
    if c.fmt == "plain":
        body = text_leaf(c, plain, "plain")
    elif c.fmt == "html":
        body = text_leaf(c, doc, "html")
    else:
        hpart = text_leaf(c, doc, "html")
        if c.related:
            inl = [Leaf(r["ctype"], r["data"], "base64", filename=r["name"], disposition="inline", cid=r["cid"])
                   for r in c.related]
            hpart = Multi("related", [hpart] + inl, boundary(c, 3), params=['type="text/html"'])
        body = Multi("alternative", [text_leaf(c, plain, "plain"), hpart], boundary(c, 1))
    if c.atts:
        parts = [body]
        for a in c.atts:
            parts.append(Leaf(a["ctype"], a["data"], "base64", filename=a["name"],
                              fname_style=a.get("style", "plain"), disposition="attachment"))
        root = Multi("mixed", parts, boundary(c, 2))
    else:
        root = body
    hdrs = []
    fname = c.from_name or ("%s | %s" % (c.agent_name, c.shop) if c.rng.random() < 0.5 else c.shop)
    hdrs.append("From: " + enc_addr(fname, c.addr))
    hdrs.append("To: " + (c.relay.upper() if c.to_upper else c.relay))
    if c.proactive:
        subj = c.subject
    else:
        subj = c.subject or ((c.subject_prefix if c.subject_prefix is not None else REPLY_PREFIX[c.lang]) + c.buyer_subject)
        if c.ticket:
            subj = c.ticket + " " + subj
    c.final_subject = subj
    hdrs.append(enc_header("Subject", subj, "utf-8" if c.charset not in ("iso-8859-1", "iso-8859-15", "windows-1252") else c.charset))
    hdrs.append("Date: " + email.utils.format_datetime(c.date))
    hdrs.append("Message-ID: " + c.msgid)
    if not c.proactive and not c.no_irt:
        hdrs.append("In-Reply-To: " + c.in_reply_to)
        hdrs.append("References: " + c.in_reply_to)
    if c.mailer:
        hdrs.append(("User-Agent: " if "Thunderbird" in c.mailer else "X-Mailer: ") + c.mailer)
    hdrs += list(c.extra_headers)
    hdrs.append("Content-Language: " + {"en": {"us": "en-US", "ca": "en-CA", "au": "en-AU", "in": "en-IN"}.get(c.mk, "en-GB"),
                                        "de": "de-DE", "fr": "fr-BE" if c.mk == "be" else "fr-FR"}[c.lang])
    return serialize(hdrs, root, c.crlf)


# ---------------------------------------------------------------------------
# attachments shorthand
# ---------------------------------------------------------------------------

def att_pdf(name, lines, style="plain", ctype="application/pdf"):
    return dict(name=name, ctype=ctype, data=make_pdf(lines, title=name), style=style)


def att_jpg(name, seed, bw=4, bh=3):
    return dict(name=name, ctype="image/jpeg", data=make_jpeg(bw, bh, random.Random(seed)))


def att_png(name, seed, w=24, h=16):
    return dict(name=name, ctype="image/png", data=make_png(w, h, random.Random(seed)))


# ===========================================================================
# SPECS
# ===========================================================================
R = random.Random(SEED)


def specs_en():
    # ---------------- compliant English replies quoting Amazon's notification
    add(slug="uk-zendesk-royalmail-delay", mk="uk", seller="brightwell", style="zendesk", topic="delivery",
        cats=[], note="Zendesk reply quoting Amazon notification; Royal Mail tracking number, delivery date",
        buyer="Gemma", title="Brightwell Speckled Stoneware Dinner Plates, Set of 6, 27 cm, Oat",
        buyer_msg="Hi, my plates were meant to arrive on Saturday but the tracking hasn't moved since Thursday. Are they lost? I need them for a dinner party next weekend.\nThanks, Gemma",
        vals=dict(trk="TT482915736GB"),
        agent="""Hi Gemma,

Thank you for getting in touch, and sorry for the worry. I've checked with Royal Mail: your parcel was held at the Warrington mail centre after a sorting delay on their side and was scanned again this morning. Royal Mail now expects to deliver it on {d1}.

Tracking number: {trk}
Service: Royal Mail Tracked 48

If it hasn't arrived by the end of {d2}, please reply to this message and we'll send a replacement set by Special Delivery straight away, so you'll have the plates well before the weekend.

Kind regards,""")

    add(slug="us-gmail-usps-grouped-tracking", mk="us", seller="quill", style="gmail", fmt="alt", gmail_border=True,
        topic="delivery", cats=[], confidence=True,
        note="Gmail reply with gmail_quote (blockquote margin/padding only); USPS 22-digit tracking in digit groups, price",
        buyer="Mike", title="Quillfield A5 Dotted Journal, 160 Pages, 100gsm Ivory Paper, Lay-Flat Binding, Sage Green",
        buyer_msg="Hey, the USPS tracking says delivered but there's nothing in my mailbox or on the porch. Can you check?",
        agent="""Hi Mike,

Sorry to hear that. I looked up the shipment: USPS Ground Advantage, tracking number 9400 1118 9922 3345 6712 84, scanned as delivered on {dpast} at 2:47 PM with the note "Delivered, In/At Mailbox".

USPS sometimes marks a parcel as delivered a day early and it turns up the next day, so it's worth checking with neighbours and your mail carrier as well. If it hasn't appeared within 48 hours, just let us know in this thread and we'll ship a new journal at no charge or refund the $18.99 in full, whichever you prefer.

Best,""")

    add(slug="ca-outlook-canadapost-sizing", mk="ca", seller="maple", style="outlook", charset="windows-1252", cte="8bit",
        crlf=True, topic="other", cats=[],
        note="Outlook plain reply (cp1252, 8bit, CRLF) with From/Sent/To/Subject block; Canada Post 16-digit tracking, order-details link",
        buyer="Derek", title="Maple & Bough Men's Insulated Field Jacket, Water-Resistant, Olive, Size L",
        buyer_msg="Hello – I ordered the field jacket in L but I'm between sizes. If it's too big can I swap for an M? Also when will it ship?",
        agent="""Hello Derek,

Thanks for your message. Your jacket left our Mississauga warehouse this morning with Canada Post Expedited Parcel; the tracking number is 7023 2108 4456 9917 and the expected delivery date is {d2}.

On sizing: the L has a 44" chest and fits loosely over a hoodie; the M is 41". If the L turns out too big, you can request an exchange through your Amazon orders page within 30 days:
{amz}/gp/your-account/order-details?orderID={oid}
We'll send the M as soon as the return is scanned.

Kind regards,""")

    add(slug="au-helpscout-return-address", mk="au", seller="wattle", style="helpscout", fmt="alt", topic="return", cats=[],
        note="Help Scout reply with history block; return street address and postcode, AUD refund amount",
        buyer="Chloe", title="Wattle Bay Linen Blend Throw Rug, 130 x 170 cm, Eucalyptus",
        buyer_msg="Hi there, the throw is lovely but the colour is much greener than the photos. Can I return it? What's the address?",
        agent="""Hi Chloe,

Of course – sorry the colour wasn't what you expected. You can return it within 30 days of delivery. Please start the return in your Amazon account so it's linked to order {oid}, then post the throw (unused, with the tag on) to:

Wattle Bay Homewares – Returns
Unit 4, 18 Enterprise Drive
Rowville VIC 3178
Australia

Please keep the Australia Post lodgement receipt. As soon as the parcel is scanned at our warehouse we'll refund the full $89.95, including the original postage.

Warm regards,""")

    add(slug="in-freshdesk-refund-inr", mk="in", seller="saffron", style="freshdesk", fmt="alt", cte="base64",
        topic="damaged", cats=[],
        note="Freshdesk reply (base64 bodies); unconditional refund in INR, Amazon order-details link",
        buyer="Arjun", title="Saffron Loom Handblock Printed Cotton Bedsheet, King Size, with 2 Pillow Covers, Indigo",
        buyer_msg="The bedsheet came with a tear near the border, about 5 cm. Very disappointed. Please refund.",
        agent="""Dear Arjun,

We are very sorry that the bedsheet arrived damaged – that should not have happened. We have issued a full refund of ₹1,849.00 to your original payment method today; depending on your bank it will show in 3–5 working days. You do not need to send the sheet back.

You can see the refund on your order page: {amz}/gp/your-account/order-details?orderID={oid}

Warm regards,""")

    add(slug="us-gorgias-headlamp-firmware", mk="us", seller="summit", style="gorgias", fmt="alt", topic="product",
        notif_oid=False, cats=[],
        note="Gorgias reply to a product question without order id; model numbers, firmware version, battery specs",
        buyer="Kayla", title="Summit Trail TX-220 Rechargeable Headlamp, 1200 Lumens, IPX6, USB-C",
        buyer_msg="Does the TX-220 headlamp have a lockout mode so it doesn't turn on in my pack? And is the battery replaceable?",
        agent="""Hi Kayla,

Good questions! Yes – the TX-220 has a lockout mode: with the lamp off, hold the main button for 4 seconds until the red indicator blinks twice. Do the same to unlock. Units made since March 2024 run firmware 2.1.4, which also adds a low-battery warning at 10%.

The 3,000 mAh 18650 cell is replaceable; the spare battery is model TX-B30. Charging from empty takes about 3.5 hours on a 5V/2A USB-C charger.

Happy trails,""")

    inv = "%05d" % R.randrange(10000, 99999)
    add(slug="uk-apple-vat-invoice-pdf", mk="uk", seller="fern", style="apple", fmt="alt", topic="invoice", cats=[],
        note="Apple Mail reply with blockquote type=cite; VAT invoice attached as PDF, invoice number and amounts",
        buyer="Rosalind", title="Little Fern Merino DK Yarn Bundle, 10 x 50 g Balls, Heather Mix", vals=dict(inv=inv),
        buyer_msg="Hello, could you send me a VAT invoice for this order please? It's for my knitting group's accounts.\nMany thanks",
        atts=[att_pdf("Invoice_LF-2024-%s.pdf" % inv, ["Little Fern Crafts", "VAT invoice LF-2024-%s" % inv,
                                                       "Merino DK Yarn Bundle x1", "Net 35.42 GBP", "VAT 20% 7.08 GBP",
                                                       "Total 42.50 GBP"])],
        agent="""Hello Rosalind,

Of course – your VAT invoice (invoice no. LF-2024-{inv}) is attached as a PDF. The total is £42.50 including £7.08 VAT.

Happy knitting, and thank you for ordering from us.

Best wishes,""")

    add(slug="us-thunderbird-manual-pdf-flowed", mk="us", seller="copper", style="thunderbird", fmt="alt", flowed=True,
        topic="other", cats=[],
        note="Thunderbird reply (format=flowed, moz-cite-prefix); user manual PDF attached, pairing instructions",
        buyer="Brandon", title="Copperline CL-20 Bookshelf Speakers, Bluetooth 5.3, 2 x 40W, Walnut",
        buyer_msg="I lost the manual for the CL-20 speakers. How do I pair a second phone? Only the first one connects.",
        atts=[att_pdf("CL-20_User_Manual_EN.pdf", ["Copperline CL-20 Bookshelf Speakers", "User manual, revision 3",
                                                   "Page 7: Pairing", "Hold the Bluetooth button for 3 seconds.",
                                                   "Up to 8 devices are remembered."])],
        agent="""Hi Brandon,

No problem – I've attached the CL-20 user manual as a PDF (see page 7 for pairing). In short: hold the Bluetooth button on the back of the left speaker for 3 seconds until the LED flashes blue quickly, then select "CL-20" on the second phone. The speakers remember up to 8 devices, but only one can stream at a time.

If pairing still fails, a reset (hold Power + Volume Down for 10 seconds) clears the device list.

Cheers,""")

    add(slug="ca-edesk-replacement-ups", mk="ca", seller="northwind", style="edesk", charset="us-ascii", cte="7bit",
        topic="damaged", cats=[], confidence=True,
        note="eDesk plain reply (us-ascii 7bit) with Original Message block; replacement with UPS 1Z tracking in groups",
        buyer="Priya", title="Northwind Stainless Steel Elevated Dog Bowls, Double, Adjustable Height, Large",
        buyer_msg="One of the two bowls is dented and the stand wobbles. Can you send a new one?",
        agent="""Hi Priya,

Sorry about that - a dented bowl is not the condition it should have arrived in. We've shipped a complete replacement set today with UPS Standard; the tracking number is 1Z 9A7 64E 03 5621 4438. It should reach you by {d2}.

Please keep or recycle the damaged set, no need to send it back.

Regards,""")

    add(slug="uk-outlookhtml-scunthorpe-assessment", mk="uk", seller="oakridge", style="outlook_html", fmt="alt",
        charset="windows-1252", topic="return", cats=[],
        note="Outlook HTML reply (divRplyFwdMsg, no style block); trigger substrings Scunthorpe, Essex, first-class, analysis, assessment; return address",
        buyer="Darren", title="Oakridge 11-Speed Cassette 11-34T, Shimano HG Compatible",
        buyer_msg="The cassette skips on the 3rd and 4th cogs even after indexing. I think it's faulty. I live in Essex, where do I send it?",
        agent="""Hello Darren,

Thanks for the detailed description. Skipping on two adjacent cogs after indexing usually points to a worn chain, but we'd rather check the cassette ourselves. Please send it to our workshop for an assessment:

Oakridge Cycle Parts – Warranty
Unit 7, Normanby Enterprise Park
Scunthorpe
DN15 9YD

First-class post is fine; we'll refund the postage. After the analysis (usually within 3 working days of arrival) we'll either send a new cassette or refund the full £54.99 if it's a manufacturing fault. If it turns out to be the chain, we'll let you know and return the cassette at our cost.

When you start the return in your Amazon account, choose "Defective" as the reason so it's logged against your order.

Kind regards,""")

    add(slug="us-helpscout-review-request-in-reply-pairA1", mk="us", seller="lumina", style="helpscout", fmt="alt",
        topic="damaged", pair=("A", 1), cats=[],
        note="repeat pair A, first: one neutral review request inside a support reply, Amazon review link (compliant)",
        buyer="Jennifer", title="Lumina LED Desk Lamp with Wireless Charger, 5 Colour Modes, Touch Dimmer, Matte Black",
        buyer_msg="The wireless charging pad on the lamp base doesn't charge my iPhone 13 at all. The lamp itself works.",
        agent="""Hi Jennifer,

Thanks for letting us know. The charging pad needs the 18W adapter that came in the box – with a lower-powered USB adapter the lamp switches the pad off to protect itself. If you're already using that adapter, try removing any phone case thicker than 5 mm.

If it still doesn't charge after that, reply here and we'll send you a replacement base right away.

Once everything's working, and if you have a moment, we'd appreciate a review of the lamp on Amazon. Your honest opinion helps other shoppers: {amz}/review/create-review?asin={asin}

Best regards,""")

    add(slug="ca-proactive-review-request-pairB1", mk="ca", seller="maple", proactive=True, cte="8bit", pair=("B", 1),
        cats=[], subject="Your order {oid} – how is your base layer?",
        note="repeat pair B, first: proactive neutral review request with order id in subject and body (compliant)",
        buyer="Sandra", title="Maple & Bough Women's Merino Base Layer Crew, Midweight, Charcoal, Size M",
        agent="""Hello Sandra,

Your Maple & Bough merino base layer (order {oid}) was delivered last week. If you have a moment, we would appreciate it if you could share your experience in a product review on Amazon – whatever your impression, every review helps other shoppers choose the right layer.

You can leave a review here: {amz}/review/create-review?asin={asin}

Thank you,""")

    add(slug="us-gorgias-refund-after-1star-threat", mk="us", seller="summit", style="gorgias", topic="damaged", cats=[],
        note="unconditional refund after the buyer threatens a 1-star review in the quoted message; no review wording by agent",
        buyer="Greg", title="Summit Trail Ultralight Trekking Poles, Carbon Fiber, Collapsible, Pair",
        buyer_msg="One pole snapped at the lower joint on my second hike. This is ridiculous for $79. Refund me or I'm leaving a 1-star review.",
        agent="""Hi Greg,

I'm sorry the pole failed – that's not acceptable on the second outing, and I'm glad you weren't hurt. I've refunded the full $79.00 to your original payment method; you'll get an Amazon confirmation shortly. There's no need to return the poles – please dispose of the broken one safely.

If you can spare a minute, a photo of the break (attached to a reply here) would help our QA team check the batch, but it's entirely optional and doesn't affect the refund.

Regards,""")

    add(slug="uk-zendesk-feedback-can-be-updated", mk="uk", seller="brightwell", style="zendesk", fmt="alt",
        topic="damaged", cats=[], amazon_optout=True,
        note="after a replacement, neutral sentence that feedback can be updated, entirely up to the buyer; DPD tracking; Amazon's own opt-out sentence in the quote",
        buyer="Alan", title="Brightwell Cast Iron Casserole Dish, 4.7 L, Enamelled, Navy",
        buyer_msg="The lid was chipped on arrival. I've left feedback about it already. Not impressed.",
        agent="""Dear Alan,

I'm sorry the lid arrived chipped, and thank you for the photos. A new lid was dispatched today by DPD (tracking number 1550 7391 2284 06) and is due on {d1}. Please keep the chipped one – no need to send it back.

Now that we have put this right, and only if you feel it's appropriate, it is possible to update the feedback you left for this order. That's entirely up to you and has no effect on the replacement.

Kind regards,""")

    add(slug="au-gmail-important-freight-booking", mk="au", seller="redgum", style="gmail", fmt="alt", topic="delivery",
        cats=[], subject="Re: [Important] Delivery booking for your fire pit table, order {oid}",
        note="[Important] correctly used on a reply that schedules delivery of a 42 kg item; time windows",
        buyer="Tom", title="Redgum Outdoor Steel Fire Pit Table, 110 cm, with Cover",
        buyer_msg="When will the fire pit table arrive? I work weekdays.",
        agent="""Hi Tom,

The fire pit table weighs 42 kg, so it travels with our two-person freight partner, who needs a booked delivery window. They can deliver in your area on {d2} or {d3}, either 7 am–12 pm or 12–5 pm. Please reply with the day and window that suits you, and whether someone can be home to sign.

If neither day works, tell us and we'll ask for a Saturday slot.

Cheers,""")

    add(slug="us-gt-declines-whatsapp-phone", mk="us", seller="copper", style="gt", charset="us-ascii", cte="7bit",
        topic="damaged", cats=[], no_irt=True,
        note="agent declines to move to phone/WhatsApp as the quoted buyer asked (Re: subject only, no In-Reply-To); firmware version",
        buyer="Luis", title="Copperline CL-40 Wireless Over-Ear Headphones, ANC, 40h Battery, Black",
        buyer_msg="Left earcup crackles at higher volume. Can you just call me or WhatsApp me so we can sort it faster?",
        agent="""Hi Luis,

Thanks for reaching out, and sorry about the crackling. We're not able to move the conversation to phone or WhatsApp, but we can sort this out quickly right here in Amazon messages.

Could you tell us whether the crackle also happens over the 3.5 mm cable, or only over Bluetooth? If it's on both, it's the driver, and we'll send a replacement pair straight away. If it's Bluetooth only, updating to firmware 1.8.2 in the Copperline app usually fixes it.

Best,""")

    add(slug="in-osticket-whatsapp-skype-feature", mk="in", seller="voltkart", style="osticket", cte="8bit",
        topic="product", notif_oid=False, cats=[],
        note="osTicket reply; WhatsApp, Skype, Telegram named as smartwatch notification features, INR price",
        buyer="Sneha", title='Voltkart Pulse S2 Smartwatch, 1.43" AMOLED, Bluetooth Calling, SpO2, Black',
        buyer_msg="Will this watch show WhatsApp and Skype message notifications? And can I reply from the watch?",
        agent="""Dear Sneha,

Thank you for your question. Yes, the Pulse S2 shows notifications from WhatsApp, Skype, Telegram, Gmail and SMS once you enable them in the Voltkart Fit app under Notifications > App alerts. On Android you can send quick replies (five preset texts) to WhatsApp and SMS; on iPhone, replies are not supported because of iOS restrictions.

The watch is priced at ₹3,499 and comes with a 1-year warranty.

Regards,""")

    add(slug="uk-apple-five-attachments", mk="uk", seller="fern", style="apple", fmt="alt", topic="other", cats=[],
        note="exactly five attachments (2 PDF, 2 JPEG, 1 PNG) answering a pattern question",
        buyer="Maureen", title="Little Fern Beginner Crochet Kit, Amigurumi Fox, with Hooks and Yarn",
        buyer_msg="I'm stuck on round 6 of the fox head – the stitch count doesn't add up. Can you help?",
        atts=[att_pdf("Fox_pattern_corrected_v2.pdf", ["Amigurumi Fox - corrected pattern", "Round 6: (2 sc, inc) x 6 = 24 sts"]),
              att_pdf("Stitch_guide.pdf", ["Little Fern stitch guide", "sc = single crochet", "inc = 2 sc in one stitch"]),
              att_jpg("round6_front.jpg", "r6f"), att_jpg("round6_side.jpg", "r6s", 3, 3),
              att_png("stitch_count_rounds_1-12.png", "scc", 32, 20)],
        agent="""Hello Maureen,

You're not the first to get stuck there – round 6 in the printed pattern has a typo. It should read "(2 sc, inc) x 6 = 24 sts", not 30. I've attached:

- the corrected pattern (PDF)
- our stitch guide (PDF)
- two photos of round 6 from the front and side (JPEG)
- a stitch-count chart for rounds 1 to 12 (PNG)

Hope the fox comes together nicely!

Best wishes,""")

    add(slug="us-gmail-cid-logo-spacer-coupon-title", mk="us", seller="quill", style="gmail", fmt="alt", topic="return",
        cats=[],
        related=[dict(name="logo.png", ctype="image/png", data=make_png(40, 12, random.Random("qlogo")), cid="logo.png@01DA7C3E.5B2F9A10"),
                 dict(name="spacer.gif", ctype="image/gif", data=make_gif(1, 1, [[0]], transparent=True), cid="spacer.gif@01DA7C3E.5B2F9A10")],
        html_body='{AGENT_HTML}\n{SIG_HTML}\n<p><img src="cid:logo.png@01DA7C3E.5B2F9A10" alt="Quillfield Paper" width="120" height="36"><img src="cid:spacer.gif@01DA7C3E.5B2F9A10" width="1" height="1" alt=""></p>',
        note="unlinked inline cid: logo and 1x1 inline spacer GIF (multipart/related); 'Coupon' in the quoted product title",
        buyer="Tasha", title="Quillfield Coupon & Receipt Organizer Wallet, 13 Pockets, Expandable, Blush",
        buyer_msg="The zipper on the organizer wallet came off after two days. Can I get an exchange?",
        agent="""Hi Tasha,

Sorry the zipper gave out so quickly. We've sent you a replacement organizer wallet at no cost; it ships today with USPS and should arrive in 3–5 business days. Please start a return in your Amazon account for the faulty one – Amazon will email you a prepaid label, and the return won't cost you anything.

Best,""")

    add(slug="ca-freshdesk-two-blank-lines-two-sizes", mk="ca", seller="northwind", style="freshdesk", fmt="alt",
        topic="other", cats=[],
        html_body='<div style="font-size:14px">\n{AGENT_HTML}\n</div>\n<div style="font-size:12px">\n{SIG_HTML}\n</div>',
        note="exactly two blank lines in a row in the text part, two font sizes in HTML; lot number and best-before date",
        buyer="Heather", title="Northwind Grain-Free Salmon Cat Treats, 3 x 85 g",
        buyer_msg="Are these treats okay for a kitten of 4 months? Best before date on the pack is smudged.",
        agent="""Hi Heather,

Yes, the salmon treats are suitable from 12 weeks; for a 4-month-old kitten we suggest no more than 6 treats a day.

The best-before date for your batch (lot NW-2407-118) is 14/03/2025.


All the best,""")

    add(slug="au-zendesk-returns-centre-help-links", mk="au", seller="wattle", style="zendesk", topic="return", cats=[],
        note="Amazon Returns Centre and help-page links (allowed Amazon pages) in the agent text",
        buyer="Mitchell", title="Wattle Bay Bamboo Bath Towel Set, 6 Piece, Charcoal",
        buyer_msg="How do I return the towels? I ordered the wrong colour. Haven't opened them.",
        agent="""Hi Mitchell,

No worries at all. Since the towels are unopened, you can return them through Amazon's Returns Centre within 30 days of delivery:
{amz}/gp/css/returns/homepage.html?orderId={oid}

Amazon's policy for change-of-mind returns is explained here:
{amz}/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7

Once the refund is processed you can reorder in the colour you want.

Cheers,""")

    add(slug="us-helpscout-docx-and-txt", mk="us", seller="lumina", style="helpscout", fmt="alt", topic="other", cats=[],
        atts=[dict(name="LD-480_assembly_notes_revC.docx",
                   ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   data=make_docx(["LD-480 assembly notes, revision C", "Step 1: legs to crossbar with 4 x M8 x 16",
                                   "Step 2: control box with 4 x M6 x 12"])),
              dict(name="parts_checklist.txt", ctype="text/plain",
                   data=b"LD-480 rev C parts checklist\r\n4 x M8 x 16 bolts\r\n4 x M6 x 12 bolts\r\n1 x control box\r\n2 x legs\r\n1 x crossbar\r\n")],
        note="DOCX and TXT attachments (allowed types) with assembly notes; model numbers, bolt sizes",
        buyer="Victor", title="Lumina Standing Desk Frame, Dual Motor, 3-Stage Legs, 48-80 in, White",
        buyer_msg="The assembly sheet shows the crossbar with 6 bolts but I only got 4 M6 bolts and 4 M8. Which go where?",
        agent="""Hi Victor,

The sheet in some boxes shows an older crossbar. For your frame (model LD-480, revision C):

- the 4 M8 x 16 bolts fix the legs to the crossbar
- the 4 M6 x 12 bolts fix the control box and the motor cable clips

I've attached the updated assembly notes as a Word document and a plain-text checklist of the parts. If anything is missing after you compare, tell us which part and we'll ship it right away.

Best regards,""")

    add(slug="uk-outlook-return-label-octet-stream", mk="uk", seller="oakridge", style="outlook", charset="windows-1252",
        topic="return", cats=[],
        atts=[att_pdf("Return_label_OCP.pdf", ["Royal Mail Tracked Returns", "Oakridge Cycle Parts", "Unit 7 Normanby Enterprise Park",
                                                "Scunthorpe DN15 9YD"], ctype="application/octet-stream")],
        note="return label PDF sent as application/octet-stream; Royal Mail tracking number",
        buyer="Stuart", title="Oakridge Tubeless Tyre Sealant, 500 ml, with Injector",
        buyer_msg="I ordered two bottles but received one. Also the one I got is leaking. Can I send it back?",
        agent="""Hello Stuart,

Apologies for both problems. We've dispatched the missing bottle plus a replacement for the leaking one today with Royal Mail Tracked 24, tracking number ZY038152746GB.

Please bag the leaking bottle well and send it back with the attached prepaid return label (PDF) – just print it and drop the parcel at any Post Office. There's nothing to pay.

Kind regards,""")

    add(slug="us-gt-qp-softbreak-uppercase-to", mk="us", seller="summit", style="gt", to_upper=True, old_inbox=True,
        confidence=True, topic="delivery", cats=[],
        note="relay address upper case in To:, QP soft breaks inside long Amazon URLs, old communication-manager inbox link; FedEx 12-digit tracking",
        buyer="Amanda", title="Summit Trail 2-Person Backpacking Tent, 3-Season, Freestanding, 4.1 lb",
        buyer_msg="Hi, I need the tent by Friday for a trip. It says arriving next Tuesday. Any way to get it sooner?",
        agent="""Hi Amanda,

I checked and your tent is already with FedEx Home Delivery, tracking number 7731 4892 0615. Unfortunately we can't reroute it once it's in transit, and FedEx estimates {d2} at the moment.

If the tent doesn't arrive in time for your trip, you can still return it unused for a full refund from your orders page: {amz}/gp/your-account/order-details/ref=ppx_yo_dt_b_order_details_o00?ie=UTF8&orderID={oid}

Sorry we can't do more on the timing, and have a great trip.

Best,""")

    add(slug="ca-gt-partial-refund-latin1", mk="ca", seller="maple", style="gt", fmt="alt", charset="iso-8859-1",
        topic="damaged", cats=[],
        note="15% partial refund to resolve a scuff, not tied to any review (iso-8859-1)",
        buyer="Kevin", title="Maple & Bough Canvas Duffel Bag, 60 L, Waxed, Tan",
        buyer_msg="The bag arrived with a scuff mark on the side. Not a huge deal but for $129 I expected better.",
        agent="""Hi Kevin,

Thank you for letting us know, and sorry about the scuff. If you'd like to keep the bag, we can refund 15% of the price (CAD $19.35) right away; a little leather balm usually takes the mark out of waxed canvas. If you'd rather have a new one, start a return in your orders and we'll ship a replacement as soon as it's scanned.

Just let us know which option you prefer.

Kind regards,""")

    add(slug="in-freshdesk-delhivery-classic", mk="in", seller="saffron", style="freshdesk", topic="delivery", cats=[],
        note="Delhivery AWB in digit groups, 'classic' and 'first-class' as ordinary words, INR context",
        buyer="Meera", title="Saffron Loom Classic Cotton Saree, Kanchipuram Border, Mustard with Maroon",
        buyer_msg="When will my saree be delivered? Need it for a function on Sunday. Also is the blouse piece included?",
        agent="""Dear Meera,

Your saree was shipped yesterday with Delhivery. The tracking number (AWB) is 1490 8823 4571 62 and the expected delivery date is {d1}, well before Sunday.

Yes, the blouse piece (0.8 m, unstitched) is included; it's folded inside the saree. This classic weave is first-class cotton from our Kanchipuram weavers, so we recommend a gentle hand wash or dry clean for the first wash.

Warm regards,""")

    # ---------------- English violations
    add(slug="uk-zendesk-signature-www-phone", mk="uk", seller="brightwell", style="zendesk", topic="delivery",
        cats=["external_link", "contact_phone"],
        sig="Priya Shah\nBrightwell Home Customer Care\nwww.brightwell-home.co.uk | Tel. 07700 900283\nMon–Fri 9am–5pm",
        note="signature with bare www domain and UK mobile number under a compliant Zendesk reply",
        buyer="Karen", title="Brightwell Glass Storage Jars with Bamboo Lids, Set of 4, 1 L",
        buyer_msg="Hi, how long does delivery usually take to Northern Ireland? My order still says dispatching.",
        agent="""Hi Karen,

Thanks for your patience. Orders to Northern Ireland go out with Parcelforce and normally take 2–3 working days after dispatch. Yours is packed and will be collected this afternoon, so it should be with you by {d2}.

Kind regards,""")

    add(slug="us-outlookhtml-calibri-quoted-agent-email", mk="us", seller="lumina", style="outlook_html", fmt="alt",
        charset="windows-1252", topic="return", cats=["contact_email", "styling"],
        history=[dict(who="Lumina Desk Co. Support", addr="", after=95,
                      text="Hi Patricia,\n\nSorry the arm sags under your monitor. Could you send a photo of the tension screw and the label on the arm to returns@luminadesk.com? Then we'll know which spring version you have.\n\nRachel")],
        html_head='<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                  '<style><!--\n@font-face {font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n--></style>\n',
        body_attr=' lang="EN-US" link="#0563C1" vlink="#954F72"',
        html_body='<div class="WordSection1" style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{AGENT_HTML}\n{SIG_HTML}\n</div>',
        note="Outlook HTML with Calibri/link-colour style block; an earlier agent reply in the quoted history gives an e-mail address",
        buyer="Patricia", title="Lumina Ergonomic Monitor Arm, Single, Gas Spring, VESA 75/100",
        buyer_msg="My 27 inch monitor keeps sinking. I tightened the screw but it still drops.",
        agent="""Hi Patricia,

Thank you for the photos. Your arm has the light spring (rated 2–6 kg) and your monitor is 6.8 kg, so it can't hold it. We're sending the heavy-duty version (LMA-H, 4–9 kg) today free of charge; UPS tracking number 1Z 4F8 W22 03 9173 6650.

Once it arrives, please return the old arm using the label Amazon emails you.

Best regards,""")

    add(slug="ca-freshdesk-whatsapp-fullwidth-number", mk="ca", seller="northwind", style="freshdesk", fmt="alt",
        topic="damaged", cats=["contact_other", "contact_phone"],
        note="obfuscated (full-width digits): WhatsApp contact with a phone number written in full-width characters",
        buyer="Brent", title="Northwind Automatic Pet Feeder, 4 L, Programmable, Dual Power",
        buyer_msg="The feeder dispenses twice at 7am instead of once. I've reset it twice.",
        agent="""Hi Brent,

Sorry for the trouble. A double feed at the same time usually means two meal slots were saved with the same time. Please hold the Meal button for 5 seconds to clear all slots and set the schedule again.

If it still happens, it's quicker to sort out over video: send us a short clip on WhatsApp at ＋１ ４１６ ５５５ ０１３４ and our technician will walk you through it.

Thanks,""")

    asin2 = "B0" + "".join(R.choice(UPPER) for _ in range(8))
    add(slug="us-gorgias-dp-crosssell-entity-href", mk="us", seller="summit", style="gorgias", fmt="alt", topic="other",
        cats=["external_link", "marketing"], vals=dict(asin2=asin2),
        html_body='<p>Hi Jared,</p>\n<p>The stainless body is top-rack dishwasher safe, but the powder coat lasts much longer if you hand wash it &ndash; we&#39;d recommend that.</p>\n'
                  '<p>By the way, if you like the bottle you&#39;ll love <a href="h&#116;tps&#58;//www&#46;amazon&#46;com/dp/{asin2}">our new insulated camp mug</a> &ndash; it&#39;s 20% off this week.</p>\n<p>Cheers,</p>\n{SIG_HTML}',
        note="obfuscated (HTML entities in href): cross-sell of another product via Amazon /dp/ link",
        buyer="Jared", title="Summit Trail Insulated Water Bottle, 32 oz, Stainless Steel, Slate",
        buyer_msg="Is the bottle dishwasher safe? The paint seems like it might peel.",
        agent="""Hi Jared,

The stainless body is top-rack dishwasher safe, but the powder coat lasts much longer if you hand wash it – we'd recommend that.

By the way, if you like the bottle you'll love our new insulated camp mug – it's 20% off this week: https://www.amazon.com/dp/{asin2}

Cheers,""")

    add(slug="au-proactive-review-amzn-to", mk="au", seller="wattle", proactive=True, cte="7bit",
        subject="Order {oid}: a quick favour?", cats=["external_link"],
        note="neutral proactive review request but the link is an amzn.to short link (rejected, so not in the ledger)",
        buyer="Jess", title="Wattle Bay Linen Cushion Covers, 45 x 45 cm, Set of 2, Sand",
        agent="""Hi Jess,

Your Wattle Bay linen cushion covers (order {oid}) should have arrived by now. If you have a minute, we'd appreciate a review on Amazon - it helps other shoppers and a small team like ours.

Here's a direct link: https://amzn.to/3Kq8ZtW

Thanks,""")

    add(slug="uk-gt-base64-postage-refund-for-review", mk="uk", seller="oakridge", style="gt", cte="base64",
        topic="other", cats=["review_incentive"],
        note="refund of the postage offered once the buyer's review is live (base64 body)",
        buyer="Neil", title='Oakridge Alloy Flat Pedals, 9/16", Sealed Bearings, Black',
        buyer_msg="Pedals arrived fine, thanks. Quick one – are the pins replaceable?",
        agent="""Hi Neil,

Glad they arrived safely. Yes, the pins are replaceable – they're M4 grub screws, 10 per pedal, and a 2 mm hex key removes them. Spare sets are easy to find at any bike shop.

One more thing: once you've had a few rides, we'd be grateful for a review on Amazon. As a thank-you, drop us a message when your review is up and we'll refund the £4.95 postage on this order.

Cheers,""")

    add(slug="us-proactive-5star-gating", mk="us", seller="quill", proactive=True, fmt="alt",
        subject="About your Quillfield order {oid}", cats=["review_manipulation"],
        note="proactive review request asking for 5 stars and diverting unhappy buyers to contact the seller first (gating)",
        buyer="Olivia", title="Quillfield Dotted Journal Twin Pack",
        agent="""Hi Olivia,

We hope your dotted journals arrived safely (order {oid}).

If you're enjoying them, a 5-star review would honestly make our week! And if anything isn't perfect, please reply to this message first instead of leaving a review – we'll make it right.

Warmly,""")

    add(slug="in-freshdesk-remove-feedback-free-cover", mk="in", seller="saffron", style="freshdesk", topic="damaged",
        cats=["review_incentive", "feedback_removal"],
        note="presses the buyer to remove 2-star feedback and promises a free cushion cover once it is gone",
        buyer="Vikram", title="Saffron Loom Jaipuri Cotton Cushion Covers, 16 x 16 in, Set of 5",
        buyer_msg="Received replacement. Colours are fine this time. But the first set was terrible, so I gave 2 stars.",
        agent="""Dear Vikram,

Thank you for confirming that the replacement set has arrived and the colours are right this time.

We request you to kindly remove the 2-star feedback from your Amazon account today, as it is badly affecting our seller rating. Once it is removed, we will courier you a free matching cushion cover as a token of thanks.

Regards,""")

    add(slug="uk-apple-change-feedback-to-positive", mk="uk", seller="fern", style="apple", fmt="alt", topic="delivery",
        cats=["review_manipulation", "feedback_removal"],
        note="asks the buyer to change negative feedback to positive",
        buyer="Denise", title="Little Fern Chunky Knit Blanket Kit, Cream, with 12 mm Needles",
        buyer_msg="The yarn finally came, two weeks late. I left negative feedback because nobody answered my first message.",
        agent="""Hello Denise,

I'm so sorry about the delay, and that your first message slipped through – that's on us.

Now that the yarn has arrived, would you be kind enough to change your feedback to a positive one? Negative feedback really hurts a small shop like ours, and we'd be so grateful.

Best wishes,""")

    add(slug="us-proactive-review-reminder-pairA2", mk="us", seller="lumina", proactive=True, pair=("A", 2),
        subject="Following up on your Lumina desk lamp – order {oid}", cats=["repeat_request"],
        note="repeat pair A, second: proactive review reminder for an order that already had a review request",
        buyer="Jennifer", title="Lumina LED Desk Lamp with Wireless Charger, 5 Colour Modes, Touch Dimmer, Matte Black",
        agent="""Hi Jennifer,

Just a quick follow-up on your order {oid}. We hope the lamp and the charging pad are working well now.

If you haven't had a chance yet, we'd love to hear what you think in a review on Amazon: {amz}/review/create-review?asin={asin}

Thanks again,""")

    add(slug="ca-edesk-review-again-in-reply-pairB2", mk="ca", seller="maple", style="edesk", cte="8bit", pair=("B", 2),
        topic="other", cats=["repeat_request"],
        note="repeat pair B, second: care-question reply that asks again for a review of the same order",
        buyer="Sandra", title="Maple & Bough Women's Merino Base Layer Crew, Midweight, Charcoal, Size M",
        buyer_msg="Hi, can the merino base layer go in the dryer? The label is hard to read.",
        agent="""Hello Sandra,

Please don't tumble dry it – merino can shrink in the heat. Machine wash cold on a wool or delicate cycle and lay it flat to dry; it will be dry in a few hours.

Also, if you haven't already, we'd really appreciate a review of the base layer on Amazon: {amz}/review/create-review?asin={asin}

Kind regards,""")

    add(slug="uk-proactive-coupon-autumn-pixel", mk="uk", seller="brightwell", proactive=True, fmt="alt",
        subject="Thanks for shopping with Brightwell – order {oid}", cats=["marketing", "tracking_pixel"],
        html_end='<img src="https://open.sendwave-mail.net/o/{rlocal}/a7c19e.gif" width="1" height="1" alt="" border="0">\n',
        note="proactive promotion of a new collection with a discount code, plus a 1x1 open-tracking pixel carrying the recipient id",
        buyer="Sophie", title="Brightwell Stoneware Bowls",
        agent="""Hi Sophie,

Thank you for shopping with us (order {oid}).

Our new autumn collection of glazed mugs and serving platters has just landed, and as a returning customer you can take 15% off your next order with the code AUTUMN15.

See you soon,""")

    add(slug="us-proactive-newsletter-unsubscribe", mk="us", seller="copper", proactive=True, fmt="alt",
        subject="New from Copperline: the CL-60 is here", cats=["external_link", "marketing", "opt_out", "missing_order_id"],
        extra_headers=["List-Unsubscribe: <https://news.copperline-audio.com/u/{rlocal}>, <mailto:unsubscribe@copperline-audio.com>",
                       "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
        sig="The Copperline Audio team", mailer_override="Mailmojo Campaigns 4.2",
        note="newsletter sent to a relay address: product launch with code, shop link, unsubscribe link in body and List-Unsubscribe header, no order id",
        buyer="Ryan", title="n/a",
        agent="""Hi Ryan,

The wait is over: our new CL-60 studio headphones are here, with planar drivers and 50 hours of battery life. As a Copperline customer you get early access and 20% off with code EARLY20 until Sunday.

Shop the launch: https://www.copperline-audio.com/cl60?utm_source=newsletter&utm_medium=email

You're receiving this email because you bought from Copperline Audio. Unsubscribe: https://news.copperline-audio.com/u/{rlocal}""")

    add(slug="au-helpscout-open-pixel-reply", mk="au", seller="redgum", style="helpscout", fmt="alt", topic="delivery",
        cats=["tracking_pixel"],
        html_end='<img src="https://track.redgum-mail.com.au/open.gif?r={rlocal}&amp;m=7731" width="1" height="1" style="border:0" alt="">\n',
        note="otherwise compliant reply whose HTML ends with a 1x1 open-tracking beacon carrying the recipient id",
        buyer="Bianca", title="Redgum Outdoor Camp Kitchen Table with Sink, Folding, Aluminium",
        buyer_msg="Has my camp kitchen shipped? It's been 4 days.",
        agent="""Hi Bianca,

Yes – it shipped yesterday with StarTrack, tracking number FXZ0038472615, and the expected delivery date is {d2}.

Cheers,""")

    add(slug="us-thunderbird-zip-of-photos", mk="us", seller="copper", style="thunderbird", fmt="alt", topic="damaged",
        cats=["attachment"],
        atts=[dict(name="CL-10_wiring_photos.zip", ctype="application/zip",
                   data=make_zip([("step1_swap_cables.jpg", make_jpeg(3, 2, random.Random("z1"))),
                                  ("step2_check_output.jpg", make_jpeg(3, 2, random.Random("z2"))),
                                  ("step3_result.jpg", make_jpeg(2, 2, random.Random("z3")))]))],
        note="ZIP archive attachment (of JPEG photos)",
        buyer="Ethan", title="Copperline CL-10 Desktop Amplifier, 2 x 50W, Class D, Silver",
        buyer_msg="The amp's right channel cuts out randomly. How do I check if it's the amp or my speakers?",
        agent="""Hi Ethan,

Swap the speaker cables left/right at the amp: if the cut-outs move to the other speaker, it's the amp. I've put photos of the wiring steps into the attached zip file.

If it's the amp, we'll replace it right away.

Cheers,""")

    add(slug="uk-outlook-pdf-that-is-exe", mk="uk", seller="oakridge", style="outlook", charset="windows-1252", crlf=True,
        topic="invoice", cats=["attachment"],
        atts=[dict(name="Invoice_OCP-24-1187.pdf", ctype="application/pdf", data=make_pe())],
        note="attachment named and typed as PDF invoice is really a Windows PE executable",
        buyer="Graham", title="Oakridge Chain Checker Tool, 0.5/0.75/1.0 Wear Indicator",
        buyer_msg="Could I have an invoice for my records please?",
        agent="""Hello Graham,

Of course, please find your invoice attached.

Kind regards,""")

    add(slug="ca-gmail-emoji-centred", mk="ca", seller="maple", style="gmail", fmt="alt", html_cte="base64",
        topic="delivery", cats=["styling"],
        html_body='<div style="text-align:center">\n{AGENT_HTML}\n{SIG_HTML}\n</div>',
        note="emoji in text and HTML, centred HTML body; Canada Post tracking",
        buyer="Amir", title="Maple & Bough Kids' Rain Jacket, Packable, Yellow, Size 6",
        buyer_msg="Will the jacket arrive before Friday? Going camping.",
        agent="""Hi Amir! 🎉

Great news – your jacket is out for delivery today with Canada Post, tracking number 7023 2108 9915 3306. It will definitely be there before Friday! 🏕️

Have a wonderful camping trip! 😊""")

    add(slug="us-gorgias-insults-buyer", mk="us", seller="summit", style="gorgias", topic="damaged", cats=["offensive"],
        sig="Marcus\nSummit Trail Gear",
        note="agent insults the buyer and accuses them of scamming",
        buyer="Derek", title="Summit Trail Waterproof Hiking Boots, Men's 10.5, Brown",
        buyer_msg="The boots leaked on the first walk in light rain. Waterproof my foot. I want a refund and a prepaid label.",
        agent="""Derek,

We've sold thousands of these boots and nobody else wades through a river and then whines about wet socks. Frankly your message is pathetic, and it's obvious you're trying to scam a free pair out of us.

Return them through Amazon if you must. Don't expect us to pay for the label, and don't bother writing to us again with this nonsense.""")

    add(slug="uk-proactive-important-on-review-request", mk="uk", seller="fern", proactive=True,
        subject="[Important] Your order {oid} – would you share a review?", cats=["important_tag"],
        note="[Important] tag on a neutral review request (not needed to complete the order)",
        buyer="Lorraine", title="Little Fern Bamboo Embroidery Hoop Set, 6 Sizes",
        agent="""Hello Lorraine,

We hope your embroidery hoop set (order {oid}) arrived safely and that you're enjoying it.

If you have a moment, we'd appreciate your honest review on Amazon – it really helps other crafters decide: {amz}/review/create-review?asin={asin}

Best wishes,""")

    add(slug="us-proactive-here-to-help-no-order", mk="us", seller="quill", proactive=True, fmt="alt",
        subject="Checking in on your Quillfield planner", cats=["missing_order_id", "unpermitted_proactive"],
        note="proactive 'we are here to help' message with no order id",
        buyer="Marcus", title="n/a",
        agent="""Hi Marcus,

Just a note to say we're here for you! If you have any questions about your new weekly planner, or if anything isn't quite right, simply reply to this message and our team will be happy to help.

Have a great week,""")

    add(slug="uk-zendesk-buyer-phone-in-quote", mk="uk", seller="brightwell", style="zendesk", topic="delivery",
        cats=["contact_phone"],
        note="buyer's own phone number inside the quoted Amazon notification; agent text compliant",
        buyer="Colin", title="Brightwell Oak Bread Bin with Chopping Board Lid, Large",
        buyer_msg="Please ask the courier to ring me on 07700 900417 when they're outside – the buzzer on our building is broken. Flat 3.",
        agent="""Hi Colin,

Thanks for letting us know. We've added a delivery note to your parcel: "Buzzer broken – please knock at Flat 3 or leave with the concierge." DPD will also send you a one-hour delivery window on the morning of delivery, {d1}.

Kind regards,""")

    add(slug="au-proactive-out-of-stock", mk="au", seller="redgum", proactive=True, cte="8bit",
        subject="Order {oid} – stock update", cats=["unpermitted_proactive"],
        note="proactive out-of-stock notice (Amazon wants the order cancelled instead)",
        buyer="Kylie", title="Redgum 20 L Water Carrier",
        agent="""Hi Kylie,

We're sorry to let you know that the Redgum 20 L water carrier in your order {oid} is currently out of stock. Our next shipment is due at the end of the month, and we'll dispatch your order as soon as it arrives.

Thank you for your patience,""")

    add(slug="us-gt-email-at-dot", mk="us", seller="copper", style="gt", charset="us-ascii", cte="7bit", topic="damaged",
        cats=["contact_email"],
        note="obfuscated ((at)/(dot)): e-mail address written as help (at) copperline-audio (dot) com",
        buyer="Hannah", title="Copperline CL-5 True Wireless Earbuds, ANC, Charcoal",
        buyer_msg="The left earbud won't charge in the case. Tried cleaning the contacts.",
        agent="""Hi Hannah,

Sorry about that. Please try a reset: put both buds in the case and hold the case button for 15 seconds until the light flashes red three times.

If the left bud still won't charge, send a short video of the case light to help (at) copperline-audio (dot) com and we'll ship a replacement case.

Thanks,""")

    add(slug="uk-outlookhtml-zero-width-domain-sig", mk="uk", seller="oakridge", style="outlook_html", fmt="alt",
        topic="product", notif_oid=False, cats=["external_link"],
        sig="Tom Hadley\nOakridge Cycle Parts\nwww.oakridge\u200bcycles\u200b.co.uk",
        note="obfuscated (zero-width spaces): bare www domain in the signature split by U+200B",
        buyer="Ian", title="Oakridge Hydraulic Disc Brake Pads, Resin, Shimano B01S Compatible, 2 Pairs",
        buyer_msg="Do these pads fit Shimano MT200 brakes?",
        agent="""Hello Ian,

Yes, the MT200 uses the B01S pad shape, so these fit. Bed them in with 20 or so firm stops from moderate speed before your first long descent.

Kind regards,""")


def specs_de():
    # ---------------- compliant German replies
    add(slug="de-zammad-dhl-sendungsnummer", mk="de", seller="hofholz", style="zammad", charset="iso-8859-15",
        ticket="[Ticket#31842]", topic="delivery", cats=[],
        note="Zammad reply ([Ticket#] before AW:), iso-8859-15 QP; DHL Paket 20-digit Sendungsnummer in groups",
        buyer="Jonas", title="Hof & Holz Schneidebrett aus Eiche, 40 x 25 cm, mit Saftrille",
        buyer_msg="Hallo, wann wird mein Schneidebrett verschickt? Laut Amazon sollte es schon unterwegs sein.",
        agent="""Hallo Jonas,

vielen Dank für Ihre Nachricht. Ihr Schneidebrett wurde heute Vormittag an DHL übergeben. Die Sendungsnummer lautet 0034 0434 1618 2741 5093, die Zustellung ist für den {d1} geplant.

Das Brett ist mit Leinöl behandelt; bitte nicht in die Spülmaschine geben.""")

    add(slug="de-outlook-ruecksendung-adresse", mk="de", seller="spreewerk", style="outlook", charset="windows-1252",
        cte="8bit", crlf=True, topic="return", cats=[],
        note="Outlook plain reply (Von:/Gesendet:/An:/Betreff:, cp1252 8bit CRLF); return address with postcode, EUR amount",
        buyer="Sabine", title="Spreewerk Akku-Bohrschrauber 18 V, 2 Akkus 2,0 Ah, Schnellladegerät, Koffer",
        buyer_msg="Guten Tag, der Akkuschrauber ist zu schwer für mich. Kann ich ihn zurückschicken? Er ist unbenutzt.",
        agent="""Guten Tag,

selbstverständlich können Sie den Akku-Bohrschrauber innerhalb von 30 Tagen zurückgeben. Bitte beantragen Sie die Rücksendung über Ihr Amazon-Konto, damit sie Ihrer Bestellung {oid} zugeordnet wird; das Rücksendeetikett erhalten Sie dann direkt von Amazon.

Falls Sie lieber selbst versenden, lautet unsere Retourenadresse:

Spreewerk Technik GmbH
Retouren / Lager 2
Am Hafen 14
03046 Cottbus

Die Erstattung von 129,90 € erfolgt, sobald das Gerät bei uns eingegangen und geprüft ist, in der Regel innerhalb von 2 Werktagen.""")

    add(slug="de-gmail-schadensbewertung-gutschrift", mk="de", seller="nordlicht", style="gmail", fmt="alt", cte="base64",
        topic="damaged", cats=[],
        note="'Schadensbewertung' (damage assessment) and an apology credit not tied to any review; base64 bodies",
        buyer="Markus", title="Nordlicht Küchenmaschine KM-900, 1200 W, 5,5 l Edelstahlschüssel",
        buyer_msg="Die Rührschüssel hat eine Delle, der Karton war schon beschädigt. Was nun?",
        agent="""Hallo Markus,

das tut uns leid. Nach unserer Schadensbewertung anhand Ihrer Fotos ist nur die Schüssel beschädigt, die Küchenmaschine selbst funktioniert einwandfrei. Wir schicken Ihnen heute kostenlos eine neue Edelstahlschüssel (Modell KM-900-S) zu.

Als Entschuldigung für den Ärger erhalten Sie zusätzlich eine Gutschrift von 25 € auf Ihre Zahlungsmethode – unabhängig davon, ob Sie die alte Schüssel behalten oder entsorgen.""")

    inv = "%05d" % R.randrange(10000, 99999)
    add(slug="de-thunderbird-rechnung-rfc2231-umlaut", mk="de", seller="alpenkind", style="thunderbird", fmt="alt",
        flowed=True, topic="invoice", cats=[], vals=dict(inv=inv),
        atts=[att_pdf("Rechnung_AK-2024-%s_Größe_116.pdf" % inv,
                      ["Alpenkind Textil", "Rechnung AK-2024-%s" % inv, "Kinder-Fleecejacke Gr. 116", "Summe 34,95 EUR",
                       "enthaltene MwSt. 19 %: 5,58 EUR"], style="2231")],
        note="invoice PDF with umlaut file name in RFC 2231 form; VAT amounts",
        buyer="Claudia", title="Alpenkind Kinder-Fleecejacke, Gr. 116, Tannengrün",
        buyer_msg="Hallo, ich brauche bitte eine Rechnung mit ausgewiesener MwSt. für meine Unterlagen.",
        agent="""Hallo Claudia,

anbei erhalten Sie die Rechnung Nr. AK-2024-{inv} als PDF. Der Betrag von 34,95 € enthält 19 % MwSt. (5,58 €).""")

    add(slug="de-zammad-bewertungsbitte-pairC1", mk="de", seller="hofholz", style="zammad", fmt="alt", ticket="[Ticket#31907]",
        topic="other", pair=("C", 1), cats=[],
        note="repeat pair C, first: care answer with one neutral review request (compliant)",
        buyer="Ulrike", title="Hof & Holz Servierbrett aus Nussbaum mit Griff, 50 x 20 cm",
        buyer_msg="Das Servierbrett ist wunderschön! Wie pflege ich es am besten?",
        agent="""Hallo Ulrike,

wie schön, dass Ihnen das Brett gefällt! Zur Pflege: nur mit warmem Wasser und etwas Spülmittel abwischen, gut abtrocknen und alle paar Wochen dünn mit Leinöl oder Brettöl einreiben. Bitte nicht in die Spülmaschine geben und nicht im Wasser liegen lassen.

Wenn Sie einen Moment Zeit haben, freuen wir uns über eine Bewertung des Artikels auf Amazon – ganz gleich, wie sie ausfällt: {amz}/review/create-review?asin={asin}""")

    add(slug="de-outlookhtml-bewertung-aktualisieren-neutral", mk="de", seller="spreewerk", style="outlook_html", fmt="alt",
        charset="iso-8859-15", topic="damaged", cats=[],
        note="after a replacement, neutral note that seller feedback can be updated, entirely the buyer's choice; DHL number",
        buyer="Heiko", title="Spreewerk Laser-Entfernungsmesser LE-50, 50 m, IP54",
        buyer_msg="Das Gerät zeigt ständig Err 3 an. Habe schon eine negative Bewertung abgegeben, weil niemand reagiert hat.",
        agent="""Guten Tag,

entschuldigen Sie bitte die späte Antwort. Die Meldung "Err 3" weist auf ein defektes Messmodul hin. Wir haben Ihnen heute ein neues Gerät geschickt (DHL-Sendungsnummer 0034 0434 1922 8374 6612); die Zustellung erfolgt voraussichtlich am {d1}. Das defekte Gerät können Sie mit dem beiliegenden Retourenschein kostenlos zurücksenden.

Falls Sie mit der Lösung zufrieden sind, können Sie Ihre Verkäuferbewertung jederzeit aktualisieren; das bleibt selbstverständlich ganz Ihnen überlassen.""")

    add(slug="de-gt-important-speditionstermin", mk="de", seller="nordlicht", style="gt", cte="8bit", topic="delivery",
        subject="AW: [Important] Liefertermin für Ihre Bestellung {oid}", cats=[],
        note="[Important] correctly used: delivery appointment for a 68 kg kitchen block",
        buyer="Stefan", title="Nordlicht Freistehender Küchenblock aus Massivholz, 120 x 60 cm",
        buyer_msg="Wann wird der Küchenblock geliefert? Ich bin tagsüber arbeiten.",
        agent="""Hallo Stefan,

der Küchenblock wiegt 68 kg und wird deshalb von unserer Spedition mit zwei Personen bis in die Wohnung geliefert. Dafür brauchen wir einen festen Termin. Möglich sind der {d2} oder der {d3}, jeweils zwischen 8 und 12 Uhr oder zwischen 13 und 18 Uhr.

Bitte antworten Sie uns mit Ihrem Wunschtermin und teilen Sie uns mit, in welchem Stockwerk Sie wohnen und ob es einen Aufzug gibt.""")

    add(slug="de-thunderbird-dpd-latin1", mk="de", seller="alpenkind", style="thunderbird", fmt="alt", charset="iso-8859-1",
        html_cte="base64", topic="delivery", cats=[], confidence=True,
        note="Thunderbird reply in iso-8859-1; DPD 14-digit Paketnummer in groups, delivery window",
        buyer="Petra", title="Alpenkind Damen Walkjacke aus Schurwolle, Gr. 40, Rauchblau",
        buyer_msg="Meine Jacke ist seit fünf Tagen unterwegs, die Sendungsverfolgung zeigt nichts Neues.",
        agent="""Hallo Petra,

ich habe bei DPD nachgefragt: Ihr Paket (Paketnummer 0150 6784 2391 47) lag wegen eines Sortierfehlers im Depot Aschaffenburg und ist seit heute Morgen wieder unterwegs. DPD kündigt die Zustellung für den {d1} an; am Morgen erhalten Sie ein Zeitfenster von einer Stunde.

Sollte die Jacke bis zum {d2} nicht angekommen sein, schicken wir sofort eine neue los.""")

    add(slug="de-gt-firmware-produktfrage", mk="de", seller="spreewerk", style="gt", charset="iso-8859-1", topic="product",
        notif_oid=False, cats=[],
        note="product question without order id; version numbers 1.3.0/1.4.0, 802.11 b/g/n, 2,4 GHz",
        buyer="Tobias", title="Spreewerk Smart-Steckdose SD-2 mit Verbrauchsmessung, WLAN, 2er-Pack",
        buyer_msg="Funktioniert die Steckdose ohne Cloud, also nur im lokalen WLAN? Und gibt es ein Update für Matter?",
        agent="""Hallo Tobias,

ja, die SD-2 lässt sich ab Firmware 1.3.0 vollständig lokal steuern; die Cloud-Anbindung kann in der App unter Einstellungen > Verbindung abgeschaltet werden. Die Steckdose funkt im 2,4-GHz-WLAN (802.11 b/g/n), 5 GHz wird nicht unterstützt.

Matter-Unterstützung kommt mit Version 1.4.0, die für das vierte Quartal geplant ist. Das Update wird automatisch über die App angeboten.""")

    add(slug="de-zammad-hermes-nachlieferung", mk="de", seller="hofholz", style="zammad", fmt="alt", cte="base64",
        ticket="[Ticket#32016]", topic="damaged", cats=[],
        note="missing part sent with Hermes, Sendungsnummer in groups; base64 bodies",
        buyer="Anja", title="Hof & Holz Gewürzregal aus Buche, 3 Etagen, für 18 Gläser",
        buyer_msg="Beim Gewürzregal fehlt eine Seitenwand, im Karton waren nur die Böden und eine Seite.",
        agent="""Hallo Anja,

entschuldigen Sie bitte, da ist beim Packen etwas schiefgelaufen. Wir haben Ihnen die fehlende Seitenwand (inklusive Schrauben und Dübeln) heute mit Hermes geschickt. Die Sendungsnummer lautet 4045 2861 9735 82, die Lieferung erfolgt voraussichtlich am {d2}.

Sie müssen nichts zurückschicken.""")

    # ---------------- German violations
    add(slug="de-gt-impressum-signatur", mk="de", seller="spreewerk", style="gt", charset="iso-8859-15", topic="other",
        cats=["external_link", "contact_email", "contact_phone"],
        sig="Mit freundlichen Grüßen\nJan Petersen\n\n--\nSpreewerk Technik GmbH\nAm Hafen 14, 03046 Cottbus\nTel.: 040 66969 417\nE-Mail: kundendienst@spreewerk-technik.de\nWeb: https://www.spreewerk-technik.de\nGeschäftsführer: Jan Petersen · Amtsgericht Cottbus HRB 12345 CB · USt-IdNr. DE298765432",
        note="German Impressum signature with phone, e-mail and website",
        buyer="Rainer", title="Spreewerk Multischleifer MS-300, 300 W, mit 40 Schleifblättern",
        buyer_msg="Wo bekomme ich passende Schleifblätter nach? Die mitgelieferten sind fast aufgebraucht.",
        agent="""Hallo Rainer,

passende Schleifblätter für den MS-300 sind Dreieck-Blätter mit 93 mm Kantenlänge und 6-Loch-Bild; die gibt es in jedem Baumarkt in den Körnungen 60 bis 240.""")

    add(slug="de-proactive-gutschein-fuer-5-sterne", mk="de", seller="alpenkind", proactive=True, fmt="alt",
        subject="Ihre Bestellung {oid} bei Alpenkind", cats=["review_incentive", "review_manipulation"],
        note="voucher offered for a 5-star review",
        buyer="Nadine", title="Alpenkind Walkjacke",
        agent="""Hallo Nadine,

wir hoffen, die Walkjacke aus Ihrer Bestellung {oid} gefällt Ihnen und passt gut.

Ein kleines Dankeschön von uns: Wenn Sie uns auf Amazon eine 5-Sterne-Bewertung schreiben, schicken wir Ihnen einen 10-€-Gutschein für Ihren nächsten Einkauf. Antworten Sie dazu einfach kurz mit dem Namen, unter dem Sie bewertet haben.""")

    add(slug="de-proactive-erinnerung-bewertung-pairC2", mk="de", seller="hofholz", proactive=True, charset="iso-8859-15",
        pair=("C", 2), subject="Erinnerung: Ihre Meinung zu Bestellung {oid}", cats=["repeat_request"],
        note="repeat pair C, second: proactive reminder asking again for a review of the same order",
        buyer="Ulrike", title="Hof & Holz Servierbrett aus Nussbaum mit Griff, 50 x 20 cm",
        agent="""Hallo Ulrike,

vor ein paar Tagen hatten wir Sie nach Ihrer Meinung zum Servierbrett aus Nussbaum gefragt (Bestellung {oid}). Falls Sie noch nicht dazu gekommen sind: Wir würden uns sehr über eine Bewertung auf Amazon freuen.

{amz}/review/create-review?asin={asin}""")

    add(slug="de-gmail-instagram-folgen", mk="de", seller="nordlicht", style="gmail", fmt="alt", topic="other",
        cats=["contact_other", "marketing"],
        note="'Folgen Sie uns auf Instagram @handle' for recipes and new products",
        buyer="Lena", title="Nordlicht Gusseisen-Pfanne, 28 cm, mit Stielgriff, vorgeölt",
        buyer_msg="Muss ich die Pfanne vor dem ersten Gebrauch noch einbrennen?",
        agent="""Hallo Lena,

nein, die Pfanne ist bereits ab Werk mit Leinöl eingebrannt. Vor dem ersten Gebrauch einfach heiß ausspülen, abtrocknen und dünn einölen. Bitte kein Spülmittel verwenden und nicht in die Spülmaschine geben.

Übrigens: Folgen Sie uns auf Instagram unter @nordlicht.kuechen – dort zeigen wir jede Woche neue Rezepte und stellen unsere neuesten Produkte zuerst vor.""")

    add(slug="de-zammad-list-unsubscribe-header", mk="de", seller="hofholz", style="zammad", ticket="[Ticket#32101]",
        topic="delivery", cats=["opt_out"],
        extra_headers=["List-Unsubscribe: <mailto:abmelden@hofundholz.de?subject=unsubscribe>, <https://mail.hofundholz.de/abmelden?t={rlocal}>",
                       "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
        note="compliant body but the helpdesk adds a List-Unsubscribe header",
        buyer="Bernd", title="Hof & Holz Frühstücksbrettchen aus Esche, 4er-Set",
        buyer_msg="Kann ich die Lieferadresse noch ändern? Ich bin nächste Woche bei meiner Schwester.",
        agent="""Hallo Bernd,

die Lieferadresse können wir leider nicht selbst ändern, weil wir die Adresse aus Ihrer Amazon-Bestellung verwenden müssen. Ihr Paket ist allerdings noch nicht verschickt: Wenn Sie die Bestellung in Ihrem Amazon-Konto stornieren und mit der neuen Adresse neu aufgeben, stornieren wir die alte sofort.""")

    add(slug="de-thunderbird-schriftart-farbe", mk="de", seller="alpenkind", style="thunderbird", fmt="alt", topic="other",
        cats=["styling"],
        html_head='<style type="text/css">\nbody { font-family: "Georgia", serif; color: #3b5b3a; }\np { line-height: 1.6; }\n</style>\n',
        body_attr=' style="font-family: Georgia, serif; color: #3b5b3a;"',
        note="HTML overrides font family, text colour and line height",
        buyer="Jürgen", title="Alpenkind Herren Wollsocken, 3 Paar, Gr. 43-46, Anthrazit",
        buyer_msg="Kann man die Socken in der Maschine waschen?",
        agent="""Hallo Jürgen,

ja, die Socken können bei 30 °C im Wollwaschgang gewaschen werden. Bitte nicht in den Trockner geben, sonst laufen sie ein.""")

    add(slug="de-gt-beleidigung", mk="de", seller="nordlicht", style="gt", topic="damaged", cats=["offensive"],
        sig="F. Brandt",
        note="agent insults the buyer ('zu dämlich') and threatens them",
        buyer="Dieter", title="Nordlicht Schnellkochtopf 6 l, Edelstahl, Induktion",
        buyer_msg="Der Deckel lässt sich nicht schließen. Billiger Schrott! Ich will mein Geld zurück.",
        agent="""Dieter,

der Deckel schließt bei allen anderen Kunden problemlos. Wer zu dämlich ist, eine Bedienungsanleitung zu lesen, sollte vielleicht keinen Schnellkochtopf kaufen. Und nennen Sie unsere Ware nicht noch einmal Schrott, sonst lernen Sie uns von einer ganz anderen Seite kennen.

Schicken Sie das Ding halt zurück.""")

    add(slug="de-proactive-important-neues-bitset", mk="de", seller="spreewerk", proactive=True, fmt="alt",
        subject="[Important] Passend zu Ihrer Bestellung {oid}: unser neues Bit-Set", cats=["marketing", "important_tag"],
        note="[Important] on a cross-selling message with a discount code",
        buyer="Oliver", title="Spreewerk Akku-Bohrschrauber",
        agent="""Hallo Oliver,

zu Ihrem neuen Akku-Bohrschrauber aus Bestellung {oid} haben wir etwas Passendes: Unser neues 48-teiliges Profi-Bit-Set ist ab sofort erhältlich. Für Bestandskunden gibt es diese Woche 15 % Rabatt mit dem Code BITS15.

Schauen Sie einfach in unserem Amazon-Shop vorbei.""")

    add(slug="de-proactive-nur-danke", mk="de", seller="alpenkind", proactive=True, charset="iso-8859-1",
        subject="Danke für Ihre Bestellung {oid}", cats=["unpermitted_proactive"],
        sig="Herzliche Grüße aus dem Allgäu\nIhr Alpenkind-Team",
        note="proactive thank-you-only message",
        buyer="Gisela", title="Alpenkind Strickmütze",
        agent="""Hallo Gisela,

herzlichen Dank für Ihre Bestellung {oid} bei Alpenkind Textil! Wir freuen uns sehr, dass Sie sich für unsere Produkte entschieden haben.""")

    add(slug="de-outlook-10-euro-fuer-loeschung", mk="de", seller="spreewerk", style="outlook", charset="windows-1252",
        topic="damaged", cats=["review_incentive", "feedback_removal"],
        note="after a refund, offers 10 EUR extra if the buyer deletes the 1-star review",
        buyer="Monika", title="Spreewerk Heißklebepistole HK-20, 20 W, mit 30 Klebesticks",
        buyer_msg="Die Heißklebepistole ist nach 10 Minuten durchgebrannt. Ich habe schon eine 1-Stern-Bewertung geschrieben.",
        agent="""Guten Tag,

es tut uns leid, dass die Klebepistole so schnell ausgefallen ist. Wir haben Ihnen den Kaufpreis von 17,99 € bereits vollständig erstattet.

Wir hätten noch eine Bitte: Wenn Sie Ihre 1-Stern-Bewertung löschen, überweisen wir Ihnen zusätzlich 10 € als Entschädigung für den Ärger. Geben Sie uns einfach kurz Bescheid, sobald die Bewertung entfernt ist.""")


def specs_fr():
    # ---------------- compliant French replies
    add(slug="fr-freshdesk-colissimo-avis-de-passage", mk="fr", seller="lumen", style="freshdesk", charset="iso-8859-15",
        topic="delivery", cats=[],
        note="'avis de passage' (delivery notice, not a review); Colissimo tracking number; iso-8859-15",
        buyer="Camille", title="Maison Lumen Lampe de chevet en céramique, abat-jour en lin, E14, Terracotta",
        buyer_msg="Bonjour, j'ai trouvé un avis de passage dans ma boîte mais je n'étais pas chez moi. Comment récupérer ma lampe ?",
        agent="""Bonjour Camille,

Merci pour votre message. D'après Colissimo, le facteur a déposé un avis de passage le {dpast} et votre colis (numéro de suivi 6A24718530914) est disponible pendant 15 jours au bureau de poste indiqué sur l'avis. Munissez-vous de l'avis et d'une pièce d'identité.

Vous pouvez aussi demander une nouvelle livraison à domicile depuis l'avis de passage. Si le colis nous revient, nous vous le renverrons sans frais.""")

    add(slug="fr-outlook-remboursement-partiel", mk="fr", seller="corolle", style="outlook", charset="windows-1252",
        crlf=True, topic="damaged", cats=[],
        note="Outlook plain reply (De :/Envoyé :/À :/Objet :); 20 % partial refund to resolve a chip, not tied to a review",
        buyer="Sandrine", title="Atelier Corolle Vase en grès émaillé, 30 cm, Bleu nuit",
        buyer_msg="Le vase est arrivé avec un petit éclat à la base. Il tient l'eau mais c'est dommage pour le prix.",
        agent="""Bonjour Sandrine,

Nous sommes désolés pour cet éclat. Si vous souhaitez garder le vase, nous vous proposons un remboursement partiel de 20 % (11,80 €), que nous pouvons effectuer dès aujourd'hui. Si vous préférez un vase neuf, il suffit de lancer un retour depuis votre compte Amazon et nous expédierons le remplacement dès réception.

Dites-nous simplement ce qui vous convient le mieux.""")

    add(slug="be-gmail-retour-namur-bpost", mk="be", seller="meuse", style="gmail", fmt="alt", topic="return", cats=[],
        note="amazon.com.be relay; Belgian return address with postcode, bpost, EUR refund",
        buyer="Thierry", title='Outils Meuse Coffret de douilles 1/4" et 1/2", 94 pièces, chrome-vanadium',
        buyer_msg="Bonjour, il manque la douille de 13 mm dans le coffret. Je préfère renvoyer le coffret complet.",
        agent="""Bonjour Thierry,

Toutes nos excuses pour cette douille manquante. Vous pouvez nous renvoyer le coffret à l'adresse suivante :

Outils Meuse – Retours
Rue de la Gare 27
5000 Namur
Belgique

L'étiquette de retour bpost vous est envoyée par Amazon lorsque vous créez le retour dans votre compte. Dès que le colis sera scanné chez nous, nous vous rembourserons 64,90 €.""")

    add(slug="fr-outlookhtml-chronopost-conseil", mk="fr", seller="theo", style="outlook_html", fmt="alt",
        charset="iso-8859-15", topic="other", cats=[],
        note="Outlook HTML reply; 'constaté', 'conseil' as ordinary words; Chronopost tracking number, temperatures",
        buyer="Nicolas", title="Les Jardins de Théo Kit de semis de tomates anciennes, 8 variétés bio",
        buyer_msg="J'ai constaté que deux sachets de graines sont déchirés et vides. Le reste est bien arrivé.",
        agent="""Bonjour Nicolas,

Merci de nous avoir signalé ce que vous avez constaté. Nous vous renvoyons aujourd'hui les deux sachets (Cœur de bœuf et Noire de Crimée) par Chronopost, numéro de suivi XW482917365FR, livraison prévue le {d1}.

Un petit conseil : semez en godets vers la mi-mars, au chaud (20 à 25 °C), et repiquez en pleine terre après les Saints de glace.""")

    add(slug="fr-freshdesk-notice-pdf", mk="fr", seller="lumen", style="freshdesk", fmt="alt", topic="other", cats=[],
        atts=[att_pdf("Notice_plafonnier_LED_36W.pdf", ["Maison Lumen - Plafonnier LED 36 W", "Notice d'utilisation",
                                                        "Appairage : 3 cycles marche/arret", "Wi-Fi 2,4 GHz uniquement"])],
        note="user manual PDF attached; app version number 2.3.1",
        buyer="Julie", title="Maison Lumen Plafonnier LED connecté, 36 W, 3000-6500 K, Ø 45 cm",
        buyer_msg="J'ai perdu la notice du plafonnier. Comment l'appairer avec l'application ?",
        agent="""Bonjour Julie,

Vous trouverez la notice d'utilisation en PDF en pièce jointe. Pour l'appairage : allumez et éteignez le plafonnier trois fois de suite avec l'interrupteur mural, jusqu'à ce qu'il clignote, puis ajoutez-le dans l'application Lumen Home (version 2.3.1 ou plus récente).

Le plafonnier fonctionne uniquement en Wi-Fi 2,4 GHz.""")

    add(slug="fr-gt-important-gravure", mk="fr", seller="corolle", style="gt", cte="8bit", topic="other", no_irt=True,
        subject="RE: [Important] Texte de la gravure – commande {oid}", cats=[],
        note="[Important] correctly used for a customisation (engraving) question; reply by subject prefix only",
        buyer="Émilie", title="Atelier Corolle Planche à découper personnalisée en noyer, gravure laser",
        buyer_msg="Bonjour, voici le texte pour la gravure : « Famille Durand – depuis 2012 ». Est-ce possible ?",
        agent="""Bonjour Émilie,

Merci pour votre texte. Avant de lancer la gravure, pouvez-vous nous confirmer les deux points suivants ?

1. Le tiret : souhaitez-vous un tiret long (–) ou court (-) entre « Famille Durand » et « depuis 2012 » ?
2. La police : classique à empattements ou manuscrite ?

Dès votre réponse, la planche sera gravée et expédiée sous 2 jours ouvrés.""")

    inv = "%05d" % R.randrange(10000, 99999)
    add(slug="be-helpscout-facture-rfc2231-latin1", mk="be", seller="sablon", style="helpscout", fmt="alt", topic="invoice",
        cats=[], vals=dict(inv=inv),
        atts=[att_pdf("Facture_n°_PDS-2024-%s.pdf" % inv, ["Papeterie du Sablon", "Facture PDS-2024-%s" % inv,
                                                           "TVA client BE0123.456.789", "Total 38,50 EUR TVAC"], style="2231-latin1")],
        note="invoice PDF with accented file name in RFC 2231 form (iso-8859-1, language tag); Belgian VAT number, amounts",
        buyer="Marc", title="Papeterie du Sablon Carnet de notes A5 relié cuir, 192 pages, Cognac",
        buyer_msg="Bonjour, pouvez-vous m'envoyer une facture au nom de ma société avec le numéro de TVA BE0123.456.789 ?",
        agent="""Bonjour Marc,

Vous trouverez ci-joint la facture n° PDS-2024-{inv} établie au nom de votre société, avec votre numéro de TVA BE0123.456.789. Le montant total est de 38,50 € TVAC (dont TVA 21 % : 6,68 €).""")

    add(slug="fr-thunderbird-evaluation-libre-a-vous", mk="fr", seller="theo", style="thunderbird", fmt="alt",
        topic="damaged", cats=[], amazon_optout=True,
        note="after a replacement, neutral note that the evaluation can be changed, entirely up to the buyer; Amazon's opt-out sentence in the quote",
        buyer="Hélène", title="Les Jardins de Théo Jardinière en bois sur pieds, 100 x 40 cm, avec bâche",
        buyer_msg="Une des planches de la jardinière est fendue. J'ai laissé une évaluation négative, je suis déçue.",
        agent="""Bonjour Hélène,

Nous comprenons votre déception et vous présentons nos excuses. Une planche de remplacement (avec la visserie) est partie ce matin par Colissimo, numéro de suivi 6A19304827561 ; vous la recevrez vers le {d2}.

Si vous estimez que nous avons résolu le problème, sachez qu'il est possible de modifier l'évaluation que vous avez laissée ; c'est bien sûr entièrement libre à vous.""")

    add(slug="fr-freshdesk-creneau-livraison-latin1", mk="fr", seller="lumen", style="freshdesk", fmt="alt",
        charset="iso-8859-1", topic="delivery", cats=[],
        note="delivery time windows (8 h-13 h), weights and dates; iso-8859-1",
        buyer="Olivier", title="Maison Lumen Lampadaire arc en laiton, 190 cm, socle marbre",
        buyer_msg="Le lampadaire sera livré par transporteur ? Je ne suis disponible que le matin.",
        agent="""Bonjour Olivier,

Oui, le lampadaire (19 kg avec son socle en marbre) est livré par notre transporteur partenaire, qui vous contactera pour fixer un rendez-vous. Les livraisons ont lieu du lundi au samedi, entre 8 h et 13 h ou entre 14 h et 18 h ; il vous suffira de choisir le créneau du matin.

Le départ de notre entrepôt est prévu le {d1}.""")

    # ---------------- French violations
    add(slug="fr-freshdesk-arobase-chiffres-en-lettres", mk="fr", seller="lumen", style="freshdesk", topic="damaged",
        cats=["contact_email", "contact_phone"],
        note="obfuscated (arobase/point, digits as French words): e-mail address and phone number",
        buyer="Isabelle", title="Maison Lumen Guirlande lumineuse 10 m, 100 LED blanc chaud, USB",
        buyer_msg="La guirlande ne s'allume plus qu'à moitié après une semaine.",
        agent="""Bonjour Isabelle,

Désolée pour ce souci. Une guirlande qui ne s'allume qu'à moitié a souvent une LED mal enfoncée : repérez la première LED éteinte et appuyez-la doucement dans son support.

Si cela ne suffit pas, envoyez-nous une photo à sav arobase maison-lumen point fr, ou appelez notre atelier au zéro six, trente-neuf, quatre-vingt-dix-huit, quarante et un, vingt-sept : nous vous enverrons une guirlande neuve.""")

    add(slug="fr-thunderbird-telegram-display-none", mk="fr", seller="theo", style="thunderbird", fmt="alt",
        topic="delivery", cats=["contact_other"],
        html_body='{AGENT_HTML}\n<div style="display:none">Pour un suivi plus rapide, écrivez-nous sur Telegram : @jardinsdetheo_sav</div>\n{SIG_HTML}',
        note="obfuscated (display:none): Telegram handle hidden in the HTML part only",
        buyer="Bruno", title="Les Jardins de Théo Composteur en bois 600 L, pin traité autoclave",
        buyer_msg="Mon composteur n'est toujours pas arrivé, le suivi indique « en cours d'acheminement » depuis 6 jours.",
        agent="""Bonjour Bruno,

Nous avons relancé le transporteur ce matin : votre composteur (colis de 32 kg) était bloqué sur la plateforme de Lyon à la suite d'une erreur d'étiquetage. Il repart aujourd'hui et devrait vous être livré le {d2}.

Nous sommes désolés pour ce retard.""")

    add(slug="fr-proactive-5-etoiles-sinon-ecrivez-nous", mk="fr", seller="corolle", proactive=True, fmt="alt",
        subject="Votre commande {oid} – Atelier Corolle", cats=["review_manipulation"],
        note="asks satisfied buyers for 5 stars and unhappy ones to write first instead of reviewing (gating)",
        buyer="Aurélie", title="Atelier Corolle vase",
        agent="""Bonjour Aurélie,

Votre vase (commande {oid}) a été livré il y a quelques jours ; nous espérons qu'il a trouvé sa place chez vous.

Si vous en êtes satisfaite, un avis 5 étoiles sur Amazon nous aiderait énormément. En revanche, si quelque chose ne vous convient pas, merci de nous écrire d'abord plutôt que de laisser un avis : nous trouverons une solution.""")

    add(slug="fr-proactive-expedition-sans-numero-commande", mk="fr", seller="lumen", proactive=True, charset="iso-8859-15",
        subject="Votre colis Maison Lumen est en route !", cats=["missing_order_id", "unpermitted_proactive"],
        note="proactive shipping confirmation with a Colissimo tracking number but no order id",
        buyer="Laurent", title="Maison Lumen lampe",
        agent="""Bonjour Laurent,

Bonne nouvelle : votre lampe de chevet a quitté notre atelier ce matin. Elle voyage avec Colissimo (numéro de suivi 6A33182057649) et la livraison est prévue le {d2}.

Merci encore pour votre achat !""")

    add(slug="fr-outlookhtml-pixel-display-none", mk="fr", seller="theo", style="outlook_html", fmt="alt", topic="other",
        cats=["tracking_pixel"],
        html_end='<img src="https://suivi.jardinsdetheo-mail.fr/o/{rlocal}.png" alt="" style="display:none" width="1" height="1">\n',
        note="hidden (display:none) remote beacon image with the recipient id",
        buyer="Sylvie", title="Les Jardins de Théo Tuteurs à tomates en spirale, acier galvanisé, 180 cm, lot de 10",
        buyer_msg="Les tuteurs sont-ils assez solides pour des tomates cerises très chargées ?",
        agent="""Bonjour Sylvie,

Oui, ces tuteurs en acier galvanisé de 6 mm supportent sans problème un pied de tomates cerises bien chargé. Enfoncez-les d'au moins 25 cm dans le sol et guidez la tige dans la spirale au fur et à mesure de la pousse ; aucun lien n'est nécessaire.""")

    add(slug="be-gmail-video-mp4", mk="be", seller="meuse", style="gmail", fmt="alt", topic="other", cats=["attachment"],
        atts=[dict(name="montage_lame_scie_sauteuse.mp4", ctype="video/mp4", data=make_mp4(random.Random("mp4")))],
        note="MP4 video attachment",
        buyer="Grégory", title="Outils Meuse Scie sauteuse pendulaire 750 W, coffret et 10 lames",
        buyer_msg="Je n'arrive pas à monter la lame, elle ressort à chaque fois.",
        agent="""Bonjour Grégory,

La lame doit être enfoncée jusqu'au clic, dents vers l'avant, pendant que vous tournez le levier SDS vers la gauche. Nous vous avons joint une courte vidéo qui montre le geste.""")

    add(slug="fr-outlook-supprimer-commentaire-negatif", mk="fr", seller="corolle", style="outlook",
        charset="windows-1252", cte="8bit", topic="damaged", cats=["feedback_removal"],
        note="after a replacement, presses the buyer to delete their negative feedback within days",
        buyer="Patrick", title="Atelier Corolle Suspension en rotin, Ø 40 cm, naturel",
        buyer_msg="Merci pour le remplacement, tout est bon cette fois.",
        agent="""Bonjour Patrick,

Merci pour votre retour, nous sommes ravis que la nouvelle suspension vous plaise.

Puisque le problème est réglé, nous vous demandons de bien vouloir supprimer le commentaire négatif que vous avez laissé sur notre boutique, idéalement dans les prochains jours : il pénalise fortement notre petite entreprise.""")

    add(slug="be-helpscout-lien-desinscription", mk="be", seller="sablon", style="helpscout", fmt="alt",
        topic="delivery", cats=["external_link", "opt_out"],
        sig="Bien à vous,\nSarah Peeters\nPapeterie du Sablon\n\nVous ne souhaitez plus recevoir nos messages ? Désinscrivez-vous ici : https://papeterie-sablon.be/desinscription?c={rlocal}",
        note="unsubscribe text and link in the signature",
        buyer="Nathalie", title="Papeterie du Sablon Stylo plume en laiton, plume moyenne, avec convertisseur",
        buyer_msg="Bonjour, mon stylo n'est pas encore arrivé, est-ce normal ?",
        agent="""Bonjour Nathalie,

Votre stylo a été remis à bpost hier ; vous le recevrez normalement le {d1}.""")

    add(slug="fr-gt-insultes-menaces", mk="fr", seller="lumen", style="gt", charset="iso-8859-15", topic="return",
        cats=["offensive"], sig="C. Dubois",
        note="agent insults and threatens the buyer",
        buyer="Gilles", title="Maison Lumen Applique murale en laiton, 2 bras, E14",
        buyer_msg="L'applique ne correspond pas du tout à la photo, c'est de l'arnaque. Je veux être remboursé et je vais prévenir tout le monde.",
        agent="""Monsieur,

Votre message est aussi ridicule qu'insultant. Si vous êtes incapable de lire une fiche produit, ce n'est pas notre problème. Continuez à nous traiter d'arnaqueurs et vous aurez affaire à notre avocat : vous allez le regretter.

Renvoyez l'applique si ça vous chante.""")

    inv = "%05d" % R.randrange(10000, 99999)
    add(slug="be-proactive-important-facture", mk="be", seller="sablon", proactive=True, fmt="alt",
        subject="[Important] Votre facture pour la commande {oid}", cats=["important_tag"], vals=dict(inv=inv),
        atts=[att_pdf("Facture_PDS-2024-%s.pdf" % inv, ["Papeterie du Sablon", "Facture PDS-2024-%s" % inv,
                                                          "Carnet A5 relie cuir", "Total 38,50 EUR TVAC"])],
        note="[Important] on a proactive invoice message (permitted message, but not critical)",
        buyer="Frédéric", title="Papeterie du Sablon carnet",
        agent="""Bonjour Frédéric,

Veuillez trouver ci-joint la facture n° PDS-2024-{inv} de votre commande {oid} (carnet A5 relié cuir, 38,50 € TVAC).""")

    add(slug="fr-thunderbird-gif-anime-lignes-vides", mk="fr", seller="theo", style="thunderbird", fmt="alt",
        topic="other", cats=["styling"],
        related=[dict(name="merci.gif", ctype="image/gif",
                      data=make_gif(4, 4, [[1, 2, 1, 2, 2, 1, 2, 1, 1, 2, 1, 2, 2, 1, 2, 1],
                                           [2, 1, 2, 1, 1, 2, 1, 2, 2, 1, 2, 1, 1, 2, 1, 2],
                                           [3, 3, 1, 1, 3, 3, 1, 1, 1, 1, 3, 3, 1, 1, 3, 3]]),
                      cid="part1.Xy7Ab3Cd.Qw9Er8Ty@jardinsdetheo.fr")],
        html_body='{AGENT_HTML}\n<p><img src="cid:part1.Xy7Ab3Cd.Qw9Er8Ty@jardinsdetheo.fr" alt="Merci !" width="120" height="60"></p>\n{SIG_HTML}',
        note="inline animated GIF (cid) and a run of four blank lines in the text part",
        buyer="Mathilde", title="Les Jardins de Théo Mangeoire à oiseaux en bois, à suspendre",
        buyer_msg="La mangeoire est bien arrivée, merci ! Elle est encore plus jolie qu'en photo.",
        agent="""Bonjour Mathilde,

Merci beaucoup pour votre gentil message, cela fait plaisir à toute l'équipe !




Pensez à la garnir de graines de tournesol en hiver, les mésanges adorent.""")


# ===========================================================================
# main
# ===========================================================================
REPLY_RE = re.compile(r"^\s*(\[[^\]]*\]\s*)?(Re|RE|AW|Aw|SV|R|Odp|RES|Antw)\s*:", re.I)
OID_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")


def text_of(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            out.append(part.get_content())
    return "\n".join(out)


def self_check(written):
    errors = []
    oid_files = {}
    for c, path in written:
        raw = open(path, "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (path, part.defects))
            for k in part.keys():
                try:
                    h = part[k]
                    if getattr(h, "defects", None):
                        errors.append("%s: header %s defects %r" % (path, k, h.defects))
                except Exception as e:  # noqa
                    errors.append("%s: header %s error %s" % (path, k, e))
        subj = str(msg["Subject"])
        is_reply = bool(msg["In-Reply-To"] or msg["References"] or REPLY_RE.match(subj))
        if is_reply != (c.kind == "reply"):
            errors.append("%s: kind mismatch (%s, subject %r)" % (path, c.kind, subj))
        txt = text_of(msg)
        oids = set(OID_RE.findall(txt))
        if c.kind == "proactive":
            if not oids and "missing_order_id" not in c.cats:
                errors.append("%s: proactive without order id but not labelled" % path)
            if oids and "missing_order_id" in c.cats:
                errors.append("%s: labelled missing_order_id but has %s" % (path, oids))
        else:
            if "missing_order_id" in c.cats or "unpermitted_proactive" in c.cats:
                errors.append("%s: proactive-only label on reply" % path)
        for o in oids:
            oid_files.setdefault(o, []).append(c)
        if c.relay.lower() not in str(msg["To"]).lower():
            errors.append("%s: To mismatch" % path)
        nonbody = sum(1 for p in msg.walk() if not p.is_multipart() and (p.get_filename() or p.get("Content-ID")))
        if not c.cats and nonbody > 5:
            errors.append("%s: compliant with %d non-body parts" % (path, nonbody))
        for bad in ("{", "}"):
            pass
        m = re.search(r"\{[a-z_0-9]+\}", txt)
        if m:
            errors.append("%s: unfilled placeholder %s" % (path, m.group(0)))
    for o, cs in oid_files.items():
        files = {x.slug for x in cs}
        if len(files) > 1:
            pairs = {x.pair[0] if x.pair else None for x in cs}
            if len(pairs) != 1 or None in pairs or len(files) != 2:
                errors.append("order id %s shared by %s" % (o, sorted(files)))
            elif len({x.relay for x in cs}) != 1:
                errors.append("pair %s relay mismatch" % o)
    return errors


def main():
    specs_en()
    specs_de()
    specs_fr()
    cases = list(CASES)
    order = random.Random(SEED).sample(range(len(cases)), len(cases))
    cases = [cases[i] for i in order]
    # repeat pairs: first request must come first
    for key in {c.pair[0] for c in cases if c.pair}:
        i1 = next(i for i, c in enumerate(cases) if c.pair and c.pair == (key, 1))
        i2 = next(i for i, c in enumerate(cases) if c.pair and c.pair == (key, 2))
        if i2 < i1:
            cases[i1], cases[i2] = cases[i2], cases[i1]
    os.makedirs(MSGDIR, exist_ok=True)
    written = []
    labels = []
    for n, c in enumerate(cases, FIRST_NO):
        fname = "msgs/%04d-%s.eml" % (n, c.slug)
        path = os.path.join(HERE, fname)
        raw = build_message(c)
        with open(path, "wb") as f:
            f.write(raw)
        written.append((c, path))
        labels.append(dict(file=fname, categories=c.cats, lang=c.lang, kind=c.kind, note=c.note))
    with open(LABELS, "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    errors = self_check(written)
    for lab in labels:
        if not os.path.exists(os.path.join(HERE, lab["file"])):
            errors.append("missing file " + lab["file"])
    # summary
    print("messages: %d  compliant: %d  violations: %d" % (len(labels), sum(1 for l in labels if not l["categories"]),
                                                           sum(1 for l in labels if l["categories"])))
    print("replies: %d  proactive: %d" % (sum(1 for l in labels if l["kind"] == "reply"),
                                          sum(1 for l in labels if l["kind"] == "proactive")))
    langs = sorted({l["lang"] for l in labels})
    print("\n%-22s %5s " % ("category", "total") + " ".join("%4s" % x for x in langs))
    for cat in CATS + ["(compliant)"]:
        row = [l for l in labels if (cat in l["categories"] if cat != "(compliant)" else not l["categories"])]
        print("%-22s %5d " % (cat, len(row)) + " ".join("%4d" % sum(1 for l in row if l["lang"] == x) for x in langs))
    print("%-22s %5d " % ("(all)", len(labels)) + " ".join("%4d" % sum(1 for l in labels if l["lang"] == x) for x in langs))
    mk_counts = {}
    for c in cases:
        mk_counts[c.mk] = mk_counts.get(c.mk, 0) + 1
    print("\nmarketplaces:", ", ".join("%s %d" % kv for kv in sorted(mk_counts.items())))
    quoting = sum(1 for c in cases if not c.cats and c.kind == "reply")
    print("compliant replies quoting Amazon's notification: %d" % quoting)
    if errors:
        print("\nSELF-CHECK FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nself-check OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""heldout6: a labelled held-out test set of seller helpdesk mail to Amazon buyers.

Standard library only, no network, fixed seeds: every run writes the same bytes.

    python3 make.py            # rewrites msgs/ and labels.jsonl next to this script, prints counts

The categories are the ids of /work/shared/POLICY.md. Messages are meant to be checked in
file-name order with one repeat-request ledger.
"""
import base64
import binascii
import datetime as _dt
import email
import email.policy
import html as _html
import io
import json
import os
import random
import re
import shutil
import struct
import sys
import zipfile
import zlib
from collections import Counter, defaultdict
from email.header import Header
from email.utils import encode_rfc2231, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

CATS = ['external_link', 'contact_email', 'contact_phone', 'contact_other', 'review_incentive',
        'review_manipulation', 'feedback_removal', 'repeat_request', 'marketing', 'opt_out',
        'tracking_pixel', 'attachment', 'styling', 'offensive', 'important_tag',
        'missing_order_id', 'unpermitted_proactive']

# ---------------------------------------------------------------------------------------
# Attachment bytes: every file is built here, with the real signature of its type.
# ---------------------------------------------------------------------------------------

def pdf(title, lines=(), pad_to=0):
    """A small, valid one-page PDF (Helvetica, WinAnsi). pad_to adds a filler stream."""
    def esc(s):
        s = s.encode('cp1252', 'replace').decode('cp1252')
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = ['BT', '/F1 16 Tf', '56 780 Td', '(%s) Tj' % esc(title), '/F1 10 Tf']
    for ln in lines:
        content += ['0 -16 Td', '(%s) Tj' % esc(ln)]
    content.append('ET')
    stream = '\n'.join(content).encode('cp1252', 'replace')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Title (' + esc(title).encode('cp1252', 'replace') + b') /Producer (heldout6 make.py) >>',
    ]
    if pad_to:
        filler = (b'0123456789abcdef' * 4 + b'\n') * (pad_to // 65 + 1)
        objs.append(b'<< /Length %d >>\nstream\n' % len(filler) + filler + b'\nendstream')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)


def png(w, h, seed=1):
    rnd = random.Random(seed)
    base = [rnd.randrange(40, 220) for _ in range(3)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(((base[0] + x * 3) % 256, (base[1] + y * 5) % 256, (base[2] + (x ^ y)) % 256))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


def _gif_lzw(pixels, mcs):
    clear, eoi = 1 << mcs, (1 << mcs) + 1
    width = mcs + 1
    per = (1 << mcs) - 2          # pixels per clear code: the code width never grows
    bits, nbits, out = 0, 0, bytearray()

    def put(code):
        nonlocal bits, nbits
        bits |= code << nbits
        nbits += width
        while nbits >= 8:
            out.append(bits & 0xff)
            bits >>= 8
            nbits -= 8
    for i in range(0, len(pixels), per):
        put(clear)
        for p in pixels[i:i + per]:
            put(p)
    put(eoi)
    if nbits:
        out.append(bits & 0xff)
    blocks = bytearray([mcs])
    for i in range(0, len(out), 255):
        blk = out[i:i + 255]
        blocks += bytes([len(blk)]) + blk
    return bytes(blocks) + b'\x00'


def gif(w, h, frames=1, transparent=False, seed=3):
    rnd = random.Random(seed)
    pal = [(255, 255, 255), (0, 0, 0)] + [tuple(rnd.randrange(256) for _ in range(3)) for _ in range(6)]
    out = bytearray(b'GIF89a' + struct.pack('<HH', w, h) + bytes([0xF2, 0, 0]))
    for c in pal:
        out += bytes(c)
    if frames > 1:
        out += b'\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    for f in range(frames):
        flags = 0x01 if transparent else 0x00
        out += b'\x21\xf9\x04' + bytes([flags]) + struct.pack('<H', 40 if frames > 1 else 0) + b'\x00\x00'
        out += b'\x2c' + struct.pack('<HHHH', 0, 0, w, h) + b'\x00'
        px = [0] * (w * h) if transparent else [((x // 4 + y // 4 + f) % 6) + 2 for y in range(h) for x in range(w)]
        out += _gif_lzw(px, 3)
    out += b'\x3b'
    return bytes(out)


def jpeg(w, h, seed=5):
    """Baseline grayscale JPEG; every 8x8 block is flat (DC only), so no DCT is needed."""
    assert w % 8 == 0 and h % 8 == 0
    rnd = random.Random(seed)
    dc_bits = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    dc_vals = list(range(12))
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(dc_bits[length - 1]):
            codes[dc_vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    bw, bh = w // 8, h // 8
    g0 = rnd.randrange(60, 190)
    vals = [max(0, min(255, g0 + (bx * 7 - by * 5) % 60 - 30 + rnd.randrange(-6, 7))) for by in range(bh) for bx in range(bw)]
    bitbuf = []

    def emit(v, n):
        for i in range(n - 1, -1, -1):
            bitbuf.append((v >> i) & 1)
    prev = 0
    for v in vals:
        dc = v - 128              # quantiser 8: (8*(v-128))/8
        diff = dc - prev
        prev = dc
        cat = abs(diff).bit_length()
        c, ln = codes[cat]
        emit(c, ln)
        if cat:
            emit(diff if diff > 0 else (diff - 1) & ((1 << cat) - 1), cat)
        emit(0, 1)                # AC table holds only EOB, coded as '0'
    while len(bitbuf) % 8:
        bitbuf.append(1)
    data = bytearray()
    for i in range(0, len(bitbuf), 8):
        b = int(''.join(map(str, bitbuf[i:i + 8])), 2)
        data.append(b)
        if b == 0xFF:
            data.append(0)

    def seg(marker, payload):
        return b'\xff' + bytes([marker]) + struct.pack('>H', len(payload) + 2) + payload
    out = b'\xff\xd8'
    out += seg(0xE0, b'JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00')
    out += seg(0xDB, b'\x00' + bytes([8] * 64))
    out += seg(0xC0, b'\x08' + struct.pack('>HH', h, w) + b'\x01\x01\x11\x00')
    out += seg(0xC4, b'\x00' + bytes(dc_bits) + bytes(dc_vals))
    out += seg(0xC4, b'\x10' + bytes([1] + [0] * 15) + b'\x00')
    out += seg(0xDA, b'\x01\x01\x00\x00\x3f\x00')
    return out + bytes(data) + b'\xff\xd9'


ZDATE = (2024, 5, 28, 9, 30, 0)


def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def docx(paragraphs):
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
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _html.escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def xlsx(rows):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    cells = ''.join('<row r="%d">%s</row>' % (i + 1, ''.join('<c t="inlineStr"><is><t>%s</t></is></c>' % _html.escape(str(v)) for v in r)) for i, r in enumerate(rows))
    sheet = ('<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % cells)
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                     ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet)])


def exe():
    dos = bytearray(0x80)
    dos[0:2] = b'MZ'
    struct.pack_into('<H', dos, 2, 0x90)
    struct.pack_into('<I', dos, 0x3C, 0x80)
    stub = b'This program cannot be run in DOS mode.\r\r\n$'
    dos[0x4E:0x4E + len(stub)] = stub
    coff = struct.pack('<HHIIIHH', 0x8664, 1, 0x665A1C00, 0, 0, 0xF0, 0x22)
    opt = bytearray(0xF0)
    struct.pack_into('<H', opt, 0, 0x20B)
    struct.pack_into('<I', opt, 16, 0x1000)
    sect = b'.text\x00\x00\x00' + struct.pack('<IIIIIIHHI', 0x200, 0x1000, 0x200, 0x200, 0, 0, 0, 0, 0x60000020)
    body = bytes(dos) + b'PE\x00\x00' + coff + bytes(opt) + sect
    body += b'\x00' * (0x200 - len(body))
    return body + b'\x48\x31\xc0\xc3' + b'\x00' * 0x1FC


def mp4(brand=b'isom'):
    ftyp = struct.pack('>I', 24) + b'ftyp' + brand + struct.pack('>I', 0x200) + brand + b'mp41'
    mvhd = bytearray(108)
    struct.pack_into('>I', mvhd, 0, 108)
    mvhd[4:8] = b'mvhd'
    struct.pack_into('>II', mvhd, 20, 1000, 4000)
    moov = struct.pack('>I', 8 + 108) + b'moov' + bytes(mvhd)
    mdat = b'\x00\x00\x00\x00' + bytes(range(256)) * 16
    return ftyp + moov + struct.pack('>I', 8 + len(mdat)) + b'mdat' + mdat


def heic():
    return struct.pack('>I', 24) + b'ftypheic' + struct.pack('>I', 0) + b'mif1heic' + struct.pack('>I', 16) + b'meta' + b'\x00' * 8


def rar():
    return b'Rar!\x1a\x07\x01\x00' + bytes(random.Random(9).randrange(256) for _ in range(600))


def ics(summary):
    return ('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//heldout6//EN\r\nBEGIN:VEVENT\r\nUID:ho6-20240612@invalid\r\n'
            'DTSTAMP:20240603T090000Z\r\nDTSTART:20240612T080000Z\r\nDTEND:20240612T120000Z\r\nSUMMARY:%s\r\n'
            'END:VEVENT\r\nEND:VCALENDAR\r\n' % summary).encode('utf-8')


# ---------------------------------------------------------------------------------------
# Markets, sellers, buyers
# ---------------------------------------------------------------------------------------

MK = {
    'us': dict(relay='marketplace.amazon.com', www='www.amazon.com', sc='sellercentral.amazon.com', pref=['111', '112', '113', '114'], tz=-7, ses='email.amazonses.com'),
    'uk': dict(relay='marketplace.amazon.co.uk', www='www.amazon.co.uk', sc='sellercentral.amazon.co.uk', pref=['202', '203', '204', '205', '206'], tz=1, ses='eu-west-1.amazonses.com'),
    'de': dict(relay='marketplace.amazon.de', www='www.amazon.de', sc='sellercentral.amazon.de', pref=['302', '303', '304', '305', '306', '028'], tz=2, ses='eu-west-1.amazonses.com'),
    'fr': dict(relay='marketplace.amazon.fr', www='www.amazon.fr', sc='sellercentral.amazon.fr', pref=['402', '403', '404', '405', '407', '171'], tz=2, ses='eu-west-1.amazonses.com'),
    'es': dict(relay='marketplace.amazon.es', www='www.amazon.es', sc='sellercentral.amazon.es', pref=['402', '403', '405', '406', '408', '171'], tz=2, ses='eu-west-1.amazonses.com'),
    'it': dict(relay='marketplace.amazon.it', www='www.amazon.it', sc='sellercentral.amazon.it', pref=['402', '403', '404', '405', '406', '171'], tz=2, ses='eu-west-1.amazonses.com'),
    'jp': dict(relay='marketplace.amazon.co.jp', www='www.amazon.co.jp', sc='sellercentral.amazon.co.jp', pref=['249', '250', '503'], tz=9, ses='ap-northeast-1.amazonses.com'),
    'nl': dict(relay='marketplace.amazon.nl', www='www.amazon.nl', sc='sellercentral.amazon.nl', pref=['402', '403', '404', '405', '028'], tz=2, ses='eu-west-1.amazonses.com'),
    'pl': dict(relay='marketplace.amazon.pl', www='www.amazon.pl', sc='sellercentral.amazon.pl', pref=['402', '403', '404', '405'], tz=2, ses='eu-west-1.amazonses.com'),
    'se': dict(relay='marketplace.amazon.se', www='www.amazon.se', sc='sellercentral.amazon.se', pref=['402', '403', '405', '406'], tz=2, ses='eu-west-1.amazonses.com'),
    'br': dict(relay='marketplace.amazon.com.br', www='www.amazon.com.br', sc='sellercentral.amazon.com.br', pref=['701', '702'], tz=-3, ses='email.amazonses.com'),
}

SELLERS = {}


def seller(key, market, lang, name, domain, style, agents, sig, products, boiler=None):
    SELLERS[key] = dict(key=key, mk=market, lang=lang, name=name, domain=domain, style=style,
                        agents=agents, sig=sig, products=products, boiler=boiler or lang)


seller('brightwick', 'us', 'en', 'Brightwick Home', 'brightwick-home.example', 'gorgias', ['Emma Hart', 'Luis Ortega'],
       'Brightwick Home | Customer Care',
       ['Brightwick Soy Candle Trio - Cedar & Fig, Sea Salt, Amber', 'Brightwick Rechargeable Table Lamp, Brushed Brass', 'Brightwick Linen Lamp Shade 30 cm'])
seller('trailforge', 'us', 'en', 'TrailForge Outdoor', 'trailforge-outdoor.example', 'zendesk', ['Kyle Brennan', 'Tasha Reyes'],
       'TrailForge Outdoor Support',
       ['TrailForge Ridgeline 2-Person Backpacking Tent', 'TrailForge HL-400 Rechargeable Headlamp, 400 Lumens', 'TrailForge Ultralight Sleeping Pad, Regular'])
seller('pawsome', 'us', 'en', 'Pawsome Pantry', 'pawsome-pantry.example', 'freshdesk', ['Dana Whitfield', 'Marco Diaz'],
       'Pawsome Pantry Customer Happiness Team',
       ['Pawsome Slow Feeder Dog Bowl, Large, Grey', 'Pawsome Wild Salmon Training Treats, 1 lb', 'Pawsome Orthopedic Dog Bed, Medium'])
seller('voltnest', 'us', 'en', 'VoltNest Electronics', 'voltnest.example', 'helpscout', ['Priya Natarajan', 'Sam Okafor'],
       'VoltNest Support',
       ['VoltNest 65W GaN USB-C Charger, 3 Ports', 'VoltNest S3 Smartwatch (WhatsApp, Telegram & SMS notifications)', 'VoltNest H2 ANC Headset - Teams & Skype Certified'])
seller('kettleandkin', 'uk', 'en', 'Kettle & Kin', 'kettleandkin.example', 'outlook', ['Harriet Cole', 'Ben Ashworth'],
       'Kettle & Kin Customer Care',
       ['Kettle & Kin Enamel Stovetop Kettle 2 L, Sage', 'Kettle & Kin Cast Iron Casserole 24 cm, Cream', 'Kettle & Kin Stoneware Mug Set of 4'])
seller('moorland', 'uk', 'en', 'Moorland Knitwear', 'moorland-knitwear.example', 'thunderbird', ['Gareth Llewellyn', 'Sian Pryce'],
       'Moorland Knitwear',
       ['Moorland Merino Beanie - Heather Grey', 'Moorland Cable-Knit Wool Throw 130 x 170 cm', 'Moorland Fingerless Gloves, Charcoal'])
seller('nordlicht', 'de', 'de', 'Nordlicht Haushaltswaren GmbH', 'nordlicht-haushalt.example', 'zammad', ['Jonas Berger', 'Sabine Krüger'],
       'Nordlicht Haushaltswaren GmbH – Kundenservice',
       ['Nordlicht Saugroboter R5 mit Wischfunktion', 'Nordlicht Kaffeemühle KM-200, Kegelmahlwerk', 'Nordlicht Ersatzbürsten-Set für R5 (6-teilig)'])
seller('bergwerk', 'de', 'de', 'Bergwerk Werkzeuge', 'bergwerk-werkzeuge.example', 'outlook', ['Uwe Hoffmann', 'Petra Sommer'],
       'Bergwerk Werkzeuge – Kundendienst',
       ['Bergwerk Akku-Bohrschrauber 18 V mit 2 Akkus', 'Bergwerk Steckschlüsselsatz 94-tlg.', 'Bergwerk Laser-Entfernungsmesser 40 m'])
seller('fahrradhof', 'de', 'de', 'Fahrradhof Lindner', 'fahrradhof-lindner.example', 'gmail', ['Lena Lindner', 'Tobias Lindner'],
       'Fahrradhof Lindner',
       ['Fahrradhof LED-Rücklicht mit StVZO-Zulassung', 'Fahrradhof Schlauch 28 Zoll Sclaverandventil (2 Stück)', 'Fahrradhof Gepäckträgertasche 20 l'])
seller('maisoncelest', 'fr', 'fr', 'Maison Célest', 'maison-celest.example', 'freshdesk', ['Camille Roux', 'Hugo Lefèvre'],
       'Maison Célest – Service client',
       ['Maison Célest Parure de lit en lin lavé 240 x 260 cm', 'Maison Célest Plaid en coton gaufré', 'Maison Célest Nappe antitache 160 x 250 cm'])
seller('atelierbrun', 'fr', 'fr', 'Atelier Brun', 'atelier-brun.example', 'gmail', ['Julien Brun', 'Léa Martin'],
       'Atelier Brun – Maroquinerie',
       ['Atelier Brun Portefeuille en cuir pleine fleur', 'Atelier Brun Ceinture réversible noir/marron', 'Atelier Brun Porte-cartes en cuir'])
seller('cuisinoa', 'fr', 'fr', 'Cuisinoa', 'cuisinoa.example', 'zendesk', ['Inès Moreau', 'Thomas Girard'],
       'Cuisinoa – Service après-vente',
       ['Cuisinoa Poêle en fonte 28 cm', 'Cuisinoa Robot pâtissier 1000 W, bol 5 L', 'Cuisinoa Set de 3 couteaux de cuisine'])
seller('solyluna', 'es', 'es', 'Sol y Luna Textil', 'solyluna-textil.example', 'helpscout', ['Lucía Fernández', 'Pablo Ruiz'],
       'Sol y Luna Textil – Atención al cliente',
       ['Sol y Luna Juego de toallas de algodón egipcio (6 piezas)', 'Sol y Luna Cortina opaca 140 x 260 cm, gris perla', 'Sol y Luna Funda nórdica de percal 150'])
seller('ferreteria', 'es', 'es', 'Ferretería Montes', 'ferreteria-montes.example', 'outlook', ['Javier Montes', 'Carmen Vidal'],
       'Ferretería Montes – Atención al cliente',
       ['Ferretería Montes Taladro percutor 800 W', 'Ferretería Montes Juego de llaves Allen 9 piezas', 'Ferretería Montes Nivel láser de líneas cruzadas'])
seller('casaverde', 'it', 'it', 'Casa Verde Giardino', 'casaverde-giardino.example', 'zendesk', ['Giulia Ferri', 'Davide Conti'],
       'Casa Verde Giardino – Assistenza clienti',
       ['Casa Verde Set attrezzi da giardino 5 pezzi (cazzuola, forbici, rastrello)', 'Casa Verde Tubo da giardino estensibile 30 m', 'Casa Verde Vaso autoirrigante 40 cm'])
seller('pelletteria', 'it', 'it', 'Pelletteria Arno', 'pelletteria-arno.example', 'gmail', ['Marco Bellini', 'Chiara Rinaldi'],
       'Pelletteria Arno – Servizio clienti',
       ['Pelletteria Arno Borsa a tracolla in pelle, cognac', 'Pelletteria Arno Portafoglio uomo RFID', 'Pelletteria Arno Cintura in pelle 35 mm'])
seller('sakuradou', 'jp', 'ja', '桜堂', 'sakuradou.example', 'gmail', ['佐藤 美咲', '小川 大輔'],
       '桜堂 カスタマーサポート',
       ['桜堂 有田焼 湯呑み 2客セット', '桜堂 常滑焼 急須 300ml', '桜堂 ガラス製 冷茶ポット 1.2L'])
seller('hikari', 'jp', 'ja', 'ヒカリデンキ', 'hikari-denki.example', 'zendesk', ['田中 健', '森 さやか'],
       'ヒカリデンキ サポートセンター',
       ['ヒカリデンキ モバイルバッテリー 10000mAh PD対応', 'ヒカリデンキ ワイヤレスイヤホン HX-20', 'ヒカリデンキ USB-C 充電ケーブル 2m'])
seller('tulpenhuis', 'nl', 'nl', 'Tulpenhuis Wonen', 'tulpenhuis.example', 'freshdesk', ['Sanne de Vries', 'Ruben Bakker'],
       'Tulpenhuis Wonen – Klantenservice',
       ['Tulpenhuis Linnen dekbedovertrek 200 x 220 cm', 'Tulpenhuis Geurkaars Vijg & Ceder', 'Tulpenhuis Plaid van katoen, oker'])
seller('fietsfabriek', 'nl', 'nl', 'De Fietsfabriek', 'defietsfabriek.example', 'gmail', ['Daan Jansen', 'Lotte Visser'],
       'De Fietsfabriek',
       ['De Fietsfabriek Kettingslot ART-2 110 cm', 'De Fietsfabriek Waterdichte fietstas 20 l', 'De Fietsfabriek LED-fietsverlichtingsset'])
seller('bursztyn', 'pl', 'pl', 'Bursztynowy Dom', 'bursztynowy-dom.example', 'thunderbird', ['Katarzyna Nowak', 'Michał Zieliński'],
       'Bursztynowy Dom – Obsługa klienta',
       ['Bursztynowy Dom Koc z wełny merino 150 x 200 cm', 'Bursztynowy Dom Świeca sojowa w szkle, bursztyn', 'Bursztynowy Dom Poszewki lniane 50 x 60 cm (2 szt.)'])
seller('mazurka', 'pl', 'pl', 'Mazurka Sport', 'mazurka-sport.example', 'freshdesk', ['Piotr Wiśniewski', 'Agnieszka Wójcik'],
       'Mazurka Sport – Dział obsługi klienta',
       ['Mazurka Sport Mata do jogi 6 mm, antypoślizgowa', 'Mazurka Sport Hantle winylowe 2 x 5 kg', 'Mazurka Sport Gumy oporowe, zestaw 5 szt.'])
seller('fjallbo', 'se', 'sv', 'Fjällbo Design', 'fjallbo-design.example', 'helpscout', ['Elin Lindqvist', 'Oskar Nyström'],
       'Fjällbo Design – Kundtjänst',
       ['Fjällbo Bordslampa i ek med linneskärm', 'Fjällbo Taklampa i rotting, 45 cm', 'Fjällbo LED-ljuskälla E27 2700K (3-pack)'])
seller('skargard', 'se', 'sv', 'Skärgård Kök', 'skargard-kok.example', 'gmail', ['Johan Berg', 'Maja Holm'],
       'Skärgård Kök – Kundservice',
       ['Skärgård Kök Stekpanna i gjutjärn 26 cm', 'Skärgård Kök Knivset 3 delar, damaskus', 'Skärgård Kök Skärbräda i ek 40 x 25 cm'])
seller('cantinho', 'br', 'pt', 'Cantinho Verde', 'cantinhoverde.example', 'gorgias', ['Mariana Souza', 'Felipe Rocha'],
       'Cantinho Verde – Atendimento',
       ['Cantinho Verde Vaso autoirrigável 20 cm, terracota', 'Cantinho Verde Kit jardinagem 6 peças', 'Cantinho Verde Substrato para suculentas 5 kg'])
seller('ipanema', 'br', 'pt', 'Ipanema Tech', 'ipanematech.example', 'zendesk', ['Rafael Lima', 'Bruna Alves'],
       'Ipanema Tech – Suporte ao cliente',
       ['Ipanema Tech Fone de ouvido Bluetooth IP-5 com cancelamento de ruído', 'Ipanema Tech Carregador turbo USB-C 20 W', 'Ipanema Tech Cabo USB-C reforçado 2 m'])
# Portuguese sellers sell to Portugal through amazon.es: relay .es, Spanish notification boilerplate
seller('douro', 'es', 'pt', 'Casa do Douro', 'casadodouro.example', 'outlook', ['Inês Carvalho', 'Rui Mendes'],
       'Casa do Douro – Apoio ao cliente',
       ['Casa do Douro Travessa de cerâmica pintada à mão, 36 cm', 'Casa do Douro Conjunto de 4 canecas de grés', 'Casa do Douro Azulejo decorativo emoldurado'], boiler='es')
seller('lisboacraft', 'es', 'pt', 'Lisboa Craft', 'lisboacraft.example', 'thunderbird', ['Tiago Ferreira', 'Sofia Antunes'],
       'Lisboa Craft – Apoio ao cliente',
       ['Lisboa Craft Carteira em cortiça natural', 'Lisboa Craft Base para tachos em cortiça (conjunto de 4)', 'Lisboa Craft Mochila em cortiça e algodão'], boiler='es')

BUYERS = {
    'en': ['Megan', 'Jordan', 'Tyler', 'Ashley', 'Brandon', 'Olivia', 'Marcus', 'Chloe', 'Derek', 'Hannah', 'Sophie', 'Callum',
           'Imogen', 'Rhys', 'Nathan', 'Grace', 'Logan', 'Zoe', 'Evan', 'Leah', 'Caleb', 'Ruby', 'Owen', 'Maya', 'Isaac', 'Alice',
           'Dylan', 'Erin', 'Jack', 'Fiona', 'Priya', 'Tom', 'Beth', 'Kevin', 'Nora', 'Gavin'],
    'de': ['Anna', 'Markus', 'Julia', 'Stefan', 'Katrin', 'Florian', 'Miriam', 'Tobias', 'Sandra', 'Dirk', 'Heike', 'Lukas', 'Nicole', 'Jan', 'Birgit', 'Matthias'],
    'fr': ['Claire', 'Nicolas', 'Élodie', 'Mathieu', 'Sophie', 'Antoine', 'Céline', 'Julien', 'Aurélie', 'Romain', 'Manon', 'Olivier', 'Margaux', 'Benoît'],
    'es': ['María', 'Alejandro', 'Laura', 'Sergio', 'Marta', 'David', 'Elena', 'Raúl', 'Cristina', 'Iván', 'Nuria', 'Jorge', 'Paula', 'Álvaro'],
    'it': ['Francesca', 'Luca', 'Elena', 'Matteo', 'Sara', 'Alessandro', 'Valentina', 'Stefano', 'Martina', 'Andrea', 'Silvia', 'Paolo', 'Federica'],
    'ja': ['山田', '鈴木', '高橋', '伊藤', '渡辺', '中村', '小林', '加藤', '吉田', '松本', '井上', '木村', '清水', '山口', '斎藤'],
    'nl': ['Eva', 'Bas', 'Femke', 'Thijs', 'Anouk', 'Jeroen', 'Lieke', 'Maarten', 'Iris', 'Sander', 'Noor', 'Wouter', 'Marloes'],
    'pl': ['Anna', 'Tomasz', 'Magdalena', 'Paweł', 'Joanna', 'Krzysztof', 'Monika', 'Marcin', 'Ewa', 'Łukasz', 'Karolina', 'Grzegorz', 'Aleksandra'],
    'sv': ['Emma', 'Erik', 'Sara', 'Anders', 'Linnea', 'Mattias', 'Karin', 'Fredrik', 'Ida', 'Henrik', 'Sofia', 'Niklas', 'Hanna'],
    'pt': ['Ana', 'João', 'Beatriz', 'Lucas', 'Camila', 'Pedro', 'Larissa', 'Gustavo', 'Juliana', 'Rodrigo', 'Marta', 'Nuno', 'Filipa', 'Duarte', 'Catarina', 'Tiago', 'Rita', 'Miguel'],
}

# ---------------------------------------------------------------------------------------
# Amazon notification text (what the buyer's message looks like when it reaches the helpdesk)
# ---------------------------------------------------------------------------------------

NT = {
    'en': dict(msg='------------- Message: -------------', end='------------- End message -------------',
               oid='Order ID {oid}:', item='1 of {p} [ASIN: {a}]', asin='Product: {p} [ASIN: {a}]',
               fyi='For Your Information: To help arrive at a resolution, Amazon will monitor this message and may request additional information from you.',
               helpful='Was this email helpful?',
               pref='You can change which Buyer-Seller Messaging notifications you receive in Notification Preferences:',
               copy='Copyright 2024 Amazon.com, Inc. or its affiliates. All rights reserved.\nAmazon.com, 410 Terry Avenue North, Seattle, WA 98109-5210',
               copy_uk='Copyright 2024 Amazon.com, Inc. or its affiliates. All rights reserved.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg',
               subj='Inquiry from Amazon customer {n} (Order: {oid})', psubj='Product details inquiry from Amazon customer {n}'),
    'de': dict(msg='------------- Nachricht: -------------', end='------------- Ende der Nachricht -------------',
               oid='Bestellnummer {oid}:', item='1 von {p} [ASIN: {a}]', asin='Artikel: {p} [ASIN: {a}]',
               fyi='Zu Ihrer Information: Um eine Lösung zu finden, überwacht Amazon diese Nachricht und fordert ggf. weitere Informationen von Ihnen an.',
               helpful='War diese E-Mail hilfreich?',
               pref='Welche Benachrichtigungen zu Käufer-Verkäufer-Nachrichten Sie erhalten, legen Sie in den Benachrichtigungseinstellungen fest:',
               copy='Copyright 2024 Amazon, Inc. oder Tochtergesellschaften. Alle Rechte vorbehalten.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg',
               subj='Anfrage von Amazon-Kunde {n} (Bestellung: {oid})', psubj='Produktanfrage von Amazon-Kunde {n}'),
    'fr': dict(msg='------------- Message : -------------', end='------------- Fin du message -------------',
               oid='Numéro de commande {oid} :', item='1 sur {p} [ASIN: {a}]', asin='Produit : {p} [ASIN: {a}]',
               fyi='Pour information : afin de trouver une solution, Amazon surveillera ce message et pourra vous demander des informations complémentaires.',
               helpful='Cet e-mail vous a-t-il été utile ?',
               pref='Vous pouvez choisir les notifications de messagerie acheteur-vendeur que vous recevez dans vos Préférences de notification :',
               copy='Copyright 2024 Amazon, Inc. ou ses filiales. Tous droits réservés.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg',
               subj='Demande de renseignements du client Amazon {n} (Commande : {oid})', psubj='Question sur un produit du client Amazon {n}'),
    'es': dict(msg='------------- Mensaje: -------------', end='------------- Finalizar mensaje -------------',
               oid='Número de pedido {oid}:', item='1 de {p} [ASIN: {a}]', asin='Producto: {p} [ASIN: {a}]',
               fyi='Para tu información: para ayudar a encontrar una solución, Amazon supervisará este mensaje y es posible que te solicite información adicional.',
               helpful='¿Te ha resultado útil este e-mail?',
               pref='Puedes elegir qué notificaciones de mensajes entre compradores y vendedores recibes en Preferencias de notificación:',
               copy='Copyright 2024 Amazon, Inc. o sus afiliados. Todos los derechos reservados.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo',
               subj='Consulta del cliente de Amazon {n} (Pedido: {oid})', psubj='Consulta sobre detalles del producto del cliente de Amazon {n}'),
    'it': dict(msg='------------- Messaggio: -------------', end='------------- Fine messaggio -------------',
               oid='Numero ordine {oid}:', item='1 di {p} [ASIN: {a}]', asin='Prodotto: {p} [ASIN: {a}]',
               fyi='Per tua informazione: per aiutarti a trovare una soluzione, Amazon monitorerà questo messaggio e potrebbe richiederti ulteriori informazioni.',
               helpful='Questa e-mail ti è stata utile?',
               pref='Puoi scegliere quali notifiche della messaggistica acquirente-venditore ricevere in Preferenze di notifica:',
               copy='Copyright 2024 Amazon, Inc. o società affiliate. Tutti i diritti riservati.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo',
               subj='Richiesta dal cliente Amazon {n} (Ordine: {oid})', psubj='Domanda sui dettagli del prodotto dal cliente Amazon {n}'),
    'ja': dict(msg='------------- メッセージ: -------------', end='------------- メッセージ終了 -------------',
               oid='注文番号 {oid}:', item='{p} 1点 [ASIN: {a}]', asin='商品: {p} [ASIN: {a}]',
               fyi='お知らせ: 問題解決のため、Amazonはこのメッセージを確認し、追加情報をお願いする場合があります。',
               helpful='このメールはお役に立ちましたか？',
               pref='購入者・出品者間メッセージの通知設定は、通知の設定から変更できます:',
               copy='Copyright 2024 Amazon.com, Inc. or its affiliates. All rights reserved.\nアマゾンジャパン合同会社 東京都目黒区下目黒1-8-1',
               subj='Amazonのお客様 {n} からのお問い合わせ (注文: {oid})', psubj='Amazonのお客様 {n} からの商品に関するお問い合わせ'),
    'nl': dict(msg='------------- Bericht: -------------', end='------------- Einde bericht -------------',
               oid='Bestelnummer {oid}:', item='1 van {p} [ASIN: {a}]', asin='Product: {p} [ASIN: {a}]',
               fyi='Ter informatie: om tot een oplossing te komen, controleert Amazon dit bericht en kan Amazon u om aanvullende informatie vragen.',
               helpful='Was deze e-mail nuttig?',
               pref='Welke meldingen over berichten tussen kopers en verkopers u ontvangt, stelt u in bij Meldingsvoorkeuren:',
               copy='Copyright 2024 Amazon, Inc. of gelieerde bedrijven. Alle rechten voorbehouden.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg',
               subj='Vraag van Amazon-klant {n} (Bestelling: {oid})', psubj='Vraag over productdetails van Amazon-klant {n}'),
    'pl': dict(msg='------------- Wiadomość: -------------', end='------------- Koniec wiadomości -------------',
               oid='Numer zamówienia {oid}:', item='1 z {p} [ASIN: {a}]', asin='Produkt: {p} [ASIN: {a}]',
               fyi='Dla Twojej informacji: aby pomóc w znalezieniu rozwiązania, Amazon będzie monitorować tę wiadomość i może poprosić Cię o dodatkowe informacje.',
               helpful='Czy ten e-mail był pomocny?',
               pref='Możesz wybrać, które powiadomienia o wiadomościach między kupującym a sprzedawcą otrzymujesz, w Preferencjach powiadomień:',
               copy='Copyright 2024 Amazon, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg',
               subj='Zapytanie od klienta Amazon {n} (Zamówienie: {oid})', psubj='Pytanie o szczegóły produktu od klienta Amazon {n}'),
    'sv': dict(msg='------------- Meddelande: -------------', end='------------- Slut på meddelandet -------------',
               oid='Ordernummer {oid}:', item='1 av {p} [ASIN: {a}]', asin='Produkt: {p} [ASIN: {a}]',
               fyi='För din information: För att hjälpa till att hitta en lösning kommer Amazon att övervaka det här meddelandet och kan begära ytterligare information från dig.',
               helpful='Var det här e-postmeddelandet till hjälp?',
               pref='Du kan välja vilka aviseringar om meddelanden mellan köpare och säljare du får under Aviseringsinställningar:',
               copy='Copyright 2024 Amazon, Inc. eller dess dotterbolag. Med ensamrätt.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg',
               subj='Förfrågan från Amazon-kunden {n} (Beställning: {oid})', psubj='Fråga om produktinformation från Amazon-kunden {n}'),
    'pt': dict(msg='------------- Mensagem: -------------', end='------------- Encerrar mensagem -------------',
               oid='Número do pedido {oid}:', item='1 de {p} [ASIN: {a}]', asin='Produto: {p} [ASIN: {a}]',
               fyi='Para sua informação: para ajudar a chegar a uma solução, a Amazon monitorará esta mensagem e poderá solicitar informações adicionais.',
               helpful='Este e-mail foi útil?',
               pref='Você pode escolher quais notificações de mensagens entre comprador e vendedor deseja receber em Preferências de notificação:',
               copy='Copyright 2024 Amazon, Inc. ou suas afiliadas. Todos os direitos reservados.\nAmazon Serviços de Varejo do Brasil Ltda., Av. Juscelino Kubitschek, 2041, São Paulo - SP, 04543-011',
               subj='Consulta do cliente da Amazon {n} (Pedido: {oid})', psubj='Consulta sobre detalhes do produto do cliente da Amazon {n}'),
}

WD = {
    'en': (['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'], ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']),
    'de': (['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'], ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']),
    'fr': (['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'], ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim']),
    'es': (['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'], ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom']),
    'it': (['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'], ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom']),
    'ja': (['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'], ['月', '火', '水', '木', '金', '土', '日']),
    'nl': (['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'], ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']),
    'pl': (['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'], ['pon', 'wt', 'śr', 'czw', 'pt', 'sob', 'niedz']),
    'sv': (['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'], ['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön']),
    'pt': (['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'], ['seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom']),
}
MO = {
    'en': ('January February March April May June July August September October November December'.split(), 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()),
    'de': ('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(), 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.'.split()),
    'fr': ('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(), 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split()),
    'es': ('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(), 'ene feb mar abr may jun jul ago sept oct nov dic'.split()),
    'it': ('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(), 'gen feb mar apr mag giu lug ago set ott nov dic'.split()),
    'ja': ([str(i) for i in range(1, 13)], [str(i) for i in range(1, 13)]),
    'nl': ('januari februari maart april mei juni juli augustus september oktober november december'.split(), 'jan feb mrt apr mei jun jul aug sep okt nov dec'.split()),
    'pl': ('stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(), 'sty lut mar kwi maj cze lip sie wrz paź lis gru'.split()),
    'sv': ('januari februari mars april maj juni juli augusti september oktober november december'.split(), 'jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.'.split()),
    'pt': ('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(), 'jan fev mar abr mai jun jul ago set out nov dez'.split()),
}

OUTLOOK_LBL = {
    'en': ('From', 'Sent', 'To', 'Subject'), 'de': ('Von', 'Gesendet', 'An', 'Betreff'),
    'fr': ('De\u00a0', 'Envoyé\u00a0', 'À\u00a0', 'Objet\u00a0'), 'es': ('De', 'Enviado el', 'Para', 'Asunto'),
    'it': ('Da', 'Inviato', 'A', 'Oggetto'), 'ja': ('差出人', '送信日時', '宛先', '件名'),
    'nl': ('Van', 'Verzonden', 'Aan', 'Onderwerp'), 'pl': ('Od', 'Wysłane', 'Do', 'Temat'),
    'sv': ('Från', 'Skickat', 'Till', 'Ämne'), 'pt': ('De', 'Enviado', 'Para', 'Assunto'),
}
OUTLOOK_RE = {'en': 'RE: ', 'de': 'AW: ', 'fr': 'RE : ', 'es': 'RE: ', 'it': 'R: ', 'ja': 'RE: ', 'nl': 'RE: ',
              'pl': 'RE: ', 'sv': 'SV: ', 'pt': 'RE: '}


def outlook_date(lang, d):
    wdf, _ = WD[lang]
    mof, _ = MO[lang]
    w, H, M = wdf[d.weekday()], d.hour, d.minute
    if lang == 'en':
        h12 = H % 12 or 12
        return f'{w}, {mof[d.month - 1]} {d.day}, {d.year} {h12}:{M:02d} {"AM" if H < 12 else "PM"}'
    return {
        'de': f'{w}, {d.day}. {mof[d.month - 1]} {d.year} {H:02d}:{M:02d}',
        'fr': f'{w} {d.day} {mof[d.month - 1]} {d.year} {H:02d}:{M:02d}',
        'es': f'{w}, {d.day} de {mof[d.month - 1]} de {d.year} {H:02d}:{M:02d}',
        'it': f'{w} {d.day} {mof[d.month - 1]} {d.year} {H:02d}:{M:02d}',
        'ja': f'{d.year}年{d.month}月{d.day}日 {H}:{M:02d}',
        'nl': f'{w} {d.day} {mof[d.month - 1]} {d.year} {H:02d}:{M:02d}',
        'pl': f'{w}, {d.day} {mof[d.month - 1]} {d.year} {H:02d}:{M:02d}',
        'sv': f'den {d.day} {mof[d.month - 1]} {d.year} {H:02d}:{M:02d}',
        'pt': f'{w}, {d.day} de {mof[d.month - 1]} de {d.year} {H:02d}:{M:02d}',
    }[lang]


def gmail_intro(lang, d, name, addr):
    wdf, wda = WD[lang]
    mof, moa = MO[lang]
    w, H, M, m = wda[d.weekday()], d.hour, d.minute, d.month - 1
    h12 = H % 12 or 12
    ap = 'AM' if H < 12 else 'PM'
    return {
        'en': f'On {w}, {moa[m]} {d.day}, {d.year} at {h12}:{M:02d}\u202f{ap} {name} <{addr}> wrote:',
        'de': f'Am {w}., {d.day}. {mof[m]} {d.year} um {H:02d}:{M:02d} Uhr schrieb {name} <{addr}>:',
        'fr': f'Le {w}. {d.day} {mof[m]} {d.year} à {H:02d}:{M:02d}, {name} <{addr}> a écrit :',
        'es': f'El {w}, {d.day} {moa[m]} {d.year} a las {H}:{M:02d}, {name} (<{addr}>) escribió:',
        'it': f'Il giorno {w} {d.day} {moa[m]} {d.year} alle ore {H:02d}:{M:02d} {name} <{addr}> ha scritto:',
        'ja': f'{d.year}年{d.month}月{d.day}日({w}) {H}:{M:02d} {name} <{addr}>:',
        'nl': f'Op {w} {d.day} {moa[m]} {d.year} om {H:02d}:{M:02d} schreef {name} <{addr}>:',
        'pl': f'{w}., {d.day} {moa[m]} {d.year} o {H:02d}:{M:02d} {name} <{addr}> napisał(a):',
        'sv': f'Den {w} {d.day} {mof[m]} {d.year} kl {H:02d}:{M:02d} skrev {name} <{addr}>:',
        'pt': f'Em {w}., {d.day} de {moa[m]}. de {d.year} às {H:02d}:{M:02d}, {name} <{addr}> escreveu:',
    }[lang]


def tb_intro(lang, d, name):
    dd, mm, yyyy, yy, H, M = f'{d.day:02d}', f'{d.month:02d}', d.year, f'{d.year % 100:02d}', d.hour, d.minute
    return {
        'en': f'On {dd}/{mm}/{yyyy} {H:02d}:{M:02d}, {name} wrote:',
        'de': f'Am {dd}.{mm}.{yy} um {H:02d}:{M:02d} schrieb {name}:',
        'fr': f'Le {dd}/{mm}/{yyyy} à {H:02d}:{M:02d}, {name} a écrit\u00a0:',
        'es': f'El {dd}/{mm}/{yyyy} a las {H:02d}:{M:02d}, {name} escribió:',
        'it': f'Il {dd}/{mm}/{yy} {H:02d}:{M:02d}, {name} ha scritto:',
        'ja': f'On {yyyy}/{mm}/{dd} {H:02d}:{M:02d}, {name} wrote:',
        'nl': f'Op {dd}-{mm}-{yyyy} om {H:02d}:{M:02d} schreef {name}:',
        'pl': f'W dniu {dd}.{mm}.{yyyy} o {H:02d}:{M:02d}, {name} pisze:',
        'sv': f'Den {yyyy}-{mm}-{dd} kl. {H:02d}:{M:02d}, skrev {name}:',
        'pt': f'Em {dd}/{mm}/{yyyy} {H:02d}:{M:02d}, {name} escreveu:',
    }[lang]


def zammad_intro(lang, d, name):
    ds = f'{d.day:02d}.{d.month:02d}.{d.year} {d.hour:02d}:{d.minute:02d}'
    return {'de': f'Am {ds}, schrieb {name}:', 'en': f'On {ds}, {name} wrote:', 'fr': f'Le {ds}, {name} a écrit :',
            'es': f'El {ds}, {name} escribió:', 'it': f'Il {ds}, {name} ha scritto:', 'ja': f'{ds}, {name} wrote:',
            'nl': f'Op {ds} schreef {name}:', 'pl': f'{ds}, {name} napisał(a):', 'sv': f'{ds} skrev {name}:',
            'pt': f'Em {ds}, {name} escreveu:'}[lang]


def freshdesk_intro(d, name, addr):
    _, wda = WD['en']
    _, moa = MO['en']
    h12 = d.hour % 12 or 12
    return f'On {wda[d.weekday()]}, {d.day} {moa[d.month - 1]} at {h12}:{d.minute:02d} {"AM" if d.hour < 12 else "PM"} , {name} <{addr}> wrote:'


def helpscout_intro(lang, d, name, addr):
    if lang != 'en':
        return gmail_intro(lang, d, name, addr)
    _, moa = MO['en']
    h12 = d.hour % 12 or 12
    return f'On {moa[d.month - 1]} {d.day}, {d.year} at {h12}:{d.minute:02d} {"am" if d.hour < 12 else "pm"}, {name} <{addr}> wrote:'


STYLE_ENC = {
    'gmail': ('utf-8', 'quoted-printable'), 'gorgias': ('utf-8', 'quoted-printable'),
    'helpscout': ('utf-8', 'quoted-printable'), 'freshdesk': ('utf-8', 'base64'),
    'zendesk': ('utf-8', 'quoted-printable'), 'zammad': ('utf-8', 'quoted-printable'),
    'thunderbird': ('utf-8', '8bit'), 'outlook': ('windows-1252', 'quoted-printable'),
    'plain': ('utf-8', 'quoted-printable'),
}
LANG_ENC = {  # (style, lang) -> (charset, cte)
    ('outlook', 'pl'): ('iso-8859-2', 'quoted-printable'), ('outlook', 'ja'): ('iso-2022-jp', '7bit'),
    ('thunderbird', 'ja'): ('iso-2022-jp', '7bit'), ('zendesk', 'ja'): ('utf-8', 'base64'),
    ('zammad', 'ja'): ('shift_jis', 'base64'), ('gmail', 'ja'): ('utf-8', 'base64'),
    ('outlook', 'sv'): ('iso-8859-1', 'quoted-printable'), ('thunderbird', 'de'): ('iso-8859-15', '8bit'),
    ('zammad', 'pl'): ('iso-8859-2', 'quoted-printable'), ('helpscout', 'ja'): ('utf-8', 'base64'),
    ('freshdesk', 'ja'): ('utf-8', 'base64'), ('gorgias', 'ja'): ('utf-8', 'base64'),
    ('thunderbird', 'fr'): ('iso-8859-15', 'quoted-printable'), ('gmail', 'sv'): ('iso-8859-1', 'quoted-printable'),
    ('gmail', 'es'): ('iso-8859-1', 'quoted-printable'), ('gmail', 'fr'): ('iso-8859-1', 'quoted-printable'),
    ('zammad', 'de'): ('iso-8859-15', 'quoted-printable'), ('gmail', 'it'): ('iso-8859-1', '8bit'),
    ('helpscout', 'nl'): ('iso-8859-1', 'quoted-printable'), ('gorgias', 'pt'): ('iso-8859-1', 'quoted-printable'),
}
CRLF_STYLES = {'outlook', 'zendesk', 'freshdesk'}
FALLBACK_CS = {'iso-8859-1': 'windows-1252', 'iso-8859-15': 'windows-1252', 'iso-8859-2': 'windows-1250'}

# ---------------------------------------------------------------------------------------
# Message construction
# ---------------------------------------------------------------------------------------

S = []          # specs, in writing order
PY_CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'windows-1252': 'cp1252'}


def add(slug, seller_key, labels, note, body, **kw):
    for c in labels:
        assert c in CATS, (slug, c)
    S.append(dict(slug=slug, seller=seller_key, labels=list(labels), note=note, body=body, **kw))


def codec(cs):
    return PY_CODEC.get(cs, cs)


def encodable(text, cs):
    try:
        text.encode(codec(cs))
        return True
    except UnicodeEncodeError:
        return False


def enc_body(data, cte):
    if not data.endswith(b'\n'):
        data += b'\n'
    if cte in ('7bit', '8bit'):
        if cte == '7bit':
            assert all(b < 128 for b in data)
        assert all(len(l) <= 998 for l in data.split(b'\n')), 'line too long for %s' % cte
        return data
    if cte == 'quoted-printable':
        out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        return out if out.endswith(b'\n') else out + b'=\n'
    if cte == 'base64':
        return base64.encodebytes(data)
    raise ValueError(cte)


def leaf(ctype, data, cte, extra=()):
    hdrs = [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)] + list(extra)
    return dict(h=hdrs, b=enc_body(data, cte))


def multi(sub, parts, bnd):
    return dict(h=[('Content-Type', f'multipart/{sub};\n\tboundary="{bnd}"')], parts=parts, bnd=bnd)


def render(node, top=False):
    out = b''.join(f'{k}: {v}\n'.encode('ascii') for k, v in node['h']) + b'\n'
    if 'parts' in node:
        if top:
            out += b'This is a multi-part message in MIME format.\n'
        for p in node['parts']:
            out += b'--' + node['bnd'].encode() + b'\n' + render(p)
        out += b'--' + node['bnd'].encode() + b'--\n'
    else:
        out += node['b']
    return out


def hdr(value, cs='utf-8'):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        hc = cs if encodable(value, cs) and cs not in ('shift_jis',) else 'utf-8'
        return Header(value, hc, maxlinelen=76, header_name='Subject').encode(linesep='\n\t')


def addr_hdr(name, addr, cs='utf-8'):
    try:
        name.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"%s"' % name.replace('"', '')
        return f'{name} <{addr}>'
    except UnicodeEncodeError:
        return f'{hdr(name, cs)} <{addr}>'


def att_headers(fname, ctype, inline_cid=None):
    try:
        fname.encode('ascii')
        ct = f'{ctype};\n\tname="{fname}"'
        cd = f'{"inline" if inline_cid else "attachment"};\n\tfilename="{fname}"'
    except UnicodeEncodeError:
        ct = f'{ctype};\n\tname="{Header(fname, "utf-8").encode()}"'
        cd = f'{"inline" if inline_cid else "attachment"};\n\tfilename*={encode_rfc2231(fname, "utf-8")}'
    extra = [('Content-Disposition', cd)]
    if inline_cid:
        extra.append(('Content-ID', f'<{inline_cid}>'))
    return ct, extra


URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def linkify(escaped):
    return URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)


def text_to_html(t):
    return '<br>\n'.join(linkify(_html.escape(l, quote=False)) for l in t.split('\n'))


def body_to_html(body):
    paras = [p for p in re.split(r'\n\s*\n', body.strip('\n'))]
    return '\n'.join('<p>%s</p>' % text_to_html(p) for p in paras)


def flow(text, width=72):
    """format=flowed (RFC 3676): soft breaks end with a space; stuff lines starting with space/From/>."""
    out = []
    for line in text.split('\n'):
        quote = ''
        m = re.match(r'^(>+ ?)', line)
        if m and line.startswith('>'):
            quote, line = m.group(1), line[len(m.group(1)):]
        line = line.rstrip(' ')
        if not quote and (line.startswith(' ') or line.startswith('From ')):
            line = ' ' + line
        words = line.split(' ')
        cur = ''
        segs = []
        for w in words:
            if cur and len(quote) + len(cur) + 1 + len(w) > width:
                segs.append(cur + ' ')
                cur = w
            else:
                cur = w if not cur else cur + ' ' + w
        segs.append(cur)
        out += [quote + s for s in segs]
    return '\n'.join(out)


def rand_token(rng, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


USED_OIDS = {}
PAIR_IDENT = {}
ASINS = {}


def asin_for(seller_key, i):
    k = (seller_key, i)
    if k not in ASINS:
        r = random.Random(f'asin/{seller_key}/{i}')
        ASINS[k] = 'B0' + rand_token(r, 8)
    return ASINS[k]


def new_oid(rng, mk):
    while True:
        oid = f"{rng.choice(mk['pref'])}-{rng.randrange(10 ** 7):07d}-{rng.randrange(10 ** 7):07d}"
        if oid not in USED_OIDS:
            return oid


def identity(sp, s, lang):
    mk = MK[s['mk']]
    key = sp.get('pair')
    if key and key in PAIR_IDENT:
        return PAIR_IDENT[key]
    rng = random.Random('ident/' + (key or sp['slug']))
    ident = dict(
        oid=new_oid(rng, mk),
        relay=''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(15)),
        name=sp.get('bname') or rng.choice(BUYERS[lang]),
        amz_mid='%016x-%s-000000' % (rng.getrandbits(64), '-'.join('%04x' % rng.getrandbits(16) for _ in range(3))),
        tok=rand_token(rng, 14),
    )
    if key:
        PAIR_IDENT[key] = ident
    return ident


HELPDESK_HDRS = {
    'gmail': [], 'plain': [('X-Mailer', 'ShipNotify 4.2')],
    'gorgias': [('X-Mailer', 'Gorgias')], 'zendesk': [('X-Mailer', 'Zendesk Mailer'), ('X-Zendesk-From-Account-Id', '8c41d7e')],
    'freshdesk': [('X-Mailer', 'Freshdesk Mailer')], 'helpscout': [('X-Mailer', 'Help Scout')],
    'zammad': [('X-Mailer', 'Zammad Mail Service'), ('X-Loop', 'yes')],
    'thunderbird': [('User-Agent', 'Mozilla Thunderbird')],
    'outlook': [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AdqFzK0yWQm3tV5bRkOa9mE1pQ2Lhw==')],
}
OUTLOOK_HEAD = ('<style><!--\n@font-face {font-family:"Calibri"; panose-1:2 15 5 2 2 2 4 3 2 4;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                'a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}\n'
                'span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}\n'
                '@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                'div.WordSection1 {page:WordSection1;}\n--></style>')


def fill(t, ctx):
    if t is None:
        return None
    for k in sorted(ctx, key=len, reverse=True):
        t = t.replace('$' + k, ctx[k])
    return t


def build(sp, n):
    s = SELLERS[sp['seller']]
    mk = MK[s['mk']]
    lang = sp.get('lang') or s['lang']
    boiler = sp.get('boiler') or s['boiler']
    style = sp.get('style') or s['style']
    reply = sp.get('buyer') is not None
    kind = 'reply' if (reply or sp.get('force_reply')) else 'proactive'
    ident = identity(sp, s, lang)
    rng = random.Random('msg/' + sp['slug'])
    prod_i = sp.get('prod', 0)
    product = s['products'][prod_i]
    asin = asin_for(s['key'], prod_i)
    oid = ident['oid']
    USED_OIDS.setdefault(oid, []).append(sp['slug'])
    relay_dom = sp.get('relay_dom') or mk['relay']
    relay = ident['relay'] + (sp.get('plus') or '') + '@' + relay_dom
    agent = s['agents'][sp.get('agent', 0)]
    tz = _dt.timezone(_dt.timedelta(hours=mk['tz']))
    day, slot = divmod(n, 12)
    d = _dt.datetime(2024, 6, 3, 8, 5, tzinfo=tz) + _dt.timedelta(days=day, minutes=52 * slot + rng.randrange(0, 40))
    d_buyer = d - _dt.timedelta(minutes=rng.randrange(90, 1800))
    bdisp = f"{ident['name']} - Amazon Marketplace"
    NTL = NT[boiler]
    noorder = sp.get('noorder', False)
    asubj = (NTL['psubj'] if noorder else NTL['subj']).format(n=ident['name'], oid=oid)
    ctx = dict(NAME=ident['name'], OID=oid, ASIN=asin, PRODUCT=product, AGENT=agent, FIRST=agent.split()[0],
               SHOP=s['name'], WWW=mk['www'], SC=mk['sc'], RELAY=relay, ASUBJ=asubj, REL=ident['relay'])

    # ---- subject
    if sp.get('subj'):
        subject = fill(sp['subj'], ctx)
    else:
        assert reply, sp['slug']
        if style == 'outlook':
            pre = OUTLOOK_RE[lang]
            if lang == 'pt' and s['mk'] == 'br':
                pre = 'RES: '
            subject = pre + asubj
        elif style == 'zendesk':
            subject = f"[{s['name']}] Re: {asubj}"
        elif style == 'zammad':
            subject = f"Re: {asubj} [Ticket#{d:%y%m%d}{rng.randrange(10 ** 6):06d}]"
        elif style == 'freshdesk':
            subject = f"Re: {asubj} [#{rng.randrange(1000, 99999)}]"
        elif style == 'thunderbird' and lang == 'pl':
            subject = 'Odp: ' + asubj
        else:
            subject = 'Re: ' + asubj

    # ---- Amazon notification (quoted history)
    notif = ''
    if reply:
        buyer_text = fill(sp['buyer'], ctx).strip('\n')
        nl = [NTL['msg'], '', buyer_text, '', NTL['end'], '']
        if noorder:
            nl += [NTL['asin'].format(p=product, a=asin), '']
        else:
            nl += [NTL['oid'].format(oid=oid), NTL['item'].format(p=product, a=asin), '']
        nl += [NTL['fyi'], '', NTL['helpful'],
               f"https://{mk['sc']}/gp/satisfaction/survey-form.html?ie=UTF8&surveyId=BSM-{ident['tok'][:6]}&mid={ident['tok']}", '']
        if sp.get('notif_pref'):
            nl += [NTL['pref'], f"https://{mk['sc']}/notifications/preferences/ref=bsm_{ident['tok'][:5].lower()}", '']
        nl += [f"[commMgrTok:{ident['tok']}]", '']
        copy = NTL['copy_uk'] if (boiler == 'en' and s['mk'] == 'uk') else NTL['copy']
        nl += copy.split('\n')
        notif = '\n'.join(nl)

    # ---- agent text
    body = fill(sp['body'], ctx).strip('\n')
    sig = sp.get('sig', True)
    if sig is True:
        sigtext = f"{agent}\n{s['sig']}"
    elif sig:
        sigtext = fill(sig, ctx).strip('\n')
    else:
        sigtext = ''
    text = body + ('\n\n' + sigtext if sigtext else '') + '\n'
    if sp.get('text_extra'):
        text += fill(sp['text_extra'], ctx)
    to_line = fill(sp.get('quote_to'), ctx) or s['sig']
    qintro = ''
    if reply:
        if style in ('gmail', 'gorgias'):
            qintro = gmail_intro(lang, d_buyer, bdisp, relay)
        elif style == 'helpscout':
            qintro = helpscout_intro(lang, d_buyer, bdisp, relay)
        elif style == 'freshdesk':
            qintro = freshdesk_intro(d_buyer, bdisp, relay)
        elif style == 'thunderbird':
            qintro = tb_intro(lang, d_buyer, bdisp)
        elif style == 'zammad':
            qintro = zammad_intro(lang, d_buyer, bdisp)
        if style == 'outlook':
            lbl = OUTLOOK_LBL[lang]
            hdrblock = (f"{lbl[0]}: {bdisp} <{relay}>\n{lbl[1]}: {outlook_date(lang, d_buyer)}\n"
                        f"{lbl[2]}: {to_line}\n{lbl[3]}: {asubj}")
            sep = '-----Original Message-----' if sp.get('orig') else '_' * 32
            text += '\n' + sep + '\n' + hdrblock + '\n\n' + notif + '\n'
        elif style == 'zendesk':
            zdate = f"{MO['en'][1][d_buyer.month - 1]} {d_buyer.day}, {d_buyer.year}, {d_buyer.hour:02d}:{d_buyer.minute:02d}"
            text = ('##- Please type your reply above this line -##\n\n' + text + '\n' + '-' * 32 + '\n\n'
                    + bdisp + '\n\n' + zdate + '\n\n' + notif + '\n')
            if sp.get('zd_footer', True):
                text += f"\n\nThis email is a service from {s['name']}.\n"
        else:
            text += '\n' + qintro + '\n' + '\n'.join(('> ' + l) if l else '>' for l in notif.split('\n')) + '\n'

    # ---- HTML
    fmt = sp.get('fmt', 'text')
    html = None
    if fmt in ('alt', 'html'):
        agent_html = fill(sp.get('html_body'), ctx) or body_to_html(body)
        agent_html += fill(sp.get('html_extra', ''), ctx)
        if sp.get('html_wrap'):
            agent_html = f"<div {fill(sp['html_wrap'], ctx)}>\n{agent_html}\n</div>"
        if sig is True or sig:
            sig_html = fill(sp.get('sig_html'), ctx) or ('<p>' + '<br>\n'.join(_html.escape(x) for x in sigtext.split('\n')) + '</p>')
        else:
            sig_html = ''
        qh = ''
        if reply:
            nh = text_to_html(notif)
            if style == 'gmail' or style == 'gorgias':
                intro_h = _html.escape(qintro).replace(_html.escape(f'<{relay}>'), f'&lt;<a href="mailto:{relay}">{relay}</a>&gt;')
                cls = 'gmail_quote' if style == 'gmail' else 'gorgias_quote'
                qh = (f'<div class="{cls}"><div dir="ltr" class="gmail_attr">{intro_h}<br></div>\n'
                      f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;padding-left:1ex">\n{nh}\n</blockquote></div>')
            elif style == 'helpscout':
                qh = f'<div class="hs-quote"><p>{_html.escape(qintro)}</p>\n<blockquote>\n{nh}\n</blockquote></div>'
            elif style == 'freshdesk':
                qh = f'<div class="freshdesk_quote"><blockquote class="freshdesk_quote">{_html.escape(qintro)}<br>\n{nh}\n</blockquote></div>'
            elif style == 'thunderbird':
                qh = (f'<div class="moz-cite-prefix">{_html.escape(qintro)}<br></div>\n'
                      f'<blockquote type="cite" cite="mid:{ident["amz_mid"]}@{mk["ses"]}">\n{nh}\n</blockquote>')
            elif style == 'zammad':
                qh = f'<br>\n<blockquote type="cite">\n<div>{_html.escape(qintro)}</div>\n<div>{nh}</div>\n</blockquote>'
            elif style == 'zendesk':
                zdate = f"{MO['en'][1][d_buyer.month - 1]} {d_buyer.day}, {d_buyer.year}, {d_buyer.hour:02d}:{d_buyer.minute:02d}"
                qh = (f'<div class="zd-history"><hr>\n<p><strong>{_html.escape(bdisp)}</strong></p>\n<p>{zdate}</p>\n'
                      f'<div class="zd-comment">\n{nh}\n</div></div>')
                if sp.get('zd_footer', True):
                    qh += f'\n<p>This email is a service from {_html.escape(s["name"])}.</p>'
            elif style == 'outlook':
                lbl = OUTLOOK_LBL[lang]
                qh = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                      f'<p class="MsoNormal"><b>{_html.escape(lbl[0])}:</b> {_html.escape(bdisp)} &lt;{relay}&gt;<br>\n'
                      f'<b>{_html.escape(lbl[1])}:</b> {_html.escape(outlook_date(lang, d_buyer))}<br>\n'
                      f'<b>{_html.escape(lbl[2])}:</b> {_html.escape(to_line)}<br>\n'
                      f'<b>{_html.escape(lbl[3])}:</b> {_html.escape(asubj)}</p></div></div>\n'
                      f'<p class="MsoNormal">{nh}</p>')
        top = ''
        if reply and style == 'zendesk':
            top = '<div class="zd-marker">##- Please type your reply above this line -##</div>\n'
        head = ''
        bodyattr = ''
        if style == 'outlook':
            head = OUTLOOK_HEAD
            bodyattr = ' lang="EN-GB" link="#0563C1" vlink="#954F72"'
            agent_html = '<div class="WordSection1">\n' + agent_html.replace('<p>', '<p class="MsoNormal">')
            sig_html = sig_html.replace('<p>', '<p class="MsoNormal">') + '\n</div>'
        head += fill(sp.get('head_extra', ''), ctx)
        if sp.get('body_attr'):
            bodyattr += ' ' + fill(sp['body_attr'], ctx)
        html = (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=$CS">\n{head}</head>\n'
                f'<body{bodyattr}>\n{top}{agent_html}\n{sig_html}\n{qh}\n</body>\n</html>\n')

    # ---- charsets and encodings
    cs, cte = LANG_ENC.get((style, lang)) or STYLE_ENC[style]
    cs = sp.get('cs') or cs
    cte = sp.get('cte') or cte
    hcte = sp.get('hcte') or cte
    probe = text + (html or '')
    if not encodable(probe, cs) and encodable(probe, FALLBACK_CS.get(cs, 'utf-8')):
        cs = FALLBACK_CS[cs]
    if not encodable(probe, cs):
        cs = 'utf-8'
        if cte == '7bit':
            cte = hcte = 'base64'
    if cte == '7bit' and cs not in ('iso-2022-jp',) and not all(ord(c) < 128 for c in probe):
        cte = 'quoted-printable'
    flowed = style == 'thunderbird' and not sp.get('no_flow')
    if flowed:
        text = flow(text)
    html = html.replace('$CS', cs) if html else None

    def tleaf(t, sub, c):
        ctype = f'text/{sub}; charset="{cs}"' + ('; format=flowed' if (sub == 'plain' and flowed) else '')
        if sub == 'plain' and flowed and c in ('8bit', '7bit', 'quoted-printable'):
            ctype = f'text/plain; charset={cs}; format=flowed'
        return leaf(ctype, t.encode(codec(cs)), c)

    rng_b = random.Random('bnd/' + sp['slug'])

    def bnd():
        return {'outlook': '_000_', 'gmail': '000000000000', 'thunderbird': '------------'}.get(style, '--=_') + rand_token(rng_b, 24, '0123456789abcdef')

    inline = sp.get('inline') or []
    if fmt == 'text':
        body_node = tleaf(text, 'plain', cte)
    elif fmt == 'html':
        body_node = tleaf(html, 'html', hcte)
    else:
        hnode = tleaf(html, 'html', hcte)
        if inline:
            parts = [hnode]
            for cid, fname, ctype, data in inline:
                ct, extra = att_headers(fname, ctype, inline_cid=fill(cid, ctx))
                parts.append(leaf(ct, data, 'base64', extra))
            hnode = multi('related', parts, bnd())
            hnode['h'][0] = ('Content-Type', f'multipart/related;\n\ttype="text/html";\n\tboundary="{hnode["bnd"]}"')
        body_node = multi('alternative', [tleaf(text, 'plain', cte), hnode], bnd())
    atts = sp.get('atts') or []
    if atts:
        parts = [body_node]
        for a in atts:
            fname, ctype, data = a[:3]
            ct, extra = att_headers(fill(fname, ctx), ctype)
            parts.append(leaf(ct, data, 'base64', extra))
        root = multi('mixed', parts, bnd())
    else:
        root = body_node

    # ---- headers
    from_addr = sp.get('from_addr') or {'zendesk': 'support', 'freshdesk': 'help', 'helpscout': 'care', 'gorgias': 'hello',
                                         'zammad': 'service', 'outlook': 'customercare', 'thunderbird': 'info', 'gmail': 'shop',
                                         'plain': 'orders'}[style] + '@' + s['domain']
    from_name = sp.get('from_name') or (f"{agent} ({s['name']})" if style in ('zendesk', 'freshdesk', 'helpscout', 'gorgias') else
                                        s['name'] if style in ('zammad', 'plain') else agent)
    H = [('From', addr_hdr(from_name, from_addr, cs)),
         ('To', relay if not sp.get('to_upper') else relay.upper()),
         ('Subject', hdr(subject, cs)),
         ('Date', format_datetime(d)),
         ('Message-ID', f"<{rand_token(rng, 20, '0123456789abcdef')}.{style}@{s['domain']}>")]
    if reply and not sp.get('noref'):
        amz = f"<{ident['amz_mid']}@{mk['ses']}>"
        H += [('In-Reply-To', amz), ('References', amz)]
    H += [('MIME-Version', '1.0')] + HELPDESK_HDRS.get(style, []) + [tuple(x) for x in sp.get('headers', [])]
    root['h'] = H + root['h']
    raw = render(root, top=True)
    crlf = sp.get('crlf', style in CRLF_STYLES)
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    meta = dict(kind=kind, lang=lang, oid=oid, style=style, fmt=fmt, cs=cs, cte=cte, crlf=crlf, subject=subject,
                market=s['mk'], atts=len(atts), inline=len(inline), variant=('pt-BR' if s['mk'] == 'br' else 'pt-PT') if lang == 'pt' else lang)
    return raw, meta

# ---------------------------------------------------------------------------------------
# SPECS. body: the agent's text; buyer: the buyer's message Amazon relayed (makes it a reply and
# adds Amazon's notification as quoted history). Tokens: $NAME buyer, $OID order id, $ASIN,
# $PRODUCT, $AGENT, $SHOP, $REL relay local part. rr=True marks a review/feedback request
# (checked against the ledger); pair/seq tie two messages to one buyer and order.
# ---------------------------------------------------------------------------------------

def PDF(name, title, *lines, pad=0, ctype='application/pdf'):
    return (name, ctype, pdf(title, lines, pad_to=pad))


def JPG(name, w=64, h=48, seed=1):
    return (name, 'image/jpeg', jpeg(w, h, seed))


def PNG(name, w=48, h=32, seed=1):
    return (name, 'image/png', png(w, h, seed))


SELLERS['trailforge']['products'].append('TrailForge Basecamp 8-Person Cabin Tent (ships by freight)')

# ======================= English (US, UK) — compliant replies ==========================

add('en-cracked-candle-jar-replacement', 'brightwick', [], 'replacement shipped with a UPS tracking number, no return needed', """Hi $NAME,

I'm really sorry the Cedar & Fig jar arrived cracked, and that the wax got onto the other boxes too. Glass sometimes doesn't survive the last leg of the trip, but that's no comfort when it's your order.

I've arranged a complete replacement set at no charge. It leaves our warehouse tomorrow with UPS, tracking number 1Z8V27W40398716542, and should reach you by Friday, June 7. There's no need to send anything back - please just dispose of the broken jar carefully.

If the new set has any problem at all, reply here and I'll take care of it.

Warm regards,""", buyer="""Hi, the candle set arrived today but the Cedar & Fig jar has a crack running down the side and wax has leaked onto the other two boxes. Can you send a new one?""", fmt='alt')

add('en-tent-pole-partial-refund', 'trailforge', [], 'partial refund in dollars plus a replacement part number and delivery date', """Hello $NAME,

Thank you for letting us know, and I'm sorry this happened right before your trip. A pole should never fail on the first pitch.

Here is what I've done:
- Issued a partial refund of $24.00 to your original payment method for the broken section. You'll see it within 3-5 business days.
- Sent a replacement pole segment (part TF-P2-07) by 2-day shipping. It should arrive on Wednesday, June 12, well before the weekend.

Your order total was $189.99, and the partial refund doesn't affect your warranty in any way. The new segment slots straight into the shock cord, no tools required.

Have a great trip,""", buyer="""One of the tent poles snapped the very first time I set it up. I followed the instructions. This was supposed to be for a trip next weekend.""", fmt='html')

add('en-rude-buyer-treats-full-refund', 'pawsome', [], 'polite firm reply to a rude buyer; unconditional full refund', """Hi $NAME,

I'm sorry Biscuit was unwell, and I understand why you're upset. We take this seriously.

The Wild Salmon Training Treats contain salmon, potato starch, glycerin and rosemary extract, nothing else. That said, any new treat can upset a sensitive stomach, so please check with your vet if the symptoms come back.

I've refunded the full $18.49 to your original payment method today. You don't need to return the bag; please keep the rest away from Biscuit until your vet has had a look.

Kind regards,""", buyer="""Your treats made my dog sick for two days. Clearly you people don't care about animals at all. I want a full refund NOW and I'm not sending anything back.""", prod=1)

add('en-smartwatch-whatsapp-telegram-feature', 'voltnest', [], 'WhatsApp and Telegram named as product features in a product question; no order id', """Hi $NAME,

Thanks for your question about the S3.

Yes, the watch shows notifications from WhatsApp, Telegram, Signal, SMS and most other apps on your phone, as long as notification access is switched on in the companion app. On Android you can send one of five preset quick replies from the watch; on iPhone, iOS only allows reading notifications, not answering them.

Calls from WhatsApp or Telegram make the watch vibrate too, but you'll need to take the call on the phone itself.

Best,""", buyer="""Does the S3 watch show WhatsApp messages? And can I answer them from the watch or only read them?""", prod=1, noorder=True, fmt='alt')

add('en-uk-redirect-scunthorpe-royal-mail', 'kettleandkin', [], 'Royal Mail tracking number and a Scunthorpe address with postcode (substring trap)', """Dear $NAME,

Thank you for getting in touch. Unfortunately the casserole was collected by Royal Mail this morning, so we can no longer change the address on our side.

Your parcel's tracking number is AB482913675GB. If nobody is home, Royal Mail normally leaves a card with the options for redelivery or collection from your local Customer Service Point.

If the parcel does come back to us, we will either refund you in full or resend it to Unit 4, Brigg Road Business Park, Scunthorpe DN16 1AB - whichever you prefer.

Kind regards,""", buyer="""Hello, could I change the delivery address to my work? It's Unit 4, Brigg Road Business Park, Scunthorpe DN16 1AB. I won't be home on Thursday.""", prod=1)

add('en-uk-beanie-return-order-link', 'moorland', [], 'Amazon order-details link and a return address in Cockermouth (substring trap)', """Hi $NAME,

Glad you like the beanie, and sorry it's a touch snug.

The simplest route is to return this one through Your Orders and choose 'Too small' as the reason:
https://www.amazon.co.uk/gp/your-account/order-details?orderID=$OID

If you'd rather post it yourself, the address is Moorland Knitwear Returns, Mill Lane, Cockermouth CA13 9NH. Either way you'll get a full refund of £22.00 as soon as it's back with us.

Cheers,""", buyer="""The beanie is lovely but it's a bit tight. Can I swap it for a larger size?""")

add('en-lamp-charging-manual-pdf', 'brightwick', [], 'troubleshooting steps, 2-year warranty, user manual attached as PDF', """Hi $NAME,

Sorry to hear the lamp has stopped charging. A blinking red light usually means the battery protection has tripped, which is easy to reset:

1. Unplug the cable from the base.
2. Press and hold the touch button for 10 seconds until the light turns off.
3. Plug the cable back in and leave it for at least 4 hours.

I've attached the user manual (page 6 covers this). If it still blinks red after a full charge, let me know and we'll send a replacement base under the 2-year warranty.

All the best,""", buyer="""My lamp stopped charging after a week. The light on the base just blinks red.""", prod=1, style='gmail', fmt='alt',
    atts=[PDF('Brightwick-Table-Lamp-Manual.pdf', 'Brightwick Rechargeable Table Lamp - User Manual', 'Charging: use the supplied USB-C cable.', 'Reset: hold the touch button for 10 seconds.', 'Warranty: 2 years from purchase.')])

add('en-headlamp-answer-neutral-review-request', 'trailforge', [], 'one neutral review request inside a support reply (first request for this order)', """Hi $NAME,

Yes, you can use the HL-400 while it charges, but it charges more slowly and the 400-lumen boost mode is disabled until the cable is unplugged.

On the lowest setting (15 lumens) a full battery lasts about 60 hours; on the medium setting it's closer to 9 hours. A full charge from empty takes about 3 hours with a 2 A adapter.

Once you've had it out on the trail, if you have a moment we would appreciate your feedback on this order. It helps other hikers choose the right gear.

Happy hiking,""", buyer="""Can I charge the HL-400 while I'm using it? And how long does it last on the lowest setting?""", prod=1, style='thunderbird', fmt='alt', pair='en-headlamp', seq=1, rr=True)

add('en-wrong-colour-bowl-usps-tracking', 'pawsome', [], 'USPS tracking number in digit groups that look like a phone number', """Hi $NAME,

Sorry about the mix-up - the teal and grey bowls sit next to each other on our shelves and one got swapped.

The grey bowl went out this morning.
USPS tracking number: 9400 1118 9922 3845 1067 29
It should arrive in 2 to 4 days.

Please keep the teal one; a lot of customers use a second bowl for water.

Thanks for your patience,""", buyer="""I ordered the grey bowl but you sent a teal one. It doesn't match anything in my kitchen.""", style='zammad')

add('en-charger-refund-after-one-star-threat', 'voltnest', [], 'buyer threatens a 1-star review in the quote; unconditional refund, no mention of reviews', """Hi $NAME,

Thank you for telling us. A charger that gets hot with a dead port is faulty, and you shouldn't keep using it.

I've issued a full refund of $39.99 today; you'll see it on your statement within 3-5 business days. Please stop using the charger and recycle it at an electronics drop-off point - no return is needed.

I'm sorry for the trouble this caused.

Regards,""", buyer="""The charger gets really hot and the second USB-C port doesn't work at all. If this doesn't get fixed today I'm leaving 1 star.""", style='gorgias')

add('en-uk-vat-invoice-pdf', 'kettleandkin', [], 'VAT invoice PDF; invoice and VAT registration numbers in groups', """Hello $NAME,

Of course. Your VAT invoice is attached as a PDF.

Invoice number: KK-2024-01187
Order date: 28 May 2024
Net: £37.50, VAT (20%): £7.50, total: £45.00
Our VAT registration number: GB 284 7193 56

If your finance team needs the invoice addressed to a company name, reply with the company name and address and I'll reissue it.

Best wishes,""", buyer="""Could you send me a VAT invoice for this order please? I'm buying it for the office.""", style='gmail',
    atts=[PDF('Invoice-KK-2024-01187.pdf', 'Kettle & Kin - VAT invoice KK-2024-01187', 'Enamel Stovetop Kettle 2 L, Sage   1 x 37.50', 'VAT 20%   7.50', 'Total GBP 45.00', 'VAT reg. GB 284 7193 56')])

add('en-fedex-delay-denver-hub', 'trailforge', [], 'FedEx tracking number in 4-4-4 groups, delivery window with times', """Hi $NAME,

I'm sorry for the wait. I checked with FedEx: the parcel was held at their Denver hub because of a sorting backlog and was scanned again this morning.

Tracking number: 7749 3062 1185
New estimated delivery: Friday, June 14, between 9:00 AM and 5:00 PM

If it hasn't arrived by Monday, June 17, please let me know and I'll send a new pad by express shipping at our cost.

Best regards,""", buyer="""It's been 9 days and my sleeping pad still isn't here. The tracking hasn't moved since Tuesday.""", prod=2, style='freshdesk', fmt='alt')

add('en-lamp-shade-feedback-update-optional', 'brightwick', [], 'after a shipping refund, neutral note that feedback can be updated, explicitly up to the buyer', """Hi $NAME,

Thank you for the honest note, and sorry that the shade arrived late and in a battered box. That isn't how we want things to go.

I've refunded the $6.99 shipping charge as an apology; it should show up in a few days.

If you feel we've put things right, it is possible to update the feedback you left from Your Orders, but that is entirely your decision and we're grateful either way.

Take care,""", buyer="""I left feedback because the shade came three days late, but to be fair the product itself is nice. The box was also a bit battered.""", prod=2, style='helpscout', fmt='html')

add('en-uk-rude-buyer-civil-reply-throw', 'moorland', [], 'polite firm reply to a buyer calling the shop a scam; Royal Mail tracking number', """Dear $NAME,

I understand you're frustrated, and I want to get this resolved. I would ask that we keep the conversation civil so I can help as quickly as possible.

Royal Mail's record shows the throw was delivered on 28 May at 13:42 and left in a safe place (porch). Tracking number: CX591204863GB.

If you haven't got it, please check with neighbours and around the property first. If it still can't be found by Friday, reply here and I'll open a claim with Royal Mail and send you a replacement at the same time, so you're not left waiting.

Regards,""", buyer="""This is the worst company I've ever dealt with. The throw never arrived and you're clearly running a scam. Don't bother giving me excuses.""", prod=1, style='outlook')

add('en-treats-grain-free-guaranteed-analysis', 'pawsome', [], 'HTML-only product answer; "analysis" and percentages; no order id', """Hi $NAME,

Yes, the Wild Salmon Training Treats are grain-free and made in a facility that doesn't handle wheat.

From the guaranteed analysis on the bag: crude protein min 30%, crude fat min 8%, crude fiber max 2%, moisture max 18%. Each treat is about 3 kcal, so they work well for training sessions.

Hope that helps,""", buyer="""Are the salmon treats grain-free? My dog has a wheat allergy. Also how many calories per treat?""", prod=1, noorder=True, style='gmail', fmt='html')

add('en-headset-teams-skype-certified', 'voltnest', [], 'Skype and Teams as product certifications, firmware and macOS version numbers', """Hello $NAME,

Yes. The H2 is certified for Microsoft Teams and Skype for Business and works on macOS 12 and later with the USB-C dongle in the box; no driver install is needed.

The Teams button on the left ear cup opens the Teams app on a Mac, and mute syncs with both apps. After updating the headset to firmware 2.1.0 with the VoltNest desktop app, battery level also shows up in Teams.

Kind regards,""", buyer="""Will the H2 headset work with Teams on a Mac? My company uses Skype for Business for some calls too.""", prod=2, noorder=True, style='zendesk')

add('en-wrong-tent-size-return-label', 'trailforge', [], 'prepaid return label PDF, RMA number, UPS tracking number', """Hi $NAME,

Sorry about that - our warehouse picked the wrong size. The 2-person Ridgeline is on its way to you now by UPS, tracking number 1Z4A96E30317708255.

For the 3-person tent, I've attached a prepaid UPS return label (RMA TF-RMA-55812). Print it, stick it on the original box, and drop it at any UPS Access Point within 30 days. You don't need to wait for the return before using the new tent.

Best,""", buyer="""I ordered the 2-person tent and received a 3-person one. I need the smaller one for weight reasons.""", style='gorgias', fmt='html',
    atts=[PDF('UPS-Return-Label-TF-RMA-55812.pdf', 'UPS Prepaid Return Label', 'RMA TF-RMA-55812', 'Ship to: TrailForge Returns, 2200 Industrial Way, Boise ID 83709')])

add('en-uk-kettle-induction-lead-free', 'kettleandkin', [], 'product question, lab report number; no order id', """Hello $NAME,

Yes to both. The base is carbon steel under the enamel, so it works on induction as well as gas, electric and ceramic hobs. For induction, use a ring that's no bigger than the 18 cm base.

The enamel is lead- and cadmium-free and has been tested by an independent lab (report no. 2023-LFT-0412).

Kind regards,""", buyer="""Is the enamel kettle suitable for induction hobs? And is the enamel lead-free?""", noorder=True, style='thunderbird', fmt='alt')

add('en-cancel-before-dispatch-outlook-no-references', 'brightwick', [], 'Outlook RE: subject without In-Reply-To: a reply by subject only; refund amount', """Hi $NAME,

No problem at all. I've cancelled the order before it left our warehouse, and the full $42.50 has been refunded to your original payment method. Depending on your bank it can take 3-5 business days to appear.

Regards,""", buyer="""Please cancel my order, I bought the wrong scent by mistake.""", style='outlook', noref=True)

add('en-missing-bag-dhl-ecommerce', 'pawsome', [], 'split shipment, DHL eCommerce tracking number, dates', """Hi $NAME,

Sorry for the confusion. Our packing record shows the order was split into two parcels; the third bag went separately with DHL eCommerce and is still in transit.

DHL eCommerce tracking number: GM295117300365842155
Expected delivery: June 11

If it hasn't shown up by June 13, let me know and I'll send another one right away.

Best,""", buyer="""I ordered 3 bags but only 2 were in the box.""", prod=1, style='helpscout')

add('en-charger-uk-travel-voltage-notif-prefs', 'voltnest', [], "voltage answer; quoted Amazon boilerplate includes its notification-preferences sentence and link", """Hi $NAME,

Yes, it will. The charger accepts 100-240 V at 50/60 Hz, so a simple plug adapter for UK Type G sockets is all you need; you don't need a voltage converter.

All three ports work the same abroad. Enjoy the trip,""", buyer="""I'm travelling to London next month. Will this charger work there with a plug adapter?""", style='freshdesk', fmt='html', notif_pref=True)

add('en-uk-gift-note-amazon-help-link', 'moorland', [], 'link to an Amazon help page about gift options', """Hi $NAME,

What a lovely present. Unfortunately the gloves have already been packed and we can't add a handwritten note after dispatch, but the packing slip inside doesn't show any prices.

For future orders, gift messages and gift wrap can be chosen at checkout. Amazon explains how here:
https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7

I hope your mum has a wonderful birthday.

Best wishes,""", buyer="""This is a present for my mum - can you add a gift note saying Happy Birthday?""", prod=2, style='gmail', fmt='alt')

add('en-sleeping-pad-courier-collection', 'trailforge', [], 'courier collection window with times and a collection reference', """Hello $NAME,

Thanks for the detail about the valve, that helps a lot. A leak at the valve is a manufacturing fault, so it's covered.

A courier will collect the faulty pad on Thursday, June 13, between 8 AM and 6 PM (collection reference PU-88213). It doesn't need to be in the original box. A new pad ships as soon as the courier scans it.

Regards,""", buyer="""The sleeping pad has a slow leak near the valve. It's flat by the morning.""", prod=2, style='outlook', orig=True)

add('en-charger-review-link-neutral', 'voltnest', [], 'neutral review request with an allowed Amazon review-page link', """Hi $NAME,

Great to hear it's working well. Yes, you can leave it plugged in: with nothing connected it draws less than 0.1 W, and it stops charging once your laptop reports a full battery.

If you'd like to share your experience with other customers, you can review the charger here:
https://www.amazon.com/review/create-review?asin=$ASIN

Thanks again,""", buyer="""The charger arrived and works great with my laptop, thanks for the quick shipping. Is it OK to leave it plugged in all the time?""", style='gmail', rr=True)

add('en-lamp-warranty-five-attachments', 'brightwick', [], 'exactly five attachments (three PDFs, a JPEG and a PNG), warranty replacement', """Hi $NAME,

Thank you for the photos, they show the problem clearly. Peeling after two months is not normal wear and is covered by the 2-year warranty.

A replacement lamp in the brushed brass finish will ship on Monday, June 10. For your records I've attached:
- the warranty card and your invoice,
- the user manual,
- two photos of the updated finish, which now has a protective lacquer.

You don't need to return the old lamp.

Best regards,""", buyer="""The brass finish on my lamp is peeling after only two months. I've attached photos.""", prod=1, fmt='alt',
    atts=[PDF('Warranty-Card.pdf', 'Brightwick 2-Year Warranty Card', 'Product: Rechargeable Table Lamp', 'Valid 2 years from delivery'),
          PDF('Invoice-BW-55120.pdf', 'Invoice BW-55120', 'Rechargeable Table Lamp, Brushed Brass   $64.00'),
          PDF('Table-Lamp-Manual.pdf', 'Rechargeable Table Lamp - Manual', 'Charging, dimming, care'),
          JPG('new-finish-front.jpg', 96, 64, 11), PNG('new-finish-detail.png', 64, 48, 12)])

add('en-uk-mugs-two-blank-lines', 'kettleandkin', [], 'exactly two blank lines in a row (the limit is more than two)', """Hello $NAME,

Sorry that one mug arrived with a chipped handle. A single replacement mug left today by Royal Mail 2nd Class, tracking number TT019384756GB.


You can keep the chipped one; please just take care with the sharp edge.

Best wishes,""", buyer="""One of the four mugs has a chip on the handle.""", prod=2, style='gmail')

# ======================= English — violations ============================================

add('en-signature-bare-www-domain', 'brightwick', ['external_link'], 'helpful candle-care reply; agent signature carries a bare www domain', """Hi $NAME,

Tunnelling usually happens when a candle isn't burned long enough the first time. Soy wax has a "memory", so the first burn sets the pattern for the rest of its life.

For the first burn, let the wax melt all the way to the edge of the jar, which usually takes 2-3 hours. If it has already tunnelled, wrap a strip of kitchen foil around the top of the jar, leaving an opening in the middle, and burn it for an hour - the heat will even out the surface.

If that doesn't fix it, let me know and we'll replace the candle.

Warm regards,""", buyer="""One of the candles is tunnelling badly in the middle. Is that normal?""", fmt='alt',
    sig="""Emma Hart
Brightwick Home | Customer Care
www.brightwick-home.example""")

add('en-uk-outlook-signature-phone-email', 'kettleandkin', ['contact_email', 'contact_phone'], 'Outlook signature with a UK landline and a direct e-mail address', """Dear $NAME,

Thank you for letting us know. Cast iron lids are ground by hand and a very slight rock is within tolerance, but if steam escapes noticeably while cooking, that's a fault.

Could you reply with a photo of the gap with the lid in place? If it's outside tolerance we'll send a new lid straight away.

Kind regards,""", buyer="""The lid of the casserole doesn't sit flat, it rocks a little.""", prod=1,
    sig="""Harriet Cole
Kettle & Kin Customer Care
T: 020 7946 0321
E: harriet.cole@kettleandkin.example""")

add('en-whatsapp-us-on-number', 'pawsome', ['contact_phone', 'contact_other'], '"WhatsApp us on +1 …": phone number and off-Amazon channel in one phrase', """Hi $NAME,

Sorry about the zip! The quickest way to sort this out is to WhatsApp us a photo of the zip on +1 312 555 0147 and we'll ship a new cover the same day.

Thanks,""", buyer="""My dog bed has a broken zip. What do I do?""", prod=2)

add('en-proactive-gift-card-honest-opinion', 'brightwick', ['review_incentive'], 'proactive: $10 gift card "for your honest opinion" once the review is live', """Hi $NAME,

We hope your Brightwick table lamp arrived safely and is brightening up your evenings.

We'd love to hear what you think. Once your review is live on Amazon, just reply with your order number and we'll send you a $10 gift card as a thank-you for your honest opinion.

All the best,""", subj='Your Brightwick order $OID', prod=1, fmt='alt', sig='The Brightwick Home team', rr=True)

add('en-proactive-five-stars-gating', 'voltnest', ['review_manipulation'], 'proactive: 5-star request plus review gating (unhappy buyers should write to the seller first)', """Hi $NAME,

Your VoltNest 65W charger was delivered a few days ago and we hope it's keeping everything topped up.

If you love it, a 5-star review on Amazon would make our day! If anything is less than perfect, please don't leave a review yet - reply to this message first and we'll make it right.

Thanks,""", subj='How is your VoltNest charger? (Order $OID)', fmt='alt', rr=True)

add('en-asks-to-update-review-after-replacement', 'trailforge', ['feedback_removal'], 'asks the buyer to update a review after the replacement arrived', """Hi $NAME,

Great to hear the replacement arrived and everything is working.

Since the issue has been resolved, would you mind updating the review you left for the Ridgeline? It still describes the broken pole, and new customers see it first.

Thanks again for your patience,""", buyer="""Got the replacement tent, thanks. It's fine now.""")

add('en-full-refund-if-feedback-removed', 'pawsome', ['review_incentive', 'feedback_removal'], 'offers a full refund in exchange for removing negative feedback', """Hi $NAME,

I completely understand, and I'm sorry the bowl arrived so late.

I'd like to make you an offer: if you remove the negative feedback, we'll refund the full $21.99 of your order and you can keep the bowl. Just reply once it's been taken down and I'll process it the same day.

Best,""", buyer="""I already left negative feedback about the late delivery. Not much else to say.""", fmt='alt')

add('en-long-candle-help-ps-summer-sale', 'brightwick', ['marketing'], 'long, genuinely helpful reply with a discount code for a sale in the P.S.', """Hi $NAME,

Thanks for getting in touch, and sorry the first candle gave you so much smoke. Black smoke almost always comes from the wick rather than the wax, so here is what I'd suggest:

1. Trim the wick to about 5 mm (a little under a quarter inch) before every burn. A long wick draws up more wax than it can burn cleanly, and that's what produces soot.
2. Keep the candle away from open windows, fans and air vents. A flickering flame burns unevenly and smokes.
3. Burn it for 2-4 hours at a time. Less than that and the wax pool doesn't reach the edge; more than that and the wick starts to "mushroom" and smoke again.
4. If you see a black mushroom-shaped tip forming, blow the candle out, let it cool, trim the tip off and relight.

The soot on the jar itself wipes off with a dry paper towel once the glass is cool. If the candle still smokes after trimming, it may have a faulty wick, and in that case we'll gladly replace it - just let me know which scent it is.

P.S. Our summer sale starts this Friday: use code SUMMER20 for 20% off every candle in our range.

Warm regards,""", buyer="""How long should I burn the candles each time? The first one I lit made a lot of black smoke.""", style='gmail', fmt='alt')

add('en-cross-sell-power-bank-dp-link', 'trailforge', ['external_link', 'marketing'], 'cross-sells another product with an Amazon /dp/ product link', """Hi $NAME,

The HL-400 has a built-in 3000 mAh battery, so there's no spare battery in the box, but it charges from any USB-C power source.

You might also like our TrailForge Power Bank 10000, which recharges the headlamp three times over and is 15% off this week:
https://www.amazon.com/dp/B0C7TFPB10

Happy trails,""", buyer="""Does the headlamp come with a spare battery?""", prod=1, noorder=True, style='gorgias', fmt='alt')

add('en-proactive-review-unsubscribe-link', 'brightwick', ['external_link', 'opt_out'], 'proactive neutral review request with an unsubscribe link in the body', """Hi $NAME,

Thank you for choosing Brightwick Home. If you have a moment, we'd appreciate a review of your candle set - it helps other shoppers.

Don't want to hear from us? Unsubscribe here: https://mail.brightwick-home.example/unsubscribe?u=$REL&list=reviews

Warm regards,""", subj='A quick favour about order $OID', fmt='alt', rr=True)

add('en-list-unsubscribe-header-only', 'voltnest', ['opt_out'], 'compliant cable answer sent with a List-Unsubscribe header', """Hi $NAME,

For the full 65 W you need a USB-C to USB-C cable rated for at least 3 A / 60 W; for 65 W on a single port, a 5 A (100 W) e-marked cable is the safe choice. Many cables sold with phones are only rated for 3 A at 5 V, which is why you're seeing 30 W.

The 65 W port is the top one, marked C1.

Best,""", buyer="""Which cable should I use for the 65W output? The one I have only gives 30W.""", fmt='alt',
    headers=[('List-Unsubscribe', '<https://lists.voltnest.example/u/$REL>, <mailto:unsubscribe@voltnest.example?subject=unsubscribe>'),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])

add('en-helpscout-open-tracking-pixel', 'voltnest', ['tracking_pixel'], '1x1 open-tracking image at the end of the HTML part', """Hi $NAME,

The S3 is rated 5 ATM, so it's fine for pool and open-water swimming. Please don't wear it in a sauna, hot shower or for diving, and rinse it with fresh water after swimming in the sea.

Best,""", buyer="""Is the watch waterproof enough for swimming?""", prod=1, noorder=True, fmt='alt',
    html_extra='\n<img src="https://beacon.voltnest-mail.example/o/7Fq2Lx9/$REL.gif" width="1" height="1" alt="" border="0">')

add('en-proactive-review-with-hidden-pixel', 'trailforge', ['tracking_pixel'], 'first review request for this order; only finding is a 0x0 open pixel, which is rewritten away, so it is relayed and enters the ledger', """Hi $NAME,

Your TrailForge sleeping pad was delivered last week. When you've had a chance to try it, we'd appreciate it if you could leave a review on Amazon.

Kyle""", subj='Order $OID - how is your sleeping pad?', prod=2, fmt='alt', sig=False, pair='en-pad', seq=1, rr=True,
    html_extra='\n<img src="https://t.trailforge-mail.example/open?m=$REL&amp;c=review1" width="0" height="0" alt="">')

add('en-second-review-request-after-pixel', 'trailforge', ['repeat_request'], 'second review request for the order whose first request was relayed after its pixel was stripped', """Hello $NAME,

Just a gentle reminder: if you haven't had time yet, a short review of your sleeping pad on Amazon would help other campers a lot. Here's the link:
https://www.amazon.com/review/create-review?asin=$ASIN

Thanks,""", subj='Quick reminder about your TrailForge order $OID', prod=2, agent=1, style='helpscout', pair='en-pad', seq=2, rr=True)

add('en-headlamp-followup-review-reminder', 'trailforge', ['repeat_request'], 'proactive follow-up after a neutral request inside an earlier support reply (other helpdesk and agent)', """Hi $NAME,

We hope the HL-400 has been lighting the way! We noticed you haven't reviewed it yet - if you could spare a minute to share your thoughts on Amazon, we'd really appreciate it.

Best regards,""", subj='Following up on your headlamp (order $OID)', prod=1, agent=1, style='gmail', pair='en-headlamp', seq=2, rr=True)

add('en-watch-setup-guide-zip', 'voltnest', ['attachment'], 'ZIP archive attachment (setup guide pack)', """Hi $NAME,

To switch to 24-hour time, open Settings > System > Time format on the watch and choose 24h. The watch also follows the setting on your phone the next time it syncs.

I've attached our setup guide pack with the full instructions.

Best,""", buyer="""How do I set the watch to 24-hour time?""", prod=1, fmt='alt',
    atts=[('VoltNest-S3-Setup-Guide.zip', 'application/zip', zipbytes([('S3-Setup-Guide.pdf', pdf('VoltNest S3 Setup Guide', ['Time format: Settings > System'])), ('readme.txt', 'VoltNest S3 setup guide pack\n')]))])

add('en-headset-firmware-exe', 'voltnest', ['attachment'], 'Windows executable attached (firmware updater)', """Hi $NAME,

Disconnects every few minutes are fixed in firmware 2.1.0. Please run the attached updater on a Windows PC with the headset connected by USB-C; it takes about 3 minutes. Don't unplug the headset until it says the update is complete.

Best,""", buyer="""My headset keeps disconnecting from my laptop every 10 minutes.""", prod=2, style='gmail', fmt='alt',
    atts=[('VoltNest_H2_Firmware_2.1.0.exe', 'application/x-msdownload', exe())])

add('en-emoji-in-dishwasher-answer', 'pawsome', ['styling'], 'emoji in an otherwise fine answer', """Hi $NAME,

Yes, it can! 😊 Put it on the top rack and skip the heated dry if you can - the non-slip base lasts longer that way.

Happy feeding! 🐶""", buyer="""Can the slow feeder go in the dishwasher?""", noorder=True, fmt='alt')

add('en-uk-outlook-html-calibri-style-block', 'kettleandkin', ['styling'], "Outlook Word-HTML with its default Calibri/colour style block; text is compliant", """Hello $NAME,

Yes, each set of four comes in a kraft gift box with card dividers, so the mugs arrive ready to give. There's no price on the box or the packing slip.

Kind regards,""", buyer="""Do the mugs come in a gift box? It's a wedding present.""", prod=2, noorder=True, fmt='alt')

add('en-uk-contempt-kettle-whistle', 'kettleandkin', ['offensive'], 'contempt and a sneer at the buyer ("maybe read the leaflet")', """Dear $NAME,

We've sold thousands of these kettles and the whistle works on every single one, provided the spout cap is actually closed. It snaps down over the spout; it's not complicated.

Frankly, if you can't work out how to close a flap, that's hardly a quality problem on our end. Maybe read the leaflet in the box next time before calling our product poor quality.

Regards,""", buyer="""The kettle whistle doesn't work. It just hisses. Poor quality.""", agent=1)

add('en-threat-report-before-negative-review', 'pawsome', ['review_manipulation', 'offensive'], 'discourages a negative review with a threat to report the buyer and involve lawyers', """Hi $NAME,

The bed is made with certified orthopedic foam, and flattening within two weeks simply doesn't happen with normal use.

Before you post anything, be aware that we monitor every review of our products. If you publish a negative review based on misuse, we will report you to Amazon for abuse and our lawyers will be in touch. We strongly suggest you reconsider.""", buyer="""The bed flattened after two weeks. I'm going to write a review so others know.""", prod=2, fmt='alt', sig='Dana')

add('en-important-tag-on-review-request', 'trailforge', ['important_tag'], '[Important] on a neutral review request, which is not needed to complete the order', """Hi $NAME,

Your HL-400 headlamp should have arrived by now. We'd be grateful if you could take a moment to leave a review of your purchase on Amazon.

Thank you,""", subj='[Important] How is your TrailForge headlamp? Order $OID', prod=1, style='gorgias', fmt='alt', rr=True)

add('en-proactive-review-request-no-order-id', 'trailforge', ['missing_order_id'], 'proactive neutral review request without any order id', """Hi $NAME,

Thanks for picking the Ridgeline tent. After your first night out, if you have a moment, a review on Amazon would help other campers decide.

See you on the trail,""", subj='Thanks for choosing TrailForge', style='helpscout', rr=True)

add('en-proactive-shipping-confirmation', 'pawsome', ['unpermitted_proactive'], 'shipping confirmation from shipping software (Amazon sends these itself)', """Hi $NAME,

Good news - your Pawsome Orthopedic Dog Bed is on its way.

Carrier: UPS
Tracking number: 1Z30F7E90391157742
Estimated delivery: Wednesday, June 12

Thank you for shopping with Pawsome Pantry!""", subj='Your order $OID has shipped!', prod=2, style='plain', fmt='alt', sig=False)

add('en-uk-proactive-thank-you-only', 'moorland', ['unpermitted_proactive'], 'proactive "thank you"-only message', """Dear $NAME,

Thank you so much for choosing Moorland Knitwear. Every piece is knitted in our small workshop in Cumbria, and it means a lot to us that you picked one of ours.

Warmest wishes,""", subj='Thank you for your order $OID')

add('en-uk-email-at-dot-words', 'kettleandkin', ['contact_email'], 'obfuscated ((at)/(dot) e-mail address)', """Hello $NAME,

So sorry about the chip. For warranty claims our ceramics team needs a sharp photo of the rim, and Amazon messages sometimes compress photos badly. Please send a clear picture directly to claims (at) kettleandkin (dot) co (dot) uk and quote your order number.

Best,""", buyer="""The casserole has a chip in the enamel on the rim.""", prod=1, style='gmail')

add('en-warranty-link-html-entities-href', 'trailforge', ['external_link'], 'obfuscated (HTML entities in an href, HTML part only; text part says "on our website")', """Hi $NAME,

Yes, the Ridgeline has a 2-year warranty against manufacturing defects. You can also register your tent for the extended 5-year warranty on our website.

Best,""", buyer="""Is there a warranty on the tent?""", style='gorgias', fmt='alt',
    html_body="""<p>Hi $NAME,</p>
<p>Yes, the Ridgeline has a 2-year warranty against manufacturing defects. You can also <a href="h&#116;tps://www&#46;trailforge-gear&#46;com/warranty">register your tent for the extended 5-year warranty</a> on our website.</p>
<p>Best,</p>""")

add('en-phone-number-spelled-out', 'brightwick', ['contact_phone'], 'obfuscated (phone digits written as English words)', """Hi $NAME,

I'm sorry about the sensor. This one is easier to diagnose over the phone - could you give our repair desk a call on three one two, five five five, zero one six eight? Mention this order and they'll walk you through a quick reset.

Thanks,""", buyer="""The lamp's touch sensor doesn't respond anymore.""", prod=1, style='gmail')

add('en-display-none-five-star-html-only', 'voltnest', ['review_manipulation'], 'obfuscated (display:none text in the HTML part only asks for 5 stars and what to write)', """Hi $NAME,

That's great news, thanks for letting us know. Enjoy the charger, and don't hesitate to get in touch if you need anything.

Best,""", buyer="""Thanks, the replacement charger works perfectly.""", fmt='alt',
    html_extra='\n<div style="display:none">When you review this order, please mention the fast replacement and choose 5 stars.</div>')

add('en-zero-width-whatsapp', 'voltnest', ['contact_other'], 'obfuscated (zero-width space inside "WhatsApp")', """Hi $NAME,

Sorry the strap pin came loose. A new strap with two spare pins is on its way by USPS First-Class, tracking number 9400 1118 9922 3846 2201 53.

If anything else comes up you can also reach us on What\u200bsApp - just search for "VoltNest Support".

Best,""", buyer="""The watch strap broke off at the pin.""", prod=1, style='gmail')

add('en-cyrillic-homoglyph-parts-domain', 'trailforge', ['external_link'], 'obfuscated (Cyrillic а in a www domain)', """Hi $NAME,

Spare aluminium stakes are sold in packs of 8. You'll find them, and every other spare part for the Ridgeline, at www.tr\u0430ilforge-parts.com under "Tent spares".

Best,""", buyer="""Where can I buy replacement stakes? I lost three.""", noorder=True, style='thunderbird')

add('en-qp-soft-break-inside-url', 'brightwick', ['external_link'], 'obfuscated (quoted-printable soft line break falls inside the URL)', """Hi $NAME,

Our full candle care guide, with photos of every step, is here: https://help.brightwick-home.example/articles/candle-care-guide-first-burn-tunnelling-and-wick-trimming-2024

Warm regards,""", buyer="""Do you have instructions on how to look after the candles?""", style='gmail', cte='quoted-printable')

add('en-base64-body-returns-email', 'pawsome', ['contact_email'], 'plain e-mail address inside a base64-encoded text body', """Hi $NAME,

Sorry the bed cover shrank. Please send a photo of the care label and the cover next to a tape measure to returns@pawsome-pantry.example, and we'll send a new cover.

Thanks,""", buyer="""I washed the cover on cold and it shrank by several inches.""", prod=2, cte='base64')

add('en-domain-in-logo-alt-text', 'brightwick', ['external_link'], 'obfuscated (domain in the alt text of an inline cid: logo; HTML part only)', """Hi $NAME,

The Amber candle has the strongest throw of the three, followed by Cedar & Fig. Sea Salt is the lightest, which is why many people use it in bedrooms.

Warm regards,""", buyer="""Which of the three scents is the strongest?""", noorder=True, fmt='alt',
    sig_html='<p>Emma Hart<br>\nBrightwick Home | Customer Care<br>\n<img src="cid:logo.bw@brightwick-home.example" alt="www.brightwick-home.example" width="120" height="40"></p>',
    inline=[('logo.bw@brightwick-home.example', 'logo.png', 'image/png', png(120, 40, 21))])

add('en-font-size-zero-rate-five-stars', 'trailforge', ['review_manipulation'], 'obfuscated (font-size:0 text in the HTML part asks for 5 stars)', """Hi $NAME,

The rain fly seals best when the guy lines are tensioned after the tent has been up for 20 minutes, because the fabric relaxes as it cools. Re-tighten them once before bed and the drip at the door should stop.

Best,""", buyer="""Water drips in at the door when it rains. Is that normal?""", fmt='alt',
    html_extra='\n<p><span style="font-size:0">If we helped, please rate us 5 stars on Amazon.</span></p>')

add('en-spaced-www-domain', 'voltnest', ['external_link'], 'obfuscated (spaced letters in a domain: w w w . voltnest . com)', """Hello $NAME,

The companion app manual, with screenshots of every menu, can be downloaded from w w w . voltnest . com / s3 - look for "S3 manual".

Kind regards,""", buyer="""Is there a more detailed manual for the watch app?""", prod=1, noorder=True, style='zendesk')

add('en-uk-homoglyph-help-email', 'kettleandkin', ['contact_email'], 'obfuscated (Cyrillic е in the local part of an e-mail address)', """Hello $NAME,

For anything to do with spare parts, please e-mail our parts desk at h\u0435lp@kettleandkin.co.uk with the colour of your kettle, and they'll send a new whistle cap.

Best wishes,""", buyer="""I lost the whistle cap of the kettle. Can I buy a new one?""", noorder=True, style='gmail')

add('en-uk-proactive-prize-draw-reviewers', 'moorland', ['review_incentive'], 'proactive: every reviewer enters a prize draw for a voucher', """Dear $NAME,

We hope your merino beanie is keeping you warm. Every customer who leaves a review this month goes into our prize draw for a £100 Moorland voucher - the winner is picked on 30 June.

Warm wishes,""", subj='Your Moorland order $OID', fmt='alt', rr=True)

add('en-follow-us-on-instagram', 'brightwick', ['contact_other', 'marketing'], '"follow us on Instagram @handle" after a product answer', """Hi $NAME,

The three candles each burn for about 40 hours. If you trim the wick before every burn, you'll often get a few hours more.

For styling ideas and first looks at new scents, follow us on Instagram @brightwick.home!

Warm regards,""", buyer="""How many hours does each candle burn?""", fmt='alt')

add('en-newsletter-early-access', 'trailforge', ['marketing'], 'promotes the newsletter and members-only prices', """Hi $NAME,

The green Ridgeline should be back in stock around June 20; the listing will update as soon as it's available.

Sign up to the TrailForge newsletter to get early access to new colours and members-only prices before anyone else.

Best,""", buyer="""When will the tent be back in stock in green?""", noorder=True, fmt='alt')

add('en-banner-image-with-recipient-id', 'pawsome', ['tracking_pixel'], 'full-size unlinked banner image whose URL carries the relay id (a beacon whatever its size)', """Hi $NAME,

Yes, we ship to Alaska and Hawaii. Standard shipping takes 5-8 business days there.

Best,""", buyer="""Do you ship to Alaska?""", noorder=True, fmt='alt',
    html_extra='\n<p><img src="https://cdn.pawsome-mail.example/banner/summer.png?rcpt=$REL" width="560" height="120" alt="Pawsome Pantry"></p>')

add('en-http-signature-logo', 'voltnest', ['styling'], 'unlinked signature logo loaded over plain http:', """Hi $NAME,

The 65W charger's top port (C1) delivers the full 65 W; the other two share 30 W when all three are in use.

Best,""", buyer="""Can I charge my laptop and phone at the same time at full speed?""", fmt='alt',
    sig_html='<p>Priya Natarajan<br>\nVoltNest Support<br>\n<img src="http://static.voltnest-cdn.example/sig/logo.png" width="140" height="36" alt="VoltNest"></p>')

add('en-animated-gif-inline', 'pawsome', ['styling'], 'animated GIF (inline cid: image, three frames)', """Hi $NAME,

Thanks so much, we're glad Biscuit loves the treats! We'll pass your note on to the team.

Best,""", buyer="""Just wanted to say my dog goes crazy for these treats.""", prod=1, fmt='alt',
    html_extra='\n<p><img src="cid:wave@pawsome-pantry.example" width="64" height="64" alt="waving dog"></p>',
    inline=[('wave@pawsome-pantry.example', 'waving-dog.gif', 'image/gif', gif(64, 64, frames=3))])

add('en-ups-tracking-page-url', 'trailforge', ['external_link'], "carrier tracking page URL (the number alone would be fine)", """Hi $NAME,

Your replacement headlamp shipped this morning. Track it here:
https://www.ups.com/track?loc=en_US&tracknum=1Z5R89W10322845011

Best,""", buyer="""Has the replacement shipped yet?""", prod=1, style='gorgias')

add('en-amzn-to-short-link', 'voltnest', ['external_link'], 'amzn.to shortened link', """Hi $NAME,

The replacement ear tips come in a pack of three sizes. Here's the listing: https://amzn.to/3xR7kQp

Best,""", buyer="""I lost the medium ear tips of the headset, can I get new ones?""", prod=2, style='gmail')

add('en-uk-outlook-quote-to-line-address', 'kettleandkin', ['contact_email'], "the seller's own address in the Outlook-quoted To: line", """Dear $NAME,

The casserole is oven-safe up to 260 °C including the lid knob, and it can go under the grill as long as the knob is at least 10 cm from the element.

Kind regards,""", buyer="""Can the casserole go in the oven with the lid on?""", prod=1,
    quote_to='Kettle & Kin Customer Care <customercare@kettleandkin.example>')

add('en-uk-buyer-phone-in-quoted-message', 'moorland', ['contact_phone'], "the buyer's own mobile number in the quoted Amazon message (quoted history is scanned)", """Hi $NAME,

We aren't able to arrange calls, but Royal Mail will try the door and, if nobody answers, leave a card with redelivery options. Your tracking number is QW204937716GB.

Best,""", buyer="""Please call me on 07700 900461 when the courier is on the way, the doorbell doesn't work.""", prod=1, style='gmail')

add('en-six-attachments', 'brightwick', ['attachment'], 'six attachments (the limit is five)', """Hi $NAME,

As requested, here are the care sheets for all three scents, the invoice, and two photos of the jar labels so you can match the batch numbers.

Warm regards,""", buyer="""Could you send me the safety information for the candles? I run a small B&B.""", fmt='alt',
    atts=[PDF('Cedar-Fig-Safety.pdf', 'Cedar & Fig - Safety Data'), PDF('Sea-Salt-Safety.pdf', 'Sea Salt - Safety Data'),
          PDF('Amber-Safety.pdf', 'Amber - Safety Data'), PDF('Invoice-BW-55871.pdf', 'Invoice BW-55871'),
          JPG('label-1.jpg', 64, 48, 31), JPG('label-2.jpg', 64, 48, 32)])

add('en-oversize-pdf-service-manual', 'trailforge', ['attachment'], 'one PDF of about 10.8 MB (over the 10 MB limit)', """Hi $NAME,

I've attached the high-resolution service manual for the Ridgeline; the pole repair section starts on page 31.

Best,""", buyer="""Is there a repair guide for the poles?""", style='gmail',
    atts=[PDF('Ridgeline-Service-Manual-HiRes.pdf', 'Ridgeline Service Manual (high resolution)', 'Pole repair: page 31', pad=10_800_000)])

add('en-pdf-name-executable-content', 'voltnest', ['attachment'], 'attachment named .pdf whose bytes are a Windows executable', """Hi $NAME,

Your invoice is attached.

Best,""", buyer="""Can I have an invoice please?""", style='gmail', fmt='alt',
    atts=[('Invoice-VN-20931.pdf', 'application/pdf', exe())])

# ======================= English — compliant proactive =====================================

add('en-proactive-neutral-review-request', 'brightwick', [], 'proactive neutral review request with the order id (first request for this order)', """Hi $NAME,

Your candle trio was delivered last week. If you have a moment, we would appreciate your feedback on this order - you can leave a review from Your Orders on Amazon.

Thank you,""", subj='Your Brightwick order $OID', style='gmail', pair='en-candles-es', seq=1, rr=True, bname='Maya')

add('en-important-freight-delivery-scheduling', 'trailforge', [], '[Important] used correctly: scheduling a freight delivery of a bulky item, order id in subject', """Hi $NAME,

Your Basecamp 8-Person Cabin Tent ships by freight because of its size (2 boxes, 41 kg in total), and the carrier needs an appointment to deliver it.

The carrier can deliver on:
- Tuesday, June 11, 8:00 AM - 12:00 PM
- Wednesday, June 12, 1:00 PM - 5:00 PM

Please reply with the slot that suits you, and let us know if there are stairs or a narrow gate at the delivery address.

Thanks,""", subj='[Important] Delivery appointment for order $OID', prod=3, style='zendesk')

# ======================= German — compliant replies ========================================

add('de-saugroboter-laedt-nicht-firmware', 'nordlicht', [], 'Fehlerbehebung mit Firmware-Version; Wörter wie "sauber"/"Saugroboter"', """Guten Tag $NAME,

vielen Dank für Ihre Nachricht. Ein orange blinkendes Licht bedeutet meistens, dass die Ladekontakte keinen sauberen Kontakt haben.

Bitte versuchen Sie Folgendes:
1. Wischen Sie die beiden Metallkontakte am Roboter und an der Station mit einem trockenen Tuch ab.
2. Stellen Sie die Station an eine Wand, mit mindestens 50 cm Platz links und rechts.
3. Halten Sie die Home-Taste 5 Sekunden gedrückt, bis der Roboter piept.

Falls das nicht hilft, aktualisieren Sie bitte die Firmware in der App auf Version 3.2.1. Sollte die Station danach immer noch orange blinken, schicken wir Ihnen kostenlos eine neue.

Mit freundlichen Grüßen""", buyer="""Hallo, mein Saugroboter R5 lädt seit gestern nicht mehr. Die Lampe an der Station blinkt orange. Was kann ich tun?""", fmt='alt')

add('de-akku-defekt-dhl-sendungsnummer', 'bergwerk', [], 'DHL-Sendungsnummer in Vierergruppen (sieht aus wie eine Telefonnummer), Outlook-Text mit AW:', """Guten Tag $NAME,

das tut uns leid. Ein Akku, der am Ladegerät dauerhaft rot anzeigt, ist defekt und wird selbstverständlich ersetzt.

Der Ersatzakku ist heute mit DHL an Sie rausgegangen.
Sendungsnummer: 0034 0434 1610 9404 2557
Voraussichtliche Zustellung: Mittwoch, 12.06.2024

Den defekten Akku müssen Sie nicht zurückschicken. Bitte geben Sie ihn bei einer Sammelstelle für Altbatterien ab, zum Beispiel im Supermarkt.

Mit freundlichen Grüßen""", buyer="""Einer der beiden Akkus lässt sich nicht laden, das Ladegerät zeigt rot. Bitte um Ersatz.""")

add('de-ruecklicht-stvzo-produktfrage', 'fahrradhof', [], 'Produktfrage ohne Bestellnummer; Prüfzeichen und Maße', """Hallo $NAME,

ja, das Rücklicht ist nach StVZO zugelassen, das Prüfzeichen K 1128 ist auf dem Gehäuse eingeprägt.

Die Halterung passt an Sattelstützen von 25 bis 32 mm, also auch an Ihre 27,2 mm. Zusätzlich liegt ein Gummiadapter für Gepäckträger bei.

Viele Grüße""", buyer="""Ist das Rücklicht in Deutschland zugelassen? Und passt es an eine Sattelstütze mit 27,2 mm?""", noorder=True, fmt='alt')

add('de-retoure-adresse-ruecksendeetikett', 'nordlicht', [], 'Rücksendeadresse mit PLZ, Rücksendeetikett als PDF mit Umlaut im Dateinamen (RFC 2231)', """Hallo $NAME,

schade, dass die Mühle nicht zu Ihnen passt, aber natürlich nehmen wir sie zurück.

Im Anhang finden Sie ein kostenloses DHL-Rücksendeetikett. Bitte verpacken Sie die Mühle möglichst im Originalkarton und senden Sie sie an:

Nordlicht Haushaltswaren GmbH
Retourenabteilung
Hafenstraße 12
20457 Hamburg

Sobald das Paket bei uns ist, erstatten wir Ihnen die 89,99 € innerhalb von zwei Werktagen.

Freundliche Grüße""", buyer="""Die Kaffeemühle ist leider zu laut für uns. Ich möchte sie zurückgeben.""", prod=1, style='thunderbird',
    atts=[PDF('Rücksendeetikett.pdf', 'DHL Retourenschein', 'Empfänger: Nordlicht Haushaltswaren GmbH, Retourenabteilung', 'Hafenstraße 12, 20457 Hamburg')])

add('de-rechnung-impressum-ohne-kontaktdaten', 'nordlicht', [], 'Rechnung als PDF; Signatur mit Impressum (HRB, USt-IdNr.) ohne Telefon, E-Mail oder Website', """Guten Tag $NAME,

gerne. Die Rechnung RE-2024-08812 mit ausgewiesener Mehrwertsteuer (19 %) hängt als PDF an dieser Nachricht.

Nettobetrag: 251,25 €
MwSt.: 47,74 €
Gesamtbetrag: 298,99 €

Mit freundlichen Grüßen""", buyer="""Ich brauche für die Steuer eine Rechnung mit ausgewiesener Mehrwertsteuer.""", style='freshdesk', fmt='html',
    sig="""$AGENT
Nordlicht Haushaltswaren GmbH · Hafenstraße 12 · 20457 Hamburg
Amtsgericht Hamburg HRB 154321 · USt-IdNr. DE 298 765 432
Geschäftsführerin: Merle Jansen""",
    atts=[PDF('Rechnung_RE-2024-08812.pdf', 'Rechnung RE-2024-08812', 'Saugroboter R5 mit Wischfunktion   251,25 EUR', 'MwSt. 19 %   47,74 EUR', 'Gesamt   298,99 EUR')])

add('de-unhoeflicher-kunde-sachlich', 'bergwerk', [], 'höfliche, bestimmte Antwort auf einen beleidigenden Käufer ("Saftladen" im Zitat)', """Guten Tag $NAME,

ich verstehe Ihren Ärger über die lange Wartezeit, und ich möchte das jetzt für Sie klären. Ich bitte Sie aber, dabei sachlich zu bleiben.

Laut DHL wurde Ihr Paket am 24.05. an die Packstation 118 in Ihrer Nähe zugestellt. Die Abholfrist ist allerdings abgelaufen und das Paket ist auf dem Rückweg zu uns. Sobald es bei uns eintrifft, voraussichtlich am 10.06., senden wir es sofort erneut an Ihre Hausadresse – ohne Versandkosten.

Mit freundlichen Grüßen""", buyer="""Das ist eine Frechheit! Seit drei Wochen warte ich auf den Steckschlüsselsatz. Ihr seid ein absoluter Saftladen.""", prod=1, style='zendesk')

add('de-neutrale-bewertungsbitte-in-antwort', 'nordlicht', [], 'eine neutrale Bewertungsbitte in einer Support-Antwort (erste Bitte zu dieser Bestellung)', """Hallo $NAME,

schön, dass der R5 wieder rund läuft! Die Seitenbürsten sollten Sie etwa alle 3 bis 6 Monate tauschen, die Hauptbürste ungefähr einmal im Jahr – je nachdem, wie viele Haare (auch Tierhaare) anfallen. Das Ersatzbürsten-Set enthält beides.

Wenn Sie einen Moment Zeit haben, würden wir uns über eine Bewertung Ihrer Bestellung freuen.

Viele Grüße""", buyer="""Danke, mit der neuen Seitenbürste läuft der Roboter jetzt wieder rund. Wie oft sollte ich die Bürsten wechseln?""", style='helpscout', fmt='alt', pair='de-r5', seq=1, rr=True)

add('de-teilerstattung-kratzer-display', 'bergwerk', [], 'Teilerstattung zur Lösung, nicht an eine Bewertung gebunden', """Hallo $NAME,

danke für das Foto. So sollte das Gerät natürlich nicht ankommen. Da es einwandfrei misst, schlagen wir Ihnen eine Teilerstattung von 15,00 € vor, die ich soeben veranlasst habe. Sie müssen nichts zurückschicken.

Wenn Sie trotzdem lieber ein neues Gerät möchten, schreiben Sie mir einfach, dann tauschen wir es aus.

Beste Grüße""", buyer="""Das Messgerät funktioniert, hat aber einen deutlichen Kratzer auf dem Display.""", prod=2, style='gorgias')

add('de-hermes-sendungsnummer-zustellzeit', 'bergwerk', [], 'Hermes-Sendungsnummer in Gruppen, Uhrzeiten', """Guten Tag $NAME,

Ihr Bohrschrauber wurde gestern an Hermes übergeben.
Sendungsnummer: H1002 3456 7890 1234 5678

Hermes stellt in Ihrem Gebiet meist zwischen 9 und 13 Uhr zu. Falls Sie nicht zu Hause sind, wird das Paket im nächsten PaketShop hinterlegt; die Benachrichtigungskarte finden Sie dann im Briefkasten.

Mit freundlichen Grüßen""", buyer="""Wann kommt die Lieferung? Ich bin nur vormittags zu Hause.""", noref=True)

add('de-bewertung-anpassen-freiwillig', 'fahrradhof', [], 'nach Ersatzlieferung neutraler Hinweis, dass die Bewertung angepasst werden kann – "liegt ganz bei Ihnen"', """Hallo $NAME,

das tut mir leid. Ein Schlauch, der direkt beim Einbau Luft verliert, hat einen Fehler im Ventilbereich. Ich habe Ihnen zwei neue Schläuche kostenlos zugeschickt, sie kommen mit DHL, Sendungsnummer 0034 0434 1610 9412 8830.

Falls Sie möchten, können Sie Ihre Bewertung jederzeit anpassen – das liegt aber ganz bei Ihnen.

Viele Grüße""", buyer="""Der Schlauch war schon beim Einbau undicht. Habe deshalb 2 Sterne gegeben.""", prod=1)

add('de-kaffeemuehle-mahlgrad-analyse', 'nordlicht', [], 'Produktfrage ohne Bestellnummer; "Klassiker"/"Analyse" als Fallen', """Hallo $NAME,

für einen klassischen Siebträger-Espresso empfehlen wir Stufe 4 bis 6 von 30. Stellen Sie den Mahlgrad bitte nur bei laufender Mühle feiner, sonst kann sich das Kegelmahlwerk verklemmen.

Zum Reinigen drehen Sie den oberen Ring gegen den Uhrzeigersinn ab; dann können Sie das Mahlwerk mit dem beiliegenden Pinsel säubern. Bitte kein Wasser verwenden. Eine Analyse unserer Servicefälle zeigt übrigens: Wer einmal im Monat reinigt, hat so gut wie nie Verstopfungen.

Freundliche Grüße""", buyer="""Welchen Mahlgrad nehme ich für Espresso aus dem Siebträger? Und kann ich das Mahlwerk selbst reinigen?""", prod=1, noorder=True, style='thunderbird', fmt='alt')

add('de-stornierung-erstattung-benachrichtigungen', 'nordlicht', [], 'Stornierung mit Betrag; zitierter Amazon-Text enthält den Hinweis auf Benachrichtigungseinstellungen', """Guten Tag $NAME,

kein Problem: Die Bestellung war noch nicht versandt, ich habe sie storniert. Der Betrag von 24,90 € wird Ihnen über Amazon auf Ihre ursprüngliche Zahlungsart erstattet.

Die Bürsten des R5 passen übrigens leider nicht auf den R3 – gut, dass Sie es rechtzeitig bemerkt haben.

Mit freundlichen Grüßen""", buyer="""Bitte stornieren Sie meine Bestellung, ich habe aus Versehen das falsche Bürstenset bestellt.""", prod=2, notif_pref=True)

add('de-kein-whatsapp-nur-ueber-amazon', 'fahrradhof', [], 'lehnt Telefon und WhatsApp ab und hilft in der Nachricht', """Hallo $NAME,

wir dürfen Amazon-Kunden leider nicht telefonisch oder per WhatsApp kontaktieren, aber ich beantworte Ihre Fragen gern hier.

Die Tasche wird mit zwei Haken oben am Gepäckträger eingehängt; der untere Haken lässt sich für Gepäckträger-Rohre von 8 bis 16 mm verschieben. Schicken Sie mir gern ein Foto Ihres Gepäckträgers, dann sage ich Ihnen, welche Position passt.

Viele Grüße""", buyer="""Können Sie mich kurz anrufen oder mir per WhatsApp schreiben? Ich habe ein paar Fragen zur Befestigung der Tasche.""", prod=2, style='freshdesk')

add('de-ersatzbuerste-dpd-paketnummer', 'nordlicht', [], 'DPD-Paketnummer, Datum', """Hallo $NAME,

danke für den Hinweis. Ich habe Ihnen eine neue Seitenbürste geschickt, sie ist mit DPD unterwegs.
Paketnummer: 0150 5432 1098 76
Zustellung voraussichtlich: Dienstag, 11.06.

Viele Grüße""", buyer="""Bei einer der Seitenbürsten ist ein Borstenbüschel abgebrochen.""", prod=2, style='helpscout')

add('de-bohrschrauber-drehmoment-cid-logo', 'bergwerk', [], 'unverlinktes Logo als cid:-Inline-Bild in der Signatur', """Hallo $NAME,

der Bohrschrauber schafft 60 Nm im harten und 35 Nm im weichen Schraubfall. Für Holzschrauben 6 x 120 mm reicht das gut; bei Hartholz empfehlen wir, mit 4 mm vorzubohren und im ersten Gang zu schrauben.

Viele Grüße""", buyer="""Welches Drehmoment hat der Bohrschrauber? Reicht das für Holzschrauben 6 x 120 mm?""", noorder=True, style='gmail', fmt='alt',
    sig_html='<p>Uwe Hoffmann<br>\nBergwerk Werkzeuge – Kundendienst<br>\n<img src="cid:logo.bergwerk@2x.png" alt="Bergwerk Werkzeuge" width="160" height="40"></p>',
    inline=[('logo.bergwerk@2x.png', 'logo@2x.png', 'image/png', png(160, 40, 41))])

add('de-important-hausnummer-fehlt', 'nordlicht', [], '[Important] korrekt: Adressproblem, Bestellnummer im Betreff', """Guten Tag $NAME,

bei Ihrer Lieferadresse fehlt leider die Hausnummer, und DHL kann das Paket so nicht zustellen.

Könnten Sie uns bitte kurz die vollständige Adresse bestätigen? Wir halten die Sendung so lange zurück und verschicken sie sofort nach Ihrer Antwort.

Mit freundlichen Grüßen""", subj='[Important] Hausnummer fehlt – Bestellung $OID', prod=1)

# ======================= German — violations =============================================

add('de-impressum-telefon-mail-web', 'nordlicht', ['external_link', 'contact_email', 'contact_phone'], 'hilfreiche Antwort; Signatur mit Telefon, E-Mail und Website', """Guten Tag $NAME,

ja, für den R5 gibt es einen Ersatzakku (Artikelnummer ERS-R5-BAT). Der Tausch dauert etwa fünf Minuten: Bodenplatte mit einem Kreuzschlitzschraubendreher lösen, Stecker abziehen, neuen Akku einsetzen. Danach bitte einmal vollständig laden, bevor Sie den Roboter wieder starten.

Mit freundlichen Grüßen""", buyer="""Gibt es für den R5 auch einen Ersatzakku? Meiner hält nur noch 20 Minuten.""", fmt='alt',
    sig="""$AGENT
Nordlicht Haushaltswaren GmbH
Hafenstraße 12, 20457 Hamburg
Tel.: 040 66969 123
E-Mail: service@nordlicht-haushalt.example
Web: www.nordlicht-haushalt.example""")

add('de-gutschein-fuer-ehrliche-bewertung', 'fahrradhof', ['review_incentive'], 'proaktiv: 10-€-Gutschein gegen Screenshot der Bewertung (abgelehnt, kommt nicht ins Register)', """Hallo $NAME,

wir hoffen, Ihr neues Rücklicht sorgt schon für gute Sicht im Straßenverkehr.

Als Dankeschön für Ihre ehrliche Bewertung auf Amazon erhalten Sie von uns einen 10-€-Gutschein für Ihren nächsten Einkauf. Schicken Sie uns einfach einen Screenshot Ihrer Bewertung als Antwort auf diese Nachricht.

Viele Grüße""", subj='Ihre Bestellung $OID – kleines Dankeschön', pair='de-ruecklicht', seq=1, rr=True)

add('de-neutrale-bitte-nach-abgelehnter-anfrage', 'fahrradhof', [], 'neutrale Bewertungsbitte; die frühere Bitte zur selben Bestellung bot einen Gutschein und wurde nie zugestellt, also keine Wiederholung', """Hallo $NAME,

Ihr Rücklicht ist vor einigen Tagen angekommen. Wenn Sie einen Moment Zeit haben, freuen wir uns über Ihre Bewertung des Artikels auf Amazon – sie hilft anderen Radfahrern bei der Auswahl.

Viele Grüße""", subj='Ihre Bestellung $OID bei Fahrradhof Lindner', agent=1, pair='de-ruecklicht', seq=2, rr=True)

add('de-zufrieden-fuenf-sterne-sonst-zuerst-uns', 'bergwerk', ['review_manipulation'], 'proaktiv: 5 Sterne bei Zufriedenheit, sonst zuerst beim Verkäufer melden (Review-Gating)', """Guten Tag $NAME,

Sie haben vor kurzem unseren Steckschlüsselsatz erhalten. Wenn Sie zufrieden sind, freuen wir uns sehr über 5 Sterne bei Amazon! Sollte etwas nicht passen, melden Sie sich bitte zuerst bei uns, bevor Sie eine Bewertung schreiben – wir finden bestimmt eine Lösung.

Mit freundlichen Grüßen""", subj='Ihr Steckschlüsselsatz – Bestellung $OID', prod=1, rr=True)

add('de-bitte-bewertung-anpassen-oder-entfernen', 'nordlicht', ['feedback_removal'], 'bittet nach der Lösung, die 2-Sterne-Bewertung anzupassen oder zu entfernen', """Guten Tag $NAME,

vielen Dank für die Rückmeldung, das freut uns.

Da das Problem nun gelöst ist, möchten wir Sie bitten, Ihre 2-Sterne-Bewertung anzupassen oder zu entfernen. Sie steht bei dem Artikel immer noch ganz oben und schreckt andere Kunden ab.

Mit freundlichen Grüßen""", buyer="""Die neue Station funktioniert. Danke.""")

add('de-sommer-sale-code-nach-antwort', 'fahrradhof', ['marketing'], 'hilfreiche Antwort, danach Sale mit Rabattcode für das ganze Sortiment', """Hallo $NAME,

die Tasche ist wasserdicht, nicht nur wasserabweisend: Die Nähte sind verschweißt, und mit dem Rollverschluss (mindestens dreimal umschlagen) erreicht sie IPX6. Bei Starkregen bleibt der Inhalt trocken, untertauchen sollten Sie sie aber nicht.

Übrigens: Bis Sonntag läuft unser Sommer-Sale – mit dem Code SOMMER15 sparen Sie 15 % auf unser gesamtes Sortiment an Radtaschen und Beleuchtung.

Viele Grüße""", buyer="""Ist die Tasche wirklich wasserdicht oder nur wasserabweisend?""", prod=2, fmt='alt')

add('de-wer-lesen-kann-herablassend', 'bergwerk', ['offensive'], 'herablassend und höhnisch gegenüber dem Käufer', """Guten Tag $NAME,

wer lesen kann, ist klar im Vorteil: Auf Seite 4 der Anleitung steht, dass der Messbezug ab Werk auf die Hinterkante eingestellt ist. Das Gerät ist genau 3 cm lang – was für ein Zufall.

Bevor Sie unsere Produkte als Schrott bezeichnen, sollten Sie vielleicht erst einmal Ihr eigenes Verständnis überprüfen. Ihre Unterstellungen sind einfach lächerlich.""", buyer="""Das Gerät misst ständig falsch, immer 3 cm daneben. Schrott!""", prod=2, sig='U. Hoffmann')

add('de-drohung-anzeige-schadensersatz', 'nordlicht', ['offensive'], 'Drohung mit Anzeige und Einschüchterung', """Guten Tag $NAME,

Ihre Behauptung ist frei erfunden, das zeigen die Fotos, die Sie selbst geschickt haben: Die Kratzer stammen von einem Stuhlbein, nicht vom Roboter.

Wenn Sie weiter solche Lügen über unser Unternehmen verbreiten, werden wir Sie anzeigen und Schadensersatz verlangen. Überlegen Sie sich gut, mit wem Sie sich anlegen.""", buyer="""Ich schicke die Fotos meinem Anwalt. Ihr Roboter hat meinen Parkettboden zerkratzt.""", fmt='alt', sig='Nordlicht Haushaltswaren')

add('de-erinnerung-bewertung-saugroboter', 'nordlicht', ['repeat_request'], 'zweite Bewertungsbitte zur selben Bestellung (erste stand in einer Support-Antwort), andere Agentin', """Guten Tag $NAME,

vor ein paar Wochen hatten wir Ihnen beim Bürstenwechsel geholfen. Falls Sie noch nicht dazu gekommen sind: Wir würden uns sehr freuen, wenn Sie den Artikel bei Amazon bewerten.

Herzliche Grüße""", subj='Kurze Erinnerung zu Ihrer Bestellung $OID', agent=1, pair='de-r5', seq=2, rr=True)

add('de-versandbestaetigung-proaktiv', 'fahrradhof', ['unpermitted_proactive'], 'Versandbestätigung aus der Versandsoftware', """Hallo $NAME,

Ihre Bestellung ist unterwegs!

Artikel: Fahrradhof Schlauch 28 Zoll Sclaverandventil (2 Stück)
Versanddienstleister: DHL
Sendungsnummer: 0034 0434 1610 9477 1021

Vielen Dank für Ihren Einkauf bei Fahrradhof Lindner.""", subj='Ihre Bestellung $OID wurde versandt', prod=1, style='plain', fmt='alt', sig=False)

add('de-speditionstermin-ohne-bestellnummer', 'bergwerk', ['missing_order_id'], 'Lieferterminabstimmung (erlaubter Anlass), aber ohne Bestellnummer', """Guten Tag $NAME,

Ihre Werkbank wird per Spedition geliefert. Die Spedition kann Sie am Dienstag, 11.06., zwischen 8 und 12 Uhr oder am Mittwoch, 12.06., zwischen 13 und 17 Uhr beliefern. Bitte antworten Sie kurz, welcher Termin Ihnen passt.

Mit freundlichen Grüßen""", subj='Liefertermin für Ihre Bestellung')

add('de-abmelden-per-antwort', 'nordlicht', ['opt_out'], 'Bewertungsbitte mit Abmeldehinweis im Text ("antworten Sie mit ABMELDEN")', """Guten Tag $NAME,

Ihre Kaffeemühle sollte inzwischen angekommen sein. Wenn Sie einen Moment Zeit haben, freuen wir uns über eine Bewertung auf Amazon.

Sie möchten keine weiteren Nachrichten von uns erhalten? Antworten Sie einfach mit „ABMELDEN“.

Freundliche Grüße""", subj='Wie gefällt Ihnen die KM-200? (Bestellung $OID)', prod=1, style='helpscout', fmt='alt', rr=True)

add('de-telefonnummer-in-worten', 'bergwerk', ['contact_phone'], 'obfuscated (Telefonnummer als deutsche Zahlwörter)', """Hallo $NAME,

das klingt nach einer falsch eingestellten Drehmomentkupplung. Drehen Sie den Ring vorne am Gerät auf das Bohrersymbol; dann rutscht die Kupplung nicht mehr durch. Falls das nicht hilft, ruf uns einfach an unter null vier null, sechs sechs neun sechs neun, eins zwei drei – dann gehen wir das gemeinsam durch.

Viele Grüße""", buyer="""Der Akku-Bohrschrauber rutscht bei jeder Schraube durch.""", style='gmail')

add('de-whatsapp-schneller-als-amazon', 'fahrradhof', ['contact_other'], 'verweist für künftige Anfragen auf WhatsApp statt Amazon', """Hallo $NAME,

eine neue Klickhalterung schicke ich Ihnen gern zu, sie geht morgen als Warensendung raus.

Für so etwas können Sie uns übrigens auch jederzeit bei WhatsApp schreiben – einfach nach „Fahrradhof Lindner“ suchen, das geht meistens schneller als über Amazon.

Viele Grüße""", buyer="""Die Klickhalterung vom Rücklicht ist abgebrochen.""")

add('de-zentriert-farbe-schrift', 'nordlicht', ['styling'], 'zentrierter Text mit eigener Schriftfarbe und Schriftart', """Hallo $NAME,

in den R5 passen nur die originalen HEPA-Filter R5-F2; sie liegen auch dem Ersatzbürsten-Set bei. Bitte tauschen Sie den Filter etwa alle drei Monate.

Viele Grüße""", buyer="""Welche Filter passen in den R5?""", style='freshdesk', fmt='alt',
    html_wrap='style="text-align:center;color:#1f4e79;font-family:Georgia,serif"')

add('de-important-tag-bewertungsbitte', 'bergwerk', ['important_tag'], '[Important] auf einer Bewertungsbitte (nicht nötig für die Bestellung)', """Guten Tag $NAME,

wir hoffen, der Laser-Entfernungsmesser leistet Ihnen gute Dienste. Über eine Bewertung bei Amazon würden wir uns freuen.

Mit freundlichen Grüßen""", subj='[Important] Ihre Meinung zu Bestellung $OID', prod=2, rr=True)

add('de-anleitungen-als-rar', 'nordlicht', ['attachment'], 'RAR-Archiv als Anhang', """Hallo $NAME,

die Kartenerstellung starten Sie in der App unter „Karte“ > „Neu kartieren“. Lassen Sie dabei alle Türen offen und räumen Sie Kabel vom Boden. Ich habe Ihnen alle Anleitungen als Paket angehängt.

Viele Grüße""", buyer="""Wo finde ich die Anleitung zur Kartenerstellung in der App?""", fmt='alt',
    atts=[('R5-Anleitungen.rar', 'application/vnd.rar', rar())])

add('de-weiches-trennzeichen-entfernen', 'fahrradhof', ['feedback_removal'], 'obfuscated (weiche Trennstriche in „Bewertung“ und „entfernen“)', """Hallo $NAME,

prima, danke für die Rückmeldung! Da jetzt alles passt: Wären Sie so nett, Ihre 1-Stern-Be\u00adwer\u00adtung zu ent\u00adfer\u00adnen? Das würde uns als kleinem Familienbetrieb sehr helfen.

Viele Grüße""", buyer="""Die neuen Schläuche sind da und passen.""", prod=1)

add('de-email-at-punkt', 'nordlicht', ['contact_email'], 'obfuscated (E-Mail mit (at) und (punkt))', """Hallo $NAME,

für die Garantieabwicklung brauchen wir die Seriennummer vom Typenschild unter dem Roboter. Am einfachsten schicken Sie uns ein Foto an service (at) nordlicht-haushalt (punkt) de.

Viele Grüße""", buyer="""Der Roboter fährt nur noch im Kreis. Ist das ein Garantiefall?""")

# ======================= French — compliant ===============================================

add('fr-colis-abime-colissimo', 'maisoncelest', [], 'remplacement, numéro de suivi Colissimo, pas de retour', """Bonjour $NAME,

Je suis vraiment désolée pour l'état de votre colis. Une housse déchirée ne devrait jamais arriver chez vous.

Nous vous envoyons aujourd'hui une parure neuve, sans frais. Le colis part en Colissimo, numéro de suivi 6A23456789012, livraison prévue le mercredi 12 juin. Inutile de nous renvoyer l'ancienne parure.

Bien cordialement,""", buyer="""Bonjour, le colis est arrivé complètement écrasé et la housse de couette est déchirée sur un coin.""", fmt='alt')

add('fr-retour-adresse-lyon-remboursement', 'atelierbrun', [], 'adresse de retour avec code postal, montant du remboursement', """Bonjour $NAME,

Aucun souci, vous pouvez nous le retourner dans les 30 jours. Merci de le renvoyer dans son emballage d'origine à l'adresse suivante :

Atelier Brun – Retours
14 rue des Tanneurs
69002 Lyon

Dès réception, nous vous rembourserons 59,90 €. Pensez à conserver le justificatif de dépôt.

Cordialement,""", buyer="""Le portefeuille est plus grand que je pensais, il ne rentre pas dans ma poche. Je souhaite le retourner.""")

add('fr-poele-induction-conseil', 'cuisinoa', [], 'question produit sans numéro de commande ; "conseil" (piège de sous-chaîne)', """Bonjour $NAME,

Oui, la poêle fonctionne sur tous les feux, y compris l'induction. Notre conseil : chauffez-la progressivement, à feu moyen, pour éviter les chocs thermiques.

Elle est livrée déjà culottée à l'huile de lin. Après chaque utilisation, rincez-la à l'eau chaude sans détergent, séchez-la bien et passez une fine couche d'huile.

Bonne cuisine,""", buyer="""La poêle en fonte est-elle compatible avec une plaque à induction ? Faut-il la culotter ?""", noorder=True, fmt='html')

add('fr-facture-siret-tva-pdf', 'maisoncelest', [], 'facture PDF ; SIRET et TVA intracommunautaire en groupes de chiffres', """Bonjour $NAME,

Veuillez trouver ci-joint la facture FA-2024-0457 au nom de votre société, comme demandé.

Montant HT : 124,92 €
TVA (20 %) : 24,98 €
Montant TTC : 149,90 €

Nos références : SIRET 812 345 678 00019, TVA intracommunautaire FR 12 812345678.

Cordialement,""", buyer="""Pouvez-vous m'envoyer une facture au nom de ma société ?""", style='outlook',
    atts=[PDF('Facture_FA-2024-0457.pdf', 'Facture FA-2024-0457', 'Parure de lit en lin lavé 240 x 260   124,92 EUR HT', 'TVA 20 %   24,98 EUR', 'Total TTC   149,90 EUR')])

add('fr-client-grossier-reponse-ferme', 'cuisinoa', [], 'réponse polie et ferme à un client qui parle d\'arnaque', """Bonjour $NAME,

Je comprends votre agacement et je vais vous aider à régler ce problème, mais je vous remercie de garder un ton courtois.

Quand le bol tourne dans le vide, c'est presque toujours qu'il n'est pas verrouillé : posez-le sur le socle, puis tournez-le d'un quart de tour vers la droite jusqu'au déclic. Le robot ne démarre pas tant que la tête n'est pas abaissée et verrouillée.

Si le problème persiste, dites-le-moi et nous organiserons un échange.

Cordialement,""", buyer="""Votre robot est une arnaque. Le bol tourne dans le vide. Vous vous moquez des clients !""", prod=1, style='thunderbird')

add('fr-demande-evaluation-vendeur-neutre', 'maisoncelest', [], "une demande neutre d'évaluation vendeur dans une réponse (première demande pour cette commande)", """Bonjour $NAME,

Merci pour votre message, ravie que le plaid vous plaise ! Il supporte le sèche-linge à basse température, mais il gardera son gaufrage plus longtemps s'il sèche à plat.

Si vous avez un instant, nous serions reconnaissants que vous laissiez une évaluation vendeur pour cette commande.

Belle journée,""", buyer="""Le plaid est très doux, merci. Est-ce qu'il peut aller au sèche-linge ?""", prod=1, style='helpscout', fmt='alt', pair='fr-plaid', seq=1, rr=True, plus='+8f3a21c0')

add('fr-chronopost-avis-de-passage', 'atelierbrun', [], '"avis de passage" (avis au sens de notification), numéro de suivi Chronopost', """Bonjour $NAME,

D'après Chronopost, le livreur n'a pas pu vous remettre le colis et l'a déposé dans un relais Pickup près de chez vous. L'adresse du relais figure sur l'avis de passage, sous le code-barres.

Numéro de suivi : XY 4851 2367 0FR
Le colis y reste disponible 10 jours, jusqu'au 14 juin inclus. Pensez à prendre une pièce d'identité.

Cordialement,""", buyer="""J'ai trouvé un avis de passage mais je ne sais pas où récupérer le colis.""", prod=1, style='zammad')

add('fr-remboursement-partiel-tache', 'maisoncelest', [], 'remboursement partiel ou échange, sans lien avec un avis', """Bonjour $NAME,

Merci pour la photo et désolée pour ce défaut. Si vous souhaitez garder la nappe malgré tout, je vous propose un remboursement partiel de 12 € ; il sera effectué dès votre accord. Si vous préférez un échange, je vous envoie une nappe neuve et une étiquette de retour.

Dites-moi ce qui vous convient le mieux.

Bien à vous,""", buyer="""La nappe a une petite tache jaune près de l'ourlet. Elle ne part pas au lavage.""", prod=2, style='gorgias')

add('fr-evaluation-modifiable-sans-pression', 'cuisinoa', [], "après résolution, simple mention que l'évaluation peut être modifiée, « entièrement à vous de voir »", """Bonjour $NAME,

Toutes mes excuses pour cet oubli. L'étui manquant vous a été envoyé hier en lettre suivie, numéro 1L 05123 45678 9.

Si vous estimez que le problème est résolu, vous avez la possibilité de modifier votre évaluation, mais c'est entièrement à vous de voir.

Cordialement,""", buyer="""J'ai mis 1 étoile car un couteau est arrivé sans son étui.""", prod=2, style='gmail', fmt='alt')

add('fr-reassort-semaine-26', 'maisoncelest', [], 'réponse sur une rupture de stock (réponse, pas un avis proactif)', """Bonjour $NAME,

La parure en terracotta est actuellement en rupture ; nous attendons un réassort pour la semaine 26 (fin juin). Dès qu'elle sera de nouveau disponible, l'offre réapparaîtra sur la fiche produit.

Les dimensions 240 x 260 et 260 x 240 correspondent à la même housse : seule l'orientation de l'étiquette change.

Cordialement,""", buyer="""La parure existe-t-elle en 260 x 240 en couleur terracotta ? Elle semble indisponible.""", noorder=True)

add('fr-refus-contact-telephone', 'atelierbrun', [], 'refuse poliment le téléphone et conseille dans le message', """Bonjour $NAME,

Nous ne pouvons malheureusement pas échanger avec les clients Amazon par téléphone, mais je peux tout à fait vous conseiller ici.

Pour choisir la taille, mesurez une ceinture que vous portez déjà, de la boucle jusqu'au trou que vous utilisez. Si vous obtenez 95 cm, prenez la taille 95 : la ceinture propose deux trous de chaque côté.

Cordialement,""", buyer="""Pouvez-vous m'appeler ? Ce serait plus simple pour choisir la bonne taille de ceinture.""", prod=1, style='outlook')

add('fr-notice-robot-pdf-accent', 'cuisinoa', [], 'notice PDF, nom de fichier accentué (RFC 2231)', """Bonjour $NAME,

Bien sûr, vous trouverez la notice complète en pièce jointe (PDF, 24 pages). Les vitesses conseillées pour chaque accessoire sont en page 9.

Bonne pâtisserie,""", buyer="""J'ai perdu la notice du robot. Pouvez-vous me la renvoyer ?""", prod=1, fmt='alt',
    atts=[PDF('Notice_Robot_Pâtissier.pdf', 'Cuisinoa Robot patissier 1000 W - Notice', 'Vitesses conseillees : page 9')])

add('fr-bon-de-retour-docx', 'atelierbrun', [], 'bon de retour en pièce jointe DOCX', """Bonjour $NAME,

Désolé pour cette couture. Je vous joins un bon de retour (document Word) à glisser dans le colis, pour que notre atelier identifie votre échange tout de suite. Le nouveau porte-cartes partira dès réception du premier.

Cordialement,""", buyer="""Le porte-cartes est arrivé avec une couture défaite. Je voudrais l'échanger.""", prod=2, fmt='alt',
    atts=[('Bon_de_retour.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
           docx(['Atelier Brun – Bon de retour', 'Motif : échange (couture défaite)', 'Article : Porte-cartes en cuir']))])

add('fr-lavage-lin-preferences-notification', 'maisoncelest', [], "conseils de lavage ; la citation Amazon contient sa phrase sur les préférences de notification", """Bonjour $NAME,

Le lin lavé se lave à 40 °C, sur un programme délicat, et se repasse encore légèrement humide si vous aimez un aspect plus net. Évitez l'adoucissant, qui raidit les fibres de lin avec le temps.

Belle journée,""", buyer="""À quelle température laver la parure en lin ?""", style='freshdesk', fmt='alt', notif_pref=True)

add('fr-important-gravure-initiales', 'atelierbrun', [], '[Important] correct : question de personnalisation, numéro de commande dans l\'objet', """Bonjour $NAME,

Vous avez choisi la gravure d'initiales sur votre portefeuille, mais le champ de personnalisation contient « J.M.B.D. », soit quatre lettres, alors que la gravure en accepte trois au maximum.

Pourriez-vous nous indiquer les trois initiales à graver ? Nous lançons la fabrication dès votre réponse.

Cordialement,""", subj='[Important] Personnalisation de votre commande $OID')

# ======================= French — violations ==============================================

add('fr-bon-reduction-apres-avis', 'cuisinoa', ['review_incentive'], 'proactif : bon de réduction de 15 % une fois l\'avis publié', """Bonjour $NAME,

Nous espérons que votre poêle en fonte vous donne entière satisfaction.

Pour vous remercier, nous vous offrons un bon de réduction de 15 % sur votre prochaine commande dès que votre avis sera publié sur Amazon. Il vous suffit de nous envoyer le lien de votre avis.

À bientôt,""", subj='Votre commande $OID chez Cuisinoa', fmt='alt', rr=True)

add('fr-avis-cinq-etoiles-sinon-contactez-nous', 'maisoncelest', ['review_manipulation'], 'proactif : avis 5 étoiles demandé, et filtrage des clients mécontents', """Bonjour $NAME,

Votre parure en lin devrait être arrivée. Un avis 5 étoiles nous aiderait énormément à faire connaître notre petite marque ! Et si quelque chose ne vous convient pas, écrivez-nous avant de laisser un avis : nous trouverons une solution.

Belle journée,""", subj='Votre parure Maison Célest (commande $OID)', fmt='alt', rr=True)

add('fr-reconsiderer-evaluation', 'atelierbrun', ['feedback_removal'], "demande de « reconsidérer » l'évaluation une fois le problème réglé", """Bonjour $NAME,

Parfait, merci de nous le confirmer.

Maintenant que le problème est réglé, pourriez-vous reconsidérer l'évaluation que vous avez laissée la semaine dernière ? Elle pèse beaucoup sur notre note vendeur.

Cordialement,""", buyer="""Merci, la nouvelle ceinture est bien arrivée.""", prod=1)

add('fr-instagram-nouvelle-collection', 'maisoncelest', ['contact_other', 'marketing'], '« Suivez-nous sur Instagram @… » pour une nouvelle collection', """Bonjour $NAME,

Pas encore, mais le vert sauge arrive à la rentrée ! Suivez-nous sur Instagram @maisoncelest.paris pour découvrir la nouvelle collection en avant-première.

Belle journée,""", buyer="""Le plaid existe-t-il en vert sauge ?""", prod=1, noorder=True, fmt='alt')

add('fr-mauvaise-foi-apprenez-a-lire', 'cuisinoa', ['offensive'], 'mépris et insulte envers le client', """Bonjour,

Franchement, votre message est ridicule. Une poêle en fonte rouille quand on la laisse tremper dans l'évier, c'est écrit en gros sur la notice. Apprenez à lire une notice avant d'accuser les autres, et épargnez-nous votre mauvaise foi.""", buyer="""La poêle a rouillé en une semaine. Produit de mauvaise qualité.""", style='thunderbird', sig='Cuisinoa')

add('fr-menace-signalement-plainte', 'atelierbrun', ['offensive'], 'menace de signalement et de plainte', """Bonjour,

Le cuir pleine fleur ne pèle pas, et vos photos montrent une simple éraflure. Si vous persistez à proférer de fausses accusations contre notre atelier, nous vous signalerons à Amazon et porterons plainte pour dénigrement. Vous voilà prévenu.""", buyer="""Je vais signaler votre boutique à Amazon, le cuir pèle déjà au bout d'un mois.""", fmt='alt', sig='Atelier Brun')

add('fr-deuxieme-demande-avis-produit', 'maisoncelest', ['repeat_request'], "demande d'avis produit après une demande d'évaluation vendeur pour la même commande (historique commun)", """Bonjour $NAME,

Vous avez reçu votre plaid il y a quelques semaines. Si vous avez un moment, pourriez-vous partager votre avis sur le produit sur Amazon ? Cela aide beaucoup les autres clients.

Merci d'avance,""", subj='Votre avis sur le plaid en coton gaufré – commande $OID', prod=1, agent=1, pair='fr-plaid', seq=2, rr=True, plus='+8f3a21c0')

add('fr-merci-pour-votre-commande', 'atelierbrun', ['unpermitted_proactive'], 'message proactif de remerciement seul', """Bonjour $NAME,

Toute l'équipe d'Atelier Brun vous remercie pour votre commande. Chaque pièce est coupée et cousue à la main dans notre atelier lyonnais.

À très bientôt,""", subj='Merci pour votre commande $OID !', prod=1, fmt='alt')

add('fr-email-arobase-point', 'maisoncelest', ['contact_email'], 'obfuscated (adresse e-mail avec « arobase » et « point »)', """Bonjour $NAME,

Avec plaisir ! Les photos sont trop lourdes pour la messagerie Amazon : écrivez-moi à camille arobase maison-celest point fr et je vous les envoie tout de suite.

Belle journée,""", buyer="""Pouvez-vous m'envoyer une photo de la couleur « lin naturel » en lumière du jour ?""", noorder=True)

add('fr-site-guide-entretien-domaine-nu', 'cuisinoa', ['external_link'], 'domaine nu avec chemin dans un conseil utile', """Bonjour $NAME,

Pas de panique, la rouille de surface s'enlève facilement : frottez avec une éponge métallique, rincez, séchez à feu doux, puis passez une fine couche d'huile et mettez la poêle au four à 200 °C pendant une heure.

Vous trouverez aussi notre guide d'entretien illustré sur cuisinoa-cuisine.fr/entretien-fonte.

Bonne cuisine,""", buyer="""Comment enlever la rouille sur ma poêle ?""")

add('fr-lien-desinscription', 'maisoncelest', ['external_link', 'opt_out'], "demande d'avis avec lien de désinscription", """Bonjour $NAME,

Nous espérons que votre nappe vous plaît. Si vous avez un instant, votre avis sur Amazon nous serait précieux.

Vous ne souhaitez plus recevoir nos messages ? Se désinscrire : https://news.maison-celest.example/desinscription?id=$REL""", subj='Votre nappe antitache – commande $OID', prod=2, fmt='alt', rr=True)

add('fr-demande-avis-sans-numero-commande', 'cuisinoa', ['missing_order_id'], "demande d'avis proactive sans numéro de commande", """Bonjour $NAME,

Vos couteaux sont arrivés il y a quelques jours. Si vous avez un moment, un avis sur Amazon aiderait d'autres cuisiniers à faire leur choix.

Bonne cuisine,""", subj='Vos couteaux Cuisinoa', prod=2, rr=True)

add('fr-important-votre-avis-compte', 'atelierbrun', ['important_tag'], '[IMPORTANT] sur une demande d\'avis', """Bonjour $NAME,

Votre porte-cartes est arrivé. Nous serions heureux de lire votre avis sur Amazon lorsque vous aurez un moment.

Cordialement,""", subj='[IMPORTANT] Votre avis compte – commande $OID', prod=2, rr=True)

add('fr-telephone-chiffres-pleine-chasse', 'cuisinoa', ['contact_phone'], 'obfuscated (numéro de téléphone en chiffres pleine chasse)', """Bonjour $NAME,

Un claquement à la vitesse 6 vient souvent du crochet mal enclenché. Si le bruit continue après l'avoir remis en place, appelez notre SAV au ０６ ３９ ９８ ４２ １７, du lundi au vendredi.

Cordialement,""", buyer="""Le robot fait un bruit de claquement à la vitesse 6.""", prod=1)

add('fr-rupture-de-stock-proactive', 'maisoncelest', ['unpermitted_proactive'], 'avis de rupture de stock envoyé de façon proactive', """Bonjour $NAME,

Nous sommes au regret de vous informer que la nappe antitache 160 x 250 cm est actuellement en rupture de stock. Nous vous tiendrons informé(e) dès son retour.

Cordialement,""", subj='Information sur votre commande $OID', prod=2)

# ======================= Spanish — compliant ==============================================

add('es-retraso-correos-express', 'solyluna', [], 'retraso con número de envío y franja horaria', """Hola $NAME:

Siento mucho el retraso. He consultado con Correos Express y el paquete se quedó en su centro de Valencia por un problema de clasificación; esta mañana ha salido de nuevo.

Número de envío: 3230005432101
Entrega prevista: jueves 13 de junio, entre las 9:00 y las 14:00

Si el jueves no lo ha recibido, escríbame por aquí y le enviamos otro juego sin coste.

Un saludo,""", buyer="""Hola, mi pedido de toallas tenía que llegar el martes y todavía no ha llegado.""", fmt='alt')

add('es-taladro-reposicion-factura-cif', 'ferreteria', [], 'reposición en garantía, factura PDF con número y CIF', """Buenos días, $NAME:

Deje de usar el taladro, por favor: ese olor indica un fallo en el motor y está cubierto por la garantía.

Le enviamos hoy mismo un taladro nuevo y le adjunto la factura F-2024-1123 por si la necesita para la garantía (CIF de la empresa: B12345678). Cuando reciba el nuevo, el mensajero recogerá el defectuoso en la misma visita.

Atentamente,""", buyer="""El taladro hace un ruido raro y huele a quemado después de dos minutos.""",
    atts=[PDF('Factura_F-2024-1123.pdf', 'Factura F-2024-1123', 'Taladro percutor 800 W   49,90 EUR', 'CIF B12345678')])

add('es-cortina-ollaos-sin-pedido', 'solyluna', [], 'pregunta de producto sin número de pedido; medidas', """Hola $NAME:

Lleva 8 ollaos metálicos de 40 mm de diámetro interior, así que entra sin problema en una barra de 28 mm. El ancho de 140 cm es por cortina; si su ventana mide más de 1,20 m le recomendamos dos unidades.

Un saludo,""", buyer="""¿La cortina de 140 x 260 lleva ollaos o trabillas? ¿Sirve para una barra de 28 mm?""", prod=1, noorder=True, style='gmail')

add('es-cliente-grosero-respuesta-educada', 'ferreteria', [], 'respuesta educada y firme a un comprador que insulta', """Hola, $NAME:

Lamento que falte la llave de 6 mm y el tiempo de espera; entiendo su enfado. Le pido, eso sí, que mantengamos un tono respetuoso para que pueda ayudarle mejor.

Le he enviado la llave que falta por correo ordinario; debería llegarle en 2 o 3 días laborables. Si prefiere devolver el juego completo, también puede hacerlo desde Mis pedidos y le reembolsaremos el importe íntegro.

Un saludo,""", buyer="""Sois unos incompetentes. Falta la llave de 6 mm y encima tardáis una semana en contestar.""", prod=1, style='zendesk', fmt='alt')

add('es-devolucion-direccion-madrid', 'solyluna', [], 'dirección de devolución con código postal e importe', """Hola $NAME:

Puede devolverla en un plazo de 30 días. Envíela sin usar y con su embalaje a esta dirección:

Sol y Luna Textil – Devoluciones
Calle del Carmen 22, 3.º
28013 Madrid

En cuanto la recibamos, le reembolsaremos los 34,95 €. Los gastos de devolución corren de nuestra cuenta si el artículo llega en buen estado.

Un saludo,""", buyer="""La funda nórdica no es del tamaño que pensaba. ¿Cómo la devuelvo?""", prod=2, style='freshdesk')

add('es-valoracion-neutra-en-respuesta', 'ferreteria', [], 'una petición neutra de valoración dentro de una respuesta (primera para este pedido)', """Hola $NAME:

Me alegra que le esté resultando útil. Sí: la rosca de la base es de 1/4", la misma que la de los trípodes fotográficos, así que puede usar el suyo sin adaptador.

Si tiene un momento, le agradeceríamos que dejara su valoración del pedido en Amazon.

Un saludo,""", buyer="""El nivel láser funciona muy bien. ¿Se puede usar con un trípode normal de cámara?""", prod=2, style='thunderbird', fmt='alt', pair='es-laser', seq=1, rr=True)

add('es-reembolso-parcial-valoracion-danos', 'solyluna', [], 'reembolso parcial; «valoración de los daños» (valoración en otro sentido)', """Hola $NAME:

Gracias por la foto. Tras la valoración de los daños, le proponemos un reembolso parcial de 8 € si prefiere quedarse el juego; ya lo he tramitado y lo verá en su cuenta en 3-5 días. Si aun así prefiere cambiar la toalla, dígamelo y se la reponemos.

Un saludo,""", buyer="""Una de las toallas tiene un enganchón bastante visible.""", style='gorgias', fmt='html')

add('es-manual-pdf-adjunto', 'ferreteria', [], 'manual en PDF adjunto', """Hola $NAME:

El selector está en la parte superior de la carcasa, justo detrás del portabrocas: el símbolo del martillo es percutor y la broca sola es taladro normal. Cámbielo solo con la máquina parada.

Le adjunto el manual en PDF; lo tiene explicado en la página 7.

Un saludo,""", buyer="""No encuentro cómo cambiar de modo percutor a taladro normal.""", style='zammad',
    atts=[PDF('Manual_Taladro_800W.pdf', 'Manual del taladro percutor 800 W', 'Selector de modo: pagina 7')])

add('es-actualizar-valoracion-a-su-eleccion', 'solyluna', [], 'tras resolver, mención neutra de que puede actualizar la valoración «totalmente a su elección»', """Buenos días, $NAME:

Así es, el nuevo juego de toallas salió ayer con SEUR, número de envío 06912345678901, y llegará mañana. Sentimos mucho lo del paquete mojado.

Si considera que hemos resuelto el problema, puede actualizar su valoración cuando quiera; es totalmente a su elección.

Atentamente,""", buyer="""Dejé una mala valoración porque el paquete llegó mojado, pero veo que ya me habéis mandado otro.""", style='outlook')

add('es-pedido-cancelado', 'ferreteria', [], 'cancelación con importe reembolsado', """Hola $NAME:

Sin problema. El pedido aún no había salido del almacén, así que lo he cancelado y Amazon le reembolsará los 19,90 € en su método de pago original.

Un saludo,""", buyer="""Quiero cancelar el pedido, lo he encontrado en una tienda física.""", prod=1, style='helpscout')

add('es-enlaces-ayuda-y-pedido-amazon', 'solyluna', [], 'enlaces permitidos a una página de ayuda de Amazon y a los detalles del pedido', """Hola $NAME:

La devolución se solicita desde su cuenta de Amazon. Le dejo el enlace a la página de ayuda donde lo explican paso a paso:
https://www.amazon.es/gp/help/customer/display.html?nodeId=GKQNFKFK5CF3C54B

También puede ir directamente a su pedido:
https://www.amazon.es/gp/your-account/order-details?orderID=$OID

Un saludo,""", buyer="""¿Cómo puedo solicitar la devolución? No encuentro la opción.""", style='gmail', fmt='alt')

add('es-garantia-pdf-octet-stream', 'ferreteria', [], 'certificado de garantía PDF enviado como application/octet-stream', """Hola $NAME:

Claro, le adjunto el certificado de garantía del taladro (3 años desde la fecha de compra). Solo necesitará el número de pedido si tuviera que usarla.

Un saludo,""", buyer="""¿Me podéis enviar el certificado de garantía? Lo necesito para el trabajo.""", style='gmail',
    atts=[PDF('Certificado_garantia.pdf', 'Certificado de garantia - 3 anos', 'Taladro percutor 800 W', ctype='application/octet-stream')])

add('es-toallas-lavado-preferencias', 'solyluna', [], 'consejo de lavado; la cita de Amazon incluye su texto de preferencias de notificación', """Hola $NAME:

Para que las toallas sigan suaves, lávelas a 40 °C sin suavizante (reduce la absorción del algodón) y séquelas en secadora a temperatura baja o al aire, sacudiéndolas antes de tender.

Un saludo,""", buyer="""¿Cómo debo lavar las toallas para que no se pongan ásperas?""", style='helpscout', notif_pref=True)

add('es-factura-proactiva-pdf', 'ferreteria', [], 'mensaje proactivo permitido: envío de la factura, con número de pedido', """Hola $NAME:

Le enviamos adjunta la factura de su pedido, tal como solicitó en el momento de la compra.

Número de factura: F-2024-1187
Importe total: 64,90 € (IVA incluido)

Atentamente,""", subj='Factura de su pedido $OID', prod=2,
    atts=[PDF('Factura_F-2024-1187.pdf', 'Factura F-2024-1187', 'Nivel laser de lineas cruzadas   64,90 EUR')])

# ======================= Spanish — violations =============================================

add('es-tarjeta-regalo-opinion-sincera', 'solyluna', ['review_incentive'], 'proactivo: tarjeta regalo de 10 € «a cambio de tu opinión sincera»', """Hola $NAME:

¡Esperamos que estés disfrutando de tu nueva funda nórdica!

Nos encantaría conocer tu opinión. Como agradecimiento, te regalamos una tarjeta regalo de 10 € a cambio de tu opinión sincera en Amazon. Solo tienes que responder a este mensaje con una captura de tu reseña.

Un abrazo,""", subj='Tu pedido $OID de Sol y Luna', prod=2, fmt='alt', rr=True)

add('es-cinco-estrellas-si-esta-contento', 'ferreteria', ['review_manipulation'], 'proactivo: pide cinco estrellas solo si está contento (filtrado)', """Hola $NAME:

Le escribimos porque hace poco recibió nuestro juego de llaves Allen. Solo le pedimos que, si está contento, nos deje cinco estrellas en Amazon; en caso contrario, escríbanos antes para que podamos solucionarlo.

Atentamente,""", subj='Su juego de llaves Allen – pedido $OID', prod=1, rr=True)

add('es-cambiar-valoracion-a-positiva', 'solyluna', ['review_manipulation', 'feedback_removal'], 'pide cambiar una valoración de una estrella por una positiva', """Hola $NAME:

¡Qué bien! Nos alegra que todo se haya solucionado.

Ya que el problema está resuelto, ¿podrías cambiar tu valoración de una estrella por una positiva? Nos ayudaría muchísimo, somos una empresa pequeña.

Un saludo,""", buyer="""Gracias, la cortina nueva ya está colgada.""", prod=1, style='freshdesk')

add('es-rebajas-verano-codigo', 'solyluna', ['marketing'], 'respuesta útil seguida de un código de rebajas para toda la colección', """Hola $NAME:

El algodón egipcio puede encoger un 3-4 % en el primer lavado; recomendamos lavar a 40 °C y secar en secadora a baja temperatura.

Y aprovecha nuestras rebajas de verano: 25 % de descuento en toda la colección de baño con el código VERANO25.

Un saludo,""", buyer="""¿Las toallas encogen al lavarlas?""", fmt='alt')

add('es-no-es-culpa-nuestra', 'ferreteria', ['offensive'], 'desprecio hacia el comprador', """Buenos días:

No es culpa nuestra que usted no sepa usar un taladro. Para hormigón hay que activar el modo percutor y usar una broca de widia; es de sentido común. Lea el manual y no nos haga perder el tiempo con reclamaciones absurdas.""", buyer="""El taladro no perfora el hormigón. Es una porquería.""", sig='Ferretería Montes')

add('es-caradura-le-denunciaremos', 'solyluna', ['offensive'], 'insulto («caradura») y amenaza de denuncia', """Hola:

Hay que tener mucha cara para pedir el dinero y quedarse el producto. Usted es un caradura. Si sigue con estas exigencias y mentiras le denunciaremos, no lo dude.""", buyer="""Quiero el reembolso y me quedo la cortina, que está fatal cosida.""", prod=1, style='gmail', sig='Sol y Luna')

add('es-segunda-peticion-con-descuento', 'ferreteria', ['review_incentive', 'repeat_request'], 'segunda petición de valoración para el mismo pedido, además con descuento', """Hola $NAME:

Le recordamos que todavía puede valorar el nivel láser en Amazon. Si lo hace esta semana, le enviaremos un código de descuento del 10 % para su próxima compra.

Atentamente,""", subj='Su nivel láser – pedido $OID', prod=2, agent=1, pair='es-laser', seq=2, rr=True)

add('es-second-request-spanish-us-buyer', 'brightwick', ['repeat_request'], 'segunda petición, en español, a un comprador de EE. UU. que ya recibió una en inglés', """Hola $NAME:

Hace unas semanas recibió nuestras velas. Si tiene un momento, nos encantaría que dejara una reseña en Amazon. ¡Gracias!

Saludos,""", lang='es', subj='Su pedido $OID de Brightwick Home', agent=1, style='gmail', pair='en-candles-es', seq=2, rr=True, bname='Maya')

add('es-articulo-agotado-aviso', 'solyluna', ['unpermitted_proactive'], 'aviso proactivo de artículo agotado', """Hola $NAME:

Lamentamos informarle de que la cortina opaca gris perla está agotada temporalmente. Le avisaremos en cuanto vuelva a estar disponible.

Un saludo,""", subj='Aviso sobre su pedido $OID', prod=1)

add('es-telefono-digitos-espaciados', 'ferreteria', ['contact_phone'], 'obfuscated (número de teléfono con dígitos espaciados)', """Hola $NAME:

La batería entra de lado: primero la parte trasera y luego empuje hasta oír el clic. Si le sigue costando, llámenos al 6 1 2 - 3 4 5 - 6 7 8 y se lo explicamos en un minuto.

Un saludo,""", buyer="""La batería no entra bien en el nivel láser.""", prod=2, style='gmail')

add('es-email-arroba-corchetes', 'solyluna', ['contact_email'], 'obfuscated (e-mail con [arroba])', """Hola $NAME:

Sí, confeccionamos cortinas a medida en el mismo tejido opaco. Para presupuestos a medida escríbenos a pedidos[arroba]solyluna-textil.es con las medidas de la ventana.

Un saludo,""", buyer="""¿Hacéis cortinas a medida?""", prod=1, noorder=True, style='freshdesk')

add('es-pixel-oculto-display-none', 'ferreteria', ['tracking_pixel'], 'píxel de seguimiento oculto con display:none y el id del destinatario', """Hola $NAME:

En exterior, con el receptor incluido, el láser alcanza unos 40 metros; sin receptor, a plena luz del día se ve bien hasta unos 10 metros.

Un saludo,""", buyer="""¿Cuántos metros alcanza el láser en exterior?""", prod=2, style='zammad', fmt='alt',
    html_extra='\n<img src="https://mailtrack.ferreteria-montes.example/pixel/$REL/open.gif" style="display:none" alt="">')

add('es-entrega-sin-numero-pedido', 'ferreteria', ['missing_order_id'], 'problema de dirección (motivo permitido) pero sin número de pedido', """Hola $NAME:

Le escribimos para confirmar la dirección de entrega: en la dirección que figura en el pedido falta el número de piso. ¿Podría indicarnos el piso y la puerta para que el mensajero pueda entregárselo?

Atentamente,""", subj='Entrega de su pedido')

# ======================= Italian — compliant ==============================================

add('it-cazzuola-piegata-sostituzione-brt', 'casaverde', [], 'sostituzione con numero di spedizione BRT; «cazzuola» (trappola di sottostringa)', """Buongiorno $NAME,

mi dispiace molto: la cazzuola non dovrebbe piegarsi nemmeno in un terreno argilloso. Le abbiamo spedito oggi un set completo nuovo con BRT.

Numero di spedizione: 0690 1234 5678 90
Consegna prevista: mercoledì 12 giugno

Non è necessario restituire quello vecchio.

Cordiali saluti,""", buyer="""La cazzuola del set si è piegata al primo utilizzo nel terreno argilloso.""", fmt='alt')

add('it-tubo-specifiche-raccordi', 'casaverde', [], 'domanda sul prodotto senza numero d\'ordine; «specifiche»', """Buongiorno $NAME,

sì, i raccordi sono standard da 1/2" e sono compatibili con i principali sistemi a innesto rapido. Secondo le specifiche del produttore il tubo lavora tra 5 e 40 °C: in inverno va svuotato e conservato al riparo, perché il gelo può danneggiare la guaina interna.

Cordiali saluti,""", buyer="""Il tubo estensibile ha raccordi standard da 1/2 pollice? Resiste al gelo?""", prod=1, noorder=True, style='gmail')

add('it-fattura-partita-iva-pdf', 'pelletteria', [], 'fattura PDF; partita IVA di 11 cifre', """Buongiorno $NAME,

in allegato trova la fattura n. 2024/0331 intestata alla sua ditta.

Imponibile: 98,36 €
IVA 22%: 21,64 €
Totale: 120,00 €

I nostri dati: Pelletteria Arno S.r.l., P.IVA 01234567890.

Distinti saluti,""", buyer="""Mi servirebbe la fattura intestata alla mia ditta, con partita IVA.""", style='outlook',
    atts=[PDF('Fattura_2024-0331.pdf', 'Fattura n. 2024/0331', 'Borsa a tracolla in pelle   98,36 EUR', 'IVA 22%   21,64 EUR', 'P.IVA 01234567890')])

add('it-cliente-scortese-risposta-ferma', 'casaverde', [], 'risposta cortese e ferma a un cliente che offende', """Buongiorno $NAME,

capisco la sua irritazione e le chiedo scusa per l'attesa. Le chiedo però di mantenere un tono cortese, così posso aiutarla al meglio.

Il vaso ha un tappo di troppo pieno sul fondo che a volte si allenta durante il trasporto: provi a spingerlo con decisione finché non sente il clic. Se continua a perdere, le mandiamo subito un vaso nuovo.

Cordiali saluti,""", buyer="""Siete dei dilettanti. Il vaso perde acqua dal fondo e nessuno risponde.""", prod=2, style='thunderbird', fmt='alt')

add('it-reso-indirizzo-firenze', 'pelletteria', [], 'indirizzo di reso con CAP e importo del rimborso', """Buongiorno $NAME,

nessun problema, può restituirla entro 30 giorni. La spedisca, integra e con l'etichetta, a questo indirizzo:

Pelletteria Arno – Resi
Via dei Calzaiuoli 17
50122 Firenze

Appena la riceviamo le rimborsiamo 79,00 €.

Cordiali saluti,""", buyer="""La borsa è più piccola di come sembrava in foto. Vorrei renderla.""", style='freshdesk')

add('it-recensione-neutra-in-risposta', 'casaverde', [], 'una richiesta neutra di recensione in una risposta (prima richiesta per l\'ordine)', """Buongiorno $NAME,

siamo contenti che il tubo le piaccia! Meglio evitare il sole diretto per tutto il giorno: i raggi UV induriscono la guaina esterna. Lo riponga all'ombra o nel suo avvolgitubo quando non lo usa.

Se ha un momento, le saremmo grati se lasciasse una recensione del prodotto su Amazon.

Cordiali saluti,""", buyer="""Il tubo funziona benissimo. Posso lasciarlo al sole tutta l'estate?""", prod=1, style='helpscout', fmt='alt', pair='it-tubo', seq=1, rr=True)

add('it-ritardo-poste-codice-spedizione', 'pelletteria', [], 'ritardo, codice di spedizione e date', """Buongiorno $NAME,

ho verificato con Poste Italiane: il pacco è fermo presso il centro di smistamento di Bologna per un ritardo operativo e ripartirà domani.

Codice di spedizione: 3UW1A23456789
Nuova consegna prevista: venerdì 14 giugno

Se entro lunedì 17 non lo ha ricevuto, me lo scriva e gliene spediamo un altro con corriere espresso.

Cordiali saluti,""", buyer="""Il portafoglio doveva arrivare lunedì, ma non è ancora arrivato.""", prod=1, style='zammad')

add('it-rimborso-parziale-graffio', 'pelletteria', [], 'rimborso parziale non legato a recensioni', """Buongiorno $NAME,

grazie per la foto e ci scusi per il difetto. Se vuole tenere la cintura, le abbiamo già accreditato un rimborso parziale di 10 €. Se invece preferisce una cintura nuova, me lo dica e gliela spediamo insieme a un'etichetta di reso.

Cordiali saluti,""", buyer="""La cintura ha un graffio sulla fibbia.""", prod=2, style='gorgias', fmt='alt')

add('it-feedback-aggiornabile-a-sua-scelta', 'casaverde', [], 'dopo la soluzione, cenno neutro che il feedback si può aggiornare «è comunque una sua scelta»', """Buongiorno $NAME,

le chiediamo scusa per la dimenticanza. Le forbici sono partite ieri, numero di spedizione BRT 0690 8765 4321 09, e arriveranno entro giovedì.

Se ritiene che il problema sia stato risolto, può aggiornare il suo feedback: è comunque una sua scelta.

Cordiali saluti,""", buyer="""Ho lasciato un feedback negativo perché mancavano le forbici nel set.""", style='gmail')

add('it-annullamento-ordine', 'casaverde', [], 'annullamento con importo rimborsato', """Buongiorno $NAME,

certo: l'ordine non era ancora partito e l'ho annullato. Il rimborso di 34,90 € verrà accreditato da Amazon sul metodo di pagamento originale entro pochi giorni.

Cordiali saluti,""", buyer="""Posso annullare l'ordine? Ho sbagliato colore.""", prod=2)

add('it-schema-gif-statica', 'casaverde', [], 'schema di collegamento come GIF statica allegata', """Buongiorno $NAME,

le allego uno schema (immagine GIF): prima si avvita l'adattatore al rubinetto, poi si innesta il raccordo rapido finché non scatta. Se il rubinetto è da 3/4", usi l'adattatore grande incluso nella confezione.

Cordiali saluti,""", buyer="""Non capisco come collegare il tubo al rubinetto.""", prod=1, style='thunderbird', fmt='alt',
    atts=[('schema-collegamento.gif', 'image/gif', gif(96, 64))])

add('it-opzioni-regalo-link-aiuto', 'pelletteria', [], 'link consentito a una pagina di aiuto Amazon', """Buongiorno $NAME,

l'ordine è già stato preparato, quindi non possiamo più aggiungere un biglietto. Per i prossimi acquisti, le opzioni regalo si scelgono al momento dell'ordine; Amazon lo spiega qui:
https://www.amazon.it/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7

Cordiali saluti,""", buyer="""Posso farla spedire come regalo con un biglietto?""", style='outlook')

add('it-reso-proattivo-articolo-diverso', 'pelletteria', [], 'messaggio proattivo permesso: domanda su un reso, numero d\'ordine nell\'oggetto', """Buongiorno $NAME,

abbiamo ricevuto il suo reso, ma nella confezione c'è un portafoglio di un altro marchio, non il nostro modello RFID.

Potrebbe verificare se lo ha spedito per errore? Se ci conferma, le inviamo un'etichetta per rispedirci il portafoglio giusto e le restituiamo il suo.

Cordiali saluti,""", subj="Il suo reso per l'ordine $OID", prod=1)

# ======================= Italian — violations =============================================

add('it-rimborso-50-dopo-recensione', 'pelletteria', ['review_incentive'], 'proattivo: rimborso del 50% via PayPal dopo la recensione', """Gentile $NAME,

grazie per aver scelto la nostra borsa. Le proponiamo una piccola iniziativa: dopo aver lasciato la sua recensione su Amazon, ci invii il link e le rimborseremo il 50% dell'importo tramite PayPal.

Cordiali saluti,""", subj='Il suo ordine $OID – Pelletteria Arno', rr=True)

add('it-cinque-stelle-significa-tantissimo', 'casaverde', ['review_manipulation'], 'proattivo: «una recensione a 5 stelle per noi significa tantissimo»', """Buongiorno $NAME,

speriamo che il nuovo set da giardino le stia dando soddisfazione. Siamo una piccola azienda familiare: una recensione a 5 stelle per noi significa tantissimo!

Cordiali saluti,""", subj='Come va con il suo set da giardino? (ordine $OID)', fmt='alt', rr=True)

add('it-rimuovere-feedback-negativo', 'pelletteria', ['feedback_removal'], 'chiede di rimuovere il feedback negativo dopo il rimborso', """Gentile $NAME,

perfetto, grazie per la conferma. Ora che il rimborso è stato effettuato, le chiediamo gentilmente di rimuovere il feedback negativo che ha lasciato: per un piccolo negozio come il nostro pesa moltissimo.

Cordiali saluti,""", buyer="""Ok, ho ricevuto il rimborso.""", prod=1)

add('it-nuova-collezione-newsletter', 'pelletteria', ['marketing'], 'risposta utile poi promozione di una nuova collezione e della newsletter', """Buongiorno $NAME,

sì, la tracolla è regolabile da 100 a 130 cm e si può staccare, così la borsa si porta anche a mano.

Scopra anche la nostra nuova collezione autunno-inverno, con borse e zaini in pelle conciata al vegetale, e si iscriva alla nostra newsletter per ricevere le anteprime.

Cordiali saluti,""", buyer="""La tracolla della borsa è regolabile?""", fmt='alt')

add('it-se-non-sa-montare', 'casaverde', ['offensive'], 'disprezzo verso il cliente', """Buongiorno,

se non sa montare un raccordo da giardino, il problema non è certo il prodotto. Basta avvitarlo fino in fondo, ci riesce anche un bambino. Che pazienza che ci vuole con certi clienti.""", buyer="""Il tubo perde dal raccordo. Prodotto scadente.""", prod=1, sig='Casa Verde')

add('it-cafone-minaccia-avvocato', 'pelletteria', ['offensive'], 'insulto («cafone») e minaccia di segnalazione e avvocato', """Senta,

lei è un gran cafone. La cintura è in vera pelle, come certificato. Se continua a darci dei truffatori la segnaleremo ad Amazon e ci rivolgeremo al nostro avvocato.""", buyer="""Siete dei truffatori, la cintura è finta pelle.""", prod=2, style='thunderbird', sig='Pelletteria Arno')

add('it-seconda-richiesta-recensione', 'casaverde', ['repeat_request'], 'seconda richiesta di recensione per lo stesso ordine', """Buongiorno $NAME,

le scriviamo di nuovo perché non abbiamo ancora visto la sua recensione del tubo estensibile. Se può dedicarci un minuto, le saremmo davvero grati.

Cordiali saluti,""", subj='Un promemoria sul suo ordine $OID', prod=1, agent=1, pair='it-tubo', seq=2, rr=True)

add('it-siamo-qui-per-aiutarla', 'casaverde', ['unpermitted_proactive'], 'proattivo «siamo qui per aiutarla» e nient\'altro', """Buongiorno $NAME,

volevamo solo ricordarle che, per qualsiasi domanda sul suo vaso autoirrigante, siamo qui per aiutarla. Non esiti a scriverci.

Cordiali saluti,""", subj='Il suo ordine $OID', prod=2, fmt='alt')

add('it-email-chiocciola-punto', 'casaverde', ['contact_email'], 'obfuscated (e-mail con «chiocciola» e «punto»)', """Buongiorno $NAME,

certo, il certificato di conformità è disponibile in PDF. Ci scriva a giulia chiocciola casaverde-giardino punto it e glielo inviamo in giornata.

Cordiali saluti,""", buyer="""Posso avere il certificato di conformità delle forbici?""", style='gmail')

add('it-link-vetrina-amazon-novita', 'pelletteria', ['external_link', 'marketing'], 'link alla vetrina (/stores/) Amazon che promuove la collezione', """Buongiorno $NAME,

il portafoglio RFID per ora è disponibile solo in nero e testa di moro. Ma nella nostra vetrina Amazon trova tutta la collezione, con le novità di stagione:
https://www.amazon.it/stores/PelletteriaArno/page/3F2A9C1E-7B44-4D0A-9E1B-5C6D7E8F9A01

Cordiali saluti,""", buyer="""Avete anche il portafoglio in blu?""", prod=1, noorder=True, fmt='alt')

add('it-video-montaggio-mp4', 'casaverde', ['attachment'], 'video MP4 allegato', """Buongiorno $NAME,

l'avvolgitubo si monta in cinque minuti: le allego un breve video che mostra tutti i passaggi.

Cordiali saluti,""", buyer="""Come si monta l'avvolgitubo?""", prod=1, fmt='alt',
    atts=[('montaggio-avvolgitubo.mp4', 'video/mp4', mp4())])

add('it-grazie-senza-numero-ordine', 'pelletteria', ['missing_order_id', 'unpermitted_proactive'], 'ringraziamento proattivo e basta, senza numero d\'ordine', """Gentile $NAME,

grazie di cuore per il suo acquisto. Ogni nostro articolo è tagliato e cucito a mano a Firenze.

A presto,""", subj='Grazie da Pelletteria Arno')

add('it-important-novita-carrello', 'casaverde', ['marketing', 'important_tag'], '[Important] su un messaggio promozionale per un altro prodotto', """Buongiorno $NAME,

visto che ha acquistato il nostro set da giardino, le segnaliamo che da oggi è disponibile il nuovo carrello porta-attrezzi Casa Verde, con il 20% di sconto per i clienti che hanno già acquistato da noi.

Cordiali saluti,""", subj='[Important] Novità per il suo giardino – ordine $OID')

add('it-spazio-zero-width-dominio', 'casaverde', ['external_link'], 'obfuscated (spazio a larghezza zero dentro un dominio www)', """Buongiorno $NAME,

per la potatura delle rose usi le forbici con la lama curva verso il ramo da tagliare, sempre 5 mm sopra una gemma. Trova il tutorial completo su www.casaverde\u200b-giardino.it/tutorial-potatura.

Cordiali saluti,""", buyer="""Come si usano le forbici per potare le rose?""", style='gmail')

# ======================= Japanese — compliant =============================================

add('ja-hason-koukan-yamato-denpyou', 'sakuradou', [], '交換品の発送、ヤマト運輸の伝票番号(電話番号に似た4-4-4桁)', """$NAME様

この度はご迷惑をおかけし、大変申し訳ございません。
割れてしまった湯呑みにつきましては、新しい2客セットを本日ヤマト運輸にて発送いたしました。

伝票番号: 4567-8901-2345
お届け予定: 6月12日(水) 午前中

お手数ですが、割れた湯呑みはお怪我のないようご注意のうえ処分してください。返送の必要はございません。

今後ともよろしくお願いいたします。""", buyer="""湯呑みが一つ割れて届きました。交換していただけますか。""", fmt='alt')

add('ja-iyahon-line-skype-tsuuwa', 'hikari', [], 'LINE・Skypeを製品機能として記載、注文番号なしの商品質問', """$NAME様

お問い合わせありがとうございます。
HX-20はBluetooth 5.3に対応しており、LINE通話、Skype、Teamsなどの通話アプリでもご利用いただけます。マイクは左右に各2基搭載しており、周囲の雑音を抑えて声を届けます。

ご不明な点がございましたら、このメッセージにご返信ください。""", buyer="""HX-20はLINEやSkypeの通話にも使えますか？マイクの音質はどうでしょうか。""", prod=1, noorder=True)

add('ja-ryoushuusho-pdf-tourokubangou', 'sakuradou', [], '領収書PDF(ファイル名は日本語、RFC 2231)、適格請求書の登録番号', """$NAME様

ご依頼いただいた領収書をPDFにて添付いたします。

宛名: 株式会社みどり商会
金額: 5,280円(税込)
登録番号: T1234567890123

ご確認のほど、よろしくお願いいたします。""", buyer="""領収書を発行していただけますか。宛名は「株式会社みどり商会」でお願いします。""", prod=1, style='outlook',
    atts=[PDF('領収書.pdf', 'Receipt - Sakuradou', 'Amount: JPY 5,280 (tax incl.)', 'Registration No. T1234567890123')])

add('ja-shitsurei-teinei-henshin', 'hikari', [], '失礼な購入者への丁寧で毅然とした返信', """$NAME様

ご不便をおかけしており申し訳ございません。お怒りはごもっともですが、解決に向けて確認させてください。

本製品は付属のUSB-Cケーブルと、出力18W以上の充電器でのご使用を推奨しております。一度、電源ボタンを10秒間長押ししてリセットをお試しいただけますでしょうか。

それでも充電できない場合は新品と交換いたしますので、このメッセージにご返信ください。""", buyer="""全然充電できない。不良品を売りつけるなんて最低の店ですね。""", style='thunderbird', relay_dom='m.marketplace.amazon.co.jp')

add('ja-henpin-saki-juusho', 'sakuradou', [], '返送先住所(郵便番号・番地)と返金額', """$NAME様

ご連絡ありがとうございます。未使用品であれば、商品到着後30日以内の返品を承っております。

返送先:
〒150-0001 東京都渋谷区神宮前1-2-3 桜堂 返品係

商品が到着しましたら、3,980円を返金いたします。

よろしくお願いいたします。""", buyer="""サイズが思っていたより大きかったので返品したいです。""", prod=2, style='freshdesk', fmt='html', cs='shift_jis', cte='base64')

add('ja-review-irai-neutral-in-reply', 'hikari', [], '返信の中の中立的な評価のお願い(この注文で最初のお願い)', """$NAME様

ご連絡ありがとうございます。
本製品は10000mAh(37Wh)ですので、100Wh以下の基準を満たしており、機内への持ち込みが可能です。預け入れ荷物には入れられませんのでご注意ください。

もしよろしければ、お時間のある時に今回のご注文について評価をお聞かせいただけますと幸いです。

今後ともよろしくお願いいたします。""", buyer="""モバイルバッテリー、問題なく使えています。飛行機に持ち込めますか？""", style='helpscout', fmt='alt', pair='ja-battery', seq=1, rr=True)

add('ja-sagawa-otoiawase-bangou', 'sakuradou', [], '佐川急便のお問い合わせ番号、Shift_JIS・base64', """$NAME様

お待たせしており申し訳ございません。
佐川急便に確認したところ、配送センターの混雑により遅れが出ているとのことです。

お問い合わせ番号: 3601-2345-6789
お届け予定: 6月14日(金)

引き続きどうぞよろしくお願いいたします。""", buyer="""まだ商品が届いていません。いつ頃届きますか。""", style='zammad')

add('ja-ichibu-henkin-500en', 'hikari', [], '問題解決のための一部返金(レビューとは無関係)', """$NAME様

ご連絡いただきありがとうございます。傷のある商品をお届けしてしまい申し訳ございません。
ご使用に問題がないとのことですので、お詫びとして500円を一部返金させていただきました。数日以内に反映されます。

交換をご希望の場合は、いつでもお申し付けください。""", buyer="""ケーブルの被覆に少し傷があります。使用には問題ありません。""", prod=2, style='gorgias')

add('ja-hyouka-henkou-omakase', 'sakuradou', [], '解決後、評価の変更は購入者の判断に任せると中立的に伝える', """$NAME様

ご不快な思いをおかけし、誠に申し訳ございません。
代わりの蓋を本日発送いたしました(日本郵便 追跡番号: AB123456789JP)。

問題が解決したとお感じになりましたら、評価を変更することも可能ですが、それはお客様のご判断にお任せいたします。""", buyer="""急須の蓋が欠けていたので評価を低くしました。""", prod=1, cs='iso-2022-jp', cte='7bit')

add('ja-cancel-shori-tsuuchi-settei', 'hikari', [], 'キャンセルと返金額。引用されたAmazon定型文に通知設定の案内を含む', """$NAME様

ご連絡ありがとうございます。ご注文は発送前でしたので、キャンセルの手続きを完了いたしました。代金2,980円はAmazonより元のお支払い方法に返金されます。

よろしくお願いいたします。""", buyer="""注文をキャンセルしたいです。""", prod=1, fmt='alt', notif_pref=True)

add('ja-reicha-pot-netsuyu-shokusenki', 'sakuradou', [], '商品質問(注文番号なし)、ISO-2022-JPのOutlookテキスト', """$NAME様

お問い合わせありがとうございます。
本製品は耐熱ガラス製で、120℃までの熱湯をお使いいただけます。食洗機にも対応していますが、蓋のパッキンは手洗いをおすすめいたします。

よろしくお願いいたします。""", buyer="""冷茶ポットは熱湯を入れても大丈夫ですか？食洗機は使えますか？""", prod=2, noorder=True, style='outlook')

add('ja-cable-kyuusoku-cid-logo', 'hikari', [], 'リンクなしのcid:ロゴ画像', """$NAME様

お問い合わせありがとうございます。
本ケーブルはUSB PD 60W(20V/3A)に対応しており、対応する充電器と組み合わせれば急速充電が可能です。

よろしくお願いいたします。""", buyer="""充電ケーブルは急速充電に対応していますか？""", prod=2, noorder=True, style='gmail', fmt='alt',
    sig_html='<p>田中 健<br>\nヒカリデンキ サポートセンター<br>\n<img src="cid:logo-hikari@hikari-denki.example" alt="ヒカリデンキ" width="120" height="32"></p>',
    inline=[('logo-hikari@hikari-denki.example', 'logo.png', 'image/png', png(120, 32, 51))])

add('ja-review-irai-proactive-neutral', 'sakuradou', [], '注文番号付きの中立的なレビュー依頼(能動的メッセージとして許可)', """$NAME様

先日は桜堂の急須をお買い上げいただき、誠にありがとうございました。

お時間がございましたら、Amazonにて商品のレビューをお寄せいただけますと幸いです。今後の商品づくりの参考にさせていただきます。

桜堂""", subj='ご注文 $OID についてのお願い', prod=1, sig=False, rr=True, cs='iso-2022-jp', cte='7bit')

# ======================= Japanese — violations ============================================

add('ja-giftken-review-campaign', 'hikari', ['review_incentive'], '能動的: レビュー投稿でAmazonギフト券500円分', """$NAME様

この度はヒカリデンキのワイヤレスイヤホンをお買い上げいただき、ありがとうございます。

ただいまレビューキャンペーンを実施中です。商品レビューを投稿していただいた方全員に、Amazonギフト券500円分をプレゼントいたします。投稿後、このメッセージにご返信ください。""", subj='ご注文 $OID について', prod=1, fmt='alt', sig='ヒカリデンキ', rr=True)

add('ja-hoshi5-hagemi-gating', 'sakuradou', ['review_manipulation'], '能動的: 星5つの依頼と、不満がある場合はレビュー前に連絡するよう求める', """$NAME様

先日は有田焼の湯呑みをお買い上げいただき、誠にありがとうございました。

星5つのレビューをいただけますと、職人一同大変励みになります。もし気になる点がございましたら、レビューの前にまずこちらへご連絡ください。""", subj='湯呑みのご感想をお聞かせください(注文番号 $OID)', sig='桜堂', rr=True)

add('ja-tei-hyouka-sakujo-irai', 'hikari', ['feedback_removal'], '解決後に低評価の削除を依頼', """$NAME様

交換品のお受け取りのご連絡、ありがとうございます。

大変恐縮ではございますが、問題が解決いたしましたので、先日いただいた低評価の削除をご検討いただけないでしょうか。

よろしくお願いいたします。""", buyer="""交換品、届きました。""")

add('ja-shinshouhin-coupon', 'sakuradou', ['marketing'], '回答の後に新商品とクーポンコードの宣伝', """$NAME様

お問い合わせありがとうございます。
急須の茶こしは本体と一体になった陶製のため、取り外すことはできません。使用後はぬるま湯ですすぎ、よく乾かしてください。

ところで、この度新商品「常滑焼 宝瓶」を発売いたしました。ご購入いただいたお客様限定で、クーポンコード SAKURA10 で10%オフになります。ぜひご覧ください。

よろしくお願いいたします。""", buyer="""急須の茶こしは取り外せますか？""", prod=1, fmt='alt')

add('ja-setsumeisho-yomenai', 'hikari', ['offensive'], '購入者を見下す侮辱的な返信', """$NAME様

説明書も読めないのですか。ペアリングの手順は説明書の2ページ目に図解付きで書いてあります。常識で考えればわかることで、不良品扱いされるのは心外です。""", buyer="""イヤホンの片方しか音が出ません。不良品では？""", prod=1, style='thunderbird', sig='ヒカリデンキ')

add('ja-houteki-sochi-tsuuhou', 'sakuradou', ['review_manipulation', 'offensive'], 'レビューを書こうとする購入者を通報・法的措置で脅す', """$NAME様

当店の商品は正規の有田焼です。根拠のない書き込みを続けるのであれば、Amazonに通報し、法的措置も検討いたします。ご覚悟ください。""", buyer="""偽物の有田焼ですよね？レビューにそう書きます。""", sig='桜堂')

add('ja-review-saido-onegai', 'hikari', ['repeat_request'], '同じ注文への2回目のレビュー依頼', """$NAME様

先日もご案内いたしましたが、モバイルバッテリーのレビューがまだのようでしたら、お時間のある時にご投稿いただけますと幸いです。""", subj='ご注文 $OID のレビューについて再度のお願い', agent=1, pair='ja-battery', seq=2, rr=True)

add('ja-hassou-tsuuchi', 'sakuradou', ['unpermitted_proactive'], '能動的な発送通知', """$NAME様

ご注文いただいた商品を本日発送いたしました。

配送業者: ヤマト運輸
伝票番号: 5523-0917-4466

商品の到着まで今しばらくお待ちください。""", subj='【発送完了】ご注文 $OID', prod=2, fmt='alt', sig='桜堂')

add('ja-kanji-denwa-bangou', 'hikari', ['contact_phone'], 'obfuscated (漢数字で書かれた電話番号)', """$NAME様

ペアリングがうまくいかない場合は、両方のイヤホンをケースに戻し、ケースのボタンを15秒長押ししてリセットしてください。
それでも解決しない場合は、〇三ー六八二五ー四一七九までお電話ください。担当者がご案内いたします。""", buyer="""ペアリングができません。""", prod=1)

add('ja-line-official-account', 'sakuradou', ['contact_other'], 'LINE公式アカウントへの誘導', """$NAME様

色違いは白磁と藍の2色がございます。
写真はLINE公式アカウント(@sakuradou)でもお送りできますので、友だち追加のうえメッセージをお送りください。""", buyer="""湯呑みの色違いの写真を見せてもらえますか？""", noorder=True)

add('ja-review-no-order-id', 'hikari', ['missing_order_id'], '注文番号のない能動的なレビュー依頼', """$NAME様

先日はUSB-C充電ケーブルをお買い上げいただき、ありがとうございました。お時間がございましたら、Amazonにて商品のレビューをお寄せいただけますと幸いです。""", subj='USB-Cケーブルのご感想をお聞かせください', prod=2, fmt='alt', sig='ヒカリデンキ', rr=True)

add('ja-haishin-teishi-henshin', 'sakuradou', ['opt_out'], 'レビュー依頼に配信停止の案内', """$NAME様

急須はお手元に届きましたでしょうか。よろしければ、Amazonにてレビューをお寄せください。

※今後このようなご案内が不要な場合は、「配信停止」とご返信ください。""", subj='急須のご感想について(注文番号 $OID)', prod=1, sig='桜堂', rr=True)

add('ja-zenkaku-url', 'hikari', ['external_link'], 'obfuscated (全角文字のURL)', """$NAME様

残量表示は4つのLEDで、1つが25%を表します。詳しい説明は ｗｗｗ．ｈｉｋａｒｉ－ｄｅｎｋｉ．ｊｐ／ｓｕｐｐｏｒｔ をご覧ください。""", buyer="""バッテリーの残量表示の見方を教えてください。""")

add('ja-important-review-irai', 'sakuradou', ['important_tag'], 'レビュー依頼に[Important]', """$NAME様

冷茶ポットはお役に立っておりますでしょうか。お時間のある時に、Amazonにてレビューをお寄せいただけますと幸いです。""", subj='[Important] ご注文商品のレビューのお願い($OID)', prod=2, sig='桜堂', rr=True)

# ======================= Dutch — compliant ================================================

add('nl-beschadigd-vervanging-postnl', 'tulpenhuis', [], 'vervanging met PostNL track & trace-code', """Beste $NAME,

Wat vervelend dat het dekbedovertrek met een scheur is aangekomen. Dat hoort natuurlijk niet.

We hebben vandaag een nieuw exemplaar verstuurd met PostNL, track & trace-code 3SDEVC1234567. Het pakket wordt naar verwachting donderdag 13 juni bezorgd. U hoeft het beschadigde exemplaar niet terug te sturen.

Met vriendelijke groet,""", buyer="""Het dekbedovertrek is aangekomen met een scheur in de naad.""", fmt='alt')

add('nl-kettingslot-art-keurmerk', 'fietsfabriek', [], 'productvraag zonder bestelnummer; keurmerk en bedragen', """Hoi $NAME,

Ja, het kettingslot heeft het ART-2-keurmerk; het certificaatnummer staat op het slot zelf gegraveerd. De meeste verzekeraars accepteren ART 2 voor fietsen tot € 1.500, maar check dat even in je polisvoorwaarden.

Groeten,""", buyer="""Heeft het kettingslot een ART-keurmerk? Mijn verzekering vraagt ART 2.""", noorder=True)

add('nl-factuur-btw-kvk-pdf', 'tulpenhuis', [], 'factuur als pdf; KvK- en btw-nummer', """Beste $NAME,

In de bijlage vindt u de factuur TH-2024-0215 op naam van uw bedrijf.

Bedrag excl. btw: € 41,28
Btw 21%: € 8,67
Totaal: € 49,95

Onze gegevens: KvK 12345678, btw-nummer NL123456789B01.

Met vriendelijke groet,""", buyer="""Kan ik een factuur krijgen op naam van mijn bedrijf?""", prod=2, style='outlook',
    atts=[PDF('Factuur_TH-2024-0215.pdf', 'Factuur TH-2024-0215', 'Plaid van katoen, oker   41,28 EUR', 'Btw 21%   8,67 EUR')])

add('nl-onbeleefde-klant-beleefd-antwoord', 'fietsfabriek', [], 'beleefd en duidelijk antwoord op een klant die scheldt ("prutsers")', """Beste $NAME,

Vervelend dat de rits al kapot is, dat begrijp ik. Ik wil u graag helpen, maar vraag u wel om het gesprek netjes te houden.

Een rits die na een week kapotgaat, valt gewoon onder de garantie. Ik stuur u vandaag een nieuwe tas toe; de oude mag u houden of weggooien.

Met vriendelijke groet,""", buyer="""Waardeloze tas, de rits is na een week al kapot. Wat een prutsers zijn jullie.""", prod=1, style='thunderbird', fmt='alt')

add('nl-retouradres-amsterdam', 'tulpenhuis', [], 'retouradres met postcode en bedrag', """Beste $NAME,

Dat kan, zolang de kaars nog niet gebrand heeft. Stuur hem in de originele verpakking naar:

Tulpenhuis Wonen – Retouren
Keizersgracht 120
1015 CW Amsterdam

Na ontvangst betalen we € 19,95 aan u terug.

Met vriendelijke groet,""", buyer="""De geurkaars ruikt anders dan ik verwachtte. Kan ik hem retourneren?""", prod=1, style='zendesk')

add('nl-neutrale-feedbackvraag-in-antwoord', 'fietsfabriek', [], 'één neutrale vraag om feedback in een antwoord (eerste verzoek voor deze bestelling)', """Hoi $NAME,

Fijn dat de set goed werkt! Op de middelste stand gaat de voorlamp ongeveer 6 uur mee, de achterlamp ruim 12 uur. Volledig opladen duurt zo'n 3 uur via USB-C.

Als je even tijd hebt, stellen we je feedback over deze bestelling op prijs.

Groeten,""", buyer="""De verlichtingsset werkt prima. Hoe lang gaat de accu mee?""", prod=2, style='helpscout', fmt='alt', pair='nl-verlichting', seq=1, rr=True)

add('nl-vertraging-dhl-zendingnummer', 'tulpenhuis', [], 'DHL-zendingnummer in groepen, tijdvak', """Beste $NAME,

Excuses voor het wachten. Volgens DHL ligt het pakket in het sorteercentrum in Utrecht door een storing en wordt het morgen alsnog bezorgd.

Zendingnummer: JVGL 0612 3456 7890 1234
Verwachte bezorging: woensdag 12 juni, tussen 14:00 en 18:00

Met vriendelijke groet,""", buyer="""Mijn bestelling zou gisteren komen maar is er nog niet.""", style='zammad')

add('nl-gedeeltelijke-terugbetaling-sleutel', 'fietsfabriek', [], 'gedeeltelijke terugbetaling als oplossing, niet gekoppeld aan een review', """Hoi $NAME,

Bedankt voor de melding. Als je het slot wilt houden, hebben we € 7,50 teruggestort als tegemoetkoming. Wil je liever nieuwe sleutels? Laat het weten, dan sturen we een set op basis van het sleutelnummer dat op het slot staat.

Groeten,""", buyer="""De sleutel van het slot is een beetje verbogen, werkt nog wel.""", style='gorgias')

add('nl-beoordeling-aanpassen-twee-witregels', 'tulpenhuis', [], 'neutrale vermelding dat de beoordeling aangepast kan worden; precies twee lege regels', """Beste $NAME,

Sorry dat de plaid zo verkreukeld aankwam. Hij is van katoen en de kreuken verdwijnen na één wasbeurt op 30 graden; ik heb u daarnaast € 5,00 teruggestort voor het ongemak.

Als u wilt, kunt u uw beoordeling aanpassen – dat laten we helemaal aan u over.


Met vriendelijke groet,""", buyer="""Ik heb 2 sterren gegeven omdat de plaid zo verkreukeld aankwam.""", prod=2, style='gmail')

add('nl-annulering', 'fietsfabriek', [], 'annulering met bedrag', """Hoi $NAME,

De bestelling was nog niet verzonden, dus ik heb hem geannuleerd. Amazon betaalt de € 34,95 binnen een paar dagen terug via je oorspronkelijke betaalmethode.

Groeten,""", buyer="""Ik wil de bestelling annuleren.""", prod=1, style='zendesk')

add('nl-fietstas-handleiding-pdf', 'fietsfabriek', [], 'montagehandleiding als pdf', """Hoi $NAME,

De haken zitten aan de achterkant van de tas en schuiven in de rail; draai de knop bovenop een kwartslag om ze vast te zetten. In de bijgevoegde handleiding staat het met foto's op pagina 3.

Groeten,""", buyer="""Hoe stel ik de haken van de fietstas in voor een dunne drager?""", prod=1, fmt='alt',
    atts=[PDF('Handleiding_fietstas.pdf', 'Handleiding waterdichte fietstas 20 l', 'Haken instellen: pagina 3')])

add('nl-geurkaars-cid-logo', 'tulpenhuis', [], 'ongelinkt logo als cid:-afbeelding', """Beste $NAME,

De geurkaars Vijg & Ceder brandt ongeveer 45 uur. Laat hem de eerste keer minstens twee uur branden, zodat de hele bovenkant gesmolten is.

Met vriendelijke groet,""", buyer="""Hoe lang brandt de geurkaars?""", prod=1, noorder=True, fmt='alt',
    sig_html='<p>Sanne de Vries<br>\nTulpenhuis Wonen – Klantenservice<br>\n<img src="cid:tulpenhuis-logo" alt="Tulpenhuis Wonen" width="140" height="40"></p>',
    inline=[('tulpenhuis-logo', 'tulpenhuis.png', 'image/png', png(140, 40, 61))])

add('nl-retourvraag-proactief', 'tulpenhuis', [], 'toegestaan proactief bericht: vraag over een retour, bestelnummer in het onderwerp', """Beste $NAME,

We hebben uw retourzending ontvangen, maar in het pakket zat alleen het dekbedovertrek en niet de twee bijbehorende kussenslopen.

Heeft u die misschien apart verstuurd? Dan wachten we even met de terugbetaling tot alles binnen is.

Met vriendelijke groet,""", subj='Vraag over uw retour van bestelling $OID')

# ======================= Dutch — violations ===============================================

add('nl-cadeaubon-eerlijke-review', 'tulpenhuis', ['review_incentive'], 'proactief: cadeaubon van € 10 voor een "eerlijke" review', """Beste $NAME,

We hopen dat u blij bent met uw nieuwe dekbedovertrek. Voor uw eerlijke review op Amazon sturen we u graag een cadeaubon van € 10 – stuur ons na het plaatsen even een berichtje.

Hartelijke groet,""", subj='Uw bestelling $OID bij Tulpenhuis', fmt='alt', rr=True)

add('nl-vijf-sterren-de-wereld', 'fietsfabriek', ['review_manipulation'], 'proactief: een review met 5 sterren "zou de wereld voor ons betekenen"', """Hoi $NAME,

Je fietstas is inmiddels binnen. Als kleine Nederlandse fietszaak zou een review met 5 sterren de wereld voor ons betekenen!

Groeten,""", subj='Hoe bevalt je fietstas? (bestelling $OID)', prod=1, rr=True)

add('nl-negatieve-beoordeling-verwijderen', 'tulpenhuis', ['feedback_removal'], 'vraagt de negatieve beoordeling te verwijderen', """Beste $NAME,

Fijn dat de terugbetaling is gelukt. Zou u uw negatieve beoordeling nu willen verwijderen? We hebben het probleem immers opgelost.

Met vriendelijke groet,""", buyer="""Ik heb het geld terug ontvangen.""", prod=1, style='zendesk')

add('nl-zomeractie-kortingscode', 'fietsfabriek', ['marketing'], 'nuttig antwoord met daarna een kortingscode voor het hele assortiment', """Hoi $NAME,

Ja, de tas past op dragers tot 18 cm breed, dus ook op de meeste e-bikes. Zet de onderste haak dan in de buitenste stand.

Tip: deze maand hebben we onze zomeractie – met de code ZOMER20 krijg je 20% korting op alle fietstassen en sloten.

Groeten,""", buyer="""Past de tas ook op een elektrische fiets met een brede drager?""", prod=1, noorder=True, fmt='alt')

add('nl-zeurpiet-kan-niet-lezen', 'tulpenhuis', ['offensive'], 'scheldt de klant uit ("zeurpiet")', """Beste klant,

Wat een onzin. Op het etiket staat gewoon 200 x 220 cm, maar lezen is blijkbaar lastig. U bent echt een zeurpiet; meet het eerst na voordat u ons de schuld geeft.""", buyer="""Het dekbedovertrek is te klein, 200x200 in plaats van 200x220!""", sig='Tulpenhuis')

add('nl-melden-bij-amazon-dreigement', 'fietsfabriek', ['offensive'], 'dreigement: de klant melden bij Amazon en een advocaat inschakelen', """Ga je gang. Maar als je blijft liegen over ons product, zullen wij jou melden bij Amazon wegens misbruik en stappen we naar een advocaat. Dat beloof ik je.""", buyer="""Ik ga een klacht indienen bij Amazon, het slot is na twee weken al vastgeroest.""", sig='Daan')

add('nl-tweede-reviewverzoek', 'fietsfabriek', ['repeat_request'], 'tweede verzoek om een review voor dezelfde bestelling', """Hoi $NAME,

We hadden je eerder al gevraagd om een review. Heb je al tijd gehad? Een paar woorden over de verlichtingsset op Amazon helpt ons enorm.

Groeten,""", subj='Herinnering: je bestelling $OID', prod=2, agent=1, pair='nl-verlichting', seq=2, rr=True)

add('nl-alleen-bedankt', 'tulpenhuis', ['unpermitted_proactive'], 'proactief bericht met alleen een bedankje', """Beste $NAME,

Hartelijk dank voor uw bestelling bij Tulpenhuis Wonen. We wensen u veel plezier met uw geurkaars!

Warme groet,""", subj='Bedankt voor uw bestelling $OID', prod=1, fmt='alt')

add('nl-telefoonnummer-handtekening', 'tulpenhuis', ['contact_phone'], 'telefoonnummer in de handtekening', """Beste $NAME,

Het linnen kan op 40 graden, op een fijnwasprogramma, en het liefst zonder wasverzachter. Strijken is niet nodig; het linnen hoort er een beetje gekreukt uit te zien.

Met vriendelijke groet,""", buyer="""Op welke temperatuur moet ik het linnen overtrek wassen?""", style='zendesk',
    sig="""$AGENT
Tulpenhuis Wonen – Klantenservice
Tel. +31 20 123 4567 (ma-vr 9-17 uur)""")

add('nl-appje-whatsapp-nummer', 'fietsfabriek', ['contact_phone', 'contact_other'], 'stuur een appje via WhatsApp naar een 06-nummer', """Hoi $NAME,

Stuur ons even een appje via WhatsApp op 06-12345678 met een filmpje van de lamp, dan kijken we meteen mee.

Groeten,""", buyer="""De achterlamp knippert alleen nog maar.""", prod=2)

add('nl-afmeldlink-reviewverzoek', 'tulpenhuis', ['external_link', 'opt_out'], 'reviewverzoek met afmeldlink', """Beste $NAME,

We zijn benieuwd wat u van uw plaid vindt. Als u even tijd heeft, laat dan een review achter op Amazon.

Geen berichten meer ontvangen? Afmelden kan via https://nieuws.tulpenhuis.example/afmelden?id=$REL

Met vriendelijke groet,""", subj='Uw plaid van Tulpenhuis (bestelling $OID)', prod=2, fmt='alt', rr=True)

add('nl-zero-width-vijf-sterren', 'fietsfabriek', ['review_manipulation'], 'obfuscated (zero-width space tussen "5" en "sterren")', """Hoi $NAME,

We hopen dat je slot je fiets goed beschermt. Wil je ons 5\u200b sterren geven op Amazon? Dat helpt ons echt.

Groeten,""", subj='Je kettingslot (bestelling $OID)', rr=True)

# ======================= Polish — compliant ===============================================

add('pl-uszkodzony-koc-wymiana-inpost', 'bursztyn', [], 'wymiana, numer przesyłki InPost (24 cyfry w grupach)', """Dzień dobry $NAME,

bardzo przepraszam za uszkodzony koc. Wysłaliśmy dziś nowy egzemplarz przez InPost.

Numer przesyłki: 6800 0000 1234 5678 9012 34
Przewidywana dostawa: środa, 12 czerwca

Uszkodzonego koca nie trzeba odsyłać.

Pozdrawiam serdecznie,""", buyer="""Koc dotarł z dziurą przy brzegu. Co mogę zrobić?""", fmt='alt')

add('pl-faktura-vat-nip-pdf', 'mazurka', [], 'faktura VAT w PDF; NIP w formacie przypominającym telefon', """Dzień dobry,

w załączniku przesyłam fakturę VAT nr FV/2024/06/118 wystawioną na Pani/Pana firmę.

Kwota netto: 73,16 zł
VAT 23%: 16,83 zł
Kwota brutto: 89,99 zł

Nasze dane: Mazurka Sport sp. z o.o., NIP 525-000-12-34.

Z poważaniem,""", buyer="""Potrzebuję faktury VAT na firmę.""",
    atts=[PDF('Faktura_FV-2024-06-118.pdf', 'Faktura VAT FV/2024/06/118', 'Mata do jogi 6 mm   73,16 PLN netto', 'NIP 525-000-12-34')])

add('pl-hantle-pytanie-bez-zamowienia', 'mazurka', [], 'pytanie o produkt bez numeru zamówienia', """Dzień dobry,

tak, hantle są w całości pokryte winylem, więc nie rysują paneli przy normalnym odkładaniu. Nie zalecamy jednak upuszczania ich z wysokości – każda waży 5 kg.

Pozdrawiamy,""", buyer="""Czy hantle są pokryte winylem w całości? Czy można ich używać na panelach?""", prod=1, noorder=True, style='gmail')

add('pl-niegrzeczny-klient-uprzejma-odpowiedz', 'bursztyn', [], 'uprzejma, stanowcza odpowiedź na zarzut oszustwa', """Dzień dobry,

przykro mi, że zapach Panią/Pana rozczarował. Rozumiem emocje, ale proszę o zachowanie kulturalnego tonu – wtedy najszybciej znajdziemy rozwiązanie.

Nasze świece są z wosku sojowego z olejkami eterycznymi. Pierwsze palenie warto przeprowadzić przez ok. 2 godziny, aż cała powierzchnia się roztopi – zapach wtedy wyraźnie się zmienia. Jeśli nadal nie będzie odpowiadał, przyjmiemy zwrot i oddamy pieniądze.

Z poważaniem,""", buyer="""Świeca śmierdzi chemią, a nie bursztynem. Oszukujecie ludzi.""", prod=1, style='outlook')

add('pl-zwrot-adres-gdansk', 'mazurka', [], 'adres zwrotu z kodem pocztowym, kwota', """Dzień dobry,

zwrot jest możliwy w ciągu 30 dni. Prosimy odesłać matę w oryginalnym opakowaniu na adres:

Mazurka Sport – Zwroty
ul. Długa 15
80-827 Gdańsk

Po otrzymaniu paczki zwrócimy 129,00 zł.

Pozdrawiamy,""", buyer="""Mata jest dla mnie za cienka. Jak mogę ją zwrócić?""", style='zendesk', fmt='alt')

add('pl-neutralna-prosba-o-opinie', 'bursztyn', [], 'jedna neutralna prośba o opinię w odpowiedzi (pierwsza dla tego zamówienia)', """Dzień dobry,

bardzo się cieszymy! Tak, len można prasować na wysokiej temperaturze, najlepiej lekko wilgotny, od lewej strony.

Jeśli znajdzie Pani/Pan chwilę, będziemy wdzięczni za opinię o tym zamówieniu.

Pozdrawiamy serdecznie,""", buyer="""Poszewki są piękne. Czy można je prasować?""", prod=2, style='helpscout', pair='pl-poszewki', seq=1, rr=True)

add('pl-opoznienie-dpd', 'mazurka', [], 'opóźnienie, numer przesyłki DPD', """Dzień dobry,

przepraszamy za opóźnienie. Według DPD paczka utknęła w sortowni w Strykowie i zostanie doręczona jutro.

Numer przesyłki: 1000 6543 2109 8U
Przewidywana dostawa: czwartek, 13 czerwca

Pozdrawiamy,""", buyer="""Paczka miała być wczoraj i nadal jej nie ma.""", prod=2, style='zammad', fmt='alt')

add('pl-czesciowy-zwrot-plama', 'bursztyn', [], 'częściowy zwrot jako rozwiązanie, bez związku z opinią', """Dzień dobry,

dziękujemy za zdjęcie i przepraszamy. Jeśli zechce Pani/Pan zatrzymać koc, zwróciliśmy już 20 zł jako rekompensatę. Gdyby plama nie zeszła w praniu (zalecamy 30°C, program do wełny), wymienimy koc na nowy.

Pozdrawiamy,""", buyer="""Koc ma plamę, ale chyba się spierze.""", style='gorgias')

add('pl-opinie-mozna-zaktualizowac', 'mazurka', [], 'neutralna informacja, że opinię można zaktualizować – decyzja należy do kupującego', """Dzień dobry,

bardzo przepraszamy. Wysłaliśmy nowy zestaw gum, numer przesyłki InPost 6800 0000 4455 6677 8899 00.

Jeśli uzna Pan, że problem został rozwiązany, może Pan zaktualizować swoją opinię – decyzja należy wyłącznie do Pana.

Z poważaniem,""", buyer="""Wystawiłem 1 gwiazdkę, bo jedna guma pękła po tygodniu.""", prod=2, style='gmail', fmt='alt')

add('pl-anulowanie-zamowienia', 'bursztyn', [], 'anulowanie z kwotą zwrotu', """Dzień dobry,

zamówienie nie zostało jeszcze wysłane, więc je anulowaliśmy. Amazon zwróci 59,00 zł na pierwotną metodę płatności w ciągu kilku dni.

Z poważaniem,""", buyer="""Chciałabym anulować zamówienie.""", prod=1, style='outlook')

add('pl-instrukcja-pdf', 'mazurka', [], 'instrukcja ćwiczeń w PDF', """Dzień dobry,

w załączniku przesyłamy instrukcję z 12 ćwiczeniami na gumy oporowe. Zaczynając, proszę wybrać gumę żółtą lub zieloną i robić 2–3 serie po 12 powtórzeń.

Pozdrawiamy,""", buyer="""Czy jest jakaś instrukcja ćwiczeń do gum?""", prod=2, style='freshdesk', fmt='alt',
    atts=[PDF('Instrukcja_gumy_oporowe.pdf', 'Gumy oporowe - instrukcja cwiczen', '12 cwiczen, 2-3 serie po 12 powtorzen')])

add('pl-bez-whatsapp-tylko-amazon', 'bursztyn', [], 'odmawia kontaktu przez WhatsApp, odpowiada w wiadomości', """Dzień dobry,

niestety nie możemy kontaktować się z klientami Amazon przez WhatsApp ani telefonicznie, ale chętnie odpowiem tutaj.

Poszewki mają zapięcie na ukryty zamek, a wymiar 50 x 60 cm pasuje do standardowych poduszek. Len skurczy się najwyżej o 2–3% po pierwszym praniu.

Pozdrawiamy,""", buyer="""Czy mogę napisać do Pani na WhatsAppie? Mam kilka pytań o poszewki.""", prod=2, style='thunderbird')

# ======================= Polish — violations ==============================================

add('pl-kod-rabatowy-za-szczera-opinie', 'mazurka', ['review_incentive'], 'proaktywnie: kod rabatowy -20% za „szczerą opinię”', """Cześć $NAME,

mamy nadzieję, że mata do jogi sprawdza się na treningach! W podziękowaniu za szczerą opinię na Amazonie wyślemy Ci kod rabatowy -20% na kolejne zakupy. Wystarczy odpisać na tę wiadomość po dodaniu opinii.

Pozdrawiamy,""", subj='Twoje zamówienie $OID – Mazurka Sport', fmt='alt', rr=True)

add('pl-piec-gwiazdek-jesli-zadowolona', 'bursztyn', ['review_manipulation'], 'proaktywnie: 5 gwiazdek, a niezadowoleni mają najpierw pisać do sprzedawcy', """Dzień dobry,

jeśli jest Pani zadowolona z koca, prosimy o 5 gwiazdek na Amazonie. Jeśli nie – proszę najpierw napisać do nas, zanim wystawi Pani opinię.

Pozdrawiamy serdecznie,""", subj='Jak się sprawdza koc? (zamówienie $OID)', rr=True)

add('pl-prosba-o-usuniecie-opinii', 'mazurka', ['feedback_removal'], 'prośba o usunięcie negatywnej opinii po wymianie', """Dzień dobry,

cieszymy się, że wymiana dotarła. W związku z tym prosimy o usunięcie negatywnej opinii, którą Pan wystawił – problem został przecież rozwiązany.

Z poważaniem,""", buyer="""Dostałem nowe hantle.""", prod=1)

add('pl-nowa-kolekcja-trzecia-gratis', 'bursztyn', ['marketing'], 'odpowiedź, potem promocja nowej kolekcji („trzecia gratis”)', """Dzień dobry,

świeca pali się ok. 45 godzin, jeśli przycina Pani/Pan knot do 5 mm przed każdym zapaleniem.

Zapraszamy też do zapoznania się z naszą nową kolekcją świec zimowych – przy zakupie dwóch trzecia gratis!

Pozdrawiamy,""", buyer="""Ile godzin pali się świeca?""", prod=1, noorder=True, fmt='alt')

add('pl-nie-potrafi-czytac-zenujace', 'mazurka', ['offensive'], 'pogarda wobec kupującego', """Dzień dobry,

chyba nie potrafi Pan czytać ze zrozumieniem – w opisie jest tolerancja ±3%. Żenujące, że trzeba to tłumaczyć dorosłemu człowiekowi. Proszę nie zawracać nam głowy.""", buyer="""Hantle mają tylko 4,8 kg, a nie 5 kg!""", prod=1, sig='Mazurka Sport')

add('pl-chamstwo-idiotyczne-zarzuty', 'bursztyn', ['offensive'], 'obraźliwa odpowiedź z groźbą zgłoszenia', """Dzień dobry,

nie będziemy tolerować takiego chamstwa. Pani zarzuty są po prostu idiotyczne – wełna merino pachnie wełną. Jeszcze jedno takie słowo, a zgłosimy Panią do Amazon.""", buyer="""Koc gryzie i śmierdzi owcą. Oddajcie kasę, złodzieje!""", style='gmail', sig='Bursztynowy Dom')

add('pl-ponowna-prosba-o-opinie', 'bursztyn', ['repeat_request'], 'druga prośba o opinię dla tego samego zamówienia', """Dzień dobry,

uprzejmie przypominamy o możliwości wystawienia opinii o poszewkach lnianych na Amazonie. Będziemy bardzo wdzięczni!

Pozdrawiamy,""", subj='Przypomnienie – zamówienie $OID', prod=2, agent=1, pair='pl-poszewki', seq=2, rr=True)

add('pl-potwierdzenie-zamowienia', 'mazurka', ['unpermitted_proactive'], 'potwierdzenie zamówienia wysłane proaktywnie', """Dzień dobry,

dziękujemy za złożenie zamówienia w Mazurka Sport. Potwierdzamy przyjęcie zamówienia:

Gumy oporowe, zestaw 5 szt. – 1 szt. – 49,99 zł

Zamówienie zostanie wysłane w ciągu 24 godzin.

Pozdrawiamy,""", subj='Potwierdzenie zamówienia $OID', prod=2, fmt='alt')

add('pl-email-at-dot', 'bursztyn', ['contact_email'], 'obfuscated (e-mail z (at) i (dot))', """Dzień dobry,

tak, szyjemy poszewki na wymiar z tego samego lnu. Prosimy o kontakt: biuro(at)bursztynowy-dom(dot)pl – prześlemy wycenę w ciągu jednego dnia.

Pozdrawiamy,""", buyer="""Czy szyjecie poszewki na wymiar?""", prod=2, noorder=True, style='gmail')

add('pl-messenger-facebook', 'mazurka', ['external_link', 'contact_other'], 'zaprasza na Messengera z adresem strony na Facebooku', """Dzień dobry,

mata ślizga się na parkiecie przez pierwsze dni, dopóki nie zejdzie z niej warstwa fabryczna – wystarczy umyć ją wodą z odrobiną mydła. Najszybciej odpowiadamy na Messengerze: facebook.com/mazurkasport – napisz do nas!

Pozdrawiamy,""", buyer="""Mata się ślizga na parkiecie.""", fmt='alt')

add('pl-emoji-serduszko-swieca', 'bursztyn', ['styling'], 'emoji w odpowiedzi', """Dzień dobry,

bardzo się cieszymy! 💛 Życzymy wielu przytulnych wieczorów 🕯️

Pozdrawiamy,""", buyer="""Świeca już dotarła, pięknie pachnie!""", prod=1, fmt='alt')

add('pl-important-faktura', 'mazurka', ['important_tag'], '[Important] na wysyłce faktury (niepotrzebne do realizacji zamówienia)', """Dzień dobry,

w załączniku przesyłamy fakturę do zamówienia.

Pozdrawiamy,""", subj='[Important] Faktura do zamówienia $OID', prod=1,
    atts=[PDF('Faktura_FV-2024-06-141.pdf', 'Faktura VAT FV/2024/06/141', 'Hantle winylowe 2 x 5 kg')])

# ======================= Swedish — compliant ==============================================

add('sv-skadad-lampskarm-ersattning-postnord', 'fjallbo', [], 'ersättning, PostNord-kollinummer (20 siffror)', """Hej $NAME,

Tråkigt att skärmen kom fram skadad! Vi skickar en ny lampskärm redan i dag med PostNord.

Kollinummer: 00373500498512345678
Beräknad leverans: torsdag 13 juni

Du behöver inte skicka tillbaka den skadade skärmen.

Vänliga hälsningar,""", buyer="""Lampskärmen var intryckt på ena sidan när paketet kom.""", fmt='alt')

add('sv-stekpanna-induktion-produktfraga', 'skargard', [], 'produktfråga utan ordernummer; Amazons "Slut på meddelandet" i citatet', """Hej $NAME,

Ja, stekpannan fungerar på alla spisar, även induktion. Den är förbehandlad med rapsolja, så du kan använda den direkt. Efter diskning: torka den ordentligt och stryk på ett tunt lager olja.

Mvh,""", buyer="""Kan stekpannan användas på induktion? Och behöver den brännas in?""", noorder=True)

add('sv-faktura-orgnr-pdf', 'fjallbo', [], 'faktura som pdf; org.nr i formatet 556123-4567', """Hej $NAME,

Bifogat finns faktura nr 2024-0788 med momsen specificerad.

Belopp exkl. moms: 1 199,20 kr
Moms 25 %: 299,80 kr
Totalt: 1 499,00 kr

Fjällbo Design AB, org.nr 556123-4567, momsreg.nr SE556123456701.

Vänliga hälsningar,""", buyer="""Kan ni skicka en faktura med momsen specificerad?""", prod=1, style='outlook',
    atts=[PDF('Faktura_2024-0788.pdf', 'Faktura 2024-0788', 'Taklampa i rotting, 45 cm   1 199,20 SEK', 'Org.nr 556123-4567')])

add('sv-otrevlig-kund-artigt-svar', 'skargard', [], 'artigt och bestämt svar till en kund som kallar varorna skräp', """Hej $NAME,

Jag förstår att du är besviken, och jag vill gärna hjälpa dig. Jag ber dig dock att hålla en vänlig ton.

Damaskusknivar behöver slipas med bryne eller slipstål, inte i en dragslip, och ska inte diskas i maskin. Om knivarna var slöa redan vid leverans byter vi dem förstås.

Hälsningar,""", buyer="""Knivarna är slöa redan. Ni säljer skräp och borde skämmas.""", prod=1, style='thunderbird', fmt='alt')

add('sv-returadress-goteborg', 'skargard', [], 'returadress med postnummer och belopp', """Hej $NAME,

Självklart! Skicka tillbaka brädan till:

Skärgård Kök – Returer
Sjögatan 4
411 10 Göteborg

När vi har fått paketet betalar vi tillbaka 349 kr.

Vänliga hälsningar,""", buyer="""Skärbrädan har en spricka. Jag vill returnera den.""", prod=2, style='zendesk')

add('sv-neutral-recension-i-svar', 'fjallbo', [], 'en neutral förfrågan om recension i ett svar (enda förfrågan för ordern)', """Hej $NAME,

Ja, de passar perfekt – taklampan har en E27-sockel och klarar upp till 40 W, och våra LED-lampor drar bara 6 W.

Om du har en stund över uppskattar vi din recension av beställningen.

Vänliga hälsningar,""", buyer="""Passar LED-lamporna i er taklampa i rotting?""", prod=2, style='freshdesk', rr=True)

add('sv-forsenad-leverans-postnord', 'fjallbo', [], 'försenad leverans, kollinummer i grupper', """Hej $NAME,

Förlåt dröjsmålet. Enligt PostNord står paketet kvar på terminalen i Jönköping på grund av hög belastning och skickas vidare i morgon.

Kollinummer: UA 123 456 789 SE
Ny beräknad leverans: tisdag 11 juni

Vänliga hälsningar,""", buyer="""Var är min bordslampa? Den skulle komma i fredags.""", style='zammad', fmt='alt')

add('sv-delvis-aterbetalning-repa', 'skargard', [], 'delvis återbetalning som lösning, inte kopplad till omdöme', """Hej $NAME,

Tack för bilden. Repan påverkar inte funktionen, men vi har betalat tillbaka 100 kr som kompensation. Vill du hellre ha en ny panna, säg bara till.

Hälsningar,""", buyer="""Pannan har en liten repa i emaljen på utsidan.""", style='gorgias')

add('sv-omdome-kan-uppdateras', 'fjallbo', [], 'neutralt: omdömet kan uppdateras, "helt upp till dig"', """Hej $NAME,

Ursäkta att skruvarna saknades! Vi har skickat dem med brev i dag.

Om du vill kan du uppdatera ditt omdöme, men det är helt upp till dig.

Vänliga hälsningar,""", buyer="""Gav 2 stjärnor för att lampan kom utan skruvar till fästet.""", prod=1, style='gmail', fmt='alt')

add('sv-avbestallning', 'skargard', [], 'avbeställning med belopp', """Hej $NAME,

Beställningen hade inte skickats ännu, så vi har avbeställt den. Amazon betalar tillbaka 899 kr till ditt ursprungliga betalsätt inom några dagar.

Vänliga hälsningar,""", buyer="""Jag vill avbeställa knivsetet.""", prod=1, style='outlook')

add('sv-serienummer-txt-bilaga', 'fjallbo', [], 'textfil som bilaga (serienummer och garantivillkor)', """Hej $NAME,

Serienumret sitter på en etikett under lampfoten. Jag bifogar en textfil med ditt serienummer och våra garantivillkor, så har du allt samlat.

Vänliga hälsningar,""", buyer="""Var hittar jag serienumret till garantin?""",
    atts=[('garanti-serienummer.txt', 'text/plain; charset="utf-8"', 'Fjällbo Bordslampa i ek\nSerienummer: FB-OAK-24-00931\nGaranti: 2 år från leveransdatum\n'.encode('utf-8'))])

add('sv-returlank-amazon', 'skargard', [], 'tillåten länk till Amazons returcenter', """Hej $NAME,

Du startar returen enklast via Amazons returcenter, där du också får en returetikett:
https://www.amazon.se/gp/css/returns/homepage.html

Välj "Skadad vid leverans" som orsak, så står vi för returfrakten.

Vänliga hälsningar,""", buyer="""Hur gör jag en retur? Kniven har ett hack i eggen.""", prod=1, style='gmail', fmt='alt')

add('sv-proaktiv-neutral-omdome', 'skargard', [], 'proaktiv neutral förfrågan om omdöme med ordernummer (första för ordern)', """Hej $NAME,

Din skärbräda levererades förra veckan. Om du har tid skulle vi uppskatta om du lämnade ett omdöme om beställningen på Amazon.

Vänliga hälsningar,""", subj='Din beställning $OID från Skärgård Kök', prod=2, pair='sv-skarbrada', seq=1, rr=True)

# ======================= Swedish — violations =============================================

add('sv-presentkort-arligt-omdome', 'fjallbo', ['review_incentive'], 'proaktivt: presentkort på 100 kr för ett "ärligt omdöme"', """Hej $NAME,

Vi hoppas att du trivs med din nya bordslampa! Som tack för ett ärligt omdöme på Amazon skickar vi gärna ett presentkort på 100 kr – svara bara på det här mejlet när du har skrivit det.

Varma hälsningar,""", subj='Din bordslampa från Fjällbo (order $OID)', fmt='alt', rr=True)

add('sv-fem-stjarnor-betyda-allt', 'skargard', ['review_manipulation'], 'proaktivt: fem stjärnor "skulle betyda allt för oss"', """Hej $NAME,

Vi är ett litet familjeföretag från Bohuslän, och fem stjärnor skulle betyda allt för oss. Om du är nöjd – lämna gärna ett omdöme med fem stjärnor!

Hälsningar,""", subj='Hur går det med stekpannan? (order $OID)', rr=True)

add('sv-andra-omdome-tjat', 'fjallbo', ['feedback_removal'], 'ber om ändrat omdöme och påpekar tidigare påminnelser (påtryckning)', """Hej $NAME,

Vad bra! Nu när problemet är löst, kan du ändra ditt omdöme? Vi har redan skickat två påminnelser om detta och det skulle betyda mycket.

Hälsningar,""", buyer="""Nya lampan fungerar.""", prod=1)

add('sv-hostrea-30-procent', 'fjallbo', ['marketing'], 'svar följt av reklam för en rea', """Hej $NAME,

Ja, LED-lamporna är dimbara med en vanlig fasavsnittsdimmer (trailing edge).

Missa inte heller vår höstrea: 30 % på alla lampor hela september!

Vänliga hälsningar,""", buyer="""Är era LED-lampor dimbara?""", prod=2, noorder=True, fmt='alt')

add('sv-lojligt-glodlampa', 'fjallbo', ['offensive'], 'förakt mot kunden', """Hej,

Det är inte vårt fel att du inte klarar av att skruva i en glödlampa. Lampan fungerar utmärkt, vi testar varenda en. Löjligt att behöva förklara det här.""", buyer="""Lampan fungerar inte. Skräp!""", style='freshdesk', sig='Fjällbo')

add('sv-idiot-anmaler-dig', 'skargard', ['offensive'], 'förolämpning ("idiot") och hot om anmälan', """Hej,

En kniv är vass. Det är liksom poängen, din idiot. Skriv en gång till att vi är ansvariga så anmäler vi dig till Amazon för trakasserier.""", buyer="""Jag skar mig på kniven, ni borde varna för att den är vass!""", prod=1, sig='Skärgård Kök')

add('sv-andra-forfragan-om-omdome', 'skargard', ['repeat_request'], 'andra förfrågan om omdöme för samma order', """Hej $NAME,

Vi skrev till dig för några veckor sedan. Har du hunnit lämna ett omdöme på Amazon? Det tar bara en minut och hjälper oss mycket.

Vänliga hälsningar,""", subj='Påminnelse om din skärbräda (order $OID)', prod=2, agent=1, pair='sv-skarbrada', seq=2, rr=True)

add('sv-tack-for-bestallningen', 'skargard', ['unpermitted_proactive'], 'proaktivt tack och orderbekräftelse', """Hej $NAME,

Stort tack för att du handlade hos Skärgård Kök. Vi packar din stekpanna med omsorg.

Varma hälsningar,""", subj='Tack för din beställning $OID!', fmt='alt')

add('sv-ring-oss-mellanslag', 'fjallbo', ['contact_phone'], 'obfuscated (telefonnummer med mellanslag mellan siffrorna)', """Hej $NAME,

Taklampan hängs upp i en takkrok och kopplas med kopplingsplinten i förpackningen. Ring oss gärna på 0 8 - 1 2 3  4 5 6  7 8 så guidar vi dig steg för steg.

Vänliga hälsningar,""", buyer="""Hur monterar jag taklampan?""", prod=1)

add('sv-folj-oss-pa-instagram', 'skargard', ['contact_other', 'marketing'], '"Följ oss på Instagram @…" efter ett svar', """Hej $NAME,

Olja in skärbrädan med matolja eller paraffinolja ungefär en gång i månaden, och låt den torka stående.

Följ oss på Instagram @skargardkok för fler tips och nyheter!

Hälsningar,""", buyer="""Hur ska jag sköta skärbrädan?""", prod=2, noorder=True)

add('sv-omdome-utan-ordernummer', 'fjallbo', ['missing_order_id'], 'proaktiv förfrågan om omdöme utan ordernummer', """Hej $NAME,

Dina LED-lampor levererades nyligen. Om du har en stund skulle vi uppskatta ett omdöme på Amazon.

Vänliga hälsningar,""", subj='Dina LED-lampor från Fjällbo', prod=2, rr=True)

# ======================= Portuguese (Brazil) — compliant ==================================

add('ptbr-vaso-rachado-troca-correios', 'cantinho', [], 'troca com código de rastreio dos Correios', """Olá, $NAME!

Sinto muito que o vaso tenha chegado rachado. Já enviamos um novo hoje pelos Correios, sem custo.

Código de rastreio: OV123456789BR
Previsão de entrega: 14 de junho

Não precisa devolver o vaso danificado.

Abraços,""", buyer="""O vaso chegou com uma rachadura na borda.""", fmt='alt')

add('ptbr-nota-fiscal-cnpj-pdf', 'ipanema', [], 'nota fiscal em PDF; número da NF-e e CNPJ', """Olá, $NAME!

Segue em anexo a nota fiscal eletrônica (NF-e nº 000.123.456, série 1) referente ao seu pedido.

Emitente: Ipanema Tech Comércio de Eletrônicos Ltda.
CNPJ: 12.345.678/0001-90
Valor total: R$ 89,90

Atenciosamente,""", buyer="""Preciso da nota fiscal para acionar a garantia.""", prod=1,
    atts=[PDF('NF-e_000123456.pdf', 'DANFE - NF-e 000.123.456', 'Carregador turbo USB-C 20 W   R$ 89,90', 'CNPJ 12.345.678/0001-90')])

add('ptbr-fone-whatsapp-teams-recurso', 'ipanema', [], 'WhatsApp, Teams e Zoom citados como recursos do produto; sem número de pedido', """Olá, $NAME!

Funciona, sim. O IP-5 se conecta por Bluetooth 5.3 ao notebook e ao celular ao mesmo tempo, e o microfone funciona em chamadas do WhatsApp, Teams, Zoom e Google Meet. O cancelamento de ruído continua ativo durante as chamadas.

Atenciosamente,""", buyer="""O fone funciona para chamadas de vídeo no WhatsApp e no Teams pelo notebook?""", noorder=True, style='gmail', fmt='alt')

add('ptbr-cliente-grosseiro-resposta-firme', 'cantinho', [], 'resposta educada e firme a um comprador que ofende; Outlook com RES:', """Olá, $NAME,

Entendo sua frustração e peço desculpas pela falha. Peço apenas que mantenhamos o respeito na conversa, para que eu possa resolver o mais rápido possível.

A pá que faltava já foi enviada hoje por carta registrada, código de rastreio RB987654321BR, e deve chegar em até 7 dias úteis.

Atenciosamente,""", buyer="""Vocês são uns incompetentes, mandaram o kit faltando a pá. Que vergonha!""", prod=1, style='outlook')

add('ptbr-devolucao-reembolso', 'ipanema', [], 'devolução com valor do reembolso', """Olá, $NAME!

Sem problemas. Você pode solicitar a devolução em até 7 dias após o recebimento, direto na página do seu pedido na Amazon. Assim que o fone chegar aqui, reembolsamos os R$ 149,90.

Atenciosamente,""", buyer="""Quero devolver o fone, não gostei do encaixe na orelha.""", style='freshdesk')

add('ptbr-pedido-avaliacao-neutro-em-resposta', 'cantinho', [], 'um pedido neutro de avaliação numa resposta (primeiro para o pedido)', """Olá, $NAME!

É sim! A mistura tem areia grossa e casca de pinus, o que garante a drenagem de que cactos e suculentas precisam. Regue só quando o substrato estiver totalmente seco.

Se tiver um tempinho, ficaríamos gratos se você deixasse sua avaliação sobre o pedido na Amazon.

Abraços,""", buyer="""O substrato serve para cactos também?""", prod=2, style='helpscout', fmt='alt', pair='br-substrato', seq=1, rr=True)

add('ptbr-atraso-nova-previsao', 'ipanema', [], 'atraso com código de rastreio e nova previsão', """Olá, $NAME,

Pedimos desculpas pelo atraso. A transportadora informou que o pacote está no centro de distribuição de Cajamar e sai para entrega amanhã.

Código de rastreio: AA123456789BR
Nova previsão: 12 de junho

Atenciosamente,""", buyer="""Meu cabo ainda não chegou, já passou do prazo.""", prod=2, style='thunderbird')

add('ptbr-reembolso-parcial-ferramenta', 'cantinho', [], 'reembolso parcial como solução, sem ligação com avaliação', """Olá, $NAME!

Obrigada pela foto. Como a ferramenta ainda pode ser usada, fizemos um reembolso parcial de R$ 20,00. Se preferir uma ferramenta nova, é só me avisar que enviamos.

Abraços,""", buyer="""Uma das ferramentas do kit veio com o cabo solto.""", prod=1, style='zammad', fmt='alt')

add('ptbr-avaliacao-pode-ser-atualizada', 'ipanema', [], 'após resolver, menção neutra de que a avaliação pode ser atualizada, "a seu critério"', """Olá, $NAME,

Sentimos muito. O carregamento rápido só funciona com cabo USB-C compatível com PD; enviamos hoje um cabo certificado sem custo, código de rastreio NX123456789BR.

Se quiser, você pode atualizar sua avaliação — fica totalmente a seu critério.

Atenciosamente,""", buyer="""Dei 1 estrela porque o carregador não carregava rápido.""", prod=1, style='gmail')

add('ptbr-link-pedido-amazon', 'cantinho', [], 'link permitido para os detalhes do pedido na Amazon', """Olá, $NAME!

A nota fiscal fica disponível na própria página do pedido na Amazon, em "Solicitar nota fiscal":
https://www.amazon.com.br/gp/your-account/order-details?orderID=$OID

Abraços,""", buyer="""Onde encontro a nota fiscal do vaso?""", style='gmail', fmt='alt')

add('ptbr-nota-fiscal-proativa-pdf', 'ipanema', [], 'mensagem proativa permitida: envio da nota fiscal, com número do pedido', """Olá, $NAME,

Segue em anexo a nota fiscal eletrônica do seu pedido, emitida hoje.

NF-e nº 000.123.987, série 1
Valor total: R$ 59,90

Atenciosamente,""", subj='Nota fiscal do pedido $OID', prod=2,
    atts=[PDF('NF-e_000123987.pdf', 'DANFE - NF-e 000.123.987', 'Cabo USB-C reforcado 2 m   R$ 59,90')])

# ======================= Portuguese (Brazil) — violations =================================

add('ptbr-cupom-avaliacao-sincera', 'cantinho', ['review_incentive'], 'proativo: cupom de R$ 30 por uma "avaliação sincera"', """Olá, $NAME!

Esperamos que seu vaso autoirrigável esteja fazendo sucesso! Ganhe um cupom de R$ 30 na sua próxima compra ao deixar sua avaliação sincera na Amazon. É só responder com o print da avaliação.

Abraços,""", subj='Seu pedido $OID na Cantinho Verde', fmt='alt', rr=True)

add('ptbr-5-estrelas-se-gostou', 'ipanema', ['review_manipulation'], 'proativo: 5 estrelas se gostou, senão falar com a loja antes de avaliar', """Olá, $NAME!

Se gostou do fone, deixe 5 estrelas pra gente na Amazon! Se não gostou, fale com a gente antes de avaliar, que a gente resolve.""", subj='Como está o seu fone IP-5? (pedido $OID)', sig='Equipe Ipanema Tech', rr=True)

add('ptbr-remover-avaliacao-negativa', 'cantinho', ['feedback_removal'], 'pede para remover a avaliação negativa', """Olá, $NAME!

Que bom que chegou! Já que resolvemos o problema, pedimos que remova a avaliação negativa que você deixou. Ela está prejudicando muito a nossa loja.

Abraços,""", buyer="""Recebi a ferramenta nova, obrigado.""", prod=1)

add('ptbr-black-friday-antecipada', 'ipanema', ['marketing'], 'resposta útil seguida de promoção de Black Friday', """Olá, $NAME!

Serve, sim: o carregador tem 20 W com Power Delivery e carrega o iPhone 15 de 0 a 50% em cerca de 30 minutos com um cabo USB-C.

Aproveite também a nossa Black Friday antecipada: fones, cabos e carregadores com até 40% de desconto esta semana!

Atenciosamente,""", buyer="""O carregador serve para iPhone 15?""", prod=1, noorder=True, fmt='alt')

add('ptbr-mal-educado-sem-nocao', 'ipanema', ['offensive'], 'insulta o comprador', """Olá,

Você é mal-educado e sem noção. O fone conecta perfeitamente; o problema está do outro lado da tela. Leia o manual antes de sair reclamando.""", buyer="""O fone é uma porcaria, não conecta no meu celular.""", sig='Ipanema Tech')

add('ptbr-denunciar-processar-difamacao', 'cantinho', ['offensive'], 'ameaça de denúncia e processo', """Olá,

Se você publicar uma mentira dessas, vamos denunciar você à Amazon e processar por difamação. Pense bem antes de fazer isso.""", buyer="""Esse substrato veio cheio de fungos. Vou expor vocês nas redes sociais.""", prod=2, sig='Cantinho Verde')

add('ptbr-segundo-pedido-cinco-estrelas', 'cantinho', ['review_manipulation', 'repeat_request'], 'segundo pedido de avaliação para o mesmo pedido, pedindo 5 estrelas', """Olá, $NAME!

Passando para lembrar da avaliação do substrato. Uma avaliação de 5 estrelas ajudaria demais a nossa pequena loja!

Abraços,""", subj='Lembrete sobre o seu pedido $OID', prod=2, agent=1, pair='br-substrato', seq=2, rr=True)

add('ptbr-confirmacao-de-envio', 'ipanema', ['unpermitted_proactive'], 'confirmação de envio proativa', """Olá, $NAME!

Seu Cabo USB-C reforçado já está a caminho.

Transportadora: Correios
Código de rastreio: QB123456789BR

Obrigado por comprar com a Ipanema Tech!""", subj='Seu pedido $OID foi enviado!', prod=2, fmt='alt', sig=False)

add('ptbr-chama-no-whatsapp', 'cantinho', ['contact_phone', 'contact_other'], '"chama no WhatsApp" com número de celular', """Olá, $NAME!

O pavio de algodão fica encaixado no furo do fundo; ele deve encostar na água do reservatório. Qualquer dúvida, chama no WhatsApp: (11) 98765-4321.

Abraços,""", buyer="""Como regulo o pavio do vaso autoirrigável?""")

add('ptbr-email-texto-branco', 'ipanema', ['contact_email', 'styling'], 'obfuscated (e-mail em texto branco sobre branco, só na parte HTML)', """Olá, $NAME!

No momento temos apenas o modelo de 20 W. Um de 35 W está previsto para o segundo semestre.

Atenciosamente,""", buyer="""Vocês têm carregador de 35 W?""", prod=1, noorder=True, fmt='alt',
    html_extra='\n<p style="color:#ffffff">Fale direto com a gente: contato@ipanematech.com.br</p>')

add('ptbr-pixel-sendgrid', 'cantinho', ['tracking_pixel'], 'pixel de abertura 1x1 de um rastreador conhecido com id do destinatário', """Olá, $NAME!

A pá tem 28 cm no total, com lâmina de 12 cm, e o cabo é de madeira de eucalipto.

Abraços,""", buyer="""Qual o tamanho da pá do kit?""", prod=1, fmt='alt',
    html_extra='\n<img src="https://u4821.ct.sendgrid.net/wf/open?upn=$REL-cv-8a6b2f" width="1" height="1" alt="" border="0">')

# ======================= Portuguese (Portugal, sold on amazon.es) — compliant =============

add('ptpt-travessa-partida-ctt', 'douro', [], 'substituição com número de registo CTT (vendedor português na amazon.es)', """Bom dia, $NAME,

Lamentamos imenso. Já enviámos hoje uma travessa nova pelos CTT, sem qualquer custo.

Número de registo: RR123456789PT
Entrega prevista: quinta-feira, 13 de junho

Não é necessário devolver a travessa partida.

Com os melhores cumprimentos,""", buyer="""A travessa chegou partida ao meio.""")

add('ptpt-canecas-maquina-loica', 'douro', [], 'pergunta sobre o produto sem número de encomenda', """Olá, $NAME,

Podem, sim. O grés é vidrado a alta temperatura e aguenta tanto a máquina de lavar loiça como o micro-ondas. Só não recomendamos passar diretamente do frigorífico para o forno.

Cumprimentos,""", buyer="""As canecas podem ir à máquina de lavar loiça e ao micro-ondas?""", prod=1, noorder=True, style='gmail', fmt='alt')

add('ptpt-fatura-nif-pdf', 'lisboacraft', [], 'fatura em PDF; NIF de 9 dígitos no pedido e na resposta', """Olá, $NAME,

Segue em anexo a fatura FT 2024/118 com o seu NIF.

Total: 34,90 € (IVA incluído à taxa de 23%)

Lisboa Craft, Lda. – NIF 509 123 456

Cumprimentos,""", buyer="""Preciso de fatura com o meu NIF, 234567890.""",
    atts=[PDF('Fatura_FT-2024-118.pdf', 'Fatura FT 2024/118', 'Carteira em cortica natural   34,90 EUR', 'NIF 509 123 456')])

add('ptpt-cliente-mal-educado-resposta', 'lisboacraft', [], 'resposta cordial e firme a um cliente que acusa a loja de gozar com os clientes', """Olá, $NAME,

Compreendo o seu desagrado e peço desculpa. Peço-lhe apenas que mantenhamos um tom cordial, para que possa ajudá-lo da melhor forma.

A cortiça pode empenar ligeiramente com a humidade durante o transporte; se colocar as bases debaixo de um livro pesado durante 24 horas, voltam a ficar planas. Se não resultar, enviamos um conjunto novo.

Cumprimentos,""", buyer="""Isto é uma vergonha, as bases vieram todas tortas. Vocês gozam com os clientes.""", prod=1, style='freshdesk', fmt='alt')

add('ptpt-devolucao-morada-porto', 'douro', [], 'morada de devolução com código postal e valor', """Olá, $NAME,

Claro. Pode devolvê-lo no prazo de 30 dias, na embalagem original, para:

Casa do Douro – Devoluções
Rua das Flores 45
4050-265 Porto

Assim que o recebermos, reembolsamos os 27,50 €.

Com os melhores cumprimentos,""", buyer="""O azulejo não combina com a parede. Posso devolver?""", prod=2, style='zendesk')

add('ptpt-pedido-opiniao-neutro', 'lisboacraft', [], 'um pedido neutro de opinião numa resposta (primeiro para esta encomenda)', """Olá, $NAME,

Obrigado! A cortiça limpa-se com um pano húmido e um pouco de sabão neutro; deixe secar ao ar, longe do sol direto.

Se tiver um momento, agradecemos que deixe a sua opinião sobre esta encomenda na Amazon.

Cumprimentos,""", buyer="""A carteira é linda. Como a devo limpar?""", style='helpscout', fmt='alt', pair='pt-carteira', seq=1, rr=True)

add('ptpt-atraso-numero-seguimento', 'lisboacraft', [], 'número de seguimento de 16 dígitos em grupos', """Olá, $NAME,

As nossas desculpas pela demora. A encomenda ficou retida no centro de distribuição de Madrid e seguiu ontem para Portugal.

Número de seguimento: 0082 8003 1234 5678
Entrega prevista: sexta-feira, 14 de junho

Cumprimentos,""", buyer="""A mochila ainda não chegou, já passaram 8 dias.""", prod=2, style='zammad')

add('ptpt-reembolso-parcial-caneca', 'douro', [], 'reembolso parcial como solução', """Olá, $NAME,

Obrigada pela fotografia. Sendo uma peça feita à mão, pequenas variações acontecem, mas compreendemos o incómodo: já lhe reembolsámos 5 € pela caneca com falha. Se preferir uma caneca nova, diga-nos.

Cumprimentos,""", buyer="""Uma das canecas tem uma pequena falha no vidrado.""", prod=1, style='gorgias', fmt='alt')

add('ptpt-avaliacao-pode-atualizar', 'douro', [], 'após resolução, menção neutra de que a avaliação pode ser atualizada', """Olá, $NAME,

Pedimos desculpa pela demora, que se deveu a um atraso da transportadora em Espanha. Como compensação, reembolsámos os 4,90 € dos portes.

Se entender que o assunto ficou resolvido, pode atualizar a sua avaliação, mas isso fica inteiramente ao seu critério.

Cumprimentos,""", buyer="""Deixei uma avaliação de 2 estrelas porque a travessa demorou 3 semanas.""", style='gmail')

add('ptpt-nao-instagram-so-amazon', 'lisboacraft', [], 'recusa passar a conversa para o Instagram e responde na mensagem', """Olá, $NAME,

Não podemos continuar a conversa pelo Instagram, mas respondo já aqui.

A mochila tem um compartimento acolchoado para portáteis até 14 polegadas e a alça de cima aguenta até 10 kg.

Cumprimentos,""", buyer="""Posso falar convosco pelo Instagram? Tenho dúvidas sobre a mochila.""", prod=2, style='thunderbird')

add('ptpt-link-ajuda-devolucoes', 'douro', [], 'link permitido para uma página de ajuda da Amazon', """Olá, $NAME,

A devolução pede-se na sua conta Amazon; a página de ajuda explica todos os passos:
https://www.amazon.es/gp/help/customer/display.html?nodeId=GKQNFKFK5CF3C54B

Cumprimentos,""", buyer="""Como faço a devolução das canecas?""", prod=1, style='gmail', fmt='alt')

# ======================= Portuguese (Portugal) — violations ===============================

add('ptpt-vale-10-euros-opiniao', 'lisboacraft', ['review_incentive'], 'proativo: vale de 10 € "em troca da sua opinião"', """Olá, $NAME,

Esperamos que esteja a gostar da sua carteira em cortiça! Oferecemos-lhe um vale de 10 € em troca da sua opinião na Amazon – basta enviar-nos o link depois de publicar.

Cumprimentos,""", subj='A sua encomenda $OID – Lisboa Craft', rr=True)

add('ptpt-cinco-estrelas-agradeciamos', 'douro', ['review_manipulation'], 'proativo: pede uma avaliação de cinco estrelas', """Bom dia, $NAME,

Agradecíamos imenso uma avaliação de cinco estrelas: somos uma pequena oficina de Vila Nova de Gaia e cada estrela conta muito para nós.

Com os melhores cumprimentos,""", subj='As suas canecas Casa do Douro (encomenda $OID)', prod=1, rr=True)

add('ptpt-reconsiderar-alterar-para-positiva', 'lisboacraft', ['review_manipulation', 'feedback_removal'], 'pede para reconsiderar e alterar a avaliação para mais positiva', """Olá, $NAME,

Ótimo! Agora que está tudo resolvido, poderia reconsiderar a sua avaliação e alterá-la para uma mais positiva?

Cumprimentos,""", buyer="""Recebi as bases novas.""", prod=1, style='freshdesk')

add('ptpt-saldos-de-verao', 'douro', ['marketing'], 'resposta útil seguida de saldos', """Olá, $NAME,

Sim, o azulejo vem com um gancho em serra colado na moldura, pronto a pendurar.

Aproveite os nossos saldos de verão: 20% em toda a coleção de azulejos e travessas até ao fim do mês.

Cumprimentos,""", buyer="""O azulejo vem com sistema para pendurar?""", prod=2, noorder=True, style='gmail', fmt='alt')

add('ptpt-mentiroso-muita-lata', 'lisboacraft', ['offensive'], 'insulto ("mentiroso")', """Olá,

É preciso ter muita lata. A mochila foi verificada antes do envio e as fotos que mandou são de outra mochila. O senhor é um mentiroso e não vamos cair nessa.""", buyer="""A mochila descoseu no primeiro dia. Quero o dinheiro de volta e fico com ela.""", prod=2, sig='Lisboa Craft')

add('ptpt-vamos-denuncia-lo', 'douro', ['offensive'], 'ameaça de denúncia e processo', """Bom dia,

Se fizer acusações falsas desse tipo, vamos denunciá-lo às autoridades e à Amazon, e não hesitaremos em avançar com um processo. Está avisado.""", buyer="""Vou escrever em todo o lado que vendem loiça com chumbo.""", sig='Casa do Douro')

add('ptpt-segundo-pedido-opiniao', 'lisboacraft', ['repeat_request'], 'segundo pedido de opinião para a mesma encomenda', """Olá, $NAME,

Há algumas semanas perguntámos-lhe se podia deixar uma opinião na Amazon. Se ainda não teve oportunidade, ficaríamos muito gratos.

Cumprimentos,""", subj='Lembrete: a sua carteira em cortiça (encomenda $OID)', agent=1, pair='pt-carteira', seq=2, rr=True)

add('ptpt-sem-stock-aviso', 'douro', ['unpermitted_proactive'], 'aviso proativo de artigo esgotado', """Bom dia, $NAME,

Informamos que o azulejo decorativo emoldurado se encontra esgotado de momento. Voltaremos a contactá-lo quando houver stock.

Com os melhores cumprimentos,""", subj='Informação sobre a encomenda $OID', prod=2)

add('ptpt-site-www-cuidados', 'douro', ['external_link'], 'domínio www num conselho útil', """Olá, $NAME,

A travessa pode ir ao forno até 220 °C, mas deve entrar com o forno ainda frio. Mais dicas de utilização em www.casadodouro-loja.pt/cuidados.

Cumprimentos,""", buyer="""A travessa pode ir ao forno?""", style='gmail')

add('ptpt-pedido-sem-numero-encomenda', 'lisboacraft', ['missing_order_id'], 'pedido de opinião proativo sem número de encomenda', """Olá, $NAME,

As suas bases em cortiça foram entregues há poucos dias. Se tiver um momento, agradecíamos a sua opinião sobre o produto na Amazon.

Cumprimentos,""", subj='As suas bases em cortiça', prod=1, style='freshdesk', rr=True)

add('ptpt-email-entidades-html', 'lisboacraft', ['contact_email'], 'obfuscated (e-mail com entidades HTML, só na parte HTML)', """Olá, $NAME,

Sim, fazemos gravação de iniciais na aba da mochila. Para pedidos personalizados, escreva-nos por e-mail.

Cumprimentos,""", buyer="""Fazem mochilas personalizadas com iniciais?""", prod=2, noorder=True, fmt='alt',
    html_extra='\n<p>Endereço: encomendas&#64;lisboacraft&#46;pt</p>')

# ======================= More compliant hard negatives (all languages) =====================

add('en-tiktok-filming-use-case', 'brightwick', [], 'TikTok and Instagram Reels named as a use case, no handle or invitation', """Hi $NAME,

It works well for short videos. At full brightness the lamp gives about 350 lumens at 2700 K, which is warm and flattering on camera; a lot of customers use it as a key light for TikTok or Instagram Reels clips at a desk.

If your phone camera makes the light look too orange, lower the brightness one step; that usually fixes it.

Warm regards,""", buyer="""Is the lamp bright enough to use as a light for filming TikTok videos at my desk?""", prod=1, noorder=True, fmt='alt')

add('en-uk-penistone-returns-address', 'kettleandkin', [], 'UK return address in Penistone with postcode (substring trap)', """Dear $NAME,

I'm sorry the kettle's handle is loose. Please send it back to the address below and we'll send a new kettle as soon as it arrives:

Kettle & Kin Returns
Unit 12, Bridge Street
Penistone S36 6AB

Keep your proof of postage; we'll refund the postage cost with the replacement.

Kind regards,""", buyer="""The handle on the kettle has come loose after a week.""")

add('en-asin-sku-ean-variant-answer', 'voltnest', [], 'answers a question about another variant with its ASIN, SKU and EAN (no link)', """Hi $NAME,

The black version is sold as a separate listing, so it has its own identifiers:
ASIN B0D2BLK345, SKU VN-GAN65-BLK, EAN 5060123456782.

It's identical to the white one apart from the colour, and uses the same cables.

Best,""", buyer="""Is the charger also available in black? I can only see white.""", noorder=True, style='zendesk')

add('en-spacer-gif-inline-cid', 'pawsome', [], 'a 1x1 spacer GIF included as an inline cid: part (not a remote image)', """Hi $NAME,

The Medium bed fits dogs up to 50 lb and measures 30 x 20 inches. The cover zips off and can be machine washed on cold.

Best,""", buyer="""Will the medium bed fit a 45 lb beagle mix?""", prod=2, noorder=True, fmt='alt',
    html_extra='\n<p><img src="cid:spacer@pawsome-pantry.example" width="1" height="1" alt=""></p>',
    inline=[('spacer@pawsome-pantry.example', 'spacer.gif', 'image/gif', gif(1, 1, transparent=True))])

add('en-uppercase-relay-address', 'trailforge', [], 'relay address in upper case in To:', """Hi $NAME,

The stuff sack is 18 x 6 inches and the whole pad weighs 14 oz. It fits in the side pocket of most 40 L packs.

Best,""", buyer="""How big is the pad when packed?""", prod=2, to_upper=True, style='freshdesk')

add('en-uk-one-star-threat-replacement', 'moorland', [], 'buyer threatens 1 star and to report the shop; replacement sent, no mention of reviews', """Hi $NAME,

I'm sorry the gloves have a dropped stitch on the thumb. That's a fault, and a replacement pair left our workshop this morning by Royal Mail Tracked 48, tracking number QW301948822GB.

Please keep or recycle the faulty pair - there's no need to send them back.

Best,""", buyer="""The gloves have a hole in the thumb already. Send a replacement or I'm leaving 1 star and reporting you to Amazon.""", prod=2, style='gmail', fmt='alt')

add('en-long-reply-many-identifiers', 'brightwick', [], 'long reply dense with allowed identifiers: order id, invoice, RMA, UPS tracking, prices, dates, times, Amazon returns link', """Hi $NAME,

Thanks for your patience while I looked into this. Here's a summary of everything on order $OID:

1. The lamp you received (model BW-TL-30, serial BW2405-118273) has a faulty dimmer, so we're replacing it under warranty.
2. The replacement ships today by UPS, tracking number 1Z9A31X70321588346, and is due on Thursday, June 13, between 10:30 AM and 2:30 PM.
3. For the faulty lamp, please start a return from the Amazon returns center and choose "Defective": https://www.amazon.com/gp/css/returns/homepage.html
   Our internal reference is RMA-BW-240611-07; you don't need to write it anywhere, it just helps if you contact us again.
4. Because the replacement was delayed by two days, I've refunded the $8.99 expedited shipping you paid. Your invoice INV-2024-33812 has been updated to show a total of $64.00.

If anything doesn't arrive as described, reply here and I'll pick it up straight away.

Warm regards,""", buyer="""The dimmer on my lamp flickers at every setting except full brightness. I paid for expedited shipping too.""", prod=1, style='helpscout', fmt='alt')

add('de-garantiekarte-pdf', 'bergwerk', [], 'Garantiekarte als PDF', """Guten Tag $NAME,

die Garantiekarte liegt normalerweise unter dem Schaumstoffeinsatz im Koffer. Damit Sie sie nicht suchen müssen, hänge ich Ihnen eine Kopie als PDF an. Die Garantie beträgt 3 Jahre ab Kaufdatum.

Mit freundlichen Grüßen""", buyer="""Ich finde die Garantiekarte nicht. Wie lange ist die Garantie?""", style='outlook',
    atts=[PDF('Garantiekarte_Bergwerk.pdf', 'Bergwerk Garantiekarte', 'Garantie: 3 Jahre ab Kaufdatum')])

add('de-kundin-droht-ein-stern-erstattung', 'fahrradhof', [], 'Käuferin droht im Zitat mit 1 Stern; bedingungslose Erstattung ohne Bezug auf Bewertungen', """Hallo $NAME,

das tut mir leid. Ein Rücklicht, das nach zwei Wochen ausfällt, ist ein Garantiefall. Ich habe Ihnen den vollen Kaufpreis von 24,95 € erstattet; das Licht müssen Sie nicht zurückschicken.

Viele Grüße""", buyer="""Das Rücklicht geht nach zwei Wochen nicht mehr. Wenn ich nicht sofort mein Geld bekomme, gibt es einen Stern.""", style='helpscout')

add('de-foto-jpg-montage', 'fahrradhof', [], 'Foto als JPEG-Anhang', """Hallo $NAME,

im Anhang finden Sie ein Foto, wie der Schlauch richtig im Mantel liegt: Das Ventil gehört genau gegenüber dem Reifenlogo, dann finden Sie später Löcher leichter.

Viele Grüße""", buyer="""Wie herum gehört das Ventil beim Einbau?""", prod=1, fmt='alt',
    atts=[JPG('ventil-einbau.jpg', 96, 64, 71)])

add('fr-photo-jpeg-emballage', 'cuisinoa', [], 'photo JPEG en pièce jointe', """Bonjour $NAME,

Voici une photo de l'emballage d'origine avec le robot en place ; vous pouvez réutiliser le carton et les cales en mousse pour le retour.

Cordialement,""", buyer="""Comment remettre le robot dans son carton pour le retour ?""", prod=1, style='gmail', fmt='alt',
    atts=[JPG('emballage-robot.jpg', 80, 64, 72)])

add('fr-menace-avis-negatif-remboursement', 'atelierbrun', [], 'le client menace d\'un avis négatif ; remboursement sans condition et sans parler d\'avis', """Bonjour $NAME,

Vous avez raison : une boucle qui se détache au bout de trois jours est un défaut. Je vous ai remboursé intégralement les 39,90 € ; inutile de nous renvoyer la ceinture.

Cordialement,""", buyer="""La boucle s'est détachée au bout de trois jours. Remboursez-moi ou je laisse un avis négatif.""", prod=1, style='zammad')

add('fr-classe-energetique-robot', 'cuisinoa', [], 'question produit ; « classe », « consommation » (pièges de sous-chaîne)', """Bonjour $NAME,

Le robot consomme 1000 W au maximum, mais seulement 300 à 400 W en pétrissage normal. Il n'a pas de classe énergétique officielle, ce n'est pas obligatoire pour ce type d'appareil.

Cordialement,""", buyer="""Quelle est la consommation du robot ? Il est de quelle classe énergétique ?""", prod=1, noorder=True, style='helpscout')

add('es-amenaza-una-estrella-reembolso', 'solyluna', [], 'el comprador amenaza con una estrella; reembolso sin condiciones y sin mencionar valoraciones', """Hola $NAME:

Tiene razón, una cortina descosida no es aceptable. Le he reembolsado los 29,95 € completos; no hace falta que la devuelva.

Un saludo,""", buyer="""La cortina vino descosida. O me devolvéis el dinero o os pongo una estrella.""", prod=1, style='zendesk')

add('es-foto-jpg-montaje-broca', 'ferreteria', [], 'foto JPEG adjunta', """Hola $NAME:

Le adjunto una foto de cómo debe quedar la broca: introdúzcala hasta el fondo y apriete el portabrocas girando la corona hasta oír el clic.

Un saludo,""", buyer="""La broca se sale cuando taladro. ¿La estoy poniendo mal?""", style='gmail', fmt='alt',
    atts=[JPG('broca-montaje.jpg', 72, 48, 73)])

add('es-whatsapp-no-podemos', 'ferreteria', [], 'rechaza continuar por WhatsApp y responde en el mensaje', """Hola $NAME:

No podemos atenderle por WhatsApp ni por teléfono, pero le ayudo por aquí encantado.

La llave de 2,5 mm es la más pequeña del juego y va en el primer hueco del estuche. Si no estaba, se la enviamos hoy mismo.

Un saludo,""", buyer="""¿Os puedo escribir por WhatsApp? Me falta una llave y es más rápido.""", prod=1, style='gmail')

add('it-minaccia-recensione-rimborso', 'pelletteria', [], 'il cliente minaccia una recensione negativa; rimborso incondizionato', """Buongiorno $NAME,

ha ragione, una cucitura che si apre dopo pochi giorni è un difetto. Le ho rimborsato l'intero importo di 45,00 €; non serve restituire il portafoglio.

Cordiali saluti,""", buyer="""Il portafoglio si è scucito in tre giorni. Se non mi rimborsate scrivo una recensione pessima.""", prod=1, style='zendesk')

add('it-whatsapp-non-possiamo', 'casaverde', [], 'rifiuta WhatsApp e risponde nel messaggio', """Buongiorno $NAME,

non possiamo scriverle su WhatsApp, ma le rispondo volentieri qui.

Il rastrello ha il manico da 120 cm e i denti in acciaio zincato, quindi va bene anche per il terreno sassoso.

Cordiali saluti,""", buyer="""Posso scrivervi su WhatsApp? Ho una domanda sul rastrello.""", style='freshdesk')

add('it-garanzia-pdf', 'casaverde', [], 'certificato di garanzia PDF', """Buongiorno $NAME,

le allego il certificato di garanzia del vaso autoirrigante (2 anni). Lo conservi insieme alla conferma d'ordine di Amazon.

Cordiali saluti,""", buyer="""Mi potete mandare il certificato di garanzia del vaso?""", prod=2, fmt='alt',
    atts=[PDF('Garanzia_vaso_autoirrigante.pdf', 'Certificato di garanzia', 'Vaso autoirrigante 40 cm - 2 anni')])

add('ja-denwa-kotowari', 'hikari', [], '電話での対応を丁寧に断り、メッセージ内で回答', """$NAME様

恐れ入りますが、Amazonでご購入のお客様とはお電話でのやり取りができかねますため、こちらでご案内いたします。

HX-20の片耳モードは、右側のイヤホンのみケースから取り出すことでご利用いただけます。

よろしくお願いいたします。""", buyer="""電話で説明してもらえませんか？片耳だけで使いたいです。""", prod=1, style='freshdesk')

add('ja-hoshi1-odoshi-henkin', 'sakuradou', [], '購入者が星1つをほのめかす。評価に触れずに無条件で返金', """$NAME様

ご指摘のとおり、急須の注ぎ口に欠けがあるのは不良でございます。代金3,300円を全額返金いたしました。商品の返送は不要です。

大変申し訳ございませんでした。""", buyer="""注ぎ口が欠けています。すぐに返金しないなら星1つにします。""", prod=1, style='helpscout')

add('ja-torisetsu-pdf', 'hikari', [], '取扱説明書PDF(日本語ファイル名)', """$NAME様

取扱説明書をPDFにて添付いたします。急速充電の設定は8ページに記載しております。

よろしくお願いいたします。""", buyer="""取扱説明書をなくしてしまいました。""", fmt='alt',
    atts=[PDF('取扱説明書_モバイルバッテリー.pdf', 'Mobile Battery 10000mAh - Manual', 'Fast charging: page 8')])

add('nl-dreigt-een-ster-terugbetaling', 'tulpenhuis', [], 'klant dreigt met 1 ster; volledige terugbetaling zonder voorwaarde', """Beste $NAME,

Een kaars die na twee uur al dooft, is niet in orde. Ik heb het volledige bedrag van € 19,95 aan u terugbetaald; u hoeft niets terug te sturen.

Met vriendelijke groet,""", buyer="""De kaars dooft steeds na twee uur. Ik wil mijn geld terug, anders geef ik 1 ster.""", prod=1, style='gmail')

add('nl-whatsapp-niet-mogelijk', 'fietsfabriek', [], 'weigert WhatsApp en antwoordt in het bericht', """Hoi $NAME,

Via WhatsApp kunnen we helaas niet met Amazon-klanten communiceren, maar ik help je graag hier.

Het slot past om de meeste framebuizen tot 6 cm; bij een dikkere buis kun je het beter om het achterwiel en de achtervork leggen.

Groeten,""", buyer="""Kan ik jullie even appen? Ik weet niet hoe ik het slot om mijn frame krijg.""", style='freshdesk')

add('nl-foto-jpg-montage', 'fietsfabriek', [], 'foto als JPEG-bijlage', """Hoi $NAME,

Op de foto in de bijlage zie je hoe de achterlamp op de spatbordbeugel hoort: met de rubberen band onder de beugel door en de klem naar achteren.

Groeten,""", buyer="""Hoe bevestig ik de achterlamp op het spatbord?""", prod=2, fmt='alt',
    atts=[JPG('achterlamp-montage.jpg', 80, 56, 74)])

add('pl-grozi-opinia-zwrot', 'mazurka', [], 'kupujący grozi negatywną opinią; bezwarunkowy zwrot pieniędzy', """Dzień dobry,

ma Pan rację, mata nie powinna się rozwarstwiać po tygodniu. Zwróciliśmy pełną kwotę 129,00 zł; matę może Pan zatrzymać albo zutylizować.

Z poważaniem,""", buyer="""Mata się rozwarstwia po tygodniu. Oddajcie pieniądze, bo wystawię najgorszą opinię.""", style='helpscout')

add('pl-karta-gwarancyjna-pdf', 'mazurka', [], 'karta gwarancyjna w PDF', """Dzień dobry,

w załączniku przesyłamy kartę gwarancyjną do hantli. Gwarancja obowiązuje 24 miesiące od daty zakupu.

Pozdrawiamy,""", buyer="""Czy mogę dostać kartę gwarancyjną do hantli?""", prod=1, fmt='alt',
    atts=[PDF('Karta_gwarancyjna.pdf', 'Karta gwarancyjna - Hantle winylowe 2 x 5 kg', 'Gwarancja: 24 miesiace')])

add('pl-sklad-wosku-pytanie', 'bursztyn', [], 'pytanie o skład bez numeru zamówienia', """Dzień dobry,

świeca jest w 100% z wosku sojowego, z bawełnianym knotem i naturalnymi olejkami eterycznymi (bursztyn, wanilia, drzewo sandałowe). Nie zawiera parafiny.

Pozdrawiamy,""", buyer="""Z czego jest zrobiona świeca? Czy zawiera parafinę?""", prod=1, noorder=True, style='gmail')

add('sv-hotar-en-stjarna-aterbetalning', 'skargard', [], 'kunden hotar med en stjärna; full återbetalning utan villkor', """Hej $NAME,

Du har rätt, en bräda som spricker efter en vecka är felaktig. Vi har betalat tillbaka hela beloppet, 349 kr. Du behöver inte skicka tillbaka den.

Vänliga hälsningar,""", buyer="""Brädan sprack efter en vecka. Pengarna tillbaka, annars blir det en stjärna.""", prod=2, style='helpscout')

add('sv-bruksanvisning-pdf', 'fjallbo', [], 'bruksanvisning som pdf', """Hej $NAME,

Här kommer bruksanvisningen som pdf. Monteringen av skärmen beskrivs på sidan 2.

Vänliga hälsningar,""", buyer="""Jag har tappat bort bruksanvisningen till bordslampan.""", fmt='alt',
    atts=[PDF('Bruksanvisning_bordslampa.pdf', 'Fjallbo Bordslampa - Bruksanvisning', 'Montering av skarm: sida 2')])

add('sv-whatsapp-inte-mojligt', 'fjallbo', [], 'avböjer WhatsApp och svarar i meddelandet', """Hej $NAME,

Vi kan tyvärr inte ha kontakt med Amazon-kunder via WhatsApp, men jag svarar gärna här.

Taklampan väger 1,2 kg och levereras med 1,5 m textilkabel som går att korta.

Vänliga hälsningar,""", buyer="""Kan jag skriva till er på WhatsApp istället? Har några frågor om taklampan.""", prod=1, style='zendesk')

add('ptbr-ameaca-1-estrela-reembolso', 'ipanema', [], 'comprador ameaça dar 1 estrela; reembolso sem condições', """Olá, $NAME,

Você tem razão, um carregador que para de funcionar em uma semana está com defeito. Já reembolsamos o valor total de R$ 89,90; não é preciso devolver.

Atenciosamente,""", buyer="""O carregador parou de funcionar em uma semana. Quero meu dinheiro de volta ou vou dar 1 estrela.""", prod=1, style='gorgias')

add('ptbr-manual-pdf', 'ipanema', [], 'manual em PDF anexado', """Olá, $NAME!

Segue o manual do fone em PDF. O pareamento com dois aparelhos ao mesmo tempo está explicado na página 5.

Atenciosamente,""", buyer="""Vocês têm o manual do fone em português?""", fmt='alt',
    atts=[PDF('Manual_IP-5.pdf', 'Ipanema Tech IP-5 - Manual', 'Pareamento multiponto: pagina 5')])

add('ptbr-instagram-nao-podemos', 'cantinho', [], 'recusa continuar pelo Instagram e responde na mensagem', """Olá, $NAME!

Não conseguimos atender pelo Instagram, mas respondo aqui mesmo.

O vaso de 20 cm comporta mudas de até 15 cm de altura, e o reservatório dura de 7 a 10 dias no verão.

Abraços,""", buyer="""Posso mandar direct no Instagram de vocês? Tenho dúvidas sobre o vaso.""", style='zendesk')

add('ptpt-ameaca-avaliacao-reembolso', 'douro', [], 'cliente ameaça com má avaliação; reembolso sem condições', """Bom dia, $NAME,

Tem toda a razão, uma caneca com o vidrado estalado não deveria ter saído da oficina. Já reembolsámos o valor total de 32,00 €; não precisa de devolver.

Com os melhores cumprimentos,""", buyer="""Uma caneca veio com o vidrado estalado. Ou me devolvem o dinheiro ou deixo uma avaliação péssima.""", prod=1)

add('ptpt-instrucoes-cuidado-pdf', 'lisboacraft', [], 'instruções de cuidado em PDF', """Olá, $NAME,

Segue em anexo o guia de cuidados da cortiça em PDF. Resumindo: pano húmido, sabão neutro e nada de máquina de lavar.

Cumprimentos,""", buyer="""Têm instruções de limpeza para a mochila?""", prod=2, fmt='alt',
    atts=[PDF('Cuidados_cortica.pdf', 'Lisboa Craft - Cuidados com a cortica', 'Pano humido, sabao neutro')])

add('ptpt-foto-jpg-embalagem', 'douro', [], 'fotografia JPEG em anexo', """Olá, $NAME,

Envio em anexo uma fotografia de como a travessa deve ser embalada para a devolução, com o cartão canelado por baixo e dos lados.

Cumprimentos,""", buyer="""Como devo embalar a travessa para a devolver?""", style='gmail', fmt='alt',
    atts=[JPG('embalagem-travessa.jpg', 80, 48, 75)])

# ======================= More violations: structural categories in other languages ========

add('de-zaehlpixel-1x1', 'bergwerk', ['tracking_pixel'], '1x1-Zählpixel mit Empfänger-ID am Ende des HTML-Teils', """Hallo $NAME,

der Steckschlüsselsatz enthält Nüsse von 4 bis 32 mm in 1/4", 3/8" und 1/2". Eine Verlängerung für 1/2" liegt bei.

Viele Grüße""", buyer="""Sind auch 1/2-Zoll-Nüsse im Satz?""", prod=1, style='gmail', fmt='alt',
    html_extra='\n<img src="https://stats.bergwerk-mail.example/p.gif?r=$REL&amp;t=reply" width="1" height="1" alt="">')

add('fr-pixel-mandrill-ouverture', 'maisoncelest', ['tracking_pixel'], "pixel d'ouverture d'un traceur connu (Mandrill) avec identifiant", """Bonjour $NAME,

Oui, la nappe antitache passe en machine à 40 °C et ne se repasse pas ; étendez-la encore humide et elle sèchera sans plis.

Belle journée,""", buyer="""La nappe va-t-elle en machine ?""", prod=2, fmt='alt',
    html_extra='\n<img src="https://mandrillapp.com/track/open.php?u=30871546&amp;id=$REL" height="1" width="1" alt="">')

add('ja-kaifu-pixel', 'sakuradou', ['tracking_pixel'], '受信者IDを含む開封確認用の1x1画像', """$NAME様

有田焼の湯呑みは電子レンジ・食洗機ともにご使用いただけます。金彩のある商品はございませんのでご安心ください。

よろしくお願いいたします。""", buyer="""湯呑みは電子レンジで使えますか？""", fmt='alt',
    html_extra='\n<img src="https://open.sakuradou-mail.example/o/$REL/1.png" width="1" height="1" alt="">')

add('it-link-disiscrizione', 'casaverde', ['external_link', 'opt_out'], 'richiesta di recensione con link di disiscrizione', """Buongiorno $NAME,

speriamo che il vaso autoirrigante le dia soddisfazione. Se ha un momento, una sua recensione su Amazon ci farebbe piacere.

Non vuole più ricevere i nostri messaggi? Si disiscriva qui: https://news.casaverde-giardino.example/disiscrizione?u=$REL""", subj='Il suo vaso Casa Verde – ordine $OID', prod=2, fmt='alt', rr=True)

add('es-darse-de-baja-texto', 'solyluna', ['opt_out'], 'petición de valoración con instrucción de baja en el texto («responda BAJA»)', """Hola $NAME:

Esperamos que las toallas le estén gustando. Si tiene un momento, nos ayudaría mucho su valoración en Amazon.

Si no desea recibir más mensajes nuestros, responda a este correo con la palabra BAJA.

Un saludo,""", subj='Sus toallas Sol y Luna – pedido $OID', rr=True)

add('sv-list-unsubscribe-header', 'fjallbo', ['opt_out'], 'List-Unsubscribe-huvud på ett i övrigt korrekt svar', """Hej $NAME,

Ja, rottingskärmen kan dammas av med en mjuk borste eller dammsugarens borstmunstycke. Använd inte vatten.

Vänliga hälsningar,""", buyer="""Hur rengör jag rottingskärmen?""", prod=1, fmt='alt',
    headers=[('List-Unsubscribe', '<https://lists.fjallbo-design.example/unsub/$REL>')])

add('ptbr-descadastrar-link', 'cantinho', ['external_link', 'opt_out'], 'resposta com link de descadastro no rodapé', """Olá, $NAME!

O substrato já vem adubado e dura cerca de 6 meses antes de precisar de reforço.

Abraços,

Não quer mais receber nossos e-mails? Descadastre-se: https://envios.cantinhoverde.example/descadastrar?c=$REL""", buyer="""O substrato já vem com adubo?""", prod=2, fmt='alt', sig=False)

add('fr-piece-jointe-html', 'cuisinoa', ['attachment'], 'pièce jointe HTML', """Bonjour $NAME,

Je vous joins notre fiche recettes (page HTML à ouvrir dans votre navigateur) avec les réglages de vitesse pour chaque pâte.

Bonne pâtisserie,""", buyer="""Quelle vitesse pour une pâte à brioche ?""", prod=1, fmt='alt',
    atts=[('fiche-recettes.html', 'text/html; charset="utf-8"', '<!DOCTYPE html><html><body><h1>Fiche recettes</h1><p>Brioche : vitesse 2, 8 minutes.</p></body></html>\n'.encode('utf-8'))])

add('ja-xlsx-tenpu', 'hikari', ['attachment'], 'Excelファイル(xlsx)の添付', """$NAME様

対応機種の一覧をExcelファイルにてお送りいたします。ご確認ください。

よろしくお願いいたします。""", buyer="""このバッテリーに対応している機種を教えてください。""", fmt='alt',
    atts=[('対応機種一覧.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx([['機種', '対応'], ['iPhone 15', '○'], ['Pixel 8', '○']]))])

add('es-jpg-que-es-png', 'ferreteria', ['attachment'], 'adjunto con nombre .jpg cuyo contenido es un PNG (el contenido no coincide con el nombre)', """Hola $NAME:

Le adjunto una imagen con la posición correcta del nivel en el trípode.

Un saludo,""", buyer="""¿Cómo se coloca el nivel en el trípode?""", prod=2, style='zammad', fmt='alt',
    atts=[('posicion-tripode.jpg', 'image/jpeg', png(64, 48, 77))])

add('nl-heic-foto', 'fietsfabriek', ['attachment'], 'HEIC-foto als bijlage (geen toegestaan type)', """Hoi $NAME,

Ik stuur je een foto van hoe de tas aan de drager hangt; zo zie je waar de onderste haak moet zitten.

Groeten,""", buyer="""Waar moet de onderste haak van de tas precies zitten?""", prod=1, fmt='alt',
    atts=[('IMG_4821.HEIC', 'image/heic', heic())])

add('sv-fyra-teckenstorlekar', 'skargard', ['styling'], 'fyra olika teckenstorlekar i HTML-delen', """Hej $NAME,

Knivarna ska handdiskas och torkas direkt. Slipa dem med slipstål en gång i veckan.

Vänliga hälsningar,""", buyer="""Hur sköter jag damaskusknivarna?""", prod=1, fmt='alt',
    html_body="""<p style="font-size:20px">Hej $NAME,</p>
<p style="font-size:15px">Knivarna ska handdiskas och torkas direkt.</p>
<p style="font-size:12px">Slipa dem med slipstål en gång i veckan.</p>
<p style="font-size:10px">Vänliga hälsningar,</p>""")

add('es-lineas-en-blanco', 'solyluna', ['styling'], 'más de dos líneas en blanco seguidas en el texto', """Hola $NAME:

La funda nórdica de 150 es para camas de 135 a 150 cm.




Un saludo,""", buyer="""¿La funda de 150 sirve para una cama de 135?""", prod=2, noorder=True, style='freshdesk')

add('it-immagine-http-firma', 'pelletteria', ['styling'], 'immagine della firma caricata via http: (non sicuro), senza id destinatario', """Buongiorno $NAME,

la borsa misura 28 x 20 x 9 cm e ci sta comodamente un tablet da 10 pollici.

Cordiali saluti,""", buyer="""Nella borsa ci sta un tablet da 10 pollici?""", noorder=True, fmt='alt',
    sig_html='<p>Marco Bellini<br>\nPelletteria Arno – Servizio clienti<br>\n<img src="http://img.pelletteria-arno.example/firma/logo-arno.png" width="150" height="40" alt="Pelletteria Arno"></p>')

add('ptpt-emoji-resposta', 'douro', ['styling'], 'emoji numa resposta', """Olá, $NAME,

Que bom saber que as canecas chegaram inteiras! 😍 Bom proveito ☕

Cumprimentos,""", buyer="""As canecas chegaram e são lindas!""", prod=1, style='gmail', fmt='alt')

add('ja-emoji-ojigi', 'sakuradou', ['styling'], '絵文字を含む返信', """$NAME様

ご丁寧にありがとうございます🙇 湯呑みを気に入っていただけて、スタッフ一同うれしく思っております🍵""", buyer="""湯呑み、とても気に入りました。""", fmt='alt')

add('nl-important-alleen-bedankt', 'tulpenhuis', ['important_tag', 'unpermitted_proactive'], '[Important] op een proactief bedankje', """Beste $NAME,

Hartelijk dank dat u voor Tulpenhuis Wonen hebt gekozen. We hopen dat u lang van uw dekbedovertrek geniet.

Met vriendelijke groet,""", subj='[Important] Bedankt voor uw bestelling $OID')

add('sv-important-recensionsforfragan', 'fjallbo', ['important_tag'], '[Important] på en neutral förfrågan om recension', """Hej $NAME,

Din taklampa levererades för en vecka sedan. Om du har en stund uppskattar vi en recension på Amazon.

Vänliga hälsningar,""", subj='[Important] Din taklampa – order $OID', prod=1, rr=True)

add('pl-link-sledzenia-inpost', 'mazurka', ['external_link'], 'link do strony śledzenia przesyłki przewoźnika', """Dzień dobry,

przesyłka jest już w drodze. Status można sprawdzić tutaj: https://inpost.pl/sledzenie-przesylek?number=680000001234567890123400

Pozdrawiamy,""", buyer="""Kiedy dotrze moja mata?""", style='gmail')

add('de-amazon-shop-link-sortiment', 'fahrradhof', ['external_link', 'marketing'], 'Amazon-Storefront-Link (/s?me=) mit Werbung für das übrige Sortiment', """Hallo $NAME,

das Rücklicht passt auch an Gepäckträger mit 5 oder 8 cm Lochabstand. Unser komplettes Sortiment mit passenden Frontlichtern und Sets finden Sie hier:
https://www.amazon.de/s?me=A3FAHRRADHOF7L&marketplaceID=A1PA6795UKMFR9

Viele Grüße""", buyer="""Passt das Rücklicht an einen Gepäckträger mit 5 cm Lochabstand?""", noorder=True)

# ======================= Order-id edge cases for proactive messages ========================

add('en-mistyped-order-id-3-6-7', 'voltnest', ['missing_order_id'], 'proactive review request whose only "order id" is mistyped (3-6-7 digits)', """Hi $NAME,

Thanks again for your order 112-345678-1234567. If you have a moment, we'd appreciate a review of the charger on Amazon.

Best,""", subj='Your VoltNest charger', rr=True)

add('de-nur-asin-keine-bestellnummer', 'nordlicht', ['missing_order_id'], 'proaktive Rückfrage zu einer Retoure mit ASIN, aber ohne Bestellnummer', """Guten Tag $NAME,

Ihre Rücksendung der Kaffeemühle (ASIN $ASIN) ist bei uns eingegangen, allerdings fehlt der Mahlgradring. Haben Sie ihn eventuell separat verschickt oder noch zu Hause?

Mit freundlichen Grüßen""", subj='Rückfrage zu Ihrer Rücksendung', prod=1)

add('nl-factuur-zonder-bestelnummer', 'tulpenhuis', ['missing_order_id'], 'proactief factuurbericht met alleen een factuurnummer, geen bestelnummer', """Beste $NAME,

In de bijlage vindt u factuur TH-2024-0298 voor uw aankoop.

Met vriendelijke groet,""", subj='Uw factuur TH-2024-0298', prod=1,
    atts=[PDF('Factuur_TH-2024-0298.pdf', 'Factuur TH-2024-0298', 'Geurkaars Vijg & Ceder   19,95 EUR')])

add('pl-adres-bez-numeru-zamowienia', 'mazurka', ['missing_order_id'], 'proaktywnie: problem z adresem (dozwolony powód), ale bez numeru zamówienia', """Dzień dobry,

w adresie dostawy brakuje numeru mieszkania, a kurier nie może doręczyć paczki bez tej informacji. Prosimy o podanie pełnego adresu w odpowiedzi na tę wiadomość.

Pozdrawiamy,""", subj='Brakujący numer mieszkania', prod=1)

add('ptbr-endereco-incompleto-sem-pedido', 'cantinho', ['missing_order_id'], 'proativo: endereço incompleto (motivo permitido), mas sem número do pedido', """Olá, $NAME!

No endereço de entrega está faltando o número da casa, e a transportadora não consegue entregar assim. Pode nos responder com o endereço completo?

Abraços,""", subj='Endereço de entrega incompleto', style='gmail')

add('en-proactive-order-id-in-body-only', 'pawsome', [], 'permitted proactive return question; order id only in the body, generic subject', """Hi $NAME,

We've received the return for order $OID, but the box contained the Large bowl rather than the Medium one we sent you. Could you check whether the Medium bowl is still at home? Once we know, we'll process your refund straight away.

Thanks,""", subj='A question about your return', style='helpscout')

add('pl-important-brak-numeru-mieszkania', 'bursztyn', [], '[Important] poprawnie: problem z adresem, numer zamówienia w temacie', """Dzień dobry,

w adresie dostawy brakuje numeru mieszkania, a kurier nie doręczy paczki bez tej informacji. Prosimy o podanie pełnego adresu w odpowiedzi – wyślemy koc od razu.

Pozdrawiamy,""", subj='[Important] Adres dostawy – zamówienie $OID', style='gmail')

add('ptbr-pergunta-devolucao-proativa', 'ipanema', [], 'proativo permitido: pergunta sobre uma devolução, número do pedido no assunto', """Olá, $NAME,

Recebemos a devolução do fone, mas o estojo de carregamento não veio na caixa. Ele ficou com você? Assim que soubermos, finalizamos o reembolso.

Atenciosamente,""", subj='Sobre a devolução do pedido $OID')

add('sv-important-adressproblem', 'fjallbo', [], '[Important] korrekt: adressproblem, ordernummer i ämnet', """Hej $NAME,

PostNord kan inte leverera din bordslampa eftersom lägenhetsnumret saknas i adressen. Kan du svara med hela adressen, så skickar vi om paketet direkt?

Vänliga hälsningar,""", subj='[Important] Adressen saknar lägenhetsnummer – order $OID', style='gmail')

add('it-important-personalizzazione-iniziali', 'pelletteria', [], '[Important] corretto: domanda di personalizzazione, numero d\'ordine nell\'oggetto', """Buongiorno $NAME,

ha scelto l'incisione delle iniziali sul portafoglio, ma il campo è rimasto vuoto. Quali iniziali desidera (massimo tre lettere)? Avviamo la lavorazione appena riceviamo la sua risposta.

Cordiali saluti,""", subj="[Important] Personalizzazione del suo ordine $OID", prod=1)

add('de-outlook-html-calibri-stilblock', 'bergwerk', ['styling'], 'Outlook-Word-HTML mit Calibri-/Farb-Stilblock; Inhalt sonst einwandfrei', """Guten Tag $NAME,

der Laser-Entfernungsmesser misst von 0,05 bis 40 m mit einer Genauigkeit von ±2 mm. Die beiden AAA-Batterien reichen für etwa 5000 Messungen.

Mit freundlichen Grüßen""", buyer="""Wie genau misst das Gerät auf 30 Meter?""", prod=2, noorder=True, fmt='alt')

add('pl-link-wypisania', 'bursztyn', ['external_link', 'opt_out'], 'prośba o opinię z linkiem do wypisania się', """Dzień dobry,

mamy nadzieję, że koc sprawdza się w chłodne wieczory. Jeśli znajdzie Pani/Pan chwilę, będziemy wdzięczni za opinię na Amazonie.

Nie chcesz otrzymywać od nas wiadomości? Wypisz się tutaj: https://newsletter.bursztynowy-dom.example/wypisz?id=$REL""", subj='Twój koc – zamówienie $OID', fmt='alt', rr=True)

add('ptpt-deixar-de-receber-texto', 'douro', ['opt_out'], 'pedido de opinião com instrução de cancelamento ("responda REMOVER")', """Bom dia, $NAME,

Esperamos que a travessa já esteja a fazer boa figura à mesa. Se tiver um momento, a sua opinião na Amazon ajudava-nos muito.

Para deixar de receber as nossas mensagens, responda a este e-mail com a palavra REMOVER.

Com os melhores cumprimentos,""", subj='A sua travessa Casa do Douro (encomenda $OID)', rr=True)

add('es-telegram-arroba', 'ferreteria', ['contact_other'], 'invita a escribir por Telegram a un usuario @', """Hola $NAME:

El juego incluye llaves de 1,5 a 10 mm. Si necesita medidas en pulgadas, escríbanos por Telegram a @ferreteriamontes y le decimos qué juego le sirve.

Un saludo,""", buyer="""¿Las llaves Allen vienen también en pulgadas?""", prod=1, noorder=True, style='gmail')

add('it-skype-assistenza', 'casaverde', ['contact_other'], 'propone un contatto Skype fuori da Amazon', """Buongiorno $NAME,

il tubo regge una pressione fino a 8 bar, quindi va bene con qualsiasi rubinetto domestico. Se vuole, possiamo mostrarle il montaggio in videochiamata: ci aggiunga su Skype, utente casaverde.assistenza.

Cordiali saluti,""", buyer="""Che pressione regge il tubo?""", prod=1)

add('ptpt-encontre-nos-facebook', 'lisboacraft', ['contact_other'], '"encontre-nos no Facebook" após uma resposta', """Olá, $NAME,

A carteira tem seis ranhuras para cartões e um bolso com fecho para moedas. Encontre-nos no Facebook, na página Lisboa Craft Cortiça, e fale connosco por lá sempre que quiser.

Cumprimentos,""", buyer="""Quantos cartões cabem na carteira?""", noorder=True, style='gmail')

add('es-llaves-allen-medidas', 'ferreteria', [], 'pregunta de producto sin número de pedido; medidas', """Hola $NAME:

El juego trae 9 llaves: 1,5 – 2 – 2,5 – 3 – 4 – 5 – 6 – 8 y 10 mm, de acero cromo-vanadio, con cabeza esférica en el lado largo.

Un saludo,""", buyer="""¿Qué medidas trae el juego de llaves Allen?""", prod=1, noorder=True, style='helpscout')

add('it-vaso-capienza-riserva', 'casaverde', [], 'domanda sul prodotto, misure e capacità', """Buongiorno $NAME,

il vaso da 40 cm ha una riserva d'acqua di 4,5 litri, che in estate dura circa 10-14 giorni. L'indicatore di livello sul bordo le mostra quando rabboccare.

Cordiali saluti,""", buyer="""Quanta acqua contiene la riserva del vaso da 40 cm?""", prod=2, noorder=True, style='gmail')

add('ptpt-canecas-capacidade', 'douro', [], 'pergunta sobre o produto, capacidade', """Olá, $NAME,

Cada caneca leva 350 ml até à borda, cerca de 300 ml com espaço para leite. Como são feitas à mão, pode haver uma diferença de 10 a 20 ml entre elas.

Cumprimentos,""", buyer="""Qual é a capacidade das canecas?""", prod=1, noorder=True, style='helpscout')

add('pl-grubosc-maty-odpowiedz', 'mazurka', [], 'pytanie o produkt, wymiary', """Dzień dobry,

mata ma 6 mm grubości, 183 x 61 cm i waży 1,1 kg. Do pilatesu i jogi w zupełności wystarczy; przy ćwiczeniach na kolanach polecamy złożyć ją na pół.

Pozdrawiamy,""", buyer="""Czy mata 6 mm nie jest za cienka do pilatesu?""", noorder=True, style='zendesk')

add('nl-dekbed-maat-vraag', 'tulpenhuis', [], 'productvraag met maten', """Beste $NAME,

Het overtrek van 200 x 220 cm past op een tweepersoonsdekbed van 200 x 200 of 200 x 220 cm. De instopstrook is 40 cm, zodat het dekbed niet verschuift.

Met vriendelijke groet,""", buyer="""Past het dekbedovertrek ook op een dekbed van 200 x 200?""", noorder=True, style='gmail')

add('sv-lampa-watt-fraga', 'fjallbo', [], 'produktfråga om sockel och effekt', """Hej $NAME,

Bordslampan har E14-sockel och klarar upp till 25 W, så en LED-lampa på 4–5 W räcker gott för läsljus.

Vänliga hälsningar,""", buyer="""Vilken sockel har bordslampan och hur stark lampa kan jag ha?""", noorder=True, style='gorgias')

# ---------------------------------------------------------------------------------------
# Ordering, writing, self-checks, counts
# ---------------------------------------------------------------------------------------

OID_RE = re.compile(r'(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])')
RELAY_RE = re.compile(r'@(m\.)?marketplace\.amazon\.[a-z.]+$', re.I)
AMZ_OK = re.compile(r'^https://(www\.amazon\.[a-z.]+/(gp/your-account/order-details|your-orders|review/create-review|hz/feedback|gp/help/customer|gp/css/returns)|sellercentral\.amazon\.[a-z.]+/)')
REWRITE_ONLY = {'tracking_pixel'}


def ordered_specs():
    specs = list(S)
    rng = random.Random(20240606)
    rng.shuffle(specs)
    groups = defaultdict(list)
    for pos, sp in enumerate(specs):
        if sp.get('pair'):
            groups[sp['pair']].append(pos)
    for key, poss in groups.items():
        members = sorted((specs[p] for p in poss), key=lambda sp: sp['seq'])
        assert len(members) == 2, key
        for p, m in zip(sorted(poss), members):
            specs[p] = m
    return specs


def decoded_texts(msg):
    out = [str(msg.get('Subject', ''))]
    for part in msg.walk():
        if part.get_content_maintype() == 'text' and not part.get_filename():
            out.append(part.get_content())
    return out


def lint_compliant(name, msg, texts):
    """Catch authoring mistakes in compliant messages (not a detector: a guard for this file)."""
    probs = []
    for t in texts:
        for m in re.finditer(r'(?:https?://|www\.)[^\s<>"\')]+', t):
            u = m.group(0)
            if not AMZ_OK.match(u):
                probs.append('url ' + u)
        for m in re.finditer(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+', t):
            a = m.group(0)
            if not RELAY_RE.search(a) and not a.endswith('amazonses.com') and '@2x.png' not in a and not a.startswith('logo'):
                if not re.search(r'cid:' + re.escape(a), t):
                    probs.append('addr ' + a)
        if re.search('[\U0001F300-\U0001FAFF\u2600-\u27BF]', t):
            probs.append('emoji')
        if re.search(r'(?i)font-family|text-align|color:|display:none|font-size|http://', t):
            probs.append('style')
        if '\n\n\n\n' in t.replace('\r', ''):
            probs.append('blank run')
    assert not probs, (name, probs)


def main():
    msgdir = os.path.join(HERE, 'msgs')
    if os.path.isdir(msgdir):
        shutil.rmtree(msgdir)
    os.makedirs(msgdir)
    specs = ordered_specs()
    slugs = Counter(sp['slug'] for sp in specs)
    assert max(slugs.values()) == 1, [s for s, c in slugs.items() if c > 1]
    labels_out, metas = [], []
    ledger = set()
    for n, sp in enumerate(specs, 1):
        raw, meta = build(sp, n)
        name = f"msgs/{n:04d}-{sp['slug']}.eml"
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(raw)
        cats = [c for c in CATS if c in sp['labels']]
        if meta['style'] == 'outlook' and meta['fmt'] != 'text':
            assert 'styling' in cats, (name, 'Outlook HTML carries its Calibri style block')
        # ---- self-checks
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        defects = list(msg.defects) + [d for p in msg.walk() for d in p.defects]
        assert not defects, (name, defects)
        texts = decoded_texts(msg)
        is_reply = bool(msg['In-Reply-To'] or msg['References']) or bool(
            re.match(r'^\s*(\[[^\]]*\]\s*)?(re|aw|sv|r|res|odp|antw)\s?:', str(msg['Subject']), re.I))
        assert is_reply == (meta['kind'] == 'reply'), (name, 'kind')
        full = '\n'.join(texts)
        if meta['kind'] == 'proactive':
            has_oid = bool(OID_RE.search(full))
            assert has_oid != ('missing_order_id' in cats), (name, 'order id')
        else:
            assert 'missing_order_id' not in cats and 'unpermitted_proactive' not in cats, name
        if not cats:
            lint_compliant(name, msg, texts)
            nonbody = [p for p in msg.walk() if p.get_content_disposition() in ('attachment', 'inline')]
            assert len(nonbody) <= 5, name
        if sp.get('rr'):
            repeat = meta['oid'] in ledger
            assert repeat == ('repeat_request' in cats), (name, 'ledger')
            if set(cats) <= REWRITE_ONLY | {'repeat_request'} and 'repeat_request' not in cats:
                ledger.add(meta['oid'])
            elif not cats:
                ledger.add(meta['oid'])
        else:
            assert 'repeat_request' not in cats, name
        labels_out.append(dict(file=name, categories=cats, lang=meta['lang'], kind=meta['kind'], note=sp['note']))
        meta.update(file=name, cats=cats, size=len(raw), obf=sp['note'].startswith('obfuscated'))
        metas.append(meta)
    # order ids: unique except within a pair
    for oid, users in USED_OIDS.items():
        if len(users) > 1:
            pairs = {next(sp['pair'] for sp in S if sp['slug'] == u) for u in users}
            assert len(pairs) == 1 and None not in pairs, (oid, users)
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for row in labels_out:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    report(metas)


def report(metas):
    n = len(metas)
    comp = [m for m in metas if not m['cats']]
    viol = [m for m in metas if m['cats']]
    print(f'messages: {n}   compliant: {len(comp)}   violating: {len(viol)}   '
          f'obfuscated violations: {sum(m["obf"] for m in viol)}')
    print(f'compliant replies: {sum(m["kind"] == "reply" for m in comp)}   compliant proactive: {sum(m["kind"] == "proactive" for m in comp)}   '
          f'replies: {sum(m["kind"] == "reply" for m in metas)}   proactive: {sum(m["kind"] == "proactive" for m in metas)}')
    print('\nper category (messages / as only label / by language):')
    for c in CATS:
        ms = [m for m in viol if c in m['cats']]
        langs = Counter(m['variant'] for m in ms)
        print(f'  {c:22s} {len(ms):3d}  only {sum(len(m["cats"]) == 1 for m in ms):3d}   '
              + ', '.join(f'{k} {v}' for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))))
    print('\nper language (messages / compliant / violating):')
    for lang in ['en', 'de', 'fr', 'es', 'it', 'ja', 'nl', 'pl', 'sv', 'pt-BR', 'pt-PT']:
        ms = [m for m in metas if m['variant'] == lang]
        print(f'  {lang:6s} {len(ms):3d}  {sum(not m["cats"] for m in ms):3d}  {sum(bool(m["cats"]) for m in ms):3d}')
    print('\nlabels per violating message:', dict(sorted(Counter(len(m['cats']) for m in viol).items())))
    print('quoting style (replies):', dict(Counter(m['style'] for m in metas if m['kind'] == 'reply').most_common()))
    print('body format:', dict(Counter(m['fmt'] for m in metas).most_common()))
    print('charsets:', dict(Counter(m['cs'] for m in metas).most_common()))
    print('transfer encodings (text part):', dict(Counter(m['cte'] for m in metas).most_common()))
    print(f'CRLF messages: {sum(m["crlf"] for m in metas)}   with attachments: {sum(m["atts"] > 0 for m in metas)}   '
          f'with inline images: {sum(m["inline"] > 0 for m in metas)}   total size: {sum(m["size"] for m in metas) / 1e6:.1f} MB')
    print('all messages parsed with the email package, no MIME defects')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""heldout10: blind held-out set for bsm-guard.

One fictitious seller (Tarnwick Outdoor) and its outbox for June 2025 on nine Amazon
marketplaces (US, UK, CA, AU, IN, DE, FR, ES, IT). Standard library only, fixed seeds,
byte-identical output. Run:  python3 make.py   (writes msgs/, labels.jsonl, README.md
next to this file and exits 1 if the self-check fails).
"""
import base64, binascii, email, email.policy, hashlib, io, json, os, quopri, random, re, struct, sys, zipfile, zlib
from email.header import Header
from html import escape as hesc

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20250610)

# ---------------------------------------------------------------------------
# binary builders (all deterministic)
# ---------------------------------------------------------------------------

def png(w=16, h=16, rgb=(40, 90, 60), rgb2=None):
    raw = b''
    for y in range(h):
        raw += b'\x00'
        for x in range(w):
            c = rgb2 if (rgb2 and (x // 4 + y // 4) % 2) else rgb
            raw += bytes(c)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', binascii.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def gif(w=1, h=1, frames=((255, 255, 255),), transparent=False, delay=40):
    """GIF89a; several frames -> animated (NETSCAPE loop)."""
    pal = []
    for c in frames:
        if c not in pal:
            pal.append(c)
    while len(pal) < 4:
        pal.append((0, 0, 0))
    out = b'GIF89a' + struct.pack('<HHBBB', w, h, 0x80 | 0x01, 0, 0)  # 4-colour global table
    out += b''.join(bytes(c) for c in pal[:4])
    if len(frames) > 1:
        out += b'\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    for c in frames:
        idx = pal.index(c)
        out += b'\x21\xf9\x04' + bytes([0x01 if transparent else 0x00]) + struct.pack('<H', delay) + bytes([idx]) + b'\x00'
        out += b'\x2c' + struct.pack('<HHHHB', 0, 0, w, h, 0)
        # LZW, min code size 2: clear(4) before every pixel keeps width at 3 bits
        bits, nb, data = 0, 0, bytearray()
        def put(code):
            nonlocal bits, nb
            bits |= code << nb
            nb += 3
            while nb >= 8:
                data.append(bits & 0xff)
                bits >>= 8
                nb -= 8
        for _ in range(w * h):
            put(4)
            put(idx)
        put(5)
        if nb:
            data.append(bits & 0xff)
        out += b'\x02'
        for i in range(0, len(data), 255):
            blk = bytes(data[i:i + 255])
            out += bytes([len(blk)]) + blk
        out += b'\x00'
    return out + b'\x3b'


_DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
_DC_VALS = list(range(12))
_AC_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d]
_AC_VALS = bytes.fromhex(
    '01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a'
    '434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9'
    'aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9fa')


def jpeg(w=32, h=24, levels=(90, 140, 200)):
    """Baseline greyscale JPEG, one flat tone per 8x8 block (DC only)."""
    def huff(bits):
        codes, code, k = [], 0, 0
        for n in range(1, 17):
            for _ in range(bits[n - 1]):
                codes.append((code, n))
                code += 1
            code <<= 1
        return codes
    dc = dict(zip(_DC_VALS, huff(_DC_BITS)))
    ac = dict(zip(list(_AC_VALS), huff(_AC_BITS)))
    out = bytearray(b'\xff\xd8')
    out += b'\xff\xe0' + struct.pack('>H', 16) + b'JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00'
    out += b'\xff\xdb' + struct.pack('>H', 67) + b'\x00' + b'\x01' * 64
    out += b'\xff\xc0' + struct.pack('>HBHHB', 11, 8, h, w, 1) + b'\x01\x11\x00'
    out += b'\xff\xc4' + struct.pack('>H', 3 + 16 + 12) + b'\x00' + bytes(_DC_BITS) + bytes(_DC_VALS)
    out += b'\xff\xc4' + struct.pack('>H', 3 + 16 + len(_AC_VALS)) + b'\x10' + bytes(_AC_BITS) + _AC_VALS
    out += b'\xff\xda' + struct.pack('>HB', 8, 1) + b'\x01\x00\x00\x3f\x00'
    bitbuf, nbits, ent = 0, 0, bytearray()
    def put(v, n):
        nonlocal bitbuf, nbits
        for i in range(n - 1, -1, -1):
            bitbuf = (bitbuf << 1) | ((v >> i) & 1)
            nbits += 1
            if nbits == 8:
                ent.append(bitbuf)
                if bitbuf == 0xff:
                    ent.append(0)
                bitbuf, nbits = 0, 0
    prev = 0
    for by in range(h // 8):
        for bx in range(w // 8):
            lv = levels[(bx + by) % len(levels)]
            d = (lv - 128) * 8
            diff = d - prev
            prev = d
            a = abs(diff)
            cat = a.bit_length()
            c, n = dc[cat]
            put(c, n)
            if cat:
                put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
            c, n = ac[0]
            put(c, n)
    if nbits:
        put((1 << (8 - nbits)) - 1, 8 - nbits)
    out += ent + b'\xff\xd9'
    return bytes(out)


def pdf(lines, pad=0):
    """Minimal valid PDF with a text page; pad adds a stream of filler (for size tests)."""
    esc = lambda s: s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 11 Tf 56 780 Td 14 TL\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in lines) + 'ET\n'
    content = content.encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream']
    if pad:
        filler = (hashlib.sha256(b'tarnwick').digest() * (pad // 32 + 1))[:pad]
        objs.append(b'<< /Length %d >>\nstream\n' % len(filler) + filler + b'\nendstream')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return bytes(out)


def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def docx(text):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + ''.join('<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % hesc(l) for l in text.split('\n')) + '</w:body></w:document>')
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def xlsx():
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    wb = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Returns" sheetId="1"/></sheets></workbook>'
    return zipbytes([('[Content_Types].xml', ct), ('xl/workbook.xml', wb)])


def odt():
    return zipbytes([('mimetype', 'application/vnd.oasis.opendocument.text'),
                     ('content.xml', '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')])


def exe():
    stub = b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8' + b'\x00' * 43 + struct.pack('<I', 0x80)
    stub += b'\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$\x00\x00\x00\x00\x00\x00\x00'
    stub = stub.ljust(0x80, b'\x00')
    pe = b'PE\x00\x00' + struct.pack('<HHIIIHH', 0x14c, 1, 0x6842a1b0, 0, 0, 0xe0, 0x102)
    return (stub + pe).ljust(1024, b'\x00')


def mp4(brand=b'isom'):
    ftyp = b'ftyp' + brand + b'\x00\x00\x02\x00' + brand + b'iso2avc1mp41'
    box = struct.pack('>I', len(ftyp) + 4) + ftyp
    payload = hashlib.sha256(brand).digest() * 64
    return box + struct.pack('>I', len(payload) + 8) + b'mdat' + payload


def heic():
    ftyp = b'ftypheic\x00\x00\x00\x00mif1heicmiaf'
    return struct.pack('>I', len(ftyp) + 4) + ftyp + struct.pack('>I', 24) + b'meta' + b'\x00' * 16


def webp():
    vp8 = b'VP8L' + struct.pack('<I', 10) + b'\x2f\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    return b'RIFF' + struct.pack('<I', 4 + len(vp8)) + b'WEBP' + vp8


def rar():
    return b'Rar!\x1a\x07\x01\x00' + hashlib.sha256(b'rar').digest() * 8


def tiff():
    return b'II*\x00\x08\x00\x00\x00' + struct.pack('<H', 0) + b'\x00' * 8

# ---------------------------------------------------------------------------
# the shop, its markets, agents and products
# ---------------------------------------------------------------------------

MK = {
    'us': dict(lang='en', tld='com', tz=-4, pre=['111', '112', '113', '114'], copy='Amazon.com, 410 Terry Ave N, Seattle, WA 98109-5210'),
    'ca': dict(lang='en', tld='ca', tz=-4, pre=['701', '702'], copy='Amazon.com.ca ULC, 40 King Street W, 47th Floor, Toronto, Ontario M5H 3Y2'),
    'uk': dict(lang='en', tld='co.uk', tz=1, pre=['202', '203', '204', '205', '206', '026'], copy='Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg'),
    'au': dict(lang='en', tld='com.au', tz=10, pre=['249', '250', '503'], copy='Amazon Commercial Services Pty Ltd, Level 37, 2-26 Park Street, Sydney NSW 2000'),
    'in': dict(lang='en', tld='in', tz=5.5, pre=['171', '402', '403', '404', '405', '406', '407', '408'], copy='Amazon Seller Services Private Limited, Brigade Gateway, 8th Floor, 26/1 Dr. Rajkumar Road, Malleshwaram West, Bangalore 560055'),
    'de': dict(lang='de', tld='de', tz=2, pre=['302', '303', '304', '305', '306', '028'], copy='Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg'),
    'fr': dict(lang='fr', tld='fr', tz=2, pre=['171', '402', '403', '404', '405', '406', '407', '408'], copy='Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg'),
    'es': dict(lang='es', tld='es', tz=2, pre=['171', '402', '403', '404', '405', '406', '407', '408'], copy='Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo'),
    'it': dict(lang='it', tld='it', tz=2, pre=['171', '402', '403', '404', '405', '406', '407', '408'], copy='Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo'),
}

PROD = {
    'jacket': ('B0C7RT4LQ2', {
        'en': "Tarnwick Ridgeline Men's 3-Layer Waterproof Jacket, Slate Blue, L",
        'de': 'Tarnwick Ridgeline Herren 3-Lagen Regenjacke wasserdicht, Schieferblau, L',
        'fr': 'Tarnwick Ridgeline Veste imperméable 3 couches Homme, Bleu ardoise, L',
        'es': 'Tarnwick Ridgeline Chaqueta impermeable de 3 capas para hombre, Azul pizarra, L',
        'it': 'Tarnwick Ridgeline Giacca impermeabile 3 strati Uomo, Blu ardesia, L'}),
    'jacketw': ('B0C7RV2MX8', {
        'en': "Tarnwick Ridgeline Women's 3-Layer Waterproof Jacket, Heather, M",
        'de': 'Tarnwick Ridgeline Damen 3-Lagen Regenjacke, Heide, M',
        'fr': 'Tarnwick Ridgeline Veste imperméable 3 couches Femme, Bruyère, M',
        'es': 'Tarnwick Ridgeline Chaqueta impermeable de 3 capas para mujer, Brezo, M',
        'it': 'Tarnwick Ridgeline Giacca impermeabile 3 strati Donna, Erica, M'}),
    'poles': ('B0BX9M2KJ7', {
        'en': 'Tarnwick Fellstride Carbon Trekking Poles (Pair), Cork Grip, 105-135 cm',
        'de': 'Tarnwick Fellstride Carbon Trekkingstöcke (Paar), Korkgriff, 105-135 cm',
        'fr': 'Tarnwick Fellstride Bâtons de randonnée carbone (paire), poignée liège, 105-135 cm',
        'es': 'Tarnwick Fellstride Bastones de trekking de carbono (par), empuñadura de corcho, 105-135 cm',
        'it': 'Tarnwick Fellstride Bastoncini da trekking in carbonio (coppia), impugnatura in sughero, 105-135 cm'}),
    'headlamp': ('B0D1HK8ZP5', {
        'en': 'Tarnwick Lumen 900 Rechargeable Head Torch, 900 Lumen, IPX6',
        'de': 'Tarnwick Lumen 900 Stirnlampe wiederaufladbar, 900 Lumen, IPX6',
        'fr': 'Tarnwick Lumen 900 Lampe frontale rechargeable, 900 lumens, IPX6',
        'es': 'Tarnwick Lumen 900 Linterna frontal recargable, 900 lúmenes, IPX6',
        'it': 'Tarnwick Lumen 900 Torcia frontale ricaricabile, 900 lumen, IPX6'}),
    'powerbank': ('B0CQ4W7NTE', {
        'en': 'Tarnwick Kestrel 20000mAh Solar Power Bank, USB-C PD 22.5W',
        'de': 'Tarnwick Kestrel 20000mAh Solar-Powerbank, USB-C PD 22,5W',
        'fr': 'Tarnwick Kestrel Batterie externe solaire 20000 mAh, USB-C PD 22,5 W',
        'es': 'Tarnwick Kestrel Batería externa solar 20000 mAh, USB-C PD 22,5 W',
        'it': 'Tarnwick Kestrel Power bank solare 20000 mAh, USB-C PD 22,5 W'}),
    'tent': ('B0B8FJ2XQ9', {
        'en': 'Tarnwick Bothy 2 Person Backpacking Tent, 3-Season, 1.9 kg',
        'de': 'Tarnwick Bothy 2-Personen Trekkingzelt, 3-Jahreszeiten, 1,9 kg',
        'fr': 'Tarnwick Bothy Tente de randonnée 2 personnes, 3 saisons, 1,9 kg',
        'es': 'Tarnwick Bothy Tienda de trekking 2 personas, 3 estaciones, 1,9 kg',
        'it': 'Tarnwick Bothy Tenda da trekking 2 posti, 3 stagioni, 1,9 kg'}),
    'bottle': ('B0CZ5M1RDH', {
        'en': 'Tarnwick Cairn Insulated Bottle 750 ml, Personalised Engraving',
        'de': 'Tarnwick Cairn Isolierflasche 750 ml, mit persönlicher Gravur',
        'fr': 'Tarnwick Cairn Gourde isotherme 750 ml, gravure personnalisée',
        'es': 'Tarnwick Cairn Botella térmica 750 ml, grabado personalizado',
        'it': 'Tarnwick Cairn Borraccia termica 750 ml, incisione personalizzata'}),
    'socks': ('B0D3LT6WVA', {
        'en': 'Tarnwick Scree Merino Hiking Socks, 3 Pairs, Size 9-11',
        'de': 'Tarnwick Scree Merino Wandersocken, 3 Paar, Gr. 43-46',
        'fr': 'Tarnwick Scree Chaussettes de randonnée mérinos, 3 paires, taille 43-46',
        'es': 'Tarnwick Scree Calcetines de senderismo de merino, 3 pares, talla 43-46',
        'it': 'Tarnwick Scree Calze da trekking in merino, 3 paia, taglia 43-46'}),
    'pack': ('B0BV7N3QXC', {
        'en': 'Tarnwick Drover 65L Trekking Rucksack with Rain Cover, Moss',
        'de': 'Tarnwick Drover 65L Trekkingrucksack mit Regenhülle, Moos',
        'fr': 'Tarnwick Drover Sac à dos de trekking 65 L avec housse de pluie, Mousse',
        'es': 'Tarnwick Drover Mochila de trekking 65 L con funda de lluvia, Musgo',
        'it': 'Tarnwick Drover Zaino da trekking 65 L con copertura antipioggia, Muschio'}),
    'bag': ('B0C2PX8GKM', {
        'en': 'Tarnwick Windfall 700 Down Sleeping Bag, Comfort -5°C, Regular',
        'de': 'Tarnwick Windfall 700 Daunenschlafsack, Komfort -5°C, Regular',
        'fr': 'Tarnwick Windfall 700 Sac de couchage en duvet, confort -5 °C, Regular',
        'es': 'Tarnwick Windfall 700 Saco de dormir de plumón, confort -5 °C, Regular',
        'it': 'Tarnwick Windfall 700 Sacco a pelo in piuma, comfort -5 °C, Regular'}),
    'roofbox': ('B0D5YK2MFR', {
        'en': 'Tarnwick Skerry 420 L Roof Box, Dual-Side Opening, Matt Black',
        'de': 'Tarnwick Skerry 420 L Dachbox, beidseitig zu öffnen, mattschwarz',
        'fr': 'Tarnwick Skerry Coffre de toit 420 L, ouverture des deux côtés, noir mat',
        'es': 'Tarnwick Skerry Cofre de techo 420 L, apertura por ambos lados, negro mate',
        'it': 'Tarnwick Skerry Box da tetto 420 L, apertura bilaterale, nero opaco'}),
    'boots': ('B0C9GW5TZB', {
        'en': "Tarnwick Hillock Women's Waterproof Hiking Boots, UK 6 / EU 39",
        'de': 'Tarnwick Hillock Damen Wanderstiefel wasserdicht, Gr. 39',
        'fr': 'Tarnwick Hillock Chaussures de randonnée imperméables Femme, Pointure 39',
        'es': 'Tarnwick Hillock Botas de montaña impermeables para mujer, Talla 39',
        'it': 'Tarnwick Hillock Scarponi da trekking impermeabili Donna, Taglia 39'}),
    'stove': ('B0BQ3H7NVD', {
        'en': 'Tarnwick Trailhead Compact Gas Stove with Piezo Ignition',
        'de': 'Tarnwick Trailhead Kompakt-Gaskocher mit Piezozündung',
        'fr': 'Tarnwick Trailhead Réchaud à gaz compact avec allumage piézo',
        'es': 'Tarnwick Trailhead Hornillo de gas compacto con encendido piezoeléctrico',
        'it': 'Tarnwick Trailhead Fornello a gas compatto con accensione piezo'}),
    'giftset': ('B0D7GS4FRE', {
        'en': 'Tarnwick Trail Gift Box - Merino Socks + Enamel Mug (Free Engraving)',
        'de': 'Tarnwick Trail Geschenkbox - Merinosocken + Emaillebecher (Gravur gratis)',
        'fr': 'Tarnwick Coffret cadeau Trail - Chaussettes mérinos + Tasse émaillée (gravure offerte)',
        'es': 'Tarnwick Caja regalo Trail - Calcetines de merino + Taza esmaltada (grabado gratis)',
        'it': 'Tarnwick Confezione regalo Trail - Calze merino + Tazza smaltata (incisione gratuita)'}),
}

# helpdesk / client -> (From address, display, message-id style)
SENDERS = {
    'hs_us': ('support@tarnwick-outdoor.com', 'Tarnwick Outdoor Support', 'helpscout'),
    'hs_ca': ('canada@tarnwick-outdoor.com', 'Tarnwick Outdoor Canada', 'helpscout'),
    'fd_uk': ('help@tarnwick.co.uk', 'Tarnwick Outdoor UK', 'freshdesk'),
    'ost_au': ('support.au@tarnwick-outdoor.com', 'Tarnwick Outdoor AU', 'osticket'),
    'ost_in': ('care.in@tarnwick-outdoor.com', 'Tarnwick Outdoor India', 'osticket'),
    'zm_de': ('kundenservice@tarnwick.de', 'Tarnwick Outdoor Kundenservice', 'zammad'),
    'fs_fr': ('service.client@tarnwick.eu', 'Tarnwick Outdoor France', 'freescout'),
    'fs_es': ('atencion@tarnwick.eu', 'Tarnwick Outdoor España', 'freescout'),
    'fs_it': ('assistenza@tarnwick.eu', 'Tarnwick Outdoor Italia', 'freescout'),
    'outlook': ('gareth.lyle@tarnwick.co.uk', 'Gareth Lyle', 'outlook'),
    'iphone_it': ('matteo.sala@tarnwick.eu', 'Matteo Sala', 'iphone'),
    'gmail_au': ('jake.moreton.tarnwick@gmail.com', 'Jake Moreton', 'gmail'),
    'tb_de': ('j.brettschneider@tarnwick.de', 'Jonas Brettschneider', 'thunderbird'),
    'news': ('news@mail.tarnwick-outdoor.com', 'Tarnwick Outdoor', 'newsletter'),
    'ship': ('noreply@parcelpilot-notify.com', 'Tarnwick Outdoor via ParcelPilot', 'shipping'),
    'apple_uk': ('siobhan.carr@tarnwick.co.uk', 'Siobhan Carr', 'applemail'),
}

DEFAULT_SENDER = {'us': 'hs_us', 'ca': 'hs_ca', 'uk': 'fd_uk', 'au': 'ost_au', 'in': 'ost_in', 'de': 'zm_de', 'fr': 'fs_fr', 'es': 'fs_es', 'it': 'fs_it'}
DEFAULT_QUOTE = {'helpscout': 'hs', 'freshdesk': 'fd', 'osticket': 'gt', 'zammad': 'zammad', 'freescout': 'fs',
                 'outlook': 'outlook', 'iphone': 'apple', 'gmail': 'gmail', 'thunderbird': 'tb', 'applemail': 'apple',
                 'newsletter': 'none', 'shipping': 'none'}

# Signatures: plain text; html generated from it unless given in SIGHTML.
SIG = {
    'dana': 'Best,\nDana Whitfield\nCustomer Care | Tarnwick Outdoor',
    'marcus': '-- Marcus\nTarnwick Outdoor Support\nMon-Fri, 9am-5pm ET',
    'ellie': 'Thanks,\nEllie Bouchard\nTarnwick Outdoor Canada\nGST/HST 812345678 RT0001',
    'siobhan': ('Kind regards,\nSiobhan Carr\nCustomer Experience Team\n\nTarnwick Outdoor Ltd is registered in England and Wales, company no. 10482337. '
                'Registered office: Unit 7, Fellside Trade Park, Kendal LA9 7QT. VAT reg. no. GB 297 5521 38.'),
    'tom': 'Cheers\nTom\nTarnwick UK - Returns & Warehouse',
    'gareth': 'Regards\n\nGareth Lyle\nOperations Manager\nTarnwick Outdoor Ltd',
    'priya': 'Warm Regards,\nPriya R.\nTarnwick Outdoor - India Support Desk\n(Mon-Sat, 10:00-18:30 IST)\nGSTIN 29AAKCT4471M1Z6',
    'jake': 'Cheers,\nJake M.\nTarnwick Outdoor AU\nABN 51 824 753 556',
    'katrin': ('Mit freundlichen Grüßen\n\nKatrin Hollmann\nKundenservice\n\n--\nTarnwick Outdoor GmbH\nSpeicherstraße 14, 20457 Hamburg\n'
               'Geschäftsführer: Oliver Brandt\nAmtsgericht Hamburg, HRB 165432\nUSt-IdNr.: DE 318 472 905'),
    'jonas': 'Viele Grüße\nJonas\nTarnwick Kundenservice',
    'camille': ('Bien cordialement,\nCamille Roussel\nService client Tarnwick France\n'
                'Tarnwick Outdoor SAS - 12 rue des Tanneurs, 69002 Lyon - RCS Lyon 852 314 097 - TVA FR 41 852314097'),
    'lucia': 'Un saludo,\nLucía Ferrer\nAtención al cliente - Tarnwick España\nTarnwick Outdoor S.L. · CIF B-87654321 · C/ de la Ribera 27, 46002 Valencia',
    'giulia': 'Cordiali saluti,\nGiulia Bernardi\nAssistenza clienti Tarnwick Italia\nTarnwick Outdoor S.r.l. - Via Ventura 22, 20134 Milano - P.IVA IT 10573820963',
    'matteo': 'Un saluto,\nMatteo\n\nInviato da iPhone',
    'none': '',
}
SIGHTML = {}
AGENT_SENDER = {'dana': 'hs_us', 'marcus': 'hs_us', 'ellie': 'hs_ca', 'siobhan': 'fd_uk', 'tom': 'fd_uk', 'gareth': 'outlook',
                'priya': 'ost_in', 'jake': 'ost_au', 'katrin': 'zm_de', 'jonas': 'zm_de', 'camille': 'fs_fr', 'lucia': 'fs_es',
                'giulia': 'fs_it', 'matteo': 'iphone_it'}

# ---------------------------------------------------------------------------
# Amazon's localised buyer-message notification (what the agent's reply quotes)
# ---------------------------------------------------------------------------

AMZ = {
    'en': dict(dear='Dear Seller,', recv='You have received a message from Amazon customer {bn}.', oid='Order ID: {oid}',
               item='1 of Quantity 1 {prod} [ASIN: {asin}]', m1='------------- Message: -------------',
               m2='------------- End message -------------',
               fyi='For Your Information: To help arrive at a satisfactory resolution, Amazon customer service will evaluate this situation and may request your response or contact you at a later date.',
               resp='Respond to this message in Seller Central:', help='Was this email helpful?',
               prefs='To change which notifications you receive, go to Settings > Notification Preferences in Seller Central.',
               copy='Copyright 2025 Amazon, Inc. or its affiliates. All rights reserved.'),
    'de': dict(dear='Sehr geehrte Verkäuferin, sehr geehrter Verkäufer,', recv='Sie haben eine Nachricht von Amazon-Kunde {bn} erhalten.',
               oid='Bestellnummer: {oid}', item='1 von Menge 1 {prod} [ASIN: {asin}]', m1='------------- Nachricht: -------------',
               m2='------------- Ende der Nachricht -------------',
               fyi='Zu Ihrer Information: Um eine zufriedenstellende Lösung zu finden, prüft der Amazon-Kundenservice diese Situation und bittet Sie gegebenenfalls zu einem späteren Zeitpunkt um eine Stellungnahme.',
               resp='Auf diese Nachricht in Seller Central antworten:', help='War diese E-Mail hilfreich?',
               prefs='Unter Einstellungen > Benachrichtigungseinstellungen in Seller Central legen Sie fest, welche Benachrichtigungen Sie erhalten.',
               copy='Copyright 2025 Amazon.com, Inc. oder Tochtergesellschaften. Alle Rechte vorbehalten.'),
    'fr': dict(dear='Cher vendeur,', recv='Vous avez reçu un message du client Amazon {bn}.', oid='Numéro de commande : {oid}',
               item='1 sur Quantité 1 {prod} [ASIN: {asin}]', m1='------------- Message : -------------',
               m2='------------- Fin du message -------------',
               fyi="Pour information : afin de parvenir à une solution satisfaisante, le service client d'Amazon examinera cette situation et pourra vous demander une réponse ou vous contacter ultérieurement.",
               resp='Répondre à ce message dans Seller Central :', help='Cet e-mail vous a-t-il été utile ?',
               prefs='Pour modifier les notifications que vous recevez, accédez à Paramètres > Préférences de notification dans Seller Central.',
               copy='Copyright 2025 Amazon.com, Inc. ou ses filiales. Tous droits réservés.'),
    'es': dict(dear='Estimado vendedor:', recv='Has recibido un mensaje del cliente de Amazon {bn}.', oid='N.º de pedido: {oid}',
               item='1 de Cantidad 1 {prod} [ASIN: {asin}]', m1='------------- Mensaje: -------------',
               m2='------------- Finalizar mensaje -------------',
               fyi='Para tu información: para ayudar a llegar a una solución satisfactoria, el servicio de atención al cliente de Amazon evaluará esta situación y es posible que te pida una respuesta o se ponga en contacto contigo más adelante.',
               resp='Responder a este mensaje en Seller Central:', help='¿Te ha resultado útil este e-mail?',
               prefs='Para cambiar las notificaciones que recibes, ve a Configuración > Preferencias de notificación en Seller Central.',
               copy='Copyright 2025 Amazon.com, Inc. o sus afiliados. Todos los derechos reservados.'),
    'it': dict(dear='Gentile venditore,', recv='hai ricevuto un messaggio dal cliente Amazon {bn}.', oid='Numero ordine: {oid}',
               item='1 di Quantità 1 {prod} [ASIN: {asin}]', m1='------------- Messaggio: -------------',
               m2='------------- Fine messaggio -------------',
               fyi='Per tua informazione: per giungere a una soluzione soddisfacente, il Servizio Clienti Amazon valuterà la situazione e potrebbe chiederti una risposta o contattarti in un secondo momento.',
               resp='Rispondi a questo messaggio in Seller Central:', help='Questa e-mail ti è stata utile?',
               prefs='Per modificare le notifiche che ricevi, vai su Impostazioni > Preferenze di notifica in Seller Central.',
               copy='Copyright 2025 Amazon.com, Inc. o società affiliate. Tutti i diritti riservati.'),
}

ASUBJ = {
    'en': {'delivery': 'Order delivery inquiry from Amazon customer {bn} (Order: {oid})',
           'returns': 'Return policy inquiry from Amazon customer {bn} (Order: {oid})',
           'product': 'Product details inquiry from Amazon customer {bn} (Order: {oid})',
           'custom': 'Product customization inquiry from Amazon customer {bn} (Order: {oid})',
           'other': 'Inquiry from Amazon customer {bn} (Order: {oid})',
           'noorder': 'Product details inquiry from Amazon customer {bn}'},
    'de': {'delivery': 'Anfrage zur Lieferung von Amazon-Kunde {bn} (Bestellung: {oid})',
           'returns': 'Anfrage zu Rücksendungen von Amazon-Kunde {bn} (Bestellung: {oid})',
           'product': 'Anfrage zu Produktdetails von Amazon-Kunde {bn} (Bestellung: {oid})',
           'custom': 'Anfrage zur Produktanpassung von Amazon-Kunde {bn} (Bestellung: {oid})',
           'other': 'Anfrage von Amazon-Kunde {bn} (Bestellung: {oid})',
           'noorder': 'Anfrage zu Produktdetails von Amazon-Kunde {bn}'},
    'fr': {'delivery': 'Demande de renseignements sur la livraison de la part du client Amazon {bn} (Commande : {oid})',
           'returns': 'Demande concernant les retours de la part du client Amazon {bn} (Commande : {oid})',
           'product': 'Demande de détails sur le produit de la part du client Amazon {bn} (Commande : {oid})',
           'custom': 'Demande de personnalisation de la part du client Amazon {bn} (Commande : {oid})',
           'other': 'Demande de renseignements de la part du client Amazon {bn} (Commande : {oid})',
           'noorder': 'Demande de détails sur le produit de la part du client Amazon {bn}'},
    'es': {'delivery': 'Consulta sobre la entrega del pedido del cliente de Amazon {bn} (Pedido: {oid})',
           'returns': 'Consulta sobre la política de devoluciones del cliente de Amazon {bn} (Pedido: {oid})',
           'product': 'Consulta sobre detalles del producto del cliente de Amazon {bn} (Pedido: {oid})',
           'custom': 'Consulta sobre personalización del producto del cliente de Amazon {bn} (Pedido: {oid})',
           'other': 'Consulta del cliente de Amazon {bn} (Pedido: {oid})',
           'noorder': 'Consulta sobre detalles del producto del cliente de Amazon {bn}'},
    'it': {'delivery': "Richiesta sulla consegna dell'ordine dal cliente Amazon {bn} (Ordine: {oid})",
           'returns': 'Richiesta sulla politica di reso dal cliente Amazon {bn} (Ordine: {oid})',
           'product': 'Richiesta di dettagli sul prodotto dal cliente Amazon {bn} (Ordine: {oid})',
           'custom': 'Richiesta di personalizzazione dal cliente Amazon {bn} (Ordine: {oid})',
           'other': 'Richiesta dal cliente Amazon {bn} (Ordine: {oid})',
           'noorder': 'Richiesta di dettagli sul prodotto dal cliente Amazon {bn}'},
}
TOPIC_ASUBJ = {'late-delivery': 'delivery', 'delivery-scheduling': 'delivery', 'address': 'delivery', 'returns': 'returns',
               'refund': 'returns', 'damaged': 'other', 'sizing': 'product', 'product-question': 'product', 'warranty': 'other',
               'invoice': 'other', 'cancellation': 'other', 'customisation': 'custom', 'feedback': 'other', 'review-request': 'other',
               'followup': 'other', 'order-update': 'delivery', 'misc': 'other'}

BUYERS = {
    'en': ['Josh', 'Megan', 'Darren', 'Priyanka', 'Chloe', 'Hamish', 'Tyler', 'Aisha', 'Rob', 'Karen', 'Liam', 'Sunita', 'Brett',
           'Olivia', 'Nathan', 'Gemma', 'Rahul', 'Shauna', 'Connor', 'Dev', 'Bethany', 'Marco', 'Ian', 'Lakshmi', 'Wes', 'Fiona',
           'Harpreet', 'Zoe', 'Callum', 'Tasha', 'Andy', 'Mehul', 'Jodie', 'Stuart', 'Kayla', 'Neil', 'Ruth', 'Sean', 'Anjali', 'Trent'],
    'de': ['Klaus', 'Sabine', 'Jörg', 'Melanie', 'Tobias', 'Birgit', 'Dennis', 'Anja', 'Uwe', 'Franziska', 'Sven', 'Heike', 'Lukas', 'Petra'],
    'fr': ['Nathalie', 'Julien', 'Sébastien', 'Aurélie', 'Thierry', 'Manon', 'Benoît', 'Élodie', 'Karim', 'Sandrine', 'Yann', 'Céline'],
    'es': ['Javier', 'Marta', 'Álvaro', 'Nuria', 'Sergio', 'Rocío', 'Iñaki', 'Pilar', 'Raúl', 'Lorena', 'Óscar', 'Begoña'],
    'it': ['Alessandro', 'Chiara', 'Davide', 'Francesca', 'Luca', 'Silvia', 'Gianni', 'Valentina', 'Stefano', 'Elisa', 'Marco', 'Ilaria'],
}

DOW = {'en': ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], 'de': ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'],
       'fr': ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'], 'es': ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
       'it': ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom']}
MON = {'en': 'Jun', 'de': 'Juni', 'fr': 'juin', 'es': 'jun', 'it': 'giu'}


def qhead(lang, style, d, h, m, who, relay):
    """Attribution line in the local language. June 2025: 1 June is a Sunday."""
    dw = DOW[lang][(d + 5) % 7]
    if lang == 'en':
        if style == 'apple':
            return 'On %d Jun 2025, at %02d:%02d, %s <%s> wrote:' % (d, h, m, who, relay)
        if style == 'tb':
            return 'On %02d/06/2025 %02d:%02d, %s wrote:' % (d, h, m, who)
        if style == 'us':
            return 'On %s, Jun %d, 2025 at %d:%02d %s %s <%s> wrote:' % (dw, d, (h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM', who, relay)
        return 'On %s, %d Jun 2025 at %02d:%02d, %s <%s> wrote:' % (dw, d, h, m, who, relay)
    if lang == 'de':
        if style == 'tb':
            return 'Am %02d.06.25 um %02d:%02d schrieb %s:' % (d, h, m, who)
        return 'Am %s, %d. Juni 2025 um %02d:%02d schrieb %s <%s>:' % (dw, d, h, m, who, relay)
    if lang == 'fr':
        return 'Le %s %d juin 2025 à %02d:%02d, %s <%s> a écrit :' % (dw, d, h, m, who, relay)
    if lang == 'es':
        return 'El %s, %d jun 2025 a las %d:%02d, %s (<%s>) escribió:' % (dw, d, h, m, who, relay)
    if lang == 'it':
        return 'Il giorno %s %d giu 2025 alle ore %02d:%02d %s <%s> ha scritto:' % (dw, d, h, m, who, relay)


OUTLOOK_HDR = {
    'en': ('From', 'Sent', 'To', 'Subject'), 'de': ('Von', 'Gesendet', 'An', 'Betreff'),
    'fr': ('De', 'Envoyé', 'À', 'Objet'), 'es': ('De', 'Enviado el', 'Para', 'Asunto'), 'it': ('Da', 'Inviato', 'A', 'Oggetto')}
OUTLOOK_DATE = {
    'en': lambda d, h, m: '%s, %d June 2025 %02d:%02d' % (['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][(d + 5) % 7], d, h, m),
    'de': lambda d, h, m: '%s, %d. Juni 2025 %02d:%02d' % (['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'][(d + 5) % 7], d, h, m),
    'fr': lambda d, h, m: '%s %d juin 2025 %02d:%02d' % (['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'][(d + 5) % 7], d, h, m),
    'es': lambda d, h, m: '%s, %d de junio de 2025 %d:%02d' % (['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'][(d + 5) % 7], d, h, m),
    'it': lambda d, h, m: '%s %d giugno 2025 %02d:%02d' % (['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'][(d + 5) % 7], d, h, m),
}


def amz_text(c, amt):
    """Amazon's notification as the seller received it; amt: full | mid | msg | bare."""
    A = AMZ[c['lang']]
    f = lambda s: s.replace('{bn}', c['bn']).replace('{oid}', c['oid'] or '').replace('{prod}', c['prodt']).replace('{asin}', c['asin'])
    sc = 'https://sellercentral.amazon.%s' % c['tld']
    if amt == 'bare':
        return c['buyer']
    core = [A['m1'], '', c['buyer'], '', A['m2']]
    if amt == 'msg':
        return '\n'.join(core)
    head = [f(A['oid']), f(A['item']), ''] if c['oid'] else [f(A['item']), '']
    tok = c['tok']
    if amt == 'mid':
        return '\n'.join(head + core + ['', '[commMgrTok:%s]' % tok])
    lines = [A['dear'], '', f(A['recv']), ''] + head + core + ['', A['fyi'], '', A['resp'],
             sc + '/messaging/inbox?fi=ALL&t=RESPOND&bid=' + tok, '', A['help'],
             'https://www.amazon.%s/gp/communication-manager/rate-message.html?rating=1&mid=%s' % (c['tld'], c['mid']), '']
    if c['prefs']:
        lines += [A['prefs'], '']
    lines += ['[commMgrTok:%s]' % tok, '', A['copy'], MK[c['mk']]['copy']]
    return '\n'.join(lines)


URL_RE = re.compile(r'https?://[^\s<>"\')\]]+')


def text2html(t, link=True):
    out = []
    for para in re.split(r'\n\s*\n', t.strip('\n')):
        lines = []
        for ln in para.split('\n'):
            e = hesc(ln, quote=False)
            if link:
                e = URL_RE.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(0).replace('&amp;', '&amp;'), mo.group(0)), e)
            lines.append(e)
        out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return '\n'.join(out)


def gtquote(t):
    return '\n'.join(('> ' + l) if l else '>' for l in t.split('\n'))


def quote_parts(c, style, amt):
    """Return (text_quote, html_quote) for the given quoting style."""
    if style == 'none' or not c['buyer']:
        return '', ''
    lang = c['lang']
    body = amz_text(c, amt)
    who = '%s - Amazon Marketplace' % c['bn']
    d, h, m = c['qday'], c['qh'], c['qm']
    relay = c['relay']
    bh = text2html(body)
    if style == 'outlook':
        L = OUTLOOK_HDR[lang]
        to = c.get('qto') or c['sender_name']
        hd = ['%s: %s <%s>' % (L[0], who, relay), '%s: %s' % (L[1], OUTLOOK_DATE[lang](d, h, m)), '%s: %s' % (L[2], to), '%s: %s' % (L[3], c['asubj'])]
        t = '\n\n________________________________\n' + '\n'.join(hd) + '\n\n' + body
        hh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s</p>\n</div>\n'
              % (L[0], hesc(who), relay, L[1], OUTLOOK_DATE[lang](d, h, m), L[2], hesc(to), L[3], hesc(c['asubj']))) + bh
        return t, hh
    if style == 'osthread':
        t = '\n\n-- reply above this line --\n\n' + c['bn'] + ' (' + relay + ')\n' + body
        return t, '<hr>\n<p><b>%s</b></p>\n<blockquote>%s</blockquote>' % (hesc(c['bn']), bh)
    qs = {'hs': 'us' if c['mk'] in ('us', 'ca') else 'gt', 'fd': 'gt', 'gt': 'gt', 'gmail': 'us' if c['mk'] in ('us', 'ca') else 'gt',
          'apple': 'apple', 'tb': 'tb', 'zammad': 'gt', 'fs': 'gt'}[style]
    head = qhead(lang, qs, d, h, m, who, relay)
    t = '\n\n' + head + '\n' + gtquote(body)
    eh = hesc(head, quote=False)
    if style == 'fd':
        hh = '<div class="freshdesk_quote">\n<blockquote class="freshdesk_quote">%s<br>\n%s</blockquote>\n</div>' % (eh, bh)
    elif style == 'gmail':
        hh = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s</blockquote></div>' % (eh, bh))
    elif style == 'apple':
        hh = '<div><br><blockquote type="cite"><div>%s</div>\n%s</blockquote></div>' % (eh, bh)
    elif style == 'tb':
        hh = '<div class="moz-cite-prefix">%s<br>\n</div>\n<blockquote type="cite">\n%s</blockquote>' % (eh, bh)
    elif style == 'zammad':
        hh = '<br>\n<div>%s</div>\n<blockquote type="cite">\n%s</blockquote>' % (eh, bh)
    elif style == 'hs':
        hh = '<div class="hs_reply_history">\n<p>%s</p>\n<blockquote>\n%s</blockquote>\n</div>' % (eh, bh)
    elif style == 'fs':
        hh = '<div class="fs-history">\n<p>-----</p>\n<p>%s</p>\n<blockquote>\n%s</blockquote>\n</div>' % (eh, bh)
    else:
        hh = '<p>%s</p>\n<blockquote>\n%s</blockquote>' % (eh, bh)
    return t, hh

# ---------------------------------------------------------------------------
# spec collection
# ---------------------------------------------------------------------------

SPECS = []
_OIDS = {}
_USED = set()
_ORNG = random.Random(7719)


def OID(key, mk):
    """Shared order id for a named thread or pair."""
    if key not in _OIDS:
        _OIDS[key] = new_oid(mk)
    return _OIDS[key]


def new_oid(mk):
    while True:
        o = '%s-%07d-%07d' % (_ORNG.choice(MK[mk]['pre']), _ORNG.randrange(10 ** 7), _ORNG.randrange(10 ** 7))
        if o not in _USED:
            _USED.add(o)
            return o


def R(mk, topic, agent, body, buyer, cats=(), note='', **kw):
    SPECS.append(dict(kind='reply', mk=mk, topic=topic, agent=agent, body=body, buyer=buyer, cats=list(cats), note=note, **kw))


def P(mk, topic, agent, subj, body, cats=(), note='', **kw):
    SPECS.append(dict(kind='proactive', mk=mk, topic=topic, agent=agent, subj=subj, body=body, buyer=None, cats=list(cats), note=note, **kw))


# ---------------------------------------------------------------------------
# reusable pieces the shop's tools really add (signature variants, pixels, files)
# ---------------------------------------------------------------------------

SIG.update({
    'dana_ig': SIG['dana'] + '\n\nP.S. Follow our trail adventures on Instagram @tarnwick.outdoor',
    'marcus_cell': '-- Marcus\nTarnwick Outdoor Support\nCell: (617) 555-0143 (texts are fine)',
    'tom_mob': 'Cheers\nTom\nTarnwick UK - Returns & Warehouse\nMob: 07700 900418',
    'siobhan_web': 'Kind regards,\nSiobhan Carr\nCustomer Experience Team\nwww.tarnwick.co.uk | help@tarnwick.co.uk',
    'gareth_full': 'Regards\n\nGareth Lyle\nOperations Manager\nTarnwick Outdoor Ltd\nT: 01632 960284 | M: 07700 900771\nE: gareth.lyle@tarnwick.co.uk\nW: tarnwick.co.uk',
    'priya_wa': 'Warm Regards,\nPriya R.\nTarnwick Outdoor - India Support Desk\nFor faster resolution WhatsApp us on +91 90000 41276',
    'jake_mob': 'Cheers,\nJake M.\nTarnwick Outdoor AU\nMob 0491 570 156',
    'katrin_imp': ('Mit freundlichen Grüßen\n\nKatrin Hollmann\nKundenservice\n\n--\nTarnwick Outdoor GmbH\nSpeicherstraße 14, 20457 Hamburg\n'
                   'Tel.: +49 40 66969 211 | Fax: +49 40 66969 299\nE-Mail: kundenservice@tarnwick.de | Web: www.tarnwick.de\n'
                   'Geschäftsführer: Oliver Brandt | Amtsgericht Hamburg, HRB 165432 | USt-IdNr.: DE 318 472 905'),
    'camille_tel': 'Bien cordialement,\nCamille Roussel\nService client Tarnwick France\nTél. : 01 99 00 47 21 (du lundi au vendredi, 9h-17h)',
    'lucia_wa': 'Un saludo,\nLucía Ferrer\nAtención al cliente - Tarnwick España\nWhatsApp atención al cliente: +34 600 11 27 34',
    'giulia_social': 'Cordiali saluti,\nGiulia Bernardi\nAssistenza clienti Tarnwick Italia\nSeguici su Instagram e Facebook: @tarnwick.italia',
    'ellie_fr': 'Thanks / Merci,\nEllie Bouchard\nTarnwick Outdoor Canada\nGST/HST 812345678 RT0001',
})

SIGHTML.update({
    'siobhan_logo': ('<div class="signature"><p>Kind regards,<br>\nSiobhan Carr<br>\nCustomer Experience Team</p>\n'
                     '<p><a href="https://www.tarnwick.co.uk/?utm_source=freshdesk&amp;utm_medium=email&amp;utm_campaign=signature">'
                     '<img src="https://s3.eu-west-2.amazonaws.com/tarnwick-assets/email/logo-tarnwick-240.png" alt="Tarnwick Outdoor" width="120" height="32"></a></p></div>'),
})
SIG['siobhan_logo'] = 'Kind regards,\nSiobhan Carr\nCustomer Experience Team\n[Tarnwick Outdoor] <https://www.tarnwick.co.uk/?utm_source=freshdesk&utm_medium=email&utm_campaign=signature>'


def hs_pixel(tag):
    h = hashlib.md5(tag.encode()).hexdigest()
    return ('<img src="https://beacon.helpscout.net/t/o/%s/{relay}.gif" width="1" height="1" alt="" border="0">' % h[:20])


def att_pdf(name, lines, ct='application/pdf', pad=0):
    return (name, ct, pdf(lines, pad))


INVOICE_LINES = lambda no, oid, amt: ['Tarnwick Outdoor - INVOICE %s' % no, 'Amazon order %s' % oid, 'Total %s incl. VAT' % amt]

# ===========================================================================
# US  (Help Scout: Dana = chatty, exclamation marks; Marcus = terse, lower-case sign-off)
# ===========================================================================

R('us', 'late-delivery', 'dana', """Hi {bn}!

So sorry your jacket hasn't turned up yet. I checked with UPS this morning and the parcel is sitting at their Harrisburg hub after a weather delay. Tracking number is 1Z 9W4 E71 03 4471 2286 and the latest estimate is Thursday, June 12.

If it hasn't arrived by Friday just reply here and I'll send a replacement out the same day, no need to wait on a claim.""",
  "Hi, it said it would arrive June 6th and the tracking hasn't moved in 4 days. I need this jacket for a trip on the 15th. What is going on?",
  [], 'UPS tracking number in spaced groups, delivery date, compliant', prod='jacket')

R('us', 'sizing', 'marcus', """Hi {bn},

The L fits a 42-44 in chest. At 6'1" and 190 lb you're likely a L, but if you layer a fleece under it go XL (45-47 in).

Sleeve length on the L is 35 in from centre back.""",
  "I'm 6'1, 190 lbs, 43 inch chest. Between L and XL, which one? I usually wear a fleece underneath.",
  [], 'sizing answer with measurements that look like numbers, compliant', prod='jacket', q='hs', amt='msg')

R('us', 'damaged', 'dana', """Hi {bn},

Ugh, that's not the welcome you wanted from a new set of poles, I'm really sorry. A cracked lower section is definitely not normal wear.

I've already shipped a replacement pair via USPS Priority, tracking 9405 5112 0620 4471 3398 25, and it should be with you by Saturday. No need to send the damaged pair back. If you could reply with a quick photo of the crack it helps our QA team chase it with the factory, but it's totally optional.""",
  "The lower section of one pole cracked the first time I put weight on it. Very disappointed, these were supposed to be for a hike this weekend.",
  [], 'USPS 22-digit tracking grouped like a phone number, free replacement, compliant', prod='poles')

R('us', 'returns', 'marcus', """Hi {bn},

No problem. Start the return from your orders page and pick "no longer needed":
https://www.amazon.com/gp/css/returns/homepage.html

The prepaid label will be emailed by Amazon. Refund goes out as soon as the tent is scanned at our Reno warehouse (usually 3-5 business days).""",
  "Hi, I ordered the wrong tent, I need the 3 person one. How do I return this one? It's unopened.",
  [], 'Amazon returns link, compliant', prod='tent')

R('us', 'invoice', 'dana', """Hi {bn},

Of course! Your invoice for order {oid} is attached as a PDF (invoice no. INV-US-2025-0612-0417). It shows the sales tax separately, which should be what your finance team needs for reimbursement.

Let me know if they need anything else on it.""",
  "Hello, my company is reimbursing this purchase, can you send me an itemized invoice please?",
  [], 'PDF invoice attached, invoice number, compliant', prod='stove',
  atts=[att_pdf('Invoice_INV-US-2025-0612-0417.pdf', ['Tarnwick Outdoor Inc. - INVOICE INV-US-2025-0612-0417', 'Order 114-2208815-6671830', 'Subtotal $64.99  Sales tax $5.36  Total $70.35'])])

R('us', 'warranty', 'marcus', """{bn},

The Lumen 900 has a 2-year warranty from delivery date. Yours is covered.

Please reply with the serial number printed inside the battery door (format LM9-2406-xxxxx) and a short description of the flicker. Warranty card attached for your records.""",
  "My headlamp started flickering after about 5 months. Is this covered?",
  [], 'warranty answer with serial-number format, PDF warranty card, compliant', prod='headlamp',
  atts=[att_pdf('Lumen900_Warranty_Card.pdf', ['Tarnwick Lumen 900 - Limited Warranty', '2 years from delivery', 'Keep your Amazon order number as proof of purchase'])])

R('us', 'cancellation', 'dana', """Hi {bn},

Unfortunately your order had already left our warehouse by the time your message came in, so I can't cancel it on our side anymore. Sorry about that!

Two easy options: you can refuse the package when UPS tries to deliver it, or keep it sealed and request a return once it arrives. Either way you'll get a full refund to your original payment method.""",
  "Please cancel my order, I found the same bag locally. Thanks.",
  [], 'cancellation after dispatch, refund explained, compliant', prod='bag')

R('us', 'damaged', 'marcus', """Hi {bn},

I understand you're frustrated, and I'm sorry the lid hinge on the roof box arrived cracked.

I've issued a full refund of $389.00 today. If you'd like a replacement instead, tell me and I'll ship one the same day. We can't offer more than the purchase price, but the refund is not conditional on anything.""",
  "This is the worst company I have ever dealt with. The box is cracked, nobody answers, and I want compensation for my wasted Saturday or I'm leaving a 1 star review everywhere.",
  [], 'unconditional refund after review threat in quoted buyer text, compliant', prod='roofbox')

R('us', 'misc', 'marcus', """Hi {bn},

I'm afraid we can't do phone calls or texts for Amazon orders. Amazon asks sellers to keep all order communication in Buyer-Seller Messaging, which also keeps a record for both of us.

Send me the question here and I'll answer today.""",
  "Is there a phone number I can call? Typing all this out is a pain. Or can you text me?",
  [], 'declines phone/text without giving a number, compliant', prod='powerbank')

R('us', 'product-question', 'dana', """Hi {bn},

Great question! The Kestrel is 20,000 mAh / 74 Wh, which is under the 100 Wh limit the FAA allows in carry-on bags without airline approval. It has to go in your carry-on, not checked luggage.

The solar panel is a trickle top-up, so plan on charging it from the wall before you fly.""",
  "Can I take this power bank on a plane? Flying to Denver next week.",
  [], 'product question without order id (replies need none), compliant', prod='powerbank', oid=None)

R('us', 'feedback', 'dana', """Hi {bn},

Thanks for letting me know the replacement arrived and fits. I'm glad we got there in the end!

You left seller feedback while the first one was still missing. If you feel we've made it right, you're able to update it from your Your Orders page, but that's completely your call and no pressure either way.""",
  "Replacement came today, fits great. Thanks for sorting it.",
  [], 'neutral mention that feedback can be updated after resolution, compliant', prod='boots')

R('us', 'refund', 'marcus', """Hi {bn},

The roof box had a scuff on the lid when it reached you, which shouldn't happen. I've refunded $40.00 (about 10%) to your card as a partial refund. You'll see it in 3-5 business days. Keep the box.""",
  "It's usable but there's a big scuff on the lid and one scratch on the side. Can you do something?",
  [], 'partial refund that resolves a problem, not tied to a review, compliant', prod='roofbox')

R('us', 'address', 'dana', """Hi {bn},

Thanks for catching that before it shipped! I've updated the delivery address to 418 Pine Hollow Rd, Essex Junction, VT 05452. The order hasn't left the warehouse yet so the change is in time.""",
  "Oops I typed the wrong street number, it's 418 not 481 Pine Hollow Rd. Can you fix it?",
  [], 'street address with ZIP code, place name containing a trigger substring (Essex), compliant', prod='pack')

R('us', 'late-delivery', 'marcus', """Hi {bn},

It went USPS First-Class Package. Tracking 9400 1112 0206 2145 8831 47 shows it at your local post office, out for delivery tomorrow.""",
  "No sign of my socks. Which carrier?", [], 'First-Class (trigger substring "class"), 22-digit USPS tracking, compliant', prod='socks', amt='bare')

R('us', 'returns', 'dana', """Hi {bn},

Your RMA number is RMA 48-2207-3315. Please write it on the outside of the box and drop it at any UPS location with the label Amazon sent you. Once it's scanned I'll process the refund right away.""",
  "I started the return but where do I write the return number?",
  [], 'RMA number in phone-like groups, compliant', prod='boots')

R('us', 'misc', 'marcus', """Hi {bn},

Sorry, we can't price-adjust a completed order. The price you saw was an Amazon-wide deal on that colour that ended on the 8th. If you'd rather have the lower price, you can return the jacket unworn within 30 days and buy again while a deal is live.""",
  "I bought this for $179 and now it's $139 on sale. Can you refund the difference?",
  [], 'buyer mentions a sale, agent declines price match without promoting anything, compliant', prod='jacketw')

# --- proactive, compliant
P('us', 'delivery-scheduling', 'marcus', '[Important] Delivery appointment needed for order {oid}', """Hi {bn},

Your Skerry roof box (order {oid}) ships by freight because of its size. The carrier, Estes, needs someone to sign for it and will deliver Monday to Friday between 8am and 5pm.

Please reply with two weekdays next week that work for you and we'll book the slot. The driver will call the number on your Amazon order 30 minutes before arrival.""",
  [], '[Important] for scheduling a bulky delivery, compliant', prod='roofbox', crit=True)

P('us', 'address', 'dana', 'Address check for order {oid} [Important]', """Hello {bn},

We're about to ship order {oid}, but UPS flagged the address as missing an apartment or unit number for 2250 Lakeshore Blvd. Could you reply with the unit number so the parcel doesn't get returned to us?

We'll hold the shipment until we hear back (up to 2 business days).""",
  [], '[Important] at the end of the subject for an address problem, compliant', prod='tent', crit=True)

P('us', 'customisation', 'dana', '[important] Please confirm your engraving - order {oid}', """Hi {bn},

Before we engrave your Cairn bottle (order {oid}) we want to be sure we've got it exactly right. This is what we'll engrave, all caps, centred on the front:

    ELLA - SUMMIT 2025

Please reply "confirmed" or send the corrected text. Engraving can't be changed once it's done, so we'll wait for your answer.""",
  [], 'lower-case [important] for a customisation check, compliant', prod='bottle', crit=True)

P('us', 'order-update', 'marcus', 'Order {oid} - replacement on the way', """Hi {bn},

UPS reported that the carton with your sleeping bag (order {oid}) was damaged in their network and they are returning it to us. We've already shipped a new one from our warehouse: UPS 1Z 9W4 E71 03 5512 0864, expected Wednesday.

Nothing for you to do. If the damaged parcel does show up at your door after all, please refuse it.""",
  [], 'proactive fulfilment problem with new tracking number, compliant', prod='bag')

# --- review request pairs and singles
P('us', 'review-request', 'dana', 'Your Tarnwick order {oid}', """Hi {bn},

Your Drover pack was delivered last week. When you've had a chance to try it on the trail, we'd appreciate it if you shared your experience in a product review on Amazon:
https://www.amazon.com/review/create-review?asin={asin}

Thanks for shopping with us.""",
  [], 'single neutral review request with Amazon review link (first of a pair)', prod='pack', pair='us1', req=True, day=4)

P('us', 'review-request', 'dana', 'Checking in on order {oid}', """Hi {bn}!

Just circling back on my note from a couple of weeks ago, in case it got buried. If you've had the Drover out on a trip by now, a quick review would still be hugely helpful to other hikers trying to pick a pack.

https://www.amazon.com/review/create-review?asin={asin}

Happy trails!""",
  ['repeat_request'], 'second review request for the same order weeks later', prod='pack', pair='us1', req=True, day=22)

R('us', 'sizing', 'marcus', """Hi {bn},

Thanks for the update. Glad the exchange to the EU 40 worked out and the heel isn't lifting anymore.

Whenever you've put a few miles on them, a review of the boots on Amazon would help other buyers figure out sizing. Only if you have a minute.""",
  "The 40s arrived and they fit way better, heel is locked in now. Thanks for the quick swap.",
  [], 'one neutral review request inside a support reply (first of a pair)', prod='boots', pair='us2', req=True, day=6)

P('us', 'review-request', 'marcus', 'Order {oid}: how are the boots holding up?', """Hi {bn},

Following up on your Hillock boots (order {oid}). If they've been good to you, could you leave them 5 stars? Reviews like that make a big difference for a small brand like ours.""",
  ['review_manipulation', 'repeat_request'], 'second request for the same order, and asks for 5 stars', prod='boots', pair='us2', req=True, day=25)

P('us', 'review-request', 'dana', 'A quick favor? Order {oid}', """Hi {bn},

Hope the Windfall kept you toasty! We'd love to hear what you think. As a thank-you, once your review is live on Amazon just reply with a screenshot and we'll send you a $15 Amazon gift card 🎁

Order: {oid}""",
  ['review_incentive', 'styling'], 'gift card for a review (rejected; the later clean request for this order is not a repeat)', prod='bag', pair='us3', req=True, day=5)

P('us', 'review-request', 'marcus', 'Order {oid}', """Hi {bn},

If you have a moment, we'd appreciate your honest review of the Windfall sleeping bag from order {oid}. It helps other campers choose the right bag.

https://www.amazon.com/review/create-review?asin={asin}""",
  [], 'clean request; the earlier request for this order offered a gift card and was rejected, so this is not a repeat', prod='bag', pair='us3', req=True, day=19)

# Help Scout open tracking was switched on for Dana's mailbox from 9 to 13 June
for d, topic, prod, body, buyer in [
    (9, 'late-delivery', 'tent', "Hi {bn},\n\nGood news, your tent is out for delivery today with FedEx (tracking 7781 4420 9913). If it doesn't show up by 8pm just let me know!",
     "Is my tent arriving before the weekend?"),
    (10, 'sizing', 'socks', "Hi {bn}!\n\nThe 9-11 fits US men's shoe sizes 9 to 11. For a 12 you'll want the 11-13, which we do stock. You can exchange them through your Amazon orders page, no cost to you.",
     "I wear a size 12 shoe, will these fit?"),
    (12, 'warranty', 'powerbank', "Hi {bn},\n\nSorry to hear the USB-C port stopped charging. That's covered under the 18-month warranty. I've sent a replacement Kestrel today, tracking 1Z 9W4 E71 03 6620 1187, and you can recycle the faulty one.",
     "The USB-C port on my power bank doesn't charge anymore, only 7 months old."),
]:
    R('us', topic, 'dana', body, buyer, ['tracking_pixel'], 'Help Scout open-tracking pixel (1x1, recipient id in URL) in an otherwise clean reply',
      prod=prod, day=d, tail=hs_pixel('dana%d' % d))

P('us', 'review-request', 'dana', 'Thanks for your order {oid}', """Hi {bn},

Your Trailhead stove (order {oid}) should have arrived by now. If you have a moment, we'd be grateful for a review on Amazon. It helps other campers choose.

https://www.amazon.com/review/create-review?asin={asin}""",
  ['tracking_pixel'], 'neutral review request whose only problem is an open pixel (rewritten away, so relayed and counted in the ledger)',
  prod='stove', pair='us4', req=True, day=11, tail=hs_pixel('dana11'))

P('us', 'review-request', 'marcus', 'Order {oid} - quick reminder', """Hi {bn},

Sorry to bother you again about order {oid}. We noticed you haven't had a chance to review the Trailhead stove yet. If you can spare two minutes, here's the link:

https://www.amazon.com/review/create-review?asin={asin}""",
  ['repeat_request'], 'second request; the first one carried only a stripped pixel, so it was relayed and counts', prod='stove', pair='us4', req=True, day=28)

# --- semantic violations, US
R('us', 'damaged', 'dana', """Hi {bn},

Oh no, I'm so sorry about the bent pole! I've sent a replacement section out today with USPS, should be there Friday.

And hey, while I have you: our Summer Trail Sale kicks off this Friday, with 20% off every tent and sleeping bag in our Amazon store with code TRAIL20. Might be handy if you're gearing up for the season!""",
  "One of the tent poles arrived bent, can't pitch it properly.",
  ['marketing'], 'promotes a sale and a discount code inside a damaged-item reply', prod='tent')

R('us', 'product-question', 'marcus', """Hi {bn},

Yes, the Fellstride tips are replaceable. Standard 11 mm carbide tips fit.

Pro tip: pick up our Fellstride rubber tip protectors and the Scree merino socks while you're at it. Most of our trekkers buy all three together.""",
  "Can I replace the tips on these poles when they wear out?",
  ['marketing'], 'cross-selling other products without a link', prod='poles', oid=None)

R('us', 'warranty', 'dana', """Hi {bn},

I've processed the warranty replacement for your head torch, it ships tomorrow!

If you're happy with how we handled this, it would mean the world to us if you could leave a 5-star review ⭐⭐⭐⭐⭐ Small businesses like ours live and die by them!""",
  "My head torch strap buckle broke. Warranty?",
  ['review_manipulation', 'styling'], 'asks for a 5-star review inside a warranty reply', prod='headlamp')

R('us', 'sizing', 'dana', """Hi {bn},

Glad the XL works better! Exchange is all processed.

Quick ask: if you end up loving the jacket, we'd be so grateful for a review on Amazon. And if anything isn't perfect, please just come to me first instead so I can fix it. We really try to keep our rating up!""",
  "Swapped to XL, fits way better. Thanks!",
  ['review_manipulation'], 'review gating: review if happy, contact us instead if not', prod='jacket')

R('us', 'misc', 'marcus', """Hi {bn},

Thanks for the kind words about the poles. If you do write a review, it really helps when people mention how light they are (under 500 g for the pair) and the cork grip in hot weather. Those are the things buyers ask us about most.""",
  "Just wanted to say the poles are great, used them on Mt. Washington.",
  ['review_manipulation'], 'tells the buyer what to write in the review', prod='poles')

R('us', 'feedback', 'dana', """Hi {bn},

I'm really glad the replacement arrived and everything's working now.

Now that we've sorted this out, would you mind taking down the 2-star feedback you left last week? It's hurting our small shop and it's about an issue we've now fixed.""",
  "The new one works. Thanks I guess.",
  ['feedback_removal'], 'asks the buyer to remove seller feedback', prod='powerbank')

R('us', 'refund', 'marcus', """Hi {bn},

Refunded the $12.99 shipping as you asked.

We'd also refund the remaining $8 difference if you'd be willing to update your review to reflect how we handled it. Just let me know once it's changed.""",
  "Shipping took 11 days, I paid for expedited. I want the shipping refunded.",
  ['review_incentive', 'feedback_removal'], 'money offered for updating a review', prod='stove')

R('us', 'returns', 'dana', """Hi {bn},

Totally understand, and I've approved the return.

One idea before you send it back: customers who share their experience in an Amazon review get on our list for early access to new colorways and a little surprise in their next order. Just something to think about!""",
  "The color is more green than it looked online, going to return it.",
  ['review_incentive', 'marketing'], 'future benefits and early access promised for a review', prod='jacketw')

R('us', 'late-delivery', 'marcus', """{bn},

I've told you twice already, it's with UPS. I can't make the truck go faster. Honestly, read the tracking page before firing off another message, it's not rocket science.""",
  "Where is it?? This is the third time I'm asking. Answer me.",
  ['offensive'], 'condescending and insulting reply to an impatient buyer', prod='roofbox')

R('us', 'returns', 'marcus', """{bn},

These boots were clearly worn on a muddy trail and then sent back as "defective". We're not idiots. If you open another A-to-z claim over this, we'll report your account to Amazon for abuse and make sure you're blocked from buying from us again.""",
  "I want a full refund, the boots are defective and leaked.",
  ['offensive'], 'threatens and insults the buyer', prod='boots')

R('us', 'warranty', 'marcus', """Hi {bn},

Replacement is approved and ships Monday.

Just so you know, we're a lot quicker on text: (617) 555-0143. Faster than waiting on Amazon's messages.""",
  "My power bank won't hold a charge. What do I do?",
  ['contact_phone'], 'agent gives his mobile in the body', prod='powerbank')

for d, body, buyer, prod in [
    (16, "Hi {bn},\n\nThe hip belt on the Drover adjusts from 28 to 50 in. Undo the two side straps fully and it'll open right up.", "Hip belt won't go big enough?", 'pack'),
    (17, "Hi {bn},\n\nRefund for the returned socks went through this morning, $24.99 back to your card.", "Has my refund gone through?", 'socks'),
    (18, "Hi {bn},\n\nYes, the stove works with any EN 417 screw-thread canister. Don't use it inside the tent.", "Does this work with Coleman gas?", 'stove'),
]:
    R('us', 'product-question' if prod != 'socks' else 'refund', 'marcus', body, buyer, ['contact_phone'],
      'personal cell number pasted into the helpdesk signature', sig='marcus_cell', prod=prod, day=d)

R('us', 'damaged', 'dana', """Hi {bn},

So sorry about the torn mesh! Could you email a couple of photos to returns (at) tarnwick-outdoor (dot) com? Attachments through Amazon sometimes get compressed and we need to see the stitching.""",
  "The inner mesh of the tent is torn at the door zip.",
  ['contact_email'], 'e-mail address written with (at) and (dot)', prod='tent', obf='(at)/(dot) address')

R('us', 'sizing', 'marcus', """Hi {bn},

The size chart is the third image on the listing. Chest: S 34-36, M 37-39, L 40-42, XL 43-45 in.

Most people between sizes go up.""",
  "Do you have a size chart?", [], 'size chart given as numbers, no link, compliant', prod='jacketw')

R('us', 'product-question', 'dana', """Hi {bn}!

We do have a 3-person version, the Bothy 3! You can see it here: https://www.amazon.com/dp/B0B8FJ7LZ3

It's only 300 g heavier and has two doors.""",
  "Do you make this tent in a bigger size?",
  ['external_link'], 'Amazon product detail page (/dp/) link answering the buyer question (not marketing)', prod='tent', oid=None)

R('us', 'misc', 'dana', """Hi {bn},

Totally hear you on the typing! We're not allowed to do WhatsApp for Amazon orders, but you can DM us on Instagram @tarnwick.outdoor and we can chat there instead.""",
  "Can we talk on WhatsApp? Easier for me to send videos.",
  ['contact_other'], 'refuses WhatsApp but offers an Instagram DM handle', prod='headlamp')

R('us', 'returns', 'dana', """Hi {bn}!

No worries at all, return is approved. The label is in your Amazon account under Your Orders.

Have a great rest of your week! 😊🥾""",
  "Can I return these, they rub on my heel.", ['styling'], 'emoji in an otherwise normal reply', prod='boots')

R('us', 'invoice', 'dana', """Hi {bn},

Here's your invoice! Let me know if you need a different format.""",
  "Need an invoice for my records.",
  ['attachment'], 'invoice sent as a ZIP archive', prod='stove',
  atts=[('Invoice_114-order.zip', 'application/zip', zipbytes([('Invoice.pdf', pdf(['Tarnwick Outdoor Inc. - INVOICE', 'Total $70.35']))]))])

R('us', 'product-question', 'marcus', """Hi {bn},

Setup video attached, it shows how to clip the inner to the fly. Takes about 4 minutes.""",
  "How do I attach the inner tent? Instructions are confusing.", ['attachment'], 'MP4 video attached', prod='tent',
  atts=[('Bothy2_pitching.mp4', 'video/mp4', mp4())])

P('us', 'review-request', 'dana', '[Important] Quick question about your order {oid}', """Hi {bn},

We hope you're loving your Kestrel power bank! Would you take a minute to share your thoughts in a review on Amazon? Every review helps us a ton.

Order {oid}

Don't want emails like this? Reply STOP and we'll take you off our list.""",
  ['opt_out', 'important_tag'], '[Important] on a review request, plus a reply-STOP opt-out line', prod='powerbank', req=True)

P('us', 'invoice', 'marcus', '[IMPORTANT] Invoice for order {oid}', """Hi {bn},

Attached is the invoice for order {oid}, as requested by your accounts department.""",
  ['important_tag'], '[IMPORTANT] on an invoice e-mail', prod='stove',
  atts=[att_pdf('Invoice_INV-US-2025-0619-0522.pdf', ['Tarnwick Outdoor Inc. - INVOICE INV-US-2025-0619-0522', 'Total $70.35'])])

P('us', 'order-update', 'dana', 'Thank you for your order {oid}!', """Hi {bn},

Thank you so much for choosing Tarnwick Outdoor! Your order {oid} has been received and is being prepared with care. We'll let you know as soon as it ships.

Happy adventuring!

Manage your email preferences: https://tarnwick-outdoor.com/account/email-preferences?u={relay}""",
  ['external_link', 'opt_out', 'unpermitted_proactive'], 'order confirmation with a manage-preferences link', prod='giftset')

P('us', 'order-update', 'marcus', 'Order {oid}: colour out of stock [Important]', """Hi {bn},

The Bothy 2 in Olive from order {oid} is out of stock at our warehouse. We expect more stock in about three weeks and will ship it then.""",
  ['important_tag', 'unpermitted_proactive'], 'out-of-stock notice with [Important] instead of cancelling', prod='tent')

P('us', 'invoice', 'dana', 'Your invoice INV-US-2025-0623-0588', """Hi {bn},

Please find your invoice INV-US-2025-0623-0588 attached. Thanks again for shopping with Tarnwick!""",
  ['missing_order_id'], 'proactive invoice with an invoice number but no order id', prod='headlamp',
  atts=[att_pdf('INV-US-2025-0623-0588.pdf', ['Tarnwick Outdoor Inc. - INVOICE INV-US-2025-0623-0588', 'Total $49.99'])])

P('us', 'review-request', 'dana', 'How are you liking your Lumen 900?', """Hi {bn},

It's been a couple of weeks since your Lumen 900 head torch (ASIN {asin}) arrived. If you have a moment, we'd appreciate your feedback in a review on Amazon.""",
  ['missing_order_id'], 'review request with only the ASIN, no order id', prod='headlamp', req=False)

P('us', 'returns', 'marcus', 'Your return', """Hi {bn},

We received the boots you sent back to our Reno warehouse and your refund has been processed.""",
  ['missing_order_id'], 'return update with no order id at all', prod='boots')

# ===========================================================================
# UK  (Freshdesk: Siobhan = formal, "Many thanks"; Tom = casual, typos, "mate";
#      Gareth = ops manager on Outlook, blunt; Siobhan sometimes from Apple Mail)
# ===========================================================================

R('uk', 'late-delivery', 'siobhan', """Dear {bn},

Thank you for your message, and I am sorry for the wait.

Your parcel was sent with Royal Mail Tracked 48 on Tuesday. The tracking number is QF 482177635 GB, and the latest scan shows it at the Scunthorpe Mail Centre this morning, so it should be with you tomorrow or Thursday.

If it has not arrived by Friday, please let me know and I will arrange a replacement.""",
  "Hi, my order still hasn't arrived and tracking hasn't updated since Monday. Can you check please?",
  [], 'Royal Mail tracking number, Scunthorpe (trigger substring), compliant', prod='socks')

R('uk', 'returns', 'tom', """Hi {bn},

no worries at all, I've authorised the return. Amazon will email you a prepaid Evri label, just drop it at any ParcelShop.

Return address if you need it for your records:
Tarnwick Returns, Unit 7, Fellside Trade Park, Kendal LA9 7QT

Refund goes out once it lands with us, normally 2-3 working days.""",
  "Hello, the boots are half a size too small. Can I send them back?",
  [], 'return address with postcode, compliant', prod='boots')

R('uk', 'damaged', 'siobhan', """Dear {bn},

I am very sorry that your stove arrived with a bent pot support. That should certainly not happen.

A replacement has been dispatched today with DPD, parcel number 1550 2847 3391 02, and you will receive a one-hour delivery window from DPD on the morning of delivery. There is no need to return the damaged stove; please recycle it responsibly.""",
  "The stove arrived with one of the pan supports bent flat. Not usable.",
  [], 'DPD parcel number shaped like a phone number, compliant', prod='stove')

R('uk', 'invoice', 'siobhan', """Dear {bn},

Please find attached a VAT invoice for order {oid}. Our VAT registration number, GB 297 5521 38, is shown at the top right, and the VAT amount (£8.33) is listed separately.

If your accounts team need the invoice addressed to a company name, let me know the name and I will reissue it.""",
  "Could you send a VAT invoice please, I'm claiming this through work.",
  [], 'VAT invoice PDF, VAT number and prices, compliant', prod='headlamp',
  atts=[att_pdf('VAT_Invoice_TW-UK-24817.pdf', ['Tarnwick Outdoor Ltd - VAT INVOICE TW-UK-24817', 'VAT reg. GB 297 5521 38', 'Net 41.66 GBP  VAT 8.33 GBP  Total 49.99 GBP'])])

R('uk', 'sizing', 'tom', """Hi {bn},

the M is a 38-40in chest and the L is 41-43in. With a 40in chest you'd be fine in the M unless you wear a thick midlayer under it, then go L.

Arm length on the M is 84cm from the centre of the back.""",
  "What size should I get? 40 inch chest, 5ft 10.", [], 'sizing answer, compliant', prod='jacketw', oid=None)

R('uk', 'cancellation', 'siobhan', """Dear {bn},

Your order had not yet been picked, so I have cancelled it as requested. Amazon will refund the full amount of £129.00 to your original payment method, usually within 3-5 working days.""",
  "Please cancel my order, I ordered twice by mistake.", [], 'cancellation and refund amount, compliant', prod='pack')

R('uk', 'late-delivery', 'tom', """Hi {bn},

sorry mate, it's been a shocker of a week with the couriers. Your rucksack went out with Evri, tracking H01HYA0062847731, and it's showing as "delayed at hub" in Middlesex.

I've given it till Monday. If it's still stuck then I'll send another one out on next day delivery and we'll sort the lost one with Evri ourselves.""",
  "Ordered 9 days ago and still nothing. Not impressed.", [], 'Evri tracking, Middlesex (trigger substring), casual but compliant', prod='pack')

R('uk', 'misc', 'siobhan', """Dear {bn},

I appreciate that you would prefer to speak to someone. Unfortunately we are not able to move Amazon orders to WhatsApp or to the telephone, as Amazon requires order conversations to stay within its messaging service.

I am very happy to help here, and I will reply within one working day.""",
  "Can I WhatsApp you? Or give me a number to ring, this back and forth is taking ages.",
  [], 'declines WhatsApp and phone without giving any handle or number, compliant', prod='tent', okwords=True)

R('uk', 'damaged', 'siobhan', """Dear {bn},

I am sorry the zip on your jacket failed after a single use; that is not the standard we expect.

I have refunded the full £149.00 today. You are welcome to keep the jacket, as our courier will not collect textiles with a broken zip. This refund is not linked to anything you may decide to write about us.""",
  "Zip broke on the first walk. Absolute rubbish. I'll be telling everyone in my hiking club and leaving a one star review.",
  [], 'full refund after a bad-review threat in quoted text, explicitly not tied to it, compliant', prod='jacket')

R('uk', 'feedback', 'tom', """Hi {bn},

brilliant, glad the new pair turned up and fit properly.

Just so you know, if you feel we've sorted it, feedback can be edited in Your Orders on Amazon. Totally up to you though, no pressure at all.""",
  "New boots arrived, fit perfectly this time. Cheers.",
  [], 'neutral note that feedback can be updated, compliant', prod='boots')

R('uk', 'warranty', 'siobhan', """Dear {bn},

The Kestrel power bank carries an 18-month warranty. I have attached the warranty terms and the product manual for reference.

Could you please send us the serial number from the underside (it begins KS20-) and a photograph of the charging indicator? Once received, I will arrange a replacement.""",
  "My power bank only charges to 50%. It's 10 months old.",
  [], 'manual and warranty card as PDF attachments, compliant', prod='powerbank',
  atts=[att_pdf('Kestrel20000_Warranty.pdf', ['Tarnwick Kestrel - Warranty terms', '18 months from date of delivery']),
        att_pdf('Kestrel20000_Manual_EN.pdf', ['Tarnwick Kestrel 20000 mAh - User manual', 'Charge fully before first use'])])

R('uk', 'product-question', 'tom', """Hi {bn},

yep, it's a proper 3-season bag, comfort -5°C and limit -11°C. For Scottish winter camping I'd want a liner or the Windfall 900 though.

It packs down to 22 x 16cm in the compression sack supplied.""",
  "Would this be warm enough for camping in the Cairngorms in March?",
  [], 'product question, temperatures and dimensions, naming own product to answer the question, compliant', prod='bag', oid=None)

R('uk', 'address', 'siobhan', """Dear {bn},

Thank you for letting us know. I have changed the delivery address to 14 Station Road, Penistone, Sheffield S36 6HH. The parcel has not left our warehouse, so the change will take effect.""",
  "I put my old address on the order by mistake! It should go to 14 Station Road, Penistone, S36 6HH.",
  [], 'address with postcode and Penistone (trigger substring), compliant', prod='poles')

R('uk', 'refund', 'tom', """Hi {bn},

that's fair enough. I've refunded £15 towards the missing rain cover, you should see it in a few days. The cover's also on its way separately, Royal Mail tracking TT 5582 1047 3GB.""",
  "The rain cover that's supposed to come with the rucksack wasn't in the box.",
  [], 'partial refund and separate dispatch, compliant', prod='pack')

R('uk', 'misc', 'siobhan', """Dear {bn},

I am sorry you feel that way. We have checked the order and the item was delivered to the address given at checkout, with a photo taken by the driver at 14:12 on 9 June.

I have opened a claim with the carrier on your behalf, reference CLM-77120. We will update you as soon as we hear back, and if the parcel cannot be found we will refund you in full.""",
  "You lot are a joke. Photo shows someone else's door. Sort it out.",
  [], 'firm, polite answer to a rude buyer, claim reference, compliant', prod='tent')

R('uk', 'returns', 'siobhan', """Dear {bn},

Your return has been received and inspected, and a refund of £89.00 has been issued. As the outer box had been cut through, a 10% restocking deduction would normally apply, but I have waived it on this occasion.""",
  "When will I get my money back?", [], 'refund amount, waived deduction, compliant', prod='roofbox',
  sender='apple_uk', q='apple')

# --- review requests, UK
P('uk', 'review-request', 'siobhan', 'Your Tarnwick order {oid}', """Dear {bn},

Thank you for your order {oid}. We hope the Fellstride poles are serving you well.

If you have a moment, we would appreciate your feedback on this order. You can leave seller feedback here:
https://www.amazon.co.uk/hz/feedback

Kind regards""",
  [], 'neutral seller-feedback request with Amazon feedback link (first of a pair)', prod='poles', pair='uk1', req=True, day=3, sig='none')

P('uk', 'review-request', 'tom', 'Re your poles - order {oid}', """Hi {bn},

hope your well. Just a gentle reminder, we sent you a note a while back about order {oid}. If you get a sec, a review of the poles on Amazon would be amazing, it really helps us out.

Thanks!""",
  ['repeat_request'], 'product-review request after an earlier seller-feedback request for the same order (shared history)',
  prod='poles', pair='uk1', req=True, day=21)

P('uk', 'review-request', 'siobhan', 'Order {oid}: your opinion', """Dear {bn},

We hope your new jacket has kept you dry. If you have a moment, would you consider sharing your experience in a product review on Amazon? It helps other walkers choose the right size.

Order number: {oid}""",
  [], 'neutral review request (first of a pair)', prod='jacketw', pair='uk2', req=True, day=7)

P('uk', 'review-request', 'tom', '[Important] Order {oid} - did you get our last email?', """Hi {bn},

Sorry to chase! Not sure if you saw our email from earlier this month about order {oid}. Would still really love a review of the jacket if you have 2 mins.""",
  ['repeat_request', 'important_tag'], 'repeat request with a misused [Important] tag', prod='jacketw', pair='uk2', req=True, day=24)

R('uk', 'misc', 'siobhan', """Dear {bn},

Thank you for the lovely photo from Helvellyn!

We would be delighted if you could leave us a five-star review on Amazon. It makes a real difference to a small business.""",
  "Just wanted to say the tent survived 50 mph winds on Helvellyn. Brilliant bit of kit.",
  ['review_manipulation'], 'asks for a five-star review (star rating written out)', prod='tent')

R('uk', 'returns', 'tom', """Hi {bn},

return's done, label's in your account.

One thing - if for whatever reason you don't feel you can give us the full 5 stars, can you drop me a line here before you post anything? We'd much rather sort it than get a bad review.""",
  "Returning these, not comfortable.", ['review_manipulation'], 'discourages a negative review, asks buyer to contact first', prod='boots')

R('uk', 'product-question', 'siobhan', """Dear {bn},

Thank you for your kind message. When you write your review, it would be very helpful if you could mention our 18-month warranty and the fast dispatch, as these are the points customers most often ask about.""",
  "Power bank works great, charged my phone 4 times on a weekend.",
  ['review_manipulation'], 'tells the buyer what to put in the review', prod='powerbank')

P('uk', 'review-request', 'tom', 'Fancy some free socks? (order {oid})', """Hi {bn},

hope the tent's been good to you! We're giving away a free pair of Scree merino socks to anyone who leaves an honest review of their tent on Amazon this month. Just reply with your review name once it's up and I'll pop them in the post.

Order ref {oid}""",
  ['review_incentive'], 'free product for an "honest" review', prod='tent', req=True)

R('uk', 'late-delivery', 'siobhan', """Dear {bn},

I am pleased the parcel has now arrived.

As a small thank you for your patience, everyone who leaves a review this month is entered into our prize draw for a £50 Amazon gift card. The draw takes place on 30 June.""",
  "Finally got it today, 4 days late.", ['review_incentive'], 'prize-draw entry for leaving a review', prod='bag')

R('uk', 'feedback', 'tom', """Hi {bn},

glad the replacement's working. I've also refunded you £8 as a goodwill gesture.

If you could pop back and change that 1-star feedback now it's sorted, that'd be massively appreciated, it's dragging our rating right down. Cheers.""",
  "Replacement works. Still annoyed about the hassle.",
  ['feedback_removal'], 'presses the buyer to change negative feedback (refund given separately)', prod='headlamp')

R('uk', 'feedback', 'siobhan', """Dear {bn},

Thank you for confirming that the issue is resolved.

We noticed the neutral feedback on your order. Would you kindly reconsider it and revise it to reflect the outcome? We would be very grateful.""",
  "The new stove works fine.", ['feedback_removal'], 'polite but explicit request to revise feedback', prod='stove')

R('uk', 'refund', 'tom', """Hi {bn},

Tell you what, if you take the review down I'll refund you the full £34.99 and you can keep the socks. Can't say fairer than that.""",
  "These socks went bobbly after 2 washes. Leaving a review so others know.",
  ['review_incentive', 'feedback_removal'], 'full refund offered for taking down a review', prod='socks')

R('uk', 'damaged', 'tom', """Hi {bn},

new flysheet is on its way. Oh and we've got 25% off everything in our Amazon shop this weekend only, code TARN25. Cheers!""",
  "Fly sheet ripped along a seam on first pitch.", ['marketing'], 'weekend discount code unrelated to resolving the problem', prod='tent')

P('uk', 'order-update', 'siobhan', 'Back in stock: the Ridgeline in Heather', """Dear {bn},

Good news! You asked about the Ridgeline women's jacket in Heather, and it is now back in stock in all sizes. Order soon, as the last batch sold out within a fortnight.

We also have the new Ridgeline Lite in three colours.

You are receiving this because you signed up for stock alerts. To stop them, reply "no more alerts".""",
  ['marketing', 'opt_out', 'missing_order_id'], 'back-in-stock promotion with an opt-out line, no order id', prod='jacketw')

# Tom's personal mobile was in his Freshdesk signature from 9 to 13 June
for d, topic, prod, body, buyer in [
    (9, 'returns', 'boots', "Hi {bn},\n\nreturn approved, label's in your Amazon account. Refund once they're back with us.", "Can I swap these for a 7?"),
    (10, 'late-delivery', 'socks', "Hi {bn},\n\nit's with Royal Mail, tracking QF 482199120 GB. Should be tomorrow.", "Where's my order?"),
    (11, 'damaged', 'poles', "Hi {bn},\n\nsorry about that, replacement locking clip is in the post today. It's a 2 minute fix with a coin.", "One of the flick locks snapped."),
    (13, 'refund', 'stove', "Hi {bn},\n\nrefund of £44.99 processed this morning, should be back on your card by Wednesday.", "Any update on my refund?"),
]:
    R('uk', topic, 'tom', body, buyer, ['contact_phone'], 'personal UK mobile number in the helpdesk signature',
      sig='tom_mob', prod=prod, day=d)

# Siobhan's new Freshdesk signature had a linked logo for a week
for d, topic, prod, body, buyer in [
    (16, 'sizing', 'boots', "Dear {bn},\n\nThe Hillock boots are true to size. If you are between sizes, we recommend the larger size to allow for thicker socks.", "Do these run small?"),
    (17, 'invoice', 'pack', "Dear {bn},\n\nThe invoice for your order is available in Your Orders on Amazon under \"Request invoice\". Please let me know if it does not appear.", "Where do I get an invoice?"),
    (18, 'late-delivery', 'bag', "Dear {bn},\n\nYour parcel is with DPD and due tomorrow between 10:14 and 11:14.", "When will it arrive?"),
]:
    R('uk', topic, 'siobhan', body, buyer, ['external_link'], 'Freshdesk signature with a logo linked to the shop website',
      sig='siobhan_logo', prod=prod, day=d, fmt='alt')

R('uk', 'warranty', 'siobhan', """Dear {bn},

I have logged the warranty claim. For anything further you can also reach the team directly.""",
  "Head torch won't switch on any more.", ['external_link', 'contact_email'], 'signature with website and e-mail address',
  sig='siobhan_web', prod='headlamp')

# Gareth on Outlook (HTML with the Word style block) and his full signature
R('uk', 'damaged', 'gareth', """Hi {bn},

I've looked into this personally. The roof box was damaged by the courier and I've arranged a replacement on a two-man delivery next Thursday.

Any problems, call me directly.""",
  "Second roof box, second crack. I'd like to speak to a manager.",
  ['external_link', 'contact_email', 'contact_phone', 'styling'], 'Outlook HTML with Calibri style block and full signature (phone, mobile, e-mail, website)',
  sig='gareth_full', prod='roofbox', fmt='alt', q='outlook')

R('uk', 'cancellation', 'gareth', """Hi {bn},

Cancelled. Refund will follow from Amazon.""",
  "Cancel my order please.", ['styling'], 'Outlook default style block (Calibri, link colours) in HTML part', prod='stove', fmt='alt', q='outlook')

R('uk', 'misc', 'gareth', """{bn},

I've read your three messages. Frankly it's a piss-take to claim a tent that's clearly been used for a festival is "faulty". There's beer on the groundsheet. No refund.""",
  "This tent is faulty and I want my money back. It leaked all weekend.",
  ['offensive'], 'profanity and sarcasm towards the buyer (plain-text Outlook)', prod='tent', q='outlook')

R('uk', 'returns', 'tom', """Hi {bn},

mate, you've sent back a pair of boots that aren't even ours. Either that's a cock-up on your end or you're trying it on. Either way, stop messaging me every hour, it's doing my head in.""",
  "Why haven't I had my refund? I sent them back a week ago!!",
  ['offensive'], 'rude and insulting reply with profanity', prod='boots')

P('uk', 'order-update', 'siobhan', 'Ticket Received - Order {oid} [#48213]', """Dear {bn},

Thank you for contacting Tarnwick Outdoor. This is an automatic confirmation that we have received your message about order {oid}, and a member of our team will reply within one working day.

Your ticket reference is #48213.""",
  ['unpermitted_proactive'], 'helpdesk auto-acknowledgement sent as a new (non-reply) message', prod='pack', sig='none')

P('uk', 'order-update', 'tom', "We're here if you need us - order {oid}", """Hi {bn},

Just a quick one to say your order {oid} is with you now. If you have any questions or problems at all, we're here to help!""",
  ['unpermitted_proactive'], 'here-to-help-only message', prod='socks')

P('uk', 'order-update', 'siobhan', '[Important] Office closure - order {oid}', """Dear {bn},

Please note that our customer service team will be closed on Monday 23 June for staff training. Messages about order {oid} received that day will be answered on Tuesday.""",
  ['important_tag', 'unpermitted_proactive'], 'proactive closure notice with [Important], nothing needed for the order', prod='headlamp')

P('uk', 'invoice', 'siobhan', '[Important] VAT invoice for order {oid}', """Dear {bn},

As requested, please find attached the VAT invoice for order {oid}.""",
  ['important_tag'], '[Important] on an invoice', prod='bag',
  atts=[att_pdf('VAT_Invoice_TW-UK-25110.pdf', ['Tarnwick Outdoor Ltd - VAT INVOICE TW-UK-25110', 'Total 189.00 GBP'])])

R('uk', 'returns', 'tom', """Hi {bn},

label's attached, print it and stick it on the box.""",
  "Can you send me a returns label?", ['important_tag'], '[Important] added to a reply about a return label',
  subj='[Important] Re: {A}', prod='jacket', atts=[att_pdf('Return_label_RL-UK-9921.pdf', ['Evri return label', 'RL-UK-9921'])])

P('uk', 'invoice', 'tom', 'Your invoice 206-482117-4471829', """Hi {bn},

Invoice for your order 206-482117-4471829 is attached, any questions give us a shout.""",
  ['missing_order_id'], 'mistyped order id (3-6-7 digits) is not an order id', prod='poles',
  atts=[att_pdf('Invoice_TW-UK-25177.pdf', ['Tarnwick Outdoor Ltd - INVOICE TW-UK-25177', 'Total 59.99 GBP'])])

P('uk', 'order-update', 'siobhan', 'A note from Tarnwick Outdoor', """Dear {bn},

Thank you for shopping with Tarnwick Outdoor. We really appreciate your custom and hope you enjoy your purchase.""",
  ['missing_order_id', 'unpermitted_proactive'], 'thank-you-only message without an order id', prod='giftset')

R('uk', 'returns', 'tom', """Hi {bn},

the returns form is attached, fill it in and pop it in the box with the jacket.""",
  "What do I need to include with the return?", ['attachment'], 'returns form sent as XLSX', prod='jacket',
  atts=[('Tarnwick_returns_form.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx())])

R('uk', 'invoice', 'siobhan', """Dear {bn},

Please find the invoice attached.""",
  "Invoice please", ['attachment'], 'file named .pdf that is really an executable', prod='socks',
  atts=[('Invoice_TW-UK-25203.pdf', 'application/pdf', exe())])

R('uk', 'product-question', 'tom', """Hi {bn},

here's the pitching guide, I've put the photos in with it.""",
  "How do you pitch this in wind?", ['attachment'], 'guide and photos sent as a RAR archive', prod='tent',
  atts=[('Bothy_pitching_guide.rar', 'application/vnd.rar', rar())])


P('uk', 'order-update', 'tom', 'Dispatched: order {oid}', """Your Tarnwick order {oid} has been dispatched!

Carrier: Royal Mail Tracked 24
Tracking: https://www.royalmail.com/track-your-item#/tracking-results/QF482205514GB

Thanks for shopping with us.""",
  ['external_link', 'unpermitted_proactive'], 'shipping confirmation from label software with a carrier tracking URL', prod='poles',
  sender='ship', sig='none', fmt='html')

R('uk', 'misc', 'siobhan', """Dear {bn},

Thank you for your patience.

If you would rather not receive any further emails from us about this order, simply reply with UNSUBSCRIBE and we will remove you from our list.""",
  "Still waiting for an answer about my missing tent pegs.", ['opt_out'], 'unsubscribe instruction in body text', prod='tent')

R('uk', 'late-delivery', 'siobhan', """Dear {bn},

Your parcel is now with DPD, reference 1550 2847 4417 06, and it is due on Wednesday.""",
  "Has it shipped yet?", ['opt_out'], 'List-Unsubscribe header added by the helpdesk mailer (header only)',
  prod='bag', hdrs=[('List-Unsubscribe', '<https://tarnwick.freshdesk.com/unsubscribe?t=8812ac41&r={relay}>, <mailto:unsubscribe@tarnwick.freshdesk.com>'),
                    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])

# ===========================================================================
# CA  (Help Scout, Ellie: friendly, Canadian spelling, the odd French word)
# ===========================================================================

R('ca', 'late-delivery', 'ellie', """Hi {bn},

Thanks for your patience! Canada Post has your parcel at the Calgary depot. Tracking is 7316 4582 9920 1148 and it's scheduled for delivery on Wednesday, June 18.

If nothing shows up by Friday, reply here and I'll reship it by Purolator.""",
  "Hello, it's been a week and the package isn't here. Tracking says it's in Calgary?",
  [], '16-digit Canada Post tracking in groups, compliant', prod='bag')

R('ca', 'sizing', 'ellie', """Hi {bn},

The women's M is made for a 35-37 in bust and fits slightly roomy so you can wear a fleece under it. If you're a 36 in, the M is the one I'd pick.

Hope that helps!""",
  "I'm a 36 bust, usually a medium in Arc'teryx. Which size for this one?",
  [], 'sizing answer mentioning another brand only in quoted buyer text, compliant', prod='jacketw', oid=None)

R('ca', 'returns', 'ellie', """Hi {bn},

All set! You can start the return from Your Orders on Amazon.ca:
https://www.amazon.ca/gp/css/returns/homepage.html

Once Canada Post scans the box, I'll refund the $189.99 CAD plus the 5% GST ($9.50) right away.""",
  "How do I return the sleeping bag? It's too small for me.",
  [], 'Amazon.ca returns link, prices and GST, compliant', prod='bag')

R('ca', 'damaged', 'ellie', """Hi {bn},

Oh no, I'm sorry the stove came with a cracked ignition button. I've sent a replacement with Purolator, tracking 3300 0411 2834, arriving Thursday.

No need to ship the broken one back. Bonne journée!""",
  "Ignition button cracked, stove won't light.",
  [], 'Purolator tracking number shaped like a phone number, compliant', prod='stove')

R('ca', 'invoice', 'ellie', """Hi {bn},

Invoice attached. It shows our GST/HST number (812345678 RT0001) and the tax broken out by province, which should work for your business expense claim.""",
  "I need an invoice with your GST number for my company.",
  [], 'invoice PDF with GST/HST registration number, compliant', prod='tent',
  atts=[att_pdf('Tarnwick_CA_Invoice_CA-2025-1187.pdf', ['Tarnwick Outdoor Canada - INVOICE CA-2025-1187', 'GST/HST 812345678 RT0001', 'Total $348.49 CAD'])])

R('ca', 'address', 'ellie', """Hi {bn},

No problem, I've updated the postal code to T2P 1J9. The order hadn't shipped yet so it'll go to the right place.""",
  "I put the wrong postal code, it should be T2P 1J9 not T2P 1J6.",
  [], 'postal code correction, compliant', prod='poles')

R('ca', 'cancellation', 'ellie', """Hi {bn},

Done, your order is cancelled and Amazon will refund you in full. Sorry it didn't work out this time!""",
  "Please cancel, I need it before the 20th and it won't make it.", [], 'cancellation, compliant', prod='roofbox')

R('ca', 'warranty', 'ellie', """Hi {bn},

Your pack is covered for manufacturing defects for 5 years, and a torn shoulder strap seam definitely counts. I've shipped a replacement harness (part no. DRV-65-HRN-M) by Canada Post, tracking 7316 4582 9921 0075.

The instructions for swapping it are attached as a PDF.""",
  "The shoulder strap seam is coming apart after two trips.",
  [], 'part number and tracking, PDF instructions, compliant', prod='pack',
  atts=[att_pdf('Drover65_harness_swap.pdf', ['Tarnwick Drover 65 - Replacing the harness', 'Step 1: open the back panel'])])

P('ca', 'review-request', 'ellie', 'Your order {oid} from Tarnwick Outdoor', """Hi {bn},

Your Cairn bottle (order {oid}) arrived a little while ago. If you have a moment, we'd really appreciate a review on Amazon.ca. It helps other customers decide.

https://www.amazon.ca/review/create-review?asin={asin}""",
  [], 'neutral review request (first of a pair)', prod='bottle', pair='ca1', req=True, day=5)

P('ca', 'review-request', 'ellie', 'Order {oid}: still hoping to hear from you!', """Hi {bn},

We reached out a few weeks ago about order {oid} and didn't hear back, totally fine! But if you're happy with your Cairn bottle, a quick 5-star review would really brighten our day 🙏""",
  ['review_manipulation', 'repeat_request', 'styling'], 'second request that also asks for five stars from happy buyers', prod='bottle', pair='ca1', req=True, day=27)

P('ca', 'customisation', 'ellie', '[Important] Engraving question for order {oid}', """Hi {bn},

Thanks for your order {oid}! The engraving text you entered ("Happy 40th Dad!!! Love always, Meg & the boys") is 47 characters, but the Cairn bottle fits a maximum of 30.

Could you reply with a shorter version? We'll hold the order until we hear from you.""",
  [], '[Important] for a customisation question, compliant', prod='bottle', crit=True)

R('ca', 'product-question', 'ellie', """Hi {bn},

We don't have a promo code running right now, sorry! The price you see on Amazon.ca is our best price at the moment.""",
  "Do you have any discount codes?", [], 'buyer asks for a discount, agent declines without promoting, compliant', prod='socks', oid=None)

R('ca', 'misc', 'ellie', """Hi {bn},

Thanks for the kind words! We're so happy the tent kept you dry on the West Coast Trail.

Psst, we just launched a Canada-only Facebook group for Tarnwick owners, search "Tarnwick Outdoor Canada Crew" and come share your trip photos! 🏕️""",
  "Just back from the West Coast Trail, the tent was amazing in the rain.",
  ['contact_other', 'marketing', 'styling'], 'invites buyer to a Facebook group, with an emoji', prod='tent')

R('ca', 'returns', 'ellie', """Hi {bn},

Return label is ready in your account. If you'd like, you can also drop it off at our Vancouver showroom instead: 1180 Hamilton St, and you'll get 15% off anything in store that day!""",
  "Return please, wrong colour.", ['marketing'], 'in-store discount offer unrelated to the return', prod='jacketw')

R('ca', 'feedback', 'ellie', """Hi {bn},

So glad it's all sorted! Since everything worked out, could you update your feedback to 5 stars? It would mean a lot to our little team.""",
  "Got the replacement, thanks.", ['review_manipulation', 'feedback_removal'], 'asks to change feedback to five stars', prod='headlamp')

R('ca', 'late-delivery', 'ellie', """Hi {bn},

The parcel is at the Purolator depot and out for delivery tomorrow. Track it here: http://www.purolator.com/en/shipping/tracker?pin=330004112911

Sorry for the wait!""",
  "Where's my order?", ['external_link'], 'plain http carrier tracking link', prod='pack')

R('ca', 'damaged', 'ellie', """Hi {bn},

I'm really sorry about the dented canister cover. Please send a photo to our claims inbox at claims＠tarnwick-outdoor．com so I can file it with Purolator.""",
  "The stove case arrived dented.", ['contact_email'], 'e-mail address written with full-width @ and dot', prod='stove', obf='full-width characters')

# ===========================================================================
# AU  (osTicket, Jake: laid-back Aussie; sometimes from his own Gmail with Mailtrack)
# ===========================================================================

R('au', 'late-delivery', 'jake', """G'day {bn},

Sorry for the hold up. Aus Post has it at the Alexandria facility, tracking 33XKD7710482 01000931509, and it's booked in for delivery Thursday.

If it doesn't rock up by Friday arvo, flick me a message here and I'll send another one express.""",
  "Hi, it's been 8 days, any idea where my parcel is?", [], 'Australia Post tracking, compliant', prod='bag')

R('au', 'returns', 'jake', """Hey {bn},

No dramas. Start the return through Amazon here:
https://www.amazon.com.au/gp/css/returns/homepage.html

Once it's back with us in Brisbane we'll refund the full $159.95.""",
  "Can I return these boots? Too narrow.", [], 'Amazon.com.au returns link, compliant', prod='boots')

R('au', 'damaged', 'jake', """Hi {bn},

Bugger, sorry about that. Replacement head torch went out today via StarTrack, consignment ZFX4401928 1, should be there Monday.

Keep the dodgy one or chuck it in e-waste, no need to send it back.""",
  "The head torch won't turn on at all out of the box.",
  [], 'StarTrack consignment, mild colloquial word, compliant', prod='headlamp')

R('au', 'invoice', 'jake', """Hi {bn},

Tax invoice attached. Our ABN (51 824 753 556) is on it and GST is shown separately ($18.18).""",
  "Need a tax invoice please for my business.", [], 'ABN that looks like a phone number, tax invoice PDF, compliant', prod='pack',
  atts=[att_pdf('Tax_Invoice_AU-30041.pdf', ['Tarnwick Outdoor AU - TAX INVOICE AU-30041', 'ABN 51 824 753 556', 'GST $18.18  Total $199.95'])])

R('au', 'sizing', 'jake', """Hey {bn},

The 9-11 is roughly AU men's 8 to 10. You're a 10.5 so I'd go the 11-13.""",
  "I'm a men's 10.5, which sock size?", [], 'sizing, compliant', prod='socks', oid=None)

R('au', 'cancellation', 'jake', """Hi {bn},

Too late to cancel sorry mate, it's already been picked up by the courier. You can refuse delivery or return it unopened for a full refund, whichever's easier.""",
  "Cancel please, found it cheaper.", [], 'cancellation refused politely, compliant', prod='stove')

R('au', 'misc', 'jake', """Hi {bn},

Sorry, we can't move this to phone or text, Amazon wants us to keep it all in here. Shoot me the question and I'll get back to you today.""",
  "Can you give me a call on my mobile? I'm flat out at work.", [], 'declines phone contact, no number given, compliant', prod='powerbank')

R('au', 'warranty', 'jake', """Hi {bn},

Yep, it's under warranty. Just need the serial (starts with LM9-2405-) off the battery door and I'll send a new one out.""",
  "Head torch flickers. Bought it in January.", [], 'serial-number format, compliant', prod='headlamp')

R('au', 'refund', 'jake', """Hi {bn},

Fair call, the tent pegs should've been in there. I've refunded $12 for the pegs and a new set's on the way anyway.""",
  "No pegs in the tent bag. Seriously?", [], 'partial refund plus replacement, compliant', prod='tent')

R('au', 'feedback', 'jake', """Hey {bn},

Glad the replacement sorted it. If you reckon we've done right by you, you can edit your feedback from Your Orders, but no pressure either way, all good.""",
  "New one works fine, cheers.", [], 'neutral mention of updating feedback, compliant', prod='powerbank')

R('au', 'product-question', 'jake', """Hi {bn},

Good question. It's a screw-thread canister stove (EN 417), so it won't take the butane cans you get for the lunchbox stoves. Any outdoors shop sells the screw-on ones.""",
  "Does this stove take those cheap butane cans from Bunnings?",
  [], 'store name only in quoted buyer text, no promotion, compliant', prod='stove', oid=None)

P('au', 'delivery-scheduling', 'jake', '[IMPORTANT] Delivery booking for order {oid}', """Hi {bn},

Your roof box from order {oid} is going out with a freight carrier because of its size. They need someone home to sign, Mon-Fri 7am-3pm.

Can you reply with a day that suits next week? We'll book it straight in.""",
  [], 'upper-case [IMPORTANT] for delivery scheduling, compliant', prod='roofbox', crit=True)

P('au', 'review-request', 'jake', 'Order {oid}', """Hi {bn},

Hope the poles have been getting a workout. If you've got a minute, we'd appreciate your feedback on order {oid}, good or bad, it all helps.

Cheers""",
  [], 'neutral feedback request (first of a pair)', prod='poles', pair='au1', req=True, day=2, sig='none')

P('au', 'review-request', 'jake', 'Order {oid} - your chance to win!', """Hi {bn},

Just following up on order {oid}. Leave us a review this month and you'll go in the draw to win a Drover 65 pack worth $249!""",
  ['review_incentive', 'repeat_request'], 'second request for the same order, with a prize draw', prod='poles', pair='au1', req=True, day=20)

R('au', 'late-delivery', 'jake', """{bn},

Mate, it's been four days not four weeks. Chill out. Stop carrying on like a pork chop, it'll get there when Aus Post gets it there.""",
  "WHERE IS MY ORDER. This is ridiculous.", ['offensive'], 'belittling and insulting the buyer', prod='tent')

R('au', 'returns', 'jake', """Hey {bn},

What the hell are you doing sending back a stove covered in soot and saying it's "unused"? Don't bullshit me. Not happening.""",
  "Returned the stove unused, when's my refund?", ['offensive'], 'profanity directed at the buyer', prod='stove')

for d, topic, prod, body, buyer in [
    (14, 'refund', 'boots', "Hi {bn},\n\nRefund's gone through, $159.95 back to your card in 3-5 days.", "Refund yet?"),
    (15, 'sizing', 'jacket', "Hey {bn},\n\nIt runs a touch big, I'd go down one size if you're between.", "Does this run big?"),
    (16, 'late-delivery', 'socks', "Hi {bn},\n\nIt's with Aus Post, tracking 33XKD7710512 01000931509, due tomorrow.", "Has this shipped?"),
]:
    R('au', topic, 'jake', body, buyer, ['contact_phone'], 'personal mobile in signature', sig='jake_mob', prod=prod, day=d)

R('au', 'warranty', 'jake', """Hi {bn},

Yep that's a warranty job. Easiest is to text me a photo: oh four nine one, five seven oh, one five six. I'll sort it from there.""",
  "Zip pull snapped on my pack.", ['contact_phone'], 'mobile number spelled out in words', prod='pack', obf='digits as words')

R('au', 'damaged', 'jake', """Hi {bn},

Sorry mate. Send me some pics of the damage and I'll get a new one out.""",
  "Power bank case cracked in transit.", ['tracking_pixel'], 'sent from the agent\'s Gmail with a Mailtrack open-tracking pixel',
  prod='powerbank', sender='gmail_au', sig='Jake', q='gmail',
  tail='<img width="0" height="0" alt="" style="display:flex" src="https://mailtrack.io/trace/mail/7c1f0e5ab2d94c3e8a61.png?u=8841275">')

R('au', 'sizing', 'jake', """Hi {bn},

EU 39 is about AU women's 8. Have a look at the size guide anyway: tarnwick-outdoor.com/au/size-guide

Cheers""",
  "I'm an AU 8, which size?", ['external_link'], 'bare domain with path', prod='boots', oid=None, sender='gmail_au', sig='Jake', q='gmail',
  tail='<img width="0" height="0" alt="" style="display:flex" src="https://mailtrack.io/trace/mail/91b2aa07e3c54df0bb12.png?u=8841275">')
SPECS[-1]['cats'] = ['external_link', 'tracking_pixel']
SPECS[-1]['note'] = 'bare shop domain with path, plus a Mailtrack pixel from the agent\'s Gmail'

P('au', 'order-update', 'jake', 'Support Ticket Opened [#331209]', """Hi {bn},

A request for support has been created and assigned ticket #331209. A representative will follow-up with you as soon as possible. You can view this ticket's progress online here: https://support.tarnwick-outdoor.com/view.php?t=331209&e={relay}

If you wish to send additional comments or information regarding this issue, please don't open a new ticket. Simply reply to this email.""",
  ['external_link', 'missing_order_id', 'unpermitted_proactive'], 'osTicket new-ticket auto-response with portal link, no order id', prod='pack', sig='none')

R('au', 'returns', 'jake', """Hi {bn},

Your return has been received and your refund processed.

We hope this response has sufficiently answered your questions. If not, please do not send another email. Instead, reply to this email or login to your account for a complete archive of all your support requests and responses.
https://support.tarnwick-outdoor.com/tickets.php""",
  "Did you get my return?", ['external_link'], 'osTicket default response template with support-portal link', prod='bag', q='osthread')

# ===========================================================================
# IN  (osTicket, Priya: formal Indian English, "Kindly", "Greetings of the day")
# ===========================================================================

R('in', 'late-delivery', 'priya', """Dear {bn},

Greetings of the day!

We apologise for the delay. Your shipment was handed over to Delhivery on 5 June and the AWB number is 1492 8130 0456 21. As per the latest status it has reached the Bhiwandi hub and will be delivered by 13 June.

Kindly wait till then. If not received, please revert on this message and we shall arrange a replacement.""",
  "I have ordered 10 days back and still not received. Please update status.",
  [], 'Delhivery AWB grouped like a phone number, compliant', prod='pack')

R('in', 'invoice', 'priya', """Dear {bn},

As requested, please find attached the GST invoice for your order. Our GSTIN is 29AAKCT4471M1Z6 and the IGST of ₹539.82 is shown separately.

Kindly let us know if any correction is required in the billing name.""",
  "Please send GST invoice with my company GSTIN 27AAPFR2231K1ZQ.",
  [], 'GST invoice PDF, GSTIN and rupee amounts, compliant', prod='headlamp',
  atts=[att_pdf('GST_Invoice_TWIN-2025-2214.pdf', ['Tarnwick Outdoor India - TAX INVOICE TWIN-2025-2214', 'GSTIN 29AAKCT4471M1Z6', 'IGST Rs 539.82  Total Rs 3,539.00'])])

R('in', 'returns', 'priya', """Dear {bn},

Thank you for contacting us. You may raise the return request from Your Orders on Amazon.in:
https://www.amazon.in/gp/css/returns/homepage.html

Pickup will be arranged by Amazon within 2-3 working days. Refund of ₹4,299 will be initiated once the product reaches our Bengaluru warehouse.""",
  "I want to return the jacket, size is not correct.", [], 'Amazon.in returns link, rupee price, compliant', prod='jacket')

R('in', 'damaged', 'priya', """Dear {bn},

We are extremely sorry for the inconvenience caused. We have dispatched a replacement bottle through Blue Dart, AWB 50412873916, which will reach you within 3 working days.

There is no need to return the dented bottle.""",
  "Bottle received with a big dent on the side. Very bad packing.",
  [], '11-digit Blue Dart AWB (shaped like a mobile number), compliant', prod='bottle')

R('in', 'cancellation', 'priya', """Dear {bn},

As per your request, we have cancelled the order. The refund of ₹2,150 will be credited to your original payment method within 5-7 working days.""",
  "Cancel my order, ordered by mistake.", [], 'cancellation with refund amount, compliant', prod='socks')

R('in', 'warranty', 'priya', """Dear {bn},

Your power bank is covered under the 1 year warranty. Kindly share the serial number (printed below the USB ports, format KS20-IN-xxxxxx) and a photo of the product.

Once we receive the details we shall arrange the replacement at the earliest.""",
  "Power bank not charging after 4 months. What to do?", [], 'warranty, serial format, compliant', prod='powerbank')

R('in', 'sizing', 'priya', """Dear {bn},

For a chest of 40 inches we would suggest size M. If you prefer a looser fit to wear over a sweater, kindly choose L.""",
  "My chest is 40 inch. Which size to order?", [], 'sizing answer, compliant', prod='jacket', oid=None)

R('in', 'misc', 'priya', """Dear {bn},

We understand your concern. However, as per Amazon policy we are unable to share personal contact details or communicate over WhatsApp. Kindly share your query here itself and we shall respond within 24 hours.""",
  "Please share your WhatsApp number, I will send video of the problem.",
  [], 'refuses WhatsApp without a number, compliant', prod='headlamp', okwords=True)

R('in', 'address', 'priya', """Dear {bn},

We have noted the change in landmark (opposite Sai Baba temple, near Kothrud bus depot). Pin code 411038 remains the same. The courier partner has been informed.""",
  "Please add landmark opposite Sai Baba temple, the courier boy could not find house.",
  [], 'address landmark and PIN code, compliant', prod='tent')

R('in', 'refund', 'priya', """Dear {bn},

We regret the inconvenience. As the rain cover was missing, we have initiated a partial refund of ₹600 and the rain cover is being sent separately (Delhivery AWB 1492 8130 0471 09).""",
  "Rain cover not received with bag.", [], 'partial refund, compliant', prod='pack')

R('in', 'misc', 'priya', """Dear {bn},

We are sorry to hear about your experience. We have checked with the courier, and the package was delivered on 11 June at 4:42 PM, received by "Security".

Kindly check with your building security. If it is not traced, please revert and we shall raise a claim with the courier.""",
  "You people are cheating. I never got it and it shows delivered.",
  [], 'firm polite answer to accusation, delivery time, compliant', prod='stove')

P('in', 'review-request', 'priya', 'Regarding your order {oid}', """Dear {bn},

Greetings from Tarnwick Outdoor!

We hope you are enjoying your trekking poles from order {oid}. If you have a few minutes, we would be grateful if you could share your review on Amazon.in. Your feedback helps other trekkers.

https://www.amazon.in/review/create-review?asin={asin}""",
  [], 'neutral review request with Amazon.in link (first of a pair)', prod='poles', pair='in1', req=True, day=3)

P('in', 'review-request', 'priya', 'Gentle reminder - order {oid}', """Dear {bn},

This is a gentle reminder regarding our earlier request for order {oid}. Kindly spare 2 minutes to review the product. Your valuable review is awaited.""",
  ['repeat_request'], 'second request for the same order ("gentle reminder")', prod='poles', pair='in1', req=True, day=18)

P('in', 'review-request', 'priya', 'Regarding your order {oid}', """Dear {bn},

Greetings of the day! We hope the sleeping bag from order {oid} is keeping you warm.

If you are satisfied with our product, kindly give us 5 star rating on Amazon. If you have any issue, kindly contact us first before giving any review so we can resolve it.""",
  ['review_manipulation'], 'review gating and 5-star request', prod='bag', req=True)

R('in', 'returns', 'priya', """Dear {bn},

We have processed the replacement. Kindly also post a review after using the product, and we shall send you a ₹200 Amazon Pay voucher as token of appreciation.""",
  "Please replace, one pole is shorter than other.", ['review_incentive'], 'Amazon Pay voucher for a review', prod='poles')

R('in', 'feedback', 'priya', """Dear {bn},

Since your issue has been resolved, we humbly request you to kindly remove the negative feedback given by you. It is affecting our seller rating badly. Kindly do the needful.""",
  "Ok I got the refund.", ['feedback_removal'], 'asks to remove negative feedback ("do the needful")', prod='headlamp')

R('in', 'feedback', 'priya', """Dear {bn},

We are happy your problem is solved. We will also provide a 20% discount coupon on your next purchase once the feedback is modified. Kindly revert after updating.""",
  "Received the replacement. Fine.", ['review_incentive', 'feedback_removal'], 'discount on next purchase for modifying feedback', prod='powerbank')

for d, topic, prod, body, buyer in [
    (20, 'late-delivery', 'socks', "Dear {bn},\n\nYour order has been dispatched through Delhivery, AWB 1492 8130 0502 77. Expected delivery is 24 June.", "When will I get my order?"),
    (21, 'sizing', 'boots', "Dear {bn},\n\nEU 39 is equivalent to UK 6. Kindly refer to your usual UK size.", "What is EU 39 in UK size?"),
    (23, 'refund', 'bag', "Dear {bn},\n\nThe refund of ₹5,999 has been initiated and will reflect in 5-7 working days.", "Refund status please."),
]:
    R('in', topic, 'priya', body, buyer, ['contact_phone', 'contact_other'], 'WhatsApp number in the helpdesk signature',
      sig='priya_wa', prod=prod, day=d)

R('in', 'damaged', 'priya', """Dear {bn},

Kindly share the unboxing video on our WhatsApp: nine zero zero zero zero - four one two seven six. Our technical team will check and revert.""",
  "Headlamp not working from day one.", ['contact_phone', 'contact_other'], 'WhatsApp number spelled out in words', prod='headlamp', obf='digits as words')

R('in', 'warranty', 'priya', """Dear {bn},

For warranty claims kindly write to warranty.in@tarnwick&#45;outdoor.com with the invoice copy.""",
  "How to claim warranty?", ['contact_email'], 'e-mail address with an HTML entity for the hyphen',
  prod='stove', obf='HTML entity in address',
  bh='<p>Dear {bn},</p>\n<p>For warranty claims kindly write to warranty.in&#64;tarnwick&#45;outdoor&#46;com with the invoice copy.</p>')
SPECS[-1]['body'] = SPECS[-1]['body'].replace('&#45;', '-')
SPECS[-1]['fmt'] = 'html'

P('in', 'order-update', 'priya', 'Order {oid} shipped', """Dear {bn},

Your order {oid} has been shipped via Delhivery (AWB 1492 8130 0519 44) and will be delivered in 3-5 working days. Thank you for shopping with Tarnwick Outdoor.""",
  ['unpermitted_proactive'], 'shipping confirmation sent by the agent', prod='tent')

P('in', 'invoice', 'priya', '[Important] GST Invoice - order {oid}', """Dear {bn},

Please find attached the GST invoice for your order {oid}.""",
  ['important_tag'], '[Important] on a GST invoice message', prod='pack',
  atts=[att_pdf('GST_Invoice_TWIN-2025-2290.pdf', ['Tarnwick Outdoor India - TAX INVOICE TWIN-2025-2290', 'Total Rs 7,499.00'])])

R('in', 'invoice', 'priya', """Dear {bn},

Please find the invoice attached.""",
  "Need invoice copy.", ['attachment'], 'invoice as an HTML file', prod='socks',
  atts=[('Invoice_TWIN-2025-2301.html', 'text/html', b'<html><body><h1>Tarnwick Outdoor India - TAX INVOICE TWIN-2025-2301</h1><p>Total Rs 2,150.00</p></body></html>')])

# ===========================================================================
# DE  (Zammad: Katrin = förmlich, "Sie", lange Sätze; Jonas = locker, kurze Sätze,
#      manchmal aus Thunderbird)
# ===========================================================================

R('de', 'late-delivery', 'katrin', """Sehr geehrte/r {bn},

vielen Dank für Ihre Nachricht und entschuldigen Sie bitte die Verzögerung.

Ihr Paket wurde am Dienstag an DHL übergeben. Die Sendungsnummer lautet 00340434161234567890. Laut Sendungsverfolgung befindet es sich derzeit im Paketzentrum Hamburg und wird voraussichtlich am Donnerstag, 12.06., zugestellt.

Sollte die Sendung bis Samstag nicht bei Ihnen sein, geben Sie uns bitte kurz Bescheid, dann schicken wir umgehend Ersatz.""",
  "Hallo, die Lieferung war für den 6.6. angekündigt, bisher ist nichts angekommen. Können Sie nachsehen?",
  [], 'DHL-Sendungsnummer (20 Ziffern), konform', prod='jacket')

R('de', 'returns', 'jonas', """Hallo {bn},

kein Problem. Die Rücksendung kannst du ganz einfach über dein Amazon-Konto anmelden:
https://www.amazon.de/gp/css/returns/homepage.html

Das Etikett ist kostenlos. Sobald die Schuhe bei uns sind, erstatten wir den vollen Betrag von 139,90 €.""",
  "Die Schuhe sind zu klein, wie kann ich sie zurückschicken?",
  [], 'Amazon-Rücksendelink, Preis, konform', prod='boots')

R('de', 'damaged', 'katrin', """Sehr geehrte/r {bn},

es tut uns sehr leid, dass die Dachbox mit einem Riss im Deckel bei Ihnen angekommen ist.

Die Schadensbewertung durch die Spedition läuft bereits, darum müssen Sie sich nicht kümmern. Eine neue Dachbox geht morgen per Spedition an Sie raus; die Spedition meldet sich vorab für einen Liefertermin. Die beschädigte Box nimmt der Fahrer bei der Anlieferung direkt wieder mit.""",
  "Die Dachbox hat einen Riss im Deckel, schon beim Auspacken. Was nun?",
  [], 'Schadensbewertung (Bewertung im Sinne von Schadensprüfung), Ersatz, konform', prod='roofbox')

R('de', 'invoice', 'katrin', """Sehr geehrte/r {bn},

anbei erhalten Sie die Rechnung RE-2025-06-3381 zu Ihrer Bestellung {oid} als PDF. Die Umsatzsteuer (19 %, 23,79 €) ist separat ausgewiesen.""",
  "Bitte schicken Sie mir eine Rechnung mit ausgewiesener MwSt.",
  [], 'Rechnung als PDF, Impressum-Signatur ohne Kontaktdaten, konform', prod='pack',
  atts=[att_pdf('Rechnung_RE-2025-06-3381.pdf', ['Tarnwick Outdoor GmbH - Rechnung RE-2025-06-3381', 'USt-IdNr. DE 318 472 905', 'Netto 125,21 EUR  USt 23,79 EUR  Gesamt 149,00 EUR'])])

R('de', 'sizing', 'jonas', """Hallo {bn},

bei 102 cm Brustumfang passt L (100-106 cm). Wenn du gern eine dicke Fleecejacke drunter trägst, eher XL.

Die Ärmellänge bei L: 89 cm ab Nackenmitte.""",
  "Brustumfang 102 cm, L oder XL?", [], 'Größenberatung mit Maßen, konform', prod='jacket', oid=None)

R('de', 'warranty', 'katrin', """Sehr geehrte/r {bn},

für die Stirnlampe gilt neben der gesetzlichen Gewährleistung unsere Herstellergarantie von zwei Jahren ab Lieferung.

Bitte nennen Sie uns die Seriennummer (sie steht im Batteriefach und beginnt mit LM9-) und beschreiben Sie kurz das Flackern. Wir schicken Ihnen dann eine neue Lampe zu; die Garantiebedingungen finden Sie im Anhang.""",
  "Meine Stirnlampe flackert seit einer Woche. Ist das ein Garantiefall?",
  [], 'Garantiekarte als PDF, konform', prod='headlamp',
  atts=[att_pdf('Garantiebedingungen_Lumen900.pdf', ['Tarnwick Lumen 900 - Garantiebedingungen', '2 Jahre ab Lieferung'])])

R('de', 'cancellation', 'jonas', """Hallo {bn},

leider ist die Bestellung schon unterwegs, stornieren geht nicht mehr. Du kannst die Annahme einfach verweigern, dann kommt das Paket zu uns zurück und du bekommst dein Geld wieder.""",
  "Bitte stornieren, hab mich vertan.", [], 'Stornierung nicht mehr möglich, konform', prod='stove')

R('de', 'feedback', 'katrin', """Sehr geehrte/r {bn},

schön, dass der Ersatzschlafsack nun angekommen ist und passt.

Falls Sie der Meinung sind, dass wir die Sache zu Ihrer Zufriedenheit gelöst haben, können Sie Ihre Verkäuferbewertung in Ihrem Amazon-Konto jederzeit anpassen. Das bleibt selbstverständlich ganz Ihnen überlassen.""",
  "Ersatz ist da, passt. Danke.", [], 'neutraler Hinweis, dass Bewertung angepasst werden kann, konform', prod='bag')

R('de', 'misc', 'katrin', """Sehr geehrte/r {bn},

wir verstehen Ihren Ärger. Das Paket wurde laut DHL am 10.06. um 11:24 Uhr bei Ihrem Nachbarn (Hausnummer 12) abgegeben; die Benachrichtigungskarte sollte in Ihrem Briefkasten liegen.

Sollten Sie das Paket dort nicht erhalten, leiten wir gern einen Nachforschungsauftrag ein und erstatten den Betrag, falls es nicht auftaucht.""",
  "Das ist doch Betrug! Angeblich zugestellt, aber hier ist nichts. Unmöglicher Laden.",
  [], 'sachliche Antwort auf einen unhöflichen Kunden, konform', prod='poles')

R('de', 'misc', 'jonas', """Hallo {bn},

telefonisch oder per WhatsApp dürfen wir Amazon-Bestellungen leider nicht betreuen, Amazon möchte, dass alles hier im Nachrichtencenter bleibt. Schreib mir einfach hier, ich antworte heute noch.""",
  "Kann ich Sie anrufen oder per WhatsApp schreiben?", [], 'lehnt Telefon/WhatsApp ab ohne Nummer, konform', prod='powerbank', okwords=True)

R('de', 'refund', 'katrin', """Sehr geehrte/r {bn},

für den Kratzer am Kocher haben wir Ihnen eine Teilerstattung von 15,00 € veranlasst. Der Betrag wird innerhalb von 3-5 Werktagen auf Ihrem Zahlungsmittel gutgeschrieben.""",
  "Der Kocher hat einen Kratzer. Funktioniert, sieht aber unschön aus.",
  [], 'Teilerstattung zur Problemlösung, konform', prod='stove')

R('de', 'address', 'jonas', """Hallo {bn},

alles klar, ich hab die Lieferadresse auf die Packstation 148 in 22769 Hamburg geändert, mit deiner Postnummer 81234567. Das Paket ist noch nicht raus.""",
  "Kannst du es an meine Packstation 148 schicken? Postnummer 81234567.",
  [], 'Packstation und Postnummer (Ziffernfolge), konform', prod='socks')

R('de', 'product-question', 'katrin', """Sehr geehrte/r {bn},

die Skerry-Dachbox wiegt 17 kg und ist für eine Zuladung von bis zu 75 kg zugelassen. Bitte beachten Sie zusätzlich die maximale Dachlast Ihres Fahrzeugs laut Fahrzeugschein.""",
  "Wie viel darf man in die Dachbox laden?", [], 'Produktfrage ohne Bestellnummer, konform', prod='roofbox', oid=None)

P('de', 'delivery-scheduling', 'katrin', '[Important] Liefertermin für Ihre Dachbox - Bestellung {oid}', """Sehr geehrte/r {bn},

Ihre Dachbox aus Bestellung {oid} wird wegen ihrer Größe per Spedition zugestellt. Die Spedition liefert werktags zwischen 8 und 16 Uhr.

Bitte teilen Sie uns mit, an welchen Tagen in der kommenden Woche jemand zu Hause ist. Wir vereinbaren den Termin dann für Sie.""",
  [], '[Important] für Terminabsprache bei Speditionsware, konform', prod='roofbox', crit=True)

P('de', 'review-request', 'katrin', 'Ihre Bestellung {oid} bei Tarnwick Outdoor', """Sehr geehrte/r {bn},

wir hoffen, dass Sie mit Ihrem Trekkingrucksack aus Bestellung {oid} zufrieden sind.

Wenn Sie einen Moment Zeit haben, würden wir uns über eine Rezension auf Amazon freuen. Sie hilft anderen Kundinnen und Kunden bei der Auswahl.""",
  [], 'neutrale Bitte um Rezension (erste eines Paars)', prod='pack', pair='de1', req=True, day=4)

P('de', 'review-request', 'jonas', 'Nochmal wegen Bestellung {oid}', """Hallo {bn},

wir hatten uns vor ein paar Wochen schon mal wegen deiner Bestellung {oid} gemeldet. Falls du inzwischen mit dem Rucksack unterwegs warst: Eine kurze Rezension auf Amazon würde uns immer noch sehr helfen!""",
  ['repeat_request'], 'zweite Bitte um Rezension für dieselbe Bestellung', prod='pack', pair='de1', req=True, day=23)

P('de', 'review-request', 'jonas', 'Deine Bestellung {oid}', """Hallo {bn},

deine Stöcke aus Bestellung {oid} sind vor einer Woche angekommen. Wenn du magst, freuen wir uns über dein Feedback zur Bestellung auf Amazon. Danke dir!""",
  [], 'neutrale Feedback-Bitte auf Deutsch (erste eines Paars, zweite folgt auf Englisch)', prod='poles', pair='de2', req=True, day=6)

P('de', 'review-request', 'marcus', 'Your order {oid}', """Hi {bn},

Following up on your order {oid} (trekking poles). If you've had a chance to use them, we'd really appreciate a review on Amazon.de.

Thanks!""",
  ['repeat_request'], 'second request for a German order sent in English by another agent', prod='poles', pair='de2', req=True, day=26,
  lang='en', sender='zm_de')

P('de', 'review-request', 'jonas', 'Kleines Dankeschön - Bestellung {oid}', """Hallo {bn},

als Dankeschön für deine Bewertung schenken wir dir einen 5-€-Gutschein für deinen nächsten Einkauf bei uns. Schreib einfach kurz zurück, wenn deine Rezension online ist.

Bestellung: {oid}""",
  ['review_incentive'], 'Gutschein für eine Bewertung (abgelehnt; die spätere neutrale Bitte zu dieser Bestellung ist keine Wiederholung)',
  prod='bottle', pair='de3', req=True, day=8)

P('de', 'review-request', 'katrin', 'Ihre Meinung zu Bestellung {oid}', """Sehr geehrte/r {bn},

wenn Sie einen Moment Zeit haben, würden wir uns über Ihre Rezension zu Ihrer Isolierflasche aus Bestellung {oid} freuen.""",
  [], 'neutrale Bitte; die frühere Anfrage zu dieser Bestellung enthielt einen Gutschein und wurde nicht zugestellt, daher keine Wiederholung',
  prod='bottle', pair='de3', req=True, day=24)

R('de', 'damaged', 'katrin', """Sehr geehrte/r {bn},

der Ersatz ist bereits unterwegs. Als kleine Geste erstatten wir Ihnen außerdem 10 % des Kaufpreises, sobald Ihre Rezension auf Amazon veröffentlicht ist. Senden Sie uns dazu einfach den Link.""",
  "Der Reißverschluss ist nach einer Woche kaputt.", ['review_incentive'], 'Teilerstattung gegen Rezension', prod='jacketw')

R('de', 'sizing', 'jonas', """Hallo {bn},

super, dass die 39 jetzt passt! Wenn du zufrieden bist, würden wir uns riesig über 5 Sterne freuen. Und falls doch mal was nicht stimmt, sag bitte zuerst uns Bescheid, bevor du eine Bewertung schreibst.""",
  "Die neuen Schuhe passen perfekt, danke.", ['review_manipulation'], '5 Sterne und Review-Gating', prod='boots')

R('de', 'feedback', 'katrin', """Sehr geehrte/r {bn},

nachdem nun alles geklärt ist, möchten wir Sie höflich bitten, Ihre negative Bewertung noch einmal zu überdenken. Vielleicht spiegelt sie den jetzigen Stand nicht mehr ganz wider, und für einen kleinen Händler wie uns wiegt jede Bewertung schwer.""",
  "Erstattung erhalten.", ['feedback_removal'], 'indirekte, aber drängende Bitte, die Bewertung zu ändern', prod='headlamp')

R('de', 'feedback', 'jonas', """Hallo {bn},

danke fürs Feedback. Könntest du die 1-Stern-Bewertung vielleicht rausnehmen? Wir haben dir ja jetzt den vollen Betrag erstattet.""",
  "Geld ist da.", ['feedback_removal'], 'Bitte, die Bewertung zu löschen', prod='stove')

R('de', 'returns', 'jonas', """Hallo {bn},

Rücksendung ist angemeldet. Übrigens: Ab Freitag läuft unser Sommer-Sale, 25 % auf alle Zelte und Schlafsäcke in unserem Amazon-Shop. Vielleicht ist ja was für dich dabei!""",
  "Ich möchte das Zelt zurückgeben, ist mir zu schwer.", ['marketing'], 'Sommer-Sale in einer Retourenantwort', prod='tent')

R('de', 'returns', 'jonas', """Hallo {bn},

ehrlich jetzt? In der Artikelbeschreibung steht dreimal "2 Personen". Lesen Sie doch mal, bevor Sie sich beschweren. Unfassbar, wie dämlich manche Leute sind.""",
  "Das Zelt ist viel zu klein für uns drei! Falsche Beschreibung!", ['offensive'], 'beleidigt den Kunden', prod='tent')

R('de', 'late-delivery', 'katrin', """{bn},

Ihre fünfte Nachricht heute ändert nichts an der Zustellung. Hören Sie auf, uns mit Ihrem Mist zu nerven, sonst melden wir Ihr Konto bei Amazon.""",
  "Wo bleibt mein Paket??? Antworten Sie endlich!!!", ['offensive'], 'Schimpfwort und Drohung', prod='bag')

P('de', 'invoice', 'katrin', '[Important] Ihre Rechnung zur Bestellung {oid}', """Sehr geehrte/r {bn},

anbei die Rechnung zu Ihrer Bestellung {oid}.""",
  ['important_tag'], '[Important] bei Rechnungsversand', prod='socks',
  atts=[att_pdf('Rechnung_RE-2025-06-3502.pdf', ['Tarnwick Outdoor GmbH - Rechnung RE-2025-06-3502', 'Gesamt 29,90 EUR'])])

P('de', 'order-update', 'jonas', 'Vielen Dank für Ihre Bestellung {oid}', """Hallo {bn},

vielen Dank für deine Bestellung {oid}! Wir packen sie gerade mit Liebe für dich ein und melden uns, sobald sie unterwegs ist.

Viel Spaß draußen! 🌲

Keine Lust mehr auf Post von uns? Antworte einfach mit "Abmelden".""",
  ['opt_out', 'styling', 'unpermitted_proactive'], 'Bestellbestätigung mit Emoji und Abmelde-Hinweis', prod='giftset')

P('de', 'invoice', 'katrin', 'Ihre Rechnung RE-2025-06-3611', """Sehr geehrte/r {bn},

anbei erhalten Sie Ihre Rechnung RE-2025-06-3611. Vielen Dank für Ihren Einkauf.""",
  ['missing_order_id'], 'Rechnung mit Rechnungs-, aber ohne Bestellnummer', prod='headlamp',
  atts=[att_pdf('Rechnung_RE-2025-06-3611.pdf', ['Tarnwick Outdoor GmbH - Rechnung RE-2025-06-3611', 'Gesamt 49,90 EUR'])])

for d, topic, prod, body, buyer in [
    (12, 'warranty', 'powerbank', "Sehr geehrte/r {bn},\n\nvielen Dank. Wir haben den Garantiefall angelegt; eine neue Powerbank geht morgen an Sie raus.", "Powerbank lädt nicht mehr."),
    (13, 'returns', 'jacketw', "Sehr geehrte/r {bn},\n\nIhre Rücksendung ist bei uns eingegangen, die Erstattung über 149,00 € ist veranlasst.", "Ist meine Rücksendung angekommen?"),
]:
    R('de', topic, 'katrin', body, buyer, ['external_link', 'contact_email', 'contact_phone'],
      'Impressum in der Signatur mit Telefon, Fax, E-Mail und Website', sig='katrin_imp', prod=prod, day=d)

R('de', 'damaged', 'jonas', """Hallo {bn},

schick mir die Fotos am besten direkt an kundenservice [at] tarnwick [punkt] de, dann geht's schneller.

Oder ruf kurz an: null vier null, sechs sechs neun sechs neun, zwei eins eins.""",
  "Die Flasche hat eine Delle, soll ich Fotos schicken?", ['contact_email', 'contact_phone'],
  'E-Mail mit [at]/[punkt] und Telefonnummer in Worten', prod='bottle', sender='tb_de', q='tb', obf='[at]/[punkt], digits as words')

R('de', 'product-question', 'jonas', """Hallo {bn},

gute Frage! Für schnelle Rückfragen erreichst du uns auch auf Telegram unter @tarnwick_de, da schicken wir dir gern ein Video vom Aufbau.""",
  "Wie baut man das Zelt alleine auf?", ['contact_other'], 'Telegram-Handle', prod='tent', oid=None)

R('de', 'late-delivery', 'katrin', """Sehr geehrte/r {bn},

Ihre Sendung ist unterwegs. Die Sendungsnummer lautet 00340434161234581102.""",
  "Wann kommt meine Bestellung?", ['styling'], 'Zammad-Standard-Stylesheet (Schriftfamilie) im HTML-Teil', prod='socks', zstyle=True, fmt='alt')

R('de', 'returns', 'jonas', """Hallo {bn},

dein Rücksendeetikett findest du im Anhang.""",
  "Kann ich ein Rücksendeetikett bekommen?", ['attachment'], 'Etikett als HEIC-Foto', prod='boots',
  atts=[('Ruecksendeetikett.heic', 'image/heic', heic())])

P('de', 'order-update', 'katrin', 'Tarnwick Newsletter Juni: Neue Zelte & 20 % Rabatt', """Hallo {bn},

der Sommer ist da! Entdecken Sie unsere neue Bothy-Zeltserie und sparen Sie bis Sonntag 20 % mit dem Code SOMMER20.

Jetzt entdecken: https://www.tarnwick.de/zelte?utm_source=newsletter&utm_campaign=juni

Sie möchten unseren Newsletter nicht mehr erhalten? Hier abbestellen: https://www.tarnwick.de/newsletter/abmelden?e={relay}""",
  ['external_link', 'marketing', 'opt_out', 'tracking_pixel', 'styling', 'missing_order_id'],
  'Newsletter an eine Relay-Adresse: Rabattcode, Abmeldelink, Zählpixel, Schriftart, List-Unsubscribe', prod='tent', sender='news', sig='none',
  hdrs=[('List-Unsubscribe', '<https://www.tarnwick.de/newsletter/abmelden?e={relay}>')],
  bh='<div style="font-family:Georgia,serif;color:#2f3b2f"><h1 style="font-size:28px">Der Sommer ist da!</h1>\n<p style="font-size:16px">Hallo {bn},<br>entdecken Sie unsere neue Bothy-Zeltserie und sparen Sie bis Sonntag <b>20 %</b> mit dem Code <b>SOMMER20</b>.</p>\n<p><a href="https://www.tarnwick.de/zelte?utm_source=newsletter&amp;utm_campaign=juni">Jetzt entdecken</a></p>\n<p style="font-size:11px">Sie möchten unseren Newsletter nicht mehr erhalten? <a href="https://www.tarnwick.de/newsletter/abmelden?e={relay}">Hier abbestellen</a></p></div>',
  tail='<img src="https://open.mailcircle.io/px/4f2a/{relay}.gif" width="1" height="1" alt="">')

# ===========================================================================
# FR  (FreeScout: Camille = vouvoiement, formules soignées; Yann, collègue pressé,
#      signe "Yann - SAV Tarnwick")
# ===========================================================================
SIG['yann'] = 'Yann - SAV Tarnwick'
AGENT_SENDER['yann'] = 'fs_fr'

R('fr', 'late-delivery', 'camille', """Bonjour {bn},

Merci pour votre message et toutes nos excuses pour ce retard.

Votre colis a été confié à Colissimo le 4 juin. Le numéro de suivi est 6A21458890137 ; il est actuellement au centre de tri de Saint-Priest et devrait vous être livré jeudi.

Si vous avez trouvé un avis de passage dans votre boîte aux lettres, le colis vous attend au bureau de poste indiqué.""",
  "Bonjour, ma commande devait arriver le 6 juin et je n'ai toujours rien. Pouvez-vous vérifier ?",
  [], 'numéro de suivi Colissimo, "avis de passage" (pas un avis client), conforme', prod='bag')

R('fr', 'damaged', 'camille', """Bonjour {bn},

Nous sommes désolés que la veste soit arrivée sale et avec une tache sur la manche ; ce n'est évidemment pas acceptable.

Une veste neuve vous a été expédiée ce matin en Chronopost (XJ308841275FR). Vous pouvez conserver l'ancienne ou la donner, inutile de nous la renvoyer.""",
  "La veste est arrivée sale, avec une grosse tache sur la manche gauche. Je suis très déçue.",
  [], '"sale" au sens de malpropre, numéro Chronopost, conforme', prod='jacketw')

R('fr', 'returns', 'camille', """Bonjour {bn},

Vous pouvez effectuer le retour directement depuis votre compte Amazon :
https://www.amazon.fr/gp/css/returns/homepage.html

Le remboursement de 129,90 € sera effectué dès réception du sac dans notre entrepôt de Lyon.""",
  "Comment retourner le sac à dos ? Il est trop grand pour moi.", [], 'lien de retour Amazon, conforme', prod='pack')

R('fr', 'invoice', 'camille', """Bonjour {bn},

Veuillez trouver ci-joint la facture FA-2025-0612 correspondant à votre commande {oid}. Notre numéro de TVA intracommunautaire (FR 41 852314097) y figure.""",
  "Pourriez-vous m'envoyer une facture avec TVA, c'est pour mon entreprise.",
  [], 'facture PDF, TVA et SIREN dans la signature, conforme', prod='tent',
  atts=[att_pdf('Facture_FA-2025-0612.pdf', ['Tarnwick Outdoor SAS - FACTURE FA-2025-0612', 'TVA FR 41 852314097', 'Total TTC 219,00 EUR'])])

R('fr', 'sizing', 'yann', """Bonjour {bn},

Avec 98 cm de tour de poitrine, le M (96-100 cm) vous ira. Si vous portez une polaire épaisse dessous, prenez le L.

Bonne journée""",
  "Quelle taille pour 98 cm de tour de poitrine ?", [], 'conseil de taille ("conseil" contient un mot déclencheur), conforme', prod='jacket', oid=None)

R('fr', 'warranty', 'camille', """Bonjour {bn},

La lampe frontale bénéficie de la garantie légale de conformité de deux ans ainsi que de notre garantie commerciale de deux ans.

Pourriez-vous nous indiquer le numéro de série (commençant par LM9-, dans le compartiment de la batterie) ? Nous vous enverrons ensuite une lampe de remplacement. Le certificat de garantie est joint à ce message.""",
  "Ma lampe ne s'allume plus après 6 mois. Est-elle sous garantie ?",
  [], 'certificat de garantie en PDF, conforme', prod='headlamp',
  atts=[att_pdf('Certificat_garantie_Lumen900.pdf', ['Tarnwick Lumen 900 - Certificat de garantie', '2 ans a compter de la livraison'])])

R('fr', 'cancellation', 'camille', """Bonjour {bn},

Votre commande n'était pas encore préparée : nous l'avons annulée. Le remboursement intégral de 54,90 € sera effectué par Amazon sous 3 à 5 jours ouvrés.""",
  "Je souhaite annuler ma commande, merci.", [], 'annulation, conforme', prod='stove')

R('fr', 'feedback', 'camille', """Bonjour {bn},

Nous sommes ravis que la nouvelle gourde vous convienne.

Si vous estimez que nous avons résolu le problème, sachez qu'il est possible de modifier l'évaluation laissée sur la commande depuis votre compte Amazon. Libre à vous, bien entendu.""",
  "La nouvelle gourde est arrivée, tout va bien.", [], 'mention neutre de la modification possible de l\'évaluation, conforme', prod='bottle')

R('fr', 'misc', 'camille', """Bonjour {bn},

Nous comprenons votre mécontentement. D'après le transporteur, le colis a été remis en point relais le 9 juin à 15 h 02 ; le code de retrait vous a été envoyé par SMS par le transporteur.

Si le point relais ne retrouve pas le colis, nous ouvrirons une enquête et vous rembourserons intégralement.""",
  "C'est du vol ! On me dit livré et je n'ai rien. Lamentable.", [], 'réponse ferme et courtoise à un client agressif, conforme', prod='socks')

R('fr', 'misc', 'yann', """Bonjour {bn},

Désolé, nous ne pouvons pas échanger par téléphone ni par WhatsApp pour les commandes Amazon : tout doit passer par la messagerie Amazon. Posez-moi votre question ici, je vous réponds dans la journée.""",
  "Je préférerais vous appeler, vous avez un numéro ? Ou WhatsApp ?", [], 'refus du téléphone/WhatsApp sans numéro, conforme', prod='powerbank', okwords=True)

R('fr', 'refund', 'camille', """Bonjour {bn},

Pour compenser la rayure sur le couvercle, nous vous avons accordé un remboursement partiel de 40,00 €. Il apparaîtra sur votre moyen de paiement sous quelques jours.""",
  "Le coffre de toit est rayé sur le couvercle. Il fonctionne mais bon...", [], 'remboursement partiel pour résoudre un problème, conforme', prod='roofbox')

R('fr', 'product-question', 'camille', """Bonjour {bn},

Le réchaud fonctionne avec toutes les cartouches à valve filetée (norme EN 417). Les cartouches à percer ne sont pas compatibles.""",
  "Quelles cartouches de gaz sont compatibles ?", [], 'question produit sans numéro de commande, conforme', prod='stove', oid=None)

P('fr', 'customisation', 'camille', '[Important] Votre gravure - commande {oid}', """Bonjour {bn},

Avant de graver votre gourde (commande {oid}), pourriez-vous confirmer le texte suivant ?

    Pour Léa - GR20 2025

La gravure ne pouvant être modifiée ensuite, nous attendons votre confirmation avant de lancer la fabrication.""",
  [], '[Important] pour une personnalisation, conforme', prod='bottle', crit=True)

P('fr', 'review-request', 'camille', 'Votre commande {oid}', """Bonjour {bn},

Nous espérons que votre tente vous donne satisfaction. Si vous avez un moment, nous vous serions reconnaissants de partager votre avis sur Amazon ; cela aide d'autres randonneurs à choisir.

Commande : {oid}""",
  [], 'demande d\'avis neutre (première d\'une paire)', prod='tent', pair='fr1', req=True, day=5)

P('fr', 'review-request', 'yann', 'Petit rappel - commande {oid}', """Bonjour {bn},

Nous vous avions écrit il y a quelques semaines au sujet de votre commande {oid}. Si ce n'est pas encore fait, un petit avis sur la tente nous ferait très plaisir !""",
  ['repeat_request'], 'relance pour la même commande', prod='tent', pair='fr1', req=True, day=24)

P('fr', 'review-request', 'camille', 'Votre avis sur la commande {oid}', """Bonjour {bn},

Vous avez reçu vos bâtons de randonnée (commande {oid}). Nous serions heureux de connaître votre avis sur la commande, sur Amazon, quand vous aurez un instant.""",
  [], 'demande d\'évaluation neutre (première d\'une paire)', prod='poles', pair='fr2', req=True, day=9)

P('fr', 'review-request', 'camille', 'Commande {oid} : un bon d\'achat pour vous', """Bonjour {bn},

Nous revenons vers vous au sujet de la commande {oid}. Pour vous remercier, nous offrons un bon d'achat de 10 € à chaque client qui laisse un commentaire sur son produit. Il vous suffit de nous répondre une fois votre avis publié.""",
  ['review_incentive', 'repeat_request'], 'deuxième demande avec un bon d\'achat en échange de l\'avis', prod='poles', pair='fr2', req=True, day=27)

R('fr', 'sizing', 'yann', """Bonjour {bn},

Super que le 40 vous aille ! Si vous êtes content, une note de 5 étoiles nous aiderait énormément. Et si quelque chose ne va pas, écrivez-nous d'abord avant de laisser un commentaire, on trouvera une solution.""",
  "Les chaussures en 40 sont parfaites, merci pour l'échange.", ['review_manipulation'], '5 étoiles et filtrage des avis', prod='boots')

R('fr', 'misc', 'camille', """Bonjour {bn},

Merci beaucoup pour vos compliments ! Si vous rédigez un commentaire, n'hésitez pas à y évoquer la légèreté du sac de couchage et la rapidité de notre livraison ; ce sont les points qui rassurent le plus nos futurs clients.""",
  "Le sac de couchage est top, très chaud et léger.", ['review_manipulation'], 'indique au client quoi écrire dans son avis', prod='bag')

R('fr', 'feedback', 'camille', """Bonjour {bn},

Maintenant que le remboursement est effectué, accepteriez-vous de supprimer votre commentaire négatif ? Il ne reflète plus vraiment la situation et nous pénalise beaucoup.""",
  "J'ai bien reçu le remboursement.", ['feedback_removal'], 'demande de suppression du commentaire négatif', prod='headlamp')

R('fr', 'feedback', 'yann', """Bonjour {bn},

Ravi que tout soit rentré dans l'ordre ! On vous rembourse aussi les frais de port (5,90 €) dès que votre évaluation est mise à jour, dites-nous quand c'est fait.""",
  "Ok, la lampe de remplacement marche.", ['review_incentive', 'feedback_removal'], 'remboursement des frais de port contre la mise à jour de l\'évaluation', prod='headlamp')

R('fr', 'damaged', 'yann', """Bonjour {bn},

Un nouveau piquet part aujourd'hui. Au fait, profitez de -20 % sur toute notre nouvelle collection été avec le code ETE20, jusqu'à dimanche !""",
  "Un arceau de la tente est tordu.", ['marketing'], 'code promo sans rapport avec le problème', prod='tent')

R('fr', 'returns', 'yann', """Bonjour {bn},

Franchement, vous êtes de mauvaise foi. La chaussure a clairement été portée en randonnée et vous osez parler de "neuf" ? Arrêtez de nous prendre pour des imbéciles.""",
  "Je retourne les chaussures, elles sont neuves, jamais portées.", ['offensive'], 'réponse insultante', prod='boots')

R('fr', 'late-delivery', 'camille', """Bonjour {bn},

Votre colis est en cours d'acheminement.

Si vous ne souhaitez plus recevoir nos messages, cliquez ici pour vous désinscrire : https://tarnwick.eu/fr/preferences?c={relay}""",
  "Où en est ma commande ?", ['external_link', 'opt_out'], 'lien de désinscription dans le corps', prod='poles')

P('fr', 'order-update', 'yann', 'Votre commande {oid} a été expédiée', """Bonjour {bn},

Bonne nouvelle : votre commande {oid} a été expédiée aujourd'hui avec Colissimo (6A21458902214). Merci pour votre confiance !""",
  ['unpermitted_proactive'], 'confirmation d\'expédition', prod='socks')

P('fr', 'order-update', 'camille', '[Important] Merci pour votre commande {oid}', """Bonjour {bn},

Toute l'équipe Tarnwick vous remercie pour votre commande {oid}. Nous restons à votre disposition pour toute question.""",
  ['important_tag', 'unpermitted_proactive'], 'remerciement seul avec [Important]', prod='giftset')

P('fr', 'returns', 'camille', 'Votre retour', """Bonjour {bn},

Nous avons bien reçu votre retour et le remboursement a été effectué sur votre moyen de paiement.""",
  ['missing_order_id'], 'message proactif sans numéro de commande', prod='pack')

for d, topic, prod, body, buyer in [
    (11, 'warranty', 'powerbank', "Bonjour {bn},\n\nNous avons enregistré votre demande de garantie ; une batterie neuve part demain.", "Ma batterie ne charge plus."),
    (12, 'sizing', 'socks', "Bonjour {bn},\n\nLa taille 43-46 correspond bien au 44.", "Je chausse du 44, quelle taille ?"),
]:
    R('fr', topic, 'camille', body, buyer, ['contact_phone'], 'numéro de téléphone du service client dans la signature',
      sig='camille_tel', prod=prod, day=d)

R('fr', 'damaged', 'yann', """Bonjour {bn},

Envoyez-nous plutôt les photos par mail à sav arobase tarnwick point eu, ou appelez-moi au zéro six, trente-neuf, quatre-vingt-dix-huit, douze, quarante-quatre.""",
  "Le réchaud est arrivé cabossé.", ['contact_email', 'contact_phone'], 'adresse avec "arobase"/"point" et numéro en toutes lettres',
  prod='stove', obf='arobase/point, digits as words')

R('fr', 'product-question', 'camille', """Bonjour {bn},

Le guide d'installation est disponible sur notre site : www.tarnwick.eu/fr/guides/coffre-de-toit""",
  "Comment fixer le coffre sur mes barres de toit ?", ['external_link'], 'lien www vers le site', prod='roofbox', oid=None)

R('fr', 'returns', 'yann', """Bonjour {bn},

C'est validé pour le retour 👍 Bonne journée ☀️""",
  "Je peux retourner le sac ?", ['styling'], 'émojis', prod='pack')

R('fr', 'product-question', 'camille', """Bonjour {bn},

Voici une vidéo de montage de la tente.""",
  "Comment monter la tente seul ?", ['attachment'], 'vidéo MOV en pièce jointe', prod='tent', oid=None,
  atts=[('montage_tente_bothy.mov', 'video/quicktime', mp4(b'qt  '))])

R('fr', 'late-delivery', 'camille', """Bonjour {bn},

Le colis est en route, livraison prévue vendredi.""",
  "Quand vais-je recevoir ma commande ?", ['tracking_pixel'], 'pixel caché (display:none) avec identifiant du destinataire', prod='jacket',
  tail='<img src="https://t.tarnwick.eu/o.gif?r={relay}&amp;c=fr-sav" alt="" style="display:none">')

# ===========================================================================
# ES  (FreeScout: Lucía = tuteo cercano; Raúl, compañero del almacén, seco y con prisas)
# ===========================================================================
SIG['raul'] = 'Raúl\nAlmacén y devoluciones - Tarnwick España'
AGENT_SENDER['raul'] = 'fs_es'

R('es', 'late-delivery', 'lucia', """Hola {bn}:

Gracias por escribirnos y perdona el retraso.

Tu paquete salió el martes con Correos Express. El número de seguimiento es 3230 0051 8842 7710 y ahora mismo está en la delegación de Coslada; la entrega está prevista para el jueves 12 de junio.

Si el viernes todavía no lo tienes, escríbenos por aquí y te enviamos otro.""",
  "Hola, el pedido tenía que llegar el día 6 y sigo sin nada. ¿Podéis mirarlo?",
  [], 'número de seguimiento de Correos Express en grupos, conforme', prod='boots')

R('es', 'damaged', 'lucia', """Hola {bn}:

¡Qué rabia, lo siento mucho! Ya hemos hecho la valoración de los daños con la agencia de transporte, así que no tienes que hacer nada más.

Te enviamos hoy mismo un hornillo nuevo por SEUR (envío 0512 3388 4107); no hace falta que nos devuelvas el dañado.""",
  "El hornillo ha llegado con el soporte doblado, no se puede usar.",
  [], '"valoración de los daños" (no es una reseña), envío SEUR, conforme', prod='stove')

R('es', 'returns', 'lucia', """Hola {bn}:

Puedes solicitar la devolución desde tu cuenta de Amazon:
https://www.amazon.es/gp/css/returns/homepage.html

En cuanto recibamos la mochila en nuestro almacén de Valencia te devolvemos los 119,95 €.""",
  "Quiero devolver la mochila, es demasiado grande.", [], 'enlace de devoluciones de Amazon, conforme', prod='pack')

R('es', 'invoice', 'lucia', """Hola {bn}:

Te adjuntamos la factura F-2025-00891 de tu pedido {oid}, con el IVA (21 %) desglosado. Si necesitas que figure el NIF de tu empresa, indícanoslo y la volvemos a emitir.""",
  "Necesito factura con IVA desglosado.", [], 'factura en PDF, CIF en la firma, conforme', prod='headlamp',
  atts=[att_pdf('Factura_F-2025-00891.pdf', ['Tarnwick Outdoor S.L. - FACTURA F-2025-00891', 'CIF B-87654321', 'Base 41,24 EUR  IVA 8,66 EUR  Total 49,90 EUR'])])

R('es', 'sizing', 'raul', """Hola {bn}:

La 39 equivale a un 25 cm de pie. Si tienes el pie ancho, mejor la 40.""",
  "¿Qué talla corresponde a 25 cm de pie?", [], 'talla con medidas, conforme', prod='boots', oid=None)

R('es', 'warranty', 'lucia', """Hola {bn}:

La batería externa tiene tres años de garantía legal, así que está cubierta. ¿Me puedes decir el número de serie (empieza por KS20-, debajo de los puertos USB)? Con eso te mandamos una nueva.""",
  "La batería ya no carga, la compré hace 8 meses.", [], 'garantía con número de serie, conforme', prod='powerbank')

R('es', 'cancellation', 'raul', """Hola {bn}:

El pedido ya ha salido, no se puede cancelar. Puedes rechazarlo cuando llegue el repartidor o devolverlo sin abrir y te reembolsamos todo.""",
  "Cancelad el pedido por favor.", [], 'cancelación no posible, conforme', prod='bag')

R('es', 'feedback', 'lucia', """Hola {bn}:

Me alegro mucho de que la nueva chaqueta te quede bien.

Si consideras que hemos resuelto el problema, puedes modificar la valoración que dejaste desde tu cuenta de Amazon. Eso sí, es totalmente decisión tuya.""",
  "Ya me ha llegado la nueva, perfecta.", [], 'mención neutral de que la valoración puede modificarse, conforme', prod='jacketw')

R('es', 'misc', 'lucia', """Hola {bn}:

Entiendo tu enfado. Según la agencia, el paquete se entregó el 10 de junio a las 12:37 y lo firmó "Portería".

¿Puedes consultarlo con el conserje? Si no aparece, abrimos una reclamación y te devolvemos el importe completo.""",
  "Sois unos estafadores, pone entregado y no tengo nada.", [], 'respuesta firme a un cliente grosero, conforme', prod='poles')

R('es', 'misc', 'lucia', """Hola {bn}:

Lo siento, pero no podemos atender pedidos de Amazon por teléfono ni por WhatsApp; Amazon nos pide que toda la comunicación sea por su sistema de mensajes. Cuéntame aquí lo que necesitas y te respondo hoy.""",
  "¿Tenéis un WhatsApp o teléfono? Es más fácil.", [], 'rechaza teléfono/WhatsApp sin dar número, conforme', prod='tent', okwords=True)

R('es', 'refund', 'lucia', """Hola {bn}:

Por el arañazo en la tapa te hemos hecho un reembolso parcial de 12,00 €. Lo verás en tu cuenta en unos días.""",
  "La botella tiene un arañazo en la tapa.", [], 'reembolso parcial para resolver el problema, conforme', prod='bottle')

P('es', 'address', 'lucia', '[Important] Dirección incompleta - pedido {oid}', """Hola {bn}:

Vamos a enviar tu pedido {oid}, pero a la dirección le falta el piso y la puerta (Calle Mayor 14, 28013 Madrid). ¿Nos los indicas para que el repartidor pueda entregarlo?

Retenemos el envío hasta tu respuesta.""",
  [], '[Important] por un problema de dirección, conforme', prod='tent', crit=True)

P('es', 'review-request', 'lucia', 'Tu pedido {oid}', """Hola {bn}:

Esperamos que estés disfrutando de tu saco de dormir. Si tienes un momento, nos ayudaría mucho que compartieras tu opinión en Amazon.

Pedido: {oid}""",
  [], 'solicitud neutral de reseña (primera de un par)', prod='bag', pair='es1', req=True, day=3)

P('es', 'review-request', 'raul', 'Recordatorio pedido {oid}', """Hola {bn}:

Te escribimos hace unas semanas por tu pedido {oid}. Si aún no has dejado tu reseña del saco, nos harías un gran favor. ¡Gracias!""",
  ['repeat_request'], 'segunda solicitud para el mismo pedido', prod='bag', pair='es1', req=True, day=21)

P('es', 'review-request', 'lucia', 'Tu opinión sobre el pedido {oid}', """Hola {bn}:

Ya tienes tus bastones (pedido {oid}). Cuando puedas, nos encantaría conocer tu opinión sobre el pedido en Amazon.""",
  [], 'solicitud neutral (primera de un par)', prod='poles', pair='es2', req=True, day=7)

P('es', 'review-request', 'lucia', '[Important] Pedido {oid}', """Hola {bn}:

Volvemos a escribirte por el pedido {oid}. Si estás contento con los bastones, ¿nos dejarías cinco estrellas? Son muy importantes para una tienda pequeña como la nuestra.""",
  ['review_manipulation', 'repeat_request', 'important_tag'], 'segunda solicitud, pide cinco estrellas y usa [Important]', prod='poles', pair='es2', req=True, day=25)

R('es', 'returns', 'lucia', """Hola {bn}:

Devolución aceptada. Y si te animas a dejar una reseña del producto, te regalamos un cupón de 10 € para tu próxima compra; solo tienes que mandarnos una captura.""",
  "Quiero devolver las botas, me hacen daño.", ['review_incentive'], 'cupón a cambio de una reseña', prod='boots')

P('es', 'review-request', 'raul', 'Pedido {oid} - sorteo', """Hola {bn}:

Todos los clientes que dejen su reseña este mes entran en el sorteo de una mochila Drover de 65 L. ¡Mucha suerte!

Pedido {oid}""",
  ['review_incentive'], 'participación en un sorteo a cambio de la reseña', prod='socks', req=True)

R('es', 'feedback', 'lucia', """Hola {bn}:

Ahora que ya está todo solucionado, ¿podrías eliminar la valoración negativa que nos dejaste? Nos afecta muchísimo y ya no refleja lo que ha pasado.""",
  "Recibido el reembolso.", ['feedback_removal'], 'pide eliminar la valoración negativa', prod='powerbank')

R('es', 'feedback', 'raul', """Hola {bn}:

Vale. Si cambias esa estrella por una valoración mejor te devolvemos los gastos de envío. Avísame cuando lo hagas.""",
  "Bueno, el recambio llegó.", ['review_incentive', 'review_manipulation', 'feedback_removal'], 'reembolso de gastos de envío por mejorar la valoración', prod='stove')

R('es', 'damaged', 'lucia', """Hola {bn}:

Te mandamos una varilla nueva hoy. Por cierto, ¡empiezan nuestras rebajas de verano! Usa el código VERANO15 en nuestra tienda de Amazon y llévate un 15 % en toda la colección.""",
  "Una varilla de la tienda vino partida.", ['marketing'], 'rebajas y código de descuento no relacionados', prod='tent')

R('es', 'returns', 'raul', """{bn}:

Mire, no sea pesado. Le he contestado tres veces. Las botas vinieron llenas de barro, así que qué cara más dura tiene usted hablando de "sin usar". Idiota.""",
  "¿Cuándo me devolvéis el dinero? Las botas estaban sin usar.", ['offensive'], 'insulto directo al cliente', prod='boots')

P('es', 'order-update', 'raul', 'Pedido {oid} enviado', """Hola {bn}:

Tu pedido {oid} ya está en camino. Puedes seguirlo aquí: https://www.correosexpress.com/web/correosexpress/seguimiento-envios?numero=3230005188427791

¿No quieres recibir más avisos de envío? Date de baja respondiendo BAJA a este correo.""",
  ['external_link', 'opt_out', 'unpermitted_proactive'], 'confirmación de envío con enlace de seguimiento', prod='socks')

P('es', 'order-update', 'lucia', 'Estamos aquí para ayudarte', """Hola {bn}:

Solo queríamos decirte que, si tienes cualquier duda con tu compra, estamos aquí para ayudarte.""",
  ['missing_order_id', 'unpermitted_proactive'], 'mensaje de "estamos aquí para ayudar" sin número de pedido', prod='pack')

P('es', 'invoice', 'lucia', 'Factura de tu pedido 403-118722-5530918', """Hola {bn}:

Te adjuntamos la factura de tu pedido 403-118722-5530918.""",
  ['missing_order_id'], 'número de pedido mal escrito (3-6-7)', prod='bottle',
  atts=[att_pdf('Factura_F-2025-00944.pdf', ['Tarnwick Outdoor S.L. - FACTURA F-2025-00944', 'Total 34,90 EUR'])])

for d, topic, prod, body, buyer in [
    (14, 'late-delivery', 'jacket', "Hola {bn}:\n\nTu pedido llega mañana con SEUR (0512 3388 4210).", "¿Cuándo llega?"),
    (15, 'refund', 'headlamp', "Hola {bn}:\n\nYa tienes el reembolso de 49,90 € en camino.", "¿Y el reembolso?"),
]:
    R('es', topic, 'lucia', body, buyer, ['contact_phone', 'contact_other'], 'WhatsApp de atención al cliente en la firma',
      sig='lucia_wa', prod=prod, day=d)

R('es', 'warranty', 'raul', """Hola {bn}:

Mándame las fotos a garantias arroba tarnwick punto eu o llama al seis cero cero, uno uno, dos siete, tres cuatro.""",
  "La frontal no enciende.", ['contact_email', 'contact_phone'], 'correo con "arroba"/"punto" y teléfono en palabras',
  prod='headlamp', obf='arroba/punto, digits as words')

R('es', 'product-question', 'lucia', """Hola {bn}:

Las instrucciones completas están en nuestra web: <a href="https://tarnwick.eu/es/instrucciones">aquí</a>.""",
  "¿Tenéis las instrucciones del cofre?", ['external_link'], 'enlace oculto en el href de la palabra "aquí"', prod='roofbox', oid=None,
  bh='<p>Hola {bn}:</p>\n<p>Las instrucciones completas están en nuestra web: <a href="https://tarnwick.eu/es/instrucciones">aquí</a>.</p>',
  fmt='html')
SPECS[-1]['body'] = 'Hola {bn}:\n\nLas instrucciones completas están en nuestra web.'

R('es', 'sizing', 'lucia', """Hola {bn}:

La M te quedará perfecta.""",
  "¿M o L?", ['styling'], 'texto centrado y fuente propia en el HTML', prod='jacketw', oid=None,
  bh='<div style="text-align:center;font-family:\'Trebuchet MS\',sans-serif"><p>Hola {bn}:</p>\n<p>La M te quedará perfecta.</p></div>')

R('es', 'invoice', 'lucia', """Hola {bn}:

Te adjunto la factura.""",
  "Necesito la factura.", ['attachment'], 'factura comprimida en 7z', prod='tent',
  atts=[('Factura_F-2025-01012.7z', 'application/x-7z-compressed', b"7z\xbc\xaf'\x1c\x00\x04" + hashlib.sha256(b'7z').digest() * 4)])

R('es', 'late-delivery', 'lucia', """Hola {bn}:

Tu pedido sale hoy.""",
  "¿Ha salido ya mi pedido?", ['tracking_pixel'], 'imagen de seguimiento SendGrid 1x1', prod='socks',
  tail='<img src="https://u3318442.ct.sendgrid.net/wf/open?upn=9Xk2vQ-2FbT1pL0aZy7wR4mE5sJ8nC3hU6dF" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important">')

# ===========================================================================
# IT  (FreeScout: Giulia = formale, "Lei"; Matteo = informale, "tu", da iPhone)
# ===========================================================================

R('it', 'late-delivery', 'giulia', """Gentile {bn},

La ringraziamo per il messaggio e ci scusiamo per il ritardo.

Il pacco è stato affidato a BRT martedì; il numero di spedizione è 0512 3456 7890 12. Risulta in giacenza presso la filiale di Bologna e la consegna è prevista per giovedì 12 giugno.

Se entro sabato non dovesse arrivare, ci scriva pure e provvederemo a una nuova spedizione.""",
  "Buongiorno, l'ordine doveva arrivare il 6 e non è ancora arrivato. Potete verificare?",
  [], 'numero di spedizione BRT a gruppi, conforme', prod='poles')

R('it', 'damaged', 'giulia', """Gentile {bn},

Siamo davvero spiacenti che la borraccia sia arrivata ammaccata. Abbiamo già spedito una borraccia nuova con Poste Italiane, codice di tracciamento RB418822071IT.

Non è necessario restituire quella danneggiata.""",
  "La borraccia è arrivata con un'ammaccatura evidente.", [], 'codice Poste Italiane, conforme', prod='bottle')

R('it', 'returns', 'matteo', """Ciao {bn},

nessun problema, puoi fare il reso direttamente da Amazon:
https://www.amazon.it/gp/css/returns/homepage.html

Appena lo zaino torna in magazzino ti rimborsiamo i 129,00 €.""",
  "Posso restituire lo zaino? È troppo grande.", [], 'link resi Amazon, conforme', prod='pack')

R('it', 'invoice', 'giulia', """Gentile {bn},

in allegato trova la fattura n. 2025/IT/0733 relativa all'ordine {oid}, con IVA al 22 % esposta separatamente. Se desidera la fattura intestata alla Sua azienda, ci comunichi ragione sociale e partita IVA.""",
  "Mi serve la fattura con IVA per la mia ditta.", [], 'fattura PDF, partita IVA nella firma, conforme', prod='tent',
  atts=[att_pdf('Fattura_2025-IT-0733.pdf', ['Tarnwick Outdoor S.r.l. - FATTURA 2025/IT/0733', 'P.IVA IT 10573820963', 'Imponibile 179,51 EUR  IVA 39,49 EUR  Totale 219,00 EUR'])])

R('it', 'sizing', 'matteo', """Ciao {bn},

con 100 cm di torace ti consiglio la L. Se la usi solo con una maglietta sotto va bene anche la M.""",
  "Ho 100 cm di torace, M o L?", [], 'consiglio taglia, conforme', prod='jacket', oid=None)

R('it', 'warranty', 'giulia', """Gentile {bn},

il power bank è coperto dalla garanzia legale di 24 mesi. Per procedere con la verifica Le chiediamo il numero di serie (inizia con KS20-) e una foto dell'indicatore di carica.

In allegato trova il certificato di garanzia e le specifiche tecniche.""",
  "Il power bank non si carica più. È in garanzia?", [], 'certificato di garanzia PDF, parole "verifica"/"specifiche", conforme', prod='powerbank',
  atts=[att_pdf('Certificato_garanzia_Kestrel.pdf', ['Tarnwick Kestrel - Certificato di garanzia', '24 mesi dalla consegna']),
        att_pdf('Specifiche_Kestrel20000.pdf', ['Tarnwick Kestrel 20000 mAh - Specifiche tecniche', '74 Wh'])])

R('it', 'cancellation', 'giulia', """Gentile {bn},

l'ordine non era ancora stato preparato, pertanto lo abbiamo annullato. Amazon Le rimborserà l'intero importo di 89,90 € entro 3-5 giorni lavorativi.""",
  "Vorrei annullare l'ordine.", [], 'annullamento, conforme', prod='headlamp')

R('it', 'feedback', 'giulia', """Gentile {bn},

siamo lieti che il nuovo sacco a pelo sia arrivato in perfette condizioni.

Qualora ritenga che il problema sia stato risolto, Le ricordiamo che è possibile modificare il feedback lasciato sull'ordine dal Suo account Amazon. Naturalmente la scelta spetta interamente a Lei.""",
  "Ricevuto il sacco nuovo, tutto ok.", [], 'menzione neutra della modifica del feedback, conforme', prod='bag')

R('it', 'misc', 'giulia', """Gentile {bn},

comprendiamo il Suo disappunto. Secondo il corriere, il pacco è stato consegnato il 9 giugno alle 16:48 e firmato "Portineria".

Le chiediamo di verificare con il portiere; se il pacco non si trova apriremo una pratica con il corriere e La rimborseremo integralmente.""",
  "Siete dei truffatori, risulta consegnato ma io non ho niente!", [], 'risposta ferma a un cliente scortese, conforme', prod='stove')

R('it', 'misc', 'matteo', """Ciao {bn},

purtroppo non possiamo gestire gli ordini Amazon per telefono o su WhatsApp, Amazon vuole che resti tutto nella sua messaggistica. Scrivimi pure qui, ti rispondo in giornata.""",
  "Mi dai un numero WhatsApp? Faccio prima.", [], 'rifiuta WhatsApp senza numero, conforme', prod='tent', okwords=True)

R('it', 'refund', 'giulia', """Gentile {bn},

per il graffio sul coperchio Le abbiamo riconosciuto un rimborso parziale di 35,00 €, che vedrà accreditato nei prossimi giorni.""",
  "Il box da tetto ha un graffio sul coperchio.", [], 'rimborso parziale per risolvere il problema, conforme', prod='roofbox')

R('it', 'product-question', 'giulia', """Gentile {bn},

i bastoncini si regolano da 105 a 135 cm e pesano 468 g la coppia. Le punte in carburo sono sostituibili.""",
  "Che lunghezza hanno i bastoncini?", [], 'domanda sul prodotto senza numero d\'ordine, conforme', prod='poles', oid=None)

P('it', 'delivery-scheduling', 'giulia', 'Consegna del box da tetto - ordine {oid} [Important]', """Gentile {bn},

il box da tetto dell'ordine {oid}, viste le dimensioni, verrà consegnato tramite corriere espresso su appuntamento (dal lunedì al venerdì, 9-17).

Ci può indicare due giorni della prossima settimana in cui qualcuno sarà presente?""",
  [], '[Important] per fissare la consegna, conforme', prod='roofbox', crit=True)

P('it', 'review-request', 'giulia', 'Il Suo ordine {oid}', """Gentile {bn},

speriamo che la tenda sia di Suo gradimento. Se ha un momento, Le saremmo grati se volesse condividere la Sua opinione con una recensione su Amazon.

Ordine: {oid}""",
  [], 'richiesta neutra di recensione (prima di una coppia)', prod='tent', pair='it1', req=True, day=6)

P('it', 'review-request', 'matteo', 'Ordine {oid} - ci ripensi?', """Ciao {bn},

ti avevamo già scritto per l'ordine {oid}. Se non l'hai ancora fatto, ci lasceresti una recensione della tenda? Sarebbe un grande aiuto!""",
  ['repeat_request'], 'seconda richiesta per lo stesso ordine', prod='tent', pair='it1', req=True, day=26)

P('it', 'review-request', 'matteo', 'Ordine {oid}', """Ciao {bn},

ti sono arrivati i calzini? Se hai un attimo, ci farebbe piacere un tuo feedback sull'ordine {oid}.""",
  [], 'richiesta neutra (prima di una coppia)', prod='socks', pair='it2', req=True, day=2)

P('it', 'review-request', 'giulia', 'Ordine {oid}: un piccolo omaggio per Lei', """Gentile {bn},

torniamo a scriverLe riguardo all'ordine {oid}. Se lascerà una recensione a 5 stelle, Le invieremo in omaggio un secondo paio di calze in merino.""",
  ['review_incentive', 'review_manipulation', 'repeat_request'], 'seconda richiesta: omaggio in cambio di una recensione a 5 stelle', prod='socks', pair='it2', req=True, day=19)

R('it', 'returns', 'matteo', """Ciao {bn},

reso approvato. Ah, se vuoi, lasciaci una recensione e ti mandiamo un buono Amazon da 10 € come ringraziamento!""",
  "Devo restituire gli scarponi, sono stretti.", ['review_incentive'], 'buono Amazon in cambio della recensione', prod='boots')

R('it', 'sizing', 'giulia', """Gentile {bn},

siamo felici che la taglia M Le stia bene. Se è soddisfatta, Le saremmo grati per una recensione positiva; se invece qualcosa non La convince, ci scriva prima di pubblicare una recensione, troveremo una soluzione.""",
  "La giacca in M va benissimo, grazie.", ['review_manipulation'], 'chiede recensione positiva e scoraggia quella negativa', prod='jacketw')

R('it', 'feedback', 'giulia', """Gentile {bn},

ora che abbiamo risolto, Le chiediamo cortesemente di rimuovere il feedback negativo lasciato sull'ordine. Per un piccolo negozio come il nostro fa una grande differenza.""",
  "Ricevuto il rimborso.", ['feedback_removal'], 'chiede di rimuovere il feedback negativo', prod='headlamp')

R('it', 'feedback', 'matteo', """Ciao {bn},

dai, visto che è tutto a posto, magari dai un'altra occhiata a quella stellina che ci hai lasciato... ti sarei davvero grato se la rivedessi un po' 😉""",
  "Ok il cambio è arrivato.", ['feedback_removal', 'styling'], 'invito indiretto a rivedere la valutazione, con emoji', prod='stove')

R('it', 'damaged', 'matteo', """Ciao {bn},

ti mando subito un paletto nuovo. E approfitta dei nostri saldi estivi: -20 % su tutte le tende con il codice ESTATE20 fino a domenica!""",
  "Un paletto è arrivato piegato.", ['marketing'], 'saldi e codice sconto', prod='tent')

R('it', 'returns', 'matteo', """{bn},

non rompere le scatole. Ti ho già risposto due volte. Sei proprio un cafone.""",
  "Allora?? Il rimborso quando arriva???", ['offensive'], 'insulto al cliente', prod='pack')

R('it', 'late-delivery', 'giulia', """Gentile {bn},

il pacco è in consegna.

Per non ricevere più le nostre comunicazioni, può cancellarsi dalla nostra lista rispondendo "CANCELLA" a questa e-mail.""",
  "Dov'è il mio ordine?", ['opt_out'], 'istruzione di disiscrizione nel testo', prod='bag')

P('it', 'order-update', 'matteo', 'Grazie per il tuo ordine {oid}!', """Ciao {bn},

grazie mille per il tuo ordine {oid}! Lo stiamo preparando e partirà a breve.

Non vuoi più ricevere le nostre e-mail? Gestisci le preferenze qui: https://tarnwick.eu/it/preferenze?c={relay}""",
  ['external_link', 'opt_out', 'unpermitted_proactive'], 'conferma d\'ordine con link per gestire le preferenze', prod='giftset')

P('it', 'order-update', 'giulia', '[IMPORTANT] Ordine {oid}: articolo esaurito', """Gentile {bn},

La informiamo che lo zaino dell'ordine {oid} è momentaneamente esaurito. Prevediamo il riassortimento entro tre settimane e lo spediremo appena disponibile.""",
  ['important_tag', 'unpermitted_proactive'], 'avviso di esaurimento con [IMPORTANT] invece di annullare', prod='pack')

P('it', 'warranty', 'giulia', '[Important] Garanzia del Suo ordine {oid}', """Gentile {bn},

Le ricordiamo che il prodotto dell'ordine {oid} è coperto da garanzia di 24 mesi.""",
  ['important_tag'], '[Important] su un promemoria di garanzia', prod='headlamp')

P('it', 'returns', 'matteo', 'Il tuo reso', """Ciao {bn},

il tuo reso è arrivato e il rimborso è partito.""",
  ['missing_order_id'], 'messaggio proattivo senza numero d\'ordine', prod='boots', sender='fs_it', sig='Un saluto,\nMatteo')

for d, topic, prod, body, buyer in [
    (10, 'sizing', 'boots', "Gentile {bn},\n\nla taglia 39 corrisponde a una lunghezza del piede di 25 cm.", "Che misura è la 39?"),
    (11, 'late-delivery', 'bag', "Gentile {bn},\n\nil pacco è stato consegnato a GLS e arriverà domani.", "Quando arriva?"),
]:
    R('it', topic, 'giulia', body, buyer, ['contact_other', 'marketing'], 'firma con "Seguici su Instagram e Facebook" e handle',
      sig='giulia_social', prod=prod, day=d)

R('it', 'warranty', 'matteo', """Ciao {bn},

mandami le foto a assistenza chiocciola tarnwick punto eu oppure scrivimi al tre quattro zero, uno due tre, quattro cinque sei sette.""",
  "La lampada frontale non si accende.", ['contact_email', 'contact_phone'], 'e-mail con "chiocciola" e numero in parole',
  prod='headlamp', obf='chiocciola/punto, digits as words')

R('it', 'product-question', 'giulia', """Gentile {bn},

trova il manuale qui: https://www.tarnwіck.eu/it/manuali/kestrel""",
  "Dove trovo il manuale?", ['external_link'], 'dominio con una "і" cirillica', prod='powerbank', oid=None, obf='homoglyph')

R('it', 'invoice', 'giulia', """Gentile {bn},

in allegato la fattura richiesta.""",
  "Mi serve la fattura.", ['attachment'], 'fattura in formato ODT', prod='stove',
  atts=[('Fattura_2025-IT-0801.odt', 'application/vnd.oasis.opendocument.text', odt())])

R('it', 'damaged', 'giulia', """Gentile {bn},

spediamo oggi la sostituzione.""",
  "La tenda è arrivata strappata.", ['tracking_pixel'], 'banner di dimensioni normali con id del destinatario nell\'URL', prod='tent',
  tail='<p><img src="https://cdn.tarnwick.eu/mail/banner-estate.jpg?rcpt={relay}" width="560" height="90" alt="Tarnwick Outdoor"></p>')

# ===========================================================================
# Later in the month: more hard negatives and the mistakes that slipped through
# ===========================================================================
SIG['vikram'] = 'Vikram S.\nTarnwick Outdoor - India Support Desk'
AGENT_SENDER['vikram'] = 'ost_in'
SIG['dana_tt'] = SIG['dana'] + '\n\nLoving your gear? Follow @tarnwickoutdoor on TikTok for trail tips and giveaways!'
SIGHTML['dana_httplogo'] = ('<div class="signature"><p>Best,<br>\nDana Whitfield<br>\nCustomer Care | Tarnwick Outdoor</p>\n'
                            '<p><img src="http://static.tarnwick-outdoor.com/email/logo-small.png" alt="" width="110" height="28"></p></div>')
SIG['dana_httplogo'] = SIG['dana']

# --- compliant hard negatives -------------------------------------------------
R('us', 'order-update', 'marcus', """Hi {bn},

You can see the delivery status and the driver's photo on your order page:
https://www.amazon.com/gp/your-account/order-details?orderID={oid}

It shows delivered at 2:14 PM on June 17 to the side porch.""",
  "It says delivered but I don't see it anywhere.", [], 'Amazon order-details link with the order id in the URL, compliant', prod='pack')

R('uk', 'misc', 'siobhan', """Dear {bn},

I am sorry the courier has not been able to trace the parcel. As it has now been more than 7 days, you are also covered by the Amazon A-to-z Guarantee, which is explained here:
https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=201889410

In the meantime I have dispatched a replacement with Royal Mail 1st Class, tracking QF 482271190 GB.""",
  "Still nothing and the courier says they've lost it.", [], 'Amazon help-page link, "1st Class", compliant', prod='headlamp')

R('in', 'misc', 'priya', """Dear {bn},

We have received your message sent from {relay} regarding order {oid}. Our warehouse team has confirmed that the replacement is packed and will be handed over to Blue Dart today.""",
  "Is replacement sent?", [], 'buyer relay address quoted in the body, compliant', prod='bottle')

R('us', 'product-question', 'dana', """Hi {bn},

Thanks for the feedback about the zipper pull, that's really useful! I've passed it on to our product team, who are already looking at a larger pull for the autumn batch.

In the meantime, a short loop of cord through the pull works well with gloves on.""",
  "Love the jacket but the zip pull is tiny, impossible with gloves.",
  [], '"feedback" meaning product comments, no review request, compliant', prod='jacket')

R('uk', 'misc', 'siobhan', """Dear {bn},

Thank you so much, that is lovely to hear, and I have shared your message with the warehouse team.

I am glad the tent held up so well in the Lakes.""",
  "Brilliant tent, survived a storm on Wasdale. I'd give you five stars if I could!",
  [], 'buyer mentions five stars in quoted text; agent asks for nothing, compliant', prod='tent')

R('fr', 'sizing', 'camille', """Bonjour {bn},

À notre avis, la taille 43-46 sera la plus adaptée pour une pointure 44. Les chaussettes sont assez élastiques et ne glissent pas dans la chaussure.""",
  "Je chausse du 44, quelle taille de chaussettes ?", [], '"à notre avis" (avis au sens d\'opinion), conforme', prod='socks', oid=None)

R('es', 'product-question', 'lucia', """Hola {bn}:

En nuestra opinión, para el Pirineo en octubre el saco Windfall se queda algo justo por la noche. Con un forro térmico irías bien hasta unos -8 °C.""",
  "¿Me sirve este saco para el Pirineo en octubre?", [], '"en nuestra opinión" (no es una reseña), conforme', prod='bag', oid=None)

R('de', 'misc', 'katrin', """Sehr geehrte/r {bn},

vielen Dank für Ihre Geduld. Der Ersatz für Ihre Stirnlampe ist heute an DHL übergeben worden, die Sendungsnummer lautet 00340434161234599871.""",
  "Wann kommt der Ersatz?", [], 'Inline-Logo per cid (nicht verlinkt), konform', prod='headlamp', logo='cid')

R('uk', 'damaged', 'siobhan', """Dear {bn},

Thank you for the photographs. I have attached the courier's damage report and our replacement confirmation, together with your photos for reference, so you have everything in one place.

The replacement will arrive on Thursday.""",
  "Photos attached of the crushed box.", [], 'exactly five attachments (PDFs and JPEGs), compliant', prod='roofbox',
  atts=[att_pdf('Courier_damage_report_DR-55120.pdf', ['DPD damage report DR-55120']),
        att_pdf('Replacement_confirmation_TW-UK-R-2291.pdf', ['Tarnwick Outdoor Ltd - Replacement TW-UK-R-2291']),
        ('photo_1.jpg', 'image/jpeg', jpeg(32, 24, (80, 120, 160))), ('photo_2.jpg', 'image/jpeg', jpeg(32, 24, (60, 140))),
        ('photo_3.jpg', 'image/jpeg', jpeg(24, 16, (100, 200)))])

R('au', 'delivery-scheduling', 'jake', """Hi {bn},

Thursday the 19th is locked in. The freight driver will come between 7am and 11am and will need a signature. Make sure there's room to back a small truck into the driveway.""",
  "Thursday works for the roof box delivery.", [], '[Important] kept on a reply about delivery scheduling, compliant',
  prod='roofbox', subj='[Important] Re: {A}', crit=True)

R('us', 'returns', 'marcus', """Hi {bn},

Received your return today.


Refund of $59.99 is processed.""",
  "Did the poles get back to you?", [], 'exactly two blank lines in a row (allowed), compliant', prod='poles', fmt='plain')

R('ca', 'late-delivery', 'ellie', """Hi {bn},

Canada Post shows an attempted delivery yesterday at 3:47 PM; the card says the parcel is at the post office on Main St. Bring photo ID and the card, and they'll hand it over. Tracking: 7316 4582 9930 5521.""",
  "Tracking says attempted delivery, but nobody knocked!", [], 'delivery attempt time and tracking, compliant', prod='tent')

R('it', 'address', 'matteo', """Ciao {bn},

fatto, ho aggiunto "scala B, interno 7" all'indirizzo di Via Roma 18, 10121 Torino. Il pacco non era ancora partito.""",
  "Ho dimenticato scala e interno! Scala B, interno 7.", [], 'indirizzo con CAP, conforme', prod='socks')

R('in', 'returns', 'vikram', """Dear {bn},

Your return pickup is scheduled for 19 June between 10 AM and 6 PM. Kindly keep the product packed in the original box along with all accessories. Pickup will be done by Amazon's courier partner.""",
  "When will pickup happen?", [], 'second Indian agent, pickup window, compliant', prod='powerbank')

R('uk', 'cancellation', 'tom', """Hi {bn},

all cancelled, you won't be charged. Sorry we couldn't get it to you in time for the trip.""",
  "Cancel please, it won't get here before Saturday.", [], 'short compliant cancellation, plain text', prod='bag', fmt='plain')

# --- review requests and follow-ups (pairs) ---------------------------------------
P('ca', 'review-request', 'ellie', 'Your Tarnwick order {oid}', """Hi {bn},

We hope your new poles are treating you well! If you have a moment, we'd appreciate your feedback on this order on Amazon.ca.

Order {oid}""",
  ['tracking_pixel'], 'neutral request with a Help Scout open pixel (pixel stripped, message relayed, first of a pair)',
  prod='poles', pair='ca2', req=True, day=8, tail=hs_pixel('ellie8'))

P('ca', 'review-request', 'ellie', 'One more thing about order {oid}', """Hi {bn},

Sorry for the second email! If you haven't had a chance yet, would you consider leaving a review of the Fellstride poles from order {oid}? It really helps.""",
  ['repeat_request'], 'second request; the first was relayed after its pixel was stripped', prod='poles', pair='ca2', req=True, day=29)

R('uk', 'damaged', 'siobhan', """Dear {bn},

The replacement flysheet has been dispatched and should arrive tomorrow.

Once you have had a chance to use the tent, we would appreciate it if you could leave a product review on Amazon. Thank you.""",
  "Flysheet had a hole in it.", [], 'neutral review request inside a damaged-item reply (first of a pair)', prod='tent', pair='uk3', req=True, day=10)

P('uk', 'review-request', 'tom', 'Order {oid} - a little something for you', """Hi {bn},

hope the tent's been good since the new flysheet arrived. If you leave us a review, I'll chuck in a free set of alloy pegs with your next order, just let me know when it's posted.

Order {oid}""",
  ['review_incentive', 'repeat_request'], 'second request with a free product in return', prod='tent', pair='uk3', req=True, day=27)

P('au', 'review-request', 'jake', 'Your order {oid}', """Hi {bn},

Hope the stove's been cooking up a storm. If you get a sec, we'd appreciate a product review on Amazon, it really helps other campers.

Order {oid}""",
  [], 'neutral product-review request (first of a pair)', prod='stove', pair='au2', req=True, day=7)

P('au', 'review-request', 'jake', 'Seller feedback for order {oid}', """Hi {bn},

Different question this time: would you mind rating us as a seller for order {oid}? Takes 10 seconds:
https://www.amazon.com.au/hz/feedback""",
  ['repeat_request'], 'seller-feedback request after a product-review request for the same order', prod='stove', pair='au2', req=True, day=23)

# --- semantic violations -------------------------------------------------------
R('us', 'sizing', 'dana', """Hi {bn},

So glad the M worked out!

One small thing: we'd only ask you to leave a review if you'd give it 4 or 5 stars. If it's anything less, just reply here and tell me what went wrong, I promise we'll make it right.""",
  "The M fits perfectly, thanks for the help!", ['review_manipulation'], 'review only if 4-5 stars, otherwise contact us', prod='jacketw')

R('uk', 'returns', 'siobhan', """Dear {bn},

Your refund has been processed.

We would be most grateful if you could refrain from leaving a neutral or negative review, as the issue was caused by the courier rather than by our product.""",
  "The box was crushed, so I sent it back.", ['review_manipulation'], 'discourages a negative review', prod='roofbox')

R('us', 'warranty', 'marcus', """Hi {bn},

Replacement's approved. If you review the headlamp, it helps a lot if you mention "waterproof" and "bright" since that's what people search for.""",
  "Headlamp died after getting wet on a hike.", ['review_manipulation'], 'tells the buyer which words to put in the review', prod='headlamp')

R('au', 'feedback', 'jake', """Hey {bn},

Glad we got there in the end. Any chance you'd give us a second shot on that feedback? Would mean heaps.""",
  "Yeah ok the new one works.", ['feedback_removal'], 'roundabout request to change feedback ("a second shot")', prod='poles', sender='gmail_au', sig='Jake', q='gmail')

R('uk', 'feedback', 'gareth', """Hi {bn},

I'll be straight with you. That one-star feedback is the difference between us keeping the Buy Box or not. Now your refund's gone through, if you could see your way to amending it, I'd be very grateful.""",
  "Refund received.", ['feedback_removal'], 'presses the buyer to amend feedback (plain-text Outlook)', prod='stove', q='outlook')

R('in', 'feedback', 'vikram', """Dear {bn},

Your complaint is closed. Please update your review to 5 stars now itself as the issue is resolved. We have already given you refund.""",
  "Refund received.", ['review_manipulation', 'feedback_removal'], 'demands the review be changed to 5 stars', prod='jacket')

R('us', 'damaged', 'dana', """Hi {bn},

I've shipped a new bottle! And if you post a review with a photo, we'll send you a free Lumen 900 head torch, no strings attached.""",
  "Bottle arrived with the lid cracked.", ['review_incentive'], 'free product for a review with a photo', prod='bottle')

R('us', 'refund', 'marcus', """Hi {bn},

Here's how it works: leave a review on Amazon, send me the link, and I'll PayPal you a $20 rebate. Easy.""",
  "Can I get anything back? It was more expensive than other stores.", ['review_incentive'], 'PayPal rebate for a review', prod='tent')

P('in', 'review-request', 'vikram', 'Order {oid} - special offer', """Dear {bn},

Thank you for your purchase of order {oid}. Post your review on Amazon and get 30% off on your next order from our store. Hurry, offer valid till 30 June!""",
  ['review_incentive', 'marketing'], 'discount on the next order for a review', prod='headlamp', req=True)

R('us', 'product-question', 'marcus', """Hi {bn},

We don't make a gas canister ourselves. We recommend TrailFuel isobutane from Summit Supply Co., they have a 12-pack deal right now.""",
  "What gas should I use?", ['marketing'], 'referral to a third-party product and deal', prod='stove', oid=None)

R('us', 'returns', 'dana', """Hi {bn},

Your return is all set!""",
  "Return please.", ['contact_other', 'marketing'], 'helpdesk signature with a TikTok "follow us" line', prod='socks', sig='dana_tt')

for d, topic, prod, body, buyer in [
    (24, 'sizing', 'boots', "Hi {bn},\n\nThe Hillock runs true to size, I'd stick with your usual.", "Do these run small?"),
    (25, 'late-delivery', 'pack', "Hi {bn},\n\nIt's with UPS, tracking 1Z 9W4 E71 03 7781 2034, arriving Friday!", "When will it arrive?"),
]:
    R('us', topic, 'dana', body, buyer, ['contact_other', 'marketing'], 'signature with "Follow our trail adventures on Instagram @handle"',
      sig='dana_ig', prod=prod, day=d)

R('us', 'product-question', 'marcus', """Hi {bn},

All our colours and sizes are in our storefront: https://www.amazon.com/stores/TarnwickOutdoor/page/7F3A2C10-5B8E-4D61-9A0F-1E2D3C4B5A69

New arrivals every month.""",
  "Do you sell other colours?", ['external_link', 'marketing'], 'Amazon storefront link with promotional wording', prod='jacket', oid=None)

R('uk', 'misc', 'gareth', """{bn},

Are you thick? It says "2 person" in the title. Two. Not four. Stop wasting my time.""",
  "The tent doesn't fit my family of four. Misleading!", ['offensive'], 'insult ("are you thick")', prod='tent', q='outlook')

R('in', 'late-delivery', 'vikram', """{bn},

You have sent 6 messages in 2 hours. Stop harassing us. If you message again we will block you and complain to Amazon that you are a fraud customer.""",
  "Where is my order??? Reply immediately!!!", ['offensive'], 'threatens and insults the buyer', prod='poles')

R('us', 'returns', 'dana', """Hi {bn},

Seriously? Ugh. I've explained the return process three times now. Some people just don't listen, I swear. Read my last message.""",
  "How do I return it? I don't understand.", ['offensive'], 'exasperated, belittling reply', prod='boots')

R('de', 'returns', 'jonas', """{bn},

Sie sind wirklich eine Nervensäge. Zum letzten Mal: Die Erstattung kommt, wenn das Paket da ist. Ende der Diskussion.""",
  "Wann kommt mein Geld? Ich frage jetzt zum vierten Mal.", ['offensive'], 'beleidigt den Kunden ("Nervensäge")', prod='pack', sender='tb_de', q='tb')

R('fr', 'late-delivery', 'yann', """{bn},

Allez vous faire voir avec vos menaces. Le colis arrivera quand il arrivera.""",
  "Si je n'ai pas le colis demain je vous mets une étoile partout !", ['offensive'], 'réponse grossière et agressive', prod='stove')

R('uk', 'misc', 'tom', """Hi {bn},

no probs, send us the pics on WhatsApp if easier: 07700 900 418""",
  "Can I send you photos somehow? Amazon messages compress them.", ['contact_phone', 'contact_other'], 'WhatsApp with a mobile number', prod='tent')

R('us', 'misc', 'marcus', """Hi {bn},

Easiest is a quick video call. Add us on Skype: tarnwick.support and we'll walk you through it.""",
  "I can't figure out the pole assembly.", ['contact_other'], 'Skype handle', prod='tent')

R('ca', 'product-question', 'ellie', """Hi {bn},

Message us on Facebook Messenger at m.me/tarnwickoutdoor and I'll send you the pitching video!""",
  "Is there a video on setting it up?", ['external_link', 'contact_other'], 'Messenger short link', prod='tent', oid=None)

R('in', 'warranty', 'priya', """Dear {bn},

Kindly send the photos on What\u200bsApp to our service team. Number: +91 90000 4\u200b1276.""",
  "Where to send photos?", ['contact_phone', 'contact_other'], 'zero-width spaces inside "WhatsApp" and the number', prod='headlamp', obf='zero-width characters')

R('uk', 'warranty', 'gareth', """Hi {bn},

Leave it with me, I'll get the warranty replacement out today.""",
  "My power bank died.", ['contact_email'], 'Outlook-quoted "To:" line carries the agent\'s own address', prod='powerbank', q='outlook',
  qto='Gareth Lyle <gareth.lyle@tarnwick.co.uk>')

R('us', 'misc', 'dana', """Hi {bn},

Happy to help with the exchange! I've gone ahead and set it up.""",
  "Can you exchange it? You can also call me on (312) 555-0176 or email me at karen.whitby.hikes@mailbox.example if that's easier.",
  ['contact_email', 'contact_phone'], 'buyer\'s own phone and e-mail address left in the quoted message', prod='jacket')

R('au', 'returns', 'jake', """Hi {bn},

Return approved.""",
  "Can I return it?", ['contact_email'], 'address hidden with display:none in the HTML signature', prod='poles',
  sh='<div class="signature"><p>Cheers,<br>Jake M.<br>Tarnwick Outdoor AU</p><span style="display:none">support.au@tarnwick-outdoor.com</span></div>',
  obf='display:none')

R('us', 'sizing', 'dana', """Hi {bn},

Size L for you!""",
  "Which size for 44 inch chest?", ['external_link', 'styling'], 'white-on-white text hiding the shop URL', prod='jacket', oid=None,
  bh='<p>Hi {bn},</p>\n<p>Size L for you!</p>\n<p style="color:#ffffff;background:#ffffff">tarnwick-outdoor.com/size-guide</p>', obf='white-on-white')

R('uk', 'product-question', 'siobhan', """Dear {bn},

Please see the care instructions below.""",
  "How do I wash the jacket?", ['external_link'], 'shop domain in the alt text of an inline logo', prod='jacket', oid=None,
  sh='<div class="signature"><p>Kind regards,<br>Siobhan Carr</p><p><img src="cid:tarnwick-logo.png@01DBD6C2.7A3E1F40" alt="www.tarnwick.co.uk" width="140" height="36"></p></div>',
  inline=[('tarnwick-logo.png', 'image/png', png(140, 36, (34, 70, 52)), 'tarnwick-logo.png@01DBD6C2.7A3E1F40')], obf='link in image alt text')

R('us', 'late-delivery', 'marcus', """Hi {bn},

Tracking link: https://email.tarnwick-outdoor.com/c/eJxNjk1uwyAQRk8TdkYwYMALLyw1uQfDj0MVfgQ4UW5fd1VVmtV73zct3mwrzeYnVw9yaOnKXl-3TZ1sQ0EAuuexsEzJcZ9G/aHmA4m

It'll be there Friday.""",
  "Tracking?", ['external_link'], 'click-tracking redirect URL from the mailer', prod='bag')

R('us', 'review-request', 'dana', """Hi {bn},

Glad it arrived! Here's the direct link to review it: https://amzn.to/3xTwk9P""",
  "Got it, thanks.", ['external_link'], 'amzn.to short link', prod='headlamp')

R('uk', 'product-question', 'tom', """Hi {bn},

here's the manual: http://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7""",
  "Is there a manual?", ['external_link'], 'plain http Amazon link', prod='stove', oid=None)

# --- structural -----------------------------------------------------------------
R('us', 'warranty', 'marcus', """Hi {bn},

Run the attached firmware updater with the torch plugged in by USB-C. It fixes the flicker.""",
  "Headlamp flickers on high mode.", ['attachment'], 'Windows executable attached', prod='headlamp',
  atts=[('Lumen900_firmware_update_v1.3.exe', 'application/x-msdownload', exe())])

R('uk', 'damaged', 'tom', """Hi {bn},

pics of the replacement before it went out, plus the courier docs.""",
  "Can you show me the replacement is ok before you send it?", ['attachment'], 'six attachments (limit is five)', prod='roofbox',
  atts=[('IMG_%04d.jpg' % i, 'image/jpeg', jpeg(16, 16, (60 + (i % 7) * 20, 120))) for i in range(4411, 4416)]
       + [att_pdf('Courier_booking_DPD.pdf', ['DPD booking confirmation'])])

R('de', 'invoice', 'katrin', """Sehr geehrte/r {bn},

anbei die Rechnung sowie das vollständige Handbuch zur Dachbox (hochauflösend).""",
  "Bitte Rechnung und Anleitung schicken.", ['attachment'], 'Anhänge zusammen über 10 MB', prod='roofbox',
  atts=[att_pdf('Rechnung_RE-2025-06-3790.pdf', ['Tarnwick Outdoor GmbH - Rechnung RE-2025-06-3790', 'Gesamt 449,00 EUR']),
        att_pdf('Handbuch_Skerry420_hochaufloesend.pdf', ['Tarnwick Skerry 420 - Handbuch'], pad=10 * 1024 * 1024 + 300000)])

R('fr', 'damaged', 'camille', """Bonjour {bn},

Voici la photo du produit de remplacement avant expédition.""",
  "Pouvez-vous me montrer le produit avant envoi ?", ['attachment'], 'fichier .jpg qui est en réalité un PNG', prod='bottle',
  atts=[('photo_remplacement.jpg', 'image/jpeg', png(24, 24, (200, 200, 210)))])

P('au', 'delivery-scheduling', 'jake', '[Important] Roof box delivery for order {oid}', """Hi {bn},

Your roof box (order {oid}) is booked for Tuesday between 8am and 12pm. I've attached a calendar invite so you don't forget.""",
  ['attachment'], 'calendar invite (.ics) attached to a legitimate delivery-scheduling message', prod='roofbox', crit=True,
  atts=[('Tarnwick_delivery.ics', 'text/calendar', b'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tarnwick//AU//EN\r\nBEGIN:VEVENT\r\nUID:tw-au-delivery-0619\r\nDTSTART:20250624T080000\r\nDTEND:20250624T120000\r\nSUMMARY:Roof box delivery\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')])

R('in', 'damaged', 'priya', """Dear {bn},

Please find attached the scanned inspection report.""",
  "Send the inspection report.", ['attachment'], 'TIFF scan attached', prod='pack',
  atts=[('Inspection_report_TWIN-QC-118.tif', 'image/tiff', tiff())])

R('us', 'late-delivery', 'marcus', """Hi {bn},

It's out for delivery today.""",
  "Is it coming today?", ['tracking_pixel'], 'Yesware tracking image from the agent\'s mail add-in', prod='tent',
  tail='<img src="https://t.yesware.com/t/8e1c2f0b7d6a4e3f/2c9a11d0e4b8/spacer.gif" style="border:0;width:1px;height:1px;overflow:hidden" width="1" height="1" alt="">')

R('uk', 'returns', 'gareth', """Hi {bn},

Return's approved, label attached to your Amazon account.""",
  "Return label?", ['tracking_pixel', 'styling'], 'Outlook HTML (Calibri style) with a tracker image', prod='boots', q='outlook', fmt='alt',
  tail='<img src="https://track.mailmeter.net/open/tw-uk/{relay}/pixel.png" width="1" height="1" alt="">')

R('de', 'sizing', 'jonas', """Hallo {bn},

Größe M passt bei dir.""",
  "Welche Größe bei 96 cm Brust?", ['tracking_pixel'], '0x0-Zählpixel eines Lesebestätigungs-Plugins', prod='jacket', oid=None,
  tail='<img src="https://rb.tarnwick.de/read/{relay}" width="0" height="0" alt="" border="0">')

R('in', 'refund', 'priya', """Dear {bn},

The refund has been processed successfully.""",
  "Refund?", ['tracking_pixel'], 'open-tracking image appended by the mailer', prod='stove',
  tail='<img src="https://opens.helpdesk-mailer.in/o/twin/{relay}/b.gif" width="1" height="1" alt="">')

R('us', 'damaged', 'dana', """Hi {bn},

So sorry about this!!




We're sending a new one right away.""",
  "The tent arrived ripped.", ['styling'], 'run of four blank lines', prod='tent', fmt='plain')

R('us', 'late-delivery', 'dana', """Hi {bn},

Great news, it ships today!""",
  "Has it shipped?", ['styling'], 'http: logo image in the signature', prod='pack', sig='dana_httplogo')

R('uk', 'returns', 'tom', """Hi {bn},

return's all sorted.""",
  "Can I return this?", ['styling'], 'animated GIF inline in the signature', prod='boots',
  sh='<div class="signature"><p>Cheers<br>Tom</p><p><img src="cid:wave.gif@tw" alt="" width="48" height="48"></p></div>',
  inline=[('wave.gif', 'image/gif', gif(4, 4, ((10, 120, 60), (250, 210, 40), (10, 60, 120)), delay=30), 'wave.gif@tw')])

R('ca', 'warranty', 'ellie', """Hi {bn},

Your warranty claim is approved.""",
  "Warranty claim for my power bank?", ['styling'], 'four different font sizes and a colour override', prod='powerbank',
  bh=('<p style="font-size:18px">Hi {bn},</p>\n<p style="font-size:14px">Your warranty claim is <span style="color:#1a7f37;font-size:16px"><b>approved</b></span>.</p>\n'
      '<p style="font-size:11px">Tarnwick Outdoor Canada</p>'))

R('us', 'product-question', 'marcus', """Hi {bn},

IMPORTANT: do not use the stove inside the tent.""",
  "Can I use the stove in the vestibule?", ['styling'], 'red bold text colour override', prod='stove', oid=None,
  bh='<p>Hi {bn},</p>\n<p><span style="color:#d00000"><b>IMPORTANT:</b></span> do not use the stove inside the tent.</p>')

R('fr', 'returns', 'camille', """Bonjour {bn},

Votre retour est bien enregistré.""",
  "Mon retour est-il bien arrivé ?", ['styling'], 'police Comic Sans imposée dans la signature', prod='pack',
  sh='<div class="signature" style="font-family:\'Comic Sans MS\',cursive">Bien cordialement,<br>Camille Roussel<br>Service client Tarnwick France</div>')

P('us', 'order-update', 'marcus', 'Your Tarnwick order {oid} has shipped', """Hi {bn},

Good news! Your order {oid} is on its way.

Carrier: UPS Ground
Tracking: https://www.ups.com/track?tracknum=1Z9W4E7103882210

Thanks for shopping with Tarnwick Outdoor!""",
  ['external_link', 'unpermitted_proactive'], 'shipping confirmation from label software', prod='pack', sender='ship', sig='none', fmt='html')

P('ca', 'order-update', 'ellie', 'Your parcel is on its way', """Hi {bn},

Your parcel left our Calgary warehouse today with Canada Post, tracking 7316 4582 9940 7715.""",
  ['missing_order_id', 'unpermitted_proactive'], 'shipping confirmation without an order id', prod='socks')

P('in', 'order-update', 'vikram', 'Thank you', """Dear {bn},

Thank you for shopping with Tarnwick Outdoor. We value your association with us.""",
  ['missing_order_id', 'unpermitted_proactive'], 'thank-you only, no order id', prod='giftset')

P('au', 'order-update', 'jake', 'Delivered! Order {oid}', """Hi {bn},

Aus Post says your order {oid} has been delivered. Enjoy! If anything's not right, we're here to help.""",
  ['unpermitted_proactive'], 'delivered / here-to-help message', prod='bag')

P('us', 'order-update', 'dana', 'June Trail Notes: new gear + 15% off', """Hi {bn},

Summer's here! Meet the new Ridgeline Lite, our lightest rain shell yet, and take 15% off with code JUNE15 through Sunday.

Shop now: https://www.tarnwick-outdoor.com/new?utm_source=mailcircle&utm_medium=email

You're receiving this because you purchased from Tarnwick Outdoor. Unsubscribe: https://www.tarnwick-outdoor.com/unsubscribe?e={relay}""",
  ['external_link', 'marketing', 'opt_out', 'tracking_pixel', 'styling', 'missing_order_id'],
  'newsletter tool mailing the relay address: promo code, unsubscribe link, pixel, fonts, List-Unsubscribe', prod='jacket', sender='news', sig='none',
  hdrs=[('List-Unsubscribe', '<https://www.tarnwick-outdoor.com/unsubscribe?e={relay}>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
  bh=('<table width="100%" style="font-family:Helvetica,Arial,sans-serif"><tr><td align="center">\n<h1 style="font-size:30px;color:#22463a">Summer\'s here!</h1>\n'
      '<p style="font-size:16px">Meet the new Ridgeline Lite and take <b>15% off</b> with code <b>JUNE15</b> through Sunday.</p>\n'
      '<p><a href="https://www.tarnwick-outdoor.com/new?utm_source=mailcircle&amp;utm_medium=email">SHOP NOW</a></p>\n'
      '<p style="font-size:11px;color:#888888">You\'re receiving this because you purchased from Tarnwick Outdoor. <a href="https://www.tarnwick-outdoor.com/unsubscribe?e={relay}">Unsubscribe</a></p>\n</td></tr></table>'),
  tail='<img src="https://open.mailcircle.io/px/77c1/{relay}.gif" width="1" height="1" alt="">')

R('us', 'misc', 'marcus', """Hi {bn},

Sure. To opt out of future emails from us about reviews, click here: https://tarnwick-outdoor.com/optout?u={relay}""",
  "Please stop sending me review emails.", ['external_link', 'opt_out'], 'opt-out link in a reply', prod='poles')

R('au', 'late-delivery', 'jake', """Hi {bn},

It's on the truck today.

If you'd prefer not to get updates like this, reply with UNSUBSCRIBE.""",
  "Shipped yet?", ['opt_out'], 'unsubscribe instruction', prod='tent')

R('es', 'returns', 'lucia', """Hola {bn}:

Devolución registrada.

Si prefieres no recibir más correos nuestros, puedes gestionar tus preferencias de comunicación respondiendo «NO».""",
  "¿Habéis recibido la devolución?", ['opt_out'], 'gestión de preferencias / baja en el texto', prod='jacket')

R('fr', 'late-delivery', 'yann', """Bonjour {bn},

Colis expédié ce matin.

Pour ne plus recevoir nos e-mails, répondez simplement « STOP ».""",
  "Le colis est parti ?", ['opt_out'], 'désabonnement par réponse STOP', prod='poles')

R('uk', 'sizing', 'tom', """Hi {bn},

the 9-11 will be spot on for a size 10.""",
  "I'm a 10, which size?", ['important_tag'], '[Important] on a sizing reply', prod='socks', subj='Re: {A} [Important]')

R('ca', 'returns', 'ellie', """Hi {bn},

Your return has been received and refunded.""",
  "Has my return arrived?", ['important_tag'], '[IMPORTANT] on a routine return update', prod='bag', subj='[IMPORTANT] {A}')

P('au', 'review-request', 'jake', '[Important] Order {oid} feedback', """Hi {bn},

If you've got a minute, we'd love some feedback on order {oid}.""",
  ['important_tag'], '[Important] on a feedback request', prod='socks', req=True)

P('in', 'warranty', 'priya', '[Important] Warranty registration - order {oid}', """Dear {bn},

Kindly note that your product from order {oid} is covered under 1 year warranty. No registration is required.""",
  ['important_tag'], '[Important] on a warranty notice', prod='powerbank')

P('de', 'returns', 'jonas', '[important] Deine Rücksendung zu {oid}', """Hallo {bn},

deine Rücksendung zur Bestellung {oid} ist angekommen, Geld ist unterwegs.""",
  ['important_tag'], '[important] bei Rücksendebestätigung', prod='boots')

R('es', 'sizing', 'raul', """Hola {bn}:

La talla 39 es la correcta para ti.""",
  "¿Qué talla pido?", ['important_tag'], '[Important] en una respuesta sobre tallas', prod='boots', subj='[Important] RE: {A}')

P('fr', 'invoice', 'camille', 'Votre facture FA-2025-0688', """Bonjour {bn},

Veuillez trouver ci-joint votre facture FA-2025-0688.""",
  ['missing_order_id'], 'facture sans numéro de commande', prod='stove',
  atts=[att_pdf('Facture_FA-2025-0688.pdf', ['Tarnwick Outdoor SAS - FACTURE FA-2025-0688', 'Total TTC 54,90 EUR'])])

# --- obfuscated variants that agents or tools produced -------------------------------
R('us', 'sizing', 'dana', """Hi {bn},

Yay, glad the L fits! If you have a sec, a five\u200b-st\u200bar review would totally make our week.""",
  "L fits great, thanks.", ['review_manipulation'], 'zero-width spaces inside "five-star"', prod='jacket', obf='zero-width characters')

R('uk', 'feedback', 'siobhan', """Dear {bn},

I am glad the replacement has arrived safely. Now that it is resolved, would you be so kind as to re\u00admove your feed\u00adback from the order page?""",
  "Replacement arrived.", ['feedback_removal'], 'soft hyphens inside "remove" and "feedback"', prod='bag', obf='soft hyphen')

R('au', 'product-question', 'jake', """Hi {bn},

All the spare parts are listed at w w w . tarnwick - outdoor . com . au / parts""",
  "Where can I get a spare pole section?", ['external_link'], 'spaced-out domain', prod='tent', oid=None, obf='spaced letters')

R('in', 'warranty', 'vikram', """Dear {bn},

For urgent warranty support call +91 9 0 0 0 0  4 1 2 7 6 between 10 AM and 6 PM.""",
  "Urgent, headlamp not working before my trek.", ['contact_phone'], 'phone number with spaced digits', prod='headlamp', obf='spaced digits')

R('ca', 'refund', 'ellie', """Hi {bn},

Your refund for the missing strap is done! And if you leave a review of the pack, I'll send you a $10 Interac e-Transfer as a thank-you.""",
  "The hip belt strap was missing.", ['review_incentive'], 'e-transfer for a review, body in base64', prod='pack', fmt='plain', cte='base64', obf='base64 body')

R('de', 'product-question', 'jonas', """Hallo {bn},

die Anleitung gibt's unter h t t p s : / / tarnwick . de / anleitungen / dachbox""",
  "Gibt es eine Anleitung als PDF?", ['external_link'], 'URL mit Leerzeichen zwischen den Zeichen', prod='roofbox', oid=None, obf='spaced letters')

R('fr', 'returns', 'camille', """Bonjour {bn},

Pour accélérer le traitement, écrivez directement à service.clіent@tarnwіck.eu en indiquant votre numéro de commande.""",
  "Comment accélérer mon remboursement ?", ['contact_email'], 'adresse avec des "і" cyrilliques', prod='jacket', obf='homoglyph')

R('es', 'damaged', 'lucia', """Hola {bn}:

Te enviamos una mochila nueva hoy mismo. Y si estás pensando en tu próxima escapada, echa un vistazo a nuestras ofertas de verano en tiendas ultraligeras: https://tarnwick.eu/es/ofertas/verano-2025/tiendas-de-campana-ultraligeras?utm_source=amazon-bsm&utm_medium=email""",
  "La mochila llegó con una hebilla rota.", ['external_link', 'marketing'], 'URL de ofertas cortada por saltos suaves quoted-printable',
  prod='pack', fmt='plain', cte='quoted-printable', obf='quoted-printable soft break inside URL')

R('it', 'returns', 'giulia', """Gentile {bn},

il reso è stato accettato. Le regaliamo un buono da 15 € per la Sua recensione del prodotto.""",
  "Vorrei restituire il sacco a pelo.", ['review_incentive'], 'buono per la recensione, parole con entità HTML', prod='bag', fmt='html', obf='HTML entities',
  bh='<p>Gentile {bn},</p>\n<p>il reso &egrave; stato accettato. Le regaliamo un b&#117;ono da 15 &euro; per la Sua rec&#101;nsione del prodotto.</p>')

R('us', 'returns', 'marcus', """Hi {bn},

If the label doesn't show up, email our returns team and they'll send one.""",
  "No return label yet.", ['contact_email'], 'mailto link written with HTML entities', prod='poles', fmt='html', obf='HTML entities in mailto',
  bh='<p>Hi {bn},</p>\n<p>If the label doesn\'t show up, <a href="m&#97;ilto:returns&#64;tarnwick&#45;outdoor&#46;com">email our returns team</a> and they\'ll send one.</p>')

# --- more compliant replies in the EU shops ----------------------------------------
R('de', 'late-delivery', 'jonas', """Hallo {bn},

dein Paket ist mit DPD unterwegs, Paketnummer 0150 2847 3391 77. Zustellung laut DPD morgen zwischen 10:45 und 11:45 Uhr.""",
  "Ist mein Paket schon raus?", [], 'DPD-Paketnummer in Vierergruppen, Zeitfenster, konform', prod='poles')

R('de', 'returns', 'katrin', """Sehr geehrte/r {bn},

Ihre Rücksendung ist heute in unserem Lager in Hamburg eingegangen. Die Erstattung von 89,90 € wurde soeben veranlasst und ist in 3-5 Werktagen auf Ihrem Konto.""",
  "Ist meine Rücksendung angekommen?", [], 'Erstattungsbestätigung mit Betrag, konform', prod='headlamp')

R('de', 'warranty', 'jonas', """Hallo {bn},

das klingt nach einem defekten Akku, das ist ein Garantiefall. Ich schick dir heute eine neue Powerbank, die alte kannst du über den Wertstoffhof entsorgen.""",
  "Powerbank wird nach 10 Minuten heiß und geht aus.", [], 'Garantieersatz, konform', prod='powerbank')

P('de', 'customisation', 'katrin', '[Important] Gravurtext zu Bestellung {oid}', """Sehr geehrte/r {bn},

bevor wir Ihre Isolierflasche aus Bestellung {oid} gravieren, bitten wir Sie, den Text zu bestätigen:

    Für Papa - Zugspitze 2025

Das Umlaut-Zeichen ü ist möglich. Bitte antworten Sie kurz mit "bestätigt" oder dem korrigierten Text.""",
  [], '[Important] für eine Gravurfreigabe, konform', prod='bottle', crit=True)

R('de', 'misc', 'jonas', """Hallo {bn},

danke fürs Feedback zum Kocher, das geb ich an unser Produktteam weiter. Der Piezozünder lässt sich übrigens leicht nachjustieren: Schraube unter dem Brennerkopf eine Vierteldrehung nach rechts.""",
  "Der Zünder funkt manchmal nicht.", [], '"Feedback" im Sinne von Produktrückmeldung, konform', prod='stove', sender='tb_de', q='tb')

R('fr', 'returns', 'camille', """Bonjour {bn},

Nous avons bien reçu les chaussures dans notre entrepôt de Lyon. Le remboursement de 139,90 € a été effectué aujourd'hui.""",
  "Avez-vous reçu mon retour ?", [], 'confirmation de remboursement, conforme', prod='boots')

R('fr', 'late-delivery', 'yann', """Bonjour {bn},

Votre colis est en point relais depuis ce matin (Mondial Relay, numéro d'expédition 8840 2291 0356). Pensez à prendre une pièce d'identité.""",
  "Mon colis est où ?", [], 'numéro Mondial Relay en groupes, conforme', prod='socks')

P('fr', 'address', 'camille', '[Important] Adresse de livraison - commande {oid}', """Bonjour {bn},

Le transporteur nous signale que le code postal 69009 ne correspond pas à la ville indiquée (Villeurbanne) pour la commande {oid}. Pourriez-vous nous confirmer l'adresse exacte ?

Nous bloquons l'expédition en attendant votre réponse.""",
  [], '[Important] pour un problème d\'adresse, conforme', prod='tent', crit=True)

R('fr', 'invoice', 'yann', """Bonjour {bn},

La facture est disponible dans votre compte Amazon, rubrique Vos commandes, lien « Facture ». Elle a été mise en ligne ce matin.""",
  "Où est la facture ?", [], 'facture via le compte Amazon, conforme', prod='pack')

R('es', 'late-delivery', 'raul', """Hola {bn}:

Sale hoy con MRW, número de envío 0281 4455 9072 13. Llega el jueves.""",
  "¿Cuándo sale mi pedido?", [], 'número de envío MRW en grupos, conforme', prod='stove')

R('es', 'warranty', 'lucia', """Hola {bn}:

Te adjunto el certificado de garantía y el manual de la frontal. Con el número de serie que nos has mandado (LM9-2404-11873) ya hemos tramitado el cambio.""",
  "Os mando el número de serie: LM9-2404-11873.", [], 'certificado de garantía y manual en PDF, conforme', prod='headlamp',
  atts=[att_pdf('Certificado_garantia_Lumen900.pdf', ['Tarnwick Lumen 900 - Certificado de garantia']), att_pdf('Manual_Lumen900_ES.pdf', ['Tarnwick Lumen 900 - Manual de usuario'])])

R('es', 'cancellation', 'lucia', """Hola {bn}:

Hemos cancelado el pedido antes de que saliera del almacén. Amazon te devolverá los 34,90 € en unos días.""",
  "¿Puedo cancelar? Me he equivocado de color.", [], 'cancelación con reembolso, conforme', prod='bottle')

P('es', 'customisation', 'lucia', '[Important] Confirmación del grabado - pedido {oid}', """Hola {bn}:

Antes de grabar la botella del pedido {oid}, ¿nos confirmas el texto?

    Ánimo, Iñaki - Camino 2025

La ñ y las tildes se pueden grabar sin problema.""",
  [], '[Important] para confirmar una personalización, conforme', prod='bottle', crit=True)

R('es', 'feedback', 'raul', """Hola {bn}:

Gracias por el comentario sobre las costuras, se lo he pasado a producción.""",
  "Las costuras del saco se ven algo flojas.", [], '"comentario" como observación del producto, conforme', prod='bag')

R('it', 'late-delivery', 'giulia', """Gentile {bn},

il pacco è stato affidato a SDA, lettera di vettura 6502 1138 4471 9. La consegna è prevista per venerdì.""",
  "Quando arriva il mio ordine?", [], 'lettera di vettura SDA a gruppi, conforme', prod='jacket')

R('it', 'returns', 'matteo', """Ciao {bn},

il reso è arrivato in magazzino stamattina, rimborso di 59,90 € partito. Lo vedi sulla carta in 3-5 giorni.""",
  "È arrivato il reso?", [], 'conferma rimborso, conforme', prod='poles')

P('it', 'customisation', 'giulia', '[Important] Testo dell\'incisione - ordine {oid}', """Gentile {bn},

prima di procedere con l'incisione della borraccia (ordine {oid}) Le chiediamo di confermare il testo:

    Buon cammino, Chiara!

L'incisione non può essere modificata successivamente.""",
  [], '[Important] per conferma di personalizzazione, conforme', prod='bottle', crit=True)

R('it', 'product-question', 'matteo', """Ciao {bn},

sì, la tenda è autoportante: si monta anche su terreno duro senza picchetti, però con vento forte meglio fissarla.""",
  "La tenda si può montare sulla roccia?", [], 'domanda prodotto, conforme', prod='tent', oid=None)

R('it', 'invoice', 'giulia', """Gentile {bn},

abbiamo riemesso la fattura intestata alla Sua azienda con il codice destinatario SDI M5UXCR1. La trova in allegato.""",
  "Potete intestare la fattura alla mia ditta? Codice SDI M5UXCR1.", [], 'fattura riemessa con codice SDI, conforme', prod='roofbox',
  atts=[att_pdf('Fattura_2025-IT-0760.pdf', ['Tarnwick Outdoor S.r.l. - FATTURA 2025/IT/0760', 'Codice destinatario M5UXCR1'])])

R('fr', 'misc', 'camille', """Bonjour {bn},

Nous comprenons votre déception. Le sac est garanti contre les défauts de fabrication, mais l'usure des bretelles après deux ans d'utilisation intensive n'en fait pas partie. Nous pouvons en revanche vous envoyer des bretelles de rechange au prix coûtant de 12 €, si vous le souhaitez.""",
  "Deux ans et les bretelles sont usées. Vos sacs c'est de la camelote.", [], 'refus argumenté et courtois, conforme', prod='pack')

R('es', 'damaged', 'raul', """Hola {bn}:

Manda las fotos a devoluciones@tarnwick.eu y lo miro hoy.""",
  "Os puedo mandar fotos del golpe?", ['contact_email'], 'dirección de correo en el cuerpo', prod='roofbox')

R('uk', 'returns', 'tom', """Hi {bn},

easiest thing is to just email the photos over to tom.pettigrew@tarnwick.co.uk and I'll get the return booked.""",
  "The boot sole is peeling, can I send pics?", ['contact_email'], 'agent gives his work e-mail address in the body', prod='boots')

R('es', 'returns', 'raul', """{bn}:

Váyase a paseo. Ya le he dicho que sin el embalaje original no hay devolución. No me escriba más.""",
  "Exijo la devolución YA, aunque no tenga la caja.", ['offensive'], 'respuesta grosera y despectiva', prod='tent')

R('it', 'sizing', 'matteo', """{bn},

ma sei scemo? Ti ho scritto tre volte che la 39 è più piccola della 40. Leggi.""",
  "Quindi la 39 è più grande della 40?", ['offensive'], 'insulto diretto ("sei scemo")', prod='boots')


# ---------------------------------------------------------------------------------
# The personal numbers and the linked logo were taken out of the signatures once a
# supervisor noticed; messages from that day on carry the clean signature.
# ---------------------------------------------------------------------------------
def signature_fixed(sigkey, clean, from_day, note):
    for s in SPECS:
        if s.get('sig') == sigkey and s['day'] >= from_day:
            s['sig'] = clean
            s['cats'] = []
            s['note'] = note
            s.pop('fmt', None)


signature_fixed('tom_mob', 'tom', 11, 'same agent after his mobile was removed from the signature, compliant')
signature_fixed('marcus_cell', 'marcus', 17, 'same agent after his cell number was removed from the signature, compliant')
signature_fixed('jake_mob', 'jake', 15, 'signature with ABN only after the mobile was removed, compliant')
signature_fixed('siobhan_logo', 'siobhan', 17, 'Freshdesk signature after the linked logo was removed, compliant')
signature_fixed('camille_tel', 'camille', 12, 'signature with RCS/TVA numbers only after the phone was removed, compliant')
signature_fixed('priya_wa', 'priya', 23, 'signature with GSTIN only after the WhatsApp line was removed, compliant')

# ---------------------------------------------------------------------------
# README (tables computed from what was written)
# ---------------------------------------------------------------------------

README_HEAD = """# heldout10: blind held-out set for bsm-guard

**One seller's outbox for a month.** {n} outgoing e-mails from the fictitious shop *Tarnwick Outdoor*
(camping and hiking gear) to Amazon buyer relay addresses during June 2025, on nine marketplaces
(US, UK, CA, AU, IN, DE, FR, ES, IT), each labelled with the POLICY.md categories it breaks (or none).
File numbers follow the send time, so the set reads like the shop's real outbox: the same agents, the
same signatures, the same helpdesks, and the same mistakes coming and going (personal mobile and WhatsApp
numbers that sat in agents' signatures until a supervisor removed them, a linked logo in a new Freshdesk
signature, Help Scout open tracking switched on for a few days, a newsletter tool that had imported relay
addresses, an ops manager writing from Outlook).

## Who wrote it, from what, and how it may be used

- Written by a helper session of the bsm-guard project (set "heldout10"), **blind**: the author read only
  `/work/shared/POLICY.md`, `/work/shared/corpus/README.md`, `/work/shared/corpus/FORMAT.md` and
  `/work/shared/reference/amazon-policy.md`, plus general knowledge of how helpdesks (Freshdesk, Zammad,
  osTicket, FreeScout, Help Scout) and mail clients (Outlook, Gmail, Apple Mail, iPhone Mail, Thunderbird)
  format and quote replies and of Amazon's localised buyer-message notifications. The author did not read
  the filter's code, rules or tests, any other corpus, or any message of the development corpus, and did not
  run the filter.
- Every shop, person, domain, address, phone number, order id and token is invented. Phone numbers use
  ranges reserved for fiction where a country has them (US/CA 555-01xx, UK 07700 900xxx and 01632 960xxx,
  AU 0491 570xxx, FR 01 99 00 xx xx and 06 39 98 xx xx, DE 040 66969 xxx); ES, IT and IN numbers are made up.
- **Measure once, never tune.** This set exists to measure how bsm-guard generalises to wording and formats
  its authors never saw. Run it, record precision and recall per category, and do not change rules, tests or
  thresholds because of what it shows. Once anyone has tuned on it, it is no longer a held-out set.

## Regenerating

```
python3 make.py      # rewrites msgs/, labels.jsonl and this README next to the script
```

Python 3.11, standard library only, fixed seeds, no network: the output is byte-identical on every run.
`make.py` builds every attachment itself (PDF writer, PNG, GIF and baseline-JPEG encoders, ZIP, DOCX, XLSX and
ODT containers, PE, MP4/MOV, HEIC, WebP, RAR, 7z and TIFF skeletons) and writes the MIME by hand. It exits 1
if its self-check fails. The self-check verifies that every message parses with `email.policy.default`
without defects; that `kind` agrees with `In-Reply-To`/`References` or a reply prefix; that proactive
messages carry a 3-7-7 order id exactly when they are not labelled `missing_order_id`; that no
proactive-only category sits on a reply; that the repeat-request ledger, simulated in file order (a request
enters it only when it would be relayed, i.e. has no finding other than a strippable pixel), agrees with
every `repeat_request` label; that order ids are shared only inside deliberate pairs; and that compliant
messages contain no non-Amazon or `http:` URL, no `www.` or bare domain other than Amazon's, no address other
than a relay address, no emoji, no `List-Unsubscribe`, no style block or font/colour/alignment override, no
remote image, no blank-line run, none of the fictional phone ranges, at most five allowed attachments, and
`[Important]` only where it is allowed.

Check the messages **in file-name order in one run with one repeat-request ledger**.

## Labelling decisions (where POLICY.md leaves room)

- Labels follow POLICY.md and the conventions of the development corpus README: one element, one category;
  `mailto:`-style addresses are `contact_email` only; a remote image with the recipient id in its URL is
  `tracking_pixel` whatever its size; an `http:` image that is not a beacon is `styling`; white-on-white is
  also `styling`, `display:none` is not; an unsubscribe link in the body is `opt_out` and `external_link`;
  a `List-Unsubscribe` header is `opt_out` only; "follow us on Instagram @x" is `contact_other` and `marketing`.
- Quoted history counts: a buyer's own phone number or address in the quoted message, and the agent's own
  address in an Outlook `To:` quote line, are violations. Amazon's own notification text is not (its
  Seller Central and communication-manager links, `[commMgrTok:...]`, the relay address, the
  "Notification Preferences" sentence and the copyright/postal footer).
- Outlook's HTML part always carries Word's style block (Calibri, link colours), so every Outlook message
  with an HTML part is `styling`; Outlook plain-text replies are not.
- `[Important]` is allowed on delivery scheduling, address problems and customisation questions (also in a
  reply about scheduling) and is `important_tag` everywhere else, including replies.
- Review requests: one neutral request per order is compliant (also inside a support reply, and a seller-feedback
  request counts against the same order as a product-review request). The ledger only holds requests that were
  relayed: a first request that offered a gift card or voucher was rejected, so the later clean request for that
  order is **not** a repeat (one en, one de); a first request whose only finding was an open pixel was relayed
  after stripping, so the later request **is** a repeat (en, twice).
- `unpermitted_proactive` covers order and shipping confirmations (also from label software), thank-you-only,
  here-to-help-only, delivered-enjoy, office-closure and out-of-stock notices and a helpdesk auto-acknowledgement
  sent as a new message. A marketing newsletter is `marketing` (plus whatever else it carries), not also
  `unpermitted_proactive`.
- An ASIN, an invoice number or a mistyped 3-6-7 id is not an order id.
"""


def md_table(header, rows):
    out = '| ' + ' | '.join(header) + ' |\n|' + '---|' * len(header) + '\n'
    for r in rows:
        out += '| ' + ' | '.join(str(x) for x in r) + ' |\n'
    return out


def write_readme(labels):
    from collections import Counter, defaultdict
    n = len(labels)
    comp = [l for l in labels if not l['categories']]
    viol = [l for l in labels if l['categories']]
    obf = [l for l in viol if l['note'].startswith('obfuscated (')]
    rep = [l for l in labels if l['kind'] == 'reply']
    txt = README_HEAD.replace('{n}', str(n))
    txt += '\n## Counts\n\n### Totals\n\n'
    txt += md_table(['messages', 'compliant', 'violations', 'obfuscated violations', 'replies', 'proactive'],
                    [[n, '%d (%d%%)' % (len(comp), round(100 * len(comp) / n)), '%d (%d%%)' % (len(viol), round(100 * len(viol) / n)),
                      len(obf), len(rep), n - len(rep)]])
    langs = Counter(l['lang'] for l in labels)
    names = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian'}
    txt += '\n### Per language\n\n'
    txt += md_table(['lang', 'language', 'messages', 'share', 'compliant', 'violations', 'replies', 'proactive'],
                    [[lg, names[lg], c, '%d%%' % round(100 * c / n), sum(1 for l in comp if l['lang'] == lg),
                      sum(1 for l in viol if l['lang'] == lg), sum(1 for l in rep if l['lang'] == lg),
                      sum(1 for l in labels if l['lang'] == lg and l['kind'] == 'proactive')] for lg, c in langs.most_common()])
    mk = Counter(s['mk'] for s in SPECS)
    txt += '\nMarketplaces (English bodies on US, UK, CA, AU, IN; one English follow-up on DE): ' + ', '.join('%s %d' % (k.upper(), v) for k, v in mk.most_common()) + '.\n'
    txt += '\n### Per category\n\n'
    rows = []
    for c in CATS:
        ls = [l for l in labels if c in l['categories']]
        bl = Counter(l['lang'] for l in ls)
        rows.append([c, len(ls), sum(1 for l in ls if l['categories'] == [c]), sum(1 for l in ls if l['note'].startswith('obfuscated (')),
                     ', '.join('%s %d' % (k, v) for k, v in bl.most_common())])
    txt += md_table(['category', 'messages', 'as only label', 'obfuscated', 'by language'], rows)
    dist = Counter(len(l['categories']) for l in viol)
    txt += '\nLabels per violating message: ' + ', '.join('%d: %d' % (k, dist[k]) for k in sorted(dist)) + '\n'
    txt += '\nObfuscation techniques used: ' + '; '.join(sorted({re.match(r'obfuscated \((.*?)\):', l['note']).group(1) for l in obf})) + '.\n'
    # ledger
    pairs = defaultdict(list)
    for s in SPECS:
        if s.get('pair'):
            pairs[s['pair']].append(s)
    txt += '\n### Repeat-request ledger\n\n'
    rows = []
    for k in sorted(pairs, key=lambda k: pairs[k][0]['file']):
        a = pairs[k]
        rows.append([a[0]['oid'], ' then '.join('%s (%s)' % (os.path.basename(s['file'])[:4], ', '.join(s['cats']) or 'compliant') for s in a)])
    txt += md_table(['order id', 'requests in file order (labels)'], rows)
    # MIME
    txt += '\n### MIME structure\n\n'
    top = Counter()
    for s in SPECS:
        with open(os.path.join(HERE, s['file']), 'rb') as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        top[m.get_content_type()] += 1
    txt += md_table(['top-level type', 'messages'], top.most_common())
    cs = Counter(c for s in SPECS for c in s['charset_used'])
    txt += '\n' + md_table(['text charset', 'messages using it'], cs.most_common())
    ct = Counter(c for s in SPECS for c in s['cte_used'])
    txt += '\n' + md_table(['transfer encoding', 'messages using it'], ct.most_common())
    natt = sum(s['natt'] for s in SPECS)
    txt += ('\nMessages with attachments: %d (attachments: %d); with inline images: %d; CRLF line ends: %d; LF: %d; total size: %.1f MB.\n'
            % (sum(1 for s in SPECS if s['natt']), natt, sum(1 for s in SPECS if s['ninline']), sum(1 for s in SPECS if s['crlf_used']),
               sum(1 for s in SPECS if not s['crlf_used']), sum(s['size'] for s in SPECS) / 1e6))
    # senders / quoting
    txt += '\n### Helpdesks and clients\n\n'
    hdn = {'helpscout': 'Help Scout', 'freshdesk': 'Freshdesk', 'zammad': 'Zammad', 'osticket': 'osTicket', 'freescout': 'FreeScout',
           'outlook': 'Outlook (desktop)', 'iphone': 'iPhone Mail', 'gmail': 'Gmail (with Mailtrack)', 'thunderbird': 'Thunderbird',
           'applemail': 'Apple Mail', 'newsletter': 'newsletter tool', 'shipping': 'shipping-label software'}
    hc = Counter(s['hd'] for s in SPECS)
    txt += md_table(['sender', 'messages', 'compliant'], [[hdn[k], v, sum(1 for s in SPECS if s['hd'] == k and not s['cats'])] for k, v in hc.most_common()])
    txt += '\n### Quoting styles (replies)\n\n'
    qn = {'hs': 'Help Scout history block / "> " text', 'fd': 'Freshdesk `freshdesk_quote` blockquote', 'gt': '"On ... wrote:" + "> " (osTicket, generic)',
          'zammad': 'Zammad `blockquote type=cite`', 'fs': 'FreeScout history block', 'outlook': 'Outlook "From:/Sent:/To:/Subject:" header block',
          'apple': 'Apple Mail / iPhone `blockquote type=cite`', 'gmail': 'Gmail `gmail_quote`', 'tb': 'Thunderbird `moz-cite-prefix`, format=flowed',
          'osthread': 'osTicket thread with "-- reply above this line --"', 'none': 'no quote'}
    an = {'full': 'whole notification', 'mid': 'order line to commMgrTok', 'msg': 'message markers only', 'bare': 'buyer text only'}
    qc = Counter(s['qstyle_used'] for s in SPECS if s['kind'] == 'reply')
    ac = Counter(s['amt_used'] for s in SPECS if s['kind'] == 'reply' and s['qstyle_used'] != 'none')
    txt += md_table(['style', 'replies'], [[qn[k], v] for k, v in qc.most_common()])
    txt += '\nAmount of Amazon\'s notification quoted: ' + ', '.join('%s %d' % (an[k], v) for k, v in ac.most_common()) + '.\n'
    # hard negatives
    txt += '\n### Hard negatives (compliant messages)\n\n'
    tc = Counter(s['topic'] for s in SPECS if not s['cats'])
    txt += md_table(['topic', 'compliant messages'], tc.most_common())
    txt += """
What they contain, in every language of the set: order ids in subjects and bodies; ASINs, serial-number formats,
part numbers and product titles (including a quoted title with "Gift" and "Free Engraving"); carrier
numbers grouped like phone numbers (UPS, USPS, Royal Mail, Evri, DPD, Canada Post, Purolator, Australia
Post, StarTrack, Delhivery, Blue Dart, DHL, Colissimo, Chronopost, Mondial Relay, Correos Express, SEUR, MRW, BRT,
Poste Italiane, SDA); RMA, claim, invoice and ticket numbers; VAT, GST/HST, ABN, GSTIN, USt-IdNr., RCS/TVA,
CIF and P.IVA numbers in legal footers; prices, percentages, dates and delivery windows; return and delivery
addresses with postcodes; a Packstation Postnummer; https links to Amazon returns, order-details, review,
feedback and help pages; Amazon's localised notification quoted in full (Seller Central links, commMgrTok,
"Notification Preferences" sentence, relay address, postal footer); the relay address in the body; refunds,
partial refunds and replacements that resolve a problem, including an unconditional refund after the buyer
threatened a one-star review; one neutral review or feedback request per order (including inside a support
reply); neutral "you can update your feedback, entirely up to you" after a resolution (en, de, fr, es, it);
firm but polite answers to rude or accusing buyers; refusals to move to phone or WhatsApp without any number or
handle; `[Important]` used for delivery scheduling, address problems and engraving approval (upper, lower and
trailing forms, and in a reply about scheduling); trigger substrings (Scunthorpe, Penistone, Middlesex, Essex,
First-Class, 1st Class, conseil, "sale" meaning dirty in French); review words in another sense ("avis de
passage", "à notre avis", "Schadensbewertung", "valoración de los daños", "en nuestra opinión", "feedback"
about the product); a buyer who mentions a sale, a discount code or five stars with no promotion or request in
the answer; an inline `cid:` logo; exactly two blank lines; exactly five attachments; PDF invoices, manuals,
warranty certificates and return labels; product questions answered with no order id.
"""
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(txt)

# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------

CATS = ['external_link', 'contact_email', 'contact_phone', 'contact_other', 'review_incentive', 'review_manipulation',
        'feedback_removal', 'repeat_request', 'marketing', 'opt_out', 'tracking_pixel', 'attachment', 'styling',
        'offensive', 'important_tag', 'missing_order_id', 'unpermitted_proactive']
PROACTIVE_ONLY = {'missing_order_id', 'unpermitted_proactive'}
OID_RE = re.compile(r'(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])')
TZS = {-4: '-0400', 1: '+0100', 2: '+0200', 10: '+1000', 5.5: '+0530'}
_PAIRBUYER = {}


def fill(s, c):
    if s is None:
        return None
    for k in ('bn', 'oid', 'prod', 'asin', 'relay'):
        s = s.replace('{%s}' % k, c.get({'prod': 'prodt'}.get(k, k)) or '')
    return s


def reply_prefix(hd, lang):
    if hd == 'outlook':
        return {'en': 'RE: ', 'de': 'AW: ', 'fr': 'RE : ', 'es': 'RE: ', 'it': 'R: '}[lang]
    if hd in ('thunderbird', 'zammad') and lang == 'de':
        return 'AW: '
    return 'Re: '


def msgid(style, r, c):
    h = lambda n: ''.join(r.choice('0123456789abcdef') for _ in range(n))
    H = lambda n: ''.join(r.choice('0123456789ABCDEF') for _ in range(n))
    if style == 'helpscout':
        return '<reply-%d-%d-%s@helpscout.net>' % (r.randrange(10 ** 9, 4 * 10 ** 9), r.randrange(10 ** 8, 9 * 10 ** 8), h(8))
    if style == 'freshdesk':
        return '<%s.%d@tarnwick.freshdesk.com>' % (h(24), r.randrange(40000, 60000))
    if style == 'zammad':
        return '<202506%02d%02d%02d.%d.%d@zammad.tarnwick.de>' % (c['day'], c['hour'], c['minute'], r.randrange(1, 9), r.randrange(100000, 999999))
    if style == 'osticket':
        return '<ost-%s-%s@support.tarnwick-outdoor.com>' % (h(10), h(10))
    if style == 'freescout':
        return '<reply-%d-%d-%s@tarnwick.eu>' % (r.randrange(10000, 99999), r.randrange(1, 20), h(16))
    if style == 'outlook':
        return '<AM9PR04MB%d%s@AM9PR04MB%d.eurprd04.prod.outlook.com>' % (r.randrange(1000, 9999), H(12), r.randrange(1000, 9999))
    if style == 'gmail':
        return '<CAF%s@mail.gmail.com>' % ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_') for _ in range(40))
    if style in ('iphone', 'applemail'):
        return '<%s-%s-%s-%s-%s@tarnwick.%s>' % (H(8), H(4), H(4), H(4), H(12), 'eu' if style == 'iphone' else 'co.uk')
    if style == 'thunderbird':
        return '<%s-%s-%s-%s-%s@tarnwick.de>' % (h(8), h(4), h(4), h(4), h(12))
    if style == 'newsletter':
        return '<%s.%s@mail.tarnwick-outdoor.com>' % (h(16), h(8))
    return '<%s@parcelpilot-notify.com>' % h(20)


def boundary(style, r, n):
    h = lambda k: ''.join(r.choice('0123456789abcdef') for _ in range(k))
    return {'helpscout': '==_mimepart_%s_%s' % (h(13), n), 'freshdesk': '----=_Part_%d_%d.%d' % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), 1749000000000 + n),
            'zammad': '--==_mimepart_%s_%d' % (h(13), n), 'osticket': '=_%s' % h(32), 'freescout': '_=_swift_%d_%s_=_' % (1749000000 + n, h(32)),
            'outlook': '_00%d_AM9PR04MB%s_' % (n, h(12).upper()), 'iphone': 'Apple-Mail-%s' % h(16).upper(),
            'applemail': 'Apple-Mail=_%s-%s' % (h(8).upper(), h(12).upper()), 'gmail': '0000000000%s' % h(16),
            'thunderbird': '------------%s' % h(24), 'newsletter': '_----------=_MCPart_%d' % r.randrange(10 ** 9, 10 ** 10),
            'shipping': 'pp-%s' % h(20)}[style]


def enc_body(text, charset, cte):
    b = text.encode(charset)
    if cte == 'quoted-printable':
        return quopri.encodestring(b, quotetabs=False)
    if cte == 'base64':
        return base64.encodebytes(b)
    return b if b.endswith(b'\n') else b + b'\n'


def text_part(text, sub, charset, cte, flowed=False):
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = 'windows-1252'
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            charset = 'utf-8'
    ascii_only = all(ord(ch) < 128 for ch in text)
    if cte in ('7bit', '8bit'):
        if ascii_only:
            cte = '7bit'
        elif cte == '7bit':
            cte = 'quoted-printable'
        if any(len(l.encode(charset)) > 990 for l in text.split('\n')):
            cte = 'quoted-printable'
    if charset == 'us-ascii' and not ascii_only:
        charset = 'utf-8'
    ct = 'text/%s; charset="%s"' % (sub, charset) + ('; format=flowed' if flowed else '')
    hdr = 'Content-Type: %s\nContent-Transfer-Encoding: %s\n' % (ct, cte)
    return hdr, enc_body(text, charset, cte), charset, cte


def bin_part(name, ctype, data, disp='attachment', cid=None):
    if all(ord(ch) < 128 for ch in name):
        np = 'name="%s"' % name
        fp = 'filename="%s"' % name
    else:
        from urllib.parse import quote
        np = 'name="%s"' % Header(name, 'utf-8').encode()
        fp = "filename*=utf-8''%s" % quote(name, safe='')
    h = 'Content-Type: %s; %s\nContent-Disposition: %s; %s\nContent-Transfer-Encoding: base64\n' % (ctype, np, disp, fp)
    if cid:
        h += 'Content-ID: <%s>\n' % cid
    return h, base64.encodebytes(data)


def multipart(sub, parts, bnd):
    out = b''
    for h, b in parts:
        out += b'--' + bnd.encode() + b'\n' + h.encode() + b'\n' + b
        if not out.endswith(b'\n'):
            out += b'\n'
    out += b'--' + bnd.encode() + b'--\n'
    return 'Content-Type: multipart/%s;\n boundary="%s"\n' % (sub, bnd), out


OUTLOOK_STYLE = ('<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
                 '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                 'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
                 'span.EmailStyle18\n\t{mso-style-type:personal-reply;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
                 '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>')
ZAMMAD_STYLE = ('<style type="text/css">\n  body { font-family: "Helvetica Neue", Helvetica, Arial, Geneva, sans-serif; font-size: 12px; }\n'
                '  img { border: 0; }\n  blockquote { border-left: 5px solid #dfdfdf; color: #3d3d3d; margin: 0 0 0 0.5em; padding: 0 0 0 1em; }\n</style>')


def wrap_html(style, inner, charset, s):
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n%s\n</head>\n'
                '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, OUTLOOK_STYLE, inner))
    if style == 'gmail':
        return '<div dir="ltr">%s</div>\n' % inner
    if style == 'zammad':
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s</head>\n<body>\n<div>%s</div>\n</body>\n</html>\n'
                % (charset, ZAMMAD_STYLE + '\n' if s.get('zstyle') else '', inner))
    return '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n%s\n</body>\n</html>\n' % (charset, inner)


def dow_en(d):
    return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][(d + 5) % 7]


def prepare():
    for i, s in enumerate(SPECS):
        r = random.Random(5000 + i * 7919)
        s['rng'] = r
        s['i'] = i
        mk = s['mk']
        mlang = MK[mk]['lang']
        s.setdefault('lang', mlang)
        s['tld'] = MK[mk]['tld']
        s['sender'] = s.get('sender') or AGENT_SENDER.get(s['agent']) or DEFAULT_SENDER[mk]
        s['hd'] = SENDERS[s['sender']][2]
        pk = s.get('prod') or r.choice(sorted(PROD))
        s['asin'], titles = PROD[pk]
        s['prodt'] = titles[mlang]
        pair = s.get('pair')
        if pair and pair in _PAIRBUYER:
            s['bn'], s['relay'] = _PAIRBUYER[pair]
        else:
            s.setdefault('bn', r.choice(BUYERS[mlang]))
            loc = ''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(15))
            if r.random() < 0.15:
                loc += '+' + ''.join(r.choice('0123456789abcdef') for _ in range(8))
            s['relay'] = '%s@marketplace.amazon.%s' % (loc, s['tld'])
            if pair:
                _PAIRBUYER[pair] = (s['bn'], s['relay'])
        if pair:
            s['oid'] = OID(pair, mk)
        elif 'oid' not in s:
            s['oid'] = new_oid(mk)
        s.setdefault('day', r.randint(1, 30))
        s.setdefault('hour', r.randint(8, 18))
        s['minute'] = r.randint(0, 59)
        s['sec'] = r.randint(0, 59)
        back = r.randint(40, 900)
        t = (s['day'] - 1) * 1440 + s['hour'] * 60 + s['minute'] - back
        t = max(t, 6 * 60)
        s['qday'], s['qh'], s['qm'] = t // 1440 + 1, (t % 1440) // 60, t % 60
        s['tz'] = MK[mk]['tz']
        s['utc'] = ((s['day'] - 1) * 24 + s['hour'] - s['tz']) * 60 + s['minute'] + s['sec'] / 60.0
        s['tok'] = ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(13))
        s['mid'] = ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(14))
        s['prefs'] = r.random() < 0.5
        s['sender_name'] = SENDERS[s['sender']][1]
    SPECS.sort(key=lambda s: (s['utc'], s['i']))


def render(s, n):
    r = s['rng']
    hd = s['hd']
    lang = s['lang']
    mlang = MK[s['mk']]['lang']
    c = dict(s)
    c['lang'] = mlang if s['buyer'] else lang
    c['buyer'] = fill(s['buyer'], s)
    asub = ASUBJ[mlang][s.get('atopic') or ('noorder' if not s['oid'] else TOPIC_ASUBJ.get(s['topic'], 'other'))]
    c['asubj'] = asub.replace('{bn}', s['bn']).replace('{oid}', s['oid'] or '')
    if s['kind'] == 'reply':
        if s.get('subj'):
            subj = s['subj'].replace('{A}', c['asubj'])
        elif hd == 'helpscout':
            subj = c['asubj']
        elif hd == 'osticket':
            subj = '[#%06d] Re: %s' % (r.randrange(100000, 999999), c['asubj'])
        elif hd == 'zammad':
            subj = '%s%s [Ticket#%d]' % (reply_prefix(hd, mlang), c['asubj'], r.randrange(1006000, 1009999))
        else:
            subj = reply_prefix(hd, mlang) + c['asubj']
    else:
        subj = s['subj']
    subj = fill(subj, s)
    body = fill(s['body'], s)
    sigkey = s.get('sig', s['agent'])
    sig = fill(SIG.get(sigkey, sigkey) if sigkey is not None else '', s)
    ttail = fill(s.get('ttail', ''), s)
    qstyle = s.get('q') or DEFAULT_QUOTE[hd]
    amt = s.get('amt') or r.choice(['full', 'full', 'mid', 'msg', 'bare'] if hd not in ('iphone', 'gmail') else ['bare', 'msg', 'full'])
    s['qstyle_used'] = qstyle if s['buyer'] else 'none'
    s['amt_used'] = amt if s['buyer'] else '-'
    tq, hq = quote_parts(c, qstyle, amt)
    text = body.rstrip('\n') + ('\n\n' + sig if sig else '') + ttail + tq + '\n'
    # html
    fmt = s.get('fmt')
    if not fmt:
        fmt = {'helpscout': 'alt', 'freshdesk': 'alt', 'osticket': r.choice(['alt', 'html']), 'zammad': 'alt', 'freescout': 'alt',
               'outlook': 'plain', 'iphone': 'plain', 'gmail': 'alt', 'thunderbird': 'plain', 'applemail': 'alt',
               'newsletter': 'alt', 'shipping': 'html'}[hd]
        if fmt == 'alt' and r.random() < 0.1 and not (s.get('bh') or s.get('tail') or s.get('sh') or s.get('logo')):
            fmt = 'plain'
    if (s.get('bh') or s.get('tail') or s.get('sh') or s.get('logo') or s.get('endtail')) and fmt == 'plain':
        fmt = 'alt'
    s['fmt_used'] = fmt
    bh = fill(s.get('bh'), s) or text2html(body, link=hd != 'osticket' or True)
    if sigkey and sig:
        sh = fill(s.get('sh') or SIGHTML.get(sigkey), s) or ('<div class="signature">%s</div>' % text2html(sig))
    else:
        sh = fill(s.get('sh'), s) or ''
    if s.get('logo') == 'cid':
        sh += '\n<p><img src="cid:tarnwick-logo.png@01DBD6C2.7A3E1F40" alt="Tarnwick Outdoor" width="140" height="36"></p>'
    inner = bh + '\n' + sh + '\n' + fill(s.get('tail', ''), s) + '\n' + hq + fill(s.get('endtail', ''), s)
    # charset / cte
    if lang == 'en':
        cs = s.get('cs') or r.choice(['utf-8'] * 6 + ['windows-1252', 'iso-8859-1', 'us-ascii'])
    else:
        cs = s.get('cs') or r.choice(['utf-8'] * 5 + ['iso-8859-15', 'iso-8859-1', 'windows-1252', 'windows-1252'])
    if hd == 'outlook' and not s.get('cs'):
        cs = 'windows-1252'
    cte = s.get('cte') or r.choice(['quoted-printable'] * 5 + ['base64'] * 2 + ['8bit'] * 2)
    flowed = hd == 'thunderbird' and fmt == 'plain'
    html = wrap_html(hd, inner, cs, s)
    parts = []
    th, tb, cs_used, cte_used = text_part(text, 'plain', cs, s.get('tcte') or cte, flowed)
    if fmt in ('alt', 'html'):
        hh, hb, hcs, hcte = text_part(html, 'html', cs, s.get('hcte') or cte)
        if hcs != cs:
            html = wrap_html(hd, inner, hcs, s)
            hh, hb, hcs, hcte = text_part(html, 'html', hcs, s.get('hcte') or cte)
    bn_i = [0]

    def bnd():
        bn_i[0] += 1
        return boundary(hd, r, bn_i[0])
    if fmt == 'plain':
        main = (th, tb)
    elif fmt == 'html':
        main = (hh, hb)
    else:
        main = multipart('alternative', [(th, tb), (hh, hb)], bnd())
    if s.get('logo') == 'cid' or s.get('inline'):
        inl = list(s.get('inline') or [])
        if s.get('logo') == 'cid':
            inl.append(('tarnwick-logo.png', 'image/png', png(140, 36, (34, 70, 52), (230, 226, 210)), 'tarnwick-logo.png@01DBD6C2.7A3E1F40'))
        rel = [main] + [bin_part(nm, ct, data, 'inline', cid) for nm, ct, data, cid in inl]
        main = multipart('related', rel, bnd())
    atts = s.get('atts') or []
    if atts:
        main = multipart('mixed', [main] + [bin_part(nm, ct, data) for nm, ct, data in atts], bnd())
    s['charset_used'] = sorted({cs_used} | ({hcs} if fmt != 'plain' else set()))
    s['cte_used'] = sorted({cte_used} | ({hcte} if fmt != 'plain' else set()) | ({'base64'} if atts or s.get('logo') or s.get('inline') else set()))
    # headers
    from email.utils import formataddr
    addr, disp, mstyle = SENDERS[s['sender']]
    if s.get('from_name'):
        disp = s['from_name']
    dd = s['day']
    date = '%s, %02d Jun 2025 %02d:%02d:%02d %s' % (dow_en(dd), dd, s['hour'], s['minute'], s['sec'], TZS[s['tz']])
    to = s['relay'].upper() if (s.get('to_upper') or s['i'] % 41 == 7) else s['relay']
    to_h = to if r.random() < 0.4 else '"%s - Amazon Marketplace" <%s>' % (s['bn'], to) if all(ord(ch) < 128 for ch in s['bn']) else formataddr(('%s - Amazon Marketplace' % s['bn'], to), 'utf-8')
    H = []
    H.append('From: ' + formataddr((disp, addr), 'utf-8'))
    H.append('To: ' + to_h)
    if all(ord(ch) < 128 for ch in subj):
        H.append('Subject: ' + subj)
    else:
        H.append('Subject: ' + Header(subj, 'utf-8', header_name='Subject').encode())
    H.append('Date: ' + date)
    H.append('Message-ID: ' + msgid(mstyle, r, s))
    if s['kind'] == 'reply' and not s.get('noirt') and not (hd == 'iphone' and s['i'] % 3 == 0):
        ses = '<0102019%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (
            ''.join(r.choice('0123456789abcdef') for _ in range(9)), ''.join(r.choice('0123456789abcdef') for _ in range(8)),
            ''.join(r.choice('0123456789abcdef') for _ in range(4)), ''.join(r.choice('0123456789abcdef') for _ in range(4)),
            ''.join(r.choice('0123456789abcdef') for _ in range(12)))
        if s['mk'] in ('us', 'ca'):
            ses = ses.replace('eu-west-1.amazonses.com', 'email.amazonses.com')
        elif s['mk'] in ('au', 'in'):
            ses = ses.replace('eu-west-1', 'ap-southeast-2' if s['mk'] == 'au' else 'ap-south-1')
        H.append('In-Reply-To: ' + ses)
        H.append('References: ' + ses)
    H.append('MIME-Version: 1.0')
    xm = {'zammad': 'X-Mailer: Zammad Mail Service', 'osticket': 'X-Mailer: osTicket Mailer', 'freescout': 'X-Mailer: FreeScout',
          'outlook': 'X-Mailer: Microsoft Outlook 16.0', 'iphone': 'X-Mailer: iPhone Mail (22F76)', 'thunderbird': 'User-Agent: Mozilla Thunderbird',
          'applemail': 'X-Mailer: Apple Mail (2.3826.600.51.1.1)', 'freshdesk': 'X-FD-Email: 1', 'helpscout': 'X-HelpScout-Mailbox: 318244',
          'newsletter': 'X-Mailer: MailCircle Campaigns 4.2', 'shipping': 'X-Mailer: ParcelPilot Notify'}.get(mstyle)
    if xm:
        H.append(xm)
    for k, v in s.get('hdrs', []):
        H.append('%s: %s' % (k, fill(v, s)))
    hdr_text = '\n'.join(H) + '\n' + main[0]
    data = hdr_text.encode('ascii') + b'\n' + main[1]
    crlf = s.get('crlf')
    if crlf is None:
        crlf = mstyle in ('outlook', 'osticket') or r.random() < 0.12
    s['crlf_used'] = crlf
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    s['subject'] = subj
    return data

# ---------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------

AMZ_HOST = re.compile(r'^(?:[a-z0-9-]+\.)*amazon\.(?:com|ca|co\.uk|de|fr|it|es|in|com\.au|com\.mx|co\.jp|nl|se|pl|com\.be|com\.tr|sg|ae|sa|eg|ie|co\.za|com\.br)$', re.I)
RELAY = re.compile(r'^[a-z0-9]+(?:\+[a-z0-9-]+)?@(?:m\.)?marketplace\.amazon\.(?:com|ca|co\.uk|de|fr|it|es|in|com\.au)$', re.I)
BARE = re.compile(r'(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|co\.uk|de|fr|es|it|eu|io|shop|store|info|biz|in|au|ca|ly|me|app|co|to|gl))\b(?!@)', re.I)
EMOJI = re.compile('[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F\u200D]')
PHONE_FRAG = ['555-01', '555 01', '07700 9', '020 7946', '0491 570', '491 570', '66969', '01 99 00', '06 39 98', '01632 96', '+91 9', '600 11', '340 000']
OK_EXT = {'pdf': 'application/pdf', 'jpg': 'image/jpeg', 'jpeg': 'image/jpeg', 'png': 'image/png', 'gif': 'image/gif', 'txt': 'text/plain',
          'doc': 'application/msword', 'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'}


def scan_parts(msg):
    texts, htmls, atts = [], [], []
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        disp = p.get_content_disposition()
        if ct in ('text/plain', 'text/html') and disp != 'attachment':
            t = p.get_content()
            (htmls if ct == 'text/html' else texts).append(t)
        else:
            atts.append((p.get_filename() or '', ct, p.get_payload(decode=True), disp))
    return texts, htmls, atts


def check_compliant(s, msg, raw, texts, htmls, atts, errs):
    import html as H
    f = s['file']
    subj = str(msg['subject'])
    blob = '\n'.join([subj] + texts + [H.unescape(h) for h in htmls])
    for u in URL_RE.findall(blob):
        host = re.match(r'https?://([^/:?#]+)', u).group(1)
        if not u.startswith('https://') or not AMZ_HOST.match(host) or re.search(r'/dp/|/gp/product/|/stores/|[?&]me=', u):
            errs.append('%s: compliant but URL %s' % (f, u))
    for mo in re.finditer(r'(?i)www\.(\S+)', blob):
        if not mo.group(1).lower().startswith('amazon.'):
            errs.append('%s: compliant but www. %s' % (f, mo.group(0)))
    for mo in BARE.finditer(blob):
        d = mo.group(1)
        if not AMZ_HOST.match(d) and not d.lower().startswith('amazon.') and not re.match(r'(?i)(sellercentral\.)?amazon\.', d):
            errs.append('%s: compliant but bare domain %s' % (f, d))
    for mo in re.finditer(r'(?<!cid:)(?<![\w.+-])([\w.+-]+)\s*(@|＠)\s*([\w-]+(?:\.[\w-]+)+)', blob):
        a = mo.group(0)
        if blob[max(0, mo.start() - 4):mo.start()] == 'cid:':
            continue
        if not RELAY.match(a.replace(' ', '')):
            errs.append('%s: compliant but address %s' % (f, a))
    if EMOJI.search(blob):
        errs.append('%s: compliant but emoji' % f)
    if msg['List-Unsubscribe']:
        errs.append('%s: compliant but List-Unsubscribe' % f)
    for h in htmls:
        if re.search(r'(?i)<style|<font|<center|font-family|font-size|(?<![-\w])color\s*:|text-align\s*:\s*center|display\s*:\s*none|align="center"', h):
            errs.append('%s: compliant but styling in html' % f)
        for mo in re.finditer(r'(?i)<img[^>]*>', h):
            if not re.search(r'(?i)src="cid:', mo.group(0)):
                errs.append('%s: compliant but remote image %s' % (f, mo.group(0)[:60]))
        if re.search(r'(?i)(<br\s*/?>\s*){4,}|(<p>\s*(&nbsp;)?\s*</p>\s*){3,}', h):
            errs.append('%s: compliant but blank-line run in html' % f)
    for t in texts:
        if re.search(r'\n[ \t]*\n[ \t]*\n[ \t]*\n', t.replace('\r\n', '\n')):
            errs.append('%s: compliant but blank-line run' % f)
    low = blob
    for frag in PHONE_FRAG:
        if frag in low:
            errs.append('%s: compliant but phone fragment %r' % (f, frag))
    if re.search(r'(?i)\[important\]', subj) and not s.get('crit'):
        errs.append('%s: compliant [Important] without crit flag' % f)
    nonbody = [a for a in atts]
    if len(nonbody) > 5:
        errs.append('%s: compliant but %d non-body parts' % (f, len(nonbody)))
    total = 0
    for name, ct, data, disp in atts:
        ext = name.rsplit('.', 1)[-1].lower() if '.' in name else ''
        total += len(data)
        if ext not in OK_EXT or OK_EXT[ext] != ct and not (ext == 'pdf' and ct == 'application/octet-stream'):
            errs.append('%s: compliant but attachment %s %s' % (f, name, ct))
        magic = {'pdf': b'%PDF', 'png': b'\x89PNG', 'gif': b'GIF8', 'jpg': b'\xff\xd8', 'jpeg': b'\xff\xd8', 'docx': b'PK'}.get(ext)
        if magic and not data.startswith(magic):
            errs.append('%s: compliant but %s content mismatch' % (f, name))
    if total > 10 * 1024 * 1024:
        errs.append('%s: compliant but attachments too large' % f)
    for w in ('whatsapp', 'telegram', 'instagram', 'facebook', 'wechat', 'skype', 'tiktok'):
        if w in blob.lower() and not s.get('okwords'):
            errs.append('%s: compliant but mentions %s (set okwords)' % (f, w))


def main():
    prepare()
    msgdir = os.path.join(HERE, 'msgs')
    os.makedirs(msgdir, exist_ok=True)
    for fn in os.listdir(msgdir):
        if fn.endswith('.eml'):
            os.remove(os.path.join(msgdir, fn))
    errs = []
    labels = []
    ledger = {}
    for n, s in enumerate(SPECS, 1):
        fname = 'msgs/%04d-%s-%s-%s.eml' % (n, s['lang'], 're' if s['kind'] == 'reply' else 'pro', s['topic'])
        s['file'] = fname
        raw = render(s, n)
        with open(os.path.join(HERE, fname), 'wb') as fh:
            fh.write(raw)
        s['size'] = len(raw)
        cats = s['cats']
        for cat in cats:
            if cat not in CATS:
                errs.append('%s: unknown category %s' % (fname, cat))
        cats = [c for c in CATS if c in cats]
        s['cats'] = cats
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for p in msg.walk():
            if p.defects:
                errs.append('%s: defects %r' % (fname, p.defects))
        if msg.defects:
            errs.append('%s: defects %r' % (fname, msg.defects))
        texts, htmls, atts = scan_parts(msg)
        s['natt'] = len([a for a in atts if a[3] == 'attachment'])
        s['ninline'] = len([a for a in atts if a[3] == 'inline'])
        subj = str(msg['subject'])
        is_reply = bool(msg['In-Reply-To'] or msg['References'] or re.match(r'(?i)^(\[[^\]]*\]\s*)?(re|aw|r|sv|odp)\s?:', subj))
        if is_reply != (s['kind'] == 'reply'):
            errs.append('%s: kind %s disagrees with headers' % (fname, s['kind']))
        if s['kind'] == 'reply' and PROACTIVE_ONLY & set(cats):
            errs.append('%s: proactive-only category on a reply' % fname)
        alltext = '\n'.join([subj] + texts + htmls)
        if s['kind'] == 'proactive':
            has = bool(OID_RE.search(alltext))
            if has == ('missing_order_id' in cats):
                errs.append('%s: order id presence disagrees with missing_order_id' % fname)
        if s.get('req'):
            oid = s['oid']
            if oid in ledger and 'repeat_request' not in cats:
                errs.append('%s: repeat request for %s not labelled' % (fname, oid))
            if oid not in ledger and 'repeat_request' in cats:
                errs.append('%s: repeat_request label but ledger empty for %s' % (fname, oid))
            if oid not in alltext:
                errs.append('%s: request without its order id in text' % fname)
            relayed = set(cats) <= {'tracking_pixel'}
            if relayed:
                ledger.setdefault(oid, fname)
        elif 'repeat_request' in cats:
            errs.append('%s: repeat_request label but not marked req' % fname)
        if not cats:
            check_compliant(s, msg, raw, texts, htmls, atts, errs)
        if s['hd'] == 'outlook' and s['fmt_used'] != 'plain' and 'styling' not in cats:
            errs.append('%s: outlook html without styling label' % fname)
        if s.get('zstyle') and 'styling' not in cats:
            errs.append('%s: zammad style block without styling label' % fname)
        note = s['note']
        if s.get('obf') and not note.startswith('obfuscated ('):
            note = 'obfuscated (%s): %s' % (s['obf'], note)
        if cats and not note:
            errs.append('%s: violation without note' % fname)
        labels.append(dict(file=fname, categories=cats, lang=s['lang'], kind=s['kind'], note=note or s.get('hn') or 'compliant'))
    # order ids: shared only inside pairs / threads
    seen = {}
    for s in SPECS:
        if s['oid'] and not s.get('pair') and not s.get('thread'):
            if s['oid'] in seen:
                errs.append('%s: order id reused from %s' % (s['file'], seen[s['oid']]))
            seen[s['oid']] = s['file']
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    write_readme(labels)
    if errs:
        for e in errs:
            print('SELF-CHECK:', e, file=sys.stderr)
        print('%d self-check errors' % len(errs), file=sys.stderr)
        sys.exit(1)
    print('%d messages written; self-check passed' % len(SPECS))


if __name__ == '__main__':
    main()

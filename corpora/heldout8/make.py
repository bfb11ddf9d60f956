#!/usr/bin/env python3
"""heldout8: blind held-out test set for bsm-guard.

Written from POLICY.md, the corpus README/FORMAT and the Amazon reference notes only.
Python 3.11 standard library, deterministic: `python3 make.py` rewrites msgs/ and
labels.jsonl next to this script byte for byte, then self-checks and prints counts.
"""
import base64, email, email.policy, hashlib, html, io, json, os, quopri, random, re
import shutil, struct, sys, urllib.parse, zipfile, zlib
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["external_link", "contact_email", "contact_phone", "contact_other", "review_incentive",
        "review_manipulation", "feedback_removal", "repeat_request", "marketing", "opt_out",
        "tracking_pixel", "attachment", "styling", "offensive", "important_tag",
        "missing_order_id", "unpermitted_proactive"]
LANGS = ["de", "fr", "es", "it", "ja", "nl", "pl", "sv", "pt", "en"]

# ----------------------------------------------------------------------------- binary files
def _chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)

def png(w=6, h=4, rgb=(40, 90, 160)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))

def gif(animated=False):
    g = b"GIF89a" + struct.pack("<HH", 1, 1) + b"\x80\x00\x00" + b"\xff\xff\xff\xc0\x30\x20"
    frames = [b"\x02\x02\x44\x01\x00", b"\x02\x02\x4c\x01\x00"] if animated else [b"\x02\x02\x44\x01\x00"]
    if animated:
        g += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    for f in frames:
        if animated:
            g += b"\x21\xf9\x04\x00" + struct.pack("<H", 40) + b"\x00\x00"
        g += b"\x2c" + struct.pack("<HHHH", 0, 0, 1, 1) + b"\x00" + f
    return g + b"\x3b"

def jpeg():  # valid 8x8 grey baseline JPEG with one-symbol Huffman tables
    return (b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64)
            + b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 8, 8, 1) + b"\x01\x11\x00"
            + b"\xff\xc4" + struct.pack(">H", 20) + b"\x00" + bytes([1] + [0] * 15) + b"\x00"
            + b"\xff\xc4" + struct.pack(">H", 20) + b"\x10" + bytes([1] + [0] * 15) + b"\x00"
            + b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00" + b"\x00\x3f\x00" + b"\x3f" + b"\xff\xd9")

def pdf(title, pad=0):
    t = title.encode("ascii", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 14 Tf 60 780 Td (" + t + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    if pad:
        blob = (hashlib.sha256(t).digest() * (pad // 32 + 1))[:pad]
        objs.append(b"<< /Length %d >>\nstream\n" % pad + blob + b"\nendstream")
    out, offs = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)

def zipblob(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, (2025, 3, 1, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, d)
    return bio.getvalue()

CT_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/%s" ContentType="%s"/></Types>'
def docx(text):
    body = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % html.escape(l) for l in text.split("\n"))
    return zipblob([("[Content_Types].xml", CT_XML % ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
                    ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
                    ("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)])

def xlsx(rows):
    data = "".join("<row>%s</row>" % "".join('<c t="inlineStr"><is><t>%s</t></is></c>' % html.escape(c) for c in r) for r in rows)
    return zipblob([("[Content_Types].xml", CT_XML % ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")),
                    ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
                    ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>'),
                    ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % data)])

def exe():
    dos = bytearray(128); dos[0:2] = b"MZ"; dos[0x3c:0x40] = struct.pack("<I", 128)
    pe = b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x14c, 1, 0x65e1a2b0, 0, 0, 0xe0, 0x102)
    return bytes(dos) + pe + bytes(512 - 128 - len(pe))

def mp4():
    ftyp = b"ftypisom" + b"\x00\x00\x02\x00" + b"isomiso2avc1mp41"
    return struct.pack(">I", 8 + len(ftyp)) + ftyp + struct.pack(">I", 8 + 256) + b"mdat" + bytes(range(256))

def heic():
    ftyp = b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic"
    return struct.pack(">I", 8 + len(ftyp)) + ftyp + struct.pack(">I", 8 + 64) + b"mdat" + bytes(64)

def webp():
    vp8l = b"\x2f\x00\x00\x00\x00\x88\x88\x08"
    body = b"WEBP" + b"VP8L" + struct.pack("<I", len(vp8l)) + vp8l
    return b"RIFF" + struct.pack("<I", len(body)) + body

MIME_OF = {"pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
           "txt": "text/plain", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip": "application/zip",
           "exe": "application/x-msdownload", "mp4": "video/mp4", "heic": "image/heic", "webp": "image/webp",
           "html": "text/html"}

def make_file(kind, title="Document"):
    return {"pdf": lambda: pdf(title), "jpg": jpeg, "png": png, "gif": gif, "txt": lambda: (title + "\n").encode(),
            "docx": lambda: docx(title), "xlsx": lambda: xlsx([["SKU", "Qty"], [title, "1"]]),
            "zip": lambda: zipblob([("document.pdf", pdf(title)), ("readme.txt", title.encode())]),
            "exe": exe, "mp4": mp4, "heic": heic, "webp": webp,
            "html": lambda: ("<html><body><p>%s</p></body></html>\n" % html.escape(title)).encode()}[kind]()

# ----------------------------------------------------------------------------- MIME writer
def enc_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"

def leaf(ctype, data, cte, charset=None, name=None, disp=None, cid=None, extra=()):
    h = ctype + ('; charset="%s"' % charset if charset else "")
    if name:
        h += "; " + fparam("name", name)
    hs = ["Content-Type: " + h, "Content-Transfer-Encoding: " + cte]
    if cid:
        hs.append("Content-ID: <%s>" % cid)
    if disp:
        hs.append("Content-Disposition: " + disp + ("; " + fparam("filename", name) if name else ""))
    hs += list(extra)
    return {"h": hs, "b": enc_body(data, cte)}

def fparam(k, v):
    try:
        v.encode("ascii")
        return '%s="%s"' % (k, v)
    except UnicodeEncodeError:
        return "%s*=utf-8''%s" % (k, urllib.parse.quote(v, safe=""))

def multi(sub, parts, boundary):
    return {"h": ['Content-Type: multipart/%s;\n\tboundary="%s"' % (sub, boundary)], "parts": parts, "bd": boundary}

def ser(node, top=False):
    out = "\n".join(node["h"]).encode() + b"\n\n"
    if "parts" in node:
        if top:
            out += b"This is a multi-part message in MIME format.\n"
        for p in node["parts"]:
            out += b"\n--" + node["bd"].encode() + b"\n" + ser(p)
        out += b"\n--" + node["bd"].encode() + b"--\n"
    else:
        out += node["b"]
    return out

def hdr_text(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(s, charset if charset in ("iso-2022-jp", "utf-8") else "utf-8").encode(maxlinelen=76)

def addr(name, a):
    return formataddr((name, a), charset="utf-8")

# ----------------------------------------------------------------------------- random helpers
RNG = random.Random(20250308)
USED_OIDS, USED_RELAYS = set(), set()

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))

def new_oid(rng, prefixes):
    while True:
        o = "%s-%s-%s" % (rng.choice(prefixes), digits(rng, 7), digits(rng, 7))
        if o not in USED_OIDS:
            USED_OIDS.add(o)
            return o

def new_relay(rng, dom):
    while True:
        loc = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
        if rng.random() < 0.18:
            loc += "+" + "".join(rng.choice("0123456789abcdef") for _ in range(8))
        if loc not in USED_RELAYS:
            USED_RELAYS.add(loc)
            return loc + "@" + dom

def asin(rng):
    return "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))

def tok(rng, n=14):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

def fill(s, ctx):
    return s.format_map(ctx)

def pat(rng, p):  # '#' digit, '@' capital letter, anything else literal
    return "".join(rng.choice("0123456789") if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c for c in p)

def eur(sym_after=True, sep=","):
    def f(v):
        s = ("%.2f" % v).replace(".", sep)
        return s + " €" if sym_after else "€ " + s
    return f

# ----------------------------------------------------------------------------- locales (marketplaces)
# tld, order-id prefixes, carriers (name, pattern), price format, tax ids, fiction/invented phones, tz hours
LM = {
    "de": dict(tld="de", oidp=["302", "303", "304", "305", "306", "028"], tz=1,
               carriers=[("DHL", "00340434############"), ("DPD", "0150 #### #### ##"), ("GLS", "#### #### ###"), ("Hermes", "H10############ ##")],
               price=eur(), tax=["USt-IdNr. DE2########"], phones=["040 66969 ###", "+49 30 23125 ###", "040 / 66969-###"]),
    "fr": dict(tld="fr", oidp=["171", "402", "403", "404", "405", "406", "407", "408"], tz=1,
               carriers=[("Colissimo", "6A###########"), ("Chronopost", "XJ#########FR"), ("Mondial Relay", "########"), ("DPD", "#### #### #### ##")],
               price=eur(), tax=["SIRET ### ### ### #####", "n° TVA FR## #########"], phones=["01 99 00 ## ##", "06 39 98 ## ##", "+33 6 39 98 ## ##"]),
    "fr-be": dict(tld="com.be", oidp=["403", "405", "408"], tz=1,
               carriers=[("bpost", "3232##################"), ("DPD", "#### #### #### ##")],
               price=eur(), tax=["TVA BE0###.###.###"], phones=["+32 2 ### ## ##"]),
    "es": dict(tld="es", oidp=["171", "402", "403", "404", "405", "406", "407", "408"], tz=1,
               carriers=[("Correos", "PQ4@@@07##########08###@"), ("SEUR", "##########"), ("MRW", "#####-########"), ("GLS", "## ### ### ###")],
               price=eur(), tax=["NIF B########", "CIF B-########"], phones=["+34 91 ### ## ##", "600 ### ###"]),
    "es-mx": dict(tld="com.mx", oidp=["701", "702"], tz=-6,
               carriers=[("Estafeta", "######################"), ("DHL", "## #### ####")],
               price=lambda v: "$%.2f MXN" % (v * 18), tax=["RFC NHO######@@#"], phones=["+52 55 #### ####"]),
    "it": dict(tld="it", oidp=["171", "402", "403", "404", "405", "406", "407", "408"], tz=1,
               carriers=[("BRT", "### #### #### ####"), ("Poste Italiane", "@@#########IT"), ("SDA", "##########"), ("GLS", "@@ #########")],
               price=eur(), tax=["P.IVA ###########", "P. IVA IT###########"], phones=["+39 02 #### ####", "347 ### ####"]),
    "ja": dict(tld="co.jp", oidp=["249", "250", "503"], tz=9,
               carriers=[("ヤマト運輸", "####-####-####"), ("佐川急便", "####-####-####"), ("日本郵便", "####-####-####")],
               price=lambda v: "{:,}円".format(int(v * 160) // 10 * 10), tax=["登録番号 T#############"], phones=["03-####-####", "090-####-####", "06-####-####"]),
    "nl": dict(tld="nl", oidp=["402", "403", "404", "405", "406", "407", "408"], tz=1,
               carriers=[("PostNL", "3S@@@@#######"), ("DHL", "JVGL06##############"), ("DPD", "##############")],
               price=eur(False), tax=["btw-nr. NL#########B01", "KvK ########"], phones=["020 ### ####", "06-########"]),
    "nl-be": dict(tld="com.be", oidp=["403", "405", "408"], tz=1,
               carriers=[("bpost", "3232##########################"), ("PostNL", "3S@@@@#######")],
               price=eur(False), tax=["btw BE0###.###.###"], phones=["+32 3 ### ## ##"]),
    "pl": dict(tld="pl", oidp=["402", "403", "404", "405", "406", "407", "408"], tz=1,
               carriers=[("InPost", "########################"), ("DPD", "##############"), ("Poczta Polska", "00########################")],
               price=lambda v: ("%.2f zł" % (v * 4.3)).replace(".", ","), tax=["NIP ###-###-##-##"], phones=["+48 22 ### ## ##", "601 ### ###"]),
    "sv": dict(tld="se", oidp=["402", "403", "404", "405", "406", "407", "408"], tz=1,
               carriers=[("PostNord", "UA#########SE"), ("DHL", "##########"), ("Budbee", "@@@@#####"), ("Instabox", "@@@@####")],
               price=lambda v: "%d kr" % (int(v * 11)), tax=["Org.nr 556###-####", "Momsreg.nr SE556#######01"], phones=["08-465 004 ##", "070-174 06 ##"]),
    "pt-BR": dict(tld="com.br", oidp=["701", "702"], tz=-3,
               carriers=[("Correios", "@@#########BR"), ("Jadlog", "##############"), ("Loggi", "@@@@@#######")],
               price=lambda v: ("R$ %.2f" % (v * 5.6)).replace(".", ","), tax=["CNPJ ##.###.###/0001-##"], phones=["(11) 9####-####", "+55 21 3###-####"]),
    "pt-PT": dict(tld="es", oidp=["402", "403", "171"], tz=0,
               carriers=[("CTT", "@@#########PT"), ("CTT Expresso", "EA#########PT"), ("DPD", "#### #### #### ##")],
               price=eur(), tax=["NIF 5## ### ###", "NIPC 5########"], phones=["+351 21 ### ####", "912 ### ###"]),
    "en-us": dict(tld="com", oidp=["111", "112", "113", "114"], tz=-5,
               carriers=[("UPS", "1Z###@@@##########"), ("USPS", "9400 #### #### #### #### ##"), ("FedEx", "#### #### ####")],
               price=lambda v: "$%.2f" % (v * 1.1), tax=["EIN ##-#######"], phones=["(206) 555-01##", "+1 312 555 01##", "555-01##"]),
    "en-uk": dict(tld="co.uk", oidp=["202", "203", "204", "205", "206", "026"], tz=0,
               carriers=[("Royal Mail", "@@#########GB"), ("Evri", "H0#@@@##########"), ("DPD", "#### #### #### ##")],
               price=lambda v: "£%.2f" % (v * 0.86), tax=["VAT GB ### #### ##", "Company no. 0#######"], phones=["07700 900###", "020 7946 0###", "+44 7700 900###"]),
    "en-au": dict(tld="com.au", oidp=["249", "250", "503"], tz=10,
               carriers=[("Australia Post", "33@@@#######01000###0"), ("StarTrack", "@@@Z########")],
               price=lambda v: "A$%.2f" % (v * 1.65), tax=["ABN ## ### ### ###"], phones=["0491 570 156", "(02) 5550 1###", "+61 491 570 159"]),
    "en-ca": dict(tld="ca", oidp=["701", "702", "111"], tz=-5,
               carriers=[("Canada Post", "#### #### #### ####"), ("Purolator", "###########")],
               price=lambda v: "CA$%.2f" % (v * 1.5), tax=["GST/HST ######### RT0001"], phones=["(416) 555-01##", "+1 604 555 01##"]),
}
for _k, _v in LM.items():
    _v["relay"] = "marketplace.amazon." + _v["tld"]
    _v["host"] = "www.amazon." + _v["tld"]
    _v["sc"] = "sellercentral.amazon." + _v["tld"]
LOCS = {"de": ["de"] * 9 + ["de"], "fr": ["fr"] * 7 + ["fr-be"] * 2, "es": ["es"] * 7 + ["es-mx"] * 2, "it": ["it"], "ja": ["ja"],
        "nl": ["nl"] * 7 + ["nl-be"] * 2, "pl": ["pl"], "sv": ["sv"], "pt": ["pt-BR", "pt-PT"],
        "en": ["en-us", "en-us", "en-uk", "en-uk", "en-au", "en-ca"]}

# ----------------------------------------------------------------------------- message model
TX = {}          # text tables per language variant, filled below
BASE = datetime(2025, 3, 3, 8, 0)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
BUYER_OF = {"discount": "damaged", "fbupd": "damaged", "reqin": "where"}

def fmt_date(X, d):
    if X["lang"] == "en":
        return "%d %s" % (d.day, MONTHS_EN[d.month - 1])
    return d.strftime(X["dfmt"])

def mkctx(S, rng):
    X, lm = S["X"], S["lm"]
    shop, dom = rng.choice(X["shops"])
    prod, model = X["prods"][0] if S["topic"] == "question" else rng.choice(X["prods"])
    carrier, cpat = rng.choice(lm["carriers"])
    sent = BASE + timedelta(days=rng.randrange(0, 70), hours=rng.randrange(0, 10), minutes=rng.randrange(60))
    oid = new_oid(rng, lm["oidp"])
    host = lm["host"]
    a = asin(rng)
    c = dict(n=rng.choice(X["buyers"]), agent=rng.choice(X["agents"]), shop=shop, domain=dom, prod=prod, model=model,
             asin=a, oid=oid, carrier=carrier, trk=pat(rng, cpat), price=lm["price"](rng.randrange(1290, 18990) / 100),
             date=fmt_date(X, sent + timedelta(days=rng.randrange(2, 6))), rma="RMA-%s" % digits(rng, 6),
             inv=X.get("invp", "INV-2025-") + digits(rng, 5), tax=pat(rng, rng.choice(lm["tax"])),
             addr=rng.choice(X["addrs"]).replace("{shop}", shop), phone=pat(rng, rng.choice(lm["phones"])),
             bphone=pat(rng, rng.choice(lm["phones"])), handle=dom.split(".")[0].replace("-", "_"),
             url_order="https://%s/gp/your-account/order-details?ie=UTF8&orderID=%s" % (host, oid),
             url_review="https://%s/review/create-review?asin=%s" % (host, a),
             url_return="https://%s/gp/orc/returns/homepage.html?orderId=%s" % (host, oid),
             url_help="https://%s/gp/help/customer/display.html?nodeId=%s" % (host, rng.choice(["GKM69DUUYKQWKWX7", "201819200", "GNW5VB6C7CPCRFMC", "201149900"])),
             url_fb="https://%s/hz/feedback?orderID=%s" % (host, oid))
    c["bmail"] = rng.choice(X["bmail"])
    c["relay"] = new_relay(rng, ("m." if S["loc"] == "ja" and rng.random() < 0.35 else "") + lm["relay"])
    S["sent"] = sent
    return c

def B(t, h=None):
    """a body block: text form (None = absent from text part) and html form (None = derived)"""
    return {"t": t, "h": h}

def new_spec(lg, li, slot, topic, kind="reply", loc=None, rng=None):
    X = TX[lg if lg != "pt" else ("pt-BR" if loc == "pt-BR" else "pt-PT")]
    S = dict(lg=lg, li=li, X=X, loc=loc, lm=LM[loc], slot=slot, topic=topic, kind=kind, labels=set(), note="",
             paras=list(X["A"][topic]) if topic in X["A"] else [], buyer=BUYER_OF.get(topic, topic), fmt=None, style=None,
             atts=[], inline=[], hdrs=[], tail=[], sig=[], obf=None, subj=None, req=False, pair=None, qagent=False,
             olto=False, bextra=None, need_html=False, text_only=False, html_only=False, quote=kind == "reply",
             charset=None, cte=None, crlf=None, qpbreak=None, upper_to=False, no_irt=False, mixsig=False,
             blank=None, word_html=False, hid=None)
    S["ctx"] = mkctx(S, rng)
    return S

def lab(S, *cats):
    S["labels"].update(cats)

# ----------------------------------------------------------------------------- rendering
URL_RE = re.compile(r"https?://[^\s<>\"')]+")

def autolink(esc):
    return URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(0), m.group(0)), esc)

def t2h(t):
    return autolink(html.escape(t, quote=False)).replace("\n", "<br>\n")

def notif(S, full):
    X, c = S["X"], S["ctx"]
    am = X["am"]
    L = []
    if S["topic"] == "question":
        L += ["%s [ASIN: %s]" % (c["prod"], c["asin"]), ""]
    else:
        L += ["# %s:" % c["oid"], "1 / %s [ASIN: %s]" % (c["prod"], c["asin"]), ""]
    btxt = fill(X["B"][S["buyer"]], c)
    if S["bextra"]:
        btxt += "\n" + fill(S["bextra"], c)
    L += [am["msg"], ""] + btxt.split("\n") + ["", am["end"], ""]
    if full:
        h = S["lm"]["host"]
        t = c.setdefault("tok", tok(random.Random(c["oid"])))
        L += [am["fyi"], "", am["resp"] + " https://%s/messaging/thread?threadId=%s" % (S["lm"]["sc"], t.lower()), "",
              am["helpful"], "https://%s/gp/communication-manager/ss-feedback.html?ie=UTF8&yn=1&tok=%s" % (h, t), "",
              "[commMgrTok:%s]" % t, "", am["foot"]]
    return L

def wrote_line(S, who, addr_):
    X, d = S["X"], S["sent"] - timedelta(hours=5, minutes=17)
    return fill(X["wrote"], dict(d=d.strftime(X["qdfmt"]), t=d.strftime("%H:%M"), w="%s <%s>" % (who, addr_)))

def buyer_disp(S):
    return "%s - Amazon Marketplace" % S["ctx"]["n"]

def amz_subject(S):
    X, c = S["X"], S["ctx"]
    return fill(X["am"]["subjq"] if S["topic"] == "question" else X["am"]["subj"], c)

def quote_parts(S, rng):
    """returns (text, html) of the quoted history, in the style of S['style']"""
    X, c, st = S["X"], S["ctx"], S["style"]
    lines = notif(S, full=S["fullq"])
    who = buyer_disp(S)
    wl = wrote_line(S, who, c["relay"])
    inner_t = "\n".join(lines)
    if S["qagent"]:  # an earlier agent reply sits between this reply and Amazon's notice
        ag = [fill(X["w"]["earlier"], c), "", "-- ", c["agent"], c["shop"],
              "%s %s" % (X["w"]["tel"], c["phone"]), "%s service@%s" % (X["w"]["mail"], c["domain"])]
        wl2 = wrote_line(S, c["agent"], "service@" + c["domain"])
        inner_t = "\n".join(ag) + "\n\n" + wl + "\n" + "\n".join("> " + l if l else ">" for l in lines)
        wl = wl2
    ol = X["ol"]
    to_line = c["shop"] if not S["olto"] else "%s <kundenservice@%s>" % (c["shop"], c["domain"])
    if S["olto"] == "de":
        pass
    if st in ("outlook", "outlook_html"):
        hdr = ["%s: %s <%s>" % (ol[0], who, c["relay"]), "%s: %s" % (ol[1], (S["sent"] - timedelta(hours=3)).strftime(X["qdfmt"] + " %H:%M")),
               "%s: %s" % (ol[2], to_line), "%s: %s" % (ol[3], amz_subject(S))]
        t = ol[4] + "\n" + "\n".join(hdr) + "\n\n" + inner_t
        h = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' if S["word_html"] else
             '<hr tabindex="-1" style="display:inline-block; width:98%">\n<div id="divRplyFwdMsg" dir="ltr">')
        h += "<b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s</div>\n<div>%s</div>" % (
            ol[0], html.escape(who), c["relay"], ol[1], hdr[1].split(": ", 1)[1], ol[2], html.escape(to_line), ol[3],
            html.escape(amz_subject(S)), t2h(inner_t))
        return t, h
    qt = wl + "\n" + "\n".join("> " + l if l else ">" for l in inner_t.split("\n"))
    if st == "zendesk":
        t = "%s (Amazon Marketplace)\n\n%s\n\n%s" % (c["n"], (S["sent"] - timedelta(hours=5)).strftime(X["qdfmt"] + ", %H:%M"), inner_t)
        return t, "<p><b>%s</b> (Amazon Marketplace)</p>\n<p>%s</p>\n<div>%s</div>" % (html.escape(c["n"]), t.split("\n\n")[1], t2h(inner_t))
    e = html.escape(wl)
    if st == "gmail":
        h = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n<blockquote class="gmail_quote" '
             'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (e, t2h(inner_t)))
    elif st == "thunderbird":
        h = ('<div class="moz-cite-prefix">%s<br>\n</div>\n<blockquote type="cite" cite="mid:%s">\n<pre class="moz-quote-pre" wrap="">%s</pre>\n</blockquote>'
             % (e, S["irt"].strip("<>"), autolink(html.escape(inner_t, quote=False))))
    elif st == "apple":
        h = '<div><br><blockquote type="cite"><div>%s</div><br>\n<div><div>%s</div></div></blockquote></div>' % (e, t2h(inner_t))
    elif st == "freshdesk":
        h = '<div class="freshdesk_quote">\n<blockquote class="freshdesk_quote">%s<br>\n%s</blockquote>\n</div>' % (e, t2h(inner_t))
    elif st == "gorgias":
        h = '<div class="gorgias_quote"><div>%s</div>\n<blockquote>%s</blockquote></div>' % (e, t2h(inner_t))
    elif st == "helpscout":
        h = '<div id="hs_quote"><div>%s</div>\n<blockquote>%s</blockquote></div>' % (e, t2h(inner_t))
    else:  # reamaze / kustomer / edesk / shopify / zammad html
        h = '<div class="%s-quote"><p>%s</p>\n<blockquote type="cite">%s</blockquote></div>' % (st, e, t2h(inner_t))
    return qt, h

TEXT_STYLES = ["plainquote", "plainquote", "outlook", "zendesk", "iphone", "zammad", "osticket", "freescout", "edesk"]
HTML_STYLES = ["gmail", "thunderbird", "apple", "outlook_html", "freshdesk", "gorgias", "helpscout", "reamaze", "kustomer", "shopify"]
MAILER = {"outlook": "X-Mailer: Microsoft Outlook 16.0", "outlook_html": "X-Mailer: Microsoft Outlook 16.0",
          "thunderbird": "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101\n Thunderbird/115.9.0",
          "apple": "X-Mailer: Apple Mail (2.3774.400.31)", "iphone": "X-Mailer: iPhone Mail (21E236)",
          "zendesk": "X-Mailer: Zendesk Mailer", "freshdesk": "X-Mailer: Freshdesk", "gmail": None,
          "gorgias": "X-Gorgias-Ticket-Id: 4%07d", "helpscout": "X-HelpScout-Conversation: 2%08d", "zammad": "X-Mailer: Zammad Mail Service",
          "osticket": "X-Mailer: osTicket Mailer", "freescout": "X-Mailer: FreeScout", "edesk": "X-Mailer: eDesk",
          "reamaze": "X-Mailer: Reamaze", "kustomer": "X-Mailer: Kustomer", "shopify": "X-Mailer: Shopify Inbox", "plainquote": None}

def derive(S):
    c, lm = S["ctx"], S["lm"]
    h, o, a = lm["host"], c["oid"], c["asin"]
    c.update(url_order="https://%s/gp/your-account/order-details?ie=UTF8&orderID=%s" % (h, o),
             url_orders="https://%s/your-orders/orders" % h,
             url_review="https://%s/review/create-review?asin=%s" % (h, a),
             url_return="https://%s/gp/orc/returns/homepage.html?orderId=%s" % (h, o),
             url_fb="https://%s/hz/feedback?orderID=%s" % (h, o))

CHARSETS = {"ja": ["utf-8", "utf-8", "iso-2022-jp", "shift_jis"], "pl": ["utf-8", "utf-8", "iso-8859-2"],
            "en": ["utf-8", "us-ascii", "utf-8", "windows-1252"]}

def pick_charset(S, rng, blob):
    lg = S["lg"]
    if S["charset"]:
        cands = [S["charset"]]
    elif S["style"] in ("outlook", "outlook_html") and lg not in ("ja", "pl"):
        cands = ["windows-1252", "windows-1252", "utf-8"]
    else:
        cands = CHARSETS.get(lg, ["utf-8", "utf-8", "utf-8", "iso-8859-15", "iso-8859-1", "windows-1252"])
    cs = rng.choice(cands)
    try:
        blob.encode(cs)
        return cs
    except UnicodeEncodeError:
        return "utf-8"

def pick_cte(S, rng, cs):
    if S["cte"]:
        return S["cte"]
    if cs in ("us-ascii", "iso-2022-jp"):
        return "7bit"
    if cs == "shift_jis":
        return "base64"
    if cs == "utf-8":
        return rng.choice(["quoted-printable", "quoted-printable", "base64", "8bit"])
    return rng.choice(["quoted-printable", "quoted-printable", "8bit"])

WORD_STYLE = ('<style><!--\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
              'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
              'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
              'span.EmailStyle19\n\t{mso-style-type:personal-reply;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n--></style>\n')

def render(S, rng, idx):
    X, c = S["X"], S["ctx"]
    derive(S)
    if S["fmt"] is None:
        r = rng.random()
        S["fmt"] = "text" if r < 0.38 else "alt" if r < 0.86 else "html"
    if S["need_html"] and S["fmt"] == "text":
        S["fmt"] = "alt"
    if S["html_only"]:
        S["fmt"] = "html"
    if S["text_only"]:
        S["fmt"] = "text"
    if S["olto"] or S["word_html"]:
        S["style"] = "outlook" if S["fmt"] == "text" else "outlook_html"
    if S["style"] is None:
        S["style"] = rng.choice(TEXT_STYLES if S["fmt"] == "text" else HTML_STYLES)
    st = S["style"]
    S["fullq"] = rng.random() < 0.72
    S["irt"] = "<0102018%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
        "".join(rng.choice("0123456789abcdef") for _ in range(9)), *("".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 12)))
    greet = fill(rng.choice(X["hi_pro"] if S["kind"] == "proactive" and "hi_pro" in X else X["hi"]), c)
    close = rng.choice(X["bye"])
    paras = [B(fill(p, c)) if isinstance(p, str) else p for p in S["paras"]]
    lower_ok = X["lang"] in ("de", "nl", "pl") and greet.endswith(",")
    if paras and paras[0]["t"] and paras[0]["h"] is None and not lower_ok:
        t0 = paras[0]["t"]
        k = next((i for i, ch in enumerate(t0) if ch.isalpha()), 0)
        paras[0] = B(t0[:k] + t0[k].upper() + t0[k + 1:])
    sig_t = [c["agent"], fill(X["team"], c)] + (["Customer Care Team"] if S["mixsig"] else [])
    sig_b = B("\n".join(sig_t))
    pt = [b["t"] for b in [B(greet)] + paras if b["t"] is not None]
    st_lines = [close] + (["-- "] if st in ("zammad", "freescout") else []) + sig_t + [b["t"] for b in S["sig"] if b["t"] is not None]
    seps = ["\n\n"] * (len(pt) - 1)
    if S["blank"] and len(seps) > 1:
        seps[1] = "\n" * (S["blank"] + 1)
    text = pt[0] + "".join(s + t for s, t in zip(seps, pt[1:])) + "\n\n" + "\n".join(st_lines)
    tails_t = [b["t"] for b in S["tail"] if b["t"] is not None]
    if tails_t:
        text += "\n\n" + "\n".join(tails_t)
    if st == "zendesk":
        text = X["zd"] + "\n\n" + text
    if st == "iphone":
        text += "\n\n" + X["iphone"]
    # ---- html
    hb = []
    for b in [B(greet)] + paras:
        if b["h"] is not None:
            hb.append(b["h"])
        elif b["t"] is not None:
            hb.append("<div>%s</div>" % t2h(b["t"]))
    sh = "<div>%s</div>" % "<br>\n".join(html.escape(l) for l in [close] + sig_t)
    for b in S["sig"]:
        sh += "\n" + (b["h"] if b["h"] is not None else "<div>%s</div>" % t2h(b["t"]))
    hb.append(sh)
    if S.get("sizes"):
        hb = ['<div style="font-size:%s">%s</div>' % (S["sizes"][i % len(S["sizes"])], h) for i, h in enumerate(hb)]
    if S["word_html"]:
        hb = ['<p class="MsoNormal">%s</p>' % h for h in hb]
    body_h = "\n<div><br></div>\n".join(hb)
    if S.get("wrap"):
        body_h = S["wrap"][0] + "\n" + body_h + "\n" + S["wrap"][1]
    if st == "zendesk" and S.get("zdhtml"):
        body_h = S["zdhtml"] % html.escape(X["zd"]) + "\n" + body_h
    if S["quote"]:
        qt, qh = quote_parts(S, rng)
        text += "\n\n" + qt
        body_h += "\n<br>\n" + qh
    body_h += "".join("\n" + b["h"] for b in S["tail"] if b["h"])
    # ---- charset and parts
    blob = text + body_h + (S["subj"] or "")
    cs = pick_charset(S, rng, text + (body_h if S["fmt"] != "text" else ""))
    cte = pick_cte(S, rng, cs)
    head = S.get("head", "")
    if S["word_html"]:
        doc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
               '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n%s</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" '
               'style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (cs, WORD_STYLE, S["lg"].upper(), body_h))
    else:
        doc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s</head>\n<body>\n<div dir="ltr">\n%s\n</div>\n</body>\n</html>\n'
               % (cs, head, body_h))
    tleaf = leaf("text/plain", text.encode(cs) + b"\n", cte, cs)
    hleaf = leaf("text/html", doc.encode(cs), cte, cs)
    if S["qpbreak"] and cte == "quoted-printable":
        for lf in (tleaf, hleaf):
            enc = lf["b"].decode("ascii")
            u = S["qpbreak"]
            i = enc.find(u)
            if i >= 0:
                k = i + len(u) // 2
                enc = enc[:k] + "=\n" + enc[k:]
                lf["b"] = enc.encode("ascii")
        S["qpdone"] = True
    tag = hashlib.md5(("%d%s" % (idx, c["oid"])).encode()).hexdigest()[:12].upper()
    body = tleaf if S["fmt"] == "text" else hleaf if S["fmt"] == "html" else multi("alternative", [tleaf, hleaf], "_alt_%s_" % tag)
    if S["inline"]:
        body = multi("related", [body] + [leaf(i["ctype"], i["data"], "base64", name=i["name"], disp="inline", cid=i["cid"]) for i in S["inline"]],
                     "_rel_%s_" % tag)
        body["h"][0] = body["h"][0].replace(";\n", '; type="multipart/alternative";\n' if S["fmt"] == "alt" else '; type="text/html";\n', 1)
    if S["atts"]:
        body = multi("mixed", [body] + [leaf(a["ctype"], a["data"], "base64", name=a["name"], disp="attachment") for a in S["atts"]],
                     "_mix_%s_" % tag)
    # ---- headers
    tz = timezone(timedelta(hours=S["lm"]["tz"]))
    frm = addr(rng.choice(["%s | %s" % (c["agent"], c["shop"]), c["shop"], "%s (%s)" % (c["shop"], c["agent"])]),
               "%s@%s" % (rng.choice(X["locals"]), c["domain"]))
    to = c["relay"].upper() if S["upper_to"] else c["relay"]
    if rng.random() < 0.3:
        to = addr(buyer_disp(S), to)
    if S["subj"] is None:
        pre = rng.choice(X["re_std"] if S["no_irt"] else X["re"])
        s = "%s %s" % (pre, amz_subject(S))
        if st == "zammad":
            s = "[Ticket#%d] %s" % (rng.randrange(1000000, 9999999), s)
        elif st == "osticket":
            s = "%s [#%06d] %s" % (pre, rng.randrange(100000, 999999), amz_subject(S))
        S["subj"] = s
    else:
        S["subj"] = fill(S["subj"], c)
    if S.get("emsubj"):
        S["subj"] = S["subj"] + " " + S["emsubj"]
    H = ["From: " + frm, "To: " + to, "Subject: " + hdr_text(S["subj"], "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8"),
         "Date: " + format_datetime(S["sent"].replace(tzinfo=tz)),
         "Message-ID: <%s.%s@%s>" % (tag.lower(), S["sent"].strftime("%Y%m%d%H%M%S"), c["domain"])]
    if S["kind"] == "reply" and not S["no_irt"]:
        H += ["In-Reply-To: " + S["irt"], "References: " + S["irt"]]
    H.append("MIME-Version: 1.0")
    m = MAILER.get(st)
    if m:
        H.append(m % rng.randrange(1000000, 9999999) if "%" in m else m)
    H += [fill(h, c) for h in S["hdrs"]]
    body["h"] = H + body["h"]
    data = ser(body, top="parts" in body)
    crlf = S["crlf"] if S["crlf"] is not None else (st in ("outlook", "outlook_html") or rng.random() < 0.15)
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    S["text_out"], S["html_out"] = text, (doc if S["fmt"] != "text" else "")
    return data

# ----------------------------------------------------------------------------- decorations
ZW, SHY = "\u200b", "\u00ad"
FW = {ch: chr(ord(ch) + 0xFEE0) for ch in "abcdefghijklmnopqrstuvwxyz0123456789.-"}
CYR = {"o": "\u043e", "e": "\u0435", "a": "\u0430", "c": "\u0441", "p": "\u0440"}

def W(S, k):
    return fill(S["X"]["w"][k], S["ctx"])

def ins(S, block, rng, pos=None):
    n = len(S["paras"])
    S["paras"].insert(pos if pos is not None else (1 if n > 1 else n), block)

def note(S, n, obf=None):
    S["note"] = ("obfuscated (%s): " % obf if obf else "") + n

def logo_part(S, cid):
    S["inline"].append(dict(cid=cid, name="logo.png", ctype="image/png", data=png(24, 8, (20, 60, 120))))

def att(S, name, kind, ctype=None, data=None, title=None):
    S["atts"].append(dict(name=name, ctype=ctype or MIME_OF[kind], data=data if data is not None else make_file(kind, title or name)))

def fnames(S):
    return S["X"]["w"]["f"]

# A: contact details and links -------------------------------------------------
def a_sig_web(S, r):
    S["sig"].append(B("%s www.%s" % (W(S, "web"), S["ctx"]["domain"]))); lab(S, "external_link"); note(S, "shop website in the signature")
def a_sig_phone(S, r):
    S["sig"].append(B("%s %s" % (W(S, "tel"), S["ctx"]["phone"]))); lab(S, "contact_phone"); note(S, "telephone number in the signature")
def a_sig_mail(S, r):
    S["sig"].append(B("%s %s@%s" % (W(S, "mail"), r.choice(S["X"]["locals"]), S["ctx"]["domain"]))); lab(S, "contact_email"); note(S, "e-mail address in the signature")
def a_sig_full(S, r):
    c = S["ctx"]
    S["sig"].append(B("%s\n%s %s | %s info@%s\nwww.%s | %s" % (c["addr"], W(S, "tel"), c["phone"], W(S, "mail"), c["domain"], c["domain"], c["tax"])))
    lab(S, "external_link", "contact_email", "contact_phone"); note(S, "imprint-style signature: address, phone, e-mail, website, tax id")
def a_logo(S, r):
    c = S["ctx"]; S["need_html"] = True; logo_part(S, "logo_%s@2x.png" % c["handle"][:6])
    S["sig"].append(B(None, '<div><a href="https://www.%s/"><img src="cid:logo_%s@2x.png" alt="%s" width="120" height="40"></a></div>' % (c["domain"], c["handle"][:6], html.escape(c["shop"]))))
    lab(S, "external_link"); note(S, "inline logo (cid) wrapped in a link to the shop")
def a_powered(S, r):
    u = "https://www.ticketwerk-helpdesk.com/?utm_source=mail&utm_campaign=%s" % S["ctx"]["handle"]
    S["tail"].append(B("%s Ticketwerk: %s" % (W(S, "sent"), u), '<p><small>%s <a href="%s">Ticketwerk</a></small></p>' % (W(S, "sent"), u)))
    lab(S, "external_link"); note(S, "helpdesk 'sent with' footer linking to the vendor")
def a_qagent(S, r):
    S["qagent"] = True; S["quote"] = True; lab(S, "contact_email", "contact_phone"); note(S, "quoted earlier agent reply whose signature has phone and e-mail")
def a_olto(S, r):
    S["olto"] = True; lab(S, "contact_email"); note(S, "seller's own address in the Outlook-quoted To: line")
def a_bphone(S, r):
    S["bextra"] = S["X"]["w"]["bphone"]; lab(S, "contact_phone"); note(S, "buyer's own phone number in the quoted buyer message")
def a_bmail(S, r):
    S["bextra"] = S["X"]["w"]["bmail_line"]; lab(S, "contact_email"); note(S, "buyer's private e-mail address in the quoted buyer message")
def a_carrier(S, r):
    c = S["ctx"]; u = "https://track.%s/s/%s" % (S["X"]["trackdom"], re.sub(r"\W", "", c["trk"]))
    ins(S, B(W(S, "trklink") + " " + u), r); lab(S, "external_link"); note(S, "carrier tracking-page link (non-Amazon)")
def a_dp(S, r):
    u = "https://%s/dp/%s" % (S["lm"]["host"], asin(r)); ins(S, B(W(S, "dp") + " " + u), r, len(S["paras"]))
    lab(S, "external_link"); note(S, "Amazon product detail page (/dp/) link answering the question")
def a_stores(S, r):
    u = "https://%s/stores/%s/page/%s-%s" % (S["lm"]["host"], S["ctx"]["shop"].split()[0], digits(r, 4), tok(r, 6))
    ins(S, B(W(S, "stores") + " " + u), r, len(S["paras"])); lab(S, "external_link", "marketing"); note(S, "Amazon storefront link promoting the rest of the range")
def a_amznto(S, r):
    ins(S, B(W(S, "see") + " https://amzn.to/" + tok(r, 7)), r, len(S["paras"])); lab(S, "external_link"); note(S, "amzn.to short link")
def a_http(S, r):
    ins(S, B(W(S, "ordlink") + " http://%s/gp/your-account/order-details?orderID=%s" % (S["lm"]["host"], S["ctx"]["oid"])), r)
    lab(S, "external_link"); note(S, "plain http: Amazon order link")
def a_redirect(S, r):
    tgt = "https://%s/gp/orc/returns/homepage.html" % S["lm"]["host"]
    u = "https://clk.mailflow-tracker.net/ls/click?upn=%s&u=%s" % (tok(r, 18), urllib.parse.quote(tgt, safe=""))
    ins(S, B(W(S, "retlink") + " " + u, "<div>%s <a href=\"%s\">%s</a></div>" % (html.escape(W(S, "retlink")), html.escape(u), tgt)), r)
    lab(S, "external_link"); note(S, "click-tracking redirect wrapping an Amazon returns link")
def a_mailto(S, r):
    S["html_only"] = True; d = S["ctx"]["domain"]
    S["sig"].append(B(None, '<div><a href="mailto:hilfe@%s">%s</a></div>' % (d, html.escape(W(S, "write")))))
    lab(S, "contact_email"); note(S, "mailto: link behind a 'write to us' text")
def a_tel(S, r):
    S["html_only"] = True; ph = S["ctx"]["phone"]
    S["sig"].append(B(None, '<div><a href="tel:%s">%s</a></div>' % (re.sub(r"[^\d+]", "", ph), html.escape(W(S, "call")))))
    lab(S, "contact_phone"); note(S, "tel: link behind a 'call us' text")
def a_bare(S, r):
    ins(S, B(W(S, "more") + " " + S["ctx"]["domain"]), r, len(S["paras"])); lab(S, "external_link"); note(S, "bare shop domain in the text")
A_VARS = [a_sig_web, a_qagent, a_sig_phone, a_dp, a_logo, a_bphone, a_sig_mail, a_redirect, a_olto, a_carrier,
          a_sig_full, a_amznto, a_powered, a_bmail, a_http, a_mailto, a_stores, a_tel, a_bare, a_sig_web]

# B: opt-out and pixels ----------------------------------------------------------
def b_lu(S, r):
    d = S["ctx"]["domain"]; S["hdrs"].append("List-Unsubscribe: <https://news.%s/u/%s>, <mailto:unsubscribe@%s?subject=unsubscribe>" % (d, tok(r, 10).lower(), d))
    S["hdrs"].append("List-Unsubscribe-Post: List-Unsubscribe=One-Click"); lab(S, "opt_out"); note(S, "List-Unsubscribe header added by the mail tool")
def b_unsub(S, r):
    u = "https://news.%s/unsubscribe?u=%s" % (S["ctx"]["domain"], tok(r, 12).lower())
    S["tail"].append(B("%s: %s" % (W(S, "unsub"), u), '<p><small><a href="%s">%s</a></small></p>' % (u, html.escape(W(S, "unsub")))))
    lab(S, "opt_out", "external_link"); note(S, "unsubscribe link in the footer")
def b_stop(S, r):
    S["tail"].append(B(W(S, "stop"))); lab(S, "opt_out"); note(S, "opt-out instruction in text, no link")
def b_px1(S, r):
    S["need_html"] = True
    S["tail"].append(B(None, '<img src="https://o.mailpulse-analytics.com/open/%s.gif" width="1" height="1" alt="" border="0">' % tok(r, 20).lower()))
    lab(S, "tracking_pixel"); note(S, "1x1 open-tracking pixel")
def b_px2(S, r):
    S["need_html"] = True
    S["tail"].append(B(None, '<img src="https://px.openbeacon-mail.net/t?rid=%s&amp;m=%s" width="0" height="0" style="display:none" alt="">' % (tok(r, 16).lower(), tok(r, 8).lower())))
    lab(S, "tracking_pixel"); note(S, "0x0 hidden beacon image")
def b_banner(S, r):
    S["need_html"] = True; c = S["ctx"]
    rid = hashlib.sha1(c["relay"].encode()).hexdigest()[:16]
    S["sig"].append(B(None, '<div><img src="https://cdn.%s/mail/sig-banner.png?rcpt=%s" width="480" height="90" alt="%s"></div>' % (c["domain"], rid, html.escape(c["shop"]))))
    lab(S, "tracking_pixel"); note(S, "normal-size signature banner whose URL carries a per-recipient id")
B_VARS = [b_lu, b_px1, b_unsub, b_px2, b_stop, b_banner, b_lu, b_unsub, b_px1, b_stop]

# C: attachments --------------------------------------------------------------------
def c_zip(S, r):
    att(S, fnames(S)["zip"] + ".zip", "zip"); lab(S, "attachment"); note(S, "ZIP archive attached")
def c_exe(S, r):
    att(S, fnames(S)["driver"] + ".exe", "exe"); lab(S, "attachment"); note(S, "executable attached")
def c_mp4(S, r):
    att(S, fnames(S)["video"] + ".mp4", "mp4"); lab(S, "attachment"); note(S, "video attached")
def c_heic(S, r):
    att(S, "IMG_%s.HEIC" % digits(r, 4), "heic"); lab(S, "attachment"); note(S, "HEIC photo attached (not an allowed type)")
def c_xlsx(S, r):
    att(S, fnames(S)["parts"] + ".xlsx", "xlsx"); lab(S, "attachment"); note(S, "spreadsheet attached")
def c_pdfexe(S, r):
    att(S, "%s_%s.pdf" % (fnames(S)["inv"], S["ctx"]["inv"]), "pdf", "application/pdf", exe()); lab(S, "attachment"); note(S, "'.pdf' whose bytes are an executable")
def c_jpgpng(S, r):
    att(S, fnames(S)["photo"] + "_1.jpg", "jpg", "image/jpeg", png()); lab(S, "attachment"); note(S, "'.jpg' whose bytes are a PNG")
def c_six(S, r):
    f = fnames(S)
    for n, k in [(f["inv"] + ".pdf", "pdf"), (f["man"] + ".pdf", "pdf"), (f["photo"] + "_1.jpg", "jpg"), (f["photo"] + "_2.png", "png"), (f["photo"] + "_3.gif", "gif"), ("info.txt", "txt")]:
        att(S, n, k)
    lab(S, "attachment"); note(S, "six allowed-type attachments (limit is five)")
def c_big(S, r):
    att(S, fnames(S)["man"] + "_HQ.pdf", "pdf", data=pdf("Manual HQ", pad=10_700_000)); lab(S, "attachment"); note(S, "one 10.7 MB PDF (over 10 MB decoded)")
def c_html(S, r):
    att(S, fnames(S)["care"] + ".html", "html"); lab(S, "attachment"); note(S, "HTML file attached")
def c_webp(S, r):
    att(S, fnames(S)["photo"] + ".webp", "webp"); lab(S, "attachment"); note(S, "WebP image attached")
C_VARS = [c_zip, c_pdfexe, c_mp4, c_six, c_heic, c_exe, c_jpgpng, c_xlsx, c_big, c_webp, c_html]

# D: styling -----------------------------------------------------------------------------
def d_emoji(S, r):
    S["paras"][-1] = fill(S["paras"][-1], S["ctx"]) + " " + r.choice(["\U0001F60A", "\U0001F642", "\U0001F44D", "\U0001F4E6"])
    lab(S, "styling"); note(S, "emoji in the body")
def d_agif(S, r):
    S["need_html"] = True; S["inline"].append(dict(cid="wave.gif@sig", name="wave.gif", ctype="image/gif", data=gif(True)))
    S["sig"].append(B(None, '<div><img src="cid:wave.gif@sig" width="32" height="32" alt=""></div>')); lab(S, "styling"); note(S, "animated GIF (inline) in the signature")
def d_http(S, r):
    S["need_html"] = True
    S["sig"].append(B(None, '<div><img src="http://static.%s/img/signatur.png" width="200" height="48" alt="%s"></div>' % (S["ctx"]["domain"], html.escape(S["ctx"]["shop"]))))
    lab(S, "styling"); note(S, "signature image loaded over http: (no recipient id)")
def d_center(S, r):
    S["need_html"] = True; S["wrap"] = ('<div style="text-align:center">', "</div>"); lab(S, "styling"); note(S, "centred body text")
def d_font(S, r):
    S["need_html"] = True; S["wrap"] = ('<div style="font-family:Georgia,\'Times New Roman\',serif;color:#1f3a5f">', "</div>"); lab(S, "styling"); note(S, "font family and colour override")
def d_word(S, r):
    S["need_html"] = True; S["word_html"] = True; lab(S, "styling"); note(S, "Outlook/Word HTML with its default Calibri and link-colour style block")
def d_sizes(S, r):
    S["need_html"] = True; S["sizes"] = ["18px", "14px", "12px", "10px"]; lab(S, "styling"); note(S, "four different font sizes")
def d_blank(S, r):
    S["text_only"] = True; S["blank"] = 4; lab(S, "styling"); note(S, "run of four blank lines")
def d_zd(S, r):
    S["fmt"] = "alt"; S["style"] = "zendesk"
    S["zdhtml"] = '<div style="color:#b5b5b5">%s</div>'
    S["wrap"] = ('<div style="font-family:\'Lucida Grande\',\'Lucida Sans Unicode\',Verdana,sans-serif;font-size:14px;color:#2b2e2f;line-height:22px">', "</div>")
    lab(S, "styling"); note(S, "helpdesk HTML template with font and colour overrides")
def d_subj(S, r):
    S["emsubj"] = r.choice(["\U0001F4E6", "\u2705", "\U0001F69A"]); lab(S, "styling"); note(S, "emoji in the subject")
D_VARS = [d_emoji, d_word, d_http, d_center, d_blank, d_agif, d_font, d_sizes, d_zd, d_subj]

# E: obfuscated ---------------------------------------------------------------------------
def dom_split(d):
    return d.rsplit(".", 1)
def e_entity(S, r):
    S["html_only"] = True; d = S["ctx"]["domain"]
    ent = "".join("&#%d;" % ord(ch) if i % 3 == 0 else ch for i, ch in enumerate("www." + d))
    ins(S, B(None, '<div>%s <a href="h&#116;tps://%s/">%s</a></div>' % (html.escape(W(S, "more")), ent, ent)), r, len(S["paras"]))
    lab(S, "external_link"); note(S, "shop link written with HTML entities", "HTML entities")
def e_qp(S, r):
    S["text_only"] = True; S["cte"] = "quoted-printable"; u = "https://www.%s/help/care-guide-and-spare-parts" % S["ctx"]["domain"]
    S["qpbreak"] = u; ins(S, B(W(S, "more") + " " + u), r, len(S["paras"]))
    lab(S, "external_link"); note(S, "shop URL split by a quoted-printable soft line break", "quoted-printable soft break")
def e_b64(S, r):
    S["cte"] = "base64"; S["fmt"] = "text"; ins(S, B("%s %s" % (W(S, "writeto"), "kundendienst@" + S["ctx"]["domain"])), r)
    lab(S, "contact_email"); note(S, "e-mail address inside a base64 text body", "base64 body")
def e_zwdom(S, r):
    d = S["ctx"]["domain"]; k = len(d) // 2
    ins(S, B(W(S, "more") + " www." + d[:k] + ZW + d[k:]), r, len(S["paras"])); lab(S, "external_link"); note(S, "zero-width space inside the shop domain", "zero-width space")
def e_zwwa(S, r):
    ins(S, B(W(S, "wa").replace("WhatsApp", "Whats" + ZW + "App")), r); lab(S, "contact_other", "contact_phone"); note(S, "WhatsApp with a zero-width space, plus number", "zero-width space")
def e_fwww(S, r):
    d = S["ctx"]["domain"]
    ins(S, B(W(S, "more") + " " + "".join(FW.get(ch, ch) for ch in "www." + d)), r, len(S["paras"])); lab(S, "external_link"); note(S, "full-width www. and domain", "full-width letters")
def e_fwat(S, r):
    ins(S, B("%s service\uff20%s" % (W(S, "writeto"), S["ctx"]["domain"])), r); lab(S, "contact_email"); note(S, "address with a full-width at sign", "full-width @")
def e_cyr(S, r):
    d = S["ctx"]["domain"]; i = next(i for i, ch in enumerate(d) if ch in CYR)
    ins(S, B(W(S, "more") + " https://www." + d[:i] + CYR[d[i]] + d[i + 1:] + "/"), r, len(S["paras"]))
    lab(S, "external_link"); note(S, "Cyrillic homoglyph inside the shop domain", "Cyrillic homoglyph")
def e_spaced(S, r):
    ph = re.sub(r"\D", "", S["ctx"]["phone"])
    ins(S, B(fill(S["X"]["w"]["callnum"].replace("{num}", " ".join(ph)), S["ctx"])), r); lab(S, "contact_phone"); note(S, "phone number with every digit spaced", "spaced digits")
def e_words(S, r):
    ph = re.sub(r"\D", "", S["ctx"]["phone"]); dw = S["X"]["w"]["digits"]
    ins(S, B(fill(S["X"]["w"]["callnum"].replace("{num}", S["X"]["w"].get("dsep", " ").join(dw[int(x)] for x in ph)), S["ctx"])), r)
    lab(S, "contact_phone"); note(S, "phone number written as words", "digits as words")
def e_atdot(S, r):
    w = S["X"]["w"]; a, b = dom_split(S["ctx"]["domain"])
    ins(S, B("%s service %s %s %s %s" % (W(S, "writeto"), w["at"], a, w["dot"], b)), r); lab(S, "contact_email"); note(S, "address with localised (at)/(dot) words", "(at)/(dot) words")
def e_dotword(S, r):
    w = S["X"]["w"]; a, b = dom_split(S["ctx"]["domain"])
    ins(S, B("%s www %s %s %s %s" % (W(S, "more"), w["dotw"], a, w["dotw"], b)), r, len(S["paras"])); lab(S, "external_link"); note(S, "domain with the dots written as a word", "dot as word")
def e_hidden(S, r):
    S["html_only"] = True
    S["tail"].append(B(None, '<div style="display:none">https://www.%s/kontakt</div>' % S["ctx"]["domain"])); lab(S, "external_link"); note(S, "shop URL in a display:none block", "display:none")
def e_white(S, r):
    S["html_only"] = True
    S["tail"].append(B(None, '<p style="color:#ffffff;background-color:#ffffff">service@%s</p>' % S["ctx"]["domain"]))
    lab(S, "contact_email", "styling"); note(S, "address in white-on-white text", "white on white")
def e_alt(S, r):
    S["need_html"] = True; logo_part(S, "sig-logo.png@%s" % tok(r, 6).lower())
    S["sig"].append(B(None, '<div><img src="cid:%s" alt="www.%s" width="120" height="40"></div>' % (S["inline"][-1]["cid"], S["ctx"]["domain"])))
    lab(S, "external_link"); note(S, "shop domain in the alt text of an inline logo", "domain in alt text")
def e_spurl(S, r):
    ins(S, B(W(S, "more") + " " + " ".join("https://www." + S["ctx"]["domain"])), r, len(S["paras"])); lab(S, "external_link"); note(S, "URL with every character spaced", "spaced letters")
def e_shy(S, r):
    X = S["X"]; t = X["V"]["manip"][0]; k = X["w"]["kw_manip"]; assert k in t, (X["lang"], k)
    ins(S, B(fill(t.replace(k, k[:len(k) // 2] + SHY + k[len(k) // 2:]), S["ctx"])), r); lab(S, "review_manipulation"); note(S, "star-rating request with a soft hyphen inside the key word", "soft hyphen")
def e_zwinc(S, r):
    X = S["X"]; t = X["V"]["incent"][0]; k = X["w"]["kw_inc"]; assert k in t, (X["lang"], k)
    ins(S, B(fill(t.replace(k, k[:len(k) // 2] + ZW + k[len(k) // 2:]), S["ctx"])), r); lab(S, "review_incentive"); note(S, "review incentive with a zero-width space inside the key word", "zero-width space")
    S["req"] = True
def e_homo(S, r):
    ins(S, B(W(S, "tg").replace("Telegram", "T\u0435l\u0435gram")), r); lab(S, "contact_other"); note(S, "Telegram handle with Cyrillic e", "Cyrillic homoglyph")
def e_entmail(S, r):
    S["html_only"] = True; d = S["ctx"]["domain"]
    ins(S, B(None, '<div>%s <a href="&#109;ailto:service&#64;%s">service&#64;%s</a></div>' % (html.escape(W(S, "writeto")), d, d)), r)
    lab(S, "contact_email"); note(S, "mailto link and address written with HTML entities", "HTML entities")
E_VARS = [e_entity, e_words, e_qp, e_zwwa, e_b64, e_atdot, e_zwdom, e_shy, e_fwww, e_white, e_fwat, e_homo, e_cyr, e_dotword,
          e_spaced, e_alt, e_hidden, e_zwinc, e_spurl, e_entmail]

# H: compliant look-alikes --------------------------------------------------------------------
def h_cid(S, r):
    S["need_html"] = True; logo_part(S, "logo@2x.png")
    S["sig"].append(B(None, '<div><img src="cid:logo@2x.png" alt="%s" width="120" height="40"></div>' % html.escape(S["ctx"]["shop"]))); return "unlinked inline cid logo"
def h_five(S, r):
    f = fnames(S)
    for n, k in [(f["inv"] + ".pdf", "pdf"), (f["man"] + ".pdf", "pdf"), (f["photo"] + "_1.jpg", "jpg"), (f["photo"] + "_2.png", "png"), ("info.txt", "txt")]:
        att(S, n, k)
    return "exactly five allowed attachments"
def h_blank2(S, r):
    S["text_only"] = True; S["blank"] = 2; return "exactly two blank lines"
def h_sizes(S, r):
    S["need_html"] = True; S["sizes"] = ["14px", "12px"]; return "two font sizes only"
def h_qpamz(S, r):
    S["text_only"] = True; S["cte"] = "quoted-printable"; S["qpbreak"] = "https://%s/your-orders/orders" % S["lm"]["host"]
    ins(S, B(W(S, "orders_long") + " " + S["qpbreak"]), r, len(S["paras"])); return "quoted-printable soft break inside an Amazon orders URL"
def h_upper(S, r):
    S["upper_to"] = True; return "relay address upper-case in To:"
def h_octet(S, r):
    att(S, S["X"]["w"]["f"]["warranty_u"], "pdf", "application/octet-stream"); return "warranty PDF typed application/octet-stream, non-ASCII name (RFC 2231)"
def h_gif(S, r):
    att(S, fnames(S)["photo"] + ".gif", "gif"); att(S, fnames(S)["photo"] + "_2.jpg", "jpg"); return "static GIF and JPEG photos attached"
def h_docx(S, r):
    att(S, fnames(S)["man"] + ".docx", "docx"); att(S, "info.txt", "txt"); return "DOCX manual and TXT attached"
def h_tbcid(S, r):
    S["fmt"] = "alt"; S["style"] = "thunderbird"; cid = "part1.%s.%s@%s" % (tok(r, 8), tok(r, 8), S["ctx"]["domain"])
    S["inline"].append(dict(cid=cid, name="foto.png", ctype="image/png", data=png(8, 8, (120, 120, 120))))
    S["sig"].append(B(None, '<div><img src="cid:%s" alt="" width="64" height="64"></div>' % cid)); return "Thunderbird inline image cid:part1...@seller-domain"
H_VARS = [h_cid, h_five, h_blank2, h_sizes, h_qpamz, h_upper, h_octet, h_gif, h_docx, h_tbcid]

# ----------------------------------------------------------------------------- slot plan
SLOTS = ["c_track", "c_damage", "c_invoice", "c_question", "c_threat", "c_rude", "c_nowa", "c_fbupd", "c_reqin", "c_proreq",
         "c_imp", "c_proret", "c_return", "c_discount", "c_hn", "c_wrong",
         "v_incent", "v_manip", "v_remove", "v_market", "v_offens", "v_other", "v_unperm", "v_noid", "v_imp", "v_repeat",
         "tA1", "tA2", "tB", "tC", "tD", "tE1", "tE2"]
TOPICS = ["wrong", "ret", "where", "damaged", "invoice", "question"]
PROACTIVE = {"c_proreq", "c_imp", "c_proret", "v_unperm", "v_noid", "v_repeat"}

def proactive(S, key):
    P = S["X"]["P"][key]
    S["subj"], S["paras"] = P[0], list(P[1])
    return P

def make_slot(lg, li, si, slot, loc, rng):
    kind = "proactive" if slot in PROACTIVE else "reply"
    topic = {"c_track": "where", "c_damage": "damaged", "c_invoice": "invoice", "c_question": "question", "c_threat": "threat",
             "c_rude": "rude", "c_nowa": "contact", "c_fbupd": "discount", "c_reqin": "where", "c_return": "ret",
             "c_discount": "discount", "c_wrong": "wrong", "c_hn": TOPICS[(li + 2) % 6], "v_offens": "rude", "v_other": "contact",
             "v_market": "invoice" if li % 2 else "question", "v_incent": "where", "v_manip": "damaged", "v_remove": "discount"}.get(slot)
    if slot.startswith("t"):
        topic = TOPICS[(si + li) % 6]
    X = TX[lg if lg != "pt" else loc]
    V = X["V"]
    vk = slot[2:] if slot.startswith("v_") else None
    if vk in V and len(V[vk]) > 3:
        topic = V[vk][3]
    if slot == "v_imp":
        kind = X["P"]["impbad"][4]
        topic = X["P"]["impbad"][5] if kind == "reply" else None
    if slot == "tB" and lg == "fr":
        kind, topic = "proactive", None
    S = new_spec(lg, li, slot, topic, kind, loc, rng)
    S["mixsig"] = rng.random() < 0.12
    S["no_irt"] = kind == "reply" and rng.random() < 0.05
    c = S["ctx"]
    if slot == "c_track":
        note(S, "%s tracking number and order-details link" % c["carrier"])
    elif slot == "c_damage":
        note(S, "replacement, RMA number and return address with postcode")
    elif slot == "c_invoice":
        att(S, fill(X["w"]["f"]["inv_u"], c), "pdf"); note(S, "invoice PDF attached; tax id, invoice number and price in the text")
    elif slot == "c_question":
        note(S, X["hn_q"])
    elif slot == "c_threat":
        note(S, "unconditional refund after the buyer threatened a 1-star review")
    elif slot == "c_rude":
        note(S, "firm, polite answer to an insulting buyer")
    elif slot == "c_nowa":
        note(S, "declines to move to phone or WhatsApp")
    elif slot == "c_fbupd":
        S["paras"].append(X["fbupd"]); note(S, "after a resolution: feedback can be updated, entirely up to the buyer")
    elif slot == "c_reqin":
        S["paras"].insert(len(S["paras"]), X["reqin"]); S["req"] = True; note(S, "one neutral review request inside a support reply")
    elif slot == "c_proreq":
        proactive(S, "review"); S["req"] = True; note(S, X["P"]["review"][2])
    elif slot == "c_imp":
        P = proactive(S, "imp"); note(S, "[Important] used correctly: " + P[2])
    elif slot == "c_proret":
        P = proactive(S, "ret"); note(S, "proactive, needed for the order: " + P[2])
    elif slot == "c_return":
        att(S, fnames(S)["man"] + ".pdf", "pdf"); note(S, "returns-centre and help-page links, manual PDF")
    elif slot == "c_discount":
        note(S, "partial refund to resolve a defect, not tied to any review")
    elif slot == "c_wrong":
        note(S, "exchange with Amazon returns link, delivery date")
    elif slot == "c_hn":
        note(S, H_VARS[li % len(H_VARS)](S, rng))
    elif slot in ("v_incent", "v_manip", "v_remove", "v_market"):
        t, labels, n = V[vk][:3]
        ins(S, t, rng); lab(S, *labels); note(S, n)
        S["req"] = slot in ("v_incent", "v_manip")
        if slot == "v_market" and li % 2 == 0:
            b_stop(S, rng); note(S, n + "; plus an opt-out sentence")
    elif slot in ("v_offens", "v_other"):
        S["paras"] = list(V[vk][0]); lab(S, *V[vk][1]); note(S, V[vk][2])
    elif slot == "v_unperm":
        P = proactive(S, "unperm")
        if li % 3 == 0:
            b_px2(S, rng)
        elif li % 3 == 1:
            b_lu(S, rng)
        extra = S["note"]
        lab(S, "unpermitted_proactive", *P[3]); note(S, P[2] + ("; sent by shipping software with " + extra if extra else ""))
    elif slot == "v_noid":
        P = proactive(S, "noid"); lab(S, "missing_order_id", *P[3]); note(S, P[2])
    elif slot == "v_imp":
        P = X["P"]["impbad"]
        S["subj"] = P[0]
        if kind == "proactive":
            S["paras"] = list(P[1])
        lab(S, *P[2]); note(S, P[3])
    elif slot == "v_repeat":
        proactive(S, "repeat"); lab(S, "repeat_request"); S["req"] = True; note(S, "second review request for the same order (repeat)")
    elif slot in ("tA1", "tA2"):
        A_VARS[(2 * li + (slot == "tA2")) % len(A_VARS)](S, rng)
    elif slot == "tB":
        if lg == "fr":
            proactive(S, "review"); S["req"] = True; b_px1(S, rng)
            note(S, "first review request for the order, with a 1x1 pixel: stripped (rewrite) and relayed, so it enters the ledger")
        else:
            B_VARS[li % len(B_VARS)](S, rng)
    elif slot == "tC":
        C_VARS[li % len(C_VARS)](S, rng)
    elif slot == "tD":
        D_VARS[li % len(D_VARS)](S, rng)
    elif slot in ("tE1", "tE2"):
        E_VARS[(2 * li + (slot == "tE2")) % len(E_VARS)](S, rng)
    return S

def link_pair(a, b, repeat=True):
    for k in ("oid", "relay", "n", "prod", "asin", "model"):
        b["ctx"][k] = a["ctx"][k]
    b["lm"] = a["lm"]
    pid = "%s:%s" % (a["lg"], a["slot"])
    a["pair"], b["pair"] = (pid, "first"), (pid, "second")
    b["expect_repeat"] = repeat
    if b["sent"] <= a["sent"]:
        b["sent"] = a["sent"] + timedelta(days=6, hours=3)
    if not repeat:
        b["labels"].discard("repeat_request")
    return a, b

def build():
    specs = []
    for li, lg in enumerate(LANGS):
        rng = random.Random(7000 + li)
        for si, slot in enumerate(SLOTS):
            locs = LOCS[lg]
            loc = locs[si % 2] if lg == "pt" else rng.choice(locs)
            if lg == "pt" and slot in ("c_proreq", "v_repeat"):
                loc = "pt-BR"
            if lg == "en" and slot == "v_repeat":
                loc = "de"
            specs.append(make_slot(lg, li, si, slot, loc, rng))
    get = {(s["lg"], s["slot"]): s for s in specs}
    pairs = []
    for lg in LANGS:
        if lg == "en":
            continue
        if lg == "de":
            pairs += [link_pair(get["de", "c_reqin"], get["de", "v_repeat"]), link_pair(get["de", "c_proreq"], get["en", "v_repeat"])]
        elif lg == "fr":
            pairs.append(link_pair(get["fr", "tB"], get["fr", "v_repeat"]))
        elif lg == "it":
            pairs += [link_pair(get["it", "v_incent"], get["it", "c_proreq"], repeat=False), link_pair(get["it", "c_reqin"], get["it", "v_repeat"])]
        else:
            pairs.append(link_pair(get[lg, "c_proreq"], get[lg, "v_repeat"]))
    get["en", "v_repeat"]["note"] = "second review request for a German order, written in English (repeat across languages)"
    get["it", "c_proreq"]["note"] = "clean review request; the order's earlier request offered an incentive and was rejected, so this is not a repeat"
    order = list(range(len(specs)))
    random.Random(88).shuffle(order)
    specs = [specs[i] for i in order]
    pos = {id(s): i for i, s in enumerate(specs)}
    for a, b in pairs:
        i, j = pos[id(a)], pos[id(b)]
        if i > j:
            specs[i], specs[j] = b, a
            pos[id(a)], pos[id(b)] = j, i
    return specs

# ----------------------------------------------------------------------------- write and self-check
REPLY_SUBJ = re.compile(r"^\s*(\[[^\]]*\]\s*)*(re|aw|r|sv|odp|antw|res)\s*:", re.I)
OID_RE = re.compile(r"(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])")
RELAY_RE = re.compile(r"@(m\.)?marketplace\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|co\.za|eg|com\.tr|sa|ae|in|sg|com\.au|co\.jp)$", re.I)
AMZ_OK = re.compile(r"^https://(www\.amazon|sellercentral\.amazon)\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.au|co\.jp)/", re.I)
MAGIC = {"pdf": b"%PDF", "jpg": b"\xff\xd8\xff", "png": b"\x89PNG", "gif": b"GIF8", "docx": b"PK\x03\x04", "txt": b""}
BAD_CHARS = re.compile("[\u200b-\u200f\u00ad\uff20\uff57\u0400-\u04ff\U0001F300-\U0001FAFF\u2600-\u27bf]")

def contents(msg):
    subj = str(msg["subject"] or "")
    texts, htmls, atts = [], [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn or part.get_content_disposition() in ("attachment", "inline") and not part.get_content_type().startswith("text/"):
            atts.append((fn or "", part.get_content_type(), part.get_payload(decode=True), part.get_content_disposition()))
        elif part.get_content_type() == "text/plain":
            texts.append(part.get_content())
        elif part.get_content_type() == "text/html":
            htmls.append(part.get_content())
    return subj, texts, htmls, atts

def check(specs, datas, labels):
    errs = []
    def E(i, m):
        errs.append("%s: %s" % (labels[i]["file"], m))
    oid_files, relay_files = defaultdict(set), defaultdict(set)
    ledger = {}
    for i, (S, data) in enumerate(zip(specs, datas)):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                E(i, "MIME defects %r" % part.defects)
            for k, v in part.items():
                if getattr(v, "defects", None):
                    E(i, "header defect %s %r" % (k, v.defects))
        subj, texts, htmls, atts = contents(msg)
        L = labels[i]
        cats = L["categories"]
        if cats != [c for c in CATS if c in cats]:
            E(i, "category order")
        isreply = bool(msg["In-Reply-To"] or msg["References"] or REPLY_SUBJ.match(subj))
        if (L["kind"] == "reply") != isreply:
            E(i, "kind mismatch")
        alltext = "\n".join([subj] + texts + htmls)
        oids = set(OID_RE.findall(subj + "\n" + "\n".join(texts + htmls)))
        if L["kind"] == "proactive" and not oids and "missing_order_id" not in cats:
            E(i, "proactive without order id")
        if L["kind"] == "proactive" and oids and "missing_order_id" in cats:
            E(i, "missing_order_id but has an order id")
        if L["kind"] == "reply" and ("missing_order_id" in cats or "unpermitted_proactive" in cats):
            E(i, "proactive-only category on a reply")
        for o in oids:
            oid_files[o].add(i)
        for a in msg.get_all("To", []):
            relay_files[a.addresses[0].addr_spec.lower()].add(i)
            if not RELAY_RE.search(a.addresses[0].addr_spec):
                E(i, "recipient not a relay")
        if L["note"].startswith("obfuscated") and not cats:
            E(i, "obfuscated but compliant")
        if S.get("qpbreak") and S["qpbreak"].encode() in data:
            E(i, "qp break not inside URL")
        if S["req"] and S["ctx"]["oid"] in ledger and not S.get("pair"):
            E(i, "request on a used order")
        if S["req"]:
            o = S["ctx"]["oid"]
            rep = ledger.get(o, False)
            if rep != ("repeat_request" in cats):
                E(i, "ledger disagrees: relayed-before=%s label=%s" % (rep, "repeat_request" in cats))
            rejected = any(c in cats for c in ("external_link", "contact_email", "contact_phone", "contact_other", "review_incentive",
                                               "review_manipulation", "repeat_request", "marketing", "attachment", "feedback_removal",
                                               "offensive", "important_tag", "missing_order_id", "unpermitted_proactive"))
            if S.get("pair") and S["pair"][1] == "first" and any(c in cats for c in ("feedback_removal", "offensive", "important_tag")):
                E(i, "pair opener is quarantined: ledger undefined")
            if not rejected:
                ledger[o] = True
        if not cats:  # compliant: nothing that looks like a violation may slip in
            vis = "\n".join([subj] + texts + [re.sub(r"<[^>]+>", " ", h) for h in htmls])
            for u in re.findall(r"(?i)(?:https?://|www\.)[^\s<>\"']+", "\n".join([subj] + texts + htmls)):
                if not AMZ_OK.match(u) or re.search(r"/dp/|/gp/product/|/stores/|[?&]me=", u):
                    E(i, "compliant with link %s" % u)
            for m in re.finditer(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)", alltext):
                pre = alltext[max(0, m.start() - 4):m.start()]
                if "cid:" in pre or "mid:" in pre or alltext[max(0, m.start() - 60):m.start()].rfind("cid:") > alltext[max(0, m.start() - 60):m.start()].rfind(" "):
                    continue
                if not RELAY_RE.search("@" + m.group(2)) and not m.group(2).endswith("amazonses.com"):
                    E(i, "compliant with address %s" % m.group(0))
            stripped = re.sub(r"(?i)(https?://\S+|[\w.+-]+@[\w.-]+)", " ", vis)
            for m in re.finditer(r"(?i)\b[a-z0-9][a-z0-9-]*\.(de|fr|es|it|nl|pl|se|pt|jp|com|net|org|io|eu|be|br|uk|shop|store)\b", stripped):
                if not m.group(0).lower().startswith("amazon.") and not re.search(r"(?i)\.(pdf|jpg|png|gif|txt|docx)$", m.group(0)):
                    E(i, "compliant with bare domain %s" % m.group(0))
            if BAD_CHARS.search(alltext):
                E(i, "compliant with emoji/invisible/homoglyph character")
            if msg["List-Unsubscribe"]:
                E(i, "compliant with List-Unsubscribe")
            for h in htmls:
                for bad in ("font-family", "color:", "text-align", "<center", "display:none", "http:", 'width="1"', 'width="0"', "tel:", "mailto:"):
                    if bad in h:
                        E(i, "compliant html has %s" % bad)
            for t in texts:
                if re.search(r"\n[ \t]*\n[ \t]*\n[ \t]*\n", t):
                    E(i, "compliant text with more than two blank lines")
            if "[important]" in subj.lower() and S["slot"] != "c_imp":
                E(i, "[Important] outside c_imp")
            if len(atts) > 5 or sum(len(a[2]) for a in atts) > 10_000_000:
                E(i, "compliant with too many/large parts")
            for fn, ct, blob, disp in atts:
                ext = fn.rsplit(".", 1)[-1].lower()
                if ext not in MAGIC or not blob.startswith(MAGIC[ext]):
                    E(i, "compliant with bad attachment %s" % fn)
            if re.search(r"(?i)unsubscribe|whatsapp\s*:\s*\+?\d|(?<![\w+])\+\d{2}\s?\d", vis) and S["slot"] not in ("c_question",):
                E(i, "compliant with suspicious text")
            if "http:" in alltext:
                E(i, "compliant with http:")
    for o, fs in oid_files.items():
        if len(fs) > 1:
            ps = {specs[f].get("pair", (None,))[0] for f in fs}
            if len(fs) > 2 or None in ps or len(ps) != 1:
                E(min(fs), "order id %s shared by %s" % (o, sorted(fs)))
    for r, fs in relay_files.items():
        if len(fs) > 1:
            ps = {specs[f].get("pair", (None,))[0] for f in fs}
            if len(fs) > 2 or None in ps or len(ps) != 1:
                E(min(fs), "relay %s shared" % r)
    return errs

def slug(S):
    if S["kind"] == "reply":
        return "%s-re-%s" % (S["lg"], {"ret": "return", "where": "delivery", "contact": "contact-request", "discount": "defect"}.get(S["topic"], S["topic"]))
    key = {"c_proreq": "review", "v_repeat": "review", "c_imp": "important", "c_proret": "order-question", "v_unperm": "notice",
           "v_noid": "notice", "v_imp": "notice", "tB": "review"}.get(S["slot"], "message")
    return "%s-pro-%s" % (S["lg"], key)

def main():
    specs = build()
    out = os.path.join(HERE, "msgs")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rng = random.Random(4242)
    labels, datas = [], []
    for i, S in enumerate(specs, 1):
        data = render(S, rng, i)
        fn = "msgs/%04d-%s.eml" % (i, slug(S))
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        datas.append(data)
        labels.append(dict(file=fn, categories=[c for c in CATS if c in S["labels"]], lang=S["lg"], kind=S["kind"], note=S["note"]))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for L in labels:
            f.write(json.dumps(L, ensure_ascii=False) + "\n")
    errs = check(specs, datas, labels)
    # ---- counts
    n = len(labels); comp = sum(1 for L in labels if not L["categories"])
    print("messages %d  compliant %d (%d%%)  violating %d  obfuscated %d  replies %d  proactive %d" % (
        n, comp, round(100 * comp / n), n - comp, sum(L["note"].startswith("obfuscated") for L in labels),
        sum(L["kind"] == "reply" for L in labels), sum(L["kind"] == "proactive" for L in labels)))
    print("\nlang  total compliant violating reply proactive")
    for lg in LANGS:
        ls = [L for L in labels if L["lang"] == lg]
        print("%-4s %6d %9d %9d %5d %9d" % (lg, len(ls), sum(not L["categories"] for L in ls), sum(bool(L["categories"]) for L in ls),
                                          sum(L["kind"] == "reply" for L in ls), sum(L["kind"] == "proactive" for L in ls)))
    print("\ncategory               msgs only obf  languages")
    for c in CATS:
        ls = [L for L in labels if c in L["categories"]]
        print("%-22s %4d %4d %3d  %s" % (c, len(ls), sum(L["categories"] == [c] for L in ls), sum(L["note"].startswith("obfuscated") for L in ls),
                                         " ".join("%s %d" % kv for kv in sorted(Counter(L["lang"] for L in ls).items()))))
    print("\nlabels per violating message:", dict(sorted(Counter(len(L["categories"]) for L in labels if L["categories"]).items())))
    tops = Counter(); css = Counter(); ctes = Counter(); crlf = 0; natt = 0
    for d in datas:
        m = email.message_from_bytes(d, policy=email.policy.default)
        tops[m.get_content_type()] += 1
        crlf += b"\r\n" in d
        for p in m.walk():
            if p.get_content_type().startswith("text/") and p.get_filename() is None:
                css[p.get_content_charset()] += 1
            if not p.is_multipart():
                ctes[p.get("Content-Transfer-Encoding", "7bit")] += 1
            natt += p.get_content_disposition() == "attachment"
    print("top-level types:", dict(tops.most_common()))
    print("charsets:", dict(css.most_common()))
    print("transfer encodings:", dict(ctes.most_common()))
    print("CRLF messages: %d  attachments: %d  repeat pairs: %d  total size: %.1f MB" % (
        crlf, natt, sum(1 for L in labels if "repeat_request" in L["categories"]), sum(map(len, datas)) / 1e6))
    if errs:
        print("\nSELF-CHECK FAILED (%d):" % len(errs))
        for e in errs[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nself-check passed")

# ============================================================================= TEXTS
# Placeholders: {n} buyer, {agent}, {shop}, {oid}, {prod}, {model}, {asin}, {carrier}, {trk}, {price}, {date}, {rma},
# {inv}, {tax}, {addr}, {phone}, {bphone}, {bmail}, {handle}, {url_order} {url_orders} {url_review} {url_return} {url_help} {url_fb}
TX["de"] = dict(
    lang="de", dfmt="%d.%m.%Y", qdfmt="%d.%m.%Y", invp="RE-2025-", locals=["service", "kundenservice", "hilfe", "support"],
    buyers=["Jonas", "Sabine", "Mehmet", "Katrin", "Uwe", "Lea", "Dirk", "Anja"],
    agents=["Miriam Kowalke", "Tobias", "Svenja Brandt", "Kai Oltmanns"],
    shops=[("Nordlicht Haushaltswaren", "nordlicht-haushaltswaren.de"), ("Bergfeld Outdoor", "bergfeld-outdoor.de"), ("Kesselflicker Küchenbedarf", "kesselflicker-kueche.de")],
    team="Kundenservice {shop}",
    prods=[("Smartwatch Aktiv 3 mit Pulsmessung", "SW-A3"), ("Edelstahl-Wasserkocher 1,7 l", "WK-1700S"), ("Trekkingrucksack 45 l", "TR45-Alpin"),
           ("Saugroboter-Ersatzbürsten 6er-Set", "SR-B6"), ("Kinder-Fahrradhelm Gr. S", "KFH-S52")],
    addrs=["{shop} Retouren, Lagerstraße 14, 21079 Hamburg", "{shop}, Rücksendungen, Industriestr. 7, 87435 Kempten", "{shop}, Am Kesselhaus 3, 44147 Dortmund"],
    bmail=["jonas.k1987@webpost-mail.de", "sabine.hartl@freenetz-post.de"],
    trackdom="paketpilot-sendungen.de",
    hi=["Hallo {n},", "Guten Tag {n},", "Hallo {n}!", "Moin {n},", "Guten Tag,", "Hi {n},"],
    bye=["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Schöne Grüße aus Hamburg", "LG"],
    am=dict(subj="Anfrage von Amazon-Kunde {n} (Bestellung: {oid})", subjq="Anfrage zu Produktdetails von Amazon-Kunde {n}",
            msg="------------- Nachricht: -------------", end="------------- Ende der Nachricht -------------",
            fyi="Zur Information: Um bei Streitfällen vermitteln zu können und die Sicherheit zu gewährleisten, speichern wir alle Nachrichten, die Käufer und Verkäufer über Amazon senden, zwei Jahre lang. Amazon verwendet Filtertechnologien, um Käufer und Verkäufer vor Betrug zu schützen.",
            resp="Sie können in Seller Central antworten:", helpful="War diese E-Mail hilfreich?",
            foot="Copyright 2025 Amazon, Inc. oder Tochtergesellschaften. Alle Rechte vorbehalten.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
    wrote="Am {d} um {t} schrieb {w}:", ol=("Von", "Gesendet", "An", "Betreff", "-----Ursprüngliche Nachricht-----"),
    iphone="Von meinem iPhone gesendet", zd="##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##", re=["AW:", "Re:", "AW:", "Antw:"], re_std=["AW:", "Re:"],
    hn_q="product question without order id: WhatsApp/Telegram as watch features, app version 2.4.1, Kotflügel/Mistelzweig words",
    B=dict(
        where="Hallo, ich hab am Montag bestellt und das Paket ist immer noch nicht da. Laut Amazon hätte es gestern kommen sollen. Können Sie mal nachschauen wo es hängt?\nDanke, {n}",
        damaged="Guten Tag,\nder Artikel kam heute an, aber die Verpackung war total eingedrückt und das Teil selbst hat einen Riss an der Seite. So kann ich das nicht verwenden. Was machen wir jetzt?\nMfG {n}",
        invoice="Hallo, ich bräuchte für meine Firma eine Rechnung mit ausgewiesener MwSt. Geht das? Rechnungsanschrift = Lieferadresse. Danke",
        question="Hi, zeigt die Uhr auch Nachrichten vom Handy an (WhatsApp usw.)? Und hält der Akku wirklich eine Woche? Gruß {n}",
        threat="Jetzt reichts. Zweimal geschrieben, keine Antwort, und das Ding ist Schrott. Wenn ich bis morgen mein Geld nicht zurück habe, gibt es eine 1-Stern-Bewertung und ich melde Sie bei Amazon.",
        rude="Was ist das für ein Saftladen?? Falsche Farbe geschickt, keine Hotline, ihr seid echt das Letzte. Ich will SOFORT Ersatz!!!",
        wrong="Hallo, bestellt hatte ich Größe M, im Paket war aber L. Kann ich das umtauschen? Ich bräuchte es eigentlich bis zum Wochenende.",
        ret="Hallo, der Artikel gefällt mir leider doch nicht so richtig. Wie läuft bei Ihnen die Rücksendung und muss ich das Porto zahlen?",
        contact="Können Sie mich bitte kurz anrufen? Oder haben Sie WhatsApp? Das ist mir einfacher als hier über Amazon hin und her zu schreiben."),
    A=dict(
        where=["vielen Dank für Ihre Nachricht und entschuldigen Sie die Verzögerung.",
               "Ihre Bestellung {oid} wurde am Dienstag an {carrier} übergeben, die Sendungsnummer lautet {trk}. Laut Sendungsverfolgung liegt das Paket im Verteilzentrum und sollte bis spätestens {date} bei Ihnen sein.",
               "Den aktuellen Stand sehen Sie jederzeit auch in Ihrer Bestellübersicht: {url_order}",
               "Falls es bis dahin nicht da ist, melden Sie sich bitte noch mal – dann schicken wir kostenlos Ersatz los."],
        damaged=["das tut mir wirklich leid, so darf natürlich nichts bei Ihnen ankommen.",
                 "Ich habe Ihnen eben einen neuen {prod} angelegt, der geht heute noch raus. Das beschädigte Teil schicken Sie bitte mit der Rücksendenummer {rma} an:\n{addr}\nDas Porto übernehmen wir, das Etikett bekommen Sie wie gewohnt über Ihr Amazon-Konto.",
                 "Falls Sie statt Ersatz lieber Ihr Geld zurückmöchten ({price}), sagen Sie einfach kurz Bescheid."],
        invoice=["gerne! Die Rechnung zu Ihrer Bestellung {oid} hängt an (Rechnungsnr. {inv}, Betrag {price} inkl. 19 % MwSt.).",
                 "Unsere {tax} steht ebenfalls drauf. Wenn Sie eine abweichende Firmenanschrift brauchen, schicken Sie mir einfach den genauen Wortlaut, dann stelle ich die Rechnung neu aus."],
        question=["ja, das geht. Die Smartwatch Aktiv 3 ({model}) zeigt Benachrichtigungen von WhatsApp, Telegram, Signal und SMS direkt am Handgelenk an – antworten kann man darüber allerdings nicht. Dafür brauchen Sie die App ab Version 2.4.1 (Android 9 bzw. iOS 15 oder neuer).",
                  "Eine Woche Akku schafft sie bei normaler Nutzung gut; mit Dauer-GPS sind es eher drei Tage. Fürs Radfahren gibt es übrigens eine Halterung, die man auch am Kotflügel oder Lenker befestigen kann.",
                  "Kleiner Hinweis noch: Das Armband ist aus Silikon, nicht aus Leder – das steht in der Produktbeschreibung etwas missverständlich (Farbe „Mistelzweig“ ist ein dunkles Grün)."],
        threat=["es tut mir leid, dass Sie so lange auf eine Antwort warten mussten – Ihre Nachrichten sind bei uns durchgerutscht, und das ist nicht in Ordnung.",
                "Ich habe die volle Erstattung über {price} für die Bestellung {oid} soeben veranlasst. Sie müssen dafür nichts weiter tun und den Artikel auch nicht zurückschicken. Je nach Bank ist das Geld in 3–5 Werktagen auf Ihrem Konto."],
        rude=["ich verstehe, dass Sie sich ärgern – eine falsche Farbe ist ärgerlich, gerade wenn man sich auf etwas gefreut hat.",
              "Den Ton Ihrer Nachricht möchten wir trotzdem nicht einfach so stehen lassen. Unabhängig davon kümmern wir uns natürlich: Der richtige Artikel in Anthrazit geht morgen früh mit {carrier} raus, Sendungsnummer {trk}. Die falsche Lieferung können Sie über Ihr Amazon-Konto kostenlos zurückschicken.",
              "Telefonischen Support bieten wir nicht an, hier antworten wir aber in der Regel innerhalb eines Werktags."],
        wrong=["oh, da ist bei uns im Lager was durcheinandergeraten – sorry!",
               "Größe M ist vorrätig, ich habe sie Ihnen gerade als Express-Ersatz angelegt, sie sollte am {date} bei Ihnen sein. Die L schicken Sie bitte einfach über die Amazon-Rücksendung zurück: {url_return}",
               "Die Rücksendung kostet Sie natürlich nichts."],
        ret=["klar, kein Problem. Sie können den Artikel innerhalb von 30 Tagen über Amazon zurückgeben, das Etikett erstellen Sie hier: {url_return}",
             "Wichtig ist nur, dass er ungenutzt ist und die Etiketten noch dran sind. Alle Details zu Rücksendungen stehen auch in der Amazon-Hilfe: {url_help}",
             "Sobald das Paket bei uns im Lager ist (meist 2–3 Tage), erstatten wir den vollen Betrag von {price}. Die Bedienungsanleitung hänge ich Ihnen noch als PDF an, falls Sie es sich doch anders überlegen."],
        contact=["danke für Ihre Nachricht. Telefon oder WhatsApp nutzen wir für Bestellungen leider nicht – die Kommunikation zu Amazon-Bestellungen läuft komplett hier über das Nachrichtensystem, damit alles an einer Stelle nachvollziehbar bleibt.",
                 "Schreiben Sie mir einfach, worum es geht, dann kümmere ich mich direkt darum. Zur Bestellung {oid} sehe ich übrigens, dass das Paket am {date} zugestellt werden soll."],
        discount=["danke für die Fotos, da sieht man den Kratzer an der Seite deutlich.",
                  "Wenn der {prod} ansonsten einwandfrei funktioniert und Sie ihn behalten möchten, erstatten wir Ihnen 20 % des Kaufpreises als Preisnachlass. Alternativ schicken wir Ihnen gern ein neues Exemplar – ganz wie Sie möchten.",
                  "Geben Sie mir kurz Bescheid, dann buche ich das direkt."]),
    fbupd="Falls Sie mögen: Ihre Verkäuferbewertung können Sie jederzeit in Ihrem Amazon-Konto anpassen. Das ist aber natürlich ganz Ihnen überlassen.",
    reqin="Und wenn Sie in ein paar Tagen einen Moment Zeit haben, freuen wir uns über Ihre Meinung zum Produkt: {url_review}",
    P=dict(
        review=("Ihre Bestellung {oid} – ein kurzes Feedback?",
                ["vor ein paar Tagen wurde Ihre Bestellung {oid} ({prod}) zugestellt.",
                 "Wenn Sie einen Moment Zeit haben, würden wir uns über eine Produktbewertung auf Amazon freuen – sie hilft anderen Kundinnen und Kunden bei der Entscheidung: {url_review}",
                 "Bei Fragen zur Bestellung antworten Sie einfach auf diese Nachricht."],
                "proactive neutral review request with order id"),
        imp=("[Important] Liefertermin für Ihre Bestellung {oid}",
             ["Ihr Schrank aus der Bestellung {oid} wird per Spedition geliefert (2 Kolli, ca. 68 kg). Die Spedition liefert bis zur Bordsteinkante und braucht einen festen Termin, an dem jemand zu Hause ist.",
              "Bitte teilen Sie uns mit, welcher Werktag ab dem {date} Ihnen passt und ob vormittags (8–12 Uhr) oder nachmittags (12–17 Uhr) besser ist."],
             "delivery scheduling of a bulky item"),
        ret=("Bestellung {oid}: Teillieferung",
             ["bei Ihrer Bestellung {oid} kommt der zweite Artikel leider aus einem anderen Lager. Das erste Paket ist bereits unterwegs, das zweite folgt voraussichtlich am {date}.",
              "Möchten Sie lieber nur den ersten Artikel behalten und den zweiten stornieren? Dann antworten Sie bitte kurz auf diese Nachricht, sonst brauchen Sie nichts zu tun."],
             "split shipment, asks for a decision"),
        unperm=("Ihre Bestellung {oid} ist unterwegs!",
                ["gute Nachrichten: Ihre Bestellung {oid} hat heute unser Lager verlassen und ist mit {carrier} auf dem Weg zu Ihnen.",
                 "Sendungsnummer: {trk}", "Vielen Dank für Ihren Einkauf!"],
                "proactive shipping confirmation", []),
        noid=("Wie gefällt Ihnen Ihr neuer Rucksack?",
              ["Sie haben vor Kurzem bei uns einen Trekkingrucksack gekauft. Wenn Sie Zeit haben, würden wir uns sehr über eine Bewertung auf Amazon freuen.",
               "Danke und viel Spaß auf Tour!"],
              "proactive review request without any order id", []),
        impbad=("[IMPORTANT] Danke für Ihre Bestellung {oid}",
                ["herzlichen Dank, dass Sie bei uns bestellt haben! Wir wünschen Ihnen viel Freude mit Ihrem {prod}.",
                 "Bei Fragen sind wir jederzeit für Sie da."],
                ["important_tag", "unpermitted_proactive"], "[IMPORTANT] on a thank-you-only message", "proactive", None),
        repeat=("Kurze Erinnerung zu Bestellung {oid}",
                ["wir hatten Sie vor einer Woche schon mal gefragt – falls Sie noch dazu kommen: Über eine Bewertung zu Ihrem {prod} würden wir uns sehr freuen.",
                 "{url_review}"])),
    V=dict(
        incent=("Kleiner Tipp am Rande: Wenn Sie uns nach Erhalt eine Rezension schreiben, schicken wir Ihnen als Dankeschön einen 10-€-Gutschein für die nächste Bestellung.",
                ["review_incentive"], "voucher offered for a review, middle of a delivery-status reply"),
        manip=("Und falls alles passt, freuen wir uns riesig über 5 Sterne! Wenn nicht, schreiben Sie bitte erst uns, bevor Sie irgendwo etwas bewerten.",
               ["review_manipulation"], "5-star ask plus review gating after a replacement"),
        remove=("Da wir das Problem jetzt gelöst haben, wäre es echt nett, wenn Sie die negative Bewertung wieder rausnehmen – die tut uns als kleinem Händler ziemlich weh.",
                ["feedback_removal"], "asks to take down negative feedback after a partial refund"),
        market=("Übrigens: Ab nächster Woche gibt es unsere neue Thermoskannen-Serie, mit dem Code FRUEHLING15 sparen Sie bei Ihrer nächsten Bestellung 15 %.",
                ["marketing"], "new product line and discount code inside a service reply"),
        offens=(["ganz ehrlich: Bei so einem Ton vergeht einem die Lust.",
                 "Wer hier rumpöbelt wie ein Vollidiot, braucht sich nicht wundern, wenn keiner sofort springt. Ersatz kommt trotzdem, Sendungsnummer {trk}."],
                ["offensive"], "agent insults the rude buyer"),
        other=(["danke für die Nachricht! Klar, das machen wir gern unkompliziert.",
                "Schicken Sie mir einfach eine WhatsApp an {phone}, dann können Sie mir direkt Fotos schicken und wir klären das in fünf Minuten."],
               ["contact_phone", "contact_other"], "moves the buyer to WhatsApp with a number")),
    w=dict(tel="Tel.", web="Web:", mail="E-Mail:", sent="Gesendet mit", unsub="Newsletter abbestellen",
           stop="Sie möchten keine weiteren Nachrichten von uns? Antworten Sie einfach mit „Abmelden“.",
           more="Pflegetipps und Ersatzteile gibt's unter", write="Schreiben Sie uns direkt", call="Rufen Sie uns an",
           writeto="Am schnellsten erreichen Sie mich unter", callnum="Oder rufen Sie kurz durch: {num}",
           wa="Schneller geht's per WhatsApp: {phone}", tg="Oder auf Telegram: @{handle}", at="(at)", dot="(punkt)", dotw="punkt",
           digits=["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
           earlier="danke für Ihre Nachricht, ich schaue mir das an und melde mich morgen früh.",
           bphone="Meine Handynummer ist {bphone}, falls das schneller geht.", bmail_line="Die Rechnung bitte an {bmail}, danke.",
           trklink="Hier können Sie die Sendung direkt beim Paketdienst verfolgen:", dp="Passende Ersatzteile finden Sie hier:",
           stores="Schauen Sie gern auch in unserem Amazon-Shop vorbei, da gibt's noch mehr Zubehör:", see="Hier der Link zum Artikel:",
           ordlink="Ihre Bestellung finden Sie hier:", retlink="Rücksendeetikett:", orders_long="Den Status Ihrer Bestellungen sehen Sie jederzeit in Ihrem Kundenkonto unter",
           kw_manip="5 Sterne", kw_inc="Gutschein",
           f=dict(inv="Rechnung", inv_u="Rechnung_{inv}_Müller.pdf", man="Bedienungsanleitung", photo="Foto", video="Aufbauvideo",
                  parts="Ersatzteilliste", driver="Treiber_Setup", zip="Unterlagen", care="Pflegehinweise", warranty_u="Garantiekarte_Größentabelle.pdf")),
)

TX["fr"] = dict(
    lang="fr", dfmt="%d/%m/%Y", qdfmt="%d/%m/%Y", invp="FA-2025-", locals=["service-client", "contact", "sav", "support"],
    buyers=["Camille", "Julien", "Nathalie", "Karim", "Élodie", "Thierry", "Manon", "Yannick"],
    agents=["Claire Vasseur", "Romain", "Aurélie Ménard", "Sébastien Le Goff"],
    shops=[("Atelier Brume & Lin", "brume-et-lin.fr"), ("Quincaillerie Vauclair", "quincaillerie-vauclair.fr"), ("Ti'Bout Puériculture", "tibout-puericulture.fr")],
    team="Service client {shop}",
    prods=[("Babyphone vidéo Veille+ 2K", "VP-2K"), ("Parure de lit en lin lavé 240x220", "LIN-240"), ("Perceuse-visseuse 18V sans fil", "PV18-B"),
           ("Gigoteuse hiver TOG 2.5", "GIG-25"), ("Set de 3 boîtes de conservation en verre", "BOC-3")],
    addrs=["{shop} – Service retours, 12 rue des Tanneurs, 69007 Lyon", "{shop}, ZA du Moulin, 4 allée des Artisans, 44800 Saint-Herblain", "{shop} – SAV, 27 bd Carnot, 59000 Lille"],
    bmail=["camille.r84@courriel-perso.fr", "j.lambert@maboite-mail.fr"],
    trackdom="suivi-colis-express.fr",
    hi=["Bonjour {n},", "Bonjour,", "Bonjour {n} !", "Madame, Monsieur,", "Bonsoir {n},"],
    bye=["Bien cordialement,", "Cordialement,", "Belle journée à vous,", "Bien à vous,", "À bientôt,"],
    am=dict(subj="Demande de renseignements du client Amazon {n} (Commande : {oid})", subjq="Question sur le produit du client Amazon {n}",
            msg="------------- Message : -------------", end="------------- Fin du message -------------",
            fyi="Pour information : afin de faciliter le règlement des litiges et de préserver la confiance et la sécurité, nous conservons pendant deux ans tous les messages échangés entre acheteurs et vendeurs via Amazon. Amazon utilise une technologie de filtrage pour protéger acheteurs et vendeurs contre d'éventuelles fraudes.",
            resp="Répondre depuis Seller Central :", helpful="Cet e-mail vous a-t-il été utile ?",
            foot="Copyright 2025 Amazon, Inc. ou ses filiales. Tous droits réservés.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg"),
    wrote="Le {d} à {t}, {w} a écrit :", ol=("De", "Envoyé", "À", "Objet", "-----Message d'origine-----"),
    iphone="Envoyé de mon iPhone", zd="##- Veuillez saisir votre réponse au-dessus de cette ligne. -##", re=["RE :", "Re:", "RE:", "Réf :"], re_std=["RE:", "Re:"],
    hn_q="product question without order id: WhatsApp/Messenger calls as a baby-monitor feature, firmware 3.1.0, 'constaté', 'conseil', 'bitume'",
    B=dict(
        where="Bonjour, j'ai commandé il y a une semaine et toujours rien. Le suivi ne bouge plus depuis 3 jours. Vous pouvez regarder svp ? Merci\n{n}",
        damaged="Bonjour,\nle colis est arrivé ce matin mais le produit est abîmé, il y a une grosse fissure sur le côté et le carton était ouvert. Je fais comment ?",
        invoice="Bonjour, pourriez-vous m'envoyer une facture avec la TVA apparente ? C'est pour ma société (auto-entrepreneur). Merci d'avance",
        question="Bonjour, est-ce que le babyphone marche avec le wifi de la maison et est-ce qu'on peut voir l'image sur deux téléphones ? merci",
        threat="C'est inadmissible. Trois messages sans réponse et un produit qui ne marche pas. Si je ne suis pas remboursée d'ici demain je mets 1 étoile et je signale votre boutique à Amazon.",
        rude="Franchement vous vous foutez du monde. Mauvaise couleur, aucun numéro pour vous joindre, service nul. Je veux le bon article TOUT DE SUITE.",
        wrong="Bonjour, j'ai reçu la taille 6-18 mois au lieu de 0-6 mois. Est-ce possible d'échanger rapidement ? Bébé arrive bientôt...",
        ret="Bonjour, finalement l'article ne me convient pas. Comment se passe le retour, et est-ce que les frais sont à ma charge ?",
        contact="Vous pouvez m'appeler ? ou on peut passer par WhatsApp, ce sera plus simple que d'écrire ici."),
    A=dict(
        where=["merci pour votre message et désolée pour l'attente.",
               "Votre commande {oid} a été remise à {carrier} mardi, numéro de suivi {trk}. D'après le transporteur, le colis est au centre de tri et devrait vous être livré d'ici le {date}.",
               "Vous pouvez suivre son avancement à tout moment depuis le détail de votre commande : {url_order}",
               "S'il n'est toujours pas arrivé à cette date, revenez vers nous et nous vous renverrons un colis sans frais."],
        damaged=["je suis vraiment navrée, ce n'est évidemment pas l'état dans lequel le produit aurait dû arriver.",
                 "Je vous ai renvoyé un {prod} neuf aujourd'hui. Pour l'article abîmé, merci de le retourner avec le numéro de retour {rma} à l'adresse suivante :\n{addr}\nLes frais de port sont à notre charge, l'étiquette est disponible dans votre compte Amazon.",
                 "Si vous préférez un remboursement ({price}) plutôt qu'un échange, dites-le-moi simplement."],
        invoice=["bien sûr ! Vous trouverez en pièce jointe la facture n° {inv} pour la commande {oid}, d'un montant de {price} TTC (TVA 20 %).",
                 "Notre {tax} figure en bas de la facture. S'il faut une autre raison sociale ou adresse de facturation, envoyez-moi le libellé exact et je la réédite."],
        question=["oui, le Veille+ 2K ({model}) se connecte au wifi 2,4 GHz de la maison et l'image peut être affichée sur deux smartphones en même temps avec l'appli (version 3.1.0 minimum).",
                  "À noter : l'appli permet aussi de recevoir les alertes pleurs en notification, comme un message WhatsApp ou Messenger, mais il n'y a pas d'appel vidéo intégré.",
                  "Un petit conseil : placez la caméra à au moins un mètre du lit. Nous avons constaté que beaucoup de parents la mettent trop près."],
        threat=["je suis désolée que vos messages soient restés sans réponse, ce n'est pas normal et je m'en excuse.",
                "Je viens de lancer le remboursement intégral de {price} pour la commande {oid}. Vous n'avez rien à faire et vous pouvez garder l'article. Selon votre banque, le montant apparaîtra sous 3 à 5 jours ouvrés."],
        rude=["je comprends votre agacement, recevoir la mauvaise couleur est frustrant.",
              "Nous préférons toutefois que les échanges restent courtois. Cela dit, voici ce que nous faisons : le bon article part demain matin avec {carrier}, numéro de suivi {trk}. Le retour de l'article erroné est gratuit depuis votre compte Amazon.",
              "Nous n'avons pas de ligne téléphonique, mais nous répondons ici en général sous 24 h ouvrées."],
        wrong=["oups, il y a eu une erreur à la préparation, toutes nos excuses !",
               "La taille 0-6 mois est en stock, je vous l'envoie en express aujourd'hui, livraison prévue le {date}. Pour la taille reçue par erreur, le retour se fait gratuitement ici : {url_return}",
               "Vous n'avez rien à avancer."],
        ret=["aucun souci. Vous pouvez retourner l'article sous 30 jours via Amazon, l'étiquette se crée ici : {url_return}",
             "Il suffit qu'il soit en bon état et dans son emballage. Toutes les conditions sont rappelées dans l'aide Amazon : {url_help}",
             "Dès réception à l'entrepôt (2-3 jours en général), nous remboursons {price}. Je vous joins aussi la notice en PDF au cas où."],
        contact=["merci pour votre message. Nous ne passons malheureusement ni par téléphone ni par WhatsApp pour les commandes : tout se fait ici, par la messagerie Amazon, pour que l'historique reste au même endroit.",
                 "Dites-moi simplement ce qui se passe et je m'en occupe tout de suite. Pour la commande {oid}, je vois d'ailleurs une livraison prévue le {date}."],
        discount=["merci pour les photos, on voit bien la rayure.",
                  "Si le {prod} fonctionne par ailleurs et que vous souhaitez le garder, nous pouvons vous rembourser 20 % du prix à titre de geste commercial. Sinon, nous vous envoyons un article neuf, comme vous préférez.",
                  "Dites-moi ce qui vous arrange et je fais le nécessaire."]),
    fbupd="Si vous le souhaitez, vous pouvez modifier votre évaluation vendeur à tout moment depuis votre compte Amazon — c'est entièrement à votre convenance.",
    reqin="Et si vous avez un moment dans quelques jours, votre avis sur le produit nous intéresse : {url_review}",
    P=dict(
        review=("Votre commande {oid} – un petit avis ?",
                ["votre commande {oid} ({prod}) vous a été livrée il y a quelques jours.",
                 "Si vous avez une minute, un commentaire sur Amazon aiderait d'autres parents à choisir : {url_review}",
                 "Pour toute question sur la commande, il suffit de répondre à ce message."],
                "proactive neutral review request with order id"),
        imp=("Adresse de livraison incomplète – commande {oid} [Important]",
             ["le transporteur nous signale que l'adresse de la commande {oid} est incomplète : il manque le numéro du bâtiment et le code d'accès.",
              "Pouvez-vous nous les indiquer en réponse à ce message ? Sans ces informations, le colis risque de nous revenir."],
             "shipping-address problem"),
        ret=("Retour de votre commande {oid}",
             ["nous avons bien reçu le retour de votre commande {oid}, mais le colis ne contenait que la housse, sans le support.",
              "Pouvez-vous vérifier de votre côté ? Si le support est encore chez vous, il suffit de le renvoyer avec la même étiquette ; le remboursement sera fait dès réception."],
             "return-related question ('Retour' is not a reply prefix)"),
        unperm=("Confirmation de votre commande {oid}",
                ["merci pour votre commande {oid} !", "Nous préparons votre colis avec soin et vous recevrez un e-mail dès son expédition.",
                 "Toute l'équipe vous remercie de votre confiance."],
                "proactive order confirmation", []),
        noid=("Votre perceuse est bien arrivée ?",
              ["vous avez récemment commandé une perceuse-visseuse chez nous. Tout s'est bien passé ?",
               "Si vous avez un moment, un avis sur Amazon nous ferait très plaisir."],
              "proactive review request without order id", []),
        impbad=("[Important] Votre avis compte – commande {oid}",
                ["votre commande {oid} vous a été livrée. Pourriez-vous prendre deux minutes pour évaluer le produit ? {url_review}"],
                ["important_tag"], "[Important] on a review request", "proactive", None),
        repeat=("Rappel : votre avis sur la commande {oid}",
                ["nous nous permettons de revenir vers vous : si ce n'est pas déjà fait, un avis sur votre {prod} nous aiderait beaucoup.",
                 "{url_review}"])),
    V=dict(
        incent=("Petite info : si vous laissez un commentaire sur Amazon une fois le colis reçu, on vous rembourse les frais de port, il suffit de nous envoyer une capture d'écran.",
                ["review_incentive"], "shipping refund promised for a review screenshot"),
        manip=("Et si vous êtes content du nouvel article, une note 5 étoiles nous aiderait énormément ; en cas de souci, écrivez-nous plutôt que de laisser un avis.",
               ["review_manipulation"], "5-star ask with gating"),
        remove=("Maintenant que tout est réglé, serait-il possible de retirer votre évaluation négative ou de la passer en positive ? Ça compte beaucoup pour une petite boutique comme la nôtre.",
                ["review_manipulation", "feedback_removal"], "asks to remove feedback or change it to positive"),
        market=("D'ailleurs, nos nouvelles parures en lin lavé viennent d'arriver en 6 coloris – avec le code LIN10 vous avez -10 % sur votre prochaine commande !",
                ["marketing"], "new collection and discount code"),
        offens=(["bon, on va se calmer.",
                 "Si vous lisiez au lieu de gueuler comme un abruti, vous auriez vu que la couleur était indiquée. On vous renvoie quand même le bon article, numéro de suivi {trk}."],
                ["offensive"], "agent insults the rude buyer"),
        other=(["pas de souci, on peut faire plus simple !",
                "Retrouvez-nous sur Instagram (@{handle}) et envoyez-nous un message privé avec les photos, on vous répond dans la journée."],
               ["contact_other"], "moves the buyer to Instagram DMs")),
    w=dict(tel="Tél.", web="Site :", mail="E-mail :", sent="Envoyé avec", unsub="Se désinscrire",
           stop="Vous ne souhaitez plus recevoir nos messages ? Répondez simplement STOP.",
           more="Toutes nos notices et pièces détachées sur", write="Écrivez-nous directement", call="Appelez-nous",
           writeto="Vous pouvez aussi m'écrire directement à", callnum="Ou appelez-nous : {num}",
           wa="Le plus rapide, c'est WhatsApp : {phone}", tg="Ou sur Telegram : @{handle}", at="arobase", dot="point", dotw="point",
           digits=["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
           earlier="merci pour votre message, je regarde cela et je reviens vers vous demain matin.",
           bphone="Mon numéro si besoin : {bphone}", bmail_line="Envoyez la facture plutôt sur {bmail} svp.",
           trklink="Suivre le colis directement chez le transporteur :", dp="La pièce compatible est ici :",
           stores="Et pour découvrir le reste de notre gamme, c'est par ici :", see="Le lien vers l'article :",
           ordlink="Votre commande :", retlink="Étiquette de retour :", orders_long="Vous pouvez consulter l'état de toutes vos commandes à tout moment dans votre compte client :",
           kw_manip="5 étoiles", kw_inc="rembourse",
           f=dict(inv="Facture", inv_u="Facture_{inv}_réédition.pdf", man="Notice", photo="Photo", video="Video_montage",
                  parts="Liste_pieces", driver="Mise_a_jour", zip="Documents", care="Conseils_entretien", warranty_u="Certificat_de_garantie_été.pdf")),
)

TX["es"] = dict(
    lang="es", dfmt="%d/%m/%Y", qdfmt="%d/%m/%Y", invp="F25-", locals=["atencion", "clientes", "soporte", "hola"],
    buyers=["Lucía", "Javier", "Marta", "Iñaki", "Rocío", "Pablo", "Nerea", "Andrés"],
    agents=["Laura Beltrán", "Sergio", "Ainhoa Ruiz", "Dani"],
    shops=[("Casa Olivar Hogar", "casaolivar-hogar.es"), ("Ruedas del Sur", "ruedasdelsur-bici.es"), ("Luz de Faro Iluminación", "luzdefaro-iluminacion.es")],
    team="Atención al cliente · {shop}",
    prods=[("Altavoz Bluetooth Marea 20W", "MAR-20"), ("Juego de sartenes antiadherentes 3 piezas", "SAR-3P"), ("Casco de bici urbano talla M", "CU-M57"),
           ("Lámpara de pie LED regulable", "LP-180"), ("Cubrecolchón impermeable 150x190", "CC-150")],
    addrs=["{shop} – Devoluciones, C/ de la Alfarería 18, nave 3, 41007 Sevilla", "{shop}, Polígono Los Llanos, C/ Forja 5, 28906 Getafe (Madrid)"],
    bmail=["lucia.pm92@correo-casa.es", "javi.ortega@mibuzon-web.es"],
    trackdom="seguimiento-envios24.es",
    hi=["Hola {n}:", "Hola, {n}:", "Buenos días, {n}:", "Hola {n},", "Estimado/a cliente:"],
    bye=["Un saludo,", "Saludos cordiales,", "Un abrazo,", "Quedamos a tu disposición.\nSaludos,", "Atentamente,"],
    am=dict(subj="Consulta del cliente de Amazon {n} (Pedido: {oid})", subjq="Consulta sobre detalles del producto del cliente de Amazon {n}",
            msg="------------- Mensaje: -------------", end="------------- Finalizar mensaje -------------",
            fyi="Para tu información: con el fin de ayudar a resolver disputas y mantener la confianza y la seguridad, conservamos durante dos años todos los mensajes que los compradores y los vendedores se envían a través de Amazon. Amazon utiliza tecnología de filtrado para proteger a compradores y vendedores de posibles fraudes.",
            resp="Responder desde Seller Central:", helpful="¿Te ha resultado útil este correo electrónico?",
            foot="Copyright 2025 Amazon, Inc. o sus afiliados. Todos los derechos reservados.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo"),
    wrote="El {d}, a las {t}, {w} escribió:", ol=("De", "Enviado", "Para", "Asunto", "-----Mensaje original-----"),
    iphone="Enviado desde mi iPhone", zd="##- Escribe tu respuesta por encima de esta línea. -##", re=["RE:", "Re:", "RE:"], re_std=["RE:", "Re:"],
    hn_q="product question without order id: pairing with WhatsApp/Skype calls as speaker feature, 'computadora', 'disputa', firmware 1.8.2",
    B=dict(
        where="Hola, hice el pedido hace 6 días y todavía no ha llegado nada. El seguimiento no se mueve desde el lunes. ¿Me podéis decir algo? Gracias",
        damaged="Buenas, me ha llegado el paquete pero el producto viene roto, tiene una grieta en un lateral y la caja estaba aplastada. ¿Qué hago?",
        invoice="Hola, necesito factura con el IVA desglosado a nombre de mi empresa, los datos son los mismos de la dirección de envío. Gracias.",
        question="Hola, ¿el altavoz se puede usar para llamadas con el móvil? ¿Y se conecta a la computadora del trabajo por bluetooth? Saludos",
        threat="Esto es una vergüenza. Dos mensajes sin respuesta y el producto no funciona. Como no me devolváis el dinero mañana os pongo una estrella y os denuncio a Amazon.",
        rude="Sois unos chapuzas. Me mandáis el color que no es, no hay teléfono, nada. Quiero el correcto YA.",
        wrong="Hola, pedí la talla M y me ha llegado la L. ¿Se puede cambiar? Lo necesito para el finde si puede ser.",
        ret="Hola, al final no me convence. ¿Cómo hago la devolución? ¿Tengo que pagar yo el envío?",
        contact="¿Me podéis llamar o escribir por WhatsApp? Me aclaro mejor que por aquí."),
    A=dict(
        where=["gracias por escribirnos y perdona la espera.",
               "Tu pedido {oid} salió el martes con {carrier}; el número de seguimiento es {trk}. Según el transportista, está en la delegación de destino y debería llegarte como tarde el {date}.",
               "Puedes ver el estado en cualquier momento en los detalles del pedido: {url_order}",
               "Si para esa fecha no lo tienes, dínoslo y te enviamos otro sin coste."],
        damaged=["lo sentimos muchísimo, así no debería haber llegado.",
                 "Te hemos enviado hoy mismo un {prod} nuevo. El dañado puedes devolverlo con el número de devolución {rma} a esta dirección:\n{addr}\nEl envío corre de nuestra cuenta; la etiqueta la tienes en tu cuenta de Amazon.",
                 "Si prefieres el reembolso ({price}) en lugar del cambio, solo tienes que decírnoslo."],
        invoice=["¡claro! Te adjunto la factura n.º {inv} del pedido {oid}, por importe de {price} (IVA del 21 % incluido).",
                 "Nuestro {tax} aparece en la parte superior. Si necesitas otra razón social, pásame los datos exactos y la emito de nuevo."],
        question=["sí: el Marea 20W ({model}) tiene micrófono integrado, así que puedes atender llamadas normales y también de WhatsApp o Skype con el móvil conectado.",
                  "Con la computadora funciona igual, por bluetooth 5.3 o con el cable USB-C incluido. Te recomendamos actualizar el firmware a la 1.8.2 desde la app.",
                  "Por cierto, si alguna vez surge una disputa con la garantía, los 3 años cuentan desde la fecha de la factura."],
        threat=["siento mucho que no hayas tenido respuesta antes, se nos pasaron tus mensajes y no tiene excusa.",
                "Ya he tramitado el reembolso completo de {price} del pedido {oid}. No tienes que hacer nada más ni devolver el artículo. Según tu banco, lo verás en 3-5 días hábiles."],
        rude=["entiendo el enfado, recibir un color equivocado es un fastidio.",
              "Aun así, te pedimos que mantengamos un tono respetuoso. Dicho esto, ya está solucionado: el artículo correcto sale mañana con {carrier}, seguimiento {trk}, y el que te sobra lo puedes devolver gratis desde tu cuenta de Amazon.",
              "No tenemos atención telefónica, pero por aquí respondemos normalmente en menos de 24 horas laborables."],
        wrong=["vaya, se nos cruzaron las tallas en el almacén, ¡perdona!",
               "Te mando la M hoy por envío urgente, llegará el {date}. La L la devuelves gratis por aquí: {url_return}",
               "No tienes que adelantar nada."],
        ret=["sin problema. Tienes 30 días para devolverlo a través de Amazon; la etiqueta se genera aquí: {url_return}",
             "Solo tiene que estar sin usar y con su embalaje. Tienes toda la info en la ayuda de Amazon: {url_help}",
             "En cuanto llegue al almacén (2-3 días) te devolvemos los {price}. Te adjunto el manual en PDF por si acaso."],
        contact=["gracias por tu mensaje. Para los pedidos no usamos ni teléfono ni WhatsApp: todo va por la mensajería de Amazon para que quede registrado en un solo sitio.",
                 "Cuéntame por aquí qué pasa y lo miro enseguida. Por cierto, veo que el pedido {oid} tiene entrega prevista el {date}."],
        discount=["gracias por las fotos, se ve claramente el arañazo.",
                  "Si por lo demás el {prod} funciona bien y te lo quieres quedar, te devolvemos un 20 % del importe como descuento. Si lo prefieres, te mandamos uno nuevo, como mejor te venga.",
                  "Dime qué prefieres y lo gestiono."]),
    fbupd="Si quieres, puedes actualizar tu valoración como vendedor en cualquier momento desde tu cuenta de Amazon; eso ya lo decides tú.",
    reqin="Y si dentro de unos días tienes un momento, nos interesa tu opinión sobre el producto: {url_review}",
    P=dict(
        review=("Tu pedido {oid}: ¿nos das tu opinión?",
                ["hace unos días recibiste tu pedido {oid} ({prod}).",
                 "Si tienes un minuto, nos vendría genial que dejaras una reseña en Amazon; a otros clientes les ayuda a decidir: {url_review}",
                 "Si tienes cualquier duda sobre el pedido, responde a este mensaje."],
                "proactive neutral review request with order id"),
        imp=("[Important] Confirmación del grabado – pedido {oid}",
             ["antes de grabar tu pedido {oid} queremos confirmar el texto: «Para Carmen, 25 años».",
              "¿Es correcto, con tilde y la coma incluida? Responde a este mensaje y lo pasamos a producción; el envío saldría el {date}."],
             "customisation question (engraving text)"),
        ret=("Pedido {oid}: dirección sin número de piso",
             ["al preparar el envío del pedido {oid} hemos visto que en la dirección falta el piso y la letra.",
              "¿Nos los puedes indicar? Así el repartidor no tiene que volver."],
             "address clarification needed for delivery"),
        unperm=("Tu pedido {oid} ya está en camino",
                ["¡buenas noticias! Tu pedido {oid} ha salido hoy de nuestro almacén con {carrier}.", "Número de seguimiento: {trk}",
                 "¡Gracias por confiar en nosotros!"],
                "proactive shipping confirmation", []),
        noid=("Reembolso de tu compra",
              ["hemos visto que tu altavoz llegó con un defecto y te hemos hecho el reembolso de {price}.",
               "Lo verás en tu cuenta en unos días. Disculpa las molestias."],
              "proactive refund notice with no order id (only the product)", []),
        impbad=("[Important] Gracias por tu compra – pedido {oid}",
                ["solo queríamos darte las gracias por tu pedido {oid}. ¡Esperamos que disfrutes tu {prod}!"],
                ["important_tag", "unpermitted_proactive"], "[Important] on a thank-you-only message", "proactive", None),
        repeat=("¿Qué tal tu {prod}? (pedido {oid})",
                ["te escribimos de nuevo por si no viste nuestro mensaje anterior: nos encantaría conocer tu opinión sobre el pedido {oid}.",
                 "{url_review}"])),
    V=dict(
        incent=("Por cierto, si nos dejas una reseña cuando te llegue, te hacemos un reembolso parcial de 5 € por las molestias del retraso.",
                ["review_incentive"], "partial refund offered in exchange for a review"),
        manip=("Si todo está bien, ¿nos ayudarías con una valoración de 5 estrellas? Y si algo falla, mejor escríbenos antes de poner nada en Amazon.",
               ["review_manipulation"], "5-star ask plus gating"),
        remove=("Ahora que ya está arreglado, ¿podrías borrar la valoración negativa? Nos penaliza mucho.",
                ["feedback_removal"], "asks to delete negative feedback after a refund"),
        market=("Aprovecho para contarte que esta semana tenemos un 25 % de descuento en toda la colección de iluminación de exterior. ¡No te lo pierdas!",
                ["marketing"], "sale announcement inside an invoice reply"),
        offens=(["mira, con esos modos no vamos a ningún lado.",
                 "Chapuzas serás tú, que no sabes ni leer la ficha del producto. Te mandamos el otro color y punto, seguimiento {trk}."],
                ["offensive"], "agent insults the rude buyer"),
        other=(["¡claro, sin problema!",
                "Escríbenos por Telegram a @{handle}_soporte o llámanos al {phone} y lo vemos en un momento."],
               ["contact_phone", "contact_other"], "Telegram handle and phone number")),
    w=dict(tel="Tel.", web="Web:", mail="Email:", sent="Enviado con", unsub="Darse de baja",
           stop="Si no quieres recibir más mensajes nuestros, responde BAJA.",
           more="Tienes manuales y recambios en", write="Escríbenos directamente", call="Llámanos",
           writeto="Si lo prefieres, escríbeme a", callnum="O llámanos: {num}",
           wa="Por WhatsApp es más rápido: {phone}", tg="También estamos en Telegram: @{handle}", at="arroba", dot="punto", dotw="punto",
           digits=["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
           earlier="gracias por tu mensaje, lo reviso y te digo algo mañana a primera hora.",
           bphone="Mi móvil es el {bphone} por si es más fácil.", bmail_line="La factura mejor a {bmail}, gracias.",
           trklink="Puedes seguir el envío en la web del transportista:", dp="El recambio compatible es este:",
           stores="Y si quieres ver el resto de nuestros productos, aquí tienes nuestra tienda:", see="Te dejo el enlace:",
           ordlink="Tu pedido:", retlink="Etiqueta de devolución:", orders_long="Puedes consultar el estado de todos tus pedidos cuando quieras en tu cuenta de cliente, en el apartado de pedidos:",
           kw_manip="5 estrellas", kw_inc="reembolso",
           f=dict(inv="Factura", inv_u="Factura_{inv}_rectificación.pdf", man="Manual", photo="Foto", video="Video_montaje",
                  parts="Lista_recambios", driver="Actualizacion_firmware", zip="Documentacion", care="Cuidados", warranty_u="Garantía_añadida.pdf")),
)

TX["it"] = dict(
    lang="it", dfmt="%d/%m/%Y", qdfmt="%d/%m/%Y", invp="FT/2025/", locals=["assistenza", "clienti", "info-ordini", "supporto"],
    buyers=["Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Davide", "Elena", "Salvatore"],
    agents=["Martina Ferri", "Luca", "Silvia Esposito", "Gianni Colombo"],
    shops=[("Bottega Ardesia Casa", "bottega-ardesia.it"), ("Pedalò Sport", "pedalo-sport.it"), ("Ferramenta Lanterna", "ferramenta-lanterna.it")],
    team="Assistenza clienti {shop}",
    prods=[("Videocitofono smart Portale X1", "PX1-W"), ("Moka in acciaio 6 tazze", "MK-6A"), ("Zaino bici impermeabile 22 l", "ZB-22"),
           ("Cazzuola professionale in acciaio inox 280 mm", "CZ-280"), ("Set 4 bicchieri in vetro soffiato", "BV-4")],
    addrs=["{shop} – Resi, Via dei Mille 42, 20129 Milano (MI)", "{shop}, Via Emilia Est 1150, 41126 Modena (MO)", "{shop} – Magazzino resi, Via Nuova Poggioreale 60, 80143 Napoli"],
    bmail=["giulia.r.88@postacasa-web.it", "marco.bassi71@miacasella.it"],
    trackdom="tracciamento-spedizioni.it",
    hi=["Buongiorno {n},", "Ciao {n},", "Gentile {n},", "Salve,", "Buonasera {n},"],
    bye=["Cordiali saluti,", "Un saluto,", "A presto,", "Buona giornata,", "Grazie ancora e cordiali saluti,"],
    am=dict(subj="Richiesta dal cliente Amazon {n} (Ordine: {oid})", subjq="Domanda sui dettagli del prodotto dal cliente Amazon {n}",
            msg="------------- Messaggio: -------------", end="------------- Fine messaggio -------------",
            fyi="Per tua informazione: per agevolare la risoluzione delle controversie e garantire fiducia e sicurezza, conserviamo per due anni tutti i messaggi inviati tramite Amazon da acquirenti e venditori. Amazon utilizza una tecnologia di filtraggio per proteggere acquirenti e venditori da possibili frodi.",
            resp="Rispondi da Seller Central:", helpful="Questa e-mail ti è stata utile?",
            foot="Copyright 2025 Amazon, Inc. o società affiliate. Tutti i diritti riservati.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo"),
    wrote="Il giorno {d} alle ore {t} {w} ha scritto:", ol=("Da", "Inviato", "A", "Oggetto", "-----Messaggio originale-----"),
    iphone="Inviato da iPhone", zd="##- Digita la tua risposta sopra questa riga. -##", re=["R:", "Re:", "RE:"], re_std=["R:", "Re:"],
    hn_q="product question without order id: WhatsApp video calls as intercom feature, trowel product 'cazzuola', 'stronzio' battery, firmware 2.0.7",
    B=dict(
        where="Buongiorno, ho ordinato una settimana fa e non è ancora arrivato niente, il tracking è fermo da giorni. Potete controllare? Grazie",
        damaged="Salve, il pacco è arrivato oggi ma il prodotto è danneggiato, c'è una crepa sul lato e la scatola era tutta schiacciata. Come facciamo?",
        invoice="Buongiorno, mi servirebbe la fattura intestata alla mia ditta con P.IVA, stessi dati dell'indirizzo di spedizione. Grazie mille",
        question="Ciao, il videocitofono si può vedere dal telefono quando sono fuori casa? E la batteria quanto dura? grazie",
        threat="Vergognoso. Due messaggi senza risposta e il prodotto non funziona. Se domani non ho il rimborso vi lascio una stella e vi segnalo ad Amazon.",
        rude="Ma siete seri?? Colore sbagliato, nessun numero di telefono, servizio pessimo. Voglio quello giusto SUBITO.",
        wrong="Salve, ho ordinato la taglia M ma mi è arrivata la L. Si può cambiare? Mi servirebbe entro il weekend.",
        ret="Buongiorno, alla fine il prodotto non mi convince. Come funziona il reso? Le spese sono a mio carico?",
        contact="Mi potete chiamare? Oppure ci sentiamo su WhatsApp, faccio prima che scrivere qui."),
    A=dict(
        where=["grazie per il messaggio e scusi l'attesa.",
               "Il suo ordine {oid} è stato affidato a {carrier} martedì, il codice di tracciamento è {trk}. Secondo il corriere il pacco è in filiale e dovrebbe arrivarle entro il {date}.",
               "Può seguire lo stato in qualsiasi momento dai dettagli dell'ordine: {url_order}",
               "Se entro quella data non fosse arrivato, ci riscriva e le rispediamo la merce senza costi."],
        damaged=["mi dispiace davvero, non doveva arrivare così.",
                 "Le ho appena rispedito un {prod} nuovo. Quello danneggiato può rendercelo con il numero di reso {rma} a questo indirizzo:\n{addr}\nLe spese sono a carico nostro, l'etichetta la trova nel suo account Amazon.",
                 "Se preferisce il rimborso ({price}) invece della sostituzione, basta dirmelo."],
        invoice=["certo! In allegato trova la fattura n. {inv} relativa all'ordine {oid}, importo {price} IVA 22% inclusa.",
                 "La nostra {tax} è riportata in intestazione. Se serve un'altra ragione sociale o il codice SDI, mi mandi i dati e la riemetto."],
        question=["sì, con l'app (versione 2.0.7 o successiva) vede il video del Portale X1 ({model}) anche fuori casa e può rispondere al campanello dal telefono, un po' come una videochiamata WhatsApp.",
                  "La batteria dura circa 4 mesi con 10 squilli al giorno; è una cella al litio, niente stronzio o altre sostanze particolari, e si ricarica via USB-C.",
                  "Un consiglio: per il montaggio su muro pieno usi i tasselli inclusi, non serve la cazzuola né il cemento."],
        threat=["mi dispiace che i suoi messaggi siano rimasti senza risposta, non doveva succedere.",
                "Ho appena disposto il rimborso completo di {price} per l'ordine {oid}. Non deve fare nient'altro né rispedire l'articolo. A seconda della banca, vedrà l'accredito in 3-5 giorni lavorativi."],
        rude=["capisco il fastidio, ricevere il colore sbagliato non fa piacere.",
              "Le chiediamo però di mantenere toni rispettosi. Detto questo, abbiamo già risolto: l'articolo giusto parte domattina con {carrier}, codice {trk}, e quello sbagliato può restituirlo gratis dal suo account Amazon.",
              "Non abbiamo assistenza telefonica, ma qui rispondiamo di solito entro un giorno lavorativo."],
        wrong=["che pasticcio, in magazzino si sono scambiate le taglie, ci scusi!",
               "La M gliela spedisco oggi con consegna espressa, arriva il {date}. La L può renderla gratuitamente da qui: {url_return}",
               "Non deve anticipare nulla."],
        ret=["nessun problema. Può restituire l'articolo entro 30 giorni tramite Amazon, l'etichetta si crea qui: {url_return}",
             "Basta che sia integro e nella confezione originale. Trova tutte le info nell'aiuto Amazon: {url_help}",
             "Appena il pacco arriva in magazzino (di solito 2-3 giorni) le rimborsiamo {price}. Le allego anche il manuale in PDF."],
        contact=["grazie del messaggio. Per gli ordini non usiamo telefono né WhatsApp: tutto passa dalla messaggistica Amazon, così resta tutto tracciato in un unico posto.",
                 "Mi scriva pure qui qual è il problema e me ne occupo subito. Per l'ordine {oid} vedo tra l'altro la consegna prevista il {date}."],
        discount=["grazie per le foto, il graffio si vede bene.",
                  "Se il {prod} per il resto funziona e vuole tenerlo, le rimborsiamo il 20% del prezzo come sconto. Altrimenti le mandiamo un pezzo nuovo, come preferisce.",
                  "Mi faccia sapere e procedo."]),
    fbupd="Se lo desidera, può aggiornare il suo feedback sul venditore in qualsiasi momento dal suo account Amazon: è una scelta del tutto sua.",
    reqin="E se tra qualche giorno ha un minuto, ci farebbe piacere leggere la sua opinione sul prodotto: {url_review}",
    P=dict(
        review=("Il suo ordine {oid} – ci lascia un'opinione?",
                ["qualche giorno fa le è stato consegnato l'ordine {oid} ({prod}).",
                 "Se ha un momento, una recensione su Amazon aiuterebbe altri clienti nella scelta: {url_review}",
                 "Per qualsiasi domanda sull'ordine può rispondere a questo messaggio."],
                "proactive neutral review request with order id"),
        imp=("[important] Consegna al piano – ordine {oid}",
             ["l'armadio dell'ordine {oid} viene consegnato da un corriere per merci voluminose (2 colli, circa 70 kg) che deve concordare il giorno.",
              "Ci indica due o tre giorni feriali dal {date} in cui c'è qualcuno in casa, e se c'è l'ascensore?"],
             "delivery scheduling of a bulky item (lower-case tag)"),
        ret=("Ordine {oid}: reso ricevuto incompleto",
             ["abbiamo ricevuto il reso dell'ordine {oid}, ma nella scatola mancava l'alimentatore.",
              "Può controllare se è rimasto da lei? In quel caso basta rispedirlo con la stessa etichetta e chiudiamo subito il rimborso."],
             "return-related question"),
        unperm=("Articolo esaurito – ordine {oid}",
                ["purtroppo l'articolo del suo ordine {oid} è al momento esaurito e non sappiamo quando tornerà disponibile.",
                 "Ci scusiamo per l'inconveniente."],
                "proactive out-of-stock notice", []),
        noid=("Una domanda sul suo ordine",
              ["per completare la spedizione ci serve il numero civico, che nell'indirizzo manca. Ce lo può indicare?"],
              "proactive address question without order id", []),
        impbad=("R: [Important] Domanda sui dettagli del prodotto", None,
                ["important_tag"], "[Important] on a reply to a product question", "reply", "question"),
        repeat=("Un promemoria sul suo ordine {oid}",
                ["le scriviamo di nuovo: se non l'ha già fatto, ci farebbe piacere una recensione sul suo {prod}.", "{url_review}"])),
    V=dict(
        incent=("Se poi ci lascia una recensione su Amazon, le regaliamo un buono Amazon da 10 € come ringraziamento.",
                ["review_incentive"], "gift card promised for a review"),
        manip=("Se è soddisfatta della sostituzione, ci lascerebbe 5 stelle? Ci dà una grossa mano. Magari scriva anche che l'assistenza è stata veloce.",
               ["review_manipulation"], "5-star ask and tells the buyer what to write"),
        remove=("Visto che abbiamo risolto, le chiederei per cortesia di modificare o togliere il feedback negativo che ha lasciato.",
                ["feedback_removal"], "asks to change or remove negative feedback"),
        market=("P.S. Da lunedì parte la nostra promo di primavera: tutti gli zaini bici al 30% in meno, ne approfitti!",
                ["marketing"], "spring sale announcement"),
        offens=(["senta, il tono lo abbassi.",
                 "Con clienti rompicoglioni come lei non si ragiona, comunque l'articolo giusto parte domani, codice {trk}."],
                ["offensive"], "agent insults the rude buyer with profanity"),
        other=(["certo, facciamo prima così!",
                "Mi scriva su WhatsApp al {phone}, così mi manda anche le foto."],
               ["contact_phone", "contact_other"], "WhatsApp and phone number")),
    w=dict(tel="Tel.", web="Sito:", mail="E-mail:", sent="Inviato con", unsub="Annulla iscrizione",
           stop="Non vuole più ricevere i nostri messaggi? Risponda con CANCELLAMI.",
           more="Manuali e ricambi su", write="Scrivici direttamente", call="Chiamaci",
           writeto="Può scrivermi anche a", callnum="Oppure ci chiami: {num}",
           wa="Su WhatsApp facciamo prima: {phone}", tg="Siamo anche su Telegram: @{handle}", at="chiocciola", dot="punto", dotw="punto",
           digits=["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
           earlier="grazie del messaggio, verifico e le rispondo domattina.",
           bphone="Il mio cellulare è {bphone}, se è più comodo.", bmail_line="La fattura la mandi a {bmail} per favore.",
           trklink="Può seguire la spedizione sul sito del corriere:", dp="Il ricambio compatibile è questo:",
           stores="E se vuole dare un'occhiata agli altri nostri prodotti, ecco il negozio:", see="Ecco il link:",
           ordlink="Il suo ordine:", retlink="Etichetta di reso:", orders_long="Lo stato di tutti i suoi ordini è sempre consultabile nel suo account cliente, alla pagina degli ordini:",
           kw_manip="5 stelle", kw_inc="buono",
           f=dict(inv="Fattura", inv_u="Fattura_{inv}_società.pdf", man="Manuale", photo="Foto", video="Video_montaggio",
                  parts="Elenco_ricambi", driver="Aggiornamento", zip="Documenti", care="Istruzioni_pulizia", warranty_u="Certificato_di_garanzia_perché.pdf")),
)

TX["ja"] = dict(
    lang="ja", dfmt="%m月%d日", qdfmt="%Y/%m/%d", invp="INV-25-", locals=["support", "info", "cs", "shop"],
    buyers=["佐藤", "田中", "鈴木", "高橋", "伊藤", "渡辺", "山本", "中村"],
    agents=["松井 彩", "小林", "森田 健太", "岡本 由紀"],
    shops=[("ひだまり雑貨店", "hidamari-zakka.jp"), ("カワセミ電機ストア", "kawasemi-denki.jp"), ("山辺アウトドア", "yamabe-outdoor.jp")],
    team="{shop} カスタマーサポート",
    prods=[("ワイヤレスイヤホン SoraBuds Pro", "SB-P2"), ("電気ケトル 1.0L ステンレス", "EK-10S"), ("折りたたみアウトドアチェア", "FC-02"),
           ("木製まな板 Lサイズ", "MB-L"), ("保冷ランチバッグ", "LB-05")],
    addrs=["〒330-0854 埼玉県さいたま市大宮区桜木町9-9-9 {shop} 返品センター", "〒530-0001 大阪府大阪市北区梅田9-9-9 {shop} 物流課"],
    bmail=["sato.haru1988@mail-nanairo.jp", "tanaka.k@kotobuki-post.jp"],
    trackdom="takuhai-tsuiseki.jp",
    hi_pro=["{n}様", "{n} 様"],
    hi=["{n}様\n\nこの度はお問い合わせいただき、誠にありがとうございます。", "{n}様\n\nいつもご利用いただきありがとうございます。", "{n} 様\n\nお問い合わせありがとうございます。{shop}の{agent}でございます。"],
    bye=["何卒よろしくお願いいたします。", "今後ともよろしくお願い申し上げます。", "引き続きよろしくお願いいたします。"],
    am=dict(subj="Amazonのお客様 {n}様からのお問い合わせ (注文番号: {oid})", subjq="Amazonのお客様 {n}様からの商品詳細に関するお問い合わせ",
            msg="------------- メッセージ: -------------", end="------------- メッセージの終わり -------------",
            fyi="ご参考: 紛争の仲裁と安全確保のため、Amazonを通じて購入者と出品者の間でやり取りされたメッセージはすべて2年間保存されます。Amazonは購入者と出品者を詐欺から守るためにフィルタリング技術を使用しています。",
            resp="セラーセントラルから返信する:", helpful="このEメールはお役に立ちましたか?",
            foot="© 2025 Amazon.com, Inc. or its affiliates. All rights reserved.\nアマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1"),
    wrote="{d} {t} {w}:", ol=("差出人", "送信日時", "宛先", "件名", "-----Original Message-----"),
    iphone="iPhoneから送信", zd="##- 返信する場合は、この行より上に入力してください。 -##", re=["Re:", "RE:", "Re:"], re_std=["Re:", "RE:"],
    hn_q="product question without order id: LINE/WhatsApp calls as earbud feature, 'バカンス' (contains バカ), firmware 1.4.2, 伝票-style numbers absent",
    B=dict(
        where="注文した商品がまだ届きません。お届け予定日を過ぎています。確認していただけますか。",
        damaged="本日商品が届きましたが、箱がつぶれていて、本体の側面にひびが入っていました。どうすればよいでしょうか。",
        invoice="会社の経費で落としたいので、インボイス(適格請求書)を発行していただけますか。宛名は配送先と同じでお願いします。",
        question="このイヤホンでLINE通話はできますか?あと、片耳だけでも使えますか?",
        threat="何度連絡しても返事がありません。商品も動きません。明日までに返金されなければ星1のレビューを書いて、Amazonにも報告します。",
        rude="ふざけてるんですか?色が違うし、電話番号もないし、最低な店ですね。すぐに正しい商品を送ってください。",
        wrong="Mサイズを注文したのにLサイズが届きました。交換できますか?週末までに必要です。",
        ret="やっぱりイメージと違ったので返品したいです。送料はこちら負担になりますか?",
        contact="お電話いただけますか?またはLINEでやり取りできると助かります。"),
    A=dict(
        where=["お待たせしてしまい、大変申し訳ございません。",
               "ご注文({oid})の商品は火曜日に{carrier}へお引き渡ししております。お問い合わせ伝票番号は{trk}です。現在、配送センターに到着しており、{date}までにお届けの見込みでございます。",
               "配送状況は注文履歴からもご確認いただけます:{url_order}",
               "万が一その日までに届かない場合は、再度ご連絡ください。代わりの商品を無料でお送りいたします。"],
        damaged=["せっかくお待ちいただいたのに、このような状態でお届けしてしまい申し訳ございません。",
                 "本日、新しい{prod}を発送いたしました。破損品は返品番号{rma}をご記入のうえ、下記までご返送ください。\n{addr}\n送料は当店が負担いたします。返品ラベルはAmazonのアカウントから発行できます。",
                 "交換ではなく返金({price})をご希望の場合は、お気軽にお申し付けください。"],
        invoice=["承知いたしました。ご注文{oid}の適格請求書(請求書番号{inv}、金額{price}・消費税10%込)を添付いたします。",
                 "当店の{tax}も記載しております。宛名の変更が必要な場合は、正式名称をお知らせください。再発行いたします。"],
        question=["はい、SoraBuds Pro({model})はマイク内蔵のため、LINEやWhatsAppの音声通話にもそのままお使いいただけます。",
                  "片耳のみのご使用も可能です。ファームウェアを1.4.2以降に更新すると、左右どちらでも単独で接続できるようになります。",
                  "防水はIPX5相当ですので、夏のバカンスや雨の日の通勤でも安心してお使いいただけます。"],
        threat=["ご連絡への返信が遅れ、大変ご迷惑をおかけいたしました。心よりお詫び申し上げます。",
                "ご注文{oid}について、{price}の全額返金手続きを完了いたしました。商品のご返送は不要です。カード会社によっては反映まで数日かかる場合がございます。"],
        rude=["色違いの商品が届き、ご不快な思いをおかけしたことをお詫びいたします。",
              "恐れ入りますが、お言葉についてはご配慮いただけますと幸いです。正しいお色の商品は明朝{carrier}にて発送いたします(伝票番号{trk})。誤ってお届けした商品は、Amazonのアカウントから無料でご返品いただけます。",
              "当店では電話窓口を設けておりませんが、こちらのメッセージには通常1営業日以内に返信しております。"],
        wrong=["こちらの梱包ミスでご迷惑をおかけし、申し訳ございません。",
               "Mサイズを本日お急ぎ便で発送いたしました。{date}にお届け予定です。Lサイズは以下から無料でご返品いただけます:{url_return}",
               "費用はかかりませんのでご安心ください。"],
        ret=["承知いたしました。商品到着後30日以内であれば、Amazonの返品窓口から返品いただけます:{url_return}",
             "未使用で付属品がそろっていれば問題ございません。詳しい条件はAmazonのヘルプページをご覧ください:{url_help}",
             "当店に商品が届き次第(通常2〜3日)、{price}を返金いたします。念のため取扱説明書のPDFも添付いたします。"],
        contact=["ご連絡ありがとうございます。恐れ入りますが、ご注文に関するやり取りはお電話やLINEではなく、Amazonのメッセージ機能でのみ承っております。",
                 "お困りの内容をこちらにお書きいただければ、すぐに対応いたします。なお、ご注文{oid}は{date}のお届け予定となっております。"],
        discount=["お写真をお送りいただきありがとうございます。側面の傷を確認いたしました。",
                  "{prod}の使用に問題がなく、そのままお使いいただける場合は、販売価格の20%を返金させていただきます。新品との交換をご希望の場合もお申し付けください。",
                  "ご希望をお知らせいただければ、すぐに手続きいたします。"]),
    fbupd="なお、出品者の評価はAmazonのアカウントからいつでも変更できますが、もちろんお客様のご判断にお任せいたします。",
    reqin="また、お時間のあるときに商品のご感想をお聞かせいただけましたら幸いです:{url_review}",
    P=dict(
        review=("ご注文{oid}の出品者評価のお願い",
                ["先日は{shop}をご利用いただき、ありがとうございました。ご注文{oid}({prod})はお手元に届きましたでしょうか。",
                 "もしよろしければ、当店の対応について出品者評価をお寄せください:{url_fb}",
                 "ご注文について何かございましたら、このメッセージにご返信ください。"],
                "proactive neutral seller-feedback request with order id (the later repeat asks for a product review)"),
        imp=("[Important] 名入れ内容のご確認(ご注文{oid})",
             ["ご注文{oid}の名入れについて、刻印する文字をご確認させてください。",
              "ご指定の「Yui & Sota 2025.4.12」で間違いございませんでしょうか。ご返信をいただき次第、製作に入ります。"],
             "customisation question (engraving)"),
        ret=("ご注文{oid}のお届け先について",
             ["ご注文{oid}のお届け先住所に部屋番号の記載がないため、配送業者から確認の連絡がありました。",
              "お手数ですが、部屋番号をお知らせいただけますでしょうか。"],
             "address clarification needed for delivery"),
        unperm=("ご注文ありがとうございます({oid})",
                ["この度はご注文いただき、誠にありがとうございます。", "スタッフ一同、心より感謝申し上げます。"],
                "proactive thank-you-only message", []),
        noid=("商品のお届けについて",
              ["ご注文いただいたまな板は、本日発送いたしました。到着まで今しばらくお待ちください。"],
              "proactive shipping notice without order id (also a shipping confirmation)", ["unpermitted_proactive"]),
        impbad=("【重要】[IMPORTANT] 新商品のご案内",
                ["いつもご利用ありがとうございます。ご注文{oid}の商品と相性の良い新しいランチバッグを発売しました。ぜひチェックしてください。"],
                ["marketing", "important_tag"], "[IMPORTANT] on a new-product announcement", "proactive", None),
        repeat=("ご注文{oid}の商品レビューのお願い",
                ["先日はご注文ありがとうございました。{prod}の使い心地はいかがでしょうか。",
                 "よろしければ商品レビューをお寄せください:{url_review}"])),
    V=dict(
        incent=("また、商品レビューを投稿していただいた方には、次回使える500円分のAmazonギフトカードをお送りしております。",
                ["review_incentive"], "gift card for a review"),
        manip=("もし気に入っていただけましたら、星5つのレビューをいただけると大変励みになります。ご不満な点がある場合は、レビューの前にまず当店へご連絡ください。",
               ["review_manipulation"], "5-star ask with gating"),
        remove=("問題が解決しましたので、大変恐縮ですが、先日の低評価を削除していただけないでしょうか。削除していただけましたら、次回使える1,000円分のクーポンをお送りします。",
                ["review_incentive", "feedback_removal"], "coupon offered for removing low feedback"),
        market=("ちなみに、今月は当店の全商品が15%オフになるクーポン「SPRING15」を配布中です。この機会にぜひどうぞ。",
                ["marketing"], "coupon for the whole shop"),
        offens=(["いい加減にしてください。",
                 "そんな口の利き方しかできないなら二度と買わなくて結構です。バカじゃないですか。商品は一応送りました(伝票番号{trk})。"],
                ["offensive"], "agent insults the rude buyer"),
        other=(["お手数をおかけしております。",
                "当店のLINE公式アカウント(ID:@{handle})を友だち追加していただければ、写真もすぐに送っていただけます。"],
               ["contact_other"], "moves the buyer to a LINE official account")),
    w=dict(tel="TEL:", web="URL:", mail="Mail:", sent="送信元:", unsub="配信停止はこちら",
           stop="今後このようなメッセージが不要な場合は、「配信停止」とご返信ください。",
           more="お手入れ方法や交換部品はこちら:", write="メールでのお問い合わせ", call="お電話でのお問い合わせ",
           writeto="直接のご連絡はこちらまで:", callnum="お急ぎの場合はお電話ください:{num}",
           wa="WhatsAppでもお問い合わせいただけます:{phone}", tg="Telegramでも受け付けています:@{handle}", at="アットマーク", dot="ドット", dotw="ドット", dsep="",
           digits=["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
           earlier="ご連絡ありがとうございます。確認のうえ、明日改めてご連絡いたします。",
           bphone="電話のほうが早いので、{bphone}までお願いします。", bmail_line="請求書は{bmail}に送ってください。",
           trklink="配送状況は運送会社のサイトでご確認いただけます:", dp="対応する交換部品はこちらです:",
           stores="当店のほかの商品もぜひご覧ください:", see="商品ページはこちら:",
           ordlink="ご注文の詳細:", retlink="返品ラベル:", orders_long="ご注文の状況は、アカウントサービスの注文履歴からいつでもご確認いただけます。こちらのページです:",
           kw_manip="星5つ", kw_inc="ギフトカード",
           f=dict(inv="Invoice", inv_u="適格請求書_{inv}.pdf", man="Manual", photo="Photo", video="Setup_movie",
                  parts="Parts_list", driver="Setup", zip="Documents", care="Care", warranty_u="保証書.pdf")),
)

TX["nl"] = dict(
    lang="nl", dfmt="%d-%m-%Y", qdfmt="%d-%m-%Y", invp="F2025-", locals=["klantenservice", "info", "service", "hallo"],
    buyers=["Sanne", "Joris", "Fleur", "Bram", "Ilse", "Ruben", "Anouk", "Wouter"],
    agents=["Lotte de Wit", "Jeroen", "Eva Bakker", "Thijs"],
    shops=[("Zeebries Wonen", "zeebries-wonen.nl"), ("Fietsfabriek Lindeboom", "fietsfabriek-lindeboom.nl"), ("Klein Geluk Babywinkel", "kleingeluk-baby.nl")],
    team="Klantenservice {shop}",
    prods=[("Nachtlampje Lullaby met sterrenprojectie", "LUL-02"), ("Fietstas dubbel waterdicht 2x20 l", "FT-40"), ("Dekbedovertrek katoensatijn 200x220", "DK-200"),
           ("Slimme deurbel Uitkijk 2", "UK-2"), ("Theepot gietijzer 1,2 l", "TP-12")],
    addrs=["{shop} Retouren, Industrieweg 21, 3542 AD Utrecht", "{shop}, t.a.v. retouren, Havenstraat 8, 9712 KL Groningen"],
    bmail=["sanne.vd.berg@postvak-thuis.nl", "joris1983@mijnmailbox-web.nl"],
    trackdom="pakket-volgen-online.nl",
    hi=["Hoi {n},", "Beste {n},", "Goedemiddag {n},", "Dag {n},", "Beste klant,"],
    bye=["Met vriendelijke groet,", "Groetjes,", "Hartelijke groet,", "Fijne dag en groet,"],
    am=dict(subj="Vraag van Amazon-klant {n} (Bestelling: {oid})", subjq="Vraag over productgegevens van Amazon-klant {n}",
            msg="------------- Bericht: -------------", end="------------- Einde bericht -------------",
            fyi="Ter informatie: om geschillen te kunnen beslechten en vertrouwen en veiligheid te waarborgen, bewaren we alle berichten die kopers en verkopers via Amazon versturen twee jaar lang. Amazon gebruikt filtertechnologie om kopers en verkopers te beschermen tegen mogelijke fraude.",
            resp="Antwoorden via Seller Central:", helpful="Was deze e-mail nuttig?",
            foot="Copyright 2025 Amazon, Inc. of gelieerde ondernemingen. Alle rechten voorbehouden.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
    wrote="Op {d} om {t} schreef {w}:", ol=("Van", "Verzonden", "Aan", "Onderwerp", "-----Oorspronkelijk bericht-----"),
    iphone="Verstuurd vanaf mijn iPhone", zd="##- Typ uw antwoord boven deze regel. -##", re=["Re:", "RE:", "Antw:"], re_std=["Re:", "RE:"],
    hn_q="product question without order id: product name 'Lullaby', 'hoera', WhatsApp-style app notification, firmware 3.2",
    B=dict(
        where="Hoi, ik heb vorige week besteld maar nog niks ontvangen. De track & trace staat al dagen stil. Kunnen jullie even kijken?",
        damaged="Goedemiddag, het pakket is vandaag aangekomen maar het product is beschadigd, er zit een barst in de zijkant en de doos was helemaal ingedeukt. Hoe gaan we dit oplossen?",
        invoice="Hallo, kan ik een factuur krijgen met de btw apart vermeld? Het is voor mijn bedrijf, zelfde adres als de bezorging. Alvast bedankt",
        question="Hoi, werkt het lampje ook met een app op mijn telefoon? En kan je een timer instellen? Groetjes",
        threat="Dit is echt belachelijk. Twee keer gemaild, geen antwoord en het ding doet het niet. Als ik morgen mijn geld niet terug heb krijgen jullie 1 ster en meld ik jullie bij Amazon.",
        rude="Wat een prutsers zijn jullie. Verkeerde kleur, geen telefoonnummer, waardeloze service. Ik wil NU de goede!",
        wrong="Hallo, ik had maat M besteld maar er zat L in het pakket. Kan ik ruilen? Ik heb het eigenlijk voor het weekend nodig.",
        ret="Hoi, het product valt toch tegen. Hoe werkt terugsturen bij jullie en moet ik de verzendkosten betalen?",
        contact="Kunnen jullie me even bellen? Of via WhatsApp, dat is makkelijker dan hier typen."),
    A=dict(
        where=["bedankt voor je bericht en sorry voor het wachten.",
               "Je bestelling {oid} is dinsdag aan {carrier} meegegeven, de Track & Trace-code is {trk}. Volgens de vervoerder ligt het pakket in het sorteercentrum en wordt het uiterlijk {date} bezorgd.",
               "Je kunt de status altijd volgen in je besteloverzicht: {url_order}",
               "Is het er dan nog niet, laat het ons weten, dan sturen we kosteloos een nieuw pakket."],
        damaged=["wat vervelend, zo hoort het natuurlijk niet aan te komen.",
                 "Ik heb vandaag een nieuwe {prod} voor je verstuurd. Het beschadigde exemplaar kun je met retournummer {rma} terugsturen naar:\n{addr}\nDe verzendkosten zijn voor ons, het retourlabel vind je in je Amazon-account.",
                 "Heb je liever je geld terug ({price}) in plaats van een nieuw exemplaar? Laat het maar weten."],
        invoice=["natuurlijk! In de bijlage vind je factuur {inv} voor bestelling {oid}, totaal {price} incl. 21% btw.",
                 "Ons {tax} staat bovenaan de factuur. Moet er een andere bedrijfsnaam op? Stuur me de exacte gegevens, dan maak ik een nieuwe."],
        question=["jazeker. De Lullaby ({model}) werkt met onze gratis app (vanaf versie 3.2) en je kunt er een timer van 15, 30 of 60 minuten mee instellen.",
                  "Je krijgt ook een melding op je telefoon als de batterij bijna leeg is, net zoals een WhatsApp-berichtje. Hoera voor de ouders die 's nachts niet meer hoeven te checken!",
                  "De lamp werkt ook helemaal zonder app, met de knop aan de onderkant."],
        threat=["het spijt me echt dat je zo lang op een antwoord hebt moeten wachten, dat had niet mogen gebeuren.",
                "Ik heb zojuist de volledige terugbetaling van {price} voor bestelling {oid} in gang gezet. Je hoeft verder niets te doen en het artikel ook niet terug te sturen. Afhankelijk van je bank staat het bedrag binnen 3-5 werkdagen op je rekening."],
        rude=["ik snap dat je baalt, een verkeerde kleur is vervelend.",
              "We willen je wel vragen het netjes te houden. Dan de oplossing: het juiste artikel gaat morgenochtend met {carrier} de deur uit, Track & Trace {trk}. Het verkeerde artikel kun je gratis retourneren via je Amazon-account.",
              "We hebben geen telefonische klantenservice, maar hier reageren we meestal binnen één werkdag."],
        wrong=["oei, in het magazijn zijn de maten door elkaar geraakt, sorry!",
               "Maat M gaat vandaag met spoed naar je toe, verwachte bezorging {date}. De L kun je gratis terugsturen via: {url_return}",
               "Je hoeft niets voor te schieten."],
        ret=["geen probleem. Je kunt het artikel binnen 30 dagen via Amazon retourneren, het label maak je hier aan: {url_return}",
             "Het moet wel ongebruikt zijn en in de originele verpakking. Meer info staat in de Amazon-hulp: {url_help}",
             "Zodra het pakket bij ons binnen is (meestal 2-3 dagen) storten we {price} terug. De handleiding stuur ik je voor de zekerheid als pdf mee."],
        contact=["bedankt voor je bericht. Voor bestellingen gebruiken we helaas geen telefoon of WhatsApp: alles loopt via de berichtenservice van Amazon, zodat alles op één plek staat.",
                 "Laat me hier weten wat er aan de hand is, dan pak ik het meteen op. Bestelling {oid} staat trouwens gepland voor bezorging op {date}."],
        discount=["dank je voor de foto's, de kras is goed te zien.",
                  "Als de {prod} verder prima werkt en je hem wilt houden, betalen we 20% van het aankoopbedrag terug als korting. Je kunt ook een nieuw exemplaar krijgen, wat jij wilt.",
                  "Laat maar weten, dan regel ik het direct."]),
    fbupd="Mocht je willen, dan kun je je verkopersbeoordeling altijd aanpassen in je Amazon-account. Dat laten we helemaal aan jou over.",
    reqin="En als je over een paar dagen even tijd hebt, horen we graag wat je van het product vindt: {url_review}",
    P=dict(
        review=("Je bestelling {oid} – wil je een review geven?",
                ["een paar dagen geleden is je bestelling {oid} ({prod}) bezorgd.",
                 "Als je even tijd hebt, zouden we een productreview op Amazon erg waarderen. Andere klanten hebben er veel aan: {url_review}",
                 "Vragen over je bestelling? Beantwoord dan gewoon dit bericht."],
                "proactive neutral review request with order id"),
        imp=("[Important] Bezorgafspraak bestelling {oid}",
             ["je fietsenrek uit bestelling {oid} wordt door een koerier voor grote zendingen bezorgd (1 pallet, ca. 45 kg).",
              "Welke dag vanaf {date} komt het beste uit, en liever 's ochtends of 's middags?"],
             "delivery scheduling of a bulky item"),
        ret=("Vraag over je retour van bestelling {oid}",
             ["we hebben je retour van bestelling {oid} ontvangen, maar de oplader zat er niet bij.",
              "Wil je even kijken of die nog bij jou ligt? Dan kun je hem met hetzelfde label nasturen en ronden we de terugbetaling af."],
             "return-related question"),
        unperm=("We zijn er voor je! (bestelling {oid})",
                ["bedankt voor je bestelling {oid}.", "Heb je vragen of gaat er iets mis? We staan altijd voor je klaar."],
                "proactive 'we are here to help'-only message", []),
        noid=("Je review over de fietstas?",
              ["je hebt onlangs een dubbele fietstas bij ons besteld. Zou je een review willen achterlaten op Amazon? Alvast bedankt!"],
              "proactive review request without order id", []),
        impbad=("[Important] Onze zomercollectie is binnen",
                ["bij bestelling {oid} hoort nu ook een passende hoes. Bekijk onze nieuwe zomercollectie met 20% korting."],
                ["marketing", "important_tag"], "[Important] on a promotion", "proactive", None),
        repeat=("Nog even over bestelling {oid}",
                ["we vroegen je al eerder: als je nog een momentje hebt, horen we graag wat je van je {prod} vindt.", "{url_review}"])),
    V=dict(
        incent=("Tip: laat je een review achter zodra het pakket er is, dan krijg je van ons een cadeaubon van € 7,50 als bedankje.",
                ["review_incentive"], "gift voucher for a review"),
        manip=("Ben je tevreden? Dan zouden 5 sterren ons enorm helpen. Niet tevreden? Mail ons dan eerst, voordat je een review plaatst.",
               ["review_manipulation"], "5-star ask with gating"),
        remove=("Nu alles opgelost is, zou je je negatieve beoordeling willen verwijderen? Voor een kleine winkel als de onze maakt dat echt verschil.",
                ["feedback_removal"], "asks to remove negative feedback"),
        market=("Trouwens, schrijf je in voor onze nieuwsbrief en ontvang als eerste onze aanbiedingen en nieuwe producten!",
                ["marketing"], "newsletter sign-up pitch"),
        offens=(["doe eens normaal.",
                 "Met zulke klootzakken als jij hebben we geen zin om te praten. Je nieuwe artikel is onderweg, Track & Trace {trk}."],
                ["offensive"], "agent insults the rude buyer with profanity"),
        other=(["tuurlijk, dat kan!",
                "Stuur ons een berichtje via Facebook Messenger (zoek op {shop}) of WhatsApp naar {phone}."],
               ["contact_phone", "contact_other"], "Messenger and WhatsApp with a number")),
    w=dict(tel="Tel.", web="Web:", mail="E-mail:", sent="Verzonden met", unsub="Afmelden",
           stop="Wil je geen berichten meer van ons ontvangen? Antwoord dan met STOP.",
           more="Handleidingen en onderdelen vind je op", write="Mail ons direct", call="Bel ons",
           writeto="Je kunt me ook direct mailen op", callnum="Of bel even: {num}",
           wa="Via WhatsApp gaat het sneller: {phone}", tg="We zitten ook op Telegram: @{handle}", at="apenstaartje", dot="punt", dotw="punt",
           digits=["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
           earlier="dank voor je bericht, ik zoek het uit en laat morgenochtend iets weten.",
           bphone="Mijn nummer is {bphone}, als dat makkelijker is.", bmail_line="Stuur de factuur maar naar {bmail}.",
           trklink="Volg je pakket direct bij de vervoerder:", dp="Het passende onderdeel vind je hier:",
           stores="Kijk ook eens in onze winkel voor meer accessoires:", see="Hier de link:",
           ordlink="Je bestelling:", retlink="Retourlabel:", orders_long="De status van al je bestellingen kun je altijd terugvinden in je klantaccount, op de pagina met bestellingen:",
           kw_manip="5 sterren", kw_inc="cadeaubon",
           f=dict(inv="Factuur", inv_u="Factuur_{inv}_één.pdf", man="Handleiding", photo="Foto", video="Montagevideo",
                  parts="Onderdelenlijst", driver="Installatie", zip="Documenten", care="Onderhoud", warranty_u="Garantiebewijs_één.pdf")),
)

TX["pl"] = dict(
    lang="pl", dfmt="%d.%m.%Y", qdfmt="%d.%m.%Y", invp="FV/2025/", locals=["sklep", "obsluga", "kontakt", "pomoc"],
    buyers=["Kasia", "Tomasz", "Agnieszka", "Piotr", "Magda", "Krzysztof", "Ola", "Bartek"],
    agents=["Joanna Wiśniewska", "Michał", "Ewa Zielińska", "Paweł Nowak"],
    shops=[("Dom Pod Sosną", "dompodsosna-sklep.pl"), ("Rowerownia Kozłowski", "rowerownia-kozlowski.pl"), ("Herbaciarnia Wrzos", "herbaciarnia-wrzos.pl")],
    team="Obsługa klienta {shop}",
    prods=[("Zegarek sportowy Sukces GPS", "SG-100"), ("Czajnik elektryczny szklany 1,7 l", "CZ-17G"), ("Lampka rowerowa USB 800 lm", "LR-800"),
           ("Koc z mikrofibry 160x200", "KM-160"), ("Zestaw herbat liściastych 6x50 g", "ZH-6")],
    addrs=["{shop} – Zwroty, ul. Składowa 12, 61-888 Poznań", "{shop}, Magazyn zwrotów, ul. Przemysłowa 4, 30-701 Kraków"],
    bmail=["kasia.nowicka90@pocztadomowa.pl", "tomek.b@mojaskrzynka-web.pl"],
    trackdom="sledzenie-paczek24.pl",
    hi=["Dzień dobry,", "Dzień dobry {n},", "Cześć {n}!", "Witam serdecznie,", "Szanowni Państwo,"],
    bye=["Pozdrawiam serdecznie,", "Z poważaniem,", "Pozdrawiamy,", "Miłego dnia,"],
    am=dict(subj="Zapytanie od klienta Amazon {n} (Zamówienie: {oid})", subjq="Pytanie o szczegóły produktu od klienta Amazon {n}",
            msg="------------- Wiadomość: -------------", end="------------- Koniec wiadomości -------------",
            fyi="Dla Twojej informacji: aby ułatwić rozstrzyganie sporów i dbać o zaufanie i bezpieczeństwo, przechowujemy przez dwa lata wszystkie wiadomości, które kupujący i sprzedawcy wysyłają za pośrednictwem Amazon. Amazon korzysta z technologii filtrowania, aby chronić kupujących i sprzedawców przed oszustwami.",
            resp="Odpowiedz w Seller Central:", helpful="Czy ten e-mail był pomocny?",
            foot="Copyright 2025 Amazon, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg"),
    wrote="W dniu {d} o {t} {w} napisał(a):", ol=("Od", "Wysłano", "Do", "Temat", "-----Wiadomość oryginalna-----"),
    iphone="Wysłane z iPhone'a", zd="##- Wpisz odpowiedź powyżej tej linii. -##", re=["Odp:", "RE:", "Odp:"], re_std=["Odp:", "RE:"],
    hn_q="product question without order id: product name 'Sukces', WhatsApp/Messenger notifications as watch feature, NIP-style numbers elsewhere",
    B=dict(
        where="Dzień dobry, zamówiłam tydzień temu i dalej nic nie doszło. Śledzenie stoi od trzech dni. Możecie sprawdzić co się dzieje?",
        damaged="Dzień dobry, paczka przyszła dzisiaj, ale produkt jest uszkodzony – pęknięcie na boku, karton cały zgnieciony. Co teraz?",
        invoice="Dzień dobry, potrzebuję faktury VAT na firmę, dane takie jak w adresie dostawy. Z góry dziękuję.",
        question="Cześć, czy zegarek pokazuje powiadomienia z telefonu, np. z WhatsAppa? I ile trzyma bateria?",
        threat="To jakiś żart. Dwa maile bez odpowiedzi, produkt nie działa. Jeśli do jutra nie dostanę zwrotu pieniędzy, wystawiam 1 gwiazdkę i zgłaszam was do Amazona.",
        rude="Co za partactwo. Zły kolor, żadnego telefonu, beznadziejna obsługa. Chcę dobry towar NATYCHMIAST.",
        wrong="Dzień dobry, zamówiłem rozmiar M, a przyszedł L. Da się wymienić? Potrzebuję na weekend.",
        ret="Dzień dobry, jednak rezygnuję. Jak wygląda zwrot i czy muszę płacić za przesyłkę?",
        contact="Możecie do mnie zadzwonić? Albo piszmy na WhatsAppie, tak będzie szybciej."),
    A=dict(
        where=["dziękujemy za wiadomość i przepraszamy za zwłokę.",
               "Zamówienie {oid} zostało nadane we wtorek przez {carrier}, numer przesyłki to {trk}. Według przewoźnika paczka jest w sortowni i powinna dotrzeć najpóźniej {date}.",
               "Status można sprawdzić w szczegółach zamówienia: {url_order}",
               "Jeśli do tego czasu nie dojdzie, prosimy o wiadomość – wyślemy nową paczkę bez żadnych kosztów."],
        damaged=["bardzo przepraszamy, produkt nie powinien tak dotrzeć.",
                 "Dzisiaj wysłaliśmy nowy {prod}. Uszkodzony egzemplarz prosimy odesłać z numerem zwrotu {rma} na adres:\n{addr}\nKoszt wysyłki pokrywamy my, etykieta jest dostępna na koncie Amazon.",
                 "Jeśli woli Pani/Pan zwrot pieniędzy ({price}) zamiast wymiany, wystarczy dać znać."],
        invoice=["oczywiście! W załączniku przesyłam fakturę nr {inv} do zamówienia {oid} na kwotę {price} brutto (23% VAT).",
                 "Nasz {tax} jest w nagłówku faktury. Jeśli potrzebne są inne dane nabywcy, proszę je podać, wystawię korektę."],
        question=["tak, zegarek Sukces GPS ({model}) wyświetla powiadomienia z WhatsAppa, Messengera i SMS-ów, ale odpisywać z niego nie można. Potrzebna jest aplikacja w wersji 5.0.3 lub nowszej.",
                  "Bateria wytrzymuje ok. 10 dni przy normalnym użytkowaniu, z włączonym GPS około 20 godzin treningu.",
                  "Pasek jest wymienny (20 mm), pasuje też większość pasków z innych zegarków."],
        threat=["przepraszam, że tak długo czekała Pani na odpowiedź – wiadomości nam umknęły i to nasza wina.",
                "Właśnie zleciłem pełny zwrot {price} za zamówienie {oid}. Nie trzeba nic robić ani odsyłać produktu. W zależności od banku pieniądze będą na koncie w ciągu 3–5 dni roboczych."],
        rude=["rozumiem zdenerwowanie, zły kolor to duża niedogodność.",
              "Prosimy jednak o zachowanie kultury w rozmowie. A teraz rozwiązanie: właściwy produkt wysyłamy jutro rano przez {carrier}, numer przesyłki {trk}. Błędnie wysłany towar można bezpłatnie zwrócić przez konto Amazon.",
              "Nie prowadzimy obsługi telefonicznej, ale tutaj odpowiadamy zwykle w ciągu jednego dnia roboczego."],
        wrong=["przepraszamy, w magazynie pomylono rozmiary!",
               "Rozmiar M wysłaliśmy dziś ekspresowo, dostawa planowana na {date}. Rozmiar L można odesłać za darmo tutaj: {url_return}",
               "Nie ponosi Pan żadnych kosztów."],
        ret=["nie ma problemu. Produkt można zwrócić w ciągu 30 dni przez Amazon, etykietę tworzy się tutaj: {url_return}",
             "Wystarczy, że będzie nieużywany i w oryginalnym opakowaniu. Szczegóły są w pomocy Amazon: {url_help}",
             "Gdy paczka dotrze do magazynu (zwykle 2–3 dni), zwrócimy {price}. W załączniku przesyłam też instrukcję w PDF."],
        contact=["dziękuję za wiadomość. Niestety w sprawie zamówień nie kontaktujemy się telefonicznie ani przez WhatsAppa – cała komunikacja idzie przez wiadomości Amazon, żeby wszystko było w jednym miejscu.",
                 "Proszę napisać tutaj, w czym problem, a od razu się tym zajmę. Widzę, że zamówienie {oid} ma planowaną dostawę na {date}."],
        discount=["dziękuję za zdjęcia, rysa jest dobrze widoczna.",
                  "Jeśli {prod} poza tym działa bez zarzutu i chce go Pani zatrzymać, zwrócimy 20% ceny jako rabat. Możemy też wysłać nowy egzemplarz – jak Pani woli.",
                  "Proszę dać znać, od razu to załatwię."]),
    fbupd="Jeśli ma Pani ochotę, ocenę sprzedawcy można w każdej chwili zmienić na koncie Amazon – to oczywiście wyłącznie Pani decyzja.",
    reqin="A jeśli za kilka dni znajdzie Pan chwilę, chętnie poznamy opinię o produkcie: {url_review}",
    P=dict(
        review=("Zamówienie {oid} – prośba o opinię",
                ["kilka dni temu dostarczyliśmy zamówienie {oid} ({prod}).",
                 "Jeśli znajdzie Pani/Pan chwilę, będziemy wdzięczni za opinię o produkcie na Amazon – pomaga innym klientom w wyborze: {url_review}",
                 "W razie pytań do zamówienia wystarczy odpowiedzieć na tę wiadomość."],
                "proactive neutral review request with order id"),
        imp=("[Important] Brak numeru mieszkania – zamówienie {oid}",
             ["kurier zgłosił, że w adresie do zamówienia {oid} brakuje numeru mieszkania.",
              "Prosimy o podanie numeru w odpowiedzi na tę wiadomość, inaczej paczka może wrócić do nadawcy."],
             "shipping-address problem"),
        ret=("Zamówienie {oid}: wybór koloru",
             ["kolor grafitowy z zamówienia {oid} skończył się w magazynie tuż przed pakowaniem.",
              "Możemy wysłać kolor granatowy jeszcze dziś albo anulować zamówienie i zwrócić pieniądze. Co Pani/Pan woli?"],
             "needs a decision to complete the order"),
        unperm=("Zamówienie {oid} zostało wysłane",
                ["Twoje zamówienie {oid} jest już w drodze!", "Przewoźnik: {carrier}, numer przesyłki: {trk}", "Dziękujemy za zakupy!"],
                "proactive shipping confirmation", []),
        noid=("Prośba o opinię",
              ["dziękujemy za zakup koca z mikrofibry. Będziemy wdzięczni za opinię na Amazon."],
              "proactive review request without order id", []),
        impbad=("Odp: [Important] Pytanie o szczegóły produktu", None,
                ["important_tag"], "[Important] on a reply to a product question", "reply", "question"),
        repeat=("Przypomnienie – zamówienie {oid}",
                ["piszemy jeszcze raz: jeśli nie było okazji, będziemy wdzięczni za opinię o produkcie {prod}.", "{url_review}"])),
    V=dict(
        incent=("Przy okazji: jeśli po otrzymaniu paczki wystawi Pani opinię, zwrócimy 10% wartości zamówienia na konto.",
                ["review_incentive"], "partial refund for a review"),
        manip=("Jeśli wszystko gra, bardzo prosimy o 5 gwiazdek i kilka słów o szybkiej wysyłce. Jak coś nie tak – najpierw do nas, nie do opinii.",
               ["review_manipulation"], "5-star ask, tells what to write, gating"),
        remove=("Skoro sprawa jest już załatwiona, czy mogłaby Pani usunąć negatywny komentarz? Dla małego sklepu to bardzo dużo znaczy.",
                ["feedback_removal"], "asks to remove negative feedback"),
        market=("PS Właśnie ruszyła u nas wyprzedaż – wszystkie herbaty z kolekcji jesiennej 30% taniej!",
                ["marketing"], "sale announcement"),
        offens=(["proszę się uspokoić.",
                 "Z takim chamem jak Pan nie da się normalnie rozmawiać. Towar i tak wysłaliśmy, numer przesyłki {trk}."],
                ["offensive"], "agent insults the rude buyer"),
        other=(["jasne, nie ma sprawy!",
                "Proszę napisać do nas na WhatsAppie albo zadzwonić: {phone}."],
               ["contact_phone", "contact_other"], "WhatsApp and phone number")),
    w=dict(tel="Tel.", web="WWW:", mail="E-mail:", sent="Wysłano przez", unsub="Wypisz się",
           stop="Jeśli nie chce Pan/Pani otrzymywać od nas wiadomości, proszę odpisać STOP.",
           more="Instrukcje i części zamienne znajdziesz na", write="Napisz do nas", call="Zadzwoń do nas",
           writeto="Można też pisać bezpośrednio na", callnum="Albo proszę zadzwonić: {num}",
           wa="Szybciej będzie na WhatsAppie: {phone}", tg="Jesteśmy też na Telegramie: @{handle}", at="małpa", dot="kropka", dotw="kropka",
           digits=["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
           earlier="dziękuję za wiadomość, sprawdzę to i odezwę się jutro rano.",
           bphone="Mój numer: {bphone}, jakby co.", bmail_line="Fakturę proszę wysłać na {bmail}.",
           trklink="Przesyłkę można śledzić na stronie przewoźnika:", dp="Pasująca część jest tutaj:",
           stores="Zapraszamy też do naszego sklepu po więcej akcesoriów:", see="Link do produktu:",
           ordlink="Zamówienie:", retlink="Etykieta zwrotna:", orders_long="Status wszystkich zamówień można w każdej chwili sprawdzić na swoim koncie klienta, na stronie zamówień:",
           kw_manip="5 gwiazdek", kw_inc="zwrócimy",
           f=dict(inv="Faktura", inv_u="Faktura_{inv}_korekta_zażółć.pdf", man="Instrukcja", photo="Zdjecie", video="Film_montaz",
                  parts="Lista_czesci", driver="Instalator", zip="Dokumenty", care="Pielegnacja", warranty_u="Karta_gwarancyjna_łóżko.pdf")),
)

TX["sv"] = dict(
    lang="sv", dfmt="%Y-%m-%d", qdfmt="%Y-%m-%d", invp="F", locals=["kundservice", "hej", "support", "order"],
    buyers=["Elin", "Johan", "Maja", "Oskar", "Linnea", "Fredrik", "Sara", "Emil"],
    agents=["Karin Lindqvist", "Anders", "Hanna Berg", "Viktor Sjöberg"],
    shops=[("Ekhagen Hem & Kök", "ekhagen-hemkok.se"), ("Fjällräv Cykel & Fritid", "fjallravcykel.se"), ("Lilla Lyktan", "lillalyktan-belysning.se")],
    team="Kundservice, {shop}",
    prods=[("Smart termostat Värme Pro", "VP-3"), ("Gjutjärnsgryta 4 l", "GJ-4"), ("Cykelhjälm MIPS storlek M", "CH-M"),
           ("Bordslampa i mässing", "BL-22"), ("Ullfilt 130x170", "UF-130")],
    addrs=["{shop}, Returer, Lagervägen 6, 145 68 Norsborg", "{shop}, Returavdelningen, Industrigatan 14, 212 28 Malmö"],
    bmail=["elin.andersson88@hemmapost.se", "johan.k@minbrevlada-webb.se"],
    trackdom="paketsparning-online.se",
    hi=["Hej {n}!", "Hej {n},", "Hejsan!", "Hej och tack för ditt meddelande, {n}!"],
    bye=["Vänliga hälsningar", "Med vänliga hälsningar", "Ha en fin dag!", "Mvh"],
    am=dict(subj="Förfrågan från Amazon-kunden {n} (Beställning: {oid})", subjq="Fråga om produktinformation från Amazon-kunden {n}",
            msg="------------- Meddelande: -------------", end="------------- Slut på meddelandet -------------",
            fyi="För kännedom: För att kunna medla vid tvister och upprätthålla förtroende och säkerhet sparar vi alla meddelanden som köpare och säljare skickar via Amazon i två år. Amazon använder filtreringsteknik för att skydda köpare och säljare mot bedrägerier.",
            resp="Svara via Seller Central:", helpful="Var det här e-postmeddelandet till hjälp?",
            foot="Copyright 2025 Amazon, Inc. eller dess dotterbolag. Med ensamrätt.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"),
    wrote="Den {d} kl. {t} skrev {w}:", ol=("Från", "Skickat", "Till", "Ämne", "-----Ursprungligt meddelande-----"),
    iphone="Skickat från min iPhone", zd="##- Skriv ditt svar ovanför den här raden. -##", re=["SV:", "Sv:", "Re:"], re_std=["SV:", "Re:"],
    hn_q="product question without order id: 'Fittja', 'slutsåld', Telegram/WhatsApp as app notifications, firmware 2.1.4",
    B=dict(
        where="Hej! Jag beställde för en vecka sedan men inget har kommit. Spårningen har stått still sedan i måndags. Kan ni kolla?",
        damaged="Hej, paketet kom idag men produkten är skadad, det är en spricka på sidan och kartongen var helt intryckt. Vad gör vi nu?",
        invoice="Hej, kan jag få en faktura med momsen specificerad? Det är till min firma, samma adress som leveransen. Tack!",
        question="Hej! Går termostaten att styra från mobilen när man är borta? Och får man larm om det blir för kallt? Bor i Fittja om det spelar roll för täckningen.",
        threat="Det här är under all kritik. Två mejl utan svar och grejen funkar inte. Får jag inte pengarna tillbaka i morgon blir det 1 stjärna och en anmälan till Amazon.",
        rude="Vilka amatörer ni är. Fel färg, inget telefonnummer, skitdålig service. Jag vill ha rätt vara NU.",
        wrong="Hej, jag beställde storlek M men fick L. Kan jag byta? Behöver den till helgen.",
        ret="Hej, jag är inte nöjd ändå. Hur gör jag en retur och måste jag betala frakten?",
        contact="Kan ni ringa mig? Eller skriva på WhatsApp, det är enklare än här."),
    A=dict(
        where=["tack för ditt meddelande och förlåt att du fått vänta.",
               "Din beställning {oid} lämnades till {carrier} i tisdags, kollinumret är {trk}. Enligt transportören ligger paketet på terminalen och ska vara hos dig senast {date}.",
               "Du kan alltid följa statusen under orderdetaljerna: {url_order}",
               "Har det inte kommit då så hör av dig igen, så skickar vi ett nytt utan kostnad."],
        damaged=["vad tråkigt, så ska det verkligen inte se ut.",
                 "Jag har skickat en ny {prod} till dig idag. Den skadade kan du skicka tillbaka med returnummer {rma} till:\n{addr}\nFrakten står vi för, returetiketten hittar du i ditt Amazon-konto.",
                 "Vill du hellre ha pengarna tillbaka ({price}) istället för en ny, säg bara till."],
        invoice=["självklart! Bifogat hittar du faktura {inv} för beställning {oid}, totalt {price} inkl. 25 % moms.",
                 "Vårt {tax} står längst upp på fakturan. Behöver du ett annat företagsnamn så skicka uppgifterna, så gör jag en ny."],
        question=["ja, med appen (version 2.1.4 eller senare) styr du Värme Pro ({model}) var du än är, och du får en push-notis om temperaturen går under den gräns du valt – ungefär som en notis från Telegram eller WhatsApp.",
                  "Termostaten går över ditt wifi hemma, så täckningen i Fittja spelar ingen roll så länge routern når.",
                  "Den vita varianten är tyvärr slutsåld just nu, men den grå finns i lager."],
        threat=["förlåt att du fått vänta så länge på svar, dina meddelanden hade fastnat hos oss och det är inte okej.",
                "Jag har nu gjort en full återbetalning på {price} för beställning {oid}. Du behöver inte göra något mer eller skicka tillbaka varan. Beroende på bank syns pengarna inom 3–5 bankdagar."],
        rude=["jag förstår att du är irriterad, fel färg är verkligen trist.",
              "Vi ber dig ändå hålla en vänlig ton. Så här löser vi det: rätt vara skickas i morgon bitti med {carrier}, kollinummer {trk}. Den felaktiga returnerar du gratis via ditt Amazon-konto.",
              "Vi har ingen telefonsupport, men här svarar vi oftast inom en arbetsdag."],
        wrong=["hoppsan, storlekarna hade blandats ihop på lagret – förlåt!",
               "Storlek M skickas idag med expressfrakt och beräknas komma {date}. L:an returnerar du kostnadsfritt här: {url_return}",
               "Det kostar dig ingenting."],
        ret=["inga problem. Du kan returnera varan inom 30 dagar via Amazon, etiketten skapar du här: {url_return}",
             "Den behöver bara vara oanvänd och i originalförpackningen. Mer info finns i Amazons hjälp: {url_help}",
             "När paketet är hos oss (oftast 2–3 dagar) betalar vi tillbaka {price}. Jag bifogar även bruksanvisningen som pdf."],
        contact=["tack för ditt meddelande. Vi använder tyvärr inte telefon eller WhatsApp för beställningar – all kontakt sker här via Amazons meddelanden så att allt finns samlat.",
                 "Skriv gärna här vad det gäller så tar jag tag i det direkt. Beställning {oid} ska för övrigt levereras {date}."],
        discount=["tack för bilderna, repan syns tydligt.",
                  "Om {prod} fungerar som den ska i övrigt och du vill behålla den, betalar vi tillbaka 20 % av priset som prisavdrag. Annars skickar vi en ny, det väljer du.",
                  "Säg bara till så fixar jag det direkt."]),
    fbupd="Om du vill kan du när som helst ändra ditt säljaromdöme i ditt Amazon-konto – men det är helt upp till dig.",
    reqin="Och om du har en stund om några dagar vill vi gärna höra vad du tycker om produkten: {url_review}",
    P=dict(
        review=("Din beställning {oid} – vill du lämna ett omdöme?",
                ["för några dagar sedan levererades din beställning {oid} ({prod}).",
                 "Om du har en minut blir vi glada för en produktrecension på Amazon, den hjälper andra kunder att välja: {url_review}",
                 "Har du frågor om beställningen svarar du bara på det här meddelandet."],
                "proactive neutral review request with order id"),
        imp=("[Important] Leveranstid för beställning {oid}",
             ["din soffa i beställning {oid} levereras av en speditör med inbärning, och de behöver boka en tid med dig.",
              "Vilken vardag från {date} passar, och helst förmiddag (8–12) eller eftermiddag (12–17)?"],
             "delivery scheduling of a bulky item"),
        ret=("Beställning {oid}: portkod saknas",
             ["budet har hört av sig om beställning {oid}: det saknas portkod och våningsplan i adressen.",
              "Kan du svara med dem här, så kommer leveransen fram utan problem?"],
             "address detail needed for delivery"),
        unperm=("Tack för din beställning {oid}!",
                ["Stort tack för att du handlade hos oss – vi uppskattar det verkligen!"],
                "proactive thank-you-only message", []),
        noid=("Fråga om din leverans",
              ["din gjutjärnsgryta är klar för leverans, men vi behöver veta om den får lämnas utanför dörren. Svara gärna ja eller nej."],
              "proactive delivery question without order id", []),
        impbad=("SV: [Important] Fråga om produktinformation", None,
                ["important_tag"], "[Important] on a reply to a product question", "reply", "question"),
        repeat=("Påminnelse: ditt omdöme om beställning {oid}",
                ["vi hörde av oss förra veckan, men om du inte hunnit än så blir vi jätteglada för en recension av din {prod}.", "{url_review}"])),
    V=dict(
        incent=("Förresten: om du skriver en recension när paketet kommit skickar vi ett presentkort på 100 kr som tack.",
                ["review_incentive"], "gift card promised for a review"),
        manip=("Är du nöjd får du gärna ge oss 5 stjärnor! Är du inte nöjd, hör av dig till oss först istället för att skriva ett omdöme.",
               ["review_manipulation"], "5-star ask with gating"),
        remove=("Nu när allt är löst, skulle du kunna ta bort ditt negativa omdöme? Vi skickar gärna ett presentkort på 200 kr som tack.",
                ["review_incentive", "feedback_removal"], "gift card offered for removing negative feedback"),
        market=("Ps. Följ oss på Instagram @{handle} för inspiration och nyheter – där släpper vi alltid rabattkoder först!",
                ["contact_other", "marketing"], "follow-us on Instagram with discount codes"),
        offens=(["nu får du faktiskt skärpa dig.",
                 "Vi har inte tid med sådana jävla idioter som du. Varan är skickad ändå, kollinummer {trk}."],
                ["offensive"], "agent insults and swears at the rude buyer"),
        other=(["absolut, det fixar vi!",
                "Skicka ett sms eller ring mig direkt på {phone}, så löser vi det snabbare."],
               ["contact_phone"], "asks the buyer to text or call a number")),
    w=dict(tel="Tel:", web="Webb:", mail="E-post:", sent="Skickat med", unsub="Avregistrera dig",
           stop="Vill du inte få fler meddelanden från oss? Svara STOPP.",
           more="Manualer och reservdelar hittar du på", write="Mejla oss direkt", call="Ring oss",
           writeto="Du kan också mejla mig direkt på", callnum="Eller ring: {num}",
           wa="Det går snabbast på WhatsApp: {phone}", tg="Vi finns även på Telegram: @{handle}", at="snabel-a", dot="punkt", dotw="punkt",
           digits=["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
           earlier="tack för ditt meddelande, jag kollar upp det och återkommer i morgon bitti.",
           bphone="Ring gärna på {bphone} om det är enklare.", bmail_line="Skicka fakturan till {bmail} tack.",
           trklink="Följ paketet direkt hos transportören:", dp="Rätt reservdel hittar du här:",
           stores="Kika gärna in i vår butik för fler tillbehör:", see="Här är länken:",
           ordlink="Din beställning:", retlink="Returetikett:", orders_long="Statusen för alla dina beställningar kan du alltid se i ditt kundkonto, på sidan med beställningar:",
           kw_manip="5 stjärnor", kw_inc="presentkort",
           f=dict(inv="Faktura", inv_u="Faktura_{inv}_företag_å.pdf", man="Bruksanvisning", photo="Bild", video="Monteringsvideo",
                  parts="Reservdelslista", driver="Installation", zip="Dokument", care="Skotselrad", warranty_u="Garantibevis_ö.pdf")),
)

TX["pt-BR"] = dict(
    lang="pt", dfmt="%d/%m/%Y", qdfmt="%d/%m/%Y", invp="NF-e ", locals=["atendimento", "sac", "contato", "suporte"],
    buyers=["Ana", "Rafael", "Juliana", "Thiago", "Camila", "Lucas", "Fernanda", "Gustavo"],
    agents=["Patrícia Moura", "Diego", "Renata Lima", "Felipe"],
    shops=[("Casa Jabuticaba Utilidades", "casajabuticaba.com.br"), ("Pedal Brasil Bikes", "pedalbrasil-bikes.com.br"), ("Ipê Iluminação", "ipe-iluminacao.com.br")],
    team="Atendimento {shop}",
    prods=[("Fone de ouvido Bluetooth Samba Pro", "SBP-2"), ("Panela de pressão elétrica 5 L", "PPE-5"), ("Capacete de ciclismo urbano M", "CC-M"),
           ("Luminária de mesa LED articulada", "LM-40"), ("Jogo de toalhas 4 peças algodão", "JT-4")],
    addrs=["{shop} – Devoluções, Rua Voluntários da Pátria 1500, Galpão 3, 02011-100 São Paulo – SP", "{shop}, Av. Brasil 9000, 21030-001 Rio de Janeiro – RJ"],
    bmail=["ana.souza91@caixapostal-br.com.br", "rafa.oliveira@meuemail-web.com.br"],
    trackdom="rastreio-encomendas.com.br",
    hi=["Olá, {n}!", "Oi {n}, tudo bem?", "Bom dia, {n}.", "Olá {n},", "Prezado(a) cliente,"],
    bye=["Abraços,", "Atenciosamente,", "Um abraço e bom dia,", "Qualquer coisa, é só chamar por aqui.\nAbs,"],
    am=dict(subj="Pergunta do cliente da Amazon {n} (Pedido: {oid})", subjq="Pergunta sobre detalhes do produto do cliente da Amazon {n}",
            msg="------------- Mensagem: -------------", end="------------- Encerrar mensagem -------------",
            fyi="Para sua informação: para ajudar a resolver disputas e preservar a confiança e a segurança, mantemos por dois anos todas as mensagens que compradores e vendedores enviam pela Amazon. A Amazon usa tecnologia de filtragem para proteger compradores e vendedores contra possíveis fraudes.",
            resp="Responder pelo Seller Central:", helpful="Este e-mail foi útil?",
            foot="Copyright 2025 Amazon.com, Inc. ou suas afiliadas. Todos os direitos reservados.\nAmazon Serviços de Varejo do Brasil Ltda., Av. Juscelino Kubitschek 2041, Torre E, 18º andar, São Paulo – SP"),
    wrote="Em {d} às {t}, {w} escreveu:", ol=("De", "Enviado", "Para", "Assunto", "-----Mensagem original-----"),
    iphone="Enviado do meu iPhone", zd="##- Digite sua resposta acima desta linha. -##", re=["RES:", "Re:", "RE:"], re_std=["Re:", "RE:"],
    hn_q="product question without order id: WhatsApp/Telegram calls as headset feature, 'computador', 'disputa', firmware 2.3.0",
    B=dict(
        where="Oi, fiz o pedido faz 8 dias e até agora nada. O rastreio tá parado desde segunda. Vocês podem verificar?",
        damaged="Boa tarde, o produto chegou hoje mas veio danificado, tem uma rachadura na lateral e a caixa estava toda amassada. Como faço?",
        invoice="Olá, preciso da nota fiscal no CNPJ da minha empresa, os dados são os mesmos do endereço de entrega. Obrigado",
        question="Oi, dá pra usar o fone pra atender ligação no WhatsApp? E conecta no computador também?",
        threat="Que absurdo. Mandei duas mensagens e ninguém responde, e o produto não funciona. Se até amanhã eu não tiver o reembolso vou dar 1 estrela e denunciar vocês pra Amazon.",
        rude="Vocês são uns incompetentes. Mandaram a cor errada, não tem telefone, atendimento horrível. Quero o certo JÁ.",
        wrong="Olá, pedi o tamanho M e veio G. Dá pra trocar? Preciso pro fim de semana.",
        ret="Oi, acabei não gostando. Como faço a devolução? Tenho que pagar o frete?",
        contact="Vocês podem me ligar? Ou chamar no WhatsApp, é mais fácil do que ficar escrevendo aqui."),
    A=dict(
        where=["obrigada pela mensagem e desculpe a demora.",
               "Seu pedido {oid} foi postado na terça pelos {carrier}, código de rastreamento {trk}. Segundo a transportadora, ele está no centro de distribuição e deve chegar até {date}.",
               "Você pode acompanhar a qualquer momento nos detalhes do pedido: {url_order}",
               "Se não chegar até lá, é só avisar que enviamos outro sem custo."],
        damaged=["sentimos muito, o produto não deveria chegar assim.",
                 "Já enviamos hoje um {prod} novo. O danificado pode ser devolvido com o número de devolução {rma} para:\n{addr}\nO frete é por nossa conta; a etiqueta está disponível na sua conta da Amazon.",
                 "Se preferir o reembolso ({price}) em vez da troca, é só dizer."],
        invoice=["claro! Segue em anexo a nota fiscal {inv} do pedido {oid}, no valor de {price}.",
                 "Nosso {tax} está no cabeçalho. Se precisar de outra razão social, me mande os dados certinhos que eu emito de novo."],
        question=["dá sim! O Samba Pro ({model}) tem microfone embutido e funciona com chamadas normais e também de WhatsApp, Telegram ou Skype pelo celular.",
                  "No computador ele conecta por Bluetooth 5.3; recomendamos atualizar o firmware para a 2.3.0 pelo app.",
                  "E se um dia houver alguma disputa sobre a garantia, os 12 meses contam a partir da data da nota."],
        threat=["peço desculpas pela demora em responder, suas mensagens passaram despercebidas e isso não está certo.",
                "Já solicitei o reembolso total de {price} do pedido {oid}. Você não precisa fazer mais nada nem devolver o produto. Dependendo do banco, o valor aparece em 3 a 5 dias úteis."],
        rude=["entendo a chateação, receber a cor errada é frustrante mesmo.",
              "Pedimos apenas que a conversa continue respeitosa. Dito isso, já resolvemos: o produto certo sai amanhã cedo pela {carrier}, código {trk}, e o errado pode ser devolvido de graça pela sua conta da Amazon.",
              "Não temos atendimento por telefone, mas por aqui respondemos normalmente em até um dia útil."],
        wrong=["poxa, trocaram os tamanhos no estoque, desculpa!",
               "O M já vai hoje por envio expresso, com previsão de entrega em {date}. O G você devolve sem custo por aqui: {url_return}",
               "Você não paga nada."],
        ret=["sem problemas. Você tem 30 dias para devolver pela Amazon; a etiqueta é gerada aqui: {url_return}",
             "Só precisa estar sem uso e na embalagem original. Todas as informações estão na ajuda da Amazon: {url_help}",
             "Assim que o pacote chegar aqui (2 a 3 dias), devolvemos {price}. Mando também o manual em PDF, por via das dúvidas."],
        contact=["obrigado pela mensagem. Infelizmente não usamos telefone nem WhatsApp para pedidos: toda a conversa fica aqui nas mensagens da Amazon, pra ficar tudo registrado num lugar só.",
                 "Me conta por aqui o que está acontecendo que eu resolvo na hora. Vi que o pedido {oid} está com entrega prevista para {date}."],
        discount=["obrigado pelas fotos, dá pra ver bem o arranhão.",
                  "Se o {prod} estiver funcionando direitinho e você quiser ficar com ele, devolvemos 20% do valor como desconto. Se preferir, mandamos um novo – você escolhe.",
                  "É só me avisar que eu faço na hora."]),
    fbupd="Se quiser, você pode atualizar sua avaliação do vendedor a qualquer momento pela sua conta da Amazon – fica totalmente a seu critério.",
    reqin="E se tiver um minutinho daqui a alguns dias, adoraríamos saber sua opinião sobre o produto: {url_review}",
    P=dict(
        review=("Seu pedido {oid} – pode nos dar sua opinião?",
                ["há alguns dias seu pedido {oid} ({prod}) foi entregue.",
                 "Se tiver um minuto, uma avaliação do produto na Amazon ajuda outros clientes a escolher: {url_review}",
                 "Qualquer dúvida sobre o pedido, é só responder esta mensagem."],
                "proactive neutral review request with order id"),
        imp=("[Important] Confirmação da personalização – pedido {oid}",
             ["antes de gravar o seu pedido {oid}, queremos confirmar o texto: \"Família Albuquerque – 2025\".",
              "Está correto, com acento e tudo? Responda esta mensagem que a gente já manda para a produção."],
             "customisation question (engraving text)"),
        ret=("Pedido {oid}: complemento do endereço",
             ["a transportadora avisou que falta o número do apartamento no endereço do pedido {oid}.",
              "Você pode nos informar por aqui? Assim a entrega não volta."],
             "address clarification needed for delivery"),
        unperm=("Pedido {oid} enviado!",
                ["Oba! Seu pedido {oid} já saiu para entrega.", "Transportadora: {carrier} – código de rastreamento: {trk}", "Obrigado por comprar com a gente!"],
                "proactive shipping confirmation", []),
        noid=("Sua opinião sobre a panela de pressão",
              ["você comprou recentemente uma panela de pressão elétrica com a gente. Se puder, deixe uma avaliação na Amazon."],
              "proactive review request without order id", []),
        impbad=("[IMPORTANT] Obrigado pela compra! Pedido {oid}",
                ["só passando para agradecer pelo seu pedido {oid}. Aproveite o seu {prod}!"],
                ["important_tag", "unpermitted_proactive"], "[IMPORTANT] on a thank-you-only message", "proactive", None),
        repeat=("Lembrete: sua avaliação do pedido {oid}",
                ["estamos escrevendo de novo caso não tenha visto a mensagem anterior: sua opinião sobre o {prod} seria muito bem-vinda.", "{url_review}"])),
    V=dict(
        incent=("Ah, e se você deixar uma avaliação quando chegar, a gente te manda um vale-presente de R$ 30 como agradecimento.",
                ["review_incentive"], "gift voucher for a review"),
        manip=("Se gostou, deixa 5 estrelas pra gente? Ajuda demais! Se não gostou, chama a gente antes de avaliar.",
               ["review_manipulation"], "5-star ask with gating"),
        remove=("Agora que resolvemos, você poderia mudar sua avaliação negativa para uma positiva? Faz muita diferença pra gente.",
                ["review_manipulation", "feedback_removal"], "asks to change negative feedback to positive"),
        market=("Aproveitando: essa semana está rolando a Semana do Consumidor aqui na loja, com até 40% de desconto em luminárias!",
                ["marketing"], "sale announcement"),
        offens=(["olha, vamos baixar o tom.",
                 "Incompetente é você, que não sabe nem ler o anúncio, seu otário. Mesmo assim o produto certo já foi, código {trk}."],
                ["offensive"], "agent insults the rude buyer"),
        other=(["claro, sem problema!",
                "Chama a gente no WhatsApp {phone} que resolvemos rapidinho."],
               ["contact_phone", "contact_other"], "WhatsApp number")),
    w=dict(tel="Tel.:", web="Site:", mail="E-mail:", sent="Enviado com", unsub="Cancelar inscrição",
           stop="Não quer mais receber nossas mensagens? Responda SAIR.",
           more="Manuais e peças de reposição em", write="Fale com a gente por e-mail", call="Ligue pra gente",
           writeto="Se preferir, escreva direto para", callnum="Ou ligue: {num}",
           wa="No WhatsApp é mais rápido: {phone}", tg="Também estamos no Telegram: @{handle}", at="arroba", dot="ponto", dotw="ponto",
           digits=["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
           earlier="obrigada pela mensagem, vou verificar e te retorno amanhã cedo.",
           bphone="Meu celular é {bphone}, se for mais fácil.", bmail_line="Manda a nota pro {bmail}, por favor.",
           trklink="Dá pra acompanhar direto no site da transportadora:", dp="A peça compatível é esta:",
           stores="E pra ver o resto dos nossos produtos, é só acessar a loja:", see="Segue o link:",
           ordlink="Seu pedido:", retlink="Etiqueta de devolução:", orders_long="Você pode acompanhar a situação de todos os seus pedidos a qualquer momento na sua conta, na página de pedidos:",
           kw_manip="5 estrelas", kw_inc="vale-presente",
           f=dict(inv="Nota_fiscal", inv_u="Nota_fiscal_{inv}_devolução.pdf", man="Manual", photo="Foto", video="Video_montagem",
                  parts="Lista_pecas", driver="Instalador", zip="Documentos", care="Cuidados", warranty_u="Certificado_de_garantia_ção.pdf")),
)

TX["pt-PT"] = dict(TX["pt-BR"],
    invp="FT 2025/", locals=["apoio", "geral", "encomendas"],
    buyers=["Inês", "João", "Beatriz", "Miguel", "Sofia", "Tiago", "Marta", "Rui"],
    agents=["Catarina Sousa", "Nuno", "Filipa Matos", "Hugo Pereira"],
    shops=[("Loja do Azulejo", "lojadoazulejo.pt"), ("Bicicletaria Tejo", "bicicletaria-tejo.pt"), ("Casa Mondego", "casamondego-loja.pt")],
    team="Apoio ao cliente – {shop}",
    prods=[("Auscultadores Bluetooth Fado Pro", "FP-2"), ("Cataplana em cobre 28 cm", "CT-28"), ("Capacete de bicicleta urbano M", "CB-M"),
           ("Candeeiro de mesa em cortiça", "CC-30"), ("Conjunto de 6 pratos em faiança", "PF-6")],
    addrs=["{shop} – Devoluções, Rua da Prata 180, 1100-422 Lisboa", "{shop}, Zona Industrial da Maia, Lote 12, 4470-122 Maia"],
    bmail=["ines.ferreira90@correio-casa.pt", "joao.m.santos@minhacaixa-web.pt"],
    trackdom="seguimento-envios.pt",
    hi=["Olá {n},", "Bom dia, {n}.", "Caro(a) {n},", "Boa tarde,", "Olá {n}, tudo bem?"],
    bye=["Com os melhores cumprimentos,", "Cumprimentos,", "Obrigada e bom dia,", "Um abraço,"],
    am=dict(TX["pt-BR"]["am"], subj="Pergunta do cliente Amazon {n} (Encomenda: {oid})", subjq="Pergunta sobre detalhes do produto do cliente Amazon {n}",
            foot="Copyright 2025 Amazon, Inc. ou as suas afiliadas. Todos os direitos reservados.\nAmazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo"),
    wrote="A {d}, às {t}, {w} escreveu:", ol=("De", "Enviada", "Para", "Assunto", "-----Mensagem original-----"),
    iphone="Enviado do meu iPhone", zd="##- Escreva a sua resposta acima desta linha. -##", re=["RE:", "Re:", "RE:"], re_std=["RE:", "Re:"],
    hn_q="product question without order id: WhatsApp/Teams calls as headphone feature, 'computador', 'disputa', firmware 2.3.0",
    B=dict(
        where="Olá, fiz a encomenda há uma semana e ainda não recebi nada. O seguimento está parado desde segunda. Podem verificar, por favor?",
        damaged="Boa tarde, a encomenda chegou hoje mas o artigo vem danificado, tem uma racha na lateral e a caixa vinha toda amolgada. Como fazemos?",
        invoice="Bom dia, precisava da fatura com o meu NIF de empresa, os dados são os da morada de entrega. Obrigado.",
        question="Olá, os auscultadores dão para atender chamadas do WhatsApp? E ligam ao computador?",
        threat="Isto é uma vergonha. Duas mensagens sem resposta e o artigo não funciona. Se amanhã não tiver o reembolso dou 1 estrela e faço queixa à Amazon.",
        rude="São uns incompetentes. Mandaram a cor errada, não há telefone, serviço péssimo. Quero o artigo certo JÁ.",
        wrong="Olá, encomendei o tamanho M e veio o L. É possível trocar? Precisava para o fim de semana.",
        ret="Olá, afinal não gostei. Como faço a devolução? Tenho de pagar os portes?",
        contact="Podem ligar-me? Ou falamos pelo WhatsApp, é mais prático do que escrever aqui."),
    A=dict(
        where=["obrigada pela mensagem e desculpe a demora.",
               "A sua encomenda {oid} foi entregue aos {carrier} na terça-feira, com o número de seguimento {trk}. Segundo a transportadora, está no centro de distribuição e deverá chegar até {date}.",
               "Pode acompanhar o estado a qualquer momento nos detalhes da encomenda: {url_order}",
               "Se não chegar até lá, diga-nos e enviamos outra sem qualquer custo."],
        damaged=["lamentamos imenso, o artigo não devia ter chegado assim.",
                 "Enviámos hoje um(a) {prod} novo(a). O danificado pode ser devolvido com o número de devolução {rma} para:\n{addr}\nOs portes ficam por nossa conta; a etiqueta está disponível na sua conta Amazon.",
                 "Se preferir o reembolso ({price}) em vez da troca, basta dizer-nos."],
        invoice=["com certeza! Segue em anexo a fatura {inv} da encomenda {oid}, no valor de {price} com IVA a 23% incluído.",
                 "O nosso {tax} consta do cabeçalho. Se precisar de outra designação social, envie-me os dados exatos e emito nova fatura."],
        question=["sim! Os Fado Pro ({model}) têm microfone integrado e funcionam com chamadas normais e também de WhatsApp ou Teams através do telemóvel.",
                  "No computador ligam por Bluetooth 5.3; aconselhamos atualizar o firmware para a versão 2.3.0 através da aplicação.",
                  "E se um dia houver alguma disputa sobre a garantia, os 3 anos contam a partir da data da fatura."],
        threat=["peço desculpa pela demora, as suas mensagens escaparam-nos e isso não está certo.",
                "Já processei o reembolso total de {price} da encomenda {oid}. Não precisa de fazer mais nada nem de devolver o artigo. Consoante o banco, o valor fica disponível em 3 a 5 dias úteis."],
        rude=["compreendo o incómodo, receber a cor errada é mesmo frustrante.",
              "Pedimos apenas que a conversa se mantenha cordial. Dito isto, já está resolvido: o artigo certo segue amanhã de manhã pelos {carrier}, seguimento {trk}, e o errado pode ser devolvido gratuitamente pela sua conta Amazon.",
              "Não temos apoio telefónico, mas aqui respondemos normalmente no prazo de um dia útil."],
        wrong=["peço imensa desculpa, houve uma troca de tamanhos no armazém!",
               "O M segue hoje por correio expresso, com entrega prevista a {date}. O L pode devolvê-lo gratuitamente aqui: {url_return}",
               "Não tem de pagar nada."],
        ret=["sem problema. Tem 30 dias para devolver o artigo através da Amazon; a etiqueta cria-se aqui: {url_return}",
             "Basta que esteja sem uso e na embalagem original. Toda a informação está na ajuda da Amazon: {url_help}",
             "Assim que a encomenda chegar ao armazém (2 a 3 dias), reembolsamos {price}. Envio também o manual em PDF, para o caso de mudar de ideias."],
        contact=["obrigado pela mensagem. Infelizmente não utilizamos telefone nem WhatsApp para as encomendas: fica tudo aqui nas mensagens da Amazon, para estar tudo registado no mesmo sítio.",
                 "Diga-me por aqui o que se passa e trato já do assunto. Vejo, aliás, que a encomenda {oid} tem entrega prevista para {date}."],
        discount=["obrigada pelas fotografias, nota-se bem o risco.",
                  "Se o artigo funcionar bem e quiser ficar com ele, reembolsamos 20% do valor a título de desconto. Se preferir, enviamos um novo – como lhe der mais jeito.",
                  "Diga-me qualquer coisa e trato já disso."]),
    fbupd="Se quiser, pode atualizar a sua avaliação do vendedor a qualquer momento na sua conta Amazon – fica inteiramente ao seu critério.",
    reqin="E se daqui a uns dias tiver um minuto, gostaríamos muito de saber a sua opinião sobre o artigo: {url_review}",
    P=dict(TX["pt-BR"]["P"],
        imp=("[Important] Marcação da entrega – encomenda {oid}",
             ["o sofá da encomenda {oid} é entregue por uma transportadora de volumes grandes, que precisa de marcar o dia consigo.",
              "Que dia útil a partir de {date} lhe dá mais jeito, e prefere de manhã ou à tarde?"],
             "delivery scheduling of a bulky item"),
        ret=("Encomenda {oid}: devolução incompleta",
             ["recebemos a devolução da encomenda {oid}, mas faltava o carregador na caixa.",
              "Pode verificar se ficou consigo? Se sim, basta enviá-lo com a mesma etiqueta e concluímos o reembolso."],
             "return-related question"),
        unperm=("A sua encomenda {oid} foi expedida",
                ["A sua encomenda {oid} já foi expedida pelos {carrier}.", "Número de seguimento: {trk}", "Obrigado pela sua preferência!"],
                "proactive shipping confirmation", []),
        noid=("A sua opinião sobre a cataplana",
              ["comprou recentemente uma cataplana em cobre na nossa loja. Se puder, deixe-nos uma avaliação na Amazon. Obrigada!"],
              "proactive review request without order id", []),
        impbad=("RE: [Important] Pergunta sobre detalhes do produto", None,
                ["important_tag"], "[Important] on a reply to a product question", "reply", "question")),
    V=dict(
        incent=("Já agora: se deixar uma avaliação quando receber, oferecemos-lhe portes grátis na próxima encomenda.",
                ["review_incentive"], "free shipping on the next order for a review"),
        manip=("Se ficou satisfeito, agradecíamos imenso as 5 estrelas! Caso contrário, fale connosco antes de avaliar.",
               ["review_manipulation"], "5-star ask with gating"),
        remove=("Agora que está tudo resolvido, seria possível retirar a avaliação negativa? Para uma loja pequena faz mesmo diferença.",
                ["feedback_removal"], "asks to remove negative feedback"),
        market=("Aproveitamos para lhe dizer que a nossa nova coleção de faiança de Coimbra já chegou – use o código PRIMAVERA10 para 10% de desconto.",
                ["marketing"], "new collection with discount code"),
        offens=(["olhe, tenha calma.",
                 "Incompetente é o senhor, seu palerma, que nem lê a descrição. Mesmo assim o artigo certo já seguiu, seguimento {trk}."],
                ["offensive"], "agent insults the rude buyer"),
        other=(["claro, sem problema!",
                "Envie-nos uma mensagem pelo Facebook (procure {shop}) e tratamos disso num instante."],
               ["contact_other"], "moves the buyer to Facebook Messenger")),
    w=dict(TX["pt-BR"]["w"], tel="Tel.:", kw_inc="portes grátis", stop="Não pretende receber mais mensagens nossas? Responda REMOVER.",
           bphone="O meu telemóvel é {bphone}, se for mais fácil.", bmail_line="Envie a fatura para {bmail}, por favor.",
           earlier="obrigada pela mensagem, vou verificar e respondo amanhã de manhã.",
           f=dict(TX["pt-BR"]["w"]["f"], inv="Fatura", inv_u="Fatura_{inv}_segunda_via_ção.pdf")),
)

TX["en"] = dict(
    lang="en", dfmt="%d/%m/%Y", qdfmt="%d %b %Y", invp="INV-", locals=["support", "help", "orders", "hello"],
    buyers=["Josh", "Megan", "Priya", "Callum", "Dave", "Rachel", "Tom", "Aisha"],
    agents=["Hannah Price", "Mike", "Siobhan Kelly", "Ravi Patel"],
    shops=[("Harbourside Homeware", "harbourside-homeware.co.uk"), ("Ridgeback Cycles", "ridgeback-cycles-shop.com"), ("Little Acorn Baby Co", "littleacornbaby.com")],
    team="{shop} Customer Support",
    prods=[("Smart Plug Mini 2-pack (Wi-Fi)", "SPM-2"), ("Cast Iron Skillet 10in", "CI-10"), ("Bike Helmet with MIPS, Medium", "BH-M"),
           ("Bamboo Bath Mat", "BM-60"), ("Classic Wool Throw Blanket", "WT-150")],
    addrs=["{shop} Returns, Unit 4 Riverside Trading Estate, Scunthorpe DN15 8XX", "{shop} Returns Dept., 1200 Industrial Pkwy Ste 5, Columbus, OH 43219"],
    bmail=["josh.m.1990@homemail-box.com", "megan_t@mymailspot.co.uk"],
    trackdom="parcel-tracker-live.com",
    hi=["Hi {n},", "Hello {n},", "Hi there,", "Dear {n},", "Hey {n},", "Good morning {n},"],
    bye=["Kind regards,", "Best,", "Thanks again,", "Cheers,", "All the best,"],
    am=dict(subj="Inquiry from Amazon customer {n} (Order: {oid})", subjq="Product details inquiry from Amazon customer {n}",
            msg="------------- Message: -------------", end="------------- End message -------------",
            fyi="For Your Information: To help arbitrate disputes and preserve trust and safety, we retain all messages buyers and sellers send through Amazon for two years. This includes your response to the message below. Amazon uses filtering technology to protect buyers and sellers from possible fraud. Messages that fail this filtering will not be transmitted.",
            resp="Respond through Seller Central:", helpful="Was this email helpful?",
            foot="Copyright 2025 Amazon.com, Inc. or its affiliates. All rights reserved.\nAmazon.com, 410 Terry Avenue North, Seattle, WA 98109-5210"),
    wrote="On {d}, at {t}, {w} wrote:", ol=("From", "Sent", "To", "Subject", "-----Original Message-----"),
    iphone="Sent from my iPhone", zd="##- Please type your reply above this line -##", re=["Re:", "RE:", "Re:"], re_std=["Re:", "RE:"],
    hn_q="product question without order id: Alexa/WhatsApp/Skype named as features, 'assistant', 'Scunthorpe' return address elsewhere, firmware 1.2.9",
    B=dict(
        where="Hi, I ordered over a week ago and still nothing. Tracking hasn't updated since Monday. Can you check what's going on please?",
        damaged="Hello, the parcel arrived today but the item is damaged - there's a crack down the side and the box was crushed. What do I do now?",
        invoice="Hi, could I get a VAT invoice please? It's for my business, same address as delivery. Thanks",
        question="Hi, do these plugs work with Alexa and can I set schedules from my phone when I'm away? thx",
        threat="This is ridiculous. Two messages and no reply and the thing doesn't even work. If I don't get my money back by tomorrow I'm leaving 1 star and reporting you to Amazon.",
        rude="What a joke of a company. Wrong colour, no phone number, useless service. I want the right one NOW.",
        wrong="Hi, I ordered a medium but got a large. Can I swap it? I need it for the weekend ideally.",
        ret="Hi, I've decided it's not for me. How do I return it and do I have to pay postage?",
        contact="Can you give me a ring? Or message me on WhatsApp, easier than typing on here."),
    A=dict(
        where=["thanks for getting in touch, and sorry for the wait.",
               "Your order {oid} was handed to {carrier} on Tuesday, tracking number {trk}. The carrier shows it at the local depot, so it should be with you by {date} at the latest.",
               "You can check the status any time in your order details: {url_order}",
               "If it hasn't turned up by then just let me know and we'll send a replacement free of charge."],
        damaged=["I'm really sorry - it definitely shouldn't have arrived like that.",
                 "I've sent a brand new {prod} out to you today. For the damaged one, please send it back quoting return number {rma} to:\n{addr}\nWe'll cover the postage; the label is available in your Amazon account as usual.",
                 "If you'd rather have a refund ({price}) instead of the replacement, just say the word."],
        invoice=["of course! Please find attached invoice {inv} for order {oid}, total {price} including VAT.",
                 "Our {tax} is shown at the top. If you need a different company name on it, send me the exact wording and I'll reissue it."],
        question=["yes - the Smart Plug Mini ({model}) works with Alexa and Google Assistant, and the app (version 1.2.9 or later) lets you set schedules and switch the plugs on or off from anywhere.",
                  "You can also get a push alert when a plug switches, a bit like a WhatsApp notification, and the energy-use analysis is in the Stats tab. They don't support Skype or video calls of course, they're just plugs!",
                  "One small thing: they need 2.4 GHz Wi-Fi, 5 GHz-only networks won't work."],
        threat=["I'm sorry you had to chase us - your messages slipped through and that's not OK.",
                "I've just issued a full refund of {price} for order {oid}. You don't need to do anything else or send the item back. Depending on your bank it should show within 3-5 working days."],
        rude=["I understand you're frustrated - getting the wrong colour is annoying, especially when you've been waiting for it.",
              "We'd ask you to keep things civil, though. Here's what we're doing: the correct item goes out tomorrow morning with {carrier}, tracking number {trk}, and you can return the wrong one free of charge through your Amazon account.",
              "We don't offer phone support, but we usually reply here within one working day."],
        wrong=["sorry about that, our warehouse mixed up the sizes!",
               "I've sent a medium out today by express, due with you on {date}. You can return the large for free here: {url_return}",
               "It won't cost you anything."],
        ret=["no problem at all. You can return it within 30 days through Amazon - create the label here: {url_return}",
             "It just needs to be unused and in its original packaging. Full details are in Amazon's help pages: {url_help}",
             "As soon as it's back with us (usually 2-3 days) we'll refund {price}. I've attached the manual as a PDF too, just in case."],
        contact=["thanks for your message. I'm afraid we don't use phone or WhatsApp for orders - everything goes through Amazon messaging so it's all recorded in one place.",
                 "Just let me know here what the problem is and I'll sort it straight away. I can see order {oid} is due to be delivered on {date}."],
        discount=["thanks for the photos, the scratch is clearly visible.",
                  "If the {prod} works fine otherwise and you'd like to keep it, we'll refund 20% of the price as a discount. Or we can send you a new one - whichever you prefer.",
                  "Just let me know and I'll get it done."]),
    fbupd="If you'd like to, you can update your seller feedback at any time from your Amazon account - entirely up to you, of course.",
    reqin="And if you have a moment in a few days, we'd appreciate your thoughts on the product: {url_review}",
    P=dict(
        review=("Your order {oid} - would you share your thoughts?",
                ["your order {oid} ({prod}) was delivered a few days ago.",
                 "If you have a moment, we'd appreciate a product review on Amazon - it helps other customers decide: {url_review}",
                 "If you have any questions about the order, just reply to this message."],
                "proactive neutral review request with order id"),
        imp=("Your order {oid} - delivery address problem [IMPORTANT]",
             ["the courier couldn't deliver order {oid} because the flat number is missing from the address.",
              "Could you reply with the full address? The parcel will be held at the depot until the {date}."],
             "shipping-address problem (tag at the end, upper case)"),
        ret=("Question about your return - order {oid}",
             ["we've received the return for order {oid}, but the charging cable wasn't in the box.",
              "Could you check whether it's still with you? If so, just send it back with the same label and we'll complete the refund."],
             "return-related question"),
        unperm=("Out of stock - order {oid}",
                ["unfortunately the item in your order {oid} is currently out of stock and we don't have a restock date yet.",
                 "Sorry for the inconvenience."],
                "proactive out-of-stock notice", []),
        noid=("Regarding your recent order",
              ["we noticed your recent skillet order was delivered. If you have a moment, we'd appreciate a review on Amazon."],
              "proactive review request without order id; 'Regarding' is not a reply prefix", []),
        impbad=("[Important] Thank you for shopping with us! Order {oid}",
                ["we just wanted to say thank you for your order {oid}. We hope you love your {prod}!",
                 "If you ever need anything, we're here to help."],
                ["important_tag", "unpermitted_proactive"], "[Important] on a thank-you / here-to-help message", "proactive", None),
        repeat=("Reminder: your review of order {oid}",
                ["just following up on our earlier message - if you haven't had the chance yet, we'd love to hear what you think of your {prod}.",
                 "{url_review}"])),
    V=dict(
        incent=("Also, if you leave us a review once it arrives, we'll refund your postage as a thank you - just send us a screenshot.",
                ["review_incentive"], "postage refund for a review screenshot"),
        manip=("If you're happy with the replacement, a 5-star review would really make our day! If not, please message us first before leaving any feedback.",
               ["review_manipulation"], "5-star ask with gating"),
        remove=("Now that it's all sorted, would you mind removing the negative feedback you left? We'd be happy to send a £10 Amazon gift card for your trouble.",
                ["review_incentive", "feedback_removal"], "gift card offered for removing negative feedback"),
        market=("By the way, our new cast iron range just launched - use code IRON20 for 20% off your next order!",
                ["marketing"], "new product range with discount code"),
        offens=(["honestly, calm down.",
                 "Maybe read the listing before throwing a tantrum like a complete moron. The other colour's on its way anyway, tracking {trk}."],
                ["offensive"], "agent insults the rude buyer"),
        other=(["sure, happy to make it easier!",
                "Drop us a message on WhatsApp at {phone} or find us on Facebook and we'll sort it in no time."],
               ["contact_phone", "contact_other"], "WhatsApp number and Facebook")),
    w=dict(tel="Tel:", web="Web:", mail="Email:", sent="Sent with", unsub="Unsubscribe",
           stop="Don't want to hear from us? Reply STOP to opt out of future messages.",
           more="Care guides and spare parts at", write="Email us", call="Call us",
           writeto="You can also email me directly at", callnum="Or give us a call: {num}",
           wa="Quickest is WhatsApp: {phone}", tg="We're on Telegram too: @{handle}", at="(at)", dot="(dot)", dotw="dot",
           digits=["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
           earlier="thanks for your message, I'll look into this and get back to you tomorrow morning.",
           bphone="My number's {bphone} if that's quicker.", bmail_line="Please send the invoice to {bmail}.",
           trklink="You can track it directly with the courier here:", dp="The compatible part is here:",
           stores="And feel free to browse the rest of our range:", see="Here's the link:",
           ordlink="Your order:", retlink="Return label:", orders_long="You can check the status of all your orders at any time from your account, on the orders page at",
           kw_manip="5-star", kw_inc="refund",
           f=dict(inv="Invoice", inv_u="Invoice_{inv}_café.pdf", man="User_Manual", photo="Photo", video="Assembly_video",
                  parts="Spare_parts", driver="Setup", zip="Documents", care="Care_guide", warranty_u="Warranty_card_Ø.pdf")),
)

if __name__ == "__main__":
    main()

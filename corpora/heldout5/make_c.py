#!/usr/bin/env python3
"""Held-out corpus 5, part C (files 0201-0285): Japanese, Polish, Swedish, English on SG/AE/TR/BE,
and a few German/French messages written with Outlook and Thunderbird.

Standard library only, fixed seed (5003): every run writes byte-identical files.
Writes msgs/02xx-*.eml (only numbers 0201-0285) and labels-c.jsonl next to this script.
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
import quopri
import random
import re
import struct
import sys
import zipfile
import zlib
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
MSGS = os.path.join(HERE, 'msgs')
LABELS = os.path.join(HERE, 'labels-c.jsonl')
FIRST_NO = 201
rng = random.Random(5003)

CATS = ['external_link', 'contact_email', 'contact_phone', 'contact_other', 'review_incentive',
        'review_manipulation', 'feedback_removal', 'repeat_request', 'marketing', 'opt_out',
        'tracking_pixel', 'attachment', 'styling', 'offensive', 'important_tag', 'missing_order_id',
        'unpermitted_proactive']

CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'us-ascii': 'ascii'}


def codec(cs):
    return CODEC.get(cs.lower(), cs.lower())


# ----------------------------------------------------------------------------- random ids
USED_OIDS = set()


def new_oid():
    while True:
        o = '%d-%07d-%07d' % (rng.randint(502, 506), rng.randint(0, 9999999), rng.randint(0, 9999999))
        if o not in USED_OIDS:
            USED_OIDS.add(o)
            return o


def new_relay(tld, sub=''):
    s = ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(15))
    return '%s@%smarketplace.amazon.%s' % (s, sub, tld)


def new_asin():
    return 'B0' + ''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(8))


def hexs(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def upper_tok(n):
    return ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(n))


def ses_id():
    return '<0102018e%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (
        hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


TZ = {'jp': 9, 'pl': 1, 'se': 1, 'sg': 8, 'ae': 4, 'tr': 3, 'be': 1, 'de': 1, 'fr': 1}


def D(y, mo, d, h, mi, tzh):
    return dt.datetime(y, mo, d, h, mi, rng.randint(0, 59), tzinfo=dt.timezone(dt.timedelta(hours=tzh)))


# ----------------------------------------------------------------------------- binary builders
def make_pdf(lines, title='Document'):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT\n/F1 11 Tf\n50 790 Td\n15 TL\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in lines) + 'ET\n'
    cb = content.encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(cb) + cb + b'endstream',
            ('<< /Title (%s) /Producer (hd-pdf 2.1) >>' % esc(title)).encode('latin-1')]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += b''.join(b'%010d 00000 n \n' % o for o in offs)
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out


def _png_chunk(t, data):
    return struct.pack('>I', len(data)) + t + data + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)


def make_png(w, h, seed=1):
    r = random.Random(seed)
    rows = b''
    base = (r.randint(60, 200), r.randint(60, 200), r.randint(60, 200))
    for y in range(h):
        rows += b'\x00' + b''.join(bytes(((base[0] + x * 3) % 256, (base[1] + y * 2) % 256, base[2]))
                                   for x in range(w))
    return (b'\x89PNG\r\n\x1a\n' + _png_chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + _png_chunk(b'IDAT', zlib.compress(rows, 9)) + _png_chunk(b'IEND', b''))


def make_jpeg(w=16, h=16):
    """Baseline greyscale JPEG, flat mid-grey; minimal one-code Huffman tables (valid for any decoder)."""
    assert w % 8 == 0 and h % 8 == 0
    soi = b'\xff\xd8'
    app0 = b'\xff\xe0' + struct.pack('>H', 16) + b'JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00'
    dqt = b'\xff\xdb' + struct.pack('>H', 67) + b'\x00' + bytes([1] * 64)
    sof = b'\xff\xc0' + struct.pack('>HBHHB', 11, 8, h, w, 1) + b'\x01\x11\x00'
    counts = bytes([1] + [0] * 15)
    dht_dc = b'\x00' + counts + b'\x00'
    dht_ac = b'\x10' + counts + b'\x00'
    dht = b'\xff\xc4' + struct.pack('>H', 2 + len(dht_dc) + len(dht_ac)) + dht_dc + dht_ac
    sos = b'\xff\xda' + struct.pack('>HB', 8, 1) + b'\x01\x00' + b'\x00\x3f\x00'
    nblocks = (w // 8) * (h // 8)
    nbits = 2 * nblocks          # DC "0" (diff 0) + AC EOB "0"
    nbytes = (nbits + 7) // 8
    pad = nbytes * 8 - nbits
    data = bytearray(nbytes)
    if pad:
        data[-1] = (1 << pad) - 1   # pad with 1-bits
    return soi + app0 + dqt + sof + dht + sos + bytes(data) + b'\xff\xd9'


def _lzw_uncompressed(pixels):
    # min code size 2: clear=4, end=5, 3-bit codes; a clear every 2 pixels keeps the code size at 3 bits.
    codes = []
    for i in range(0, len(pixels), 2):
        codes.append(4)
        codes.extend(pixels[i:i + 2])
    codes.append(5)
    acc = 0
    n = 0
    out = bytearray()
    for c in codes:
        acc |= c << n
        n += 3
        while n >= 8:
            out.append(acc & 0xff)
            acc >>= 8
            n -= 8
    if n:
        out.append(acc & 0xff)
    blocks = b''
    for i in range(0, len(out), 255):
        chunk = bytes(out[i:i + 255])
        blocks += bytes([len(chunk)]) + chunk
    return b'\x02' + blocks + b'\x00'


def make_gif(w=16, h=16, frames=1):
    gct = bytes([255, 255, 255, 230, 90, 30, 30, 90, 200, 0, 0, 0])   # 4 colours
    out = b'GIF89a' + struct.pack('<HHBBB', w, h, 0xF1, 0, 0) + gct
    if frames > 1:
        out += b'\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    for f in range(frames):
        out += b'\x21\xf9\x04\x04' + struct.pack('<H', 40) + b'\x00\x00'
        pix = [((x // 4 + y // 4 + f) % 3) + (1 if f else 0) for y in range(h) for x in range(w)]
        pix = [p % 4 for p in pix]
        out += b'\x2c' + struct.pack('<HHHHB', 0, 0, w, h, 0) + _lzw_uncompressed(pix)
    return out + b'\x3b'


def make_zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 4, 10, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def make_exe():
    dos = bytearray(128)
    dos[0:2] = b'MZ'
    struct.pack_into('<H', dos, 2, 0x90)
    struct.pack_into('<I', dos, 0x3c, 0x80)
    stub = b'\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$'
    dos[0x40:0x40 + len(stub)] = stub
    coff = b'PE\x00\x00' + struct.pack('<HHIIIHH', 0x14c, 1, 0x65e5a000, 0, 0, 0xe0, 0x0102)
    opt = struct.pack('<HBB', 0x10b, 14, 0) + bytes(0xe0 - 4)
    sect = b'.text\x00\x00\x00' + struct.pack('<IIIIIIHHI', 0x200, 0x1000, 0x200, 0x400, 0, 0, 0, 0, 0x60000020)
    body = bytes(dos) + coff + opt + sect
    body += bytes(0x400 - len(body)) + b'\x55\x8b\xec\x33\xc0\x5d\xc3' + bytes(0x200 - 7)
    return body


def _box(t, data):
    return struct.pack('>I', 8 + len(data)) + t + data


def make_mp4():
    ftyp = _box(b'ftyp', b'isom' + struct.pack('>I', 512) + b'isomiso2avc1mp41')
    mvhd = _box(b'mvhd', bytes(4) + struct.pack('>IIII', 0, 0, 1000, 4000) + struct.pack('>IH', 0x00010000, 0x0100)
                + bytes(10) + struct.pack('>9I', 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000) + bytes(24)
                + struct.pack('>I', 2))
    moov = _box(b'moov', mvhd)
    mdat = _box(b'mdat', bytes(random.Random(7).randrange(256) for _ in range(2048)))
    return ftyp + moov + mdat


# ----------------------------------------------------------------------------- MIME writer
def enc_words(s, cs='utf-8'):
    if all(ord(c) < 128 for c in s):
        return s
    cdc = codec(cs)
    words, chunk = [], ''
    for ch in s:
        trial = chunk + ch
        if chunk and len(base64.b64encode(trial.encode(cdc))) + len(cs) + 7 > 74:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    return '\n '.join('=?%s?B?%s?=' % (cs.upper(), base64.b64encode(w.encode(cdc)).decode()) for w in words)


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), a)
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (enc_words(name, cs), a)


def encode_body(text, cs, cte):
    raw = text.encode(codec(cs))
    if not raw.endswith(b'\n'):
        raw += b'\n'
    if cte == '7bit':
        assert max(raw) < 128, 'non-ascii in 7bit'
        return raw
    if cte == '8bit':
        return raw
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    raise ValueError(cte)


class Leaf:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body


class Multi:
    def __init__(self, subtype, parts, boundary, extra=''):
        self.subtype, self.parts, self.boundary, self.extra = subtype, parts, boundary, extra


def text_part(text, subtype='plain', cs='utf-8', cte='quoted-printable', flowed=False):
    params = '; charset="%s"' % cs if rng.random() < 0.5 else '; charset=%s' % cs
    if flowed:
        params += '; format=flowed'
    return Leaf(['Content-Type: text/%s%s' % (subtype, params), 'Content-Transfer-Encoding: %s' % cte],
                encode_body(text, cs, cte))


def attach(data, filename, ctype, disp='attachment', cid=None, fname_cs='utf-8'):
    if all(ord(c) < 128 for c in filename):
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disp, filename)
    else:
        enc = "%s''%s" % (fname_cs, quote(filename.encode(codec(fname_cs)), safe=''))
        ct = '%s;\n name*=%s' % (ctype, enc)
        cd = '%s;\n filename*=%s' % (disp, enc)
    hs = ['Content-Type: ' + ct, 'Content-Disposition: ' + cd, 'Content-Transfer-Encoding: base64']
    if cid:
        hs.append('Content-ID: <%s>' % cid)
    return Leaf(hs, base64.encodebytes(data))


def render(p):
    if isinstance(p, Leaf):
        return '\n'.join(p.headers).encode('ascii') + b'\n\n' + p.body
    out = ('Content-Type: multipart/%s;%s\n boundary="%s"\n\n' % (p.subtype, p.extra, p.boundary)).encode('ascii')
    if rng.random() < 0.5:
        out += b'This is a multi-part message in MIME format.\n'
    for sp in p.parts:
        body = render(sp)
        if not body.endswith(b'\n'):
            body += b'\n'
        out += b'\n--' + p.boundary.encode() + b'\n' + body
    out += b'\n--' + p.boundary.encode() + b'--\n'
    return out


def boundary(style='std'):
    if style == 'outlook':
        return '_000_%s%s_' % (upper_tok(20), hexs(4))
    if style == 'tb':
        return '------------%s' % upper_tok(24)
    if style == 'zendesk':
        return '--==_mimepart_%s_%d' % (hexs(13), rng.randint(100000, 999999))
    return '----=_Part_%d_%d.%d' % (rng.randint(10000, 99999), rng.randint(100000000, 999999999),
                                   rng.randint(1700000000000, 1719999999999))


# ----------------------------------------------------------------------------- Amazon notifications
NOTE = {
    'en': dict(msg='------------- Message: -------------', end='------------- End message -------------',
               order='Order ID', item='{q} of {t} [ASIN: {a}]',
               respond='To respond to this customer, please reply to this e-mail or visit your seller account at the following link:',
               sinc='Sincerely,', dept='Customer Service Department', helpful='Was this email helpful?',
               yes='Yes', no='No',
               retain='Amazon retains copies of messages sent and received through Buyer-Seller Messaging, including e-mails, to help with dispute resolution and to protect our customers.',
               conf='We want you to buy with confidence anytime you purchase products on Amazon.{site}. Learn more about Safe Online Shopping ({help}) and our safe buying guarantee.',
               copy='{c} 2024 Amazon.com, Inc. or its affiliates. All rights reserved. Amazon.com, 410 Terry Avenue North, Seattle, WA 98109-5210',
               nores='If this message does not need a response, click here:'),
    'ja': dict(msg='------------- メッセージ: -------------', end='------------- メッセージの終わり -------------',
               order='注文番号', item='{t} [ASIN: {a}] 数量: {q}',
               respond='このお客様に返信するには、このEメールに返信するか、次のリンクからセラーアカウントにアクセスしてください:',
               sinc='よろしくお願いいたします。', dept='カスタマーサービス', helpful='このEメールは役に立ちましたか？',
               yes='はい', no='いいえ',
               retain='Amazonは、安全確保およびトラブル解決のため、購入者と出品者の間で送受信されたメッセージのコピーを保存しています。',
               conf='Amazon.co.jpで安心してお買い物いただけるよう努めています。詳しくはヘルプページ（{help}）をご覧ください。',
               copy='{c} 2024 Amazon.com, Inc. or its affiliates. アマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1',
               nores='返信が不要な場合は、こちらをクリックしてください:'),
    'pl': dict(msg='------------- Wiadomość: -------------', end='------------- Koniec wiadomości -------------',
               order='Numer zamówienia', item='{q} z {t} [ASIN: {a}]',
               respond='Aby odpowiedzieć temu klientowi, odpowiedz na tę wiadomość e-mail lub odwiedź swoje konto sprzedawcy, korzystając z poniższego linku:',
               sinc='Z poważaniem', dept='Dział Obsługi Klienta', helpful='Czy ten e-mail był pomocny?',
               yes='Tak', no='Nie',
               retain='Amazon przechowuje kopie wiadomości wysyłanych i odbieranych za pośrednictwem usługi wiadomości między kupującym a sprzedawcą, aby pomóc w rozwiązywaniu sporów i chronić klientów.',
               conf='Chcemy, abyś zawsze kupował w Amazon.pl z pełnym zaufaniem. Więcej informacji o bezpiecznych zakupach online: {help}',
               copy='{c} 2024 Amazon.com, Inc. lub podmioty stowarzyszone. Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg',
               nores='Jeśli ta wiadomość nie wymaga odpowiedzi, kliknij tutaj:'),
    'sv': dict(msg='------------- Meddelande: -------------', end='------------- Slut på meddelandet -------------',
               order='Beställnings-ID', item='{q} av {t} [ASIN: {a}]',
               respond='Om du vill svara den här kunden svarar du på det här e-postmeddelandet eller besöker ditt säljarkonto via följande länk:',
               sinc='Med vänliga hälsningar,', dept='Kundtjänst', helpful='Var det här e-postmeddelandet till hjälp?',
               yes='Ja', no='Nej',
               retain='Amazon sparar kopior av meddelanden som skickas och tas emot via meddelandetjänsten mellan köpare och säljare för att kunna lösa tvister och skydda våra kunder.',
               conf='Vi vill att du ska kunna handla tryggt på Amazon.se. Läs mer om säker onlinehandel ({help}).',
               copy='{c} 2024 Amazon.com, Inc. eller dess närstående bolag. Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg',
               nores='Om det här meddelandet inte behöver något svar klickar du här:'),
    'de': dict(msg='------------- Nachricht: -------------', end='------------- Ende der Nachricht -------------',
               order='Bestellnummer', item='{q} von {t} [ASIN: {a}]',
               respond='Um diesem Kunden zu antworten, antworten Sie bitte auf diese E-Mail oder besuchen Sie Ihr Verkäuferkonto über folgenden Link:',
               sinc='Mit freundlichen Grüßen', dept='Kundenservice', helpful='War diese E-Mail hilfreich?',
               yes='Ja', no='Nein',
               retain='Amazon bewahrt Kopien von Nachrichten auf, die über den Käufer-Verkäufer-Nachrichtenservice gesendet und empfangen werden, um bei Streitfällen zu helfen und unsere Kunden zu schützen.',
               conf='Wir möchten, dass Sie bei Amazon.de jederzeit sicher einkaufen. Mehr über sicheres Einkaufen: {help}',
               copy='{c} 2024 Amazon.com, Inc. oder Tochtergesellschaften. Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg',
               nores='Wenn auf diese Nachricht keine Antwort nötig ist, klicken Sie hier:'),
    'fr': dict(msg='------------- Message : -------------', end='------------- Fin du message -------------',
               order='Numéro de commande', item='{q} sur {t} [ASIN : {a}]',
               respond='Pour répondre à ce client, répondez à cet e-mail ou accédez à votre compte vendeur en cliquant sur le lien suivant :',
               sinc='Cordialement,', dept='Service Client', helpful='Cet e-mail vous a-t-il été utile ?',
               yes='Oui', no='Non',
               retain="Amazon conserve une copie des messages envoyés et reçus via la messagerie acheteur-vendeur afin d'aider au règlement des litiges et de protéger nos clients.",
               conf="Nous voulons que vous achetiez en toute confiance sur Amazon.{site}. En savoir plus sur les achats en ligne sécurisés : {help}",
               copy='{c} 2024 Amazon.com, Inc. ou ses filiales. Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg',
               nores="Si ce message ne nécessite pas de réponse, cliquez ici :"),
}

SITE = {'co.jp': 'co.jp', 'pl': 'pl', 'se': 'se', 'sg': 'sg', 'ae': 'ae', 'com.tr': 'com.tr', 'com.be': 'com.be',
        'de': 'de', 'fr': 'fr'}


def amz(lang, tld, oid, items, text, relay, cs='utf-8', style='new', tok=True, nores=False, conf=True,
        retain=True, copy=True):
    """Text of Amazon's buyer-message notification as the seller received it."""
    L = NOTE[lang]
    c = '\u00a9'
    try:
        c.encode(codec(cs))
    except UnicodeEncodeError:
        c = '(c)'
    sc = 'https://sellercentral.amazon.%s' % tld
    mid = upper_tok(14)
    lines = [L['msg'], '']
    lines += text.strip('\n').split('\n')
    lines += ['', L['end'], '']
    if oid:
        lines.append('%s %s:' % (L['order'], oid) if lang != 'ja' else '%s %s:' % (L['order'], oid))
        for q, t, a in items:
            lines.append(L['item'].format(q=q, t=t, a=a))
        lines.append('')
    elif items:
        for q, t, a in items:
            lines.append('%s [ASIN: %s]' % (t, a))
        lines.append('')
    lines.append(L['respond'])
    if style == 'new':
        lines.append('%s/messaging/inbox?fi=UNREAD&ue=1&mid=%s' % (sc, mid))
    else:
        lines.append('%s/gp/communication-manager/inbox.html?ie=UTF8&msgId=%s' % (sc, mid))
    lines.append('')
    if nores:
        lines += [L['nores'], '%s/gp/communication-manager/no-response-needed.html?ie=UTF8&msgId=%s' % (sc, mid), '']
    if retain:
        lines += [L['retain'], '']
    lines += [L['sinc'], L['dept'], 'Amazon.%s' % SITE[tld], sc, '']
    lines += [L['helpful'],
              '%s: %s/gp/communication-manager/ss/feedback.html?ie=UTF8&helpful=1&msgId=%s' % (L['yes'], sc, mid),
              '%s: %s/gp/communication-manager/ss/feedback.html?ie=UTF8&helpful=0&msgId=%s' % (L['no'], sc, mid), '']
    if conf:
        help_url = 'https://www.amazon.%s/gp/help/customer/display.html?nodeId=%d' % (tld, rng.choice(
            [201909010, 202008620, 508510, 201911090]))
        lines += [L['conf'].format(site=SITE[tld], help=help_url), '']
    if tok:
        lines += ['[commMgrTok:%s]' % upper_tok(13), '']
    if copy:
        lines.append(L['copy'].format(c=c))
    lines.append(relay)
    return '\n'.join(lines)


def gt(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


URL_RE = re.compile(r"(https?://[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+)")


def to_html(text, link=True):
    """plain text -> html lines (escaped, URLs linked when link=True)."""
    out = []
    for line in text.split('\n'):
        e = html.escape(line, quote=False)
        if link:
            e = URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), e)
        out.append(e)
    return '<br>\n'.join(out)


def paras_html(text):
    return '\n'.join('<p>%s</p>' % to_html(p) for p in text.strip().split('\n\n'))


def html_doc(body, head='', lang=None, cs='utf-8'):
    la = ' lang="%s"' % lang if lang else ''
    return ('<!DOCTYPE html>\n<html%s>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s</head>\n'
            '<body>\n%s\n</body>\n</html>\n' % (la, cs, head, body))


# ----------------------------------------------------------------------------- message assembly
SPECS = []
PAIRS = {}


def spec(fn):
    SPECS.append(fn)
    return fn


def build(frm, to, subject, date, root, subj_cs='utf-8', irt=None, refs=None, extra=(), msgid_dom=None,
          crlf=False, mailer=None):
    hs = []
    hs.append('From: ' + frm)
    hs.append('To: ' + to)
    hs.append('Subject: ' + enc_words(subject, subj_cs))
    hs.append('Date: ' + email.utils.format_datetime(date))
    hs.append('Message-ID: <%s.%s@%s>' % (hexs(16), hexs(8), msgid_dom or 'mail.example-helpdesk.net'))
    if irt:
        hs.append('In-Reply-To: ' + irt)
    if refs:
        hs.append('References: ' + refs)
    if mailer:
        hs.append(mailer)
    hs.extend(extra)
    hs.append('MIME-Version: 1.0')
    data = '\n'.join(hs).encode('ascii') + b'\n' + render(root)
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def alt(text, htm, cs='utf-8', cte_t='quoted-printable', cte_h='quoted-printable', bstyle='std'):
    return Multi('alternative', [text_part(text, 'plain', cs, cte_t), text_part(htm, 'html', cs, cte_h)],
                 boundary(bstyle))


def mixed(first, atts, bstyle='std'):
    return Multi('mixed', [first] + atts, boundary(bstyle))


def R(slug, lang, cats, note, data, kind):
    return dict(slug=slug, lang=lang, cats=cats, note=note, data=data, kind=kind)


def sel(name, addr_, shop):
    return dict(name=name, addr=addr_, shop=shop)


# ============================================================================ JAPANESE (co.jp)
HINATA = sel('ひなた雑貨 カスタマーサポート', 'support@hinata-zakka.jp', 'ひなた雑貨')
HOKUTO = sel('北斗キッチン用品', 'cs@hokuto-kitchen.co.jp', '北斗キッチン用品')
SAKURA = sel('さくらスマートホーム サポート', 'help@sakura-smarthome.jp', 'さくらスマートホーム')


def jfrom(s, cs):
    return addr(s['name'], s['addr'], cs)


@spec
def ja_yamato_delay():
    cs = 'iso-2022-jp'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    buyer = '山田 花子'
    note = amz('ja', 'co.jp', oid, [(1, '北欧風 木製トレー 38cm ナチュラル', asin)],
               '3月8日に注文しましたが、まだ届いていません。\nいつ頃届きますでしょうか？', rl, cs=cs, style='old')
    body = f"""山田 花子 様

ひなた雑貨の佐藤でございます。
お問い合わせいただき、ありがとうございます。

ご注文の商品（注文番号: {oid}）は、3月11日にヤマト運輸にて発送いたしました。
追跡番号は 4912-3388-5061 です。
配送状況は、ヤマト運輸の「荷物お問い合わせ」で上記の追跡番号を入力するとご確認いただけます。

東北地方の悪天候の影響で、お届けが1、2日ほど遅れる見込みとの連絡を受けております。
ご不便をおかけし、誠に申し訳ございません。

ご注文の詳細は、以下のページからもご確認いただけます。
https://www.amazon.co.jp/gp/your-account/order-details?orderID={oid}

何卒よろしくお願い申し上げます。

ひなた雑貨
佐藤 美咲

2024年3月13日(水) 8:41 {buyer} - Amazon Marketplace <{rl}>:
{gt(note)}
"""
    d = D(2024, 3, 13, 10, 5, 9)
    irt = ses_id()
    data = build(jfrom(HINATA, cs), rl, f'Re: 配送状況に関するお問い合わせ (注文: {oid})', d,
                 text_part(body, 'plain', cs, '7bit'), subj_cs=cs, irt=irt, refs=irt, msgid_dom='hinata-zakka.jp',
                 mailer='X-Mailer: Becky! ver. 2.81.04')
    return R('ja-yamato-delay-iso2022', 'ja', [], 'iso-2022-jp reply, Yamato tracking number in 4-4-4 digit groups, order-details link, quoted Amazon notification (old inbox link, commMgrTok)', data, 'reply')


@spec
def ja_return_address():
    cs = 'shift_jis'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    buyer = '鈴木 一郎'
    note = amz('ja', 'co.jp', oid, [(1, '北斗 IH対応 フライパン 26cm HK-FP26', asin)],
               '届いたフライパンの取っ手がぐらついています。\n返品はできますか？', rl, cs=cs, nores=True)
    txt = f"""鈴木 一郎 様

北斗キッチン用品 カスタマーサポートの中村です。
この度は取っ手のぐらつきでご迷惑をおかけし、大変申し訳ございません。

返品を承ります。お手数ですが、Amazonの返品センターから返品リクエストを作成してください。
https://www.amazon.co.jp/gp/orc/returns/homepage.html

返送先は次のとおりです（送料は当社負担、着払いでお送りください）。
〒532-0011 大阪府大阪市淀川区西中島5-9-12 北斗ビル3階
北斗キッチン用品 返品係（返品番号 RMA-240315-07）

商品の到着を確認しましたら、代金 3,980円 を全額返金いたします。

北斗キッチン用品
中村 健太
"""
    qhdr = f'2024/03/14 21:17、{buyer} - Amazon Marketplace &lt;{rl}&gt; のメール:'
    htm = html_doc(paras_html(txt) + f'\n<div class="moz-cite-prefix">{qhdr}<br></div>\n<blockquote type="cite">\n'
                   + to_html(note) + '\n</blockquote>', lang='ja', cs=cs)
    plain = txt + f'\n2024/03/14 21:17、{buyer} - Amazon Marketplace <{rl}> のメール:\n' + gt(note) + '\n'
    d = D(2024, 3, 15, 9, 30, 9)
    irt = ses_id()
    data = build(jfrom(HOKUTO, cs), rl, f'Re: 返品についてのお問い合わせ (注文: {oid})', d,
                 alt(plain, htm, cs, 'base64', 'base64'), subj_cs=cs, irt=irt, refs=irt, msgid_dom='hokuto-kitchen.co.jp')
    return R('ja-return-address-sjis', 'ja', [], 'shift_jis base64 alternative; return address with 〒 postcode, RMA number, returns-centre link, blockquote type=cite of Amazon notification', data, 'reply')


@spec
def ja_invoice_pdf_zendesk():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('co.jp', 'm.'), new_asin()
    buyer = '田中 優子'
    note = amz('ja', 'co.jp', oid, [(2, 'さくら スマートプラグ SP-10 (2個セット)', asin)],
               '会社の経費精算に使うので、宛名を「株式会社ミドリ設計」にした領収書を発行していただけますか？', rl)
    body = f"""##- このラインより上にご返信ください -##

田中 優子 様

さくらスマートホーム サポート担当の小林です。
ご依頼いただいた領収書（宛名：株式会社ミドリ設計）を PDF で添付いたします。

  請求書番号: INV-2024-03-0418
  ご注文番号: {oid}
  金額: 12,800円（税込、うち消費税 1,163円）
  登録番号: T4011001099421

Amazonの注文履歴から発行できる領収書と内容は同じです。
ほかにご不明な点がございましたら、このメールにご返信ください。

小林 翔
さくらスマートホーム サポート

----------------------------------------------
田中 優子 - Amazon Marketplace, 2024年3月16日 11:02

{note}
"""
    pdf = make_pdf(['Sakura Smart Home - Ryoshusho / Receipt', 'Invoice no. INV-2024-03-0418',
                    'Amazon order ' + oid, 'Bill to: Midori Sekkei K.K.', 'SP-10 smart plug x2   JPY 12,800 (tax incl.)',
                    'Registration no. T4011001099421'], 'Receipt INV-2024-03-0418')
    d = D(2024, 3, 16, 14, 12, 9)
    irt = ses_id()
    root = mixed(text_part(body, 'plain', cs, 'quoted-printable'),
                 [attach(pdf, f'領収書_{oid}.pdf', 'application/pdf')], 'zendesk')
    data = build(jfrom(SAKURA, cs), rl, f'[さくらスマートホーム] Re: 領収書の発行について', d, root, irt=irt, refs=irt,
                 msgid_dom='sakura-home.zendesk.com',
                 extra=['X-Mailer: Zendesk Mailer'])
    return R('ja-invoice-pdf-zendesk', 'ja', [], 'Zendesk reply with receipt PDF (RFC 2231 Japanese filename), invoice and qualified-invoice registration numbers, m.marketplace relay', data, 'reply')


@spec
def ja_line_feature_question():
    cs = 'iso-2022-jp'
    rl, asin = new_relay('co.jp'), new_asin()
    buyer = '伊藤 健'
    note = amz('ja', 'co.jp', None, [(1, 'さくら スマートドアホン SD-300 ワイヤレス', asin)],
               'このドアホンはスマホのLINEに通知できますか？\nあと、電池式でしょうか？', rl, cs=cs, tok=False)
    body = f"""伊藤 健 様

お問い合わせありがとうございます。さくらスマートホームの小林です。

SD-300 は、専用アプリ「さくらホーム」でのプッシュ通知のほか、LINE への通知連携にも対応しております。
設定方法は取扱説明書の12ページに記載しております。

電源は単3形アルカリ電池4本（約6か月使用可能）、または付属のACアダプター（5V/1A）をお選びいただけます。
防水性能は IPX5 相当です。

ご検討のほど、よろしくお願いいたします。

さくらスマートホーム
小林 翔

-----Original Message-----
From: {buyer} - Amazon Marketplace
Sent: Monday, March 18, 2024 7:55 PM
Subject: 商品詳細に関するお問い合わせ

{note}
"""
    d = D(2024, 3, 19, 9, 48, 9)
    irt = ses_id()
    data = build(jfrom(SAKURA, cs), rl, 'Re: 商品詳細に関するお問い合わせ', d, text_part(body, 'plain', cs, '7bit'),
                 subj_cs=cs, irt=irt, msgid_dom='sakura-smarthome.jp')
    return R('ja-line-feature-no-oid', 'ja', [], 'product question answered without order id (reply); LINE named as a product feature, IPX5/5V/1A model data; Outlook-style header without addresses', data, 'reply')


@spec
def ja_partial_refund_outlook():
    cs = 'iso-2022-jp'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    buyer = '渡辺 真由美'
    note = amz('ja', 'co.jp', oid, [(1, '北斗 ステンレス保存容器 5点セット', asin)],
               '容器のフタに擦り傷がありました。使えないことはないのですが、少し残念です。', rl, cs=cs)
    body = f"""渡辺 真由美 様

北斗キッチン用品の中村でございます。
フタに擦り傷があったとのこと、検品が行き届かず申し訳ございません。

お詫びとして、ご注文代金のうち 1,000円 を返金する手続きをいたしました。
返金は3〜5営業日でお支払い方法に反映されます。商品の返送は不要です。

また、交換用のフタ（1枚）を本日 佐川急便で発送いたしました。
お問い合わせ送り状番号: 3601-2345-8870

今後ともよろしくお願いいたします。
中村 健太

-----Original Message-----
差出人: {buyer} - Amazon Marketplace <{rl}>
送信日時: 2024年3月18日 10:02
宛先: 北斗キッチン用品 カスタマーサポート
件名: 商品の状態に関するお問い合わせ (注文: {oid})

{note}
"""
    d = D(2024, 3, 18, 16, 20, 9)
    irt = ses_id()
    data = build(jfrom(HOKUTO, cs), rl, f'RE: 商品の状態に関するお問い合わせ (注文: {oid})', d,
                 text_part(body, 'plain', cs, '7bit'), subj_cs=cs, irt=irt, refs=irt, msgid_dom='hokuto-kitchen.co.jp',
                 mailer='X-Mailer: Microsoft Outlook 16.0', crlf=True)
    return R('ja-partial-refund-outlook', 'ja', [], 'Outlook plain reply (CRLF, 差出人/送信日時/宛先 quote header with relay only); unconditional partial refund, Sagawa waybill number', data, 'reply')


@spec
def ja_review_request_first():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    PAIRS['ja'] = (oid, rl, asin)
    body = f"""小松 恵 様

ひなた雑貨の佐藤です。
先日はご注文（注文番号 {oid}）いただき、ありがとうございました。

商品「リネン キッチンクロス 3枚組」はお手元に届きましたでしょうか。
もしお時間がございましたら、商品レビューをお寄せいただけますと幸いです。
https://www.amazon.co.jp/review/create-review?asin={asin}

ひなた雑貨
佐藤 美咲
"""
    d = D(2024, 3, 20, 11, 0, 9)
    data = build(jfrom(HINATA, cs), rl, f'ご注文 {oid} の商品レビューのお願い', d, text_part(body, 'plain', cs, '8bit'),
                 msgid_dom='hinata-zakka.jp')
    return R('ja-review-request-first', 'ja', [], 'first (neutral) review request for the ja repeat pair, review page link, order id in subject and body', data, 'proactive')


@spec
def ja_important_delivery_schedule():
    cs = 'utf-8'
    oid, rl = new_oid(), new_relay('co.jp')
    txt = f"""高橋 誠 様

さくらスマートホームの小林です。
ご注文いただいた「スマート宅配ボックス 大型 BX-90（重量 32kg）」は、大型商品のため配送業者による日時指定配送となります（注文番号: {oid}）。

お届け希望日と時間帯を、以下から選んでこのメールにご返信ください。
  ・3月26日(火)  午前 / 14時-16時 / 18時-20時
  ・3月27日(水)  午前 / 14時-16時 / 18時-20時

設置場所まで2名で搬入いたします。マンションの場合は、エレベーターの有無もお知らせください。

さくらスマートホーム
小林 翔
"""
    htm = html_doc(paras_html(txt), lang='ja')
    d = D(2024, 3, 21, 10, 15, 9)
    data = build(jfrom(SAKURA, cs), rl, f'[Important] 大型商品の配達日時のご相談（注文番号 {oid}）', d,
                 alt(txt, htm, cs, 'base64', 'base64'), msgid_dom='sakura-smarthome.jp')
    return R('ja-important-delivery-schedule', 'ja', [], '[Important] correctly used for scheduling delivery of a 32 kg item, order id in subject and body', data, 'proactive')


@spec
def ja_manual_pdf():
    cs = 'shift_jis'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    buyer = '松本 さやか'
    note = amz('ja', 'co.jp', oid, [(1, '北斗 卓上IH調理器 HK-IH28 1400W', asin)],
               '説明書をなくしてしまいました。保温モードの使い方を教えてください。', rl, cs=cs)
    body = f"""松本 さやか 様

北斗キッチン用品の中村です。
HK-IH28 の取扱説明書（PDF）を添付いたしましたのでご利用ください。

保温モードは、電源を入れたあと「保温」ボタンを2秒長押しすると開始します（約70℃で最大2時間）。
詳しくは説明書の8ページをご覧ください。

Amazonでの保証や返品については、こちらのヘルプページもご参照ください。
https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201910900

中村 健太
北斗キッチン用品

2024年3月22日 20:11 {buyer} - Amazon Marketplace <{rl}>:
{gt(note)}
"""
    pdf = make_pdf(['HK-IH28 Instruction manual (excerpt)', 'Keep-warm mode: hold the WARM key for 2 seconds.',
                    'Approx. 70 C, max. 2 hours.', 'Hokuto Kitchen'], 'HK-IH28 manual')
    d = D(2024, 3, 23, 9, 2, 9)
    irt = ses_id()
    root = mixed(text_part(body, 'plain', cs, 'base64'), [attach(pdf, '取扱説明書_HK-IH28.pdf', 'application/pdf')])
    data = build(jfrom(HOKUTO, cs), rl, f'Re: 商品の使い方について (注文: {oid})', d, root, subj_cs=cs, irt=irt,
                 refs=irt, msgid_dom='hokuto-kitchen.co.jp')
    return R('ja-manual-pdf-sjis', 'ja', [], 'shift_jis reply with manual PDF (Japanese RFC 2231 name), Amazon help-page link, model number and temperatures', data, 'reply')


@spec
def ja_replacement_gmail():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    buyer = '井上 亮'
    note = amz('ja', 'co.jp', oid, [(1, 'ひなた雑貨 陶器マグカップ 2個組 藍色', asin)],
               'マグカップが1つ割れて届きました。写真を送ります。交換できますか？', rl)
    txt = f"""井上 亮 様

ひなた雑貨の佐藤です。
割れた状態でお届けしてしまい、本当に申し訳ございません。写真も確認いたしました。

交換品（2個組）を本日、ゆうパックで発送いたしました。
お問い合わせ番号: 6573-0412-8866
お届け予定: 3月26日 14時～16時

割れた商品は返送不要ですので、お手数ですが処分していただけますと幸いです。

佐藤 美咲
ひなた雑貨
"""
    qhdr = f'2024年3月24日(日) 22:37 {buyer} - Amazon Marketplace &lt;<a href="mailto:{rl}">{rl}</a>&gt;:'
    htm = html_doc('<div dir="ltr">' + paras_html(txt) + '</div>\n<br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                   + qhdr + '<br></div>\n<blockquote class="gmail_quote">\n' + to_html(note) + '\n</blockquote></div>')
    plain = txt + f'\n2024年3月24日(日) 22:37 {buyer} - Amazon Marketplace <{rl}>:\n\n' + gt(note)
    d = D(2024, 3, 25, 10, 40, 9)
    irt = ses_id()
    data = build(jfrom(HINATA, cs), rl, f'Re: 商品破損のご連絡 (注文: {oid})', d,
                 alt(plain, htm, cs, 'quoted-printable', 'quoted-printable'), irt=irt, refs=irt,
                 msgid_dom='mail.gmail.com')
    return R('ja-replacement-gmail-quote', 'ja', [], 'Gmail-style reply (gmail_quote, mailto: relay in quote header); replacement with Japan Post tracking number in 4-4-4 digits and delivery time window', data, 'reply')


@spec
def ja_threat_unconditional_refund():
    cs = 'iso-2022-jp'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    buyer = '木村 直樹'
    note = amz('ja', 'co.jp', oid, [(1, '北斗 電気ケトル 1.0L ホワイト HK-EK10', asin)],
               '2回使っただけで電源が入らなくなりました。\nすぐに返金してください。対応が遅ければ星1つのレビューを書きます。', rl, cs=cs)
    body = f"""木村 直樹 様

北斗キッチン用品の中村でございます。
電気ケトルが動かなくなったとのこと、ご迷惑をおかけし申し訳ございません。

ご注文代金 2,680円 の全額返金を本日手続きいたしました。
商品はご返送いただかなくて結構です。

初期不良として、製造ロット（HK-EK10 / ロット 24B07）の調査も行っております。

中村 健太

2024年3月25日 18:09 {buyer} - Amazon Marketplace <{rl}>:
{gt(note)}
"""
    d = D(2024, 3, 25, 19, 1, 9)
    irt = ses_id()
    data = build(jfrom(HOKUTO, cs), rl, f'Re: 商品の不具合について (注文: {oid})', d, text_part(body, 'plain', cs, '7bit'),
                 subj_cs=cs, irt=irt, refs=irt, msgid_dom='hokuto-kitchen.co.jp')
    return R('ja-threat-unconditional-refund', 'ja', [], 'buyer threatens a 1-star review in the quote; agent refunds unconditionally without mentioning reviews', data, 'reply')


@spec
def ja_feedback_can_be_updated():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    buyer = '清水 美穂'
    note = amz('ja', 'co.jp', oid, [(1, 'さくら スマートLED電球 E26 調色 2個', asin)],
               '代わりの電球、届きました。今度はちゃんと点きました。対応ありがとうございました。\n前に低い評価をつけてしまってすみません。', rl)
    body = f"""清水 美穂 様

さくらスマートホームの小林です。
交換品が無事に点灯したとのこと、安心いたしました。ご丁寧にありがとうございます。

評価についてはお気になさらないでください。出品者の評価はお客様ご自身の判断でいつでも更新できますが、
そのままでもまったく問題ございません。

今後ともよろしくお願いいたします。

小林 翔

---- 以前のやり取り ----
{buyer} (Amazon Marketplace) 2024/03/27 08:12

{note}
"""
    d = D(2024, 3, 27, 10, 30, 9)
    irt = ses_id()
    data = build(jfrom(SAKURA, cs), rl, f'Re: 交換品について (注文: {oid})', d, text_part(body, 'plain', cs, '8bit'),
                 irt=irt, refs=irt, msgid_dom='sakura-smarthome.helpscoutapp.com')
    return R('ja-feedback-update-neutral', 'ja', [], 'after resolution, neutral remark that feedback can be updated but need not be; no request, no pressure', data, 'reply')


@spec
def ja_signature_site_phone():
    cs = 'shift_jis'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    buyer = '森 拓也'
    note = amz('ja', 'co.jp', oid, [(1, 'ひなた雑貨 竹製カトラリーセット 5本組', asin)],
               'ギフト用のラッピングはしてもらえますか？', rl, cs=cs, nores=True)
    body = f"""森 拓也 様

ひなた雑貨の佐藤です。お問い合わせありがとうございます。
ご注文（{oid}）の商品は、無料でギフトラッピング（クラフト紙＋麻ひも）をしてお送りいたします。
明日の出荷を予定しております。

――――――――――――――――――
ひなた雑貨 佐藤 美咲
https://www.hinata-zakka.jp/
TEL 03-6825-4170（平日10時-17時）
――――――――――――――――――

2024/03/28 13:05 {buyer} - Amazon Marketplace <{rl}>:
{gt(note)}
"""
    d = D(2024, 3, 28, 15, 44, 9)
    irt = ses_id()
    data = build(jfrom(HINATA, cs), rl, f'Re: ギフト包装について (注文: {oid})', d, text_part(body, 'plain', cs, '8bit'),
                 subj_cs=cs, irt=irt, refs=irt, msgid_dom='hinata-zakka.jp')
    return R('ja-signature-site-phone', 'ja', ['external_link', 'contact_phone'], 'helpful gift-wrap reply whose signature carries the shop website and a Tokyo phone number', data, 'reply')


@spec
def ja_quoted_agent_email_fullwidth():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    buyer = '佐々木 遥'
    note = amz('ja', 'co.jp', oid, [(1, 'さくら スマートリモコン IR-5', asin)],
               'アプリに登録できません。エラーコード E-104 が出ます。', rl)
    note2 = amz('ja', 'co.jp', oid, [(1, 'さくら スマートリモコン IR-5', asin)],
                'ルーターを2.4GHzにしても、まだE-104のままです。', rl)
    earlier = f"""佐々木 遥 様

E-104 は Wi-Fi の周波数帯が 5GHz の場合に表示されます。ルーターの設定で 2.4GHz をご利用ください。
設定画面のスクリーンショットが必要でしたら、support＠sakura-smarthome.jp 宛てにお送りいただいても構いません。

小林"""
    txt = f"""佐々木 遥 様

ご確認ありがとうございます。
2.4GHz でも E-104 が出る場合、ルーター側で「ステルス（SSID非表示）」が有効になっている可能性があります。
一時的に SSID を表示する設定にしてから、アプリの「機器を追加」をもう一度お試しください。

それでも登録できない場合は、交換品をお送りいたします。

小林 翔
さくらスマートホーム サポート"""
    hist = [(f'{buyer} (Amazon Marketplace)', '2024年3月29日 21:40', note2),
            ('小林 翔 (さくらスマートホーム サポート)', '2024年3月29日 10:05', earlier),
            (f'{buyer} (Amazon Marketplace)', '2024年3月28日 23:18', note)]
    plain = '##- このラインより上にご返信ください -##\n\n' + txt + '\n\n' + '\n\n'.join(
        '--------------------------------\n%s\n%s\n\n%s' % h for h in hist) + '\n'
    hh = ''.join('<div class="zd-comment"><p><strong>%s</strong><br>%s</p><div>%s</div></div>\n' % (
        html.escape(a), b, to_html(c)) for a, b, c in hist)
    htm = html_doc('<div>##- このラインより上にご返信ください -##</div>\n' + paras_html(txt) + '\n<hr>\n' + hh)
    d = D(2024, 3, 30, 9, 55, 9)
    irt = ses_id()
    data = build(jfrom(SAKURA, cs), rl, f'Re: アプリ登録エラーについて (注文: {oid})', d, alt(plain, htm, cs),
                 irt=irt, refs=irt, msgid_dom='sakura-home.zendesk.com', extra=['X-Mailer: Zendesk Mailer'])
    return R('ja-quoted-agent-email-fullwidth', 'ja', ['contact_email'], 'obfuscated (full-width ＠) e-mail address in an earlier agent reply inside Zendesk history; new text clean', data, 'reply')


@spec
def ja_giftcard_five_stars():
    cs = 'iso-2022-jp'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    body = f"""岡田 智子 様

北斗キッチン用品です。先日は「北斗 鋳物ホーロー鍋 20cm」をご購入いただきありがとうございました（注文番号 {oid}）。

ただいま、レビューキャンペーンを実施しております。
商品ページに★5のレビューを投稿してくださった方には、もれなく Amazonギフトカード 500円分 をお送りしています。
投稿後、レビューの画面を撮影してこのメールに返信していただくだけで大丈夫です。

https://www.amazon.co.jp/review/create-review?asin={asin}

北斗キッチン用品 販促チーム
"""
    d = D(2024, 3, 30, 12, 0, 9)
    data = build(jfrom(HOKUTO, cs), rl, f'レビューキャンペーンのご案内（注文番号 {oid}）', d,
                 text_part(body, 'plain', cs, '7bit'), subj_cs=cs, msgid_dom='hokuto-kitchen.co.jp')
    return R('ja-giftcard-five-stars', 'ja', ['review_incentive', 'review_manipulation'], 'Amazon gift card for a 5-star review, proof by screenshot', data, 'proactive')


@spec
def ja_review_request_repeat():
    cs = 'shift_jis'
    oid, rl, asin = PAIRS['ja']
    body = f"""小松 恵 様

ひなた雑貨の佐藤でございます（ご注文番号 {oid}）。

先日もご案内いたしましたが、「リネン キッチンクロス 3枚組」の使い心地はいかがでしょうか。
まだでしたら、ぜひ一言でもレビューを書いていただけると、今後の商品づくりの参考になります。
https://www.amazon.co.jp/review/create-review?asin={asin}

ひなた雑貨
"""
    d = D(2024, 4, 3, 11, 0, 9)
    data = build(jfrom(HINATA, cs), rl, f'【再送】ご注文 {oid} のレビューのお願い', d, text_part(body, 'plain', cs, 'base64'),
                 subj_cs=cs, msgid_dom='hinata-zakka.jp')
    return R('ja-review-request-repeat', 'ja', ['repeat_request'], 'second review request for the same order and relay as ja-review-request-first (shift_jis base64)', data, 'proactive')


@spec
def ja_refund_for_feedback_deletion():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    buyer = '石井 大輔'
    note = amz('ja', 'co.jp', oid, [(1, 'さくら ロボット掃除機 RC-7', asin)],
               'ブラシの音がうるさすぎます。評価にも書きましたが、正直がっかりしました。', rl)
    body = f"""石井 大輔 様

さくらスマートホームの小林です。ご不満をおかけして申し訳ございません。

ご相談なのですが、いただいた低評価を削除していただけましたら、商品はそのままお使いいただいたうえで代金を全額返金させていただきます。
削除の手順は、注文履歴の「出品者を評価」から「削除」を押すだけです。削除を確認でき次第、返金いたします。

何卒よろしくお願いいたします。
小林

> 2024/03/31 20:02 {buyer} - Amazon Marketplace <{rl}>:
{gt(note)}
"""
    d = D(2024, 4, 1, 9, 30, 9)
    irt = ses_id()
    data = build(jfrom(SAKURA, cs), rl, f'Re: 動作音について (注文: {oid})', d, text_part(body, 'plain', cs, 'quoted-printable'),
                 irt=irt, refs=irt, msgid_dom='sakura-smarthome.jp')
    return R('ja-refund-for-feedback-deletion', 'ja', ['review_incentive', 'feedback_removal'], 'full refund offered on condition that the negative feedback is deleted', data, 'reply')


@spec
def ja_shipping_confirmation_pixel():
    cs = 'utf-8'
    oid, rl = new_oid(), new_relay('co.jp')
    local = rl.split('@')[0]
    txt = f"""原田 由美 様

ご注文ありがとうございます。北斗キッチン用品です。
ご注文の商品を本日発送いたしました。

ご注文番号: {oid}
配送業者: ヤマト運輸
伝票番号: 3712-9940-2281
お届け予定日: 4月3日

商品の到着まで今しばらくお待ちください。
"""
    htm = html_doc(paras_html(txt) + f'\n<img src="https://open.shipnavi-cloud.jp/o/{local}/{oid}.gif" width="1" height="1" alt="">')
    d = D(2024, 4, 1, 17, 5, 9)
    data = build(jfrom(HOKUTO, cs), rl, f'【発送完了】ご注文 {oid} の商品を発送しました', d, alt(txt, htm, cs, 'quoted-printable', 'base64'),
                 msgid_dom='shipnavi-cloud.jp', mailer='X-Mailer: ShipNavi Cloud 3.4')
    return R('ja-shipping-confirmation-pixel', 'ja', ['tracking_pixel', 'unpermitted_proactive'], 'shipping confirmation sent by shipping software, with a 1x1 open pixel carrying the relay id', data, 'proactive')


@spec
def ja_new_product_line_account():
    cs = 'iso-2022-jp'
    oid, rl = new_oid(), new_relay('co.jp')
    body = f"""前田 咲 様

さくらスマートホームです。ご注文（注文番号 {oid}）の商品はお楽しみいただけていますでしょうか。

この春、新商品「スマートカーテン CT-2」を発売しました。
お客様限定のクーポンコード SAKURA15 をご利用いただくと、次回のお買い物が15%オフになります。

LINE公式アカウント（ID: @sakura-home）を友だち追加していただくと、新商品やセール情報をいち早くお届けします。
ぜひご登録ください。

さくらスマートホーム
"""
    d = D(2024, 4, 2, 12, 30, 9)
    data = build(jfrom(SAKURA, cs), rl, '新商品発売のお知らせとクーポンのご案内', d, text_part(body, 'plain', cs, '7bit'),
                 subj_cs=cs, msgid_dom='sakura-smarthome.jp')
    return R('ja-new-product-line-account', 'ja', ['contact_other', 'marketing'], 'new product launch, coupon code for the next purchase and a LINE official account to add', data, 'proactive')


@spec
def ja_emoji_animated_gif():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    buyer = '中島 彩'
    note = amz('ja', 'co.jp', oid, [(1, 'ひなた雑貨 ガラスの一輪挿し 3本セット', asin)],
               '母の日のプレゼントにしたいのですが、5月10日までに届きますか？', rl)
    txt = f"""中島 彩 様

ひなた雑貨の佐藤です😊
ご注文の一輪挿しは、5月7日に発送予定ですので、5月10日までには十分お届けできます🌸
母の日のプレゼント、喜んでいただけますように💐

佐藤 美咲
"""
    htm = html_doc('<div>' + paras_html(txt) + '</div>\n<p><img src="cid:hana-anim.gif@hinata-zakka.jp" width="120" height="120" alt="flowers"></p>\n'
                   + f'<div class="moz-cite-prefix">2024/04/03 19:21, {buyer} - Amazon Marketplace wrote:<br></div>\n<blockquote type="cite">\n'
                   + to_html(note) + '\n</blockquote>')
    plain = txt + f'\n2024/04/03 19:21, {buyer} - Amazon Marketplace wrote:\n' + gt(note)
    related = Multi('related', [text_part(htm, 'html', cs, 'base64'),
                                attach(make_gif(16, 16, 3), 'hana-anim.gif', 'image/gif', 'inline', 'hana-anim.gif@hinata-zakka.jp')],
                    boundary(), extra=' type="text/html";')
    root = Multi('alternative', [text_part(plain, 'plain', cs, 'base64'), related], boundary())
    d = D(2024, 4, 4, 9, 10, 9)
    irt = ses_id()
    data = build(jfrom(HINATA, cs), rl, f'Re: 配送日について (注文: {oid})', d, root, irt=irt, refs=irt, msgid_dom='hinata-zakka.jp')
    return R('ja-emoji-animated-gif', 'ja', ['styling'], 'helpful delivery-date answer with emoji and an inline animated GIF (cid, multipart/related)', data, 'reply')


@spec
def ja_rude_reply():
    cs = 'shift_jis'
    oid, rl, asin = new_oid(), new_relay('co.jp'), new_asin()
    buyer = '藤田 隆'
    note = amz('ja', 'co.jp', oid, [(1, '北斗 圧力鍋 4.0L HK-PC40', asin)],
               'やはりフタが閉まりません。もう一度、閉め方を教えてもらえませんか。', rl, cs=cs)
    body = f"""藤田 様

何度も同じ質問をされても困ります。閉め方は説明書にも前回のメールにも書いてあります。
それすら読めないのでしたら、圧力鍋を使うのはおやめになったほうがいいと思います。正直、常識を疑います。

これ以上同じ内容の問い合わせには対応いたしかねます。

北斗キッチン用品

{buyer} - Amazon Marketplace wrote:
{gt(note)}
"""
    d = D(2024, 4, 4, 18, 30, 9)
    irt = ses_id()
    data = build(jfrom(HOKUTO, cs), rl, f'Re: フタが閉まりません (注文: {oid})', d, text_part(body, 'plain', cs, 'quoted-printable'),
                 subj_cs=cs, irt=irt, refs=irt, msgid_dom='hokuto-kitchen.co.jp')
    return R('ja-rude-reply', 'ja', ['offensive'], 'agent insults the buyer (cannot read, lacks common sense) and refuses further help', data, 'reply')


@spec
def ja_important_on_review_request():
    cs = 'iso-2022-jp'
    oid, rl, asin = new_oid(), new_relay('co.jp', 'm.'), new_asin()
    body = f"""福田 健一 様

さくらスマートホームの小林です。
ご注文（注文番号 {oid}）の「さくら スマートプラグ SP-10」はお役に立っておりますでしょうか。

お手すきの際に、商品レビューをお寄せいただけますと幸いです。
https://www.amazon.co.jp/review/create-review?asin={asin}

さくらスマートホーム
小林 翔
"""
    d = D(2024, 4, 5, 10, 0, 9)
    data = build(jfrom(SAKURA, cs), rl, f'[Important] 商品レビューご協力のお願い（注文番号 {oid}）', d,
                 text_part(body, 'plain', cs, '7bit'), subj_cs=cs, msgid_dom='sakura-smarthome.jp')
    return R('ja-important-on-review-request', 'ja', ['important_tag'], 'neutral first review request, but tagged [Important] in the subject', data, 'proactive')


@spec
def ja_thanks_only_no_oid():
    cs = 'utf-8'
    rl = new_relay('co.jp')
    txt = """お客様各位

この度はひなた雑貨の商品をお買い上げいただき、誠にありがとうございました。
商品について何かご不明な点がございましたら、いつでもお気軽にこのメールへご返信ください。
スタッフ一同、心よりお待ちしております。

ひなた雑貨
"""
    htm = html_doc(paras_html(txt), lang='ja')
    d = D(2024, 4, 6, 9, 0, 9)
    data = build(jfrom(HINATA, cs), rl, 'お買い上げありがとうございました', d, alt(txt, htm, cs), msgid_dom='hinata-zakka.jp')
    return R('ja-thanks-only-no-oid', 'ja', ['missing_order_id', 'unpermitted_proactive'], 'thank-you / here-to-help only proactive message without any order id', data, 'proactive')


# ============================================================================ POLISH (pl)
ZIELONY = sel('Zielony Kąt - Obsługa Klienta', 'sklep@zielonykat.pl', 'Zielony Kąt')
TECHNO = sel('TechnoPunkt BOK', 'bok@technopunkt-sklep.pl', 'TechnoPunkt')


@spec
def pl_inpost_thunderbird():
    cs = 'iso-8859-2'
    oid, rl, asin = new_oid(), new_relay('pl'), new_asin()
    buyer = 'Anna Nowak'
    note = amz('pl', 'pl', oid, [(1, 'Zielony Kąt Donica ceramiczna 30 cm antracyt', asin)],
               'Dzień dobry, zamówienie miało dojść wczoraj, a nadal nic. Czy paczka została wysłana?', rl, cs=cs)
    body = f"""Dzień dobry Pani Anno,

dziękujemy za wiadomość. Paczka została nadana 11 marca w paczkomacie InPost i jest w drodze.

Numer przesyłki InPost: 620012345678901234567890
Zamówienie: {oid}

Według InPost doręczenie do wybranego paczkomatu (WAW12M) nastąpi najpóźniej 14 marca. Kod odbioru przyjdzie SMS-em od przewoźnika.

Pozdrawiam serdecznie
Katarzyna Wiśniewska
Zielony Kąt

W dniu 13.03.2024 o 09:14, {buyer} - Amazon Marketplace pisze:
{gt(note)}
"""
    d = D(2024, 3, 13, 11, 2, 1)
    irt = ses_id()
    data = build(addr(ZIELONY['name'], ZIELONY['addr']), rl, f'Re: Pytanie o dostawę (Zamówienie: {oid})', d,
                 text_part(body, 'plain', cs, 'quoted-printable'), subj_cs=cs, irt=irt, refs=irt,
                 msgid_dom='zielonykat.pl', mailer='User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1')
    return R('pl-inpost-thunderbird', 'pl', [], 'iso-8859-2 QP Thunderbird reply; 24-digit InPost tracking number, parcel-locker code, "W dniu ... pisze:" quote of Amazon notification', data, 'reply')


@spec
def pl_return_address():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('pl'), new_asin()
    buyer = 'Tomasz Lewandowski'
    note = amz('pl', 'pl', oid, [(1, 'Zielony Kąt Leżak ogrodowy składany, drewno akacjowe', asin)],
               'Leżak jest za niski dla mnie. Chciałbym go zwrócić, jak to zrobić?', rl, style='old')
    body = f"""Dzień dobry Panie Tomaszu,

oczywiście, przyjmiemy zwrot. Prosimy zgłosić go w Centrum zwrotów Amazon:
https://www.amazon.pl/gp/orc/returns/homepage.html

Adres do zwrotu:
Zielony Kąt – Zwroty
ul. Magazynowa 7
62-080 Tarnowo Podgórne

Prosimy dopisać na paczce numer zamówienia {oid}. Po otrzymaniu leżaka zwrócimy pełną kwotę 249,00 zł w ciągu 3 dni roboczych.

Z pozdrowieniami
Katarzyna Wiśniewska
Zielony Kąt

---------- Wiadomość od klienta ----------
{note}
"""
    d = D(2024, 3, 14, 10, 25, 1)
    irt = ses_id()
    data = build(addr(ZIELONY['name'], ZIELONY['addr']), rl, f'Re: Zwrot towaru (Zamówienie: {oid})', d,
                 text_part(body, 'plain', cs, '8bit'), irt=irt, refs=irt, msgid_dom='zielonykat.freshdesk.com')
    return R('pl-return-address', 'pl', [], 'return address with Polish postcode, refund amount in zł, returns-centre link, Amazon notification below a plain separator', data, 'reply')


@spec
def pl_invoice_nip():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('pl'), new_asin()
    buyer = 'Magdalena Zając'
    note = amz('pl', 'pl', oid, [(1, 'TechnoPunkt Router Wi-Fi 6 AX3000 TP-AX30', asin)],
               'Poproszę o fakturę VAT na firmę: Biuro Rachunkowe Zając, NIP 9512345678.', rl)
    txt = f"""Dzień dobry Pani Magdaleno,

w załączniku przesyłam fakturę VAT nr FV/2024/03/1187 do zamówienia {oid}.

Nabywca: Biuro Rachunkowe Zając, NIP 951-234-56-78
Sprzedawca: TechnoPunkt sp. z o.o., NIP 779-241-85-63
Kwota brutto: 389,00 zł (w tym VAT 23%: 72,74 zł)

Pozdrawiam
Marek Kowalczyk
TechnoPunkt – Biuro Obsługi Klienta
"""
    htm = html_doc(paras_html(txt) + f'\n<div class="moz-cite-prefix">W dniu 15.03.2024 o 08:47, {buyer} - Amazon Marketplace pisze:</div>\n'
                   '<blockquote type="cite">' + to_html(note) + '</blockquote>', lang='pl')
    plain = txt + f'\nW dniu 15.03.2024 o 08:47, {buyer} - Amazon Marketplace pisze:\n' + gt(note)
    pdf = make_pdf(['FAKTURA VAT FV/2024/03/1187', 'Sprzedawca: TechnoPunkt sp. z o.o.  NIP 779-241-85-63',
                    'Nabywca: Biuro Rachunkowe Zajac  NIP 951-234-56-78', 'Zamowienie Amazon ' + oid,
                    'Router TP-AX30  1 szt.  389,00 PLN brutto'], 'FV/2024/03/1187')
    root = mixed(alt(plain, htm, cs), [attach(pdf, 'Faktura_FV_2024_03_1187.pdf', 'application/pdf')], 'tb')
    d = D(2024, 3, 15, 12, 5, 1)
    irt = ses_id()
    data = build(addr(TECHNO['name'], TECHNO['addr']), rl, f'Re: Faktura VAT (Zamówienie: {oid})', d, root,
                 irt=irt, refs=irt, msgid_dom='technopunkt-sklep.pl')
    return R('pl-invoice-nip', 'pl', [], 'VAT invoice PDF; NIP tax ids written 3-3-2-2 like phone numbers, invoice number, gross amount', data, 'reply')


@spec
def pl_review_request_first():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('pl'), new_asin()
    PAIRS['pl'] = (oid, rl, asin)
    txt = f"""Dzień dobry,

dziękujemy za zakupy w sklepie Zielony Kąt (zamówienie {oid}).

Jeśli znajdzie Pan chwilę, będziemy wdzięczni za opinię o produkcie „Zraszacz wahadłowy ZK-200” – pomaga ona innym kupującym w wyborze.
https://www.amazon.pl/review/create-review?asin={asin}

Pozdrawiamy
Zespół Zielony Kąt
"""
    htm = html_doc(paras_html(txt), lang='pl')
    d = D(2024, 3, 18, 9, 0, 1)
    data = build(addr(ZIELONY['name'], ZIELONY['addr']), rl, f'Prośba o opinię – zamówienie {oid}', d,
                 alt(txt, htm, cs), msgid_dom='zielonykat.pl')
    return R('pl-review-request-first', 'pl', [], 'first neutral review request for the pl repeat pair', data, 'proactive')


@spec
def pl_dpd_replacement_html():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('pl'), new_asin()
    buyer = 'Piotr Kamiński'
    note = amz('pl', 'pl', oid, [(1, 'TechnoPunkt Słuchawki bezprzewodowe TP-BH5 czarne', asin)],
               'Lewa słuchawka nie ładuje się w etui. Co mogę zrobić?', rl)
    txt = f"""Dzień dobry Panie Piotrze,

przepraszamy za kłopot. Wysłaliśmy dziś nowy komplet słuchawek TP-BH5 kurierem DPD.

Numer listu przewozowego DPD: 1000634218467U
Przewidywana dostawa: 20.03.2024, między 9:00 a 15:00

Uszkodzony komplet można odesłać w tej samej paczce – etykieta zwrotna jest w środku, koszt pokrywamy my.

Pozdrawiam
Marek Kowalczyk
TechnoPunkt
"""
    htm = html_doc('<div>' + paras_html(txt) + '</div>\n<div><br></div>\n<div>18 mar 2024, 21:03 ' + buyer
                   + ' - Amazon Marketplace &lt;' + rl + '&gt; napisał(a):</div>\n<blockquote type="cite">\n' + to_html(note)
                   + '\n</blockquote>', lang='pl')
    plain = txt + f'\n18 mar 2024, 21:03 {buyer} - Amazon Marketplace <{rl}> napisał(a):\n' + gt(note)
    d = D(2024, 3, 19, 8, 50, 1)
    irt = ses_id()
    data = build(addr(TECHNO['name'], TECHNO['addr']), rl, f'Re: Problem z ładowaniem (Zamówienie: {oid})', d,
                 alt(plain, htm, cs, 'quoted-printable', 'base64'), irt=irt, refs=irt, msgid_dom='technopunkt-sklep.pl', crlf=True)
    return R('pl-dpd-replacement-html', 'pl', [], 'HTML reply (CRLF) with DPD waybill number, delivery time window, prepaid return label, blockquote of Amazon notification', data, 'reply')


@spec
def pl_partial_refund_outlook():
    cs = 'iso-8859-2'
    oid, rl, asin = new_oid(), new_relay('pl'), new_asin()
    buyer = 'Ewa Wójcik'
    note = amz('pl', 'pl', oid, [(1, 'TechnoPunkt Ładowarka USB-C 65 W GaN', asin)],
               'Ładowarka działa, ale pudełko było zgniecione i folia rozerwana. Kupowałam ją na prezent.', rl, cs=cs)
    body = f"""Dzień dobry Pani Ewo,

bardzo przepraszamy za stan opakowania. W ramach przeprosin zwróciliśmy Pani 15% ceny, czyli 22,35 zł - zwrot pojawi się na koncie w ciągu kilku dni. Nie trzeba niczego odsyłać.

Pozdrawiam
Marek Kowalczyk

-----Wiadomość oryginalna-----
Od: {buyer} - Amazon Marketplace <{rl}>
Wysłano: wtorek, 19 marca 2024 17:40
Do: Obsługa klienta TechnoPunkt
Temat: Uszkodzone opakowanie (Zamówienie: {oid})

{note}
"""
    d = D(2024, 3, 20, 9, 12, 1)
    irt = ses_id()
    data = build(addr(TECHNO['name'], TECHNO['addr']), rl, f'RE: Uszkodzone opakowanie (Zamówienie: {oid})', d,
                 text_part(body, 'plain', cs, '8bit'), subj_cs=cs, irt=irt, refs=irt, msgid_dom='technopunkt-sklep.pl',
                 mailer='X-Mailer: Microsoft Outlook 16.0', crlf=True)
    return R('pl-partial-refund-outlook', 'pl', [], 'Outlook plain reply, "Od:/Wysłano:/Do:/Temat:" header (relay only, Do: without address); unconditional 15% partial refund', data, 'reply')


@spec
def pl_important_address_problem():
    cs = 'iso-8859-2'
    oid, rl = new_oid(), new_relay('pl')
    body = f"""Dzień dobry,

przygotowujemy do wysyłki Pana zamówienie {oid} (Zestaw narzędzi ogrodowych, 5 elementów).

W adresie dostawy wybrano dostawę do paczkomatu, ale brakuje kodu paczkomatu - jest tylko miejscowość "Kraków". Bez kodu przewoźnik nie przyjmie przesyłki.

Prosimy o odpowiedź z kodem paczkomatu (np. KRA01A) albo z pełnym adresem do doręczenia kurierem. Wyślemy paczkę tego samego dnia.

Pozdrawiamy
Zielony Kąt
"""
    d = D(2024, 3, 20, 13, 40, 1)
    data = build(addr(ZIELONY['name'], ZIELONY['addr']), rl, f'[Important] Brakujący kod paczkomatu - zamówienie {oid}', d,
                 text_part(body, 'plain', cs, 'base64'), subj_cs=cs, msgid_dom='zielonykat.pl')
    return R('pl-important-address-problem', 'pl', [], '[Important] correctly used for a shipping-address problem (missing parcel-locker code); iso-8859-2 base64', data, 'proactive')


@spec
def pl_product_question_no_oid():
    cs = 'utf-8'
    rl, asin = new_relay('pl'), new_asin()
    buyer = 'Grzegorz Mazur'
    note = amz('pl', 'pl', None, [(1, 'Zielony Kąt Kosiarka akumulatorowa 40V ZK-M40', asin)],
               'Czy ta kosiarka da radę na trawniku ok. 500 m2? I jaka jest klasa szczelności?', rl, tok=False)
    body = f"""Dzień dobry Panie Grzegorzu,

ZK-M40 z akumulatorem 4,0 Ah kosi ok. 450–550 m2 na jednym ładowaniu, więc przy 500 m2 wystarczy. Przy wyższej trawie warto mieć drugi akumulator (ZK-B40, 4,0 Ah).
Klasa szczelności to IPX4 – kosiarka jest odporna na zachlapania, ale nie należy jej myć pod strumieniem wody.
Szerokość koszenia: 38 cm, regulacja wysokości: 25–75 mm w 6 stopniach.

Pozdrawiamy
Katarzyna Wiśniewska
Zielony Kąt

> {buyer} - Amazon Marketplace <{rl}> napisał:
{gt(note)}
"""
    d = D(2024, 3, 21, 10, 0, 1)
    irt = ses_id()
    data = build(addr(ZIELONY['name'], ZIELONY['addr']), rl, 'Re: Pytanie o produkt od klienta Amazon Grzegorz', d,
                 text_part(body, 'plain', cs, 'quoted-printable'), irt=irt, msgid_dom='zielonykat.pl')
    return R('pl-product-question-no-oid', 'pl', [], 'product-question reply without order id; technical numbers (m2, Ah, mm, IPX4), "klasa"', data, 'reply')


@spec
def pl_webcam_skype_feature():
    cs = 'iso-8859-2'
    oid, rl, asin = new_oid(), new_relay('pl'), new_asin()
    buyer = 'Joanna Krawczyk'
    note = amz('pl', 'pl', oid, [(1, 'TechnoPunkt Kamera internetowa Full HD TP-CAM2 z mikrofonem', asin)],
               'Czy kamera zadziała z Teams i Skype na laptopie służbowym? Nie mogę instalować sterowników.', rl, cs=cs)
    body = f"""Dzień dobry Pani Joanno,

tak - TP-CAM2 działa w standardzie UVC, więc nie wymaga instalowania sterowników. Działa od razu z Microsoft Teams, Skype, Zoom i Google Meet na Windows 10/11 i macOS.
Wystarczy podłączyć kamerę do portu USB-A (lub USB-C przez przejściówkę) i wybrać "TP-CAM2" w ustawieniach wideo aplikacji.

Pozdrawiam
Marek Kowalczyk
TechnoPunkt

W dniu 21.03.2024 o 19:26, {buyer} - Amazon Marketplace pisze:
{gt(note)}
"""
    d = D(2024, 3, 22, 8, 30, 1)
    irt = ses_id()
    data = build(addr(TECHNO['name'], TECHNO['addr']), rl, f'Re: Kompatybilność kamery (Zamówienie: {oid})', d,
                 text_part(body, 'plain', cs, '8bit', flowed=False), subj_cs=cs, irt=irt, refs=irt, msgid_dom='technopunkt-sklep.pl')
    return R('pl-webcam-skype-feature', 'pl', [], 'Skype, Teams, Zoom and Meet named as software the product works with, not as contact channels', data, 'reply')


@spec
def pl_signature_email_phone():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('pl'), new_asin()
    buyer = 'Agnieszka Szymańska'
    note = amz('pl', 'pl', oid, [(1, 'TechnoPunkt Powerbank 20000 mAh PD 22,5 W', asin)],
               'Czy ten powerbank można zabrać do samolotu w bagażu podręcznym?', rl)
    txt = f"""Dzień dobry Pani Agnieszko,

tak, 20000 mAh przy 3,7 V to 74 Wh, czyli poniżej limitu 100 Wh – można go zabrać w bagażu podręcznym (nie w rejestrowanym).

Pozdrawiam
Marek Kowalczyk
TechnoPunkt sp. z o.o.
tel. +48 22 395 71 40 (pn.–pt. 8–16)
e-mail: bok@technopunkt-sklep.pl
"""
    pre = '<div style="display:none;max-height:0;overflow:hidden">Sprawdź nasze wiosenne promocje na technopunkt-sklep.pl</div>\n'
    htm = html_doc(pre + paras_html(txt) + f'\n<div>W dniu 22.03.2024 o 14:02, {html.escape(buyer)} - Amazon Marketplace pisze:</div>\n'
                   '<blockquote type="cite">' + to_html(note) + '</blockquote>', lang='pl')
    plain = txt + f'\nW dniu 22.03.2024 o 14:02, {buyer} - Amazon Marketplace pisze:\n' + gt(note)
    d = D(2024, 3, 22, 15, 0, 1)
    irt = ses_id()
    data = build(addr(TECHNO['name'], TECHNO['addr']), rl, f'Re: Powerbank w samolocie (Zamówienie: {oid})', d,
                 alt(plain, htm, cs), irt=irt, refs=irt, msgid_dom='technopunkt-sklep.pl')
    return R('pl-signature-email-phone', 'pl', ['external_link', 'contact_email', 'contact_phone', 'marketing'], 'obfuscated (display:none preheader promoting sales on the shop domain, HTML part only); correct product answer, signature with +48 phone number and e-mail address', data, 'reply')


@spec
def pl_review_gating():
    cs = 'iso-8859-2'
    oid, rl = new_oid(), new_relay('pl')
    body = f"""Dzień dobry,

dziękujemy za zamówienie {oid} w sklepie Zielony Kąt.

Jeśli wszystko jest w porządku i jest Pani zadowolona z zakupu, będziemy bardzo wdzięczni za 5 gwiazdek w opinii o produkcie. Dla małego sklepu to naprawdę dużo znaczy.

A jeśli coś poszło nie tak - prosimy nie wystawiać od razu negatywnej opinii, tylko najpierw odpisać na tę wiadomość. Wszystko załatwimy.

Pozdrawiamy
Zespół Zielony Kąt
"""
    d = D(2024, 3, 23, 10, 0, 1)
    data = build(addr(ZIELONY['name'], ZIELONY['addr']), rl, f'Jak oceniasz swój zakup? (zamówienie {oid})', d,
                 text_part(body, 'plain', cs, 'quoted-printable'), subj_cs=cs, msgid_dom='zielonykat.pl')
    return R('pl-review-gating', 'pl', ['review_manipulation'], 'review gating: 5 stars if happy, contact us first instead of a negative review', data, 'proactive')


@spec
def pl_review_request_repeat():
    cs = 'utf-8'
    oid, rl, asin = PAIRS['pl']
    body = f"""Dzień dobry,

piszemy ponownie w sprawie zamówienia {oid}. Nie zauważyliśmy jeszcze Pana opinii o zraszaczu ZK-200 – czy mógłby Pan poświęcić minutę i ją dodać?
https://www.amazon.pl/review/create-review?asin={asin}

Dziękujemy!
Zielony Kąt
"""
    d = D(2024, 3, 27, 9, 0, 1)
    data = build(addr('Zielony Kąt', 'opinie@zielonykat.pl'), rl, f'Przypomnienie: opinia o zamówieniu {oid}', d,
                 text_part(body, 'plain', cs, 'base64'), msgid_dom='zielonykat.pl')
    return R('pl-review-request-repeat', 'pl', ['repeat_request'], 'reminder review request for the same order and relay as pl-review-request-first, from another sender address', data, 'proactive')


@spec
def pl_whatsapp_spaced_digits():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('pl'), new_asin()
    buyer = 'Paweł Dąbrowski'
    note = amz('pl', 'pl', oid, [(1, 'Zielony Kąt Altana ogrodowa 3x3 m z moskitierą', asin)],
               'Brakuje w paczce dwóch śrub M8 i nie wiem, jak zamontować daszek.', rl)
    body = f"""Dzień dobry Panie Pawle,

brakujące śruby M8 (2 szt.) wysyłamy dziś listem poleconym.

Montaż daszka najłatwiej pokazać na żywo – proszę napisać do nas na WhatsAppie, wyślemy filmik krok po kroku:
6 0 1 - 2 3 4 - 5 6 7 (WhatsApp, pan Robert z magazynu)

Pozdrawiam
Katarzyna Wiśniewska

W dniu 24.03.2024 o 18:30, {buyer} - Amazon Marketplace pisze:
{gt(note)}
"""
    d = D(2024, 3, 25, 8, 15, 1)
    irt = ses_id()
    data = build(addr(ZIELONY['name'], ZIELONY['addr']), rl, f'Re: Brakujące elementy (Zamówienie: {oid})', d,
                 text_part(body, 'plain', cs, 'quoted-printable'), irt=irt, refs=irt, msgid_dom='zielonykat.pl')
    return R('pl-whatsapp-spaced-digits', 'pl', ['contact_phone', 'contact_other'], 'obfuscated (spaced digits) WhatsApp number offered for assembly help', data, 'reply')


@spec
def pl_insult_buyer_phone_quoted():
    cs = 'iso-8859-2'
    oid, rl, asin = new_oid(), new_relay('pl'), new_asin()
    buyer = 'Krzysztof Pawlak'
    note = amz('pl', 'pl', oid, [(1, 'TechnoPunkt Smartwatch TP-W3 GPS', asin)],
               'Zegarek nie łączy się z telefonem, to jakiś szajs. Proszę o telefon: 512 304 918.', rl, cs=cs)
    body = f"""Panie Krzysztofie,

to nie zegarek jest problemem, tylko Pan. Gdyby Pan przeczytał instrukcję zamiast wypisywać bzdury, wiedziałby Pan, że trzeba włączyć Bluetooth. Nie będziemy do nikogo dzwonić i tłumaczyć rzeczy oczywistych.

Jeszcze jedna taka wiadomość i zgłosimy Pana konto do Amazon.

TechnoPunkt

W dniu 26.03.2024 o 07:58, {buyer} - Amazon Marketplace pisze:
{gt(note)}
"""
    d = D(2024, 3, 26, 9, 40, 1)
    irt = ses_id()
    data = build(addr(TECHNO['name'], TECHNO['addr']), rl, f'Re: Zegarek nie działa (Zamówienie: {oid})', d,
                 text_part(body, 'plain', cs, 'quoted-printable'), subj_cs=cs, irt=irt, refs=irt, msgid_dom='technopunkt-sklep.pl')
    return R('pl-insult-buyer-phone-quoted', 'pl', ['contact_phone', 'offensive'], "insulting, threatening reply; the buyer's own phone number is in the quoted notification", data, 'reply')


@spec
def pl_unsubscribe_footer():
    cs = 'utf-8'
    oid, rl = new_oid(), new_relay('pl')
    local = rl.split('@')[0]
    txt = f"""Dzień dobry,

kurier zwrócił przesyłkę z zamówieniem {oid} z adnotacją „adresat nieznany – brak numeru mieszkania”.
Prosimy o podanie numeru mieszkania w odpowiedzi na tę wiadomość, a nadamy paczkę ponownie na nasz koszt.

Pozdrawiamy
Zielony Kąt

--
Nie chcesz dostawać od nas wiadomości? Wypisz się tutaj: https://zielonykat.pl/powiadomienia/wypisz?u={local}
"""
    htm = html_doc(paras_html(txt.split('--\n')[0]) + f'\n<hr>\n<p>Nie chcesz dostawać od nas wiadomości? '
                   f'<a href="https://zielonykat.pl/powiadomienia/wypisz?u={local}">Wypisz się tutaj</a></p>', lang='pl')
    d = D(2024, 3, 26, 12, 0, 1)
    data = build(addr(ZIELONY['name'], ZIELONY['addr']), rl, f'Zwrot przesyłki – brak numeru mieszkania ({oid})', d,
                 alt(txt, htm, cs), msgid_dom='zielonykat.pl',
                 extra=[f'List-Unsubscribe: <https://zielonykat.pl/powiadomienia/wypisz?u={local}>',
                        'List-Unsubscribe-Post: List-Unsubscribe=One-Click'])
    return R('pl-unsubscribe-footer', 'pl', ['external_link', 'opt_out'], 'legitimate address-problem message, but shop software adds an unsubscribe link in the body and a List-Unsubscribe header', data, 'proactive')


@spec
def pl_zip_photos():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('pl'), new_asin()
    buyer = 'Monika Kaczmarek'
    note = amz('pl', 'pl', oid, [(1, 'Zielony Kąt Regał ogrodowy metalowy 4 półki', asin)],
               'Instrukcja jest nieczytelna. Czy macie zdjęcia z montażu?', rl)
    body = f"""Dzień dobry Pani Moniko,

w załączniku przesyłam archiwum ze zdjęciami poszczególnych etapów montażu regału (kroki 1-6).
Najważniejsze: półki wkładamy od dołu, a śruby dokręcamy dopiero po złożeniu całości.

Pozdrawiam
Katarzyna Wiśniewska
Zielony Kąt

W dniu 27.03.2024 o 10:11, {buyer} - Amazon Marketplace pisze:
{gt(note)}
"""
    z = make_zip([('krok_%d.jpg' % i, make_jpeg(16, 16)) for i in range(1, 7)])
    root = mixed(text_part(body, 'plain', cs, '8bit'), [attach(z, 'zdjecia_montaz.zip', 'application/zip')], 'tb')
    d = D(2024, 3, 27, 13, 20, 1)
    irt = ses_id()
    data = build(addr(ZIELONY['name'], ZIELONY['addr']), rl, f'Re: Instrukcja montażu (Zamówienie: {oid})', d, root,
                 irt=irt, refs=irt, msgid_dom='zielonykat.pl')
    return R('pl-zip-photos', 'pl', ['attachment'], 'assembly photos sent as a ZIP archive', data, 'reply')


@spec
def pl_out_of_stock_important():
    cs = 'iso-8859-2'
    oid, rl = new_oid(), new_relay('pl')
    body = f"""Dzień dobry,

niestety zamówiony produkt (Lampa solarna LED, zestaw 6 szt.) chwilowo jest niedostępny w naszym magazynie. Kolejna dostawa jest spodziewana za ok. 3 tygodnie.

Zamówienie {oid} zostanie przez nas anulowane, a pieniądze wrócą automatycznie.

Przepraszamy
Zielony Kąt
"""
    d = D(2024, 3, 28, 8, 0, 1)
    data = build(addr(ZIELONY['name'], ZIELONY['addr']), rl, f'[Important] Produkt niedostępny - zamówienie {oid}', d,
                 text_part(body, 'plain', cs, '8bit'), subj_cs=cs, msgid_dom='zielonykat.pl')
    return R('pl-out-of-stock-important', 'pl', ['important_tag', 'unpermitted_proactive'], 'out-of-stock notice sent proactively and tagged [Important]', data, 'proactive')


# ============================================================================ SWEDISH (se)
NORDLJUS = sel('Nordljus Belysning AB', 'kundservice@nordljus-belysning.se', 'Nordljus')
FJALL = sel('Fjällspår Outdoor', 'support@fjallspar.se', 'Fjällspår')


@spec
def sv_postnord_delay():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('se'), new_asin()
    buyer = 'Erik Johansson'
    note = amz('sv', 'se', oid, [(1, 'Nordljus Golvlampa Björk 150 cm, ek', asin)],
               'Hej! Leveransen skulle komma i fredags men jag har inte fått något. Vet ni var paketet är?', rl)
    body = f"""Hej Erik,

tack för att du hörde av dig. Paketet lämnades till PostNord den 11 mars och ligger just nu på terminalen i Jönköping.

Kollinummer: 00373500485123456789
Beställning: {oid}

PostNord räknar med leverans till ditt ombud (ICA Nära Backen) tisdag 19 mars efter kl. 14. Du får ett sms från PostNord när det går att hämta.

Vi ber om ursäkt för förseningen.

Vänliga hälsningar
Elin Lindqvist
Nordljus Belysning

Den 18 mars 2024 kl. 09:14 skrev {buyer} - Amazon Marketplace <{rl}>:
{gt(note)}
"""
    d = D(2024, 3, 18, 10, 30, 1)
    irt = ses_id()
    data = build(addr(NORDLJUS['name'], NORDLJUS['addr']), rl, f'Re: Fråga om leverans (Beställning: {oid})', d,
                 text_part(body, 'plain', cs, 'quoted-printable'), irt=irt, refs=irt, msgid_dom='nordljus-belysning.se')
    return R('sv-postnord-delay', 'sv', [], 'PostNord 20-digit parcel number, pick-up point and time, "Den ... skrev ...:" quote with relay', data, 'reply')


@spec
def sv_return_address():
    cs = 'iso-8859-1'
    oid, rl, asin = new_oid(), new_relay('se'), new_asin()
    buyer = 'Sara Karlsson'
    note = amz('sv', 'se', oid, [(1, 'Nordljus Taklampa Ring 60 cm, vit', asin)],
               'Lampan var större än jag trodde och passar inte i hallen. Kan jag returnera den?', rl, cs=cs, style='old')
    body = f"""Hej Sara,

självklart. Starta returen i Amazons returcenter:
https://www.amazon.se/gp/orc/returns/homepage.html

Skicka sedan lampan i originalförpackningen till:
Nordljus Belysning AB
Returer
Industrivägen 14
451 75 Uddevalla

När vi har tagit emot lampan återbetalar vi hela beloppet, 499 kr, inom 3 bankdagar.

Vänliga hälsningar
Elin Lindqvist
Nordljus Belysning

Den 19 mars 2024 kl. 20:41 skrev {buyer} - Amazon Marketplace <{rl}>:
{gt(note)}
"""
    d = D(2024, 3, 20, 8, 55, 1)
    irt = ses_id()
    data = build(addr(NORDLJUS['name'], NORDLJUS['addr']), rl, f'Re: Retur (Beställning: {oid})', d,
                 text_part(body, 'plain', cs, 'quoted-printable'), subj_cs=cs, irt=irt, refs=irt, msgid_dom='nordljus-belysning.se')
    return R('sv-return-address', 'sv', [], 'iso-8859-1 QP; return address with Swedish postcode, refund in kr, returns-centre link', data, 'reply')


@spec
def sv_invoice_orgnr():
    cs = 'iso-8859-15'
    oid, rl, asin = new_oid(), new_relay('se'), new_asin()
    buyer = 'Johan Nilsson'
    note = amz('sv', 'se', oid, [(1, 'Fjällspår Tält Tarfala 3-personers', asin)],
               'Hej, kan jag få en faktura med momsen specificerad? Köpet gjordes via företaget Nilsson Bygg AB.', rl, cs=cs)
    body = f"""Hej Johan,

fakturan för beställning {oid} finns bifogad som PDF.

Fakturanummer: 2024-0331
Belopp: 3 495,00 kr inkl. moms (moms 25 %: 699,00 kr)
Säljare: Fjällspår Outdoor AB, org.nr 556677-8899, momsreg.nr SE556677889901

Hälsningar
Oskar Berg
Fjällspår Outdoor

Den 20 mars 2024 kl. 16:02 skrev {buyer} - Amazon Marketplace <{rl}>:
{gt(note)}
"""
    pdf = make_pdf(['FAKTURA 2024-0331', 'Fjallspar Outdoor AB  org.nr 556677-8899', 'Kund: Nilsson Bygg AB',
                    'Amazon-order ' + oid, 'Talt Tarfala 3p   3 495,00 kr inkl. moms 25 %'], 'Faktura 2024-0331')
    root = mixed(text_part(body, 'plain', cs, 'base64'), [attach(pdf, 'Faktura_2024-0331.pdf', 'application/pdf')])
    d = D(2024, 3, 21, 9, 10, 1)
    irt = ses_id()
    data = build(addr(FJALL['name'], FJALL['addr']), rl, f'Re: Faktura (Beställning: {oid})', d, root, subj_cs=cs,
                 irt=irt, refs=irt, msgid_dom='fjallspar.se')
    return R('sv-invoice-orgnr', 'sv', [], 'invoice PDF; Swedish org.nr 556677-8899 and VAT number that look like phone numbers; iso-8859-15 base64', data, 'reply')


@spec
def sv_review_request_first():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('se'), new_asin()
    PAIRS['sv'] = (oid, rl, asin)
    body = f"""Hej Linnea,

tack för din beställning {oid} hos Fjällspår!

Om du har en stund över skulle vi uppskatta om du ville skriva en recension av sovsäcken Kebne -10. Den hjälper andra friluftare att välja rätt.
https://www.amazon.se/review/create-review?asin={asin}

Ha en fin tur!
Oskar Berg
Fjällspår Outdoor
"""
    d = D(2024, 3, 22, 11, 0, 1)
    data = build(addr(FJALL['name'], FJALL['addr']), rl, f'Din beställning {oid} – vad tyckte du?', d,
                 text_part(body, 'plain', cs, '8bit'), msgid_dom='fjallspar.se')
    return R('sv-review-request-first', 'sv', [], 'first neutral review request for the sv repeat pair', data, 'proactive')


@spec
def sv_outlook_html_reply():
    cs = 'windows-1252'
    oid, rl, asin = new_oid(), new_relay('se'), new_asin()
    buyer = 'Maria Andersson'
    note = amz('sv', 'se', oid, [(2, 'Nordljus LED-lampa E27 806 lm dimbar', asin)],
               'Går lamporna att dimra med en vanlig vriddimmer från 90-talet?', rl, cs=cs)
    txt = f"""Hej Maria,

lamporna fungerar med de flesta bakkantsdimrar (LED-dimrar). Äldre framkantsdimrar för glödlampor kan ge flimmer eller brum. Vi rekommenderar en dimmer märkt "LED" med minsta last 5 W.

Vänliga hälsningar
Elin Lindqvist
Nordljus Belysning"""
    qh = (f'<b>Från:</b> {html.escape(buyer)} - Amazon Marketplace &lt;{rl}&gt;<br>\n<b>Skickat:</b> den 21 mars 2024 19:03<br>\n'
          f'<b>Till:</b> Nordljus Kundservice<br>\n<b>Ämne:</b> Fråga om dimring (Beställning: {oid})')
    htm = html_doc('<div dir="ltr">\n' + paras_html(txt) + '\n</div>\n<hr tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">' + qh
                   + '</div>\n<div><br>\n' + to_html(note) + '\n</div>', cs=cs)
    plain = txt + f"""

________________________________
Från: {buyer} - Amazon Marketplace <{rl}>
Skickat: den 21 mars 2024 19:03
Till: Nordljus Kundservice
Ämne: Fråga om dimring (Beställning: {oid})

{note}
"""
    d = D(2024, 3, 22, 8, 40, 1)
    irt = ses_id()
    data = build(addr(NORDLJUS['name'], NORDLJUS['addr']), rl, f'SV: Fråga om dimring (Beställning: {oid})', d,
                 alt(plain, htm, cs, 'quoted-printable', 'quoted-printable', 'outlook'), subj_cs=cs, irt=irt, refs=irt,
                 msgid_dom='nordljus-belysning.se', mailer='X-Mailer: Microsoft Outlook 16.0', crlf=True)
    return R('sv-outlook-html-reply', 'sv', [], 'Outlook HTML reply (SV: prefix, divRplyFwdMsg Från/Skickat/Till/Ämne with relay only, no style block), windows-1252', data, 'reply')


@spec
def sv_replacement_discount():
    cs = 'iso-8859-1'
    oid, rl, asin = new_oid(), new_relay('se'), new_asin()
    buyer = 'Anders Persson'
    note = amz('sv', 'se', oid, [(1, 'Fjällspår Vandringskängor Sarek GTX, stl 43', asin)],
               'Sulan har börjat lossna efter två veckor. Inte okej för det priset.', rl, cs=cs)
    body = f"""Hej Anders,

det ska absolut inte hända efter två veckor – vi ber verkligen om ursäkt.

Vi skickar ett nytt par Sarek GTX i storlek 43 i dag, och som kompensation för besväret har vi dessutom återbetalat 20 % av priset (359,80 kr) till ditt betalkort. Det gamla paret behöver du inte skicka tillbaka.

Hälsningar
Oskar Berg
Fjällspår Outdoor

Den 22 mars 2024 kl. 12:15 skrev {buyer} - Amazon Marketplace <{rl}>:
{gt(note)}
"""
    body = body.replace('–', '-')
    d = D(2024, 3, 22, 14, 0, 1)
    irt = ses_id()
    data = build(addr(FJALL['name'], FJALL['addr']), rl, f'Re: Sulan lossnar (Beställning: {oid})', d,
                 text_part(body, 'plain', cs, '8bit'), subj_cs=cs, irt=irt, refs=irt, msgid_dom='fjallspar.se')
    return R('sv-replacement-discount', 'sv', [], 'replacement plus 20% refund as compensation for a defect, not tied to any review', data, 'reply')


@spec
def sv_headset_whatsapp_feature():
    cs = 'utf-8'
    rl, asin = new_relay('se'), new_asin()
    buyer = 'Fredrik Svensson'
    note = amz('sv', 'se', None, [(1, 'Fjällspår Hörlurar Vidde ANC Bluetooth 5.3', asin)],
               'Funkar mikrofonen bra vid WhatsApp-samtal och Teams-möten ute i blåsigt väder?', rl, tok=False)
    body = f"""Hej Fredrik,

ja, Vidde ANC har två mikrofoner per lur med vindbrusreducering. De fungerar med alla samtalsappar i telefonen – vanliga samtal, WhatsApp-samtal, Teams och Zoom. I kraftig vind hörs du bäst om du ställer in "Vindläge" i appen Fjällspår Connect.

Batteritid: 38 h med ANC av, 26 h med ANC på.

Hälsningar
Oskar Berg
Fjällspår Outdoor

> {buyer} - Amazon Marketplace skrev:
{gt(note)}
"""
    d = D(2024, 3, 23, 9, 30, 1)
    irt = ses_id()
    data = build(addr(FJALL['name'], FJALL['addr']), rl, 'Re: Fråga om produktinformation från Amazon-kunden Fredrik', d,
                 text_part(body, 'plain', cs, 'quoted-printable'), irt=irt, msgid_dom='fjallspar.se')
    return R('sv-headset-whatsapp-feature', 'sv', [], 'product question without order id; WhatsApp and Teams named as call apps the headset works with, not as contact channels', data, 'reply')


@spec
def sv_helpscout_dhl_waybill():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('se'), new_asin()
    buyer = 'Karin Gustafsson'
    note1 = amz('sv', 'se', oid, [(1, 'Nordljus Vägglampa Nord, mässing', asin)],
                'Hej, jag behöver lampan innan helgen. Går det att skicka med express?', rl)
    note2 = amz('sv', 'se', oid, [(1, 'Nordljus Vägglampa Nord, mässing', asin)],
                'Toppen, tack! Jag betalar gärna mellanskillnaden.', rl)
    earlier = """Hej Karin,

det går bra – vi kan skicka med DHL Express för 89 kr extra. Vill du det?

Elin"""
    txt = f"""Hej Karin,

nu är lampan skickad med DHL Express. Mellanskillnaden på 89 kr bjuder vi på, så du behöver inte betala något extra.

Fraktsedelnummer (DHL Express): 4178330952
Beräknad leverans: fredag 29 mars före kl. 12.00

Trevlig helg!
Elin Lindqvist
Nordljus Belysning"""
    hist = [(f'{buyer} - Amazon Marketplace', 'tis 26 mars 2024 kl. 18:20', note2),
            ('Elin Lindqvist', 'tis 26 mars 2024 kl. 10:02', earlier),
            (f'{buyer} - Amazon Marketplace', 'mån 25 mars 2024 kl. 21:47', note1)]
    plain = txt + '\n\n' + '\n\n'.join('--------\n%s\n%s\n\n%s' % h for h in hist) + '\n'
    hh = ''.join('<div class="hs-thread"><p><b>%s</b> <span>%s</span></p>\n<div>%s</div></div>\n<hr>\n' % (
        html.escape(a), b, to_html(c)) for a, b, c in hist)
    htm = html_doc('<div>' + paras_html(txt) + '</div>\n<hr>\n' + hh, lang='sv')
    d = D(2024, 3, 27, 9, 5, 1)
    irt = ses_id()
    data = build(addr(NORDLJUS['name'], NORDLJUS['addr']), rl, f'Re: Expressfrakt (Beställning: {oid})', d,
                 alt(plain, htm, cs, 'quoted-printable', 'base64'), irt=irt, refs=irt, msgid_dom='helpscout.net')
    return R('sv-helpscout-dhl-waybill', 'sv', [], 'Help Scout thread history (two Amazon notifications and a clean earlier agent reply); 10-digit DHL Express waybill number', data, 'reply')


@spec
def sv_instagram_zero_width():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('se'), new_asin()
    buyer = 'Emma Olsson'
    note = amz('sv', 'se', oid, [(1, 'Fjällspår Ryggsäck Abisko 45 L, grön', asin)],
               'Hur ställer jag in ryggsystemet? Jag är 164 cm lång.', rl)
    txt = f"""Hej Emma,

för din längd ska ryggplattan stå i läge S (näst lägsta hålet). Dra först upp axelremmarna, lossa kardborren bakom ryggplattan och flytta den till läge S.

Följ oss gärna på Insta\u200bgram @fjallspar.outdoor – där visar vi packtips, nya produkter och kampanjer varje vecka!

Hälsningar
Oskar Berg
Fjällspår Outdoor
"""
    htm = html_doc(paras_html(txt) + f'\n<div>Den 24 mars 2024 kl. 11:03 skrev {html.escape(buyer)} - Amazon Marketplace:</div>\n'
                   '<blockquote type="cite">' + to_html(note) + '</blockquote>', lang='sv')
    plain = txt + f'\nDen 24 mars 2024 kl. 11:03 skrev {buyer} - Amazon Marketplace:\n' + gt(note)
    d = D(2024, 3, 24, 13, 0, 1)
    irt = ses_id()
    data = build(addr(FJALL['name'], FJALL['addr']), rl, f'Re: Ryggsystem (Beställning: {oid})', d, alt(plain, htm, cs),
                 irt=irt, refs=irt, msgid_dom='fjallspar.se')
    return R('sv-instagram-zero-width', 'sv', ['contact_other', 'marketing'], 'obfuscated (zero-width space in "Instagram") follow-us handle promising products and campaigns, after a helpful answer', data, 'reply')


@spec
def sv_giftcard_for_review():
    cs = 'iso-8859-15'
    oid, rl, asin = new_oid(), new_relay('se'), new_asin()
    body = f"""Hej!

Tack för att du handlade hos Nordljus (beställning {oid}).

Skriv en recension av din nya bordslampa på Amazon så skickar vi ett presentkort på 100 kr som tack. Svara bara på det här mejlet med ditt namn som recensent när den är publicerad.
https://www.amazon.se/review/create-review?asin={asin}

Ljusa hälsningar
Nordljus Belysning
"""
    d = D(2024, 3, 25, 10, 0, 1)
    data = build(addr(NORDLJUS['name'], NORDLJUS['addr']), rl, f'Ett litet tack väntar på dig – beställning {oid}', d,
                 text_part(body, 'plain', cs, 'quoted-printable'), subj_cs='utf-8', msgid_dom='nordljus-belysning.se')
    return R('sv-giftcard-for-review', 'sv', ['review_incentive'], 'gift card of 100 kr promised for writing a review (no star demand)', data, 'proactive')


@spec
def sv_review_request_repeat():
    cs = 'utf-8'
    oid, rl, asin = PAIRS['sv']
    txt = f"""Hej Linnea,

vi hörde av oss för en dryg vecka sedan om din beställning {oid}. Har du hunnit testa sovsäcken Kebne -10? Vi skulle bli glada för en recension när du har tid.
https://www.amazon.se/review/create-review?asin={asin}

Hälsningar
Fjällspår Outdoor
"""
    htm = html_doc(paras_html(txt), lang='sv')
    d = D(2024, 4, 1, 11, 0, 1)
    data = build(addr(FJALL['name'], FJALL['addr']), rl, f'Påminnelse: din beställning {oid}', d, alt(txt, htm, cs),
                 msgid_dom='fjallspar.se')
    return R('sv-review-request-repeat', 'sv', ['repeat_request'], 'second review request for the same order and relay as sv-review-request-first', data, 'proactive')


@spec
def sv_http_amazon_link():
    cs = 'iso-8859-1'
    oid, rl, asin = new_oid(), new_relay('se'), new_asin()
    buyer = 'Lars Eriksson'
    note = amz('sv', 'se', oid, [(1, 'Nordljus Utomhuslampa Hamn IP44, svart', asin)],
               'Jag hittar inte min order. Har den skickats?', rl, cs=cs)
    body = f"""Hej Lars,

ja, din order skickades i går. Du kan se status och spårning direkt på din ordersida här:
http://www.amazon.se/gp/your-account/order-details?orderID={oid}

Hälsningar
Elin Lindqvist
Nordljus Belysning

Den 26 mars 2024 kl. 07:48 skrev {buyer} - Amazon Marketplace <{rl}>:
{gt(note)}
"""
    d = D(2024, 3, 26, 9, 0, 1)
    irt = ses_id()
    data = build(addr(NORDLJUS['name'], NORDLJUS['addr']), rl, f'Re: Var är min order? (Beställning: {oid})', d,
                 text_part(body, 'plain', cs, '8bit'), subj_cs=cs, irt=irt, refs=irt, msgid_dom='nordljus-belysning.se')
    return R('sv-http-amazon-link', 'sv', ['external_link'], 'Amazon order-details link written with plain http: (never allowed)', data, 'reply')


@spec
def sv_font_colour_centred():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('se'), new_asin()
    buyer = 'Ida Berglund'
    note = amz('sv', 'se', oid, [(1, 'Fjällspår Stormkök Alpin med gasbrännare', asin)],
               'Vilken gas passar till stormköket?', rl)
    txt = """Hej Ida,

stormköket Alpin passar med alla gaspatroner med EN 417-gänga (t.ex. butan/propan 230 g). Vintertid rekommenderar vi en blandning med isobutan.

Hälsningar
Oskar Berg
Fjällspår Outdoor
"""
    body = ''.join('<p style="font-family:Georgia,serif;color:#2a5d3c;text-align:center;font-size:15px">%s</p>\n' % to_html(p)
                   for p in txt.strip().split('\n\n'))
    htm = html_doc(body + f'<div>Den 27 mars 2024 kl. 08:30 skrev {html.escape(buyer)} - Amazon Marketplace &lt;{rl}&gt;:</div>\n'
                   '<blockquote type="cite">' + to_html(note) + '</blockquote>', lang='sv')
    plain = txt + f'\nDen 27 mars 2024 kl. 08:30 skrev {buyer} - Amazon Marketplace <{rl}>:\n' + gt(note)
    d = D(2024, 3, 27, 10, 0, 1)
    irt = ses_id()
    data = build(addr(FJALL['name'], FJALL['addr']), rl, f'Re: Gas till stormkök (Beställning: {oid})', d,
                 alt(plain, htm, cs, 'quoted-printable', 'base64'), irt=irt, refs=irt, msgid_dom='fjallspar.se')
    return R('sv-font-colour-centred', 'sv', ['styling'], 'macro template with font-family and colour overrides and centred paragraphs', data, 'reply')


@spec
def sv_remove_feedback_threat():
    cs = 'windows-1252'
    oid, rl = new_oid(), new_relay('se')
    body = f"""Hej,

angående beställning {oid}: du har lämnat ett negativt säljaromdöme om oss, trots att lampan levererades i tid.

Vi kräver att du tar bort omdömet senast på fredag. Gör du inte det kommer vi att rapportera ditt konto till Amazon för falska omdömen, och vi tvekar inte att gå vidare med det. Folk som du förstör för små företag.

Nordljus Belysning
"""
    d = D(2024, 3, 28, 16, 0, 1)
    data = build(addr(NORDLJUS['name'], NORDLJUS['addr']), rl, f'Ditt omdöme om beställning {oid}', d,
                 text_part(body, 'plain', cs, 'quoted-printable'), subj_cs=cs, msgid_dom='nordljus-belysning.se', crlf=True)
    return R('sv-remove-feedback-threat', 'sv', ['feedback_removal', 'offensive'], 'demands removal of seller feedback with a deadline, threat and insult', data, 'proactive')


@spec
def sv_bulky_delivery_no_oid():
    cs = 'iso-8859-1'
    rl = new_relay('se')
    body = """Hej!

Din nya hammock-ställning (32 kg) levereras av DB Schenker med tidsbokning. Svara på det här mejlet med vilken dag som passar bäst:

  - tisdag 2 april, kl. 8-12
  - onsdag 3 april, kl. 12-17

Chauffören bär in till tomtgränsen.

Hälsningar
Fjällspår Outdoor
"""
    d = D(2024, 3, 28, 9, 0, 1)
    data = build(addr(FJALL['name'], FJALL['addr']), rl, 'Tidsbokning av leverans', d,
                 text_part(body, 'plain', cs, '8bit'), msgid_dom='fjallspar.se')
    return R('sv-bulky-delivery-no-oid', 'sv', ['missing_order_id'], 'permitted purpose (delivery scheduling of a bulky item) but no order id anywhere', data, 'proactive')


@spec
def sv_helpscout_open_pixel():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('se'), new_asin()
    buyer = 'Oscar Lundgren'
    note = amz('sv', 'se', oid, [(1, 'Nordljus Skrivbordslampa Arbete LED, svart', asin)],
               'Lampan blinkar när jag dimrar ner den helt. Är den trasig?', rl)
    txt = """Hej Oscar,

på lägsta nivån kan lampan flimra något om den sitter i samma grenuttag som en laddare med switchat nätaggregat. Testa att flytta laddaren till ett annat uttag. Om den fortfarande blinkar skickar vi en ny lampa direkt.

Hälsningar
Elin Lindqvist
Nordljus Belysning
"""
    hs = hexs(24)
    htm = html_doc(paras_html(txt) + f'\n<div>Den 28 mars 2024 kl. 19:12 skrev {html.escape(buyer)} - Amazon Marketplace:</div>\n'
                   '<blockquote type="cite">' + to_html(note) + '</blockquote>\n'
                   + f'<img src="https://hsbeacon.nordljus-support.se/t/open/{hs}.gif" width="1" height="1" alt="" border="0">', lang='sv')
    plain = txt + f'\nDen 28 mars 2024 kl. 19:12 skrev {buyer} - Amazon Marketplace:\n' + gt(note)
    d = D(2024, 3, 29, 8, 45, 1)
    irt = ses_id()
    data = build(addr(NORDLJUS['name'], NORDLJUS['addr']), rl, f'Re: Lampan blinkar (Beställning: {oid})', d,
                 alt(plain, htm, cs), irt=irt, refs=irt, msgid_dom='helpscout.net')
    return R('sv-helpscout-open-pixel', 'sv', ['tracking_pixel'], 'Help Scout open tracking: 1x1 remote beacon image at the end of a helpful reply', data, 'reply')


# ============================================================================ ENGLISH (sg, ae, com.tr, com.be)
MERLION = sel('Merlion Home Supplies', 'care@merlionhome.sg', 'Merlion Home Supplies')
DESERT = sel('Desert Palm Trading', 'support@desertpalm-trading.ae', 'Desert Palm Trading')
BOSPHORUS = sel('Bosphorus Textiles Support', 'help@bosphorus-textiles.com.tr', 'Bosphorus Textiles')
BRABANT = sel('Brabant Bike Parts', 'service@brabantbikeparts.be', 'Brabant Bike Parts')


def efrom(s):
    return addr(s['name'], s['addr'])


@spec
def en_sg_ninjavan_gmail():
    oid, rl, asin = new_oid(), new_relay('sg'), new_asin()
    buyer = 'Priya Nair'
    note = amz('en', 'sg', oid, [(1, 'Merlion Bamboo Cutting Board Set of 3', asin)],
               'Hi, the app says out for delivery since yesterday but nothing came. Can you check?', rl)
    txt = f"""Hi Priya,

Thanks for letting us know. Ninja Van tells us the driver could not get access to your block yesterday, so the parcel was brought back to the hub.

Tracking number: NVSGMERLH0004471926
New delivery slot: Thursday 14 March, 2pm - 6pm

If nobody is home, the driver will leave it with the condo guardhouse as noted in your delivery instructions. Your order {oid} (S$39.90) is otherwise complete.

Best regards,
Wei Ling Tan
Merlion Home Supplies"""
    qh = f'On Tue, 12 Mar 2024 at 21:07, {buyer} - Amazon Marketplace &lt;<a href="mailto:{rl}">{rl}</a>&gt; wrote:'
    htm = html_doc('<div dir="ltr">' + paras_html(txt) + '</div><br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + qh
                   + '<br></div>\n<blockquote class="gmail_quote">\n' + to_html(note) + '\n</blockquote></div>')
    plain = txt + f'\n\nOn Tue, 12 Mar 2024 at 21:07, {buyer} - Amazon Marketplace <{rl}> wrote:\n\n' + gt(note)
    d = D(2024, 3, 13, 9, 12, 8)
    irt = ses_id()
    data = build(efrom(MERLION), rl, f'Re: Delivery inquiry from Amazon customer Priya (Order: {oid})', d, alt(plain, htm),
                 irt=irt, refs=irt, msgid_dom='mail.gmail.com')
    return R('en-sg-ninjavan-gmail', 'en', [], 'Gmail reply on amazon.sg: Ninja Van tracking number, delivery slot, S$ price, gmail_quote with mailto: relay', data, 'reply')


@spec
def en_sg_refund_gorgias():
    oid, rl, asin = new_oid(), new_relay('sg'), new_asin()
    buyer = 'Marcus Lim'
    note = amz('en', 'sg', oid, [(1, 'Merlion Insulated Food Jar 750ml, sage', asin)],
               'The lid leaks when I put soup in it. Quite disappointed, can I get a refund?', rl, nores=True)
    txt = f"""Hi Marcus,

Sorry about the leaking lid - that should not happen with soup. I have refunded the full S$24.90 to your original payment method just now; you don't need to send the jar back.

You can see the refund on your order page once it is processed (usually 3-5 business days):
https://www.amazon.sg/gp/your-account/order-details?orderID={oid}

Amazon's refund timelines are explained here:
https://www.amazon.sg/gp/help/customer/display.html?nodeId=GKQNFKFK5CF3C54B

Kind regards,
Wei Ling
Merlion Home Supplies"""
    htm = html_doc('<div class="gorgias-reply">' + paras_html(txt) + '</div>\n<div class="gorgias-history"><p>'
                   + f'{buyer} - Amazon Marketplace, 14 Mar 2024, 11:26</p>\n<blockquote>' + to_html(note)
                   + '</blockquote></div>')
    plain = txt + f'\n\n--- {buyer} - Amazon Marketplace, 14 Mar 2024, 11:26 ---\n\n' + note
    d = D(2024, 3, 14, 15, 0, 8)
    irt = ses_id()
    data = build(efrom(MERLION), rl, f'Re: Refund request (Order: {oid})', d, alt(plain, htm, 'utf-8', 'quoted-printable', 'base64'),
                 irt=irt, refs=irt, msgid_dom='email.gorgias.com')
    return R('en-sg-refund-gorgias', 'en', [], 'Gorgias reply: unconditional full refund, Amazon order-details and help-page links, quoted notification with no-response-needed link', data, 'reply')


@spec
def en_sg_voucher_for_review_rejected():
    oid, rl, asin = new_oid(), new_relay('sg'), new_asin()
    PAIRS['sg'] = (oid, rl, asin)
    body = f"""Hi Jun Hao,

Thank you for ordering the Merlion Rice Dispenser 10kg (order {oid}).

We'd love to hear what you think! Leave a review on Amazon and reply to this email with a screenshot, and we'll send you an S$10 voucher for your next purchase with us as a thank-you.

https://www.amazon.sg/review/create-review?asin={asin}

Cheers,
Merlion Home Supplies
"""
    d = D(2024, 3, 15, 10, 0, 8)
    data = build(efrom(MERLION), rl, f'How is your rice dispenser? (Order {oid})', d, text_part(body, 'plain', 'us-ascii', '7bit'),
                 msgid_dom='merlionhome.sg')
    return R('en-sg-voucher-for-review', 'en', ['review_incentive'], 'S$10 voucher for a review screenshot; rejected, so the order stays free for the later clean request (en-sg-clean-request-after-rejected)', data, 'proactive')


@spec
def en_ae_aramex_freshdesk():
    oid, rl, asin = new_oid(), new_relay('ae'), new_asin()
    buyer = 'Fatima Al Mansoori'
    note = amz('en', 'ae', oid, [(1, 'Desert Palm Arabic Coffee Dallah Set, gold', asin)],
               'Hello, when will my order arrive? I need it before Eid.', rl, style='old')
    body = f"""Dear Fatima,

Thank you for contacting Desert Palm Trading.

Your dallah set left our Dubai warehouse this morning with Aramex.
Waybill number: 4432187650
Expected delivery: Sunday 7 April, between 10:00 and 14:00

That is well before Eid. The courier will call you on the number in your Amazon delivery address before arriving.

Order {oid} - AED 349.00 paid.

Kind regards,
Omar Haddad
Customer Support, Desert Palm Trading

Ticket #10482

On Wed, 3 Apr 2024 at 08:15 GST, {buyer} - Amazon Marketplace <{rl}> wrote:
{gt(note)}
"""
    d = D(2024, 4, 3, 11, 30, 4)
    irt = ses_id()
    data = build(efrom(DESERT), rl, f'Re: Shipping inquiry from Amazon customer Fatima (Order: {oid})', d,
                 text_part(body, 'plain', 'utf-8', 'quoted-printable'), irt=irt, refs=irt, msgid_dom='desertpalm.freshdesk.com',
                 extra=['X-Freshdesk-Ticket-ID: 10482'])
    return R('en-ae-aramex-freshdesk', 'en', [], 'Freshdesk reply on amazon.ae: 10-digit Aramex waybill number, AED amount, ticket number, the courier will call (no number given)', data, 'reply')


@spec
def en_ae_important_sofa_delivery():
    oid, rl = new_oid(), new_relay('ae')
    txt = f"""Dear Khalid,

Thank you for your order {oid} (Desert Palm 3-Seater Majlis Sofa, 78 kg).

Because of its size, the sofa is delivered by our own two-person team and needs an appointment. Please reply with the day that suits you:

- Tuesday 9 April, 09:00 - 13:00
- Wednesday 10 April, 14:00 - 18:00
- Saturday 13 April, 09:00 - 13:00

Please also let us know the floor number and whether the building has a service lift.

Kind regards,
Omar Haddad
Desert Palm Trading"""
    htm = html_doc(paras_html(txt))
    d = D(2024, 4, 4, 10, 0, 4)
    data = build(efrom(DESERT), rl, f'Schedule your sofa delivery - order {oid} [Important]', d, alt(txt, htm),
                 msgid_dom='desertpalm-trading.ae')
    return R('en-ae-important-sofa-delivery', 'en', [], '[Important] at the end of the subject, correctly used for bulky-item delivery scheduling', data, 'proactive')


@spec
def en_ae_invoice_trn():
    oid, rl, asin = new_oid(), new_relay('ae'), new_asin()
    buyer = 'Rahul Menon'
    note = amz('en', 'ae', oid, [(1, 'Desert Palm Oud Incense Burner, electric', asin)],
               'Can you send a VAT invoice with your TRN? My company will reimburse me.', rl, cs='us-ascii')
    body = f"""Dear Rahul,

Please find the tax invoice for order {oid} attached.

Invoice number: DPT-INV-24-00871
Seller TRN: 100234567800003
Total: AED 189.00 (incl. 5% VAT AED 9.00)

Best regards,
Omar Haddad
Desert Palm Trading

-----Original Message-----
From: {buyer} - Amazon Marketplace <{rl}>
Sent: Thursday, April 4, 2024 6:40 PM
To: Desert Palm Support
Subject: Invoice request (Order: {oid})

{note}
"""
    pdf = make_pdf(['TAX INVOICE DPT-INV-24-00871', 'Desert Palm Trading LLC   TRN 100234567800003',
                    'Amazon order ' + oid, 'Oud incense burner, electric   AED 180.00', 'VAT 5%  AED 9.00   Total AED 189.00'],
                   'Tax invoice DPT-INV-24-00871')
    root = mixed(text_part(body, 'plain', 'us-ascii', '7bit'), [attach(pdf, 'Tax_Invoice_DPT-INV-24-00871.pdf', 'application/pdf')],
                 'outlook')
    d = D(2024, 4, 5, 9, 0, 4)
    irt = ses_id()
    data = build(efrom(DESERT), rl, f'RE: Invoice request (Order: {oid})', d, root, irt=irt, refs=irt,
                 msgid_dom='desertpalm-trading.ae', mailer='X-Mailer: Microsoft Outlook 16.0', crlf=True)
    return R('en-ae-invoice-trn', 'en', [], 'tax invoice PDF; 15-digit UAE TRN and invoice number; Outlook plain quote (relay only)', data, 'reply')


@spec
def en_tr_osticket_return():
    oid, rl, asin = new_oid(), new_relay('com.tr'), new_asin()
    buyer = 'Daniel Becker'
    note = amz('en', 'com.tr', oid, [(1, 'Bosphorus Turkish Cotton Bath Towel Set, 6 pcs, navy', asin)],
               'The towels are a different blue than in the pictures. I would like to return them please.', rl, cs='us-ascii')
    body = f"""Dear Daniel,

Of course - please start the return in the Amazon returns centre:
https://www.amazon.com.tr/gp/orc/returns/homepage.html

The parcel goes back to:
Bosphorus Textiles - Returns
Ataturk Cad. No: 112
34394 Sisli / Istanbul

Once it is scanned by Yurtici Kargo (you will get a tracking number such as 318562047913 on the drop-off receipt) we refund the full 1.249,00 TL.

Regards,
Elif Yildiz
Bosphorus Textiles

[#482913]

> On 5 Apr 2024, at 17:22, {buyer} - Amazon Marketplace <{rl}> wrote:
>
{gt(note)}
"""
    d = D(2024, 4, 6, 10, 15, 3)
    irt = ses_id()
    data = build(efrom(BOSPHORUS), rl, f'[#482913] Re: Return request (Order: {oid})', d,
                 text_part(body, 'plain', 'utf-8', '7bit'), irt=irt, refs=irt, msgid_dom='support.bosphorus-textiles.com.tr',
                 mailer='X-Mailer: osTicket Mailer')
    return R('en-tr-osticket-return', 'en', [], 'osTicket reply on amazon.com.tr ([#ticket] Re:), return address with Turkish postcode, TL amount, carrier tracking number example', data, 'reply')


@spec
def en_tr_trigger_words():
    rl, asin = new_relay('com.tr'), new_asin()
    buyer = 'Hannah Clarke'
    note = amz('en', 'com.tr', None, [(1, 'Bosphorus Sussex Classic Hammam Towel BT-SX600', asin)],
               'Is the Sussex Classic suitable for a 40 degree wash? I am sending a set to my sister in Scunthorpe.', rl, tok=False)
    body = f"""Dear Hannah,

Yes - the Sussex Classic (BT-SX600) is 600 gsm long-staple cotton and is fine at 40 C, even at 60 C for white. Our own shrinkage assessment after 20 washes showed less than 3% shrinkage, and the dye passed the class 4 colour-fastness analysis.

Red wine or cocktail stains should be rinsed in cold water before washing. I hope your sister in Scunthorpe enjoys them.

Kind regards,
Elif Yildiz
Bosphorus Textiles

On 6 Apr 2024, at 21:03, {buyer} - Amazon Marketplace wrote:
{gt(note)}
"""
    d = D(2024, 4, 7, 9, 30, 3)
    irt = ses_id()
    data = build(efrom(BOSPHORUS), rl, 'Re: Product details inquiry from Amazon customer Hannah', d,
                 text_part(body, 'plain', 'iso-8859-1', 'quoted-printable'), irt=irt, msgid_dom='bosphorus-textiles.com.tr')
    return R('en-tr-trigger-words', 'en', [], 'hard negatives: Scunthorpe, Sussex, class, assessment, analysis, cocktail, gsm; product question without order id', data, 'reply')


@spec
def en_be_bpost_helpscout():
    oid, rl, asin = new_oid(), new_relay('com.be'), new_asin()
    buyer = 'Sofie Peeters'
    note = amz('en', 'com.be', oid, [(1, 'Brabant Hydraulic Disc Brake Pads, resin, 2 pairs', asin)],
               'I ordered the wrong pads (I need the Shimano type). Can I send them back unopened?', rl)
    txt = f"""Hi Sofie,

No problem at all. Please send the unopened pads to:

Brabant Bike Parts - Retouren
Industrieweg 21
2800 Mechelen

Use the returns centre to print the label: https://www.amazon.com.be/gp/orc/returns/homepage.html
As soon as bpost scans the parcel (the tracking number on the label looks like 323299912345678901234567) we refund EUR 18.95.

Cheers,
Pieter Claes
Brabant Bike Parts"""
    hist = f"""{buyer} - Amazon Marketplace
Apr 7, 2024 at 8:14 PM

{note}"""
    plain = txt + '\n\n--------------------\n' + hist + '\n'
    htm = html_doc('<div>' + paras_html(txt) + '</div>\n<div class="hs-original"><p>--------------------</p>\n<p><b>'
                   + html.escape(buyer) + ' - Amazon Marketplace</b><br>Apr 7, 2024 at 8:14 PM</p>\n<div>' + to_html(note) + '</div></div>')
    d = D(2024, 4, 8, 9, 20, 2)
    irt = ses_id()
    data = build(efrom(BRABANT), rl, f'Re: Return inquiry from Amazon customer Sofie (Order: {oid})', d, alt(plain, htm),
                 irt=irt, refs=irt, msgid_dom='helpscout.net')
    return R('en-be-bpost-helpscout', 'en', [], 'Help Scout reply on amazon.com.be; Belgian return address, EUR refund, 24-digit bpost tracking example, returns-centre link', data, 'reply')


@spec
def en_ae_manual_and_diagram():
    oid, rl, asin = new_oid(), new_relay('ae'), new_asin()
    buyer = 'Layla Haddad'
    note = amz('en', 'ae', oid, [(1, 'Desert Palm Smart Ceiling Fan 52in with light', asin)],
               'The installer lost the manual. Which wire goes where? We have red, black and blue wires in the ceiling.', rl)
    txt = f"""Dear Layla,

I have attached the installation manual (PDF) and the wiring diagram (PNG) for the 52in fan.

In short: brown/red = live (L), blue = neutral (N), green-yellow = earth. The black wire from the fan is the separate light circuit and can be joined with red if you have only one switch.

Please make sure the breaker is off before the installer starts.

Kind regards,
Omar Haddad
Desert Palm Trading"""
    htm = html_doc(paras_html(txt) + f'\n<div>On Sun, 7 Apr 2024 at 19:40, {html.escape(buyer)} - Amazon Marketplace &lt;{rl}&gt; wrote:</div>\n'
                   '<blockquote type="cite">' + to_html(note) + '</blockquote>')
    plain = txt + f'\n\nOn Sun, 7 Apr 2024 at 19:40, {buyer} - Amazon Marketplace <{rl}> wrote:\n' + gt(note)
    pdf = make_pdf(['DP-CF52 Smart Ceiling Fan - Installation manual', '1. Switch off the breaker.',
                    '2. L = brown/red, N = blue, PE = green-yellow.', '3. Black = light circuit.'], 'DP-CF52 manual')
    root = mixed(alt(plain, htm), [attach(pdf, 'DP-CF52_Installation_Manual.pdf', 'application/pdf'),
                                   attach(make_png(24, 16, 5), 'DP-CF52_wiring.png', 'image/png')])
    d = D(2024, 4, 8, 10, 0, 4)
    irt = ses_id()
    data = build(efrom(DESERT), rl, f'Re: Installation question (Order: {oid})', d, root, irt=irt, refs=irt,
                 msgid_dom='desertpalm-trading.ae')
    return R('en-ae-manual-and-diagram', 'en', [], 'manual PDF plus PNG wiring diagram (two permitted attachments), quoted notification', data, 'reply')


@spec
def en_sg_clean_request_after_rejected():
    oid, rl, asin = PAIRS['sg']
    body = f"""Hi Jun Hao,

Thank you again for ordering the Merlion Rice Dispenser 10kg (order {oid}).

If you have a moment, we would appreciate a review of the product on Amazon. It helps other shoppers decide.
https://www.amazon.sg/review/create-review?asin={asin}

Best regards,
Wei Ling Tan
Merlion Home Supplies
"""
    d = D(2024, 3, 20, 10, 0, 8)
    data = build(efrom(MERLION), rl, f'Your order {oid}', d, text_part(body, 'plain', 'us-ascii', '7bit'),
                 msgid_dom='merlionhome.sg')
    return R('en-sg-clean-request-after-rejected', 'en', [], 'neutral review request for the same order as en-sg-voucher-for-review, whose request was rejected (never relayed): not a repeat', data, 'proactive')


@spec
def en_be_feedback_request_pixel():
    oid, rl, asin = new_oid(), new_relay('com.be'), new_asin()
    PAIRS['be'] = (oid, rl, asin)
    local = rl.split('@')[0]
    txt = f"""Hi Thomas,

Your order {oid} (Brabant Tubeless Repair Kit) was delivered last week.

If you have a minute, we would appreciate your seller feedback on how the order went:
https://www.amazon.com.be/gp/feedback/leave-customer-feedback.html?order={oid}

Thanks and safe riding,
Pieter Claes
Brabant Bike Parts"""
    htm = html_doc(paras_html(txt) + f'\n<img src="https://mtrack.brabant-mailer.be/open.gif?r={local}&amp;o={oid}" width="1" height="1" alt="">')
    d = D(2024, 4, 2, 10, 0, 2)
    data = build(efrom(BRABANT), rl, f'Feedback on order {oid}', d, alt(txt, htm), msgid_dom='brabantbikeparts.be')
    return R('en-be-feedback-request-pixel', 'en', ['tracking_pixel'], 'first (neutral) seller-feedback request whose only finding is a 1x1 open pixel: stripped, relayed, so it counts in the ledger', data, 'proactive')


@spec
def en_sg_signature_obfuscated_domain_logo():
    oid, rl, asin = new_oid(), new_relay('sg'), new_asin()
    buyer = 'Nurul Aisyah'
    note = amz('en', 'sg', oid, [(1, 'Merlion Glass Food Containers 10-piece set', asin)],
               'Are the lids dishwasher safe?', rl)
    txt = """Hi Nurul,

Yes, the lids are top-rack dishwasher safe; the glass bases can go on any rack and into the oven up to 250 C (without the lids).

Warm regards,
Wei Ling Tan
Merlion Home Supplies
www (dot) merlionhome (dot) sg"""
    htm = html_doc(paras_html(txt) + '\n<p><a href="https://www.merlionhome.sg/?utm_source=amazon"><img src="cid:logo.png@merlionhome.sg" width="120" height="40" alt="Merlion Home"></a></p>\n'
                   + f'<div>On 8 Apr 2024, at 13:02, {html.escape(buyer)} - Amazon Marketplace &lt;{rl}&gt; wrote:</div>\n<blockquote type="cite">'
                   + to_html(note) + '</blockquote>')
    plain = txt + f'\n\nOn 8 Apr 2024, at 13:02, {buyer} - Amazon Marketplace <{rl}> wrote:\n' + gt(note)
    related = Multi('related', [text_part(htm, 'html', 'utf-8', 'quoted-printable'),
                                attach(make_png(30, 10, 9), 'logo.png', 'image/png', 'inline', 'logo.png@merlionhome.sg')],
                    boundary(), extra=' type="text/html";')
    root = Multi('alternative', [text_part(plain, 'plain', 'utf-8', 'quoted-printable'), related], boundary())
    d = D(2024, 4, 8, 15, 0, 8)
    irt = ses_id()
    data = build(efrom(MERLION), rl, f'Re: Product question (Order: {oid})', d, root, irt=irt, refs=irt, msgid_dom='merlionhome.sg')
    return R('en-sg-signature-obfuscated-domain-logo', 'en', ['external_link'], 'obfuscated ((dot) form) shop domain in the signature plus an inline logo wrapped in a link to the shop', data, 'reply')


@spec
def en_sg_dp_cross_sell():
    oid, rl, asin = new_oid(), new_relay('sg'), new_asin()
    buyer = 'Kevin Ong'
    note = amz('en', 'sg', oid, [(1, 'Merlion Stainless Steel Lunch Box 1.2L', asin)],
               'Does the lunch box keep food warm until lunch time?', rl)
    other = new_asin()
    body = f"""Hi Kevin,

The lunch box is not insulated, so it will not keep food warm for hours - it is designed for the microwave at the office (remove the steel lid first).

If you want food to stay hot, you will love our Merlion Thermal Lunch Jar - it keeps food above 60 C for 6 hours and is 15% off this week:
https://www.amazon.sg/dp/{other}

Best,
Wei Ling

On 9 Apr 2024, at 08:05, {buyer} - Amazon Marketplace <{rl}> wrote:
{gt(note)}
"""
    d = D(2024, 4, 9, 10, 0, 8)
    irt = ses_id()
    data = build(efrom(MERLION), rl, f'Re: Question about your order (Order: {oid})', d,
                 text_part(body, 'plain', 'utf-8', 'quoted-printable'), irt=irt, refs=irt, msgid_dom='merlionhome.sg')
    return R('en-sg-dp-cross-sell', 'en', ['external_link', 'marketing'], 'cross-sells another product with a discount via an Amazon /dp/ detail-page link', data, 'reply')


@spec
def en_ae_shipping_confirmation_amznto():
    oid, rl = new_oid(), new_relay('ae')
    body = f"""Dear Customer,

Great news - your order {oid} has been shipped today!

Items: Desert Palm Bakhoor Gift Box x 1
Carrier: Aramex




See your product and order here: https://amzn.to/3Kp9xQe

Thank you for shopping with Desert Palm Trading.
"""
    d = D(2024, 4, 9, 18, 0, 4)
    data = build(efrom(DESERT), rl, f'Your order {oid} has shipped', d, text_part(body, 'plain', 'us-ascii', '7bit'),
                 msgid_dom='desertpalm-trading.ae', mailer='X-Mailer: ShipDesk 5.2')
    return R('en-ae-shipping-confirmation-amznto', 'en', ['external_link', 'styling', 'unpermitted_proactive'], 'automatic shipping confirmation with an amzn.to short link; template leaves a run of four blank lines', data, 'proactive')


@spec
def en_ae_exe_named_pdf():
    oid, rl, asin = new_oid(), new_relay('ae'), new_asin()
    buyer = 'Ahmed Saleh'
    note = amz('en', 'ae', oid, [(1, 'Desert Palm Air Fryer 5.5L digital', asin)],
               'Where can I find the warranty card? It was not in the box.', rl)
    body = f"""Dear Ahmed,

Sorry the warranty card was missing. I have attached it to this email - the warranty is 2 years from the delivery date, and you only need the order number {oid} to claim it.

Kind regards,
Omar Haddad
Desert Palm Trading

On Tue, 9 Apr 2024 at 21:14, {buyer} - Amazon Marketplace <{rl}> wrote:
{gt(note)}
"""
    root = mixed(text_part(body, 'plain', 'utf-8', 'quoted-printable'), [attach(make_exe(), 'Warranty_Card_AF55.pdf', 'application/pdf')])
    d = D(2024, 4, 10, 9, 0, 4)
    irt = ses_id()
    data = build(efrom(DESERT), rl, f'Re: Warranty card (Order: {oid})', d, root, irt=irt, refs=irt, msgid_dom='desertpalm-trading.ae')
    return R('en-ae-exe-named-pdf', 'en', ['attachment'], 'warranty "PDF" attachment whose content is a Windows PE executable', data, 'reply')


@spec
def en_ae_telegram_email_brackets():
    oid, rl, asin = new_oid(), new_relay('ae'), new_asin()
    buyer = 'Yousef Karim'
    note = amz('en', 'ae', oid, [(1, 'Desert Palm Majlis Floor Cushions, set of 4', asin)],
               'Can I order 12 more cushions in the same colour for my majlis?', rl)
    body = f"""Dear Yousef,

Thank you for your interest. For larger quantities it is easier to talk directly - message me on Telegram (@omar_desertpalm) or write to omar.haddad [at] desertpalm-trading [dot] ae and I will prepare an offer for 12 pieces.

Kind regards,
Omar Haddad

On Wed, 10 Apr 2024 at 11:47, {buyer} - Amazon Marketplace <{rl}> wrote:
{gt(note)}
"""
    d = D(2024, 4, 10, 13, 0, 4)
    irt = ses_id()
    data = build(efrom(DESERT), rl, f'Re: Bulk order question (Order: {oid})', d, text_part(body, 'plain', 'utf-8', 'base64'),
                 irt=irt, refs=irt, msgid_dom='desertpalm-trading.ae')
    return R('en-ae-telegram-email-brackets', 'en', ['contact_email', 'contact_other'], 'obfuscated ([at]/[dot]) e-mail address and a Telegram handle to move a bulk deal off Amazon', data, 'reply')


@spec
def en_tr_newsletter_unsubscribe():
    oid, rl = new_oid(), new_relay('com.tr')
    local = rl.split('@')[0]
    txt = f"""Dear customer,

Thank you for your recent order {oid}!

SPRING SALE: our new Cappadocia linen collection has arrived. Use code SPRING20 for 20% off bathrobes, peshtemals and bedding until 30 April.

Shop the collection: https://www.bosphorus-textiles.com.tr/collections/cappadocia?ref={local}

Bosphorus Textiles

You are receiving this email because you purchased from us. Unsubscribe: https://news.bosphorus-textiles.com.tr/unsubscribe?u={local}
"""
    htm = html_doc('<p>Dear customer,</p>\n<p>Thank you for your recent order ' + oid + '!</p>\n'
                   '<p><b>SPRING SALE</b>: our new Cappadocia linen collection has arrived. Use code <b>SPRING20</b> for 20% off bathrobes, peshtemals and bedding until 30 April.</p>\n'
                   f'<p><a href="https://www.bosphorus-textiles.com.tr/collections/cappadocia?ref={local}">Shop the collection</a></p>\n'
                   '<p>Bosphorus Textiles</p>\n'
                   f'<p>You are receiving this email because you purchased from us. <a href="https://news.bosphorus-textiles.com.tr/unsubscribe?u={local}">Unsubscribe</a></p>')
    d = D(2024, 4, 10, 12, 0, 3)
    data = build(addr('Bosphorus Textiles', 'news@bosphorus-textiles.com.tr'), rl, 'Spring Sale - 20% off the new Cappadocia collection', d,
                 alt(txt, htm, 'utf-8', 'quoted-printable', 'quoted-printable'), msgid_dom='news.bosphorus-textiles.com.tr',
                 extra=[f'List-Unsubscribe: <https://news.bosphorus-textiles.com.tr/unsubscribe?u={local}>, <mailto:unsubscribe@bosphorus-textiles.com.tr>',
                        'Precedence: bulk'])
    return R('en-tr-newsletter-unsubscribe', 'en', ['external_link', 'marketing', 'opt_out'], 'newsletter to a relay address: sale, coupon code, shop link, unsubscribe link and List-Unsubscribe header (order id present)', data, 'proactive')


@spec
def en_tr_important_feedback_to_positive():
    oid, rl, asin = new_oid(), new_relay('com.tr'), new_asin()
    buyer = 'Olivia Brown'
    note = amz('en', 'com.tr', oid, [(1, 'Bosphorus Peshtemal Beach Towel, 2 pcs', asin)],
               'Thanks, the replacement arrived and the colour is right this time.', rl)
    txt = f"""Dear Olivia,

We are glad the replacement towels arrived in the right colour!

Since the problem is now solved, could you please go to your orders and change the 2-star feedback you left to a 5-star one? It would mean a lot to our small team. It only takes a minute.

Kind regards,
Elif Yildiz
Bosphorus Textiles"""
    htm = html_doc(paras_html(txt) + f'\n<div>On 10 Apr 2024, at 18:30, {html.escape(buyer)} - Amazon Marketplace &lt;{rl}&gt; wrote:</div>\n'
                   '<blockquote type="cite">' + to_html(note) + '</blockquote>')
    plain = txt + f'\n\nOn 10 Apr 2024, at 18:30, {buyer} - Amazon Marketplace <{rl}> wrote:\n' + gt(note)
    d = D(2024, 4, 11, 9, 0, 3)
    irt = ses_id()
    data = build(efrom(BOSPHORUS), rl, f'[Important] Re: Replacement received (Order: {oid})', d, alt(plain, htm), irt=irt, refs=irt,
                 msgid_dom='bosphorus-textiles.com.tr')
    return R('en-tr-important-feedback-to-positive', 'en', ['review_manipulation', 'feedback_removal', 'important_tag'], 'asks to change 2-star feedback to 5 stars after a resolution; [Important] tag on a non-critical reply', data, 'reply')


@spec
def en_be_review_request_repeat():
    oid, rl, asin = PAIRS['be']
    body = f"""Hi Thomas,

Following up on your order {oid}: how is the Brabant Tubeless Repair Kit working for you? We would be grateful for a short product review.
https://www.amazon.com.be/review/create-review?asin={asin}

Cheers,
Brabant Bike Parts
"""
    d = D(2024, 4, 12, 10, 0, 2)
    data = build(efrom(BRABANT), rl, f'A quick review of your order {oid}?', d, text_part(body, 'plain', 'us-ascii', '7bit'),
                 msgid_dom='brabantbikeparts.be')
    return R('en-be-review-request-repeat', 'en', ['repeat_request'], 'product-review request after the feedback request of en-be-feedback-request-pixel (relayed once its pixel was stripped) for the same order', data, 'proactive')


@spec
def en_be_here_to_help_emoji():
    rl = new_relay('com.be')
    txt = """Hi there 👋

Just checking in! We're always here if you need anything at all for your bike - sizing questions, fitting tips, whatever you need. 🚲

Happy riding!
The Brabant Bike Parts team"""
    htm = html_doc('<p><img src="http://static.brabantbikeparts.be/mail/header-wave.png" width="400" height="60" alt="Brabant Bike Parts"></p>\n'
                   + paras_html(txt))
    d = D(2024, 4, 12, 15, 0, 2)
    data = build(efrom(BRABANT), rl, 'We are here for you 🚲', d, alt(txt, htm, 'utf-8', 'base64', 'base64'), msgid_dom='brabantbikeparts.be')
    return R('en-be-here-to-help-emoji', 'en', ['styling', 'missing_order_id', 'unpermitted_proactive'], '"we are here to help" only, emoji in subject and body, http: header image, no order id', data, 'proactive')


@spec
def en_be_mp4_video():
    oid, rl, asin = new_oid(), new_relay('com.be'), new_asin()
    buyer = 'Lucas Janssens'
    note = amz('en', 'com.be', oid, [(1, 'Brabant Tubeless Valve Set 44mm, black', asin)],
               'The valve keeps leaking air around the rim. How do I fit it properly?', rl)
    body = f"""Hi Lucas,

The most common cause is the rubber cone not being seated in the rim bed. I recorded a short video showing how to fit the valve and tighten the lock ring - it is attached.

Cheers,
Pieter Claes
Brabant Bike Parts

On 12 Apr 2024, at 21:05, {buyer} - Amazon Marketplace <{rl}> wrote:
{gt(note)}
"""
    root = mixed(text_part(body, 'plain', 'utf-8', 'quoted-printable'), [attach(make_mp4(), 'valve_fitting.mp4', 'video/mp4')])
    d = D(2024, 4, 13, 10, 0, 2)
    irt = ses_id()
    data = build(efrom(BRABANT), rl, f'Re: Valve leaking (Order: {oid})', d, root, irt=irt, refs=irt, msgid_dom='brabantbikeparts.be')
    return R('en-be-mp4-video', 'en', ['attachment'], 'fitting instructions sent as an MP4 video attachment', data, 'reply')


# ============================================================================ GERMAN / FRENCH via Outlook and Thunderbird
KUEHNE = sel('Kühne & Sohn Haushaltswaren', 'kundenservice@kuehne-sohn.de', 'Kühne & Sohn')
WERKBANK = sel('Werkbank24 Kundenservice', 'service@werkbank24.de', 'Werkbank24')
LUMIERE = sel('Atelier Lumière', 'contact@atelier-lumiere.fr', 'Atelier Lumière')
VAUBAN = sel('Maison Vauban - Service client', 'service@maison-vauban.be', 'Maison Vauban')
TB_UA = 'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0'


@spec
def de_outlook_plain_dhl():
    cs = 'windows-1252'
    oid, rl, asin = new_oid(), new_relay('de'), new_asin()
    buyer = 'Jana Krüger'
    note = amz('de', 'de', oid, [(1, 'Kühne & Sohn Schnellkochtopf 6 l Edelstahl', asin)],
               'Hallo, laut Sendungsverfolgung liegt das Paket seit drei Tagen im Verteilzentrum. Können Sie nachhaken?', rl, cs=cs, style='old')
    body = f"""Hallo Frau Krüger,

vielen Dank für Ihre Nachricht. Wir haben bei DHL einen Nachforschungsauftrag gestellt.

Sendungsnummer: 00340434161234567890
Bestellnummer: {oid}

DHL hat uns bestätigt, dass das Paket heute wieder in der Zustellung ist. Sollte es bis Freitag, 15.03., nicht bei Ihnen sein, schicken wir sofort einen neuen Schnellkochtopf los.

Mit freundlichen Grüßen
Thomas Berger
Kühne & Sohn Haushaltswaren – Kundenservice

-----Ursprüngliche Nachricht-----
Von: {buyer} - Amazon Marketplace <{rl}>
Gesendet: Dienstag, 12. März 2024 14:22
An: Kühne & Sohn Kundenservice
Betreff: Lieferung verzögert (Bestellung: {oid})

{note}
"""
    d = D(2024, 3, 12, 16, 5, 1)
    irt = ses_id()
    data = build(addr(KUEHNE['name'], KUEHNE['addr'], cs), rl, f'AW: Lieferung verzögert (Bestellung: {oid})', d,
                 text_part(body, 'plain', cs, 'quoted-printable'), subj_cs=cs, irt=irt, refs=irt, msgid_dom='kuehne-sohn.de',
                 mailer='X-Mailer: Microsoft Outlook 16.0', crlf=True)
    return R('de-outlook-plain-dhl', 'de', [], 'Outlook plain-text reply (AW:, Von/Gesendet/An/Betreff with relay only), 20-digit DHL Sendungsnummer, windows-1252 QP', data, 'reply')


@spec
def de_thunderbird_invoice_umlaut():
    cs = 'iso-8859-15'
    oid, rl, asin = new_oid(), new_relay('de'), new_asin()
    buyer = 'Stefan Müller'
    note = amz('de', 'de', oid, [(1, 'Werkbank24 Akku-Bohrschrauber 18 V mit 2 Akkus', asin)],
               'Guten Tag, ich brauche für meine Firma eine Rechnung mit ausgewiesener MwSt. auf Müller Haustechnik GmbH.', rl, cs=cs)
    txt = f"""Guten Tag Herr Müller,

anbei erhalten Sie die Rechnung RE-2024-1187 zu Ihrer Bestellung {oid}, ausgestellt auf die Müller Haustechnik GmbH.

Nettobetrag: 109,24 €
MwSt. 19 %: 20,76 €
Gesamtbetrag: 130,00 €

Mit freundlichen Grüßen
Lena Vogt
Werkbank24 Kundenservice
"""
    hdr = f'Am 14.03.2024 um 14:22 schrieb {buyer} - Amazon Marketplace:'
    plain = txt + '\n' + hdr + '\n' + gt(note, '> ') + '\n'
    htm = html_doc(paras_html(txt) + f'\n<div class="moz-cite-prefix">{html.escape(hdr)}<br></div>\n<blockquote type="cite" cite="mid:{ses_id()[1:-1]}">\n'
                   + to_html(note) + '\n</blockquote>', cs=cs)
    pdf = make_pdf(['Werkbank24 - Rechnung RE-2024-1187', 'Kunde: Mueller Haustechnik GmbH', 'Amazon-Bestellung ' + oid,
                    'Akku-Bohrschrauber 18 V   netto 109,24 EUR', 'MwSt. 19 %  20,76 EUR   gesamt 130,00 EUR'], 'Rechnung RE-2024-1187')
    root = mixed(Multi('alternative', [text_part(plain, 'plain', cs, 'quoted-printable', flowed=True),
                                       text_part(htm, 'html', cs, 'quoted-printable')], boundary('tb')),
                 [attach(pdf, 'Rechnung_RE-2024-1187_Müller.pdf', 'application/pdf', fname_cs='utf-8')], 'tb')
    d = D(2024, 3, 14, 16, 30, 1)
    irt = ses_id()
    data = build(addr(WERKBANK['name'], WERKBANK['addr']), rl, f'Re: Rechnung benötigt (Bestellung: {oid})', d, root, subj_cs=cs,
                 irt=irt, refs=irt, msgid_dom='werkbank24.de', mailer=TB_UA)
    return R('de-thunderbird-invoice-umlaut', 'de', [], 'Thunderbird reply (format=flowed, moz-cite-prefix, blockquote cite=mid:) with invoice PDF whose umlaut name is RFC 2231 encoded', data, 'reply')


@spec
def de_outlook_calibri_signature():
    cs = 'windows-1252'
    oid, rl, asin = new_oid(), new_relay('de'), new_asin()
    buyer = 'Claudia Hoffmann'
    note = amz('de', 'de', oid, [(1, 'Kühne & Sohn Bräter mit Deckel 32 cm, Gusseisen', asin)],
               'Ist der Bräter für Induktion geeignet?', rl, cs=cs)
    txt = """Hallo Frau Hoffmann,

ja, der Bräter ist für alle Herdarten geeignet, auch für Induktion. Bitte heizen Sie ihn langsam auf mittlerer Stufe auf.

Mit freundlichen Grüßen
Thomas Berger
Kühne & Sohn Haushaltswaren
Tel. 040 66969 231
kundenservice@kuehne-sohn.de"""
    style = """<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
span.E-MailFormatvorlage17 {mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1 {page:WordSection1;}
--></style>
"""
    paras = ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' % to_html(p)
                    for p in txt.split('\n\n'))
    qh = (f'<p class="MsoNormal"><b>Von:</b> {html.escape(buyer)} - Amazon Marketplace &lt;{rl}&gt;<br>\n<b>Gesendet:</b> Mittwoch, 20. März 2024 09:12<br>\n'
          f'<b>An:</b> Kühne &amp; Sohn Kundenservice<br>\n<b>Betreff:</b> Frage zum Artikel (Bestellung: {oid})<o:p></o:p></p>')
    body = ('<div class="WordSection1">\n' + paras + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            + qh + '\n</div>\n<p class="MsoNormal">' + to_html(note) + '<o:p></o:p></p>\n</div>')
    htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n' + style + '</head>\n'
           '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n' + body + '\n</body>\n</html>\n')
    plain = txt + f"""

Von: {buyer} - Amazon Marketplace <{rl}>
Gesendet: Mittwoch, 20. März 2024 09:12
An: Kühne & Sohn Kundenservice
Betreff: Frage zum Artikel (Bestellung: {oid})

{note}
"""
    d = D(2024, 3, 20, 10, 15, 1)
    irt = ses_id()
    data = build(addr(KUEHNE['name'], KUEHNE['addr'], cs), rl, f'AW: Frage zum Artikel (Bestellung: {oid})', d,
                 alt(plain, htm, cs, 'quoted-printable', 'quoted-printable', 'outlook'), subj_cs=cs, irt=irt, refs=irt,
                 msgid_dom='kuehne-sohn.de', mailer='X-Mailer: Microsoft Outlook 16.0', crlf=True)
    return R('de-outlook-calibri-signature', 'de', ['contact_email', 'contact_phone', 'styling'], 'Outlook Word-HTML reply: default Calibri/link-colour style block, signature with Hamburg phone number and e-mail address', data, 'reply')


@spec
def de_thunderbird_quoted_agent_link_entity():
    cs = 'utf-8'
    oid, rl, asin = new_oid(), new_relay('de'), new_asin()
    buyer = 'Markus Schneider'
    note1 = amz('de', 'de', oid, [(1, 'Werkbank24 Stichsäge 800 W mit Pendelhub', asin)],
                'Wo bekomme ich Ersatzsägeblätter mit T-Schaft?', rl)
    earlier = """Hallo Herr Schneider,

passende Sägeblätter (T-Schaft, Holz und Metall) finden Sie in unserem Ersatzteilshop unter www.werkbank24.de/ersatzteile.

Viele Grüße
Lena Vogt"""
    note2 = amz('de', 'de', oid, [(1, 'Werkbank24 Stichsäge 800 W mit Pendelhub', asin)],
                'Danke! Passen auch die Blätter von Bosch?', rl)
    txt = """Hallo Herr Schneider,

ja, alle Sägeblätter mit T-Schaft (Bosch, Makita, Metabo u. a.) passen in die Stichsäge. Für saubere Kurven in Holz empfehlen wir ein feines Blatt mit ca. 10 Zähnen pro Zoll.

Viele Grüße
Lena Vogt
Werkbank24 Kundenservice
"""
    hdr2 = f'Am 21.03.2024 um 19:40 schrieb {buyer} - Amazon Marketplace:'
    hdr1 = 'Am 21.03.2024 um 11:02 schrieb Werkbank24 Kundenservice:'
    hdr0 = f'Am 20.03.2024 um 22:15 schrieb {buyer} - Amazon Marketplace:'
    plain = (txt + '\n' + hdr2 + '\n' + gt(note2 + '\n\n' + hdr1 + '\n' + gt(earlier + '\n\n' + hdr0 + '\n' + gt(note1, '> '), '> '), '> ') + '\n')
    earlier_html = to_html(earlier, link=False).replace(
        'www.werkbank24.de/ersatzteile',
        '<a href="h&#116;tps://www.werkbank24.de/ersatzteile" class="moz-txt-link-freetext">www.werkbank24.de/ersatzteile</a>')
    htm = html_doc('<p>' + to_html(txt.strip()) + '</p>\n'
                   f'<div class="moz-cite-prefix">{html.escape(hdr2)}<br></div>\n<blockquote type="cite">' + to_html(note2)
                   + f'\n<div class="moz-cite-prefix">{html.escape(hdr1)}<br></div>\n<blockquote type="cite">' + earlier_html
                   + f'\n<div class="moz-cite-prefix">{html.escape(hdr0)}<br></div>\n<blockquote type="cite">' + to_html(note1)
                   + '</blockquote></blockquote></blockquote>')
    d = D(2024, 3, 22, 8, 30, 1)
    irt = ses_id()
    data = build(addr(WERKBANK['name'], WERKBANK['addr']), rl, f'Re: Re: Ersatzsägeblätter (Bestellung: {oid})', d,
                 Multi('alternative', [text_part(plain, 'plain', cs, 'quoted-printable', flowed=True),
                                       text_part(htm, 'html', cs, 'quoted-printable')], boundary('tb')),
                 irt=irt, refs=ses_id() + ' ' + irt, msgid_dom='werkbank24.de', mailer=TB_UA)
    return R('de-thunderbird-quoted-agent-link-entity', 'de', ['external_link'], 'obfuscated (HTML entity h&#116;tps in href) shop link from an earlier agent reply nested in the Thunderbird quote; new text clean', data, 'reply')


@spec
def fr_thunderbird_colissimo():
    cs = 'iso-8859-15'
    oid, rl, asin = new_oid(), new_relay('fr'), new_asin()
    buyer = 'Claire Dubois'
    note = amz('fr', 'fr', oid, [(1, 'Atelier Lumière Lampe de chevet en lin, beige', asin)],
               "Bonjour, j'ai trouvé un avis de passage dans ma boîte mais je ne sais pas où récupérer le colis.", rl, cs=cs)
    body = f"""Bonjour Madame Dubois,

d'après Colissimo, votre colis (numéro de suivi 6A21458790312) a été déposé au bureau de poste indiqué sur l'avis de passage, 12 rue des Tanneurs, 69002 Lyon. Il y reste disponible jusqu'au 23 mars, avec une pièce d'identité et l'avis de passage.

Commande : {oid}

Bien cordialement,
Camille Rousseau
Atelier Lumière

Le 08/03/2024 à 10:12, {buyer} - Amazon Marketplace a écrit :
{gt(note)}
"""
    d = D(2024, 3, 8, 14, 0, 1)
    irt = ses_id()
    data = build(addr(LUMIERE['name'], LUMIERE['addr']), rl, f'Re: Question sur la livraison (Commande : {oid})', d,
                 text_part(body, 'plain', cs, 'quoted-printable', flowed=True), subj_cs=cs, irt=irt, refs=irt,
                 msgid_dom='atelier-lumiere.fr', mailer=TB_UA)
    return R('fr-thunderbird-colissimo', 'fr', [], 'Thunderbird reply on amazon.fr: Colissimo numéro de suivi, post-office address with postcode, "avis de passage" (avis in another sense)', data, 'reply')


@spec
def fr_outlook_be_return():
    cs = 'windows-1252'
    oid, rl, asin = new_oid(), new_relay('com.be'), new_asin()
    buyer = 'Nathalie Lemaire'
    note = amz('fr', 'com.be', oid, [(1, 'Maison Vauban Plaid en laine 130x170, gris', asin)],
               "J'ai constaté une tache sur le plaid à la réception. Que me conseillez-vous ?", rl, cs=cs)
    body = f"""Bonjour Madame Lemaire,

nous sommes désolés pour cette tache. Notre conseil : ne lavez pas le plaid, nous vous l'échangeons.

Merci de le renvoyer à l'adresse suivante, avec le numéro de commande {oid} :
Maison Vauban – Retours
Rue de la Station 48
4000 Liège

Créez l'étiquette gratuite depuis le centre de retours : https://www.amazon.com.be/gp/orc/returns/homepage.html
Le nouveau plaid part dès que bpost a scanné votre retour.

Bien à vous,
Julien Lambert
Maison Vauban

De : {buyer} - Amazon Marketplace <{rl}>
Envoyé : lundi 25 mars 2024 18:47
À : Maison Vauban Service client
Objet : Article endommagé (Commande : {oid})

{note}
"""
    d = D(2024, 3, 26, 9, 30, 1)
    irt = ses_id()
    data = build(addr(VAUBAN['name'], VAUBAN['addr']), rl, f'RE: Article endommagé (Commande : {oid})', d,
                 text_part(body, 'plain', cs, '8bit'), subj_cs=cs, irt=irt, refs=irt, msgid_dom='maison-vauban.be',
                 mailer='X-Mailer: Microsoft Outlook 16.0', crlf=True)
    return R('fr-outlook-be-return', 'fr', [], 'French Outlook plain reply on amazon.com.be (De/Envoyé/À/Objet, relay only): exchange, Liège return address, "constaté"/"conseil" trigger substrings', data, 'reply')


@spec
def fr_outlook_refund_remove_review():
    cs = 'windows-1252'
    oid, rl, asin = new_oid(), new_relay('com.be'), new_asin()
    buyer = 'Olivier Dumont'
    note = amz('fr', 'com.be', oid, [(1, 'Maison Vauban Coussin décoratif velours 45x45, bleu', asin)],
               "La couleur ne correspond pas du tout à la photo. J'ai laissé un avis en conséquence.", rl, cs=cs)
    txt = """Bonjour Monsieur Dumont,

nous sommes navrés que la couleur ne vous convienne pas.

Nous vous proposons un remboursement intégral de 34,90 €, et vous pouvez garder le coussin. Nous vous demandons seulement, en contrepartie, de retirer l'avis que vous avez publié sur le produit. Dès qu'il n'est plus visible, nous lançons le remboursement.

Bien à vous,
Julien Lambert
Maison Vauban"""
    qh = (f'<b>De :</b> {html.escape(buyer)} - Amazon Marketplace &lt;{rl}&gt;<br>\n<b>Envoyé :</b> mercredi 27 mars 2024 20:05<br>\n'
          f'<b>À :</b> Maison Vauban Service client<br>\n<b>Objet :</b> Couleur différente (Commande : {oid})')
    htm = html_doc('<div dir="ltr">' + paras_html(txt) + '</div>\n<hr tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">' + qh
                   + '</div>\n<div><br>\n' + to_html(note) + '\n</div>', cs=cs)
    plain = txt + f"""

________________________________
De : {buyer} - Amazon Marketplace <{rl}>
Envoyé : mercredi 27 mars 2024 20:05
À : Maison Vauban Service client
Objet : Couleur différente (Commande : {oid})

{note}
"""
    d = D(2024, 3, 28, 9, 0, 1)
    irt = ses_id()
    data = build(addr(VAUBAN['name'], VAUBAN['addr']), rl, f'RE: Couleur différente (Commande : {oid})', d,
                 alt(plain, htm, cs, 'quoted-printable', 'quoted-printable', 'outlook'), subj_cs=cs, irt=irt, refs=irt,
                 msgid_dom='maison-vauban.be', mailer='X-Mailer: Microsoft Outlook 16.0', crlf=True)
    return R('fr-outlook-refund-remove-review', 'fr', ['review_incentive', 'feedback_removal'], 'full refund offered in exchange for withdrawing the product review (Outlook HTML, divRplyFwdMsg)', data, 'reply')


@spec
def fr_thunderbird_coupon_stop():
    cs = 'utf-8'
    oid, rl = new_oid(), new_relay('fr')
    body = f"""Bonjour,

merci encore pour votre commande {oid} chez Atelier Lumière !

Pour fêter le printemps, profitez de 15 % de réduction sur toute notre nouvelle collection de suspensions en rotin avec le code PRINTEMPS15, valable jusqu'au 30 avril.

Belle journée,
L'équipe Atelier Lumière

Pour ne plus recevoir nos offres, répondez simplement STOP à ce message.
"""
    d = D(2024, 4, 2, 10, 0, 2)
    data = build(addr(LUMIERE['name'], LUMIERE['addr']), rl, 'Le printemps arrive chez Atelier Lumière', d,
                 text_part(body, 'plain', cs, '8bit', flowed=True), msgid_dom='atelier-lumiere.fr', mailer=TB_UA)
    return R('fr-thunderbird-coupon-stop', 'fr', ['marketing', 'opt_out'], 'promotion for a new collection with a discount code, and a "reply STOP" opt-out sentence (no link)', data, 'proactive')


# ============================================================================ driver and self-check
PAIR_ORDER = [('ja-review-request-first', 'ja-review-request-repeat'),
              ('pl-review-request-first', 'pl-review-request-repeat'),
              ('sv-review-request-first', 'sv-review-request-repeat'),
              ('en-sg-voucher-for-review', 'en-sg-clean-request-after-rejected'),
              ('en-be-feedback-request-pixel', 'en-be-review-request-repeat')]
REPLY_RE = re.compile(r'^\s*(\[[^\]]*\]\s*)*(re|aw|sv|r|odp|res|antw|vs)\s*:', re.I)
OID_RE = re.compile(r'(?<![\d-])(\d{3}-\d{7}-\d{7})(?![\d-])')


def decoded_text(msg):
    out = [str(msg['subject'] or '')]
    for part in msg.walk():
        if part.get_content_maintype() == 'text' and not part.is_attachment():
            out.append(part.get_content())
    return '\n'.join(out)


def main():
    results = [fn() for fn in SPECS]
    slugs = [r['slug'] for r in results]
    assert len(set(slugs)) == len(slugs), 'duplicate slug'
    order = list(range(len(results)))
    random.Random(5003).shuffle(order)
    pos = {results[i]['slug']: k for k, i in enumerate(order)}
    for a, b in PAIR_ORDER:
        if pos[a] > pos[b]:
            ia, ib = pos[a], pos[b]
            order[ia], order[ib] = order[ib], order[ia]
            pos[a], pos[b] = ib, ia
    os.makedirs(MSGS, exist_ok=True)
    labels = []
    for k, i in enumerate(order):
        r = results[i]
        fname = 'msgs/%04d-%s.eml' % (FIRST_NO + k, r['slug'])
        with open(os.path.join(HERE, fname), 'wb') as f:
            f.write(r['data'])
        cats = sorted(r['cats'], key=CATS.index)
        assert cats == r['cats'], ('category order', r['slug'])
        labels.append(dict(file=fname, categories=cats, lang=r['lang'], kind=r['kind'], note=r['note']))
    with open(LABELS, 'w', encoding='utf-8') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    check(labels)


def check(labels):
    problems, warns = [], []
    oid_owner = {}
    pair_slugs = {s for p in PAIR_ORDER for s in p}
    assert len(labels) == 85 and labels[0]['file'].startswith('msgs/0201-') and labels[-1]['file'].startswith('msgs/0285-')
    for l in labels:
        path = os.path.join(HERE, l['file'])
        if not os.path.exists(path):
            problems.append('missing ' + l['file'])
            continue
        raw = open(path, 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                problems.append('%s: defects %r' % (l['file'], part.defects))
            for k, v in part.items():
                if getattr(v, 'defects', None):
                    problems.append('%s: header %s defects %r' % (l['file'], k, v.defects))
        is_reply = bool(msg['In-Reply-To'] or msg['References'] or REPLY_RE.match(str(msg['subject'])))
        if ('reply' if is_reply else 'proactive') != l['kind']:
            problems.append('%s: kind mismatch' % l['file'])
        for c in l['categories']:
            if c not in CATS:
                problems.append('%s: unknown category %s' % (l['file'], c))
        if l['kind'] == 'reply' and set(l['categories']) & {'missing_order_id', 'unpermitted_proactive'}:
            problems.append('%s: proactive-only category on a reply' % l['file'])
        text = decoded_text(msg)
        for part in msg.walk():
            if part.get_content_maintype() != 'multipart':
                part.get_content()      # must decode
        oids = set(OID_RE.findall(text))
        for o in oids:
            if o not in USED_OIDS:
                problems.append('%s: unexpected 3-7-7 number %s' % (l['file'], o))
            slug = l['file'][10:-4]
            oid_owner.setdefault(o, set()).add(slug)
        if l['kind'] == 'proactive':
            has = bool(oids)
            if has == ('missing_order_id' in l['categories']):
                problems.append('%s: order id presence vs missing_order_id label' % l['file'])
        if not l['categories']:
            # rough lint of compliant messages: no non-relay address, no non-Amazon URL, no http:
            for m in re.finditer(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', text):
                if 'marketplace.amazon.' not in m.group(0) and 'amazonses.com' not in m.group(0):
                    warns.append('%s: address %s in compliant message' % (l['file'], m.group(0)))
            for m in re.finditer(r'https?://[^\s<>"]+', text):
                u = m.group(0)
                if not re.match(r'https://(www\.|sellercentral\.)amazon\.', u):
                    warns.append('%s: url %s in compliant message' % (l['file'], u))
                if '/dp/' in u or '/stores/' in u:
                    warns.append('%s: product url %s' % (l['file'], u))
            if re.search(r'[\U0001F300-\U0001FAFF\u2600-\u27BF]', text):
                warns.append('%s: emoji-like char in compliant message' % l['file'])
            parts = [p for p in msg.walk() if p.get_content_maintype() != 'multipart' and
                     (p.is_attachment() or p['Content-ID'])]
            if len(parts) > 5:
                warns.append('%s: more than 5 parts' % l['file'])
    for o, owners in oid_owner.items():
        if len(owners) > 1:
            if not any(set(p) == owners for p in PAIR_ORDER):
                problems.append('order id %s shared by %s' % (o, sorted(owners)))
    for p in PAIR_ORDER:
        files = [l['file'] for l in labels]
        ia = [i for i, f in enumerate(files) if f[10:-4] == p[0]][0]
        ib = [i for i, f in enumerate(files) if f[10:-4] == p[1]][0]
        if ia > ib:
            problems.append('pair out of order %r' % (p,))
    for w in warns:
        print('WARN', w)
    for p in problems:
        print('PROBLEM', p)
    summary(labels)
    if problems:
        sys.exit(1)


def summary(labels):
    langs = sorted({l['lang'] for l in labels}, key=lambda x: -sum(1 for l in labels if l['lang'] == x))
    print('\nmessages: %d  compliant: %d  violations: %d  replies: %d  proactive: %d' % (
        len(labels), sum(1 for l in labels if not l['categories']), sum(1 for l in labels if l['categories']),
        sum(1 for l in labels if l['kind'] == 'reply'), sum(1 for l in labels if l['kind'] == 'proactive')))
    w = 22
    print('\n%-*s %5s  ' % (w, 'category', 'total') + ' '.join('%4s' % x for x in langs))
    for c in CATS:
        row = [sum(1 for l in labels if c in l['categories'] and l['lang'] == x) for x in langs]
        print('%-*s %5d  ' % (w, c, sum(row)) + ' '.join('%4d' % n for n in row))
    print('%-*s %5d  ' % (w, '(compliant)', sum(1 for l in labels if not l['categories'])) + ' '.join(
        '%4d' % sum(1 for l in labels if not l['categories'] and l['lang'] == x) for x in langs))
    print('%-*s %5d  ' % (w, '(all messages)', len(labels)) + ' '.join(
        '%4d' % sum(1 for l in labels if l['lang'] == x) for x in langs))


if __name__ == '__main__':
    main()

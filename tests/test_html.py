"""Tracking-pixel and styling detectors on messages built here (parse, normalise, detect)."""

from __future__ import annotations

import struct
from email.message import EmailMessage

import pytest

from proxy.detectors import Context, pixels, styling
from proxy.models import Action, Category, Document, Edit, EditKind, Finding
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import parse_message

RELAY = "k3v9xq2m7wplz4t@marketplace.amazon.co.uk"


def gif(frames: int) -> bytes:
    out = b"GIF89a" + struct.pack("<HH", 1, 1) + b"\x80\x00\x00" + b"\x00\x00\x00\xff\xff\xff"
    for _ in range(frames):
        out += b"\x21\xf9\x04\x04\x0a\x00\x00\x00"
        out += b"\x2c" + struct.pack("<HHHH", 0, 0, 1, 1) + b"\x00" + b"\x02\x02\x44\x01\x00"
    return out + b"\x3b"


def build(
    html: str | None = None,
    text: str = "Hello,\nthanks for your order.\n",
    subject: str = "Re: your order",
    images: tuple[tuple[str, bytes], ...] = (),
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Support <help@shop.example>"
    msg["To"] = RELAY
    msg["Subject"] = subject
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for cid, data in images:
        msg.add_attachment(
            data, maintype="image", subtype="gif", filename=cid, cid=f"<{cid}>", disposition="inline"
        )
    return msg.as_bytes()


def findings(raw: bytes) -> list[Finding]:
    """Both detectors, in the pipeline's order."""
    doc = normalise(parse_message(raw))
    return pixels.detect(doc, Context()) + styling.detect(doc, Context())


def doc_of(raw: bytes) -> Document:
    return normalise(parse_message(raw))


def rules(raw: bytes) -> list[str]:
    return [f.rule for f in findings(raw)]


def page(body: str) -> str:
    return f"<html><body><p>Hello Sam,</p><p>Your parcel left today.</p>{body}</body></html>"


# ----------------------------------------------------------------------------- tracking_pixel


@pytest.mark.parametrize(
    ("img", "rule"),
    [
        ('<img src="https://mail.shop.example/x/a.gif" width="1" height="1">', "tracking_pixel.tiny"),
        ('<img src="https://shop.example/i.gif" width="0" height="0" alt="">', "tracking_pixel.tiny"),
        ('<img src="https://shop.example/i.png" style="width:1px;height:1px">', "tracking_pixel.tiny"),
        (
            '<div style="display:none"><img src="https://shop.example/banner.png" width="600"></div>',
            "tracking_pixel.hidden",
        ),
        (
            '<img src="https://mailtrack.io/trace/mail/abc.png" width="120" height="40">',
            "tracking_pixel.tracker",
        ),
        (
            '<img src="https://news.shop.example/track/open/77/header.png" width="600">',
            "tracking_pixel.tracker",
        ),
        ('<img src="https://opens.shop.example/banner.png" width="600">', "tracking_pixel.tracker"),
        (
            '<img src="https://img.shop.example/header.png?rid=a81kd92jx0q" width="560">',
            "tracking_pixel.recipient_id",
        ),
        (
            '<img src="https://img.shop.example/h.png?subscriber=4471920" width="560">',
            "tracking_pixel.recipient_id",
        ),
        (
            f'<img src="https://img.shop.example/b/{RELAY.split("@")[0]}.png" width="560">',
            "tracking_pixel.recipient_id",
        ),
        (
            '<img src="https://img.shop.example/b.png?to=k3v9xq2m7wplz4t%40marketplace.amazon.co.uk"'
            ' width="560">',
            "tracking_pixel.recipient_id",
        ),
        ('<img src="http://img.shop.example/p.gif" width="1" height="1">', "tracking_pixel.tiny"),
        # a short recipient id under an unambiguous name, and the buyer's order id in the address
        (
            '<img src="https://cdn.shop.example/banner.png?rid=Dale&amp;o=204-5583066-6628332" width="600">',
            "tracking_pixel.recipient_id",
        ),
        (
            '<img src="https://cdn.shop.example/b/204-5583066-6628332/header.png" width="600">',
            "tracking_pixel.recipient_id",
        ),
    ],
)
def test_beacons(img: str, rule: str) -> None:
    found = findings(build(page(img)))
    assert [f.rule for f in found] == [rule]  # a beacon on http: is not also styling
    [finding] = found
    assert finding.category is Category.TRACKING_PIXEL
    assert finding.action is Action.REWRITE
    assert finding.edit is not None and finding.edit.kind is EditKind.STRIP_IMAGE
    assert finding.edit.target == finding.excerpt


@pytest.mark.parametrize(
    ("img", "pixel_rules", "styling_rules"),
    [
        ('<img src="http://img.shop.example/p.gif" width="1" height="1">', ["tracking_pixel.tiny"], []),
        (
            '<img src="http://img.shop.example/p.gif" width="1" height="1">'
            '<img src="http://img.shop.example/p.gif" width="300">',
            ["tracking_pixel.tiny"],
            [],
        ),
        ('<img src="http://cdn.shop.example/logo.png" width="140">', [], ["styling.http_image"]),
    ],
)
def test_http_beacon_is_reported_by_pixels_only(
    img: str, pixel_rules: list[str], styling_rules: list[str]
) -> None:
    doc = doc_of(build(page(img)))
    assert [f.rule for f in pixels.detect(doc, Context())] == pixel_rules
    assert [f.rule for f in styling.detect(doc, Context())] == styling_rules


@pytest.mark.parametrize(
    "img",
    [
        '<img src="cid:spacer.gif" width="1" height="1">',
        '<img src="https://cdn.shop.example/img/logo.png" width="120" height="40" alt="Shop">',
        '<img src="https://cdn.shop.example/p/4f9a8c2b1d7e.jpg" width="300">',
        '<img src="https://cdn.shop.example/open-box-photo.jpg" width="300">',
        '<img src="https://img.shop.example/p.jpg?w=600&amp;s=1a2b3c4d5e6f7a8b9c" width="300">',
        '<img src="https://[broken/p.jpg?u=123456" width="300">',
        '<img src="https://cdn.shop.example/p.jpg?u=ab&amp;r=2" width="300">',
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1">',
    ],
)
def test_not_beacons(img: str) -> None:
    assert rules(build(page(img), images=(("spacer.gif", gif(1)),))) == []


# ----------------------------------------------------------------------------- styling


@pytest.mark.parametrize(
    ("subject", "text", "html", "expected"),
    [
        ("Re: order \U0001f381", "Hello.", None, ["styling.emoji"]),
        ("Re: order", "Thanks \U0001f600 again", None, ["styling.emoji"]),
        ("Re: order", "Rated \u2b50\u2b50\u2b50", None, ["styling.emoji"]),
        ("Re: order", "Love \u2764\ufe0f it", None, ["styling.emoji"]),
        ("Re: order", "Step 1\ufe0f\u20e3 first", None, ["styling.emoji"]),
        ("Re: order", "Hi", page("<p>Merci &#x1F609;</p>"), ["styling.emoji"]),
        ("Re: order", "Thanks so much \u2764 and \u263a", None, ["styling.emoji"]),
        ("Re: order", "Acme™ Kettle © 2025 ® ★ ■ ※ 〒100-0001 → ✓ ♪", None, []),
        ("Re: order", "ご注文ありがとうございます。", None, []),
    ],
)
def test_emoji(subject: str, text: str, html: str | None, expected: list[str]) -> None:
    found = findings(build(html, text=text, subject=subject))
    assert [f.rule for f in found] == expected
    assert all(f.action is Action.REJECT for f in found)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<div style="text-align:center">See you soon</div>', ["styling.centred"]),
        ("<center>Thanks for shopping</center>", ["styling.centred"]),
        ('<p align="center">Best wishes</p>', ["styling.centred"]),
        ('<table align="center" width="600"><tr><td>Left text</td></tr></table>', []),
        ('<table><tr><td align="center"><img src="cid:spacer.gif" width="80"></td></tr></table>', []),
        ("<p>Meet us in the town center on Friday.</p>", []),
        ("<p style=\"font-family:'Trebuchet MS',sans-serif\">Regards</p>", ["styling.font_family"]),
        ('<font face="Arial">Regards</font>', ["styling.font_family"]),
        ('<p style="font-family:inherit">Regards</p>', []),
        ('<p style="color:#2e6b3f">Regards</p>', ["styling.colour"]),
        ('<p style="color:#ffffff;font-size:2px">call 0123</p>', ["styling.colour"]),
        ('<p style="color:inherit">Regards</p>', []),
        ('<p style="color:#000000">Regards</p><font color="black">x</font>', []),
        ('<font color="#cc0000">Regards</font>', ["styling.colour"]),
        ('<td style="background-color:#f4efe9">Regards</td>', ["styling.colour"]),
        ('<td bgcolor="#FFFFFF">Regards</td>', []),
        ('<p style="display:none">preheader</p><p style="font-size:0">x</p>', []),
        ('<img src="cid:spacer.gif" style="border:0" width="80">', []),
        ('<p style="font-size:12px">a</p><p style="font-size:14px">b</p><p style="font-size:16px">c</p>', []),
        (
            '<p style="font-size:12px">a</p><p style="font-size:14px">b</p>'
            '<p style="font-size:16px">c</p><p style="font-size:20px">d</p>',
            ["styling.font_sizes"],
        ),
        (
            '<p style="font-size:12px">a</p><p style="font-size:14px">b</p>'
            '<p style="font-size:16px">c</p><p style="font-size:0">d</p>',
            [],
        ),
        ('<img src="http://cdn.shop.example/logo.png" width="140" height="36">', ["styling.http_image"]),
        ('<td style="background-image:url(http://cdn.shop.example/bg.png)">x</td>', ["styling.http_image"]),
        ("<p>a</p><p>&nbsp;</p><p>&nbsp;</p><p>b</p>", []),
        ("<p>a</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>b</p>", ["styling.blank_lines"]),
        ("<p>a<br><br><br>b</p>", []),
        ("<p>a<br><br><br><br>b</p>", ["styling.blank_lines"]),
    ],
)
def test_styling_in_html(body: str, expected: list[str]) -> None:
    assert rules(build(page(body), images=(("spacer.gif", gif(1)),))) == expected


def test_outlook_default_style_block_counts() -> None:
    html = (
        '<html><head><style><!--\np.MsoNormal {font-size:11.0pt; font-family:"Calibri",'
        "sans-serif;}\n--></style></head>"
        '<body lang="EN-US" link="#0563C1" vlink="#954F72">'
        '<p class="MsoNormal">Hi</p></body></html>'
    )
    found = findings(build(html))
    assert [f.rule for f in found] == ["styling.font_family", "styling.colour"]
    assert all(f.action is Action.REWRITE and f.edit == Edit(EditKind.STRIP_CSS) for f in found)


def test_newsletter_layout_with_centred_text() -> None:
    html = page('<table align="center" style="text-align:center"><tr><td>SALE</td></tr></table>')
    assert rules(build(html)) == ["styling.centred"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi,\n\n\nThe part ships today.\n", []),
        ("Hi,\n\n\n\nThe part ships today.\n", ["styling.blank_lines"]),
        ("Hi,\r\n \r\n\t\r\n\r\n\r\nThe part ships today.\r\n", ["styling.blank_lines"]),
        # the gap a client leaves between the reply and the quoted history is not the reply's
        ("Hi,\nThe part ships today.\nAnna\n\n\n\n> On 3 May, Ben wrote:\n> Where is it?\n", []),
        ("Hi,\nIt ships today.\nAnna\n\n\n\n-----Original Message-----\nFrom: Ben\n\nWhere?\n", []),
        ("Hi,\nThe part ships today.\nAnna\n\n\n\n\n", []),
        # ...but a run inside the reply is, even with a quote after it
        ("Hi,\n\n\n\nThe part ships today.\n\n> On 3 May, Ben wrote:\n> Where?\n", ["styling.blank_lines"]),
    ],
)
def test_blank_lines_in_text(text: str, expected: list[str]) -> None:
    found = findings(build(text=text))
    assert [f.rule for f in found] == expected
    for f in found:
        assert f.action is Action.REWRITE
        assert f.edit == Edit(EditKind.COLLAPSE_BLANK_LINES)


@pytest.mark.parametrize(("frames", "expected"), [(1, []), (2, ["styling.animated_gif"])])
def test_animated_gif_inline(frames: int, expected: list[str]) -> None:
    html = page('<img src="cid:thanks.gif" width="120" height="120">')
    found = findings(build(html, images=(("thanks.gif", gif(frames)),)))
    assert [f.rule for f in found] == expected
    assert all(f.action is Action.REJECT for f in found)


def test_client_default_body_colours_are_not_overrides() -> None:
    html = '<html><body text="#000000" bgcolor="#FFFFFF"><p>Hi</p></body></html>'
    assert rules(build(html)) == []


def test_compliant_plain_html_reply_has_no_findings() -> None:
    html = page(
        '<blockquote type="cite"><p>Where is my order?</p></blockquote>'
        '<p><a href="https://www.amazon.co.uk/gp/css/order-history">orders</a></p>'
    )
    assert rules(build(html)) == []

"""Parse and normalise: decoding, bounds, quoted history, hidden text, folding."""

from __future__ import annotations

from email.message import EmailMessage
from html.parser import HTMLParser

import pytest

from proxy.errors import ParseLimitError
from proxy.models import Kind, Origin
from proxy.pipeline import htmltext
from proxy.pipeline.fold import fold
from proxy.pipeline.normalise import classify, normalise, split_quoted
from proxy.pipeline.parse import ParseLimits, parse_message


def message(
    subject: str = "Your order 123-1234567-1234567",
    text: str = "Hello",
    html: str | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "support@shop.example"
    msg["To"] = "abc@marketplace.amazon.co.uk"
    msg["Subject"] = subject
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ｗｗｗ．ｓｈｏｐ．ｃｏｍ", "www.shop.com"),  # full-width
        ("sh\u200bop\u00ad.com", "shop.com"),  # zero-width space, soft hyphen
        ("www.аmazon.com", "www.amazon.com"),  # Cyrillic а
        ("info (at) shop [dot] com", "info@shop.com"),
        ("call 5 5 5 - 0 1 9 9", "call 555-0199"),
        ("five five five zero one nine nine", "5550199"),
        ("fünf fünf fünf null eins", "55501"),
        ("〇九〇一二三四五六七八", "09012345678"),
        ("Plain ASCII stays as it is.", "Plain ASCII stays as it is."),
        ("one or two things", "one or two things"),  # short runs of number words are prose
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_parse_decodes_charsets_and_attachment_names() -> None:
    msg = message(text="Grüße aus München")
    msg.set_content("Grüße aus München", charset="iso-8859-15", cte="quoted-printable")
    msg.add_attachment(b"%PDF-1.4 test", maintype="application", subtype="pdf", filename="Rechnung_März.pdf")
    parsed = parse_message(msg.as_bytes())
    assert parsed.text_parts == ("Grüße aus München\n",)
    assert [(a.filename, a.content_type, a.data) for a in parsed.attachments] == [
        ("Rechnung_März.pdf", "application/pdf", b"%PDF-1.4 test")
    ]


def test_parse_never_raises_on_garbage() -> None:
    for raw in (b"", b"\x00\xff\xfe garbage", b"Content-Type: text/plain; name*\n\nbody", b'To: "\n\nx'):
        parsed = parse_message(raw)
        assert parsed.raw == raw


def test_parse_limits_parts_and_size() -> None:
    msg = message()
    for i in range(5):
        msg.add_attachment(b"x" * 100, maintype="text", subtype="plain", filename=f"{i}.txt")
    with pytest.raises(ParseLimitError, match="MIME parts"):
        parse_message(msg.as_bytes(), ParseLimits(max_parts=4))
    with pytest.raises(ParseLimitError, match="decoded bytes"):
        parse_message(msg.as_bytes(), ParseLimits(max_decoded_bytes=300))


def test_large_attachment_is_cut_for_the_parser_but_keeps_its_true_size() -> None:
    msg = message()
    payload = b"%PDF-1.7\n" + bytes(range(256)) * 8000  # ~2 MB
    msg.add_attachment(payload, maintype="application", subtype="pdf", filename="manual.pdf")
    raw = msg.as_bytes()
    (att,) = parse_message(raw).attachments
    assert att.size == len(payload)
    assert att.data[:8] == b"%PDF-1.7"
    assert len(att.data) < len(payload)
    with pytest.raises(ParseLimitError):
        parse_message(raw, ParseLimits(max_decoded_bytes=1_000_000))


def test_large_text_part_is_never_cut() -> None:
    tail = "visit www.hidden-at-the-end.example"
    msg = message()
    msg.set_content("a" * 2_000_000 + "\n" + tail + "\n", cte="base64")
    parsed = parse_message(msg.as_bytes())
    assert parsed.text_parts[0].rstrip().endswith(tail)


@pytest.mark.parametrize(
    ("subject", "headers", "kind"),
    [
        ("Re: Your order", {}, Kind.REPLY),
        ("AW: Ihre Bestellung", {}, Kind.REPLY),
        ("[Ticket#123] RE: question", {}, Kind.REPLY),
        ("Regarding your order", {}, Kind.PROACTIVE),
        ("Your invoice", {"In-Reply-To": "<a@b>"}, Kind.REPLY),
        ("Ticket Received - your question", {}, Kind.PROACTIVE),
    ],
)
def test_reply_or_proactive(subject: str, headers: dict[str, str], kind: Kind) -> None:
    assert classify(parse_message(message(subject, headers=headers).as_bytes())) is kind


def test_split_quoted_text() -> None:
    body = "Thanks!\nAgent\n\nOn Mon, 3 Mar 2025, Buyer <x@marketplace.amazon.com> wrote:\n> old text\n"
    own, quoted = split_quoted(body)
    assert own.strip() == "Thanks!\nAgent"
    assert "old text" in quoted


def test_outlook_quote_header_starts_quoted_history() -> None:
    body = "Hi\n\nFrom: Buyer\nSent: Monday\nTo: us\nSubject: x\n\nold\n"
    own, quoted = split_quoted(body)
    assert own.strip() == "Hi"
    assert quoted.startswith("From: Buyer")


def test_outlook_html_header_element_starts_quoted_history_after_it() -> None:
    # Outlook closes its header element before the quoted message: what follows is history.
    html = (
        "<body><p>We are not scammers; the parcel was delivered.</p><p>Wout</p><hr>"
        '<div id="divRplyFwdMsg"><b>From:</b> Ruben - Amazon Marketplace<br><b>Subject:</b> x</div>'
        "<div>You are scammers, call me on 0470 12 34 56 and <a href='https://x.example/'>see</a></div>"
        "</body>"
    )
    doc = normalise(parse_message(message(html=html).as_bytes()))
    own = " ".join(s.text for s in doc.segments if s.origin is Origin.HTML and not s.quoted)
    quoted = " ".join(s.text for s in doc.segments if s.origin is Origin.HTML and s.quoted)
    assert "not scammers" in own and "You are scammers" not in own
    assert "You are scammers" in quoted and "0470 12 34 56" in quoted
    assert [(link.href, link.quoted) for link in doc.links] == [("https://x.example/", True)]


def test_normalise_html_hidden_links_images_and_amazon_boilerplate() -> None:
    html = (
        "<html><head><style>p{color:red}</style></head><body>"
        "<p>Visible text</p><div style='display:none'>secret www.hidden.example</div>"
        "<p style='color:#ffffff'>white on white</p>"
        "<a href='https://www.shop.example/'><img src='cid:logo' alt='Shop logo'></a>"
        "<img src='https://t.example/o.gif' width='1' height='1'>"
        "<blockquote>quoted https://www.amazon.com/gp/communication-manager/x?y=1 and more</blockquote>"
        "</body></html>"
    )
    doc = normalise(parse_message(message(html=html).as_bytes()))
    by_origin = {(s.origin, s.quoted): s.text for s in doc.segments}
    assert "Visible text" in by_origin[(Origin.HTML, False)]
    hidden = [s.text for s in doc.segments if s.origin is Origin.HIDDEN]
    assert any("www.hidden.example" in t for t in hidden) and any("white on white" in t for t in hidden)
    assert "communication-manager" not in by_origin[(Origin.HTML, True)]
    assert "p{color:red}" not in " ".join(s.text for s in doc.segments)
    assert [(link.href, link.has_image) for link in doc.links] == [("https://www.shop.example/", True)]
    assert [(i.src, i.linked_href) for i in doc.images] == [
        ("cid:logo", "https://www.shop.example/"),
        ("https://t.example/o.gif", ""),
    ]
    assert any(s.origin is Origin.ALT and s.text == "Shop logo" for s in doc.segments)


def test_entities_and_base64_bodies_are_decoded() -> None:
    html = "<p>Write to h&#116;tps&#58;//shop.example</p>"
    doc = normalise(parse_message(message(html=html).as_bytes()))
    assert any("https://shop.example" in s.folded for s in doc.segments if s.origin is Origin.HTML)
    b64 = message(text="x")
    b64.set_content("secret body www.b64.example", cte="base64")
    assert b"www.b64.example" not in b64.as_bytes()
    doc = normalise(parse_message(b64.as_bytes()))
    assert any("www.b64.example" in s.folded for s in doc.segments)


def test_amazon_message_block_is_quoted_even_without_quote_marks() -> None:
    body = (
        "Hello,\nhere is the answer.\n\nOrder ID 111-2222222-3333333:\n"
        "------------- Nachricht: -------------\nRufen Sie mich an: 0151 1234567\n"
        "------------- Ende der Nachricht -------------\nKind regards\n"
    )
    own, quoted = split_quoted(body)
    assert "0151" not in own and "0151" in quoted
    assert "Kind regards" in own


def test_rule_line_before_a_history_header_starts_quoted_history() -> None:
    body = (
        "Thanks!\n\n----------------------------------------\n\nBuyer - Amazon Marketplace\n3 Mar 2025\nold\n"
    )
    own, quoted = split_quoted(body)
    assert own.strip() == "Thanks!" and "old" in quoted
    signature = "Thanks!\n\n----------------------------------------\nShop Ltd, Unit 4\n"
    assert split_quoted(signature)[1] == ""


class _GeneralPathOnly(htmltext._Renderer):
    """The renderer with the stdlib parser's own tag scanning for every tag."""

    parse_starttag = HTMLParser.parse_starttag  # type: ignore[assignment]
    parse_endtag = HTMLParser.parse_endtag  # type: ignore[assignment]


@pytest.mark.parametrize(
    "html",
    [
        "<P>One</P><DIV>two<BR>three</DIV>",
        "<p>a<script>x = '<p>' + '</p>'; </b></script>after</p>",
        "<style>p { color: red } </p> </style><p>shown</p>",
        "<p>a</p ><p >b</p><p/>c<br/>d</ p>e</>f",
        "<div class=gmail_quote><blockquote><p>quoted</p></blockquote></div><p>own</p>",
        '<p>x<a href="https://example.com">link</a><img src="cid:logo"></p><title>t</title>',
        "<p>unclosed <b>bold <i>it</p><textarea><p>raw</p></textarea><p>z",
        "<h1>Title</h1><tr><td>cell</td></tr><span style='display:none'>hidden</span>",
    ],
)
def test_bare_tags_take_a_fast_path_with_the_same_view(html: str) -> None:
    """Bare tags ("<p>", "</div>") skip the stdlib's general tag scan; the view must not change."""
    fast = htmltext.render(html, mark=True)
    original = htmltext._Renderer
    htmltext._Renderer = _GeneralPathOnly  # type: ignore[misc]
    try:
        general = htmltext.render(html, mark=True)
    finally:
        htmltext._Renderer = original  # type: ignore[misc]
    assert fast == general
    assert fast.blocks  # something was rendered

"""Rewrite edits on raw bytes: the edit is applied, the message re-parses, the rest is intact."""

from __future__ import annotations

import base64
from email import policy
from email.message import EmailMessage

import pytest

from proxy.detectors import Context, pixels, styling
from proxy.models import Document, Edit, EditKind, Finding
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import parse_message
from proxy.pipeline.rewrite import (
    Change,
    apply_edits,
    collapse_blank_lines,
    strip_css,
    summarise,
)

PIXEL = "https://t.shop.example/open/a8d7f.gif?u=1&amp;r=2"
PIXEL_SRC = "https://t.shop.example/open/a8d7f.gif?u=1&r=2"  # as the parser decodes it
PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"

HTML = (
    "<html><head><style>p {font-family:Georgia}</style></head><body>\n"
    '<p style="color:#b5482b;font-size:18px">Grüße aus München, Ihr Paket ist unterwegs.</p>\n'
    '<center>Vielen Dank</center>\n<p align="center">Ihr Team</p>\n'
    '<font face="Arial" color="red">Signatur</font>\n'
    '<div style="display:none">preheader</div>\n'
    '<img src="cid:logo@shop" width="80">\n'
    f'<img src="{PIXEL}" width="1" height="1">\n'
    "</body></html>\n"
)
TEXT = "Hallo,\n\n\n\n\nGrüße aus München.\n\n\nBis bald\n"


def build(cte: str, crlf: bool, charset: str = "utf-8") -> bytes:
    msg = EmailMessage(policy=policy.SMTP if crlf else policy.default)
    msg["From"] = "Support <help@shop.example>"
    msg["To"] = "k3v9xq2m7wplz4t@marketplace.amazon.de"
    msg["Subject"] = "Re: Ihre Bestellung"
    msg["List-Unsubscribe"] = (
        "<mailto:unsub@shop.example?subject=unsubscribe-0123456789abcdef>, "
        "<https://shop.example/unsubscribe/0123456789abcdef0123456789abcdef>"
    )
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(TEXT, charset=charset, cte=cte)
    msg.add_alternative(HTML, subtype="html", charset=charset, cte=cte)
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename="Rechnung.pdf")
    return msg.as_bytes()


CASES = [
    ("quoted-printable", False),
    ("quoted-printable", True),
    ("base64", False),
    ("base64", True),
    ("8bit", False),
]


@pytest.mark.parametrize(("cte", "crlf"), CASES)
def test_drop_header_keeps_every_other_byte(cte: str, crlf: bool) -> None:
    raw = build(cte, crlf)
    out = apply_edits(
        raw,
        [Edit(EditKind.DROP_HEADER, "list-unsubscribe"), Edit(EditKind.DROP_HEADER, "List-Unsubscribe-Post")],
    )
    assert b"List-Unsubscribe" not in out
    eol = b"\r\n" if crlf else b"\n"
    kept = [line for line in raw.split(eol) if not line.startswith((b"List-Unsubscribe", b" <"))]
    assert out.split(eol) == kept  # the folded continuation went with its field


@pytest.mark.parametrize(("cte", "crlf"), CASES)
def test_strip_image(cte: str, crlf: bool) -> None:
    raw = build(cte, crlf)
    out = apply_edits(raw, [Edit(EditKind.STRIP_IMAGE, PIXEL_SRC)])
    before, after = parse_message(raw), parse_message(out)
    assert "t.shop.example" in before.html_parts[0]
    assert "t.shop.example" not in after.html_parts[0]
    assert 'src="cid:logo@shop"' in after.html_parts[0]
    assert after.html_parts[0] == before.html_parts[0].replace(
        f'<img src="{PIXEL}" width="1" height="1">', ""
    )
    assert after.text_parts == before.text_parts
    assert after.attachments == before.attachments
    assert after.headers == before.headers
    header_end = raw.index(b"\r\n\r\n" if crlf else b"\n\n")
    assert out[:header_end] == raw[:header_end]
    attachment_at = raw.rindex(b"Content-Type: application/pdf")
    assert out.endswith(raw[attachment_at:])
    assert base64.b64encode(PDF) in raw[attachment_at:]


@pytest.mark.parametrize(("cte", "crlf"), CASES)
def test_strip_css(cte: str, crlf: bool) -> None:
    out = apply_edits(build(cte, crlf), [Edit(EditKind.STRIP_CSS)])
    html = parse_message(out).html_parts[0]
    for gone in ("<style", "color:", "font-size", "<font", "<center", 'align="center"', "Georgia"):
        assert gone not in html
    assert 'style="display:none"' in html  # hiding is not styling: it stays hidden
    assert "Grüße aus München" in html and "Vielen Dank" in html and "Signatur" in html


@pytest.mark.parametrize(("cte", "crlf"), CASES)
def test_collapse_blank_lines(cte: str, crlf: bool) -> None:
    raw = build(cte, crlf)
    out = apply_edits(raw, [Edit(EditKind.COLLAPSE_BLANK_LINES)])
    text = parse_message(out).text_parts[0].replace("\r\n", "\n")
    assert text == "Hallo,\n\n\nGrüße aus München.\n\n\nBis bald\n"
    assert parse_message(out).html_parts == parse_message(raw).html_parts


def test_latin1_part_keeps_its_charset() -> None:
    raw = build("quoted-printable", False, charset="iso-8859-1")
    out = apply_edits(raw, [Edit(EditKind.COLLAPSE_BLANK_LINES)])
    assert b'charset="iso-8859-1"' in out
    assert b"Gr=FC=DFe aus M=FCnchen" in out
    assert "Grüße aus München" in parse_message(out).text_parts[0]


def test_dropping_list_unsubscribe_drops_its_post_header() -> None:
    out = apply_edits(build("8bit", False), [Edit(EditKind.DROP_HEADER, "List-Unsubscribe")])
    assert b"List-Unsubscribe" not in out
    assert parse_message(out).header("Subject") == "Re: Ihre Bestellung"


def test_no_applicable_edit_returns_the_same_bytes() -> None:
    raw = build("quoted-printable", False)
    assert apply_edits(raw, []) == raw
    assert apply_edits(raw, [Edit(EditKind.STRIP_IMAGE, "https://elsewhere.example/x.gif")]) == raw
    assert apply_edits(raw, [Edit(EditKind.DROP_HEADER, "X-Not-There")]) == raw


def test_missing_close_delimiter() -> None:
    msg = EmailMessage()
    msg["Subject"] = "Re: order"
    msg.set_content("Hello")
    msg.add_alternative(HTML, subtype="html", cte="quoted-printable")
    raw = msg.as_bytes()
    boundary = msg.get_boundary()
    assert boundary is not None
    truncated = raw[: raw.rindex(f"--{boundary}--".encode())]  # the HTML part is now last
    out = apply_edits(truncated, [Edit(EditKind.STRIP_IMAGE, PIXEL_SRC)])
    assert b"t.shop.example" not in out
    assert "cid:logo@shop" in parse_message(out).html_parts[0]


def test_single_part_html_message() -> None:
    msg = EmailMessage()
    msg["Subject"] = "Re: order"
    msg.set_content(HTML, subtype="html", cte="quoted-printable")
    out = apply_edits(msg.as_bytes(), [Edit(EditKind.STRIP_IMAGE, PIXEL_SRC)])
    assert "t.shop.example" not in parse_message(out).html_parts[0]


def html_findings(doc: Document) -> list[Finding]:
    return pixels.detect(doc, Context()) + styling.detect(doc, Context())


def test_rewritten_message_is_clean_for_the_rewrite_rules() -> None:
    raw = build("quoted-printable", True)
    doc = normalise(parse_message(raw))
    findings = html_findings(doc)
    edits = [f.edit for f in findings if f.edit is not None]
    assert {e.kind for e in edits} == {
        EditKind.STRIP_IMAGE,
        EditKind.STRIP_CSS,
        EditKind.COLLAPSE_BLANK_LINES,
    }
    out = apply_edits(raw, edits)
    again = html_findings(normalise(parse_message(out)))
    assert [f.rule for f in again if f.edit is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\n\n\nb", "a\n\n\nb"),
        ("a\n\n\n\nb", "a\n\n\nb"),
        ("a\r\n\r\n \r\n\t\r\n\r\nb", "a\r\n\r\n\r\nb"),
    ],
)
def test_collapse_blank_lines_function(text: str, expected: str) -> None:
    assert collapse_blank_lines(text) == expected


def test_strip_css_function_keeps_layout_attributes() -> None:
    html = '<td width="600" style="width:600px;color:red;font-family:Arial">x</td>'
    assert strip_css(html) == '<td width="600" style="width:600px">x</td>'


def test_diff_summary() -> None:
    raw = build("quoted-printable", False)
    changes: list[Change] = []
    apply_edits(
        raw,
        [Edit(EditKind.STRIP_IMAGE, PIXEL_SRC), Edit(EditKind.DROP_HEADER, "List-Unsubscribe-Post")],
        changes,
    )
    summary = summarise(changes)
    assert "-List-Unsubscribe-Post: List-Unsubscribe=One-Click" in summary
    assert any(line.startswith("-") and "t.shop.example" in line for line in summary.splitlines())
    assert "Grüße" not in summary  # unchanged parts are not in the diff
    assert len(summarise(changes, limit=80)) <= 80 + len("\n… (diff truncated)")


def test_the_rewrite_s_own_record_gives_the_same_diff_without_parsing() -> None:
    raw = build("base64", True)
    edits = [
        Edit(EditKind.STRIP_CSS),
        Edit(EditKind.COLLAPSE_BLANK_LINES),
        Edit(EditKind.DROP_HEADER, "List-Unsubscribe"),
    ]
    changes: list[Change] = []
    out = apply_edits(raw, edits, changes)
    assert [c.name for c in changes] == ["headers", "text[0]", "html[0]"]
    # the record holds the decoded parts as a reader of either message sees them
    old, new = parse_message(raw), parse_message(out)
    parts = [(c.before, c.after) for c in changes[1:]]
    assert parts == list(
        zip([*old.text_parts, *old.html_parts], [*new.text_parts, *new.html_parts], strict=True)
    )
    removed = [line for line in summarise(changes[:1]).splitlines() if line.startswith("-L")]
    assert [line.split(":")[0] for line in removed] == ["-List-Unsubscribe", "-List-Unsubscribe-Post"]
    assert "<https://shop.example/unsubscribe/" in removed[0]  # a folded field on one line


def test_a_diff_far_down_a_long_part_names_its_real_line_numbers() -> None:
    before = [f"line {i}" for i in range(1, 501)]
    after = [*before[:399], "line 400 changed", *before[400:]]
    diff = summarise([Change("text[0]", "\n".join(before), "\n".join(after))])
    assert "@@ -399,3 +399,3 @@" in diff.splitlines()
    assert diff.splitlines()[-4:] == [" line 399", "-line 400", "+line 400 changed", " line 401"]

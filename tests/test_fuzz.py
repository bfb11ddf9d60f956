"""Property tests: judge() never raises, and a plain https link in a text part is never delivered."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from proxy.models import Judgement, Verdict
from proxy.pipeline.checker import Checker, build_checker
from proxy.settings import DetectSettings

CHECKER: Checker = build_checker(DetectSettings())
FUZZ = settings(
    max_examples=200,
    deadline=None,  # bounded by max_examples; a loaded CI machine must not make it flaky
    derandomize=True,  # the same inputs every run: a failure here is reproducible
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "iso-2022-jp", "shift_jis", "euc-jp", "utf-16", "koi8-r"]
ENCODINGS = ["7bit", "8bit", "base64", "quoted-printable"]
WORDS = st.sampled_from(
    [
        "Hello",
        "order",
        "203-5550123-7654321",
        "refund",
        "Danke",
        "commande",
        "お届け",
        "review",
        "+44 20 7946 0958",
        "help@shop.example",
        "www.shop-outlet.com",
        "\u200b",
        "\u202e",
        "é",
        "\x00",
        "=",
        "--",
        "<b>",
        "&amp;",
        "\r\n",
        ">",
    ]
)
PROSE = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=25).map(" ".join)
HOSTS = st.from_regex(r"[a-z]{3,10}(-[a-z]{2,8})?\.(com|net|shop|io|de|co\.uk)", fullmatch=True).filter(
    lambda h: "amazon" not in h
)


def headers(msg: EmailMessage) -> EmailMessage:
    msg["From"] = "help@shop.example"
    msg["To"] = "q7x2m9@marketplace.amazon.de"
    msg["Subject"] = "Re: your order 203-5550123-7654321"
    msg["In-Reply-To"] = "<a1@amazon.example>"
    return msg


@st.composite
def leaf(draw: st.DrawFn, link: str | None = None) -> EmailMessage:
    """A text/plain, text/html or attachment part with random charset and encoding."""
    part = EmailMessage()
    body = draw(PROSE)
    kind = draw(st.sampled_from(["plain", "html", "attachment"]))
    if link is not None:
        kind = "plain"
        body = f"{body} {link} {draw(PROSE)}"
    charset = draw(st.sampled_from(CHARSETS))
    cte = draw(st.sampled_from(ENCODINGS))
    if kind == "attachment":
        data = draw(st.binary(max_size=200))
        # EmailMessage refuses control characters in header values (a generator limit, not ours).
        safe = st.characters(blacklist_categories=("Cc", "Cs"))
        name = draw(st.text(alphabet=safe, max_size=15)) + draw(st.sampled_from([".pdf", ".exe", ".txt", ""]))
        part.set_content(data, maintype="application", subtype="octet-stream", filename=name or None)
        return part
    try:
        body.encode(charset)
    except (UnicodeEncodeError, UnicodeError):
        charset = "utf-8"
    if charset == "utf-8" or cte in ("base64", "quoted-printable"):
        part.set_content(body, subtype=kind, charset=charset, cte=cte if cte != "7bit" else None)
    else:
        part.set_content(body, subtype=kind, charset=charset)
    return part


@st.composite
def tree(draw: st.DrawFn, link: str | None = None, depth: int = 0) -> EmailMessage:
    """A random MIME tree; when ``link`` is given, exactly one text/plain leaf carries it."""
    if depth >= 3 or draw(st.booleans()):
        return draw(leaf(link))
    container = EmailMessage()
    subtype = draw(st.sampled_from(["mixed", "alternative", "related"]))
    count = draw(st.integers(min_value=1, max_value=4))
    carrier = draw(st.integers(min_value=0, max_value=count - 1))
    children = [draw(tree(link if i == carrier else None, depth + 1)) for i in range(count)]
    container["Content-Type"] = f"multipart/{subtype}"
    for child in children:
        container.attach(child)
    return container


def message(root: EmailMessage) -> bytes:
    msg = headers(EmailMessage())
    for name, value in root.items():
        msg[name] = value
    msg.set_payload(root.get_payload())
    try:
        return msg.as_bytes()
    except (UnicodeError, ValueError, TypeError):  # the stdlib cannot write this tree: not our input
        reject()
        raise AssertionError("unreachable") from None


def judged(raw: bytes) -> Judgement:
    j = CHECKER.judge(raw)
    assert isinstance(j, Judgement)
    assert not any(f.rule == "internal.error" for f in j.findings), (raw[:2000], j.findings)
    return j


@FUZZ
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_get_a_judgement(raw: bytes) -> None:
    judged(raw)


@FUZZ
@given(st.binary(max_size=3000))
def test_arbitrary_body_after_real_headers_gets_a_judgement(body: bytes) -> None:
    raw = (
        b"From: help@shop.example\r\nTo: q7x2m9@marketplace.amazon.de\r\n"
        b"Subject: Re: order 203-5550123-7654321\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\n" + body
    )
    judged(raw)


@FUZZ
@given(tree())
def test_random_mime_trees_get_a_judgement(root: EmailMessage) -> None:
    judged(message(root))


@FUZZ
@given(HOSTS, st.sampled_from(["", "/", "/offer", "/p?id=7"]), st.data())
def test_plain_https_link_in_a_text_part_is_never_delivered(
    host: str, path: str, data: st.DataObject
) -> None:
    link = f"https://{host}{path}"
    raw = message(data.draw(tree(link)))
    j = judged(raw)
    assert j.verdict is not Verdict.DELIVER, (link, raw[:3000])


@pytest.mark.parametrize("cte", ENCODINGS)
@pytest.mark.parametrize("charset", CHARSETS)
def test_link_survives_every_charset_and_encoding(charset: str, cte: str) -> None:
    part = EmailMessage()
    body = "Bitte besuchen Sie https://fresh-deals-outlet.com/offer heute."
    if charset == "utf-8" or cte in ("base64", "quoted-printable"):
        part.set_content(body, charset=charset, cte=cte if cte != "7bit" else None)
    else:
        part.set_content(body, charset=charset)
    j = judged(message(part))
    assert "external_link" in j.categories, j.findings

"""Upstream selection, the capture mode and the reply catalogue."""

from __future__ import annotations

import json

import pytest
from helpers import compliant_message

from proxy.errors import ConfigError, RelayPermError, RelayTempError
from proxy.models import Action, Category, Finding
from proxy.settings import UpstreamSettings
from proxy.smtp import replies
from proxy.smtp.upstream import CaptureUpstream, Envelope, SmtpUpstream, make_upstream


@pytest.mark.parametrize(
    ("address", "kind", "where"),
    [
        ("mail.example:587", SmtpUpstream, ("mail.example", 587)),
        ("[::1]:25", SmtpUpstream, ("::1", 25)),
        ("capture:/tmp/x", CaptureUpstream, None),
    ],
)
def test_make_upstream(address, kind, where) -> None:
    up = make_upstream(UpstreamSettings(address=address))
    assert isinstance(up, kind)
    if where:
        assert (up.host, up.port) == where  # type: ignore[union-attr]


@pytest.mark.parametrize("address", ["mail.example", "host:port", "capture:", ":25"])
def test_bad_upstream_address_is_a_config_error(address) -> None:
    with pytest.raises(ConfigError) as err:
        make_upstream(UpstreamSettings(address=address))
    assert err.value.key == "upstream.address"


async def test_capture_writes_the_exact_bytes_and_envelope(tmp_path) -> None:
    up = CaptureUpstream(tmp_path / "out")
    raw = compliant_message()
    accepted = await up.send(Envelope("s@shop.example", ("b@marketplace.amazon.com",)), raw)
    [eml] = list((tmp_path / "out").glob("*.eml"))
    assert accepted.code == 250 and eml.name in accepted.message
    assert eml.read_bytes() == raw
    meta = json.loads(eml.with_suffix(".json").read_text())
    assert meta["rcpt_tos"] == ["b@marketplace.amazon.com"]


async def test_smtp_upstream_maps_errors(smtp_upstream) -> None:
    up = SmtpUpstream("127.0.0.1", smtp_upstream.port, timeout=5)
    env = Envelope("s@shop.example", ("b@marketplace.amazon.com",))
    smtp_upstream.data_reply = "550 5.7.1 no"
    with pytest.raises(RelayPermError) as perm:
        await up.send(env, compliant_message())
    assert perm.value.code == 550
    smtp_upstream.data_reply = "452 4.3.1 full"
    with pytest.raises(RelayTempError) as temp:
        await up.send(env, compliant_message())
    assert temp.value.code == 452


def _finding(rule: str, cat: Category, action: Action, reason: str = "") -> Finding:
    return Finding(rule, cat, action, "excerpt", "text", reason)


def test_rejected_reply_names_strongest_rule_first() -> None:
    reply = replies.rejected(
        (
            _finding("styling.css", Category.STYLING, Action.REWRITE),
            _finding(
                "contact_phone.number",
                Category.CONTACT_PHONE,
                Action.REJECT,
                "remove the phone number +44 20 7946 0000",
            ),
            _finding("marketing.sale", Category.MARKETING, Action.REJECT, "no promotion"),
        )
    )
    assert str(reply) == (
        "550 5.7.1 contact_phone: remove the phone number +44 20 7946 0000 "
        "[contact_phone.number] (also: marketing, styling)"
    )


def test_reply_text_is_one_ascii_line() -> None:
    reply = replies.rejected(
        (_finding("contact_email.address", Category.CONTACT_EMAIL, Action.REJECT, "remove ｍail\r\nme"),)
    )
    assert "\r" not in str(reply) and "\n" not in str(reply) and str(reply).isascii()


@pytest.mark.parametrize(
    ("builtin", "expected"),
    [
        ("552 Error: Too much mail data", "552 5.3.4 Message too big"),
        ("250 OK", "250 2.0.0 OK"),
        ('500 Error: command "X" not recognized', '500 5.5.0 command "X" not recognized'),
        ("535 5.7.8 Authentication credentials invalid", "535 5.7.8 Authentication credentials invalid"),
        ("220 host ESMTP", "220 host ESMTP"),
    ],
)
def test_builtin_replies_get_enhanced_codes(builtin, expected) -> None:
    assert replies.translate(builtin) == expected


def test_upstream_reply_keeps_its_enhanced_code() -> None:
    assert str(replies.upstream(554, "5.7.1 spam")) == "554 5.7.1 Upstream: spam"
    assert str(replies.upstream(550, "no such user")) == "550 5.0.0 Upstream: no such user"


def test_no_reply_literals_outside_the_catalogue() -> None:
    import pathlib
    import re

    root = pathlib.Path(__file__).parents[1] / "proxy"
    literal = re.compile(r"""["'](?:[245]\d\d) [245]\.\d""")
    offenders = [
        str(p) for p in root.rglob("*.py") if p.name != "replies.py" and literal.search(p.read_text())
    ]
    assert offenders == []

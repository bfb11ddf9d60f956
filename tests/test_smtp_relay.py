"""The SMTP relay over real sockets: relay, refuse, hold, recipient and sender policy."""

from __future__ import annotations

import json
import logging

import aiosmtplib
import pytest
from conftest import compliant_message, smtp_send

from proxy.store.api import HeldFilter, HeldStatus


async def test_compliant_message_is_relayed_byte_identical(guard_app, smtp_upstream) -> None:
    app = await guard_app()
    raw = compliant_message(extra="X-Long: " + "a" * 200 + "\r\n\tfolded\r\n")
    code, text = await smtp_send(app.smtp_port, raw)
    assert (code, text.split()[0]) == (250, "2.0.0")
    assert "UP1" in text  # the upstream's own reply is passed on
    [(mail_from, rcpts, data, _)] = smtp_upstream.messages
    assert data == raw
    assert (mail_from, rcpts) == ("support@shop.example", ["buyer-1@marketplace.amazon.com"])


async def test_violation_is_refused_with_rule_and_reason(guard_app, smtp_upstream) -> None:
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message("See LINKMARK now."))
    assert code == 550
    assert text.startswith("5.7.1 external_link: remove the link to shop.example.com")
    assert "[external_link.url]" in text
    assert smtp_upstream.messages == []


async def test_unclear_message_is_held_with_its_id(guard_app, smtp_upstream, smtp_store) -> None:
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message("You HOLDMARK."))
    assert code == 250 and text.startswith("2.6.0 Held for supervisor review as ")
    held_id = text.split(" as ", 1)[1].split()[0]
    held = await smtp_store.get(held_id)
    assert held is not None and held.status is HeldStatus.HELD
    assert held.rules == ("offensive.insult",)
    assert held.raw == compliant_message("You HOLDMARK.")
    assert held.order_ids == ("111-2223334-5556667",)
    assert smtp_upstream.messages == []


async def test_pipeline_crash_is_held_not_lost(guard_app, smtp_store) -> None:
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message("CRASHMARK"))
    assert code == 250 and "internal.error" in text
    rows, total = await smtp_store.list_held(HeldFilter(status=HeldStatus.HELD))
    assert total == 1 and rows[0].rules == ("internal.error",)


@pytest.mark.parametrize("rcpt", [
    "someone@gmail.com",
    "buyer@marketplace.amazon.com.evil.example",
    "buyer@amazon.com",
])
async def test_non_amazon_recipient_is_refused_at_rcpt(guard_app, smtp_upstream, rcpt) -> None:
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message(), rcpts=(rcpt,))
    assert code == 550 and text.startswith("5.7.1 Relaying denied")
    assert smtp_upstream.messages == []


async def test_unknown_marketplace_domain_is_accepted_and_logged(guard_app, caplog) -> None:
    app = await guard_app()
    with caplog.at_level(logging.WARNING, logger="proxy.server"):
        code, _ = await smtp_send(app.smtp_port, compliant_message(),
                                  rcpts=("b@marketplace.amazon.com.ng",))
    assert code == 250
    assert "marketplace.amazon.com.ng" in caplog.text


@pytest.mark.parametrize("rcpt", ["b@marketplace.amazon.com.attacker.example", "b@marketplace.amazon.xy"])
async def test_lookalike_marketplace_domains_are_refused(guard_app, rcpt: str) -> None:
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message(), rcpts=(rcpt,))
    assert (code, text.split()[0]) == (550, "5.7.1")


async def test_client_outside_allowed_networks_must_authenticate(guard_app) -> None:
    app = await guard_app(smtp={"allow_networks": ["10.0.0.0/8"]})
    code, text = await smtp_send(app.smtp_port, compliant_message())
    assert (code, text.split()[0]) == (530, "5.7.0")


@pytest.mark.parametrize(("sender", "expected"), [
    ("support@shop.example", 250),
    ("anyone@brand.example", 250),
    ("agent@elsewhere.example", 550),
])
async def test_authorised_senders(guard_app, sender, expected) -> None:
    app = await guard_app(smtp={"authorised_senders": ["support@shop.example", "@brand.example"]})
    code, text = await smtp_send(app.smtp_port, compliant_message(), mail_from=sender)
    assert code == expected
    if code == 550:
        assert "Amazon would reject" in text


async def test_ehlo_advertises_extensions(guard_app) -> None:
    app = await guard_app(smtp={"max_message_bytes": 5000})
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=app.smtp_port, start_tls=False)
    await client.connect()
    await client.ehlo()
    for ext in ("size", "8bitmime", "smtputf8", "enhancedstatuscodes"):
        assert client.supports_extension(ext), ext
    assert client.esmtp_extensions["size"] == "5000"
    assert not client.supports_extension("auth")  # no AUTH before STARTTLS
    client.close()


async def test_8bitmime_and_smtputf8_pass_through(guard_app, smtp_upstream) -> None:
    app = await guard_app()
    raw = compliant_message("Grüße aus München — vielen Dank.")
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=app.smtp_port, start_tls=False)
    await client.connect()
    await client.sendmail("süpport@shop.example", ["buyer-1@marketplace.amazon.de"], raw,
                          mail_options=["BODY=8BITMIME", "SMTPUTF8"])
    client.close()
    [(mail_from, _, data, options)] = smtp_upstream.messages
    assert data == raw and mail_from == "süpport@shop.example"
    assert "BODY=8BITMIME" in options and "SMTPUTF8" in options


async def test_partial_recipient_refusal_relays_nothing(guard_app, smtp_upstream) -> None:
    smtp_upstream.rcpt_replies["b@marketplace.amazon.com"] = "550 5.1.1 no such user"
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message(),
                                 rcpts=("a@marketplace.amazon.com", "b@marketplace.amazon.com"))
    assert code == 550 and "no such user" in text
    assert smtp_upstream.messages == []


async def test_every_decision_is_one_audit_row_and_one_log_line(guard_app, smtp_store,
                                                                 caplog) -> None:
    app = await guard_app()
    with caplog.at_level(logging.INFO, logger="bsm_guard.decisions"):
        for body in ("fine", "LINKMARK", "HOLDMARK"):
            await smtp_send(app.smtp_port, compliant_message(body))
        await app.guard.recorder.drain()
    lines = [json.loads(r.getMessage()) for r in caplog.records
             if r.name == "bsm_guard.decisions"]
    assert [x["action"] for x in lines] == ["relayed", "rejected", "held"]
    assert lines[1]["rules"] == ["external_link.url"]
    assert all(x["message_id"] == "<reply-1@shop.example>" for x in lines)
    assert all("LINKMARK" not in json.dumps(x) for x in lines)  # never body text
    rows = await smtp_store.audit_recent()
    assert sorted(r.action for r in rows if r.actor == "system") == ["held", "rejected",
                                                                     "relayed"]

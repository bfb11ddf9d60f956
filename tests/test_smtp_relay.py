"""The SMTP relay over real sockets: relay, refuse, hold, recipient and sender policy."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from email import message_from_bytes

import aiosmtplib
import pytest
from helpers import build_mail, compliant_message, smtp_send

from proxy.amazon import RELAY_DOMAINS
from proxy.observe import metrics
from proxy.observe.notify import HEADER
from proxy.settings import Settings
from proxy.store.api import HeldFilter, HeldStatus


def is_notification(data: bytes) -> bool:
    return message_from_bytes(data)[HEADER] is not None


async def wait_for(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met within the time limit"
        await asyncio.sleep(0.02)


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
    assert [m for m in smtp_upstream.messages if not is_notification(m[2])] == []


async def test_pipeline_crash_is_held_not_lost(guard_app, smtp_store) -> None:
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message("CRASHMARK"))
    assert code == 250 and "internal.error" in text
    rows, total = await smtp_store.list_held(HeldFilter(status=HeldStatus.HELD))
    assert total == 1 and rows[0].rules == ("internal.error",)


@pytest.mark.parametrize(
    "rcpt",
    [
        "someone@gmail.com",
        "buyer@marketplace.amazon.com.evil.example",
        "buyer@amazon.com",
    ],
)
async def test_non_amazon_recipient_is_refused_at_rcpt(guard_app, smtp_upstream, rcpt) -> None:
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message(), rcpts=(rcpt,))
    assert code == 550 and text.startswith("5.7.1 Relaying denied")
    assert smtp_upstream.messages == []


@pytest.mark.parametrize(
    "rcpt",
    [
        "evil%gmail.com@marketplace.amazon.com",
        "gmail.com!evil@marketplace.amazon.de",
        '"evil@gmail.com"@marketplace.amazon.co.uk',
    ],
)
async def test_relay_addresses_that_route_on_are_refused_at_rcpt(guard_app, smtp_upstream, rcpt: str) -> None:
    """The percent hack, bang paths and quoted local parts at an Amazon relay domain would ask a
    mail server on the way to forward the message elsewhere: refused, and the reply says why."""
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message(), rcpts=(rcpt,))
    assert (code, text.split()[0]) == (553, "5.1.3") and "routes on to another address" in text
    assert smtp_upstream.messages == []


@pytest.mark.parametrize(
    "rcpt",
    [
        "x@marketplace.amazon.xyz",
        "x@marketplace.amazon.tk",
        "x@marketplace.amazon.ru",
        "x@marketplace.amazon.co",
        "x@marketplace.amazon.xn--p1ai",
        "x@marketplace.amazon.evil.ck",
        "x@a.b.marketplace.amazon.xyz",
        "x@marketplace.amazon.com.ng",
        "x@marketplace.amazon.be",
    ],
)
async def test_domains_amazon_does_not_operate_are_refused_at_rcpt(
    guard_app, smtp_upstream, rcpt: str
) -> None:
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message(), rcpts=(rcpt,))
    assert (code, text.split()[0]) == (550, "5.7.1") and "relay domain" in text
    assert smtp_upstream.messages == []


@pytest.mark.parametrize(
    "domain", [*sorted(RELAY_DOMAINS), "m.marketplace.amazon.co.jp", "MARKETPLACE.AMAZON.DE"]
)
async def test_every_storefront_relay_domain_is_accepted(guard_app, smtp_upstream, domain: str) -> None:
    app = await guard_app()
    code, _ = await smtp_send(app.smtp_port, compliant_message(), rcpts=(f"b+case-1@{domain}",))
    assert code == 250


async def test_an_operator_adds_a_new_storefront(guard_app, smtp_upstream) -> None:
    app = await guard_app(smtp={"extra_relay_domains": ["marketplace.amazon.com.ng"]})
    code, _ = await smtp_send(app.smtp_port, compliant_message(), rcpts=("b@marketplace.amazon.com.ng",))
    assert code == 250


@pytest.mark.parametrize("rcpt", ["b@marketplace.amazon.com.attacker.example", "b@marketplace.amazon.xy"])
async def test_lookalike_marketplace_domains_are_refused(guard_app, rcpt: str) -> None:
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message(), rcpts=(rcpt,))
    assert (code, text.split()[0]) == (550, "5.7.1")


async def test_client_outside_allowed_networks_must_authenticate(guard_app) -> None:
    app = await guard_app(smtp={"allow_networks": ["10.0.0.0/8"]})
    code, text = await smtp_send(app.smtp_port, compliant_message())
    assert (code, text.split()[0]) == (530, "5.7.0")


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("support@shop.example", 250),
        ("anyone@brand.example", 250),
        ("agent@elsewhere.example", 550),
    ],
)
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
    await client.sendmail(
        "süpport@shop.example",
        ["buyer-1@marketplace.amazon.de"],
        raw,
        mail_options=["BODY=8BITMIME", "SMTPUTF8"],
    )
    client.close()
    [(mail_from, _, data, options)] = smtp_upstream.messages
    assert data == raw and mail_from == "süpport@shop.example"
    assert "BODY=8BITMIME" in options and "SMTPUTF8" in options


async def test_partial_recipient_refusal_relays_nothing(guard_app, smtp_upstream) -> None:
    smtp_upstream.rcpt_replies["b@marketplace.amazon.com"] = "550 5.1.1 no such user"
    app = await guard_app()
    code, text = await smtp_send(
        app.smtp_port, compliant_message(), rcpts=("a@marketplace.amazon.com", "b@marketplace.amazon.com")
    )
    assert code == 550 and "no such user" in text
    assert smtp_upstream.messages == []


async def test_every_decision_is_one_audit_row_and_one_log_line(guard_app, smtp_store, caplog) -> None:
    app = await guard_app()
    with caplog.at_level(logging.INFO, logger="bsm_guard.decisions"):
        for body in ("fine", "LINKMARK", "HOLDMARK"):
            await smtp_send(app.smtp_port, compliant_message(body))
        await app.guard.recorder.drain()
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "bsm_guard.decisions"]
    assert [x["action"] for x in lines] == ["relayed", "rejected", "held"]
    assert lines[1]["rules"] == ["external_link.url"]
    assert all(x["message_id"] == "<reply-1@shop.example>" for x in lines)
    assert all("LINKMARK" not in json.dumps(x) for x in lines)  # never body text
    rows = await smtp_store.audit_recent()
    assert sorted(r.action for r in rows if r.actor == "system") == ["held", "rejected", "relayed"]


# ----------------------------------------------------------------------------- notification


async def test_held_message_notifies_the_agent(guard_app, smtp_upstream) -> None:
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message("You HOLDMARK."))
    held_id = text.split(" as ", 1)[1].split()[0]
    assert code == 250
    await wait_for(lambda: len(smtp_upstream.messages) == 1)
    [(sender, rcpts, data, _)] = smtp_upstream.messages
    mail = message_from_bytes(data)
    assert mail[HEADER] == "held" and rcpts == ["support@shop.example"]
    assert sender == Settings().notify.from_address
    body = mail.get_payload(decode=True)
    assert isinstance(body, bytes) and held_id.encode() in body and b"HOLDMARK" in body


async def test_notification_never_delays_the_250(guard_app, smtp_upstream) -> None:
    smtp_upstream.delay = 5.0  # the upstream is slow to take the notification
    app = await guard_app()
    code, _ = await smtp_send(app.smtp_port, compliant_message("You HOLDMARK."))
    # The helpdesk had its 250 while the notification was still on its way upstream.
    assert code == 250 and smtp_upstream.messages == []
    await wait_for(lambda: len(smtp_upstream.messages) == 1)


class _UnreadableStore:
    """Delegates to a real store, but reading a held message back fails."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner

    async def get(self, held_id: str):  # type: ignore[no-untyped-def]
        raise RuntimeError("connection reset")

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self.inner, name)


async def test_notification_failure_is_logged_not_raised(
    guard_app, smtp_store, smtp_upstream, caplog
) -> None:
    app = await guard_app(store=_UnreadableStore(smtp_store))
    with caplog.at_level(logging.ERROR, logger="proxy.observe.record"):
        code, text = await smtp_send(app.smtp_port, compliant_message("You HOLDMARK."))
        assert code == 250 and text.startswith("2.6.0 Held")
        await app.guard.recorder.close()
    assert "held notification for" in caplog.text and "connection reset" in caplog.text
    assert smtp_upstream.messages == []


# ----------------------------------------------------------------------------- audit writer


class _AuditRecordingStore:
    """Delegates to a real store; counts ``audit_many`` calls, or makes every audit write fail."""

    def __init__(self, inner, fail: bool = False, delay: float = 0.0) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.fail, self.delay = inner, fail, delay
        self.batches: list[int] = []

    async def audit_many(self, rows) -> None:  # type: ignore[no-untyped-def]
        self.batches.append(len(rows))
        await asyncio.sleep(self.delay)
        if self.fail:
            raise RuntimeError("disk full")
        await self.inner.audit_many(rows)

    async def audit(self, *row) -> None:  # type: ignore[no-untyped-def]
        if self.fail:
            raise RuntimeError("disk full")
        await self.inner.audit(*row)

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self.inner, name)


async def test_failing_audit_write_is_logged_and_the_250_stands(
    guard_app, smtp_store, smtp_upstream, caplog
) -> None:
    app = await guard_app(store=_AuditRecordingStore(smtp_store, fail=True))
    with caplog.at_level(logging.ERROR, logger="proxy.observe.record"):
        code, text = await smtp_send(app.smtp_port, compliant_message())
        await app.guard.recorder.drain()
    assert (code, text.split()[0]) == (250, "2.0.0") and len(smtp_upstream.messages) == 1
    assert "audit rows not written" in caplog.text and "disk full" in caplog.text
    assert await smtp_store.audit_recent() == []


async def test_shutdown_flushes_every_audit_row_in_batches(guard_app, smtp_store) -> None:
    recording = _AuditRecordingStore(smtp_store, delay=0.3)  # rows still queued at stop
    app = await guard_app(store=recording)
    sends = [smtp_send(app.smtp_port, compliant_message(f"Update {i}.")) for i in range(12)]
    codes = [code for code, _ in await asyncio.gather(*sends)]
    await app.stop(grace=1.0)  # no drain before: stop itself must flush
    assert codes == [250] * 12
    rows = [r for r in await smtp_store.audit_recent() if r.actor == "system"]
    assert len(rows) == 12 and {r.action for r in rows} == {"relayed"}
    assert sum(recording.batches) == 12 and len(recording.batches) < 12


async def test_recorder_close_writes_queued_rows_in_one_batch(smtp_store) -> None:
    from proxy.observe.record import Decision, Recorder
    from proxy.smtp.replies import SENDER_OK

    recording = _AuditRecordingStore(smtp_store)
    recorder = Recorder(recording)
    for i in range(50):
        await recorder.record(
            Decision(
                "relayed",
                f"ref{i}",
                SENDER_OK,
                None,
                b"x",
                "a@shop.example",
                ("b@marketplace.amazon.com",),
                "c",
            )
        )
    await recorder.close()
    assert recording.batches == [50]
    rows = await smtp_store.audit_recent()
    assert sorted(r.message_ref for r in rows) == sorted(f"ref{i}" for i in range(50))


async def test_one_bad_row_does_not_cost_its_batch(smtp_store, caplog) -> None:
    from proxy.observe.record import Recorder

    recorder = Recorder(smtp_store)
    good = [("system", "relayed", f"ok{i}", {"n": i}) for i in range(3)]
    bad = ("system", "relayed", "bad", {"n": object()})  # not JSON: the database refuses it
    with caplog.at_level(logging.WARNING, logger="proxy.observe.record"):
        await recorder._write([good[0], bad, good[1], good[2]])
    assert sorted(r.message_ref for r in await smtp_store.audit_recent()) == ["ok0", "ok1", "ok2"]
    assert "writing them one by one" in caplog.text and "bad not written" in caplog.text


# ----------------------------------------------------------------------------- monitor mode


@pytest.mark.parametrize(("monitor", "code"), [(True, 250), (False, 550)])
async def test_monitor_mode_relays_and_records_what_would_have_happened(
    smtp_upstream, smtp_store, monitor: bool, code: int
) -> None:
    from proxy.app import App

    settings = Settings.model_validate(
        {
            "smtp": {"listen": "127.0.0.1:0", "allow_networks": ["127.0.0.0/8"]},
            "upstream": {"address": f"127.0.0.1:{smtp_upstream.port}", "timeout_seconds": 5},
            "detect": {"rule_dirs": [], "monitor": monitor, "reload_interval_seconds": 0},
            "notify": {"enabled": False},
        }
    )
    before = (
        metrics.REGISTRY.get_sample_value("bsmguard_monitor_findings_total", {"category": "external_link"})
        or 0.0
    )
    app = await App.start(settings, store=smtp_store, http=False, background=False)
    try:
        raw = compliant_message("Order again at https://www.lamp-outlet.com/deals today.")
        got, text = await smtp_send(app.smtp_port, raw)
        await app.guard.recorder.drain()
    finally:
        await app.stop(grace=1.0)
    assert got == code
    after = (
        metrics.REGISTRY.get_sample_value("bsmguard_monitor_findings_total", {"category": "external_link"})
        or 0.0
    )
    [row] = [r for r in await smtp_store.audit_recent() if r.actor == "system"]
    if monitor:
        assert "UP1" in text and [m[2] for m in smtp_upstream.messages] == [raw]
        assert row.action == "relayed" and row.details["verdict"] == "deliver"
        assert row.details["monitor_action"] == "reject"
        assert any(r.startswith("external_link.") for r in row.details["monitored"])
        assert after == before + 1
    else:
        assert smtp_upstream.messages == [] and row.action == "rejected"
        assert "monitored" not in row.details and after == before


async def test_a_rewrite_is_relayed_and_its_diff_reaches_the_audit_row(smtp_upstream, smtp_store) -> None:
    """The diff is computed by the audit writer, after the reply: it must still be there."""
    from proxy.app import App

    settings = Settings.model_validate(
        {
            "smtp": {"listen": "127.0.0.1:0", "allow_networks": ["127.0.0.0/8"]},
            "upstream": {"address": f"127.0.0.1:{smtp_upstream.port}", "timeout_seconds": 5},
            "detect": {"rule_dirs": [], "reload_interval_seconds": 0},
            "notify": {"enabled": False},
        }
    )
    pixel = '<img src="https://t.mailtrack.example/open/7f3a.gif" width="1" height="1">'
    html = f"<p>Your parcel left today.</p>{pixel}"
    raw = build_mail("Re: order 114-1234567-1234567", "Your parcel left today.", html=html)
    app = await App.start(settings, store=smtp_store, http=False, background=False)
    try:
        code, text = await smtp_send(app.smtp_port, raw)
        await app.guard.recorder.drain()
    finally:
        await app.stop(grace=1.0)
    assert code == 250, text
    assert len(smtp_upstream.messages) == 1
    assert b"mailtrack.example" not in smtp_upstream.messages[0][2]
    [row] = [r for r in await smtp_store.audit_recent() if r.actor == "system"]
    assert row.action == "rewritten"
    assert "-" in row.details["rewrite"] and "mailtrack.example" in row.details["rewrite"]

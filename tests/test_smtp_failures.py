"""Failure paths: the helpdesk gets a 4xx/5xx and nothing is acknowledged and then lost."""

from __future__ import annotations

import socket

import pytest
from helpers import compliant_message, smtp_send

from proxy.errors import StoreError
from proxy.store.api import HeldFilter


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_upstream_down_is_451_441(guard_app) -> None:
    app = await guard_app(upstream={"address": f"127.0.0.1:{_free_port()}"})
    code, text = await smtp_send(app.smtp_port, compliant_message())
    assert (code, text.split()[0]) == (451, "4.4.1")


@pytest.mark.parametrize("reply", ["421 4.3.2 shutting down", "452 4.3.1 disk full"])
async def test_upstream_4xx_is_451_441(guard_app, smtp_upstream, reply) -> None:
    smtp_upstream.data_reply = reply
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message())
    assert (code, text.split()[0]) == (451, "4.4.1")


async def test_upstream_5xx_passes_through(guard_app, smtp_upstream) -> None:
    smtp_upstream.data_reply = "554 5.7.1 message content rejected by policy"
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message())
    assert code == 554
    assert text == "5.7.1 Upstream: message content rejected by policy"


async def test_upstream_slower_than_deadline_is_451(guard_app, smtp_upstream) -> None:
    smtp_upstream.delay = 3.0
    app = await guard_app(upstream={"timeout_seconds": 1})
    code, text = await smtp_send(app.smtp_port, compliant_message())
    assert (code, text.split()[0]) == (451, "4.4.1")


async def test_upstream_dropping_connection_mid_data_is_451(guard_app, smtp_upstream) -> None:
    smtp_upstream.drop = True
    app = await guard_app()
    code, text = await smtp_send(app.smtp_port, compliant_message())
    assert (code, text.split()[0]) == (451, "4.4.1")


async def test_upstream_refusing_one_recipient_refuses_all(guard_app, smtp_upstream) -> None:
    smtp_upstream.rcpt_replies["b@marketplace.amazon.com"] = "450 4.2.0 mailbox busy"
    app = await guard_app()
    code, _ = await smtp_send(
        app.smtp_port, compliant_message(), rcpts=("a@marketplace.amazon.com", "b@marketplace.amazon.com")
    )
    assert code == 451
    assert smtp_upstream.messages == []


class _UnwritableStore:
    """Delegates to a real store but every write of a held message fails."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner

    async def hold(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise StoreError("database is locked")

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self.inner, name)


async def test_store_not_writable_is_451_for_a_hold(guard_app, smtp_store) -> None:
    app = await guard_app(store=_UnwritableStore(smtp_store))
    code, text = await smtp_send(app.smtp_port, compliant_message("HOLDMARK"))
    assert (code, text.split()[0]) == (451, "4.3.0")
    assert (await smtp_store.list_held(HeldFilter()))[1] == 0


async def test_ledger_store_failure_is_451(guard_app, smtp_store, monkeypatch) -> None:
    from proxy.models import ReviewRequest

    app = await guard_app()
    judge = app.guard.checker.judge

    def with_request(raw: bytes):  # type: ignore[no-untyped-def]
        from dataclasses import replace

        return replace(judge(raw), review_request=ReviewRequest(("111-2223334-5556667",)))

    async def broken_reserve(*args):  # type: ignore[no-untyped-def]
        raise StoreError("connection refused")

    monkeypatch.setattr(app.guard.checker, "judge", with_request)
    monkeypatch.setattr(smtp_store, "reserve", broken_reserve)
    code, text = await smtp_send(app.smtp_port, compliant_message())
    assert (code, text.split()[0]) == (451, "4.3.0")


async def test_failed_relay_frees_the_review_request(
    guard_app, smtp_upstream, smtp_store, monkeypatch
) -> None:
    from dataclasses import replace

    from proxy.models import ReviewRequest

    app = await guard_app()
    judge = app.guard.checker.judge
    monkeypatch.setattr(
        app.guard.checker,
        "judge",
        lambda raw: replace(judge(raw), review_request=ReviewRequest(("111-2223334-5556667",))),
    )
    smtp_upstream.data_reply = "451 4.3.0 try later"
    assert (await smtp_send(app.smtp_port, compliant_message()))[0] == 451
    smtp_upstream.data_reply = "250 2.0.0 ok"
    assert (await smtp_send(app.smtp_port, compliant_message()))[0] == 250  # not a repeat
    code, text = await smtp_send(app.smtp_port, compliant_message())
    assert code == 550 and "repeat_request" in text  # now the order has had its request

"""Notifications to the sending agent: mail through the upstream, optional webhook, never raising."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, ClassVar

import pytest

from proxy.observe.notify import HEADER, notify
from proxy.settings import Settings
from proxy.store.api import HeldMessage, HeldStatus

FINDING = {
    "rule": "contact_phone.number",
    "category": "contact_phone",
    "action": "reject",
    "excerpt": "0161 496 0000",
    "where": "text",
    "reason": "a phone number",
}


def _held(mail_from: str = "agent@shop.test") -> HeldMessage:
    return HeldMessage(
        id="q1",
        created_at=datetime.now(UTC),
        mail_from=mail_from,
        rcpt_tos=("buyer@marketplace.amazon.de",),
        client="agent",
        subject="Re: your parcel",
        order_ids=("123-1234567-1234567",),
        categories=("contact_phone",),
        rules=("contact_phone.number",),
        findings=(FINDING,),
        status=HeldStatus.HELD,
        size=100,
        raw=b"",
    )


def _settings(upstream_port: int, **notify: Any) -> Settings:
    return Settings.model_validate(
        {
            "upstream": {"address": f"127.0.0.1:{upstream_port}", "timeout_seconds": 5},
            "notify": {"from_address": "guard@bsm-guard.test", **notify},
        }
    )


@pytest.mark.parametrize(
    ("event", "words"),
    [
        ("held", b"held for a supervisor"),
        ("released", b"released by a supervisor"),
        ("rejected", b"Write the message again"),
    ],
)
async def test_mail_reaches_the_agent(event: str, words: bytes, upstream: Any) -> None:
    await notify(event, _held(), _settings(upstream.port), "calls are not allowed")
    [(sender, rcpts, data)] = upstream.messages
    assert sender == "guard@bsm-guard.test" and rcpts == ["agent@shop.test"]
    msg = message_from_bytes(data)
    assert msg[HEADER] == event and msg["Auto-Submitted"] == "auto-generated"
    payload = msg.get_payload(decode=True)
    assert isinstance(payload, bytes)
    text = b" ".join(payload.split())
    assert words in text
    assert b"0161 496 0000" in text and b"calls are not allowed" in text


async def test_configured_address_wins(upstream: Any) -> None:
    await notify("held", _held(), _settings(upstream.port, to_address="lead@shop.test"), None)
    assert [r for _, r, _ in upstream.messages] == [["lead@shop.test"]]


@pytest.mark.parametrize("sender", ["seller@marketplace.amazon.co.uk", "", "no-at-sign"])
async def test_never_mails_amazon_or_nobody(sender: str, upstream: Any) -> None:
    await notify("rejected", _held(sender), _settings(upstream.port), "x")
    assert upstream.messages == []


async def test_disabled_sends_nothing(upstream: Any) -> None:
    await notify("held", _held(), _settings(upstream.port, enabled=False), None)
    assert upstream.messages == []


async def test_failures_are_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="proxy.observe.notify")
    settings = _settings(1, webhook_url="http://127.0.0.1:1/hook")  # nothing listens on 1
    await notify("held", _held(), settings, None)
    text = caplog.text
    assert "notification mail for q1" in text and "notification webhook for q1" in text


class _Hook(BaseHTTPRequestHandler):
    received: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        _Hook.received.append(json.loads(self.rfile.read(length)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def hook() -> Iterator[str]:
    _Hook.received = []
    server = HTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/events"
    server.shutdown()
    server.server_close()


async def test_webhook_posts_the_event(upstream: Any, hook: str) -> None:
    await notify("rejected", _held(), _settings(upstream.port, webhook_url=hook), "rude")
    [event] = _Hook.received
    assert event["event"] == "rejected" and event["id"] == "q1" and event["reason"] == "rude"
    assert event["categories"] == ["contact_phone"]
    assert len(upstream.messages) == 1


def test_the_notice_says_when_a_finding_is_in_the_quoted_history() -> None:
    from dataclasses import replace

    from proxy.observe.notify import body

    quoted = replace(_held(), findings=({**FINDING, "quoted": True},))
    assert 'contact_phone: in the quoted history: "0161 496 0000"' in body("held", quoted, None)
    assert "quoted history" not in body("held", _held(), None)

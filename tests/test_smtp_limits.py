"""Session caps, sizes, long lines, bad commands and timeouts: correct codes, never a crash."""

from __future__ import annotations

import asyncio

import pytest
from helpers import compliant_message, smtp_send

from proxy.smtp import replies


class Raw:
    """A byte-level SMTP client for the cases a polite library will not produce."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> Raw:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=2**20)
        return cls(reader, writer)

    async def reply(self) -> str:
        lines = []
        while True:
            line = (await asyncio.wait_for(self.reader.readline(), 10)).decode()
            if not line:
                return "".join(lines) or "<closed>"
            lines.append(line)
            if line[3:4] != "-":
                return "".join(lines)

    async def cmd(self, line: bytes) -> str:
        self.writer.write(line + b"\r\n")
        await self.writer.drain()
        return await self.reply()

    async def envelope(self) -> None:
        assert (await self.cmd(b"EHLO helpdesk.test")).startswith("250")
        assert (await self.cmd(b"MAIL FROM:<s@shop.example>")).startswith("250")
        assert (await self.cmd(b"RCPT TO:<b@marketplace.amazon.com>")).startswith("250")

    def close(self) -> None:
        self.writer.close()


async def test_session_cap_overall(guard_app) -> None:
    app = await guard_app(smtp={"max_sessions": 2, "max_sessions_per_client": 5})
    first, second = await Raw.open(app.smtp_port), await Raw.open(app.smtp_port)
    assert (await first.reply()).startswith("220")
    assert (await second.reply()).startswith("220")
    third = await Raw.open(app.smtp_port)
    assert (await third.reply()).startswith("421 4.7.0 Too many connections")
    assert await third.reader.read() == b""  # and closed
    first.close()
    await asyncio.sleep(0.1)
    fourth = await Raw.open(app.smtp_port)
    assert (await fourth.reply()).startswith("220")  # the slot was given back
    for c in (second, third, fourth):
        c.close()


async def test_session_cap_per_client(guard_app) -> None:
    app = await guard_app(smtp={"max_sessions": 10, "max_sessions_per_client": 1})
    first = await Raw.open(app.smtp_port)
    assert (await first.reply()).startswith("220")
    second = await Raw.open(app.smtp_port)
    assert (await second.reply()).startswith("421 4.7.0 Too many connections from your")
    first.close()
    second.close()


async def test_oversized_message_is_552_and_not_relayed(guard_app, smtp_upstream) -> None:
    app = await guard_app(smtp={"max_message_bytes": 2000})
    code, text = await smtp_send(app.smtp_port, compliant_message(("x" * 70 + "\r\n") * 60))
    assert (code, text.split()[0]) == (552, "5.3.4")
    assert smtp_upstream.messages == []


async def test_declared_size_over_limit_is_552_at_mail(guard_app) -> None:
    app = await guard_app(smtp={"max_message_bytes": 2000})
    c = await Raw.open(app.smtp_port)
    await c.reply()
    await c.cmd(b"EHLO helpdesk.test")
    assert (await c.cmd(b"MAIL FROM:<s@shop.example> SIZE=5000")).startswith("552 5.3.4")
    c.close()


async def test_over_long_line_in_data_is_refused_and_session_survives(guard_app, smtp_upstream) -> None:
    app = await guard_app()
    c = await Raw.open(app.smtp_port)
    await c.reply()
    await c.envelope()
    assert (await c.cmd(b"DATA")).startswith("354")
    c.writer.write(b"Subject: x\r\n\r\n" + b"y" * 5000 + b"\r\n.\r\n")
    assert (await c.reply()).startswith("500 5.5.2 Line too long")
    assert (await c.cmd(b"NOOP")).startswith("250 2.0.0")
    assert smtp_upstream.messages == []
    c.close()


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (b"FROB", "500 5.5.0"),
        (b"MAIL FROM:<a@b>", "503 5.5.1"),  # before EHLO
        (b"EHLO", "501 5.5.0"),
        (b"X" * 3000, "500 5.5.2"),
    ],
)
async def test_bad_commands_get_enhanced_codes(guard_app, line, code) -> None:
    app = await guard_app()
    c = await Raw.open(app.smtp_port)
    await c.reply()
    assert (await c.cmd(line)).startswith(code)
    assert (await c.cmd(b"QUIT")).startswith("221 2.0.0")
    c.close()


async def test_unexpected_exception_is_451_not_500(guard_app, monkeypatch) -> None:
    app = await guard_app()

    async def broken(msg):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret internals")

    monkeypatch.setattr(app.guard, "process", broken)
    code, text = await smtp_send(app.smtp_port, compliant_message())
    assert (code, text) == (451, "4.3.0 Internal error, try again later")


async def test_idle_session_times_out(guard_app) -> None:
    app = await guard_app(smtp={"idle_timeout_seconds": 0.5})
    c = await Raw.open(app.smtp_port)
    await c.reply()
    await asyncio.sleep(1.0)
    assert await c.reader.read() == f"{replies.IDLE_TIMEOUT}\r\n".encode()  # said, then closed
    c.close()


async def test_client_dropping_mid_data_relays_and_holds_nothing(
    guard_app, smtp_upstream, smtp_store
) -> None:
    app = await guard_app()
    c = await Raw.open(app.smtp_port)
    await c.reply()
    await c.envelope()
    await c.cmd(b"DATA")
    c.writer.write(b"Subject: half\r\n\r\nHOLDMARK and then the client vanishes")
    await c.writer.drain()
    c.writer.transport.abort()
    await asyncio.sleep(0.3)
    assert smtp_upstream.messages == []
    assert (await smtp_store.held_stats())[0] == 0
    assert app.limits.open == 0  # the session slot was released


async def test_shutdown_answers_idle_sessions_421(guard_app) -> None:
    app = await guard_app()
    c = await Raw.open(app.smtp_port)
    await c.reply()
    await app.stop(grace=2.0)
    assert (await c.reply()).startswith("421 4.3.2")
    c.close()

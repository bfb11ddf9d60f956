"""The pool of upstream connections (issue 9), against real SMTP servers over sockets: aiosmtpd
in the test's loop, counting connections and commands, and Postfix's ``smtp-sink``.

Reuse (one connection, one EHLO, one AUTH for many messages), the ``pool_size`` bound under
concurrency, RSET after a refusal, a reused connection found closed at MAIL (retried once on a
fresh one, never after DATA started), idle connections closed after ``pool_idle_seconds`` and
by ``close()``, a cancelled send leaking nothing, and ``App.stop`` closing the pool."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import ssl
import subprocess
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
from helpers import compliant_message, smtp_send
from pydantic import ValidationError

from proxy.errors import RelayPermError, RelayTempError
from proxy.settings import UpstreamSettings
from proxy.smtp.upstream import Envelope, SmtpUpstream, UpstreamTls, make_upstream

SENDER = "support@shop.example"
BUYER = "buyer-1@marketplace.amazon.com"
UNKNOWN = "nobody@marketplace.amazon.com"
RELAY_LOGIN = ("relay-user", "relay-pass")
SINK = "/usr/sbin/smtp-sink"


def envelope(*rcpts: str) -> Envelope:
    return Envelope(SENDER, rcpts or (BUYER,))


def body(n: int) -> bytes:
    return f"Subject: message {n}\r\n\r\nThe parcel number {n} left today.\r\n".encode()


async def eventually(predicate: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.02)


# ----------------------------------------------------------------------------- a counting upstream


class PoolHandler:
    """What the test upstream saw (connections, commands, messages) and how it behaves."""

    def __init__(self) -> None:
        self.port = 0
        self.connections = 0  # TCP connections accepted
        self.live: set[CountingSMTP] = set()
        self.max_open = 0
        self.commands: Counter[str] = Counter()
        self.messages: list[bytes] = []
        self.logins = 0
        # behaviour
        self.rcpt_replies: dict[str, str] = {}
        self.data_reply = "250 2.0.0 Ok: queued as POOL1"
        self.data_delay = 0.0
        self.drop_at_data = False
        self.rset_reply = "250 2.0.0 Ok"
        # What MAIL gets on a connection that already carried a message: None (250), "drop"
        # (the connection is gone without a reply), or a reply such as "421 ...".
        self.mail_on_reused: str | None = None
        self.mail_reply: str | None = None  # what every MAIL gets, when set

    @property
    def open(self) -> int:
        return len(self.live)

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        self.commands["EHLO"] += 1
        session.host_name = hostname
        return responses

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        self.commands["MAIL"] += 1
        if server.carried and self.mail_on_reused == "drop":
            server.transport.abort()
            return "250 never seen"
        if server.carried and self.mail_on_reused is not None:
            return self.mail_on_reused
        if self.mail_reply is not None:
            return self.mail_reply
        envelope.mail_from, envelope.mail_options = address, list(options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        self.commands["RCPT"] += 1
        reply = self.rcpt_replies.get(address)
        if reply is not None:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        if self.drop_at_data:
            server.transport.abort()
            await asyncio.sleep(0.05)
            return "250 never seen"
        server.carried += 1
        if self.data_reply.startswith("250"):
            self.messages.append(envelope.original_content)
        return self.data_reply

    async def handle_RSET(self, server: Any, session: Any, envelope: Any) -> str:
        self.commands["RSET"] += 1
        return self.rset_reply

    async def handle_QUIT(self, server: Any, session: Any, envelope: Any) -> str:
        self.commands["QUIT"] += 1
        return "221 2.0.0 Bye"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        self.logins += 1
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == tuple(
            s.encode() for s in RELAY_LOGIN
        )
        return AuthResult(success=ok, handled=False)  # handled=True would send no 535 at all


class CountingSMTP(SMTP):
    def __init__(self, handler: PoolHandler, **kwargs: Any) -> None:
        super().__init__(handler, hostname="upstream.test", **kwargs)
        self.counter = handler
        self.carried = 0  # messages accepted on this connection

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self._original_transport is None:  # not the second call after STARTTLS
            self.counter.connections += 1
            self.counter.live.add(self)
            self.counter.max_open = max(self.counter.max_open, self.counter.open)
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        self.counter.live.discard(self)
        super().connection_lost(error)

    async def smtp_DATA(self, arg: str) -> None:
        self.counter.commands["DATA"] += 1  # the command itself, before any 354
        await super().smtp_DATA(arg)


StartUpstream = Callable[..., Awaitable[PoolHandler]]


@pytest.fixture
async def pool_upstream(request: pytest.FixtureRequest) -> AsyncIterator[StartUpstream]:
    """``await pool_upstream()``: a counting upstream on 127.0.0.1; ``auth=True``: STARTTLS
    (the test certificate) and AUTH required."""
    servers: list[asyncio.AbstractServer] = []

    async def start(auth: bool = False) -> PoolHandler:
        handler = PoolHandler()
        kwargs: dict[str, Any] = {}
        if auth:
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.load_cert_chain(*request.getfixturevalue("tls_files"))
            kwargs = {"tls_context": ctx, "authenticator": handler.authenticate, "auth_required": True}
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: CountingSMTP(handler, **kwargs), "127.0.0.1", 0)
        servers.append(server)
        handler.port = server.sockets[0].getsockname()[1]
        return handler

    yield start
    for server in servers:
        server.close()


@pytest.fixture
async def pools() -> AsyncIterator[Callable[..., SmtpUpstream]]:
    """``pools(port, pool_size=4, ...)``: an SmtpUpstream, closed at the end of the test."""
    made: list[SmtpUpstream] = []

    def make(port: int, **kwargs: Any) -> SmtpUpstream:
        options: dict[str, Any] = {"timeout": 5.0, "pool_size": 4, **kwargs}
        up = SmtpUpstream("127.0.0.1", port, **options)
        made.append(up)
        return up

    yield make
    for up in made:
        await up.close()


# ----------------------------------------------------------------------------- reuse


async def test_sequential_messages_share_one_connection(pool_upstream, pools) -> None:
    up = await pool_upstream()
    relay = pools(up.port)
    for n in range(5):
        accepted = await relay.send(envelope(), body(n))
        assert accepted.code == 250 and "POOL1" in accepted.message
    assert up.messages == [body(n) for n in range(5)]
    assert up.connections == 1 and up.commands["EHLO"] == 1
    assert up.commands["QUIT"] == 0 and up.open == 1 and relay.idle == 1


async def test_pool_size_0_is_one_connection_per_message(pool_upstream, pools) -> None:
    up = await pool_upstream()
    relay = pools(up.port, pool_size=0)
    for n in range(3):
        assert (await relay.send(envelope(), body(n))).code == 250
    assert len(up.messages) == 3
    assert up.connections == 3 and up.commands["QUIT"] == 3  # each closed politely
    assert relay.idle == 0
    await eventually(lambda: up.open == 0, what="every connection closed")


async def test_concurrent_sends_never_open_more_than_pool_size(pool_upstream, pools) -> None:
    up = await pool_upstream()
    up.data_delay = 0.1  # every transaction holds its connection for a while
    relay = pools(up.port, pool_size=3)
    t0 = time.monotonic()
    replies = await asyncio.gather(*(relay.send(envelope(), body(n)) for n in range(12)))
    elapsed = time.monotonic() - t0
    assert [r.code for r in replies] == [250] * 12
    assert sorted(up.messages) == sorted(body(n) for n in range(12))
    assert up.max_open == 3 and up.connections == 3
    assert up.commands["EHLO"] == 3
    assert relay.idle == 3
    # A sender waiting for a slot gets the connection parked before the slot is freed, at
    # once: not after pool_idle_seconds (30 s), nor after the 5 s deadline.
    assert elapsed < 4.0


async def test_waiting_for_a_connection_counts_in_the_deadline(pool_upstream, pools) -> None:
    up = await pool_upstream()
    up.data_delay = 2.5
    relay = pools(up.port, pool_size=1, timeout=4.0)
    first = asyncio.create_task(relay.send(envelope(), body(1)))
    await eventually(lambda: up.commands["DATA"] == 1, what="the first DATA")
    with pytest.raises(RelayTempError) as err:
        await relay.send(envelope(), body(2))  # 2.5 s waiting for the slot, then 2.5 s of DATA
    assert (err.value.code, err.value.message) == (451, "timed out")
    assert (await first).code == 250
    assert up.connections == 1 and up.messages == [body(1)]


# ----------------------------------------------------------------------------- AUTH


async def test_auth_happens_once_per_connection(pool_upstream, pools) -> None:
    up = await pool_upstream(auth=True)
    relay = pools(
        up.port,
        pool_size=2,
        tls=UpstreamTls(required=True, validate_certs=False),
        username=RELAY_LOGIN[0],
        password=RELAY_LOGIN[1],
    )
    for n in range(3):
        assert (await relay.send(envelope(), body(n))).code == 250
    assert (up.connections, up.logins, up.commands["EHLO"]) == (1, 1, 2)  # EHLO again under TLS
    up.data_delay = 0.1
    replies = await asyncio.gather(*(relay.send(envelope(), body(n)) for n in range(3, 9)))
    assert [r.code for r in replies] == [250] * 6 and len(up.messages) == 9
    assert up.connections == 2 and up.logins == 2  # one AUTH per connection, never per message


async def test_wrong_password_is_451_and_the_connection_is_not_kept(pool_upstream, pools) -> None:
    up = await pool_upstream(auth=True)
    relay = pools(
        up.port, tls=UpstreamTls(required=True, validate_certs=False), username="relay-user", password="no"
    )
    with pytest.raises(RelayTempError) as err:
        await relay.send(envelope(), body(1))
    assert err.value.code == 451 and "upstream.username" in err.value.message
    assert relay.idle == 0 and up.messages == []
    await eventually(lambda: up.open == 0, what="the unauthenticated connection closed")


# ----------------------------------------------------------------------------- refusals and RSET


@pytest.mark.parametrize(
    ("where", "error", "code"),
    [("rcpt", RelayPermError, 550), ("data", RelayTempError, 452)],
)
async def test_a_refusal_is_reset_and_the_connection_reused(pool_upstream, pools, where, error, code) -> None:
    up = await pool_upstream()
    relay = pools(up.port)
    if where == "rcpt":
        up.rcpt_replies[UNKNOWN] = "550 5.1.1 no such user"
        refused = envelope(BUYER, UNKNOWN)  # one refused recipient refuses the message
    else:
        up.data_reply = "452 4.3.1 insufficient system storage"
        refused = envelope()
    with pytest.raises(error) as err:
        await relay.send(refused, body(1))
    assert err.value.code == code
    assert up.commands["RSET"] == 1 and relay.idle == 1
    up.data_reply = "250 2.0.0 Ok"
    assert (await relay.send(envelope(), body(2))).code == 250
    assert up.messages == [body(2)]
    assert up.connections == 1 and up.commands["EHLO"] == 1


async def test_a_connection_whose_rset_fails_is_closed(pool_upstream, pools) -> None:
    up = await pool_upstream()
    relay = pools(up.port)
    up.rcpt_replies[UNKNOWN] = "550 5.1.1 no such user"
    up.rset_reply = "500 5.5.1 confused"
    with pytest.raises(RelayPermError):
        await relay.send(envelope(UNKNOWN), body(1))
    assert up.commands["RSET"] == 1 and relay.idle == 0
    await eventually(lambda: up.open == 0, what="the confused connection closed")
    assert (await relay.send(envelope(), body(2))).code == 250
    assert up.connections == 2 and up.messages == [body(2)]


# ----------------------------------------------------------------------------- stale connections


async def test_connection_the_upstream_closed_while_idle_is_replaced(pool_upstream, pools) -> None:
    up = await pool_upstream()
    relay = pools(up.port)
    assert (await relay.send(envelope(), body(1))).code == 250
    for server in list(up.live):  # the smarthost's own idle timeout
        server.transport.close()
    await eventually(lambda: up.open == 0, what="the upstream closing its side")
    await asyncio.sleep(0.05)
    assert (await relay.send(envelope(), body(2))).code == 250
    assert up.messages == [body(1), body(2)]
    assert up.connections == 2


async def test_reused_connection_dropped_at_mail_is_retried_on_a_fresh_one(pool_upstream, pools) -> None:
    up = await pool_upstream()
    relay = pools(up.port)
    assert (await relay.send(envelope(), body(1))).code == 250
    up.mail_on_reused = "drop"  # closed, and the relay only finds out by sending MAIL
    assert (await relay.send(envelope(), body(2))).code == 250
    assert up.messages == [body(1), body(2)]
    assert up.connections == 2 and up.commands["MAIL"] == 3 and up.commands["DATA"] == 2


async def test_421_to_mail_on_a_reused_connection_reconnects_once(pool_upstream, pools) -> None:
    up = await pool_upstream()
    relay = pools(up.port)
    assert (await relay.send(envelope(), body(1))).code == 250
    up.mail_on_reused = "421 4.4.2 idle too long, closing"
    assert (await relay.send(envelope(), body(2))).code == 250
    assert up.messages == [body(1), body(2)]
    assert up.connections == 2 and up.commands["MAIL"] == 3


async def test_421_to_mail_on_a_fresh_connection_is_not_retried_again(pool_upstream, pools) -> None:
    up = await pool_upstream()
    relay = pools(up.port)
    assert (await relay.send(envelope(), body(1))).code == 250
    up.mail_reply = "421 4.3.2 shutting down"  # the reused connection, then the fresh one
    with pytest.raises(RelayTempError) as err:
        await relay.send(envelope(), body(2))
    assert err.value.code == 421
    assert up.connections == 2 and up.commands["MAIL"] == 3  # one retry, not more
    assert up.messages == [body(1)]


async def test_drop_during_data_is_never_retried(pool_upstream, pools) -> None:
    up = await pool_upstream()
    relay = pools(up.port)
    assert (await relay.send(envelope(), body(1))).code == 250
    up.drop_at_data = True  # the message was sent; the upstream's answer never comes
    with pytest.raises(RelayTempError) as err:
        await relay.send(envelope(), body(2))
    assert err.value.code == 451
    assert up.commands["DATA"] == 2  # exactly one DATA for the dropped message: no retry
    assert up.connections == 1 and up.messages == [body(1)]
    assert relay.idle == 0
    up.drop_at_data = False
    assert (await relay.send(envelope(), body(3))).code == 250
    assert up.connections == 2 and up.commands["DATA"] == 3


# ----------------------------------------------------------------------------- closing


async def test_idle_connections_are_closed_after_pool_idle_seconds(pool_upstream, pools) -> None:
    up = await pool_upstream()
    relay = pools(up.port, pool_idle_seconds=1.0)
    assert (await relay.send(envelope(), body(1))).code == 250
    await asyncio.sleep(0.2)
    assert up.open == 1 and relay.idle == 1  # not before its time
    await eventually(lambda: up.open == 0, timeout=5.0, what="the idle connection closed")
    assert up.commands["QUIT"] == 1 and relay.idle == 0
    assert (await relay.send(envelope(), body(2))).code == 250
    assert up.connections == 2


async def test_a_used_connection_gets_a_fresh_idle_timer(pool_upstream, pools) -> None:
    up = await pool_upstream()
    relay = pools(up.port, pool_idle_seconds=1.5)
    for n in range(5):  # 2 s in all, never 1.5 s idle
        assert (await relay.send(envelope(), body(n))).code == 250
        await asyncio.sleep(0.5)
    assert up.connections == 1 and up.commands["QUIT"] == 0


async def test_close_closes_every_idle_connection(pool_upstream, pools) -> None:
    up = await pool_upstream()
    up.data_delay = 0.1
    relay = pools(up.port, pool_size=3)
    await asyncio.gather(*(relay.send(envelope(), body(n)) for n in range(3)))
    assert relay.idle == 3 and up.open == 3
    await relay.close()
    assert relay.idle == 0 and up.commands["QUIT"] == 3
    await eventually(lambda: up.open == 0, what="every pooled connection closed")
    # After close(): still delivers, without keeping anything open.
    assert (await relay.send(envelope(), body(9))).code == 250
    await eventually(lambda: up.open == 0 and up.commands["QUIT"] == 4, what="the late connection closed")
    assert relay.idle == 0


async def test_a_cancelled_send_leaks_neither_connection_nor_slot(pool_upstream, pools) -> None:
    up = await pool_upstream()
    up.data_delay = 30.0
    relay = pools(up.port, pool_size=1)
    task = asyncio.create_task(relay.send(envelope(), body(1)))
    await eventually(lambda: up.commands["DATA"] == 1, what="DATA under way")
    task.cancel()  # the helpdesk hung up mid-relay
    with pytest.raises(asyncio.CancelledError):
        await task
    await eventually(lambda: up.open == 0, what="the abandoned connection closed")
    assert relay.idle == 0
    up.data_delay = 0.0
    # The one slot is free again: this send does not wait out its 5 s deadline.
    accepted = await asyncio.wait_for(relay.send(envelope(), body(2)), 2.0)
    assert accepted.code == 250 and up.messages == [body(2)] and up.connections == 2


async def test_app_stop_closes_the_pool(guard_app, smtp_upstream) -> None:
    app = await guard_app()
    relay = app.guard.upstream
    assert isinstance(relay, SmtpUpstream) and relay.pool_size == 4  # the default
    code, _ = await smtp_send(app.smtp_port, compliant_message("Pooled."))
    assert code == 250 and len(smtp_upstream.messages) == 1
    assert relay.idle == 1
    await app.stop(grace=1.0)
    assert relay.idle == 0


# ----------------------------------------------------------------------------- settings


def test_pool_settings_reach_the_upstream() -> None:
    up = make_upstream(UpstreamSettings(address="mail.example:587", pool_size=2, pool_idle_seconds=7.5))
    assert isinstance(up, SmtpUpstream) and (up.pool_size, up.pool_idle_seconds) == (2, 7.5)
    default = make_upstream(UpstreamSettings(address="mail.example:587"))
    assert isinstance(default, SmtpUpstream) and (default.pool_size, default.pool_idle_seconds) == (4, 30.0)
    off = make_upstream(UpstreamSettings(address="mail.example:587", pool_size=0))
    assert isinstance(off, SmtpUpstream) and off.pool_size == 0


@pytest.mark.parametrize("bad", [{"pool_size": -1}, {"pool_idle_seconds": 0}, {"pool_idle_seconds": -5}])
def test_bad_pool_settings_are_refused(bad) -> None:
    with pytest.raises(ValidationError):
        UpstreamSettings(address="mail.example:587", **bad)


# ----------------------------------------------------------------------------- smtp-sink


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Sink:
    """Postfix's smtp-sink on a free port; ``counters`` are its -c line (sess counts the
    sessions that ended, mesg the messages received)."""

    def __init__(self, output: Path, *args: str) -> None:
        self.port = _free_port()
        self.output = output
        user = ["-u", "nobody"] if os.geteuid() == 0 else []  # it refuses to run as root
        with open(output, "wb") as out:
            self.proc = subprocess.Popen(
                [SINK, *user, "-c", *args, f"127.0.0.1:{self.port}", "64"], stdout=out, stderr=out
            )

    def counters(self) -> dict[str, int]:
        text = self.output.read_text(errors="replace").replace("\r", "\n")
        lines = [line for line in text.splitlines() if line.startswith("sess=")]
        if not lines:
            return {"sess": 0, "quit": 0, "mesg": 0}
        return {k: int(v) for k, v in (field.split("=") for field in lines[-1].split())}

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


@pytest.fixture
def sink(tmp_path: Path) -> Iterator[Callable[..., Sink]]:
    if not Path(SINK).exists():
        pytest.skip(f"{SINK} is not installed (Debian: postfix)")
    started: list[Sink] = []

    def start(*args: str) -> Sink:
        s = Sink(tmp_path / f"sink{len(started)}.out", *args)
        started.append(s)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", s.port), timeout=1):
                break
            time.sleep(0.05)
        return s

    yield start
    for s in started:
        s.stop()


@pytest.mark.external
@pytest.mark.parametrize(("pool_size", "sessions"), [(4, 1), (0, 20)])
async def test_smtp_sink_counts_the_sessions(sink, pools, pool_size, sessions) -> None:
    s = sink()
    await eventually(lambda: s.counters()["sess"] == 1, what="the readiness probe's session")
    relay = pools(s.port, pool_size=pool_size)
    for n in range(20):
        assert (await relay.send(envelope(), body(n))).code == 250
    await relay.close()
    await eventually(lambda: s.counters()["mesg"] == 20 and s.counters()["sess"] == 1 + sessions)
    assert s.counters()["quit"] == sessions  # every session ended with QUIT


@pytest.mark.external
async def test_smtp_sink_closing_idle_connections(sink, pools) -> None:
    s = sink("-t", "2")  # smtp-sink drops a client silent for 2 s
    await eventually(lambda: s.counters()["sess"] == 1, what="the readiness probe's session")
    relay = pools(s.port)
    assert (await relay.send(envelope(), body(1))).code == 250
    await eventually(lambda: s.counters()["sess"] == 2, timeout=10, what="smtp-sink's read timeout")
    assert (await relay.send(envelope(), body(2))).code == 250  # on a fresh connection
    await relay.close()
    await eventually(lambda: s.counters() == {"sess": 3, "quit": 1, "mesg": 2})

"""Faults, with a real process (issue 10): `bsm-guard serve` killed with -9 in the middle of a
transaction, a store that is full or goes read-only, an upstream that stalls, drops the
connection, answers 421 or is slow. Every test drives a real `serve` (tests/procs.py ``Guard``;
with ``BSM_GUARD_TEST_WORKERS=2`` a supervisor and two workers, killed together) over real
sockets, against ``ScriptedUpstream``: a smarthost in a thread that misbehaves on cue.

The one rule checked throughout: a message the client got a 250 for is, whatever happens after,
relayed or held, and not twice. A copy made by an attempt that got no answer (the kill fell
after the upstream's 250 but before ours, or after the hold's commit but before our 250) is
SMTP's at-least-once contract: counted and printed, never counted as a loss or a duplicate.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import random
import re
import shutil
import socket
import sqlite3
import string
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from pathlib import Path

import pytest
from procs import (
    AGENT,
    BUYER,
    RULES,
    SMTP_TIMEOUT,
    TEST_WORKERS,
    Guard,
    descendants,
    free_port,
    freeze,
    kill_hard,
    order_id,
    wait_until,
)

from proxy.store.ledger_sql import STALE_SECONDS

# The upstream's whole-transaction deadline in these tests: short enough to wait for, long
# enough that a normal relay never meets it on a loaded machine.
UPSTREAM_TIMEOUT = 6.0
STALL_LIMIT = 120.0  # a stalled upstream answers after this at the latest (nothing must wait on it)
SEED = int(os.environ.get("BSM_GUARD_TEST_FAULT_SEED", "20261207"))
KILLS = 3
SENDERS = 4
AFTER_LAST_KILL = 12  # answers the storm waits for after its last restart,
STORM_MESSAGES = 60  # and answers in all, at least
KINDS = ["relay"] * 9 + ["hold"] * 6 + ["refuse"] * 3
STORM_DEADLINE = 240.0
GIVE_UP = 12  # attempts of one message after which a storm sender takes its last answer as final


# ----------------------------------------------------------------------------- messages


def new_token() -> str:
    """Letters only: digits could read as a phone number or an order id to the detectors."""
    return "tok-" + "".join(random.choices(string.ascii_lowercase, k=14))


@dataclass
class Mail:
    token: str
    kind: str  # "relay", "hold", "refuse", "request"
    raw: bytes


def mail(kind: str, token: str | None = None, order: str | None = None, padding: int = 0) -> Mail:
    token = token or new_token()
    order = order or order_id(random.randrange(1000))
    subject, text = {
        "relay": (f"Your order {order}", "Hello, your parcel left today with DHL.\n\nKind regards, Nora"),
        "hold": (
            f"Re: your order {order}",
            "Hello, only an idiot would plug the lamp in without reading the manual.\n\nRegards",
        ),
        "refuse": (
            f"Re: your order {order}",
            "Hello, the manual is on our website www.nora-kitchen.com/manuals.\n\nRegards",
        ),
        "request": (
            f"Your order {order}",
            "Hello, thank you for your purchase.\n\nIf you have a moment, we would appreciate "
            "a review of your purchase on Amazon.\n\nKind regards, Shop Support",
        ),
    }[kind]
    msg = EmailMessage()
    msg["From"] = f"Shop Support <{AGENT}>"
    msg["To"] = BUYER
    msg["Subject"] = subject
    msg["In-Reply-To"] = "<question-42@marketplace.amazon.com>"
    msg["Message-ID"] = f"<{token}@shop.example>"
    msg.set_content(text + "\n" + "We keep every parcel insured until it arrives.\n" * (padding // 48))
    raw = msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return Mail(token, kind, raw)


def stuffed(raw: bytes) -> bytes:
    """The message as DATA carries it: CRLF lines, dot-stuffed, without the end mark."""
    lines = raw.replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return b"".join((b"." + line if line.startswith(b".") else line) + b"\r\n" for line in lines)


# ----------------------------------------------------------------------------- the upstream

TOKEN_LINE = re.compile(rb"^Message-ID:\s*<(tok-[a-z]+)@", re.IGNORECASE)


class ScriptedUpstream:
    """A smarthost speaking just enough SMTP (asyncio, in a thread) that misbehaves on cue.

    A message is known by the token in its Message-ID. ``script(token, *steps)`` sets what the
    next attempts of that message meet, one step an attempt, then ``ok``:

    - ``ok``: 250 (after a random ``jitter`` delay, when set)
    - ``slow:S``: 250 after S seconds
    - ``stall``: no reply until ``release`` is set (or ``STALL_LIMIT``)
    - ``drop-mid-data``: the connection closed when the Message-ID line arrives
    - ``drop-after-data``: the whole message taken and delivered, the connection closed
      without a reply (an MTA that queued the message and lost the connection)
    - ``421``: ``421 4.3.2`` to the end of DATA, then closed

    It takes responsibility for a message (``copies``) when it writes its 250; a sender that
    hung up before that moment gets nothing delivered (``abandoned``). ``refuse_all`` set to a
    reply: every new connection is greeted with it and every open one gets it to its next
    command (a smarthost going down for maintenance).
    """

    def __init__(self) -> None:
        self.port = free_port()
        self.release = threading.Event()
        self.refuse_all: str | None = None
        self.jitter = 0.0
        self._rng = random.Random(SEED)
        self._lock = threading.Condition()
        self._plans: dict[str, list[str]] = {}
        self._delivered: list[tuple[str | None, bytes]] = []
        self._outcomes: dict[str, list[str]] = {}
        self._arrivals: Counter[str] = Counter()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    # -- what the test sees ----------------------------------------------------------------
    def script(self, token: str, *steps: str) -> None:
        with self._lock:
            self._plans[token] = list(steps)

    def copies(self, token: str) -> int:
        with self._lock:
            return sum(1 for t, _ in self._delivered if t == token)

    def outcomes(self, token: str) -> list[str]:
        with self._lock:
            return list(self._outcomes.get(token, []))

    def delivered_tokens(self) -> Counter[str]:
        with self._lock:
            return Counter(t for t, _ in self._delivered if t is not None)

    def wait_arrived(self, token: str, count: int = 1, timeout: float = 60.0) -> None:
        """Until the end of DATA of the ``count``-th attempt of ``token`` has arrived."""
        with self._lock:
            if not self._lock.wait_for(lambda: self._arrivals[token] >= count, timeout):
                raise AssertionError(f"the upstream never received all of {token} ({count})")

    # -- life --------------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=asyncio.run, args=(self._main(),), daemon=True)
        self._thread.start()
        assert self._ready.wait(30), "the scripted upstream did not start"

    def stop(self) -> None:
        self.release.set()
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(30)

    async def _main(self) -> None:
        self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
        server = await asyncio.start_server(self._session, "127.0.0.1", self.port)
        self._ready.set()
        await self._stop.wait()
        server.close()
        for writer in list(self._writers):
            writer.close()
        await server.wait_closed()

    # -- SMTP --------------------------------------------------------------------------------
    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            await self._converse(reader, writer)
        except (ConnectionError, OSError):
            pass
        except asyncio.CancelledError:  # the upstream stops: asyncio would log every session
            pass
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _converse(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.refuse_all:
            await _say(writer, self.refuse_all)
            return
        await _say(writer, "220 upstream.test ESMTP scripted")
        while True:
            line = await reader.readline()
            if not line.endswith(b"\n"):
                return
            verb = line.split(None, 1)[0].upper() if line.strip() else b""
            if self.refuse_all and verb != b"QUIT":
                await _say(writer, self.refuse_all)
                return
            if verb == b"EHLO":
                await _say(
                    writer,
                    "250-upstream.test\r\n250-8BITMIME\r\n250-SIZE 67108864\r\n250 ENHANCEDSTATUSCODES",
                )
            elif verb == b"HELO":
                await _say(writer, "250 upstream.test")
            elif verb in (b"MAIL", b"RCPT", b"RSET", b"NOOP"):
                await _say(writer, "250 2.0.0 Ok")
            elif verb == b"QUIT":
                await _say(writer, "221 2.0.0 Bye")
                return
            elif verb == b"DATA":
                if not await self._data(reader, writer):
                    return
            else:
                await _say(writer, "502 5.5.2 Not implemented")

    def _next_step(self, token: str) -> str:
        with self._lock:
            plan = self._plans.get(token)
            return plan.pop(0) if plan else "ok"

    def _record(self, token: str | None, outcome: str, raw: bytes | None = None) -> None:
        with self._lock:
            if raw is not None:
                self._delivered.append((token, raw))
            if token is not None:
                self._outcomes.setdefault(token, []).append(outcome)

    async def _data(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """One DATA; False when the connection is to be closed."""
        await _say(writer, "354 End data with <CR><LF>.<CR><LF>")
        lines: list[bytes] = []
        token: str | None = None
        step = "ok"
        while True:
            line = await reader.readline()
            if not line.endswith(b"\n"):
                self._record(token, "sender gone mid-DATA")
                return False
            if line == b".\r\n":
                break
            lines.append(line[1:] if line.startswith(b".") else line)
            found = TOKEN_LINE.match(line) if token is None else None
            if found:
                token = found.group(1).decode()
                step = self._next_step(token)
                if step == "drop-mid-data":
                    self._record(token, "dropped mid-DATA")
                    return False
        raw = b"".join(lines)
        if token is not None:
            with self._lock:
                self._arrivals[token] += 1
                self._lock.notify_all()
        if step == "drop-after-data":
            self._record(token, "delivered, dropped before the reply", raw)
            return False
        if step == "421":
            self._record(token, "refused 421")
            await _say(writer, "421 4.3.2 upstream shutting down")
            return False
        if step == "stall":
            waited = await self._wait(reader, STALL_LIMIT, stall=True)
        elif step.startswith("slow:"):
            waited = await self._wait(reader, float(step.split(":", 1)[1]))
        else:
            waited = await self._wait(reader, self._rng.uniform(0, self.jitter)) if self.jitter else True
        if not waited:
            self._record(token, "abandoned: the sender hung up before the reply")
            return False
        self._record(token, "delivered", raw)
        await _say(writer, "250 2.0.0 Ok: queued by the scripted upstream")
        return True

    async def _wait(self, reader: asyncio.StreamReader, seconds: float, *, stall: bool = False) -> bool:
        """Sit on the reply for ``seconds`` (or until ``release``); False when the sender hangs
        up meanwhile."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        gone = asyncio.ensure_future(reader.read(1))
        try:
            while loop.time() < deadline and not (stall and self.release.is_set()):
                done, _ = await asyncio.wait({gone}, timeout=min(0.02, max(0.0, deadline - loop.time())))
                if done:
                    try:
                        return bool(gone.result())
                    except (ConnectionError, OSError):
                        return False
            return True
        finally:
            if not gone.done():
                gone.cancel()
                with contextlib.suppress(asyncio.CancelledError, ConnectionError, OSError):
                    await gone


async def _say(writer: asyncio.StreamWriter, reply: str) -> None:
    writer.write(reply.encode() + b"\r\n")
    await writer.drain()


# ----------------------------------------------------------------------------- the client


class Dropped(Exception):
    """No reply: the connection closed or timed out. ``after_dot``: the whole message had been
    sent, so the server may have taken it (the case SMTP's at-least-once contract covers)."""

    def __init__(self, why: str, *, after_dot: bool, timed_out: bool = False) -> None:
        super().__init__(why)
        self.after_dot, self.timed_out = after_dot, timed_out


class RawClient:
    """A blocking SMTP client on a raw socket that can stop anywhere (half a message) and says
    exactly when a connection dropped."""

    def __init__(self, port: int, timeout: float = SMTP_TIMEOUT) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.file = self.sock.makefile("rb")
        try:
            code, text = self.reply()
            if code != 220:
                raise Dropped(f"greeting {code} {text}", after_dot=False)
            self.command(b"EHLO helpdesk.test")
        except Dropped:
            self.close()
            raise

    def reply(self, *, after_dot: bool = False) -> tuple[int, str]:
        """(code, text without the code) of one reply; ``Dropped`` when none comes."""
        lines: list[bytes] = []
        while True:
            try:
                line = self.file.readline()
            except TimeoutError as exc:
                raise Dropped(f"no reply: {exc}", after_dot=after_dot, timed_out=True) from None
            except OSError as exc:
                raise Dropped(f"{type(exc).__name__}: {exc}", after_dot=after_dot) from None
            if not line.endswith(b"\n"):
                raise Dropped("connection closed", after_dot=after_dot)
            lines.append(line)
            if line[3:4] != b"-":
                text = b" ".join(raw[4:].strip() for raw in lines).decode(errors="replace")
                return int(line[:3]), text

    def write(self, data: bytes, *, after_dot: bool = False) -> None:
        try:
            self.sock.sendall(data)
        except OSError as exc:
            raise Dropped(f"{type(exc).__name__}: {exc}", after_dot=after_dot) from None

    def command(self, line: bytes) -> tuple[int, str]:
        self.write(line + b"\r\n")
        return self.reply()

    def open_data(self, to: str = BUYER, mail_from: str = AGENT) -> tuple[int, str]:
        """MAIL, RCPT, DATA: (354, …), or the first reply that refused."""
        for line in (f"MAIL FROM:<{mail_from}>".encode(), f"RCPT TO:<{to}>".encode(), b"DATA"):
            code, text = self.command(line)
            if code not in (250, 354):
                return code, text
        return code, text

    def submit(self, raw: bytes) -> tuple[int, str] | None:
        """Everything up to the end-of-data mark, without reading its reply; the refusal
        when MAIL, RCPT or DATA was refused."""
        code, text = self.open_data()
        if code != 354:
            return code, text
        self.write(stuffed(raw) + b".\r\n", after_dot=True)
        return None

    def transaction(self, raw: bytes) -> tuple[int, str]:
        refused = self.submit(raw)
        return refused if refused is not None else self.reply(after_dot=True)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()
            self.sock.close()


def send(port: int, raw: bytes) -> tuple[int, str]:
    client = RawClient(port)
    try:
        return client.transaction(raw)
    finally:
        client.close()


def held_id_of(reply: tuple[int, str]) -> str:
    found = re.search(r" as (\S+) \(", reply[1])
    assert reply[0] == 250 and reply[1].startswith("2.6.0") and found, reply
    return found.group(1)


# ----------------------------------------------------------------------------- the store


def sqlite_path(database: str) -> Path:
    return Path(database.split(":///", 1)[1])


def held_copies(database: str, token: str) -> list[str]:
    """Ids of the quarantined messages carrying ``token`` (read straight from the file)."""
    with contextlib.closing(sqlite3.connect(sqlite_path(database), timeout=30)) as db:
        rows = db.execute("SELECT id FROM quarantine WHERE instr(raw, ?) > 0", (token.encode(),))
        return [r[0] for r in rows]


def ledger_states(database: str, order: str) -> list[str]:
    with contextlib.closing(sqlite3.connect(sqlite_path(database), timeout=30)) as db:
        return [r[0] for r in db.execute("SELECT state FROM request_ledger WHERE order_id = ?", (order,))]


def backdate_reservation(database: str, order: str, seconds: float) -> int:
    """Move the ledger row of ``order`` into the past, through SQLAlchemy as tests/test_store.py
    does (so the timestamp is stored exactly as the store writes it); returns the rows changed."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    from proxy.store.engine import make_engine
    from proxy.store.tables import RequestLedger

    async def run() -> int:
        engine = make_engine(database, pooled=False)
        try:
            async with engine.begin() as conn:
                result = await conn.execute(
                    update(RequestLedger)
                    .where(RequestLedger.order_id == order)
                    .values(created_at=datetime.now(UTC) - timedelta(seconds=seconds))
                )
                return int(result.rowcount)
        finally:
            await engine.dispose()

    return asyncio.run(run())


# ----------------------------------------------------------------------------- serve


@pytest.fixture(scope="module")
def rule_dirs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Only the packs these tests need (insults hold, review requests reserve; links are a
    detector): building every pack costs each start seconds of CPU, and these tests start
    `serve` six times (twelve processes with workers)."""
    folder = tmp_path_factory.mktemp("rules")
    for pack in ("offensive.yaml", "review_request.yaml"):
        shutil.copy(RULES / pack, folder / pack)
    return [str(folder)]


def config(rule_dirs: list[str]) -> dict[str, object]:
    return {
        "notify": {"enabled": False},  # notices would go to the upstream too
        "detect": {"rule_dirs": rule_dirs, "reload_interval_seconds": 0},
        "upstream": {"timeout_seconds": UPSTREAM_TIMEOUT},
    }


@dataclass
class Station:
    """A scripted upstream and one `serve` on one SQLite store, killed and restarted at will."""

    upstream: ScriptedUpstream
    guard: Guard
    starts: int = 1
    kills: int = 0

    @property
    def port(self) -> int:
        return self.guard.smtp_port

    @property
    def database(self) -> str:
        return self.guard.database

    def kill(self) -> None:
        kill_hard(self.guard)
        self.kills += 1

    def restart(self) -> None:
        """A new process on the same ports and store (its log in ``guard-<n>.stderr``)."""
        self.guard = replace(self.guard, name=f"guard-{self.starts}", proc=None)
        self.starts += 1
        self.guard.start()
        self.guard.wait_ready()

    def ensure_running(self) -> None:
        proc = self.guard.proc
        if proc is None or proc.poll() is not None:
            if proc is not None:
                kill_hard(self.guard)
            self.restart()


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory, rule_dirs: list[str]) -> Iterator[Station]:
    workdir = tmp_path_factory.mktemp("faults")
    upstream = ScriptedUpstream()
    upstream.start()
    guard = Guard(
        workdir,
        f"sqlite+aiosqlite:///{workdir / 'guard.db'}",
        f"127.0.0.1:{upstream.port}",
        config=config(rule_dirs),
    )
    st = Station(upstream, guard)
    try:
        guard.start()
        guard.wait_ready()
        yield st
    finally:
        if st.guard.proc is not None and st.guard.proc.poll() is None:
            st.guard.stop()
        upstream.stop()


@pytest.fixture
def live(station: Station) -> Station:
    """The station, running (a test that failed half-way may have left it killed)."""
    station.upstream.release.clear()
    station.upstream.refuse_all = None
    station.upstream.jitter = 0.0
    station.ensure_running()
    return station


def mode() -> str:
    return f"workers={TEST_WORKERS or 1}"


# ----------------------------------------------------------------------------- 1 and 2a. kill -9


def test_kill_mid_data_and_while_the_upstream_sits_on_a_review_request(live: Station) -> None:
    """One kill -9 (a restart costs seconds of CPU) with three transactions in flight:
    1. a relay-bound and a hold-bound message half sent (no end-of-data mark yet): after the
       restart there is no trace of either, and the client's retry gets its normal answer;
    2a. a review request whose upstream has the whole message and sits on its reply: the
       ledger reservation written before relaying outlives the process, so the retry is
       deferred with 451 4.7.1 (not refused as a repeat) until the reservation is stale, and is
       then relayed exactly once."""
    up = live.upstream
    order = order_id(random.randrange(1000))
    request = mail("request", order=order)
    up.script(request.token, "stall")
    relaying = RawClient(live.port)
    assert relaying.submit(request.raw) is None
    up.wait_arrived(request.token)  # the upstream has all of it, and stalls
    assert ledger_states(live.database, order) == ["reserved"]  # reserved before relaying

    relay, hold = mail("relay"), mail("hold")
    halves = []
    for m in (relay, hold):
        client = RawClient(live.port)
        assert client.open_data()[0] == 354
        body = stuffed(m.raw)
        client.write(body[: len(body) // 2])  # half of the message: no end-of-data mark
        halves.append(client)
    time.sleep(0.5)  # the halves are in the server's hands, not only in our socket buffers
    live.kill()
    for client in [*halves, relaying]:
        with pytest.raises(Dropped) as dropped:  # the connection drops: no reply, so no 250
            client.reply()
        assert not dropped.value.timed_out
        client.close()
    wait_until(
        lambda: up.outcomes(request.token) == ["abandoned: the sender hung up before the reply"],
        30,
        what="the upstream to see the killed relay hang up",
    )
    up.release.set()

    live.restart()
    # 1: nothing of the half-sent messages anywhere; their retries are answered as usual.
    assert up.copies(relay.token) == 0 and up.outcomes(relay.token) == []
    assert held_copies(live.database, hold.token) == []
    code, text = send(live.port, relay.raw)
    assert code == 250 and text.startswith("2.0.0 Relayed"), (code, text)
    assert up.copies(relay.token) == 1
    held = held_id_of(send(live.port, hold.raw))
    assert held_copies(live.database, hold.token) == [held]
    assert up.copies(hold.token) == 0

    # 2a: whether the dead process's request reached the buyer is unknown: the retry is
    # deferred (4xx, the helpdesk keeps the message), not refused as a repeat (5xx, dropped).
    code, text = send(live.port, request.raw)
    assert (code, text.split()[0]) == (451, "4.7.1"), (code, text)
    assert ledger_states(live.database, order) == ["reserved"]
    assert up.copies(request.token) == 0
    assert backdate_reservation(live.database, order, STALE_SECONDS + 60) == 1
    code, text = send(live.port, request.raw)  # stale now: taken over and relayed
    assert code == 250 and text.startswith("2.0.0 Relayed"), (code, text)
    assert up.copies(request.token) == 1
    assert ledger_states(live.database, order) == ["relayed"]
    another = mail("request", order=order)  # and the order has had its request now
    code, text = send(live.port, another.raw)
    assert code == 550 and "repeat_request" in text, (code, text)
    assert up.copies(request.token) == 1 and up.copies(another.token) == 0


# ----------------------------------------------------------------------------- 2b. kill storm


@dataclass
class Sent:
    """One message of the storm and everything the client was told about it."""

    mail: Mail
    answers: list[str] = field(default_factory=list)  # per attempt: "250 2.0.0", "dropped …"
    final: tuple[int, str] | None = None

    @property
    def acked(self) -> bool:
        return self.final is not None and self.final[0] == 250

    @property
    def unanswered_after_dot(self) -> int:
        return self.answers.count("dropped after the end of DATA")


@dataclass
class Storm:
    connect_failures: int = 0
    timeouts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _sender(
    port: int, sent: list[Sent], storm: Storm, rng: random.Random, stop: threading.Event, deadline: float
) -> None:
    """One helpdesk connection: new messages (a seeded mix) until ``stop``, each in turn until it
    has a definite answer: what gets none (a dropped connection, a 4xx) is sent again, as an
    MTA's queue would."""
    client: RawClient | None = None
    try:
        while not stop.is_set():
            item = Sent(
                mail(rng.choice(KINDS), token="tok-" + "".join(rng.choices(string.ascii_lowercase, k=14)))
            )
            sent.append(item)
            while item.final is None:
                assert time.monotonic() < deadline, "the storm did not finish in time"
                if client is None:
                    try:
                        client = RawClient(port)
                    except (OSError, Dropped):
                        with storm.lock:
                            storm.connect_failures += 1
                        time.sleep(0.25)
                        continue
                try:
                    code, text = client.transaction(item.mail.raw)
                except Dropped as exc:
                    item.answers.append(
                        "dropped after the end of DATA" if exc.after_dot else "dropped before the end of DATA"
                    )
                    if exc.timed_out:
                        with storm.lock:
                            storm.timeouts += 1
                    client.close()
                    client = None
                    time.sleep(rng.uniform(0.05, 0.3))
                    continue
                item.answers.append(f"{code} {text.split()[0] if text else ''}")
                if code == 250 or code >= 500 or len(item.answers) >= GIVE_UP:
                    item.final = (code, text)
                else:
                    time.sleep(0.2)
                time.sleep(rng.uniform(0.0, 0.06))
    finally:
        if client is not None:
            client.close()


def quarantine(database: str) -> dict[str, list[str]]:
    """Token → ids of its copies in the quarantine."""
    found: dict[str, list[str]] = {}
    with contextlib.closing(sqlite3.connect(sqlite_path(database), timeout=30)) as db:
        for held_id, raw in db.execute("SELECT id, raw FROM quarantine"):
            m = re.search(rb"Message-ID:\s*<(tok-[a-z]+)@", raw, re.IGNORECASE)
            if m:
                found.setdefault(m.group(1).decode(), []).append(held_id)
    return found


def kill_after_the_next_hold(live: Station, deadline: float) -> None:
    """kill -9 right after a message is held: the moment a new row is visible in the
    quarantine every process is stopped (SIGSTOP), then killed."""
    with contextlib.closing(sqlite3.connect(sqlite_path(live.database), timeout=30)) as db:
        count = "SELECT count(*) FROM quarantine"
        before = db.execute(count).fetchone()[0]
        while db.execute(count).fetchone()[0] == before:
            assert time.monotonic() < deadline, "no message was held"
        freeze(live.guard)
    live.kill()


def test_kill_storm_every_acknowledged_message_is_relayed_or_held_once(live: Station) -> None:
    """Case 2b and the ledger of what the client was told: a mix that relays, holds and is
    refused, sent over several connections that retry what gets no definite answer, while
    `serve` is killed: first right after a hold's commit (stopped the moment it is visible,
    then killed), then at seeded random moments (a random number of answers later, plus a
    random delay). Every message that got a 250 is then in the upstream or the quarantine (a
    held one under the id it was told), and no message has more copies than its 250 and its
    unanswered attempts explain."""
    rng = random.Random(SEED)
    queues: list[list[Sent]] = [[] for _ in range(SENDERS)]
    storm = Storm()
    stop = threading.Event()
    live.upstream.jitter = 0.15  # the upstream takes up to 150 ms to answer: kills land in that too
    deadline = time.monotonic() + STORM_DEADLINE
    threads = [
        threading.Thread(target=_sender, args=(live.port, q, storm, random.Random(SEED + i), stop, deadline))
        for i, q in enumerate(queues)
    ]

    def answered() -> int:
        return sum(i.final is not None for q in queues for i in list(q))

    def until_answered(count: int) -> None:
        while answered() < count:
            assert all(t.is_alive() for t in threads), "a sender failed"
            assert time.monotonic() < deadline, "the storm did not finish in time"
            time.sleep(0.005)

    kills_before = live.kills
    try:
        for t in threads:
            t.start()
        kill_after_the_next_hold(live, deadline)
        live.restart()
        for _ in range(KILLS - 1):
            until_answered(answered() + rng.randint(3, 10))  # the seeded moment: so many
            time.sleep(rng.uniform(0.0, 0.15))  # answers later, and a little after that
            live.kill()
            live.restart()
        until_answered(max(answered() + AFTER_LAST_KILL, STORM_MESSAGES))
    finally:
        stop.set()  # each sender finishes the message it has, retrying until it has an answer
        for t in threads:
            t.join(max(1.0, deadline - time.monotonic()))
    assert not any(t.is_alive() for t in threads), "a sender hung"
    everything = [i for q in queues for i in q]
    kills = live.kills - kills_before

    upstream = live.upstream.delivered_tokens()
    held = quarantine(live.database)
    lost, duplicated, wrong = [], [], []
    at_least_once: Counter[str] = Counter()
    for item in everything:
        token, kind = item.mail.token, item.mail.kind
        assert item.final is not None, (token, item.answers)
        expected = {"relay": (250, "2.0.0"), "hold": (250, "2.6.0"), "refuse": (550, "5.7.1")}[kind]
        if (item.final[0], item.final[1].split()[0]) != expected:
            wrong.append((token, kind, item.final))
        held_ids = held.get(token, [])
        if kind == "hold" and item.acked and held_id_of(item.final) not in held_ids:
            wrong.append((token, "told held as", item.final, "but held as", held_ids))
        if (kind != "hold" and held_ids) or (kind != "relay" and upstream[token]):
            wrong.append((token, kind, "relayed", upstream[token], "held", held_ids))
        copies = upstream[token] + len(held_ids)
        if item.acked and copies == 0:
            lost.append(token)
        # At most one copy for the 250 and one for each attempt that got no answer after its
        # end of DATA: more is a duplicate nobody can excuse.
        if copies > int(item.acked) + item.unanswered_after_dot:
            duplicated.append((token, copies, item.answers))
        at_least_once[kind] += max(0, copies - int(item.acked))
    attempts = sum(len(i.answers) for i in everything)
    dropped = sum(a.startswith("dropped") for i in everything for a in i.answers)
    acked = sum(i.acked for i in everything)
    print(
        f"\n[kill storm {mode()}, seed {SEED}] messages sent: {len(everything)}, acknowledged: {acked} "
        f"(relayed {sum(i.acked and i.mail.kind == 'relay' for i in everything)}, "
        f"held {sum(i.acked and i.mail.kind == 'hold' for i in everything)}), "
        f"refused: {sum(i.final is not None and i.final[0] >= 500 for i in everything)}, kills: {kills}, "
        f"attempts: {attempts}, retries: {attempts - len(everything)} "
        f"(dropped connections {dropped}, of them after the end of DATA "
        f"{sum(i.unanswered_after_dot for i in everything)}; 4xx "
        f"{sum(a.startswith('4') for i in everything for a in i.answers)}), "
        f"connections refused while down: {storm.connect_failures}, lost: {len(lost)}, "
        f"duplicated among acknowledged: {len(duplicated)}, "
        f"at-least-once copies from unanswered attempts: {at_least_once.total()} "
        f"(relayed twice {at_least_once['relay']}, held twice {at_least_once['hold']})"
    )
    assert kills == KILLS
    assert dropped >= kills, "every kill should have cut at least one connection"
    assert storm.timeouts == 0, "a reply never came: something hung"
    assert not wrong, wrong
    assert not lost, lost
    assert not duplicated, duplicated


# ----------------------------------------------------------------------------- 3. the store


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 24 MB ext4 file system on a loop device, mounted for this test only. ext4 rather than
    tmpfs: the same mount can be filled (ENOSPC) and then made read-only under the running
    process (``remount,abort``: what ext4 does itself after an I/O error with errors=remount-ro;
    a plain ``remount,ro`` is refused while a file is open for writing, and root ignores chmod)."""
    if os.geteuid() != 0 or not shutil.which("mkfs.ext4"):
        pytest.skip("needs root and mkfs.ext4 to make a small file system")
    image, mount = tmp_path / "disk.img", tmp_path / "disk"
    mount.mkdir()
    with open(image, "wb") as fh:
        fh.truncate(24 * 1024 * 1024)
    made = _run("mkfs.ext4", "-q", "-F", "-m", "0", str(image))
    assert made.returncode == 0, made.stderr
    mounted = _run("mount", "-o", "loop", str(image), str(mount))
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a loop file system here: {mounted.stderr.strip()}")
    try:
        yield mount
    finally:
        if _run("umount", str(mount)).returncode != 0:
            _run("umount", "-l", str(mount))


def fill(folder: Path) -> Path:
    """Fill the file system of ``folder`` to its last block; returns the filler file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 1 << 9):
            try:
                while True:
                    os.write(fd, b"\0" * size)
                    os.fsync(fd)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
    finally:
        os.close(fd)
    assert shutil.disk_usage(folder).free < 64 * 1024
    return filler


def review_request_while_broken(guard: Guard, upstream: ScriptedUpstream) -> str:
    """A review request must reserve its order in the store before it is relayed: relayed when
    that small write still fits (in the log's allocated pages), else 451 4.3.0 and not sent."""
    request = mail("request")
    code, text = send(guard.smtp_port, request.raw)
    assert code == 250 or (code, text.split()[0]) == (451, "4.3.0"), (code, text)
    assert upstream.copies(request.token) == (1 if code == 250 else 0)
    return f"{code} {text.split()[0]}"


def test_store_full_then_read_only(small_disk: Path, tmp_path: Path, rule_dirs: list[str]) -> None:
    upstream = ScriptedUpstream()
    upstream.start()
    database = f"sqlite+aiosqlite:///{small_disk / 'guard.db'}"
    guard = Guard(tmp_path / "run", database, f"127.0.0.1:{upstream.port}", config=config(rule_dirs))
    try:
        guard.start()
        guard.wait_ready()
        assert guard.proc is not None
        workers = sorted(descendants(guard.proc.pid))
        before = held_id_of(send(guard.smtp_port, mail("hold").raw))  # holding works on this disk

        # --- full. A hold that fits in the write-ahead log's already allocated pages would be
        # durable, and rightly acknowledged; this one is larger than the whole log, so it needs
        # new blocks that the disk no longer has.
        filler = fill(small_disk)
        wal = small_disk / "guard.db-wal"
        big = mail("hold", padding=(wal.stat().st_size if wal.exists() else 0) + 256 * 1024)
        code, text = send(guard.smtp_port, big.raw)
        assert (code, text.split()[0]) == (451, "4.3.0"), (code, text)
        relay = mail("relay")  # the relay path writes nothing the message depends on
        code, text = send(guard.smtp_port, relay.raw)
        assert code == 250 and text.startswith("2.0.0 Relayed"), (code, text)
        assert upstream.copies(relay.token) == 1
        # A review request must reserve its order first: it relays only if that small write fits.
        request_full = review_request_while_broken(guard, upstream)
        assert guard.proc.poll() is None and guard.healthy()
        assert held_copies(database, big.token) == []

        filler.unlink()  # space again: the same message is held now
        held = held_id_of(send(guard.smtp_port, big.raw))
        assert held_copies(database, big.token) == [held]

        # --- read-only under the running process
        aborted = _run("mount", "-o", "remount,abort", str(small_disk))
        if aborted.returncode != 0:
            pytest.skip(f"cannot make the file system read-only here: {aborted.stderr.strip()}")
        late = mail("hold")
        code, text = send(guard.smtp_port, late.raw)
        assert (code, text.split()[0]) == (451, "4.3.0"), (code, text)
        relay_ro = mail("relay")
        code, text = send(guard.smtp_port, relay_ro.raw)
        assert code == 250 and text.startswith("2.0.0 Relayed"), (code, text)
        assert upstream.copies(relay_ro.token) == 1
        request_ro = review_request_while_broken(guard, upstream)
        assert guard.proc.poll() is None and guard.healthy()
        assert sorted(descendants(guard.proc.pid)) == workers  # no worker died and was replaced either
        print(
            f"\n[store {mode()}] full: hold 451 4.3.0, relay 250, review request {request_full}; "
            f"after freeing: held; read-only: hold 451 4.3.0, relay 250, review request {request_ro}; "
            "/healthz 200 throughout"
        )
        kill_hard(guard)
        # Whatever was acknowledged is on the disk once it is mounted again; the refused is not.
        wait_until(lambda: _run("umount", str(small_disk)).returncode == 0, 30, what="the disk to unmount")
        remounted = _run("mount", "-o", "loop", str(tmp_path / "disk.img"), str(small_disk))
        assert remounted.returncode == 0, remounted.stderr
        with contextlib.closing(sqlite3.connect(sqlite_path(database), timeout=30)) as db:
            ids = {r[0] for r in db.execute("SELECT id FROM quarantine")}
        assert ids == {before, held}
        assert held_copies(database, late.token) == []
    finally:
        if guard.proc is not None and guard.proc.poll() is None:
            kill_hard(guard)
        upstream.stop()


# ----------------------------------------------------------------------------- 4. the upstream


def test_upstream_slow_within_and_beyond_the_deadline(live: Station) -> None:
    up = live.upstream
    quick = mail("relay")
    up.script(quick.token, "slow:1")
    code, text = send(live.port, quick.raw)
    assert code == 250 and text.startswith("2.0.0 Relayed"), (code, text)
    assert up.copies(quick.token) == 1

    late = mail("relay")
    up.script(late.token, f"slow:{UPSTREAM_TIMEOUT * 2.5}")
    code, text = send(live.port, late.raw)
    assert (code, text.split()[0]) == (451, "4.4.1"), (code, text)
    # The relay gave up on that connection: the upstream's late 250 never comes to count.
    wait_until(
        lambda: up.outcomes(late.token) == ["abandoned: the sender hung up before the reply"],
        UPSTREAM_TIMEOUT * 3,
        what="the relay to hang up on the slow upstream",
    )
    code, text = send(live.port, late.raw)  # the helpdesk's retry
    assert code == 250 and text.startswith("2.0.0 Relayed"), (code, text)
    assert up.copies(late.token) == 1


def test_upstream_dropping_the_connection(live: Station) -> None:
    up = live.upstream
    mid = mail("relay")
    up.script(mid.token, "drop-mid-data")
    code, text = send(live.port, mid.raw)
    assert (code, text.split()[0]) == (451, "4.4.1"), (code, text)
    assert up.copies(mid.token) == 0
    code, text = send(live.port, mid.raw)
    assert code == 250 and text.startswith("2.0.0 Relayed"), (code, text)
    assert up.copies(mid.token) == 1  # exactly one copy

    # The upstream took the whole message and lost the connection before its 250: bsm-guard
    # cannot know it was taken, says 451, and the retry makes a second copy (at-least-once).
    after = mail("relay")
    up.script(after.token, "drop-after-data")
    code, text = send(live.port, after.raw)
    assert (code, text.split()[0]) == (451, "4.4.1"), (code, text)
    code, text = send(live.port, after.raw)
    assert code == 250 and text.startswith("2.0.0 Relayed"), (code, text)
    assert up.copies(after.token) == 2
    print(f"\n[upstream {mode()}] dropped after taking the message: 2 copies (at-least-once)")


def test_upstream_answering_421(live: Station) -> None:
    up = live.upstream
    refused = mail("relay")
    up.script(refused.token, "421")
    code, text = send(live.port, refused.raw)
    assert (code, text.split()[0]) == (451, "4.4.1"), (code, text)
    assert up.copies(refused.token) == 0

    # The smarthost goes down for maintenance: 421 to every command and every greeting, the
    # pooled connections included.
    up.refuse_all = "421 4.3.2 upstream.test closing for maintenance"
    down = mail("relay")
    for _ in range(2):
        code, text = send(live.port, down.raw)
        assert (code, text.split()[0]) == (451, "4.4.1"), (code, text)
    assert up.copies(down.token) == 0 and up.outcomes(down.token) == []
    assert held_copies(live.database, down.token) == []
    up.refuse_all = None
    for m in (refused, down):
        code, text = send(live.port, m.raw)
        assert code == 250 and text.startswith("2.0.0 Relayed"), (code, text)
        assert up.copies(m.token) == 1

"""Load and abuse against a real `bsm-guard serve` over real sockets: 200 sessions sending back to
back for a minute with bounded memory and nothing lost; slow, idle and flooding clients, over-long
lines and oversized messages each get their documented reply and leave the server healthy."""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest
from procs import (
    AGENT,
    BUYER,
    RULES,
    Guard,
    RecordingUpstream,
    SmtpStream,
    held_senders,
    message,
    running,
    vm_rss,
    wait_until,
)

from proxy.smtp import replies
from proxy.smtp.server import MAX_RECIPIENTS

# ----------------------------------------------------------------------------- the two servers

SESSIONS = 200
LOAD_SECONDS = 60.0
RSS_EVERY = 3.0  # seconds between VmRSS samples
# How much the serve process's resident memory may grow from the first third of the run to the
# last third (the highest sample in each). By the end of the first third the 200 sessions' buffers
# exist and every code path has run; from there, measured runs grew 2-5 MB (SQLite's page caches
# and the allocator filling up as the store grows). A leak of L bytes per message grows RSS by
# L x (messages sent after the first third): with the 5,000-10,000 messages this machine passes
# in the minute, 40 MB catches a leak of about 6 KB a message or more (anything that keeps a
# parse tree or a judgement). Since the upstream connection pool, runs pass about twice the
# messages and grew 18.7 MB once (not verified why: most likely the audit queue filling towards
# its bound of 2,000 rows, ``Recorder.max_pending``, as the relay outruns SQLite's commits). The
# run prints the smallest per-message leak it would have caught.
RSS_GROWTH_MARGIN = 40 * 2**20
REPLY_DEADLINE = 120.0  # one reply under full load; a reply that takes longer is a hang

# The abuse server: short timeouts so that slow and idle clients are cut within seconds.
IDLE_TIMEOUT = 2.0
UPSTREAM_TIMEOUT = 3.0
DATA_TIMEOUT = IDLE_TIMEOUT + UPSTREAM_TIMEOUT + 5.0  # smtp_factory's DATA deadline
SIZE_LIMIT = 100_000
CUT_DEADLINE = 60.0  # a timed-out session must be told and closed well before this

ORDER = "114-1234567-1234567"
BODIES = {
    "relay": "Hello, your parcel left our warehouse this morning and should arrive on Thursday.\n\n"
    "Kind regards, Shop Support",
    "hold": "Hello, only an idiot would plug the lamp in without reading the manual.\n\nRegards",
    "refuse": "Hello, the manual for your lamp is at https://www.lamp-manuals.com/model-7 if you need it."
    "\n\nRegards",
}
EXPECTED = {"relay": "250 2.0.0", "hold": "250 2.6.0", "refuse": "550 5.7.1"}
MIX = ("relay",) * 6 + ("hold",) * 2 + ("refuse",) * 2
TOKEN = re.compile(rb"^Message-ID: <(load-[0-9a-z-]+)@load\.test>", re.MULTILINE)
HELD_AS = re.compile(r" as (\S+) \(")


@dataclass
class Servers:
    load: Guard
    abuse: Guard
    load_upstream: RecordingUpstream
    abuse_upstream: RecordingUpstream


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """Both servers start at once (start-up is CPU bound); the abuse one idles during the load."""
    workdir = tmp_path_factory.mktemp("load")
    ups = RecordingUpstream(), RecordingUpstream()
    common = {"detect": {"rule_dirs": [str(RULES)]}, "notify": {"enabled": False}}
    load = Guard(
        workdir,
        f"sqlite+aiosqlite:///{workdir / 'load.db'}",
        f"127.0.0.1:{ups[0].port}",
        name="load",
        config={
            **common,
            # The defaults (100 overall, 20 per client) would refuse most of the 200 sessions,
            # all of which come from 127.0.0.1.
            "smtp": {"max_sessions": SESSIONS + 50, "max_sessions_per_client": SESSIONS + 50},
            "upstream": {"timeout_seconds": 30},
        },
    )
    abuse = Guard(
        workdir,
        f"sqlite+aiosqlite:///{workdir / 'abuse.db'}",
        f"127.0.0.1:{ups[1].port}",
        name="abuse",
        config={
            **common,
            "smtp": {"idle_timeout_seconds": IDLE_TIMEOUT, "max_message_bytes": SIZE_LIMIT},
            "upstream": {"timeout_seconds": UPSTREAM_TIMEOUT},
        },
    )
    for u in ups:
        u.start()
    try:
        with running([load, abuse]):
            yield Servers(load, abuse, *ups)
    finally:
        for u in ups:
            u.stop()


async def healthz(guard: Guard, timeout: float = 30.0) -> int:
    """/healthz status (0: no answer); an exited process fails the test at once."""
    assert guard.proc is not None
    assert guard.proc.poll() is None, f"{guard.name} exited with {guard.proc.returncode}:\n{guard.log_tail()}"
    try:
        async with httpx.AsyncClient(timeout=timeout) as client:
            return (await client.get(f"{guard.url}/healthz")).status_code
    except httpx.HTTPError:
        return 0


# ----------------------------------------------------------------------------- 200 sessions


def load_templates() -> dict[str, bytes]:
    """One message per kind with a placeholder Message-ID that each send makes unique."""
    out = {}
    for kind, body in BODIES.items():
        raw = message(f"Re: your order {ORDER}", body)
        raw, n = re.subn(rb"Message-ID: <[^>]*>", b"Message-ID: <TOKEN@load.test>", raw)
        assert n == 1
        out[kind] = raw
    return out


@dataclass
class LoadRun:
    replies: Counter[str] = field(default_factory=Counter)  # "250 2.0.0", "550 5.7.1", ...
    sent: Counter[str] = field(default_factory=Counter)  # by kind
    relayed: set[str] = field(default_factory=set)  # tokens answered 250 2.0.0
    held: set[str] = field(default_factory=set)  # held ids answered 250 2.6.0
    refused: set[str] = field(default_factory=set)  # tokens answered 550
    errors: list[str] = field(default_factory=list)
    arrived: int = 0  # sessions that got their first reply
    greeted: int = 0
    refused_sessions: int = 0  # 421 at connect (a session cap): allowed, but counted
    rss: list[tuple[float, int, int]] = field(default_factory=list)  # (s, bytes, messages sent)
    health: list[int] = field(default_factory=list)


async def load_session(n: int, port: int, run: LoadRun, all_open: asyncio.Event, stop_at: float) -> None:
    templates = load_templates()
    try:
        c = await SmtpStream.open(port)
    except OSError as exc:
        run.errors.append(f"session {n}: cannot connect: {exc}")
        run.arrived += 1
        if run.arrived == SESSIONS:
            all_open.set()
        return
    try:
        code, text = await c.reply(REPLY_DEADLINE)
        run.arrived += 1
        if run.arrived == SESSIONS:  # every session has its greeting (or its refusal)
            all_open.set()
        if code == 421:
            run.refused_sessions += 1
            return
        if code != 220:
            run.errors.append(f"session {n}: greeting {text!r}")
            return
        run.greeted += 1
        code, text = await c.cmd(b"EHLO load.test", REPLY_DEADLINE)
        if code != 250:
            run.errors.append(f"session {n}: EHLO {text!r}")
            return
        await all_open.wait()
        i = 0
        while time.monotonic() < stop_at:
            kind = MIX[(n + i) % len(MIX)]
            token = f"load-s{n}-m{i}"
            if i % 7 == 3:  # now and then a RSET between transactions, as helpdesks do
                code, text = await c.cmd(b"RSET", REPLY_DEADLINE)
                if not text.startswith("250 2.0.0"):
                    run.errors.append(f"session {n}: RSET {text!r}")
                    return
            raw = templates[kind].replace(b"TOKEN", token.encode())
            code, text = await c.transaction(raw, BUYER, AGENT, REPLY_DEADLINE)
            run.sent[kind] += 1
            run.replies[text[:9]] += 1
            if not text.startswith(EXPECTED[kind]):
                run.errors.append(f"session {n}: {kind} {token} got {text!r}")
                if code in (0, 421):
                    return
            elif kind == "hold":
                found = HELD_AS.search(text)
                assert found, text
                run.held.add(found.group(1))
            elif kind == "relay":
                run.relayed.add(token)
            else:
                run.refused.add(token)
            i += 1
        code, text = await c.cmd(b"QUIT", REPLY_DEADLINE)
        if code != 221:
            run.errors.append(f"session {n}: QUIT {text!r}")
    except (TimeoutError, OSError) as exc:
        run.errors.append(f"session {n}: {type(exc).__name__} {exc}")
    finally:
        c.close()


async def watch(guard: Guard, run: LoadRun, done: asyncio.Event) -> None:
    """VmRSS every few seconds, /healthz along with it."""
    assert guard.proc is not None
    t0 = time.monotonic()
    while not done.is_set():
        run.rss.append((time.monotonic() - t0, vm_rss(guard.proc.pid), sum(run.sent.values())))
        run.health.append(await healthz(guard))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), RSS_EVERY)


async def test_200_sessions_for_a_minute_lose_nothing_and_memory_stays_bounded(servers: Servers) -> None:
    guard, upstream = servers.load, servers.load_upstream
    run = LoadRun()
    all_open, done = asyncio.Event(), asyncio.Event()
    assert guard.proc is not None
    rss_before = vm_rss(guard.proc.pid)
    stop_at = time.monotonic() + LOAD_SECONDS
    watcher = asyncio.create_task(watch(guard, run, done))
    sessions = [
        asyncio.create_task(load_session(n, guard.smtp_port, run, all_open, stop_at)) for n in range(SESSIONS)
    ]
    await asyncio.wait_for(all_open.wait(), REPLY_DEADLINE)
    # Every session has greeted and none sends before this (blocking) read of /metrics is done.
    held_at_once = guard.sample("bsmguard_smtp_sessions")
    await asyncio.wait_for(asyncio.gather(*sessions), LOAD_SECONDS + 2 * REPLY_DEADLINE)
    done.set()
    await watcher
    health_after = await healthz(guard)

    in_upstream = Counter(m.group(1).decode() for _, _, raw in upstream.messages if (m := TOKEN.search(raw)))
    in_store = set(await held_senders(guard.database))
    lost = len(run.relayed - set(in_upstream)) + len(run.held - in_store)
    samples = [rss for _, rss, _ in run.rss]
    third = max(len(samples) // 3, 1)
    first, last = max(samples[:third]), max(samples[-third:])
    after_first_third = sum(run.sent.values()) - run.rss[third - 1][2]
    catches = RSS_GROWTH_MARGIN / max(after_first_third, 1)
    print(
        f"\nload: sessions held at once {held_at_once:.0f} (greeted {run.greeted}, refused at connect "
        f"{run.refused_sessions}), messages sent {sum(run.sent.values())} {dict(run.sent)}, "
        f"replies by code {dict(sorted(run.replies.items()))}, relayed {len(in_upstream)}, "
        f"held {len(in_store)}, refused {len(run.refused)}, messages lost {lost}, "
        f"RSS before {rss_before / 2**20:.1f} MB, start {samples[0] / 2**20:.1f} MB, "
        f"peak {max(samples) / 2**20:.1f} MB, end {samples[-1] / 2**20:.1f} MB, first-third max "
        f"{first / 2**20:.1f} MB, last-third max {last / 2**20:.1f} MB (growth "
        f"{(last - first) / 2**20:+.1f} MB, margin {RSS_GROWTH_MARGIN / 2**20:.0f} MB: catches a leak of "
        f"{catches / 1024:.1f} KB a message over the {after_first_third} sent after the first third), "
        f"RSS samples {len(samples)}, /healthz {Counter(run.health)}"
    )
    assert not run.errors, f"{len(run.errors)} wrong replies or broken sessions, first: {run.errors[:10]}"
    assert held_at_once == SESSIONS and run.greeted == SESSIONS, (held_at_once, run.greeted)
    assert all(run.sent[k] > 0 for k in BODIES), run.sent
    assert health_after == 200 and all(h == 200 for h in run.health), run.health
    assert lost == 0, (run.relayed - set(in_upstream), run.held - in_store)
    assert max(in_upstream.values()) == 1, "a message reached the upstream twice"
    assert set(in_upstream) == run.relayed, "the upstream got a message nobody was told was relayed"
    assert in_store == run.held, "the store holds a message nobody was told was held"
    assert len(samples) >= 9, samples
    assert last - first <= RSS_GROWTH_MARGIN, [f"{t:.0f}s {r / 2**20:.1f}MB" for t, r, _ in run.rss]


# ----------------------------------------------------------------------------- abuse, one at a time


def tokens_upstream(upstream: RecordingUpstream) -> set[str]:
    return {m.group(1).decode() for _, _, raw in upstream.messages if (m := TOKEN.search(raw))}


def compliant(token: str, fill: bytes | None = None) -> bytes:
    """A compliant reply; ``fill`` replaces a body line as is (the email package would encode
    long lines as quoted-printable)."""
    body = BODIES["relay"] if fill is None else "Hello,\nFILL\nRegards"
    raw = message(f"Re: your order {ORDER}", body)
    raw = re.sub(rb"Message-ID: <[^>]*>", f"Message-ID: <{token}@load.test>".encode(), raw)
    if fill is not None:
        assert raw.count(b"\r\nFILL\r\n") == 1, raw
        raw = raw.replace(b"\r\nFILL\r\n", b"\r\n" + fill + b"\r\n")
    return raw


async def greeted(guard: Guard, ehlo: bool = True) -> SmtpStream:
    c = await SmtpStream.open(guard.smtp_port)
    assert (await c.reply())[0] == 220
    if ehlo:
        assert (await c.cmd(b"EHLO abuse.test"))[0] == 250
    return c


async def is_closed(c: SmtpStream, timeout: float = 10.0) -> bool:
    """The server closed the connection (EOF, or a reset after our late writes)."""
    try:
        return await asyncio.wait_for(c.reader.read(), timeout) == b""
    except ConnectionResetError:
        return True


async def trickle(c: SmtpStream, data: bytes, every: float = 1.0) -> int:
    """Write ``data`` one byte per ``every`` seconds until done or the server hangs up."""
    sent = 0
    for byte in data:
        try:
            c.writer.write(bytes([byte]))
            await c.writer.drain()
        except OSError:
            break
        sent += 1
        await asyncio.sleep(every)
    return sent


async def still_serving(s: Servers, tag: str) -> None:
    """Alive, /healthz 200, every session slot given back, and a compliant message still relays."""
    guard = s.abuse
    assert await healthz(guard) == 200
    token = f"load-check-{tag}-{time.time_ns()}"
    c = await greeted(guard)
    _code, text = await c.transaction(compliant(token))
    assert text.startswith("250 2.0.0"), text
    assert (await c.cmd(b"QUIT"))[0] == 221
    c.close()
    assert token in tokens_upstream(s.abuse_upstream)
    wait_until(lambda: guard.sample("bsmguard_smtp_sessions") == 0, 10, what="every session slot given back")


@pytest.mark.parametrize(
    "when",
    ["after the greeting", "after EHLO", "inside a transaction"],
)
async def test_idle_session_is_told_421_and_closed(servers: Servers, when: str) -> None:
    c = await greeted(servers.abuse, ehlo=when != "after the greeting")
    if when == "inside a transaction":
        assert (await c.cmd(f"MAIL FROM:<{AGENT}>".encode()))[0] == 250
        assert (await c.cmd(f"RCPT TO:<{BUYER}>".encode()))[0] == 250
    _code, text = await c.reply(CUT_DEADLINE)  # say nothing, wait for the server
    assert text == str(replies.IDLE_TIMEOUT), text
    assert await is_closed(c)
    c.close()
    await still_serving(servers, "idle")


async def test_slow_command_one_byte_a_second_is_cut(servers: Servers) -> None:
    """A partial line does not hold the session open: the idle deadline runs from the last command."""
    c = await greeted(servers.abuse)
    line = f"MAIL FROM:<{AGENT}>\r\n".encode()
    writer = asyncio.create_task(trickle(c, line))
    _code, text = await c.reply(CUT_DEADLINE)
    assert text == str(replies.IDLE_TIMEOUT), text
    assert await is_closed(c)
    sent = await asyncio.wait_for(writer, 2 * len(line))
    assert sent < len(line), "the whole line went through before the timeout: the test proves nothing"
    c.close()
    await still_serving(servers, "slow-command")


async def test_slow_data_one_byte_a_second_is_cut_and_nothing_is_delivered(servers: Servers) -> None:
    token = f"load-slow-{time.time_ns()}"
    raw = compliant(token)
    assert len(raw) > 2 * DATA_TIMEOUT  # at one byte a second it cannot finish in time
    c = await greeted(servers.abuse)
    for line in (f"MAIL FROM:<{AGENT}>", f"RCPT TO:<{BUYER}>"):
        assert (await c.cmd(line.encode()))[0] == 250
    assert (await c.cmd(b"DATA"))[0] == 354
    writer = asyncio.create_task(trickle(c, raw + b".\r\n"))
    _code, text = await c.reply(CUT_DEADLINE)
    assert text == str(replies.DATA_TIMEOUT), text
    assert await is_closed(c)
    writer.cancel()
    c.close()
    await still_serving(servers, "slow-data")
    assert token not in tokens_upstream(servers.abuse_upstream)
    assert await held_senders(servers.abuse.database) == {}


async def test_a_thousand_recipients_are_capped_with_452(servers: Servers) -> None:
    """RFC 5321 4.5.3.1.10: past the server's recipient limit each RCPT gets 452 4.5.3; the
    transaction goes on with the recipients accepted so far."""
    token = f"load-rcpts-{time.time_ns()}"
    c = await greeted(servers.abuse)
    assert (await c.cmd(f"MAIL FROM:<{AGENT}>".encode()))[0] == 250
    answers = Counter()
    for i in range(1000):
        _code, text = await c.cmd(f"RCPT TO:<buyer-{i}@marketplace.amazon.com>".encode())
        answers[text] += 1
        if i < MAX_RECIPIENTS:
            assert text == str(replies.RECIPIENT_OK), (i, text)
        else:
            assert text == str(replies.TOO_MANY_RECIPIENTS), (i, text)
    assert answers == {
        str(replies.RECIPIENT_OK): MAX_RECIPIENTS,
        "452 4.5.3 Too many recipients in one message": 1000 - MAX_RECIPIENTS,
    }
    assert 100 <= MAX_RECIPIENTS < 1000  # RFC 5321 4.5.3.1.8: at least 100 must be accepted
    assert (await c.cmd(b"DATA"))[0] == 354
    assert (await c.send_data(compliant(token)))[1].startswith("250 2.0.0")
    assert (await c.cmd(b"QUIT"))[0] == 221
    c.close()
    got = [rcpts for _, rcpts, raw in servers.abuse_upstream.messages if token.encode() in raw]
    assert got == [[f"buyer-{i}@marketplace.amazon.com" for i in range(MAX_RECIPIENTS)]]
    await still_serving(servers, "rcpts")


@pytest.mark.parametrize("octets", [600, 1001, 5_000, 200_000])
async def test_over_long_command_line_is_500_and_session_goes_on(servers: Servers, octets: int) -> None:
    """RFC 5321 4.5.3.1.4: a command line is at most 512 octets with its CRLF; longer is 500 5.5.2."""
    c = await greeted(servers.abuse)
    fits = b"NOOP " + b"x" * (512 - len(b"NOOP \r\n"))
    assert (await c.cmd(fits))[1] == "250 2.0.0 OK"  # exactly 512 octets: allowed
    local = b"b" * (octets - len(b"RCPT TO:<@marketplace.amazon.com>\r\n"))
    long_rcpt = b"RCPT TO:<" + local + b"@marketplace.amazon.com>"
    assert len(long_rcpt) + 2 == octets
    assert (await c.cmd(f"MAIL FROM:<{AGENT}>".encode()))[0] == 250
    code, text = await c.cmd(long_rcpt)
    assert (code, text[:9]) == (500, "500 5.5.2"), text
    code, text = await c.cmd(b"EHLO " + b"h" * octets)
    assert (code, text[:9]) == (500, "500 5.5.2"), text
    # The transaction is still open with no recipient; it goes on with a good one.
    assert (await c.cmd(f"RCPT TO:<{BUYER}>".encode()))[0] == 250
    token = f"load-cmdline-{octets}-{time.time_ns()}"
    assert (await c.cmd(b"DATA"))[0] == 354
    assert (await c.send_data(compliant(token)))[1].startswith("250 2.0.0")
    c.close()
    assert token in tokens_upstream(servers.abuse_upstream)
    assert local not in b"".join(raw for _, _, raw in servers.abuse_upstream.messages)
    await still_serving(servers, "cmdline")


@pytest.mark.parametrize("octets", [1_002, 5_000, 300_000])
async def test_over_long_data_line_is_refused_and_session_goes_on(servers: Servers, octets: int) -> None:
    """RFC 5321 4.5.3.1.6: a text line is at most 1,000 octets with its CRLF. Longer is refused
    with the server's documented reply (4.5.3.1: "500 Line too long"); nothing is delivered."""
    token = f"load-dataline-{octets}-{time.time_ns()}"
    c = await greeted(servers.abuse)
    fits = b"y" * (1000 - 2)
    code, text = await c.transaction(compliant(f"{token}-fits", fits))
    assert code in (250, 550), text  # judged, not refused for its length
    code, text = await c.transaction(compliant(token, b"z" * (octets - 2)))
    assert text == str(replies.LINE_TOO_LONG), text
    assert (await c.cmd(b"NOOP"))[1] == "250 2.0.0 OK"
    after = f"load-dataline-after-{time.time_ns()}"
    assert (await c.transaction(compliant(after)))[1].startswith("250 2.0.0")
    c.close()
    upstream = tokens_upstream(servers.abuse_upstream)
    assert token not in upstream and after in upstream
    assert await held_senders(servers.abuse.database) == {}
    await still_serving(servers, "dataline")


async def test_declared_size_over_the_limit_is_552_at_mail(servers: Servers) -> None:
    c = await greeted(servers.abuse)
    text = (await c.cmd(f"MAIL FROM:<{AGENT}> SIZE={SIZE_LIMIT + 1}".encode()))[1]
    assert text == str(replies.message_too_big(SIZE_LIMIT)), text
    _code, text = await c.cmd(f"MAIL FROM:<{AGENT}> SIZE={SIZE_LIMIT}".encode())
    assert text == str(replies.SENDER_OK), text  # at the limit: fine, and the session goes on
    assert (await c.cmd(b"RSET"))[0] == 250
    token = f"load-declared-{time.time_ns()}"
    assert (await c.transaction(compliant(token)))[1].startswith("250 2.0.0")
    c.close()
    assert token in tokens_upstream(servers.abuse_upstream)
    await still_serving(servers, "declared")


@pytest.mark.parametrize(
    ("declared", "size"),
    [(None, SIZE_LIMIT + 1_000), ("small", SIZE_LIMIT + 1_000), (None, 200 * SIZE_LIMIT)],
    ids=["undeclared", "declared-too-small", "undeclared-20MB"],
)
async def test_oversized_message_is_552_after_data_and_not_kept(
    servers: Servers, declared: str | None, size: int
) -> None:
    guard = servers.abuse
    assert guard.proc is not None
    token = f"load-big-{size}-{time.time_ns()}"
    line = b"Your parcel is on its way and will arrive on Thursday. " * 17  # 952 octets
    raw = compliant(token, b"\r\n".join([line] * (size // len(line) + 1)))
    assert len(raw) > size > SIZE_LIMIT
    rss_before = vm_rss(guard.proc.pid)
    c = await greeted(guard)
    option = " SIZE=1000" if declared else ""
    assert (await c.cmd(f"MAIL FROM:<{AGENT}>{option}".encode()))[0] == 250
    assert (await c.cmd(f"RCPT TO:<{BUYER}>".encode()))[0] == 250
    assert (await c.cmd(b"DATA"))[0] == 354
    _code, text = await c.send_data(raw, CUT_DEADLINE)
    assert text == str(replies.message_too_big(SIZE_LIMIT)), text
    rss_growth = vm_rss(guard.proc.pid) - rss_before
    # The session goes on: the next transaction is judged and relayed.
    after = f"load-big-after-{time.time_ns()}"
    assert (await c.transaction(compliant(after)))[1].startswith("250 2.0.0")
    assert (await c.cmd(b"QUIT"))[0] == 221
    c.close()
    upstream = tokens_upstream(servers.abuse_upstream)
    assert token not in upstream and after in upstream
    assert await held_senders(guard.database) == {}
    # Data past the limit is dropped as it arrives, never buffered whole.
    assert rss_growth < max(size // 4, 8 * 2**20), (size, rss_growth)
    await still_serving(servers, "big")


@pytest.mark.parametrize(
    ("upstream_reply", "expected"),
    [
        (
            "552 5.3.4 Upstream: Message size exceeds fixed limit",
            "552 5.3.4 Upstream: Message size exceeds fixed limit",
        ),
        ("552 5.2.2 Upstream: Mailbox full", "552 5.2.2 Upstream: Mailbox full"),
        ("552 Error: Too much mail data", "552 5.3.4 Message too big"),
    ],
)
def test_a_552_keeps_its_own_enhanced_code(upstream_reply: str, expected: str) -> None:
    """The smarthost's own 552 (its smaller size limit, a full mailbox) reaches the helpdesk as it
    said it; only aiosmtpd's bare 552 gets the catalogue's 5.3.4."""
    assert replies.translate(upstream_reply) == expected

"""Throughput bench: Postfix smtp-source → relay → Postfix smtp-sink, bsm-guard against a bare relay.

    .venv/bin/python bench/throughput.py [--quick] [--messages 1500] [--rounds 3] [--workers N]
                                         [--json results.json]

Two peers take the same load in the same run, alternating (ABBA) round after round:
  bare       bench/bare_relay.py: aiosmtpd → aiosmtplib, forwards only, one process (the fair peer)
  bsm-guard  `bsm-guard serve` with its defaults (SQLite store under a temp dir), --upstream the
             sink, --allow-network 127.0.0.0/8, and --workers N when given and supported

The upstream of both is one `smtp-sink`. Five message types, each built here with the email
package and written to a temp dir for `smtp-source -F` (one run per type, peer and round):
  plain       a plain-text reply quoting Amazon's notification
  html-reply  a 25 KB helpdesk reply: HTML and text, quoted Amazon notification history, about
              70 order ids and tracking numbers, an inline font-family that bsm-guard rewrites
  rewritten   a short HTML reply whose only findings are styling that bsm-guard rewrites
  digit-heavy 25 KB of order ids, tracking numbers, prices and dates
  pdf-invoice a short reply with a one-page PDF invoice (base64)
Before any timing each message is sent once through bsm-guard with smtplib: the reply must be
"250 2.0.0" and the verdict (read from bsm-guard's decision log) the expected one.

Per type and peer:
  msg/s    smtp-source, --sessions parallel sessions, one connection per message,
           --messages messages a run; median over the rounds (min-max)
  ratio    bsm-guard / bare of the same round; median (min-max)
  p50/p99  latency from connect to the reply to end of data, measured with this script's own
           asyncio client (smtp-source reports no per-message times): --latency-messages
           messages a round over --sessions parallel connections, all rounds pooled
  RSS      VmRSS of bsm-guard's process tree (serve and any workers) after each of its runs; max
  sink     messages smtp-sink counted in the timed and latency runs (warm-up runs are checked
           but not shown); must equal what was sent, else the bench fails

smtp-source quirks handled here: it appends CRLF to every line of the -F file (so the file is
written with LF: a CRLF file would arrive as CR CR LF), it sends a blank line before the final
".", and it speaks HELO without 8BITMIME (so every message is 7-bit). smtp-source and smtp-sink
come with Postfix: apt-get install postfix.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from base64 import b32encode
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from html import escape
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GUARD = ROOT / ".venv/bin/bsm-guard"
FROM = "support@oakandiron.example"
TO = "7xkq2m9vd4hjr1p@marketplace.amazon.co.uk"
SC = "https://sellercentral.amazon.co.uk"
SEVEN_BIT = policy.default.clone(cte_type="7bit")  # smtp-source offers no 8BITMIME


class BenchFailure(Exception):
    """A run that did not measure what it should (a refusal, a lost message, a dead process)."""


# ------------------------------------------------------------------------------------ messages
def order_id(i: int) -> str:
    return f"203-{1000000 + i * 7919 % 9000000:07d}-{2000000 + i * 104729 % 8000000:07d}"


def tracking(i: int) -> str:
    return f"1Z999AA1{10000000 + i * 65537 % 90000000:08d}" if i % 2 else f"JD{100000000 + i * 7:09d}GB"


def notice(i: int, buyer: str) -> str:
    """Amazon's buyer-message notification as the seller received it."""
    token = b32encode(i.to_bytes(9, "big")).decode()[:14]
    return (
        f"Order ID: {order_id(i)}\n1 x Cast Iron Kettle 1.5 L [ASIN: B0CX7Q2M4R]\n\n"
        f"------------- Message: -------------\n\n{buyer}\n\n------------- End message -------------\n\n"
        "To respond to this customer, please reply to this e-mail or visit your seller account "
        f"at the following link:\n\n{SC}/messaging/inbox?fi=ORDER_ID&threadId={token}&sort=DATE_DESC\n\n"
        "Sincerely,\nCustomer Service Department\nAmazon.co.uk\nhttp://www.amazon.co.uk\n\n"
        "Note: We have sent this e-mail on behalf of a third party seller. Please note that Amazon "
        "retains the e-mails sent and received through Buyer-Seller Messaging.\n\n"
        f"Was this email helpful?\n{SC}/gp/communication-manager/feedback.html?t={token}&v=1\n\n"
        f"[commMgrTok:{token}]\n"
    )


BUYER = (
    "Hello, our office ordered {n} kettles in separate orders for our branches. Two of them have not "
    "arrived yet and one came with a dented lid. Could you check where the missing ones are? Thanks, Sam"
)
AGENT = (
    "Hello Sam,\n\nThank you for your patience, and I am sorry that part of your order has not reached "
    "you yet. I have checked every order with our warehouse and the carriers this morning; here is "
    "where each of them is:\n\n{lines}\n\nThe carriers usually deliver within two working days of "
    "dispatch. The order page in your account shows the tracking status as soon as the parcel is "
    "scanned, so you can follow each one there.\n\nThe replacement for the dented lid left this "
    "morning; you do not need to send the damaged one back, please recycle it locally. The kettle is "
    "covered by our two year warranty, so if anything else goes wrong with it we will replace the "
    "part or refund the order, whichever you prefer.\n\nIf anything is still not right, reply to "
    "this message and we will sort it out.\n\nKind regards,\nNora\nOak & Iron support"
)
WROTE = "On {d:02d} Nov 2026 09:{d:02d}, Sam - Amazon Marketplace <{relay}> wrote:"


def dispatch_lines(start: int, count: int) -> list[str]:
    return [f"Order {order_id(i)}: dispatched, tracking {tracking(i)}" for i in range(start, start + count)]


def thread() -> list[tuple[str, str]]:
    """(agent reply, Amazon notification) of each earlier exchange, newest first."""
    return [
        (AGENT.format(lines="\n".join(dispatch_lines(k * 2, 2))), notice(k, BUYER.format(n=4 + k)))
        for k in range(5)
    ]


def envelope(subject: str) -> EmailMessage:
    msg = EmailMessage(policy=SEVEN_BIT)
    msg["From"] = f"Nora - Oak & Iron <{FROM}>"
    msg["To"] = TO
    msg["Subject"] = subject
    msg["Date"] = "Mon, 30 Nov 2026 10:15:00 +0000"
    msg["Message-ID"] = "<reply-4711@oakandiron.example>"
    msg["In-Reply-To"] = "<0101019abc@email.amazonses.com>"
    return msg


def quote(text: str) -> str:
    return "".join(f"> {line}\n" if line else ">\n" for line in text.splitlines())


def plain() -> EmailMessage:
    msg = envelope(f"Re: Inquiry from Amazon customer (Order: {order_id(0)})")
    own = AGENT.format(lines="\n".join(dispatch_lines(0, 4)))
    msg.set_content(own + "\n\n" + WROTE.format(d=1, relay=TO) + "\n" + quote(notice(0, BUYER.format(n=4))))
    return msg


def html_reply() -> EmailMessage:
    msg = envelope(f"Re: Inquiry from Amazon customer (Order: {order_id(0)})")
    own = AGENT.format(lines="\n".join(dispatch_lines(10, 5)))
    text, html = [own], [f'<div style="font-family:Calibri,Arial,sans-serif">{paragraphs(own)}</div>']
    for d, (agent, amazon) in enumerate(thread(), 1):
        nora = f"On {d:02d} Nov 2026 16:{d:02d}, Nora - Oak & Iron support wrote:"  # no address: a finding
        sam = WROTE.format(d=d, relay=TO)
        text.append(nora + "\n" + quote(agent + "\n\n" + sam + "\n" + quote(amazon)))
        html.append(
            f'<div>{escape(nora)}</div><blockquote type="cite">{paragraphs(agent)}<div>{escape(sam)}</div>'
            f'<blockquote type="cite">{paragraphs(amazon)}</blockquote></blockquote>'
        )
    msg.set_content("\n\n".join(text))
    msg.add_alternative("<html><body>" + "\n".join(html) + "</body></html>", subtype="html")
    return msg


def paragraphs(text: str) -> str:
    return "\n".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))


def rewritten() -> EmailMessage:
    msg = envelope(f"Re: Your order {order_id(3)}")
    text = "Hello Sam,\n\nYour replacement lid left our warehouse today.\n\nKind regards,\nNora"
    msg.set_content(text)
    msg.add_alternative(
        '<html><body><p style="font-family:Georgia,serif;color:#1f3864">Hello Sam,</p>'
        + "<p>&nbsp;</p>" * 4
        + f"<p>Your replacement lid for order {order_id(3)} left our warehouse today with Royal Mail, "
        f"tracking {tracking(4)}.</p><p>Kind regards,<br>Nora</p></body></html>",
        subtype="html",
    )
    return msg


def digit_heavy() -> EmailMessage:
    msg = envelope(f"Re: Statement for your orders (Order: {order_id(0)})")
    rows = [
        (
            order_id(i),
            f"{i % 28 + 1:02d}/11/2026 14:{i % 60:02d}",
            tracking(i),
            f"£{19 + i * 37 % 400}.{i % 100:02d}",
        )
        for i in range(140)
    ]
    intro = "Hello Sam,\n\nHere is the statement you asked for, one line per order:"
    msg.set_content(f"{intro}\n\n" + "\n".join("  ".join(row) for row in rows) + "\n\nKind regards,\nNora")
    cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n" for row in rows)
    sign = "<p>Kind regards,<br>Nora</p>"
    msg.add_alternative(
        f"<html><body>{paragraphs(intro)}<table>\n{cells}</table>{sign}</body></html>", subtype="html"
    )
    return msg


def pdf_invoice() -> EmailMessage:
    msg = envelope(f"Re: VAT invoice for order {order_id(5)}")
    msg.set_content(
        f"Hello Sam,\n\nPlease find attached the VAT invoice for order {order_id(5)} you asked for.\n\n"
        "Kind regards,\nNora\nOak & Iron support"
    )
    lines = ["Oak & Iron Ltd - VAT invoice INV-2026-0042", f"Order {order_id(5)}, 30/11/2026", ""]
    lines += [f"{n} x Cast Iron Kettle 1.5 L   GBP {n * 39.99:.2f}" for n in (1, 2)]
    lines += ["", "Total GBP 119.97 including VAT GBP 19.99"]
    msg.add_attachment(pdf(lines), maintype="application", subtype="pdf", filename="INV-2026-0042.pdf")
    return msg


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF 1.4 with the lines in Helvetica (byte offsets in the xref table)."""
    shown = " ".join("(" + re.sub(r"([()\\])", r"\\\1", line) + ") '" for line in lines)
    stream = f"BT /F1 11 Tf 14 TL 56 780 Td {shown} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# name → (builder, the verdict bsm-guard must reach)
MESSAGES: dict[str, tuple[Callable[[], EmailMessage], str]] = {
    "plain": (plain, "deliver"),
    "html-reply": (html_reply, "rewrite"),
    "rewritten": (rewritten, "rewrite"),
    "digit-heavy": (digit_heavy, "deliver"),
    "pdf-invoice": (pdf_invoice, "deliver"),
}
ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z999AA1\d{8}\b|\bJD\d{9}GB\b")


def wire_file(msg: EmailMessage) -> bytes:
    """The -F file: LF line ends (smtp-source appends CRLF to each line), 7-bit only."""
    raw = msg.as_bytes()
    if max(raw) > 127:
        raise BenchFailure("a message has 8-bit bytes: smtp-source offers no 8BITMIME")
    return raw


def wire_data(lf: bytes) -> bytes:
    """What smtp-source sends after DATA for the file ``lf``: its lines with CRLF and leading dots
    doubled, then the blank line and the "." it always ends with."""
    lines = lf.removesuffix(b"\n").split(b"\n")
    stuffed = (b"." + line if line.startswith(b".") else line for line in lines)
    return b"".join(line + b"\r\n" for line in stuffed) + b"\r\n.\r\n"


# ----------------------------------------------------------------------------------- processes
def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin")
    if found is None:
        raise BenchFailure(f"{name} is missing: apt-get install postfix")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Procs:
    """The processes this bench started; ``stop`` ends each of them by its own handle."""

    def __init__(self) -> None:
        self.started: list[subprocess.Popen[bytes]] = []

    def spawn(self, name: str, args: list[str], port: int, log: Path | None = None, **kw: Any) -> int:
        proc = subprocess.Popen(args, **kw)
        self.started.append(proc)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                tail = log.read_text()[-2000:] if log else ""
                raise BenchFailure(f"{name} exited with {proc.returncode} at start-up\n{tail}")
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                return proc.pid
            except OSError:
                time.sleep(0.1)
        raise BenchFailure(f"{name}: nothing listens on {port} after 60 s")

    def stop(self) -> None:
        for proc in reversed(self.started):
            proc.terminate()
        for proc in self.started:
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@dataclass
class Sink:
    """smtp-sink, its running counter ("sess=… quit=… mesg=N") going to a file."""

    port: int
    counter: Path

    def received(self) -> int:
        with self.counter.open("rb") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - 200))
            found = re.findall(rb"mesg=(\d+)", f.read())
        return int(found[-1]) if found else 0

    def expect(self, before: int, sent: int) -> int:
        """What arrived since the count was ``before`` (given 10 s to settle); fails unless ``sent``."""
        deadline = time.monotonic() + 10
        while (got := self.received() - before) < sent and time.monotonic() < deadline:
            time.sleep(0.05)
        if got != sent:
            raise BenchFailure(f"smtp-sink received {got} of {sent} messages")
        return got


def start_sink(procs: Procs, work: Path) -> Sink:
    port, counter = free_port(), work / "sink.counter"
    user = ["-u", "nobody"] if os.geteuid() == 0 else []  # smtp-sink refuses to run as root
    with counter.open("wb") as out:
        procs.spawn(
            "smtp-sink", [tool("smtp-sink"), *user, "-c", f"127.0.0.1:{port}", "1000"], port, stdout=out
        )
    return Sink(port, counter)


def workers_supported() -> bool:
    shown = subprocess.run([str(GUARD), "serve", "--help"], capture_output=True, text=True, check=True)
    return "--workers" in shown.stdout


def start_guard(procs: Procs, home: Path, upstream: int, workers: int | None) -> tuple[int, int]:
    """``bsm-guard serve`` with its defaults in ``home`` (the store: home/var/bsm-guard.db)."""
    port = free_port()
    args = [str(GUARD), "serve", "--listen", f"127.0.0.1:{port}", "--http", f"127.0.0.1:{free_port()}"]
    args += ["--upstream", f"127.0.0.1:{upstream}", "--allow-network", "127.0.0.0/8"]
    if workers is not None:
        args += ["--workers", str(workers)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("BSM_GUARD_")}  # no outside config
    home.mkdir()
    log = home / "stderr.log"
    with (home / "decisions.jsonl").open("wb") as out, log.open("wb") as err:
        pid = procs.spawn("bsm-guard serve", args, port, log, cwd=home, env=env, stdout=out, stderr=err)
    return port, pid


def start_bare(procs: Procs, upstream: int) -> int:
    port, script = free_port(), str(ROOT / "bench/bare_relay.py")
    procs.spawn(
        "bare relay", [sys.executable, script, "--listen", str(port), "--upstream", str(upstream)], port
    )
    return port


def rss_tree(pid: int) -> list[tuple[str, int]]:
    """(name, VmRSS in kB) of ``pid`` and of every process below it."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(stat.parent.name))
    out: list[tuple[str, int]] = []
    todo = [pid]
    while todo:
        current = todo.pop(0)
        todo += sorted(children.get(current, []))
        try:
            lines = Path(f"/proc/{current}/status").read_text().splitlines()
        except OSError:
            continue
        status = dict(line.split(":", 1) for line in lines if ":" in line)
        out.append((status["Name"].strip(), int(status.get("VmRSS", "0 kB").split()[0])))
    return out


# ---------------------------------------------------------------------------------------- load
def smtp_source(port: int, eml: Path, count: int, sessions: int) -> float:
    """Messages per second of one smtp-source run; it exits non-zero on any reply but 2xx/3xx."""
    args = [tool("smtp-source"), "-s", str(sessions), "-m", str(count), "-F", str(eml)]
    t0 = time.perf_counter()
    done = subprocess.run([*args, "-f", FROM, "-t", TO, f"127.0.0.1:{port}"], capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise BenchFailure(f"smtp-source exited with {done.returncode}: {done.stderr.strip()}")
    return count / elapsed


async def latencies(port: int, data: bytes, count: int, sessions: int) -> list[float]:
    """Seconds from connect to the reply to end of data, ``sessions`` connections at a time."""
    todo, times = iter(range(count)), list[float]()

    async def session() -> None:
        for _ in todo:
            times.append(await send(port, data))

    await asyncio.gather(*(session() for _ in range(sessions)))
    return times


async def send(port: int, data: bytes) -> float:
    """One message on one connection, as smtp-source sends it (HELO, no pipelining)."""
    t0 = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        steps = [b"", b"HELO bench\r\n", f"MAIL FROM:<{FROM}>\r\n".encode(), f"RCPT TO:<{TO}>\r\n".encode()]
        for command in [*steps, b"DATA\r\n", data]:
            writer.write(command)
            await writer.drain()
            reply = await read_reply(reader)
            if not reply.startswith((b"2", b"3")):
                raise BenchFailure(f"{command[:20]!r} answered {reply!r}")
        elapsed = time.perf_counter() - t0
        writer.write(b"QUIT\r\n")
        await read_reply(reader)
    finally:
        writer.close()
    return elapsed


async def read_reply(reader: asyncio.StreamReader) -> bytes:
    while (line := await reader.readline())[3:4] == b"-":
        pass
    return line


def precheck(port: int, lf: bytes, decisions: Path) -> tuple[str, str]:
    """Send one message with smtplib; its reply must be 250 2.0.0. Returns (what happened, verdict)."""
    seen = decisions.read_text().count("\n")
    with smtplib.SMTP("127.0.0.1", port, local_hostname="bench", timeout=60) as smtp:
        smtp.helo()
        replies = [smtp.mail(FROM), smtp.rcpt(TO), smtp.data(lf.replace(b"\n", b"\r\n") + b"\r\n")]
    code, text = replies[-1]
    if any(c != 250 for c, _ in replies) or not text.startswith(b"2.0.0"):
        raise BenchFailure(f"bsm-guard did not relay it: {replies}")
    deadline = time.monotonic() + 10
    while (lines := decisions.read_text().splitlines())[seen:] == [] and time.monotonic() < deadline:
        time.sleep(0.05)
    logged = [json.loads(line) for line in lines[seen:] if line.startswith("{")]
    found = [d for d in logged if d.get("event") == "message"]
    if not found:
        raise BenchFailure("bsm-guard logged no decision")
    verdict = found[-1]["verdict"]
    return f"{code} {text.decode()[:40]}; verdict {verdict} {found[-1]['rules']}", verdict


# ------------------------------------------------------------------------------------- the run
@dataclass
class Runs:
    """One peer's runs of one message type."""

    rates: list[float] = field(default_factory=list)
    times: list[float] = field(default_factory=list)  # latency-client seconds, all rounds
    rss_kb: list[list[tuple[str, int]]] = field(default_factory=list)  # per run: (process, VmRSS)
    sent: int = 0
    received: int = 0  # by smtp-sink

    def ms(self, percent: int) -> float:
        return statistics.quantiles(self.times, n=100, method="inclusive")[percent - 1] * 1000

    def json(self) -> dict[str, Any]:
        return {
            "msg_per_s": {"median": statistics.median(self.rates), "rounds": self.rates},
            "latency_ms": {"p50": self.ms(50), "p99": self.ms(99), "samples": len(self.times)},
            "sent": self.sent,
            "received_by_sink": self.received,
        } | ({"rss_kb": self.rss_kb} if self.rss_kb else {})


@dataclass
class Peer:
    name: str
    port: int
    pid: int | None  # whose process tree's RSS is read after each run (bsm-guard's)


@dataclass
class Load:
    messages: int
    sessions: int
    latency_messages: int
    sink: Sink

    def run(self, peer: Peer, eml: Path, data: bytes, runs: Runs) -> None:
        """One smtp-source run and one latency-client run, each checked at the sink."""
        before = self.sink.received()
        runs.rates.append(smtp_source(peer.port, eml, self.messages, self.sessions))
        runs.received += self.sink.expect(before, self.messages)
        if peer.pid is not None:
            runs.rss_kb.append(rss_tree(peer.pid))
        before = self.sink.received()
        runs.times += asyncio.run(latencies(peer.port, data, self.latency_messages, self.sessions))
        runs.received += self.sink.expect(before, self.latency_messages)
        runs.sent += self.messages + self.latency_messages

    def warm_up(self, peer: Peer, eml: Path) -> None:
        before, count = self.sink.received(), min(100, self.messages)
        smtp_source(peer.port, eml, count, self.sessions)
        self.sink.expect(before, count)


def bench(args: argparse.Namespace, work: Path, procs: Procs) -> dict[str, dict[str, Any]]:
    """Start the sink and the peers, check every message once, then the alternating rounds."""
    tool("smtp-source")
    workers = args.workers
    if workers is not None and not workers_supported():
        if workers != 1:
            raise BenchFailure(f"bsm-guard serve has no --workers option yet: cannot run {workers} workers")
        workers = None  # without the option serve is one process
    sink = start_sink(procs, work)
    guard_port, guard_pid = start_guard(procs, work / "guard", sink.port, workers)
    peers = [Peer("bare", start_bare(procs, sink.port), None), Peer("bsm-guard", guard_port, guard_pid)]
    serve = f"--workers {workers}" if workers is not None else "without --workers"
    print(
        f"{args.messages} messages a run, {args.sessions} sessions, {args.rounds} rounds, "
        f"{args.latency_messages} latency messages a round; bsm-guard serve {serve}; "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    results: dict[str, dict[str, Any]] = {}
    for name, (build, expected) in MESSAGES.items():
        lf = wire_file(build())
        (work / f"{name}.eml").write_bytes(lf)
        said, verdict = precheck(guard_port, lf, work / "guard/decisions.jsonl")
        text = "".join(p.get_content() for p in build().walk() if p.get_content_maintype() == "text")
        print(f"{name:12} {len(lf):6,} bytes, {len(ID.findall(text))} order ids/tracking numbers: {said}")
        if verdict != expected:
            raise BenchFailure(f"{name}: bsm-guard's verdict is {verdict}; this message must get {expected}")
        results[name] = {"bytes": len(lf), "verdict": verdict} | {p.name: Runs() for p in peers}
    load = Load(args.messages, args.sessions, args.latency_messages, sink)
    for name, entry in results.items():
        eml = work / f"{name}.eml"
        data = wire_data(eml.read_bytes())
        for peer in peers:
            load.warm_up(peer, eml)
        for r in range(args.rounds):
            for peer in peers if r % 2 == 0 else peers[::-1]:  # ABBA: neither peer always goes first
                load.run(peer, eml, data, entry[peer.name])
            rates = "  ".join(f"{p.name} {entry[p.name].rates[-1]:6.1f} msg/s" for p in peers)
            print(f"{name:12} round {r + 1}/{args.rounds}: {rates}", flush=True)
    return results


# ------------------------------------------------------------------------------------- report
def spread(values: list[float], fmt: str) -> str:
    """Median (min-max)."""
    return f"{statistics.median(values):{fmt}} ({min(values):{fmt}}-{max(values):{fmt}})"


COLUMNS = "message|bytes|bare msg/s|bsm-guard msg/s|ratio|bare p50/p99 ms|guard p50/p99 ms|guard RSS MB"
COLUMNS += "|sink got/sent"


def report(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Print the table and the one-line summary; return the results as JSON data."""
    row = "{:12} {:>7} {:>19} {:>19} {:>17} {:>16} {:>16} {:>15} {:>13}"
    print("\n" + row.format(*COLUMNS.split("|")))
    out: dict[str, Any] = {}
    ratios: list[float] = []
    sent = received = 0
    for name, entry in results.items():
        bare, guard = entry["bare"], entry["bsm-guard"]
        paired = [g / b for g, b in zip(guard.rates, bare.rates, strict=True)]
        ratios += paired
        sent, received = sent + bare.sent + guard.sent, received + bare.received + guard.received
        width = max(len(run) for run in guard.rss_kb)  # serve, then each process under it
        rss = [max(run[i][1] for run in guard.rss_kb if len(run) > i) / 1024 for i in range(width)]
        print(
            row.format(
                name,
                f"{entry['bytes']:,}",
                spread(bare.rates, ".1f"),
                spread(guard.rates, ".1f"),
                spread(paired, ".2f"),
                f"{bare.ms(50):.1f}/{bare.ms(99):.1f}",
                f"{guard.ms(50):.1f}/{guard.ms(99):.1f}",
                " + ".join(f"{mb:.0f}" for mb in rss),
                f"{bare.received + guard.received:,}/{bare.sent + guard.sent:,}",
            )
        )
        out[name] = {"bytes": entry["bytes"], "verdict": entry["verdict"], "ratio": paired}
        out[name] |= {"bare": bare.json(), "bsm-guard": guard.json()}
    ratio = statistics.median(ratios)
    print("msg/s, ratio: median (min-max) of the rounds; guard RSS: VmRSS of serve (+ each process under it)")
    print(
        f"summary: bsm-guard relays {ratio:.2f}x the bare relay's messages/s (median of all rounds and "
        f"types, {min(ratios):.2f}-{max(ratios):.2f}; target >= 0.80: {'' if ratio >= 0.8 else 'NOT '}met); "
        f"the sink got {received:,} of {sent:,} messages; load average now {os.getloadavg()[0]:.2f}"
    )
    load = os.getloadavg()[0]
    return {
        "ratio_median": ratio,
        "sent": sent,
        "received_by_sink": received,
        "load_average": load,
        "types": out,
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="smoke run: 100 messages a run, 2 rounds, 40 latency")
    p.add_argument("--messages", type=int, help="messages per smtp-source run (default 1500)")
    p.add_argument("--rounds", type=int, help="alternating rounds per message type (default 3)")
    p.add_argument(
        "--latency-messages", type=int, help="latency-client messages a round and peer (default 300)"
    )
    p.add_argument("--sessions", type=int, default=10, help="parallel SMTP sessions (default 10)")
    p.add_argument(
        "--workers", type=int, help="bsm-guard serve --workers N (1 runs even without that option)"
    )
    p.add_argument(
        "--json", type=Path, metavar="FILE", help="also write the results here (default: not written)"
    )
    args = p.parse_args()
    args.messages = args.messages or (100 if args.quick else 1500)
    args.rounds = args.rounds or (2 if args.quick else 3)
    args.latency_messages = args.latency_messages or (40 if args.quick else 300)
    work, procs = Path(tempfile.mkdtemp(prefix="bsm-bench-")), Procs()
    try:
        results = report(bench(args, work, procs))
    except BenchFailure as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        procs.stop()
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        meta = {"args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()}}
        args.json.write_text(json.dumps(meta | results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

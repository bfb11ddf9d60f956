"""Test helpers: `bsm-guard serve` subprocesses, a recording upstream, SMTP and HTTP clients."""

from __future__ import annotations

import contextlib
import os
import signal
import smtplib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import yaml
from aiosmtpd.controller import Controller
from prometheus_client.parser import text_string_to_metric_families

REPO = Path(__file__).resolve().parents[1]
RULES = REPO / "rules"
# Start-up builds every rule pack; on a loaded 2-core machine that took 18 s once.
READY_TIMEOUT = float(os.environ.get("BSM_GUARD_TEST_READY_TIMEOUT", "90"))
STOP_TIMEOUT = 20.0
SMTP_TIMEOUT = 30.0
BUYER = "buyer-7@marketplace.amazon.com"
# `make test` runs the process tests a second time with several workers (`serve --workers`).
TEST_WORKERS = os.environ.get("BSM_GUARD_TEST_WORKERS", "")
AGENT = "support@shop.example"


def free_port() -> int:
    """A port nobody listens on right now (the small race with other binders is accepted)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(
    predicate: Callable[[], bool], timeout: float, step: float = 0.2, what: str = "condition"
) -> None:
    """Poll ``predicate`` until it is true; ``AssertionError`` naming ``what`` on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


# ----------------------------------------------------------------------------- upstream


class _Recorder:
    """aiosmtpd handler that keeps every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.messages.append(
                (envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or b"")
            )
        return "250 2.0.0 Ok: queued by the test upstream"


class RecordingUpstream:
    """An in-process SMTP smarthost (aiosmtpd in a thread) that can be stopped and restarted."""

    def __init__(self) -> None:
        self.port = free_port()
        self.handler = _Recorder()
        self._controller: Controller | None = None

    @property
    def messages(self) -> list[tuple[str, list[str], bytes]]:
        with self.handler.lock:
            return list(self.handler.messages)

    def start(self) -> None:
        if self._controller is None:
            self._controller = Controller(
                self.handler, hostname="127.0.0.1", port=self.port, server_hostname="upstream.test"
            )
            self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def bodies_with(self, needle: bytes) -> list[bytes]:
        return [raw for _, _, raw in self.messages if needle in raw]


@contextlib.contextmanager
def recording_upstream() -> Iterator[RecordingUpstream]:
    upstream = RecordingUpstream()
    upstream.start()
    try:
        yield upstream
    finally:
        upstream.stop()


# ----------------------------------------------------------------------------- bsm-guard


@dataclass
class Guard:
    """One `bsm-guard serve` process on free ports; output goes to files in ``workdir``."""

    workdir: Path
    database: str
    upstream: str
    name: str = "guard"
    config: dict[str, Any] = field(default_factory=dict)
    smtp_port: int = field(default_factory=free_port)
    http_port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def stderr_path(self) -> Path:
        return self.workdir / f"{self.name}.stderr"

    @property
    def stdout_path(self) -> Path:
        return self.workdir / f"{self.name}.stdout"

    def command(self) -> list[str]:
        config_file = self.workdir / f"{self.name}.yaml"
        config_file.write_text(yaml.safe_dump(self.config), encoding="utf-8")
        return [
            sys.executable,
            "-m",
            "proxy.cli",
            "serve",
            "--config",
            str(config_file),
            "--listen",
            f"127.0.0.1:{self.smtp_port}",
            "--http",
            f"127.0.0.1:{self.http_port}",
            "--upstream",
            self.upstream,
            "--database",
            self.database,
            "--allow-network",
            "127.0.0.0/8",
            *(
                ["--workers", TEST_WORKERS]
                if TEST_WORKERS and "workers" not in self.config.get("smtp", {})
                else []
            ),
        ]

    def start(self) -> None:
        """Spawn the process (``wait_ready`` waits for it)."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("BSM_GUARD_")}
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.proc = subprocess.Popen(self.command(), stdout=out, stderr=err, cwd=REPO, env=env)

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.stderr_path.read_text(errors="replace")[-chars:]
        except OSError:
            return "<no stderr>"

    def healthy(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise AssertionError(f"{self.name} exited with {self.proc.returncode}:\n{self.log_tail()}")
        try:
            return httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def wait_ready(self, timeout: float = READY_TIMEOUT) -> None:
        wait_until(self.healthy, timeout, what=f"{self.name} /healthz")
        wait_until(lambda: smtp_answers(self.smtp_port), 10, what=f"{self.name} SMTP banner")

    def signal(self, signum: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(signum)

    def stop(self) -> int | None:
        """SIGTERM, then SIGKILL after ``STOP_TIMEOUT``; returns the exit code."""
        if self.proc is None or self.proc.poll() is not None:
            return None if self.proc is None else self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(5)

    def get(self, path: str, token: str | None = None) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.get(f"{self.url}{path}", headers=headers, timeout=10)

    def post(self, path: str, body: dict[str, Any], token: str) -> httpx.Response:
        return httpx.post(
            f"{self.url}{path}", json=body, timeout=30, headers={"Authorization": f"Bearer {token}"}
        )

    def metrics(self) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
        """Every sample of /metrics keyed by (name, sorted labels)."""
        response = self.get("/metrics")
        response.raise_for_status()
        out: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}
        for family in text_string_to_metric_families(response.text):
            for s in family.samples:
                out[(s.name, tuple(sorted(s.labels.items())))] = float(s.value)
        return out

    def sample(self, name: str, **labels: str) -> float | None:
        return self.metrics().get((name, tuple(sorted(labels.items()))))

    def send(self, raw: bytes, to: str = BUYER) -> tuple[int, str]:
        return send(self.smtp_port, raw, to=to)


@contextlib.contextmanager
def running(guards: Sequence[Guard]) -> Iterator[Sequence[Guard]]:
    """Start every guard at once (start-up is CPU bound), wait for all, always stop them."""
    try:
        for g in guards:
            g.start()
        for g in guards:
            g.wait_ready()
        yield guards
    finally:
        for g in guards:
            g.stop()


def cli(*args: str, stdin: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``bsm-guard ARGS`` and return the completed process (text output)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BSM_GUARD_")}
    return subprocess.run(
        [sys.executable, "-m", "proxy.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env=env,
    )


# ----------------------------------------------------------------------------- SMTP


def smtp_answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
            return s.recv(3) == b"220"
    except OSError:
        return False


def send(port: int, raw: bytes, to: str = BUYER, mail_from: str = AGENT) -> tuple[int, str]:
    """One SMTP transaction; (code, text) of the first refused step or of the end of DATA."""
    with smtplib.SMTP("127.0.0.1", port, timeout=SMTP_TIMEOUT) as client:
        client.ehlo("helpdesk.test")
        return transaction(client, raw, to, mail_from)


def transaction(client: smtplib.SMTP, raw: bytes, to: str = BUYER, mail_from: str = AGENT) -> tuple[int, str]:
    for code, text in (client.mail(mail_from), client.rcpt(to)):
        if code >= 400:
            return code, text.decode(errors="replace")
    try:
        code, text = client.data(raw)
    except smtplib.SMTPDataError as exc:  # DATA itself refused (no 354)
        error = exc.smtp_error
        return exc.smtp_code, error.decode(errors="replace") if isinstance(error, bytes) else error
    return code, text.decode(errors="replace")


def message(subject: str, text: str, html: str | None = None, to: str = BUYER) -> bytes:
    """A helpdesk reply to a buyer (plain text, optionally with an HTML alternative)."""
    msg = EmailMessage()
    msg["From"] = f"Shop Support <{AGENT}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["In-Reply-To"] = "<question-42@marketplace.amazon.com>"
    msg["Message-ID"] = f"<{time.time_ns()}@shop.example>"
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def order_id(n: int) -> str:
    """A syntactically valid Amazon order id, distinct per ``n`` and per test run."""
    stamp = time.time_ns() % 10_000_000
    return f"{100 + n % 900:03d}-{stamp:07d}-{(n * 7919 + stamp) % 10_000_000:07d}"


# ----------------------------------------------------------------------------- load, abuse, fuzz
# (tests/test_load_abuse.py, tests/test_fuzz_smtp.py)


class SmtpStream:
    """A byte-level asyncio SMTP client: one command at a time, every reply under a deadline.

    A closed connection is the reply ``(0, "<closed>")``; a reply that does not come within
    ``timeout`` raises ``TimeoutError`` (the caller counts it as a hang)."""

    def __init__(self, reader: Any, writer: Any) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> SmtpStream:
        import asyncio

        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=2**20)
        return cls(reader, writer)

    async def reply(self, timeout: float = SMTP_TIMEOUT) -> tuple[int, str]:
        import asyncio

        lines: list[bytes] = []
        while True:
            line = await asyncio.wait_for(self.reader.readline(), timeout)
            if not line.endswith(b"\n"):  # closed (mid-reply: what came, then closed)
                return 0, b"".join(lines).decode(errors="replace") + "<closed>"
            lines.append(line)
            if line[3:4] != b"-":
                text = b"".join(lines).decode(errors="replace").rstrip("\r\n")
                return int(line[:3]) if line[:3].isdigit() else -1, text

    async def cmd(self, line: bytes, timeout: float = SMTP_TIMEOUT) -> tuple[int, str]:
        self.writer.write(line + b"\r\n")
        await self.writer.drain()
        return await self.reply(timeout)

    async def send_data(self, raw: bytes, timeout: float = SMTP_TIMEOUT) -> tuple[int, str]:
        """The message after a 354: CRLF line ends, dot-stuffed, then the end-of-data mark."""
        lines = raw.replace(b"\r\n", b"\n").split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        body = b"".join((b"." + line if line.startswith(b".") else line) + b"\r\n" for line in lines)
        self.writer.write(body + b".\r\n")
        await self.writer.drain()
        return await self.reply(timeout)

    async def transaction(
        self, raw: bytes, to: str = BUYER, mail_from: str = AGENT, timeout: float = SMTP_TIMEOUT
    ) -> tuple[int, str]:
        """MAIL, RCPT, DATA: the first refused step's reply, else the end-of-data reply."""
        for line in (f"MAIL FROM:<{mail_from}>".encode(), f"RCPT TO:<{to}>".encode(), b"DATA"):
            code, text = await self.cmd(line, timeout)
            if code not in (250, 354):
                return code, text
        return await self.send_data(raw, timeout)

    def close(self) -> None:
        self.writer.close()


def vm_rss(pid: int) -> int:
    """Resident set size of process ``pid`` in bytes (``VmRSS`` of /proc/PID/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmRSS for process {pid}")


async def held_senders(database: str) -> dict[str, str]:
    """Every message in the quarantine (any status) as held id -> envelope sender, read through
    the store API."""
    from proxy.store import open_store
    from proxy.store.api import HeldFilter

    store = await open_store(database, pooled=False)
    try:
        held: dict[str, str] = {}
        offset = 0
        while True:
            page, total = await store.list_held(HeldFilter(sort="created_at", offset=offset, limit=1000))
            held.update((h.id, h.mail_from) for h in page)
            offset += len(page)
            if not page or offset >= total:
                return held
    finally:
        await store.close()


# ----------------------------------------------------------------------------- faults
# (tests/test_faults.py)


def _live_by_parent() -> dict[int, list[int]]:
    """Parent pid → its live (not zombie) children, read from /proc."""
    by_parent: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            by_parent.setdefault(int(fields[1]), []).append(int(entry.name))
    return by_parent


def children(pid: int) -> list[int]:
    """The live processes whose parent is ``pid``."""
    return _live_by_parent().get(pid, [])


def descendants(pid: int) -> list[int]:
    """Every live process below ``pid`` (children, their children, …), read from /proc."""
    by_parent = _live_by_parent()
    found, todo = [], [pid]
    while todo:
        for child in by_parent.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _running(pid: int) -> bool:
    """Any thread of ``pid`` still alive (a killed process's main thread can be a zombie while
    its other threads still hold its files open)."""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return False
    for task in tasks:
        try:
            if (task / "stat").read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X"):
                return True
        except OSError:
            continue
    return False


def freeze(guard: Guard) -> list[int]:
    """SIGSTOP ``guard``'s process and every worker under it (the supervisor first, so it
    starts no new worker meanwhile); returns their pids."""
    assert guard.proc is not None
    with contextlib.suppress(ProcessLookupError):
        os.kill(guard.proc.pid, signal.SIGSTOP)
    tree = descendants(guard.proc.pid)
    for pid in tree:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGSTOP)
    return [guard.proc.pid, *tree]


def kill_hard(guard: Guard) -> None:
    """kill -9 of ``guard`` and of every worker under it (a killed supervisor would only send its
    workers SIGTERM, and they would finish their transactions): nobody gets to say anything.
    The workers run until their own SIGKILL; only a supervisor is stopped first, so that it
    starts no new worker in between. (Stopping a process that handles mail would let its peers,
    the upstream, go on meanwhile: another fault than kill -9.)"""
    assert guard.proc is not None
    tree = descendants(guard.proc.pid)
    if tree:
        with contextlib.suppress(ProcessLookupError):
            os.kill(guard.proc.pid, signal.SIGSTOP)
        tree = descendants(guard.proc.pid)
    for pid in tree:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    guard.proc.kill()
    guard.proc.wait(STOP_TIMEOUT)
    wait_until(lambda: not any(_running(p) for p in tree), STOP_TIMEOUT, what="the killed workers to be gone")

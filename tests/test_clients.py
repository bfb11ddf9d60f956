"""Compatibility matrix: real SMTP clients → a real bsm-guard → a recording upstream.

Every cell is one client program sending one message through bsm-guard (``App.start`` in this
process, in its own thread and event loop, with the shipped rule packs) to a recording aiosmtpd
upstream. Clients: swaks, Postfix as a sending MTA (a throw-away instance under /tmp), msmtp,
Python smtplib, PHPMailer, nodemailer, Ruby Net::SMTP. Transports:

- ``plain``: no TLS, no AUTH; the client is on ``smtp.allow_networks`` (127.0.0.0/8);
- ``starttls``: ``smtp.listen`` with STARTTLS, then AUTH PLAIN/LOGIN as a bsm-guard user;
- ``implicit``: ``smtp.tls_listen`` (TLS from the first byte), then AUTH.

The AUTH instance has no ``allow_networks``: a client that did not authenticate gets 530.

Outcomes, each from the real detectors:

- ``relayed``: a compliant reply. The client must see ``250 2.0.0``, and the upstream must
  hold exactly the bytes the client submitted: line endings normalised to CRLF and trailing
  line breaks ignored, otherwise identical (every header and the body). Postfix may only add
  trace headers in front (``Received:``). Besides, Subject, From and To (decoded) and the
  decoded body text must be the ones the test asked the client to send. "Submitted" is the
  file given to swaks/msmtp/smtplib/Net::SMTP/sendmail, PHPMailer's
  ``getSentMIMEMessage()``, and the bytes nodemailer built for its SMTP stream.
- ``refused``: a link (``www.example-shop.co.uk/manual``): the client's error output or
  exception contains ``550`` and ``external_link``; nothing reaches the upstream. For Postfix:
  the message bounces, the bounce (a DSN to the sender) carries the 550 text, the queue is
  empty.
- ``held``: an insult ("you idiot"): the client sees ``250 2.6.0``; nothing reaches the upstream.
- ``tempfail`` (Postfix only): the upstream answers 451, bsm-guard answers 451 4.4.1, the
  message stays in Postfix's queue, and Postfix's own retry delivers it once the upstream is back.

At the end of the module the matrix is printed, and written to ``docs/clients.md`` when every
cell ran (no cell skipped or deselected), so that page says what actually ran.

A missing client program skips its cells with the reason; under ``.ci/run``
(``BSM_GUARD_TEST_REQUIRE_CLIENTS=1``) it fails instead. Every subprocess has a timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import email
import email.policy
import json
import os
import re
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from argon2 import PasswordHasher

pytestmark = [pytest.mark.external]

REPO = Path(__file__).resolve().parents[1]
RULES = str(REPO / "rules")
CLIENT_DIR = Path(__file__).resolve().parent / "clients"
DOC = REPO / "docs" / "clients.md"
PHPMAILER = Path(os.environ.get("PHPMAILER_AUTOLOAD", "/usr/share/php/libphp-phpmailer/autoload.php"))
REQUIRE = os.environ.get("BSM_GUARD_TEST_REQUIRE_CLIENTS") == "1"

CLIENT_TIMEOUT = 40.0  # one client run (connect, TLS, AUTH, one message)
POSTFIX_DEADLINE = 25.0  # one Postfix outcome (queue, deliver, bounce or retry)

AGENT_NAME, AGENT_PASSWORD = "agent-1", "helpdesk pass 7"
SENDER, SENDER_NAME = "support@shop.example", "Shop Support"
BUYER = "buyer-7@marketplace.amazon.com"
SUBJECT = "Re: Your order 114-1234567-1234567"
IN_REPLY_TO = "<question-42@marketplace.amazon.com>"
DATE = "Thu, 27 Nov 2026 13:58:13 +0000"
BODIES = {
    "relayed": "Hello Sam,\n\nyour parcel left today with DHL. It should arrive on Thursday.\n\n"
    "Kind regards,\nNora\n",
    "refused": "Hello Sam,\n\nthe manual is on our website www.example-shop.co.uk/manual for you.\n\n"
    "Kind regards,\nNora\n",
    "held": "Hello Sam,\n\nwe have explained this three times. Stop wasting our time, you idiot.\n\n"
    "Kind regards,\nNora\n",
}
BODIES["tempfail"] = BODIES["relayed"]

CLIENTS = {
    "swaks": "swaks",
    "postfix": "Postfix (sending MTA)",
    "msmtp": "msmtp",
    "smtplib": "Python smtplib",
    "phpmailer": "PHPMailer",
    "nodemailer": "nodemailer",
    "netsmtp": "Ruby Net::SMTP",
}
TRANSPORTS = {"plain": "plain", "starttls": "STARTTLS", "implicit": "implicit TLS"}
OUTCOMES = ("relayed", "refused", "held")
POSTFIX_OUTCOMES = (*OUTCOMES, "tempfail")
SHOWN = {"relayed": "relayed", "refused": "550 shown", "held": "held", "tempfail": "451 retried"}


@dataclass(frozen=True)
class Cell:
    client: str
    transport: str
    outcome: str

    @property
    def id(self) -> str:
        return f"{self.client}-{self.transport}-{self.outcome}"

    @property
    def shown(self) -> str:
        return "550 bounced" if (self.client, self.outcome) == ("postfix", "refused") else SHOWN[self.outcome]


def _cells() -> list[Any]:
    out = []
    for client in CLIENTS:
        for transport in TRANSPORTS:
            for outcome in POSTFIX_OUTCOMES if client == "postfix" else OUTCOMES:
                out.append(
                    pytest.param(Cell(client, transport, outcome), id=f"{client}-{transport}-{outcome}")
                )
    return out


CELLS = _cells()
RESULTS: dict[Cell, str] = {}  # "ok", "failed", "skipped: reason"


# ----------------------------------------------------------------------------- upstream


class _Recorder:
    """aiosmtpd handler keeping every message; ``reply`` is what the end of DATA answers."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.reply = "250 2.0.0 Ok: queued by the test upstream"
        self.lock = threading.Lock()
        self.port = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        reply = self.reply
        if reply.startswith("250"):
            with self.lock:
                self.messages.append(
                    (envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or b"")
                )
        return reply

    def find(self, needle: bytes, rcpt: str | None = None) -> list[bytes]:
        with self.lock:
            return [
                raw for _, rcpts, raw in self.messages if needle in raw and (rcpt is None or rcpt in rcpts)
            ]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ----------------------------------------------------------------------------- bsm-guard


class GuardThread:
    """Two bsm-guard apps in one thread's event loop, sharing a store and the real checker:
    ``plain`` (allow-listed loopback, no TLS) and ``auth`` (STARTTLS on ``smtp.listen``,
    implicit TLS on ``smtp.tls_listen``, AUTH required, no allowed networks)."""

    def __init__(self, workdir: Path, upstream_port: int, tls: tuple[str, str]) -> None:
        self.workdir, self.upstream_port, self.tls = workdir, upstream_port, tls
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="bsm-guard", daemon=True)
        self.apps: list[Any] = []
        self.store: Any = None
        self.ports: dict[str, int] = {}

    def run(self, coro: Any, timeout: float) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def start(self, checker: Any) -> None:
        self.thread.start()
        self.run(self._start(checker), 120)

    async def _start(self, checker: Any) -> None:
        from proxy.app import App
        from proxy.settings import Settings
        from proxy.store import open_store
        from proxy.store.api import Role

        self.store = await open_store(
            f"sqlite+aiosqlite:///{self.workdir / 'guard.db'}",
            hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
        )
        await self.store.add_user(AGENT_NAME, AGENT_PASSWORD, Role.AGENT)
        common = {
            "upstream": {"address": f"127.0.0.1:{self.upstream_port}", "timeout_seconds": 10},
            "detect": {"rule_dirs": [RULES], "reload_interval_seconds": 0},
            "notify": {"enabled": False},
        }
        tls_port = _free_port()
        plain = Settings.model_validate(
            {**common, "smtp": {"listen": "127.0.0.1:0", "allow_networks": ["127.0.0.0/8"]}}
        )
        auth = Settings.model_validate(
            {
                **common,
                "smtp": {
                    "listen": "127.0.0.1:0",
                    "tls_listen": f"127.0.0.1:{tls_port}",
                    "require_auth": True,
                    "allow_networks": [],
                    "tls": {"cert_file": self.tls[0], "key_file": self.tls[1]},
                },
            }
        )
        for settings in (plain, auth):
            app = await App.start(settings, store=self.store, checker=checker, http=False, background=False)
            self.apps.append(app)
        self.ports = {
            "plain": self.apps[0].smtp_port,
            "starttls": self.apps[1].smtp_port,
            "implicit": tls_port,
        }

    async def _stop(self) -> None:
        for app in self.apps:
            with contextlib.suppress(Exception):
                await app.stop(grace=2.0)
        if self.store is not None:
            await self.store.close()

    def stop(self) -> None:
        if self.thread.is_alive():
            with contextlib.suppress(Exception):
                self.run(self._stop(), 30)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)
        if not self.loop.is_running():
            self.loop.close()


# ----------------------------------------------------------------------------- tools


def _ruby_has_net_smtp() -> bool:
    if shutil.which("ruby") is None:
        return False
    try:
        done = subprocess.run(["ruby", "-e", 'require "net/smtp"'], capture_output=True, timeout=30)
    except subprocess.TimeoutExpired:
        return False
    return done.returncode == 0


def _missing(client: str) -> str | None:
    """Why ``client`` cannot run here, or None."""
    if client == "swaks" and shutil.which("swaks") is None:
        return "swaks is not installed (apt-get install swaks)"
    if client == "msmtp" and shutil.which("msmtp") is None:
        return "msmtp is not installed (apt-get install msmtp)"
    if client == "phpmailer":
        if shutil.which("php") is None:
            return "php is not installed (apt-get install php-cli)"
        if not PHPMAILER.exists():
            return f"PHPMailer is not at {PHPMAILER} (apt-get install libphp-phpmailer)"
    if client == "nodemailer":
        if shutil.which("node") is None:
            return "node is not installed (apt-get install nodejs)"
        if not (CLIENT_DIR / "node_modules" / "nodemailer").is_dir():
            return "nodemailer is not installed (npm install --prefix tests/clients)"
    if client == "netsmtp" and not _ruby_has_net_smtp():
        return "ruby with net/smtp is not installed (apt-get install ruby)"
    if client == "postfix":
        for tool in ("postfix", "sendmail", "postqueue"):
            if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
                return f"Postfix's {tool} is not installed (apt-get install postfix)"
        if os.geteuid() != 0:
            return "a throw-away Postfix instance needs root (its master runs as root)"
    return None


_MISSING: dict[str, str | None] = {}


def require(client: str) -> None:
    if client not in _MISSING:
        _MISSING[client] = _missing(client)
    reason = _MISSING[client]
    if reason is not None:
        if REQUIRE:
            pytest.fail(f"BSM_GUARD_TEST_REQUIRE_CLIENTS=1 but {reason}")
        pytest.skip(reason)


# ----------------------------------------------------------------------------- messages


def message_id(cell: Cell) -> str:
    return f"<{cell.id}.{time.time_ns()}@shop.example>"


def raw_message(mid: str, body: str) -> bytes:
    """The message the raw-input clients submit (CRLF, 7bit, every header a client might add)."""
    head = (
        f"From: {SENDER_NAME} <{SENDER}>\n"
        f"To: {BUYER}\n"
        f"Subject: {SUBJECT}\n"
        f"Date: {DATE}\n"
        f"Message-ID: {mid}\n"
        f"In-Reply-To: {IN_REPLY_TO}\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 7bit\n"
    )
    return (head + "\n" + body).replace("\n", "\r\n").encode()


def crlf(data: bytes) -> bytes:
    """CRLF line endings, one final line break."""
    return re.sub(rb"\r?\n", b"\r\n", data).rstrip(b"\r\n") + b"\r\n"


def assert_same_bytes(relayed: bytes, submitted: bytes, trace_prefix: bool) -> None:
    got, sent = crlf(relayed), crlf(submitted)
    if trace_prefix and got != sent:
        assert got.endswith(sent), "the upstream's bytes do not end with what Postfix was given"
        added = got[: len(got) - len(sent)].decode(errors="replace")
        names = re.findall(r"^(\S+?):", added, flags=re.M)
        assert set(names) <= {"Received"}, f"Postfix added more than trace headers: {names}"
        return
    assert got == sent, f"relayed bytes differ from the submitted ones:\n{got!r}\n!=\n{sent!r}"


def assert_fields(relayed: bytes, body: str) -> None:
    msg = email.message_from_bytes(relayed, policy=email.policy.default)
    assert str(msg["Subject"]) == SUBJECT
    assert msg["From"].addresses[0].addr_spec == SENDER
    assert msg["From"].addresses[0].display_name == SENDER_NAME
    assert [a.addr_spec for a in msg["To"].addresses] == [BUYER]
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert text.replace("\r\n", "\n").rstrip() == body.rstrip()


# ----------------------------------------------------------------------------- clients


@dataclass
class Attempt:
    ok: bool  # the client reported success
    output: str  # what the client printed (server replies, error messages)
    submitted: bytes | None  # the exact message the client sent, when it could be captured


@dataclass(frozen=True)
class Target:
    host: str
    port: int
    security: str  # plain | starttls | implicit
    user: str | None
    password: str | None


def _run(cmd: list[str], stdin: bytes | None = None, timeout: float = CLIENT_TIMEOUT, **kw: Any) -> Attempt:
    try:
        done = subprocess.run(cmd, input=stdin, capture_output=True, timeout=timeout, **kw)
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"") + (exc.stderr or b"")
        return Attempt(
            False, f"timed out after {timeout:.0f} s: {cmd[0]}\n{out.decode(errors='replace')}", None
        )
    out = done.stdout.decode(errors="replace") + done.stderr.decode(errors="replace")
    return Attempt(done.returncode == 0, f"exit {done.returncode}\n{out}", None)


def send_swaks(t: Target, mid: str, body: str, work: Path) -> Attempt:
    raw = raw_message(mid, body)
    (work / "m.eml").write_bytes(raw)
    cmd = ["swaks", "--server", t.host, "--port", str(t.port), "--from", SENDER, "--to", BUYER]
    cmd += ["--data", f"@{work / 'm.eml'}", "--helo", "helpdesk.test", "--timeout", "20"]
    if t.security == "starttls":
        cmd += ["--tls"]  # STARTTLS, required
    elif t.security == "implicit":
        cmd += ["--tls-on-connect"]
    if t.user is not None:
        cmd += ["--auth", "PLAIN", "--auth-user", t.user, "--auth-password", str(t.password)]
    attempt = _run(cmd)
    attempt.submitted = raw
    return attempt


def send_msmtp(t: Target, mid: str, body: str, work: Path) -> Attempt:
    raw = raw_message(mid, body)
    log = work / "msmtp.log"
    cmd = ["msmtp", f"--host={t.host}", f"--port={t.port}", f"--from={SENDER}", "--timeout=20"]
    cmd += [f"--logfile={log}", "--syslog=off", "--domain=helpdesk.test"]
    # The message carries every header: msmtp must not add or change any.
    cmd += ["--set-from-header=off", "--set-date-header=off", "--set-msgid-header=off"]
    if t.security == "plain":
        cmd += ["--tls=off"]
    else:
        # The test certificate is self-signed for CN=localhost: not verified here.
        starttls = "on" if t.security == "starttls" else "off"
        cmd += ["--tls=on", f"--tls-starttls={starttls}", "--tls-certcheck=off"]
    if t.user is not None:
        (work / "password").write_text(str(t.password))
        cmd += ["--auth=plain", f"--user={t.user}", f"--passwordeval=cat {work / 'password'}"]
    else:
        cmd += ["--auth=off"]
    attempt = _run([*cmd, "--", BUYER], stdin=raw)
    if log.exists():  # the log line has the server's reply: smtpmsg='250 2.6.0 Held ...'
        attempt.output += "\n" + log.read_text(errors="replace")
    attempt.submitted = raw
    return attempt


def send_smtplib(t: Target, mid: str, body: str, work: Path) -> Attempt:
    raw = raw_message(mid, body)
    ctx = ssl.create_default_context()
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE  # self-signed test certificate
    try:
        client: smtplib.SMTP
        if t.security == "implicit":
            client = smtplib.SMTP_SSL(t.host, t.port, local_hostname="helpdesk.test", timeout=20, context=ctx)
        else:
            client = smtplib.SMTP(t.host, t.port, local_hostname="helpdesk.test", timeout=20)
        with client:
            if t.security == "starttls":
                client.starttls(context=ctx)
            if t.user is not None:
                client.login(t.user, str(t.password))
            # mail/rcpt/data rather than sendmail(): sendmail() does not return the DATA reply.
            client.ehlo_or_helo_if_needed()
            for code, text in (client.mail(SENDER), client.rcpt(BUYER)):
                if code >= 400:
                    return Attempt(False, f"{code} {text.decode(errors='replace')}", raw)
            code, text = client.data(raw)  # the reply to the end of DATA (SMTPDataError: no 354)
            return Attempt(code == 250, f"{code} {text.decode(errors='replace')}", raw)
    except smtplib.SMTPDataError as exc:
        error = (
            exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        )
        return Attempt(False, f"SMTPDataError: {exc.smtp_code} {error}", raw)
    except (smtplib.SMTPException, OSError) as exc:
        return Attempt(False, f"{type(exc).__name__}: {exc}", raw)


def send_phpmailer(t: Target, mid: str, body: str, work: Path) -> Attempt:
    config = _composer_config(t, mid, body, work)
    attempt = _run(["php", str(CLIENT_DIR / "phpmailer_send.php"), str(config)])
    sent = work / "sent.eml"
    attempt.submitted = sent.read_bytes() if sent.exists() else None
    return attempt


def send_nodemailer(t: Target, mid: str, body: str, work: Path) -> Attempt:
    config = _composer_config(t, mid, body, work)
    attempt = _run(["node", str(CLIENT_DIR / "nodemailer_send.js"), str(config)], cwd=CLIENT_DIR)
    sent = work / "sent.eml"
    attempt.submitted = sent.read_bytes() if sent.exists() else None
    return attempt


def send_netsmtp(t: Target, mid: str, body: str, work: Path) -> Attempt:
    raw = raw_message(mid, body)
    (work / "m.eml").write_bytes(raw)
    config = _composer_config(t, mid, body, work, raw_path=str(work / "m.eml"))
    attempt = _run(["ruby", str(CLIENT_DIR / "netsmtp_send.rb"), str(config)])
    attempt.submitted = raw
    return attempt


def _composer_config(t: Target, mid: str, body: str, work: Path, **extra: str) -> Path:
    config = {
        "host": t.host,
        "port": t.port,
        "security": t.security,
        "user": t.user,
        "password": t.password,
        "from": SENDER,
        "from_name": SENDER_NAME,
        "to": BUYER,
        "subject": SUBJECT,
        "body": body,
        "message_id": mid,
        "in_reply_to": IN_REPLY_TO,
        "date": "2026-11-27T13:58:13Z",
        "sent_path": str(work / "sent.eml"),
        **extra,
    }
    path = work / "client.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


SENDERS: dict[str, Callable[[Target, str, str, Path], Attempt]] = {
    "swaks": send_swaks,
    "msmtp": send_msmtp,
    "smtplib": send_smtplib,
    "phpmailer": send_phpmailer,
    "nodemailer": send_nodemailer,
    "netsmtp": send_netsmtp,
}


# ----------------------------------------------------------------------------- Postfix

MASTER_CF = """\
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
mailbox   unix  -       -       n       -       -       smtp
  -o smtp_tls_security_level=none -o smtp_tls_wrappermode=no -o smtp_sasl_auth_enable=no
"""


class PostfixInstance:
    """A throw-away Postfix (own config_directory and queue_directory under /tmp) that relays
    everything to bsm-guard (``relayhost``) except mail for the sender's domain, which goes
    straight to the recording upstream in the clear (the ``mailbox`` transport): that is where
    bounces (DSNs) to the agent land. No inet service: it only sends. Its log is
    ``maillog_file``."""

    def __init__(self, transport: str, relay_port: int, mailbox_port: int) -> None:
        # Postfix's unprivileged daemons must reach the queue: not under pytest's private tmp.
        self.root = Path(tempfile.mkdtemp(prefix=f"bsm-postfix-{transport}-"))
        self.root.chmod(0o755)
        self.conf, self.queue = self.root / "etc", self.root / "spool"
        self.data, self.log = self.root / "data", self.root / "maillog"
        self.transport, self.relay_port, self.mailbox_port = transport, relay_port, mailbox_port
        self.started = False

    def main_cf(self) -> str:
        relay = f"[127.0.0.1]:{self.relay_port}"
        lines = [
            "compatibility_level = 3.6",
            f"queue_directory = {self.queue}",
            f"data_directory = {self.data}",
            "mail_owner = postfix",
            "setgid_group = postdrop",
            f"maillog_file = {self.log}",
            f"maillog_file_prefixes = {self.root}",
            "myhostname = helpdesk.test",
            "mydomain = helpdesk.test",
            "myorigin = $myhostname",
            "mydestination =",
            "local_transport = error:local delivery is off in this test instance",
            "alias_maps =",
            "alias_database =",
            "inet_interfaces = loopback-only",
            "inet_protocols = ipv4",
            "smtputf8_enable = no",
            f"relayhost = {relay}",
            f"transport_maps = texthash:{self.conf / 'transport'}",
            # One fresh session per message; quick retries for the 451 cell.
            "smtp_connection_cache_on_demand = no",
            "queue_run_delay = 1s",
            "minimal_backoff_time = 1s",
            "maximal_backoff_time = 2s",
            "smtp_connect_timeout = 10s",
        ]
        if self.transport == "plain":
            lines += ["smtp_tls_security_level = none"]
        else:
            # Encryption required, certificate not verified (self-signed test certificate).
            lines += [
                "smtp_tls_security_level = encrypt",
                f"smtp_tls_wrappermode = {'yes' if self.transport == 'implicit' else 'no'}",
                "smtp_sasl_auth_enable = yes",
                f"smtp_sasl_password_maps = texthash:{self.conf / 'sasl_passwd'}",
                "smtp_sasl_security_options = noanonymous",
                "smtp_sasl_tls_security_options = noanonymous",
                "smtp_sasl_mechanism_filter = plain, login",
            ]
        return "\n".join(lines) + "\n"

    def postfix(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["postfix", "-c", str(self.conf), *args], capture_output=True, text=True, timeout=timeout
        )

    def start(self) -> None:
        self.conf.mkdir()
        self.data.mkdir()
        self.queue.mkdir()  # root-owned; postfix start makes its subdirectories
        shutil.chown(self.data, "postfix", "postfix")
        (self.conf / "main.cf").write_text(self.main_cf())
        (self.conf / "master.cf").write_text(MASTER_CF)
        (self.conf / "transport").write_text(f"shop.example mailbox:[127.0.0.1]:{self.mailbox_port}\n")
        sasl = self.conf / "sasl_passwd"
        sasl.write_text(f"[127.0.0.1]:{self.relay_port} {AGENT_NAME}:{AGENT_PASSWORD}\n")
        sasl.chmod(0o600)
        self.started = True  # from here on, stop() tries to stop it
        done = self.postfix("start")
        assert done.returncode == 0, (
            f"postfix start failed:\n{done.stdout}{done.stderr}{self.log_text()[-2000:]}"
        )

    def stop(self) -> None:
        if self.started:
            with contextlib.suppress(subprocess.TimeoutExpired):
                if self.postfix("stop", timeout=30).returncode == 0:
                    self.started = False
            if self.started:  # stop failed or hung: end the master by its pid file
                with contextlib.suppress(OSError, ValueError):
                    pid = int((self.queue / "pid" / "master.pid").read_text().split()[0])
                    os.kill(pid, signal.SIGKILL)
        shutil.rmtree(self.root, ignore_errors=True)

    def inject(self, raw: bytes) -> Attempt:
        cmd = ["sendmail", "-C", str(self.conf), "-i", "-f", SENDER, "--", BUYER]
        return _run(cmd, stdin=raw, timeout=30)

    def log_text(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except OSError:
            return ""

    def queue_listing(self) -> str:
        done = subprocess.run(
            ["postqueue", "-c", str(self.conf), "-p"], capture_output=True, text=True, timeout=30
        )
        return done.stdout + done.stderr

    def wait_log(self, pattern: str, deadline: float, what: str) -> re.Match[str]:
        """The first match of ``pattern`` in the log; fails at ``deadline`` (monotonic)."""
        while True:
            found = re.search(pattern, self.log_text(), flags=re.M)
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"Postfix: no {what} in time; log:\n{self.log_text()[-4000:]}")
            time.sleep(0.1)

    def wait_status(self, qid: str, deadline: float) -> tuple[str, str]:
        """(status, text) of the next delivery attempt of ``qid`` to the buyer."""
        found = self.wait_log(
            rf"{qid}: to=<{re.escape(BUYER)}>.*status=(\w+) \((.*)\)$", deadline, f"delivery status for {qid}"
        )
        return found.group(1), found.group(2)

    def wait_retry(self, qid: str, deadline: float) -> re.Match[str]:
        """The successful retry of ``qid``, with ``postqueue -f`` every few seconds: when qmgr's
        deferred scan meets the queue file while the failed attempt still holds it ("skipped,
        still being delivered"), Postfix puts the retry off by a fixed 60 s, past any deadline."""
        retry = rf"{qid}: to=<{re.escape(BUYER)}>.*status=sent \((.*)\)$"
        while True:
            with contextlib.suppress(AssertionError):
                return self.wait_log(retry, min(deadline, time.monotonic() + 3), "delivery on retry")
            if time.monotonic() > deadline:
                return self.wait_log(retry, deadline, "delivery on retry")
            flushed = subprocess.run(
                ["postqueue", "-c", str(self.conf), "-f"], capture_output=True, text=True, timeout=30
            )
            assert flushed.returncode == 0, f"postqueue -f failed: {flushed.stdout}{flushed.stderr}"

    def wait_listing(self, qid: str, reason: str, deadline: float) -> None:
        """``postqueue -p`` shows ``qid`` with ``reason`` (polled: a retry may be under way)."""
        while not (qid in (listing := self.queue_listing()) and reason in listing):
            if time.monotonic() > deadline:
                raise AssertionError(f"{qid} is not queued with {reason!r}:\n{listing}")
            time.sleep(0.2)

    def wait_queue_empty(self, deadline: float) -> None:
        while "Mail queue is empty" not in (listing := self.queue_listing()):
            if time.monotonic() > deadline:
                raise AssertionError(f"Postfix queue not empty in time:\n{listing}")
            time.sleep(0.2)


def run_postfix_cell(pf: PostfixInstance, cell: Cell, mid: str, upstream: _Recorder) -> None:
    deadline = time.monotonic() + POSTFIX_DEADLINE
    raw = raw_message(mid, BODIES[cell.outcome])
    normal = upstream.reply
    if cell.outcome == "tempfail":
        upstream.reply = "451 4.3.0 test upstream busy, try again later"
    try:
        injected = pf.inject(raw)
        assert injected.ok, f"Postfix sendmail failed: {injected.output}"
        qid = pf.wait_log(rf"(\w+): message-id={re.escape(mid)}", deadline, f"queue id of {mid}").group(1)
        status, text = pf.wait_status(qid, deadline)
        if cell.outcome == "tempfail":
            assert status == "deferred" and "451 4.4.1" in text, (status, text)
            pf.wait_listing(qid, "451 4.4.1", deadline)
            upstream.reply = normal  # the upstream is back: Postfix's own retry must deliver it
            sent = pf.wait_retry(qid, deadline)
            assert sent.group(1).startswith("250 2.0.0 Relayed"), sent.group(1)
    finally:
        upstream.reply = normal
    if cell.outcome in ("relayed", "tempfail"):
        if cell.outcome == "relayed":
            assert status == "sent" and text.startswith("250 2.0.0 Relayed"), (status, text)
        found = upstream.find(mid.encode(), BUYER)
        assert len(found) == 1, f"{len(found)} copies upstream"
        assert_same_bytes(found[0], raw, trace_prefix=True)
        assert_fields(found[0], BODIES[cell.outcome])
    elif cell.outcome == "refused":
        assert status == "bounced" and "550 5.7.1 external_link" in text, (status, text)
        bounce = pf.wait_log(rf"{qid}: sender non-delivery notification: (\w+)", deadline, "bounce")
        pf.wait_log(rf"{bounce.group(1)}: to=<{re.escape(SENDER)}>.*status=sent", deadline, "DSN delivery")
        dsns = upstream.find(mid.encode(), SENDER)
        assert len(dsns) == 1 and b"external_link" in dsns[0], "the DSN to the sender lacks the 550 text"
        assert not upstream.find(mid.encode(), BUYER)
    elif cell.outcome == "held":
        assert status == "sent" and text.startswith("250 2.6.0 Held"), (status, text)
        assert not upstream.find(mid.encode(), BUYER)
    pf.wait_queue_empty(deadline)


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def upstream() -> Iterator[_Recorder]:
    handler = _Recorder()
    controller = Controller(handler, hostname="127.0.0.1", port=_free_port(), server_hostname="upstream.test")
    controller.start()
    handler.port = controller.port
    yield handler
    controller.stop()


@pytest.fixture(scope="module")
def guard(upstream: _Recorder, tls_files: tuple[str, str], tmp_path_factory: pytest.TempPathFactory):
    from proxy.pipeline.checker import build_checker
    from proxy.settings import DetectSettings

    checker = build_checker(DetectSettings(rule_dirs=(RULES,), reload_interval_seconds=0))
    running = GuardThread(tmp_path_factory.mktemp("guard"), upstream.port, tls_files)
    try:
        running.start(checker)
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def postfixes(guard: GuardThread, upstream: _Recorder) -> Iterator[Callable[[str], PostfixInstance]]:
    """One Postfix instance per transport, started when first needed, always stopped."""
    started: dict[str, PostfixInstance] = {}

    def get(transport: str) -> PostfixInstance:
        if transport not in started:
            pf = PostfixInstance(transport, guard.ports[transport], upstream.port)
            started[transport] = pf
            pf.start()
        return started[transport]

    yield get
    for pf in started.values():
        pf.stop()


@pytest.fixture(scope="module", autouse=True)
def matrix_report(request: pytest.FixtureRequest) -> Iterator[None]:
    t0 = time.monotonic()
    yield
    table = render_matrix()
    wanted = {p.values[0] for p in CELLS}
    complete = set(RESULTS) == wanted and not any(r.startswith("skipped") for r in RESULTS.values())
    note = f"client matrix ({len(RESULTS)} of {len(wanted)} cells ran, {time.monotonic() - t0:.0f} s)"
    if complete:
        write_doc(f"{table}\n\nVersions that ran: {versions()}.")
        note += f"; written to {DOC.relative_to(REPO)}"
    else:
        note += f"; {DOC.relative_to(REPO)} not rewritten (not every cell ran)"
    capman = request.config.pluginmanager.getplugin("capturemanager")
    with capman.global_and_fixture_disabled() if capman else contextlib.nullcontext():
        print(f"\n{note}\n{table}")


# ----------------------------------------------------------------------------- the matrix


@pytest.mark.parametrize("cell", CELLS)
def test_client_matrix(
    cell: Cell,
    guard: GuardThread,
    upstream: _Recorder,
    postfixes: Callable[[str], PostfixInstance],
    tmp_path: Path,
) -> None:
    RESULTS[cell] = "failed"
    try:
        require(cell.client)
    except pytest.skip.Exception as exc:
        RESULTS[cell] = f"skipped: {exc.msg}"
        raise
    mid = message_id(cell)
    if cell.client == "postfix":
        run_postfix_cell(postfixes(cell.transport), cell, mid, upstream)
        RESULTS[cell] = "ok"
        return
    auth = cell.transport != "plain"
    target = Target(
        "127.0.0.1",
        guard.ports[cell.transport],
        cell.transport,
        AGENT_NAME if auth else None,
        AGENT_PASSWORD if auth else None,
    )
    body = BODIES[cell.outcome]
    attempt = SENDERS[cell.client](target, mid, body, tmp_path)
    if cell.outcome == "relayed":
        assert attempt.ok, attempt.output
        assert "250 2.0.0 Relayed" in attempt.output, attempt.output
        found = upstream.find(mid.encode(), BUYER)
        assert len(found) == 1, f"{len(found)} copies upstream; client said:\n{attempt.output}"
        assert attempt.submitted is not None, "the client's submitted message was not captured"
        assert_same_bytes(found[0], attempt.submitted, trace_prefix=False)
        assert_fields(found[0], body)
    elif cell.outcome == "refused":
        assert not attempt.ok, attempt.output
        assert "550" in attempt.output and "external_link" in attempt.output, attempt.output
        assert not upstream.find(mid.encode())
    else:
        assert attempt.ok, attempt.output
        assert "250 2.6.0" in attempt.output, attempt.output
        assert not upstream.find(mid.encode())
    RESULTS[cell] = "ok"


def test_auth_instance_refuses_unauthenticated_clients(guard: GuardThread) -> None:
    """The TLS cells prove AUTH works because nothing else would let them send."""
    with smtplib.SMTP("127.0.0.1", guard.ports["starttls"], timeout=20) as client:
        client.ehlo("helpdesk.test")
        code, text = client.mail(SENDER)
    assert code == 530, text


# ----------------------------------------------------------------------------- report


def _cell_text(client: str, transport: str) -> str:
    parts = []
    for outcome in POSTFIX_OUTCOMES if client == "postfix" else OUTCOMES:
        cell = Cell(client, transport, outcome)
        result = RESULTS.get(cell)
        if result == "ok":
            parts.append(cell.shown)
        elif result is None:
            parts.append(f"{cell.shown}: not run")
        elif result.startswith("skipped"):
            parts.append(f"{cell.shown}: skipped")
        else:
            parts.append(f"**{cell.shown}: FAILED**")
    return " / ".join(parts)


VERSION_COMMANDS = {
    "swaks": (["swaks", "--version"], r"version (\S+)"),
    "postfix": (["postconf", "-h", "mail_version"], r"(\S+)"),
    "msmtp": (["msmtp", "--version"], r"version (\S+)"),
    "phpmailer": (
        [
            "php",
            "-r",
            f"require '{PHPMAILER}'; echo PHP_VERSION, ' ', PHPMailer\\PHPMailer\\PHPMailer::VERSION;",
        ],
        r"(\S+ \S+)",
    ),
    "nodemailer": (
        [
            "node",
            "-e",
            "process.stdout.write(process.version + ' ' + require('nodemailer/package.json').version)",
        ],
        r"(\S+ \S+)",
    ),
    "netsmtp": (["ruby", "-rnet/smtp", "-e", "print RUBY_VERSION, ' ', Net::SMTP::VERSION"], r"(\S+ \S+)"),
}
VERSION_FORMS = {
    "postfix": "Postfix {}",
    "phpmailer": "PHP {} (PHPMailer {})",
    "nodemailer": "Node.js {} (nodemailer {})",
    "netsmtp": "Ruby {} (net-smtp {})",
}


def versions() -> str:
    """The client versions that ran, one line (a client that cannot report its version: '?')."""
    import platform

    out = [f"Python {platform.python_version()} (smtplib)"]
    for client, (cmd, pattern) in VERSION_COMMANDS.items():
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=20, cwd=CLIENT_DIR)
            found = re.search(pattern, done.stdout)
        except (OSError, subprocess.TimeoutExpired):
            found = None
        words = found.group(1).split() if found else ["?", "?"]
        out.append(VERSION_FORMS.get(client, client + " {}").format(*words))
    return ", ".join(out)


def render_matrix() -> str:
    head = "| client | " + " | ".join(TRANSPORTS.values()) + " |"
    rows = [head, "|---|" + "---|" * len(TRANSPORTS)]
    for client, label in CLIENTS.items():
        rows.append(f"| {label} | " + " | ".join(_cell_text(client, t) for t in TRANSPORTS) + " |")
    return "\n".join(rows)


START, END = "<!-- matrix:start (generated by tests/test_clients.py) -->", "<!-- matrix:end -->"


def write_doc(table: str) -> None:
    """Replace the table between the markers in docs/clients.md (the prose around it is kept)."""
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else f"{START}\n{END}\n"
    if START not in text or END not in text:
        text += f"\n{START}\n{END}\n"
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    DOC.write_text(f"{before}{START}\n{table}\n{END}{after}", encoding="utf-8")

"""Relay one message upstream with aiosmtplib (all recipients or none) over a bounded pool of
ready connections, or capture it to a file."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import aiosmtplib

from proxy.errors import ConfigError, RelayError, RelayPermError, RelayTempError
from proxy.settings import UpstreamSettings

QUIT_TIMEOUT = 5.0
# A parked connection is closed after this many idle seconds (upstream.pool_idle_seconds), well
# before smarthosts drop it themselves (Postfix's smtpd_timeout: 300 s).
POOL_IDLE_SECONDS = 30.0


@dataclass(frozen=True)
class Envelope:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    options: tuple[str, ...] = ()  # the client's MAIL parameters, upper case (BODY=…, SMTPUTF8)

    @property
    def smtputf8(self) -> bool:
        return "SMTPUTF8" in self.options

    @property
    def eightbit(self) -> bool:
        return "BODY=8BITMIME" in self.options


@dataclass(frozen=True)
class Accepted:
    """The upstream's reply to the end of DATA."""

    code: int
    message: str


class Upstream(Protocol):
    async def send(self, envelope: Envelope, data: bytes) -> Accepted:
        """Deliver to every recipient or raise ``RelayTempError``/``RelayPermError``."""

    async def close(self) -> None:
        """Release what is kept between messages (``App.stop``)."""


@dataclass(frozen=True)
class UpstreamTls:
    """How a connection to the smarthost is secured (``upstream.*``), for relaying and probing.

    ``implicit``: TLS from the first byte (port 465); else ``required`` (``upstream.starttls``):
    STARTTLS or nothing is sent; else ``opportunistic``: STARTTLS when offered, plain when not.
    """

    implicit: bool = False
    required: bool = False
    opportunistic: bool = True
    validate_certs: bool = True

    @classmethod
    def of(cls, settings: UpstreamSettings) -> UpstreamTls:
        return cls(
            implicit=settings.implicit_tls,
            required=settings.starttls,
            opportunistic=settings.opportunistic_tls,
            validate_certs=settings.validate_certs,
        )

    def client(
        self, host: str, port: int, *, timeout: float, local_hostname: str | None = None
    ) -> aiosmtplib.SMTP:
        """An unconnected client; ``secure`` does STARTTLS (aiosmtplib's own is not used, so a
        missing STARTTLS is this module's error and no AUTH runs before it)."""
        return aiosmtplib.SMTP(
            hostname=host,
            port=port,
            timeout=timeout,
            use_tls=self.implicit,
            start_tls=False,
            validate_certs=self.validate_certs,
            local_hostname=local_hostname,
        )

    async def secure(self, client: aiosmtplib.SMTP) -> bool:
        """After ``connect``: EHLO, then STARTTLS as configured; True when encrypted.

        ``RelayTempError`` (451) when STARTTLS is required and the upstream does not offer it:
        nothing but EHLO has been sent, and the caller closes the connection."""
        if client.is_ehlo_or_helo_needed:
            await client.ehlo()
        if self.implicit:
            return True
        offered = client.supports_extension("starttls")
        if offered and (self.required or self.opportunistic):
            await client.starttls()
            await client.ehlo()  # RFC 3207 4.2: the extensions are learnt again under TLS
            return True
        if self.required:
            raise RelayTempError(451, STARTTLS_NOT_OFFERED)
        return False


STARTTLS_NOT_OFFERED = "the upstream does not offer STARTTLS (upstream.starttls requires it): nothing sent"
CLEAR_TEXT_AUTH = (
    "the upstream offered no STARTTLS: upstream.username's password is not sent in the clear "
    "(use upstream.implicit_tls, or a smarthost with STARTTLS)"
)


class _Stale(Exception):
    """A reused connection the upstream closed while it was idle, found at MAIL."""


@dataclass(eq=False)
class _Lease:
    """The connection one ``send`` holds: whatever happens to the task (an error, the deadline,
    the helpdesk hanging up), ``SmtpUpstream._give_back`` parks it or closes it."""

    client: aiosmtplib.SMTP | None = None
    # Between two transactions in a known state (EHLO'd, secured, authenticated): fit to park.
    reusable: bool = False


@dataclass(eq=False)
class _Idle:
    client: aiosmtplib.SMTP
    timer: asyncio.TimerHandle


class SmtpUpstream:
    """An SMTP smarthost, reached through a bounded pool of ready connections.

    At most ``pool_size`` transactions run at once, each on one connection, and a connection is
    either in use by one of them or idle in the pool: so never more than ``pool_size`` are open.
    A message takes the most recently used idle connection (already EHLO'd, secured and
    authenticated), else opens one; afterwards the connection is parked for the next message
    (after a refusal only when RSET answers 250) and closed with QUIT once idle for
    ``pool_idle_seconds``, or by ``close()``. ``pool_size`` 0: one connection per message, QUIT
    after it (aiosmtplib has no pool of its own).
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        timeout: float,
        tls: UpstreamTls | None = None,
        username: str | None = None,
        password: str | None = None,
        local_hostname: str | None = None,
        pool_size: int = 0,
        pool_idle_seconds: float = POOL_IDLE_SECONDS,
    ) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.tls = tls or UpstreamTls()
        self.username, self.password = username, password
        self.local_hostname = local_hostname
        self.pool_size, self.pool_idle_seconds = pool_size, pool_idle_seconds
        self._slots = asyncio.Semaphore(pool_size) if pool_size > 0 else None
        self._idle: list[_Idle] = []  # a stack: the most recently used on top
        self._quitting: set[asyncio.Task[None]] = set()
        self._closed = False

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"

    def _slot(self) -> contextlib.AbstractAsyncContextManager[Any]:
        return self._slots if self._slots is not None else contextlib.nullcontext()

    @property
    def idle(self) -> int:
        """How many connections wait in the pool."""
        return len(self._idle)

    async def send(self, envelope: Envelope, data: bytes) -> Accepted:
        lease = _Lease()
        try:
            # aiosmtplib's timeout is per socket operation; this is the whole transaction, the
            # wait for a free connection included.
            async with asyncio.timeout(self.timeout), self._slot():
                try:
                    reply = await self._transaction(lease, envelope, data)
                except BaseException:
                    self._give_back(lease)
                    raise
                # Parked before the slot is freed: a sender woken by it finds the connection.
                to_quit = self._give_back(lease, accepted=True)
        except RelayError:
            raise
        except aiosmtplib.SMTPAuthenticationError as exc:
            # The relay's own credentials are wrong: the helpdesk retries once they are fixed.
            raise RelayTempError(
                451, f"the upstream refused upstream.username: {exc.code} {exc.message}"
            ) from exc
        except aiosmtplib.SMTPResponseException as exc:
            raise _error(exc.code, exc.message) from exc
        except (TimeoutError, OSError, aiosmtplib.SMTPException) as exc:
            raise RelayTempError(451, _describe(exc)) from exc
        if to_quit is not None:
            await _quit(to_quit)
        return reply

    async def close(self) -> None:
        """Close every idle connection with QUIT (``App.stop``); a connection still in use is
        closed when its transaction ends. Later messages each get a connection of their own."""
        self._closed = True
        idle, self._idle = self._idle, []
        for entry in idle:
            entry.timer.cancel()
            self._quit_soon(entry.client)
        if self._quitting:
            await asyncio.wait(set(self._quitting))  # each QUIT is bounded by QUIT_TIMEOUT

    async def _transaction(self, lease: _Lease, envelope: Envelope, data: bytes) -> Accepted:
        client = self._take_idle()
        if client is not None:
            lease.client, lease.reusable = client, True
            try:
                return await self._deliver(lease, envelope, data, reused=True)
            except _Stale:
                # Nothing of this message was sent: once more, on a fresh connection.
                client.close()
                lease.client, lease.reusable = None, False
        await self._connect(lease)
        return await self._deliver(lease, envelope, data, reused=False)

    async def _connect(self, lease: _Lease) -> None:
        client = self.tls.client(
            self.host, self.port, timeout=self.timeout, local_hostname=self.local_hostname
        )
        lease.client = client  # from here on, closed whatever happens
        await client.connect()
        encrypted = await self.tls.secure(client)
        if self.username is not None:
            if not encrypted:
                raise RelayTempError(451, CLEAR_TEXT_AUTH)
            await client.login(self.username, self.password or "")
        lease.reusable = True

    async def _deliver(self, lease: _Lease, envelope: Envelope, data: bytes, *, reused: bool) -> Accepted:
        """MAIL, every RCPT, DATA on a ready connection; ``_Stale`` when a reused one turns
        out closed at MAIL (no reply, or 421), before anything of the message was sent."""
        client = lease.client
        assert client is not None
        options, encoding = self._mail_options(client, envelope, len(data))
        lease.reusable = False
        try:
            try:
                await client.mail(envelope.mail_from, options=options, encoding=encoding)
            except (ConnectionError, aiosmtplib.SMTPResponseException) as exc:
                if reused and _closed_by_upstream(exc):
                    raise _Stale from exc
                raise
            for rcpt in envelope.rcpt_tos:
                # One refused recipient fails the whole message: never a partial 250.
                await client.rcpt(rcpt, encoding=encoding)
            response = await client.data(data)
        except aiosmtplib.SMTPResponseException:
            # A refusal (MAIL, RCPT, DATA): the connection is kept if RSET brings it back.
            lease.reusable = await _reset(client)
            raise
        lease.reusable = True
        return Accepted(response.code, response.message)

    def _take_idle(self) -> aiosmtplib.SMTP | None:
        while self._idle:
            entry = self._idle.pop()
            entry.timer.cancel()
            if entry.client.is_connected:
                return entry.client
            entry.client.close()  # the upstream closed it while idle (seen already)
        return None

    def _give_back(self, lease: _Lease, *, accepted: bool = False) -> aiosmtplib.SMTP | None:
        """Park the lease's connection when it is fit for another message, else close it.
        Without a pool: returns an accepted message's connection, to QUIT after the deadline."""
        client, lease.client = lease.client, None
        if client is None:
            return None
        if not (lease.reusable and client.is_connected):
            client.close()
        elif self._slots is None:
            if accepted:
                return client
            client.close()
        elif self._closed:
            self._quit_soon(client)
        else:
            timer = asyncio.get_running_loop().call_later(self.pool_idle_seconds, self._expire, client)
            self._idle.append(_Idle(client, timer))
        return None

    def _expire(self, client: aiosmtplib.SMTP) -> None:
        for entry in self._idle:
            if entry.client is client:
                self._idle.remove(entry)
                self._quit_soon(client)
                return

    def _quit_soon(self, client: aiosmtplib.SMTP) -> None:
        task = asyncio.create_task(_quit_idle(client), name="upstream-quit")
        self._quitting.add(task)
        task.add_done_callback(self._quitting.discard)

    @staticmethod
    def _mail_options(client: aiosmtplib.SMTP, envelope: Envelope, size: int) -> tuple[list[str], str]:
        options: list[str] = []
        if client.supports_extension("size"):
            options.append(f"SIZE={size}")
        if envelope.eightbit and client.supports_extension("8bitmime"):
            options.append("BODY=8BITMIME")
        if not envelope.smtputf8:
            return options, "ascii"
        if not client.supports_extension("smtputf8"):
            raise RelayTempError(451, "the upstream does not support SMTPUTF8")
        return [*options, "SMTPUTF8"], "utf-8"


class CaptureUpstream:
    """Try-it mode: every relayed message becomes ``DIR/<time>-<n>.eml`` (plus its envelope)."""

    _seq = itertools.count(1)

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)

    def __str__(self) -> str:
        return f"capture:{self.directory}"

    async def send(self, envelope: Envelope, data: bytes) -> Accepted:
        name = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{next(self._seq):06d}"
        try:
            await asyncio.to_thread(self._write, name, envelope, data)
        except OSError as exc:
            raise RelayTempError(451, f"cannot write the capture file: {exc.strerror}") from exc
        return Accepted(250, f"captured as {name}.eml")

    async def close(self) -> None:
        """Nothing is kept open between messages."""

    def _write(self, name: str, envelope: Envelope, data: bytes) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "options": list(envelope.options),
        }
        _write_atomic(self.directory / f"{name}.json", json.dumps(meta).encode())
        _write_atomic(self.directory / f"{name}.eml", data)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


NO_UPSTREAM = (
    "not set: name your smarthost as HOST:PORT (--upstream or upstream.address), "
    "or capture:DIR to try bsm-guard out with relayed mail written to files"
)


def _writable_folder(directory: str) -> None:
    """Try-it mode must fail at start-up, not at the first relayed message."""
    try:
        Path(directory).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            "upstream", "upstream.address", f"capture:{directory}: cannot create the folder: {exc.strerror}"
        ) from exc
    if not os.access(directory, os.W_OK):
        raise ConfigError("upstream", "upstream.address", f"capture:{directory}: the folder is not writable")


def make_upstream(settings: UpstreamSettings, local_hostname: str | None = None) -> Upstream:
    """``HOST:PORT`` (``[v6]:PORT``) for a smarthost, ``capture:DIR`` for the try-it mode."""
    address = settings.address.strip()
    if not address:
        raise ConfigError("upstream", "upstream.address", NO_UPSTREAM)
    if address.startswith("capture:"):
        directory = address.removeprefix("capture:")
        if not directory:
            raise ConfigError("upstream", "upstream.address", "capture: needs a directory")
        _writable_folder(directory)
        return CaptureUpstream(directory)
    host, port = parse_host_port(address, "upstream.address")
    return SmtpUpstream(
        host,
        port,
        timeout=settings.timeout_seconds,
        tls=UpstreamTls.of(settings),
        username=settings.username,
        password=settings.password,
        local_hostname=local_hostname,
        pool_size=settings.pool_size,
        pool_idle_seconds=settings.pool_idle_seconds,
    )


def parse_host_port(value: str, key: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) < 65536:
        raise ConfigError("settings", key, f"expected HOST:PORT, got {value!r}")
    return host, int(port)


def _error(code: int, message: str) -> RelayTempError | RelayPermError:
    if 500 <= code < 600:
        return RelayPermError(code, message)
    return RelayTempError(code if 400 <= code < 500 else 451, message or "invalid reply")


def _describe(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "timed out"
    return f"{type(exc).__name__}: {exc}"[:200]


def _closed_by_upstream(exc: Exception) -> bool:
    """No reply at all, or 421: the upstream closed (or is closing) the connection."""
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return exc.code == 421
    return True


async def _reset(client: aiosmtplib.SMTP) -> bool:
    """RSET after a refusal: True when the connection is fit for the next message."""
    try:
        await client.rset()  # anything but 250 raises
    except (aiosmtplib.SMTPException, OSError):
        return False
    return True


async def _quit(client: aiosmtplib.SMTP) -> None:
    """Outside the deadline: the message is already accepted, a slow QUIT must not undo that."""
    try:
        await client.quit(timeout=QUIT_TIMEOUT)
    except (aiosmtplib.SMTPException, OSError, TimeoutError):
        client.close()


async def _quit_idle(client: aiosmtplib.SMTP) -> None:
    try:
        await _quit(client)
    finally:
        client.close()  # also when the loop ends first

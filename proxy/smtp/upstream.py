"""Relay one message upstream with aiosmtplib (all recipients or none), or capture it to a file."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import aiosmtplib

from proxy.errors import ConfigError, RelayError, RelayPermError, RelayTempError
from proxy.settings import UpstreamSettings

QUIT_TIMEOUT = 5.0


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


class SmtpUpstream:
    """An SMTP smarthost; one connection per message (aiosmtplib has no pool)."""

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
    ) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.tls = tls or UpstreamTls()
        self.username, self.password = username, password
        self.local_hostname = local_hostname

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"

    async def send(self, envelope: Envelope, data: bytes) -> Accepted:
        client = self.tls.client(
            self.host, self.port, timeout=self.timeout, local_hostname=self.local_hostname
        )
        try:
            # aiosmtplib's timeout is per socket operation; this is the whole transaction.
            async with asyncio.timeout(self.timeout):
                reply = await self._transaction(client, envelope, data)
        except RelayError:
            client.close()
            raise
        except aiosmtplib.SMTPAuthenticationError as exc:
            client.close()
            # The relay's own credentials are wrong: the helpdesk retries once they are fixed.
            raise RelayTempError(
                451, f"the upstream refused upstream.username: {exc.code} {exc.message}"
            ) from exc
        except aiosmtplib.SMTPResponseException as exc:
            client.close()
            raise _error(exc.code, exc.message) from exc
        except (TimeoutError, OSError, aiosmtplib.SMTPException) as exc:
            client.close()
            raise RelayTempError(451, _describe(exc)) from exc
        await _quit(client)
        return reply

    async def _transaction(self, client: aiosmtplib.SMTP, envelope: Envelope, data: bytes) -> Accepted:
        await client.connect()
        encrypted = await self.tls.secure(client)
        if self.username is not None:
            if not encrypted:
                raise RelayTempError(451, CLEAR_TEXT_AUTH)
            await client.login(self.username, self.password or "")
        options, encoding = self._mail_options(client, envelope, len(data))
        await client.mail(envelope.mail_from, options=options, encoding=encoding)
        for rcpt in envelope.rcpt_tos:
            try:
                await client.rcpt(rcpt, encoding=encoding)
            except aiosmtplib.SMTPResponseException:
                # One refused recipient fails the whole message: never a partial 250.
                await _rset(client)
                raise
        response = await client.data(data)
        return Accepted(response.code, response.message)

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


async def _rset(client: aiosmtplib.SMTP) -> None:
    # The connection is closed right after; RSET is a courtesy.
    with contextlib.suppress(aiosmtplib.SMTPException, OSError):
        await client.rset()


async def _quit(client: aiosmtplib.SMTP) -> None:
    """Outside the deadline: the message is already accepted, a slow QUIT must not undo that."""
    try:
        await client.quit(timeout=QUIT_TIMEOUT)
    except (aiosmtplib.SMTPException, OSError, TimeoutError):
        client.close()

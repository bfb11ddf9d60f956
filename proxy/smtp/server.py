"""Receive stage: a thin aiosmtpd adapter (limits, AUTH, sender/recipient policy, end of DATA)."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import ssl
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from proxy.amazon import is_relay_address, is_relay_domain, routes_elsewhere
from proxy.delivery.act import Guard, Inbound
from proxy.errors import ConfigError
from proxy.observe import metrics
from proxy.settings import SmtpSettings
from proxy.smtp import replies
from proxy.smtp.replies import Reply

log = logging.getLogger(__name__)

MAX_RECIPIENTS = 100  # RFC 5321 4.5.3.1.8: a server must accept at least 100
PASS_THROUGH_OPTIONS = ("BODY=8BITMIME", "SMTPUTF8")
Authenticate = Callable[[str, str], Awaitable[str | None]]  # (user, password) -> user name


class SessionLimits:
    """Open sessions overall and per client address; also the registry used on shutdown."""

    def __init__(self, total: int, per_client: int) -> None:
        self.total, self.per_client = total, per_client
        self.by_client: Counter[str] = Counter()
        self.sessions: set[GuardSMTP] = set()
        self.closing = False

    @property
    def open(self) -> int:
        return sum(self.by_client.values())

    def acquire(self, client: str) -> Reply | None:
        if self.closing:
            return replies.SHUTTING_DOWN
        if self.open >= self.total:
            return replies.TOO_MANY_SESSIONS
        if self.by_client[client] >= self.per_client:
            return replies.TOO_MANY_FROM_CLIENT
        self.by_client[client] += 1
        metrics.SMTP_SESSIONS.inc()
        return None

    def release(self, client: str) -> None:
        self.by_client[client] -= 1
        if self.by_client[client] <= 0:
            del self.by_client[client]
        metrics.SMTP_SESSIONS.dec()


def _capture(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    """aiosmtpd calls its authenticator synchronously; the store is async, so the credentials
    are only captured here and checked in ``GuardSMTP._verify``."""
    return AuthResult(success=True, auth_data=auth_data)


class GuardSMTP(SMTP):
    """aiosmtpd's SMTP with session caps, async AUTH, a DATA deadline and catalogue replies."""

    def __init__(
        self,
        handler: GuardHandler,
        *,
        limits: SessionLimits,
        data_timeout: float,
        authenticate: Authenticate | None,
        **kwargs: Any,
    ) -> None:
        super().__init__(handler, authenticator=_capture, ident=replies.GREETING_IDENT, **kwargs)
        self.limits, self.data_timeout, self.authenticate = limits, data_timeout, authenticate
        self.client_ip = ""
        self.refused = False
        self.counted = False
        self.in_ehlo = False
        self.busy = False

    # -- connection limits ---------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self._original_transport is None and not self.counted:  # not the STARTTLS re-entry
            peer = transport.get_extra_info("peername")
            self.client_ip = str(peer[0]) if peer else "unknown"
            refusal = self.limits.acquire(self.client_ip)
            if refusal is not None:
                self.refused = True
                metrics.reply_sent(str(refusal))
                if isinstance(transport, asyncio.WriteTransport):
                    transport.write(f"{refusal}\r\n".encode())
                transport.close()
                return
            self.counted = True
            self.limits.sessions.add(self)
            if transport.get_extra_info("sslcontext") is not None:
                self._implicit_tls(transport)
                return
        super().connection_made(transport)

    def _implicit_tls(self, transport: asyncio.BaseTransport) -> None:
        """A connection wrapped in TLS from the first byte (the ``smtp.tls_listen`` port).

        aiosmtpd only counts a STARTTLS upgrade as encryption (aio-libs/aiosmtpd#274, #281):
        it would neither offer nor accept AUTH here. The requirement is met, so it is lifted
        for this connection only; no STARTTLS is offered (the factory gives no tls_context).
        """
        self._auth_require_tls = False
        super().connection_made(transport)
        assert self.session is not None
        self.session.ssl = {
            key: transport.get_extra_info(key) for key in ("sslcontext", "ssl_object", "peercert", "cipher")
        }

    def connection_lost(self, error: Exception | None) -> None:
        if self.refused:
            return
        if self.counted:
            self.counted = False
            self.limits.release(self.client_ip)
            self.limits.sessions.discard(self)
        super().connection_lost(error)

    def eof_received(self) -> bool | None:
        return False if self.refused else super().eof_received()

    def _timeout_cb(self) -> None:
        """aiosmtpd closes a timed-out session without a word; the client is told 421 4.4.2
        first (the DATA deadline covers the upload, the judgement and the relay: see smtp_DATA)."""
        reply = replies.DATA_TIMEOUT if self.busy else replies.IDLE_TIMEOUT
        log.info("SMTP session from %s timed out (%s)", self.client_ip, "DATA" if self.busy else "idle")
        metrics.reply_sent(str(reply))
        self.close(reply)

    def close(self, reply: Reply | None = None) -> None:
        """Shutdown: say why (when idle) and close."""
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        if reply is not None and isinstance(transport, asyncio.WriteTransport):
            with contextlib.suppress(Exception):  # the peer may be gone already
                transport.write(f"{reply}\r\n".encode())
        transport.close()

    # -- replies -------------------------------------------------------------------------
    async def push(self, status: str | bytes) -> None:
        if isinstance(status, bytes):  # AUTH challenges
            await super().push(status)
            return
        if not (self.in_ehlo and status.startswith("250")):
            if status.startswith("538 ") and self.tls_context is None:
                status = str(replies.AUTH_NEEDS_TLS_NONE_HERE)  # no STARTTLS to suggest
            elif status.startswith("552 Error:") and self.data_size_limit:  # aiosmtpd: SIZE=, DATA
                status = str(replies.message_too_big(self.data_size_limit))  # names the limit
            status = replies.translate(status)
            metrics.reply_sent(status)
        await super().push(status)

    async def smtp_EHLO(self, hostname: str) -> None:
        self.in_ehlo = True
        try:
            await super().smtp_EHLO(hostname)
        finally:
            self.in_ehlo = False

    async def smtp_DATA(self, arg: str) -> None:
        # aiosmtpd's timer is not reset per DATA line nor while handle_DATA runs: the upload,
        # the judgement and the upstream relay must all fit in this one deadline.
        self._reset_timeout(self.data_timeout)
        self.busy = True
        try:
            await super().smtp_DATA(arg)
        finally:
            self.busy = False

    # -- AUTH ----------------------------------------------------------------------------
    async def auth_PLAIN(self, _: Any, args: list[str]) -> AuthResult:
        return await self._verify(await super().auth_PLAIN(_, args))

    async def auth_LOGIN(self, _: Any, args: list[str]) -> AuthResult:
        return await self._verify(await super().auth_LOGIN(_, args))

    async def _verify(self, captured: AuthResult) -> AuthResult:
        data = captured.auth_data
        if not captured.success or not isinstance(data, LoginPassword):
            return captured
        if self.authenticate is None:
            metrics.AUTH_FAILURES.inc()
            return AuthResult(success=False, handled=False)
        user, password = (data.login.decode("utf-8", "replace"), data.password.decode("utf-8", "replace"))
        try:
            name = await self.authenticate(user, password)
        except Exception:
            log.exception("AUTH for %r could not be checked", user)
            return AuthResult(success=False, handled=False, message=str(replies.AUTH_TEMPFAIL))
        if name is None:
            metrics.AUTH_FAILURES.inc()
            log.info("AUTH failed for %r from %s", user, self.client_ip)
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True, auth_data=name)


class GuardHandler:
    """The aiosmtpd hooks: who may send, to whom, and the end-of-DATA reply."""

    def __init__(self, guard: Guard, settings: SmtpSettings) -> None:
        self.guard = guard
        self.settings = settings
        try:
            self.networks = tuple(ipaddress.ip_network(n, strict=False) for n in settings.allow_networks)
        except ValueError as exc:
            raise ConfigError("settings", "smtp.allow_networks", str(exc)) from exc
        self.senders = tuple(s.lower() for s in settings.authorised_senders)

    async def handle_EHLO(
        self, server: SMTP, session: Session, envelope: Envelope, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        return [*responses[:-1], "250-ENHANCEDSTATUSCODES", responses[-1]]

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, mail_options: list[str]
    ) -> str:
        if not self.may_send(session):
            return str(replies.AUTH_REQUIRED)
        if self.senders and not self.sender_authorised(address):
            return str(replies.sender_not_authorised(address))
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return str(replies.SENDER_OK)

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if not is_relay_address(address, self.settings.extra_relay_domains):
            local, _, domain = address.rpartition("@")
            if routes_elsewhere(local) and is_relay_domain(domain, self.settings.extra_relay_domains):
                return str(replies.routed_recipient(address))
            return str(replies.relaying_denied(address))
        if len(envelope.rcpt_tos) >= MAX_RECIPIENTS:
            return str(replies.TOO_MANY_RECIPIENTS)
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return str(replies.RECIPIENT_OK)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        options = tuple(o for o in envelope.mail_options if o in PASS_THROUGH_OPTIONS)
        inbound = Inbound(
            mail_from=envelope.mail_from or "",
            rcpt_tos=tuple(envelope.rcpt_tos),
            raw=envelope.original_content or b"",
            client=self.client_of(session),
            options=options,
        )
        return str(await self.guard.process(inbound))

    async def handle_exception(self, error: Exception) -> str:
        # aiosmtpd's default is "500 Error: (Exception) ...": permanent, and it leaks internals.
        log.error("SMTP session error: %s: %s", type(error).__name__, error)
        return str(replies.INTERNAL_ERROR)

    def may_send(self, session: Session) -> bool:
        if not self.settings.require_auth or session.authenticated:
            return True
        return self.allowed_network(session.peer)

    def allowed_network(self, peer: Any) -> bool:
        if not self.networks or not peer:
            return False
        try:
            ip = ipaddress.ip_address(str(peer[0]).split("%")[0])
        except ValueError:
            return False
        return any(ip in net for net in self.networks)

    def sender_authorised(self, address: str) -> bool:
        address = address.lower()
        domain = "@" + address.rpartition("@")[2]
        return address in self.senders or domain in self.senders

    @staticmethod
    def client_of(session: Session) -> str:
        if session.authenticated and isinstance(session.auth_data, str):
            return session.auth_data
        return str(session.peer[0]) if session.peer else "unknown"


def smtp_factory(
    guard: Guard,
    settings: SmtpSettings,
    *,
    limits: SessionLimits,
    upstream_timeout: float,
    authenticate: Authenticate | None,
    tls_context: ssl.SSLContext | None,
    implicit_tls: bool = False,
) -> Callable[[], GuardSMTP]:
    """Sessions of one listener. ``tls_context`` is offered as STARTTLS; with ``implicit_tls``
    the listener itself wraps every connection in TLS (``loop.create_server(ssl=...)``), so
    STARTTLS is not offered and AUTH is (see ``GuardSMTP._implicit_tls``)."""
    handler = GuardHandler(guard, settings)
    starttls_context = None if implicit_tls else tls_context
    # Room for a slow upload as long as the idle timeout, then the whole upstream deadline.
    data_timeout = settings.idle_timeout_seconds + upstream_timeout + 5.0

    def factory() -> GuardSMTP:
        return GuardSMTP(
            handler,
            limits=limits,
            data_timeout=data_timeout,
            authenticate=authenticate,
            data_size_limit=settings.max_message_bytes,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname=settings.hostname,
            tls_context=starttls_context,
            timeout=settings.idle_timeout_seconds,
            auth_require_tls=True,
            loop=asyncio.get_running_loop(),
        )

    return factory

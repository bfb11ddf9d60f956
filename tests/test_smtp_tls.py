"""TLS on both sides, over real sockets: the implicit TLS port, STARTTLS + AUTH, AUTH in the
clear, the self-signed try-it certificate, and the upstream's TLS modes (implicit, required,
opportunistic, certificate checks, AUTH after TLS)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import os
import ssl
import stat
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiosmtplib
import pytest
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
from helpers import compliant_message, smtp_send

from proxy.errors import ConfigError
from proxy.observe.gauges import upstream_reachable
from proxy.settings import UpstreamSettings
from proxy.smtp import replies
from proxy.store.api import Role

REPO = Path(__file__).resolve().parents[1]
NO_NETWORKS = {"allow_networks": []}
BUYER = "buyer-1@marketplace.amazon.com"
AGENT = ("agent1", "s3cret-pass")
RELAY_LOGIN = ("relay-user", "relay-pass")  # what the test upstreams accept


def tls_settings(tls_files: tuple[str, str], **smtp: Any) -> dict[str, Any]:
    cert, key = tls_files
    return {**NO_NETWORKS, "tls": {"cert_file": cert, "key_file": key}, **smtp}


def fingerprint_of_file(cert_file: str | Path) -> str:
    der = ssl.PEM_cert_to_DER_cert(Path(cert_file).read_text())
    return hashlib.sha256(der).hexdigest()


def no_verify() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def presented_fingerprint(port: int) -> str:
    """SHA-256 of the certificate the implicit TLS port presents."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=no_verify())
    try:
        banner = await asyncio.wait_for(reader.readline(), 10)
        assert banner.startswith(b"220 "), banner
        der = writer.get_extra_info("ssl_object").getpeercert(binary_form=True)
    finally:
        writer.close()
    return hashlib.sha256(der).hexdigest()


@pytest.fixture
async def tls_app(guard_app, tls_files, smtp_store):  # type: ignore[no-untyped-def]
    """bsm-guard with STARTTLS on smtp.listen, implicit TLS on smtp.tls_listen, no open network."""
    await smtp_store.add_user(*AGENT, Role.AGENT)
    return await guard_app(smtp=tls_settings(tls_files, tls_listen="127.0.0.1:0"))


# ----------------------------------------------------------------------------- implicit TLS


async def test_implicit_tls_auth_plain_is_relayed(tls_app, smtp_upstream) -> None:
    client = aiosmtplib.SMTP(
        hostname="127.0.0.1", port=tls_app.smtp_tls_port, use_tls=True, validate_certs=False
    )
    await client.connect()
    try:
        assert client.get_transport_info("ssl_object") is not None  # TLS from the first byte
        await client.ehlo()
        assert not client.supports_extension("starttls")  # already encrypted
        assert "PLAIN" in client.esmtp_extensions["auth"]
        await client.auth_plain(*AGENT)
        await client.sendmail("support@shop.example", [BUYER], compliant_message("Shipped via 465."))
    finally:
        client.close()
    assert [(m[0], m[1]) for m in smtp_upstream.messages] == [("support@shop.example", [BUYER])]
    assert b"Shipped via 465." in smtp_upstream.messages[0][2]
    await tls_app.guard.recorder.drain()
    rows = await tls_app.store.audit_recent()
    assert rows[0].details["client"] == "agent1"


async def test_implicit_tls_port_has_the_same_auth_rules(tls_app, smtp_upstream) -> None:
    # Not in allow_networks and no AUTH: refused at MAIL, as on the plain port.
    code, text = await smtp_send(
        tls_app.smtp_tls_port, compliant_message(), use_tls=True, validate_certs=False
    )
    assert (code, text) == (530, f"{replies.AUTH_REQUIRED.enhanced} {replies.AUTH_REQUIRED.text}")
    client = aiosmtplib.SMTP(
        hostname="127.0.0.1", port=tls_app.smtp_tls_port, use_tls=True, validate_certs=False
    )
    await client.connect()
    await client.ehlo()
    with pytest.raises(aiosmtplib.SMTPAuthenticationError) as err:
        await client.auth_plain("agent1", "wrong")
    client.close()
    assert err.value.code == 535
    assert smtp_upstream.messages == []


async def test_implicit_tls_port_shares_the_session_limits(guard_app, tls_files) -> None:
    app = await guard_app(smtp=tls_settings(tls_files, tls_listen="127.0.0.1:0", max_sessions_per_client=1))
    plain = aiosmtplib.SMTP(hostname="127.0.0.1", port=app.smtp_port, start_tls=False)
    await plain.connect()
    try:
        second = aiosmtplib.SMTP(
            hostname="127.0.0.1", port=app.smtp_tls_port, use_tls=True, validate_certs=False
        )
        with pytest.raises(aiosmtplib.SMTPConnectResponseError) as err:
            await second.connect()
        assert err.value.code == 421
    finally:
        plain.close()


async def test_implicit_tls_port_refuses_a_client_speaking_plain_smtp(tls_app) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", tls_app.smtp_tls_port)
    writer.write(b"EHLO helpdesk.test\r\n")
    try:
        data = await asyncio.wait_for(reader.read(1024), 10)
    except ConnectionError:
        data = b""
    writer.close()
    assert not data.startswith(b"2")  # no SMTP conversation without the TLS handshake


# ----------------------------------------------------------------------------- STARTTLS


async def test_starttls_then_auth_login_is_relayed(tls_app, smtp_upstream) -> None:
    client = aiosmtplib.SMTP(
        hostname="127.0.0.1", port=tls_app.smtp_port, start_tls=True, validate_certs=False
    )
    await client.connect()
    try:
        assert client.get_transport_info("ssl_object") is not None
        await client.ehlo()
        assert "LOGIN" in client.esmtp_extensions["auth"]
        await client.auth_login(*AGENT)
        await client.sendmail("support@shop.example", [BUYER], compliant_message("Shipped via 587."))
    finally:
        client.close()
    assert len(smtp_upstream.messages) == 1
    assert b"Shipped via 587." in smtp_upstream.messages[0][2]


async def test_auth_before_starttls_is_538_and_mail_is_530(tls_app, smtp_upstream) -> None:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=tls_app.smtp_port, start_tls=False)
    await client.connect()
    try:
        await client.ehlo()
        assert client.supports_extension("starttls")
        assert not client.supports_extension("auth")  # not offered in the clear
        token = base64.b64encode(b"\0agent1\0s3cret-pass").decode()
        response = await client.execute_command(b"AUTH", b"PLAIN", token.encode())
        assert (response.code, response.message) == (
            538,
            "5.7.11 Encryption required for requested authentication mechanism: issue STARTTLS first",
        )
        response = await client.execute_command(b"MAIL", b"FROM:<support@shop.example>")
        assert response.code == 530
        assert response.message.startswith("5.7.0 ") and "STARTTLS then AUTH" in response.message
    finally:
        client.close()
    assert smtp_upstream.messages == []


async def test_auth_without_any_certificate_says_there_is_no_tls(guard_app) -> None:
    app = await guard_app(smtp=NO_NETWORKS)
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=app.smtp_port, start_tls=False)
    await client.connect()
    await client.ehlo()
    assert not client.supports_extension("starttls")
    response = await client.execute_command(b"AUTH", b"LOGIN")
    client.close()
    assert response.code == 538
    assert response.message == f"5.7.11 {replies.AUTH_NEEDS_TLS_NONE_HERE.text}"


# ----------------------------------------------------------------------------- self-signed


async def test_self_signed_pair_is_made_once_and_presented(guard_app, tmp_path, caplog) -> None:
    cert, key = tmp_path / "var" / "tls" / "cert.pem", tmp_path / "var" / "tls" / "key.pem"
    smtp = {
        **NO_NETWORKS,
        "hostname": "guard.shop.test",
        "tls_listen": "127.0.0.1:0",
        "tls": {"cert_file": str(cert), "key_file": str(key), "self_signed": True},
    }
    with caplog.at_level(logging.WARNING, logger="proxy.app"):
        app = await guard_app(smtp=smtp)
    warnings = [
        r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and r.name == "proxy.app"
    ]
    made = [w for w in warnings if "self-signed" in w]
    assert len(made) == 1 and "must not verify" in made[0] and "\n" not in made[0]

    assert cert.is_file() and key.is_file()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    subject = subprocess.run(
        ["openssl", "x509", "-in", str(cert), "-noout", "-subject", "-nameopt", "RFC2253"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert subject == "subject=CN=guard.shop.test"
    assert not list(cert.parent.glob(".bsm-guard-tls-*"))  # no temporary files left

    expected = fingerprint_of_file(cert)
    assert await presented_fingerprint(app.smtp_tls_port) == expected
    # STARTTLS on the plain port presents the same certificate.
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=app.smtp_port, start_tls=True, validate_certs=False)
    await client.connect()
    der = client.get_transport_info("ssl_object").getpeercert(binary_form=True)
    client.close()
    assert hashlib.sha256(der).hexdigest() == expected

    # A second start uses the pair it finds: same certificate, no new warning.
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="proxy.app"):
        again = await guard_app(smtp=smtp)
    assert not [r for r in caplog.records if "self-signed" in r.getMessage()]
    assert fingerprint_of_file(cert) == expected
    assert await presented_fingerprint(again.smtp_tls_port) == expected


async def test_self_signed_never_replaces_half_a_pair(guard_app, tmp_path, tls_files) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_text(Path(tls_files[0]).read_text())  # the operator's certificate, key missing
    smtp = {"tls": {"cert_file": str(cert), "key_file": str(key), "self_signed": True}}
    with pytest.raises(ConfigError) as err:
        await guard_app(smtp=smtp)
    assert err.value.key == "smtp.tls.self_signed" and "\n" not in str(err.value)
    assert not key.exists()
    assert cert.read_text() == Path(tls_files[0]).read_text()


# ----------------------------------------------------------------------------- bad config


@pytest.mark.parametrize(
    ("tls", "key"),
    [
        ({}, "smtp.tls_listen"),  # no certificate at all
        ({"cert_file": "/nonexistent/cert.pem", "key_file": "/nonexistent/key.pem"}, "smtp.tls.cert_file"),
        ({"cert_file": "GARBAGE", "key_file": "GARBAGE"}, "smtp.tls.cert_file"),
    ],
)
async def test_tls_listen_without_a_usable_certificate_is_refused(guard_app, tmp_path, tls, key) -> None:
    if tls.get("cert_file") == "GARBAGE":
        garbage = tmp_path / "garbage.pem"
        garbage.write_text("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n")
        tls = {"cert_file": str(garbage), "key_file": str(garbage)}
    with pytest.raises(ConfigError) as err:
        await guard_app(smtp={"tls_listen": "127.0.0.1:0", "tls": tls})
    assert err.value.key == key
    assert "\n" not in str(err.value)


def test_serve_refuses_tls_listen_without_certificate_in_one_line(tmp_path) -> None:
    db = tmp_path / "never.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BSM_GUARD_")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "proxy.cli",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--http",
            "127.0.0.1:0",
            "--upstream",
            f"capture:{tmp_path / 'out'}",
            "--database",
            f"sqlite+aiosqlite:///{db}",
            "--tls-listen",
            "127.0.0.1:0",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("bsm-guard: ") and "smtp.tls_listen" in lines[0]
    assert "smtp.tls.cert_file" in lines[0]
    assert not db.exists()  # refused before the store was opened


# ----------------------------------------------------------------------------- upstream TLS


@dataclass
class TlsUpstream:
    """A test smarthost: what it accepted, and every chunk it read, marked encrypted or not."""

    port: int = 0
    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    logins: list[tuple[str, bytes, bool]] = field(default_factory=list)  # mechanism, login, accepted
    wire: list[tuple[bool, bytes]] = field(default_factory=list)

    @property
    def clear_text(self) -> bytes:
        return b"".join(data for encrypted, data in self.wire if not encrypted)

    @property
    def clear_commands(self) -> list[bytes]:
        lines = [line for line in self.clear_text.split(b"\r\n") if line]
        return [line.split()[0].upper() for line in lines]

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 2.0.0 Ok: queued as TLS1"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == tuple(
            s.encode() for s in RELAY_LOGIN
        )
        self.logins.append((mechanism, getattr(data, "login", b""), ok))
        return AuthResult(success=ok, handled=False)  # a 535 for a wrong password


class WireSMTP(SMTP):
    """aiosmtpd that records what it reads; AUTH over implicit TLS as bsm-guard's own does."""

    def __init__(self, recorder: TlsUpstream, **kwargs: Any) -> None:
        super().__init__(recorder, hostname="upstream.test", **kwargs)
        self.recorder = recorder
        self.implicit = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self._original_transport is None and transport.get_extra_info("sslcontext") is not None:
            self.implicit = True
            self._auth_require_tls = False  # encrypted from the first byte
        super().connection_made(transport)

    def data_received(self, data: bytes) -> None:
        encrypted = self._tls_protocol is not None or self.implicit
        self.recorder.wire.append((encrypted, data))
        super().data_received(data)


StartUpstream = Callable[..., Awaitable[TlsUpstream]]


@pytest.fixture
async def tls_upstream(tls_files) -> AsyncIterator[StartUpstream]:
    """``await tls_upstream("starttls" | "plain" | "implicit", auth=False)``: a smarthost on
    127.0.0.1 with the test's self-signed certificate; ``auth`` requires RELAY_LOGIN;
    ``"plain-auth"``: no TLS, and AUTH offered (and accepted) in the clear."""
    servers: list[asyncio.AbstractServer] = []
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(*tls_files)

    async def start(mode: str, auth: bool = False) -> TlsUpstream:
        recorder = TlsUpstream()
        kwargs: dict[str, Any] = {"tls_context": server_ctx if mode == "starttls" else None}
        if auth:
            kwargs.update(authenticator=recorder.authenticate, auth_required=True)
        if mode == "plain-auth":
            kwargs.update(authenticator=recorder.authenticate, auth_require_tls=False)
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: WireSMTP(recorder, **kwargs),
            "127.0.0.1",
            0,
            ssl=server_ctx if mode == "implicit" else None,
        )
        servers.append(server)
        recorder.port = server.sockets[0].getsockname()[1]
        return recorder

    yield start
    for server in servers:
        server.close()


async def relay_through(guard_app, upstream: TlsUpstream, body: str, **settings: Any) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    app = await guard_app(upstream={"address": f"127.0.0.1:{upstream.port}", **settings})
    return await smtp_send(app.smtp_port, compliant_message(body))


async def test_upstream_starttls_offered_is_used_by_default(guard_app, tls_upstream) -> None:
    up = await tls_upstream("starttls")
    code, _ = await relay_through(guard_app, up, "Opportunistic TLS.", validate_certs=False)
    assert code == 250
    assert len(up.messages) == 1 and b"Opportunistic TLS." in up.messages[0][2]
    assert up.clear_commands == [b"EHLO", b"STARTTLS"]  # the message went encrypted


async def test_upstream_without_starttls_gets_plain_mail_when_opportunistic(guard_app, tls_upstream) -> None:
    up = await tls_upstream("plain")
    code, _ = await relay_through(guard_app, up, "Plain is allowed.")
    assert code == 250
    assert len(up.messages) == 1
    assert b"MAIL" in up.clear_commands and b"Plain is allowed." in up.clear_text


async def test_required_starttls_not_offered_is_451_and_nothing_is_sent(guard_app, tls_upstream) -> None:
    up = await tls_upstream("plain")
    code, text = await relay_through(guard_app, up, "Never in the clear.", starttls=True)
    assert (code, text) == (
        451,
        f"{replies.UPSTREAM_UNAVAILABLE.enhanced} {replies.UPSTREAM_UNAVAILABLE.text}",
    )
    assert up.messages == []
    assert set(up.clear_commands) <= {b"EHLO", b"QUIT"}
    assert b"Never in the clear." not in up.clear_text


async def test_required_starttls_offered_relays_encrypted(guard_app, tls_upstream) -> None:
    up = await tls_upstream("starttls")
    code, _ = await relay_through(
        guard_app, up, "Required TLS.", starttls=True, opportunistic_tls=False, validate_certs=False
    )
    assert code == 250
    assert len(up.messages) == 1
    assert up.clear_commands == [b"EHLO", b"STARTTLS"]


async def test_no_opportunistic_tls_sends_plain_even_when_offered(guard_app, tls_upstream) -> None:
    up = await tls_upstream("starttls")
    code, _ = await relay_through(guard_app, up, "Plain by choice.", opportunistic_tls=False)
    assert code == 250
    assert b"STARTTLS" not in up.clear_commands and b"Plain by choice." in up.clear_text


async def test_upstream_certificate_is_validated_by_default(guard_app, tls_upstream) -> None:
    up = await tls_upstream("starttls")
    code, _ = await relay_through(guard_app, up, "Self-signed upstream.")  # validate_certs: true
    assert code == 451
    assert up.messages == []
    assert b"MAIL" not in up.clear_commands


async def test_upstream_implicit_tls_with_auth(guard_app, tls_upstream) -> None:
    up = await tls_upstream("implicit", auth=True)
    login, password = RELAY_LOGIN
    code, _ = await relay_through(
        guard_app,
        up,
        "Implicit TLS upstream.",
        implicit_tls=True,
        validate_certs=False,
        username=login,
        password=password,
    )
    assert code == 250
    assert len(up.messages) == 1 and b"Implicit TLS upstream." in up.messages[0][2]
    assert up.logins and up.logins[-1][1:] == (login.encode(), True)
    assert up.clear_text == b""  # every byte was inside TLS


async def test_upstream_starttls_then_auth(guard_app, tls_upstream) -> None:
    up = await tls_upstream("starttls", auth=True)
    login, password = RELAY_LOGIN
    code, _ = await relay_through(
        guard_app,
        up,
        "AUTH after STARTTLS.",
        starttls=True,
        validate_certs=False,
        username=login,
        password=password,
    )
    assert code == 250
    assert len(up.messages) == 1
    assert [entry[1:] for entry in up.logins] == [(login.encode(), True)]
    assert b"AUTH" not in up.clear_commands


async def test_upstream_wrong_password_is_a_temporary_failure(guard_app, tls_upstream) -> None:
    up = await tls_upstream("starttls", auth=True)
    code, _ = await relay_through(
        guard_app, up, "Bad credentials.", validate_certs=False, username=RELAY_LOGIN[0], password="wrong"
    )
    assert code == 451  # the relay's own configuration: the helpdesk retries, nothing bounces
    # aiosmtplib tries each mechanism the upstream offers (PLAIN, then LOGIN) before giving up.
    assert up.messages == [] and [entry[2] for entry in up.logins] in ([False], [False, False])


async def test_upstream_password_is_never_sent_in_the_clear(guard_app, tls_upstream) -> None:
    up = await tls_upstream("plain-auth")  # would take AUTH PLAIN in the clear
    code, _ = await relay_through(
        guard_app, up, "No TLS, no password.", username=RELAY_LOGIN[0], password=RELAY_LOGIN[1]
    )
    assert code == 451
    assert up.messages == []
    assert b"AUTH" not in up.clear_commands and RELAY_LOGIN[1].encode() not in up.clear_text


@pytest.mark.parametrize(
    ("mode", "settings", "reachable"),
    [
        ("starttls", {"starttls": True}, True),
        ("plain", {"starttls": True}, False),  # required but not offered
        ("plain", {}, True),  # opportunistic
        ("implicit", {"implicit_tls": True}, True),
        ("starttls", {"validate_certs": True}, False),  # self-signed upstream, checked
    ],
)
async def test_probe_uses_the_same_tls_modes_without_auth_or_mail(
    tls_upstream, mode, settings, reachable
) -> None:
    up = await tls_upstream(mode, auth=True)
    upstream = UpstreamSettings(
        address=f"127.0.0.1:{up.port}",
        username=RELAY_LOGIN[0],
        password=RELAY_LOGIN[1],
        **{"validate_certs": False, **settings},
    )
    assert await upstream_reachable(upstream, "bsm-guard.test", timeout=5) is reachable
    await asyncio.sleep(0.05)  # let the upstream read the QUIT
    assert up.logins == [] and up.messages == []
    encrypted_or_not = b"".join(data for _, data in up.wire)
    assert b"AUTH" not in encrypted_or_not and b"MAIL" not in encrypted_or_not
    if mode == "starttls" and reachable:
        assert up.clear_commands == [b"EHLO", b"STARTTLS"]

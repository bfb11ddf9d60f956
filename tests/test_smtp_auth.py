"""AUTH PLAIN/LOGIN only after STARTTLS, against the store's users."""

from __future__ import annotations

import base64

import aiosmtplib
import pytest
from helpers import compliant_message, smtp_send

from proxy.store.api import Role

NO_NETWORKS = {"allow_networks": []}


@pytest.fixture
async def tls_app(guard_app, tls_files, smtp_store):  # type: ignore[no-untyped-def]
    await smtp_store.add_user("agent1", "s3cret-pass", Role.AGENT)
    cert, key = tls_files
    return await guard_app(smtp={**NO_NETWORKS, "tls": {"cert_file": cert, "key_file": key}})


async def test_unauthenticated_client_is_refused_at_mail(tls_app) -> None:
    code, text = await smtp_send(tls_app.smtp_port, compliant_message())
    assert (code, text.split()[0]) == (530, "5.7.0")


async def test_auth_without_tls_is_refused(tls_app) -> None:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=tls_app.smtp_port, start_tls=False)
    await client.connect()
    await client.ehlo()
    assert not client.supports_extension("auth")
    token = base64.b64encode(b"\0agent1\0s3cret-pass").decode()
    response = await client.execute_command(b"AUTH", b"PLAIN", token.encode())
    assert (response.code, response.message.split()[0]) == (538, "5.7.11")
    client.close()


@pytest.mark.parametrize("method", ["plain", "login"])
async def test_auth_after_starttls_is_accepted(tls_app, smtp_upstream, method) -> None:
    client = aiosmtplib.SMTP(
        hostname="127.0.0.1", port=tls_app.smtp_port, start_tls=True, validate_certs=False
    )
    await client.connect()
    await client.ehlo()
    assert "PLAIN" in client.esmtp_extensions["auth"]
    await getattr(client, f"auth_{method}")("agent1", "s3cret-pass")
    await client.sendmail("support@shop.example", ["b@marketplace.amazon.com"], compliant_message())
    client.close()
    assert len(smtp_upstream.messages) == 1
    await tls_app.guard.recorder.drain()
    rows = await tls_app.store.audit_recent()
    assert rows[0].details["client"] == "agent1"


async def test_wrong_password_is_535(tls_app) -> None:
    client = aiosmtplib.SMTP(
        hostname="127.0.0.1", port=tls_app.smtp_port, start_tls=True, validate_certs=False
    )
    await client.connect()
    with pytest.raises(aiosmtplib.SMTPAuthenticationError) as err:
        await client.login("agent1", "wrong")
    assert err.value.code == 535
    client.close()


async def test_store_down_during_auth_is_454(tls_app, monkeypatch) -> None:
    async def broken(*args):  # type: ignore[no-untyped-def]
        raise OSError("database unreachable")

    monkeypatch.setattr(tls_app.store, "verify_user", broken)
    client = aiosmtplib.SMTP(
        hostname="127.0.0.1", port=tls_app.smtp_port, start_tls=True, validate_certs=False
    )
    await client.connect()
    await client.ehlo()
    with pytest.raises(aiosmtplib.SMTPAuthenticationError) as err:
        await client.auth_plain("agent1", "s3cret-pass")
    assert err.value.code == 454
    client.close()

"""DKIM: a signed message relayed unchanged keeps its signature; a rewritten one follows
``dkim.on_rewrite`` (relay unsigned with a note, hold for a supervisor, re-sign). Keys are made
with openssl at test time; dkimpy verifies against a dnsfunc that serves them (no DNS)."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dkim
import pytest
from helpers import smtp_send

from proxy.delivery import dkim as guard_dkim
from proxy.delivery import release as release_mod
from proxy.delivery.send import rewrite
from proxy.detectors import headers, pixels
from proxy.models import Verdict
from proxy.pipeline.checker import Checker
from proxy.settings import DetectSettings, DkimSettings, Settings
from proxy.store import SqlStore

DOMAIN = "shop.example"
HELPDESK_SELECTOR = "helpdesk"  # the helpdesk's own signature
SELLER_SELECTOR = "bsmguard"  # the seller's key that bsm-guard re-signs with
PIXEL = "https://track.shop.example/open.gif?u=4711"
PIXEL_RULE = "tracking_pixel.tiny"


# ----------------------------------------------------------------------------- keys and DNS


class Key:
    def __init__(self, path: Path, public_b64: str) -> None:
        self.path = path
        self.pem = path.read_bytes()
        self.txt = f"v=DKIM1; k=rsa; p={public_b64}".encode()


def _make_key(directory: Path, name: str) -> Key:
    path = directory / f"{name}.pem"
    subprocess.run(
        ["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", str(path)],
        check=True,
        capture_output=True,
    )
    der = subprocess.run(
        ["openssl", "pkey", "-in", str(path), "-pubout", "-outform", "DER"], check=True, capture_output=True
    ).stdout
    return Key(path, base64.b64encode(der).decode())


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Key]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: cannot make test DKIM keys")
    d = tmp_path_factory.mktemp("dkim")
    return {
        HELPDESK_SELECTOR: _make_key(d, HELPDESK_SELECTOR),
        SELLER_SELECTOR: _make_key(d, SELLER_SELECTOR),
    }


def dns_for(*served: Key, selectors: tuple[str, ...] = ()) -> Callable[..., bytes | None]:
    """A dkimpy dnsfunc answering ``<selector>._domainkey.shop.example`` TXT from ``served``."""
    records = {f"{sel}._domainkey.{DOMAIN}": key.txt for sel, key in zip(selectors, served, strict=True)}

    def dnsfunc(name: bytes, timeout: int = 5) -> bytes | None:
        return records.get(name.decode().rstrip("."))

    return dnsfunc


def verifies(data: bytes, keys: dict[str, Key]) -> bool:
    dns = dns_for(*keys.values(), selectors=tuple(keys))
    return bool(dkim.verify(data, dnsfunc=dns))


def helpdesk_sign(raw: bytes, key: Key) -> bytes:
    return dkim.sign(raw, HELPDESK_SELECTOR.encode(), DOMAIN.encode(), key.pem) + raw  # type: ignore[no-any-return]


# ----------------------------------------------------------------------------- messages


def message(html: str | None = None, extra: str = "", eol: str = "\r\n") -> bytes:
    head = [
        "From: Support <support@shop.example>",
        "To: buyer-1@marketplace.amazon.com",
        "Subject: Re: your order 111-2223334-5556667",
        "Date: Mon, 02 Jun 2025 10:00:00 +0000",
        "In-Reply-To: <q1@marketplace.amazon.com>",
        "Message-ID: <reply-1@shop.example>",
        "MIME-Version: 1.0",
        *([extra] if extra else []),
    ]
    text = ["Hello,", "", "Your parcel was shipped today.", "", "Kind regards", "Support", ""]
    if html is None:
        lines = [*head, "Content-Type: text/plain; charset=utf-8", "", *text]
    else:
        lines = [
            *head,
            'Content-Type: multipart/alternative; boundary="b1"',
            "",
            "--b1",
            "Content-Type: text/plain; charset=utf-8",
            "",
            *text,
            "--b1",
            "Content-Type: text/html; charset=utf-8",
            "",
            html,
            "--b1--",
            "",
        ]
    return eol.join(lines).encode()


PIXEL_HTML = f'<p>Hello,</p><p>Your parcel was shipped today.</p><img src="{PIXEL}" width="1" height="1">'


def pixel_checker() -> Checker:
    """Only the two detectors whose findings rewrite: tracking pixels and List-Unsubscribe."""
    return Checker(
        policy=DetectSettings(rule_dirs=(), wording_model="off"), detectors=(pixels.detect, headers.detect)
    )


# ----------------------------------------------------------------------------- the running app


@pytest.fixture
async def dkim_guard(smtp_upstream, smtp_store: SqlStore, keys):  # type: ignore[no-untyped-def]
    """Start bsm-guard (SMTP only) with the given ``dkim`` settings and the pixel checker."""
    from proxy.app import App

    apps: list[App] = []

    async def start(on_rewrite: str) -> App:
        settings = settings_for(smtp_upstream.port, on_rewrite, keys)
        app = await App.start(
            settings, store=smtp_store, checker=pixel_checker(), http=False, background=False
        )
        apps.append(app)
        return app

    yield start
    for app in apps:
        await app.stop(grace=1.0)


def settings_for(port: int, on_rewrite: str, keys: dict[str, Key]) -> Settings:
    cfg: dict[str, Any] = {"on_rewrite": on_rewrite}
    if on_rewrite == "resign":
        cfg.update(selector=SELLER_SELECTOR, domain=DOMAIN, key_file=str(keys[SELLER_SELECTOR].path))
    return Settings.model_validate(
        {
            "smtp": {"listen": "127.0.0.1:0", "allow_networks": ["127.0.0.0/8"]},
            "upstream": {"address": f"127.0.0.1:{port}", "timeout_seconds": 5},
            "detect": {"rule_dirs": []},
            "notify": {"enabled": False},  # a held notice would go to the same upstream
            "dkim": cfg,
        }
    )


async def audit_rows(app: Any, action: str) -> list[dict[str, Any]]:
    await app.guard.recorder.drain()
    return [e.details for e in await app.store.audit_recent() if e.action == action]


def signatures(data: bytes) -> list[str]:
    head = data.split(b"\r\n\r\n", 1)[0].decode()
    return re.findall(r"(?im)^DKIM-Signature:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*", head)


# ----------------------------------------------------------------------------- 1. unchanged


async def test_unchanged_signed_message_keeps_its_signature_byte_for_byte(
    dkim_guard, smtp_upstream, keys
) -> None:
    app = await dkim_guard("relay_unsigned")
    signed = helpdesk_sign(message(), keys[HELPDESK_SELECTOR])
    assert verifies(signed, keys)
    code, _ = await smtp_send(app.smtp_port, signed)
    assert code == 250
    [(_, _, received, _)] = smtp_upstream.messages
    assert received == signed
    assert verifies(received, keys)
    # the check can fail: one changed body byte breaks it, and so does a key nobody serves
    assert not verifies(received.replace(b"shipped", b"shipper"), keys)
    assert not dkim.verify(received, dnsfunc=dns_for(keys[SELLER_SELECTOR], selectors=(HELPDESK_SELECTOR,)))


# ----------------------------------------------------------------------------- 2. rewritten


async def test_relay_unsigned_removes_the_signature_and_notes_why(dkim_guard, smtp_upstream, keys) -> None:
    app = await dkim_guard("relay_unsigned")
    signed = helpdesk_sign(message(PIXEL_HTML), keys[HELPDESK_SELECTOR])
    assert verifies(signed, keys)
    code, text = await smtp_send(app.smtp_port, signed)
    assert code == 250, text
    [(_, _, received, _)] = smtp_upstream.messages
    assert PIXEL.encode() not in received and b"Your parcel was shipped today." in received
    assert signatures(received) == [] and not verifies(received, keys)
    note = "removed (message rewritten: 1 remote image removed)"
    assert received.startswith(f"X-BSM-Guard-DKIM: {note}\r\n".encode())
    assert received.count(b"X-BSM-Guard-DKIM:") == 1
    [row] = await audit_rows(app, "rewritten")
    assert row["dkim"] == note and PIXEL_RULE in row["rules"]


async def test_hold_keeps_it_for_a_supervisor_whose_release_relays_it_unsigned(
    dkim_guard, smtp_upstream, smtp_store, keys
) -> None:
    app = await dkim_guard("hold")
    signed = helpdesk_sign(message(PIXEL_HTML), keys[HELPDESK_SELECTOR])
    code, text = await smtp_send(app.smtp_port, signed)
    assert code == 250 and text.startswith("2.6.0 Held for supervisor review as "), text
    assert guard_dkim.HOLD_RULE in text
    assert smtp_upstream.messages == []
    held_id = text.split(" as ", 1)[1].split()[0]
    held = await smtp_store.get(held_id)
    assert held is not None and held.raw == signed
    assert set(held.rules) == {PIXEL_RULE, guard_dkim.HOLD_RULE}
    [finding] = [f for f in held.findings if f["rule"] == guard_dkim.HOLD_RULE]
    assert (finding["category"], finding["action"]) == ("internal", "quarantine")
    assert "DKIM-signed" in finding["reason"]

    # The supervisor's release applies the same rewrite and relays it unsigned (no second hold).
    result = await release_mod.release(
        smtp_store, app.settings, held_id, "sup", "fine without the signature", checker=pixel_checker()
    )
    assert (result.ok, result.status, result.upstream_code) == (True, "released", 250), result
    [(_, _, received, _)] = smtp_upstream.messages
    assert PIXEL.encode() not in received and signatures(received) == []
    assert received.startswith(b"X-BSM-Guard-DKIM: removed (message rewritten: 1 remote image removed)\r\n")
    [entry] = [e for e in await smtp_store.audit_for(held_id) if e.action == "released"]
    assert entry.details["dkim"].startswith("removed (message rewritten")


async def test_resign_replaces_the_signature_with_the_sellers(dkim_guard, smtp_upstream, keys) -> None:
    app = await dkim_guard("resign")
    signed = helpdesk_sign(message(PIXEL_HTML), keys[HELPDESK_SELECTOR])
    code, text = await smtp_send(app.smtp_port, signed)
    assert code == 250, text
    [(_, _, received, _)] = smtp_upstream.messages
    assert PIXEL.encode() not in received and b"X-BSM-Guard-DKIM" not in received
    [signature] = signatures(received)
    tags = dict(t.split("=", 1) for t in re.sub(r"\s+", "", signature.split(":", 1)[1]).split(";") if t)
    assert (tags["d"], tags["s"], tags["c"]) == (DOMAIN, SELLER_SELECTOR, "relaxed/relaxed")
    signed_headers = tags["h"].split(":")
    for name in ("from", "to", "subject", "date", "message-id", "mime-version", "content-type"):
        assert name in signed_headers
    assert signed_headers.count("from") == 2  # dkimpy's oversigning: no From can be added
    # The seller's key verifies it; the helpdesk's key alone does not (its signature is gone).
    seller_only = dns_for(keys[SELLER_SELECTOR], selectors=(SELLER_SELECTOR,))
    assert dkim.verify(received, dnsfunc=seller_only)
    helpdesk_only = dns_for(keys[HELPDESK_SELECTOR], selectors=(HELPDESK_SELECTOR,))
    assert not dkim.verify(received, dnsfunc=helpdesk_only)
    [row] = await audit_rows(app, "rewritten")
    assert row["dkim"] == f"re-signed with {SELLER_SELECTOR}._domainkey.{DOMAIN} (1 remote image removed)"


# ----------------------------------------------------------------------------- the rewrite step


def _judged(raw: bytes) -> Any:
    j = pixel_checker().judge(raw)
    assert j.verdict is Verdict.REWRITE, j
    return j


def test_unsigned_message_is_rewritten_as_before() -> None:
    raw = message(PIXEL_HTML)
    j = _judged(raw)
    for mode in ("relay_unsigned", "hold"):
        out = rewrite(raw, j.findings, DkimSettings(on_rewrite=mode))  # type: ignore[arg-type]
        assert out is not None and out.hold is None and "dkim" not in out.details
        assert PIXEL.encode() not in out.data and b"X-BSM-Guard-DKIM" not in out.data
        assert out.data == rewrite(raw, j.findings).data  # type: ignore[union-attr]


def test_list_unsubscribe_rewrite_of_a_signed_message(keys) -> None:
    raw = helpdesk_sign(
        message(extra="List-Unsubscribe: <mailto:unsubscribe@shop.example>"), keys[HELPDESK_SELECTOR]
    )
    j = _judged(raw)
    out = rewrite(raw, j.findings, DkimSettings())
    assert out is not None and out.hold is None
    assert b"\nList-Unsubscribe:" not in out.data and signatures(out.data) == []
    assert out.details["dkim"] == "removed (message rewritten: List-Unsubscribe header removed)"
    held = rewrite(raw, j.findings, DkimSettings(on_rewrite="hold"))
    assert held is not None and held.hold is not None and held.hold.rule == guard_dkim.HOLD_RULE
    released = rewrite(raw, j.findings, DkimSettings(on_rewrite="hold"), supervised=True)
    assert released is not None and released.hold is None and signatures(released.data) == []


def test_resign_with_an_unreadable_key_fails_closed(tmp_path: Path, keys) -> None:
    raw = helpdesk_sign(message(PIXEL_HTML), keys[HELPDESK_SELECTOR])
    j = _judged(raw)
    missing = DkimSettings(
        on_rewrite="resign", selector=SELLER_SELECTOR, domain=DOMAIN, key_file=str(tmp_path / "none.pem")
    )
    assert rewrite(raw, j.findings, missing) is None  # the inbound path holds it
    (tmp_path / "bad.pem").write_text("not a key\n")
    bad = missing.model_copy(update={"key_file": str(tmp_path / "bad.pem")})
    assert rewrite(raw, j.findings, bad) is None


def test_resign_keeps_lf_line_ends_and_verifies(keys) -> None:
    raw = helpdesk_sign(message(PIXEL_HTML, eol="\n"), keys[HELPDESK_SELECTOR])
    j = _judged(raw)
    settings = DkimSettings(
        on_rewrite="resign", selector=SELLER_SELECTOR, domain=DOMAIN, key_file=str(keys[SELLER_SELECTOR].path)
    )
    out = rewrite(raw, j.findings, settings)
    assert out is not None and b"\r\n" not in out.data
    assert out.data.count(b"DKIM-Signature:") == 1 and b"s=helpdesk" not in out.data
    assert dkim.verify(out.data, dnsfunc=dns_for(keys[SELLER_SELECTOR], selectors=(SELLER_SELECTOR,)))


def test_pkcs1_key_file_is_accepted(tmp_path: Path, keys) -> None:
    pkcs1 = tmp_path / "pkcs1.pem"
    subprocess.run(
        ["openssl", "pkey", "-in", str(keys[SELLER_SELECTOR].path), "-traditional", "-out", str(pkcs1)],
        check=True,
        capture_output=True,
    )
    assert b"BEGIN RSA PRIVATE KEY" in pkcs1.read_bytes()
    data = guard_dkim.sign(message(), SELLER_SELECTOR, DOMAIN, str(pkcs1))
    assert dkim.verify(data, dnsfunc=dns_for(keys[SELLER_SELECTOR], selectors=(SELLER_SELECTOR,)))

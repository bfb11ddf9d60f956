"""``bsm-guard users …`` and ``bsm-guard quarantine …`` against SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import io
import itertools
import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from proxy.cli import main
from proxy.delivery import release as act
from proxy.store import open_store
from proxy.store.api import HeldStatus, Role
from proxy.store.tables import Quarantine

_HELD = itertools.count(1)  # distinct bytes: the same bytes again are a retry of one message
RAW = b"Subject: Lieferung\r\nFrom: agent@shop.example\r\n\r\nHallo \xc3\xa4\r\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


async def _hold(url: str, category: str, subject: str = "Lieferung", raw: bytes | None = None) -> str:
    store = await open_store(url)
    try:
        found = (
            {
                "rule": f"{category}.x",
                "category": category,
                "action": "quarantine",
                "excerpt": "e",
                "where": "text",
            },
        )
        unique = f"Message-ID: <{next(_HELD)}@shop.example>\r\nSubject:".encode()
        return await store.hold(
            raw or RAW.replace(b"Subject:", unique, 1),
            "agent@shop.example",
            ("b1c2d3@marketplace.amazon.de",),
            "helpdesk",
            subject,
            ("111-2223334-4445556",),
            found,
        )
    finally:
        await store.close()


def hold(
    url: str, category: str = "external_link", subject: str = "Lieferung", raw: bytes | None = None
) -> str:
    return asyncio.run(_hold(url, category, subject, raw))


def get(url: str, held_id: str) -> Any:
    async def fetch() -> Any:
        store = await open_store(url)
        try:
            return await store.get(held_id), await store.audit_for(held_id)
        finally:
            await store.close()

    return asyncio.run(fetch())


# ----------------------------------------------------------------------------- users


def test_users_add_list_token_remove(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ("--database", database_url)
    monkeypatch.setattr(sys, "stdin", io.StringIO("long enough secret\n"))
    assert run(capsys, "users", "add", "maria", "--role", "supervisor", "--password-stdin", *db)[0] == 0
    code, out, _ = run(capsys, "users", "list", *db)
    assert code == 0 and out.split()[:2] == ["maria", "supervisor"]
    code, out, err = run(capsys, "users", "token", "maria", "--role", "viewer", *db)
    token = out.strip()
    assert code == 0 and token.startswith("bsg_") and "only this once" in err

    async def check() -> tuple[Any, Any]:
        store = await open_store(database_url)
        try:
            return (await store.verify_user("maria", "long enough secret"), await store.verify_token(token))
        finally:
            await store.close()

    user, token_user = asyncio.run(check())
    assert user is not None and user.role is Role.SUPERVISOR
    assert token_user is not None and token_user.role is Role.VIEWER
    assert run(capsys, "users", "remove", "maria", *db)[0] == 0
    code, _, err = run(capsys, "users", "remove", "maria", *db)
    assert code == 1 and "no user" in err


def test_users_add_prompts_twice_and_refuses_a_mismatch(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["first", "second"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    monkeypatch.setattr(sys, "stdin", Terminal())
    code, _, err = run(capsys, "users", "add", "ann", "--role", "agent", "--database", database_url)
    assert code == 2 and "passwords differ" in err
    assert run(capsys, "users", "list", "--database", database_url)[1] == ""


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_users_add_without_a_terminal_names_password_stdin(tmp_path: Path) -> None:
    """A script or a provisioning tool: no prompt, no traceback, one line with the way out."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'store.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "proxy.cli", "users", "add", "ann", "--role", "agent", "--database", url],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "GetPassWarning" not in done.stderr
    assert "--password-stdin" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_users_add_refuses_a_duplicate(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for expected in (0, 2):
        monkeypatch.setattr(sys, "stdin", io.StringIO("pw\n"))
        code, _, err = run(
            capsys, "users", "add", "ann", "--role", "agent", "--password-stdin", "--database", database_url
        )
        assert code == expected
    assert "already exists" in err


def test_default_database_is_created_under_var(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BSM_GUARD_DATABASE_URL", raising=False)
    assert run(capsys, "users", "list")[0] == 0
    assert (tmp_path / "var" / "bsm-guard.db").is_file()


def test_config_file_names_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "from-config.db"
    config = tmp_path / "bsm.yaml"
    config.write_text(f"database_url: sqlite+aiosqlite:///{db}\n")
    assert run(capsys, "quarantine", "list", "--config", str(config))[0] == 0
    assert db.is_file()


# ----------------------------------------------------------------------------- quarantine


def test_quarantine_list_filters_and_json(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    link = hold(database_url, "external_link", "Ihr Paket")
    phone = hold(database_url, "contact_phone", "Rückruf")
    db = ("--database", database_url)
    code, out, _ = run(capsys, "quarantine", "list", *db)
    assert code == 0 and link in out and phone in out and "2 of 2 messages" in out
    code, out, _ = run(capsys, "quarantine", "list", "--category", "contact_phone", "--format", "json", *db)
    doc = json.loads(out)
    assert doc["total"] == 1 and [i["id"] for i in doc["items"]] == [phone]
    assert doc["items"][0]["subject"] == "Rückruf"
    code, out, _ = run(capsys, "quarantine", "list", "--status", "rejected", *db)
    assert "0 of 0 messages" in out


def test_quarantine_show(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    held_id = hold(database_url)
    code, out, _ = run(capsys, "quarantine", "show", held_id, "--database", database_url)
    assert code == 0
    assert f"id:             {held_id}" in out and "external_link.x" in out
    assert "content:        as received" in out
    code, _, err = run(capsys, "quarantine", "show", "nosuchid00", "--database", database_url)
    assert code == 1 and "no message" in err


def test_quarantine_show_raw_writes_the_exact_bytes(database_url: str) -> None:
    held_id = hold(database_url, raw=RAW)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "proxy.cli",
            "quarantine",
            "show",
            held_id,
            "--raw",
            "--database",
            database_url,
        ],
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert done.stdout == RAW


def test_quarantine_reject(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    held_id = hold(database_url)
    args = ("--reason", "asks for a review", "--by", "maria", "--database", database_url)
    code, out, _ = run(capsys, "quarantine", "reject", held_id, *args)
    assert code == 0 and "rejected by maria" in out
    held, audit = get(database_url, held_id)
    assert held.status is HeldStatus.REJECTED and held.reviewer == "maria"
    assert [(e.actor, e.action) for e in audit] == [("maria", "review_rejected")]
    code, _, err = run(capsys, "quarantine", "reject", held_id, *args)
    assert code == 1 and "already rejected" in err


@dataclass(frozen=True)
class FakeResult:
    ok: bool
    status: str
    reply: str
    findings: tuple[Any, ...] = ()


def test_quarantine_release_goes_through_act(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, str, str]] = []

    async def fake_release(store: Any, settings: Any, held_id: str, reviewer: str, reason: str) -> FakeResult:
        calls.append((held_id, reviewer, reason))
        return FakeResult(True, "released", "250 2.0.0 queued")

    monkeypatch.setattr(act, "release", fake_release)
    held_id = hold(database_url)
    code, out, _ = run(
        capsys,
        "quarantine",
        "release",
        held_id,
        "--reason",
        "fine",
        "--by",
        "maria",
        "--database",
        database_url,
    )
    assert code == 0 and "released: 250 2.0.0 queued" in out
    assert calls == [(held_id, "maria", "fine")]


def test_quarantine_release_without_act_says_so(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "proxy.delivery.release", None)  # import now raises ImportError
    held_id = hold(database_url)
    code, _, err = run(
        capsys, "quarantine", "release", held_id, "--reason", "fine", "--database", database_url
    )
    assert code == 2 and "not available" in err
    held, _ = get(database_url, held_id)
    assert held.status is HeldStatus.HELD


def test_quarantine_purge_preview_then_apply(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    old = hold(database_url)
    fresh = hold(database_url)

    async def age() -> None:
        store = await open_store(database_url)
        try:
            async with store.engine.begin() as conn:
                await conn.execute(
                    update(Quarantine)
                    .where(Quarantine.id == old)
                    .values(created_at=datetime.now(UTC) - timedelta(days=8))
                )
        finally:
            await store.close()

    asyncio.run(age())
    db = ("--database", database_url)
    code, out, _ = run(capsys, "quarantine", "purge", "--dry-run", *db)
    assert code == 0 and "would expire 1" in out and old in out and fresh not in out
    assert get(database_url, old)[0].status is HeldStatus.HELD
    code, out, _ = run(capsys, "quarantine", "purge", *db)
    assert code == 0 and "expired 1" in out
    assert get(database_url, old)[0].status is HeldStatus.EXPIRED
    assert get(database_url, fresh)[0].status is HeldStatus.HELD


# ----------------------------------------------------------------------------- check --state

REVIEW_REQUEST = (
    b"From: agent@shop.example\r\nTo: q1w2e3r4t5@marketplace.amazon.de\r\n"
    b"Subject: Order 305-1111111-2222222\r\n\r\nYour order 305-1111111-2222222 has shipped. "
    b"If you have a moment, we would appreciate a product review on Amazon.\r\n"
)


def test_check_state_remembers_review_requests_across_runs(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eml = tmp_path / "request.eml"
    eml.write_bytes(REVIEW_REQUEST)
    argv = ("check", str(eml), "--format", "json", "--state", database_url)
    first_code, first, _ = run(capsys, *argv)
    second_code, second, _ = run(capsys, *argv)
    assert first_code == 0 and json.loads(first)["verdict"] == "deliver"
    assert second_code == 1 and "repeat_request" in json.loads(second)["categories"]


def test_check_keeps_library_log_lines_off_stderr_unless_verbose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """mail-parser warns about a multipart/mixed without parts; the CLI stays quiet by default."""
    eml = tmp_path / "m.eml"
    eml.write_bytes(
        b"From: a@shop.example\r\nTo: x@marketplace.amazon.com\r\n"
        b"Subject: Re: 111-1234567-1234567\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed\r\n\r\nhello there\r\n"
    )
    quiet = subprocess.run(
        [sys.executable, "-m", "proxy.cli", "check", str(eml)], capture_output=True, text=True, timeout=60
    )
    loud = subprocess.run(
        [sys.executable, "-m", "proxy.cli", "--verbose", "check", str(eml)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert quiet.stderr == "" and "deliver" in quiet.stdout
    assert "not handled" in loud.stderr


def test_config_check_shows_what_is_in_force(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "database_url: sqlite+aiosqlite:///relative.db\n"
        "smtp: {extra_relay_domains: [marketplace.amazon.com.ng]}\n"
    )
    monkeypatch.setenv("BSM_GUARD_CONFIG", str(config))
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "config", "check", "--show")
    assert code == 0 and f"{config}: OK" in out
    assert f"# database file: {tmp_path / 'relative.db'}" in out
    assert "marketplace.amazon.com.ng" in out and "marketplace.amazon.co.jp" in out
    assert "upstream.address is not set" in out


def test_a_loop_to_its_own_listen_address_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text('smtp: {listen: "0.0.0.0:2525"}\nupstream: {address: "127.0.0.1:2525"}\n')
    for argv in (["config", "check", "--config", str(config)], ["serve", "--config", str(config)]):
        code, _, err = run(capsys, *argv)
        assert code == 2 and "own smtp.listen address" in err and len(err.strip().splitlines()) == 1


def test_serve_without_an_upstream_says_how_to_name_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BSM_GUARD_CONFIG", raising=False)
    monkeypatch.delenv("BSM_GUARD_UPSTREAM__ADDRESS", raising=False)
    code, _, err = run(capsys, "serve")
    assert code == 2 and "capture:DIR" in err and "HOST:PORT" in err


def test_users_passwd_sets_a_new_password(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ("--database", database_url)
    monkeypatch.setattr(sys, "stdin", io.StringIO("first password\n"))
    assert run(capsys, "users", "add", "ann", "--role", "agent", "--password-stdin", *db)[0] == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("second password\n"))
    code, out, _ = run(capsys, "users", "passwd", "ann", "--password-stdin", *db)
    assert code == 0 and "sessions have ended" in out

    async def check() -> tuple[Any, Any]:
        store = await open_store(database_url)
        try:
            return await store.verify_user("ann", "second password"), await store.verify_user(
                "ann", "first password"
            )
        finally:
            await store.close()

    new, old = asyncio.run(check())
    assert new is not None and new.sessions_valid_after is not None and old is None
    monkeypatch.setattr(sys, "stdin", io.StringIO("x\n"))
    assert run(capsys, "users", "passwd", "nobody", "--password-stdin", *db)[0] == 1

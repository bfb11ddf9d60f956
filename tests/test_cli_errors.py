"""Operator errors get one line with what to change and a non-zero exit, never a traceback."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from proxy.settings import database_url


@pytest.fixture
def taken_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def bsm_guard(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    return subprocess.run(
        [sys.executable, "-m", "proxy.cli", *argv],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def bad_inputs(tmp: Path, port: int) -> list[tuple[str, list[str], str]]:
    (tmp / "binary.yaml").write_bytes(b"\x00\x01\x02binary")
    (tmp / "broken.yaml").write_text("smtp: [unclosed\n")
    (tmp / "unknown.yaml").write_text("smtp: {listen_on: 1}\n")
    (tmp / "loop.yaml").write_text('upstream: {address: "127.0.0.1:2525"}\n')
    db = f"sqlite:///{tmp / 'ok.db'}"
    up = f"capture:{tmp / 'out'}"
    nowhere = "sqlite:////proc/no/such/dir/x.db"
    return [
        ("missing config", ["serve", "--config", str(tmp / "none.yaml")], "cannot read"),
        ("binary config", ["config", "check", "--config", str(tmp / "binary.yaml")], "not valid YAML"),
        ("broken YAML", ["serve", "--config", str(tmp / "broken.yaml")], "line 2"),
        ("unknown key", ["config", "check", "--config", str(tmp / "unknown.yaml")], "listen_on"),
        ("relay loop", ["config", "check", "--config", str(tmp / "loop.yaml")], "own smtp.listen"),
        ("no upstream", ["serve", "--database", db], "capture:DIR"),
        ("other database", ["serve", "--database", "mysql://u@h/db", "--upstream", up], "postgresql://"),
        (
            "unreachable PostgreSQL",
            ["serve", "--database", "postgresql://nobody@127.0.0.1:1/db", "--upstream", up],
            "cannot open the store",
        ),
        (
            "taken port",
            ["serve", "--database", db, "--upstream", up, "--listen", f"127.0.0.1:{port}"],
            "in use",
        ),
        ("bad listen", ["serve", "--database", db, "--upstream", up, "--listen", "nonsense"], "HOST:PORT"),
        (
            "unwritable database folder",
            ["users", "add", "ann", "--role", "agent", "--password-stdin", "--database", nowhere],
            "cannot create the folder",
        ),
        (
            "unwritable capture folder",
            ["serve", "--database", db, "--upstream", "capture:/proc/no/such/folder"],
            "cannot create the folder",
        ),
        ("no terminal", ["users", "add", "ann", "--role", "agent", "--database", db], "--password-stdin"),
        ("bad flag", ["serve", "--bogus"], "unrecognized arguments"),
        ("missing message", ["check", str(tmp / "none.eml")], "no such file"),
        ("missing corpus", ["eval", str(tmp)], "labels.jsonl"),
        ("missing rule folder", ["rules", "lint", str(tmp / "none")], "no such rule directory"),
        ("broken rule pack", ["rules", "test", str(tmp / "broken.yaml")], "not valid YAML"),
        ("unknown held id", ["quarantine", "show", "nope", "--database", db], "no message"),
    ]


def test_every_command_answers_bad_input_in_one_line(tmp_path: Path, taken_port: int) -> None:
    failures = []
    for name, argv, says in bad_inputs(tmp_path, taken_port):
        done = bsm_guard(*argv, cwd=tmp_path)
        # serve logs its start-up at INFO before it fails; the answer is its last line.
        lines = [x for x in done.stderr.splitlines() if " INFO " not in x]
        ok = done.returncode != 0 and "Traceback" not in done.stderr and says in done.stderr
        if not ok or len(lines) > 2:  # argparse: a usage line, then the error
            failures.append(f"{name}: exit {done.returncode}: {done.stderr[-300:]!r}")
    assert failures == []


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("sqlite:///var/guard.db", "sqlite+aiosqlite:///var/guard.db"),
        ("sqlite:////var/lib/g.db", "sqlite+aiosqlite:////var/lib/g.db"),
        ("postgresql://u:p@db:5432/g", "postgresql+asyncpg://u:p@db:5432/g"),
        ("postgres://u@db/g", "postgresql+asyncpg://u@db/g"),
        ("postgresql+psycopg://u@db/g", "postgresql+asyncpg://u@db/g"),
        ("sqlite+aiosqlite:///x.db", "sqlite+aiosqlite:///x.db"),
    ],
)
def test_plain_database_urls_map_to_the_async_drivers(given: str, used: str) -> None:
    assert database_url(given) == used


def test_another_database_is_refused_with_the_forms_that_work() -> None:
    with pytest.raises(ValueError, match="postgresql://user:password@host"):
        database_url("mysql://u:secret@db/g")

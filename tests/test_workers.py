"""`serve --workers N`: N processes on one SMTP port, one /metrics, supervised."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import procs
import pytest
from procs import Guard, descendants, message, order_id, running, wait_until

WORKERS = 2
MESSAGES = 24


def children(pid: int) -> set[int]:
    """The live worker processes of the supervisor ``pid`` (workers start no processes)."""
    return set(descendants(pid))


def direct_children(pid: int) -> set[int]:
    """The supervisor's own live children: its workers. A worker may briefly run a helper of
    its own while it starts (a library looking up a shared object), which is no worker."""
    return set(procs.children(pid))


def listening(pid: int, port: int) -> bool:
    """Whether process ``pid`` holds a listening TCP socket on ``port``: a worker exists a few
    seconds before it listens (it loads the rule packs first), and connections made meanwhile
    all go to the other one."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                    inodes.add(fields[9])
    try:
        fds = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
    except OSError:
        return False
    return any(fd.startswith("socket:[") and fd[8:-1] in inodes for fd in fds)


def alive(pid: int) -> bool:
    """Running (a zombie left to init counts as gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture
def guard(tmp_path: Path) -> Iterator[Guard]:
    g = Guard(
        tmp_path,
        f"sqlite+aiosqlite:///{tmp_path / 'guard.db'}",
        f"capture:{tmp_path / 'out'}",
        config={"smtp": {"workers": WORKERS}, "notify": {"enabled": False}},
    )
    with running([g]):
        yield g


def captured_pids(g: Guard) -> list[int]:
    """The worker pid in each capture file's name (``<time>-<pid>-<n>.eml``)."""
    return [int(p.name.split("-")[1]) for p in (g.workdir / "out").glob("*.eml")]


def relay_some(g: Guard, n: int) -> None:
    for i in range(n):  # one connection each: the kernel picks a worker per connection
        code, text = g.send(message(f"Your order {order_id(i)}", "Hello, it shipped today.\n\nRegards"))
        assert code == 250 and "Relayed" in text, (code, text)


def test_workers_share_the_port_and_their_metrics_add_up(guard: Guard) -> None:
    assert guard.proc is not None
    wait_until(lambda: len(direct_children(guard.proc.pid)) == WORKERS, 60, what="both workers to start")  # type: ignore[union-attr]
    workers = direct_children(guard.proc.pid)
    wait_until(lambda: all(listening(w, guard.smtp_port) for w in workers), 60, what="both workers to listen")
    relay_some(guard, MESSAGES)
    pids = captured_pids(guard)
    assert len(pids) == MESSAGES
    assert set(pids) == workers, "every worker should have relayed some of the 24 connections"
    assert guard.sample("bsmguard_messages_total", verdict="relayed") == MESSAGES
    assert guard.sample("bsmguard_build_info", version=__import__("proxy").__version__) == 1


def test_a_killed_worker_is_replaced_and_mail_keeps_flowing(guard: Guard) -> None:
    assert guard.proc is not None
    supervisor = guard.proc.pid
    wait_until(lambda: len(direct_children(supervisor)) == WORKERS, 60, what="both workers to start")
    victim = max(direct_children(supervisor))
    os.kill(victim, signal.SIGKILL)
    wait_until(
        lambda: len(direct_children(supervisor)) == WORKERS and victim not in direct_children(supervisor),
        60,
        what="the supervisor to start a new worker",
    )
    relay_some(guard, 4)
    assert f"(pid {victim}) exited with -9: restarting it" in guard.log_tail(200_000)


def test_sigterm_stops_every_worker_and_the_supervisor(guard: Guard) -> None:
    assert guard.proc is not None
    workers = children(guard.proc.pid)
    guard.signal(signal.SIGTERM)
    assert guard.proc.wait(60) == 0
    wait_until(lambda: not any(alive(p) for p in workers), 30, what="the workers to exit")


def test_workers_die_with_a_killed_supervisor(guard: Guard) -> None:
    assert guard.proc is not None
    workers = children(guard.proc.pid)
    guard.proc.kill()
    guard.proc.wait(10)
    wait_until(
        lambda: not any(alive(p) for p in workers), 30, what="the workers to exit with their supervisor"
    )


def test_a_worker_that_cannot_bind_stops_the_supervisor_with_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:  # a listener without SO_REUSEPORT: nobody may share it
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        g = Guard(
            tmp_path,
            f"sqlite+aiosqlite:///{tmp_path / 'guard.db'}",
            f"capture:{tmp_path / 'out'}",
            config={"smtp": {"workers": WORKERS}},
            smtp_port=taken.getsockname()[1],
        )
        g.start()
        assert g.proc is not None
        deadline = time.monotonic() + 120
        while g.proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        code = g.stop()
    assert code == 2
    assert "bsm-guard: cannot listen:" in g.log_tail(20_000)
    assert "Traceback" not in g.log_tail(20_000)

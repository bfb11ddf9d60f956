"""``smtp.workers`` > 1: a supervisor process that runs that many ``serve`` workers on one port.

Every worker is a whole bsm-guard (``proxy.app``) that binds the SMTP ports with SO_REUSEPORT,
so the kernel spreads connections over the processes and both cores judge mail. Worker 0
also serves HTTP (review UI, API, /metrics) and runs the background loops (store gauges,
upstream probe). The store is shared through the database (the ledger and release claims
are exactly-once across processes), metrics through prometheus-client's multiprocess
directory. The supervisor migrates the store once, forwards SIGTERM/SIGINT/SIGHUP, restarts
a worker that dies, and stops everything when a worker cannot start.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from proxy.settings import Settings

log = logging.getLogger(__name__)

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
STARTUP_GRACE = 120.0  # a worker exiting with an error sooner than this could not start
RESTART_PAUSE = 1.0
POLL = 0.2
STOP_TIMEOUT = 90.0  # the upstream deadline plus the drain; then SIGKILL
PR_SET_PDEATHSIG = 1
METRICS_PREFIX = "bsm-guard-metrics-"  # + the supervisor's pid: a killed one's folder is swept


def worker_argv(argv: Sequence[str], index: int) -> list[str]:
    """The command of worker ``index``: this ``serve`` command line plus ``--worker-index``."""
    return [sys.executable, "-m", "proxy.cli", *argv, "--worker-index", str(index)]


def die_with_parent() -> None:
    """Linux: the kernel sends SIGTERM to this worker when its supervisor dies (even by
    SIGKILL), so no worker is left serving alone."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


async def supervise(settings: Settings, argv: Sequence[str]) -> int:
    """Run ``settings.smtp.workers`` workers until SIGTERM/SIGINT; the exit code of the first
    worker that could not start, else 0."""
    from proxy.store import open_store

    await (await open_store(settings.database_url)).close()  # migrate once, before the workers
    _sweep_metrics_dirs()
    directory = tempfile.mkdtemp(prefix=f"{METRICS_PREFIX}{os.getpid()}-")
    env = {**os.environ, MULTIPROC_ENV: directory}
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    pool = _Pool(argv, env, directory)
    loop.add_signal_handler(signal.SIGTERM, stopping.set)
    loop.add_signal_handler(signal.SIGINT, stopping.set)
    loop.add_signal_handler(signal.SIGHUP, pool.forward, signal.SIGHUP)
    try:
        for index in range(settings.smtp.workers):
            pool.start(index)
        log.info("bsm-guard supervisor: %d workers on %s", settings.smtp.workers, settings.smtp.listen)
        while not stopping.is_set():
            failed = pool.reap()
            if failed is not None:
                return failed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stopping.wait(), POLL)
        log.info("bsm-guard supervisor: stopping the workers")
        return 0
    finally:
        await asyncio.to_thread(pool.stop)
        shutil.rmtree(directory, ignore_errors=True)


def _sweep_metrics_dirs() -> None:
    """Remove the metrics folders of supervisors that were killed (SIGKILL skips their clean-up)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{METRICS_PREFIX}*"):
        pid = folder.name.removeprefix(METRICS_PREFIX).split("-", 1)[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            shutil.rmtree(folder, ignore_errors=True)


class _Pool:
    def __init__(self, argv: Sequence[str], env: dict[str, str], directory: str) -> None:
        self.argv, self.env, self.directory = argv, env, directory
        self.procs: dict[int, tuple[subprocess.Popen[bytes], float]] = {}

    def start(self, index: int) -> None:
        proc = subprocess.Popen(worker_argv(self.argv, index), env=self.env)
        self.procs[index] = (proc, time.monotonic())

    def forward(self, signum: int) -> None:
        for proc, _ in self.procs.values():
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signum)

    def reap(self) -> int | None:
        """Restart workers that died while serving; the exit code of one that failed to start."""
        for index, (proc, started) in list(self.procs.items()):
            code = proc.poll()
            if code is None:
                continue
            self._dead(proc.pid)
            if code > 0 and time.monotonic() - started < STARTUP_GRACE:  # not killed: it failed
                log.error("worker %d could not start (exit %d): stopping", index, code)
                del self.procs[index]
                return code
            log.error("worker %d (pid %d) exited with %d: restarting it", index, proc.pid, code)
            time.sleep(RESTART_PAUSE)
            self.start(index)
        return None

    def stop(self) -> None:
        self.forward(signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT
        for proc, _ in self.procs.values():
            try:
                proc.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            self._dead(proc.pid)

    def _dead(self, pid: int) -> None:
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid, self.directory)  # type: ignore[no-untyped-call]

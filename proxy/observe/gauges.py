"""Gauges that are read, not counted: the shared quarantine's size and age, upstream health."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from pathlib import Path

import aiosmtplib

from proxy.errors import RelayTempError
from proxy.observe import metrics
from proxy.settings import Settings, UpstreamSettings
from proxy.smtp.upstream import UpstreamTls, parse_host_port
from proxy.store.api import Store

log = logging.getLogger(__name__)

STORE_INTERVAL = 10.0  # one COUNT/MIN query per instance: cheap, and every instance agrees
PROBE_INTERVAL = 30.0
PROBE_TIMEOUT = 10.0
STOP_TIMEOUT = 2.0  # shutdown must not wait for a query that will not unwind


async def refresh_store_once(store: Store) -> bool:
    """Set the quarantine gauges and the review-decision counts from the store (shared by every
    instance); False on error."""
    try:
        held, oldest = await store.held_stats()
    except Exception as exc:  # the store being down must not end the loop; the alert on
        log.warning("quarantine gauges not refreshed: %s", exc)  # tempfails covers it
        return False
    metrics.QUARANTINE_HELD.set(held)
    metrics.QUARANTINE_OLDEST_AGE.set(oldest)
    try:
        metrics.REVIEW_DECISIONS_TOTAL.set(await store.review_counts())
    except Exception as exc:
        log.warning("review decision counts not refreshed: %s", exc)
        return False
    return True


async def refresh_store_gauges(store: Store, interval: float = STORE_INTERVAL) -> None:
    """Refresh the quarantine gauges forever (run as a task, cancel on shutdown)."""
    while True:
        await refresh_store_once(store)
        await asyncio.sleep(interval)


async def upstream_reachable(
    upstream: UpstreamSettings, local_hostname: str | None = None, timeout: float = PROBE_TIMEOUT
) -> bool:
    """Connect (TLS from the first byte with ``upstream.implicit_tls``), EHLO, STARTTLS as
    relaying would do it (required or opportunistic), NOOP, QUIT; no AUTH, no mail."""
    address = upstream.address.strip()
    if not address:
        return False
    if address.startswith("capture:"):
        return await asyncio.to_thread(_writable, Path(address.removeprefix("capture:")))
    host, port = parse_host_port(address, "upstream.address")
    tls = UpstreamTls.of(upstream)
    client = tls.client(host, port, timeout=timeout, local_hostname=local_hostname)
    try:
        async with asyncio.timeout(timeout):
            await client.connect()
            await tls.secure(client)
            await client.noop()
    except (TimeoutError, OSError, aiosmtplib.SMTPException, RelayTempError):
        client.close()
        return False
    with contextlib.suppress(TimeoutError, OSError, aiosmtplib.SMTPException):
        await client.quit(timeout=timeout)
    client.close()
    return True


def _writable(directory: Path) -> bool:
    target = directory if directory.exists() else directory.parent
    return target.is_dir() and os.access(target, os.W_OK)


async def probe_upstream(settings: Settings, interval: float = PROBE_INTERVAL) -> None:
    """Set ``bsmguard_upstream_up`` from a probe forever, so it is right while no mail flows
    (every relay transaction also sets it, see ``proxy.observe.record.count_upstream``)."""
    while True:
        up = await upstream_reachable(settings.upstream, settings.smtp.hostname)
        metrics.UPSTREAM_UP.set(1 if up else 0)
        await asyncio.sleep(interval)


def start(
    store: Store,
    settings: Settings,
    *,
    store_interval: float = STORE_INTERVAL,
    probe_interval: float = PROBE_INTERVAL,
) -> list[asyncio.Task[None]]:
    """Both loops as tasks of the running loop; ``stop`` them on shutdown."""
    return [
        asyncio.create_task(refresh_store_gauges(store, store_interval), name="store-gauges"),
        asyncio.create_task(probe_upstream(settings, probe_interval), name="upstream-probe"),
    ]


async def stop(tasks: list[asyncio.Task[None]], timeout: float = STOP_TIMEOUT) -> bool:
    """Cancel the loops and wait for them at most ``timeout`` seconds; False if one is stuck.

    ``asyncio.wait`` rather than ``gather`` under a timeout: a cancelled ``gather`` still waits
    for its children, so a task stuck unwinding a store query would hang the shutdown.
    """
    for task in tasks:
        task.cancel()
    if not tasks:
        return True
    done, pending = await asyncio.wait(tasks, timeout=timeout)
    for task in done:  # retrieved, so asyncio does not report it as never retrieved
        if not task.cancelled() and task.exception() is not None:
            log.warning("background task %s failed: %s", task.get_name(), task.exception())
    if pending:
        names = ", ".join(sorted(t.get_name() for t in pending))
        log.warning("background tasks did not stop within %.1f s: %s", timeout, names)
    return not pending

"""The running app: rule packs reloaded on file change and SIGHUP, and a shutdown that cannot hang."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import compliant_message, smtp_send

from proxy.app import App
from proxy.observe import gauges, metrics
from proxy.settings import Settings

PROBE_RULE = "marketing.reload_probe"
SECOND_RULE = "marketing.reload_second"


def pack(rule_id: str = PROBE_RULE, word: str = "zebracoupon", category: str = "marketing") -> str:
    return f"""\
pack: reload_probe
description: A pack the reload test writes while the server runs.
rules:
  - id: {rule_id}
    category: {category}
    description: The made-up word this test looks for.
    reason: "no coupon words in buyer messages"
    languages: [en]
    patterns:
      - '\\b{word}\\b'
    examples:
      match: ["Use {word} at checkout."]
      no_match: ["Your parcel left the warehouse today."]
"""


def sample(name: str, labels: dict[str, str] | None = None) -> float:
    return metrics.REGISTRY.get_sample_value(name, labels or {}) or 0.0


def reloads(result: str) -> float:
    return sample("bsmguard_rules_reloads_total", {"result": result})


async def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("condition not met within the time limit")
        await asyncio.sleep(0.02)


@pytest.fixture
async def rules_app(tmp_path: Path, smtp_upstream: Any, smtp_store: Any):  # type: ignore[no-untyped-def]
    """bsm-guard with the real checker and one (initially empty) operator rule directory."""
    rule_dir = tmp_path / "rules.d"
    rule_dir.mkdir()
    apps: list[App] = []

    async def start(interval: float = 0.05) -> tuple[App, Path]:
        settings = Settings.model_validate(
            {
                "smtp": {"listen": "127.0.0.1:0", "allow_networks": ["127.0.0.0/8"]},
                "upstream": {"address": f"127.0.0.1:{smtp_upstream.port}", "timeout_seconds": 5},
                "detect": {"rule_dirs": [str(rule_dir)], "reload_interval_seconds": interval},
                "notify": {"enabled": False},
            }
        )
        app = await App.start(settings, store=smtp_store, http=False, background=False)
        apps.append(app)
        return app, rule_dir

    yield start
    for app in apps:
        await app.stop(grace=1.0)


async def test_pack_changes_apply_without_restart_and_a_broken_pack_keeps_the_old_set(
    rules_app: Any, caplog: pytest.LogCaptureFixture
) -> None:
    app, rule_dir = await rules_app()
    message = compliant_message("Use zebracoupon for your next order.")
    assert (await smtp_send(app.smtp_port, message))[0] == 250  # no such rule yet

    ok, failed = reloads("success"), reloads("failure")
    (rule_dir / "probe.yaml").write_text(pack(), encoding="utf-8")
    await wait_for(lambda: reloads("success") == ok + 1)
    code, text = await smtp_send(app.smtp_port, message)
    assert code == 550 and f"[{PROBE_RULE}]" in text
    assert sample("bsmguard_rules_loaded") == 1
    assert metrics.REGISTRY.get_sample_value("bsmguard_rule_hits_total", {"rule": PROBE_RULE}) is not None

    with caplog.at_level(logging.ERROR, logger="proxy.app"):
        (rule_dir / "probe.yaml").write_text(pack(category="no_such_category"), encoding="utf-8")
        await wait_for(lambda: reloads("failure") == failed + 1)
    [line] = [r.getMessage() for r in caplog.records if r.name == "proxy.app"]
    assert "probe.yaml" in line and PROBE_RULE in line and "category" in line
    assert "no_such_category" in line
    code, text = await smtp_send(app.smtp_port, message)
    assert code == 550 and f"[{PROBE_RULE}]" in text  # the running set stayed
    assert sample("bsmguard_rules_loaded") == 1

    (rule_dir / "probe.yaml").write_text(pack(SECOND_RULE, "quaggadeal"), encoding="utf-8")
    await wait_for(lambda: reloads("success") == ok + 2)
    assert reloads("failure") == failed + 1
    code, text = await smtp_send(app.smtp_port, compliant_message("A quaggadeal for you."))
    assert code == 550 and f"[{SECOND_RULE}]" in text
    assert (await smtp_send(app.smtp_port, message))[0] == 250  # the first rule is gone
    assert metrics.REGISTRY.get_sample_value("bsmguard_rule_hits_total", {"rule": SECOND_RULE}) is not None


async def test_sighup_reload_counts_and_swaps_even_without_a_change(rules_app: Any) -> None:
    app, rule_dir = await rules_app(interval=0)  # 0: no polling, only SIGHUP
    assert app.rules_task is None
    (rule_dir / "probe.yaml").write_text(pack(), encoding="utf-8")
    await asyncio.sleep(0.2)
    assert (await smtp_send(app.smtp_port, compliant_message("zebracoupon")))[0] == 250
    ok = reloads("success")
    app.request_reload()  # what the SIGHUP handler calls
    await wait_for(lambda: reloads("success") == ok + 1)
    assert (await smtp_send(app.smtp_port, compliant_message("zebracoupon")))[0] == 550
    result = await app.reload_rules()
    assert result is not None and result.ok and result.rules == 1
    assert reloads("success") == ok + 2
    assert await app.reload_rules(changed_only=True) is None  # the poll: nothing changed


async def test_reload_does_not_block_the_event_loop(rules_app: Any) -> None:
    app, rule_dir = await rules_app(interval=0)
    (rule_dir / "probe.yaml").write_text(pack(), encoding="utf-8")
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    try:
        result = await app.reload_rules()
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    assert result is not None and result.ok
    assert ticks > 1  # the loop kept running while the packs were loaded in a thread


# ----------------------------------------------------------------------------- shutdown


class StuckStore:
    """``held_stats`` ignores cancellation until ``release`` is set: a query that will not
    unwind. Everything else goes to the real store."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.entered = asyncio.Event()
        self.release = asyncio.Event()

    async def held_stats(self) -> tuple[int, float]:
        self.entered.set()
        while not self.release.is_set():
            with contextlib.suppress(asyncio.CancelledError):
                await self.release.wait()
        return 0, 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


async def _finish(stuck: StuckStore, tasks: list[asyncio.Task[None]]) -> None:
    """Let the stuck query end, then cancel until every task is done (the stuck one used up
    its first cancellation)."""
    stuck.release.set()
    while not all(t.done() for t in tasks):
        for task in tasks:
            task.cancel()
        await asyncio.wait(tasks, timeout=0.1)


async def test_gauges_stop_returns_when_a_task_ignores_cancellation(
    smtp_store: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    stuck = StuckStore(smtp_store)
    settings = Settings.model_validate({"upstream": {"address": f"capture:{tmp_path}"}})
    tasks = gauges.start(
        stuck,
        settings,
        store_interval=0.01,  # type: ignore[arg-type]
        probe_interval=0.01,
    )
    await asyncio.wait_for(stuck.entered.wait(), 5)
    try:
        # Liveness: stop() gives up on the stuck task after its 0.2 s timeout; the 30 s
        # deadline is far above that and fails only if it hangs.
        with caplog.at_level(logging.WARNING, logger="proxy.observe.gauges"):
            stopped = await asyncio.wait_for(gauges.stop(tasks, timeout=0.2), 30)
        assert stopped is False
        assert "store-gauges" in caplog.text and "upstream-probe" not in caplog.text
        assert tasks[1].cancelled() and not tasks[0].done()
    finally:
        await _finish(stuck, tasks)


async def test_gauges_stop_of_healthy_tasks_is_clean(smtp_store: Any, tmp_path: Path) -> None:
    settings = Settings.model_validate({"upstream": {"address": f"capture:{tmp_path}"}})
    tasks = gauges.start(smtp_store, settings, store_interval=0.01, probe_interval=0.01)
    await asyncio.sleep(0.05)
    assert await gauges.stop(tasks, timeout=2.0) is True
    assert all(t.cancelled() for t in tasks)


async def test_app_stop_does_not_hang_on_a_stuck_store_query(smtp_upstream: Any, smtp_store: Any) -> None:
    stuck = StuckStore(smtp_store)
    settings = Settings.model_validate(
        {
            "smtp": {"listen": "127.0.0.1:0", "allow_networks": ["127.0.0.0/8"]},
            "upstream": {"address": f"127.0.0.1:{smtp_upstream.port}", "timeout_seconds": 5},
            "detect": {"rule_dirs": []},
            "notify": {"enabled": False},
        }
    )
    app = await App.start(
        settings,
        store=stuck,  # type: ignore[arg-type]
        http=False,
        background=True,
    )
    await asyncio.wait_for(stuck.entered.wait(), 5)
    try:
        await asyncio.wait_for(app.stop(grace=0.5), 30)  # liveness: must not hang
        assert app.stopped.is_set()
    finally:
        await _finish(stuck, app.background)

"""A real Prometheus scrapes a real `bsm-guard serve`: every dashboard query and alert rule runs."""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from procs import (
    RULES,
    TEST_WORKERS,
    Guard,
    RecordingUpstream,
    cli,
    free_port,
    message,
    order_id,
    running,
    wait_until,
)

from proxy.settings import UpstreamSettings

REPO = Path(__file__).resolve().parents[1]
PROCESSES = int(TEST_WORKERS or 1)  # serve processes that each count their own rule reloads
DASHBOARD = REPO / "grafana" / "dashboards" / "bsm-guard.json"
ALERTS = REPO / "deploy" / "prometheus" / "alerts.yml"
GRAFANA_VARIABLES = {
    "$__rate_interval": "1m",
    "${__rate_interval}": "1m",
    "$__range": "10m",
    "${__range}": "10m",
    "$__interval": "15s",
    "${__interval}": "15s",
}
SETTLE_TIMEOUT = 40.0
PROM_READY_TIMEOUT = 30.0
GAUGE_TIMEOUT = 15.0  # longer than the quarantine gauges' refresh interval (10 s)

# Alerts this scenario makes fire, and for the others the series their condition reads (the
# condition itself is false in a two-minute-old installation, so "returns data" would be
# vacuous): each input must return data.
FIRES = ("BsmGuardUpstreamDown", "BsmGuardTempfailRate", "BsmGuardRuleReloadFailed")
NOT_MET_INPUTS = {
    "BsmGuardBlockRateSpike": (
        "bsmguard:block_ratio:rate1h > 0.1",
        "bsmguard:block_ratio:rate7d",
        "bsmguard:messages:rate5m > 0",
    ),
    "BsmGuardQuarantineStale": ("max(bsmguard_quarantine_oldest_age_seconds) > 0",),
}
# What the scenario sends, by the verdict bsm-guard must count for it.
EXPECTED_VERDICTS = {"relayed": 2, "rewritten": 1, "held": 2, "rejected": 2, "tempfailed": 1}


def grafana_to_promql(expr: str) -> str:
    for variable, value in GRAFANA_VARIABLES.items():
        expr = expr.replace(variable, value)
    assert "$" not in expr, f"unknown Grafana variable in {expr!r}"
    return expr


def _panel_exprs(panels: list[dict[str, Any]]) -> Iterator[tuple[str, str]]:
    for panel in panels:
        for target in panel.get("targets", []):
            if target.get("expr"):
                yield panel.get("title", "?"), target["expr"]
        yield from _panel_exprs(panel.get("panels", []))


def dashboard_exprs() -> list[Any]:
    panels = json.loads(DASHBOARD.read_text(encoding="utf-8"))["panels"]
    return [pytest.param(grafana_to_promql(e), id=f"{title}: {e[:60]}") for title, e in _panel_exprs(panels)]


def alert_rules() -> list[dict[str, Any]]:
    groups = yaml.safe_load(ALERTS.read_text(encoding="utf-8"))["groups"]
    return [rule for group in groups for rule in group["rules"]]


def rule_params() -> list[Any]:
    return [pytest.param(r, id=r.get("alert") or r["record"]) for r in alert_rules()]


def fast_rules(text: str) -> str:
    """The shipped rules, evaluated every second and without ``for`` delays, so that a test
    of a minute can see them fire (promtool checks the shipped timings in test_deploy)."""
    doc = yaml.safe_load(text)
    for group in doc["groups"]:
        group.pop("interval", None)
        for rule in group["rules"]:
            rule.pop("for", None)
    return yaml.safe_dump(doc, sort_keys=False)


# ----------------------------------------------------------------------------- Prometheus


@dataclass
class Prometheus:
    workdir: Path
    target: str
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.port = free_port()
        (self.workdir / "alerts.yml").write_text(fast_rules(ALERTS.read_text(encoding="utf-8")))
        config = {
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": ["alerts.yml"],
            "scrape_configs": [{"job_name": "bsm-guard", "static_configs": [{"targets": [self.target]}]}],
        }
        (self.workdir / "prometheus.yml").write_text(yaml.safe_dump(config))
        with open(self.workdir / "prometheus.log", "wb") as log:
            self.proc = subprocess.Popen(
                [
                    "prometheus",
                    f"--config.file={self.workdir / 'prometheus.yml'}",
                    f"--storage.tsdb.path={self.workdir / 'tsdb'}",
                    f"--web.listen-address=127.0.0.1:{self.port}",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.workdir,
            )

    def ready(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            log = (self.workdir / "prometheus.log").read_text(errors="replace")[-2000:]
            raise AssertionError(f"prometheus exited with {self.proc.returncode}:\n{log}")
        try:
            return httpx.get(f"{self.url}/-/ready", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    def query(self, expr: str) -> dict[str, Any]:
        response = httpx.get(f"{self.url}/api/v1/query", params={"query": expr}, timeout=10)
        body: dict[str, Any] = response.json()
        return body

    def result(self, expr: str) -> list[dict[str, Any]]:
        body = self.query(expr)
        assert body.get("status") == "success", f"{expr!r}: {body}"
        data: list[dict[str, Any]] = body["data"]["result"]
        return data

    def value(self, expr: str) -> float:
        rows = self.result(expr)
        assert len(rows) == 1, f"{expr!r}: expected one series, got {rows}"
        return float(rows[0]["value"][1])

    def has_data(self, expr: str) -> bool:
        return bool(self.result(expr))

    def firing(self) -> set[str]:
        alerts = httpx.get(f"{self.url}/api/v1/alerts", timeout=10).json()["data"]["alerts"]
        return {a["labels"]["alertname"] for a in alerts if a["state"] == "firing"}


# ----------------------------------------------------------------------------- scenario


@dataclass
class World:
    prom: Prometheus
    guard: Guard
    upstream: RecordingUpstream
    replies: dict[str, tuple[int, str]]


def send_every_verdict(guard: Guard, token_db: str) -> dict[str, tuple[int, str]]:
    """One message per verdict (and a repeat review request); reject one held message."""
    order = order_id(1)
    subject = f"Re: your order {order}"
    sent = {
        "relayed": message(
            subject,
            "Hello, your parcel left our warehouse this morning and "
            "should arrive on Thursday.\n\nKind regards, Shop Support",
        ),
        "rejected": message(
            subject,
            "Hello, the manual for your lamp is at "
            "https://www.lamp-manuals.com/model-7 if you need it.\n\nRegards",
        ),
        "held": message(
            subject, "Hello, only an idiot would plug the lamp in without reading the manual.\n\nRegards"
        ),
        "held_again": message(subject, "Hello, are you stupid? The switch is on the cable."),
        "rewritten": message(
            subject,
            "Hello, your parcel is on its way.\n\nRegards",
            html="<p>Hello, your parcel is on its way.</p><p>Regards</p>"
            '<img src="https://open.tracker.example/o/abc123.gif" '
            'width="1" height="1" alt="">',
        ),
        "review": message(
            f"Your order {order}",
            "Hello, thank you for your purchase.\n\nIf "
            "you have a moment, we would appreciate a review of your purchase "
            "on Amazon.\n\nKind regards",
        ),
    }
    replies = {name: guard.send(raw) for name, raw in sent.items()}
    replies["repeat"] = guard.send(sent["review"])
    held_id = re.search(r" as (\S+) \(", replies["held"][1])
    assert held_id, replies["held"]
    token = cli("users", "token", "prom-test", "--role", "supervisor", "--database", token_db)
    assert token.returncode == 0, token.stderr
    decided = guard.post(
        f"/api/held/{held_id.group(1)}/reject",
        {"reason": "test: refused by a supervisor"},
        token.stdout.strip(),
    )
    assert decided.status_code == 200, decided.text
    return replies


def break_rules_and_reload(guard: Guard, extra: Path) -> None:
    (extra / "broken.yaml").write_text(
        "pack: broken\nrules:\n  - id: broken.rule\n    no_such_key: true\n", encoding="utf-8"
    )
    guard.signal(signal.SIGHUP)  # every worker process reloads (and counts) its own rules
    wait_until(
        lambda: guard.sample("bsmguard_rules_reloads_total", result="failure") == PROCESSES,
        60,  # a reload compiles every pack again: seconds per process on a busy machine
        what="the failed reload to be counted",
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    if shutil.which("prometheus") is None:
        pytest.skip("prometheus is not installed (apt-get install prometheus; .ci/run does)")
    workdir = tmp_path_factory.mktemp("prometheus")
    extra = workdir / "rules.d"
    extra.mkdir()
    database = f"sqlite+aiosqlite:///{workdir / 'guard.db'}"
    upstream = RecordingUpstream()
    guard = Guard(
        workdir,
        database,
        f"127.0.0.1:{upstream.port}",
        config={
            "detect": {"rule_dirs": [str(RULES), str(extra)]},
            "upstream": {"timeout_seconds": 5},
            "notify": {"enabled": False},
        },
    )
    prom = Prometheus(workdir, f"127.0.0.1:{guard.http_port}")
    upstream.start()
    try:
        prom.start()
        with running([guard]):
            wait_until(prom.ready, PROM_READY_TIMEOUT, what="prometheus /-/ready")
            wait_until(
                lambda: prom.has_data('bsmguard_messages_total{verdict="relayed"}'),
                SETTLE_TIMEOUT,
                what="the first scrape of bsm-guard",
            )
            replies = send_every_verdict(guard, database)
            break_rules_and_reload(guard, extra)
            upstream.stop()
            replies["tempfailed"] = guard.send(
                message(f"Re: your order {order_id(2)}", "Hello, your refund was issued today.")
            )
            try:
                wait_until(
                    lambda: set(FIRES) <= prom.firing(), SETTLE_TIMEOUT, what=f"alerts {FIRES} to fire"
                )
            except AssertionError as exc:
                raise AssertionError(f"{exc}; firing: {sorted(prom.firing())}") from None
            yield World(prom, guard, upstream, replies)
    finally:
        prom.stop()
        upstream.stop()


# ----------------------------------------------------------------------------- tests


@pytest.mark.external
@pytest.mark.parametrize(
    ("name", "code", "text"),
    [
        ("relayed", 250, "Relayed"),
        ("rejected", 550, "external_link"),
        ("held", 250, "Held for supervisor review"),
        ("rewritten", 250, "Relayed"),
        ("review", 250, "Relayed"),
        ("repeat", 550, "repeat_request"),
        ("tempfailed", 451, "4.4.1"),
    ],
)
def test_each_verdict_got_its_reply(world: World, name: str, code: int, text: str) -> None:
    got = world.replies[name]
    assert got[0] == code and text in got[1], got


@pytest.mark.external
def test_prometheus_counts_what_was_sent(world: World) -> None:
    by_verdict = {
        r["metric"]["verdict"]: float(r["value"][1])
        for r in world.prom.result("sum by (verdict) (bsmguard_messages_total)")
    }
    assert by_verdict == {k: float(v) for k, v in EXPECTED_VERDICTS.items()}
    assert world.prom.value("sum(bsmguard_repeat_requests_total)") == 1
    # Read from the store by the gauges' refresh: it may lag a scrape by up to 10 s.
    assert eventually(world.prom, 'max(bsmguard_review_decisions_total{decision="rejected"}) == 1')
    assert world.prom.value('sum(bsmguard_rules_reloads_total{result="failure"})') == PROCESSES
    assert world.prom.value("min(bsmguard_upstream_up)") == 0
    assert world.prom.value("max(bsmguard_rules_loaded)") > 0


def eventually(prom: Prometheus, expr: str, timeout: float = GAUGE_TIMEOUT) -> bool:
    """Gauges read from the store lag by up to their refresh interval."""
    try:
        wait_until(lambda: prom.has_data(expr), timeout, step=1.0, what=expr)
    except AssertionError:
        return False
    return True


@pytest.mark.external
def test_quarantine_gauges_follow_the_store(world: World) -> None:
    """Two held, one rejected by a supervisor: one is waiting (needs the periodic refresh)."""
    for expr in ("max(bsmguard_quarantine_held) == 1", "max(bsmguard_quarantine_oldest_age_seconds) > 0"):
        assert eventually(world.prom, expr), (
            f"no data for {expr!r} after {GAUGE_TIMEOUT:.0f} s: is the periodic refresh "
            "(proxy.observe.gauges.refresh_store_gauges) running in proxy.app?"
        )


@pytest.mark.external
@pytest.mark.parametrize("expr", dashboard_exprs())
def test_dashboard_query_returns_data(world: World, expr: str) -> None:
    body = world.prom.query(expr)
    assert body.get("status") == "success", body
    assert body["data"]["result"], f"no data for {expr!r}"


@pytest.mark.external
@pytest.mark.parametrize("rule", rule_params())
def test_rule_expression_returns_data(world: World, rule: dict[str, Any]) -> None:
    alert = rule.get("alert")
    exprs: tuple[str, ...] = (rule["expr"],)
    if alert in NOT_MET_INPUTS:
        body = world.prom.query(rule["expr"])
        assert body.get("status") == "success", body
        exprs = NOT_MET_INPUTS[alert]
    for expr in exprs:
        assert eventually(world.prom, expr), f"no data for {expr!r}"


def test_every_alert_is_covered_by_this_test() -> None:
    names = {r["alert"] for r in alert_rules() if "alert" in r}
    assert names == set(FIRES) | set(NOT_MET_INPUTS)


@pytest.mark.external
def test_alerts_fire(world: World) -> None:
    assert set(FIRES) <= world.prom.firing()


@pytest.mark.external
def test_upstream_got_what_was_relayed_and_no_tracker(world: World) -> None:
    bodies = [raw for _, _, raw in world.upstream.messages]
    assert len(bodies) == EXPECTED_VERDICTS["relayed"] + EXPECTED_VERDICTS["rewritten"]
    assert not any(b"open.tracker.example" in raw for raw in bodies)
    assert not any(b"lamp-manuals" in raw or b"idiot" in raw for raw in bodies)


# ----------------------------------------------------------------------------- probe


async def test_probe_sees_the_upstream_come_and_go() -> None:
    from proxy.observe.gauges import upstream_reachable

    upstream = RecordingUpstream()
    settings = UpstreamSettings(address=f"127.0.0.1:{upstream.port}", timeout_seconds=5)
    assert not await upstream_reachable(settings, timeout=2)
    upstream.start()
    try:
        assert await upstream_reachable(settings, timeout=2)
    finally:
        upstream.stop()
    assert upstream.messages == []  # a probe never sends mail


async def test_probe_of_capture_mode_checks_the_directory(tmp_path: Path) -> None:
    from proxy.observe.gauges import upstream_reachable

    ok = UpstreamSettings(address=f"capture:{tmp_path / 'out'}")
    gone = UpstreamSettings(address=f"capture:{tmp_path / 'no' / 'such' / 'dir'}")
    assert await upstream_reachable(ok)
    assert not await upstream_reachable(gone)

"""Deployment artefacts: offline validators, and every metric they use exists in the exposition."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from prometheus_client import generate_latest

from proxy.observe import metrics

ROOT = Path(__file__).resolve().parents[1]
DASHBOARD = ROOT / "grafana" / "dashboards" / "bsm-guard.json"
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yml"
METRIC_NAME = re.compile(r"\b(bsmguard_[a-z0-9_]+)")


def _tool(name: str) -> str:
    sbin = Path("/usr/sbin") / name
    path = shutil.which(name) or (str(sbin) if sbin.exists() else None)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package; .ci/run installs it)")
    return path


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def exposition_names() -> set[str]:
    metrics.initialise(["external_link.url"])  # the server does this with the loaded rule ids
    metrics.REVIEW_DECISIONS_TOTAL.set({})  # and this on its first read of the store
    text = generate_latest(metrics.REGISTRY).decode()
    lines = [line for line in text.splitlines() if line and line[0] != "#"]
    return {line.split("{")[0].split(" ")[0] for line in lines}


def dashboard_exprs() -> list[str]:
    data = json.loads(DASHBOARD.read_text())
    return [t["expr"] for p in data["panels"] for t in p["targets"]]


def alert_exprs() -> list[str]:
    data = yaml.safe_load(ALERTS.read_text())
    return [r["expr"] for g in data["groups"] for r in g["rules"]]


def test_every_metric_used_by_dashboard_and_alerts_is_exported() -> None:
    exported = exposition_names()
    used = {m for expr in dashboard_exprs() + alert_exprs() for m in METRIC_NAME.findall(expr)}
    assert used, "no bsmguard_ metric found in grafana/ or deploy/"
    missing = sorted(used - exported)
    assert not missing, f"used but not exported: {missing}"


def test_exported_metrics_follow_naming_rules() -> None:
    for metric in metrics.REGISTRY.collect():
        assert metric.name.startswith("bsmguard_"), metric.name
        assert metric.documentation, f"{metric.name} has no help text"
        if metric.type == "counter":
            assert all(s.name.endswith("_total") for s in metric.samples), metric.name
    forbidden = {"address", "sender", "recipient", "order_id", "message_id", "email", "ip"}
    for metric in metrics.REGISTRY.collect():
        for sample in metric.samples:
            assert not forbidden & set(sample.labels), (metric.name, sample.labels)


def test_dashboard_uses_datasource_variable_and_current_schema() -> None:
    data = json.loads(DASHBOARD.read_text())
    assert data["schemaVersion"] >= 36
    assert data["templating"]["list"][0]["type"] == "datasource"
    for panel in data["panels"]:
        assert panel["datasource"]["uid"] == "${datasource}", panel["title"]


def test_dashboard_json_is_generated_from_its_source() -> None:
    out = _run(
        sys.executable,
        "-c",
        "import json,sys; sys.path.insert(0,'grafana'); "
        "import build_dashboard as b; print(json.dumps(b.dashboard(), indent=2))",
    )
    assert out.returncode == 0, out.stderr
    committed = json.loads(DASHBOARD.read_text())
    assert json.loads(out.stdout) == committed, "run grafana/build_dashboard.py"


@pytest.mark.external
def test_promtool_accepts_rules_and_config() -> None:
    promtool = _tool("promtool")
    rules = _run(promtool, "check", "rules", str(ALERTS))
    assert rules.returncode == 0, rules.stdout + rules.stderr
    prometheus_yml = ROOT / "deploy" / "prometheus" / "prometheus.yml"
    config = _run(promtool, "check", "config", str(prometheus_yml))
    assert config.returncode == 0, config.stdout + config.stderr


@pytest.mark.external
def test_compose_file_is_valid() -> None:
    compose = _tool("docker-compose")
    out = _run(compose, "-f", str(ROOT / "deploy" / "docker-compose.yml"), "config", "--quiet")
    assert out.returncode == 0, out.stderr


@pytest.mark.external
def test_systemd_unit_verifies(tmp_path: Path) -> None:
    analyze = _tool("systemd-analyze")
    unit = (ROOT / "deploy" / "systemd" / "bsm-guard.service").read_text()
    # Point ExecStart at this checkout's command so verify can check it is executable.
    exe = Path(sys.executable).with_name("bsm-guard")
    unit = re.sub(r"^ExecStart=\S+", f"ExecStart={exe}", unit, flags=re.M)
    target = tmp_path / "bsm-guard.service"
    target.write_text(unit)
    out = _run(analyze, "verify", str(target))
    problems = [line for line in (out.stdout + out.stderr).splitlines() if "bsm-guard.service" in line]
    assert out.returncode == 0 and not problems, out.stdout + out.stderr


def test_kubernetes_manifests_validate() -> None:
    beside = Path(sys.executable).with_name("kubernetes-validate")
    validator = shutil.which("kubernetes-validate") or str(beside)
    if not Path(validator).exists():
        pytest.skip("kubernetes-validate is not installed (pip install -e '.[dev]')")
    files = sorted(str(p) for p in (ROOT / "deploy" / "k8s").glob("*.yaml"))
    out = _run(validator, "--strict", *files)
    assert out.returncode == 0, out.stdout + out.stderr
    docs = [d for f in files for d in yaml.safe_load_all(Path(f).read_text()) if d]
    kinds = {d["kind"] for d in docs}
    assert {"Deployment", "Service", "ConfigMap", "Secret", "PodDisruptionBudget"} <= kinds
    deployment = next(d for d in docs if d["kind"] == "Deployment")
    assert deployment["spec"]["replicas"] >= 2
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    assert "readinessProbe" in container and "livenessProbe" in container


def test_shipped_example_configs_match_the_schema(tmp_path: Path) -> None:
    from proxy.settings import load_settings

    example = load_settings(ROOT / "deploy" / "config.example.yaml", environ={})
    assert example.upstream.starttls and example.smtp.require_auth
    configmap = next(
        d
        for d in yaml.safe_load_all((ROOT / "deploy" / "k8s" / "configmap.yaml").read_text())
        if d["metadata"]["name"] == "bsm-guard-config"
    )
    k8s = tmp_path / "config.yaml"
    k8s.write_text(configmap["data"]["config.yaml"])
    assert load_settings(k8s, environ={}).smtp.listen == "0.0.0.0:2525"


def test_metrics_are_not_public_in_the_shipped_deployments() -> None:
    """The example config, the k8s Secret and both Prometheus configs agree on a token."""
    from proxy.settings import load_settings

    example = load_settings(ROOT / "deploy" / "config.example.yaml", environ={})
    token = example.http.metrics_token
    assert token and example.http.listen.startswith("127.0.0.1:") and example.http.secure_cookies
    scrape = yaml.safe_load((ROOT / "deploy" / "prometheus" / "prometheus.yml").read_text())
    [job] = scrape["scrape_configs"]
    assert job["authorization"] == {"type": "Bearer", "credentials": token}
    k8s_scrape = yaml.safe_load((ROOT / "deploy" / "prometheus" / "prometheus-k8s.yml").read_text())
    assert k8s_scrape["scrape_configs"][0]["authorization"]["credentials_file"]
    secret = yaml.safe_load((ROOT / "deploy" / "k8s" / "secret.yaml").read_text())
    assert secret["stringData"]["BSM_GUARD_HTTP__METRICS_TOKEN"] == token


def test_caddy_front_forwards_to_the_ui_listen_address() -> None:
    from proxy.settings import load_settings

    example = load_settings(ROOT / "deploy" / "config.example.yaml", environ={})
    caddyfile = (ROOT / "deploy" / "caddy" / "Caddyfile").read_text()
    assert f"reverse_proxy {example.http.listen}" in caddyfile

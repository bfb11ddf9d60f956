"""Write grafana/dashboards/bsm-guard.json (run after changing a panel; the JSON is committed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DS = {"type": "prometheus", "uid": "${datasource}"}
RATE = "$__rate_interval"
Spec = tuple[str, str, str, list[tuple[str, str]], int]


def quantile(q: float, histogram: str) -> str:
    return f"histogram_quantile({q}, sum by (le) (rate({histogram}_bucket[{RATE}])))"


# (title, unit, kind, [(expr, legend)], width)
PANELS: list[Spec] = [
    (
        "Messages by verdict",
        "reqps",
        "timeseries",
        [(f"sum by (verdict) (rate(bsmguard_messages_total[{RATE}]))", "{{verdict}}")],
        12,
    ),
    (
        "Block rate (rejected + held)",
        "percentunit",
        "timeseries",
        [
            (
                f'sum(rate(bsmguard_messages_total{{verdict=~"rejected|held"}}[{RATE}])) '
                f"/ clamp_min(sum(rate(bsmguard_messages_total[{RATE}])), 1e-9)",
                "block rate",
            ),
            ("bsmguard:block_ratio:rate7d", "7-day baseline"),
        ],
        12,
    ),
    (
        "Top categories",
        "short",
        "bargauge",
        [("topk(10, sum by (category) (increase(bsmguard_findings_total[$__range])))", "{{category}}")],
        8,
    ),
    (
        "Top rules",
        "short",
        "bargauge",
        [("topk(10, sum by (rule) (increase(bsmguard_rule_hits_total[$__range])))", "{{rule}}")],
        8,
    ),
    (
        "Monitor mode: would have acted",
        "short",
        "timeseries",
        [(f"sum by (category) (rate(bsmguard_monitor_findings_total[{RATE}]))", "{{category}}")],
        8,
    ),
    ("Quarantine backlog", "short", "stat", [("max(bsmguard_quarantine_held)", "held")], 6),
    ("Oldest held message", "s", "stat", [("max(bsmguard_quarantine_oldest_age_seconds)", "oldest")], 6),
    (
        "Review decisions",
        "short",
        "timeseries",
        [(f"max by (decision) (rate(bsmguard_review_decisions_total[{RATE}]))", "{{decision}}")],
        6,
    ),
    (
        "Time to decision (p50 / p95)",
        "s",
        "timeseries",
        [
            (quantile(0.5, "bsmguard_review_decision_seconds"), "p50"),
            (quantile(0.95, "bsmguard_review_decision_seconds"), "p95"),
        ],
        6,
    ),
    ("Upstream up", "short", "stat", [("min(bsmguard_upstream_up)", "up")], 6),
    (
        "Upstream transactions",
        "reqps",
        "timeseries",
        [(f"sum by (result) (rate(bsmguard_upstream_transactions_total[{RATE}]))", "{{result}}")],
        9,
    ),
    (
        "Upstream latency (p50 / p99)",
        "s",
        "timeseries",
        [
            (quantile(0.5, "bsmguard_upstream_duration_seconds"), "p50"),
            (quantile(0.99, "bsmguard_upstream_duration_seconds"), "p99"),
        ],
        9,
    ),
    (
        "SMTP replies by code",
        "reqps",
        "timeseries",
        [(f"sum by (code) (rate(bsmguard_smtp_replies_total[{RATE}]))", "{{code}}")],
        12,
    ),
    (
        "Stage latency p50 / p95 / p99",
        "s",
        "timeseries",
        [
            (
                f"histogram_quantile({q}, sum by (le, stage) "
                f"(rate(bsmguard_stage_duration_seconds_bucket[{RATE}])))",
                f"{{{{stage}}}} p{p}",
            )
            for q, p in ((0.5, "50"), (0.95, "95"), (0.99, "99"))
        ],
        12,
    ),
    (
        "SMTP sessions / auth failures",
        "short",
        "timeseries",
        [
            ("sum(bsmguard_smtp_sessions)", "sessions"),
            (f"sum(rate(bsmguard_auth_failures_total[{RATE}]))", "auth failures/s"),
        ],
        8,
    ),
    (
        "Repeat review requests refused",
        "short",
        "timeseries",
        [(f"sum(increase(bsmguard_repeat_requests_total[{RATE}]))", "repeats")],
        8,
    ),
    (
        "Rules loaded / reloads",
        "short",
        "timeseries",
        [
            ("max(bsmguard_rules_loaded)", "rules"),
            (f"sum by (result) (increase(bsmguard_rules_reloads_total[{RATE}]))", "reload {{result}}"),
        ],
        8,
    ),
]


def panel(pid: int, x: int, y: int, spec: Spec) -> dict[str, Any]:
    title, unit, kind, targets, width = spec
    return {
        "id": pid,
        "title": title,
        "type": kind,
        "datasource": DS,
        "gridPos": {"h": 8, "w": width, "x": x, "y": y},
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "options": {},
        "targets": [
            {"refId": chr(ord("A") + i), "datasource": DS, "expr": expr, "legendFormat": legend}
            for i, (expr, legend) in enumerate(targets)
        ],
    }


def dashboard() -> dict[str, Any]:
    panels = []
    x = y = 0
    for pid, spec in enumerate(PANELS, start=1):
        if x + spec[4] > 24:
            x, y = 0, y + 8
        panels.append(panel(pid, x, y, spec))
        x += spec[4]
    return {
        "uid": "bsm-guard",
        "title": "bsm-guard",
        "tags": ["bsm-guard", "smtp", "amazon"],
        "schemaVersion": 39,
        "version": 1,
        "editable": True,
        "time": {"from": "now-24h", "to": "now"},
        "refresh": "30s",
        "timezone": "",
        "templating": {
            "list": [
                {
                    "name": "datasource",
                    "label": "Data source",
                    "type": "datasource",
                    "query": "prometheus",
                    "current": {},
                    "hide": 0,
                    "refresh": 1,
                }
            ]
        },
        "annotations": {"list": []},
        "panels": panels,
    }


if __name__ == "__main__":
    out = Path(__file__).parent / "dashboards" / "bsm-guard.json"
    out.write_text(json.dumps(dashboard(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")

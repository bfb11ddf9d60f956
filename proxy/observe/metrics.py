"""Every Prometheus metric bsm-guard exports, declared once (prefix ``bsmguard_``, base units).

Labels are bounded sets only (verdict, category, action, rule id, stage, code, result):
never an address, order id or message id. Every known label value is initialised to zero
so that ``rate()`` sees the first increment.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    multiprocess,
)
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector

from proxy import __version__
from proxy.models import Action, Category

# The *_created series double the exposition for no use on a dashboard.
disable_created_metrics()  # type: ignore[no-untyped-call]
REGISTRY = CollectorRegistry(auto_describe=True)

MESSAGE_VERDICTS = ("relayed", "rewritten", "held", "rejected", "tempfailed")
UPSTREAM_RESULTS = ("accepted", "rejected_temporary", "rejected_permanent", "timeout", "error")
STAGES = ("parse", "normalise", "detect", "decide", "relay", "hold", "total")
REVIEW_DECISIONS = ("released", "rejected", "expired", "edited")
RELOAD_RESULTS = ("success", "failure")
SMTP_CODES = (
    "221",
    "235",
    "250",
    "354",
    "421",
    "451",
    "452",
    "500",
    "501",
    "502",
    "503",
    "504",
    "530",
    "535",
    "538",
    "550",
    "552",
    "554",
    "555",
)
CATEGORIES = tuple(c.value for c in Category)
ACTIONS = tuple(a.value for a in Action)

MESSAGES = Counter(
    "bsmguard_messages", "Messages that reached end of DATA, by outcome.", ["verdict"], registry=REGISTRY
)
FINDINGS = Counter(
    "bsmguard_findings",
    "Findings acted on, by policy category and action.",
    ["category", "action"],
    registry=REGISTRY,
)
RULE_HITS = Counter(
    "bsmguard_rule_hits", "Findings by rule id (acted on or monitored).", ["rule"], registry=REGISTRY
)
MONITOR_FINDINGS = Counter(
    "bsmguard_monitor_findings",
    "Findings recorded in monitor mode (would have been acted on).",
    ["category"],
    registry=REGISTRY,
)
SMTP_REPLIES = Counter(
    "bsmguard_smtp_replies", "SMTP replies sent to clients, by reply code.", ["code"], registry=REGISTRY
)
# Gauges say how several worker processes combine (``multiprocess_mode``, used only when
# PROMETHEUS_MULTIPROC_DIR is set: see ``exposition_registry``).
SMTP_SESSIONS = Gauge(
    "bsmguard_smtp_sessions", "Open SMTP sessions.", registry=REGISTRY, multiprocess_mode="livesum"
)
AUTH_FAILURES = Counter("bsmguard_auth_failures", "Failed SMTP AUTH attempts.", registry=REGISTRY)
LOGIN_RESULTS = ("wrong_password", "throttled")
LOGIN_FAILURES = Counter(
    "bsmguard_login_failures",
    "Refused review-UI logins: a wrong password, or an attempt made before its client's delay was over.",
    ["result"],
    registry=REGISTRY,
)
UPSTREAM_TRANSACTIONS = Counter(
    "bsmguard_upstream_transactions",
    "Transactions with the upstream smarthost, by result.",
    ["result"],
    registry=REGISTRY,
)
UPSTREAM_UP = Gauge(
    "bsmguard_upstream_up",
    "1 when the last upstream transaction or probe succeeded, else 0.",
    registry=REGISTRY,
    multiprocess_mode="livemostrecent",
)
UPSTREAM_DURATION = Histogram(
    "bsmguard_upstream_duration_seconds",
    "Duration of one upstream transaction.",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
    registry=REGISTRY,
)
STAGE_DURATION = Histogram(
    "bsmguard_stage_duration_seconds",
    "Time spent per pipeline stage for one message.",
    ["stage"],
    registry=REGISTRY,
    buckets=(0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5, 30),
)
MESSAGE_SIZE = Histogram(
    "bsmguard_message_size_bytes",
    "Size of received messages.",
    buckets=(1e3, 1e4, 1e5, 1e6, 1e7, 3e7),
    registry=REGISTRY,
)
QUARANTINE_HELD = Gauge(
    "bsmguard_quarantine_held",
    "Messages held for review (read from the shared store).",
    registry=REGISTRY,
    multiprocess_mode="livemostrecent",
)
QUARANTINE_OLDEST_AGE = Gauge(
    "bsmguard_quarantine_oldest_age_seconds",
    "Age of the oldest held message (read from the shared store).",
    registry=REGISTRY,
    multiprocess_mode="livemostrecent",
)


class StoreCounts(Collector):
    """``bsmguard_review_decisions_total``: decisions on held mail, read from the shared store
    (``proxy.observe.gauges``), so that the CLI's decisions count too. Every instance exports the
    same store-wide figure (use ``max``, not ``sum``, across instances). Nothing is exported
    until the store has been read once, so a restart is not a jump from zero."""

    def __init__(self) -> None:
        self.values: dict[str, int] | None = None

    def set(self, values: dict[str, int]) -> None:
        self.values = {d: values.get(d, 0) for d in REVIEW_DECISIONS} | values

    def collect(self) -> Iterator[CounterMetricFamily]:
        family = CounterMetricFamily(
            "bsmguard_review_decisions",
            "Decisions on held messages (read from the shared store; every instance reports the same).",
            labels=["decision"],
        )
        for decision, value in sorted((self.values or {}).items()):
            family.add_metric([decision], value)
        yield family


REVIEW_DECISIONS_TOTAL = StoreCounts()
REGISTRY.register(REVIEW_DECISIONS_TOTAL)
REVIEW_DECISION_SECONDS = Histogram(
    "bsmguard_review_decision_seconds",
    "Time from hold to a supervisor's decision.",
    buckets=(60, 300, 900, 1800, 3600, 7200, 14400, 43200, 86400, 172800, 604800),
    registry=REGISTRY,
)
REPEAT_REQUESTS = Counter(
    "bsmguard_repeat_requests",
    "Review or feedback requests refused as repeats for their order.",
    registry=REGISTRY,
)
RULES_LOADED = Gauge(
    "bsmguard_rules_loaded", "Rules in the active rule set.", registry=REGISTRY, multiprocess_mode="livemax"
)
RULES_RELOADS = Counter(
    "bsmguard_rules_reloads", "Rule-set reloads, by result.", ["result"], registry=REGISTRY
)
# A gauge rather than an Info: Info metrics are not shared between worker processes.
BUILD_INFO = Gauge(
    "bsmguard_build_info", "bsm-guard version.", ["version"], registry=REGISTRY, multiprocess_mode="livemax"
)


def _init(counter: Counter | Histogram, label_sets: Iterable[tuple[str, ...]]) -> None:
    for values in label_sets:
        counter.labels(*values)


def initialise(rule_ids: Iterable[str] = ()) -> None:
    """Create every known label combination at zero (idempotent)."""
    BUILD_INFO.labels(__version__).set(1)
    _init(MESSAGES, ((v,) for v in MESSAGE_VERDICTS))
    _init(FINDINGS, ((c, a) for c in CATEGORIES for a in ACTIONS))
    _init(MONITOR_FINDINGS, ((c,) for c in CATEGORIES))
    _init(SMTP_REPLIES, ((c,) for c in SMTP_CODES))
    _init(UPSTREAM_TRANSACTIONS, ((r,) for r in UPSTREAM_RESULTS))
    _init(STAGE_DURATION, ((s,) for s in STAGES))
    _init(RULES_RELOADS, ((r,) for r in RELOAD_RESULTS))
    _init(LOGIN_FAILURES, ((r,) for r in LOGIN_RESULTS))
    _init(RULE_HITS, ((r,) for r in rule_ids))


def exposition_registry() -> CollectorRegistry:
    """What ``/metrics`` serves: this process's registry, or, with several worker processes
    (PROMETHEUS_MULTIPROC_DIR set by ``proxy.workers``), every worker's samples added up by
    prometheus-client's multiprocess collector, plus the store-wide review counts."""
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not directory:
        return REGISTRY
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=directory)  # type: ignore[no-untyped-call]
    registry.register(REVIEW_DECISIONS_TOTAL)
    return registry


def reply_sent(reply: str) -> None:
    """Count an SMTP reply by its three-digit code (unknown codes are folded into their class)."""
    code = reply[:3]
    if code not in SMTP_CODES:
        code = f"{code[:1]}xx" if code[:1] in "2345" else "other"
    SMTP_REPLIES.labels(code).inc()


initialise()

"""Decide stage: the only place that maps findings to a verdict (overrides and monitor mode live here)."""

from __future__ import annotations

from dataclasses import replace

from proxy.models import STRENGTH, Action, Category, Finding, Verdict
from proxy.settings import DetectSettings

_VERDICT = {
    Action.REWRITE: Verdict.REWRITE,
    Action.QUARANTINE: Verdict.QUARANTINE,
    Action.REJECT: Verdict.REJECT,
}


def decide(
    findings: list[Finding], policy: DetectSettings
) -> tuple[Verdict, tuple[Finding, ...], tuple[Finding, ...]]:
    """Return (verdict, findings acted on, findings only monitored).

    Per-rule overrides beat per-category overrides; ``off`` drops a finding entirely;
    monitor mode (global or per rule/category) records a finding without acting on it.
    Internal errors are never monitored away: failing closed is not a policy choice.
    """
    acted: list[Finding] = []
    monitored: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for finding in findings:
        key = (finding.rule, finding.excerpt)
        if key in seen:
            continue
        seen.add(key)
        rule_o = policy.rules.get(finding.rule)
        cat_o = policy.categories.get(finding.category)
        action = (rule_o.action if rule_o and rule_o.action else None) or (
            cat_o.action if cat_o and cat_o.action else None
        )
        if action == "off" and finding.category is not Category.INTERNAL:
            continue
        if isinstance(action, Action):
            finding = replace(finding, action=action)
        monitor = (
            policy.monitor
            or bool(rule_o and rule_o.monitor)
            or bool(cat_o and cat_o.monitor)
            or (policy.wording_model == "monitor" and finding.rule.endswith(".model"))
        )
        if monitor and finding.category is not Category.INTERNAL:
            monitored.append(finding)
        else:
            acted.append(finding)
    if not acted:
        return Verdict.DELIVER, (), tuple(monitored)
    strongest = max(acted, key=lambda f: STRENGTH[f.action]).action
    return _VERDICT[strongest], tuple(acted), tuple(monitored)

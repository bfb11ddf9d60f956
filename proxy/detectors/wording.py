"""Wording detector: the pattern rules of the YAML packs (``ctx.rules``) over the segments."""

from __future__ import annotations

from proxy.detectors import Context
from proxy.models import Document, Finding
from proxy.rules import RuleSet


def detect(doc: Document, ctx: Context) -> list[Finding]:
    """Findings of every pattern rule that fires; detector-signal rules never report here."""
    rules = ctx.rules
    if not isinstance(rules, RuleSet):
        return []
    return rules.match(doc)

"""Wording detector: the pattern rules of the YAML packs (``ctx.rules``) over the segments."""

from __future__ import annotations

from proxy.detectors.base import Context
from proxy.models import Document, Finding


def detect(doc: Document, ctx: Context) -> list[Finding]:
    """Findings of every pattern rule that fires; detector-signal rules never report here."""
    if ctx.rules is None:
        return []
    return ctx.rules.match(doc, ctx.rule_hits(doc))

"""What every detector shares: the per-message context and the excerpt helper."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from proxy.excerpts import excerpt
from proxy.models import Document, Finding
from proxy.rules.engine import Hit, RuleSet


@dataclass(frozen=True)
class Context:
    """What detectors may read besides the message: operator settings and compiled rule packs."""

    allow_domains: frozenset[str] = frozenset()  # operator allowlist (registered domains)
    allow_url_prefixes: tuple[str, ...] = ()
    rules: RuleSet | None = None
    # The rule packs' hits on the message being judged, computed once by the checker and
    # shared by the detectors that read rules (wording, proactive, review requests).
    hits: tuple[Hit, ...] | None = None

    def rule_hits(self, doc: Document) -> tuple[Hit, ...]:
        if self.rules is None:
            return ()
        return self.hits if self.hits is not None else tuple(self.rules.hits(doc))


Detector = Callable[[Document, Context], list[Finding]]


__all__ = ["Context", "Detector", "excerpt"]

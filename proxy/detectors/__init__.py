"""Detect stage: pure functions ``Document × Context → list[Finding]``, one module per concern.

A detector never returns an SMTP code and never does I/O. The default action of each finding
comes from ``Category`` defaults (``proxy.decide``) unless the detector has a reason to set
another one (for example ``opt_out`` header → rewrite, body link → reject).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from proxy.models import Document, Finding


@dataclass(frozen=True)
class Context:
    """What detectors may read besides the message: operator settings and compiled rule packs."""

    allow_domains: frozenset[str] = frozenset()  # operator allowlist (registered domains)
    allow_url_prefixes: tuple[str, ...] = ()
    rules: object | None = None  # proxy.rules.RuleSet, typed loosely to avoid an import cycle
    extra: dict[str, object] = field(default_factory=dict)


Detector = Callable[[Document, Context], list[Finding]]


def excerpt(text: str, start: int, end: int, pad: int = 30) -> str:
    """A short single-line excerpt around ``text[start:end]``."""
    lo = max(0, start - pad)
    hi = min(len(text), end + pad)
    out = " ".join(text[lo:hi].split())
    return out[:120]

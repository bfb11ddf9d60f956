"""Detect stage: pure functions ``Document × Context → list[Finding]``, one module per concern.

A detector never returns an SMTP code and never does I/O, and imports only the stages before
it (models, pipeline parse/normalise, the rule engine). The default action of each finding
comes from ``proxy.models.DEFAULT_ACTIONS`` unless the detector has a reason to set another
one (for example ``opt_out`` header → rewrite, body link → reject); decide applies the
operator's overrides. Modules starting with ``_`` are helpers, not detectors. ``DETECTORS`` is
the registry the checker runs, in order; ``signal`` (the wording model) runs after them.
"""

from __future__ import annotations

from proxy.detectors import (
    attachments,
    channels,
    emails,
    headers,
    links,
    phones,
    pixels,
    proactive,
    styling,
    wording,
)
from proxy.detectors.base import Context, Detector, excerpt

DETECTORS: tuple[Detector, ...] = (
    links.detect,
    emails.detect,
    phones.detect,
    channels.detect,
    attachments.detect,
    pixels.detect,
    styling.detect,
    headers.detect,
    wording.detect,
    proactive.detect,
)

__all__ = ["DETECTORS", "Context", "Detector", "excerpt"]

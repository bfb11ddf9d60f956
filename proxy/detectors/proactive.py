"""Detector placeholder: being written (missing_order_id, important_tag, unpermitted_proactive)."""

from __future__ import annotations

from proxy.detectors import Context
from proxy.models import Document, Finding


def detect(doc: Document, ctx: Context) -> list[Finding]:
    return []

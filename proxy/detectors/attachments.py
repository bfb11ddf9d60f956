"""Detector placeholder: being written (see the detection issue)."""

from __future__ import annotations

from proxy.detectors import Context
from proxy.models import Document, Finding


def detect(doc: Document, ctx: Context) -> list[Finding]:
    return []

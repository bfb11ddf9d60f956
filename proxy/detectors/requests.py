"""Review-request recognition placeholder: being written (feeds the repeat-request ledger)."""

from __future__ import annotations

from proxy.detectors import Context
from proxy.models import Document, ReviewRequest


def review_request(doc: Document, ctx: Context) -> ReviewRequest | None:
    return None

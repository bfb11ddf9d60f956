"""What the inbound path and the release path share: one upstream send, the rewrite step, and
the mapping of upstream failures to replies and metrics."""

from __future__ import annotations

import logging
import time
from typing import Any

from proxy.errors import RelayError, RelayTempError
from proxy.models import Action, Finding
from proxy.observe.record import count_upstream
from proxy.pipeline import rewrite as rewrite_stage
from proxy.smtp import replies
from proxy.smtp.replies import Reply
from proxy.smtp.upstream import Accepted, Envelope, Upstream

log = logging.getLogger(__name__)


async def send_upstream(upstream: Upstream, envelope: Envelope, data: bytes) -> Accepted:
    """Hand ``data`` to the upstream and count the outcome; ``RelayError`` when it refused or
    could not be reached (never a success without the upstream's 250)."""
    t0 = time.perf_counter()
    try:
        accepted = await upstream.send(envelope, data)
    except RelayError as exc:
        count_upstream(_result(exc), time.perf_counter() - t0)
        raise
    count_upstream("accepted", time.perf_counter() - t0)
    return accepted


def relay_failure_reply(exc: RelayError) -> Reply:
    """Upstream 4xx, timeouts and connection trouble → 451 4.4.1; upstream 5xx passes through."""
    if isinstance(exc, RelayTempError):
        return replies.UPSTREAM_UNAVAILABLE
    return replies.upstream(exc.code, exc.message)


def _result(exc: RelayError) -> str:
    if isinstance(exc, RelayTempError):
        if exc.message == "timed out":
            return "timeout"
        return "rejected_temporary" if 400 <= exc.code < 500 and exc.code != 451 else "error"
    return "rejected_permanent"


def finding_dict(f: Finding) -> dict[str, Any]:
    return {"rule": f.rule, "category": f.category.value, "action": f.action.value,
            "excerpt": f.excerpt, "where": f.where, "reason": f.reason, "quoted": f.quoted}


def rewrite(raw: bytes, findings: tuple[Finding, ...]) -> tuple[bytes, dict[str, Any]] | None:
    """The rewritten bytes and a summary of the change, or None when rewriting failed."""
    edits = [f.edit for f in findings if f.action is Action.REWRITE and f.edit is not None]
    try:
        data = rewrite_stage.apply_edits(raw, edits)
        return data, {"rewrite": str(rewrite_stage.diff_summary(raw, data))}
    except Exception:
        log.exception("rewrite failed; holding the message instead")
        return None

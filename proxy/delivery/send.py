"""What the inbound path and the release path share: one upstream send, the rewrite step, and
the mapping of upstream failures to replies and metrics."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from functools import partial
from typing import Any

from proxy.delivery import dkim
from proxy.errors import RelayError, RelayTempError
from proxy.models import Action, Finding, Later
from proxy.observe.record import count_upstream
from proxy.pipeline import rewrite as rewrite_stage
from proxy.settings import DkimSettings
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
    return {
        "rule": f.rule,
        "category": f.category.value,
        "action": f.action.value,
        "excerpt": f.excerpt,
        "where": f.where,
        "reason": f.reason,
        "quoted": f.quoted,
    }


@dataclass(frozen=True)
class Rewritten:
    """The bytes to relay and the audit summary of the change; ``hold``: do not relay, hold
    the message with this finding (a signed message under ``dkim.on_rewrite: hold``)."""

    data: bytes
    details: dict[str, Any]
    hold: Finding | None = None


def rewrite(
    raw: bytes,
    findings: tuple[Finding, ...],
    dkim_settings: DkimSettings | None = None,
    *,
    supervised: bool = False,
) -> Rewritten | None:
    """The rewritten message, or None when rewriting failed. A message the helpdesk DKIM-signed
    is then handled by ``dkim_settings.on_rewrite`` (``proxy.delivery.dkim``); ``supervised``:
    a supervisor released it, so it is relayed, never held again."""
    edits = [f.edit for f in findings if f.action is Action.REWRITE and f.edit is not None]
    try:
        changes: list[rewrite_stage.Change] = []
        data = rewrite_stage.apply_edits(raw, edits, changes)
        details: dict[str, Any] = {"rewrite": Later(partial(rewrite_stage.summarise, changes))}
        signed = dkim.after_rewrite(raw, data, edits, dkim_settings or DkimSettings(), supervised=supervised)
    except Exception:
        log.exception("rewrite failed; holding the message instead")
        return None
    if signed.note:
        details["dkim"] = signed.note
    return Rewritten(signed.data, details, signed.hold)

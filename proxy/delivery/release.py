"""Act stage, supervisor path: release a held message (re-checked with the current rules,
through the ledger, relayed by the same upstream send as inbound mail) or reject it."""

from __future__ import annotations

import asyncio
import logging
import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from proxy.delivery.dkim import HOLD_RULE as DKIM_HOLD_RULE
from proxy.delivery.send import rewrite, send_upstream
from proxy.errors import RelayError, StoreError
from proxy.models import Action, Finding, Judgement, Verdict, resolved
from proxy.observe.record import review_waited
from proxy.pipeline.checker import Checker, build_checker
from proxy.settings import Settings
from proxy.smtp import replies
from proxy.smtp.upstream import Envelope, Upstream, make_upstream
from proxy.store.api import HeldMessage, HeldStatus, Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReleaseResult:
    ok: bool
    status: str  # released | blocked | failed | not_found | not_held | purged
    detail: str
    upstream_code: int | None = None
    upstream_message: str | None = None
    findings: tuple[Finding, ...] = ()  # new findings that block the release

    @property
    def reply(self) -> str:
        """The upstream's reply when there was one, else why the release did not happen."""
        if self.upstream_code is not None:
            return f"{self.upstream_code} {self.upstream_message or ''}".strip()
        return self.detail


async def release(
    store: Store,
    settings: Settings,
    held_id: str,
    reviewer: str,
    reason: str,
    *,
    force: bool = False,
    checker: Checker | None = None,
    upstream: Upstream | None = None,
) -> ReleaseResult:
    """Re-check a held message with the current rules and relay it.

    The supervisor's release overrides the findings it was held for (and any finding of
    quarantine strength); a new finding of reject strength, or a repeat review request,
    still blocks unless ``force``. The message stays held when the upstream refuses it.
    """
    held = await store.get(held_id)
    if held is None:
        return ReleaseResult(False, "not_found", f"no held message {held_id!r}")
    if held.status is not HeldStatus.HELD:
        return ReleaseResult(False, "not_held", f"message {held_id} is {held.status.value}")
    raw = held.edited_raw or held.raw
    if raw is None:
        return ReleaseResult(False, "purged", f"the content of {held_id} was purged")
    # Exactly once across instances: only the holder of the claim re-checks and relays.
    token = secrets.token_hex(8)
    if not await store.claim_release(held_id, token, 2 * settings.upstream.timeout_seconds + 60):
        return ReleaseResult(False, "busy", f"message {held_id} is being released by someone else right now")
    result = ReleaseResult(False, "failed", "the release did not finish")
    try:
        result = await _release_claimed(
            store, settings, held, raw, token, reviewer, reason, force, checker, upstream
        )
    finally:
        if not result.ok:
            await store.drop_claim(held_id, token)
    return result


async def _release_claimed(
    store: Store,
    settings: Settings,
    held: HeldMessage,
    raw: bytes,
    token: str,
    reviewer: str,
    reason: str,
    force: bool,
    checker: Checker | None,
    upstream: Upstream | None,
) -> ReleaseResult:
    held_id = held.id
    checker = checker or build_checker(settings.detect)
    j = overridden(await asyncio.to_thread(checker.judge, raw), _overridden_rules(held), force)
    if j.verdict is Verdict.REJECT:
        return _blocked(j)
    j = await checker.apply_ledger(j, store, held_id)
    if j.verdict is Verdict.REJECT and not force:
        return _blocked(j)
    data, details = raw, dict[str, Any]()
    if j.verdict is Verdict.REWRITE:
        # A supervisor decided: a signed message is relayed (dkim.on_rewrite "hold": unsigned).
        rewritten = rewrite(raw, j.findings, settings.dkim, supervised=True)
        if rewritten is None:
            await store.release(held_id)
            return ReleaseResult(False, "failed", "the message could not be rewritten")
        data, details = rewritten.data, rewritten.details
    details = resolved(details)  # a supervisor's release: the diff is computed now
    details.update(
        reason=reason, forced=force, overridden=list(held.rules), rules=[f.rule for f in j.findings]
    )
    if upstream is not None:
        return await _relay_held(store, upstream, held, data, token, reviewer, reason, details)
    own = make_upstream(settings.upstream, settings.smtp.hostname)
    try:  # a connection of its own, closed with QUIT, not left for an idle timer
        return await _relay_held(store, own, held, data, token, reviewer, reason, details)
    finally:
        await own.close()


async def _relay_held(
    store: Store,
    upstream: Upstream,
    held: HeldMessage,
    data: bytes,
    token: str,
    reviewer: str,
    reason: str,
    details: dict[str, Any],
) -> ReleaseResult:
    envelope = Envelope(held.mail_from, held.rcpt_tos, _options_for(data, held))
    try:
        accepted = await send_upstream(upstream, envelope, data)
    except RelayError as exc:
        await store.release(held.id)
        await store.audit(
            reviewer, "release_failed", held.id, {**details, "upstream": f"{exc.code} {exc.message}"}
        )
        return ReleaseResult(
            False,
            "failed",
            "the upstream did not accept the message",
            upstream_code=exc.code,
            upstream_message=exc.message,
        )
    await store.confirm(held.id)
    upstream_reply = f"{accepted.code} {accepted.message}"
    try:
        await store.decide(held.id, HeldStatus.RELEASED, reviewer, reason, claim=token)
    except StoreError as exc:  # decided meanwhile by someone else: the relay stands
        log.warning("released %s but could not mark it: %s", held.id, exc)
    await store.audit(reviewer, "released", held.id, {**details, "upstream": upstream_reply})
    _review_waited(held)
    return ReleaseResult(
        True, "released", "relayed", upstream_code=accepted.code, upstream_message=accepted.message
    )


async def reject_held(
    store: Store, settings: Settings, held_id: str, reviewer: str, reason: str
) -> HeldMessage:
    """The supervisor refuses a held message: it is never relayed (raises ``StoreError``)."""
    decided = await store.decide(held_id, HeldStatus.REJECTED, reviewer, reason)
    await store.audit(reviewer, "review_rejected", held_id, {"reason": reason})
    _review_waited(decided)
    return decided


def overridden(j: Judgement, held_rules: tuple[str, ...], force: bool) -> Judgement:
    """The judgement after a supervisor's release: only new reject-strength findings and
    rewrites remain (and only rewrites when forced)."""
    keep = {Action.REWRITE} if force else {Action.REWRITE, Action.REJECT}
    kept = tuple(f for f in j.findings if f.rule not in held_rules and f.action in keep)
    actions = {f.action for f in kept}
    verdict = (
        Verdict.REJECT
        if Action.REJECT in actions
        else Verdict.REWRITE
        if Action.REWRITE in actions
        else Verdict.DELIVER
    )
    return replace(j, verdict=verdict, findings=kept)


def _overridden_rules(held: HeldMessage) -> tuple[str, ...]:
    """The rules a release overrides: those the message was held for, except its rewrites when
    it was held only because they would break its DKIM signature (they still apply)."""
    if DKIM_HOLD_RULE not in held.rules:
        return held.rules
    rewrites = {str(f.get("rule")) for f in held.findings if f.get("action") == Action.REWRITE.value}
    return tuple(r for r in held.rules if r not in rewrites)


def _blocked(j: Judgement) -> ReleaseResult:
    blocking = tuple(f for f in j.findings if f.action is Action.REJECT)
    return ReleaseResult(False, "blocked", str(replies.rejected(blocking)), findings=blocking)


def _options_for(data: bytes, held: HeldMessage) -> tuple[str, ...]:
    """MAIL parameters for a released message: the ones it was received with, plus what the
    bytes now need (a supervisor's edit can add 8-bit text); inferred for messages held before
    the parameters were stored."""
    options = list(held.mail_options or ())
    if any(b > 0x7F for b in data) and not any(o.upper().startswith("BODY=") for o in options):
        options.append("BODY=8BITMIME")
    if not held.mail_from.isascii() and "SMTPUTF8" not in (o.upper() for o in options):
        options.append("SMTPUTF8")
    return tuple(options)


def _review_waited(held: HeldMessage) -> None:
    review_waited((datetime.now(UTC) - held.created_at).total_seconds())

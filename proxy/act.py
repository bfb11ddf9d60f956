"""Act stage: turn a verdict into an outcome (relay, hold, refuse) and answer the helpdesk."""

from __future__ import annotations

import asyncio
import importlib
import logging
import secrets
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from proxy import replies
from proxy.errors import RelayError, RelayTempError, StoreError
from proxy.models import Action, Finding, Judgement, Verdict
from proxy.pipeline import Checker, build_checker
from proxy.record import Decision, Recorder, count_review, count_upstream
from proxy.relay import Envelope, Upstream, make_upstream
from proxy.replies import Reply
from proxy.settings import Settings
from proxy.store.api import HeldMessage, HeldStatus, Store

log = logging.getLogger(__name__)

# Above this size the judgement runs in a worker thread so other sessions keep being served.
THREAD_JUDGE_BYTES = 512 * 1024


def new_ref() -> str:
    return secrets.token_hex(8)


@dataclass(frozen=True)
class Inbound:
    """One received message: the envelope, the bytes as received and who sent it."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    client: str  # authenticated user name, else the client address
    options: tuple[str, ...] = ()  # MAIL parameters to pass upstream (BODY=8BITMIME, SMTPUTF8)
    ref: str = field(default_factory=new_ref)

    @property
    def envelope(self) -> Envelope:
        return Envelope(self.mail_from, self.rcpt_tos, self.options)


@dataclass
class Guard:
    """Everything the end of DATA needs; ``checker`` is swapped on a rules reload."""

    checker: Checker
    store: Store
    upstream: Upstream
    recorder: Recorder

    async def process(self, msg: Inbound) -> Reply:
        t0 = time.perf_counter()
        durations: dict[str, float] = {}
        judgement: Judgement | None = None
        try:
            judgement = await self.judge(msg.raw)
            durations.update(judgement.durations)
            t1 = time.perf_counter()
            judgement = await self.checker.apply_ledger(judgement, self.store, msg.ref)
            durations["ledger"] = time.perf_counter() - t1
            return await self._act(msg, judgement, durations, t0)
        except Exception as exc:  # the store or a bug: the helpdesk retries, nothing is lost
            log.exception("message %s not processed", msg.ref)
            reply = replies.INTERNAL_ERROR
            durations["total"] = time.perf_counter() - t0
            await self._record("tempfailed", msg, reply, judgement, durations,
                               error=f"{type(exc).__name__}: {exc}")
            return reply

    async def judge(self, raw: bytes) -> Judgement:
        if len(raw) > THREAD_JUDGE_BYTES:
            return await asyncio.to_thread(self.checker.judge, raw)
        return self.checker.judge(raw)

    async def _act(self, msg: Inbound, j: Judgement, durations: dict[str, float],
                   t0: float) -> Reply:
        if j.verdict is Verdict.REJECT:
            reply = replies.rejected(j.findings)
            durations["total"] = time.perf_counter() - t0
            await self._record("rejected", msg, reply, j, durations)
            return reply
        if j.verdict is Verdict.QUARANTINE:
            return await self._hold(msg, j, durations, t0)
        data, details = msg.raw, dict[str, Any]()
        if j.verdict is Verdict.REWRITE:
            rewritten = rewrite(msg.raw, j.findings)
            if rewritten is None:  # fail closed: a supervisor looks at it
                await self._settle_ledger(msg.ref, j, relayed=False)
                return await self._hold(msg, j, durations, t0)
            data, details = rewritten
        return await self._relay(msg, j, data, durations, t0, details)

    async def _relay(self, msg: Inbound, j: Judgement, data: bytes, durations: dict[str, float],
                     t0: float, details: dict[str, Any]) -> Reply:
        action = "rewritten" if j.verdict is Verdict.REWRITE else "relayed"
        t1 = time.perf_counter()
        try:
            accepted = await self.upstream.send(msg.envelope, data)
        except RelayError as exc:
            durations["relay"] = time.perf_counter() - t1
            count_upstream(_result(exc), durations["relay"])
            await self._settle_ledger(msg.ref, j, relayed=False)
            reply = relay_failure_reply(exc)
            durations["total"] = time.perf_counter() - t0
            await self._record("tempfailed" if reply.temporary else "rejected", msg, reply, j,
                               durations, upstream=f"{exc.code} {exc.message}", details=details)
            return reply
        except BaseException:
            await self._settle_ledger(msg.ref, j, relayed=False)  # client gone: it will retry
            raise
        durations["relay"] = time.perf_counter() - t1
        count_upstream("accepted", durations["relay"])
        await self._settle_ledger(msg.ref, j, relayed=True)
        reply = replies.relayed(accepted.message)
        durations["total"] = time.perf_counter() - t0
        await self._record(action, msg, reply, j, durations,
                           upstream=f"{accepted.code} {accepted.message}", details=details)
        return reply

    async def _hold(self, msg: Inbound, j: Judgement, durations: dict[str, float],
                    t0: float) -> Reply:
        t1 = time.perf_counter()
        subject, order_ids = summary(msg.raw)
        try:
            held_id = await self.store.hold(
                msg.raw, msg.mail_from, msg.rcpt_tos, msg.client, subject, order_ids,
                tuple(finding_dict(f) for f in j.findings))
        except Exception as exc:
            log.exception("message %s could not be held", msg.ref)
            durations["total"] = time.perf_counter() - t0
            await self._record("tempfailed", msg, replies.HOLD_FAILED, j, durations,
                               error=f"hold: {type(exc).__name__}: {exc}")
            return replies.HOLD_FAILED
        durations["hold"] = time.perf_counter() - t1
        reply = replies.held(held_id, j.findings)
        durations["total"] = time.perf_counter() - t0
        await self._record("held", msg, reply, j, durations, held_id=held_id)
        return reply

    async def _settle_ledger(self, ref: str, j: Judgement, *, relayed: bool) -> None:
        """Confirm or free the review-request reservation; a failure here is logged only,
        because the message has been answered (or is about to be) either way."""
        if j.review_request is None:
            return
        try:
            await (self.store.confirm(ref) if relayed else self.store.release(ref))
        except Exception:
            log.exception("ledger %s for %s failed", "confirm" if relayed else "release", ref)

    async def _record(self, action: str, msg: Inbound, reply: Reply, j: Judgement | None,
                      durations: dict[str, float], **extra: Any) -> None:
        try:
            await self.recorder.record(Decision(
                action=action, ref=msg.ref, reply=reply, judgement=j, raw=msg.raw,
                mail_from=msg.mail_from, rcpt_tos=msg.rcpt_tos, client=msg.client,
                durations=durations, **extra))
        except Exception:
            log.exception("decision for %s not recorded", msg.ref)


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
            "excerpt": f.excerpt, "where": f.where, "reason": f.reason}


def summary(raw: bytes) -> tuple[str, tuple[str, ...]]:
    """Subject and order ids for the quarantine list (only on the hold path)."""
    from proxy.amazon import order_ids
    from proxy.parse import parse_message

    try:
        parsed = parse_message(raw)
    except Exception:
        return header_subject(raw), tuple(order_ids(header_subject(raw)))
    text = "\n".join((parsed.subject, *parsed.text_parts, *parsed.html_parts))
    return parsed.subject, tuple(order_ids(text))


def header_subject(raw: bytes) -> str:
    from email import message_from_bytes
    from email.header import decode_header, make_header

    try:
        value = message_from_bytes(raw.split(b"\r\n\r\n", 1)[0]).get("Subject", "")
        return str(make_header(decode_header(str(value))))[:500]
    except Exception:
        return ""


def rewrite(raw: bytes, findings: tuple[Finding, ...]) -> tuple[bytes, dict[str, Any]] | None:
    """The rewritten bytes and a summary of the change, or None when rewriting failed."""
    edits = [f.edit for f in findings if f.action is Action.REWRITE and f.edit is not None]
    try:
        # Imported by name: the rewrite stage is optional for this module.
        module = importlib.import_module("proxy.rewrite")
        data: bytes = module.apply_edits(raw, edits)
        return data, {"rewrite": str(module.diff_summary(raw, data))}
    except Exception:
        log.exception("rewrite failed; holding the message instead")
        return None


# ----------------------------------------------------------------------------- supervisors
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


async def release(store: Store, settings: Settings, held_id: str, reviewer: str, reason: str,
                  *, force: bool = False, checker: Checker | None = None,
                  upstream: Upstream | None = None) -> ReleaseResult:
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
    checker = checker or build_checker(settings.detect)
    j = overridden(await asyncio.to_thread(checker.judge, raw), held.rules, force)
    if j.verdict is Verdict.REJECT:
        return _blocked(j)
    j = await checker.apply_ledger(j, store, held_id)
    if j.verdict is Verdict.REJECT and not force:
        return _blocked(j)
    data, details = raw, dict[str, Any]()
    if j.verdict is Verdict.REWRITE:
        rewritten = rewrite(raw, j.findings)
        if rewritten is None:
            await store.release(held_id)
            return ReleaseResult(False, "failed", "the message could not be rewritten")
        data, details = rewritten
    upstream = upstream or make_upstream(settings.upstream, settings.smtp.hostname)
    details.update(reason=reason, forced=force, overridden=list(held.rules),
                   rules=[f.rule for f in j.findings])
    return await _relay_held(store, upstream, held, data, reviewer, reason, details)


async def _relay_held(store: Store, upstream: Upstream, held: HeldMessage, data: bytes,
                      reviewer: str, reason: str, details: dict[str, Any]) -> ReleaseResult:
    envelope = Envelope(held.mail_from, held.rcpt_tos, _options_for(data, held.mail_from))
    t0 = time.perf_counter()
    try:
        accepted = await upstream.send(envelope, data)
    except RelayError as exc:
        count_upstream(_result(exc), time.perf_counter() - t0)
        await store.release(held.id)
        await store.audit(reviewer, "release_failed", held.id,
                          {**details, "upstream": f"{exc.code} {exc.message}"})
        return ReleaseResult(False, "failed", "the upstream did not accept the message",
                             upstream_code=exc.code, upstream_message=exc.message)
    count_upstream("accepted", time.perf_counter() - t0)
    await store.confirm(held.id)
    upstream_reply = f"{accepted.code} {accepted.message}"
    try:
        await store.decide(held.id, HeldStatus.RELEASED, reviewer, reason)
    except StoreError as exc:  # decided meanwhile by someone else: the relay stands
        log.warning("released %s but could not mark it: %s", held.id, exc)
    await store.audit(reviewer, "released", held.id, {**details, "upstream": upstream_reply})
    # A release of the supervisor's edited version is the decision "edited".
    _count_review("edited" if held.edited_raw is not None else "released", held)
    return ReleaseResult(True, "released", "relayed", upstream_code=accepted.code,
                         upstream_message=accepted.message)


async def reject_held(store: Store, settings: Settings, held_id: str, reviewer: str,
                      reason: str) -> HeldMessage:
    """The supervisor refuses a held message: it is never relayed (raises ``StoreError``)."""
    decided = await store.decide(held_id, HeldStatus.REJECTED, reviewer, reason)
    await store.audit(reviewer, "review_rejected", held_id, {"reason": reason})
    _count_review("rejected", decided)
    return decided


def overridden(j: Judgement, held_rules: tuple[str, ...], force: bool) -> Judgement:
    """The judgement after a supervisor's release: only new reject-strength findings and
    rewrites remain (and only rewrites when forced)."""
    keep = {Action.REWRITE} if force else {Action.REWRITE, Action.REJECT}
    kept = tuple(f for f in j.findings if f.rule not in held_rules and f.action in keep)
    actions = {f.action for f in kept}
    verdict = (Verdict.REJECT if Action.REJECT in actions
               else Verdict.REWRITE if Action.REWRITE in actions else Verdict.DELIVER)
    return replace(j, verdict=verdict, findings=kept)


def _blocked(j: Judgement) -> ReleaseResult:
    blocking = tuple(f for f in j.findings if f.action is Action.REJECT)
    return ReleaseResult(False, "blocked", str(replies.rejected(blocking)), findings=blocking)


def _options_for(data: bytes, mail_from: str) -> tuple[str, ...]:
    """MAIL parameters for a held message (its original ones are not stored)."""
    options: list[str] = []
    if any(b > 0x7F for b in data):
        options.append("BODY=8BITMIME")
    if not mail_from.isascii():
        options.append("SMTPUTF8")
    return tuple(options)


def _count_review(decision: str, held: HeldMessage) -> None:
    count_review(decision, (datetime.now(UTC) - held.created_at).total_seconds())

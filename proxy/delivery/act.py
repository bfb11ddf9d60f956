"""Act stage, inbound path: turn a verdict into an outcome (relay, hold, refuse) and answer the
helpdesk. The supervisor's release path is ``proxy.delivery.release``; both send through
``proxy.delivery.send``."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from dataclasses import dataclass, field, replace
from email import message_from_bytes
from email.header import decode_header, make_header
from typing import Any

from proxy.amazon import order_ids
from proxy.delivery.send import finding_dict, relay_failure_reply, rewrite, send_upstream
from proxy.errors import LedgerBusy, RelayError
from proxy.models import Judgement, Verdict
from proxy.observe.record import Decision, Recorder
from proxy.pipeline.checker import Checker
from proxy.settings import DkimSettings
from proxy.smtp import replies
from proxy.smtp.replies import Reply
from proxy.smtp.upstream import Envelope, Upstream
from proxy.store.api import Store

log = logging.getLogger(__name__)

# Above this size the judgement runs in a worker thread so other sessions keep being served
# (64 KB of random text took about half a second to judge on a loaded machine; 400 KB, 3.7 s).
THREAD_JUDGE_BYTES = 64 * 1024


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
    dkim: DkimSettings | None = None  # None: the recorder's settings' ``dkim``, else the defaults

    @property
    def dkim_settings(self) -> DkimSettings:
        if self.dkim is not None:
            return self.dkim
        settings = self.recorder.settings
        return settings.dkim if settings is not None else DkimSettings()

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
        except LedgerBusy as exc:  # the other message's fate decides this one's: ask again later
            durations["total"] = time.perf_counter() - t0
            await self._record(
                "tempfailed", msg, replies.REQUEST_IN_FLIGHT, judgement, durations, error=str(exc)
            )
            return replies.REQUEST_IN_FLIGHT
        except Exception as exc:  # the store or a bug: the helpdesk retries, nothing is lost
            log.exception("message %s not processed", msg.ref)
            reply = replies.INTERNAL_ERROR
            durations["total"] = time.perf_counter() - t0
            await self._record(
                "tempfailed", msg, reply, judgement, durations, error=f"{type(exc).__name__}: {exc}"
            )
            return reply

    async def judge(self, raw: bytes) -> Judgement:
        if len(raw) > THREAD_JUDGE_BYTES:
            return await asyncio.to_thread(self.checker.judge, raw)
        return self.checker.judge(raw)

    async def _act(self, msg: Inbound, j: Judgement, durations: dict[str, float], t0: float) -> Reply:
        if j.verdict is Verdict.REJECT:
            reply = replies.rejected(j.findings)
            durations["total"] = time.perf_counter() - t0
            await self._record("rejected", msg, reply, j, durations)
            return reply
        if j.verdict is Verdict.QUARANTINE:
            return await self._hold(msg, j, durations, t0)
        data, details = msg.raw, dict[str, Any]()
        if j.verdict is Verdict.REWRITE:
            rewritten = rewrite(msg.raw, j.findings, self.dkim_settings)
            if rewritten is None:  # fail closed: a supervisor looks at it
                await self._settle_ledger(msg.ref, j, relayed=False)
                return await self._hold(msg, j, durations, t0)
            if rewritten.hold is not None:  # signed, and dkim.on_rewrite is "hold"
                await self._settle_ledger(msg.ref, j, relayed=False)
                held = replace(j, verdict=Verdict.QUARANTINE, findings=(*j.findings, rewritten.hold))
                return await self._hold(msg, held, durations, t0)
            data, details = rewritten.data, rewritten.details
        return await self._relay(msg, j, data, durations, t0, details)

    async def _relay(
        self,
        msg: Inbound,
        j: Judgement,
        data: bytes,
        durations: dict[str, float],
        t0: float,
        details: dict[str, Any],
    ) -> Reply:
        action = "rewritten" if j.verdict is Verdict.REWRITE else "relayed"
        t1 = time.perf_counter()
        try:
            accepted = await send_upstream(self.upstream, msg.envelope, data)
        except RelayError as exc:
            durations["relay"] = time.perf_counter() - t1
            await self._settle_ledger(msg.ref, j, relayed=False)
            reply = relay_failure_reply(exc)
            durations["total"] = time.perf_counter() - t0
            await self._record(
                "tempfailed" if reply.temporary else "rejected",
                msg,
                reply,
                j,
                durations,
                upstream=f"{exc.code} {exc.message}",
                details=details,
            )
            return reply
        except BaseException:
            await self._settle_ledger(msg.ref, j, relayed=False)  # client gone: it will retry
            raise
        durations["relay"] = time.perf_counter() - t1
        await self._settle_ledger(msg.ref, j, relayed=True)
        reply = replies.relayed(accepted.message)
        durations["total"] = time.perf_counter() - t0
        await self._record(
            action, msg, reply, j, durations, upstream=f"{accepted.code} {accepted.message}", details=details
        )
        return reply

    async def _hold(self, msg: Inbound, j: Judgement, durations: dict[str, float], t0: float) -> Reply:
        t1 = time.perf_counter()
        subject = j.subject or header_subject(msg.raw)  # no subject: the message did not parse
        ids = j.order_ids or tuple(order_ids(subject))
        try:
            held_id = await self.store.hold(
                msg.raw,
                msg.mail_from,
                msg.rcpt_tos,
                msg.client,
                subject,
                ids,
                tuple(finding_dict(f) for f in j.findings),
                mail_options=msg.options,
            )
        except Exception as exc:
            log.exception("message %s could not be held", msg.ref)
            durations["total"] = time.perf_counter() - t0
            await self._record(
                "tempfailed",
                msg,
                replies.HOLD_FAILED,
                j,
                durations,
                error=f"hold: {type(exc).__name__}: {exc}",
            )
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

    async def _record(
        self,
        action: str,
        msg: Inbound,
        reply: Reply,
        j: Judgement | None,
        durations: dict[str, float],
        **extra: Any,
    ) -> None:
        try:
            await self.recorder.record(
                Decision(
                    action=action,
                    ref=msg.ref,
                    reply=reply,
                    judgement=j,
                    raw=msg.raw,
                    mail_from=msg.mail_from,
                    rcpt_tos=msg.rcpt_tos,
                    client=msg.client,
                    durations=durations,
                    **extra,
                )
            )
        except Exception:
            log.exception("decision for %s not recorded", msg.ref)


def header_subject(raw: bytes) -> str:
    """The decoded Subject header alone, for a message the pipeline could not parse."""
    try:
        value = message_from_bytes(raw.split(b"\r\n\r\n", 1)[0]).get("Subject", "")
        return str(make_header(decode_header(str(value))))[:500]
    except Exception:
        return ""

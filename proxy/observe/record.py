"""Record stage: one audit row, one JSON log line and the metrics for every automatic decision."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from proxy.models import STRENGTH, Judgement, Later, resolved
from proxy.observe import metrics
from proxy.settings import Settings
from proxy.smtp.replies import Reply
from proxy.store.api import Store

log = logging.getLogger(__name__)
decision_log = logging.getLogger("bsm_guard.decisions")

_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(<[^>\r\n]{1,250}>)", re.I | re.M)
_HEADER_SCAN = 65536


@dataclass(frozen=True)
class Decision:
    """What happened to one message at the end of DATA."""

    action: str  # relayed | rewritten | held | rejected | tempfailed (metrics.MESSAGE_VERDICTS)
    ref: str  # our unique message ref (the ledger ref)
    reply: Reply
    judgement: Judgement | None
    raw: bytes
    mail_from: str
    rcpt_tos: tuple[str, ...]
    client: str
    held_id: str | None = None
    upstream: str | None = None  # the upstream's reply or error, as text
    error: str | None = None
    durations: dict[str, float] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)


def message_id(raw: bytes) -> str | None:
    head = raw[:_HEADER_SCAN].split(b"\r\n\r\n", 1)[0]
    m = _MESSAGE_ID.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def rule_ids(judgement: Judgement | None) -> list[str]:
    return [] if judgement is None else list(dict.fromkeys(f.rule for f in judgement.findings))


AuditRow = tuple[str, str, str | None, dict[str, Any]]  # actor, action, message_ref, details
BATCH = 200
CLOSE_TIMEOUT = 10.0  # flushing on shutdown waits this long for the store, then gives up loudly
GIVE_UP_AFTER = 3  # consecutive single-row failures: the store is down, not one row bad


class Recorder:
    """Writes audit rows from one background task, in batches when the store can: rows follow
    the reply, never delay or undo it, and concurrent sessions do not fight over the store.
    With ``settings``, a held message also notifies its agent (``proxy.observe.notify``), in the
    background as well."""

    def __init__(self, store: Store, max_pending: int = 2000, settings: Settings | None = None) -> None:
        self.store = store
        self.max_pending = max_pending
        self.settings = settings
        self._queue: asyncio.Queue[AuditRow] | None = None
        self._writer: asyncio.Task[None] | None = None
        self._notices: set[asyncio.Task[None]] = set()

    async def record(self, d: Decision) -> None:
        count_decision(d)
        decision_log.info(json.dumps(log_line(d), separators=(",", ":")))
        queue = self._ensure_writer()
        queue.put_nowait(("system", d.action, d.held_id or d.ref, audit_details(d)))
        if d.action == "held" and d.held_id is not None:
            self._notify_held(d.held_id)
        if queue.qsize() > self.max_pending:
            await self.drain()  # back-pressure when the store falls behind

    def _ensure_writer(self) -> asyncio.Queue[AuditRow]:
        if self._queue is None:
            self._queue = asyncio.Queue()
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_loop(self._queue), name="audit-writer")
        return self._queue

    async def _write_loop(self, queue: asyncio.Queue[AuditRow]) -> None:
        while True:
            batch = [await queue.get()]
            while len(batch) < BATCH and not queue.empty():
                batch.append(queue.get_nowait())
            try:
                await self._write(batch)
            except Exception:
                log.exception("%d audit rows not written", len(batch))
            finally:
                for _ in batch:
                    queue.task_done()

    async def _write(self, batch: list[AuditRow]) -> None:
        if any(isinstance(v, Later) for *_, details in batch for v in details.values()):
            batch = await asyncio.to_thread(lambda: [(*row[:3], resolved(row[3])) for row in batch])
        many = getattr(self.store, "audit_many", None)
        if many is not None:
            try:
                await many(batch)
                return
            except Exception as exc:  # one bad row must not cost the other rows of its batch
                if len(batch) == 1:
                    raise
                log.warning("audit batch of %d rows failed (%s); writing them one by one", len(batch), exc)
        await self._write_each(batch)

    async def _write_each(self, batch: list[AuditRow]) -> None:
        failures = 0
        for done, row in enumerate(batch):
            try:
                await self.store.audit(*row)
                failures = 0
            except Exception:
                failures += 1
                log.exception("audit row %s %s not written", row[1], row[2])
                if failures >= GIVE_UP_AFTER:
                    log.error("audit store failing: %d more rows not written", len(batch) - done - 1)
                    return

    def _notify_held(self, held_id: str) -> None:
        if self.settings is None or not self.settings.notify.enabled:
            return
        task = asyncio.create_task(self._send_notice(held_id, self.settings), name=f"notify-held-{held_id}")
        self._notices.add(task)  # a reference, so the task is not collected mid-flight
        task.add_done_callback(self._notices.discard)

    async def _send_notice(self, held_id: str, settings: Settings) -> None:
        from proxy.observe.notify import notify

        try:
            held = await self.store.get(held_id)
            if held is not None:
                await notify("held", held, settings, None)
        except Exception:  # notify() itself never raises; the store read can
            log.exception("held notification for %s not sent", held_id)

    async def drain(self) -> None:
        if self._queue is not None and not self._queue.empty():
            self._ensure_writer()  # never wait on rows nobody is writing
        if self._queue is not None:
            await self._queue.join()

    async def close(self, timeout: float = CLOSE_TIMEOUT) -> None:
        """Flush every queued row and finish the notifications (at most ``timeout`` each)."""
        try:
            async with asyncio.timeout(timeout):
                await self.drain()
        except TimeoutError:
            left = self._queue.qsize() if self._queue is not None else 0
            log.error("audit log not flushed within %.0f s: %d rows not written", timeout, left)
        if self._writer is not None:
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer
            self._writer = None
        if self._notices:
            _, late = await asyncio.wait(set(self._notices), timeout=timeout)
            for task in late:
                task.cancel()
            if late:
                log.warning("%d held notifications not sent before shutdown", len(late))


def log_line(d: Decision) -> dict[str, Any]:
    """No addresses, subjects or body text: ids, verdict, rules and timings only."""
    j = d.judgement
    line: dict[str, Any] = {
        "event": "message",
        "action": d.action,
        "ref": d.ref,
        "message_id": message_id(d.raw),
        "held_id": d.held_id,
        "verdict": j.verdict.value if j else None,
        "rules": rule_ids(j),
        "monitored": [] if j is None else sorted({f.rule for f in j.monitored}),
        "monitor_action": None if j is None else monitor_action(j),
        "reply": d.reply.code,
        "enhanced": d.reply.enhanced,
        "size": len(d.raw),
        "recipients": len(d.rcpt_tos),
        "ms": {k: round(v * 1000, 3) for k, v in d.durations.items()},
    }
    if d.error:
        line["error"] = d.error[:200]
    return line


def audit_details(d: Decision) -> dict[str, Any]:
    j = d.judgement
    details: dict[str, Any] = {
        "ref": d.ref,
        "verdict": j.verdict.value if j else None,
        "rules": rule_ids(j),
        "categories": j.categories if j else [],
        "reply": str(d.reply),
        "mail_from": d.mail_from,
        "rcpt_tos": list(d.rcpt_tos),
        "client": d.client,
        "size": len(d.raw),
        "message_id": message_id(d.raw),
        "durations_ms": {k: round(v * 1000, 3) for k, v in d.durations.items()},
    }
    if j is not None and j.monitored:
        details["monitored"] = sorted({f.rule for f in j.monitored})
        details["monitor_action"] = monitor_action(j)  # what enforcing would have done
    if d.upstream:
        details["upstream"] = d.upstream
    if d.error:
        details["error"] = d.error
    details.update(d.details)
    return details


def monitor_action(j: Judgement) -> str | None:
    """The strongest action among the findings monitor mode did not act on."""
    if not j.monitored:
        return None
    return max((f.action for f in j.monitored), key=STRENGTH.__getitem__).value


def review_waited(waited_seconds: float) -> None:
    """How long a held message waited for a decision made in this process. The decision itself
    is counted by the store, in its own transaction (``metrics.REVIEW_DECISIONS_TOTAL``)."""
    metrics.REVIEW_DECISION_SECONDS.observe(max(waited_seconds, 0.0))


def count_decision(d: Decision) -> None:
    metrics.MESSAGES.labels(d.action).inc()
    metrics.MESSAGE_SIZE.observe(len(d.raw))
    for stage, seconds in d.durations.items():
        if stage in metrics.STAGES:
            metrics.STAGE_DURATION.labels(stage).observe(seconds)
    if d.judgement is None:
        return
    for f in d.judgement.findings:
        metrics.FINDINGS.labels(f.category.value, f.action.value).inc()
        metrics.RULE_HITS.labels(f.rule).inc()
        if f.rule == "repeat_request.ledger" and d.action == "rejected":
            metrics.REPEAT_REQUESTS.inc()
    for f in d.judgement.monitored:
        metrics.MONITOR_FINDINGS.labels(f.category.value).inc()
        metrics.RULE_HITS.labels(f.rule).inc()


def count_upstream(result: str, seconds: float) -> None:
    metrics.UPSTREAM_TRANSACTIONS.labels(result).inc()
    metrics.UPSTREAM_DURATION.observe(seconds)
    metrics.UPSTREAM_UP.set(1 if result in ("accepted", "rejected_permanent") else 0)

"""SqlStore: the ``Store`` on SQLAlchemy 2 async, SQLite (one process) or PostgreSQL (several)."""

from __future__ import annotations

import hashlib
import secrets
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer

from proxy.errors import StoreError
from proxy.store import query
from proxy.store.accounts import Accounts
from proxy.store.api import AuditEntry, HeldFilter, HeldMessage, HeldStatus
from proxy.store.ledger_sql import SqlLedger
from proxy.store.session import describe, utcnow
from proxy.store.tables import AuditLog, Quarantine, ReviewCount

ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # 32 symbols, no 0/o/1/l to misread
ID_LENGTH = 10  # 50 bits
SYSTEM = "system"
IN_CHUNK = 500  # ids per IN (...) list, well under every driver's parameter limit


def new_id() -> str:
    return "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


def _search_text(
    subject: str, mail_from: str, rcpt_tos: tuple[str, ...], findings: tuple[dict[str, Any], ...]
) -> str:
    excerpts = [str(f.get("excerpt", "")) for f in findings]
    return "\n".join([subject, mail_from, *rcpt_tos, *excerpts]).lower()


def _held(row: Quarantine, *, with_raw: bool = True) -> HeldMessage:
    return HeldMessage(
        id=row.id,
        created_at=row.created_at,
        mail_from=row.mail_from,
        rcpt_tos=tuple(row.rcpt_tos),
        client=row.client,
        subject=row.subject,
        order_ids=query.from_list(row.order_ids),
        categories=query.from_list(row.categories),
        rules=query.from_list(row.rules),
        findings=tuple(row.findings),
        status=HeldStatus(row.status),
        size=row.size,
        raw=row.raw if with_raw else None,
        decided_at=row.decided_at,
        reviewer=row.reviewer,
        decision_note=row.decision_note,
        edited_raw=row.edited_raw if with_raw else None,
        mail_options=tuple(row.mail_options) if row.mail_options is not None else None,
    )


async def _not_held(s: AsyncSession, held_id: str) -> str:
    current = await s.scalar(select(Quarantine.status).where(Quarantine.id == held_id))
    if current is None:
        return f"no held message {held_id!r}"
    return f"message {held_id!r} is already {current}"


def _entry(row: AuditLog) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=row.at,
        actor=row.actor,
        action=row.action,
        message_ref=row.message_ref,
        details=dict(row.details),
    )


class SqlStore(Accounts, SqlLedger):
    """Quarantine, repeat-request ledger, append-only audit log, users and tokens."""

    # ------------------------------------------------------------------ quarantine

    async def hold(
        self,
        raw: bytes,
        mail_from: str,
        rcpt_tos: tuple[str, ...],
        client: str,
        subject: str,
        order_ids: tuple[str, ...],
        findings: tuple[dict[str, Any], ...],
        mail_options: tuple[str, ...] | None = None,
    ) -> str:
        """Store a held message; returns only after the commit (SQLite: synchronous=FULL).

        The same bytes to the same recipients still held from the last hour are the client's
        retry of a message whose 250 it never got (the process died after the commit): their id
        is returned, so a supervisor cannot release the message twice."""
        refused: IntegrityError | None = None
        for _ in range(3):  # a 50-bit id collides about never; retry rather than fail a 250
            row = self._new_row(raw, mail_from, rcpt_tos, client, subject, order_ids, findings)
            row.mail_options = list(mail_options) if mail_options is not None else None
            try:
                async with self._tx(conflicts=True) as s:
                    earlier = await _same_held(s, row)
                    if earlier is not None:
                        return earlier
                    s.add(row)
                return row.id
            except IntegrityError as exc:
                refused = exc
        raise StoreError(f"could not hold the message: {describe(refused or Exception())}")

    @staticmethod
    def _new_row(
        raw: bytes,
        mail_from: str,
        rcpt_tos: tuple[str, ...],
        client: str,
        subject: str,
        order_ids: tuple[str, ...],
        findings: tuple[dict[str, Any], ...],
    ) -> Quarantine:
        return Quarantine(
            id=new_id(),
            created_at=utcnow(),
            mail_from=mail_from,
            rcpt_tos=list(rcpt_tos),
            client=client,
            subject=subject,
            order_ids=query.as_list(order_ids),
            categories=query.as_list([str(f.get("category", "")) for f in findings]),
            rules=query.as_list([str(f.get("rule", "")) for f in findings]),
            findings=[dict(f) for f in findings],
            search_text=_search_text(subject, mail_from, rcpt_tos, findings),
            status=HeldStatus.HELD.value,
            size=len(raw),
            raw=bytes(raw),
            edited_raw=None,
            digest=digest(raw, mail_from, rcpt_tos),
        )

    async def get(self, held_id: str) -> HeldMessage | None:
        async with self._tx() as s:
            row = await s.get(Quarantine, held_id)
            return None if row is None else _held(row)

    async def list_held(self, flt: HeldFilter) -> tuple[list[HeldMessage], int]:
        """One page of summaries and the total; ``raw``/``edited_raw`` are not loaded (None)."""
        where = query.conditions(flt)
        stmt = query.page(select(Quarantine).where(*where), flt).options(
            defer(Quarantine.raw), defer(Quarantine.edited_raw)
        )
        async with self._tx() as s:
            total = await s.scalar(select(func.count()).select_from(Quarantine).where(*where))
            rows = await s.scalars(stmt)
            return [_held(r, with_raw=False) for r in rows], int(total or 0)

    async def category_counts(self, status: HeldStatus | None = HeldStatus.HELD) -> dict[str, int]:
        stmt = select(Quarantine.categories)
        if status is not None:
            stmt = stmt.where(Quarantine.status == status.value)
        async with self._tx() as s:
            rows = await s.scalars(stmt)
            counts = Counter(c for stored in rows for c in query.from_list(stored))
        return dict(sorted(counts.items()))

    async def decide(
        self, held_id: str, status: HeldStatus, reviewer: str, note: str | None, claim: str | None = None
    ) -> HeldMessage:
        """HELD → ``status``, once: the conditional UPDATE makes two reviewers race safely. A
        message another instance is releasing (a live claim that is not ``claim``) is not
        decided under it."""
        if status is HeldStatus.HELD:
            raise StoreError("a decision must leave the held state")
        now = utcnow()
        unclaimed = or_(Quarantine.release_claim.is_(None), Quarantine.release_claim_until < now)
        allowed = unclaimed if claim is None else or_(unclaimed, Quarantine.release_claim == claim)
        async with self._tx() as s:
            changed = await s.execute(
                update(Quarantine)
                .where(Quarantine.id == held_id, Quarantine.status == HeldStatus.HELD.value, allowed)
                .values(status=status.value, decided_at=utcnow(), reviewer=reviewer, decision_note=note)
                .returning(Quarantine.id)
            )
            if changed.scalar() is None:
                raise StoreError(await _not_held(s, held_id))
            row = await s.get(Quarantine, held_id, populate_existing=True)
            assert row is not None
            await _count(s, review_decision(status, edited=row.edited_raw is not None))
            return _held(row)

    async def claim_release(self, held_id: str, token: str, seconds: float) -> bool:
        """Take the right to relay a held message for ``seconds``: a conditional UPDATE, so of
        two instances releasing at once exactly one gets it. A claim that lapsed (its instance
        died mid-relay) can be taken again."""
        now = utcnow()
        async with self._tx() as s:
            changed = await s.execute(
                update(Quarantine)
                .where(
                    Quarantine.id == held_id,
                    Quarantine.status == HeldStatus.HELD.value,
                    or_(Quarantine.release_claim.is_(None), Quarantine.release_claim_until < now),
                )
                .values(release_claim=token, release_claim_until=now + timedelta(seconds=seconds))
                .returning(Quarantine.id)
            )
            return changed.scalar() is not None

    async def drop_claim(self, held_id: str, token: str) -> None:
        """Give the claim back (the relay failed or was refused): the message stays held."""
        async with self._tx() as s:
            await s.execute(
                update(Quarantine)
                .where(Quarantine.id == held_id, Quarantine.release_claim == token)
                .values(release_claim=None, release_claim_until=None)
            )

    async def save_edit(self, held_id: str, edited_raw: bytes, reviewer: str) -> None:
        """Keep the supervisor's edited version (HELD only); the caller writes the audit row."""
        async with self._tx() as s:
            changed = await s.execute(
                update(Quarantine)
                .where(Quarantine.id == held_id, Quarantine.status == HeldStatus.HELD.value)
                .values(edited_raw=bytes(edited_raw))
                .returning(Quarantine.id)
            )
            if changed.scalar() is None:
                raise StoreError(await _not_held(s, held_id))

    async def held_stats(self) -> tuple[int, float]:
        """(held count, age of the oldest held message), both by the database's clock."""
        oldest = func.min(Quarantine.created_at)
        if self.dialect == "sqlite":
            age: ColumnElement[Any] = (func.julianday("now") - func.julianday(oldest)) * 86400.0
        else:
            age = func.extract("epoch", func.now() - oldest)
        stmt = select(func.count(), age).where(Quarantine.status == HeldStatus.HELD.value)
        async with self._tx() as s:
            count, seconds = (await s.execute(stmt)).one()
        return int(count), max(float(seconds or 0.0), 0.0)

    async def expire_held(self, older_than_seconds: float, dry_run: bool) -> list[str]:
        """HELD longer than the limit → EXPIRED (by ``system``); ``dry_run`` only lists them."""
        cutoff = utcnow() - timedelta(seconds=older_than_seconds)
        which = (Quarantine.status == HeldStatus.HELD.value, Quarantine.created_at < cutoff)
        values = {"status": HeldStatus.EXPIRED.value, "decided_at": utcnow(), "reviewer": SYSTEM}
        details = {"older_than_seconds": older_than_seconds}
        return await self._sweep(which, values, "expired", details, dry_run)

    async def purge_raw(self, decided_before_seconds: float, dry_run: bool) -> list[str]:
        """Drop the message bytes of decisions older than the limit; the metadata stays."""
        cutoff = utcnow() - timedelta(seconds=decided_before_seconds)
        which = (
            Quarantine.status != HeldStatus.HELD.value,
            Quarantine.decided_at < cutoff,
            (Quarantine.raw.is_not(None)) | (Quarantine.edited_raw.is_not(None)),
        )
        details = {"decided_before_seconds": decided_before_seconds}
        values = {"raw": None, "edited_raw": None}
        return await self._sweep(which, values, "purged", details, dry_run)

    async def decision_waits(self, held_ids: list[str]) -> dict[str, float]:
        """Seconds each decided message waited between its hold and its decision."""
        out: dict[str, float] = {}
        for start in range(0, len(held_ids), IN_CHUNK):
            chunk = held_ids[start : start + IN_CHUNK]
            stmt = select(Quarantine.id, Quarantine.created_at, Quarantine.decided_at).where(
                Quarantine.id.in_(chunk), Quarantine.decided_at.is_not(None)
            )
            async with self._tx() as s:
                for held_id, created, decided in await s.execute(stmt):
                    if decided is not None:  # filtered above; for the type checker
                        out[held_id] = max((decided - created).total_seconds(), 0.0)
        return out

    async def _sweep(
        self,
        which: tuple[ColumnElement[bool], ...],
        values: dict[str, Any],
        action: str,
        details: dict[str, Any],
        dry_run: bool,
    ) -> list[str]:
        async with self._tx() as s:
            if dry_run:
                rows = await s.scalars(select(Quarantine.id).where(*which).order_by(Quarantine.created_at))
                return list(rows)
            changed = await s.scalars(
                update(Quarantine)
                .where(*which)
                .values(**values)
                .returning(Quarantine.id)
                .execution_options(synchronize_session=False)
            )
            ids = sorted(changed)
            s.add_all(self._audit_row(SYSTEM, action, i, details) for i in ids)
            if action == "expired":
                await _count(s, "expired", len(ids))
            return ids

    async def review_counts(self) -> dict[str, int]:
        """Decisions on held mail by kind, made anywhere (UI, API, CLI, retention), ever."""
        async with self._tx() as s:
            return {d: int(n) for d, n in await s.execute(select(ReviewCount.decision, ReviewCount.count))}

    # ------------------------------------------------------------------ audit (append-only)

    @staticmethod
    def _audit_row(actor: str, action: str, message_ref: str | None, details: dict[str, Any]) -> AuditLog:
        return AuditLog(
            at=utcnow(), actor=actor, action=action, message_ref=message_ref, details=dict(details)
        )

    async def audit(self, actor: str, action: str, message_ref: str | None, details: dict[str, Any]) -> None:
        async with self._tx() as s:
            s.add(self._audit_row(actor, action, message_ref, details))

    async def audit_many(self, rows: list[tuple[str, str, str | None, dict[str, Any]]]) -> None:
        """Several rows in one transaction (all or none): the record stage's batches."""
        if not rows:
            return
        async with self._tx() as s:
            s.add_all(self._audit_row(*row) for row in rows)

    async def audit_for(self, message_ref: str) -> list[AuditEntry]:
        """Oldest first: the story of one message."""
        stmt = select(AuditLog).where(AuditLog.message_ref == message_ref).order_by(AuditLog.id)
        async with self._tx() as s:
            return [_entry(r) for r in await s.scalars(stmt)]

    async def audit_recent(self, since: datetime | None = None, limit: int = 1000) -> list[AuditEntry]:
        """Newest first, at most ``limit``; ``since`` is inclusive."""
        stmt = select(AuditLog).order_by(AuditLog.id.desc()).limit(max(limit, 0))
        if since is not None:
            stmt = stmt.where(AuditLog.at >= since)
        async with self._tx() as s:
            return [_entry(r) for r in await s.scalars(stmt)]


def review_decision(status: HeldStatus, *, edited: bool) -> str:
    """The ``bsmguard_review_decisions`` label of a decision."""
    if status is HeldStatus.RELEASED:
        return "edited" if edited else "released"
    return status.value


async def _count(s: AsyncSession, decision: str, n: int = 1) -> None:
    """Add ``n`` to a decision count inside the decision's transaction (the rows are seeded by
    migration 0004, so this is one UPDATE; an unknown kind gets its row)."""
    if n <= 0:
        return
    done = await s.execute(
        update(ReviewCount).where(ReviewCount.decision == decision).values(count=ReviewCount.count + n)
    )
    if not getattr(done, "rowcount", 0):
        s.add(ReviewCount(decision=decision, count=n))


RETRY_WINDOW = timedelta(hours=1)


async def _same_held(s: AsyncSession, row: Quarantine) -> str | None:
    """The id of a held copy of ``row`` (the same digest of envelope and bytes), if any."""
    found = await s.scalar(
        select(Quarantine.id)
        .where(
            Quarantine.digest == row.digest,
            Quarantine.status == HeldStatus.HELD.value,
            Quarantine.created_at > utcnow() - RETRY_WINDOW,
        )
        .limit(1)
    )
    return None if found is None else str(found)


def digest(raw: bytes, mail_from: str, rcpt_tos: tuple[str, ...]) -> str:
    envelope = "\0".join((mail_from, *rcpt_tos)).encode("utf-8", "surrogateescape")
    return hashlib.sha256(envelope + b"\0\0" + raw).hexdigest()

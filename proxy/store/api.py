"""The storage interface every other part talks to (SMTP side, review UI, CLI, metrics)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol


class HeldStatus(StrEnum):
    HELD = "held"
    RELEASED = "released"
    REJECTED = "rejected"
    EXPIRED = "expired"


class Role(StrEnum):
    VIEWER = "viewer"
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


@dataclass(frozen=True)
class HeldMessage:
    id: str  # short, URL-safe, shown to the agent in the 250 reply
    created_at: datetime  # timezone-aware UTC
    mail_from: str
    rcpt_tos: tuple[str, ...]
    client: str  # authenticated user or client address
    subject: str
    order_ids: tuple[str, ...]
    categories: tuple[str, ...]
    rules: tuple[str, ...]
    findings: tuple[dict[str, Any], ...]  # {"rule","category","action","excerpt","where","reason"}
    status: HeldStatus
    size: int
    raw: bytes | None  # None once purged
    decided_at: datetime | None = None
    reviewer: str | None = None
    decision_note: str | None = None
    edited_raw: bytes | None = None  # the supervisor's edited version, when any
    mail_options: tuple[str, ...] | None = None  # MAIL parameters as received (None: not stored)


@dataclass(frozen=True)
class HeldFilter:
    status: HeldStatus | None = None
    category: str | None = None
    rule: str | None = None
    sender: str | None = None  # substring of mail_from
    order_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str | None = None  # free text over subject, sender, recipients, excerpts
    sort: str = "-created_at"  # created_at, -created_at, size, -size
    offset: int = 0
    limit: int = 50


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str  # "system" for automatic decisions, else the user name
    action: str  # relayed, rejected, held, released, review_rejected, note, edited, expired, purged, ...
    message_ref: str | None  # quarantine id or message id
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class User:
    name: str
    role: Role
    created_at: datetime
    sessions_valid_after: datetime | None = None  # sessions issued before it are revoked


@dataclass(frozen=True)
class LoginLimits:
    """Slows password guessing without letting anyone lock a user out (held in the store, so
    every instance applies the same count).

    Attempts count per (user name, client address): after ``free`` failures each further
    attempt from that address must wait ``base`` seconds, doubling up to ``ceiling``; an
    attempt before then is refused without checking the password. Another address is not
    affected, so the real user still logs in from their own machine. A name that many
    addresses fail on (``name_ceiling`` failures in ``window``) is only slowed down: every
    attempt on it waits ``name_pause`` seconds before the password is checked. A success
    forgets its address's failures; failures older than ``window`` are forgotten.
    """

    free: int = 3
    base: float = 1.0
    ceiling: float = 60.0
    window: float = 900.0
    name_ceiling: int = 20
    name_pause: float = 1.0

    def delay(self, failures: int) -> float:
        """Seconds to wait after the last of ``failures`` failures before the next attempt."""
        if failures < self.free:
            return 0.0
        # The exponent is capped: 2.0 ** 1024 overflows, and the ceiling is reached long before.
        return min(self.ceiling, self.base * 2.0 ** min(failures - self.free, 64))


@dataclass(frozen=True)
class LoginGate:
    """What ``Store.login_attempt`` decided: wait (refused, seconds left) or go ahead after ``pause``."""

    wait: float  # > 0: refused without checking the password, this many seconds are left
    pause: float = 0.0  # the name is under a spray: hold the attempt this long first


class Store(Protocol):
    """Implemented by ``proxy.store.sql.SqlStore`` (SQLite or PostgreSQL, chosen by URL)."""

    async def close(self) -> None: ...

    # quarantine: hold() commits durably before it returns (the 250 follows it)
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
    ) -> str: ...
    async def get(self, held_id: str) -> HeldMessage | None: ...
    async def list_held(self, flt: HeldFilter) -> tuple[list[HeldMessage], int]: ...
    async def category_counts(self, status: HeldStatus | None = HeldStatus.HELD) -> dict[str, int]: ...
    async def decide(
        self, held_id: str, status: HeldStatus, reviewer: str, note: str | None, claim: str | None = None
    ) -> HeldMessage: ...  # only from HELD and not under another's release claim; else StoreError
    async def save_edit(self, held_id: str, edited_raw: bytes, reviewer: str) -> None: ...
    # a release in progress: exactly one instance holds the claim until it lapses
    async def claim_release(self, held_id: str, token: str, seconds: float) -> bool: ...
    async def drop_claim(self, held_id: str, token: str) -> None: ...
    async def held_stats(self) -> tuple[int, float]: ...  # (held count, oldest held age in seconds)
    async def review_counts(self) -> dict[str, int]: ...  # decisions ever made, by kind
    async def expire_held(self, older_than_seconds: float, dry_run: bool) -> list[str]: ...
    async def purge_raw(self, decided_before_seconds: float, dry_run: bool) -> list[str]: ...
    async def decision_waits(self, held_ids: list[str]) -> dict[str, float]: ...  # decided → s held

    # repeat-request ledger (also satisfies proxy.ledger.Ledger)
    async def reserve(self, order_ids: tuple[str, ...], ref: str) -> tuple[str, ...]: ...
    async def confirm(self, ref: str) -> None: ...
    async def release(self, ref: str) -> None: ...

    # append-only audit log
    async def audit(
        self, actor: str, action: str, message_ref: str | None, details: dict[str, Any]
    ) -> None: ...
    async def audit_many(
        self, rows: list[tuple[str, str, str | None, dict[str, Any]]]
    ) -> None: ...  # (actor, action, message_ref, details), one transaction
    async def audit_for(self, message_ref: str) -> list[AuditEntry]: ...
    async def audit_recent(self, since: datetime | None = None, limit: int = 1000) -> list[AuditEntry]: ...

    # users (argon2 hashes)
    async def add_user(self, name: str, password: str, role: Role) -> User: ...
    async def revoke_sessions(self, name: str) -> bool: ...  # every session of the user ends
    async def set_password(self, name: str, password: str) -> bool: ...  # and revokes sessions
    async def verify_user(self, name: str, password: str) -> User | None: ...
    async def list_users(self) -> list[User]: ...
    async def remove_user(self, name: str) -> bool: ...
    async def add_token(self, name: str, role: Role) -> str: ...  # API token, shown once
    async def verify_token(self, token: str) -> User | None: ...
    # failed logins per (name, client), shared by every instance (see LoginLimits)
    async def login_attempt(self, name: str, client: str, limits: LoginLimits) -> LoginGate: ...
    async def login_failed(self, name: str, client: str) -> None: ...  # the delay runs from now
    async def login_succeeded(self, name: str, client: str) -> None: ...  # forget its failures

"""SQLAlchemy 2 declarative tables of the durable store (the schema is owned by the migrations)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Dialect,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite has no BIGINT rowid alias: only "INTEGER PRIMARY KEY" autoincrements there.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in Python on every backend (SQLite stores naive UTC text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use timezone-aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, dict[str, Any]: JSON}


class Quarantine(Base):
    __tablename__ = "quarantine"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    created_at: Mapped[datetime]
    mail_from: Mapped[str] = mapped_column(String(512))
    rcpt_tos: Mapped[list[str]] = mapped_column(JSON)
    client: Mapped[str] = mapped_column(String(256))
    subject: Mapped[str] = mapped_column(Text)
    # ",a,b," lists: LIKE '%,a,%' filters the same way on SQLite and PostgreSQL.
    order_ids: Mapped[str] = mapped_column(Text)
    categories: Mapped[str] = mapped_column(Text)
    rules: Mapped[str] = mapped_column(Text)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    # Lower-cased subject, sender, recipients and excerpts for the free-text filter.
    search_text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(Integer)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    edited_raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    decided_at: Mapped[datetime | None]
    reviewer: Mapped[str | None] = mapped_column(String(128))
    decision_note: Mapped[str | None] = mapped_column(Text)
    # MAIL FROM parameters as received (BODY=8BITMIME, SMTPUTF8), passed upstream on release.
    mail_options: Mapped[list[str] | None] = mapped_column(JSON)
    # A release in progress: the instance holding the claim relays; it lapses at the deadline.
    release_claim: Mapped[str | None] = mapped_column(String(32))
    release_claim_until: Mapped[datetime | None]
    # sha256 of the envelope and the bytes: a client's retry of a held message is found by it.
    digest: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_quarantine_status_created", "status", "created_at"),
        Index("ix_quarantine_created", "created_at"),
        Index("ix_quarantine_digest", "digest"),
    )


class RequestLedger(Base):
    __tablename__ = "request_ledger"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(String(64), unique=True)
    ref: Mapped[str] = mapped_column(String(128), index=True)
    state: Mapped[str] = mapped_column(String(16))  # reserved | relayed
    created_at: Mapped[datetime]


class AuditLog(Base):
    """Append-only: the code only inserts; triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    message_ref: Mapped[str | None] = mapped_column(String(128), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    # Review-UI sessions issued before this moment are over (logout, password change).
    sessions_valid_after: Mapped[datetime | None]


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 hex
    name: Mapped[str] = mapped_column(String(128), index=True)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]


class LoginFailure(Base):
    """Failed review-UI logins per (user name, client address), shared by every instance."""

    __tablename__ = "login_failures"

    name_key: Mapped[str] = mapped_column(String(128), primary_key=True)  # casefolded user name
    client: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    last_at: Mapped[datetime] = mapped_column(index=True)


class ReviewCount(Base):
    """Decisions on held mail by kind, counted in the decision's own transaction, so that the
    UI, the API, the CLI and retention on any instance all reach ``bsmguard_review_decisions``."""

    __tablename__ = "review_counts"

    decision: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger)

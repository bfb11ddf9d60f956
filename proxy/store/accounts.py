"""Users (argon2 password hashes) and API tokens (sha256 of a random secret, shown once)."""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from functools import cached_property

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from proxy.errors import StoreError
from proxy.store.api import Role, User
from proxy.store.session import SessionOwner, utcnow
from proxy.store.tables import ApiToken, UserRow

TOKEN_PREFIX = "bsg_"


def token_hash(token: str) -> str:
    # A token carries 256 random bits, so a fast unsalted hash cannot be brute-forced.
    return hashlib.sha256(token.encode()).hexdigest()


def _user(row: UserRow | ApiToken) -> User:
    valid_after = row.sessions_valid_after if isinstance(row, UserRow) else None
    return User(
        name=row.name, role=Role(row.role), created_at=row.created_at, sessions_valid_after=valid_after
    )


class Accounts(SessionOwner):
    def __init__(self, engine: AsyncEngine, hasher: PasswordHasher | None = None) -> None:
        super().__init__(engine)
        self.hasher = hasher or PasswordHasher()

    @cached_property
    def _dummy_hash(self) -> str:
        return self.hasher.hash(secrets.token_urlsafe(16))

    async def add_user(self, name: str, password: str, role: Role) -> User:
        if not name or not password:
            raise StoreError("a user needs a name and a password")
        # argon2 is slow by design: keep it off the event loop that serves SMTP.
        hashed = await asyncio.to_thread(self.hasher.hash, password)
        row = UserRow(name=name, password_hash=hashed, role=Role(role).value, created_at=utcnow())
        try:
            async with self._tx(conflicts=True) as s:
                s.add(row)
        except IntegrityError:
            raise StoreError(f"user {name!r} already exists") from None
        return _user(row)

    async def verify_user(self, name: str, password: str) -> User | None:
        async with self._tx() as s:
            row = await s.scalar(select(UserRow).where(UserRow.name == name))
        if row is None:
            # Hash anyway so the answer for an unknown name takes as long as a wrong password.
            await asyncio.to_thread(self._check, self._dummy_hash, password)
            return None
        if not await asyncio.to_thread(self._check, row.password_hash, password):
            return None
        if self.hasher.check_needs_rehash(row.password_hash):
            await self._rehash(row.name, password)
        return _user(row)

    def _check(self, hashed: str, password: str) -> bool:
        try:
            return self.hasher.verify(hashed, password)
        except (VerificationError, InvalidHashError):
            return False

    async def _rehash(self, name: str, password: str) -> None:
        hashed = await asyncio.to_thread(self.hasher.hash, password)
        async with self._tx() as s:
            row = await s.scalar(select(UserRow).where(UserRow.name == name))
            if row is not None:
                row.password_hash = hashed

    async def revoke_sessions(self, name: str) -> bool:
        """End every review-UI session of ``name`` on every instance (logout, password change)."""
        async with self._tx() as s:
            done = await s.execute(
                update(UserRow).where(UserRow.name == name).values(sessions_valid_after=utcnow())
            )
            return bool(getattr(done, "rowcount", 0))

    async def set_password(self, name: str, password: str) -> bool:
        """A new password; the user's open sessions end."""
        if not password:
            raise StoreError("empty password")
        hashed = await asyncio.to_thread(self.hasher.hash, password)
        async with self._tx() as s:
            done = await s.execute(
                update(UserRow)
                .where(UserRow.name == name)
                .values(password_hash=hashed, sessions_valid_after=utcnow())
            )
            return bool(getattr(done, "rowcount", 0))

    async def list_users(self) -> list[User]:
        async with self._tx() as s:
            rows = await s.scalars(select(UserRow).order_by(UserRow.name))
            return [_user(r) for r in rows]

    async def remove_user(self, name: str) -> bool:
        """Remove the user and every API token issued in that name."""
        async with self._tx() as s:
            gone = await s.execute(delete(UserRow).where(UserRow.name == name))
            await s.execute(delete(ApiToken).where(ApiToken.name == name))
            return bool(getattr(gone, "rowcount", 0))

    async def add_token(self, name: str, role: Role) -> str:
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        async with self._tx() as s:
            s.add(
                ApiToken(token_hash=token_hash(token), name=name, role=Role(role).value, created_at=utcnow())
            )
        return token

    async def verify_token(self, token: str) -> User | None:
        if not token.startswith(TOKEN_PREFIX):
            return None
        async with self._tx() as s:
            row = await s.scalar(select(ApiToken).where(ApiToken.token_hash == token_hash(token)))
            return None if row is None else _user(row)

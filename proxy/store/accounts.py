"""Users (argon2 password hashes) and API tokens (sha256 of a random secret, shown once).

Also the failed-login counts (``login_failures``) that every instance shares.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import secrets
from datetime import timedelta
from functools import cached_property

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from proxy.errors import StoreError
from proxy.store.api import LoginGate, LoginLimits, Role, User
from proxy.store.session import SessionOwner, utcnow
from proxy.store.tables import ApiToken, LoginFailure, UserRow

TOKEN_PREFIX = "bsg_"
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
F = LoginFailure
# Compare-and-set rounds before a login gives up: only as many instances racing on one pair.
LOGIN_ROUNDS = 8


def login_key(name: str) -> str:
    """One spelling per user name: case and spaces do not make a new one (cut to the column)."""
    return " ".join(name.replace("\x00", "").split()).casefold()[:128]


def _storable(name: str) -> bool:
    """PostgreSQL text cannot hold NUL: such a name is no user's, and never reaches a query."""
    return "\x00" not in name


def _valid_name(name: str, what: str) -> None:
    if CONTROL.search(name):
        raise BadName(f"a {what} cannot contain control characters")
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise BadName(f"a {what} must be valid Unicode (no lone surrogates)") from None


class UserExists(StoreError):
    """``add_user`` with a name that is taken (the review UI answers 409, not "store down")."""


class BadName(StoreError):
    """A user or token name with control characters or lone surrogates (the UI answers 400)."""


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
        _valid_name(name, "user name")
        # argon2 is slow by design: keep it off the event loop that serves SMTP.
        hashed = await asyncio.to_thread(self.hasher.hash, password)
        row = UserRow(name=name, password_hash=hashed, role=Role(role).value, created_at=utcnow())
        try:
            async with self._tx(conflicts=True) as s:
                s.add(row)
        except IntegrityError:
            raise UserExists(f"user {name!r} already exists") from None
        return _user(row)

    async def verify_user(self, name: str, password: str) -> User | None:
        row = None
        if _storable(name):
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
        if not _storable(name):
            return False
        async with self._tx() as s:
            done = await s.execute(
                update(UserRow).where(UserRow.name == name).values(sessions_valid_after=utcnow())
            )
            return bool(getattr(done, "rowcount", 0))

    async def set_password(self, name: str, password: str) -> bool:
        """A new password; the user's open sessions end."""
        if not password:
            raise StoreError("empty password")
        if not _storable(name):
            return False
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
        if not _storable(name):
            return False
        async with self._tx() as s:
            gone = await s.execute(delete(UserRow).where(UserRow.name == name))
            await s.execute(delete(ApiToken).where(ApiToken.name == name))
            return bool(getattr(gone, "rowcount", 0))

    async def add_token(self, name: str, role: Role) -> str:
        _valid_name(name, "token name")
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

    async def login_attempt(self, name: str, client: str, limits: LoginLimits) -> LoginGate:
        """Count this attempt as a failure now, or say how long ``client`` must still wait.

        Counted before the password is checked, so a burst of parallel guesses (on any number
        of instances) is throttled like a sequence; ``login_failed`` restarts the delay when the
        check has failed, ``login_succeeded`` forgets the count. The count is a compare-and-set
        on ``failures``: a racing instance retries instead of losing one.
        """
        key, client = login_key(name), client[:64]
        for _ in range(LOGIN_ROUNDS):
            try:
                gate = await self._login_round(key, client, limits)
            except IntegrityError:  # another instance inserted the pair first
                continue
            if gate is not None:
                return gate
        raise StoreError("could not count a failed login: the counts keep changing")

    async def _login_round(self, key: str, client: str, limits: LoginLimits) -> LoginGate | None:
        async with self._tx(conflicts=True) as s:
            row = await s.scalar(select(F).where(F.name_key == key, F.client == client))
            # The clock is read after the first statement: on SQLite that one waited for the
            # write lock, and a count another attempt made meanwhile must not look "future".
            now = utcnow()
            since = now - timedelta(seconds=limits.window)
            on_name = await s.scalar(
                select(func.coalesce(func.sum(F.failures), 0)).where(F.name_key == key, F.last_at >= since)
            )
            pause = limits.name_pause if int(on_name or 0) >= limits.name_ceiling else 0.0
            if row is None:
                # New rows are what grows the table: sweep the expired ones at the same time.
                await s.execute(delete(F).where(F.last_at < since))
                s.add(F(name_key=key, client=client, failures=1, last_at=now))
                return LoginGate(0.0, pause)
            failures = row.failures if row.last_at >= since else 0
            delay = limits.delay(failures)
            wait = delay - (now - row.last_at).total_seconds() if delay else 0.0
            if wait > 0:
                return LoginGate(wait, pause)
            done = await s.execute(
                update(F)
                .where(F.name_key == key, F.client == client, F.failures == row.failures)
                .values(failures=failures + 1, last_at=now)
            )
            return LoginGate(0.0, pause) if getattr(done, "rowcount", 0) == 1 else None

    async def login_failed(self, name: str, client: str) -> None:
        """The password was wrong: the delay runs from now, not from when the (slow) check began."""
        async with self._tx() as s:
            pair = (F.name_key == login_key(name), F.client == client[:64])
            await s.execute(update(F).where(*pair).values(last_at=utcnow()))

    async def login_succeeded(self, name: str, client: str) -> None:
        async with self._tx() as s:
            await s.execute(delete(F).where(F.name_key == login_key(name), F.client == client[:64]))

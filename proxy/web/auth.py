"""Who is asking: signed session cookies, API tokens, CSRF tokens, roles and login rate limits."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections import deque
from dataclasses import dataclass, field

from fastapi import Request

from proxy.store.api import Role, User

COOKIE = "bsm_session"
SESSION_SECONDS = 12 * 3600
UNSAFE_METHODS = frozenset(("POST", "PUT", "PATCH", "DELETE"))


class NotAuthenticated(Exception):
    """No valid session or token: pages redirect to /login, the API answers 401."""


class Forbidden(Exception):
    """Authenticated, but the role does not allow this."""


class CsrfError(Exception):
    """A form or API call with a session cookie came without the session's CSRF token."""


@dataclass(frozen=True)
class Session:
    csrf: str
    user: str = ""
    role: str = ""
    expires: float = 0.0


@dataclass(frozen=True)
class Principal:
    name: str
    role: Role
    via: str  # "session" or "token"
    csrf: str = ""

    @property
    def sees_all(self) -> bool:
        return self.role is not Role.AGENT

    @property
    def decides(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)

    @property
    def administers(self) -> bool:
        return self.role is Role.ADMIN


class Signer:
    """HMAC-SHA256 over a compact JSON payload; no server-side session table to share."""

    def __init__(self, secret: str | None) -> None:
        self.key = (secret or secrets.token_hex(32)).encode()

    def dump(self, session: Session) -> str:
        payload = json.dumps([session.csrf, session.user, session.role, session.expires])
        body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
        return f"{body}.{self._mac(body)}"

    def load(self, cookie: str | None) -> Session | None:
        if not cookie or "." not in cookie:
            return None
        body, mac = cookie.rsplit(".", 1)
        if not hmac.compare_digest(mac, self._mac(body)):
            return None
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            csrf, user, role, expires = json.loads(raw)
        except (ValueError, TypeError):
            return None
        session = Session(str(csrf), str(user), str(role), float(expires))
        if session.user and session.expires < time.time():
            return Session(csrf=session.csrf)  # expired login keeps only its CSRF token
        return session

    def _mac(self, body: str) -> str:
        digest = hmac.new(self.key, body.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def new_session(user: User | None = None) -> Session:
    if user is None:
        return Session(csrf=secrets.token_urlsafe(24))
    return Session(
        csrf=secrets.token_urlsafe(24),
        user=user.name,
        role=user.role.value,
        expires=time.time() + SESSION_SECONDS,
    )


def bearer(request: Request) -> str | None:
    value = request.headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def check_csrf(session_csrf: str, supplied: str | None) -> None:
    if not supplied or not hmac.compare_digest(session_csrf, supplied):
        raise CsrfError()


@dataclass
class LoginLimiter:
    """Slows password guessing without letting anyone lock a user out (in memory, per process).

    Failures count per (user name, client address): after ``free`` failures each further
    attempt from that address must wait ``base`` seconds, doubling up to ``ceiling``; an
    attempt before then is refused without checking the password. Another address is not
    affected, so the real user still logs in from their own machine. A name that many
    addresses fail on (``name_ceiling`` in ``window``) is only slowed down: every attempt on it
    waits ``name_pause`` seconds before the password is checked.
    """

    free: int = 3
    base: float = 1.0
    ceiling: float = 60.0
    window: float = 900.0
    name_ceiling: int = 20
    name_pause: float = 1.0
    _pairs: dict[tuple[str, str], tuple[int, float]] = field(default_factory=dict)  # count, last
    _names: dict[str, deque[float]] = field(default_factory=dict)

    def wait(self, name: str, client: str) -> float:
        """Seconds this client must still wait before trying this name again (0: go ahead)."""
        count, last = self._pairs.get((key(name), client), (0, 0.0))
        if count < self.free:
            return 0.0
        delay = min(self.ceiling, self.base * 2.0 ** (count - self.free))
        return max(0.0, last + delay - time.monotonic())

    def pause(self, name: str) -> float:
        """How long to hold every attempt on a name that is under a spray of failures."""
        return self.name_pause if self._recent(key(name), time.monotonic()) >= self.name_ceiling else 0.0

    def failed(self, name: str, client: str) -> None:
        now = time.monotonic()
        pair = (key(name), client)
        count, last = self._pairs.get(pair, (0, 0.0))
        self._pairs[pair] = (count + 1 if now - last < self.window else 1, now)
        self._names.setdefault(key(name), deque()).append(now)
        if len(self._pairs) > 10_000:  # bound memory under a spray of names and addresses
            self._pairs = {k: v for k, v in self._pairs.items() if now - v[1] < self.window}
            self._names = {k: v for k, v in self._names.items() if self._recent(k, now)}

    def succeeded(self, name: str, client: str) -> None:
        self._pairs.pop((key(name), client), None)

    def _recent(self, name: str, now: float) -> int:
        hits = self._names.get(name)
        if not hits:
            return 0
        while hits and hits[0] < now - self.window:
            hits.popleft()
        return len(hits)


def key(name: str) -> str:
    """One spelling per user name: case and spaces do not make a new one."""
    return " ".join(name.split()).casefold()

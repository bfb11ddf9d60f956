"""Who is asking: signed session cookies, API tokens, CSRF tokens, roles and login rate limits."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

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


def client_address(request: Request) -> str:
    """The peer address the login limits count by (behind a proxy: the proxy's address)."""
    return request.client.host if request.client else "-"

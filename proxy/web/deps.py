"""Request-scoped helpers shared by pages and the API: the app context and the caller."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Request
from prometheus_client import CollectorRegistry
from pydantic import AfterValidator

from proxy.pipeline.checker import Checker
from proxy.settings import Settings
from proxy.store.api import HeldMessage, LoginLimits, Role, Store
from proxy.web.auth import (
    COOKIE,
    SESSION_SECONDS,
    UNSAFE_METHODS,
    Forbidden,
    NotAuthenticated,
    Principal,
    Session,
    Signer,
    bearer,
    check_csrf,
)


def _utf8(value: str) -> str:
    # JSON may carry a lone surrogate ("\\udc00"): no email, page or database can hold it.
    value.encode("utf-8")  # UnicodeEncodeError is a ValueError: the API answers 422
    return value


def _storable(value: str) -> str:
    if "\x00" in value:
        raise ValueError("NUL is not allowed (the database cannot keep it)")
    return _utf8(value)


# Text fields of API bodies: Utf8 for what is only checked, Text for what the store keeps.
Utf8 = Annotated[str, AfterValidator(_utf8)]
Text = Annotated[str, AfterValidator(_storable)]

# Seconds a removed user, a changed role or a session revoked on another instance may live on.
USERS_TTL = 30.0


@dataclass
class Ctx:
    store: Store
    settings: Settings
    checker_provider: Callable[[], Checker]
    registry: CollectorRegistry
    signer: Signer
    limits: LoginLimits  # failed logins, counted in the store
    _users: dict[str, tuple[Role, float]] = field(default_factory=dict)  # role, valid after
    _users_at: float = -USERS_TTL

    async def current_role(self, name: str, issued: float = float("inf")) -> Role | None:
        """The user's role now, or None when the account is gone or the session (issued at
        ``issued``, epoch seconds) was revoked by a logout or a password change."""
        if time.monotonic() - self._users_at >= USERS_TTL:
            self._users = {
                u.name: (u.role, u.sessions_valid_after.timestamp() if u.sessions_valid_after else 0.0)
                for u in await self.store.list_users()
            }
            self._users_at = time.monotonic()
        found = self._users.get(name)
        if found is None or issued <= found[1]:
            return None
        return found[0]

    def forget_users(self) -> None:
        self._users_at = -USERS_TTL


def ctx(request: Request) -> Ctx:
    value: Ctx = request.app.state.ctx
    return value


def session(request: Request) -> Session | None:
    return ctx(request).signer.load(request.cookies.get(COOKIE))


async def principal(request: Request) -> Principal:
    """The caller, from a Bearer token or the session cookie; CSRF-checked on unsafe methods."""
    token = bearer(request)
    if token is not None:
        user = await ctx(request).store.verify_token(token)
        if user is None:
            raise NotAuthenticated()
        return Principal(user.name, user.role, via="token")
    sess = session(request)
    if sess is None or not sess.user:
        raise NotAuthenticated()
    role = await ctx(request).current_role(sess.user, sess.expires - SESSION_SECONDS)
    if role is None:
        raise NotAuthenticated()
    who = Principal(sess.user, role, via="session", csrf=sess.csrf)
    if request.method in UNSAFE_METHODS:
        check_csrf(sess.csrf, await _supplied_csrf(request))
    return who


async def _supplied_csrf(request: Request) -> str | None:
    header = request.headers.get("x-csrf-token")
    if header:
        return header
    ctype = request.headers.get("content-type", "")
    if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        value = (await request.form()).get("csrf")
        return value if isinstance(value, str) else None
    return None


async def supervisor(request: Request) -> Principal:
    who = await principal(request)
    if not who.decides:
        raise Forbidden()
    return who


async def admin(request: Request) -> Principal:
    who = await principal(request)
    if not who.administers:
        raise Forbidden()
    return who


async def overseer(request: Request) -> Principal:
    """Anyone who may see every message (viewer, supervisor, admin): not agents."""
    who = await principal(request)
    if not who.sees_all:
        raise Forbidden()
    return who


def owns(who: Principal, held: HeldMessage) -> bool:
    """An agent sees only the mail they sent: the SMTP client name or the envelope sender."""
    if who.sees_all:
        return True
    name = who.name.lower()
    return held.client.lower() == name or held.mail_from.lower() == name

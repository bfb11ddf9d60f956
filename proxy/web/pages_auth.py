"""Login and logout pages."""

from __future__ import annotations

import asyncio
import logging
import math
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from proxy.errors import StoreError
from proxy.observe import metrics
from proxy.store.api import User
from proxy.web.auth import COOKIE, Session, check_csrf, client_address, new_session
from proxy.web.deps import Ctx, ctx, principal, session
from proxy.web.render import TEMPLATES, set_session

router = APIRouter(include_in_schema=False)
log = logging.getLogger(__name__)


def _safe_next(value: object) -> str:
    # Only local paths: an open redirect after login would help phishing.
    text = value if isinstance(value, str) else ""
    return text if text.startswith("/") and not text.startswith("//") and "\\" not in text else "/"


@router.get("/login")
async def login_form(request: Request) -> HTMLResponse:
    sess = session(request) or new_session()
    response = TEMPLATES.TemplateResponse(
        request,
        "login.html",
        {"who": None, "csrf": sess.csrf, "next": _safe_next(request.query_params.get("next")), "error": ""},
    )
    set_session(response, request, sess)
    return response


@router.post("/login", response_model=None)
async def login(request: Request) -> Response:
    c = ctx(request)
    form = await request.form()
    sess = session(request)
    name, password = str(form.get("name", "")).strip(), str(form.get("password", ""))
    if sess is None or not _csrf_matches(sess.csrf, form.get("csrf")):
        return _refused(request, form, sess, "Your session expired; please try again.", 403)
    try:
        user, error, code = await _check(c, name, password, client_address(request))
    except StoreError as exc:
        # Fail closed: without the shared counts a guess could not be slowed down.
        log.error("login refused, the store does not answer: %s", exc)
        return _refused(request, form, sess, UNAVAILABLE, 503)
    if user is None:
        return _refused(request, form, sess, error, code)
    done = RedirectResponse(_safe_next(form.get("next")), status_code=303)
    set_session(done, request, new_session(user))
    return done


UNAVAILABLE = "Logging in is not possible right now: the database does not answer. Try again in a minute."


async def _check(c: Ctx, name: str, password: str, client: str) -> tuple[User | None, str, int]:
    """The user, or why not and the status code; ``StoreError`` when the store is down."""
    gate = await c.store.login_attempt(name, client, c.limits)
    if gate.wait > 0:
        metrics.LOGIN_FAILURES.labels("throttled").inc()
        await _audit(c, name, "login_throttled", client, gate.wait)
        wait = math.ceil(gate.wait)
        return None, f"Too many failed attempts from this address; try again in {wait} s.", 429
    await asyncio.sleep(gate.pause)  # a name under a spray: slowed, never locked
    user = await c.store.verify_user(name, password)
    if user is None:
        await c.store.login_failed(name, client)
        metrics.LOGIN_FAILURES.labels("wrong_password").inc()
        await _audit(c, name, "login_failed", client, 0.0)
        return None, "Wrong name or password.", 401
    await c.store.login_succeeded(name, client)
    return user, "", 303


def _refused(request: Request, form: FormData, sess: Session | None, error: str, code: int) -> Response:
    fresh = sess or new_session()
    response = TEMPLATES.TemplateResponse(
        request,
        "login.html",
        {"who": None, "csrf": fresh.csrf, "next": _safe_next(form.get("next")), "error": error},
        status_code=code,
    )
    set_session(response, request, fresh)
    return response


async def _audit(c: Ctx, name: str, action: str, client: str, wait: float) -> None:
    """Failed and throttled logins go to the audit log (a store failure must not hide the page)."""
    details: dict[str, Any] = {"client": client}
    if wait:
        details["wait_seconds"] = round(wait, 1)
    try:
        await c.store.audit(name.replace("\x00", "")[:80] or "-", action, None, details)
    except Exception:
        log.exception("login audit failed")


def _csrf_matches(expected: str, supplied: object) -> bool:
    try:
        check_csrf(expected, supplied if isinstance(supplied, str) else None)
    except Exception:
        return False
    return True


@router.post("/logout")
async def logout(request: Request) -> RedirectResponse:
    who = await principal(request)  # CSRF-checked: a cross-site form must not log people out
    c = ctx(request)
    # Server-side: the cookie stops working everywhere, even a copy someone kept.
    await c.store.revoke_sessions(who.name)
    c.forget_users()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response

"""Jinja2 templates with the caller and a CSRF token in every page's context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from proxy.web.auth import COOKIE, Principal, Session

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def _hours(value: float) -> str:
    return f"{value:.1f} h" if value < 48 else f"{value / 24:.1f} d"


def _size(value: int) -> str:
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}"
        value = value // 1024
    return f"{value} GB"


def _words(value: object) -> str:
    """An identifier as words: ``feedback_removal`` → ``feedback removal``."""
    return str(value).replace("_", " ")


TEMPLATES.env.filters["hours"] = _hours
TEMPLATES.env.filters["size"] = _size
TEMPLATES.env.filters["words"] = _words


def page(
    request: Request, name: str, who: Principal | None, status_code: int = 200, **context: Any
) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(
        request, name, {"who": who, "csrf": who.csrf if who else "", **context}, status_code=status_code
    )


def set_session(response: Response, request: Request, session: Session) -> None:
    c = request.app.state.ctx
    response.set_cookie(
        COOKIE,
        c.signer.dump(session),
        httponly=True,
        samesite="strict",
        secure=c.settings.http.secure_cookies,
        path="/",
    )

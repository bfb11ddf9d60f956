"""Review UI, JSON API, /healthz and /metrics as one FastAPI app (``create_app``)."""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from proxy.errors import StoreError
from proxy.pipeline.checker import Checker
from proxy.settings import Settings
from proxy.store.accounts import BadName, UserExists
from proxy.store.api import LoginLimits, Store
from proxy.web import api_admin, api_held, pages_admin, pages_auth, pages_held
from proxy.web.auth import CsrfError, Forbidden, NotAuthenticated, Signer, bearer
from proxy.web.deps import Ctx, principal
from proxy.web.listing import ALLOWED
from proxy.web.render import page
from proxy.web.service import Invalid, NotFound

# Our own pages run no script at all and load only our stylesheet.
PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": PAGE_CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
PUBLIC = ("/healthz", "/metrics", "/login", "/static/")
log = logging.getLogger(__name__)


def create_app(
    store: Store,
    settings: Settings,
    checker_provider: Callable[[], Checker],
    metrics_registry: CollectorRegistry | None = None,
) -> FastAPI:
    """Build the web app; ``proxy.app`` serves it with uvicorn in the SMTP server's event loop.

    ``store``: the shared ``proxy.store`` instance (quarantine, audit, users, tokens).
    ``settings``: the validated configuration (``http``, ``notify``, ``retention`` are read).
    ``checker_provider``: zero-argument callable returning the *current* ``Checker``; called
    per request, so reloaded rule packs apply to the pre-send check and to edited messages.
    ``metrics_registry``: served at ``/metrics``; default ``proxy.observe.metrics.REGISTRY``.
    Every route but ``/healthz``, ``/metrics`` (its own token) and the login page needs a
    session (pages redirect to ``/login``) or an API token (``Authorization: Bearer``; the API
    answers 401). The OpenAPI document is ``/api/openapi.json``.
    """
    app = FastAPI(
        title="bsm-guard review API", docs_url=None, redoc_url=None, openapi_url=None, version=_version()
    )
    app.state.ctx = Ctx(
        store,
        settings,
        checker_provider,
        metrics_registry or _registry(),
        Signer(settings.http.secret_key),
        LoginLimits(),
    )
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    for module in (pages_auth, pages_held, pages_admin, api_held, api_admin):
        app.include_router(module.router)
    _system_routes(app)
    _error_handlers(app)
    app.add_middleware(SecurityHeaders)
    return app


def _version() -> str:
    from proxy import __version__

    return __version__


def _registry() -> CollectorRegistry:
    from proxy.observe.metrics import REGISTRY

    return REGISTRY


def _system_routes(app: FastAPI) -> None:
    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/metrics", include_in_schema=False)
    async def metrics(request: Request) -> Response:
        c = request.app.state.ctx
        token = c.settings.http.metrics_token
        supplied = bearer(request) or ""
        if token and not hmac.compare_digest(supplied.encode(), token.encode()):
            return PlainTextResponse(
                "metrics token required", status_code=401, headers={"WWW-Authenticate": "Bearer"}
            )
        return Response(generate_latest(c.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/api/openapi.json", include_in_schema=False)
    async def openapi(request: Request) -> dict[str, Any]:
        await principal(request)
        return get_openapi(
            title=app.title,
            version=app.version,
            routes=app.routes,
            description="JSON API of the bsm-guard review UI. Authenticate "
            "with `Authorization: Bearer <token>`.",
        )


class AsciiJSON(JSONResponse):
    """The error answers' JSON, every non-ASCII character escaped: an error may echo a lone
    surrogate from a hostile body (JSON allows "\\udc00"), which UTF-8 cannot encode."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode()


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error_handlers(app: FastAPI) -> None:
    async def unauthenticated(request: Request, exc: Exception) -> Response:
        if _is_api(request):
            return AsciiJSON(
                {"detail": "authentication required"}, status_code=401, headers={"WWW-Authenticate": "Bearer"}
            )
        target = request.url.path if request.method == "GET" else "/"
        return RedirectResponse(f"/login?next={target}", status_code=303)

    def simple(code: int, text: str) -> Callable[[Request, Exception], Awaitable[Response]]:
        async def handler(request: Request, exc: Exception) -> Response:
            detail = str(exc) or text
            if _is_api(request):
                return AsciiJSON({"detail": detail}, status_code=code)
            return page(request, "error.html", None, status_code=code, code=code, text=detail)

        return handler

    app.add_exception_handler(NotAuthenticated, unauthenticated)
    app.add_exception_handler(Forbidden, simple(403, "your role does not allow this"))
    app.add_exception_handler(CsrfError, simple(403, "missing or wrong CSRF token"))
    app.add_exception_handler(NotFound, simple(404, "not found"))
    app.add_exception_handler(Invalid, simple(400, "not possible"))
    app.add_exception_handler(RequestValidationError, _bad_query)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(StoreError, _store_down)
    app.add_exception_handler(UserExists, simple(409, "that name is taken"))
    app.add_exception_handler(BadName, simple(400, "not a possible name"))


async def _http_error(request: Request, exc: Exception) -> Response:
    """Unknown paths, wrong methods and the routes' own HTTPExceptions: JSON for the API, the
    error page for the UI (FastAPI would answer JSON everywhere)."""
    code = exc.status_code if isinstance(exc, HTTPException) else 500
    detail = exc.detail if isinstance(exc, HTTPException) else "error"
    headers = exc.headers if isinstance(exc, HTTPException) else None
    if code in (204, 304):  # no body allowed
        return Response(status_code=code, headers=headers)
    if _is_api(request):
        return AsciiJSON({"detail": detail}, status_code=code, headers=headers)
    response = page(request, "error.html", None, status_code=code, code=code, text=str(detail))
    response.headers.update(headers or {})
    return response


async def _store_down(request: Request, exc: Exception) -> Response:
    """The database did not answer: 503, so clients retry; the driver's words go to the log."""
    log.error("%s %s: %s", request.method, request.url.path, exc)
    text = "the database does not answer; try again in a minute"
    if _is_api(request):
        return AsciiJSON({"detail": text}, status_code=503, headers={"Retry-After": "30"})
    return page(request, "error.html", None, status_code=503, code=503, text=text)


async def _bad_query(request: Request, exc: Exception) -> Response:
    """A bad query parameter (a list filter) is the caller's mistake: 400 naming the parameter
    and what it accepts. Bad bodies keep FastAPI's 422."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    wrong = [e for e in errors if e.get("loc", ("",))[0] == "query"]
    if not wrong or len(wrong) < len(errors):  # FastAPI's answer, encodable
        return AsciiJSON({"detail": jsonable_encoder(errors)}, status_code=422)
    found = [
        {
            "parameter": str(e["loc"][-1]),
            "value": str(e.get("input", ""))[:100],
            "allowed": ALLOWED.get(str(e["loc"][-1]), str(e.get("msg", ""))),
        }
        for e in wrong
    ]
    text = "; ".join(
        f"{f['parameter']}={f['value']} is not allowed: {f['parameter']} must be {f['allowed']}"
        for f in found
    )
    if _is_api(request):
        return AsciiJSON({"detail": text, "errors": found}, status_code=400)
    return page(request, "error.html", None, status_code=400, code=400, text=text)


class SecurityHeaders:
    """Pure ASGI middleware: the one place every response gets ``SECURITY_HEADERS`` (a route's
    own value wins, as the preview's CSP does), error pages included. An unhandled exception
    becomes a 500 page or JSON here, with the headers and without the traceback (it is
    logged); Starlette's own 500 is sent outside every middleware, so it would have none."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_hardened(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        try:
            await self.app(scope, receive, send_hardened)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            await _internal_error(Request(scope))(scope, receive, send_hardened)


def _internal_error(request: Request) -> Response:
    text = "internal error (logged on the server)"
    if _is_api(request):
        return AsciiJSON({"detail": text}, status_code=500)
    try:
        return page(request, "error.html", None, status_code=500, code=500, text=text)
    except Exception:  # the templates themselves may be what failed
        return PlainTextResponse(text, status_code=500)

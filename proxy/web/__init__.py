"""Review UI, JSON API, /healthz and /metrics as one FastAPI app (``create_app``)."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from proxy.pipeline.checker import Checker
from proxy.settings import Settings
from proxy.store.api import Store
from proxy.web import api_admin, api_held, pages_admin, pages_auth, pages_held
from proxy.web.auth import CsrfError, Forbidden, LoginLimiter, NotAuthenticated, Signer, bearer
from proxy.web.deps import Ctx, principal
from proxy.web.listing import ALLOWED
from proxy.web.render import page
from proxy.web.service import Invalid, NotFound

# Our own pages run no script at all and load only our stylesheet.
PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
PUBLIC = ("/healthz", "/metrics", "/login", "/static/")


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
        LoginLimiter(),
    )
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    for module in (pages_auth, pages_held, pages_admin, api_held, api_admin):
        app.include_router(module.router)
    _system_routes(app)
    _error_handlers(app)
    app.middleware("http")(_security_headers)
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


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error_handlers(app: FastAPI) -> None:
    async def unauthenticated(request: Request, exc: Exception) -> Response:
        if _is_api(request):
            return JSONResponse(
                {"detail": "authentication required"}, status_code=401, headers={"WWW-Authenticate": "Bearer"}
            )
        target = request.url.path if request.method == "GET" else "/"
        return RedirectResponse(f"/login?next={target}", status_code=303)

    def simple(code: int, text: str) -> Callable[[Request, Exception], Awaitable[Response]]:
        async def handler(request: Request, exc: Exception) -> Response:
            detail = str(exc) or text
            if _is_api(request):
                return JSONResponse({"detail": detail}, status_code=code)
            return page(request, "error.html", None, status_code=code, code=code, text=detail)

        return handler

    app.add_exception_handler(NotAuthenticated, unauthenticated)
    app.add_exception_handler(Forbidden, simple(403, "your role does not allow this"))
    app.add_exception_handler(CsrfError, simple(403, "missing or wrong CSRF token"))
    app.add_exception_handler(NotFound, simple(404, "not found"))
    app.add_exception_handler(Invalid, simple(400, "not possible"))
    app.add_exception_handler(RequestValidationError, _bad_query)


async def _bad_query(request: Request, exc: Exception) -> Response:
    """A bad query parameter (a list filter) is the caller's mistake: 400 naming the parameter
    and what it accepts. Bad bodies keep FastAPI's 422."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    wrong = [e for e in errors if e.get("loc", ("",))[0] == "query"]
    if not wrong or len(wrong) < len(errors):
        return await request_validation_exception_handler(request, exc)  # type: ignore[arg-type]
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
        return JSONResponse({"detail": text, "errors": found}, status_code=400)
    return page(request, "error.html", None, status_code=400, code=400, text=text)


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Cache-Control", "no-store")
    return response

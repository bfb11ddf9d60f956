"""Overview, retention, users and settings pages."""

from __future__ import annotations

import json
from typing import Annotated, Any

import yaml
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from proxy.store.api import Role
from proxy.web import charts, retention, stats
from proxy.web.auth import Principal
from proxy.web.deps import admin, ctx, overseer
from proxy.web.render import page

router = APIRouter(include_in_schema=False)
Admin = Annotated[Principal, Depends(admin)]
Seer = Annotated[Principal, Depends(overseer)]
SECRET_KEYS = frozenset(
    ("password", "secret_key", "metrics_token", "webhook_url", "database_url", "username")
)


@router.get("/overview")
async def overview(request: Request, who: Seer) -> HTMLResponse:
    o = await stats.overview(ctx(request).store)
    return page(
        request,
        "overview.html",
        who,
        o=o,
        per_day_svg=charts.stacked_bars(o.days, o.per_day),
        cats_svg=charts.hbars(o.top_categories),
        rules_svg=charts.hbars(o.top_rules),
    )


@router.get("/retention")
async def retention_preview(request: Request, who: Admin) -> HTMLResponse:
    c = ctx(request)
    plan = await retention.run(c.store, c.settings, who.name, dry_run=True)
    return page(request, "retention.html", who, plan=plan)


@router.post("/retention")
async def retention_apply(request: Request, who: Admin) -> HTMLResponse:
    c = ctx(request)
    plan = await retention.run(c.store, c.settings, who.name, dry_run=False)
    return page(request, "retention.html", who, plan=plan)


@router.get("/users")
async def users(request: Request, who: Admin) -> HTMLResponse:
    listed = await ctx(request).store.list_users()
    return page(request, "users.html", who, users=listed, roles=[r.value for r in Role], token="", error="")


@router.post("/users")
async def users_change(request: Request, who: Admin) -> HTMLResponse:
    c = ctx(request)
    form = await request.form()
    op, name = str(form.get("op", "")), str(form.get("name", "")).strip()
    token, error = "", ""
    try:
        if op == "add":
            await c.store.add_user(name, str(form.get("password", "")), Role(str(form.get("role"))))
        elif op == "remove" and name != who.name:
            await c.store.remove_user(name)
        elif op == "token":
            token = await c.store.add_token(name, Role(str(form.get("role"))))
        c.forget_users()
        await c.store.audit(who.name, f"user_{op}", None, {"name": name})
    except Exception as exc:  # shown to the admin; the store says what was wrong
        error = str(exc) or type(exc).__name__
    listed = await c.store.list_users()
    return page(
        request, "users.html", who, users=listed, roles=[r.value for r in Role], token=token, error=error
    )


@router.get("/settings")
async def settings_page(request: Request, who: Admin) -> HTMLResponse:
    data = redact(json.loads(ctx(request).settings.model_dump_json()))
    return page(request, "settings.html", who, text=yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def redact(node: Any) -> Any:
    """The settings with every secret-bearing value that is set replaced by '***'."""
    if isinstance(node, dict):
        return {k: "***" if k in SECRET_KEYS and v else redact(v) for k, v in node.items()}
    if isinstance(node, list):
        return [redact(v) for v in node]
    return node

"""Server-rendered pages: forms post, redirect and show what the store recorded."""

from __future__ import annotations

from typing import Any

import pytest

from proxy.store.api import HeldStatus


@pytest.fixture
async def boss(web_client: Any, login: Any) -> tuple[Any, str]:
    client = web_client()
    return client, await login(client, "supervisor")


async def test_note_and_release_through_forms(boss: tuple[Any, str], hold: Any,
                                              upstream: Any, web_store: Any) -> None:
    client, csrf = boss
    held_id = await hold("Re: lamp", "The lamp ships today.")
    noted = await client.post(f"/held/{held_id}/note", data={"note": "called the buyer",
                                                             "csrf": csrf})
    assert noted.status_code == 303
    page = await client.get(noted.headers["location"])
    assert "called the buyer" in page.text and "OK: note added" in page.text
    empty = await client.post(f"/held/{held_id}/release", data={"reason": " ", "csrf": csrf})
    assert empty.status_code == 400 and "reason is required" in empty.text
    done = await client.post(f"/held/{held_id}/release", data={"reason": "fine", "csrf": csrf})
    page = await client.get(done.headers["location"])
    assert "OK: 250" in page.text
    assert (await web_store.get(held_id)).status is HeldStatus.RELEASED


async def test_edit_form_and_bulk_page(boss: tuple[Any, str], hold: Any, upstream: Any,
                                       web_store: Any) -> None:
    client, csrf = boss
    first = await hold("Re: a", "You idiot.", html="<p>You idiot.</p>")
    form = await client.get(f"/held/{first}/edit")
    assert 'name="text"' in form.text and "&lt;p&gt;You idiot.&lt;/p&gt;" in form.text
    edited = await client.post(f"/held/{first}/edit", data={
        "text": "Thank you.", "html": "<p>Thank you.</p>", "reason": "tone", "csrf": csrf})
    page = await client.get(edited.headers["location"])
    assert "edited" in page.text and "diff_text" in page.text
    second, third = await hold("Re: b", "Fine."), await hold("Re: c", "Fine.")
    bulk = await client.post("/held/bulk", data={"ids": [second, third], "action": "reject",
                                                 "reason": "duplicate", "csrf": csrf})
    assert bulk.status_code == 200 and bulk.text.count(">ok<") == 2
    assert (await web_store.get(third)).status is HeldStatus.REJECTED


async def test_overview_draws_svg(web_client: Any, login: Any, web_store: Any,
                                  hold: Any) -> None:
    for action in ("relayed", "relayed", "rejected", "held"):
        await web_store.audit("system", action, None, {"categories": ["marketing"],
                                                       "rules": ["marketing.coupon"]})
    await hold("Re: x", "y")
    client = web_client()
    await login(client, "viewer")
    page = await client.get("/overview")
    assert page.status_code == 200
    assert page.text.count("<svg") == 3 and "<rect" in page.text
    assert "50.0 %" in page.text and "marketing.coupon" in page.text


async def test_admin_pages(web_client: Any, login: Any, web_store: Any) -> None:
    client = web_client()
    csrf = await login(client, "admin")
    added = await client.post("/users", data={"op": "add", "name": "carol", "role": "agent",
                                              "password": "long enough pw", "csrf": csrf})
    assert "carol" in added.text
    token = await client.post("/users", data={"op": "token", "name": "crm", "role": "viewer",
                                              "csrf": csrf})
    assert "shown once" in token.text
    assert await web_store.verify_user("carol", "long enough pw") is not None
    retention = await client.get("/retention")
    assert "Would expire (0)" in retention.text
    applied = await client.post("/retention", data={"csrf": csrf})
    assert "Expired (0)" in applied.text
    settings = await client.get("/settings")
    assert "test-secret" not in settings.text and "secret_key: &#39;***&#39;" in settings.text

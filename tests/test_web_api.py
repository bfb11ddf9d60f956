"""The review JSON API against a real SQLite store and a recording upstream (httpx, no socket)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from proxy.store.api import HeldMessage, HeldStatus
from proxy.web.listing import Row

AMAZON = "buyer-1@marketplace.amazon.com"


@pytest.fixture
async def boss(web_store: Any, web_client: Any) -> Any:
    """A client with a supervisor's API token."""
    from proxy.store.api import Role

    token = await web_store.add_token("ticketing", Role.SUPERVISOR)
    client = web_client()
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def _to(upstream: Any, address: str) -> list[bytes]:
    return [data for _, rcpts, data in upstream.messages if address in rcpts]


async def test_list_filters_sorts_and_counts(boss: Any, hold: Any) -> None:
    a = await hold("Re: broken lamp", "You idiot.", excerpt="idiot", order="111-1111111-1111111")
    b = await hold(
        "Re: late parcel",
        "It is late.",
        category="feedback_removal",
        excerpt="remove",
        mail_from="bob@shop.test",
        order="222-2222222-2222222",
    )
    c = await hold(
        "Re: colours", "Padded.", html="<p>Padded out</p>" * 200, category="styling", excerpt="font"
    )
    everything = (await boss.get("/api/held")).json()
    assert everything["total"] == 3
    assert everything["category_counts"] == {"offensive": 1, "feedback_removal": 1, "styling": 1}
    item = everything["items"][0]
    assert {"id", "age_hours", "urgency", "categories", "order_ids", "mail_from"} <= item.keys()

    cases: list[tuple[dict[str, str], set[str]]] = [
        ({"category": "feedback_removal"}, {b}),
        ({"rule": "offensive.test"}, {a}),
        ({"sender": "bob@"}, {b}),
        ({"order_id": "111-1111111-1111111"}, {a}),
        ({"q": "colours"}, {c}),
        ({"status": "released"}, set()),
        ({"since": (datetime.now(UTC) + timedelta(days=2)).date().isoformat()}, set()),
        ({"until": datetime.now(UTC).date().isoformat()}, {a, b, c}),
        ({"until": "9999-12-31"}, {a, b, c}),  # the last day there is: was an overflow, 500
        ({"sort": "", "status": "", "category": ""}, {a, b, c}),  # empty values are ignored
    ]
    for params, expected in cases:
        got = (await boss.get("/api/held", params=params)).json()
        assert {i["id"] for i in got["items"]} == expected, params
    by_size = (await boss.get("/api/held", params={"sort": "-size"})).json()["items"]
    assert by_size[0]["id"] == c
    page2 = (await boss.get("/api/held", params={"per_page": 2, "page": 2})).json()
    assert page2["total"] == 3 and len(page2["items"]) == 1 and page2["pages"] == 2


BAD_FILTERS = [  # (parameter, value, words of what it accepts)
    ("status", "any", "held, released, rejected, expired, all"),
    ("since", "yesterday", "YYYY-MM-DD"),
    ("until", "2026-13-01", "YYYY-MM-DD"),
    ("since", "2026-02-30", "YYYY-MM-DD"),
    ("sort", "age", "-created_at (newest first), created_at (oldest first)"),
    ("category", "rude", "offensive"),
    ("page", "0", "a whole number from 1 to"),
    ("page", "two", "a whole number from 1 to"),
    ("page", str(10**20), "a whole number from 1 to"),  # was an integer overflow: 500
    ("per_page", "1000000", "a whole number from 1 to 200"),
    ("q", "lamp\x00", "without NUL"),  # PostgreSQL refuses NUL in text
    ("order_id", "1" * 201, "at most 200 characters"),
]


@pytest.mark.parametrize("path", ["/held", "/api/held"])
@pytest.mark.parametrize(("name", "value", "allowed"), BAD_FILTERS)
async def test_a_bad_filter_is_a_400_naming_what_is_allowed(
    boss: Any, hold: Any, path: str, name: str, value: str, allowed: str
) -> None:
    await hold("Re: lamp", "Thanks.")
    got = await boss.get(path, params={name: value})
    assert got.status_code == 400, got.text[:300]
    if path.startswith("/api/"):
        body = got.json()
        assert body["errors"] == [
            {"parameter": name, "value": value[:100], "allowed": body["errors"][0]["allowed"]}
        ]
        assert allowed in body["errors"][0]["allowed"] and allowed in body["detail"]
    else:
        assert f"{name}={value[:100]} is not allowed: {name} must be" in got.text
        assert allowed.replace(">", "&gt;") in got.text


async def test_a_bad_body_stays_a_422(boss: Any, hold: Any) -> None:
    held_id = await hold("Re: x", "Thanks.")
    bad = await boss.post(f"/api/held/{held_id}/release", json={"reason": ""})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "reason"]


@pytest.mark.parametrize(("hours", "urgency"), [(1, ""), (19.9, ""), (20.5, "warn"), (30, "late")])
def test_age_against_the_24_hour_expectation(hours: float, urgency: str) -> None:
    held = HeldMessage(
        id="x",
        created_at=datetime.now(UTC) - timedelta(hours=hours),
        mail_from="a@b",
        rcpt_tos=(),
        client="a",
        subject="s",
        order_ids=(),
        categories=(),
        rules=(),
        findings=(),
        status=HeldStatus.HELD,
        size=1,
        raw=b"",
    )
    assert Row(held, hours).urgency == urgency


async def test_detail_and_attachment_download(boss: Any, web_store: Any) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "agent@shop.test", AMAZON, "Re: manual"
    msg.set_content("Manual attached, you idiot.")
    msg.add_attachment(b"%PDF-1.4 manual", maintype="application", subtype="pdf", filename="manual.pdf")
    held_id = await web_store.hold(
        msg.as_bytes(),
        "agent@shop.test",
        (AMAZON,),
        "agent",
        "Re: manual",
        (),
        (
            {
                "rule": "offensive.insult",
                "category": "offensive",
                "action": "quarantine",
                "excerpt": "idiot",
                "where": "text",
                "reason": "insult",
            },
        ),
    )
    detail = (await boss.get(f"/api/held/{held_id}")).json()
    assert detail["findings"][0]["excerpt"] == "idiot"
    assert ["Subject", "Re: manual"] in detail["headers"]
    assert detail["attachments"] == [
        {"index": 0, "filename": "manual.pdf", "content_type": "application/pdf", "size": 15, "inline": False}
    ]
    download = await boss.get(f"/held/{held_id}/attachments/0")
    assert download.content == b"%PDF-1.4 manual"
    assert download.headers["content-disposition"].startswith("attachment;")
    assert download.headers["content-type"] == "application/octet-stream"


async def test_release_relays_and_notifies(boss: Any, hold: Any, upstream: Any, web_store: Any) -> None:
    held_id = await hold("Re: your refund", "Your refund was issued today.")
    result = (await boss.post(f"/api/held/{held_id}/release", json={"reason": "tone is fine"})).json()
    assert result["ok"] is True and result["status"] == "released"
    assert result["message"].startswith("250")  # the upstream's own reply
    assert b"Your refund was issued today." in _to(upstream, AMAZON)[0]
    note = _to(upstream, "agent@shop.test")
    assert len(note) == 1 and b"released" in note[0]
    history = [e.action for e in await web_store.audit_for(held_id)]
    assert "released" in history


async def test_a_failed_relay_leaves_it_held(boss: Any, hold: Any, upstream: Any, web_store: Any) -> None:
    upstream.reply = "451 4.3.0 try again later"
    held_id = await hold("Re: your refund", "Your refund was issued today.")
    result = (await boss.post(f"/api/held/{held_id}/release", json={"reason": "ok"})).json()
    assert result["ok"] is False and "451" in result["message"]
    assert (await web_store.get(held_id)).status is HeldStatus.HELD
    assert "release_failed" in [e.action for e in await web_store.audit_for(held_id)]


async def test_release_needs_a_reason(boss: Any, hold: Any, upstream: Any) -> None:
    held_id = await hold("Re: x", "Thanks.")
    assert (await boss.post(f"/api/held/{held_id}/release", json={"reason": ""})).status_code == 422
    assert (await boss.post(f"/api/held/{held_id}/release", json={})).status_code == 422
    assert upstream.messages == []


async def test_reject_notifies_the_agent(boss: Any, hold: Any, upstream: Any, web_store: Any) -> None:
    held_id = await hold("Re: your review", "Please take the review down, idiot.")
    result = (await boss.post(f"/api/held/{held_id}/reject", json={"reason": "insulting the buyer"})).json()
    assert result["ok"] is True and result["status"] == "rejected"
    assert _to(upstream, AMAZON) == []
    note = _to(upstream, "agent@shop.test")
    assert len(note) == 1
    assert b"insulting the buyer" in note[0] and b"rejected" in note[0]
    again = (await boss.post(f"/api/held/{held_id}/reject", json={"reason": "twice"})).json()
    assert again["ok"] is False


async def test_edit_then_release_keeps_both_and_the_diff(
    boss: Any, hold: Any, upstream: Any, web_store: Any
) -> None:
    held_id = await hold("Re: lamp", "You idiot, the lamp works.", html="<p>You idiot, the lamp works.</p>")
    result = (
        await boss.post(
            f"/api/held/{held_id}/edit",
            json={
                "reason": "removed the insult",
                "text": "The lamp works.",
                "html": "<p>The lamp works.</p>",
            },
        )
    ).json()
    assert result["ok"] is True, result
    held = await web_store.get(held_id)
    assert held.status is HeldStatus.RELEASED
    assert b"idiot" in held.raw and held.edited_raw is not None and b"idiot" not in held.edited_raw
    sent = _to(upstream, AMAZON)[0]
    assert b"The lamp works." in sent and b"idiot" not in sent
    edited = next(e for e in await web_store.audit_for(held_id) if e.action == "edited")
    assert "-You idiot, the lamp works." in edited.details["diff_text"]
    assert "+The lamp works." in edited.details["diff_text"]
    assert edited.actor == "ticketing"


async def test_notes_requests_and_history(web_client: Any, login: Any, hold: Any, boss: Any) -> None:
    held_id = await hold("Re: lamp", "Thanks.")
    agent = web_client()
    csrf = await login(agent, "agent")
    asked = await agent.post(
        f"/api/held/{held_id}/request-release",
        json={"note": "the buyer asked for this wording"},
        headers={"X-CSRF-Token": csrf},
    )
    assert asked.status_code == 200
    await boss.post(f"/api/held/{held_id}/note", json={"note": "checking with legal"})
    history = (await boss.get(f"/api/held/{held_id}")).json()["history"]
    assert [(h["actor"], h["action"]) for h in history] == [
        ("agent", "release_requested"),
        ("ticketing", "note"),
    ]
    assert history[1]["details"] == {"note": "checking with legal"}
    assert history[0]["text"] == "agent asked for a release: the buyer asked for this wording."
    assert history[1]["text"] == "ticketing added a note: checking with legal."


async def test_bulk_release_and_reject(boss: Any, hold: Any, upstream: Any, web_store: Any) -> None:
    ids = [await hold(f"Re: order {i}", "Thanks for your patience.") for i in range(3)]
    released = (
        await boss.post("/api/held/bulk", json={"action": "release", "ids": ids[:2], "reason": "fine"})
    ).json()["results"]
    assert [r["ok"] for r in released] == [True, True]
    rejected = (
        await boss.post("/api/held/bulk", json={"action": "reject", "ids": [ids[2], "nope"], "reason": "no"})
    ).json()["results"]
    assert [r["ok"] for r in rejected] == [True, False]
    assert len(_to(upstream, AMAZON)) == 2
    assert (await web_store.get(ids[2])).status is HeldStatus.REJECTED


async def test_check_raw_and_draft(boss: Any) -> None:
    from helpers import build_mail

    raw = build_mail("Re: order 123-1234567-1234567", "Your parcel ships today.")
    clean = await boss.post("/api/check", content=raw, headers={"Content-Type": "message/rfc822"})
    assert clean.json() == {"path": "-", "verdict": "deliver", "categories": [], "findings": []}
    draft = await boss.post(
        "/api/check",
        json={
            "subject": "Re: order 123-1234567-1234567",
            "text": "See the attached tool.",
            "reply": True,
            "attachments": [{"name": "tool.exe", "content_type": "application/x-msdownload", "size": 300}],
        },
    )
    body = draft.json()
    assert body["verdict"] == "reject" and "attachment" in body["categories"]
    assert set(body) == {"path", "verdict", "categories", "findings"}
    assert set(body["findings"][0]) == {"rule", "category", "action", "excerpt", "where", "quoted"}
    wrong = await boss.post("/api/check", content=b"x", headers={"Content-Type": "image/png"})
    assert wrong.status_code == 415


async def test_retention_preview_then_apply(
    web_client: Any, login: Any, hold: Any, web_store: Any, web_settings: Any
) -> None:
    held_id = await hold("Re: old", "Thanks.")
    admin = web_client()
    csrf = await login(admin, "admin")
    preview = (await admin.get("/api/retention")).json()
    assert preview["done"] is False and preview["held_days"] == 7.0
    assert held_id not in preview["expire"]  # seconds old, not a week
    done = await admin.post("/api/retention", headers={"X-CSRF-Token": csrf})
    assert done.json()["done"] is True
    assert "retention" in [e.action for e in await web_store.audit_recent()]


async def test_stats_and_openapi(boss: Any, web_store: Any, hold: Any) -> None:
    await web_store.audit("system", "relayed", "r1", {"categories": [], "rules": []})
    await web_store.audit(
        "system", "held", "r2", {"categories": ["offensive"], "rules": ["offensive.insult"]}
    )
    await hold("Re: a", "b")
    stats = (await boss.get("/api/stats")).json()
    assert stats["backlog"] == 1
    assert stats["block_rate"] == pytest.approx(0.5)
    assert stats["top_categories"] == [["offensive", 1]]
    doc = (await boss.get("/api/openapi.json")).json()
    assert {"/api/held", "/api/check", "/api/held/{held_id}/release"} <= set(doc["paths"])
    assert "message/rfc822" in doc["paths"]["/api/check"]["post"]["requestBody"]["content"]
    assert not any(p.startswith("/held") for p in doc["paths"])  # pages stay out of it

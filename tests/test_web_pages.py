"""Server-rendered pages: forms post, redirect and show what the store recorded."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest

from proxy.store.api import AuditEntry, HeldStatus
from proxy.web.detail import describe
from proxy.web.listing import Pages

AMAZON = "buyer-1@marketplace.amazon.com"


@pytest.fixture
async def boss(web_client: Any, login: Any) -> tuple[Any, str]:
    client = web_client()
    return client, await login(client, "supervisor")


async def test_note_and_release_through_forms(
    boss: tuple[Any, str], hold: Any, upstream: Any, web_store: Any
) -> None:
    client, csrf = boss
    held_id = await hold("Re: lamp", "The lamp ships today.")
    noted = await client.post(f"/held/{held_id}/note", data={"note": "called the buyer", "csrf": csrf})
    assert noted.status_code == 303
    page = await client.get(noted.headers["location"])
    assert "called the buyer" in page.text and "OK: note added" in page.text
    empty = await client.post(f"/held/{held_id}/release", data={"reason": " ", "csrf": csrf})
    assert empty.status_code == 400 and "reason is required" in empty.text
    done = await client.post(f"/held/{held_id}/release", data={"reason": "fine", "csrf": csrf})
    page = await client.get(done.headers["location"])
    assert "OK: 250" in page.text
    assert (await web_store.get(held_id)).status is HeldStatus.RELEASED


async def test_edit_form_and_bulk_page(
    boss: tuple[Any, str], hold: Any, upstream: Any, web_store: Any
) -> None:
    client, csrf = boss
    first = await hold("Re: a", "You idiot.", html="<p>You idiot.</p>")
    form = await client.get(f"/held/{first}/edit")
    assert 'name="text"' in form.text and "&lt;p&gt;You idiot.&lt;/p&gt;" in form.text
    edited = await client.post(
        f"/held/{first}/edit",
        data={"text": "Thank you.", "html": "<p>Thank you.</p>", "reason": "tone", "csrf": csrf},
    )
    page = await client.get(edited.headers["location"])
    assert "supervisor edited it: tone. Checked again: nothing left to hold it for." in page.text
    assert "<summary>changes to the text</summary>" in page.text and "+Thank you." in page.text
    second, third = await hold("Re: b", "Fine."), await hold("Re: c", "Fine.")
    bulk = await client.post(
        "/held/bulk", data={"ids": [second, third], "action": "reject", "reason": "duplicate", "csrf": csrf}
    )
    assert bulk.status_code == 200 and bulk.text.count(">ok<") == 2
    assert (await web_store.get(third)).status is HeldStatus.REJECTED


async def test_overview_draws_svg(web_client: Any, login: Any, web_store: Any, hold: Any) -> None:
    for action in ("relayed", "relayed", "rejected", "held"):
        await web_store.audit(
            "system", action, None, {"categories": ["marketing"], "rules": ["marketing.coupon"]}
        )
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
    added = await client.post(
        "/users",
        data={"op": "add", "name": "carol", "role": "agent", "password": "long enough pw", "csrf": csrf},
    )
    assert "carol" in added.text
    token = await client.post("/users", data={"op": "token", "name": "crm", "role": "viewer", "csrf": csrf})
    assert "shown once" in token.text
    assert await web_store.verify_user("carol", "long enough pw") is not None
    retention = await client.get("/retention")
    assert "Would expire (0)" in retention.text
    applied = await client.post("/retention", data={"csrf": csrf})
    assert "Expired (0)" in applied.text
    settings = await client.get("/settings")
    assert "test-secret" not in settings.text and "secret_key: &#39;***&#39;" in settings.text


def _history(html: str) -> str:
    match = re.search(r'<ol class="history">(.*?)</ol>', html, re.S)
    assert match, "no history on the page"
    return match.group(1)


def _visible(fragment: str) -> str:
    """The text of an HTML fragment with its <details> blocks (folded away) and tags removed."""
    return re.sub(r"<[^>]+>", "", re.sub(r"<details.*?</details>", "", fragment, flags=re.S))


async def test_history_reads_as_sentences_with_the_details_folded(
    boss: tuple[Any, str], hold: Any, upstream: Any, web_store: Any
) -> None:
    client, csrf = boss
    held_id = await hold("Re: lamp", "You idiot, the lamp ships today.")
    await web_store.audit(
        "system",
        "held",
        held_id,
        {  # what the recorder writes on a hold
            "verdict": "quarantine",
            "rules": ["offensive.test"],
            "categories": ["offensive"],
            "reply": f"250 2.6.0 Held for supervisor review as {held_id} (offensive.test)",
            "mail_from": "agent@shop.test",
            "rcpt_tos": [AMAZON],
            "client": "agent",
            "durations_ms": {"parse": 0.743, "detect": 1.25},
        },
    )
    await client.post(f"/held/{held_id}/note", data={"note": "called the buyer", "csrf": csrf})
    await client.post(f"/held/{held_id}/release", data={"reason": "checked with the buyer", "csrf": csrf})
    history = _history((await client.get(f"/held/{held_id}")).text)
    shown = " ".join(_visible(history).split())
    when = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC — "
    assert re.search(when + r"bsm-guard held it for a supervisor \(offensive\)\.", shown)
    assert re.search(when + r"supervisor added a note: called the buyer\.", shown)
    assert re.search(
        when + r"supervisor released it: checked with the buyer\. "
        r"Upstream answered 250 2\.0\.0 Ok",
        shown,
    ), shown
    for technical in ("0.743", AMAZON, "offensive.test", "durations", "rcpt"):
        assert technical not in shown  # only inside the folded <details>
    assert "<summary>technical details</summary>" in history
    assert "parse 0.743, detect 1.25" in history and f"<dd>{AMAZON}</dd>" in history
    assert "{" not in history and "[" not in history  # never a Python dict or list


async def test_list_labels_pages_reasons_and_checkboxes(
    boss: tuple[Any, str], hold: Any, upstream: Any, web_store: Any
) -> None:
    client, csrf = boss
    quoted = {
        "rule": "offensive.insult",
        "category": "offensive",
        "action": "quarantine",
        "excerpt": "you fool",
        "where": "text",
        "reason": "insults the buyer",
        "quoted": True,
    }
    plain = {**quoted, "excerpt": "idiot", "reason": "rude wording", "quoted": False}
    first = await web_store.hold(b"x", "agent@shop.test", (AMAZON,), "agent", "Re: one", (), (quoted, plain))
    second = await hold("Re: two", "Fine.")
    third = await hold("Re: three", "Fine.")
    await client.post(f"/held/{third}/reject", data={"reason": "no", "csrf": csrf})

    page1 = (await client.get("/held", params={"status": "all", "per_page": 2})).text
    assert ">newest first</option>" in page1 and ">oldest first</option>" in page1
    assert ">largest first</option>" in page1 and ">-created_at<" not in page1
    assert "showing 1–2 of 3" in page1 and "page 1 of 2" in page1
    assert "previous" not in page1
    assert re.search(r'href="/held\?status=all&amp;per_page=2&amp;page=2">next →</a>', page1)
    page2 = (await client.get("/held", params={"status": "all", "per_page": 2, "page": 2})).text
    assert "showing 3–3 of 3" in page2 and "page 2 of 2" in page2 and "next →" not in page2
    assert re.search(r'href="/held\?status=all&amp;per_page=2&amp;page=1">← previous</a>', page2)

    everything = (await client.get("/held", params={"status": "all"})).text
    assert 'value="' + first + '"' in everything and 'value="' + second + '"' in everything
    assert 'value="' + third + '"' not in everything  # rejected: nothing to tick
    row = re.search(rf'<tr[^>]*>(?:(?!</tr>).)*href="/held/{first}"(?:(?!</tr>).)*</tr>', everything, re.S)
    assert row is not None
    text = " ".join(_visible(row.group(0)).split())
    assert "insults the buyer: in the quoted history: you fool" in text
    assert "rude wording" not in text and "and 1 more" in text
    assert "needs a supervisor: idiot" in _visible(everything)  # the hold fixture's reason


def test_page_numbers_leave_gaps_on_long_lists() -> None:
    assert Pages(5, 10, 200, 10).numbers == [1, None, 3, 4, 5, 6, 7, None, 20]
    assert Pages(1, 50, 0, 0).numbers == [1]
    p = Pages(3, 50, 120, 20)
    assert (p.first, p.last, p.count, p.previous, p.next) == (101, 120, 3, 2, None)


async def test_detail_findings_in_quoted_history_and_the_release_line(
    boss: tuple[Any, str], upstream: Any, web_store: Any
) -> None:
    client, csrf = boss
    base = {
        "rule": "offensive.insult",
        "category": "offensive",
        "action": "quarantine",
        "where": "text",
        "reason": "insults the buyer",
    }
    findings = (
        {**base, "excerpt": "you fool", "quoted": True},
        {**base, "excerpt": "old idiot"},  # no "quoted" key: not quoted
        {**base, "excerpt": "clown", "quoted": False},
    )
    held_id = await web_store.hold(
        b"Subject: x\r\n\r\nbody", "agent@shop.test", (AMAZON,), "agent", "Re: x", (), findings
    )
    page = (await client.get(f"/held/{held_id}")).text
    items = [
        " ".join(_visible(li).split())
        for li in re.findall(r"<li>.*?</li>", page.split('class="findings"')[1], re.S)
    ]
    assert items[0].startswith("offensive insults the buyer: in the quoted history: you fool")
    assert items[1].startswith("offensive insults the buyer: old idiot")
    assert items[2].startswith("offensive insults the buyer: clown")
    assert "found in the text; rule offensive.insult holds it for a supervisor" in items[0]
    line = f"Release sends this message to the buyer's Amazon relay address ({AMAZON})"
    assert line in " ".join(_visible(page).split())
    await client.post(f"/held/{held_id}/reject", data={"reason": "rude", "csrf": csrf})
    decided = (await client.get(f"/held/{held_id}")).text
    assert "Release sends" not in decided and 'id="release"' not in decided


@pytest.mark.parametrize(
    ("actor", "action", "details", "sentence"),
    [
        (
            "alice",
            "released",
            {
                "reason": "checked with the buyer.",
                "upstream": "250 2.0.0 Ok",
                "rules": ["offensive.insult"],
                "forced": False,
            },
            "alice released it: checked with the buyer. Upstream answered 250 2.0.0 Ok.",
        ),
        (
            "alice",
            "release_failed",
            {"reason": "fine", "upstream": "451 4.3.0 later"},
            "alice tried to release it: fine. Upstream refused: 451 4.3.0 later; it stays held.",
        ),
        (
            "alice",
            "release_blocked",
            {"reason": "fine", "findings": ["external_link.url"]},
            "alice tried to release it: fine. Checked again, it still may not be sent; it stays held.",
        ),
        (
            "bob",
            "review_rejected",
            {"reason": "asks for a review"},
            "bob rejected it: asks for a review. It will not be sent.",
        ),
        (
            "system",
            "held",
            {"error": "detector bug", "categories": ["internal"]},
            "bsm-guard could not check it and held it for a supervisor: detector bug.",
        ),
        ("system", "expired", {"older_than_seconds": 604800.0}, "Nobody decided within 7 days: it expired."),
        (
            "system",
            "purged",
            {"decided_before_seconds": 2592000.0},
            "Its content was deleted 30 days after the decision; this record stays.",
        ),
        ("carol", "escalated", {}, "carol: escalated."),
    ],
)
def test_each_history_entry_is_one_sentence(
    actor: str, action: str, details: dict[str, Any], sentence: str
) -> None:
    event = describe(
        AuditEntry(1, datetime(2026, 12, 6, 21, 40, 7, tzinfo=UTC), actor, action, "qid", details)
    )
    assert f"{event.when} — {event.text}" == f"2026-12-06 21:40 UTC — {sentence}"
    for label, value in event.facts:  # folded away, but still words: no field names, no reprs
        assert "_" not in label and not re.search(r"[{}\[\]']", value), (label, value)

"""Supervisor release and reject: re-check, relay through act, the audit trail."""

from __future__ import annotations

import pytest
from helpers import compliant_message, marker_checker

from proxy.delivery import release as act
from proxy.errors import StoreError
from proxy.settings import Settings
from proxy.smtp.upstream import SmtpUpstream
from proxy.store.api import HeldStatus

HELD_FINDING = {
    "rule": "offensive.insult",
    "category": "offensive",
    "action": "quarantine",
    "excerpt": "HOLDMARK",
    "where": "text",
    "reason": "rude wording",
}


@pytest.fixture
def settings(smtp_upstream) -> Settings:  # type: ignore[no-untyped-def]
    return Settings.model_validate(
        {
            "upstream": {"address": f"127.0.0.1:{smtp_upstream.port}", "timeout_seconds": 5},
            "detect": {"rule_dirs": []},
        }
    )


async def _hold(store, body: str) -> str:  # type: ignore[no-untyped-def]
    return str(
        await store.hold(
            compliant_message(body),
            "support@shop.example",
            ("b@marketplace.amazon.com",),
            "agent1",
            "Re: order",
            ("111-2223334-5556667",),
            (HELD_FINDING,),
        )
    )


async def _release(store, settings, held_id, **kw):  # type: ignore[no-untyped-def]
    return await act.release(
        store, settings, held_id, "sup", "checked with the buyer", checker=marker_checker(), **kw
    )


async def test_release_overrides_held_findings_and_relays(smtp_store, settings, smtp_upstream) -> None:
    held_id = await _hold(smtp_store, "HOLDMARK")
    result = await _release(smtp_store, settings, held_id)
    assert (result.ok, result.status, result.upstream_code) == (True, "released", 250)
    assert smtp_upstream.messages[0][2] == compliant_message("HOLDMARK")
    held = await smtp_store.get(held_id)
    assert held is not None and held.status is HeldStatus.RELEASED and held.reviewer == "sup"
    [entry] = [e for e in await smtp_store.audit_for(held_id) if e.action == "released"]
    assert entry.details["upstream"].startswith("250") and entry.details["reason"]


async def test_new_reject_finding_blocks_unless_forced(smtp_store, settings, smtp_upstream) -> None:
    held_id = await _hold(smtp_store, "HOLDMARK LINKMARK")
    blocked = await _release(smtp_store, settings, held_id)
    assert (blocked.ok, blocked.status) == (False, "blocked")
    assert [f.rule for f in blocked.findings] == ["external_link.url"]
    assert "external_link" in blocked.reply
    assert smtp_upstream.messages == []
    forced = await _release(smtp_store, settings, held_id, force=True)
    assert forced.ok and len(smtp_upstream.messages) == 1


async def test_upstream_refusal_keeps_it_held(smtp_store, settings, smtp_upstream) -> None:
    held_id = await _hold(smtp_store, "HOLDMARK")
    smtp_upstream.data_reply = "554 5.7.1 not today"
    result = await _release(smtp_store, settings, held_id)
    assert (result.ok, result.status, result.upstream_code) == (False, "failed", 554)
    assert "not today" in result.reply
    held = await smtp_store.get(held_id)
    assert held is not None and held.status is HeldStatus.HELD


async def test_release_of_unknown_or_decided_message(smtp_store, settings) -> None:
    assert (await _release(smtp_store, settings, "nosuchid")).status == "not_found"
    held_id = await _hold(smtp_store, "HOLDMARK")
    await act.reject_held(smtp_store, settings, held_id, "sup", "spam")
    assert (await _release(smtp_store, settings, held_id)).status == "not_held"
    held = await smtp_store.get(held_id)
    assert held is not None and held.status is HeldStatus.REJECTED
    assert any(e.action == "review_rejected" for e in await smtp_store.audit_for(held_id))


async def test_release_uses_the_settings_upstream_by_default(smtp_store, settings, smtp_upstream) -> None:
    held_id = await _hold(smtp_store, "HOLDMARK")
    up = SmtpUpstream("127.0.0.1", smtp_upstream.port, timeout=5)
    result = await _release(smtp_store, settings, held_id, upstream=up)
    assert result.ok and len(smtp_upstream.messages) == 1


# ----------------------------------------------------------------------------- review metrics


async def _decisions(store) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The review metrics as /metrics would show them after the store gauges' next refresh."""
    from proxy.observe import gauges, metrics

    assert await gauges.refresh_store_once(store)
    counts = {
        d: metrics.REGISTRY.get_sample_value("bsmguard_review_decisions_total", {"decision": d}) or 0.0
        for d in metrics.REVIEW_DECISIONS
    }
    counts["observed"] = metrics.REGISTRY.get_sample_value("bsmguard_review_decision_seconds_count") or 0.0
    return counts


async def _decide(how: str, store, settings, held_id: str) -> None:  # type: ignore[no-untyped-def]
    from proxy.web import retention

    if how == "released":
        assert (await _release(store, settings, held_id)).ok
    elif how == "rejected":
        await act.reject_held(store, settings, held_id, "sup", "rude")
    elif how == "edited":  # what the review UI's edit-then-release does
        await store.save_edit(held_id, compliant_message("Thank you for waiting."), "sup")
        assert (await _release(store, settings, held_id)).ok
    else:
        short = settings.model_copy(
            update={"retention": settings.retention.model_copy(update={"held_days": 1e-9})}
        )  # anything older than ~0.1 ms expires
        plan = await retention.run(store, short, "admin", dry_run=False)
        assert plan.expire == [held_id]


@pytest.mark.parametrize("how", ["released", "rejected", "edited", "expired"])
async def test_each_review_decision_is_counted_once_with_its_wait(
    smtp_store, settings, smtp_upstream, how: str
) -> None:
    held_id = await _hold(smtp_store, "HOLDMARK")
    before = await _decisions(smtp_store)
    await _decide(how, smtp_store, settings, held_id)
    after = await _decisions(smtp_store)
    assert {k: after[k] - before[k] for k in after if after[k] != before[k]} == {how: 1.0, "observed": 1.0}
    if how == "edited":
        assert smtp_upstream.messages[0][2] == compliant_message("Thank you for waiting.")


async def test_failed_release_of_an_edit_is_no_decision(smtp_store, settings, smtp_upstream) -> None:
    held_id = await _hold(smtp_store, "HOLDMARK")
    await smtp_store.save_edit(held_id, compliant_message("Edited."), "sup")
    smtp_upstream.data_reply = "451 4.3.0 try later"
    before = await _decisions(smtp_store)
    assert not (await _release(smtp_store, settings, held_id)).ok
    assert await _decisions(smtp_store) == before


async def test_two_instances_releasing_at_once_relay_exactly_once(
    database_url: str, settings, smtp_upstream
) -> None:  # type: ignore[no-untyped-def]
    """Two stores on one database (two instances); the upstream is slow, both supervisors click."""
    import asyncio

    from proxy.store import open_store

    first, second = await open_store(database_url), await open_store(database_url)
    try:
        held_id = await _hold(first, "HOLDMARK")
        smtp_upstream.delay = 1.0
        results = await asyncio.gather(
            _release(first, settings, held_id), _release(second, settings, held_id)
        )
        statuses = sorted(r.status for r in results)
        assert statuses == ["busy", "released"], results
        assert len(smtp_upstream.messages) == 1
        held = await second.get(held_id)
        assert held is not None and held.status is HeldStatus.RELEASED
    finally:
        await first.close()
        await second.close()


async def test_a_reject_does_not_land_under_a_release_in_progress(
    smtp_store, settings, smtp_upstream
) -> None:
    import asyncio

    held_id = await _hold(smtp_store, "HOLDMARK")
    smtp_upstream.delay = 1.0
    releasing = asyncio.create_task(_release(smtp_store, settings, held_id))
    await asyncio.sleep(0.3)  # the release holds its claim while the upstream takes its time
    with pytest.raises(StoreError):
        await act.reject_held(smtp_store, settings, held_id, "sup2", "no")
    assert (await releasing).status == "released"


async def test_a_failed_release_gives_the_claim_back(smtp_store, settings, smtp_upstream) -> None:
    held_id = await _hold(smtp_store, "HOLDMARK")
    smtp_upstream.data_reply = "554 5.7.1 no"
    assert (await _release(smtp_store, settings, held_id)).status == "failed"
    smtp_upstream.data_reply = "250 OK"
    assert (await _release(smtp_store, settings, held_id)).status == "released"


async def test_a_held_message_keeps_its_mail_parameters(smtp_store, settings, smtp_upstream) -> None:
    raw = compliant_message("HOLDMARK")
    held_id = await smtp_store.hold(
        raw,
        "support@shop.example",
        ("b@marketplace.amazon.com",),
        "agent1",
        "Re: order",
        (),
        (HELD_FINDING,),
        mail_options=("BODY=8BITMIME",),
    )
    held = await smtp_store.get(held_id)
    assert held is not None and held.mail_options == ("BODY=8BITMIME",)
    assert act._options_for(raw, held) == ("BODY=8BITMIME",)  # ASCII bytes, yet kept as received

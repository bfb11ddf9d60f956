"""Two `bsm-guard serve` processes on one PostgreSQL database share ledger and quarantine."""

from __future__ import annotations

import asyncio
import json
import re
import smtplib
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pgdb import fresh_database
from procs import (
    AGENT,
    BUYER,
    RULES,
    SMTP_TIMEOUT,
    Guard,
    RecordingUpstream,
    cli,
    message,
    order_id,
    running,
    transaction,
    wait_until,
)

from proxy.store import open_store

pytestmark = pytest.mark.postgres

GAUGE_TIMEOUT = 25.0  # longer than the quarantine gauges' refresh interval (10 s)
RACE_ROUNDS = 5


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    """A fresh database for this module, dropped at the end."""
    with fresh_database("bsm_guard_two") as url:
        yield url


@dataclass
class Pair:
    a: Guard
    b: Guard
    upstream: RecordingUpstream
    database: str
    token: str


@pytest.fixture(scope="module")
def pair(database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    """Both instances start at once on the never-migrated database (the migration lock)."""
    workdir = tmp_path_factory.mktemp("two")
    upstream = RecordingUpstream()
    config = {
        "detect": {"rule_dirs": [str(RULES)]},
        "upstream": {"timeout_seconds": 10},
        "notify": {"enabled": False},
    }
    a, b = (Guard(workdir, database, f"127.0.0.1:{upstream.port}", name=n, config=config) for n in ("a", "b"))
    upstream.start()
    try:
        with running([a, b]):
            token = cli("users", "token", "two-test", "--role", "supervisor", "--database", database)
            assert token.returncode == 0, token.stderr
            yield Pair(a, b, upstream, database, token.stdout.strip())
    finally:
        upstream.stop()


def review_request(order: str) -> bytes:
    return message(
        f"Your order {order}",
        "Hello, thank you for your purchase.\n\nIf you have "
        "a moment, we would appreciate a review of your purchase on Amazon.\n\n"
        "Kind regards, Shop Support",
    )


def insult(order: str) -> bytes:
    return message(
        f"Re: your order {order}",
        "Hello, only an idiot would plug the lamp in without reading the manual.\n\nRegards",
    )


def held_id(reply: tuple[int, str]) -> str:
    found = re.search(r" as (\S+) \(", reply[1])
    assert reply[0] == 250 and found, reply
    return found.group(1)


# ----------------------------------------------------------------------------- (a) ledger


def test_review_request_ledger_is_shared(pair: Pair) -> None:
    order = order_id(11)
    first = pair.a.send(review_request(order))
    second = pair.b.send(review_request(order))
    assert first[0] == 250 and "Relayed" in first[1], first
    assert second[0] == 550 and "repeat_request" in second[1], second
    assert len(pair.upstream.bodies_with(order.encode())) == 1


def _race(guards: tuple[Guard, Guard], raw: bytes) -> list[tuple[int, str]]:
    """Open one session per instance, then end DATA on both at the same moment."""
    barrier = threading.Barrier(len(guards))
    results: list[tuple[int, str]] = []
    lock = threading.Lock()

    def one(guard: Guard) -> None:
        with smtplib.SMTP("127.0.0.1", guard.smtp_port, timeout=SMTP_TIMEOUT) as client:
            client.ehlo("helpdesk.test")
            barrier.wait(timeout=SMTP_TIMEOUT)
            reply = transaction(client, raw, BUYER, AGENT)
        with lock:
            results.append(reply)

    threads = [threading.Thread(target=one, args=(g,)) for g in guards]
    for t in threads:
        t.start()
    for t in threads:
        t.join(SMTP_TIMEOUT * 2)
    assert not any(t.is_alive() for t in threads), "an SMTP session hung"
    return results


@pytest.mark.parametrize("round_", range(RACE_ROUNDS))
def test_simultaneous_requests_for_one_order_relay_once(pair: Pair, round_: int) -> None:
    order = order_id(100 + round_)
    results = _race((pair.a, pair.b), review_request(order))
    # The loser is refused as a repeat once the winner's relay is confirmed, or asked to try
    # again later while the winner is still relaying (its fate is not known yet).
    assert sorted(code for code, _ in results) in ([250, 451], [250, 550]), results
    assert any("repeat_request" in text or "4.7.1" in text for code, text in results if code != 250), results
    assert len(pair.upstream.bodies_with(order.encode())) == 1


# ----------------------------------------------------------------------------- (b) quarantine


def test_message_held_through_a_is_seen_through_b(pair: Pair) -> None:
    order = order_id(21)
    ident = held_id(pair.a.send(insult(order)))
    detail = pair.b.get(f"/api/held/{ident}", token=pair.token)
    assert detail.status_code == 200, detail.text
    assert detail.json()["status"] == "held"
    assert "offensive.insult" in detail.json()["rules"]
    listed = pair.b.get(f"/api/held?order_id={order}", token=pair.token).json()
    assert [item["id"] for item in listed["items"]] == [ident]
    out = cli("quarantine", "list", "--status", "held", "--format", "json", "--database", pair.database)
    assert out.returncode == 0, out.stderr
    assert ident in {item["id"] for item in json.loads(out.stdout)["items"]}


def test_decision_through_b_is_seen_through_a(pair: Pair) -> None:
    ident = held_id(pair.a.send(insult(order_id(22))))
    decided = pair.b.post(f"/api/held/{ident}/reject", {"reason": "test: rude"}, pair.token)
    assert decided.status_code == 200, decided.text
    after = pair.a.get(f"/api/held/{ident}", token=pair.token).json()
    assert after["status"] == "rejected" and after["reviewer"] == "two-test"


def test_a_decision_made_with_the_cli_reaches_both_instances_metrics(pair: Pair) -> None:
    """The CLI is a third process: its decision is counted by the store and read by every instance."""

    def stored() -> int:
        async def read() -> int:
            store = await open_store(pair.database)
            try:
                return (await store.review_counts()).get("rejected", 0)
            finally:
                await store.close()

        return asyncio.run(read())

    def rejected() -> list[float | None]:
        return [g.sample("bsmguard_review_decisions_total", decision="rejected") for g in (pair.a, pair.b)]

    ident = held_id(pair.a.send(insult(order_id(23))))
    before = stored()
    out = cli("quarantine", "reject", ident, "--reason", "test: rude", "--database", pair.database)
    assert out.returncode == 0, out.stderr
    assert stored() == before + 1
    wait_until(lambda: rejected() == [before + 1] * 2, GAUGE_TIMEOUT, step=1.0, what="the CLI decision")


# ----------------------------------------------------------------------------- (c) gauges


def held_in_store(database: str) -> int:
    out = cli("quarantine", "list", "--status", "held", "--format", "json", "--database", database)
    assert out.returncode == 0, out.stderr
    return int(json.loads(out.stdout)["total"])


def test_quarantine_gauges_agree_across_instances(pair: Pair) -> None:
    held_id(pair.b.send(insult(order_id(31))))  # at least one held, through B this time
    expected = held_in_store(pair.database)
    assert expected >= 1

    def both_right() -> bool:
        return all(g.sample("bsmguard_quarantine_held") == expected for g in (pair.a, pair.b))

    try:
        wait_until(both_right, GAUGE_TIMEOUT, step=1.0, what="the quarantine gauges")
    except AssertionError:
        seen = {g.name: g.sample("bsmguard_quarantine_held") for g in (pair.a, pair.b)}
        pytest.fail(
            f"bsmguard_quarantine_held should be {expected} on both instances after "
            f"{GAUGE_TIMEOUT:.0f} s, /metrics shows {seen}: is the periodic refresh "
            "(proxy.observe.gauges.refresh_store_gauges) running in proxy.app?"
        )
    ages = [g.sample("bsmguard_quarantine_oldest_age_seconds") or 0.0 for g in (pair.a, pair.b)]
    assert all(age > 0 for age in ages), ages


async def test_refresh_reads_the_shared_store(database: str) -> None:
    """``proxy.observe.gauges`` in-process: the gauges equal the store's count, whoever held them."""
    from proxy.observe import metrics
    from proxy.observe.gauges import refresh_store_once
    from proxy.store import open_store

    store = await open_store(database, pooled=False)
    try:
        await store.hold(
            insult("111-0000000-0000001"),
            AGENT,
            (BUYER,),
            "gauge-test",
            "gauge test",
            (),
            (
                {
                    "rule": "offensive.insult",
                    "category": "offensive",
                    "action": "quarantine",
                    "excerpt": "idiot",
                    "where": "text",
                    "reason": "test",
                },
            ),
        )
        held, _ = await store.held_stats()
        assert await refresh_store_once(store)
    finally:
        await store.close()
    assert metrics.REGISTRY.get_sample_value("bsmguard_quarantine_held") == held >= 1
    age = metrics.REGISTRY.get_sample_value("bsmguard_quarantine_oldest_age_seconds")
    assert age is not None and age >= 0

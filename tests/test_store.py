"""SqlStore on SQLite and PostgreSQL: quarantine, ledger, audit log, users, tokens, migrations."""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, text, update
from sqlalchemy.exc import DBAPIError

from proxy.errors import LedgerBusy, StoreError
from proxy.ledger import Ledger
from proxy.store import LazyLedger, SqlStore, open_ledger, open_store
from proxy.store.api import HeldFilter, HeldStatus, Role, Store
from proxy.store.ledger_sql import STALE_SECONDS
from proxy.store.tables import Base, Quarantine, RequestLedger

RCPT = ("x7k2m9p4q1w8e5r@marketplace.amazon.de",)


def finding(category: str, rule: str, excerpt: str) -> dict[str, Any]:
    return {
        "rule": rule,
        "category": category,
        "action": "quarantine",
        "excerpt": excerpt,
        "where": "text",
        "reason": "test",
    }


_HELD = itertools.count(1)


async def hold(
    store: SqlStore,
    *,
    raw: bytes | None = None,
    mail_from: str = "agent@shop.example",
    subject: str = "Your parcel",
    order_ids: tuple[str, ...] = ("111-2223334-4445556",),
    findings: tuple[dict[str, Any], ...] = (),
    rcpt: tuple[str, ...] = RCPT,
) -> str:
    if raw is None:  # distinct bytes: the same bytes again are a retry of one message
        raw = f"Subject: t\r\nMessage-ID: <{next(_HELD)}@shop.example>\r\n\r\nbody\r\n".encode()
    return await store.hold(raw, mail_from, rcpt, "helpdesk", subject, order_ids, findings)


async def test_a_retried_hold_is_one_message(store: SqlStore) -> None:
    """The client resends a message whose 250 it never got (the process died after the commit)."""
    raw = b"Subject: t\r\nMessage-ID: <retry@shop.example>\r\n\r\nbody\r\n"
    first = await hold(store, raw=raw)
    assert await hold(store, raw=raw) == first
    other = await hold(store, raw=raw, rcpt=("someone-else@marketplace.amazon.de",))
    assert other != first  # to other recipients it is another message
    await store.decide(first, HeldStatus.REJECTED, "sup", None)
    assert await hold(store, raw=raw) != first  # a decided copy is not held any more


async def backdate(store: SqlStore, held_id: str, **ages: float) -> None:
    """Move ``created_at``/``decided_at`` of one message into the past by so many seconds."""
    now = datetime.now(UTC)
    values = {column: now - timedelta(seconds=age) for column, age in ages.items()}
    async with store.engine.begin() as conn:
        await conn.execute(update(Quarantine).where(Quarantine.id == held_id).values(**values))


# ----------------------------------------------------------------------------- quarantine


async def test_hold_get_round_trip_keeps_binary_bytes(store: SqlStore) -> None:
    raw = os.urandom(1 << 20) + b"\x00\r\n.\r\n\xff"
    found = (finding("external_link", "external_link.url", "see hxxp://shop.example/x"),)
    held_id = await hold(store, raw=raw, findings=found)
    got = await store.get(held_id)
    assert got is not None
    assert re.fullmatch(r"[a-z2-9]{10}", held_id)
    assert got.raw == raw and got.size == len(raw)
    assert got.status is HeldStatus.HELD and got.edited_raw is None
    assert got.rcpt_tos == RCPT and got.order_ids == ("111-2223334-4445556",)
    assert got.categories == ("external_link",) and got.rules == ("external_link.url",)
    assert got.findings == found
    assert got.created_at.tzinfo is not None
    assert abs((datetime.now(UTC) - got.created_at).total_seconds()) < 60


async def test_get_unknown_id_is_none(store: SqlStore) -> None:
    assert await store.get("nosuchid00") is None


async def test_decide_once_then_refuses(store: SqlStore) -> None:
    held_id = await hold(store)
    decided = await store.decide(held_id, HeldStatus.REJECTED, "sup", "asks for a review")
    assert decided.status is HeldStatus.REJECTED
    assert (decided.reviewer, decided.decision_note) == ("sup", "asks for a review")
    assert decided.decided_at is not None
    with pytest.raises(StoreError, match="already rejected"):
        await store.decide(held_id, HeldStatus.RELEASED, "other", None)
    again = await store.get(held_id)
    assert again is not None and again.reviewer == "sup"


@pytest.mark.parametrize(
    ("held_id", "status", "message"),
    [
        ("nosuchid00", HeldStatus.RELEASED, "no held message"),
        (None, HeldStatus.HELD, "must leave the held state"),
    ],
)
async def test_decide_refuses(store: SqlStore, held_id: str | None, status: HeldStatus, message: str) -> None:
    target = held_id or await hold(store)
    with pytest.raises(StoreError, match=message):
        await store.decide(target, status, "sup", None)


async def test_concurrent_decisions_have_one_winner(store: SqlStore) -> None:
    held_id = await hold(store)
    results = await asyncio.gather(
        *(store.decide(held_id, HeldStatus.RELEASED, f"r{i}", None) for i in range(5)), return_exceptions=True
    )
    winners = [r for r in results if not isinstance(r, BaseException)]
    assert len(winners) == 1
    assert all(isinstance(r, StoreError) for r in results if isinstance(r, BaseException))


async def test_save_edit_only_while_held(store: SqlStore) -> None:
    held_id = await hold(store)
    await store.save_edit(held_id, b"Subject: fixed\r\n\r\nok\r\n", "sup")
    got = await store.get(held_id)
    assert got is not None and got.edited_raw == b"Subject: fixed\r\n\r\nok\r\n"
    await store.decide(held_id, HeldStatus.RELEASED, "sup", None)
    with pytest.raises(StoreError):
        await store.save_edit(held_id, b"late", "sup")


# ----------------------------------------------------------------------------- list_held


async def seed(store: SqlStore) -> dict[str, str]:
    ids = {
        "link": await hold(
            store,
            raw=b"a" * 300,
            mail_from="Anna@Shop.example",
            subject="Tracking update",
            findings=(finding("external_link", "external_link.url", "visit our outlet page"),),
        ),
        "phone": await hold(
            store,
            raw=b"b" * 100,
            mail_from="bob@shop.example",
            subject="Call us",
            order_ids=("111-9999999-0000001",),
            findings=(
                finding("contact_phone", "contact_phone.number", "+49"),
                finding("external_link", "external_link.short", "bit"),
            ),
        ),
        "review": await hold(
            store,
            raw=b"c" * 200,
            mail_from="carl@other.example",
            subject="Zufrieden? Bewertung",
            order_ids=(),
            rcpt=("q9w8e7r6t5y4u3i@marketplace.amazon.co.uk",),
            findings=(
                finding("review_incentive", "review_incentive.gift", "ein Gutschein für Ihre Bewertung"),
            ),
        ),
        "decided": await hold(
            store,
            raw=b"d" * 50,
            mail_from="anna@shop.example",
            subject="Old one",
            findings=(finding("external_link", "external_link.url", "x"),),
        ),
    }
    await store.decide(ids["decided"], HeldStatus.REJECTED, "sup", None)
    await backdate(store, ids["link"], created_at=3 * 86400)
    await backdate(store, ids["phone"], created_at=2 * 86400)
    await backdate(store, ids["review"], created_at=1 * 86400)
    return ids


DAY = timedelta(days=1)
FILTERS: list[tuple[dict[str, Any], list[str]]] = [
    ({}, ["decided", "review", "phone", "link"]),
    ({"status": HeldStatus.HELD}, ["review", "phone", "link"]),
    ({"status": HeldStatus.REJECTED}, ["decided"]),
    ({"category": "external_link"}, ["decided", "phone", "link"]),
    ({"category": "external_link", "status": HeldStatus.HELD}, ["phone", "link"]),
    ({"category": "external"}, []),  # whole items only
    ({"category": "external%link"}, []),  # LIKE wildcards are literal
    ({"category": "external_lin_"}, []),
    ({"rule": "external_link.short"}, ["phone"]),
    ({"rule": "contact_phone.number"}, ["phone"]),
    ({"sender": "ANNA@"}, ["decided", "link"]),
    ({"sender": "shop.example"}, ["decided", "phone", "link"]),
    ({"order_id": "111-9999999-0000001"}, ["phone"]),
    ({"order_id": "111-2223334-4445556"}, ["decided", "link"]),
    ({"order_id": "111-2223334"}, []),
    ({"text": "tracking"}, ["link"]),  # subject, any case
    ({"text": "OUTLET PAGE"}, ["link"]),  # excerpt
    ({"text": "GUTSCHEIN FÜR"}, ["review"]),  # non-ASCII case folding
    ({"text": "amazon.co.uk"}, ["review"]),  # recipient
    ({"text": "carl@other"}, ["review"]),  # sender
    ({"text": "100%"}, []),
    ({"sort": "created_at"}, ["link", "phone", "review", "decided"]),
    ({"sort": "size"}, ["decided", "phone", "review", "link"]),
    ({"sort": "-size"}, ["link", "review", "phone", "decided"]),
]


@pytest.mark.parametrize(("fields", "expected"), FILTERS)
async def test_list_held_filters(store: SqlStore, fields: dict[str, Any], expected: list[str]) -> None:
    ids = await seed(store)
    names = {v: k for k, v in ids.items()}
    items, total = await store.list_held(HeldFilter(**fields))
    assert [names[m.id] for m in items] == expected
    assert total == len(expected)


async def test_list_held_date_range_and_paging(store: SqlStore) -> None:
    ids = await seed(store)
    names = {v: k for k, v in ids.items()}
    now = datetime.now(UTC)
    flt = HeldFilter(since=now - timedelta(days=2, hours=12), until=now - timedelta(hours=12))
    items, total = await store.list_held(flt)
    assert [names[m.id] for m in items] == ["review", "phone"] and total == 2
    page, total = await store.list_held(HeldFilter(sort="created_at", offset=1, limit=2))
    assert [names[m.id] for m in page] == ["phone", "review"] and total == 4
    assert all(m.raw is None for m in page)  # summaries: the bytes stay in the database


async def test_list_held_refuses_unknown_sort(store: SqlStore) -> None:
    with pytest.raises(ValueError, match="unknown sort"):
        await store.list_held(HeldFilter(sort="subject"))


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (HeldStatus.HELD, {"contact_phone": 1, "external_link": 2, "review_incentive": 1}),
        (HeldStatus.REJECTED, {"external_link": 1}),
        (None, {"contact_phone": 1, "external_link": 3, "review_incentive": 1}),
    ],
)
async def test_category_counts(store: SqlStore, status: HeldStatus | None, expected: dict[str, int]) -> None:
    await seed(store)
    assert await store.category_counts(status) == expected


# ----------------------------------------------------------------------------- retention


async def test_held_stats_counts_and_ages_from_the_database(store: SqlStore) -> None:
    assert await store.held_stats() == (0, 0.0)
    old = await hold(store)
    await hold(store)
    await store.decide(await hold(store), HeldStatus.RELEASED, "sup", None)
    await backdate(store, old, created_at=3600)
    count, age = await store.held_stats()
    assert count == 2
    assert 3590 < age < 3660


async def test_expire_held_preview_then_apply(store: SqlStore) -> None:
    old, fresh = await hold(store), await hold(store)
    await backdate(store, old, created_at=8 * 86400)
    assert await store.expire_held(7 * 86400, dry_run=True) == [old]
    preview = await store.get(old)
    assert preview is not None and preview.status is HeldStatus.HELD
    assert await store.expire_held(7 * 86400, dry_run=False) == [old]
    expired, kept = await store.get(old), await store.get(fresh)
    assert expired is not None and expired.status is HeldStatus.EXPIRED
    assert expired.reviewer == "system" and expired.decided_at is not None
    assert kept is not None and kept.status is HeldStatus.HELD
    assert [(e.actor, e.action) for e in await store.audit_for(old)] == [("system", "expired")]
    assert await store.expire_held(7 * 86400, dry_run=False) == []


async def test_purge_raw_preview_then_apply(store: SqlStore) -> None:
    old, recent, held = await hold(store), await hold(store), await hold(store)
    for held_id in (old, recent):
        await store.decide(held_id, HeldStatus.REJECTED, "sup", None)
    await store.save_edit(held, b"edited", "sup")
    await backdate(store, old, decided_at=31 * 86400)
    await backdate(store, held, created_at=90 * 86400)
    assert await store.purge_raw(30 * 86400, dry_run=True) == [old]
    still = await store.get(old)
    assert still is not None and still.raw is not None
    assert await store.purge_raw(30 * 86400, dry_run=False) == [old]
    purged = await store.get(old)
    assert purged is not None and purged.raw is None and purged.size > 0
    for untouched in (recent, held):
        msg = await store.get(untouched)
        assert msg is not None and msg.raw is not None
    assert [e.action for e in await store.audit_for(old)] == ["purged"]
    assert await store.purge_raw(30 * 86400, dry_run=False) == []


# ----------------------------------------------------------------------------- ledger


async def test_ledger_reserve_confirm_release(store: SqlStore) -> None:
    assert await store.reserve(("o-1", "o-2"), "m1") == ()
    assert await store.reserve(("o-1", "o-2"), "m1") == ()  # the same message again
    with pytest.raises(LedgerBusy):  # m1 is still being relayed: ask again later
        await store.reserve(("o-3", "o-2", "o-1"), "m2")
    assert await store.reserve(("o-3",), "m3") == ()  # m2 reserved nothing: all or none
    await store.confirm("m3")
    assert await store.reserve(("o-3", "o-2"), "m2") == ("o-3",)  # m3 was relayed: a repeat
    await store.release("m1")
    assert await store.reserve(("o-1",), "m4") == ()
    await store.confirm("m4")
    await store.release("m4")  # relayed reservations are permanent
    assert await store.reserve(("o-1",), "m5") == ("o-1",)
    assert await store.reserve((), "m6") == ()


async def test_a_reservation_left_by_a_dead_process_is_taken_over_when_stale(store: SqlStore) -> None:
    assert await store.reserve(("o-9",), "killed-mid-relay") == ()
    with pytest.raises(LedgerBusy):
        await store.reserve(("o-9",), "retry")
    async with store._tx() as s:  # the reservation is older than any transaction can last
        await s.execute(
            update(RequestLedger)
            .where(RequestLedger.ref == "killed-mid-relay")
            .values(created_at=datetime.now(UTC) - timedelta(seconds=STALE_SECONDS + 1))
        )
    assert await store.reserve(("o-9",), "retry") == ()
    await store.confirm("retry")
    assert await store.reserve(("o-9",), "third") == ("o-9",)


async def test_ledger_twenty_concurrent_reservations_one_winner(database_url: str) -> None:
    # Five engines (five pools, like five processes) race for one order id.
    stores = [await open_store(database_url) for _ in range(5)]
    try:
        results = await asyncio.gather(
            *(stores[i % 5].reserve(("111-0000000-0000001",), f"m{i}") for i in range(20)),
            return_exceptions=True,
        )
    finally:
        for s in stores:
            await s.close()
    assert results.count(()) == 1, results
    assert all(isinstance(r, LedgerBusy) for r in results if r != ()), results


RACER = """
import asyncio, sys
from proxy.errors import LedgerBusy
from proxy.store import open_store
async def main():
    store = await open_store(sys.argv[1])
    try:
        print("won" if not await store.reserve(("222-0000000-0000002",), sys.argv[2]) else "lost")
    except LedgerBusy:
        print("lost")
    finally:
        await store.close()
asyncio.run(main())
"""


def test_ledger_reservation_race_between_processes(database_url: str) -> None:
    asyncio.run(_migrated(database_url))
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, database_url, f"p{i}"], stdout=subprocess.PIPE, text=True
        )
        for i in range(4)
    ]
    outputs = [p.communicate(timeout=120)[0].strip() for p in racers]
    assert sorted(outputs) == ["lost"] * 3 + ["won"]


async def _migrated(url: str) -> None:
    await (await open_store(url)).close()


def test_open_ledger_survives_separate_event_loops(database_url: str) -> None:
    ledger = open_ledger(database_url)
    assert asyncio.run(ledger.reserve(("333-1",), "check-a")) == ()
    asyncio.run(ledger.confirm("check-a"))
    assert asyncio.run(ledger.reserve(("333-1",), "check-b")) == ("333-1",)
    asyncio.run(ledger.close())


# ----------------------------------------------------------------------------- audit


async def test_audit_log_order_and_filters(store: SqlStore) -> None:
    await store.audit("system", "held", "abc", {"categories": ["external_link"]})
    await store.audit("sup", "released", "abc", {"reason": "fine"})
    await store.audit("system", "relayed", "other", {})
    story = await store.audit_for("abc")
    assert [(e.actor, e.action) for e in story] == [("system", "held"), ("sup", "released")]
    assert story[0].details == {"categories": ["external_link"]}
    recent = await store.audit_recent(limit=2)
    assert [e.action for e in recent] == ["relayed", "released"]
    assert await store.audit_recent(since=datetime.now(UTC) + timedelta(minutes=1)) == []


async def test_audit_many_writes_in_order_in_one_transaction(store: SqlStore) -> None:
    rows = [("system", "relayed", f"m{i}", {"n": i}) for i in range(250)]
    await store.audit_many(rows)
    await store.audit_many([])
    recent = await store.audit_recent(limit=1000)
    assert [e.message_ref for e in reversed(recent)] == [f"m{i}" for i in range(250)]
    assert recent[0].details == {"n": 249} and recent[0].actor == "system"


async def test_audit_many_is_all_or_nothing(store: SqlStore) -> None:
    rows = [("system", "relayed", "good", {}), ("system", "relayed", "bad", {"x": object()})]
    with pytest.raises(StoreError):
        await store.audit_many(rows)
    assert await store.audit_recent() == []


async def test_decision_waits_are_hold_to_decision(store: SqlStore) -> None:
    decided, waiting = await hold(store), await hold(store)
    await store.decide(decided, HeldStatus.REJECTED, "sup", "rude")
    await backdate(store, decided, created_at=3600, decided_at=600)
    waits = await store.decision_waits([decided, waiting, "nosuchid"])
    assert list(waits) == [decided] and waits[decided] == pytest.approx(3000, abs=5)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET actor = 'someone else'",
        "DELETE FROM audit_log",
    ],
)
async def test_audit_log_refuses_update_and_delete(store: SqlStore, statement: str) -> None:
    await store.audit("sup", "released", "abc", {})
    with pytest.raises(DBAPIError, match="append-only"):
        async with store.engine.begin() as conn:
            await conn.execute(text(statement))
    assert [e.actor for e in await store.audit_for("abc")] == ["sup"]


# ----------------------------------------------------------------------------- users


async def test_users_add_verify_remove(store: SqlStore) -> None:
    user = await store.add_user("maria", "correct horse battery", Role.SUPERVISOR)
    assert (user.name, user.role) == ("maria", Role.SUPERVISOR)
    verified = await store.verify_user("maria", "correct horse battery")
    assert verified is not None and verified.role is Role.SUPERVISOR
    assert await store.verify_user("maria", "wrong") is None
    assert await store.verify_user("nobody", "correct horse battery") is None
    with pytest.raises(StoreError, match="already exists"):
        await store.add_user("maria", "other", Role.VIEWER)
    await store.add_user("albert", "pw-albert", Role.AGENT)
    assert [u.name for u in await store.list_users()] == ["albert", "maria"]
    assert await store.remove_user("maria") is True
    assert await store.remove_user("maria") is False
    assert await store.verify_user("maria", "correct horse battery") is None


async def test_passwords_are_stored_as_argon2_hashes(store: SqlStore) -> None:
    await store.add_user("maria", "correct horse battery", Role.ADMIN)
    async with store.engine.connect() as conn:
        stored = (await conn.execute(text("SELECT password_hash FROM users"))).scalar_one()
    assert stored.startswith("$argon2id$") and "correct horse" not in stored


async def test_weak_hashes_are_upgraded_at_login(store: SqlStore, database_url: str) -> None:
    await store.add_user("maria", "correct horse battery", Role.ADMIN)  # cheap test hasher
    stronger = await open_store(database_url)  # argon2 defaults
    try:
        assert await stronger.verify_user("maria", "correct horse battery") is not None
        assert await stronger.verify_user("maria", "wrong") is None
    finally:
        await stronger.close()
    async with store.engine.connect() as conn:
        stored = (await conn.execute(text("SELECT password_hash FROM users"))).scalar_one()
    assert not stronger.hasher.check_needs_rehash(stored)
    assert await store.verify_user("maria", "correct horse battery") is not None


async def test_api_tokens(store: SqlStore) -> None:
    token = await store.add_token("grafana", Role.VIEWER)
    other = await store.add_token("grafana", Role.VIEWER)
    assert token != other and len(token) > 40
    user = await store.verify_token(token)
    assert user is not None and (user.name, user.role) == ("grafana", Role.VIEWER)
    assert await store.verify_token(token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    assert await store.verify_token("") is None
    async with store.engine.connect() as conn:
        hashes = (await conn.execute(text("SELECT token_hash FROM api_tokens"))).scalars().all()
    assert token not in hashes and token[4:] not in hashes
    await store.remove_user("grafana")  # removing a name revokes its tokens
    assert await store.verify_token(token) is None


# ----------------------------------------------------------------------------- schema


def _diff(conn: Connection) -> list[Any]:
    return list(compare_metadata(MigrationContext.configure(conn), Base.metadata))


async def test_migrations_match_the_tables(store: SqlStore) -> None:
    async with store.engine.connect() as conn:
        assert await conn.run_sync(_diff) == []


async def test_open_store_is_idempotent(database_url: str) -> None:
    first = await open_store(database_url)
    held_id = await hold(first)
    await first.close()
    second = await open_store(database_url)
    try:
        assert await second.get(held_id) is not None
    finally:
        await second.close()


OPENER = """
import asyncio, sys
from proxy.errors import LedgerBusy
from proxy.store import open_store
async def main():
    store = await open_store(sys.argv[1])
    await store.close()
    print("ok")
asyncio.run(main())
"""


def test_instances_starting_together_migrate_once(fresh_database_url: str) -> None:
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, fresh_database_url], stdout=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    assert [p.communicate(timeout=120)[0].strip() for p in openers] == ["ok"] * 3


def test_store_conforms_to_the_interfaces() -> None:
    # Checked by mypy: SqlStore is a Store, the lazy ledger a Ledger.
    def as_store(s: SqlStore) -> Store:
        return s

    def as_ledger(lazy: LazyLedger, s: SqlStore) -> tuple[Ledger, Ledger]:
        return lazy, s

    assert callable(as_store) and callable(as_ledger)
    wanted = {name for name in vars(Store) if not name.startswith("_")}
    assert wanted and wanted <= set(dir(SqlStore))


async def test_hold_failure_is_a_store_error(fresh_database_url: str) -> None:
    store = await open_store(fresh_database_url)
    try:
        async with store.engine.begin() as conn:
            await conn.execute(text("DROP TABLE quarantine"))
        with pytest.raises(StoreError, match="database error"):
            await hold(store)
    finally:
        await store.close()


async def test_sqlite_commits_durably(tmp_path: Any) -> None:
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'sub' / 'dir' / 'x.db'}")
    try:
        async with store.engine.connect() as conn:
            journal = (await conn.exec_driver_sql("PRAGMA journal_mode")).scalar()
            synchronous = (await conn.exec_driver_sql("PRAGMA synchronous")).scalar()
    finally:
        await store.close()
    assert (journal, synchronous) == ("wal", 2)  # 2 = FULL


async def test_unreachable_database_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot open the store"):
        await open_store("postgresql+asyncpg://postgres@127.0.0.1:9/nothing")

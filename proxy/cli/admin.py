"""``bsm-guard users …`` and ``bsm-guard quarantine …``: administration on the store."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from proxy.errors import StoreError
from proxy.settings import Settings, load_settings
from proxy.store import SqlStore, open_store
from proxy.store.api import HeldFilter, HeldMessage, HeldStatus, Role

EXIT_REFUSED = 1
EXIT_ERROR = 2
LIST_LIMIT = 200
Command = Callable[[SqlStore, Settings, argparse.Namespace], Awaitable[int]]


def register(sub: Any) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="FILE", help="YAML configuration file")
    common.add_argument(
        "--database",
        metavar="URL",
        help="sqlite+aiosqlite:///FILE or postgresql+asyncpg://… "
        "(default: database_url of the configuration)",
    )
    _register_users(sub, common)
    _register_quarantine(sub, common)


def _register_users(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("users", help="manage review UI users and API tokens")
    s = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    roles = [r.value for r in Role]
    add = s.add_parser("add", parents=[common], help="add a user (asks for the password)")
    add.add_argument("name")
    add.add_argument("--role", choices=roles, required=True)
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    add.set_defaults(func=_runner(users_add))
    pw = s.add_parser("passwd", parents=[common], help="set a new password; the user's open UI sessions end")
    pw.add_argument("name")
    pw.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    pw.set_defaults(func=_runner(users_passwd))
    ls = s.add_parser("list", parents=[common], help="list users")
    ls.set_defaults(func=_runner(users_list))
    rm = s.add_parser("remove", parents=[common], help="remove a user and their API tokens")
    rm.add_argument("name")
    rm.set_defaults(func=_runner(users_remove))
    tok = s.add_parser(
        "token", parents=[common], help="issue an API token in NAME (printed once, stored hashed)"
    )
    tok.add_argument("name")
    tok.add_argument("--role", choices=roles, required=True)
    tok.set_defaults(func=_runner(users_token))


def _register_quarantine(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("quarantine", help="list, show, release or reject held messages")
    s = p.add_subparsers(dest="quarantine_command", metavar="ACTION", required=True)
    by = argparse.ArgumentParser(add_help=False)
    by.add_argument("--reason", required=True, help="why (kept in the audit log)")
    by.add_argument("--by", metavar="NAME", help="reviewer name (default: cli:<login>)")
    ls = s.add_parser("list", parents=[common], help="list messages (newest first)")
    ls.add_argument("--status", choices=[h.value for h in HeldStatus])
    ls.add_argument("--category", help="POLICY.md category id, e.g. external_link")
    ls.add_argument("--limit", type=int, default=LIST_LIMIT)
    ls.add_argument("--format", choices=("text", "json"), default="text")
    ls.set_defaults(func=_runner(quarantine_list))
    show = s.add_parser("show", parents=[common], help="show one message and its findings")
    show.add_argument("id")
    show.add_argument(
        "--raw", action="store_true", help="write the message bytes as received to standard output"
    )
    show.set_defaults(func=_runner(quarantine_show))
    rej = s.add_parser("reject", parents=[common, by], help="refuse a held message for good")
    rej.add_argument("id")
    rej.set_defaults(func=_runner(quarantine_reject))
    rel = s.add_parser(
        "release", parents=[common, by], help="re-check a held message with the current rules and relay it"
    )
    rel.add_argument("id")
    rel.set_defaults(func=_runner(quarantine_release))
    purge = s.add_parser(
        "purge", parents=[common], help="apply retention: expire old held mail, drop old decided bodies"
    )
    purge.add_argument("--dry-run", action="store_true", help="only list what would change")
    purge.set_defaults(func=_runner(quarantine_purge))


def _runner(command: Command) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        overrides = {"database_url": args.database} if args.database else None
        settings = load_settings(args.config, overrides=overrides)
        try:
            return asyncio.run(_with_store(command, settings, args))
        except (StoreError, OSError) as exc:
            print(f"bsm-guard: {exc}", file=sys.stderr)
            return EXIT_ERROR

    return run


async def _with_store(command: Command, settings: Settings, args: argparse.Namespace) -> int:
    store = await open_store(settings.database_url)
    try:
        return await command(store, settings, args)
    finally:
        await store.close()


# ----------------------------------------------------------------------------- users


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise NoTerminal
    try:
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Repeat password: "):
            raise StoreError("the passwords differ")
    except EOFError:
        raise NoTerminal from None
    return first


class NoTerminal(Exception):
    """No terminal to ask for a password on."""


def _new_password(args: argparse.Namespace, usage: str) -> str | None:
    """The password from the terminal or ``--password-stdin``; None after saying what is wrong."""
    command = f"users {args.users_command}"
    try:
        password = read_password(args.password_stdin)
    except NoTerminal:
        print(
            f"bsm-guard {command}: no terminal to ask for the password on: pipe it in with "
            f"--password-stdin, e.g. printf '%s\\n' \"$PASSWORD\" | bsm-guard {usage} --password-stdin",
            file=sys.stderr,
        )
        return None
    if not password:
        print(f"bsm-guard {command}: empty password", file=sys.stderr)
        return None
    return password


async def users_add(store: SqlStore, _s: Settings, args: argparse.Namespace) -> int:
    password = _new_password(args, "users add NAME --role ROLE")
    if password is None:
        return EXIT_ERROR
    user = await store.add_user(args.name, password, Role(args.role))
    print(f"added {user.name} ({user.role.value})")
    return 0


async def users_passwd(store: SqlStore, _s: Settings, args: argparse.Namespace) -> int:
    password = _new_password(args, "users passwd NAME")
    if password is None:
        return EXIT_ERROR
    if not await store.set_password(args.name, password):
        print(f"bsm-guard users passwd: no user {args.name!r}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"new password for {args.name}; their review-UI sessions have ended")
    return 0


async def users_list(store: SqlStore, _s: Settings, _a: argparse.Namespace) -> int:
    for user in await store.list_users():
        print(f"{user.name:<24} {user.role.value:<10} {user.created_at:%Y-%m-%d %H:%M}Z")
    return 0


async def users_remove(store: SqlStore, _s: Settings, args: argparse.Namespace) -> int:
    if not await store.remove_user(args.name):
        print(f"bsm-guard users remove: no user {args.name!r}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"removed {args.name}")
    return 0


async def users_token(store: SqlStore, _s: Settings, args: argparse.Namespace) -> int:
    token = await store.add_token(args.name, Role(args.role))
    print("bsm-guard: the token is shown only this once; keep it secret", file=sys.stderr)
    print(token)
    return 0


# ----------------------------------------------------------------------------- quarantine


def _summary(h: HeldMessage) -> dict[str, Any]:
    return {
        "id": h.id,
        "created_at": h.created_at.isoformat(),
        "status": h.status.value,
        "size": h.size,
        "mail_from": h.mail_from,
        "rcpt_tos": list(h.rcpt_tos),
        "subject": h.subject,
        "order_ids": list(h.order_ids),
        "categories": list(h.categories),
        "rules": list(h.rules),
        "reviewer": h.reviewer,
        "decision_note": h.decision_note,
    }


async def quarantine_list(store: SqlStore, _s: Settings, args: argparse.Namespace) -> int:
    flt = HeldFilter(
        status=HeldStatus(args.status) if args.status else None, category=args.category, limit=args.limit
    )
    items, total = await store.list_held(flt)
    if args.format == "json":
        print(
            json.dumps({"total": total, "items": [_summary(h) for h in items]}, ensure_ascii=False, indent=2)
        )
        return 0
    for h in items:
        print(
            f"{h.id}  {h.created_at:%Y-%m-%d %H:%M}Z  {h.status.value:<8} {h.size:>8}  "
            f"{h.mail_from:<28.28} {','.join(h.categories):<28.28} {h.subject:.50}"
        )
    print(f"{len(items)} of {total} messages")
    return 0


async def quarantine_show(store: SqlStore, _s: Settings, args: argparse.Namespace) -> int:
    held = await store.get(args.id)
    if held is None:
        print(f"bsm-guard quarantine show: no message {args.id!r}", file=sys.stderr)
        return EXIT_REFUSED
    if args.raw:
        if held.raw is None:
            print(f"bsm-guard quarantine show: the content of {held.id} was purged", file=sys.stderr)
            return EXIT_REFUSED
        sys.stdout.buffer.write(held.raw)
        sys.stdout.flush()
        return 0
    for key, value in _summary(held).items():
        shown = ", ".join(value) if isinstance(value, list) else value
        print(f"{key + ':':<15} {'' if shown is None else shown}")
    print(f"{'client:':<15} {held.client}")
    print(f"{'content:':<15} {_content_state(held)}")
    for f in held.findings:
        print(
            f"  {f.get('action', ''):<10} {f.get('rule', '')}  [{f.get('where', '')}] {f.get('excerpt', '')}"
        )
    for entry in await store.audit_for(held.id):
        print(f"  {entry.at:%Y-%m-%d %H:%M:%S}Z {entry.actor}: {entry.action}")
    return 0


def _content_state(held: HeldMessage) -> str:
    if held.raw is None:
        return "purged"
    return "edited by a supervisor" if held.edited_raw is not None else "as received"


def _reviewer(args: argparse.Namespace) -> str:
    return str(args.by) if args.by else f"cli:{getpass.getuser()}"


async def quarantine_reject(store: SqlStore, settings: Settings, args: argparse.Namespace) -> int:
    who = _reviewer(args)
    try:
        from proxy.delivery.release import reject_held
    except ImportError:
        decided = await _reject_here(store, args.id, who, args.reason)
    else:
        try:
            decided = await reject_held(store, settings, args.id, who, args.reason)
        except StoreError as exc:
            print(f"bsm-guard quarantine reject: {exc}", file=sys.stderr)
            return EXIT_REFUSED
    if decided is None:
        return EXIT_REFUSED
    print(f"{decided.id}: rejected by {who}")
    return 0


async def _reject_here(store: SqlStore, held_id: str, who: str, reason: str) -> HeldMessage | None:
    try:
        decided = await store.decide(held_id, HeldStatus.REJECTED, who, reason)
    except StoreError as exc:
        print(f"bsm-guard quarantine reject: {exc}", file=sys.stderr)
        return None
    await store.audit(who, "review_rejected", held_id, {"reason": reason})
    return decided


async def quarantine_release(store: SqlStore, settings: Settings, args: argparse.Namespace) -> int:
    try:
        from proxy.delivery.release import release  # the only way out: re-check, ledger, relay, audit
    except ImportError as exc:
        print(f"bsm-guard quarantine release: not available in this build ({exc})", file=sys.stderr)
        return EXIT_ERROR
    result = await release(store, settings, args.id, _reviewer(args), args.reason)
    print(f"{args.id}: {result.status}: {result.reply}")
    for f in result.findings:
        print(f"  {f.action.value:<10} {f.rule}  [{f.where}] {f.excerpt}")
    return 0 if result.ok else EXIT_REFUSED


async def quarantine_purge(store: SqlStore, settings: Settings, args: argparse.Namespace) -> int:
    r = settings.retention
    expire = await store.expire_held(r.held_days * 86400, dry_run=args.dry_run)
    purge = await store.purge_raw(r.decided_raw_days * 86400, dry_run=args.dry_run)
    verb = ("would expire", "would purge") if args.dry_run else ("expired", "purged")
    print(
        f"{verb[0]} {len(expire)} held message(s) older than {r.held_days:g} days"
        + "".join(f"\n  {i}" for i in expire)
    )
    print(
        f"{verb[1]} the content of {len(purge)} message(s) decided more than "
        f"{r.decided_raw_days:g} days ago" + "".join(f"\n  {i}" for i in purge)
    )
    return 0

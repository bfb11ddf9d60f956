"""``bsm-guard serve``: run the SMTP proxy filter (and the review UI) until SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import errno
import sys
from typing import Any

from proxy.errors import ConfigError, StoreError
from proxy.settings import load_settings
from proxy.smtp.upstream import NO_UPSTREAM

EXIT_STARTUP = 2

EPILOG = """\
examples:
  bsm-guard serve --config /etc/bsm-guard.yaml
  bsm-guard serve --listen 127.0.0.1:2525 --upstream capture:/tmp/out \\
      --allow-network 127.0.0.1/32 --database sqlite+aiosqlite:///tmp/bsm.db
  bsm-guard serve --config /etc/bsm-guard.yaml --tls-listen 127.0.0.1:2465 --tls-self-signed var/tls

signals: SIGTERM/SIGINT stop accepting and let open messages finish; SIGHUP reloads the
rule packs (a broken pack is refused and the running set stays). Decisions are logged as
one JSON line each on stdout; everything else goes to stderr.
"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "serve",
        help="run the SMTP proxy filter and the review UI",
        description="Accept mail from the helpdesk over SMTP, check every message to an "
        "Amazon buyer against the Buyer-Seller Messaging rules, and relay it, refuse it "
        "(550 5.7.1 with the rule and a reason) or hold it for a supervisor. Flags override "
        "the configuration file, which overrides BSM_GUARD_* variables' defaults.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--config", metavar="FILE", help="YAML configuration file")
    p.add_argument("--listen", metavar="HOST:PORT", help="SMTP address (smtp.listen)")
    p.add_argument(
        "--tls-listen",
        metavar="HOST:PORT",
        help="also serve SMTP wrapped in TLS from the first byte here, port 465 style "
        "(smtp.tls_listen; needs smtp.tls.cert_file/key_file or --tls-self-signed)",
    )
    p.add_argument(
        "--tls-self-signed",
        metavar="DIR",
        help="try-it TLS: use DIR/cert.pem and DIR/key.pem, made self-signed at start-up when "
        "they do not exist (smtp.tls.cert_file, smtp.tls.key_file, smtp.tls.self_signed); "
        "mail clients must not verify this certificate",
    )
    p.add_argument("--http", metavar="HOST:PORT", help="review UI, API and /metrics address (http.listen)")
    p.add_argument(
        "--upstream",
        metavar="HOST:PORT|capture:DIR",
        help="smarthost to relay to, or capture:DIR to write each relayed message "
        "to DIR as a .eml file (try-it mode)",
    )
    p.add_argument(
        "--database", metavar="URL", help="sqlite+aiosqlite:///FILE or postgresql+asyncpg://… (database_url)"
    )
    p.add_argument(
        "--allow-network",
        metavar="CIDR",
        action="append",
        default=None,
        help="clients in this network may send without AUTH (repeatable; smtp.allow_networks)",
    )
    p.add_argument(
        "--monitor", action="store_true", help="monitor mode: record what would happen, deliver everything"
    )
    p.add_argument(
        "--workers",
        metavar="N",
        type=_workers,
        help="serve SMTP from N processes sharing the port, to use N cores (smtp.workers; "
        "default 1). The first also serves the review UI and /metrics for all of them",
    )
    p.add_argument("--worker-index", type=int, help=argparse.SUPPRESS)  # set by the supervisor
    p.set_defaults(func=run_serve)


def _workers(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 64:
        raise argparse.ArgumentTypeError(f"expected a number of processes from 1 to 64, got {value!r}")
    return int(value)


def overrides(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for flag, key in (
        ("listen", "smtp.listen"),
        ("tls_listen", "smtp.tls_listen"),
        ("http", "http.listen"),
        ("upstream", "upstream.address"),
        ("database", "database_url"),
    ):
        value = getattr(args, flag)
        if value is not None:
            out[key] = value
    if args.tls_self_signed:
        directory = args.tls_self_signed.rstrip("/") or "/"
        out["smtp.tls.cert_file"] = f"{directory}/cert.pem"
        out["smtp.tls.key_file"] = f"{directory}/key.pem"
        out["smtp.tls.self_signed"] = True
    if args.allow_network:
        out["smtp.allow_networks"] = list(args.allow_network)
    if args.monitor:
        out["detect.monitor"] = True
    if args.workers is not None:
        out["smtp.workers"] = args.workers
    return out


def run_serve(args: argparse.Namespace) -> int:
    settings = load_settings(args.config, overrides(args))  # ConfigError → exit 2 in cli.main
    if not settings.upstream.address:
        return _startup_error(f"no upstream: {NO_UPSTREAM}")
    supervisor = settings.smtp.workers > 1 and args.worker_index is None
    if args.worker_index is not None:
        from proxy.workers import die_with_parent

        die_with_parent()
    # Imported only now: with workers, prometheus-client must see PROMETHEUS_MULTIPROC_DIR first.
    from proxy.app import configure_logging, serve

    configure_logging(settings.log_level)
    try:
        if supervisor:
            from proxy.workers import supervise

            return asyncio.run(supervise(settings, args.argv))
        return asyncio.run(serve(settings, worker=args.worker_index))
    except OSError as exc:
        return _startup_error(_describe_os_error(exc))
    except (ConfigError, StoreError) as exc:
        return _startup_error(str(exc))


def _describe_os_error(exc: OSError) -> str:
    if exc.errno in (errno.EADDRINUSE, errno.EACCES, errno.EADDRNOTAVAIL):
        return f"cannot listen: {exc}"
    return f"cannot start: {exc}"


def _startup_error(message: str) -> int:
    print(f"bsm-guard: {message}", file=sys.stderr)
    return EXIT_STARTUP

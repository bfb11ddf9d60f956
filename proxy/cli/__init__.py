"""The ``bsm-guard`` command: each group of subcommands lives in its own module of this package."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from proxy import __version__
from proxy.cli import admin as cli_admin
from proxy.cli import check as cli_check
from proxy.cli import rules as cli_rules
from proxy.cli import serve as cli_serve
from proxy.errors import ConfigError

EXIT_USAGE = 2
QUIET_LIBRARIES = ("mailparser", "mailparser.core", "mailparser.utils")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bsm-guard",
        description="SMTP proxy filter that keeps helpdesk mail to Amazon buyers within the "
        "Buyer-Seller Messaging rules: relays what is compliant, refuses clear violations, "
        "holds unclear ones for a supervisor.",
    )
    parser.add_argument("--version", action="version", version=f"bsm-guard {__version__}")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="also show the log lines of the libraries underneath (mail-parser, …)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (cli_serve, cli_check, cli_rules, cli_admin):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)  # `serve --workers` re-runs it
    if not args.verbose:
        # mail-parser logs every MIME oddity it meets at WARNING; bsm-guard reports what matters.
        for name in QUIET_LIBRARIES:
            logging.getLogger(name).setLevel(logging.ERROR)
    try:
        return int(args.func(args))
    except ConfigError as exc:
        print(f"bsm-guard: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `bsm-guard eval … | head`: the reader left, that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0

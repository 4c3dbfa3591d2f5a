"""`civicdesk` opens the desk; its subcommands serve scripts and nightly jobs through the same actions.

A user error (bad URL, missing file, newer schema, unknown option) prints one clear line and exits
non-zero; only a bug shows a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from civicdesk_gui import __version__
from civicdesk_gui.errors import CivicDeskError, PermissionDenied

EXIT_OK = 0
EXIT_USER_ERROR = 2
EXIT_REJECTED_ROWS = 3
EXIT_PERMISSION = 4  # the acting user (--as) may not do this, or no user was named

# Each subcommand lives in civicdesk_gui/commands/<module>.py with add_parser(subparsers) and run(args).
COMMAND_MODULES = [
    "demo",
    "stats",
    "import_cases",
    "sessions",
    "letters",
    "export_cases",
    "users",
    "audit",
    "briefing",
    "report",
    "surveys",
    "case",
    "notices",
    "approvals",
    "outbox",
    "places",
    "backup",
    "restore",
    "purge",
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage dump
        print(f"civicdesk: {message} (see civicdesk --help)", file=sys.stderr)
        raise SystemExit(EXIT_USER_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="civicdesk", description="CivicDesk: the mayor's communication office desk.")
    parser.add_argument("--version", action="version", version=f"CivicDesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="sqlite:///path/file.db or postgresql://user@host/db (default: $CIVICDESK_DB, else this desk's file)",
    )
    parser.add_argument("--demo", action="store_true", help="open on a freshly generated demo database")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation on a temporary database (prints each check; exit 0 or 1)",
    )
    parser.add_argument(
        "--as", dest="as_login", metavar="LOGIN", help="the user a command acts as (also after the command)"
    )
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"civicdesk_gui.commands.{name}")
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.selftest:
            from civicdesk_gui.selftest import run_selftest

            return run_selftest()
        if args.command is None:
            from civicdesk_gui.ui.app import run_gui

            return run_gui(db_url=args.db, demo=args.demo)
        code = args.run(args)
        from civicdesk_gui.commands.common import tell_other_desks

        tell_other_desks()
        return code
    except PermissionDenied as exc:
        print(f"civicdesk: {exc}", file=sys.stderr)
        return EXIT_PERMISSION
    except CivicDeskError as exc:
        print(f"civicdesk: {one_line(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader went away (`civicdesk stats --json | head`): not an error of ours. Point stdout
        # at devnull so the interpreter's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("civicdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        # A full disk, a read-only folder, a damaged database, a server that went away: one line that
        # names the file and what to do. Anything else is a bug and keeps its traceback.
        from civicdesk_gui.user_errors import user_error

        known = user_error(exc)
        if known is None:
            raise
        print(f"civicdesk: {one_line(known)}", file=sys.stderr)
        return EXIT_USER_ERROR


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())

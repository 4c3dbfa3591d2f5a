"""`civicdesk demo --db URL --cases N [--seed S] [--now T] [--workers N] [--letters]`: fill a database with realistic Korean demo data."""

from __future__ import annotations

import argparse
import datetime as dt

from civicdesk_gui.commands.common import add_db_option, open_database


def _case_count(text: str) -> int:
    """argparse type: a whole number of cases, 0 or more (checked before any file is created)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"cannot be negative: {value}")
    return value


def _moment(text: str) -> dt.datetime:
    """argparse type: an ISO date and time such as 2026-11-18T11:00 (or 2026-11-18)."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date and time like 2026-11-18T11:00: {text!r}") from None
    if moment.tzinfo is not None:  # the store keeps naive office (Asia/Seoul) wall-clock times
        raise argparse.ArgumentTypeError(f"give the office's local time without a time zone: {text!r}")
    return moment


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="fill a database with realistic demo data")
    add_db_option(parser, required=True)
    parser.add_argument("--cases", type=_case_count, default=5000, help="number of cases (default 5000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed and --now, same data)")
    parser.add_argument(
        "--now",
        type=_moment,
        metavar="YYYY-MM-DDTHH:MM",
        help="the moment the data ends (default: now); cases span the three years before it",
    )
    parser.add_argument(
        "--workers",
        type=_case_count,
        metavar="N",
        help="processes that build the cases' rows (default: one per core, at most 2); "
        "the data is the same for any number",
    )
    parser.add_argument(
        "--letters",
        action="store_true",
        help="issue the mayor-signed letters of management-list cases classified over a week ago "
        "(real PDFs, about 17 ms each)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.demo.generator import generate_demo
    from civicdesk_gui.demo.letters import print_letter_progress

    open_database(args, must_exist=False)
    summary = generate_demo(
        cases=args.cases,
        seed=args.seed,
        now=args.now,
        letters=args.letters,
        workers=args.workers or None,
        progress=print_letter_progress if args.letters else None,
    )
    print(summary)
    return 0

"""`civicdesk purge [--older-than YEARS] [--dry-run] --as LOGIN`: anonymise the personal data of cases
closed more than YEARS ago (default: the office's retention setting, 3 years), as one audited action
of an administrator; `--dry-run` says how many cases it would anonymise and changes nothing."""

from __future__ import annotations

import argparse

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "purge", help="anonymise residents' personal data of cases closed long ago (administrator, audited)"
    )
    add_db_option(parser)
    parser.add_argument(
        "--older-than",
        dest="years",
        type=int,
        metavar="YEARS",
        help="cases closed more than YEARS ago (default: the office's retention setting)",
    )
    parser.add_argument("--dry-run", action="store_true", help="only count the cases; change nothing")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.retention import purge_personal_data

    open_database(args, writes=not args.dry_run)
    actor = acting_user(args)
    purged = purge_personal_data(actor=actor, older_than_years=args.years, dry_run=args.dry_run)
    closed = f"closed before {purged.cutoff:%Y-%m-%d} (more than {purged.years} years ago)"
    if purged.dry_run:
        print(f"{purged.cases} cases {closed} would be anonymised (dry run: nothing changed)")
    else:
        print(f"{purged.cases} cases {closed} anonymised")
    return 0

"""`civicdesk backup --db URL -o FILE`: a checked copy of the database while desks keep working.

SQLite: through the online backup API, then integrity_check and row counts compared with the source
(store/backups.py). PostgreSQL: pg_dump's custom format, when the client tools are installed.
Automatic daily copies of a SQLite database are made anyway (README: where backups live)."""

from __future__ import annotations

import argparse

from civicdesk_gui.commands.common import add_db_option, open_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "backup", help="copy the database to a file, checked, while desks keep working"
    )
    add_db_option(parser)
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="the backup file (SQLite: a .db file; PostgreSQL: a pg_dump archive)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.backups import back_up
    from civicdesk_gui.file_checks import check_output_file, human_size

    check_output_file(args.output)  # a bad path is refused before the database is opened
    target = open_database(args)  # a damaged database is refused here, naming its latest backup
    result = back_up(target=target, dest=args.output, actor=None).result
    if result.backend == "sqlite":
        print(
            f"{result.path}: {human_size(result.size)}, {result.rows:,} rows in {len(result.counts)} tables, "
            "integrity checked, row counts equal to the database's"
        )
    else:
        print(
            f"{result.path}: {human_size(result.size)}, pg_dump archive (custom format), readable by pg_restore"
        )
    return 0

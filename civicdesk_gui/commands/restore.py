"""`civicdesk restore FILE --db URL`: put a backup back in place of the database.

The backup is checked first (a damaged file, or one that is not a CivicDesk database, is refused
and nothing changes); a copy of the database it replaces is kept in the backups folder; the result
is checked like a backup, then opened (an older backup's schema is upgraded). The database is not
opened before: restoring is what one does when it is damaged."""

from __future__ import annotations

import argparse
import sys

from civicdesk_gui.commands.common import add_db_option, database_url, input_file


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("restore", help="replace the database by a backup (a copy of it is kept)")
    add_db_option(parser)
    parser.add_argument("file", metavar="FILE", help="the backup (civicdesk backup, or a daily copy)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.backups import restore_backup
    from civicdesk_gui.store.database import close, make_database, parse_url, set_bound_target
    from civicdesk_gui.store.opening import connect

    source = input_file(args.file)
    url = database_url(args)
    target = parse_url(url)
    make_database(target)  # the URL and the folder are checked; nothing is opened yet
    close()
    set_bound_target(target)  # messages name the database even before it is opened
    result = restore_backup(source=source, target=target, actor=None).result
    connect(url)  # checked and, for an older backup, upgraded
    if result.kept is not None:
        print(f"civicdesk: note: the database it replaced is kept as {result.kept}", file=sys.stderr)
    rows = sum(result.counts.values())
    detail = (
        f"{rows:,} rows, schema version {result.version}"
        if result.counts
        else f"schema version {result.version}"
    )
    print(f"{target.display_name}: restored from {source} ({detail})")
    return 0

"""What every subcommand shares: the --db option and opening the database."""

from __future__ import annotations

import argparse
import sys

from civicdesk_gui.paths import configured_database_url
from civicdesk_gui.store.database import DatabaseTarget
from civicdesk_gui.store.opening import NOTICES, connect


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--db",
        dest="sub_db",
        metavar="URL",
        required=required,
        help="sqlite:///path/file.db or postgresql://...",
    )


def open_database(args: argparse.Namespace, *, must_exist: bool = True) -> DatabaseTarget:
    url = getattr(args, "sub_db", None) or getattr(args, "db", None) or configured_database_url()
    target = connect(url, must_exist=must_exist)
    for code in target.notices:
        print(f"civicdesk: note: {NOTICES[code]}", file=sys.stderr)
    return target

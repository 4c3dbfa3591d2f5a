"""What every subcommand shares: the --db option and opening the database."""

from __future__ import annotations

import argparse

from civicdesk_gui.paths import default_database_url
from civicdesk_gui.store.database import DatabaseTarget, connect


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--db",
        dest="sub_db",
        metavar="URL",
        required=required,
        help="sqlite:///path/file.db or postgresql://...",
    )


def open_database(args: argparse.Namespace, *, must_exist: bool = True) -> DatabaseTarget:
    url = getattr(args, "sub_db", None) or getattr(args, "db", None) or default_database_url()
    return connect(url, must_exist=must_exist)

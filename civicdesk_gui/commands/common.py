"""What every subcommand shares: the --db option and opening the database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from civicdesk_gui.file_checks import check_input_file
from civicdesk_gui.paths import default_database_url
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


def database_url(args: argparse.Namespace) -> str:
    return getattr(args, "sub_db", None) or getattr(args, "db", None) or default_database_url()


def open_database(
    args: argparse.Namespace, *, must_exist: bool = True, writes: bool = False
) -> DatabaseTarget:
    """Open the database of --db (or the default one). A command that writes first makes the day's
    automatic backup of a SQLite file, if none exists yet (store/backups.py)."""
    target = connect(database_url(args), must_exist=must_exist)
    for code in target.notices:
        print(f"civicdesk: note: {NOTICES[code]}", file=sys.stderr)
    if writes:
        daily_backup_or_note(target)
    return target


def daily_backup_or_note(target: DatabaseTarget) -> None:
    """A daily backup that cannot be made does not stop the day's work: one note says why."""
    from civicdesk_gui.store.backups import daily_backup_of
    from civicdesk_gui.user_errors import user_error

    try:
        daily_backup_of(target)
    except Exception as exc:
        known = user_error(exc)
        if known is None:
            raise
        print(f"civicdesk: note: no daily backup today: {' '.join(str(known).split())}", file=sys.stderr)


def input_file(path: str) -> Path:
    """A file a command reads: a regular file that opens (a pipe would hang, a device never end)."""
    return check_input_file(path)

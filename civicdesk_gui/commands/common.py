"""What every subcommand shares: the --db and --as options, opening the database, and who acts.

Without --as, a command that writes (or takes personal data out) is refused on any database: every
event must name a real person or a named service account (`civicdesk users add --role coordinator
--login nightly` for the nightly jobs), and a configured default would hand its role to whoever runs a
script on that computer without saying so. Reading figures (`stats`) needs no --as. The CLI trusts
whoever holds the database URL, as psql does: --as says whose authority the command uses and whose
name the history and the audit log carry, and that user's role is checked like at the desk."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.file_checks import check_input_file
from civicdesk_gui.paths import configured_database_url
from civicdesk_gui.store.database import DatabaseTarget
from civicdesk_gui.store.opening import NOTICES, connect

WROTE = False  # a command opened the database to write: the other desks are told when it ends


def tell_other_desks() -> None:
    """After a command that wrote (an import, a purge, letters): desks on the same PostgreSQL database
    refresh what they show (store/notices.py). The command's actions committed already; the notice
    says "anything may have changed", since a command's writes are many and varied."""
    from civicdesk_gui.domain.changes import EVERYTHING
    from civicdesk_gui.store.notices import publish

    global WROTE
    if not WROTE:
        return
    WROTE = False
    try:
        publish(EVERYTHING, origin="cli")
    except Exception:  # noqa: BLE001 - the work is done; the desks see it at their next refresh
        return


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--db",
        dest="sub_db",
        metavar="URL",
        required=required,
        help="sqlite:///path/file.db or postgresql://...",
    )
    parser.add_argument(
        "--as",
        dest="sub_as",
        metavar="LOGIN",
        help="the user this command acts as (a service user for nightly jobs)",
    )


def database_url(args: argparse.Namespace) -> str:
    return getattr(args, "sub_db", None) or getattr(args, "db", None) or configured_database_url()


def open_database(
    args: argparse.Namespace, *, must_exist: bool = True, writes: bool = False, reads_only: bool = False
) -> DatabaseTarget:
    """Open the database of --db (or the default one). A command that writes first makes the day's
    automatic backup of a SQLite file, if none exists yet (store/backups.py). A command that only
    reads (`reads_only`) does not wait for the whole-file check of a big SQLite file
    (store/opening.CHECK_AT_OPEN_BYTES)."""
    target = connect(database_url(args), must_exist=must_exist, defer_big_check=reads_only and not writes)
    global WROTE
    WROTE = WROTE or writes
    for code in target.notices:
        print(f"civicdesk: note: {NOTICES[code]}", file=sys.stderr)
    if writes:
        daily_backup_or_note(target)
    return target


def say_waiting(busy) -> None:
    """An import waits for another desk importing the same file (actions/import_batches.py)."""
    print(
        f"civicdesk: {busy.file_name} is being imported by {busy.who} (since {busy.since:%Y-%m-%d %H:%M}); "
        "waiting for that import to finish",
        file=sys.stderr,
        flush=True,
    )


def login_given(args: argparse.Namespace) -> str | None:
    return getattr(args, "sub_as", None) or getattr(args, "as_login", None)


def acting_user(args: argparse.Namespace) -> Actor:
    """The active user named by --as (after open_database); PermissionDenied (exit 4) without one."""
    from civicdesk_gui.actions.actor import find_actor
    from civicdesk_gui.actions.users import has_administrator
    from civicdesk_gui.errors import PermissionDenied

    login = login_given(args)
    if not login:
        raise PermissionDenied(
            "permission.actor_needed" if has_administrator() else "permission.no_admin_yet"
        )
    actor = find_actor(login)
    if actor is None:
        from civicdesk_gui.queries.users import user_id_by_login

        if user_id_by_login(login) is not None:
            raise PermissionDenied("user.inactive", {"login": login})
        raise PermissionDenied("user.unknown", {"login": login})
    return actor


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

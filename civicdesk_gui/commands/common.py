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

from civicdesk_gui.domain.actor import Actor
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
    parser.add_argument(
        "--as",
        dest="sub_as",
        metavar="LOGIN",
        help="the user this command acts as (a service user for nightly jobs)",
    )


def open_database(args: argparse.Namespace, *, must_exist: bool = True) -> DatabaseTarget:
    url = getattr(args, "sub_db", None) or getattr(args, "db", None) or default_database_url()
    target = connect(url, must_exist=must_exist)
    for code in target.notices:
        print(f"civicdesk: note: {NOTICES[code]}", file=sys.stderr)
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

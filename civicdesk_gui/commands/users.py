"""`civicdesk users add|list|set-role|deactivate|reactivate|reset-password`: manage who signs in.

Passwords are read from the terminal (typed twice, not echoed) or, when standard input is not a
terminal, from its first line — never from an argument, where they would end up in the shell history
and the process list. On a database without an administrator, `users add --role admin` needs no --as:
it creates the administrator; everything else is done --as an administrator."""

from __future__ import annotations

import argparse
import getpass
import sys

from civicdesk_gui.commands.common import acting_user, add_db_option, login_given, open_database
from civicdesk_gui.domain.permissions import ROLES
from civicdesk_gui.errors import ValidationError


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("users", help="add, list and change the users who sign in")
    actions = parser.add_subparsers(dest="users_command", required=True)

    add = actions.add_parser("add", help="add a user (the password is asked for)")
    add_db_option(add)
    add.add_argument("--login", required=True, help="what the user types to sign in")
    add.add_argument("--name", required=True, help="display name, e.g. 김소통")
    add.add_argument("--role", required=True, choices=list(ROLES))
    add.add_argument("--department", metavar="CODE", help="department code (officials), e.g. 도로관리과")
    add.set_defaults(run=_add)

    listing = actions.add_parser("list", help="list the users")
    add_db_option(listing)
    listing.set_defaults(run=_list)

    role = actions.add_parser("set-role", help="change a user's role (and department)")
    add_db_option(role)
    role.add_argument("login")
    role.add_argument("role", choices=list(ROLES))
    role.add_argument("--department", metavar="CODE")
    role.set_defaults(run=_set_role)

    for name, help_text, run in (
        ("deactivate", "stop a user from signing in (their history stays)", _deactivate),
        ("reactivate", "let a deactivated user sign in again", _reactivate),
        ("reset-password", "set a new password (the password is asked for)", _reset_password),
    ):
        sub = actions.add_parser(name, help=help_text)
        add_db_option(sub)
        sub.add_argument("login")
        sub.set_defaults(run=run)


def read_password() -> str:
    """Typed twice at a terminal; otherwise the first line of standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != first:
            raise ValidationError("user.password_mismatch", field="password")
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    password = line.rstrip("\r\n")
    if not password:
        raise ValidationError("cli.password_needed", field="password")
    return password


def _department_id(code: str | None) -> int | None:
    if code is None:
        return None
    from civicdesk_gui.store.models import Department

    department = Department.get_or_none(Department.code == code)
    if department is None:
        raise ValidationError("record.unknown", {"record": "department", "key": code}, field="department")
    return department.id


def _user_id(login: str) -> int:
    from civicdesk_gui.errors import NotFoundError
    from civicdesk_gui.queries.users import user_id_by_login

    user_id = user_id_by_login(login)
    if user_id is None:
        raise NotFoundError("user.unknown", {"login": login})
    return user_id


def _add(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.users import add_user, has_administrator

    open_database(args, must_exist=False)
    # The administrator of a new database is added by nobody; anyone else by an administrator.
    actor = acting_user(args) if (login_given(args) or has_administrator()) else None
    department_id = _department_id(args.department)
    password = read_password()
    change = add_user(
        login=args.login,
        display_name=args.name,
        role=args.role,
        department_id=department_id,
        password=password,
        actor=actor,
    )
    print(f"added {change.login} ({args.role})")
    return 0


def _list(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.permission import require
    from civicdesk_gui.queries.users import list_users
    from civicdesk_gui.store.database import database_proxy

    open_database(args)
    with database_proxy.atomic():
        require(acting_user(args), "users.manage")
    for user in list_users():
        state = "active" if user.active else "deactivated"
        password = "" if user.has_password else "\tno password"
        print(f"{user.login}\t{user.display_name}\t{user.role}\t{user.department or '-'}\t{state}{password}")
    return 0


def _set_role(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.users import set_role

    open_database(args)
    actor = acting_user(args)
    change = set_role(
        user_id=_user_id(args.login),
        role=args.role,
        department_id=_department_id(args.department),
        actor=actor,
    )
    print(f"{change.login}: {args.role}")
    return 0


def _deactivate(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.users import deactivate_user

    open_database(args)
    change = deactivate_user(user_id=_user_id(args.login), actor=acting_user(args))
    print(f"{change.login}: deactivated")
    return 0


def _reactivate(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.users import reactivate_user

    open_database(args)
    change = reactivate_user(user_id=_user_id(args.login), actor=acting_user(args))
    print(f"{change.login}: active")
    return 0


def _reset_password(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.users import reset_password

    open_database(args)
    actor = acting_user(args)
    user_id = _user_id(args.login)
    change = reset_password(user_id=user_id, password=read_password(), actor=actor)
    print(f"{change.login}: password reset")
    return 0

"""Users as plain data for Settings > Users, the sign-in dialog and the CLI's `users list`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from civicdesk_gui.store.database import is_postgres
from civicdesk_gui.store.models import Department, User


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    display_name: str
    role: str
    department_id: int | None
    department: str
    active: bool
    has_password: bool
    locked_until: dt.datetime | None


def list_users() -> list[UserRow]:
    query = (
        User.select(User, Department.name.alias("department_name"))
        .join(Department, JOIN.LEFT_OUTER, on=(User.department == Department.id))
        .order_by(User.active.desc(), User.display_name, User.login)
    )
    return [
        UserRow(
            u.id,
            u.login,
            u.display_name,
            u.role,
            u.department_id,
            getattr(u, "department_name", None) or "",
            bool(u.active),
            bool(u.password_hash),
            u.locked_until,
        )
        for u in query.objects()
    ]


def active_users_count() -> int:
    return User.select().where(User.active).count()


def may_remember_sign_in() -> bool:
    """A sign-in may be remembered for an operating-system account only on a single-desk SQLite
    database with exactly one active user: never on PostgreSQL, where a team shares the database."""
    return not is_postgres() and active_users_count() == 1


def user_id_by_login(login: str) -> int | None:
    return User.select(User.id).where(User.login == login.strip()).scalar()

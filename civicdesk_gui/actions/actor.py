"""The user row behind an Actor.

`Actor` itself lives in domain/actor.py; it is re-exported here for the actions that name it. People
sign in (actions/users.py); `ensure_user` makes a user row directly, without a password or an audit
event, for the demo generator, tests and benchmarks only."""

from __future__ import annotations

from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.store.models import User

__all__ = ["Actor", "actor_for", "ensure_user", "find_actor"]


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.login, user.display_name, user.role, user.department_id)


def ensure_user(
    login: str,
    *,
    display_name: str | None = None,
    role: str = "coordinator",
    department_id: int | None = None,
) -> Actor:
    """The user row for `login`, created on first use (demo data, tests, benchmarks)."""
    user, _created = User.get_or_create(
        login=login,
        defaults={"display_name": display_name or login, "role": role, "department": department_id},
    )
    return actor_for(user)


def find_actor(login: str) -> Actor | None:
    """The active user with this login (the CLI's --as), or None."""
    user = User.get_or_none((User.login == login) & User.active)
    return actor_for(user) if user is not None else None

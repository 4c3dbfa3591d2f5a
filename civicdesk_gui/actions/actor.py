"""The user row behind an Actor: found or created on first use (single-desk mode has no sign-in).

`Actor` itself lives in domain/actor.py; it is re-exported here for the actions that name it."""

from __future__ import annotations

import getpass

from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.store.models import User

__all__ = ["Actor", "actor_for", "desk_actor", "ensure_user", "system_actor"]


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.login, user.display_name, user.role)


def ensure_user(login: str, *, display_name: str | None = None, role: str = "coordinator") -> Actor:
    """The user row for `login`, created on first use (single-desk mode has no sign-in)."""
    user, _created = User.get_or_create(
        login=login, defaults={"display_name": display_name or login, "role": role}
    )
    return actor_for(user)


def desk_actor() -> Actor:
    """The person at this desk: the operating-system login."""
    try:
        login = getpass.getuser()
    except Exception:  # no login name in some sandboxes and services
        login = "desk"
    return ensure_user(login)


def system_actor() -> Actor:
    """Scripts and nightly jobs (CLI) act as 'system'."""
    return ensure_user("system", display_name="CivicDesk", role="admin")

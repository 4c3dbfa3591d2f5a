"""Who is acting: every write names its actor, so history and (later) permissions know who it was."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from civicdesk_gui.store.models import User


@dataclass(frozen=True)
class Actor:
    id: int
    login: str
    display_name: str
    role: str


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

"""The permission check every action makes first (domain/permissions.py holds the rules).

The user's role, department and active flag are read from the database inside the action's
transaction, not taken from the Actor value the caller holds: a role changed or an account deactivated
by the administrator counts at once, on every desk. A refusal raises PermissionDenied before anything
is written, and the transaction it is raised in rolls back whatever came before it."""

from __future__ import annotations

from civicdesk_gui.domain import permissions
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.errors import PermissionDenied
from civicdesk_gui.store import prepared
from civicdesk_gui.store.models import Case, User


def _user_query(user_id: int):
    return User.select().where(User.id == user_id)


def require(actor: Actor, action: str, *, case: Case | None = None) -> User:
    """Raise PermissionDenied unless `actor` may do `action` (on `case`, when the answer depends on
    its department); return the user row."""
    user = prepared.first_model("permission_user", _user_query, actor.id)
    if user is None:
        raise PermissionDenied("permission.inactive")
    refused = permissions.refusal(
        user.role,
        action,
        active=user.active,
        actor_department_id=user.department_id,
        case_department_id=case.department_id if case is not None else None,
        on_case=case is not None,
    )
    if refused is not None:
        raise refused
    return user

"""The append-only case history, and the conflict report built from it."""

from __future__ import annotations

import datetime as dt
import json

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.errors import ConflictError, NotFoundError
from civicdesk_gui.store.models import Case, CaseEvent, User


def append_event(
    case_id: int,
    *,
    kind: str,
    actor: Actor,
    at: dt.datetime,
    before: dict | None = None,
    after: dict | None = None,
    body: str = "",
) -> CaseEvent:
    return CaseEvent.create(
        case=case_id,
        at=at,
        actor=actor.id,
        kind=kind,
        body=body,
        before=json.dumps(before or {}, ensure_ascii=False, default=str),
        after=json.dumps(after or {}, ensure_ascii=False, default=str),
    )


def case_conflict(case_id: int) -> ConflictError:
    """Name who changed the case and when, so the user can decide what to keep."""
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        return NotFoundError(f"Case {case_id} no longer exists")
    editor = User.get_or_none(User.id == case.updated_by_id)
    who = editor.display_name if editor else "another user"
    when = case.updated_at.strftime("%Y-%m-%d %H:%M") if case.updated_at else "?"
    return ConflictError(
        f"Case {case.number} was changed by {who} at {when} after you opened it; nothing was saved. "
        "Reload the case to see the change, then apply yours again.",
        changed_by=who,
        changed_at=case.updated_at,
        current_version=case.version,
    )

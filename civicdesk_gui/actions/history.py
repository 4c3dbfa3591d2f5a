"""The append-only case history, and the conflict report built from it."""

from __future__ import annotations

import datetime as dt
import json

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.error_catalog import Phrase
from civicdesk_gui.errors import ConflictError, NotFoundError
from civicdesk_gui.store import prepared
from civicdesk_gui.store.models import Case, CaseEvent, User

# One encoder for every history row: json.dumps with options builds a new encoder on each call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)


def event_json(value: dict | None) -> str:
    """How a history event's before/after is stored: Korean as is, dates and other values as text."""
    return _ENCODER.encode(value or {})


def event_fields(
    *, kind: str, actor: Actor, at: dt.datetime, before: dict | None, after: dict | None, body: str
) -> dict:
    """The columns case and session history share (CaseEvent, SessionEvent): who, when, what, before → after."""
    return {
        "at": at,
        "actor": actor.id,
        "kind": kind,
        "body": body,
        "before": event_json(before),
        "after": event_json(after),
    }


def append_event(
    case_id: int,
    *,
    kind: str,
    actor: Actor,
    at: dt.datetime,
    before: dict | None = None,
    after: dict | None = None,
    body: str = "",
) -> int:
    """Append the event; its id. (A statement prepared once: every case action appends one.)"""
    fields = event_fields(kind=kind, actor=actor, at=at, before=before, after=after, body=body)
    values = {CaseEvent.case: case_id, **{getattr(CaseEvent, name): value for name, value in fields.items()}}
    return prepared.insert("case_event", CaseEvent, values)


def case_conflict(case_id: int) -> ConflictError:
    """Name who changed the case and when, so the user can decide what to keep."""
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        return NotFoundError("case.gone", {"id": case_id})
    editor = User.get_or_none(User.id == case.updated_by_id)
    who = editor.display_name if editor else None
    when = case.updated_at.strftime("%Y-%m-%d %H:%M") if case.updated_at else "?"
    return ConflictError(
        "case.changed",
        {"number": case.number, "who": who or Phrase("user.another"), "when": when},
        changed_by=who,
        changed_at=case.updated_at,
        current_version=case.version,
    )

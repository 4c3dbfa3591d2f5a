"""Suggestions raised at a held session become cases on the mobile_office channel, linked to it.

The 14-day promise clock then runs from the session's start (DeadlineRule anchor 'session',
DOMAIN.md §1), because the case is received at the session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.cases import IntakeResult, intake_case
from civicdesk_gui.actions.permission import require
from civicdesk_gui.actions.session_history import append_session_event
from civicdesk_gui.domain import sessions as rules
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.errors import NotFoundError, ValidationError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Session, now


@dataclass(frozen=True)
class Suggestion:
    """One row of the on-site entry grid."""

    text: str
    resident_name: str = ""
    phone: str = ""
    category: str | None = None
    department_id: int | None = None

    @property
    def blank(self) -> bool:
        return not (self.text.strip() or self.resident_name.strip() or self.phone.strip())


@dataclass(frozen=True)
class SuggestionsRecorded:
    results: list[IntakeResult]  # one per saved row, in grid order
    changes: Changes  # the new cases and the session (its case list and history grew)


def record_suggestions(
    *, session_id: int, suggestions: list[Suggestion], actor: Actor, at: dt.datetime | None = None
) -> SuggestionsRecorded:
    """Turn the grid's rows into cases, all or none (one transaction, one session event)."""
    rows = [s for s in suggestions if not s.blank]
    if not rows:
        raise ValidationError("suggestions.none", field="text")
    for index, row in enumerate(rows, start=1):
        if not row.text.strip():
            raise ValidationError(
                "suggestions.row_without_text", {"row": index, "name": row.resident_name}, field="text"
            )
    at = at or now()
    with database_proxy.atomic():
        require(actor, "session.suggestions")
        session = Session.get_or_none(Session.id == session_id)
        if session is None:
            raise NotFoundError("session.not_found", {"id": session_id})
        if session.state not in rules.SUGGESTION_STATES:
            raise ValidationError(
                "suggestions.session_not_held",
                {"number": session.number, "state": session.state},
                field="state",
            )
        results = [
            intake_case(
                channel="mobile_office",
                text=row.text.strip(),
                actor=actor,
                received_at=session.starts_at,
                submitter_name=row.resident_name,
                submitter_phone=row.phone,
                town_id=session.town_id,
                category=row.category,
                department_id=row.department_id,
                session_id=session.id,
                at=at,
            )
            for row in rows
        ]
        append_session_event(
            kind="suggestions",
            actor=actor,
            at=at,
            session_id=session.id,
            after={"cases": [r.number for r in results]},
            body=f"{len(results)}",
        )
    return SuggestionsRecorded(results, Changes.of(cases=[r.case_id for r in results], sessions={session.id}))

"""The mayor's diary around a slot, and what would clash there: read by the scheduling dialog while
the user types, and checked again by the actions inside their transaction."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.domain import sessions as rules
from civicdesk_gui.store.models import Session

DEFAULT_TRAVEL_BUFFER_MINUTES = 30


def slots_near(
    starts_at: dt.datetime, ends_at: dt.datetime, buffer_minutes: int, exclude_id: int | None = None
) -> list[rules.Slot]:
    """Live sessions (scheduled or held) whose time matters for a slot's conflicts."""
    low, high = rules.conflict_window(starts_at, ends_at, buffer_minutes)
    query = Session.select().where(
        (Session.state.in_(["scheduled", "held"])) & (Session.starts_at < high) & (Session.ends_at > low)
    )
    if exclude_id is not None:
        query = query.where(Session.id != exclude_id)
    return [
        rules.Slot(s.id, s.starts_at, s.ends_at, s.town_id, f"{s.number} {s.unit_name}".strip())
        for s in query
    ]


def check_slot(
    *,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    town_id: int | None,
    travel_buffer_minutes: int = DEFAULT_TRAVEL_BUFFER_MINUTES,
    session_id: int | None = None,
) -> list[rules.Conflict]:
    """Conflicts the slot would have; the scheduling dialog shows them while the user types."""
    rules.check_times(starts_at, ends_at)
    candidate = rules.Slot(session_id, starts_at, ends_at, town_id)
    others = slots_near(starts_at, ends_at, travel_buffer_minutes, exclude_id=session_id)
    return rules.find_conflicts(candidate, others, travel_buffer_minutes=travel_buffer_minutes)

"""Bring sessions back from an office calendar (.ics): create or update by UID, never duplicate.

The office calendar is where a secretary may move the mayor's visit; the import applies such a
move to the scheduled session through the same actions as the calendar screen does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.permission import require
from civicdesk_gui.actions.sessions import cancel_session, reschedule_session, schedule_session
from civicdesk_gui.documents.session_ics import SUMMARY_PREFIX, IcsSession, ics_location
from civicdesk_gui.domain.changes import NOTHING, Changes
from civicdesk_gui.domain.sessions import MOVABLE_STATES, UNIT_TYPES
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Session, Town, now

CANCELLED_IN_CALENDAR = "사무실 달력에서 취소됨"


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # human-readable: number or UID, and why
    changes: Changes = NOTHING  # the sessions created, moved or cancelled (and requests that followed)

    def summary(self) -> str:
        return (
            f"{len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped"
        )


def _unit_type(unit: str) -> str:
    for term in UNIT_TYPES.values():
        if unit.startswith(term.ko) or unit.startswith(term.en):
            return term.code
    return "other"


def import_ics_sessions(
    *, events: list[IcsSession], actor: Actor, at: dt.datetime | None = None
) -> ImportReport:
    """Apply the calendar's events in one transaction. Conflicts are accepted: the office calendar
    already holds the decision, and the calendar screen marks any clash afterwards."""
    at = at or now()
    report = ImportReport()
    with database_proxy.atomic():
        require(actor, "session.import")
        for event in events:
            existing = Session.get_or_none(Session.ics_uid == event.uid)
            if existing is None:
                _create(event, actor, at, report)
            else:
                _update(existing, event, actor, at, report)
    return report


def _create(event: IcsSession, actor: Actor, at: dt.datetime, report: ImportReport) -> None:
    if event.cancelled:
        report.skipped.append(f"{event.uid}: cancelled in the calendar and unknown here")
        return
    change = schedule_session(
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        actor=actor,
        unit_type=_unit_type(event.unit),
        unit_name=event.summary.removeprefix(SUMMARY_PREFIX),
        title=event.summary.removeprefix(SUMMARY_PREFIX),
        place=event.location,
        ics_uid=event.uid,
        confirm_conflicts=True,
        at=at,
    )
    report.created.append(change.number)
    report.changes |= change.changes


def _update(session: Session, event: IcsSession, actor: Actor, at: dt.datetime, report: ImportReport) -> None:
    if event.cancelled:
        if session.state == "scheduled":
            change = cancel_session(
                session_id=session.id,
                reason=CANCELLED_IN_CALENDAR,
                actor=actor,
                expected_version=session.version,
                at=at,
            )
            report.updated.append(session.number)
            report.changes |= change.changes
        else:
            report.unchanged.append(session.number)
        return
    same_time = (session.starts_at, session.ends_at) == (event.starts_at, event.ends_at)
    town = Town.get_or_none(Town.id == session.town_id) if session.town_id else None
    exported = ics_location(session.place, session.address, town.name if town else "")
    # The file carries "place, address": only a location someone edited there replaces ours.
    same_place = event.location in ("", exported, session.place)
    if same_time and same_place:
        report.unchanged.append(session.number)
        return
    if session.state not in MOVABLE_STATES:
        report.skipped.append(f"{session.number}: {session.state}, its time is history and was kept")
        return
    details = {} if same_place else {"place": event.location}
    change = reschedule_session(
        session_id=session.id,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        actor=actor,
        expected_version=session.version,
        confirm_conflicts=True,
        at=at,
        **details,
    )
    report.updated.append(session.number)
    report.changes |= change.changes

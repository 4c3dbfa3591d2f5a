"""Reads for the sessions calendar, the session panel and the case detail: plain rows, no Qt.

Conflict marks are computed here from the domain rules, so every view shows the same marks.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import peewee as pw

from civicdesk_gui.domain import sessions as rules
from civicdesk_gui.errors import NotFoundError
from civicdesk_gui.store.models import (
    Case,
    Category,
    Department,
    Session,
    SessionEvent,
    SessionRequest,
    Town,
    User,
)

if TYPE_CHECKING:
    from civicdesk_gui.documents.session_ics import IcsSession


@dataclass(frozen=True)
class SessionRow:
    id: int
    number: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    state: str
    unit_type: str
    unit_subgroup: str
    unit_name: str
    town_id: int | None
    town_name: str
    place: str
    version: int
    attendees: int | None = None
    case_count: int = 0
    conflicts: list[rules.Conflict] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.unit_name or self.title or self.number

    @property
    def slot(self) -> rules.Slot:
        name = self.unit_name or self.title
        return rules.Slot(
            self.id, self.starts_at, self.ends_at, self.town_id, f"{self.number} {name}".strip()
        )


@dataclass(frozen=True)
class RequestRow:
    id: int
    requested_by: str
    contact: str
    via_office: str
    unit_type: str
    unit_subgroup: str
    unit_name: str
    town_id: int | None
    town_name: str
    preferred_dates: str
    expected_attendance: int | None
    notes: str
    state: str
    state_reason: str
    received_at: dt.datetime
    version: int


@dataclass(frozen=True)
class SessionDetail:
    row: SessionRow
    address: str
    target_group: str
    attending_officials: str
    minutes: str
    state_reason: str
    ics_uid: str
    request: RequestRow | None


@dataclass(frozen=True)
class SessionCaseRow:
    case_id: int
    number: str
    submitter_name: str
    summary: str
    department: str
    status: str
    classification: str | None
    promise_due_at: dt.datetime | None
    first_reply_at: dt.datetime | None


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    actor: str
    kind: str
    body: str
    after: dict


def _town_names() -> dict[int, str]:
    return {t.id: t.name for t in Town.select(Town.id, Town.name)}


def _session_row(s: Session, towns: dict[int, str], case_count: int = 0, conflicts=None) -> SessionRow:
    return SessionRow(
        s.id,
        s.number,
        s.title,
        s.starts_at,
        s.ends_at,
        s.state,
        s.unit_type,
        s.unit_subgroup,
        s.unit_name,
        s.town_id,
        towns.get(s.town_id, ""),
        s.place,
        s.version,
        s.attendees,
        case_count,
        conflicts or [],
    )


def _request_row(r: SessionRequest, towns: dict[int, str]) -> RequestRow:
    return RequestRow(
        r.id,
        r.requested_by,
        r.contact,
        r.via_office,
        r.unit_type,
        r.unit_subgroup,
        r.unit_name,
        r.town_id,
        towns.get(r.town_id, ""),
        r.preferred_dates,
        r.expected_attendance,
        r.notes,
        r.state,
        r.state_reason,
        r.received_at,
        r.version,
    )


def sessions_between(start: dt.date, end: dt.date, *, travel_buffer_minutes: int = 30) -> list[SessionRow]:
    """Sessions starting on days start..end (inclusive), with case counts and conflict marks."""
    low = dt.datetime.combine(start, dt.time.min)
    high = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
    # A day more on each side, so that a clash across the edge of the view is still marked.
    margin = dt.timedelta(days=1)
    query = (
        Session.select(Session, pw.fn.COUNT(Case.id).alias("case_count"))
        .join(Case, pw.JOIN.LEFT_OUTER, on=(Case.session == Session.id))
        .where((Session.starts_at >= low - margin) & (Session.starts_at < high + margin))
        .group_by(Session.id)
        .order_by(Session.starts_at)
    )
    towns = _town_names()
    rows = [_session_row(s, towns, s.case_count) for s in query]
    live = [r.slot for r in rows if r.state in ("scheduled", "held")]
    marks = rules.marks_for(live, travel_buffer_minutes=travel_buffer_minutes)
    return [replace(r, conflicts=marks.get(r.id, [])) for r in rows if low <= r.starts_at < high]


def pending_requests() -> list[RequestRow]:
    """Requests not yet turned into a session: the side list of the calendar."""
    towns = _town_names()
    query = (
        SessionRequest.select()
        .where(SessionRequest.state == "requested")
        .order_by(SessionRequest.received_at)
    )
    return [_request_row(r, towns) for r in query]


def request_row(request_id: int) -> RequestRow:
    request = SessionRequest.get_or_none(SessionRequest.id == request_id)
    if request is None:
        raise NotFoundError("session_request.not_found", {"id": request_id})
    return _request_row(request, _town_names())


def session_detail(session_id: int) -> SessionDetail:
    session = Session.get_or_none(Session.id == session_id)
    if session is None:
        raise NotFoundError("session.not_found", {"id": session_id})
    towns = _town_names()
    count = Case.select().where(Case.session == session.id).count()
    request = (
        SessionRequest.get_or_none(SessionRequest.id == session.request_id) if session.request_id else None
    )
    return SessionDetail(
        _session_row(session, towns, count),
        session.address,
        session.target_group,
        session.attending_officials,
        session.minutes,
        session.state_reason,
        session.ics_uid,
        _request_row(request, towns) if request else None,
    )


def session_cases(session_id: int) -> list[SessionCaseRow]:
    """The cases raised at a session, with their outcome so far."""
    query = (
        Case.select(Case, Department.name.alias("department_name"))
        .join(Department, pw.JOIN.LEFT_OUTER, on=(Case.department == Department.id))
        .where(Case.session == session_id)
        .order_by(Case.id)
        .objects()
    )
    return [
        SessionCaseRow(
            c.id,
            c.number,
            c.submitter_name,
            c.summary,
            c.department_name or "",
            c.status,
            c.classification,
            c.promise_due_at,
            c.first_reply_at,
        )
        for c in query
    ]


@dataclass(frozen=True)
class SessionSummary:
    """What the case detail shows about the session a case came from."""

    id: int
    number: str
    starts_at: dt.datetime
    place: str
    town_name: str
    unit: str  # Korean label with sub-group and unit name
    state: str


def session_of_case(case_id: int) -> SessionSummary | None:
    case = Case.select(Case.session).where(Case.id == case_id).first()
    if case is None or case.session_id is None:
        return None
    s = Session.get_by_id(case.session_id)
    unit = rules.unit_label(s.unit_type, s.unit_subgroup)
    if s.unit_name:
        unit = f"{s.unit_name} ({unit})"
    return SessionSummary(
        s.id, s.number, s.starts_at, s.place, _town_names().get(s.town_id, ""), unit, s.state
    )


def session_history(*, session_id: int | None = None, request_id: int | None = None) -> list[HistoryRow]:
    query = SessionEvent.select(SessionEvent, User.display_name.alias("actor_name")).join(
        User, pw.JOIN.LEFT_OUTER, on=(SessionEvent.actor == User.id)
    )
    if session_id is not None:
        query = query.where(SessionEvent.session == session_id)
    if request_id is not None:
        query = query.where(SessionEvent.request == request_id)
    return [
        HistoryRow(e.at, e.actor_name or "", e.kind, e.body, json.loads(e.after or "{}"))
        for e in query.order_by(SessionEvent.id).objects()  # append order is the true order
    ]


def town_choices(*, active_only: bool = True) -> list[tuple[int, str]]:
    query = Town.select(Town.id, Town.name).order_by(Town.id)
    if active_only:
        query = query.where(Town.active == True)  # noqa: E712 (peewee expression)
    return [(t.id, t.name) for t in query]


def category_choices() -> list[tuple[str, str]]:
    return [(c.code, c.name_ko) for c in Category.select().order_by(Category.sort_order)]


def department_choices() -> list[tuple[int, str]]:
    query = Department.select().where(Department.active == True).order_by(Department.name)  # noqa: E712
    return [(d.id, d.name) for d in query]


def ics_sessions(start: dt.date | None = None, end: dt.date | None = None) -> list[IcsSession]:
    """Sessions for the office calendar file (all, or those starting in start..end)."""
    # icalendar only for the calendar file, not for the briefing's "sessions this week" (start-up).
    from civicdesk_gui.documents.session_ics import SUMMARY_PREFIX, IcsSession, ics_location

    query = Session.select().order_by(Session.starts_at)
    if start is not None:
        query = query.where(Session.starts_at >= dt.datetime.combine(start, dt.time.min))
    if end is not None:
        query = query.where(Session.starts_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min))
    towns = _town_names()
    found = []
    for s in query:
        town = towns.get(s.town_id, "")
        found.append(
            IcsSession(
                uid=s.ics_uid,
                starts_at=s.starts_at,
                ends_at=s.ends_at,
                summary=SUMMARY_PREFIX + (s.unit_name or s.title or town),
                location=ics_location(s.place, s.address, town),
                number=s.number,
                unit=rules.unit_label(s.unit_type, s.unit_subgroup),
                town=town,
                cancelled=s.state == "cancelled",
            )
        )
    return found

"""What the mayor should know before a visit: the unit, who asked, and what that town or unit
raised before (open cases and recently resolved ones, with status and deadlines)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from civicdesk_gui.domain import sessions as rules
from civicdesk_gui.domain.workflow import state_label, state_of
from civicdesk_gui.queries.sessions import RequestRow, session_detail
from civicdesk_gui.store.models import Case, Department, Session

RECENT_DAYS = 90  # "recently resolved": the last quarter
MAX_CASES = 25  # two pages at most: the mayor reads this in the car


@dataclass(frozen=True)
class BriefCase:
    number: str
    received_at: dt.datetime
    summary: str
    department: str
    state: str  # Korean label
    due_at: dt.datetime | None
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class PreviousVisit:
    number: str
    starts_at: dt.datetime
    attendees: int | None
    suggestions: int


@dataclass(frozen=True)
class BriefData:
    number: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    unit: str
    unit_name: str
    place: str
    address: str
    town: str
    target_group: str
    officials: str
    request: RequestRow | None
    open_cases: list[BriefCase] = field(default_factory=list)
    resolved_cases: list[BriefCase] = field(default_factory=list)
    previous_visits: list[PreviousVisit] = field(default_factory=list)
    prepared_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))


def _related(session: Session):
    """Cases from the session's town, or raised at earlier sessions of the same unit."""
    condition = pw.SQL("1 = 0")
    if session.town_id is not None:
        condition = Case.town == session.town_id
    if session.unit_name:
        same_unit = Session.select(Session.id).where(
            (Session.unit_name == session.unit_name) & (Session.id != session.id)
        )
        condition = condition | Case.session.in_(same_unit)
    return (
        Case.select(Case, Department.name.alias("department_name"))
        .join(Department, pw.JOIN.LEFT_OUTER, on=(Case.department == Department.id))
        .where(condition)
    )


def _brief_case(c) -> BriefCase:
    due = c.promise_due_at or c.statutory_due_at
    return BriefCase(
        c.number,
        c.received_at,
        c.summary,
        c.department_name or "",
        state_label(state_of(c.status, c.classification)),
        due,
        c.closed_at,
    )


def brief_data(session_id: int, *, today: dt.date | None = None) -> BriefData:
    detail = session_detail(session_id)
    session = Session.get_by_id(session_id)
    row = detail.row
    today = today or dt.date.today()
    open_condition = Case.classification.is_null() | Case.classification.in_(["in_progress", "referred"])
    open_cases = _related(session).where(open_condition).order_by(Case.received_at.desc()).limit(MAX_CASES)
    since = dt.datetime.combine(today - dt.timedelta(days=RECENT_DAYS), dt.time.min)
    resolved = (
        _related(session)
        .where((Case.classification == "resolved") & (Case.closed_at >= since))
        .order_by(Case.closed_at.desc())
        .limit(MAX_CASES)
    )
    previous = []
    if session.town_id is not None or session.unit_name:
        same = (Session.town == session.town_id) if session.town_id is not None else pw.SQL("1 = 0")
        if session.unit_name:
            same = same | (Session.unit_name == session.unit_name)
        query = (
            Session.select(Session, pw.fn.COUNT(Case.id).alias("n"))
            .join(Case, pw.JOIN.LEFT_OUTER, on=(Case.session == Session.id))
            .where(same & (Session.id != session.id) & Session.state.in_(["held", "closed"]))
            .group_by(Session.id)
            .order_by(Session.starts_at.desc())
            .limit(5)
        )
        previous = [PreviousVisit(s.number, s.starts_at, s.attendees, s.n) for s in query]
    return BriefData(
        number=row.number,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        unit=rules.unit_label(row.unit_type, row.unit_subgroup),
        unit_name=row.unit_name or row.title,
        place=row.place,
        address=detail.address,
        town=row.town_name,
        target_group=detail.target_group,
        officials=detail.attending_officials,
        request=detail.request,
        open_cases=[_brief_case(c) for c in open_cases.objects()],
        resolved_cases=[_brief_case(c) for c in resolved.objects()],
        previous_visits=previous,
    )

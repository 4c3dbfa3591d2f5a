"""The figures the two programs are judged by, as SQL conditions on a case — defined here and nowhere else.

The briefing counts them (queries/briefing.py), `civicdesk stats` reports them, the monthly report
prints them and the case list filters by them (queries/figures.py), all from the same conditions, so
a number on screen and the list behind it cannot disagree.

When is a promise kept? The clocks are met when the resident is told the result (`result_at`): a
reply of purpose "result" or a mailed result letter (actions/cases.record_reply sets Case.result_at);
a receipt notice or an interim reply does not (법 제27조: the period is for processing, with the
result notified). The running-clock indexes (store/figure_indexes.py) and the list's next-due order
(store/list_indexes.running_due) are built on the same column, so list, briefing and stats agree.

Each measure has a base (the cases it judges) and the cases that met it; the share is met / base:
- promise_48h — texts, calls, QR forms, walk-ins: the result replied by the promise due time
  (48 hours from receipt, DOMAIN.md §1). Replied exactly at the 48-hour mark counts as kept.
- promise_14d — Mobile Mayor's Office suggestions: the result sent within 14 days of the session.
- statutory — the result by the statutory due time (민원처리법 제19조; working days, holidays skipped).
  For these three the base is every case whose clock is decided: answered (in time or late), or
  unanswered past its due time. A case still inside its period, unanswered, is not judged yet.
- monthly_update — open cases (monthly clock running) whose last update is within the month: the
  state now, of the cases received in the period.
- resolved_within_24h — civil complaints (생활민원) resolved within 24 hours of receipt; the base is
  every civil complaint resolved in 24 hours or already older than 24 hours.
- answered_by_team_leader — of the answered cases a department handled, those answered by a team
  leader or higher: the official the case is assigned to (who signs off the answer, DOMAIN.md §3) is
  marked "team leader or higher" (Official.is_responsible, 팀장 이상 책임자). A case answered with no
  official named counts in the base and not as met.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from civicdesk_gui.store.database import is_postgres
from civicdesk_gui.store.figure_indexes import hours_expression
from civicdesk_gui.store.models import Case, Category, Channel, Official

MEASURES = (
    "promise_48h",
    "promise_14d",
    "statutory",
    "monthly_update",
    "resolved_within_24h",
    "answered_by_team_leader",
)
SESSION_CHANNEL = "mobile_office"  # the 14-day promise (DOMAIN.md §1)
RESOLVED_WITHIN = dt.timedelta(hours=24)


def result_at() -> pw.Field:
    """When the resident was told the result (see the module docstring)."""
    return Case.result_at


def first_reply_at() -> pw.Field:
    return Case.first_reply_at


@dataclass(frozen=True)
class Measure:
    key: str
    base: pw.Node
    met: pw.Node

    @property
    def late(self) -> pw.Node:
        return self.base & ~self.met


def _id_of(model, code: str) -> pw.Node:
    # A scalar subquery: the same SQL on both back ends, evaluated once per statement.
    return model.select(model.id).where(model.code == code)


def _clock(key: str, due: pw.Field, applies: pw.Node, now: dt.datetime) -> Measure:
    told = result_at()
    decided = told.is_null(False) | (due < now)
    met = told.is_null(False) & (told <= due)
    return Measure(key, applies & due.is_null(False) & decided, applies & due.is_null(False) & met)


def within(later: pw.Field, earlier: pw.Field, span: dt.timedelta) -> pw.Node:
    """later <= earlier + span, in each back end's date arithmetic (both store wall-clock times)."""
    if is_postgres():
        return later <= earlier + pw.SQL(f"interval '{int(span.total_seconds())} seconds'")
    return later <= pw.fn.datetime(earlier, f"+{int(span.total_seconds())} seconds")


def measure(key: str, now: dt.datetime) -> Measure:
    session = _id_of(Channel, SESSION_CHANNEL)
    if key == "promise_48h":
        return _clock(key, Case.promise_due_at, Case.channel != session, now)
    if key == "promise_14d":
        return _clock(key, Case.promise_due_at, Case.channel == session, now)
    if key == "statutory":
        return _clock(key, Case.statutory_due_at, pw.SQL("1 = 1"), now)
    if key == "monthly_update":
        running = Case.update_due_at.is_null(False) & Case.closed_at.is_null()
        return Measure(key, running, running & (Case.update_due_at >= now))
    if key == "resolved_within_24h":
        complaint = Case.category == _id_of(Category, "civil_complaint")
        met = (
            complaint
            & (Case.classification == "resolved")
            & Case.closed_at.is_null(False)
            & within(Case.closed_at, Case.received_at, RESOLVED_WITHIN)
        )
        return Measure(key, complaint & (met | (Case.received_at <= now - RESOLVED_WITHIN)), met)
    if key == "answered_by_team_leader":
        base = result_at().is_null(False) & Case.department.is_null(False)
        leaders = Official.select(Official.id).where(Official.is_responsible == True)  # noqa: E712
        return Measure(key, base, base & Case.official.in_(leaders))
    raise ValueError(f"unknown measure {key!r}")


def all_measures(now: dt.datetime) -> dict[str, Measure]:
    return {key: measure(key, now) for key in MEASURES}


def promise_measure(now: dt.datetime) -> Measure:
    """Both promises together (48 hours and 14 days): the department table's compliance."""
    return _clock("promise", Case.promise_due_at, pw.SQL("1 = 1"), now)


def hours_between(later: pw.Field, earlier: pw.Field) -> pw.Node:
    """(later - earlier) in hours, as a number, in each back end's arithmetic (the expression the
    reply-time index is built on, store/figure_indexes.py)."""
    return hours_expression(later, earlier, postgres=is_postgres())

"""Coverage of the Mobile Mayor's Office for any period (DOMAIN.md §4: sessions held, citizens met,
towns covered, suggestions per session), for the morning briefing and reports to reuse."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from civicdesk_gui.domain import workflow
from civicdesk_gui.store.models import Case, Session, Town

COUNTED_STATES = ("held", "closed")  # a closed session was held first


@dataclass(frozen=True)
class SessionCoverage:
    start: dt.date
    end: dt.date
    sessions_held: int
    citizens_met: int
    towns_covered: int
    towns_total: int  # the configured (active) towns
    suggestions: int
    unit_mix: dict[str, int] = field(default_factory=dict)  # unit type -> sessions held

    @property
    def suggestions_per_session(self) -> float:
        return self.suggestions / self.sessions_held if self.sessions_held else 0.0

    @property
    def town_share(self) -> float:
        return self.towns_covered / self.towns_total if self.towns_total else 0.0


def session_coverage(start: dt.date, end: dt.date) -> SessionCoverage:
    """Figures for sessions held on days start..end inclusive."""
    low = dt.datetime.combine(start, dt.time.min)
    high = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
    held = (Session.state.in_(COUNTED_STATES)) & (Session.starts_at >= low) & (Session.starts_at < high)
    totals = (
        Session.select(
            pw.fn.COUNT(Session.id).alias("n"),
            pw.fn.COALESCE(pw.fn.SUM(Session.attendees), 0).alias("people"),
        )
        .where(held)
        .dicts()
        .get()
    )
    active_towns = Town.select(Town.id).where(Town.active == True)  # noqa: E712
    covered = (
        Session.select(pw.fn.COUNT(Session.town.distinct()))
        .where(held & Session.town.in_(active_towns))
        .scalar()
    ) or 0
    suggestions = (
        Case.select()
        .join(Session, on=(Case.session == Session.id))
        .where(held & (Case.status != workflow.WITHDRAWN))  # a suggestion entered by mistake is not one
        .count()
    )
    mix = {
        row["unit_type"]: row["n"]
        for row in Session.select(Session.unit_type, pw.fn.COUNT(Session.id).alias("n"))
        .where(held)
        .group_by(Session.unit_type)
        .dicts()
    }
    return SessionCoverage(
        start=start,
        end=end,
        sessions_held=totals["n"],
        citizens_met=int(totals["people"] or 0),
        towns_covered=covered,
        towns_total=active_towns.count(),
        suggestions=suggestions,
        unit_mix=mix,
    )

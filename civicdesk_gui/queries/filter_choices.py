"""The choices offered by the case list's filter bar: short reference lists, read in one go."""

from __future__ import annotations

from dataclasses import dataclass

from civicdesk_gui.store.models import Department, Official, Session, Town

RECENT_SESSIONS = 200  # the filter lists recent sessions; older ones are reached by search


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass(frozen=True)
class FilterChoices:
    departments: list[Choice]
    officials: list[Choice]
    towns: list[Choice]
    sessions: list[Choice]


def filter_choices() -> FilterChoices:
    departments = [
        Choice(d.id, d.name) for d in Department.select().where(Department.active).order_by(Department.name)
    ]
    officials = [
        Choice(o.id, f"{o.name} {o.rank} ({o.department.name})")
        for o in Official.select(Official, Department)
        .join(Department)
        .where(Official.active)
        .order_by(Official.name, Official.id)
    ]
    towns = [Choice(t.id, t.name) for t in Town.select().where(Town.active).order_by(Town.id)]
    sessions = [
        Choice(s.id, f"{s.number} {s.starts_at:%Y-%m-%d} {s.title or s.unit_name}".strip())
        for s in Session.select().order_by(Session.starts_at.desc()).limit(RECENT_SESSIONS)
    ]
    return FilterChoices(departments, officials, towns, sessions)

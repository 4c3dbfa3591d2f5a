"""Sessions made through the real actions (shared by the session tests)."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.actions import sessions as actions
from civicdesk_gui.store.models import Town


def town(name: str) -> int:
    return Town.get(Town.name == name).id


def three_sessions(actor) -> list[actions.SessionChange]:
    base = dt.datetime(2026, 4, 7, 14)
    made = []
    for offset, (name, unit, subgroup, place) in enumerate(
        [
            ("운정3동", "town", "", "운정3동 행정복지센터"),
            ("적성면", "professional", "ginseng", "인삼농협 회의실"),
            ("교하동", "youth", "", "청년센터 라운지"),
        ]
    ):
        start = base + dt.timedelta(days=offset)
        made.append(
            actions.schedule_session(
                starts_at=start,
                ends_at=start + dt.timedelta(hours=2),
                actor=actor,
                unit_type=unit,
                unit_subgroup=subgroup,
                unit_name=f"{name} 주민",
                town_id=town(name),
                place=place,
            )
        )
    return made

"""Coverage of the Mobile Mayor's Office for a period (DOMAIN.md §4), on both backends."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.actions import sessions as actions
from civicdesk_gui.actions.session_suggestions import Suggestion, record_suggestions
from civicdesk_gui.queries.session_figures import session_coverage
from civicdesk_gui.store.models import Town
from tests.session_samples import three_sessions


def test_coverage_figures(any_db, actor):
    made = three_sessions(actor)
    for change, people in zip(made[:2], (40, 25), strict=True):
        actions.record_held(
            session_id=change.session_id,
            attendees=people,
            minutes="",
            actor=actor,
            expected_version=1,
            at=dt.datetime(2026, 5, 1),
        )
    record_suggestions(
        session_id=made[0].session_id,
        suggestions=[Suggestion("보도블록 파손"), Suggestion("공원 화장실 개방 시간 연장")],
        actor=actor,
    )
    Town.update(active=False).where(Town.name == "군내면").execute()
    figures = session_coverage(dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    assert (figures.sessions_held, figures.citizens_met, figures.towns_covered) == (2, 65, 2)
    assert figures.towns_total == 19
    assert figures.suggestions == 2 and figures.suggestions_per_session == 1.0
    assert figures.unit_mix == {"town": 1, "professional": 1}
    assert session_coverage(dt.date(2026, 5, 1), dt.date(2026, 5, 31)).sessions_held == 0

"""Demo sessions: about 4–5 a month on working days, realistic units, held ones with attendance."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from civicdesk_gui.demo.sessions import generate_sessions
from civicdesk_gui.domain.clocks import is_working_day
from civicdesk_gui.store.models import Session, SessionRequest
from civicdesk_gui.store.sequences import peek_value


def test_generate_sessions(sqlite_db):
    today = dt.date.today()
    start, end = today - dt.timedelta(days=3 * 365), today + dt.timedelta(days=60)
    demo = generate_sessions(random.Random(7), start=start, end=end)
    sessions = list(Session.select())
    assert len(demo) == len(sessions)
    months = Counter((s.starts_at.year, s.starts_at.month) for s in sessions)
    assert 4 <= sum(months.values()) / len(months) <= 5
    assert all(is_working_day(s.starts_at.date()) for s in sessions)
    held = [s for s in sessions if s.state in ("held", "closed")]
    assert all(10 <= s.attendees <= 80 for s in held)
    assert {d.session_id for d in demo if d.held} == {s.id for s in held}
    assert any(s.state == "scheduled" and s.starts_at.date() >= today for s in sessions)
    assert not any(s.state == "scheduled" and s.starts_at.date() < today for s in sessions)
    assert SessionRequest.select().where(SessionRequest.state == "requested").count() >= 3
    names = {s.unit_name for s in sessions}
    assert {"양계 농가", "청년"} <= names or len(names) > 10
    assert len({s.ics_uid for s in sessions}) == len(sessions)
    assert (
        peek_value(f"session:{today.year}")
        == Session.select().where(Session.number.startswith(f"S{today.year}-")).count()
    )
    # A second run continues the numbering instead of colliding.
    more = generate_sessions(random.Random(8), start=today, end=today + dt.timedelta(days=30))
    assert len(more) > 0

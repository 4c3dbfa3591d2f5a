"""A Changes value crosses to another desk as one JSON line and comes back the same."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from civicdesk_gui.domain.changes import MANY, Changes, from_notice, to_notice

ids = st.one_of(st.just(MANY), st.frozensets(st.integers(1, 10**9), max_size=20))
names = st.frozensets(st.sampled_from(["city.name", "letter_templates", "users", "audit"]), max_size=3)


@given(ids, ids, ids, ids, ids, ids, ids, names, names)
def test_a_notice_round_trips(
    cases, history, letters, sessions, requests, surveys, outbox, settings, reference
):
    changes = Changes(
        cases=cases,
        case_history=history,
        letters=letters,
        sessions=sessions,
        session_requests=requests,
        surveys=surveys,
        outbox=outbox,
        settings=settings,
        reference=reference,
    )
    assert from_notice(to_notice(changes, "desk-1")) == (changes, "desk-1")


def test_a_notice_too_long_for_notify_says_many():
    changes = Changes.of(cases=range(1, 5000), settings=["city.name"])
    text = to_notice(changes, "desk-2")
    assert len(text.encode()) < 8000
    back, origin = from_notice(text)
    assert back.cases is MANY and back.touches_settings("anything") and origin == "desk-2"
    assert not back.touches_letters()

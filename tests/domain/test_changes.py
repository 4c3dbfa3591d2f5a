"""The Changes value: what an action says it touched, and how views ask about it."""

from __future__ import annotations

import pickle

from civicdesk_gui.domain.changes import MANY, NOTHING, Changes


def test_of_builds_id_sets_and_merging_keeps_both_sides():
    a = Changes.of(cases=[1, 2], letters=[7])
    b = Changes.of(cases=[2, 3], settings=["city.name"])
    merged = a | b
    assert merged.cases == frozenset({1, 2, 3})
    assert merged.letters == frozenset({7})
    assert merged.settings == frozenset({"city.name"})


def test_many_absorbs_any_id_set_and_touches_everything():
    merged = Changes.of(cases=[1]) | Changes.of(cases=MANY)
    assert merged.cases is MANY
    assert merged.touches_cases([999])
    assert merged.touches_cases()
    assert pickle.loads(pickle.dumps(MANY)) is MANY


def test_touches_only_what_overlaps():
    change = Changes.of(cases=[5])
    assert change.touches_cases([5, 6])
    assert not change.touches_cases([6])
    assert change.touches_cases()  # "any case"
    assert not change.touches_letters()
    assert not change.touches_sessions([5])


def test_nothing_is_false_and_anything_else_is_true():
    assert not NOTHING
    assert not Changes.of()
    assert Changes.of(reference=["letter_templates"])
    assert Changes.of(session_requests=[1])


def test_settings_match_by_key_or_prefix():
    change = Changes.of(settings=["city.mayor_title"])
    assert change.touches_settings()
    assert change.touches_settings("city.mayor_title")
    assert change.touches_settings("city.")
    assert not change.touches_settings("letters.")
    assert not Changes.of(cases=[1]).touches_settings()


def test_a_history_only_change_reaches_the_detail_but_not_the_lists():
    note = Changes.of(case_history=[4])
    assert note  # a history-only change is still a change: it is announced
    assert note.touches_case_history([4])
    assert not note.touches_case_history([5])
    assert not note.touches_cases([4])
    assert Changes.of(cases=[4]).touches_case_history([4])
    assert (note | Changes.of(cases=[9])).case_history == frozenset({4})

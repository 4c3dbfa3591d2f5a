"""The session state tables and the conflict rules (domain/sessions.py): no database, no Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from civicdesk_gui.domain import sessions as rules
from civicdesk_gui.errors import TransitionError, ValidationError


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("requested", "scheduled"),
        ("requested", "declined"),
        ("requested", "cancelled"),
        ("scheduled", "held"),
        ("held", "closed"),
        ("scheduled", "cancelled"),
    ],
)
def test_legal_request_transitions(current, target):
    rules.check_request_transition(current, target, reason="사유")


@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("requested", "held"),
        ("requested", "closed"),
        ("declined", "scheduled"),
        ("closed", "requested"),
        ("cancelled", "scheduled"),
        ("held", "declined"),
    ],
)
def test_illegal_request_transitions(current, target):
    with pytest.raises(TransitionError):
        rules.check_request_transition(current, target, reason="사유")


@pytest.mark.parametrize(
    ("current", "target"), [("scheduled", "held"), ("scheduled", "cancelled"), ("held", "closed")]
)
def test_legal_session_transitions(current, target):
    rules.check_session_transition(current, target, reason="우천")


@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("scheduled", "closed"),
        ("held", "cancelled"),
        ("held", "scheduled"),
        ("closed", "held"),
        ("cancelled", "held"),
    ],
)
def test_illegal_session_transitions(current, target):
    with pytest.raises(TransitionError):
        rules.check_session_transition(current, target, reason="우천")


def test_decline_and_cancel_need_a_reason():
    with pytest.raises(ValidationError) as declined:
        rules.check_request_transition("requested", "declined", reason="  ")
    assert declined.value.field == "reason"
    with pytest.raises(ValidationError):
        rules.check_session_transition("scheduled", "cancelled")


def test_unit_subgroups_belong_to_professional_groups():
    rules.check_unit("professional", "ginseng")
    rules.check_unit("youth")
    with pytest.raises(ValidationError):
        rules.check_unit("youth", "poultry")
    with pytest.raises(ValidationError):
        rules.check_unit("choir")
    assert rules.unit_label("professional", "dairy") == "직능 단체 · 낙농 협회"


def test_session_numbers():
    assert rules.format_session_number(2026, 12) == "S2026-0012"


def kinds(found):
    return sorted(c.kind for c in found)


def test_overlap_is_a_double_booking_even_in_the_same_town():
    a = rules.Slot(1, at(10, 14), at(10, 16), town_id=3, label="S2026-0001")
    b = rules.Slot(None, at(10, 15), at(10, 17), town_id=3)
    found = rules.find_conflicts(b, [a], travel_buffer_minutes=30)
    assert kinds(found) == ["overlap"]
    assert found[0].other == a


def test_back_to_back_in_the_same_town_needs_no_travel():
    a = rules.Slot(1, at(10, 14), at(10, 16), town_id=3)
    b = rules.Slot(None, at(10, 16), at(10, 17), town_id=3)
    assert rules.find_conflicts(b, [a], travel_buffer_minutes=30) == []


def test_travel_buffer_between_towns_is_the_parameter():
    a = rules.Slot(1, at(10, 14), at(10, 16), town_id=3)
    b = rules.Slot(None, at(10, 16, 20), at(10, 18), town_id=7)
    assert kinds(rules.find_conflicts(b, [a], travel_buffer_minutes=30)) == ["travel"]
    assert rules.find_conflicts(b, [a], travel_buffer_minutes=20) == []
    # The buffer applies in both directions: the new session before the existing one.
    c = rules.Slot(None, at(10, 12), at(10, 13, 45), town_id=7)
    assert kinds(rules.find_conflicts(c, [a], travel_buffer_minutes=30)) == ["travel"]


def test_unknown_town_is_treated_as_elsewhere():
    a = rules.Slot(1, at(10, 14), at(10, 16), town_id=None)
    b = rules.Slot(None, at(10, 16, 10), at(10, 17), town_id=3)
    assert kinds(rules.find_conflicts(b, [a], travel_buffer_minutes=30)) == ["travel"]


def test_conflicts_across_midnight():
    late = rules.Slot(1, at(10, 22), at(11, 0, 30), town_id=3)  # runs past midnight
    early = rules.Slot(None, at(11, 0, 0), at(11, 1, 0), town_id=3)
    assert kinds(rules.find_conflicts(early, [late], travel_buffer_minutes=30)) == ["overlap"]
    elsewhere = rules.Slot(None, at(11, 0, 45), at(11, 2), town_id=9)
    assert kinds(rules.find_conflicts(elsewhere, [late], travel_buffer_minutes=30)) == ["travel"]
    assert rules.find_conflicts(elsewhere, [late], travel_buffer_minutes=15) == []


def test_holidays_are_reported_including_the_day_after_midnight():
    # 2026-03-01 삼일절 (a Sunday), 2026-03-02 its substitute holiday; 2026-03-03 a working day.
    on_holiday = rules.Slot(None, at(2, 14), at(2, 16), town_id=3)
    assert kinds(rules.find_conflicts(on_holiday, [], travel_buffer_minutes=30)) == ["holiday"]
    into_holiday = rules.Slot(None, at(28, 23, month=2), at(1, 0, 30), town_id=3)
    found = rules.find_conflicts(into_holiday, [], travel_buffer_minutes=30)
    assert kinds(found) == ["holiday"] and "2026-03-01" in found[0].message
    working = rules.Slot(None, at(3, 14), at(3, 16), town_id=3)
    assert rules.find_conflicts(working, [], travel_buffer_minutes=30) == []


def test_a_session_does_not_conflict_with_itself_and_marks_cover_both_sides():
    a = rules.Slot(1, at(10, 14), at(10, 16), town_id=3)
    b = rules.Slot(2, at(10, 16, 10), at(10, 17), town_id=4)
    c = rules.Slot(3, at(12, 14), at(12, 16), town_id=4)
    assert rules.find_conflicts(a, [a], travel_buffer_minutes=30) == []
    marks = rules.marks_for([a, b, c], travel_buffer_minutes=30)
    assert set(marks) == {1, 2}


def test_times_must_make_sense():
    with pytest.raises(ValidationError):
        rules.check_times(at(10, 16), at(10, 14))
    with pytest.raises(ValidationError):
        rules.check_times(at(10, 8), at(10, 22))

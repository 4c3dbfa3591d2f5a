"""Session requests and sessions through the actions, on SQLite and PostgreSQL: transitions, history,
conflict confirmation, optimistic versions, and suggestions becoming linked cases."""

from __future__ import annotations

import datetime as dt

import pytest

from civicdesk_gui.actions import sessions as actions
from civicdesk_gui.actions.session_suggestions import Suggestion, record_suggestions
from civicdesk_gui.errors import ConflictError, TransitionError, ValidationError
from civicdesk_gui.queries.sessions import pending_requests, session_cases, session_history, session_of_case
from civicdesk_gui.store.models import Case, Session, SessionEvent, SessionRequest, Town

START = dt.datetime(2026, 3, 10, 14, 0)
END = dt.datetime(2026, 3, 10, 16, 0)


def town(name: str) -> int:
    return Town.get(Town.name == name).id


def schedule(actor, **kwargs):
    values = {
        "starts_at": START,
        "ends_at": END,
        "actor": actor,
        "unit_type": "town",
        "town_id": town("운정3동"),
    }
    values.update(kwargs)
    return actions.schedule_session(**values)


def test_request_scheduled_held_closed_follows_the_session(actor):
    request = actions.request_session(
        requested_by="운정3동 주민자치회장 김민수",
        unit_type="professional",
        unit_subgroup="ginseng",
        unit_name="인삼 재배 농가",
        town_id=town("적성면"),
        expected_attendance=40,
        actor=actor,
        via_office="적성면 행정복지센터",
        preferred_dates="3월 둘째 주 오후",
    )
    assert [r.id for r in pending_requests()] == [request.request_id]
    change = actions.schedule_session(
        starts_at=START, ends_at=END, actor=actor, request_id=request.request_id, request_expected_version=1
    )
    session = Session.get_by_id(change.session_id)
    assert change.number == "S2026-0001"
    assert (session.unit_type, session.unit_subgroup, session.unit_name) == (
        "professional",
        "ginseng",
        "인삼 재배 농가",
    )
    assert session.town_id == town("적성면") and session.ics_uid.endswith("@civicdesk")
    assert SessionRequest.get_by_id(request.request_id).state == "scheduled"
    assert pending_requests() == []
    actions.record_held(
        session_id=session.id,
        attendees=42,
        minutes="주요 건의 청취",
        actor=actor,
        expected_version=1,
        at=dt.datetime(2026, 3, 10, 17),
    )
    assert SessionRequest.get_by_id(request.request_id).state == "held"
    actions.close_session(session_id=session.id, actor=actor, expected_version=2)
    assert Session.get_by_id(session.id).state == "closed"
    assert SessionRequest.get_by_id(request.request_id).state == "closed"
    assert [e.kind for e in session_history(session_id=session.id)] == ["schedule", "held", "close"]
    assert [e.kind for e in session_history(request_id=request.request_id)] == [
        "request",
        "schedule",
        "held",
        "close",
    ]


def test_illegal_steps_are_refused_and_write_nothing(actor):
    change = schedule(actor)
    with pytest.raises(TransitionError):
        actions.close_session(session_id=change.session_id, actor=actor, expected_version=1)
    with pytest.raises(ValidationError):  # not before it starts
        actions.record_held(
            session_id=change.session_id,
            attendees=10,
            minutes="",
            actor=actor,
            expected_version=1,
            at=START - dt.timedelta(days=1),
        )
    with pytest.raises(ValidationError):
        actions.cancel_session(session_id=change.session_id, reason=" ", actor=actor, expected_version=1)
    assert Session.get_by_id(change.session_id).version == 1
    assert SessionEvent.select().count() == 1


def test_decline_and_cancel_requests_with_reasons(actor):
    first = actions.request_session(requested_by="청년회", unit_type="youth", actor=actor)
    second = actions.request_session(requested_by="학부모회", unit_type="parents", actor=actor)
    actions.decline_request(
        request_id=first.request_id, reason="같은 달 동일 단위 개최", actor=actor, expected_version=1
    )
    actions.cancel_request(
        request_id=second.request_id, reason="신청인 철회", actor=actor, expected_version=1
    )
    assert SessionRequest.get_by_id(first.request_id).state_reason == "같은 달 동일 단위 개최"
    with pytest.raises(TransitionError):
        actions.schedule_session(starts_at=START, ends_at=END, actor=actor, request_id=first.request_id)
    assert Session.select().count() == 0


def test_cancelling_a_session_cancels_its_request(actor):
    request = actions.request_session(
        requested_by="낙농 협회", unit_type="professional", unit_subgroup="dairy", actor=actor
    )
    change = actions.schedule_session(
        starts_at=START, ends_at=END, actor=actor, request_id=request.request_id
    )
    actions.cancel_session(
        session_id=change.session_id, reason="구제역 방역", actor=actor, expected_version=1
    )
    assert SessionRequest.get_by_id(request.request_id).state == "cancelled"


def test_conflicts_need_confirmation(actor):
    schedule(actor)
    with pytest.raises(actions.SessionConflictError) as refused:
        schedule(
            actor,
            starts_at=END + dt.timedelta(minutes=10),
            ends_at=END + dt.timedelta(hours=1),
            town_id=town("문산읍"),
        )
    assert [c.kind for c in refused.value.conflicts] == ["travel"]
    assert Session.select().count() == 1
    confirmed = schedule(
        actor,
        starts_at=END + dt.timedelta(minutes=10),
        ends_at=END + dt.timedelta(hours=1),
        town_id=town("문산읍"),
        confirm_conflicts=True,
    )
    assert confirmed.number == "S2026-0002" and confirmed.conflicts[0].kind == "travel"
    # A larger buffer preference turns an acceptable gap into a conflict.
    later = END + dt.timedelta(minutes=100)
    schedule(
        actor,
        starts_at=later + dt.timedelta(hours=1),
        ends_at=later + dt.timedelta(hours=2),
        town_id=town("파평면"),
        travel_buffer_minutes=30,
    )
    with pytest.raises(actions.SessionConflictError):
        schedule(
            actor,
            starts_at=later + dt.timedelta(hours=3),
            ends_at=later + dt.timedelta(hours=4),
            town_id=town("교하동"),
            travel_buffer_minutes=90,
        )


def test_cancelled_sessions_free_the_slot(actor):
    first = schedule(actor)
    actions.cancel_session(session_id=first.session_id, reason="일정 변경", actor=actor, expected_version=1)
    assert schedule(actor).conflicts == []


def test_reschedule_moves_with_history_and_detects_stale_versions(actor):
    change = schedule(actor)
    moved = actions.reschedule_session(
        session_id=change.session_id,
        starts_at=START + dt.timedelta(days=1),
        ends_at=END + dt.timedelta(days=1),
        actor=actor,
        expected_version=1,
        place="운정3동 행정복지센터",
    )
    session = Session.get_by_id(change.session_id)
    assert moved.kind == "reschedule" and moved.version == 2
    assert session.starts_at == START + dt.timedelta(days=1) and session.place == "운정3동 행정복지센터"
    with pytest.raises(ConflictError):
        actions.reschedule_session(
            session_id=change.session_id, starts_at=START, ends_at=END, actor=actor, expected_version=1
        )
    assert Session.get_by_id(change.session_id).starts_at == START + dt.timedelta(days=1)
    edited = actions.reschedule_session(
        session_id=change.session_id,
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        actor=actor,
        expected_version=2,
        target_group="주민자치회",
    )
    assert edited.kind == "edit"


def test_held_sessions_cannot_move(actor):
    change = schedule(actor)
    actions.record_held(
        session_id=change.session_id, attendees=20, minutes="", actor=actor, expected_version=1, at=END
    )
    with pytest.raises(ValidationError):
        actions.reschedule_session(
            session_id=change.session_id,
            starts_at=START + dt.timedelta(days=1),
            ends_at=END + dt.timedelta(days=1),
            actor=actor,
            expected_version=2,
        )


def test_suggestions_become_linked_cases_with_the_session_clock(actor):
    change = schedule(actor)
    with pytest.raises(ValidationError):  # not held yet
        record_suggestions(session_id=change.session_id, suggestions=[Suggestion("가로등 교체")], actor=actor)
    actions.record_held(
        session_id=change.session_id, attendees=35, minutes="", actor=actor, expected_version=1, at=END
    )
    results = record_suggestions(
        session_id=change.session_id,
        suggestions=[
            Suggestion("놀이터 바닥 매트 교체 요청", "김영희", "01012345678", "civil_complaint"),
            Suggestion("", "", ""),  # the grid's trailing blank row
            Suggestion("마을버스 증차 건의", "박철수", "010-2222-3333", "policy_suggestion"),
        ],
        actor=actor,
        at=dt.datetime(2026, 3, 11, 9),
    ).results
    assert len(results) == 2
    cases = list(Case.select().where(Case.session == change.session_id).order_by(Case.id))
    assert [c.channel.code for c in cases] == ["mobile_office", "mobile_office"]
    assert all(c.received_at == START for c in cases)
    assert all(c.promise_due_at == START + dt.timedelta(days=14) for c in cases)
    assert all(c.town_id == town("운정3동") for c in cases)
    assert [r.number for r in session_cases(change.session_id)] == [c.number for c in cases]
    linked = session_of_case(cases[0].id)
    assert linked.number == change.number and linked.town_name == "운정3동"
    assert session_history(session_id=change.session_id)[-1].kind == "suggestions"


def test_a_row_without_text_stops_the_whole_save(actor):
    change = schedule(actor)
    actions.record_held(
        session_id=change.session_id, attendees=35, minutes="", actor=actor, expected_version=1, at=END
    )
    with pytest.raises(ValidationError) as error:
        record_suggestions(
            session_id=change.session_id,
            suggestions=[Suggestion("보도 정비"), Suggestion("", "이민정", "010-1111-2222")],
            actor=actor,
        )
    assert "이민정" in str(error.value)
    assert Case.select().count() == 0

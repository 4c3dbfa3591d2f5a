"""Every action says exactly what it wrote (DESIGN.md §1): the `changes` of its result, on SQLite and
PostgreSQL. The GUI's runner announces these, so a missing id is a view that does not refresh and an
extra one is a view that reloads for nothing."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.actions import cases as case_actions
from civicdesk_gui.actions import sessions as session_actions
from civicdesk_gui.actions.letter_batch import issue_pending_letters
from civicdesk_gui.actions.letters import (
    issue_letter,
    save_city_settings,
    save_letter_template,
    void_letter,
)
from civicdesk_gui.actions.session_import import import_ics_sessions
from civicdesk_gui.actions.session_suggestions import Suggestion, record_suggestions
from civicdesk_gui.documents.session_ics import export_ics, parse_ics
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.queries.letters import letter_draft
from civicdesk_gui.queries.sessions import ics_sessions
from civicdesk_gui.store.models import Agency, Case, Department, Official, Session
from tests.letter_helpers import make_letter_case
from tests.session_samples import three_sessions, town

T0 = dt.datetime(2026, 3, 9, 10, 0)
START = dt.datetime(2026, 3, 10, 14, 0)
END = dt.datetime(2026, 3, 10, 16, 0)


def _version(case_id: int) -> int:
    return Case.get_by_id(case_id).version


def _intake(actor, **kwargs):
    values = {
        "channel": "text",
        "text": "가로등이 꺼졌습니다",
        "category": "civil_complaint",
        "received_at": T0,
    }
    return case_actions.intake_case(actor=actor, at=T0, **{**values, **kwargs})


# ---------------------------------------------------------------------------------------- cases


def test_an_intake_declares_the_new_case_and_the_session_it_was_raised_at(actor):
    plain = _intake(actor)
    assert plain.changes == Changes.of(cases={plain.case_id})
    session = _schedule(actor)
    linked = _intake(actor, channel="mobile_office", session_id=session.session_id)
    assert linked.changes == Changes.of(cases={linked.case_id}, sessions={session.session_id})


def test_each_case_action_declares_its_case(actor):
    roads = Department.select().order_by(Department.id).first()
    lead = Official.create(name="김도로", rank="팀장", department=roads, is_responsible=True)
    police = Agency.get(Agency.name == "파주경찰서")
    case_id = _intake(actor).case_id
    other_id = _intake(actor, text="공원 화장실이 더럽습니다").case_id
    only_the_case = Changes.of(cases={case_id})

    def check(change):
        assert change.case_id == case_id
        assert change.changes == only_the_case, change.kind

    check(
        case_actions.route_case(case_id=case_id, department_id=roads.id, actor=actor, expected_version=None)
    )
    check(
        case_actions.assign_official(case_id=case_id, official_id=lead.id, actor=actor, expected_version=None)
    )
    note = case_actions.add_note(case_id=case_id, text="현장 확인 예정", actor=actor)
    assert note.changes == Changes.of(case_history={case_id})  # history only: no list reloads
    check(
        case_actions.record_progress(case_id=case_id, text="업체 섭외 중", actor=actor, expected_version=None)
    )
    check(
        case_actions.record_reply(
            case_id=case_id, method="sms", text="접수했습니다", actor=actor, expected_version=None
        )
    )
    check(
        case_actions.set_category(
            case_id=case_id, category="policy_suggestion", actor=actor, expected_version=None
        )
    )
    check(
        case_actions.classify_case(
            case_id=case_id,
            classification="long_term_review",
            reason_code="large_budget",
            reason_text="사업비가 큽니다",
            actor=actor,
            expected_version=None,
        )
    )
    check(
        case_actions.set_next_review(
            case_id=case_id, review_on=dt.date(2026, 9, 1), actor=actor, expected_version=None
        )
    )
    check(case_actions.reopen_case(case_id=case_id, reason="예산 확보", actor=actor, expected_version=None))
    check(
        case_actions.refer_case(
            case_id=case_id, agency_id=police.id, note="경찰서 소관", actor=actor, expected_version=None
        )
    )
    assert Case.get_by_id(other_id).version == 1  # nothing else was written


def test_start_review_declares_its_case(actor):
    roads = Department.select().order_by(Department.id).first()
    case_id = _intake(actor, department_id=roads.id).case_id
    change = case_actions.start_review(case_id=case_id, actor=actor, expected_version=None)
    assert change.changes == Changes.of(cases={case_id})


def test_marking_a_duplicate_declares_the_case_and_the_originals_history(actor):
    original = _intake(actor).case_id
    repeat = _intake(actor, text="가로등이 또 꺼졌어요").case_id
    change = case_actions.mark_duplicate(
        case_id=repeat, original_id=original, actor=actor, expected_version=_version(repeat)
    )
    # The repeat's row changes; the original only gains a history event ("duplicated by").
    assert change.changes == Changes.of(cases={repeat}, case_history={original})


# ---------------------------------------------------------------------------------------- letters


def _issue(case_id, actor, **kwargs):
    draft = letter_draft(case_id, "ko")
    return issue_letter(
        case_id=case_id,
        actor=actor,
        expected_version=draft.case_version,
        language="ko",
        subject=draft.subject,
        body=draft.body,
        **kwargs,
    )


def test_issuing_declares_the_letter_and_its_case_and_a_correction_the_replaced_letter(actor):
    case_id = make_letter_case(actor)
    first = _issue(case_id, actor)
    assert first.changes == Changes.of(letters={first.letter_id}, cases={case_id})
    corrected = _issue(case_id, actor, replaces_letter_id=first.letter_id, void_reason="주소 오기")
    assert corrected.changes == Changes.of(letters={corrected.letter_id, first.letter_id}, cases={case_id})


def test_voiding_declares_the_letter_and_its_case(actor):
    case_id = make_letter_case(actor)
    issued = _issue(case_id, actor)
    voided = void_letter(letter_id=issued.letter_id, reason="수신인 성명 오기", actor=actor)
    assert (voided.letter_id, voided.case_id, voided.register_number) == (
        issued.letter_id,
        case_id,
        issued.register_number,
    )
    assert voided.changes == Changes.of(letters={issued.letter_id}, cases={case_id})


def test_a_batch_declares_every_issued_letter_and_case_and_nothing_it_failed(actor):
    first = make_letter_case(actor)
    second = make_letter_case(actor, name="박철수")
    failing = make_letter_case(actor, name="부서 없음")
    Case.update(department=None).where(Case.id == failing).execute()
    result = issue_pending_letters([first, failing, second], actor=actor)
    assert len(result.issued) == 2 and len(result.failed) == 1
    assert result.changes == Changes.of(
        letters={letter.letter_id for letter in result.issued}, cases={first, second}
    )
    assert not issue_pending_letters([first, second], actor=actor).changes  # all issued already


def test_saving_a_letter_template_declares_the_templates(admin):
    actor = admin  # templates and the letterhead are the administrator's
    saved = save_letter_template(
        kind="long_term_review",
        language="ko",
        subject="회신",
        body="{resident_name} 님",
        actor=actor,
        expected_version=0,
    )
    assert (saved.kind, saved.language, saved.version) == ("long_term_review", "ko", 1)
    # The template, and the audit log that records who changed it.
    assert saved.changes == Changes.of(reference={"letter_templates", "audit"})
    again = save_letter_template(
        kind="long_term_review",
        language="ko",
        subject="회신",
        body="{resident_name} 님께",
        actor=actor,
        expected_version=1,
    )
    assert again.version == 2


def test_saving_city_settings_declares_the_keys_saved(admin):
    actor = admin  # templates and the letterhead are the administrator's
    saved = save_city_settings(values={"city.name": "고양시", "city.phone": "031-909-9000"}, actor=actor)
    assert saved.settings == {"city.name", "city.phone"}
    assert saved.changes == Changes.of(settings={"city.name", "city.phone"}, reference={"audit"})
    assert saved.changes.touches_settings("city.") and not saved.changes.touches_settings("letters.")


# ---------------------------------------------------------------------------------------- sessions


def _request(actor):
    return session_actions.request_session(
        requested_by="운정3동 주민자치회장 김민수", unit_type="town", town_id=town("운정3동"), actor=actor
    )


def _schedule(actor, **kwargs):
    values = {
        "starts_at": START,
        "ends_at": END,
        "actor": actor,
        "unit_type": "town",
        "town_id": town("운정3동"),
    }
    return session_actions.schedule_session(**{**values, **kwargs})


def test_request_actions_declare_the_request(actor):
    first, second = _request(actor), _request(actor)
    assert first.changes == Changes.of(session_requests={first.request_id})
    declined = session_actions.decline_request(
        request_id=first.request_id, reason="일정 없음", actor=actor, expected_version=None
    )
    assert declined.changes == Changes.of(session_requests={first.request_id})
    cancelled = session_actions.cancel_request(
        request_id=second.request_id, reason="요청 철회", actor=actor, expected_version=None
    )
    assert cancelled.changes == Changes.of(session_requests={second.request_id})


def test_scheduling_from_a_request_declares_both_and_the_session_keeps_declaring_its_request(actor):
    request = _request(actor)
    scheduled = _schedule(actor, request_id=request.request_id, unit_type=None, town_id=None)
    both = Changes.of(sessions={scheduled.session_id}, session_requests={request.request_id})
    assert scheduled.changes == both
    moved = session_actions.reschedule_session(
        session_id=scheduled.session_id,
        starts_at=START + dt.timedelta(hours=1),
        ends_at=END + dt.timedelta(hours=1),
        actor=actor,
        expected_version=None,
    )
    assert moved.changes == Changes.of(sessions={scheduled.session_id})  # the request is not written
    held = session_actions.record_held(
        session_id=scheduled.session_id, attendees=30, minutes="", actor=actor, expected_version=None, at=END
    )
    assert held.changes == both  # the request follows: held
    closed = session_actions.close_session(
        session_id=scheduled.session_id, actor=actor, expected_version=None
    )
    assert closed.changes == both


def test_a_session_without_a_request_declares_only_itself(actor):
    scheduled = _schedule(actor)
    assert scheduled.changes == Changes.of(sessions={scheduled.session_id})
    cancelled = session_actions.cancel_session(
        session_id=scheduled.session_id, reason="우천", actor=actor, expected_version=None
    )
    assert cancelled.changes == Changes.of(sessions={scheduled.session_id})


def test_cancelling_a_requested_session_declares_its_request(actor):
    request = _request(actor)
    scheduled = _schedule(actor, request_id=request.request_id)
    cancelled = session_actions.cancel_session(
        session_id=scheduled.session_id, reason="우천", actor=actor, expected_version=None
    )
    assert cancelled.changes == Changes.of(
        sessions={scheduled.session_id}, session_requests={request.request_id}
    )


def test_recorded_suggestions_declare_the_new_cases_and_the_session(actor):
    scheduled = _schedule(actor)
    session_actions.record_held(
        session_id=scheduled.session_id, attendees=12, minutes="", actor=actor, expected_version=None, at=END
    )
    recorded = record_suggestions(
        session_id=scheduled.session_id,
        suggestions=[
            Suggestion("놀이터 바닥 매트 교체 요청"),
            Suggestion(""),
            Suggestion("마을버스 증차 건의"),
        ],
        actor=actor,
    )
    new_ids = {c.id for c in Case.select().where(Case.session == scheduled.session_id)}
    assert len(recorded.results) == 2 and {r.case_id for r in recorded.results} == new_ids
    assert recorded.changes == Changes.of(cases=new_ids, sessions={scheduled.session_id})


def test_a_calendar_import_declares_the_sessions_it_created_moved_or_cancelled(actor):
    kept, moved, cancelled = three_sessions(actor)
    events = {e.uid: e for e in parse_ics(export_ics(ics_sessions())).events}
    assert not import_ics_sessions(events=list(events.values()), actor=actor).changes  # nothing changed
    uid = {m.session_id: Session.get_by_id(m.session_id).ics_uid for m in (kept, moved, cancelled)}
    hour = dt.timedelta(hours=1)
    old = events[uid[moved.session_id]]
    events[old.uid] = type(old)(
        **{**vars(old), "starts_at": old.starts_at + hour, "ends_at": old.ends_at + hour}
    )
    old = events[uid[cancelled.session_id]]
    events[old.uid] = type(old)(**{**vars(old), "cancelled": True})
    new = type(old)(uid="office-77@city.example", starts_at=START, ends_at=END, summary="이동시장실: 9단지")
    report = import_ics_sessions(events=[*events.values(), new], actor=actor)
    created = Session.get(Session.ics_uid == "office-77@city.example").id
    assert (len(report.created), len(report.updated), len(report.unchanged)) == (1, 2, 1)
    assert report.changes == Changes.of(sessions={moved.session_id, cancelled.session_id, created})

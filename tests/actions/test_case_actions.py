"""The case actions: one transaction and one history event each, the transition table enforced,
stale writes refused, numbers and clocks kept right."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest

from civicdesk_gui.actions import cases as actions
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.vocabulary import CLASSIFICATIONS
from civicdesk_gui.errors import ConflictError, TransitionError, ValidationError
from civicdesk_gui.store.models import Agency, Case, CaseEvent, Department, Official

D = dt.datetime
T0 = D(2026, 3, 9, 10, 0)  # a Monday
STATES = ["received", "routed", "in_review", *CLASSIFICATIONS]
PAIRS = list(itertools.product(STATES, STATES))
LEGAL = [(a, b) for a, b in PAIRS if b in workflow.TRANSITIONS.get(a, ())]
# No action leads back to "received", so those pairs are covered by tests/domain/test_workflow.py alone.
ILLEGAL = [(a, b) for a, b in PAIRS if b not in workflow.TRANSITIONS.get(a, ()) and b != "received"]


class Office:
    """Reference rows the tests act on: two departments with a responsible official each, an agency."""

    def __init__(self):
        self.roads, self.parks = Department.select().order_by(Department.id).limit(2)
        self.roads_lead = Official.create(
            name="김도로", rank="팀장", department=self.roads, is_responsible=True
        )
        self.parks_lead = Official.create(
            name="이공원", rank="과장", department=self.parks, is_responsible=True
        )
        self.police = Agency.get(Agency.name == "파주경찰서")


@pytest.fixture
def office(actor):
    return Office()


@pytest.fixture
def sqlite_office(sqlite_db):
    return Office(), ensure_user("tester", display_name="시험 사용자")


def _case(case_id: int) -> Case:
    return Case.get_by_id(case_id)


def _state(case_id: int) -> str:
    case = _case(case_id)
    return workflow.state_of(case.status, case.classification)


def _events(case_id: int) -> int:
    return CaseEvent.select().where(CaseEvent.case == case_id).count()


def _intake(actor, **kwargs) -> int:
    defaults = {
        "channel": "text",
        "text": "가로등이 꺼졌습니다",
        "category": "civil_complaint",
        "received_at": T0,
    }
    return actions.intake_case(actor=actor, at=T0, **{**defaults, **kwargs}).case_id


def _classify(case_id: int, target: str, actor, office: Office, at=None):
    extra = {}
    if target in workflow.REASON_REQUIRED:
        extra = {"reason_code": "large_budget", "reason_text": "사업비가 큽니다"}
    if target == "referred":
        extra = {"agency_id": office.police.id}
    return actions.classify_case(
        case_id=case_id,
        classification=target,
        actor=actor,
        expected_version=_case(case_id).version,
        at=at,
        **extra,
    )


def _bring_to(state: str, actor, office: Office) -> int:
    """A case in `state`, reached through the actions along the normal path."""
    case_id = _intake(actor, category="gratitude" if state == "acknowledged" else "civil_complaint")
    if state in ("received", "acknowledged"):
        if state == "acknowledged":
            _classify(case_id, "acknowledged", actor, office)
        return case_id
    actions.route_case(case_id=case_id, department_id=office.roads.id, actor=actor, expected_version=1)
    if state == "routed":
        return case_id
    actions.assign_official(
        case_id=case_id, official_id=office.roads_lead.id, actor=actor, expected_version=2
    )
    if state != "in_review":
        _classify(case_id, state, actor, office)
    assert _state(case_id) == state
    return case_id


def _act_towards(target: str, case_id: int, actor, office: Office):
    """The action a user takes to move a case to `target`."""
    version = _case(case_id).version
    current = _state(case_id)
    if target == "routed":
        return actions.route_case(
            case_id=case_id, department_id=office.parks.id, actor=actor, expected_version=version
        )
    if target == "in_review":
        if current in CLASSIFICATIONS:
            return actions.reopen_case(
                case_id=case_id, reason="주민이 다시 요청", actor=actor, expected_version=version
            )
        return actions.start_review(case_id=case_id, actor=actor, expected_version=version)
    return _classify(case_id, target, actor, office)


@pytest.mark.parametrize(("current", "target"), LEGAL)
def test_every_legal_transition_through_the_actions(sqlite_office, current, target):
    office, actor = sqlite_office
    case_id = _bring_to(current, actor, office)
    before_events, before_version = _events(case_id), _case(case_id).version
    change = _act_towards(target, case_id, actor, office)
    assert _state(case_id) == target
    assert _events(case_id) == before_events + 1
    assert change.version == _case(case_id).version == before_version + 1
    event = CaseEvent.select().where(CaseEvent.case == case_id).order_by(CaseEvent.id.desc()).get()
    assert json.loads(event.before)["state"] == current
    assert json.loads(event.after)["state"] == target


@pytest.mark.parametrize(("current", "target"), ILLEGAL)
def test_every_illegal_transition_is_refused_by_the_actions(sqlite_office, current, target):
    office, actor = sqlite_office
    case_id = _bring_to(current, actor, office)
    before = _case(case_id).__data__.copy()
    before_events = _events(case_id)
    with pytest.raises(TransitionError):
        _act_towards(target, case_id, actor, office)
    assert _case(case_id).__data__ == before
    assert _events(case_id) == before_events


def test_reopen_is_only_for_cases_with_an_outcome(sqlite_office):
    office, actor = sqlite_office
    case_id = _bring_to("routed", actor, office)
    with pytest.raises(TransitionError) as caught:
        actions.reopen_case(case_id=case_id, reason="다시", actor=actor, expected_version=2)
    assert "only a classified case can be reopened" in str(caught.value)


def test_each_action_writes_one_history_event(office, actor):
    case_id = _intake(actor, submitter_phone="010-2222-3333")
    assert _events(case_id) == 1
    steps = [
        lambda v: actions.route_case(
            case_id=case_id, department_id=office.roads.id, actor=actor, expected_version=v
        ),
        lambda v: actions.assign_official(
            case_id=case_id, official_id=office.roads_lead.id, actor=actor, expected_version=v
        ),
        lambda v: actions.add_note(case_id=case_id, text="현장 확인 예정", actor=actor),
        lambda v: actions.record_progress(
            case_id=case_id, text="업체 섭외 중", actor=actor, expected_version=v
        ),
        lambda v: actions.record_reply(
            case_id=case_id, method="sms", text="다음 주 교체합니다", actor=actor, expected_version=v
        ),
        lambda v: actions.set_category(case_id=case_id, category="safety", actor=actor, expected_version=v),
        lambda v: actions.classify_case(
            case_id=case_id,
            classification="long_term_review",
            reason_code="large_budget",
            reason_text="예산 과다",
            actor=actor,
            expected_version=v,
        ),
        lambda v: actions.set_next_review(
            case_id=case_id, review_on=dt.date(2026, 9, 1), actor=actor, expected_version=v
        ),
        lambda v: actions.reopen_case(case_id=case_id, reason="예산 확보", actor=actor, expected_version=v),
        lambda v: actions.refer_case(
            case_id=case_id,
            agency_id=office.police.id,
            note="신호등은 경찰 소관",
            actor=actor,
            expected_version=v,
        ),
    ]
    kinds = []
    for step in steps:
        before = _events(case_id)
        change = step(_case(case_id).version)
        assert _events(case_id) == before + 1, change.kind
        kinds.append(change.kind)
    assert kinds == [
        "route", "assign", "note", "progress", "reply", "categorise", "classify", "next_review", "reopen", "refer",
    ]  # fmt: skip
    other = _intake(actor, submitter_phone="010-2222-3333")
    before_case, before_other = _events(case_id), _events(other)
    actions.mark_duplicate(case_id=other, original_id=case_id, actor=actor, expected_version=1)
    # One event on each case the link touches.
    assert (_events(case_id), _events(other)) == (before_case + 1, before_other + 1)


def test_a_stale_write_is_refused_naming_who_and_when(office, actor):
    colleague = ensure_user("soutong.park", display_name="박은지")
    case_id = _intake(actor)
    opened_version = _case(case_id).version
    actions.route_case(
        case_id=case_id,
        department_id=office.parks.id,
        actor=colleague,
        expected_version=opened_version,
        at=D(2026, 3, 9, 10, 42),
    )
    events = _events(case_id)
    with pytest.raises(ConflictError) as caught:
        actions.route_case(
            case_id=case_id, department_id=office.roads.id, actor=actor, expected_version=opened_version
        )
    error = caught.value
    assert "박은지" in str(error) and "2026-03-09 10:42" in str(error)
    assert error.changed_by == "박은지" and error.current_version == opened_version + 1
    case = _case(case_id)
    assert case.department_id == office.parks.id and case.version == opened_version + 1
    assert _events(case_id) == events
    # The reply path (which does not change the state) is guarded the same way.
    with pytest.raises(ConflictError):
        actions.record_reply(
            case_id=case_id, method="sms", text="답변", actor=actor, expected_version=opened_version
        )
    assert _case(case_id).first_reply_at is None


def test_an_illegal_transition_through_an_action_changes_nothing(office, actor):
    case_id = _intake(actor)
    with pytest.raises(TransitionError):
        actions.classify_case(case_id=case_id, classification="resolved", actor=actor, expected_version=1)
    assert _state(case_id) == "received" and _events(case_id) == 1 and _case(case_id).version == 1


def test_intake_normalises_the_phone_and_keeps_a_bad_one_as_typed(office, actor):
    good = actions.intake_case(
        channel="text", text="보도블록 파손", submitter_phone="01012345678", actor=actor
    )
    bad = actions.intake_case(
        channel="text", text="보도블록 파손", submitter_phone="010-1234-56", actor=actor
    )
    assert good.phone_valid and _case(good.case_id).submitter_phone == "010-1234-5678"
    assert not bad.phone_valid
    assert _case(bad.case_id).submitter_phone == "010-1234-56" and not _case(bad.case_id).phone_valid


def test_intake_returns_likely_duplicates(office, actor):
    text = "운정호수공원 산책로 옆 소나무가 말라 죽어 있습니다"
    first = _intake(actor, text=text, submitter_phone="010-3333-4444", received_at=D(2026, 3, 2, 9, 0))
    _intake(actor, text="금촌역 앞 불법 주차 단속 부탁드립니다", submitter_phone="010-3333-4444")
    again = actions.intake_case(
        channel="text",
        text="다시 문의드립니다. " + text,
        submitter_phone="+82 10 3333 4444",
        received_at=T0,
        actor=actor,
    )
    assert [d.case_id for d in again.duplicates] == [first]
    assert again.duplicates[0].similarity >= 0.45
    other_phone = actions.intake_case(
        channel="text", text=text, submitter_phone="010-9999-0000", received_at=T0, actor=actor
    )
    assert other_phone.duplicates == []
    much_later = actions.intake_case(
        channel="text",
        text=text,
        submitter_phone="010-3333-4444",
        received_at=D(2026, 5, 1, 9, 0),
        actor=actor,
    )
    assert much_later.duplicates == []  # outside the 30-day window


def test_intake_can_skip_the_duplicate_lookup(office, actor):
    text = "운정호수공원 산책로 옆 소나무가 말라 죽어 있습니다"
    _intake(actor, text=text, submitter_phone="010-3333-4444", received_at=D(2026, 3, 2, 9, 0))
    kwargs = dict(channel="text", text=text, submitter_phone="010-3333-4444", received_at=T0, actor=actor)
    assert len(actions.intake_case(**kwargs).duplicates) == 1  # a duplicate is there to find
    skipped = actions.intake_case(**kwargs, find_duplicates=False)
    assert skipped.duplicates == []
    assert _case(skipped.case_id).text == text  # the case itself is taken in as usual


def test_case_numbers_are_sequential_per_year_and_never_reused(office, actor):
    numbers = [
        actions.intake_case(channel="text", text="민원", received_at=at, actor=actor).number
        for at in (D(2025, 12, 31, 23, 0), D(2026, 1, 1, 0, 5), D(2026, 1, 2, 9, 0), D(2025, 12, 30, 9, 0))
    ]
    assert numbers == ["2025-000001", "2026-000001", "2026-000002", "2025-000002"]
    # Cases are never deleted; one entered by mistake is withdrawn and keeps its number.
    withdrawn = Case.get(Case.number == "2026-000002")
    actions.withdraw_case(case_id=withdrawn.id, reason="중복 입력", actor=actor, expected_version=None)
    assert (
        actions.intake_case(channel="text", text="민원", received_at=T0, actor=actor).number == "2026-000003"
    )


def test_intake_validates_the_text_and_references(office, actor):
    with pytest.raises(ValidationError) as caught:
        actions.intake_case(channel="text", text="   ", actor=actor)
    assert caught.value.field == "text"
    with pytest.raises(ValidationError):
        actions.intake_case(channel="text", text="가" * 10_001, actor=actor)
    with pytest.raises(ValidationError) as caught:
        actions.intake_case(channel="fax", text="민원", actor=actor)
    assert caught.value.field == "channel"
    assert Case.select().count() == 0


def test_intake_sets_the_clocks_from_the_rules(office, actor):
    case_id = _intake(actor, received_at=D(2026, 2, 13, 16, 0))
    case = _case(case_id)
    assert case.promise_due_at == D(2026, 2, 15, 16, 0)
    # A streetlight out is a 기타민원: 즉시 = 3 working hours (시행령 제16조, 제19조). Fri 13 Feb 16:00
    # gives 2 h that day; Seollal (Mon 16 – Wed 18) and the weekend are off; Thu 19 09:00 + 1 h.
    assert case.petition_kind == "other"
    assert case.statutory_due_at == D(2026, 2, 19, 10, 0)
    assert case.update_due_at == D(2026, 3, 15, 16, 0)


def test_the_kind_decides_the_statutory_period_and_its_change_is_audited(office, actor):
    case_id = _intake(actor, received_at=D(2026, 2, 13, 16, 0), text="민원 처리가 부당합니다")
    actions.set_petition_kind(case_id=case_id, kind="grievance", actor=actor, expected_version=1)
    case = _case(case_id)
    # 고충민원 7 days, first day counted, across Seollal: Fri 13 (1), Thu 19 – Thu 26 (2–7).
    assert case.petition_kind == "grievance" and case.statutory_due_at == D(2026, 2, 26, 18, 0)
    event = CaseEvent.select().where(CaseEvent.case == case_id, CaseEvent.kind == "petition_kind").get()
    assert json.loads(event.before)["petition_kind"] == "other"
    assert json.loads(event.after)["statutory_due_at"] == "2026-02-26T18:00:00"
    with pytest.raises(ValidationError):
        actions.set_petition_kind(case_id=case_id, kind="complaint", actor=actor, expected_version=2)
    # Thanks are no petition under the Act: categorising as gratitude removes the statutory clock.
    actions.set_category(case_id=case_id, category="gratitude", actor=actor, expected_version=2)
    case = _case(case_id)
    assert case.petition_kind is None and case.statutory_due_at is None


def test_a_receipt_notice_does_not_meet_the_clocks_only_the_result_does(office, actor):
    case_id = _bring_to("in_review", actor, office)
    version = _case(case_id).version
    first = D(2026, 4, 20, 15, 0)
    actions.record_reply(
        case_id=case_id, method="sms", text="접수되었습니다", purpose="receipt", actor=actor,
        expected_version=version, at=first,
    )  # fmt: skip
    case = _case(case_id)
    assert case.first_reply_at == first and case.result_at is None
    assert case.update_due_at != first + dt.timedelta(days=30)  # a receipt notice is no progress news
    interim = D(2026, 4, 22, 10, 0)
    actions.record_reply(
        case_id=case_id, method="sms", text="설계 중입니다", purpose="interim", actor=actor,
        expected_version=case.version, at=interim,
    )  # fmt: skip
    case = _case(case_id)
    assert case.result_at is None and case.update_due_at == interim + dt.timedelta(days=30)
    result = D(2026, 4, 24, 11, 0)
    actions.record_reply(
        case_id=case_id, method="phone", text="보수를 마쳤습니다", purpose="result", actor=actor,
        expected_version=case.version, at=result,
    )  # fmt: skip
    case = _case(case_id)
    assert case.result_at == result and case.first_reply_at == first
    with pytest.raises(ValidationError) as caught:
        actions.record_reply(
            case_id=case_id,
            method="sms",
            text="x",
            purpose="thanks",
            actor=actor,
            expected_version=case.version,
        )
    assert caught.value.field == "purpose"


def test_progress_and_reply_restart_the_monthly_clock(office, actor):
    case_id = _bring_to("in_review", actor, office)
    at = D(2026, 4, 20, 15, 0)
    actions.record_progress(case_id=case_id, text="설계 중", actor=actor, expected_version=3, at=at)
    assert _case(case_id).update_due_at == at + dt.timedelta(days=30)
    later = D(2026, 5, 10, 11, 0)
    actions.record_reply(
        case_id=case_id, method="phone", text="착공 예정", actor=actor, expected_version=4, at=later
    )
    case = _case(case_id)
    assert case.update_due_at == later + dt.timedelta(days=30)
    assert case.first_reply_at == later and case.last_update_at == later
    actions.record_reply(
        case_id=case_id, method="sms", text="완료", actor=actor, expected_version=5, at=D(2026, 6, 1)
    )
    # The first result is what meets the clocks.
    assert _case(case_id).first_reply_at == later and _case(case_id).result_at == later


def test_closing_a_case_stops_the_monthly_clock_and_reopen_restarts_it(office, actor):
    case_id = _bring_to("in_review", actor, office)
    _classify(case_id, "resolved", actor, office, at=D(2026, 3, 10, 9, 0))
    case = _case(case_id)
    assert case.closed_at == D(2026, 3, 10, 9, 0) and case.update_due_at is None
    actions.reopen_case(
        case_id=case_id, reason="재발", actor=actor, expected_version=case.version, at=D(2026, 4, 1)
    )
    case = _case(case_id)
    assert case.closed_at is None and case.update_due_at == D(2026, 5, 1)


def test_management_list_outcomes_get_a_next_review_date(office, actor):
    case_id = _bring_to("in_review", actor, office)
    _classify(case_id, "unfeasible", actor, office, at=D(2026, 3, 10, 9, 0))
    assert _case(case_id).next_review_on == dt.date(2026, 6, 8)  # 90 days on
    other = _bring_to("resolved", actor, office)
    with pytest.raises(ValidationError):
        actions.set_next_review(case_id=other, review_on=dt.date(2026, 9, 1), actor=actor, expected_version=4)


def test_routing_elsewhere_drops_the_official_of_the_old_department(office, actor):
    case_id = _bring_to("in_review", actor, office)
    assert _case(case_id).official_id == office.roads_lead.id
    actions.route_case(case_id=case_id, department_id=office.parks.id, actor=actor, expected_version=3)
    case = _case(case_id)
    assert case.department_id == office.parks.id and case.official_id is None
    with pytest.raises(ValidationError) as caught:
        actions.assign_official(
            case_id=case_id, official_id=office.roads_lead.id, actor=actor, expected_version=4
        )
    assert caught.value.field == "official"


def test_a_session_suggestion_is_due_14_days_after_the_session(office, actor):
    from civicdesk_gui.store.models import Session

    held = Session.create(
        number="S2026-0007",
        starts_at=D(2026, 9, 20, 14, 0),
        ends_at=D(2026, 9, 20, 16, 0),
        unit_type="town",
        ics_uid="s-7",
        state="held",
    )
    # Typed in after Chuseok: the 14 days still run from the session (DOMAIN.md §4).
    case_id = _intake(
        actor,
        channel="mobile_office",
        category="policy_suggestion",
        session_id=held.id,
        received_at=D(2026, 9, 28, 9, 0),
    )
    case = _case(case_id)
    assert case.session_id == held.id
    assert case.promise_due_at == D(2026, 10, 4, 14, 0)
    # The statutory period still counts from receipt: 14 working days from Mon 28 Sep (Oct 3/5/9 off).
    assert case.statutory_due_at == D(2026, 10, 19, 18, 0)

"""Result replies gated by sign-off (결재), on SQLite and PostgreSQL: with the office's
`signoff.required` on, a result reply (법 제27조) goes out only as an approved result-reply draft —
recorded once with the approved text (one history event, result_at set), or, by text, waiting in the
outbox as a draft its approval releases. Receipt, interim and other replies are not gated."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from civicdesk_gui.actions import cases, outbox, signoff
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.errors import PermissionDenied, ValidationError
from civicdesk_gui.queries.signoff import awaiting_deputy, default_approver, desk_queue, draft_detail, signers
from civicdesk_gui.store.letter_models import Approval
from civicdesk_gui.store.models import Case, CaseEvent, Department, Official, OutboxMessage, User
from civicdesk_gui.store.office_settings import put_setting
from tests.letter_helpers import make_letter_case

D = dt.datetime
ANSWER = "요청하신 통학로 보도는 2027년 본예산에 반영하여 설치하기로 하였습니다."


@pytest.fixture
def line(any_db, actor):
    roads = Department.get(Department.code == "도로관리과")
    people = {}
    for login, name, rank in (
        ("drafter", "박민수", "주무관"),
        ("leader", "김도로", "팀장"),
        ("head", "이과장", "과장"),
    ):
        official = Official.create(name=name, rank=rank, department=roads)
        user = ensure_user(login, display_name=name, role="official", department_id=roads.id)
        User.update(official=official.id).where(User.id == user.id).execute()
        people[login] = user
    people["mayor"] = ensure_user("mayor", display_name="김시장", role="viewer")
    put_setting("signoff.required", True)
    return make_letter_case(actor), people


def _events(case_id: int) -> list[CaseEvent]:
    return list(CaseEvent.select().where(CaseEvent.case == case_id).order_by(CaseEvent.id))


def _reply(case_id, actor, purpose, **kw):
    return cases.record_reply(
        case_id=case_id,
        method="phone",
        text=ANSWER,
        actor=actor,
        expected_version=None,
        purpose=purpose,
        **kw,
    )


def test_a_result_reply_is_refused_without_an_approved_draft(line, actor):
    case_id, people = line
    with pytest.raises(ValidationError) as refused:
        _reply(case_id, actor, "result")
    assert refused.value.code == "signoff.reply_needed" and refused.value.field == "purpose"
    assert "sign-off" in str(refused.value)  # the English sentence of the catalog, for the CLI
    with pytest.raises(ValidationError) as by_text:
        outbox.queue_text_reply(case_id=case_id, text=ANSWER, actor=actor)
    assert by_text.value.code == "signoff.reply_needed"
    assert Case.get_by_id(case_id).result_at is None and OutboxMessage.select().count() == 0
    # Receipt, interim and other replies are not gated.
    for purpose in ("receipt", "interim", "other"):
        _reply(case_id, actor, purpose)
    outbox.queue_text_reply(case_id=case_id, text="접수되었습니다.", actor=actor, purpose="receipt")
    assert Case.get_by_id(case_id).result_at is None
    assert OutboxMessage.get().state == "approved"


def test_without_required_sign_off_nothing_changes(line, actor):
    case_id, _people = line
    put_setting("signoff.required", False)
    _reply(case_id, actor, "result", at=D(2026, 10, 14, 9, 0))
    assert Case.get_by_id(case_id).result_at == D(2026, 10, 14, 9, 0)


def test_an_approved_draft_is_recorded_once_with_its_text(line, actor):
    case_id, people = line
    step = signoff.draft_reply(
        case_id=case_id, method="phone", text=ANSWER, reviewer_id=people["leader"].id,
        approver_id=people["head"].id, actor=people["drafter"], at=D(2026, 10, 12, 10, 0),
    )  # fmt: skip
    assert draft_detail(step.approval_id).kind == "phone"
    with pytest.raises(ValidationError) as early:  # not approved yet
        _reply(case_id, actor, "result", approval_id=step.approval_id)
    assert early.value.code == "signoff.reply_mismatch"
    signoff.review_draft(approval_id=step.approval_id, actor=people["leader"])
    approved = signoff.approve_draft(approval_id=step.approval_id, actor=people["head"])
    assert approved.state == "approved" and approved.mark == "전결"  # result replies: team leader by default
    before = len(_events(case_id))
    done = _reply(
        case_id, people["drafter"], "result", approval_id=step.approval_id, at=D(2026, 10, 13, 9, 0)
    )
    events = _events(case_id)
    assert len(events) == before + 1 and events[-1].kind == "reply"
    after = json.loads(events[-1].after)
    assert after["draft"] == step.approval_id and after["purpose"] == "result" and after["method"] == "phone"
    assert events[-1].body == ANSWER
    assert Case.get_by_id(case_id).result_at == D(2026, 10, 13, 9, 0) and done.version
    assert Approval.get_by_id(step.approval_id).state == "issued"
    with pytest.raises(ValidationError):  # issued once
        _reply(case_id, people["drafter"], "result", approval_id=step.approval_id)


def test_a_text_waits_as_a_draft_until_the_approval_releases_it(line, actor):
    case_id, people = line
    step = signoff.draft_reply(
        case_id=case_id, method="sms", text="초안 문자", reviewer_id=None,
        approver_id=people["leader"].id, actor=people["drafter"],
    )  # fmt: skip
    assert step.changes.touches_outbox()
    message = OutboxMessage.get()
    assert (
        message.state == "draft"
        and message.purpose == "result"
        and message.batch == f"signoff-{step.approval_id}"
    )
    draft_events = [e for e in _events(case_id) if e.kind in ("signoff", "outbox")]
    assert [e.kind for e in draft_events] == ["signoff"]  # one event for the draft and its text
    signoff.return_draft(approval_id=step.approval_id, actor=people["leader"], comment="날짜를 넣으세요")
    mine = desk_queue(people["drafter"].id)[1]
    assert [(r.state, r.comment) for r in mine] == [("returned", "날짜를 넣으세요")]
    signoff.resubmit_draft(
        approval_id=step.approval_id, title="처리 결과 회신", body=ANSWER, actor=people["drafter"]
    )
    assert OutboxMessage.get().message == ANSWER and OutboxMessage.get().state == "draft"
    waiting = desk_queue(people["leader"].id)[0]
    assert [(w.step, w.case_id, w.approver) for w in waiting] == [("approve", case_id, "김도로")]
    released = signoff.approve_draft(approval_id=step.approval_id, actor=people["leader"])
    assert released.state == "issued" and released.changes.touches_outbox()
    message = OutboxMessage.get()
    assert message.state == "approved" and message.approved_by_id == people["leader"].id
    assert json.loads(_events(case_id)[-1].after)["released"] == f"CD{message.id:08d}"
    assert desk_queue(people["drafter"].id)[1] == []  # nothing left for the drafter to issue
    # The reply counts when the text is handed to the gateway, as every text does.
    assert Case.get_by_id(case_id).result_at is None


def test_who_may_stand_in_the_line(line, actor):
    case_id, people = line
    approvers = signers("signoff.approve")
    assert people["mayor"].id in {s.user_id for s in approvers}
    roads = Department.get(Department.code == "도로관리과").id
    assert default_approver("mayor", approvers, department_id=roads).user_id == people["mayor"].id
    assert default_approver("department_head", approvers, department_id=roads).user_id == people["head"].id
    assert default_approver("team_leader", approvers, department_id=roads).user_id == people["leader"].id
    assert people["mayor"].id not in {s.user_id for s in signers("signoff.review")}
    with pytest.raises(PermissionDenied):  # the mayor signs, but does not draft
        signoff.draft_reply(
            case_id=case_id, method="phone", text=ANSWER, reviewer_id=None,
            approver_id=people["head"].id, actor=people["mayor"],
        )  # fmt: skip
    step = signoff.draft_reply(
        case_id=case_id, method="phone", text=ANSWER, reviewer_id=None,
        approver_id=people["head"].id, actor=people["drafter"],
    )  # fmt: skip
    # The head is away: the team leader may sign for them (대결), within the department's cases.
    deputy = awaiting_deputy(people["leader"].id, department_id=roads)
    assert [(d.approval_id, d.step, d.approver, d.case_id) for d in deputy] == [
        (step.approval_id, "deputy", "이과장", case_id)
    ]
    parks = Department.get(Department.code == "공원녹지과").id
    assert awaiting_deputy(people["leader"].id, department_id=parks) == []
    assert awaiting_deputy(people["drafter"].id) == []  # never one's own draft
    with pytest.raises(ValidationError) as own:  # the drafter never approves their own draft
        signoff.approve_draft(approval_id=step.approval_id, actor=people["drafter"], deputy=True)
    assert own.value.code == "signoff.approve_own_draft"

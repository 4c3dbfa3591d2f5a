"""Sign-off (결재) before a letter goes out, on SQLite and PostgreSQL: the line drafter → reviewer →
approver, 전결 and 대결 marks (시행규칙 제7조), a returned draft, nothing issued before approval, and
the closing block of the real PDF read back (기안자/검토자/결재권자, fax, the official's e-mail, 끝.)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader

from civicdesk_gui.actions import letters, signoff
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.domain import signoff as rules
from civicdesk_gui.errors import ConflictError, PermissionDenied, TransitionError, ValidationError
from civicdesk_gui.store.letter_models import Approval, Letter
from civicdesk_gui.store.models import CaseEvent, Department, Official, User
from civicdesk_gui.store.office_settings import put_setting
from tests.letter_helpers import make_letter_case

D = dt.datetime
BODY = "1. 검토 결과를 알려 드립니다.\n2. {remedy}"


@pytest.fixture
def line(any_db, actor):
    """A roads case due a letter and the people of its approval line (users linked to officials)."""
    roads = Department.get(Department.code == "도로관리과")
    people = {}
    for login, name, rank, role in (
        ("drafter", "박민수", "주무관", "official"),
        ("leader", "김도로", "팀장", "official"),
        ("head", "이과장", "과장", "official"),
        ("deputy", "최대리", "팀장", "official"),
    ):
        official = Official.create(name=name, rank=rank, department=roads, email=f"{login}@paju.go.kr")
        user = ensure_user(login, display_name=name, role=role, department_id=roads.id)
        User.update(official=official.id).where(User.id == user.id).execute()
        people[login] = user
    people["mayor"] = ensure_user("mayor", display_name="김시장", role="viewer")
    put_setting("city.fax", "031-940-4119")
    case_id = make_letter_case(actor)
    return case_id, people


def _draft(case_id, people, *, subject="notice", reviewer="leader", approver="head"):
    return signoff.draft_letter(
        case_id=case_id,
        subject=subject,
        kind="long_term_review",
        language="ko",
        title="민원 검토 결과 알림",
        body="1. 귀하의 민원을 검토한 결과 장기 검토하기로 하였습니다.",
        reviewer_id=people[reviewer].id if reviewer else None,
        approver_id=people[approver].id,
        actor=people["drafter"],
        at=D(2026, 10, 12, 10, 0),
    ).approval_id


def test_marks_follow_the_rule():
    assert rules.approval_mark("department_head", deputy=False) == "전결"
    assert rules.approval_mark("mayor", deputy=False) == ""
    assert rules.approval_mark("team_leader", deputy=True) == "대결"
    lines = rules.sign_lines(
        drafter=("주무관", "박민수"), reviewer=("팀장", "김도로"), approver=("팀장", "최대리"),
        level="department_head", mark="대결", date="2026. 10. 13.",
    )  # fmt: skip
    # 대결 of a delegated matter: the absent holder's field reads 전결, the deputy's 대결 (제7조③).
    assert [(x.role, x.rank, x.mark) for x in lines] == [
        ("drafter", "주무관", ""), ("reviewer", "팀장", ""), ("delegated", "과장", "전결"), ("approver", "팀장", "대결"),
    ]  # fmt: skip


def test_nothing_goes_out_before_approval_and_the_pdf_shows_the_line(line, actor):
    case_id, people = line
    put_setting("signoff.required", True)
    with pytest.raises(ConflictError) as refused:
        letters.issue_letter(
            case_id=case_id, actor=actor, expected_version=None, language="ko", subject="제목", body="본문"
        )
    assert refused.value.code == "letter.not_approved" and Letter.select().count() == 0
    draft = _draft(case_id, people)
    # Not yet reviewed: the approver cannot sign, and nobody can issue it.
    with pytest.raises(TransitionError):
        signoff.approve_draft(approval_id=draft, actor=people["head"])
    with pytest.raises(ConflictError):
        letters.issue_letter(
            case_id=case_id, actor=actor, expected_version=None, language="ko", subject="x", body="x",
            approval_id=draft,
        )  # fmt: skip
    with pytest.raises(ConflictError):  # only the named reviewer reviews
        signoff.review_draft(approval_id=draft, actor=people["deputy"])
    signoff.review_draft(approval_id=draft, actor=people["leader"], at=D(2026, 10, 12, 14, 0))
    step = signoff.approve_draft(approval_id=draft, actor=people["head"], at=D(2026, 10, 13, 9, 0))
    assert step.state == "approved" and step.mark == "전결"  # a notice: the department head by 전결
    issued = letters.issue_letter(
        case_id=case_id, actor=actor, expected_version=None, language="ko", subject="ignored", body="ignored",
        approval_id=draft, at=D(2026, 10, 13, 10, 0),
    )  # fmt: skip
    row = Approval.get_by_id(draft)
    assert row.state == "issued" and row.letter_id == issued.letter_id
    text = " ".join(PdfReader(io.BytesIO(issued.pdf)).pages[0].extract_text().split())
    assert "민원 검토 결과 알림" in text  # the approved title, not the one passed
    assert "기안자 주무관 박민수" in text and "검토자 팀장 김도로" in text
    assert "결재권자 과장 전결 이과장 2026. 10. 13." in text
    # The official in charge (the case's official, 시행령 제31조) and the office fax (시행규칙 제4조⑥4호).
    assert "전송 031-940-4119" in text and "전자우편 drafter@paju.go.kr" in text
    assert "끝." in text and "시행" in text and "수신" in text
    kinds = [e.kind for e in CaseEvent.select().where(CaseEvent.case == case_id).order_by(CaseEvent.id)]
    assert kinds[-4:] == ["signoff", "signoff", "signoff", "letter"]


def test_a_returned_draft_goes_back_and_a_deputy_approves_with_daegyeol(line, actor):
    case_id, people = line
    draft = _draft(case_id, people, subject="mayor_letter", approver="mayor")
    with pytest.raises(ValidationError):
        signoff.return_draft(approval_id=draft, actor=people["leader"], comment=" ")
    signoff.return_draft(approval_id=draft, actor=people["leader"], comment="사유를 구체적으로 쓰세요")
    row = Approval.get_by_id(draft)
    assert row.state == "returned" and row.comment == "사유를 구체적으로 쓰세요"
    event = CaseEvent.select().where(CaseEvent.case == case_id).order_by(CaseEvent.id.desc()).first()
    assert json.loads(event.after)["step"] == "return" and event.body == "사유를 구체적으로 쓰세요"
    with pytest.raises(ConflictError):  # only the drafter submits it again
        signoff.resubmit_draft(approval_id=draft, title="t", body="b", actor=people["leader"])
    signoff.resubmit_draft(
        approval_id=draft, title="민원 검토 결과 알림", body="1. 사업비 38억 원이 필요하여 장기 검토합니다.",
        actor=people["drafter"],
    )  # fmt: skip
    signoff.review_draft(approval_id=draft, actor=people["leader"])
    with pytest.raises(ConflictError):  # not the designated approver, and not as a deputy
        signoff.approve_draft(approval_id=draft, actor=people["head"])
    with pytest.raises(PermissionDenied):  # an official of another department may not sign
        other = ensure_user(
            "parks", display_name="박공원", role="official",
            department_id=Department.get(Department.code == "공원녹지과").id,
        )  # fmt: skip
        signoff.approve_draft(approval_id=draft, actor=other, deputy=True)
    step = signoff.approve_draft(
        approval_id=draft, actor=people["head"], deputy=True, at=D(2026, 10, 14, 9, 0)
    )
    assert step.mark == "대결"  # the mayor is away: the head signs for him
    issued = letters.issue_letter(
        case_id=case_id, actor=actor, expected_version=None, language="ko", subject="x", body="x",
        approval_id=draft, at=D(2026, 10, 14, 10, 0),
    )  # fmt: skip
    text = " ".join(PdfReader(io.BytesIO(issued.pdf)).pages[0].extract_text().split())
    assert "결재권자 과장 대결 이과장 2026. 10. 14." in text
    assert "사업비 38억 원" in text  # the corrected text went out
    assert "전결권자" not in text  # the mayor's own matter: no delegated field (제7조④)


def test_the_mayor_approves_his_letters_and_the_drafter_never_signs(line, actor):
    case_id, people = line
    draft = _draft(case_id, people, subject="mayor_letter", reviewer=None, approver="mayor")
    with pytest.raises(ValidationError):
        signoff.approve_draft(approval_id=draft, actor=people["drafter"], deputy=True)
    step = signoff.approve_draft(approval_id=draft, actor=people["mayor"], at=D(2026, 10, 13, 9, 0))
    assert step.mark == "" and Approval.get_by_id(draft).level == "mayor"
    issued = letters.issue_letter(
        case_id=case_id, actor=actor, expected_version=None, language="ko", subject="x", body="x",
        approval_id=draft, at=D(2026, 10, 13, 10, 0),
    )  # fmt: skip
    text = " ".join(PdfReader(io.BytesIO(issued.pdf)).pages[0].extract_text().split())
    assert "결재권자 시장 김시장 2026. 10. 13." in text and "전결" not in text

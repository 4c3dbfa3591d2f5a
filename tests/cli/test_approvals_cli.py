"""The approver's queue (결재 대기) and `civicdesk approvals`, on both back ends."""

from __future__ import annotations

from civicdesk_gui import cli
from civicdesk_gui.actions import signoff
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.queries.signoff import awaiting
from civicdesk_gui.store.letter_models import Approval
from civicdesk_gui.store.models import Department
from tests.letter_helpers import make_letter_case


def test_queue_and_command(any_db, actor, capsys):
    roads = Department.get(Department.code == "도로관리과")
    drafter = ensure_user("drafter", display_name="박민수", role="official", department_id=roads.id)
    leader = ensure_user("leader", display_name="김도로", role="official", department_id=roads.id)
    mayor = ensure_user("mayor", display_name="김시장", role="viewer")
    case_id = make_letter_case(actor)
    draft = signoff.draft_letter(
        case_id=case_id, subject="mayor_letter", kind="long_term_review", language="ko", title="검토 결과 알림",
        body="1. 장기 검토합니다.", reviewer_id=leader.id, approver_id=mayor.id, actor=drafter,
    ).approval_id  # fmt: skip
    assert [(d.approval_id, d.step) for d in awaiting(leader.id)] == [(draft, "review")]
    assert awaiting(mayor.id) == []  # not before the review
    assert cli.main(["approvals", "--db", any_db.url, "--as", "leader", "--review", str(draft)]) == 0
    assert f"draft #{draft}: reviewed" in capsys.readouterr().out
    assert [(d.approval_id, d.step) for d in awaiting(mayor.id)] == [(draft, "approve")]
    assert cli.main(["approvals", "--db", any_db.url, "--as", "mayor"]) == 0
    out = capsys.readouterr().out
    assert "awaiting mayor: 1" in out and "검토 결과 알림" in out
    assert cli.main(["approvals", "--db", any_db.url, "--as", "mayor", "--approve", str(draft)]) == 0
    assert f"draft #{draft}: approved" in capsys.readouterr().out
    assert Approval.get_by_id(draft).mark == "" and awaiting(mayor.id) == []
    # Someone not on the line: one line on stderr, exit 2, nothing changed.
    assert cli.main(["approvals", "--db", any_db.url, "--as", "leader", "--approve", str(draft)]) == 2
    assert capsys.readouterr().err.count("\n") == 1

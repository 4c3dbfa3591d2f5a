"""The sign-off line walked at the desk as its people would (결재함, Ctrl+6): the coordinator submits
the mayor's letter for sign-off from the letter dialog, the team leader reviews it on the Sign-off
screen, the mayor is away and the department head approves as a deputy (the dialog says 대결), the
drafter issues it — and the letter's PDF read back carries 기안자/검토자/결재권자 with the mark. A
returned draft reaches its drafter with the comment, is corrected and submitted again."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from civicdesk_gui.actions import signoff
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.store.letter_models import Approval, Letter
from civicdesk_gui.store.models import Department, Official, User
from civicdesk_gui.store.office_settings import put_setting
from civicdesk_gui.ui.approvals import approvals_screen as screen_module
from civicdesk_gui.ui.approvals.approvals_screen import ApprovalsScreen
from civicdesk_gui.ui.letters.letter_dialog import LetterDialog
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.widgets import signing_session, signoff_line_dialog
from tests.letter_helpers import make_letter_case
from tests.signing_helpers import PASSPHRASE, validate


@pytest.fixture
def people(sqlite_db, desk_actor):
    roads = Department.get(Department.code == "도로관리과")

    def linked(user, name, rank):
        official = Official.create(name=name, rank=rank, department=roads, email=f"{user.login}@paju.go.kr")
        User.update(official=official.id).where(User.id == user.id).execute()
        return user

    put_setting("signoff.required", True)
    return {
        "drafter": linked(desk_actor, "김소통", "주무관"),
        "leader": linked(
            ensure_user("leader", display_name="김도로", role="official", department_id=roads.id),
            "김도로",
            "팀장",
        ),
        "head": linked(
            ensure_user("head", display_name="이과장", role="official", department_id=roads.id),
            "이과장",
            "과장",
        ),
        "mayor": ensure_user("mayor", display_name="김시장", role="viewer"),
    }


def _screen(qtbot, sqlite_db, user) -> ApprovalsScreen:
    widget = ApprovalsScreen(AppContext(actor=user, database=sqlite_db))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _view(widget, qtbot, key: str, rows: int) -> None:
    widget.views.setCurrentIndex(list(screen_module.VIEWS).index(key))
    qtbot.waitUntil(lambda: widget.current_view() == key and widget.model.rowCount() == rows, timeout=15_000)
    if rows:
        qtbot.waitUntil(lambda: widget.detail is not None, timeout=15_000)


def test_the_whole_line_at_the_desk(qtbot, sqlite_db, people, monkeypatch):
    case_id = make_letter_case(people["drafter"])

    # The drafter: the letter dialog submits for sign-off instead of issuing.
    dialog = LetterDialog(AppContext(actor=people["drafter"], database=sqlite_db), case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.submit_button.isVisible() and not dialog.issue_button.isVisible()
    chosen = {}

    def choose_line(line):
        chosen["approver"] = line.approver.currentData()  # the default: the 전결 rule's level (mayor)
        line.reviewer.setCurrentIndex(line.reviewer.findData(people["leader"].id))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(signoff_line_dialog.SignoffLineDialog, "exec", choose_line)
    dialog.subject.setText("통학로 보도 설치 장기 검토 안내")
    dialog.submit_button.click()
    draft = Approval.get()
    assert chosen["approver"] == people["mayor"].id  # mayor-signed letters: the mayor approves
    assert (draft.state, draft.reviewer_id, draft.approver_id) == (
        "drafted",
        people["leader"].id,
        people["mayor"].id,
    )
    assert draft.title == "통학로 보도 설치 장기 검토 안내"
    assert "Sign-off" in dialog.state_label.text() or "결재" in dialog.state_label.text()

    # The reviewer finds it awaiting their review.
    leader = _screen(qtbot, sqlite_db, people["leader"])
    _view(leader, qtbot, "awaiting", 1)
    assert leader.review_button.isVisible() and not leader.approve_button.isVisible()
    assert leader.focus_entry() is leader.table  # Ctrl+6 lands in the list
    leader.review_button.click()
    assert Approval.get_by_id(draft.id).state == "reviewed"
    _view(leader, qtbot, "awaiting", 0)

    # The mayor is away: the department head signs as a deputy, and the dialog says 대결.
    head = _screen(qtbot, sqlite_db, people["head"])
    _view(head, qtbot, "awaiting", 0)
    _view(head, qtbot, "deputy", 1)
    asked = []

    def yes(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(screen_module.QMessageBox, "question", yes)
    head.approve_button.click()
    assert "대결" in asked[-1] and "김시장" in asked[-1]
    approved = Approval.get_by_id(draft.id)
    assert (approved.state, approved.mark, approved.approved_by_id) == ("approved", "대결", people["head"].id)

    # The drafter issues the approved letter: its PDF carries the line with the mark.
    mine = _screen(qtbot, sqlite_db, people["drafter"])
    _view(mine, qtbot, "mine", 1)
    assert mine.issue_button.isVisible() and not mine.resubmit_button.isVisible()
    mine.issue_button.click()
    qtbot.waitUntil(lambda: Approval.get_by_id(draft.id).state == "issued", timeout=15_000)
    letter = Letter.get()
    text = " ".join(PdfReader(io.BytesIO(letter.pdf)).pages[0].extract_text().split())
    assert "통학로 보도 설치 장기 검토 안내" in text
    assert "기안자 주무관 김소통" in text and "검토자 팀장 김도로" in text
    assert "결재권자 과장 대결 이과장" in text
    _view(mine, qtbot, "mine", 0)


def test_a_returned_draft_reaches_its_drafter_with_the_comment(qtbot, sqlite_db, people, monkeypatch):
    case_id = make_letter_case(people["drafter"])
    step = signoff.draft_letter(
        case_id=case_id, subject="mayor_letter", kind="long_term_review", language="ko", title="검토 결과 안내",
        body="1. 검토 결과를 알려 드립니다.", reviewer_id=None, approver_id=people["head"].id,
        actor=people["drafter"],
    )  # fmt: skip
    head = _screen(qtbot, sqlite_db, people["head"])
    _view(head, qtbot, "awaiting", 1)
    assert head.approve_button.isVisible() and head.return_button.isVisible()
    # A comment is required: an empty one returns nothing.
    monkeypatch.setattr(screen_module.QInputDialog, "getMultiLineText", lambda *a, **k: ("  ", True))
    monkeypatch.setattr(
        screen_module.QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok
    )
    head.return_button.click()
    assert Approval.get_by_id(step.approval_id).state == "drafted"
    monkeypatch.setattr(
        screen_module.QInputDialog, "getMultiLineText", lambda *a, **k: ("예산 근거를 본문에 넣으세요", True)
    )
    head.return_button.click()
    assert Approval.get_by_id(step.approval_id).state == "returned"

    mine = _screen(qtbot, sqlite_db, people["drafter"])
    _view(mine, qtbot, "mine", 1)
    assert mine.comment.isVisible() and "예산 근거를 본문에 넣으세요" in mine.comment.text()
    assert "예산 근거를 본문에 넣으세요" in mine.model.index(0, mine.model.COL_STATE).data(3)  # tooltip
    assert not mine.body.isReadOnly() and mine.resubmit_button.isVisible()
    mine.body.setPlainText("1. 검토 결과를 알려 드립니다.\n2. 사업비 38억 원은 2027년 본예산에 반영합니다.")
    mine.resubmit_button.click()
    row = Approval.get_by_id(step.approval_id)
    assert row.state == "drafted" and "2027년 본예산" in row.body
    _view(head, qtbot, "awaiting", 1)  # back in the approver's queue
    # The designated approver approves in person: the dialog says 전결 and why (the level's rule).
    asked = []
    monkeypatch.setattr(
        screen_module.QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No,
    )
    head.approve_button.click()
    assert asked and Approval.get_by_id(step.approval_id).state == "drafted"


def test_ctrl_7_brings_the_queue_with_the_keyboard_in_the_list(qtbot, context):
    from PySide6.QtGui import QKeySequence

    from civicdesk_gui.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    (action,) = [a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+6")]
    action.trigger()
    assert window.current_screen_key() == "approvals"
    screen = window.screens["approvals"]
    qtbot.waitUntil(
        lambda: screen.table.hasFocus() or QApplication.focusWidget() is screen.table, timeout=3000
    )


def test_the_reply_form_submits_a_result_for_sign_off(qtbot, sqlite_db, people, monkeypatch):
    from civicdesk_gui.errors import ValidationError
    from civicdesk_gui.queries.case_detail import load_case_detail
    from civicdesk_gui.store.models import Case, OutboxMessage
    from civicdesk_gui.ui.cases.detail.case_action_forms import ReplyForm

    case_id = make_letter_case(people["drafter"])
    form = ReplyForm()
    qtbot.addWidget(form)
    form.show()
    detail = load_case_detail(case_id)
    form.load(detail)
    assert form.purpose.currentData() == "result" and form.signoff_note.isVisible()
    form.method.setCurrentIndex(form.method.findData("sms"))
    form.editor.setPlainText("요청하신 보도 설치는 2027년 본예산에 반영합니다.")
    # Cancelling the line drafts nothing and says why the reply did not go.
    monkeypatch.setattr(
        signoff_line_dialog.SignoffLineDialog, "exec", lambda line: QDialog.DialogCode.Rejected
    )
    with pytest.raises(ValidationError) as cancelled:
        form.op(detail=detail, actor=people["drafter"], parent=None)
    assert cancelled.value.code == "signoff.reply_needed" and Approval.select().count() == 0
    monkeypatch.setattr(
        signoff_line_dialog.SignoffLineDialog, "exec", lambda line: QDialog.DialogCode.Accepted
    )
    form.op(detail=detail, actor=people["drafter"], parent=None).run()
    draft = Approval.get()
    # Result replies: the team leader approves by default (signoff.level.result_reply).
    assert (draft.subject, draft.kind, draft.approver_id) == ("result_reply", "sms", people["leader"].id)
    assert OutboxMessage.get().state == "draft" and Case.get_by_id(case_id).result_at is None
    # An interim reply is not gated: the note goes, and it is queued as before.
    form.purpose.setCurrentIndex(form.purpose.findData("interim"))
    assert not form.signoff_note.isVisible()
    form.op(detail=load_case_detail(case_id), actor=people["drafter"], parent=None).run()
    assert [m.state for m in OutboxMessage.select().order_by(OutboxMessage.id)] == ["draft", "approved"]


def test_the_letter_dialog_issues_the_approved_text(qtbot, sqlite_db, people, monkeypatch):
    from civicdesk_gui.ui.letters import letter_dialog as dialog_module

    case_id = make_letter_case(people["drafter"])
    step = signoff.draft_letter(
        case_id=case_id, subject="mayor_letter", kind="long_term_review", language="ko", title="승인된 제목",
        body="1. 결재된 본문입니다.", reviewer_id=None, approver_id=people["mayor"].id, actor=people["drafter"],
    )  # fmt: skip
    dialog = LetterDialog(AppContext(actor=people["drafter"], database=sqlite_db), case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.submit_button.isEnabled()  # already in the line
    dialog.close()
    signoff.approve_draft(approval_id=step.approval_id, actor=people["mayor"])
    dialog = LetterDialog(AppContext(actor=people["drafter"], database=sqlite_db), case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.issue_button.isVisible() and not dialog.submit_button.isVisible()
    assert dialog.subject.text() == "승인된 제목" and dialog.body.isReadOnly()
    monkeypatch.setattr(dialog, "_confirm_issue", lambda: True)
    monkeypatch.setattr(dialog_module, "signer_for_issue", lambda _parent: None)
    with qtbot.waitSignal(dialog.issued, timeout=15_000):
        dialog.issue()
    text = " ".join(PdfReader(io.BytesIO(Letter.get().pdf)).pages[0].extract_text().split())
    assert "승인된 제목" in text and "결재권자" in text and "김시장" in text
    assert Approval.get_by_id(step.approval_id).state == "issued"


def test_an_approved_letter_issued_from_sign_off_is_signed_with_the_office_certificate(
    qtbot, sqlite_db, people, certificate, monkeypatch
):
    """With a signing certificate configured, 시행 on the Sign-off screen asks its passphrase (once a
    session) and issues the letter signed, as the Letters screen would: the PDF's PAdES signature
    validates against the certificate."""
    p12, pem = certificate
    put_setting("letters.certificate_path", str(p12))
    signing_session.forget_passphrase()
    asked = []

    def passphrase(*_args, **_kwargs):
        asked.append(True)
        return PASSPHRASE, True

    monkeypatch.setattr(signing_session.QInputDialog, "getText", passphrase)
    monkeypatch.setattr(screen_module.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    case_id = make_letter_case(people["drafter"])
    step = signoff.draft_letter(
        case_id=case_id, subject="mayor_letter", kind="long_term_review", language="ko", title="검토 결과 안내",
        body="1. 검토 결과를 알려 드립니다.", reviewer_id=None, approver_id=people["head"].id,
        actor=people["drafter"],
    )  # fmt: skip
    signoff.approve_draft(approval_id=step.approval_id, actor=people["head"])
    mine = _screen(qtbot, sqlite_db, people["drafter"])
    _view(mine, qtbot, "mine", 1)
    mine.issue_button.click()
    qtbot.waitUntil(lambda: Approval.get_by_id(step.approval_id).state == "issued", timeout=15_000)
    assert asked == [True]
    assert validate(Letter.get().pdf, pem).bottom_line
    signing_session.forget_passphrase()

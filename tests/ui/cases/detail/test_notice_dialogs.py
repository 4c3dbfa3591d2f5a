"""The statutory notices from the open case, on both back ends: each kind issued from its dialog and
its PDF read back (수신, 제목, 끝, 시행 number, the notice's own facts); the supplement's pause shown
and resumed in the pane's clocks; the agency's answer recorded; a second extension without consent
refused in the form with nothing written; with sign-off required, drafted first and issued once
approved."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence, QShortcut

from civicdesk_gui.actions import cases, signoff
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.domain import clocks
from civicdesk_gui.domain.notices import NOTICE_KINDS
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.store.letter_models import Approval, Letter
from civicdesk_gui.store.models import Agency, Case, CaseEvent, Department, Official, now
from civicdesk_gui.store.office_settings import put_setting
from civicdesk_gui.ui.cases.detail.case_detail_view import CaseDetailView
from civicdesk_gui.ui.cases.detail.case_timeline_view import change_lines, field_label
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.shell.signals import bus
from civicdesk_gui.ui.shell.vocabulary_labels import term


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def desk(any_db):
    from civicdesk_gui.ui.shell.context import AppContext

    actor = ensure_user("coordinator", display_name="김소통")
    return AppContext(actor=actor, database=any_db)


@pytest.fixture
def case_id(desk):
    roads = Department.get(Department.code == "도로관리과")
    Official.create(name="박민수", rank="주무관", department=roads, phone="031-940-4311")
    received = (now() - dt.timedelta(days=40)).replace(microsecond=0)
    case_id = cases.intake_case(
        channel="text", text="통학로에 보도를 설치해 주세요", category="policy_suggestion", petition_kind="suggestion",
        submitter_name="김영희", received_at=received, at=received, department_id=roads.id, actor=desk.actor,
    ).case_id  # fmt: skip
    cases.start_review(case_id=case_id, actor=desk.actor, expected_version=None, at=received)
    return case_id


@pytest.fixture
def view(qtbot, desk, case_id):
    widget = CaseDetailView(desk)
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    assert widget.show_case(case_id)
    return widget


@pytest.fixture
def status_lines():
    lines: list[str] = []
    bus().status_message.connect(lines.append)
    return lines


def _issue(view, key, fill):
    """Open a notice dialog from the pane's action, fill it, press its OK; the issued PDF's dialog."""
    view.actions[key].trigger()
    dialog = view.notice_dialog
    fill(dialog)
    assert dialog.ok_button.isEnabled(), dialog.hint.text()
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.hint.text()
    return view.pdf_dialog


def _expect_letter(text: str, register_number: str, *parts: str) -> None:
    for part in (
        "수신 김영희 귀하",
        "제목 민원(",
        "끝.",
        f"시행 {register_number}",
        "담당: 도로관리과 박민수 주무관",
        *parts,
    ):
        assert part in text, part


def test_interim_and_extension_notices_from_the_pane(view, case_id, status_lines):
    cases.record_progress(
        case_id=case_id, text="설계 용역을 발주했습니다", actor=view.context.actor, expected_version=None
    )
    view.reload()
    assert view.notice_button.isEnabled() and view.actions["notice_interim"].isEnabled()
    assert not view.actions["notice_transfer"].isEnabled()  # not referred
    assert not view.actions["supplement_received"].isEnabled()  # nothing awaited
    keys = [shortcut.key() for shortcut in view.findChildren(QShortcut)]
    assert QKeySequence("Ctrl+Shift+N") in keys  # the Notice menu by keyboard

    def interim(dialog):
        assert dialog.progress.toPlainText() == "설계 용역을 발주했습니다"  # the latest progress, proposed
        dialog.expected_on.setDate(dialog.expected_on.date().addDays(-400))  # a date already past
        assert not dialog.ok_button.isEnabled() and dialog.hint.text().startswith("⚠")
        dialog.expected_on.setDate(dt.date(2031, 4, 30))

    pdf_dialog = _issue(view, "notice_interim", interim)
    letter = Letter.get(Letter.case == case_id)
    assert letter.kind == "interim" and pdf_dialog.pdf == bytes(letter.pdf)
    _expect_letter(
        _text(pdf_dialog.pdf), letter.register_number, "처리 진행 상황 알림", "진행 상황: 설계 용역을 발주했습니다",
        "처리 완료 예정일: 2031. 4. 30.", "제23조",
    )  # fmt: skip
    assert any(letter.register_number in line for line in status_lines)
    assert letter.register_number in view.message.text()

    old_due = Case.get_by_id(case_id).statutory_due_at

    def extension(dialog):
        assert dialog.amount.maximum() == 14  # up to the original period (시행령 제21조)
        assert dialog.form.isRowVisible(dialog.consent_widget) is False  # the first needs no consent
        dialog.amount.setValue(10)
        dialog.reason.setPlainText("관계 기관 협의가 필요합니다")

    pdf_dialog = _issue(view, "notice_extension", extension)
    new_due = clocks.extended_due(clocks.Period(14, "statutory_days"), old_due, 10)
    case = Case.get_by_id(case_id)
    assert case.statutory_due_at == new_due and case.extensions == 1
    letter = Letter.select().where((Letter.case == case_id) & (Letter.kind == "extension")).get()
    _expect_letter(
        _text(pdf_dialog.pdf), letter.register_number, "처리기간 연장 알림", "연장 사유: 관계 기관 협의가 필요합니다",
        f"처리 완료 예정일: {new_due.year}. {new_due.month}. {new_due.day}.", "제21조",
    )  # fmt: skip
    # The pane shows the moved due date and that it was extended.
    assert f"{new_due:%Y-%m-%d %H:%M}" in view.clocks.rows["statutory"].text.full_text()
    assert view.clocks.extension.isVisible() and view.clocks.extension.text()


def test_a_second_extension_without_consent_is_refused_and_nothing_written(view, case_id):
    _issue(view, "notice_extension", lambda d: d.reason.setPlainText("예산 협의"))
    letters_before = Letter.select().count()
    events_before = CaseEvent.select().where(CaseEvent.case == case_id).count()
    cases_before = Case.get_by_id(case_id)
    view.actions["notice_extension"].trigger()
    dialog = view.notice_dialog
    assert dialog.form.isRowVisible(dialog.consent_widget)  # asked for now
    dialog.reason.setPlainText("추가 협의가 필요합니다")
    consent_message = describe(ValidationError("notice.consent_needed", field="consent"))
    assert not dialog.ok_button.isEnabled()
    assert consent_message in dialog.hint.text() and "consent" in consent_message
    dialog.submit()  # Enter pressed anyway: still refused, nothing written
    assert dialog.isVisible() and consent_message in dialog.hint.text()
    after = Case.get_by_id(case_id)
    assert Letter.select().count() == letters_before
    assert CaseEvent.select().where(CaseEvent.case == case_id).count() == events_before
    assert (after.extensions, after.statutory_due_at, after.version) == (
        1,
        cases_before.statutory_due_at,
        cases_before.version,
    )
    # With the resident's consent (and its date), it goes.
    dialog.consent.setChecked(True)
    dialog.consent_on.setDate(dialog.consent_on.date().addDays(-1))
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert Case.get_by_id(case_id).extensions == 2
    assert "귀하의 동의를 받아 다시 연장합니다" in _text(view.pdf_dialog.pdf)
    view.actions["notice_extension"].trigger()  # a third: the law allows none
    third = view.notice_dialog
    assert not third.ok_button.isEnabled()
    assert describe(ValidationError("notice.no_more_extensions")) in third.hint.text()
    third.reject()


def test_supplement_pauses_the_clock_in_the_pane_until_received(view, case_id):
    def supplement(dialog):
        dialog.missing.setPlainText("현장 사진")
        dialog.by_date.setDate(dialog.by_date.date().addDays(3))

    pdf_dialog = _issue(view, "notice_supplement", supplement)
    case = Case.get_by_id(case_id)
    letter = Letter.select().where((Letter.case == case_id) & (Letter.kind == "supplement")).get()
    by = case.paused_at.date() + dt.timedelta(days=10)
    _expect_letter(
        _text(pdf_dialog.pdf), letter.register_number, "보완 요청", "보완할 사항: 현장 사진",
        f"보완 기한: {by.year}. {by.month}. {by.day}.", "제20조",
    )  # fmt: skip
    assert case.paused_at is not None
    # The history says it in words: which notice, under which register number, the clock paused.
    entry = next(e for e in view.detail.timeline if e.kind == "notice")
    lines = change_lines(entry)
    assert f"{field_label('notice')}: {term(NOTICE_KINDS, 'supplement')}" in lines
    assert any(letter.register_number in line for line in lines)
    statutory = view.clocks.rows["statutory"]
    assert statutory.state == "paused" and f"{case.paused_at:%Y-%m-%d %H:%M}" in statutory.text.full_text()
    assert not view.actions["notice_supplement"].isEnabled()  # one pause at a time
    assert view.actions["supplement_received"].isEnabled()

    view.actions["supplement_received"].trigger()
    dialog = view.notice_dialog
    assert f"{case.paused_at:%Y-%m-%d %H:%M}" in dialog.explanation.text()
    dialog.ok_button.click()
    after = Case.get_by_id(case_id)
    assert after.paused_at is None and after.statutory_due_at >= case.statutory_due_at
    assert view.clocks.rows["statutory"].state != "paused"
    received = next(e for e in view.detail.timeline if e.kind == "supplement")
    assert f"{field_label('paused_at')}: {case.paused_at:%Y-%m-%d %H:%M} → —" in change_lines(received)
    assert f"{after.statutory_due_at:%Y-%m-%d %H:%M}" in view.clocks.rows["statutory"].text.full_text()
    assert (
        view.actions["notice_supplement"].isEnabled() and not view.actions["supplement_received"].isEnabled()
    )


def test_transfer_notice_and_the_agency_answer(view, case_id):
    police = Agency.get(Agency.name == "파주경찰서")
    cases.refer_case(
        case_id=case_id, agency_id=police.id, note="신호 체계는 경찰서 소관입니다", actor=view.context.actor,
        expected_version=None,
    )  # fmt: skip
    view.reload()
    remind = Case.get_by_id(case_id).referral_remind_on
    referral = view.clocks.referral.text()
    assert view.clocks.form.isRowVisible(view.clocks.referral_row)
    assert f"{now():%Y-%m-%d}" in referral and f"{remind:%Y-%m-%d}" in referral  # awaiting since · reminder

    def transfer(dialog):
        assert dialog.agency.text() == "파주경찰서"
        assert (
            dialog.reason.toPlainText() == "신호 체계는 경찰서 소관입니다"
        )  # the referral's words, proposed

    pdf_dialog = _issue(view, "notice_transfer", transfer)
    letter = Letter.select().where((Letter.case == case_id) & (Letter.kind == "transfer")).get()
    phone = f"(전화 {police.phone})" if police.phone else ""
    _expect_letter(
        _text(pdf_dialog.pdf), letter.register_number, "이송 알림", "파주경찰서 소관", "제16조",
        "이송 사유: 신호 체계는 경찰서 소관입니다", f"이송 기관: 파주경찰서{phone}",
    )  # fmt: skip

    view.actions["agency_answer"].trigger()
    dialog = view.notice_dialog
    assert not dialog.ok_button.isEnabled()  # the answer is required
    assert describe(ValidationError("notice.answer_empty", field="text")) in dialog.hint.text()
    dialog.text.setPlainText("3월 중 신호 주기 조정 예정")
    dialog.ok_button.click()
    case = Case.get_by_id(case_id)
    assert case.agency_answered_at is not None and case.referral_remind_on is None
    event = CaseEvent.select().where((CaseEvent.case == case_id) & (CaseEvent.kind == "agency_answer")).get()
    assert event.body == "3월 중 신호 주기 조정 예정"
    assert f"{case.agency_answered_at:%Y-%m-%d %H:%M}" in view.clocks.referral.text()
    assert not view.actions["agency_answer"].isEnabled()


def test_with_signoff_required_a_notice_is_drafted_then_issued_once_approved(view, case_id, desk):
    roads = Department.get(Department.code == "도로관리과")
    head = ensure_user("roads.head", display_name="도로과장", role="official", department_id=roads.id)
    put_setting("signoff.required", True)
    view.reload()

    view.actions["notice_supplement"].trigger()
    dialog = view.notice_dialog
    dialog.missing.setPlainText("현장 사진")
    assert not dialog.ok_button.isEnabled()  # whom to send it to is not chosen yet
    dialog.approver.setCurrentIndex(dialog.approver.findData(head.id))
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    draft = Approval.get(Approval.case == case_id)
    assert (draft.subject, draft.kind, draft.state) == ("notice", "supplement", "drafted")
    assert "보완할 사항: 현장 사진" in draft.body
    assert Letter.select().count() == 0 and Case.get_by_id(case_id).paused_at is None  # nothing went out

    view.actions["notice_supplement"].trigger()  # not approved yet: not drafted twice
    dialog = view.notice_dialog
    dialog.missing.setPlainText("현장 사진")
    assert not dialog.ok_button.isEnabled() and "sign-off" in dialog.hint.text()
    dialog.reject()

    signoff.approve_draft(approval_id=draft.id, actor=head)
    view.actions["notice_supplement"].trigger()
    dialog = view.notice_dialog
    # The form starts from the approved draft; other facts than those approved are refused.
    assert dialog.approval_id == draft.id and dialog.missing.toPlainText() == "현장 사진"
    assert dialog.approved_text.toPlainText() == draft.body and dialog.ok_button.isEnabled()
    dialog.missing.setPlainText("주민등록등본")
    assert not dialog.ok_button.isEnabled() and "approved" in dialog.hint.text()
    dialog.missing.setPlainText("현장 사진")
    dialog.ok_button.click()
    letter = Letter.get(Letter.case == case_id)
    assert Approval.get_by_id(draft.id).state == "issued" and Case.get_by_id(case_id).paused_at is not None
    assert "보완할 사항: 현장 사진" in _text(bytes(letter.pdf))


def test_an_approved_extension_fills_the_form_with_its_new_date(view, case_id):
    roads = Department.get(Department.code == "도로관리과")
    head = ensure_user("roads.head", display_name="도로과장", role="official", department_id=roads.id)
    put_setting("signoff.required", True)
    view.reload()
    view.actions["notice_extension"].trigger()
    dialog = view.notice_dialog
    dialog.amount.setValue(6)
    dialog.reason.setPlainText("관계 기관 협의가 필요합니다")
    expected = dialog.new_due_at()
    dialog.approver.setCurrentIndex(dialog.approver.findData(head.id))
    dialog.ok_button.click()
    signoff.approve_draft(approval_id=Approval.get(Approval.case == case_id).id, actor=head)
    view.actions["notice_extension"].trigger()
    dialog = view.notice_dialog
    assert dialog.amount.value() == 6 and dialog.reason.toPlainText() == "관계 기관 협의가 필요합니다"
    dialog.ok_button.click()
    assert Case.get_by_id(case_id).statutory_due_at == expected

"""The case detail pane driven through its buttons, checked in the database afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from civicdesk_gui.actions import cases
from civicdesk_gui.store.models import Agency, Case, CaseEvent, Department, Topic
from civicdesk_gui.ui.cases.detail.case_detail_view import CaseDetailView
from civicdesk_gui.ui.shell.signals import bus

TEXT = "OO공원 앞 보도블록이 깨져서 어르신들이 넘어질 뻔했습니다. 보수 부탁드립니다."


@pytest.fixture
def case_id(context, desk_actor):
    topic = Topic.get(Topic.code == "sidewalks")
    result = cases.intake_case(
        channel="text",
        text=TEXT,
        actor=desk_actor,
        received_at=dt.datetime(2026, 11, 3, 8, 43),
        submitter_name="홍길동",
        submitter_phone="01012345678",
        category="civil_complaint",
        topic_id=topic.id,
    )
    return result.case_id


@pytest.fixture
def view(qtbot, context, case_id):
    widget = CaseDetailView(context)
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    assert widget.show_case(case_id)
    return widget


def _save(view, key, fill):
    form = view.open_form(key)
    fill(form)
    view.save_button.click()
    return form


def test_shows_the_case_with_resolved_names_and_readonly_text(view, case_id):
    detail = view.detail
    assert detail.number.startswith("2026-")
    # Masked until asked for; "Show personal data" reveals them (and the audit log records it).
    assert view.resident.name.text() == "홍*동"
    assert view.resident.phone.text() == "010-****-5678"
    view.resident.reveal_button.click()
    assert view.resident.name.text() == "홍길동"
    assert view.resident.phone.text() == "010-1234-5678"
    assert view.resident.phone_warning.isHidden()
    assert view.resident.text.isReadOnly()
    assert view.resident.text.toPlainText() == TEXT
    assert view.resident.channel.text() == "바로문자"
    assert view.handling.category.text() == "생활민원"
    assert view.handling.topic.text() == "도로·보도"
    assert view.state_label.text() == "접수"
    # Both clocks are shown with their due time in words, not only colour.
    promise = view.clocks.rows["promise"]
    assert "2026-11-05 08:43" in promise.text.full_text()
    assert promise.state == "overdue"  # the test runs after November 2026's deadline has passed
    assert view.timeline.timeline_model.rowCount() == 1


def test_invalid_phone_is_marked(qtbot, context, desk_actor):
    result = cases.intake_case(
        channel="phone", text="가로등이 꺼져 있어요", submitter_phone="12-34", actor=desk_actor
    )
    widget = CaseDetailView(context)
    qtbot.addWidget(widget)
    widget.show_case(result.case_id)
    assert not widget.resident.phone_warning.isHidden()
    assert widget.resident.phone.text() == "**-**"
    widget.reveal_personal_data()
    assert widget.resident.phone.text() == "12-34"


def test_every_action_is_written_to_the_database(view, case_id, officials, qtbot):
    roads = Department.get(Department.name == "도로관리과")
    changed = []
    bus().changed.connect(lambda changes, _initiator: changed.append(changes))

    _save(view, "route", lambda f: f.department.setCurrentIndex(f.department.findData(roads.id)))
    case = Case.get_by_id(case_id)
    assert (case.department_id, case.status) == (roads.id, "routed")
    assert changed[-1].cases == {case_id}  # announced once, by the runner
    assert len(changed) == 1

    form = view.open_form("assign")
    assert form.official.itemText(0) == "이도로 팀장"  # the responsible team leader first
    form.official.setCurrentIndex(form.official.findData(officials["roads_staff"].id))
    view.save_button.click()
    case = Case.get_by_id(case_id)
    assert (case.official_id, case.status) == (officials["roads_staff"].id, "in_review")

    _save(view, "note", lambda f: f.editor.setPlainText("현장 확인 예정"))
    _save(view, "progress", lambda f: f.editor.setPlainText("업체 발주 완료"))
    case = Case.get_by_id(case_id)
    assert case.last_update_at is not None

    reply = view.open_form("reply")
    reply.template.setCurrentIndex(0)
    reply.insert_template()
    filled = reply.text()
    assert "홍길동님" in filled and case.number in filled and "도로관리과" in filled
    reply.method.setCurrentIndex(reply.method.findData("phone"))
    assert reply.size.isHidden()  # the gateway's byte count is for texts only
    # Before the outcome the form proposes a receipt notice; the result is chosen as such (법 제27조).
    assert reply.purpose.currentData() == "receipt"
    reply.purpose.setCurrentIndex(reply.purpose.findData("result"))
    view.save_button.click()
    case = Case.get_by_id(case_id)
    assert case.first_reply_at is not None and case.result_at == case.first_reply_at
    assert view.clocks.rows["promise"].state in ("met", "met_late")

    kinds = [e.kind for e in CaseEvent.select().where(CaseEvent.case == case_id).order_by(CaseEvent.id)]
    assert kinds == ["intake", "route", "assign", "note", "progress", "reply"]
    note = CaseEvent.get((CaseEvent.case == case_id) & (CaseEvent.kind == "note"))
    assert note.body == "현장 확인 예정" and note.actor.display_name == "김소통"
    reply_event = CaseEvent.get((CaseEvent.case == case_id) & (CaseEvent.kind == "reply"))
    assert reply_event.body == filled
    # The timeline shows it newest first, with who and the Korean label.
    model = view.timeline.timeline_model
    assert model.index(0, model.COL_WHAT).data() == "회신"
    assert model.index(0, model.COL_WHO).data() == "김소통"
    assert "부서 배정" in [model.index(r, model.COL_WHAT).data() for r in range(model.rowCount())]


def _classify(view, qtbot, classification, *, reason=None, text="", agency=None):
    dialog = view.open_classify_dialog()
    qtbot.waitUntil(dialog.isVisible)
    dialog.classification.setCurrentIndex(dialog.classification.findData(classification))
    if reason:
        dialog.reason_code.setCurrentIndex(dialog.reason_code.findData(reason))
    dialog.reason_text.setPlainText(text)
    if agency:
        dialog.agency.setCurrentIndex(dialog.agency.findData(agency))
    return dialog


def _to_review(view, case_id, officials):
    roads = Department.get(Department.name == "도로관리과")
    _save(view, "route", lambda f: f.department.setCurrentIndex(f.department.findData(roads.id)))
    _save(
        view, "assign", lambda f: f.official.setCurrentIndex(f.official.findData(officials["roads_lead"].id))
    )


def test_classify_refuses_without_a_reason_then_saves(view, case_id, officials, qtbot):
    _to_review(view, case_id, officials)
    dialog = _classify(view, qtbot, "long_term_review")
    assert not dialog.ok_button.isEnabled()
    assert "reason" in dialog.hint.text().lower()
    dialog.reason_code.setCurrentIndex(dialog.reason_code.findData("large_budget"))
    assert not dialog.ok_button.isEnabled()  # the reasons in words are still missing
    dialog.reason_text.setPlainText("전면 재포장은 내년 본예산에 반영해 검토합니다.")
    assert dialog.ok_button.isEnabled()
    dialog.review_on.setDate(dt.date(2027, 3, 2))
    dialog.ok_button.click()
    case = Case.get_by_id(case_id)
    assert (case.status, case.classification, case.reason_code) == (
        "classified",
        "long_term_review",
        "large_budget",
    )
    assert case.next_review_on == dt.date(2027, 3, 2)
    assert view.actions["letter"].isEnabled() and view.actions["next_review"].isEnabled()
    assert "예산 과다" in view.handling.reason.text()

    review = view.open_form("next_review")
    review.date.setDate(dt.date(2027, 6, 1))
    view.save_button.click()
    assert Case.get_by_id(case_id).next_review_on == dt.date(2027, 6, 1)

    _save(view, "reopen", lambda f: f.editor.setPlainText("추경 예산 확보"))
    case = Case.get_by_id(case_id)
    assert (case.status, case.classification, case.next_review_on) == ("in_review", None, None)


def test_referred_needs_an_agency(view, case_id, officials, qtbot):
    _to_review(view, case_id, officials)
    police = Agency.get(Agency.name == "파주경찰서")
    dialog = _classify(view, qtbot, "referred", text="신호등은 경찰서 소관")
    assert not dialog.ok_button.isEnabled()
    assert "agency" in dialog.hint.text().lower()
    dialog.agency.setCurrentIndex(dialog.agency.findData(police.id))
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    case = Case.get_by_id(case_id)
    assert (case.classification, case.agency_id) == ("referred", police.id)
    assert view.handling.agency.text() == "파주경찰서"


def test_mark_duplicate_links_both_cases(view, case_id, desk_actor, qtbot):
    earlier = cases.intake_case(channel="text", text="보도블록 파손 신고", actor=desk_actor)
    form = view.open_form("duplicate")
    form.number.setText("2099-999999")
    view.save_button.click()
    assert "2099-999999" in view.message.text()  # refused with the reason, panel still open
    assert form.number.text() == "2099-999999"
    form.number.setText(earlier.number)
    view.save_button.click()
    assert Case.get_by_id(case_id).duplicate_of_id == earlier.case_id
    assert earlier.number in view.handling.duplicate_of.text()
    opened = []
    bus().open_case_requested.connect(opened.append)
    view.handling._open_link(f"case:{earlier.case_id}")
    assert opened == [earlier.case_id]
    view.show_case(earlier.case_id)
    assert view.detail.duplicates[0].id == case_id


def test_conflict_dialog_shows_the_other_change_and_keeps_the_text(view, case_id, other_actor, qtbot):
    roads = Department.get(Department.name == "도로관리과")
    # Someone else routes the case after this desk opened it.
    cases.route_case(case_id=case_id, department_id=roads.id, actor=other_actor, expected_version=1)
    form = view.open_form("progress")
    form.editor.setPlainText("현장 점검을 마쳤습니다")
    view.save_button.click()
    dialog = view.conflict_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "박동료" in dialog.changes_view.toPlainText()
    assert "도로관리과" in dialog.changes_view.toPlainText()
    assert dialog.pending_view.toPlainText() == "현장 점검을 마쳤습니다"
    assert form.text() == "현장 점검을 마쳤습니다"  # nothing typed was lost
    assert CaseEvent.select().where(CaseEvent.kind == "progress").count() == 0

    dialog.reapply_button.click()
    events = CaseEvent.select().where((CaseEvent.case == case_id) & (CaseEvent.kind == "progress"))
    assert [e.body for e in events] == ["현장 점검을 마쳤습니다"]
    assert form.text() == ""
    assert view.handling.department.text() == "도로관리과"


def test_conflict_discard_clears_the_text(view, case_id, other_actor, qtbot):
    cases.record_progress(case_id=case_id, text="다른 사람 갱신", actor=other_actor, expected_version=1)
    form = view.open_form("reply")
    form.method.setCurrentIndex(form.method.findData("phone"))  # a text goes to the outbox, unversioned
    form.editor.setPlainText("내 회신")
    view.save_button.click()
    view.conflict_dialog.discard_button.click()
    assert form.text() == ""
    assert CaseEvent.select().where(CaseEvent.kind == "reply").count() == 0
    assert view.detail.version == Case.get_by_id(case_id).version


def _answer_next_box(qtbot, button_text):
    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        for button in box.buttons():
            if button.text() == button_text:
                button.click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, click)


def test_switching_case_with_unsaved_text_asks(view, case_id, desk_actor, qtbot):
    other = cases.intake_case(channel="text", text="쓰레기 무단 투기", actor=desk_actor)
    view.open_form("note").editor.setPlainText("아직 저장 안 한 메모")
    _answer_next_box(qtbot, "Keep editing")
    assert view.show_case(other.case_id) is False
    assert view.case_id == case_id
    assert view.forms["note"].text() == "아직 저장 안 한 메모"
    _answer_next_box(qtbot, "Keep editing")
    assert view.confirm_close() is False
    _answer_next_box(qtbot, "Discard text")
    assert view.show_case(other.case_id) is True
    assert view.case_id == other.case_id and view.forms["note"].text() == ""
    assert view.confirm_close() is True  # nothing typed: no question


def test_escape_goes_back(view, qtbot):
    with qtbot.waitSignal(view.back_requested, timeout=1000):
        qtbot.keyClick(view.resident.text, Qt.Key.Key_Escape)


def test_refreshes_when_another_screen_changes_the_case(view, case_id, other_actor):
    from civicdesk_gui.ui.shell.ops import announce

    note = cases.add_note(case_id=case_id, text="다른 화면에서 쓴 메모", actor=other_actor)
    announce(note.changes, None)
    assert view.timeline.timeline_model.rowCount() == 2
    # A notice about another case leaves the pane alone (no reload, no lost typing).
    view.open_form("note").editor.setPlainText("쓰던 메모")
    cases.add_note(case_id=case_id, text="세 번째 메모", actor=other_actor)
    from civicdesk_gui.domain.changes import Changes

    announce(Changes.of(cases=[case_id + 1000]), None)
    assert view.timeline.timeline_model.rowCount() == 2
    assert view.forms["note"].text() == "쓰던 메모"


def test_draft_letter_opens_the_letter_workflow_for_management_list_cases(
    view, case_id, officials, qtbot, monkeypatch
):
    calls = []
    bus().letter_requested.connect(calls.append)
    assert not view.actions["letter"].isEnabled()  # only long-term review and unfeasible get a letter
    _to_review(view, case_id, officials)
    dialog = _classify(
        view, qtbot, "unfeasible", reason="no_legal_grounds", text="관련 법령상 설치 근거가 없습니다."
    )
    dialog.ok_button.click()
    assert view.actions["letter"].isEnabled()
    view.actions["letter"].trigger()
    assert calls == [case_id]


def _settle(qtbot, widget, width):
    widget.resize(width, 900)
    qtbot.waitUntil(lambda: widget.scroll.viewport().width() <= width, timeout=2000)
    QApplication.processEvents()


def test_a_narrow_pane_wraps_instead_of_scrolling_sideways(view, qtbot):
    _settle(qtbot, view, 340)
    viewport = view.scroll.viewport()
    assert view.scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    # Nothing in the body needs more than the pane: no value is cut off at the right edge.
    assert view.body.minimumSizeHint().width() <= viewport.width()
    assert view.body.width() <= viewport.width()
    promise = view.clocks.rows["promise"].text
    right_edge = promise.mapTo(view.body, promise.rect().topRight()).x()
    assert right_edge <= viewport.width()
    # The deadline breaks after its "·": the due time on one line, the time past due on the next.
    first, second = promise.text().split("\n")
    assert first.replace("\u00a0", " ").startswith("Due 2026-11-05 08:43")
    assert "overdue by" in second.replace("\u00a0", " ")
    _settle(qtbot, view, 900)
    assert "\n" not in promise.text()  # wide enough: one line


def test_the_original_text_is_shown_whole_up_to_a_limit(qtbot, context, desk_actor):
    from civicdesk_gui.ui.cases.detail.case_detail_sections import ORIGINAL_TEXT_MAX_LINES

    paragraph = "운정신도시 산내마을 앞 보도블록이 들떠서 유모차와 휠체어가 지나가기 어렵습니다. "
    medium = cases.intake_case(channel="text", text=paragraph * 4, actor=desk_actor)
    long = cases.intake_case(channel="text", text=(paragraph * 3 + "\n") * 12, actor=desk_actor)
    widget = CaseDetailView(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_case(medium.case_id)
    _settle(qtbot, widget, 400)
    box = widget.resident.text
    assert box.height() > 4 * box.fontMetrics().lineSpacing()  # it wraps onto several lines...
    assert box.verticalScrollBar().maximum() == 0  # ...and all of them are in view
    _settle(qtbot, widget, 700)
    assert box.verticalScrollBar().maximum() == 0  # still whole after a resize
    widget.show_case(long.case_id)
    QApplication.processEvents()
    assert box.height() <= (ORIGINAL_TEXT_MAX_LINES + 1) * box.fontMetrics().lineSpacing() + 20
    assert box.verticalScrollBar().maximum() > 0  # the rest scrolls inside the box

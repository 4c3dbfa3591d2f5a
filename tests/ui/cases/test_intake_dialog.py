"""The new case dialog: duplicates shown before saving, the phone number flagged but kept."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.actions import cases
from civicdesk_gui.store.models import Case, Department, Topic
from civicdesk_gui.ui.cases.intake_dialog import IntakeDialog
from civicdesk_gui.ui.shell.signals import bus

TEXT = "운정3동 공원 산책로에 죽은 나무가 쓰러질 것 같아 위험합니다. 확인 부탁드립니다."


def _dialog(qtbot, context):
    dialog = IntakeDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_duplicates_are_shown_before_saving_with_a_link(qtbot, context, desk_actor):
    earlier = cases.intake_case(
        channel="text",
        text=TEXT,
        submitter_phone="010-2222-3333",
        actor=desk_actor,
        received_at=dt.datetime.now() - dt.timedelta(days=2),
    )
    dialog = _dialog(qtbot, context)
    dialog.phone.setText("01022223333")
    dialog.text.setPlainText(TEXT + " 빨리요")
    qtbot.waitUntil(lambda: dialog.duplicates_label.isVisible(), timeout=2000)
    assert Case.select().count() == 1  # nothing saved yet
    assert [d.case_id for d in dialog.duplicates] == [earlier.case_id]
    assert earlier.number in dialog.duplicates_label.text()
    opened = []
    bus().open_case_requested.connect(opened.append)
    dialog.open_duplicate(f"case:{earlier.case_id}")
    assert opened == [earlier.case_id]


def test_no_duplicates_for_another_phone(qtbot, context, desk_actor):
    cases.intake_case(channel="text", text=TEXT, submitter_phone="010-2222-3333", actor=desk_actor)
    dialog = _dialog(qtbot, context)
    dialog.phone.setText("010-9999-8888")
    dialog.text.setPlainText(TEXT)
    dialog.check_duplicates()
    assert dialog.duplicates == [] and dialog.duplicates_label.isHidden()


def test_invalid_phone_is_flagged_and_kept(qtbot, context):
    dialog = _dialog(qtbot, context)
    dialog.phone.setText("010-12")
    assert not dialog.phone_is_valid()
    assert "invalid" in dialog.phone_status.text()
    dialog.name.setText("김영희")
    dialog.text.setPlainText("가로등이 꺼져 있습니다")
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    case = Case.get_by_id(dialog.created_case_id)
    assert (case.submitter_phone, case.phone_valid, case.submitter_name) == ("010-12", False, "김영희")


def test_valid_phone_is_normalised_live_and_saved(qtbot, context):
    dialog = _dialog(qtbot, context)
    dialog.phone.setText("+82 10 1234 5678")
    assert "010-1234-5678" in dialog.phone_status.text()
    dialog.text.setPlainText("불법 주정차 단속 요청")
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    dialog.received_at.setDateTime(dt.datetime(2026, 11, 20, 14, 5))
    changed = []
    bus().changed.connect(lambda changes, _initiator: changed.append(changes))
    dialog.save()
    case = Case.get_by_id(dialog.created_case_id)
    assert (case.submitter_phone, case.phone_valid, case.channel.code) == ("010-1234-5678", True, "phone")
    assert case.received_at == dt.datetime(2026, 11, 20, 14, 5)
    assert [c.cases for c in changed] == [{dialog.created_case_id}]


def test_department_is_suggested_from_the_topic(qtbot, context):
    dialog = _dialog(qtbot, context)
    dialog.category.setCurrentIndex(dialog.category.findData("civil_complaint"))
    parking = Topic.get(Topic.code == "parking")
    dialog.topic.setCurrentIndex(dialog.topic.findData(parking.id))
    assert dialog.department.currentText() == "주차관리과"
    dialog.text.setPlainText("아파트 앞 불법 주차")
    dialog.save()
    case = Case.get_by_id(dialog.created_case_id)
    assert case.department_id == Department.get(Department.name == "주차관리과").id
    assert (case.topic_id, case.status) == (parking.id, "routed")
    dialog2 = _dialog(qtbot, context)
    dialog2.category.setCurrentIndex(dialog2.category.findData("gratitude"))
    assert dialog2.department.currentData() is None


def test_empty_text_is_refused_in_place(qtbot, context):
    dialog = _dialog(qtbot, context)
    dialog.save()
    assert dialog.created_case_id is None and dialog.error.isVisible()
    assert Case.select().count() == 0


def test_cancel_with_typed_text_asks_first(qtbot, context, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog = _dialog(qtbot, context)
    dialog.text.setPlainText("아직 저장하지 않은 민원")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []

    def answer(*_args, **_kwargs):
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.cancel()
    assert dialog.isVisible() and dialog.text.toPlainText() == "아직 저장하지 않은 민원"
    dialog.cancel()
    assert not dialog.isVisible() and len(asked) == 2
    assert Case.select().count() == 0

"""The two session dialogs share their communication-unit pickers: a request for a professional
group keeps its sub-group into the session editor; any other unit type clears and disables it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from civicdesk_gui.queries.sessions import pending_requests
from civicdesk_gui.store.models import SessionRequest, Town


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def test_request_for_a_professional_group_keeps_its_subgroup_into_the_editor(qtbot, context):
    from civicdesk_gui.ui.sessions.session_editor_dialog import SessionEditorDialog
    from civicdesk_gui.ui.sessions.session_request_dialog import SessionRequestDialog

    dialog = SessionRequestDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.town.itemData(0) is None and dialog.town.count() == Town.select().count() + 1
    dialog.requested_by.setText("적성면 인삼농협 조합장")
    dialog.unit_type.setCurrentIndex(dialog.unit_type.findData("professional"))
    assert dialog.subgroup.isEnabled()
    dialog.subgroup.setCurrentIndex(dialog.subgroup.findData("ginseng"))
    dialog.town.setCurrentIndex(dialog.town.findData(Town.get(Town.name == "적성면").id))
    dialog.unit_name.setText("인삼 재배 농가")
    dialog.save()
    saved = SessionRequest.get_by_id(dialog.request_id)
    assert (saved.unit_type, saved.unit_subgroup, saved.unit_name) == (
        "professional",
        "ginseng",
        "인삼 재배 농가",
    )

    (request,) = pending_requests()
    editor = SessionEditorDialog(context, None, request=request)
    qtbot.addWidget(editor)
    assert editor.unit_type.currentData() == "professional"
    assert editor.subgroup.isEnabled() and editor.subgroup.currentData() == "ginseng"
    assert editor.town.currentText() == "적성면"
    editor.unit_type.setCurrentIndex(editor.unit_type.findData("youth"))
    assert not editor.subgroup.isEnabled() and editor.subgroup.currentData() == ""


def test_a_subgroup_chosen_before_switching_away_is_not_saved(qtbot, context):
    from civicdesk_gui.ui.sessions.session_request_dialog import SessionRequestDialog

    dialog = SessionRequestDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.subgroup.isEnabled()  # the first unit type is not a professional group
    dialog.requested_by.setText("운정3동 주민자치회")
    dialog.unit_type.setCurrentIndex(dialog.unit_type.findData("professional"))
    dialog.subgroup.setCurrentIndex(dialog.subgroup.findData("poultry"))
    dialog.unit_type.setCurrentIndex(dialog.unit_type.findData("town"))
    dialog.save()
    saved = SessionRequest.get_by_id(dialog.request_id)
    assert (saved.unit_type, saved.unit_subgroup) == ("town", "")

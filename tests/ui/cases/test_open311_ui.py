"""Open311 in the GUI: an import meeting new service codes asks what they mean and goes on, a file
that is not JSON is one clear message, the Settings page edits the table, the export writes JSON."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings

from civicdesk_gui.queries.open311 import service_mappings
from civicdesk_gui.store.models import Case, Topic
from civicdesk_gui.ui.cases import open311_import
from civicdesk_gui.ui.cases.open311_import import start_open311_import
from civicdesk_gui.ui.cases.service_mapping_page import ServiceMappingPage
from civicdesk_gui.ui.shell.signals import bus


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """This test's own desk preferences: a saved view left by another test must not filter the list."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


RECORDS = [
    {"service_request_id": 638344, "status": "closed", "service_code": "006", "service_name": "Sidewalk and Curb Issues",
     "description": None, "requested_datetime": "2010-04-14T06:37:38-08:00"},
    {"service_request_id": 638349, "status": "open", "service_code": "006", "service_name": "Sidewalk and Curb Issues",
     "description": "Broken curb", "requested_datetime": "2010-04-19T06:37:38-08:00"},
    {"service_request_id": 7, "status": "open", "service_code": "graffiti", "service_name": "Graffiti",
     "requested_datetime": "2010-04-19T06:37:38Z"},
    {"service_request_id": 8, "status": "open", "service_code": "parks", "requested_datetime": "2010-04-19"},
]  # fmt: skip


def test_new_service_codes_are_mapped_on_the_spot_then_the_import_goes_on(qtbot, admin_context, tmp_path):
    context = admin_context  # only the administrator maps service codes
    path = tmp_path / "fms.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    changed = []
    bus().changed.connect(lambda changes, _initiator: changed.append(changes))
    controller = start_open311_import(context, path)
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    dialog = controller.mapping_dialog
    assert list(dialog.fields) == ["006", "graffiti"]
    assert dialog.hint.text() == "Still unmapped: 2 code(s)"
    sidewalks = Topic.get(Topic.code == "sidewalks")
    dialog.choose("006", "civil_complaint", sidewalks.id)  # graffiti stays unmapped
    assert dialog.mappings() == [("006", "civil_complaint", sidewalks.id, "Sidewalk and Curb Issues")]
    with qtbot.waitSignal(controller.finished, timeout=10_000) as blocker:
        dialog.accept()
    report = blocker.args[0]
    assert (report.imported, report.unmapped_records, len(report.rejected)) == (2, 1, 1)
    assert {c.external_id for c in Case.select()} == {"638344", "638349"}
    assert [m.service_code for m in service_mappings()] == ["006"]
    text = controller.report_dialog.text.toPlainText()
    assert "Imported: 2" in text and "Service code graffiti (Graffiti) is not mapped: records 3" in text
    assert "fms.json record 4 (8): a time without its time zone: 2010-04-19" in text
    assert any(c.touches_reference("service_mappings") for c in changed)
    assert any(c.touches_cases() for c in changed)
    controller.report_dialog.close()


def test_cancelling_the_mapping_imports_nothing(qtbot, admin_context, tmp_path):
    context = admin_context  # only the administrator maps service codes
    path = tmp_path / "fms.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    controller = start_open311_import(context, path)
    qtbot.waitUntil(lambda: controller.mapping_dialog is not None, timeout=10_000)
    with qtbot.waitSignal(controller.finished, timeout=5000) as blocker:
        controller.mapping_dialog.reject()
    assert blocker.args[0] is None and Case.select().count() == 0 and service_mappings() == []


def test_invalid_json_is_one_message_with_line_and_column(qtbot, context, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(open311_import, "show_error", lambda parent, exc, tb=None: shown.append(exc))
    path = tmp_path / "requests.json"
    path.write_text('[\n  {"service_code":006}\n]', encoding="utf-8")
    controller = start_open311_import(context, path)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as blocker:
        pass
    assert blocker.args[0] is None
    (error,) = shown
    assert error.code == "open311.leading_zero" and "line 2, column 19" in str(error)


def test_the_settings_page_edits_the_table(qtbot, admin_context):
    context = admin_context  # only the administrator maps service codes
    page = ServiceMappingPage(context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0 and not page.save_button.isEnabled()
    page.code.setText("006")
    page.name.setText("Sidewalk and Curb Issues")
    page.target.set_target("civil_complaint", Topic.get(Topic.code == "sidewalks").id)
    assert page.save_button.isEnabled()
    page.save_button.click()
    assert page.model.rowCount() == 1 and page.status.text() == "Saved: 006"
    assert page.model.index(0, page.model.COL_TOPIC).data() == "도로·보도"
    page.target.set_target("safety", None)
    page.save_button.click()
    assert [(m.service_code, m.category, m.topic_id) for m in service_mappings()] == [("006", "safety", None)]
    page.remove()
    assert page.model.rowCount() == 0 and service_mappings() == []


def test_the_cases_screen_exports_the_view_as_open311(qtbot, context, tmp_path):
    from civicdesk_gui.actions.cases import intake_case
    from civicdesk_gui.ui.cases.cases_screen import CasesScreen

    intake_case(channel="text", text="가로등이 꺼졌습니다", actor=context.actor, submitter_name="홍길동")
    screen = CasesScreen(context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: not screen.model.loading and screen.model.total == 1, timeout=5000)
    path = tmp_path / "requests.json"
    with qtbot.waitSignal(screen.export_runner.finished, timeout=10_000):
        screen.export_to(path, "open311")
    (request,) = json.loads(path.read_text(encoding="utf-8"))
    assert request["description"] == "가로등이 꺼졌습니다" and "홍길동" not in path.read_text(
        encoding="utf-8"
    )

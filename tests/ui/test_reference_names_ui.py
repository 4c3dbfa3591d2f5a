"""The English interface names reference data in English (departments, topics, channels…), the Korean
one in Korean; the administrator renames them on Settings > Names, and the lists follow."""

from __future__ import annotations

import pytest

from civicdesk_gui.store.models import Department
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.signals import bus


@pytest.fixture
def english():
    previous = preferences.get("ui/language")
    preferences.put("ui/language", "en")
    yield
    preferences.put("ui/language", previous)


def test_english_interface_shows_english_reference_names(qtbot, context, english):
    from civicdesk_gui.queries.filter_choices import filter_choices
    from civicdesk_gui.ui.cases.case_filter_bar import CaseFilterBar
    from civicdesk_gui.ui.shell.reference_labels import ref_name

    assert ref_name("도로관리과") == "Road Management Division"
    assert ref_name("바로문자") == "Text message"
    assert ref_name("주정차") == "Illegal parking"
    assert ref_name("없는 이름") == "없는 이름"  # no English name: the Korean one
    bar = CaseFilterBar()
    qtbot.addWidget(bar)
    bar.set_choices(filter_choices())
    shown = [bar.department.itemText(i) for i in range(bar.department.count())]
    assert "Road Management Division" in shown and "도로관리과" not in shown


def test_korean_interface_keeps_korean_names(qtbot, context):
    from civicdesk_gui.ui.shell.reference_labels import ref_name

    previous = preferences.get("ui/language")
    preferences.put("ui/language", "ko")
    try:
        assert ref_name("도로관리과") == "도로관리과"
    finally:
        preferences.put("ui/language", previous)


def test_the_administrator_renames_a_department_on_the_names_page(qtbot, admin_context, english):
    from civicdesk_gui.ui.reference.reference_page import ReferencePage
    from civicdesk_gui.ui.shell.reference_labels import ref_name

    assert ref_name("도로관리과") == "Road Management Division"
    page = ReferencePage(admin_context)
    qtbot.addWidget(page)
    assert page.current_kind() == "department"
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "도로관리과")
    with qtbot.waitSignal(bus().changed, timeout=2000):
        page.table.item(row, 1).setText("Roads Division")
    assert Department.get(Department.name == "도로관리과").name_en == "Roads Division"
    assert ref_name("도로관리과") == "Roads Division"  # the lists' names follow the rename


def test_a_coordinator_sees_the_names_but_cannot_edit_them(qtbot, context):
    from PySide6.QtWidgets import QAbstractItemView

    from civicdesk_gui.ui.reference.reference_page import ReferencePage

    page = ReferencePage(context)
    qtbot.addWidget(page)
    assert page.table.rowCount() == Department.select().count()
    assert page.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert "기준 정보 이름 변경" in page.note.text()  # says which permission is missing


def test_the_desk_page_switches_the_language_and_announces_the_restart(qtbot, english):
    from civicdesk_gui.ui.settings.desk_page import DeskPage

    page = DeskPage()
    qtbot.addWidget(page)
    assert page.language.currentData() == "en"
    assert page.notice.isHidden()
    page.language.setCurrentIndex(page.language.findData("ko"))
    assert preferences.get("ui/language") == "ko"
    assert not page.notice.isHidden() and not page.restart_button.isHidden()
    page.language.setCurrentIndex(page.language.findData("system"))
    assert preferences.get("ui/language") == "system"


def test_english_letters_lists_say_result_reason_and_department_in_english(qtbot, context, english):
    import datetime as dt

    from PySide6.QtCore import Qt

    from civicdesk_gui.queries.letters import AwaitingRow
    from civicdesk_gui.ui.letters.letter_table_models import AwaitingLetterTableModel as M

    model = M()
    row = AwaitingRow(
        1,
        "2026-000001",
        "홍길동",
        "unfeasible",
        "large_budget",
        "도로관리과",
        "요지",
        dt.datetime(2026, 11, 2, 9),
        0,
        dt.datetime(2026, 11, 20, 10),
    )
    model.set_rows([row])
    shown = {c: model.index(0, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())}
    assert shown[M.COL_RESULT] == "Unfeasible"
    assert shown[M.COL_REASON] == "Large budget"
    assert shown[M.COL_DEPARTMENT] == "Road Management Division"
    assert shown[M.COL_WAITING].startswith("2026-11-20 (")

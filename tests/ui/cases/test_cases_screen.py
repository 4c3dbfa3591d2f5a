"""The Cases screen driven like a coordinator would: views, filters, search, sort, detail, export."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt

from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.ui.cases.case_table_model import CaseTableModel
from civicdesk_gui.ui.cases.cases_screen import CasesScreen
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.context import AppContext
from tests.case_samples import NOW, department_id, make_sample_cases

M = CaseTableModel


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def settled(qtbot, screen: CasesScreen) -> None:
    qtbot.waitUntil(lambda: not screen.model.loading and screen.model.total >= 0, timeout=5000)


@pytest.fixture
def screen(qtbot, sqlite_db):
    actor = ensure_user("tester", display_name="시험 사용자")
    ids = make_sample_cases(actor)
    widget = CasesScreen(AppContext(actor=actor, database=sqlite_db), clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.views.count("all") is not None, timeout=5000)
    settled(qtbot, widget)
    widget.ids = ids
    yield widget
    settled(qtbot, widget)


def shown_ids(screen) -> set[int]:
    return {screen.model.index(r, 0).data(M.CaseIdRole) for r in range(screen.model.rowCount())}


def test_saved_views_show_counts_and_filter(qtbot, screen):
    assert screen.views.count("all") == 8
    assert screen.views.count("overdue") == 4
    assert screen.views.count("referred") == 1
    assert "8" in screen.views.list.item(0).text()
    assert screen.count_label.text() == "8 of 8 cases"
    screen.views.select_view("referred")
    settled(qtbot, screen)
    assert shown_ids(screen) == {screen.ids["referred"]}
    assert screen.count_label.text() == "1 of 8 cases"
    assert preferences.get("cases/view") == "referred"


def test_filter_bar_combos_filter(qtbot, screen):
    combo = screen.filters.department
    combo.setCurrentIndex(combo.findData(department_id("도로관리과")))
    settled(qtbot, screen)
    assert shown_ids(screen) == {screen.ids["overdue"], screen.ids["replied"]}
    screen.filters.clear()
    settled(qtbot, screen)
    assert screen.model.total == 8


def test_search_waits_for_a_pause_in_typing(qtbot, screen):
    search = screen.filters.search
    search.setText("공")
    search.setText("공원")  # Hangul via setText: keyClicks cannot type it
    assert screen.model.total == 8  # nothing ran yet: debounced
    qtbot.waitUntil(lambda: screen.model.total == 2, timeout=3000)
    settled(qtbot, screen)  # the count and the first page arrive separately
    assert shown_ids(screen) == {screen.ids["due_today"], screen.ids["long_term"]}
    search.setText("보도블록")
    qtbot.waitUntil(lambda: screen.model.total == 1, timeout=3000)
    settled(qtbot, screen)
    assert shown_ids(screen) == {screen.ids["overdue"]}


def test_clicking_a_header_sorts_in_sql(qtbot, screen):
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(M.COL_NUMBER) + 5
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.viewport().rect().topLeft() + _point(x)
    )
    settled(qtbot, screen)
    assert screen.model.case_sort.column == "number"
    first = [screen.model.index(r, M.COL_NUMBER).data() for r in range(screen.model.rowCount())]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_point(x))
    settled(qtbot, screen)
    second = [screen.model.index(r, M.COL_NUMBER).data() for r in range(screen.model.rowCount())]
    assert first == sorted(first) or first == sorted(first, reverse=True)
    assert second == list(reversed(first))


def _point(x: int):
    from PySide6.QtCore import QPoint

    return QPoint(x, 5)


def test_enter_opens_full_width_and_escape_returns(qtbot, screen):
    screen.table.setFocus()
    screen.table.selectRow(0)
    case_id = screen.current_case_id()
    assert screen.detail.case_id == case_id  # selection shows it in the side pane
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert screen.full_width
    assert not screen.table.isVisible()
    assert screen.detail.isVisible()
    assert screen.detail.case_id == case_id
    qtbot.keyClick(screen.detail, Qt.Key.Key_Escape)
    assert not screen.full_width
    assert screen.table.isVisible()


def test_ctrl_f_focuses_search(qtbot, screen):
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.filters.search.hasFocus()


def test_column_chooser_and_layout_are_remembered(qtbot, screen, sqlite_db):
    screen.set_column_visible(M.COL_OFFICIAL, False)
    screen.table.horizontalHeader().resizeSection(M.COL_SUMMARY, 222)
    screen._save_layout()
    again = CasesScreen(AppContext(actor=screen.context.actor, database=sqlite_db))
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().isSectionHidden(M.COL_OFFICIAL)
    assert again.table.horizontalHeader().sectionSize(M.COL_SUMMARY) == 222
    qtbot.waitUntil(lambda: not again.model.loading and again.model.total >= 0, timeout=5000)
    qtbot.waitUntil(lambda: again.views.count("all") is not None, timeout=5000)


def test_cases_changed_refreshes_the_list(qtbot, screen):
    from civicdesk_gui.actions import cases as actions
    from civicdesk_gui.ui.shell.ops import announce

    result = actions.intake_case(channel="qr", text="새로 들어온 민원", actor=screen.context.actor)
    announce(result.changes, None)
    qtbot.waitUntil(lambda: screen.views.count("all") == 9, timeout=5000)
    settled(qtbot, screen)
    assert screen.model.total == 9


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_of_the_current_view_reads_back(qtbot, screen, tmp_path, fmt):
    screen.views.select_view("overdue")
    settled(qtbot, screen)
    path = tmp_path / f"목록.{fmt}"
    with qtbot.waitSignal(screen.export_runner.finished, timeout=5000) as blocker:
        screen.export_to(path, fmt)
    assert blocker.args == [str(path), 4]
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
        assert table[0][0] == "접수번호"
        assert len(table) == 5
        assert any("보도블록" in row[5] for row in table[1:])
    else:
        rows = list(load_workbook(path).active.values)
        assert rows[0][0] == "접수번호"
        assert len(rows) == 5
        assert any(row[rows[0].index("담당 부서")] == "도로관리과" for row in rows[1:])


def test_ctrl_n_takes_in_a_case_and_selects_it(qtbot, screen, monkeypatch):
    from civicdesk_gui.ui.cases.intake_dialog import IntakeDialog

    def accept(dialog: IntakeDialog) -> int:
        # Stands in for the person filling in the dialog: Save goes through the op and the real action.
        dialog.channel.setCurrentIndex(dialog.channel.findData("walk_in"))
        dialog.text.setPlainText("방문 민원: 경로당 난방")
        dialog.save()
        return 1 if dialog.created_case_id is not None else 0

    created = []
    monkeypatch.setattr(
        IntakeDialog, "exec", lambda dialog: (accept(dialog), created.append(dialog.created_case_id))[0]
    )
    screen.table.sortByColumn(M.COL_NUMBER, Qt.SortOrder.AscendingOrder)  # the new case sorts last
    settled(qtbot, screen)
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(created) == 1
    qtbot.waitUntil(lambda: screen.current_case_id() == created[0], timeout=5000)
    row = screen.table.currentIndex().row()
    assert row == 8
    assert screen.model.index(row, M.COL_SUMMARY).data() == "방문 민원: 경로당 난방"
    assert screen.detail.case_id == created[0]
    settled(qtbot, screen)
    qtbot.waitUntil(lambda: screen.views.count("all") == 9, timeout=5000)


def test_import_button_offers_the_gateway_csv_and_open311(qtbot, screen, monkeypatch):
    calls = []
    monkeypatch.setattr(
        "civicdesk_gui.ui.cases.import_dialog.run_import_dialog",
        lambda context, parent: calls.append(("csv", context, parent)),
    )
    monkeypatch.setattr(
        "civicdesk_gui.ui.cases.open311_import.run_open311_import_dialog",
        lambda context, parent: calls.append(("open311", context, parent)),
    )
    gateway, open311 = screen.import_button.menu().actions()
    assert "Open311" in open311.text()
    gateway.trigger()
    open311.trigger()
    assert calls == [("csv", screen.context, screen), ("open311", screen.context, screen)]


def test_the_detail_pane_gets_about_36_percent_until_the_user_moves_the_split(qtbot, screen, sqlite_db):
    assert screen.splitter.sizes()[1] == 0  # nothing selected: the list has the whole width
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.splitter.sizes()[1] > 0, timeout=2000)
    list_part, detail_part = screen.splitter.sizes()
    assert 0.33 <= detail_part / (list_part + detail_part) <= 0.39
    screen.splitter.setSizes([600, 600])  # (narrower than ~30 % is below the shown case's minimum width)
    screen._save_layout()
    again = CasesScreen(AppContext(actor=screen.context.actor, database=sqlite_db), clock=lambda: NOW)
    qtbot.addWidget(again)
    again.resize(1300, 800)
    again.show()
    settled(qtbot, again)
    again.table.selectRow(0)
    qtbot.waitUntil(lambda: again.splitter.sizes()[1] > 0, timeout=2000)
    list_part, detail_part = again.splitter.sizes()
    assert 0.47 <= detail_part / (list_part + detail_part) <= 0.53  # the saved split wins over the default
    settled(qtbot, again)
    qtbot.waitUntil(lambda: again.views.count("all") is not None, timeout=5000)


def _answer_next_box(button_text: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)


def test_keeping_unsaved_text_puts_the_list_back_on_the_edited_case(qtbot, screen):
    screen.table.selectRow(0)
    edited = screen.current_case_id()
    screen.detail.open_form("note").editor.setPlainText("아직 저장 안 한 메모")
    _answer_next_box("Keep editing")
    row_1 = screen.table.visualRect(screen.model.index(1, M.COL_NUMBER)).center()
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=row_1)
    assert screen.detail.case_id == edited
    qtbot.waitUntil(lambda: screen.current_case_id() == edited, timeout=2000)  # back on the edited case
    assert screen.table.selectionModel().selectedRows()[0].row() == 0
    assert screen.detail.forms["note"].text() == "아직 저장 안 한 메모"
    _answer_next_box("Discard text")
    screen.table.selectRow(1)
    assert screen.current_case_id() == screen.detail.case_id != edited


def test_closing_the_window_asks_about_unsaved_text(qtbot, sqlite_db):
    from civicdesk_gui.ui.main_window import MainWindow

    actor = ensure_user("tester", display_name="시험 사용자")
    make_sample_cases(actor)
    window = MainWindow(AppContext(actor=actor, database=sqlite_db))
    qtbot.addWidget(window)
    window.show()
    window.show_screen("cases")
    cases_screen = window.screens["cases"]
    settled(qtbot, cases_screen)
    cases_screen.table.selectRow(0)
    cases_screen.detail.open_form("reply").editor.setPlainText("회신 초안")
    _answer_next_box("Keep editing")
    assert window.close() is False
    assert window.isVisible() and cases_screen.detail.forms["reply"].text() == "회신 초안"
    _answer_next_box("Discard text")
    assert window.close() is True
    for screen in window.screens.values():  # let the other screens' background loads finish
        model = getattr(screen, "model", None)
        if model is not None and hasattr(model, "loading"):
            qtbot.waitUntil(lambda m=model: not m.loading, timeout=5000)


def test_a_link_to_another_case_opens_it_in_the_list_or_full_width(qtbot, screen):
    from civicdesk_gui.ui.shell.signals import bus

    target = screen.ids["overdue"]
    bus().open_case_requested.emit(target)
    assert screen.detail.case_id == target and screen.current_case_id() == target
    assert not screen.full_width
    screen.views.select_view("referred")  # a view the case is not in
    settled(qtbot, screen)
    assert target not in shown_ids(screen)
    bus().open_case_requested.emit(target)
    assert screen.detail.case_id == target
    assert screen.full_width  # nothing to point at in the list: the case takes the whole screen


def test_the_list_leads_with_the_work(qtbot, screen):
    """First start: number, deadline, the request (widest), status, department, received; the rest
    hidden but a right-click away; the request shows its first line, the whole text in the tooltip."""
    header = screen.table.horizontalHeader()
    shown = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    assert shown == [
        M.COL_NUMBER,
        M.COL_DEADLINE,
        M.COL_SUMMARY,
        M.COL_STATE,
        M.COL_DEPARTMENT,
        M.COL_RECEIVED,
    ]
    widths = {c: header.sectionSize(c) for c in shown}
    assert widths[M.COL_SUMMARY] == max(widths.values())
    # Every shown column fits in the list at the screen's width: nothing behind a horizontal scroll.
    assert sum(widths.values()) <= screen.table.viewport().width() + 2
    deadline_texts = [
        screen.model.index(r, M.COL_DEADLINE).data() or "" for r in range(screen.model.rowCount())
    ]
    metrics = screen.table.fontMetrics()
    assert all(metrics.horizontalAdvance(t) + 24 <= widths[M.COL_DEADLINE] for t in deadline_texts)
    index = screen.model.index(0, M.COL_SUMMARY)
    assert "\n" not in index.data()
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(index.data())


def test_a_short_search_word_past_the_cap_shows_at_least_then_counts_all_on_request(qtbot, screen):
    """ "공원" (two syllables) cannot use the trigram index: counted up to the cap, the bar says "1+"
    with a link, never "1" as if exact; the link counts every match."""
    screen.model.count_cap = 1
    screen.filters.search.setText("공원")
    qtbot.waitUntil(lambda: screen.model.at_least == 1, timeout=3000)
    assert screen.model.total == -1  # no exact count known (an export shows no false number)
    text = screen.count_label.text()
    assert "1+" in text and 'href="count"' in text
    assert screen.count_label.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the link takes Tab
    screen.count_label.linkActivated.emit("count")
    qtbot.waitUntil(lambda: screen.model.total == 2, timeout=3000)
    assert screen.model.at_least is None
    assert "href" not in screen.count_label.text() and "2" in screen.count_label.text()
    assert screen.count_label.focusPolicy() == Qt.FocusPolicy.NoFocus
    # A word long enough for the index is counted exactly at once, whatever the cap.
    screen.filters.search.setText("보도블록")
    qtbot.waitUntil(lambda: screen.model.total == 1, timeout=3000)
    assert screen.model.at_least is None

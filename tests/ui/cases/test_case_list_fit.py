"""At 1366×768 with a case open beside it, the case list's columns fit its width: no horizontal
scroll to reach the received time, in Korean and in English; the case's reply and classify buttons
stay on its toolbar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.ui.cases.case_table_model import CaseTableModel
from civicdesk_gui.ui.main_window import MainWindow
from civicdesk_gui.ui.shell.context import AppContext
from tests.case_samples import make_sample_cases


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def _cases_beside_a_case(qtbot, sqlite_db, size):
    actor = ensure_user("tester", display_name="시험 사용자")
    make_sample_cases(actor)
    window = MainWindow(AppContext(actor=actor, database=sqlite_db))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_screen("cases")
    screen = window.screens["cases"]
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0 and not screen.model.loading, timeout=5000)
    screen.table.selectRow(1)
    qtbot.waitUntil(
        lambda: screen.detail.case_id is not None and screen.splitter.sizes()[1] > 0, timeout=5000
    )
    qtbot.wait(50)  # the fitting runs after the split is applied
    return screen


def _right_edges(screen) -> dict[str, tuple[int, int]]:
    header = screen.table.horizontalHeader()
    return {
        screen.model.headerData(c, Qt.Orientation.Horizontal): (
            header.sectionPosition(c) + header.sectionSize(c),
            header.sectionSize(c),
        )
        for c in range(CaseTableModel.COLUMN_COUNT)
        if not header.isSectionHidden(c)
    }


def _assert_columns_inside(qtbot, screen):
    qtbot.waitUntil(
        lambda: all(edge <= screen.table.viewport().width() for edge, _size in _right_edges(screen).values()),
        timeout=10000,  # the fitting waits for the pane's split and the rows' widths; a busy CI is slow
    )


def _assert_fits(qtbot, screen):
    width = screen.table.viewport().width()
    _assert_columns_inside(qtbot, screen)
    assert screen.table.horizontalScrollBar().maximum() == 0
    edges = _right_edges(screen)
    assert len(edges) == 6  # number, deadline, request, status, department, received
    # Nothing squeezed to nothing: every column keeps at least a few letters.
    font = screen.table.fontMetrics()
    assert all(size >= font.horizontalAdvance("가가") for _edge, size in edges.values()), edges
    header = screen.table.horizontalHeader()
    received = header.sectionPosition(CaseTableModel.COL_RECEIVED) + header.sectionSize(
        CaseTableModel.COL_RECEIVED
    )
    assert received <= width
    toolbar = screen.detail.toolbar
    for key in ("reply", "classify"):
        assert toolbar.widgetForAction(screen.detail.actions[key]).isVisible(), key


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900)])
def test_the_list_fits_beside_an_open_case_in_english(qtbot, sqlite_db, size):
    _assert_fits(qtbot, _cases_beside_a_case(qtbot, sqlite_db, size))


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900)])
def test_the_list_fits_beside_an_open_case_in_korean(qtbot, sqlite_db, korean, size):
    screen = _cases_beside_a_case(qtbot, sqlite_db, size)
    assert screen.model.headerData(CaseTableModel.COL_RECEIVED, Qt.Orientation.Horizontal) == "접수 일시"
    _assert_fits(qtbot, screen)


def test_the_request_column_takes_the_width_when_the_list_is_alone(qtbot, sqlite_db):
    screen = _cases_beside_a_case(qtbot, sqlite_db, (1366, 768))
    beside = screen.table.horizontalHeader().sectionSize(CaseTableModel.COL_SUMMARY)
    screen.splitter.setSizes([sum(screen.splitter.sizes()), 0])
    screen._fit_summary_column()
    alone = screen.table.horizontalHeader().sectionSize(CaseTableModel.COL_SUMMARY)
    assert alone > beside
    _edges = _right_edges(screen)
    assert max(edge for edge, _size in _edges.values()) == screen.table.viewport().width()


def test_a_column_sized_by_hand_is_kept(qtbot, sqlite_db):
    from civicdesk_gui.ui.shell import preferences

    screen = _cases_beside_a_case(qtbot, sqlite_db, (1366, 768))
    preferences.put("cases/columns_fitted", False)
    screen._fit_summary = False
    header = screen.table.horizontalHeader()
    header.resizeSection(CaseTableModel.COL_DEPARTMENT, 300)
    screen._fit_summary_column()
    assert header.sectionSize(CaseTableModel.COL_DEPARTMENT) == 300


@pytest.mark.parametrize("language", ["en", "ko"])
def test_reply_and_classify_stay_on_the_narrowest_pane(qtbot, sqlite_db, request, language):
    if language == "ko":
        request.getfixturevalue("korean")
    screen = _cases_beside_a_case(qtbot, sqlite_db, (1366, 768))
    screen.splitter.setSizes([2000, 1])  # the pane dragged as narrow as it goes
    qtbot.waitUntil(lambda: screen.splitter.sizes()[1] <= screen.detail.minimumSizeHint().width() + 1)
    assert screen.splitter.sizes()[1] > 0
    for key in ("reply", "classify"):
        assert screen.detail.toolbar.widgetForAction(screen.detail.actions[key]).isVisible(), key
    _assert_columns_inside(qtbot, screen)

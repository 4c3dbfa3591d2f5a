"""A coordinator's day by keyboard: switching screens puts focus in the screen (so Ctrl+F / Ctrl+N
work), Tab walks out of every filter box, text fields give Tab back, the case's action buttons are
Tab stops, and the history does not swallow Tab. Each test walks the real focus chain."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from civicdesk_gui.actions import cases
from civicdesk_gui.ui.shell.focus import first_focusable

TEXT = "운정3동 공원 산책로에 죽은 나무가 쓰러질 것 같아 위험합니다."


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def focused(widget):
    """The widget with the keyboard in `widget`'s window (offscreen windows are never active, so
    focused(window) stays None; the window's focus child is what the keys go to)."""
    return widget.window().focusWidget()


def tab_walk(qtbot, start, steps: int, key=Qt.Key.Key_Tab) -> list:
    """Press Tab `steps` times from `start`; the widgets focus visited, in order."""
    start.setFocus()
    visited = [focused(start)]
    for _ in range(steps):
        qtbot.keyClick(focused(start), key)
        visited.append(focused(start))
    return visited


def _shortcut(window, sequence: str):
    (action,) = [a for a in window.actions() if a.shortcut() == QKeySequence(sequence)]
    return action


def test_switching_screens_puts_focus_inside_the_screen(qtbot, context):
    from civicdesk_gui.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.rail.setFocus()
    _shortcut(window, "Ctrl+2").trigger()
    cases_screen = window.screens["cases"]
    assert cases_screen.isAncestorOf(focused(window))
    assert focused(window) is cases_screen.table
    # Ctrl+F now reaches the screen's own shortcut.
    qtbot.keyClick(focused(window), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert cases_screen.filters.search.hasFocus()
    for key in ("sessions", "letters", "settings", "briefing"):
        window.rail.setFocus()
        window.show_screen(key)
        assert window.screens[key].isAncestorOf(focused(window)), key
    # A click on the rail does the same.
    window.rail.setFocus()
    item = window.rail.item(1)
    window.rail.setCurrentItem(item)
    window.rail.itemClicked.emit(item)
    assert cases_screen.isAncestorOf(focused(window))
    qtbot.waitUntil(lambda: not cases_screen.model.loading, timeout=5000)


def test_tab_walks_through_and_out_of_the_filter_bar(qtbot):
    from civicdesk_gui.ui.cases.case_filter_bar import CaseFilterBar

    bar = CaseFilterBar()
    qtbot.addWidget(bar)
    bar.show()
    visited = tab_walk(qtbot, bar.search, 20)
    order = [
        bar.search,
        bar.state,
        bar.overdue,
        bar.due_today,
        bar.channel,
        bar.category,
        bar.department,
        bar.official,
        bar.town,
        bar.session,
        bar.received_from,
        bar.received_to,
        bar.reset_button,
    ]
    seen = [w for w in dict.fromkeys(visited) if w in order]
    assert seen == order  # every box once, in reading order: the date boxes let Tab go
    assert visited[visited.index(bar.received_from) + 1] is bar.received_to
    back = tab_walk(qtbot, bar.received_to, 1, Qt.Key.Key_Backtab)
    assert back[-1] is bar.received_from


def test_tab_in_the_intake_text_moves_on_and_types_nothing(qtbot, context):
    from civicdesk_gui.ui.cases.intake_dialog import IntakeDialog

    dialog = IntakeDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText(TEXT)
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert dialog.text.toPlainText() == TEXT
    assert not dialog.text.hasFocus()


@pytest.fixture
def case_view(qtbot, context, desk_actor):
    from civicdesk_gui.ui.cases.detail.case_detail_view import CaseDetailView

    case_id = cases.intake_case(
        channel="text", text=TEXT, actor=desk_actor, received_at=dt.datetime(2026, 11, 3, 8, 43)
    ).case_id
    view = CaseDetailView(context)
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.show()
    assert view.show_case(case_id)
    return view


def test_the_case_actions_are_tab_stops_with_shortcuts(qtbot, case_view):
    from civicdesk_gui.ui.cases.detail.case_detail_view import BUTTON_ACTIONS, SHORTCUTS

    buttons = [case_view.toolbar.widgetForAction(case_view.actions[k]) for k in BUTTON_ACTIONS]
    visible = [b for b in buttons if b.isVisible()]
    enabled = [b for b in visible if b.isEnabled()]  # (assigning waits for a department)
    assert visible[:2] == buttons[:2]  # reply and classify never fold away first
    start = first_focusable(case_view)
    visited = tab_walk(qtbot, start, 30)
    missing = [b.text() for b in enabled if b not in visited]
    assert not missing, (missing, [getattr(w, "text", lambda: "")() for w in visited])
    for key, sequence in SHORTCUTS.items():
        action = case_view.actions[key]
        assert action.shortcut() == QKeySequence(sequence)
        assert QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText) in action.toolTip()


def test_the_history_lets_tab_go(qtbot, case_view):
    timeline = case_view.timeline
    assert timeline.model().rowCount() >= 1
    visited = tab_walk(qtbot, timeline, 1)
    assert visited[-1] is not timeline


def test_ctrl_r_opens_the_reply_form(qtbot, case_view):
    case_view.actions["reply"].trigger()
    assert case_view.panel.isVisible() and case_view.panel_stack.currentWidget() is case_view.forms["reply"]

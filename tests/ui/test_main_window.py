"""The main window assembles the screens, switches with the keyboard, and shows database notices."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QKeySequence

from civicdesk_gui.ui.main_window import MainWindow
from civicdesk_gui.ui.shell.context import AppContext


def test_rail_lists_every_screen_and_ctrl_number_switches(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    titles = [window.rail.item(i).text() for i in range(window.rail.count())]
    assert titles == ["Briefing", "Cases", "Sessions", "Letters", "Outbox", "Sign-off", "Settings"]
    # The offscreen platform never activates a window, so Qt would not dispatch the key: find the
    # action bound to Ctrl+3 and trigger it, which is what the shortcut does.
    (action,) = [a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+3")]
    action.trigger()
    assert window.current_screen_key() == "sessions"
    assert window.stack.currentWidget() is window.screens["sessions"]
    # The number is the place on the rail: Ctrl+7, the last, is Settings.
    for number, key in enumerate(
        ["briefing", "cases", "sessions", "letters", "outbox", "approvals", "settings"], 1
    ):
        (action,) = [a for a in window.actions() if a.shortcut() == QKeySequence(f"Ctrl+{number}")]
        action.trigger()
        assert window.current_screen_key() == key
    assert window.statusBar().isVisible()
    assert context.actor.display_name in window.user_label.text()


def test_a_database_notice_is_shown_in_the_status_bar(qtbot, context):
    flagged = AppContext(
        actor=context.actor, database=replace(context.database, notices=("postgres_c_locale",))
    )
    window = MainWindow(flagged)
    qtbot.addWidget(window)
    assert "C locale" in window.notice_label.toolTip()
    assert "C locale" in window.statusBar().currentMessage()
    plain = MainWindow(context)
    qtbot.addWidget(plain)
    assert plain.notice_label.toolTip() == ""


def test_a_case_link_from_another_screen_brings_the_cases_screen_forward(qtbot, context):
    from civicdesk_gui.actions.cases import intake_case
    from civicdesk_gui.ui.shell.signals import bus

    case = intake_case(channel="text", text="가로등 고장 신고", actor=context.actor)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_screen("sessions")
    bus().open_case_requested.emit(case.case_id)
    assert window.current_screen_key() == "cases"
    qtbot.waitUntil(lambda: window.screens["cases"].detail.case_id == case.case_id, timeout=5000)

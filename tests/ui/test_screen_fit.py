"""Every main dialog, and the window, fit a 1366×768 laptop at 150 % scaling: 911×512 logical pixels.

Qt scales fonts and widgets together, so at QT_SCALE_FACTOR=1.5 a widget's logical size is what it
is here at 1.0: a minimum size within 911×512 (less the window frame) means the dialog can be shown
whole there, and fit_on_screen() makes it so (a letter dialog sized for a big monitor included)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

from civicdesk_gui.ui.shell.screen_fit import FRAME_ALLOWANCE, available_area, fit_on_screen, fitted_size

LAPTOP_150 = QRect(0, 0, 911, 512)  # 1366x768 at 150 %
LAPTOP_125 = QRect(0, 0, 1093, 614)  # 1366x768 at 125 %
ROOM = LAPTOP_150.size() - FRAME_ALLOWANCE


def _dialogs(context):
    from civicdesk_gui.queries.case_detail import load_case_detail
    from civicdesk_gui.ui.cases.detail.case_action_dialogs import ClassifyDialog
    from civicdesk_gui.ui.cases.import_dialog import ColumnMappingDialog
    from civicdesk_gui.ui.cases.intake_dialog import IntakeDialog
    from civicdesk_gui.ui.help.about_dialog import AboutDialog
    from civicdesk_gui.ui.letters.letter_dialog import LetterDialog
    from civicdesk_gui.ui.outbox.linked_dialog import LinkedRepliesDialog
    from civicdesk_gui.ui.sessions.session_editor_dialog import SessionEditorDialog
    from civicdesk_gui.ui.sessions.session_request_dialog import SessionRequestDialog
    from civicdesk_gui.ui.users.users_page import UserDialog
    from tests.letter_helpers import make_letter_case

    case_id = make_letter_case(context.actor)
    headers = ["수신시각", "발신번호", "문자내용", "비고", "담당", "메모"]
    return {
        "intake": lambda: IntakeDialog(context),
        "classify": lambda: ClassifyDialog(load_case_detail(case_id)),
        "import mapping": lambda: ColumnMappingDialog(
            headers,
            ["message"],
            None,
            [["2026-11-01 09:00", "010-1234-5678", "가로등이 꺼졌어요", "", "", ""]],
        ),
        "letter": lambda: LetterDialog(context, case_id),
        "session": lambda: SessionEditorDialog(context, None),
        "session request": lambda: SessionRequestDialog(context),
        "linked residents": lambda: LinkedRepliesDialog(context),
        "user": lambda: UserDialog(UserDialog.ADD),
        "about": lambda: AboutDialog(context.database),
    }


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_main_dialog_fits_a_laptop_at_150_percent(qtbot, context, request, language):
    if language == "ko":
        request.getfixturevalue("korean")
    for name, make in _dialogs(context).items():
        dialog = make()
        qtbot.addWidget(dialog)
        # Fitted as it is made, to the screen it opens on (the test platform's is 800 pixels wide).
        screen_room = available_area(dialog).size() - FRAME_ALLOWANCE
        assert QWidget.size(dialog).boundedTo(screen_room) == QWidget.size(dialog), name
        minimum = dialog.minimumSize().expandedTo(dialog.minimumSizeHint())
        assert minimum.width() <= ROOM.width() and minimum.height() <= ROOM.height(), (name, minimum)
        size = fit_on_screen(dialog, LAPTOP_150)
        assert size.width() <= ROOM.width() and size.height() <= ROOM.height(), (name, size)
        assert QWidget.size(dialog) == size
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= ROOM.width() and dialog.height() <= ROOM.height(), name
        dialog.close()


def test_the_letter_dialog_keeps_its_size_where_there_is_room(qtbot, context):
    from civicdesk_gui.ui.letters.letter_dialog import LetterDialog
    from tests.letter_helpers import make_letter_case

    dialog = LetterDialog(context, make_letter_case(context.actor))
    qtbot.addWidget(dialog)
    dialog.resize(1200, 820)  # as it asks for itself (the test screen is smaller than that)
    assert fit_on_screen(dialog, QRect(0, 0, 1920, 1080)) == QSize(1200, 820)
    size = fit_on_screen(dialog, LAPTOP_125)
    assert size == LAPTOP_125.size() - FRAME_ALLOWANCE


def test_a_window_is_moved_inside_the_screen(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.move(700, 300)
    widget.show()
    fit_on_screen(widget, LAPTOP_150)
    assert widget.x() + widget.width() <= LAPTOP_150.right() + 1
    assert widget.y() >= 0 and widget.x() >= 0


def test_never_below_the_minimum(qtbot):
    assert fitted_size(QSize(2000, 2000), QSize(950, 300), LAPTOP_150) == QSize(950, 472)


def test_the_main_window_fits_a_laptop_at_150_percent(qtbot, context):
    from civicdesk_gui.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.minimumSize().width() <= ROOM.width() and window.minimumSize().height() <= ROOM.height()
    size = fit_on_screen(window, LAPTOP_150)
    assert size.width() <= ROOM.width() and size.height() <= ROOM.height()


def test_a_settings_page_taller_than_the_window_scrolls_in_its_tab(qtbot, admin_context):
    from civicdesk_gui.ui.screens import build_settings_screen

    screen = build_settings_screen(admin_context)
    qtbot.addWidget(screen)
    tallest = max(page.minimumSizeHint().height() for page in screen.pages.values())
    assert tallest > 400  # the City page: letterhead, seal, emblem
    assert screen.minimumSizeHint().height() < 300
    screen.resize(700, 380)
    screen.show()
    screen.show_page("city")
    qtbot.waitExposed(screen)
    scroll = screen.scrolls["city"]
    assert scroll.verticalScrollBar().maximum() > 0


def test_every_list_heading_ends_in_an_ellipsis_when_its_column_is_narrow(qtbot, admin_context):
    """A narrow column shows "Depart…" rather than "Departme" (Qt's headers do not elide by default):
    every table on every main screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView

    from civicdesk_gui.ui.main_window import MainWindow

    window = MainWindow(admin_context)
    qtbot.addWidget(window)
    for key in ("briefing", "cases", "letters", "outbox", "approvals"):
        window.show_screen(key, focus=False)
        headers = [
            header
            for header in window.screens[key].findChildren(QHeaderView)
            if header.orientation() == Qt.Orientation.Horizontal and header.parent().isVisibleTo(window)
        ]
        assert headers, key
        cut = [
            type(header.parent()).__name__
            for header in headers
            if header.textElideMode() != Qt.TextElideMode.ElideRight
        ]
        assert not cut, (key, cut)

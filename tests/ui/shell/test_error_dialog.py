"""Error boxes reach the people looking at the screen: a window that is going (closing, or replaced
after a damaged database was restored) shows none for its screens' late failures."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from civicdesk_gui.ui.shell.error_dialog import RETIRED, show_error


def _show_and_collect(parent: QWidget, exc: BaseException) -> list[str]:
    """show_error, with any box it opens closed (and counted) a moment later instead of waiting."""
    shown: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(close_box)
    timer.start()
    try:
        show_error(parent, exc)
    finally:
        timer.stop()
    return shown


def test_a_screen_of_a_shown_window_reports_its_failure(qtbot):
    window = QWidget()
    screen = QWidget(window)
    qtbot.addWidget(window)
    window.show()
    assert len(_show_and_collect(screen, OSError("disk on fire"))) == 1


def test_a_screen_of_a_retired_window_shows_no_box(qtbot, capsys):
    window = QWidget()
    screen = QWidget(window)
    qtbot.addWidget(window)
    window.show()
    window.setProperty(RETIRED, True)
    assert _show_and_collect(screen, OSError("database disk image is malformed")) == []
    assert "database disk image is malformed" in capsys.readouterr().err


def test_a_retired_window_without_a_console_still_shows_no_box(qtbot, monkeypatch):
    """The windowed Windows build has no stderr (sys.stderr is None): the failure is dropped quietly,
    never turned into a second error."""
    window = QWidget()
    screen = QWidget(window)
    qtbot.addWidget(window)
    window.show()
    window.setProperty(RETIRED, True)
    monkeypatch.setattr("sys.stderr", None)
    assert _show_and_collect(screen, OSError("database disk image is malformed")) == []

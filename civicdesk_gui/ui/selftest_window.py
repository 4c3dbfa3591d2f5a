"""The selftest's look at the GUI (civicdesk_gui/selftest.py): the application as the desk starts it
(bundled fonts, Qt's and our Korean translations, icons), the main window on the selftest's database,
and every screen of the rail opened in turn, each given time to load its rows in the background.

Desk preferences go to an INI file in the selftest's folder, never to this computer's settings."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QThreadPool, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

LOAD_TIMEOUT_S = 15.0
HARMLESS = ("propagateSizeHints",)


def _settle(app: QApplication, tracker, timeout: float = LOAD_TIMEOUT_S) -> None:
    """Let background jobs (list pages, counts) finish and their results reach the widgets."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if tracker.count == 0 and QThreadPool.globalInstance().activeThreadCount() == 0:
            app.processEvents()
            return
        time.sleep(0.02)
    raise RuntimeError(f"background work still running after {timeout:.0f} s")


def open_every_screen(actor, folder: Path) -> str:
    from civicdesk_gui.ui.shell import preferences

    # Its own settings file, in Korean whatever language this desk chose: the check is of the
    # Korean translations, and must not depend on (or change) the settings of the computer it runs on.
    preferences.use_file(str(folder / "settings" / "CivicDesk.ini"))
    preferences.put("ui/language", "ko")
    problems: list[str] = []

    def collect(kind, _context, message) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) or (
            kind == QtMsgType.QtWarningMsg and not any(h in message for h in HARMLESS)
        ):
            problems.append(message)

    previous = qInstallMessageHandler(collect)
    try:
        return _open(actor, problems)
    finally:
        qInstallMessageHandler(previous)
        preferences.use_file(None)


def _open(actor, problems: list[str]) -> str:
    from civicdesk_gui.store.database import database_proxy, parse_url
    from civicdesk_gui.ui.app import create_application
    from civicdesk_gui.ui.main_window import MainWindow
    from civicdesk_gui.ui.shell.background import tracker
    from civicdesk_gui.ui.shell.context import AppContext

    app = create_application()
    translators = len(getattr(app, "_civicdesk_translators", []))
    if translators < 2:
        raise RuntimeError(f"{translators} of 2 Korean translations loaded (Qt's qtbase_ko and CivicDesk's)")
    target = parse_url(f"sqlite:///{database_proxy.obj.database}")
    window = MainWindow(AppContext(actor=actor, database=target))
    window.resize(1366, 768)
    window.show()
    opened = []
    try:
        for key in list(window.screens):
            window.show_screen(key)
            _settle(app, tracker())
            widget = window.screens[key]
            if window.stack.currentWidget() is not widget or not widget.isVisible():
                raise RuntimeError(f"the {key} screen did not show")
            if widget.grab().isNull():
                raise RuntimeError(f"the {key} screen did not draw")
            opened.append(key)
        cases = window.screens.get("cases")
        if cases is not None and cases.model.rowCount() == 0:
            raise RuntimeError("the case list shows no cases")
    finally:
        window.close()
        _settle(app, tracker())
        window.deleteLater()
        app.processEvents()
    if problems:
        raise RuntimeError("Qt warned: " + " | ".join(problems[:3]))
    return f"{len(opened)} screens opened and drawn ({', '.join(opened)}), Korean translations loaded"

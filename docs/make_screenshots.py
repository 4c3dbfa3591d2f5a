"""Screenshots of CivicDesk for the README, taken from a real window (run under Xvfb):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_screenshots.py sqlite:////tmp/demo.db docs

Each screen is shown in turn, given time to load its rows in the background, and grabbed. The window
fills the virtual screen; SHOTS_LANGUAGE=en|ko picks the interface language and names the files
(screen-cases-en-1366x768.png) so both languages at both sizes sit side by side.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from civicdesk_gui.actions.actor import ensure_user  # noqa: E402
from civicdesk_gui.store.models import Session  # noqa: E402
from civicdesk_gui.store.opening import connect  # noqa: E402
from civicdesk_gui.ui.app import create_application  # noqa: E402
from civicdesk_gui.ui.main_window import MainWindow  # noqa: E402
from civicdesk_gui.ui.shell.context import AppContext  # noqa: E402


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(url: str, folder: str) -> None:
    from civicdesk_gui.ui.shell import preferences

    language = os.environ.get("SHOTS_LANGUAGE", "ko")
    # Settings of its own: a screenshot run neither takes this desk's layout nor changes its language.
    preferences.use_file(os.path.join(tempfile.mkdtemp(prefix="civicdesk-shots-"), "CivicDesk.ini"))
    preferences.put("ui/language", language)
    app = create_application()
    target = connect(url)
    window = MainWindow(AppContext(actor=ensure_user("coordinator", display_name="김소통"), database=target))
    area = app.primaryScreen().availableGeometry()
    window.setGeometry(area)
    window.show()
    suffix = f"-{language}-{area.width()}x{area.height()}"
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for key in ("briefing", "cases", "sessions", "letters", "settings"):
        window.show_screen(key)
        wait(2500)
        if key == "briefing":  # the figures, then the trend chart, counted in the background
            screen = window.screens["briefing"]
            while screen.busy:
                wait(250)
        if key == "cases":
            screen = window.screens["cases"]
            screen.table.selectRow(2)
            wait(1500)
        if key == "sessions":  # the latest held session, with the suggestions raised there
            held = Session.select().where(Session.state == "held").order_by(Session.starts_at.desc()).first()
            if held is not None:
                window.screens["sessions"].open_session(held.id)
                wait(1000)
        window.grab().save(str(out / f"screen-{key}{suffix}.png"))
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "docs")

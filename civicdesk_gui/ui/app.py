"""Start the desk: QApplication, bundled fonts, translations, database, main window."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from civicdesk_gui import __version__
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.paths import configured_database_url, resources_dir
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.error_dialog import install_excepthook
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.shell.fonts import apply_ui_font, register_bundled_fonts
from civicdesk_gui.ui.shell.qt_runtime import pin_python_singletons

DEMO_CASES = 2000  # and ~480 letters at ~20 ms each: ./dev demo is ready in about 12 s


def create_application(argv: list[str] | None = None) -> QApplication:
    pin_python_singletons()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("CivicDesk")
    app.setOrganizationName("CivicDesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "civicdesk.png")))
    register_bundled_fonts()
    apply_ui_font(app)
    install_translators(app)
    return app


def install_translators(app: QApplication) -> None:
    """Qt's own buttons in Korean, then CivicDesk's strings (when a .qm is shipped)."""
    if preferences.get("ui/language") != "ko":
        return
    translators = []
    qt_translator = QTranslator(app)
    if qt_translator.load(
        QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        translators.append(qt_translator)
    own = QTranslator(app)
    if own.load(str(resources_dir() / "i18n" / "civicdesk_ko.qm")):
        translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    app._civicdesk_translators = translators  # keep them alive


def demo_database_url() -> str:
    """A fresh demo database in a temporary folder, filled by the demo generator."""
    from civicdesk_gui.demo.generator import generate_demo
    from civicdesk_gui.demo.letters import print_letter_progress
    from civicdesk_gui.store.opening import connect

    folder = Path(tempfile.mkdtemp(prefix="civicdesk-demo-"))
    url = f"sqlite:///{folder / 'demo.db'}"
    connect(url)
    print(f"Building the demo database ({DEMO_CASES:,} cases, their letters) in {folder}", flush=True)
    print(generate_demo(cases=DEMO_CASES, seed=1, letters=True, progress=print_letter_progress), flush=True)
    return url


def run_gui(*, db_url: str | None, demo: bool = False) -> int:
    from civicdesk_gui.store.opening import connect
    from civicdesk_gui.ui.main_window import MainWindow
    from civicdesk_gui.ui.shell.context import AppContext
    from civicdesk_gui.ui.shell.ops import desk_user

    app = create_application()
    install_excepthook()
    try:
        url = demo_database_url() if demo else (db_url or configured_database_url())
        target = connect(url)
        context = AppContext(actor=desk_user(), database=target)
    except CivicDeskError as exc:
        QMessageBox.critical(None, "CivicDesk", describe(exc))
        return 2
    window = MainWindow(context)
    window.show()
    return app.exec()

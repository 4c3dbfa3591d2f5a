"""Start the desk: QApplication, bundled fonts, translations, database, main window."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from civicdesk_gui import __version__
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.paths import DATABASE_ENV, configured_database_url, resources_dir
from civicdesk_gui.ui.shell.error_dialog import install_excepthook
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.shell.fonts import apply_ui_font, register_bundled_fonts
from civicdesk_gui.ui.shell.qt_runtime import pin_python_singletons
from civicdesk_gui.ui.shell.vocabulary_labels import language as interface_language

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
    if interface_language() != "ko":
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
    from civicdesk_gui.ui.shell import database_wait

    app = create_application()
    install_excepthook()
    database_wait.install()  # the status bar says when a write waits for another desk
    try:
        if demo:
            url = demo_database_url()
        else:
            from civicdesk_gui.ui.connection.connection_page import team_database_url

            # --db, then CIVICDESK_DB (IT's setting for every program on the desk), then Settings >
            # Database (its password from the keyring), then this computer's own SQLite file.
            url = db_url or os.environ.get(DATABASE_ENV, "").strip()
            if not url:
                team = team_database_url()
                if team is None:
                    return 0  # the user cancelled the password
                url = team or configured_database_url()
    except CivicDeskError as exc:
        QMessageBox.critical(None, "CivicDesk", describe(exc))
        return 2
    desk = Desk(url, demo=demo)
    if not desk.open():
        return 2
    app._civicdesk_desk = desk  # keep it alive with the application
    return app.exec()


class Desk:
    """The open database and its window: opened at start, opened again after a restore."""

    def __init__(self, url: str, *, demo: bool = False) -> None:
        self.url = url
        self.demo = demo
        self.window = None

    def open(self) -> bool:
        from civicdesk_gui.ui.main_window import MainWindow

        context = open_context(self.url, demo=self.demo)
        if context is None:
            return False
        window = MainWindow(context)
        window.database_replaced.connect(self.reopen)
        window.start_live_updates()
        old, self.window = self.window, window
        if old is not None:
            window.restoreGeometry(old.saveGeometry())
            old.retire()
        window.show()
        from civicdesk_gui.store.opening import check_deferred

        if check_deferred(context.database):
            self._check_in_background(window)
        window.backups.start_daily_backup()  # the day's first start copies the database
        return True

    def _check_in_background(self, window) -> None:
        """A big SQLite file opened without waiting for its whole-file check (store/opening.py,
        CHECK_AT_OPEN_BYTES): the check runs now, beside the first screen's reads. A damaged file
        stops the desk and offers its latest backup, as a damaged file at start does."""
        from civicdesk_gui.errors import DatabaseDamagedError
        from civicdesk_gui.store.opening import check_now
        from civicdesk_gui.ui.shell.background import run_in_background, shutdown_jobs
        from civicdesk_gui.ui.shell.error_dialog import show_error

        target = window.context.database

        def failed(exc: Exception, tb: str) -> None:
            if window is not self.window:
                return  # the desk was opened again meanwhile
            if not isinstance(exc, DatabaseDamagedError):
                show_error(window, exc, tb)
                return
            from civicdesk_gui.ui.shell.error_dialog import RETIRED

            # Its screens' reads fail on the damaged pages too: those failures are not shown.
            window.setProperty(RETIRED, True)
            window.hide()
            shutdown_jobs()
            QApplication.processEvents()
            if exc.backup and restore_damaged(self.url, exc):
                if self.open():
                    return
            elif not exc.backup:
                QMessageBox.critical(None, "CivicDesk", describe(exc))
            QApplication.quit()

        run_in_background(lambda _job: check_now(target), on_done=lambda _result: None, on_error=failed)

    def reopen(self) -> None:
        """After a restore: the old window's background work is stopped first, since the database
        binding it reads through is about to be replaced."""
        from civicdesk_gui.ui.shell.background import shutdown_jobs

        if self.window is not None:
            self.window.hide()
        shutdown_jobs()
        QApplication.processEvents()  # the stopped jobs' last notices reach their screens now
        if not self.open():
            QApplication.quit()


def open_context(url: str, *, demo: bool = False):
    """Open the database for the desk (a damaged one is refused, and its latest backup offered),
    then sign in: None when it could not be opened or the user chose Quit at sign-in."""
    from civicdesk_gui.errors import DatabaseDamagedError
    from civicdesk_gui.store.opening import connect
    from civicdesk_gui.ui.shell.context import AppContext
    from civicdesk_gui.ui.users.sign_in import sign_in_as, sign_in_at_start

    try:
        try:
            # A big file is checked once the window shows (Desk._check_in_background), not before.
            target = connect(url, defer_big_check=True)
        except DatabaseDamagedError as exc:
            if not exc.backup or not restore_damaged(url, exc):
                raise
            target = connect(url, defer_big_check=True)
    except CivicDeskError as exc:
        QMessageBox.critical(None, "CivicDesk", describe(exc))
        return None
    if demo:
        # `./dev demo` opens straight on the demo data, as its first coordinator (README.md).
        from civicdesk_gui.demo.people import COORDINATORS, DEMO_PASSWORD

        actor = sign_in_as(COORDINATORS[0][0], DEMO_PASSWORD)
    else:
        actor = sign_in_at_start(target)  # a restored database may hold other users: sign in again
    if actor is None:
        return None
    return AppContext(actor=actor, database=target)


def restore_damaged(url: str, exc) -> bool:
    """Offer the latest backup in place of a damaged database; True when it was restored."""
    from PySide6.QtCore import Qt

    from civicdesk_gui.store.database import parse_url
    from civicdesk_gui.ui.backups import ops as backup_ops

    if not offer_restore(describe(exc)):
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        done = backup_ops.restore_at_start(parent=None, target=parse_url(url), source=Path(exc.backup)).run()
    finally:
        QApplication.restoreOverrideCursor()
    return done is not None


def offer_restore(message: str) -> bool:
    """The damaged database's message, with a button that restores its latest backup."""
    from PySide6.QtCore import QCoreApplication

    box = QMessageBox(QMessageBox.Icon.Critical, "CivicDesk", message)
    restore = box.addButton(
        QCoreApplication.translate("Startup", "Restore the latest backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is restore

"""How errors reach people: a calm, actionable message for what they can fix (CivicDeskError,
database unavailable, disk full); a copyable traceback for a bug."""

from __future__ import annotations

import sqlite3
import sys
import traceback

import peewee
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.user_errors import user_error


def is_environment_error(exc: BaseException) -> bool:
    """Something the user can fix or wait out (a full disk, a read-only folder, a damaged database, a
    server down), not a bug: shown calmly, without a traceback."""
    if user_error(exc) is not None:
        return True
    return isinstance(
        exc, OSError | peewee.OperationalError | sqlite3.OperationalError | peewee.InterfaceError
    )


def user_message(exc: BaseException) -> str:
    """What to tell the user, in the desk's language: the catalog's message of the error, or of what a
    database or file-system error means for them (civicdesk_gui/user_errors.py)."""
    known = user_error(exc)
    if known is not None:
        return describe(known) or known.__class__.__name__
    text = describe(exc) or exc.__class__.__name__
    if isinstance(exc, peewee.OperationalError | sqlite3.OperationalError):
        return QApplication.translate("ErrorDialog", "The database cannot be reached: {0}").format(text)
    return text


RETIRED = "civicdeskRetired"  # a window property: the window is going (closing, or replaced after a restore)


def show_error(parent: QWidget | None, exc: BaseException, tb: str | None = None) -> None:
    if parent is not None and parent.window().property(RETIRED):
        # A screen of a window that is going reports a failed read (a damaged file found while the
        # desk restores it): nobody is looking at that screen, and a modal box would stop the restore.
        if sys.stderr is not None:  # None in the windowed Windows build: nowhere to write it
            sys.stderr.write("".join(traceback.format_exception(exc)))
        return
    box = QMessageBox(parent)
    if is_environment_error(exc):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QApplication.translate("ErrorDialog", "CivicDesk"))
        box.setText(user_message(exc))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("ErrorDialog", "CivicDesk: unexpected error"))
        box.setText(
            QApplication.translate(
                "ErrorDialog",
                "Something went wrong inside CivicDesk. Nothing you saved before is lost. "
                "Please copy the details below and send them to the administrator.",
            )
        )
        box.setDetailedText(tb or "".join(traceback.format_exception(exc)))
    box.exec()


def install_excepthook() -> None:
    """Uncaught exceptions in slots become a dialog instead of a silent stderr line."""

    def hook(exc_type, exc, tb):
        sys.__excepthook__(exc_type, exc, tb)
        if QApplication.instance() is not None:
            show_error(None, exc, "".join(traceback.format_exception(exc_type, exc, tb)))

    sys.excepthook = hook

"""How errors reach people: a calm, actionable message for what they can fix (CivicDeskError,
database unavailable, disk full); a copyable traceback for a bug."""

from __future__ import annotations

import sqlite3
import sys
import traceback

import peewee
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.ui.shell.error_text import describe


def is_environment_error(exc: BaseException) -> bool:
    if isinstance(exc, CivicDeskError | OSError):
        return True
    if isinstance(exc, peewee.OperationalError | sqlite3.OperationalError):
        return True
    return isinstance(exc, peewee.InterfaceError)


def user_message(exc: BaseException) -> str:
    text = describe(exc) or exc.__class__.__name__
    if isinstance(exc, peewee.OperationalError | sqlite3.OperationalError):
        lowered = text.lower()
        if "locked" in lowered or "busy" in lowered:
            return QApplication.translate(
                "ErrorDialog", "The database is busy (another desk is writing). Try again in a moment."
            )
        if "disk" in lowered or "full" in lowered:
            return QApplication.translate("ErrorDialog", "The disk is full. Free some space and try again.")
        return QApplication.translate("ErrorDialog", "The database cannot be reached: {0}").format(text)
    return text


def show_error(parent: QWidget | None, exc: BaseException, tb: str | None = None) -> None:
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

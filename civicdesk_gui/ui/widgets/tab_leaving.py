"""Editors that give Tab back to the form: Tab moves to the next field, never stays inside.

QDateEdit keeps Tab to step between its year, month and day, and keeps it for good while it shows
its special value ("any"); a filter bar of them traps the keyboard. Here Tab always leaves (the
sections are reached with ←/→ or by typing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QPlainTextEdit, QWidget


class TabLeavingDateEdit(QDateEdit):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt name)
        return QWidget.focusNextPrevChild(self, forward)


def tab_moves_focus(*editors: QPlainTextEdit) -> None:
    """Tab in a text field moves to the next field instead of typing a tab into the resident's words."""
    for editor in editors:
        editor.setTabChangesFocus(True)

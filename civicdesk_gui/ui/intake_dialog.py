"""New case dialog (interface; built with the intake work)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from civicdesk_gui.ui.context import AppContext


class IntakeDialog(QDialog):
    """exec() returns Accepted after a case was saved; `created_case_id` then names it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created_case_id: int | None = None

"""The case detail pane (interface; the full view is built with the case-detail work)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from civicdesk_gui.ui.context import AppContext


class CaseDetailView(QWidget):
    back_requested = Signal()  # Esc / Back: return to the list

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id: int | None = None
        self._label = QLabel(self.tr("Select a case to see it here."))
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id

    def confirm_close(self) -> bool:
        """False when the user chose to keep editing unsaved text."""
        return True

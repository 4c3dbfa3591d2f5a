"""The mayor's morning briefing (the start screen). Until it is built it says so plainly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.widgets.placeholder_screen import PlaceholderScreen


class BriefingScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(PlaceholderScreen(QCoreApplication.translate("Navigation", "Briefing")))

"""The Settings screen: one tab per page. Each feature owns its pages (City and Letters live in
letters/, Sessions in sessions/); the screen only hosts what the assembler hands it, so it imports
no feature."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


class SettingsScreen(QWidget):
    def __init__(self, context: AppContext, pages: list[SettingsPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        self.pages: dict[str, QWidget] = {}
        for page in pages:
            self.pages[page.key] = page.widget
            self.tabs.addTab(page.widget, page.title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def page(self, key: str) -> QWidget:
        return self.pages[key]

    def show_page(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.pages[key])

"""The Settings screen: one tab per page. Each feature owns its pages (City and Letters live in
letters/, Sessions in sessions/); the screen only hosts what the assembler hands it, so it imports
no feature."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


class SettingsScreen(QWidget):
    def __init__(self, context: AppContext, pages: list[SettingsPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        self.pages: dict[str, QWidget] = {}
        self.scrolls: dict[str, QScrollArea] = {}
        for page in pages:
            self.pages[page.key] = page.widget
            # A page taller than the window (the City page at 150 % scaling) scrolls inside its tab.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page.widget)
            # The tab's own light pane shows through (setWidget paints the page with the window's grey).
            scroll.viewport().setAutoFillBackground(False)
            page.widget.setAutoFillBackground(False)
            self.scrolls[page.key] = scroll
            self.tabs.addTab(scroll, page.title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def page(self, key: str) -> QWidget:
        return self.pages[key]

    def show_page(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.scrolls[key])

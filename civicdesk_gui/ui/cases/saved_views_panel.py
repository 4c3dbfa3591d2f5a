"""The saved views beside the case list, each with its count (DOMAIN.md §8)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from civicdesk_gui.ui.shell import icons

PANEL_STYLE = """
QListWidget#savedViews { background: #f5f7f8; border: none; border-right: 1px solid #dde3e6; }
QListWidget#savedViews::item { padding: 6px 8px; color: #263238; }
QListWidget#savedViews::item:selected { background: #dbe7f6; color: #0d47a1; }
"""
ICONS = {
    "all": "cases",
    "mine": "user",
    "overdue": "overdue",
    "due_today": "due_today",
    "awaiting_reply": "reply",
    "awaiting_letter": "letter",
    "management_list": "review_date",
    "referred": "refer",
}


class SavedViewsPanel(QWidget):
    view_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = {
            "all": self.tr("All cases"),
            "mine": self.tr("My cases"),
            "overdue": self.tr("Overdue"),
            "due_today": self.tr("Due today"),
            "awaiting_reply": self.tr("Awaiting reply"),
            "awaiting_letter": self.tr("Awaiting letter"),
            "management_list": self.tr("Review due"),
            "referred": self.tr("Referred"),
        }
        tips = {
            "mine": self.tr("Assigned to you or your department, or cases you have worked on"),
            "overdue": self.tr("A reply promise, statutory deadline or monthly update has passed"),
            "due_today": self.tr("A running deadline falls due later today"),
            "awaiting_reply": self.tr("The resident has not been answered yet"),
            "awaiting_letter": self.tr(
                "Long-term review or unfeasible, and the mayor's letter is not sent yet"
            ),
            "management_list": self.tr(
                "Long-term review or unfeasible cases whose next review date has come"
            ),
            "referred": self.tr("Referred to another agency, awaiting its answer"),
        }
        self._counts: dict[str, int] = {}
        self.list = QListWidget()
        self.list.setObjectName("savedViews")
        self.list.setStyleSheet(PANEL_STYLE)
        self.list.setIconSize(QSize(18, 18))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for key, title in self._titles.items():
            item = QListWidgetItem(icons.icon(ICONS[key]), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(tips.get(key, title))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._changed)
        heading = QLabel(self.tr("Views"))
        heading.setStyleSheet("color: #546e7a; font-weight: bold; padding: 8px 8px 2px 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        self.setFixedWidth(170)

    def keys(self) -> list[str]:
        return list(self._titles)

    def current_view(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "all"

    def select_view(self, key: str) -> None:
        keys = self.keys()
        self.list.setCurrentRow(keys.index(key) if key in keys else 0)

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        for row, key in enumerate(self.keys()):
            item = self.list.item(row)
            count = counts.get(key)
            item.setText(self._titles[key] if count is None else f"{self._titles[key]}  {count:,}")

    def count(self, key: str) -> int | None:
        return self._counts.get(key)

    def _changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.view_selected.emit(current.data(Qt.ItemDataRole.UserRole))

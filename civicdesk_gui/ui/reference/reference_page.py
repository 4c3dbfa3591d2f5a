"""Settings > Names: departments, agencies, topics, channels and categories with their Korean and
English names, edited in place by the administrator (each edit is one audited action)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.queries.reference_names import reference_rows
from civicdesk_gui.ui.reference import ops
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.permitted import refusal_text
from civicdesk_gui.ui.shell.signals import bus

KINDS = ("department", "agency", "topic", "channel", "category")


class ReferencePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = QComboBox()
        titles = {
            "department": self.tr("Departments"),
            "agency": self.tr("Outside agencies"),
            "topic": self.tr("Topics"),
            "channel": self.tr("Channels"),
            "category": self.tr("Categories"),
        }
        for kind in KINDS:
            self.kind.addItem(titles[kind], kind)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Korean name"), self.tr("English name")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.note = QLabel(
            self.tr(
                "The English interface and English letters show the English name; an empty English name "
                "shows the Korean one. Double-click a name (or press F2) to change it."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #546e7a;")
        reason = refusal_text(context.actor, "reference.edit")
        if reason is not None:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.note.setText(reason)
        top = QHBoxLayout()
        label = QLabel(self.tr("&List"))
        label.setBuddy(self.kind)
        top.addWidget(label)
        top.addWidget(self.kind)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self._loading = False
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.itemChanged.connect(self._edited)
        bus().changed.connect(self._changed)
        self.reload()

    def current_kind(self) -> str:
        return self.kind.currentData()

    def reload(self) -> None:
        self._loading = True
        try:
            rows = reference_rows(self.current_kind())
            self.table.setRowCount(len(rows))
            for r, (row_id, ko, en) in enumerate(rows):
                for c, text in enumerate((ko, en)):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, row_id)
                    self.table.setItem(r, c, item)
        finally:
            self._loading = False

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_reference(self.current_kind()):
            self.reload()

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        row = item.row()
        ko, en = self.table.item(row, 0), self.table.item(row, 1)
        if ko is None or en is None:
            return
        ops.rename_reference(
            parent=self,
            actor=self.context.actor,
            kind=self.current_kind(),
            row_id=item.data(Qt.ItemDataRole.UserRole),
            name_ko=ko.text(),
            name_en=en.text(),
        ).failure(lambda _exc: self.reload()).run()

"""Settings → Open311: the administrator's table from other systems' service codes to our categories
and topics. Our own topic and category codes need no row (a CivicDesk export reads back by itself);
rows are for codes such as FixMyStreet's "006". Select a row to change it, or type a new code. Only
the administrator edits it (settings.service_codes); everyone else sees it read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.vocabulary import CATEGORIES
from civicdesk_gui.queries.open311 import MappingRow, service_mappings
from civicdesk_gui.queries.reference_lists import topics
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.cases.open311_dialogs import ServiceTargetFields
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.shell.permitted import permitted, refusal_text
from civicdesk_gui.ui.shell.signals import bus
from civicdesk_gui.ui.shell.vocabulary_labels import term
from civicdesk_gui.ui.widgets.row_table_model import RowTableModel

MAPPINGS_REFERENCE = "service_mappings"  # what the actions name in Changes.reference
EDIT_PERMISSION = "settings.service_codes"


class ServiceMappingModel(RowTableModel[MappingRow]):
    COL_CODE, COL_NAME, COL_CATEGORY, COL_TOPIC = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.topic_names = {t.id: t.label for t in topics()}

    def column_titles(self) -> list[str]:
        return [self.tr("Service code"), self.tr("Name there"), self.tr("Category"), self.tr("Topic")]

    def cell(self, row: MappingRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_CODE:
            return row.service_code
        if column == self.COL_NAME:
            return row.service_name
        if column == self.COL_CATEGORY:
            return term(CATEGORIES, row.category)
        return self.topic_names.get(row.topic_id, "") if row.topic_id else ""


class ServiceMappingPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        intro = QLabel(
            self.tr(
                "Open311 files from other systems (FixMyStreet and other civic trackers) name their own "
                "service codes. Say here what each code means in CivicDesk; an import meeting a code "
                "not listed asks for it. CivicDesk's own topic and category codes need no row."
            )
        )
        intro.setWordWrap(True)
        intro.setMaximumWidth(760)
        intro.setStyleSheet("color: #546e7a;")
        self.model = ServiceMappingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((140, 320, 160)):  # the topic column takes the rest
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show(current))

        self.code = QLineEdit()
        self.code.setMaxLength(100)
        self.code.setPlaceholderText(self.tr("e.g. 006"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Sidewalk and Curb Issues"))
        self.target = ServiceTargetFields()
        form = QFormLayout()
        form.addRow(self.tr("Service code"), self.code)
        form.addRow(self.tr("Name there"), self.name)
        form.addRow(self.tr("Category and topic here"), self.target)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self.new)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this service code (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Remove"))
        self.delete_button.clicked.connect(self.remove)
        shortcut = QShortcut(
            QKeySequence.StandardKey.Save, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        shortcut.setWhatsThis(self.tr("Save this service code"))
        shortcut.activated.connect(self.save)
        self.status = QLabel()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.code.textChanged.connect(self._update_buttons)
        self.target.target_changed.connect(self._update_buttons)
        bus().changed.connect(self._changed)
        self.load()

    def load(self, select: str | None = None) -> None:
        self.model.set_rows(service_mappings())
        if select is not None:
            for row, mapping in enumerate(self.model.rows):
                if mapping.service_code == select:
                    self.table.selectRow(row)
        self._update_buttons()

    def _changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches_reference(MAPPINGS_REFERENCE) and initiator is not self:
            self.load()  # mapped during an import: the table shows it; what is typed here stays

    def _show(self, index) -> None:
        row = self.model.row_at(index)
        if row is None:
            return
        self.code.setText(row.service_code)
        self.name.setText(row.service_name)
        self.target.set_target(row.category, row.topic_id)
        self.status.clear()

    def new(self) -> None:
        self.table.clearSelection()
        self.code.clear()
        self.name.clear()
        self.target.set_target(None, None)
        self.status.clear()
        self.code.setFocus()

    def _may_edit(self) -> bool:
        return refusal_text(self.context.actor, EDIT_PERMISSION) is None

    def _update_buttons(self) -> None:
        category, _topic = self.target.target()
        self.save_button.setEnabled(bool(self.code.text().strip()) and category is not None)
        self.delete_button.setEnabled(
            any(r.service_code == self.code.text().strip() for r in self.model.rows)
        )
        for button in (self.new_button, self.save_button, self.delete_button):
            permitted(button, self.context.actor, EDIT_PERMISSION)  # the administrator's table

    def save(self) -> None:
        code = self.code.text().strip()
        category, topic_id = self.target.target()
        if not code or category is None or not self._may_edit():
            return
        result = (
            ops.save_service_mappings(
                parent=self, actor=self.context.actor, mappings=[(code, category, topic_id, self.name.text())]
            )
            .initiator(self)
            .failure(lambda exc: self.status.setText(describe(exc)))
            .run()
        )
        if result is not None:
            self.load(select=code)
            self.status.setText(self.tr("Saved: {0}").format(code))

    def remove(self) -> None:
        code = self.code.text().strip()
        result = (
            ops.delete_service_mappings(parent=self, actor=self.context.actor, service_codes=[code])
            .initiator(self)
            .run()
        )
        if result is not None:
            self.load()
            self.new()
            self.status.setText(self.tr("Removed: {0}").format(code))

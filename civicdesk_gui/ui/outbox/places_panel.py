"""The register of QR poster places: a list, a form to add or change one, and its posters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.queries import reference_lists
from civicdesk_gui.queries.outbox import PlaceRow, places
from civicdesk_gui.ui.outbox import ops
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.shell.signals import bus
from civicdesk_gui.ui.widgets.row_table_model import RowTableModel

KINDS = ("park", "market", "alley", "bus_stop", "other")


class PlaceTableModel(RowTableModel[PlaceRow]):
    def column_titles(self) -> list[str]:
        return [self.tr("Code"), self.tr("Place"), self.tr("Town"), self.tr("Topic"), self.tr("Department"),
                self.tr("Texts"), self.tr("Address")]  # fmt: skip

    def row_id(self, row: PlaceRow) -> int:
        return row.id

    def cell(self, row: PlaceRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            name = row.name if row.active else self.tr("{0} (closed)").format(row.name)
            return [row.code, name, row.town, row.topic, row.department, f"{row.messages:,}", row.address][
                column
            ]
        return None


class PlacesPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind_titles = {
            "park": self.tr("Park"),
            "market": self.tr("Market"),
            "alley": self.tr("Alley"),
            "bus_stop": self.tr("Bus stop"),
            "other": self.tr("Other"),
        }
        self.model = PlaceTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((70, 150, 80, 90, 100, 50)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._load_selected())

        self.code = QLabel()
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem(self.kind_titles[key], key)
        self.town = QComboBox()
        self.topic = QComboBox()
        self.department = QComboBox()
        self.address = QLineEdit()
        self.address.setMaxLength(200)
        self.active = QCheckBox(self.tr("Poster up (texts are attributed to it)"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Town"), self.town)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Default topic"), self.topic)
        form.addRow(self.tr("Department"), self.department)
        form.addRow("", self.active)
        self.new_button = QPushButton(icons.icon("place"), self.tr("New place"))
        self.new_button.clicked.connect(self.new_place)
        self.save_button = QPushButton(self.tr("Save place"))
        self.save_button.clicked.connect(self.save)
        self.posters_button = QPushButton(icons.icon("qr"), self.tr("Poster and stickers (PDF)…"))
        self.posters_button.clicked.connect(self.write_posters)
        for widget in (self.new_button, self.save_button, self.posters_button):
            permitted(widget, context.actor, "places.manage")
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.save_button, self.posters_button):
            buttons.addWidget(widget)
        box = QGroupBox(self.tr("Place"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        box_layout.addStretch(1)
        box.setMaximumWidth(420)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        self.place_id: int | None = None
        self._fill_choices()
        bus().changed.connect(self._changed)
        self.reload()

    def _fill_choices(self) -> None:
        for combo, items in (
            (self.town, reference_lists.towns()),
            (self.topic, reference_lists.topics()),
            (self.department, reference_lists.departments()),
        ):
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for item in items:
                combo.addItem(item.label, item.id)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_reference("places") or changes.touches_cases():
            self.reload()

    def reload(self) -> None:
        self.model.set_rows(places())
        if self.place_id is not None:
            for row_number, row in enumerate(self.model.rows):
                if row.id == self.place_id:
                    self.table.selectRow(row_number)

    def _selected(self) -> PlaceRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def _load_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        self.place_id = row.id
        self.code.setText(row.code)
        self.name.setText(row.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.address.setText(row.address)
        for combo, value in (
            (self.town, row.town_id),
            (self.topic, row.topic_id),
            (self.department, row.department_id),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.active.setChecked(row.active)

    def new_place(self) -> None:
        self.table.clearSelection()
        self.place_id = None
        self.code.setText(self.tr("(given when saved)"))
        self.name.clear()
        self.address.clear()
        for combo in (self.town, self.topic, self.department):
            combo.setCurrentIndex(0)
        self.active.setChecked(True)
        self.name.setFocus()

    def save(self) -> None:
        op = ops.save_place(
            parent=self,
            actor=self.context.actor,
            place_id=self.place_id,
            name=self.name.text(),
            kind=self.kind.currentData(),
            town_id=self.town.currentData(),
            address=self.address.text(),
            topic_id=self.topic.currentData(),
            department_id=self.department.currentData(),
            active=self.active.isChecked(),
        )
        saved = op.run()
        if saved is not None:
            self.place_id = saved.place_id
            self.code.setText(saved.code)
            self.reload()

    def write_posters(self) -> None:
        row = self._selected()
        if row is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the poster PDFs"))
        if not folder:
            return
        written = ops.write_posters(
            parent=self, actor=self.context.actor, folder=Path(folder), code=row.code
        ).run()
        if written is not None:
            QMessageBox.information(
                self,
                self.tr("Posters"),
                self.tr("Written:\n{0}").format("\n".join(p.name for p in written.paths)),
            )

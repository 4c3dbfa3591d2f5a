"""The on-site entry grid: one row per suggestion raised at a held session (resident, phone, text,
category, department), typed fast with Tab; "Save" turns every row into a linked mobile_office case."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.queries.sessions import category_choices, department_choices
from civicdesk_gui.ui.sessions import ops
from civicdesk_gui.ui.sessions.ops import Suggestion
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.reference_labels import ref_name

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored code/id behind a choice column


@dataclass
class _Row:
    name: str = ""
    phone: str = ""
    text: str = ""
    category: str | None = None
    department_id: int | None = None

    def blank(self) -> bool:
        return not (self.name.strip() or self.phone.strip() or self.text.strip())


class SuggestionTableModel(QAbstractTableModel):
    NAME, PHONE, TEXT, CATEGORY, DEPARTMENT = range(5)

    def __init__(self, categories: list[tuple[str, str]], departments: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.categories = categories
        self.departments = departments
        self.rows: list[_Row] = [_Row()]  # always one blank row to type into

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = [
            self.tr("Resident"),
            self.tr("Phone"),
            self.tr("Suggestion"),
            self.tr("Category"),
            self.tr("Department"),
        ]
        return titles[section] if 0 <= section < 5 else None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def choices(self, column: int) -> list[tuple]:
        if column == self.CATEGORY:
            return [(None, "")] + list(self.categories)
        if column == self.DEPARTMENT:
            return [(None, "")] + list(self.departments)
        return []

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        values = [row.name, row.phone, row.text, row.category, row.department_id]
        if role == CHOICE_ROLE:
            return values[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in (self.CATEGORY, self.DEPARTMENT):
                return dict(self.choices(column)).get(values[column], "") or ""
            return values[column]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole, CHOICE_ROLE):
            return False
        row = self.rows[index.row()]
        column = index.column()
        if column == self.NAME:
            row.name = str(value or "")
        elif column == self.PHONE:
            row.phone = str(value or "")
        elif column == self.TEXT:
            row.text = str(value or "")
        elif column == self.CATEGORY:
            row.category = value or None
        elif column == self.DEPARTMENT:
            row.department_id = int(value) if value else None
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        if index.row() == len(self.rows) - 1 and not row.blank():
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append(_Row())
            self.endInsertRows()
        return True

    def suggestions(self) -> list[Suggestion]:
        return [
            Suggestion(r.text, r.name, r.phone, r.category, r.department_id)
            for r in self.rows
            if not r.blank()
        ]

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = [_Row()]
        self.endResetModel()


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over the model's choices for the category and department columns."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QComboBox(parent)
        for key, text in index.model().choices(index.column()):
            editor.addItem(ref_name(text), key)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        position = editor.findData(index.data(CHOICE_ROLE))
        editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), CHOICE_ROLE)


class SuggestionEntryGrid(QWidget):
    saved = Signal(list)  # case ids created

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id: int | None = None
        self.model = SuggestionTableModel(category_choices(), department_choices(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(SuggestionTableModel.CATEGORY, ChoiceDelegate(self.table))
        self.table.setItemDelegateForColumn(SuggestionTableModel.DEPARTMENT, ChoiceDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            SuggestionTableModel.TEXT, QHeaderView.ResizeMode.Stretch
        )
        for column, width in ((0, 90), (1, 120), (3, 110), (4, 120)):
            self.table.setColumnWidth(column, width)
        self.hint = QLabel(
            self.tr(
                "Type one suggestion per row; Tab moves to the next cell. Each row becomes a "
                "case with a 14-day reply promise from the session."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #546e7a;")
        self.save_button = QPushButton(icons.icon("new"), self.tr("Save as cases"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_session(self, session_id: int | None, *, enabled: bool) -> None:
        self.session_id = session_id
        self.setEnabled(enabled)

    def save(self) -> list[int]:
        if self.session_id is None:
            return []
        recorded = ops.record_suggestions(
            parent=self,
            actor=self.context.actor,
            session_id=self.session_id,
            suggestions=self.model.suggestions(),
        ).run()
        if recorded is None:
            return []
        ids = [r.case_id for r in recorded.results]
        self.model.clear()
        self.saved.emit(ids)
        return ids

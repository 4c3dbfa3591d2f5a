"""The briefing's small tables: every cell that counts cases is a link to exactly those cases.

A cell carries the case list filter behind it (queries/briefing.py builds them); a click, or Enter on
the current cell, asks the Cases screen to show them (`bus().cases_filter_requested`): this feature
never imports that one. Linked cells are blue and underlined, late ones red with a ⚠ — colour is
never the only signal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView

from civicdesk_gui.queries.case_list import CaseFilter
from civicdesk_gui.ui.shell.signals import bus

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
LINK = QColor("#0d47a1")
ALERT = QColor("#b71c1c")
MUTED = QColor("#78909c")
ROW_HEIGHT = 24

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cell:
    text: str
    filter: CaseFilter | None = None  # the cases behind the figure (None: not a count of cases)
    title: str = ""  # what the Cases screen says it shows
    tooltip: str = ""
    sort: Any = None  # what the column sorts by (default: the text)
    alert: bool = False  # late / worth the mayor's eye: red, with ⚠
    muted: bool = False  # e.g. a department under the minimum sample
    number: bool = False  # right-aligned
    count: int | None = None  # how many cases the filter lists (the figure, or its numerator)


class FigureTableModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[Cell]] = []

    def set_rows(self, rows: list[list[Cell]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def cell(self, index: _Index) -> Cell | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        return row[index.column()] if 0 <= index.column() < len(row) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ("⚠ " + cell.text) if cell.alert else cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = cell.tooltip
            if cell.filter is not None:
                hint = self.tr("Click to see these cases")
                tip = f"{tip}\n{hint}" if tip else hint
            return tip or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell.alert:
                return QBrush(ALERT)
            if cell.muted:
                return QBrush(MUTED)
            return QBrush(LINK) if cell.filter is not None else None
        if role == Qt.ItemDataRole.FontRole and cell.filter is not None:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if cell.number else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == FILTER_ROLE:
            return cell.filter
        if role == TITLE_ROLE:
            return cell.title
        if role == SORT_ROLE:
            return cell.sort if cell.sort is not None else cell.text
        return None


class FigureTable(QTableView):
    """A compact table of figures; `sortable` tables sort by each cell's sort key (the department table)."""

    def __init__(
        self, headers: list[str], *, sortable: bool = False, fit_rows: bool = True, parent=None
    ) -> None:
        super().__init__(parent)
        self.figures = FigureTableModel(headers, self)
        self.fit_rows = fit_rows
        if sortable:
            self.proxy = QSortFilterProxyModel(self)
            self.proxy.setSourceModel(self.figures)
            self.proxy.setSortRole(SORT_ROLE)
            self.setModel(self.proxy)
            self.setSortingEnabled(True)
        else:
            self.proxy = None
            self.setModel(self.figures)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setMouseTracking(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few dozen rows at most
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self.open_figure)
        self.entered.connect(self._hover)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(self.tr("List the cases behind the selected figure"))
            shortcut.activated.connect(lambda: self.open_figure(self.currentIndex()))

    def set_rows(self, rows: list[list[Cell]]) -> None:
        self.figures.set_rows(rows)
        if self.fit_rows:
            height = (
                self.horizontalHeader().height() + ROW_HEIGHT * max(len(rows), 1) + 2 * self.frameWidth() + 2
            )
            self.setFixedHeight(height)

    def linked_cells(self) -> list[Cell]:
        return [cell for row in self.figures.rows for cell in row if cell.filter is not None]

    def open_figure(self, index: QModelIndex) -> None:
        case_filter = index.data(FILTER_ROLE) if index.isValid() else None
        if case_filter is not None:
            bus().cases_filter_requested.emit(case_filter, index.data(TITLE_ROLE) or "")

    def _hover(self, index: QModelIndex) -> None:
        linked = index.isValid() and index.data(FILTER_ROLE) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if linked else Qt.CursorShape.ArrowCursor)

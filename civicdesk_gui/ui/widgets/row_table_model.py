"""The read-only table model every short list shares: a Python list of query rows, headers, and one
role that gives a row's id. Subclasses say only what their columns show (`cell`)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1

RowT = TypeVar("RowT")
_Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows are replaced whole (`set_rows`): these lists hold dozens to a few thousand rows read in one query."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[RowT] = []
        # Titles are translated in the subclass (its own tr() context), once per model.
        self.headers: list[str] = self.column_titles()

    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def row_id(self, row: RowT) -> int | None:
        """What ROW_ID_ROLE returns for the row (a case or letter id); None when rows have no id."""
        return None

    def cell(self, row: RowT, column: int, role: int) -> Any:
        """The value of `row` in `column` for `role` (DisplayRole, ToolTipRole, ForegroundRole...)."""
        raise NotImplementedError

    def set_rows(self, rows: list[RowT]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: _Index) -> RowT | None:
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == ROW_ID_ROLE:
            return self.row_id(row)
        return self.cell(row, index.column(), role)

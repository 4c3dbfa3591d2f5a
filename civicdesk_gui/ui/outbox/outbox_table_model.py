"""The outbox's table: one row per message owed to a resident."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from civicdesk_gui.domain.outbox import METHODS, PURPOSES, STATES
from civicdesk_gui.queries.outbox import OutboxRow
from civicdesk_gui.ui.shell.vocabulary_labels import term
from civicdesk_gui.ui.widgets.row_table_model import ROW_ID_ROLE, RowTableModel

__all__ = ["ROW_ID_ROLE", "OutboxTableModel"]


class OutboxTableModel(RowTableModel[OutboxRow]):
    (
        COL_REFERENCE,
        COL_CASE,
        COL_TO,
        COL_PHONE,
        COL_METHOD,
        COL_PURPOSE,
        COL_SIZE,
        COL_STATE,
        COL_WHEN,
        COL_MESSAGE,
    ) = range(10)

    def __init__(self, parent=None, *, personal: bool = True) -> None:
        super().__init__(parent)
        self.personal = personal  # False: names, numbers and words masked

    def column_titles(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Case"),
            self.tr("Resident"),
            self.tr("Number"),
            self.tr("By"),
            self.tr("Purpose"),
            self.tr("Size"),
            self.tr("State"),
            self.tr("When"),
            self.tr("Message"),
        ]

    def row_id(self, row: OutboxRow) -> int:
        return row.id

    def cell(self, row: OutboxRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            when = row.settled_at or row.handed_over_at or row.created_at
            size = f"{row.size} B · {row.size_kind.upper()}" if row.method == "text" else ""
            state = term(STATES, row.state)
            if row.state == "failed" and row.failure_reason:
                state = f"{state}: {row.failure_reason}"
            masked = "•••"
            return [
                row.reference,
                row.case_number,
                row.recipient_name if self.personal else masked,
                row.recipient_phone if self.personal else masked,
                term(METHODS, row.method),
                term(PURPOSES, row.purpose),
                size,
                state,
                f"{when:%Y. %m. %d. %H:%M}",
                " ".join(row.message.split()) if self.personal else masked,
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_MESSAGE and self.personal:
            return row.message
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATE and row.state == "failed":
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_SIZE and row.size_kind != "sms":
            return QColor("#8a5a00")
        return None

"""Table models for the Letters screen: cases awaiting a letter, and issued letters."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from civicdesk_gui.domain.vocabulary import CLASSIFICATIONS, REASON_CODES
from civicdesk_gui.queries.letters import AwaitingRow, IssuedRow
from civicdesk_gui.ui.shell.reference_labels import ref_name
from civicdesk_gui.ui.shell.vocabulary_labels import term
from civicdesk_gui.ui.widgets.row_table_model import ROW_ID_ROLE, RowTableModel

__all__ = ["ROW_ID_ROLE", "AwaitingLetterTableModel", "IssuedLetterTableModel"]


class AwaitingLetterTableModel(RowTableModel[AwaitingRow]):
    (
        COL_NUMBER,
        COL_RESIDENT,
        COL_RESULT,
        COL_REASON,
        COL_DEPARTMENT,
        COL_RECEIVED,
        COL_WAITING,
        COL_SUMMARY,
    ) = range(8)

    def column_titles(self) -> list[str]:
        return [
            QCoreApplication.translate("LetterTables", "Case number"),
            QCoreApplication.translate("LetterTables", "Resident"),
            QCoreApplication.translate("LetterTables", "Result"),
            QCoreApplication.translate("LetterTables", "Reason"),
            QCoreApplication.translate("LetterTables", "Department"),
            QCoreApplication.translate("LetterTables", "Received"),
            QCoreApplication.translate("LetterTables", "Waiting since"),
            QCoreApplication.translate("LetterTables", "Request"),
        ]

    def row_id(self, row: AwaitingRow) -> int:
        return row.case_id

    def cell(self, row: AwaitingRow, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_RESIDENT:
            return row.resident_name
        if column == self.COL_RESULT:
            return term(CLASSIFICATIONS, row.classification)
        if column == self.COL_REASON:
            return term(REASON_CODES, row.reason_code)
        if column == self.COL_DEPARTMENT:
            return ref_name(row.department) or QCoreApplication.translate("LetterTables", "(none)")
        if column == self.COL_RECEIVED:
            return row.received_at.strftime("%Y-%m-%d")
        if column == self.COL_WAITING:
            if row.waiting_since is None:
                return ""
            days = (dt.date.today() - row.waiting_since.date()).days
            return QCoreApplication.translate("LetterTables", "{0} ({1} days)").format(
                row.waiting_since.strftime("%Y-%m-%d"), days
            )
        if column == self.COL_SUMMARY:
            return row.summary
        return None


class IssuedLetterTableModel(RowTableModel[IssuedRow]):
    (COL_REGISTER, COL_CASE, COL_RESIDENT, COL_KIND, COL_ISSUED, COL_BY, COL_STATE, COL_SIZE) = range(8)

    def column_titles(self) -> list[str]:
        return [
            QCoreApplication.translate("LetterTables", "Register number"),
            QCoreApplication.translate("LetterTables", "Case number"),
            QCoreApplication.translate("LetterTables", "Resident"),
            QCoreApplication.translate("LetterTables", "Kind"),
            QCoreApplication.translate("LetterTables", "Issued", "column: when the letter was issued"),
            QCoreApplication.translate("LetterTables", "Issued by"),
            QCoreApplication.translate("LetterTables", "State"),
            QCoreApplication.translate("LetterTables", "Size"),
        ]

    def row_id(self, row: IssuedRow) -> int:
        return row.letter_id

    def cell(self, row: IssuedRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.voided_at is not None:
            return QColor("#78909c")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_STATE and row.voided_at:
            return row.void_reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_REGISTER:
            return row.register_number
        if column == self.COL_CASE:
            return row.case_number
        if column == self.COL_RESIDENT:
            return row.resident_name
        if column == self.COL_KIND:
            return term(CLASSIFICATIONS, row.kind) + (" (EN)" if row.language == "en" else "")
        if column == self.COL_ISSUED:
            return row.issued_at.strftime("%Y-%m-%d %H:%M")
        if column == self.COL_BY:
            return row.issued_by
        if column == self.COL_STATE:
            if row.voided_at is not None:
                return QCoreApplication.translate("LetterTables", "Voided {0}").format(
                    row.voided_at.strftime("%Y-%m-%d")
                )
            return (
                QCoreApplication.translate("LetterTables", "Issued, signed")
                if row.signed
                else QCoreApplication.translate("LetterTables", "Issued", "state of a letter that stands")
            )
        if column == self.COL_SIZE:
            return f"{row.size / 1024:,.0f} KB"
        return None

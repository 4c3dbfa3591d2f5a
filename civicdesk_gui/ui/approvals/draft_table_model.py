"""The sign-off queue's table (결재함): one row per draft, what it is, who drafted it and since when,
who approves it and at what level, and where it stands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from civicdesk_gui.domain.signoff import LEVELS, STATES, SUBJECTS
from civicdesk_gui.queries.signoff import DraftRow
from civicdesk_gui.ui.shell.vocabulary_labels import term
from civicdesk_gui.ui.widgets.row_table_model import ROW_ID_ROLE, RowTableModel

__all__ = ["ROW_ID_ROLE", "DraftTableModel"]


class DraftTableModel(RowTableModel[DraftRow]):
    COL_CASE, COL_SUBJECT, COL_TITLE, COL_DRAFTER, COL_SINCE, COL_APPROVER, COL_STATE = range(7)

    def column_titles(self) -> list[str]:
        return [
            self.tr("Case"),
            self.tr("Document"),
            self.tr("Title"),
            self.tr("Drafter"),
            self.tr("Since"),
            self.tr("Approver"),
            self.tr("State"),
        ]

    def row_id(self, row: DraftRow) -> int:
        return row.approval_id

    def state_text(self, row: DraftRow) -> str:
        if row.step == "review":
            return self.tr("Review requested")
        if row.step == "approve":
            return self.tr("Approval requested")
        if row.step == "deputy":
            return self.tr("Approver absent? (대결)")
        return term(STATES, row.state)

    def cell(self, row: DraftRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                row.number,
                term(SUBJECTS, row.subject),
                row.title,
                row.drafted_by,
                f"{row.drafted_at:%Y. %m. %d.}",
                f"{row.approver} ({term(LEVELS, row.level)})" if row.approver else term(LEVELS, row.level),
                self.state_text(row),
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_STATE and row.state == "returned" and row.comment:
                return self.tr("Returned: {0}").format(row.comment)
            if column == self.COL_TITLE:
                return row.title
            if column == self.COL_SINCE:
                return f"{row.drafted_at:%Y. %m. %d. %H:%M}"
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATE and row.state == "returned":
            return QColor("#b3261e")  # the words say it too: colour is never the only signal
        return None

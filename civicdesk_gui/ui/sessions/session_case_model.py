"""The cases raised at a session, with their outcome and reply promise: shown on the session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from civicdesk_gui.domain.workflow import state_label, state_of
from civicdesk_gui.queries.sessions import SessionCaseRow
from civicdesk_gui.ui.sessions import session_style as style
from civicdesk_gui.ui.shell.reference_labels import ref_name
from civicdesk_gui.ui.widgets.row_table_model import ROW_ID_ROLE, RowTableModel

CASE_ID_ROLE = ROW_ID_ROLE


class SessionCaseModel(RowTableModel[SessionCaseRow]):
    NUMBER, RESIDENT, SUMMARY, DEPARTMENT, OUTCOME, PROMISE = range(6)

    def column_titles(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Resident"),
            self.tr("Suggestion"),
            self.tr("Department"),
            self.tr("Outcome"),
            self.tr("Reply due"),
        ]

    def row_id(self, row: SessionCaseRow) -> int:
        return row.case_id

    def cell(self, row: SessionCaseRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NUMBER:
            return row.number
        if column == self.RESIDENT:
            return row.submitter_name
        if column == self.SUMMARY:
            return row.summary
        if column == self.DEPARTMENT:
            return ref_name(row.department)
        if column == self.OUTCOME:
            return state_label(state_of(row.status, row.classification), style.language())
        if column == self.PROMISE:
            if row.promise_due_at is None:
                return ""
            if row.first_reply_at:
                return self.tr("{0} (replied)").format(f"{row.promise_due_at:%Y-%m-%d}")
            return f"{row.promise_due_at:%Y-%m-%d}"
        return None

"""The cases raised at a session, with their outcome and reply promise: shown on the session."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from civicdesk_gui.domain.workflow import state_label, state_of
from civicdesk_gui.queries.sessions import SessionCaseRow
from civicdesk_gui.ui import session_style as style

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionCaseModel(QAbstractTableModel):
    NUMBER, RESIDENT, SUMMARY, DEPARTMENT, OUTCOME, PROMISE = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SessionCaseRow] = []

    def set_rows(self, rows: list[SessionCaseRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Number"),
            self.tr("Resident"),
            self.tr("Suggestion"),
            self.tr("Department"),
            self.tr("Outcome"),
            self.tr("Reply due"),
        ]
        return titles[section] if 0 <= section < 6 else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == CASE_ID_ROLE:
            return row.case_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.NUMBER:
            return row.number
        if column == self.RESIDENT:
            return row.submitter_name
        if column == self.SUMMARY:
            return row.summary
        if column == self.DEPARTMENT:
            return row.department
        if column == self.OUTCOME:
            return state_label(state_of(row.status, row.classification), style.language())
        if column == self.PROMISE:
            if row.promise_due_at is None:
                return ""
            replied = self.tr(" (replied)") if row.first_reply_at else ""
            return f"{row.promise_due_at:%Y-%m-%d}{replied}"
        return None

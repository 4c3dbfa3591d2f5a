"""The agenda view: the period's sessions as a dense list (date, time, unit, place, state, marks)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from civicdesk_gui.queries.sessions import SessionRow
from civicdesk_gui.ui.sessions import session_style as style
from civicdesk_gui.ui.shell import icons

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WEEKDAYS_KO = "월화수목금토일"


class SessionAgendaModel(QAbstractTableModel):
    DATE, TIME, NUMBER, UNIT, NAME, TOWN, STATE, CONFLICT, CASES = range(9)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SessionRow] = []
        self._warning = None

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: r.starts_at)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else 9

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Number"),
            self.tr("Unit"),
            self.tr("Name"),
            self.tr("Town"),
            self.tr("State"),
            self.tr("Conflict"),
            self.tr("Cases"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == SESSION_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.UNIT:
            return style.unit_tint(row.unit_type)
        if role == Qt.ItemDataRole.DecorationRole and column == self.CONFLICT and row.conflicts:
            if self._warning is None:
                self._warning = icons.icon("warning", color=style.CONFLICT_COLOR)
            return self._warning
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CONFLICT and row.conflicts:
            return "\n".join(style.conflict_details(row.conflicts))
        return None

    def _text(self, row: SessionRow, column: int) -> str:
        if column == self.DATE:
            return f"{row.starts_at:%Y-%m-%d} ({WEEKDAYS_KO[row.starts_at.weekday()]})"
        if column == self.TIME:
            return f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M}"
        if column == self.NUMBER:
            return row.number
        if column == self.UNIT:
            return style.unit_text(row.unit_type, row.unit_subgroup)
        if column == self.NAME:
            return row.label
        if column == self.TOWN:
            return " · ".join(p for p in (row.town_name, row.place) if p)
        if column == self.STATE:
            return style.session_state_text(row.state)
        if column == self.CONFLICT:
            return style.conflict_text(row.conflicts)
        if column == self.CASES:
            return str(row.case_count) if row.case_count else ""
        return ""


class SessionAgendaView(QTableView):
    session_activated = Signal(int)
    session_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda_model = SessionAgendaModel(self)
        self.setModel(self.agenda_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate([118, 96, 96, 150, 180, 220, 60, 130, 50]):
            self.setColumnWidth(column, width)
        self.doubleClicked.connect(self._activate)
        self.selectionModel().currentRowChanged.connect(self._selected)

    def set_sessions(self, rows: list[SessionRow]) -> None:
        self.agenda_model.set_rows(rows)

    def _activate(self, index: QModelIndex) -> None:
        session_id = index.data(SESSION_ID_ROLE)
        if session_id is not None:
            self.session_activated.emit(session_id)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session_id = current.data(SESSION_ID_ROLE)
        if session_id is not None:
            self.session_selected.emit(session_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)

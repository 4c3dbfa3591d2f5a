"""Pending session requests, shown apart from the calendar: who asked, which unit, preferred dates.
From here a request is scheduled (it opens the session editor) or declined with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.queries.sessions import RequestRow
from civicdesk_gui.ui.sessions import ops
from civicdesk_gui.ui.sessions import session_style as style
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.widgets.row_table_model import RowTableModel


class RequestTableModel(RowTableModel[RequestRow]):
    UNIT, WHO, DATES = range(3)

    def column_titles(self) -> list[str]:
        return [self.tr("Unit"), self.tr("Requested by"), self.tr("Preferred dates")]

    def cell(self, row: RequestRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.UNIT:
                name = row.unit_name or row.town_name
                return f"[{style.short_unit_text(row.unit_type)}] {name}"
            if column == self.WHO:
                return row.requested_by
            if column == self.DATES:
                return row.preferred_dates
        if role == Qt.ItemDataRole.BackgroundRole and column == self.UNIT:
            return style.unit_tint(row.unit_type)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                p
                for p in (
                    style.unit_text(row.unit_type, row.unit_subgroup),
                    row.town_name,
                    row.via_office,
                    row.contact,
                    row.notes,
                )
                if p
            )
        return None


class SessionRequestList(QWidget):
    schedule_requested = Signal(object)  # RequestRow
    new_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; color: #37474f;")
        self.model = RequestTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A narrow column: each request wraps onto as many lines as it needs rather than cut its words.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        self.table.doubleClicked.connect(lambda _index: self._schedule())
        new = QPushButton(icons.icon("new"), self.tr("New request"))
        new.clicked.connect(self.new_requested)
        self.schedule_button = QPushButton(icons.icon("calendar"), self.tr("Schedule"))
        self.schedule_button.clicked.connect(self._schedule)
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.decline_button.clicked.connect(self._decline)
        for button, action in (
            (new, "session.request"),
            (self.schedule_button, "session.schedule"),
            (self.decline_button, "session.decide_request"),
        ):
            permitted(button, context.actor, action)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.schedule_button)
        buttons.addWidget(self.decline_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_requests([])

    def set_requests(self, rows: list[RequestRow]) -> None:
        self.model.set_rows(rows)
        self.title.setText(self.tr("Pending requests ({0})").format(len(rows)))

    def current(self) -> RequestRow | None:
        return self.model.row_at(self.table.currentIndex())

    def _schedule(self) -> None:
        row = self.current()
        if row is not None:
            self.schedule_requested.emit(row)

    def _decline(self) -> None:
        row = self.current()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Decline request"),
            self.tr("Why is the request from {0} declined?").format(row.requested_by),
        )
        if not ok:
            return
        ops.decline_request(
            parent=self, actor=self.context.actor, request_id=row.id, version=row.version, reason=reason
        ).run()

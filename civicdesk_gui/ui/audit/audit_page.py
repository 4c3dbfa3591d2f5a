"""Settings > Audit log: who signed in (or failed to, or was locked out), who changed a user, who
exported data, who saw a resident's personal data — filtered by user, case, kind and date, newest
first, and exported to CSV. For the administrator: other roles see why they may not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.audit import AUDIT_KINDS
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.permissions import ROLES
from civicdesk_gui.queries.audit import PAGE_SIZE, AuditFilter, AuditRow, count_audit, fetch_audit
from civicdesk_gui.queries.users import list_users
from civicdesk_gui.ui.audit import ops
from civicdesk_gui.ui.audit.audit_details import readable
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.permitted import refusal_text
from civicdesk_gui.ui.shell.signals import bus
from civicdesk_gui.ui.shell.vocabulary_labels import term
from civicdesk_gui.ui.widgets.row_table_model import RowTableModel

NO_LIMIT = QDate(2000, 1, 1)  # the date edits' minimum, shown as "—": no limit


class AuditTableModel(RowTableModel[AuditRow]):
    AT, USER, KIND, CASE, SUBJECT, DETAILS = range(6)

    def column_titles(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("User"),
            self.tr("Event"),
            self.tr("Case"),
            self.tr("User changed"),
            self.tr("Details"),
        ]

    def row_id(self, row: AuditRow) -> int:
        return row.id

    def cell(self, row: AuditRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            user = f"{row.actor} ({row.login})" if row.actor else row.login
            details = readable(row.kind, row.details)
            return [
                f"{row.at:%Y-%m-%d %H:%M:%S}",
                user,
                term(AUDIT_KINDS, row.kind),
                row.case_number,
                row.subject,
                details,
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAILS:
            return readable(row.kind, row.details).replace(" · ", "\n")
        return None


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_LIMIT)
    edit.setSpecialValueText("—")
    edit.setDate(NO_LIMIT)
    return edit


def _date(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    return None if value == NO_LIMIT else dt.date(value.year(), value.month(), value.day())


class AuditPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self.refused = QLabel(refusal_text(context.actor, "audit.view") or "")
        self.refused.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refused.setStyleSheet("color: #607d8b;")
        self.user = QComboBox()
        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(self.tr("Case number, e.g. 2026-000123"))
        self.case_number.setMinimumWidth(200)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All events"), None)
        for code in AUDIT_KINDS:
            self.kind.addItem(term(AUDIT_KINDS, code), code)
        self.date_from, self.date_to = _date_edit(), _date_edit()
        self.apply_button = QPushButton(icons.icon("search"), self.tr("Show"))
        self.export_button = QPushButton(icons.icon("export"), self.tr("Export CSV…"))
        self.apply_button.clicked.connect(self.reload)
        self.case_number.returnPressed.connect(self.reload)
        self.export_button.clicked.connect(self.ask_export)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("User"), self.user),
            (self.tr("Case"), self.case_number),
            (self.tr("Event"), self.kind),
            (self.tr("From"), self.date_from),
            (self.tr("To"), self.date_to),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.count_label = QLabel()
        viewer = QWidget()
        viewer_layout = QVBoxLayout(viewer)
        viewer_layout.setContentsMargins(0, 0, 0, 0)
        viewer_layout.addLayout(filters)
        viewer_layout.addWidget(self.table, 1)
        viewer_layout.addWidget(self.count_label)
        self.pages = QStackedWidget()
        self.pages.addWidget(viewer)
        self.pages.addWidget(self.refused)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        if self.allowed:
            self._fill_users()
            bus().changed.connect(self._changed)
        else:
            self.pages.setCurrentWidget(self.refused)

    @property
    def allowed(self) -> bool:
        return refusal_text(self.context.actor, "audit.view") is None

    def _fill_users(self) -> None:
        self.user.clear()
        self.user.addItem(self.tr("Everyone"), None)
        for row in list_users():
            self.user.addItem(f"{row.display_name} ({row.login}) · {term(ROLES, row.role)}", row.id)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            user_id=self.user.currentData(),
            case_number=self.case_number.text(),
            kind=self.kind.currentData(),
            date_from=_date(self.date_from),
            date_to=_date(self.date_to),
        )

    def reload(self) -> None:
        if not self.allowed:
            return
        self._stale = False
        audit_filter = self.current_filter()
        rows = fetch_audit(audit_filter)
        self.model.set_rows(rows)
        total = count_audit(audit_filter)
        if total > len(rows):
            self.count_label.setText(
                self.tr("{0} events; the newest {1} are shown (export for all)").format(
                    f"{total:,}", f"{PAGE_SIZE:,}"
                )
            )
        else:
            self.count_label.setText(self.tr("{0} events").format(f"{total:,}"))

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_reference("users"):
            self._fill_users()
        if changes.touches_reference("audit"):
            # Every case opened adds an event: reload only what is on screen, the rest when shown.
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit.csv", self.tr("CSV, UTF-8 (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path):
        return ops.export_audit(
            parent=self, actor=self.context.actor, audit_filter=self.current_filter(), path=path
        ).run()

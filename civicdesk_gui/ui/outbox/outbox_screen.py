"""The Outbox screen: every message owed to a resident, by state — drafts to approve (the linked
residents' batch; sign-off will fill this list too), texts pending for the next bulk-send file, texts
handed to the gateway, failed ones to send again or phone, and those done. The gateway's files are
made and read here (Export for the gateway, Import the delivery report), and the QR poster places
are kept in the second tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.permissions import allows
from civicdesk_gui.queries.outbox import VIEWS, outbox_counts, outbox_rows
from civicdesk_gui.ui.outbox import ops
from civicdesk_gui.ui.outbox.linked_dialog import LinkedRepliesDialog
from civicdesk_gui.ui.outbox.outbox_table_model import ROW_ID_ROLE, OutboxTableModel
from civicdesk_gui.ui.outbox.places_panel import PlacesPanel
from civicdesk_gui.ui.outbox.report_text import report_lines
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.background import run_in_background
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.shell.signals import bus
from civicdesk_gui.ui.widgets.message_size_label import MessageSizeLabel


class OutboxScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view_titles = {
            "drafts": self.tr("Awaiting approval"),
            "pending": self.tr("Pending (next file)"),
            "handed_over": self.tr("Handed to the gateway"),
            "failed": self.tr("Not delivered"),
            "done": self.tr("Delivered or done"),
        }
        self.views = QListWidget()
        for key in VIEWS:
            item = QListWidgetItem(self.view_titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.views.addItem(item)
        self.views.setFixedWidth(190)
        self.views.setSpacing(3)
        self.views.currentRowChanged.connect(lambda _row: self.reload())

        # Residents' names and numbers only for those who may see personal data (DOMAIN.md §6).
        self.model = OutboxTableModel(
            self,
            personal=allows(
                context.actor.role, "case.view_personal", actor_department_id=context.actor.department_id
            ),
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        for column, width in enumerate((92, 96, 70, 110, 48, 70, 92, 130, 130)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.open_case)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

        self.preview = QPlainTextEdit()
        self.preview.setPlaceholderText(
            self.tr("The selected message; edit it before sending a failed one again")
        )
        self.preview.setMaximumHeight(110)
        self.size = MessageSizeLabel()
        self.preview.textChanged.connect(lambda: self.size.show_text(self.preview.toPlainText()))

        def button(icon: str, text: str, shortcut: str, slot) -> QPushButton:
            made = QPushButton(icons.icon(icon), text)
            made.setToolTip(f"{text} ({shortcut})")
            made.clicked.connect(slot)
            QShortcut(QKeySequence(shortcut), self, activated=lambda: made.isEnabled() and slot())
            return made

        self.approve_button = button(
            "approve", self.tr("Approve selected"), "Ctrl+Return", self.approve_selected
        )
        self.export_button = button("send", self.tr("Export for the gateway…"), "Ctrl+E", self.export_pending)
        self.report_button = button(
            "import", self.tr("Import delivery report…"), "Ctrl+R", self.import_report
        )
        self.retry_button = button("reply", self.tr("Send again"), "Ctrl+Shift+S", self.retry_selected)
        self.phoned_button = button("phone", self.tr("Phoned / done…"), "Ctrl+Shift+P", self.phoned_selected)
        self.linked_button = button("linked", self.tr("Tell linked residents…"), "Ctrl+L", self.tell_linked)
        self.case_button = button("cases", self.tr("Open case"), "Ctrl+O", self.open_case)
        for widget, action in (
            (self.approve_button, "outbox.release"),
            (self.export_button, "outbox.send"),
            (self.report_button, "outbox.report"),
            (self.retry_button, "outbox.follow_up"),
            (self.phoned_button, "outbox.follow_up"),
            (self.linked_button, "case.reply"),
        ):
            permitted(widget, context.actor, action)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        bar = QHBoxLayout()
        for widget in (self.approve_button, self.export_button, self.report_button, self.linked_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        follow = QHBoxLayout()
        for widget in (self.retry_button, self.phoned_button, self.case_button):
            follow.addWidget(widget)
        follow.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(bar)
        right.addWidget(self.summary)
        right.addWidget(self.table, 1)
        right.addWidget(self.preview)
        right.addWidget(self.size)
        right.addLayout(follow)
        messages = QWidget()
        row = QHBoxLayout(messages)
        row.addWidget(self.views)
        row.addLayout(right, 1)

        self.places = PlacesPanel(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(messages, icons.icon("outbox"), self.tr("Replies to residents"))
        self.tabs.addTab(self.places, icons.icon("qr"), self.tr("QR poster places"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        bus().changed.connect(self._changed)
        self.views.setCurrentRow(1)

    # ------------------------------------------------------------------ data

    def current_view(self) -> str:
        item = self.views.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else "pending"

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_outbox() or changes.touches_cases():
            self.reload()

    def reload(self) -> None:
        view = self.current_view()
        run_in_background(
            lambda _job: (outbox_rows(view), outbox_counts()),
            on_done=lambda result: self._loaded(view, result),
            on_error=lambda exc, tb: show_error(self, exc, tb),
        )

    def _loaded(self, view: str, result) -> None:
        rows, counts = result
        if view != self.current_view():
            return
        selected = set(self.selected_ids())
        self.model.set_rows(rows)
        for index in range(self.views.count()):
            item = self.views.item(index)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(f"{self.view_titles[key]}  ({counts.get(key, 0):,})")
        for row_number, row in enumerate(rows):
            if row.id in selected:
                self.table.selectRow(row_number)
        texts = sum(1 for r in rows if r.method == "text")
        self.summary.setText(
            self.tr("{0} messages ({1} texts). Double-click a row to open its case.").format(len(rows), texts)
        )
        self._show_selected()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(ROW_ID_ROLE) for r in rows]

    def _selected_rows(self):
        ids = set(self.selected_ids())
        return [r for r in self.model.rows if r.id in ids]

    def _show_selected(self) -> None:
        rows = self._selected_rows()
        view = self.current_view()
        self.preview.setPlainText(rows[0].message if len(rows) == 1 and self.model.personal else "")
        self.preview.setReadOnly(not (len(rows) == 1 and rows[0].state == "failed"))
        self.size.setVisible(len(rows) == 1 and rows[0].method == "text")
        self.approve_button.setVisible(view == "drafts")
        self.retry_button.setVisible(view == "failed")
        self.phoned_button.setVisible(view in ("failed", "pending"))

    # ------------------------------------------------------------------ actions

    def approve_selected(self) -> None:
        ids = [r.id for r in self._selected_rows() if r.state == "draft"]
        if ids:
            ops.release_for_sending(parent=self, actor=self.context.actor, message_ids=ids).run()

    def export_pending(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Bulk-send file for the gateway"),
            "outbox.csv",
            self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        fmt = "xlsx" if path.lower().endswith(".xlsx") or "xlsx" in chosen else "csv"
        ops.export_outbox(parent=self, actor=self.context.actor, path=Path(path), fmt=fmt).success(
            self._exported
        ).run()

    def _exported(self, done) -> None:
        if done.path is None:
            QMessageBox.information(
                self, self.tr("Outbox"), self.tr("No text is pending: no file was written.")
            )
        else:
            QMessageBox.information(
                self,
                self.tr("Outbox"),
                self.tr("{0} texts handed to the gateway in {1}.").format(done.count, done.path.name),
            )

    def import_report(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The gateway's delivery report"), "", self.tr("CSV (*.csv *.txt);;All files (*)")
        )
        if path:
            ops.import_delivery_report(parent=self, actor=self.context.actor, path=Path(path)).success(
                self._reported
            ).run_in_background()

    def _reported(self, report) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Delivery report"))
        box.setText(
            self.tr("{0}: {1} rows — delivered {2}, failed {3}, duplicates {4}, rejected {5}").format(
                report.file,
                report.records,
                report.delivered,
                report.failed,
                report.duplicates,
                len(report.rejected),
            )
        )
        if report.rejected:
            box.setDetailedText("\n".join(report_lines(report.rejected)))
        box.exec()

    def retry_selected(self) -> None:
        rows = [r for r in self._selected_rows() if r.state == "failed" and r.method == "text"]
        if len(rows) == 1:
            text = self.preview.toPlainText()
            changed = text if text.strip() != rows[0].message.strip() else None
            ops.retry_message(
                parent=self, actor=self.context.actor, message_id=rows[0].id, text=changed
            ).run()
        else:
            for row in rows:
                ops.retry_message(parent=self, actor=self.context.actor, message_id=row.id, text=None).run()

    def phoned_selected(self) -> None:
        rows = [
            r
            for r in self._selected_rows()
            if r.state == "failed" or (r.state == "approved" and r.method != "text")
        ]
        if not rows:
            return
        note, accepted = QInputDialog.getText(
            self, self.tr("Phoned or done by hand"), self.tr("What the resident was told, and how:")
        )
        if accepted:
            for row in rows:
                how = "done" if row.method == "letter" else "phoned"
                ops.settle_by_hand(
                    parent=self, actor=self.context.actor, message_id=row.id, how=how, note=note
                ).run()

    def tell_linked(self) -> None:
        LinkedRepliesDialog(self.context, self).exec()

    def open_case(self) -> None:
        rows = self._selected_rows()
        if rows:
            bus().open_case_requested.emit(rows[0].case_id)

"""통지 대상: what the law asks the office to send or chase now, beside the case list — the interim
notices due (시행령 제23조: a case open 30 days after receipt, then every 30 days; exactly
queries.notices.interim_notices_due) and the referrals whose agency has not answered by the reminder
date (queries.notices.referrals_waiting). A double-click (or Enter) opens the case.

"Issue interim notices" asks with the count, issues them in the background with progress and Cancel,
and reports every case: issued with its register number, not issued with the reason, or not reached."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.queries.notices import DueNotice, WaitingReferral, interim_notices_due, referrals_waiting
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.background import Job, run_in_background
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.shell.signals import bus
from civicdesk_gui.ui.widgets.row_table_model import ROW_ID_ROLE, RowTableModel


class DueNoticeModel(RowTableModel[DueNotice]):
    NUMBER, DUE, SENT, SUMMARY = range(4)

    def column_titles(self) -> list[str]:
        return [self.tr("Number"), self.tr("Due since"), self.tr("Sent so far"), self.tr("Request")]

    def row_id(self, row: DueNotice) -> int:
        return row.case_id

    def cell(self, row: DueNotice, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.number, f"{row.due_at:%Y-%m-%d}", str(row.sent), " ".join(row.summary.split()))[
                column
            ]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SUMMARY:
            return row.summary
        return None


class WaitingReferralModel(RowTableModel[WaitingReferral]):
    NUMBER, REMIND, SUMMARY = range(3)

    def column_titles(self) -> list[str]:
        return [self.tr("Number"), self.tr("Ask since"), self.tr("Request")]

    def row_id(self, row: WaitingReferral) -> int:
        return row.case_id

    def cell(self, row: WaitingReferral, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.number, f"{row.remind_on:%Y-%m-%d}", " ".join(row.summary.split()))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SUMMARY:
            return row.summary
        return None


def _table(model: RowTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.resizeSection(0, 110)
    header.resizeSection(1, 95)
    return table


class NoticesDuePanel(QDialog):
    """The notices due now, and the batch that issues the interim ones. Not modal: the coordinator
    opens cases from it while it stays open."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._clock = clock or (lambda: dt.datetime.now().replace(microsecond=0))
        self.setWindowTitle(self.tr("Notices due"))
        self.due_model = DueNoticeModel(self)
        self.referral_model = WaitingReferralModel(self)
        self.due_table = _table(self.due_model)
        self.referral_table = _table(self.referral_model)
        self.due_title = QLabel()
        self.referral_title = QLabel()
        for title in (self.due_title, self.referral_title):
            title.setStyleSheet("font-weight: bold; color: #263238;")
        due_hint = QLabel(
            self.tr(
                "Open 30 days after receipt, and every 30 days after: the resident is told the progress "
                "(Enforcement Decree art. 23)."
            )
        )
        due_hint.setWordWrap(True)
        due_hint.setStyleSheet("color: #546e7a;")
        referral_hint = QLabel(self.tr("The agency has not answered by the reminder date: ask it."))
        referral_hint.setWordWrap(True)
        referral_hint.setStyleSheet("color: #546e7a;")
        self.issue_button = QPushButton(icons.icon("notice"), self.tr("Issue interim notices…"))
        self.issue_button.clicked.connect(self.ask_issue)
        self.refresh_button = QPushButton(icons.icon("refresh"), self.tr("Refresh"))
        self.refresh_button.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(icons.icon("cases"), self.tr("Open case"))
        self.open_button.clicked.connect(self.open_current)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setTabChangesFocus(True)
        self.report_view.setMaximumHeight(110)
        self.report_view.hide()
        top = QHBoxLayout()
        top.addWidget(self.due_title, 1)
        top.addWidget(self.issue_button)
        bottom = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bottom.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        bottom.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        bottom.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(due_hint)
        layout.addWidget(self.due_table, 3)
        layout.addWidget(self.referral_title)
        layout.addWidget(referral_hint)
        layout.addWidget(self.referral_table, 2)
        layout.addWidget(self.report_view)
        layout.addWidget(bottom)
        for table in (self.due_table, self.referral_table):
            table.doubleClicked.connect(lambda index, t=table: self._open(t, index))
            enter = QShortcut(QKeySequence(Qt.Key.Key_Return), table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda t=table: self._open(t, t.currentIndex()))
        self.allowed = permitted(self.issue_button, context.actor, "letter.issue")
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.last_batch: ops.InterimBatch | None = None
        self.loading = False
        bus().changed.connect(self._changed)
        self.resize(760, 560)
        self.refresh()

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read both lists again, off the GUI thread (a scan of the open cases)."""
        now = self._clock()
        self.loading = True

        def read(_job: Job) -> tuple[list[DueNotice], list[WaitingReferral]]:
            return interim_notices_due(now), referrals_waiting(now.date())

        run_in_background(read, on_done=self._show, on_error=self._failed)

    def _show(self, lists: tuple[list[DueNotice], list[WaitingReferral]]) -> None:
        due, waiting = lists
        self.due_model.set_rows(due)
        self.referral_model.set_rows(waiting)
        self.due_title.setText(self.tr("Interim notices due: {0}").format(len(due)))
        self.referral_title.setText(
            self.tr("Referrals awaiting the agency's answer: {0}").format(len(waiting))
        )
        self.issue_button.setEnabled(self.allowed and bool(due) and self.job is None)
        self.loading = False

    def _failed(self, exc: Exception, tb: str) -> None:
        from civicdesk_gui.ui.shell.error_dialog import show_error

        self.loading = False
        show_error(self, exc, tb)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if self.isVisible() and self.job is None and (changes.touches_cases() or changes.touches_letters()):
            self.refresh()

    def _open(self, table: QTableView, index) -> None:
        case_id = index.data(ROW_ID_ROLE) if index.isValid() else None
        if case_id is not None:
            bus().open_case_requested.emit(case_id)

    def open_current(self) -> None:
        table = self.referral_table if self.referral_table.hasFocus() else self.due_table
        self._open(table, table.currentIndex())

    # ------------------------------------------------------------------ the batch

    def ask_issue(self) -> None:
        due = list(self.due_model.rows)
        if not due:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Issue interim notices"))
        box.setText(self.tr("Issue interim notices for {0} cases?").format(len(due)))
        box.setInformativeText(
            self.tr(
                "Each notice is an official letter with a register number; it tells the latest progress "
                "recorded and the expected completion date."
            )
        )
        issue = box.addButton(
            self.tr("Issue {0} notices").format(len(due)), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(issue)
        box.exec()
        if box.clickedButton() is issue:
            self.issue(due)

    def issue(self, due: list[DueNotice]) -> Job:
        """Issue the interim notices of `due` in the background, with progress and Cancel."""
        dialog = QProgressDialog(
            self.tr("Issuing {0} interim notices…").format(len(due)), self.tr("Cancel"), 0, len(due), self
        )
        dialog.setWindowTitle(self.tr("Issue interim notices"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog
        self.issue_button.setEnabled(False)
        op = (
            ops.issue_interim_notices(parent=self, actor=self.context.actor, due=due, now=self._clock())
            .progress(lambda n, _total, text: self._progressed(dialog, n, text))
            .success(self._reported)
            .finally_(self._batch_finished)
        )
        self.job = op.run_in_background()
        dialog.canceled.connect(self.job.cancel)
        return self.job

    def _progressed(self, dialog: QProgressDialog, done: int, number: str) -> None:
        dialog.setValue(min(done, dialog.maximum()))
        if number:
            dialog.setLabelText(self.tr("Issuing the interim notice of case {0}…").format(number))

    def _batch_finished(self) -> None:
        if self.progress is not None:
            self.progress.close()
        self.job = None
        self.refresh()

    def _reported(self, batch: ops.InterimBatch) -> None:
        self.last_batch = batch
        lines = [
            self.tr("Issued: {0} · not issued: {1} · not reached (cancelled): {2}").format(
                len(batch.issued), len(batch.skipped), len(batch.not_reached)
            )
        ]
        lines += [self.tr("{0}: issued, register number {1}").format(n, r) for n, r in batch.issued]
        lines += [self.tr("{0}: not issued — {1}").format(n, describe(exc)) for n, exc in batch.skipped]
        lines += [self.tr("{0}: not reached (cancelled)").format(n) for n in batch.not_reached]
        self.report_view.setPlainText("\n".join(lines))
        self.report_view.show()
        bus().status_message.emit(lines[0])

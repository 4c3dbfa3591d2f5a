"""The sign-off screen (결재함, Ctrl+6): drafts awaiting my review or approval, drafts I may sign for
an absent approver (대결), and my own drafts — drafted, returned with the comment, approved and waiting
to be issued. The selected draft shows its text, its line and, for a letter, the letter as it would
be printed; the buttons take it one step along the line (actions/signoff.py says who may)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.documents.letters.rendering import preview_pdf
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.permissions import OWN_DEPARTMENT, scope
from civicdesk_gui.domain.signoff import LEVELS, SUBJECTS, approval_mark
from civicdesk_gui.domain.vocabulary import REPLY_METHODS
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.queries.letters import case_facts, current_city_settings
from civicdesk_gui.queries.signoff import DraftDetail, awaiting_deputy, desk_queue, draft_detail
from civicdesk_gui.ui.approvals import ops
from civicdesk_gui.ui.approvals.draft_table_model import ROW_ID_ROLE, DraftTableModel
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.background import run_in_background
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.shell.permitted import refusal_text
from civicdesk_gui.ui.shell.signals import bus
from civicdesk_gui.ui.shell.vocabulary_labels import term
from civicdesk_gui.ui.widgets.pdf_preview import PdfPreview
from civicdesk_gui.ui.widgets.signing_session import SigningCancelled, signer_for_issue

VIEWS = ("awaiting", "deputy", "mine")
LETTER_SUBJECTS = ("mayor_letter", "notice")  # a letter with a register number; result replies are not


def _when(value) -> str:
    return f"{value:%Y. %m. %d. %H:%M}" if value else ""


class ApprovalsScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: DraftDetail | None = None
        self._serial = 0
        self.view_titles = {
            "awaiting": self.tr("Awaiting me"),
            "deputy": self.tr("For an absent approver (대결)"),
            "mine": self.tr("My drafts"),
        }
        # The three lists as tabs above the table: the table keeps the width for its columns.
        self.views = QTabBar()
        self.views.setExpanding(False)
        self.views.setDrawBase(False)
        for key in VIEWS:
            self.views.setTabData(self.views.addTab(self.view_titles[key]), key)
        self.views.currentChanged.connect(lambda _index: self.reload())

        self.model = DraftTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Every column but the title keeps its width; the title takes what is left (its tooltip has it
        # whole), so the line fits beside the draft at 1366×768.
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(False)
        for column, width in enumerate((92, 100, 120, 58, 100, 104, 92)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(DraftTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._select())
        self.table.doubleClicked.connect(lambda _index: self.open_case())
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.comment = QLabel()
        self.comment.setWordWrap(True)
        self.comment.setStyleSheet("color: #b3261e;")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title (제목)"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)  # Tab leaves the text, never types into it
        self.preview = PdfPreview()
        self.pages = QTabWidget()
        text_page = QWidget()
        text_layout = QVBoxLayout(text_page)
        text_layout.setContentsMargins(0, 4, 0, 0)
        text_layout.addWidget(self.title)
        text_layout.addWidget(self.body, 1)
        self.pages.addTab(text_page, icons.icon("note"), self.tr("Text"))
        self.pages.addTab(self.preview, icons.icon("pdf"), self.tr("Letter as printed"))
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(400)
        self._preview_timer.timeout.connect(self._render_preview)
        self.title.textChanged.connect(lambda: self.detail is not None and self._preview_timer.start())
        self.body.textChanged.connect(lambda: self.detail is not None and self._preview_timer.start())

        def button(icon: str, text: str, shortcut: str, slot) -> QPushButton:
            made = QPushButton(icons.icon(icon), text)
            made.setToolTip(f"{text} ({shortcut})")
            made.clicked.connect(slot)
            QShortcut(QKeySequence(shortcut), self, activated=lambda: made.isEnabled() and slot())
            return made

        self.review_button = button("review", self.tr("Reviewed"), "Ctrl+Shift+V", self.review)
        self.approve_button = button("approve", self.tr("Approve (결재)…"), "Ctrl+Return", self.approve)
        self.return_button = button("return", self.tr("Return…"), "Ctrl+Shift+R", self.return_to_drafter)
        self.resubmit_button = button("resubmit", self.tr("Submit again"), "Ctrl+Shift+S", self.resubmit)
        self.issue_button = button("send", self.tr("Issue (시행)…"), "Ctrl+Shift+E", self.issue)
        self.case_button = button("cases", self.tr("Open case"), "Ctrl+O", self.open_case)
        self.action_buttons = (
            self.review_button,
            self.approve_button,
            self.return_button,
            self.resubmit_button,
            self.issue_button,
        )
        bar = QHBoxLayout()
        for widget in (*self.action_buttons, self.case_button):
            bar.addWidget(widget)
        bar.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.line)
        right_layout.addWidget(self.comment)
        right_layout.addWidget(self.pages, 1)
        right_layout.addLayout(bar)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.views)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([740, 420])
        layout = QHBoxLayout(self)
        layout.addWidget(self.splitter, 1)

        # Loaded when shown, and again on a change notice while shown: the main window builds every
        # screen at start, and a hidden queue need not ask the database.
        self._stale = True
        bus().changed.connect(self._changed)

    # ------------------------------------------------------------------ data

    def focus_entry(self) -> QWidget:
        """Ctrl+6 lands in the list (main window's focus_screen)."""
        return self.table

    def current_view(self) -> str:
        key = self.views.tabData(self.views.currentIndex())
        return key if key in VIEWS else "awaiting"

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _changed(self, changes: Changes, _initiator: object) -> None:
        # Every sign-off step says it touched the draft's case (actions/signoff.py).
        if changes.touches_cases():
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def reload(self) -> None:
        self._stale = False
        actor = self.context.actor
        view = self.current_view()
        # 대결 only where the role may approve at all, and an official only in their department.
        may_sign = scope(actor.role, "signoff.approve")
        department = actor.department_id if may_sign == OWN_DEPARTMENT else None
        signs_for_others = may_sign is not None and not (may_sign == OWN_DEPARTMENT and department is None)

        def load(_job):
            deputy = awaiting_deputy(actor.id, department_id=department) if signs_for_others else []
            return desk_queue(actor.id), deputy

        run_in_background(
            load,
            on_done=lambda result: self._loaded(view, result),
            on_error=lambda exc, tb: show_error(self, exc, tb),
        )

    def _loaded(self, view: str, result) -> None:
        (awaiting, mine), deputy = result
        if view != self.current_view():
            return
        lists = {"awaiting": awaiting, "deputy": deputy, "mine": mine}
        for index in range(self.views.count()):
            key = self.views.tabData(index)
            self.views.setTabText(index, f"{self.view_titles[key]} ({len(lists[key]):,})")
        kept = self.detail.approval_id if self.detail is not None else None
        self.model.set_rows(lists[view])
        self.empty.setVisible(not lists[view])
        self.empty.setText(
            {
                "awaiting": self.tr("Nothing awaits your review or approval."),
                "deputy": self.tr("No draft awaits another approver."),
                "mine": self.tr("You have no draft in the line."),
            }[view]
        )
        for number, row in enumerate(self.model.rows):
            if row.approval_id == kept:
                self.table.selectRow(number)
                break
        else:
            if self.model.rows:
                self.table.selectRow(0)
        self._select()

    def selected_row(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _select(self) -> None:
        row = self.selected_row()
        detail = draft_detail(row.approval_id) if row is not None else None
        typed = None
        if detail is not None and self.detail is not None and detail.approval_id == self.detail.approval_id:
            typed = (self.title.text(), self.body.toPlainText())  # a refresh keeps what was typed
        self.detail = detail
        self._show(row, detail, typed)

    def _show(self, row, detail: DraftDetail | None, typed) -> None:
        for widget in self.action_buttons:
            widget.setVisible(False)
        self.case_button.setEnabled(detail is not None)
        self.pages.setVisible(detail is not None)
        if detail is None:
            self.heading.setText("")
            self.line.setText("")
            self.comment.setVisible(False)
            self.title.clear()
            self.body.clear()
            self.preview.setVisible(False)
            return
        mark = f" · {detail.mark}" if detail.mark else ""
        self.heading.setText(
            self.tr("<b>{0}</b> · {1} · {2}{3}").format(
                detail.number, term(SUBJECTS, detail.subject), self.model.state_text(row), mark
            )
        )
        self.line.setText(self._line_text(detail))
        returned = detail.state == "returned" and bool(detail.comment)
        self.comment.setVisible(returned)
        self.comment.setText(
            self.tr("Returned with the comment: {0}").format(detail.comment) if returned else ""
        )
        editable = row.step == "mine" and detail.state == "returned"
        title, body = typed if (typed is not None and editable) else (detail.title, detail.body)
        for widget, text in ((self.title, title), (self.body, body)):
            widget.blockSignals(True)
            widget.setText(text) if widget is self.title else widget.setPlainText(text)
            widget.blockSignals(False)
            widget.setReadOnly(not editable)
        self.review_button.setVisible(row.step == "review")
        self.approve_button.setVisible(row.step in ("approve", "deputy"))
        self.return_button.setVisible(row.step in ("review", "approve"))
        self.resubmit_button.setVisible(editable)
        self.issue_button.setVisible(row.step == "mine" and detail.state == "approved")
        self.pages.setTabEnabled(1, detail.subject in LETTER_SUBJECTS)
        if detail.subject in LETTER_SUBJECTS:
            self._render_preview()
        else:
            self.pages.setCurrentIndex(0)

    def _line_text(self, d: DraftDetail) -> str:
        parts = [self.tr("Drafted by {0}, {1}").format(d.drafter, _when(d.drafted_at))]
        if d.reviewer_id is not None:
            done = _when(d.reviewed_at) if d.reviewed_at else self.tr("not yet")
            parts.append(self.tr("reviewed by {0}: {1}").format(d.reviewer, done))
        approver = f"{d.approver} ({term(LEVELS, d.level)})"
        if d.approved_at:
            who = d.approved_by if d.approved_by == d.approver else f"{d.approved_by} / {approver}"
            parts.append(self.tr("approved by {0}, {1}").format(who, _when(d.approved_at)))
        else:
            parts.append(self.tr("approver {0}").format(approver))
        if d.subject == "result_reply":
            parts.append(self.tr("reply by {0}").format(term(REPLY_METHODS, d.kind)))
        return " → ".join(parts)

    def _render_preview(self) -> None:
        detail = self.detail
        if detail is None or detail.subject not in LETTER_SUBJECTS:
            return
        self.preview.setVisible(True)
        self._serial += 1
        serial = self._serial
        case_id, language = detail.case_id, detail.language
        title, body = self.title.text(), self.body.toPlainText()

        def work(_job) -> tuple[int, bytes]:
            facts = case_facts(case_id)
            return serial, preview_pdf(
                facts, current_city_settings(), language=language, subject=title or "-", body=body or "-"
            )

        run_in_background(
            work,
            on_done=lambda result: result[0] == self._serial and self.preview.show_pdf(result[1]),
            on_error=lambda exc, tb: show_error(self, exc, tb),
        )

    # ------------------------------------------------------------------ the line

    def review(self) -> None:
        if self.detail is not None:
            ops.review_draft(parent=self, actor=self.context.actor, approval_id=self.detail.approval_id).run()

    def approval_question(self, detail: DraftDetail, *, deputy: bool) -> str:
        """What the approval will print in the approver's field, and why (시행규칙 제7조)."""
        level = term(LEVELS, detail.level)
        mark = approval_mark(detail.level, deputy=deputy)
        if deputy:
            return self.tr(
                "You approve draft {0} for its absent approver {1}: your field will be marked 대결{2}."
            ).format(
                detail.number,
                detail.approver,
                self.tr(" (the absent {0}'s field reads 전결)").format(level)
                if detail.level != "mayor"
                else "",
            )
        if mark == "전결":
            return self.tr(
                "Approve draft {0}? It will be marked 전결: by the office's rules a {1} is approved by the {2} "
                "on delegated authority."
            ).format(detail.number, term(SUBJECTS, detail.subject), level)
        return self.tr("Approve draft {0}? The {1} approves in person: no mark is printed.").format(
            detail.number, level
        )

    def approve(self) -> None:
        row, detail = self.selected_row(), self.detail
        if row is None or detail is None or row.step not in ("approve", "deputy"):
            return
        deputy = row.step == "deputy"
        answer = QMessageBox.question(
            self, self.tr("Approve (결재)"), self.approval_question(detail, deputy=deputy)
        )
        if answer == QMessageBox.StandardButton.Yes:
            ops.approve_draft(
                parent=self, actor=self.context.actor, approval_id=detail.approval_id, deputy=deputy
            ).run()

    def return_to_drafter(self) -> None:
        detail = self.detail
        if detail is None:
            return
        comment, accepted = QInputDialog.getMultiLineText(
            self,
            self.tr("Return the draft"),
            self.tr("Why is draft {0} returned to {1}? (required)").format(detail.number, detail.drafter),
        )
        if not accepted:
            return
        if not comment.strip():
            QMessageBox.information(
                self, self.tr("Return the draft"), self.tr("Say why the draft is returned.")
            )
            return
        ops.return_draft(
            parent=self, actor=self.context.actor, approval_id=detail.approval_id, comment=comment
        ).run()

    def resubmit(self) -> None:
        detail = self.detail
        if detail is not None:
            ops.resubmit_draft(
                parent=self,
                actor=self.context.actor,
                approval_id=detail.approval_id,
                title=self.title.text(),
                body=self.body.toPlainText(),
            ).run()

    def issue(self) -> None:
        detail = self.detail
        if detail is None or detail.state != "approved":
            return
        if detail.subject == "notice":
            QMessageBox.information(
                self,
                self.tr("Issue (시행)"),
                self.tr("A statutory notice is issued from its case (Actions › Statutory notices)."),
            )
            self.open_case()
            return
        if detail.subject == "mayor_letter":
            reason = refusal_text(self.context.actor, "letter.issue")
            question = self.tr(
                "Issue the approved letter for case {0}? A register number is assigned and the letter "
                "can no longer be changed. It counts as the reply to the resident."
            ).format(detail.number)
        else:
            reason = refusal_text(self.context.actor, "case.reply")
            question = self.tr(
                "Record that the approved result reply was given to the resident of case {0} ({1})? "
                "It counts as the result for the promise and the statutory period."
            ).format(detail.number, term(REPLY_METHODS, detail.kind))
        if reason:
            QMessageBox.information(self, self.tr("Issue (시행)"), reason)
            return
        if QMessageBox.question(self, self.tr("Issue (시행)"), question) != QMessageBox.StandardButton.Yes:
            return
        if detail.subject != "mayor_letter":
            ops.send_reply(
                parent=self, actor=self.context.actor, case_id=detail.case_id, approval_id=detail.approval_id
            ).run()
            return
        # Signed like a letter issued from the Letters screen: the passphrase is asked once a session.
        try:
            signer = signer_for_issue(self)
        except SigningCancelled:
            return
        except CivicDeskError as exc:
            show_error(self, exc)
            return
        self.issue_button.setEnabled(False)
        ops.issue_letter(
            parent=self,
            actor=self.context.actor,
            case_id=detail.case_id,
            approval_id=detail.approval_id,
            signer=signer,
        ).finally_(self._issue_finished).run_in_background()

    def _issue_finished(self) -> None:
        self.issue_button.setEnabled(True)

    def open_case(self) -> None:
        if self.detail is not None:
            bus().open_case_requested.emit(self.detail.case_id)


__all__ = ["ROW_ID_ROLE", "ApprovalsScreen"]

"""The letter workflow for one case: draft from the template, edit, preview (QtPdf), issue; then print,
save, or correct (void with a reason and issue a new number). Issuing is a decision, so it is confirmed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.documents.letters.files import letter_file_name
from civicdesk_gui.documents.letters.rendering import preview_pdf
from civicdesk_gui.domain.signoff import STATES
from civicdesk_gui.domain.vocabulary import CLASSIFICATIONS
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.queries.letters import (
    case_facts,
    current_city_settings,
    letter_draft,
    letter_pdf,
    letter_record,
    standing_letter,
)
from civicdesk_gui.queries.signoff import approved_draft, pending_draft
from civicdesk_gui.ui.letters import ops
from civicdesk_gui.ui.letters.letter_printing import print_pdf, save_pdf
from civicdesk_gui.ui.shell import icons, preferences
from civicdesk_gui.ui.shell.background import Job, run_in_background
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.shell.ops import show_conflict
from civicdesk_gui.ui.shell.permitted import permitted, refusal_text
from civicdesk_gui.ui.shell.reference_labels import ref_name
from civicdesk_gui.ui.shell.screen_fit import fit_on_screen
from civicdesk_gui.ui.shell.vocabulary_labels import term
from civicdesk_gui.ui.widgets.pdf_preview import PdfPreview
from civicdesk_gui.ui.widgets.signing_session import SigningCancelled, signer_for_issue
from civicdesk_gui.ui.widgets.signoff_line_dialog import SignoffLineDialog, signoff_required

PREVIEW_DELAY_MS = 400  # re-render after typing pauses, not on every keystroke


class LetterDialog(QDialog):
    issued = Signal(int)  # letter id

    def __init__(self, context: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.facts = case_facts(case_id)
        self.letter_id: int | None = None
        self.register_number = ""
        self.replaces_id: int | None = None
        self.void_reason = ""
        self._preview_serial = 0
        self._busy = False
        # Sign-off (결재): with the office's rule on, the letter is submitted for approval, and what
        # was approved is what is issued (its text can no longer be edited here).
        self.signoff = signoff_required()
        self.approved = approved_draft(case_id, "mayor_letter") if self.signoff else None
        self.pending = pending_draft(case_id, "mayor_letter") if self.signoff else None
        self.setWindowTitle(self.tr("Letter for case {0}").format(self.facts.number))
        self.resize(1200, 820)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._render_preview)
        letter = standing_letter(case_id)
        if letter is not None:
            self._show_issued(letter.id)
        else:
            self._start_draft()

        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        header = QLabel(
            self.tr("<b>{0}</b> · {1} · {2} · {3}").format(
                self.facts.number,
                self.facts.resident_name or self.tr("(no name)"),
                term(CLASSIFICATIONS, self.facts.classification),
                ref_name(self.facts.department_code) or self.tr("(no department)"),
            )
        )
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)

        self.language = QComboBox()
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        default = preferences.get("letters.default_language")
        self.language.setCurrentIndex(max(0, self.language.findData(default)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)  # Tab moves to the next field, never into the text
        self.body.setTabChangesFocus(True)
        self.subject.textChanged.connect(self._schedule_preview)
        self.body.textChanged.connect(self._schedule_preview)
        self.reset_button = QPushButton(self.tr("Reset to template"))
        self.reset_button.clicked.connect(self._reset_text)

        self.editor = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Subject (제목)"), self.subject)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addWidget(QLabel(self.tr("Text (the letter ends with 끝. automatically)")))
        editor_layout.addWidget(self.body, 1)
        editor_layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.preview = PdfPreview()
        splitter = QSplitter()
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.issue_button = QPushButton(icons.icon("letter", color=icons.ACCENT), self.tr("Issue letter…"))
        permitted(self.issue_button, self.context.actor, "letter.issue")  # viewers read letters, never issue
        self.issue_button.clicked.connect(self.issue)
        self.submit_button = QPushButton(
            icons.icon("approvals", color=icons.ACCENT), self.tr("Submit for sign-off…")
        )
        self.submit_button.setToolTip(self.tr("결재 올리기: the letter goes out after approval"))
        permitted(self.submit_button, self.context.actor, "signoff.draft")
        self.submit_button.clicked.connect(self.submit_for_signoff)
        self.print_button = QPushButton(icons.icon("print"), self.tr("Print…"))
        self.print_button.clicked.connect(self._print)
        self.save_button = QPushButton(icons.icon("pdf"), self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self._save)
        self.correct_button = QPushButton(icons.icon("reopen"), self.tr("Correct (void and reissue)…"))
        self.correct_button.clicked.connect(self._correct)
        permitted(self.correct_button, self.context.actor, "letter.issue")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.issue_button,
            self.submit_button,
            self.print_button,
            self.save_button,
            self.correct_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.state_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ states

    def _set_mode(self, *, issued: bool) -> None:
        self.editor.setVisible(not issued)
        # Alone in the dialog, the issued letter is shown whole, as it will be printed.
        self.preview.view.setZoomMode(QPdfView.ZoomMode.FitInView if issued else QPdfView.ZoomMode.FitToWidth)
        drafting = not issued and self.signoff and self.approved is None
        self.issue_button.setVisible(not issued and not drafting)
        self.submit_button.setVisible(drafting)
        for button in (self.print_button, self.save_button, self.correct_button):
            button.setVisible(issued)

    def _start_draft(self, subject: str | None = None, body: str | None = None) -> None:
        self.letter_id = None
        self._set_mode(issued=False)
        if self.approved is not None:
            subject, body = self.approved.title, self.approved.body
            self.language.setCurrentIndex(max(0, self.language.findData(self.approved.language)))
        elif subject is None or body is None:
            draft = letter_draft(self.case_id, self.language.currentData())
            subject, body = draft.subject, draft.body
        self.subject.setText(subject)
        self.body.setPlainText(body)
        for widget in (self.subject, self.body):
            widget.setReadOnly(self.approved is not None)
        self.language.setEnabled(self.approved is None)
        self.reset_button.setEnabled(self.approved is None)
        if self.approved is not None:
            self.state_label.setText(
                self.tr(
                    "Approved (결재) by {0} on {1}{2}: issue it as approved; its text cannot be changed."
                ).format(
                    self.approved.approved_by,
                    self.approved.approved_at.strftime("%Y-%m-%d"),
                    f" ({self.approved.mark})" if self.approved.mark else "",
                )
            )
        elif self.signoff and self.pending is not None:
            self.submit_button.setEnabled(False)
            self.state_label.setText(
                self.tr(
                    "A draft of this letter is in sign-off ({0}, {1}): see the Sign-off screen (Ctrl+6)."
                ).format(term(STATES, self.pending.state), self.pending.drafter)
            )
        elif self.signoff:
            self.state_label.setText(
                self.tr(
                    "Sign-off is required: submit the draft for approval (결재 올리기); the letter goes out "
                    "after it is approved."
                )
            )
        elif self.replaces_id is not None:
            self.state_label.setText(
                self.tr(
                    "Correcting letter {0}: it will be voided ({1}) when the new letter is issued."
                ).format(self.register_number, self.void_reason)
            )
        else:
            self.state_label.setText(
                self.tr(
                    "Draft: edit the text for this case; the register number is assigned when you issue it."
                )
            )
        self._render_preview()

    def _show_issued(self, letter_id: int) -> None:
        self.letter_id = letter_id
        self.register_number, data = letter_pdf(letter_id)
        letter = letter_record(letter_id)
        self._set_mode(issued=True)
        # Whole sentences for each case, so the translation can order its words freely. The file's
        # fingerprint is for verification, not for reading: the administrator finds it in the tooltip.
        if letter.signed:
            sentence = self.tr("Issued as {0} on {1}, digitally signed. An issued letter never changes.")
        else:
            sentence = self.tr("Issued as {0} on {1}, not digitally signed. An issued letter never changes.")
        self.state_label.setText(
            sentence.format(self.register_number, letter.issued_at.strftime("%Y-%m-%d %H:%M"))
        )
        admin = self.context.actor.role == "admin"
        self.state_label.setToolTip(
            self.tr("File fingerprint (SHA-256): {0}").format(letter.sha256) if admin else ""
        )
        self.preview.show_pdf(data)

    # ------------------------------------------------------------------ draft

    def _language_changed(self) -> None:
        if self.letter_id is None:
            self._reset_text()

    def _reset_text(self) -> None:
        try:
            draft = letter_draft(self.case_id, self.language.currentData())
        except CivicDeskError as exc:
            show_error(self, exc)
            return
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)

    def _schedule_preview(self) -> None:
        if self.letter_id is None:
            self._timer.start()

    def _render_preview(self) -> None:
        self._timer.stop()
        self._preview_serial += 1
        serial = self._preview_serial
        facts, language = self.facts, self.language.currentData()
        subject, body = self.subject.text(), self.body.toPlainText()

        def work(_job: Job) -> tuple[int, bytes]:
            return serial, preview_pdf(
                facts, current_city_settings(), language=language, subject=subject, body=body
            )

        run_in_background(work, on_done=self._preview_ready, on_error=self._preview_failed)

    def _preview_failed(self, exc: Exception, tb: str) -> None:
        show_error(self, exc, tb)

    def _preview_ready(self, result: tuple[int, bytes]) -> None:
        serial, data = result
        if serial == self._preview_serial and self.letter_id is None:  # a newer edit wins
            self.preview.show_pdf(data)

    # ------------------------------------------------------------------ issue

    def _confirm_issue(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Issue letter"),
            self.tr(
                "Issue the letter for case {0}? A register number is assigned and the letter can no longer "
                "be changed (only voided and reissued). It counts as the reply to the resident."
            ).format(self.facts.number),
        )
        return answer == QMessageBox.StandardButton.Yes

    def issue(self) -> None:
        if self._busy or refusal_text(self.context.actor, "letter.issue") or not self._confirm_issue():
            return
        try:
            signer = signer_for_issue(self)
        except SigningCancelled:
            return
        except CivicDeskError as exc:
            show_error(self, exc)
            return
        self._busy = True
        self.issue_button.setEnabled(False)
        self.state_label.setText(self.tr("Issuing…"))
        ops.issue_letter(
            parent=self,
            actor=self.context.actor,
            case_id=self.case_id,
            version=self.facts.case_version,
            language=self.language.currentData(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            signer=signer,
            replaces_letter_id=self.replaces_id,
            void_reason=self.void_reason,
            approval_id=self.approved.approval_id if self.approved is not None else None,
        ).success(self._issued).failure(self._issue_refused).conflict(self._issue_conflict).finally_(
            self._issue_finished
        ).run_in_background()

    def _issue_finished(self) -> None:
        self._busy = False
        self.issue_button.setEnabled(True)
        permitted(self.issue_button, self.context.actor, "letter.issue")

    def submit_for_signoff(self) -> None:
        if self._busy or refusal_text(self.context.actor, "signoff.draft"):
            return
        line = SignoffLineDialog(
            subject="mayor_letter", drafter_id=self.context.actor.id, case_id=self.case_id, parent=self
        )
        if line.exec() != QDialog.DialogCode.Accepted or line.approver_id() is None:
            return
        ops.draft_letter(
            parent=self,
            actor=self.context.actor,
            case_id=self.case_id,
            kind=self.facts.classification,
            language=self.language.currentData(),
            title=self.subject.text(),
            body=self.body.toPlainText(),
            reviewer_id=line.reviewer_id(),
            approver_id=line.approver_id(),
        ).success(self._submitted).run()

    def _submitted(self, _step) -> None:
        self.submit_button.setEnabled(False)
        self.state_label.setText(
            self.tr(
                "Submitted for sign-off. The letter goes out after approval: its drafter issues it from "
                "the Sign-off screen (Ctrl+6)."
            )
        )

    def _issued(self, letter) -> None:
        self.approved = None
        self.replaces_id, self.void_reason = None, ""
        self.facts = case_facts(self.case_id)
        self._show_issued(letter.letter_id)
        self.issued.emit(letter.letter_id)

    def _issue_refused(self, exc) -> None:
        self.state_label.setText(self.tr("Not issued."))
        show_error(self, exc)

    def _issue_conflict(self, exc) -> None:
        self.state_label.setText(self.tr("Not issued."))
        show_conflict(self, exc)
        self.facts = case_facts(self.case_id)  # the next Issue uses the version now stored

    # ------------------------------------------------------------------ issued letter

    def _print(self) -> None:
        if self.preview.data:
            print_pdf(self.preview.data, self)

    def _save(self) -> None:
        if self.preview.data:
            save_pdf(self.preview.data, letter_file_name(self.facts.number, self.register_number), self)

    def _correct(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Correct letter"),
            self.tr("Why is letter {0} corrected? It is voided and a new number is issued.").format(
                self.register_number
            ),
        )
        if not ok or not reason.strip():
            return
        letter = letter_record(self.letter_id)
        self.replaces_id, self.void_reason = letter.letter_id, reason.strip()
        self.language.setCurrentIndex(max(0, self.language.findData(letter.language)))
        self._start_draft(letter.subject, letter.text)


def open_letter_workflow(
    context: AppContext, case_id: int, parent: QWidget | None = None
) -> LetterDialog | None:
    """Draft the mayor-signed letter for the case from its template, edit, preview and issue it."""
    try:
        dialog = LetterDialog(context, case_id, parent)
    except CivicDeskError as exc:
        show_error(parent, exc)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

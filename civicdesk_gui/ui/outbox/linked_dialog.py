"""Tell every linked resident: a case number, the wording (the template of the case's outcome, with
placeholders each resident's own case fills in), then one draft per linked resident, approved as a
batch in the Outbox's "Awaiting approval" list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.queries.case_detail import find_case_id
from civicdesk_gui.queries.outbox import linked_case_ids
from civicdesk_gui.ui.outbox import ops
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.screen_fit import fit_on_screen
from civicdesk_gui.ui.widgets.message_size_label import MessageSizeLabel


class LinkedRepliesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Tell every linked resident"))
        self.resize(560, 380)
        self.number = QLineEdit()
        self.number.setPlaceholderText("2026-000123")
        self.number.editingFinished.connect(self.look_up)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("{이름}님, … ({이름}, {접수번호} are filled for each resident)"))
        self.size = MessageSizeLabel()
        self.text.textChanged.connect(lambda: self.size.show_text(self.text.toPlainText()))
        form = QFormLayout()
        form.addRow(self.tr("Case number"), self.number)
        form.addRow("", self.found)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.prepare_button = self.buttons.addButton(
            self.tr("Prepare drafts"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.prepare_button.setEnabled(False)
        self.buttons.accepted.connect(self.prepare)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.size)
        layout.addWidget(self.buttons)
        self.case_id: int | None = None
        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too

    def look_up(self) -> None:
        self.case_id = find_case_id(self.number.text())
        if self.case_id is None:
            self.found.setText(self.tr("No case has this number."))
            self.prepare_button.setEnabled(False)
            return
        linked = linked_case_ids(self.case_id)
        self.found.setText(
            self.tr("{0} residents are linked to this case; each gets their own reply.").format(len(linked))
        )
        if not self.text.toPlainText().strip():
            self.text.setPlainText(ops.default_linked_wording(self.case_id))
        self.prepare_button.setEnabled(True)

    def prepare(self) -> None:
        if self.case_id is None:
            return
        op = ops.prepare_linked_replies(
            parent=self, actor=self.context.actor, case_id=self.case_id, text=self.text.toPlainText()
        )
        if op.run() is not None:
            self.accept()

"""결재 올리기: choose the sign-off line for a draft — a reviewer (optional: the team leader) and the
approver, defaulting to whom the office's 전결 rule names for the document (signoff.level.*). Only
users whose role may review or approve are offered (domain/permissions.py). Shared by the letter
dialog and the case's reply form; the caller drafts through its own ops."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from civicdesk_gui.domain.signoff import LEVEL_SETTING, LEVELS, SUBJECTS
from civicdesk_gui.queries.signoff import Signer, case_department, default_approver, signers
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.vocabulary_labels import term


def signoff_required() -> bool:
    """The office's rule: nothing goes out without an approved draft (Settings › sign-off)."""
    return bool(preferences.get("signoff.required"))


class SignoffLineDialog(QDialog):
    def __init__(self, *, subject: str, drafter_id: int, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Submit for sign-off (결재 올리기)"))
        self.level = preferences.get(LEVEL_SETTING[subject])
        self.reviewer = QComboBox()
        self.reviewer.addItem(self.tr("(no reviewer)"), None)
        for person in signers("signoff.review"):
            if person.user_id != drafter_id:
                self.reviewer.addItem(self._label(person), person.user_id)
        self.approver = QComboBox()
        candidates = [p for p in signers("signoff.approve") if p.user_id != drafter_id]
        for person in candidates:
            self.approver.addItem(self._label(person), person.user_id)
        chosen = default_approver(self.level, candidates, department_id=case_department(case_id))
        if chosen is not None:
            self.approver.setCurrentIndex(self.approver.findData(chosen.user_id))
        rule = QLabel(
            self.tr(
                "By the office's rules a {0} is approved by the {1}. It goes out only after approval: "
                "the approver finds it on the Sign-off screen (Ctrl+6)."
            ).format(term(SUBJECTS, subject), term(LEVELS, self.level))
        )
        rule.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reviewer (검토자)"), self.reviewer)
        form.addRow(self.tr("Approver (결재권자)"), self.approver)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Submit for sign-off"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.approver.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(rule)
        layout.addLayout(form)
        if self.approver.count() == 0:
            layout.addWidget(
                QLabel(self.tr("No user may approve: the administrator adds one in Settings › Users."))
            )
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _label(self, person: Signer) -> str:
        return f"{person.name} · {person.rank}" if person.rank else person.name

    def reviewer_id(self) -> int | None:
        return self.reviewer.currentData()

    def approver_id(self) -> int | None:
        return self.approver.currentData()

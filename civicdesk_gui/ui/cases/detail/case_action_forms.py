"""The inline forms of the case detail pane, one per action. Each keeps what the user typed until it
is saved or explicitly discarded, and writes only through the cases ops (`ui/cases/ops.py`) with
the version the user was looking at (optimistic locking)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain import reply_templates
from civicdesk_gui.domain.petitions import PETITION_KINDS, REPLY_PURPOSES
from civicdesk_gui.domain.vocabulary import REPLY_METHODS
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries import reference_lists
from civicdesk_gui.queries.case_detail import CaseDetail, find_case_id
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.shell.ops import WriteOp
from civicdesk_gui.ui.shell.reference_labels import ref_name
from civicdesk_gui.ui.shell.vocabulary_labels import term
from civicdesk_gui.ui.widgets.message_size_label import MessageSizeLabel
from civicdesk_gui.ui.widgets.signoff_line_dialog import SignoffLineDialog, signoff_required

if TYPE_CHECKING:
    from civicdesk_gui.domain.actor import Actor


def fill_combo(combo: QComboBox, items: list[tuple[str, object]], *, keep=None) -> None:
    """Replace a combo's items (label, data), keeping the current choice when it still exists."""
    current = combo.currentData() if keep is None else keep
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(ref_name(text), data)  # reference data in the interface's language
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
    combo.blockSignals(False)


class ActionForm(QWidget):
    """Base of the inline forms. `changed` fires when what the user typed or chose changes."""

    kind = ""
    changed = Signal()

    def title(self) -> str:
        raise NotImplementedError

    def load(self, detail: CaseDetail) -> None:
        """Refresh the choices for this case; never clears what the user typed."""

    def has_unsaved_text(self) -> bool:
        return False

    def pending_summary(self) -> str:
        return ""

    def clear(self) -> None:
        """Forget what was typed (after saving, or when the user chose to discard it)."""

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        """The write this form asks for, on the version on screen (raises ValidationError when the
        form itself is incomplete)."""
        raise NotImplementedError


class _TextForm(ActionForm):
    """A form around one free-text editor (note, progress update, reopen reason)."""

    placeholder = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)  # Tab moves to the next field, never into the text
        self.editor.setPlaceholderText(self.placeholder_text())
        self.editor.setMinimumHeight(90)
        self.editor.textChanged.connect(self.changed)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.editor)

    def placeholder_text(self) -> str:
        return ""

    def text(self) -> str:
        return self.editor.toPlainText()

    def has_unsaved_text(self) -> bool:
        return bool(self.text().strip())

    def pending_summary(self) -> str:
        return self.text()

    def clear(self) -> None:
        self.editor.clear()


class NoteForm(_TextForm):
    kind = "note"

    def title(self) -> str:
        return self.tr("Internal note (not sent to the resident)")

    def placeholder_text(self) -> str:
        return self.tr("What colleagues should know about this case")

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        return ops.add_note(
            parent=parent, actor=actor, case_id=detail.id, text=self.text(), title=self.title()
        )


class ProgressForm(_TextForm):
    kind = "progress"

    def title(self) -> str:
        return self.tr("Progress update (restarts the monthly update clock)")

    def placeholder_text(self) -> str:
        return self.tr("What has been done since the last update")

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        return ops.record_progress(
            parent=parent,
            actor=actor,
            case_id=detail.id,
            version=detail.version,
            text=self.text(),
            title=self.title(),
        )


class ReopenForm(_TextForm):
    kind = "reopen"

    def title(self) -> str:
        return self.tr("Reopen the case for review")

    def placeholder_text(self) -> str:
        return self.tr("Why the case is reopened (required)")

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        return ops.reopen_case(
            parent=parent,
            actor=actor,
            case_id=detail.id,
            version=detail.version,
            reason=self.text(),
            title=self.title(),
        )


def reply_fields(detail: CaseDetail) -> reply_templates.ReplyFields:
    return reply_templates.ReplyFields(
        name=detail.submitter_name,
        number=detail.number,
        received_on=detail.received_at.date(),
        department=detail.department_name,
        official=detail.official_name,
        classification=detail.classification,
        summary=detail.summary,
        reason_code=detail.reason_code,
        reason_text=detail.reason_text,
        agency=detail.agency_name,
        next_review_on=detail.next_review_on,
    )


class ReplyForm(_TextForm):
    """What the resident is told, and how; a template fills in the case's own fields."""

    kind = "reply"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: CaseDetail | None = None
        self.method = QComboBox()
        for code in REPLY_METHODS:
            self.method.addItem(term(REPLY_METHODS, code), code)
        # What the reply is for: only a result meets the promise and the statutory period (법 제27조).
        self.purpose = QComboBox()
        for code in REPLY_PURPOSES:
            self.purpose.addItem(term(REPLY_PURPOSES, code), code)
        self.purpose.setToolTip(
            self.tr(
                "Only a result reply meets the reply promise and the statutory period; a receipt notice does not."
            )
        )
        self._purpose_chosen = False
        self.purpose.currentIndexChanged.connect(self._mark_purpose_chosen)
        self.template = QComboBox()
        # Long template titles must not widen the detail pane: the combo shows what fits.
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(10)
        self.fill_button = QPushButton(self.tr("Insert template"))
        self.fill_button.clicked.connect(self.insert_template)
        # Two rows, so the form fits the side pane as well as the full-width view.
        rows = QGridLayout()
        rows.addWidget(QLabel(self.tr("Method")), 0, 0)
        rows.addWidget(self.method, 0, 1, Qt.AlignmentFlag.AlignLeft)
        rows.addWidget(QLabel(self.tr("Purpose")), 1, 0)
        rows.addWidget(self.purpose, 1, 1, Qt.AlignmentFlag.AlignLeft)
        rows.addWidget(QLabel(self.tr("Template")), 2, 0)
        rows.addWidget(self.template, 2, 1)
        rows.addWidget(self.fill_button, 2, 2)
        rows.setColumnStretch(1, 1)
        self.layout_.insertLayout(0, rows)
        # A reply by text goes into the outbox (ui/outbox/): its size as the gateway counts it.
        self.size = MessageSizeLabel()
        self.layout_.addWidget(self.size)
        # Sign-off (결재): with the office's rule on, a result reply is submitted for approval.
        self.signoff_note = QLabel(
            self.tr(
                "Sign-off is required: saving submits this result reply for approval (결재 올리기); it goes out once approved."
            )
        )
        self.signoff_note.setWordWrap(True)
        self.layout_.addWidget(self.signoff_note)
        self.purpose.currentIndexChanged.connect(self._show_signoff)
        self._show_signoff()
        self.editor.textChanged.connect(self._show_size)
        self.method.currentIndexChanged.connect(self._show_size)
        self._show_size()

    def _show_size(self) -> None:
        by_text = self.method.currentData() == "sms"
        self.size.setVisible(by_text)
        if by_text:
            self.size.show_text(self.text())

    def _needs_signoff(self) -> bool:
        return self.purpose.currentData() == "result" and signoff_required()

    def _show_signoff(self) -> None:
        self.signoff_note.setVisible(self._needs_signoff())

    def title(self) -> str:
        return self.tr("Reply to the resident")

    def placeholder_text(self) -> str:
        return self.tr("What the resident is told (choose a template to start)")

    def clear(self) -> None:
        super().clear()
        self._purpose_chosen = False

    def _mark_purpose_chosen(self, _index: int) -> None:
        self._purpose_chosen = True

    def load(self, detail: CaseDetail) -> None:
        self._detail = detail
        if not self._purpose_chosen:
            # Before the outcome a reply is usually the receipt notice or news of progress; once the
            # case is classified, the result. The user's own choice is never overridden.
            default = (
                "result" if detail.classification else ("interim" if detail.first_reply_at else "receipt")
            )
            self.purpose.blockSignals(True)  # a proposal, not the user's choice
            self.purpose.setCurrentIndex(self.purpose.findData(default))
            self.purpose.blockSignals(False)
        choices = reply_templates.templates_for(
            category=detail.category_code, classification=detail.classification
        )
        fill_combo(self.template, [(t.title, t.code) for t in choices])
        self._show_signoff()

    def insert_template(self) -> None:
        """Replace the text with the chosen template, filled with this case's fields."""
        code = self.template.currentData()
        if code is None or self._detail is None:
            return
        filled = reply_templates.fill(reply_templates.template(code), reply_fields(self._detail))
        self.editor.setPlainText(filled)

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        if self._needs_signoff():
            line = SignoffLineDialog(
                subject="result_reply", drafter_id=actor.id, case_id=detail.id, parent=parent
            )
            if line.exec() != QDialog.DialogCode.Accepted or line.approver_id() is None:
                raise ValidationError("signoff.reply_needed", {"number": detail.number}, field="purpose")
            return ops.draft_reply(
                parent=parent,
                actor=actor,
                case_id=detail.id,
                method=self.method.currentData(),
                text=self.text(),
                reviewer_id=line.reviewer_id(),
                approver_id=line.approver_id(),
            )
        if self.method.currentData() == "sms":  # into the outbox; it counts when handed over
            return ops.queue_text_reply(
                parent=parent,
                actor=actor,
                case_id=detail.id,
                text=self.text(),
                purpose=self.purpose.currentData(),
            )
        return ops.record_reply(
            parent=parent,
            actor=actor,
            case_id=detail.id,
            version=detail.version,
            method=self.method.currentData(),
            text=self.text(),
            title=self.title(),
            purpose=self.purpose.currentData(),
        )


class RouteForm(ActionForm):
    kind = "route"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.department = QComboBox()
        self.department.currentIndexChanged.connect(self.changed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Department"), self.department)

    def title(self) -> str:
        return self.tr("Route to department")

    def load(self, detail: CaseDetail) -> None:
        # No department is pre-selected: an empty first choice, so routing is always a decision.
        items = [(self.tr("— choose a department —"), None)]
        items += [(c.label, c.id) for c in reference_lists.departments()]
        fill_combo(self.department, items, keep=self.department.currentData() or detail.department_id)

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        if self.department.currentData() is None:
            raise ValidationError(self.tr("Choose a department."), field="department")
        return ops.route_case(
            parent=parent,
            actor=actor,
            case_id=detail.id,
            version=detail.version,
            department_id=self.department.currentData(),
            title=self.title(),
        )


class PetitionKindForm(ActionForm):
    """The kind of petition under the Act: it decides the statutory period (an audited change)."""

    kind = "petition_kind"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        for code in PETITION_KINDS:
            self.choice.addItem(term(PETITION_KINDS, code), code)
        self.choice.currentIndexChanged.connect(self.changed)
        self.hint = QLabel(
            self.tr(
                "The statutory period follows the kind: other petitions immediately (3 working hours), "
                "grievances 7 days, suggestions 14 days, questions 7 or 14 days."
            )
        )
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Kind of petition"), self.choice)
        form.addRow(self.hint)

    def title(self) -> str:
        return self.tr("Change the kind of petition")

    def pending_summary(self) -> str:
        return ""

    def clear(self) -> None:
        pass

    def load(self, detail: CaseDetail) -> None:
        index = self.choice.findData(detail.petition_kind)
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(index if index >= 0 else 0)
        self.choice.blockSignals(False)

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        return ops.set_petition_kind(
            parent=parent,
            actor=actor,
            case_id=detail.id,
            version=detail.version,
            kind=self.choice.currentData(),
            title=self.title(),
        )


class AssignForm(ActionForm):
    kind = "assign"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.official = QComboBox()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Official"), self.official)
        form.addRow(self.hint)

    def title(self) -> str:
        return self.tr("Assign the responsible official")

    def load(self, detail: CaseDetail) -> None:
        items = [(c.label, c.id) for c in reference_lists.officials_of(detail.department_id)]
        fill_combo(self.official, items, keep=self.official.currentData() or detail.official_id)
        if detail.department_id is None:
            self.hint.setText(self.tr("Route the case to a department first."))
        elif not items:
            self.hint.setText(self.tr("{0} has no officials on record yet.").format(detail.department_name))
        else:
            self.hint.setText(self.tr("Team leaders and higher, who sign off answers, are listed first."))

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        if self.official.currentData() is None:
            raise ValidationError(self.tr("Choose an official."), field="official")
        return ops.assign_official(
            parent=parent,
            actor=actor,
            case_id=detail.id,
            version=detail.version,
            official_id=self.official.currentData(),
            title=self.title(),
        )


class ReviewDateForm(ActionForm):
    kind = "next_review"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate().addDays(90))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Review again on"), self.date)

    def title(self) -> str:
        return self.tr("Next review date (management list)")

    def load(self, detail: CaseDetail) -> None:
        if detail.next_review_on is not None:
            day = detail.next_review_on
            self.date.setDate(QDate(day.year, day.month, day.day))

    def chosen(self) -> dt.date:
        return self.date.date().toPython()

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        return ops.set_next_review(
            parent=parent,
            actor=actor,
            case_id=detail.id,
            version=detail.version,
            review_on=self.chosen(),
            title=self.title(),
        )


class DuplicateForm(ActionForm):
    kind = "duplicate"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit()
        self.number.setPlaceholderText("2026-000123")
        self.number.textChanged.connect(self.changed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Original case number"), self.number)

    def title(self) -> str:
        return self.tr("Mark as a duplicate of an earlier case")

    def has_unsaved_text(self) -> bool:
        return bool(self.number.text().strip())

    def pending_summary(self) -> str:
        return self.number.text()

    def clear(self) -> None:
        self.number.clear()

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        number = self.number.text().strip()
        original_id = find_case_id(number) if number else None
        if original_id is None:
            raise ValidationError(
                self.tr("No case has the number “{0}”.").format(number), field="duplicate_of"
            )
        return ops.mark_duplicate(
            parent=parent,
            actor=actor,
            case_id=detail.id,
            version=detail.version,
            original_id=original_id,
            title=self.title(),
        )


class WithdrawForm(_TextForm):
    """A case entered by mistake leaves the working views; it is never deleted."""

    kind = "withdraw"

    def title(self) -> str:
        return self.tr("Withdraw the case (entered by mistake)")

    def placeholder_text(self) -> str:
        return self.tr("Why the case is withdrawn (required): a test message, entered twice …")

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        return ops.withdraw_case(
            parent=parent,
            actor=actor,
            case_id=detail.id,
            version=detail.version,
            reason=self.text(),
            title=self.title(),
        )


def all_forms() -> list[ActionForm]:
    return [
        RouteForm(),
        AssignForm(),
        PetitionKindForm(),
        NoteForm(),
        ProgressForm(),
        ReplyForm(),
        ReopenForm(),
        ReviewDateForm(),
        DuplicateForm(),
        WithdrawForm(),
    ]

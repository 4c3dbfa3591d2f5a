"""The two dialogs of the case detail pane that confirm a decision (DOMAIN.md §8): classifying a
case, and resolving a conflict with someone who saved the case first."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.vocabulary import CLASSIFICATIONS, REASON_CODES
from civicdesk_gui.errors import ConflictError, ValidationError
from civicdesk_gui.queries import reference_lists
from civicdesk_gui.queries.case_detail import CaseDetail, TimelineEntry
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.cases.detail.case_action_forms import fill_combo
from civicdesk_gui.ui.cases.detail.case_timeline_view import describe
from civicdesk_gui.ui.shell import error_text, icons
from civicdesk_gui.ui.shell.ops import WriteOp
from civicdesk_gui.ui.shell.screen_fit import fit_on_screen
from civicdesk_gui.ui.shell.vocabulary_labels import state_label, term

if TYPE_CHECKING:
    from civicdesk_gui.domain.actor import Actor

DEFAULT_REVIEW_DAYS = 90


class ClassifyDialog(QDialog):
    """Record the outcome of review. OK stays disabled, with a hint, until the choice is complete:
    long-term review and unfeasible need a reason code and the reasons in words, referred an agency."""

    kind = "classify"

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Classify case {0}").format(detail.number))
        self.setMinimumWidth(480)
        self.detail = detail
        self.classification = QComboBox()
        # Only the outcomes possible now (a routed complaint cannot be "acknowledged"); when none is,
        # the hint says what must happen first.
        for code in workflow.possible_outcomes(detail.state, detail.category_code):
            self.classification.addItem(term(CLASSIFICATIONS, code), code)
        self.reason_code = QComboBox()
        self.reason_code.addItem(self.tr("(none)"), None)
        for code in REASON_CODES:
            self.reason_code.addItem(term(REASON_CODES, code), code)
        self.reason_text = QPlainTextEdit()
        self.reason_text.setTabChangesFocus(True)  # Tab moves to the next field, never into the text
        self.reason_text.setPlaceholderText(self.tr("The reasons, in words the resident will read"))
        self.reason_text.setMinimumHeight(90)
        self.agency = QComboBox()
        fill_combo(
            self.agency, [(self.tr("(none)"), None)] + [(a.label, a.id) for a in reference_lists.agencies()]
        )
        self.review_on = QDateEdit()
        self.review_on.setCalendarPopup(True)
        self.review_on.setDisplayFormat("yyyy-MM-dd")
        self.review_on.setDate(QDate.currentDate().addDays(DEFAULT_REVIEW_DAYS))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("classifyHint")

        form = QFormLayout()
        form.addRow(self.tr("Current status"), QLabel(state_label(detail.state)))
        form.addRow(self.tr("Outcome"), self.classification)
        form.addRow(self.tr("Reason"), self.reason_code)
        form.addRow(self.tr("Reasons in words"), self.reason_text)
        form.addRow(self.tr("Agency (referred)"), self.agency)
        form.addRow(self.tr("Review again on"), self.review_on)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton(icons.icon("classify"), self.tr("Classify"))
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        for signal in (
            self.classification.currentIndexChanged,
            self.reason_code.currentIndexChanged,
            self.agency.currentIndexChanged,
        ):
            signal.connect(self._validate)
        self.reason_text.textChanged.connect(self._validate)
        self._validate()
        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too

    def chosen(self) -> str | None:
        return self.classification.currentData()

    def _validate(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(problem is None)
        management = self.chosen() in workflow.MANAGEMENT_LIST_OUTCOMES
        self.review_on.setEnabled(management)
        if problem is None:
            self.hint.setText(
                self.tr("The case will be recorded as “{0}”.").format(term(CLASSIFICATIONS, self.chosen()))
            )
        else:
            self.hint.setText("⚠ " + problem)

    def problem(self) -> str | None:
        """Why the classification cannot be saved yet, in words; None when it can."""
        if self.chosen() is None:
            missing = workflow.missing_before_review(self.detail.state, self.detail.category_code)
            if missing == "assign":
                return self.tr(
                    "Assign the responsible official first: the review starts then, and the outcome follows it."
                )
            if missing == "route":
                return self.tr("Route the case to a department first, then assign the responsible official.")
            return self.tr("This case cannot be classified in its current status.")
        try:
            workflow.validate_classification(
                classification=self.chosen(),
                reason_code=self.reason_code.currentData(),
                reason_text=self.reason_text.toPlainText(),
                agency_id=self.agency.currentData(),
            )
        except ValidationError as exc:
            messages = {
                "reason_code": self.tr("Choose a reason: long-term review and unfeasible need one."),
                "reason_text": self.tr("Write the reasons: they go to the resident in the mayor's letter."),
                "agency": self.tr("Choose the agency the case is referred to."),
            }
            return messages.get(exc.field or "", error_text.describe(exc))
        return None

    def has_unsaved_text(self) -> bool:
        return bool(self.reason_text.toPlainText().strip())

    def pending_summary(self) -> str:
        return f"{term(CLASSIFICATIONS, self.chosen())}: {self.reason_text.toPlainText()}"

    def clear(self) -> None:
        self.reason_text.clear()

    def title(self) -> str:
        return self.windowTitle()

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        chosen = self.chosen()
        review_on: dt.date | None = None
        if chosen in workflow.MANAGEMENT_LIST_OUTCOMES:
            review_on = self.review_on.date().toPython()
        return ops.classify_case(
            parent=parent,
            actor=actor,
            case_id=detail.id,
            version=detail.version,
            classification=chosen,
            reason_code=self.reason_code.currentData(),
            reason_text=self.reason_text.toPlainText(),
            agency_id=self.agency.currentData(),
            next_review_on=review_on,
            title=self.title(),
        )


class ConflictDialog(QDialog):
    """Someone saved the case after this user opened it: show who did what, keep what was typed."""

    REAPPLY, DISCARD, KEEP = range(3)

    def __init__(
        self,
        *,
        number: str,
        error: ConflictError,
        changes: list[TimelineEntry],
        pending: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = self.KEEP
        self.setWindowTitle(self.tr("Case {0} was changed by someone else").format(number))
        self.setMinimumWidth(560)
        who = error.changed_by or self.tr("another user")
        when = f"{error.changed_at:%Y-%m-%d %H:%M}" if error.changed_at else "?"
        intro = QLabel(
            self.tr(
                "{0} saved this case at {1}, after you opened it. Nothing of yours was saved yet; "
                "your text is kept below."
            ).format(who, when)
        )
        intro.setWordWrap(True)
        self.changes_view = QPlainTextEdit()
        self.changes_view.setTabChangesFocus(True)  # Tab moves to the next field, never into the text
        self.changes_view.setReadOnly(True)
        self.changes_view.setPlainText("\n".join(describe(entry) for entry in changes) or who)
        self.changes_view.setMaximumHeight(140)
        self.pending_view = QPlainTextEdit()
        self.pending_view.setTabChangesFocus(True)  # Tab moves to the next field, never into the text
        self.pending_view.setReadOnly(True)
        self.pending_view.setPlainText(pending)
        self.pending_view.setMaximumHeight(120)

        self.reapply_button = QPushButton(self.tr("Apply mine on the new version"))
        self.discard_button = QPushButton(self.tr("Discard mine"))
        self.keep_button = QPushButton(self.tr("Keep editing"))
        self.reapply_button.setDefault(True)
        self.reapply_button.clicked.connect(lambda: self._finish(self.REAPPLY))
        self.discard_button.clicked.connect(lambda: self._finish(self.DISCARD))
        self.keep_button.clicked.connect(lambda: self._finish(self.KEEP))
        buttons = QDialogButtonBox()
        buttons.addButton(self.reapply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Their change:")))
        layout.addWidget(self.changes_view)
        layout.addWidget(QLabel(self.tr("Your unsaved change:")))
        layout.addWidget(self.pending_view)
        layout.addWidget(buttons)

    def _finish(self, choice: int) -> None:
        self.choice = choice
        self.accept() if choice == self.REAPPLY else self.reject()

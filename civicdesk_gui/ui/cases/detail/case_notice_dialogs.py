"""The statutory notices from the open case (민원 처리에 관한 법률, 시행령; domain/notices.py): interim
(제23조), extension (제21조), transfer (법 제16조), supplement request (법 제22조) — each an official
letter with a register number (what comes back is in case_notice_answers.py).

Each dialog says what is missing in the action's own words (the error catalog, via describe()) and
keeps its OK button off until the form is complete; it writes through the cases ops. When the office
requires sign-off (signoff.required), a notice is drafted for its approver instead, and issued from
this same dialog once approved (actions/notices.issue_notice takes the approved draft)."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain import clocks
from civicdesk_gui.domain import notices as notice_rules
from civicdesk_gui.errors import CivicDeskError, ConflictError, ValidationError
from civicdesk_gui.queries import notices as notice_queries
from civicdesk_gui.queries.case_detail import CaseDetail, load_case_detail
from civicdesk_gui.store.models import now
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.shell import icons, preferences
from civicdesk_gui.ui.shell.error_dialog import user_message
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.shell.reference_labels import ref_name
from civicdesk_gui.ui.widgets.issued_pdf_dialog import IssuedPdfDialog

if TYPE_CHECKING:
    from civicdesk_gui.domain.actor import Actor

NOTICE_KINDS = ("interim", "extension", "transfer", "supplement")
DEFAULT_SUPPLEMENT_DAYS = 7  # a week to supply what is missing, unless the coordinator says otherwise


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(_qdate(day))
    return edit


def text_edit(placeholder: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves to the next field, never into the text
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(height)
    return edit


class CaseWriteDialog(QDialog):
    """A dialog that writes one thing on the case shown: a hint line for what is missing or what
    went wrong (the typed text stays), and the version on screen (a stale write asks again)."""

    written = Signal(object)  # the action's result, after it was written

    def __init__(self, detail: CaseDetail, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.actor = actor
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("noticeHint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def problem(self) -> CivicDeskError | str | None:
        return None

    def validate(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(problem is None)
        if problem is None:
            self.hint.setStyleSheet("color: #37474f;")
            self.hint.setText(self.ready_text())
        else:
            self._say(problem if isinstance(problem, str) else describe(problem))

    def ready_text(self) -> str:
        return ""

    def has_unsaved_text(self) -> bool:
        return False

    def clear(self) -> None:
        """Forget what was typed (the user chose to discard it)."""

    def _say(self, text: str) -> None:
        self.hint.setStyleSheet("color: #b71c1c;")
        self.hint.setText("⚠ " + text)

    def op(self):
        raise NotImplementedError

    def submit(self) -> None:
        if self.problem() is not None:
            self.validate()
            return
        (
            self.op()
            .success(self._succeeded)
            .failure(lambda exc: self._say(user_message(exc)))
            .conflict(self._conflicted)
            .run()
        )

    def _succeeded(self, result) -> None:
        self.accept()
        self.written.emit(result)

    def _conflicted(self, exc: ConflictError) -> None:
        """Someone saved the case meanwhile (or the draft is not approved): say so and keep the
        form; the next OK applies to the case as it is now."""
        with contextlib.suppress(CivicDeskError):
            self.detail = load_case_detail(self.detail.id)
        who = exc.changed_by
        text = user_message(exc)
        if who:
            text = self.tr("{0} changed the case meanwhile; press again to apply yours. ({1})").format(
                who, text
            )
        self._say(text)


class NoticeDialog(CaseWriteDialog):
    """One statutory notice to the resident, of the `kind` chosen from the case's Notice menu."""

    def __init__(
        self,
        detail: CaseDetail,
        kind: str,
        actor: Actor,
        *,
        at: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(detail, actor, parent)
        self.kind = kind
        self.at = at or now().replace(microsecond=0)
        self.context = notice_queries.notice_context(detail.id)
        self.signoff = bool(preferences.get("signoff.required"))
        self.approved = notice_queries.approved_notice_draft(detail.id, kind) if self.signoff else None
        self.approval_id = self.approved.approval_id if self.approved else None
        # A draft of this notice already in sign-off: it is issued from here once approved, not drafted twice.
        self.awaiting_signoff = (
            self.signoff and self.approved is None and notice_queries.pending_notice_draft(detail.id, kind)
        )
        self.pdf_dialog: IssuedPdfDialog | None = None
        titles = {
            "interim": self.tr("Interim notice"),
            "extension": self.tr("Extension notice"),
            "transfer": self.tr("Transfer notice"),
            "supplement": self.tr("Request for a supplement"),
        }
        self.setWindowTitle(self.tr("{0} — case {1}").format(titles[kind], detail.number))
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #455a64;")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        getattr(self, f"_build_{kind}")()
        self._build_signoff()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.validate()

    def _intro(self) -> str:
        return {
            "interim": self.tr(
                "The case is still open: the resident is told its progress and the expected completion "
                "date (Enforcement Decree art. 23; again every 30 days)."
            ),
            "extension": self.tr(
                "The statutory period is extended once by up to the original period; a second time only "
                "with the resident's consent (Enforcement Decree art. 21). The due date moves."
            ),
            "transfer": self.tr(
                "The case belongs to another agency: the resident is told where it went, why, and whom "
                "to ask (Act art. 16)."
            ),
            "supplement": self.tr(
                "The resident is asked for what is missing; the statutory clock pauses until it arrives "
                "(Enforcement Decree art. 20)."
            ),
        }[self.kind]

    # ------------------------------------------------------------------ the kinds' fields

    def _build_interim(self) -> None:
        progress, expected = notice_queries.interim_defaults(self.detail.id, self.at)
        self.progress = text_edit(self.tr("What has been done so far, in words the resident reads"))
        self.progress.setPlainText(progress)
        self.expected_on = _date_edit(expected)
        self.form.addRow(self.tr("Progress"), self.progress)
        self.form.addRow(self.tr("Expected completion"), self.expected_on)
        self.progress.textChanged.connect(self.validate)
        self.expected_on.dateChanged.connect(self.validate)

    def _build_extension(self) -> None:
        period = self.context.period
        self.reason = text_edit(self.tr("Why the case cannot be completed within the period"))
        self.amount = QSpinBox()
        self.amount.setMinimum(1)
        self.amount.setMaximum(max(1, period.amount if period else 1))
        self.amount.setValue(self.amount.maximum())
        hours = period is not None and period.unit == "working_hours"
        self.amount.setSuffix(self.tr(" working hours") if hours else self.tr(" days"))
        self.amount.setToolTip(self.tr("At most the original period ({0})").format(self.amount.maximum()))
        due = self.context.statutory_due_at
        self.current_due = QLabel(f"{due:%Y-%m-%d %H:%M}" if due else "—")
        self.new_due = QLabel()
        self.new_due.setStyleSheet("font-weight: bold;")
        self.consent = QCheckBox(self.tr("The resident consented to a further extension, on"))
        self.consent_on = _date_edit(self.at.date())
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent)
        consent_row.addWidget(self.consent_on)
        consent_row.addStretch(1)
        self.consent_widget = QWidget()
        self.consent_widget.setLayout(consent_row)
        consent_row.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Extensions so far"), QLabel(str(self.context.extensions)))
        self.form.addRow(self.tr("Current due date"), self.current_due)
        self.form.addRow(self.tr("Extend by"), self.amount)
        self.form.addRow(self.tr("New due date"), self.new_due)
        self.form.addRow(self.tr("Reason"), self.reason)
        # The second extension needs the resident's consent (시행령 제21조): asked for only then.
        self.form.addRow(self.tr("Consent"), self.consent_widget)
        self.form.setRowVisible(self.consent_widget, self.context.extensions >= 1)
        self.reason.textChanged.connect(self.validate)
        self.amount.valueChanged.connect(self.validate)
        self.consent.toggled.connect(self.validate)
        self.consent.toggled.connect(self.consent_on.setEnabled)
        self.consent_on.setEnabled(False)

    def new_due_at(self) -> dt.datetime | None:
        period, due = self.context.period, self.context.statutory_due_at
        if period is None or due is None:
            return None
        return clocks.extended_due(period, due, self.amount.value())

    def _build_transfer(self) -> None:
        agency = self.context.agency_name
        self.agency = QLabel(ref_name(agency) if agency else self.tr("not referred yet"))
        self.agency.setStyleSheet("font-weight: bold;")
        self.agency_contact = QLabel(self.context.agency_phone or self.tr("no telephone on record"))
        self.reason = text_edit(self.tr("Why the case belongs to that agency"))
        self.reason.setPlainText(self.context.reason_text)
        self.form.addRow(self.tr("Agency"), self.agency)
        self.form.addRow(self.tr("Agency's contact"), self.agency_contact)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.reason.textChanged.connect(self.validate)

    def _build_supplement(self) -> None:
        self.missing = text_edit(
            self.tr("What the resident must supply (a photo of the place, an address …)")
        )
        self.by_date = _date_edit(self.at.date() + dt.timedelta(days=DEFAULT_SUPPLEMENT_DAYS))
        self.form.addRow(self.tr("What is missing"), self.missing)
        self.form.addRow(self.tr("Supply by"), self.by_date)
        self.missing.textChanged.connect(self.validate)
        self.by_date.dateChanged.connect(self.validate)

    def _build_signoff(self) -> None:
        self.approver = QComboBox()
        self.reviewer = QComboBox()
        if not self.signoff:
            self.ok_button.setText(self.tr("Issue notice"))
            self.ok_button.setIcon(icons.icon("notice"))
            return
        if self.approved is not None:
            note = QLabel(self.tr("Sign-off: the approved draft is issued, in its approved wording."))
            note.setWordWrap(True)
            self.approved_text = QPlainTextEdit(self.approved.body)
            self.approved_text.setReadOnly(True)
            self.approved_text.setTabChangesFocus(True)
            self.approved_text.setMaximumHeight(110)
            self.form.addRow(self.tr("Sign-off"), note)
            self.form.addRow(self.tr("Approved text"), self.approved_text)
            self._fill_from_approved()
            self.ok_button.setText(self.tr("Issue approved notice"))
            self.ok_button.setIcon(icons.icon("notice"))
            return
        users = notice_queries.approvers(exclude_user_id=self.actor.id)
        self.approver.addItem(self.tr("— choose the approver —"), None)
        self.reviewer.addItem(self.tr("(no reviewer)"), None)
        for user_id, name in users:
            self.approver.addItem(name, user_id)
            self.reviewer.addItem(name, user_id)
        self.form.addRow(self.tr("Reviewer"), self.reviewer)
        self.form.addRow(self.tr("Approver"), self.approver)
        self.approver.currentIndexChanged.connect(self.validate)
        self.ok_button.setText(self.tr("Submit for sign-off"))
        self.ok_button.setIcon(icons.icon("approve"))

    def _fill_from_approved(self) -> None:
        """The form starts from what the approved draft says, so the case's clock moves by exactly
        what the resident reads (an extension's new date, a supplement's deadline)."""
        facts = notice_rules.notice_fields(self.kind, self.approved.body)
        if "progress" in facts:
            self.progress.setPlainText(facts["progress"])
        if "expected_on" in facts:
            self.expected_on.setDate(_qdate(facts["expected_on"]))
        if "reason" in facts:
            self.reason.setPlainText(facts["reason"])
        if "missing" in facts:
            self.missing.setPlainText(facts["missing"])
        if "by_date" in facts:
            self.by_date.setDate(_qdate(facts["by_date"]))
        if "consent_on" in facts:
            self.consent.setChecked(True)
            self.consent_on.setDate(_qdate(facts["consent_on"]))
        if "new_due" in facts:
            for amount in range(1, self.amount.maximum() + 1):
                self.amount.setValue(amount)
                new_due = self.new_due_at()
                if new_due is not None and new_due.date() >= facts["new_due"]:
                    break

    def differs_from_approved(self) -> bool:
        """The facts in the form are not those the approver signed (compared item by item)."""
        title, body = notice_queries.notice_wording(self.detail.id, self.kind, at=self.at, **self.fields())
        return notice_rules.notice_fields(self.kind, body) != notice_rules.notice_fields(
            self.kind, self.approved.body
        )

    # ------------------------------------------------------------------ checking

    def fields(self) -> dict:
        """The action's arguments for this kind, from the form."""
        if self.kind == "interim":
            return {
                "progress": self.progress.toPlainText(),
                "expected_on": self.expected_on.date().toPython(),
            }
        if self.kind == "extension":
            consent = self.consent_on.date().toPython() if self.consent.isChecked() else None
            return {"reason": self.reason.toPlainText(), "amount": self.amount.value(), "consent_on": consent}
        if self.kind == "transfer":
            return {"reason": self.reason.toPlainText()}
        return {"missing": self.missing.toPlainText(), "by_date": self.by_date.date().toPython()}

    def problem(self) -> CivicDeskError | str | None:
        """What keeps the notice from going out, in the action's own words (its ValidationError)."""
        fields = self.fields()
        number = {"number": self.detail.number}
        if self.kind == "interim":
            if not fields["progress"].strip():
                return ValidationError("notice.progress_needed", field="progress")
            if fields["expected_on"] < self.at.date():
                return self.tr("The expected completion date has already passed.")
        elif self.kind == "extension":
            if self.context.period is None or self.context.statutory_due_at is None:
                return ValidationError("notice.no_period", number, field="kind")
            try:
                notice_rules.check_extension(
                    extensions=self.context.extensions,
                    amount=fields["amount"],
                    period_amount=self.context.period.amount,
                    consent=fields["consent_on"] is not None,
                )
            except ValidationError as exc:
                return exc
            if not fields["reason"].strip():
                return ValidationError("notice.reason_needed", field="reason")
        elif self.kind == "transfer":
            if self.detail.classification != "referred" or not self.context.agency_name:
                return ValidationError("notice.not_referred", number, field="agency")
        elif self.kind == "supplement":
            if self.context.paused_at is not None:
                return ValidationError("notice.already_paused", number, field="kind")
            if not fields["missing"].strip():
                return ValidationError("notice.missing_needed", field="missing")
            if fields["by_date"] < self.at.date():
                return self.tr("The date to supply by has already passed.")
        if self.awaiting_signoff:
            return self.tr("This notice already awaits sign-off: it is issued from here once approved.")
        if self.signoff and self.approved is None and self.approver.currentData() is None:
            return self.tr("Choose who approves the notice (sign-off is required).")
        if self.approved is not None and self.differs_from_approved():
            return self.tr(
                "This differs from the approved draft (its text is shown above): issue what was approved, "
                "or draft the notice again."
            )
        return None

    def ready_text(self) -> str:
        if self.kind == "extension":
            new_due = self.new_due_at()
            self.new_due.setText(f"{new_due:%Y-%m-%d %H:%M}" if new_due else "—")
            text = self.tr("The statutory due date moves to {0}.").format(
                f"{new_due:%Y-%m-%d %H:%M}" if new_due else "—"
            )
            due = self.context.statutory_due_at
            if due is not None and due < self.at:
                # 시행령 제21조 means an extension told before the period ends; after it, the new date
                # is still counted from the old due date.
                text += " " + self.tr(
                    "The period already ended on {0}: the extension counts from that date."
                ).format(f"{due:%Y-%m-%d %H:%M}")
            return text
        if self.kind == "supplement":
            return self.tr("The statutory clock pauses from now until the supplement is received.")
        return ""

    def validate(self) -> None:
        if self.kind == "extension":
            new_due = self.new_due_at() if self.context.extensions < notice_rules.MAX_EXTENSIONS else None
            self.new_due.setText(f"{new_due:%Y-%m-%d %H:%M}" if new_due else "—")
        super().validate()

    # ------------------------------------------------------------------ writing

    def op(self):
        if self.signoff and self.approval_id is None:
            title, body = notice_queries.notice_wording(
                self.detail.id, self.kind, at=self.at, **self.fields()
            )
            return ops.draft_notice(
                parent=self, actor=self.actor, case_id=self.detail.id, kind=self.kind, title=title, body=body,
                reviewer_id=self.reviewer.currentData(), approver_id=self.approver.currentData(),
            )  # fmt: skip
        return ops.issue_notice(
            parent=self, actor=self.actor, case_id=self.detail.id, version=self.detail.version,
            kind=self.kind, approval_id=self.approval_id, **self.fields(),
        )  # fmt: skip

    def _own_editor(self) -> QPlainTextEdit | None:
        """The text the user typed from scratch (the interim's progress and the transfer's reason
        start from the case's own words)."""
        return {"extension": getattr(self, "reason", None), "supplement": getattr(self, "missing", None)}.get(
            self.kind
        )

    def has_unsaved_text(self) -> bool:
        editor = self._own_editor()
        return editor is not None and bool(editor.toPlainText().strip())

    def clear(self) -> None:
        editor = self._own_editor()
        if editor is not None:
            editor.clear()

"""What comes back after a statutory notice (case_notice_dialogs.py has the notices themselves):
보완 접수 — the resident supplied what was missing and the clock runs again, its due moved by the pause
(시행령 제20조) — and 기관 회신 기록, the answer of the agency a case was referred to (the reminder stops)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from civicdesk_gui.errors import CivicDeskError, ValidationError
from civicdesk_gui.queries.case_detail import CaseDetail
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.cases.detail.case_notice_dialogs import CaseWriteDialog, text_edit
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.reference_labels import ref_name

if TYPE_CHECKING:
    from civicdesk_gui.domain.actor import Actor


class SupplementReceivedDialog(CaseWriteDialog):
    """보완 접수: the resident supplied what was missing; the clock runs again, its due moved by the pause."""

    def __init__(self, detail: CaseDetail, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(detail, actor, parent)
        self.setWindowTitle(self.tr("Supplement received — case {0}").format(detail.number))
        paused = detail.paused_at
        self.explanation = text = QLabel(
            self.tr(
                "The statutory clock has been paused since {0}, awaiting the resident's supplement. "
                "Recording it now starts the clock again; the due date moves by the time it was paused."
            ).format(f"{paused:%Y-%m-%d %H:%M}" if paused else "—")
        )
        text.setWordWrap(True)
        self.ok_button.setText(self.tr("Record supplement"))
        self.ok_button.setIcon(icons.icon("progress"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.validate()

    def problem(self) -> CivicDeskError | None:
        if self.detail.paused_at is None:
            return ValidationError("notice.not_paused", {"number": self.detail.number}, field="state")
        return None

    def op(self):
        return ops.record_supplement(
            parent=self, actor=self.actor, case_id=self.detail.id, version=self.detail.version
        )


class AgencyAnswerDialog(CaseWriteDialog):
    """기관 회신 기록: the agency the case was referred to has answered; the reminder stops."""

    def __init__(self, detail: CaseDetail, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(detail, actor, parent)
        self.setWindowTitle(self.tr("Agency's answer — case {0}").format(detail.number))
        agency = ref_name(detail.agency_name) if detail.agency_name else "—"
        since = f"{detail.referred_at:%Y-%m-%d}" if detail.referred_at else "—"
        intro = QLabel(self.tr("Referred to {0} on {1}. What did the agency answer?").format(agency, since))
        intro.setWordWrap(True)
        self.text = text_edit(self.tr("The agency's answer, as it will be told to the resident"), 110)
        self.text.textChanged.connect(self.validate)
        self.ok_button.setText(self.tr("Record answer"))
        self.ok_button.setIcon(icons.icon("answer"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.validate()

    def ready_text(self) -> str:
        return self.tr("The reminder stops; reply the result to the resident afterwards.")

    def problem(self) -> CivicDeskError | None:
        if self.detail.classification != "referred":
            return ValidationError("notice.not_referred", {"number": self.detail.number}, field="agency")
        if not self.text.toPlainText().strip():
            return ValidationError("notice.answer_empty", field="text")
        return None

    def op(self):
        return ops.record_agency_answer(
            parent=self,
            actor=self.actor,
            case_id=self.detail.id,
            version=self.detail.version,
            text=self.text.toPlainText(),
        )

    def has_unsaved_text(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def clear(self) -> None:
        self.text.clear()

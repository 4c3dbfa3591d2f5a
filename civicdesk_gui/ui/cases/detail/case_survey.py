"""The satisfaction survey in the case detail pane: the answers when one was recorded, and the form to
type them in after a call, a text reply or a session (written through the cases ops, one per case)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from civicdesk_gui.domain.surveys import ANSWERS, SATISFACTION_SCALE, SURVEY_CHANNELS, satisfaction_class
from civicdesk_gui.queries.case_detail import CaseDetail, SurveyInfo
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.cases.detail.case_action_forms import ActionForm
from civicdesk_gui.ui.shell.ops import WriteOp
from civicdesk_gui.ui.shell.vocabulary_labels import term

if TYPE_CHECKING:
    from civicdesk_gui.domain.actor import Actor

# The survey channel a case's channel suggests (a session suggestion is surveyed at the next session).
SUGGESTED_CHANNEL = {"mobile_office": "session", "phone": "call", "walk_in": "call"}


class SurveyForm(ActionForm):
    kind = "survey"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = QComboBox()
        for code in SURVEY_CHANNELS:
            self.channel.addItem(term(SURVEY_CHANNELS, code), code)
        self.surveyed_at = QDateTimeEdit()
        self.surveyed_at.setCalendarPopup(True)
        self.surveyed_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("Not answered"), None)
        for code, _term in SATISFACTION_SCALE.items():
            self.satisfaction.addItem(f"{code} · {term(SATISFACTION_SCALE, code)}", int(code))
        self.answers: dict[str, QComboBox] = {}
        labels = {
            "would_use_again": self.tr("Would use it again"),
            "would_recommend": self.tr("Would recommend it"),
            "wants_continued": self.tr("Wants the program continued"),
        }
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("What the resident said (optional)"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Surveyed by"), self.channel)
        form.addRow(self.tr("When"), self.surveyed_at)
        form.addRow(self.tr("Satisfaction"), self.satisfaction)
        for question, text in labels.items():
            combo = QComboBox()
            combo.addItem(self.tr("Not asked"), None)
            for code in ANSWERS:
                combo.addItem(term(ANSWERS, code), code)
            combo.currentIndexChanged.connect(self.changed)
            self.answers[question] = combo
            form.addRow(text, combo)
        form.addRow(self.tr("Comment"), self.comment)
        for widget in (self.channel, self.satisfaction):
            widget.currentIndexChanged.connect(self.changed)
        self.comment.textChanged.connect(self.changed)
        self.editor = self.satisfaction  # where focus goes when the form opens
        self._case_id: int | None = None

    def title(self) -> str:
        return self.tr("Satisfaction survey")

    def load(self, detail: CaseDetail) -> None:
        if (
            detail.id != self._case_id
        ):  # a new case: suggest its channel and now; typed answers stay otherwise
            self._case_id = detail.id
            suggested = SUGGESTED_CHANNEL.get(detail.channel_code, "text")
            self.channel.setCurrentIndex(max(0, self.channel.findData(suggested)))
            self.surveyed_at.setDateTime(QDateTime.currentDateTime())

    def has_unsaved_text(self) -> bool:
        return (
            self.satisfaction.currentData() is not None
            or any(combo.currentData() is not None for combo in self.answers.values())
            or bool(self.comment.text().strip())
        )

    def pending_summary(self) -> str:
        parts = [self.satisfaction.currentText()] if self.satisfaction.currentData() is not None else []
        parts += [combo.currentText() for combo in self.answers.values() if combo.currentData() is not None]
        if self.comment.text().strip():
            parts.append(self.comment.text().strip())
        return " · ".join(parts)

    def clear(self) -> None:
        self.satisfaction.setCurrentIndex(0)
        for combo in self.answers.values():
            combo.setCurrentIndex(0)
        self.comment.clear()

    def op(self, *, detail: CaseDetail, actor: Actor, parent: QWidget | None) -> WriteOp:
        return ops.record_survey(
            parent=parent,
            actor=actor,
            case_id=detail.id,
            title=self.title(),
            channel=self.channel.currentData(),
            surveyed_at=self.surveyed_at.dateTime().toPython().replace(second=0, microsecond=0),
            satisfaction=self.satisfaction.currentData(),
            comment=self.comment.text(),
            **{question: combo.currentData() for question, combo in self.answers.items()},
        )


class SurveySection(QGroupBox):
    """The recorded answers (hidden while the case has none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Satisfaction survey"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self)
        form.addRow(self.summary)
        self.hide()

    def show_detail(self, detail: CaseDetail) -> None:
        survey = detail.survey
        self.setVisible(survey is not None)
        if survey is not None:
            self.summary.setText(self.describe(survey))

    def describe(self, survey: SurveyInfo) -> str:
        parts = [
            self.tr("{0}, {1}").format(
                f"{survey.surveyed_at:%Y-%m-%d %H:%M}", term(SURVEY_CHANNELS, survey.channel)
            )
        ]
        if survey.satisfaction is not None:
            word = {"satisfied": "✓", "neutral": "·", "dissatisfied": "✗"}[
                satisfaction_class(survey.satisfaction) or "neutral"
            ]
            parts.append(
                self.tr("Satisfaction {0}/5 ({1}) {2}").format(
                    survey.satisfaction, term(SATISFACTION_SCALE, str(survey.satisfaction)), word
                )
            )
        answers = (
            (self.tr("Would use it again"), survey.would_use_again),
            (self.tr("Would recommend it"), survey.would_recommend),
            (self.tr("Wants the program continued"), survey.wants_continued),
        )
        parts += [f"{text}: {term(ANSWERS, value)}" for text, value in answers if value is not None]
        if survey.comment:
            parts.append(f"“{survey.comment}”")
        return "\n".join(parts)

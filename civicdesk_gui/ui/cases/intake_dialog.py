"""New case dialog: who, when, through which channel, the resident's words, and where it goes.

Likely duplicates (same phone, similar text, last 30 days) show *before* saving, each with a link
that opens the earlier case. The phone number is normalised as it is typed; an invalid one is
flagged but kept as typed (DOMAIN.md §2)."""

from __future__ import annotations

import html

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.phone import normalise_phone
from civicdesk_gui.queries import reference_lists
from civicdesk_gui.queries.duplicates import DuplicateCandidate, find_likely_duplicates
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.cases.detail.case_action_forms import fill_combo
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import user_message
from civicdesk_gui.ui.shell.reference_labels import ref_name
from civicdesk_gui.ui.shell.screen_fit import fit_on_screen
from civicdesk_gui.ui.shell.signals import bus

DUPLICATE_CHECK_DELAY_MS = 300  # typing is never slowed by the duplicate lookup
WARNING_COLOR = "#b71c1c"


class IntakeDialog(QDialog):
    """exec() returns Accepted after a case was saved; `created_case_id` then names it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created_case_id: int | None = None
        self.created_number: str | None = None
        self.duplicates: list[DuplicateCandidate] = []
        self._topics = reference_lists.topics()
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(620)
        self._build()
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.check_duplicates)
        self._on_category_changed()
        self._on_phone_changed()
        self._on_text_changed()
        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too

    def _build(self) -> None:
        self.channel = QComboBox()
        for choice in reference_lists.channels():
            self.channel.addItem(ref_name(choice.label), choice.code)
        self.received_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.received_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received_at.setCalendarPopup(True)
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("010-1234-5678")
        self.phone_status = QLabel()
        self.phone_icon = QLabel()
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.phone_icon)
        phone_row.addWidget(self.phone_status, 1)
        self.town = QComboBox()
        fill_combo(
            self.town, [(self.tr("(not known)"), None)] + [(t.label, t.id) for t in reference_lists.towns()]
        )
        self.address = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab moves to the next field, never into the text
        self.text.setPlaceholderText(self.tr("The resident's words, exactly as received"))
        self.text.setMinimumHeight(120)
        self.text_count = QLabel()
        self.category = QComboBox()
        for choice in reference_lists.categories():
            self.category.addItem(ref_name(choice.label), choice.code)
        self.topic = QComboBox()
        self.department = QComboBox()
        fill_combo(
            self.department,
            [(self.tr("(route later)"), None)] + [(d.label, d.id) for d in reference_lists.departments()],
        )
        self.department_hint = QLabel()
        self.department_hint.setStyleSheet("color: #546e7a;")

        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Received"), self.received_at)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), phone_row)
        form.addRow(self.tr("Town"), self.town)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Text"), self.text)
        form.addRow("", self.text_count)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Department"), self.department)
        form.addRow("", self.department_hint)

        self.duplicates_label = QLabel()
        self.duplicates_label.setObjectName("intakeDuplicates")
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setTextFormat(Qt.TextFormat.RichText)
        self.duplicates_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.duplicates_label.linkActivated.connect(self.open_duplicate)
        self.duplicates_label.setStyleSheet("background: #fff8e1; border: 1px solid #ffe082; padding: 6px;")
        self.duplicates_label.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {WARNING_COLOR};")
        self.error.hide()

        self.save_button = QPushButton(icons.icon("new"), self.tr("Save case"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.phone.textChanged.connect(self._on_phone_changed)
        self.text.textChanged.connect(self._on_text_changed)
        self.category.currentIndexChanged.connect(self._on_category_changed)
        self.topic.currentIndexChanged.connect(self._suggest_department)

    # ------------------------------------------------------------------------------ live checks

    def _on_phone_changed(self) -> None:
        phone = normalise_phone(self.phone.text())
        if not phone.typed:
            self.phone_icon.clear()
            self.phone_status.setText("")
        elif phone.valid:
            self.phone_icon.setPixmap(icons.icon("idle").pixmap(16, 16))
            self.phone_status.setText(self.tr("saved as {0}").format(phone.display))
            self.phone_status.setStyleSheet("color: #1b5e20;")
        else:
            self.phone_icon.setPixmap(icons.icon("warning", color=WARNING_COLOR).pixmap(16, 16))
            self.phone_status.setText(self.tr("invalid number — kept as typed"))
            self.phone_status.setStyleSheet(f"color: {WARNING_COLOR};")
        self._duplicate_timer.start()

    def phone_is_valid(self) -> bool:
        return normalise_phone(self.phone.text()).valid

    def _on_text_changed(self) -> None:
        length = len(self.text.toPlainText())
        self.text_count.setText(
            self.tr("{0} / {1} characters").format(f"{length:,}", f"{workflow.MAX_TEXT_LENGTH:,}")
        )
        over = length > workflow.MAX_TEXT_LENGTH
        self.text_count.setStyleSheet(f"color: {WARNING_COLOR};" if over else "color: #546e7a;")
        self._duplicate_timer.start()

    def _on_category_changed(self) -> None:
        code = self.category.currentData()
        topics = [t for t in self._topics if t.category_code == code] or self._topics
        fill_combo(self.topic, [(self.tr("(none)"), None)] + [(t.label, t.id) for t in topics])
        self._suggest_department()

    def _suggest_department(self) -> None:
        """Suggest the topic's default department; gratitude needs none (DOMAIN.md §2)."""
        if self.category.currentData() == "gratitude":
            self.department.setCurrentIndex(self.department.findData(None))
            self.department_hint.setText(self.tr("Gratitude is acknowledged; no department action."))
            return
        topic = next((t for t in self._topics if t.id == self.topic.currentData()), None)
        if topic is not None and topic.default_department_id is not None:
            self.department.setCurrentIndex(self.department.findData(topic.default_department_id))
            self.department_hint.setText(self.tr("Suggested from the topic “{0}”.").format(topic.label))
        else:
            self.department_hint.setText(self.tr("Choose a topic for a suggestion, or route later."))

    def check_duplicates(self) -> None:
        phone = normalise_phone(self.phone.text()).display
        text = self.text.toPlainText()
        if not phone or not text.strip():
            self.duplicates = []
        else:
            received = self.received_at.dateTime().toPython()
            self.duplicates = find_likely_duplicates(phone=phone, text=text, received_at=received, limit=5)
        if not self.duplicates:
            self.duplicates_label.hide()
            return
        lines = [
            f'<a href="case:{d.case_id}">{html.escape(d.number)}</a> · {d.received_at:%Y-%m-%d %H:%M} · '
            f"{html.escape(d.summary)} ({d.similarity:.0%})"
            for d in self.duplicates
        ]
        heading = self.tr("Possible duplicates from the same phone number — check before saving:")
        self.duplicates_label.setText(f"<b>⚠ {html.escape(heading)}</b><br>" + "<br>".join(lines))
        self.duplicates_label.show()

    def open_duplicate(self, href: str) -> None:
        if href.startswith("case:"):
            bus().open_case_requested.emit(int(href.split(":", 1)[1]))

    # ------------------------------------------------------------------------------ saving

    def save(self) -> None:
        ops.intake_case(
            parent=self,
            actor=self.context.actor,
            channel=self.channel.currentData(),
            text=self.text.toPlainText(),
            received_at=self.received_at.dateTime().toPython().replace(second=0, microsecond=0),
            submitter_name=self.name.text(),
            submitter_phone=self.phone.text(),
            submitter_address=self.address.text(),
            town_id=self.town.currentData(),
            category=self.category.currentData(),
            topic_id=self.topic.currentData(),
            department_id=self.department.currentData(),
        ).success(self._saved).failure(self._refused).run()

    def _saved(self, result) -> None:
        self.created_case_id = result.case_id
        self.created_number = result.number
        self.accept()

    def _refused(self, exc) -> None:
        self.error.setText("⚠ " + user_message(exc))
        self.error.show()

    def _confirm_discard(self) -> bool:
        """True when nothing typed would be lost, or the user chose to discard it."""
        if self.created_case_id is not None or not self.text.toPlainText().strip():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Discard the new case?"),
            self.tr("The text you typed has not been saved. Discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def cancel(self) -> None:
        """Cancel button and Esc: ask first when the resident's words were typed."""
        if self._confirm_discard():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Only the user's own close box asks; a programmatic close (app shutdown, tests) does not.
        if event.spontaneous() and not self._confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)

"""The read-only parts of the case detail pane: the resident, the original words, the clocks and
the handling. Each section takes a CaseDetail and shows it; none of them writes anything."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.clocks import ClockReading
from civicdesk_gui.domain.masking import mask_address, mask_name, mask_phone, mask_text
from civicdesk_gui.domain.petitions import PETITION_KINDS
from civicdesk_gui.domain.reply_templates import gist
from civicdesk_gui.domain.vocabulary import CLOCKS, REASON_CODES
from civicdesk_gui.queries.case_detail import CaseDetail, CaseLink
from civicdesk_gui.ui.cases.detail.case_clock_labels import (
    ICONS,
    clock_state,
    clock_text,
    extension_text,
    paused_text,
    referral_text,
)
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.reference_labels import ref_name
from civicdesk_gui.ui.shell.vocabulary_labels import language, state_label, term

ICON_SIZE = 16
ORIGINAL_TEXT_MAX_LINES = 14  # longer messages scroll inside the box
CLOCK_SEPARATOR = " · "
WARNING_COLOR = "#b71c1c"
STATE_COLORS = {"overdue": "#b71c1c", "due_today": "#e65100", "due_soon": "#8d6e00", "met_late": "#e65100"}


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _icon_label(name: str, color: str = icons.COLOR) -> QLabel:
    label = QLabel()
    label.setPixmap(icons.icon(name, color=color).pixmap(ICON_SIZE, ICON_SIZE))
    return label


def _dash(text: str | None) -> str:
    return text if text else "—"


def wrapped_height(text: str, font: QFont, width: float, max_lines: int) -> tuple[float, int]:
    """Height and line count of `text` wrapped like a QPlainTextEdit wraps it, at most `max_lines`."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    height, lines = 0.0, 0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while lines < max_lines and (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            height += line.height()
            lines += 1
        layout.endLayout()
    return height, lines


class OriginalTextBox(QPlainTextEdit):
    """The resident's words, read-only, as tall as they need when wrapped (up to a limit, then it
    scrolls): a coordinator reads the whole message without scrolling a three-line box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("originalText")
        self.setReadOnly(True)  # the resident's own words are never edited (DOMAIN.md §2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def _fit_height(self) -> None:
        margin = self.document().documentMargin()
        width = self.width() - 2 * self.frameWidth() - 2 * margin - 2  # the cursor's pixel
        if width <= 0:
            return
        text_height, _lines = wrapped_height(self.toPlainText(), self.font(), width, ORIGINAL_TEXT_MAX_LINES)
        minimum = 2 * self.fontMetrics().lineSpacing()
        height = int(max(text_height, minimum) + 2 * margin + 2 * self.frameWidth()) + 2
        if height != self.height():
            self.setFixedHeight(height)


class ClockLabel(QLabel):
    """A deadline line. When the pane is too narrow for one line it breaks after the '·' and only
    there (no-break spaces inside each half), so "Due 2026-11-21 13:05" stays whole and the time
    left reads as its own line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._full = ""

    def set_clock_text(self, text: str) -> None:
        self._full = text
        self._fit()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.ensurePolished()  # the bold of an overdue line is part of the width
        fits = self.fontMetrics().horizontalAdvance(self._full) <= self.contentsRect().width()
        halves = [part.replace(" ", "\u00a0") for part in self._full.split(CLOCK_SEPARATOR)]
        joint = CLOCK_SEPARATOR if fits else CLOCK_SEPARATOR.rstrip() + "\n"
        text = joint.join(halves)
        if text != self.text():
            self.setText(text)


class ResidentSection(QGroupBox):
    """Who wrote, when and how, and the words as received (read-only: never edited after intake).

    The resident's name, phone, address and the numbers inside the text are shown masked; "Show
    personal data" asks for them in clear (an audited action, for roles that may see them), and the
    clear values stay until another case is shown."""

    reveal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Resident and submission"))
        self.revealed = None  # actions.audit.PersonalData once shown in clear
        self.reveal_button = QPushButton(icons.icon("reveal"), self.tr("Show personal data"))
        self.reveal_button.clicked.connect(self.reveal_requested)
        self.masked_note = QLabel(self.tr("Personal data is masked."))
        self.masked_note.setStyleSheet("color: #546e7a;")
        self.masked_note.setWordWrap(True)
        self.name = _value_label()
        self.phone = _value_label()
        self.phone_warning = QWidget()
        warning_row = QHBoxLayout(self.phone_warning)
        warning_row.setContentsMargins(0, 0, 0, 0)
        warning_row.addWidget(_icon_label("warning", WARNING_COLOR))
        self.phone_warning_text = QLabel(self.tr("invalid number — kept as typed"))
        self.phone_warning_text.setWordWrap(True)
        self.phone_warning_text.setStyleSheet(f"color: {WARNING_COLOR};")
        warning_row.addWidget(self.phone_warning_text)
        warning_row.addStretch(1)
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone)
        phone_row.addWidget(self.phone_warning)
        phone_row.addStretch(1)
        self.town = _value_label()
        self.address = _value_label()
        self.channel = _value_label()
        self.received = _value_label()
        self.text = OriginalTextBox()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), phone_row)
        form.addRow(self.tr("Town"), self.town)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Received"), self.received)
        layout = QVBoxLayout(self)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.masked_note, 1)
        reveal_row.addWidget(self.reveal_button)
        layout.addLayout(reveal_row)
        layout.addLayout(form)
        caption = QLabel(self.tr("Original text (as received, read-only)"))
        caption.setWordWrap(True)
        layout.addWidget(caption)
        layout.addWidget(self.text)

    def show_detail(self, detail: CaseDetail) -> None:
        clear = self.revealed
        if clear is not None:
            name, phone, address, text = clear.name, clear.phone, clear.address, clear.text
        else:
            name, phone = mask_name(detail.submitter_name), mask_phone(detail.submitter_phone)
            address, text = mask_address(detail.submitter_address), mask_text(detail.text)
        self.name.setText(_dash(name))
        self.phone.setText(_dash(phone))
        self.phone_warning.setVisible(bool(detail.submitter_phone) and not detail.phone_valid)
        self.town.setText(_dash(detail.town_name))
        self.address.setText(_dash(address))
        self.channel.setText(ref_name(detail.channel_label))
        self.received.setText(f"{detail.received_at:%Y-%m-%d %H:%M}")
        self.text.set_text(text)
        has_personal = bool(detail.submitter_name or detail.submitter_phone or detail.submitter_address)
        has_personal = has_personal or mask_text(detail.text) != detail.text
        if detail.anonymised_at is not None:
            self.masked_note.setText(
                self.tr("Personal data removed on {0} (retention period over).").format(
                    f"{detail.anonymised_at:%Y-%m-%d}"
                )
            )
        elif clear is not None:
            self.masked_note.setText(self.tr("Personal data shown (recorded in the audit log)."))
        else:
            self.masked_note.setText(self.tr("Personal data is masked."))
        self.masked_note.setVisible(has_personal or detail.anonymised_at is not None)
        self.reveal_button.setVisible(has_personal and clear is None)


class ClockRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)  # beside the first line when it breaks
        self.text = ClockLabel()
        # Which rule set the deadline, in the rule table's words (e.g. 고충민원 7일 — 시행령 제17조):
        # its own line, wrapping between words, so a narrow pane never scrolls sideways.
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #616161;")
        self.rule.hide()
        self.state = "none"
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(0)
        texts.addWidget(self.text)
        texts.addWidget(self.rule)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon)
        row.addLayout(texts, 1)

    def show_reading(self, reading: ClockReading, now: dt.datetime) -> None:
        self.state = clock_state(reading, now)
        color = STATE_COLORS.get(self.state, icons.COLOR)
        self.icon.setPixmap(icons.icon(ICONS[self.state], color=color).pixmap(ICON_SIZE, ICON_SIZE))
        weight = "bold" if self.state in ("overdue", "due_today") else "normal"
        self.text.setStyleSheet(f"color: {color}; font-weight: {weight};")
        self.text.set_clock_text(clock_text(reading, now))

    def show_paused(self, reading: ClockReading, paused_at: dt.datetime) -> None:
        """The clock stopped for a supplement: no deadline runs (not overdue, whatever the time)."""
        self.state = "paused"
        self.icon.setPixmap(icons.icon("pause").pixmap(ICON_SIZE, ICON_SIZE))
        self.text.setStyleSheet(f"color: {icons.COLOR}; font-weight: bold;")
        self.text.set_clock_text(paused_text(reading, paused_at))


class ClocksSection(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Deadlines"))
        self.rows = {code: ClockRow() for code in CLOCKS}
        form = QFormLayout(self)
        # In a narrow pane a deadline goes under its name rather than being squeezed beside it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for code, row in self.rows.items():
            form.addRow(term(CLOCKS, code), row)
        # What the statutory notices did to the clocks: an extension, and a referral's reminder.
        self.extension = _value_label()
        self.extension.setStyleSheet("color: #616161;")
        self.referral_icon = QLabel()
        self.referral_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.referral = _value_label()
        referral = QWidget()
        referral_row = QHBoxLayout(referral)
        referral_row.setContentsMargins(0, 0, 0, 0)
        referral_row.addWidget(self.referral_icon)
        referral_row.addWidget(self.referral, 1)
        self.referral_row = referral
        self.form = form
        form.addRow("", self.extension)
        form.addRow(self.tr("Referral"), referral)
        self.referral_overdue = False

    def show_detail(self, detail: CaseDetail, now: dt.datetime) -> None:
        for reading in detail.clocks:
            row = self.rows[reading.clock]
            if reading.clock == "statutory" and detail.paused_at is not None and reading.met_at is None:
                row.show_paused(reading, detail.paused_at)
            else:
                row.show_reading(reading, now)
            # Which rule set this deadline (the rule table's own words, with the article of the law).
            rule = detail.rule_label(reading.clock, language())
            row.setToolTip(self.tr("Set by the rule: {0}").format(rule) if rule else "")
            if reading.clock in detail.rules_changed_since:
                # Today's rule did not set it: naming it would mislead (the stored time stays).
                rule = self.tr("Set under the rules in force then; they have changed since")
                row.setToolTip(rule)
            row.rule.setText(rule)
            row.rule.setVisible(bool(rule) and reading.due_at is not None)
        extended = extension_text(detail.extensions)
        self.extension.setText(extended)
        self.form.setRowVisible(self.extension, bool(extended))
        tracked = detail.referred_at is not None or detail.agency_answered_at is not None
        self.form.setRowVisible(self.referral_row, tracked)
        if tracked:
            text, overdue = referral_text(
                detail.referred_at, detail.referral_remind_on, detail.agency_answered_at, now.date()
            )
            self.referral_overdue = overdue
            color = WARNING_COLOR if overdue else icons.COLOR
            name = "overdue" if overdue else ("idle" if detail.agency_answered_at else "refer")
            self.referral_icon.setPixmap(icons.icon(name, color=color).pixmap(ICON_SIZE, ICON_SIZE))
            self.referral.setStyleSheet(f"color: {color}; font-weight: {'bold' if overdue else 'normal'};")
            self.referral.setText(text)


def case_links_html(links: list[CaseLink]) -> str:
    return ", ".join(
        f'<a href="case:{link.id}">{html.escape(link.number)}</a> {html.escape(gist(link.summary))}'
        for link in links
    )


class HandlingSection(QGroupBox):
    """What the office has done with the case so far."""

    case_link_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Handling"))
        self.category = _value_label()
        self.petition_kind = _value_label()
        self.topic = _value_label()
        self.department = _value_label()
        self.official = _value_label()
        self.state = _value_label()
        self.reason = _value_label()
        self.agency = _value_label()
        self.next_review = _value_label()
        self.session = _value_label()
        self.duplicate_of = _value_label()
        self.duplicates = _value_label()
        for label in (self.duplicate_of, self.duplicates):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            label.linkActivated.connect(self._open_link)
        form = QFormLayout(self)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Kind of petition"), self.petition_kind)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Official"), self.official)
        form.addRow(self.tr("Status"), self.state)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Agency"), self.agency)
        form.addRow(self.tr("Next review"), self.next_review)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("Duplicate of"), self.duplicate_of)
        form.addRow(self.tr("Repeated by"), self.duplicates)

    def _open_link(self, href: str) -> None:
        if href.startswith("case:"):
            self.case_link_activated.emit(int(href.split(":", 1)[1]))

    def show_detail(self, detail: CaseDetail) -> None:
        self.category.setText(_dash(ref_name(detail.category_label)))
        self.topic.setText(_dash(ref_name(detail.topic_label)))
        self.petition_kind.setText(
            term(PETITION_KINDS, detail.petition_kind)
            if detail.petition_kind
            else self.tr("not a petition under the Act")
        )
        self.department.setText(
            _dash(ref_name(detail.department_name)) if detail.department_id else self.tr("not routed yet")
        )
        self.official.setText(
            _dash(detail.official_name) if detail.official_id else self.tr("not assigned yet")
        )
        self.state.setText(state_label(detail.state))
        reason = term(REASON_CODES, detail.reason_code)
        if detail.reason_text:
            reason = f"{reason} — {detail.reason_text}" if reason else detail.reason_text
        self.reason.setText(_dash(reason))
        self.agency.setText(_dash(ref_name(detail.agency_name)))
        self.next_review.setText(f"{detail.next_review_on:%Y-%m-%d}" if detail.next_review_on else "—")
        if detail.session is not None:
            session = detail.session
            self.session.setText(f"{session.number} {session.title} ({session.starts_at:%Y-%m-%d})")
        else:
            self.session.setText("—")
        self.duplicate_of.setText(case_links_html([detail.duplicate_of]) if detail.duplicate_of else "—")
        self.duplicates.setText(case_links_html(detail.duplicates) if detail.duplicates else "—")

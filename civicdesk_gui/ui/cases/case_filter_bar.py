"""The filter bar over the case list. Typing in the search box waits for a pause (debounce), so a
query never runs per keystroke and typing never freezes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from civicdesk_gui.domain.vocabulary import CATEGORIES, CHANNELS, CLASSIFICATIONS, CLOCKS, STATUSES, label
from civicdesk_gui.queries.case_list import CaseFilter
from civicdesk_gui.queries.filter_choices import FilterChoices
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.reference_labels import ref_name
from civicdesk_gui.ui.shell.vocabulary_labels import language as interface_language
from civicdesk_gui.ui.widgets.tab_leaving import TabLeavingDateEdit

SEARCH_DEBOUNCE_MS = 250
NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any"


class CaseFilterBar(QWidget):
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = interface_language()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.filter_changed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, text, name, phone  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(lambda _text: self._debounce.start())

        self.state = self._combo(self.tr("Any status"))
        for code in STATUSES:
            if code != "classified":
                self.state.addItem(label(STATUSES, code, language), code)
        for code in CLASSIFICATIONS:
            self.state.addItem(label(CLASSIFICATIONS, code, language), code)
        self.overdue = self._combo(self.tr("Any deadline"))
        self.overdue.addItem(self.tr("Overdue (any clock)"), "any")
        for code in CLOCKS:
            self.overdue.addItem(self.tr("Overdue: {0}").format(label(CLOCKS, code, language)), code)
        self.due_today = QCheckBox(self.tr("Due today"))
        self.due_today.toggled.connect(self.filter_changed)
        self.channel = self._combo(self.tr("Any channel"))
        for code in CHANNELS:
            self.channel.addItem(label(CHANNELS, code, language), code)
        self.category = self._combo(self.tr("Any category"))
        for code in CATEGORIES:
            self.category.addItem(label(CATEGORIES, code, language), code)
        self.department = self._combo(self.tr("Any department"))
        self.official = self._combo(self.tr("Any official"))
        self.town = self._combo(self.tr("Any town"))
        self.session = self._combo(self.tr("Any session"))
        self.received_from = self._date_edit()
        self.received_to = self._date_edit()
        self.reset_button = QPushButton(self.tr("Clear filters"))
        self.reset_button.clicked.connect(self.clear)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        first = QHBoxLayout()
        first.addWidget(self.search, 3)
        for widget in (self.state, self.overdue):
            first.addWidget(widget, 1)
        first.addWidget(self.due_today)
        second = QHBoxLayout()
        for widget in (self.channel, self.category, self.department, self.official, self.town, self.session):
            second.addWidget(widget, 1)
        second.addWidget(QLabel(self.tr("Received")))
        second.addWidget(self.received_from)
        second.addWidget(QLabel("–"))
        second.addWidget(self.received_to)
        second.addWidget(self.reset_button)
        grid.addLayout(first, 0, 0)
        grid.addLayout(second, 1, 0)

    def _combo(self, any_text: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(any_text, None)
        # Four letters at least: the bar shrinks with the window (150 % scaling on a laptop) and
        # each box shows what it can; a wide window shares the room out evenly (stretch 1 each).
        combo.setMinimumContentsLength(4)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        return combo

    def _date_edit(self) -> QDateEdit:
        edit = TabLeavingDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(lambda _d: self.filter_changed.emit())
        return edit

    def set_choices(self, choices: FilterChoices) -> None:
        for combo, items in (
            (self.department, choices.departments),
            (self.official, choices.officials),
            (self.town, choices.towns),
            (self.session, choices.sessions),
        ):
            combo.blockSignals(True)
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for choice in items:
                combo.addItem(ref_name(choice.label) if combo is self.department else choice.label, choice.id)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def clear(self) -> None:
        widgets = (
            self.state,
            self.overdue,
            self.channel,
            self.category,
            self.department,
            self.official,
            self.town,
            self.session,
        )
        for widget in (*widgets, self.due_today, self.received_from, self.received_to, self.search):
            widget.blockSignals(True)
        for combo in widgets:
            combo.setCurrentIndex(0)
        self.due_today.setChecked(False)
        self.received_from.setDate(NO_DATE)
        self.received_to.setDate(NO_DATE)
        self.search.clear()
        for widget in (*widgets, self.due_today, self.received_from, self.received_to, self.search):
            widget.blockSignals(False)
        self._debounce.stop()
        self.filter_changed.emit()

    @staticmethod
    def _date(edit: QDateEdit) -> dt.date | None:
        return None if edit.date() == NO_DATE else edit.date().toPython()

    def current_filter(self) -> CaseFilter:
        """The bar's fields as a filter (the saved view and actor are added by the screen)."""
        state = self.state.currentData()
        return CaseFilter(
            states=(state,) if state else (),
            channel=self.channel.currentData(),
            category=self.category.currentData(),
            department_id=self.department.currentData(),
            official_id=self.official.currentData(),
            town_id=self.town.currentData(),
            overdue=self.overdue.currentData(),
            due_today=self.due_today.isChecked(),
            received_from=self._date(self.received_from),
            received_to=self._date(self.received_to),
            session_id=self.session.currentData(),
            search=self.search.text().strip(),
        )

"""The mayor's morning briefing (아침 현황 보고): the start screen.

Tiles for today, then the programs' figures for a period (this month, last month, the last 12
months, all, or custom; all channels or one), the departments, trends, session coverage and the
satisfaction surveys. Every count opens the Cases screen with exactly the cases behind it (through
`bus().cases_filter_requested`; the Cases feature answers). Everything is queried in the background
(queries/briefing.py) and refreshed when a change notice touches cases, letters, sessions, surveys
or the briefing's setting. Print (Ctrl+P) and Save PDF (Ctrl+Shift+S) give the one-page paper.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.periods import PRESETS, period_for
from civicdesk_gui.domain.vocabulary import CHANNELS
from civicdesk_gui.queries import briefing as q
from civicdesk_gui.queries.briefing import Briefing, Scope
from civicdesk_gui.ui.briefing import briefing_sections as sections
from civicdesk_gui.ui.briefing.briefing_labels import channel_label, period_text, tile_labels
from civicdesk_gui.ui.briefing.briefing_tiles import Tile, TileGrid
from civicdesk_gui.ui.briefing.figure_table import FigureTable
from civicdesk_gui.ui.briefing.trend_chart import TrendBar, TrendChart
from civicdesk_gui.ui.shell import file_folders, icons, preferences
from civicdesk_gui.ui.shell.background import Job, run_in_background
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.signals import bus

LATE_TILES = frozenset({"overdue_promise", "overdue_statutory", "no_update"})
REFRESH_DELAY_MS = 400  # a burst of change notices (an import) refreshes once
SECTION_STYLE = "font-size: 11pt; font-weight: bold; color: #0d47a1; padding-top: 6px;"


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(SECTION_STYLE)
    return label


class BriefingScreen(QWidget):
    loaded = Signal()  # a briefing is on screen (tests wait for it)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._clock = clock or (lambda: dt.datetime.now().replace(microsecond=0))
        self.briefing: Briefing | None = None
        self._job: Job | None = None
        self._again = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        self._restore_choices()
        bus().changed.connect(self._changed)
        self.refresh()

    # ------------------------------------------------------------------------------- building

    def _build(self) -> None:
        title = QLabel(self.tr("Morning briefing"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold; color: #263238;")
        self.as_of = QLabel()
        self.as_of.setStyleSheet("color: #607d8b;")
        self.period = QComboBox()
        period_names = {
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "last_12_months": self.tr("Last 12 months"),
            "all": self.tr("All time"),
            "custom": self.tr("Custom…"),
        }
        for key in PRESETS:
            self.period.addItem(period_names[key], key)
        self.period.setToolTip(self.tr("Which cases the figures count: those received in this period"))
        self.start = self._date_edit()
        self.end = self._date_edit()
        self.channel = QComboBox()
        self.channel.addItem(channel_label(None), "")
        for code in CHANNELS:
            self.channel.addItem(channel_label(code), code)
        self.refresh_button = QPushButton(icons.icon("refresh"), self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Count again (F5)"))
        self.print_button = QPushButton(icons.icon("print"), self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the one-page briefing (Ctrl+P)"))
        self.pdf_button = QPushButton(icons.icon("pdf"), self.tr("Save PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the one-page briefing as PDF (Ctrl+Shift+S)"))
        self.period_label = QLabel()
        self.period_label.setStyleSheet("color: #455a64;")

        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addWidget(self.as_of)
        bar.addStretch(1)
        for widget in (QLabel(self.tr("Period")), self.period, self.start, self.end, self.channel):
            bar.addWidget(widget)
        for widget in (self.refresh_button, self.print_button, self.pdf_button):
            bar.addWidget(widget)

        self.tiles = TileGrid(6)
        for key, (text, tip) in tile_labels().items():
            self.tiles.add(Tile(key, text, tip)).clicked.connect(lambda _=False, k=key: self.open_tile(k))
        today = self.tiles.add(
            Tile("sessions_today", self.tr("Sessions today"), self.tr("Mobile Mayor's Office sessions today"))
        )
        week = self.tiles.add(
            Tile(
                "sessions_week",
                self.tr("Sessions this week"),
                self.tr("Mobile Mayor's Office sessions this week"),
            )
        )
        today.clicked.connect(lambda: bus().sessions_requested.emit(self._clock().date()))
        week.clicked.connect(lambda: bus().sessions_requested.emit(self._clock().date()))

        self.outcomes = FigureTable(
            [
                self.tr("Outcome"),
                self.tr("Cases"),
                self.tr("Share"),
                self.tr("Without gratitude"),
                self.tr("Share"),
            ]
        )
        self.measures = FigureTable(
            [
                self.tr("The programs' promises"),
                self.tr("Kept"),
                self.tr("Judged"),
                self.tr("Share"),
                self.tr("Missed"),
            ]
        )
        self.medians = FigureTable([self.tr("Time"), self.tr("Median"), self.tr("Cases")])
        self.categories = FigureTable([self.tr("Category"), self.tr("Cases"), self.tr("Share")])
        self.departments = FigureTable(
            [self.tr("Rank"), self.tr("Department"), self.tr("Received"), self.tr("Open"), self.tr("Overdue"),
             self.tr("First reply"), self.tr("Promise kept")],
            sortable=True,
        )  # fmt: skip
        header = self.departments.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.department_note = QLabel()
        self.department_note.setWordWrap(True)
        self.department_note.setStyleSheet("color: #607d8b;")
        self.granularity = QComboBox()
        self.granularity.addItem(self.tr("By month"), "month")
        self.granularity.addItem(self.tr("By week"), "week")
        self.chart = TrendChart()
        self.chart.bar_clicked.connect(self.open_trend)
        self.coverage = FigureTable([self.tr("Mobile Mayor's Office"), self.tr("Figure")])
        self.units = FigureTable([self.tr("Communication unit"), self.tr("Sessions"), self.tr("Suggestions")])
        self.places = FigureTable([self.tr("QR poster place"), self.tr("Texts")])
        self.surveys = FigureTable(
            [self.tr("Surveyed by"), self.tr("Answers"), self.tr("Satisfied"), self.tr("Neutral"),
             self.tr("Dissatisfied"), self.tr("Would use again"), self.tr("Would recommend"), self.tr("Continue")]
        )  # fmt: skip
        self.managed_topics = FigureTable(
            [self.tr("Topic"), self.tr("Long-term review"), self.tr("Unfeasible")]
        )
        self.managed_reasons = FigureTable(
            [self.tr("Reason"), self.tr("Long-term review"), self.tr("Unfeasible")]
        )
        self.referrals = FigureTable(
            [self.tr("Agency"), self.tr("Case"), self.tr("Reminder date"), self.tr("Waiting")]
        )
        self.referrals_heading = _heading(self.tr("Referrals: the agency's answer is overdue"))
        self.status = QLabel()
        self.status.setStyleSheet("color: #607d8b;")

        left = QVBoxLayout()
        left.addWidget(_heading(self.tr("Outcomes")))
        left.addWidget(self.outcomes)
        left.addWidget(_heading(self.tr("Promises kept")))
        left.addWidget(self.measures)
        left.addWidget(self.medians)
        left.addWidget(_heading(self.tr("Categories")))
        left.addWidget(self.categories)
        left.addStretch(1)
        right = QVBoxLayout()
        trend_head = QHBoxLayout()
        trend_head.addWidget(_heading(self.tr("Trends: received, closed, promise kept")))
        trend_head.addStretch(1)
        trend_head.addWidget(self.granularity)
        right.addLayout(trend_head)
        right.addWidget(self.chart)
        right.addWidget(_heading(self.tr("Departments")))
        right.addWidget(self.departments)
        right.addWidget(self.department_note)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)

        bottom = QGridLayout()
        bottom.addWidget(_heading(self.tr("Satisfaction surveys")), 0, 0, 1, 2)
        bottom.addWidget(self.surveys, 1, 0, 1, 2)
        bottom.addWidget(_heading(self.tr("Mobile Mayor's Office")), 2, 0)
        bottom.addWidget(_heading(self.tr("Long-term review and unfeasible")), 2, 1)
        sessions_box = QVBoxLayout()
        sessions_box.addWidget(self.coverage)
        sessions_box.addWidget(self.units)
        sessions_box.addWidget(self.places)
        sessions_box.addStretch(1)
        managed_box = QVBoxLayout()
        managed_box.addWidget(self.managed_topics)
        managed_box.addWidget(self.managed_reasons)
        managed_box.addStretch(1)
        bottom.addLayout(sessions_box, 3, 0)
        bottom.addLayout(managed_box, 3, 1)
        bottom.addWidget(self.referrals_heading, 4, 0, 1, 2)
        bottom.addWidget(self.referrals, 5, 0, 1, 2)
        bottom.setColumnStretch(0, 1)
        bottom.setColumnStretch(1, 1)
        bottom.setHorizontalSpacing(12)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(12, 8, 12, 12)
        body_layout.addWidget(self.tiles)
        body_layout.addWidget(self.period_label)
        body_layout.addLayout(columns)
        body_layout.addLayout(bottom)
        body_layout.addWidget(self.status)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.print_briefing)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.period.currentIndexChanged.connect(self._choice_changed)
        self.channel.currentIndexChanged.connect(self._choice_changed)
        self.granularity.currentIndexChanged.connect(self._choice_changed)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self._choice_changed())
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F5), self.refresh),
            (QKeySequence.StandardKey.Print, self.print_briefing),
            (QKeySequence("Ctrl+Shift+S"), self.save_pdf),
        ):
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.hide()
        return edit

    def _restore_choices(self) -> None:
        today = self._clock().date()
        for widget in (self.period, self.channel, self.granularity, self.start, self.end):
            widget.blockSignals(True)
        self.period.setCurrentIndex(max(0, self.period.findData(preferences.get("briefing/period"))))
        self.channel.setCurrentIndex(max(0, self.channel.findData(preferences.get("briefing/channel"))))
        self.granularity.setCurrentIndex(
            max(0, self.granularity.findData(preferences.get("briefing/granularity")))
        )
        self.start.setDate(QDate(today.year, today.month, 1))
        self.end.setDate(QDate(today.year, today.month, today.day))
        for widget in (self.period, self.channel, self.granularity, self.start, self.end):
            widget.blockSignals(False)
        self._show_custom()

    def _show_custom(self) -> None:
        custom = self.period.currentData() == "custom"
        self.start.setVisible(custom)
        self.end.setVisible(custom)

    # ------------------------------------------------------------------------------- choosing

    def set_period(self, key: str, start: dt.date | None = None, end: dt.date | None = None) -> None:
        """Choose a period (tests and keyboard users); custom takes `start`/`end`."""
        for edit, value in ((self.start, start), (self.end, end)):
            if value is not None:
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)
        self.period.setCurrentIndex(self.period.findData(key))
        self._choice_changed()

    def _choice_changed(self) -> None:
        self._show_custom()
        preferences.put("briefing/period", self.period.currentData())
        preferences.put("briefing/channel", self.channel.currentData() or "")
        preferences.put("briefing/granularity", self.granularity.currentData())
        self.refresh()

    def scope(self) -> Scope:
        today = self._clock().date()
        key = self.period.currentData()
        if key == "custom":
            start, end = self.start.date().toPython(), self.end.date().toPython()
            if start > end:
                start, end = end, start
            return Scope(period_for(key, today, start=start, end=end), self.channel.currentData() or None)
        return Scope(period_for(key, today), self.channel.currentData() or None)

    # ------------------------------------------------------------------------------- loading

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if (
            changes.touches_cases()
            or changes.touches_letters()
            or changes.touches_sessions()
            or changes.touches_surveys()
            or changes.touches_settings(q.MIN_SAMPLE_KEY)
        ):
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Count again in the background; a request while counting runs once more afterwards."""
        if self._job is not None:
            self._again = True
            return
        scope, now, granularity = self.scope(), self._clock(), self.granularity.currentData()
        self.status.setText(self.tr("Counting…"))

        def done(result: Briefing) -> None:
            self.show_briefing(result)
            # The chart follows: a year of cases is the longest read, the figures need not wait for it.
            self._job = run_in_background(
                lambda job: q.trends(granularity, now, channel=scope.channel),
                on_done=trends_done,
                on_error=failed,
                owner=self,
            )

        def trends_done(points: list) -> None:
            self._job = None
            if self.briefing is not None:
                self.briefing = replace(self.briefing, trends=points)
                self.chart.set_bars(self._trend_bars(self.briefing))
            self.status.setText("")
            self.loaded.emit()
            if self._again:
                self._again = False
                self.refresh()

        def failed(exc: Exception, tb: str) -> None:
            self._job = None
            from civicdesk_gui.ui.shell.error_dialog import show_error

            self.status.setText(self.tr("The briefing could not be counted."))
            show_error(self, exc, tb)

        self._job = run_in_background(
            lambda job: q.load_briefing(scope, now, granularity=granularity, with_trends=False),
            on_done=done,
            on_error=failed,
            owner=self,
        )

    @property
    def busy(self) -> bool:
        return self._job is not None

    # ------------------------------------------------------------------------------- showing

    def context_text(self, b: Briefing) -> str:
        text = period_text(b.scope.period)
        return f"{text} · {channel_label(b.scope.channel)}"

    def show_briefing(self, b: Briefing) -> None:
        self.briefing = b
        context = self.context_text(b)
        self.as_of.setText(self.tr("as of {0}").format(f"{b.now:%Y-%m-%d %H:%M}"))
        for key, value in b.tiles.counts.items():
            self.tiles.tiles[key].set_value(value, alert=key in LATE_TILES and value > 0)
        self.tiles.tiles["sessions_today"].set_value(len(b.tiles.sessions_today))
        self.tiles.tiles["sessions_week"].set_value(b.tiles.sessions_week)
        self.period_label.setText(
            self.tr("Figures for the cases received in {0}: {1} cases").format(
                context, f"{b.figures.received:,}"
            )
        )
        self.outcomes.set_rows(sections.outcome_rows(b, context))
        self.measures.set_rows(sections.measure_rows(b, context))
        self.medians.set_rows(sections.median_rows(b, context))
        self.categories.set_rows(sections.category_rows(b, context))
        first_time = not self.departments.figures.rows
        self.departments.set_rows(sections.department_rows(b, context))
        if first_time:  # ranked first, then the others by size; the user's own sort stays afterwards
            self.departments.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.department_note.setText(
            self.tr(
                "Ranked by promises kept; a department with fewer than {0} cases in the period is shown "
                "but not ranked (Settings › Briefing)."
            ).format(b.min_sample)
        )
        if b.trends:  # the screen asks for them apart; the chart keeps its bars until they come
            self.chart.set_bars(self._trend_bars(b))
        self.coverage.set_rows(sections.coverage_rows(b, context))
        self.units.set_rows(sections.unit_rows(b, context))
        self.places.set_rows(sections.place_rows(b))
        self.places.setVisible(bool(b.place_messages))
        self.surveys.set_rows(sections.survey_rows(b, context))
        self.referrals.set_rows(sections.referral_rows(b))
        for widget in (self.referrals_heading, self.referrals):
            widget.setVisible(bool(b.overdue_referrals))
        self.managed_topics.set_rows(
            sections.managed_rows(b.figures.managed_by_topic[:8], b, context, by="topic")
        )
        self.managed_reasons.set_rows(
            sections.managed_rows(b.figures.managed_by_reason, b, context, by="reason")
        )

    def _trend_bars(self, b: Briefing) -> list[TrendBar]:
        bars = []
        for index, point in enumerate(b.trends):
            label = self._bucket_label(point.bucket.start, b.granularity, first=index == 0)
            tip = self.tr("{0}: received {1}, closed {2}, promise kept {3}").format(
                f"{point.bucket.start:%Y-%m-%d} – {point.bucket.end:%Y-%m-%d}",
                f"{point.received:,}",
                f"{point.closed:,}",
                "—" if point.compliance.share is None else f"{point.compliance.share * 100:.0f}%",
            )
            bars.append(TrendBar(label, point.received, point.closed, point.compliance.share, tip))
        return bars

    def _bucket_label(self, start: dt.date, granularity: str, *, first: bool) -> str:
        """Short axis labels: months as 1–12 (the year at January and at the first bar), weeks as
        their Monday."""
        if granularity == "week":
            return f"{start.month}/{start.day}"
        if first or start.month == 1:
            return f"{start:%y}/{start.month}"
        return str(start.month)

    # ------------------------------------------------------------------------------- opening

    def open_tile(self, key: str) -> None:
        label = tile_labels()[key][0]
        bus().cases_filter_requested.emit(q.tile_filter(key), label)

    def open_trend(self, index: int, kind: str) -> None:
        if self.briefing is None:
            return
        point = self.briefing.trends[index]
        period = f"{point.bucket.start:%Y-%m-%d} – {point.bucket.end:%Y-%m-%d}"
        scope = Scope(
            period_for("custom", point.bucket.start, start=point.bucket.start, end=point.bucket.end),
            self.briefing.scope.channel,
        )
        if kind == "received":
            case_filter, title = scope.filter("received"), self.tr("Received {0}").format(period)
        else:
            case_filter = scope.dated_filter("closed", start=point.bucket.start, end=point.bucket.end)
            title = self.tr("Closed {0}").format(period)
        bus().cases_filter_requested.emit(case_filter, title)

    # ------------------------------------------------------------------------------- paper

    def _pdf(self, then: Callable[[bytes], None]) -> None:
        if self.briefing is None:
            return
        from civicdesk_gui.documents.briefing_pdf import briefing_pdf_bytes

        briefing, city = self.briefing, preferences.get("city.name")
        run_in_background(lambda job: briefing_pdf_bytes(briefing, city=city), on_done=then)

    def print_briefing(self) -> None:
        from civicdesk_gui.ui.widgets.pdf_printing import print_pdf

        self._pdf(lambda data: print_pdf(data, self))

    def save_pdf(self) -> None:
        if self.briefing is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the briefing as PDF"),
            file_folders.suggest("pdf", f"briefing-{self.briefing.now:%Y-%m-%d}.pdf"),
            "PDF (*.pdf)",
        )
        if name:
            file_folders.remember("pdf", name)
            self.save_pdf_to(name)

    def save_pdf_to(self, path: str) -> None:
        from civicdesk_gui.documents.file_output import write_bytes
        from civicdesk_gui.errors import CivicDeskError
        from civicdesk_gui.ui.shell.error_dialog import show_error

        def write(data: bytes) -> None:
            try:
                written = write_bytes(path, data)
            except CivicDeskError as exc:  # a folder one may not write to, a full disk: one calm message
                show_error(self, exc, "")
                return
            bus().status_message.emit(self.tr("Briefing saved to {0}").format(str(written)))

        self._pdf(write)

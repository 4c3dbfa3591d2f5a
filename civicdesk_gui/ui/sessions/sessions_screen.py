"""The Sessions screen: the calendar (month, week, agenda), the session panel under it, and the
pending requests apart on the right. Every change goes through an action; the screen refreshes
when a change notice touches sessions, requests or the travel buffer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.atomic_file import write_file
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.sessions import UNIT_TYPES
from civicdesk_gui.queries.sessions import RequestRow, SessionDetail, pending_requests, sessions_between
from civicdesk_gui.ui.sessions import ops
from civicdesk_gui.ui.sessions import session_style as style
from civicdesk_gui.ui.sessions.calendar.calendar_canvas import add_months
from civicdesk_gui.ui.sessions.calendar.calendar_month_view import CalendarMonthView
from civicdesk_gui.ui.sessions.calendar.calendar_week_view import CalendarWeekView
from civicdesk_gui.ui.sessions.calendar.session_agenda_view import SessionAgendaView
from civicdesk_gui.ui.sessions.ics_import_report import ics_report_text
from civicdesk_gui.ui.sessions.session_editor_dialog import (
    SessionEditorDialog,
    ask_to_confirm_conflicts,
    travel_buffer,
)
from civicdesk_gui.ui.sessions.session_panel import SessionPanel
from civicdesk_gui.ui.sessions.session_request_dialog import SessionRequestDialog
from civicdesk_gui.ui.sessions.session_request_list import SessionRequestList
from civicdesk_gui.ui.shell import file_folders, icons, preferences
from civicdesk_gui.ui.shell.background import run_in_background
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.shell.signals import bus

VIEWS = ("month", "week", "agenda")


def export_calendar(path: Path) -> int:
    from civicdesk_gui.documents.session_ics import export_ics
    from civicdesk_gui.queries.sessions import ics_sessions

    sessions = ics_sessions()
    write_file(path, export_ics(sessions))  # whole or not at all: a subscribed calendar never reads half
    return len(sessions)


class SessionsScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current = dt.date.today()
        self.month = CalendarMonthView()
        self.week = CalendarWeekView()
        self.agenda = SessionAgendaView()
        self.stack = QStackedWidget()
        for view in (self.month, self.week, self.agenda):
            self.stack.addWidget(view)
        self.panel = SessionPanel(context)
        self.requests = SessionRequestList(context)
        self.period = QLabel()
        self.period.setStyleSheet("font-size: 14pt; font-weight: bold; color: #263238;")

        calendar_column = QSplitter(Qt.Orientation.Vertical)
        calendar_column.addWidget(self.stack)
        calendar_column.addWidget(self.panel)
        calendar_column.setSizes([600, 260])
        calendar_column.setStretchFactor(0, 1)
        self.calendar_column = calendar_column
        self.panel.session_shown.connect(self._give_panel_room)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(calendar_column)
        splitter.addWidget(self.requests)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([980, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self._toolbar())
        layout.addLayout(self._legend())
        layout.addWidget(splitter, 1)

        for canvas in (self.month, self.week):
            canvas.current_date_changed.connect(self.go_to)
            canvas.day_activated.connect(self.schedule_on)
            canvas.session_selected.connect(self.panel.show_session)
            canvas.session_activated.connect(self.open_session)
            canvas.session_dropped.connect(self.move_session)
        self.agenda.session_selected.connect(self.panel.show_session)
        self.agenda.session_activated.connect(self.open_session)
        self.requests.schedule_requested.connect(self.schedule_request)
        self.requests.new_requested.connect(self.new_request)
        self.panel.edit_requested.connect(self.edit_session)
        # Bound methods, not lambdas: Qt drops the connection when this screen is destroyed.
        bus().changed.connect(self._changed)
        bus().sessions_requested.connect(self.go_to)  # the briefing's session tiles
        saved = preferences.get("sessions/view")
        self.set_view(saved if saved in VIEWS else "month")

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        previous = QToolButton()
        previous.setText("◀")
        previous.setToolTip(self.tr("Previous (PgUp)"))
        previous.clicked.connect(lambda: self.go_to(self._step(-1)))
        following = QToolButton()
        following.setText("▶")
        following.setToolTip(self.tr("Next (PgDn)"))
        following.clicked.connect(lambda: self.go_to(self._step(1)))
        today = QPushButton(self.tr("Today (T)"))
        today.clicked.connect(lambda: self.go_to(dt.date.today()))
        bar.addWidget(previous)
        bar.addWidget(today)
        bar.addWidget(following)
        bar.addWidget(self.period)
        bar.addStretch(1)
        self.view_buttons = QButtonGroup(self)
        for key, text in zip(VIEWS, (self.tr("Month"), self.tr("Week"), self.tr("Agenda")), strict=True):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName(f"view_{key}")
            button.clicked.connect(lambda _=False, key=key: self.set_view(key))
            self.view_buttons.addButton(button)
            bar.addWidget(button)
        new = QPushButton(icons.icon("new"), self.tr("New session"))
        new.clicked.connect(lambda: self.schedule_on(dt.datetime.combine(self.current, dt.time(14))))
        export = QPushButton(icons.icon("export"), self.tr("Export .ics"))
        export.clicked.connect(self.export_ics)
        import_button = QPushButton(icons.icon("import"), self.tr("Import .ics"))
        import_button.clicked.connect(self.import_ics)
        for button in (new, export, import_button):
            bar.addWidget(button)
        permitted(new, self.context.actor, "session.schedule")
        permitted(import_button, self.context.actor, "session.import")
        self.may_schedule = new.isEnabled()  # dragging on the calendar asks this too
        return bar

    def _legend(self) -> QHBoxLayout:
        legend = QHBoxLayout()
        legend.setSpacing(10)
        for code in UNIT_TYPES:
            swatch = QLabel(f"■ {style.short_unit_text(code)}")
            swatch.setStyleSheet(f"color: {style.UNIT_COLORS[code]};")
            legend.addWidget(swatch)
        mark = QLabel()
        mark.setPixmap(icons.icon("warning", color=style.CONFLICT_COLOR).pixmap(14, 14))
        legend.addWidget(mark)
        legend.addWidget(QLabel(self.tr("Conflict (double-booked or too little travel time)")))
        legend.addStretch(1)
        return legend

    def _changed(self, changes: Changes, _initiator: object) -> None:
        # The travel buffer decides which sessions are marked too close together.
        if (
            changes.touches_sessions()
            or changes.touches_session_requests()
            or changes.touches_settings(ops.TRAVEL_BUFFER_KEY)
        ):
            self.reload()
        elif self.panel.detail is not None and changes.touches_cases():
            # The panel lists the session's cases with their outcomes.
            self.panel.show_session(self.panel.detail.row.id)

    # -------------------------------------------------------------------------------- navigation

    def view_key(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    def set_view(self, key: str) -> None:
        self.stack.setCurrentIndex(VIEWS.index(key))
        for button in self.view_buttons.buttons():
            button.setChecked(button.objectName() == f"view_{key}")
        preferences.put("sessions/view", key)
        self.reload()
        self.stack.currentWidget().setFocus()

    def _step(self, direction: int) -> dt.date:
        if self.view_key() == "week":
            return self.current + dt.timedelta(days=7 * direction)
        return add_months(self.current, direction)

    def go_to(self, day: dt.date) -> None:
        old_range = self.visible_range()
        self.current = day
        for canvas in (self.month, self.week):
            canvas.blockSignals(True)
            canvas.set_current_date(day)
            canvas.blockSignals(False)
        if self.visible_range() != old_range:
            self.reload()
        else:
            self._show_period()

    def _give_panel_room(self, shown: bool) -> None:
        """A session shown: the panel gets about 45 % of the height (its suggestion grid shows several
        rows); none: the panel shrinks to its line of help and the calendar takes the rest."""
        total = sum(self.calendar_column.sizes()) or self.calendar_column.height()
        if total <= 0:
            return
        panel = int(total * 0.45) if shown else self.panel.sizeHint().height()
        self.calendar_column.setSizes([total - panel, panel])

    def visible_range(self) -> tuple[dt.date, dt.date]:
        if self.view_key() == "week":
            return self.week.visible_range()
        start, end = self.month.visible_range()
        if self.view_key() == "agenda":
            first = self.current.replace(day=1)
            return first, add_months(first, 1) - dt.timedelta(days=1)
        return start, end

    def _show_period(self) -> None:
        start, end = self.visible_range()
        if self.view_key() == "week":
            self.period.setText(f"{start:%Y.%m.%d} – {end:%m.%d}")
        else:
            # "2026년 11월" / "November 2026": the month's name from the interface language's locale.
            locale = QLocale(
                QLocale.Language.Korean if style.language() == "ko" else QLocale.Language.English
            )
            month_name = locale.monthName(self.current.month, QLocale.FormatType.LongFormat)
            self.period.setText(self.tr("{month} {year}").format(month=month_name, year=self.current.year))

    def reload(self) -> None:
        # A month holds a handful of sessions: this read takes milliseconds, so it stays on the GUI thread.
        start, end = self.visible_range()
        rows = sessions_between(start, end, travel_buffer_minutes=travel_buffer())
        self.month.set_sessions(rows)
        self.week.set_sessions(rows)
        self.agenda.set_sessions(rows)
        self.requests.set_requests(pending_requests())
        if self.panel.detail is not None:
            self.panel.show_session(self.panel.detail.row.id)
        self._show_period()

    # -------------------------------------------------------------------------------- actions

    def open_session(self, session_id: int) -> None:
        self.panel.show_session(session_id)
        self.panel.tabs.setFocus()

    def schedule_on(self, start: dt.datetime) -> None:
        if not self.may_schedule:  # a double-click or drag on the calendar by a role that may not
            return
        dialog = SessionEditorDialog(self.context, self, start=start)
        if dialog.exec() and dialog.saved_session_id:
            self.panel.show_session(dialog.saved_session_id)

    def schedule_request(self, request: RequestRow) -> None:
        start = dt.datetime.combine(max(self.current, dt.date.today()), dt.time(14))
        dialog = SessionEditorDialog(self.context, self, start=start, request=request)
        if dialog.exec() and dialog.saved_session_id:
            self.panel.show_session(dialog.saved_session_id)

    def edit_session(self, detail: SessionDetail) -> None:
        SessionEditorDialog(self.context, self, detail=detail).exec()

    def new_request(self) -> None:
        SessionRequestDialog(self.context, self).exec()

    def move_session(self, session_id: int, new_start: dt.datetime, *, confirmed: bool = False) -> bool:
        """Drag-and-drop: the same length at the new start, through the reschedule action."""
        row = next((s for s in self.month.sessions if s.id == session_id), None)
        if row is None:
            return False
        refused: list[Exception] = []
        change = (
            ops.reschedule_session(
                parent=self,
                actor=self.context.actor,
                session_id=session_id,
                version=row.version,
                starts_at=new_start,
                ends_at=new_start + (row.ends_at - row.starts_at),
                travel_buffer_minutes=travel_buffer(),
                confirm_conflicts=confirmed,
            )
            .failure(refused.append)
            .conflict(refused.append)
            .run()
        )
        if change is not None:
            self.panel.show_session(session_id)
            return True
        if refused and isinstance(refused[0], ops.SessionConflictError):
            if ask_to_confirm_conflicts(self, refused[0].conflicts):
                return self.move_session(session_id, new_start, confirmed=True)
            return False
        if refused:
            show_error(self, refused[0])
        self.reload()  # the session snaps back to where it is stored
        return False

    def export_ics(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export sessions"),
            file_folders.suggest("calendar", f"이동시장실-{dt.date.today():%Y-%m-%d}.ics"),
            self.tr("iCalendar files (*.ics)"),
        )
        if path:
            file_folders.remember("calendar", path)
            run_in_background(
                lambda job: export_calendar(Path(path)),
                on_done=lambda n: QMessageBox.information(
                    self, self.tr("Export .ics"), self.tr("{0} sessions written to {1}").format(n, path)
                ),
                on_error=lambda exc, tb: show_error(self, exc, tb),  # a full disk, a read-only folder: calmly
            )

    def import_ics(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import sessions"),
            str(file_folders.folder_for("calendar")),
            self.tr("iCalendar files (*.ics)"),
        )
        if not path:
            return
        file_folders.remember("calendar", path)
        ops.import_calendar(parent=self, actor=self.context.actor, path=Path(path)).success(
            lambda report: QMessageBox.information(self, self.tr("Import .ics"), ics_report_text(report))
        ).run_in_background()

"""The month view: six weeks from Sunday (as Korean wall calendars are), each session a chip in its
unit colour with its time, unit label and name; holidays named in red; today tinted; conflicts
marked with an icon and a word."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen

from civicdesk_gui.queries.sessions import SessionRow
from civicdesk_gui.ui.sessions import session_style as style
from civicdesk_gui.ui.sessions.calendar.calendar_canvas import CalendarCanvas, Hit, week_start

HEADER = 26
CHIP_HEIGHT = 19
TALL_CHIP_HEIGHT = 36  # two lines (time and unit / name) when the day has room
CHIP_GAP = 2
DAY_LINE = 20


class CalendarMonthView(CalendarCanvas):
    # -------------------------------------------------------------------------------- layout

    def first_day(self) -> dt.date:
        return week_start(self.current.replace(day=1))

    def visible_range(self) -> tuple[dt.date, dt.date]:
        start = self.first_day()
        return start, start + dt.timedelta(days=41)

    def cell_rect(self, day: dt.date) -> QRect:
        index = (day - self.first_day()).days
        width = self.width() / 7
        height = (self.height() - HEADER) / 6
        row, column = divmod(index, 7)
        return QRect(int(column * width), int(HEADER + row * height), int(width), int(height))

    def _chip_height(self, cell: QRect, count: int) -> int:
        room = cell.height() - DAY_LINE - 2
        return TALL_CHIP_HEIGHT if count * (TALL_CHIP_HEIGHT + CHIP_GAP) <= room else CHIP_HEIGHT

    def chip_rects(self, day: dt.date) -> list[tuple[SessionRow, QRect]]:
        cell = self.cell_rect(day)
        sessions = self.sessions_on(day)
        height = self._chip_height(cell, len(sessions))
        capacity = max(1, (cell.height() - DAY_LINE - 2) // (height + CHIP_GAP))
        if len(sessions) > capacity:
            sessions = sessions[: capacity - 1]
        rects = []
        for index, session in enumerate(sessions):
            top = cell.top() + DAY_LINE + index * (height + CHIP_GAP)
            rects.append((session, QRect(cell.left() + 3, top, cell.width() - 6, height)))
        return rects

    def hit(self, pos: QPoint) -> Hit:
        if pos.y() < HEADER:
            return Hit(None)
        start = self.first_day()
        column = min(6, max(0, int(pos.x() // (self.width() / 7))))
        row = min(5, max(0, int((pos.y() - HEADER) // ((self.height() - HEADER) / 6))))
        day = start + dt.timedelta(days=row * 7 + column)
        for session, rect in self.chip_rects(day):
            if rect.contains(pos):
                return Hit(day, None, session.id)
        return Hit(day)

    # -------------------------------------------------------------------------------- text

    def chip_lines(self, session: SessionRow) -> tuple[str, str]:
        """First line: marks, time and unit type; second line: the unit's name."""
        first = f"{session.starts_at:%H:%M} [{style.short_unit_text(session.unit_type)}]"
        if session.conflicts:
            first = self.tr("Conflict") + ": " + first
        if session.state == "cancelled":
            first = self.tr("Cancelled") + ": " + first
        return first, session.label

    def chip_text(self, session: SessionRow) -> str:
        return " ".join(self.chip_lines(session))

    def day_texts(self, day: dt.date) -> list[str]:
        """What the cell of `day` says, chip by chip (tests and accessibility read this)."""
        return [self.chip_text(s) for s in self.sessions_on(day)]

    def day_caption(self, day: dt.date) -> tuple[str, str | None]:
        """The day number (with 'Today') and the public holiday's name, as the cell shows them."""
        number = self.tr("{0} Today").format(day.day) if day == self.today else str(day.day)
        return number, style.holiday_text(day)

    # -------------------------------------------------------------------------------- paint

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        width = self.width() / 7
        for column, name in enumerate(self.weekday_names()):
            rect = QRect(int(column * width), 0, int(width), HEADER)
            painter.fillRect(rect, QColor("#eceff1"))
            painter.setPen(
                QColor(
                    style.HOLIDAY_COLOR if column == 0 else style.SATURDAY_COLOR if column == 6 else "#37474f"
                )
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        start, _end = self.visible_range()
        drop = self.drop_target()
        for index in range(42):
            day = start + dt.timedelta(days=index)
            self._paint_day(painter, day, drop is not None and drop.day == day)
        painter.end()

    def _paint_day(self, painter: QPainter, day: dt.date, is_drop: bool) -> None:
        cell = self.cell_rect(day)
        in_month = day.month == self.current.month
        number, holiday = self.day_caption(day)
        fill = QColor(style.TODAY_FILL) if day == self.today else QColor("#ffffff" if in_month else "#f5f7f8")
        if is_drop:
            fill = QColor("#e3f2fd")
        painter.fillRect(cell, fill)
        painter.setPen(QPen(QColor("#cfd8dc"), 1))
        painter.drawRect(cell.adjusted(0, 0, -1, -1))
        if day == self.current:
            painter.setPen(QPen(QColor(style.SELECTED_BORDER), 2))
            painter.drawRect(cell.adjusted(1, 1, -2, -2))
        red = holiday or day.weekday() == 6
        color = QColor(
            style.HOLIDAY_COLOR if red else style.SATURDAY_COLOR if day.weekday() == 5 else "#263238"
        )
        if not in_month:
            color.setAlpha(110)
        font = QFont(self.font())
        font.setBold(day == self.today)
        painter.setFont(font)
        painter.setPen(color)
        number_rect = QRect(cell.left() + 6, cell.top() + 2, cell.width() - 12, DAY_LINE - 2)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
        if holiday:
            small = QFont(self.font())
            small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
            painter.setFont(small)
            # All the room beside the day number ("추석 다음날" whole, not "추석 다음…").
            room = number_rect.width() - QFontMetrics(font).horizontalAdvance(number) - 8
            text = painter.fontMetrics().elidedText(holiday, Qt.TextElideMode.ElideRight, room)
            painter.drawText(number_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(self.font())
        shown = self.chip_rects(day)
        for session, rect in shown:
            self._paint_chip(painter, session, rect)
        hidden = len(self.sessions_on(day)) - len(shown)
        if hidden > 0:
            painter.setPen(QColor("#546e7a"))
            top = (shown[-1][1].bottom() + CHIP_GAP) if shown else cell.top() + DAY_LINE
            painter.drawText(
                QRect(cell.left() + 6, top, cell.width() - 12, CHIP_HEIGHT),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("+{0} more").format(hidden),
            )

    def _paint_chip(self, painter: QPainter, session: SessionRow, rect: QRect) -> None:
        cancelled = session.state == "cancelled"
        self.paint_session_fill(painter, session, rect)
        if session.id == self.selected_session:
            painter.setPen(QPen(QColor(style.SELECTED_BORDER), 1))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        text_rect = rect.adjusted(7, 0, -3, 0)
        if session.conflicts:
            self._warning.paint(painter, QRect(text_rect.left(), rect.top() + 2, 15, 15))
        painter.setPen(QColor("#9e9e9e" if cancelled else "#212121"))
        font = QFont(self.font())
        font.setStrikeOut(cancelled)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        first, second = self.chip_lines(session)
        # One line: the time and the unit's name (its kind is the colour, named in the legend).
        compact = first.replace(f" [{style.short_unit_text(session.unit_type)}]", "") + " " + second
        lines = [first, second] if rect.height() >= TALL_CHIP_HEIGHT else [compact]
        line_height = rect.height() // len(lines)
        for index, line in enumerate(lines):
            line_rect = QRect(
                text_rect.left(), rect.top() + index * line_height, text_rect.width(), line_height
            )
            if index == 0 and session.conflicts:
                line_rect.setLeft(line_rect.left() + 17)
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, line_rect.width())
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(self.font())

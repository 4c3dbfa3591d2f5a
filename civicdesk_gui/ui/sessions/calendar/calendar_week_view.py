"""The week view: seven days from Sunday on an hour grid (07–22), each session a block in its unit
colour; dragging a block moves it to another day and time (in half-hour steps)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen

from civicdesk_gui.queries.sessions import SessionRow
from civicdesk_gui.ui.sessions import session_style as style
from civicdesk_gui.ui.sessions.calendar.calendar_canvas import CalendarCanvas, Hit, week_start

FIRST_HOUR = 7
LAST_HOUR = 22
GUTTER = 52
HEADER = 42
SNAP_MINUTES = 30


class CalendarWeekView(CalendarCanvas):
    def first_day(self) -> dt.date:
        return week_start(self.current)

    def visible_range(self) -> tuple[dt.date, dt.date]:
        start = self.first_day()
        return start, start + dt.timedelta(days=6)

    def _column_width(self) -> float:
        return (self.width() - GUTTER) / 7

    def _hour_height(self) -> float:
        return (self.height() - HEADER) / (LAST_HOUR - FIRST_HOUR)

    def _y(self, moment: dt.datetime, day: dt.date) -> int:
        hours = (moment - dt.datetime.combine(day, dt.time(FIRST_HOUR))).total_seconds() / 3600
        hours = min(max(hours, 0), LAST_HOUR - FIRST_HOUR)
        return int(HEADER + hours * self._hour_height())

    def _lanes(self, day: dt.date) -> tuple[dict[int, int], int]:
        """Side-by-side lanes for sessions that overlap on a day (a double booking must stay visible)."""
        lane_ends: list[dt.datetime] = []
        lanes: dict[int, int] = {}
        for session in self.sessions_on(day):
            for index, end in enumerate(lane_ends):
                if end <= session.starts_at:
                    lanes[session.id] = index
                    lane_ends[index] = session.ends_at
                    break
            else:
                lanes[session.id] = len(lane_ends)
                lane_ends.append(session.ends_at)
        return lanes, max(1, len(lane_ends))

    def session_rect(self, session: SessionRow) -> QRect:
        day = session.starts_at.date()
        column = (day - self.first_day()).days
        lanes, count = self._lanes(day)
        width = self._column_width() / count
        left = int(GUTTER + column * self._column_width() + lanes.get(session.id, 0) * width)
        top = self._y(session.starts_at, day)
        bottom = max(top + 18, self._y(session.ends_at, day))
        return QRect(left + 2, top + 1, int(width) - 4, bottom - top - 2)

    def visible_sessions(self) -> list[SessionRow]:
        start, end = self.visible_range()
        return [s for s in self.sessions if start <= s.starts_at.date() <= end]

    def hit(self, pos: QPoint) -> Hit:
        if pos.x() < GUTTER:
            return Hit(None)
        column = min(6, max(0, int((pos.x() - GUTTER) // self._column_width())))
        day = self.first_day() + dt.timedelta(days=column)
        if pos.y() < HEADER:
            return Hit(day)
        minutes = (pos.y() - HEADER) / self._hour_height() * 60
        minutes = int(minutes // SNAP_MINUTES * SNAP_MINUTES)
        moment = dt.datetime.combine(day, dt.time(FIRST_HOUR)) + dt.timedelta(minutes=minutes)
        for session in self.visible_sessions():
            if self.session_rect(session).contains(pos):
                return Hit(day, moment, session.id)
        return Hit(day, moment)

    def drop_start(self, session: SessionRow, hit: Hit) -> dt.datetime:
        if hit.moment is None:
            return super().drop_start(session, hit)
        return hit.moment

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        start = self.first_day()
        width = self._column_width()
        names = self.weekday_names()
        for column in range(7):
            day = start + dt.timedelta(days=column)
            rect = QRect(int(GUTTER + column * width), 0, int(width), self.height())
            if day == self.today:
                painter.fillRect(rect, QColor(style.TODAY_FILL))
            holiday = style.holiday_text(day)
            header = QRect(rect.left(), 0, rect.width(), HEADER)
            painter.setPen(
                QColor(
                    style.HOLIDAY_COLOR
                    if holiday or column == 0
                    else style.SATURDAY_COLOR
                    if column == 6
                    else "#263238"
                )
            )
            title = f"{names[column]} {day:%m.%d}"
            if day == self.today:
                title += " · " + self.tr("Today")
            painter.drawText(header.adjusted(0, 2, 0, -HEADER // 2), Qt.AlignmentFlag.AlignCenter, title)
            if holiday:
                painter.drawText(
                    header.adjusted(2, HEADER // 2, -2, 0),
                    Qt.AlignmentFlag.AlignCenter,
                    painter.fontMetrics().elidedText(holiday, Qt.TextElideMode.ElideRight, rect.width() - 4),
                )
            if day == self.current:
                painter.setPen(QPen(QColor(style.SELECTED_BORDER), 2))
                painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setPen(QPen(QColor("#e0e0e0"), 1))
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = int(HEADER + (hour - FIRST_HOUR) * self._hour_height())
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.setPen(QColor("#78909c"))
            painter.drawText(QRect(0, y - 8, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
            painter.setPen(QPen(QColor("#e0e0e0"), 1))
        for column in range(8):
            x = int(GUTTER + column * width)
            painter.drawLine(x, 0, x, self.height())
        for session in self.visible_sessions():
            self._paint_block(painter, session)
        drop = self.drop_target()
        dragged = self.session(self._drag_id)
        if drop is not None and drop.moment is not None and dragged is not None:
            length = dragged.ends_at - dragged.starts_at
            column = (drop.moment.date() - start).days
            top = self._y(drop.moment, drop.moment.date())
            bottom = self._y(drop.moment + length, drop.moment.date())
            ghost = QRect(int(GUTTER + column * width) + 2, top, int(width) - 4, max(18, bottom - top))
            painter.setPen(QPen(QColor(style.SELECTED_BORDER), 2, Qt.PenStyle.DashLine))
            painter.drawRect(ghost)
        painter.end()

    def _paint_block(self, painter: QPainter, session: SessionRow) -> None:
        rect = self.session_rect(session)
        cancelled = session.state == "cancelled"
        self.paint_session_fill(painter, session, rect)
        if session.id == self.selected_session:
            painter.setPen(QPen(QColor(style.SELECTED_BORDER), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        inner = rect.adjusted(8, 2, -3, -2)
        lines = [
            f"{session.starts_at:%H:%M}–{session.ends_at:%H:%M}",
            f"[{style.short_unit_text(session.unit_type)}] {session.label}",
            session.town_name,
        ]
        if session.conflicts:
            self._warning.paint(painter, QRect(inner.right() - 15, inner.top(), 15, 15))
            lines.insert(0, self.tr("Conflict") + ": " + style.conflict_text(session.conflicts))
        if cancelled:
            lines.insert(0, self.tr("Cancelled"))
        painter.setPen(QColor("#9e9e9e" if cancelled else "#212121"))
        metrics = painter.fontMetrics()
        y = inner.top()
        for line in lines:
            if y + metrics.height() > inner.bottom() + 2:
                break
            painter.drawText(
                QRect(inner.left(), y, inner.width() - 16, metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, inner.width() - 16),
            )
            y += metrics.height()

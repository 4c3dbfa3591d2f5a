"""What the month and week views share: the sessions shown, the current day, keyboard navigation
(arrows move the day, PgUp/PgDn the month, T today, Enter opens), and drag-and-drop of a session.

Subclasses lay out and paint; they answer `hit(pos)` with what is under the mouse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from civicdesk_gui.queries.sessions import SessionRow
from civicdesk_gui.ui.sessions import session_style as style
from civicdesk_gui.ui.shell import icons


@dataclass(frozen=True)
class Hit:
    day: dt.date | None
    moment: dt.datetime | None = None  # the week view knows the time under the mouse
    session_id: int | None = None


def week_start(day: dt.date) -> dt.date:
    """The Sunday on or before `day`: Korean wall calendars start the week on Sunday."""
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


class CalendarCanvas(QWidget):
    current_date_changed = Signal(object)  # dt.date
    day_activated = Signal(object)  # dt.datetime: double-click or Enter on a day: schedule a session
    session_activated = Signal(int)  # open it
    session_selected = Signal(int)
    session_dropped = Signal(int, object)  # session id, new start (dt.datetime)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(560, 300))  # six week rows still fit at 1366×768 with the panel open
        self._warning = icons.icon("warning", color=style.CONFLICT_COLOR)  # the conflict mark
        self.sessions: list[SessionRow] = []
        self.current = dt.date.today()
        self.today = dt.date.today()
        self.selected_session: int | None = None
        self._press: QPoint | None = None
        self._drag_id: int | None = None
        self._drop_hit: Hit | None = None

    # -------------------------------------------------------------------------------- data

    def set_sessions(self, sessions: list[SessionRow]) -> None:
        self.sessions = list(sessions)
        self.update()

    def weekday_names(self) -> list[str]:
        """Column titles from Sunday."""
        return [
            self.tr("Sun"),
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
        ]

    @staticmethod
    def paint_session_fill(painter: QPainter, session: SessionRow, rect: QRect) -> None:
        """A session's chip or block: its unit's tint with a strip of the unit colour (grey when cancelled)."""
        cancelled = session.state == "cancelled"
        painter.fillRect(rect, QColor("#eeeeee") if cancelled else style.unit_tint(session.unit_type))
        painter.fillRect(
            QRect(rect.left(), rect.top(), 4, rect.height()), style.unit_color(session.unit_type)
        )

    def sessions_on(self, day: dt.date) -> list[SessionRow]:
        return sorted((s for s in self.sessions if s.starts_at.date() == day), key=lambda s: s.starts_at)

    def session(self, session_id: int | None) -> SessionRow | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def set_current_date(self, day: dt.date) -> None:
        if day == self.current:
            return
        self.current = day
        self.update()
        self.current_date_changed.emit(day)

    def visible_range(self) -> tuple[dt.date, dt.date]:
        raise NotImplementedError

    def hit(self, pos: QPoint) -> Hit:
        raise NotImplementedError

    def drop_start(self, session: SessionRow, hit: Hit) -> dt.datetime:
        """Where a dropped session starts: the same time of day on the new day (month view)."""
        return dt.datetime.combine(hit.day, session.starts_at.time())

    # -------------------------------------------------------------------------------- keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        key = event.key()
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in steps:
            self.set_current_date(self.current + dt.timedelta(days=steps[key]))
        elif key == Qt.Key.Key_PageUp:
            self.set_current_date(add_months(self.current, -1))
        elif key == Qt.Key.Key_PageDown:
            self.set_current_date(add_months(self.current, 1))
        elif key == Qt.Key.Key_T:
            self.set_current_date(dt.date.today())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
        else:
            super().keyPressEvent(event)

    def _open_current(self) -> None:
        on_day = self.sessions_on(self.current)
        chosen = self.session(self.selected_session)
        if chosen is not None and chosen.starts_at.date() == self.current:
            self.session_activated.emit(chosen.id)
        elif on_day:
            self.session_activated.emit(on_day[0].id)
        else:
            self.day_activated.emit(dt.datetime.combine(self.current, dt.time(14, 0)))

    # -------------------------------------------------------------------------------- mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus()
        hit = self.hit(event.position().toPoint())
        if hit.day is not None:
            self.set_current_date(hit.day)
        self.selected_session = hit.session_id
        if hit.session_id is not None:
            self.session_selected.emit(hit.session_id)
            self._press = event.position().toPoint()
            self._drag_id = hit.session_id
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_id is None or self._press is None:
            return
        pos = event.position().toPoint()
        if (pos - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._drop_hit = self.hit(pos)
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag_id, drop = self._drag_id, self._drop_hit
        self._press = self._drag_id = self._drop_hit = None
        self.unsetCursor()
        self.update()
        if drag_id is None or drop is None or drop.day is None:
            return
        session = self.session(drag_id)
        if session is None or session.state != "scheduled":
            return  # a held session's record is history; only scheduled ones move
        start = self.drop_start(session, drop)
        if start != session.starts_at:
            self.session_dropped.emit(drag_id, start)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.hit(event.position().toPoint())
        if hit.session_id is not None:
            self.session_activated.emit(hit.session_id)
        elif hit.day is not None:
            self.day_activated.emit(hit.moment or dt.datetime.combine(hit.day, dt.time(14, 0)))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit(event.pos())
            session = self.session(hit.session_id)
            if session is not None:
                lines = [
                    f"{session.number} · {style.unit_text(session.unit_type, session.unit_subgroup)}",
                    f"{session.starts_at:%H:%M}–{session.ends_at:%H:%M} {session.town_name} {session.place}",
                    style.session_state_text(session.state),
                    *style.conflict_details(session.conflicts),
                ]
                QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            elif hit.day is not None and style.holiday_text(hit.day):
                QToolTip.showText(event.globalPos(), style.holiday_text(hit.day), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def drop_target(self) -> Hit | None:
        return self._drop_hit

    @staticmethod
    def inset(rect: QRect, margin: int) -> QRect:
        return rect.adjusted(margin, margin, -margin, -margin)

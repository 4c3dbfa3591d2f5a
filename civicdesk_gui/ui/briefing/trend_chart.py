"""Received vs closed per week or month (bars) and promise compliance (a line), drawn with QPainter.

Why not QtCharts: it lives in PySide6-Addons, a 59 MB wheel (153 MB installed: Qt3D, multimedia,
charts, graphs …) that the app would ship for two series of a dozen points; it brings in no WebEngine
(that is only its `webengine` extra), but this chart is ~150 lines of painting on the Essentials
wheel the app already has. A click on a bar lists its cases (received in, or closed in, that bucket).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

RECEIVED = QColor("#90a4ae")
CLOSED = QColor("#1565c0")
LINE = QColor("#2e7d32")
GRID = QColor("#e0e6e9")
TEXT = QColor("#455a64")


@dataclass(frozen=True)
class TrendBar:
    label: str  # the bucket, as the axis shows it
    received: int
    closed: int
    compliance: float | None  # 0..1, promise compliance of the bucket's cases
    tooltip: str = ""


class TrendChart(QWidget):
    bar_clicked = Signal(int, str)  # bucket index, "received" or "closed"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[TrendBar] = []
        self.legend = (self.tr("Received"), self.tr("Closed"), self.tr("Promise kept"))
        self.setMouseTracking(True)
        self.setMinimumHeight(210)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._hit: list[tuple[QRectF, int, str]] = []

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 230)

    def set_bars(self, bars: list[TrendBar]) -> None:
        self.bars = bars
        self.update()

    def _plot(self) -> QRectF:
        return QRectF(40, 26, max(10, self.width() - 84), max(10, self.height() - 52))

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
        painter.setFont(small)
        self._legend(painter)
        self._hit = []
        if not self.bars:
            painter.setPen(TEXT)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No cases in these weeks"))
            return
        top = max(max(b.received, b.closed) for b in self.bars) or 1
        step = _nice_step(top)
        top = step * (int(top / step) + 1)
        painter.setPen(QPen(GRID, 1))
        for tick in range(0, int(top) + 1, int(step)):
            y = plot.bottom() - plot.height() * tick / top
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(TEXT)
            painter.drawText(QRectF(0, y - 8, plot.left() - 4, 16), Qt.AlignmentFlag.AlignRight, f"{tick:,}")
            painter.setPen(QPen(GRID, 1))
        for percent in (0, 50, 100):  # the compliance axis on the right
            y = plot.bottom() - plot.height() * percent / 100
            painter.setPen(LINE)
            painter.drawText(
                QRectF(plot.right() + 4, y - 8, 40, 16), Qt.AlignmentFlag.AlignLeft, f"{percent}%"
            )
        slot = plot.width() / len(self.bars)
        width = max(2.0, slot * 0.32)
        line = QPainterPath()
        started = False
        for index, bar in enumerate(self.bars):
            x = plot.left() + slot * index + slot / 2
            for offset, value, colour, kind in (
                (-width, bar.received, RECEIVED, "received"),
                (0, bar.closed, CLOSED, "closed"),
            ):
                height = plot.height() * value / top
                rect = QRectF(x + offset, plot.bottom() - height, width, height)
                painter.fillRect(rect, colour)
                self._hit.append((QRectF(x + offset, plot.top(), width, plot.height()), index, kind))
            painter.setPen(TEXT)
            label_every = max(1, int(len(self.bars) / max(1, plot.width() / 56)))
            if index % label_every == 0:
                painter.drawText(
                    QRectF(x - slot, plot.bottom() + 2, slot * 2, 16),
                    Qt.AlignmentFlag.AlignHCenter,
                    bar.label,
                )
            if bar.compliance is not None:
                point = QPointF(x, plot.bottom() - plot.height() * bar.compliance)
                if started:
                    line.lineTo(point)
                else:
                    line.moveTo(point)
                    started = True
        painter.setPen(QPen(LINE, 2))
        painter.drawPath(line)

    def _legend(self, painter: QPainter) -> None:
        x = 40.0
        for text, colour in zip(self.legend, (RECEIVED, CLOSED, LINE), strict=True):
            painter.fillRect(QRectF(x, 8, 12, 10), colour)
            painter.setPen(TEXT)
            width = painter.fontMetrics().horizontalAdvance(text)
            painter.drawText(QRectF(x + 16, 4, width + 4, 18), Qt.AlignmentFlag.AlignVCenter, text)
            x += width + 36

    def _at(self, position: QPointF) -> tuple[int, str] | None:
        for rect, index, kind in self._hit:
            if rect.contains(position):
                return index, kind
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        found = self._at(event.position())
        if found is None:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(event.globalPosition().toPoint(), self.bars[found[0]].tooltip, self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        found = self._at(event.position())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.bar_clicked.emit(*found)


def _nice_step(top: float) -> float:
    """A round grid step giving 3–6 lines up to `top`."""
    raw = top / 4
    magnitude = 10 ** max(0, len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)

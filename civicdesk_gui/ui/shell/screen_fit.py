"""Windows that fit the screen they open on: at 125 % or 150 % scaling a 1366×768 laptop offers
911×512 logical pixels, and a dialog sized for a big monitor (or grown to its content) would hang
off the edge with its buttons out of reach. Each dialog calls `fit_on_screen(self)` last in its
constructor: its size is kept within the screen's available area (its layout then scrolls or
shrinks what can), never below its own minimum, and it is placed inside that area."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the window manager's title bar and frame (not known before the window is shown).
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The work area of the screen the widget (or its parent window) is on."""
    anchor = widget.parentWidget().window() if widget.parentWidget() is not None else widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(wanted: QSize, minimum: QSize, area: QRect) -> QSize:
    """`wanted`, shrunk to the area less the frame, never below `minimum`."""
    room = area.size() - FRAME_ALLOWANCE
    return QSize(
        max(minimum.width(), min(wanted.width(), room.width())),
        max(minimum.height(), min(wanted.height(), room.height())),
    )


def fit_on_screen(widget: QWidget, area: QRect | None = None) -> QSize:
    """Resize the window to fit `area` (default: its screen's available area); returns the size."""
    area = area if area is not None else available_area(widget)
    resized = widget.testAttribute(Qt.WidgetAttribute.WA_Resized)
    # QWidget.size through the class: a dialog may name a child of its own `size` (a length label).
    wanted = QWidget.size(widget) if resized else widget.sizeHint().expandedTo(widget.minimumSizeHint())
    minimum = widget.minimumSize()
    size = fitted_size(wanted, minimum, area)
    widget.resize(size)
    if widget.isVisible() or widget.testAttribute(Qt.WidgetAttribute.WA_Moved):
        frame = QRect(widget.pos(), size + FRAME_ALLOWANCE)
        widget.move(
            max(area.left(), min(frame.left(), area.right() - frame.width())),
            max(area.top(), min(frame.top(), area.bottom() - frame.height())),
        )
    return size

"""Keyboard focus helpers: where focus goes when a screen is shown, and the Tab chain as a list (what
the keyboard tests walk)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

MAX_CHAIN = 2000  # a screen has a few hundred widgets at most


def takes_tab_focus(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def first_focusable(container: QWidget) -> QWidget | None:
    """The first widget inside `container` that Tab would stop at."""
    widget = container.nextInFocusChain()
    for _ in range(MAX_CHAIN):
        if widget is None or widget is container:
            return None
        if container.isAncestorOf(widget) and takes_tab_focus(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_screen(screen: QWidget) -> None:
    """Put the keyboard inside a screen just shown: its own choice (`focus_entry()`), else its first
    control, so the screen's shortcuts (Ctrl+F, Ctrl+N…) work at once."""
    entry = getattr(screen, "focus_entry", None)
    target = entry() if callable(entry) else None
    if target is None or not takes_tab_focus(target):
        target = first_focusable(screen)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        screen.setFocus(Qt.FocusReason.OtherFocusReason)

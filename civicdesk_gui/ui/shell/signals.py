"""App-level change announcements: after a write, say *what* changed; each view decides whether
to refresh. Views never call each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataSignals(QObject):
    cases_changed = Signal(object)  # list of case ids, or None for "many"
    sessions_changed = Signal(object)
    letters_changed = Signal(object)
    settings_changed = Signal()
    open_case_requested = Signal(int)  # case id: any screen may ask to show a case
    letter_requested = Signal(int)  # case id: draft (or see) the case's mayor-signed letter


_bus: DataSignals | None = None


def bus() -> DataSignals:
    global _bus
    if _bus is None:
        _bus = DataSignals()
    return _bus

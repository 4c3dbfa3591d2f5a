"""App-level signals. `changed` is the one change notice: the runner (shell/ops.py) emits it after
every write with what the action said it changed; each view decides whether that touches what it
shows. The requests let one feature ask another for something without importing it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    changed = Signal(object, object)  # (Changes, initiator): emitted by shell/ops.py only
    status_message = Signal(str)  # a short line for the status bar ("Note saved")
    open_case_requested = Signal(int)  # case id: any screen may ask to show a case
    letter_requested = Signal(int)  # case id: draft (or see) the case's mayor-signed letter
    # (CaseFilter, title): show exactly these cases (a briefing figure); the Cases screen answers
    cases_filter_requested = Signal(object, str)
    sessions_requested = Signal(object)  # a date: show the sessions calendar at that day
    database_waiting = Signal(bool)  # a write waits for another desk's lock (True), or no longer (False)


_bus: AppSignals | None = None


def bus() -> AppSignals:
    global _bus
    if _bus is None:
        _bus = AppSignals()
    return _bus

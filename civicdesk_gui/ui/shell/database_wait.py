"""The status bar says "Waiting for another desk…" while a write waits for another desk's lock.

store/database.py's SQLite database tells its wait listeners when BEGIN IMMEDIATE finds the lock
taken and when the wait ends; this forwards that to the bus (`database_waiting`). A write on the GUI
thread blocks the event loop while it waits, so the main window repaints its status bar at once
instead of waiting for the loop (a background write's notice arrives through the queue)."""

from __future__ import annotations

import contextlib

from civicdesk_gui.store.database import add_wait_listener, remove_wait_listener
from civicdesk_gui.ui.shell.signals import bus


def _tell(waiting: bool) -> None:
    with contextlib.suppress(RuntimeError):  # at shutdown the bus may be gone already
        bus().database_waiting.emit(waiting)


def install() -> None:
    remove_wait_listener(_tell)
    add_wait_listener(_tell)


def uninstall() -> None:
    remove_wait_listener(_tell)

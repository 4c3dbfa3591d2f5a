"""Work that can take more than ~100 ms runs here, off the GUI thread, one DB connection per thread.

    job = run_in_background(fn, on_done=..., on_error=..., on_progress=...)

`fn(job)` runs in a pool thread; it may call `job.report(done, total, text)` and should stop early
when `job.cancelled` is true (raise `Cancelled` or return). Callbacks run on the GUI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from civicdesk_gui.store.database import database_proxy


class Cancelled(Exception):
    """Raised inside a job to stop it; the job reports neither done nor error."""


class Job:
    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._signals = _Signals()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self.cancelled:
            raise Cancelled()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)
    cancelled = Signal()


class JobTracker(QObject):
    """How many background jobs are running: the status bar shows it."""

    count_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._running: set[_Task] = set()

    def add(self, task: _Task) -> None:
        self._running.add(task)
        self.count_changed.emit(len(self._running))

    def remove(self, task: _Task) -> None:
        self._running.discard(task)
        self.count_changed.emit(len(self._running))

    @property
    def count(self) -> int:
        return len(self._running)


_tracker: JobTracker | None = None


def tracker() -> JobTracker:
    global _tracker
    if _tracker is None:
        _tracker = JobTracker()
    return _tracker


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Job], Any], job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.job = job

    def run(self) -> None:
        signals = self.job._signals
        try:
            with database_proxy.connection_context():
                result = self.fn(self.job)
        except Cancelled:
            signals.cancelled.emit()
        except Exception as exc:  # handed to the GUI thread, which decides how to show it
            signals.failed.emit(exc, traceback.format_exc())
        else:
            if self.job.cancelled:
                signals.cancelled.emit()
            else:
                signals.done.emit(result)


def run_in_background(
    fn: Callable[[Job], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception, str], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    job = Job()
    task = _Task(fn, job)
    signals = job._signals

    def finish() -> None:
        tracker().remove(task)

    signals.done.connect(on_done)
    signals.done.connect(finish)
    if on_error is None:
        from civicdesk_gui.ui.error_dialog import show_error

        def on_error(exc: Exception, tb: str) -> None:
            show_error(None, exc, tb)

    signals.failed.connect(on_error)
    signals.failed.connect(finish)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    if on_cancelled is not None:
        signals.cancelled.connect(on_cancelled)
    signals.cancelled.connect(finish)
    tracker().add(task)
    (pool or QThreadPool.globalInstance()).start(task)
    return job

"""Work that can take more than ~100 ms runs here, off the GUI thread, one DB connection per thread.

    job = run_in_background(fn, on_done=..., on_error=..., on_progress=...)

`fn(job)` runs in a pool thread; it may call `job.report(done, total, text)` and should stop early
when `job.cancelled` is true (raise `Cancelled` or return). Callbacks run on the GUI thread.

Quitting with a job still running is safe: on `aboutToQuit` every running job is cancelled and the
pools get a short while to finish; a worker that outlives its signal object stays silent.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, SignalInstance

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
        _emit(self._signals.progress, done, total, text)

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self.cancelled:
            raise Cancelled()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)
    cancelled = Signal()


def _emit(signal: SignalInstance, *args: Any) -> None:
    # At shutdown the signal object may already be gone (the app quit while this job ran): nobody is
    # left to hear the result, so the emit is dropped instead of raising in a pool thread.
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


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

    def running_jobs(self) -> list[Job]:
        return [task.job for task in self._running]

    def pools(self) -> set[QThreadPool]:
        return {task.pool for task in self._running}


_tracker: JobTracker | None = None


def tracker() -> JobTracker:
    global _tracker
    if _tracker is None:
        _tracker = JobTracker()
    return _tracker


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Job], Any], job: Job, pool: QThreadPool) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.job = job
        self.pool = pool

    def run(self) -> None:
        signals = self.job._signals
        # The context is taken on the database bound now, not on the proxy: after a restore the
        # proxy is bound to the reopened database while a cancelled job may still be ending, and
        # the proxy's context would then close the new database's connection stack, not its own.
        bound = database_proxy.obj
        try:
            with bound.connection_context() if bound is not None else contextlib.nullcontext():
                result = self.fn(self.job)
        except Cancelled:
            _emit(signals.cancelled)
        except Exception as exc:  # handed to the GUI thread, which decides how to show it
            _emit(signals.failed, exc, traceback.format_exc())
        else:
            if self.job.cancelled:
                _emit(signals.cancelled)
            else:
                _emit(signals.done, result)


SHUTDOWN_WAIT_MS = 3000
GUARD_PROPERTY = "civicdeskJobsGuarded"


def shutdown_jobs(timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
    """Cancel every running job and wait (at most `timeout_ms` per pool) for the workers to stop.

    True when all pools are idle. Connected to `aboutToQuit`, so no worker is still writing to the
    database or emitting into widgets while Python and Qt tear down."""
    running = tracker()
    for job in running.running_jobs():
        job.cancel()
    return all(pool.waitForDone(timeout_ms) for pool in running.pools())


def _guard_quit() -> None:
    # A property on the application itself, so a second QApplication (tests) is guarded too and
    # no Python global keeps the old one alive.
    app = QCoreApplication.instance()
    if app is not None and not app.property(GUARD_PROPERTY):
        app.aboutToQuit.connect(shutdown_jobs)
        app.setProperty(GUARD_PROPERTY, True)


def _while_alive(owner: QObject, callback: Callable | None) -> Callable | None:
    if callback is None:
        return None

    def call(*args):
        if shiboken6.isValid(owner):
            callback(*args)

    return call


def run_in_background(
    fn: Callable[[Job], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception, str], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> Job:
    """Run `fn` on the pool; its outcome reaches the callbacks on the GUI thread. With `owner` (the
    widget the callbacks draw into), an outcome that arrives after the owner was deleted — its window
    closed while the read ran — is dropped instead of touching a deleted C++ object."""
    _guard_quit()
    pool = pool or QThreadPool.globalInstance()
    job = Job()
    task = _Task(fn, job, pool)
    signals = job._signals
    if owner is not None:
        on_done, on_error, on_progress, on_cancelled = (
            _while_alive(owner, callback) for callback in (on_done, on_error, on_progress, on_cancelled)
        )

    def finish() -> None:
        tracker().remove(task)

    signals.done.connect(on_done)
    signals.done.connect(finish)
    if on_error is None:
        from civicdesk_gui.ui.shell.error_dialog import show_error

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
    pool.start(task)
    return job

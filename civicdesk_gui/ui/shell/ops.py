"""The one door from the screens to the actions (DESIGN.md §1; anki's CollectionOp is the model).

A feature's `ops.py` builds a `WriteOp` around one action call; the widget adds what it wants to
happen afterwards and runs it:

    ops.add_note(parent=self, actor=actor, case_id=7, text=text).success(self._saved).run()

The runner does the rest, the same way for every write:
- runs the work on the GUI thread (`run()`, for quick writes) or in the background helper
  (`run_in_background()`, with progress and Cancel);
- a stale write (`ConflictError`) goes to the op's conflict handler, or a dialog saying who saved first;
- a user-facing error (`CivicDeskError`) goes to the op's failure handler, or a calm message in the
  user's language; an environment error (disk, database unreachable) a calm message too;
  anything else is a bug and opens the copyable traceback dialog;
- on success it announces, once, `changed(changes, initiator)` with what the action said it changed,
  then shows the op's success message in the status bar and calls the success handlers.

Only this module emits change notices; views listen to `bus().changed` and refresh when a notice
touches what they show.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from civicdesk_gui.domain.changes import NOTHING, Changes
from civicdesk_gui.errors import CivicDeskError, ConflictError
from civicdesk_gui.store.database import database_proxy, is_postgres
from civicdesk_gui.store.notices import publish
from civicdesk_gui.ui.shell.background import Cancelled, Job, run_in_background
from civicdesk_gui.ui.shell.error_dialog import show_error, user_message
from civicdesk_gui.ui.shell.signals import bus

T = TypeVar("T")


def changes_of(result: Any) -> Changes:
    """What a write changed: the result is a Changes, or carries one as `.changes`."""
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    if isinstance(changes, Changes):
        return changes
    raise TypeError(f"{type(result).__name__} does not say what it changed (no .changes)")


@contextlib.contextmanager
def transaction_for_notice():
    """On PostgreSQL a quick write runs inside one outer transaction, so that its NOTIFY to the other
    desks is delivered exactly when (and only if) the action's work commits; the action's own
    transactions become savepoints in it. When the action raises, what its own transactions had
    committed before the error (a failed sign-in counted, say) is committed still — exactly as without
    the outer transaction — and no notice was sent. SQLite needs none (other desks poll data_version)."""
    if not is_postgres() or database_proxy.obj.is_closed():  # only the desk's open team database
        yield
        return
    outer = database_proxy.atomic()
    outer.__enter__()
    try:
        yield
    except BaseException:
        try:
            outer.__exit__(None, None, None)  # keep what the action's own transactions committed
        except Exception:  # noqa: BLE001 - the transaction was aborted: nothing of it stands
            with contextlib.suppress(Exception):
                database_proxy.obj.rollback()
        raise
    outer.__exit__(None, None, None)


def publish_quietly(changes: Changes) -> None:
    """A notice that cannot be sent (the server went away) does not undo what was written; the other
    desks then see it at their next refresh."""
    with contextlib.suppress(Exception):  # the write is done; a lost notice is not the user's error
        publish(changes)


def announce(changes: Changes, initiator: object | None) -> None:
    """Tell every view what changed. Called by the runner only (a test keeps it that way)."""
    if changes:
        bus().changed.emit(changes, initiator)


class WriteOp(Generic[T]):
    """One user action that writes. Build it in a feature's ops.py; run it from the widget."""

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Job], T],
        *,
        done_message: str = "",
        changes_if_cancelled: Changes = NOTHING,
    ) -> None:
        self.parent = parent
        self.work = work
        self.done_message = done_message
        # A long write that commits as it goes (one letter, one import batch at a time) has changed
        # something even when cancelled: the op says what, so the views still refresh.
        self.changes_if_cancelled = changes_if_cancelled
        self._initiator: object | None = parent
        self._on_success: list[Callable[[T], None]] = []
        self._on_failure: Callable[[CivicDeskError], None] | None = None
        self._on_conflict: Callable[[ConflictError], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._on_finished: list[Callable[[], None]] = []
        self.job: Job | None = None

    # ------------------------------------------------------------------ building

    def success(self, fn: Callable[[T], None]) -> WriteOp[T]:
        self._on_success.append(fn)
        return self

    def failure(self, fn: Callable[[CivicDeskError], None]) -> WriteOp[T]:
        """Show a user error in place (a form's message line) instead of the message box."""
        self._on_failure = fn
        return self

    def conflict(self, fn: Callable[[ConflictError], None]) -> WriteOp[T]:
        """Resolve a stale write in place (the case conflict dialog keeps the typed text)."""
        self._on_conflict = fn
        return self

    def cancelled(self, fn: Callable[[], None]) -> WriteOp[T]:
        self._on_cancelled = fn
        return self

    def progress(self, fn: Callable[[int, int, str], None]) -> WriteOp[T]:
        self._on_progress = fn
        return self

    def finally_(self, fn: Callable[[], None]) -> WriteOp[T]:
        """Runs after success, failure or cancel (re-enable a button, close a progress dialog)."""
        self._on_finished.append(fn)
        return self

    def initiator(self, value: object | None) -> WriteOp[T]:
        """Who asked (default: the parent widget); views may skip a reload of their own write."""
        self._initiator = value
        return self

    # ------------------------------------------------------------------ running

    def run(self) -> T | None:
        """Run on the GUI thread; the result, or None when it failed (already shown to the user)."""
        try:
            with transaction_for_notice():
                result = self.work(Job())
                changes = changes_of(result)
                publish(changes)  # other desks (PostgreSQL): delivered when this transaction commits
        except Exception as exc:
            self._failed(exc, traceback.format_exc())
            self._finish()
            return None
        self._succeeded(result, changes)
        self._finish()
        return result

    def run_in_background(self) -> Job:
        """Run in the background helper. A work that stops early on Cancel and returns what it did
        (an import's report) counts as done: its result says it was cut short, and what it wrote is
        announced. A work that raises Cancelled announces `changes_if_cancelled`."""
        finished: list[tuple[T, Changes]] = []

        def work(job: Job) -> tuple[T, Changes]:
            result = self.work(job)
            outcome = (result, changes_of(result))  # a result that does not say what it changed is a bug
            finished.append(outcome)
            # A batch commits as it goes: the other desks hear of it once it has returned.
            publish_quietly(outcome[1])
            return outcome

        def on_done(outcome: tuple[T, Changes]) -> None:
            self._succeeded(*outcome)
            self._finish()

        def on_error(exc: Exception, tb: str) -> None:
            self._failed(exc, tb)
            self._finish()

        def on_cancelled() -> None:
            if finished:  # returned normally after the Cancel: a partial result, reported as such
                on_done(finished[0])
                return
            announce(self.changes_if_cancelled, self._initiator)
            if self._on_cancelled is not None:
                self._on_cancelled()
            self._finish()

        self.job = run_in_background(
            work,
            on_done=on_done,
            on_error=on_error,
            on_progress=self._on_progress,
            on_cancelled=on_cancelled,
        )
        return self.job

    # ------------------------------------------------------------------ outcome

    def _succeeded(self, result: T, changes: Changes) -> None:
        announce(changes, self._initiator)
        if self.done_message:
            bus().status_message.emit(self.done_message)
        for fn in self._on_success:
            fn(result)

    def _failed(self, exc: Exception, tb: str) -> None:
        if isinstance(exc, Cancelled):  # cancelled inside a GUI-thread run: nothing to report
            if self._on_cancelled is not None:
                self._on_cancelled()
            return
        if isinstance(exc, ConflictError):
            if self._on_conflict is not None:
                self._on_conflict(exc)
            else:
                show_conflict(self.parent, exc)
            return
        if isinstance(exc, CivicDeskError) and self._on_failure is not None:
            self._on_failure(exc)
            return
        show_error(self.parent, exc, tb)  # calm for user and environment errors, traceback for bugs

    def _finish(self) -> None:
        for fn in self._on_finished:
            fn()


def show_conflict(parent: QWidget | None, error: ConflictError) -> None:
    """The generic answer to a stale write: who saved first, and that nothing of ours was written."""
    who = error.changed_by or QCoreApplication.translate("Ops", "another user")
    when = f"{error.changed_at:%Y-%m-%d %H:%M}" if error.changed_at else ""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Ops", "Changed by someone else"))
    if when:
        text = QCoreApplication.translate(
            "Ops", "{0} saved this at {1}, after you opened it. Nothing of yours was saved."
        ).format(who, when)
    else:
        text = QCoreApplication.translate(
            "Ops", "{0} saved this after you opened it. Nothing of yours was saved."
        ).format(who)
    box.setText(text)
    box.setInformativeText(user_message(error))
    box.exec()

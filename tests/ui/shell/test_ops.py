"""The runner: one announcement per successful write, and every kind of failure routed where it belongs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from civicdesk_gui.domain.changes import MANY, Changes
from civicdesk_gui.errors import ConflictError, ValidationError
from civicdesk_gui.ui.shell import ops as runner
from civicdesk_gui.ui.shell.background import Cancelled
from civicdesk_gui.ui.shell.ops import WriteOp, changes_of
from civicdesk_gui.ui.shell.signals import bus


@pytest.fixture
def heard():
    notices: list[tuple[Changes, object]] = []
    bus().changed.connect(lambda changes, initiator: notices.append((changes, initiator)))
    return notices


@pytest.fixture
def shown(monkeypatch):
    """What the runner would show in dialogs, instead of blocking the test."""
    seen: list[tuple[str, object]] = []
    monkeypatch.setattr(runner, "show_error", lambda parent, exc, tb=None: seen.append(("error", exc)))
    monkeypatch.setattr(runner, "show_conflict", lambda parent, exc: seen.append(("conflict", exc)))
    return seen


class Result:
    def __init__(self, changes: Changes) -> None:
        self.changes = changes


def test_success_announces_once_with_the_initiator_then_calls_success(qtbot, heard, shown):
    parent = QWidget()
    qtbot.addWidget(parent)
    order: list[str] = []
    bus().changed.connect(lambda *_: order.append("announced"))
    messages: list[str] = []
    bus().status_message.connect(messages.append)
    result = (
        WriteOp(parent, lambda _job: Result(Changes.of(cases=[3])), done_message="Saved")
        .success(lambda r: order.append("success"))
        .run()
    )
    assert isinstance(result, Result)
    assert heard == [(Changes.of(cases=[3]), parent)]
    assert order == ["announced", "success"]
    assert messages == ["Saved"]
    assert not shown


def test_a_result_must_say_what_it_changed(qtbot, shown):
    with pytest.raises(TypeError):
        changes_of(object())
    assert changes_of(Changes.of(letters=[1])) == Changes.of(letters=[1])
    # A write whose result does not say what it changed is a bug: the traceback dialog, no notice.
    assert WriteOp(None, lambda _job: 42).run() is None
    assert shown and shown[0][0] == "error" and isinstance(shown[0][1], TypeError)


def test_nothing_changed_is_not_announced(qtbot, heard, shown):
    WriteOp(None, lambda _job: Changes()).run()
    assert heard == []


def test_user_error_goes_to_the_failure_handler_or_a_calm_message(qtbot, heard, shown):
    def refuse(_job):
        raise ValidationError("The note is empty", field="text")

    caught: list[Exception] = []
    assert WriteOp(None, refuse).failure(caught.append).run() is None
    assert [type(e) for e in caught] == [ValidationError] and not shown and not heard
    WriteOp(None, refuse).run()
    assert [kind for kind, _ in shown] == ["error"]  # show_error: calm for user errors


def test_conflict_goes_to_its_handler_or_the_conflict_dialog(qtbot, heard, shown):
    def stale(_job):
        raise ConflictError("saved first", changed_by="박동료")

    caught: list[Exception] = []
    failures: list[Exception] = []
    WriteOp(None, stale).conflict(caught.append).failure(failures.append).run()
    assert len(caught) == 1 and not failures and not heard
    WriteOp(None, stale).run()
    assert [kind for kind, _ in shown] == ["conflict"]


def test_a_bug_opens_the_traceback_dialog_even_with_a_failure_handler(qtbot, shown):
    def broken(_job):
        raise KeyError("oops")

    failures: list[Exception] = []
    finished: list[bool] = []
    WriteOp(None, broken).failure(failures.append).finally_(lambda: finished.append(True)).run()
    assert not failures and [kind for kind, _ in shown] == ["error"] and finished == [True]


def test_the_generic_conflict_dialog_names_who_saved_first(qtbot, monkeypatch):
    import datetime as dt

    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    runner.show_conflict(
        None, ConflictError("x", changed_by="박동료", changed_at=dt.datetime(2026, 11, 3, 9, 30))
    )
    assert texts and "박동료" in texts[0] and "2026-11-03 09:30" in texts[0]


def test_background_run_reports_progress_and_announces_on_done(qtbot, sqlite_db, heard, shown):
    progress: list[tuple[int, int, str]] = []
    done: list[object] = []

    def work(job):
        for step in range(3):
            job.report(step + 1, 3, f"row {step + 1}")
        return Result(Changes.of(cases=MANY))

    op = WriteOp(None, work).progress(lambda *a: progress.append(a)).success(done.append)
    op.run_in_background()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert progress[-1] == (3, 3, "row 3")
    assert heard and heard[0][0].cases is MANY


def test_a_cancelled_background_write_announces_what_it_may_have_changed(qtbot, sqlite_db, heard, shown):
    import threading

    started = threading.Event()
    cancelled: list[bool] = []

    def work(job):
        started.set()
        while True:
            job.check()

    op = WriteOp(None, work, changes_if_cancelled=Changes.of(letters=MANY)).cancelled(
        lambda: cancelled.append(True)
    )
    job = op.run_in_background()
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert heard == [(Changes.of(letters=MANY), None)]
    assert not shown


def test_cancelled_on_the_gui_thread_reports_nothing(qtbot, heard, shown):
    def work(_job):
        raise Cancelled()

    cancelled: list[bool] = []
    assert WriteOp(None, work).cancelled(lambda: cancelled.append(True)).run() is None
    assert cancelled == [True] and not heard and not shown

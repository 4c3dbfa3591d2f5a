"""Background jobs at the edges: quitting while a job runs, and a worker outliving its signals."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QThreadPool

from civicdesk_gui.ui.shell.background import run_in_background, shutdown_jobs, tracker

ROOT = Path(__file__).resolve().parents[3]

QUIT_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from civicdesk_gui.store.opening import connect
    from civicdesk_gui.ui.app import create_application
    from civicdesk_gui.ui.shell.background import Cancelled, run_in_background

    app = create_application()
    connect(sys.argv[1])

    def slow(job):
        for step in range(100):
            time.sleep(0.05)
            job.report(step, 100, "working")
            try:
                job.check()
            except Cancelled:
                print(f"cancelled at step {step}", flush=True)
                raise
        print("ran to the end", flush=True)

    run_in_background(slow, on_done=print, on_progress=lambda *args: None)
    QTimer.singleShot(300, app.quit)
    app.exec()
    print("quit", flush=True)
    """
)


def test_quitting_with_a_running_job_cancels_it_quietly(tmp_path):
    script = tmp_path / "quit_with_job.py"
    script.write_text(QUIT_SCRIPT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(script), f"sqlite:///{tmp_path / 'quit.db'}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no "Signal source has been deleted", no Qt warning
    lines = result.stdout.splitlines()
    assert lines[-1] == "quit"
    # The job stopped when the app quit (about step 6), before quitting finished.
    assert lines[0].startswith("cancelled at step ")
    assert int(lines[0].rsplit(" ", 1)[1]) < 50


def test_shutdown_cancels_running_jobs_and_waits_for_them(qtbot, sqlite_db):
    started, seen_cancel = threading.Event(), threading.Event()

    def wait_for_cancel(job):
        started.set()
        while not job.cancelled:
            time.sleep(0.01)
        seen_cancel.set()

    cancelled = []
    run_in_background(wait_for_cancel, on_done=lambda _r: None, on_cancelled=lambda: cancelled.append(1))
    assert started.wait(5)
    assert shutdown_jobs(timeout_ms=5000)
    assert seen_cancel.is_set()
    qtbot.waitUntil(lambda: cancelled == [1] and tracker().count == 0, timeout=5000)


def test_a_worker_that_outlives_its_signals_stays_silent(qtbot, sqlite_db, capfd):
    release = threading.Event()

    def blocked(job):
        release.wait(5)
        job.report(1, 1, "late")
        return "late result"

    job = run_in_background(blocked, on_done=lambda _r: None)
    shiboken6.delete(job._signals)  # what teardown does to a job the app no longer holds
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    for task in [t for t in tracker()._running if t.job is job]:
        tracker().remove(task)  # its finish signal died with the signals object
    captured = capfd.readouterr()
    assert "Signal source has been deleted" not in captured.err
    assert "Error calling Python override" not in captured.err

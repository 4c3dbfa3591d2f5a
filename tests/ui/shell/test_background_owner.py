"""A background read whose window was closed meanwhile: its outcome is dropped, not drawn into a
deleted widget (the briefing's trend chart, when its window had gone before the year's read ended)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QLabel

from civicdesk_gui.ui.shell.background import run_in_background


def test_an_outcome_after_its_owner_was_deleted_is_dropped(qtbot):
    label = QLabel()
    release = threading.Event()
    reached = []

    def slow(_job):
        release.wait(10)
        return "figures"

    def done(text: str) -> None:
        reached.append(text)
        label.setText(text)  # would raise on a deleted label

    run_in_background(slow, on_done=done, owner=label)
    shiboken6.delete(label)
    release.set()
    qtbot.wait(500)  # the worker ends at once; its outcome is queued to this thread and delivered here
    assert reached == []


def test_an_outcome_reaches_a_living_owner(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    with qtbot.waitSignal(label.windowTitleChanged, timeout=5_000):
        run_in_background(lambda _job: "figures", on_done=label.setWindowTitle, owner=label)
    assert label.windowTitle() == "figures"

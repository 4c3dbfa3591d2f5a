"""Across screens: an action on one screen reaches every other screen through the one change notice.

Voiding a letter on the Letters screen writes the letter *and* a case history event, and puts the
case back on "awaiting a letter": the Cases screen's count and the open case's history follow.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.actions.letter_batch import issue_pending_letters
from civicdesk_gui.ui.cases.cases_screen import CasesScreen
from civicdesk_gui.ui.letters.letters_screen import LettersScreen
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.signals import bus
from tests.letter_helpers import make_letter_case


@pytest.fixture
def desk(qtbot, sqlite_db):
    actor = ensure_user("coordinator", display_name="김소통")
    context = AppContext(actor=actor, database=sqlite_db)
    case_id = make_letter_case(actor)
    issue_pending_letters([case_id], actor=actor)
    cases = CasesScreen(context)
    letters = LettersScreen(context)
    for widget in (cases, letters):
        qtbot.addWidget(widget)
        widget.resize(1300, 800)
        widget.show()
    qtbot.waitUntil(lambda: cases.views.count("awaiting_letter") is not None, timeout=5000)
    qtbot.waitUntil(lambda: letters.issued_model.rowCount() == 1, timeout=5000)
    cases.open_case(case_id)
    return cases, letters, case_id


def test_voiding_a_letter_updates_the_cases_count_and_the_open_case_history(qtbot, desk, monkeypatch):
    cases, letters, case_id = desk
    assert cases.views.count("awaiting_letter") == 0
    assert cases.detail.case_id == case_id
    history_before = cases.detail.timeline.timeline_model.rowCount()
    notices = []
    bus().changed.connect(lambda changes, initiator: notices.append((changes, initiator)))

    letters.issued_view.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("주소 오기로 반송", True))
    letters.void_selected()

    assert len(notices) == 1  # one notice, from the runner
    changes, initiator = notices[0]
    assert changes.touches_cases([case_id]) and changes.touches_letters()
    assert initiator is letters
    # The open case shows the void at once; the list's count follows from the background query.
    assert cases.detail.timeline.timeline_model.rowCount() == history_before + 1
    qtbot.waitUntil(lambda: cases.views.count("awaiting_letter") == 1, timeout=5000)
    qtbot.waitUntil(lambda: letters.awaiting_model.rowCount() == 1, timeout=5000)


def test_a_note_does_not_reload_the_letters_lists(qtbot, desk):
    cases, letters, case_id = desk
    reloads = []
    monkeypatch_reload = letters.reload
    letters.reload = lambda: (reloads.append(True), monkeypatch_reload())
    form = cases.detail.open_form("note")
    form.editor.setPlainText("담당자와 통화함")
    cases.detail.save_current_form()
    assert cases.detail.timeline.timeline_model.rowCount() >= 1
    assert reloads == []

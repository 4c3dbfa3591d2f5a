"""The letter workflow in Qt: preview loads, Issue issues, the screen lists and batches, the editor refuses."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.queries.letters import awaiting_case_ids, issued_letter_rows, letter_pdf
from civicdesk_gui.store.letter_models import Letter
from civicdesk_gui.ui.shell.context import AppContext
from tests.letter_helpers import make_letter_case


@pytest.fixture
def actor(sqlite_db):
    return ensure_user("tester", display_name="시험 사용자")


@pytest.fixture
def context(sqlite_db, actor):
    return AppContext(actor, sqlite_db)


@pytest.fixture
def no_popups(monkeypatch):
    """Collect what would be shown in modal boxes instead of blocking the test."""
    shown: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    for module in (
        "civicdesk_gui.ui.letters.letter_dialog",
        "civicdesk_gui.ui.letters.letter_template_editor",
        "civicdesk_gui.ui.letters.letters_screen",
        "civicdesk_gui.ui.shell.ops",  # the runner: every refused write without a handler of its own
    ):
        monkeypatch.setattr(f"{module}.show_error", lambda parent, exc, tb=None: shown.append(str(exc)))
    monkeypatch.setattr(
        "civicdesk_gui.ui.shell.ops.show_conflict", lambda parent, exc: shown.append(str(exc))
    )
    return shown


def test_letter_dialog_previews_then_issues(qtbot, context, no_popups, monkeypatch):
    from civicdesk_gui.ui.letters.letter_dialog import LetterDialog, open_letter_workflow

    case_id = make_letter_case(context.actor)
    dialog = open_letter_workflow(context, case_id)
    assert isinstance(dialog, LetterDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview.page_count() == 1, timeout=10_000)
    assert "2026-000001" in dialog.subject.text()
    assert "김영희" in dialog.body.toPlainText()
    assert dialog.preview.document.getAllText(0).text().count("발급 시 부여") == 1  # a draft, not issued

    dialog.body.setPlainText(dialog.body.toPlainText() + "\n6. 담당자가 현장을 다시 확인하였습니다.")
    monkeypatch.setattr(dialog, "_confirm_issue", lambda: True)
    with qtbot.waitSignal(dialog.issued, timeout=15_000) as blocker:
        dialog.issue_button.click()
    letter_id = blocker.args[0]
    number, data = letter_pdf(letter_id)
    assert number == "도로관리과-1"
    assert "현장을다시확인하였습니다" in "".join(
        PdfReader(__import__("io").BytesIO(data)).pages[0].extract_text().split()
    )
    assert dialog.preview.data == data and dialog.preview.page_count() == 1
    assert not dialog.issue_button.isVisible() or dialog.isHidden()
    assert awaiting_case_ids() == []
    assert not no_popups


def test_reopening_an_issued_case_shows_the_stored_letter_and_correction_voids_it(
    qtbot, context, no_popups, monkeypatch
):
    from civicdesk_gui.actions.letter_batch import issue_pending_letters
    from civicdesk_gui.ui.letters import letter_dialog as module
    from civicdesk_gui.ui.letters.letter_dialog import LetterDialog

    case_id = make_letter_case(context.actor)
    first = issue_pending_letters([case_id], actor=context.actor).issued[0]
    dialog = LetterDialog(context, case_id)
    qtbot.addWidget(dialog)
    assert dialog.letter_id == first.letter_id
    assert dialog.preview.data == first.pdf
    monkeypatch.setattr(module.QInputDialog, "getText", lambda *a, **k: ("주소 오기", True))
    dialog._correct()
    assert dialog.replaces_id == first.letter_id and dialog.letter_id is None
    monkeypatch.setattr(dialog, "_confirm_issue", lambda: True)
    with qtbot.waitSignal(dialog.issued, timeout=15_000):
        dialog.issue()
    assert Letter.get_by_id(first.letter_id).voided_at is not None
    assert [r.register_number for r in issued_letter_rows()] == ["도로관리과-2", "도로관리과-1"]


def test_letters_screen_lists_and_batch_issues(qtbot, qtmodeltester, context, no_popups, tmp_path):
    from civicdesk_gui.ui.letters.letter_batch import LetterBatch
    from civicdesk_gui.ui.letters.letters_screen import LettersScreen

    ids = [make_letter_case(context.actor, name=f"주민{i}") for i in range(3)]
    screen = LettersScreen(context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.awaiting_model.rowCount() == 3, timeout=10_000)
    qtmodeltester.check(screen.awaiting_model)
    screen.awaiting_view.selectAll()
    assert screen.selected_case_ids() == ids

    batch = LetterBatch(context, screen.selected_case_ids(), tmp_path, "ko", screen)
    with qtbot.waitSignal(batch.finished, timeout=30_000) as blocker:
        batch.start()
    result, combined, paths = blocker.args
    assert [letter.register_number for letter in result.issued] == [
        "도로관리과-1",
        "도로관리과-2",
        "도로관리과-3",
    ]
    assert len(paths) == 3 and len(PdfReader(str(combined)).pages) == 3
    qtbot.waitUntil(lambda: screen.issued_model.rowCount() == 3 and screen.awaiting_model.rowCount() == 0)
    qtmodeltester.check(screen.issued_model)


def test_template_editor_refuses_unknown_placeholder_and_saves_a_good_one(qtbot, admin_context, no_popups):
    context = admin_context  # templates are the administrator's
    from civicdesk_gui.queries.letters import current_template
    from civicdesk_gui.ui.letters.letter_template_editor import LetterTemplateEditor

    editor = LetterTemplateEditor(context)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.preview.page_count() >= 1, timeout=10_000)
    editor.body.setPlainText("1. {resident_name} 님, {signature_of_mayor}")
    assert "{signature_of_mayor}" in editor.problem.text()
    assert editor.save() is False
    assert any("{signature_of_mayor}" in text for text in no_popups)
    assert current_template("long_term_review", "ko")[1] == 0
    editor.body.setPlainText("1. {resident_name} 님, 검토 결과를 알려 드립니다.")
    assert editor.problem.text() == ""
    assert editor.save() is True
    assert (
        current_template("long_term_review", "ko")[0].body
        == "1. {resident_name} 님, 검토 결과를 알려 드립니다."
    )


def test_city_settings_page_saves_to_the_database(qtbot, admin_context, no_popups):
    context = admin_context  # the letterhead is the administrator's
    from civicdesk_gui.queries.letters import current_city_settings
    from civicdesk_gui.ui.screens import build_settings_screen

    screen = build_settings_screen(context)
    qtbot.addWidget(screen)
    page = screen.page("city")
    assert page.fields["city.mayor_title"].text() == "파주시장"
    page.fields["city.name"].setText("고양시")
    page.fields["city.mayor_title"].setText("고양시장")
    assert page.save() is True
    assert current_city_settings().mayor_title == "고양시장"
    page.fields["city.mayor_title"].setText("  ")
    assert page.save() is False
    assert current_city_settings().mayor_title == "고양시장"


def test_printing_renders_every_page_through_qprinter(qtbot, context, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from civicdesk_gui.actions.letter_batch import issue_pending_letters
    from civicdesk_gui.ui.letters.letter_printing import render_to_printer

    issued = issue_pending_letters([make_letter_case(context.actor)], actor=context.actor).issued[0]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert render_to_printer(issued.pdf, printer) == 1
    printed = PdfReader(str(target))
    assert len(printed.pages) == 1
    assert len(printed.pages[0].images) == 1  # the page went to the printer as one rendered image


def test_cancelled_ui_batch_leaves_whole_letters_only(qtbot, context, no_popups, tmp_path):
    import hashlib

    from civicdesk_gui.ui.letters.letter_batch import LetterBatch

    ids = [make_letter_case(context.actor, name=f"주민{i}") for i in range(6)]
    batch = LetterBatch(context, ids, tmp_path, "ko", None)
    batch.start()
    batch.progress.canceled.emit()  # the user presses Cancel at once
    qtbot.waitUntil(lambda: batch.progress is None, timeout=30_000)
    letters = list(Letter.select())
    assert len(letters) < len(ids)
    for letter in letters:
        assert letter.sha256 == hashlib.sha256(bytes(letter.pdf)).hexdigest()
    assert len(awaiting_case_ids()) == len(ids) - len(letters)
    assert any("Cancelled" in text for text in no_popups)

"""File > Back up now… and Restore…, the Backups settings page, the day's automatic backup at start,
a damaged database at start, and the status bar while a write waits for another desk."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest
import shiboken6

from civicdesk_gui.errors import DatabaseDamagedError
from civicdesk_gui.store import database
from civicdesk_gui.store.models import Case
from civicdesk_gui.ui.shell.signals import bus
from tests.db_files import damage, quick_check, row_count


@pytest.fixture(autouse=True)
def own_user_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def signed_in_without_a_dialog(monkeypatch):
    """Each opening signs in again (a restored database may hold other users); here as the
    administrator of the database just opened (who may restore), without the modal sign-in dialog."""
    from civicdesk_gui.actions.actor import ensure_user

    monkeypatch.setattr(
        "civicdesk_gui.ui.users.sign_in.sign_in_at_start",
        lambda database, parent=None: ensure_user("admin", display_name="정관리", role="admin"),
    )


@pytest.fixture
def told(monkeypatch):
    """What the backup commands tell and ask, instead of modal boxes."""
    shown: list[str] = []
    monkeypatch.setattr(
        "civicdesk_gui.ui.backups.backup_commands.tell", lambda parent, title, text: shown.append(text)
    )
    monkeypatch.setattr(
        "civicdesk_gui.ui.shell.ops.show_error", lambda parent, exc, tb=None: shown.append(f"ERROR {exc}")
    )
    return shown


@pytest.fixture
def cases(desk_actor):
    from civicdesk_gui.actions.cases import intake_case

    return [intake_case(channel="text", text=f"가로등 고장 {i}", actor=desk_actor).case_id for i in range(5)]


def _commands(qtbot, context):
    from PySide6.QtWidgets import QWidget

    from civicdesk_gui.ui.backups.backup_commands import BackupCommands

    parent = QWidget()
    qtbot.addWidget(parent)
    return BackupCommands(context, parent)


def test_back_up_now_writes_a_checked_copy_and_says_where(qtbot, context, cases, told, tmp_path):
    commands = _commands(qtbot, context)
    dest = tmp_path / "copy.db"
    job = commands.back_up_now(dest)
    assert job is not None
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert told[0].startswith(f"Backup saved: {dest}\n") and "integrity was checked" in told[0]
    assert quick_check(dest) == "ok" and row_count(dest, "case") == 5
    qtbot.waitUntil(lambda: commands.progress is None)


def test_a_coordinator_may_not_restore(qtbot, context, cases, told, tmp_path, monkeypatch):
    from civicdesk_gui.store.backups import backup_database

    copy = backup_database(context.database, tmp_path / "copy.db").path
    monkeypatch.setattr("civicdesk_gui.ui.backups.backup_commands.ask", lambda parent, title, text: True)
    commands = _commands(qtbot, context)
    commands.restore(copy)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert told[0].startswith("ERROR") and "restore the database from a backup" in told[0], told


def test_restore_asks_first_and_reopens(qtbot, admin_context, cases, told, tmp_path, monkeypatch):
    context = admin_context
    from civicdesk_gui.store.backups import backup_database

    copy = backup_database(context.database, tmp_path / "copy.db").path
    from civicdesk_gui.actions.cases import intake_case

    for i in range(2):  # after the backup: what the restore replaces (cases are never deleted)
        intake_case(channel="text", text=f"백업 뒤 접수 {i}", actor=context.actor)
    questions: list[str] = []
    monkeypatch.setattr(
        "civicdesk_gui.ui.backups.backup_commands.ask",
        lambda parent, title, text: questions.append(text) or False,
    )
    commands = _commands(qtbot, context)
    assert commands.restore(copy) is None  # No: nothing happens
    assert "Everything saved after that backup is replaced" in questions[0]
    monkeypatch.setattr("civicdesk_gui.ui.backups.backup_commands.ask", lambda parent, title, text: True)
    with qtbot.waitSignal(commands.restored, timeout=30_000, raising=False) as blocker:
        commands.restore(copy)
    assert blocker.signal_triggered, told
    assert "The database was restored from" in told[0] and "kept as" in told[0]
    assert row_count(context.database.path, "case") == 5


def test_the_main_window_opens_the_database_again_after_a_restore(
    qtbot, context, cases, told, tmp_path, monkeypatch
):
    from civicdesk_gui.store.backups import backup_database
    from civicdesk_gui.ui.app import Desk

    copy = backup_database(context.database, tmp_path / "copy.db").path
    database.close()
    errors: list[str] = []
    monkeypatch.setattr(
        "civicdesk_gui.ui.shell.error_dialog.show_error",
        lambda parent, exc, tb=None: errors.append(tb or repr(exc)),
    )
    desk = Desk(context.database.url)
    assert desk.open()
    first = desk.window
    qtbot.waitUntil(
        lambda: (context.database.path.parent / "backups").is_dir(), timeout=30_000
    )  # today's copy
    monkeypatch.setattr("civicdesk_gui.ui.backups.backup_commands.ask", lambda parent, title, text: True)
    first.backups.restore(copy)
    qtbot.waitUntil(lambda: desk.window is not first, timeout=30_000)
    qtbot.addWidget(desk.window)
    assert desk.window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=30_000)  # gone once its jobs ended
    assert Case.select().count() == 5
    assert not errors, errors


def test_a_day_s_first_start_makes_the_daily_copy(qtbot, context, cases):
    commands = _commands(qtbot, context)
    with qtbot.waitSignal(commands.daily_done, timeout=30_000) as blocker:
        commands.start_daily_backup()
    made = blocker.args[0]
    assert made.endswith(f"civicdesk-daily-{dt.date.today():%Y-%m-%d}.db") and quick_check(made) == "ok"
    with qtbot.waitSignal(commands.daily_done, timeout=30_000) as again:
        commands.start_daily_backup()
    assert again.args[0] == ""  # once a day


def test_the_backups_settings_page_saves_how_many_copies_are_kept(qtbot, context):
    from civicdesk_gui.queries.settings import office_setting
    from civicdesk_gui.ui.screens import build_settings_screen

    screen = build_settings_screen(context)
    qtbot.addWidget(screen)
    page = screen.page("backups")
    assert page.keep.value() == 7  # the declared default
    assert str(context.database.path.parent / "backups") in page.where.text()
    page.keep.setValue(30)
    with qtbot.waitSignal(bus().changed, timeout=1000):
        assert page.save()
    assert office_setting("backups.keep_daily") == 30 and "30" in page.status.text()


def test_a_damaged_database_at_start_offers_its_latest_backup(qtbot, context, cases, monkeypatch, qapp):
    from civicdesk_gui.store.backups import daily_backup
    from civicdesk_gui.ui import app

    path = context.database.path
    database.close()
    daily_backup(path, keep=7)
    sqlite3.connect(str(path)).close()
    damage(path, first_page=3, pages=10)
    shown: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(app, "offer_restore", lambda message: shown.append(message) or False)
    assert app.open_context(context.database.url) is None
    assert "is damaged" in shown[0] and "daily" in shown[0]
    monkeypatch.setattr(app, "offer_restore", lambda message: True)
    restored = app.open_context(context.database.url)
    assert restored is not None and Case.select().count() == 5
    database.close()


def test_the_status_bar_says_when_a_write_waits_for_another_desk(qtbot, context, cases):
    from civicdesk_gui.ui.cases import ops
    from civicdesk_gui.ui.main_window import MainWindow
    from civicdesk_gui.ui.shell import database_wait

    window = MainWindow(context)
    qtbot.addWidget(window)
    database_wait.install()
    seen: list[str] = []
    bus().database_waiting.connect(lambda waiting: seen.append(window.statusBar().currentMessage()))
    other = sqlite3.connect(str(context.database.path), isolation_level=None, check_same_thread=False)
    try:
        other.execute("BEGIN IMMEDIATE")  # another desk is saving
        threading.Timer(1.0, lambda: other.execute("COMMIT")).start()
        result = ops.add_note(
            parent=window, actor=context.actor, case_id=cases[0], text="기다렸다가 저장", title="2026-000001"
        ).run()
    finally:
        database_wait.uninstall()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    other.close()
    assert result is not None
    assert seen == ["Waiting for another desk to finish saving…", ""]


def test_a_batch_failure_is_said_in_korean(korean, context, desk_actor, tmp_path):
    from civicdesk_gui.actions.letter_batch import issue_pending_letters
    from civicdesk_gui.ui.letters.letter_batch import report_text
    from tests.letter_helpers import make_letter_case

    good = make_letter_case(desk_actor)
    bad = make_letter_case(desk_actor, name="부서 없음")
    Case.update(department=None).where(Case.id == bad).execute()
    result = issue_pending_letters([bad, good], actor=desk_actor, folder=tmp_path / "out")
    text = report_text(result, result.paths)
    assert "2026-000002:" in text
    assert "department" not in text.lower() and "부서" in text  # the failure in the desk's language


def test_a_big_damaged_database_is_checked_after_the_window_shows_and_offers_its_backup(
    qtbot, context, cases, monkeypatch, qapp
):
    """Above CHECK_AT_OPEN_BYTES (here: any size) the desk opens without waiting for quick_check,
    which runs beside the first screen; a damaged file then stops the desk and offers its latest
    backup, and the desk opens again on the restored file."""
    from civicdesk_gui.store import opening
    from civicdesk_gui.store.backups import daily_backup
    from civicdesk_gui.ui import app

    path = context.database.path
    database.close()
    daily_backup(path, keep=7)
    sqlite3.connect(str(path)).close()
    damage(path, first_page=3, pages=10)
    monkeypatch.setattr(opening, "CHECK_AT_OPEN_BYTES", 0)
    with pytest.raises(DatabaseDamagedError):  # a reader that does not ask to defer refuses it at once
        opening.connect(context.database.url)
    offered: list[str] = []
    monkeypatch.setattr(app, "offer_restore", lambda message: offered.append(message) or True)
    desk = app.Desk(context.database.url)
    assert desk.open()  # no waiting for the check
    first = desk.window
    qtbot.waitUntil(lambda: desk.window is not first, timeout=30_000)
    qtbot.addWidget(desk.window)
    assert "is damaged" in offered[0] and "daily" in offered[0]
    assert (not shiboken6.isValid(first) or not first.isVisible()) and desk.window.isVisible()
    assert Case.select().count() == 5 and quick_check(path) == "ok"
    # The restored file is checked in the background too, and found sound: the desk stays.
    qtbot.wait(500)
    assert desk.window.isVisible() and len(offered) == 1
    desk.window.retire()
    database.close()

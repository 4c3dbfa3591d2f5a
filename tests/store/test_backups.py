"""Backups and restores on real files and the real PostgreSQL server: a SQLite copy made while a desk
writes is consistent, integrity-checked and counted; the daily copy is made once a day and only the
last N are kept; a restore refuses what is not a sound CivicDesk backup, keeps a copy of what it
replaces, and the result opens; the pre-upgrade copy checks room and never leaves a partial file."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import threading

import pytest

from civicdesk_gui.errors import DatabaseError, FileError
from civicdesk_gui.store import backups, database, migrations, opening, schema
from civicdesk_gui.store.models import Case
from civicdesk_gui.store.sqlite_copy import is_sqlite_file
from tests.db_files import damage, filled_sqlite, quick_check, row_count, set_version
from tests.fs_conditions import small_disk


@pytest.fixture(autouse=True)
def own_user_folder(tmp_path, monkeypatch):
    """The user data folder (the backups' second home) of this test alone."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return filled_sqlite(tmp_path_factory.mktemp("template") / "office.db", cases=400)


@pytest.fixture
def office(template, tmp_path):
    path = tmp_path / "office.db"
    shutil.copyfile(template, path)
    yield path
    database.close()


def _target(path):
    return database.parse_url(f"sqlite:///{path}")


def test_a_backup_is_checked_and_has_the_same_rows(office, tmp_path):
    result = backups.backup_database(_target(office), tmp_path / "copy.db")
    assert result.path == tmp_path / "copy.db" and result.backend == "sqlite"
    assert result.counts["case"] == 400 == row_count(result.path, "case")
    assert result.rows > 400 and result.size == result.path.stat().st_size
    assert quick_check(result.path) == "ok"
    with contextlib.closing(sqlite3.connect(str(result.path))) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".civicdesk-tmp")]


def test_a_backup_while_a_desk_writes_is_one_consistent_moment(office, tmp_path):
    """A writer adds notes while the copy is made: the copy's counts are the counts of one snapshot
    (the check compares them table by table), and the copy is sound."""
    opening.connect(f"sqlite:///{office}")
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.cases import add_note

    actor = ensure_user("writer")
    case_id = Case.select(Case.id).first().id
    database.close()
    stop = threading.Event()
    written = []

    def write() -> None:
        opening.connect(f"sqlite:///{office}", migrate=False, check=False)
        while not stop.is_set():
            add_note(case_id=case_id, text=f"메모 {len(written)}", actor=actor)
            written.append(1)
        database.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        for i in range(3):
            result = backups.backup_database(_target(office), tmp_path / f"copy{i}.db")
            assert quick_check(result.path) == "ok"
            assert row_count(result.path, "case_event") == result.counts["case_event"]
    finally:
        stop.set()
        writer.join()
    assert written  # the desk kept writing throughout


def test_the_database_itself_is_not_a_backup_file(office):
    with pytest.raises(FileError) as caught:
        backups.backup_database(_target(office), office)
    assert caught.value.code == "backup.same_file"


def test_no_room_means_no_partial_backup(office, tmp_path):
    with small_disk(tmp_path / "disk", "1m") as disk:
        with pytest.raises(FileError) as caught:
            backups.backup_database(_target(office), disk / "copy.db")
        assert caught.value.code == "folder.no_room"
        assert os.listdir(disk) == []


def test_the_daily_backup_is_made_once_a_day_and_the_last_n_kept(office):
    days = [dt.date(2026, 11, d) for d in range(1, 11)]
    made = [backups.daily_backup(office, keep=3, today=day) for day in days]
    assert all(made)
    assert backups.daily_backup(office, keep=3, today=days[-1]) is None  # the day's first start only
    folder = office.parent / "backups"
    assert sorted(p.name for p in folder.iterdir()) == [
        "office-daily-2026-11-08.db",
        "office-daily-2026-11-09.db",
        "office-daily-2026-11-10.db",
    ]
    assert backups.latest_backup(office) == folder / "office-daily-2026-11-10.db"
    assert backups.daily_backup(office, keep=0, today=dt.date(2026, 11, 11)) is None  # switched off


def test_the_daily_backup_goes_to_the_user_folder_when_the_database_folder_takes_none(tmp_path, template):
    # A database whose folder cannot hold backups/ (here a file already has that name; on a desk, a
    # read-only share): the copies go to the user data folder.
    path = tmp_path / "office.db"
    shutil.copyfile(template, path)
    (tmp_path / "backups").write_text("a file, not a folder", encoding="utf-8")
    made = backups.daily_backup(path, keep=2, today=dt.date(2026, 11, 30))
    assert made is not None and made.parent == backups.candidate_folders(path)[1]
    assert str(made).startswith(str(tmp_path / "data"))
    assert backups.latest_backup(path) == made


def test_restore_puts_the_backup_back_and_keeps_what_it_replaced(office, tmp_path):
    copy = backups.backup_database(_target(office), tmp_path / "copy.db").path
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.cases import intake_case

    opening.connect(f"sqlite:///{office}")
    actor = ensure_user("tester")
    for i in range(3):  # cases are never deleted: what came after the backup is what restoring replaces
        intake_case(channel="text", text=f"백업 뒤 접수 {i}", actor=actor)
    database.close()
    assert row_count(office, "case") == 403
    result = backups.restore_database(copy, _target(office))
    assert result.version == schema.latest_version() and result.counts["case"] == 400
    assert result.kept is not None and result.kept.parent == office.parent / "backups"
    assert row_count(result.kept, "case") == 403  # what it replaced, kept
    opening.connect(f"sqlite:///{office}")
    assert Case.select().count() == 400
    database.close()


def test_restore_replaces_a_damaged_database_keeping_its_bytes(office, tmp_path):
    copy = backups.backup_database(_target(office), tmp_path / "copy.db").path
    damage(office)
    damaged_bytes = office.read_bytes()
    result = backups.restore_database(copy, _target(office))
    assert result.kept is not None and result.kept.read_bytes() == damaged_bytes
    assert quick_check(office) == "ok" and row_count(office, "case") == 400


def test_restore_never_replaces_a_file_that_is_no_database(office, tmp_path):
    copy = backups.backup_database(_target(office), tmp_path / "copy.db").path
    office.write_bytes(b"\x00garbage" * 5000)  # --db named some other file
    with pytest.raises(DatabaseError) as caught:
        backups.restore_database(copy, _target(office))
    assert caught.value.code == "database.not_a_database"
    assert office.read_bytes() == b"\x00garbage" * 5000
    office.write_bytes(b"")  # an empty file is no one's data: replaced
    backups.restore_database(copy, _target(office))
    assert row_count(office, "case") == 400


def test_restore_refuses_what_is_not_a_sound_civicdesk_backup(office, tmp_path):
    before = office.read_bytes()
    text = tmp_path / "notes.db"
    text.write_text("not a database", encoding="utf-8")
    foreign = tmp_path / "ledger.db"
    with contextlib.closing(sqlite3.connect(str(foreign))) as conn, conn:
        conn.execute("CREATE TABLE entry (id INTEGER)")
    broken = backups.backup_database(_target(office), tmp_path / "broken.db").path
    damage(broken, first_page=4, pages=30)
    newer = backups.backup_database(_target(office), tmp_path / "newer.db").path
    set_version(newer, 99)
    for path, code in (
        (text, "backup.not_a_backup"),
        (foreign, "backup.not_civicdesk"),
        (broken, "backup.damaged"),
        (newer, "backup.too_new"),
    ):
        with pytest.raises(DatabaseError) as caught:
            backups.restore_database(path, _target(office))
        assert caught.value.code == code, path
        assert str(path) in str(caught.value)
    with pytest.raises(FileError):
        backups.restore_database(tmp_path, _target(office))
    assert office.read_bytes() == before  # nothing was touched
    assert not (office.parent / "backups").exists()  # nor a copy kept: nothing was replaced


def test_an_older_backup_is_upgraded_when_opened(office, tmp_path, monkeypatch):
    copy = backups.backup_database(_target(office), tmp_path / "copy.db").path
    latest = schema.latest_version()
    monkeypatch.setattr(migrations, "STEPS", {**migrations.STEPS, latest + 1: lambda db, m: None})
    opening.connect(f"sqlite:///{office}")  # the database is now one version ahead of the backup
    database.close()
    result = backups.restore_database(copy, _target(office))
    assert result.version == latest
    opening.connect(f"sqlite:///{office}")
    assert schema.current_version() == latest + 1
    database.close()


def test_the_pre_upgrade_copy_checks_room_and_leaves_no_partial_file(template, tmp_path):
    with small_disk(tmp_path / "disk", f"{template.stat().st_size // 1024 + 200}k") as disk:
        path = disk / "office.db"
        shutil.copyfile(template, path)
        with pytest.raises(DatabaseError) as caught:
            schema.backup_sqlite_file(path, 1)
        assert caught.value.code == "database.upgrade_no_room"
        assert sorted(os.listdir(disk)) == ["office.db"]  # no empty, no partial copy


def test_latest_backup_ignores_leftovers_and_other_files(office):
    folder = office.parent / "backups"
    folder.mkdir()
    (folder / "office-notes.db").write_text("not sqlite", encoding="utf-8")
    (folder / ".office-daily-2026-11-30.db.123-abcd.civicdesk-tmp").write_bytes(b"SQLite format 3\x00")
    assert backups.latest_backup(office) is None
    made = backups.daily_backup(office, keep=1)
    assert backups.latest_backup(office) == made and is_sqlite_file(made)


# ------------------------------------------------------------------ PostgreSQL


@pytest.mark.postgres
def test_postgresql_backup_and_restore_through_pg_dump(pg_url, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.cases import intake_case

    target = opening.connect(pg_url)
    actor = ensure_user("tester")
    for i in range(5):
        intake_case(channel="text", text=f"가로등 고장 {i}", actor=actor)
    dump = backups.backup_database(target, tmp_path / "office.dump")
    assert dump.backend == "postgresql" and dump.size > 0
    intake_case(channel="text", text="백업 뒤 접수", actor=actor)  # replaced by the restore
    assert Case.select().count() == 6
    database.close()
    result = backups.restore_database(dump.path, target)
    assert result.version == schema.latest_version()
    assert result.kept is not None and result.kept.is_file()  # the database as it was, dumped first
    opening.connect(pg_url)
    assert Case.select().count() == 5
    database.close()


@pytest.mark.postgres
def test_postgresql_refuses_a_sqlite_backup_and_a_foreign_file(pg_url, office, tmp_path):
    target = opening.connect(pg_url)
    database.close()
    with pytest.raises(DatabaseError) as caught:
        backups.restore_database(office, target)
    assert caught.value.code == "backup.wrong_kind"
    junk = tmp_path / "junk.dump"
    junk.write_bytes(b"PGDMP but not really")
    with pytest.raises(DatabaseError) as caught:
        backups.restore_database(junk, target)
    assert caught.value.code == "backup.not_a_backup"


def test_missing_postgresql_tools_are_a_clear_message(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(backups, "Path", lambda *a: tmp_path / "nowhere")
    with pytest.raises(DatabaseError) as caught:
        backups.pg_tool("pg_dump")
    assert caught.value.code == "backup.no_pg_tool" and "pg_dump is not installed" in str(caught.value)

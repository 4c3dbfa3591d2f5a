"""SQLite write transactions begin IMMEDIATE (DESIGN.md §2), so a second desk waits for the lock under
the busy timeout instead of failing at once; the waiting is told (the GUI's status bar); a lock held
too long ends in a calm "busy" message; reads never wait for a writer; a full disk is said as such,
not hidden behind "cannot rollback"."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time

import peewee
import pytest

from civicdesk_gui.store import database, opening
from civicdesk_gui.store.database import DeskSqliteDatabase, add_wait_listener, remove_wait_listener
from civicdesk_gui.user_errors import user_error
from tests.fs_conditions import small_disk


def _read_then_write(db: peewee.Database, barrier: threading.Barrier, errors: list, done: list) -> None:
    """What an action does: read the counter, then write it, in one transaction."""
    try:
        with db.atomic():
            value = db.execute_sql("SELECT value FROM counter WHERE name = 't'").fetchone()[0]
            barrier.wait(timeout=10)  # both have read before either writes
            time.sleep(0.05)
            db.execute_sql("UPDATE counter SET value = ? WHERE name = 't'", (value + 1,))
        done.append(1)
    except (peewee.OperationalError, threading.BrokenBarrierError) as exc:
        errors.append(str(exc))
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.abort()
    finally:
        db.close()


def _two_desks(path, database_class) -> tuple[list, list, int]:
    with contextlib.closing(sqlite3.connect(str(path))) as conn, conn:
        conn.execute("PRAGMA journal_mode = wal")
        conn.execute("CREATE TABLE IF NOT EXISTS counter (name TEXT PRIMARY KEY, value INTEGER)")
        conn.execute("INSERT OR REPLACE INTO counter VALUES ('t', 0)")
    barrier = threading.Barrier(2)
    errors: list = []
    done: list = []
    desks = [database_class(str(path), pragmas=database.SQLITE_PRAGMAS, timeout=10) for _ in range(2)]
    threads = [threading.Thread(target=_read_then_write, args=(db, barrier, errors, done)) for db in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    with contextlib.closing(sqlite3.connect(str(path))) as conn:
        value = conn.execute("SELECT value FROM counter").fetchone()[0]
    return errors, done, value


def test_a_deferred_begin_fails_two_desks_at_once(tmp_path):
    """The trap the issue met (740 of 1,200 edits): both read, then one cannot write, timeout or not."""
    errors, done, _value = _two_desks(tmp_path / "plain.db", peewee.SqliteDatabase)
    assert any("locked" in e for e in errors) or len(done) < 2


def test_begin_immediate_makes_the_second_desk_wait_and_succeed(tmp_path):
    """With BEGIN IMMEDIATE the second desk waits at BEGIN (it cannot read before the first writes,
    so the barrier breaks for it and it starts over); no write is lost and none fails for the lock."""
    errors, done, value = _two_desks(tmp_path / "desk.db", DeskSqliteDatabase)
    assert not [e for e in errors if "locked" in e], errors
    assert value == len(done)  # every committed increment is there: no lost update


def test_peewee_atomic_goes_through_begin_immediate(sqlite_db):
    db = database.database_proxy.obj
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        with db.atomic():
            db.execute_sql("SELECT 1")
            with db.atomic():  # nested: a savepoint inside the same transaction
                db.execute_sql("SELECT 2")
    finally:
        db.connection().set_trace_callback(None)
    assert "BEGIN IMMEDIATE" in statements
    assert not [s for s in statements if s.strip().upper() == "BEGIN"]
    assert any(s.startswith("SAVEPOINT") for s in statements)


def test_reads_never_wait_for_a_writer(sqlite_db):
    from civicdesk_gui.queries.stats import compute_stats

    other = sqlite3.connect(str(sqlite_db.path), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another desk holds the write lock
        started = time.monotonic()
        compute_stats()
        assert time.monotonic() - started < 1.0
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_desk_waiting_for_the_lock_is_told_and_then_writes(sqlite_db):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.cases import intake_case

    actor = ensure_user("tester")
    told: list[bool] = []
    add_wait_listener(told.append)
    other = sqlite3.connect(str(sqlite_db.path), isolation_level=None, check_same_thread=False)
    try:
        other.execute("BEGIN IMMEDIATE")
        releaser = threading.Timer(1.0, lambda: other.execute("COMMIT"))
        releaser.start()
        started = time.monotonic()
        result = intake_case(channel="text", text="가로등이 꺼졌습니다", actor=actor)
        waited = time.monotonic() - started
        releaser.join()
    finally:
        remove_wait_listener(told.append)
        other.close()
    assert result.number.endswith("000001")
    assert told == [True, False] and waited >= 0.8


def test_a_lock_held_too_long_is_a_calm_busy_message(sqlite_db, monkeypatch):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.cases import intake_case

    actor = ensure_user("tester")
    monkeypatch.setattr(database, "WRITE_WAIT_SECONDS", 1)
    other = sqlite3.connect(str(sqlite_db.path), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(peewee.OperationalError) as caught:
            intake_case(channel="text", text="가로등이 꺼졌습니다", actor=actor)
    finally:
        other.execute("ROLLBACK")
        other.close()
    error = user_error(caught.value)
    assert error is not None and error.code == "database.busy"
    assert str(sqlite_db.path) in str(error)


def test_a_full_disk_is_said_as_such(tmp_path):
    """SQLite rolls back by itself on a full disk; the ROLLBACK that follows must not hide why."""
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.cases import intake_case

    with small_disk(tmp_path / "disk", "2m") as disk:
        opening.connect(f"sqlite:///{disk / 'office.db'}")
        actor = ensure_user("tester")
        ballast = disk / "ballast"
        with contextlib.suppress(OSError), open(ballast, "wb") as handle:
            while True:
                handle.write(b"\0" * 65536)
        with pytest.raises(peewee.PeeweeException) as caught:
            for i in range(200):
                intake_case(channel="text", text=f"가로등이 꺼졌습니다 {i} " + "가" * 3000, actor=actor)
        database.close()
        error = user_error(caught.value)
        assert error is not None and error.code == "database.disk_full", caught.value
        assert "cannot rollback" not in str(error)

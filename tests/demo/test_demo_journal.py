"""`civicdesk demo` on SQLite loads under a rollback journal instead of the write-ahead log
(store/bulk_load.fresh_file_journal). Killed halfway, it leaves a hot journal that the next opening
rolls back: the database is the empty one it was, sound, in WAL mode again, and a second run fills
it whole — never a file that looks whole but is not. With another connection on the file, the load
stays in WAL."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from civicdesk_gui.store import database, opening
from civicdesk_gui.store.models import Case, CaseEvent

ROOT = Path(__file__).resolve().parents[2]
CASES = 6000
NOW = "2026-11-18T11:00"


def _demo(db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "civicdesk_gui",
        "demo",
        "--db",
        f"sqlite:///{db}",
        "--cases",
        str(CASES),
        "--now",
        NOW,
        "--workers",
        "1",
    ]


def _env(work: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(work / "data")}


def _cases(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(str(db))) as conn:
        return conn.execute('SELECT COUNT(*) FROM "case"').fetchone()[0]


def test_a_demo_killed_during_its_load_leaves_the_empty_database_then_a_rerun_fills_it(tmp_path):
    db = tmp_path / "demo.db"
    journal = Path(f"{db}-journal")
    with open(tmp_path / "run.err", "wb") as err:
        proc = subprocess.Popen(
            _demo(db), cwd=ROOT, env=_env(tmp_path), stdout=subprocess.DEVNULL, stderr=err
        )
    deadline = time.monotonic() + 300
    # The rollback journal exists only while the load's transaction is open: kill inside it, once
    # some slices have gone in (the file has grown past its empty size).
    while not (journal.exists() and db.stat().st_size > 4 * 1024 * 1024):
        assert proc.poll() is None, (tmp_path / "run.err").read_text()[-500:]
        assert time.monotonic() < deadline, "the load never started"
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert journal.exists()  # killed mid-load: the hot journal is what undoes it

    with contextlib.closing(sqlite3.connect(str(db))) as conn:  # any opening rolls the load back
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute('SELECT COUNT(*) FROM "case"').fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM case_event").fetchone()[0] == 0
    assert not journal.exists()

    again = subprocess.run(
        _demo(db), cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=600
    )
    assert again.returncode == 0, again.stderr[-500:]
    assert _cases(db) == CASES
    opening.connect(f"sqlite:///{db}")
    try:
        db_obj = database.database_proxy.obj
        assert db_obj.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db_obj.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert Case.select().count() == CASES and CaseEvent.select().count() > CASES
    finally:
        database.close()
    assert not journal.exists()


def test_a_demo_into_a_file_another_connection_has_open_stays_in_wal(tmp_path):
    # WAL cannot be left while another connection reads the file: the load goes through the WAL,
    # without waiting for the reader, and the reader sees the whole load once it is committed.
    from civicdesk_gui.demo.generator import generate_demo

    db = tmp_path / "shared.db"
    opening.connect(f"sqlite:///{db}")
    try:
        with contextlib.closing(sqlite3.connect(str(db))) as reader:
            assert reader.execute('SELECT COUNT(*) FROM "case"').fetchone()[0] == 0
            started = time.monotonic()
            generate_demo(cases=300, now=dt.datetime(2026, 11, 18, 11, 0), workers=1)
            assert time.monotonic() - started < 60
            db_obj = database.database_proxy.obj
            assert db_obj.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert reader.execute('SELECT COUNT(*) FROM "case"').fetchone()[0] == 300
            assert reader.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            # The search index was rebuilt with a larger token buffer, set for the rebuild only.
            assert reader.execute("SELECT k FROM case_search_config").fetchall() == [("version",)]
            reader.execute("INSERT INTO case_search(case_search) VALUES ('integrity-check')")
        assert not Path(f"{db}-journal").exists()
    finally:
        database.close()

"""Schema versions: creation, refusal of a newer database, and the upgrade runner (backup, one
transaction per step, rollback on failure)."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from civicdesk_gui.errors import DatabaseError, SchemaTooNewError
from civicdesk_gui.store import database, migrations, opening, schema
from civicdesk_gui.store.models import MODELS, Channel, Department, SchemaVersion, Town


def _version_in_file(path) -> int:
    with contextlib.closing(sqlite3.connect(str(path))) as conn, conn:
        return conn.execute("SELECT version FROM schema_version").fetchone()[0]


def _with_steps(monkeypatch, *extra) -> int:
    """The real steps followed by `extra` (test steps); returns the version before the extra ones."""
    real = dict(migrations.STEPS)
    latest = max(real, default=1)
    steps = {**real, **{latest + offset: step for offset, step in enumerate(extra, start=1)}}
    monkeypatch.setattr(migrations, "STEPS", steps)
    return latest


def test_fresh_database_gets_the_latest_version_and_reference_data(any_db):
    assert schema.current_version() == schema.latest_version() == max(migrations.STEPS, default=1)
    tables = set(database.database_proxy.get_tables())
    assert {m._meta.table_name for m in MODELS} <= tables
    assert Town.select().count() == 20
    assert Department.select().count() == 20
    assert {c.code for c in Channel.select()} >= {"text", "mobile_office", "phone", "qr", "walk_in"}


def test_the_steps_are_numbered_without_gaps():
    assert sorted(migrations.STEPS) == list(range(2, schema.latest_version() + 1))


def test_a_gap_in_the_steps_stops_the_upgrade_before_any_step(sqlite_url, monkeypatch):
    opening.connect(sqlite_url)
    database.close()
    latest = max(migrations.STEPS)
    monkeypatch.setattr(migrations, "STEPS", {**migrations.STEPS, latest + 2: _add_table_step})
    with pytest.raises(DatabaseError) as caught:
        opening.connect(sqlite_url)
    assert f"missing for versions [{latest + 1}]" in str(caught.value)
    assert schema.current_version() == latest
    assert "survey_answer" not in database.database_proxy.get_tables()
    database.close()


def test_opening_again_keeps_the_version_and_adds_nothing(sqlite_url):
    opening.connect(sqlite_url)
    database.close()
    opening.connect(sqlite_url)
    assert SchemaVersion.select().count() == 1
    assert Town.select().count() == 20
    database.close()


def test_a_newer_database_is_refused(any_db):
    SchemaVersion.update(version=schema.latest_version() + 1).execute()
    with pytest.raises(SchemaTooNewError) as caught:
        schema.ensure_schema(any_db)
    message = str(caught.value)
    assert "newer" in message and str(schema.latest_version() + 1) in message


def test_a_newer_sqlite_file_is_refused_when_connecting(sqlite_url):
    opening.connect(sqlite_url)
    SchemaVersion.update(version=99).execute()
    database.close()
    with pytest.raises(SchemaTooNewError):
        opening.connect(sqlite_url)
    database.close()


def _add_table_step(db, migrator):
    db.execute_sql("CREATE TABLE survey_answer (id INTEGER PRIMARY KEY, score INTEGER)")


def _failing_step(db, migrator):
    db.execute_sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
    raise RuntimeError("disk on fire")


LATEST = max(migrations.STEPS)  # the real steps; the tests below add throwaway ones after them


def test_upgrade_backs_up_the_file_then_applies_the_step(sqlite_url, tmp_path, monkeypatch):
    opening.connect(sqlite_url)
    database.close()
    path = tmp_path / "civicdesk.db"
    before = _with_steps(monkeypatch, _add_table_step)
    opening.connect(sqlite_url)
    assert schema.current_version() == before + 1
    assert "survey_answer" in database.database_proxy.get_tables()
    database.close()
    backups = list(tmp_path.glob(f"civicdesk.v{before}-*.bak.db"))
    assert len(backups) == 1
    # The backup is the database as it was before the step: the version before, no new table.
    assert _version_in_file(backups[0]) == before
    with contextlib.closing(sqlite3.connect(str(backups[0]))) as conn, conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "survey_answer" not in tables and "case" in tables
    assert _version_in_file(path) == before + 1


def test_a_failing_step_rolls_back_and_keeps_the_old_version(sqlite_url, tmp_path, monkeypatch):
    opening.connect(sqlite_url)
    database.close()
    before = _with_steps(monkeypatch, _add_table_step, _failing_step)
    with pytest.raises(DatabaseError) as caught:
        opening.connect(sqlite_url)
    message = str(caught.value)
    assert "disk on fire" in message and f"stays at version {before + 1}" in message and ".bak" in message
    assert schema.current_version() == before + 1  # the first step committed, the second rolled back
    tables = database.database_proxy.get_tables()
    assert "survey_answer" in tables and "half_done" not in tables
    database.close()
    assert len(list(tmp_path.glob(f"civicdesk.v{before}-*.bak.db"))) == 1


@pytest.mark.postgres
def test_a_failing_step_rolls_back_on_postgresql(pg_db, monkeypatch):
    before = _with_steps(monkeypatch, _failing_step)
    with pytest.raises(DatabaseError):
        schema.ensure_schema(pg_db)
    assert schema.current_version() == before
    assert "half_done" not in database.database_proxy.get_tables()


def test_a_foreign_sqlite_file_is_not_taken_over(tmp_path):
    path = tmp_path / "other.db"
    with contextlib.closing(sqlite3.connect(str(path))) as conn, conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(DatabaseError) as caught:
        opening.connect(f"sqlite:///{path}")
    assert "not a CivicDesk database" in str(caught.value)
    with contextlib.closing(sqlite3.connect(str(path))) as conn, conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"}


def test_a_file_that_is_not_a_database_is_a_user_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 20, encoding="utf-8")
    with pytest.raises(DatabaseError) as caught:
        opening.connect(f"sqlite:///{path}")
    assert "not a database" in str(caught.value)

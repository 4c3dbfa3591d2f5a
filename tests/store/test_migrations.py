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


def test_fresh_database_gets_the_latest_version_and_reference_data(any_db):
    assert schema.current_version() == schema.latest_version() == max(migrations.STEPS, default=1)
    tables = set(database.database_proxy.get_tables())
    assert {m._meta.table_name for m in MODELS} <= tables
    assert Town.select().count() == 20
    assert Department.select().count() == 20
    assert {c.code for c in Channel.select()} >= {"text", "mobile_office", "phone", "qr", "walk_in"}


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


def test_upgrade_backs_up_the_file_then_applies_the_step(sqlite_url, tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "STEPS", {})  # a database at version 1, whatever steps exist now
    opening.connect(sqlite_url)
    database.close()
    path = tmp_path / "civicdesk.db"
    monkeypatch.setattr(migrations, "STEPS", {2: _add_table_step})
    opening.connect(sqlite_url)
    assert schema.current_version() == 2
    assert "survey_answer" in database.database_proxy.get_tables()
    database.close()
    backups = list(tmp_path.glob("civicdesk.v1-*.bak.db"))
    assert len(backups) == 1
    # The backup is the database as it was before the step: version 1, no new table.
    assert _version_in_file(backups[0]) == 1
    with contextlib.closing(sqlite3.connect(str(backups[0]))) as conn, conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "survey_answer" not in tables and "case" in tables
    assert _version_in_file(path) == 2


def test_a_failing_step_rolls_back_and_keeps_the_old_version(sqlite_url, tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "STEPS", {})
    opening.connect(sqlite_url)
    database.close()
    monkeypatch.setattr(migrations, "STEPS", {2: _add_table_step, 3: _failing_step})
    with pytest.raises(DatabaseError) as caught:
        opening.connect(sqlite_url)
    message = str(caught.value)
    assert "disk on fire" in message and "stays at version 2" in message and ".bak" in message
    assert schema.current_version() == 2  # step 2 committed, step 3 rolled back
    tables = database.database_proxy.get_tables()
    assert "survey_answer" in tables and "half_done" not in tables
    database.close()
    assert len(list(tmp_path.glob("civicdesk.v1-*.bak.db"))) == 1


@pytest.mark.postgres
def test_a_failing_step_rolls_back_on_postgresql(pg_db, monkeypatch):
    SchemaVersion.update(version=1).execute()
    monkeypatch.setattr(migrations, "STEPS", {2: _failing_step})
    with pytest.raises(DatabaseError):
        schema.ensure_schema(pg_db)
    assert schema.current_version() == 1
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

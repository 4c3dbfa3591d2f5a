"""A frozen version-1 database, upgraded by every step in store/migrations, equals a database the
current code creates (DESIGN.md §4). The fixtures are never regenerated: see fixtures/README.md."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import uuid
from pathlib import Path

import peewee
import psycopg
import pytest

from civicdesk_gui.store import database, migrations, opening, schema
from civicdesk_gui.store.rules import invalidate_rules
from tests.store.schema_snapshot import Snapshot, differences, normalised_sql, snapshot

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SQLITE_V1 = FIXTURES / "civicdesk_v1.db"
POSTGRES_V1 = FIXTURES / "civicdesk_v1_postgresql.sql"


def _schema_of(url: str) -> Snapshot:
    """Open `url` the way the app does (create or upgrade), then read its schema back."""
    invalidate_rules()
    opening.connect(url)
    try:
        return snapshot(database.database_proxy.obj)
    finally:
        database.close()
        invalidate_rules()


@contextlib.contextmanager
def _postgres_database(pg_url: str):
    """One more empty database on the test server (pg_url's server), dropped afterwards."""
    server = pg_url.rsplit("/", 1)[0]
    name = f"civicdesk_v1_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    try:
        yield f"{server}/{name}"
    finally:
        database.close()
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _fresh_and_upgraded(backend: str, tmp_path: Path, request) -> tuple[Snapshot, Snapshot]:
    """The schema the current code creates, and the frozen version 1 after ensure_schema."""
    if backend == "sqlite":
        upgraded = tmp_path / "upgraded.db"
        shutil.copyfile(SQLITE_V1, upgraded)
        return _schema_of(f"sqlite:///{tmp_path / 'fresh.db'}"), _schema_of(f"sqlite:///{upgraded}")
    fresh_url = request.getfixturevalue("pg_url")
    with _postgres_database(fresh_url) as upgraded_url:
        with psycopg.connect(upgraded_url) as conn:
            conn.execute(POSTGRES_V1.read_text(encoding="utf-8"))  # one transaction, committed on exit
        return _schema_of(fresh_url), _schema_of(upgraded_url)


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_frozen_version_1_upgraded_equals_a_fresh_schema(backend, tmp_path, request):
    fresh, upgraded = _fresh_and_upgraded(backend, tmp_path, request)
    assert fresh["version"] == {"schema_version": schema.latest_version()}
    assert len(fresh["columns"]) > 100 and len(fresh["indexes"]) > 30  # the snapshot sees the schema
    found = differences(fresh, upgraded)
    assert not found, (
        "The frozen version-1 database, upgraded by store/migrations.STEPS, differs from the schema the "
        "models create. Change the schema only through a new numbered step that does what the model change "
        "does (store/migrations/__init__.py).\n" + "\n".join(found)
    )


def _survey_step(db, migrator):
    """A throwaway version 2 that the models know nothing of: a column, an index and a trigger."""
    db.execute_sql('ALTER TABLE "case" ADD COLUMN survey_score INTEGER')
    db.execute_sql('CREATE INDEX case_survey_score ON "case" (survey_score) WHERE survey_score IS NOT NULL')
    if isinstance(db, peewee.PostgresqlDatabase):
        db.execute_sql(
            "CREATE FUNCTION case_survey_clamp() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN NEW.survey_score := least(NEW.survey_score, 5); RETURN NEW; END $$"
        )
        db.execute_sql(
            'CREATE TRIGGER case_survey_clamp BEFORE UPDATE ON "case" '
            "FOR EACH ROW EXECUTE FUNCTION case_survey_clamp()"
        )
    else:
        db.execute_sql(
            'CREATE TRIGGER case_survey_clamp AFTER UPDATE OF survey_score ON "case" '
            'BEGIN UPDATE "case" SET survey_score = 5 WHERE id = new.id AND new.survey_score > 5; END'
        )


# Made-up steps come after the real ones (the frozen version 1 gets every real step, then this one).
NEXT = max(migrations.STEPS, default=1) + 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_step_the_models_do_not_reflect_is_reported(backend, tmp_path, request, monkeypatch):
    following = max(migrations.STEPS, default=1) + 1
    monkeypatch.setattr(migrations, "STEPS", {**migrations.STEPS, following: _survey_step})
    fresh, upgraded = _fresh_and_upgraded(backend, tmp_path, request)
    assert fresh["version"] == upgraded["version"] == {"schema_version": following}
    report = "\n".join(differences(fresh, upgraded))
    assert "columns: case.survey_score only in the upgraded database" in report
    assert "indexes: case_survey_score only in the upgraded database" in report
    assert "triggers: case_survey_clamp only in the upgraded database" in report
    if backend == "postgresql":
        assert "functions: case_survey_clamp() only in the upgraded database" in report
    # Nothing else differs: the report names exactly what the step did.
    assert len(report.splitlines()) == (4 if backend == "postgresql" else 3), report


def test_a_changed_column_is_reported_with_both_sides():
    fresh = {"columns": {"case.summary": {"type": "VARCHAR(120)", "not null": True, "default": None}}}
    upgraded = {"columns": {"case.summary": {"type": "VARCHAR(120)", "not null": False, "default": None}}}
    (line,) = differences(fresh, upgraded)
    assert line.startswith("columns: case.summary differs")
    assert "'not null': True" in line and "'not null': False" in line


def test_sql_is_compared_without_quotes_case_or_spacing():
    assert normalised_sql('CREATE INDEX IF NOT EXISTS "a" ON "case" ( "x" )') == normalised_sql(
        "create index a on case (x)"
    )
    # ...but string literals are kept as written.
    assert normalised_sql("DEFAULT 'Received'") != normalised_sql("DEFAULT 'received'")


def test_the_frozen_sqlite_file_is_version_1_in_one_file():
    # Rollback journal, not WAL: the fixture is complete without -wal/-shm files beside it.
    with contextlib.closing(sqlite3.connect(f"file:{SQLITE_V1}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM town").fetchone()[0] == 20
        assert conn.execute('SELECT count(*) FROM "case"').fetchone()[0] == 0


def _add_survey_table(db, migrator):
    db.execute_sql("CREATE TABLE survey_answer (id INTEGER PRIMARY KEY, score INTEGER)")
    db.execute_sql("UPDATE town SET name = '문산읍(개편)' WHERE name = '문산읍'")


def test_upgrading_the_frozen_file_keeps_a_readable_version_1_copy(tmp_path, monkeypatch):
    path = tmp_path / "civicdesk.db"
    shutil.copyfile(SQLITE_V1, path)
    with contextlib.closing(sqlite3.connect(str(path))) as conn, conn:
        conn.execute("""INSERT INTO setting (key, value) VALUES ('city.name', '"고양시"')""")
    following = max(migrations.STEPS, default=1) + 1
    monkeypatch.setattr(migrations, "STEPS", {**migrations.STEPS, following: _add_survey_table})

    invalidate_rules()
    opening.connect(f"sqlite:///{path}")
    assert schema.current_version() == following
    database.close()

    (backup,) = tmp_path.glob("civicdesk.v1-*.bak.db")
    with contextlib.closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
        # The data as it was before the step: the desk's own row, the towns unchanged, no new table.
        assert conn.execute("SELECT value FROM setting WHERE key = 'city.name'").fetchone()[0] == '"고양시"'
        assert conn.execute("SELECT count(*) FROM town WHERE name = '문산읍'").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "survey_answer" not in tables and "case" in tables
    with contextlib.closing(sqlite3.connect(str(path))) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(following,)]
        assert conn.execute("SELECT count(*) FROM town WHERE name = '문산읍(개편)'").fetchone()[0] == 1

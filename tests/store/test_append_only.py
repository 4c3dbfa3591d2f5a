"""History that cannot be rewritten: the database itself refuses UPDATE and DELETE on case and
session history and on the audit log (TRUNCATE too on PostgreSQL), and DELETE on cases — through
the app's connection and through a raw sqlite3 / psycopg connection, as someone at a prompt would."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3

import peewee
import psycopg
import pytest

from civicdesk_gui.actions import audit, cases, sessions
from civicdesk_gui.store import database
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import AuditEvent, Case, CaseEvent, SessionEvent

STATEMENTS = [
    "UPDATE case_event SET body = 'rewritten'",
    "DELETE FROM case_event",
    "UPDATE session_event SET body = 'rewritten'",
    "DELETE FROM session_event",
    "UPDATE audit_event SET login = 'someone else'",
    "DELETE FROM audit_event",
    'DELETE FROM "case"',
]


def _make_history(actor) -> int:
    """A case with its history, a session with its history, and an audit event."""
    case_id = cases.intake_case(
        channel="text", text="가로등 고장", submitter_name="홍길동", actor=actor
    ).case_id
    cases.add_note(case_id=case_id, text="현장 확인", actor=actor)
    start = dt.datetime(2031, 5, 12, 14)
    sessions.schedule_session(
        starts_at=start, ends_at=start + dt.timedelta(hours=2), unit_type="town", actor=actor
    )
    audit.reveal_personal_data(case_id=case_id, actor=actor)
    return case_id


@pytest.fixture
def history(actor):
    return _make_history(actor)


def _tester():
    from civicdesk_gui.actions.actor import ensure_user

    return ensure_user("tester", display_name="시험 사용자")


def _counts() -> tuple[int, int, int, int]:
    return (
        Case.select().count(),
        CaseEvent.select().count(),
        SessionEvent.select().count(),
        AuditEvent.select().count(),
    )


def _bodies() -> list[str]:
    return [e.body for e in CaseEvent.select().order_by(CaseEvent.id)]


@pytest.mark.parametrize("statement", STATEMENTS)
def test_the_app_connection_is_refused(history, statement):
    before, bodies = _counts(), _bodies()
    with pytest.raises(peewee.IntegrityError) as refused, database_proxy.atomic():
        database_proxy.execute_sql(statement)
    assert "never deleted" in str(refused.value) or "append-only" in str(refused.value)
    assert _counts() == before and _bodies() == bodies


def test_a_raw_sqlite3_connection_is_refused(sqlite_db):
    history = _make_history(_tester())
    before, bodies = _counts(), _bodies()
    database.close()
    with contextlib.closing(sqlite3.connect(str(sqlite_db.path))) as conn:
        for statement in STATEMENTS:
            with pytest.raises(sqlite3.IntegrityError, match="append-only|never deleted"):
                conn.execute(statement)
            conn.rollback()
        # Without foreign keys switched on (sqlite3's default), the triggers still hold.
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute('DELETE FROM "case" WHERE id = ?', (history,))
    database_proxy.connect(reuse_if_open=True)
    assert _counts() == before and _bodies() == bodies


@pytest.mark.postgres
def test_a_raw_psycopg_connection_is_refused(pg_db):
    _make_history(_tester())
    before, bodies = _counts(), _bodies()
    with psycopg.connect(pg_db.url) as conn:
        for statement in [
            *STATEMENTS,
            "TRUNCATE case_event",
            "TRUNCATE audit_event",
            'TRUNCATE "case" CASCADE',
        ]:
            with pytest.raises(psycopg.errors.IntegrityConstraintViolation, match="refused"):
                conn.execute(statement)
            conn.rollback()
    assert _counts() == before and _bodies() == bodies


def test_deleting_a_case_is_refused_and_its_history_stays(history):
    before = _counts()
    with pytest.raises(peewee.IntegrityError), database_proxy.atomic():
        Case.get_by_id(history).delete_instance(recursive=True)
    assert _counts() == before
    # And the history's foreign key would refuse it as well (RESTRICT, never CASCADE).
    keys = (
        database_proxy.execute_sql(
            "SELECT confdeltype FROM pg_constraint WHERE conrelid = 'case_event'::regclass AND contype = 'f'"
        ).fetchall()
        if database.is_postgres()
        else [
            (row[6],) for row in database_proxy.execute_sql("PRAGMA foreign_key_list(case_event)").fetchall()
        ]
    )
    assert keys and all(rule in ("r", "RESTRICT") for (rule,) in keys)

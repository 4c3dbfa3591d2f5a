"""The gateway import's batch path against its row path, on both back ends: a batch written in a few
statements stores exactly what the same rows written one by one (intake_case in a savepoint each)
store — the cases, their intake events, the tallies and the search index — and a batch the database
refuses part of is redone row by row, the refused row alone rejected or counted a duplicate."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import peewee
import pytest

from civicdesk_gui.actions import case_import
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.actions.case_import import import_sms_file
from civicdesk_gui.store import bulk, database, opening, tallies
from civicdesk_gui.store.models import Case, CaseEvent
from civicdesk_gui.store.rules import invalidate_rules
from civicdesk_gui.store.search import FTS_TABLE, search_condition
from tests import conftest

HEADER = "수신일시,발신번호,성명,내용,읍면동"
STORED_MEANWHILE = 10  # the file's row (header = row 1) another desk stored: the middle of batch 2


def _rows() -> list[str]:
    rows = []
    for i in range(1, 13):
        phone = f"010-3000-{i:04d}" if i != 4 else "02-12"  # an invalid number is kept, flagged
        text = f"민원 {i}번: 가로등이 꺼졌어요" if i != 9 else "[QR P-0999 없는공원] 화장실이 더러워요"
        rows.append(f"2026-11-03 09:{i:02d},{phone},주민{i},{text},운정{1 + i % 3}동")
    rows.append(rows[2])  # the same message twice in the file: a duplicate
    rows.append("2026-11-03 09:30,010-3000-0030,주민30,,운정1동")  # no text: rejected while reading
    return rows


def _write(path, rows: list[str]) -> None:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")


def _fingerprint() -> dict:
    """What an import leaves, without the ids (a PostgreSQL sequence keeps what a rolled-back batch
    drew) and the moments of writing."""
    skip = {"id", "created_at", "updated_at"}
    columns = [f for f in Case._meta.sorted_fields if f.name not in skip]
    cases = [
        tuple(
            getattr(case, f.name + ("_id" if isinstance(f, peewee.ForeignKeyField) else "")) for f in columns
        )
        for case in Case.select().order_by(Case.number)
    ]
    events = sorted(
        (e.case.number, e.kind, e.actor_id, e.body, json.dumps([e.before, e.after], sort_keys=True))
        for e in CaseEvent.select(CaseEvent, Case).join(Case)
    )
    db = database.database_proxy.obj
    if isinstance(db, peewee.SqliteDatabase):  # the search index holds exactly the cases' words
        db.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")
    found = sorted(c.number for c in Case.select(Case.number).where(search_condition("가로등이")))
    return {"cases": cases, "events": events, "tallies": tallies.read_tallies(db), "found": found}


def _import(tmp_path, mode: str, monkeypatch) -> tuple[dict, tuple]:
    actor = ensure_user("nightly", display_name="야간 작업")
    rows = _rows()
    earlier = tmp_path / f"earlier-{mode}.csv"
    _write(earlier, [rows[STORED_MEANWHILE - 2]])
    assert import_sms_file(earlier, actor=actor).imported == 1
    stored_key = Case.get().import_key
    if mode == "row by row":  # every batch refused whole: the row path alone

        def refused(*args, **kwargs):
            raise peewee.IntegrityError("refused whole")

        monkeypatch.setattr(case_import, "_insert_cases", refused)
    elif mode == "refused in the middle":  # the batch's check misses the stored message: the insert fails
        real = case_import.existing_import_keys

        def missing_one(keys):
            keys = list(keys)
            return real(keys) if len(keys) == 1 else real(keys) - {stored_key}

        monkeypatch.setattr(case_import, "existing_import_keys", missing_one)
    path = tmp_path / f"gateway-{mode}.csv"
    _write(path, rows)
    report = import_sms_file(path, actor=actor, batch_size=5)
    monkeypatch.undo()
    accounting = (
        report.records,
        report.imported,
        report.duplicates,
        [(p.row, p.code) for p in report.rejected],
    )
    assert report.accounted == report.records
    return _fingerprint(), accounting


@pytest.fixture
def fresh_url(any_db, tmp_path):
    """Another empty database on the same back end, for the next way of writing."""
    urls = []
    made = []

    def make() -> str:
        name = f"civicdesk_test_{uuid.uuid4().hex[:12]}"
        if isinstance(any_db, peewee.PostgresqlDatabase):
            with conftest._pg_admin() as conn:
                conn.execute(
                    f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                    "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
                )
            made.append(name)
            url = f"{conftest.PG_URL.rsplit('/', 1)[0]}/{name}"
        else:
            url = f"sqlite:///{tmp_path / (name + '.db')}"
        urls.append(url)
        return url

    yield make
    database.close()
    for name in made:
        with conftest._pg_admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_a_batch_stores_what_the_rows_one_by_one_store(any_db, tmp_path, monkeypatch, fresh_url):
    results = {}
    for mode in ("batches", "row by row", "refused in the middle"):
        if results:
            database.close()
            invalidate_rules()
            opening.connect(fresh_url())
        results[mode] = _import(tmp_path, mode, monkeypatch)
    fingerprint, accounting = results["batches"]
    # 14 records: 11 stored; the message stored before and the repeat in the file are duplicates.
    assert accounting == (14, 11, 2, [(15, "import.row_no_text")])
    assert len(fingerprint["cases"]) == 12 and len(fingerprint["events"]) == 12
    assert fingerprint["tallies"][("cases", False)] == 12
    assert len(fingerprint["found"]) == 11
    assert results["row by row"] == results["batches"]
    assert results["refused in the middle"] == results["batches"]


def test_a_batch_goes_in_a_few_statements_on_sqlite(sqlite_db, tmp_path):
    """A statement a row keeps a statement journal a row (some forty index pages copied each time):
    a thousand rows go in as two multi-row statements, not a thousand."""
    actor = ensure_user("nightly", display_name="야간 작업")
    path = tmp_path / "big.csv"
    rows = [
        f"2026-11-0{1 + i // 600} {8 + i % 600 // 60:02d}:{i % 60:02d},010-4000-{i:04d},주민{i},민원 {i}번,운정1동"
        for i in range(1000)
    ]
    _write(path, rows)
    inserts = []

    class Counting:
        """The cursor the import writes through, counting its INSERTs into "case" (a trace callback
        would be handed each multi-row statement's text again for every trigger it runs)."""

        def __init__(self, cursor):
            self._cursor = cursor

        def execute(self, sql, params=()):
            if sql.startswith('INSERT INTO "case" '):
                inserts.append(1)
            return self._cursor.execute(sql, params)

        def executemany(self, sql, rows):
            rows = list(rows)
            if sql.startswith('INSERT INTO "case" '):
                inserts.extend(1 for _ in rows)  # a statement a row
            return self._cursor.executemany(sql, rows)

        def __getattr__(self, name):
            return getattr(self._cursor, name)

    db = database.database_proxy.obj
    plain_cursor = db.cursor
    db.cursor = lambda *args, **kwargs: Counting(plain_cursor(*args, **kwargs))
    try:
        report = import_sms_file(path, actor=actor)
    finally:
        del db.cursor
    assert report.imported == 1000
    assert 0 < len(inserts) <= 1000 // bulk.MAX_ROWS_PER_STATEMENT + 1
    assert Case.select().count() == CaseEvent.select().count() == 1000


def test_one_refused_row_leaves_nothing_of_its_statement(any_db, tmp_path):
    actor = ensure_user("nightly", display_name="야간 작업")
    path = tmp_path / "one.csv"
    _write(path, _rows()[:1])
    (case_id,) = import_sms_file(path, actor=actor).case_ids
    fields = [CaseEvent.case, CaseEvent.at, CaseEvent.actor, CaseEvent.kind, CaseEvent.body]
    fields += [CaseEvent.before, CaseEvent.after]
    at = dt.datetime(2026, 11, 3, 9, 0)
    rows = [(None if i == 2 else case_id, at, actor.id, "note", "", "{}", "{}") for i in range(5)]
    with pytest.raises(peewee.IntegrityError), database.database_proxy.atomic():
        bulk.insert_tuples(CaseEvent, fields, rows)
    assert CaseEvent.select().count() == 1  # the intake event alone

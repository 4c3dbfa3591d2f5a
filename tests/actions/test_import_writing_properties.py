"""Property tests of both imports into a real database, SQLite and PostgreSQL: for any file an adversary
writes, the report's numbers add up to the file's records, every valid row (event) is stored exactly
once and character for character, every bad one is rejected for its reason, and nothing raises but a
refusal of the whole file (strategies in tests/import_strategies.py; 1,000 examples in CI).

One database serves all the examples of a test, as a desk's database serves many files: a message
some earlier example stored already counts as a duplicate, never twice."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import HealthCheck, given, settings

from civicdesk_gui.actions.case_import import import_sms_file
from civicdesk_gui.actions.session_import import import_ics_file
from civicdesk_gui.documents.import_files import ImportFileError
from civicdesk_gui.store.models import Case, ImportBatch, Session
from tests import import_strategies as strategies

_names = itertools.count()
SHARED_DATABASE = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@SHARED_DATABASE
@given(file=strategies.gateway_files())
def test_a_gateway_import_stores_each_valid_row_once_and_accounts_for_every_record(
    any_db, actor, tmp_path, file
):
    path = tmp_path / f"gateway-{next(_names)}.csv"
    path.write_bytes(file.data)
    cases_before = Case.select().count()
    try:
        report = import_sms_file(path, actor=actor, today=strategies.TODAY, batch_size=3)
    except ImportFileError as refused:
        assert refused.code == file.refused
        assert Case.select().count() == cases_before  # nothing of a refused file is written
        return
    assert file.refused is None
    assert report.records == len(file.outcomes) == report.accounted
    assert [p.code for p in report.rejected] == file.rejected_codes
    assert report.imported + report.duplicates == len(file.good_rows)
    assert Case.select().count() == cases_before + report.imported == cases_before + len(report.case_ids)
    keys = file.keys()
    stored = {c.import_key: c for c in Case.select().where(Case.import_key.in_(list(keys)))} if keys else {}
    assert set(stored) == keys  # every valid row is in the database, once (import_key is unique)
    for received_at, phone, name, text in file.good_rows:
        case = stored[strategies.import_key(received_at, phone, text)]
        assert (case.submitter_phone, case.received_at) == (phone, received_at)
        if case.id in report.case_ids:  # stored by this import: this row's words and name, exactly
            assert (case.text, case.submitter_name) == (text, name)
        else:  # the same message stored before (the import key ignores the words' surrounding spaces)
            assert case.text.strip() == text.strip()
    assert ImportBatch.get(ImportBatch.sha256 == report_digest(path)).state == "done"


def report_digest(path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@SHARED_DATABASE
@given(calendar=strategies.calendars())
def test_a_calendar_import_keeps_every_good_event_and_accounts_for_every_one(
    any_db, actor, tmp_path, calendar
):
    path = tmp_path / f"calendar-{next(_names)}.ics"
    path.write_bytes(calendar.data)
    report = import_ics_file(path, actor=actor, at=dt.datetime.combine(strategies.TODAY, dt.time(9)))
    assert report.records == len(calendar.outcomes) == report.accounted
    assert sorted(p.code for p in report.rejected) == sorted(calendar.rejected_codes)
    # An event whose UID an earlier example stored moves that session (updated) or finds it in place.
    assert len(report.created) + len(report.updated) + len(report.unchanged) == len(calendar.good_events)
    for uid, starts_at, ends_at, summary in calendar.good_events:
        session = Session.get(Session.ics_uid == uid)
        assert (session.starts_at, session.ends_at) == (starts_at, ends_at)
        if session.number in report.created:
            assert session.title == summary.removeprefix("이동시장실: ")

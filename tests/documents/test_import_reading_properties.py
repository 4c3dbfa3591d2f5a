"""Property tests of both importers' reading (no database): for any file an adversary writes, every
record is accounted for — parsed exactly as written, or rejected with the expected reason — and
nothing raises but a refusal of the whole file (the strategies are in tests/import_strategies.py;
1,000 examples each in CI, see the "ci" profile in tests/conftest.py)."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from civicdesk_gui.documents.import_files import ImportFileError
from civicdesk_gui.documents.session_ics import parse_ics
from civicdesk_gui.documents.sms_import import parse_table, read_table
from civicdesk_gui.error_catalog import english, placeholders
from tests import import_strategies as strategies

_names = itertools.count()


def _path(tmp_path_factory, data: bytes) -> Path:
    folder = tmp_path_factory.getbasetemp() / "fuzz"
    folder.mkdir(exist_ok=True)
    path = folder / f"gateway-{next(_names)}.csv"
    path.write_bytes(data)
    return path


@given(file=strategies.gateway_files())
def test_every_gateway_record_is_parsed_exactly_or_rejected_for_its_reason(tmp_path_factory, file):
    path = _path(tmp_path_factory, file.data)
    try:
        parsed = parse_table(read_table(path), town_ids={}, today=strategies.TODAY)
    except ImportFileError as refused:
        assert refused.code == file.refused, (refused, file.outcomes)
        assert refused.values["line"] >= 1 and str(refused) == english(refused.code, refused.values)
        return
    finally:
        path.unlink()
    assert file.refused is None, "a spoiled file was read"
    assert parsed.records == len(file.outcomes) == len(parsed.rows) + len(parsed.rejected)
    assert [p.code for p in parsed.rejected] == file.rejected_codes
    assert [(r.received_at, r.phone, r.name, r.text) for r in parsed.rows] == file.good_rows
    for problem in parsed.rejected:
        assert set(problem.values) == placeholders(problem.code)
        assert len(str(problem)) < 400  # a long cell is never repeated into the report
    rows_seen = [r.row for r in parsed.rows] + [p.row for p in parsed.rejected]
    assert len(set(rows_seen)) == len(rows_seen)  # each record its own row number


@given(calendar=strategies.calendars())
def test_every_calendar_event_is_read_or_rejected_for_its_reason(calendar):
    parsed = parse_ics(calendar.data, file="fuzz.ics", today=strategies.TODAY)
    assert parsed.records == len(calendar.outcomes) == len(parsed.events) + len(parsed.rejected)
    assert sorted(p.code for p in parsed.rejected) == sorted(calendar.rejected_codes)
    assert [(e.uid, e.starts_at, e.ends_at, e.summary) for e in parsed.events] == calendar.good_events
    for problem in parsed.rejected:
        assert set(problem.values) == placeholders(problem.code)


@given(st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_never_a_crash(tmp_path_factory, data):
    path = _path(tmp_path_factory, data)
    try:
        table = read_table(path)
        parsed = parse_table(
            table, mapping={"received_at": table.headers[0], "text": table.headers[-1]}, town_ids={}
        )
        assert parsed.records == len(parsed.rows) + len(parsed.rejected)
    except ImportFileError:
        pass
    finally:
        path.unlink()
    try:
        calendar = parse_ics(data)
        assert calendar.records == len(calendar.events) + len(calendar.rejected)
    except ImportFileError:
        pass
    except Exception as exc:
        assert getattr(exc, "code", "") == "ics.not_calendar", exc

"""The gateway import writing cases: real files into a real database (SQLite and PostgreSQL), whole
batches only, idempotent by import key, and a report that declares the cases it created."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from civicdesk_gui.actions import case_import, cases
from civicdesk_gui.actions.case_import import import_sms_file
from civicdesk_gui.documents.sms_import import MappingError, parse_mapping_options
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.store.models import Case, CaseEvent, Counter, ImportBatch, Town
from tests.data import sms_samples


@pytest.fixture
def sqlite_actor(sqlite_db):
    from civicdesk_gui.actions.actor import ensure_user

    return ensure_user("tester", display_name="시험 사용자")


@pytest.fixture
def samples(tmp_path) -> dict[str, Path]:
    return sms_samples.write_samples(tmp_path)


def test_utf8_korean_headers_all_forms_and_bad_rows(any_db, actor, samples):
    report = import_sms_file(samples["gateway_utf8.csv"], actor=actor)
    assert (report.encoding, report.delimiter, report.records) == ("utf-8", ",", 8)
    assert (report.imported, report.duplicates, len(report.rejected)) == (5, 0, 3)
    assert report.accounted == report.records and report.earlier is None
    assert [(p.file, p.row, p.code) for p in report.rejected] == [
        ("gateway_utf8.csv", 6, "import.row_no_text"),
        ("gateway_utf8.csv", 7, "import.row_bad_date"),
        ("gateway_utf8.csv", 8, "import.row_text_too_long"),
    ]
    assert "'11/04 10:00'" in report.rejected[1].reason
    assert "10,001 characters" in report.rejected[2].reason
    imported = {c.submitter_name: c for c in Case.select()}
    assert set(imported) == {"홍길동", "김영희", "이철수", "박민수", "윤슬기"}
    assert imported["홍길동"].received_at == dt.datetime(2026, 11, 3, 8, 43)
    assert imported["김영희"].received_at == dt.datetime(2026, 11, 3, 9, 10)
    assert imported["이철수"].received_at == dt.datetime(2026, 11, 3, 8, 43)
    assert imported["박민수"].received_at == dt.datetime(2026, 11, 3, 20, 43)
    assert imported["윤슬기"].received_at == dt.datetime(2026, 11, 4, 0, 5)
    assert imported["김영희"].submitter_phone == "010-2222-3333"
    assert (imported["윤슬기"].submitter_phone, imported["윤슬기"].phone_valid) == ("12-34", False)
    assert imported["홍길동"].town_id == Town.get(Town.name == "운정3동").id
    assert imported["윤슬기"].town_id is None and imported["윤슬기"].submitter_address == "어딘가동"
    assert all(c.channel.code == "text" and c.import_key for c in imported.values())
    # Through intake_case: a numbered case with its clock and one history event each.
    assert imported["홍길동"].promise_due_at == dt.datetime(2026, 11, 5, 8, 43)
    assert CaseEvent.select().where(CaseEvent.kind == "intake").count() == 5
    # The report declares exactly the cases it created.
    assert report.changes == Changes.of(cases=[c.id for c in imported.values()])
    assert sorted(report.case_ids) == sorted(c.id for c in imported.values())


def test_importing_the_same_file_again_adds_nothing(any_db, actor, samples):
    first = import_sms_file(samples["gateway_utf8.csv"], actor=actor)
    again = import_sms_file(samples["gateway_utf8.csv"], actor=actor)
    assert (again.imported, again.duplicates, len(again.rejected)) == (0, first.imported, len(first.rejected))
    assert Case.select().count() == first.imported
    assert not again.changes  # nothing written, nothing declared
    # The file itself is recognised: when and by whom it was imported.
    assert again.earlier is not None and again.earlier.complete
    assert (again.earlier.by, again.earlier.imported) == ("시험 사용자", 5)
    (batch,) = ImportBatch.select()
    assert (batch.state, batch.owner, batch.records, batch.imported, batch.rejected) == ("done", "", 8, 5, 3)


def test_cp949_tab_separated(sqlite_actor, samples):
    actor = sqlite_actor
    report = import_sms_file(samples["gateway_cp949.csv"], actor=actor)
    assert (report.encoding, report.delimiter, report.imported) == ("cp949", "\t", 3)
    case = Case.get(Case.submitter_name == "오세훈")
    assert case.text == "똠방각하 뷁 같은 CP949 확장 글자도 읽혀야 합니다"
    assert Case.get(Case.submitter_name == "서하준").received_at == dt.datetime(2026, 11, 6, 9, 5)


def test_unrecognised_headers_need_a_mapping(sqlite_actor, samples):
    actor = sqlite_actor
    with pytest.raises(MappingError) as caught:
        import_sms_file(samples["gateway_custom.csv"], actor=actor)
    assert caught.value.headers == ["시각", "보낸사람", "본문"]
    assert set(caught.value.missing) == {"received_at", "text"}
    mapping = parse_mapping_options(["수신일시=시각", "본문=내용", "phone=보낸사람"])
    assert mapping == {"received_at": "시각", "text": "본문", "phone": "보낸사람"}
    report = import_sms_file(samples["gateway_custom.csv"], actor=actor, mapping=mapping)
    assert report.imported == 1
    assert Case.get().submitter_phone == "010-3000-1000"


def _many_rows(tmp_path, count: int) -> Path:
    rows = [
        f"2026-11-09 {8 + i // 60:02d}:{i % 60:02d},010-4000-{i:04d},주민{i},민원 번호 {i}번 내용"
        for i in range(count)
    ]
    path = tmp_path / "many.csv"
    path.write_text("수신일시,발신번호,성명,내용\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_crash_inside_a_batch_leaves_only_whole_batches(sqlite_actor, tmp_path, monkeypatch):
    actor = sqlite_actor
    path = _many_rows(tmp_path, 12)
    real_insert = case_import._insert_cases
    calls = {"n": 0}

    def crashing_insert(checked, actor):
        calls["n"] += 1
        ids = real_insert(checked, actor)  # the second batch's cases and events are written...
        if calls["n"] == 2:
            raise RuntimeError("power cut")  # ...when the power goes, before the batch commits
        return ids

    monkeypatch.setattr(case_import, "_insert_cases", crashing_insert)
    with pytest.raises(RuntimeError):
        import_sms_file(path, actor=actor, batch_size=5)
    assert Case.select().count() == 5  # the first batch; nothing of the second
    assert CaseEvent.select().count() == 5
    assert Counter.get().value == 5  # the case-number counter rolled back with the batch
    assert ImportBatch.get().state == "interrupted"  # let go, for the next import to complete
    monkeypatch.setattr(case_import, "_insert_cases", real_insert)
    report = import_sms_file(path, actor=actor, batch_size=5)
    assert (report.imported, report.duplicates) == (7, 5)
    assert report.earlier is not None and report.earlier.state == "interrupted"
    assert ImportBatch.get().state == "done" and ImportBatch.get().imported == 12
    numbers = sorted(int(c.number.split("-")[1]) for c in Case.select())
    assert numbers == list(range(1, 13))  # gap-free numbering survived the crash


def test_the_import_skips_the_duplicate_lookup_nobody_would_see(sqlite_actor, tmp_path, monkeypatch):
    lookups = []
    monkeypatch.setattr(cases, "find_likely_duplicates", lambda **kwargs: lookups.append(kwargs) or [])
    report = import_sms_file(_many_rows(tmp_path, 6), actor=sqlite_actor, batch_size=4)
    assert report.imported == 6
    assert lookups == []


def test_cancel_stops_between_batches(sqlite_actor, tmp_path):
    actor = sqlite_actor
    path = _many_rows(tmp_path, 12)
    seen = []
    report = import_sms_file(
        path,
        actor=actor,
        batch_size=5,
        progress=lambda d, t: seen.append((d, t)),
        should_stop=lambda: len(seen) >= 2,
    )
    assert report.cancelled and report.imported == 5 and Case.select().count() == 5
    assert report.not_reached == 7 and report.accounted == report.records == 12
    assert report.changes == Changes.of(cases=[c.id for c in Case.select()])  # what was kept
    assert seen == [(0, 12), (5, 12)]
    rest = import_sms_file(path, actor=actor, batch_size=5)  # the same file again completes it
    assert (rest.imported, rest.duplicates, rest.cancelled) == (7, 5, False)


@pytest.mark.postgres
def test_postgres_import_and_reimport(pg_db, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user

    samples = sms_samples.write_samples(tmp_path)
    actor = ensure_user("nightly", display_name="야간 작업")
    report = import_sms_file(samples["gateway_cp949.csv"], actor=actor, batch_size=2)
    assert report.imported == 3
    again = import_sms_file(samples["gateway_cp949.csv"], actor=actor, batch_size=2)
    assert (again.imported, again.duplicates) == (0, 3)
    assert Case.get(Case.submitter_name == "오세훈").text.startswith("똠방각하")

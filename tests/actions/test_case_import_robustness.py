"""The gateway import against what the issue saw lost: each file's records all accounted for, one bad
row rejecting only itself on both back ends, and a file claimed once even when two imports meet."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from civicdesk_gui.actions import cases, import_batches
from civicdesk_gui.actions.case_import import import_sms_file
from civicdesk_gui.documents import sms_import
from civicdesk_gui.store.models import Case, CaseEvent, ImportBatch
from tests.documents.test_sms_import_robustness import HEADER, NAMES, good_rows


def _file(tmp_path: Path, lines: list[str], name: str = "gateway.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _numbers_are_gap_free() -> None:
    numbers = sorted(int(c.number.split("-")[1]) for c in Case.select())
    assert numbers == list(range(1, len(numbers) + 1))


@pytest.mark.parametrize("cell", ["name", "text"])
def test_the_issues_stray_quote_loses_no_message(any_db, actor, tmp_path, cell):
    rows = good_rows()
    old = "최지우," if cell == "name" else ",최지우님의"
    rows[4] = rows[4].replace(old, old.replace("최", '"최'), 1)
    report = import_sms_file(_file(tmp_path, [HEADER, *rows]), actor=actor)
    assert (report.records, report.imported, report.duplicates) == (10, 9, 0)
    assert [(p.row, p.code) for p in report.rejected] == [(6, "import.row_unbalanced_quote")]
    assert report.accounted == 10
    stored = {c.submitter_name: c.text for c in Case.select()}
    assert set(stored) == set(NAMES) - {"최지우"}
    assert all(
        text == f"{name}님의 민원 {NAMES.index(name) + 1}번: 가로등이 꺼졌어요"
        for name, text in stored.items()
    )
    _numbers_are_gap_free()


def _good(i: int) -> list[str]:
    return [f"2026-11-03 08:{i:02d}", f"010-2000-{i:04d}", f"주민{i}", f"민원 {i}번"]


def _adversarial_file(tmp_path: Path) -> Path:
    good = _good
    rows = [
        good(1),
        ["2026-11-03 08:40", "010-1000-0001", "홍길동", "가" * 140_000],  # over csv's field limit
        good(2),
        ["9999-12-31 23:59", "010-1000-0002", "홍길동", "민원"],  # overflowed the deadline arithmetic
        ["0001-01-01 00:00", "010-1000-0003", "홍길동", "민원"],  # became case 1-000001
        ["2026-11-03 08:40", "010-1000-0004", "홍길동", "민\x00원"],  # DataError on PostgreSQL
        ["2026-11-03 08:40", "010-1000-0005", "가" * 61, "민원"],  # DataError on PostgreSQL
        good(3),
    ]
    path = tmp_path / "adversary.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["수신일시", "발신번호", "성명", "내용"])
        writer.writerows(rows)
    return path


def test_bad_rows_inside_one_batch_reject_themselves_only(any_db, actor, tmp_path):
    report = import_sms_file(_adversarial_file(tmp_path), actor=actor, batch_size=200)
    assert (report.records, report.imported, len(report.rejected)) == (8, 3, 5)
    assert [p.row for p in report.rejected] == [3, 5, 6, 7, 8]
    assert sorted(c.text for c in Case.select()) == ["민원 1번", "민원 2번", "민원 3번"]
    assert CaseEvent.select().count() == 3
    _numbers_are_gap_free()


def test_a_row_the_case_rules_refuse_is_reported_with_their_reason(any_db, actor, tmp_path, monkeypatch):
    # Let a 61-character name past the file checks: intake_case refuses it, inside its own savepoint.
    monkeypatch.setattr(sms_import, "_check_length", lambda *args: None)
    report = import_sms_file(_adversarial_file(tmp_path), actor=actor)
    refused = [p for p in report.rejected if p.code == "import.row_refused"]
    assert [p.row for p in refused] == [8]
    assert (
        str(refused[0]) == "adversary.csv row 8: refused: The name has 61 characters; at most 60 are allowed"
    )
    assert report.imported == 3 and report.accounted == report.records


@pytest.mark.postgres
def test_a_database_error_rejects_its_row_and_keeps_the_batch_on_postgresql(pg_db, tmp_path, monkeypatch):
    from civicdesk_gui.actions.actor import ensure_user

    # With every check before the database switched off, PostgreSQL itself refuses the NUL and the
    # long name (DataError): the savepoint undoes that row alone.
    monkeypatch.setattr(sms_import, "_check_length", lambda *args: None)
    monkeypatch.setattr(cases, "_check_intake_limits", lambda **kwargs: None)
    monkeypatch.setattr(sms_import.input_limits, "has_nul", lambda *values: False)
    report = import_sms_file(
        _adversarial_file(tmp_path), actor=ensure_user("nightly", display_name="야간 작업")
    )
    not_stored = [p.row for p in report.rejected if p.code == "import.row_not_stored"]
    assert not_stored == [7, 8]
    assert sorted(c.text for c in Case.select()) == ["민원 1번", "민원 2번", "민원 3번"]
    _numbers_are_gap_free()


# ------------------------------------------------------------------------ the file claimed once


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_an_import_whose_process_died_is_completed(sqlite_db, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user

    actor = ensure_user("nightly", display_name="야간 작업")
    path = _file(tmp_path, [HEADER, *good_rows()])
    table = sms_import.read_table(path)
    owner = f"night@{import_batches.socket.gethostname()}|{_dead_pid()}|gone"
    ImportBatch.create(kind="sms", sha256=table.digest, file_name=path.name, owner=owner, started_by=actor.id)
    report = import_sms_file(path, actor=actor)
    assert report.imported == 10 and report.earlier.state == "running"  # taken over, not waited for
    assert ImportBatch.get().state == "done"


def test_a_live_import_of_the_same_file_is_waited_for(sqlite_db, tmp_path, monkeypatch):
    from civicdesk_gui.actions.actor import ensure_user

    actor = ensure_user("nightly", display_name="야간 작업")
    path = _file(tmp_path, [HEADER, *good_rows()])
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        owner = f"day@{import_batches.socket.gethostname()}|{sleeper.pid}|busy"
        digest = sms_import.read_table(path).digest
        ImportBatch.create(kind="sms", sha256=digest, file_name=path.name, owner=owner, started_by=actor.id)
        monkeypatch.setattr(import_batches, "POLL_SECONDS", 0.01)
        waits = []
        report = import_sms_file(path, actor=actor, on_wait=waits.append, should_stop=lambda: len(waits) > 0)
        assert report.cancelled and report.imported == 0 and report.not_reached == 10
        assert [w.who for w in waits] == [f"day@{import_batches.socket.gethostname()}"]
        assert Case.select().count() == 0
    finally:
        sleeper.kill()
        sleeper.wait()
    report = import_sms_file(path, actor=actor)  # the owner is gone now
    assert report.imported == 10


@pytest.mark.postgres
def test_on_postgresql_a_live_import_holds_its_lock(pg_db, tmp_path, monkeypatch):
    from civicdesk_gui.actions.actor import ensure_user

    actor = ensure_user("nightly", display_name="야간 작업")
    path = _file(tmp_path, [HEADER, *good_rows()])
    digest = sms_import.read_table(path).digest
    batch = ImportBatch.create(
        kind="sms", sha256=digest, file_name=path.name, owner="day@elsewhere|1|busy", started_by=actor.id
    )
    monkeypatch.setattr(import_batches, "POLL_SECONDS", 0.01)
    with psycopg.connect(pg_db.url, autocommit=True) as other_desk:
        other_desk.execute("SELECT pg_advisory_lock(%s, %s)", (import_batches.LOCK_CLASS, batch.id))
        waits = []
        report = import_sms_file(path, actor=actor, on_wait=waits.append, should_stop=lambda: len(waits) > 0)
        assert report.cancelled and Case.select().count() == 0 and waits[0].who == "day@elsewhere"
    # The other desk's connection is gone (killed, closed): its lock with it.
    report = import_sms_file(path, actor=actor)
    assert report.imported == 10 and report.earlier.state == "running"


def test_waiting_too_long_is_a_conflict_that_names_the_importer(sqlite_db, tmp_path, monkeypatch):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.errors import ConflictError

    actor = ensure_user("nightly", display_name="야간 작업")
    path = _file(tmp_path, [HEADER, *good_rows()[:2]])
    digest = sms_import.read_table(path).digest
    owner = f"day@{import_batches.socket.gethostname()}|{import_batches.os.getpid()}|mine"
    import_batches._held.add(owner)  # this very process, in another thread, say
    try:
        ImportBatch.create(kind="sms", sha256=digest, file_name=path.name, owner=owner, started_by=actor.id)
        monkeypatch.setattr(import_batches, "POLL_SECONDS", 0.01)
        monkeypatch.setattr(import_batches, "WAIT_LIMIT_SECONDS", 0.05)
        with pytest.raises(ConflictError) as caught:
            import_sms_file(path, actor=actor)
        assert caught.value.code == "import.in_progress" and "day@" in str(caught.value)
    finally:
        import_batches._held.discard(owner)


def test_the_received_limits_follow_the_day(any_db, actor, tmp_path):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    lines = ["수신일시,내용", f"{tomorrow:%Y-%m-%d} 23:59,내일 날짜 (게이트웨이 시계가 빠름)"]
    lines.append(f"{tomorrow + dt.timedelta(days=1):%Y-%m-%d} 00:00,모레 날짜")
    report = import_sms_file(_file(tmp_path, lines), actor=actor)
    assert report.imported == 1 and [p.code for p in report.rejected] == ["import.row_date_out_of_range"]

"""`civicdesk export --format open311` and `civicdesk import --format open311`: the counts printed,
exit 3 when records were rejected or wait for a mapping, 2 for a file that is not JSON, 4 when the
acting user (--as) may not; exports audited, personal data only on request and as the role allows."""

from __future__ import annotations

import json

from civicdesk_gui import cli
from civicdesk_gui.actions import cases
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.store.models import AuditEvent, Case

# GeoReport/v2/index.md's JSON example, first record, as published (service_code 006 unquoted).
SPEC_EXAMPLE = """[
  {
    "service_request_id":638344,
    "status":"closed",
    "status_notes":"Duplicate request.",
    "service_name":"Sidewalk and Curb Issues",
    "service_code":006,
    "description":null,
    "requested_datetime":"2010-04-14T06:37:38-08:00"
  }
]"""


def _run(argv, capsys):
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_import_counts(any_db, tmp_path, capsys):
    actor = ensure_user("tester")
    for text in ("가로등이 꺼졌습니다", "보도블록이 깨졌습니다"):
        cases.intake_case(channel="text", text=text, actor=actor, submitter_name="홍길동")
    path = tmp_path / "requests.json"
    argv = ["export", "--as", "tester", "--db", any_db.url, "--format", "open311", "-o", str(path)]
    code, out, _ = _run([*argv, "--language", "en"], capsys)
    assert code == 0 and out.strip() == f"2 cases written to {path} (all, open311)"
    requests = json.loads(path.read_text(encoding="utf-8"))
    assert [r["status_description"] for r in requests] == ["Received", "Received"]
    assert "홍길동" not in path.read_text(encoding="utf-8")
    event = AuditEvent.select().where(AuditEvent.kind == "case_export").get()
    details = json.loads(event.details)
    assert event.actor_id == actor.id and details["format"] == "open311" and details["rows"] == 2
    assert details["personal"] is False
    code, out, _ = _run(["import", "--as", "tester", "--db", any_db.url, str(path)], capsys)  # .json: Open311
    assert code == 0 and "imported: 0" in out and "duplicates: 2" in out


def test_personal_data_only_when_asked_and_allowed(any_db, tmp_path, capsys, monkeypatch):
    from civicdesk_gui.domain import permissions

    cases.intake_case(channel="text", text="가로등", actor=ensure_user("tester"), submitter_name="홍길동")
    path = tmp_path / "requests.json"
    argv = ["export", "--as", "tester", "--db", any_db.url, "-o", str(path), "--include-personal"]
    code, out, _ = _run(argv, capsys)  # the format from the .json name
    assert code == 0 and out.startswith("1 cases written")
    assert (
        json.loads(path.read_text(encoding="utf-8"))[0]["extended_attributes"]["submitter_name"] == "홍길동"
    )
    # A role that may export but not see residents is refused before anything is written.
    monkeypatch.setitem(permissions.RULES, "case.view_personal", {"admin": permissions.ALL})
    path.unlink()
    code, out, err = _run(argv, capsys)
    assert code == cli.EXIT_PERMISSION and out == "" and "see residents' personal data" in err
    assert not path.exists()
    # A CSV never carries them: the option is for Open311.
    code, _, err = _run([*argv[:-2], str(tmp_path / "cases.csv"), "--include-personal"], capsys)
    assert code == cli.EXIT_USER_ERROR and "--include-personal is for --format open311 only" in err


def test_without_as_or_with_a_viewer_nothing_moves(sqlite_db, tmp_path, capsys):
    cases.intake_case(channel="text", text="가로등", actor=ensure_user("tester"))
    ensure_user("mayor", role="viewer")
    path = tmp_path / "requests.json"
    code, _, _ = _run(["export", "--db", sqlite_db.url, "-o", str(path)], capsys)
    assert code == cli.EXIT_PERMISSION and not path.exists()
    code, _, err = _run(["export", "--as", "mayor", "--db", sqlite_db.url, "-o", str(path)], capsys)
    assert code == cli.EXIT_PERMISSION and not path.exists() and "may not export cases" in err
    path.write_text(
        json.dumps([{"service_request_id": "9", "status": "open", "service_code": "parks",
                     "requested_datetime": "2026-04-14T06:37:38Z"}]),
        encoding="utf-8",
    )  # fmt: skip
    code, _, err = _run(["import", "--as", "mayor", "--db", sqlite_db.url, str(path)], capsys)
    assert code == cli.EXIT_PERMISSION and "may not import Open311 service requests" in err
    assert Case.select().count() == 1


def test_unmapped_codes_and_rejected_records_exit_3(sqlite_db, tmp_path, capsys):
    records = [
        {"service_request_id": "1", "status": "open", "service_code": "006", "service_name": "Sidewalk",
         "requested_datetime": "2010-04-14T06:37:38-08:00"},
        {"service_request_id": "2", "status": "maybe", "service_code": "parks",
         "requested_datetime": "2010-04-14T06:37:38-08:00"},
        {"service_request_id": "3", "status": "open", "service_code": "parks", "description": None,
         "service_name": "Park", "requested_datetime": "2010-04-14T06:37:38Z"},
    ]  # fmt: skip
    path = tmp_path / "fms.txt"
    path.write_text(json.dumps(records), encoding="utf-8")
    ensure_user("tester")
    argv = ["import", "--as", "tester", "--db", sqlite_db.url, "--format", "open311", str(path)]
    code, out, _ = _run(argv, capsys)
    assert code == cli.EXIT_REJECTED_ROWS
    assert "imported: 1" in out and "rejected: 1" in out and "unmapped: 1" in out
    assert "rejected: fms.txt record 2 (2): status is 'maybe', not open or closed" in out
    assert "unmapped service_code 006 (Sidewalk): records 1" in out
    assert Case.select().count() == 1


def test_the_spec_example_is_refused_with_line_and_column(sqlite_db, tmp_path, capsys):
    path = tmp_path / "requests.json"
    path.write_text(SPEC_EXAMPLE, encoding="utf-8")
    code, _, err = _run(["import", "--as", "tester", "--db", sqlite_db.url, str(path)], capsys)
    assert code == cli.EXIT_USER_ERROR
    assert err.startswith("civicdesk: requests.json is not valid JSON: line 7, column 20")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_csv_export_and_a_missing_folder(sqlite_db, tmp_path, capsys):
    cases.intake_case(channel="text", text="쓰레기 무단 투기", actor=ensure_user("tester"))
    argv = ["export", "--as", "tester", "--db", sqlite_db.url, "-o"]
    code, out, _ = _run([*argv, str(tmp_path / "cases.csv")], capsys)
    assert code == 0 and out.startswith("1 cases written")
    code, _, err = _run([*argv, str(tmp_path / "no" / "x.json")], capsys)
    assert code == cli.EXIT_USER_ERROR and "does not exist" in err


def test_the_civicdesk_db_variable_points_every_command_at_one_database(sqlite_db, capsys, monkeypatch):
    cases.intake_case(channel="text", text="가로등이 꺼졌습니다", actor=ensure_user("tester"))
    monkeypatch.setenv("CIVICDESK_DB", sqlite_db.url)
    code, out, _ = _run(["stats", "--json"], capsys)
    assert code == 0 and json.loads(out)["total"] == 1

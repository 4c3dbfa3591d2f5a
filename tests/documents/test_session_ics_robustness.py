"""A calendar file as an adversary would write it: every VEVENT ends created, updated, unchanged,
skipped or rejected with its position, UID and reason; broken events never hide good ones, and none
reaches the database in a form PostgreSQL would refuse."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from civicdesk_gui import cli
from civicdesk_gui.actions.session_import import import_ics_file
from civicdesk_gui.documents.session_ics import parse_ics
from civicdesk_gui.error_catalog import placeholders
from civicdesk_gui.store.models import Session

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 20)
ZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:Asia/Seoul\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
    "TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:KST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
)


def event(uid: str | None = "good-1@city", start="DTSTART;TZID=Asia/Seoul:20261125T140000", **extra) -> str:
    lines = ["BEGIN:VEVENT"]
    if uid is not None:
        lines.append(f"UID:{uid}")
    if start is not None:
        lines.append(start)
    lines.append(extra.pop("end", "DTEND;TZID=Asia/Seoul:20261125T160000"))
    lines.append(f"SUMMARY:{extra.pop('summary', '이동시장실: 운정3동')}")
    lines += [f"{k.upper()}:{v}" for k, v in extra.items()]
    lines.append("END:VEVENT")
    return "\r\n".join(lines) + "\r\n"


def calendar(*events: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//KO\r\n"
        + ZONE
        + "".join(events)
        + "END:VCALENDAR\r\n"
    ).encode()


BROKEN = {
    "year 9999": (
        event(
            "y9999@city",
            "DTSTART;TZID=Asia/Seoul:99991231T230000",
            end="DTEND;TZID=Asia/Seoul:99991231T235900",
        ),
        "ics.event_out_of_range",
    ),
    "year 0001": (
        event("y1@city", "DTSTART:00010101T100000", end="DTEND:00010101T120000"),
        "ics.event_out_of_range",
    ),
    "long uid": (event("u" * 500), "ics.event_uid_too_long"),
    "no uid": (event(None), "ics.event_without_uid"),
    "no start": (event("nostart@city", None), "ics.event_without_start"),
    "broken start": (event("broken@city", "DTSTART:2026XX25T140000"), "ics.event_unreadable"),
    "broken line": (
        event("line@city", "DTSTART:20261125T140000", description="ok", x="y").replace(
            "X:y", "NO COLON HERE"
        ),
        "ics.event_unreadable",
    ),
    "unknown zone": (
        event(
            "zone@city",
            "DTSTART;TZID=Mars/Olympus:20261125T140000",
            end="DTEND;TZID=Mars/Olympus:20261125T150000",
        ),
        "ics.event_unknown_timezone",
    ),
    "ends first": (
        event("back@city", end="DTEND;TZID=Asia/Seoul:20261125T130000"),
        "ics.event_ends_before_start",
    ),
    "long title": (event("title@city", summary="가" * 300), "ics.event_field_too_long"),
    "nul": (event("nul@city", description="a\x00b"), "ics.event_nul"),
    "unterminated": (event("open@city").replace("END:VEVENT\r\n", ""), "ics.event_unterminated"),
    "repeated uid": (event("good-1@city"), "ics.event_duplicate_uid"),
}


def test_every_broken_event_is_rejected_with_its_reason_and_the_good_ones_kept():
    data = calendar(
        event("good-1@city"),
        *(e for e, _ in BROKEN.values()),
        event(
            "good-2@city",
            "DTSTART;TZID=Asia/Seoul:20261126T100000",
            end="DTEND;TZID=Asia/Seoul:20261126T120000",
        ),
    )
    parsed = parse_ics(data, file="office.ics", today=TODAY)
    assert parsed.records == 2 + len(BROKEN) == len(parsed.events) + len(parsed.rejected)
    assert [e.uid for e in parsed.events] == ["good-1@city", "good-2@city"]
    assert parsed.events[0].starts_at == dt.datetime(2026, 11, 25, 14, 0)
    assert sorted(p.code for p in parsed.rejected) == sorted(code for _, code in BROKEN.values())
    for problem in parsed.rejected:
        assert set(problem.values) == placeholders(problem.code)
        assert 1 < problem.index <= parsed.records and len(problem.reason) < 300


def test_a_calendar_that_is_not_one_is_refused_whole():
    for data in (b"not a calendar", b"", b"BEGIN:VCARD\r\nEND:VCARD\r\n"):
        with pytest.raises(Exception) as caught:
            parse_ics(data)
        assert getattr(caught.value, "code", "") == "ics.not_calendar"


def test_the_import_applies_the_good_events_and_reports_every_one(any_db, actor, tmp_path):
    path = tmp_path / "office.ics"
    path.write_bytes(calendar(event("good-1@city"), *(e for e, _ in BROKEN.values())))
    report = import_ics_file(path, actor=actor, at=dt.datetime(2026, 11, 20, 9, 0))
    assert report.records == 1 + len(BROKEN) == report.accounted
    assert len(report.created) == 1 and len(report.rejected) == len(BROKEN)
    assert [s.ics_uid for s in Session.select()] == ["good-1@city"]
    again = import_ics_file(path, actor=actor, at=dt.datetime(2026, 11, 20, 9, 0))
    assert len(again.unchanged) == 1 and again.earlier is not None and again.earlier.complete


def test_an_event_the_session_rules_refuse_is_rejected_alone(any_db, actor, tmp_path):
    too_long = event("day@city", "DTSTART;VALUE=DATE:20261125", end="DTEND;VALUE=DATE:20261127")
    path = tmp_path / "office.ics"
    path.write_bytes(calendar(too_long, event("good-1@city")))
    report = import_ics_file(path, actor=actor, at=dt.datetime(2026, 11, 20, 9, 0))
    assert len(report.created) == 1 and [p.code for p in report.rejected] == ["ics.event_refused"]
    assert "refused: A session lasts at most" in report.rejected[0].reason


def _run(argv, capsys):
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


BAD_CALENDARS: dict[str, tuple[bytes | None, str]] = {
    "missing": (None, "File not found"),
    "empty": (b"", "Not an iCalendar file"),
    "not a calendar": (b"hello\r\n", "Not an iCalendar file"),
    "binary": (bytes(range(256)), "is not valid UTF-8"),
    "cp949": (
        "BEGIN:VCALENDAR\r\nSUMMARY:이동시장실\r\n".encode("cp949"),
        "Line 2 of input.ics is not valid UTF-8",
    ),
}


@pytest.fixture
def nightly(sqlite_db):
    """The service user a nightly calendar import runs as (--as nightly)."""
    from civicdesk_gui.actions.actor import ensure_user

    return ensure_user("nightly", display_name="야간 작업")


@pytest.mark.parametrize("case", BAD_CALENDARS)
def test_bad_calendar_files_end_in_one_line_and_exit_2(sqlite_db, nightly, tmp_path, capsys, case):
    data, expected = BAD_CALENDARS[case]
    path = tmp_path / "input.ics"
    if data is not None:
        path.write_bytes(data)
    code, out, err = _run(
        ["sessions", "--as", "nightly", "--db", sqlite_db.url, "--import-ics", str(path)], capsys
    )
    assert code == 2 and out == "" and err.count("\n") == 1 and expected in err, err


def test_a_folder_or_a_fifo_given_as_the_calendar_is_refused(sqlite_db, nightly, tmp_path):
    from civicdesk_gui.store import database

    fifo = tmp_path / "calendar.ics"
    os.mkfifo(fifo)
    database.close()
    for path in (tmp_path, fifo):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "civicdesk_gui",
                "sessions",
                "--as",
                "nightly",
                "--db",
                sqlite_db.url,
                "--import-ics",
                str(path),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=60,
        )
        assert result.returncode == 2 and "is not a regular file" in result.stderr
        assert result.stderr.count("\n") == 1


def test_rejected_events_exit_3_with_each_listed(sqlite_db, nightly, tmp_path, capsys):
    path = tmp_path / "office.ics"
    path.write_bytes(calendar(event("good-1@city"), BROKEN["year 9999"][0]))
    code, out, err = _run(
        ["sessions", "--as", "nightly", "--db", sqlite_db.url, "--import-ics", str(path)], capsys
    )
    assert code == cli.EXIT_REJECTED_ROWS and err == ""
    assert "2 events: 1 created, 0 updated, 0 unchanged, 0 skipped, 1 rejected" in out
    assert "rejected Event 2 (y9999@city) starts 9999-12-31" in out

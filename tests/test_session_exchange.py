"""The .ics export read back with icalendar, re-import without duplicates, the CLI, the pre-visit
brief read back with pypdf, and the coverage figures."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from pypdf import PdfReader

from civicdesk_gui.actions import sessions as actions
from civicdesk_gui.actions.session_import import import_ics_sessions
from civicdesk_gui.actions.session_suggestions import Suggestion, record_suggestions
from civicdesk_gui.documents.pre_visit_brief import build_pre_visit_brief
from civicdesk_gui.documents.session_ics import export_ics, parse_ics
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries.session_brief import brief_data
from civicdesk_gui.queries.session_figures import session_coverage
from civicdesk_gui.queries.sessions import ics_sessions
from civicdesk_gui.store.models import Session, Town

ROOT = Path(__file__).resolve().parent.parent


def town(name: str) -> int:
    return Town.get(Town.name == name).id


def three_sessions(actor) -> list[actions.SessionChange]:
    base = dt.datetime(2026, 4, 7, 14)
    made = []
    for offset, (name, unit, subgroup, place) in enumerate(
        [
            ("운정3동", "town", "", "운정3동 행정복지센터"),
            ("적성면", "professional", "ginseng", "인삼농협 회의실"),
            ("교하동", "youth", "", "청년센터 라운지"),
        ]
    ):
        start = base + dt.timedelta(days=offset)
        made.append(
            actions.schedule_session(
                starts_at=start,
                ends_at=start + dt.timedelta(hours=2),
                actor=actor,
                unit_type=unit,
                unit_subgroup=subgroup,
                unit_name=f"{name} 주민",
                town_id=town(name),
                place=place,
            )
        )
    return made


def test_export_parses_back_with_seoul_times(sqlite_db, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user

    made = three_sessions(ensure_user("tester"))
    data = export_ics(ics_sessions())
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 3
    assert sorted(str(e["uid"]) for e in events) == sorted(
        Session.get_by_id(m.session_id).ics_uid for m in made
    )
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Seoul"]
    first = min(events, key=lambda e: e["dtstart"].dt)
    start = first["dtstart"].dt
    assert start.tzinfo is not None and start.utcoffset() == dt.timedelta(hours=9)
    assert start == dt.datetime(2026, 4, 7, 14, tzinfo=ZoneInfo("Asia/Seoul"))
    assert first["dtstart"].params["TZID"] == "Asia/Seoul"
    assert "운정3동 행정복지센터" in str(first["location"])
    description = str(first["description"])
    assert "S2026-0001" in description and "읍·면·동" in description


def test_reimport_updates_by_uid_without_duplicates(sqlite_db):
    from civicdesk_gui.actions.actor import ensure_user

    actor = ensure_user("tester")
    made = three_sessions(actor)
    data = export_ics(ics_sessions())
    report = import_ics_sessions(events=parse_ics(data), actor=actor)
    assert (len(report.created), len(report.updated), len(report.unchanged)) == (0, 0, 3)
    # The secretary moves one visit by an hour in the office calendar, and adds a new one.
    calendar = icalendar.Calendar.from_ical(data)
    moved_uid = Session.get_by_id(made[1].session_id).ics_uid
    for event in calendar.walk("VEVENT"):
        if str(event["uid"]) == moved_uid:
            event["dtstart"].dt = event["dtstart"].dt + dt.timedelta(hours=1)
            event["dtend"].dt = event["dtend"].dt + dt.timedelta(hours=1)
    extra = icalendar.Event()
    extra.add("uid", "office-calendar-77@city.example")
    extra.add("summary", "이동시장실: 산내마을 9단지")
    extra.add("dtstart", dt.datetime(2026, 4, 20, 10, tzinfo=ZoneInfo("Asia/Seoul")))
    extra.add("dtend", dt.datetime(2026, 4, 20, 12, tzinfo=ZoneInfo("Asia/Seoul")))
    extra.add("description", "소통 단위: 아파트 단지")
    calendar.add_component(extra)
    edited = calendar.to_ical()
    report = import_ics_sessions(events=parse_ics(edited), actor=actor)
    assert (len(report.created), len(report.updated), len(report.unchanged)) == (1, 1, 2)
    assert Session.get_by_id(made[1].session_id).starts_at == dt.datetime(2026, 4, 8, 15)
    new = Session.get(Session.ics_uid == "office-calendar-77@city.example")
    assert (new.unit_type, new.unit_name) == ("apartment", "산내마을 9단지")
    again = import_ics_sessions(events=parse_ics(edited), actor=actor)
    assert len(again.unchanged) == 4 and Session.select().count() == 4


def test_not_a_calendar_is_a_user_error():
    with pytest.raises(ValidationError):
        parse_ics(b"this is not a calendar")


def test_cli_exports_and_imports(sqlite_url, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.store import database

    database.connect(sqlite_url)
    three_sessions(ensure_user("tester"))
    database.close()
    ics = tmp_path / "sessions.ics"
    run = [sys.executable, "-m", "civicdesk_gui", "sessions", "--db", sqlite_url]
    out = subprocess.run([*run, "--ics", str(ics)], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "3 sessions" in out.stdout
    assert len(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 3
    back = subprocess.run(
        [*run, "--import-ics", str(ics)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "0 created, 0 updated, 3 unchanged" in back.stdout
    missing = subprocess.run(
        [*run, "--import-ics", str(tmp_path / "none.ics")], cwd=ROOT, capture_output=True, text=True
    )
    assert missing.returncode == 2 and "not found" in missing.stderr and "Traceback" not in missing.stderr


def test_pre_visit_brief_pdf(sqlite_db, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.cases import intake_case

    actor = ensure_user("tester")
    earlier = actions.schedule_session(
        starts_at=dt.datetime(2026, 1, 13, 14),
        ends_at=dt.datetime(2026, 1, 13, 16),
        actor=actor,
        unit_type="town",
        unit_name="운정3동 주민",
        town_id=town("운정3동"),
    )
    actions.record_held(
        session_id=earlier.session_id,
        attendees=52,
        minutes="",
        actor=actor,
        expected_version=1,
        at=dt.datetime(2026, 1, 13, 17),
    )
    record_suggestions(
        session_id=earlier.session_id,
        suggestions=[Suggestion("한울공원 산책로 가로등 설치 요청")],
        actor=actor,
    )
    intake_case(
        channel="text", text="운정3동 버스정류장 온열 의자 고장", actor=actor, town_id=town("운정3동")
    )
    request = actions.request_session(
        requested_by="운정3동 주민자치회장 이정호",
        unit_type="town",
        town_id=town("운정3동"),
        unit_name="운정3동 주민",
        actor=actor,
        via_office="운정3동 행정복지센터",
        expected_attendance=60,
    )
    upcoming = actions.schedule_session(
        starts_at=dt.datetime(2026, 12, 8, 14),
        ends_at=dt.datetime(2026, 12, 8, 16),
        actor=actor,
        request_id=request.request_id,
        place="운정3동 행정복지센터",
    )
    path = build_pre_visit_brief(brief_data(upcoming.session_id), tmp_path / "brief.pdf")
    reader = PdfReader(path)
    assert 1 <= len(reader.pages) <= 2
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in (
        "이동시장실 사전 보고",
        "운정3동 주민자치회장 이정호",
        "운정3동 행정복지센터",
        "한울공원 산책로 가로등",
        "버스정류장 온열 의자",
        "S2026-0001",
    ):
        assert expected in text, expected
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else {}
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts <= {"NanumGothic", "NanumGothicBold", "NanumMyeongjoBold"} and "NanumGothic" in fonts


def test_coverage_figures(any_db, actor):
    made = three_sessions(actor)
    for change, people in zip(made[:2], (40, 25), strict=True):
        actions.record_held(
            session_id=change.session_id,
            attendees=people,
            minutes="",
            actor=actor,
            expected_version=1,
            at=dt.datetime(2026, 5, 1),
        )
    record_suggestions(
        session_id=made[0].session_id,
        suggestions=[Suggestion("보도블록 파손"), Suggestion("공원 화장실 개방 시간 연장")],
        actor=actor,
    )
    Town.update(active=False).where(Town.name == "군내면").execute()
    figures = session_coverage(dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    assert (figures.sessions_held, figures.citizens_met, figures.towns_covered) == (2, 65, 2)
    assert figures.towns_total == 19
    assert figures.suggestions == 2 and figures.suggestions_per_session == 1.0
    assert figures.unit_mix == {"town": 1, "professional": 1}
    assert session_coverage(dt.date(2026, 5, 1), dt.date(2026, 5, 31)).sessions_held == 0

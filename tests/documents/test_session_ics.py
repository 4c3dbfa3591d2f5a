"""The sessions' .ics export read back with icalendar, and re-import by UID without duplicates."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest

from civicdesk_gui.actions.session_import import import_ics_sessions
from civicdesk_gui.documents.session_ics import export_ics, parse_ics
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries.sessions import ics_sessions
from civicdesk_gui.store.models import Session
from tests.session_samples import three_sessions


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
    report = import_ics_sessions(events=parse_ics(data).events, actor=actor)
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
    report = import_ics_sessions(events=parse_ics(edited).events, actor=actor)
    assert (len(report.created), len(report.updated), len(report.unchanged)) == (1, 1, 2)
    assert Session.get_by_id(made[1].session_id).starts_at == dt.datetime(2026, 4, 8, 15)
    new = Session.get(Session.ics_uid == "office-calendar-77@city.example")
    assert (new.unit_type, new.unit_name) == ("apartment", "산내마을 9단지")
    again = import_ics_sessions(events=parse_ics(edited).events, actor=actor)
    assert len(again.unchanged) == 4 and Session.select().count() == 4


def test_not_a_calendar_is_a_user_error():
    with pytest.raises(ValidationError):
        parse_ics(b"this is not a calendar")

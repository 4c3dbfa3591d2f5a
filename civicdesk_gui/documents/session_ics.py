"""iCalendar (RFC 5545) exchange of sessions with an office calendar: one VEVENT per session with
its stable UID, times in Asia/Seoul (VTIMEZONE included), the place, and a description naming the
unit and the session number so that a reader can find the session back in CivicDesk."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import icalendar

from civicdesk_gui.errors import ValidationError

SEOUL = ZoneInfo("Asia/Seoul")
PRODID = "-//CivicDesk//Mobile Mayor's Office//KO"
NUMBER_LINE = "세션 번호: "
UNIT_LINE = "소통 단위: "


@dataclass(frozen=True)
class IcsSession:
    """A session as the calendar file carries it; times are naive Asia/Seoul wall-clock times."""

    uid: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    summary: str
    location: str = ""
    number: str = ""
    unit: str = ""
    town: str = ""
    cancelled: bool = False
    notes: str = ""


def ics_location(place: str, address: str, town: str) -> str:
    """The LOCATION text: the hall, then its address (or the town when no address is known)."""
    return ", ".join(p for p in (place, address or town) if p)


SUMMARY_PREFIX = "이동시장실: "


def _description(session: IcsSession) -> str:
    lines = [f"{UNIT_LINE}{session.unit}", f"{NUMBER_LINE}{session.number}"]
    if session.town:
        lines.append(f"읍·면·동: {session.town}")
    if session.notes:
        lines.append(session.notes)
    return "\n".join(lines)


def export_ics(sessions: Iterable[IcsSession], *, name: str = "이동시장실") -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Seoul")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for session in sessions:
        event = icalendar.Event()
        event.add("uid", session.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", session.starts_at.replace(tzinfo=SEOUL))
        event.add("dtend", session.ends_at.replace(tzinfo=SEOUL))
        event.add("summary", session.summary)
        if session.location:
            event.add("location", session.location)
        event.add("description", _description(session))
        event.add("status", "CANCELLED" if session.cancelled else "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _seoul(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:  # floating time: read as the office's wall clock
            return value.replace(microsecond=0)
        return value.astimezone(SEOUL).replace(tzinfo=None, microsecond=0)
    # An all-day event: the whole office day.
    return dt.datetime.combine(value, dt.time(9, 0))


def _line(description: str, prefix: str) -> str:
    match = re.search(rf"^{re.escape(prefix)}(.*)$", description, flags=re.MULTILINE)
    return match.group(1).strip() if match else ""


def parse_ics(data: bytes) -> list[IcsSession]:
    """The VEVENTs of an .ics file; a file that is not iCalendar is a user error, not a crash."""
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        raise ValidationError("ics.not_calendar", {"reason": str(exc)}, field="file") from exc
    found: list[IcsSession] = []
    for index, event in enumerate(calendar.walk("VEVENT"), start=1):
        uid = str(event.get("uid", "")).strip()
        if not uid:
            raise ValidationError("ics.event_without_uid", {"index": index}, field="uid")
        start = event.get("dtstart")
        if start is None:
            raise ValidationError("ics.event_without_start", {"index": index, "uid": uid}, field="dtstart")
        starts_at = _seoul(start.dt)
        if event.get("dtend") is not None:
            ends_at = _seoul(event.get("dtend").dt)
        elif event.get("duration") is not None:
            ends_at = starts_at + event.get("duration").dt
        else:
            ends_at = starts_at + dt.timedelta(hours=2)
        description = str(event.get("description", ""))
        found.append(
            IcsSession(
                uid=uid,
                starts_at=starts_at,
                ends_at=ends_at,
                summary=str(event.get("summary", "")),
                location=str(event.get("location", "")),
                number=_line(description, NUMBER_LINE),
                unit=_line(description, UNIT_LINE),
                cancelled=str(event.get("status", "")).upper() == "CANCELLED",
            )
        )
    return found

"""iCalendar (RFC 5545) exchange of sessions with an office calendar: one VEVENT per session with
its stable UID, times in Asia/Seoul (VTIMEZONE included), the place, and a description naming the
unit and the session number so that a reader can find the session back in CivicDesk.

Reading a calendar (parse_ics) accounts for every VEVENT of the file: each is either read into an
IcsSession or rejected with its position, its UID and the reason (IcsEventProblem, a catalog code
with values) — a broken property, an unknown time zone, a date outside the years sessions can have
(year 9999 would overflow the clocks), a UID or title longer than the columns, a NUL, a repeated UID.
Each event is cut out of the file and read on its own (with the file's time zones), so one broken
event never hides the others. Only a file that is not a calendar at all is refused whole."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

import icalendar

from civicdesk_gui.documents.import_files import ImportFileError, line_of
from civicdesk_gui.domain import input_limits
from civicdesk_gui.error_catalog import Phrase, english
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
    index: int = 0  # its place among the file's events (1-based), when read from a file


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


# ------------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class IcsEventProblem:
    """One event of the file that was not read: where, which UID, and why."""

    index: int  # 1-based, in file order
    uid: str
    code: str  # an "ics.event_…" code of error_catalog
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def phrase(self) -> Phrase:
        return Phrase(self.code, self.values)

    @property
    def reason(self) -> str:
        return english(self.code, self.values)

    def __str__(self) -> str:
        return self.reason


@dataclass
class IcsFile:
    file: str
    records: int  # VEVENTs in the file: len(events) + len(rejected)
    events: list[IcsSession] = field(default_factory=list)
    rejected: list[IcsEventProblem] = field(default_factory=list)
    digest: str = ""


class _Rejected(Exception):
    def __init__(self, code: str, values: Mapping[str, Any]):
        super().__init__(code)
        self.code = code
        self.values = dict(values)


# The properties read from an event: a broken one rejects the event, others are ignored.
USED_PROPERTIES = ("UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "LOCATION", "DESCRIPTION", "STATUS")
_UNFOLD = re.compile(r"\r?\n[ \t]")
_LINES = re.compile(r"\r\n|\r|\n")
_NAME = re.compile(r"^([A-Za-z0-9-]+)")


def _text(data: bytes, file: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # RFC 5545 calendars are UTF-8
        raise ImportFileError(
            "import.not_in_encoding", {"file": file, "encoding": "UTF-8", "line": line_of(data, exc.start)}
        ) from exc


def _name(line: str) -> str:
    match = _NAME.match(line)
    return match.group(1).upper() if match else ""


def _value(line: str) -> str:
    """A content line's value (after the first colon outside a quoted parameter)."""
    quoted = False
    for position, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return line[position + 1 :]
    return ""


@dataclass
class _Block:
    lines: list[str]
    terminated: bool = False


def _blocks(lines: list[str]) -> tuple[list[_Block], list[str]]:
    """The file's VEVENTs (each its lines, BEGIN to END) and its time zones' lines."""
    events: list[_Block] = []
    zones: list[str] = []
    current: _Block | None = None
    nested: list[str] = []  # components open inside the current event (VALARM…)
    zone_depth = 0
    for line in lines:
        name, value = _name(line), _value(line).strip().upper()
        if current is not None:
            if name == "BEGIN" and value == "VEVENT" or name == "END" and value == "VCALENDAR":
                current = None  # never closed: the event ends here, unread
                nested = []
            elif name == "END" and value == "VEVENT" and not nested:
                current.lines.append(line)
                current.terminated = True
                current = None
                continue
            else:
                if name == "BEGIN":
                    nested.append(value)
                elif name == "END" and nested and nested[-1] == value:
                    nested.pop()
                current.lines.append(line)
                continue
        if name == "BEGIN" and value == "VEVENT":
            current = _Block([line])
            events.append(current)
        elif name == "BEGIN" and value == "VTIMEZONE" or zone_depth:
            zones.append(line)
            if name == "BEGIN":
                zone_depth += 1
            elif name == "END":
                zone_depth -= 1
    return events, zones


def _property_line(block: _Block, wanted: str) -> str | None:
    return next((line for line in block.lines if _name(line) == wanted), None)


def _read_event(block: _Block, zones: list[str], *, index: int, uid: str, today: dt.date) -> IcsSession:
    where = {"index": index, "uid": uid}
    text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *zones, *block.lines, "END:VCALENDAR", ""])
    try:
        calendar = icalendar.Calendar.from_ical(text)
        (event,) = calendar.walk("VEVENT")
    except Exception as exc:  # icalendar raises many kinds for a broken component
        raise _Rejected(
            "ics.event_unreadable", {**where, "property": "VEVENT", "reason": _short(exc)}
        ) from exc
    for prop, reason in event.errors:
        if prop is None or str(prop).upper() in USED_PROPERTIES:
            raise _Rejected(
                "ics.event_unreadable", {**where, "property": str(prop or "a line"), "reason": _short(reason)}
            )
    start = event.get("dtstart")
    if start is None:
        raise _Rejected("ics.event_without_start", where)
    try:
        starts_at, ends_at = _times(event, start, where)
    except (OverflowError, ValueError) as exc:
        raise _Rejected(
            "ics.event_out_of_range", {**where, **_range(today), "value": _raw(block, "DTSTART")}
        ) from exc
    for moment in (starts_at, ends_at):
        if not input_limits.session_in_range(moment, today):
            raise _Rejected(
                "ics.event_out_of_range", {**where, **_range(today), "value": f"{moment:%Y-%m-%d}"}
            )
    if ends_at <= starts_at:
        raise _Rejected("ics.event_ends_before_start", where)
    summary = str(event.get("summary", ""))
    location = str(event.get("location", ""))
    title = summary.removeprefix(SUMMARY_PREFIX)
    for prop, value, limit in (
        ("SUMMARY", title, min(input_limits.MAX_SESSION_TITLE_LENGTH, input_limits.MAX_SESSION_UNIT_LENGTH)),
        ("LOCATION", location, input_limits.MAX_SESSION_PLACE_LENGTH),
    ):
        if len(value) > limit:
            raise _Rejected(
                "ics.event_field_too_long", {**where, "property": prop, "length": len(value), "limit": limit}
            )
    description = str(event.get("description", ""))
    return IcsSession(
        uid=uid,
        starts_at=starts_at,
        ends_at=ends_at,
        summary=summary,
        location=location,
        number=_line(description, NUMBER_LINE),
        unit=_line(description, UNIT_LINE),
        cancelled=str(event.get("status", "")).upper() == "CANCELLED",
        index=index,
    )


def _times(event, start, where: dict) -> tuple[dt.datetime, dt.datetime]:
    value = start.dt
    tzid = start.params.get("TZID")
    if tzid and isinstance(value, dt.datetime) and value.tzinfo is None:
        raise _Rejected("ics.event_unknown_timezone", {**where, "tzid": str(tzid)})
    starts_at = _seoul(value)
    if event.get("dtend") is not None:
        end = event.get("dtend")
        if end.params.get("TZID") and isinstance(end.dt, dt.datetime) and end.dt.tzinfo is None:
            raise _Rejected("ics.event_unknown_timezone", {**where, "tzid": str(end.params["TZID"])})
        ends_at = _seoul(end.dt)
    elif event.get("duration") is not None:
        ends_at = starts_at + event.get("duration").dt
    else:
        ends_at = starts_at + dt.timedelta(hours=2)
    return starts_at, ends_at


def _range(today: dt.date) -> dict[str, str]:
    latest = input_limits.latest_session(today) - dt.timedelta(days=1)
    return {"earliest": f"{input_limits.EARLIEST_SESSION:%Y-%m-%d}", "latest": f"{latest:%Y-%m-%d}"}


def _raw(block: _Block, prop: str) -> str:
    line = _property_line(block, prop)
    return _value(line)[:40] if line else ""


def _short(reason: object) -> str:
    return " ".join(str(reason).split())[:200]


def parse_ics(data: bytes, *, file: str = "calendar.ics", today: dt.date | None = None) -> IcsFile:
    """Every VEVENT of an .ics file, read or rejected (see the module docstring); a file that is not
    iCalendar is a user error, not a crash."""
    today = today or dt.date.today()
    text = _UNFOLD.sub("", _text(data, file))
    lines = [line for line in _LINES.split(text) if line.strip()]
    if not lines or _name(lines[0]) != "BEGIN" or _value(lines[0]).strip().upper() != "VCALENDAR":
        raise ValidationError(
            "ics.not_calendar", {"reason": "the file does not begin with BEGIN:VCALENDAR"}, field="file"
        )
    blocks, zones = _blocks(lines)
    result = IcsFile(file, len(blocks), digest=hashlib.sha256(data).hexdigest())
    seen: set[str] = set()
    for index, block in enumerate(blocks, start=1):
        uid_line = _property_line(block, "UID")
        uid = _value(uid_line).strip() if uid_line else ""
        shown = uid[:60]
        try:
            if any("\x00" in line for line in block.lines):
                raise _Rejected("ics.event_nul", {"index": index, "uid": shown})
            if not block.terminated:
                raise _Rejected("ics.event_unterminated", {"index": index, "uid": shown or "?"})
            if not uid:
                raise _Rejected("ics.event_without_uid", {"index": index})
            if len(uid) > input_limits.MAX_SESSION_UID_LENGTH:
                raise _Rejected(
                    "ics.event_uid_too_long",
                    {"index": index, "length": len(uid), "limit": input_limits.MAX_SESSION_UID_LENGTH},
                )
            if uid in seen:
                raise _Rejected("ics.event_duplicate_uid", {"index": index, "uid": uid})
            seen.add(uid)
            result.events.append(_read_event(block, zones, index=index, uid=uid, today=today))
        except _Rejected as rejected:
            result.rejected.append(IcsEventProblem(index, shown, rejected.code, rejected.values))
    return result

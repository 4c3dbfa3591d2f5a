"""Mobile Mayor's Office rules (DOMAIN.md §4): communication units, the request and session state
tables, session numbers, and scheduling conflicts. Plain data in, plain data out: no Qt, no queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from civicdesk_gui.domain.clocks import holiday_name
from civicdesk_gui.domain.vocabulary import Term, _index
from civicdesk_gui.error_catalog import Phrase
from civicdesk_gui.errors import TransitionError, ValidationError

# The communication unit the team defines from the applicant's background.
UNIT_TYPES = _index(
    Term("town", "읍·면·동", "Town / neighbourhood"),
    Term("village", "마을", "Village"),
    Term("apartment", "아파트 단지", "Apartment complex"),
    Term("professional", "직능 단체", "Professional group"),
    Term("parents", "학부모", "Parents"),
    Term("youth", "청년", "Youth"),
    Term("other", "기타", "Other"),
)

# Sub-groups of professional units; farmers go down to poultry, ginseng and dairy.
PROFESSIONAL_SUBGROUPS = _index(
    Term("business", "기업인", "Business people"),
    Term("farmers", "농업인", "Farmers"),
    Term("poultry", "양계 농가", "Poultry farmers"),
    Term("ginseng", "인삼 재배 농가", "Ginseng growers"),
    Term("dairy", "낙농 협회", "Dairy association"),
    Term("self_employed", "자영업자", "Self-employed"),
    Term("artists", "예술인", "Artists"),
)
SUBGROUP_PARENT = {"poultry": "farmers", "ginseng": "farmers", "dairy": "farmers"}

REQUEST_STATES = _index(
    Term("requested", "신청", "Requested"),
    Term("scheduled", "일정 확정", "Scheduled"),
    Term("held", "개최", "Held"),
    Term("closed", "종결", "Closed"),
    Term("declined", "반려", "Declined"),
    Term("cancelled", "취소", "Cancelled"),
)

SESSION_STATES = _index(
    Term("scheduled", "예정", "Scheduled"),
    Term("held", "개최", "Held"),
    Term("closed", "종결", "Closed"),
    Term("cancelled", "취소", "Cancelled"),
)

SESSION_EVENT_KINDS = _index(
    Term("request", "신청 접수", "Request received"),
    Term("schedule", "일정 확정", "Scheduled"),
    Term("reschedule", "일정 변경", "Rescheduled"),
    Term("edit", "내용 수정", "Details edited"),
    Term("held", "개최 기록", "Held"),
    Term("suggestions", "현장 건의 접수", "Suggestions recorded"),
    Term("close", "종결", "Closed"),
    Term("decline", "반려", "Declined"),
    Term("cancel", "취소", "Cancelled"),
    Term("ics_import", "달력 가져오기", "Imported from calendar"),
)

REQUEST_TRANSITIONS: dict[str, frozenset[str]] = {
    "requested": frozenset({"scheduled", "declined", "cancelled"}),
    # A scheduled request follows its session; if the session is cancelled the request may be
    # scheduled again (a new date) or cancelled with it.
    "scheduled": frozenset({"held", "cancelled", "requested"}),
    "held": frozenset({"closed"}),
    "closed": frozenset(),
    "declined": frozenset(),
    "cancelled": frozenset(),
}

SESSION_TRANSITIONS: dict[str, frozenset[str]] = {
    "scheduled": frozenset({"held", "cancelled"}),
    "held": frozenset({"closed"}),
    "closed": frozenset(),
    "cancelled": frozenset(),
}

REASON_REQUIRED = frozenset({"declined", "cancelled"})
# Only a session still ahead can be moved; the record of a held one is history.
MOVABLE_STATES = frozenset({"scheduled"})
SUGGESTION_STATES = frozenset({"held"})  # the entry grid works on a held session
MAX_SESSION_HOURS = 12


def check_request_transition(current: str, target: str, *, reason: str = "") -> None:
    allowed = sorted(REQUEST_TRANSITIONS.get(current, ()))
    if target not in allowed:
        if not allowed:
            raise TransitionError(
                "session_request.transition_final", {"current": current, "target": target}, field="state"
            )
        raise TransitionError(
            "session_request.transition",
            {"current": current, "target": target, "allowed": allowed},
            field="state",
        )
    if target in REASON_REQUIRED and not reason.strip():
        raise ValidationError("session_request.reason_needed", {"state": target}, field="reason")


def check_session_transition(current: str, target: str, *, reason: str = "") -> None:
    allowed = sorted(SESSION_TRANSITIONS.get(current, ()))
    if target not in allowed:
        if not allowed:
            raise TransitionError(
                "session.transition_final", {"current": current, "target": target}, field="state"
            )
        raise TransitionError(
            "session.transition", {"current": current, "target": target, "allowed": allowed}, field="state"
        )
    if target in REASON_REQUIRED and not reason.strip():
        raise ValidationError("session.reason_needed", {"state": target}, field="reason")


def check_unit(unit_type: str, subgroup: str = "") -> None:
    if unit_type not in UNIT_TYPES:
        raise ValidationError("session.unknown_unit_type", {"unit_type": unit_type}, field="unit_type")
    if subgroup and (unit_type != "professional" or subgroup not in PROFESSIONAL_SUBGROUPS):
        raise ValidationError(
            "session.subgroup_mismatch", {"subgroup": subgroup, "unit_type": unit_type}, field="unit_subgroup"
        )


def check_times(starts_at: dt.datetime, ends_at: dt.datetime) -> None:
    if ends_at <= starts_at:
        raise ValidationError("session.ends_before_start", field="ends_at")
    if ends_at - starts_at > dt.timedelta(hours=MAX_SESSION_HOURS):
        raise ValidationError("session.too_long", {"hours": MAX_SESSION_HOURS}, field="ends_at")


def session_counter_name(year: int) -> str:
    return f"session:{year}"


def format_session_number(year: int, serial: int) -> str:
    return f"S{year}-{serial:04d}"


def unit_label(unit_type: str, subgroup: str = "", language: str = "ko") -> str:
    """'직능 단체 · 양계 농가': the type, and the sub-group where there is one."""
    from civicdesk_gui.domain.vocabulary import label

    text = label(UNIT_TYPES, unit_type, language)
    if subgroup:
        text += " · " + label(PROFESSIONAL_SUBGROUPS, subgroup, language)
    return text


# ------------------------------------------------------------------------------------- conflicts


@dataclass(frozen=True)
class Slot:
    """A session's place in the mayor's diary, as the conflict rules see it."""

    session_id: int | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    town_id: int | None
    label: str = ""


@dataclass(frozen=True)
class Conflict:
    kind: str  # overlap | travel | holiday
    other: Slot | None
    phrase: Phrase  # what is wrong (session.conflict.<kind>), for the desk's language
    day: dt.date | None = None  # the holiday's date

    @property
    def message(self) -> str:
        """In English, as the history and the command line keep it."""
        return str(self.phrase)


CONFLICT_KINDS = _index(
    Term("overlap", "시장 일정 중복", "Mayor double-booked"),
    Term("travel", "이동 시간 부족", "Too little travel time"),
    Term("holiday", "공휴일", "Public holiday"),
)


def _needs_travel(a: Slot, b: Slot) -> bool:
    # Same town: the mayor walks to the next hall. An unknown town is treated as elsewhere,
    # because a missing address must not hide a tight schedule.
    return a.town_id is None or b.town_id is None or a.town_id != b.town_id


def find_conflicts(candidate: Slot, others: Iterable[Slot], *, travel_buffer_minutes: int) -> list[Conflict]:
    """What is wrong with putting `candidate` in the diary next to `others` (DOMAIN.md §4).

    Times are compared as datetimes, so a session running past midnight still collides with an
    early one the next day; the buffer is the configured travel time between different towns.
    """
    buffer = dt.timedelta(minutes=max(0, travel_buffer_minutes))
    found: list[Conflict] = []
    for other in others:
        if other.session_id is not None and other.session_id == candidate.session_id:
            continue
        if candidate.starts_at < other.ends_at and other.starts_at < candidate.ends_at:
            values = {
                "other": _name(other),
                "starts": f"{other.starts_at:%m-%d %H:%M}",
                "ends": f"{other.ends_at:%H:%M}",
            }
            found.append(Conflict("overlap", other, Phrase("session.conflict.overlap", values)))
            continue
        if not _needs_travel(candidate, other):
            continue
        gap = (
            candidate.starts_at - other.ends_at
            if other.ends_at <= candidate.starts_at
            else (other.starts_at - candidate.ends_at)
        )
        if gap < buffer:
            values = {
                "minutes": int(gap.total_seconds() // 60),
                "other": _name(other),
                "needed": int(buffer.total_seconds() // 60),
            }
            found.append(Conflict("travel", other, Phrase("session.conflict.travel", values)))
    for day in _days_touched(candidate):
        holiday = holiday_name(day)
        if holiday:
            values = {"day": f"{day:%Y-%m-%d}", "holiday": holiday}
            found.append(Conflict("holiday", None, Phrase("session.conflict.holiday", values), day))
    return found


def _name(slot: Slot) -> str | Phrase:
    return slot.label or Phrase("session.another")


def _days_touched(slot: Slot) -> list[dt.date]:
    days = []
    day = slot.starts_at.date()
    last = (slot.ends_at - dt.timedelta(seconds=1)).date()
    while day <= last:
        days.append(day)
        day += dt.timedelta(days=1)
    return days


def conflict_window(starts_at: dt.datetime, ends_at: dt.datetime, travel_buffer_minutes: int):
    """The period other sessions must fall in to matter for a slot: its span widened by the buffer."""
    buffer = dt.timedelta(minutes=max(0, travel_buffer_minutes))
    return starts_at - buffer, ends_at + buffer


def marks_for(slots: list[Slot], *, travel_buffer_minutes: int) -> dict[int, list[Conflict]]:
    """Conflicts of each slot against the others, for the calendar's marks (session id -> list)."""
    ordered = sorted(slots, key=lambda s: s.starts_at)
    marks: dict[int, list[Conflict]] = {}
    for index, slot in enumerate(ordered):
        # Neighbours within a day either side are enough: sessions last at most MAX_SESSION_HOURS.
        window = [
            other
            for other in ordered[max(0, index - 20) : index + 21]
            if other is not slot and abs(other.starts_at - slot.starts_at) <= dt.timedelta(days=1)
        ]
        found = find_conflicts(slot, window, travel_buffer_minutes=travel_buffer_minutes)
        if found and slot.session_id is not None:
            marks[slot.session_id] = found
    return marks

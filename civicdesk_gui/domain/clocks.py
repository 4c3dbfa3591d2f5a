"""The clocks on a case: the program's promise, the statutory period, the monthly update.

(a) Promise, per channel (DOMAIN.md §1): text/phone/qr 48 hours from receipt; mobile_office 14 days
    from the session; every open case a progress update at least every 30 days.
(b) Statutory, per kind of petition (민원 처리에 관한 법률 제19조, 시행령 제14–17조): periods of 5 days
    or less count in working hours at 8 hours a working day; longer periods count in working days
    with the first day included; Saturdays, Sundays and public holidays are excluded.

The periods themselves are data (DeadlineRule rows); this module only does the arithmetic.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import holidays

OFFICE_OPENS = dt.time(9, 0)
LUNCH_STARTS = dt.time(12, 0)
LUNCH_ENDS = dt.time(13, 0)
OFFICE_CLOSES = dt.time(18, 0)
WORKING_HOURS_PER_DAY = 8
# 법 제19조: periods of up to 5 days are counted in hours.
HOURS_COUNTING_LIMIT_DAYS = 5

UNITS = ("hours", "days", "working_hours", "working_days", "statutory_days")


@lru_cache(maxsize=1)
def _korean_holidays() -> holidays.HolidayBase:
    return holidays.country_holidays("KR")


def is_holiday(day: dt.date) -> bool:
    return day in _korean_holidays()


def holiday_name(day: dt.date) -> str | None:
    return _korean_holidays().get(day)


@lru_cache(maxsize=8192)
def is_working_day(day: dt.date) -> bool:
    # Cached: deadline arithmetic asks about the same few hundred days over and over (lists, demo data).
    return day.weekday() < 5 and not is_holiday(day)


@lru_cache(maxsize=8192)
def next_working_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


@lru_cache(maxsize=8192)  # a value of the day alone (the demo asks for the same days again and again)
def _working_periods(day: dt.date) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
    return (
        (dt.datetime.combine(day, OFFICE_OPENS), dt.datetime.combine(day, LUNCH_STARTS)),
        (dt.datetime.combine(day, LUNCH_ENDS), dt.datetime.combine(day, OFFICE_CLOSES)),
    )


def add_working_hours(start: dt.datetime, hours: float) -> dt.datetime:
    """The moment `hours` office hours after `start` (09–12, 13–18 on working days)."""
    remaining = dt.timedelta(hours=hours)
    day = start.date()
    cursor = start
    if not is_working_day(day):
        day = next_working_day(day)
        cursor = dt.datetime.combine(day, OFFICE_OPENS)
    while True:
        for opens, closes in _working_periods(day):
            # Nothing left to add at closing time is that moment, not the next opening: adding in
            # two steps then lands where adding at once does.
            if cursor > closes or (cursor == closes and remaining):
                continue
            begin = max(cursor, opens)
            available = closes - begin
            if remaining <= available:
                return begin + remaining
            remaining -= available
            cursor = closes
        day = next_working_day(day)
        cursor = dt.datetime.combine(day, OFFICE_OPENS)


def add_working_days_first_day_counted(start: dt.datetime, days: int) -> dt.datetime:
    """Close of office on the `days`-th working day, the day of receipt counted as the first."""
    day = start.date()
    if not is_working_day(day):
        day = next_working_day(day)
    for _ in range(days - 1):
        day = next_working_day(day)
    return dt.datetime.combine(day, OFFICE_CLOSES)


@dataclass(frozen=True)
class Period:
    amount: int
    unit: str  # one of UNITS
    anchor: str = "received"  # received | session

    def due_from(self, start: dt.datetime) -> dt.datetime:
        if self.unit == "hours":
            return start + dt.timedelta(hours=self.amount)
        if self.unit == "days":
            return start + dt.timedelta(days=self.amount)
        if self.unit == "working_hours":
            return add_working_hours(start, self.amount)
        if self.unit == "working_days":
            return add_working_days_first_day_counted(start, self.amount)
        if self.unit == "statutory_days":
            if self.amount <= HOURS_COUNTING_LIMIT_DAYS:
                return add_working_hours(start, self.amount * WORKING_HOURS_PER_DAY)
            return add_working_days_first_day_counted(start, self.amount)
        raise ValueError(f"unknown period unit {self.unit!r}")


def counts_in_hours(period: Period) -> bool:
    """법 제19조: periods of 5 days or less count in working hours."""
    return period.unit == "working_hours" or (
        period.unit == "statutory_days" and period.amount <= HOURS_COUNTING_LIMIT_DAYS
    )


def working_hours_between(start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    """Office time (09–12, 13–18 on working days) between two moments."""
    total = dt.timedelta(0)
    day = start.date()
    while day <= end.date():
        if is_working_day(day):
            for opens, closes in _working_periods(day):
                begin, finish = max(opens, start), min(closes, end)
                if finish > begin:
                    total += finish - begin
        day += dt.timedelta(days=1)
    return total


def add_working_days_after(due: dt.datetime, days: int) -> dt.datetime:
    """Close of office on the `days`-th working day after the day of `due`."""
    day = due.date()
    for _ in range(days):
        day = next_working_day(day)
    return dt.datetime.combine(day, OFFICE_CLOSES)


def extended_due(period: Period, due: dt.datetime, amount: int) -> dt.datetime:
    """The due time extended by `amount` of the period's own units (시행령 제21조①: by no more than
    the period itself — the caller checks that)."""
    if counts_in_hours(period):
        hours = amount * (WORKING_HOURS_PER_DAY if period.unit == "statutory_days" else 1)
        return add_working_hours(due, hours)
    return add_working_days_after(due, amount)


def paused_due(
    period: Period, due: dt.datetime, paused_at: dt.datetime, resumed_at: dt.datetime
) -> dt.datetime:
    """The due time once a supplement (보완) is answered: the time it took is not counted (시행령 제20조,
    행정절차법 시행령 제11조). Hour-counted periods move by the office hours of the pause; day-counted
    ones by the working days after the day of the request up to and including the day of the answer."""
    if resumed_at <= paused_at:
        return due
    if counts_in_hours(period):
        pause = working_hours_between(paused_at, resumed_at)
        return add_working_hours(due, pause.total_seconds() / 3600)
    days = 0
    day = paused_at.date()
    while day < resumed_at.date():
        day += dt.timedelta(days=1)
        days += is_working_day(day)
    return add_working_days_after(due, days) if days else due


@dataclass(frozen=True)
class Rule:
    """A DeadlineRule row as plain data: None for channel/category means 'any'."""

    clock: str
    channel: str | None
    category: str | None
    amount: int | None
    unit: str
    anchor: str = "received"
    kind: str | None = None  # kind of petition (domain/petitions.py): the statutory periods are per kind
    label: str = ""
    label_en: str = ""  # the English interface's label (empty: the Korean one is shown)

    def label_in(self, language: str) -> str:
        return self.label_en if language == "en" and self.label_en else self.label

    @functools.cached_property  # a frozen dataclass keeps it in __dict__; equality reads the fields
    def period(self) -> Period | None:
        return None if self.amount is None else Period(self.amount, self.unit, self.anchor)


def pick_rule(
    rules: Iterable[Rule], *, clock: str, channel: str | None, category: str | None, kind: str | None = None
) -> Rule | None:
    """The most specific rule for the clock: the kind of petition first (the statutory period is the
    kind's, 시행령 제14–17조), then channel+category, then channel, then category, then default."""
    best: tuple[int, Rule] | None = None
    for rule in rules:
        if rule.clock != clock:
            continue
        if rule.kind is not None and rule.kind != kind:
            continue
        if rule.channel is not None and rule.channel != channel:
            continue
        if rule.category is not None and rule.category != category:
            continue
        score = (
            (4 if rule.kind is not None else 0)
            + (2 if rule.channel is not None else 0)
            + (1 if rule.category is not None else 0)
        )
        if best is None or score > best[0]:
            best = (score, rule)
    return best[1] if best else None


def due_at(
    rule: Rule | None, *, received_at: dt.datetime, session_at: dt.datetime | None
) -> dt.datetime | None:
    if rule is None or rule.period is None:
        return None
    start = session_at if rule.anchor == "session" and session_at is not None else received_at
    return rule.period.due_from(start)


@dataclass(frozen=True)
class ClockReading:
    clock: str  # promise | statutory | monthly_update
    due_at: dt.datetime | None
    met_at: dt.datetime | None = None

    @property
    def running(self) -> bool:
        return self.due_at is not None and self.met_at is None

    def time_left(self, now: dt.datetime) -> dt.timedelta | None:
        return self.due_at - now if self.running else None

    def overdue(self, now: dt.datetime) -> bool:
        return self.running and now > self.due_at

    def met_late(self) -> bool:
        return self.due_at is not None and self.met_at is not None and self.met_at > self.due_at


def nearest(readings: Iterable[ClockReading]) -> ClockReading | None:
    """The running clock due first (overdue ones included): what the coordinator must mind next."""
    running = [r for r in readings if r.running]
    return min(running, key=lambda r: r.due_at) if running else None

"""The periods the briefing and the reports speak of, as plain dates (no SQL, no Qt).

A period is a range of days, both ends included; a case belongs to it by the day it was received.
"All" has no ends. Trends cut the last months or weeks into buckets (weeks start on Monday).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.domain.clocks import is_working_day
from civicdesk_gui.errors import ValidationError

PRESETS = ("this_month", "last_month", "last_12_months", "all", "custom")
GRANULARITIES = ("month", "week")
TREND_MONTHS = 12
TREND_WEEKS = 13  # a quarter


@dataclass(frozen=True)
class Period:
    key: str  # one of PRESETS
    start: dt.date | None  # None: from the first case
    end: dt.date | None  # None: up to now; inclusive

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def bounds(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        """[low, high) as datetimes: midnight of the first day, midnight after the last."""
        low = dt.datetime.combine(self.start, dt.time()) if self.start else None
        high = dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time()) if self.end else None
        return low, high


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month `months` after (or before) `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(day: dt.date) -> dt.date:
    return add_months(day, 1) - dt.timedelta(days=1)


def period_for(
    key: str, today: dt.date, *, start: dt.date | None = None, end: dt.date | None = None
) -> Period:
    """The preset `key` as seen on `today` (custom: `start`..`end` as given)."""
    if key == "this_month":
        return Period(key, month_start(today), today)
    if key == "last_month":
        first = add_months(today, -1)
        return Period(key, first, month_end(first))
    if key == "last_12_months":
        return Period(key, add_months(today, -11), today)
    if key == "all":
        return Period(key, None, None)
    if key == "custom":
        if start is not None and end is not None and start > end:
            raise ValidationError("briefing.bad_period", {"start": start, "end": end}, field="start")
        return Period(key, start, end)
    raise ValueError(f"unknown period {key!r}")


def month_period(year: int, month: int) -> Period:
    first = dt.date(year, month, 1)
    return Period("custom", first, month_end(first))


@dataclass(frozen=True)
class Bucket:
    start: dt.date
    end: dt.date  # inclusive


def trend_buckets(granularity: str, today: dt.date) -> list[Bucket]:
    """The last 12 months (this one included) or the last 13 weeks (Monday to Sunday), oldest first."""
    if granularity == "month":
        firsts = [add_months(today, -i) for i in range(TREND_MONTHS - 1, -1, -1)]
        return [Bucket(first, month_end(first)) for first in firsts]
    if granularity == "week":
        monday = today - dt.timedelta(days=today.weekday())
        mondays = [monday - dt.timedelta(weeks=i) for i in range(TREND_WEEKS - 1, -1, -1)]
        return [Bucket(m, m + dt.timedelta(days=6)) for m in mondays]
    raise ValueError(f"unknown granularity {granularity!r}")


def previous_working_day(today: dt.date) -> dt.date:
    """The last working day before `today` (weekends and public holidays skipped)."""
    day = today - dt.timedelta(days=1)
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def new_since(today: dt.date) -> dt.datetime:
    """'New since the last working day': from the start of the previous working day, so Monday's
    briefing shows Friday's cases and the weekend's, and the day after a holiday shows the holiday's."""
    return dt.datetime.combine(previous_working_day(today), dt.time())


def week_bounds(today: dt.date) -> tuple[dt.date, dt.date]:
    """Monday..Sunday of `today`'s week."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday, monday + dt.timedelta(days=6)

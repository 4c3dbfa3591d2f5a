"""The briefing's periods as plain dates: presets, trend buckets, and the last working day (holidays)."""

from __future__ import annotations

import datetime as dt

import pytest

from civicdesk_gui.domain.periods import (
    new_since,
    period_for,
    previous_working_day,
    trend_buckets,
    week_bounds,
)
from civicdesk_gui.errors import ValidationError

D = dt.date


def test_presets_across_a_new_year():
    today = D(2026, 1, 14)
    assert (period_for("this_month", today).start, period_for("this_month", today).end) == (
        D(2026, 1, 1),
        today,
    )
    last = period_for("last_month", today)
    assert (last.start, last.end) == (D(2025, 12, 1), D(2025, 12, 31))
    year = period_for("last_12_months", today)
    assert (year.start, year.end) == (D(2025, 2, 1), today)
    everything = period_for("all", today)
    assert everything.bounds() == (None, None) and everything.contains(D(1999, 1, 1))
    custom = period_for("custom", today, start=D(2026, 1, 1), end=D(2026, 1, 1))
    assert custom.bounds() == (dt.datetime(2026, 1, 1), dt.datetime(2026, 1, 2))
    with pytest.raises(ValidationError) as caught:
        period_for("custom", today, start=D(2026, 2, 1), end=D(2026, 1, 1))
    assert caught.value.code == "briefing.bad_period"


def test_the_last_working_day_skips_weekends_and_holidays():
    # Tuesday 6 October 2026: Monday the 5th is the alternative holiday, the 3rd a Saturday holiday.
    assert previous_working_day(D(2026, 10, 6)) == D(2026, 10, 2)
    assert new_since(D(2026, 10, 6)) == dt.datetime(2026, 10, 2)
    assert previous_working_day(D(2026, 11, 23)) == D(2026, 11, 20)  # a Monday: Friday before
    assert previous_working_day(D(2026, 9, 28)) == D(2026, 9, 23)  # after Chuseok (24–26 Sep)


def test_trend_buckets():
    months = trend_buckets("month", D(2026, 3, 15))
    assert len(months) == 12 and months[0].start == D(2025, 4, 1) and months[-1].end == D(2026, 3, 31)
    assert all(b.end + dt.timedelta(days=1) == n.start for b, n in zip(months, months[1:], strict=False))
    weeks = trend_buckets("week", D(2026, 3, 15))  # a Sunday
    assert len(weeks) == 13 and weeks[-1].start == D(2026, 3, 9) and weeks[-1].end == D(2026, 3, 15)
    assert all(b.start.weekday() == 0 for b in weeks)
    assert week_bounds(D(2026, 3, 15)) == (D(2026, 3, 9), D(2026, 3, 15))

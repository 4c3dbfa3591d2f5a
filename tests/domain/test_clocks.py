"""Deadline arithmetic for both clocks, with real Korean holidays from the `holidays` package.

Dates used (all checked against holidays.country_holidays("KR")):
- Chuseok 2025: Fri 3 Oct (Foundation Day), Sun 5 – Wed 8 Oct (Chuseok + alternative day), Thu 9 Oct (Hangul Day)
- Seollal 2026: Mon 16 – Wed 18 Feb;  Chuseok 2026: Thu 24 – Sat 26 Sep
- Christmas 2026: Fri 25 Dec;  New Year 2027: Fri 1 Jan;  Labour Day 2027: Sat 1 May, alternative Mon 3 May;
  Children's Day 2027: Wed 5 May
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicdesk_gui.domain import clocks, petitions
from civicdesk_gui.domain.clocks import ClockReading, Rule
from civicdesk_gui.store.reference import DEFAULT_KIND_RULES, DEFAULT_RULES, STATUTORY_RULES

D = dt.datetime


def _rules() -> list[Rule]:
    """The seeded default rules, as the domain sees them."""
    return [
        Rule(clock, channel, category, amount, unit, anchor)
        for clock, channel, category, amount, unit, anchor, _ in DEFAULT_RULES
    ] + [Rule("statutory", None, None, amount, unit, kind=kind) for kind, amount, unit, _ in STATUTORY_RULES]


def _kind(category: str | None, topic: str | None = None) -> str | None:
    rules = [petitions.KindRule(c, t, k) for c, t, k, _ in DEFAULT_KIND_RULES]
    return petitions.pick_kind(rules, category=category, topic=topic).kind


def _due(clock: str, channel: str, category: str | None, received: D, session: D | None = None) -> D | None:
    kind = _kind(category)
    if clock == "statutory" and kind is None:
        return None
    rule = clocks.pick_rule(_rules(), clock=clock, channel=channel, category=category, kind=kind)
    return clocks.due_at(rule, received_at=received, session_at=session)


def _kind_due(kind: str, received: D) -> D | None:
    rule = clocks.pick_rule(_rules(), clock="statutory", channel="text", category=None, kind=kind)
    return clocks.due_at(rule, received_at=received, session_at=None)


def test_the_holidays_this_file_relies_on():
    for day in ["2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08", "2025-10-09", "2026-02-16",
                "2026-02-17", "2026-02-18", "2026-09-24", "2026-09-25", "2026-12-25", "2027-01-01",
                "2027-05-03", "2027-05-05"]:  # fmt: skip
        assert clocks.is_holiday(dt.date.fromisoformat(day)), day
    assert not clocks.is_working_day(dt.date(2026, 2, 17))
    assert clocks.is_working_day(dt.date(2026, 2, 19))
    assert "Chuseok" in clocks.holiday_name(dt.date(2026, 9, 25))


# ------------------------------------------------------------------------------------- promise


@pytest.mark.parametrize("channel", ["text", "phone", "qr"])
def test_promise_is_48_calendar_hours_even_over_holidays(channel):
    # Received on Chuseok eve: the promise runs on calendar hours, holidays included.
    assert _due("promise", channel, "civil_complaint", D(2026, 9, 24, 10, 15)) == D(2026, 9, 26, 10, 15)


def test_promise_across_year_end():
    assert _due("promise", "text", "civil_complaint", D(2026, 12, 31, 21, 0)) == D(2027, 1, 2, 21, 0)


def test_mobile_office_promise_is_14_days_from_the_session():
    session = D(2026, 9, 20, 14, 0)
    # Typed in two days after the session: the clock still starts at the session (DOMAIN.md §4).
    assert _due("promise", "mobile_office", "policy_suggestion", D(2026, 9, 22, 9, 30), session) == D(
        2026, 10, 4, 14, 0
    )
    # Without a session the anchor falls back to receipt.
    assert _due("promise", "mobile_office", "policy_suggestion", D(2026, 9, 22, 9, 30)) == D(
        2026, 10, 6, 9, 30
    )


def test_monthly_update_is_30_days_from_the_last_update():
    assert _due("monthly_update", "text", "civil_complaint", D(2026, 1, 31, 16, 0)) == D(2026, 3, 2, 16, 0)


# ------------------------------------------------------------------------------------- statutory


@pytest.mark.parametrize(
    ("received", "kind", "due"),
    [
        # 고충민원 7 days (시행령 제17조), first day counted, across Chuseok 2026 (Thu 24 – Sat 26 Sep).
        (D(2026, 9, 21, 10, 0), "grievance", D(2026, 10, 1, 18, 0)),
        # Received the Friday before Seollal 2026: Fri 13 is day 1, Mon–Wed 16–18 do not count.
        (D(2026, 2, 13, 16, 0), "grievance", D(2026, 2, 26, 18, 0)),
        # Received on a Saturday: the first day counted is the next working day (Thu 19 Feb).
        (D(2026, 2, 14, 11, 0), "grievance", D(2026, 2, 27, 18, 0)),
        # Across Christmas and New Year: year end.
        (D(2026, 12, 24, 11, 0), "grievance", D(2027, 1, 5, 18, 0)),
        # Across a month end with Labour Day's alternative holiday and Children's Day 2027.
        (D(2027, 4, 28, 10, 0), "grievance", D(2027, 5, 10, 18, 0)),
        # 건의민원 14 days (제15조) across the long Chuseok break of 2025 (3–9 Oct).
        (D(2025, 10, 1, 9, 30), "suggestion", D(2025, 10, 27, 18, 0)),
        # 질의민원 about procedures 7 days (제14조 2호) = the grievance's count.
        (D(2026, 9, 21, 10, 0), "inquiry_procedure", D(2026, 10, 1, 18, 0)),
    ],
)
def test_statutory_days_first_day_counted(received, kind, due):
    assert _kind_due(kind, received) == due


def test_gratitude_has_no_statutory_clock():
    assert _kind("gratitude") is None
    assert _due("statutory", "text", "gratitude", D(2026, 3, 9, 10, 0)) is None


def test_five_days_or_less_count_in_working_hours_six_and_more_in_days():
    received = D(2026, 3, 9, 10, 0)  # a Monday with no holiday that week or the next
    five = clocks.Period(5, "statutory_days").due_from(received)
    six = clocks.Period(6, "statutory_days").due_from(received)
    # 5 days = 40 working hours: 7 h on Monday, 8 h Tue–Fri, 1 h the next Monday.
    assert five == D(2026, 3, 16, 10, 0)
    # 6 days, first day counted: Mon 9 … Mon 16, at the close of office.
    assert six == D(2026, 3, 16, 18, 0)


def test_three_day_period_in_working_hours_across_chuseok():
    # Wed 23 Sep 15:00: 3 h that day, Thu–Sun off, 8 h Mon, 8 h Tue, 5 h on Wed 30 (lunch skipped).
    assert clocks.Period(3, "statutory_days").due_from(D(2026, 9, 23, 15, 0)) == D(2026, 9, 30, 15, 0)


def test_simple_report_three_working_hours():
    # "Immediately" = 3 working hours: Friday 16:30 → 1.5 h Friday, 1.5 h Monday morning.
    assert clocks.Period(3, "working_hours").due_from(D(2026, 3, 13, 16, 30)) == D(2026, 3, 16, 10, 30)


# ----------------------------------------------------------------------------- working hours


@pytest.mark.parametrize(
    ("start", "hours", "end"),
    [
        (D(2026, 3, 10, 11, 0), 2, D(2026, 3, 10, 14, 0)),  # across lunch
        (D(2026, 3, 10, 17, 0), 3, D(2026, 3, 11, 11, 0)),  # across closing time
        (D(2026, 3, 10, 15, 0), 3, D(2026, 3, 10, 18, 0)),  # exactly to closing time
        (D(2026, 3, 10, 12, 30), 1, D(2026, 3, 10, 14, 0)),  # starting during lunch
        (D(2026, 3, 10, 7, 0), 1, D(2026, 3, 10, 10, 0)),  # before the office opens
        (D(2026, 3, 13, 19, 0), 1, D(2026, 3, 16, 10, 0)),  # Friday evening → Monday
        (D(2026, 2, 13, 17, 30), 1, D(2026, 2, 19, 9, 30)),  # into Seollal 2026
        (D(2026, 3, 31, 17, 0), 2, D(2026, 4, 1, 10, 0)),  # month end
        (D(2026, 12, 31, 17, 0), 2, D(2027, 1, 4, 10, 0)),  # year end and New Year's Day
    ],
)
def test_add_working_hours(start, hours, end):
    assert clocks.add_working_hours(start, hours) == end


def _in_office_hours(moment: D) -> bool:
    t = moment.time()
    in_period = (
        clocks.OFFICE_OPENS <= t <= clocks.LUNCH_STARTS or clocks.LUNCH_ENDS <= t <= clocks.OFFICE_CLOSES
    )
    return clocks.is_working_day(moment.date()) and in_period


starts = st.datetimes(min_value=D(2025, 1, 1), max_value=D(2027, 12, 20)).map(
    lambda d: d.replace(microsecond=0)
)
minutes = st.integers(min_value=0, max_value=60 * 80)


@settings(max_examples=300, deadline=None)
@given(start=starts, a=minutes, b=minutes)
def test_add_working_hours_is_monotonic_and_stays_in_office_hours(start, a, b):
    low, high = sorted((a, b))
    first = clocks.add_working_hours(start, low / 60)
    second = clocks.add_working_hours(start, high / 60)
    assert first <= second
    assert first >= start
    assert _in_office_hours(first) and _in_office_hours(second)


@settings(max_examples=200, deadline=None)
@given(start=starts, a=minutes, b=minutes)
def test_add_working_hours_adds_up(start, a, b):
    step_by_step = clocks.add_working_hours(clocks.add_working_hours(start, a / 60), b / 60)
    at_once = clocks.add_working_hours(start, (a + b) / 60)
    assert abs(step_by_step - at_once) < dt.timedelta(milliseconds=1)


@settings(max_examples=200, deadline=None)
@given(start=starts, days=st.integers(min_value=6, max_value=30))
def test_statutory_days_end_at_close_of_a_working_day_counted_from_receipt(start, days):
    due = clocks.Period(days, "statutory_days").due_from(start)
    assert due.time() == clocks.OFFICE_CLOSES and clocks.is_working_day(due.date())
    counted = sum(
        clocks.is_working_day(start.date() + dt.timedelta(days=i))
        for i in range((due.date() - start.date()).days + 1)
    )
    assert counted == days


# ------------------------------------------------------------------------------ rules, readings


def test_pick_rule_prefers_the_most_specific_match():
    rules = [
        Rule("statutory", None, None, 7, "statutory_days"),
        Rule("statutory", None, "policy_suggestion", 14, "statutory_days"),
        Rule("statutory", "mobile_office", None, 10, "statutory_days"),
        Rule("statutory", "mobile_office", "policy_suggestion", 20, "statutory_days"),
    ]

    def pick(channel, category):
        return clocks.pick_rule(rules, clock="statutory", channel=channel, category=category)

    assert pick("text", "safety").amount == 7
    assert pick("text", "policy_suggestion").amount == 14
    assert pick("mobile_office", "safety").amount == 10
    assert pick("mobile_office", "policy_suggestion").amount == 20
    assert clocks.pick_rule(rules, clock="promise", channel="text", category=None) is None


def test_clock_readings_and_nearest():
    now = D(2026, 3, 10, 12, 0)
    late = ClockReading("promise", D(2026, 3, 9, 12, 0))
    met = ClockReading("statutory", D(2026, 3, 8, 12, 0), met_at=D(2026, 3, 9, 9, 0))
    later = ClockReading("monthly_update", D(2026, 4, 1, 9, 0))
    assert late.overdue(now) and late.time_left(now) == dt.timedelta(days=-1)
    assert not met.running and not met.overdue(now) and met.met_late() and met.time_left(now) is None
    assert not later.overdue(now)
    assert clocks.nearest([later, met, late]) is late
    assert clocks.nearest([met]) is None


def test_adding_no_hours_at_closing_time_stays_at_closing_time():
    # Found by test_add_working_hours_adds_up: 40 h from New Year's Day end at 18:00 on the 8th.
    closing = dt.datetime(2025, 1, 8, 18, 0)
    assert clocks.add_working_hours(dt.datetime(2025, 1, 1), 40) == closing
    assert clocks.add_working_hours(closing, 0) == closing
    assert clocks.add_working_hours(dt.datetime(2025, 1, 8, 12, 0), 0) == dt.datetime(2025, 1, 8, 12, 0)
    assert clocks.add_working_hours(closing, 0.5) == dt.datetime(2025, 1, 9, 9, 30)

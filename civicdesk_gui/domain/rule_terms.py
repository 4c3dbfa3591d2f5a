"""The words of the rule tables the administrator edits (Settings › Petition kinds and periods): the
units a period is counted in and what it is counted from, and the limits a period must keep. No Qt,
no SQL; the periods themselves are DeadlineRule rows, the counting is domain/clocks.py."""

from __future__ import annotations

from civicdesk_gui.domain.vocabulary import Term, index_terms

# domain/clocks.py UNITS, named. 법 제19조: up to 5 days in working hours (8 a day), longer ones in days
# with the first day counted, weekends and holidays excluded — "statutory_days" does both.
RULE_UNITS = index_terms(
    Term("statutory_days", "일(법정 계산)", "days (as the Act counts)"),
    Term("working_hours", "근무시간", "working hours"),
    Term("working_days", "근무일", "working days"),
    Term("hours", "시간", "hours"),
    Term("days", "일", "days"),
)

RULE_ANCHORS = index_terms(
    Term("received", "접수 시각부터", "from receipt"),
    Term("session", "이동시장실 개최일부터", "from the session"),
)

# No statutory period is longer than a year; a promise in hours is at most a few weeks of them.
MAX_AMOUNT = {"hours": 24 * 60, "working_hours": 8 * 60, "days": 365, "working_days": 250}
MAX_AMOUNT_DEFAULT = 365


def max_amount(unit: str) -> int:
    return MAX_AMOUNT.get(unit, MAX_AMOUNT_DEFAULT)

"""Case counts for scripts, the nightly report and the briefing: counted in SQL, keyed by stable codes.

Without a period the counts cover every case; with `start`/`end` (days, inclusive) they cover the cases
received in those days. Clock states ("overdue") are as of `now` either way. The programs' figures
(`compliance`, `satisfaction`, `answered_by_team_leader`) come from queries/compliance.py and
queries/briefing.py — the same conditions the briefing shows and the case list filters by.

The counts come from the figures the database keeps per month of receipt (store/month_figures.py,
read by queries/kept_figures.py: a few thousand rows, whatever the number of cases), what the time of
day decides from the running clocks' partial indexes; the median is read with ORDER BY/OFFSET (over
every case, a walk of the reply-time index) so no rows travel.
"""

from __future__ import annotations

import datetime as dt

import peewee

from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.periods import Period
from civicdesk_gui.domain.vocabulary import CATEGORIES, CHANNELS, CLASSIFICATIONS, STATUSES
from civicdesk_gui.queries import compliance, kept_figures
from civicdesk_gui.queries.aggregates import (
    Scope,
    Share,
    count_rows,
    median_hours,
    median_hours_apart,
    survey_figures,
)
from civicdesk_gui.store.list_indexes import running_due
from civicdesk_gui.store.models import Case, Category, Channel, Department
from civicdesk_gui.store.models import now as clock_now

# The key for cases without the grouped value: no department yet (gratitude never gets one), no category.
NONE_KEY = "none"
CLOCKS = ("promise", "statutory", "monthly_update")


def open_condition() -> peewee.Expression:
    """Cases that still owe the resident a monthly update (workflow.is_open, in SQL)."""
    return Case.classification.is_null() | Case.classification.in_(sorted(workflow.OPEN_OUTCOMES))


def overdue_condition(clock: str, now: dt.datetime) -> peewee.Node:
    """A running clock past due, as the case list has it (queries/case_list.overdue_condition), from
    the same running_due; spelled here so that the stats do not load the case list."""
    due, running = running_due(clock)
    return (due < now) & running


def overdue_counts(now: dt.datetime, where: list | None = None) -> dict[str, int]:
    """Running clocks past due: promise and statutory until the result is told, the monthly update
    while the case is open (the case list's overdue conditions; partial indexes serve them)."""
    return {
        clock: Case.select(count_rows()).where(overdue_condition(clock, now), *(where or [])).scalar() or 0
        for clock in CLOCKS
    }


def median_hours_to_first_reply(where: list | None = None, *, replied: int | None = None) -> float | None:
    """Median time from receipt to the first reply, in hours (None when nobody was answered yet)."""
    return _rounded(median_hours(compliance.first_reply_at(), where or [], count=replied))


def _rounded(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None


def withdrawn_condition() -> peewee.Node:
    return Case.status == workflow.WITHDRAWN


def compute_stats(
    now: dt.datetime | None = None, *, start: dt.date | None = None, end: dt.date | None = None
) -> dict:
    """The office's numbers at `now` (default: the current time), for the cases received start..end."""
    now = now or clock_now()
    scope = Scope(Period("custom", start, end))
    where = scope.conditions()
    everything = not scope.period_conditions()
    # The counts from the figures the database keeps per month (and the period's edge days counted
    # directly), the parts the time of day decides over the running cases' partial indexes.
    rows = kept_figures.kept_rows(scope)
    late = kept_figures.running(scope, now)
    shares = {key: share.as_dict() for key, share in kept_figures.measures(rows, late).items()}
    by_status = {code: 0 for code in STATUSES if code != workflow.WITHDRAWN}
    by_classification = {code: 0 for code in CLASSIFICATIONS}
    for row in rows:
        if row.withdrawn:
            continue  # counted apart below ("withdrawn"), in no other figure
        cases = row.counts["cases"]
        by_status[row.status] = by_status.get(row.status, 0) + cases
        if row.classification is not None:
            by_classification[row.classification] = by_classification.get(row.classification, 0) + cases
    replied = kept_figures.sum_counter(rows, "replied")

    channels = {c.id: c.code for c in Channel.select(Channel.id, Channel.code)}
    categories = {c.id: c.code for c in Category.select(Category.id, Category.code)}
    departments = {d.id: d.code for d in Department.select(Department.id, Department.code)}
    active = {d.code: 0 for d in Department.select(Department.code).where(Department.active == True)}  # noqa: E712
    leaders = shares.pop("answered_by_team_leader")
    (surveys, *per_channel) = survey_figures(scope)
    return {
        "total": sum(by_status.values()),
        "by_status": by_status,
        "by_classification": by_classification,
        "by_channel": _coded(kept_figures.by(rows, "channel_id"), channels, {code: 0 for code in CHANNELS}),
        "by_category": _coded(
            kept_figures.by(rows, "category_id"), categories, {code: 0 for code in CATEGORIES}
        ),
        "by_department": _coded(kept_figures.by(rows, "department_id"), departments, active),
        # The running clocks past due: the very counts the shares' bases took (overdue_counts' conditions).
        "overdue": {
            "promise": sum(late.promise_late.values()),
            "statutory": sum(late.statutory_late.values()),
            "monthly_update": late.update_late,
        },
        "median_hours_to_first_reply": (
            _rounded(
                median_hours_apart(
                    compliance.first_reply_at(),
                    withdrawn_condition(),
                    everything=replied + kept_figures.sum_counter(rows, "replied", withdrawn=True),
                )
            )
            if everything
            else median_hours_to_first_reply(where, replied=replied)
        ),
        "compliance": shares,
        "answered_by_team_leader": leaders,
        "satisfaction": {
            "responses": surveys.responses,
            **_survey_shares(surveys),
            "by_channel": {
                row.channel: {"responses": row.responses, **_survey_shares(row)} for row in per_channel
            },
        },
        "period": {"from": start.isoformat() if start else None, "to": end.isoformat() if end else None},
        # Entered by mistake: counted apart, in no other figure (Scope.conditions leaves them out).
        "withdrawn": kept_figures.sum_counter(rows, "cases", withdrawn=True),
    }


def _coded(counts: dict, codes: dict, base: dict[str, int]) -> dict[str, int]:
    """Counts per id mapped to codes (None: NONE_KEY); a value with no case is left out unless the
    base lists it."""
    result = dict(base)
    for key, count in counts.items():
        code = codes.get(key, key) if key is not None else NONE_KEY
        result[code] = result.get(code, 0) + count
    return {code: count for code, count in result.items() if count or code in base}


def _survey_shares(row) -> dict:
    answered = row.satisfaction["answered"]
    result = {
        value: Share(row.satisfaction[value], answered).as_dict()
        for value in ("satisfied", "neutral", "dissatisfied")
    }
    for question, answers in row.answers.items():
        result[question] = Share(answers["yes"], answers["answered"]).as_dict()
    return result

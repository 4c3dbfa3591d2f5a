"""Case counts for scripts, the nightly report and the briefing: counted in SQL, keyed by stable codes.

Without a period the counts cover every case; with `start`/`end` (days, inclusive) they cover the cases
received in those days. Clock states ("overdue") are as of `now` either way. The programs' figures
(`compliance`, `satisfaction`, `answered_by_team_leader`) come from queries/compliance.py and
queries/briefing.py — the same conditions the briefing shows and the case list filters by.

Every count is one pass of conditional sums, one GROUP BY read in an index's order, or a COUNT over a
partial index; the median is read with ORDER BY/OFFSET so no rows travel.
"""

from __future__ import annotations

import datetime as dt

import peewee

from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.periods import Period
from civicdesk_gui.domain.vocabulary import CATEGORIES, CHANNELS, CLASSIFICATIONS, STATUSES
from civicdesk_gui.queries import compliance
from civicdesk_gui.queries.aggregates import (
    Scope,
    Share,
    conditional_sums,
    count_rows,
    group_key,
    median_hours,
    median_hours_apart,
    survey_figures,
)
from civicdesk_gui.store.database import database_proxy
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


def _grouped(
    column: peewee.Field, codes: dict, where: list, base: dict[str, int], *, everything: bool = False
) -> dict[str, int]:
    """Counts per value of `column` (an id mapped to its code by `codes`, or a code itself): within a
    period over the period's range; over every case (`everything`: `where` is only "not withdrawn")
    as every case in the column's index order, less the few withdrawn ones counted apart."""
    counts = dict(base)
    if everything:
        parts = [(Case.select(column, count_rows()).group_by(column), 1)]
        withdrawn = Case.select(group_key(column, [True]), count_rows()).where(withdrawn_condition())
        parts.append((withdrawn.group_by(group_key(column, [True])), -1))
    else:
        key_column = group_key(column, where)
        parts = [(Case.select(key_column, count_rows()).where(*where).group_by(key_column), 1)]
    for query, sign in parts:
        for key, count in database_proxy.obj.execute(query).fetchall():
            code = codes.get(key, key) if key is not None else NONE_KEY
            counts[code] = counts.get(code, 0) + sign * count
    # A value only withdrawn cases had is not a group of the plain count (unless the base lists it).
    return {code: count for code, count in counts.items() if count or code in base}


def withdrawn_condition() -> peewee.Node:
    return Case.status == workflow.WITHDRAWN


def compute_stats(
    now: dt.datetime | None = None, *, start: dt.date | None = None, end: dt.date | None = None
) -> dict:
    """The office's numbers at `now` (default: the current time), for the cases received start..end."""
    now = now or clock_now()
    scope = Scope(Period("custom", start, end))
    where = scope.conditions()
    # Over every case the only condition is "not withdrawn": the groupings then walk their own
    # indexes whole and leave the withdrawn out afterwards (a handful), the median walks the
    # reply-time index; within a period they read the period's range.
    everything = not scope.period_conditions()
    by_status = {code: 0 for code in STATUSES if code != workflow.WITHDRAWN}
    by_classification = {code: 0 for code in CLASSIFICATIONS}
    if everything:
        status, outcome = Case.status, Case.classification
        query = Case.select(status, outcome, count_rows()).group_by(status, outcome)
    else:
        status, outcome = group_key(Case.status, where), group_key(Case.classification, where)
        query = Case.select(status, outcome, count_rows()).where(*where).group_by(status, outcome)
    for status_code, classification, count in database_proxy.obj.execute(query).fetchall():
        if status_code == workflow.WITHDRAWN:
            continue  # counted apart below ("withdrawn"), in no other figure
        by_status[status_code] = by_status.get(status_code, 0) + count
        if classification is not None:
            by_classification[classification] = by_classification.get(classification, 0) + count
    flags: dict[str, peewee.Node] = {}
    measures = compliance.all_measures(now)
    # Over every case the monthly update is two counts over its partial index (the open cases);
    # everything else is one pass of conditional sums.
    apart = {"monthly_update"} if not where else set()
    for key, found in measures.items():
        if key not in apart:
            flags[f"{key}:base"] = found.base
            flags[f"{key}:met"] = found.met
    flags["replied"] = compliance.first_reply_at().is_null(False)
    sums = conditional_sums(flags, where)
    for key in apart:
        for part in ("base", "met"):
            condition = getattr(measures[key], part)
            sums[f"{key}:{part}"] = Case.select(count_rows()).where(condition).scalar() or 0

    channels = {c.id: c.code for c in Channel.select(Channel.id, Channel.code)}
    categories = {c.id: c.code for c in Category.select(Category.id, Category.code)}
    departments = {d.id: d.code for d in Department.select(Department.id, Department.code)}
    active = {d.code: 0 for d in Department.select(Department.code).where(Department.active == True)}  # noqa: E712
    shares = {key: Share(sums[f"{key}:met"], sums[f"{key}:base"]).as_dict() for key in measures}
    leaders = shares.pop("answered_by_team_leader")
    (surveys, *per_channel) = survey_figures(scope)
    return {
        "total": sum(by_status.values()),
        "by_status": by_status,
        "by_classification": by_classification,
        "by_channel": _grouped(
            Case.channel, channels, where, {code: 0 for code in CHANNELS}, everything=everything
        ),
        "by_category": _grouped(
            Case.category, categories, where, {code: 0 for code in CATEGORIES}, everything=everything
        ),
        "by_department": _grouped(Case.department, departments, where, active, everything=everything),
        "overdue": overdue_counts(now, where),
        "median_hours_to_first_reply": (
            _rounded(median_hours_apart(compliance.first_reply_at(), withdrawn_condition()))
            if everything
            else median_hours_to_first_reply(where, replied=sums["replied"])
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
        "withdrawn": Case.select(count_rows())
        .where(Case.status == workflow.WITHDRAWN, *scope.period_conditions())
        .scalar()
        or 0,
    }


def _survey_shares(row) -> dict:
    answered = row.satisfaction["answered"]
    result = {
        value: Share(row.satisfaction[value], answered).as_dict()
        for value in ("satisfied", "neutral", "dissatisfied")
    }
    for question, answers in row.answers.items():
        result[question] = Share(answers["yes"], answers["answered"]).as_dict()
    return result

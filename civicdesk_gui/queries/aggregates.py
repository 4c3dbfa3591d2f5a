"""The building blocks of the briefing's and the stats' figures: counted in SQL, never case by case
in Python. Kept apart from queries/briefing.py so that `civicdesk stats` loads only these (and not
the case list, the letters and ReportLab behind it).

- `Scope`: the cases received in a period, through a channel.
- `conditional_sums`: how many cases meet each condition, in one pass.
- `median_hours`, `grouped_medians`: medians of a time span, by ORDER BY/OFFSET or a window.
- `group_key`: what to GROUP BY so that a period is read from its range of an index.
- the satisfaction survey shares (domain/surveys.py), overall and per survey channel.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import peewee as pw

from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.periods import Period
from civicdesk_gui.domain.surveys import (
    DISSATISFIED_AT_MOST,
    SATISFIED_AT_LEAST,
    SURVEY_CHANNELS,
    YES_NO_QUESTIONS,
)
from civicdesk_gui.queries import compliance
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case, Channel, Survey

if TYPE_CHECKING:
    from civicdesk_gui.queries.case_list import CaseFilter

SURVEY_QUESTIONS = YES_NO_QUESTIONS


def count_rows() -> pw.Node:
    """COUNT(*), not COUNT(id): PostgreSQL then counts from an index alone (index-only scan) when
    the index has the columns the condition reads; a count of ids would visit every row for its id."""
    return pw.fn.COUNT(pw.SQL("*"))


@dataclass(frozen=True)
class Share:
    numerator: int
    denominator: int

    @property
    def share(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def as_dict(self) -> dict:
        share = self.share
        return {
            "numerator": self.numerator,
            "denominator": self.denominator,
            "share": round(share, 4) if share is not None else None,
        }


@dataclass(frozen=True)
class Scope:
    """Which cases the period's figures are about: received in `period`, through `channel` (None: all)."""

    period: Period
    channel: str | None = None

    def conditions(self) -> list[pw.Node]:
        # A withdrawn case (entered by mistake) is in no figure, as in no working view of the list.
        return [Case.status != workflow.WITHDRAWN, *self.period_conditions()]

    def period_conditions(self) -> list[pw.Node]:
        """The period and the channel alone (withdrawn cases included)."""
        low, high = self.period.bounds()
        parts: list[pw.Node] = []
        if low is not None:
            parts.append(Case.received_at >= low)
        if high is not None:
            parts.append(Case.received_at < high)
        if self.channel:
            parts.append(Case.channel == Channel.select(Channel.id).where(Channel.code == self.channel))
        return parts

    def filter(self, name: str, detail: str = "", **extra) -> CaseFilter:
        """The case list filter behind a figure of this scope."""
        from civicdesk_gui.queries.case_list import CaseFilter, Figure  # the list, only when asked

        return CaseFilter(
            received_from=self.period.start,
            received_to=self.period.end,
            channel=self.channel,
            figure=Figure(name, detail),
            **extra,
        )

    def dated_filter(self, name: str, detail: str = "", start=None, end=None) -> CaseFilter:
        """A figure with its own dates (closed in a week, surveys, sessions): the period's dates are
        the figure's, not the receipt's; the channel still applies."""
        from civicdesk_gui.queries.case_list import CaseFilter, Figure

        return CaseFilter(channel=self.channel, figure=Figure(name, detail, start, end))


def day_range(column: pw.Field, start: dt.date | None, end: dt.date | None) -> list[pw.Node]:
    parts = []
    if start is not None:
        parts.append(column >= dt.datetime.combine(start, dt.time()))
    if end is not None:
        parts.append(column < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
    return parts


def where_all(query: pw.Query, parts: list[pw.Node]) -> pw.Query:
    return query.where(*parts) if parts else query


def flag(condition: pw.Node) -> pw.Node:
    """How many rows meet `condition`: COUNT(*) FILTER (WHERE …), which SQLite (3.30+) and PostgreSQL
    both run without building a CASE per row."""
    return pw.fn.COUNT(pw.SQL("*")).filter(condition)


def conditional_sums(conditions: dict[str, pw.Node], where: list[pw.Node]) -> dict[str, int]:
    """One pass over the cases matching `where`: how many meet each condition."""
    names = list(conditions)
    query = where_all(Case.select(*[flag(conditions[n]) for n in names]), where)
    row = database_proxy.obj.execute(query).fetchone()
    return {name: int(value or 0) for name, value in zip(names, row, strict=True)}


def median_hours(later: pw.Field, where: list[pw.Node], *, count: int | None = None) -> float | None:
    """Median of (later - received_at) in hours over the cases matching `where` that have `later`
    (`count`: how many those are, when the caller counted them already)."""
    parts = [*where, later.is_null(False)]
    if count is None:
        count = where_all(Case.select(count_rows()), parts).scalar() or 0
    if not count:
        return None
    hours = compliance.hours_between(later, Case.received_at)
    # Over every case the reply-time index gives the order (a walk to the middle, no sort); within a
    # period "+ 0" keeps the planner on the period's range, sorting only its cases.
    order = hours if not where else hours + pw.SQL("0")
    middle = (
        where_all(Case.select(hours), parts)
        .order_by(order)
        .offset((count - 1) // 2)
        .limit(1 if count % 2 else 2)
    )
    values = [float(row[0]) for row in database_proxy.obj.execute(middle).fetchall()]
    return sum(values) / len(values)


def median_hours_apart(later: pw.Field, apart: pw.Node, *, everything: int | None = None) -> float | None:
    """Median of (later - received_at) in hours over every case with `later` except the few matching
    `apart` (the withdrawn): the same number as median_hours(later, [~apart]), read from the
    reply-time index in its order instead of sorting every case.

    B = A minus W (A: every value in the index, W: the values of the cases apart, fetched whole and
    few). The k-th of B is A[j] for the smallest j with (j + 1) - #{w in W: w <= A[j]} >= k + 1, and
    k <= j <= k + |W|: one walk of the index to A[k], then |W| + 2 more values."""
    hours = compliance.hours_between(later, Case.received_at)
    has = later.is_null(False)
    excluded = sorted(
        float(row[0]) for row in database_proxy.obj.execute(Case.select(hours).where(has, apart)).fetchall()
    )
    if everything is None:  # how many cases have `later`, unless the caller knows
        everything = Case.select(count_rows()).where(has).scalar() or 0
    count = everything - len(excluded)
    if count <= 0:
        return None
    first = (count - 1) // 2
    wanted = [first] if count % 2 else [first, first + 1]
    window = [
        float(row[0])
        for row in database_proxy.obj.execute(
            Case.select(hours).where(has).order_by(hours).offset(first).limit(len(excluded) + 2)
        ).fetchall()
    ]
    values = []
    for k in wanted:
        for offset, value in enumerate(window):
            if first + offset + 1 - bisect.bisect_right(excluded, value) >= k + 1:
                values.append(value)
                break
    return sum(values) / len(values)


def grouped_medians(later: pw.Field, group: pw.Field, where: list[pw.Node]) -> dict:
    """Median of (later - received_at) in hours per value of `group`, in one windowed query."""
    hours = compliance.hours_between(later, Case.received_at)
    key = group_key(group, where)
    ranked = where_all(
        Case.select(
            key.alias("grp"),
            hours.alias("hours"),
            pw.fn.ROW_NUMBER().over(partition_by=[key], order_by=[hours]).alias("rn"),
            count_rows().over(partition_by=[key]).alias("n"),
        ),
        [*where, later.is_null(False)],
    )
    sub = ranked.alias("ranked")
    rn, n = sub.c.rn, sub.c.n
    query = (
        pw.Select(from_list=[sub], columns=[sub.c.grp, pw.fn.AVG(sub.c.hours)])
        .where((rn == (n + 1) / 2) | (rn == (n + 2) / 2))
        .group_by(sub.c.grp)
    )
    return {grp: float(value) for grp, value in database_proxy.obj.execute(query).fetchall()}


def group_key(column: pw.Field, where: list[pw.Node]) -> pw.Node:
    """What to GROUP BY: within a period, the column plus 0, so that the planner reads the period's
    range of an index instead of walking the column's own index through every case to skip a sort.
    (Text columns get an empty string appended: `+` on them would be a concatenation of the number.)"""
    if not where:
        return column
    if isinstance(column, pw.CharField | pw.TextField):
        return pw.Expression(column, "||", pw.SQL("''"))
    return pw.Expression(column, "+", pw.SQL("0"))


def survey_answer_condition(question: str, value: str) -> pw.Node:
    """Surveys that answered `question` with `value` ("answered": any answer to it; "any": every survey)."""
    if question == "any":
        return Survey.id.is_null(False)
    if question == "satisfaction":
        column = Survey.satisfaction
        if value == "answered":
            return column.is_null(False)
        if value == "satisfied":
            return column >= SATISFIED_AT_LEAST
        if value == "dissatisfied":
            return column <= DISSATISFIED_AT_MOST
        if value == "neutral":
            return (column > DISSATISFIED_AT_MOST) & (column < SATISFIED_AT_LEAST)
        raise ValueError(f"unknown satisfaction value {value!r}")
    if question not in YES_NO_QUESTIONS:
        raise ValueError(f"unknown survey question {question!r}")
    column = getattr(Survey, question)
    return column.is_null(False) if value == "answered" else column == value


@dataclass(frozen=True)
class SurveyFigures:
    """One row of the survey table: all surveys, or those taken through one survey channel."""

    channel: str  # "all" or a SURVEY_CHANNELS code
    responses: int
    satisfaction: dict[str, int]  # answered / satisfied / neutral / dissatisfied
    answers: dict[str, dict[str, int]]  # question -> answered / yes / neutral / no

    def satisfaction_share(self, value: str) -> float | None:
        answered = self.satisfaction["answered"]
        return self.satisfaction[value] / answered if answered else None

    def answer_share(self, question: str, value: str = "yes") -> float | None:
        answered = self.answers[question]["answered"]
        return self.answers[question][value] / answered if answered else None


def survey_figures(scope: Scope) -> list[SurveyFigures]:
    """Shares as the articles report them: satisfied / neutral / dissatisfied (Paju 65/20/15, Seo-gu
    8 in 10 satisfied), would use again and recommend (Seo-gu, over 80 %), want it continued (Paju
    81 %) — for surveys taken in the period, overall and per survey channel."""
    conditions: dict[str, pw.Node] = {}
    for value in ("answered", "satisfied", "neutral", "dissatisfied"):
        conditions[f"satisfaction:{value}"] = survey_answer_condition("satisfaction", value)
    for question in SURVEY_QUESTIONS:
        for value in ("answered", "yes", "neutral", "no"):
            conditions[f"{question}:{value}"] = survey_answer_condition(question, value)
    where = day_range(Survey.surveyed_at, scope.period.start, scope.period.end)
    query = Survey.select(Survey.channel, count_rows(), *[flag(c) for c in conditions.values()])
    if scope.channel:
        query = query.join(Case, on=(Survey.case == Case.id))
        where.append(Case.channel == Channel.select(Channel.id).where(Channel.code == scope.channel))
    query = where_all(query, where).group_by(Survey.channel)
    by_channel = {row[0]: row[1:] for row in database_proxy.obj.execute(query).fetchall()}
    names = list(conditions)
    rows = []
    for channel in ("all", *SURVEY_CHANNELS):
        if channel == "all":
            values = [sum(int(v[i] or 0) for v in by_channel.values()) for i in range(len(names) + 1)]
        else:
            values = [int(v or 0) for v in by_channel.get(channel, (0,) * (len(names) + 1))]
        sums = dict(zip(names, values[1:], strict=True))
        rows.append(
            SurveyFigures(
                channel,
                values[0],
                {v: sums[f"satisfaction:{v}"] for v in ("answered", "satisfied", "neutral", "dissatisfied")},
                {
                    q: {v: sums[f"{q}:{v}"] for v in ("answered", "yes", "neutral", "no")}
                    for q in SURVEY_QUESTIONS
                },
            )
        )
    return rows

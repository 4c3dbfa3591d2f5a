"""The monthly report's views (summary, by department, by category, by town, by channel, the overdue
list, surveys) for the cases received in one month — SQL aggregates, the same conditions as the
briefing; only the overdue list reads case rows, a keyset page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import peewee as pw

from civicdesk_gui.domain.masking import NOBODY, PersonalDataPolicy
from civicdesk_gui.domain.periods import Period, month_period
from civicdesk_gui.queries import compliance, figures
from civicdesk_gui.queries.aggregates import count_rows, grouped_medians
from civicdesk_gui.queries.briefing import (
    DepartmentRow,
    PeriodFigures,
    Scope,
    Share,
    SurveyFigures,
    departments,
    min_sample,
    period_figures,
    survey_figures,
)
from civicdesk_gui.queries.case_list import CaseFilter, CaseRow, CaseSort, Figure, iterate_rows
from civicdesk_gui.queries.session_figures import SessionCoverage, session_coverage
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case, Category, Channel, Town


@dataclass(frozen=True)
class GroupRow:
    """One line of a 'by …' sheet: the cases received in the month with one value of a dimension."""

    key: int | str | None
    label: str
    received: int
    resolved: int
    open: int
    long_term_or_unfeasible: int
    promise: Share
    median_reply_hours: float | None


@dataclass(frozen=True)
class MonthlyReport:
    period: Period
    now: dt.datetime
    figures: PeriodFigures
    departments: list[DepartmentRow]
    min_sample: int
    by_category: list[GroupRow]
    by_town: list[GroupRow]
    by_channel: list[GroupRow]
    coverage: SessionCoverage
    surveys: list[SurveyFigures]
    overdue_filter: CaseFilter
    privacy: PersonalDataPolicy = NOBODY  # whose report: summaries masked unless they may see them

    def overdue_rows(self) -> Iterator[CaseRow]:
        """The month's cases overdue now on any clock, the most overdue first (read page by page)."""
        return iterate_rows(
            self.overdue_filter, CaseSort("deadline", descending=False), now=self.now, privacy=self.privacy
        )


def _grouped(column: pw.Field, labels: dict, scope: Scope, now: dt.datetime) -> list[GroupRow]:
    where = scope.conditions()
    promise = compliance.promise_measure(now)
    flags = [
        figures.outcome_condition("resolved"),
        figures.open_condition(),
        figures.outcome_condition("long_term_review") | figures.outcome_condition("unfeasible"),
        promise.base,
        promise.met,
    ]
    query = Case.select(
        column,
        count_rows(),
        *[pw.fn.COALESCE(pw.fn.SUM(pw.Case(None, [(f, 1)], 0)), 0) for f in flags],
    )
    if where:
        query = query.where(*where)
    rows = database_proxy.obj.execute(query.group_by(column)).fetchall()
    medians = grouped_medians(compliance.first_reply_at(), column, where)
    found = {row[0]: row[1:] for row in rows}
    keys = list(labels) + [k for k in found if k not in labels]
    result = []
    for key in keys:
        received, resolved, open_, managed, base, met = (int(v or 0) for v in found.get(key, (0,) * 6))
        result.append(
            GroupRow(
                key,
                labels.get(key, "—"),
                received,
                resolved,
                open_,
                managed,
                Share(met, base),
                medians.get(key),
            )
        )
    return result


def monthly_report(year: int, month: int, now: dt.datetime) -> MonthlyReport:
    period = month_period(year, month)
    scope = Scope(period)
    categories = {c.id: c.name_ko for c in Category.select().order_by(Category.sort_order)}
    channels = {c.id: c.name_ko for c in Channel.select().order_by(Channel.sort_order)}
    towns = {t.id: t.name for t in Town.select().order_by(Town.id)}
    sample = min_sample()
    return MonthlyReport(
        period=period,
        now=now,
        figures=period_figures(scope, now),
        departments=departments(scope, now, min_sample=sample),
        min_sample=sample,
        by_category=_grouped(Case.category, categories, scope, now),
        by_town=_grouped(Case.town, towns, scope, now),
        by_channel=_grouped(Case.channel, channels, scope, now),
        coverage=session_coverage(period.start, period.end),
        surveys=survey_figures(scope),
        overdue_filter=CaseFilter(
            received_from=period.start, received_to=period.end, figure=Figure("overdue")
        ),
    )

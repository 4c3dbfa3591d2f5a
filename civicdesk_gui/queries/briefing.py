"""The mayor's morning briefing (아침 현황 보고, DOMAIN.md §5) as SQL aggregates — no case is loaded.

- Tiles: counts over all cases now, one indexed COUNT each (store/figure_indexes.py, list_indexes.py).
- The period's figures: the counts from the figures the database keeps per month of receipt
  (queries/kept_figures.py; the period's edge days counted over the cases), what the time decides
  over the running clocks' partial indexes, medians by ORDER BY/OFFSET or a window.
- Departments, trends, session coverage and surveys: one GROUP BY or a few range counts each.

Every count is a sum of a condition from queries/figures.py (and compliance.py), and every figure comes
with the `CaseFilter` that lists exactly its cases (`Scope.filter`), which the screen hands to the
Cases screen when the figure is clicked.
"""

from __future__ import annotations

import datetime as dt
from array import array
from dataclasses import dataclass, field

import peewee as pw

from civicdesk_gui.domain import periods, workflow
from civicdesk_gui.domain.periods import Bucket, Period
from civicdesk_gui.domain.vocabulary import CATEGORIES, CLASSIFICATIONS, REASON_CODES
from civicdesk_gui.queries import compliance, figures, kept_figures
from civicdesk_gui.queries.aggregates import (
    Scope,
    Share,
    SurveyFigures,
    conditional_sums,
    count_rows,  # re-exported: the screen, the reports and tests use them here
    group_key,
    survey_figures,
    where_all,
)
from civicdesk_gui.queries.case_list import CaseFilter, Figure, overdue_any_parts, overdue_condition
from civicdesk_gui.queries.outbox import messages_per_place
from civicdesk_gui.queries.session_figures import SessionCoverage, session_coverage
from civicdesk_gui.queries.sessions import SessionRow, sessions_between
from civicdesk_gui.store.database import database_proxy, is_postgres
from civicdesk_gui.store.models import Agency, Case, CaseEvent, Category, Channel, Department, Session, Topic
from civicdesk_gui.store.office_settings import get_setting
from civicdesk_gui.store.tallies import read_tallies

MIN_SAMPLE_KEY = "briefing.min_sample"
OUTCOMES = (*CLASSIFICATIONS, figures.PENDING)


def tile_filter(name: str) -> CaseFilter:
    return CaseFilter(figure=Figure(name))


# ------------------------------------------------------------------------------------------ helpers


def _counts_by(column: pw.Field, where: list[pw.Node]) -> dict:
    key = group_key(column, where)
    query = where_all(Case.select(key, count_rows()), where).group_by(key)
    return dict(database_proxy.obj.execute(query).fetchall())


# ------------------------------------------------------------------------------------------ tiles


@dataclass(frozen=True)
class Tiles:
    counts: dict[str, int]  # figures.TILES -> count
    sessions_today: list[SessionRow]
    sessions_week: int
    since: dt.datetime  # "new" counts cases received from this moment


# Tiles whose count is a tally kept by the database (store/tallies.py), withdrawn cases included
# as the tiles' conditions include them.
TALLIED_TILES = {
    "open": "open",
    "awaiting_reply": "awaiting_reply",
    "awaiting_letter": "awaiting_letter",
    "referred": "referred",
}


def tiles(now: dt.datetime) -> Tiles:
    tallied = read_tallies(database_proxy.obj)
    counts = {
        name: tallied[(TALLIED_TILES[name], False)] + tallied[(TALLIED_TILES[name], True)]
        if name in TALLIED_TILES
        else sum(
            Case.select(count_rows()).where(part).scalar() or 0 for part in figures.tile_parts(name, now)
        )
        for name in figures.TILES
    }
    today = now.date()
    monday, sunday = periods.week_bounds(today)
    week = [s for s in sessions_between(monday, sunday) if s.state != "cancelled"]
    return Tiles(
        counts=counts,
        sessions_today=[s for s in week if s.starts_at.date() == today],
        sessions_week=len(week),
        since=periods.new_since(today),
    )


# ------------------------------------------------------------------------------------------ period


@dataclass(frozen=True)
class ManagedRow:
    key: int | str | None  # topic id or reason code (None: not given)
    label_ko: str
    label_en: str
    long_term_review: int
    unfeasible: int


@dataclass(frozen=True)
class PeriodFigures:
    received: int
    received_ng: int  # gratitude left out (the articles' shares)
    outcomes: dict[str, int]  # OUTCOMES -> count
    outcomes_ng: dict[str, int]
    categories: dict[str, int]  # category code or "none" -> count
    measures: dict[str, Share]  # compliance.MEASURES
    replied: int
    result: int
    median_first_reply_hours: float | None
    median_result_hours: float | None
    managed_by_topic: list[ManagedRow]
    managed_by_reason: list[ManagedRow]

    def outcome_share(self, code: str, *, gratitude: bool) -> float | None:
        if gratitude:
            return self.outcomes[code] / self.received if self.received else None
        return self.outcomes_ng[code] / self.received_ng if self.received_ng else None


@dataclass(frozen=True)
class PeriodReads:
    """What the period's figures and the department table both read, read once."""

    rows: list[kept_figures.KeptRow]
    late: kept_figures.Running
    # (first reply, result, first reply per department) medians in hours
    medians: tuple[float | None, float | None, dict]


def period_reads(scope: Scope, now: dt.datetime) -> PeriodReads:
    return PeriodReads(
        kept_figures.kept_rows(scope),
        kept_figures.running(scope, now),
        _medians_in_one_pass(scope.conditions()),
    )


def _median(values: array) -> float | None:
    """The median as median_hours computes it (the middle value, or the mean of the two middle ones)."""
    if not values:
        return None
    ordered = sorted(values)
    middle = (len(ordered) - 1) // 2
    picked = ordered[middle : middle + (1 if len(ordered) % 2 else 2)]
    return sum(picked) / len(picked)


def _medians_in_one_pass(where: list[pw.Node]) -> tuple[float | None, float | None, dict]:
    """The period's medians to the first reply and to the result, and the first reply's per
    department, from one read of the spans (the same expressions as median_hours and grouped_medians).

    Sorting in SQL, each median apart, took 1.3-1.5 s for each of the three over a year of a million
    cases (the period's range of the figures index read three times, each sorted). PostgreSQL reads
    the range once and sorts each median's spans itself (percentile_cont, per department and over
    all at once by grouping sets). On SQLite the spans are read once and sorted here, held as C
    doubles while they are read (8 bytes a case: 16 MB for a million), never as a list of rows."""
    first = compliance.hours_between(compliance.first_reply_at(), Case.received_at)
    result = compliance.hours_between(compliance.result_at(), Case.received_at)
    spanned = [*where, compliance.first_reply_at().is_null(False) | compliance.result_at().is_null(False)]
    if is_postgres():
        return _medians_by_postgres(first, result, spanned)
    query = where_all(Case.select(group_key(Case.department, where), first, result), spanned)
    firsts, results = array("d"), array("d")
    per_department: dict = {}
    for department_id, to_first, to_result in database_proxy.obj.execute(query):
        if to_first is not None:
            firsts.append(to_first)
            if department_id is not None:
                known = per_department.get(department_id)
                if known is None:
                    known = per_department[department_id] = array("d")
                known.append(to_first)
        if to_result is not None:
            results.append(to_result)
    return _median(firsts), _median(results), {d: _median(v) for d, v in per_department.items()}


def _medians_by_postgres(
    first: pw.Node, result: pw.Node, where: list[pw.Node]
) -> tuple[float | None, float | None, dict]:
    """_medians_in_one_pass's figures, each median PostgreSQL's percentile_cont(0.5): the middle span,
    or the mean of the two middle ones (NULL spans are left out, as the SQLite pass leaves them)."""

    def median(span: pw.Node) -> pw.Node:
        return pw.NodeList((pw.SQL("percentile_cont(0.5) WITHIN GROUP (ORDER BY"), span, pw.SQL(")")))

    department = Case.department_id
    grouped = where_all(
        Case.select(pw.fn.GROUPING(department), department, median(first), median(result).alias("result")),
        where,
    ).group_by(pw.NodeList((pw.SQL("GROUPING SETS ((), ("), department, pw.SQL("))"))))
    overall: tuple[float | None, float | None] = (None, None)
    per_department: dict = {}
    for whole, department_id, to_first, to_result in database_proxy.obj.execute(grouped):
        to_first = None if to_first is None else float(to_first)
        if whole:
            overall = (to_first, None if to_result is None else float(to_result))
        elif department_id is not None and to_first is not None:
            per_department[department_id] = to_first
    return overall[0], overall[1], per_department


def period_figures(scope: Scope, now: dt.datetime, reads: PeriodReads | None = None) -> PeriodFigures:
    """The period's figures: the counts from the figures the database keeps per month
    (queries/kept_figures.py), the medians and the management list over the period's cases."""
    where = scope.conditions()
    reads = period_reads(scope, now) if reads is None else reads
    rows = reads.rows
    received, received_ng, outcomes, outcomes_ng, categories = _mix(rows)
    first_reply, result_median = reads.medians[0], reads.medians[1]
    by_topic, by_reason = _managed(where, by_receipt=_short(scope.period))
    return PeriodFigures(
        received=received,
        received_ng=received_ng,
        outcomes=outcomes,
        outcomes_ng=outcomes_ng,
        categories=categories,
        measures=kept_figures.measures(rows, reads.late),
        replied=kept_figures.sum_counter(rows, "replied"),
        result=kept_figures.sum_counter(rows, "told"),
        median_first_reply_hours=first_reply,
        median_result_hours=result_median,
        managed_by_topic=by_topic,
        managed_by_reason=by_reason,
    )


def _mix(rows: list[kept_figures.KeptRow]):
    """Received, the outcome mix with and without gratitude, and the category mix.

    The same cases as figures.outcome_condition / not_gratitude / category_condition select (the
    case list's filters), counted from the kept figures' status, classification and category."""
    codes = {c.id: c.code for c in Category.select(Category.id, Category.code)}
    outcomes = {code: 0 for code in OUTCOMES}
    outcomes_ng = dict(outcomes)
    categories = {code: 0 for code in CATEGORIES}
    received = received_ng = 0
    for row in rows:
        if row.withdrawn:
            continue  # in no figure
        count = row.counts["cases"]
        category = codes.get(row.category_id, "none") if row.category_id is not None else "none"
        categories[category] = categories.get(category, 0) + count
        received += count
        gratitude = category == "gratitude"
        if not gratitude:
            received_ng += count
        if row.status != "classified":
            outcome = figures.PENDING
        elif row.classification in outcomes:
            outcome = row.classification
        else:
            continue
        outcomes[outcome] += count
        if not gratitude:
            outcomes_ng[outcome] += count
    return received, received_ng, outcomes, outcomes_ng, categories


SHORT_PERIOD_DAYS = 62  # up to two months: its cases are fewer than all the long-term ones


def _short(period) -> bool:
    low, high = period.bounds()
    return low is not None and (high or dt.datetime.max) - low <= dt.timedelta(days=SHORT_PERIOD_DAYS)


def _managed(where: list[pw.Node], *, by_receipt: bool = False) -> tuple[list[ManagedRow], list[ManagedRow]]:
    """Long-term review and unfeasible cases by topic and by reason (DOMAIN.md §3), biggest first.

    `by_receipt` (a period of weeks): the period's cases are read through the received-time index and
    the outcome checked on each — at a million cases a month holds some 20,000 cases, where the outcome
    index would hand over every long-term case of all time (240,000) to be checked for its date
    (380 ms instead of a few tens). The outcome columns are then written so that no index serves them
    (`|| ''` leaves a text as it is, on both back ends)."""
    first, second = sorted(workflow.MANAGEMENT_LIST_OUTCOMES)
    topic, reason = group_key(Case.topic, where), group_key(Case.reason_code, where)
    if by_receipt:
        status, classification = Case.status.concat(""), Case.classification.concat("")
        outcome = ((status == "classified") & (classification == first)) | (
            (status == "classified") & (classification == second)
        )
    else:
        outcome = figures.outcome_condition(first) | figures.outcome_condition(second)
    query = where_all(
        Case.select(topic, reason, Case.classification, count_rows()), [*where, outcome]
    ).group_by(topic, reason, Case.classification)
    by_topic: dict = {}
    by_reason: dict = {}
    for topic_id, reason_code, classification, count in database_proxy.obj.execute(query).fetchall():
        for table, key in ((by_topic, topic_id), (by_reason, reason_code)):
            counts = table.setdefault(key, {})
            counts[classification] = counts.get(classification, 0) + count
    topics = {t.id: (t.name_ko, t.name_en) for t in Topic.select(Topic.id, Topic.name_ko, Topic.name_en)}
    topic_labels = {key: topics.get(key, ("", "")) for key in by_topic}
    reason_labels = {
        key: (REASON_CODES[key].ko, REASON_CODES[key].en) if key in REASON_CODES else (key or "", key or "")
        for key in by_reason
    }
    return _managed_rows(by_topic, topic_labels), _managed_rows(by_reason, reason_labels)


def _managed_rows(table: dict, labels: dict) -> list[ManagedRow]:
    rows = [
        ManagedRow(
            key,
            labels[key][0],
            labels[key][1],
            counts.get("long_term_review", 0),
            counts.get("unfeasible", 0),
        )
        for key, counts in table.items()
    ]
    return sorted(rows, key=lambda r: (-(r.long_term_review + r.unfeasible), r.label_ko))


# ------------------------------------------------------------------------------------------ departments


@dataclass(frozen=True)
class DepartmentRow:
    id: int
    name: str
    received: int
    open: int
    overdue: int
    median_reply_hours: float | None
    compliance: Share  # both promises (48 hours, 14 days)
    rank: int | None  # 1 = best compliance; None: under the minimum sample (or nothing judged)

    @property
    def ranked(self) -> bool:
        return self.rank is not None


def departments(
    scope: Scope, now: dt.datetime, *, min_sample: int, reads: PeriodReads | None = None
) -> list[DepartmentRow]:
    """Every active department with its period's figures; ranked by promise compliance only when it
    received at least `min_sample` cases in the period, so three cases never make the worst department."""
    reads = period_reads(scope, now) if reads is None else reads
    rows = reads.rows
    received = kept_figures.by(rows, "department_id")
    open_ = kept_figures.by([r for r in rows if _is_open(r.status, r.classification)], "department_id")
    overdue = kept_figures.overdue_by_department(scope, now)
    promise = kept_figures.promise_by_department(rows, reads.late)
    medians = reads.medians[2]
    rows_out = []
    for department in Department.select().where(Department.active == True).order_by(Department.id):  # noqa: E712
        rows_out.append(
            DepartmentRow(
                department.id,
                department.name,
                received.get(department.id, 0),
                open_.get(department.id, 0),
                overdue.get(department.id, 0),
                medians.get(department.id),
                promise.get(department.id, Share(0, 0)),
                None,
            )
        )
    rankable = [r for r in rows_out if r.received >= min_sample and r.compliance.denominator]
    rankable.sort(key=lambda r: (-(r.compliance.share or 0.0), r.overdue, r.name))
    ranks = {r.id: index for index, r in enumerate(rankable, start=1)}
    return [
        DepartmentRow(
            r.id, r.name, r.received, r.open, r.overdue, r.median_reply_hours, r.compliance, ranks.get(r.id)
        )
        for r in rows_out
    ]


def _is_open(status: str, classification: str | None) -> bool:
    """figures.open_condition for a kept row's status and classification."""
    if status == "classified":
        return classification in workflow.OPEN_OUTCOMES
    return status in figures.OPEN_STATES and status not in workflow.OPEN_OUTCOMES


def min_sample() -> int:
    return int(get_setting(MIN_SAMPLE_KEY))


# ------------------------------------------------------------------------------------------ trends


@dataclass(frozen=True)
class TrendPoint:
    bucket: Bucket
    received: int
    closed: int
    compliance: Share  # promise compliance of the cases received in the bucket


def trends(granularity: str, now: dt.datetime, *, channel: str | None = None) -> list[TrendPoint]:
    """Received vs closed, and promise compliance, per week or month (periods.trend_buckets). Months
    come from the figures kept per month (queries/kept_figures.py), weeks are counted over the cases."""
    promise = compliance.promise_measure(now)
    buckets = periods.trend_buckets(granularity, now.date())
    kept = None
    if granularity == "month":
        kept = kept_figures.promise_by_month(
            Scope(Period("custom", buckets[0].start, buckets[-1].end), channel), now
        )
    points = []
    for bucket in buckets:
        if kept is not None:
            received, base, met = kept.get(bucket.start.strftime("%Y-%m"), (0, 0, 0))
        else:
            scope = Scope(Period("custom", bucket.start, bucket.end), channel)
            sums = conditional_sums(
                {"received": pw.SQL("1 = 1"), "base": promise.base, "met": promise.met}, scope.conditions()
            )
            received, base, met = sums["received"], sums["base"], sums["met"]
        closed_where = [figures.figure_condition(Figure("closed", start=bucket.start, end=bucket.end), now)]
        if channel:
            closed_where.append(Case.channel == Channel.select(Channel.id).where(Channel.code == channel))
        closed = where_all(Case.select(count_rows()), closed_where).scalar() or 0
        points.append(TrendPoint(bucket, received, closed, Share(met, base)))
    return points


# ------------------------------------------------------------------------------------------ surveys


def survey_filter(scope: Scope, channel: str, question: str, value: str) -> CaseFilter:
    return scope.dated_filter("survey", f"{channel}:{question}:{value}", scope.period.start, scope.period.end)


# ------------------------------------------------------------------------------------------ overdue


@dataclass(frozen=True)
class OverdueRow:
    department_id: int | None
    department: str
    promise: int
    statutory: int
    monthly_update: int
    total: int  # cases overdue on any clock (a case late on two clocks counts once)


def overdue_by_department(now: dt.datetime) -> list[OverdueRow]:
    """Cases overdue now, per department, the latest first: the paper's 'who is late' table."""
    per_clock: dict[str, dict] = {}
    key = group_key(Case.department, [True])  # the clocks' partial indexes, not the department index
    parts = {clock: [overdue_condition(clock, now)] for clock in ("promise", "statutory", "monthly_update")}
    parts["any"] = overdue_any_parts(now)
    for clock, conditions in parts.items():
        counts: dict = {}
        for condition in conditions:
            query = Case.select(key, count_rows()).where(condition).group_by(key)
            for department_id, count in database_proxy.obj.execute(query).fetchall():
                counts[department_id] = counts.get(department_id, 0) + count
        per_clock[clock] = counts
    names = {d.id: d.name for d in Department.select(Department.id, Department.name)}
    rows = [
        OverdueRow(
            department_id,
            names.get(department_id, "") if department_id is not None else "",
            per_clock["promise"].get(department_id, 0),
            per_clock["statutory"].get(department_id, 0),
            per_clock["monthly_update"].get(department_id, 0),
            total,
        )
        for department_id, total in per_clock["any"].items()
    ]
    return sorted(rows, key=lambda r: (-r.total, r.department))


# ------------------------------------------------------------------------------------------ referrals


@dataclass(frozen=True)
class OverdueReferral:
    case_id: int
    number: str
    agency: str  # Korean name (the screen shows it in the interface's language)
    referred_at: dt.datetime | None  # the referral recorded in the case's history
    remind_on: dt.date
    days_waiting: int  # since the referral (since the reminder date when the history has no referral)


OVERDUE_REFERRALS_SHOWN = 10  # the screen and the paper list the longest waiting; the count is all of them


def overdue_referrals(today: dt.date, *, limit: int = OVERDUE_REFERRALS_SHOWN) -> list[OverdueReferral]:
    """Referrals still waiting for the agency's answer past their reminder date (이송·이첩 회신 지연),
    the longest waiting first (the earliest reminder: it is set a week after the referral), at most
    `limit`: the first of the cases the figure "referral_overdue" lists."""
    rows = list(
        Case.select(Case.id, Case.number, Case.referral_remind_on, Agency.name.alias("agency"))
        .join(Agency, pw.JOIN.LEFT_OUTER, on=(Case.agency == Agency.id))
        .where(figures.referral_overdue_condition(today))
        .order_by(Case.referral_remind_on, Case.id)
        .limit(limit)
        .dicts()
    )
    when: dict[int, dt.datetime] = {}
    if rows:
        referred = (
            CaseEvent.select(CaseEvent.case, pw.fn.MAX(CaseEvent.at).alias("referred_at"))
            .where((CaseEvent.kind == "refer") & CaseEvent.case.in_([r["id"] for r in rows]))
            .group_by(CaseEvent.case)
        )
        for event in referred.dicts():
            at = event["referred_at"]
            when[event["case"]] = dt.datetime.fromisoformat(at) if isinstance(at, str) else at  # SQLite: text
    result = []
    for r in rows:
        referred_at = when.get(r["id"])
        start = referred_at.date() if referred_at else r["referral_remind_on"]
        result.append(
            OverdueReferral(
                r["id"],
                r["number"],
                r["agency"] or "",
                referred_at,
                r["referral_remind_on"],
                max(0, (today - start).days),
            )
        )
    return result


def overdue_referral_count(today: dt.date) -> int:
    """How many referrals wait past their reminder date (the figure "referral_overdue")."""
    return Case.select(count_rows()).where(figures.referral_overdue_condition(today)).scalar() or 0


# ------------------------------------------------------------------------------------------ all


@dataclass(frozen=True)
class Briefing:
    now: dt.datetime
    scope: Scope
    granularity: str
    tiles: Tiles
    figures: PeriodFigures
    departments: list[DepartmentRow]
    min_sample: int
    trends: list[TrendPoint]
    coverage: SessionCoverage
    surveys: list[SurveyFigures]
    overdue: list[OverdueRow] = field(default_factory=list)
    unit_suggestions: dict[str, int] = field(default_factory=dict)  # unit type -> suggestions raised
    place_messages: list[tuple[str, str, int]] = field(default_factory=list)  # QR places: code, name, texts
    overdue_referrals: list[OverdueReferral] = field(default_factory=list)  # the agency's answer is late
    overdue_referral_count: int = 0  # all of them (the list holds the longest waiting)


# "All": every session ever held (the figure's filter has no dates either).
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(9999, 12, 30)


def coverage_for(scope: Scope) -> SessionCoverage:
    """Sessions held in the period (the channel does not apply: sessions are the mobile_office channel)."""
    return session_coverage(scope.period.start or EARLIEST, scope.period.end or LATEST)


def unit_suggestions(scope: Scope) -> dict[str, int]:
    """Suggestions raised at the sessions held in the period, per communication unit type."""
    held = figures.session_held_condition(scope.period.start, scope.period.end)
    query = (
        Case.select(Session.unit_type, count_rows())
        .join(Session, on=(Case.session == Session.id))
        .where(held)
        .group_by(Session.unit_type)
    )
    return dict(database_proxy.obj.execute(query).fetchall())


def place_messages(scope: Scope) -> list[tuple[str, str, int]]:
    """Texts received in the period from each QR poster place (queries/outbox.py), most first."""
    start = dt.datetime.combine(scope.period.start, dt.time()) if scope.period.start else None
    end = (
        dt.datetime.combine(scope.period.end + dt.timedelta(days=1), dt.time()) if scope.period.end else None
    )
    return messages_per_place(start, end)


def session_filter(scope: Scope, unit: str = "") -> CaseFilter:
    """The suggestions raised at the sessions held in the period (of one unit type, when given)."""
    return CaseFilter(figure=Figure("session_suggestions", unit, scope.period.start, scope.period.end))


def load_briefing(
    scope: Scope,
    now: dt.datetime,
    *,
    granularity: str = "month",
    sample: int | None = None,
    with_trends: bool = True,
) -> Briefing:
    """Everything the briefing screen and its paper show, for `scope` at `now`. The screen asks for
    the trends apart (`with_trends=False`, then `trends`): a year of cases is the biggest read, and
    the figures need not wait for the chart."""
    sample = min_sample() if sample is None else sample
    reads = period_reads(scope, now)
    return Briefing(
        now=now,
        scope=scope,
        granularity=granularity,
        tiles=tiles(now),
        figures=period_figures(scope, now, reads),
        departments=departments(scope, now, min_sample=sample, reads=reads),
        min_sample=sample,
        trends=trends(granularity, now, channel=scope.channel) if with_trends else [],
        coverage=coverage_for(scope),
        surveys=survey_figures(scope),
        overdue=overdue_by_department(now),
        unit_suggestions=unit_suggestions(scope),
        place_messages=place_messages(scope),
        overdue_referrals=overdue_referrals(now.date()),
        overdue_referral_count=overdue_referral_count(now.date()),
    )

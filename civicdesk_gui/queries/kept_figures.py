"""A period's counts from the figures the database keeps per month (store/month_figures.py), with the
few parts that depend on the time of day counted over the cases still running.

`kept_rows(scope)` reads the months the period covers whole from `case_month_figures` and counts the
days at its edges (a custom range, or "this month" up to today) directly over the cases with the very
same conditions, so that any period of whole days is exact. `running(scope, now)` counts what the time
decides: unanswered cases past their promise or statutory due time, open cases past their monthly
update, civil complaints received in the last 24 hours. `measures` puts them together into the shares
of queries/compliance.py — the same numbers as its conditions counted over the cases (tested on both
back ends after many actions, tests/queries/test_kept_figures.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from civicdesk_gui.domain import workflow
from civicdesk_gui.queries import compliance
from civicdesk_gui.queries.aggregates import Scope, Share, count_rows, flag, group_key, where_all
from civicdesk_gui.store.database import database_proxy, is_postgres
from civicdesk_gui.store.models import Case, Category, Channel, Official
from civicdesk_gui.store.month_figures import COUNTERS, KEY_COLUMNS, TABLE, grouped_select

KEY = tuple(name for name, _ in KEY_COLUMNS)


@dataclass(frozen=True)
class KeptRow:
    channel_id: int
    category_id: int | None
    department_id: int | None
    official_id: int | None
    status: str
    classification: str | None
    counts: dict[str, int]

    @property
    def withdrawn(self) -> bool:
        return self.status == workflow.WITHDRAWN


def _month_start(moment: dt.datetime) -> dt.datetime:
    return dt.datetime(moment.year, moment.month, 1)


def _next_month(moment: dt.datetime) -> dt.datetime:
    return dt.datetime(moment.year + moment.month // 12, moment.month % 12 + 1, 1)


def _empty(start: dt.datetime, stop: dt.datetime) -> bool:
    """No case (of any channel or status) was received in [start, stop): one probe of an index."""
    return (
        not Case.select(Case.id).where(Case.received_at >= start, Case.received_at < stop).limit(1).exists()
    )


def _split(low: dt.datetime | None, high: dt.datetime | None):
    """[low, high) as the months it covers whole ((first, end) YYYY-MM, None: open) and the
    ranges of days at its edges, counted over the cases. A month cut by the period counts whole when
    no case was received in its part outside the period ("this month" up to today: nothing after)."""
    first = None if low is None else (low if low == _month_start(low) else _next_month(low))
    end = None if high is None else _month_start(high)
    if low is not None and first != low and _empty(_month_start(low), low):
        first = _month_start(low)
    if high is not None and end != high and _empty(high, _next_month(end)):
        end = _next_month(end)
    if first is not None and end is not None and first >= end:
        return None, [(low, high)]
    edges = []
    if low is not None and first > low:
        edges.append((low, first))
    if high is not None and end < high:
        edges.append((end, high))
    months = (first.strftime("%Y-%m") if first else None, end.strftime("%Y-%m") if end else None)
    return months, edges


def _channel_id(code: str | None) -> int | None:
    if code is None:
        return None
    found = Channel.get_or_none(Channel.code == code)
    return found.id if found is not None else -1


def kept_rows(scope: Scope) -> list[KeptRow]:
    """The figures' counts per key of the cases received in the scope's period and channel,
    withdrawn cases included (their status says so)."""
    db = database_proxy.obj
    mark = "%s" if is_postgres() else "?"
    low, high = scope.period.bounds()
    channel = _channel_id(scope.channel)
    months, edges = _split(low, high)
    totals: dict[tuple, list[int]] = {}

    def add(rows, offset: int) -> None:
        for row in rows:
            key = tuple(row[offset : offset + len(KEY)])
            values = [int(v or 0) for v in row[offset + len(KEY) :]]
            known = totals.get(key)
            if known is None:
                totals[key] = values
            else:
                for i, value in enumerate(values):
                    known[i] += value

    if months is not None:
        where, params = [], []
        if months[0] is not None:
            where.append(f"month >= {mark}")
            params.append(months[0])
        if months[1] is not None:
            where.append(f"month < {mark}")
            params.append(months[1])
        if channel is not None:
            where.append(f"channel_id = {mark}")
            params.append(channel)
        sums = ", ".join(f"SUM({c})" for c in COUNTERS)
        clause = f"WHERE {' AND '.join(where)} " if where else ""
        sql = f"SELECT {', '.join(KEY)}, {sums} FROM {TABLE} {clause}GROUP BY {', '.join(KEY)}"
        add(db.execute_sql(sql, params).fetchall(), 0)
    for start, stop in edges:
        where, params = [], []
        for op, moment in ((">=", start), ("<", stop)):
            if moment is not None:
                where.append(f"c.received_at {op} {mark}")
                params.append(moment if is_postgres() else str(moment))
        if channel is not None:
            where.append(f"c.channel_id = {mark}")
            params.append(channel)
        sql = grouped_select(db).format(where=f"WHERE {' AND '.join(where)}")
        add(db.execute_sql(sql, params).fetchall(), 1)
    return [
        KeptRow(
            channel_id,
            category or None,
            department or None,
            official or None,
            status,
            classification or None,
            dict(zip(COUNTERS, values, strict=True)),
        )
        for (channel_id, category, department, official, status, classification), values in totals.items()
        if values[0]
    ]


@dataclass(frozen=True)
class Running:
    """What the time decides, over the scope's cases (withdrawn left out)."""

    promise_late: dict[tuple[int, int | None], int]  # (channel id, department id) -> unanswered past due
    statutory_late: dict[int | None, int]  # department id -> unanswered past the statutory due time
    update_late: int  # open cases past their monthly update
    recent_complaints: int  # civil complaints received after now - 24 h
    recent_resolved_24h: int  # … of those, resolved within 24 hours


def running(scope: Scope, now: dt.datetime) -> Running:
    where = scope.conditions()
    promise_late = Case.promise_due_at < now
    statutory_late = Case.statutory_due_at < now
    channel, department = group_key(Case.channel, where), group_key(Case.department, where)
    query = where_all(
        Case.select(channel, department, flag(promise_late), flag(statutory_late)),
        [*where, Case.result_at.is_null(), promise_late | statutory_late],
    ).group_by(channel, department)
    promise: dict = {}
    statutory: dict = {}
    for channel_id, department_id, late_promise, late_statute in database_proxy.obj.execute(query).fetchall():
        promise[(channel_id, department_id)] = promise.get((channel_id, department_id), 0) + int(late_promise)
        statutory[department_id] = statutory.get(department_id, 0) + int(late_statute)
    update_late = update_late_query(scope, now).scalar() or 0
    resolved = compliance.measure("resolved_within_24h", now)
    complaint = Case.category == Category.select(Category.id).where(Category.code == "civil_complaint")
    recent = [*where, complaint, Case.received_at > now - compliance.RESOLVED_WITHIN]
    row = database_proxy.obj.execute(
        where_all(Case.select(count_rows(), flag(resolved.met)), recent)
    ).fetchone()
    return Running(promise, statutory, int(update_late), int(row[0] or 0), int(row[1] or 0))


def update_late_query(scope: Scope, now: dt.datetime) -> pw.Select:
    """The count of the scope's open cases past their monthly update: answered from the running
    update's partial index alone, the status (withdrawn left out) included (schema step 18)."""
    return where_all(
        Case.select(count_rows()), [*scope.conditions(), Case.closed_at.is_null(), Case.update_due_at < now]
    )


def promise_by_month(scope: Scope, now: dt.datetime) -> dict[str, tuple[int, int, int]]:
    """Per month of the scope (its period whole months): the cases received (withdrawn left out),
    and both promises' base and met (compliance.promise_measure) — the trend lines, in two reads."""
    db = database_proxy.obj
    mark = "%s" if is_postgres() else "?"
    low, high = scope.period.bounds()
    if any(bound is not None and bound != _month_start(bound) for bound in (low, high)):
        raise ValueError("promise_by_month counts whole months")
    where, params = [f"status <> {mark}"], [workflow.WITHDRAWN]
    if low is not None:
        where.append(f"month >= {mark}")
        params.append(low.strftime("%Y-%m"))
    if high is not None:
        where.append(f"month < {mark}")
        params.append(high.strftime("%Y-%m"))
    channel = _channel_id(scope.channel)
    if channel is not None:
        where.append(f"channel_id = {mark}")
        params.append(channel)
    sql = (
        f"SELECT month, SUM(cases), SUM(promise_told), SUM(promise_met) FROM {TABLE} "
        f"WHERE {' AND '.join(where)} GROUP BY month"
    )
    months = {
        month: [int(cases or 0), int(told or 0), int(met or 0)]
        for month, cases, told, met in db.execute_sql(sql, params).fetchall()
    }
    month = (
        # Literal formats: PostgreSQL matches the GROUP BY to the selected expression only then.
        pw.fn.to_char(Case.received_at, pw.SQL("'YYYY-MM'"))
        if is_postgres()
        else pw.fn.strftime(pw.SQL("'%Y-%m'"), Case.received_at)
    )
    late = where_all(
        Case.select(month, count_rows()),
        [*scope.conditions(), Case.result_at.is_null(), Case.promise_due_at < now],
    ).group_by(month)
    for key, count in db.execute(late).fetchall():
        months.setdefault(key, [0, 0, 0])[1] += int(count)
    return {key: (cases, base, met) for key, (cases, base, met) in months.items()}


def _ids() -> tuple[int | None, int | None, set[int]]:
    session = Channel.get_or_none(Channel.code == compliance.SESSION_CHANNEL)
    complaint = Category.get_or_none(Category.code == "civil_complaint")
    leaders = {o.id for o in Official.select(Official.id).where(Official.is_responsible == True)}  # noqa: E712
    return (session.id if session else None, complaint.id if complaint else None, leaders)


def measures(rows: list[KeptRow], late: Running) -> dict[str, Share]:
    """The shares of compliance.MEASURES over `rows` (withdrawn rows left out) and `late`."""
    session, complaint, leaders = _ids()
    base = dict.fromkeys(compliance.MEASURES, 0)
    met = dict.fromkeys(compliance.MEASURES, 0)
    complaints = 0
    for row in rows:
        if row.withdrawn:
            continue
        c = row.counts
        if session is not None:
            promise = "promise_14d" if row.channel_id == session else "promise_48h"
            base[promise] += c["promise_told"]
            met[promise] += c["promise_met"]
        base["statutory"] += c["statutory_told"]
        met["statutory"] += c["statutory_met"]
        base["monthly_update"] += c["update_running"]
        if complaint is not None and row.category_id == complaint:
            complaints += c["cases"]
            met["resolved_within_24h"] += c["resolved_24h"]
        if row.department_id is not None:
            base["answered_by_team_leader"] += c["told"]
            if row.official_id in leaders:
                met["answered_by_team_leader"] += c["told"]
    if session is not None:
        for (channel_id, _department), count in late.promise_late.items():
            base["promise_14d" if channel_id == session else "promise_48h"] += count
    base["statutory"] += sum(late.statutory_late.values())
    met["monthly_update"] = base["monthly_update"] - late.update_late
    # Met, or older than 24 hours: every complaint but the recent ones not (yet) met.
    base["resolved_within_24h"] = complaints - (late.recent_complaints - late.recent_resolved_24h)
    return {key: Share(met[key], base[key]) for key in compliance.MEASURES}


def promise_by_department(rows: list[KeptRow], late: Running) -> dict[int, Share]:
    """Both promises together (compliance.promise_measure) per department."""
    base: dict[int, int] = {}
    met: dict[int, int] = {}
    for row in rows:
        if row.withdrawn or row.department_id is None:
            continue
        base[row.department_id] = base.get(row.department_id, 0) + row.counts["promise_told"]
        met[row.department_id] = met.get(row.department_id, 0) + row.counts["promise_met"]
    for (_channel, department_id), count in late.promise_late.items():
        if department_id is not None:
            base[department_id] = base.get(department_id, 0) + count
    return {d: Share(met.get(d, 0), base[d]) for d in base}


def sum_counter(rows: list[KeptRow], counter: str, *, withdrawn: bool = False) -> int:
    return sum(r.counts[counter] for r in rows if r.withdrawn == withdrawn)


def by(rows: list[KeptRow], attribute: str, *, withdrawn: bool = False) -> dict:
    """Cases per value of a key's `attribute` (withdrawn rows left out, or only those)."""
    counts: dict = {}
    for row in rows:
        if row.withdrawn == withdrawn:
            key = getattr(row, attribute)
            counts[key] = counts.get(key, 0) + row.counts["cases"]
    return counts


def overdue_by_department(scope: Scope, now: dt.datetime) -> dict[int | None, int]:
    """Cases of the scope overdue now on any clock, per department (the partial indexes' parts)."""
    from civicdesk_gui.queries.case_list import overdue_any_parts

    where = scope.conditions()
    key = group_key(Case.department, where)
    counts: dict = {}
    for part in overdue_any_parts(now):
        query = where_all(Case.select(key, count_rows()), [*where, part]).group_by(key)
        for department_id, count in database_proxy.obj.execute(query).fetchall():
            counts[department_id] = counts.get(department_id, 0) + count
    return counts

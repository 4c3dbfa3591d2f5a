"""Case counts for scripts, the nightly report and the briefing: counted in SQL, keyed by stable codes.

Every count is one GROUP BY (or COUNT) that SQLite and PostgreSQL both run; only the reply-time
expression differs per backend, and the median is read with ORDER BY/OFFSET so no rows travel.
"""

from __future__ import annotations

import datetime as dt

import peewee
from peewee import JOIN, fn

from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.vocabulary import CATEGORIES, CHANNELS, CLASSIFICATIONS, STATUSES
from civicdesk_gui.store.database import is_postgres
from civicdesk_gui.store.models import Case, Category, Channel, Department
from civicdesk_gui.store.models import now as clock_now

# The key for cases without the grouped value: no department yet (gratitude never gets one), no category.
NONE_KEY = "none"


def _zeros(codes) -> dict[str, int]:
    return {code: 0 for code in codes}


def working() -> peewee.Expression:
    """Withdrawn cases (entered by mistake) count nowhere but in their own line."""
    return Case.status != workflow.WITHDRAWN


def _grouped(column, *, join=None, base: dict[str, int]) -> dict[str, int]:
    query = Case.select(column, fn.COUNT(Case.id))
    if join is not None:
        query = query.join(join, JOIN.LEFT_OUTER)
    query = query.where(working())
    counts = dict(base)
    for key, count in query.group_by(column).tuples():
        counts[key if key is not None else NONE_KEY] = count
    return counts


def open_condition() -> peewee.Expression:
    """Cases that still owe the resident a monthly update (workflow.is_open, in SQL)."""
    return Case.classification.is_null() | Case.classification.in_(sorted(workflow.OPEN_OUTCOMES))


def overdue_counts(now: dt.datetime) -> dict[str, int]:
    """Running clocks past due: promise and statutory are met by the first reply; the monthly
    update only runs while the case is open."""
    promise = Case.select().where(
        working(),
        Case.promise_due_at.is_null(False) & Case.first_reply_at.is_null() & (Case.promise_due_at < now),
    )
    statutory = Case.select().where(
        working(),
        Case.statutory_due_at.is_null(False) & Case.first_reply_at.is_null() & (Case.statutory_due_at < now),
    )
    monthly = Case.select().where(
        working(), Case.update_due_at.is_null(False) & (Case.update_due_at < now) & open_condition()
    )
    return {"promise": promise.count(), "statutory": statutory.count(), "monthly_update": monthly.count()}


def _reply_hours() -> peewee.Node:
    if is_postgres():
        return fn.date_part("epoch", Case.first_reply_at - Case.received_at) / 3600.0
    return (fn.julianday(Case.first_reply_at) - fn.julianday(Case.received_at)) * 24.0


def median_hours_to_first_reply() -> float | None:
    """Median time from receipt to the first reply, in hours (None when nobody was answered yet)."""
    replied = Case.select().where(working(), Case.first_reply_at.is_null(False))
    count = replied.count()
    if not count:
        return None
    hours = _reply_hours()
    middle = (
        Case.select(hours.alias("hours"))
        .where(working(), Case.first_reply_at.is_null(False))
        .order_by(hours)
        .offset((count - 1) // 2)
        .limit(1 if count % 2 else 2)
    )
    values = [float(row[0]) for row in middle.tuples()]
    return round(sum(values) / len(values), 1)


def compute_stats(now: dt.datetime | None = None) -> dict:
    """The office's numbers at `now` (default: the current time)."""
    now = now or clock_now()
    by_department = _zeros(d.code for d in Department.select(Department.code).where(Department.active))
    by_department.update(_grouped(Department.code, join=Department, base={}))
    return {
        "total": Case.select().where(working()).count(),
        "by_status": _grouped(
            Case.status, base=_zeros(code for code in STATUSES if code != workflow.WITHDRAWN)
        ),
        "by_classification": {
            key: value
            for key, value in _grouped(Case.classification, base=_zeros(CLASSIFICATIONS)).items()
            if key != NONE_KEY
        },
        "by_channel": _grouped(Channel.code, join=Channel, base=_zeros(CHANNELS)),
        "by_category": _grouped(Category.code, join=Category, base=_zeros(CATEGORIES)),
        "by_department": by_department,
        "overdue": overdue_counts(now),
        "median_hours_to_first_reply": median_hours_to_first_reply(),
        "withdrawn": Case.select().where(Case.status == workflow.WITHDRAWN).count(),
    }

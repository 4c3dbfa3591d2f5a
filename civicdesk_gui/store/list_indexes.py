"""Sort expressions of the case list, and the expression indexes that make them fast.

Sorting a million cases by "next deadline" or by state would otherwise sort the whole table for
each first page (1-2 s). The query layer sorts by exactly these expressions and the indexes below
are built from the same nodes, so both backends match the index to the ORDER BY. No bound
parameters inside: an index expression must be literal to be matched.
"""

from __future__ import annotations

import re

import peewee as pw

from civicdesk_gui.store.models import Case

# A running clock is due at its column; none running sorts last (NULL order differs by backend).
FAR_FUTURE_SQL = "'9999-12-31 00:00:00'"
CLOCK_ORDER = ("promise", "statutory", "monthly_update")
REVIEW_DUE_COLUMNS = "classification, next_review_on, status, received_at, topic_id, reason_code"


def running_due(clock: str) -> tuple[pw.Field, pw.Node]:
    """The due column of a clock and when that clock is running (DOMAIN.md §1): the promise and
    statutory clocks until the resident is told the result (법 제27조; a receipt notice or an interim
    reply does not stop them: Case.result_at, the same column as queries/compliance.result_at), the
    monthly update until the case is closed."""
    if clock == "promise":
        return Case.promise_due_at, Case.result_at.is_null()
    if clock == "statutory":
        return Case.statutory_due_at, Case.result_at.is_null()
    if clock == "monthly_update":
        return Case.update_due_at, Case.closed_at.is_null()
    raise ValueError(f"unknown clock {clock!r}")


def next_due_expression(*, postgres: bool) -> pw.Node:
    """The nearest running clock's due time; FAR_FUTURE when none runs."""
    dues = []
    for clock in CLOCK_ORDER:
        due, running = running_due(clock)
        dues.append(pw.Case(None, [(running, due)], None))
    # Rotate COALESCE's arguments so each slot is non-NULL whenever any clock runs; then the
    # least of the slots is the nearest (LEAST on PostgreSQL, multi-argument min on SQLite).
    slots = [pw.fn.COALESCE(*(dues[i:] + dues[:i])) for i in range(len(dues))]
    least = pw.fn.LEAST(*slots) if postgres else pw.fn.MIN(*slots)
    return pw.fn.COALESCE(least, pw.SQL(FAR_FUTURE_SQL))


def state_expression() -> pw.Node:
    """A case's state: its classification once classified, else its status (workflow.state_of)."""
    return pw.fn.COALESCE(Case.classification, Case.status)


def _bare_sql(db: pw.Database, node: pw.Node) -> str:
    sql, params = db.get_sql_context().sql(node).query()
    if params:
        raise ValueError("index expressions must not have parameters")
    return re.sub(r'"t\d+"\.', "", sql)


def create_list_indexes(db: pw.Database) -> None:
    postgres = isinstance(db, pw.PostgresqlDatabase)
    for name, node in (
        ("case_next_due", next_due_expression(postgres=postgres)),
        ("case_state", state_expression()),
    ):
        # Extra parentheses: PostgreSQL wants them around an expression in an index definition.
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS {name} ON "case" (({_bare_sql(db, node)}), id)')
    # "Review due" (the management list): its outcomes' range up to today, the status beside it; and
    # the received time, topic and reason, so that a page's matches are gathered and sorted, and the
    # briefing's management list by topic and reason counted, from the index alone.
    db.execute_sql(f'CREATE INDEX IF NOT EXISTS case_review_due ON "case" ({REVIEW_DUE_COLUMNS})')


# The reference columns the list sorts by (queries/case_list._sort_expression), NULL first in
# ascending order as the list has them (SQLite's own order).
REFERENCE_SORTS = ("channel_id", "category_id", "town_id", "department_id", "official_id")


def create_reference_sort_indexes(db: pw.Database) -> None:
    """On PostgreSQL, (column NULLS FIRST, id) for each reference column the list sorts by: read
    backwards it is the descending order with NULLs last, ties by id, as the list pages them. The
    foreign keys' own indexes hold neither the id order nor that NULL order, so each first page of a
    million cases sorted by department or town was a sort of them all (1.1 s). SQLite's index on the
    column already holds its rows in rowid order within a value, and NULLs first: nothing to add."""
    if not isinstance(db, pw.PostgresqlDatabase):
        return
    for column in REFERENCE_SORTS:
        nulls = "" if column == "channel_id" else " NULLS FIRST"  # a case always has its channel
        name = f"case_sort_{column.removesuffix('_id')}"
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS {name} ON "case" ({column}{nulls}, id)')

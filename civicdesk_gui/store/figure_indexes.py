"""Indexes behind the morning briefing's figures and `civicdesk stats` (queries/briefing.py, stats.py).

- `case_figures` covers every column a period's figures read (queries/compliance.py): the cases
  received in a period are one range of it, and SQLite and PostgreSQL answer the counts, the outcome
  mix and the compliance shares from the index alone instead of reading wide case rows (their text).
- The running clocks are partial indexes: promise and statutory over the cases not yet told their
  result (result_at, schema step 8: a receipt notice does not stop them) only, the
  monthly update over the cases not closed; with the department beside the due time, "overdue now"
  and "overdue per department" read those few thousand entries, never a case row.
- `case_unanswered` holds every clock of the unanswered cases (a few thousand even among a million):
  the cases late on any clock are those, plus the answered ones late on the monthly update.
- `case_closed_at` serves the "closed per week/month" trend.

Created the same way by a new database (store/schema.py) and by schema step 5, so both match.
"""

from __future__ import annotations

import re

import peewee as pw

from civicdesk_gui.store.models import Case

FIGURE_INDEXES: tuple[tuple[str, str], ...] = (
    (
        "case_figures",
        '"case" (received_at, channel_id, category_id, department_id, status, classification, '
        "promise_due_at, statutory_due_at, update_due_at, first_reply_at, closed_at, official_id, result_at)",
    ),
    # Trends read a year of cases: only the columns the weekly/monthly promise line needs.
    ("case_trend", '"case" (received_at, channel_id, promise_due_at, result_at)'),
    ("case_promise_running", '"case" (promise_due_at, department_id) WHERE result_at IS NULL'),
    ("case_statutory_running", '"case" (statutory_due_at, department_id) WHERE result_at IS NULL'),
    # The status too: the counts leave withdrawn cases out, and read no case row for it (step 18).
    (
        "case_update_running",
        '"case" (update_due_at, department_id, result_at, status) WHERE closed_at IS NULL',
    ),
    (
        "case_unanswered",
        '"case" (department_id, promise_due_at, statutory_due_at, update_due_at, closed_at, classification, '
        "received_at) WHERE result_at IS NULL",
    ),
    ("case_closed_at", '"case" (closed_at) WHERE closed_at IS NOT NULL'),
    # "Awaiting a letter": the management-list cases and their ids, so PostgreSQL looks for a standing
    # letter from the index alone (SQLite's index carries the rowid anyway).
    ("case_classification_id", '"case" (classification, id)'),
)


def hours_expression(later: pw.Node, earlier: pw.Node, *, postgres: bool) -> pw.Node:
    """(later - earlier) in hours, in each back end's arithmetic, with literal constants so that the
    reply-time index below is built from (and matched by) exactly this expression."""
    if postgres:
        return pw.fn.date_part(pw.SQL("'epoch'"), later - earlier) / pw.SQL("3600.0")
    return (pw.fn.julianday(later) - pw.fn.julianday(earlier)) * pw.SQL("24.0")


def reply_hours_index(db: pw.Database) -> str:
    """The median time to the first reply over every case walks this index to the middle instead of
    sorting a million values."""
    postgres = isinstance(db, pw.PostgresqlDatabase)
    sql, params = (
        db.get_sql_context()
        .sql(hours_expression(Case.first_reply_at, Case.received_at, postgres=postgres))
        .query()
    )
    if params:
        raise ValueError("index expressions must not have parameters")
    expression = re.sub(r'"t\d+"\.', "", sql)
    # The two times beside the expression: PostgreSQL then reads the middle from the index alone.
    return f'"case" (({expression}), first_reply_at, received_at) WHERE first_reply_at IS NOT NULL'


def create_figure_indexes(db: pw.Database) -> None:
    for name, definition in FIGURE_INDEXES:
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")
    db.execute_sql(f"CREATE INDEX IF NOT EXISTS case_reply_hours ON {reply_hours_index(db)}")

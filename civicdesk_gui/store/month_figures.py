"""The period figures' counts, kept by the database per month of receipt: the briefing and `civicdesk
stats` add up a few thousand rows instead of reading a million cases.

`case_month_figures` holds, for each month of receipt (YYYY-MM) and each combination of the values the
figures are grouped or judged by (channel, category, department, official, status, classification),
how many cases there are and how many of them meet each condition below that does not depend on the
time of day. Triggers on "case" change it in the same transaction as the write that changes a case,
whoever writes. As with the tallies (store/tallies.py), a PostgreSQL transaction writes rows of its
own (`slot` = its transaction id) that `fold_month_figures` adds into `slot = 0` now and then, so that
two desks never wait for each other; a figure is the sum over its slots.

What does depend on the time ("past its due time now", "received in the last 24 hours") is counted
over the few cases still running (queries/kept_figures.py), from the partial indexes of
store/figure_indexes.py.

Missing values are stored as 0 (ids) and '' (classification), so that the key is unique on both back
ends. The conditions are those of queries/compliance.py written for a row; tests/queries/
test_kept_figures.py checks after many actions that every figure equals the count over the cases.
"""

from __future__ import annotations

import peewee as pw

from civicdesk_gui.store.tallies import create_row_trigger

# The key: (column, the row's expression for it, with `{r}` for NEW, OLD or a table alias).
KEY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("channel_id", "{r}.channel_id"),
    ("category_id", "COALESCE({r}.category_id, 0)"),
    ("department_id", "COALESCE({r}.department_id, 0)"),
    ("official_id", "COALESCE({r}.official_id, 0)"),
    ("status", "{r}.status"),
    ("classification", "COALESCE({r}.classification, '')"),
)
# The counters: how many cases of the key meet each condition (`{r}` as above; `{within_24h}` the
# back end's "closed within 24 hours of receipt", as compliance.within spells it).
COUNTERS: dict[str, str] = {
    "cases": "1 = 1",
    "replied": "{r}.first_reply_at IS NOT NULL",
    "told": "{r}.result_at IS NOT NULL",
    "promise_told": "{r}.promise_due_at IS NOT NULL AND {r}.result_at IS NOT NULL",
    "promise_met": (
        "{r}.promise_due_at IS NOT NULL AND {r}.result_at IS NOT NULL AND {r}.result_at <= {r}.promise_due_at"
    ),
    "statutory_told": "{r}.statutory_due_at IS NOT NULL AND {r}.result_at IS NOT NULL",
    "statutory_met": (
        "{r}.statutory_due_at IS NOT NULL AND {r}.result_at IS NOT NULL "
        "AND {r}.result_at <= {r}.statutory_due_at"
    ),
    "update_running": "{r}.update_due_at IS NOT NULL AND {r}.closed_at IS NULL",
    "resolved_24h": "{r}.classification = 'resolved' AND {r}.closed_at IS NOT NULL AND {within_24h}",
}
# Every column a key or a condition reads: an UPDATE that changes none of them changes no figure.
READ_COLUMNS = (
    "received_at",
    "channel_id",
    "category_id",
    "department_id",
    "official_id",
    "status",
    "classification",
    "first_reply_at",
    "result_at",
    "promise_due_at",
    "statutory_due_at",
    "update_due_at",
    "closed_at",
)
TABLE = "case_month_figures"
# The briefing's "referrals waiting past their reminder date" (queries/figures.referral_overdue_condition,
# written with these literals so that the partial index serves it): the few referrals still waiting,
# by reminder date, read without a case row.
REFERRAL_INDEX = (
    "case_referral_waiting",
    "\"case\" (referral_remind_on, id) WHERE classification = 'referred' AND agency_answered_at IS NULL",
)
_FOLD_LOCK = 0x5C4E3A16


def _postgres(db: pw.Database) -> bool:
    return isinstance(db, pw.PostgresqlDatabase)


def month_sql(row: str, *, postgres: bool) -> str:
    """The month of receipt, YYYY-MM, of `row`."""
    if postgres:
        return f"to_char({row}.received_at, 'YYYY-MM')"
    return f"strftime('%Y-%m', {row}.received_at)"


def counter_sql(name: str, row: str, *, postgres: bool) -> str:
    within = (
        f"{row}.closed_at <= {row}.received_at + interval '86400 seconds'"
        if postgres
        else f"{row}.closed_at <= datetime({row}.received_at, '+86400 seconds')"
    )
    return COUNTERS[name].format(r=row, within_24h=within)


def _flag(condition: str) -> str:
    return f"CASE WHEN {condition} THEN 1 ELSE 0 END"


def _key_names() -> list[str]:
    return ["month", *(name for name, _ in KEY_COLUMNS), "slot"]


def _upsert_tail() -> str:
    keys = ", ".join(_key_names())
    added = ", ".join(f"{c} = {TABLE}.{c} + excluded.{c}" for c in COUNTERS)
    return f"ON CONFLICT ({keys}) DO UPDATE SET {added}"


def _add_row(db: pw.Database, sign: str, row: str) -> str:
    """A statement adding (`sign` +) or taking away (-) the case `row` (NEW or OLD) to its figures."""
    postgres = _postgres(db)
    slot = "txid_current()" if postgres else "0"
    values = [
        month_sql(row, postgres=postgres),
        *(expression.format(r=row) for _, expression in KEY_COLUMNS),
        slot,
        *(f"{sign}({_flag(counter_sql(c, row, postgres=postgres))})" for c in COUNTERS),
    ]
    columns = ", ".join([*_key_names(), *COUNTERS])
    return f"INSERT INTO {TABLE} ({columns}) VALUES ({', '.join(values)}) {_upsert_tail()}"


def _triggers(db: pw.Database) -> list[tuple[str, str, str | None, list[str]]]:
    """(trigger name, event, condition or None, statements) on "case"."""
    changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in READ_COLUMNS)
    if not _postgres(db):
        changed = changed.replace("IS DISTINCT FROM", "IS NOT")
    return [
        (INSERT_TRIGGER, "INSERT", None, [_add_row(db, "+", "NEW")]),
        (
            "case_month_figures_update",
            f"UPDATE OF {', '.join(READ_COLUMNS)}",
            changed,
            [_add_row(db, "-", "OLD"), _add_row(db, "+", "NEW")],
        ),
        ("case_month_figures_delete", "DELETE", None, [_add_row(db, "-", "OLD")]),
    ]


def create_month_figure_support(db: pw.Database) -> None:
    """The triggers, the referrals' index, and the figures counted from the cases there are (a new
    database: none)."""
    db.execute_sql(f"CREATE INDEX {REFERRAL_INDEX[0]} ON {REFERRAL_INDEX[1]}")
    for name, event, condition, statements in _triggers(db):
        if _postgres(db) and name == INSERT_TRIGGER:
            create_statement_insert_trigger(db)
        else:
            create_row_trigger(db, name, "case", event, condition, statements)
    rebuild_month_figures(db)


INSERT_TRIGGER = "case_month_figures_insert"


def create_statement_insert_trigger(db: pw.Database) -> None:
    """PostgreSQL: the inserted cases counted once a statement, grouped, from the statement's new rows
    (a transition table). A trigger a row wrote one figures row per case: 10,000 statements for a
    10,000-row gateway import, a fifth of the server's time for it (as the tallies, store/tallies.py)."""
    key = ", ".join(["month", *(name for name, _ in KEY_COLUMNS)])
    columns = ", ".join([key, "slot", *COUNTERS])
    values = ", ".join([key, "txid_current()", *COUNTERS])
    select = grouped_select(db, source="civicdesk_new_figure_cases").format(where="")
    db.execute_sql(
        f"CREATE OR REPLACE FUNCTION civicdesk_{INSERT_TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN INSERT INTO {TABLE} ({columns}) SELECT {values} FROM ({select}) AS grouped {_upsert_tail()}; "
        "RETURN NULL; END $$"
    )
    db.execute_sql(
        f'CREATE TRIGGER {INSERT_TRIGGER} AFTER INSERT ON "case" REFERENCING NEW TABLE AS '
        f"civicdesk_new_figure_cases FOR EACH STATEMENT EXECUTE FUNCTION civicdesk_{INSERT_TRIGGER}()"
    )


def grouped_select(db: pw.Database, alias: str = "c", *, source: str = '"case"') -> str:
    """SELECT month, key…, counters… FROM `source` (the cases) `alias` [WHERE …] GROUP BY the key: the
    figures of the cases counted directly (the caller appends its WHERE before the GROUP BY
    placeholder)."""
    postgres = _postgres(db)
    key = [
        f"{month_sql(alias, postgres=postgres)} AS month",
        *(f"{e.format(r=alias)} AS {n}" for n, e in KEY_COLUMNS),
    ]
    sums = [f"SUM({_flag(counter_sql(c, alias, postgres=postgres))}) AS {c}" for c in COUNTERS]
    groups = ", ".join(str(i) for i in range(1, len(key) + 1))
    return f"SELECT {', '.join(key)}, {', '.join(sums)} FROM {source} {alias} {{where}} GROUP BY {groups}"


def rebuild_month_figures(db: pw.Database) -> None:
    """Count every month's figures from the cases, set-based (the schema step, or after rows were
    loaded with the triggers set aside): one pass over the cases."""
    db.execute_sql(f"DELETE FROM {TABLE}")
    select = grouped_select(db).format(where="")
    key = ", ".join(["month", *(name for name, _ in KEY_COLUMNS)])
    columns = ", ".join([key, "slot", *COUNTERS])
    values = ", ".join([key, "0", *COUNTERS])
    db.execute_sql(f"INSERT INTO {TABLE} ({columns}) SELECT {values} FROM ({select}) AS grouped")


def fold_month_figures(db: pw.Database) -> None:
    """Add the transactions' slots into the `slot = 0` rows and drop rows left at zero (PostgreSQL;
    SQLite writes slot 0 directly)."""
    if not _postgres(db):
        return
    key = ", ".join(["month", *(name for name, _ in KEY_COLUMNS)])
    sums = ", ".join(f"SUM({c})" for c in COUNTERS)
    with db.atomic():
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_FOLD_LOCK,))
        db.execute_sql(
            f"WITH gone AS (DELETE FROM {TABLE} WHERE slot <> 0 RETURNING *) "
            f"INSERT INTO {TABLE} ({key}, slot, {', '.join(COUNTERS)}) "
            f"SELECT {key}, 0, {sums} FROM gone GROUP BY {key} {_upsert_tail()}"
        )
        db.execute_sql(f"DELETE FROM {TABLE} WHERE cases = 0 AND slot = 0")

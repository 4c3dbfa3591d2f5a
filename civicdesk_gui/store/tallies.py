"""Running tallies of cases, kept by the database itself: the counts a user sees at once (the saved
views' badges, the status bar, the briefing's tiles) read a few rows instead of counting a million.

`case_tally` holds, for each tally below and for withdrawn / not withdrawn cases apart, how many cases
meet its condition. Triggers on "case" and on "letter" change it in the same transaction as the write
that changes a case, whoever writes (an action, an import, the demo generator, a script at a psql
prompt), so no Python code has to remember it.

Two desks writing at once (PostgreSQL) never wait for each other on a tally: a transaction's triggers
add their changes to rows of their own (`slot` = the transaction's id), which `fold_tallies` adds into
the `slot = 0` rows now and then (when a desk opens the database). A tally is the sum over its slots.
On SQLite there is one writer at a time, so the triggers change the `slot = 0` rows directly.

On PostgreSQL the inserts are counted once a statement (a statement-level trigger reading the
statement's new rows): the gateway import writes a thousand cases in one statement, and a trigger a
row would add one to the same tally row a thousand times in one transaction, each time a new version
of that row to step over (the import's cost grew with the square of the batch). SQLite has only row
triggers, and there they change the `slot = 0` rows in place.

Conditions that depend on the time of day (overdue, due today, review due) are not tallies: they are
counted as one range of an index on their due time (queries/case_list.py), which stays right as time
passes. The conditions here are those of queries/case_list.py and queries/figures.py written for a
row; tests/store/test_tallies.py checks after random actions that each tally equals a full COUNT.
"""

from __future__ import annotations

import peewee as pw

from civicdesk_gui.domain import workflow

# A tally's condition on one case row, `{r}` being NEW or OLD in a trigger.
_MANAGED = ", ".join(f"'{c}'" for c in sorted(workflow.MANAGEMENT_LIST_OUTCOMES))
_BEFORE_OUTCOME = ", ".join(f"'{s}'" for s in ("received", "routed", "in_review"))
_OPEN_OUTCOMES = ", ".join(f"'{c}'" for c in sorted(workflow.OPEN_OUTCOMES))
TALLIES: dict[str, str] = {
    "cases": "TRUE",
    "open": (
        f"({{r}}.status IN ({_BEFORE_OUTCOME}) OR "
        f"({{r}}.status = 'classified' AND {{r}}.classification IN ({_OPEN_OUTCOMES})))"
    ),
    "awaiting_reply": (
        "({r}.first_reply_at IS NULL AND ({r}.classification IS NULL OR {r}.classification <> 'acknowledged'))"
    ),
    "referred": "({r}.classification = 'referred')",
    "awaiting_letter": (
        f"({{r}}.classification IN ({_MANAGED}) AND NOT EXISTS (SELECT 1 FROM letter standing "
        "WHERE standing.case_id = {r}.id AND standing.voided_at IS NULL))"
    ),
}
# The columns the conditions read: an UPDATE that changes none of them leaves every tally as it was.
_CASE_COLUMNS = ("status", "classification", "first_reply_at")
_WITHDRAWN = f"'{workflow.WITHDRAWN}'"
# Any constant: PostgreSQL's advisory lock that lets one desk at a time fold the slots.
_FOLD_LOCK = 0x5C4E3A15


def _postgres(db: pw.Database) -> bool:
    return isinstance(db, pw.PostgresqlDatabase)


def _row_matches(row: str) -> str:
    """The tally rows a case row counts in: its withdrawn side, and each tally whose condition holds."""
    names = " OR ".join(
        f"(name = '{name}' AND {condition.format(r=row)})" for name, condition in TALLIES.items()
    )
    return f"withdrawn = ({row}.status = {_WITHDRAWN}) AND ({names})"


def _add(db: pw.Database, sign: str, where: str) -> str:
    """A statement adding `sign`1 to the tally rows `where` selects (columns name, withdrawn)."""
    if _postgres(db):
        return (
            "INSERT INTO case_tally (name, withdrawn, slot, cases) "
            f"SELECT name, withdrawn, txid_current(), {sign}1 FROM case_tally WHERE slot = 0 AND {where} "
            "ON CONFLICT (name, withdrawn, slot) DO UPDATE SET cases = case_tally.cases + EXCLUDED.cases"
        )
    return f"UPDATE case_tally SET cases = cases {sign} 1 WHERE slot = 0 AND {where}"


def _letter_standing(db: pw.Database, sign: str, row: str) -> str:
    """A letter `row` that stands (not voided) is the only standing one of a management-list case:
    that case leaves (-) or joins (+) "awaiting a letter" as the letter comes or goes."""
    where = (
        "name = 'awaiting_letter' AND withdrawn = (SELECT letter_case.status = "
        f'{_WITHDRAWN} FROM "case" letter_case WHERE letter_case.id = {row}.case_id '
        f"AND letter_case.classification IN ({_MANAGED})) AND NOT EXISTS (SELECT 1 FROM letter other "
        f"WHERE other.case_id = {row}.case_id AND other.voided_at IS NULL AND other.id <> {row}.id)"
    )
    return _add(db, sign, f"{row}.voided_at IS NULL AND {where}")


def _upsert(db: pw.Database, select: str) -> str:
    """A statement adding rows (name, withdrawn, delta) of `select` to the tallies, creating a tally
    row a user's "touched" count does not have yet."""
    slot = "txid_current()" if _postgres(db) else "0"
    return (
        f"INSERT INTO case_tally (name, withdrawn, slot, cases) SELECT name, withdrawn, {slot}, delta "
        f"FROM ({select}) AS added WHERE TRUE "
        "ON CONFLICT (name, withdrawn, slot) DO UPDATE SET cases = case_tally.cases + EXCLUDED.cases"
    )


def touched_name(user_id: int) -> str:
    """The tally of the cases a user has acted on ("my cases" counts them, queries/case_list.py)."""
    return f"touched:{user_id}"


def _first_touch(db: pw.Database) -> str:
    """A history event by a user on a case they never acted on before: one more case they touched."""
    return _upsert(
        db,
        f"SELECT 'touched:' || NEW.actor_id AS name, touched.status = {_WITHDRAWN} AS withdrawn, 1 AS delta "
        'FROM "case" touched WHERE touched.id = NEW.case_id AND NEW.actor_id IS NOT NULL AND NOT EXISTS '
        "(SELECT 1 FROM case_event earlier WHERE earlier.case_id = NEW.case_id "
        "AND earlier.actor_id = NEW.actor_id AND earlier.id <> NEW.id)",
    )


def _touchers_move(db: pw.Database, row: str, sign: str) -> str:
    """A case withdrawn or brought back moves from one side of each of its users' "touched" tallies to
    the other: `sign`1 on the side of `row` (OLD or NEW)."""
    return _upsert(
        db,
        f"SELECT DISTINCT 'touched:' || actor_id AS name, ({row}.status = {_WITHDRAWN}) AS withdrawn, "
        f"{sign}1 AS delta FROM case_event WHERE case_id = {row}.id AND actor_id IS NOT NULL "
        f"AND (OLD.status = {_WITHDRAWN}) <> (NEW.status = {_WITHDRAWN})",
    )


def _case_changed() -> str:
    return " OR ".join(
        f"OLD.{c} IS DISTINCT FROM NEW.{c}"
        if c != "first_reply_at"
        else "(OLD.first_reply_at IS NULL) <> (NEW.first_reply_at IS NULL)"
        for c in _CASE_COLUMNS
    )


# (trigger name, table, event, condition or None, statements)
def _triggers(db: pw.Database) -> list[tuple[str, str, str, str | None, list[str]]]:
    changed = _case_changed()
    if not _postgres(db):
        changed = changed.replace("IS DISTINCT FROM", "IS NOT")
    columns = ", ".join(_CASE_COLUMNS)
    return [
        ("case_tally_insert", "case", "INSERT", None, [_add(db, "+", _row_matches("NEW"))]),
        (
            "case_tally_update",
            "case",
            f"UPDATE OF {columns}",
            changed,
            [
                _add(db, "-", _row_matches("OLD")),
                _add(db, "+", _row_matches("NEW")),
                _touchers_move(db, "OLD", "-"),
                _touchers_move(db, "NEW", "+"),
            ],
        ),
        ("case_tally_delete", "case", "DELETE", None, [_add(db, "-", _row_matches("OLD"))]),
        ("case_event_tally_insert", "case_event", "INSERT", None, [_first_touch(db)]),
        ("letter_tally_insert", "letter", "INSERT", None, [_letter_standing(db, "-", "NEW")]),
        (
            "letter_tally_update",
            "letter",
            "UPDATE OF case_id, voided_at",
            None,
            [_letter_standing(db, "+", "OLD"), _letter_standing(db, "-", "NEW")],
        ),
        ("letter_tally_delete", "letter", "DELETE", None, [_letter_standing(db, "+", "OLD")]),
    ]


# PostgreSQL: the insert triggers as statement triggers, (name, table, the statement's new rows, body).
_NEW_CASES = "civicdesk_new_cases"
_NEW_EVENTS = "civicdesk_new_events"


def _statement_triggers() -> list[tuple[str, str, str, str]]:
    case_insert = (
        "INSERT INTO case_tally (name, withdrawn, slot, cases) "
        f"SELECT name, withdrawn, txid_current(), COUNT(*) FROM case_tally, {_NEW_CASES} added "
        f"WHERE slot = 0 AND {_row_matches('added')} GROUP BY name, withdrawn "
        "ON CONFLICT (name, withdrawn, slot) DO UPDATE SET cases = case_tally.cases + EXCLUDED.cases"
    )
    # A user's first events on a case: all the events of theirs on it are of this statement. Each
    # case's events are counted through the index on case_id, one case at a time (a case has a few),
    # so the work follows the statement's rows, never the size of the history.
    first_touch = (
        "INSERT INTO case_tally (name, withdrawn, slot, cases) SELECT name, withdrawn, txid_current(), delta "
        f"FROM (SELECT 'touched:' || e.actor_id AS name, touched.status = {_WITHDRAWN} AS withdrawn, "
        "COUNT(*) AS delta FROM (SELECT case_id, actor_id, COUNT(*) AS here FROM "
        f"{_NEW_EVENTS} WHERE actor_id IS NOT NULL GROUP BY case_id, actor_id) e "
        'JOIN "case" touched ON touched.id = e.case_id WHERE e.here = (SELECT COUNT(*) FILTER '
        "(WHERE earlier.actor_id = e.actor_id) FROM case_event earlier WHERE earlier.case_id = e.case_id) "
        f"GROUP BY e.actor_id, touched.status = {_WITHDRAWN}) AS added "
        "ON CONFLICT (name, withdrawn, slot) DO UPDATE SET cases = case_tally.cases + EXCLUDED.cases"
    )
    return [
        ("case_tally_insert", "case", _NEW_CASES, case_insert),
        ("case_event_tally_insert", "case_event", _NEW_EVENTS, first_touch),
    ]


def create_statement_triggers(db: pw.Database) -> None:
    """PostgreSQL: the insert triggers that count a statement's new rows at once."""
    for name, table, new_rows, statement in _statement_triggers():
        db.execute_sql(
            f"CREATE OR REPLACE FUNCTION civicdesk_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {statement}; RETURN NULL; END $$"
        )
        db.execute_sql(
            f'CREATE TRIGGER {name} AFTER INSERT ON "{table}" REFERENCING NEW TABLE AS {new_rows} '
            f"FOR EACH STATEMENT EXECUTE FUNCTION civicdesk_{name}()"
        )


def create_tally_support(db: pw.Database) -> None:
    """The triggers and the tallies' rows, counted from the cases there are (a new database: none)."""
    statement_level = {name for name, _table, _new, _statement in _statement_triggers()}
    for name, table, event, condition, statements in _triggers(db):
        if _postgres(db) and name in statement_level:
            continue
        create_row_trigger(db, name, table, event, condition, statements)
    if _postgres(db):
        create_statement_triggers(db)
    recount_tallies(db)


def recount_tallies(db: pw.Database) -> None:
    """Count every tally from the cases (a schema upgrade, or after rows were copied in with the
    triggers switched off): one pass over the cases."""
    db.execute_sql("DELETE FROM case_tally")
    sums = ", ".join(
        f"SUM(CASE WHEN {condition.format(r='c')} THEN 1 ELSE 0 END)" for condition in TALLIES.values()
    )
    counted = {
        bool(withdrawn): values
        for withdrawn, *values in db.execute_sql(
            f'SELECT c.status = {_WITHDRAWN}, {sums} FROM "case" c GROUP BY c.status = {_WITHDRAWN}'
        ).fetchall()
    }
    touched = db.execute_sql(
        f"SELECT e.actor_id, c.status = {_WITHDRAWN}, COUNT(DISTINCT e.case_id) FROM case_event e "
        f'JOIN "case" c ON c.id = e.case_id WHERE e.actor_id IS NOT NULL GROUP BY e.actor_id, c.status = {_WITHDRAWN}'
    ).fetchall()
    for actor_id, withdrawn, value in touched:
        db.execute_sql(
            "INSERT INTO case_tally (name, withdrawn, slot, cases) VALUES (%s, %s, 0, %s)"
            if _postgres(db)
            else "INSERT INTO case_tally (name, withdrawn, slot, cases) VALUES (?, ?, 0, ?)",
            (touched_name(actor_id), bool(withdrawn), int(value)),
        )
    for withdrawn in (False, True):
        values = counted.get(withdrawn, [0] * len(TALLIES))
        for name, value in zip(TALLIES, values, strict=True):
            db.execute_sql(
                "INSERT INTO case_tally (name, withdrawn, slot, cases) VALUES (%s, %s, 0, %s)"
                if _postgres(db)
                else "INSERT INTO case_tally (name, withdrawn, slot, cases) VALUES (?, ?, 0, ?)",
                (name, withdrawn, int(value or 0)),
            )


def fold_tallies(db: pw.Database) -> None:
    """Add the transactions' slots into the `slot = 0` rows (PostgreSQL; SQLite has none)."""
    if not _postgres(db):
        return
    with db.atomic():
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_FOLD_LOCK,))
        db.execute_sql(
            "WITH gone AS (DELETE FROM case_tally WHERE slot <> 0 RETURNING name, withdrawn, cases), "
            "sums AS (SELECT name, withdrawn, SUM(cases) AS total FROM gone GROUP BY name, withdrawn) "
            "UPDATE case_tally SET cases = case_tally.cases + sums.total FROM sums "
            "WHERE case_tally.slot = 0 AND case_tally.name = sums.name AND case_tally.withdrawn = sums.withdrawn"
        )


def read_tallies(db: pw.Database) -> dict[tuple[str, bool], int]:
    """(tally, withdrawn) -> cases, summed over the slots."""
    rows = db.execute_sql("SELECT name, withdrawn, SUM(cases) FROM case_tally GROUP BY name, withdrawn")
    return {(name, bool(withdrawn)): int(total) for name, withdrawn, total in rows.fetchall()}


def create_row_trigger(
    db: pw.Database, name: str, table: str, event: str, condition: str | None, statements: list[str]
) -> None:
    """An AFTER … FOR EACH ROW trigger running `statements` when `condition` holds: a plpgsql function
    and its trigger on PostgreSQL, a trigger with WHEN on SQLite (the tallies and the month figures)."""
    if _postgres(db):
        body = "; ".join(statements)
        if condition:
            body = f"IF {condition} THEN {body}; END IF"
        db.execute_sql(
            f"CREATE OR REPLACE FUNCTION civicdesk_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {body}; RETURN NULL; END $$"
        )
        db.execute_sql(
            f'CREATE TRIGGER {name} AFTER {event} ON "{table}" FOR EACH ROW EXECUTE FUNCTION civicdesk_{name}()'
        )
    else:
        when = f" WHEN {condition}" if condition else ""
        body = "".join(f"{statement}; " for statement in statements)
        db.execute_sql(f'CREATE TRIGGER {name} AFTER {event} ON "{table}" FOR EACH ROW{when} BEGIN {body}END')

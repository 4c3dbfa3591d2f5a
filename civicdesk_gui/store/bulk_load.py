"""A bulk load into an empty database (the demo generator): the indexes and the insert triggers of
the loaded tables are set aside while the rows go in, then made again from their exact SQL, and
what those triggers keep (the case search index, the case tallies) is rebuilt in one pass.

Maintaining some forty indexes, the trigram search index and the tallies row by row costs several
times what the inserts do; building each index once from sorted rows costs a fraction. The schema
afterwards is the one the database had, statement for statement (tests/demo compares it), and the
tallies equal a full count. SQLite only, inside the caller's transaction: DDL is transactional
there, so a failure puts everything back. PostgreSQL loads through the triggers as they are.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import peewee

from civicdesk_gui.store import tallies
from civicdesk_gui.store.search import FTS_TABLE

# The insert triggers whose work is redone after the load (and nothing else may be set aside: a
# trigger not named here keeps firing).
REBUILT_TRIGGERS = {"case_search_ai", "case_tally_insert", "case_event_tally_insert"}


def _objects(db: peewee.Database, kind: str, tables: tuple[str, ...]) -> list[tuple[str, str]]:
    marks = ", ".join("?" for _ in tables)
    return db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name IN ({marks}) AND sql IS NOT NULL "
        "ORDER BY name",
        (kind, *tables),
    ).fetchall()


@contextlib.contextmanager
def indexes_set_aside(db: peewee.Database, tables: tuple[str, ...]) -> Iterator[None]:
    """Inside a transaction: drop the tables' indexes and REBUILT_TRIGGERS, yield for the load, then
    create them again, rebuild the search index and recount the tallies."""
    if isinstance(db, peewee.PostgresqlDatabase):
        yield
        return
    indexes = _objects(db, "index", tables)
    triggers = [(n, sql) for n, sql in _objects(db, "trigger", tables) if n in REBUILT_TRIGGERS]
    for name, _sql in triggers:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    for name, _sql in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        db.execute_sql(sql)
    for _name, sql in triggers:
        db.execute_sql(sql)
    db.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    tallies.recount_tallies(db)

"""A bulk load into an empty database (the demo generator): the indexes and the insert triggers of
the loaded tables are set aside while the rows go in, then made again from their exact SQL, and
what those triggers keep (the case search index, the case tallies) is rebuilt in one pass.

Maintaining some forty indexes, the trigram search index and the tallies row by row costs several
times what the inserts do; building each index once from sorted rows costs a fraction. The schema
afterwards is the one the database had, statement for statement (tests/demo compares it), and the
tallies equal a full count. Inside the caller's transaction on both back ends: DDL is transactional
on SQLite and PostgreSQL alike, so a failure puts everything back.

SQLite: the indexes are dropped and made again, the insert triggers too; the rows go in through the
driver's executemany, with a page cache that holds the loaded tables while the indexes are built,
and (fresh_file_journal, around the caller's transaction) under a rollback journal rather than the
write-ahead log, so the load is written once, not into the WAL and then again into the file. PostgreSQL: the plain indexes (the trigram search indexes among them) are
dropped and made again, the insert triggers disabled and enabled again (ALTER TABLE … DISABLE
TRIGGER, the table owner's right); the rows go in with COPY. The indexes that back a primary key or
a unique constraint stay on both.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

import peewee

from civicdesk_gui.store import month_figures, tallies
from civicdesk_gui.store.search import FTS_TABLE

# The insert triggers whose work is redone after the load (and nothing else may be set aside: a
# trigger not named here keeps firing).
REBUILT_TRIGGERS = {
    "case_search_ai",
    "case_tally_insert",
    "case_event_tally_insert",
    "case_month_figures_insert",
}
LOAD_CACHE_KIB = 2 * 1024 * 1024  # SQLite's page cache during a load: at most 2 GB, used as filled
LOAD_MMAP_BYTES = 2**31 - 65536  # the largest file mapping the usual SQLite builds allow
REBUILD_HASH_BYTES = 256 * 1024 * 1024  # FTS5's in-memory token buffer while the search index is rebuilt


def _objects(db: peewee.Database, kind: str, tables: tuple[str, ...]) -> list[tuple[str, str]]:
    marks = ", ".join("?" for _ in tables)
    return db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name IN ({marks}) AND sql IS NOT NULL "
        "ORDER BY name",
        (kind, *tables),
    ).fetchall()


def _postgres_indexes(db: peewee.Database, tables: tuple[str, ...]) -> list[tuple[str, str]]:
    """The tables' indexes that back no constraint, with their CREATE INDEX statements."""
    return db.execute_sql(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
        "AND i.tablename = ANY(%s) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = "
        "(quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass) ORDER BY i.indexname",
        (list(tables),),
    ).fetchall()


def _postgres_triggers(db: peewee.Database, tables: tuple[str, ...]) -> list[tuple[str, str]]:
    """(table, trigger) of the REBUILT_TRIGGERS the tables have."""
    return db.execute_sql(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND c.relname = ANY(%s) AND t.tgname = ANY(%s) "
        "AND c.relnamespace = current_schema()::regnamespace ORDER BY t.tgname",
        (list(tables), sorted(REBUILT_TRIGGERS)),
    ).fetchall()


@contextlib.contextmanager
def _postgres_set_aside(db: peewee.Database, tables: tuple[str, ...]) -> Iterator[None]:
    indexes = _postgres_indexes(db, tables)
    triggers = _postgres_triggers(db, tables)
    for table, name in triggers:
        db.execute_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER "{name}"')
    for name, _sql in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield
    # Index builds sort in memory up to this much (the server's default, 64 MB, spills to disk at
    # a million cases); for this transaction only.
    db.execute_sql("SET LOCAL maintenance_work_mem = '512MB'")
    for _name, sql in indexes:
        db.execute_sql(sql)
    for table, name in triggers:
        db.execute_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER "{name}"')
    tallies.recount_tallies(db)
    month_figures.rebuild_month_figures(db)
    for table in tables:  # the planner's statistics of the loaded tables, as autovacuum would make them
        db.execute_sql(f'ANALYZE "{table}"')


def insert_rows(db: peewee.Database, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
    """Insert rows of plain values already in the database's form (times as text), in the order of
    `columns`: COPY on PostgreSQL, one prepared statement run by executemany on SQLite."""
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = db.cursor()
    try:
        with peewee.__exception_wrapper__:
            if isinstance(db, peewee.PostgresqlDatabase):
                with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join("?" for _ in columns)
                cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
    finally:
        cursor.close()


def _rebuild_search_index(db: peewee.Database) -> None:
    """The FTS5 index made again from "case". The rebuild gathers tokens in memory up to FTS5's
    "hashsize" before it writes a segment: 1 MB by default, which at a million cases means thousands
    of small segments merged again and again (24 s of CPU; 15 s with 256 MB). The larger size is
    set for the rebuild only: the option's row is taken out of the table's settings again (or its
    earlier value put back), so the settings are the ones the schema made."""
    config = f"{FTS_TABLE}_config"
    earlier = db.execute_sql(f"SELECT v FROM {config} WHERE k = 'hashsize'").fetchone()
    db.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('hashsize', {REBUILD_HASH_BYTES})")
    db.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    if earlier is None:
        db.execute_sql(f"DELETE FROM {config} WHERE k = 'hashsize'")
    else:
        db.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('hashsize', ?)", (earlier[0],))


@contextlib.contextmanager
def indexes_set_aside(db: peewee.Database, tables: tuple[str, ...]) -> Iterator[None]:
    """Inside a transaction: drop the tables' indexes and set REBUILT_TRIGGERS aside, yield for the
    load, then create them again, rebuild the search index and recount the tallies."""
    if isinstance(db, peewee.PostgresqlDatabase):
        with _postgres_set_aside(db, tables):
            yield
        return
    indexes = _objects(db, "index", tables)
    triggers = [(n, sql) for n, sql in _objects(db, "trigger", tables) if n in REBUILT_TRIGGERS]
    for name, _sql in triggers:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    for name, _sql in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    # The index builds sort with a helper thread, and each of the forty-odd CREATE INDEX statements
    # reads the whole table again: with a page cache that holds the loaded tables (and the file
    # mapped for reading), a million cases are read from memory forty times, not through 256 MB
    # and a system call per page (this connection's settings, not the file's; put back afterwards).
    previous = {
        p: db.execute_sql(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "threads", "mmap_size")
    }
    db.execute_sql(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
    db.execute_sql(f"PRAGMA mmap_size = {LOAD_MMAP_BYTES}")
    db.execute_sql("PRAGMA threads = 2")
    try:
        yield
        for _name, sql in indexes:
            db.execute_sql(sql)
        for _name, sql in triggers:
            db.execute_sql(sql)
        _rebuild_search_index(db)
        tallies.recount_tallies(db)
        month_figures.rebuild_month_figures(db)
    finally:
        for pragma, value in previous.items():
            db.execute_sql(f"PRAGMA {pragma} = {int(value)}")


@contextlib.contextmanager
def fresh_file_journal(db: peewee.Database) -> Iterator[None]:
    """SQLite, around the transaction of a load into a freshly made database (outside any
    transaction): a rollback journal instead of the write-ahead log, WAL again afterwards.

    In WAL mode every page of the load is written to the -wal file, then copied into the database
    by the checkpoint (4 GB twice for a million cases, and each page read looks the page up in the
    WAL's index first). With a rollback journal the pages go straight into the file, and the pages
    past the file's end before the load (nearly all of them) are never journalled, since undoing is
    cutting the file back to its old length. It stays one atomic transaction: killed halfway, the
    journal is still there ("hot") and the next opening of the file rolls the load back, so the
    database is the empty one it was. If another connection has the file open, WAL cannot be left
    and the load simply goes through it. Nothing happens on PostgreSQL.
    """
    if (
        isinstance(db, peewee.PostgresqlDatabase)
        or db.in_transaction()
        or db.execute_sql("PRAGMA journal_mode").fetchone()[0].lower() != "wal"
    ):
        yield
        return
    wait = db.execute_sql("PRAGMA busy_timeout").fetchone()[0]
    db.execute_sql("PRAGMA busy_timeout = 0")  # another connection has it open: do not wait for it
    try:
        mode = db.execute_sql("PRAGMA journal_mode = DELETE").fetchone()[0]
    except peewee.OperationalError:  # "database is locked": the other connection keeps WAL
        mode = "wal"
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {int(wait)}")
    try:
        yield
    finally:
        if mode.lower() == "delete":
            db.execute_sql("PRAGMA journal_mode = WAL")

"""What a database's schema is, read back from the database itself, so that two databases can be
compared: the frozen version 1 after every upgrade step against one the current code creates.

Normalised so the comparison means something: objects are keyed by name (column order, constraint
names that PostgreSQL or a migrator picks, and whitespace or quoting in stored SQL do not count);
types, nullability, defaults, index columns and expressions, partial-index conditions, trigger and
trigger-function bodies do.
"""

from __future__ import annotations

import re
from typing import Any

import peewee

Snapshot = dict[str, dict[str, Any]]


def snapshot(db: peewee.Database) -> Snapshot:
    """The schema of the database `db` is bound to, section by section (each a dict by name)."""
    if isinstance(db, peewee.PostgresqlDatabase):
        return _postgres(db)
    return _sqlite(db)


def differences(fresh: Snapshot, upgraded: Snapshot) -> list[str]:
    """One line per difference, e.g. `columns: case.score only in the upgraded database`."""
    lines = []
    for section in sorted(set(fresh) | set(upgraded)):
        old, new = fresh.get(section, {}), upgraded.get(section, {})
        for name in sorted(set(old) | set(new)):
            if name not in new:
                lines.append(f"{section}: {name} only in the fresh database: {old[name]!r}")
            elif name not in old:
                lines.append(f"{section}: {name} only in the upgraded database: {new[name]!r}")
            elif old[name] != new[name]:
                lines.append(
                    f"{section}: {name} differs\n    fresh:    {old[name]!r}\n    upgraded: {new[name]!r}"
                )
    return lines


def normalised_sql(sql: str | None) -> str | None:
    """Stored SQL without the differences that do not change what it does: identifier quotes,
    whitespace, letter case outside string literals, IF NOT EXISTS."""
    if sql is None:
        return None
    parts = re.split(r"('(?:[^']|'')*')", sql)  # keep string literals as written
    for i in range(0, len(parts), 2):
        text = parts[i].replace('"', "").lower()
        text = re.sub(r"\s+", " ", text)
        text = re.sub(r"\s*([(),;])\s*", r"\1", text)
        parts[i] = text.replace("if not exists ", "")
    return "".join(parts).strip()


# -- SQLite -------------------------------------------------------------------------------------


def _sqlite(db: peewee.Database) -> Snapshot:
    def rows(sql: str, params: tuple = ()) -> list[tuple]:
        return list(db.execute_sql(sql, params).fetchall())

    master = rows(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_stat%' AND name != 'sqlite_sequence'"
    )
    shot: Snapshot = {
        "tables": {},
        "columns": {},
        "foreign keys": {},
        "indexes": {},
        "triggers": {},
        "views": {},
        "version": {"schema_version": _version(db)},
    }
    for kind, name, table, sql in master:
        if kind == "table":
            # A virtual table (full-text search) is its CREATE statement; a plain one its columns.
            virtual = sql is not None and sql.upper().startswith("CREATE VIRTUAL")
            shot["tables"][name] = normalised_sql(sql) if virtual else "table"
            for _cid, column, type_, notnull, default, pk, hidden in rows(f'PRAGMA table_xinfo("{name}")'):
                shot["columns"][f"{name}.{column}"] = {
                    "type": type_.upper(),
                    "not null": bool(notnull),
                    "default": default,
                    "primary key": pk,
                    "hidden": hidden,
                }
            keys = rows(f'PRAGMA foreign_key_list("{name}")')
            for _id, _seq, target, source, target_column, on_update, on_delete, match in keys:
                shot["foreign keys"][f"{name}.{source}"] = (
                    target,
                    target_column,
                    on_update,
                    on_delete,
                    match,
                )
            for _seq, index, unique, origin, partial in rows(f'PRAGMA index_list("{name}")'):
                columns = [
                    # cid -2: an expression, -1: the rowid; the expression itself is in the SQL below
                    (column or ("<expression>" if cid == -2 else "<rowid>"), bool(desc), collation)
                    for _seqno, cid, column, desc, collation, key in rows(f'PRAGMA index_xinfo("{index}")')
                    if key
                ]
                index_sql = next((s for k, n, _t, s in master if k == "index" and n == index), None)
                shot["indexes"][index] = {
                    "table": name,
                    "unique": bool(unique),
                    "origin": origin,  # c: CREATE INDEX, u: UNIQUE, pk: PRIMARY KEY
                    "columns": columns,
                    # Only expressions and WHERE conditions need the text; plain indexes compare by
                    # columns, so a step may write its CREATE INDEX by hand.
                    "sql": normalised_sql(index_sql)
                    if partial or any(c[0] == "<expression>" for c in columns)
                    else None,
                }
        elif kind == "trigger":
            shot["triggers"][name] = {"table": table, "sql": normalised_sql(sql)}
        elif kind == "view":
            shot["views"][name] = normalised_sql(sql)
    return shot


# -- PostgreSQL ---------------------------------------------------------------------------------

_PG_QUERIES = {
    "tables": """
        SELECT table_name, table_type FROM information_schema.tables
        WHERE table_schema = 'public'""",
    "columns": """
        SELECT table_name || '.' || column_name, data_type, character_maximum_length, numeric_precision,
               numeric_scale, datetime_precision, is_nullable, column_default, is_identity, is_generated
        FROM information_schema.columns WHERE table_schema = 'public'""",
    "indexes": """
        SELECT indexname, tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'""",
    # Constraints by table and definition: PostgreSQL names a foreign key made by CREATE TABLE
    # <table>_<column>_fkey, peewee's migrator fk_<table>_<column>_refs_<target>; both are the same key.
    "constraints": """
        SELECT c.conrelid::regclass::text || ': ' || pg_get_constraintdef(c.oid), c.contype
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'public' AND c.conrelid <> 0""",
    "triggers": """
        SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid)
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND NOT t.tgisinternal""",
    # Trigger functions are part of the schema; those an extension brings (pg_trgm's) are not ours.
    "functions": """
        SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', pg_get_functiondef(p.oid)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND NOT EXISTS (
            SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
            AND d.deptype = 'e')""",
    "sequences": """
        SELECT sequence_name, data_type, start_value, increment FROM information_schema.sequences
        WHERE sequence_schema = 'public'""",
    "extensions": """
        SELECT extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace""",
}


def _postgres(db: peewee.Database) -> Snapshot:
    shot: Snapshot = {"version": {"schema_version": _version(db)}}
    for section, sql in _PG_QUERIES.items():
        found: dict[str, Any] = {}
        for name, *rest in db.execute_sql(sql).fetchall():
            if section in ("indexes", "triggers", "functions"):
                rest = [normalised_sql(value) for value in rest]
            found[name] = rest[0] if len(rest) == 1 else tuple(rest)
        shot[section] = found
    return shot


def _version(db: peewee.Database) -> int | None:
    if "schema_version" not in db.get_tables():
        return None
    versions = [row[0] for row in db.execute_sql("SELECT version FROM schema_version").fetchall()]
    assert len(versions) == 1, f"schema_version must hold one row, not {versions}"
    return versions[0]

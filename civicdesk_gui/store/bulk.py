"""Many rows of one table in a few statements, for bulk writers: the gateway import's batches and
the demo generator.

A statement a row (the driver's executemany) costs far more in the database than the insert itself:
on SQLite every row's statement keeps its own statement journal (a copy of each page it touches, and
a row of "case" touches some forty index pages, the search index and the tallies), and on
PostgreSQL every statement fires the statement-level tally triggers (store/tallies.py). So the rows
go in as multi-row INSERTs on SQLite (as many rows a statement as its limit on bound values allows)
and through one COPY on PostgreSQL. The caller's transaction holds them: a failure raises Peewee's
error (IntegrityError, DataError …) and leaves nothing of the rows of that call.
"""

from __future__ import annotations

import datetime as dt
import operator
import sqlite3
from collections.abc import Sequence

import peewee

from civicdesk_gui.store.database import database_proxy

MAX_ROWS_PER_STATEMENT = 500  # SQLite: past this, longer statements gain nothing measurable


def _sqlite_variable_limit() -> int:
    connection = database_proxy.connection()
    try:
        return connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except AttributeError:  # Python before 3.11
        return 999


def insert_tuples(model: type[peewee.Model], fields: Sequence[peewee.Field], rows: list[tuple]) -> None:
    """Insert rows of plain values already in the database's form, in the order of `fields`."""
    if not rows:
        return
    table = model._meta.table_name
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    db = database_proxy.obj
    cursor = database_proxy.cursor()
    try:
        # The driver's errors as Peewee's (IntegrityError, DataError …), as execute_sql gives them.
        with peewee.__exception_wrapper__:
            if isinstance(db, peewee.PostgresqlDatabase):
                with cursor.copy(f'COPY "{table}" ({columns}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                per = max(1, min(MAX_ROWS_PER_STATEMENT, _sqlite_variable_limit() // len(fields)))
                one = "(" + ", ".join("?" * len(fields)) + ")"
                statements: dict[int, str] = {}
                for start in range(0, len(rows), per):
                    chunk = rows[start : start + per]
                    sql = statements.get(len(chunk))
                    if sql is None:
                        sql = f'INSERT INTO "{table}" ({columns}) VALUES ' + ", ".join([one] * len(chunk))
                        statements[len(chunk)] = sql
                    cursor.execute(sql, [value for row in chunk for value in row])
    finally:
        cursor.close()


# Fields whose db_value leaves a value of their own Python type (or None) as it is: a column holding
# only such values goes in untouched, any other through db_value value by value (calling it for
# every value of a batch was most of the Python cost of the import's writes).
_PLAIN_TYPES: dict[type, type] = {
    peewee.CharField: str,
    peewee.TextField: str,
    peewee.IntegerField: int,
    peewee.BigIntegerField: int,
    peewee.AutoField: int,
    peewee.BooleanField: bool,
    peewee.DateTimeField: dt.datetime,
    peewee.DateField: dt.date,
}
_MISSING = object()


def _plain_type(field: peewee.Field) -> type | None:
    if isinstance(field, peewee.ForeignKeyField):
        return _PLAIN_TYPES.get(type(field.rel_field))
    return _PLAIN_TYPES.get(type(field))


def _column(field: peewee.Field, rows: list[dict]) -> list:
    """One field's values over the rows, as Model.create would store them: a value left out takes
    the field's default, and every value goes through db_value unless it is plain already."""
    values = list(map(operator.methodcaller("get", field.name, _MISSING), rows))
    if _MISSING in values:
        default = field.default
        values = [
            (default() if callable(default) else default) if value is _MISSING else value for value in values
        ]
    plain = _plain_type(field)
    if plain is None or not set(map(type, values)) <= {plain, type(None)}:
        values = list(map(field.db_value, values))
    return values


def insert_dicts(model: type[peewee.Model], rows: list[dict]) -> None:
    """Insert rows given as {field name: value} as Model.create would: every column the rows leave
    out takes its default, and each value goes through its field's db_value (a model instance for a
    foreign key becomes its id)."""
    if not rows:
        return
    fields = [f for f in model._meta.sorted_fields if not (f.primary_key and f.name not in rows[0])]
    insert_tuples(model, fields, list(zip(*(_column(f, rows) for f in fields), strict=True)))

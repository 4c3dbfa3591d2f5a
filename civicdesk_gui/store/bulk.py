"""Many rows of one table in one prepared statement (the driver's executemany), for bulk writers:
the gateway import's batches and the demo generator.

Peewee renders every value of a multi-row insert_many as its own SQL node (about 8 µs a value); one
statement run through the driver's executemany does the same work several times faster, on SQLite
and PostgreSQL alike (psycopg 3 pipelines it). The caller's transaction holds it: a failure leaves
nothing of the rows.
"""

from __future__ import annotations

from collections.abc import Sequence

import peewee

from civicdesk_gui.store.database import database_proxy


def insert_tuples(model: type[peewee.Model], fields: Sequence[peewee.Field], rows: list[tuple]) -> None:
    """Insert rows of plain values already in the database's form, in the order of `fields`."""
    if not rows:
        return
    sql, _params = model.insert_many(rows[:1], fields=list(fields)).returning().sql()
    cursor = database_proxy.cursor()
    try:
        # The driver's errors as Peewee's (IntegrityError, DataError …), as execute_sql gives them.
        with peewee.__exception_wrapper__:
            cursor.executemany(sql, rows)
    finally:
        cursor.close()


def insert_dicts(model: type[peewee.Model], rows: list[dict]) -> None:
    """Insert rows given as {field name: value} as Model.create would: every column the rows leave
    out takes its default, and each value goes through its field's db_value (a model instance for a
    foreign key becomes its id)."""
    if not rows:
        return
    fields = [f for f in model._meta.sorted_fields if not (f.primary_key and f.name not in rows[0])]
    defaults = {}
    for f in fields:
        if f.name not in rows[0] and f.default is not None:
            defaults[f.name] = f.default
    values = []
    for row in rows:
        values.append(
            tuple(
                f.db_value(
                    row[f.name]
                    if f.name in row
                    else (defaults[f.name]() if callable(defaults.get(f.name)) else defaults.get(f.name))
                )
                for f in fields
            )
        )
    insert_tuples(model, fields, values)

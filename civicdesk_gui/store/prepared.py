"""Statements whose SQL Peewee builds once per kind of database and that then run with new values.

Peewee turns a query into SQL anew on every execute: a fraction of a millisecond for a joined select,
which a batch that asks the same few questions for every one of thousands of letters pays thousands of
times. Here the query is built once with stand-in values, its SQL and parameters kept, and each run
puts the real values where the stand-ins were. Only plain values (ids, keys, codes) may be stand-ins:
a value a field converts on the way in (a date) would not be found again in the parameters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import peewee as pw

from civicdesk_gui.store.database import database_proxy

_STAND_IN = -7_000_000_001  # the first stand-in; the next ones count down from it
_STATEMENTS: dict[tuple[str, type], tuple[str, list, list[tuple[int, int]], type]] = {}


def _statement(name: str, build: Callable, count: int) -> tuple[str, list, list[tuple[int, int]], type]:
    key = (name, type(database_proxy.obj))
    statement = _STATEMENTS.get(key)
    if statement is None:
        stand_ins = [_STAND_IN - i for i in range(count)]
        query = build(*stand_ins)
        sql, params = query.sql()
        slots = []
        for position, param in enumerate(params):
            for index, stand_in in enumerate(stand_ins):
                if param == stand_in or param == str(stand_in):  # a text field passes it as text
                    slots.append((position, index))
        if sorted({index for _position, index in slots}) != list(range(count)):
            raise ValueError(f"prepared statement {name}: a value is not a plain parameter")
        statement = _STATEMENTS[key] = (sql, list(params), slots, query.model)
    return statement


def _params(name: str, build: Callable, values: tuple) -> tuple[str, list, type]:
    sql, params, slots, model = _statement(name, build, len(values))
    params = list(params)
    for position, index in slots:
        params[position] = values[index]
    return sql, params, model


def execute(name: str, build: Callable, *values: Any):
    """Run the statement `build(*values)` names (select, update, insert or delete); the cursor."""
    sql, params, _model = _params(name, build, values)
    return database_proxy.execute_sql(sql, params)


def first_row(name: str, build: Callable, *values: Any) -> dict | None:
    """The first row of the select, as a dict by column name (no field conversion), or None."""
    cursor = execute(name, build, *values)
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


# Per statement: the row's column names, and for each column its field's name and converter.
_READERS: dict[tuple[str, type], tuple[tuple, list, list]] = {}


def first_model(name: str, build: Callable, *values: Any):
    """The first row of a select of whole model rows, as a model instance (fields converted as Peewee
    converts them), or None.

    How the cursor wrapper Peewee makes for `model.raw(sql)` reads the row (each column's field and
    converter) is found once per statement and kept: finding it (matching each of the row's columns
    with its field, checking the names) costs more than reading the row, for a table of many columns
    (the case). The instance is the one Model(__no_default__=1, **values) makes, without setting its
    fields one by one: the values by field name, nothing dirty, no related row loaded."""
    sql, params, model = _params(name, build, values)
    cursor = database_proxy.execute_sql(sql, params)
    row = cursor.fetchone()
    if row is None:
        return None
    key = (name, type(database_proxy.obj))
    columns = tuple(d[0] for d in cursor.description)
    reader = _READERS.get(key)
    if reader is None or reader[0] != columns:
        wrapper = pw.ModelObjectCursorWrapper(cursor, model, [], model)
        wrapper.initialize()  # kept without the cursor (and so without its connection)
        reader = _READERS[key] = (columns, list(wrapper.unique_columns), list(wrapper.converters))
    _columns, names, converters = reader
    instance = model.__new__(model)
    instance.__data__ = {
        names[i]: (converters[i](value) if converters[i] is not None else value)
        for i, value in enumerate(row)
    }
    instance._dirty = set()
    instance.__rel__ = {}
    return instance


def plain(value: Any) -> pw.Value:
    """A stand-in passed to the database as it is, without the field's conversion (a field would turn
    a number stand-in into text, a flag, bytes...): for the values of an insert or an update."""
    return pw.Value(value, unpack=False)


def _db_values(values: dict) -> tuple:
    return tuple(field.db_value(value) for field, value in values.items())


def insert(name: str, model, values: dict) -> int:
    """Insert one row of `model` with these field values (every field without a constant default);
    its new id. Each value is converted by its field, as Peewee converts it."""
    fields = tuple(values)

    def build(*stand_ins):
        row = {field: plain(stand_in) for field, stand_in in zip(fields, stand_ins, strict=True)}
        return model.insert(row).returning(model._meta.primary_key)

    key = f"{name}|{','.join(field.name for field in fields)}"
    return execute(key, build, *_db_values(values)).fetchone()[0]


def update_by_id(
    name: str, model, row_id: int, values: dict, *, bump: tuple = (), where: dict | None = None
) -> int:
    """Update the row `row_id` of `model`: these field values (each converted by its field), each field
    of `bump` one more than it was; only if its fields in `where` hold the values given there. The
    number of rows updated (0 or 1)."""
    where = where or {}
    fields, where_fields = tuple(values), tuple(where)

    def build(*stand_ins):
        row = {field: plain(s) for field, s in zip(fields, stand_ins, strict=False)}
        row.update({field: field + 1 for field in bump})
        condition = model._meta.primary_key == stand_ins[len(fields)]
        for field, s in zip(where_fields, stand_ins[len(fields) + 1 :], strict=True):
            condition &= field == s
        return model.update(row).where(condition)

    key = "|".join(
        (
            name,
            ",".join(field.name for field in fields),
            ",".join(field.name for field in bump),
            ",".join(field.name for field in where_fields),
        )
    )
    params = (*_db_values(values), row_id, *_db_values(where))
    return execute(key, build, *params).rowcount

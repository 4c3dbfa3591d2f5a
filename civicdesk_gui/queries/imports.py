"""What an import needs to know about cases already in the database."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from civicdesk_gui.store.database import database_proxy, is_postgres

CHUNK = 500  # stays under every backend's limit on bound parameters


def lookup_sql(column: str, selected: str, count: int) -> str:
    """The statement reading `selected` of the cases whose `column` is one of `count` values.

    On PostgreSQL the values are one array joined to the column, so that each is looked up in the
    column's b-tree. Written as `IN (...)`, the planner took the trigram index of the case number
    instead on a table loaded a moment before and not yet analysed: 3.5 s per 500 numbers, most of
    a 10,000-row import (tests/queries/test_import_lookups.py)."""
    if is_postgres():
        return f'SELECT {selected} FROM unnest(%s::text[]) AS wanted(value) JOIN "case" ON "case"."{column}" = wanted.value'
    marks = ", ".join([database_proxy.param] * count)
    return f'SELECT {selected} FROM "case" WHERE "{column}" IN ({marks})'


def _cases_where_in(column: str, selected: str, values: list) -> Iterator[tuple]:
    """Rows of `selected` for the cases whose `column` is one of `values`, CHUNK values a query.
    Plain SQL: Peewee builds a node a value, and an import asks for a thousand values a batch."""
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        params = [chunk] if is_postgres() else chunk
        yield from database_proxy.execute_sql(lookup_sql(column, selected, len(chunk)), params).fetchall()


def existing_import_keys(keys: Iterable[str]) -> set[str]:
    """The subset of `keys` already used by imported cases (re-importing a file adds nothing)."""
    return {key for (key,) in _cases_where_in("import_key", '"import_key"', list(dict.fromkeys(keys)))}


def case_ids_by_number(numbers: Iterable[str]) -> dict[str, int]:
    """Case number -> id, for the numbers that exist."""
    return dict(_cases_where_in("number", '"number", "id"', list(dict.fromkeys(numbers))))


def numbers_without_external_id(numbers: Iterable[str]) -> set[str]:
    """The numbers among `numbers` of cases that carry no external id (entered in CivicDesk itself)."""
    rows = _cases_where_in("number", '"number", "external_id"', list(dict.fromkeys(numbers)))
    return {number for number, external_id in rows if external_id is None}

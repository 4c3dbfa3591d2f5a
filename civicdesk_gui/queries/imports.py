"""What an import needs to know about cases already in the database."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from civicdesk_gui.store.database import database_proxy

CHUNK = 500  # stays under every backend's limit on bound parameters


def _cases_where_in(column: str, selected: str, values: list) -> Iterator[tuple]:
    """Rows of `selected` for the cases whose `column` is one of `values`, CHUNK values a query.
    Plain SQL: Peewee builds a node a value, and an import asks for a thousand values a batch."""
    param = database_proxy.param
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        marks = ", ".join([param] * len(chunk))
        sql = f'SELECT {selected} FROM "case" WHERE "{column}" IN ({marks})'
        yield from database_proxy.execute_sql(sql, chunk).fetchall()


def existing_import_keys(keys: Iterable[str]) -> set[str]:
    """The subset of `keys` already used by imported cases (re-importing a file adds nothing)."""
    return {key for (key,) in _cases_where_in("import_key", '"import_key"', list(dict.fromkeys(keys)))}


def case_ids_by_number(numbers: Iterable[str]) -> dict[str, int]:
    """Case number -> id, for the numbers that exist."""
    return dict(_cases_where_in("number", '"number", "id"', list(dict.fromkeys(numbers))))

"""Reading one page of a filtered list on SQLite: walk the sort order, or gather the matches and sort.

A page is the first 200 cases in the user's order among those matching the filter. SQLite can serve
it two ways: gather every match through the filter's index and sort them (cheap when few cases
match), or walk the index of the sort order and keep the matching cases until the page is full (cheap
when many match: at 1,000,000 cases, the "overdue" view's 72,000 cases gathered and sorted took
1.6 s, walked in order 0.7 ms). The deadlines' range conditions (overdue, review due) make SQLite's
planner gather, since its statistics cannot tell how many cases a time range holds.

Without statistics (a desk never runs ANALYZE) it walks instead, which for an office with few late
cases means reading every case. So both plans are written out and the walk is tried first, for a few
milliseconds of the database's own time (a progress handler stops it); when the page is not full by
then, the matches are few, and they are gathered and sorted. PostgreSQL's planner estimates time
ranges from its histograms and chooses by itself.

The gathering sorts the matches' ids only (from an index alone where one covers the filter and the
sort key, as `case_review_due` does for "Review due") and then joins the page's 200 rows: sorting the
joined rows read every match's case and its five references first.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from civicdesk_gui.store.database import is_postgres

# Columns whose range conditions have their own (partial) indexes (store/list_indexes.py,
# store/figure_indexes.py): the conditions whose selectivity the planner cannot know.
RANGE_COLUMNS = ("promise_due_at", "statutory_due_at", "update_due_at", "next_review_on")
_CASE_COLUMN = re.compile(r'(?<![+\w"])"t1"\."(\w+)"(?=\s*(?:<=|>=|!=|<>|=|<|>|IS\b|IN\b|BETWEEN\b|LIKE\b))')
_KEY_DIRECTION = re.compile(r"\s+(?:ASC|DESC)(?:\s+NULLS\s+(?:FIRST|LAST))?\s*$")
_OTHER_TABLE = re.compile(r'"t[2-6]"\.')  # the page's joined tables (channel ... official)
WALK_BUDGET_S = 0.025  # how long the walk may take before the matches are gathered instead
_CHECK_EVERY = 2_000  # SQLite virtual-machine steps between looks at the clock


@dataclass(frozen=True)
class Plans:
    walk: str  # the WHERE's case columns off their indexes: only the sort order's index is left
    gather: str  # the ORDER BY's first term off its index: the filter's indexes gather, then a sort
    gather_repeats_limit: bool = False  # the gather's ids are sorted and limited, then the page is

    def gather_params(self, params: list | tuple) -> list:
        """The gather's parameters: the page's, and its LIMIT again for the page around the ids."""
        return [*params, params[-1]] if self.gather_repeats_limit else list(params)


def plans(sql: str, *, many_match: bool = False) -> Plans | None:
    """The page SELECT written for each plan, or None when its WHERE has no deadline range (the
    planner's statistics then know what it needs) and the caller does not know that many cases
    match (`many_match`: a saved view alone, whose condition SQLite takes for selective). Both give
    the same rows: SQLite's unary "+" leaves a value as it is and only keeps the term off an index."""
    where_at, order_at = sql.find(" WHERE "), sql.rfind(" ORDER BY ")
    limit_at = sql.rfind(" LIMIT ")
    if where_at < 0 or order_at < where_at or limit_at < order_at:
        return None
    where, order = sql[where_at:order_at], sql[order_at + len(" ORDER BY ") : limit_at]
    named = {match.group(1) for match in _CASE_COLUMN.finditer(where)}
    if not named or not (many_match or named & set(RANGE_COLUMNS)):
        return None
    # The sort key stays on its index wherever the WHERE names it: the next page's keyset condition
    # (received_at < ? OR ..., or (expression, id) > (?, ?)) is what starts the walk where the last
    # page ended, and an expression index only serves the expression exactly as written.
    key = _KEY_DIRECTION.sub("", _first_term(order))
    kept = [(m.start(), m.end()) for m in re.finditer(re.escape(key), where)]

    def off_index(match: re.Match) -> str:
        inside_key = any(start <= match.start() < end for start, end in kept)
        return match.group(0) if inside_key else "+" + match.group(0)

    walk = sql[:where_at] + _CASE_COLUMN.sub(off_index, where) + sql[order_at:]
    gathered_ids = f'SELECT "t1"."id" FROM "case" AS "t1"{where} ORDER BY +{order}{sql[limit_at:]}'
    if "?" in sql[:where_at] or _OTHER_TABLE.search(where + order):
        # Not on the case table alone: gathered and sorted with the joined rows.
        return Plans(walk=walk, gather=sql[: order_at + len(" ORDER BY ")] + "+" + order + sql[limit_at:])
    # The matches are gathered and sorted as ids only, and only the page's rows are then joined:
    # sorting whole joined rows read (and joined) every match, 31,000 for "Review due" at a million.
    gather = f'{sql[:where_at]} WHERE "t1"."id" IN ({gathered_ids}) ORDER BY {order}{sql[limit_at:]}'
    return Plans(walk=walk, gather=gather, gather_repeats_limit=True)


def _first_term(order: str) -> str:
    """The ORDER BY's first term: up to the first comma outside parentheses."""
    depth = 0
    for at, char in enumerate(order):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            return order[:at]
    return order


def read_page(db: Any, sql: str, params: list | tuple, *, many_match: bool = False) -> list[tuple]:
    """The rows of a page SELECT, by whichever plan ends first (see the module's docstring)."""
    chosen = None if is_postgres() else plans(sql, many_match=many_match)
    if chosen is None:
        return db.execute_sql(sql, params).fetchall()
    rows = _within(db, chosen.walk, params, WALK_BUDGET_S)
    if rows is not None:
        return rows
    return db.execute_sql(chosen.gather, chosen.gather_params(params)).fetchall()


def _within(db: Any, sql: str, params: list | tuple, budget_s: float) -> list[tuple] | None:
    """The rows, or None when SQLite needed longer than `budget_s` for them."""
    connection = db.connection()
    deadline = time.perf_counter() + budget_s
    connection.set_progress_handler(lambda: time.perf_counter() > deadline, _CHECK_EVERY)
    try:
        return db.cursor().execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" not in str(exc):
            raise
        return None
    finally:
        connection.set_progress_handler(None, 0)

"""Full-text search over cases that works for Korean, on both backends.

Korean words carry particles (민원을, 민원이), so word tokenizers miss them; we search substrings.

- SQLite: an FTS5 table with the `trigram` tokenizer over case number, text, submitter name and
  phone, as external content of the `case` table (no second copy of the text), kept in sync by
  triggers. Trigram MATCH is a substring match, but only for terms of 3+ characters.
- PostgreSQL: `pg_trgm` GIN indexes on the same four columns; ILIKE '%term%' uses them for 3+
  characters (the database must be created with a UTF-8 LC_CTYPE, or Hangul yields no trigrams).
- Terms of 1-2 characters (very common in Korean: 민원, 공원) cannot use a trigram index on either
  backend: they fall back to a LIKE scan, which is correct, only slower.
"""

from __future__ import annotations

import peewee

from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case

FTS_TABLE = "case_search"
SEARCHED_COLUMNS = ("number", "text", "submitter_name", "submitter_phone")
MIN_INDEXED_LENGTH = 3  # trigram indexes cannot find shorter terms
COMMON_MATCHES = 5000  # above this many matches a search walks the sorted list (see _case_id_for)

_COLUMN_LIST = ", ".join(SEARCHED_COLUMNS)
_NEW_VALUES = ", ".join(f"new.{c}" for c in SEARCHED_COLUMNS)
_OLD_VALUES = ", ".join(f"old.{c}" for c in SEARCHED_COLUMNS)

# Triggers keep the external-content FTS table in step with "case" (the FTS5 documentation's
# recipe: a 'delete' command with the old values, then an insert of the new ones).
_SQLITE_STATEMENTS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    f"{_COLUMN_LIST}, content='case', content_rowid='id', tokenize='trigram')",
    f'CREATE TRIGGER IF NOT EXISTS case_search_ai AFTER INSERT ON "case" BEGIN '
    f"INSERT INTO {FTS_TABLE}(rowid, {_COLUMN_LIST}) VALUES (new.id, {_NEW_VALUES}); END",
    f'CREATE TRIGGER IF NOT EXISTS case_search_ad AFTER DELETE ON "case" BEGIN '
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLUMN_LIST}) "
    f"VALUES ('delete', old.id, {_OLD_VALUES}); END",
    f"CREATE TRIGGER IF NOT EXISTS case_search_au AFTER UPDATE OF {_COLUMN_LIST} "
    f'ON "case" BEGIN '
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLUMN_LIST}) "
    f"VALUES ('delete', old.id, {_OLD_VALUES}); "
    f"INSERT INTO {FTS_TABLE}(rowid, {_COLUMN_LIST}) VALUES (new.id, {_NEW_VALUES}); END",
)

_POSTGRES_STATEMENTS = ("CREATE EXTENSION IF NOT EXISTS pg_trgm",) + tuple(
    f'CREATE INDEX IF NOT EXISTS case_{column}_trgm ON "case" USING gin ({column} gin_trgm_ops)'
    for column in SEARCHED_COLUMNS
)


def create_search_support(db: peewee.Database) -> None:
    """Create the backend's search index for cases (called when the schema is created)."""
    statements = _POSTGRES_STATEMENTS if isinstance(db, peewee.PostgresqlDatabase) else _SQLITE_STATEMENTS
    for statement in statements:
        db.execute_sql(statement)


def hangul_trigrams_work(db: peewee.Database) -> bool:
    """False on a PostgreSQL database whose LC_CTYPE is C: pg_trgm then sees no trigrams in Hangul,
    so its indexes never serve a Korean search (tech notes §4)."""
    if not isinstance(db, peewee.PostgresqlDatabase):
        return True
    row = db.execute_sql("SELECT array_length(show_trgm('불법 주정차'), 1)").fetchone()
    return bool(row and row[0])


def search_terms(text: str) -> list[str]:
    """The words of a search box: each must occur somewhere in the case (AND)."""
    return [term for term in text.split() if term]


def scans_every_case(text: str) -> bool:
    """True when a word of the search is too short for the trigram indexes: the search then reads
    every case (correct, but about a second on a million cases)."""
    return any(len(term) < MIN_INDEXED_LENGTH for term in search_terms(text))


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _without_case(term: str) -> bool:
    """Hangul, digits and a few marks: letters with no upper or lower case, so a case-insensitive
    match is a plain substring match."""
    return all(
        "\uac00" <= c <= "\ud7a3"
        or "\u1100" <= c <= "\u11ff"
        or "\u3130" <= c <= "\u318f"
        or c in "0123456789-.,()"
        for c in term
    )


def _contains_any_column(term: str) -> peewee.Node:
    """A term of 1-2 characters is found by reading every case: for a term without letter case
    (Korean, digits) a plain substring test — instr() on SQLite, strpos() on PostgreSQL — gives what
    LIKE/ILIKE would, several times faster (ILIKE folds the case of every text it reads)."""
    position = (
        peewee.fn.strpos if isinstance(database_proxy.obj, peewee.PostgresqlDatabase) else peewee.fn.instr
    )
    parts = [position(getattr(Case, column), term) > 0 for column in SEARCHED_COLUMNS]
    condition = parts[0]
    for part in parts[1:]:
        condition = condition | part
    return condition


def _short_term(term: str) -> peewee.Node:
    return _contains_any_column(term) if _without_case(term) else _like_any_column(term)


def _like_any_column(term: str) -> peewee.Node:
    """Case-insensitive substring match in any searched column (ILIKE on PostgreSQL, as FTS5 is)."""
    operator = "ILIKE" if isinstance(database_proxy.obj, peewee.PostgresqlDatabase) else "LIKE"
    pattern = f"%{_escape_like(term)}%"
    parts = [
        peewee.NodeList(
            (getattr(Case, column), peewee.SQL(operator), peewee.Value(pattern), peewee.SQL("ESCAPE '\\'"))
        )
        for column in SEARCHED_COLUMNS
    ]
    condition = parts[0]
    for part in parts[1:]:
        condition = condition | part
    return condition


def _case_id_for(query: str) -> peewee.Node:
    """Case.id, or `+Case.id` when the term is common.

    Few matches: look each matching case up by id and sort them (fast). Many matches (a common
    word, 가로등 in every tenth case): SQLite would still fetch and sort every one of them before
    returning the first page; `+id` (unary plus: no index on that term) makes it walk the list in
    its sort order instead and test membership, stopping after a page. The count is capped, so
    deciding costs a few milliseconds.
    """
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?)"
    matches = database_proxy.obj.execute_sql(sql, (query, COMMON_MATCHES + 1)).fetchone()[0]
    if matches > COMMON_MATCHES:
        return peewee.NodeList((peewee.SQL("+"), Case.id), glue="")
    return Case.id


def _fts_phrase(term: str) -> str:
    # A quoted FTS5 string is one phrase: no operator in the user's text is interpreted.
    return '"' + term.replace('"', '""') + '"'


def search_condition(text: str) -> peewee.Node | None:
    """A WHERE condition on Case for the search box's text, or None when it is blank.

    Every whitespace-separated word must match (AND). Words of 3+ characters go through the
    trigram index; shorter ones fall back to LIKE (trigram indexes return nothing for them).
    """
    terms = search_terms(text)
    if not terms:
        return None
    indexed = [t for t in terms if len(t) >= MIN_INDEXED_LENGTH]
    short = [t for t in terms if len(t) < MIN_INDEXED_LENGTH]
    conditions: list[peewee.Node] = []
    if isinstance(database_proxy.obj, peewee.PostgresqlDatabase):
        # pg_trgm: the planner picks the GIN indexes for 3+ characters and scans for shorter ones.
        conditions = [_like_any_column(t) for t in indexed] + [_short_term(t) for t in short]
    else:
        if indexed:
            query = " AND ".join(_fts_phrase(t) for t in indexed)
            matches = peewee.SQL(f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)", [query])
            conditions.append(peewee.Expression(_case_id_for(query), peewee.OP.IN, matches))
        conditions.extend(_short_term(t) for t in short)
    condition = conditions[0]
    for extra in conditions[1:]:
        condition = condition & extra
    return condition

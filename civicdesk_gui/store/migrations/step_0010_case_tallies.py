"""Schema step 10: running tallies of cases kept by triggers (store/tallies.py), and the index that
counts "review due" as one range.

- `case_tally` (name, withdrawn, slot, cases): the counts behind the saved views' badges, the status
  bar and the briefing's tiles; counted once here from the cases there are, then kept by triggers on
  "case" and "letter" in the same transaction as every write.
- `case_review_due` (classification, next_review_on, status): "review due" (the management list) as
  one range of an index, read without a case row.
"""

from __future__ import annotations

import peewee

from civicdesk_gui.store import list_indexes, tallies


def up(db: peewee.Database, migrator: object) -> None:
    postgres = isinstance(db, peewee.PostgresqlDatabase)
    boolean, big = ("BOOLEAN", "BIGINT") if postgres else ("INTEGER", "INTEGER")
    db.execute_sql(
        'CREATE TABLE "case_tally" ("name" VARCHAR(32) NOT NULL, "withdrawn" '
        f'{boolean} NOT NULL, "slot" {big} NOT NULL, "cases" {big} NOT NULL, '
        'PRIMARY KEY ("name", "withdrawn", "slot"))'
    )
    tallies.create_tally_support(db)
    list_indexes.create_list_indexes(db)

"""Schema step 15: indexes for reading pages of the case list in order at a million cases.

- On PostgreSQL, an index (column NULLS FIRST, id) for each reference column the list sorts by
  (channel, category, town, department, official), so that a first page sorted by one of them is read
  in order instead of sorting every case (store/list_indexes.create_reference_sort_indexes says why).
- On both back ends, `case_review_due` also holds the received time, topic and reason: a "Review due"
  page gathers and sorts its matches' ids from the index alone (queries/page_plan.py), and the
  briefing counts its management list by topic and reason from it, without reading each case.
"""

from __future__ import annotations

import peewee

from civicdesk_gui.store import list_indexes


def up(db: peewee.Database, migrator: object) -> None:
    list_indexes.create_reference_sort_indexes(db)
    db.execute_sql("DROP INDEX case_review_due")
    db.execute_sql(f'CREATE INDEX case_review_due ON "case" ({list_indexes.REVIEW_DUE_COLUMNS})')

"""Schema step 15: on PostgreSQL, an index (column NULLS FIRST, id) for each reference column the
case list sorts by (channel, category, town, department, official), so that a first page sorted by one
of them is read in order instead of sorting every case (store/list_indexes.create_reference_sort_indexes
says why). Nothing changes on SQLite.
"""

from __future__ import annotations

import peewee

from civicdesk_gui.store import list_indexes


def up(db: peewee.Database, migrator: object) -> None:
    list_indexes.create_reference_sort_indexes(db)

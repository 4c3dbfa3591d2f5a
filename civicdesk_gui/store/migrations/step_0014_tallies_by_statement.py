"""Schema step 14: on PostgreSQL the tally triggers on inserts of cases and of their history events
count a whole statement's new rows at once (FOR EACH STATEMENT, reading the statement's new rows),
instead of adding one a row (store/tallies.py says why: the gateway import's thousand-row statements).
The tallies themselves are unchanged. SQLite has row triggers only: nothing changes there.
"""

from __future__ import annotations

import peewee

from civicdesk_gui.store import tallies


def up(db: peewee.Database, migrator: object) -> None:
    if not isinstance(db, peewee.PostgresqlDatabase):
        return
    db.execute_sql('DROP TRIGGER case_tally_insert ON "case"')
    db.execute_sql('DROP TRIGGER case_event_tally_insert ON "case_event"')
    tallies.create_statement_triggers(db)

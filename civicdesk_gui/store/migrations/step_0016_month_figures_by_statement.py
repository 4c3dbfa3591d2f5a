"""Schema step 16: on PostgreSQL the month figures' insert trigger counts a whole statement's new
cases at once (FOR EACH STATEMENT, grouped from the statement's new rows) instead of writing one
figures row a case (store/month_figures.create_statement_insert_trigger says why: the gateway
import's thousand-row statements). The figures themselves are unchanged. SQLite has row triggers only:
nothing changes there.
"""

from __future__ import annotations

import peewee

from civicdesk_gui.store import month_figures


def up(db: peewee.Database, migrator: object) -> None:
    if not isinstance(db, peewee.PostgresqlDatabase):
        return
    db.execute_sql(f'DROP TRIGGER {month_figures.INSERT_TRIGGER} ON "case"')
    month_figures.create_statement_insert_trigger(db)

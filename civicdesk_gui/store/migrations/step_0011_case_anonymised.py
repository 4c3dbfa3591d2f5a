"""Schema step 11: when a case's personal data was anonymised (`civicdesk purge`, actions/retention.py).

A case closed longer ago than the office keeps residents' data loses the resident's name, phone and
address, and the phone numbers and registration numbers inside its text; `anonymised_at` says when,
so a later purge passes it by and the detail pane can say why the fields are empty."""

from __future__ import annotations

import peewee


def up(db: peewee.Database, migrator: object) -> None:
    datetime = "TIMESTAMP" if isinstance(db, peewee.PostgresqlDatabase) else "DATETIME"
    db.execute_sql(f'ALTER TABLE "case" ADD COLUMN "anonymised_at" {datetime}')

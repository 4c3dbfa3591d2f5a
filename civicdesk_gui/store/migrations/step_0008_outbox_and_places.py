"""Schema step 8: the reply outbox, the register of QR poster places, and what a case keeps of both.

- place: the places with a QR poster (code P-0123, name, town, address, default topic and department).
- outbox_message: every message owed to a resident (a text for the gateway, a letter or a call for
  one who chose it), its state from draft to delivered or failed, and when it was handed over.
- case: place_id (the poster a text came from), qr_tag (a tag naming no known place, kept and
  flagged), reply_by (how the resident chose to be told).

Written out in full, as the models make it for a new database (tests/store/test_schema_upgrade.py).
"""

from __future__ import annotations

import peewee

_PLACE = (
    'CREATE TABLE "place" ("id" {serial} NOT NULL PRIMARY KEY, "code" VARCHAR(10) NOT NULL, '
    '"name" VARCHAR(60) NOT NULL, "kind" VARCHAR(20) NOT NULL, "town_id" INTEGER, '
    '"address" VARCHAR(200) NOT NULL, "topic_id" INTEGER, "department_id" INTEGER, '
    '"active" {boolean} NOT NULL, "created_at" {timestamp} NOT NULL, '
    'FOREIGN KEY ("town_id") REFERENCES "town" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("topic_id") REFERENCES "topic" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE SET NULL)'
)
_OUTBOX = (
    'CREATE TABLE "outbox_message" ("id" {serial} NOT NULL PRIMARY KEY, "case_id" INTEGER NOT NULL, '
    '"method" VARCHAR(10) NOT NULL, "purpose" VARCHAR(20) NOT NULL, "recipient_name" VARCHAR(60) NOT NULL, '
    '"recipient_phone" VARCHAR(40) NOT NULL, "message" TEXT NOT NULL, "state" VARCHAR(20) NOT NULL, '
    '"batch" VARCHAR(40) NOT NULL, "created_at" {timestamp} NOT NULL, "created_by_id" INTEGER, '
    '"approved_at" {timestamp}, "approved_by_id" INTEGER, "handed_over_at" {timestamp}, '
    '"handed_over_file" VARCHAR(255) NOT NULL, "settled_at" {timestamp}, '
    '"failure_reason" VARCHAR(200) NOT NULL, "retry_of_id" INTEGER, '
    'FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("approved_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("retry_of_id") REFERENCES "outbox_message" ("id") ON DELETE SET NULL)'
)
_INDEXES = (
    'CREATE UNIQUE INDEX "place_code" ON "place" ("code")',
    'CREATE INDEX "place_town_id" ON "place" ("town_id")',
    'CREATE INDEX "place_topic_id" ON "place" ("topic_id")',
    'CREATE INDEX "place_department_id" ON "place" ("department_id")',
    'CREATE INDEX "outbox_message_case_id" ON "outbox_message" ("case_id")',
    'CREATE INDEX "outbox_message_created_by_id" ON "outbox_message" ("created_by_id")',
    'CREATE INDEX "outbox_message_approved_by_id" ON "outbox_message" ("approved_by_id")',
    'CREATE INDEX "outbox_message_retry_of_id" ON "outbox_message" ("retry_of_id")',
    'CREATE INDEX "outbox_message_state_method_created_at" ON "outbox_message" ("state", "method", "created_at")',
    'CREATE INDEX "case_place_id" ON "case" ("place_id")',
)


def up(db: peewee.Database, migrator: object) -> None:
    postgres = isinstance(db, peewee.PostgresqlDatabase)
    types = {
        "serial": "SERIAL" if postgres else "INTEGER",
        "boolean": "BOOLEAN" if postgres else "INTEGER",
        "timestamp": "TIMESTAMP" if postgres else "DATETIME",
    }
    db.execute_sql(_PLACE.format(**types))
    db.execute_sql(_OUTBOX.format(**types))
    db.execute_sql(
        'ALTER TABLE "case" ADD COLUMN "place_id" INTEGER REFERENCES "place" ("id") ON DELETE SET NULL'
    )
    db.execute_sql('ALTER TABLE "case" ADD COLUMN "qr_tag" VARCHAR(80) NOT NULL DEFAULT \'\'')
    db.execute_sql('ALTER TABLE "case" ADD COLUMN "reply_by" VARCHAR(10) NOT NULL DEFAULT \'\'')
    for statement in _INDEXES:
        db.execute_sql(statement)

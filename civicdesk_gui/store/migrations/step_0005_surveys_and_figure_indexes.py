"""Schema step 5: satisfaction surveys (one per case) and the indexes behind the briefing's figures.

The survey table is written out as SQL here (not created from the model), so this step keeps doing
exactly what it did when the model changes later; store/models.py `Survey` is the same table.
"""

from __future__ import annotations

import peewee

_SURVEY_COLUMNS = (
    '"case_id" INTEGER NOT NULL, "surveyed_at" {datetime} NOT NULL, "channel" VARCHAR(10) NOT NULL, '
    '"satisfaction" INTEGER, "would_use_again" VARCHAR(8), "would_recommend" VARCHAR(8), '
    '"wants_continued" VARCHAR(8), "comment" TEXT NOT NULL, "created_at" {datetime} NOT NULL, '
    '"created_by_id" INTEGER, '
    'FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL'
)


def up(db: peewee.Database, migrator: object) -> None:
    postgres = isinstance(db, peewee.PostgresqlDatabase)
    key = '"id" SERIAL NOT NULL PRIMARY KEY' if postgres else '"id" INTEGER NOT NULL PRIMARY KEY'
    columns = _SURVEY_COLUMNS.format(datetime="TIMESTAMP" if postgres else "DATETIME")
    db.execute_sql(f'CREATE TABLE "survey" ({key}, {columns})')
    db.execute_sql('CREATE UNIQUE INDEX "survey_case_id" ON "survey" ("case_id")')
    db.execute_sql('CREATE INDEX "survey_created_by_id" ON "survey" ("created_by_id")')
    db.execute_sql('CREATE INDEX "survey_surveyed_at_channel" ON "survey" ("surveyed_at", "channel")')
    for name, definition in _FIGURE_INDEXES:
        db.execute_sql(f"CREATE INDEX {name} ON {definition}")
    db.execute_sql(
        f"CREATE INDEX case_reply_hours ON {_REPLY_HOURS_POSTGRES if postgres else _REPLY_HOURS_SQLITE}"
    )


# As store/figure_indexes.py creates them in a new database, spelled out here so that this step
# keeps doing what it did if that module changes (a later step would change them).
_FIGURE_INDEXES = (
    (
        "case_figures",
        '"case" (received_at, channel_id, category_id, department_id, status, classification, '
        "promise_due_at, statutory_due_at, update_due_at, first_reply_at, closed_at, official_id)",
    ),
    # Trends read a year of cases: only the columns the weekly/monthly promise line needs.
    ("case_trend", '"case" (received_at, channel_id, promise_due_at, first_reply_at)'),
    ("case_promise_running", '"case" (promise_due_at, department_id) WHERE first_reply_at IS NULL'),
    ("case_statutory_running", '"case" (statutory_due_at, department_id) WHERE first_reply_at IS NULL'),
    ("case_update_running", '"case" (update_due_at, department_id, first_reply_at) WHERE closed_at IS NULL'),
    (
        "case_unanswered",
        '"case" (department_id, promise_due_at, statutory_due_at, update_due_at, closed_at, classification, '
        "received_at) WHERE first_reply_at IS NULL",
    ),
    ("case_closed_at", '"case" (closed_at) WHERE closed_at IS NOT NULL'),
    # "Awaiting a letter": the management-list cases and their ids, so PostgreSQL looks for a standing
    # letter from the index alone (SQLite's index carries the rowid anyway).
    ("case_classification_id", '"case" (classification, id)'),
)
# The reply-time index (store/figure_indexes.reply_hours_index) as each back end spells it.
_REPLY_HOURS_SQLITE = (
    '"case" ((((julianday("first_reply_at") - julianday("received_at")) * 24.0)), first_reply_at, received_at) '
    "WHERE first_reply_at IS NOT NULL"
)
_REPLY_HOURS_POSTGRES = (
    '"case" (((date_part(\'epoch\', ("first_reply_at" - "received_at")) / 3600.0)), first_reply_at, received_at) '
    "WHERE first_reply_at IS NOT NULL"
)

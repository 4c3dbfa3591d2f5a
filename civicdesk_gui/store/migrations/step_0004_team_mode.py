"""Step 4, team mode: users sign in, history cannot be rewritten, and an audit log.

- user: password_hash (argon2id), failed_sign_ins and locked_until (the lockout survives restarts);
  the role 'mayor' of early databases becomes 'viewer'; the built-in 'system' user the CLI used to act
  as is deactivated (scripts now name a user with --as) — its history stays its own.
- case_event, session_event: foreign keys RESTRICT instead of CASCADE / SET NULL (SQLite rebuilds
  the two tables, PostgreSQL swaps the constraints), so no delete elsewhere reaches history.
- audit_event: sign-ins, user changes, exports, views of personal data.
- Triggers refusing UPDATE and DELETE on the three history tables (and TRUNCATE on PostgreSQL), and
  DELETE on cases.

Written out in full rather than taken from the models or store/append_only.py, which may change
later: a released step never does. The models and append_only.py make the same schema for a new
database (tests/store/test_schema_upgrade.py).
"""

from __future__ import annotations

import peewee

_EVENT_TABLES_SQLITE = {
    "case_event": (
        'CREATE TABLE "case_event_new" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER NOT NULL, '
        '"at" DATETIME NOT NULL, "actor_id" INTEGER, "kind" VARCHAR(30) NOT NULL, "body" TEXT NOT NULL, '
        '"before" TEXT NOT NULL, "after" TEXT NOT NULL, '
        'FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("actor_id") REFERENCES "user" ("id") ON DELETE RESTRICT)',
        "id, case_id, at, actor_id, kind, body, before, after",
        (
            'CREATE INDEX "case_event_case_id" ON "case_event" ("case_id")',
            'CREATE INDEX "case_event_actor_id" ON "case_event" ("actor_id")',
            'CREATE INDEX "case_event_case_id_at" ON "case_event" ("case_id", "at")',
        ),
    ),
    "session_event": (
        'CREATE TABLE "session_event_new" ("id" INTEGER NOT NULL PRIMARY KEY, "session_id" INTEGER, '
        '"request_id" INTEGER, "at" DATETIME NOT NULL, "actor_id" INTEGER, "kind" VARCHAR(30) NOT NULL, '
        '"body" TEXT NOT NULL, "before" TEXT NOT NULL, "after" TEXT NOT NULL, '
        'FOREIGN KEY ("session_id") REFERENCES "session" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("request_id") REFERENCES "session_request" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("actor_id") REFERENCES "user" ("id") ON DELETE RESTRICT)',
        "id, session_id, request_id, at, actor_id, kind, body, before, after",
        (
            'CREATE INDEX "session_event_session_id" ON "session_event" ("session_id")',
            'CREATE INDEX "session_event_request_id" ON "session_event" ("request_id")',
            'CREATE INDEX "session_event_actor_id" ON "session_event" ("actor_id")',
            'CREATE INDEX "session_event_session_id_at" ON "session_event" ("session_id", "at")',
            'CREATE INDEX "session_event_request_id_at" ON "session_event" ("request_id", "at")',
        ),
    ),
}

# (table, column, referenced table) of the history foreign keys that become RESTRICT.
_EVENT_KEYS = (
    ("case_event", "case_id", "case"),
    ("case_event", "actor_id", "user"),
    ("session_event", "session_id", "session"),
    ("session_event", "request_id", "session_request"),
    ("session_event", "actor_id", "user"),
)

_AUDIT_TABLE = (
    'CREATE TABLE "audit_event" ("id" {serial} NOT NULL PRIMARY KEY, "at" {timestamp} NOT NULL, '
    '"actor_id" INTEGER, "login" VARCHAR(60) NOT NULL, "kind" VARCHAR(30) NOT NULL, "case_id" INTEGER, '
    '"subject_id" INTEGER, "details" TEXT NOT NULL, '
    'FOREIGN KEY ("actor_id") REFERENCES "user" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("subject_id") REFERENCES "user" ("id") ON DELETE RESTRICT)'
)
_AUDIT_INDEXES = (
    'CREATE INDEX "audit_event_actor_id" ON "audit_event" ("actor_id")',
    'CREATE INDEX "audit_event_case_id" ON "audit_event" ("case_id")',
    'CREATE INDEX "audit_event_subject_id" ON "audit_event" ("subject_id")',
    'CREATE INDEX "audit_event_at" ON "audit_event" ("at")',
    'CREATE INDEX "audit_event_kind_at" ON "audit_event" ("kind", "at")',
)

_APPEND_ONLY = "{table} is append-only: its rows are never changed or deleted"
_NEVER_DELETED = "case rows are never deleted (withdraw a case instead)"
_HISTORY = ("case_event", "session_event", "audit_event")

_SQLITE_TRIGGERS = tuple(
    f'CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON "{table}" '
    f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY.format(table=table)}'); END"
    for table in _HISTORY
    for op in ("UPDATE", "DELETE")
) + (
    f"CREATE TRIGGER case_no_delete BEFORE DELETE ON \"case\" BEGIN SELECT RAISE(ABORT, '{_NEVER_DELETED}'); END",
)

_POSTGRES_FUNCTION = (
    "CREATE OR REPLACE FUNCTION civicdesk_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN "
    # %% is psycopg's escape for a literal % (peewee always passes parameters): plpgsql sees %.
    "RAISE EXCEPTION 'CivicDesk: %% on %% refused: %%', TG_OP, TG_TABLE_NAME, TG_ARGV[0] "
    "USING ERRCODE = 'integrity_constraint_violation'; "
    "END $$"
)


def _postgres_triggers() -> list[str]:
    statements = [_POSTGRES_FUNCTION]
    guarded = [(t, _APPEND_ONLY.format(table=t), "no_rewrite", "UPDATE OR DELETE") for t in _HISTORY]
    guarded.append(("case", _NEVER_DELETED, "no_delete", "DELETE"))
    for table, message, name, operations in guarded:
        statements.append(
            f'CREATE TRIGGER {table}_{name} BEFORE {operations} ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION civicdesk_refuse_rewrite('{message}')"
        )
        statements.append(
            f'CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON "{table}" '
            f"FOR EACH STATEMENT EXECUTE FUNCTION civicdesk_refuse_rewrite('{message}')"
        )
    return statements


def up(db: peewee.Database, migrator) -> None:
    postgres = isinstance(db, peewee.PostgresqlDatabase)
    timestamp = "TIMESTAMP" if postgres else "DATETIME"
    for column in (
        """"password_hash" VARCHAR(255) NOT NULL DEFAULT ''""",
        '"failed_sign_ins" INTEGER NOT NULL DEFAULT 0',
        f'"locked_until" {timestamp}',
    ):
        db.execute_sql(f'ALTER TABLE "user" ADD COLUMN {column}')
    db.execute_sql("""UPDATE "user" SET role = 'viewer' WHERE role = 'mayor'""")
    db.execute_sql(
        """UPDATE "user" SET active = %s WHERE login = 'system'""" % ("false" if postgres else "0")
    )

    if postgres:
        _restrict_postgres_keys(db)
    else:
        for table, (create, columns, indexes) in _EVENT_TABLES_SQLITE.items():
            # SQLite cannot change a foreign key in place: copy into a new table. Nothing refers to
            # the history tables, so dropping the old one disturbs no other table.
            db.execute_sql(create)
            db.execute_sql(f'INSERT INTO "{table}_new" ({columns}) SELECT {columns} FROM "{table}"')
            db.execute_sql(f'DROP TABLE "{table}"')
            db.execute_sql(f'ALTER TABLE "{table}_new" RENAME TO "{table}"')
            for statement in indexes:
                db.execute_sql(statement)

    db.execute_sql(_AUDIT_TABLE.format(serial="SERIAL" if postgres else "INTEGER", timestamp=timestamp))
    for statement in _AUDIT_INDEXES:
        db.execute_sql(statement)
    for statement in _postgres_triggers() if postgres else _SQLITE_TRIGGERS:
        db.execute_sql(statement)


def _restrict_postgres_keys(db: peewee.Database) -> None:
    for table, column, target in _EVENT_KEYS:
        (name,) = db.execute_sql(
            "SELECT c.conname FROM pg_constraint c JOIN pg_attribute a "
            "ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
            "WHERE c.contype = 'f' AND c.conrelid = %s::regclass AND a.attname = %s",
            (f'"{table}"', column),
        ).fetchone()
        db.execute_sql(
            f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}", '
            f'ADD CONSTRAINT "{name}" FOREIGN KEY ("{column}") REFERENCES "{target}" ("id") ON DELETE RESTRICT'
        )

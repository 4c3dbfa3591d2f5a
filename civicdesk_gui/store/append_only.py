"""History that cannot be rewritten, enforced by the database itself (DESIGN.md §2).

Case and session history and the audit log are append-only: triggers refuse UPDATE and DELETE on
their rows (and TRUNCATE on PostgreSQL), whoever asks — the app, a script, or someone at a psql or
sqlite3 prompt. Cases are never deleted either (a case entered by mistake is withdrawn, with its
history). create_schema() installs these on a new database; schema step 4 installs the same on an
upgraded one (tests/store/test_schema_upgrade.py compares the triggers and the function).
"""

from __future__ import annotations

import peewee

APPEND_ONLY_TABLES = ("case_event", "session_event", "audit_event")
NEVER_DELETED_TABLES = ("case",)

# The message both back ends give; tests look for "append-only" / "never deleted".
_APPEND_ONLY = "{table} is append-only: its rows are never changed or deleted"
_NEVER_DELETED = "{table} rows are never deleted (withdraw a case instead)"

POSTGRES_FUNCTION = (
    "CREATE OR REPLACE FUNCTION civicdesk_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN "
    # %% is psycopg's escape for a literal % (peewee always passes parameters): plpgsql sees %.
    "RAISE EXCEPTION 'CivicDesk: %% on %% refused: %%', TG_OP, TG_TABLE_NAME, TG_ARGV[0] "
    "USING ERRCODE = 'integrity_constraint_violation'; "
    "END $$"
)


def sqlite_statements() -> list[str]:
    statements = []
    for table in APPEND_ONLY_TABLES:
        message = _APPEND_ONLY.format(table=table)
        for operation in ("UPDATE", "DELETE"):
            statements.append(
                f'CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON "{table}" '
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
    for table in NEVER_DELETED_TABLES:
        message = _NEVER_DELETED.format(table=table)
        statements.append(
            f'CREATE TRIGGER {table}_no_delete BEFORE DELETE ON "{table}" '
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
    return statements


def postgres_statements() -> list[str]:
    statements = [POSTGRES_FUNCTION]
    for table in APPEND_ONLY_TABLES:
        message = _APPEND_ONLY.format(table=table)
        statements.append(
            f'CREATE TRIGGER {table}_no_rewrite BEFORE UPDATE OR DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION civicdesk_refuse_rewrite('{message}')"
        )
        statements.append(
            f'CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON "{table}" '
            f"FOR EACH STATEMENT EXECUTE FUNCTION civicdesk_refuse_rewrite('{message}')"
        )
    for table in NEVER_DELETED_TABLES:
        message = _NEVER_DELETED.format(table=table)
        statements.append(
            f'CREATE TRIGGER {table}_no_delete BEFORE DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION civicdesk_refuse_rewrite('{message}')"
        )
        statements.append(
            f'CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON "{table}" '
            f"FOR EACH STATEMENT EXECUTE FUNCTION civicdesk_refuse_rewrite('{message}')"
        )
    return statements


def create_append_only_guards(db: peewee.Database) -> None:
    """Install the triggers on a new database (called by create_schema)."""
    is_postgres = isinstance(db, peewee.PostgresqlDatabase)
    for statement in postgres_statements() if is_postgres else sqlite_statements():
        db.execute_sql(statement)

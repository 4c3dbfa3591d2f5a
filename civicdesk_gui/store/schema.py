"""Create or upgrade the schema: a version row, a file backup before an upgrade (SQLite), one
transaction per step, and a clear refusal to open a database newer than this app."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import peewee
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

from civicdesk_gui.errors import DatabaseError, SchemaTooNewError
from civicdesk_gui.store import list_indexes, migrations, reference, search
from civicdesk_gui.store.database import DatabaseTarget, database_proxy
from civicdesk_gui.store.letter_models import LETTER_MODELS
from civicdesk_gui.store.models import MODELS, SchemaVersion


def latest_version() -> int:
    return max(migrations.STEPS, default=1)


def current_version() -> int | None:
    db = database_proxy.obj
    if "schema_version" not in db.get_tables():
        return None
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else None


def ensure_schema(target: DatabaseTarget) -> int:
    """Return the schema version after creating or upgrading the database at `target`."""
    version = current_version()
    latest = latest_version()
    if version is None:
        if database_proxy.obj.get_tables():
            # Never add CivicDesk's tables to somebody else's database.
            raise DatabaseError("database.foreign", {"database": target.display_name})
        create_schema()
        return latest
    if version > latest:
        raise SchemaTooNewError(
            "database.too_new", {"database": target.display_name, "version": version, "latest": latest}
        )
    if version < latest:
        backup = None
        if target.backend == "sqlite" and target.path is not None:
            backup = backup_sqlite_file(target.path, version)
        try:
            upgrade(version, latest)
        except Exception as exc:
            # The failed step's transaction was rolled back: say where the database stands.
            values = {
                "database": target.display_name,
                "version": version,
                "latest": latest,
                "reason": " ".join(str(exc).split()) or type(exc).__name__,
                "kept": current_version(),
            }
            if backup:
                raise DatabaseError(
                    "database.upgrade_failed_backup", {**values, "backup": str(backup)}
                ) from exc
            raise DatabaseError("database.upgrade_failed", values) from exc
    return latest


def create_schema() -> None:
    db = database_proxy.obj
    with db.atomic():
        db.create_tables(MODELS + LETTER_MODELS)
        search.create_search_support(db)
        list_indexes.create_list_indexes(db)
        SchemaVersion.create(version=latest_version())
        reference.seed_reference_data()


def upgrade(from_version: int, to_version: int) -> None:
    db = database_proxy.obj
    migrator = PostgresqlMigrator(db) if isinstance(db, peewee.PostgresqlDatabase) else SqliteMigrator(db)
    # Only the steps this tree has: numbers reserved for work not merged yet leave gaps.
    for version in sorted(v for v in migrations.STEPS if from_version < v <= to_version):
        step = migrations.STEPS[version]
        with db.atomic():
            step(db, migrator)
            SchemaVersion.update(version=version, upgraded_at=dt.datetime.now()).execute()


def backup_sqlite_file(path: Path, version: int) -> Path:
    """Copy the database through SQLite's backup API (consistent even in WAL mode)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup_path = path.with_name(f"{path.stem}.v{version}-{stamp}.bak{path.suffix}")
    source = sqlite3.connect(str(path))
    try:
        target = sqlite3.connect(str(backup_path))
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return backup_path

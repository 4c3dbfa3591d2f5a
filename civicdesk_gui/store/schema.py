"""Create or upgrade the schema: a version row, a file backup before an upgrade (SQLite), one
transaction per step, and a clear refusal to open a database newer than this app."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

from civicdesk_gui.atomic_file import remove_leftovers
from civicdesk_gui.errors import DatabaseError, FileError, SchemaTooNewError
from civicdesk_gui.file_checks import check_room
from civicdesk_gui.store import (
    append_only,
    figure_indexes,
    list_indexes,
    migrations,
    month_figures,
    reference,
    search,
    tallies,
)
from civicdesk_gui.store.database import DatabaseTarget, database_proxy
from civicdesk_gui.store.letter_models import LETTER_MODELS
from civicdesk_gui.store.models import MODELS, SchemaVersion
from civicdesk_gui.store.sqlite_copy import copy_sqlite, database_size

# Any constant: PostgreSQL's advisory lock that lets one desk at a time run an upgrade step.
_UPGRADE_LOCK = 0x5C4E3A01


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
        list_indexes.create_reference_sort_indexes(db)
        append_only.create_append_only_guards(db)
        figure_indexes.create_figure_indexes(db)
        tallies.create_tally_support(db)
        month_figures.create_month_figure_support(db)
        SchemaVersion.create(version=latest_version())
        reference.seed_reference_data()


def upgrade(from_version: int, to_version: int) -> None:
    db = database_proxy.obj
    migrator = PostgresqlMigrator(db) if isinstance(db, peewee.PostgresqlDatabase) else SqliteMigrator(db)
    # Strict: every version from the database's to the latest has its step, run in order.
    missing = [v for v in range(from_version + 1, to_version + 1) if v not in migrations.STEPS]
    if missing:
        raise RuntimeError(f"schema steps missing for versions {missing}: STEPS must be contiguous")
    for version in range(from_version + 1, to_version + 1):
        step = migrations.STEPS[version]
        with db.atomic():  # on SQLite BEGIN IMMEDIATE: one desk at a time
            if isinstance(db, peewee.PostgresqlDatabase):
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_UPGRADE_LOCK,))
            if (current_version() or 0) >= version:
                continue  # another desk opening the database at the same moment did this step
            step(db, migrator)
            SchemaVersion.update(version=version, upgraded_at=dt.datetime.now()).execute()


def backup_sqlite_file(path: Path, version: int) -> Path:
    """Copy the database through SQLite's backup API (consistent even in WAL mode) before an upgrade.
    Room is checked first, and the copy is written under a temporary name and renamed when whole and
    checked: a full disk leaves no empty or partial file that could pass for a backup."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup_path = path.with_name(f"{path.stem}.v{version}-{stamp}.bak{path.suffix}")
    needed = database_size(path)
    try:
        check_room(path.parent, needed)
    except FileError as exc:
        raise DatabaseError(
            "database.upgrade_no_room",
            {
                "database": str(path),
                "free": exc.values.get("free", "?"),
                "needed": exc.values.get("needed", "?"),
            },
        ) from exc
    remove_leftovers(path.parent)  # a copy killed half-way before is not kept
    copy_sqlite(path, backup_path)
    return backup_path

"""Backing up and restoring the office's database, and the backup setting (store/backups.py does the
copying). A backup changes nothing; a restore replaces everything, so its result says so and every
view reloads — the GUI then opens the database again, which upgrades an older backup's schema."""

from __future__ import annotations

import os
from dataclasses import dataclass

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.permission import require
from civicdesk_gui.domain.changes import MANY, NOTHING, Changes
from civicdesk_gui.domain.settings_catalog import KEEP_DAILY_RANGE, in_scope
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.store.backups import (
    BackupResult,
    Progress,
    RestoreResult,
    backup_database,
    restore_database,
)
from civicdesk_gui.store.database import DatabaseTarget, database_proxy
from civicdesk_gui.store.office_settings import put_setting

EVERYTHING = Changes(
    cases=MANY,
    case_history=MANY,
    letters=MANY,
    sessions=MANY,
    session_requests=MANY,
    settings=frozenset(in_scope("office")),
    reference=frozenset({"everything"}),
)


@dataclass(frozen=True)
class BackedUp:
    result: BackupResult
    changes: Changes = NOTHING


@dataclass(frozen=True)
class Restored:
    result: RestoreResult
    changes: Changes = EVERYTHING


@dataclass(frozen=True)
class SavedBackupSettings:
    keep_daily: int
    changes: Changes


def back_up(
    *, target: DatabaseTarget, dest: str | os.PathLike, actor: Actor | None, progress: Progress | None = None
) -> BackedUp:
    """A checked copy of the database at `dest` (SQLite: integrity and row counts compared)."""
    require(actor, "database.backup")
    return BackedUp(backup_database(target, dest, progress=progress))


def restore_backup(
    *,
    source: str | os.PathLike,
    target: DatabaseTarget,
    actor: Actor | None,
    progress: Progress | None = None,
) -> Restored:
    """Replace the database by the backup `source`; a copy of what it replaces is kept first. Open
    connections may stay (idle, they see the restored pages); the caller opens the database again
    (store.opening.connect), which upgrades an older backup. `actor` is None on the command line,
    where no database may be open yet (a damaged one): there, whoever may replace the database's
    file may restore it, as the operating system decides."""
    if actor is not None:
        require(actor, "database.restore")
    return Restored(restore_database(source, target, progress=progress))


def save_backup_settings(*, keep_daily: int, actor: Actor) -> SavedBackupSettings:
    low, high = KEEP_DAILY_RANGE
    if not low <= keep_daily <= high:
        raise ValidationError(
            "settings.keep_daily_range", {"low": low, "high": high, "value": keep_daily}, field="keep_daily"
        )
    with database_proxy.atomic():
        require(actor, "database.backup")
        put_setting("backups.keep_daily", keep_daily)
    return SavedBackupSettings(keep_daily, Changes.of(settings={"backups.keep_daily"}))

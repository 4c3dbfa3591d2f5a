"""A database error the user can do something about, as one message naming the database: a full disk,
a read-only file, a damaged or foreign file, a lock held too long, a server that does not answer.
Anything else (a constraint, a syntax error) is a bug and gets None: the caller lets it through.

Drivers say these things in many ways, and a failed ROLLBACK after SQLite rolled back by itself
("cannot rollback - no transaction is active") hides the first error: the whole chain of causes is
read, follow-up messages skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from civicdesk_gui.errors import CivicDeskError, DatabaseDamagedError, DatabaseError
from civicdesk_gui.store.database import DatabaseTarget, bound_target

_FOLLOW_UPS = ("cannot rollback", "no transaction is active", "no such savepoint", "cannot commit")

_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "server closed the connection",
    "connection timeout",
    "timeout expired",
    "no route to host",
    "name or service not known",
    "could not translate host name",
    "terminating connection",
    "connection is closed",
    "connection already closed",
    "the connection is lost",
    "consuming input failed",
    "connection is bad",
    "connection to server",
)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc`, the driver error peewee wrapped (its first argument), then its causes and contexts."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        wrapped = current.args[0] if current.args and isinstance(current.args[0], BaseException) else None
        todo.extend(e for e in (wrapped, current.__cause__, current.__context__) if e is not None)


def _text(error: BaseException) -> str:
    return " ".join(str(error).split())


def _from_driver(error: BaseException) -> bool:
    module = type(error).__module__ or ""
    return module.startswith(("sqlite3", "psycopg", "peewee"))


def latest_backup_for(target: DatabaseTarget | None) -> str | None:
    if target is None or target.path is None:
        return None
    from civicdesk_gui.store.backups import latest_backup

    found = latest_backup(target.path)
    return str(found) if found else None


def damaged(target: DatabaseTarget | None, reason: str) -> DatabaseDamagedError:
    name = target.display_name if target else "?"
    backup = latest_backup_for(target)
    if backup:
        return DatabaseDamagedError(
            "database.damaged", {"database": name, "reason": reason, "backup": backup}, backup=backup
        )
    return DatabaseDamagedError("database.damaged_no_backup", {"database": name, "reason": reason})


def _cannot_open(target: DatabaseTarget | None, name: str, reason: str) -> CivicDeskError:
    """SQLite's "unable to open database file": a folder that takes no new file, or a file it may
    not write beside (the journal), are what a user can fix."""
    if target is not None and target.path is not None:
        folder = target.path.parent
        if not os.access(folder, os.W_OK) or _folder_refuses_files(folder):
            return DatabaseError("database.read_only", {"database": name})
    return DatabaseError("database.cannot_open", {"database": name, "reason": reason})


def _folder_refuses_files(folder: Path) -> bool:
    from civicdesk_gui.file_checks import check_output_folder

    try:
        check_output_folder(folder)
    except CivicDeskError:
        return True
    return False


def database_error(exc: BaseException, target: DatabaseTarget | None = None) -> CivicDeskError | None:
    """`exc` as a message for the user, or None when it is not theirs to fix."""
    target = target or bound_target()
    name = target.display_name if target else "?"
    for error in _chain(exc):
        if not _from_driver(error):
            continue
        text = _text(error)
        low = text.lower()
        if not low or any(marker in low for marker in _FOLLOW_UPS):
            continue
        if "disk is full" in low or "no space left" in low or "could not extend file" in low:
            return DatabaseError("database.disk_full", {"database": name})
        if "readonly database" in low or "read-only transaction" in low:
            return DatabaseError("database.read_only", {"database": name})
        if "file is not a database" in low or "file is encrypted" in low:
            return DatabaseError("database.not_a_database", {"database": name})
        if "malformed" in low or "database corrupt" in low:
            return damaged(target, text)
        if "database is locked" in low or "database table is locked" in low or "database is busy" in low:
            return DatabaseError("database.busy", {"database": name})
        if "disk i/o error" in low:
            return DatabaseError("database.io_error", {"database": name, "reason": text})
        if "unable to open database file" in low:
            return _cannot_open(target, name, text)
        if any(marker in low for marker in _UNREACHABLE):
            return DatabaseError(
                "database.unreachable", {"database": name, "reason": text.split(" DETAIL")[0]}
            )
    return None

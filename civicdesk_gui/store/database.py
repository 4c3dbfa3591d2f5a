"""One DatabaseProxy for the whole app, and how a database URL becomes a peewee database for it.

Opening a database for use (bind, schema, notices) is store/opening.py's `connect(url)`; this module
knows nothing of the schema, so the models can import the proxy without an import cycle.

SQLite write transactions begin IMMEDIATE (DeskSqliteDatabase): the write lock is taken at BEGIN,
where the busy timeout applies. A deferred BEGIN that reads first and writes later fails at once
with "database is locked" when another desk committed in between (SQLITE_BUSY_SNAPSHOT in WAL mode),
and no timeout covers that. A desk that finds the lock taken waits — its listeners (the GUI's status
bar) are told — for up to WRITE_WAIT_SECONDS before giving up with a calm message.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee

from civicdesk_gui.errors import DatabaseError, FileError
from civicdesk_gui.os_errors import file_error

database_proxy = peewee.DatabaseProxy()

BUSY_TIMEOUT_MS = 10_000  # any statement: how long SQLite retries a lock before "database is locked"
FIRST_TRY_MS = 200  # BEGIN IMMEDIATE: after this long without the lock, the desk says it is waiting
WRITE_WAIT_SECONDS = 60  # then waits this long in all for another desk's write to end

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "normal",
    "cache_size": -65_536,
}


@dataclass(frozen=True)
class DatabaseTarget:
    backend: str  # "sqlite" or "postgresql"
    url: str
    path: Path | None = None  # SQLite file
    notices: tuple[str, ...] = ()  # codes of NOTICES: what the user should know (shown, not fatal)

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        parsed = urlparse(self.url)
        return f"{parsed.hostname or 'localhost'}/{parsed.path.lstrip('/')}"


def redacted(url: str) -> str:
    """The URL with its password masked: error messages end up on screens and in logs."""
    try:
        parsed = urlparse(url)
        password = parsed.password
    except ValueError:
        return url
    if not password:
        return url
    netloc = parsed.netloc.replace(f":{password}@", ":***@", 1)
    return parsed._replace(netloc=netloc).geturl()


def parse_url(url: str) -> DatabaseTarget:
    """Read `sqlite:///path` or `postgresql://user:pw@host:port/db`; a bad URL is a user error."""
    if url.startswith("sqlite:///"):
        raw = unquote(url[len("sqlite:///") :])
        if not raw:
            raise DatabaseError("database.url_without_path", {"url": url})
        return DatabaseTarget("sqlite", url, Path(raw).expanduser())
    parsed = urlparse(url)
    if parsed.scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        try:
            parsed.port  # noqa: B018 - urllib checks the port only when it is read
        except ValueError as exc:
            raise DatabaseError("database.url_bad_port", {"url": redacted(url), "reason": str(exc)}) from exc
        if not parsed.path.strip("/"):
            raise DatabaseError("database.url_without_name", {"url": redacted(url)})
        return DatabaseTarget("postgresql", url)
    raise DatabaseError("database.url_unsupported", {"url": redacted(url)})


# ------------------------------------------------------------------ waiting for another desk

_wait_listeners: list[Callable[[bool], None]] = []


def add_wait_listener(listener: Callable[[bool], None]) -> None:
    """`listener(True)` when a write starts waiting for another desk's lock, `listener(False)` when
    the wait ends (either way). Called in the waiting thread."""
    _wait_listeners.append(listener)


def remove_wait_listener(listener: Callable[[bool], None]) -> None:
    if listener in _wait_listeners:
        _wait_listeners.remove(listener)


def _tell_waiting(waiting: bool) -> None:
    for listener in list(_wait_listeners):
        listener(waiting)


def _is_locked(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class DeskSqliteDatabase(peewee.SqliteDatabase):
    """SQLite with write transactions that begin IMMEDIATE (peewee's atomic() and transaction() call
    begin() for the outermost block; nested blocks are savepoints inside it)."""

    def begin(self, lock_type: str | None = None) -> None:
        lock = (lock_type or "IMMEDIATE").upper()
        if lock == "DEFERRED":
            super().begin(lock)
            return
        cursor = self.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {FIRST_TRY_MS}")
        try:
            try:
                super().begin(lock)
                return
            except peewee.OperationalError as exc:
                if not _is_locked(exc):
                    raise
            _tell_waiting(True)
            try:
                cursor.execute(f"PRAGMA busy_timeout = {WRITE_WAIT_SECONDS * 1000}")
                super().begin(lock)
            finally:
                _tell_waiting(False)
        finally:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def rollback(self) -> None:
        # SQLite rolls a transaction back by itself on a full disk or an I/O error; a ROLLBACK then
        # fails with "no transaction is active" and would hide the error that matters.
        if not self.is_closed() and not self.connection().in_transaction:
            return
        super().rollback()


# ------------------------------------------------------------------ making and binding


_bound_target: DatabaseTarget | None = None


def set_bound_target(target: DatabaseTarget | None) -> None:
    """Which database the proxy is bound to: error messages name it (store/opening.py sets it)."""
    global _bound_target
    _bound_target = target


def bound_target() -> DatabaseTarget | None:
    return _bound_target


def _check_sqlite_path(path: Path, must_exist: bool) -> None:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if must_exist:
            raise DatabaseError("database.file_not_found", {"path": str(path)}) from None
        folder = path.parent
        if not folder.exists():
            raise DatabaseError("database.folder_not_found", {"path": str(folder)}) from None
        if not folder.is_dir():
            raise FileError("file.under_a_file", {"path": str(path)}, path=str(path)) from None
        return
    except NotADirectoryError:
        raise FileError("file.under_a_file", {"path": str(path)}, path=str(path)) from None
    except OSError as exc:
        raise file_error(exc, path) from exc
    if not stat.S_ISREG(mode):
        raise DatabaseError("database.not_a_file", {"database": str(path)})


def make_database(target: DatabaseTarget, *, must_exist: bool = False) -> peewee.Database:
    if target.backend == "sqlite":
        assert target.path is not None
        _check_sqlite_path(target.path, must_exist)
        return DeskSqliteDatabase(str(target.path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
    parsed = urlparse(target.url)
    return peewee.PostgresqlDatabase(
        parsed.path.lstrip("/"),
        user=unquote(parsed.username) if parsed.username else None,
        password=unquote(parsed.password) if parsed.password else None,
        host=parsed.hostname or None,
        port=parsed.port or None,
        prefer_psycopg3=True,
    )


def close() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()


def is_postgres() -> bool:
    return isinstance(database_proxy.obj, peewee.PostgresqlDatabase)

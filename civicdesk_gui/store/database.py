"""One DatabaseProxy for the whole app, and how a database URL becomes a peewee database for it.

Opening a database for use (bind, schema, notices) is store/opening.py's `connect(url)`; this module
knows nothing of the schema, so the models can import the proxy without an import cycle."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee

from civicdesk_gui.errors import DatabaseError

database_proxy = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
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


def make_database(target: DatabaseTarget, *, must_exist: bool = False) -> peewee.Database:
    if target.backend == "sqlite":
        assert target.path is not None
        if must_exist and not target.path.exists():
            raise DatabaseError("database.file_not_found", {"path": str(target.path)})
        if not target.path.parent.exists():
            raise DatabaseError("database.folder_not_found", {"path": str(target.path.parent)})
        return peewee.SqliteDatabase(str(target.path), pragmas=SQLITE_PRAGMAS, timeout=10)
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

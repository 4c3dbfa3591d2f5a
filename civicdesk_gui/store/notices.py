"""Change notices between desks (live team): what one desk wrote reaches the others within seconds.

- PostgreSQL: after each action the desk that wrote sends `NOTIFY civicdesk_changes` with the action's
  `Changes` as JSON (domain/changes.py `to_notice`) and its own desk id, so its own notices are ignored
  when they come back. The notice is sent by the one door every write goes through (the GUI's runner,
  ui/shell/ops.py, and the CLI), only once the action has returned, i.e. after its transaction
  committed — a rolled-back write never announces anything. Listeners (ui/shell/live.py) use their own
  connection in autocommit mode with `LISTEN`.
- SQLite: no messages; another connection's commit changes `PRAGMA data_version`, which a listener polls
  on a connection of its own (it costs microseconds), and then assumes everything may have changed.
No Qt here."""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

from civicdesk_gui.domain.changes import Changes, from_notice, to_notice
from civicdesk_gui.store.database import database_proxy, is_postgres

CHANNEL = "civicdesk_changes"
DESK_ID = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"  # this process: its own notices are not news


def publish(changes: Changes, origin: str = DESK_ID) -> bool:
    """Tell the other desks of a PostgreSQL database what an action changed (in the caller's
    transaction when one is open, so it is delivered on its commit; at once otherwise). SQLite: nothing
    to send (its listeners poll). Returns whether a notice was sent."""
    if not changes or database_proxy.obj is None or not is_postgres() or database_proxy.obj.is_closed():
        return False
    database_proxy.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, to_notice(changes, origin)))
    return True


class PostgresListener:
    """A connection of its own that LISTENs; `poll()` returns the notices from other desks."""

    def __init__(self, url: str, *, origin: str = DESK_ID, password: str | None = None) -> None:
        import psycopg

        self.origin = origin
        extra = {"password": password} if password else {}
        self.connection = psycopg.connect(url, autocommit=True, **extra)
        self.connection.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return self.connection.fileno()

    def poll(self) -> list[Changes]:
        found = []
        for notice in self.connection.notifies(timeout=0):
            changes, origin = from_notice(notice.payload)
            if origin != self.origin:
                found.append(changes)
        return found

    def close(self) -> None:
        self.connection.close()


class SqliteWatcher:
    """`PRAGMA data_version` on a read-only connection of its own: it changes when any other
    connection (another desk, a script, this desk's background work) commits to the file."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True, check_same_thread=False)
        self.version = self._read()

    def _read(self) -> int:
        return self.connection.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        version = self._read()
        if version == self.version:
            return False
        self.version = version
        return True

    def close(self) -> None:
        self.connection.close()

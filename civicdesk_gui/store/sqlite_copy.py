"""A consistent, verified copy of a SQLite database file, made through SQLite's online backup API while
other desks keep working (WAL readers never block writers).

The source's row counts are read in the same read transaction the backup copies from, so they are
the counts of exactly the copied snapshot; the copy is then checked (integrity_check) and counted
again. The copy is written under a temporary name and renamed when whole (atomic_file.atomic_path),
in rollback-journal mode so that a backup is one self-contained file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from civicdesk_gui.atomic_file import atomic_path
from civicdesk_gui.errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
STEP_PAGES = 1024  # pages per backup step: progress about every 4 MB
LOCK_TIMEOUT_S = 60

Progress = Callable[[int, int], None]  # (pages copied, pages in all)


def is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows of every real table (virtual tables are counted through their shadow tables)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
            "ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def check_integrity(conn: sqlite3.Connection, *, quick: bool = False, limit: int = 3) -> list[str]:
    """The problems SQLite finds, at most `limit`; empty when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}({limit})")]
    return [] if rows == ["ok"] else rows


def connect_file(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to `path`; `read_only` for a backup being read. A copy of a database in WAL mode
    kept in a folder that takes no files (a read-only share, a CD) cannot get its shared-memory file:
    it is then read as immutable, which a backup file is."""
    if not read_only:
        return sqlite3.connect(str(path), timeout=LOCK_TIMEOUT_S, isolation_level=None)
    uri = Path(os.path.abspath(path)).as_uri()
    conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=LOCK_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        conn = sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, isolation_level=None)
    return conn


def copy_sqlite(
    source: Path, dest: Path, *, progress: Progress | None = None, verify: bool = True
) -> dict[str, int]:
    """Copy the database at `source` to `dest` (replaced only when the copy is whole and, with
    `verify`, sound and of the same row counts); returns the row counts of the copy."""
    src = connect_file(source)
    try:
        src.execute("BEGIN")  # one snapshot for the counts and the copy
        counts = table_counts(src)
        with atomic_path(dest) as temp:
            dst = sqlite3.connect(str(temp), isolation_level=None)
            try:
                dst.execute("PRAGMA journal_mode = OFF")  # no journal beside the temporary file

                def step(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total)

                src.backup(dst, pages=STEP_PAGES, progress=step)
                dst.execute("PRAGMA journal_mode = DELETE")  # the copy is one self-contained file
                if verify:
                    verify_copy(dst, counts, dest)
            finally:
                dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    return counts


def verify_copy(conn: sqlite3.Connection, expected: dict[str, int], dest: Path) -> None:
    problems = check_integrity(conn)
    if problems:
        raise DatabaseError("backup.copy_damaged", {"path": str(dest), "reason": "; ".join(problems)})
    copied = table_counts(conn)
    differing = sorted(
        name for name in expected.keys() | copied.keys() if expected.get(name) != copied.get(name)
    )
    if differing:
        raise DatabaseError("backup.counts_differ", {"path": str(dest), "tables": ", ".join(differing)})


def raw_copy(source: Path, dest: Path) -> None:
    """Byte copy of a file SQLite cannot read (a damaged database kept before a restore)."""
    with atomic_path(dest) as temp, open(source, "rb") as inp, open(temp, "wb") as out:
        while chunk := inp.read(1 << 20):
            out.write(chunk)
    with contextlib.suppress(OSError):
        os.utime(dest)


def database_size(path: Path) -> int:
    """The file and its write-ahead log: what a copy may need on disk."""
    size = 0
    for candidate in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(OSError):
            size += candidate.stat().st_size
    return size

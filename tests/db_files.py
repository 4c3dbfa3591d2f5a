"""Real database files for tests: a filled CivicDesk SQLite file, and ways to damage one as disks and
careless copies do (pages overwritten, a newer schema)."""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
from pathlib import Path

from civicdesk_gui.store import database, opening

PAGE = 4096


def filled_sqlite(path: Path, *, cases: int = 300, seed: int = 1) -> Path:
    """A CivicDesk file with demo cases (several hundred pages), closed again."""
    from civicdesk_gui.demo.generator import generate_demo

    opening.connect(f"sqlite:///{path}")
    generate_demo(cases=cases, seed=seed)
    database.close()
    checkpoint(path)
    return path


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so that the file alone holds the data."""
    with contextlib.closing(sqlite3.connect(str(path))) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def damage(path: Path, *, first_page: int = 8, pages: int = 24, seed: int = 7) -> None:
    """Overwrite whole pages in the middle of the file with noise (a bad sector, a torn copy)."""
    checkpoint(path)
    size = path.stat().st_size
    assert size > (first_page + pages) * PAGE, "the file is too small to damage in the middle"
    noise = random.Random(seed).randbytes(pages * PAGE)
    with open(path, "r+b") as handle:
        handle.seek(first_page * PAGE)
        handle.write(noise)
        handle.flush()
        os.fsync(handle.fileno())


def set_version(path: Path, version: int) -> None:
    with contextlib.closing(sqlite3.connect(str(path))) as conn, conn:
        conn.execute("UPDATE schema_version SET version = ?", (version,))


def row_count(path: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(str(path))) as conn:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def quick_check(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(str(path))) as conn:
        return conn.execute("PRAGMA quick_check").fetchone()[0]

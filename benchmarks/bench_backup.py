"""Backup, restore and the opening check: `python benchmarks/bench_backup.py [--cases N] [--db URL]`.

What a desk pays for safety: opening a SQLite database runs quick_check; the day's first start copies
it (online backup API, integrity_check and row counts); a restore copies it back and checks again.
On PostgreSQL (--db postgresql://... on an empty database), pg_dump and pg_restore. Prints seconds and
MB per second. The README's "about a second per 300 MB" for quick_check comes from here.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from civicdesk_gui.demo.generator import generate_demo  # noqa: E402
from civicdesk_gui.store import backups, database, opening  # noqa: E402


def _timed(label: str, fn, size: int | None = None):
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    rate = f", {size / (1 << 20) / seconds:,.0f} MB/s" if size else ""
    print(f"{label}: {seconds:.2f} s{rate}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="civicdesk-bench-") as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        target = opening.connect(url)
        print(generate_demo(cases=args.cases, seed=1))
        database.close()
        size = None
        if target.path is not None:
            with sqlite3.connect(str(target.path)) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            size = target.path.stat().st_size
            print(f"database: {size / (1 << 20):,.0f} MB")
            _timed("open with quick_check", lambda: opening.connect(url), size)
            database.close()
            _timed("open without the check", lambda: opening.connect(url, check=False))
            database.close()
        dest = Path(folder) / ("copy.db" if target.path is not None else "copy.dump")
        _timed(
            "backup (copy, integrity_check, row counts)", lambda: backups.backup_database(target, dest), size
        )
        _timed(
            "restore (check, keep a copy, copy back, check)",
            lambda: backups.restore_database(dest, target),
            size,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Throughput of the text-message gateway import (rows per second), on SQLite or PostgreSQL.

    python benchmarks/import_sms.py [--rows 5000] [--existing N] [--db URL] [--batch-size N]

Without --db a fresh SQLite file in a temporary folder is used. With --existing, another file of N
messages is imported first (not timed), so the import meets a database that already has cases. The
same file is then imported a second time to time the duplicate check (nothing new may be written).
The batch size is the import's own default unless given. Beside the wall clock each line gives the
CPU time of this process and, on PostgreSQL, of its server backend (what the work costs, whatever
else the machine runs)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from civicdesk_gui.actions.actor import ensure_user  # noqa: E402
from civicdesk_gui.actions.case_import import DEFAULT_BATCH_SIZE, import_sms_file  # noqa: E402
from civicdesk_gui.store.opening import connect  # noqa: E402

TOPICS = [
    "가로등이 꺼져 있습니다",
    "불법 주정차 단속 부탁드립니다",
    "보도블록이 깨졌습니다",
    "쓰레기 무단 투기",
]


def write_export(path: Path, rows: int) -> None:
    lines = ["수신일시,발신번호,성명,내용,읍면동"]
    for i in range(rows):
        day, minute = divmod(i, 600)
        lines.append(
            f"2026-{1 + day // 28 % 12:02d}-{1 + day % 28:02d} {8 + minute // 60:02d}:{minute % 60:02d},"
            f"010-{5000 + i // 10000:04d}-{i % 10000:04d},주민{i},{TOPICS[i % 4]} (문자 {i}번),운정{1 + i % 6}동"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _server_cpu() -> float | None:
    """The CPU seconds of this connection's PostgreSQL backend (a server on this machine), else None."""
    from civicdesk_gui.store.database import database_proxy

    if not database_proxy.obj.__class__.__name__.startswith("Postgres"):
        return None
    pid = database_proxy.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--existing", type=int, default=0)
    parser.add_argument("--db")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="civicdesk-import-bench-"))
    connect(args.db or f"sqlite:///{folder / 'bench.db'}")
    export = folder / "export.csv"
    write_export(export, args.rows)
    actor = ensure_user("nightly", display_name="야간 작업")
    if args.existing:
        earlier = folder / "earlier.csv"
        write_export(earlier, args.existing)
        # Other messages: other numbers and words.
        earlier.write_text(earlier.read_text().replace(",010-5", ",010-6").replace("(문자", "(지난 문자"))
        import_sms_file(earlier, actor=actor, batch_size=args.batch_size)
    for label in ("first import", "re-import"):
        server = _server_cpu()
        cpu = time.process_time()
        started = time.perf_counter()
        report = import_sms_file(export, actor=actor, batch_size=args.batch_size)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu
        server = None if server is None else _server_cpu() - server
        costs = f"CPU {cpu:.2f} s" + ("" if server is None else f" + server {server:.2f} s")
        print(
            f"{label}: {args.rows} rows in {elapsed:.2f} s ({args.rows / elapsed:,.0f} rows/s; {costs}; "
            f"load {os.getloadavg()[0]:.1f}); imported {report.imported}, duplicates {report.duplicates}, "
            f"rejected {len(report.rejected)}"
        )


if __name__ == "__main__":
    main()

"""Throughput of the text-message gateway import (rows per second), on SQLite or PostgreSQL.

    python benchmarks/import_sms.py [--rows 5000] [--db URL] [--batch-size N]

Without --db a fresh SQLite file in a temporary folder is used. The same file is then imported a
second time to time the duplicate check (nothing new may be written). The batch size is the
import's own default unless given."""

from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--db")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="civicdesk-import-bench-"))
    connect(args.db or f"sqlite:///{folder / 'bench.db'}")
    export = folder / "export.csv"
    write_export(export, args.rows)
    actor = ensure_user("nightly", display_name="야간 작업")
    for label in ("first import", "re-import"):
        started = time.perf_counter()
        report = import_sms_file(export, actor=actor, batch_size=args.batch_size)
        elapsed = time.perf_counter() - started
        print(
            f"{label}: {args.rows} rows in {elapsed:.2f} s ({args.rows / elapsed:,.0f} rows/s); "
            f"imported {report.imported}, duplicates {report.duplicates}, rejected {len(report.rejected)}"
        )


if __name__ == "__main__":
    main()

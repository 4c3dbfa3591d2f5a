"""SIGKILL during a gateway import, then the checks a coordinator would need to trust the database.

    python tests/stress/import_kill.py [--runs 50] [--db URL] [--rows 3000] [--batch-size 100]

Each run: a fresh database (a SQLite file, or a new database on the PostgreSQL server of --db),
`civicdesk import` of a gateway file in a real process, killed with SIGKILL after a random number of
committed batches; then:

- SQLite: `PRAGMA integrity_check` says ok;
- no half batch is visible: the cases are whole batches (a multiple of the batch size), each with
  its one intake event, the case-number counter equal to the cases, numbers gap-free;
- importing the file again completes it: every row once, nothing duplicated, numbers still gap-free.

The suite runs a few of these (tests/cli/test_import_processes.py); this script runs 50 and prints
how many runs were inconsistent (must be 0).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def write_gateway_file(path: Path, rows: int) -> None:
    lines = ["수신일시,발신번호,성명,내용"]
    for i in range(rows):
        day, minute = divmod(i, 600)
        lines.append(
            f"2026-{1 + day // 28 % 12:02d}-{1 + day % 28:02d} {8 + minute // 60:02d}:{minute % 60:02d},"
            f'010-{6000 + i // 10000:04d}-{i % 10000:04d},주민{i},"{i}번 민원: 가로등, 보도, ""주차"""'
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


SERVICE_USER = "nightly"  # the user the nightly import runs as (--as)


def civicdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "civicdesk_gui", *args]


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


class Database:
    """Plain connections beside the app's processes: a SQLite file or a PostgreSQL database."""

    def __init__(self, url: str):
        self.url = url

    def query(self, sql: str) -> list[tuple]:
        if self.url.startswith("sqlite:///"):
            with contextlib.closing(sqlite3.connect(self.url[len("sqlite:///") :], timeout=30)) as conn:
                return conn.execute(sql).fetchall()
        import psycopg

        with psycopg.connect(self.url) as conn:
            return conn.execute(sql).fetchall()

    def scalar(self, sql: str):
        return self.query(sql)[0][0]


@dataclass
class RunResult:
    killed_after: int  # cases committed when the kill landed
    completed: int  # cases after the re-run
    problems: list[str]


def check_consistent(db: Database, *, batch_size: int, whole_batches: bool) -> list[str]:
    problems = []
    if db.url.startswith("sqlite:///"):
        integrity = db.scalar("PRAGMA integrity_check")
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
    cases = db.scalar('SELECT count(*) FROM "case"')
    if whole_batches and cases % batch_size:
        problems.append(f"{cases} cases: not whole batches of {batch_size}")
    intakes = db.scalar("SELECT count(*) FROM case_event WHERE kind = 'intake'")
    if intakes != cases:
        problems.append(f"{cases} cases but {intakes} intake events")
    counted = db.scalar("SELECT coalesce(sum(value), 0) FROM counter WHERE name LIKE 'case:%'")
    if counted != cases:
        problems.append(f"{cases} cases but the number counters say {counted}")
    keys = db.scalar('SELECT count(DISTINCT import_key) FROM "case"')
    if keys != cases:
        problems.append(f"{cases} cases but {keys} import keys")
    for year, count, top in db.query(
        "SELECT substr(number, 1, 4), count(*), max(CAST(substr(number, 6) AS INTEGER)) "
        'FROM "case" GROUP BY substr(number, 1, 4)'
    ):
        if count != top:
            problems.append(f"numbers of {year} not gap-free: {count} cases, highest {top}")
    return problems


def kill_cycle(url: str, gateway: Path, *, rows: int, batch_size: int, kill_after: int) -> RunResult:
    """One import killed once `kill_after` batches are committed (or at once, if 0)."""
    db = Database(url)
    process = subprocess.Popen(
        civicdesk("import", "--as", SERVICE_USER, "--db", url, str(gateway), "--batch-size", str(batch_size)),
        cwd=ROOT,
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    try:
        while process.poll() is None and time.monotonic() < deadline:
            with contextlib.suppress(Exception):  # the schema may not exist yet
                if db.scalar('SELECT count(*) FROM "case"') >= kill_after * batch_size:
                    break
            time.sleep(0.01)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait()
        if process.stderr is not None:
            process.stderr.close()
    killed_after = db.scalar('SELECT count(*) FROM "case"')
    problems = check_consistent(db, batch_size=batch_size, whole_batches=True)
    rerun = subprocess.run(
        civicdesk("import", "--as", SERVICE_USER, "--db", url, str(gateway), "--batch-size", str(batch_size)),
        cwd=ROOT,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if rerun.returncode != 0 or "Traceback" in rerun.stderr:
        problems.append(f"re-run exit {rerun.returncode}: {rerun.stderr.strip()[-500:]}")
    completed = db.scalar('SELECT count(*) FROM "case"')
    if completed != rows:
        problems.append(f"after the re-run {completed} cases, not {rows}")
    problems += check_consistent(db, batch_size=batch_size, whole_batches=False)
    state = db.query("SELECT state, owner FROM import_batch")
    if state != [("done", "")]:
        problems.append(f"import_batch after the re-run: {state}")
    return RunResult(killed_after, completed, problems)


def fresh_database(server_url: str | None, folder: Path) -> tuple[str, callable]:
    """A new empty CivicDesk database URL and a function that drops it."""
    if server_url is None:
        url = f"sqlite:///{folder / f'kill-{uuid.uuid4().hex[:8]}.db'}"
        create_schema(url)
        return url, lambda: None
    import psycopg

    name = f"civicdesk_kill_{uuid.uuid4().hex[:12]}"
    base = server_url.rsplit("/", 1)[0]
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )

    def drop() -> None:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    url = f"{base}/{name}"
    create_schema(url)
    return url, drop


def create_schema(url: str) -> None:
    """Open the database once the way the app does (creating its schema), in a process of its own."""
    code = (
        "import sys; from civicdesk_gui.store import database, opening; opening.connect(sys.argv[1]); "
        "from civicdesk_gui.actions.actor import ensure_user; ensure_user(sys.argv[2]); database.close()"
    )
    subprocess.run(
        [sys.executable, "-c", code, url, SERVICE_USER], cwd=ROOT, env=environment(), check=True, timeout=120
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--db", help="a PostgreSQL server URL (default: SQLite files)")
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="civicdesk-kill-"))
    gateway = folder / "gateway.csv"
    write_gateway_file(gateway, args.rows)
    inconsistent = 0
    batches = args.rows // args.batch_size
    for run in range(1, args.runs + 1):
        url, drop = fresh_database(args.db, folder)
        try:
            result = kill_cycle(
                url,
                gateway,
                rows=args.rows,
                batch_size=args.batch_size,
                kill_after=rng.randint(0, batches - 1),
            )
        finally:
            drop()
        inconsistent += bool(result.problems)
        status = "ok" if not result.problems else "INCONSISTENT: " + "; ".join(result.problems)
        print(f"run {run}: killed with {result.killed_after} cases, re-run gave {result.completed}: {status}")
    print(f"{args.runs} kill runs, {inconsistent} inconsistent")
    return 1 if inconsistent else 0


if __name__ == "__main__":
    sys.exit(main())

"""Demo-data and stats timing: `python benchmarks/bench_demo.py [--cases N] [--workers W] [--db URL | --pg SERVER_URL]`.

The target (issue 15): 1,000,000 demo cases on SQLite in under 3 minutes on a 2-core machine. Prints,
for each back end, the wall seconds, the CPU seconds of this process (the writer) and of the worker
processes that build the rows, PostgreSQL's own server process when it runs here, the cases per
second and the load average beside them (on a shared machine the wall clock mostly measures the queue
for a CPU: judge by the CPU seconds), then the stats query on the result.

Without --db or --pg: a fresh SQLite file in a temporary folder. --db: an empty database URL.
--pg postgresql://user@host:port/postgres: SQLite, then PostgreSQL in a database of its own on that
server (made and dropped again: a million cases take several GB).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import peewee  # noqa: E402

from civicdesk_gui.demo.generator import generate_demo  # noqa: E402
from civicdesk_gui.queries.stats import compute_stats  # noqa: E402
from civicdesk_gui.store import database, opening  # noqa: E402

TARGET_SECONDS_PER_MILLION = 180.0
PG_DATABASE = "civicdesk_bench_demo"


def _server_cpu() -> float | None:
    """CPU seconds of this connection's PostgreSQL server process, when it runs on this machine."""
    db = database.database_proxy.obj
    if not isinstance(db, peewee.PostgresqlDatabase):
        return None
    pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None  # another machine's server
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _pg_database(server: str, *, drop_only: bool = False) -> str:
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
        if not drop_only:
            conn.execute(
                f"CREATE DATABASE {PG_DATABASE} TEMPLATE template0 ENCODING 'UTF8' "
                "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
            )
    return f"{server.rsplit('/', 1)[0]}/{PG_DATABASE}"


def run(url: str, cases: int, seed: int, workers: int | None) -> float:
    label = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    opening.connect(url)
    server_before = _server_cpu()
    load = os.getloadavg()
    before = os.times()
    started = time.perf_counter()
    summary = generate_demo(cases=cases, seed=seed, workers=workers)
    demo_seconds = time.perf_counter() - started
    after = os.times()
    server_after = _server_cpu()
    started = time.perf_counter()
    stats = compute_stats()
    stats_seconds = time.perf_counter() - started
    database.close()
    parent = (after.user - before.user) + (after.system - before.system)
    children = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    server = (
        f", PostgreSQL server {server_after - server_before:.1f} s"
        if server_before is not None and server_after is not None
        else ""
    )
    print(summary)
    print(f"[{label}] demo: {cases:,} cases in {demo_seconds:.1f} s ({cases / demo_seconds:,.0f} cases/s)")
    print(
        f"[{label}] CPU: writer {parent:.1f} s, workers {children:.1f} s, together {parent + children:.1f} s"
        f"{server}; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after"
    )
    print(f"[{label}] stats: {stats['total']:,} cases counted in {stats_seconds:.2f} s")
    return demo_seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, help="processes building rows (default: the generator's)")
    parser.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    parser.add_argument("--pg", help="a PostgreSQL server URL: measure SQLite, then PostgreSQL on it")
    args = parser.parse_args()
    seconds = []
    with tempfile.TemporaryDirectory(prefix="civicdesk-bench-") as folder:
        if args.db:
            seconds.append(run(args.db, args.cases, args.seed, args.workers))
        else:
            seconds.append(run(f"sqlite:///{Path(folder) / 'bench.db'}", args.cases, args.seed, args.workers))
            if args.pg:
                try:
                    run(_pg_database(args.pg), args.cases, args.seed, args.workers)
                finally:
                    database.close()
                    _pg_database(args.pg, drop_only=True)
    if args.db and args.db.startswith("postgres"):
        return 0  # no budget on PostgreSQL
    target = TARGET_SECONDS_PER_MILLION * args.cases / 1_000_000
    print(f"target: {target:.0f} s on SQLite for {args.cases:,} cases (180 s a million)")
    return 0 if seconds[0] <= target else 1


if __name__ == "__main__":
    raise SystemExit(main())

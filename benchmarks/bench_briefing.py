"""The morning briefing and `civicdesk stats --json` on SQLite and PostgreSQL, beside the same SQL on a
bare connection:

    python benchmarks/bench_briefing.py [--sizes 10000,100000,1000000] [--backends sqlite,postgresql]
                                        [--folder /tmp/civicdesk-bench] [--pg URL] [--repeat 5]

For each size a demo database is built once (same seed, same "now") and reused: SQLite files
`briefing-<size>.db` in --folder, PostgreSQL databases `civicdesk_bench_<size>` on the --pg server
(default: $CIVICDESK_TEST_PG_URL). A PostgreSQL database is filled by copying the SQLite file of the
same size table by table (generating a million cases twice would take an hour for the same rows);
then VACUUM ANALYZE, as autovacuum would have done on a live server.

Measured (median of --repeat warm runs, after one warm-up):
- briefing: queries.briefing.load_briefing — every tile, the period's figures, departments, trends,
  session coverage, surveys, the overdue table — for this month (the screen's default), last 12 months
  and all time; the bare figure replays the very statements it ran (recorded) on a plain
  sqlite3/psycopg connection;
- stats: queries.stats.compute_stats (all cases) and for one month, the body of `civicdesk stats --json`,
  and the whole command in a fresh process (Python start-up and imports included).

Budgets: the whole briefing <= 300 ms, stats <= 1 s on 1,000,000 cases, both back ends.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from civicdesk_gui.domain.periods import period_for  # noqa: E402
from civicdesk_gui.queries.briefing import Scope, load_briefing  # noqa: E402
from civicdesk_gui.queries.stats import compute_stats  # noqa: E402
from civicdesk_gui.store import database, opening  # noqa: E402
from civicdesk_gui.store.rules import invalidate_rules  # noqa: E402

NOW = dt.datetime(2026, 11, 20, 8, 30)  # the demo's "now": a Friday morning
BUDGET_BRIEFING_MS = 300
BUDGET_STATS_MS = 1000


# ------------------------------------------------------------------------------------------ building


def build_sqlite(path: Path, cases: int) -> None:
    from civicdesk_gui.demo.generator import generate_demo

    started = time.perf_counter()
    opening.connect(f"sqlite:///{path}")
    print(f"  building {path.name}: {generate_demo(cases=cases, seed=1, now=NOW)}", flush=True)
    # No ANALYZE: a desk never runs it, and the plans measured are the ones a desk gets.
    database.close()
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)


def _pg_admin(server: str):
    import psycopg

    return psycopg.connect(f"{server}/postgres", autocommit=True)


def build_postgres(url: str, source: Path, *, cases: int | None = None) -> None:
    """With `cases`: the demo generator's own PostgreSQL load (COPY, the same seed and time as the
    SQLite file of that size, so the same cases). Without: create the schema through the app, then
    copy every table's rows from the SQLite file."""
    import psycopg

    started = time.perf_counter()
    server, name = url.rsplit("/", 1)
    with _pg_admin(server) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    if cases is not None:
        from civicdesk_gui.demo.generator import generate_demo

        invalidate_rules()
        opening.connect(url)
        print(f"  building {name}: {generate_demo(cases=cases, seed=1, now=NOW)}", flush=True)
        database.close()
        with psycopg.connect(url, autocommit=True) as pg:
            pg.execute("VACUUM ANALYZE")
        print(f"  built {name} in {time.perf_counter() - started:.0f} s", flush=True)
        return
    invalidate_rules()
    opening.connect(url)
    database.close()
    lite = sqlite3.connect(str(source))
    tables = [
        "counter", "setting", "department", "official", "user", "channel", "category", "topic", "town", "agency",
        "deadline_rule", "session_request", "session", "session_event", "case", "case_event", "survey",
        "letter_template", "letter",
    ]  # fmt: skip
    with psycopg.connect(url) as pg:
        existing = {
            row[0] for row in pg.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
        tables = [t for t in tables if t in existing]
        pg.execute("SET session_replication_role = replica")  # no FK checks or triggers while copying
        for table in reversed(tables):
            pg.execute(f'TRUNCATE "{table}" CASCADE')
        for table in tables:
            pg_types = {
                row[0]: row[1]
                for row in pg.execute(
                    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = %s",
                    (table,),
                )
            }
            columns = [row[1] for row in lite.execute(f'PRAGMA table_info("{table}")') if row[1] in pg_types]
            booleans = {i for i, c in enumerate(columns) if pg_types[c] == "boolean"}
            quoted = ", ".join(f'"{c}"' for c in columns)
            cursor = lite.execute(f'SELECT {quoted} FROM "{table}"')
            with pg.cursor().copy(f'COPY "{table}" ({quoted}) FROM STDIN') as copy:
                for row in cursor:
                    if booleans:
                        row = tuple(
                            bool(v) if i in booleans and v is not None else v for i, v in enumerate(row)
                        )
                    copy.write_row(row)
            if "id" in columns:
                pg.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), COALESCE((SELECT MAX(id) FROM \"{table}\"), 1))"
                )
        pg.commit()
    lite.close()
    # The copy ran with triggers off: count what they keep (store/tallies.py, month_figures.py) from the rows.
    from civicdesk_gui.store import month_figures, tallies

    opening.connect(url)
    with database.database_proxy.obj.atomic():
        tallies.recount_tallies(database.database_proxy.obj)
        month_figures.rebuild_month_figures(database.database_proxy.obj)
    database.close()
    with psycopg.connect(url, autocommit=True) as pg:
        pg.execute("VACUUM ANALYZE")
    print(f"  copied {source.name} into {name} in {time.perf_counter() - started:.0f} s", flush=True)


def postgres_exists(url: str) -> bool:
    server, name = url.rsplit("/", 1)
    with _pg_admin(server) as admin:
        found = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if not found:
        return False
    import psycopg

    with psycopg.connect(url) as pg:
        try:
            return pg.execute('SELECT count(*) FROM "case"').fetchone()[0] > 0
        except psycopg.Error:
            return False


# ------------------------------------------------------------------------------------------ measuring


@contextmanager
def recorded():
    """Record every statement the bound database runs (sql, params)."""
    db = database.database_proxy.obj
    statements: list[tuple[str, tuple]] = []
    original = db.execute_sql

    def execute_sql(sql, params=None, *args, **kwargs):
        statements.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = execute_sql
    try:
        yield statements
    finally:
        del db.execute_sql


def timed_cpu(fn, repeat: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of `fn` (CPU: this process — SQLite runs inside it, so on a
    shared, loaded machine the CPU time is what the work costs; PostgreSQL's work is in its server)."""
    fn()  # warm-up: caches, the deadline rules, Python imports
    walls, cpus = [], []
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def timed(fn, repeat: int) -> float:
    return timed_cpu(fn, repeat)[0]


def bare_ms(url: str, statements: list[tuple[str, tuple]], repeat: int) -> float:
    """The recorded statements replayed on a plain driver connection (fetching every row)."""
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.split("sqlite:///", 1)[1])
        conn.execute("PRAGMA cache_size=-65536")

        def run() -> None:
            for sql, params in statements:
                conn.execute(sql, params).fetchall()
    else:
        import psycopg

        conn = psycopg.connect(url, autocommit=True)

        def run() -> None:
            for sql, params in statements:
                conn.execute(sql, params).fetchall()

    try:
        return timed(run, repeat)
    finally:
        conn.close()


def cli_ms(url: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "civicdesk_gui", "stats", "--db", url, "--json"],
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=ROOT,
    )
    return (time.perf_counter() - started) * 1000


def verdict(ms: float, budget: float) -> str:
    return "ok" if ms <= budget else f"OVER {budget:.0f} ms"


def measure(label: str, url: str, repeat: int) -> list[dict]:
    invalidate_rules()
    opening.connect(url, must_exist=True)
    from civicdesk_gui.store.models import Case

    cases = Case.select().count()
    rows = []
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{label}: {cases:,} cases (load average {load} on {os.cpu_count()} CPUs)", flush=True)

    def briefing(key: str, **extra):
        return lambda: load_briefing(Scope(period_for(key, NOW.date())), NOW, sample=20, **extra)

    def stats(**period):
        return lambda: json.dumps(compute_stats(NOW, **period), ensure_ascii=False)

    runs = [
        ("briefing this_month", briefing("this_month")),
        ("  without the trends", briefing("this_month", with_trends=False)),
        ("briefing last_12_months", briefing("last_12_months")),
        ("briefing all", briefing("all")),
        ("stats all", stats()),
        ("stats one month", stats(start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31))),
    ]
    budgets = {
        "briefing this_month": BUDGET_BRIEFING_MS,
        "stats all": BUDGET_STATS_MS,
        "stats one month": BUDGET_STATS_MS,
    }
    for name, run in runs:
        wall, cpu = timed_cpu(run, repeat)
        with recorded() as statements:
            run()
        bare = bare_ms(url, statements, repeat)
        budget = verdict(wall, budgets[name]) if name in budgets else ""
        cpu_text = f"cpu {cpu:8.1f} ms" if url.startswith("sqlite") else " " * 15
        print(
            f"  {name:<24} {wall:8.1f} ms  {cpu_text}   bare SQL {bare:8.1f} ms ({len(statements)} statements)  {budget}",
            flush=True,
        )
        rows.append(
            {
                "backend": label,
                "cases": cases,
                "what": name.strip(),
                "ms": wall,
                "cpu_ms": cpu,
                "bare_ms": bare,
            }
        )
    database.close()
    command = statistics.median(cli_ms(url) for _ in range(3))
    print(
        f"  `civicdesk stats --json` as a command (fresh process, start-up included): {command:.0f} ms",
        flush=True,
    )
    rows.append({"backend": label, "cases": cases, "what": "stats command", "ms": command, "bare_ms": None})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/civicdesk-bench"))
    parser.add_argument(
        "--pg", default=os.environ.get("CIVICDESK_TEST_PG_URL", ""), help="a PostgreSQL server URL"
    )
    parser.add_argument("--pg-prefix", default="civicdesk_bench", help="PostgreSQL databases <prefix>_<size>")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    backends = args.backends.split(",")
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        path = args.folder / f"briefing-{size}.db"
        if not path.exists():
            build_sqlite(path, size)
        if "sqlite" in backends:
            results += measure(f"SQLite {sqlite3.sqlite_version}", f"sqlite:///{path}", args.repeat)
        if "postgresql" in backends:
            if not args.pg:
                print("  no PostgreSQL server (--pg or CIVICDESK_TEST_PG_URL): skipped")
                continue
            url = f"{args.pg.rsplit('/', 1)[0]}/{args.pg_prefix}_{size}"
            if not postgres_exists(url):
                build_postgres(url, path, cases=size)
            results += measure("PostgreSQL", url, args.repeat)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

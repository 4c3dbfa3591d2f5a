"""What a user waits for when reading a big office's cases, on SQLite and PostgreSQL at 10,000 /
100,000 / 1,000,000 cases, beside the bare SQL:

    python benchmarks/bench_reads.py [--sizes 10000,100000,1000000] [--backends sqlite,postgresql]
                                     [--folder /tmp/civicdesk-bench] [--pg URL] [--pg-prefix civicdesk_bench]
                                     [--repeat 5] [--write] [--label now]

The databases are bench_briefing.py's (built once, reused: SQLite `briefing-<size>.db` in --folder,
PostgreSQL `<pg-prefix>_<size>` copied from it). Figures, medians of --repeat warm runs:

- launch: `civicdesk --db URL` to the briefing's figures on screen, and the memory held 3 s later
  (bench_launch.py: a fresh process each run, offscreen, the demo coordinator signed in);
- stats command: `civicdesk stats --db URL --json` as a fresh process (start-up included);
  stats: its body, queries.stats.compute_stats, in this process;
- briefing: queries.briefing.load_briefing for this month (the screen's first read), trends apart;
- status bar, 2 letters: the Cases screen's count for a search of one 2-syllable word (도로), which
  no trigram index serves (count_cases_capped: "1,000+" past the cap); "before": the full count;
- list: a filter, a sort and searches, fetch_page (the model's background read) against its own
  SELECT on a bare connection: the overhead is the difference.

Beside each: bare SQL, the statements the figure ran (recorded) replayed on a plain sqlite3/psycopg
connection. CPU: this process's CPU time (SQLite works inside it; on a shared machine that is what
the work costs while the wall clock waits for a CPU). --write puts benchmarks/results/reads.{md,json,png}
(--label names the run: "before" figures are kept beside "now" ones when the JSON already has them).

Budgets at a million cases: launch <= 1.5 s and <= 250 MB; stats command <= 1 s; the whole briefing
<= 300 ms; the 2-letter count <= 100 ms; the list <= 16 ms above its bare SQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_briefing import NOW, bare_ms, build_postgres, build_sqlite, postgres_exists, recorded  # noqa: E402

from civicdesk_gui.domain.periods import period_for  # noqa: E402
from civicdesk_gui.queries import case_list  # noqa: E402
from civicdesk_gui.queries.briefing import Scope, load_briefing  # noqa: E402
from civicdesk_gui.queries.case_list import CaseFilter, CaseSort, count_cases, fetch_page  # noqa: E402
from civicdesk_gui.queries.stats import compute_stats  # noqa: E402
from civicdesk_gui.store import database, opening  # noqa: E402
from civicdesk_gui.store.rules import invalidate_rules  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
BUDGETS = {
    "launch": 1500.0,
    "launch memory (MB)": 250.0,
    "stats command": 1000.0,
    "briefing this month": 300.0,
    "status bar, 2 letters": 100.0,
}
SEARCH_2 = "도로"


def timed_cpu(fn, repeat: int) -> tuple[float, float]:
    fn()  # warm-up
    walls, cpus = [], []
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def bare_cpu(url: str, statements: list, repeat: int) -> tuple[float, float]:
    """The recorded statements on a plain sqlite3/psycopg connection: wall and this process's CPU."""
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.split("sqlite:///", 1)[1])
        conn.execute("PRAGMA cache_size=-65536")
    else:
        import psycopg

        conn = psycopg.connect(url, autocommit=True)
    try:
        return timed_cpu(lambda: [conn.execute(sql, params).fetchall() for sql, params in statements], repeat)
    finally:
        conn.close()


def status_bar_count(case_filter: CaseFilter):
    capped = getattr(case_list, "count_cases_capped", None)  # absent before: the full count
    return capped(case_filter, now=NOW) if capped else count_cases(case_filter, now=NOW)


def command_ms(url: str, repeat: int) -> tuple[float, float]:
    """Wall and CPU (user + system of the child) milliseconds of `civicdesk stats --json`."""
    import resource

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed desk starts from compiled bytecode
    runs, cpus = [], []
    for index in range(repeat + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "civicdesk_gui", "stats", "--db", url, "--json"],
            check=True,
            stdout=subprocess.DEVNULL,
            cwd=ROOT,
            env=env,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if index:  # the first run writes the bytecode
            runs.append((time.perf_counter() - started) * 1000)
            cpus.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
    return statistics.median(runs), statistics.median(cpus)


def measure(label: str, url: str, repeat: int, *, launch: bool) -> list[dict]:
    invalidate_rules()
    opening.connect(url, must_exist=True)
    from civicdesk_gui.store.models import Case, Department

    cases = Case.select().count()
    roads = Department.get(Department.name == "도로관리과").id
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{label}: {cases:,} cases (load average {load} on {os.cpu_count()} CPUs)", flush=True)
    rows: list[dict] = []

    def add(
        what: str, ms: float, *, cpu=None, bare=None, before=None, note: str = "", bare_cpu_ms=None
    ) -> None:
        budget = BUDGETS.get(what) if cases >= 1_000_000 else None
        mark = "" if budget is None else ("ok" if ms <= budget else f"OVER {budget:.0f}")
        parts = [f"  {what:<28} {ms:9.1f}"]
        parts.append(f"cpu {cpu:8.1f}" if cpu is not None else " " * 12)
        parts.append(f"bare {bare:8.1f}" if bare is not None else " " * 13)
        parts.append(f"before {before:8.1f}" if before is not None else "")
        print("  ".join(parts) + f"  {note} {mark}", flush=True)
        row = {"backend": label, "cases": cases, "what": what, "ms": ms, "cpu_ms": cpu, "bare_ms": bare}
        row["bare_cpu_ms"] = bare_cpu_ms
        rows.append({**row, "before_ms": before, "note": note, "load": os.getloadavg()[0]})

    def with_bare(what: str, fn, **extra) -> None:
        wall, cpu = timed_cpu(fn, repeat)
        with recorded() as statements:
            fn()
        add(what, wall, cpu=cpu, bare=bare_ms(url, statements, repeat), **extra)

    with_bare("stats", lambda: json.dumps(compute_stats(NOW), ensure_ascii=False))
    month = Scope(period_for("this_month", NOW.date()))
    with_bare("briefing this month", lambda: load_briefing(month, NOW, sample=20, with_trends=False))
    from civicdesk_gui.queries.briefing import trends

    with_bare("  its trends (drawn after)", lambda: trends("month", NOW))
    search = CaseFilter(search=SEARCH_2)
    found = status_bar_count(search)
    shown = f"{found:,}" if isinstance(found, int) else f"{found.value:,}{'' if found.exact else '+'}"
    full = timed_cpu(lambda: count_cases(search, now=NOW), max(1, repeat // 2))[0]
    with_bare("status bar, 2 letters", lambda: status_bar_count(search), before=full, note=f"shows {shown}")
    pages = [
        ("list: department filter", CaseFilter(department_id=roads), CaseSort()),
        ("list: overdue view", CaseFilter(view="overdue"), CaseSort()),
        ("list: sort by deadline", CaseFilter(), CaseSort("deadline", False)),
        ("list: search 3+ letters", CaseFilter(search="가로등"), CaseSort()),
        ("list: search 2 letters", search, CaseSort()),
    ]
    for what, case_filter, sort in pages:
        wall, cpu = timed_cpu(lambda f=case_filter, s=sort: fetch_page(f, s, now=NOW), repeat)
        with recorded() as statements:
            fetch_page(case_filter, sort, now=NOW)
        bare, bare_cpu_ms = bare_cpu(url, statements, repeat)
        # The overhead in CPU time (load-independent): what the list adds to the driver's own work.
        note = f"+{cpu - bare_cpu_ms:.1f} ms CPU over bare (cpu {bare_cpu_ms:.1f})"
        add(what, wall, cpu=cpu, bare=bare, note=note, bare_cpu_ms=bare_cpu_ms)
    database.close()
    wall, cpu = command_ms(url, max(3, repeat // 2))
    add("stats command", wall, cpu=cpu, note="fresh process")
    if launch:
        import tempfile

        from bench_launch import one_run

        with tempfile.TemporaryDirectory(prefix="civicdesk-launch-") as home:
            one_run(url, Path(home))  # warm-up: bytecode, the OS cache
            runs = [one_run(url, Path(home)) for _ in range(max(3, repeat // 2))]
        first = statistics.median(r["first"]["wall"] for r in runs)
        cpu = statistics.median(r["first"]["cpu"] * 1000 for r in runs)
        add("launch", first, cpu=cpu, note="start -> briefing figures on screen")
        add(
            "launch memory (MB)",
            statistics.median(r["settled"]["rss"] for r in runs),
            note="VmRSS, 3 s after",
        )
    return rows


def write_results(results: list[dict], label: str) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    store = RESULTS / "reads.json"
    runs = json.loads(store.read_text(encoding="utf-8")) if store.exists() else {}
    # A run replaces its own figures and keeps the others (sizes, back ends, launch may run apart).
    done = {(r["backend"], r["cases"], r["what"]) for r in results}
    kept = [r for r in runs.get(label, []) if (r["backend"], r["cases"], r["what"]) not in done]
    runs[label] = sorted(kept + results, key=lambda r: (r["cases"], r["backend"]))
    store.write_text(json.dumps(runs, indent=1, ensure_ascii=False), encoding="utf-8")
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    before = {(r["backend"], r["cases"], r["what"]): r for r in runs.get("before", [])}
    lines = [
        "# Reading a big office: launch, stats, briefing, the status bar, the list",
        "",
        f"`python benchmarks/bench_reads.py --write` on {dt.date.today().isoformat()} ({machine}), a machine",
        "busy with other test runs and builds: *load* is the 1-minute load average as the",
        "figure was taken (above 2, work waits for a CPU, and the wall-clock figures grow with it; *cpu* is",
        "this process's CPU time, which does not). Milliseconds, medians of warm runs. *bare*: the same",
        "statements on a plain sqlite3/psycopg connection; *before*: the figure before this work (the",
        "`before` run of the same script on the code as it was: for the status bar, its full LIKE count).",
        "",
        "| back end | cases | what | now | cpu | bare SQL | before | cpu before | budget | load | |",
        "|---|---:|---|---:|---:|---:|---:|---:|---|---:|---|",
    ]
    for row in runs.get(label, []):
        budget = BUDGETS.get(row["what"]) if row["cases"] >= 1_000_000 else None
        verdict = "" if budget is None else f"≤ {budget:.0f} {'✓' if row['ms'] <= budget else '✗'}"
        old_row = before.get((row["backend"], row["cases"], row["what"]), {})
        old, old_cpu = old_row.get("ms"), old_row.get("cpu_ms")
        if old is None:
            old = row.get("before_ms")  # no `before` run: the status bar's full count

        def cell(value) -> str:
            return f"{value:.1f}" if value is not None else "–"

        lines.append(
            f"| {row['backend']} | {row['cases']:,} | {row['what'].strip()} | {cell(row['ms'])} | "
            f"{cell(row['cpu_ms'])} | {cell(row['bare_ms'])} | {cell(old)} | {cell(old_cpu)} | {verdict} | "
            f"{row['load']:.1f} | "
            f"{row['note']} |"
        )
    lines += ["", "![Each figure against the number of cases, before and now](reads.png)", ""]
    (RESULTS / "reads.md").write_text("\n".join(lines), encoding="utf-8")
    chart(runs, RESULTS / "reads.png", label)


def chart(runs: dict, path: Path, label: str) -> None:
    """Log-log lines of milliseconds against cases, one panel per back end; before dashed grey."""
    import math

    from PIL import Image, ImageDraw, ImageFont

    shown = ["launch", "stats command", "briefing this month", "status bar, 2 letters"]

    def figure(row: dict) -> float:
        # SQLite works inside the measuring process: its CPU time is the figure the load leaves alone.
        # PostgreSQL works in its server: the wall clock.
        if row["backend"].startswith("SQLite") and row.get("cpu_ms") is not None:
            return row["cpu_ms"]
        return row["ms"]

    colours = ["#1f77b4", "#8c564b", "#9467bd", "#d62728"]
    results = runs.get(label, [])
    backends = sorted({r["backend"] for r in results})
    width, height, pad = 520, 380, 60
    image = Image.new("RGB", (width * max(1, len(backends)), height + 44), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    low, high = 1.0, 30000.0
    sizes = sorted({r["cases"] for r in results}) or [1]
    lo_n, hi_n = math.log10(min(sizes)) - 0.1, math.log10(max(sizes)) + 0.1

    def xy(panel: int, cases: int, ms: float) -> tuple[float, float]:
        across = (math.log10(cases) - lo_n) / ((hi_n - lo_n) or 1)
        up = (math.log10(max(ms, low)) - math.log10(low)) / (math.log10(high) - math.log10(low))
        return panel * width + pad + across * (width - 2 * pad), height - pad - up * (height - 2 * pad)

    for panel, backend in enumerate(backends):
        left = panel * width
        kind = "CPU ms of the process" if backend.startswith("SQLite") else "ms (wall)"
        draw.text((left + pad, 15), f"{backend}: {kind} (log) against cases (log)", fill="black", font=font)
        draw.rectangle((left + pad, pad, left + width - pad, height - pad), outline="#888")
        for ms in (1, 10, 100, 1000, 10000):
            _, y = xy(panel, sizes[0], ms)
            draw.line((left + pad, y, left + width - pad, y), fill="#ddd")
            draw.text((left + 8, y - 6), f"{ms} ms", fill="black", font=font)
        for size in sizes:
            x, _ = xy(panel, size, 1)
            draw.text((x - 14, height - pad + 6), f"{size:,}", fill="black", font=font)
        for what, colour in zip(shown, colours, strict=True):
            for run, faint in ((runs.get("before", []), True), (results, False)):
                if faint and run is results:
                    continue
                points = [
                    xy(panel, r["cases"], figure(r))
                    for r in sorted(run, key=lambda r: r["cases"])
                    if r["backend"] == backend and r["what"] == what
                ]
                tone = "#c8c8c8" if faint else colour
                if len(points) > 1:
                    draw.line(points, fill=tone, width=1 if faint else 2)
                for x, y in points:
                    draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=tone)
    for i, (what, colour) in enumerate(zip(shown, colours, strict=True)):
        x = 10 + i * 190
        draw.rectangle((x, height + 12, x + 12, height + 24), fill=colour)
        draw.text((x + 18, height + 12), what, fill="black", font=font)
    draw.text((10, height + 30), "grey: the same figure before", fill="black", font=font)
    image.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/civicdesk-bench"))
    parser.add_argument("--pg", default=os.environ.get("CIVICDESK_TEST_PG_URL", ""))
    parser.add_argument("--pg-prefix", default="civicdesk_bench")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-launch", action="store_true", help="leave out the desk's start-up")
    parser.add_argument("--write", action="store_true", help="write benchmarks/results/reads.{md,json,png}")
    parser.add_argument("--label", default="now", help='this run\'s name in reads.json ("before", "now")')
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    backends = args.backends.split(",")
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        path = args.folder / f"briefing-{size}.db"
        if not path.exists():
            build_sqlite(path, size)
        if "sqlite" in backends:
            url = f"sqlite:///{path}"
            results += measure(
                f"SQLite {sqlite3.sqlite_version}", url, args.repeat, launch=not args.no_launch
            )
        if "postgresql" in backends and args.pg:
            url = f"{args.pg.rsplit('/', 1)[0]}/{args.pg_prefix}_{size}"
            if not postgres_exists(url):
                build_postgres(url, path, cases=size)
            results += measure("PostgreSQL", url, args.repeat, launch=not args.no_launch)
    if args.write:
        write_results(results, args.label)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

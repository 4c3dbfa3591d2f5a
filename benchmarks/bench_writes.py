"""The writes at full speed, before and after, on SQLite and PostgreSQL: the gateway import (rows/s),
letters issued (letters/s) and the demo generator (seconds), each run --repeat times, medians kept:

    python benchmarks/bench_writes.py [--before DIR] [--pg URL] [--repeat 3]
        [--import-rows 10000,100000] [--letters 300] [--demo-cases 100000,1000000] [--write]

Each figure comes from the plain benchmark script run in its own process (benchmarks/import_sms.py,
bench_letters.py, bench_demo.py), from this tree ("after") and, with --before, from a checkout of the
code before (`git archive <commit> | tar -x -C DIR`), with the same interpreter. --write puts the table
and a chart into benchmarks/results/writes.{md,png,json}. The machine's load average is recorded
beside every run: the figures of a shared machine carry its noise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
BUDGETS = {"import": (5000.0, 3000.0), "letters": (200.0, 200.0), "demo": (180.0, None)}  # SQLite, PG

PATTERNS = {
    "import": re.compile(r"first import: (\d+) rows in ([\d.]+) s"),
    "letters": re.compile(r"issue .*?: (\d+) letters in ([\d.]+) s"),
    "demo": re.compile(r"demo: ([\d,]+) cases in ([\d.]+) s"),
}


def _fresh_pg(base: str, name: str) -> str:
    """An empty database on the server of `base` (dropped and made again)."""
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    return f"{base.rsplit('/', 1)[0]}/{name}"


def run_one(tree: Path, kind: str, size: int, pg: str | None) -> dict:
    script = {"import": "import_sms.py", "letters": "bench_letters.py", "demo": "bench_demo.py"}[kind]
    args = [sys.executable, str(tree / "benchmarks" / script)]
    args += {
        "import": ["--rows", str(size)],
        "letters": ["--letters", str(size)],
        "demo": ["--cases", str(size)],
    }[kind]
    if pg:
        args += ["--db", _fresh_pg(pg, f"civicdesk_bench_writes_{kind}")]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(args, capture_output=True, text=True, cwd=tree, check=False)
    wall = time.perf_counter() - started
    now_used = resource.getrusage(resource.RUSAGE_CHILDREN)
    # The CPU the benchmark's process used, set-up included: on a loaded machine the wall clock
    # mostly measures the queue for a CPU; this is what the work costs (PostgreSQL's own is apart).
    cpu = (now_used.ru_utime - used.ru_utime) + (now_used.ru_stime - used.ru_stime)
    match = PATTERNS[kind].search(done.stdout)
    if match is None:
        raise SystemExit(f"{script} in {tree} gave no figure:\n{done.stdout}\n{done.stderr[-2000:]}")
    count, seconds = int(match.group(1).replace(",", "")), float(match.group(2))
    return {
        "count": count,
        "seconds": seconds,
        "rate": count / seconds,
        "load": load,
        "wall": wall,
        "cpu": cpu,
    }


def measure(
    trees: dict[str, Path],
    kinds: list[tuple[str, int]],
    pg: str | None,
    repeat: int,
    log: Path | None = None,
    backends: tuple[str, ...] = ("SQLite", "PostgreSQL"),
) -> list[dict]:
    rows = []
    for kind, size in kinds:
        for backend in backends if pg else ["SQLite"]:
            if kind == "demo" and backend == "PostgreSQL" and size > 100_000:
                continue  # a million cases on PostgreSQL: too long for a shared machine's evening
            for label, tree in trees.items():
                if label == "before" and size > 10_000 and kind == "import":
                    continue  # the row-at-a-time import at 100k: minutes per run, the 10k rate says it
                if label == "before" and kind == "demo" and size > 100_000:
                    continue
                runs = []
                for _ in range(repeat):
                    runs.append(run_one(tree, kind, size, pg if backend == "PostgreSQL" else None))
                    print(f"  run: {kind} {size} {backend} {label}: {json.dumps(runs[-1])}", flush=True)
                    if log is not None:
                        entry = {"what": kind, "size": size, "backend": backend, "code": label, **runs[-1]}
                        with log.open("a", encoding="utf-8") as out:
                            out.write(json.dumps(entry) + "\n")
                row = {
                    "what": kind,
                    "size": size,
                    "backend": backend,
                    "code": label,
                    "rate": statistics.median(r["rate"] for r in runs),
                    "seconds": statistics.median(r["seconds"] for r in runs),
                    "runs": runs,
                    "load": statistics.median(r["load"] for r in runs),
                }
                print(
                    f"{kind:8} {size:>9,} {backend:10} {label:6}: median {row['rate']:8.1f}/s, "
                    f"{row['seconds']:7.1f} s ({len(runs)} runs, load {row['load']:.1f})",
                    flush=True,
                )
                rows.append(row)
    return rows


def rows_from_log(path: Path) -> list[dict]:
    """The medians of the runs a --log file holds, one row per (what, size, back end, code)."""
    groups: dict[tuple, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            run = json.loads(line)
            groups.setdefault((run["what"], run["size"], run["backend"], run["code"]), []).append(run)
    order = {"import": 0, "letters": 1, "demo": 2}
    rows = []
    for (what, size, backend, code), runs in sorted(
        groups.items(), key=lambda g: (order[g[0][0]], g[0][1], g[0][2], g[0][3] != "before")
    ):
        rows.append(
            {
                "what": what,
                "size": size,
                "backend": backend,
                "code": code,
                "rate": statistics.median(r["rate"] for r in runs),
                "seconds": statistics.median(r["seconds"] for r in runs),
                "runs": runs,
                "load": statistics.median(r["load"] for r in runs),
            }
        )
    return rows


def write_results(rows: list[dict], before: str) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    lines = [
        "# The writes: gateway import, letters, demo data — before and after",
        "",
        f"`python benchmarks/bench_writes.py --write` on {dt.date.today().isoformat()} ({machine}), {before}.",
        "Median of the runs; *load*: the 1-minute load average as the runs began (2 CPUs: above 2, work waits",
        "its turn — other test suites ran throughout, so every figure here is below what an idle desk gets).",
        "",
        "*CPU s*: the CPU time of the benchmark's process and its workers (set-up included — making the file,",
        "the cases due a letter; PostgreSQL's server apart): what the work costs whatever the queue; *per CPU-s*:",
        "count ÷ that time, what one idle core would give at least (set-up is in it).",
        "",
        "| what | size | back end | code | median rate | median seconds | CPU s | per CPU-s | runs | load | budget |",
        "|---|---:|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    unit = {"import": "rows/s", "letters": "letters/s", "demo": "cases/s"}
    for row in rows:
        budget = BUDGETS[row["what"]][0 if row["backend"] == "SQLite" else 1]
        if budget is None:
            verdict = ""
        elif row["what"] == "demo":
            verdict = f"≤ {budget:.0f} s" if row["size"] == 1_000_000 else ""
        else:
            verdict = f"≥ {budget:,.0f}"
        cpus = [r["cpu"] for r in row["runs"] if r.get("cpu")]
        cpu = statistics.median(cpus) if cpus else None
        cpu_text = f"{cpu:.1f} | {row['size'] / cpu:,.0f}" if cpu else "– | –"
        lines.append(
            f"| {row['what']} | {row['size']:,} | {row['backend']} | {row['code']} | "
            f"{row['rate']:,.1f} {unit[row['what']]} | {row['seconds']:.1f} | {cpu_text} | {len(row['runs'])} | "
            f"{row['load']:.1f} | {verdict} |"
        )
    lines += ["", "![Before and after](writes.png)", ""]
    notes = RESULTS / "writes-notes.md"  # what the table cannot say: figures taken by hand, by whom, why
    if notes.exists():
        lines += [notes.read_text(encoding="utf-8")]
    (RESULTS / "writes.md").write_text("\n".join(lines), encoding="utf-8")
    (RESULTS / "writes.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    chart(rows, RESULTS / "writes.png")


def chart(rows: list[dict], path: Path) -> None:
    """Bars of the median rate, before (grey) and after (blue), one group per measurement (Pillow)."""
    from PIL import Image, ImageDraw, ImageFont

    groups: dict[tuple, dict[str, float]] = {}
    for row in rows:
        groups.setdefault((row["what"], row["size"], row["backend"]), {})[row["code"]] = row["rate"]
    width, height, pad, bar = 140 * max(1, len(groups)) + 80, 360, 50, 36
    image = Image.new("RGB", (width, height + 60), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    draw.text(
        (pad, 10),
        "median rate, after / before (per measurement: rows/s, letters/s, cases/s)",
        fill="black",
        font=font,
    )
    for i, ((what, size, backend), rates) in enumerate(groups.items()):
        top = max(rates.values())
        x = pad + i * 140
        for j, code in enumerate(["before", "after"]):
            if code not in rates:
                continue
            h = (height - 2 * pad) * rates[code] / top
            colour = "#999" if code == "before" else "#1f77b4"
            draw.rectangle(
                (x + j * (bar + 6), height - pad - h, x + j * (bar + 6) + bar, height - pad), fill=colour
            )
            draw.text(
                (x + j * (bar + 6), height - pad - h - 14), f"{rates[code]:,.0f}", fill="black", font=font
            )
        draw.text((x, height - pad + 6), f"{what} {size:,}", fill="black", font=font)
        draw.text((x, height - pad + 20), backend, fill="black", font=font)
    draw.rectangle((pad, height + 30, pad + 12, height + 42), fill="#999")
    draw.text((pad + 18, height + 30), "before", fill="black", font=font)
    draw.rectangle((pad + 90, height + 30, pad + 102, height + 42), fill="#1f77b4")
    draw.text((pad + 108, height + 30), "after", fill="black", font=font)
    image.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="a checkout of the code before, to run beside this one")
    parser.add_argument("--before-label", default="before: the code of the previous merge")
    parser.add_argument("--pg", default=os.environ.get("CIVICDESK_TEST_PG_URL", ""))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--import-rows", default="10000,100000")
    parser.add_argument("--letters", default="300")
    parser.add_argument("--demo-cases", default="100000")
    parser.add_argument("--only", default="import,letters,demo")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--log", type=Path, help="append every run to this JSON-lines file as it ends")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--from-log", type=Path, help="no runs: the table and chart from a --log file")
    parser.add_argument("--append", action="store_true", help="add to benchmarks/results/writes.json")
    args = parser.parse_args()
    trees = {"after": ROOT}
    if args.before:
        trees = {"before": args.before, "after": ROOT}
    wanted = args.only.split(",")
    kinds = []
    for kind, sizes in (("import", args.import_rows), ("letters", args.letters), ("demo", args.demo_cases)):
        if kind in wanted:
            kinds += [(kind, int(s)) for s in sizes.split(",") if s]
    if args.from_log:
        write_results(rows_from_log(args.from_log), args.before_label)
        return 0
    names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    backends = tuple(names[b] for b in args.backends.split(","))
    rows = measure(trees, kinds, args.pg or None, args.repeat, args.log, backends)
    if args.append and (RESULTS / "writes.json").exists():
        rows = json.loads((RESULTS / "writes.json").read_text(encoding="utf-8")) + rows
    if args.write:
        write_results(rows, args.before_label)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

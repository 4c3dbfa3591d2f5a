"""Every count a user sees at once — the saved views' badges, the status bar, the briefing's tiles —
and the whole briefing and `stats --json`, on SQLite and PostgreSQL at 10,000 / 100,000 / 1,000,000
cases, beside the bare SQL:

    python benchmarks/bench_counts.py [--sizes 10000,100000,1000000] [--backends sqlite,postgresql]
                                      [--folder .bench] [--pg URL] [--repeat 5] [--write]

The databases are those of bench_briefing.py (built once, reused; the PostgreSQL ones are copied from
the SQLite file of the same size, then their tallies counted, since the copy runs with triggers off).

For each count three figures (median of --repeat warm runs):
- now: what the screen calls (queries/case_list.saved_view_counts, count_cases, queries/briefing.tiles):
  a tally kept by triggers (store/tallies.py) or one range of an index;
- COUNT: the same figure counted over the list's conditions, as the screens did before the tallies
  (the list's own count_query / the tiles' conditions): the "before" column;
- bare SQL: the statements `now` ran, replayed on a plain sqlite3/psycopg connection.

--write puts the table (markdown) and a chart (PNG) of how each cost grows with the number of cases
into benchmarks/results/. Budgets (issue: a million cases): every count <= 100 ms, the whole briefing
<= 300 ms, stats <= 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_briefing import (  # noqa: E402
    NOW,
    bare_ms,
    build_postgres,
    build_sqlite,
    postgres_exists,
    recorded,
    timed,
)

from civicdesk_gui.domain.actor import Actor  # noqa: E402
from civicdesk_gui.domain.periods import period_for  # noqa: E402
from civicdesk_gui.queries import figures  # noqa: E402
from civicdesk_gui.queries.briefing import Scope, load_briefing, tiles  # noqa: E402
from civicdesk_gui.queries.case_list import (  # noqa: E402
    SAVED_VIEWS,
    CaseFilter,
    count_cases,
    count_cases_capped,
    count_query,
    saved_view_counts,
)
from civicdesk_gui.queries.stats import compute_stats  # noqa: E402
from civicdesk_gui.store import database, opening  # noqa: E402
from civicdesk_gui.store.models import Case, User  # noqa: E402
from civicdesk_gui.store.rules import invalidate_rules  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
BUDGETS = {"count": 100.0, "briefing this_month": 300.0, "stats all": 1000.0}


def budget_of(what: str) -> float | None:
    if what in BUDGETS:
        return BUDGETS[what]
    return BUDGETS["count"] if what.startswith(("view ", "status bar", "tiles", "sidebar")) else None


def old_sidebar(actor: Actor) -> dict[str, int]:
    """The sidebar's counts as they were counted before the tallies: one COUNT per view."""
    return {v: count_query(CaseFilter(view=v, actor_id=actor.id), now=NOW).scalar() for v in SAVED_VIEWS}


def old_tiles() -> dict[str, int]:
    return {
        name: sum(Case.select().where(part).count() for part in figures.tile_parts(name, NOW))
        for name in figures.TILES
    }


def measure(label: str, url: str, repeat: int) -> list[dict]:
    invalidate_rules()
    opening.connect(url, must_exist=True)
    cases = Case.select().count()
    user = User.select().order_by(User.id).first()
    actor = Actor(id=user.id, login=user.login, display_name=user.display_name, role=user.role)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{label}: {cases:,} cases (load average {load} on {os.cpu_count()} CPUs)", flush=True)
    runs: list[tuple[str, object, object]] = [
        ("sidebar (all 8 views)", lambda: saved_view_counts(actor, now=NOW), lambda: old_sidebar(actor)),
    ]
    for view in SAVED_VIEWS:
        case_filter = CaseFilter(view=view, actor_id=actor.id)
        runs.append(
            (
                f"view {view}",
                lambda f=case_filter: count_cases(f, now=NOW),
                lambda f=case_filter: count_query(f, now=NOW).scalar(),
            )
        )
    search = CaseFilter(search="도로")
    runs += [
        # The status bar counts a 2-letter search up to a cap ("1,000+"); COUNT: the full count.
        (
            "status bar, 2-syllable search",
            lambda: count_cases_capped(search, now=NOW),
            lambda: count_cases(search, now=NOW),
        ),
        ("tiles", lambda: tiles(NOW), old_tiles),
        (
            "briefing this_month",
            lambda: load_briefing(Scope(period_for("this_month", NOW.date())), NOW, sample=20),
            None,
        ),
        ("stats all", lambda: json.dumps(compute_stats(NOW), ensure_ascii=False), None),
    ]
    rows = []
    for what, now_fn, old_fn in runs:
        ms = timed(now_fn, repeat)
        old = timed(old_fn, max(1, repeat // 2)) if old_fn is not None else None
        with recorded() as statements:
            now_fn()
        bare = bare_ms(url, statements, repeat)
        budget = budget_of(what)
        mark = "" if budget is None else ("ok" if ms <= budget else f"OVER {budget:.0f}")
        old_text = f"{old:9.1f}" if old is not None else "        -"
        print(
            f"  {what:<32} now {ms:8.1f} ms   COUNT {old_text} ms   bare SQL {bare:8.1f} ms  {mark}",
            flush=True,
        )
        rows.append(
            {
                "backend": label,
                "cases": cases,
                "what": what,
                "ms": ms,
                "count_ms": old,
                "bare_ms": bare,
                "load": os.getloadavg()[0],
            }
        )
    database.close()
    return rows


def write_results(results: list[dict]) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    lines = [
        "# Counts, briefing and stats at 10k / 100k / 1M cases",
        "",
        f"`python benchmarks/bench_counts.py --write` on {dt.date.today().isoformat()} ({machine}; a machine",
        "shared with other work, so figures carry noise). Milliseconds, median of warm runs. *now*: what the",
        "screens run (tallies kept by triggers, index ranges); *COUNT*: the same figure counted over the list's",
        "conditions, as before the tallies; *bare SQL*: the statements *now* ran, on a plain connection;",
        "*load*: the machine's 1-minute load average as the figure was taken (2 CPUs: above 2, work waits).",
        "",
        "| back end | cases | what | now | COUNT (before) | bare SQL | budget | load |",
        "|---|---:|---|---:|---:|---:|---|---:|",
    ]
    for row in results:
        budget = budget_of(row["what"])
        verdict = (
            "" if budget is None else (f"≤ {budget:.0f} ✓" if row["ms"] <= budget else f"≤ {budget:.0f} ✗")
        )
        count = f"{row['count_ms']:.1f}" if row["count_ms"] is not None else "–"
        lines.append(
            f"| {row['backend']} | {row['cases']:,} | {row['what']} | {row['ms']:.1f} | {count} | "
            f"{row['bare_ms']:.1f} | {verdict} | {row.get('load', float('nan')):.1f} |"
        )
    lines += ["", "![How each cost grows with the number of cases](counts.png)", ""]
    (RESULTS / "counts.md").write_text("\n".join(lines), encoding="utf-8")
    (RESULTS / "counts.json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    chart(results, RESULTS / "counts.png")


def chart(results: list[dict], path: Path) -> None:
    """Log-log lines of milliseconds against cases, one panel per back end (Pillow only)."""
    import math

    from PIL import Image, ImageDraw, ImageFont

    shown = ["sidebar (all 8 views)", "tiles", "view overdue", "briefing this_month", "stats all"]
    colours = ["#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b"]
    backends = sorted({r["backend"] for r in results})
    width, height, pad = 520, 380, 60
    image = Image.new("RGB", (width * len(backends), height + 40), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    low, high = 0.1, 20000.0
    sizes = sorted({r["cases"] for r in results}) or [1]
    lo_n, hi_n = math.log10(min(sizes)) - 0.1, math.log10(max(sizes)) + 0.1

    def xy(panel: int, cases: int, ms: float) -> tuple[float, float]:
        across = (math.log10(cases) - lo_n) / ((hi_n - lo_n) or 1)
        up = (math.log10(max(ms, low)) - math.log10(low)) / (math.log10(high) - math.log10(low))
        return panel * width + pad + across * (width - 2 * pad), height - pad - up * (height - 2 * pad)

    for panel, backend in enumerate(backends):
        left = panel * width
        draw.text((left + pad, 15), f"{backend}: ms (log) against cases (log)", fill="black", font=font)
        draw.rectangle((left + pad, pad, left + width - pad, height - pad), outline="#888")
        for ms in (1, 10, 100, 1000, 10000):
            _, y = xy(panel, sizes[0], ms)
            draw.line((left + pad, y, left + width - pad, y), fill="#ddd")
            draw.text((left + 8, y - 6), f"{ms} ms", fill="black", font=font)
        _, y100 = xy(panel, sizes[0], 100)
        draw.line((left + pad, y100, left + width - pad, y100), fill="#f4a", width=1)
        for size in sizes:
            x, _ = xy(panel, size, 1)
            draw.text((x - 14, height - pad + 6), f"{size:,}", fill="black", font=font)
        for what, colour in zip(shown, colours, strict=True):
            for key, dash in (("ms", False), ("count_ms", True)):
                points = [
                    xy(panel, r["cases"], r[key])
                    for r in sorted(results, key=lambda r: r["cases"])
                    if r["backend"] == backend and r["what"] == what and r[key] is not None
                ]
                if len(points) > 1:
                    draw.line(points, fill=colour if not dash else "#bbb", width=2 if not dash else 1)
                for x, y in points:
                    draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=colour if not dash else "#bbb")
    for i, (what, colour) in enumerate(zip(shown, colours, strict=True)):
        x = 10 + i * 200
        draw.rectangle((x, height + 12, x + 12, height + 24), fill=colour)
        draw.text((x + 18, height + 12), what, fill="black", font=font)
    draw.text(
        (10, height + 28),
        "grey: the same figure by COUNT (before); pink line: 100 ms",
        fill="black",
        font=font,
    )
    image.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--folder", type=Path, default=ROOT / ".bench")
    parser.add_argument("--pg", default=os.environ.get("CIVICDESK_TEST_PG_URL", ""))
    parser.add_argument("--pg-prefix", default="civicdesk_bench", help="PostgreSQL databases <prefix>_<size>")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="write benchmarks/results/counts.{md,png,json}")
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
        if "postgresql" in backends and args.pg:
            url = f"{args.pg.rsplit('/', 1)[0]}/{args.pg_prefix}_{size}"
            if not postgres_exists(url):
                build_postgres(url, path, cases=size)
            results += measure("PostgreSQL", url, args.repeat)
    if args.write:
        write_results(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Case list on a 1,000,000-case database: the model against the same SQL on a bare cursor.

    python benchmarks/bench_case_list.py [/tmp/civicdesk-bench-1m.db | postgresql://…] [--cases 1000000]

A PostgreSQL URL measures that database (made beforehand, e.g. by bench_briefing.py's copy).

Builds the database with the demo generator when the file does not exist (several minutes; reuse
it by passing the same path; about 9 minutes and 3 GB for a million), then measures in one run:

- open to first page: CaseTableModel created -> first rows in the model (count arrives separately);
- a filter change, a 3+-character and a 2-character Korean search: set_query -> first rows;
- scroll to the end: the last keyset page, and a walk over every page of a filtered view.

Each model figure is set against the identical SELECT (page_query(...).sql()) on a bare sqlite3
cursor. Targets (issue 3): first page < 1 s; filter < 100 ms and within 1.5x of bare; searches
< 50 ms (3+ characters) and < 300 ms (2 characters).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from civicdesk_gui.queries.case_list import (  # noqa: E402
    CaseFilter,
    CaseSort,
    count_cases_capped,
    count_query,
    fetch_page,
    page_query,
)
from civicdesk_gui.store import database, opening  # noqa: E402
from civicdesk_gui.ui.shell.qt_runtime import pin_python_singletons  # noqa: E402

REPEAT = 5


TARGETS_MS = {"first page": 1000, "filter change": 100, "search 3+ chars": 50, "search 2 chars": 300}


def build(path: Path, cases: int) -> None:
    from civicdesk_gui.demo.generator import generate_demo

    started = time.perf_counter()
    opening.connect(f"sqlite:///{path}")
    print(generate_demo(cases=cases, seed=1))
    database.database_proxy.obj.execute_sql("ANALYZE")
    database.close()
    print(f"built {path} with {cases:,} cases in {time.perf_counter() - started:.0f} s")


def bare_ms(path: Path | str, query) -> float:
    """Median time of the query's own SQL and parameters on a plain sqlite3/psycopg connection."""
    sql, params = query.sql()
    if str(path).startswith("postgresql"):
        import psycopg

        conn = psycopg.connect(str(path), autocommit=True)
    else:
        conn = sqlite3.connect(str(path))
        conn.execute("PRAGMA cache_size=-65536")
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        conn.execute(sql, params).fetchall()
        times.append((time.perf_counter() - started) * 1000)
    conn.close()
    return statistics.median(times)


def counted_yet(model) -> bool:
    """The status bar has its number: exact, or "1,000+" for a short search word (a capped count)."""
    return model.total >= 0 or model.at_least is not None


class ModelProbe:
    """Drives a real CaseTableModel (pages fetched through run_in_background) and times it."""

    def __init__(self) -> None:
        from civicdesk_gui.ui.app import create_application

        pin_python_singletons()
        self.app = create_application()

    def wait(self, predicate, timeout: float = 120.0) -> None:
        deadline = time.perf_counter() + timeout
        while not predicate():
            self.app.processEvents()
            if time.perf_counter() > deadline:
                raise TimeoutError("the model did not answer")
            time.sleep(0.0005)

    def first_page_ms(self, case_filter: CaseFilter) -> tuple[float, float]:
        from civicdesk_gui.ui.cases.case_table_model import CaseTableModel

        started = time.perf_counter()
        model = CaseTableModel()
        model.set_query(case_filter)
        self.wait(lambda: model.rowCount() > 0 or (not model.loading and model.total == 0))
        first = (time.perf_counter() - started) * 1000
        self.wait(lambda: counted_yet(model))
        counted = (time.perf_counter() - started) * 1000
        self.model = model
        return first, counted

    def screen_ms(self, path: Path) -> float:
        import tempfile

        from PySide6.QtCore import QSettings

        from civicdesk_gui.actions.actor import ensure_user
        from civicdesk_gui.store.database import parse_url
        from civicdesk_gui.ui.cases.cases_screen import CasesScreen
        from civicdesk_gui.ui.shell.context import AppContext

        # A clean preferences folder: the screen opens on "All cases", not on someone's last view.
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
        url = str(path) if str(path).startswith("postgresql") else f"sqlite:///{path}"
        context = AppContext(actor=ensure_user("bench"), database=parse_url(url))
        started = time.perf_counter()
        screen = CasesScreen(context)
        screen.show()
        self.wait(lambda: screen.model.rowCount() > 0)
        elapsed = (time.perf_counter() - started) * 1000
        self.wait(lambda: screen.views.count("all") is not None and counted_yet(screen.model))
        screen.close()
        return elapsed

    def change_ms(self, case_filter: CaseFilter, sort: CaseSort) -> tuple[float, float]:
        model = self.model
        firsts, counts = [], []
        for _ in range(REPEAT):
            model.set_query(CaseFilter(), CaseSort())  # from the unfiltered list, as a user would
            self.wait(lambda: not model.loading and counted_yet(model))
            started = time.perf_counter()
            model.set_query(case_filter, sort)
            self.wait(lambda: not model.loading)
            firsts.append((time.perf_counter() - started) * 1000)
            self.wait(lambda: counted_yet(model))
            counts.append((time.perf_counter() - started) * 1000)
        return statistics.median(firsts), statistics.median(counts)


def report(label: str, model_ms: float, bare: float | None, count_ms: float | None = None) -> None:
    target = TARGETS_MS.get(label)
    parts = [f"{label:<26} model {model_ms:8.1f} ms"]
    if bare is not None:
        parts.append(f"bare {bare:8.1f} ms  ratio {model_ms / bare if bare else float('nan'):5.2f}x")
    if count_ms is not None:
        parts.append(f"count ready {count_ms:8.1f} ms")
    if target is not None:
        parts.append("OK" if model_ms < target else f"OVER target {target} ms")
    print("  ".join(parts))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default="/tmp/civicdesk-bench-1m.db")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--filter-department", default="도로관리과")
    parser.add_argument("--search3", nargs="+", default=["한빛마을 어린이공원", "가로등", "김민준"])
    parser.add_argument("--search2", nargs="+", default=["공원"])
    args = parser.parse_args()
    postgres = args.path.startswith("postgresql")
    if not postgres:
        args.path = Path(args.path)
        if not args.path.exists():
            build(args.path, args.cases)
    opening.connect(args.path if postgres else f"sqlite:///{args.path}", must_exist=True)
    from civicdesk_gui.store.models import Case, Department

    total = Case.select().count()
    department = Department.get(Department.name == args.filter_department).id
    engine = "PostgreSQL" if postgres else f"SQLite {sqlite3.sqlite_version}"
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{args.path}: {total:,} cases, {engine} (load average {load} on {os.cpu_count()} CPUs)")
    probe = ModelProbe()

    first, counted = probe.first_page_ms(CaseFilter())
    report("first page", first, bare_ms(args.path, page_query(CaseFilter())), counted)
    screen_ms = probe.screen_ms(args.path)
    print(f"{'cases screen open':<26} screen {screen_ms:7.1f} ms (widget built -> first rows shown)")
    changes = [
        ("filter change", "", CaseFilter(department_id=department)),
        ("filter: overdue view", "", CaseFilter(view="overdue")),
        ("sort: next deadline", "", CaseFilter(), CaseSort("deadline", False)),
    ]
    changes += [("search 3+ chars", text, CaseFilter(search=text)) for text in args.search3]
    changes += [("search 2 chars", text, CaseFilter(search=text)) for text in args.search2]
    for label, text, case_filter, *sort in changes:
        sort = sort[0] if sort else CaseSort()
        model_ms, count_ms = probe.change_ms(case_filter, sort)
        report(label, model_ms, bare_ms(args.path, page_query(case_filter, sort)), count_ms)
        bare_count = bare_ms(args.path, count_query(case_filter))
        capped = count_cases_capped(case_filter)
        status = f"{capped.value:,}" + ("" if capped.exact else "+")
        print(f"{'  ' + text:<26} bare full count {bare_count:8.1f} ms; the status bar says {status}")

    # Scroll to the end: the last page costs what the first does with keyset paging.
    view = CaseFilter(department_id=department)
    last_key = list(page_query(view, CaseSort("received", False), limit=201).tuples())[-1]
    after = (last_key[-1], last_key[0])
    started = time.perf_counter()
    for _ in range(REPEAT):
        fetch_page(view, after=after)
    deep = (time.perf_counter() - started) * 1000 / REPEAT
    report("last page (keyset)", deep, bare_ms(args.path, page_query(view, after=after)))
    offset_query = page_query(view).offset(max(0, probe_count(view) - 200))
    print(f"{'  same page by OFFSET':<26} bare {bare_ms(args.path, offset_query):8.1f} ms")
    started = time.perf_counter()
    pages, key = 0, None
    while True:
        page = fetch_page(view, after=key)
        pages += 1
        if len(page) < 200:
            break
        key = page[-1].sort_key
    walk = time.perf_counter() - started
    print(
        f"{'walk to the end':<26} {pages:,} pages of 200 in {walk:.1f} s ({walk * 1000 / pages:.1f} ms a page)"
    )
    return 0


def probe_count(case_filter: CaseFilter) -> int:
    return count_query(case_filter).scalar()


if __name__ == "__main__":
    raise SystemExit(main())

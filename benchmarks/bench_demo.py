"""Demo-data and stats timing: `python benchmarks/bench_demo.py [--cases N] [--db URL]`.

The target (issue 2): 100,000 demo cases on SQLite in under a minute. Prints the seconds for the
demo generation and for the stats query on the result. Uses a fresh SQLite file in a temporary
folder unless --db points at an empty database.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from civicdesk_gui.demo.generator import generate_demo  # noqa: E402
from civicdesk_gui.queries.stats import compute_stats  # noqa: E402
from civicdesk_gui.store import database, opening  # noqa: E402

TARGET_SECONDS = 60.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="civicdesk-bench-") as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        opening.connect(url)
        started = time.perf_counter()
        summary = generate_demo(cases=args.cases, seed=args.seed)
        demo_seconds = time.perf_counter() - started
        started = time.perf_counter()
        stats = compute_stats()
        stats_seconds = time.perf_counter() - started
        database.close()
    print(summary)
    print(f"demo: {args.cases:,} cases in {demo_seconds:.1f} s (target < {TARGET_SECONDS:.0f} s for 100,000)")
    print(f"stats: {stats['total']:,} cases counted in {stats_seconds:.2f} s")
    return 0 if args.cases != 100_000 or demo_seconds < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())

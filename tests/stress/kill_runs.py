"""50 SIGKILLs during a letter batch and 50 during a schema upgrade (not part of the test suite:
about 10 minutes). Each run kills at a random moment, checks the database, the stored letters and the
files, re-runs the command and checks that the work was completed once (tests/kill_checks.py).

    .venv/bin/python tests/stress/kill_runs.py [--runs 50] [--cases 25] [--only letters|upgrade]

Prints one line per run and the totals: runs, kills that landed mid-work, inconsistencies.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="civicdesk-kill-home-"))
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="civicdesk-kill-config-"))

from tests.kill_checks import kill_letter_batch, kill_upgrade, letter_database, old_database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--cases", type=int, default=25, help="letters due in each batch")
    parser.add_argument("--only", choices=("letters", "upgrade"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="civicdesk-kill-"))
    rng = random.Random(args.seed)
    totals: dict[str, list[int]] = {}
    kinds = [args.only] if args.only else ["letters", "upgrade"]
    for kind in kinds:
        started = time.monotonic()
        if kind == "letters":
            template = letter_database(base / "letters-template.db", args.cases)
        else:
            template = old_database(base / "upgrade-template.db", 300)
        mid_work = inconsistencies = 0
        for run in range(args.runs):
            work = base / f"{kind}-{run:03d}"
            if kind == "letters":
                result = kill_letter_batch(template, work, rng, cases=args.cases)
            else:
                result = kill_upgrade(template, work, rng)
            mid_work += result.killed_mid_work
            inconsistencies += len(result.problems)
            state = "killed mid-work" if result.killed_mid_work else "ended before the kill"
            print(
                f"{kind} run {run + 1:2d}: {state} ({result.at_kill}); {len(result.problems)} inconsistencies",
                flush=True,
            )
            for problem in result.problems:
                print(f"    {problem}", flush=True)
        totals[kind] = [args.runs, mid_work, inconsistencies]
        print(f"{kind}: {args.runs} runs in {time.monotonic() - started:.0f} s", flush=True)
    for kind, (runs, mid_work, inconsistencies) in totals.items():
        print(f"TOTAL {kind}: {runs} runs, {mid_work} killed mid-work, {inconsistencies} inconsistencies")
    return 1 if any(total[2] for total in totals.values()) else 0


if __name__ == "__main__":
    sys.exit(main())

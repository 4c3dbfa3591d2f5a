"""How fast the sessions work is on a demo-sized database (three years, ~4–5 sessions a month).

    python benchmarks/sessions_bench.py [sqlite:///tmp/bench.db | postgresql://...]

Targets: demo sessions for three years inserted in well under a second; one month of the
calendar (with conflict marks) and the coverage figures for three years in under 100 ms each,
so that they may stay on the GUI thread; the .ics export of every session in under a second.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<42} {1000 * (time.perf_counter() - start):8.1f} ms")
    return result


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from civicdesk_gui.demo.sessions import generate_sessions
    from civicdesk_gui.documents.session_ics import export_ics
    from civicdesk_gui.queries.session_figures import session_coverage
    from civicdesk_gui.queries.sessions import ics_sessions, sessions_between
    from civicdesk_gui.store.opening import connect

    url = sys.argv[1] if len(sys.argv) > 1 else f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    connect(url)
    today = dt.date.today()
    start = today - dt.timedelta(days=3 * 365)
    made = timed(
        "generate_sessions (3 years)", lambda: generate_sessions(random.Random(1), start=start, end=today)
    )
    print(f"  {len(made)} sessions")
    first = today.replace(day=1)
    timed(
        "sessions_between (one month, marks)", lambda: sessions_between(first, first + dt.timedelta(days=41))
    )
    timed("session_coverage (3 years)", lambda: session_coverage(start, today))
    data = timed("ics export (all sessions)", lambda: export_ics(ics_sessions()))
    print(f"  {len(data):,} bytes")


if __name__ == "__main__":
    main()

"""From a commit on one desk to the refresh on another: `python benchmarks/bench_live_refresh.py
[--rounds N] [--pg URL-of-an-empty-database] [--interval-ms MS]`.

Two real connections: a writer thread (its own Peewee connection: "the other desk") registers a case
through the real action and sends its notice inside the transaction, as the GUI's runner does; this
desk's LiveUpdates (its own LISTEN connection on PostgreSQL, its own read-only connection polling
`PRAGMA data_version` on SQLite) turns it into the bus's `changed` signal on the Qt event loop. The
delay is measured from the writer's return from COMMIT to the signal. SQLite's figure is bounded by the
polling interval (default 1 s: on average half of it); PostgreSQL's by the network round trip."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402

from civicdesk_gui.actions import cases  # noqa: E402
from civicdesk_gui.actions.actor import ensure_user  # noqa: E402
from civicdesk_gui.store import database, opening  # noqa: E402
from civicdesk_gui.store.database import database_proxy  # noqa: E402
from civicdesk_gui.store.notices import publish  # noqa: E402
from civicdesk_gui.ui.shell.live import OTHER_DESK, LiveUpdates  # noqa: E402
from civicdesk_gui.ui.shell.qt_runtime import pin_python_singletons  # noqa: E402
from civicdesk_gui.ui.shell.signals import bus  # noqa: E402


def measure(url: str, rounds: int, interval_ms: int) -> list[float]:
    target = opening.connect(url)
    actor = ensure_user("bench", display_name="측정")
    live = LiveUpdates(target, interval_ms=interval_ms)
    heard: list[float] = []
    bus().changed.connect(
        lambda _c, initiator: heard.append(time.time()) if initiator is OTHER_DESK else None
    )
    delays = []
    for index in range(rounds):
        committed: list[float] = []

        def other_desk(index: int = index, committed: list[float] = committed) -> None:
            with database_proxy.atomic():
                result = cases.intake_case(
                    channel="text",
                    text=f"측정 {index}",
                    received_at=dt.datetime(2026, 11, 20, 9),
                    actor=actor,
                )
                publish(result.changes, origin="other-desk")
            committed.append(time.time())
            database.close()  # this thread's connection

        heard.clear()
        writer = threading.Thread(target=other_desk)
        # Start at a random phase of the polling interval, as a colleague's commit would.
        time.sleep((index * 0.37 % 1.0) * interval_ms / 1000)
        writer.start()
        deadline = time.time() + 10
        while not (heard and committed) and time.time() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.001)
        writer.join()
        if heard and committed:
            delays.append(max(0.0, heard[0] - committed[0]))
    bus().changed.disconnect()
    live.stop()
    database.close()
    return delays


def report(name: str, delays: list[float]) -> None:
    ms = sorted(d * 1000 for d in delays)
    print(
        f"{name}: {len(ms)} commits, median {statistics.median(ms):.1f} ms, "
        f"mean {statistics.mean(ms):.1f} ms, max {ms[-1]:.1f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--pg", help="an empty PostgreSQL database URL (default: SQLite only)")
    parser.add_argument("--interval-ms", type=int, default=1000, help="the SQLite polling interval")
    args = parser.parse_args()
    pin_python_singletons()  # as the app does before Qt runs (ui/shell/qt_runtime.py)
    QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory(prefix="civicdesk-bench-") as folder:
        report(
            f"SQLite (data_version every {args.interval_ms} ms)",
            measure(f"sqlite:///{Path(folder) / 'live.db'}", args.rounds, args.interval_ms),
        )
    if args.pg:
        report("PostgreSQL (LISTEN/NOTIFY)", measure(args.pg, args.rounds, args.interval_ms))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

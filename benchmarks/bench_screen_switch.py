"""How long Ctrl+1 … Ctrl+n takes to bring a screen up, on a big database:
`python benchmarks/bench_screen_switch.py sqlite:////tmp/big.db [--rounds 5] [--write]`.

Make the database with `civicdesk demo --db sqlite:////tmp/big.db --cases 100000`. The window is a
real MainWindow (offscreen by default; run under xvfb-run with QT_QPA_PLATFORM=xcb for a real X
server). For each screen, the shortcut's action is triggered and two moments are timed:

- *shown*: the action has returned and the event loop has painted the window (what the eye sees:
  the screen's frame, its focus, the rows it already had);
- *ready*: every background job the switch started (the list's page, counts, the briefing's
  figures) has finished and its result is on screen.

The first visit to a screen is reported apart from the later ones (a screen built once loads its
data when first shown; later switches show what it holds and refresh what changed). Each screen is
switched to `--rounds` times, always coming from another screen. `--write` stores the table in
benchmarks/results/screen_switch.md with the machine it ran on."""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence  # noqa: E402

from civicdesk_gui.actions.actor import ensure_user  # noqa: E402
from civicdesk_gui.store.models import Case  # noqa: E402
from civicdesk_gui.store.opening import connect  # noqa: E402
from civicdesk_gui.ui.shell import preferences  # noqa: E402
from civicdesk_gui.ui.shell.background import tracker  # noqa: E402
from civicdesk_gui.ui.shell.context import AppContext  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "screen_switch.md"


def _settle(timeout_s: float = 120.0) -> None:
    """Run the event loop until no background job is left (and the results are applied)."""
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if tracker().count == 0:
            QCoreApplication.processEvents()
            if tracker().count == 0:
                return
        time.sleep(0.002)
    raise TimeoutError("background jobs still running")


def _switch(window, action: QAction) -> tuple[float, float]:
    start = time.perf_counter()
    action.trigger()
    window.repaint()  # paint now, as the next frame would
    QCoreApplication.processEvents()
    shown = time.perf_counter() - start
    _settle()
    ready = time.perf_counter() - start
    return shown, ready


def measure(url: str, rounds: int) -> tuple[list[tuple[str, str, float, float, float, float]], int]:
    from civicdesk_gui.ui.app import create_application
    from civicdesk_gui.ui.main_window import MainWindow

    preferences.use_file(os.path.join(tempfile.mkdtemp(prefix="civicdesk-bench-"), "CivicDesk.ini"))
    preferences.put("ui/language", "ko")
    app = create_application()
    target = connect(url)
    cases = Case.select().count()
    context = AppContext(actor=ensure_user("coordinator", display_name="김소통"), database=target)
    start = time.perf_counter()
    window = MainWindow(context)
    window.resize(1366, 768)
    window.show()
    window.repaint()
    built = time.perf_counter() - start
    _settle()
    opened = (built, time.perf_counter() - start)
    actions = []
    for key in window._keys:
        index = window._keys.index(key) + 1
        (action,) = [a for a in window.actions() if a.shortcut() == QKeySequence(f"Ctrl+{index}")]
        actions.append((key, action))
    first: dict[str, tuple[float, float]] = {}
    later: dict[str, list[tuple[float, float]]] = {key: [] for key, _a in actions}
    start_key = window.current_screen_key()
    for round_ in range(rounds + 1):
        for position, (key, action) in enumerate(actions):
            if key == window.current_screen_key():  # always arrive from another screen
                _switch(window, actions[(position + 1) % len(actions)][1])
            timing = _switch(window, action)
            if round_ == 0 and key not in first and key != start_key:
                first[key] = timing
            else:
                later[key].append(timing)
    rows = []
    for key, action in actions:
        title = action.text()
        shown_first, ready_first = first.get(key, (float("nan"), float("nan")))
        shown = statistics.median(t[0] for t in later[key])
        ready = statistics.median(t[1] for t in later[key])
        rows.append((key, title, shown_first, ready_first, shown, ready))
    window.close()
    app.processEvents()
    return rows, cases, opened


def table(rows, cases: int, url: str, rounds: int, opened: tuple[float, float]) -> str:
    ms = lambda s: "—" if s != s else f"{s * 1000:,.0f}"  # noqa: E731 (nan: the start screen)
    lines = [
        f"Screen switch (Ctrl+1 … Ctrl+{len(rows)}) on {cases:,} cases, {url.split(':', 1)[0]}, "
        f"{os.environ.get('QT_QPA_PLATFORM')} platform, 1366x768, Korean; median of {rounds} later switches.",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}.",
        "",
        f"Opening the window (every screen built, the start screen painted): {opened[0] * 1000:,.0f} ms; "
        f"every screen's first data loaded: {opened[1] * 1000:,.0f} ms.",
        "",
        "| screen | first visit: shown ms | first visit: ready ms | later: shown ms | later: ready ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for key, title, shown_first, ready_first, shown, ready in rows:
        lines.append(
            f"| {key} ({title}) | {ms(shown_first)} | {ms(ready_first)} | {ms(shown)} | {ms(ready)} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help=f"store the table in {RESULTS}")
    args = parser.parse_args()
    rows, cases, opened = measure(args.url, args.rounds)
    text = table(rows, cases, args.url, args.rounds, opened)
    print(text)
    if args.write:
        RESULTS.write_text(
            "# Screen switch\n\n`python benchmarks/bench_screen_switch.py sqlite:////tmp/big.db --write` "
            "(database: `civicdesk demo --db sqlite:////tmp/big.db --cases 100000`)\n\n" + text,
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()

"""What a coordinator waits for when the desk starts: `civicdesk --db URL` to a window showing the
briefing's figures (the default first screen), and how much memory the desk holds then:

    python benchmarks/bench_launch.py URL [URL ...] [--repeat 5] [--json FILE]

Each run is a fresh process, started the way `civicdesk --db URL` starts (cli.main's imports, then
ui.app's create_application and Desk.open), signed in as the demo coordinator without the dialog
(as `./dev demo` does: the argon2 check is included), offscreen (QT_QPA_PLATFORM=offscreen). Printed,
median of --repeat runs:

- window: from the process's start (Python's own start-up included) to the main window shown;
- first figures: to the briefing's figures on screen (BriefingScreen.show_briefing returned);
- loaded: to the trends drawn too (BriefingScreen.loaded);
- RSS at first figures and 3 s later, once the other screens' first reads are done (VmRSS);
- imports: what `python -X importtime` says the start-up imported before the window (ms, top 8).

The day's first start copies a SQLite database into backups/ in the background (File › Back up
now…'s daily copy): it is switched off here, since it would run only once a day.

Budgets (a million cases): first figures <= 1.5 s, RSS <= 250 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_FIRST_MS = 1500
BUDGET_RSS_MB = 250


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child(url: str) -> int:
    """One start of the desk, reporting its milestones as JSON lines on stdout."""
    started = time.perf_counter()

    def mark(what: str, **extra) -> None:
        print(
            json.dumps(
                {
                    "what": what,
                    "t": time.perf_counter() - started,
                    "cpu": time.process_time(),
                    "rss": rss_mb(),
                    **extra,
                }
            ),
            flush=True,
        )

    sys.path.insert(0, str(ROOT))
    import civicdesk_gui.cli  # noqa: F401  (what `civicdesk` imports before it opens the desk)
    from civicdesk_gui.ui import app as app_module

    app = app_module.create_application()
    from civicdesk_gui.ui.backups.backup_commands import BackupCommands
    from civicdesk_gui.ui.briefing.briefing_screen import BriefingScreen

    BackupCommands.start_daily_backup = lambda self: None
    original_show = BriefingScreen.show_briefing
    seen: set[str] = set()

    def show_briefing(self, b) -> None:
        original_show(self, b)
        if "first" not in seen:
            seen.add("first")
            mark("first")

    BriefingScreen.show_briefing = show_briefing
    from PySide6.QtCore import QTimer

    desk = app_module.Desk(url, demo=True)
    if not desk.open():
        return 2
    mark("window")
    desk.window.screens["briefing"].loaded.connect(
        lambda: "loaded" not in seen and (seen.add("loaded"), mark("loaded"))
    )

    def settle() -> None:
        if "first" not in seen:
            QTimer.singleShot(200, settle)
            return
        QTimer.singleShot(3000, lambda: (mark("settled"), app.quit()))

    QTimer.singleShot(0, settle)
    app.exec()
    return 0


def one_run(url: str, home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    env["XDG_DATA_HOME"] = str(home / "data")
    # An installed desk starts from compiled bytecode: let the first (warm-up) run write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    marks = {}
    for line in proc.stdout:
        if line.startswith("{"):
            found = json.loads(line)
            # From the parent's clock: the interpreter's own start-up counts too.
            found["wall"] = (time.perf_counter() - started) * 1000
            marks[found["what"]] = found
    err = proc.stderr.read()
    if proc.wait() != 0 or "first" not in marks:
        raise SystemExit(f"the desk did not start: {err[-2000:]}")
    return marks


def import_profile(top: int = 8) -> list[tuple[str, float]]:
    """The biggest cumulative imports of the start-up (python -X importtime)."""
    code = "import civicdesk_gui.cli; import civicdesk_gui.ui.app; import civicdesk_gui.ui.main_window"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    ).stderr
    roots = []
    for line in out.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = line.split(":", 1)[1].split("|")
        if not name[1:].startswith(" "):  # nested imports are indented under their importer
            roots.append((name.strip(), int(cumulative) / 1000))
    total = sum(ms for _name, ms in roots)
    return [("(all start-up imports)", total), *sorted(roots, key=lambda r: -r[1])[:top]]


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        return child(sys.argv[2])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = []
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} CPUs", flush=True)
    for name, ms in import_profile():
        print(f"  import {name:<40} {ms:8.1f} ms")
    for url in args.urls:
        with tempfile.TemporaryDirectory(prefix="civicdesk-launch-") as home:
            one_run(url, Path(home))  # warm-up: bytecode written, the database's pages in the OS cache
            runs = [one_run(url, Path(home)) for _ in range(args.repeat)]
        row = {"url": url}
        for what in ("window", "first", "loaded"):
            row[f"{what}_ms"] = statistics.median(r[what]["wall"] for r in runs if what in r)
        row["rss_first_mb"] = statistics.median(r["first"]["rss"] for r in runs)
        row["rss_settled_mb"] = statistics.median(r["settled"]["rss"] for r in runs if "settled" in r)
        results.append(row)
        verdict = "ok" if row["first_ms"] <= BUDGET_FIRST_MS else f"OVER {BUDGET_FIRST_MS} ms"
        rss = "ok" if row["rss_settled_mb"] <= BUDGET_RSS_MB else f"OVER {BUDGET_RSS_MB} MB"
        print(
            f"{url}: window {row['window_ms']:.0f} ms, first figures {row['first_ms']:.0f} ms ({verdict}), "
            f"loaded {row['loaded_ms']:.0f} ms; RSS {row['rss_first_mb']:.0f} MB, "
            f"{row['rss_settled_mb']:.0f} MB settled ({rss})",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

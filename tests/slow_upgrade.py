"""Open a database the way the app does, with one test-only upgrade step after the real ones that
takes a while (rows written one by one, with pauses), so that a SIGKILL can land inside it:
`python -m tests.slow_upgrade URL` (tests/kill_checks.py)."""

from __future__ import annotations

import sys
import time

from civicdesk_gui.store import migrations, opening, schema
from tests.kill_checks import SLOW_ROWS


def slow_step(db, migrator) -> None:
    db.execute_sql("CREATE TABLE slow_mark (id INTEGER PRIMARY KEY, note TEXT)")
    for i in range(SLOW_ROWS):
        db.execute_sql("INSERT INTO slow_mark (note) VALUES (?)", (f"row {i}",))
        time.sleep(0.005)


def main(url: str) -> int:
    migrations.STEPS = {**migrations.STEPS, schema.latest_version() + 1: slow_step}
    opening.connect(url)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

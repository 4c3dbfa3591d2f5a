"""Numbered schema upgrades.

Version 1 is the schema the current models create. Each later step `N` upgrades a database at
version N-1 to N; it is a module here named `step_NNNN_<what>.py` with `up(db, migrator)`, listed in
STEPS explicitly (no globbing, so a frozen build finds them).
"""

from __future__ import annotations

from collections.abc import Callable

import peewee

Step = Callable[[peewee.Database, object], None]

# version reached -> function that reaches it; add new steps at the end.
STEPS: dict[int, Step] = {}

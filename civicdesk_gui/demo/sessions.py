"""Demo Mobile Mayor's Office sessions (interface; filled in with the sessions work)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class DemoSession:
    session_id: int
    starts_at: dt.datetime
    town_id: int | None
    held: bool  # only held sessions have suggestions (mobile_office cases)


def generate_sessions(rng: random.Random, *, start: dt.date, end: dt.date) -> list[DemoSession]:
    """Create sessions between `start` and `end` (about 4–5 a month); return them for case linking."""
    return []

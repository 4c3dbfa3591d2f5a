"""What every screen needs to know about this run: who is at the desk and which database is open."""

from __future__ import annotations

from dataclasses import dataclass

from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.store.database import DatabaseTarget


@dataclass(frozen=True)
class AppContext:
    actor: Actor
    database: DatabaseTarget

"""Who is acting: every write names its actor, so history and (later) permissions know who it was.

A plain value with no database behind it, so queries/ and ui/ can name the person at the desk without
importing actions/; actions/actor.py finds or creates the user row it stands for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    id: int
    login: str
    display_name: str
    role: str

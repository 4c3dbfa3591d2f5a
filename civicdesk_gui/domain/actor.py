"""Who is acting: every write names its actor, so history and permissions know who it was.

A plain value with no database behind it, so queries/ and ui/ can name the person at the desk without
importing actions/. The actions do not trust its role: they read the user's current role, department
and active flag inside their transaction (actions/permission.py), so a change an administrator makes
applies at once, on every desk."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    id: int
    login: str
    display_name: str
    role: str
    department_id: int | None = None  # a department official's department: their scope

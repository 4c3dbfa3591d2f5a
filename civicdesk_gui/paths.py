"""Where CivicDesk finds its bundled resources and keeps its data.

Resources are located relative to the package (or PyInstaller's _MEIPASS), never the working directory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CivicDesk"
# The database every program on this computer opens when no --db is given: how IT points all the desks
# of an office at the team's PostgreSQL server without editing each shortcut.
DATABASE_ENV = "CIVICDESK_DB"


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def user_data_dir() -> Path:
    """Where this desk's own database and fallback backups live; created by whoever writes there
    (looking up where a backup could be must leave no folder behind)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    path = user_data_dir()
    path.mkdir(parents=True, exist_ok=True)  # the desk's own database is about to be opened there
    return f"sqlite:///{path / 'civicdesk.db'}"


def configured_database_url() -> str:
    """--db aside: the CIVICDESK_DB environment variable, else this desk's own SQLite file."""
    return os.environ.get(DATABASE_ENV, "").strip() or default_database_url()

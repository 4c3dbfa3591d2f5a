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
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{user_data_dir() / 'civicdesk.db'}"


def configured_database_url() -> str:
    """--db aside: the CIVICDESK_DB environment variable, else this desk's own SQLite file."""
    return os.environ.get(DATABASE_ENV, "").strip() or default_database_url()

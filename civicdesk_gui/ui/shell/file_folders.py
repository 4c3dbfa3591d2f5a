"""File dialogs open where the user last saved or opened that kind of file (exports, imports, letters,
calendars…), remembered per purpose on this desk; the first time, in the Documents folder — never in
whatever folder the program happened to start in."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from civicdesk_gui.ui.shell import preferences

KEY = "files/last_folders"


def _folders() -> dict[str, str]:
    try:
        value = json.loads(preferences.get(KEY) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def folder_for(purpose: str) -> Path:
    remembered = _folders().get(purpose)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def suggest(purpose: str, file_name: str) -> str:
    """The full path a save dialog proposes: the purpose's folder and `file_name`."""
    return str(folder_for(purpose) / file_name)


def remember(purpose: str, chosen: str | Path) -> None:
    """Keep the folder of a file the user chose (for a folder chosen, the folder itself)."""
    if not chosen:
        return
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    folders = _folders()
    folders[purpose] = str(folder)
    preferences.put(KEY, json.dumps(folders, ensure_ascii=False))

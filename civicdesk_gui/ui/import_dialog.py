"""Import of the text-message gateway's CSV export (interface; built with the import work)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from civicdesk_gui.ui.context import AppContext


def run_import_dialog(context: AppContext, parent: QWidget | None = None) -> None:
    """Ask for a file, import it in the background with progress and Cancel, show the report."""

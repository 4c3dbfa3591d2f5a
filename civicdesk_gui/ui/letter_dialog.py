"""The letter workflow for one case (interface; built with the letters work)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from civicdesk_gui.ui.context import AppContext


def open_letter_workflow(context: AppContext, case_id: int, parent: QWidget | None = None) -> None:
    """Draft the mayor-signed letter for the case from its template, edit, preview and issue it."""

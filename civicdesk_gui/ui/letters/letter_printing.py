"""Print a letter through the Qt print dialog (ui/widgets/pdf_printing.py), or save it as PDF.

The printer gets page images rendered from the exact issued bytes, so what is mailed is what is stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from civicdesk_gui.atomic_file import write_file
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.ui.shell import file_folders
from civicdesk_gui.ui.shell.error_dialog import show_error

# Printing is shared with the morning briefing (ui/widgets/pdf_printing.py).
from civicdesk_gui.ui.widgets.pdf_printing import print_pdf, render_to_printer

__all__ = ["print_pdf", "render_to_printer", "save_pdf"]


def save_pdf(data: bytes, suggested_name: str, parent: QWidget | None = None) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QApplication.translate("LetterPrinting", "Save letter as PDF"),
        file_folders.suggest("pdf", suggested_name),
        "PDF (*.pdf)",
    )
    if not name:
        return None
    file_folders.remember("pdf", name)
    path = Path(name)
    try:
        write_file(path, data)  # the exact stored bytes, whole or not at all
    except CivicDeskError as exc:
        show_error(parent, exc)
        return None
    return path

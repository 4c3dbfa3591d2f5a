"""Print a letter through the Qt print dialog (QPrinter + QPdfDocument rendering), or save it as PDF.

The printer gets page images rendered from the exact issued bytes, so what is mailed is what is stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from civicdesk_gui.atomic_file import write_file
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.widgets.pdf_preview import load_pdf_bytes

MAX_PRINT_DPI = 300  # enough for text and the seal; keeps a page image under ~40 MB


def print_pdf(data: bytes, parent: QWidget | None = None) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        render_to_printer(data, printer)
    finally:
        QApplication.restoreOverrideCursor()
    return True


def render_to_printer(data: bytes, printer: QPrinter) -> int:
    """Draw every page (or the chosen range) on `printer`; returns the number of pages printed."""
    document = QPdfDocument()
    buffer = load_pdf_bytes(document, data, None)
    try:
        count = document.pageCount()
        first, last = 0, count - 1
        if printer.fromPage() > 0:
            first = max(0, printer.fromPage() - 1)
            last = min(count - 1, printer.toPage() - 1)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            target: QRect = painter.viewport()
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                points = document.pagePointSize(index)
                image = document.render(
                    index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), size), image)
        finally:
            painter.end()
        return last - first + 1
    finally:
        document.close()
        buffer.close()


def save_pdf(data: bytes, suggested_name: str, parent: QWidget | None = None) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QApplication.translate("LetterPrinting", "Save letter as PDF"),
        suggested_name,
        "PDF (*.pdf)",
    )
    if not name:
        return None
    path = Path(name)
    try:
        write_file(path, data)  # the exact stored bytes, whole or not at all
    except CivicDeskError as exc:
        show_error(parent, exc)
        return None
    return path

"""Print a PDF through the Qt print dialog (QPrinter + QPdfDocument rendering): letters and the morning
briefing print the exact bytes they would save, so paper and file never differ."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

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

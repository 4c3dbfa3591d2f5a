"""A PDF shown in the app (QtPdf): the letter preview and the issued letter's exact bytes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


def load_pdf_bytes(document: QPdfDocument, data: bytes, parent) -> QBuffer:
    """Load `data` into `document`; the returned buffer must stay alive as long as the document uses it."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("background: #90a4ae;")
        self._buffer: QBuffer | None = None
        self.data: bytes = b""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_pdf(self, data: bytes) -> None:
        old = self._buffer
        self.document.close()
        self.data = data
        self._buffer = load_pdf_bytes(self.document, data, self)
        if old is not None:
            old.deleteLater()

    def clear(self) -> None:
        self.document.close()
        self.data = b""

    def page_count(self) -> int:
        return self.document.pageCount()

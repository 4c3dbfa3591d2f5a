"""An issued document shown from its exact stored bytes, to print or save: the statutory notices use
it right after issuing (the letters feature prints the same way, through ui/widgets/pdf_printing.py),
so what is mailed is what the register holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.atomic_file import write_file
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.ui.shell import file_folders, icons
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.widgets.pdf_preview import PdfPreview
from civicdesk_gui.ui.widgets.pdf_printing import print_pdf


class IssuedPdfDialog(QDialog):
    """The issued PDF with Print (Ctrl+P) and Save as PDF (Ctrl+Shift+S)."""

    def __init__(
        self, *, title: str, headline: str, pdf: bytes, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf = pdf
        self.file_name = file_name
        self.saved_path: Path | None = None
        self.headline = QLabel(headline)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold; color: #1b5e20;")
        self.preview = PdfPreview()
        self.preview.setMinimumSize(440, 420)
        self.preview.show_pdf(pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(icons.icon("print"), self.tr("Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.save_button = QPushButton(icons.icon("pdf"), self.tr("Save as PDF…"))
        self.save_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_button.setToolTip(self.tr("Save as PDF (Ctrl+Shift+S)"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: print_pdf(self.pdf, self))
        self.save_button.clicked.connect(self.ask_save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(560, 680)

    def ask_save(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), file_folders.suggest("pdf", self.file_name), "PDF (*.pdf)"
        )
        return self.save_to(Path(name)) if name else None

    def save_to(self, path: Path) -> Path | None:
        """Write the exact issued bytes, whole or not at all."""
        try:
            write_file(path, self.pdf)
        except CivicDeskError as exc:
            show_error(self, exc)
            return None
        file_folders.remember("pdf", path)
        self.saved_path = path
        return path

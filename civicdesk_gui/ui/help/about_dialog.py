"""Help > About: the version, the database in use, and the licences of what ships with it."""

from __future__ import annotations

from html import escape

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from civicdesk_gui import __version__
from civicdesk_gui.store.database import DatabaseTarget, redacted
from civicdesk_gui.ui.shell.screen_fit import fit_on_screen


class AboutDialog(QDialog):
    def __init__(self, database: DatabaseTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CivicDesk"))
        backend = self.tr("SQLite file") if database.backend == "sqlite" else self.tr("PostgreSQL (team)")
        where = database.display_name if database.path is not None else redacted(database.url)
        lines = [
            f"<h3>CivicDesk {escape(__version__)}</h3>",
            escape(self.tr("The desk of the mayor's communication office.")),
            "<br><br>",
            escape(self.tr("Database in use: {0} — {1}").format(backend, where)),
            "<br><br>",
            escape(
                self.tr(
                    "Fonts: NanumGothic and NanumMyeongjo © NAVER Corporation, under the SIL Open Font "
                    "License 1.1 (resources/fonts/OFL.txt, shipped with the program)."
                )
            ),
            "<br>",
            escape(
                self.tr("Qt {0} and PySide6 {1}, under the GNU LGPL v3.").format(
                    qVersion(), PySide6.__version__
                )
            ),
        ]
        self.text = QLabel("".join(lines))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too

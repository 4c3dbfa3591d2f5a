"""Settings > This desk: the interface language (Korean, English, or the operating system's), kept in
this computer's preferences. Every screen is built in one language, so the choice shows after a
restart, which the page announces and offers."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from civicdesk_gui.ui.shell import preferences


class DeskPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        # Each language named in itself, so someone who cannot read the current one still finds theirs.
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.language.addItem(self.tr("Follow the system"), "system")
        self._started_with = preferences.get("ui/language")
        self.language.setCurrentIndex(max(self.language.findData(self._started_with), 0))
        self.language.setMinimumWidth(self.language.fontMetrics().horizontalAdvance("Follow the system") + 60)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #e65100;")
        self.restart_button = QPushButton(self.tr("Restart CivicDesk now"))
        self.restart_button.setToolTip(
            self.tr("Close this window (unsaved text is asked about) and start again")
        )
        self.restart_button.clicked.connect(self.restart)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Interface &language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.restart_button)
        layout.addStretch(1)
        self.language.currentIndexChanged.connect(lambda _i: self._chosen())
        self._chosen()

    def _chosen(self) -> None:
        chosen = self.language.currentData()
        preferences.put("ui/language", chosen)
        pending = chosen != self._started_with
        self.notice.setText(
            self.tr("The new language is used from the next start of CivicDesk.") if pending else ""
        )
        self.notice.setVisible(pending)
        self.restart_button.setVisible(pending)

    def restart(self) -> None:
        window = self.window()
        if window is not None and not window.close():  # the user kept unsaved text
            return
        QProcess.startDetached(sys.executable, sys.argv)
        QCoreApplication.quit()

"""Settings > Personal data: how long residents' personal data is kept after a case closes (the
administrator's; `civicdesk purge` anonymises what is older, see actions/retention.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.settings_catalog import RETENTION_YEARS_RANGE
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.shell.signals import bus

KEY = "retention.years"


class RetentionPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.years = QSpinBox()
        self.years.setRange(*RETENTION_YEARS_RANGE)
        self.years.setSuffix(self.tr(" years"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        editable = permitted(self.save_button, context.actor, "settings.office")
        self.years.setEnabled(editable)
        form = QFormLayout()
        form.addRow(preferences.label(KEY), self.years)
        note = QLabel(
            self.tr(
                "Cases closed longer ago lose the resident's name, phone and address, and the numbers in "
                "their text, when the administrator runs `civicdesk purge` (try `--dry-run` first). "
                "Figures and history stay as they are."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #546e7a;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        bus().changed.connect(self._on_changed)
        self.load()

    def load(self) -> None:
        self.years.setValue(preferences.get(KEY))

    def save(self) -> bool:
        saved = ops.save_retention_years(
            parent=self, actor=self.context.actor, years=self.years.value()
        ).run()
        return saved is not None

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_settings(KEY):
            self.load()

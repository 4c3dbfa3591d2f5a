"""Settings → Briefing: the minimum sample before the department table ranks a department.

An office setting (every desk of the database ranks the same way), saved by an action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.ui.briefing import ops
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.signals import bus


class BriefingSettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.min_sample = QSpinBox()
        self.min_sample.setRange(1, ops.MAX_MIN_SAMPLE)
        self.min_sample.setSuffix(self.tr(" cases"))
        self.min_sample.setAccessibleName(preferences.label(ops.MIN_SAMPLE_KEY))
        row = QHBoxLayout()
        row.addWidget(self.min_sample)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(preferences.label(ops.MIN_SAMPLE_KEY), row)
        note = QLabel(
            self.tr(
                "The briefing's department table ranks departments by promises kept. A department that "
                "received fewer cases than this in the period is shown with its figures but not ranked: "
                "a few cases say too little to call a department the best or the worst. Shared by every "
                "desk of this database."
            )
        )
        note.setWordWrap(True)
        note.setMaximumWidth(640)
        note.setStyleSheet("color: #546e7a;")
        form.addRow("", note)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setStyleSheet("color: #2e7d32;")
        self.min_sample.valueChanged.connect(lambda _value: self.status.clear())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)
        bus().changed.connect(self._changed)
        self.load()

    def load(self) -> None:
        self.min_sample.setValue(int(preferences.get(ops.MIN_SAMPLE_KEY)))
        self.status.clear()

    def _changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches_settings(ops.MIN_SAMPLE_KEY):
            self.load()

    def save(self) -> None:
        value = self.min_sample.value()
        if ops.save_min_sample(parent=self, actor=self.context.actor, value=value).run() is not None:
            self.status.setText(
                self.tr("Saved: departments with at least {0} cases are ranked.").format(value)
            )

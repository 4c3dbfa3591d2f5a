"""Settings → Outbox: the mayor's text number (what the posters' QR codes open), the bulk-send file's
columns in order, and its CSV encoding. Office settings, saved by an action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.outbox import COLUMN_FIELDS
from civicdesk_gui.ui.outbox import ops
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.shell.signals import bus

KEYS = ("outbox.mayor_number", "outbox.columns", "outbox.csv_encoding")


class OutboxSettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.number = QLineEdit()
        self.number.setPlaceholderText("010-0000-0000")
        self.columns = QLineEdit()
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("CP949 (most Korean gateways)"), "cp949")
        self.encoding.addItem(self.tr("UTF-8 with BOM"), "utf-8-sig")
        form = QFormLayout()
        form.addRow(preferences.label("outbox.mayor_number"), self.number)
        form.addRow(preferences.label("outbox.columns"), self.columns)
        hint = QLabel(self.tr("Columns to choose from: {0}").format(", ".join(COLUMN_FIELDS)))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #546e7a;")
        form.addRow("", hint)
        form.addRow(preferences.label("outbox.csv_encoding"), self.encoding)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        permitted(self.save_button, context.actor, "settings.office")
        self.status = QLabel()
        self.status.setStyleSheet("color: #2e7d32;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)
        bus().changed.connect(self._changed)
        self.load()

    def load(self) -> None:
        self.number.setText(preferences.get("outbox.mayor_number"))
        self.columns.setText(preferences.get("outbox.columns"))
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(preferences.get("outbox.csv_encoding"))))
        self.status.clear()

    def _changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches_settings(*KEYS):
            self.load()

    def save(self) -> None:
        values = {
            "outbox.mayor_number": self.number.text(),
            "outbox.columns": self.columns.text(),
            "outbox.csv_encoding": self.encoding.currentData(),
        }
        if ops.save_outbox_settings(parent=self, actor=self.context.actor, values=values).run() is not None:
            self.load()
            self.status.setText(self.tr("Saved."))

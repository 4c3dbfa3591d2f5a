"""Settings → Backups: how many daily copies of a single-desk (SQLite) database are kept, and where.

`backups.keep_daily` is an office setting (the command line's writing commands make the daily copy
too, and read it from the database); 0 switches the automatic copies off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from civicdesk_gui.domain.settings_catalog import KEEP_DAILY_RANGE
from civicdesk_gui.store.backups import backup_folder_shown
from civicdesk_gui.ui.backups import ops
from civicdesk_gui.ui.backups.backup_commands import latest_backup_text
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.context import AppContext

KEY = "backups.keep_daily"


class BackupSettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.keep = QSpinBox()
        self.keep.setRange(*KEEP_DAILY_RANGE)
        self.keep.setSuffix(self.tr(" days"))
        self.keep.setAccessibleName(preferences.label(KEY))
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.keep)
        row.addStretch(1)
        form.addRow(preferences.label(KEY), row)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setMaximumWidth(640)
        self.where.setStyleSheet("color: #546e7a;")
        form.addRow("", self.where)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setStyleSheet("color: #2e7d32;")
        self.keep.valueChanged.connect(lambda _value: self.status.clear())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        self.keep.setValue(int(preferences.get(KEY)))
        self.where.setText(self._where_text())
        self.status.clear()

    def _where_text(self) -> str:
        database = self.context.database
        if database.backend != "sqlite" or database.path is None:
            return self.tr(
                "This is a team database on PostgreSQL: the server is backed up by its administrator "
                "(pg_dump), or with File > Back up now…. The daily copies are for single-desk databases."
            )
        folder = str(backup_folder_shown(database.path))
        latest = latest_backup_text(self.context) or self.tr("none yet")
        return self.tr(
            "At the first start of each day, CivicDesk copies the database (checked) into {0} and keeps "
            "the last copies this many days; 0 switches the daily copies off. Latest backup: {1}"
        ).format(folder, latest)

    def save(self) -> bool:
        days = self.keep.value()
        if ops.save_backup_settings(parent=self, context=self.context, keep_daily=days).run() is None:
            return False
        self.status.setText(self.tr("Saved: the last {0} daily backups are kept.").format(days))
        return True

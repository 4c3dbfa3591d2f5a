"""The backups feature's page in Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


def backups_settings_pages(context: AppContext) -> list[SettingsPage]:
    from civicdesk_gui.ui.backups.backup_settings_page import BackupSettingsPage

    return [
        SettingsPage(
            "backups", QCoreApplication.translate("SettingsScreen", "Backups"), BackupSettingsPage(context)
        )
    ]

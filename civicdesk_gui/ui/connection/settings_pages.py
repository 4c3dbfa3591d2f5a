"""The connection feature's page in Settings: which database this desk opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


def connection_settings_pages(context: AppContext) -> list[SettingsPage]:
    from civicdesk_gui.ui.connection.connection_page import ConnectionPage

    return [
        SettingsPage(
            "database", QCoreApplication.translate("SettingsScreen", "Database"), ConnectionPage(context)
        )
    ]

"""The outbox feature's page in Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


def outbox_settings_pages(context: AppContext) -> list[SettingsPage]:
    from civicdesk_gui.ui.outbox.outbox_settings_page import OutboxSettingsPage

    return [
        SettingsPage(
            "outbox", QCoreApplication.translate("SettingsScreen", "Outbox"), OutboxSettingsPage(context)
        )
    ]

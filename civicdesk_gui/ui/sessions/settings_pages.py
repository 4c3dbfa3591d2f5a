"""The sessions feature's page in Settings: travel time kept between sessions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


def sessions_settings_pages(context: AppContext) -> list[SettingsPage]:
    from civicdesk_gui.ui.sessions.session_settings_page import SessionSettingsPage

    return [
        SettingsPage(
            "sessions", QCoreApplication.translate("SettingsScreen", "Sessions"), SessionSettingsPage()
        )
    ]

"""The Settings pages the users feature contributes (handed to the Settings screen by ui/screens.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


def users_settings_pages(context: AppContext) -> list[SettingsPage]:
    from civicdesk_gui.ui.users.users_page import UsersPage

    return [SettingsPage("users", QCoreApplication.translate("SettingsPages", "Users"), UsersPage(context))]

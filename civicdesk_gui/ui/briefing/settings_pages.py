"""The briefing feature's page in Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


def briefing_settings_pages(context: AppContext) -> list[SettingsPage]:
    from civicdesk_gui.ui.briefing.briefing_settings_page import BriefingSettingsPage

    return [
        SettingsPage(
            "briefing",
            QCoreApplication.translate("SettingsScreen", "Briefing"),
            BriefingSettingsPage(context),
        )
    ]

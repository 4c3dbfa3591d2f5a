"""The cases feature's pages in Settings: Open311 service codes (what other systems' codes mean here)
and how long residents' personal data is kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


def cases_settings_pages(context: AppContext) -> list[SettingsPage]:
    from civicdesk_gui.ui.cases.retention_page import RetentionPage
    from civicdesk_gui.ui.cases.service_mapping_page import ServiceMappingPage

    return [
        SettingsPage(
            "open311", QCoreApplication.translate("SettingsScreen", "Open311"), ServiceMappingPage(context)
        ),
        SettingsPage(
            "personal_data",
            QCoreApplication.translate("SettingsScreen", "Personal data"),
            RetentionPage(context),
        ),
    ]

"""The Settings page the reference feature contributes (handed to the Settings screen by ui/screens.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


def reference_settings_pages(context: AppContext) -> list[SettingsPage]:
    from civicdesk_gui.ui.reference.reference_page import ReferencePage
    from civicdesk_gui.ui.reference.rules_page import PetitionRulesPage

    return [
        SettingsPage("names", QCoreApplication.translate("SettingsPages", "Names"), ReferencePage(context)),
        SettingsPage(
            "petition_rules",
            QCoreApplication.translate("SettingsPages", "Petition kinds and periods"),
            PetitionRulesPage(context),
        ),
    ]

"""The letters feature's pages in Settings: City (letterhead), Sign-off (결재) and Letters (templates)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


def letters_settings_pages(context: AppContext) -> list[SettingsPage]:
    from civicdesk_gui.ui.letters.city_settings_page import CitySettingsPage
    from civicdesk_gui.ui.letters.letter_template_editor import LetterTemplateEditor
    from civicdesk_gui.ui.letters.signoff_settings_page import SignoffSettingsPage

    return [
        SettingsPage("city", QCoreApplication.translate("SettingsScreen", "City"), CitySettingsPage(context)),
        SettingsPage(
            "signoff",
            QCoreApplication.translate("SettingsScreen", "Sign-off"),
            SignoffSettingsPage(context),
        ),
        SettingsPage(
            "letters", QCoreApplication.translate("SettingsScreen", "Letters"), LetterTemplateEditor(context)
        ),
    ]

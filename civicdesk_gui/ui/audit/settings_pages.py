"""The Settings page the audit feature contributes (handed to the Settings screen by ui/screens.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


def audit_settings_pages(context: AppContext) -> list[SettingsPage]:
    from civicdesk_gui.ui.audit.audit_page import AuditPage

    return [
        SettingsPage("audit", QCoreApplication.translate("SettingsPages", "Audit log"), AuditPage(context))
    ]

"""The screens of the navigation rail, in order, and the Settings pages each feature contributes.
Only this module and the main window import the feature packages: they assemble, features never
import one another."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.settings_page import SettingsPage


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    icon: str
    shortcut: str
    factory: Callable[[AppContext], QWidget]


def _briefing(context: AppContext) -> QWidget:
    from civicdesk_gui.ui.briefing.briefing_screen import BriefingScreen

    return BriefingScreen(context)


def _cases(context: AppContext) -> QWidget:
    from civicdesk_gui.ui.cases.cases_screen import CasesScreen

    return CasesScreen(context)


def _sessions(context: AppContext) -> QWidget:
    from civicdesk_gui.ui.sessions.sessions_screen import SessionsScreen

    return SessionsScreen(context)


def _letters(context: AppContext) -> QWidget:
    from civicdesk_gui.ui.letters.letters_screen import LettersScreen

    return LettersScreen(context)


def _outbox(context: AppContext) -> QWidget:
    from civicdesk_gui.ui.outbox.outbox_screen import OutboxScreen

    return OutboxScreen(context)


def _approvals(context: AppContext) -> QWidget:
    from civicdesk_gui.ui.approvals.approvals_screen import ApprovalsScreen

    return ApprovalsScreen(context)


def settings_pages(context: AppContext) -> list[SettingsPage]:
    """Every feature's Settings pages, in the order of the tabs."""
    from civicdesk_gui.ui.audit.settings_pages import audit_settings_pages
    from civicdesk_gui.ui.backups.settings_pages import backups_settings_pages
    from civicdesk_gui.ui.briefing.settings_pages import briefing_settings_pages
    from civicdesk_gui.ui.cases.settings_pages import cases_settings_pages
    from civicdesk_gui.ui.connection.settings_pages import connection_settings_pages
    from civicdesk_gui.ui.letters.settings_pages import letters_settings_pages
    from civicdesk_gui.ui.outbox.settings_pages import outbox_settings_pages
    from civicdesk_gui.ui.reference.settings_pages import reference_settings_pages
    from civicdesk_gui.ui.sessions.settings_pages import sessions_settings_pages
    from civicdesk_gui.ui.settings.desk_page import DeskPage
    from civicdesk_gui.ui.users.settings_pages import users_settings_pages

    return [
        SettingsPage("desk", QCoreApplication.translate("SettingsPages", "This desk"), DeskPage()),
        *letters_settings_pages(context),
        *outbox_settings_pages(context),
        *briefing_settings_pages(context),
        *sessions_settings_pages(context),
        *cases_settings_pages(context),
        *users_settings_pages(context),
        *audit_settings_pages(context),
        *backups_settings_pages(context),
        *reference_settings_pages(context),
        *connection_settings_pages(context),
    ]


def build_settings_screen(context: AppContext) -> QWidget:
    from civicdesk_gui.ui.settings.settings_screen import SettingsScreen

    return SettingsScreen(context, settings_pages(context))


def screen_specs() -> list[ScreenSpec]:
    # Spelled out (not aliased) so that pyside6-lupdate finds each string.
    briefing = QCoreApplication.translate("Navigation", "Briefing")
    cases = QCoreApplication.translate("Navigation", "Cases")
    sessions = QCoreApplication.translate("Navigation", "Sessions")
    letters = QCoreApplication.translate("Navigation", "Letters")
    outbox = QCoreApplication.translate("Navigation", "Outbox")
    settings = QCoreApplication.translate("Navigation", "Settings")
    approvals = QCoreApplication.translate("Navigation", "Sign-off")
    return [
        ScreenSpec("briefing", briefing, "briefing", "Ctrl+1", _briefing),
        ScreenSpec("cases", cases, "cases", "Ctrl+2", _cases),
        ScreenSpec("sessions", sessions, "sessions", "Ctrl+3", _sessions),
        ScreenSpec("letters", letters, "letters", "Ctrl+4", _letters),
        ScreenSpec("outbox", outbox, "outbox", "Ctrl+5", _outbox),
        # Sign-off beside the letters and texts it lets out; Settings last, as in every program.
        ScreenSpec("approvals", approvals, "approvals", "Ctrl+6", _approvals),
        ScreenSpec("settings", settings, "settings", "Ctrl+7", build_settings_screen),
    ]

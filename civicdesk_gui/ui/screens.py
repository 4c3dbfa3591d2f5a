"""The screens of the navigation rail, in order. The main window only assembles these."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.ui.context import AppContext


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    icon: str
    shortcut: str
    factory: Callable[[AppContext], QWidget]


def _placeholder(title: str) -> Callable[[AppContext], QWidget]:
    def build(context: AppContext) -> QWidget:
        from civicdesk_gui.ui.placeholder_screen import PlaceholderScreen

        return PlaceholderScreen(title)

    return build


def _cases(context: AppContext) -> QWidget:
    from civicdesk_gui.ui.cases_screen import CasesScreen

    return CasesScreen(context)


def _sessions(context: AppContext) -> QWidget:
    from civicdesk_gui.ui.sessions_screen import SessionsScreen

    return SessionsScreen(context)


def _letters(context: AppContext) -> QWidget:
    from civicdesk_gui.ui.letters_screen import LettersScreen

    return LettersScreen(context)


def _settings(context: AppContext) -> QWidget:
    from civicdesk_gui.ui.settings_screen import SettingsScreen

    return SettingsScreen(context)


def screen_specs() -> list[ScreenSpec]:
    # Spelled out (not aliased) so that pyside6-lupdate finds each string.
    briefing = QCoreApplication.translate("Navigation", "Briefing")
    cases = QCoreApplication.translate("Navigation", "Cases")
    sessions = QCoreApplication.translate("Navigation", "Sessions")
    letters = QCoreApplication.translate("Navigation", "Letters")
    settings = QCoreApplication.translate("Navigation", "Settings")
    return [
        ScreenSpec("briefing", briefing, "briefing", "Ctrl+1", _placeholder(briefing)),
        ScreenSpec("cases", cases, "cases", "Ctrl+2", _cases),
        ScreenSpec("sessions", sessions, "sessions", "Ctrl+3", _sessions),
        ScreenSpec("letters", letters, "letters", "Ctrl+4", _letters),
        ScreenSpec("settings", settings, "settings", "Ctrl+5", _settings),
    ]

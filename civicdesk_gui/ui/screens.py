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


def screen_specs() -> list[ScreenSpec]:
    tr = QCoreApplication.translate
    briefing = tr("Navigation", "Briefing")
    cases = tr("Navigation", "Cases")
    sessions = tr("Navigation", "Sessions")
    letters = tr("Navigation", "Letters")
    settings = tr("Navigation", "Settings")
    return [
        ScreenSpec("briefing", briefing, "briefing", "Ctrl+1", _placeholder(briefing)),
        ScreenSpec("cases", cases, "cases", "Ctrl+2", _cases),
        ScreenSpec("sessions", sessions, "sessions", "Ctrl+3", _placeholder(sessions)),
        ScreenSpec("letters", letters, "letters", "Ctrl+4", _placeholder(letters)),
        ScreenSpec("settings", settings, "settings", "Ctrl+5", _placeholder(settings)),
    ]

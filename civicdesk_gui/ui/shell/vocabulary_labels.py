"""Domain codes shown in the interface language chosen in the preferences (Korean by default)."""

from __future__ import annotations

from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.vocabulary import Term, label
from civicdesk_gui.ui.shell import preferences


def language() -> str:
    """ko or en: the chosen interface language, "system" resolved from the operating system's locale."""
    chosen = preferences.get("ui/language")
    if chosen == "system":
        from PySide6.QtCore import QLocale

        return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"
    return "en" if chosen == "en" else "ko"


def term(table: dict[str, Term], code: str | None) -> str:
    return label(table, code, language())


def state_label(state: str | None) -> str:
    return workflow.state_label(state, language()) if state else ""

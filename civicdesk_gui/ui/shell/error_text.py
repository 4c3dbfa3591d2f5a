"""An error in the desk's language: the catalog's template translated (context "Errors"), filled with
its values as the desk shows them (a state or a classification by its label, a nested phrase
translated in turn). Anything without a catalog code is shown as its own text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from civicdesk_gui import error_catalog
from civicdesk_gui.error_catalog import CONTEXT, MESSAGES, Phrase
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.ui.shell.vocabulary_labels import term


def describe(exc: BaseException) -> str:
    """What to tell the user about `exc`; str(exc) when it has no message in the catalog."""
    if isinstance(exc, CivicDeskError) and exc.code in MESSAGES:
        return say(Phrase(exc.code, exc.values)) or str(exc)
    return str(exc)


def say(phrase: Phrase) -> str:
    message = MESSAGES[phrase.code]
    text = QCoreApplication.translate(CONTEXT, message.text)
    try:
        return error_catalog.fill(text, message, phrase.values, _say)
    except (KeyError, IndexError, ValueError):
        # A translation that breaks a placeholder must not hide the error: the English still says it.
        return error_catalog.english(phrase.code, phrase.values)


def _say(kind: str | None, value: Any) -> str:
    if isinstance(value, Phrase):
        return say(value)
    table = error_catalog.vocabulary(kind)
    if table is not None:
        return term(table, value)
    word = error_catalog.WORDS.get(kind, {}).get(value)
    return QCoreApplication.translate(CONTEXT, word) if word else str(value)

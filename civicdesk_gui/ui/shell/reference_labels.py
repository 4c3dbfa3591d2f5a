"""Reference data (departments, agencies, topics, channels, categories) named in the interface's
language: the English interface shows each row's English name, the Korean one its Korean name.

Queries give Korean names (documents in Korean use them); the UI passes them through `ref_name()`. The
table is read once per database and read again when an action renames reference data."""

from __future__ import annotations

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.queries.reference_names import english_names
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.ui.shell.vocabulary_labels import language

_names: dict[str, str] | None = None
_database: object = None
_listening_to: object = None  # the change bus heard (tests start a new one)


def _table() -> dict[str, str]:
    global _names, _database, _listening_to
    from civicdesk_gui.ui.shell.signals import bus

    if _listening_to is not bus():
        _listening_to = bus()
        _listening_to.changed.connect(_changed)
        _names = None
    if _names is None or _database is not database_proxy.obj:
        _names, _database = english_names(), database_proxy.obj
    return _names


def _changed(changes: Changes, _initiator: object) -> None:
    global _names
    if changes.reference:
        _names = None


def ref_name(korean: str | None) -> str:
    """The name to show for a reference row known by its Korean name ("" stays "")."""
    if not korean or language() != "en":
        return korean or ""
    return _table().get(korean, korean)

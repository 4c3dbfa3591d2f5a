"""What an import needs to know about cases already in the database."""

from __future__ import annotations

from collections.abc import Iterable

from civicdesk_gui.store.models import Case

CHUNK = 500  # stays under every backend's limit on bound parameters


def existing_import_keys(keys: Iterable[str]) -> set[str]:
    """The subset of `keys` already used by imported cases (re-importing a file adds nothing)."""
    wanted = list(dict.fromkeys(keys))
    found: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(row.import_key for row in Case.select(Case.import_key).where(Case.import_key.in_(chunk)))
    return found

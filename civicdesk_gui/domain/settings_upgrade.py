"""Upgrades of stored settings when a key is renamed or a value changes shape (modelled on picard's
config_upgrade.py), so a desk or a database keeps what its users chose across releases.

Each scope keeps a settings version with its settings: the desk in QSettings (`settings/version`),
the office in the `setting` table (`settings.version`). A store without one is at BASE_VERSION.
Every upgrade above the stored version runs once, in order, and the version is stored after each:
desk upgrades before the first preference is read at start-up (ui/shell/preferences.py), office
upgrades when a database is opened (store/opening.connect, one transaction). A store at a newer
version than this app knows is left alone.

To rename a key, declare the new key in settings_catalog.py (and drop the old one), then add:

    @upgrade_settings(DESK, 2)
    def _calendar_view_moved(store: SettingsStore) -> None:
        \"\"\"sessions/view became calendar/view.\"\"\"
        rename(store, "sessions/view", "calendar/view")

The docstring says what changed; keep the functions here, in version order, forever.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from civicdesk_gui.domain.settings_catalog import DESK, OFFICE, SCOPES

log = logging.getLogger(__name__)

BASE_VERSION = 1  # the settings as first released, before any upgrade
VERSION_KEYS = {DESK: "settings/version", OFFICE: "settings.version"}


class SettingsStore(Protocol):
    """Where one scope's settings are kept; values as the store holds them (decoded JSON for the
    office, QSettings values for the desk)."""

    def contains(self, key: str) -> bool: ...

    def read(self, key: str) -> Any: ...

    def write(self, key: str, value: Any) -> None: ...

    def remove(self, key: str) -> None: ...


Upgrade = Callable[[SettingsStore], None]

# scope -> version reached -> the upgrade that reaches it
UPGRADES: dict[str, dict[int, Upgrade]] = {DESK: {}, OFFICE: {}}


def upgrade_settings(scope: str, version: int) -> Callable[[Upgrade], Upgrade]:
    """Register the decorated function as the upgrade of `scope`'s settings to `version`."""
    if scope not in SCOPES:
        raise ValueError(f"unknown settings scope {scope!r}")
    if version <= BASE_VERSION:
        raise ValueError(f"settings upgrades start at version {BASE_VERSION + 1}, not {version}")

    def register(function: Upgrade) -> Upgrade:
        registered = UPGRADES[scope]
        if version in registered:
            raise ValueError(f"two {scope} settings upgrades to version {version}")
        registered[version] = function
        return function

    return register


def latest_version(scope: str) -> int:
    return max(UPGRADES[scope], default=BASE_VERSION)


def stored_version(scope: str, store: SettingsStore) -> int:
    key = VERSION_KEYS[scope]
    if not store.contains(key):
        return BASE_VERSION
    try:
        return int(store.read(key))
    except (TypeError, ValueError):
        # A damaged version: assume the oldest, the upgrades only act on keys still in old form.
        return BASE_VERSION


def run_upgrades(scope: str, store: SettingsStore) -> int:
    """Run the upgrades `store` has not had yet; return its settings version afterwards."""
    version = stored_version(scope, store)
    for target in sorted(UPGRADES[scope]):
        if target <= version:
            continue
        upgrade = UPGRADES[scope][target]
        log.info("upgrading %s settings to version %d: %s", scope, target, (upgrade.__doc__ or "").strip())
        upgrade(store)
        store.write(VERSION_KEYS[scope], target)
        version = target
    return version


def rename(store: SettingsStore, old: str, new: str) -> None:
    """Carry the value of `old` over to `new` and forget `old`; a value already under `new` wins."""
    if not store.contains(old):
        return
    if not store.contains(new):
        try:
            store.write(new, store.read(old))
        except ValueError:
            log.warning("setting %s is damaged; %s keeps its default", old, new)
    store.remove(old)


@upgrade_settings(DESK, 2)
def _case_list_leads_with_the_work(store: SettingsStore) -> None:
    """The case list's first-start layout changed (number, deadline, request, status, department,
    received; the rest hidden): a layout saved before that is dropped once, so every desk gets it."""
    store.remove("cases/header")

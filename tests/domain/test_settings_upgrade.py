"""The settings upgrade mechanism (picard's config_upgrade): upgrades above the stored version run
once, in order, and the version is stored after each."""

from __future__ import annotations

import pytest

from civicdesk_gui.domain import settings_upgrade
from civicdesk_gui.domain.settings_catalog import DESK, OFFICE
from civicdesk_gui.domain.settings_upgrade import rename, run_upgrades, upgrade_settings


class DictStore:
    def __init__(self, values: dict | None = None) -> None:
        self.values = dict(values or {})

    def contains(self, key):
        return key in self.values

    def read(self, key):
        value = self.values[key]
        if value == "{damaged":
            raise ValueError("not JSON")
        return value

    def write(self, key, value):
        self.values[key] = value

    def remove(self, key):
        self.values.pop(key, None)


@pytest.fixture
def upgrades(monkeypatch):
    """No real upgrades: each test registers its own."""
    registry = {DESK: {}, OFFICE: {}}
    monkeypatch.setattr(settings_upgrade, "UPGRADES", registry)
    return registry


def test_without_upgrades_nothing_is_written(upgrades):
    store = DictStore({"cases/view": "referred"})
    assert run_upgrades(DESK, store) == settings_upgrade.BASE_VERSION == 1
    assert store.values == {"cases/view": "referred"}


def test_upgrades_run_once_in_order_and_store_the_version(upgrades):
    ran = []

    @upgrade_settings(DESK, 3)
    def _third(store):
        ran.append(3)
        rename(store, "calendar/mode", "calendar/view")

    @upgrade_settings(DESK, 2)
    def _second(store):
        """sessions/view became calendar/mode."""
        ran.append(2)
        rename(store, "sessions/view", "calendar/mode")

    store = DictStore({"sessions/view": "week"})
    assert run_upgrades(DESK, store) == 3
    assert ran == [2, 3]
    assert store.values == {"calendar/view": "week", "settings/version": 3}
    assert run_upgrades(DESK, store) == 3 and ran == [2, 3]  # not again


def test_only_upgrades_above_the_stored_version_run(upgrades):
    ran = []
    upgrade_settings(OFFICE, 2)(lambda store: ran.append(2))
    upgrade_settings(OFFICE, 3)(lambda store: ran.append(3))
    store = DictStore({"settings.version": "2"})  # as text, the way an INI file gives it back
    assert run_upgrades(OFFICE, store) == 3
    assert ran == [3] and store.values["settings.version"] == 3


def test_a_newer_store_is_left_alone(upgrades):
    upgrade_settings(DESK, 2)(lambda store: pytest.fail("must not run"))
    store = DictStore({"settings/version": 7, "x/y": 1})
    assert run_upgrades(DESK, store) == 7
    assert store.values == {"settings/version": 7, "x/y": 1}


def test_a_damaged_version_counts_as_the_first(upgrades):
    ran = []
    upgrade_settings(DESK, 2)(lambda store: ran.append(2))
    assert run_upgrades(DESK, DictStore({"settings/version": "zwei"})) == 2 and ran == [2]


def test_rename_keeps_a_value_already_under_the_new_key(upgrades):
    store = DictStore({"old/key": "old", "new/key": "new"})
    rename(store, "old/key", "new/key")
    assert store.values == {"new/key": "new"}
    rename(store, "absent/key", "other/key")
    assert store.values == {"new/key": "new"}


def test_rename_drops_a_damaged_value(upgrades):
    store = DictStore({"old.key": "{damaged"})
    rename(store, "old.key", "new.key")
    assert store.values == {}


def test_registration_is_checked(upgrades):
    with pytest.raises(ValueError, match="unknown settings scope"):
        upgrade_settings("building", 2)
    with pytest.raises(ValueError, match="start at version 2"):
        upgrade_settings(DESK, 1)
    upgrade_settings(DESK, 2)(lambda store: None)
    with pytest.raises(ValueError, match="two desk settings upgrades to version 2"):
        upgrade_settings(DESK, 2)(lambda store: None)


def test_each_real_upgrade_says_what_it_changes():
    # Logged when it runs, and the only record of why a key moved.
    for registered in settings_upgrade.UPGRADES.values():
        for function in registered.values():
            assert (function.__doc__ or "").strip(), function

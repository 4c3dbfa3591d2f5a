"""Office settings in the database: only declared keys and well-typed values go in, damaged values read
as their defaults, and renamed keys are carried over once when a database is opened."""

from __future__ import annotations

import pytest

from civicdesk_gui.domain import settings_upgrade
from civicdesk_gui.domain.settings_catalog import DESK, OFFICE
from civicdesk_gui.store import database, office_settings, opening
from civicdesk_gui.store.models import Setting as SettingRow
from civicdesk_gui.store.office_settings import all_settings, get_setting, put_setting
from civicdesk_gui.store.rules import invalidate_rules


def test_defaults_then_stored_values(any_db):
    assert get_setting("city.name") == "파주시"
    put_setting("city.name", "고양시")
    assert get_setting("city.name") == "고양시"
    assert all_settings()["city.name"] == "고양시"
    assert office_settings.city_settings().name == "고양시"


def test_only_declared_office_keys_and_declared_types(any_db):
    with pytest.raises(KeyError, match="undeclared office setting"):
        put_setting("city.nmae", "고양시")
    with pytest.raises(KeyError, match="undeclared office setting"):
        get_setting("ui/language")  # a desk preference, not in the database
    with pytest.raises(TypeError):
        put_setting("city.name", 42)
    with pytest.raises(ValueError, match="one of"):
        put_setting("letters.default_language", "fr")
    assert SettingRow.select().count() == 0


def test_damaged_or_mistyped_values_read_as_defaults(any_db):
    SettingRow.create(key="city.phone", value="{not json")
    SettingRow.create(key="letters.default_language", value='"fr"')
    SettingRow.create(key="city.name", value="7")
    assert get_setting("city.phone") == "031-940-4114"
    assert get_setting("letters.default_language") == "ko"
    values = all_settings()
    assert (values["city.phone"], values["letters.default_language"], values["city.name"]) == (
        "031-940-4114",
        "ko",
        "파주시",
    )


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_url(request):
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


def _open(url):
    invalidate_rules()
    opening.connect(url)


def test_opening_a_database_carries_a_renamed_key_over_once(any_url, monkeypatch):
    # A database from an older release, where the sender was stored as city.sender.
    _open(any_url)
    SettingRow.create(key="city.sender", value='"고양시장"')
    database.close()

    calls = []
    monkeypatch.setattr(settings_upgrade, "UPGRADES", {DESK: {}, OFFICE: {}})

    @settings_upgrade.upgrade_settings(OFFICE, 2)
    def _sender_renamed(store):
        """city.sender became city.mayor_title."""
        calls.append(2)
        settings_upgrade.rename(store, "city.sender", "city.mayor_title")

    _open(any_url)
    try:
        assert get_setting("city.mayor_title") == "고양시장"
        assert SettingRow.get_or_none(SettingRow.key == "city.sender") is None
        assert SettingRow.get(SettingRow.key == "settings.version").value == "2"
    finally:
        database.close()
    _open(any_url)
    try:
        assert office_settings.upgrade_office_settings() == 2
        assert calls == [2]  # once, not at every opening
        assert get_setting("city.mayor_title") == "고양시장"
    finally:
        database.close()


def test_a_failing_upgrade_changes_nothing(any_url, monkeypatch):
    _open(any_url)
    SettingRow.create(key="city.sender", value='"고양시장"')
    monkeypatch.setattr(settings_upgrade, "UPGRADES", {DESK: {}, OFFICE: {}})

    @settings_upgrade.upgrade_settings(OFFICE, 2)
    def _half_done(store):
        settings_upgrade.rename(store, "city.sender", "city.mayor_title")
        raise RuntimeError("power cut")

    try:
        with pytest.raises(RuntimeError, match="power cut"):
            office_settings.upgrade_office_settings()
        assert get_setting("city.mayor_title") == "파주시장"
        assert SettingRow.get(SettingRow.key == "city.sender").value == '"고양시장"'
        assert SettingRow.get_or_none(SettingRow.key == "settings.version") is None
    finally:
        database.close()


def test_a_database_without_upgrades_gets_no_version_row(any_db):
    assert office_settings.upgrade_office_settings() == 1
    assert SettingRow.select().count() == 0

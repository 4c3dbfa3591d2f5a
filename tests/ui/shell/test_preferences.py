"""Desk preferences: read as their declared types from QSettings, office settings read from the
database but never written here, and renamed desk keys carried over at start-up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings

from civicdesk_gui.domain import settings_upgrade
from civicdesk_gui.domain.settings_catalog import DESK, OFFICE, Setting
from civicdesk_gui.store.office_settings import put_setting
from civicdesk_gui.ui.shell import preferences


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def _reopened() -> QSettings:
    """The desk's settings as the next start of CivicDesk reads them: from the file."""
    QSettings("CivicDesk", "CivicDesk").sync()
    return QSettings("CivicDesk", "CivicDesk")


def test_defaults_and_stored_values_in_their_declared_types():
    assert preferences.get("sessions/travel_buffer_minutes") == 30
    assert preferences.get("window/geometry") == QByteArray()
    preferences.put("sessions/travel_buffer_minutes", 45)
    preferences.put("cases/header", QByteArray(b"\x00\xffstate"))
    _reopened()
    assert preferences.get("sessions/travel_buffer_minutes") == 45
    header = preferences.get("cases/header")
    assert isinstance(header, QByteArray) and header.data() == b"\x00\xffstate"


def test_unreadable_or_unknown_values_read_as_defaults():
    settings = QSettings("CivicDesk", "CivicDesk")
    settings.setValue("sessions/travel_buffer_minutes", "half an hour")
    settings.setValue("sessions/view", "year")
    settings.setValue("ui/language", "fr")
    settings.setValue("window/state", 12)
    assert preferences.get("sessions/travel_buffer_minutes") == 30
    assert preferences.get("sessions/view") == "month"
    assert preferences.get("ui/language") == "ko"
    assert preferences.get("window/state") == QByteArray()


def test_yes_no_values_from_an_ini_file():
    switch = Setting("ui/compact", bool, False, "Compact lists", DESK)
    assert preferences._as_declared(switch, "true") is True
    assert preferences._as_declared(switch, "false") is False
    assert preferences._as_declared(switch, True) is True
    assert preferences._as_declared(switch, "maybe") is False


def test_put_refuses_undeclared_keys_wrong_types_and_office_settings():
    with pytest.raises(KeyError, match="undeclared"):
        preferences.put("cases/colour", "red")
    with pytest.raises(TypeError):
        preferences.put("sessions/travel_buffer_minutes", "45")
    with pytest.raises(KeyError, match="office setting"):
        preferences.put("city.name", "고양시")


def test_office_settings_are_read_from_the_database(sqlite_db):
    assert preferences.get("letters.default_language") == "ko"
    put_setting("letters.default_language", "en")
    assert preferences.get("letters.default_language") == "en"


def test_labels_come_from_the_catalog():
    assert preferences.label("city.address") == "City hall address"
    assert preferences.label("sessions/travel_buffer_minutes") == "Travel time between sessions"


def test_start_up_carries_a_renamed_desk_key_over_once(monkeypatch):
    # A desk from an older release, where the calendar view was kept as calendar/mode.
    old = QSettings("CivicDesk", "CivicDesk")
    old.setValue("calendar/mode", "week")
    old.sync()

    calls = []
    monkeypatch.setattr(settings_upgrade, "UPGRADES", {DESK: {}, OFFICE: {}})

    @settings_upgrade.upgrade_settings(DESK, 2)
    def _calendar_mode_renamed(store):
        """calendar/mode became sessions/view."""
        calls.append(2)
        settings_upgrade.rename(store, "calendar/mode", "sessions/view")

    assert preferences.upgrade(_reopened()) == 2
    settings = _reopened()
    assert settings.value("sessions/view") == "week"
    assert not settings.contains("calendar/mode")
    assert int(settings.value("settings/version")) == 2
    assert preferences.get("sessions/view") == "week"
    assert preferences.upgrade(_reopened()) == 2 and calls == [2]


def test_the_first_read_runs_the_desk_upgrades(monkeypatch):
    runs = []
    monkeypatch.setattr(preferences, "_upgraded", False)
    monkeypatch.setattr(preferences, "upgrade", lambda settings: runs.append(settings))
    preferences.get("ui/language")
    preferences.get("cases/view")
    assert len(runs) == 1

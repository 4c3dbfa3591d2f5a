"""Every setting as the UI reads it, declared once in domain/settings_catalog.py.

Desk settings (window layout, last view, language) are this computer's QSettings, read and written
here; renamed keys are carried over (domain/settings_upgrade.py) before the first one is read.
Office settings (letterhead, letter language) come from the database; get() reads them too, but
they change only through actions, so put() refuses them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from civicdesk_gui.domain import settings_upgrade
from civicdesk_gui.domain.settings_catalog import DESK, LABEL_CONTEXT, OFFICE, Setting, setting
from civicdesk_gui.queries.settings import office_setting

_upgraded = False
_file: str | None = None


def use_file(path: str | None) -> None:
    """Keep the desk settings in this INI file instead of this computer's own (the selftest and
    screenshots must neither read nor change the settings of the desk they run on); None goes back."""
    global _file, _upgraded
    _file = path
    _upgraded = False


def _open() -> QSettings:
    if _file is not None:
        return QSettings(_file, QSettings.Format.IniFormat)
    return QSettings("CivicDesk", "CivicDesk")


def _settings() -> QSettings:
    global _upgraded
    settings = _open()
    if not _upgraded:  # the first read of the run: at start-up
        _upgraded = True
        upgrade(settings)
    return settings


class _QSettingsStore:
    """QSettings as the settings upgrades see it (settings_upgrade.SettingsStore)."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def contains(self, key: str) -> bool:
        return self.settings.contains(key)

    def read(self, key: str) -> Any:
        return self.settings.value(key)

    def write(self, key: str, value: Any) -> None:
        self.settings.setValue(key, value)

    def remove(self, key: str) -> None:
        self.settings.remove(key)


def upgrade(settings: QSettings | None = None) -> int:
    """Run the desk settings upgrades this desk has not had yet; returns its settings version."""
    store = _QSettingsStore(settings if settings is not None else _open())
    return settings_upgrade.run_upgrades(DESK, store)


def _as_declared(spec: Setting, raw: Any) -> Any:
    """A stored QSettings value as the declared type (INI files give text back); the default for
    anything missing or unreadable."""
    if raw is None:
        return spec.default
    if spec.type is bytes:
        value = raw.data() if isinstance(raw, QByteArray) else raw
        value = bytes(value) if isinstance(value, bytes | bytearray) else spec.default
    elif spec.type is bool:
        value = {"true": True, "1": True, "false": False, "0": False}.get(str(raw).lower(), spec.default)
    else:
        try:
            value = spec.type(raw)
        except (TypeError, ValueError):
            return spec.default
    return value if spec.accepts(value) else spec.default


def get(key: str) -> Any:
    """The value of any declared setting; Qt state blobs (type bytes) as QByteArray."""
    spec = setting(key)
    if spec.scope == OFFICE:
        return office_setting(key)
    value = _as_declared(spec, _settings().value(key))
    return QByteArray(value) if spec.type is bytes else value


def put(key: str, value: Any) -> None:
    """Store a desk setting; office settings are saved by actions (the one door for writes)."""
    spec = setting(key)
    if spec.scope != DESK:
        raise KeyError(f"{key!r} is an office setting: actions save it, not preferences.put")
    spec.check(value.data() if isinstance(value, QByteArray) else value)
    _settings().setValue(key, value)


def label(key: str) -> str:
    """The setting's name in the user's language."""
    return QCoreApplication.translate(LABEL_CONTEXT, setting(key).label)

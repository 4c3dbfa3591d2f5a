"""Office-wide settings kept in the database (the `setting` key/JSON table), read and written here.

They are declared, with the desk's preferences, in domain/settings_catalog.py (scope "office"): get and
put refuse any other key and put refuses a value of the wrong type. Every desk of a shared database
prints the same letterhead, so these live in the database, not in QSettings. Images are stored as
base64 PNG text inside the JSON value.

The PKCS#12 passphrase is deliberately *not* a setting: everyone who can read the database (every
desk, every backup) could then sign as the mayor. It is asked when letters are issued (and kept in
memory for the session) or, for the CLI, read from CIVICDESK_CERT_PASSPHRASE.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

import peewee

from civicdesk_gui.domain import settings_upgrade
from civicdesk_gui.domain.settings_catalog import OFFICE, Setting, in_scope, setting
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Setting as SettingRow

# key -> declaration (label, default ...) of every office setting.
SETTINGS = in_scope(OFFICE)


def _decoded(spec: Setting, text: str) -> Any:
    """The stored JSON as the declared type; the default for a damaged or mistyped value."""
    try:
        value = json.loads(text)
    except ValueError:
        return spec.default
    return value if spec.accepts(value) else spec.default


def get_setting(key: str) -> Any:
    spec = setting(key, OFFICE)
    row = SettingRow.get_or_none(SettingRow.key == key)
    return spec.default if row is None else _decoded(spec, row.value)


def put_setting(key: str, value: Any) -> None:
    """Store one declared setting (callers: actions, inside their transaction)."""
    setting(key, OFFICE).check(value)
    _write(key, value)


def _write(key: str, value: Any) -> None:
    encoded = json.dumps(value, ensure_ascii=False)
    if not SettingRow.update(value=encoded).where(SettingRow.key == key).execute():
        SettingRow.create(key=key, value=encoded)


class _TableStore:
    """The `setting` table as the settings upgrades see it (settings_upgrade.SettingsStore)."""

    def contains(self, key: str) -> bool:
        return SettingRow.select().where(SettingRow.key == key).exists()

    def read(self, key: str) -> Any:
        return json.loads(SettingRow.get(SettingRow.key == key).value)  # ValueError when damaged

    def write(self, key: str, value: Any) -> None:
        _write(key, value)

    def remove(self, key: str) -> None:
        SettingRow.delete().where(SettingRow.key == key).execute()


# Any constant: the key of PostgreSQL's advisory lock that lets one desk upgrade the office settings.
_UPGRADE_LOCK = 0x5E771465


def upgrade_office_settings() -> int:
    """Rename or reshape stored office settings for this release (on opening a database); returns
    their version. Every upgrade and the new version go in one transaction that holds the database's
    write lock, and the version is read again inside it: when two desks of a team open the database at
    once, the second finds the work done."""
    store = _TableStore()
    current = settings_upgrade.stored_version(OFFICE, store)
    if current >= settings_upgrade.latest_version(OFFICE):
        return current  # the usual case: nothing to do, nothing written
    db = database_proxy.obj
    if isinstance(db, peewee.PostgresqlDatabase):
        with db.atomic():
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_UPGRADE_LOCK,))
            return settings_upgrade.run_upgrades(OFFICE, store)
    with db.atomic(lock_type="IMMEDIATE"):  # SQLite: take the write lock before reading the version
        return settings_upgrade.run_upgrades(OFFICE, store)


def _decode_image(text: str) -> bytes | None:
    return base64.b64decode(text) if text else None


def get_image(key: str) -> bytes | None:
    return _decode_image(get_setting(key))


def encode_image(png: bytes | None) -> str:
    return base64.b64encode(png).decode("ascii") if png else ""


@dataclass(frozen=True)
class CitySettings:
    name: str
    name_en: str
    mayor_title: str
    mayor_title_en: str
    mayor_name: str
    address: str
    phone: str
    homepage: str
    seal_png: bytes | None  # None: the generated default seal
    emblem_png: bytes | None
    certificate_path: str
    default_language: str
    fax: str = ""


def all_settings() -> dict[str, Any]:
    """Every office setting in one query (a batch of letters reads them once per letter)."""
    values = {key: spec.default for key, spec in SETTINGS.items()}
    for row in SettingRow.select().where(SettingRow.key.in_(list(SETTINGS))):
        values[row.key] = _decoded(SETTINGS[row.key], row.value)
    return values


def city_settings() -> CitySettings:
    v = all_settings()
    return CitySettings(
        name=v["city.name"],
        name_en=v["city.name_en"],
        mayor_title=v["city.mayor_title"],
        mayor_title_en=v["city.mayor_title_en"],
        mayor_name=v["city.mayor_name"],
        address=v["city.address"],
        phone=v["city.phone"],
        homepage=v["city.homepage"],
        fax=v["city.fax"],
        seal_png=_decode_image(v["city.seal_png"]),
        emblem_png=_decode_image(v["city.emblem_png"]),
        certificate_path=v["letters.certificate_path"],
        default_language=v["letters.default_language"],
    )

"""Office-wide settings kept in the database (the `Setting` key/JSON table), declared once here.

Every desk of a shared database prints the same letterhead, so these live in the database, not in
QSettings. Images are stored as base64 PNG text inside the JSON value.

The PKCS#12 passphrase is deliberately *not* a setting: everyone who can read the database (every
desk, every backup) could then sign as the mayor. It is asked when letters are issued (and kept in
memory for the session) or, for the CLI, read from CIVICDESK_CERT_PASSPHRASE.
"""

from __future__ import annotations

import base64
import contextlib
import json
from dataclasses import dataclass
from typing import Any

from civicdesk_gui.store.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    label: str


SETTINGS: dict[str, SettingSpec] = {
    s.key: s
    for s in [
        SettingSpec("city.name", "파주시", "City name (letter heading)"),
        SettingSpec("city.name_en", "Paju City", "City name in English letters"),
        SettingSpec("city.mayor_title", "파주시장", "Sender (발신명의)"),
        SettingSpec("city.mayor_title_en", "Mayor of Paju", "Sender in English letters"),
        SettingSpec("city.mayor_name", "", "Mayor's name"),
        SettingSpec("city.address", "(10918) 경기도 파주시 시청로 50", "City hall address"),
        SettingSpec("city.phone", "031-940-4114", "City hall phone"),
        SettingSpec("city.homepage", "www.paju.go.kr", "Website"),
        SettingSpec("city.seal_png", "", "Seal / signature image (PNG, base64); empty: generated seal"),
        SettingSpec("city.emblem_png", "", "Emblem image (PNG, base64); empty: none"),
        SettingSpec("letters.certificate_path", "", "PKCS#12 certificate for PAdES signatures"),
        SettingSpec("letters.default_language", "ko", "Default letter language (ko / en)"),
    ]
}


def get_setting(key: str) -> Any:
    spec = SETTINGS[key]
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return spec.default
    try:
        return json.loads(row.value)
    except ValueError:
        return spec.default


def put_setting(key: str, value: Any) -> None:
    """Store one declared setting (callers: actions, inside their transaction)."""
    if key not in SETTINGS:
        raise KeyError(f"undeclared setting {key!r}")
    encoded = json.dumps(value, ensure_ascii=False)
    if not Setting.update(value=encoded).where(Setting.key == key).execute():
        Setting.create(key=key, value=encoded)


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


def all_settings() -> dict[str, Any]:
    """Every declared setting in one query (a batch of letters reads them once per letter)."""
    values = {key: spec.default for key, spec in SETTINGS.items()}
    for row in Setting.select().where(Setting.key.in_(list(SETTINGS))):
        with contextlib.suppress(ValueError):  # a damaged value falls back to the default
            values[row.key] = json.loads(row.value)
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
        seal_png=_decode_image(v["city.seal_png"]),
        emblem_png=_decode_image(v["city.emblem_png"]),
        certificate_path=v["letters.certificate_path"],
        default_language=v["letters.default_language"],
    )

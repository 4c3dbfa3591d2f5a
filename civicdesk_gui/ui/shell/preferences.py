"""This desk's preferences (window layout, columns, last view), declared once and read through here.
Office-wide settings (city, mayor, templates) live in the database instead."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Preference:
    key: str
    type: type
    default: Any
    label: str


PREFERENCES = {
    p.key: p
    for p in [
        Preference("window/geometry", QByteArray, QByteArray(), "Main window geometry"),
        Preference("window/state", QByteArray, QByteArray(), "Main window state"),
        Preference("window/screen", str, "cases", "Last screen shown"),
        Preference("cases/header", QByteArray, QByteArray(), "Case table columns (order, widths, hidden)"),
        Preference("cases/splitter", QByteArray, QByteArray(), "Case list / detail split"),
        Preference("cases/view", str, "all", "Last saved view"),
        Preference("ui/language", str, "ko", "Interface language (ko / en)"),
        Preference("sessions/view", str, "month", "Calendar view"),
        Preference("sessions/travel_buffer_minutes", int, 30, "Travel time between sessions (minutes)"),
    ]
}


def _settings() -> QSettings:
    return QSettings("CivicDesk", "CivicDesk")


def get(key: str) -> Any:
    pref = PREFERENCES[key]
    value = _settings().value(key, pref.default)
    if value is None:
        return pref.default
    if pref.type is QByteArray:
        return value if isinstance(value, QByteArray) else QByteArray(value)
    try:
        return pref.type(value)
    except (TypeError, ValueError):
        return pref.default


def put(key: str, value: Any) -> None:
    if key not in PREFERENCES:
        raise KeyError(f"undeclared preference {key!r}")
    _settings().setValue(key, value)

"""What a feature hands the Settings screen: a page with a stable key and a title. It lives in the
shell so that features and the Settings screen share it without importing each other."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class SettingsPage:
    key: str  # stable name: tests and "open Settings at page X" use it
    title: str
    widget: QWidget

"""Office settings for screens: the values stored in the database, or their declared defaults."""

from __future__ import annotations

from typing import Any

from civicdesk_gui.store.office_settings import get_setting


def office_setting(key: str) -> Any:
    """One office setting (domain/settings_catalog.py, scope "office"); KeyError for any other key."""
    return get_setting(key)

"""The settings catalog: every setting declared once, with a label, a default of its type and a scope,
and every key the code reads or writes is declared."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from civicdesk_gui.domain import settings_catalog
from civicdesk_gui.domain.settings_catalog import CATALOG, DECLARED, DESK, OFFICE, SCOPES, TYPES, Setting

ROOT = Path(__file__).resolve().parents[2]

# Keys in use before the catalog: desks and databases in the field hold them, so they stay (or get an
# upgrade in settings_upgrade.py that carries their values over).
KEYS_IN_THE_FIELD = {
    "window/geometry",
    "window/state",
    "window/screen",
    "cases/header",
    "cases/splitter",
    "cases/view",
    "ui/language",
    "sessions/view",
    "sessions/travel_buffer_minutes",
    "city.name",
    "city.name_en",
    "city.mayor_title",
    "city.mayor_title_en",
    "city.mayor_name",
    "city.address",
    "city.phone",
    "city.homepage",
    "city.seal_png",
    "city.emblem_png",
    "letters.certificate_path",
    "letters.default_language",
}


def test_every_key_is_declared_once():
    keys = [spec.key for spec in DECLARED]
    assert len(keys) == len(set(keys)) == len(CATALOG)
    with pytest.raises(ValueError, match="declared twice"):
        settings_catalog._by_key((DECLARED[0], DECLARED[0]))


def test_the_keys_in_the_field_are_still_declared():
    assert set(CATALOG) >= KEYS_IN_THE_FIELD


@pytest.mark.parametrize("spec", DECLARED, ids=lambda spec: spec.key)
def test_each_setting_is_well_declared(spec: Setting):
    assert spec.scope in SCOPES
    assert spec.type in TYPES
    assert spec.label.strip() and spec.label == spec.label.strip()
    assert spec.accepts(spec.default), f"default {spec.default!r} is not a {spec.type.__name__}"
    assert all(type(choice) is spec.type for choice in spec.choices)
    # QSettings groups with '/', the setting table with '.': the key says where it lives.
    separator = "/" if spec.scope == DESK else "."
    assert separator in spec.key and ("." if spec.scope == DESK else "/") not in spec.key


def test_every_label_is_translated_into_korean():
    root = ET.parse(ROOT / "resources" / "i18n" / "civicdesk_ko.ts").getroot()
    translated = {
        message.findtext("source"): message.find("translation")
        for context in root.iter("context")
        if context.findtext("name") == settings_catalog.LABEL_CONTEXT
        for message in context.iter("message")
    }
    missing = [
        spec.label
        for spec in DECLARED
        if spec.label not in translated
        or translated[spec.label].get("type") == "unfinished"
        or not (translated[spec.label].text or "").strip()
    ]
    assert not missing, "run ./dev translations and translate: " + ", ".join(missing)


def test_values_are_checked_against_type_and_choices():
    language = CATALOG["letters.default_language"]
    assert language.accepts("en") and not language.accepts("fr") and not language.accepts(1)
    language.check("ko")
    with pytest.raises(ValueError, match="one of"):
        language.check("fr")
    buffer = CATALOG["sessions/travel_buffer_minutes"]
    assert buffer.accepts(45) and not buffer.accepts(True) and not buffer.accepts("45")
    with pytest.raises(TypeError, match="holds int, not str"):
        buffer.check("45")


def test_lookup_by_scope():
    assert settings_catalog.setting("city.name", OFFICE).label
    with pytest.raises(KeyError, match="undeclared desk setting"):
        settings_catalog.setting("city.name", DESK)
    with pytest.raises(KeyError, match="undeclared setting"):
        settings_catalog.setting("city.nmae")
    assert set(settings_catalog.in_scope(DESK)) | set(settings_catalog.in_scope(OFFICE)) == set(CATALOG)
    with pytest.raises(ValueError):
        settings_catalog.in_scope("building")


SETTING_CALLS = {"get", "put", "get_setting", "put_setting", "get_image", "label"}


def _keys_used_in_code() -> dict[str, str]:
    """Literal keys passed to preferences.get/put/label and office_settings.get/put_setting."""
    used = {}
    for path in (ROOT / "civicdesk_gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = (
                func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
            )
            if name in SETTING_CALLS and (owner == "preferences" or name.endswith(("_setting", "_image"))):
                used[node.args[0].value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return used


def test_every_key_the_code_uses_is_declared():
    used = _keys_used_in_code()
    assert "letters.default_language" in used and "ui/language" in used  # the scan finds calls
    undeclared = {key: where for key, where in used.items() if key not in CATALOG}
    assert not undeclared, f"undeclared settings used: {undeclared}"

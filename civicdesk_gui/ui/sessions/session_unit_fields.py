"""The communication-unit pickers both session dialogs show (DOMAIN.md §4): the town, the unit type,
and the professional sub-group, which only a professional group has."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from civicdesk_gui.domain.sessions import PROFESSIONAL_SUBGROUPS, UNIT_TYPES
from civicdesk_gui.domain.vocabulary import label
from civicdesk_gui.queries.sessions import town_choices
from civicdesk_gui.ui.sessions import session_style as style


def town_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("SessionUnitFields", "(no town)"), None)
    for town_id, name in town_choices():
        combo.addItem(name, town_id)
    return combo


def unit_type_combo() -> QComboBox:
    combo = QComboBox()
    for term in UNIT_TYPES.values():
        combo.addItem(label(UNIT_TYPES, term.code, style.language()), term.code)
    return combo


def subgroup_combo(unit_type: QComboBox) -> QComboBox:
    """The sub-group picker (poultry farmers, ginseng growers...), enabled only while `unit_type`
    says professional group; any other unit type clears it."""
    combo = QComboBox()
    combo.addItem("", "")
    for term in PROFESSIONAL_SUBGROUPS.values():
        combo.addItem(label(PROFESSIONAL_SUBGROUPS, term.code, style.language()), term.code)

    def follow_unit_type() -> None:
        professional = unit_type.currentData() == "professional"
        combo.setEnabled(professional)
        if not professional:
            combo.setCurrentIndex(0)

    unit_type.currentIndexChanged.connect(follow_unit_type)
    follow_unit_type()
    return combo

"""How sessions look everywhere in the calendar: one colour per unit type, always with its text
label too (colour is never the only signal), and the words for states and conflicts."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from civicdesk_gui.domain.sessions import (
    CONFLICT_KINDS,
    REQUEST_STATES,
    SESSION_STATES,
    unit_label,
)
from civicdesk_gui.domain.vocabulary import label
from civicdesk_gui.ui.shell.error_text import say
from civicdesk_gui.ui.shell.vocabulary_labels import language as interface_language

# Calm, distinguishable hues (readable with dark text on a light tint).
UNIT_COLORS = {
    "town": "#1e88e5",
    "village": "#43a047",
    "apartment": "#8e24aa",
    "professional": "#ef6c00",
    "parents": "#d81b60",
    "youth": "#00897b",
    "other": "#757575",
}
HOLIDAY_COLOR = "#c62828"
SATURDAY_COLOR = "#1565c0"
TODAY_FILL = "#fff8e1"
SELECTED_BORDER = "#1565c0"
CONFLICT_COLOR = "#e65100"


def language() -> str:
    return interface_language()


def unit_color(unit_type: str) -> QColor:
    return QColor(UNIT_COLORS.get(unit_type, UNIT_COLORS["other"]))


def unit_tint(unit_type: str) -> QColor:
    color = unit_color(unit_type)
    color.setAlpha(40)
    return color


def unit_text(unit_type: str, subgroup: str = "") -> str:
    return unit_label(unit_type, subgroup, language())


def short_unit_text(unit_type: str) -> str:
    return unit_label(unit_type, "", language())


def session_state_text(state: str) -> str:
    return label(SESSION_STATES, state, language())


def request_state_text(state: str) -> str:
    return label(REQUEST_STATES, state, language())


def conflict_text(conflicts) -> str:
    """'시장 일정 중복, 이동 시간 부족' — the kinds, once each, in the user's language."""
    kinds = []
    for conflict in conflicts:
        if conflict.kind not in kinds:
            kinds.append(conflict.kind)
    return ", ".join(label(CONFLICT_KINDS, kind, language()) for kind in kinds)


def conflict_details(conflicts) -> list[str]:
    lines = []
    for conflict in conflicts:
        other = conflict.other
        if conflict.kind == "overlap" and other is not None:
            lines.append(
                QCoreApplication.translate("SessionStyle", "Overlaps {0} ({1:%m-%d %H:%M}–{2:%H:%M})").format(
                    other.label, other.starts_at, other.ends_at
                )
            )
        elif conflict.kind == "travel" and other is not None:
            lines.append(
                QCoreApplication.translate(
                    "SessionStyle", "Too little travel time to or from {0} ({1:%m-%d %H:%M}–{2:%H:%M})"
                ).format(other.label, other.starts_at, other.ends_at)
            )
        elif conflict.day is not None:
            lines.append(
                QCoreApplication.translate("SessionStyle", "On a public holiday: {0} {1}").format(
                    f"{conflict.day:%Y-%m-%d}", holiday_text(conflict.day) or ""
                )
            )
        else:
            lines.append(say(conflict.phrase))
    return lines


@lru_cache(maxsize=4)
def _holidays(lang: str) -> holidays.HolidayBase:
    return holidays.country_holidays("KR", language="ko" if lang == "ko" else "en_US")


def holiday_text(day: dt.date) -> str | None:
    """The public holiday's name in the UI language (the calendar writes it in the day cell)."""
    return _holidays(language()).get(day)

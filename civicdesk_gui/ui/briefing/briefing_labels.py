"""The briefing's words in the desk's language: tiles, the programs' measures, outcomes, periods."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.domain.periods import Period
from civicdesk_gui.domain.surveys import SURVEY_CHANNELS
from civicdesk_gui.domain.vocabulary import CATEGORIES, CHANNELS, CLASSIFICATIONS, REASON_CODES
from civicdesk_gui.ui.shell.vocabulary_labels import language, term

# Every string is spelled QCoreApplication.translate("Briefing", "…") so that lupdate finds it.


def tile_labels() -> dict[str, tuple[str, str]]:
    """tile -> (label, tooltip)."""
    return {
        "new": (
            QCoreApplication.translate("Briefing", "New"),
            QCoreApplication.translate("Briefing", "Received since the start of the last working day"),
        ),
        "open": (
            QCoreApplication.translate("Briefing", "Open"),
            QCoreApplication.translate("Briefing", "Not classified yet, in progress or referred"),
        ),
        "due_today": (
            QCoreApplication.translate("Briefing", "Due today"),
            QCoreApplication.translate("Briefing", "A running deadline falls due later today"),
        ),
        "overdue_promise": (
            QCoreApplication.translate("Briefing", "Promise overdue"),
            QCoreApplication.translate(
                "Briefing", "Past the reply promise (48 hours / 14 days), no result yet"
            ),
        ),
        "overdue_statutory": (
            QCoreApplication.translate("Briefing", "Statutory overdue"),
            QCoreApplication.translate("Briefing", "Past the statutory period of the Civil Petitions Act"),
        ),
        "no_update": (
            QCoreApplication.translate("Briefing", "No update 30+ days"),
            QCoreApplication.translate("Briefing", "Open cases whose monthly progress update is overdue"),
        ),
        "awaiting_reply": (
            QCoreApplication.translate("Briefing", "Awaiting reply"),
            QCoreApplication.translate("Briefing", "The resident has not been answered yet"),
        ),
        "awaiting_letter": (
            QCoreApplication.translate("Briefing", "Awaiting letter"),
            QCoreApplication.translate(
                "Briefing", "Long-term review or unfeasible, the mayor's letter not sent"
            ),
        ),
        "review_due": (
            QCoreApplication.translate("Briefing", "Review due"),
            QCoreApplication.translate(
                "Briefing", "Long-term review or unfeasible cases whose review date has come"
            ),
        ),
        "referred": (
            QCoreApplication.translate("Briefing", "Referrals waiting"),
            QCoreApplication.translate("Briefing", "Referred to another agency, awaiting its answer"),
        ),
    }


def measure_labels() -> dict[str, tuple[str, str]]:
    """measure -> (label, how it is counted)."""
    return {
        "promise_48h": (
            QCoreApplication.translate("Briefing", "Replied within 48 hours"),
            QCoreApplication.translate(
                "Briefing",
                "Texts, calls, QR and walk-ins: the result told by the 48-hour promise (exactly 48 h counts)",
            ),
        ),
        "promise_14d": (
            QCoreApplication.translate("Briefing", "Session suggestions within 14 days"),
            QCoreApplication.translate(
                "Briefing", "Mobile Mayor's Office suggestions: the result sent within 14 days of the session"
            ),
        ),
        "statutory": (
            QCoreApplication.translate("Briefing", "Statutory period kept"),
            QCoreApplication.translate(
                "Briefing", "The result told within the period of the Civil Petitions Act (working days)"
            ),
        ),
        "monthly_update": (
            QCoreApplication.translate("Briefing", "Monthly update kept"),
            QCoreApplication.translate(
                "Briefing", "Open cases whose last progress update is within the month (as of now)"
            ),
        ),
        "resolved_within_24h": (
            QCoreApplication.translate("Briefing", "Complaints resolved within 24 h"),
            QCoreApplication.translate("Briefing", "Civil complaints resolved within 24 hours of receipt"),
        ),
        "answered_by_team_leader": (
            QCoreApplication.translate("Briefing", "Answered by a team leader or higher"),
            QCoreApplication.translate(
                "Briefing", "Answered cases whose responsible official is marked team leader or higher"
            ),
        ),
    }


def outcome_label(code: str) -> str:
    if code == "pending":
        return QCoreApplication.translate("Briefing", "Not classified yet")
    return term(CLASSIFICATIONS, code)


def category_label(code: str) -> str:
    return QCoreApplication.translate("Briefing", "No category") if code == "none" else term(CATEGORIES, code)


def channel_label(code: str | None) -> str:
    return QCoreApplication.translate("Briefing", "All channels") if not code else term(CHANNELS, code)


def survey_channel_label(code: str) -> str:
    return (
        QCoreApplication.translate("Briefing", "All surveys")
        if code == "all"
        else term(SURVEY_CHANNELS, code)
    )


def reason_label(code: str | None) -> str:
    return QCoreApplication.translate("Briefing", "No reason given") if not code else term(REASON_CODES, code)


def day_text(value: dt.date) -> str:
    if language() == "ko":
        return f"{value.year}. {value.month}. {value.day}."
    return value.strftime("%d %b %Y").lstrip("0")


def period_text(period: Period) -> str:
    if period.start is None and period.end is None:
        return QCoreApplication.translate("Briefing", "All time")
    first = day_text(period.start) if period.start else QCoreApplication.translate("Briefing", "the start")
    last = day_text(period.end) if period.end else QCoreApplication.translate("Briefing", "now")
    return f"{first} – {last}"


def hours_text(hours: float | None) -> str:
    if hours is None:
        return "—"
    if hours < 48:
        return QCoreApplication.translate("Briefing", "{0:.1f} h").format(hours)
    return QCoreApplication.translate("Briefing", "{0:.1f} days").format(hours / 24)


def percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f}%"

"""How a deadline reads on screen: an icon name and words (never colour alone), e.g.
"2026-11-05 09:00 마감 · 5시간 남음"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.domain.clocks import ClockReading

DUE_SOON = dt.timedelta(hours=24)


def span_text(delta: dt.timedelta) -> str:
    """'2 days 3 hours' / '45 minutes' in the interface language."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("CaseClock", "{0} d {1} h").format(days, hours)
    if hours:
        return QCoreApplication.translate("CaseClock", "{0} h {1} min").format(hours, minutes)
    return QCoreApplication.translate("CaseClock", "{0} min").format(minutes)


def clock_state(reading: ClockReading, now: dt.datetime) -> str:
    """none | met | met_late | overdue | due_today | due_soon | on_time (also the icon name)."""
    if reading.due_at is None:
        return "none"
    if reading.met_at is not None:
        return "met_late" if reading.met_late() else "met"
    if reading.overdue(now):
        return "overdue"
    if reading.due_at.date() == now.date():
        return "due_today"
    if reading.due_at - now <= DUE_SOON:
        return "due_soon"
    return "on_time"


ICONS = {
    "none": "idle",
    "met": "idle",
    "met_late": "warning",
    "overdue": "overdue",
    "due_today": "due_today",
    "due_soon": "due_soon",
    "on_time": "on_time",
}


def clock_text(reading: ClockReading, now: dt.datetime) -> str:
    state = clock_state(reading, now)
    if state == "none":
        return QCoreApplication.translate("CaseClock", "No deadline")
    due = f"{reading.due_at:%Y-%m-%d %H:%M}"
    if state in ("met", "met_late"):
        met = f"{reading.met_at:%Y-%m-%d %H:%M}"
        if state == "met":
            return QCoreApplication.translate("CaseClock", "Due {0} · met {1}").format(due, met)
        return QCoreApplication.translate("CaseClock", "Due {0} · met late {1}").format(due, met)
    left = reading.due_at - now
    if state == "overdue":
        return QCoreApplication.translate("CaseClock", "Due {0} · overdue by {1}").format(
            due, span_text(left)
        )
    if state == "due_today":
        return QCoreApplication.translate("CaseClock", "Due today {0} · {1} left").format(
            f"{reading.due_at:%H:%M}", span_text(left)
        )
    return QCoreApplication.translate("CaseClock", "Due {0} · {1} left").format(due, span_text(left))


# ---------------------------------------------------------------------------- statutory notices


def paused_text(reading: ClockReading, paused_at: dt.datetime) -> str:
    """The statutory clock stopped for a supplement (시행령 제20조): no time is counted until it comes."""
    due = f"{reading.due_at:%Y-%m-%d %H:%M}" if reading.due_at else "—"
    return QCoreApplication.translate(
        "CaseClock", "Paused since {0} · awaiting the supplement · due {1} before the pause"
    ).format(f"{paused_at:%Y-%m-%d %H:%M}", due)


def extension_text(extensions: int) -> str:
    """The statutory due date shown includes the extensions (시행령 제21조)."""
    if extensions <= 0:
        return ""
    if extensions == 1:
        return QCoreApplication.translate("CaseClock", "Extended once by notice (the due date includes it)")
    return QCoreApplication.translate(
        "CaseClock", "Extended twice, the second with the resident's consent (the due date includes it)"
    )


def referral_text(
    referred_at: dt.datetime | None,
    remind_on: dt.date | None,
    answered_at: dt.datetime | None,
    today: dt.date,
) -> tuple[str, bool]:
    """(words, overdue): how long the agency has had the case and when to ask it, or when it answered."""
    if answered_at is not None:
        return (
            QCoreApplication.translate("CaseClock", "The agency answered on {0}").format(
                f"{answered_at:%Y-%m-%d %H:%M}"
            ),
            False,
        )
    since = f"{referred_at:%Y-%m-%d}" if referred_at else "—"
    if remind_on is None:
        return QCoreApplication.translate("CaseClock", "Awaiting the agency since {0}").format(since), False
    if remind_on <= today:
        return (
            QCoreApplication.translate(
                "CaseClock", "Awaiting the agency since {0} · ask it for its answer (reminder {1})"
            ).format(since, f"{remind_on:%Y-%m-%d}"),
            True,
        )
    return (
        QCoreApplication.translate("CaseClock", "Awaiting the agency since {0} · reminder on {1}").format(
            since, f"{remind_on:%Y-%m-%d}"
        ),
        False,
    )

"""The sessions screens' writes, one function per user action. Only ops modules import actions.

A slot that collides with the mayor's diary raises `SessionConflictError` (re-exported here for the
screens): the screen asks, then runs the same op again with `confirm_conflicts=True`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.actions import session_import, session_suggestions, sessions
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.session_suggestions import Suggestion
from civicdesk_gui.actions.sessions import SessionConflictError
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.ops import WriteOp

__all__ = ["SessionConflictError", "Suggestion"]

TRAVEL_BUFFER_KEY = "sessions/travel_buffer_minutes"


def _saved() -> str:
    return QCoreApplication.translate("SessionOps", "Session saved")


def request_session(*, parent: QWidget | None, actor: Actor, **fields) -> WriteOp[sessions.SessionChange]:
    return WriteOp(
        parent,
        lambda _job: sessions.request_session(actor=actor, **fields),
        done_message=QCoreApplication.translate("SessionOps", "Request recorded"),
    )


def decline_request(
    *, parent: QWidget | None, actor: Actor, request_id: int, version: int, reason: str
) -> WriteOp[sessions.SessionChange]:
    return WriteOp(
        parent,
        lambda _job: sessions.decline_request(
            request_id=request_id, reason=reason, actor=actor, expected_version=version
        ),
        done_message=QCoreApplication.translate("SessionOps", "Request declined"),
    )


def schedule_session(*, parent: QWidget | None, actor: Actor, **fields) -> WriteOp[sessions.SessionChange]:
    return WriteOp(
        parent, lambda _job: sessions.schedule_session(actor=actor, **fields), done_message=_saved()
    )


def reschedule_session(
    *, parent: QWidget | None, actor: Actor, session_id: int, version: int, **fields
) -> WriteOp[sessions.SessionChange]:
    return WriteOp(
        parent,
        lambda _job: sessions.reschedule_session(
            session_id=session_id, actor=actor, expected_version=version, **fields
        ),
        done_message=_saved(),
    )


def record_held(
    *, parent: QWidget | None, actor: Actor, session_id: int, version: int, attendees: int, minutes: str
) -> WriteOp[sessions.SessionChange]:
    return WriteOp(
        parent,
        lambda _job: sessions.record_held(
            session_id=session_id, attendees=attendees, minutes=minutes, actor=actor, expected_version=version
        ),
        done_message=_saved(),
    )


def close_session(
    *, parent: QWidget | None, actor: Actor, session_id: int, version: int
) -> WriteOp[sessions.SessionChange]:
    return WriteOp(
        parent,
        lambda _job: sessions.close_session(session_id=session_id, actor=actor, expected_version=version),
        done_message=_saved(),
    )


def cancel_session(
    *, parent: QWidget | None, actor: Actor, session_id: int, version: int, reason: str
) -> WriteOp[sessions.SessionChange]:
    return WriteOp(
        parent,
        lambda _job: sessions.cancel_session(
            session_id=session_id, reason=reason, actor=actor, expected_version=version
        ),
        done_message=QCoreApplication.translate("SessionOps", "Session cancelled"),
    )


def record_suggestions(
    *, parent: QWidget | None, actor: Actor, session_id: int, suggestions: list[Suggestion]
) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: session_suggestions.record_suggestions(
            session_id=session_id, suggestions=suggestions, actor=actor
        ),
        done_message=QCoreApplication.translate("SessionOps", "Suggestions saved as cases"),
    )


def import_calendar(*, parent: QWidget | None, actor: Actor, path: Path) -> WriteOp:
    """Create or update sessions from an office calendar (.ics), in the background."""

    def work(job):
        return session_import.import_ics_file(path, actor=actor, should_stop=lambda: job.cancelled)

    return WriteOp(parent, work)


def save_travel_buffer(*, parent: QWidget | None, minutes: int) -> WriteOp[Changes]:
    """A desk preference, not a database write: still announced, since the calendar marks conflicts
    by it."""

    def work(_job) -> Changes:
        preferences.put(TRAVEL_BUFFER_KEY, minutes)
        return Changes.of(settings=[TRAVEL_BUFFER_KEY])

    return WriteOp(parent, work)

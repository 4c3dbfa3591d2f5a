"""The plumbing every session action shares: the append-only SessionEvent history, lookups, and
the optimistic version check that refuses to overwrite someone else's save."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.history import event_fields
from civicdesk_gui.domain import sessions as rules
from civicdesk_gui.error_catalog import Phrase
from civicdesk_gui.errors import ConflictError, NotFoundError, ValidationError
from civicdesk_gui.store.models import Session, SessionEvent, SessionRequest, Town, User


def append_session_event(
    *,
    kind: str,
    actor: Actor,
    at: dt.datetime,
    session_id=None,
    request_id=None,
    before: dict | None = None,
    after: dict | None = None,
    body: str = "",
) -> None:
    SessionEvent.create(
        session=session_id,
        request=request_id,
        **event_fields(kind=kind, actor=actor, at=at, before=before, after=after, body=body),
    )


def get_session(session_id: int) -> Session:
    session = Session.get_or_none(Session.id == session_id)
    if session is None:
        raise NotFoundError("session.not_found", {"id": session_id})
    return session


def get_request(request_id: int) -> SessionRequest:
    request = SessionRequest.get_or_none(SessionRequest.id == request_id)
    if request is None:
        raise NotFoundError("session_request.not_found", {"id": request_id})
    return request


def town_or_none(town_id: int | None) -> Town | None:
    if town_id is None:
        return None
    town = Town.get_or_none(Town.id == town_id)
    if town is None:
        raise ValidationError("record.unknown", {"record": "town", "key": town_id}, field="town")
    return town


def session_conflict(session: Session) -> ConflictError:
    fresh = Session.get_or_none(Session.id == session.id)
    editor = User.get_or_none(User.id == fresh.updated_by_id) if fresh else None
    who = editor.display_name if editor else None
    when = fresh.updated_at.strftime("%Y-%m-%d %H:%M") if fresh else "?"
    return ConflictError(
        "session.changed",
        {"number": session.number, "who": who or Phrase("user.another"), "when": when},
        changed_by=who,
        changed_at=fresh.updated_at if fresh else None,
        current_version=fresh.version if fresh else None,
    )


def write_session(
    session: Session, *, expected_version: int | None, actor: Actor, at: dt.datetime, changes: dict
) -> int:
    version = session.version if expected_version is None else expected_version
    updated = (
        Session.update(**changes, version=Session.version + 1, updated_at=at, updated_by=actor.id)
        .where((Session.id == session.id) & (Session.version == version))
        .execute()
    )
    if updated != 1:
        raise session_conflict(session)
    return version + 1


def write_request(
    request: SessionRequest, *, expected_version: int | None, at: dt.datetime, changes: dict
) -> int:
    version = request.version if expected_version is None else expected_version
    updated = (
        SessionRequest.update(**changes, version=SessionRequest.version + 1, updated_at=at)
        .where((SessionRequest.id == request.id) & (SessionRequest.version == version))
        .execute()
    )
    if updated != 1:
        raise ConflictError(
            "session_request.changed",
            {"requested_by": request.requested_by},
            current_version=SessionRequest.get_by_id(request.id).version,
        )
    return version + 1


def follow_session(request_id: int | None, target: str, *, at: dt.datetime, reason: str = "") -> None:
    """Move the session's request along with it (a held session means a held request)."""
    if request_id is None:
        return
    request = SessionRequest.get_or_none(SessionRequest.id == request_id)
    if request is None or request.state == target:
        return
    if target in rules.REQUEST_TRANSITIONS.get(request.state, ()):
        write_request(
            request, expected_version=None, at=at, changes={"state": target, "state_reason": reason}
        )

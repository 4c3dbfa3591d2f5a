"""One function per user action on a session request or a session: validate with the domain rules,
write in one transaction with an optimistic version check, append one SessionEvent, return what changed.

The calendar, the CLI and the .ics import all come through here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.permission import require
from civicdesk_gui.actions.session_history import (
    append_session_event,
    follow_session,
    get_request,
    get_session,
    town_or_none,
    write_request,
    write_session,
)
from civicdesk_gui.domain import sessions as rules
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.errors import CivicDeskError, ValidationError
from civicdesk_gui.queries.session_conflicts import check_slot
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Session, SessionRequest, now
from civicdesk_gui.store.sequences import next_value

DEFAULT_TRAVEL_BUFFER_MINUTES = 30  # the desk passes its preference; scripts get this


@dataclass(frozen=True)
class SessionChange:
    kind: str
    session_id: int | None = None
    number: str = ""
    request_id: int | None = None
    version: int = 1
    request_version: int | None = None
    conflicts: list[rules.Conflict] = field(default_factory=list)
    changes: Changes = field(kw_only=True)  # the session and/or request the action wrote


class SessionConflictError(CivicDeskError):
    """The slot collides with the mayor's diary; nothing was saved. Retry with confirm_conflicts=True."""

    def __init__(self, conflicts: list[rules.Conflict]):
        super().__init__("session.conflicts", {"conflicts": [c.phrase for c in conflicts]})
        self.conflicts = conflicts


# ---------------------------------------------------------------------------------------- helpers


def _session_changed(session: Session) -> Changes:
    """The session, and the request it came from: the request follows the session's state, and its
    history gets the session's event either way."""
    return Changes.of(sessions={session.id}, session_requests={session.request_id})


def _guard(conflicts: list[rules.Conflict], confirm: bool) -> None:
    if conflicts and not confirm:
        raise SessionConflictError(conflicts)


# ---------------------------------------------------------------------------------------- requests


def request_session(
    *,
    requested_by: str,
    unit_type: str,
    actor: Actor,
    contact: str = "",
    via_office: str = "",
    unit_subgroup: str = "",
    unit_name: str = "",
    town_id: int | None = None,
    preferred_dates: str = "",
    expected_attendance: int | None = None,
    notes: str = "",
    received_at: dt.datetime | None = None,
    at: dt.datetime | None = None,
) -> SessionChange:
    """Register a request for a session, as it came through a town office or department."""
    if not requested_by.strip():
        raise ValidationError("session_request.requester_needed", field="requested_by")
    rules.check_unit(unit_type, unit_subgroup)
    if expected_attendance is not None and expected_attendance < 0:
        raise ValidationError("session_request.negative_attendance", field="expected_attendance")
    at = at or now()
    with database_proxy.atomic():
        require(actor, "session.request")
        request = SessionRequest.create(
            requested_by=requested_by.strip(),
            contact=contact.strip(),
            via_office=via_office.strip(),
            unit_type=unit_type,
            unit_subgroup=unit_subgroup,
            unit_name=unit_name.strip(),
            town=town_or_none(town_id),
            preferred_dates=preferred_dates.strip(),
            expected_attendance=expected_attendance,
            notes=notes,
            received_at=received_at or at,
            updated_at=at,
        )
        append_session_event(
            kind="request",
            actor=actor,
            at=at,
            request_id=request.id,
            after={"state": "requested", "unit": rules.unit_label(unit_type, unit_subgroup)},
        )
    return SessionChange(
        "request", request_id=request.id, request_version=1, changes=Changes.of(session_requests={request.id})
    )


def decline_request(
    *, request_id: int, reason: str, actor: Actor, expected_version: int | None, at: dt.datetime | None = None
) -> SessionChange:
    return _request_state(request_id, "declined", "decline", reason, actor, expected_version, at)


def cancel_request(
    *, request_id: int, reason: str, actor: Actor, expected_version: int | None, at: dt.datetime | None = None
) -> SessionChange:
    return _request_state(request_id, "cancelled", "cancel", reason, actor, expected_version, at)


def _request_state(request_id, target, kind, reason, actor, expected_version, at) -> SessionChange:
    at = at or now()
    with database_proxy.atomic():
        require(actor, "session.decide_request")
        request = get_request(request_id)
        rules.check_request_transition(request.state, target, reason=reason)
        if target == "cancelled" and request.state == "scheduled":
            raise ValidationError("session_request.cancel_the_session", field="state")
        version = write_request(
            request,
            expected_version=expected_version,
            at=at,
            changes={"state": target, "state_reason": reason.strip()},
        )
        append_session_event(
            kind=kind,
            actor=actor,
            at=at,
            request_id=request.id,
            body=reason.strip(),
            before={"state": request.state},
            after={"state": target},
        )
    return SessionChange(
        kind,
        request_id=request.id,
        request_version=version,
        changes=Changes.of(session_requests={request.id}),
    )


# ---------------------------------------------------------------------------------------- sessions


def schedule_session(
    *,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    actor: Actor,
    request_id: int | None = None,
    request_expected_version: int | None = None,
    unit_type: str | None = None,
    unit_subgroup: str | None = None,
    unit_name: str | None = None,
    town_id: int | None = None,
    title: str = "",
    place: str = "",
    address: str = "",
    target_group: str = "",
    attending_officials: str = "",
    travel_buffer_minutes: int = DEFAULT_TRAVEL_BUFFER_MINUTES,
    confirm_conflicts: bool = False,
    ics_uid: str | None = None,
    at: dt.datetime | None = None,
) -> SessionChange:
    """Put a session in the diary, from a request (its unit and town carry over) or directly.

    A slot that collides with the mayor's diary raises SessionConflictError unless the user has
    confirmed it (DOMAIN.md §4: saving a conflicting session needs an explicit confirmation).
    """
    at = at or now()
    starts_at, ends_at = starts_at.replace(microsecond=0), ends_at.replace(microsecond=0)
    rules.check_times(starts_at, ends_at)
    with database_proxy.atomic():
        require(actor, "session.schedule")
        request = get_request(request_id) if request_id is not None else None
        if request is not None:
            rules.check_request_transition(request.state, "scheduled")
            unit_type = unit_type or request.unit_type
            unit_subgroup = request.unit_subgroup if unit_subgroup is None else unit_subgroup
            unit_name = unit_name if unit_name is not None else request.unit_name
            town_id = town_id if town_id is not None else request.town_id
        if not unit_type:
            raise ValidationError("session.unit_needed", field="unit_type")
        rules.check_unit(unit_type, unit_subgroup or "")
        town = town_or_none(town_id)
        conflicts = check_slot(
            starts_at=starts_at, ends_at=ends_at, town_id=town_id, travel_buffer_minutes=travel_buffer_minutes
        )
        _guard(conflicts, confirm_conflicts)
        year = starts_at.year
        number = rules.format_session_number(year, next_value(rules.session_counter_name(year)))
        session = Session.create(
            number=number,
            request=request,
            title=title.strip(),
            starts_at=starts_at,
            ends_at=ends_at,
            place=place.strip(),
            address=address.strip(),
            town=town,
            unit_type=unit_type,
            unit_subgroup=unit_subgroup or "",
            unit_name=(unit_name or "").strip(),
            target_group=target_group.strip(),
            attending_officials=attending_officials.strip(),
            ics_uid=ics_uid or f"{uuid.uuid4()}@civicdesk",
            created_at=at,
            updated_at=at,
            updated_by=actor.id,
        )
        request_version = None
        if request is not None:
            request_version = write_request(
                request, expected_version=request_expected_version, at=at, changes={"state": "scheduled"}
            )
        append_session_event(
            kind="schedule",
            actor=actor,
            at=at,
            session_id=session.id,
            request_id=request.id if request else None,
            after={
                "number": number,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "conflicts_confirmed": [c.kind for c in conflicts],
            },
        )
    changes = Changes.of(sessions={session.id}, session_requests={request.id} if request else None)
    return SessionChange(
        "schedule", session.id, number, session.request_id, 1, request_version, conflicts, changes=changes
    )


DETAIL_FIELDS = (
    "title",
    "place",
    "address",
    "unit_type",
    "unit_subgroup",
    "unit_name",
    "target_group",
    "attending_officials",
)


def reschedule_session(
    *,
    session_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    actor: Actor,
    expected_version: int | None,
    town_id: int | None = None,
    keep_town: bool = True,
    travel_buffer_minutes: int = DEFAULT_TRAVEL_BUFFER_MINUTES,
    confirm_conflicts: bool = False,
    at: dt.datetime | None = None,
    **details: str,
) -> SessionChange:
    """Move a scheduled session (drag-and-drop or the editor), optionally changing its details."""
    at = at or now()
    starts_at, ends_at = starts_at.replace(microsecond=0), ends_at.replace(microsecond=0)
    rules.check_times(starts_at, ends_at)
    unknown = set(details) - set(DETAIL_FIELDS)
    if unknown:
        raise ValidationError("session.unknown_fields", {"fields": sorted(unknown)}, field=sorted(unknown)[0])
    with database_proxy.atomic():
        require(actor, "session.edit")
        session = get_session(session_id)
        if session.state not in rules.MOVABLE_STATES:
            raise ValidationError(
                "session.not_movable", {"number": session.number, "state": session.state}, field="starts_at"
            )
        new_town = session.town_id if keep_town else town_id
        changes: dict = {"starts_at": starts_at, "ends_at": ends_at, "town": town_or_none(new_town)}
        changes.update({k: v.strip() for k, v in details.items()})
        rules.check_unit(
            changes.get("unit_type", session.unit_type), changes.get("unit_subgroup", session.unit_subgroup)
        )
        conflicts = check_slot(
            starts_at=starts_at,
            ends_at=ends_at,
            town_id=new_town,
            travel_buffer_minutes=travel_buffer_minutes,
            session_id=session.id,
        )
        _guard(conflicts, confirm_conflicts)
        before = {"starts_at": session.starts_at, "ends_at": session.ends_at, "town": session.town_id}
        before.update({k: getattr(session, k) for k in details})
        after = {"starts_at": starts_at, "ends_at": ends_at, "town": new_town, **details}
        moved = (starts_at, ends_at) != (session.starts_at, session.ends_at)
        kind = "reschedule" if moved else "edit"
        version = write_session(
            session, expected_version=expected_version, actor=actor, at=at, changes=changes
        )
        append_session_event(
            kind=kind,
            actor=actor,
            at=at,
            session_id=session.id,
            before=before,
            after=after,
            body="; ".join(c.message for c in conflicts),
        )
    return SessionChange(
        kind,
        session.id,
        session.number,
        session.request_id,
        version,
        None,
        conflicts,
        changes=Changes.of(sessions={session.id}),
    )


def record_held(
    *,
    session_id: int,
    attendees: int,
    minutes: str,
    actor: Actor,
    expected_version: int | None,
    at: dt.datetime | None = None,
) -> SessionChange:
    """The session took place: how many citizens came, and the minutes."""
    if attendees is None or attendees < 0:
        raise ValidationError("session.attendees_needed", field="attendees")
    at = at or now()
    with database_proxy.atomic():
        require(actor, "session.record")
        session = get_session(session_id)
        rules.check_session_transition(session.state, "held")
        if session.starts_at > at:
            raise ValidationError(
                "session.held_too_early",
                {"number": session.number, "starts_at": f"{session.starts_at:%Y-%m-%d %H:%M}"},
                field="state",
            )
        version = write_session(
            session,
            expected_version=expected_version,
            actor=actor,
            at=at,
            changes={"state": "held", "attendees": attendees, "minutes": minutes},
        )
        follow_session(session.request_id, "held", at=at)
        append_session_event(
            kind="held",
            actor=actor,
            at=at,
            session_id=session.id,
            request_id=session.request_id,
            before={"state": session.state},
            after={"state": "held", "attendees": attendees},
        )
    return SessionChange(
        "held",
        session.id,
        session.number,
        session.request_id,
        version,
        changes=_session_changed(session),
    )


def close_session(
    *,
    session_id: int,
    actor: Actor,
    expected_version: int | None,
    note: str = "",
    at: dt.datetime | None = None,
) -> SessionChange:
    at = at or now()
    with database_proxy.atomic():
        require(actor, "session.record")
        session = get_session(session_id)
        rules.check_session_transition(session.state, "closed")
        version = write_session(
            session,
            expected_version=expected_version,
            actor=actor,
            at=at,
            changes={"state": "closed", "state_reason": note.strip()},
        )
        follow_session(session.request_id, "closed", at=at)
        append_session_event(
            kind="close",
            actor=actor,
            at=at,
            session_id=session.id,
            request_id=session.request_id,
            before={"state": session.state},
            after={"state": "closed"},
            body=note.strip(),
        )
    return SessionChange(
        "close",
        session.id,
        session.number,
        session.request_id,
        version,
        changes=_session_changed(session),
    )


def cancel_session(
    *, session_id: int, reason: str, actor: Actor, expected_version: int | None, at: dt.datetime | None = None
) -> SessionChange:
    at = at or now()
    with database_proxy.atomic():
        require(actor, "session.cancel")
        session = get_session(session_id)
        rules.check_session_transition(session.state, "cancelled", reason=reason)
        version = write_session(
            session,
            expected_version=expected_version,
            actor=actor,
            at=at,
            changes={"state": "cancelled", "state_reason": reason.strip()},
        )
        follow_session(session.request_id, "cancelled", at=at, reason=reason.strip())
        append_session_event(
            kind="cancel",
            actor=actor,
            at=at,
            session_id=session.id,
            request_id=session.request_id,
            before={"state": session.state},
            after={"state": "cancelled"},
            body=reason.strip(),
        )
    return SessionChange(
        "cancel",
        session.id,
        session.number,
        session.request_id,
        version,
        changes=_session_changed(session),
    )

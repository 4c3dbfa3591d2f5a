"""The append-only audit log (AuditEvent; triggers refuse to change it): writing one event, and the
actions that exist only to be audited — a reveal of a resident's personal data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.actions.history import event_json
from civicdesk_gui.actions.permission import require
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.domain.audit import AUDIT_KINDS
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.errors import NotFoundError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import AuditEvent, Case, now

AUDIT_CHANGED = Changes.of(reference={"audit"})  # the audit viewer listens for this


def append_audit(
    kind: str,
    *,
    actor: Actor | None,
    login: str | None = None,
    case_id: int | None = None,
    subject_id: int | None = None,
    details: dict | None = None,
    at: dt.datetime | None = None,
) -> AuditEvent:
    if kind not in AUDIT_KINDS:
        raise ValueError(f"unknown audit kind {kind!r}")
    return AuditEvent.create(
        at=(at or now()).replace(microsecond=0),
        actor=actor.id if actor is not None else None,
        login=login if login is not None else (actor.login if actor is not None else ""),
        kind=kind,
        case=case_id,
        subject=subject_id,
        details=event_json(details),
    )


@dataclass(frozen=True)
class PersonalData:
    """A resident's personal data in clear, as the detail pane shows it after "Show personal data"."""

    name: str
    phone: str
    address: str
    text: str


@dataclass(frozen=True)
class Revealed:
    event_id: int
    personal: PersonalData
    changes: Changes


def reveal_personal_data(*, case_id: int, actor: Actor, at: dt.datetime | None = None) -> Revealed:
    """The detail pane shows masked values; a reader whose role may see this case's personal data asks
    to see them in clear, and the audit log records that they did. The clear values come from here
    only, read in the transaction that records the reveal (a refusal writes nothing, shows nothing)."""
    with database_proxy.atomic():
        case = Case.get_or_none(Case.id == case_id)
        if case is None:
            raise NotFoundError("case.not_found", {"id": case_id})
        require(actor, "case.view_personal", case=case)
        event = append_audit(
            "personal_data_view",
            actor=actor,
            case_id=case.id,
            details={"number": case.number},
            at=at,
        )
        personal = PersonalData(case.submitter_name, case.submitter_phone, case.submitter_address, case.text)
    return Revealed(event.id, personal, AUDIT_CHANGED)

"""The append-only audit log (AuditEvent; triggers refuse to change it): writing one event, and the
actions that exist only to be audited — a view of a resident's personal data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.actions.history import event_json
from civicdesk_gui.actions.permission import require
from civicdesk_gui.domain import permissions
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
class Recorded:
    event_id: int
    changes: Changes


def record_personal_data_view(*, case_id: int, actor: Actor, at: dt.datetime | None = None) -> Recorded:
    """The detail pane showed this case's resident (name, phone, address) to `actor`.

    Recorded for every reader, with whether their role may see personal data: until lists and the
    detail pane mask what a role may not see, a view by such a role is exactly what the log must show."""
    with database_proxy.atomic():
        case = Case.get_or_none(Case.id == case_id)
        if case is None:
            raise NotFoundError("case.not_found", {"id": case_id})
        user = require(actor, "case.read", case=case)
        permitted = permissions.allows(
            user.role,
            "case.view_personal",
            actor_department_id=user.department_id,
            case_department_id=case.department_id,
            on_case=True,
        )
        event = append_audit(
            "personal_data_view",
            actor=actor,
            case_id=case.id,
            details={"number": case.number, "permitted": permitted},
            at=at,
        )
    return Recorded(event.id, AUDIT_CHANGED)

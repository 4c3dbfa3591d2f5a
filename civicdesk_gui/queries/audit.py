"""The audit log for the administrator's viewer and its export: who signed in, changed a user, took data
out, saw personal data. Filtered and paged in SQL (newest first, keyset on id)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

import peewee as pw

from civicdesk_gui.store.models import AuditEvent, Case, User

PAGE_SIZE = 500


@dataclass(frozen=True)
class AuditFilter:
    user_id: int | None = None  # who acted (or whose login failed)
    case_number: str = ""
    kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    login: str
    actor: str  # display name, "" for a failed sign-in under an unknown login
    kind: str
    case_number: str
    subject: str  # the user an administrator changed (login)
    details: dict


def _conditions(audit_filter: AuditFilter) -> list[pw.Node]:
    f = audit_filter
    conditions: list[pw.Node] = []
    if f.user_id is not None:
        conditions.append((AuditEvent.actor == f.user_id) | (AuditEvent.subject == f.user_id))
    if f.case_number.strip():
        conditions.append(AuditEvent.case == Case.select(Case.id).where(Case.number == f.case_number.strip()))
    if f.kind:
        conditions.append(AuditEvent.kind == f.kind)
    if f.date_from is not None:
        conditions.append(AuditEvent.at >= dt.datetime.combine(f.date_from, dt.time()))
    if f.date_to is not None:
        conditions.append(AuditEvent.at < dt.datetime.combine(f.date_to + dt.timedelta(days=1), dt.time()))
    return conditions


def fetch_audit(
    audit_filter: AuditFilter, *, before_id: int | None = None, limit: int = PAGE_SIZE
) -> list[AuditRow]:
    actor = User.alias("actor_user")
    subject = User.alias("subject_user")
    query = (
        AuditEvent.select(
            AuditEvent.id,
            AuditEvent.at,
            AuditEvent.login,
            actor.display_name,
            AuditEvent.kind,
            Case.number,
            subject.login,
            AuditEvent.details,
        )
        .join_from(AuditEvent, actor, pw.JOIN.LEFT_OUTER, on=(AuditEvent.actor == actor.id))
        .join_from(AuditEvent, Case, pw.JOIN.LEFT_OUTER, on=(AuditEvent.case == Case.id))
        .join_from(AuditEvent, subject, pw.JOIN.LEFT_OUTER, on=(AuditEvent.subject == subject.id))
    )
    conditions = _conditions(audit_filter)
    if before_id is not None:
        conditions.append(AuditEvent.id < before_id)
    if conditions:
        query = query.where(*conditions)
    rows = []
    for event_id, at, login, name, kind, number, subject_login, details in (
        query.order_by(AuditEvent.id.desc()).limit(limit).tuples()
    ):
        try:
            parsed = json.loads(details or "{}")
        except ValueError:
            parsed = {"raw": details}
        rows.append(
            AuditRow(event_id, at, login, name or "", kind, number or "", subject_login or "", parsed)
        )
    return rows


def count_audit(audit_filter: AuditFilter) -> int:
    conditions = _conditions(audit_filter)
    query = AuditEvent.select()
    return (query.where(*conditions) if conditions else query).count()


def iterate_audit(audit_filter: AuditFilter) -> Iterator[AuditRow]:
    """Every matching event, newest first, a page at a time (the export)."""
    before = None
    while True:
        page = fetch_audit(audit_filter, before_id=before)
        yield from page
        if len(page) < PAGE_SIZE:
            return
        before = page[-1].id

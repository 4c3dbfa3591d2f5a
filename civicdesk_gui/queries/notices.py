"""What the law asks the office to send or chase now: interim notices due (시행령 제23조: a case not
completed 30 days after receipt, then every 30 days) and referrals whose agency has not answered by
the reminder date. Read only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from civicdesk_gui.domain import notices, workflow
from civicdesk_gui.store.letter_models import Letter
from civicdesk_gui.store.models import Case, CaseEvent


@dataclass(frozen=True)
class DueNotice:
    case_id: int
    number: str
    summary: str
    due_at: dt.datetime
    sent: int  # interim notices sent so far


@dataclass(frozen=True)
class WaitingReferral:
    case_id: int
    number: str
    summary: str
    remind_on: dt.date


def interim_notices_due(now: dt.datetime) -> list[DueNotice]:
    sent = Letter.select(pw.fn.COUNT(Letter.id)).where(
        (Letter.case == Case.id) & (Letter.kind == "interim") & Letter.voided_at.is_null()
    )
    rows = (
        Case.select(Case.id, Case.number, Case.summary, Case.received_at, sent.alias("sent"))
        .where(
            (Case.status != workflow.WITHDRAWN)
            & Case.closed_at.is_null()
            & (Case.received_at <= now - notices.INTERIM_EVERY)
        )
        .order_by(Case.received_at, Case.id)
        .dicts()
    )
    due = []
    for row in rows:
        received = row["received_at"]
        if isinstance(received, str):
            received = dt.datetime.fromisoformat(received)
        at = notices.interim_due_at(received, row["sent"] or 0)
        if at <= now:
            due.append(DueNotice(row["id"], row["number"], row["summary"], at, row["sent"] or 0))
    return due


def referrals_waiting(today: dt.date) -> list[WaitingReferral]:
    """Referred cases whose agency has not answered by the reminder date: ask it."""
    rows = (
        Case.select(Case.id, Case.number, Case.summary, Case.referral_remind_on)
        .where(
            (Case.classification == "referred")
            & Case.agency_answered_at.is_null()
            & (Case.referral_remind_on <= today)
        )
        .order_by(Case.referral_remind_on, Case.id)
    )
    return [WaitingReferral(r.id, r.number, r.summary, r.referral_remind_on) for r in rows]


def last_progress(case_id: int) -> str:
    """The latest progress the department recorded (what an interim notice tells the resident)."""
    event = (
        CaseEvent.select(CaseEvent.body)
        .where((CaseEvent.case == case_id) & (CaseEvent.kind == "progress"))
        .order_by(CaseEvent.at.desc(), CaseEvent.id.desc())
        .first()
    )
    return event.body if event is not None else ""

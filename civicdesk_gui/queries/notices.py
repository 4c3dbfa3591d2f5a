"""What the law asks the office to send or chase now: interim notices due (시행령 제23조: a case not
completed 30 days after receipt, then every 30 days) and referrals whose agency has not answered by
the reminder date. Read only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from civicdesk_gui.domain import clocks, notices, workflow
from civicdesk_gui.queries.letters import case_facts
from civicdesk_gui.store.letter_models import Approval, Letter
from civicdesk_gui.store.models import Agency, Case, CaseEvent, User
from civicdesk_gui.store.rules import load_rules

# What an interim notice says when the department has recorded no progress yet (the nightly job's words).
DEFAULT_PROGRESS = "담당 부서에서 검토하고 있습니다."


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


def interim_defaults(case_id: int, now: dt.datetime) -> tuple[str, dt.date]:
    """An interim notice's proposal: the latest progress recorded, and the expected completion date —
    the statutory due date while it is ahead, else the next review date, else a month from now."""
    case = Case.get_by_id(case_id)
    expected = case.statutory_due_at.date() if case.statutory_due_at and case.statutory_due_at > now else None
    expected = expected or case.next_review_on or (now + dt.timedelta(days=30)).date()
    return last_progress(case_id) or DEFAULT_PROGRESS, expected


@dataclass(frozen=True)
class NoticeContext:
    """What the notice dialogs need to know about a case: the statutory period (an extension is
    bounded by it, 시행령 제21조), the extensions so far, the pause, the referral."""

    case_id: int
    number: str
    period: clocks.Period | None  # None: no statutory period (not a petition under the Act)
    statutory_due_at: dt.datetime | None
    extensions: int
    paused_at: dt.datetime | None
    agency_name: str
    agency_phone: str
    reason_text: str


def statutory_period(case: Case) -> clocks.Period | None:
    """The statutory period the case's rule gives (the same rule issue_notice extends)."""
    rule = clocks.pick_rule(
        load_rules(),
        clock="statutory",
        channel=case.channel.code,
        category=case.category.code if case.category_id else None,
        kind=case.petition_kind,
    )
    return rule.period if rule is not None and case.petition_kind else None


def notice_context(case_id: int) -> NoticeContext:
    case = Case.get_by_id(case_id)
    agency = Agency.get_or_none(Agency.id == case.agency_id) if case.agency_id else None
    return NoticeContext(
        case.id,
        case.number,
        statutory_period(case),
        case.statutory_due_at,
        case.extensions or 0,
        case.paused_at,
        agency.name if agency else "",
        (agency.phone or "") if agency else "",
        case.reason_text or "",
    )


@dataclass(frozen=True)
class ApprovedNotice:
    approval_id: int
    title: str
    body: str


def approved_notice_draft(case_id: int, kind: str) -> ApprovedNotice | None:
    """The approved, not yet issued, draft of this kind of notice for the case (결재 완료), if any."""
    row = (
        Approval.select(Approval.id, Approval.title, Approval.body)
        .where(
            (Approval.case == case_id)
            & (Approval.subject == "notice")
            & (Approval.kind == kind)
            & (Approval.state == "approved")
        )
        .order_by(Approval.approved_at.desc(), Approval.id.desc())
        .first()
    )
    return ApprovedNotice(row.id, row.title, row.body) if row is not None else None


def pending_notice_draft(case_id: int, kind: str) -> bool:
    """A draft of this kind of notice is in sign-off (drafted, reviewed or returned) for the case."""
    return (
        Approval.select(Approval.id)
        .where(
            (Approval.case == case_id)
            & (Approval.subject == "notice")
            & (Approval.kind == kind)
            & Approval.state.in_(("drafted", "reviewed", "returned"))
        )
        .exists()
    )


def approvers(exclude_user_id: int | None = None) -> list[tuple[int, str]]:
    """Active users a draft can be sent to for sign-off, by name (the action checks each)."""
    query = User.select(User.id, User.display_name).where(User.active == True)  # noqa: E712
    if exclude_user_id is not None:
        query = query.where(User.id != exclude_user_id)
    return [(u.id, u.display_name) for u in query.order_by(User.display_name, User.id)]


def notice_wording(
    case_id: int,
    kind: str,
    *,
    progress: str = "",
    expected_on: dt.date | None = None,
    reason: str = "",
    amount: int = 0,
    consent_on: dt.date | None = None,
    missing: str = "",
    by_date: dt.date | None = None,
    at: dt.datetime,
) -> tuple[str, str]:
    """(제목, 본문) of the notice as issue_notice would word it: the text drafted for sign-off."""
    case = Case.get_by_id(case_id)
    facts = case_facts(case.id)
    text_facts: dict = {
        "number": case.number,
        "summary": case.summary,
        "received_at": case.received_at,
        "contact": " ".join(
            p for p in (facts.department_code, facts.official_name, facts.official_rank) if p
        ),
        "phone": facts.official_phone or facts.department_phone,
    }
    if kind == "interim":
        text_facts.update(progress=progress.strip(), expected_on=expected_on)
    elif kind == "extension":
        period = statutory_period(case)
        due = case.statutory_due_at
        new_due = clocks.extended_due(period, due, amount) if period and due else due
        text_facts.update(reason=reason.strip(), new_due=new_due, consent_on=consent_on)
    elif kind == "transfer":
        agency = Agency.get_or_none(Agency.id == case.agency_id) if case.agency_id else None
        text_facts.update(
            agency=agency.name if agency else "",
            agency_phone=agency.phone if agency else "",
            reason=reason.strip() or case.reason_text or "",
            transferred_on=at.date(),
        )
    elif kind == "supplement":
        text_facts.update(missing=missing.strip(), by_date=by_date)
    return notices.notice_text(kind, text_facts)

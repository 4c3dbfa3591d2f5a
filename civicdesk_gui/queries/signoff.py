"""Drafts awaiting someone's sign-off (결재 대기): the approver's queue and the reviewer's. Read only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from civicdesk_gui.domain.permissions import RULES
from civicdesk_gui.store.letter_models import Approval
from civicdesk_gui.store.models import Case, Official, User


@dataclass(frozen=True)
class WaitingDraft:
    approval_id: int
    case_id: int
    number: str
    subject: str  # domain/signoff.SUBJECTS
    title: str
    state: str
    step: str  # review | approve: what the user is asked to do
    drafted_by: str
    drafted_at: dt.datetime


def awaiting(user_id: int) -> list[WaitingDraft]:
    """What `user_id` is asked to review (drafts naming them as reviewer) or approve (reviewed drafts,
    or drafts without a reviewer, naming them as approver), oldest first."""
    review = (Approval.reviewer == user_id) & (Approval.state == "drafted")
    approve = (Approval.approver == user_id) & (
        (Approval.state == "reviewed") | ((Approval.state == "drafted") & Approval.reviewer.is_null())
    )
    rows = (
        Approval.select(Approval, Case.number, User.display_name)
        .join(Case, on=(Approval.case == Case.id), attr="case_row")
        .switch(Approval)
        .join(User, on=(Approval.drafter == User.id))
        .where(review | approve)
        .order_by(Approval.drafted_at, Approval.id)
    )
    return [
        WaitingDraft(
            row.id,
            row.case_id,
            row.case_row.number,
            row.subject,
            row.title,
            row.state,
            "review" if row.reviewer_id == user_id and row.state == "drafted" else "approve",
            row.drafter.display_name,
            row.drafted_at,
        )
        for row in rows
    ]


# ------------------------------------------------------------------ the desk's sign-off screen


@dataclass(frozen=True)
class DraftRow:
    """One line of the sign-off queue (결재함): a draft awaiting the user, or one of the user's own."""

    approval_id: int
    case_id: int
    number: str
    subject: str  # domain/signoff.SUBJECTS
    title: str
    state: str  # domain/signoff.STATES
    step: str  # review | approve (asked of the user) | deputy (대결 for another) | mine (the user drafted it)
    drafted_by: str
    drafted_at: dt.datetime
    approver: str  # the designated approver's name
    level: str  # domain/signoff.LEVELS
    comment: str  # why it was returned


@dataclass(frozen=True)
class DraftDetail:
    approval_id: int
    case_id: int
    case_version: int
    number: str
    subject: str
    kind: str  # the letter's kind, or the reply method of a result reply
    language: str
    title: str
    body: str
    state: str
    level: str
    mark: str
    comment: str
    drafter_id: int
    drafter: str
    drafted_at: dt.datetime
    reviewer_id: int | None
    reviewer: str
    reviewed_at: dt.datetime | None
    approver_id: int | None
    approver: str
    approved_by: str
    approved_at: dt.datetime | None
    letter_id: int | None


def _names(ids: set[int]) -> dict[int, str]:
    ids.discard(None)
    if not ids:
        return {}
    return {u.id: u.display_name for u in User.select(User.id, User.display_name).where(User.id.in_(ids))}


# Drafts of my own the queue still shows: waiting in the line, returned to me, approved to be issued.
MY_OPEN_STATES = ("drafted", "reviewed", "returned", "approved")


def desk_queue(user_id: int) -> tuple[list[DraftRow], list[DraftRow]]:
    """(awaiting me, my drafts): what the user is asked to review or approve, oldest first; and the
    drafts the user wrote that are not issued yet, the returned ones first."""
    waiting = awaiting(user_id)
    mine = list(
        Approval.select(Approval, Case.number)
        .join(Case, on=(Approval.case == Case.id), attr="case_row")
        .where((Approval.drafter == user_id) & Approval.state.in_(MY_OPEN_STATES))
        .order_by(Approval.drafted_at.desc(), Approval.id.desc())
    )
    by_id = {
        row.id: row
        for row in Approval.select(Approval.id, Approval.approver, Approval.level, Approval.comment).where(
            Approval.id.in_([w.approval_id for w in waiting] or [0])
        )
    }
    names = _names(
        {row.approver_id for row in by_id.values()} | {row.approver_id for row in mine} | {user_id}
    )
    first = [
        DraftRow(
            w.approval_id,
            w.case_id,
            w.number,
            w.subject,
            w.title,
            w.state,
            w.step,
            w.drafted_by,
            w.drafted_at,
            names.get(by_id[w.approval_id].approver_id, ""),
            by_id[w.approval_id].level,
            by_id[w.approval_id].comment,
        )
        for w in waiting
    ]
    order = {"returned": 0, "approved": 1, "drafted": 2, "reviewed": 2}
    second = sorted(
        (
            DraftRow(
                row.id,
                row.case_id,
                row.case_row.number,
                row.subject,
                row.title,
                row.state,
                "mine",
                names.get(user_id, ""),
                row.drafted_at,
                names.get(row.approver_id, ""),
                row.level,
                row.comment,
            )
            for row in mine
        ),
        key=lambda r: order[r.state],
    )
    return first, second


def draft_detail(approval_id: int) -> DraftDetail | None:
    row = Approval.get_or_none(Approval.id == approval_id)
    if row is None:
        return None
    case = Case.select(Case.number, Case.version).where(Case.id == row.case_id).get()
    names = _names({row.drafter_id, row.reviewer_id, row.approver_id, row.approved_by_id})
    return DraftDetail(
        row.id,
        row.case_id,
        case.version,
        case.number,
        row.subject,
        row.kind,
        row.language,
        row.title,
        row.body,
        row.state,
        row.level,
        row.mark,
        row.comment,
        row.drafter_id,
        names.get(row.drafter_id, ""),
        row.drafted_at,
        row.reviewer_id,
        names.get(row.reviewer_id, ""),
        row.reviewed_at,
        row.approver_id,
        names.get(row.approver_id, ""),
        names.get(row.approved_by_id, ""),
        row.approved_at,
        row.letter_id,
    )


@dataclass(frozen=True)
class Signer:
    """Someone who may stand in a sign-off line: an active user whose role may review or approve."""

    user_id: int
    name: str
    role: str
    rank: str  # the linked official's rank (팀장, 과장 ...), or ""
    department_id: int | None


def signers(action: str) -> list[Signer]:
    """Active users whose role may do `action` (signoff.review or signoff.approve), by name."""
    roles = list(RULES[action])
    rows = (
        User.select(User.id, User.display_name, User.role, Official.rank, User.department)
        .join(Official, pw.JOIN.LEFT_OUTER, on=(User.official == Official.id))
        .where(User.active & User.role.in_(roles))
        .order_by(User.display_name, User.id)
        .tuples()
    )
    return [Signer(uid, name, role, rank or "", department) for uid, name, role, rank, department in rows]


def default_approver(level: str, candidates: list[Signer], *, department_id: int | None) -> Signer | None:
    """Who the office's 전결 rule names for the level: the mayor (a viewer) for "mayor"; an official
    ranked 과장 (department head) or 팀장 (team leader) of the case's department, else of any."""
    if level == "mayor":
        wanted = [c for c in candidates if c.role == "viewer"]
    else:
        rank = "과장" if level == "department_head" else "팀장"
        wanted = [c for c in candidates if rank in c.rank]
        wanted.sort(key=lambda c: c.department_id != department_id)
    return wanted[0] if wanted else None


def awaiting_deputy(user_id: int, *, department_id: int | None = None) -> list[DraftRow]:
    """Drafts ready for their approver's signature that name someone else: what `user_id` may sign
    as a deputy (대결) while that approver is absent — of `department_id`'s cases only, when given
    (an official's scope). Never their own drafts."""
    ready = (Approval.state == "reviewed") | ((Approval.state == "drafted") & Approval.reviewer.is_null())
    where = ready & (Approval.approver != user_id) & (Approval.drafter != user_id)
    if department_id is not None:
        where &= Case.department == department_id
    rows = list(
        Approval.select(Approval, Case.number)
        .join(Case, on=(Approval.case == Case.id), attr="case_row")
        .where(where)
        .order_by(Approval.drafted_at, Approval.id)
    )
    names = _names({row.approver_id for row in rows} | {row.drafter_id for row in rows})
    return [
        DraftRow(
            row.id,
            row.case_id,
            row.case_row.number,
            row.subject,
            row.title,
            row.state,
            "deputy",
            names.get(row.drafter_id, ""),
            row.drafted_at,
            names.get(row.approver_id, ""),
            row.level,
            row.comment,
        )
        for row in rows
    ]


def approved_draft(case_id: int, subject: str) -> DraftDetail | None:
    """The case's approved draft of `subject` still to be issued (the newest), if any."""
    row = (
        Approval.select(Approval.id)
        .where((Approval.case == case_id) & (Approval.subject == subject) & (Approval.state == "approved"))
        .order_by(Approval.approved_at.desc(), Approval.id.desc())
        .first()
    )
    return draft_detail(row.id) if row is not None else None


def pending_draft(case_id: int, subject: str) -> DraftDetail | None:
    """The case's draft of `subject` still in the line (drafted, reviewed or returned), if any."""
    row = (
        Approval.select(Approval.id)
        .where(
            (Approval.case == case_id)
            & (Approval.subject == subject)
            & Approval.state.in_(("drafted", "reviewed", "returned"))
        )
        .order_by(Approval.id.desc())
        .first()
    )
    return draft_detail(row.id) if row is not None else None


def case_department(case_id: int) -> int | None:
    """The department a case is routed to: the sign-off line's default approver comes from it."""
    row = Case.select(Case.department).where(Case.id == case_id).tuples().first()
    return row[0] if row else None

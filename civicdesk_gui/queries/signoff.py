"""Drafts awaiting someone's sign-off (결재 대기): the approver's queue and the reviewer's. Read only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.store.letter_models import Approval
from civicdesk_gui.store.models import Case, User


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
        .join(Case, on=(Approval.case == Case.id))
        .switch(Approval)
        .join(User, on=(Approval.drafter == User.id))
        .where(review | approve)
        .order_by(Approval.drafted_at, Approval.id)
    )
    return [
        WaitingDraft(
            row.id,
            row.case_id,
            row.case.number,
            row.subject,
            row.title,
            row.state,
            "review" if row.reviewer_id == user_id and row.state == "drafted" else "approve",
            row.drafter.display_name,
            row.drafted_at,
        )
        for row in rows
    ]

"""The sign-off screen's writes (결재함), one function per user action. Only ops modules import actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.actions import cases, letters, signoff
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.ui.shell.ops import WriteOp


def review_draft(*, parent: QWidget | None, actor: Actor, approval_id: int) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: signoff.review_draft(approval_id=approval_id, actor=actor),
        done_message=QCoreApplication.translate("ApprovalsOps", "Reviewed: the draft goes to its approver"),
    )


def approve_draft(*, parent: QWidget | None, actor: Actor, approval_id: int, deputy: bool) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: signoff.approve_draft(approval_id=approval_id, actor=actor, deputy=deputy),
        done_message=QCoreApplication.translate("ApprovalsOps", "Approved (결재)"),
    )


def return_draft(*, parent: QWidget | None, actor: Actor, approval_id: int, comment: str) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: signoff.return_draft(approval_id=approval_id, actor=actor, comment=comment),
        done_message=QCoreApplication.translate("ApprovalsOps", "Returned to the drafter"),
    )


def resubmit_draft(
    *, parent: QWidget | None, actor: Actor, approval_id: int, title: str, body: str
) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: signoff.resubmit_draft(approval_id=approval_id, title=title, body=body, actor=actor),
        done_message=QCoreApplication.translate("ApprovalsOps", "Submitted again for sign-off"),
    )


def issue_letter(
    *, parent: QWidget | None, actor: Actor, case_id: int, approval_id: int, signer=None
) -> WriteOp:
    """Issue an approved letter: the approved title, text and language go out (the action takes them
    from the draft), with a register number, signed with the office's certificate when one is
    configured — the same letter the Letters screen would issue."""
    return WriteOp(
        parent,
        lambda _job: letters.issue_letter(
            case_id=case_id,
            actor=actor,
            expected_version=None,
            language="ko",
            subject="-",
            body="-",
            approval_id=approval_id,
            signer=signer,
        ),
        done_message=QCoreApplication.translate("ApprovalsOps", "Letter issued"),
    )


def send_reply(*, parent: QWidget | None, actor: Actor, case_id: int, approval_id: int) -> WriteOp:
    """Record an approved result reply (its approved text and method) as sent to the resident."""
    return WriteOp(
        parent,
        lambda _job: cases.record_reply(
            case_id=case_id,
            method="phone",  # the draft's own method is recorded
            text="",
            actor=actor,
            expected_version=None,
            purpose="result",
            approval_id=approval_id,
        ),
        done_message=QCoreApplication.translate("ApprovalsOps", "Result reply recorded"),
    )

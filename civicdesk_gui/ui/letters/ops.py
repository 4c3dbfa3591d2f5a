"""The letters screens' writes, one function per user action. Only ops modules import actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.actions import letter_batch, letters, signoff
from civicdesk_gui.actions.actor import Actor

# re-exported: the screens' type hints
from civicdesk_gui.actions.letter_batch import BatchFailure, BatchResult
from civicdesk_gui.actions.letters import IssuedLetter
from civicdesk_gui.domain.changes import MANY, Changes
from civicdesk_gui.ui.shell.background import Job
from civicdesk_gui.ui.shell.ops import WriteOp

__all__ = ["BatchFailure", "BatchResult", "IssuedLetter"]


def issue_letter(
    *,
    parent: QWidget | None,
    actor: Actor,
    case_id: int,
    version: int | None,
    language: str,
    subject: str,
    body: str,
    signer=None,
    replaces_letter_id: int | None = None,
    void_reason: str = "",
    approval_id: int | None = None,
) -> WriteOp[letters.IssuedLetter]:
    """Issue (or correct) one case's letter; rendering and signing run in the background. With
    `approval_id`, the approved draft's title and text go out (sign-off, 결재)."""
    return WriteOp(
        parent,
        lambda _job: letters.issue_letter(
            case_id=case_id,
            actor=actor,
            expected_version=version,
            language=language,
            subject=subject,
            body=body,
            signer=signer,
            replaces_letter_id=replaces_letter_id,
            void_reason=void_reason,
            approval_id=approval_id,
        ),
        done_message=QCoreApplication.translate("LetterOps", "Letter issued"),
    )


def draft_letter(
    *,
    parent: QWidget | None,
    actor: Actor,
    case_id: int,
    kind: str,
    language: str,
    title: str,
    body: str,
    reviewer_id: int | None,
    approver_id: int,
) -> WriteOp[signoff.SignoffStep]:
    """Submit the mayor-signed letter for sign-off (결재 올리기) instead of issuing it."""
    return WriteOp(
        parent,
        lambda _job: signoff.draft_letter(
            case_id=case_id,
            subject="mayor_letter",
            kind=kind,
            language=language,
            title=title,
            body=body,
            reviewer_id=reviewer_id,
            approver_id=approver_id,
            actor=actor,
        ),
        done_message=QCoreApplication.translate("LetterOps", "Submitted for sign-off"),
    )


def void_letter(*, parent: QWidget | None, actor: Actor, letter_id: int, reason: str) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: letters.void_letter(letter_id=letter_id, reason=reason, actor=actor),
        done_message=QCoreApplication.translate("LetterOps", "Letter voided; the case awaits a new letter"),
    )


def issue_pending_letters(
    *, parent: QWidget | None, actor: Actor, case_ids: list[int], language: str, folder: Path, signer=None
) -> WriteOp[BatchResult]:
    """Issue the selected cases' letters from their templates into `folder`: the files owed by earlier
    batches first, then each letter's file from its stored bytes right after it is issued, then one
    combined PDF. Each letter is its own transaction, so a Cancel keeps the letters issued so far."""

    def work(job: Job) -> BatchResult:
        return letter_batch.issue_pending_letters(
            case_ids,
            actor=actor,
            language=language,
            signer=signer,
            report=job.report,
            check=job.check,
            folder=folder,
        )

    return WriteOp(parent, work, changes_if_cancelled=Changes.of(letters=MANY, cases=case_ids))


def save_letter_template(
    *,
    parent: QWidget | None,
    actor: Actor,
    kind: str,
    language: str,
    subject: str,
    body: str,
    version: int,
) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: letters.save_letter_template(
            kind=kind, language=language, subject=subject, body=body, actor=actor, expected_version=version
        ),
        done_message=QCoreApplication.translate("LetterOps", "Template saved"),
    )


def save_city_settings(*, parent: QWidget | None, actor: Actor, values: dict) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: letters.save_city_settings(values=values, actor=actor),
        done_message=QCoreApplication.translate("LetterOps", "City settings saved"),
    )

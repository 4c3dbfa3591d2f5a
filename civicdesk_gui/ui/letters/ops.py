"""The letters screens' writes, one function per user action. Only ops modules import actions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.actions import letters
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.letters import BatchResult, IssuedLetter  # re-exported: the screens' type hints
from civicdesk_gui.domain.changes import MANY, Changes
from civicdesk_gui.ui.shell.background import Job
from civicdesk_gui.ui.shell.ops import WriteOp

__all__ = ["BatchResult", "IssuedBatch", "IssuedLetter"]


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
) -> WriteOp[letters.IssuedLetter]:
    """Issue (or correct) one case's letter; rendering and signing run in the background."""
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
        ),
        done_message=QCoreApplication.translate("LetterOps", "Letter issued"),
    )


def void_letter(*, parent: QWidget | None, actor: Actor, letter_id: int, reason: str) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: letters.void_letter(letter_id=letter_id, reason=reason, actor=actor),
        done_message=QCoreApplication.translate("LetterOps", "Letter voided; the case awaits a new letter"),
    )


@dataclass(frozen=True)
class IssuedBatch:
    """A batch's letters and the files written for them."""

    result: letters.BatchResult
    combined: Path | None
    paths: list[Path]

    @property
    def changes(self) -> Changes:
        return self.result.changes


def issue_pending_letters(
    *, parent: QWidget | None, actor: Actor, case_ids: list[int], language: str, folder: Path, signer=None
) -> WriteOp[IssuedBatch]:
    """Issue the selected cases' letters from their templates, then write one PDF per case and a
    combined one. Each letter is its own transaction, so a Cancel keeps the letters issued so far."""

    def work(job: Job) -> IssuedBatch:
        result = letters.issue_pending_letters(
            case_ids, actor=actor, language=language, signer=signer, report=job.report, check=job.check
        )
        combined, paths = letters.write_letter_files(result.issued, folder)
        return IssuedBatch(result, combined, paths)

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

"""Issuing letters in a batch, and the files a batch owes (`civicdesk letters`, the Letters screen's
"Issue all pending").

Each letter is its own transaction (actions/letters.issue_letter). A batch given a folder records in
that transaction the file the letter is owed there; after the commit it writes the file from the
stored bytes (checked against their SHA-256), atomically (atomic_file.py), then stamps it written.
So a cancel, a crash or a kill leaves every letter fully issued or not at all, and an issued letter
whose file was not written is *owed*: every later batch into a folder first writes the owed files.
A file that cannot be written (a full disk, a folder gone read-only) stops the batch: no more letters
are issued whose files could not be written, and the result says why it stopped.

The folder is checked before anything is issued (exists, takes a new file, has room for the letters:
queries.letters.batch_room_needed); callers check it before asking for the signing passphrase too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.letters import IssuedLetter, issue_letter
from civicdesk_gui.actions.permission import require
from civicdesk_gui.atomic_file import remove_leftovers, write_file
from civicdesk_gui.documents.letters.combine import combine_pdfs
from civicdesk_gui.documents.letters.files import letter_file_name
from civicdesk_gui.domain.changes import NOTHING, Changes
from civicdesk_gui.errors import CivicDeskError, FileError, ValidationError
from civicdesk_gui.file_checks import check_output_folder
from civicdesk_gui.queries.letters import (
    batch_room_needed,
    letter_draft,
    owed_letter_ids,
    standing_letter,
    stored_letter,
    stored_size,
)
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.letter_models import Letter
from civicdesk_gui.store.models import Case, now


@dataclass(frozen=True)
class BatchFailure:
    """A case that got no letter, and why: a code and values, so the GUI says it in the desk's language."""

    case_number: str
    error: CivicDeskError

    @property
    def message(self) -> str:
        return str(self.error)


@dataclass(frozen=True)
class LetterFile:
    letter_id: int
    case_number: str
    register_number: str
    path: Path
    earlier: bool = False  # owed by an earlier batch that did not write it


@dataclass
class BatchResult:
    issued: list[IssuedLetter] = field(default_factory=list)
    failed: list[BatchFailure] = field(default_factory=list)
    files: list[LetterFile] = field(default_factory=list)  # every file written, owed ones first
    combined: Path | None = None  # one PDF of all the files, for the printer
    stopped: CivicDeskError | None = None  # what stopped the batch before its end (a full disk...)

    @property
    def earlier_files(self) -> list[LetterFile]:
        return [f for f in self.files if f.earlier]

    @property
    def paths(self) -> list[Path]:
        return [f.path for f in self.files]

    @property
    def changes(self) -> Changes:
        """Every issued letter and its case, and each letter whose file was written (its row is
        stamped); a failed case was not written (its transaction rolled back)."""
        changes = NOTHING
        for issued in self.issued:
            changes |= issued.changes
        if self.files:
            changes |= Changes.of(letters={f.letter_id for f in self.files})
        return changes


def _mark_written(letter_id: int, path: Path) -> None:
    """Stamp the letter's file as written whole. Not case work, so no history event: the case did
    not change, and the letter row is what a later batch asks."""
    with database_proxy.atomic():
        Letter.update(file_path=str(path), file_written_at=now()).where(Letter.id == letter_id).execute()


def _write_one(letter_id: int, folder: Path, *, earlier: bool) -> tuple[LetterFile, bytes]:
    letter = stored_letter(letter_id)  # the bytes as stored, checked against their SHA-256
    path = folder / letter_file_name(letter.case_number, letter.register_number)
    write_file(path, letter.pdf)
    _mark_written(letter_id, path)
    return LetterFile(letter_id, letter.case_number, letter.register_number, path, earlier), letter.pdf


def check_batch_folder(folder: Path, *, new_letters: int, owed: list[int], combined: bool = True) -> Path:
    """The folder exists (or is made), takes a new file and has room for the owed files and
    `new_letters` more (and their combined copy): checked before anything is issued."""
    needed = stored_size(owed) + batch_room_needed(new_letters)
    return check_output_folder(folder, needed_bytes=needed * (2 if combined else 1))


def issue_pending_letters(
    case_ids: list[int],
    *,
    actor: Actor,
    language: str = "ko",
    signer=None,
    report: Callable[[int, int, str], None] | None = None,
    check: Callable[[], None] | None = None,
    issued_at: Mapping[int, dt.datetime] | None = None,
    folder: Path | None = None,
    combined: bool = True,
) -> BatchResult:
    """Issue each case's letter from its template, one transaction per letter. Cases that got a
    letter meanwhile are skipped; a case that cannot get one is reported and the batch goes on.
    `issued_at` dates letters by case id (a register filled in after the fact); others are dated now.
    With `folder`, the files owed from earlier batches are written first, then each new letter's file
    right after it is issued, then (with `combined`) one PDF of all of them."""
    with database_proxy.atomic():  # refused once for the batch, before any file is touched
        require(actor, "letter.issue")
    result = BatchResult()
    if folder is not None:
        owed = owed_letter_ids()
        folder = check_batch_folder(folder, new_letters=len(case_ids), owed=owed, combined=combined)
        remove_leftovers(folder)
        pdfs = _write_files(owed, folder, result, earlier=True)
    else:
        pdfs = []
    total = len(case_ids)
    for index, case_id in enumerate(case_ids):
        if result.stopped is not None:
            break
        if check is not None:
            check()
        if standing_letter(case_id) is not None:
            continue
        try:
            draft = letter_draft(case_id, language)
            issued = issue_letter(
                case_id=case_id,
                actor=actor,
                expected_version=None,
                language=language,
                subject=draft.subject,
                body=draft.body,
                signer=signer,
                at=issued_at.get(case_id) if issued_at else None,
                file_folder=folder,
            )
        except CivicDeskError as exc:
            number = Case.select(Case.number).where(Case.id == case_id).scalar() or str(case_id)
            result.failed.append(BatchFailure(number, exc))
            continue
        result.issued.append(issued)
        if folder is not None:
            pdfs += _write_files([issued.letter_id], folder, result, earlier=False)
        if report is not None:
            report(index + 1, total, f"{issued.case_number} {issued.register_number}")
    if folder is not None and combined:
        _write_combined(folder, pdfs, result)
    return result


def write_letter_files(
    letter_ids: list[int], folder: Path, *, actor: Actor, combined: bool = True
) -> BatchResult:
    """Write these issued letters' files from their stored bytes (a reprint, or the owed files), and
    a combined PDF when there are several. Voided letters are refused: they are not to be mailed.
    Residents' letters leaving the app: the office's permission, and an audit event naming them."""
    with database_proxy.atomic():
        require(actor, "letter.issue")
    for letter_id in letter_ids:
        letter = stored_letter(letter_id)
        if letter.voided:
            raise ValidationError("letter.voided_no_reprint", {"register_number": letter.register_number})
    folder = check_output_folder(folder, needed_bytes=stored_size(letter_ids) * (2 if combined else 1))
    remove_leftovers(folder)
    result = BatchResult()
    pdfs = _write_files(letter_ids, folder, result, earlier=False)
    if combined:
        _write_combined(folder, pdfs, result)
    _audit_files(actor, folder, result, "reprint")
    return result


def write_owed_letter_files(folder: Path, *, actor: Actor) -> BatchResult:
    """Only the files owed by earlier batches (a re-run with nothing new to issue)."""
    with database_proxy.atomic():
        require(actor, "letter.issue")
    owed = owed_letter_ids()
    folder = check_output_folder(folder, needed_bytes=stored_size(owed))
    remove_leftovers(folder)
    result = BatchResult()
    _write_files(owed, folder, result, earlier=True)
    _audit_files(actor, folder, result, "missing")
    return result


def _audit_files(actor: Actor, folder: Path, result: BatchResult, mode: str) -> None:
    """One event for the files written (none written: nothing left the app, nothing to record)."""
    from civicdesk_gui.actions.audit import append_audit

    if not result.files:
        return
    with database_proxy.atomic():
        append_audit(
            "letter_files",
            actor=actor,
            details={
                "mode": mode,
                "folder": str(folder),
                "files": len(result.files),
                "letters": [f.path.name for f in result.files],
            },
        )


def _write_files(letter_ids: list[int], folder: Path, result: BatchResult, *, earlier: bool) -> list[bytes]:
    pdfs = []
    for letter_id in letter_ids:
        try:
            written, pdf = _write_one(letter_id, folder, earlier=earlier)
        except FileError as exc:
            result.stopped = exc
            break
        result.files.append(written)
        pdfs.append(pdf)
    return pdfs


def _write_combined(folder: Path, pdfs: list[bytes], result: BatchResult) -> None:
    if len(pdfs) < 2 or result.stopped is not None:
        return
    path = folder / f"letters-{now():%Y%m%d-%H%M%S}-combined.pdf"
    try:
        write_file(path, combine_pdfs(pdfs))
    except FileError as exc:
        result.stopped = exc
        return
    result.combined = path

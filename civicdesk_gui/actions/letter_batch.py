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

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.letters import BatchLetter, IssuedLetter, issue_letter, register_counter_name
from civicdesk_gui.actions.permission import require
from civicdesk_gui.atomic_file import remove_leftovers, write_file
from civicdesk_gui.documents.letters.combine import combine_pdfs
from civicdesk_gui.documents.letters.content import CaseFacts, letter_content
from civicdesk_gui.documents.letters.files import letter_file_name
from civicdesk_gui.documents.letters.layout import LetterContent
from civicdesk_gui.documents.letters.render_pool import RenderPool, worker_count
from civicdesk_gui.domain.changes import NOTHING, Changes
from civicdesk_gui.errors import CivicDeskError, FileError, ValidationError
from civicdesk_gui.file_checks import check_output_folder
from civicdesk_gui.queries.letters import (
    LetterDraft,
    LetterReads,
    batch_room_needed,
    case_facts,
    letter_reads,
    owed_letter_ids,
    standing_letter,
    stored_letter,
    stored_size,
)
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.letter_models import Letter
from civicdesk_gui.store.models import Case, now
from civicdesk_gui.store.sequences import peek_value

# A render worker that dies (killed, out of memory) stops the batch with this one error: the letters
# issued before it stand whole, the letter being issued is rolled back, the rest still await a letter.
WORKER_LOST = "letter.render_worker_lost"
POOL_FROM = 50  # letters: for fewer, starting the workers (a second or two) costs more than it saves
LOOKAHEAD_PER_WORKER = 3  # letters rendered ahead per worker


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


@dataclass(frozen=True)
class _Foreseen:
    facts: CaseFacts  # as read before the letter's transaction
    today: dt.date
    draft: LetterDraft  # the template filled with them
    content: LetterContent | None  # with the foreseen register number (None: not rendered ahead)
    number: str | None
    pdf: Future | None


class _RenderAhead:
    """Reads, fills and renders the batch's next letters while this process issues the current one.

    What all letters share (letterhead, templates, the sign-off rule) is read once for the batch
    (`reads`). Each coming letter's case facts are read once and its template filled once; the
    letter's transaction reads the facts again and keeps that wording if they are unchanged.

    With worker processes (documents/letters/render_pool.py) the coming letters are also rendered
    ahead. A letter prints its register number, drawn only inside its own transaction: the number
    each coming letter will get is foreseen (the department's counter plus the letters foreseen before
    it) and its content rendered with it. issue_letter takes that PDF only when the content it builds
    in its transaction is identical — same number, facts, date, wording — and renders the letter
    itself otherwise. When a foreseen number was not the one drawn (a skipped or failed case,
    another desk issuing meanwhile), the letters rendered ahead are dropped and foreseen again."""

    def __init__(self, case_ids: list[int], *, reads: LetterReads, issued_at, workers: int | None):
        self.case_ids = case_ids
        self.reads = reads
        self.issued_at = issued_at
        if workers is None:  # by default only a batch worth the workers' start-up gets them
            workers = worker_count() if len(case_ids) >= POOL_FROM else 1
        self.pool = RenderPool(workers) if workers > 1 else None
        self.limit = LOOKAHEAD_PER_WORKER * workers
        self.pending: dict[int, _Foreseen] = {}
        self.next_index = 0
        self.next_serial: dict[str, int] = {}

    def fill(self, current: int) -> None:
        if self.pool is None:
            return
        self.next_index = max(self.next_index, current)
        while self.next_index < len(self.case_ids) and self.next_index < current + self.limit:
            index = self.next_index
            self.next_index += 1
            foreseen = self._foresee(self.case_ids[index])
            if foreseen is None:
                continue
            try:
                future = self.pool.submit(foreseen.content)
            except BrokenProcessPool:  # a worker died: the batch stops here (WORKER_LOST)
                raise CivicDeskError("letter.render_worker_lost") from None
            self.pending[index] = dataclasses.replace(foreseen, pdf=future)

    def _issue_date(self, case_id: int) -> dt.date:
        at = self.issued_at.get(case_id) if self.issued_at else None
        return (at or now()).date()

    def _foresee(self, case_id: int) -> _Foreseen | None:
        """The content the case's letter will have, or None when it will not be issued as foreseen."""
        if standing_letter(case_id) is not None:
            return None
        today = dt.date.today()
        try:
            facts = case_facts(case_id)
            draft = self.reads.draft(facts, today)
        except CivicDeskError:
            return None  # it fails at its turn, and says why then
        code = facts.department_code
        if not code:
            return None  # refused at its turn (no department to number it)
        if code not in self.next_serial:
            self.next_serial[code] = peek_value(register_counter_name(code)) + 1
        number = f"{code}-{self.next_serial[code]}"
        self.next_serial[code] += 1
        content = letter_content(
            facts,
            self.reads.city,
            language=self.reads.language,
            subject=draft.subject.strip(),
            body=draft.body,
            register_number=number,
            issue_date=self._issue_date(case_id),
        )
        return _Foreseen(facts, today, draft, content, number, None)

    def letter(self, index: int) -> BatchLetter:
        """What issue_letter needs of the batch for this letter (see actions/letters.BatchLetter)."""
        entry = self.pending.get(index)
        reads = self.reads

        def draft_for(facts: CaseFacts) -> LetterDraft:
            today = dt.date.today()
            if entry is not None and entry.facts == facts and entry.today == today:
                return entry.draft  # filled once, before the transaction
            return reads.draft(facts, today)

        if entry is None or entry.pdf is None:
            return BatchLetter(reads, draft_for)
        rendered_from, future, pool = entry.content, entry.pdf, self.pool

        def pdf_for(content: LetterContent) -> bytes | None:
            if content != rendered_from:
                return None
            try:
                return pool.result(future)
            except BrokenProcessPool:  # a worker died (killed, out of memory): the batch stops,
                # and this letter's transaction, which asked for the PDF, is rolled back
                raise CivicDeskError("letter.render_worker_lost") from None
            except Exception:  # the rendering failed there: this process renders, and says why
                return None

        return BatchLetter(reads, draft_for, pdf_for)

    def done(self, index: int, register_number: str | None) -> None:
        entry = self.pending.pop(index, None)
        foreseen = entry.number if entry is not None else None
        if foreseen != register_number:  # the numbers foreseen after it are off: foresee again
            for pending in self.pending.values():
                if pending.pdf is not None:
                    pending.pdf.cancel()
            self.pending.clear()
            self.next_serial.clear()
            self.next_index = index + 1

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()


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
    workers: int | None = None,
) -> BatchResult:
    """Issue each case's letter from its template, one transaction per letter. Cases that got a
    letter meanwhile are skipped; a case that cannot get one is reported and the batch goes on.
    `issued_at` dates letters by case id (a register filled in after the fact); others are dated now.
    With `folder`, the files owed from earlier batches are written first, then each new letter's file
    right after it is issued, then (with `combined`) one PDF of all of them. The PDFs are rendered
    ahead in `workers` processes (default: one per core from POOL_FROM letters; 1: in this process), see
    _RenderAhead."""
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
    reads = letter_reads(language)
    ahead = _RenderAhead(case_ids, reads=reads, issued_at=issued_at, workers=workers)
    try:
        for index, case_id in enumerate(case_ids):
            if result.stopped is not None:
                break
            if check is not None:
                check()
            try:
                ahead.fill(index)
            except CivicDeskError as exc:  # WORKER_LOST
                result.stopped = exc
                break
            try:
                issued = issue_letter(
                    case_id=case_id,
                    actor=actor,
                    expected_version=None,
                    language=language,
                    signer=signer,
                    at=issued_at.get(case_id) if issued_at else None,
                    file_folder=folder,
                    batch=ahead.letter(index),
                )
            except CivicDeskError as exc:
                ahead.done(index, None)
                if exc.code == WORKER_LOST:
                    result.stopped = exc  # the letters before it stand; this one was rolled back
                    break
                if exc.code == "letter.already_issued":
                    continue  # issued meanwhile (another desk, an earlier batch): nothing owed
                number = Case.select(Case.number).where(Case.id == case_id).scalar() or str(case_id)
                result.failed.append(BatchFailure(number, exc))
                continue
            ahead.done(index, issued.register_number)
            result.issued.append(issued)
            if folder is not None:
                pdfs += _write_files([issued.letter_id], folder, result, earlier=False)
            if report is not None:
                report(index + 1, total, f"{issued.case_number} {issued.register_number}")
    finally:
        ahead.close()
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

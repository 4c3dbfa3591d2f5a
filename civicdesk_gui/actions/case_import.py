"""Import of the text-message gateway's CSV export as cases (no Qt: the CLI and the GUI both call this).

documents/sms_import.py reads the file into parsed and rejected rows (every record is one or the
other); here the good rows become cases through intake_case, and every record of the file ends as
exactly one of imported, duplicate or rejected (or, after Cancel, not reached yet):
`imported + duplicates + len(rejected) + not_reached == records`.

- The file is claimed first (actions/import_batches.py): the same file imported by two desks at
  once is written once, and a file imported before says when and by whom.
- Each row's import key (hash of received time + phone + text) is looked up first, so importing the
  same messages again adds nothing.
- Rows are written in batches, one transaction each: a crash, a kill or Cancel leaves whole batches
  only, and importing the file again completes it.
- Inside a batch each row has its own savepoint: a row the case rules or the database refuse is
  rejected alone (its reason reported), never its batch — on PostgreSQL too, where an error would
  otherwise abort the whole transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from civicdesk_gui.actions import cases, import_batches
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.import_batches import BusyImport, Claim, EarlierImport
from civicdesk_gui.actions.permission import require
from civicdesk_gui.documents.sms_import import ParsedRow, RowProblem, SmsTable, parse_table, read_table
from civicdesk_gui.domain import qr_tags
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries.imports import existing_import_keys
from civicdesk_gui.queries.reference_lists import towns
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Place

DEFAULT_BATCH_SIZE = 200


@dataclass
class ImportReport:
    file: str
    encoding: str = ""
    delimiter: str = ""
    records: int = 0  # the file's records (blank lines are not records)
    imported: int = 0
    duplicates: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    not_reached: int = 0  # good rows left when Cancel stopped the import
    blank_lines: int = 0
    cancelled: bool = False
    earlier: EarlierImport | None = None  # the file was imported (or begun) before
    case_ids: list[int] = field(default_factory=list)

    @property
    def accounted(self) -> int:
        """Every record ends in exactly one of these: this equals `records`."""
        return self.imported + self.duplicates + len(self.rejected) + self.not_reached

    @property
    def changes(self) -> Changes:
        # The exact new ids, even for a big file: the report holds them anyway, a frozenset of a
        # hundred thousand ints is a few megabytes, and a view showing some of them can tell.
        # Only committed batches are in case_ids, so a cancelled import declares what it kept.
        return Changes.of(cases=self.case_ids)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


def _write_row(candidate: ParsedRow, actor: Actor, places: dict[str, Place]) -> int:
    # A QR poster's tag (domain/qr_tags.py) attributes the text to its place: channel QR, the place's
    # town, topic and department (the coordinator can still change them). A tag naming no known
    # place, or a damaged one, stays in the text and is kept on the case, flagged.
    tag = qr_tags.find_tag(candidate.text)
    place = places.get(tag.code) if tag is not None and tag.code is not None else None
    with database_proxy.atomic():  # a savepoint inside the batch: a refused row is undone alone
        return cases.intake_case(
            channel="qr" if place is not None else "text",
            text=candidate.text,
            received_at=candidate.received_at,
            submitter_name=candidate.name,
            submitter_phone=candidate.phone,
            submitter_address=candidate.address,
            town_id=place.town_id if place is not None and place.town_id else candidate.town_id,
            topic_id=place.topic_id if place is not None else None,
            department_id=place.department_id if place is not None else None,
            place_id=place.id if place is not None else None,
            qr_tag=tag.raw if tag is not None and place is None else "",
            import_key=candidate.key,
            actor=actor,
            find_duplicates=False,  # nobody sees it here; the import key stops repeats
        ).case_id


def _write_batch(
    batch: list[ParsedRow], *, claim: Claim, actor: Actor, seen: set[str], report: ImportReport
) -> None:
    created: list[int] = []
    duplicates = 0
    refused: list[RowProblem] = []
    with database_proxy.atomic():
        import_batches.heartbeat(claim)  # first: on SQLite it takes the write lock for the batch
        existing = existing_import_keys(c.key for c in batch)
        places = {p.code: p for p in Place.select()}
        for candidate in batch:
            if candidate.key in existing or candidate.key in seen:
                duplicates += 1
                continue
            try:
                case_id = _write_row(candidate, actor, places)
            except ValidationError as exc:
                reason = exc.phrase if exc.phrase is not None else str(exc)
                refused.append(
                    RowProblem(report.file, candidate.row, "import.row_refused", {"reason": reason})
                )
                continue
            except peewee.IntegrityError as exc:
                # Another file holding the same message, imported by another desk at this moment.
                if existing_import_keys([candidate.key]):
                    duplicates += 1
                    seen.add(candidate.key)
                    continue
                refused.append(
                    RowProblem(
                        report.file, candidate.row, "import.row_not_stored", {"reason": _one_line(exc)}
                    )
                )
                continue
            except peewee.DataError as exc:  # a limit the checks before missed: this row only
                refused.append(
                    RowProblem(
                        report.file, candidate.row, "import.row_not_stored", {"reason": _one_line(exc)}
                    )
                )
                continue
            seen.add(candidate.key)
            created.append(case_id)
    # Counted only once the batch is committed, so the report never claims a rolled-back row.
    report.imported += len(created)
    report.duplicates += duplicates
    report.rejected.extend(refused)
    report.case_ids.extend(created)


def import_sms_file(
    path: str | Path,
    *,
    actor: Actor,
    encoding: str | None = None,
    mapping: dict[str, str] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_wait: Callable[[BusyImport], None] | None = None,
    today: dt.date | None = None,
    table: SmsTable | None = None,
) -> ImportReport:
    """Import one gateway export; see the module docstring for the rules. `on_wait` is told once
    when another desk is importing the same file and this import waits for it; `table` is the file
    already read by read_table (the CLI reads it before opening the database)."""
    with database_proxy.atomic():
        require(actor, "case.import")  # before the file is read: a refusal writes nothing
    table = table if table is not None else read_table(path, encoding=encoding)
    batch_size = max(1, batch_size)
    parsed = parse_table(
        table, mapping=mapping, town_ids={t.label: t.id for t in towns(active_only=False)}, today=today
    )
    report = ImportReport(
        parsed.file,
        parsed.encoding,
        parsed.delimiter,
        records=parsed.records,
        rejected=list(parsed.rejected),
        blank_lines=parsed.blank_lines,
    )
    candidates = parsed.rows
    claim = import_batches.claim_file(
        kind="sms",
        digest=parsed.digest,
        file_name=parsed.file,
        actor=actor,
        should_stop=should_stop,
        on_wait=on_wait,
    )
    if claim is None:  # cancelled while another desk imported the file
        report.cancelled = True
        report.not_reached = len(candidates)
        return report
    report.earlier = claim.earlier
    seen: set[str] = set()
    done = len(parsed.rejected)  # rejected rows are done already
    if progress:
        progress(done, report.records)
    try:
        for start in range(0, len(candidates), batch_size):
            if should_stop is not None and should_stop():
                report.cancelled = True  # between batches: what was committed stays, nothing is half-written
                report.not_reached = len(candidates) - start
                break
            batch = candidates[start : start + batch_size]
            _write_batch(batch, claim=claim, actor=actor, seen=seen, report=report)
            done += len(batch)
            if progress:
                progress(done, report.records)
    except BaseException:
        import_batches.release(claim, imported=report.imported)
        raise
    report.rejected.sort(key=lambda p: p.row)
    if report.cancelled:
        import_batches.release(claim, imported=report.imported)
    else:
        import_batches.finish(
            claim,
            records=report.records,
            imported=report.imported,
            duplicates=report.duplicates,
            rejected=len(report.rejected),
        )
    return report

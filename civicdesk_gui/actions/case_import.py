"""Import of the text-message gateway's CSV export as cases (no Qt: the CLI and the GUI both call this).

documents/sms_import.py reads the file into parsed and rejected rows (every record is one or the
other); here the good rows become cases with intake_case's rules, and every record of the file ends as
exactly one of imported, duplicate or rejected (or, after Cancel, not reached yet):
`imported + duplicates + len(rejected) + not_reached == records`.

- The file is claimed first (actions/import_batches.py): the same file imported by two desks at
  once is written once, and a file imported before says when and by whom.
- Each row's import key (hash of received time + phone + text) is looked up first, so importing the
  same messages again adds nothing.
- Rows are written in batches, one transaction each: a crash, a kill or Cancel leaves whole batches
  only, and importing the file again completes it.
- A batch is written in a few statements (the duplicate check in one query, the cases in a
  multi-row INSERT or two on SQLite and one COPY on PostgreSQL, store/bulk.py, their intake events
  likewise, their ids in one query): the rows are checked in Python first (the same
  checks intake_case makes), so a row the case rules refuse is rejected alone with their reason.
  Should the database still refuse the batch's insert, its savepoint is undone and that batch goes
  row by row, each row in its own savepoint, so the refused row is named and rejected alone, never
  its batch — on PostgreSQL too, where an error would otherwise abort the whole transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from civicdesk_gui.actions import cases, import_batches
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.history import event_fields
from civicdesk_gui.actions.import_batches import BusyImport, Claim, EarlierImport
from civicdesk_gui.actions.permission import require
from civicdesk_gui.documents.sms_import import ParsedRow, RowProblem, SmsTable, parse_table, read_table
from civicdesk_gui.domain import qr_tags
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.numbering import case_counter_name, format_case_number
from civicdesk_gui.domain.phone import PhoneNumber
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries.imports import case_ids_by_number, existing_import_keys
from civicdesk_gui.queries.reference_lists import towns
from civicdesk_gui.store.bulk import insert_dicts
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case, CaseEvent, Channel, Department, Place, Topic, Town, now
from civicdesk_gui.store.sequences import reserve_values

DEFAULT_BATCH_SIZE = 1000  # rows per transaction: Cancel answers within about a second


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


def _intake_args(candidate: ParsedRow, places: dict[str, Place]) -> dict:
    # A QR poster's tag (domain/qr_tags.py) attributes the text to its place: channel QR, the place's
    # town, topic and department (the coordinator can still change them). A tag naming no known
    # place, or a damaged one, stays in the text and is kept on the case, flagged.
    tag = qr_tags.find_tag(candidate.text)
    place = places.get(tag.code) if tag is not None and tag.code is not None else None
    return dict(
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
    )


def _write_row(candidate: ParsedRow, actor: Actor, places: dict[str, Place]) -> int:
    with database_proxy.atomic():  # a savepoint inside the batch: a refused row is undone alone
        return cases.intake_case(
            **_intake_args(candidate, places),
            actor=actor,
            find_duplicates=False,  # nobody sees it here; the import key stops repeats
        ).case_id


def _refused(report: ImportReport, row: int, exc: ValidationError) -> RowProblem:
    reason = exc.phrase if exc.phrase is not None else str(exc)
    return RowProblem(report.file, row, "import.row_refused", {"reason": reason})


def _not_stored(report: ImportReport, row: int, exc: Exception) -> RowProblem:
    return RowProblem(report.file, row, "import.row_not_stored", {"reason": _one_line(exc)})


def _refs_for(args: list[dict]) -> list[cases.IntakeRefs]:
    """Every row's reference rows, each table read once for the whole batch."""
    wanted: dict[type, set] = {Town: set(), Topic: set(), Department: set(), Place: set()}
    for a in args:
        for model, key in (
            (Town, "town_id"),
            (Topic, "topic_id"),
            (Department, "department_id"),
            (Place, "place_id"),
        ):
            if a[key] is not None:
                wanted[model].add(a[key])
    rows = {
        model: {r.id: r for r in model.select().where(model.id.in_(sorted(ids)))} if ids else {}
        for model, ids in wanted.items()
    }
    channels = {c.code: c for c in Channel.select().where(Channel.code.in_(["text", "qr"]))}

    def one(model, key, field_name: str):
        if key is None:
            return None
        row = rows[model].get(key)
        if row is None:
            raise ValidationError("record.unknown", {"record": field_name, "key": key}, field=field_name)
        return row

    refs = []
    for a in args:
        channel = channels.get(a["channel"])
        if channel is None:
            raise ValidationError(
                "record.unknown", {"record": "channel", "key": a["channel"]}, field="channel"
            )
        refs.append(
            cases.IntakeRefs(
                channel=channel,
                town=one(Town, a["town_id"], "town"),
                topic=one(Topic, a["topic_id"], "topic"),
                department=one(Department, a["department_id"], "department"),
                place=one(Place, a["place_id"], "place"),
            )
        )
    return refs


def _insert_cases(checked: list[tuple[ParsedRow, dict, dt.datetime, PhoneNumber]], actor: Actor) -> list[int]:
    """The batch's cases and their intake events in a few statements: one insert of the cases, one
    read of their ids, one insert of the events. The case-number counter of each year is drawn
    once for the batch, in file order (gap-free: the numbers roll back with the batch)."""
    at = now()
    require(actor, "case.intake")
    refs = _refs_for([args for _, args, _, _ in checked])
    per_year: dict[int, int] = {}
    for _, _, received_at, _ in checked:
        per_year[received_at.year] = per_year.get(received_at.year, 0) + 1
    next_serial = {year: reserve_values(case_counter_name(year), n) for year, n in per_year.items()}
    rows, afters = [], []
    for (_, args, received_at, phone), ref in zip(checked, refs, strict=True):
        serial = next_serial[received_at.year]
        next_serial[received_at.year] = serial + 1
        fields, after = cases.intake_row(
            ref,
            number=format_case_number(received_at.year, serial),
            text=args["text"],
            received_at=received_at,
            phone=phone,
            submitter_name=args["submitter_name"],
            submitter_address=args["submitter_address"],
            petition_kind=None,
            import_key=args["import_key"],
            qr_tag=args["qr_tag"],
            reply_by="",
            at=at,
            actor=actor,
        )
        rows.append(fields)
        afters.append(after)
    insert_dicts(Case, rows)
    ids = case_ids_by_number(r["number"] for r in rows)
    case_ids = [ids[r["number"]] for r in rows]
    insert_dicts(
        CaseEvent,
        [
            {
                "case": case_id,
                **event_fields(kind="intake", actor=actor, at=at, before={}, after=after, body=""),
            }
            for case_id, after in zip(case_ids, afters, strict=True)
        ],
    )
    return case_ids


def _write_batch(
    batch: list[ParsedRow], *, claim: Claim, actor: Actor, seen: set[str], report: ImportReport
) -> None:
    """One transaction: the duplicate check in one query, the rows checked in Python, then the good
    ones written together (_insert_cases). Should the database refuse that insert (a limit the
    checks missed, the same message stored by another desk this moment), its savepoint is undone
    and the batch goes row by row (_write_rows), each row in its own savepoint, so the refused row
    is named and rejected alone."""
    with database_proxy.atomic():
        import_batches.heartbeat(claim)  # first: on SQLite it takes the write lock for the batch
        existing = existing_import_keys(c.key for c in batch)
        places = {p.code: p for p in Place.select()}
        duplicates = 0
        refused: list[RowProblem] = []
        checked = []
        written: set[str] = set()  # keys this batch writes (a repeat in the file is a duplicate)
        for candidate in batch:
            if candidate.key in existing or candidate.key in seen or candidate.key in written:
                duplicates += 1
                continue
            args = _intake_args(candidate, places)
            try:
                received_at, phone = cases.checked_intake(
                    text=args["text"],
                    petition_kind=None,
                    received_at=args["received_at"],
                    at=None,
                    submitter_name=args["submitter_name"],
                    submitter_phone=args["submitter_phone"],
                    submitter_address=args["submitter_address"],
                )
            except ValidationError as exc:
                refused.append(_refused(report, candidate.row, exc))
                continue
            written.add(candidate.key)
            checked.append((candidate, args, received_at, phone))
        try:
            with database_proxy.atomic():  # a savepoint: undone whole if the database refuses a row
                created = _insert_cases(checked, actor) if checked else []
        except (peewee.IntegrityError, peewee.DataError, ValidationError):
            created, duplicates, refused, written = _write_rows(
                batch, existing=existing, seen=seen, actor=actor, places=places, report=report
            )
    seen.update(written)
    # Counted only once the batch is committed, so the report never claims a rolled-back row.
    report.imported += len(created)
    report.duplicates += duplicates
    report.rejected.extend(refused)
    report.case_ids.extend(created)


def _write_rows(
    batch: list[ParsedRow],
    *,
    existing: set[str],
    seen: set[str],
    actor: Actor,
    places: dict[str, Place],
    report: ImportReport,
) -> tuple[list[int], int, list[RowProblem], set[str]]:
    """The batch row by row (after the database refused it whole): the cases written, the
    duplicates, the rows refused and the keys written or found stored meanwhile."""
    created: list[int] = []
    duplicates = 0
    refused: list[RowProblem] = []
    written: set[str] = set()
    for candidate in batch:
        if candidate.key in existing or candidate.key in seen or candidate.key in written:
            duplicates += 1
            continue
        case_id = _write_one(candidate, actor=actor, places=places, report=report, refused=refused)
        if case_id is None:
            continue
        written.add(candidate.key)
        if case_id < 0:
            duplicates += 1
        else:
            created.append(case_id)
    return created, duplicates, refused, written


def _write_one(
    candidate: ParsedRow, *, actor: Actor, places: dict[str, Place], report: ImportReport, refused: list
) -> int | None:
    """One row in its own savepoint: its case id, -1 for a duplicate, None when refused."""
    try:
        return _write_row(candidate, actor, places)
    except ValidationError as exc:
        refused.append(_refused(report, candidate.row, exc))
    except peewee.IntegrityError as exc:
        # Another file holding the same message, imported by another desk at this moment.
        if existing_import_keys([candidate.key]):
            return -1
        refused.append(_not_stored(report, candidate.row, exc))
    except peewee.DataError as exc:  # a limit the checks before missed: this row only
        refused.append(_not_stored(report, candidate.row, exc))
    return None


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

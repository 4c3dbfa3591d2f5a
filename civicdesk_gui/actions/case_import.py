"""Import of the text-message gateway's CSV export as cases (no Qt: the CLI and the GUI both call this).

documents/sms_import.py reads the file into parsed and rejected rows; here the good rows become cases
through intake_case:

- Each row's import key (hash of received time + phone + text) is looked up first, so importing the
  same file again adds nothing.
- Rows are written in batches, one transaction each: a crash or Cancel leaves whole batches only.
- A row the case rules refuse is reported (reason code "refused") and the import goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from civicdesk_gui.actions import cases
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.permission import require
from civicdesk_gui.documents.sms_import import RowProblem, parse_table, read_table
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries.imports import existing_import_keys
from civicdesk_gui.queries.reference_lists import towns
from civicdesk_gui.store.database import database_proxy

DEFAULT_BATCH_SIZE = 200


@dataclass
class ImportReport:
    file: str
    encoding: str = ""
    delimiter: str = ""
    total_rows: int = 0
    imported: int = 0
    duplicates: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    cancelled: bool = False
    case_ids: list[int] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return len(self.rejected)

    @property
    def changes(self) -> Changes:
        # The exact new ids, even for a big file: the report holds them anyway, a frozenset of a
        # hundred thousand ints is a few megabytes, and a view showing some of them can tell.
        # Only committed batches are in case_ids, so a cancelled import declares what it kept.
        return Changes.of(cases=self.case_ids)


def import_sms_file(
    path: str | Path,
    *,
    actor: Actor,
    encoding: str | None = None,
    mapping: dict[str, str] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import one gateway export; see the module docstring for the rules."""
    with database_proxy.atomic():
        require(actor, "case.import")  # before the file is read: a refusal writes nothing
    table = read_table(path, encoding=encoding)
    parsed = parse_table(table, mapping=mapping, town_ids={t.label: t.id for t in towns(active_only=False)})
    report = ImportReport(
        parsed.file,
        parsed.encoding,
        parsed.delimiter,
        total_rows=parsed.total_rows,
        rejected=list(parsed.rejected),
    )
    candidates = parsed.rows
    seen: set[str] = set()
    done = report.total_rows - len(candidates)  # rejected rows are done already
    if progress:
        progress(done, report.total_rows)
    for start in range(0, len(candidates), batch_size):
        if should_stop is not None and should_stop():
            report.cancelled = True  # between batches: what was committed stays, nothing is half-written
            break
        batch = candidates[start : start + batch_size]
        created: list[int] = []
        duplicates = 0
        with database_proxy.atomic():
            existing = existing_import_keys(c.key for c in batch)
            for candidate in batch:
                if candidate.key in existing or candidate.key in seen:
                    duplicates += 1
                    continue
                seen.add(candidate.key)
                try:
                    result = cases.intake_case(
                        channel="text",
                        text=candidate.text,
                        received_at=candidate.received_at,
                        submitter_name=candidate.name,
                        submitter_phone=candidate.phone,
                        submitter_address=candidate.address,
                        town_id=candidate.town_id,
                        import_key=candidate.key,
                        actor=actor,
                        find_duplicates=False,  # nobody sees it here; the import key stops repeats
                    )
                except ValidationError as exc:
                    report.rejected.append(
                        RowProblem(report.file, candidate.row, str(exc), "refused", str(exc))
                    )
                    continue
                created.append(result.case_id)
        # Counted only once the batch is committed, so the report never claims a rolled-back row.
        report.imported += len(created)
        report.duplicates += duplicates
        report.case_ids.extend(created)
        done += len(batch)
        if progress:
            progress(done, report.total_rows)
    report.rejected.sort(key=lambda p: p.row)
    return report

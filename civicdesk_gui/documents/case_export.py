"""Export of a case list view to CSV (UTF-8 with BOM, so Korean Excel opens it) or XLSX. No Qt.

Rows arrive as an iterator of CaseRow (queries.case_list.iterate_rows reads them a keyset page at a
time, with each case's whole text), so a 1,000,000-row export never holds the whole list in memory.
Headers and labels are Korean: the file goes to people outside the app.

The file is data, never code (documents/spreadsheet_cells.py): every cell is text — dates too, as
"2026-11-03 08:43" —, a CSV cell a spreadsheet would take for a formula is neutralised with a
leading `'`, and an XLSX cell is typed as a string with Excel's quote prefix, its text exact.
The 내용 column holds the resident's whole words; with 접수일시 it lets the gateway import read an
export back (documents/sms_import.py restores the neutralised cells of a file with these headers).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from civicdesk_gui.atomic_file import atomic_output
from civicdesk_gui.documents import spreadsheet_cells
from civicdesk_gui.domain.vocabulary import CATEGORIES, CHANNELS, CLOCKS, label
from civicdesk_gui.domain.workflow import state_label
from civicdesk_gui.queries.case_list import CaseFilter, CaseRow, CaseSort, iterate_rows

FORMATS = ("csv", "xlsx")
HEADERS = (
    "접수번호",
    "접수일시",
    "접수 경로",
    "유형",  # the case list's own word for the category
    "읍·면·동",
    "요지",
    "내용",
    "담당 부서",
    "담당자",
    "처리 상태",
    "다음 기한",
    "기한 종류",
)
REPORT_EVERY = 500


def _values(row: CaseRow) -> list:
    return [
        row.number,
        row.received_at,
        label(CHANNELS, row.channel),
        label(CATEGORIES, row.category),
        row.town,
        row.summary,
        row.text,
        row.department,
        row.official,
        state_label(row.state),
        row.next_due_at,
        label(CLOCKS, row.next_clock),
    ]


def _text(value) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return "" if value is None else str(value)


def export_cases(
    rows: Iterable[CaseRow],
    path: Path,
    *,
    fmt: str,
    progress: Callable[[int], None] | None = None,
    check: Callable[[], None] | None = None,
) -> int:
    """Write `rows` to `path`; return how many. `check` may raise to stop: the file appears whole or not
    at all (atomic_file.py), and a file already at `path` stays as it was."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    path = Path(path)
    return (
        _write_csv(rows, path, progress, check) if fmt == "csv" else _write_xlsx(rows, path, progress, check)
    )


def export_view(
    case_filter: CaseFilter,
    path: Path,
    *,
    fmt: str,
    sort: CaseSort | None = None,
    now: dt.datetime | None = None,
    progress: Callable[[int], None] | None = None,
    check: Callable[[], None] | None = None,
) -> int:
    """Export the cases a view shows, in its order, with their whole texts: the Cases screen's
    Export button and `civicdesk export` both come here."""
    rows = iterate_rows(case_filter, sort or CaseSort(), now=now, with_text=True)
    return export_cases(rows, path, fmt=fmt, progress=progress, check=check)


def _tick(count: int, progress, check) -> None:
    if count % REPORT_EVERY == 0:
        if check is not None:
            check()
        if progress is not None:
            progress(count)


def _write_csv(rows, path: Path, progress, check) -> int:
    count = 0
    with atomic_output(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for row in rows:
            writer.writerow([spreadsheet_cells.neutralise(_text(v)) for v in _values(row)])
            count += 1
            _tick(count, progress, check)
    return count


def _xlsx_cell(sheet, text: str):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=spreadsheet_cells.xlsx_text(text))
    cell.data_type = "s"  # never a formula ("=…"), an error ("#N/A") or a number: the text as it is
    if spreadsheet_cells.is_risky(text):
        cell.quotePrefix = True  # Excel's own leading "'": the cell stays text when edited
    return cell


def _write_xlsx(rows, path: Path, progress, check) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("민원 목록")
    widths = (13, 17, 12, 12, 10, 40, 60, 14, 10, 12, 17, 16)
    for column, width in zip("ABCDEFGHIJKL", widths, strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.append([_xlsx_cell(sheet, header) for header in HEADERS])
    count = 0
    for row in rows:
        sheet.append([_xlsx_cell(sheet, _text(value)) for value in _values(row)])
        count += 1
        _tick(count, progress, check)
    with atomic_output(path) as handle:
        book.save(handle)
    return count

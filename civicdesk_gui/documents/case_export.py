"""Export of a case list view to CSV (UTF-8 with BOM, so Korean Excel opens it) or XLSX. No Qt.

Rows arrive as an iterator of CaseRow (queries.case_list.iterate_rows reads them a keyset page at a
time), so a 1,000,000-row export never holds the whole list in memory. Headers and labels are Korean:
the file goes to people outside the app.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from civicdesk_gui.atomic_file import atomic_output
from civicdesk_gui.domain.vocabulary import CATEGORIES, CHANNELS, CLOCKS, label
from civicdesk_gui.domain.workflow import state_label
from civicdesk_gui.queries.case_list import CaseRow

FORMATS = ("csv", "xlsx")
HEADERS = (
    "접수번호",
    "접수일시",
    "접수 경로",
    "분야",
    "읍·면·동",
    "요지",
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
            writer.writerow([_text(v) for v in _values(row)])
            count += 1
            _tick(count, progress, check)
    return count


def _write_xlsx(rows, path: Path, progress, check) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("민원 목록")
    for column, width in zip("ABCDEFGHIJK", (13, 17, 12, 12, 10, 50, 14, 10, 12, 17, 16), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.append(HEADERS)
    count = 0
    for row in rows:
        cells = []
        for value in _values(row):
            cell = WriteOnlyCell(sheet, value=value if value is not None else "")
            if isinstance(value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            cells.append(cell)
        sheet.append(cells)
        count += 1
        _tick(count, progress, check)
    with atomic_output(path) as handle:
        book.save(handle)
    return count

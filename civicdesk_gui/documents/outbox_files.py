"""The text gateway's files: the bulk-send file CivicDesk hands over (CSV or XLSX, the columns and
their order as configured) and the delivery report the gateway gives back. No database here: the
writing and the marking are actions/outbox.py.

The delivery report is read with the same machinery and the same accounting as the intake import
(documents/sms_import.py): every record is parsed or rejected with its row and a reason code, a stray
quote rejects its own row only, and nothing here raises for one bad row. Columns (Korean or English
headers, any order): 참조번호/reference (required), 결과/result (required: 성공·success·delivered or
실패·fail·failed, or the gateway's code 0 / other), 사유/reason, 수신번호/phone, 결과일시/at.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from civicdesk_gui.atomic_file import atomic_output
from civicdesk_gui.documents import spreadsheet_cells
from civicdesk_gui.documents.csv_records import cells_of, split_records
from civicdesk_gui.documents.import_files import ImportFileError
from civicdesk_gui.documents.sms_import import RowProblem, parse_received_at, read_table
from civicdesk_gui.domain import input_limits
from civicdesk_gui.domain.outbox import COLUMN_FIELDS, message_id_of
from civicdesk_gui.domain.phone import normalise_phone

FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class OutboxLine:
    """One message as the bulk-send file lists it."""

    reference: str
    phone: str
    name: str
    message: str
    case_number: str
    kind: str  # SMS / LMS
    size: int

    def value(self, column: str) -> str:
        field_name = COLUMN_FIELDS[column]
        value = getattr(self, field_name)
        if field_name == "phone":
            return value.replace("-", "")  # gateways take digits only
        return str(value)


def write_bulk_file(
    lines: Iterable[OutboxLine], path: str | Path, *, fmt: str, columns: list[str], encoding: str = "cp949"
) -> int:
    """Write the file whole under a temporary name, then rename it (atomic_file.py). In CP949 a
    character the code page lacks is written '?', as the gateway would send it (the outbox warned)."""
    lines = list(lines)
    if fmt == "xlsx":
        _write_xlsx(lines, Path(path), columns)
    else:
        with atomic_output(path, "w", encoding=encoding, newline="") as handle:
            _write_csv(lines, handle, columns, encoding)
    return len(lines)


def _write_csv(lines: list[OutboxLine], handle: IO[str], columns: list[str], encoding: str) -> None:
    writer = csv.writer(handle)
    writer.writerow(columns)
    for line in lines:
        cells = [line.value(c) for c in columns]
        if encoding.lower().replace("-", "") == "cp949":
            cells = [c.encode("cp949", errors="replace").decode("cp949") for c in cells]
        writer.writerow(cells)


def _write_xlsx(lines: list[OutboxLine], path: Path, columns: list[str]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("발송")

    def cell(text: str):
        made = WriteOnlyCell(sheet, value=spreadsheet_cells.xlsx_text(text))
        made.data_type = "s"  # a phone number keeps its leading 0, a message is never a formula
        if spreadsheet_cells.is_risky(text):
            made.quotePrefix = True
        return made

    sheet.append([cell(c) for c in columns])
    for line in lines:
        sheet.append([cell(line.value(c)) for c in columns])
    with atomic_output(path) as handle:
        book.save(handle)


# ------------------------------------------------------------------------------ delivery report

REPORT_HEADERS: dict[str, tuple[str, ...]] = {
    "reference": ("참조번호", "참조", "고객키", "메시지키", "reference", "ref", "msgkey", "messageid"),
    "result": ("결과", "전송결과", "발송결과", "상태", "결과코드", "result", "status", "code"),
    "reason": ("사유", "실패사유", "결과메시지", "상세", "reason", "error", "detail"),
    "phone": ("수신번호", "전화번호", "휴대폰번호", "phone", "recipient", "to"),
    "at": ("결과일시", "전송일시", "완료일시", "수신일시", "일시", "at", "date", "datetime"),
}
REQUIRED = ("reference", "result")
DELIVERED_WORDS = {
    "성공",
    "전달",
    "전달완료",
    "수신완료",
    "완료",
    "정상",
    "success",
    "delivered",
    "ok",
    "0",
    "00",
}
FAILED_WORDS = {
    "실패",
    "전달실패",
    "오류",
    "에러",
    "결번",
    "수신거부",
    "fail",
    "failed",
    "error",
    "undelivered",
}
MAX_REASON = 200


@dataclass(frozen=True)
class DeliveryLine:
    row: int
    message_id: int
    reference: str
    delivered: bool
    reason: str
    phone: str
    at: dt.datetime | None


@dataclass
class ParsedReport:
    file: str
    encoding: str
    records: int = 0
    blank_lines: int = 0
    digest: str = ""
    rows: list[DeliveryLine] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)


def _normal(text: str) -> str:
    return re.sub(r"[\s_\-·]", "", text.strip().lower()).replace("\ufeff", "")


def _columns(headers: list[str], file: str) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = _normal(header)
        for name, spellings in REPORT_HEADERS.items():
            if name not in columns and key in {_normal(s) for s in spellings}:
                columns[name] = index
                break
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise ImportFileError(
            "outbox.report_columns_missing",
            {
                "fields": ", ".join(f"{REPORT_HEADERS[m][0]} ({m})" for m in missing),
                "columns": ", ".join(headers),
            },
        )
    return columns


class _Rejected(Exception):
    def __init__(self, code: str, values: Mapping[str, Any] | None = None):
        super().__init__(code)
        self.code = code
        self.values = dict(values or {})


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _line(cells: list[str], *, row: int, columns: dict[str, int], width: int) -> DeliveryLine:
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        raise _Rejected("import.row_extra_cells", {"cells": len(cells), "columns": width})
    reference = _cell(cells, columns, "reference")
    if not reference:
        raise _Rejected("import.row_no_reference")
    message_id = message_id_of(reference)
    if message_id is None:
        raise _Rejected("import.row_bad_reference", {"value": reference[:40]})
    result = _normal(_cell(cells, columns, "result"))
    reason = " ".join(_cell(cells, columns, "reason").split())[:MAX_REASON]
    if result in DELIVERED_WORDS:
        delivered = True
    elif result in FAILED_WORDS or (result.isdigit() and result.strip("0")):
        delivered = False
        if result.isdigit() and not reason:
            reason = f"code {result}"
    else:
        raise _Rejected("import.row_bad_result", {"value": _cell(cells, columns, "result")[:40]})
    raw_at = _cell(cells, columns, "at")
    at = None
    if raw_at:
        try:
            at = parse_received_at(raw_at)
        except ValueError:
            raise _Rejected("import.row_bad_date", {"value": raw_at[:80]}) from None
    phone = normalise_phone(_cell(cells, columns, "phone")).display[: input_limits.MAX_PHONE_LENGTH]
    return DeliveryLine(row, message_id, reference.upper(), delivered, reason, phone, at)


def parse_delivery_report(path: str | Path, *, encoding: str | None = None) -> ParsedReport:
    """Every record of the report parsed or rejected; ImportFileError only for a file that cannot be
    read at all (missing, binary, undecodable, no reference or result column)."""
    table = read_table(path, encoding=encoding)
    columns = _columns(table.headers, table.file)
    parsed = ParsedReport(table.file, table.encoding, digest=table.digest)
    reference_column = columns["reference"]

    def looks_like_record(line: str) -> bool:
        cells = cells_of(line, table.delimiter)
        return reference_column < len(cells) and message_id_of(cells[reference_column]) is not None

    for record in split_records(
        table.lines,
        first=table.header_index + 1,
        first_row=table.header_index + 2,
        delimiter=table.delimiter,
        looks_like_record=looks_like_record,
    ):
        if record.blank:
            parsed.blank_lines += record.line_count
            continue
        parsed.records += 1
        line = record.line if record.line != record.row else None
        try:
            if record.unbalanced:
                raise _Rejected("import.row_unbalanced_quote")
            if input_limits.has_nul(record.text):
                raise _Rejected("import.row_nul")
            cells = cells_of(record.text, table.delimiter)
            parsed.rows.append(_line(cells, row=record.row, columns=columns, width=len(table.headers)))
        except _Rejected as rejected:
            parsed.rejected.append(RowProblem(table.file, record.row, rejected.code, rejected.values, line))
    return parsed

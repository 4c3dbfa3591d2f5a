"""Reading the text-message gateway's CSV export into parsed rows (no Qt, no database: the CLI and the
GUI import through actions/case_import.py, which writes what is parsed here).

Every record of the file ends as exactly one of: a parsed row (imported or a duplicate later), or a
rejected row with its row number and a reason (RowProblem, a catalog code with values). Blank lines
are not records. Nothing here raises for one bad row; only a file that cannot be read at all raises
ImportFileError (and MappingError when the headers do not say which column is which).

- Bytes and encoding: documents/import_files.py (regular files only; UTF-8 with or without BOM, or
  CP949, decided strictly; anything else refused with the line that shows it).
- Delimiter: comma, semicolon or tab, the one that makes the most known headers of the header line.
- Records: documents/csv_records.py (a stray quote rejects its own row, not the rows after it).
- Limits: domain/input_limits.py, checked here before any database sees the row, so SQLite and
  PostgreSQL take in exactly the same rows.
- Dates in the common Korean forms: 2026-11-03 08:43, 2026.11.03 08:43, 2026/11/3 8:43:00,
  2026년 11월 3일 오전 8:43.
- Each row gets an import key (hash of received time + phone + the text without its surrounding
  spaces) so importing the same message again, from any file, adds nothing. The text itself is kept
  exactly as the cell holds it.
- A file CivicDesk exported (its header row is exactly case_export.HEADERS) has its cells
  un-neutralised (documents/spreadsheet_cells.restore), so exported words come back exactly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from civicdesk_gui.documents import spreadsheet_cells
from civicdesk_gui.documents.case_export import HEADERS as EXPORT_HEADERS
from civicdesk_gui.documents.csv_records import Lines, cells_of, split_records
from civicdesk_gui.documents.import_files import ImportFileError, decode_text, read_input_file, refuse_binary
from civicdesk_gui.domain import input_limits
from civicdesk_gui.domain.phone import normalise_phone
from civicdesk_gui.error_catalog import Phrase, english

__all__ = ["ImportFileError", "MappingError", "ParsedFile", "ParsedRow", "RowProblem", "SmsTable"]

DELIMITERS = ",;\t"

# field -> header spellings seen in gateway exports (compared without spaces, case-insensitive)
FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "received_at": (
        "수신일시",
        "접수일시",
        "수신일자",
        "수신시각",
        "일시",
        "received_at",
        "received",
        "datetime",
        "date",
    ),
    "phone": ("발신번호", "전화번호", "연락처", "휴대폰번호", "휴대전화", "phone", "sender", "from"),
    "name": ("성명", "이름", "발신자", "name"),
    "text": ("내용", "민원내용", "문자내용", "메시지", "message", "text", "body"),
    "address": ("주소", "address"),
    "town": ("읍면동", "읍·면·동", "행정동", "town"),
}
REQUIRED_FIELDS = ("received_at", "text")
FIELD_LABELS = {
    "received_at": "수신일시",
    "phone": "발신번호",
    "name": "성명",
    "text": "내용",
    "address": "주소",
    "town": "읍면동",
}
MAX_TEXT_LENGTH = input_limits.MAX_TEXT_LENGTH


class MappingError(ImportFileError):
    """The headers do not say which column holds which field; `headers` lists what the file has."""

    def __init__(self, code: str, values: Mapping[str, Any], *, headers: list[str], missing: list[str]):
        super().__init__(code, values)
        self.headers = headers
        self.missing = missing


@dataclass(frozen=True)
class RowProblem:
    """One rejected record: where it is and why, as a catalog code with its values."""

    file: str
    row: int  # as a spreadsheet counts: the header is row 1
    code: str  # an "import.row_…" code of error_catalog
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)
    line: int | None = None  # the file line it starts on, when that is not the row number

    @property
    def phrase(self) -> Phrase:
        return Phrase(self.code, self.values)

    @property
    def reason(self) -> str:
        """In English, for the CLI and logs; the GUI says the phrase in the desk's language."""
        return english(self.code, self.values)

    def __str__(self) -> str:
        where = f"row {self.row}" if self.line in (None, self.row) else f"row {self.row} (line {self.line})"
        return f"{self.file} {where}: {self.reason}"


@dataclass
class SmsTable:
    """A file read and decoded, its header found; the records are cut once the columns are known."""

    path: Path
    encoding: str
    delimiter: str
    headers: list[str]
    lines: Lines
    header_index: int  # index in `lines` of the header line
    digest: str  # SHA-256 of the file's bytes: the same file imported twice is recognised by it

    @property
    def file(self) -> str:
        return self.path.name

    @property
    def civicdesk_export(self) -> bool:
        return self.headers == list(EXPORT_HEADERS)


@dataclass(frozen=True)
class ParsedRow:
    """One good row, ready for intake."""

    row: int
    received_at: dt.datetime
    phone: str
    name: str
    text: str  # the cell exactly as written (only an empty one is refused)
    address: str
    town_id: int | None
    key: str  # import_key(): the same message imported again is recognised by it


@dataclass
class ParsedFile:
    file: str
    encoding: str
    delimiter: str
    records: int  # records of the file (blank lines are not records): len(rows) + len(rejected)
    digest: str = ""
    blank_lines: int = 0
    rows: list[ParsedRow] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)

    @property
    def total_rows(self) -> int:
        return self.records


# ---------------------------------------------------------------------------------- reading


def sniff_delimiter(header_line: str) -> str:
    """The delimiter that makes the most known headers of the header line (then: occurs most)."""

    def score(delimiter: str) -> tuple[int, int]:
        known = sum(_field_named(cell) is not None for cell in cells_of(header_line, delimiter))
        return known, header_line.count(delimiter)

    best = max(DELIMITERS, key=score)
    return best if score(best) != (0, 0) else ","


def read_table(path: str | Path, *, encoding: str | None = None) -> SmsTable:
    path = Path(path)
    data = read_input_file(path)
    decoded = decode_text(data, file=path.name, encoding=encoding)
    text = decoded.text.removeprefix("\ufeff")
    if not text.strip():
        raise ImportFileError("import.empty", {"file": path.name})
    lines = Lines.of(text)
    header_index = next(i for i in range(len(lines)) if lines.line(i).strip())
    header_line = lines.line(header_index)
    refuse_binary(header_line, file=path.name, line=header_index + 1)
    delimiter = sniff_delimiter(header_line)
    headers = [h.strip() for h in cells_of(header_line, delimiter)]
    return SmsTable(
        path, decoded.encoding, delimiter, headers, lines, header_index, hashlib.sha256(data).hexdigest()
    )


def sample_rows(path: str | Path, count: int = 3) -> list[list[str]]:
    """The first `count` non-empty lines after the header, cut into cells: what the column-mapping
    dialog shows under each column (a record spanning lines may show only its first line here)."""
    table = read_table(path)
    rows: list[list[str]] = []
    for index in range(table.header_index + 1, len(table.lines)):
        line = table.lines.line(index)
        if line.strip():
            rows.append([cell.strip() for cell in cells_of(line, table.delimiter)])
        if len(rows) >= count:
            break
    return rows


def _normalise_header(header: str) -> str:
    return re.sub(r"[\s_\-]", "", header.strip().lower()).replace("\ufeff", "")


_SPELLINGS = {
    field_name: {_normalise_header(field_name)} | {_normalise_header(s) for s in spellings}
    for field_name, spellings in FIELD_HEADERS.items()
}


def _field_named(name: str) -> str | None:
    key = _normalise_header(name)
    for field_name, spellings in _SPELLINGS.items():
        if key in spellings:
            return field_name
    return None


def _known_fields() -> str:
    return ", ".join(f"{label} ({code})" for code, label in FIELD_LABELS.items())


def parse_mapping_options(options: list[str] | None) -> dict[str, str]:
    """`["내용=message", "phone=발신자번호"]` -> {"text": "message", "phone": "발신자번호"} (FIELD=COLUMN)."""
    mapping: dict[str, str] = {}
    for option in options or []:
        left, sep, right = option.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise ImportFileError("import.bad_mapping_option", {"option": option})
        field_name = _field_named(left)
        column = right.strip()
        if field_name is None and _field_named(right) is not None:  # COLUMN=FIELD also understood
            field_name, column = _field_named(right), left.strip()
        if field_name is None:
            raise ImportFileError(
                "import.unknown_mapping_field", {"option": option, "fields": _known_fields()}
            )
        mapping[field_name] = column
    return mapping


def guess_columns(headers: list[str]) -> dict[str, int]:
    """field -> column index for the headers spelled in a known way (first match wins)."""
    guessed: dict[str, int] = {}
    for index, header in enumerate(headers):
        field_name = _field_named(header)
        if field_name is not None and field_name not in guessed:
            guessed[field_name] = index
    return guessed


def resolve_columns(headers: list[str], mapping: dict[str, str] | None = None) -> dict[str, int]:
    """field -> column index, from the explicit mapping first, then the known header spellings."""
    columns: dict[str, int] = {}
    normalised = [_normalise_header(h) for h in headers]
    for field_name, column in (mapping or {}).items():
        key = _normalise_header(column)
        if key not in normalised:
            raise MappingError(
                "import.no_such_column",
                {"column": column, "columns": ", ".join(headers)},
                headers=headers,
                missing=[field_name],
            )
        columns[field_name] = normalised.index(key)
    for field_name, index in guess_columns(headers).items():
        if field_name not in columns and index not in columns.values():
            columns[field_name] = index
    missing = [f for f in REQUIRED_FIELDS if f not in columns]
    if missing:
        wanted = ", ".join(f"{FIELD_LABELS[f]} ({f})" for f in missing)
        raise MappingError(
            "import.columns_missing",
            {"fields": wanted, "columns": ", ".join(headers)},
            headers=headers,
            missing=missing,
        )
    return columns


# ---------------------------------------------------------------------------------- dates

_NUMERIC = re.compile(
    r"^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?$"
)
_KOREAN = re.compile(
    r"^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일\s*(오전|오후|AM|PM)?\s*"
    r"(\d{1,2})\s*(?::\s*(\d{2})(?::(\d{2}))?|시(?:\s*(\d{1,2})\s*분)?(?:\s*(\d{1,2})\s*초)?)$",
    re.IGNORECASE,
)


def parse_received_at(value: str) -> dt.datetime:
    """Read the gateway's timestamp; raise ValueError for anything else."""
    value = value.strip()
    match = _NUMERIC.match(value)
    if match:
        year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
        return dt.datetime(year, month, day, hour, minute, second)
    match = _KOREAN.match(value)
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        hour = int(match[5])
        minute = int(match[6] or match[8] or 0)
        second = int(match[7] or match[9] or 0)
        half = (match[4] or "").upper()
        if half in ("오후", "PM") and hour < 12:
            hour += 12  # 오후 8:43 is 20:43; 오후 12:10 stays 12:10
        elif half in ("오전", "AM") and hour == 12:
            hour = 0  # 오전 12:05 is just after midnight
        return dt.datetime(year, month, day, hour, minute, second)
    raise ValueError(value)


def _looks_like_timestamp(value: str) -> bool:
    value = value.strip()
    return bool(_NUMERIC.match(value) or _KOREAN.match(value))


_PHONE_SHAPE = re.compile(r"[+(]?\d[\d\s\-().*]{5,}")


def _looks_like_phone(value: str) -> bool:
    value = value.strip()
    return bool(_PHONE_SHAPE.fullmatch(value)) and sum(ch.isdigit() for ch in value) >= 4


def import_key(received_at: dt.datetime, phone: str, text: str) -> str:
    """Identifies one gateway message across imports: same time, number and words = same message."""
    raw = f"{received_at:%Y-%m-%dT%H:%M:%S}|{phone}|{text.strip()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------- rows


def record_start_test(columns: dict[str, int], delimiter: str) -> Callable[[str], bool]:
    """Does a line look like a record of its own: a timestamp and (when the file has the column) a
    phone number where the header says they are. A quoted cell never runs on into such a line."""
    date_column, phone_column = columns["received_at"], columns.get("phone")

    def looks_like_record(line: str) -> bool:
        cells = cells_of(line, delimiter)
        if date_column >= len(cells) or not _looks_like_timestamp(cells[date_column]):
            return False
        return phone_column is None or (phone_column < len(cells) and _looks_like_phone(cells[phone_column]))

    return looks_like_record


class _Rejected(Exception):
    def __init__(self, code: str, values: Mapping[str, Any] | None = None):
        super().__init__(code)
        self.code = code
        self.values = dict(values or {})


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return cells[index] if index is not None and index < len(cells) else ""


def _check_length(field_name: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise _Rejected(
            "import.row_field_too_long", {"field": field_name, "length": len(value), "limit": limit}
        )


def _parse_cells(
    cells: list[str],
    *,
    row: int,
    columns: dict[str, int],
    header_width: int,
    town_ids: Mapping[str, int],
    today: dt.date,
) -> ParsedRow:
    if len(cells) > header_width and any(cell.strip() for cell in cells[header_width:]):
        raise _Rejected("import.row_extra_cells", {"cells": len(cells), "columns": header_width})
    text = _cell(cells, columns, "text")  # the resident's words exactly as the cell holds them
    if not text.strip():
        raise _Rejected("import.row_no_text")
    if len(text) > MAX_TEXT_LENGTH:
        raise _Rejected("import.row_text_too_long", {"length": len(text), "limit": MAX_TEXT_LENGTH})
    raw_date = _cell(cells, columns, "received_at").strip()
    if not raw_date:
        raise _Rejected("import.row_no_date")
    try:
        received_at = parse_received_at(raw_date)
    except ValueError:
        raise _Rejected("import.row_bad_date", {"value": raw_date[:80]}) from None
    if not input_limits.received_in_range(received_at, today):
        raise _Rejected(
            "import.row_date_out_of_range",
            {
                "value": raw_date,
                "earliest": f"{input_limits.EARLIEST_RECEIVED:%Y-%m-%d}",
                "latest": f"{today + dt.timedelta(days=1):%Y-%m-%d}",
            },
        )
    name = _cell(cells, columns, "name").strip()
    _check_length("name", name, input_limits.MAX_NAME_LENGTH)
    phone = normalise_phone(_cell(cells, columns, "phone").strip()).display
    _check_length("phone", phone, input_limits.MAX_PHONE_LENGTH)
    town = _cell(cells, columns, "town").strip()
    address = _cell(cells, columns, "address").strip()
    if town and town not in town_ids and not address:
        address = town  # an unknown town name is kept, not lost
    _check_length("address", address, input_limits.MAX_ADDRESS_LENGTH)
    return ParsedRow(
        row=row,
        received_at=received_at,
        phone=phone,
        name=name,
        text=text,
        address=address,
        town_id=town_ids.get(town),
        key=import_key(received_at, phone, text),
    )


def parse_table(
    table: SmsTable,
    *,
    mapping: dict[str, str] | None = None,
    town_ids: Mapping[str, int],
    today: dt.date | None = None,
) -> ParsedFile:
    """A read table's columns resolved (MappingError if they cannot be) and every record parsed or
    rejected. `town_ids` maps the town names the office knows to their ids; an unknown town name is
    kept as the address. `today` bounds the received dates (default: the computer's date)."""
    columns = resolve_columns(table.headers, mapping)
    today = today or dt.date.today()
    parsed = ParsedFile(table.file, table.encoding, table.delimiter, 0, table.digest)
    records = split_records(
        table.lines,
        first=table.header_index + 1,
        first_row=table.header_index + 2,
        delimiter=table.delimiter,
        looks_like_record=record_start_test(columns, table.delimiter),
    )
    restore = table.civicdesk_export
    for record in records:
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
            if restore:
                cells = [spreadsheet_cells.restore(cell) for cell in cells]
            parsed.rows.append(
                _parse_cells(
                    cells,
                    row=record.row,
                    columns=columns,
                    header_width=len(table.headers),
                    town_ids=town_ids,
                    today=today,
                )
            )
        except _Rejected as rejected:
            parsed.rejected.append(RowProblem(table.file, record.row, rejected.code, rejected.values, line))
    return parsed

"""Reading the text-message gateway's CSV export into parsed rows (no Qt, no database: the CLI and the
GUI import through actions/case_import.py, which writes what is parsed here).

- Encoding detected, never asked: UTF-8 (with or without BOM) strictly first, then CP949 (a superset
  of EUC-KR), then charset-normalizer's best guess.
- Delimiter sniffed among comma, semicolon and tab; Korean or English headers, or an explicit mapping.
- Dates in the common Korean forms: 2026-11-03 08:43, 2026.11.03 08:43, 2026/11/3 8:43:00,
  2026년 11월 3일 오전 8:43.
- Bad rows are reported (file, row, reason code) and skipped; good rows are kept. Each row gets an
  import key (hash of received time + phone + text) so importing the same file again adds nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from civicdesk_gui.domain.phone import normalise_phone
from civicdesk_gui.domain.workflow import MAX_TEXT_LENGTH
from civicdesk_gui.errors import CivicDeskError

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


class ImportFileError(CivicDeskError):
    """The file cannot be read at all (missing, unreadable encoding, no header)."""


class MappingError(ImportFileError):
    """The headers do not say which column holds which field; `headers` lists what the file has."""

    def __init__(self, message: str, *, headers: list[str], missing: list[str]):
        super().__init__(message)
        self.headers = headers
        self.missing = missing


@dataclass(frozen=True)
class RowProblem:
    file: str
    row: int  # as a spreadsheet counts: the header is row 1
    reason: str  # English, for the CLI and logs
    # What went wrong as a stable code (no_text, too_long, no_date, bad_date, refused) and the value it
    # concerns, so the GUI can say it in the desk's language.
    code: str = "refused"
    value: str = ""

    def __str__(self) -> str:
        return f"{self.file} row {self.row}: {self.reason}"


@dataclass
class SmsTable:
    path: Path
    encoding: str
    delimiter: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number, cells); blank lines left out


@dataclass(frozen=True)
class ParsedRow:
    """One good row, ready for intake."""

    row: int
    received_at: dt.datetime
    phone: str
    name: str
    text: str
    address: str
    town_id: int | None
    key: str  # import_key(): the same message imported again is recognised by it


@dataclass
class ParsedFile:
    file: str
    encoding: str
    delimiter: str
    total_rows: int  # rows with any content (blank lines left out)
    rows: list[ParsedRow] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)


# ---------------------------------------------------------------------------------- reading


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read with."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError as exc:
            raise ImportFileError(f"Unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise ImportFileError(f"The file is not valid {encoding} (byte {exc.start})") from exc
    # Strict decoding, UTF-8 first: CP949 accepts almost any byte string, so it must come second.
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        return data.decode("cp949"), "cp949"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ImportFileError("The file's encoding cannot be recognised (not UTF-8, CP949 or EUC-KR)")
    return str(best), best.encoding


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = sample.splitlines()[0] if sample else ""
        return max(DELIMITERS, key=header.count)


def read_table(path: str | Path, *, encoding: str | None = None) -> SmsTable:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportFileError(f"File not found: {path}") from exc
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    text, used = decode_bytes(data, encoding)
    if not text.strip():
        raise ImportFileError(f"{path.name} is empty")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers = [h.strip() for h in next(reader)]
    rows = []
    for index, cells in enumerate(reader, start=2):
        if any(cell.strip() for cell in cells):
            rows.append((index, cells))
    return SmsTable(path, used, delimiter, headers, rows)


def _normalise_header(header: str) -> str:
    return re.sub(r"[\s_\-]", "", header.strip().lower()).replace("\ufeff", "")


def _field_named(name: str) -> str | None:
    key = _normalise_header(name)
    for field_name, spellings in FIELD_HEADERS.items():
        if key == _normalise_header(field_name) or key in {_normalise_header(s) for s in spellings}:
            return field_name
    return None


def parse_mapping_options(options: list[str] | None) -> dict[str, str]:
    """`["내용=message", "phone=발신자번호"]` -> {"text": "message", "phone": "발신자번호"} (FIELD=COLUMN)."""
    mapping: dict[str, str] = {}
    for option in options or []:
        left, sep, right = option.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise ImportFileError(f"Bad column mapping {option!r}: write FIELD=COLUMN, e.g. 내용=message")
        field_name = _field_named(left)
        column = right.strip()
        if field_name is None and _field_named(right) is not None:  # COLUMN=FIELD also understood
            field_name, column = _field_named(right), left.strip()
        if field_name is None:
            known = ", ".join(f"{label} ({code})" for code, label in FIELD_LABELS.items())
            raise ImportFileError(f"Unknown field in mapping {option!r}; fields are: {known}")
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
                f"The file has no column {column!r} (columns: {', '.join(headers)})",
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
            f"No column for {wanted}; the file's columns are: {', '.join(headers)}. "
            "Map them explicitly (e.g. --map 내용=message).",
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


def import_key(received_at: dt.datetime, phone: str, text: str) -> str:
    """Identifies one gateway message across imports: same time, number and words = same message."""
    raw = f"{received_at:%Y-%m-%dT%H:%M:%S}|{phone}|{text.strip()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------- rows


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return cells[index].strip() if index is not None and index < len(cells) else ""


def parse_rows(
    table: SmsTable, columns: dict[str, int], *, town_ids: Mapping[str, int]
) -> tuple[list[ParsedRow], list[RowProblem]]:
    """The table's rows as parsed rows and rejected rows (in file order). `town_ids` maps the
    town names the office knows to their ids; an unknown town name is kept as the address."""
    found: list[ParsedRow] = []
    rejected: list[RowProblem] = []
    for row, cells in table.rows:
        text = cells[columns["text"]].strip() if columns["text"] < len(cells) else ""
        raw_date = _cell(cells, columns, "received_at")
        if not text:
            rejected.append(RowProblem(table.path.name, row, "no text", "no_text"))
            continue
        if len(text) > MAX_TEXT_LENGTH:
            rejected.append(
                RowProblem(
                    table.path.name,
                    row,
                    f"text has {len(text):,} characters (at most {MAX_TEXT_LENGTH:,})",
                    "too_long",
                    f"{len(text):,}",
                )
            )
            continue
        try:
            received_at = parse_received_at(raw_date)
        except ValueError:
            if raw_date:
                problem = RowProblem(
                    table.path.name, row, f"unparseable date {raw_date!r}", "bad_date", raw_date
                )
            else:
                problem = RowProblem(table.path.name, row, "no date", "no_date")
            rejected.append(problem)
            continue
        phone = normalise_phone(_cell(cells, columns, "phone")).display
        town = _cell(cells, columns, "town")
        address = _cell(cells, columns, "address")
        if town and town not in town_ids and not address:
            address = town  # an unknown town name is kept, not lost
        found.append(
            ParsedRow(
                row=row,
                received_at=received_at,
                phone=phone,
                name=_cell(cells, columns, "name"),
                text=text,
                address=address,
                town_id=town_ids.get(town),
                key=import_key(received_at, phone, text),
            )
        )
    return found, rejected


def parse_table(
    table: SmsTable, *, mapping: dict[str, str] | None = None, town_ids: Mapping[str, int]
) -> ParsedFile:
    """A read table's columns resolved (MappingError if they cannot be) and its rows parsed."""
    columns = resolve_columns(table.headers, mapping)
    rows, rejected = parse_rows(table, columns, town_ids=town_ids)
    return ParsedFile(table.path.name, table.encoding, table.delimiter, len(table.rows), rows, rejected)

"""Open311 GeoReport v2 service requests (`requests.json`): writing cases out, reading requests in.
No Qt, no database: queries/open311.py reads the cases, actions/open311_import.py writes what is read
here. The spec: open311/open311.github.io GeoReport/v2/index.md ("GET Service Requests") and
Extensions.md ("Update History": `notes[]`, "Extended Attributes": `extended_attributes`).

How a case becomes a request:
- `service_request_id` is the case number, or the id another system gave an imported case;
- `status` is only `open` or `closed` (closed: resolved, acknowledged, unfeasible — workflow.is_closed);
  the office's own state goes in `status_description` (Korean or English, the bulk proposal's field) and
  the reasons in `status_notes`;
- `service_code`/`service_name` are the topic (or the category, or `unclassified`);
- `agency_responsible` the department; `expected_datetime` the promise deadline; `address` the town,
  preceded by the resident's address only when personal data may be exported;
- `notes[]` the case's updates (intake, routing, progress, replies, outcome, letters; internal notes
  never), and `extended_attributes` what CivicDesk needs to read its own file back exactly.
Times are ISO 8601 with the Seoul offset (+09:00); any offset is accepted when reading.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from civicdesk_gui.atomic_file import atomic_output
from civicdesk_gui.documents.import_files import read_input_file
from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.vocabulary import (
    CATEGORIES,
    CHANNELS,
    CLASSIFICATIONS,
    EVENT_KINDS,
    REASON_CODES,
    REPLY_METHODS,
    STATUSES,
    label,
)
from civicdesk_gui.domain.workflow import MAX_TEXT_LENGTH
from civicdesk_gui.errors import CivicDeskError

SEOUL = ZoneInfo("Asia/Seoul")
UNCLASSIFIED = "unclassified"
UNCLASSIFIED_NAMES = {"ko": "미분류", "en": "Unclassified"}
OPEN, CLOSED = "open", "closed"
# History kinds that are updates a resident's request has (an internal note is not one of them).
NOTE_KINDS = ("intake", "route", "progress", "reply", "classify", "refer", "reopen", "letter")
MAX_ID_LENGTH = 100  # case.external_id
MAX_CODE_LENGTH = 100  # service_code_mapping.service_code
REPORT_EVERY = 200


class Open311FileError(CivicDeskError):
    """The file cannot be read as service requests at all (missing, not UTF-8, not JSON, not a list)."""


# ---------------------------------------------------------------------------------------- export


@dataclass(frozen=True)
class HistoryEntry:
    """One event of the case's history, as the export needs it."""

    kind: str
    at: dt.datetime
    body: str = ""
    after: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ExchangeCase:
    """What the export needs of one case (queries/open311.py reads it); times are naive Seoul times."""

    number: str
    external_id: str | None
    channel: str
    status: str
    classification: str | None
    reason_code: str | None
    reason_text: str
    category: str | None  # code
    topic: str | None  # code
    topic_name_ko: str | None
    topic_name_en: str | None
    department: str | None
    agency: str | None
    text: str
    received_at: dt.datetime
    updated_at: dt.datetime
    closed_at: dt.datetime | None
    promise_due_at: dt.datetime | None
    next_review_on: dt.date | None
    town: str | None
    submitter_name: str
    submitter_phone: str
    submitter_address: str
    history: tuple[HistoryEntry, ...] = ()
    department_id: int | None = None  # whose case it is: decides whether a role sees its resident

    @property
    def state(self) -> str:
        return workflow.state_of(self.status, self.classification)


def w3_datetime(value: dt.datetime | None) -> str | None:
    """A stored (naive Seoul) time in the spec's w3 form with its offset: 2026-11-03T08:43:00+09:00."""
    if value is None:
        return None
    return value.replace(microsecond=0, tzinfo=SEOUL).isoformat()


def _state_label(state: str, language: str) -> str:
    return workflow.state_label(state, language)


def _service(case: ExchangeCase, language: str) -> tuple[str, str]:
    if case.topic:
        name = case.topic_name_ko if language == "ko" else case.topic_name_en
        return case.topic, name or case.topic
    if case.category:
        return case.category, label(CATEGORIES, case.category, language)
    return UNCLASSIFIED, UNCLASSIFIED_NAMES[language]


def _note_text(entry: HistoryEntry, language: str, include_personal: bool) -> str:
    what = label(EVENT_KINDS, entry.kind, language)
    after = entry.after
    if entry.kind == "intake":
        return f"{what} ({label(CHANNELS, after.get('channel'), language)})"
    if entry.kind == "route":
        return f"{what}: {after.get('department') or ''}".rstrip(": ")
    if entry.kind in ("progress", "reopen"):
        return entry.body or what
    if entry.kind == "reply":
        method = label(REPLY_METHODS, after.get("method"), language)
        head = f"{what} ({method})" if method else what
        # A reply is addressed to the resident and usually names them: personal data.
        return f"{head}: {entry.body}" if include_personal and entry.body else head
    if entry.kind in ("classify", "refer"):
        head = f"{what}: {_state_label(after.get('state', ''), language)}"
        return f"{head} — {entry.body}" if entry.body else head
    if entry.kind == "letter":
        return f"{what}: {after.get('letter', '')}"
    return entry.body or what


def _notes(case: ExchangeCase, language: str, include_personal: bool) -> list[dict]:
    notes: list[dict] = []
    for entry in case.history:
        if entry.kind == "import":
            # The other system's own updates, kept as they came (actions/open311_import.py).
            notes.extend(dict(note) for note in entry.after.get("notes", ()))
        elif entry.kind in NOTE_KINDS:
            notes.append(
                {
                    "datetime": w3_datetime(entry.at),
                    "description": _note_text(entry, language, include_personal),
                    "type": entry.kind,
                }
            )
    return notes


def build_request(case: ExchangeCase, *, language: str = "ko", include_personal: bool = False) -> dict:
    """One GeoReport v2 request for `case`. Names, phone numbers and the resident's address only with
    `include_personal` (the caller decides from the exporting user's role)."""
    if language not in ("ko", "en"):
        raise ValueError(f"language is ko or en, not {language!r}")
    closed = workflow.is_closed(case.classification)
    code, name = _service(case, language)
    address_parts = [case.submitter_address.strip()] if include_personal and case.submitter_address else []
    if case.town:
        address_parts.append(case.town)
    extended: dict[str, Any] = {
        "channel": case.channel,
        "state": case.state,
        "category": case.category,
        "reason_code": case.reason_code,
        "agency": case.agency,
        "next_review_on": case.next_review_on.isoformat() if case.next_review_on else None,
    }
    if include_personal:
        extended["submitter_name"] = case.submitter_name or None
        extended["submitter_phone"] = case.submitter_phone or None
    updated = case.closed_at if closed and case.closed_at else case.updated_at
    return {
        "service_request_id": case.external_id or case.number,
        "status": CLOSED if closed else OPEN,
        "status_description": _state_label(case.state, language),
        "status_notes": case.reason_text or None,
        "service_name": name,
        "service_code": code,
        "description": case.text,
        "agency_responsible": case.department,
        "service_notice": None,
        "requested_datetime": w3_datetime(case.received_at),
        "updated_datetime": w3_datetime(updated),
        "expected_datetime": w3_datetime(case.promise_due_at),
        "address": ", ".join(address_parts) or None,
        "extended_attributes": {k: v for k, v in extended.items() if v is not None},
        "notes": _notes(case, language, include_personal),
    }


def write_requests(
    requests: Iterable[dict],
    path: str | Path,
    *,
    progress: Callable[[int], None] | None = None,
    check: Callable[[], None] | None = None,
) -> int:
    """Write a JSON array of requests to `path`, whole or not at all (atomic_file.py): a failure or
    Cancel (`check` raising) never leaves half a file. Returns how many were written."""
    count = 0
    with atomic_output(Path(path), "w", encoding="utf-8") as handle:
        handle.write("[")
        for request in requests:
            handle.write(",\n" if count else "\n")
            handle.write(json.dumps(request, ensure_ascii=False, indent=2))
            count += 1
            if count % REPORT_EVERY == 0:
                if check is not None:
                    check()
                if progress is not None:
                    progress(count)
        handle.write("\n]\n" if count else "]\n")
    if progress is not None:
        progress(count)
    return count


# ---------------------------------------------------------------------------------------- import


@dataclass(frozen=True)
class RequestNote:
    at: dt.datetime  # naive Seoul time
    description: str
    type: str

    def as_json(self) -> dict:
        return {"datetime": w3_datetime(self.at), "description": self.description, "type": self.type}


@dataclass(frozen=True)
class ParsedRequest:
    """One good request, ready to become a case. Times are naive Seoul wall-clock times."""

    number: int  # 1-based position in the file
    request_id: str
    status: str  # open / closed
    status_description: str | None
    status_notes: str | None
    service_code: str
    service_name: str
    description: str | None
    agency: str | None
    requested_at: dt.datetime
    updated_at: dt.datetime | None
    expected_at: dt.datetime | None
    address: str | None
    extended: Mapping[str, Any]
    notes: tuple[RequestNote, ...]


@dataclass(frozen=True)
class RecordProblem:
    """A record that is not a usable request: its 1-based number in the file, why, and its id if any."""

    file: str
    number: int
    code: str  # not_object, no_id, bad_id, no_status, bad_status, no_service_code, bad_service_code,
    # no_requested, bad_datetime, no_offset, bad_field, too_long, bad_note, duplicate_id, refused,
    # not_stored (the database refused it)
    reason: str  # English, for the CLI and logs
    request_id: str = ""
    value: str = ""

    def __str__(self) -> str:
        which = f" ({self.request_id})" if self.request_id else ""
        return f"{self.file} record {self.number}{which}: {self.reason}"


@dataclass
class ParsedRequests:
    file: str
    total: int  # records in the file
    requests: list[ParsedRequest] = field(default_factory=list)
    rejected: list[RecordProblem] = field(default_factory=list)


class _Bad(Exception):
    def __init__(self, code: str, reason: str, value: Any = "") -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.value = "" if value is None else str(value)[:200]


def read_requests_file(path: str | Path) -> ParsedRequests:
    """Read a requests.json file: a regular file only (import_files.read_input_file: a folder, pipe or
    device is refused, never waited on); a file that is not service requests raises Open311FileError."""
    path = Path(path)
    return parse_requests(read_input_file(path), file=path.name)


def parse_requests(data: bytes, *, file: str = "requests.json") -> ParsedRequests:
    """Parse service requests: a JSON array, or an object holding one under `service_requests` (also
    the Spark form `{"service_requests": {"request": [...]}}`) or `requests`. Each bad record is
    reported by its number and reason; the good ones are kept."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Open311FileError("open311.not_utf8", {"file": file, "offset": exc.start}) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        values = {"file": file, "line": exc.lineno, "column": exc.colno, "reason": exc.msg}
        if _leading_zero(text, exc.pos):
            # json points after the 0; the user looks for where the number starts.
            values["column"] = exc.colno - 1
            raise Open311FileError("open311.leading_zero", values) from None
        raise Open311FileError("open311.invalid_json", values) from None
    except RecursionError:
        raise Open311FileError("open311.too_deep", {"file": file}) from None
    records = _records(document)
    if records is None:
        raise Open311FileError("open311.not_requests", {"file": file})
    parsed = ParsedRequests(file, len(records))
    seen: set[str] = set()
    for number, record in enumerate(records, start=1):
        request_id = _id_of(record)
        try:
            request = _request(number, record)
            if request.request_id in seen:
                raise _Bad("duplicate_id", "the same service_request_id appears earlier in the file")
            seen.add(request.request_id)
            parsed.requests.append(request)
        except _Bad as bad:
            parsed.rejected.append(RecordProblem(file, number, bad.code, bad.reason, request_id, bad.value))
    return parsed


def _leading_zero(text: str, pos: int) -> bool:
    """The spec's own example writes `"service_code":006`: a number may not start with 0 in JSON."""
    return 1 <= pos < len(text) and text[pos - 1] == "0" and text[pos].isdigit()


def _records(document: Any) -> list | None:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in ("service_requests", "requests"):
            inner = document.get(key)
            if isinstance(inner, dict) and "request" in inner:
                inner = inner["request"]
                return inner if isinstance(inner, list) else [inner]
            if isinstance(inner, list):
                return inner
    return None


def _id_of(record: Any) -> str:
    if isinstance(record, dict):
        value = record.get("service_request_id")
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value).strip()[:MAX_ID_LENGTH]
    return ""


def _text(record: dict, key: str, *, required: bool = False, limit: int | None = None) -> str | None:
    value = record.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _Bad(f"no_{key}" if key != "service_request_id" else "no_id", f"{key} is missing")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _Bad("bad_field", f"{key} is not text", key)
    text = str(value).strip() if not isinstance(value, str) else value.strip()
    if limit is not None and len(text) > limit:
        raise _Bad("too_long", f"{key} has {len(text):,} characters (at most {limit:,})", key)
    return text


def parse_w3_datetime(raw: Any, key: str) -> dt.datetime:
    """An ISO 8601 time with its offset (Z or ±HH:MM), as a naive Seoul wall-clock time."""
    if not isinstance(raw, str):
        raise _Bad("bad_datetime", f"{key} is not a date and time: {raw!r}", raw)
    try:
        value = dt.datetime.fromisoformat(raw.strip())
    except ValueError:
        raise _Bad("bad_datetime", f"{key} is not an ISO 8601 date and time: {raw!r}", raw) from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise _Bad("no_offset", f"{key} has no time zone (Z or an offset such as +09:00): {raw!r}", raw)
    try:
        return value.astimezone(SEOUL).replace(tzinfo=None, microsecond=0)
    except OverflowError:
        raise _Bad("bad_datetime", f"{key} is out of range: {raw!r}", raw) from None


def _optional_time(record: dict, key: str) -> dt.datetime | None:
    raw = record.get(key)
    if raw is None or raw == "":
        return None
    return parse_w3_datetime(raw, key)


def _notes_of(record: dict) -> tuple[RequestNote, ...]:
    raw = record.get("notes")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise _Bad("bad_note", "notes is not a list", "notes")
    notes = []
    for position, note in enumerate(raw, start=1):
        if not isinstance(note, dict):
            raise _Bad("bad_note", f"note {position} is not an object", position)
        try:
            at = parse_w3_datetime(note.get("datetime"), "datetime")
            description = _text(note, "description") or ""
            kind = _text(note, "type", limit=60) or ""
        except _Bad as bad:
            raise _Bad("bad_note", f"note {position}: {bad.reason}", position) from None
        notes.append(RequestNote(at, description[:MAX_TEXT_LENGTH], kind))
    return tuple(notes)


def _extended(record: dict) -> dict[str, Any]:
    raw = record.get("extended_attributes")
    if not isinstance(raw, dict):
        return {}
    # Only plain values: a nested object from another system is of no use here.
    return {str(k): v for k, v in raw.items() if isinstance(v, str | int | float | bool) or v is None}


def _request(number: int, record: Any) -> ParsedRequest:
    if not isinstance(record, dict):
        raise _Bad("not_object", "not a JSON object", type(record).__name__)
    raw_id = record.get("service_request_id")
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        raise _Bad("no_id", "service_request_id is missing")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        raise _Bad("bad_id", f"service_request_id is not text or a whole number: {raw_id!r}", raw_id)
    request_id = str(raw_id).strip()
    if len(request_id) > MAX_ID_LENGTH:
        raise _Bad("bad_id", f"service_request_id is longer than {MAX_ID_LENGTH} characters", request_id)
    status = record.get("status")
    if status is None or status == "":
        raise _Bad("no_status", "status is missing")
    if not isinstance(status, str) or status.strip().lower() not in (OPEN, CLOSED):
        raise _Bad("bad_status", f"status is {status!r}, not open or closed", status)
    code = record.get("service_code")
    if code is None or (isinstance(code, str) and not code.strip()):
        raise _Bad("no_service_code", "service_code is missing")
    if isinstance(code, bool) or not isinstance(code, str | int):
        raise _Bad("bad_service_code", f"service_code is not text: {code!r}", code)
    service_code = str(code).strip()
    if len(service_code) > MAX_CODE_LENGTH:
        raise _Bad("bad_service_code", f"service_code is longer than {MAX_CODE_LENGTH} characters", code)
    if "requested_datetime" not in record or record.get("requested_datetime") in (None, ""):
        raise _Bad("no_requested", "requested_datetime is missing")
    return ParsedRequest(
        number=number,
        request_id=request_id,
        status=status.strip().lower(),
        status_description=_text(record, "status_description", limit=200),
        status_notes=_text(record, "status_notes", limit=MAX_TEXT_LENGTH),
        service_code=service_code,
        service_name=_text(record, "service_name", limit=200) or "",
        description=_text(record, "description", limit=MAX_TEXT_LENGTH),
        agency=_text(record, "agency_responsible", limit=200),
        requested_at=parse_w3_datetime(record["requested_datetime"], "requested_datetime"),
        updated_at=_optional_time(record, "updated_datetime"),
        expected_at=_optional_time(record, "expected_datetime"),
        address=_text(record, "address", limit=400),
        extended=_extended(record),
        notes=_notes_of(record),
    )


# ---------------------------------------------------------------------------------------- meaning


def known_classification(value: Any) -> str | None:
    return value if isinstance(value, str) and value in CLASSIFICATIONS else None


def known_status(value: Any) -> str | None:
    return value if isinstance(value, str) and value in STATUSES and value != "classified" else None


def known_reason(value: Any) -> str | None:
    return value if isinstance(value, str) and value in REASON_CODES else None


def known_channel(value: Any) -> str | None:
    return value if isinstance(value, str) and value in CHANNELS else None


def split_address(address: str | None, towns: Iterable[str]) -> tuple[str, str | None]:
    """(the resident's address, the town) from an exported address "<address>, <town>" or "<town>"."""
    if not address:
        return "", None
    names = set(towns)
    head, _sep, last = address.rpartition(",")
    last = last.strip()
    if last in names:
        return head.strip(), last
    return address.strip(), None

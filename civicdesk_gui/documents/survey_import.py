"""Reading a satisfaction-survey CSV into parsed answers and rejected rows (no database: the writing is
actions/survey_import.py). The same accounting as the gateway import: every line is parsed, rejected
with its row number and a reason code, or handed on.

Columns (Korean or English headers, any order; only the case number and the date are required):
접수번호/case_number, 조사일시/surveyed_at, 조사방법/channel (전화·문자·현장 or call·text·session),
만족도/satisfaction (1–5, or 매우 만족 … 매우 불만족), 재이용/would_use_again, 추천/would_recommend,
지속/wants_continued (예·보통·아니오 or yes·neutral·no), 의견/comment.
UTF-8 (with or without BOM) or CP949; comma, semicolon or tab.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from civicdesk_gui.documents.sms_import import RowProblem, parse_received_at, sniff_delimiter
from civicdesk_gui.domain.surveys import SATISFACTION_SCALE, SurveyAnswers, validate_answers
from civicdesk_gui.errors import CivicDeskError, ValidationError

FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "case_number": ("접수번호", "민원번호", "case_number", "case", "number"),
    "surveyed_at": ("조사일시", "조사일", "응답일시", "surveyed_at", "date", "surveyed"),
    "channel": ("조사방법", "조사경로", "방법", "channel", "method"),
    "satisfaction": ("만족도", "satisfaction", "score"),
    "would_use_again": ("재이용", "재이용의향", "다시이용", "would_use_again", "use_again"),
    "would_recommend": ("추천", "추천의향", "would_recommend", "recommend"),
    "wants_continued": ("지속", "지속희망", "계속", "wants_continued", "continue", "continued"),
    "comment": ("의견", "기타의견", "comment", "comments"),
}
REQUIRED = ("case_number", "surveyed_at")
CHANNEL_WORDS = {
    "call": "call", "전화": "call", "phone": "call",
    "text": "text", "문자": "text", "sms": "text",
    "session": "session", "현장": "session", "이동시장실": "session", "이동시장실현장": "session",
}  # fmt: skip
ANSWER_WORDS = {
    "yes": "yes", "예": "yes", "네": "yes", "y": "yes", "그렇다": "yes", "필요": "yes",
    "neutral": "neutral", "보통": "neutral", "중립": "neutral",
    "no": "no", "아니오": "no", "아니요": "no", "n": "no", "아니다": "no", "불필요": "no",
}  # fmt: skip
SATISFACTION_WORDS = {term.ko.replace(" ", ""): int(code) for code, term in SATISFACTION_SCALE.items()} | {
    term.en.lower().replace(" ", ""): int(code) for code, term in SATISFACTION_SCALE.items()
}


@dataclass(frozen=True)
class ParsedSurvey:
    row: int
    case_number: str
    surveyed_at: dt.datetime
    answers: SurveyAnswers


@dataclass
class ParsedSurveys:
    file: str
    encoding: str
    total_rows: int
    rows: list[ParsedSurvey] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)


def _normalise(header: str) -> str:
    return re.sub(r"[\s_\-·]", "", header.strip().lower()).replace("\ufeff", "")


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        used = (
            "utf-8-sig"
            if data.startswith(b"\xef\xbb\xbf")
            else ("utf-8" if encoding == "utf-8-sig" else encoding)
        )
        return text, used
    raise CivicDeskError("survey_file.encoding", {"path": str(path)})


def _columns(headers: list[str], path: Path) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = _normalise(header)
        for name, spellings in FIELD_HEADERS.items():
            if name not in columns and key in {_normalise(s) for s in spellings}:
                columns[name] = index
                break
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise CivicDeskError(
            "survey_file.columns",
            {
                "path": str(path),
                "missing": ", ".join(FIELD_HEADERS[m][0] for m in missing),
                "headers": ", ".join(headers),
            },
        )
    return columns


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _answer(raw: str) -> str | None:
    if not raw:
        return None
    return ANSWER_WORDS.get(_normalise(raw), raw)


def _satisfaction(raw: str) -> int | str | None:
    if not raw:
        return None
    if re.fullmatch(r"\d+", raw):
        return int(raw)
    return SATISFACTION_WORDS.get(_normalise(raw), raw)


def _problem(path: Path, row: int, code: str, values: dict | None = None) -> RowProblem:
    return RowProblem(path.name, row, code, values or {})


def parse_survey_file(path: str | Path, *, default_channel: str = "call") -> ParsedSurveys:
    """Every line of the file, parsed or rejected (row numbers as a spreadsheet counts: header is 1)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CivicDeskError(
            "survey_file.unreadable", {"path": str(path), "reason": exc.strerror or str(exc)}
        ) from exc
    text, encoding = _decode(data, path)
    if not text.strip():
        raise CivicDeskError("survey_file.empty", {"path": str(path)})
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    headers = [h.strip() for h in next(reader)]
    columns = _columns(headers, path)
    parsed = ParsedSurveys(path.name, encoding, 0)
    for row, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        parsed.total_rows += 1
        number = _cell(cells, columns, "case_number")
        if not number:
            parsed.rejected.append(_problem(path, row, "import.row_survey_no_case"))
            continue
        raw_date = _cell(cells, columns, "surveyed_at")
        try:
            surveyed_at = parse_received_at(raw_date) if raw_date else None
        except ValueError:
            surveyed_at = None
            if not re.fullmatch(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}\.?", raw_date):
                parsed.rejected.append(_problem(path, row, "import.row_survey_bad_date", {"value": raw_date}))
                continue
            year, month, day = (int(p) for p in re.findall(r"\d+", raw_date))
            try:
                surveyed_at = dt.datetime(year, month, day)
            except ValueError:
                parsed.rejected.append(_problem(path, row, "import.row_survey_bad_date", {"value": raw_date}))
                continue
        if surveyed_at is None:
            parsed.rejected.append(_problem(path, row, "import.row_survey_no_date"))
            continue
        raw_channel = _cell(cells, columns, "channel")
        channel = CHANNEL_WORDS.get(_normalise(raw_channel), raw_channel) if raw_channel else default_channel
        try:
            answers = validate_answers(
                SurveyAnswers(
                    channel,
                    _satisfaction(_cell(cells, columns, "satisfaction")),  # type: ignore[arg-type]
                    _answer(_cell(cells, columns, "would_use_again")),
                    _answer(_cell(cells, columns, "would_recommend")),
                    _answer(_cell(cells, columns, "wants_continued")),
                    _cell(cells, columns, "comment"),
                )
            )
        except ValidationError as exc:
            parsed.rejected.append(_problem(path, row, exc.code, dict(exc.values)))
            continue
        parsed.rows.append(ParsedSurvey(row, number, surveyed_at, answers))
    return parsed

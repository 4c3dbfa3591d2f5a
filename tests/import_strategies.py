"""Hypothesis strategies for both importers: gateway CSV files and office calendars as an adversary
writes them, each with the outcome every record must have (the oracle is built beside the file, never
by the code under test).

Gateway files mix good rows (any words: quotes, delimiters, line breaks, leading `=`/`+`/`-`/`@`,
emoji where the encoding holds them) with malformed ones — a stray quote opening a cell, a cell far
over the csv module's field limit, impossible and out-of-range dates, NUL, names longer than the
column, empty texts — and exact repeats; in UTF-8, UTF-8 with BOM or CP949, comma, semicolon or tab,
LF or CR LF. Some files are spoiled whole: one line in another encoding, or the whole file encoded
twice; those must be refused, naming the line.

Calendars mix good events with broken properties, year 9999 and year 0001, UIDs longer than the
column, missing DTSTART or UID, NUL, unknown time zones, unterminated events and repeated UIDs.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from hypothesis import assume
from hypothesis import strategies as st

from civicdesk_gui.documents.sms_import import import_key, record_start_test
from civicdesk_gui.domain.phone import normalise_phone

TODAY = dt.date(2026, 11, 20)
HEADER = ["수신일시", "발신번호", "성명", "내용"]
COLUMNS = {"received_at": 0, "phone": 1, "name": 2, "text": 3}
SPECIAL = list("\"',;\t\n\r=+-@ ")
HANGUL = list("가나다라마바사아자차카타파하똠뷁민원가로등보도주차")

# ------------------------------------------------------------------------------------ gateway


@dataclass
class GatewayFile:
    data: bytes
    encoding: str
    delimiter: str
    # Per record, in order: ("row", (received_at, phone, name, text)) or ("rejected", code).
    outcomes: list[tuple[str, object]] = field(default_factory=list)
    refused: str | None = None  # the ImportFileError code when the whole file must be refused
    blank_lines: int = 0
    outcomes_of: dict[tuple[str, ...], tuple] = field(default_factory=dict, repr=False)

    @property
    def good_rows(self) -> list[tuple[dt.datetime, str, str, str]]:
        return [value for kind, value in self.outcomes if kind == "row"]

    @property
    def rejected_codes(self) -> list[str]:
        return [value for kind, value in self.outcomes if kind == "rejected"]

    def keys(self) -> set[str]:
        return {import_key(when, phone, text) for when, phone, _name, text in self.good_rows}


def _alphabet(encoding: str) -> st.SearchStrategy[str]:
    if encoding == "cp949":  # only what CP949 can hold
        return st.one_of(
            st.sampled_from(SPECIAL + HANGUL), st.characters(min_codepoint=0x21, max_codepoint=0x7E)
        )
    # No Latin-1 letters (U+0080-U+00FF): words made of them, like "Â\x85", are what UTF-8 encoded
    # twice looks like, and the import refuses such lines (documents/import_files.py) rather than
    # guess. Control characters, NEL and line separators stay: they must not split a record.
    return st.one_of(
        st.sampled_from(SPECIAL + HANGUL),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.characters(min_codepoint=0x100, exclude_categories=("Cs", "Cc")),
        st.sampled_from(["😀", "\x0b", "\x1b", "\u2028", "\x85", "€", "Ω"]),
    )


def _date_text(when: dt.datetime, style: int) -> tuple[str, dt.datetime]:
    if style == 0:
        return f"{when:%Y-%m-%d %H:%M}", when.replace(second=0)
    if style == 1:
        return f"{when:%Y.%m.%d %H:%M}", when.replace(second=0)
    if style == 2:
        return f"{when.year}/{when.month}/{when.day} {when.hour}:{when:%M:%S}", when
    half, hour = ("오전", when.hour) if when.hour < 12 else ("오후", when.hour - 12)
    return f"{when.year}년 {when.month}월 {when.day}일 {half} {hour or 12}:{when:%M}", when.replace(second=0)


def _csv_line(cells: list[str], delimiter: str, terminator: str) -> str:
    # Python's writer quotes a cell holding a line break only if the break is in its lineterminator:
    # written with CR LF, every cell holding CR or LF is quoted, as any reader needs it to be.
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue().removesuffix("\r\n") + terminator


def _clean(value: str, delimiter: str) -> str:
    """A cell written raw, unquoted: nothing in it may quote, break or split it."""
    for ch in ('"', "\r", "\n", delimiter, "\x00"):
        value = value.replace(ch, "")
    return value


@st.composite
def gateway_files(draw) -> GatewayFile:
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp949"]))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    terminator = draw(st.sampled_from(["\n", "\r\n"]))
    alphabet = _alphabet(encoding)
    looks_like_record = record_start_test(COLUMNS, delimiter)
    kinds = draw(
        st.lists(
            st.sampled_from(
                ["good"] * 6
                + ["repeat", "stray_quote", "huge", "bad_date", "out_of_range", "nul", "long_name", "no_text"]
            ),
            min_size=0,
            max_size=9,
        )
    )
    if "huge" in kinds:  # one at most: each is 140,000 characters
        first = kinds.index("huge")
        kinds = kinds[: first + 1] + ["good" if k == "huge" else k for k in kinds[first + 1 :]]
    file = GatewayFile(b"", encoding, delimiter)
    lines = [_csv_line(HEADER, delimiter, terminator)]
    written: list[list[str]] = []
    for number, kind in enumerate(kinds):
        when = draw(
            st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2026, 11, 20, 23, 59))
        )
        date_text, received = _date_text(when.replace(microsecond=0), draw(st.integers(0, 3)))
        phone = f"010-{number + 1000:04d}-{draw(st.integers(0, 9999)):04d}"
        name = draw(st.text(alphabet, max_size=12)).strip()
        text = draw(st.text(alphabet, min_size=1, max_size=60).filter(str.strip))
        cells = [date_text, phone, name, text]
        if kind == "repeat":
            if not written:
                continue
            cells = written[draw(st.integers(0, len(written) - 1))]
            lines.append(_csv_line(cells, delimiter, terminator))
            file.outcomes.append(("row", file.outcomes_of[tuple(cells)]))
            continue
        if draw(st.integers(0, 9)) == 0:
            lines.append(terminator)  # a blank line: not a record
            file.blank_lines += 1
        if kind == "stray_quote":
            raw = [_clean(c, delimiter) for c in cells]
            opened = draw(st.sampled_from([2, 3]))  # the name or the text, as the issue saw it
            raw[opened] = '"' + raw[opened]
            lines.append(delimiter.join(raw) + terminator)
            file.outcomes.append(("rejected", "import.row_unbalanced_quote"))
            continue
        if kind == "good":
            line = _csv_line(cells, delimiter, terminator)
            # A message whose own later lines look like gateway records cannot be told from an
            # unbalanced quote (the rule of documents/csv_records.py): the adversary's, not ours.
            assume(
                not any(
                    looks_like_record(part)
                    for part in line.replace("\r\n", "\n").replace("\r", "\n").split("\n")[1:]
                )
            )
            lines.append(line)
            written.append(cells)
            expected = (received, normalise_phone(phone).display, name, text)
            file.outcomes.append(("row", expected))
            file.outcomes_of[tuple(cells)] = expected
            continue
        code = {
            "huge": "import.row_text_too_long",
            "bad_date": "import.row_bad_date",
            "out_of_range": "import.row_date_out_of_range",
            "nul": "import.row_nul",
            "long_name": "import.row_field_too_long",
            "no_text": "import.row_no_text",
        }[kind]
        if kind == "huge":
            cells[3] = "가" * 140_000
        elif kind == "bad_date":
            cells[0] = draw(
                st.sampled_from(
                    ["2026-02-30 10:00", "2026-13-01 10:00", "2026-11-03 25:00", "2025.02.29 09:00"]
                )
            )
        elif kind == "out_of_range":
            cells[0] = draw(
                st.sampled_from(
                    ["9999-12-31 23:59", "0001-01-01 00:00", "1999-12-31 23:59", "2026-11-22 00:00"]
                )
            )
        elif kind == "nul":
            cells[3] = text[:5] + "\x00" + text[5:]
        elif kind == "long_name":
            cells[2] = "가" * draw(st.integers(61, 200))
        elif kind == "no_text":
            cells[3] = draw(st.sampled_from(["", " ", "\t ", "  "]))
        lines.append(_csv_line(cells, delimiter, terminator))
        file.outcomes.append(("rejected", code))
    text = "".join(lines)
    file.data = text.encode(encoding)
    spoil = draw(st.sampled_from(["none"] * 8 + ["mixed", "twice"]))
    if spoil == "mixed" and encoding != "cp949" and len(lines) > 1:
        # One line of the file in CP949, the others in UTF-8 (Hangul on both sides).
        odd = draw(st.integers(1, len(lines) - 1))
        spoiled = [
            ("민원 " + line).encode("cp949", errors="replace") if i == odd else ("민원 " + line).encode()
            for i, line in enumerate(lines)
        ]
        file.data = b"".join(spoiled)
        file.refused = "import.mixed_encodings"
    elif spoil == "twice" and encoding != "cp949":
        file.data = text.encode("utf-8").decode("latin-1").encode("utf-8")
        file.refused = "import.double_encoded"  # the header is Hangul: garbled from line 1
    return file


# ------------------------------------------------------------------------------------ calendars

ZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:Asia/Seoul\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
    "TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:KST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
)


@dataclass
class Calendar:
    data: bytes
    # Per event: ("event", (uid, starts_at, ends_at, summary)) or ("rejected", code).
    outcomes: list[tuple[str, object]] = field(default_factory=list)

    @property
    def good_events(self) -> list[tuple[str, dt.datetime, dt.datetime, str]]:
        return [value for kind, value in self.outcomes if kind == "event"]

    @property
    def rejected_codes(self) -> list[str]:
        return [value for kind, value in self.outcomes if kind == "rejected"]


def _ical_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


@st.composite
def calendars(draw) -> Calendar:
    from civicdesk_gui.documents.session_ics import SUMMARY_PREFIX

    kinds = draw(
        st.lists(
            st.sampled_from(
                ["good"] * 5
                + ["repeat_uid", "year_9999", "year_0001", "long_uid", "no_uid", "no_start", "broken_start"]
                + ["nul", "unknown_zone", "ends_first", "unterminated", "long_title"]
            ),
            max_size=8,
        )
    )
    calendar = Calendar(b"")
    blocks = []
    uids: list[str] = []
    summary_alphabet = st.one_of(
        st.sampled_from(HANGUL + list(",;:\\\"'=+- ")), st.characters(min_codepoint=0x21, max_codepoint=0x7E)
    )
    for kind in kinds:
        uid = f"{draw(st.uuids())}@fuzz.example"
        start = draw(st.datetimes(min_value=dt.datetime(2000, 1, 2), max_value=dt.datetime(2036, 12, 31, 19)))
        start = start.replace(second=0, microsecond=0)
        end = start + dt.timedelta(minutes=draw(st.integers(30, 240)))
        summary = SUMMARY_PREFIX + draw(st.text(summary_alphabet, max_size=40)).strip()
        lines = ["BEGIN:VEVENT"]
        code = None
        if kind == "repeat_uid" and uids:
            uid, code = draw(st.sampled_from(uids)), "ics.event_duplicate_uid"
        elif kind == "long_uid":
            uid, code = "u" * draw(st.integers(121, 600)), "ics.event_uid_too_long"
        if kind != "no_uid":
            lines.append(f"UID:{uid}")
        else:
            code = "ics.event_without_uid"
        start_line = f"DTSTART;TZID=Asia/Seoul:{start:%Y%m%dT%H%M%S}"
        end_line = f"DTEND;TZID=Asia/Seoul:{end:%Y%m%dT%H%M%S}"
        if kind == "year_9999":
            start_line, end_line, code = (
                "DTSTART:99991231T100000",
                "DTEND:99991231T120000",
                "ics.event_out_of_range",
            )
        elif kind == "year_0001":
            start_line, end_line, code = (
                "DTSTART:00010101T100000",
                "DTEND:00010101T120000",
                "ics.event_out_of_range",
            )
        elif kind == "broken_start":
            start_line, code = f"DTSTART:{start:%Y}XX{start:%d}T100000", "ics.event_unreadable"
        elif kind == "unknown_zone":
            start_line = f"DTSTART;TZID=Nowhere/Atlantis:{start:%Y%m%dT%H%M%S}"
            code = "ics.event_unknown_timezone"
        elif kind == "ends_first":
            end_line, code = (
                f"DTEND;TZID=Asia/Seoul:{start - dt.timedelta(hours=1):%Y%m%dT%H%M%S}",
                "ics.event_ends_before_start",
            )
        if kind == "no_start":
            code = "ics.event_without_start"
        else:
            lines.append(start_line)
        lines.append(end_line)
        if kind == "long_title":
            summary, code = SUMMARY_PREFIX + "가" * draw(st.integers(121, 400)), "ics.event_field_too_long"
        lines.append(f"SUMMARY:{_ical_text(summary)}")
        if kind == "nul":
            lines.append("DESCRIPTION:a\x00b")
            code = "ics.event_nul"
        if kind != "unterminated":
            lines.append("END:VEVENT")
        else:
            code = "ics.event_unterminated"
        blocks.append("\r\n".join(lines) + "\r\n")
        if code is None:
            uids.append(uid)
            calendar.outcomes.append(("event", (uid, start, end, summary)))
        else:
            calendar.outcomes.append(("rejected", code))
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//KO\r\n"
        + ZONE
        + "".join(blocks)
        + "END:VCALENDAR\r\n"
    )
    calendar.data = text.encode("utf-8")
    return calendar

"""Splitting a CSV text into records without letting one stray quote swallow the rows after it.

Python's csv module (like Excel) lets a quoted cell run over line breaks until its closing quote. A
resident's message may hold line breaks, so that must stay; but a stray `"` opening a cell makes the
cell run on to the next quote or the end of the file, and the messages in between vanish inside it.

So records are found here first, with the same quoting rules as the csv module (non-strict, quotes
doubled inside a quoted cell), and one more: when a quoted cell would continue onto a line that
looks like the start of a record of its own (`looks_like_record`: for the gateway, a timestamp and a
phone number where the header says they are), the quote is unbalanced. The record it opened ends
before that line and is rejected as such; the line is read as the next record. A quoted cell still
open at the end of the file is unbalanced too. Only then is each record's text handed to the csv
module, which cuts it into cells.

Row numbers are a spreadsheet's: the header is row 1 and every record (a blank line too) is one row,
however many lines its text spans; `line` says where it starts in the file.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

QUOTE = '"'
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# The csv module's states that matter at the end of a line.
_START_FIELD, _IN_FIELD, _IN_QUOTED, _QUOTE_IN_QUOTED = range(4)


@dataclass(frozen=True)
class Record:
    row: int  # as a spreadsheet counts: the header is row 1
    line: int  # the file line it starts on (1-based)
    line_count: int  # file lines its text spans
    text: str  # without the final line break
    unbalanced: bool = False  # a quote opened in it never closed before a record-like line or the end

    @property
    def blank(self) -> bool:
        return not self.unbalanced and not self.text.strip(" \t,;")


@dataclass(frozen=True)
class Lines:
    """The file's physical lines (line breaks as the csv module sees them: CR LF, CR or LF)."""

    text: str
    starts: list[int]  # offset of each line
    ends: list[int]  # offset of each line's break (or of the end of the text)

    @classmethod
    def of(cls, text: str) -> Lines:
        starts, ends = [0], []
        for match in _LINE_BREAK.finditer(text):
            ends.append(match.start())
            starts.append(match.end())
        ends.append(len(text))
        if starts[-1] == len(text) and len(starts) > 1:  # the final line break ends the last line
            starts.pop()
            ends.pop()
        return cls(text, starts, ends)

    def __len__(self) -> int:
        return len(self.starts)

    def line(self, index: int) -> str:
        return self.text[self.starts[index] : self.ends[index]]

    def span(self, first: int, last: int) -> str:
        """Lines first..last with the breaks between them, as written."""
        return self.text[self.starts[first] : self.ends[last]]


def _scan(line: str, state: int, delimiter: str) -> int:
    """The csv module's state after reading `line`, starting in `state` (see _csv.c, non-strict)."""
    if QUOTE not in line:  # the common line: only whether a quoted cell is still open matters
        return state
    for ch in line:
        if state == _START_FIELD:
            if ch == QUOTE:
                state = _IN_QUOTED
            elif ch != delimiter:
                state = _IN_FIELD
        elif state == _IN_FIELD:
            if ch == delimiter:
                state = _START_FIELD
        elif state == _IN_QUOTED:
            if ch == QUOTE:
                state = _QUOTE_IN_QUOTED
        elif ch == QUOTE:  # _QUOTE_IN_QUOTED: a doubled quote is a quote inside the cell
            state = _IN_QUOTED
        elif ch == delimiter:
            state = _START_FIELD
        else:
            state = _IN_FIELD
    return state


def split_records(
    lines: Lines,
    *,
    first: int,
    first_row: int,
    delimiter: str,
    looks_like_record: Callable[[str], bool],
) -> Iterator[Record]:
    """The records from line index `first` on; the first one is numbered `first_row`."""
    index, row, total = first, first_row, len(lines)
    while index < total:
        state = _scan(lines.line(index), _START_FIELD, delimiter)
        last = index
        unbalanced = False
        while state == _IN_QUOTED:
            following = last + 1
            if following >= total or looks_like_record(lines.line(following)):
                unbalanced = True
                break
            last = following
            state = _scan(lines.line(last), _IN_QUOTED, delimiter)
        yield Record(row, index + 1, last - index + 1, lines.span(index, last), unbalanced)
        index, row = last + 1, row + 1


def cells_of(text: str, delimiter: str) -> list[str]:
    """One record's text cut into cells by the csv module (a quoted cell may hold line breaks)."""
    if QUOTE not in text:
        return text.split(delimiter)
    with large_fields(len(text)):
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not rows:
        return [""]
    if len(rows) > 1:  # cannot happen for a record split above; never lose a piece if it does
        return [cell for row in rows for cell in row]
    return rows[0]


@contextmanager
def large_fields(size: int):
    """Let the csv module read a cell as long as the record: its default limit (131,072 characters)
    raises _csv.Error, which would end the whole import. The row's own checks refuse long cells."""
    previous = csv.field_size_limit()
    wanted = min(max(previous, size + 1), 2**31 - 1)  # a C long on every platform
    csv.field_size_limit(wanted)
    try:
        yield
    finally:
        csv.field_size_limit(previous)

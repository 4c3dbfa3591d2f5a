"""Cells that a spreadsheet must read as data, never as a formula (CSV injection, OWASP).

A resident's text such as `=HYPERLINK("http://…","클릭")` or `+82 10…` would be run by Excel or
LibreOffice as a formula when it opens an export. OWASP's advice: a cell that begins with `=`, `+`,
`-`, `@`, a tab or a carriage return gets a single quote `'` in front, so the spreadsheet shows it
as text; the words stay readable.

To keep that reversible, a cell that already begins with quotes followed by one of those characters
gets one more quote too. So `neutralise` adds exactly one `'` to every cell matching
`'*[=+\\-@\\t\\r]…` (any number of quotes, then a trigger) and to no other, and `restore` takes exactly
one away from every cell matching `'+[=+\\-@\\t\\r]…`: `restore(neutralise(s)) == s` for every string,
and a neutralised cell never begins with a trigger. The import applies `restore` to the files
CivicDesk exported (recognised by their header row); see documents/sms_import.py.

In XLSX the cells are typed as strings (never formulas) and the same cells carry Excel's own
"quote prefix" style — what Excel records when someone types `'=…` — so the text is exact and the
spreadsheet still will not turn it into a formula when the cell is edited.
"""

from __future__ import annotations

import re

TRIGGERS = "=+-@\t\r"
_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")
_QUOTED = re.compile(r"'+[=+\-@\t\r]")


def is_risky(value: str) -> bool:
    """Would a spreadsheet take this cell for a formula (or for a neutralised one)?"""
    return _NEEDS_QUOTE.match(value) is not None


def neutralise(value: str) -> str:
    return "'" + value if _NEEDS_QUOTE.match(value) else value


def restore(value: str) -> str:
    return value[1:] if _QUOTED.match(value) else value


# ------------------------------------------------------------------------------ XLSX text
# XML cannot hold most control characters; the OOXML way is Excel's escape `_xHHHH_` (ECMA-376
# §22.4.2.4), which Excel reads back as the character. A literal `_xHHHH_` in the words is then
# written `_x005F_xHHHH_` (an escaped underscore) so that it is not taken for an escape. Only cells
# that need it are escaped: every other cell is written exactly as it is.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def xlsx_text(value: str) -> str:
    """The text an XLSX cell holds for `value` (exact unless it needs Excel's escape)."""
    if not _XML_ILLEGAL.search(value) and not _ESCAPE_LIKE.search(value):
        return value
    value = _ESCAPE_LIKE.sub(r"_x005F_\1", value)
    return _XML_ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", value)


def xlsx_value(text: str) -> str:
    """What Excel shows for an XLSX cell's text: the escapes of xlsx_text read back."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)

"""Reading a file someone chose to import: its bytes, safely, and its text, never by guessing.

- Only a regular file is read: a folder, a FIFO (which would block forever) or a device is refused
  before anything waits on it.
- Text is UTF-8 (with or without BOM) or CP949 (a superset of EUC-KR), decided strictly. A file that
  is neither, mixes the two, or is UTF-8 encoded twice (each byte of the UTF-8 read as Latin-1 and
  encoded again, "íê¸¸ë" for "홍길동") is refused with the line that shows it: a wrong guess would
  store the residents' words garbled, which is worse than not importing them.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from civicdesk_gui.errors import CivicDeskError

MAX_FILE_BYTES = 512 * 1024 * 1024  # a gateway export of years of messages is a few hundred MB at most
UTF8_BOM = codecs.BOM_UTF8
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Encodings a user may force (--encoding), by their codec name.
ACCEPTED_ENCODINGS = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp949": "cp949", "euc_kr": "cp949"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Characters of Windows-1252 that are not Latin-1: a double-encoded file shows them too.
_CP1252_EXTRA = {ch: bytes([b]) for b in range(0x80, 0xA0) if (ch := bytes([b]).decode("cp1252", "ignore"))}
# A UTF-8 lead byte read as a Latin-1/Windows-1252 character, then a continuation byte read so: the
# mark of UTF-8 decoded once too often even when some bytes were lost on the way ("í\x95œêµ­").
_LATIN = re.compile("[\u0080-\u00ff" + "".join(_CP1252_EXTRA) + "]")
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf" + "".join(_CP1252_EXTRA) + "]")


class ImportFileError(CivicDeskError):
    """The file cannot be imported at all (missing, not a file, unreadable encoding, no header)."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", "utf-8-sig" or "cp949"


def read_input_file(path: str | Path) -> bytes:
    """The bytes of a regular file; ImportFileError for anything else (never blocks on a FIFO)."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise ImportFileError("import.not_a_file", {"path": str(path)})
        descriptor = os.open(path, flags)
    except FileNotFoundError as exc:
        raise ImportFileError("import.file_not_found", {"path": str(path)}) from exc
    except IsADirectoryError as exc:
        raise ImportFileError("import.not_a_file", {"path": str(path)}) from exc
    except OSError as exc:
        raise ImportFileError("import.cannot_read", {"path": str(path), "reason": _reason(exc)}) from exc
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):  # swapped for something else since the check above
            raise ImportFileError("import.not_a_file", {"path": str(path)})
        if info.st_size > MAX_FILE_BYTES:
            raise ImportFileError(
                "import.file_too_big", {"path": str(path), "size": info.st_size, "limit": MAX_FILE_BYTES}
            )
        with os.fdopen(descriptor, "rb", closefd=True) as handle:
            descriptor = -1
            return handle.read()
    except OSError as exc:
        raise ImportFileError("import.cannot_read", {"path": str(path), "reason": _reason(exc)}) from exc
    finally:
        if descriptor >= 0:
            os.close(descriptor)


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def line_of(data: bytes, offset: int) -> int:
    """The 1-based line number of the byte at `offset`."""
    return data.count(b"\n", 0, offset) + 1


def accepted_encoding(name: str) -> str:
    try:
        codec = codecs.lookup(name).name
    except LookupError as exc:
        raise ImportFileError("import.unknown_encoding", {"encoding": name}) from exc
    if codec not in ACCEPTED_ENCODINGS:
        raise ImportFileError("import.unsupported_encoding", {"encoding": name})
    return ACCEPTED_ENCODINGS[codec]


def decode_text(data: bytes, *, file: str, encoding: str | None = None) -> DecodedText:
    """The text of `data` as UTF-8 or CP949 (see the module docstring); ImportFileError otherwise."""
    if data.startswith(UTF16_BOMS) or _looks_utf16(data):
        raise ImportFileError("import.utf16", {"file": file})
    if encoding is not None:
        codec = accepted_encoding(encoding)
        text = _strict(data, codec, file=file, shown=encoding)
        if codec.startswith("utf-8"):
            _refuse_double_encoding(text, file=file)
        return DecodedText(text, codec)
    if data.startswith(UTF8_BOM):  # a BOM promises UTF-8: no second opinion
        text = _strict(data, "utf-8-sig", file=file, shown="UTF-8")
        _refuse_double_encoding(text, file=file)
        return DecodedText(text, "utf-8-sig")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _refuse_double_encoding(text, file=file)
        return DecodedText(text, "utf-8")
    # Not UTF-8. CP949 reads almost any bytes, so it is only accepted when every line is CP949 and no
    # line is plainly UTF-8 (a UTF-8 file with one CP949 line, or the other way round).
    utf8_lines: list[int] = []
    cp949_lines: list[int] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if raw.isascii():
            continue
        as_utf8 = _decoded(raw, "utf-8")
        as_cp949 = _decoded(raw, "cp949")
        # Hangul and the like are three bytes in UTF-8, which CP949 text almost never forms; a line
        # of two-byte UTF-8 only (Latin, Greek…) may be CP949 too, and is taken for it then.
        if as_utf8 is not None and (as_cp949 is None or any(ord(ch) >= 0x800 for ch in as_utf8)):
            utf8_lines.append(number)
        elif as_cp949 is not None:
            cp949_lines.append(number)
        else:
            raise ImportFileError("import.undecodable", {"file": file, "line": number})
    if utf8_lines:
        # Name a line of the minority: the one that does not belong.
        odd, usual = (
            (cp949_lines, utf8_lines) if len(cp949_lines) <= len(utf8_lines) else (utf8_lines, cp949_lines)
        )
        odd_encoding, usual_encoding = ("CP949", "UTF-8") if odd is cp949_lines else ("UTF-8", "CP949")
        raise ImportFileError(
            "import.mixed_encodings",
            {
                "file": file,
                "line": odd[0],
                "encoding": odd_encoding,
                "other_line": usual[0],
                "other_encoding": usual_encoding,
            },
        )
    return DecodedText(_strict(data, "cp949", file=file, shown="CP949"), "cp949")


def _decoded(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None


def _strict(data: bytes, codec: str, *, file: str, shown: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            "import.not_in_encoding", {"file": file, "encoding": shown, "line": line_of(data, exc.start)}
        ) from exc


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of an ASCII header is NUL."""
    head = data[:200]
    return len(head) >= 4 and head.count(b"\x00") * 3 >= len(head) and b"\x00\x00" not in head[:4]


def _refuse_double_encoding(text: str, *, file: str) -> None:
    if not _LATIN.search(text):  # the usual file: Hangul and ASCII only
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if not _LATIN.search(line):
            continue
        if _twice_encoded(line) or len(_MOJIBAKE.findall(line)) >= 2:
            raise ImportFileError("import.double_encoded", {"file": file, "line": number})


def _twice_encoded(line: str) -> bool:
    """Does the line read as UTF-8 once its characters are taken back to the bytes they were?"""
    raw = bytearray()
    for ch in line:
        if ch in _CP1252_EXTRA:
            raw += _CP1252_EXTRA[ch]
        elif ord(ch) < 0x100:
            raw.append(ord(ch))
        else:
            return False  # a character Latin-1 cannot hold: written as it is, not twice encoded
    try:
        return not raw.decode("utf-8").isascii()
    except UnicodeDecodeError:
        return False


def refuse_binary(first_line: str, *, file: str, line: int) -> None:
    """A header holding control characters is not a table anyone wrote: a binary file that happened
    to decode (a file of NUL bytes is valid UTF-8)."""
    if _CONTROL.search(first_line):
        raise ImportFileError("import.binary", {"file": file, "line": line})

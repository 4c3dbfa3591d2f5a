"""How the briefing's and the reports' files reach the disk: written to a temporary name in the same
folder, flushed and synced, then renamed over the target, so a reader never sees half a file and a
failure leaves the old file (or none) in place.

One small door on purpose: when the app gets one atomic writer for every file it writes, `write_file`
is the single place to point at it. Spreadsheet text that residents or officials wrote is written as
text cells (documents/monthly_report.py), never as something Excel would evaluate.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from civicdesk_gui.errors import CivicDeskError


def _process_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# mkstemp creates 0600 files; the renamed file gets the permissions a plain open() would have given.
FILE_MODE = 0o666 & ~_process_umask()


def write_file(path: str | Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call `write(handle)` on a temporary file beside `path`, then rename it to `path`."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise CivicDeskError(
            "file.write_failed", {"path": str(path), "reason": exc.strerror or str(exc)}
        ) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise CivicDeskError(
                "file.write_failed", {"path": str(path), "reason": exc.strerror or str(exc)}
            ) from exc
        raise
    return path


def write_bytes(path: str | Path, data: bytes) -> Path:
    return write_file(path, lambda stream: stream.write(data))

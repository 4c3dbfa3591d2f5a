"""An operating-system error as a message the user can act on: it names the file and says what to do
("the disk is full", "read-only", "a folder, not a file"), never the errno text alone.

Used by the atomic writer and the file checks (civicdesk_gui/atomic_file.py, file_checks.py), and by
user_errors.py for anything that reaches the CLI's top or the GUI's error dialog.
"""

from __future__ import annotations

import errno
import os

from civicdesk_gui.errors import FileError

_BUSY = {errno.EBUSY, errno.ETXTBSY}
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}  # a user's quota is a full disk to them
# Windows error numbers Python does not map to an errno: sharing violations, a full disk.
_WIN_BUSY = {32, 33}
_WIN_DISK_FULL = {39, 112}


def file_error(exc: OSError, path: str | os.PathLike | None = None) -> FileError:
    """`exc` as a FileError naming `path` (default: the file the OS named)."""
    shown = str(path if path is not None else (exc.filename or "?"))
    error = _error_for(exc, shown)
    error.__cause__ = exc
    return error


def _error_for(exc: OSError, shown: str) -> FileError:
    number = exc.errno or 0
    winerror = getattr(exc, "winerror", None) or 0
    if number in _DISK_FULL or winerror in _WIN_DISK_FULL:
        return FileError("file.disk_full", {"path": shown}, path=shown)
    if number in _BUSY or winerror in _WIN_BUSY:
        return FileError("file.busy", {"path": shown}, path=shown)
    if number == errno.EFBIG:
        return FileError("file.too_big", {"path": shown}, path=shown)
    if number == errno.EROFS:
        return FileError("file.read_only", {"path": shown}, path=shown)
    if number in (errno.EACCES, errno.EPERM):
        return FileError("file.no_permission", {"path": shown}, path=shown)
    if number == errno.ENOENT:
        return FileError("file.not_found", {"path": shown}, path=shown)
    if number == errno.ENOTDIR:
        return FileError("file.under_a_file", {"path": shown}, path=shown)
    if number == errno.EISDIR:
        return FileError("file.is_a_folder", {"path": shown}, path=shown)
    if number == errno.ENXIO:
        return FileError("file.no_reader", {"path": shown}, path=shown)
    if number == errno.ENAMETOOLONG:
        return FileError("file.name_too_long", {"path": shown}, path=shown)
    reason = exc.strerror or type(exc).__name__
    if number == errno.EIO:
        return FileError("file.io_error", {"path": shown, "reason": reason}, path=shown)
    return FileError("file.failed", {"path": shown, "reason": reason}, path=shown)


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and (
        exc.errno in _DISK_FULL or getattr(exc, "winerror", None) in _WIN_DISK_FULL
    )

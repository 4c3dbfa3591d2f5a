"""Checks made before any work starts, so that nothing is issued, imported or exported into a place
that cannot take it: an output folder exists (or can be made), really accepts a new file, and has
room; an input is a regular, readable file (a pipe would hang the import, a device would never end).

Writability is tested by creating a file, not by permission bits: root ignores mode bits, and a
read-only mount or a network share says no only when asked. Every refusal is a FileError naming the
path (os_errors.py).
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
from pathlib import Path

from civicdesk_gui.atomic_file import temp_path_for
from civicdesk_gui.errors import FileError, ValidationError
from civicdesk_gui.os_errors import file_error

# Room kept free beyond the estimate: the file system's own needs, the folder entry, rounding.
ROOM_MARGIN = 1 << 20


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:,.0f} {unit}" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{value:,.1f} TB"  # pragma: no cover - the loop returns at GB


def _probe_writable(folder: Path) -> None:
    """Create and remove a file in `folder`: the only answer that holds for root, mounts and shares."""
    probe = temp_path_for(folder / "write-test")
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        if exc.errno == errno.ENOENT:  # the folder exists but takes no new names (/proc and the like)
            raise FileError("file.no_permission", {"path": str(folder)}, path=str(folder)) from exc
        raise file_error(exc, folder) from exc
    os.close(fd)
    try:
        os.unlink(probe)
    except OSError as exc:
        raise file_error(exc, folder) from exc


def check_room(folder: Path, needed_bytes: int) -> None:
    if needed_bytes <= 0:
        return
    try:
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise file_error(exc, folder) from exc
    needed = needed_bytes + ROOM_MARGIN
    if free < needed:
        raise FileError(
            "folder.no_room",
            {"path": str(folder), "free": human_size(free), "needed": human_size(needed)},
            path=str(folder),
        )


def _existing_folder(folder: Path) -> None:
    try:
        mode = os.stat(folder).st_mode
    except FileNotFoundError:
        raise FileError("folder.missing", {"path": str(folder)}, path=str(folder)) from None
    except OSError as exc:
        raise file_error(exc, folder) from exc
    if not stat.S_ISDIR(mode):
        raise FileError("file.under_a_file", {"path": str(folder)}, path=str(folder))


def check_output_folder(folder: str | os.PathLike, *, needed_bytes: int = 0) -> Path:
    """A folder files will be written into: made when only its last part is missing, then proved
    writable and roomy enough. A file given as the folder is refused (cli.output_not_folder)."""
    folder = Path(folder)
    try:
        mode = os.stat(folder).st_mode
    except FileNotFoundError:
        _existing_folder(folder.parent if str(folder.parent) else Path("."))
        try:
            folder.mkdir()
        except FileExistsError:
            pass
        except OSError as exc:
            raise file_error(exc, folder) from exc
        mode = os.stat(folder).st_mode
    except OSError as exc:
        raise file_error(exc, folder) from exc
    if not stat.S_ISDIR(mode):
        raise ValidationError("cli.output_not_folder", {"path": str(folder)}, field="output")
    _probe_writable(folder)
    check_room(folder, needed_bytes)
    return folder


def check_output_file(path: str | os.PathLike, *, needed_bytes: int = 0) -> Path:
    """A file about to be written: not a folder; its folder exists, takes a new file and has room.
    A character device or a pipe is a stream (atomic_file writes it as one) and is not probed."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise file_error(exc, path) from exc
    if mode is not None:
        if stat.S_ISDIR(mode):
            raise FileError("file.is_a_folder", {"path": str(path)}, path=str(path))
        if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
            return path
        if not stat.S_ISREG(mode):
            raise FileError("file.not_regular", {"path": str(path)}, path=str(path))
    folder = path.parent if str(path.parent) else Path(".")
    _existing_folder(folder)
    _probe_writable(folder)
    check_room(folder, needed_bytes)
    return path


def check_input_file(path: str | os.PathLike) -> Path:
    """A file about to be read: it exists, is a regular file (not a folder, pipe or device) and opens."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise file_error(exc, path) from exc
    if stat.S_ISDIR(mode):
        raise FileError("file.is_a_folder", {"path": str(path)}, path=str(path))
    if not stat.S_ISREG(mode):
        raise FileError("file.not_regular", {"path": str(path)}, path=str(path))
    try:
        with open(path, "rb"):
            pass
    except OSError as exc:
        raise file_error(exc, path) from exc
    return path

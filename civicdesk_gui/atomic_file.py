"""Every file CivicDesk produces appears whole or not at all (letters, calendars, exports, briefs,
backups): it is written under a temporary name in the same folder, flushed, fsynced and renamed over
the final name (os.replace, atomic on one file system), then the folder is fsynced. A reader — a
printer spool, a mail merge, a calendar subscription — never sees half a file, a full disk leaves the
old file as it was, and the temporary file is removed on any failure. A process killed mid-write may
leave a temporary file behind, never a partial file under the final name; such leftovers carry
TEMP_MARK in their name and `remove_leftovers` clears them.

A character device or a named pipe given as the output (`-o /dev/stdout`, a pipe another program
reads) cannot be replaced, so it is written as a stream; a pipe nobody reads is refused at once
instead of hanging. A folder, a block device or a socket is refused. Errors come out as FileError
naming the final file (os_errors.py), never the temporary name.

No Qt, no database: the store (backups, the pre-upgrade copy), the documents and the CLI all use it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from civicdesk_gui.errors import FileError
from civicdesk_gui.os_errors import file_error

TEMP_MARK = ".civicdesk-tmp"


def temp_path_for(path: Path) -> Path:
    """A hidden name beside `path`, unique to this process: `.name.<pid>-<random>.civicdesk-tmp`."""
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_MARK}")


# What SQLite may leave beside a temporary database file killed mid-copy.
_JOURNALS = ("-journal", "-wal", "-shm")


def _without_journal(name: str) -> str:
    for suffix in _JOURNALS:
        if name.endswith(TEMP_MARK + suffix):
            return name[: -len(suffix)]
    return name


def is_temp_name(name: str) -> bool:
    """A temporary file of ours (or the journal SQLite kept beside one): never a final name."""
    return name.startswith(".") and _without_journal(name).endswith(TEMP_MARK)


def _kind(path: Path) -> str:
    """'new', 'file', 'stream' (character device, pipe) — or a FileError for what cannot be written."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "new"
    except OSError as exc:
        raise file_error(exc, path) from exc
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        raise FileError("file.is_a_folder", {"path": str(path)}, path=str(path))
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return "stream"
    raise FileError("file.not_regular", {"path": str(path)}, path=str(path))


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable. Windows cannot open a folder: there NTFS journals the rename.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _open_stream(path: Path) -> int:
    """A pipe is opened without blocking first: with no reader that fails at once (ENXIO)."""
    if stat.S_ISFIFO(os.stat(path).st_mode):
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.set_blocking(fd, True)
        return fd
    return os.open(path, os.O_WRONLY)


@contextlib.contextmanager
def atomic_output(
    path: str | os.PathLike, mode: str = "wb", *, encoding: str | None = None, newline: str | None = None
) -> Iterator[IO[Any]]:
    """Yield a file object; when the block ends normally the file appears at `path` whole, otherwise
    nothing changes at `path`. OSErrors while writing come out as FileError naming `path`."""
    if mode not in ("wb", "w"):
        raise ValueError(f"atomic_output writes whole files ('w' or 'wb'), not {mode!r}")
    final = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    kind = _kind(final)
    if kind == "stream":
        with _stream(final, mode, encoding, newline) as handle:
            yield handle
        return
    temp = temp_path_for(final)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        if exc.errno == errno.ENOENT and final.parent.is_dir():  # a folder that takes no new names
            raise FileError("file.no_permission", {"path": str(final)}, path=str(final)) from exc
        raise file_error(exc, final) from exc
    handle = None
    try:
        try:
            if kind == "file":  # the new file keeps the old one's permissions
                with contextlib.suppress(OSError):
                    os.chmod(temp, stat.S_IMODE(os.stat(final).st_mode))
            handle = os.fdopen(fd, mode, encoding=encoding, newline=newline)
        except BaseException:
            os.close(fd)
            raise
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        os.replace(temp, final)
        _fsync_folder(final.parent)
    except BaseException as exc:
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError) and exc.filename in (None, str(temp), os.fspath(temp)):
            raise file_error(exc, final) from exc
        raise


@contextlib.contextmanager
def _stream(path: Path, mode: str, encoding: str | None, newline: str | None) -> Iterator[IO[Any]]:
    try:
        fd = _open_stream(path)
    except OSError as exc:
        raise file_error(exc, path) from exc
    handle = os.fdopen(fd, mode, encoding=encoding, newline=newline)
    try:
        yield handle
        handle.flush()
    except OSError as exc:
        if exc.filename is None:
            raise file_error(exc, path) from exc
        raise
    finally:
        with contextlib.suppress(OSError):
            handle.close()


def write_file(path: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to `path` atomically; returns the path."""
    with atomic_output(path) as handle:
        handle.write(data)
    return Path(path)


def remove_leftovers(folder: Path) -> int:
    """Remove temporary files that a killed CivicDesk left in `folder` (a live process's own are
    kept: its pid is in the name). Returns how many were removed."""
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        if not is_temp_name(name) or _owner_alive(name):
            continue
        with contextlib.suppress(OSError):
            os.unlink(folder / name)
            removed += 1
    return removed


def _owner_alive(name: str) -> bool:
    if os.name == "nt":  # os.kill there terminates the process: leave the leftover alone
        return True
    try:
        pid = int(_without_journal(name)[: -len(TEMP_MARK)].rsplit(".", 1)[1].split("-", 1)[0])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours to signal (or Windows): leave it
        return True
    return True


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """For writers that want a file name rather than a file object (SQLite's backup API): yield a
    temporary path beside `path`; when the block ends normally that file is fsynced and renamed over
    `path`, otherwise it is removed (with any journal SQLite left beside it)."""
    final = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    if _kind(final) == "stream":
        raise FileError("file.not_regular", {"path": str(final)}, path=str(final))
    temp = temp_path_for(final)
    try:
        yield temp
        fd = os.open(temp, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, final)
        _fsync_folder(final.parent)
    except BaseException as exc:
        for leftover in (temp, *(temp.with_name(temp.name + s) for s in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        if isinstance(exc, OSError) and exc.filename in (None, str(temp)):
            raise file_error(exc, final) from exc
        raise

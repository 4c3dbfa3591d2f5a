"""Real file-system conditions for tests of what a user can do wrong or run into: a full disk, a
read-only folder, a pipe, a device, a folder under a file. No mocks: the kernel says no.

- /dev/full: every write fails with ENOSPC (a full disk), on any Linux.
- A read-only folder: for root, mode bits mean nothing, so a read-only tmpfs mount where mounting is
  allowed, else /sys/kernel (sysfs refuses new files, even to root); for others, a mode-555 folder.
- A small disk: a tmpfs of a given size, when mounting is allowed (root with CAP_SYS_ADMIN); tests
  that need one are skipped elsewhere, and /dev/full still proves the disk-full path.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path

import pytest

DEV_FULL = Path("/dev/full")


def _mount(folder: Path, options: str) -> bool:
    if os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True, check=False
    )
    return done.returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def refuses_new_files(folder: Path) -> bool:
    probe = folder / ".civicdesk-probe"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return True
    os.close(fd)
    os.unlink(probe)
    return False


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "1m"):
    """A tmpfs of `size` at `folder` (made), or a skip where mounting is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    if not _mount(folder, f"size={size}"):
        pytest.skip("mounting a small tmpfs needs root with CAP_SYS_ADMIN")
    try:
        yield folder
    finally:
        _unmount(folder)


@contextlib.contextmanager
def read_only_folder(base: Path):
    """A folder that refuses new files to whoever runs the tests, with one file inside when possible."""
    folder = base / "read-only"
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        (folder / "existing.txt").write_text("old", encoding="utf-8")
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    if _mount(folder, "size=1m"):
        (folder / "existing.txt").write_text("old", encoding="utf-8")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
        try:
            yield folder
        finally:
            _unmount(folder)
        return
    sysfs = Path("/sys/kernel")
    if sysfs.is_dir() and refuses_new_files(sysfs):
        yield sysfs
        return
    pytest.skip("no way to make a read-only folder for root here")


def make_fifo(folder: Path, name: str = "pipe") -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def file_under_a_file(folder: Path) -> Path:
    """A path whose parent is a regular file: ENOTDIR for anyone, root included."""
    blocker = folder / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    return blocker / "out.pdf"

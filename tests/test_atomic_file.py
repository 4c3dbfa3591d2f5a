"""Files appear whole or not at all (DESIGN.md §2), on a real file system: a failure or a full disk
leaves the old file and no temporary file; a reader never sees half a file; devices and pipes are
streams; a folder, a read-only place or a path under a file is one clear FileError naming the file."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest

from civicdesk_gui.atomic_file import (
    TEMP_MARK,
    atomic_output,
    atomic_path,
    is_temp_name,
    remove_leftovers,
    temp_path_for,
    write_file,
)
from civicdesk_gui.errors import FileError
from tests.fs_conditions import DEV_FULL, file_under_a_file, make_fifo, read_only_folder, small_disk


def _no_temp_files(folder) -> bool:
    return not [name for name in os.listdir(folder) if is_temp_name(name)]


def test_a_file_appears_whole_and_no_temporary_file_stays(tmp_path):
    path = tmp_path / "calendar.ics"
    assert write_file(path, b"BEGIN:VCALENDAR\r\n") == path
    assert path.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert _no_temp_files(tmp_path)


def test_text_mode_writes_the_encoding_asked(tmp_path):
    path = tmp_path / "cases.csv"
    with atomic_output(path, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write("접수번호,요지\r\n")
    assert path.read_bytes() == "\ufeff접수번호,요지\r\n".encode()


def test_a_failure_while_writing_keeps_the_old_file_and_removes_the_temporary_one(tmp_path):
    path = tmp_path / "letters.pdf"
    path.write_bytes(b"old letter")
    path.chmod(0o640)
    with pytest.raises(RuntimeError), atomic_output(path) as handle:
        handle.write(b"half a new")
        raise RuntimeError("the renderer failed")
    assert path.read_bytes() == b"old letter"
    assert _no_temp_files(tmp_path)
    write_file(path, b"new letter")
    assert path.read_bytes() == b"new letter"
    assert (path.stat().st_mode & 0o777) == 0o640  # the replaced file keeps its permissions


def test_a_full_disk_leaves_the_good_file_as_it_was(tmp_path):
    with small_disk(tmp_path / "disk", "256k") as disk:
        path = disk / "sessions.ics"
        path.write_bytes(b"GOOD CALENDAR" * 100)
        with pytest.raises(FileError) as caught:
            write_file(path, b"x" * (1 << 20))
        assert caught.value.code == "file.disk_full"
        assert str(path) in str(caught.value) and "disk is full" in str(caught.value)
        assert path.read_bytes() == b"GOOD CALENDAR" * 100
        assert _no_temp_files(disk)


def test_dev_full_is_a_full_disk_named_by_its_path():
    with pytest.raises(FileError) as caught:
        write_file(DEV_FULL, b"BEGIN:VCALENDAR\r\n" * 1000)
    assert caught.value.code == "file.disk_full"
    assert str(caught.value).startswith("The disk is full: /dev/full could not be written")


def test_a_pipe_nobody_reads_is_refused_at_once(tmp_path):
    fifo = make_fifo(tmp_path)
    started = time.monotonic()
    with pytest.raises(FileError) as caught:
        write_file(fifo, b"data")
    assert caught.value.code == "file.no_reader" and str(fifo) in str(caught.value)
    assert time.monotonic() - started < 5
    assert fifo.exists()  # the pipe is not replaced by a file


def test_a_pipe_with_a_reader_gets_the_stream(tmp_path):
    fifo = make_fifo(tmp_path)
    reader = subprocess.Popen(
        [sys.executable, "-c", f"import sys; sys.stdout.buffer.write(open({str(fifo)!r}, 'rb').read())"],
        stdout=subprocess.PIPE,
    )
    deadline = time.monotonic() + 10
    while True:  # the reader opens the pipe when its interpreter is up
        try:
            write_file(fifo, "민원 목록\n".encode())
            break
        except FileError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    out, _ = reader.communicate(timeout=10)
    assert out.decode() == "민원 목록\n"


def test_a_folder_given_as_the_file_is_refused(tmp_path):
    with pytest.raises(FileError) as caught:
        write_file(tmp_path, b"x")
    assert caught.value.code == "file.is_a_folder" and str(tmp_path) in str(caught.value)


def test_a_path_under_a_file_is_refused(tmp_path):
    path = file_under_a_file(tmp_path)
    with pytest.raises(FileError) as caught:
        write_file(path, b"x")
    assert caught.value.code == "file.under_a_file" and str(path) in str(caught.value)


def test_a_read_only_folder_is_refused_naming_the_file(tmp_path):
    with read_only_folder(tmp_path) as folder:
        path = folder / "brief.pdf"
        with pytest.raises(FileError) as caught:
            write_file(path, b"%PDF-")
        assert caught.value.code in ("file.read_only", "file.no_permission")
        assert str(path) in str(caught.value)
        assert ".civicdesk-tmp" not in str(caught.value)  # never the temporary name


def test_proc_takes_no_new_file():
    with pytest.raises(FileError) as caught:
        write_file("/proc/version", b"x")
    assert caught.value.code == "file.no_permission" and "/proc/version" in str(caught.value)


def test_a_reader_never_sees_half_a_file(tmp_path):
    """A reader polls the file while it is replaced 30 times by 2 MB of one letter or another: every
    read is one whole version."""
    path = tmp_path / "combined.pdf"
    versions = {bytes([65 + i]) * (2 << 20) for i in range(3)}
    write_file(path, b"A" * (2 << 20))
    seen: list[bytes] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            seen.append(path.read_bytes())

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(30):
            with atomic_output(path) as handle:
                for _ in range(8):  # in pieces, as a renderer writes
                    handle.write(bytes([65 + i % 3]) * (256 << 10))
    finally:
        stop.set()
        reader.join()
    assert seen and all(content in versions for content in seen), {len(c) for c in seen}


def test_a_link_is_written_through(tmp_path):
    real = tmp_path / "real.ics"
    real.write_bytes(b"old")
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    write_file(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_atomic_path_removes_a_failed_copy_and_its_journal(tmp_path):
    dest = tmp_path / "backup.db"
    with pytest.raises(RuntimeError), atomic_path(dest) as temp:
        temp.write_bytes(b"half")
        temp.with_name(temp.name + "-journal").write_bytes(b"j")
        raise RuntimeError("copy failed")
    assert os.listdir(tmp_path) == []


def test_leftovers_of_a_killed_process_are_removed_and_live_ones_kept(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".a.pdf.{dead.pid}-0000{TEMP_MARK}"
    own = temp_path_for(tmp_path / "b.pdf")
    other_live = tmp_path / f".c.pdf.1-0000{TEMP_MARK}"  # pid 1 is always running
    stale_journal = tmp_path / f"{stale.name}-journal"  # SQLite's, beside a copy killed mid-way
    for path in (stale, stale_journal, own, other_live):
        path.write_bytes(b"x")
    (tmp_path / "letter.pdf").write_bytes(b"%PDF-")
    assert is_temp_name(stale_journal.name) and not is_temp_name("office.v1-20261130.bak.db-journal")
    assert remove_leftovers(tmp_path) == 2
    assert sorted(os.listdir(tmp_path)) == sorted([own.name, other_live.name, "letter.pdf"])

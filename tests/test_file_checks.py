"""Checks before work starts: an output folder that exists (or can be made), really takes a new file
(tested by making one: root ignores mode bits) and has room; inputs that are regular files."""

from __future__ import annotations

import shutil

import pytest

from civicdesk_gui.errors import FileError, ValidationError
from civicdesk_gui.file_checks import (
    check_input_file,
    check_output_file,
    check_output_folder,
    check_room,
    human_size,
)
from tests.fs_conditions import DEV_FULL, file_under_a_file, make_fifo, read_only_folder, small_disk


def test_a_missing_last_folder_is_made_but_not_a_missing_parent(tmp_path):
    assert check_output_folder(tmp_path / "letters") == tmp_path / "letters"
    assert (tmp_path / "letters").is_dir()
    with pytest.raises(FileError) as caught:
        check_output_folder(tmp_path / "no" / "such" / "letters")
    assert caught.value.code == "folder.missing" and str(tmp_path / "no" / "such") in str(caught.value)


def test_a_file_given_as_the_folder_is_refused(tmp_path):
    target = tmp_path / "letters.pdf"
    target.write_bytes(b"%PDF-")
    with pytest.raises(ValidationError) as caught:
        check_output_folder(target)
    assert caught.value.code == "cli.output_not_folder"
    with pytest.raises(FileError) as under:
        check_output_folder(file_under_a_file(tmp_path))
    assert under.value.code in ("file.under_a_file", "folder.missing")


def test_a_read_only_folder_is_found_out_by_writing(tmp_path):
    with read_only_folder(tmp_path) as folder:
        with pytest.raises(FileError) as caught:
            check_output_folder(folder)
        assert caught.value.code in ("file.read_only", "file.no_permission")
        assert str(folder) in str(caught.value)
        with pytest.raises(FileError):
            check_output_file(folder / "calendar.ics")


def test_room_is_checked_against_the_free_space(tmp_path):
    free = shutil.disk_usage(tmp_path).free
    check_room(tmp_path, 1000)
    with pytest.raises(FileError) as caught:
        check_output_folder(tmp_path, needed_bytes=free + (10 << 30))
    assert caught.value.code == "folder.no_room"
    assert caught.value.values["free"] == human_size(free) or "GB" in caught.value.values["free"]


def test_a_small_disk_has_no_room_for_a_batch(tmp_path):
    with small_disk(tmp_path / "disk", "512k") as disk:
        with pytest.raises(FileError) as caught:
            check_output_folder(disk, needed_bytes=2 * 150_000 * 3)
        message = str(caught.value)
        assert caught.value.code == "folder.no_room" and "512.0 KB free" in message


def test_output_files_devices_and_pipes(tmp_path):
    assert check_output_file(tmp_path / "new.ics") == tmp_path / "new.ics"
    assert check_output_file(DEV_FULL) == DEV_FULL  # a stream: the write itself says "disk full"
    fifo = make_fifo(tmp_path)
    assert check_output_file(fifo) == fifo
    with pytest.raises(FileError) as caught:
        check_output_file(tmp_path)
    assert caught.value.code == "file.is_a_folder"
    with pytest.raises(FileError) as missing:
        check_output_file(tmp_path / "nowhere" / "x.ics")
    assert missing.value.code == "folder.missing"


def test_inputs_are_regular_files(tmp_path):
    good = tmp_path / "gateway.csv"
    good.write_text("a,b\n", encoding="utf-8")
    assert check_input_file(good) == good
    cases = {
        tmp_path / "missing.csv": "file.not_found",
        tmp_path: "file.input_is_a_folder",
        make_fifo(tmp_path): "file.not_regular",  # reading it would hang
        DEV_FULL: "file.not_regular",  # reading it would never end
        file_under_a_file(tmp_path): "file.under_a_file",
    }
    for path, code in cases.items():
        with pytest.raises(FileError) as caught:
            check_input_file(path)
        assert caught.value.code == code, path
        assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("size", "text"),
    [(0, "0 bytes"), (1023, "1,023 bytes"), (1536, "1.5 KB"), (5 << 20, "5.0 MB"), (3 << 30, "3.0 GB")],
)
def test_sizes_are_said_plainly(size, text):
    assert human_size(size) == text

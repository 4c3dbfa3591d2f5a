"""A batch's files come from the stored bytes, whole, after each letter is issued; a letter whose file
was never written is owed and the next batch writes it; a reprint rewrites chosen letters; the folder
is checked before anything is issued; a full disk stops the batch, losing nothing. SQLite and
PostgreSQL (the files are the same; the owed state lives in the database)."""

from __future__ import annotations

import contextlib
import hashlib
import os

import pytest
from pypdf import PdfReader

from civicdesk_gui.actions.letter_batch import (
    issue_pending_letters,
    write_letter_files,
    write_owed_letter_files,
)
from civicdesk_gui.actions.letters import issue_letter, void_letter
from civicdesk_gui.atomic_file import is_temp_name
from civicdesk_gui.errors import FileError, ValidationError
from civicdesk_gui.queries.letters import letter_draft, letter_ids_by_register, owed_letter_ids
from civicdesk_gui.store.letter_models import Letter
from tests.fs_conditions import read_only_folder, small_disk
from tests.letter_helpers import make_letter_case


def _stored(register_number: str) -> bytes:
    return bytes(Letter.get(Letter.register_number == register_number).pdf)


def _issue_without_file(case_id, actor, folder):
    """What a batch killed between the commit and the file leaves: a letter owed its file."""
    draft = letter_draft(case_id, "ko")
    return issue_letter(
        case_id=case_id,
        actor=actor,
        expected_version=None,
        language="ko",
        subject=draft.subject,
        body=draft.body,
        file_folder=folder,
    )


def test_each_file_is_the_stored_bytes_and_is_stamped(actor, tmp_path):
    ids = [make_letter_case(actor, name=f"주민{i}") for i in range(3)]
    result = issue_pending_letters(ids, actor=actor, folder=tmp_path / "out")
    assert [f.register_number for f in result.files] == ["도로관리과-1", "도로관리과-2", "도로관리과-3"]
    for written in result.files:
        assert written.path.read_bytes() == _stored(written.register_number)
        assert written.path.name == f"{written.case_number}_{written.register_number}.pdf"
        letter = Letter.get_by_id(written.letter_id)
        assert letter.file_written_at is not None and letter.file_path == str(written.path)
    assert len(PdfReader(str(result.combined)).pages) == 3
    assert owed_letter_ids() == []
    assert not [n for n in os.listdir(tmp_path / "out") if is_temp_name(n)]
    assert result.changes.letters == frozenset(f.letter_id for f in result.files)


def test_an_owed_file_is_written_by_the_next_batch(actor, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    owed = _issue_without_file(make_letter_case(actor, name="김영희"), actor, folder)
    assert owed_letter_ids() == [owed.letter_id]
    new_case = make_letter_case(actor, name="이철수")
    result = issue_pending_letters([new_case], actor=actor, folder=folder)
    assert [(f.register_number, f.earlier) for f in result.files] == [
        ("도로관리과-1", True),
        ("도로관리과-2", False),
    ]
    assert (folder / "2026-000001_도로관리과-1.pdf").read_bytes() == owed.pdf
    assert owed_letter_ids() == []


def test_owed_files_alone_and_a_reprint(actor, tmp_path):
    folder = tmp_path / "out"
    first = _issue_without_file(make_letter_case(actor), actor, folder)
    result = write_owed_letter_files(folder, actor=actor)
    assert [f.letter_id for f in result.files] == [first.letter_id] and result.files[0].earlier
    assert write_owed_letter_files(folder, actor=actor).files == []  # nothing owed any more
    path = result.files[0].path
    path.write_bytes(b"scribbled over")
    reprint = write_letter_files(
        letter_ids_by_register(["도로관리과-1"]), folder, actor=actor, combined=False
    )
    assert path.read_bytes() == first.pdf and reprint.combined is None
    with pytest.raises(Exception) as unknown:
        letter_ids_by_register(["도로관리과-99"])
    assert unknown.value.code == "letter.register_unknown"


def test_a_voided_letter_is_not_reprinted(actor, tmp_path):
    issued = issue_pending_letters([make_letter_case(actor)], actor=actor).issued[0]
    void_letter(letter_id=issued.letter_id, reason="주소 오기", actor=actor)
    with pytest.raises(ValidationError) as caught:
        write_letter_files([issued.letter_id], tmp_path / "out", actor=actor)
    assert caught.value.code == "letter.voided_no_reprint"
    assert not (tmp_path / "out").exists()


def test_stored_bytes_that_do_not_match_their_hash_are_not_written(actor, tmp_path):
    issued = issue_pending_letters([make_letter_case(actor)], actor=actor).issued[0]
    Letter.update(pdf=issued.pdf[:-10] + b"0123456789").where(Letter.id == issued.letter_id).execute()
    with pytest.raises(ValidationError) as caught:
        write_letter_files([issued.letter_id], tmp_path / "out", actor=actor)
    assert caught.value.code == "letter.stored_bytes_differ" and "도로관리과-1" in str(caught.value)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_the_folder_is_checked_before_anything_is_issued(actor, tmp_path):
    ids = [make_letter_case(actor, name=f"주민{i}") for i in range(2)]
    with read_only_folder(tmp_path) as folder:
        with pytest.raises(FileError) as caught:
            issue_pending_letters(ids, actor=actor, folder=folder)
        assert caught.value.code in ("file.read_only", "file.no_permission")
    with pytest.raises(FileError) as missing:
        issue_pending_letters(ids, actor=actor, folder=tmp_path / "no" / "such")
    assert missing.value.code == "folder.missing"
    assert Letter.select().count() == 0


def test_a_full_disk_stops_the_batch_and_the_next_run_writes_what_is_owed(actor, tmp_path):
    ids = [make_letter_case(actor, name=f"주민{i}") for i in range(4)]
    with small_disk(tmp_path / "disk", "6m") as disk:
        ballast = disk / "ballast"

        def fill_after_the_first(done: int, _total: int, _text: str) -> None:
            if done == 1:  # the first letter and its file are through: now the disk fills up
                with contextlib.suppress(OSError), open(ballast, "wb") as handle:
                    while True:
                        handle.write(b"\0" * 65536)

        result = issue_pending_letters(ids, actor=actor, folder=disk, report=fill_after_the_first)
        assert result.stopped is not None and result.stopped.code == "file.disk_full"
        assert len(result.issued) == 2 and len(result.files) == 1  # the second is issued, its file owed
        assert owed_letter_ids() == [result.issued[1].letter_id]
        assert not [n for n in os.listdir(disk) if is_temp_name(n)]
        for name in os.listdir(disk):
            if name.endswith(".pdf"):
                assert hashlib.sha256((disk / name).read_bytes()).hexdigest() in {
                    i.sha256 for i in result.issued
                }
        ballast.unlink()
        again = issue_pending_letters(ids, actor=actor, folder=disk)
        assert again.stopped is None
        assert [f.earlier for f in again.files] == [True, False, False]
        assert owed_letter_ids() == [] and Letter.select().count() == 4

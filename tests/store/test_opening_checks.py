"""Opening a database checks it: a damaged SQLite file is refused (quick_check) with a message that
names its latest backup; a folder, a device, a pipe or a file under a file is not taken for one."""

from __future__ import annotations

import shutil

import pytest

from civicdesk_gui.errors import DatabaseDamagedError, DatabaseError, FileError
from civicdesk_gui.store import database, opening
from civicdesk_gui.store.backups import daily_backup
from tests.db_files import damage, filled_sqlite
from tests.fs_conditions import DEV_FULL, file_under_a_file, make_fifo


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return filled_sqlite(tmp_path_factory.mktemp("template") / "office.db")


@pytest.fixture
def office(template, tmp_path):
    path = tmp_path / "office.db"
    shutil.copyfile(template, path)
    return path


def test_a_sound_file_opens(office):
    target = opening.connect(f"sqlite:///{office}")
    assert target.path == office
    database.close()


def test_a_damaged_file_is_refused_naming_the_latest_backup(office):
    backup = daily_backup(office, keep=7)
    assert backup is not None and backup.parent == office.parent / "backups"
    damage(office)
    with pytest.raises(DatabaseDamagedError) as caught:
        opening.connect(f"sqlite:///{office}")
    message = str(caught.value)
    assert caught.value.code == "database.damaged"
    assert str(office) in message and str(backup) in message and "was not opened" in message
    assert caught.value.backup == str(backup)
    database.close()


def test_a_damaged_file_without_backup_says_so(office):
    damage(office)
    with pytest.raises(DatabaseDamagedError) as caught:
        opening.connect(f"sqlite:///{office}")
    assert caught.value.code == "database.damaged_no_backup" and caught.value.backup is None
    database.close()


@pytest.mark.parametrize("kind", ["folder", "device", "pipe"])
def test_what_is_not_a_file_is_not_taken_for_a_database(tmp_path, kind):
    path = {"folder": lambda: tmp_path, "device": lambda: DEV_FULL, "pipe": lambda: make_fifo(tmp_path)}[
        kind
    ]()
    with pytest.raises(DatabaseError) as caught:
        opening.connect(f"sqlite:///{path}")
    assert caught.value.code == "database.not_a_file" and str(path) in str(caught.value)


def test_a_database_path_under_a_file_is_refused(tmp_path):
    path = file_under_a_file(tmp_path)
    with pytest.raises(FileError) as caught:
        opening.connect(f"sqlite:///{path}")
    assert caught.value.code == "file.under_a_file"


def test_a_reader_may_open_a_big_file_without_waiting_for_its_check(office, monkeypatch):
    """Above CHECK_AT_OPEN_BYTES a reader that asks (the desk, `civicdesk stats`) opens at once and
    the check is left to `check_now`, which refuses the damaged file as the opening would have."""
    from tests.db_files import PAGE, checkpoint

    checkpoint(office)
    damage(office, first_page=office.stat().st_size // PAGE - 26)  # case pages the opening never reads
    url = f"sqlite:///{office}"
    with pytest.raises(DatabaseDamagedError):  # under the size: checked before anything reads
        opening.connect(url, defer_big_check=True)
    monkeypatch.setattr(opening, "CHECK_AT_OPEN_BYTES", office.stat().st_size - 1)
    with pytest.raises(DatabaseDamagedError):  # a reader that does not ask is still refused at once
        opening.connect(url)
    target = opening.connect(url, defer_big_check=True)
    assert opening.check_deferred(target)
    with pytest.raises(DatabaseDamagedError) as caught:
        opening.check_now(target)
    assert caught.value.code in ("database.damaged", "database.damaged_no_backup")
    database.close()

"""What a user can cause, said as one message naming the file or the database (civicdesk_gui/user_errors.py):
operating-system errors by errno, database errors by what the drivers say, a full disk found behind the
"cannot rollback" that follows it; anything else is a bug and gets None."""

from __future__ import annotations

import contextlib
import errno
import sqlite3

import peewee
import pytest

from civicdesk_gui.errors import ValidationError
from civicdesk_gui.store import database, opening
from civicdesk_gui.store.database_errors import database_error
from civicdesk_gui.user_errors import user_error


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (errno.ENOSPC, "file.disk_full"),
        (errno.EDQUOT, "file.disk_full"),
        (errno.EROFS, "file.read_only"),
        (errno.EACCES, "file.no_permission"),
        (errno.EPERM, "file.no_permission"),
        (errno.ENOENT, "file.not_found"),
        (errno.ENOTDIR, "file.under_a_file"),
        (errno.EISDIR, "file.is_a_folder"),
        (errno.ENXIO, "file.no_reader"),
        (errno.ETXTBSY, "file.busy"),
        (errno.ENAMETOOLONG, "file.name_too_long"),
        (errno.EIO, "file.io_error"),
        (errno.EFBIG, "file.too_big"),
        (errno.ELOOP, "file.failed"),
    ],
)
def test_os_errors_name_the_file(number, code):
    error = user_error(OSError(number, "os text", "/srv/letters/2026-000001.pdf"))
    assert error is not None and error.code == code
    assert "/srv/letters/2026-000001.pdf" in str(error) and "\n" not in str(error)


def test_a_user_error_stays_itself_and_a_bug_is_none():
    refused = ValidationError("case.note_empty", field="text")
    assert user_error(refused) is refused
    assert user_error(KeyError("x")) is None
    assert user_error(peewee.IntegrityError("UNIQUE constraint failed: case.number")) is None


def _wrapped(text: str) -> peewee.OperationalError:
    """The error as peewee raises it: the driver's error wrapped in peewee's class."""
    try:
        with peewee.__exception_wrapper__:
            raise sqlite3.OperationalError(text)
    except peewee.OperationalError as exc:
        return exc
    raise AssertionError("not wrapped")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("file is not a database", "database.not_a_database"),
        ("database or disk is full", "database.disk_full"),
        ("attempt to write a readonly database", "database.read_only"),
        ("database is locked", "database.busy"),
        ("disk I/O error", "database.io_error"),
        ("database disk image is malformed", "database.damaged_no_backup"),
    ],
)
def test_sqlite_errors_a_user_can_fix(tmp_path, text, code):
    target = database.parse_url(f"sqlite:///{tmp_path / 'office.db'}")
    error = database_error(_wrapped(text), target)
    assert error is not None and error.code == code
    assert str(tmp_path / "office.db") in str(error)


def test_a_full_disk_is_found_behind_the_failed_rollback(tmp_path):
    target = database.parse_url(f"sqlite:///{tmp_path / 'office.db'}")
    try:
        try:
            raise _wrapped("database or disk is full")
        finally:
            raise _wrapped("cannot rollback - no transaction is active")  # noqa: B012 - as peewee does
    except peewee.OperationalError as exc:
        hidden = exc
    assert "cannot rollback" in str(hidden)
    assert database_error(hidden, target).code == "database.disk_full"


@pytest.mark.postgres
def test_a_server_that_went_away(pg_url):
    opening.connect(pg_url)
    with contextlib.closing(
        __import__("psycopg").connect(pg_url.rsplit("/", 1)[0] + "/postgres", autocommit=True)
    ) as admin:
        name = pg_url.rsplit("/", 1)[1]
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
    with pytest.raises(peewee.PeeweeException) as caught:
        database.database_proxy.execute_sql("SELECT 1")
    error = user_error(caught.value)
    assert error is not None and error.code == "database.unreachable", caught.value
    database.close()

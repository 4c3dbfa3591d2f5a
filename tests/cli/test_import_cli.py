"""`civicdesk import`: counts and rejected rows printed, exit 3 on rejected rows, 2 on user errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from civicdesk_gui import cli
from civicdesk_gui.store import database
from civicdesk_gui.store.models import Case
from tests.data import sms_samples

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def samples(tmp_path):
    return sms_samples.write_samples(tmp_path / "samples")


@pytest.fixture(autouse=True)
def nightly(request):
    """The service user the nightly import runs as (--as nightly), on the test's database."""
    from civicdesk_gui.actions.actor import ensure_user

    fixture = "pg_db" if "pg_db" in request.fixturenames else "sqlite_db"
    request.getfixturevalue(fixture)
    return ensure_user("nightly", display_name="야간 작업")


def test_without_as_the_import_is_refused_with_exit_4(sqlite_db, samples, capsys):
    code, _, err = _run(["import", "--db", sqlite_db.url, str(samples["gateway_utf8.csv"])], capsys)
    assert code == cli.EXIT_PERMISSION == 4
    # Without an administrator yet, the first step is named; with one, --as is asked for.
    assert "users add --role admin" in err and len(err.strip().splitlines()) == 1
    from civicdesk_gui.actions.users import add_user

    add_user(login="admin", display_name="정관리", role="admin", password="관리자 비밀번호 1234", actor=None)
    code, _, err = _run(["import", "--db", sqlite_db.url, str(samples["gateway_utf8.csv"])], capsys)
    assert code == 4 and "--as LOGIN" in err and len(err.strip().splitlines()) == 1
    assert Case.select().count() == 0


def _run(argv, capsys):
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_rejected_rows_are_listed_and_exit_3(sqlite_db, samples, capsys):
    code, out, err = _run(
        ["import", "--as", "nightly", "--db", sqlite_db.url, str(samples["gateway_utf8.csv"])], capsys
    )
    assert code == cli.EXIT_REJECTED_ROWS == 3
    assert "imported: 5" in out and "duplicates: 0" in out and "skipped: 3" in out
    assert "rejected: gateway_utf8.csv row 6: no text" in out
    assert "rejected: gateway_utf8.csv row 7: unparseable date '11/04 10:00'" in out
    assert "rejected: gateway_utf8.csv row 8: text has 10,001 characters" in out
    assert Case.select().count() == 5


def test_clean_file_exits_0_and_reimport_counts_duplicates(sqlite_db, samples, capsys):
    path = str(samples["gateway_cp949.csv"])
    code, out, _ = _run(["import", "--as", "nightly", "--db", sqlite_db.url, path], capsys)
    assert code == 0 and "imported: 3" in out and "cp949" in out and "tab" in out
    code, out, _ = _run(["import", "--as", "nightly", "--db", sqlite_db.url, path], capsys)
    assert code == 0 and "imported: 0" in out and "duplicates: 3" in out
    assert Case.select().count() == 3


def test_mapping_option(sqlite_db, samples, capsys):
    path = str(samples["gateway_custom.csv"])
    code, _, err = _run(["import", "--as", "nightly", "--db", sqlite_db.url, path], capsys)
    assert code == cli.EXIT_USER_ERROR and "시각, 보낸사람, 본문" in err and "--map" in err
    argv = [
        "import",
        "--as",
        "nightly",
        "--db",
        sqlite_db.url,
        path,
        "--map",
        "수신일시=시각",
        "--map",
        "내용=본문",
    ]
    code, out, _ = _run(argv, capsys)
    assert code == 0 and "imported: 1" in out


def test_user_errors_exit_2(sqlite_db, tmp_path, samples, capsys):
    code, _, err = _run(
        ["import", "--as", "nightly", "--db", sqlite_db.url, str(tmp_path / "none.csv")], capsys
    )
    assert code == 2 and "File not found" in err
    code, _, err = _run(
        ["import", "--as", "nightly", "--db", sqlite_db.url, str(samples["gateway_utf8.csv"]), "--map", "x"],
        capsys,
    )
    assert code == 2 and "FIELD=COLUMN" in err
    code, _, err = _run(
        [
            "import",
            "--as",
            "nightly",
            "--db",
            sqlite_db.url,
            str(samples["gateway_utf8.csv"]),
            "--encoding",
            "klingon",
        ],
        capsys,
    )
    assert code == 2 and "Unknown encoding" in err
    code, _, err = _run(
        [
            "import",
            "--as",
            "nightly",
            "--db",
            f"sqlite:///{tmp_path}/absent.db",
            str(samples["gateway_utf8.csv"]),
        ],
        capsys,
    )
    assert code == 2 and "not found" in err


def test_the_real_command_line(sqlite_db, samples):
    """One run through `python -m civicdesk_gui`, as a nightly script would call it."""
    database.close()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "civicdesk_gui",
            "import",
            "--as",
            "nightly",
            "--db",
            sqlite_db.url,
            str(samples["gateway_bom.csv"]),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "imported: 2" in result.stdout


@pytest.mark.postgres
def test_import_into_postgresql(pg_db, samples, capsys):
    code, out, _ = _run(
        ["import", "--as", "nightly", "--db", pg_db.url, str(samples["gateway_utf8.csv"])], capsys
    )
    assert code == 3 and "imported: 5" in out
    code, out, _ = _run(
        ["import", "--as", "nightly", "--db", pg_db.url, str(samples["gateway_utf8.csv"])], capsys
    )
    assert code == 3 and "imported: 0" in out and "duplicates: 5" in out

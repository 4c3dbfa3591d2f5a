"""`civicdesk import`: counts and rejected rows printed, exit 3 on rejected rows, 2 on user errors."""

from __future__ import annotations

import os
import re
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
    assert out.splitlines() == [
        "gateway_utf8.csv: 8 rows (utf-8, comma)",
        "imported: 5",
        "duplicates: 0",
        "rejected: 3",
        "  gateway_utf8.csv row 6: no text",
        "  gateway_utf8.csv row 7: unparseable date '11/04 10:00'",
        "  gateway_utf8.csv row 8: text has 10,001 characters (at most 10,000)",
    ]
    assert err == ""
    assert Case.select().count() == 5


def test_clean_file_exits_0_and_reimport_counts_duplicates(sqlite_db, samples, capsys):
    path = str(samples["gateway_cp949.csv"])
    code, out, _ = _run(["import", "--as", "nightly", "--db", sqlite_db.url, path], capsys)
    assert code == 0 and "imported: 3" in out and "cp949" in out and "tab" in out
    code, out, _ = _run(["import", "--as", "nightly", "--db", sqlite_db.url, path], capsys)
    assert code == 0 and "imported: 0" in out and "duplicates: 3" in out
    assert re.search(
        r"^already imported on \d{4}-\d\d-\d\d \d\d:\d\d by 야간 작업 \(3 cases came from it\)", out, re.M
    )
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


GOOD = "수신일시,발신번호,성명,내용\n2026-11-03 08:43,010-1234-5678,홍길동,가로등이 꺼졌어요\n"
# What a user may give `civicdesk import` by mistake or on purpose: each ends in one line and exit 2.
BAD_FILES: dict[str, tuple[bytes | None, str]] = {
    "missing": (None, "File not found"),
    "empty": (b"", "is empty"),
    "blank": (b"\r\n  \n\t\n", "is empty"),
    "binary": (bytes(range(256)) * 8, "neither UTF-8 nor CP949"),
    "zeros": (b"\x00" * 4096, "not a text file"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200)), "neither UTF-8 nor CP949"),
    "latin-1": (
        "received_at,text\n2026-11-03 08:43,café crème brûlée\n".encode("latin-1"),
        "Line 2 of input.csv is neither UTF-8 nor CP949",
    ),
    "utf-16": (GOOD.encode("utf-16"), "UTF-16"),
    "double-encoded": (GOOD.encode().decode("latin-1").encode(), "encoded twice"),
    "mixed": (
        GOOD.encode() + "2026-11-03 08:44,010-1234-5679,김영희,보도\n".encode("cp949"),
        "mixes encodings",
    ),
    "unmapped headers": ("시각,본문\n2026-11-03 08:43,가로등\n".encode(), "No column for"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_every_bad_file_ends_in_one_line_and_exit_2(sqlite_db, tmp_path, capsys, case):
    data, expected = BAD_FILES[case]
    path = tmp_path / "input.csv"
    if data is not None:
        path.write_bytes(data)
    code, out, err = _run(["import", "--as", "nightly", "--db", sqlite_db.url, str(path)], capsys)
    assert code == cli.EXIT_USER_ERROR
    assert out == "" and err.count("\n") == 1 and err.startswith("civicdesk: "), err
    assert expected in err
    assert Case.select().count() == 0


def test_a_folder_given_as_the_file_is_refused(sqlite_db, tmp_path, capsys):
    code, _, err = _run(["import", "--as", "nightly", "--db", sqlite_db.url, str(tmp_path)], capsys)
    assert code == 2 and f"{tmp_path} is a folder" in err and err.count("\n") == 1


def test_a_fifo_given_as_the_file_is_refused_without_waiting(sqlite_db, tmp_path):
    fifo = tmp_path / "gateway.csv"
    os.mkfifo(fifo)
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
            str(fifo),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,  # the old import blocked here forever, waiting for a writer
    )
    assert result.returncode == 2 and "is not a regular file" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_file_whose_every_row_is_rejected_exits_3(sqlite_db, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("수신일시,내용\n9999-01-01 00:00,먼 미래\n2026-11-03 08:43,\n", encoding="utf-8")
    code, out, err = _run(["import", "--as", "nightly", "--db", sqlite_db.url, str(path)], capsys)
    assert code == cli.EXIT_REJECTED_ROWS and err == ""
    assert (
        "imported: 0" in out and "rejected: 2" in out and "row 2: date 9999-01-01 00:00 is not between" in out
    )


def test_a_header_without_rows_imports_nothing_and_says_so(sqlite_db, tmp_path, capsys):
    path = tmp_path / "header.csv"
    path.write_text("수신일시,내용\n", encoding="utf-8")
    code, out, _ = _run(["import", "--as", "nightly", "--db", sqlite_db.url, str(path)], capsys)
    assert code == 0 and out.startswith("header.csv: 0 rows")


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
            sqlite_db.url,
            str(samples["gateway_cp949.csv"]),
            "--encoding",
            "utf-8",
        ],
        capsys,
    )
    assert code == 2 and "Line 1 of gateway_cp949.csv is not valid utf-8" in err
    code, _, err = _run(
        [
            "import",
            "--as",
            "nightly",
            "--db",
            sqlite_db.url,
            str(samples["gateway_utf8.csv"]),
            "--encoding",
            "latin-1",
        ],
        capsys,
    )
    assert code == 2 and "use UTF-8 or CP949" in err
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

"""`civicdesk backup` and `civicdesk restore`, and the daily copy the writing commands make."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from civicdesk_gui.cli import main
from civicdesk_gui.store import database, schema
from tests.db_files import damage, filled_sqlite, quick_check, row_count


@pytest.fixture(autouse=True)
def own_user_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return filled_sqlite(tmp_path_factory.mktemp("template") / "office.db", cases=200)


@pytest.fixture
def office(template, tmp_path):
    path = tmp_path / "office.db"
    shutil.copyfile(template, path)
    yield path
    database.close()


def run(argv, capsys):
    try:
        code = main(argv)
    finally:
        database.close()
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_then_restore(office, tmp_path, capsys):
    url = f"sqlite:///{office}"
    code, out, err = run(["backup", "--db", url, "-o", str(tmp_path / "copy.db")], capsys)
    assert code == 0 and err == ""
    assert "rows in" in out and "integrity checked" in out
    office.write_bytes(b"")  # gone wrong
    code, out, err = run(["restore", str(tmp_path / "copy.db"), "--db", url], capsys)
    assert code == 0, err
    assert out.startswith(f"{office}: restored from {tmp_path / 'copy.db'} (")
    assert out.strip().endswith(f"rows, schema version {schema.latest_version()})")
    assert err.strip().startswith("civicdesk: note: the database it replaced is kept as ")
    assert row_count(office, "case") == 200 and quick_check(office) == "ok"


def test_a_damaged_database_is_refused_then_restored_from_its_daily_backup(office, capsys):
    url = f"sqlite:///{office}"
    code, _out, err = run(["import", "--db", url, str(office.parent / "missing.csv")], capsys)
    daily = office.parent / "backups" / f"office-daily-{dt.date.today():%Y-%m-%d}.db"
    assert not daily.exists()  # the import stopped at its file: no database opened, no copy
    (office.parent / "gateway.csv").write_text(
        "수신일시,발신번호,내용\n2026-11-02 09:00,010-1234-5678,가로등 고장\n", encoding="utf-8"
    )
    code, _out, err = run(
        ["import", "--as", "soutong.kim", "--db", url, str(office.parent / "gateway.csv")], capsys
    )
    assert code == 0, err
    assert daily.is_file() and quick_check(daily) == "ok"  # the day's first writing command made it
    damage(office)
    code, _out, err = run(["stats", "--db", url], capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "is damaged" in err and str(daily) in err
    code, _out, err = run(["restore", str(daily), "--db", url], capsys)
    assert code == 0, err
    code, out, err = run(["stats", "--db", url], capsys)
    assert code == 0 and out.startswith("total: 200")


def test_reading_commands_make_no_daily_copy(office, capsys):
    assert run(["stats", "--db", f"sqlite:///{office}"], capsys)[0] == 0
    assert not (office.parent / "backups").exists()


def test_restore_refuses_a_bad_file_in_one_line(office, tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_text("hello", encoding="utf-8")
    before = office.read_bytes()
    code, _out, err = run(["restore", str(bad), "--db", f"sqlite:///{office}"], capsys)
    assert (
        code == 2
        and err.strip() == f"civicdesk: {bad} is not a CivicDesk backup: choose a backup file (.db or .dump)"
    )
    assert office.read_bytes() == before

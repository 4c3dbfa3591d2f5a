"""`civicdesk users …` and --as: the administrator of a new database, passwords from standard input
(never an argument), exit 4 when the acting user may not, and the audit log from the command line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from civicdesk_gui import cli
from civicdesk_gui.store import database
from civicdesk_gui.store.models import AuditEvent, User

ROOT = Path(__file__).resolve().parents[2]


def _run(argv, capsys, monkeypatch, stdin: str = ""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))  # not a terminal: the first line is the password
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_users_from_an_empty_database_on(sqlite_url, capsys, monkeypatch):
    db = ["--db", sqlite_url]
    add_admin = ["users", "add", *db, "--login", "admin", "--name", "정관리", "--role", "admin"]
    code, out, _ = _run(add_admin, capsys, monkeypatch, "관리자 비밀번호 2026\n")
    assert code == 0 and "added admin" in out
    kim = ["users", "add", *db, "--login", "kim", "--name", "김소통", "--role", "coordinator"]
    code, _, err = _run(kim, capsys, monkeypatch, "코디네이터 비밀번호\n")
    assert code == cli.EXIT_PERMISSION and "--as LOGIN" in err
    code, _, _ = _run([*kim, "--as", "admin"], capsys, monkeypatch, "코디네이터 비밀번호\n")
    assert code == 0
    # No password on standard input: refused, nothing added.
    code, _, err = _run(
        ["users", "add", *db, "--as", "admin", "--login", "lee", "--name", "이", "--role", "viewer"],
        capsys,
        monkeypatch,
    )
    assert code == cli.EXIT_USER_ERROR and "No password given" in err
    code, _, err = _run(["users", "list", *db, "--as", "kim"], capsys, monkeypatch)
    assert code == cli.EXIT_PERMISSION and err.count("\n") == 1 and "may not manage users" in err
    code, _, _ = _run(
        ["users", "set-role", *db, "--as", "admin", "kim", "official", "--department", "도로관리과"],
        capsys,
        monkeypatch,
    )
    assert code == 0
    code, _, _ = _run(
        ["users", "reset-password", *db, "--as", "admin", "kim"], capsys, monkeypatch, "새 비밀번호 12345\n"
    )
    assert code == 0
    code, _, _ = _run(["users", "deactivate", *db, "--as", "admin", "kim"], capsys, monkeypatch)
    assert code == 0
    code, out, _ = _run(["users", "list", *db, "--as", "admin"], capsys, monkeypatch)
    assert code == 0 and "kim\t김소통\tofficial\t도로관리과\tdeactivated" in out
    code, _, err = _run(
        ["export", *db, "--as", "kim", "-o", str(Path(sqlite_url[10:]).parent / "c.csv")], capsys, monkeypatch
    )
    assert code == cli.EXIT_PERMISSION and "deactivated" in err
    code, out, _ = _run(["audit", *db, "--as", "admin", "--user", "kim"], capsys, monkeypatch)
    kinds = [line.split("\t")[2] for line in out.strip().splitlines()]
    assert kinds == ["user_deactivate", "user_password", "user_role", "user_add"]
    assert User.select().count() == 2 and AuditEvent.select().count() == 5


def test_no_password_is_ever_an_argument(sqlite_url):
    """The password is read from standard input by a real process; the command line has no option for it."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "civicdesk_gui",
            "users",
            "add",
            "--db",
            sqlite_url,
            "--login",
            "admin",
            "--name",
            "정관리",
            "--role",
            "admin",
            "--password",
            "x",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 2 and "--password" in result.stderr
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "civicdesk_gui",
            "users",
            "add",
            "--db",
            sqlite_url,
            "--login",
            "admin",
            "--name",
            "정관리",
            "--role",
            "admin",
        ],
        input="관리자 비밀번호 2026\n",
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    database.close()


@pytest.mark.postgres
def test_users_and_as_on_postgresql(pg_db, capsys, monkeypatch):
    db = ["--db", pg_db.url]
    add = ["users", "add", *db, "--login", "admin", "--name", "정관리", "--role", "admin"]
    assert _run(add, capsys, monkeypatch, "관리자 비밀번호 2026\n")[0] == 0
    code, _, err = _run(["stats", *db], capsys, monkeypatch)
    assert code == 0  # figures need no --as
    code, _, err = _run(["export", *db, "-o", "/tmp/never-written.csv"], capsys, monkeypatch)
    assert code == cli.EXIT_PERMISSION and not Path("/tmp/never-written.csv").exists()

"""The command line: user errors are one line and a non-zero exit, never a traceback; stats --json
has the documented keys; and the issue's done-check (demo 10,000 with seed 1, then stats)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from civicdesk_gui.cli import EXIT_USER_ERROR, main
from civicdesk_gui.store import database

ROOT = Path(__file__).resolve().parents[2]
KEYS = {
    "total",
    "by_status",
    "by_classification",
    "by_channel",
    "by_category",
    "by_department",
    "overdue",
    "median_hours_to_first_reply",
    "period",
    "compliance",
    "satisfaction",
    "answered_by_team_leader",
    "withdrawn",
}


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse errors leave through SystemExit
        code = exit_.code
    finally:
        database.close()
    out, err = capsys.readouterr()
    return code, out, err


def run_process(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civicdesk_gui", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code == EXIT_USER_ERROR
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("civicdesk: ")
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def demo_file(tmp_path, capsys):
    path = tmp_path / "demo.db"
    code, out, _ = run(["demo", "--db", f"sqlite:///{path}", "--cases", "200", "--seed", "3"], capsys)
    assert code == 0 and out.startswith("Demo data: 200 cases")
    return path


def _newer_schema(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(str(path))) as conn, conn:
        conn.execute("UPDATE schema_version SET version = 99")


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        (["stats", "--db", "sqlite:///nonexistent/dir/x.db"], ["not found", "nonexistent/dir/x.db"]),
        (["demo", "--db", "sqlite:///nonexistent/dir/x.db", "--cases", "5"], ["Folder does not exist"]),
        (["stats", "--db", "mysql://x"], ["Unsupported database URL", "mysql://x"]),
        (["stats", "--db", "sqlite:///"], ["No file path"]),
        (["stats", "--db", "postgresql://civicdesk@127.0.0.1:99999/x"], ["Bad port"]),
        (["stats", "--db", "postgresql://civicdesk@127.0.0.1:1/x"], ["cannot be reached", "127.0.0.1/x"]),
        (["stats", "--bogus"], ["unrecognized arguments: --bogus"]),
        (["frobnicate"], ["invalid choice"]),
        (["demo", "--cases", "5"], ["--db"]),
        (["demo", "--db", "sqlite:///x.db", "--cases", "lots"], ["--cases", "not a whole number"]),
        (["demo", "--db", "sqlite:///x.db", "--cases", "-3"], ["--cases", "cannot be negative"]),
        (["demo", "--db", "sqlite:///x.db", "--seed", "one"], ["--seed"]),
        (["demo", "--db", "sqlite:///x.db", "--now", "yesterday"], ["--now", "not a date and time"]),
        (["demo", "--db", "sqlite:///x.db", "--now", "2026-11-18T11:00+09:00"], ["--now", "time zone"]),
    ],
)
def test_user_errors_are_one_line(argv, fragments, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # relative paths in the URLs above land in a scratch folder
    code, _, err = run(argv, capsys)
    assert_one_line_error(code, err, *fragments)
    assert not (tmp_path / "x.db").exists()  # a bad number is refused before any file is made


def test_a_file_that_is_not_a_database(tmp_path, capsys):
    path = tmp_path / "notes.db"
    path.write_text("장보기 목록: 두부, 파, 계란 " * 30, encoding="utf-8")
    for command in (["stats", "--json"], ["demo", "--cases", "5"]):
        code, _, err = run([command[0], "--db", f"sqlite:///{path}", *command[1:]], capsys)
        assert_one_line_error(code, err, "not a database", str(path))


def test_a_foreign_sqlite_database_is_left_alone(tmp_path, capsys):
    path = tmp_path / "ledger.db"
    with contextlib.closing(sqlite3.connect(str(path))) as conn, conn:
        conn.execute("CREATE TABLE entries (id INTEGER)")
    code, _, err = run(["stats", "--db", f"sqlite:///{path}"], capsys)
    assert_one_line_error(code, err, "not a CivicDesk database")


def test_a_newer_schema_is_refused(demo_file, capsys):
    _newer_schema(demo_file)
    for argv in (["stats", "--json"], ["demo", "--cases", "5"]):
        code, _, err = run([argv[0], "--db", f"sqlite:///{demo_file}", *argv[1:]], capsys)
        assert_one_line_error(code, err, "schema version 99", "newer")


def test_demo_refuses_a_database_that_has_cases(demo_file, capsys):
    code, _, err = run(["demo", "--db", f"sqlite:///{demo_file}", "--cases", "5"], capsys)
    assert_one_line_error(code, err, "already holds 200 cases")


def test_stats_json_has_the_documented_keys_and_codes(demo_file, capsys):
    code, out, err = run(["stats", "--db", f"sqlite:///{demo_file}", "--json"], capsys)
    assert code == 0 and err == ""
    stats = json.loads(out)
    assert set(stats) == KEYS
    assert stats["total"] == 200
    assert set(stats["by_classification"]) == {
        "resolved",
        "in_progress",
        "long_term_review",
        "unfeasible",
        "referred",
        "acknowledged",
    }
    assert set(stats["by_category"]) >= {
        "civil_complaint",
        "policy_suggestion",
        "safety",
        "institutional_improvement",
        "gratitude",
    }
    assert set(stats["by_channel"]) >= {"text", "mobile_office", "phone", "qr", "walk_in"}
    assert set(stats["overdue"]) == {"promise", "statutory", "monthly_update"}
    assert sum(stats["by_status"].values()) == sum(stats["by_channel"].values()) == 200
    assert isinstance(stats["median_hours_to_first_reply"], float)


def test_stats_without_json_prints_lines_and_global_db_option_works(demo_file, capsys):
    code, out, _ = run(["--db", f"sqlite:///{demo_file}", "stats"], capsys)
    assert code == 0
    assert out.splitlines()[0] == "total: 200"


def test_same_seed_and_now_give_the_same_database(tmp_path, capsys):
    dumps = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.db"
        argv = [
            "demo",
            "--db",
            f"sqlite:///{path}",
            "--cases",
            "300",
            "--seed",
            "9",
            "--now",
            "2026-11-18T11:00",
        ]
        assert run(argv, capsys)[0] == 0
        with contextlib.closing(sqlite3.connect(str(path))) as conn, conn:
            dumps.append([line for line in conn.iterdump() if "schema_version" not in line])
    assert dumps[0] == dumps[1]
    assert any("2026-11-18" in line for line in dumps[0])


def test_the_process_exits_non_zero_without_a_traceback(tmp_path):
    result = run_process("stats", "--db", f"sqlite:///{tmp_path / 'missing.db'}", "--json")
    assert result.returncode == EXIT_USER_ERROR
    assert result.stdout == ""
    assert result.stderr.strip() == f"civicdesk: Database file not found: {tmp_path / 'missing.db'}"


def test_done_check_demo_then_stats_shares(tmp_path):
    """The issue's done-check, as a user runs it: shares within 2 points of the mixes."""
    url = f"sqlite:///{tmp_path / 'x.db'}"
    demo = run_process("demo", "--db", url, "--cases", "10000", "--seed", "1")
    assert demo.returncode == 0, demo.stderr
    stats_run = run_process("stats", "--db", url, "--json")
    assert stats_run.returncode == 0, stats_run.stderr
    stats = json.loads(stats_run.stdout)
    assert stats["total"] == 10_000
    categories = stats["by_category"]
    assert abs(100 * categories["civil_complaint"] / 10_000 - 63) <= 2
    assert abs(100 * categories["gratitude"] / 10_000 - 16) <= 2
    outcomes = stats["by_classification"]
    four = {k: outcomes[k] for k in ("resolved", "in_progress", "long_term_review", "unfeasible")}
    for code, share in (("resolved", 51), ("in_progress", 20), ("long_term_review", 15), ("unfeasible", 14)):
        assert abs(100 * four[code] / sum(four.values()) - share) <= 2, code


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://bob:s3cret@127.0.0.1:99999/x",
        "mysql://bob:s3cret@host/x",
        "postgresql://bob:s3cret@host/",
    ],
)
def test_errors_never_show_the_password(url, capsys):
    code, _, err = run(["stats", "--db", url], capsys)
    assert_one_line_error(code, err, "bob:***@")
    assert "s3cret" not in err


@pytest.mark.postgres
def test_demo_and_stats_on_postgresql(pg_url, capsys):
    code, out, err = run(["demo", "--db", pg_url, "--cases", "300", "--seed", "2"], capsys)
    assert code == 0, err
    code, out, err = run(["stats", "--db", pg_url, "--json"], capsys)
    assert code == 0, err
    stats = json.loads(out)
    assert set(stats) == KEYS and stats["total"] == 300
    assert sum(stats["by_category"].values()) == 300


def test_demo_letters_are_issued_with_progress_on_the_terminal(tmp_path, capsys):
    path = tmp_path / "letters.db"
    argv = ["demo", "--db", f"sqlite:///{path}", "--cases", "200", "--seed", "3", "--letters"]
    code, out, err = run([*argv, "--now", "2026-11-18T11:00"], capsys)
    assert code == 0, err
    progress, summary = out.rsplit("\n", 2)[-3:-1]
    issued = int(summary.split(" letters issued")[0].rsplit(" ", 1)[1])
    assert issued > 0
    assert progress.endswith(f"Issuing demo letters: {issued}/{issued}")
    with contextlib.closing(sqlite3.connect(str(path))) as conn, conn:
        assert conn.execute("SELECT count(*) FROM letter WHERE voided_at IS NULL").fetchone()[0] == issued

"""`civicdesk letters`: output lines, files and exit codes, through main() as a script would call it."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from civicdesk_gui.cli import main
from civicdesk_gui.store import database
from tests.letter_helpers import make_letter_case


@pytest.fixture
def actor(sqlite_db):
    """The CLI opens the file itself: one SQLite file is enough (the actions are tested on both backends)."""
    from civicdesk_gui.actions.actor import ensure_user

    return ensure_user("tester", display_name="시험 사용자")


def test_pending_issues_one_line_per_letter(sqlite_url, actor, tmp_path, capsys):
    first = make_letter_case(actor, name="김영희")
    make_letter_case(actor, name="이철수", department="공원녹지과", classification="unfeasible")
    database.close()
    out = tmp_path / "out"
    assert main(["letters", "--as", "tester", "--db", sqlite_url, "--pending", "-o", str(out)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split("\t")[:2] for line in lines] == [
        ["2026-000001", "도로관리과-1"],
        ["2026-000002", "공원녹지과-1"],
    ]
    for line in lines:
        path = line.split("\t")[2]
        assert PdfReader(path).pages[0].extract_text()
    assert first
    # nothing pending any more: exit 0, no lines, a note on stderr
    assert main(["letters", "--as", "tester", "--db", sqlite_url, "--pending", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "no case is awaiting" in captured.err


def test_one_case_and_its_errors(sqlite_url, actor, tmp_path, capsys):
    make_letter_case(actor)
    database.close()
    out = tmp_path / "one"
    assert (
        main(["letters", "--as", "tester", "--db", sqlite_url, "--case", "2026-000001", "-o", str(out)]) == 0
    )
    line = capsys.readouterr().out.strip()
    assert line.startswith("2026-000001\t도로관리과-1\t")
    assert (out / "2026-000001_도로관리과-1.pdf").is_file()
    assert (
        main(["letters", "--as", "tester", "--db", sqlite_url, "--case", "2026-000001", "-o", str(out)]) == 2
    )
    assert "already has letter 도로관리과-1" in capsys.readouterr().err
    assert (
        main(["letters", "--as", "tester", "--db", sqlite_url, "--case", "2026-999999", "-o", str(out)]) == 2
    )
    assert "No case numbered 2026-999999" in capsys.readouterr().err


def test_missing_choice_is_a_usage_error(sqlite_url, tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["letters", "--as", "tester", "--db", sqlite_url, "-o", str(tmp_path)])
    assert info.value.code == 2


def test_configured_certificate_without_passphrase_is_refused(
    sqlite_url, actor, tmp_path, capsys, monkeypatch
):
    from civicdesk_gui.actions.letters import save_city_settings

    cert = tmp_path / "mayor.p12"
    cert.write_bytes(b"not really")
    from civicdesk_gui.actions.actor import ensure_user

    admin = ensure_user("admin", role="admin")
    save_city_settings(values={"letters.certificate_path": str(cert)}, actor=admin)
    make_letter_case(actor)
    database.close()
    monkeypatch.delenv("CIVICDESK_CERT_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert (
        main(["letters", "--as", "tester", "--db", sqlite_url, "--pending", "-o", str(tmp_path / "o")]) == 2
    )
    assert "CIVICDESK_CERT_PASSPHRASE" in capsys.readouterr().err
    assert (
        main(
            [
                "letters",
                "--as",
                "tester",
                "--db",
                sqlite_url,
                "--pending",
                "--no-sign",
                "-o",
                str(tmp_path / "o"),
            ]
        )
        == 0
    )


def _owed_letter(actor, folder):
    """A letter issued into `folder` whose file was never written (a run killed in between)."""
    from civicdesk_gui.actions.letters import issue_letter
    from civicdesk_gui.queries.letters import letter_draft

    case_id = make_letter_case(actor, name="박민지")
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


def test_a_re_run_writes_the_files_a_killed_run_owed(sqlite_url, actor, tmp_path, capsys):
    out = tmp_path / "out"
    owed = _owed_letter(actor, out)
    database.close()
    assert main(["letters", "--as", "tester", "--db", sqlite_url, "--pending", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip().split("\t")[:2] == ["2026-000001", "도로관리과-1"]
    assert "1 letters issued earlier got their missing files" in captured.err
    assert (out / "2026-000001_도로관리과-1.pdf").read_bytes() == owed.pdf


def test_reprint_and_missing(sqlite_url, actor, tmp_path, capsys):
    make_letter_case(actor, name="김영희")
    make_letter_case(actor, name="이철수")
    database.close()
    out = tmp_path / "out"
    assert main(["letters", "--as", "tester", "--db", sqlite_url, "--pending", "-o", str(out)]) == 0
    capsys.readouterr()
    again = tmp_path / "again"
    assert (
        main(
            [
                "letters",
                "--as",
                "tester",
                "--db",
                sqlite_url,
                "--reprint",
                "도로관리과-2",
                "도로관리과-1",
                "-o",
                str(again),
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split("\t")[1] for line in lines] == ["도로관리과-2", "도로관리과-1"]
    for name in ("2026-000001_도로관리과-1.pdf", "2026-000002_도로관리과-2.pdf"):
        assert (again / name).read_bytes() == (out / name).read_bytes()
    assert len(list(again.glob("letters-*-combined.pdf"))) == 1
    assert (
        main(["letters", "--as", "tester", "--db", sqlite_url, "--reprint", "도로관리과-9", "-o", str(again)])
        == 2
    )
    err = capsys.readouterr().err.strip()
    assert err == "civicdesk: No letter with register number 도로관리과-9"
    assert main(["letters", "--as", "tester", "--db", sqlite_url, "--missing", "-o", str(again)]) == 0
    assert "no letter is owed its file" in capsys.readouterr().err


def test_a_bad_output_folder_issues_nothing(sqlite_url, actor, tmp_path, capsys):
    from civicdesk_gui.store.letter_models import Letter

    make_letter_case(actor)
    database.close()
    blocker = tmp_path / "letters.pdf"
    blocker.write_bytes(b"%PDF-")
    for target, fragment in (
        (blocker, "is not a folder"),
        (tmp_path / "no" / "such", "does not exist"),
        (blocker / "inside", "part of this path is a file"),
    ):
        code = main(["letters", "--as", "tester", "--db", sqlite_url, "--pending", "-o", str(target)])
        err = capsys.readouterr().err.strip()
        assert code == 2 and len(err.splitlines()) == 1 and fragment in err, err
    from civicdesk_gui.store import opening

    opening.connect(sqlite_url)
    assert Letter.select().count() == 0

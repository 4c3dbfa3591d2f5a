"""`civicdesk export`: the Cases screen's export for scripts — a saved view to CSV or XLSX, the same file
the screen writes; bad output paths end in one line and exit 2."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from civicdesk_gui import cli
from civicdesk_gui.documents.case_export import HEADERS, export_view
from civicdesk_gui.queries.case_list import CaseFilter, user_id_for_login
from tests.case_samples import make_sample_cases


@pytest.fixture
def office(any_db):
    from civicdesk_gui.actions.actor import ensure_user

    make_sample_cases(ensure_user("tester", display_name="시험 사용자"))
    return any_db


def _run(argv, capsys):
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse refuses an option before any command runs
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _csv(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("view", ["all", "overdue", "awaiting_reply"])
def test_a_view_is_exported_as_the_screen_exports_it(office, tmp_path, capsys, view):
    path = tmp_path / f"{view}.csv"
    code, out, err = _run(
        ["export", "--as", "tester", "--db", office.url, "--format", "csv", "--view", view, "-o", str(path)],
        capsys,
    )
    expected = tmp_path / "expected.csv"
    count = export_view(CaseFilter(view=view), expected, fmt="csv")
    assert (code, err) == (0, "") and out == f"{count} cases written to {path} ({view}, csv)\n"
    assert _csv(path) == _csv(expected) and tuple(_csv(path)[0]) == HEADERS


def test_the_format_comes_from_the_file_name_and_mine_from_the_acting_user(office, tmp_path, capsys):
    path = tmp_path / "mine.xlsx"
    code, out, _ = _run(
        ["export", "--as", "tester", "--db", office.url, "--view", "mine", "-o", str(path)], capsys
    )
    mine = CaseFilter(view="mine", actor_id=user_id_for_login("tester"))
    expected = tmp_path / "expected.xlsx"
    count = export_view(mine, expected, fmt="xlsx")
    assert code == 0 and count > 0 and out.startswith(f"{count} cases written")
    assert list(load_workbook(path).active.values) == list(load_workbook(expected).active.values)
    # Another user's "mine" holds that user's cases: none here.
    from civicdesk_gui.actions.actor import ensure_user

    ensure_user("colleague", display_name="박동료")
    code, out, _ = _run(
        ["export", "--as", "colleague", "--db", office.url, "--view", "mine", "-o", str(path)], capsys
    )
    assert code == 0 and out.startswith("0 cases written")


@pytest.mark.parametrize(
    ("output", "extra", "message"),
    [
        ("{tmp}", [], "is a folder"),
        ("{tmp}/missing/cases.csv", [], "does not exist"),
        ("{tmp}/cases.txt", [], "Say --format csv, xlsx or open311"),
        ("{tmp}/cases.csv", ["--format", "pdf"], "invalid choice"),
        ("{tmp}/cases.csv", ["--view", "nonsense"], "invalid choice"),
    ],
)
def test_bad_outputs_end_in_one_line_and_exit_2(office, tmp_path, capsys, output, extra, message):
    argv = ["export", "--as", "tester", "--db", office.url, "-o", output.format(tmp=tmp_path), *extra]
    code, out, err = _run(argv, capsys)
    assert code == cli.EXIT_USER_ERROR and out == "" and err.count("\n") == 1 and message in err

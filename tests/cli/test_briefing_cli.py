"""`civicdesk briefing`, `report`, `surveys import` and `stats --from/--to`: files written and read
back, counts printed, user errors as one line with exit 2."""

from __future__ import annotations

import json
import zipfile

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from civicdesk_gui import cli
from civicdesk_gui.store.models import Case, Survey
from tests.briefing_samples import make_office


@pytest.fixture
def office_url(any_db, actor):
    make_office(actor)
    return any_db.url


def _run(argv, capsys):
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_briefing_pdf_for_a_date(office_url, tmp_path, capsys):
    target = tmp_path / "briefing.pdf"
    code, out, _ = _run(
        ["briefing", "--as", "tester", "--db", office_url, "-o", str(target), "--date", "2026-10-06"], capsys
    )
    assert code == 0 and "2026-10-06 09:00" in out
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "아침 현황 보고" in text and "2026. 10. 1. ~ 2026. 10. 6." in text  # this month as of that day


def test_briefing_refuses_a_bad_date(office_url, tmp_path, capsys):
    code, _, err = _run(
        ["briefing", "--as", "tester", "--db", office_url, "-o", str(tmp_path / "b.pdf"), "--date", "6.10."],
        capsys,
    )
    assert code == cli.EXIT_USER_ERROR and "--date must be a date like 2026-03-01" in err
    assert not (tmp_path / "b.pdf").exists()


def test_monthly_report_xlsx_and_csv(office_url, tmp_path, capsys):
    code, out, _ = _run(
        [
            "report",
            "--as",
            "tester",
            "--db",
            office_url,
            "--month",
            "2026-09",
            "-o",
            str(tmp_path / "r.xlsx"),
        ],
        capsys,
    )
    assert code == 0 and "8 cases" in out
    assert load_workbook(tmp_path / "r.xlsx")["요약"]["B4"].value == 8
    code, out, _ = _run(
        ["report", "--as", "tester", "--db", office_url, "--month", "2026-09", "-o", str(tmp_path / "r.csv")],
        capsys,
    )
    assert code == 0 and str(tmp_path / "r.zip") in out  # CSV files come in one ZIP
    with zipfile.ZipFile(tmp_path / "r.zip") as archive:
        assert len(archive.namelist()) == 7


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--month", "2026-13", "-o", "r.xlsx"], "--month must be a month like 2026-10"),
        (["--month", "2026-09", "-o", "r.pdf"], "written as .xlsx, .csv (a folder) or .zip"),
    ],
)
def test_report_user_errors(office_url, tmp_path, capsys, argv, message):
    argv = [a if not a.startswith("r.") else str(tmp_path / a) for a in argv]
    code, _, err = _run(["report", "--as", "tester", "--db", office_url, *argv], capsys)
    assert code == cli.EXIT_USER_ERROR and message in err


def test_surveys_import_prints_the_accounting(office_url, tmp_path, capsys):
    number = Case.select().where(Case.id.not_in(Survey.select(Survey.case))).order_by(Case.id).first().number
    path = tmp_path / "surveys.csv"
    path.write_text(
        f"접수번호,조사일시,만족도\n{number},2026-10-06 09:00,4\n2099-000009,2026-10-01,5\n", encoding="utf-8"
    )
    code, out, _ = _run(["surveys", "import", "--as", "tester", "--db", office_url, str(path)], capsys)
    assert code == cli.EXIT_REJECTED_ROWS
    assert "imported: 1" in out and "rejected: 1" in out
    assert "rejected: surveys.csv row 3: no case is numbered 2099-000009" in out
    code, _, err = _run(
        ["surveys", "import", "--as", "tester", "--db", office_url, str(tmp_path / "none.csv")], capsys
    )
    assert code == cli.EXIT_USER_ERROR and "none.csv" in err


def test_surveys_import_of_a_clean_file_exits_0(office_url, tmp_path, capsys):
    unsurveyed = Case.select().where(Case.id.not_in(Survey.select(Survey.case))).order_by(Case.id).first()
    path = tmp_path / "surveys.csv"
    path.write_text(
        f"case_number,surveyed_at,channel,satisfaction,would_use_again\n{unsurveyed.number},2026-10-06 09:00,text,5,yes\n",
        encoding="utf-8",
    )
    code, out, _ = _run(["surveys", "import", "--as", "tester", "--db", office_url, str(path)], capsys)
    assert code == 0 and "imported: 1" in out and "duplicates: 0" in out
    code, out, _ = _run(["surveys", "import", "--as", "tester", "--db", office_url, str(path)], capsys)
    assert code == 0 and "imported: 0" in out and "duplicates: 1" in out


def test_stats_json_for_a_period(office_url, capsys):
    code, out, _ = _run(
        ["stats", "--db", office_url, "--json", "--from", "2026-09-01", "--to", "2026-09-30"], capsys
    )
    assert code == 0
    stats = json.loads(out)
    assert stats["total"] == 8
    assert set(stats["compliance"]) == {
        "promise_48h",
        "promise_14d",
        "monthly_update",
        "statutory",
        "resolved_within_24h",
    }
    assert stats["compliance"]["promise_48h"] == {"numerator": 3, "denominator": 6, "share": 0.5}
    assert stats["answered_by_team_leader"]["denominator"] == 6
    assert stats["satisfaction"]["satisfied"]["numerator"] == 2
    code, _, err = _run(["stats", "--db", office_url, "--from", "2026-10-01", "--to", "2026-09-01"], capsys)
    assert code == cli.EXIT_USER_ERROR and "after it ends" in err


def test_briefing_and_report_name_their_reader_mask_by_role_and_are_audited(
    office_url, actor, tmp_path, capsys
):
    import datetime as dt

    from civicdesk_gui.actions import cases
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.store.models import AuditEvent

    ensure_user("mayor", display_name="김시장", role="viewer")
    cases.intake_case(
        channel="text",
        text="연락처 010-2345-6789, 주민번호 900101-1234567 입니다",
        received_at=dt.datetime(2026, 9, 14, 10, 0),
        actor=actor,
    )
    code, _, err = _run(["briefing", "--db", office_url, "-o", str(tmp_path / "b.pdf")], capsys)
    assert code == cli.EXIT_PERMISSION and not (tmp_path / "b.pdf").exists()
    code, _, _ = _run(
        ["briefing", "--as", "mayor", "--db", office_url, "-o", str(tmp_path / "b.pdf")], capsys
    )
    assert code == 0 and (tmp_path / "b.pdf").exists()

    def overdue_cells(path):
        return [
            str(c) for row in load_workbook(path)["기한 경과 목록"].iter_rows(values_only=True) for c in row
        ]

    for login, phone in (("tester", "010-2345-6789"), ("mayor", "010-****-6789")):
        path = tmp_path / f"{login}.xlsx"
        code, _, _ = _run(
            ["report", "--as", login, "--db", office_url, "--month", "2026-09", "-o", str(path)], capsys
        )
        cells = " ".join(overdue_cells(path))
        assert (
            code == 0 and f"연락처 {phone}" in cells and "900101-1******" in cells and "1234567" not in cells
        )
    events = [json.loads(e.details) for e in AuditEvent.select().where(AuditEvent.kind == "report_export")]
    assert [e["document"] for e in events] == ["briefing", "monthly_report", "monthly_report"]
    assert [e.get("personal_data") for e in events] == [None, "all", "masked"]

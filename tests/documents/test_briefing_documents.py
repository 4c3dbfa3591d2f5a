"""The briefing on paper and the monthly report as files, read back by independent libraries: the PDF
by pypdf (one A4 page, Korean text, every font embedded), the workbook by openpyxl, the CSVs by csv."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from civicdesk_gui.actions import cases as case_actions
from civicdesk_gui.documents.briefing_pdf import briefing_pdf_bytes, write_briefing_pdf
from civicdesk_gui.documents.file_output import write_bytes, write_file
from civicdesk_gui.documents.monthly_report import report_sheets, write_report_xlsx, write_report_zip
from civicdesk_gui.domain.periods import period_for
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.queries.briefing import Scope, load_briefing
from civicdesk_gui.queries.monthly_report import monthly_report
from civicdesk_gui.store.models import Session
from tests.briefing_samples import NOW, make_office

SHEETS = ["요약", "부서별", "분야별", "읍면동별", "접수경로별", "기한 경과 목록", "만족도 조사"]


@pytest.fixture
def office(actor):
    return make_office(actor)


def _fonts(reader: PdfReader) -> set[str]:
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts.add((str(font["/BaseFont"]), embedded))
    return fonts


def test_the_briefing_is_one_a4_page_in_korean(office, tmp_path):
    briefing = load_briefing(Scope(period_for("last_month", NOW.date())), NOW, sample=4)
    path = write_briefing_pdf(briefing, tmp_path / "briefing.pdf", city="파주시")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)  # A4
    text = page.extract_text()
    assert "파주시 아침 현황 보고" in text
    assert "2026. 10. 6. (화) 10:00 기준" in text
    assert "2026. 10. 2. (금) 이후 접수" in text  # new since the last working day, after the holidays
    assert "회신 약속 기한 경과" in text and "법정 처리기한 경과" in text
    assert "교하 마을" in text  # today's session
    assert "공원녹지과" in text and "부서 미배정" in text  # the overdue table
    assert "48시간 회신 약속 준수" in text and "50% (3/6)" in text  # September's promise
    assert "만족 67%" in text  # 2 of the 3 September surveys
    fonts = _fonts(reader)
    assert fonts and all(embedded for _name, embedded in fonts)
    assert not any("Helvetica" in name for name, _ in fonts)
    assert reader.metadata.title == "아침 현황 보고 2026-10-06"


def test_the_page_stays_one_page_with_long_lists(office, tmp_path):
    # Thirty sessions today and every department late: the lists are shortened, never a second page.
    for index in range(30):
        Session.create(
            number=f"S2026-1{index:03d}",
            title=f"이동시장실 {index}",
            starts_at=dt.datetime(2026, 10, 6, 9, 0) + dt.timedelta(minutes=10 * index),
            ends_at=dt.datetime(2026, 10, 6, 9, 30) + dt.timedelta(minutes=10 * index),
            unit_type="youth",
            unit_name=f"청년 모임 {index}",
            ics_uid=f"long{index}@civicdesk",
        )
    briefing = load_briefing(Scope(period_for("all", NOW.date())), NOW, sample=4)
    data = briefing_pdf_bytes(briefing, city="파주시")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    assert "외 " in reader.pages[0].extract_text()  # "and N more" says what was left out


def test_the_monthly_report_workbook_has_one_sheet_per_view(office, tmp_path):
    report = monthly_report(2026, 9, NOW)
    path = write_report_xlsx(report_sheets(report), tmp_path / "2026-09.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == SHEETS
    summary = {row[0]: row[1:] for row in book["요약"].iter_rows(min_row=2, values_only=True)}
    assert summary["접수"][0] == 8
    assert summary["48시간 회신 약속 준수"][:3] == (3, 6, 0.5)
    assert summary["처리 결과: 처리 완료"][0] == 2
    departments = {row[0]: row for row in book["부서별"].iter_rows(min_row=2, values_only=True)}
    assert departments["도로관리과"][1] == 4
    overdue = list(book["기한 경과 목록"].iter_rows(min_row=2, values_only=True))
    # September's cases late on a clock now: G (promise) and M (promise and statute).
    assert sorted(row[0] for row in overdue) == sorted(case.number for case in [*_cases(office, "G", "M")])
    assert isinstance(overdue[0][1], dt.datetime)
    surveys = {row[0]: row for row in book["만족도 조사"].iter_rows(min_row=2, values_only=True)}
    assert surveys["전체"][1] == 3 and surveys["전체"][2] == pytest.approx(2 / 3)
    towns = [row[0] for row in book["읍면동별"].iter_rows(min_row=2, values_only=True)]
    assert "문산읍" in towns and len(towns) >= 20


def _cases(ids, *names):
    from civicdesk_gui.store.models import Case

    return [Case.get_by_id(ids[name]) for name in names]


def test_residents_text_is_written_as_text_not_as_a_formula(actor, tmp_path):
    case_actions.intake_case(
        channel="text",
        text='=HYPERLINK("http://evil.example","클릭")',
        received_at=dt.datetime(2026, 9, 10, 9, 0),
        at=dt.datetime(2026, 9, 10, 9, 0),
        actor=actor,
    )
    report = monthly_report(2026, 9, NOW)
    path = write_report_xlsx(report_sheets(report), tmp_path / "r.xlsx")
    sheet = load_workbook(path)["기한 경과 목록"]
    summary_cell = sheet.cell(row=2, column=6)
    assert summary_cell.data_type == "s" and summary_cell.value.startswith("=HYPERLINK")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet6.xml").decode("utf-8")
    assert "<f>" not in xml  # no formula anywhere in the overdue list


def test_the_monthly_report_as_csv_files_in_a_zip(office, tmp_path):
    report = monthly_report(2026, 9, NOW)
    path = write_report_zip(report_sheets(report), tmp_path / "2026-09.zip")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert names == [f"{i:02d}-{name}.csv" for i, name in enumerate(SHEETS, start=1)]
        raw = archive.read(names[0])
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Korean Excel reads it
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["항목", "값", "비율·분모", "비율 (격려·감사 제외)"]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["48시간 회신 약속 준수"][1:] == ["3", "6", "50.0%"]


def test_files_are_written_whole_or_not_at_all(tmp_path):
    target = tmp_path / "report.xlsx"
    write_bytes(target, b"old")

    def broken(stream):
        stream.write(b"half")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_file(target, broken)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]  # no temporary file left behind
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(CivicDeskError) as caught:
        write_bytes(blocker / "briefing.pdf", b"%PDF")
    assert caught.value.code == "file.write_failed"

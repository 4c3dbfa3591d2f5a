"""Exports read back: CSV as Excel would (utf-8-sig), XLSX through openpyxl."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from civicdesk_gui.documents.case_export import HEADERS, export_cases
from civicdesk_gui.queries.case_list import CaseFilter, iterate_rows
from tests.case_samples import NOW, make_sample_cases


@pytest.fixture
def rows(sqlite_db):
    from civicdesk_gui.actions.actor import ensure_user

    make_sample_cases(ensure_user("tester"))
    return list(iterate_rows(CaseFilter(view="overdue"), now=NOW))


def test_csv_has_a_bom_and_korean(rows, tmp_path):
    path = tmp_path / "목록.csv"
    assert export_cases(rows, path, fmt="csv") == 4
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert tuple(table[0]) == HEADERS
    assert len(table) == 5
    numbers = [r[0] for r in table[1:]]
    assert numbers == [r.number for r in rows]
    first = dict(zip(HEADERS, table[1], strict=True))
    assert first["접수 경로"] in ("바로문자", "이동시장실", "전화")
    assert any("보도블록" in r[5] for r in table[1:])


def test_xlsx_reads_back(rows, tmp_path):
    path = tmp_path / "목록.xlsx"
    assert export_cases(rows, path, fmt="xlsx") == 4
    sheet = load_workbook(path).active
    values = list(sheet.values)
    assert values[0] == HEADERS
    assert [v[0] for v in values[1:]] == [r.number for r in rows]
    assert values[1][1] == rows[0].received_at
    assert any(v[6] == "도로관리과" for v in values[1:])


def test_a_cancelled_export_leaves_no_file(rows, tmp_path, monkeypatch):
    monkeypatch.setattr("civicdesk_gui.documents.case_export.REPORT_EVERY", 2)
    path = tmp_path / "x.csv"

    class Stop(Exception):
        pass

    def check():
        raise Stop()

    with pytest.raises(Stop):
        export_cases(rows, path, fmt="csv", check=check)
    assert not path.exists()

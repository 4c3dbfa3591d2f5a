"""Reading the gateway's CSV export into parsed and rejected rows, on real files and without a database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from civicdesk_gui.documents.sms_import import (
    ImportFileError,
    MappingError,
    ParsedFile,
    import_key,
    parse_mapping_options,
    parse_received_at,
    parse_table,
    read_table,
)
from tests.data import sms_samples

TOWNS = {"운정3동": 13, "금촌1동": 5, "교하동": 11, "문산읍": 1}  # name -> id, as the office knows them


@pytest.fixture
def samples(tmp_path) -> dict[str, Path]:
    return sms_samples.write_samples(tmp_path)


def parse(path: Path, **kwargs) -> ParsedFile:
    mapping = kwargs.pop("mapping", None)
    return parse_table(read_table(path, **kwargs), mapping=mapping, town_ids=TOWNS)


def test_the_kept_sample_files_match_their_generator():
    folder = Path(__file__).resolve().parent.parent / "data"
    for name in sms_samples.SAMPLES:
        assert (folder / name).read_bytes() == sms_samples.sample_bytes(name), name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-11-03 08:43", dt.datetime(2026, 11, 3, 8, 43)),
        ("2026.11.03 08:43", dt.datetime(2026, 11, 3, 8, 43)),
        ("2026/11/3 8:43:00", dt.datetime(2026, 11, 3, 8, 43)),
        ("2026년 11월 3일 오전 8:43", dt.datetime(2026, 11, 3, 8, 43)),
        ("2026년 11월 3일 오후 8:43", dt.datetime(2026, 11, 3, 20, 43)),
        ("2026년 11월 3일 오후 12:10", dt.datetime(2026, 11, 3, 12, 10)),
        ("2026년 11월 3일 오전 12:05", dt.datetime(2026, 11, 3, 0, 5)),
        ("2026년 11월 3일 오후 3시 5분", dt.datetime(2026, 11, 3, 15, 5)),
        ("2026. 11. 3. 14:20:59", dt.datetime(2026, 11, 3, 14, 20, 59)),
        ("2026-11-03T08:43:00", dt.datetime(2026, 11, 3, 8, 43)),
    ],
)
def test_dates_in_the_common_korean_forms(raw, expected):
    assert parse_received_at(raw) == expected


@pytest.mark.parametrize("raw", ["", "11/04 10:00", "2026-11-03", "2026-13-03 08:00", "어제 저녁"])
def test_unparseable_dates_are_refused(raw):
    with pytest.raises(ValueError):
        parse_received_at(raw)


def test_utf8_korean_headers_all_forms_and_bad_rows(samples):
    parsed = parse(samples["gateway_utf8.csv"])
    assert (parsed.file, parsed.encoding, parsed.delimiter, parsed.records) == (
        "gateway_utf8.csv",
        "utf-8",
        ",",
        8,
    )
    assert [(p.file, p.row, p.code) for p in parsed.rejected] == [
        ("gateway_utf8.csv", 6, "import.row_no_text"),
        ("gateway_utf8.csv", 7, "import.row_bad_date"),
        ("gateway_utf8.csv", 8, "import.row_text_too_long"),
    ]
    assert parsed.rejected[1].reason == "unparseable date '11/04 10:00'"
    assert parsed.rejected[1].values == {"value": "11/04 10:00"}
    assert parsed.rejected[2].reason == "text has 10,001 characters (at most 10,000)"
    assert str(parsed.rejected[0]) == "gateway_utf8.csv row 6: no text"
    rows = {r.name: r for r in parsed.rows}
    assert list(rows) == ["홍길동", "김영희", "이철수", "박민수", "윤슬기"]
    assert [r.row for r in parsed.rows] == [2, 3, 4, 5, 9]
    assert rows["홍길동"].received_at == dt.datetime(2026, 11, 3, 8, 43)
    assert rows["김영희"].received_at == dt.datetime(2026, 11, 3, 9, 10)
    assert rows["이철수"].received_at == dt.datetime(2026, 11, 3, 8, 43)
    assert rows["박민수"].received_at == dt.datetime(2026, 11, 3, 20, 43)
    assert rows["윤슬기"].received_at == dt.datetime(2026, 11, 4, 0, 5)
    assert rows["김영희"].phone == "010-2222-3333"
    assert rows["윤슬기"].phone == "12-34"
    assert rows["홍길동"].town_id == TOWNS["운정3동"]
    assert rows["윤슬기"].town_id is None and rows["윤슬기"].address == "어딘가동"  # unknown town kept
    first = rows["홍길동"]
    assert first.key == import_key(first.received_at, first.phone, first.text)
    assert len({r.key for r in parsed.rows}) == 5


def test_bom_semicolon_english_headers(samples):
    parsed = parse(samples["gateway_bom.csv"])
    assert (parsed.encoding, parsed.delimiter, len(parsed.rows), parsed.rejected) == ("utf-8-sig", ";", 2, [])
    texts = {r.text for r in parsed.rows}
    assert "공원 화장실 청소 부탁드려요; 냄새가 납니다" in texts  # the quoted delimiter stays in the text
    assert parsed.rows[0].name == "강바다"
    assert parsed.rows[0].received_at == dt.datetime(2026, 11, 5, 7, 30)


def test_cp949_tab_separated(samples):
    parsed = parse(samples["gateway_cp949.csv"])
    assert (parsed.encoding, parsed.delimiter, len(parsed.rows)) == ("cp949", "\t", 3)
    rows = {r.name: r for r in parsed.rows}
    assert rows["오세훈"].text == "똠방각하 뷁 같은 CP949 확장 글자도 읽혀야 합니다"
    assert rows["서하준"].received_at == dt.datetime(2026, 11, 6, 9, 5)


def test_euc_kr_file_is_read_as_cp949(tmp_path):
    path = tmp_path / "euckr.csv"
    path.write_bytes("수신일시,내용\n2026-11-08 09:00,하수구 냄새 민원\n".encode("euc-kr"))
    parsed = parse(path)
    assert parsed.encoding == "cp949" and [r.text for r in parsed.rows] == ["하수구 냄새 민원"]


def test_unrecognised_headers_need_a_mapping(samples):
    with pytest.raises(MappingError) as caught:
        parse(samples["gateway_custom.csv"])
    assert caught.value.headers == ["시각", "보낸사람", "본문"]
    assert set(caught.value.missing) == {"received_at", "text"}
    mapping = parse_mapping_options(["수신일시=시각", "본문=내용", "phone=보낸사람"])
    assert mapping == {"received_at": "시각", "text": "본문", "phone": "보낸사람"}
    parsed = parse(samples["gateway_custom.csv"], mapping=mapping)
    assert [(r.text, r.phone) for r in parsed.rows] == [("도로 가운데 포트홀이 생겼어요", "010-3000-1000")]


def test_bad_mapping_and_missing_file_are_user_errors(samples, tmp_path):
    with pytest.raises(ImportFileError, match="FIELD=COLUMN"):
        parse_mapping_options(["내용"])
    with pytest.raises(ImportFileError, match="Unknown field"):
        parse_mapping_options(["색깔=본문"])
    with pytest.raises(MappingError, match="no column '없는열'") as caught:
        parse(samples["gateway_custom.csv"], mapping={"text": "없는열", "received_at": "시각"})
    assert caught.value.code == "import.no_such_column" and caught.value.missing == ["text"]
    with pytest.raises(ImportFileError, match="not found"):
        read_table(tmp_path / "missing.csv")

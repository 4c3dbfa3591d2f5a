"""Reading and writing Open311 GeoReport v2 requests.json without a database: the spec's own examples,
times with any offset, bad records reported by number and reason, and files that are not requests."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civicdesk_gui.documents.open311 import (
    ExchangeCase,
    HistoryEntry,
    Open311FileError,
    build_request,
    parse_requests,
    read_requests_file,
    split_address,
    w3_datetime,
    write_requests,
)
from civicdesk_gui.errors import CivicDeskError, FileError

# GeoReport/v2/index.md, "GET Service Requests", the JSON example exactly as published: "006" is
# written as a bare number with a leading zero, which JSON does not allow.
SPEC_EXAMPLE = """[
  {
    "service_request_id":638344,
    "status":"closed",
    "status_notes":"Duplicate request.",
    "service_name":"Sidewalk and Curb Issues",
    "service_code":006,
    "description":null,
    "agency_responsible":null,
    "service_notice":null,
    "requested_datetime":"2010-04-14T06:37:38-08:00",
    "updated_datetime":"2010-04-14T06:37:38-08:00",
    "expected_datetime":"2010-04-15T06:37:38-08:00",
    "address":"8TH AVE and JUDAH ST",
    "address_id":545483,
    "zipcode":94122,
    "lat":37.762221815,
    "long":-122.4651145,
    "media_url":"http://city.gov.s3.amazonaws.com/requests/media/638344.jpg "
  }
]"""


def test_the_spec_example_is_refused_with_line_column_and_the_reason():
    with pytest.raises(Open311FileError) as caught:
        parse_requests(SPEC_EXAMPLE.encode(), file="requests.json")
    assert caught.value.code == "open311.leading_zero"
    message = str(caught.value)
    assert "requests.json is not valid JSON: line 7, column 20" in message
    assert "cannot start with 0" in message and '"006"' in message


def test_the_spec_example_with_the_code_quoted_is_read():
    fixed = SPEC_EXAMPLE.replace('"service_code":006', '"service_code":"006"')
    parsed = parse_requests(fixed.encode())
    assert (parsed.total, len(parsed.requests), parsed.rejected) == (1, 1, [])
    (request,) = parsed.requests
    assert (request.request_id, request.status, request.service_code) == ("638344", "closed", "006")
    assert request.description is None and request.agency is None  # null accepted
    # -08:00 converted to Seoul (+09:00): 17 hours later.
    assert request.requested_at == dt.datetime(2010, 4, 14, 23, 37, 38)
    assert request.expected_at == dt.datetime(2010, 4, 15, 23, 37, 38)
    assert request.address == "8TH AVE and JUDAH ST"


@pytest.mark.parametrize(
    ("raw", "seoul"),
    [
        ("2026-11-03T08:43:00+09:00", dt.datetime(2026, 11, 3, 8, 43)),
        ("2026-11-02T23:43:00Z", dt.datetime(2026, 11, 3, 8, 43)),
        ("2026-11-02T15:43:00-08:00", dt.datetime(2026, 11, 3, 8, 43)),
        ("2026-11-03T05:13:00+05:30", dt.datetime(2026, 11, 3, 8, 43)),
        ("2026-11-03T08:43:00.123+09:00", dt.datetime(2026, 11, 3, 8, 43)),
    ],
)
def test_times_with_any_offset_become_seoul_time(raw, seoul):
    record = {"service_request_id": "A1", "status": "open", "service_code": "x", "requested_datetime": raw}
    (request,) = parse_requests(json.dumps([record]).encode()).requests
    assert request.requested_at == seoul


def test_bad_records_are_reported_by_number_and_reason_good_ones_kept():
    base = {"status": "open", "service_code": "parks", "requested_datetime": "2026-11-03T08:43:00+09:00"}
    records = [
        {**base, "service_request_id": "ok-1"},
        "not an object",
        {**base},  # no id
        {**base, "service_request_id": "x", "status": "pending"},
        {**base, "service_request_id": "y", "requested_datetime": "2026-11-03T08:43:00"},  # no offset
        {**base, "service_request_id": "z", "requested_datetime": "yesterday"},
        {**base, "service_request_id": "n", "notes": [{"datetime": "bad", "description": "d"}]},
        {**base, "service_request_id": "ok-1"},  # the same id again
        {**base, "service_request_id": 42, "description": None, "notes": []},
        {k: v for k, v in base.items() if k != "service_code"} | {"service_request_id": "c"},
    ]
    parsed = parse_requests(json.dumps(records).encode(), file="mixed.json")
    assert parsed.total == 10
    assert [r.request_id for r in parsed.requests] == ["ok-1", "42"]
    assert [(p.number, p.code) for p in parsed.rejected] == [
        (2, "not_object"),
        (3, "no_id"),
        (4, "bad_status"),
        (5, "no_offset"),
        (6, "bad_datetime"),
        (7, "bad_note"),
        (8, "duplicate_id"),
        (10, "no_service_code"),
    ]
    assert (
        str(parsed.rejected[3]) == "mixed.json record 5 (y): requested_datetime has no time zone "
        "(Z or an offset such as +09:00): '2026-11-03T08:43:00'"
    )


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b'{"service_requests": 5}', "open311.not_requests"),
        (b'"just text"', "open311.not_requests"),
        (b"[{]", "open311.invalid_json"),
        (b"", "open311.invalid_json"),
        ("[]".encode("utf-16"), "open311.not_utf8"),
        (b"[" * 100_000 + b"]" * 100_000, "open311.too_deep"),
    ],
)
def test_files_that_are_not_requests_are_refused_clearly(data, code):
    with pytest.raises(Open311FileError) as caught:
        parse_requests(data, file="x.json")
    assert caught.value.code == code
    assert "x.json" in str(caught.value)


def test_the_wrapped_forms_and_a_bom_are_read():
    record = {"service_request_id": "1", "status": "closed", "service_code": 6,
              "requested_datetime": "2026-01-01T00:00:00Z"}  # fmt: skip
    for document in (
        {"service_requests": [record]},
        {"service_requests": {"request": record}},
        {"requests": [record]},
    ):
        parsed = parse_requests(b"\xef\xbb\xbf" + json.dumps(document).encode())
        assert [r.service_code for r in parsed.requests] == ["6"]


def test_a_missing_file_or_a_folder_is_a_user_error(tmp_path):
    with pytest.raises(CivicDeskError) as caught:
        read_requests_file(tmp_path / "none.json")
    assert caught.value.code == "import.file_not_found"
    with pytest.raises(CivicDeskError) as caught:
        read_requests_file(tmp_path)
    assert caught.value.code == "import.not_a_file"


def _case(**changes) -> ExchangeCase:
    values = dict(
        number="2026-000123",
        external_id=None,
        channel="text",
        status="classified",
        classification="long_term_review",
        reason_code="large_budget",
        reason_text="예산 과다로 2027년에 다시 검토합니다.",
        category="civil_complaint",
        topic="sidewalks",
        topic_name_ko="도로·보도",
        topic_name_en="Roads and sidewalks",
        department="도로관리과",
        agency=None,
        text="통학로에 보도를 설치해 주세요",
        received_at=dt.datetime(2026, 10, 2, 9, 30),
        updated_at=dt.datetime(2026, 10, 10, 14, 0),
        closed_at=None,
        promise_due_at=dt.datetime(2026, 10, 4, 9, 30),
        next_review_on=dt.date(2027, 1, 8),
        town="문산읍",
        submitter_name="홍길동",
        submitter_phone="010-1234-5678",
        submitter_address="당동1로 12",
        history=(
            HistoryEntry("intake", dt.datetime(2026, 10, 2, 9, 31), after={"channel": "text"}),
            HistoryEntry("note", dt.datetime(2026, 10, 3, 9, 0), body="민원인 010-1234-5678 재문의"),
            HistoryEntry("reply", dt.datetime(2026, 10, 3, 10, 0), body="홍길동님, 검토 중입니다", after={"method": "sms"}),
            HistoryEntry("classify", dt.datetime(2026, 10, 10, 14, 0), body="예산 과다", after={"state": "long_term_review"}),
        ),
    )  # fmt: skip
    values.update(changes)
    return ExchangeCase(**values)


def test_a_case_becomes_a_request_without_personal_data_by_default():
    request = build_request(_case())
    assert request["service_request_id"] == "2026-000123"
    assert (request["status"], request["status_description"]) == ("open", "장기 검토")
    assert request["status_notes"] == "예산 과다로 2027년에 다시 검토합니다."
    assert (request["service_code"], request["service_name"]) == ("sidewalks", "도로·보도")
    assert request["agency_responsible"] == "도로관리과"
    assert request["requested_datetime"] == "2026-10-02T09:30:00+09:00"
    assert request["updated_datetime"] == "2026-10-10T14:00:00+09:00"
    assert request["expected_datetime"] == "2026-10-04T09:30:00+09:00"
    assert request["address"] == "문산읍"
    assert [n["type"] for n in request["notes"]] == ["intake", "reply", "classify"]  # no internal note
    dumped = json.dumps(request, ensure_ascii=False)
    assert "홍길동" not in dumped and "1234-5678" not in dumped and "당동1로" not in dumped
    assert request["notes"][1]["description"] == "회신 (문자)"


def test_personal_data_and_english_when_asked():
    request = build_request(_case(), language="en", include_personal=True)
    assert request["status_description"] == "Long-term review"
    assert request["service_name"] == "Roads and sidewalks"
    assert request["address"] == "당동1로 12, 문산읍"
    assert request["extended_attributes"]["submitter_name"] == "홍길동"
    assert request["notes"][1]["description"] == "Reply to resident (Text message): 홍길동님, 검토 중입니다"


def test_closed_cases_give_their_closing_time_and_an_imported_id():
    closed = _case(classification="resolved", closed_at=dt.datetime(2026, 10, 5, 8, 0), external_id="638344")
    request = build_request(closed)
    assert (request["service_request_id"], request["status"]) == ("638344", "closed")
    assert request["updated_datetime"] == "2026-10-05T08:00:00+09:00"


def test_written_atomically_and_read_back(tmp_path):
    path = tmp_path / "requests.json"
    count = write_requests([build_request(_case()), build_request(_case(number="2026-000124"))], path)
    assert count == 2 and [p.name for p in tmp_path.iterdir()] == ["requests.json"]
    parsed = read_requests_file(path)
    assert [r.request_id for r in parsed.requests] == ["2026-000123", "2026-000124"]
    assert parsed.requests[0].notes[0].at == dt.datetime(2026, 10, 2, 9, 31)


def test_a_failed_write_leaves_no_file(tmp_path):
    path = tmp_path / "requests.json"

    def requests():
        yield build_request(_case())
        raise OSError("disk full")

    with pytest.raises(FileError) as caught:  # named by the final file, never the temporary one
        write_requests(requests(), path)
    assert str(path) in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_addresses_split_into_the_residents_and_the_town():
    assert split_address("당동1로 12, 문산읍", ["문산읍"]) == ("당동1로 12", "문산읍")
    assert split_address("문산읍", ["문산읍"]) == ("", "문산읍")
    assert split_address("8TH AVE and JUDAH ST", ["문산읍"]) == ("8TH AVE and JUDAH ST", None)
    assert w3_datetime(dt.datetime(2026, 1, 2, 3, 4, 5, 600)) == "2026-01-02T03:04:05+09:00"


# ------------------------------------------------------------------------------ properties

_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
_TIMES = st.one_of(
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.datetimes().map(lambda d: d.isoformat()),
    st.text(max_size=25),
)
_RECORDS = st.one_of(
    _VALUES,
    st.fixed_dictionaries(
        {},
        optional={
            "service_request_id": st.one_of(st.text(max_size=120), st.integers(), _VALUES),
            "status": st.sampled_from(["open", "closed", "OPEN", "pending", "", None]),
            "service_code": st.one_of(st.text(max_size=5), st.integers(), st.none()),
            "service_name": _VALUES,
            "description": st.one_of(st.none(), st.text(max_size=50), _VALUES),
            "requested_datetime": _TIMES,
            "updated_datetime": _TIMES,
            "expected_datetime": _TIMES,
            "notes": st.one_of(st.lists(st.fixed_dictionaries({"datetime": _TIMES}, optional={"description": _VALUES, "type": _VALUES}), max_size=3), _VALUES),
            "extended_attributes": _VALUES,
        },
    ),
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_RECORDS, max_size=8))
def test_any_list_of_records_is_accounted_for_without_a_traceback(records):
    parsed = parse_requests(json.dumps(records).encode())
    assert parsed.total == len(records)
    assert len(parsed.requests) + len(parsed.rejected) == len(records)
    numbers = sorted([r.number for r in parsed.requests] + [p.number for p in parsed.rejected])
    assert numbers == list(range(1, len(records) + 1))
    for request in parsed.requests:
        assert request.status in ("open", "closed") and request.service_code and request.request_id
        assert request.requested_at.tzinfo is None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_are_requests_or_one_clear_error(data):
    try:
        parsed = parse_requests(data)
    except Open311FileError as exc:
        assert exc.code.startswith("open311.")
        return
    assert len(parsed.requests) + len(parsed.rejected) == parsed.total

"""Open311 requests into cases, on SQLite and PostgreSQL: the service-code table, duplicates by
service_request_id, bad records kept out one by one, and the round trip export → import into an empty
database → export giving the same requests."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civicdesk_gui.actions import cases
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.actions.open311_import import (
    ServiceMapping,
    delete_service_mappings,
    import_open311_requests,
    save_service_mappings,
)
from civicdesk_gui.documents.open311 import build_request, parse_requests
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.errors import PermissionDenied, ValidationError
from civicdesk_gui.queries.case_list import CaseFilter
from civicdesk_gui.queries.open311 import exchange_cases, service_mappings
from civicdesk_gui.store import database, opening
from civicdesk_gui.store.models import AuditEvent, Case, CaseEvent, Department, Topic, Town
from civicdesk_gui.store.rules import invalidate_rules


def _request(request_id, **fields) -> dict:
    return {
        "service_request_id": request_id,
        "status": "open",
        "service_code": "parks",
        "service_name": "Park maintenance",
        "description": "호수공원 벤치가 부서졌습니다",
        "requested_datetime": "2026-11-02T15:43:00-08:00",
        **fields,
    }


def _import(records, actor, **kwargs):
    return import_open311_requests(
        parse_requests(json.dumps(records).encode(), file="in.json"), actor=actor, **kwargs
    )


def test_foreign_requests_become_cases_keeping_their_id(any_db, actor):
    records = [
        _request(638344, description=None, service_name="Sidewalk and Curb Issues", service_code="sidewalks"),
        _request("FMS-2", status="closed", agency_responsible="공원녹지과", updated_datetime="2026-11-05T10:00:00Z",
                 address="호수로 1, 운정3동", notes=[{"datetime": "2026-11-04T09:00:00+09:00",
                                                "description": "Investigating", "type": "investigating"}]),
        _request("FMS-3", agency_responsible="공원녹지과"),
    ]  # fmt: skip
    report = _import(records, actor)
    assert (report.total, report.imported, report.duplicates, report.rejected, report.unmapped) == (
        3,
        3,
        0,
        [],
        [],
    )
    by_id = {c.external_id: c for c in Case.select()}
    first = by_id["638344"]
    assert first.text == "Sidewalk and Curb Issues"  # description null: the service's name stands in
    assert first.received_at == dt.datetime(2026, 11, 3, 8, 43)  # -08:00 → Seoul
    assert (first.status, first.classification, first.department_id) == ("received", None, None)
    assert (first.channel.code, first.topic.code, first.category.code) == (
        "other",
        "sidewalks",
        "civil_complaint",
    )
    assert first.promise_due_at is None  # no promise rule for channel "other"
    closed = by_id["FMS-2"]
    assert (closed.status, closed.classification) == ("classified", "resolved")
    assert closed.closed_at == dt.datetime(2026, 11, 5, 19, 0)
    assert closed.department.name == "공원녹지과"
    assert (closed.town.name, closed.submitter_address) == ("운정3동", "호수로 1")
    assert by_id["FMS-3"].status == "routed"
    event = CaseEvent.get(CaseEvent.case == closed.id)
    assert event.kind == "import" and "Investigating" in event.body
    assert CaseEvent.select().count() == 3  # one history event per imported case
    assert report.changes == Changes.of(cases=[c.id for c in by_id.values()])


def test_reimport_adds_nothing_and_bad_records_reject_only_themselves(any_db, actor):
    records = [
        _request("A"),
        {"service_request_id": "B"},
        _request("C", requested_datetime="2026-11-03 08:00"),
    ]
    first = _import(records, actor)
    assert (first.imported, first.duplicates, len(first.rejected)) == (1, 0, 2)
    assert [(p.number, p.code) for p in first.rejected] == [(2, "no_status"), (3, "no_offset")]
    again = _import(records, actor)
    assert (again.imported, again.duplicates, len(again.rejected)) == (0, 1, 2)
    assert Case.select().count() == 1
    assert not again.changes


@pytest.fixture
def administrator(any_db):
    return ensure_user("chief", display_name="정관리", role="admin")


def test_unknown_service_codes_wait_for_a_mapping(any_db, actor, administrator):
    records = [_request("1", service_code="006", service_name="Sidewalk and Curb Issues"),
               _request("2", service_code="006"), _request("3", service_code=77), _request("4")]  # fmt: skip
    report = _import(records, actor)
    assert report.imported == 1 and report.unmapped_records == 3
    assert [(u.code, u.name, u.numbers) for u in report.unmapped] == [
        ("006", "Sidewalk and Curb Issues", (1, 2)),
        ("77", "Park maintenance", (3,)),
    ]
    assert report.accounted == report.total == 4
    sidewalks = Topic.get(Topic.code == "sidewalks")
    mappings = [ServiceMapping("006", "civil_complaint", sidewalks.id, "Sidewalk and Curb Issues"),
                ServiceMapping("77", "safety")]  # fmt: skip
    with pytest.raises(PermissionDenied):  # the coordinator imports; the administrator keeps the table
        save_service_mappings(mappings=mappings, actor=actor)
    assert service_mappings() == [] and not AuditEvent.select().exists()
    saved = save_service_mappings(mappings=mappings, actor=administrator)
    assert saved.changes.touches_reference("service_mappings") and saved.changes.touches_reference("audit")
    audited = AuditEvent.get(AuditEvent.kind == "settings_change")
    assert audited.actor_id == administrator.id and json.loads(audited.details)["saved"] == ["006", "77"]
    assert [(m.service_code, m.category, m.topic_code) for m in service_mappings()] == [
        ("006", "civil_complaint", "sidewalks"),
        ("77", "safety", None),
    ]
    again = _import(records, actor)
    assert (again.imported, again.duplicates, again.unmapped) == (3, 1, [])
    assert Case.get(Case.external_id == "3").category.code == "safety"
    with pytest.raises(PermissionDenied):
        delete_service_mappings(service_codes=["77"], actor=actor)
    delete_service_mappings(service_codes=["77"], actor=administrator)
    assert [m.service_code for m in service_mappings()] == ["006"]


def test_a_mapping_is_checked(any_db, administrator):
    parks = Topic.get(Topic.code == "parks")  # a civil complaint topic
    with pytest.raises(ValidationError) as caught:
        save_service_mappings(mappings=[ServiceMapping("9", "safety", parks.id)], actor=administrator)
    assert caught.value.code == "open311.topic_elsewhere"
    with pytest.raises(ValidationError) as caught:
        save_service_mappings(mappings=[ServiceMapping("9", None)], actor=administrator)
    assert caught.value.code == "open311.mapping_needs_category"
    assert service_mappings() == []


def _worked_cases(actor) -> None:
    """Cases in every kind of state, with history, as coordinators leave them."""
    roads = Department.get(Department.name == "도로관리과")
    town = Town.get(Town.name == "문산읍")
    sidewalks = Topic.get(Topic.code == "sidewalks")
    plain = cases.intake_case(channel="text", text="가로등이 꺼졌습니다", actor=actor,
                              received_at=dt.datetime(2026, 11, 2, 8, 0))  # fmt: skip
    cases.add_note(case_id=plain.case_id, text="내부 메모: 현장 확인 필요", actor=actor)
    listed = cases.intake_case(
        channel="mobile_office", text="통학로 보도 설치 건의", actor=actor, category="policy_suggestion",
        topic_id=sidewalks.id, department_id=roads.id, town_id=town.id, submitter_name="홍길동",
        submitter_phone="010-1234-5678", submitter_address="당동1로 12", received_at=dt.datetime(2026, 10, 2, 9, 30),
    )  # fmt: skip
    review = cases.start_review(case_id=listed.case_id, actor=actor, expected_version=None)
    progress = cases.record_progress(case_id=listed.case_id, text="현장 조사 완료", actor=actor,
                                     expected_version=review.version)  # fmt: skip
    cases.classify_case(case_id=listed.case_id, classification="long_term_review", reason_code="large_budget",
                        reason_text="예산 과다", actor=actor, expected_version=progress.version)  # fmt: skip
    done = cases.intake_case(channel="phone", text="불법 주차 신고", actor=actor, department_id=roads.id,
                             category="civil_complaint", received_at=dt.datetime(2026, 11, 1, 12, 0))  # fmt: skip
    step = cases.start_review(case_id=done.case_id, actor=actor, expected_version=None)
    step = cases.record_reply(case_id=done.case_id, method="sms", text="홍길동님, 조치했습니다", actor=actor,
                              expected_version=step.version)  # fmt: skip
    cases.classify_case(
        case_id=done.case_id, classification="resolved", actor=actor, expected_version=step.version
    )


def _export(language="ko", include_personal=False) -> list[dict]:
    return [build_request(c, language=language, include_personal=include_personal)
            for c in exchange_cases(CaseFilter())]  # fmt: skip


@pytest.mark.parametrize("include_personal", [False, True])
def test_round_trip_export_import_into_an_empty_database_export(any_db, actor, tmp_path, include_personal):
    _worked_cases(actor)
    exported = _export(include_personal=include_personal)
    assert len(exported) == 3
    # An empty database of the same back end: another office's desk.
    if any_db.backend == "sqlite":
        other_url = f"sqlite:///{tmp_path / 'other.db'}"
        other = opening.connect(other_url)
    else:
        other = _other_postgres(any_db)
    try:
        from civicdesk_gui.actions.actor import ensure_user

        invalidate_rules()
        importer = ensure_user("importer")
        report = import_open311_requests(
            parse_requests(json.dumps(exported, ensure_ascii=False).encode()), actor=importer
        )
        assert (report.imported, report.rejected, report.unmapped) == (3, [], [])
        assert _export(include_personal=include_personal) == exported
        again = import_open311_requests(parse_requests(json.dumps(exported).encode()), actor=importer)
        assert (again.imported, again.duplicates) == (0, 3)
    finally:
        database.close()
        if other is not None and any_db.backend == "postgresql":
            _drop_postgres(other)
        invalidate_rules()
        opening.connect(any_db.url)  # the fixture closes what is bound


def _other_postgres(target):
    import psycopg

    server, _name = target.url.rsplit("/", 1)
    name = f"civicdesk_rt_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    database.close()
    invalidate_rules()
    return opening.connect(f"{server}/{name}")


def _drop_postgres(target) -> None:
    import psycopg

    server, name = target.url.rsplit("/", 1)
    database.close()
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_our_own_export_read_back_into_the_same_database_adds_nothing(any_db, actor):
    _worked_cases(actor)
    report = import_open311_requests(parse_requests(json.dumps(_export()).encode()), actor=actor)
    assert (report.imported, report.duplicates) == (0, 3)


# ------------------------------------------------------------------------------ properties

_TIMES = st.one_of(
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2090, 1, 1),
                 timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.text(max_size=12),
)  # fmt: skip
_FIELDS = st.fixed_dictionaries(
    {"service_request_id": st.text(min_size=0, max_size=6) | st.integers(0, 50)},
    optional={
        "status": st.sampled_from(["open", "closed", "Closed", "bogus"]),
        "service_code": st.sampled_from(["parks", "safety", "unclassified", "006", "", "x" * 101]) | st.integers(0, 9),
        "description": st.none() | st.text(max_size=30) | st.integers(),
        "requested_datetime": _TIMES,
        "updated_datetime": _TIMES,
        "expected_datetime": _TIMES,
        "agency_responsible": st.sampled_from(["공원녹지과", "Public Works", None]),
        "address": st.none() | st.sampled_from(["문산읍", "a, 교하동", "어딘가"]),
        "extended_attributes": st.dictionaries(
            st.sampled_from(["state", "channel", "category", "reason_code", "next_review_on", "submitter_phone"]),
            st.sampled_from(["unfeasible", "referred", "routed", "text", "safety", "other", "2027-01-01", "x", ""]),
        ),
        "notes": st.lists(st.fixed_dictionaries({"datetime": _TIMES, "description": st.text(max_size=10),
                                                 "type": st.sampled_from(["reply", "x"])}), max_size=2),
    },
)  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(_FIELDS, max_size=6), batch_size=st.integers(1, 4))
def test_any_file_is_accounted_for_and_reimport_is_idempotent(any_db, actor, records, batch_size):
    # Each example gets ids of its own, so examples sharing the database do not see each other's.
    prefix = uuid.uuid4().hex[:8]
    for record in records:
        record["service_request_id"] = f"{prefix}-{record['service_request_id']}"
    data = json.dumps(records).encode()
    before = Case.select().count()
    first = import_open311_requests(parse_requests(data), actor=actor, batch_size=batch_size)
    assert first.accounted == first.total == len(records)
    assert Case.select().count() - before == first.imported == len(first.case_ids)
    again = import_open311_requests(parse_requests(data), actor=actor, batch_size=batch_size)
    assert again.imported == 0
    assert again.duplicates == first.imported + first.duplicates
    assert len(again.rejected) == len(first.rejected) and again.unmapped == first.unmapped
    assert Case.select().count() - before == first.imported

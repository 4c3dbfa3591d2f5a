"""The Open311 export as an action, on SQLite and PostgreSQL: the role is checked first, the export is
audited, and residents' names and phone numbers go out only when asked for and only on the cases the
exporting user's role may see them on (case.view_personal in its scope)."""

from __future__ import annotations

import json

import pytest

from civicdesk_gui.actions import cases
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.actions.exports import export_open311
from civicdesk_gui.domain import permissions
from civicdesk_gui.errors import PermissionDenied
from civicdesk_gui.queries.case_list import CaseFilter
from civicdesk_gui.store.models import AuditEvent, Department


@pytest.fixture
def office(any_db):
    coordinator = ensure_user("soutong", display_name="김소통")
    roads = Department.get(Department.code == "도로관리과")
    parks = Department.get(Department.code == "공원녹지과")
    for department, name in ((roads, "홍길동"), (parks, "김영희")):
        cases.intake_case(
            channel="text",
            text="가로등이 꺼졌습니다",
            submitter_name=name,
            submitter_phone="010-2345-6789",
            department_id=department.id,
            actor=coordinator,
        )
    return coordinator, roads, parks


def _names(path) -> dict[str, str | None]:
    requests = json.loads(path.read_text(encoding="utf-8"))
    return {r["agency_responsible"]: r["extended_attributes"].get("submitter_name") for r in requests}


def test_personal_data_only_when_asked(office, tmp_path):
    coordinator, _roads, _parks = office
    path = tmp_path / "requests.json"
    exported = export_open311(actor=coordinator, case_filter=CaseFilter(), path=path)
    assert exported.rows == 2 and exported.changes.touches_reference("audit")
    assert _names(path) == {"도로관리과": None, "공원녹지과": None}
    assert "010-2345-6789" not in path.read_text(encoding="utf-8")
    export_open311(actor=coordinator, case_filter=CaseFilter(), path=path, include_personal=True)
    assert _names(path) == {"도로관리과": "홍길동", "공원녹지과": "김영희"}
    details = [json.loads(e.details) for e in AuditEvent.select().where(AuditEvent.kind == "case_export")]
    assert [(d["format"], d["personal"], d["rows"]) for d in details] == [
        ("open311", False, 2),
        ("open311", True, 2),
    ]


def test_a_role_sees_residents_only_in_its_scope(office, tmp_path, monkeypatch):
    _coordinator, roads, _parks = office
    official = ensure_user("roads", display_name="이도로", role="official", department_id=roads.id)
    path = tmp_path / "requests.json"
    with pytest.raises(PermissionDenied):  # as the table stands, an official does not export
        export_open311(actor=official, case_filter=CaseFilter(), path=path)
    assert not path.exists()
    # Were officials allowed to export, they would see the residents of their own department only.
    monkeypatch.setitem(permissions.RULES, "case.export", {"official": permissions.OWN_DEPARTMENT})
    export_open311(actor=official, case_filter=CaseFilter(), path=path, include_personal=True)
    assert _names(path) == {"도로관리과": "홍길동", "공원녹지과": None}
    assert "김영희" not in path.read_text(encoding="utf-8")


def test_asking_for_personal_data_without_the_permission_is_refused(office, tmp_path, monkeypatch):
    coordinator, _roads, _parks = office
    monkeypatch.setitem(permissions.RULES, "case.view_personal", {"admin": permissions.ALL})
    path = tmp_path / "requests.json"
    with pytest.raises(PermissionDenied) as caught:
        export_open311(actor=coordinator, case_filter=CaseFilter(), path=path, include_personal=True)
    assert caught.value.code == "permission.denied"
    assert not path.exists() and not AuditEvent.select().where(AuditEvent.kind == "case_export").exists()
    export_open311(actor=coordinator, case_filter=CaseFilter(), path=path)  # without them it goes
    assert _names(path) == {"도로관리과": None, "공원녹지과": None}

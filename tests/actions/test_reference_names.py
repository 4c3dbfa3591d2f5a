"""Reference data in both languages: the administrator renames a department (and the other kinds) in
Korean and English; new databases carry English names for the default departments and agencies."""

from __future__ import annotations

import json

import pytest

from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.actions.reference_names import rename_reference
from civicdesk_gui.errors import PermissionDenied, ValidationError
from civicdesk_gui.queries.reference_names import english_names, reference_rows
from civicdesk_gui.store.models import Agency, AuditEvent, Department, Topic


def test_default_reference_data_has_english_names(any_db):
    names = english_names()
    assert names["도로관리과"] == "Road Management Division"
    assert names["파주경찰서"] == "Paju Police Station"
    assert names["주정차"] == "Illegal parking"  # a topic
    assert names["바로문자"] == "Text message"  # a channel
    assert all(d.name_en for d in Department.select())
    assert all(a.name_en for a in Agency.select())


def test_the_administrator_renames_a_department_in_both_languages(any_db):
    admin = ensure_user("admin1", role="admin")
    roads = Department.get(Department.code == "도로관리과")
    result = rename_reference(
        kind="department", row_id=roads.id, name_ko="도로관리과", name_en="Roads Division", actor=admin
    )
    assert Department.get_by_id(roads.id).name_en == "Roads Division"
    assert english_names()["도로관리과"] == "Roads Division"
    assert result.changes.touches_reference("department") and result.changes.touches_cases()
    event = AuditEvent.select().where(AuditEvent.kind == "reference_rename").get()
    details = json.loads(event.details)
    assert (
        details["before"]["en"] == "Road Management Division" and details["after"]["en"] == "Roads Division"
    )
    topic = Topic.get(Topic.code == "parking")
    rename_reference(kind="topic", row_id=topic.id, name_ko="불법 주정차", name_en="Parking", actor=admin)
    assert (topic.id, "불법 주정차", "Parking") in reference_rows("topic")


def test_renaming_is_refused_to_others_and_checked(any_db):
    admin = ensure_user("admin1", role="admin")
    coordinator = ensure_user("coord", role="coordinator")
    roads = Department.get(Department.code == "도로관리과")
    with pytest.raises(PermissionDenied):
        rename_reference(
            kind="department", row_id=roads.id, name_ko="도로과", name_en="Roads", actor=coordinator
        )
    assert Department.get_by_id(roads.id).name == "도로관리과"
    with pytest.raises(ValidationError) as empty:
        rename_reference(kind="department", row_id=roads.id, name_ko=" ", name_en="Roads", actor=admin)
    assert empty.value.code == "reference.name_empty"
    with pytest.raises(ValidationError) as taken:
        rename_reference(kind="department", row_id=roads.id, name_ko="건축과", name_en="Roads", actor=admin)
    assert taken.value.code == "reference.name_taken"
    with pytest.raises(ValidationError):
        rename_reference(kind="town", row_id=1, name_ko="가", name_en="A", actor=admin)
    assert not AuditEvent.select().where(AuditEvent.kind == "reference_rename").exists()

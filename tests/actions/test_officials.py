"""Each user keeps their own phone, fax and e-mail (Account › My contact details), on both back ends:
one audited action, checked; the letter's closing block prints them — the official's own fax, or the
city hall's when the official has none."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from civicdesk_gui.actions import letters
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.actions.officials import save_own_contact
from civicdesk_gui.errors import PermissionDenied, ValidationError
from civicdesk_gui.queries.letters import letter_draft
from civicdesk_gui.queries.officials import own_contact
from civicdesk_gui.store.models import AuditEvent, Case, Department, Official, User
from tests.letter_helpers import make_letter_case


def _flat(pdf: bytes) -> str:
    return "".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def _issue(case_id, actor):
    draft = letter_draft(case_id, "ko")
    return letters.issue_letter(
        case_id=case_id, actor=actor, expected_version=draft.case_version, language="ko",
        subject=draft.subject, body=draft.body,
    )  # fmt: skip


def test_an_official_saves_their_contact_and_the_letter_prints_it(any_db):
    admin = ensure_user("admin1", display_name="정관리", role="admin")
    letters.save_city_settings(values={"city.fax": "031-940-4009"}, actor=admin)
    case_id = make_letter_case(admin)
    official = Official.get_by_id(Case.get_by_id(case_id).official_id or Official.select().first().id)
    user = ensure_user("roads", display_name="박민수", role="official", department_id=official.department_id)
    assert own_contact(user.id) is None  # not linked yet
    with pytest.raises(ValidationError) as unlinked:
        save_own_contact(phone="031-940-4311", fax="", email="", actor=user)
    assert unlinked.value.code == "contact.no_official"
    User.update(official=official.id).where(User.id == user.id).execute()

    # No fax of their own: the city hall's is printed, with the official's e-mail.
    result = save_own_contact(phone=" 031-940-4311 ", fax="", email="minsu@paju.go.kr", actor=user)
    assert result.changes.touches_reference("officials") and result.changes.touches_reference("audit")
    contact = own_contact(user.id)
    assert (contact.phone, contact.fax, contact.email) == ("031-940-4311", "", "minsu@paju.go.kr")
    first = _flat(_issue(case_id, admin).pdf)
    assert "전송031-940-4009" in first and "전자우편minsu@paju.go.kr" in first
    # Their own fax replaces the city hall's on the next letter.
    save_own_contact(phone="031-940-4311", fax="031-940-4319", email="minsu@paju.go.kr", actor=user)
    other = make_letter_case(admin, name="이철수")
    second = _flat(_issue(other, admin).pdf)
    assert "전송031-940-4319" in second and "031-940-4009" not in second
    events = [json.loads(e.details) for e in AuditEvent.select().where(AuditEvent.kind == "contact_change")]
    assert [e["after"]["fax"] for e in events] == ["", "031-940-4319"]
    assert events[1]["before"]["email"] == "minsu@paju.go.kr"


def test_contact_details_are_checked_and_refused_to_a_deactivated_user(any_db):
    roads = Department.get(Department.code == "도로관리과")
    official = Official.create(name="김도로", rank="팀장", department=roads, phone="031-940-4300")
    user = ensure_user("roads", display_name="김도로", role="official", department_id=roads.id)
    User.update(official=official.id).where(User.id == user.id).execute()
    for phone, fax, email, code in (
        ("031-940-43OO", "", "", "contact.bad_number"),
        ("", "fax: 4319", "", "contact.bad_number"),
        ("", "", "kim at paju.go.kr", "contact.bad_email"),
        ("0" * 41, "", "", "contact.too_long"),
    ):
        with pytest.raises(ValidationError) as refused:
            save_own_contact(phone=phone, fax=fax, email=email, actor=user)
        assert refused.value.code == code
    User.update(active=False).where(User.id == user.id).execute()
    with pytest.raises(PermissionDenied):
        save_own_contact(phone="031-940-4301", fax="", email="", actor=user)
    assert Official.get_by_id(official.id).phone == "031-940-4300"
    assert not AuditEvent.select().where(AuditEvent.kind == "contact_change").exists()

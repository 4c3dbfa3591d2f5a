"""The whole role × action matrix, on SQLite and PostgreSQL: every action in actions/ is called by
every kind of user, and is either done or refused with PermissionDenied — and a refusal writes nothing
(every table's rows are the same before and after).

EXPECTED below is written out by hand, independently of domain/permissions.py: changing who may do
what is a decision, and this table says it in one place a reviewer reads."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from civicdesk_gui.actions import (
    audit,
    briefing_settings,
    case_import,
    cases,
    exports,
    letter_batch,
    letters,
    linked_replies,
    notices,
    officials,
    open311_import,
    outbox,
    petition_rules,
    places,
    reference_names,
    reports,
    retention,
    session_import,
    sessions,
    signoff,
    survey_import,
    surveys,
)
from civicdesk_gui.actions import session_suggestions as suggestions
from civicdesk_gui.actions import users as user_actions
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.documents.open311 import parse_requests
from civicdesk_gui.documents.session_ics import IcsSession
from civicdesk_gui.domain import permissions
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.errors import PermissionDenied
from civicdesk_gui.queries.audit import AuditFilter
from civicdesk_gui.queries.case_list import CaseFilter, CaseSort
from civicdesk_gui.queries.letters import letter_draft
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.letter_models import LETTER_MODELS, Approval
from civicdesk_gui.store.models import MODELS, Agency, Department, Official, Town, User
from tests.data import sms_samples
from tests.letter_helpers import make_letter_case

D = dt.datetime
PAST = D(2026, 3, 9, 10, 0)
FUTURE = D(2031, 5, 12, 14, 0)

# The kinds of user: the department official twice, on a case of their department and of another.
KINDS = ("admin", "coordinator", "official_own", "official_other", "viewer", "deactivated")
OFFICE = {"admin", "coordinator"}
DEPARTMENT_TOO = OFFICE | {"official_own"}
ADMIN = {"admin"}
EVERYONE = {"admin", "coordinator", "official_own", "official_other", "viewer"}

# action (the function's name) -> the kinds of user who may do it.
EXPECTED: dict[str, set[str]] = {
    "intake_case": OFFICE,
    "route_case": OFFICE,
    "assign_official": DEPARTMENT_TOO,
    "start_review": DEPARTMENT_TOO,
    "add_note": DEPARTMENT_TOO,
    "record_progress": DEPARTMENT_TOO,
    "record_reply": DEPARTMENT_TOO,
    "classify_case": DEPARTMENT_TOO,
    "refer_case": DEPARTMENT_TOO,
    "reopen_case": OFFICE,
    "set_next_review": DEPARTMENT_TOO,
    "set_category": OFFICE,
    "set_petition_kind": OFFICE,  # the kind decides the statutory period: as the category, the office's
    "mark_duplicate": OFFICE,
    "withdraw_case": OFFICE,
    "import_sms_file": OFFICE,
    "import_open311_file": OFFICE,
    "import_open311_requests": OFFICE,
    "save_service_mappings": ADMIN,
    "delete_service_mappings": ADMIN,
    "issue_letter": OFFICE,
    "void_letter": OFFICE,
    "issue_pending_letters": OFFICE,
    "write_letter_files": OFFICE,
    "write_owed_letter_files": OFFICE,
    "save_letter_template": ADMIN,
    "save_city_settings": ADMIN,
    "rename_reference": ADMIN,
    # The office's reading of the Civil Petitions Act: the administrator's alone.
    "add_kind_rule": ADMIN,
    "change_kind_rule": ADMIN,
    "remove_kind_rule": ADMIN,
    "add_deadline_rule": ADMIN,
    "change_deadline_rule": ADMIN,
    "remove_deadline_rule": ADMIN,
    "save_own_contact": EVERYONE,  # one's own phone, fax and e-mail for the letters' closing block
    "request_session": OFFICE,
    "decline_request": OFFICE,
    "cancel_request": OFFICE,
    "schedule_session": OFFICE,
    "reschedule_session": OFFICE,
    "record_held": OFFICE,
    "close_session": OFFICE,
    "cancel_session": OFFICE,
    "record_suggestions": OFFICE,
    "import_ics_sessions": OFFICE,
    "import_ics_file": OFFICE,
    "record_survey": DEPARTMENT_TOO,
    "import_survey_file": OFFICE,
    "add_user": ADMIN,
    "set_role": ADMIN,
    "reset_password": ADMIN,
    "deactivate_user": ADMIN,
    "reactivate_user": ADMIN,
    "reveal_personal_data": DEPARTMENT_TOO,  # an official: their own department's residents only
    "purge_personal_data": ADMIN,
    "save_min_sample": OFFICE,
    "save_retention_years": ADMIN,
    "export_cases": OFFICE,
    "export_open311": OFFICE,
    "export_audit": ADMIN,
    # Sign-off (결재): the department drafts and reviews; the approver may also be the mayor (viewer).
    "draft_letter": DEPARTMENT_TOO,
    "review_draft": DEPARTMENT_TOO,
    "approve_draft": DEPARTMENT_TOO | {"viewer"},
    "return_draft": DEPARTMENT_TOO,
    "resubmit_draft": DEPARTMENT_TOO,
    "draft_reply": DEPARTMENT_TOO,
    # Statutory notices go out as letters, through the office; the department records what comes back.
    "issue_notice": OFFICE,
    "record_supplement": DEPARTMENT_TOO,
    "record_agency_answer": DEPARTMENT_TOO,
    "queue_text_reply": DEPARTMENT_TOO,
    "prepare_linked_replies": DEPARTMENT_TOO,
    "release_for_sending": OFFICE,
    "export_outbox": OFFICE,
    "import_delivery_report": OFFICE,
    "retry_message": DEPARTMENT_TOO,
    "settle_by_hand": DEPARTMENT_TOO,
    "save_outbox_settings": ADMIN,
    "save_place": OFFICE,
    "write_posters": OFFICE,
    "export_briefing": EVERYONE,
    "change_own_password": EVERYONE,  # their own: a deactivated account changes nothing
    "sign_out": EVERYONE | {"deactivated"},  # leaving the desk is always recorded
    "export_monthly_report": EVERYONE,
}


class Office:
    """Two departments, the users of each kind, and a setup user who prepares what each action needs."""

    def __init__(self, tmp_path):
        self.tmp_path = tmp_path
        self.roads = Department.get(Department.code == "도로관리과")
        self.parks = Department.get(Department.code == "공원녹지과")
        self.leads = {
            self.roads.id: Official.create(
                name="김도로", rank="팀장", department=self.roads, is_responsible=True
            ),
            self.parks.id: Official.create(
                name="이공원", rank="과장", department=self.parks, is_responsible=True
            ),
        }
        self.police = Agency.get(Agency.name == "파주경찰서")
        self.setup = ensure_user("setup", display_name="준비", role="admin")
        self.users: dict[str, Actor] = {
            "admin": ensure_user("admin", display_name="정관리", role="admin"),
            "coordinator": ensure_user("coordinator", display_name="김소통"),
            "official_own": ensure_user(
                "roads", display_name="이도로", role="official", department_id=self.roads.id
            ),
            "official_other": ensure_user(
                "parks", display_name="박공원", role="official", department_id=self.parks.id
            ),
            "viewer": ensure_user("mayor", display_name="김시장", role="viewer"),
            "deactivated": ensure_user("gone", display_name="전임자"),
        }
        User.update(active=False).where(User.login == "gone").execute()
        self.counter = 0

    def department_for(self, kind: str) -> Department:
        """The department of the case every user acts on: the roads department, where `official_own`
        works and `official_other` (of the parks department) does not."""
        return self.roads

    # -- preparations, all through the real actions as the setup user

    def case(self, department: Department | None, state: str = "routed") -> cases.CaseChange | int:
        s = self.setup
        case_id = cases.intake_case(
            channel="text",
            text=f"가로등이 꺼졌습니다 {self._n()}",
            submitter_name="홍길동",
            submitter_phone="010-2345-6789",
            received_at=PAST,
            department_id=department.id if department else None,
            actor=s,
        ).case_id
        if state in ("in_review", "resolved", "long_term_review"):
            cases.start_review(case_id=case_id, actor=s, expected_version=None)
        if state == "resolved":
            cases.classify_case(case_id=case_id, classification="resolved", actor=s, expected_version=None)
        if state == "long_term_review":
            cases.classify_case(
                case_id=case_id,
                classification="long_term_review",
                reason_code="large_budget",
                reason_text="예산이 큽니다",
                actor=s,
                expected_version=None,
            )
        return case_id

    def request(self) -> int:
        return sessions.request_session(
            requested_by=f"문산읍 이장단 {self._n()}", unit_type="town", actor=self.setup
        ).request_id

    def session(self, *, starts: D = FUTURE, state: str = "scheduled") -> int:
        start = starts + dt.timedelta(days=self._n())
        session_id = sessions.schedule_session(
            starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
            unit_type="town",
            town_id=Town.get(Town.name == "문산읍").id,
            actor=self.setup,
            confirm_conflicts=True,
        ).session_id
        if state in ("held", "closed"):
            sessions.record_held(
                session_id=session_id, attendees=30, minutes="", actor=self.setup, expected_version=None
            )
        if state == "closed":
            sessions.close_session(session_id=session_id, actor=self.setup, expected_version=None)
        return session_id

    def target_user(self, *, active: bool = True) -> int:
        user = ensure_user(f"target{self._n()}", display_name="대상자")
        if not active:
            User.update(active=False).where(User.id == user.id).execute()
        return user.id

    def _n(self) -> int:
        self.counter += 1
        return self.counter


@dataclass(frozen=True)
class Attempt:
    prepare: Callable[[Office, str], dict]  # (office, kind of user) -> the action's arguments
    call: Callable[..., object]


def _letter_case(o: Office, kind: str) -> int:
    return make_letter_case(o.setup, department=o.department_for(kind).code, name=f"주민{o._n()}")


def _draft(o: Office, kind: str, **line) -> int:
    """A draft of a letter for sign-off on the acting user's case, its line set as the attempt needs
    (the row written directly: the actor of the attempt may be deactivated or of another department)."""
    case_id = _letter_case(o, kind)
    fields = {"drafter": o.setup.id, "reviewer": None, "approver": o.setup.id, "state": "drafted", **line}
    return Approval.create(
        case=case_id, subject="mayor_letter", kind="long_term_review", language="ko", title="제목",
        body="본문", level="mayor", **fields,
    ).id  # fmt: skip


def _paused_case(o: Office, kind: str) -> int:
    case_id = o.case(o.department_for(kind), "in_review")
    notices.issue_notice(
        case_id=case_id, kind="supplement", missing="현장 사진", by_date=dt.date(2031, 6, 1), actor=o.setup
    )
    return case_id


def _referred_case(o: Office, kind: str) -> int:
    case_id = o.case(o.department_for(kind), "in_review")
    cases.refer_case(
        case_id=case_id, agency_id=o.police.id, note="경찰서 소관", actor=o.setup, expected_version=None
    )
    return case_id


def _issued_letter(o: Office, kind: str) -> int:
    case_id = _letter_case(o, kind)
    draft = letter_draft(case_id, "ko")
    return letters.issue_letter(
        case_id=case_id,
        actor=o.setup,
        expected_version=None,
        language="ko",
        subject=draft.subject,
        body=draft.body,
    ).letter_id


ATTEMPTS: dict[str, Attempt] = {
    "intake_case": Attempt(
        lambda o, k: {"channel": "text", "text": "보도블록이 깨졌어요"}, cases.intake_case
    ),
    "route_case": Attempt(
        lambda o, k: {
            "case_id": o.case(o.department_for(k)),
            "department_id": (o.roads if o.department_for(k) == o.parks else o.parks).id,
            "expected_version": None,
        },
        cases.route_case,
    ),
    "assign_official": Attempt(
        lambda o, k: {
            "case_id": o.case(o.department_for(k)),
            "official_id": o.leads[o.department_for(k).id].id,
            "expected_version": None,
        },
        cases.assign_official,
    ),
    "start_review": Attempt(
        lambda o, k: {"case_id": o.case(o.department_for(k)), "expected_version": None}, cases.start_review
    ),
    "add_note": Attempt(
        lambda o, k: {"case_id": o.case(o.department_for(k)), "text": "현장 확인"}, cases.add_note
    ),
    "record_progress": Attempt(
        lambda o, k: {"case_id": o.case(o.department_for(k)), "text": "업체 선정", "expected_version": None},
        cases.record_progress,
    ),
    "record_reply": Attempt(
        lambda o, k: {
            "case_id": o.case(o.department_for(k)),
            "method": "sms",
            "text": "조치했습니다",
            "expected_version": None,
        },
        cases.record_reply,
    ),
    "classify_case": Attempt(
        lambda o, k: {
            "case_id": o.case(o.department_for(k), "in_review"),
            "classification": "resolved",
            "expected_version": None,
        },
        cases.classify_case,
    ),
    "refer_case": Attempt(
        lambda o, k: {
            "case_id": o.case(o.department_for(k), "in_review"),
            "agency_id": o.police.id,
            "note": "신호등은 경찰 소관",
            "expected_version": None,
        },
        cases.refer_case,
    ),
    "reopen_case": Attempt(
        lambda o, k: {
            "case_id": o.case(o.department_for(k), "resolved"),
            "reason": "재민원",
            "expected_version": None,
        },
        cases.reopen_case,
    ),
    "set_next_review": Attempt(
        lambda o, k: {
            "case_id": o.case(o.department_for(k), "long_term_review"),
            "review_on": dt.date(2027, 1, 4),
            "expected_version": None,
        },
        cases.set_next_review,
    ),
    "set_category": Attempt(
        lambda o, k: {"case_id": o.case(o.department_for(k)), "category": "safety", "expected_version": None},
        cases.set_category,
    ),
    "set_petition_kind": Attempt(
        lambda o, k: {"case_id": o.case(o.department_for(k)), "kind": "grievance", "expected_version": None},
        cases.set_petition_kind,
    ),
    "mark_duplicate": Attempt(
        lambda o, k: {
            "case_id": o.case(o.department_for(k)),
            "original_id": o.case(o.department_for(k)),
            "expected_version": None,
        },
        cases.mark_duplicate,
    ),
    "withdraw_case": Attempt(
        lambda o, k: {
            "case_id": o.case(o.department_for(k)),
            "reason": "시험 입력",
            "expected_version": None,
        },
        cases.withdraw_case,
    ),
    "import_sms_file": Attempt(
        lambda o, k: {"path": sms_samples.write_samples(o.tmp_path / f"sms{o._n()}")["gateway_bom.csv"]},
        case_import.import_sms_file,
    ),
    "import_open311_file": Attempt(
        lambda o, k: {"path": _open311_file(o)}, open311_import.import_open311_file
    ),
    "import_open311_requests": Attempt(
        lambda o, k: {"parsed": parse_requests(_open311_bytes(o))}, open311_import.import_open311_requests
    ),
    "save_service_mappings": Attempt(
        lambda o, k: {"mappings": [open311_import.ServiceMapping(f"fms-{o._n()}", "safety")]},
        open311_import.save_service_mappings,
    ),
    "delete_service_mappings": Attempt(
        lambda o, k: {"service_codes": [_service_code(o)]}, open311_import.delete_service_mappings
    ),
    "issue_letter": Attempt(
        lambda o, k: {
            "case_id": _letter_case(o, k),
            "expected_version": None,
            "language": "ko",
            "subject": "회신",
            "body": "본문",
        },
        letters.issue_letter,
    ),
    "draft_letter": Attempt(
        lambda o, k: {
            "case_id": _letter_case(o, k),
            "subject": "mayor_letter",
            "kind": "long_term_review",
            "language": "ko",
            "title": "제목",
            "body": "본문",
            "reviewer_id": None,
            "approver_id": o.setup.id,
        },
        signoff.draft_letter,
    ),  # fmt: skip
    "review_draft": Attempt(
        lambda o, k: {"approval_id": _draft(o, k, reviewer=o.users[k].id)}, signoff.review_draft
    ),
    # As a deputy (대결): any user the table allows may sign for the absent approver (the setup user).
    "approve_draft": Attempt(
        lambda o, k: {"approval_id": _draft(o, k), "deputy": True}, signoff.approve_draft
    ),
    "return_draft": Attempt(
        lambda o, k: {"approval_id": _draft(o, k, reviewer=o.users[k].id), "comment": "보완하세요"},
        signoff.return_draft,
    ),
    "resubmit_draft": Attempt(
        lambda o, k: {
            "approval_id": _draft(o, k, drafter=o.users[k].id, state="returned"),
            "title": "제목",
            "body": "본문",
        },
        signoff.resubmit_draft,
    ),  # fmt: skip
    "draft_reply": Attempt(
        lambda o, k: {
            "case_id": _letter_case(o, k),
            "method": "phone",
            "text": "처리 결과를 알려 드립니다",
            "reviewer_id": None,
            "approver_id": o.setup.id,
        },
        signoff.draft_reply,
    ),
    "issue_notice": Attempt(
        lambda o, k: {
            "case_id": o.case(o.department_for(k), "in_review"),
            "kind": "interim",
            "progress": "설계 중",
            "expected_on": dt.date(2031, 6, 30),
        },
        notices.issue_notice,
    ),  # fmt: skip
    "record_supplement": Attempt(lambda o, k: {"case_id": _paused_case(o, k)}, notices.record_supplement),
    "record_agency_answer": Attempt(
        lambda o, k: {"case_id": _referred_case(o, k), "text": "조치 예정"}, notices.record_agency_answer
    ),
    "void_letter": Attempt(
        lambda o, k: {"letter_id": _issued_letter(o, k), "reason": "주소 오기"}, letters.void_letter
    ),
    "write_letter_files": Attempt(
        lambda o, k: {"letter_ids": [_issued_letter(o, k)], "folder": o.tmp_path / f"letters{o._n()}"},
        letter_batch.write_letter_files,
    ),
    "write_owed_letter_files": Attempt(
        lambda o, k: {"folder": o.tmp_path / f"owed{o._n()}"}, letter_batch.write_owed_letter_files
    ),
    "issue_pending_letters": Attempt(
        lambda o, k: {"case_ids": [_letter_case(o, k)]}, letter_batch.issue_pending_letters
    ),
    "save_letter_template": Attempt(
        lambda o, k: {
            "kind": "unfeasible",
            "language": "ko",
            "subject": "{case_number} 회신",
            "body": "{resident_name} 님께",
            "expected_version": 0,
        },
        letters.save_letter_template,
    ),
    "save_city_settings": Attempt(
        lambda o, k: {"values": {"city.name": "고양시"}}, letters.save_city_settings
    ),
    "rename_reference": Attempt(
        lambda o, k: {
            "kind": "department",
            "row_id": o.department_for("official_own").id,
            "name_ko": "도로관리과",
            "name_en": f"Roads Division {o._n()}",
        },
        reference_names.rename_reference,
    ),
    "add_kind_rule": Attempt(
        lambda o, k: {"category": None, "topic_id": _free_topic(o), "kind": "grievance", "label": "고충"},
        petition_rules.add_kind_rule,
    ),
    "change_kind_rule": Attempt(
        lambda o, k: {"rule_id": _default_kind_rule(), "kind": "other", "label": f"기타민원 {o._n()}"},
        petition_rules.change_kind_rule,
    ),
    "remove_kind_rule": Attempt(
        lambda o, k: {
            "rule_id": petition_rules.add_kind_rule(
                category=None, topic_id=_free_topic(o), kind="grievance", label="고충", actor=o.setup
            ).rule_id
        },
        petition_rules.remove_kind_rule,
    ),
    "add_deadline_rule": Attempt(
        lambda o, k: {**_free_promise(o), "amount": 24, "unit": "hours", "label": "24시간 회신"},
        petition_rules.add_deadline_rule,
    ),
    "change_deadline_rule": Attempt(
        lambda o, k: {
            "rule_id": _statutory_rule("grievance"),
            "amount": 7,
            "unit": "statutory_days",
            "label": f"고충민원 7일 {o._n()}",
        },
        petition_rules.change_deadline_rule,
    ),  # fmt: skip
    "remove_deadline_rule": Attempt(
        lambda o, k: {
            "rule_id": petition_rules.add_deadline_rule(
                **_free_promise(o), amount=24, unit="hours", label="24시간 회신", actor=o.setup
            ).rule_id
        },
        petition_rules.remove_deadline_rule,
    ),
    "save_own_contact": Attempt(
        lambda o, k: {
            "phone": "031-940-4321",
            "fax": "031-940-4329",
            "email": f"u{_own_official(o, k)}@paju.go.kr",
        },
        officials.save_own_contact,
    ),
    "request_session": Attempt(
        lambda o, k: {"requested_by": "교하동 청년회", "unit_type": "youth"}, sessions.request_session
    ),
    "decline_request": Attempt(
        lambda o, k: {"request_id": o.request(), "reason": "일정 없음", "expected_version": None},
        sessions.decline_request,
    ),
    "cancel_request": Attempt(
        lambda o, k: {"request_id": o.request(), "reason": "신청 철회", "expected_version": None},
        sessions.cancel_request,
    ),
    "schedule_session": Attempt(
        lambda o, k: {
            "starts_at": D(2032, 1, 5, 14),
            "ends_at": D(2032, 1, 5, 16),
            "unit_type": "town",
            "confirm_conflicts": True,
        },
        sessions.schedule_session,
    ),
    "reschedule_session": Attempt(
        lambda o, k: {
            "session_id": o.session(),
            "starts_at": D(2033, 2, 7, 10),
            "ends_at": D(2033, 2, 7, 12),
            "expected_version": None,
            "confirm_conflicts": True,
        },
        sessions.reschedule_session,
    ),
    "record_held": Attempt(
        lambda o, k: {
            "session_id": o.session(starts=D(2026, 1, 5, 14)),
            "attendees": 40,
            "minutes": "",
            "expected_version": None,
        },
        sessions.record_held,
    ),
    "close_session": Attempt(
        lambda o, k: {
            "session_id": o.session(starts=D(2026, 1, 5, 14), state="held"),
            "expected_version": None,
        },
        sessions.close_session,
    ),
    "cancel_session": Attempt(
        lambda o, k: {"session_id": o.session(), "reason": "우천", "expected_version": None},
        sessions.cancel_session,
    ),
    "record_suggestions": Attempt(
        lambda o, k: {
            "session_id": o.session(starts=D(2026, 1, 5, 14), state="held"),
            "suggestions": [suggestions.Suggestion(text="마을 진입로 포장", resident_name="박주민")],
        },
        suggestions.record_suggestions,
    ),
    "import_ics_sessions": Attempt(
        lambda o, k: {
            "events": [
                IcsSession(
                    uid=f"office-{o._n()}@city",
                    starts_at=D(2032, 3, 2, 10),
                    ends_at=D(2032, 3, 2, 12),
                    summary="이동시장실 교하동",
                    unit="읍·면·동",
                )
            ]
        },
        session_import.import_ics_sessions,
    ),
    "import_ics_file": Attempt(lambda o, k: {"path": _calendar_file(o)}, session_import.import_ics_file),
    "record_survey": Attempt(
        lambda o, k: {"case_id": o.case(o.department_for(k)), "channel": "call", "satisfaction": 5},
        surveys.record_survey,
    ),
    "import_survey_file": Attempt(
        lambda o, k: {"path": _survey_file(o, k)}, survey_import.import_survey_file
    ),
    "add_user": Attempt(
        lambda o, k: {
            "login": f"new{o._n()}",
            "display_name": "신규",
            "role": "coordinator",
            "password": "새 비밀번호 1234",
        },
        user_actions.add_user,
    ),
    "set_role": Attempt(lambda o, k: {"user_id": o.target_user(), "role": "viewer"}, user_actions.set_role),
    "reset_password": Attempt(
        lambda o, k: {"user_id": o.target_user(), "password": "다시 정한 비밀번호"},
        user_actions.reset_password,
    ),
    "deactivate_user": Attempt(lambda o, k: {"user_id": o.target_user()}, user_actions.deactivate_user),
    "reactivate_user": Attempt(
        lambda o, k: {"user_id": o.target_user(active=False)}, user_actions.reactivate_user
    ),
    "reveal_personal_data": Attempt(
        lambda o, k: {"case_id": o.case(o.department_for(k))}, audit.reveal_personal_data
    ),
    "save_min_sample": Attempt(lambda o, k: {"value": 7}, briefing_settings.save_min_sample),
    "save_retention_years": Attempt(lambda o, k: {"years": 5}, retention.save_retention_years),
    "purge_personal_data": Attempt(lambda o, k: {"older_than_years": 1}, retention.purge_personal_data),
    "export_cases": Attempt(
        lambda o, k: {
            "case_filter": CaseFilter(),
            "sort": CaseSort(),
            "path": o.tmp_path / f"cases{o._n()}.csv",
            "fmt": "csv",
        },
        exports.export_cases,
    ),
    "export_open311": Attempt(
        lambda o, k: {"case_filter": CaseFilter(), "path": o.tmp_path / f"requests{o._n()}.json"},
        exports.export_open311,
    ),
    "change_own_password": Attempt(lambda o, k: _own_password(o, k), user_actions.change_own_password),
    "sign_out": Attempt(lambda o, k: {}, user_actions.sign_out),
    "export_briefing": Attempt(
        lambda o, k: {
            "scope": _briefing_scope(),
            "now": FUTURE,
            "path": o.tmp_path / f"briefing{o._n()}.pdf",
        },
        reports.export_briefing,
    ),
    "export_monthly_report": Attempt(
        lambda o, k: {
            "year": 2026,
            "month": 3,
            "now": FUTURE,
            "path": o.tmp_path / f"report{o._n()}.xlsx",
            "kind": "xlsx",
        },
        reports.export_monthly_report,
    ),
    "export_audit": Attempt(
        lambda o, k: {"audit_filter": AuditFilter(), "path": o.tmp_path / f"audit{o._n()}.csv"},
        exports.export_audit,
    ),
    "queue_text_reply": Attempt(
        lambda o, k: {"case_id": o.case(o.department_for(k)), "text": "조치했습니다"}, outbox.queue_text_reply
    ),
    "prepare_linked_replies": Attempt(
        lambda o, k: {"case_id": o.case(o.department_for(k)), "text": "{이름}님, 조치했습니다"},
        linked_replies.prepare_linked_replies,
    ),
    "release_for_sending": Attempt(lambda o, k: {"message_ids": _drafts(o, k)}, outbox.release_for_sending),
    "export_outbox": Attempt(
        lambda o, k: {"path": o.tmp_path / f"send{o._n()}.csv"} if _pending(o, k) else {},
        outbox.export_outbox,
    ),
    "import_delivery_report": Attempt(
        lambda o, k: {"path": _report(o, k, "성공")}, outbox.import_delivery_report
    ),
    "retry_message": Attempt(lambda o, k: {"message_id": _failed(o, k)}, outbox.retry_message),
    "settle_by_hand": Attempt(
        lambda o, k: {"message_id": _failed(o, k), "how": "phoned", "note": "전화 안내"},
        outbox.settle_by_hand,
    ),
    "save_outbox_settings": Attempt(
        lambda o, k: {"values": {"outbox.mayor_number": "010-2345-6789"}}, outbox.save_outbox_settings
    ),
    "save_place": Attempt(lambda o, k: {"name": f"공원{o._n()}"}, places.save_place),
    "write_posters": Attempt(lambda o, k: {"folder": _poster_folder(o)}, places.write_posters),
}


def _free_topic(o) -> int:
    """A topic no kind rule names yet (each attempt needs its own)."""
    from civicdesk_gui.store.models import KindRule, Topic

    taken = {r.topic_id for r in KindRule.select() if r.topic_id is not None}
    return next(t.id for t in Topic.select().order_by(Topic.id) if t.id not in taken)


def _default_kind_rule() -> int:
    from civicdesk_gui.store.models import KindRule

    return KindRule.get(KindRule.category.is_null() & KindRule.topic.is_null()).id


def _statutory_rule(kind: str) -> int:
    from civicdesk_gui.store.models import DeadlineRule

    return DeadlineRule.get((DeadlineRule.clock == "statutory") & (DeadlineRule.kind == kind)).id


def _free_promise(o) -> dict:
    """A channel and category no promise rule names yet."""
    from civicdesk_gui.store.models import Category, Channel, DeadlineRule

    taken = {
        (r.channel_id, r.category_id) for r in DeadlineRule.select().where(DeadlineRule.clock == "promise")
    }
    for channel in Channel.select().order_by(Channel.id):
        for category in Category.select().order_by(Category.id):
            if (channel.id, category.id) not in taken:
                return {"clock": "promise", "kind": None, "channel": channel.code, "category": category.code}
    raise AssertionError("no free channel and category")


def _own_official(o, kind) -> int:
    """The user's account linked to an official (the letters print that official's contact)."""
    official = o.leads[o.roads.id]
    User.update(official=official.id).where(User.id == o.users[kind].id).execute()
    return o._n()


def _drafts(o, kind) -> list[int]:
    case_id = o.case(o.department_for(kind))
    return linked_replies.prepare_linked_replies(
        case_id=case_id, text="조치했습니다", actor=o.setup
    ).message_ids


def _pending(o, kind) -> bool:
    outbox.queue_text_reply(case_id=o.case(o.department_for(kind)), text="조치했습니다", actor=o.setup)
    return True


def _handed_over(o, kind) -> int:
    case_id = o.case(o.department_for(kind))
    (message_id,) = outbox.queue_text_reply(case_id=case_id, text="조치했습니다", actor=o.setup).message_ids
    outbox.export_outbox(actor=o.setup, path=o.tmp_path / f"setup{o._n()}.csv")
    return message_id


def _report(o, kind, result: str):
    message_id = _handed_over(o, kind)
    path = o.tmp_path / f"report{o._n()}.csv"
    path.write_text(f"참조번호,결과,사유\nCD{message_id:08d},{result},결번\n", encoding="utf-8")
    return path


def _failed(o, kind) -> int:
    path = _report(o, kind, "실패")
    outbox.import_delivery_report(path, actor=o.setup)
    return int(path.read_text(encoding="utf-8").splitlines()[1][2:10])


def _poster_folder(o):
    outbox.save_outbox_settings(values={"outbox.mayor_number": "010-2345-6789"}, actor=o.setup)
    places.save_place(name=f"공원{o._n()}", actor=o.setup)
    folder = o.tmp_path / f"posters{o._n()}"
    folder.mkdir()
    return folder


def _own_password(o: Office, kind: str) -> dict:
    user_actions.reset_password(user_id=o.users[kind].id, password="지금 비밀번호 2026", actor=o.setup)
    return {"current": "지금 비밀번호 2026", "password": f"새 비밀번호 {o._n()} 2027"}


def _briefing_scope():
    from civicdesk_gui.domain.periods import period_for
    from civicdesk_gui.queries.briefing import Scope

    return Scope(period_for("this_month", FUTURE.date()))


def _fingerprint() -> str:
    """Every row of every table, hashed: equal before and after means nothing was written."""
    digest = hashlib.sha256()
    db = database_proxy.obj
    for model in MODELS + LETTER_MODELS:
        table = model._meta.table_name
        primary = model._meta.primary_key
        names = getattr(primary, "field_names", None) or (primary.name,)  # a composite key: every part
        key = ", ".join(f'"{model._meta.fields[name].column_name}"' for name in names)
        for row in db.execute_sql(f'SELECT * FROM "{table}" ORDER BY {key}').fetchall():
            digest.update(repr((table, row)).encode())
    return digest.hexdigest()


def _calendar_file(o):
    """A one-event office calendar, as the secretary's calendar program exports it."""
    n = o._n()
    path = o.tmp_path / f"office{n}.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Office//KO\r\nBEGIN:VEVENT\r\n"
        f"UID:file-{n}@city\r\nDTSTART;TZID=Asia/Seoul:20320302T100000\r\n"
        "DTEND;TZID=Asia/Seoul:20320302T120000\r\nSUMMARY:이동시장실 교하동\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return path


def _open311_bytes(o) -> bytes:
    """One service request of another system (FixMyStreet), with an id never imported before."""
    request = {
        "service_request_id": f"fms-{o._n()}",
        "status": "open",
        "service_code": "safety",
        "description": "보도블록이 깨졌어요",
        "requested_datetime": "2026-10-20T09:00:00+09:00",
    }
    return json.dumps([request], ensure_ascii=False).encode()


def _open311_file(o):
    path = o.tmp_path / f"requests{o._n()}.json"
    path.write_bytes(_open311_bytes(o))
    return path


def _service_code(o) -> str:
    code = f"fms-{o._n()}"
    open311_import.save_service_mappings(
        mappings=[open311_import.ServiceMapping(code, "safety")], actor=o.setup
    )
    return code


def _survey_file(o, kind):
    """Answers to one case's satisfaction survey, as a call centre's spreadsheet exports them."""
    from civicdesk_gui.store.models import Case

    number = Case.get_by_id(o.case(o.department_for(kind))).number
    path = o.tmp_path / f"surveys{o._n()}.csv"
    path.write_text(f"접수번호,조사일시,조사방법,만족도\n{number},2026-10-20,전화,5\n", encoding="utf-8-sig")
    return path


def test_every_action_is_in_the_matrix():
    """The matrix covers every public action function (a new action needs a row here)."""
    import inspect

    modules = (
        audit,
        briefing_settings,
        case_import,
        cases,
        exports,
        letter_batch,
        letters,
        open311_import,
        linked_replies,
        officials,
        outbox,
        petition_rules,
        places,
        reference_names,
        reports,
        retention,
        session_import,
        sessions,
        suggestions,
        survey_import,
        surveys,
        user_actions,
        signoff,
        notices,
    )
    found = {
        name
        for module in modules
        for name, fn in inspect.getmembers(module, inspect.isfunction)
        if fn.__module__ == module.__name__
        and "actor" in inspect.signature(fn).parameters
        and not name.startswith("_")
    }
    helpers = {
        "count_as_reply",
        "draft_for_group",
        "append_audit",
        "actor_for",
        "write_survey",
        "add_message",
        "intake_row",  # a new case's columns, for intake_case and the import's batches
    }  # pieces of actions
    assert found - helpers == set(EXPECTED) == set(ATTEMPTS)


def test_the_table_agrees_with_the_matrix():
    """domain/permissions.py says the same as EXPECTED for the roles without a department scope."""
    assert len(EXPECTED) * len(KINDS) == 498  # the matrix size quoted in the README
    for role in ("admin", "coordinator", "viewer"):
        allowed_actions = {p for p in permissions.RULES if permissions.allows(role, p)}
        assert allowed_actions, role


@pytest.mark.parametrize("action", sorted(EXPECTED))
def test_each_kind_of_user_is_allowed_or_refused_without_a_trace(action, any_db, tmp_path):
    office = Office(tmp_path)
    attempt = ATTEMPTS[action]
    problems = []
    for kind in KINDS:
        arguments = attempt.prepare(office, kind)
        before = _fingerprint()
        try:
            attempt.call(actor=office.users[kind], **arguments)
        except PermissionDenied as refused:
            if kind in EXPECTED[action]:
                problems.append(f"{kind}: refused ({refused})")
            elif _fingerprint() != before:
                problems.append(f"{kind}: refused, but something was written")
            elif kind == "deactivated":
                assert refused.code == "permission.inactive"
            elif kind == "official_other" and action in {
                a for a, ks in EXPECTED.items() if "official_own" in ks
            }:
                assert refused.code == "permission.other_department", refused.code
            continue
        if kind not in EXPECTED[action]:
            problems.append(f"{kind}: allowed, but should be refused")
    assert not problems, f"{action}:\n" + "\n".join(problems)

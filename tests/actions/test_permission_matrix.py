"""The whole role × action matrix, on SQLite and PostgreSQL: every action in actions/ is called by
every kind of user, and is either done or refused with PermissionDenied — and a refusal writes nothing
(every table's rows are the same before and after).

EXPECTED below is written out by hand, independently of domain/permissions.py: changing who may do
what is a decision, and this table says it in one place a reviewer reads."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from civicdesk_gui.actions import (
    audit,
    case_import,
    cases,
    exports,
    letter_batch,
    letters,
    reports,
    retention,
    session_import,
    sessions,
    survey_import,
    surveys,
)
from civicdesk_gui.actions import session_suggestions as suggestions
from civicdesk_gui.actions import users as user_actions
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.documents.session_ics import IcsSession
from civicdesk_gui.domain import permissions
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.errors import PermissionDenied
from civicdesk_gui.queries.audit import AuditFilter
from civicdesk_gui.queries.case_list import CaseFilter, CaseSort
from civicdesk_gui.queries.letters import letter_draft
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.letter_models import LETTER_MODELS
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
    "mark_duplicate": OFFICE,
    "withdraw_case": OFFICE,
    "import_sms_file": OFFICE,
    "issue_letter": OFFICE,
    "void_letter": OFFICE,
    "issue_pending_letters": OFFICE,
    "write_letter_files": OFFICE,
    "write_owed_letter_files": OFFICE,
    "save_letter_template": ADMIN,
    "save_city_settings": ADMIN,
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
    "save_retention_years": ADMIN,
    "export_cases": OFFICE,
    "export_audit": ADMIN,
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
}


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
        key = model._meta.primary_key.column_name
        for row in db.execute_sql(f'SELECT * FROM "{table}" ORDER BY "{key}"').fetchall():
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
        case_import,
        cases,
        exports,
        letter_batch,
        letters,
        reports,
        retention,
        session_import,
        sessions,
        suggestions,
        survey_import,
        surveys,
        user_actions,
    )
    found = {
        name
        for module in modules
        for name, fn in inspect.getmembers(module, inspect.isfunction)
        if fn.__module__ == module.__name__
        and "actor" in inspect.signature(fn).parameters
        and not name.startswith("_")
    }
    helpers = {"count_as_reply", "append_audit", "actor_for", "write_survey"}  # pieces of actions
    assert found - helpers == set(EXPECTED) == set(ATTEMPTS)


def test_the_table_agrees_with_the_matrix():
    """domain/permissions.py says the same as EXPECTED for the roles without a department scope."""
    assert len(EXPECTED) * len(KINDS) == 294  # the matrix size quoted in the README
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

"""Who may do what: one table of role × action, with the scope each role has (DOMAIN.md §6).

Every action asks it (actions/permission.py `require`, inside its transaction, with the case when the
answer depends on the case's department); the GUI asks it too, to disable what the role may not do
and to say why in a tooltip — no widget holds a rule of its own. No Qt, no SQL.

Roles:
- admin — the office's administrator: settings, users, templates, reference data, the audit log; and
  the coordinator's work, since a small office's administrator is its senior coordinator (a one-desk
  office has one person, who must be able to work).
- coordinator — the communication office: every case, sessions, letters, exports.
- official — a department official: the cases of their own department only — notes, progress,
  replies, review and classification (refer included: it is an outcome of review); never routing a case
  elsewhere, taking one in, or issuing the mayor's letter.
- viewer — the mayor or chief of staff: reads the briefing, cases and letters; writes nothing but the
  sign-off (결재) of the letters that go out in the mayor's name.

Scopes: ALL (any case), OWN_DEPARTMENT (only cases routed to the actor's department). A role not listed
for an action may not do it. "case.view_personal" is here already for the masking of personal data:
lists, exports and the detail pane will ask it before showing a resident's name or phone.
"""

from __future__ import annotations

from typing import Any

from civicdesk_gui.domain.vocabulary import Term, index_terms
from civicdesk_gui.errors import PermissionDenied

ALL = "all"
OWN_DEPARTMENT = "own_department"

ROLES = index_terms(
    Term("admin", "관리자", "Administrator"),
    Term("coordinator", "코디네이터", "Coordinator"),
    Term("official", "부서 담당자", "Department official"),
    Term("viewer", "열람자", "Viewer (mayor)"),
)

# What each permission is called where a refusal or a tooltip names it.
ACTIONS = index_terms(
    Term("case.read", "민원 열람", "read cases"),
    Term("case.intake", "민원 접수", "register a case"),
    Term("case.import", "문자 가져오기", "import text messages"),
    Term("case.import_open311", "Open311 민원 가져오기", "import Open311 service requests"),
    Term("case.route", "부서 배정", "route a case to a department"),
    Term("case.assign", "담당자 지정", "assign an official"),
    Term("case.start_review", "검토 시작", "start the review"),
    Term("case.note", "내부 메모", "add a note"),
    Term("case.progress", "진행 상황 갱신", "record progress"),
    Term("case.reply", "회신 기록", "record a reply"),
    Term("case.classify", "처리 결과 분류", "classify a case"),
    Term("case.refer", "타기관 이송", "refer a case to an agency"),
    Term("case.reopen", "재검토", "reopen a case"),
    Term("case.next_review", "다음 검토일 지정", "set the next review date"),
    Term("case.categorise", "분야 지정", "set the category"),
    Term("case.duplicate", "중복 민원 연결", "mark a duplicate"),
    Term("case.withdraw", "민원 철회", "withdraw a case"),
    Term("case.export", "민원 목록 내보내기", "export cases"),
    Term("case.survey", "만족도 조사 기록", "record a satisfaction survey"),
    Term("case.survey_import", "만족도 조사 가져오기", "import satisfaction surveys"),
    Term("case.view_personal", "민원인 개인정보 열람", "see residents' personal data"),
    Term("case.purge", "보존기간 지난 개인정보 파기", "anonymise personal data past the retention period"),
    Term("letter.issue", "시장 서명 회신문 발송", "issue a mayor-signed letter"),
    Term("letter.void", "회신문 취소", "void a letter"),
    Term("letter.template", "회신문 서식 편집", "edit letter templates"),
    Term("signoff.draft", "결재 기안", "draft a letter for sign-off"),
    Term("signoff.review", "결재 검토", "review a draft"),
    Term("signoff.approve", "결재", "approve a draft (결재)"),
    Term("settings.office", "기관 설정 변경", "change the office settings"),
    Term("settings.briefing", "현황 보고 설정 변경", "change the briefing's minimum sample"),
    Term("settings.service_codes", "Open311 서비스 코드 표 편집", "edit the Open311 service-code table"),
    Term("reference.edit", "기준 정보 이름 변경", "rename reference data"),
    Term("rules.edit", "민원 종류·처리기간 규칙 편집", "edit the petition kinds and periods"),
    Term("profile.contact", "본인 연락처 변경", "change one's own phone, fax and e-mail"),
    Term("session.request", "이동시장실 신청 등록", "register a session request"),
    Term("session.decide_request", "신청 반려·취소", "decline or cancel a request"),
    Term("session.schedule", "이동시장실 일정 등록", "schedule a session"),
    Term("session.edit", "이동시장실 일정 변경", "move or edit a session"),
    Term("session.record", "개최·종료 기록", "record a session as held or closed"),
    Term("session.cancel", "이동시장실 취소", "cancel a session"),
    Term("session.suggestions", "현장 건의 입력", "record a session's suggestions"),
    Term("session.import", "달력 가져오기", "import a calendar"),
    Term("database.backup", "데이터베이스 백업", "back up the database"),
    Term("database.restore", "백업에서 복원", "restore the database from a backup"),
    Term("outbox.release", "회신 발송 승인", "approve replies for sending"),
    Term("outbox.send", "문자 발송 파일 전달", "hand texts to the gateway"),
    Term("outbox.report", "전달 결과 가져오기", "import a delivery report"),
    Term("outbox.follow_up", "미전달 회신 처리", "retry or phone an undelivered reply"),
    Term("places.manage", "QR 장소 관리", "manage the QR poster places"),
    Term("users.manage", "사용자 관리", "manage users"),
    Term("audit.view", "감사 기록 열람", "read the audit log"),
)

_OFFICE = {"admin": ALL, "coordinator": ALL}  # the communication office: admin and coordinators
_DEPARTMENT_TOO = {**_OFFICE, "official": OWN_DEPARTMENT}
_ADMIN = {"admin": ALL}
_EVERYONE = {"admin": ALL, "coordinator": ALL, "official": ALL, "viewer": ALL}

# action -> role -> scope. The one place these rules live.
RULES: dict[str, dict[str, str]] = {
    "case.read": _EVERYONE,  # the briefing, lists and details (personal data: case.view_personal)
    "case.intake": _OFFICE,
    "case.import": _OFFICE,
    "case.import_open311": _OFFICE,  # another system's requests become cases like the gateway's texts
    "case.route": _OFFICE,  # an official never routes a case elsewhere
    "case.assign": _DEPARTMENT_TOO,  # within the department: assign_official checks the official's
    "case.start_review": _DEPARTMENT_TOO,
    "case.note": _DEPARTMENT_TOO,
    "case.progress": _DEPARTMENT_TOO,
    "case.reply": _DEPARTMENT_TOO,
    "case.classify": _DEPARTMENT_TOO,
    "case.refer": _DEPARTMENT_TOO,
    "case.reopen": _OFFICE,
    "case.next_review": _DEPARTMENT_TOO,
    "case.categorise": _OFFICE,
    "case.duplicate": _OFFICE,
    "case.withdraw": _OFFICE,
    "case.export": _OFFICE,
    "case.survey": _DEPARTMENT_TOO,  # whoever called the resident back types the answers in
    "case.survey_import": _OFFICE,
    "case.view_personal": _DEPARTMENT_TOO,
    "case.purge": _ADMIN,  # retention: one audited action of the administrator
    "letter.issue": _OFFICE,  # the mayor's letter goes out through the communication office
    "letter.void": _OFFICE,
    "letter.template": _ADMIN,
    # Sign-off (결재, domain/signoff.py): officials draft and review their department's letters; the
    # approver may be a department head (전결), the office, or the mayor (viewer) for the mayor's letters.
    "signoff.draft": _DEPARTMENT_TOO,
    "signoff.review": _DEPARTMENT_TOO,
    "signoff.approve": {**_DEPARTMENT_TOO, "viewer": ALL},
    "settings.office": _ADMIN,
    "settings.briefing": _OFFICE,  # the office that reads the department table decides its sample
    "settings.service_codes": _ADMIN,  # reference data: what another system's codes mean here
    "reference.edit": _ADMIN,  # departments, agencies, topics, channels, categories in both languages
    "rules.edit": _ADMIN,  # the kind rules and the deadline rules: the office's reading of the Act
    "profile.contact": _EVERYONE,  # one's own contact as a letter's closing block prints it
    "session.request": _OFFICE,
    "session.decide_request": _OFFICE,
    "session.schedule": _OFFICE,
    "session.edit": _OFFICE,
    "session.record": _OFFICE,
    "session.cancel": _OFFICE,
    "session.suggestions": _OFFICE,
    "session.import": _OFFICE,
    "database.backup": _OFFICE,  # and the number of daily copies kept
    "database.restore": _ADMIN,  # it replaces everyone's work since the backup
    # The reply outbox: replies leave through the communication office. Sign-off (결재) will narrow
    # "outbox.release" to whoever the 전결 rules name; until then the office releases them.
    "outbox.release": _OFFICE,
    "outbox.send": _OFFICE,
    "outbox.report": _OFFICE,
    "outbox.follow_up": _DEPARTMENT_TOO,  # whoever phones the resident records it
    "places.manage": _OFFICE,
    "users.manage": _ADMIN,
    "audit.view": _ADMIN,
}

assert set(RULES) == set(ACTIONS), "every permission has a rule and a name"


def scope(role: str, action: str) -> str | None:
    """ALL, OWN_DEPARTMENT, or None (not allowed at all)."""
    if action not in RULES:
        raise KeyError(f"unknown permission {action!r}")
    return RULES[action].get(role)


def refusal(
    role: str,
    action: str,
    *,
    active: bool = True,
    actor_department_id: int | None = None,
    case_department_id: int | None = None,
    on_case: bool = False,
) -> PermissionDenied | None:
    """None when the role may do `action` (on a case routed to `case_department_id`, when `on_case`);
    otherwise the error saying why not — the action raises it, the GUI shows it as a tooltip.
    Without a case, a department-scoped role is allowed: its own cases exist."""
    if not active:
        return PermissionDenied("permission.inactive")
    granted = scope(role, action)
    if granted is None:
        return PermissionDenied("permission.denied", {"role": role, "action": action})
    if granted == OWN_DEPARTMENT:
        if actor_department_id is None:
            return PermissionDenied("permission.no_department", {"action": action})
        if on_case and case_department_id != actor_department_id:
            return PermissionDenied("permission.other_department", {"action": action})
    return None


def allows(role: str, action: str, **case: Any) -> bool:
    return refusal(role, action, **case) is None


def roles_allowed(action: str) -> list[str]:
    """The roles that may do `action` (in any scope), in ROLES order: for a tooltip."""
    return [role for role in ROLES if role in RULES[action]]

"""Cases that are due a letter, made through the real actions (shared by the letters tests)."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.actions.cases import classify_case, intake_case, start_review
from civicdesk_gui.store.models import Department, Official

REASON = "해당 구간은 사유지 편입과 약 38억 원의 사업비가 필요하여 2027년 본예산 편성 때 다시 검토하겠습니다."


def make_letter_case(
    actor,
    *,
    name: str = "김영희",
    department: str = "도로관리과",
    classification: str = "long_term_review",
    reason_code: str = "large_budget",
    reason_text: str = REASON,
    text: str = "문산읍 당동리 통학로에 보도를 설치해 주세요. 아이들이 차도로 걸어 다닙니다.",
) -> int:
    dept = Department.get(Department.code == department)
    official = Official.get_or_none(Official.department == dept)
    if official is None:
        official = Official.create(name="박민수", rank="주무관", department=dept, phone="031-940-4311")
    result = intake_case(
        channel="text",
        text=text,
        actor=actor,
        received_at=dt.datetime(2026, 10, 2, 9, 30),
        submitter_name=name,
        submitter_phone="010-1234-5678",
        submitter_address="경기도 파주시 문산읍 당동1로 12",
        department_id=dept.id,
    )
    change = start_review(case_id=result.case_id, actor=actor, expected_version=None)
    classify_case(
        case_id=result.case_id,
        classification=classification,
        reason_code=reason_code,
        reason_text=reason_text,
        actor=actor,
        expected_version=change.version,
    )
    return result.case_id

"""A small, known set of cases for list, search and screen tests, made through the real actions."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.actions import cases as actions
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.store.models import Agency, Case, Department, Session, Town

# A Wednesday morning: no holiday near it, so the 48-hour promise is plain calendar arithmetic.
NOW = dt.datetime(2026, 11, 18, 9, 0)


def department_id(name: str) -> int:
    return Department.get(Department.name == name).id


def town_id(name: str) -> int:
    return Town.get(Town.name == name).id


def _version(case_id: int) -> int:
    return Case.get_by_id(case_id).version


def make_sample_cases(actor: Actor) -> dict[str, int]:
    """Eight cases, one per situation a saved view or filter must tell apart; returns name -> id."""
    session = Session.create(
        number="S2026-0001",
        title="문산읍 이동시장실",
        starts_at=NOW - dt.timedelta(days=2),
        ends_at=NOW - dt.timedelta(days=2) + dt.timedelta(hours=2),
        unit_type="town",
        ics_uid="s1@civicdesk",
    )
    ids: dict[str, int] = {}

    def intake(name: str, hours_ago: float, text: str, **kwargs) -> int:
        result = actions.intake_case(
            channel=kwargs.pop("channel", "text"),
            text=text,
            actor=actor,
            received_at=NOW - dt.timedelta(hours=hours_ago),
            at=NOW - dt.timedelta(hours=hours_ago),
            **kwargs,
        )
        ids[name] = result.case_id
        return result.case_id

    roads = department_id("도로관리과")
    parks = department_id("공원녹지과")
    # The first three are grievances (고충민원, 7 days), so the 48-hour promise is the clock these
    # situations turn on; a 기타민원's 3 working hours would be the nearest clock of each.
    # Promise (48 h) passed a day ago, never answered.
    intake(
        "overdue",
        72,
        "보도블록이 깨져서 어르신들이 넘어질 뻔했습니다",
        submitter_name="김민준",
        submitter_phone="010-1234-5678",
        town_id=town_id("문산읍"),
        category="civil_complaint",
        department_id=roads,
        petition_kind="grievance",
    )
    # Promise falls due at 17:00 today.
    intake(
        "due_today",
        40,
        "공원 내 고사목이 쓰러질 것 같아 위험합니다",
        submitter_name="이서연",
        submitter_phone="010-2222-3333",
        town_id=town_id("교하동"),
        category="civil_complaint",
        department_id=parks,
        petition_kind="grievance",
    )
    # Just received: 47 hours left.
    intake(
        "fresh",
        1,
        "불법 주정차 때문에 아이들 통학길이 위험해요",
        submitter_name="박도윤",
        town_id=town_id("운정1동"),
        petition_kind="grievance",
    )
    # Answered: no promise clock running.
    replied = intake(
        "replied",
        30,
        "가로등이 며칠째 꺼져 있어요",
        submitter_name="최하은",
        category="civil_complaint",
        department_id=roads,
    )
    actions.record_reply(
        case_id=replied,
        method="sms",
        text="수리 요청했습니다",
        actor=actor,
        expected_version=_version(replied),
        at=NOW - dt.timedelta(hours=20),
    )
    # Long-term review, next review date passed, no reply yet: management list and awaiting letter.
    long_term = intake(
        "long_term",
        24 * 100,
        "순환버스 노선을 신설해 주십시오. 공원 앞 정류장이 필요합니다",
        channel="mobile_office",
        session_id=session.id,
        category="policy_suggestion",
        department_id=department_id("대중교통과"),
    )
    actions.start_review(
        case_id=long_term, actor=actor, expected_version=_version(long_term), at=NOW - dt.timedelta(days=99)
    )
    actions.classify_case(
        case_id=long_term,
        classification="long_term_review",
        reason_code="large_budget",
        reason_text="예산 확보가 필요합니다",
        next_review_on=(NOW - dt.timedelta(days=5)).date(),
        actor=actor,
        expected_version=_version(long_term),
        at=NOW - dt.timedelta(days=98),
    )
    # Referred to the police.
    referred = intake(
        "referred",
        24 * 10,
        "횡단보도 신호 시간이 너무 짧습니다",
        category="safety",
        department_id=department_id("교통정책과"),
    )
    actions.start_review(
        case_id=referred, actor=actor, expected_version=_version(referred), at=NOW - dt.timedelta(days=9)
    )
    actions.refer_case(
        case_id=referred,
        agency_id=Agency.get(Agency.name == "파주경찰서").id,
        note="경찰서 소관입니다",
        actor=actor,
        expected_version=_version(referred),
        at=NOW - dt.timedelta(days=9),
    )
    # Gratitude, acknowledged: owes no reply.
    thanks = intake("thanks", 5, "빠른 처리에 감사드립니다", category="gratitude")
    actions.classify_case(
        case_id=thanks,
        classification="acknowledged",
        actor=actor,
        expected_version=_version(thanks),
        at=NOW - dt.timedelta(hours=4),
    )
    # A case from another user, older than everything else.
    from civicdesk_gui.actions.actor import ensure_user

    other = ensure_user("other", display_name="다른 사용자")
    result = actions.intake_case(
        channel="phone",
        text="하수구 악취가 심합니다",
        actor=other,
        received_at=NOW - dt.timedelta(days=200),
        at=NOW - dt.timedelta(days=200),
        category="civil_complaint",
    )
    ids["other_user"] = result.case_id
    return ids

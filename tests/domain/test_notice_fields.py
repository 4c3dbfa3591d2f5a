"""A notice's facts read back from its text (domain/notices.notice_fields, the inverse of notice_text):
what an approved draft said is what the case's clock is moved by when it is issued."""

from __future__ import annotations

import datetime as dt

import pytest

from civicdesk_gui.domain import notices

BASE = {
    "number": "2026-000123",
    "summary": "통학로에 보도를 설치해 주세요",
    "received_at": dt.datetime(2026, 9, 21, 10, 0),
    "contact": "도로관리과 박민수 주무관",
    "phone": "031-940-4311",
}


@pytest.mark.parametrize(
    ("kind", "facts", "expected"),
    [
        (
            "interim",
            {"progress": "설계 용역을 발주했습니다: 3월 착공", "expected_on": dt.date(2027, 3, 31)},
            {"progress": "설계 용역을 발주했습니다: 3월 착공", "expected_on": dt.date(2027, 3, 31)},
        ),
        (
            "extension",
            {"reason": "관계 기관 협의", "new_due": dt.datetime(2026, 11, 3, 18, 0), "consent_on": None},
            {"reason": "관계 기관 협의", "new_due": dt.date(2026, 11, 3)},
        ),
        (
            "extension",
            {
                "reason": "추가 협의",
                "new_due": dt.datetime(2026, 11, 6, 18, 0),
                "consent_on": dt.date(2026, 11, 2),
            },
            {"reason": "추가 협의", "new_due": dt.date(2026, 11, 6), "consent_on": dt.date(2026, 11, 2)},
        ),
        (
            "transfer",
            {
                "agency": "파주경찰서",
                "agency_phone": "031-123-0112",
                "reason": "신호 체계는 경찰서 소관",
                "transferred_on": dt.date(2026, 10, 1),
            },  # fmt: skip
            {"reason": "신호 체계는 경찰서 소관"},
        ),
        (
            "supplement",
            {"missing": "현장 사진 2장", "by_date": dt.date(2026, 10, 9)},
            {"missing": "현장 사진 2장", "by_date": dt.date(2026, 10, 9)},
        ),
    ],
)
def test_the_facts_read_back_are_those_written(kind, facts, expected):
    _title, body = notices.notice_text(kind, {**BASE, **facts})
    assert notices.notice_fields(kind, body) == expected


def test_other_facts_read_back_differently():
    _title, one = notices.notice_text(
        "supplement", {**BASE, "missing": "현장 사진", "by_date": dt.date(2026, 10, 9)}
    )
    _title, other = notices.notice_text(
        "supplement", {**BASE, "missing": "현장 사진", "by_date": dt.date(2026, 10, 12)}
    )
    assert notices.notice_fields("supplement", one) != notices.notice_fields("supplement", other)

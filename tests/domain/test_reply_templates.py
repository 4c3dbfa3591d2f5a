"""Reply templates: the right ones for a case, filled with its fields, gaps left visible."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.domain.reply_templates import ReplyFields, fill, gist, template, templates_for

FIELDS = ReplyFields(
    name="홍길동",
    number="2026-000123",
    department="도로관리과",
    classification="long_term_review",
    summary="금촌역 앞 보도블록이 깨져서 넘어질 뻔했습니다. 전면 재포장 부탁드립니다.",
    reason_code="large_budget",
    reason_text="전면 재포장에 약 3억 원이 들어 내년 본예산에 반영해 검토합니다",
    next_review_on=dt.date(2027, 2, 20),
)


def test_most_specific_template_first():
    assert [t.code for t in templates_for(category="safety", classification="resolved")] == [
        "resolved_safety",
        "resolved",
    ]
    open_codes = [t.code for t in templates_for(category="civil_complaint", classification=None)]
    assert open_codes == ["received", "progress"]
    assert "gratitude" in [t.code for t in templates_for(category="gratitude", classification="acknowledged")]
    assert [t.code for t in templates_for(category=None, classification="referred")] == [
        "referred",
        "progress",
    ]


def test_long_term_review_is_filled_with_the_case_fields():
    text = fill(template("long_term_review"), FIELDS)
    assert text.startswith(
        "홍길동님, 말씀하신 「금촌역 앞 보도블록이 깨져서 넘어질 뻔했습니다」 건(접수번호 2026-000123)"
    )
    assert "예산 과다 문제로" in text
    assert "내년 본예산에 반영해 검토합니다. 2027. 02. 20.에 다시 검토하겠습니다." in text
    assert "{" not in text


def test_missing_values_stay_visible_as_placeholders():
    text = fill(template("referred"), ReplyFields(name="김영희", summary="신호등 설치"))
    assert "{기관}" in text and "김영희님" in text and "「신호등 설치」" in text


def test_gist_is_the_first_sentence_cut_short():
    assert gist("가로등이 꺼졌어요! 빨리 와 주세요") == "가로등이 꺼졌어요"
    long = gist("가" * 50)
    assert len(long) == 30 and long.endswith("…")

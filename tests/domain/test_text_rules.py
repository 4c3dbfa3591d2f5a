"""Case numbers and the text rules behind summaries and likely duplicates."""

from __future__ import annotations

from civicdesk_gui.domain.numbering import case_counter_name, format_case_number
from civicdesk_gui.domain.similarity import DUPLICATE_THRESHOLD, summary_of, text_similarity


def test_case_number_format_and_counter_per_year():
    assert format_case_number(2026, 123) == "2026-000123"
    assert case_counter_name(2026) != case_counter_name(2027)


def test_similarity_sees_korean_with_different_particles_as_alike():
    a = "운정호수공원 산책로 옆 소나무가 말라 죽어 있습니다"
    b = "운정호수공원 산책로 옆 소나무들이 말라 죽어 있습니다"
    c = "금촌역 앞 불법 주차 단속 부탁드립니다"
    assert text_similarity(a, a) == 1.0
    assert text_similarity(a, b) >= DUPLICATE_THRESHOLD
    assert text_similarity(a, c) < 0.1
    assert text_similarity("", a) == 0.0


def test_summary_is_the_first_line_cut_for_the_list():
    assert summary_of("\n  가로등이 꺼졌습니다.  \n빨리 고쳐 주세요") == "가로등이 꺼졌습니다."
    long = "가" * 200
    assert summary_of(long) == "가" * 119 + "…"
    assert len(summary_of(long)) == 120

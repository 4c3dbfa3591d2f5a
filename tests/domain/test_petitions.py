"""Kinds of petition, their statutory periods worked out by hand, reply purposes and remedies.

Every due time below was counted on a calendar by hand, with the `holidays` package's 2026/2027 Korean
holidays (checked first): Chuseok 2026 Thu 24 – Sat 26 Sep; Foundation Day Sat 3 Oct and its
alternative Mon 5 Oct; Hangul Day Fri 9 Oct; Labour Day Fri 1 May; Children's Day Tue 5 May; New
Year Fri 1 Jan 2027. Office hours 09–12 and 13–18 (시행령 제8조의3: 09–18, lunch not counted).
"""

from __future__ import annotations

import datetime as dt

import pytest

from civicdesk_gui.domain import clocks, petitions
from civicdesk_gui.domain.clocks import Rule
from civicdesk_gui.store.reference import DEFAULT_KIND_RULES, STATUTORY_RULES

D = dt.datetime

RULES = [Rule("statutory", None, None, amount, unit, kind=kind) for kind, amount, unit, _ in STATUTORY_RULES]
KIND_RULES = [petitions.KindRule(c, t, k, label) for c, t, k, label in DEFAULT_KIND_RULES]


def due(kind: str, received: D) -> D | None:
    rule = clocks.pick_rule(RULES, clock="statutory", channel="text", category=None, kind=kind)
    return clocks.due_at(rule, received_at=received, session_at=None)


def test_the_holidays_these_cases_rely_on():
    for day in ("2026-05-01", "2026-05-05", "2026-09-24", "2026-09-25", "2026-09-26", "2026-10-05",
                "2026-10-09", "2027-01-01"):  # fmt: skip
        assert clocks.is_holiday(dt.date.fromisoformat(day)), day
    assert clocks.is_working_day(dt.date(2026, 9, 28))  # Chuseok on a Saturday: no alternative day
    assert clocks.is_working_day(dt.date(2026, 12, 31))


# (received, kind, due) — 45 cases would be a table; these are the ones the law's traps live in.
HAND_WORKED = [
    # 기타민원 즉시 = 3 working hours (시행령 제16조①, 제19조).
    # Friday afternoon: 16:30–18:00 is 1.5 h, then Monday 09:00 + 1.5 h.
    (D(2026, 3, 13, 16, 30), "other", D(2026, 3, 16, 10, 30)),
    # Before lunch: 11:30–12:00 is 0.5 h, lunch not counted, 13:00 + 2.5 h.
    (D(2026, 3, 11, 11, 30), "other", D(2026, 3, 11, 15, 30)),
    # During lunch: the count starts at 13:00.
    (D(2026, 3, 11, 12, 20), "other", D(2026, 3, 11, 16, 0)),
    # Eve of Chuseok: Wed 23 Sep 16:00 → 2 h that day, Thu–Sun off, Mon 28 09:00 + 1 h.
    (D(2026, 9, 23, 16, 0), "other", D(2026, 9, 28, 10, 0)),
    # Year end: Thu 31 Dec 17:00 → 1 h, New Year's Day and the weekend off, Mon 4 Jan 09:00 + 2 h.
    (D(2026, 12, 31, 17, 0), "other", D(2027, 1, 4, 11, 0)),
    # Received on a Sunday evening: Monday 09:00 + 3 h = 12:00 (the lunch hour begins, nothing left).
    (D(2026, 3, 15, 20, 0), "other", D(2026, 3, 16, 12, 0)),
    # 고충민원 7 days, first day counted (시행령 제17조①, 법 제19조): Fri 13 (1), 16–20 (2–6), Mon 23 (7).
    (D(2026, 3, 13, 15, 0), "grievance", D(2026, 3, 23, 18, 0)),
    # 건의민원 14 days (제15조) across Chuseok, Foundation Day's alternative and Hangul Day:
    # 21–23 (1–3), 28–30 (4–6), 1–2 Oct (7–8), 6–8 (9–11), 12–14 (12–14).
    (D(2026, 9, 21, 10, 0), "suggestion", D(2026, 10, 14, 18, 0)),
    # 질의민원 about procedures 7 days (제14조 2호), received on a Saturday: Mon 16 (1) … Tue 24 (7).
    (D(2026, 3, 14, 11, 0), "inquiry_procedure", D(2026, 3, 24, 18, 0)),
    # 질의민원 about laws 14 days (제14조 1호) across Labour Day and Children's Day 2026:
    # 29–30 Apr (1–2), 4 May (3), 6–8 (4–6), 11–15 (7–11), 18–20 (12–14).
    (D(2026, 4, 29, 9, 0), "inquiry_law", D(2026, 5, 20, 18, 0)),
]


@pytest.mark.parametrize(("received", "kind", "expected"), HAND_WORKED)
def test_statutory_period_by_kind_worked_by_hand(received, kind, expected):
    assert due(kind, received) == expected


def test_statutory_applications_have_no_default_period():
    # 법정민원: the statute's own period; none until the administrator enters one.
    assert due("statutory", D(2026, 3, 9, 10, 0)) is None


@pytest.mark.parametrize(
    ("category", "topic", "kind"),
    [
        ("civil_complaint", "streetlights", "other"),  # a broken streetlight: act now
        ("safety", "road_repair", "other"),
        ("policy_suggestion", "transport", "suggestion"),
        ("institutional_improvement", None, "suggestion"),
        ("policy_suggestion", "welfare", "inquiry_procedure"),  # the topic's row beats the category's
        ("gratitude", None, None),  # not a petition under the Act
        (None, None, "other"),  # not yet categorised: the default row
    ],
)
def test_kind_defaults_from_category_and_topic(category, topic, kind):
    assert petitions.pick_kind(KIND_RULES, category=category, topic=topic).kind == kind


def test_every_kind_has_a_rule_and_every_default_kind_exists():
    assert {kind for kind, *_ in STATUTORY_RULES} == set(petitions.PETITION_KINDS)
    assert {k for _, _, k, _ in DEFAULT_KIND_RULES} - {None} <= set(petitions.PETITION_KINDS)


def test_only_a_result_meets_the_clocks_and_progress_counts_as_an_update():
    assert [p for p in petitions.REPLY_PURPOSES if petitions.meets_result_clocks(p)] == ["result"]
    assert {p for p in petitions.REPLY_PURPOSES if petitions.counts_as_update(p)} == {"interim", "result"}


@pytest.mark.parametrize(
    "kind", ["other", "grievance", "suggestion", "inquiry_law", "inquiry_procedure", None]
)
@pytest.mark.parametrize("classification", ["long_term_review", "unfeasible"])
def test_no_article_35_outside_refused_statutory_petitions(kind, classification):
    text = petitions.remedy_text(kind, classification, "ko")
    assert "제35조" not in text and "이의신청" not in text and "90일" not in text
    assert "국민권익위원회" in text and "다시 민원을" in text
    english = petitions.remedy_text(kind, classification, "en")
    assert "Article 35" not in english and "objection" not in english


def test_a_refused_statutory_petition_gets_60_days_under_article_35_and_90_for_an_appeal():
    text = petitions.remedy_text("statutory", "unfeasible", "ko")
    assert "60일 이내에 「민원 처리에 관한 법률」 제35조" in text
    assert "90일 이내에 「행정심판법」" in text
    assert "60 days" in petitions.remedy_text("statutory", "unfeasible", "en")
    # Not refused (kept under review): nothing to object to.
    assert "제35조" not in petitions.remedy_text("statutory", "long_term_review", "ko")

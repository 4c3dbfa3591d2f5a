"""Kinds of petition under the Civil Petitions Act, and what a reply is for. No Qt, no SQL.

Kinds (민원 처리에 관한 법률 제2조, 시행령 제14–17조) and their statutory periods — the periods themselves
are DeadlineRule rows keyed by kind (store/reference.py STATUTORY_RULES), this module names the kinds:
- other (기타민원): 즉시 — 시행령 제16조①; "즉시" is within 3 working hours (시행령 제19조).
- grievance (고충민원): 7 days — 시행령 제17조① (on-site investigation not counted, ⑤).
- suggestion (건의민원): 14 days — 시행령 제15조.
- inquiry_law (질의민원, about laws): 14 days — 시행령 제14조 1호.
- inquiry_procedure (질의민원, about systems and procedures): 7 days — 시행령 제14조 2호.
- statutory (법정민원): the statute's own period (no default clock; an admin adds a rule).

A case's kind is defaulted from its category and topic by KindRule rows (the administrator edits
them; the most specific match wins) and can be changed on the case (an audited action).

Reply purposes: only a result (법 제27조: the period is for processing, with the result notified)
meets the promise and the statutory clocks; a receipt notice or an interim reply does not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from civicdesk_gui.domain.vocabulary import Term, index_terms

PETITION_KINDS = index_terms(
    Term("other", "기타민원", "Other petition (immediate)"),
    Term("grievance", "고충민원", "Grievance"),
    Term("suggestion", "건의민원", "Suggestion"),
    Term("inquiry_law", "질의민원(법령)", "Question about laws"),
    Term("inquiry_procedure", "질의민원(제도·절차)", "Question about procedures"),
    Term("statutory", "법정민원", "Statutory application"),
)

REPLY_PURPOSES = index_terms(
    Term("receipt", "접수 안내", "Receipt notice"),
    Term("interim", "중간 회신(진행 상황)", "Interim / progress"),
    Term("result", "처리 결과 회신", "Result"),
    Term("other", "기타 안내", "Other"),
)

# 법 제27조: only the notified result ends the processing period (and the programs' promises, which
# are promises of a result: "reviews, acts and replies with the results within 48 hours").
RESULT_PURPOSES = frozenset({"result"})
# 시행령 제23조 and the monthly promise: a progress or result reply is news about the case.
UPDATE_PURPOSES = frozenset({"interim", "result"})


def meets_result_clocks(purpose: str) -> bool:
    return purpose in RESULT_PURPOSES


def counts_as_update(purpose: str) -> bool:
    return purpose in UPDATE_PURPOSES


@dataclass(frozen=True)
class KindRule:
    """A KindRule row as plain data: None category/topic means 'any'; kind None means 'not a
    petition under the Act' (encouragement and thanks: no statutory period)."""

    category: str | None
    topic: str | None
    kind: str | None
    label: str = ""


def pick_kind(rules: Iterable[KindRule], *, category: str | None, topic: str | None) -> KindRule | None:
    """The most specific rule: topic (with or without category), then category, then the default."""
    best: tuple[int, KindRule] | None = None
    for rule in rules:
        if rule.category is not None and rule.category != category:
            continue
        if rule.topic is not None and rule.topic != topic:
            continue
        score = (2 if rule.topic is not None else 0) + (1 if rule.category is not None else 0)
        if best is None or score > best[0]:
            best = (score, rule)
    return best[1] if best else None


# ---------------------------------------------------------------------------------------- remedies

# What the resident may do next, by kind (시행령 제17조⑧, 법 제35조, 행정심판법 제27조). The letter templates
# take the paragraph through the {remedy} placeholder, so no letter promises a remedy that does not apply.
REMEDIES_KO = {
    # 법 제35조①: 이의신청 only against the refusal of a 법정민원, within 60 days, in writing.
    "statutory_refused": (
        "이 처분에 이의가 있으시면 통지를 받은 날부터 60일 이내에 「민원 처리에 관한 법률」 제35조에 따라 "
        "문서로 우리 시에 이의신청을 하실 수 있으며, 처분이 있음을 안 날부터 90일 이내에 「행정심판법」에 따른 "
        "행정심판을, 「행정소송법」에 따른 행정소송을 제기하실 수 있습니다."
    ),
    "statutory": "이 결과에 관하여 궁금하신 점은 아래 담당자에게 문의하여 주시기 바랍니다.",
    # 건의·고충·기타·질의: 제35조 does not apply. A renewed request when circumstances change, and a
    # grievance to the 국민권익위원회 (시행령 제17조⑧) are the avenues that really exist.
    "default": (
        "여건이 달라지거나 새로운 사정이 생기면 언제든지 다시 민원을 제기하실 수 있으며, 처리 과정이나 결과에 "
        "고충이 있으시면 국민권익위원회(국민신문고 www.epeople.go.kr, 국번 없이 110)에 고충민원을 "
        "신청하실 수 있습니다."
    ),
}

REMEDIES_EN = {
    "statutory_refused": (
        "If you disagree with this decision, you may file a written objection with the city within 60 days of "
        "receiving this notice (Civil Petitions Treatment Act, Article 35), and you may bring an administrative "
        "appeal within 90 days of learning of the decision (Administrative Appeals Act) or an administrative "
        "lawsuit."
    ),
    "statutory": "For any question about this result, please contact the official named below.",
    "default": (
        "You are welcome to raise the matter again whenever circumstances change, and if you have a grievance "
        "about how it was handled you may file it with the Anti-Corruption and Civil Rights Commission "
        "(www.epeople.go.kr, phone 110)."
    ),
}

REFUSALS = frozenset({"unfeasible"})


def remedy_key(kind: str | None, classification: str | None) -> str:
    if kind == "statutory":
        return "statutory_refused" if classification in REFUSALS else "statutory"
    return "default"


def remedy_text(kind: str | None, classification: str | None, language: str) -> str:
    table = REMEDIES_KO if language == "ko" else REMEDIES_EN
    return table[remedy_key(kind, classification)]

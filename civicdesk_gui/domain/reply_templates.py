"""Reply templates: what the office tells the resident, per category and outcome, with the case's
own fields filled in. Korean text, because it goes to the resident as written.

Placeholders: {이름} {접수번호} {접수일} {부서} {담당자} {처리결과} {요지} {사유} {사유설명} {기관}
{다음검토일}. {요지} is the first sentence of the resident's text (cut short); {사유} the reason's
name (예산 과다), {사유설명} the reasons in words.
An unknown or empty placeholder is left visible ("{부서}") so the coordinator sees what to fill.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from civicdesk_gui.domain.vocabulary import CLASSIFICATIONS, REASON_CODES, label


@dataclass(frozen=True)
class ReplyTemplate:
    code: str
    title: str  # Korean, shown in the template picker
    text: str
    outcomes: frozenset[str] | None = None  # None: any state; "open" covers cases not yet classified
    categories: frozenset[str] | None = None  # None: any category


@dataclass(frozen=True)
class ReplyFields:
    name: str = ""
    number: str = ""
    received_on: dt.date | None = None
    department: str = ""
    official: str = ""
    classification: str | None = None
    summary: str = ""
    reason_code: str | None = None
    reason_text: str = ""
    agency: str = ""
    next_review_on: dt.date | None = None


OPEN = "open"

TEMPLATES: tuple[ReplyTemplate, ...] = (
    ReplyTemplate(
        "received",
        "접수 안내",
        "{이름}님, 시장에게 보내주신 말씀(접수번호 {접수번호})이 잘 접수되었습니다. "
        "담당 부서({부서})에서 확인한 뒤 48시간 안에 처리 결과를 알려 드리겠습니다.",
        outcomes=frozenset({OPEN}),
    ),
    ReplyTemplate(
        "progress",
        "진행 상황 안내",
        "{이름}님, 접수번호 {접수번호} 「{요지}」 건은 현재 {부서}에서 검토하고 있습니다. "
        "진행되는 대로 다시 알려 드리겠습니다.",
        outcomes=frozenset({OPEN, "in_progress", "referred"}),
    ),
    ReplyTemplate(
        "resolved",
        "처리 완료 안내",
        "{이름}님, 말씀하신 「{요지}」 건은 {부서}에서 조치를 마쳤습니다(처리결과: {처리결과}). "
        "소중한 의견에 감사드립니다.",
        outcomes=frozenset({"resolved"}),
    ),
    ReplyTemplate(
        "resolved_safety",
        "안전 조치 완료 안내",
        "{이름}님, 신고해 주신 「{요지}」 건은 {부서}에서 현장을 확인하고 안전 조치를 마쳤습니다. "
        "위험한 곳을 알려 주셔서 감사합니다.",
        outcomes=frozenset({"resolved"}),
        categories=frozenset({"safety"}),
    ),
    ReplyTemplate(
        "in_progress",
        "추진 중 안내",
        "{이름}님, 제안하신 「{요지}」 건은 {부서}에서 추진하고 있습니다(처리결과: {처리결과}). "
        "매월 진행 상황을 알려 드리겠습니다.",
        outcomes=frozenset({"in_progress"}),
    ),
    ReplyTemplate(
        "policy_in_progress",
        "정책 제안 반영 안내",
        "{이름}님, 제안해 주신 「{요지}」 건은 시정에 반영하기 위해 {부서}에서 검토·추진하고 있습니다. "
        "좋은 제안에 감사드리며, 진행 상황을 계속 알려 드리겠습니다.",
        outcomes=frozenset({"in_progress"}),
        categories=frozenset({"policy_suggestion", "institutional_improvement"}),
    ),
    ReplyTemplate(
        "long_term_review",
        "장기 검토 안내",
        "{이름}님, 말씀하신 「{요지}」 건(접수번호 {접수번호})은 {사유} 문제로 바로 시행하기 어려워 "
        "장기 검토 과제로 관리하고 있습니다. {사유설명} {다음검토일}에 다시 검토하겠습니다. "
        "너른 양해 부탁드립니다.",
        outcomes=frozenset({"long_term_review"}),
    ),
    ReplyTemplate(
        "unfeasible",
        "불가 안내",
        "{이름}님, 말씀하신 「{요지}」 건(접수번호 {접수번호})은 {사유} 문제로 현재로서는 시행이 "
        "어렵습니다. {사유설명} 다른 방법이 생기면 다시 검토하겠습니다. 너른 양해 부탁드립니다.",
        outcomes=frozenset({"unfeasible"}),
    ),
    ReplyTemplate(
        "referred",
        "타기관 이송 안내",
        "{이름}님, 말씀하신 「{요지}」 건은 {기관} 소관이어서 그 기관으로 넘겨 처리를 요청했습니다. "
        "처리 결과를 확인해 다시 알려 드리겠습니다.",
        outcomes=frozenset({"referred"}),
    ),
    ReplyTemplate(
        "gratitude",
        "격려·감사 답신",
        "{이름}님, 따뜻한 격려의 말씀 감사합니다. 보내주신 마음을 담당 직원들에게도 전하겠습니다.",
        categories=frozenset({"gratitude"}),
    ),
)


def _outcome_key(classification: str | None) -> str:
    return classification or OPEN


def templates_for(*, category: str | None, classification: str | None) -> list[ReplyTemplate]:
    """Templates that fit the case, the most specific (category and outcome) first."""
    outcome = _outcome_key(classification)
    fitting = [
        t
        for t in TEMPLATES
        if (t.outcomes is None or outcome in t.outcomes)
        and (t.categories is None or category in t.categories)
    ]

    # Category-specific before general; among those, the template for fewer outcomes first.
    def breadth(t: ReplyTemplate) -> int:
        return len(t.outcomes) if t.outcomes is not None else len(CLASSIFICATIONS) + 1

    return sorted(fitting, key=lambda t: (t.categories is None, breadth(t)))


def template(code: str) -> ReplyTemplate:
    for candidate in TEMPLATES:
        if candidate.code == code:
            return candidate
    raise KeyError(code)


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


GIST_LENGTH = 30


def gist(text: str, limit: int = GIST_LENGTH) -> str:
    """The first sentence of the resident's text, cut to `limit` characters: what a reply quotes."""
    first = re.split(r"(?<=[.!?。])\s|\n", text.strip(), maxsplit=1)[0].rstrip(".!?。 ")
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def placeholder_values(fields: ReplyFields) -> dict[str, str]:
    values = {
        "이름": fields.name,
        "접수번호": fields.number,
        "접수일": f"{fields.received_on:%Y. %m. %d.}" if fields.received_on else "",
        "부서": fields.department,
        "담당자": fields.official,
        "처리결과": label(CLASSIFICATIONS, fields.classification) if fields.classification else "",
        "요지": gist(fields.summary),
        "사유": label(REASON_CODES, fields.reason_code) if fields.reason_code else "",
        "사유설명": _sentence(fields.reason_text),
        "기관": fields.agency,
        "다음검토일": f"{fields.next_review_on:%Y. %m. %d.}" if fields.next_review_on else "",
    }
    return {key: value for key, value in values.items() if value}


def fill(template: ReplyTemplate, fields: ReplyFields) -> str:
    """The template's text with the case's fields; missing values stay as visible placeholders."""
    return template.text.format_map(_KeepMissing(placeholder_values(fields)))

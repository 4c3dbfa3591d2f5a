"""Letter templates: plain text with named placeholders such as {resident_name}.

A placeholder is any `{name}`; `{{` and `}}` stand for literal braces. Unknown names are refused when an
admin saves a template (ValidationError naming the placeholder), so printing never fails on one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from civicdesk_gui.errors import ValidationError

KINDS = ("long_term_review", "unfeasible")
LANGUAGES = ("ko", "en")

# name -> (Korean label, English label): the editor lists these for the admin.
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "resident_name": ("민원인 성명", "Resident's name"),
    "resident_address": ("민원인 주소", "Resident's address"),
    "case_number": ("접수번호", "Case number"),
    "received_date": ("접수일", "Date received"),
    "channel": ("접수 경로", "Channel"),
    "channel_via": ("접수 경로+조사 (바로문자로)", "Channel (as 'by ...')"),
    "request_summary": ("민원 요지", "Request (summary)"),
    "classification": ("처리 결과", "Review result"),
    "reason": ("사유", "Reason"),
    "reason_text": ("사유 설명", "Reason (text)"),
    "department": ("담당 부서", "Department"),
    "official_name": ("담당자 성명", "Official's name"),
    "official_rank": ("담당자 직위", "Official's rank"),
    "official_phone": ("담당자 전화", "Official's phone"),
    "contact": ("담당 부서·담당자", "Department and official"),
    "next_review_date": ("다음 검토 예정일", "Next review date"),
    "city_name": ("시 이름", "City name"),
    "mayor_title": ("발신명의", "Mayor's title"),
    "mayor_name": ("시장 성명", "Mayor's name"),
    "today": ("오늘 날짜", "Today's date"),
    "remedy": ("불복·구제 안내(민원 종류별)", "What the resident may do next (by kind of petition)"),
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


@dataclass(frozen=True)
class TemplateText:
    kind: str
    language: str
    subject: str
    body: str


def placeholders_in(text: str) -> list[str]:
    return [m.group(1) for m in _TOKEN.finditer(text) if m.group(1) is not None]


def validate_template(subject: str, body: str) -> None:
    """Refuse unknown placeholders and stray braces, naming what is wrong."""
    if not subject.strip():
        raise ValidationError("letter.subject_empty", field="subject")
    if not body.strip():
        raise ValidationError("letter_template.body_empty", field="body")
    for field, text in (("subject", subject), ("body", body)):
        for name in placeholders_in(text):
            if name.strip() not in PLACEHOLDERS:
                # The editor lists the known placeholders beside the text, so the message names only this one.
                raise ValidationError(
                    "letter_template.unknown_placeholder",
                    {"placeholder": f"{{{name}}}", "part": field},
                    field=field,
                )
        leftover = _TOKEN.sub("", text)
        if "{" in leftover or "}" in leftover:
            raise ValidationError("letter_template.unmatched_brace", {"part": field}, field=field)


def fill(text: str, values: dict[str, str]) -> str:
    """Replace each placeholder; a known placeholder without a value becomes empty text."""

    def replace(match: re.Match) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        return values.get(match.group(1).strip(), "")

    return _TOKEN.sub(replace, text)


# Item 4 is the remedy that applies to the kind of petition (domain/petitions.remedy_text): 법 제35조's
# 이의신청 (60 days) only against a refused 법정민원; for 건의·고충·기타 a renewed request and the
# 국민권익위원회 (시행령 제17조⑧). Never "90 days under 제35조": 90 days is the administrative appeal's.
_KO_REMEDY = (
    "4. {remedy}\n"
    "5. 궁금하신 점은 {contact}(전화 {official_phone})에게 문의하여 "
    "주시면 친절히 안내해 드리겠습니다."
)

_EN_REMEDY = "4. {remedy}\n5. For any question, please contact {contact}, phone {official_phone}."

DEFAULT_TEMPLATES: dict[tuple[str, str], TemplateText] = {
    ("long_term_review", "ko"): TemplateText(
        "long_term_review",
        "ko",
        "민원({case_number}) 검토 결과 알림",
        "1. 평소 시정에 관심을 가지고 소중한 의견을 주신 {resident_name} 님께 깊이 감사드립니다.\n"
        "2. 귀하께서 {received_date} {channel_via} 요청하신 「{request_summary}」에 대하여 "
        "{department}에서 검토한 결과를 다음과 같이 알려 드립니다.\n"
        "  가. 검토 결과: {classification}\n"
        "  나. 사유: {reason}\n"
        "  {reason_text}\n"
        "  다. 향후 계획: 이 민원은 우리 시의 관리 목록에 올려 계속 검토하며, 다음 검토 예정일은 "
        "{next_review_date}입니다. 예산 확보나 대안 마련 등 여건이 갖추어지면 추진 여부를 다시 알려 드리겠습니다.\n"
        "3. 요청하신 내용을 곧바로 반영하지 못하는 점 너그러운 양해를 부탁드립니다.\n" + _KO_REMEDY,
    ),
    ("unfeasible", "ko"): TemplateText(
        "unfeasible",
        "ko",
        "민원({case_number}) 검토 결과 알림",
        "1. 평소 시정에 관심을 가지고 소중한 의견을 주신 {resident_name} 님께 깊이 감사드립니다.\n"
        "2. 귀하께서 {received_date} {channel_via} 요청하신 「{request_summary}」에 대하여 "
        "{department}에서 검토한 결과를 다음과 같이 알려 드립니다.\n"
        "  가. 검토 결과: {classification}\n"
        "  나. 사유: {reason}\n"
        "  {reason_text}\n"
        "  다. 향후 계획: 지금은 요청하신 대로 추진하기 어렵지만, 이 민원은 우리 시의 관리 목록에 남겨 "
        "{next_review_date}에 다시 살펴보고, 다른 방법(대안)이 마련되면 알려 드리겠습니다.\n"
        "3. 귀하의 뜻에 부응하지 못하여 대단히 죄송하며, 너그러운 양해를 부탁드립니다.\n" + _KO_REMEDY,
    ),
    ("long_term_review", "en"): TemplateText(
        "long_term_review",
        "en",
        "Result of the review of your request ({case_number})",
        "1. Thank you, {resident_name}, for your interest in the city and for your valuable suggestion.\n"
        "2. {department} has reviewed the request you made on {received_date} through {channel}, "
        "\u201c{request_summary}\u201d. The result is as follows.\n"
        "  a. Result: {classification}\n"
        "  b. Reason: {reason}\n"
        "  {reason_text}\n"
        "  c. Next steps: the request stays on the city's management list and will be reviewed again on "
        "{next_review_date}. We will write to you again when a budget or an alternative becomes available.\n"
        "3. We ask for your understanding that we cannot act on it right away.\n" + _EN_REMEDY,
    ),
    ("unfeasible", "en"): TemplateText(
        "unfeasible",
        "en",
        "Result of the review of your request ({case_number})",
        "1. Thank you, {resident_name}, for your interest in the city and for your valuable suggestion.\n"
        "2. {department} has reviewed the request you made on {received_date} through {channel}, "
        "\u201c{request_summary}\u201d. The result is as follows.\n"
        "  a. Result: {classification}\n"
        "  b. Reason: {reason}\n"
        "  {reason_text}\n"
        "  c. Next steps: the request cannot be carried out as asked. It stays on the city's management list, "
        "will be looked at again on {next_review_date}, and we will tell you if an alternative appears.\n"
        "3. We are sorry not to meet your wish, and ask for your understanding.\n" + _EN_REMEDY,
    ),
}

for _template in DEFAULT_TEMPLATES.values():  # the shipped texts obey the rule admins are held to
    validate_template(_template.subject, _template.body)

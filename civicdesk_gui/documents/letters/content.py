"""From case facts + city settings + the edited text to a LetterContent: plain data, no database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.documents.letters.layout import LetterContent, format_date
from civicdesk_gui.documents.letters.seal import default_seal_png
from civicdesk_gui.domain import petitions
from civicdesk_gui.domain.vocabulary import CHANNELS, CLASSIFICATIONS, REASON_CODES, label
from civicdesk_gui.store.office_settings import CitySettings

DRAFT_NUMBER = {"ko": "(발급 시 부여)", "en": "(assigned when issued)"}
RESIDENT_FALLBACK = {"ko": "민원인", "en": "Resident"}


@dataclass(frozen=True)
class CaseFacts:
    case_id: int
    case_version: int
    number: str
    classification: str | None
    reason_code: str | None
    reason_text: str
    resident_name: str
    resident_address: str
    received_at: dt.datetime
    channel: str
    summary: str
    department_code: str | None
    department_phone: str
    official_name: str
    official_rank: str
    official_phone: str
    next_review_on: dt.date | None
    petition_kind: str | None = "suggestion"  # domain/petitions.PETITION_KINDS: decides the remedy
    official_email: str = ""
    department_name_en: str = ""  # the department in English letters (schema step 9); "": its Korean name
    official_fax: str = ""  # schema step 12: the official's own fax; "": the city hall's
    category_code: str | None = None  # not printed: the monthly-update clock's rule depends on it


def written_date(value: dt.date | None, language: str) -> str:
    if value is None:
        return ""
    return format_date(value, language)


def template_values(facts: CaseFacts, city: CitySettings, language: str, today: dt.date) -> dict[str, str]:
    return {
        "resident_name": facts.resident_name or RESIDENT_FALLBACK[language],
        "resident_address": facts.resident_address,
        "case_number": facts.number,
        "received_date": written_date(facts.received_at.date(), language),
        "channel": label(CHANNELS, facts.channel, language),
        "channel_via": _via(label(CHANNELS, facts.channel, language), language),
        "request_summary": _quoted_summary(facts.summary, language),
        "classification": label(CLASSIFICATIONS, facts.classification, language),
        "reason": label(REASON_CODES, facts.reason_code, language),
        "reason_text": facts.reason_text,
        "department": _department(facts, language),
        "official_name": facts.official_name,
        "official_rank": facts.official_rank,
        "official_phone": facts.official_phone or facts.department_phone,
        "contact": _contact(facts, language),
        "next_review_date": written_date(facts.next_review_on, language),
        "city_name": city.name if language == "ko" else city.name_en,
        "mayor_title": city.mayor_title if language == "ko" else city.mayor_title_en,
        "mayor_name": city.mayor_name,
        "today": written_date(today, language),
        # What the resident may do next, by kind of petition: 제35조 only for a refused 법정민원.
        "remedy": petitions.remedy_text(facts.petition_kind, facts.classification, language),
    }


def _department(facts: CaseFacts, language: str) -> str:
    if language == "en" and facts.department_name_en:
        return facts.department_name_en
    return facts.department_code or ""


def _quoted_summary(summary: str, language: str) -> str:
    """In English the summary sits in quotes before the sentence's own full stop ("…부탁드립니다".):
    its closing punctuation goes, so the letter never reads ".”."."""
    if language != "en":
        return summary
    return summary.rstrip().rstrip(".!?。").rstrip()


def _via(word: str, language: str) -> str:
    """바로문자 -> 바로문자로, 방문 -> 방문으로 (the particle follows the last syllable's final consonant)."""
    if language != "ko" or not word:
        return word
    last = ord(word[-1]) - 0xAC00
    if not 0 <= last < 11172:
        return f"{word}(으)로"
    final = last % 28
    return f"{word}로" if final in (0, 8) else f"{word}으로"  # no final consonant, or ㄹ: 로


def _contact(facts: CaseFacts, language: str) -> str:
    """ "도로관리과 박민수 주무관" / "Park Minsu (주무관), 도로관리과", without gaps for what is unknown."""
    if language == "ko":
        parts = [facts.department_code or "", facts.official_name, facts.official_rank]
        return " ".join(p for p in parts if p)
    person = f"{facts.official_name} ({facts.official_rank})" if facts.official_rank else facts.official_name
    return ", ".join(p for p in (person, _department(facts, language)) if p)


def letter_content(
    facts: CaseFacts,
    city: CitySettings,
    *,
    language: str,
    subject: str,
    body: str,
    register_number: str | None,
    issue_date: dt.date,
    sign_lines: tuple = (),
) -> LetterContent:
    """What is printed; `register_number=None` gives a preview marked as not yet issued."""
    seal = city.seal_png or default_seal_png(city.mayor_title)
    return LetterContent(
        language=language,
        city_name=city.name if language == "ko" else city.name_en,
        sender=city.mayor_title if language == "ko" else city.mayor_title_en,
        recipient_name=facts.resident_name or RESIDENT_FALLBACK[language],
        recipient_address=facts.resident_address,
        subject=subject,
        body=body,
        register_number=register_number or DRAFT_NUMBER[language],
        issue_date=issue_date,
        case_number=facts.number,
        department=_department(facts, language),
        official_name=facts.official_name,
        official_rank=facts.official_rank,
        official_phone=facts.official_phone or facts.department_phone,
        city_address=city.address,
        city_phone=city.phone,
        city_homepage=city.homepage,
        seal_png=seal,
        emblem_png=city.emblem_png,
        # 시행규칙 제4조⑥4호: the fax of the office in charge — the official's own, else the city hall's.
        city_fax=facts.official_fax or city.fax,
        official_email=facts.official_email,
        sign_lines=tuple(sign_lines),
    )

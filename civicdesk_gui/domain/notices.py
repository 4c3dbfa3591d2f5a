"""The statutory notices an office sends, as official letters (민원 처리에 관한 법률, 시행령). No Qt, no SQL.

- interim (처리진행상황 통지, 시행령 제23조): a case not completed 30 days after receipt — progress and
  the expected completion date — and again every 30 days.
- extension (처리기간 연장 통지, 시행령 제21조): the reason and the new completion date, in writing; once
  by up to the original period, a second time only with the resident's consent.
- transfer (이송 통지, 법 제16조, 시행령 제13조③): a petition belonging to another agency goes there
  (within 8 working hours) and the resident is told where, why, and its contact.
- supplement (보완 요구, 법 제22조, 시행령 제24조): what is missing and by when; the days it takes are
  not counted (시행령 제20조).
Every notice names the official in charge: department, name and contact (시행령 제31조) — the letter's
closing block and the last item of the text.
"""

from __future__ import annotations

import datetime as dt
import re

from civicdesk_gui.domain.vocabulary import Term, index_terms
from civicdesk_gui.errors import ValidationError

NOTICE_KINDS = index_terms(
    Term("interim", "처리 진행 상황 통지", "Interim notice"),
    Term("extension", "처리기간 연장 통지", "Extension notice"),
    Term("transfer", "민원 이송 통지", "Transfer notice"),
    Term("supplement", "민원 보완 요구", "Request for a supplement"),
)
INTERIM_EVERY = dt.timedelta(days=30)  # 시행령 제23조①②
MAX_EXTENSIONS = 2  # 시행령 제21조①: once, and once more with consent


def interim_due_at(received_at: dt.datetime, notices_sent: int) -> dt.datetime:
    """When the next interim notice is due: 30 days after receipt, then every 30 days (제23조②)."""
    return received_at + INTERIM_EVERY * (notices_sent + 1)


def check_extension(*, extensions: int, amount: int, period_amount: int, consent: bool) -> None:
    if amount < 1 or amount > period_amount:
        raise ValidationError(
            "notice.extension_too_long", {"amount": amount, "limit": period_amount}, field="amount"
        )
    if extensions >= MAX_EXTENSIONS:
        raise ValidationError("notice.no_more_extensions", field="amount")
    if extensions == 1 and not consent:
        raise ValidationError("notice.consent_needed", field="consent")


def _date(value: dt.date) -> str:
    return f"{value.year}. {value.month}. {value.day}."


def notice_text(kind: str, facts: dict) -> tuple[str, str]:
    """(제목, 본문) of a notice in Korean, items 1. 가. as the 공문서 rules want (시행규칙 제2조)."""
    number, summary = facts["number"], facts["summary"]
    received = _date(facts["received_at"].date())
    contact = facts.get("contact", "")
    last = f"담당: {contact}" + (f"(전화 {facts['phone']})" if facts.get("phone") else "")
    if kind == "interim":
        title = f"민원({number}) 처리 진행 상황 알림"
        body = (
            f"1. 귀하께서 {received} 신청하신 「{summary}」 민원의 처리 진행 상황을 「민원 처리에 관한 법률 시행령」 "
            "제23조에 따라 알려 드립니다.\n"
            f"  가. 진행 상황: {facts['progress']}\n"
            f"  나. 처리 완료 예정일: {_date(facts['expected_on'])}\n"
            f"2. {last}"
        )
    elif kind == "extension":
        title = f"민원({number}) 처리기간 연장 알림"
        consent = (
            f"\n  다. 연장에 대한 동의: {_date(facts['consent_on'])} 귀하의 동의를 받아 다시 연장합니다."
            if facts.get("consent_on")
            else ""
        )
        body = (
            f"1. 귀하께서 {received} 신청하신 「{summary}」 민원은 부득이한 사유로 처리기간 안에 처리하기 어려워 "
            "「민원 처리에 관한 법률 시행령」 제21조에 따라 처리기간을 연장하게 되었음을 알려 드립니다.\n"
            f"  가. 연장 사유: {facts['reason']}\n"
            f"  나. 처리 완료 예정일: {_date(facts['new_due'].date())}{consent}\n"
            f"2. {last}"
        )
    elif kind == "transfer":
        title = f"민원({number}) 이송 알림"
        phone = f"(전화 {facts['agency_phone']})" if facts.get("agency_phone") else ""
        body = (
            f"1. 귀하께서 {received} 신청하신 「{summary}」 민원은 {facts['agency']} 소관 사항이므로 "
            f"「민원 처리에 관한 법률」 제16조에 따라 {_date(facts['transferred_on'])} {facts['agency']}에 "
            "이송하였음을 알려 드립니다.\n"
            f"  가. 이송 사유: {facts['reason']}\n"
            f"  나. 이송 기관: {facts['agency']}{phone}\n"
            f"2. 앞으로 이 민원의 처리 결과는 {facts['agency']}에서 알려 드리게 됩니다.\n"
            f"3. {last}"
        )
    elif kind == "supplement":
        title = f"민원({number}) 보완 요청"
        body = (
            f"1. 귀하께서 {received} 신청하신 「{summary}」 민원을 처리하기 위하여 「민원 처리에 관한 법률」 "
            "제22조에 따라 다음 사항의 보완을 요청합니다.\n"
            f"  가. 보완할 사항: {facts['missing']}\n"
            f"  나. 보완 기한: {_date(facts['by_date'])}\n"
            "  다. 보완에 걸리는 기간은 처리기간에 산입하지 않습니다(「민원 처리에 관한 법률 시행령」 제20조).\n"
            f"2. {last}"
        )
    else:
        raise ValidationError("notice.unknown_kind", {"kind": kind}, field="kind")
    return title, body


_ITEM_PATTERNS = {
    "progress": r"^  가\. 진행 상황: (.*)$",
    "expected_on": r"^  나\. 처리 완료 예정일: (\d+)\. (\d+)\. (\d+)\.$",
    "reason": r"^  가\. (?:연장|이송) 사유: (.*)$",
    "new_due": r"^  나\. 처리 완료 예정일: (\d+)\. (\d+)\. (\d+)\.",
    "consent_on": r"^  다\. 연장에 대한 동의: (\d+)\. (\d+)\. (\d+)\.",
    "missing": r"^  가\. 보완할 사항: (.*)$",
    "by_date": r"^  나\. 보완 기한: (\d+)\. (\d+)\. (\d+)\.$",
}
_KIND_FIELDS = {
    "interim": ("progress", "expected_on"),
    "extension": ("reason", "new_due", "consent_on"),
    "transfer": ("reason",),
    "supplement": ("missing", "by_date"),
}


def notice_fields(kind: str, body: str) -> dict:
    """The facts a notice's text states (the inverse of notice_text): what a drafted, approved notice
    said, so that it is issued with the same facts (dates as dt.date, texts as str)."""
    found: dict = {}
    for name in _KIND_FIELDS.get(kind, ()):
        match = re.search(_ITEM_PATTERNS[name], body, re.MULTILINE)
        if match is None:
            continue
        groups = match.groups()
        found[name] = dt.date(*map(int, groups)) if len(groups) == 3 else groups[0]
    return found

"""Residents' personal data, masked for those who do not need it (Personal Information Protection Act:
use only what the task needs). Pure functions, no Qt, no SQL.

- `mask_name("김철수")` → "김*수": the first and last letter stay, the rest become `*`.
- `mask_phone("010-1234-5678")` → "010-****-5678": the first and last group of digits stay.
- `mask_address(...)` keeps the city/district/road part and hides the number, building and unit.
- `mask_text(text)` masks phone numbers (010-****-5678) and resident registration numbers
  (주민등록번호, 900101-1******) wherever they appear inside a message.

Masking keeps the length and the separators of what it hides, never reveals a hidden digit, and is
idempotent (masking a masked value changes nothing).

Who sees what is `PersonalDataPolicy`: a role may see a case's personal data when the permission table
grants it `case.view_personal` on that case (a department official: only their department's cases).
Resident registration numbers are masked in lists and exports for every role: no list needs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from civicdesk_gui.domain import permissions
from civicdesk_gui.domain.actor import Actor

MASK = "*"

# 주민등록번호 / 외국인등록번호: YYMMDD-GNNNNNN (the 7th digit 1–8 gives century and sex).
_RRN = re.compile(r"(?<!\d)(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(\s?[-–]?\s?)([1-8])(\d{6})(?!\d)")
# Korean phone numbers: mobile 01X, Seoul 02, areas 0XX, 070, 050X, 080, and +82 forms.
_PHONE = re.compile(
    r"(?<![\d*])"
    r"(\+82[-.\s]?0?(?:1[016789]|2|[3-6][1-5]|70)|01[016789]|02|0[3-6][1-5]|070|050\d|080)"
    r"([-.\s)]{0,2})(\d{3,4})([-.\s]?)(\d{4})"
    r"(?![\d*])"
)


def _stars(text: str) -> str:
    return re.sub(r"\d", MASK, text)


def mask_name(name: str) -> str:
    """김철수 → 김*수, 남궁민수 → 남**수, 이수 → 이*; spaces stay (Latin names keep each word's ends)."""
    name = (name or "").strip()
    if not name:
        return ""
    return " ".join(_mask_word(word) for word in name.split())


def _mask_word(word: str) -> str:
    if len(word) == 1:
        return MASK
    if len(word) == 2:
        return word[0] + MASK
    return word[0] + MASK * (len(word) - 2) + word[-1]


def mask_phone(phone: str) -> str:
    """010-1234-5678 → 010-****-5678; +82 10-1234-5678 → +82 10-****-5678; 01012345678 → 010****5678.
    Anything else with digits keeps only its last four digits in clear."""
    phone = (phone or "").strip()
    if not phone:
        return ""
    # A digit already masked still counts as a digit of the number, so masking a masked number again
    # changes nothing: the same groups, the same count of digits.
    groups = list(re.finditer(r"[\d*]+", phone))
    if len(groups) >= 3 and len(groups[-1].group()) <= 4:  # the exchange (before the last group) is hidden
        start, end = groups[-2].span()
        return phone[:start] + MASK * (end - start) + phone[end:]
    positions = [i for i, ch in enumerate(phone) if ch.isdigit() or ch == MASK]
    count = len(positions)
    keep_head = 3 if count >= 10 else (2 if count >= 8 and phone.lstrip().startswith("02") else 0)
    keep = set(positions[:keep_head]) | set(positions[-4:] if count > 4 else [])
    return "".join(MASK if ch.isdigit() and i not in keep else ch for i, ch in enumerate(phone))


def mask_address(address: str) -> str:
    """Keeps the first words up to the road, town or village (…로, …길, …동, …읍, …면, …리) and masks
    every word after it: "경기도 파주시 시청로 50 101동 202호" → "경기도 파주시 시청로 ** ****
    ****". Without such a word, the first two words stay."""
    address = (address or "").strip()
    if not address:
        return ""
    words = address.split()
    keep = min(2, len(words))
    for index, word in enumerate(words):
        if re.search(r"(로|길|동|읍|면|리)(\d+가)?$", word) and not re.search(r"\d", word[:-1] or "x"):
            keep = index + 1
            break
    kept, hidden = words[:keep], words[keep:]
    return " ".join(kept + [MASK * len(word) for word in hidden])


def mask_registration_numbers(text: str) -> str:
    """900101-1234567 → 900101-1******: birth date and the century digit stay, the rest is masked."""
    return _RRN.sub(lambda m: m.group(1) + m.group(2) + m.group(3) + MASK * 6, text or "")


def mask_phones_in_text(text: str) -> str:
    return _PHONE.sub(
        lambda m: m.group(1) + m.group(2) + MASK * len(m.group(3)) + m.group(4) + m.group(5), text
    )


def mask_text(text: str) -> str:
    """A message with its phone numbers and resident registration numbers masked."""
    return mask_phones_in_text(mask_registration_numbers(text or ""))


@dataclass(frozen=True)
class PersonalDataPolicy:
    """Whether a reader sees a case's personal data in clear: built from the reader's role and
    department, asked per case with the case's department."""

    role: str
    department_id: int | None = None
    active: bool = True

    def shows(self, case_department_id: int | None) -> bool:
        return permissions.allows(
            self.role,
            "case.view_personal",
            active=self.active,
            actor_department_id=self.department_id,
            case_department_id=case_department_id,
            on_case=True,
        )

    def shows_any(self) -> bool:
        """May this reader see personal data of some case (their own department's, for an official)?"""
        return permissions.allows(
            self.role, "case.view_personal", active=self.active, actor_department_id=self.department_id
        )

    def name(self, name: str, case_department_id: int | None) -> str:
        return name if self.shows(case_department_id) else mask_name(name)

    def phone(self, phone: str, case_department_id: int | None) -> str:
        return phone if self.shows(case_department_id) else mask_phone(phone)

    def address(self, address: str, case_department_id: int | None) -> str:
        return address if self.shows(case_department_id) else mask_address(address)

    def text(self, text: str, case_department_id: int | None) -> str:
        """A message in a list or an export: registration numbers always masked, phone numbers unless
        the reader may see this case's personal data."""
        text = mask_registration_numbers(text or "")
        return text if self.shows(case_department_id) else mask_phones_in_text(text)


def privacy_of(actor: Actor) -> PersonalDataPolicy:
    """The policy of the person at the desk (the actions re-read the role from the database)."""
    return PersonalDataPolicy(role=actor.role, department_id=actor.department_id)


NOBODY = PersonalDataPolicy(role="")  # masks everything (a document for outside the office)

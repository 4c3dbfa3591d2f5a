"""Korean phone numbers: normalised for matching and display; invalid ones kept as typed, flagged."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import phonenumbers


@dataclass(frozen=True)
class PhoneNumber:
    display: str  # 010-1234-5678, or exactly as typed when it is not a valid number
    valid: bool
    typed: str


# Parsing with phonenumbers costs a few hundred microseconds; an import checks each number twice
# (reading the file, then intake) and residents text again from the same phone. The result is a
# frozen value of the typed text alone, so it is safely shared.
@functools.lru_cache(maxsize=65536)
def normalise_phone(typed: str) -> PhoneNumber:
    raw = (typed or "").strip()
    if not raw:
        return PhoneNumber("", True, raw)
    try:
        parsed = phonenumbers.parse(raw, "KR")
    except phonenumbers.NumberParseException:
        return PhoneNumber(raw, False, raw)
    if not phonenumbers.is_valid_number(parsed):
        return PhoneNumber(raw, False, raw)
    if parsed.country_code == 82:
        display = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    else:
        display = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return PhoneNumber(display, True, raw)

"""Korean phone numbers: normalised for matching and display; invalid ones kept as typed, flagged."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import phonenumbers


@dataclass(frozen=True)
class PhoneNumber:
    display: str  # 010-1234-5678, or exactly as typed when it is not a valid number
    valid: bool
    typed: str


# A mobile number as gateways write it (010-1234-5678, 01012345678, 011-123-4567): its display is
# its three parts joined by hyphens whenever its digits are a Korean mobile number by phonenumbers'
# own pattern (tests/domain/test_phone.py compares every such shape with the full parse).
_MOBILE_SHAPE = re.compile(r"(01\d)-?(\d{3,4})-?(\d{4})")
_KR_MOBILE = re.compile(phonenumbers.PhoneMetadata.metadata_for_region("KR").mobile.national_number_pattern)


# Parsing with phonenumbers costs a few hundred microseconds (a gateway import reads thousands of
# numbers); an import checks each number twice (reading the file, then intake) and residents text
# again from the same phone. The result is a frozen value of the typed text alone, so it is shared.
@functools.lru_cache(maxsize=65536)
def normalise_phone(typed: str) -> PhoneNumber:
    raw = (typed or "").strip()
    if not raw:
        return PhoneNumber("", True, raw)
    shape = _MOBILE_SHAPE.fullmatch(raw)
    if shape is not None:
        prefix, middle, last = shape.groups()
        if _KR_MOBILE.fullmatch(f"{prefix[1:]}{middle}{last}"):
            return PhoneNumber(f"{prefix}-{middle}-{last}", True, raw)
    return _parsed(raw)


def _parsed(raw: str) -> PhoneNumber:
    """The number as phonenumbers reads it (the whole rule; normalise_phone's shortcut agrees with it)."""
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

"""Korean phone numbers: normalised when valid, kept exactly as typed and flagged when not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicdesk_gui.domain import phone as phone_module
from civicdesk_gui.domain.phone import normalise_phone


@pytest.mark.parametrize(
    ("typed", "display"),
    [
        ("010-1234-5678", "010-1234-5678"),
        ("01012345678", "010-1234-5678"),
        ("010 1234 5678", "010-1234-5678"),
        (" 010.1234.5678 ", "010-1234-5678"),
        ("+82 10-1234-5678", "010-1234-5678"),
        ("+821012345678", "010-1234-5678"),
        ("0212345678", "02-1234-5678"),  # Seoul
        ("02-123-4567", "02-123-4567"),
        ("0319404011", "031-940-4011"),  # Gyeonggi (Paju city hall)
        ("031-940-4011", "031-940-4011"),
    ],
)
def test_valid_numbers_are_normalised(typed, display):
    phone = normalise_phone(typed)
    assert phone.valid
    assert phone.display == display


@pytest.mark.parametrize("typed", ["010-1234-56", "0101234", "1234", "공일공-1234-5678", "010-5555-12345"])
def test_invalid_numbers_are_kept_as_typed_and_flagged(typed):
    phone = normalise_phone(typed)
    assert not phone.valid
    assert phone.display == typed
    assert phone.typed == typed


def test_no_number_is_not_an_invalid_number():
    phone = normalise_phone("   ")
    assert phone.valid and phone.display == ""


def test_the_same_mobile_typed_three_ways_matches():
    forms = {normalise_phone(t).display for t in ("010-9876-5432", "01098765432", "+82 10 9876 5432")}
    assert forms == {"010-9876-5432"}


_DIGITS = "0123456789"


@settings(max_examples=3000, deadline=None)
@given(
    second=st.sampled_from(_DIGITS),
    middle=st.text(_DIGITS, min_size=3, max_size=4),
    last=st.text(_DIGITS, min_size=4, max_size=4),
    form=st.sampled_from(["{p}-{m}-{l}", "{p}{m}{l}", "{p}-{m}{l}", " {p}-{m}-{l} "]),
)
def test_the_mobile_shortcut_says_what_the_full_parse_says(second, middle, last, form):
    """A gateway's mobile numbers skip phonenumbers' parse (an import reads thousands): whatever the
    shortcut answers, valid or not, equals the full parse of the same text."""
    typed = form.format(p=f"01{second}", m=middle, l=last)
    assert normalise_phone.__wrapped__(typed) == phone_module._parsed(typed.strip())


def test_the_mobile_shortcut_is_taken_for_a_usual_number(monkeypatch):
    monkeypatch.setattr(phone_module, "_parsed", lambda raw: pytest.fail(f"parsed {raw} in full"))
    assert normalise_phone.__wrapped__("010-2345-6789") == phone_module.PhoneNumber(
        "010-2345-6789", True, "010-2345-6789"
    )
    assert normalise_phone.__wrapped__("01123456789").display == "011-2345-6789"

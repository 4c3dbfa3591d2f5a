"""Masking of residents' personal data (domain/masking.py): examples the office reads, and properties
over generated numbers and texts — a masked value never shows a hidden digit, keeps its length and
separators, and masking it again changes nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from civicdesk_gui.domain.masking import (
    NOBODY,
    PersonalDataPolicy,
    mask_address,
    mask_name,
    mask_phone,
    mask_text,
)


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("김철수", "김*수"),
        ("남궁민수", "남**수"),
        ("이수", "이*"),
        ("김", "*"),
        ("", ""),
        ("John Smith", "J**n S***h"),
    ],
)
def test_names(name, masked):
    assert mask_name(name) == masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("010-1234-5678", "010-****-5678"),
        ("02-123-4567", "02-***-4567"),
        ("031-940-4114", "031-***-4114"),
        ("01012345678", "010****5678"),
        ("+82 10-1234-5678", "+82 10-****-5678"),
        ("", ""),
    ],
)
def test_phones(phone, masked):
    assert mask_phone(phone) == masked


def test_addresses_keep_the_road_and_hide_the_house():
    assert mask_address("경기도 파주시 시청로 50 101동 202호") == "경기도 파주시 시청로 ** **** ****"
    assert mask_address("파주시 금촌동 123-4") == "파주시 금촌동 *****"


def test_numbers_inside_a_message():
    text = "제 번호는 010-1234-5678 이고 주민번호 900101-1234567 입니다. 집 031 940 4114, 01098765432"
    assert mask_text(text) == (
        "제 번호는 010-****-5678 이고 주민번호 900101-1****** 입니다. 집 031 *** 4114, 010****5432"
    )
    # Dates, amounts and case numbers are not phone numbers.
    plain = "2026-11-03 접수번호 2026-000123, 공사비 1,200,000원, 3번 버스 15분"
    assert mask_text(plain) == plain


def test_who_sees_what():
    coordinator = PersonalDataPolicy("coordinator")
    official = PersonalDataPolicy("official", department_id=3)
    viewer = PersonalDataPolicy("viewer")
    text = "연락처 010-1234-5678 / 900101-2345678"
    assert coordinator.text(text, None) == "연락처 010-1234-5678 / 900101-2******"
    assert official.text(text, 3) == coordinator.text(text, 3)
    assert official.text(text, 4) == viewer.text(text, 3) == "연락처 010-****-5678 / 900101-2******"
    assert coordinator.name("김철수", 1) == "김철수" and official.name("김철수", 4) == "김*수"
    assert NOBODY.phone("010-1234-5678", 1) == "010-****-5678"
    assert not PersonalDataPolicy("coordinator", active=False).shows(1)


_mobile = st.builds(
    lambda p, m, e, sep: f"{p}{sep}{m}{sep}{e}",
    st.sampled_from(["010", "011", "016", "017", "019", "02", "031", "051", "070"]),
    st.from_regex(r"[0-9]{3,4}", fullmatch=True),
    st.from_regex(r"[0-9]{4}", fullmatch=True),
    st.sampled_from(["-", "", " ", "."]),
)
_rrn = st.builds(
    lambda birth, rest: f"{birth}-{rest}",
    st.dates().map(lambda d: d.strftime("%y%m%d")),
    st.from_regex(r"[1-8][0-9]{6}", fullmatch=True),
)
_words = st.text(alphabet="가나다라 민원가로등 주차장.,!?abc", max_size=30)


@given(_words, _mobile, _words)
def test_a_phone_in_any_message_loses_its_middle_digits(before, phone, after):
    text = f"{before} {phone} {after}"
    masked = mask_text(text)
    middle = re.findall(r"\d+", phone)
    assert len(masked) == len(text)
    if len(middle) == 3:
        assert "*" * len(middle[1]) in masked
    assert phone[-4:] in masked  # the last four digits stay: the office can still tell who it was
    assert mask_text(masked) == masked


@given(_words, _rrn, _words)
def test_a_registration_number_in_any_message_is_masked(before, rrn, after):
    masked = mask_text(f"{before} {rrn} {after}")
    assert rrn[:8] + "******" in masked and rrn not in masked
    assert mask_text(masked) == masked


@given(st.text(max_size=40))
@example("00000")  # five digits: the first masked; masked again it must not lose the other four
@example("1-2-3")  # three groups: the middle one masked; masked again it must stay as it is
def test_masking_is_idempotent_and_keeps_the_length(text):
    assert len(mask_text(text)) == len(text)
    assert mask_text(mask_text(text)) == mask_text(text)
    assert mask_phone(mask_phone(text)) == mask_phone(text)
    assert mask_name(mask_name(text)) == mask_name(text)


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Nd",)), max_size=40))
def test_text_without_digits_is_left_alone(text):
    assert mask_text(text) == text

from __future__ import annotations

import pytest

from civicdesk_gui.documents.letters.templates import (
    DEFAULT_TEMPLATES,
    PLACEHOLDERS,
    fill,
    placeholders_in,
    validate_template,
)
from civicdesk_gui.errors import ValidationError


def test_fill_replaces_known_placeholders_and_keeps_literal_braces():
    assert fill("{resident_name} 님 {{참고}}", {"resident_name": "김영희"}) == "김영희 님 {참고}"


def test_unknown_placeholder_is_named_in_the_error():
    with pytest.raises(ValidationError, match=r"\{resident_nmae\}") as info:
        validate_template("제목", "{resident_nmae} 님께")
    assert info.value.field == "body"


def test_unmatched_brace_is_refused():
    with pytest.raises(ValidationError, match="Unmatched brace"):
        validate_template("제목 {case_number", "본문")


def test_every_default_template_uses_known_placeholders_only():
    for template in DEFAULT_TEMPLATES.values():
        assert set(placeholders_in(template.subject + template.body)) <= set(PLACEHOLDERS)
        assert "{reason_text}" in template.body and "{resident_name}" in template.body

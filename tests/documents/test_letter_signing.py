"""PAdES signature on an issued letter, with a self-signed certificate made here."""

from __future__ import annotations

import pytest

from civicdesk_gui.documents.letters.layout import render_letter
from civicdesk_gui.documents.letters.signing import load_signer, sign_pdf
from civicdesk_gui.errors import ValidationError
from tests.documents.test_letter_pdf import content
from tests.signing_helpers import PASSPHRASE, validate


def test_signed_letter_validates_intact_and_trusted(certificate):
    p12, pem = certificate
    signed = sign_pdf(
        render_letter(content()), load_signer(p12, PASSPHRASE), sender="파주시장", location="파주시"
    )
    status = validate(signed, pem)
    assert status.intact and status.valid and status.trusted
    assert status.bottom_line


def test_one_flipped_byte_breaks_the_signature(certificate):
    p12, pem = certificate
    signed = bytearray(
        sign_pdf(render_letter(content()), load_signer(p12, PASSPHRASE), sender="파주시장", location="파주시")
    )
    # flip a byte inside the page content (well before the signature's byte range ends)
    position = signed.index(b"stream") + 40
    signed[position] ^= 0x01
    status = validate(bytes(signed), pem)
    assert not status.intact
    assert not status.bottom_line


def test_wrong_passphrase_is_a_user_error(certificate):
    p12, _pem = certificate
    with pytest.raises(ValidationError, match="wrong passphrase"):
        load_signer(p12, "틀린 암호")
    with pytest.raises(ValidationError, match="not found"):
        load_signer(p12.with_name("missing.p12"), PASSPHRASE)


def test_issuing_with_a_signer_stores_the_signed_bytes(certificate, actor):
    import hashlib

    from civicdesk_gui.actions.letters import issue_letter
    from civicdesk_gui.queries.letters import letter_draft, letter_pdf
    from tests.letter_helpers import make_letter_case

    p12, pem = certificate
    case_id = make_letter_case(actor)
    draft = letter_draft(case_id, "ko")
    issued = issue_letter(
        case_id=case_id,
        actor=actor,
        expected_version=None,
        language="ko",
        subject=draft.subject,
        body=draft.body,
        signer=load_signer(p12, PASSPHRASE),
    )
    _number, stored = letter_pdf(issued.letter_id)
    assert hashlib.sha256(stored).hexdigest() == issued.sha256
    assert validate(stored, pem).bottom_line

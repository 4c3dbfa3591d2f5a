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


def test_letters_after_the_first_are_signed_once_each_and_all_validate(certificate):
    """The signer keeps its key loaded and, from its first letter, the room its signature takes:
    pyHanko would otherwise load the key from DER for every raw signature and sign each letter twice
    (once only to measure the room), 115 ms a letter. Every letter still validates."""
    p12, pem = certificate
    signer = load_signer(p12, PASSPHRASE)
    raw_signatures = []
    kept = signer.sign_raw

    def counted(data, digest_algorithm):
        raw_signatures.append(len(data))
        return kept(data, digest_algorithm)

    signer.sign_raw = counted
    letters = [render_letter(content()) for _ in range(3)]
    signed = [sign_pdf(pdf, signer, sender="파주시장", location="파주시") for pdf in letters]
    assert len(raw_signatures) == 2 + 1 + 1  # the first letter measures its room; then one each
    for pdf in signed:
        status = validate(pdf, pem)
        assert status.intact and status.valid and status.trusted
    assert len({len(pdf) for pdf in signed}) == 1  # the same room in each


def test_a_signature_bigger_than_the_room_kept_is_measured_again(certificate):
    p12, pem = certificate
    signer = load_signer(p12, PASSPHRASE)
    signer._civicdesk_signature_room = 64  # far too small: as if a longer chain came in
    signed = sign_pdf(render_letter(content()), signer, sender="파주시장", location="파주시")
    assert validate(signed, pem).bottom_line
    assert signer._civicdesk_signature_room > 64

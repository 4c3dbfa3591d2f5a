"""PAdES signature on an issued letter, with a self-signed certificate made here."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from civicdesk_gui.documents.letters.layout import render_letter
from civicdesk_gui.documents.letters.signing import load_signer, sign_pdf
from civicdesk_gui.errors import ValidationError
from tests.documents.test_letter_pdf import content

PASSPHRASE = "시장직인-2026"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cert")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, "파주시장"), x509.NameAttribute(NameOID.COUNTRY_NAME, "KR")]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    p12 = folder / "mayor.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"mayor", key, cert, None, serialization.BestAvailableEncryption(PASSPHRASE.encode())
        )
    )
    pem = folder / "mayor.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return p12, pem


def validate(pdf: bytes, pem):
    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(pem))])
    signature = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
    return validate_pdf_signature(signature, context)


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

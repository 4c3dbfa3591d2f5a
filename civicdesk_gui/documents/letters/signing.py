"""PAdES signature of an issued letter (pyHanko), invisible field, applied as the very last step.

Anything that touches the file afterwards would break the signature (tech-notes pitfall 6), so the
issuing action signs, then hashes and stores exactly the signed bytes.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from civicdesk_gui.errors import ValidationError

if TYPE_CHECKING:
    from pyhanko.sign import signers

# pyHanko (with aiohttp, lxml and cryptography behind it) is imported when a letter is signed, not
# when the desk starts: about a second and tens of megabytes that an unsigned office never needs.

FIELD_NAME = "MayorSignature"
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)\s+\d+\s*\]")
_RESERVED = "_civicdesk_signature_room"  # kept on the signer: its signature's room (sign_pdf)


def load_signer(path: str | Path, passphrase: str) -> signers.SimpleSigner:
    """The PKCS#12 certificate configured in Settings; a wrong path or passphrase is a user error."""
    from pyhanko.sign import signers

    path = Path(path)
    if not path.is_file():
        raise ValidationError("certificate.not_found", {"path": str(path)}, field="certificate_path")
    signer = signers.SimpleSigner.load_pkcs12(str(path), passphrase=passphrase.encode("utf-8") or None)
    if signer is None:
        raise ValidationError("certificate.cannot_open", {"name": path.name}, field="certificate_passphrase")
    _keep_key(signer)
    return signer


def _keep_key(signer: signers.SimpleSigner) -> None:
    """Sign with the private key loaded once. pyHanko loads it from its DER form for every raw
    signature, twice a letter (the size estimate, then the signature), and loading an RSA key checks
    it whole: 41 ms each, two thirds of a signed letter's cost. Mechanisms other than RSA PKCS#1 v1.5
    (the office certificates') go through pyHanko's own path."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    key = serialization.load_der_private_key(signer.signing_key.dump(), password=None)
    general = signer.sign_raw

    def sign_raw(data: bytes, digest_algorithm: str) -> bytes:
        try:
            mechanism = signer.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        except ValueError:
            mechanism = None
        if mechanism == "rsassa_pkcs1v15" and isinstance(key, RSAPrivateKey):
            return key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
        return general(data, digest_algorithm)

    signer.sign_raw = sign_raw


def sign_pdf(pdf: bytes, signer: signers.Signer, *, sender: str, location: str) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.general import SigningError

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason="민원 회신문 발송",
        location=location,
        name=sender,
    )
    out = io.BytesIO()
    # The signature's room, known from the signer's first letter: without it pyHanko signs each
    # letter twice, the first time only to measure how much room to leave (a third of the cost).
    reserved = getattr(signer, _RESERVED, None)
    try:
        signers.sign_pdf(writer, meta, signer=signer, output=out, bytes_reserved=reserved)
    except SigningError:
        if reserved is None:
            raise
        # Not enough room after all (another certificate's chain): measured again, as at first.
        writer, out = IncrementalPdfFileWriter(io.BytesIO(pdf)), io.BytesIO()
        signers.sign_pdf(writer, meta, signer=signer, output=out)
        reserved = None
    signed = out.getvalue()
    if reserved is None:
        setattr(signer, _RESERVED, _contents_room(signed))
    return signed


def _contents_room(signed: bytes) -> int | None:
    """The room left for the signature container in a signed PDF, as pyHanko counts it (hex digits):
    the gap its last /ByteRange leaves ([0 a b c]: the hex string <...> from offset a to b)."""
    found = list(_BYTE_RANGE.finditer(signed))
    if not found:
        return None
    start, end = int(found[-1].group(1)), int(found[-1].group(2))
    return end - start - 2 if end - start > 2 else None

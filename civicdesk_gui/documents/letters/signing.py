"""PAdES signature of an issued letter (pyHanko), invisible field, applied as the very last step.

Anything that touches the file afterwards would break the signature (tech-notes pitfall 6), so the
issuing action signs, then hashes and stores exactly the signed bytes.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from civicdesk_gui.errors import ValidationError

if TYPE_CHECKING:
    from pyhanko.sign import signers

# pyHanko (with aiohttp, lxml and cryptography behind it) is imported when a letter is signed, not
# when the desk starts: about a second and tens of megabytes that an unsigned office never needs.

FIELD_NAME = "MayorSignature"


def load_signer(path: str | Path, passphrase: str) -> signers.SimpleSigner:
    """The PKCS#12 certificate configured in Settings; a wrong path or passphrase is a user error."""
    from pyhanko.sign import signers

    path = Path(path)
    if not path.is_file():
        raise ValidationError("certificate.not_found", {"path": str(path)}, field="certificate_path")
    signer = signers.SimpleSigner.load_pkcs12(str(path), passphrase=passphrase.encode("utf-8") or None)
    if signer is None:
        raise ValidationError("certificate.cannot_open", {"name": path.name}, field="certificate_passphrase")
    return signer


def sign_pdf(pdf: bytes, signer: signers.Signer, *, sender: str, location: str) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

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
    signers.sign_pdf(writer, meta, signer=signer, output=out)
    return out.getvalue()

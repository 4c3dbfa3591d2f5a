"""One PDF for the printer from many issued letters (signatures do not survive merging, by nature:
the per-case files keep them)."""

from __future__ import annotations

import io

from pypdf import PdfWriter


def combine_pdfs(pdfs: list[bytes]) -> bytes:
    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(io.BytesIO(pdf))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

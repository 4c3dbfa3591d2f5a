"""The letters' font subsets come from tables read once per process (documents/letters/font_subsets.py)
and are byte for byte the subsets ReportLab's own makeSubset makes, composite glyphs included."""

from __future__ import annotations

import random
import struct

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile

from civicdesk_gui.documents.letters.fonts import (
    BODY,
    BODY_BOLD,
    HEADING,
    HEADING_BOLD,
    register_letter_fonts,
)


def _composite_codes(face) -> list[int]:
    """Characters whose glyph is made of other glyphs (their subsets carry the parts along)."""
    glyf = face.get_table("glyf")
    found = []
    for code, glyph in face.charToGlyph.items():
        start, end = face.glyphPos[glyph], face.glyphPos[glyph + 1]
        if end - start > 2 and struct.unpack(">h", glyf[start : start + 2])[0] < 0:
            found.append(code)
    return found


@pytest.mark.parametrize("name", [BODY, BODY_BOLD, HEADING, HEADING_BOLD])
def test_subsets_are_reportlabs_own(name):
    register_letter_fonts(name)
    face = pdfmetrics.getFont(name).face
    assert "makeSubset" in vars(face)  # this face subsets from its tables read once
    rng = random.Random(name)
    codes = list(face.charToGlyph)
    composites = _composite_codes(face)
    hangul = [c for c in codes if 0xAC00 <= c <= 0xD7A3]
    for size in (1, 2, 17, 120, 256):
        subset = rng.sample(codes, size)
        assert face.makeSubset(subset) == TTFontFile.makeSubset(face, subset)
    subset = rng.sample(hangul, 200) + composites[:50] + [0x20, 0x2E]
    assert face.makeSubset(subset) == TTFontFile.makeSubset(face, subset)
    missing = [0x10FFFD, *rng.sample(hangul, 10)]  # a character the face lacks maps to glyph 0
    assert face.makeSubset(missing) == TTFontFile.makeSubset(face, missing)

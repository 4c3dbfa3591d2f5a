"""The letters' font subsets come from tables read once per process (documents/letters/font_subsets.py)
and are byte for byte the subsets ReportLab's own makeSubset makes, composite glyphs included; they are
embedded compressed at the quicker level, with their widths written as ReportLab writes them."""

from __future__ import annotations

import datetime as dt
import io
import random
import struct
import zlib

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from civicdesk_gui.documents.letters.font_slimming import strip_hinting
from civicdesk_gui.documents.letters.font_subsets import _NumberArray, font_flate
from civicdesk_gui.documents.letters.fonts import (
    _FILES,
    BODY,
    BODY_BOLD,
    HEADING,
    HEADING_BOLD,
    register_letter_fonts,
)
from civicdesk_gui.documents.letters.layout import LetterContent, render_letter
from civicdesk_gui.paths import fonts_dir


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
def test_subsets_are_reportlabs_own_of_the_slimmed_font(name):
    register_letter_fonts(name)
    face = pdfmetrics.getFont(name).face
    assert "makeSubset" in vars(face)  # this face subsets from its tables read once
    # What ReportLab itself makes of the whole font slimmed first (the glyphs of the registered face
    # are slimmed one by one, as a letter first prints them).
    slim = io.BytesIO(strip_hinting((fonts_dir() / _FILES[name]).read_bytes()))
    reference = TTFontFile(slim, validate=0)
    rng = random.Random(name)
    codes = list(face.charToGlyph)
    composites = _composite_codes(face)
    hangul = [c for c in codes if 0xAC00 <= c <= 0xD7A3]
    for size in (1, 2, 17, 120, 256):
        subset = rng.sample(codes, size)
        assert face.makeSubset(subset) == reference.makeSubset(subset)
    subset = rng.sample(hangul, 200) + composites[:50] + [0x20, 0x2E]
    assert face.makeSubset(subset) == reference.makeSubset(subset)
    missing = [0x10FFFD, *rng.sample(hangul, 10)]  # a character the face lacks maps to glyph 0
    assert face.makeSubset(missing) == reference.makeSubset(missing)
    assert face.makeSubset(subset) == reference.makeSubset(subset)  # again, from the glyphs kept
    unslimmed = TTFontFile.makeSubset(face, subset)
    assert len(face.makeSubset(subset)) < len(unslimmed)  # the instructions are gone


def test_widths_are_written_as_reportlab_writes_them():
    rng = random.Random(5)
    for size in (0, 1, 9, 10, 11, 37, 256):
        numbers = [rng.randint(0, 2000) for _ in range(size)]
        for multiline in (True, False, "forced"):
            plain, quick = PDFArray(numbers), _NumberArray(numbers)
            plain.multiline = quick.multiline = multiline
            assert quick.format(None) == plain.format(None)
    mixed = _NumberArray([1, 2.5, 3])
    assert mixed.format(None) == PDFArray([1, 2.5, 3]).format(None)
    for size in (1, 10, 11, 197, 256):  # the Myeongjo's widths are fractional: 950.1953125 ...
        numbers = [rng.randint(0, 2048) * 1000 / 2048 for _ in range(size)] + [0.0, -12.5, 1e-7, 123456.789]
        assert _NumberArray(numbers).format(None) == PDFArray(numbers).format(None)


def test_a_letter_embeds_its_subsets_compressed_at_the_quicker_level():
    content = LetterContent(
        language="ko",
        city_name="파주시",
        sender="파주시장",
        recipient_name="김영희",
        subject="민원 검토 결과 알림",
        body="1. 都市計劃 변경이 필요합니다.",
        register_number="도로관리과-7",
        issue_date=dt.date(2026, 11, 20),
        case_number="2026-000001",
    )
    pdf = render_letter(content)
    reader = PdfReader(io.BytesIO(pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"].values()
    streams = [font.get_object()["/FontDescriptor"]["/FontFile2"].get_object() for font in fonts]
    assert len(streams) == 3  # the body's, the headings' and the Gothic for the Hanja
    for stream in streams:
        decoded = stream.get_data()
        assert decoded[:4] == b"\x00\x01\x00\x00" and len(decoded) == stream["/Length1"]
        assert zlib.decompress(stream._data) == decoded  # a FlateDecode stream any reader inflates
        assert stream._data == font_flate(decoded)
    assert "都市計劃" in reader.pages[0].extract_text()


class _Doc:
    pass


@pytest.mark.parametrize("name", [BODY, HEADING_BOLD])
def test_texts_split_into_subsets_as_reportlab_splits_them(name):
    register_letter_fonts(name)
    font = pdfmetrics.getFont(name)
    assert "splitString" in vars(font)  # this font splits a text it printed before quicker
    rng = random.Random(name)
    hangul = [chr(c) for c in rng.sample(range(0xAC00, 0xD7A4), 400)]
    texts = [
        "",
        " ",
        "\u00a0",
        "파주시",
        "파주시 시장",
        "a\u00a0b",
        "\U0010fffd 없는 글자",
        "파주시\u00a0시장",
    ]
    for _ in range(300):  # more than 256 characters in all: the second subset, mixed runs
        texts.append(
            "".join(rng.choice(hangul + [" ", "1", ".", "\u00a0"]) for _ in range(rng.randint(1, 30)))
        )
    texts += texts[:40]  # printed before
    quick_doc, own_doc = _Doc(), _Doc()  # font.state is kept by document (weakly)
    for text in texts:
        assert font.splitString(text, quick_doc) == TTFont.splitString(font, text, own_doc), text
    quick, own = font.state[quick_doc], font.state[own_doc]
    assert quick.assignments == own.assignments and quick.subsets == own.subsets
    assert len(own.subsets) > 1
    del font.state[quick_doc], font.state[own_doc]

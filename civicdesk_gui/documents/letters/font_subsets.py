"""The TrueType subsets each letter embeds: made from tables read once per process, compressed
quicker, their widths written quicker.

ReportLab's TTFontFile.makeSubset (reportlab/pdfbase/ttfonts.py) reads every table it copies out of
the font file again for every subset — the whole glyph table (2–3 MB for a Nanum face) among them —
and walks the glyphs with seek and read. A batch makes two or three subsets per letter, so that was
about a tenth of a letter's rendering. `faster_subsets(face)` gives the face a makeSubset that keeps
the tables from its first call and returns the same bytes (tests/documents/test_font_subsets.py
compares them with ReportLab's own for many subsets). The face is registered from the font file as
shipped and each glyph is slimmed (font_slimming.strip_glyph) the first time a letter prints it and
kept: the subsets are those of the slimmed font, without slimming all 20,000 glyphs of each face in
every render worker as it starts (about 0.1 s of CPU per worker).

Deflating the subsets was a fifth of a letter's rendering. They are deflated by ISA-L (the `isal`
package: the same FlateDecode streams that zlib reads, made several times faster) at FONT_FLATE_LEVEL:
measured on one letter's Myeongjo subset (59 KB): zlib level 3, 0.9-1.3 ms for 28.1 KB; ISA-L level 2,
0.2 ms for 29.4 KB — about a millisecond less per letter for about 1.3 KB more (zlib level 1 saves
almost nothing: 0.8 ms for 29.5 KB). Where the isal package is missing, zlib at level 3 compresses
them (other compressed bytes of the same fonts, a millisecond more a letter). And each subset's
/Widths array of up to 256 numbers (whole for the Gothic, fractional for the Myeongjo) is written by one fp_str call and
one join instead of ReportLab's formatting of each number (the same bytes).
"""

from __future__ import annotations

import contextlib
from struct import pack, unpack

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import (
    GF_ARG_1_AND_2_ARE_WORDS,
    GF_MORE_COMPONENTS,
    GF_WE_HAVE_A_SCALE,
    GF_WE_HAVE_A_TWO_BY_TWO,
    GF_WE_HAVE_AN_X_AND_Y_SCALE,
    TTFont,
    TTFontFace,
    TTFontMaker,
)

from civicdesk_gui.documents.letters.font_slimming import strip_glyph

_COPIED = ("name", "OS/2", "cvt ", "fpgm", "prep")  # copied unchanged into every subset
try:
    from isal.isal_zlib import compress as _deflate

    FONT_FLATE_LEVEL = 2  # ISA-L's levels are 0-3
except ImportError:  # pragma: no cover - isal is a dependency; a platform without its wheel
    from zlib import compress as _deflate

    FONT_FLATE_LEVEL = 3


def font_flate(data: bytes) -> bytes:
    """A font subset's FlateDecode stream."""
    return _deflate(data, FONT_FLATE_LEVEL)


class _QuickFlate(pdfdoc.PDFStreamFilterZCompress):
    """FlateDecode by font_flate (text encoded as ReportLab's own filter encodes it: UTF-8)."""

    def encode(self, text):
        return font_flate(text.encode("utf8") if isinstance(text, str) else text)


QUICK_FLATE = _QuickFlate()  # the letters' page and ToUnicode streams too (layout.py)


class _NumberArray(pdfdoc.PDFArray):
    """A PDFArray of numbers (a subset's /Widths: whole for the Gothic, fractional for the Myeongjo),
    formatted as PDFArray.format formats them — fp_str each — in one fp_str call and one join."""

    def format(self, document, IND=b"\n "):  # noqa: N803 (ReportLab's name)
        if not self.sequence or not all(type(e) in (int, float) for e in self.sequence):
            return super().format(document, IND)
        parts = fp_str(*self.sequence).encode("latin-1").split(b" ")
        if (self.multiline and rl_config.pdfMultiLine) or self.multiline == "forced":
            return b"[ " + IND.join(parts) + b" ]"
        for i in reversed(range(10, len(parts), 10)):
            parts.insert(i, b"\n ")
        return b"[ " + b" ".join(parts) + b" ]"


class _Tables:
    def __init__(self, face: TTFontFace) -> None:
        self.copied = {}
        for tag in _COPIED:
            with contextlib.suppress(KeyError):  # cvt, fpgm and prep are optional
                self.copied[tag] = face.get_table(tag)
        self.post = b"\x00\x03\x00\x00" + face.get_table("post")[4:16] + b"\x00" * 16
        self.hhea = face.get_table("hhea")
        self.maxp = face.get_table("maxp")
        self.head = face.get_table("head")
        self.glyf = face.get_table("glyf")
        self.glyph_pos = face.glyphPos
        self.glyphs: dict[int, tuple[bytes, list[tuple[int, int]] | None]] = {}

    def glyph(self, index: int) -> tuple[bytes, list[tuple[int, int]] | None]:
        """The glyph as the slimmed font has it (font_slimming.strip_glyph: no instructions, padded to
        four bytes), and the components of a composite glyph (None: a simple one); kept once read."""
        found = self.glyphs.get(index)
        if found is None:
            data = strip_glyph(self.glyf[self.glyph_pos[index] : self.glyph_pos[index + 1]])
            composite = len(data) >= 2 and unpack(">h", data[:2])[0] < 0
            found = self.glyphs[index] = (data, _components(data) if composite else None)
        return found


def _components(data: bytes) -> list[tuple[int, int]]:
    """(offset of the glyph index, glyph index) of each component of a composite glyph."""
    found = []
    at = 10
    flags = GF_MORE_COMPONENTS
    while flags & GF_MORE_COMPONENTS:
        flags, index = unpack(">HH", data[at : at + 4])
        found.append((at + 2, index))
        at += 4
        at += 4 if flags & GF_ARG_1_AND_2_ARE_WORDS else 2
        if flags & GF_WE_HAVE_A_SCALE:
            at += 2
        elif flags & GF_WE_HAVE_AN_X_AND_Y_SCALE:
            at += 4
        elif flags & GF_WE_HAVE_A_TWO_BY_TWO:
            at += 8
    return found


def _set_ushort(data: bytes, offset: int, value: int) -> bytes:
    return data[:offset] + pack(">H", value) + data[offset + 2 :]


def make_subset(face: TTFontFace, tables: _Tables, subset: list[int]) -> bytes:
    """ReportLab's TTFontFile.makeSubset of the slimmed font (font_slimming.strip_hinting), step for
    step, from the tables read once and the glyphs slimmed as they are first used."""
    char_to_glyph = face.charToGlyph
    glyph_map = [0]  # new glyph index -> old glyph index
    glyph_set = {0: 0}  # old glyph index -> new glyph index
    code_to_glyph = {}
    for code in subset:
        original = char_to_glyph.get(code, 0)
        if original not in glyph_set:
            glyph_set[original] = len(glyph_map)
            glyph_map.append(original)
        code_to_glyph[code] = glyph_set[original]
    glyph = tables.glyph
    glyphs = []  # (data, components) of each glyph of the subset, in glyph_map's order
    n = 0
    while n < len(glyph_map):  # the glyphs composite glyphs are made of come along
        found = glyph(glyph_map[n])
        glyphs.append(found)
        n += 1
        for _at, index in found[1] or ():
            if index not in glyph_set:
                glyph_set[index] = len(glyph_map)
                glyph_map.append(index)

    output = TTFontMaker()
    for tag, data in tables.copied.items():
        output.add(tag, data)
    output.add("post", tables.post)
    num_glyphs = len(glyph_map)

    hmtx = []
    for index in glyph_map:
        advance, lsb = face.hmetrics[index]
        hmtx.append(int(advance))
        hmtx.append(int(lsb))
    n = len(hmtx) - 2
    while n and hmtx[n] == hmtx[n - 2]:
        n -= 2
    n += 2
    number_of_hmetrics = n >> 1
    hmtx = hmtx[:n] + hmtx[n + 1 :: 2]
    output.add("hmtx", pack(f">{len(hmtx)}H", *hmtx))
    output.add("hhea", _set_ushort(tables.hhea, 34, number_of_hmetrics))
    output.add("maxp", _set_ushort(tables.maxp, 4, num_glyphs))

    cmap = [0, 1, 1, 0, 0, 12, 6, 10 + len(subset) * 2, 0, 0, len(subset)]
    cmap += [code_to_glyph[code] for code in subset]
    output.add("cmap", pack(f">{len(cmap)}H", *cmap))

    offsets = []
    parts = []
    pos = 0
    for data, components in glyphs:
        offsets.append(pos)
        for at, index in components or ():
            data = _set_ushort(data, at, glyph_set[index])
        parts.append(data)
        pos += len(data)  # a multiple of four (strip_glyph pads)
    offsets.append(pos)
    output.add("glyf", b"".join(parts))
    if (pos + 1) >> 1 > 0xFFFF:
        loca_format = 1
        loca = pack(f">{len(offsets)}L", *offsets)
    else:
        loca_format = 0
        loca = pack(f">{len(offsets)}H", *[offset >> 1 for offset in offsets])
    output.add("loca", loca)
    output.add("head", _set_ushort(tables.head, 50, loca_format))
    return output.makeStream()


def faster_subsets(font: TTFont) -> None:
    """Make `font` subset from tables it reads once (on its first subset), compress its subsets by
    font_flate, write their widths in one go and split a text it printed before into subsets quicker."""
    face = font.face
    tables: list[_Tables] = []

    def subset_of(subset):
        if not tables:
            tables.append(_Tables(face))
        return make_subset(face, tables[0], subset)

    def add_subset_objects(doc, fontname, subset):
        reference = TTFontFace.addSubsetObjects(face, doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{face.filename}({fontname})")
        if stream is not None and stream.filters == [pdfdoc.PDFZCompress]:
            stream.filters = [QUICK_FLATE]
        return reference

    def add_objects(doc):
        fonts = doc.idToObject["BasicFonts"].dict
        before = set(fonts)
        TTFont.addObjects(font, doc)
        for name in set(fonts) - before:
            widths = getattr(fonts[name], "Widths", None)
            if type(widths) is pdfdoc.PDFArray:
                widths.__class__ = _NumberArray
            to_unicode = getattr(fonts[name], "ToUnicode", None)
            cmap = doc.idToObject.get(getattr(to_unicode, "name", None))
            if cmap is not None and cmap.filters == [pdfdoc.PDFZCompress]:
                cmap.filters = [QUICK_FLATE]

    def split_string(text, doc, encoding="utf-8"):
        # What TTFont.splitString returns, without its loop in Python over each character: the
        # characters this document prints for the first time get their codes from TTFont.splitString
        # itself, in the order they first appear in the text (the order it gives them codes in); a
        # text all in the first subset (a letter prints far fewer than 256 characters) is then one
        # run of codes. A character the face lacks prints as code 0, as there.
        state = font.state.get(doc)
        if state is None or type(text) is not str or not text:
            return TTFont.splitString(font, text, doc, encoding)
        text = text.replace("\xa0", " ")  # a no-break space prints as a space, as there
        get = state.assignments.get
        codes = list(map(get, map(ord, text)))
        if None in codes:
            new = dict.fromkeys(c for c, n in zip(text, codes, strict=True) if n is None)
            TTFont.splitString(font, "".join(new), doc)
            codes = [0 if n is None else n for n in map(get, map(ord, text))]
        if max(codes) < 256:
            return [(0, bytes(codes))]
        return TTFont.splitString(font, text, doc, encoding)  # several subsets: every code assigned now

    face.makeSubset = subset_of
    face.addSubsetObjects = add_subset_objects
    font.addObjects = add_objects
    font.splitString = split_string

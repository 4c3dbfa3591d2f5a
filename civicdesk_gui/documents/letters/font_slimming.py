"""Drop the TrueType hinting instructions from each glyph before ReportLab subsets a font.

The Nanum fonts carry hinting bytecode for screen rasterisers; 44% of NanumMyeongjo's glyph data is
instructions. PDF viewers and printers render the outlines without them, so each embedded subset
shrinks by about a third (the ≤ 60 KB per letter budget of issue 4) with no visible change.
Composite glyphs are kept as they are (the Hangul syllables in Nanum are simple glyphs).
"""

from __future__ import annotations

import struct

from reportlab.pdfbase.ttfonts import TTFontMaker

_DROP_TABLES = {"TSI0", "TSI1", "TSI2", "TSI3", "TSI5", "DSIG"}  # VTT sources, a now-invalid signature


def _tables(data: bytes) -> dict[str, bytes]:
    (num_tables,) = struct.unpack(">H", data[4:6])
    tables = {}
    for index in range(num_tables):
        tag, _checksum, offset, length = struct.unpack(">4sLLL", data[12 + 16 * index : 28 + 16 * index])
        tables[tag.decode("latin-1")] = data[offset : offset + length]
    return tables


def strip_glyph(glyph: bytes) -> bytes:
    """One glyph's outline without its instructions (a composite glyph as it is), padded to four bytes."""
    if len(glyph) >= 2:
        (contours,) = struct.unpack(">h", glyph[:2])
        if contours >= 0:
            at = 10 + 2 * contours
            (length,) = struct.unpack(">H", glyph[at : at + 2])
            glyph = glyph[:at] + b"\0\0" + glyph[at + 2 + length :]
    return glyph + b"\0" * (-len(glyph) % 4)


def strip_hinting(data: bytes) -> bytes:
    """The font with every simple glyph's instructions removed (loca rewritten in long format).
    A letter's fonts are registered unslimmed and slimmed glyph by glyph as their subsets are made
    (font_subsets.py: the same subset bytes, without slimming the whole font in each process)."""
    tables = _tables(data)
    head, maxp, loca, glyf = tables["head"], tables["maxp"], tables["loca"], tables["glyf"]
    (num_glyphs,) = struct.unpack(">H", maxp[4:6])
    (long_format,) = struct.unpack(">h", head[50:52])
    if long_format:
        offsets = struct.unpack(f">{num_glyphs + 1}L", loca[: 4 * (num_glyphs + 1)])
    else:
        offsets = [2 * v for v in struct.unpack(f">{num_glyphs + 1}H", loca[: 2 * (num_glyphs + 1)])]
    parts: list[bytes] = []
    new_offsets = [0]
    position = 0
    for index in range(num_glyphs):
        start, end = offsets[index], offsets[index + 1]
        glyph = strip_glyph(glyf[start:end]) if end > start else b""
        parts.append(glyph)
        position += len(glyph)
        new_offsets.append(position)
    tables["glyf"] = b"".join(parts)
    tables["loca"] = struct.pack(f">{num_glyphs + 1}L", *new_offsets)
    tables["head"] = head[:50] + struct.pack(">h", 1) + head[52:]
    maker = TTFontMaker()
    for tag, table in tables.items():
        if tag not in _DROP_TABLES:
            maker.add(tag, table)
    return maker.makeStream()

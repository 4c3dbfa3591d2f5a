"""The letter's fonts: NanumMyeongjo (body) and NanumGothic (headings, Hanja fallback), TTF subsets.

Registered once per process (parsing a TTF costs far more than subsetting it per letter).
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from civicdesk_gui.documents.letters.font_faces import load_face, make_font
from civicdesk_gui.documents.letters.font_subsets import faster_subsets
from civicdesk_gui.paths import fonts_dir

BODY = "NanumMyeongjo"
BODY_BOLD = "NanumMyeongjo-Bold"
HEADING = "NanumGothic"
HEADING_BOLD = "NanumGothic-Bold"

_FILES = {
    BODY: "NanumMyeongjo.ttf",
    BODY_BOLD: "NanumMyeongjoBold.ttf",
    HEADING: "NanumGothic.ttf",
    HEADING_BOLD: "NanumGothicBold.ttf",
}

# NanumMyeongjo has no CJK ideographs at all; NanumGothic has about 4,600 (tech-notes §1).
_HANJA = re.compile("[\u2e80-\u2fdf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@cache
def register_font(name: str) -> None:
    """Register one of the four faces (once per process): a worker that renders letters needs only
    the faces its letters print, and each costs a tenth of a second to read."""
    filename = _FILES[name]
    # The face's metrics from the cache when this computer has read them before (font_faces.py);
    # asciiReadable=False: no whole-ASCII block in every subset (~95 glyphs per font per letter)
    face = load_face(filename, (fonts_dir() / filename).read_bytes())
    font = make_font(name, face, ascii_readable=False)
    # Subsets of the font without its hinting instructions (font_slimming.py), each glyph slimmed when
    # a letter first prints it; made from tables read once, compressed quicker (font_subsets.py).
    faster_subsets(font)
    pdfmetrics.registerFont(font)
    for family, normal, bold in ((BODY, BODY, BODY_BOLD), (HEADING, HEADING, HEADING_BOLD)):
        addMapping(family, 0, 0, normal)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, normal)
        addMapping(family, 1, 1, bold)


def register_letter_fonts(*names: str) -> None:
    """Register these faces (all four when none is named)."""
    for name in names or tuple(_FILES):
        register_font(name)


def has_hanja(text: str) -> bool:
    return _HANJA.search(text) is not None


def escape(text: str) -> str:
    """`&`, `<` and `>` as entities, as xml.sax.saxutils.escape writes them (importing that module
    brings urllib, http and ssl into every render worker: 17 ms of its start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str, *, hanja_font: str = HEADING) -> str:
    """Escape `text` for a Paragraph, switching Hanja runs to a font that has them instead of losing them."""
    escaped = escape(text)
    return _HANJA.sub(lambda m: f'<font face="{hanja_font}">{m.group(0)}</font>', escaped)

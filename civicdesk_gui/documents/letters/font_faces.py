"""The letter fonts' metrics, read from the font files once per computer instead of once per process.

ReportLab reads a TrueType face's character map, widths and glyph offsets in Python
(TTFontFile.extractInfo), about 0.04 s for the Myeongjo and 0.08 s for the Gothic Bold, and every
render worker of a letter batch (render_pool.py) reads both as it starts: a fifth of a second of CPU
per worker, per batch. What it read depends only on the font file and the ReportLab version, so it is
kept in the user's cache folder (`<cache>/fonts/`, named by the file's name, size and CRC-32 and
ReportLab's version) and loaded from there (about 5 ms a face). A cache that cannot be read or written
changes nothing but the time: the face is read from the file, as ReportLab reads it.

The cache holds the face's attributes as ReportLab set them (pickled: the folder is the user's own,
as writable by them as the program itself). The font built around a cached face is a TTFont set up
as TTFont.__init__ sets one up (tests/documents/test_font_faces.py compares both).
"""

from __future__ import annotations

import contextlib
import io
import pickle
import zlib
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

import platformdirs
from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace
from reportlab.rl_config import unShapedFontGlob

from civicdesk_gui.paths import APP_NAME

FORMAT = 1  # of the cached attributes; a new format is a new file name
_NOT_CACHED = frozenset({"_ttf_data", "_pdfScale", "filename"})


def cache_folder() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "fonts"


def _cache_path(filename: str, data: bytes) -> Path:
    crc = zlib.crc32(data)
    return cache_folder() / f"{filename}.{len(data)}.{crc:08x}.rl{REPORTLAB_VERSION}.v{FORMAT}.pickle"


def _scale(units_per_em: int):
    """TTFontFile.extractInfo's _pdfScale: font units to thousandths of an em."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _read(path: Path) -> dict | None:
    try:
        attributes = pickle.loads(path.read_bytes())
    except Exception:  # missing, unreadable, truncated, from another Python: read the file instead
        return None
    return attributes if isinstance(attributes, dict) and "charToGlyph" in attributes else None


def _write(path: Path, attributes: dict) -> None:
    from civicdesk_gui.atomic_file import write_file

    with contextlib.suppress(Exception):  # a cache folder that cannot be written: read next time too
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file(path, pickle.dumps(attributes, protocol=pickle.HIGHEST_PROTOCOL))


def load_face(filename: str, data: bytes) -> TTFontFace:
    """The face of this font file (`filename` names it in the PDF's internal ids): from the cache, or
    read by ReportLab and then kept in the cache."""
    path = _cache_path(filename, data)
    attributes = _read(path)
    if attributes is not None:
        face = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(attributes)
        face._ttf_data, face.filename = data, filename
        face._pdfScale = _scale(face.unitsPerEm)
        return face
    source = io.BytesIO(data)
    source.name = filename
    face = TTFontFace(source)
    _write(path, {k: v for k, v in face.__dict__.items() if k not in _NOT_CACHED})
    return face


def make_font(name: str, face: TTFontFace, *, ascii_readable: bool) -> TTFont:
    """A TTFont around `face`, set up as TTFont(name, file, asciiReadable=...) sets one up."""
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = ascii_readable
    font.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)
    return font

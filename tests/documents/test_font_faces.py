"""The letter fonts' metrics kept in the cache folder (documents/letters/font_faces.py) are the face
ReportLab reads from the font file, the font around them is set up as ReportLab sets one up, a letter
printed with them is byte for byte the letter printed without, and a cache that cannot be read or
written changes nothing but the time."""

from __future__ import annotations

import io
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from civicdesk_gui.documents.letters import font_faces
from civicdesk_gui.documents.letters.fonts import _FILES
from civicdesk_gui.paths import fonts_dir
from tests.documents.test_letter_pdf import content

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return font_faces.cache_folder()


def _read_by_reportlab(filename: str, data: bytes) -> TTFontFace:
    source = io.BytesIO(data)
    source.name = filename
    return TTFontFace(source)


def _same_face(face: TTFontFace, own: TTFontFace) -> None:
    ours, theirs = dict(vars(face)), dict(vars(own))
    scale, own_scale = ours.pop("_pdfScale"), theirs.pop("_pdfScale")
    assert ours == theirs
    assert [scale(v) for v in (0, 1, 517, 2048)] == [own_scale(v) for v in (0, 1, 517, 2048)]


@pytest.mark.parametrize("filename", sorted(_FILES.values()))
def test_a_face_from_the_cache_is_the_face_reportlab_reads(cache, filename):
    data = (fonts_dir() / filename).read_bytes()
    own = _read_by_reportlab(filename, data)
    first = font_faces.load_face(filename, data)  # read from the file, then kept
    assert [p.name for p in cache.iterdir()] == [font_faces._cache_path(filename, data).name]
    again = font_faces.load_face(filename, data)  # from the cache
    _same_face(first, own)
    _same_face(again, own)
    assert again.charToGlyph[ord("시")] == own.charToGlyph[ord("시")]


def test_a_font_around_a_cached_face_is_set_up_as_reportlab_sets_one_up(cache):
    filename = _FILES["NanumGothic-Bold"]
    data = (fonts_dir() / filename).read_bytes()
    source = io.BytesIO(data)
    source.name = filename
    own = TTFont("NanumGothic-Bold", source, asciiReadable=False)
    font = font_faces.make_font(
        "NanumGothic-Bold", font_faces.load_face(filename, data), ascii_readable=False
    )
    assert sorted(vars(font)) == sorted(vars(own))  # a ReportLab that sets up more fails here
    for name, value in vars(own).items():
        if name not in ("face", "encoding", "state"):
            assert getattr(font, name) == value, name
        else:
            assert type(getattr(font, name)) is type(value), name
    assert font.stringWidth("파주시장", 22) == own.stringWidth("파주시장", 22)


def test_a_cache_that_cannot_be_read_or_written_changes_nothing_but_the_time(cache):
    filename = _FILES["NanumMyeongjo"]
    data = (fonts_dir() / filename).read_bytes()
    own = _read_by_reportlab(filename, data)
    path = font_faces._cache_path(filename, data)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x80\x05 not a pickle")  # a file cut short, a disk error
    _same_face(font_faces.load_face(filename, data), own)
    assert isinstance(pickle.loads(path.read_bytes()), dict)  # written again, whole
    path.write_bytes(pickle.dumps(["something else"]))
    _same_face(font_faces.load_face(filename, data), own)
    path.unlink()
    path.parent.rmdir()
    path.parent.write_bytes(b"")  # the cache folder cannot be made: a file has its name
    _same_face(font_faces.load_face(filename, data), own)


def test_a_letter_printed_with_cached_metrics_is_the_letter_printed_without(tmp_path):
    letter = tmp_path / "letter.pickle"
    letter.write_bytes(pickle.dumps(content(reason_text="도로 확장은 都市計劃 변경이 필요합니다.")))
    program = (
        "import pickle, sys\n"
        "from civicdesk_gui.documents.letters.layout import render_letter\n"
        "sys.stdout.buffer.write(render_letter(pickle.loads(open(sys.argv[1], 'rb').read())))\n"
    )
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}

    def printed() -> bytes:
        run = subprocess.run(
            [sys.executable, "-c", program, str(letter)],
            capture_output=True,
            check=True,
            cwd=ROOT,
            env=environment,
        )
        return re.sub(
            rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[<[0-9a-f]+><[0-9a-f]+>\]", b"", run.stdout
        )

    without = printed()  # an empty cache: the metrics read from the files, then kept
    assert len(list((tmp_path / "cache").rglob("*.pickle"))) == 3  # the letter's three faces
    assert printed() == without

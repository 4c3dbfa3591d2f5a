"""A render process keeps what it made for one letter and prints again in the next (the styles, the
parse and the lines of a text it printed before in the same style, each glyph slimmed, the seal's
image): a letter rendered after many others is byte for byte the letter a fresh process renders."""

from __future__ import annotations

import dataclasses
import io
import pickle
import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from civicdesk_gui.documents.letters.layout import render_letter
from civicdesk_gui.documents.letters.seal import default_seal_png
from tests.documents.test_letter_pdf import content

ROOT = Path(__file__).resolve().parents[2]


def _without_moment(pdf: bytes) -> bytes:
    pdf = re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)", b"", pdf)
    return re.sub(rb"/ID\s*\[<[0-9a-f]+><[0-9a-f]+>\]", b"", pdf)


def _letters() -> list:
    base = content()
    return [
        base,
        content(
            reason_text="인근 주민들이 소음과 주차 문제로 반대 의견을 내어 주민 협의를 먼저 거쳐야 합니다."
        ),
        dataclasses.replace(base, recipient_name="이순자", register_number="도로관리과-18"),
        content(reason_text="도로 확장은 都市計劃 변경이 필요하여 2027년에 다시 검토합니다."),
        dataclasses.replace(base, emblem_png=default_seal_png("문산읍장")),
        content(reason_text="예산 확보가 어렵습니다. " * 250),  # a few pages
        dataclasses.replace(
            base,
            language="en",
            city_name="Paju City",
            sender="Mayor of Paju",
            subject="Result of the review",
            body="1. Thank you for your suggestion.\n2. It stays on our review list.",
        ),
        # one text in two styles: the subject of one letter, a line of the next one's body
        dataclasses.replace(base, subject="주민 의견 검토 결과 알림"),
        dataclasses.replace(base, body="주민 의견 검토 결과 알림\n" + base.body),
        # the office's letterhead changed in Settings between two letters of one process
        dataclasses.replace(
            base,
            city_name="고양시",
            sender="고양시장",
            city_address="(10393) 경기도 고양시 덕양구 고양시청로 10",
            city_phone="031-909-9000",
            seal_png=default_seal_png("고양시장"),
        ),
        base,  # the first again, after all the others
    ]


def test_a_letter_rendered_after_others_is_the_letter_a_fresh_process_renders(tmp_path):
    letters = _letters()
    source = tmp_path / "letters.pickle"
    source.write_bytes(pickle.dumps(letters))
    program = (
        "import pickle, sys\n"
        "from civicdesk_gui.documents.letters.layout import render_letter\n"
        "letters = pickle.loads(open(sys.argv[1], 'rb').read())\n"
        "pickle.dump([render_letter(c) for c in letters], open(sys.argv[2], 'wb'))\n"
    )
    output = tmp_path / "fresh.pickle"
    subprocess.run(
        [sys.executable, "-c", program, str(source), str(output)], check=True, cwd=ROOT, timeout=300
    )
    fresh = pickle.loads(output.read_bytes())

    for _ in range(2):  # every letter again, in the other order, after all of them were printed here
        here = {index: render_letter(letter) for index, letter in reversed(list(enumerate(letters)))}
    for index, pdf in enumerate(fresh):
        assert _without_moment(here[index]) == _without_moment(pdf), index
    pages = [len(PdfReader(io.BytesIO(pdf)).pages) for pdf in fresh]
    assert pages[5] > 1 and pages[0] == pages[6] == 1
    assert "都市計劃" in PdfReader(io.BytesIO(fresh[3])).pages[0].extract_text()
    changed = PdfReader(io.BytesIO(here[len(letters) - 2])).pages[0].extract_text()
    assert "고양시장" in changed and "고양시청로 10" in changed
    assert "파주시장" not in changed and "시청로 50" not in changed

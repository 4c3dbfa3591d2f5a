"""A letter batch renders in worker processes (documents/letters/render_pool.py) and writes in this
one: every issued letter's PDF prints the register number it was issued under, on both back ends,
even when the numbers foreseen for the rendering turn out wrong."""

from __future__ import annotations

import hashlib
import io

from pypdf import PdfReader

from civicdesk_gui.actions import letter_batch
from civicdesk_gui.actions.letter_batch import issue_pending_letters
from civicdesk_gui.actions.letters import register_counter_name
from civicdesk_gui.queries.letters import letter_reads
from civicdesk_gui.store.letter_models import Letter
from civicdesk_gui.store.models import Case
from civicdesk_gui.store.sequences import next_value
from tests.letter_helpers import make_letter_case


def _printed_number(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def _cases(actor, count: int) -> list[int]:
    return [
        make_letter_case(actor, name=f"주민{i}", department="도로관리과" if i % 3 else "공원녹지과")
        for i in range(count)
    ]


def _check_every_letter_prints_its_own_number() -> None:
    letters = list(Letter.select().order_by(Letter.id))
    for letter in letters:
        pdf = bytes(letter.pdf)
        assert letter.sha256 == hashlib.sha256(pdf).hexdigest()
        assert letter.register_number in _printed_number(pdf), letter.register_number
    assert len({letter.register_number for letter in letters}) == len(letters)


def test_letters_rendered_by_workers_are_the_letters_issued(actor, monkeypatch):
    ids = _cases(actor, 8)
    taken = []
    real = letter_batch._RenderAhead.letter

    def counting(self, index):
        letter = real(self, index)
        taken.append(letter.prerendered is not None)
        return letter

    monkeypatch.setattr(letter_batch._RenderAhead, "letter", counting)
    result = issue_pending_letters(ids, actor=actor, workers=2)
    assert len(result.issued) == 8 and not result.failed
    assert all(taken)  # every letter was rendered ahead by a worker
    numbers = [letter.register_number for letter in result.issued]
    assert numbers == [
        f"{'도로관리과' if i % 3 else '공원녹지과'}-{n}"
        for i, n in zip(range(8), [1, 1, 2, 2, 3, 4, 3, 5], strict=True)
    ]
    _check_every_letter_prints_its_own_number()


def test_a_number_drawn_by_another_desk_meanwhile_is_printed_right(actor):
    ids = _cases(actor, 9)

    def another_desk(done, total, text):
        if done == 2:  # another desk issues a road letter while this batch runs
            next_value(register_counter_name("도로관리과"))

    result = issue_pending_letters(ids, actor=actor, workers=2, report=another_desk)
    assert len(result.issued) == 9
    roads = [
        int(n.split("-")[1]) for n in (letter.register_number for letter in result.issued) if "도로" in n
    ]
    assert roads == [1, 3, 4, 5, 6, 7]  # number 2 went to the other desk
    _check_every_letter_prints_its_own_number()


def test_a_case_that_fails_does_not_shift_the_numbers_printed_after_it(actor):
    ids = _cases(actor, 8)
    Case.update(department=None).where(Case.id == ids[1]).execute()
    result = issue_pending_letters(ids, actor=actor, workers=2)
    assert len(result.issued) == 7 and len(result.failed) == 1
    _check_every_letter_prints_its_own_number()


def test_one_worker_renders_in_this_process(actor):
    ids = _cases(actor, 6)
    ahead = letter_batch._RenderAhead(ids, reads=letter_reads("ko"), issued_at=None, workers=1)
    assert ahead.pool is None
    result = issue_pending_letters(ids, actor=actor, workers=1)
    assert len(result.issued) == 6
    _check_every_letter_prints_its_own_number()

"""A letter batch reads what all its letters share once (letterhead, templates, the sign-off rule),
fills each letter's template once and renders in worker processes that start lean — and still issues,
letter for letter, what issuing each one alone prints; a change made between two batches is printed
by the second. Both back ends."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import signal
import sys
import types

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from civicdesk_gui.actions import letter_batch
from civicdesk_gui.actions.letter_batch import issue_pending_letters
from civicdesk_gui.actions.letters import save_city_settings, save_letter_template
from civicdesk_gui.documents.letters.content import letter_content
from civicdesk_gui.documents.letters.layout import render_letter
from civicdesk_gui.documents.letters.render_pool import RenderPool
from civicdesk_gui.queries import letters as letter_queries
from civicdesk_gui.queries.letters import awaiting_case_ids, case_facts
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.letter_models import Letter
from civicdesk_gui.store.models import CaseEvent
from civicdesk_gui.store.office_settings import city_settings
from tests.letter_helpers import make_letter_case

AT = dt.datetime(2026, 11, 20, 10, 0)

# Hanja in a reason: the letter prints it in the Gothic face, which a worker registers only then.
HANJA_REASON = "도로 확장은 都市計劃 변경이 필요하여 2027년에 다시 검토합니다."


def _cases(actor, count: int) -> list[int]:
    return [
        make_letter_case(
            actor,
            name=f"주민{i}",
            department="도로관리과" if i % 2 else "공원녹지과",
            reason_text=HANJA_REASON if i == 3 else "사업비 확보 후 다시 검토합니다.",
        )
        for i in range(count)
    ]


def _without_moment(pdf: bytes) -> bytes:
    """The PDF with the moment it was made taken out (its dates and the document ID made from them)."""
    pdf = re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)", b"", pdf)
    return re.sub(rb"/ID\s*\[<[0-9a-f]+><[0-9a-f]+>\]", b"", pdf)


def _fonts(pdf: bytes) -> list[str]:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return sorted(str(font["/BaseFont"]).split("+", 1)[1] for font in page["/Resources"]["/Font"].values())


def _alone(letter: Letter) -> bytes:
    """What issuing this case's letter alone renders (actions/letters.issue_letter without a batch):
    the case's facts and the letterhead read now, the same number, date and wording."""
    content = letter_content(
        case_facts(letter.case_id),
        city_settings(),
        language=letter.language,
        subject=letter.subject,
        body=letter.text,
        register_number=letter.register_number,
        issue_date=letter.issued_at.date(),
    )
    return render_letter(content)


def test_letters_rendered_by_workers_are_byte_for_byte_the_letters_issued_alone(actor):
    ids = _cases(actor, 6)
    result = issue_pending_letters(ids, actor=actor, workers=2, issued_at=dict.fromkeys(ids, AT))
    assert len(result.issued) == 6 and not result.failed
    for letter in Letter.select().order_by(Letter.id):
        batch_pdf = bytes(letter.pdf)
        alone = _alone(letter)
        assert _without_moment(batch_pdf) == _without_moment(alone), letter.register_number
        batch_reader, alone_reader = PdfReader(io.BytesIO(batch_pdf)), PdfReader(io.BytesIO(alone))
        assert len(batch_reader.pages) == len(alone_reader.pages) == 1
        text = batch_reader.pages[0].extract_text()
        assert text == alone_reader.pages[0].extract_text()
        assert letter.register_number in text
        assert _fonts(batch_pdf) == _fonts(alone)
    hanja = Letter.get(Letter.case == ids[3])
    assert "都市計劃" in PdfReader(io.BytesIO(bytes(hanja.pdf))).pages[0].extract_text()
    assert _fonts(bytes(hanja.pdf)) == ["NanumGothic", "NanumGothicBold", "NanumMyeongjo"]
    assert _fonts(bytes(Letter.get(Letter.case == ids[0]).pdf)) == ["NanumGothicBold", "NanumMyeongjo"]


def test_a_batch_reads_the_office_settings_once_and_fills_each_template_once(actor, monkeypatch):
    ids = _cases(actor, 8)
    statements: list[str] = []
    real_execute = type(database_proxy.obj).execute_sql

    def counting(self, sql, params=None, *args, **kwargs):
        statements.append(sql)
        return real_execute(self, sql, params, *args, **kwargs)

    fills: list[str] = []
    real_fill = letter_queries.fill

    def counting_fill(text, values):
        fills.append(text)
        return real_fill(text, values)

    monkeypatch.setattr(type(database_proxy.obj), "execute_sql", counting)
    monkeypatch.setattr(letter_queries, "fill", counting_fill)
    result = issue_pending_letters(ids, actor=actor, workers=2)
    assert len(result.issued) == 8
    settings_reads = [sql for sql in statements if re.search(r'FROM "setting"', sql)]
    template_reads = [sql for sql in statements if re.search(r'FROM "letter_?template"', sql)]
    assert len(settings_reads) == 2  # the letterhead and the sign-off rule, once for the batch
    assert len(template_reads) == 2  # one per kind of letter, once for the batch
    assert len(fills) == 2 * 8  # subject and body, once per letter


def test_settings_and_templates_changed_between_two_batches_are_printed_by_the_second(admin):
    actor = admin
    first = _cases(actor, 3)
    issue_pending_letters(first, actor=actor, workers=2)
    save_city_settings(values={"city.name": "고양시", "city.mayor_title": "고양시장"}, actor=actor)
    save_letter_template(
        kind="long_term_review",
        language="ko",
        subject="민원({case_number}) 회신",
        body="1. {resident_name} 님, 다시 알려 드립니다.",
        actor=actor,
        expected_version=0,
    )
    second = [make_letter_case(actor, name=f"다음{i}") for i in range(3)]
    issue_pending_letters(second, actor=actor, workers=2)
    for case_id in first:
        text = "".join(
            PdfReader(io.BytesIO(bytes(Letter.get(Letter.case == case_id).pdf)))
            .pages[0]
            .extract_text()
            .split()
        )
        assert "파주시장" in text and "고양시장" not in text and "다시알려드립니다" not in text
    for index, case_id in enumerate(second):
        letter = Letter.get(Letter.case == case_id)
        text = "".join(PdfReader(io.BytesIO(bytes(letter.pdf))).pages[0].extract_text().split())
        assert "고양시장" in text and "파주시장" not in text
        assert f"다음{index}님,다시알려드립니다." in text
        assert letter.subject.endswith(") 회신")


def test_a_case_changed_after_its_letter_was_foreseen_gets_the_letter_of_its_new_facts(actor):
    ids = _cases(actor, 5)
    from civicdesk_gui.store.models import Case

    def meanwhile(done, total, text):
        if done == 1:  # after the first letter, while the next ones are rendered ahead
            Case.update(submitter_name="바뀐이름").where(Case.id == ids[2]).execute()

    result = issue_pending_letters(ids, actor=actor, workers=2, report=meanwhile)
    assert len(result.issued) == 5
    letter = Letter.get(Letter.case == ids[2])
    flat = "".join(PdfReader(io.BytesIO(bytes(letter.pdf))).pages[0].extract_text().split())
    assert "바뀐이름" in flat and "주민2" not in flat
    assert "바뀐이름" in letter.text  # the wording stored is the wording printed


def _worker_state() -> tuple[str | None, list[str]]:
    """The program a worker ran again as its main module ('spawn' does unless told), and its faces."""
    return getattr(sys.modules["__main__"], "__file__", None), sorted(pdfmetrics.getRegisteredFontNames())


def test_render_workers_start_without_the_main_program_and_with_two_faces(tmp_path, monkeypatch):
    # A program whose main module leaves a mark when it runs ('spawn' runs it again in each child,
    # as __mp_main__, unless told not to).
    mark = tmp_path / "ran"
    program = tmp_path / "program.py"
    program.write_text(f"open({str(mark)!r}, 'w').close()\n", encoding="utf-8")
    main = types.ModuleType("__main__")
    main.__file__ = str(program)
    main.__spec__ = None
    monkeypatch.setitem(sys.modules, "__main__", main)
    with RenderPool(1) as pool:
        main_file, faces = pool._executor.submit(_worker_state).result(timeout=120)
    assert main_file is None and not mark.exists()
    assert {"NanumMyeongjo", "NanumGothic-Bold"} <= set(faces)
    assert "NanumGothic" not in faces and "NanumMyeongjo-Bold" not in faces


@pytest.mark.parametrize("workers", [1, 2])
def test_one_transaction_per_letter(actor, workers, monkeypatch):
    ids = _cases(actor, 4)
    begun: list[int] = []
    real_begin = type(database_proxy.obj).begin

    def counting_begin(self, *args, **kwargs):
        begun.append(1)
        return real_begin(self, *args, **kwargs)

    monkeypatch.setattr(type(database_proxy.obj), "begin", counting_begin)
    monkeypatch.setattr(letter_batch, "POOL_FROM", 1)
    result = issue_pending_letters(ids, actor=actor, workers=workers)
    assert len(result.issued) == 4
    assert len(begun) == 1 + 4  # the batch's permission check, then one per letter


def test_a_render_worker_killed_midway_stops_the_batch_with_one_error_and_whole_letters(actor):
    ids = _cases(actor, 12)
    workers: list = []
    real_init = letter_batch._RenderAhead.__init__

    def keeping(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        workers.append(self.pool)

    processes: list = []

    def kill_a_worker(done, total, text):
        if done == 3:
            processes.extend(workers[0]._executor._processes.values())
            os.kill(processes[0].pid, signal.SIGKILL)
            processes[0].join(30)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(letter_batch._RenderAhead, "__init__", keeping)
        result = issue_pending_letters(ids, actor=actor, workers=2, report=kill_a_worker)
    assert result.stopped is not None and result.stopped.code == "letter.render_worker_lost"
    assert not result.failed  # one error for the batch, not one per letter
    assert 3 <= len(result.issued) < 12
    letters = list(Letter.select().order_by(Letter.id))
    assert [letter.id for letter in letters] == [issued.letter_id for issued in result.issued]
    for letter in letters:  # every letter issued is whole: its bytes, its number printed, its event
        pdf = bytes(letter.pdf)
        assert hashlib.sha256(pdf).hexdigest() == letter.sha256
        assert letter.register_number in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    events = CaseEvent.select().where(CaseEvent.kind == "letter").count()
    assert events == len(letters)
    assert len(awaiting_case_ids()) == 12 - len(letters)  # the others still await their letter
    assert len(processes) == 2 and not any(process.is_alive() for process in processes)  # none left
    # Issued again, the remaining letters go out (the numbers go on from the last one drawn).
    again = issue_pending_letters(awaiting_case_ids(), actor=actor, workers=2)
    assert again.stopped is None and len(again.issued) == 12 - len(letters)

"""Issuing, reprinting, voiding and batch-issuing letters, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from pypdf import PdfReader

from civicdesk_gui.actions.letter_batch import issue_pending_letters
from civicdesk_gui.actions.letters import (
    issue_letter,
    save_city_settings,
    save_letter_template,
    void_letter,
)
from civicdesk_gui.errors import ConflictError, ValidationError
from civicdesk_gui.queries.letters import (
    awaiting_case_ids,
    awaiting_letter_rows,
    current_template,
    issued_letter_rows,
    letter_draft,
    letter_pdf,
)
from civicdesk_gui.store.letter_models import Letter
from civicdesk_gui.store.models import Case, CaseEvent
from tests.letter_helpers import REASON, make_letter_case


def issue(case_id, actor, **kw):
    draft = letter_draft(case_id, "ko")
    return issue_letter(
        case_id=case_id,
        actor=actor,
        expected_version=draft.case_version,
        language="ko",
        subject=draft.subject,
        body=draft.body,
        **kw,
    )


def test_issue_stores_exact_bytes_counts_as_reply_and_records_one_event(actor):
    case_id = make_letter_case(actor)
    assert awaiting_case_ids() == [case_id]
    events_before = CaseEvent.select().where(CaseEvent.case == case_id).count()
    issued = issue(case_id, actor)
    assert issued.register_number == "도로관리과-1"
    stored = Letter.get_by_id(issued.letter_id)
    assert bytes(stored.pdf) == issued.pdf
    assert stored.sha256 == hashlib.sha256(issued.pdf).hexdigest()
    text = "".join(PdfReader(io.BytesIO(issued.pdf)).pages[0].extract_text().split())
    assert "김영희" in text and "2026-000001" in text and "".join(REASON.split()) in text
    assert "도로관리과-1(" in text
    case = Case.get_by_id(case_id)
    assert case.first_reply_at is not None
    assert case.version == issued.case_version
    events = list(CaseEvent.select().where(CaseEvent.case == case_id).order_by(CaseEvent.id))
    assert len(events) == events_before + 1
    assert events[-1].kind == "letter"
    assert json.loads(events[-1].after)["letter"] == "도로관리과-1"
    assert awaiting_case_ids() == []


def test_reprint_gives_identical_bytes_and_hash(actor):
    case_id = make_letter_case(actor)
    issued = issue(case_id, actor)
    number, first = letter_pdf(issued.letter_id)
    _number, second = letter_pdf(issued.letter_id)
    assert number == issued.register_number
    assert first == second == issued.pdf
    assert hashlib.sha256(second).hexdigest() == issued.sha256


def test_second_letter_is_refused_until_the_first_is_voided(actor):
    case_id = make_letter_case(actor)
    first = issue(case_id, actor)
    with pytest.raises(ValidationError, match="already has letter 도로관리과-1"):
        issue(case_id, actor)
    draft = letter_draft(case_id, "ko")
    corrected = issue_letter(
        case_id=case_id,
        actor=actor,
        expected_version=draft.case_version,
        language="ko",
        subject=draft.subject,
        body=draft.body + "\n6. 주소를 바로잡아 다시 보내 드립니다.",
        replaces_letter_id=first.letter_id,
        void_reason="주소 오기",
    )
    assert corrected.register_number == "도로관리과-2"
    old = Letter.get_by_id(first.letter_id)
    assert old.voided_at is not None and old.void_reason == "주소 오기"
    assert old.replaced_by_id == corrected.letter_id
    assert bytes(old.pdf) == first.pdf  # a voided letter is kept as it was
    rows = issued_letter_rows()
    assert [r.register_number for r in rows] == ["도로관리과-2", "도로관리과-1"]
    # The register's search and state filter, in SQL.
    assert [r.register_number for r in issued_letter_rows(search="과-1")] == ["도로관리과-1"]
    number = Case.get_by_id(case_id).number
    assert len(issued_letter_rows(search=number[-4:])) == 2
    assert issued_letter_rows(search="없는 번호") == []
    assert [r.register_number for r in issued_letter_rows(state="standing")] == ["도로관리과-2"]
    assert [r.register_number for r in issued_letter_rows(state="voided")] == ["도로관리과-1"]
    resident = Case.get_by_id(case_id).submitter_name
    assert resident and len(issued_letter_rows(search=resident)) == 2


def test_void_puts_the_case_back_on_the_awaiting_list_and_numbers_are_never_reused(actor):
    case_id = make_letter_case(actor)
    first = issue(case_id, actor)
    with pytest.raises(ValidationError):
        void_letter(letter_id=first.letter_id, reason="  ", actor=actor)
    void_letter(letter_id=first.letter_id, reason="수신인 성명 오기", actor=actor)
    with pytest.raises(ConflictError):
        void_letter(letter_id=first.letter_id, reason="again", actor=actor)
    assert [r.case_id for r in awaiting_letter_rows()] == [case_id]
    second = issue(case_id, actor)
    assert second.register_number == "도로관리과-2"


def test_stale_case_version_is_a_conflict_and_nothing_is_issued(actor):
    case_id = make_letter_case(actor)
    draft = letter_draft(case_id, "ko")
    with pytest.raises(ConflictError):
        issue_letter(
            case_id=case_id,
            actor=actor,
            expected_version=draft.case_version - 1,
            language="ko",
            subject=draft.subject,
            body=draft.body,
        )
    assert Letter.select().count() == 0


def test_batch_numbers_are_unique_and_sequential_per_department(actor, tmp_path):
    ids = [make_letter_case(actor, name=f"주민{i}") for i in range(5)]
    ids.append(
        make_letter_case(actor, name="공원 민원인", department="공원녹지과", classification="unfeasible")
    )
    progress = []
    result = issue_pending_letters(
        ids, actor=actor, report=lambda d, t, s: progress.append((d, t)), folder=tmp_path
    )
    numbers = [letter.register_number for letter in result.issued]
    assert numbers == [f"도로관리과-{i}" for i in range(1, 6)] + ["공원녹지과-1"]
    assert len(set(numbers)) == len(numbers)
    assert progress[-1] == (6, 6)
    paths = result.paths
    assert len(paths) == 6 and all(p.read_bytes()[:5] == b"%PDF-" for p in paths)
    assert len(PdfReader(str(result.combined)).pages) == 6


def test_cancelled_batch_leaves_letters_fully_issued_or_not_at_all(actor):
    ids = [make_letter_case(actor, name=f"주민{i}") for i in range(4)]

    class Stop(Exception):
        pass

    calls = {"n": 0}

    def check():
        calls["n"] += 1
        if calls["n"] == 3:
            raise Stop()

    with pytest.raises(Stop):
        issue_pending_letters(ids, actor=actor, check=check)
    letters = list(Letter.select())
    assert len(letters) == 2
    for letter in letters:
        assert letter.sha256 == hashlib.sha256(bytes(letter.pdf)).hexdigest()
        assert (
            CaseEvent.select().where((CaseEvent.case == letter.case) & (CaseEvent.kind == "letter")).count()
            == 1
        )
    assert len(awaiting_case_ids()) == 2


def test_a_case_that_cannot_get_a_letter_is_reported_and_the_batch_goes_on(actor):
    good = make_letter_case(actor)
    bad = make_letter_case(actor, name="부서 없음")
    Case.update(department=None).where(Case.id == bad).execute()
    result = issue_pending_letters([bad, good], actor=actor)
    assert [letter.case_id for letter in result.issued] == [good]
    assert result.failed and "no department" in result.failed[0].message
    assert result.failed[0].error.code == "letter.no_department"  # the GUI says it in the desk's language


def test_template_with_unknown_placeholder_is_refused_at_save(actor):
    with pytest.raises(ValidationError, match=r"\{mayor_signature\}"):
        save_letter_template(
            kind="unfeasible",
            language="ko",
            subject="검토 결과",
            body="{resident_name} 님, {mayor_signature}",
            actor=actor,
            expected_version=0,
        )
    assert current_template("unfeasible", "ko")[1] == 0


def test_saved_template_drives_the_draft_and_stale_saves_conflict(admin):
    actor = admin  # templates and the letterhead are the administrator's
    version = save_letter_template(
        kind="long_term_review",
        language="ko",
        subject="{case_number} 회신",
        body="1. {resident_name} 님, 사유: {reason_text}",
        actor=actor,
        expected_version=0,
    ).version
    assert version == 1
    with pytest.raises(ConflictError):
        save_letter_template(
            kind="long_term_review", language="ko", subject="x", body="y", actor=actor, expected_version=0
        )
    case_id = make_letter_case(actor)
    draft = letter_draft(case_id, "ko")
    assert draft.subject == "2026-000001 회신"
    assert draft.body == f"1. 김영희 님, 사유: {REASON}"


def test_city_settings_change_the_letterhead(admin):
    actor = admin  # templates and the letterhead are the administrator's
    from civicdesk_gui.documents.letters.seal import default_seal_png

    save_city_settings(
        values={
            "city.name": "고양시",
            "city.mayor_title": "고양시장",
            "city.seal_png": default_seal_png("고양시장"),
        },
        actor=actor,
    )
    with pytest.raises(ValidationError, match="not a PNG"):
        save_city_settings(values={"city.emblem_png": b"GIF89a..."}, actor=actor)
    issued = issue(make_letter_case(actor), actor)
    flat = "".join(PdfReader(io.BytesIO(issued.pdf)).pages[0].extract_text().split())
    assert "고양시장" in flat and "파주시장" not in flat

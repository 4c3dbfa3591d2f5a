"""Errors from below the UI shown in the desk's language: the catalog's template translated, codes
among the values shown by their labels, numbers and nested phrases kept."""

from __future__ import annotations

import pytest

from civicdesk_gui.actions import cases
from civicdesk_gui.error_catalog import Phrase
from civicdesk_gui.errors import CivicDeskError, ConflictError, ValidationError
from civicdesk_gui.ui.cases.detail.case_detail_view import CaseDetailView
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.error_dialog import user_message
from civicdesk_gui.ui.shell.error_text import describe, say


def _error(call, **kwargs) -> CivicDeskError:
    with pytest.raises(CivicDeskError) as caught:
        call(**kwargs)
    return caught.value


@pytest.fixture
def case_id(desk_actor):
    return cases.intake_case(channel="text", text="가로등이 꺼져 있어요", actor=desk_actor).case_id


def test_an_empty_note_is_refused_in_korean_by_the_detail_pane_and_the_error_dialog(
    korean, qtbot, context, case_id, desk_actor
):
    error = _error(cases.add_note, case_id=case_id, text="  ", actor=desk_actor)
    assert str(error) == "The note is empty"  # the CLI and the log keep the English
    assert describe(error) == "내부 메모가 비어 있습니다"
    assert user_message(error) == "내부 메모가 비어 있습니다"

    view = CaseDetailView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.show_case(case_id)
    form = view.open_form("note")
    form.editor.setPlainText("   ")
    assert view.perform(form) is False
    assert view.message.text() == "⚠ 내부 메모가 비어 있습니다"


def test_states_are_shown_by_their_korean_labels(korean, case_id, desk_actor):
    error = _error(cases.start_review, case_id=case_id, actor=desk_actor, expected_version=None)
    assert describe(error) == (
        "‘접수’ 상태의 민원은 ‘검토 중’ 상태로 바꿀 수 없습니다 (가능한 상태: 감사 확인, 부서 배정, 철회)"
    )
    reason = ValidationError("case.reason_code_needed", {"classification": "long_term_review"})
    assert describe(reason) == "‘장기 검토’ 민원에는 사유를 선택해야 합니다"


def test_numbers_keep_their_separators_and_words_are_translated(korean, desk_actor):
    error = _error(cases.intake_case, channel="text", text="가" * 10_001, actor=desk_actor)
    assert describe(error) == "민원 내용이 10,001자입니다. 최대 10,000자까지 입력할 수 있습니다"
    unknown = _error(cases.intake_case, channel="text", text="민원", department_id=999, actor=desk_actor)
    assert describe(unknown) == "알 수 없는 담당 부서: ‘999’"


def test_nested_phrases_are_said_in_korean_too(korean):
    conflict = ConflictError(
        "case.changed", {"number": "2026-000123", "who": Phrase("user.another"), "when": "2026-03-09 10:42"}
    )
    assert "(변경: 다른 사용자, 2026-03-09 10:42)" in describe(conflict)
    assert say(
        Phrase("session.conflict.travel", {"minutes": 10, "other": Phrase("session.another"), "needed": 30})
    ) == ("다른 이동시장실 일정과의 이동 시간이 10분뿐입니다 (30분 필요)")


def test_without_the_korean_translation_the_english_sentence_is_shown(qapp, case_id, desk_actor):
    previous = preferences.get("ui/language")
    preferences.put("ui/language", "en")
    try:
        error = _error(cases.start_review, case_id=case_id, actor=desk_actor, expected_version=None)
        assert describe(error) == str(error)
        assert "'Received' cannot become 'In review'" in describe(error)
    finally:
        preferences.put("ui/language", previous)


def test_text_that_is_not_a_catalog_code_is_shown_as_it_is(korean):
    assert describe(ValidationError("담당자를 선택하십시오.")) == "담당자를 선택하십시오."
    assert describe(OSError("disk full")) == "disk full"


def test_a_full_disk_and_a_locked_database_are_said_calmly_in_korean(korean, sqlite_db):
    import errno
    import sqlite3

    import peewee

    from civicdesk_gui.ui.shell.error_dialog import is_environment_error

    full = OSError(errno.ENOSPC, "No space left on device", "/srv/calendar.ics")
    assert is_environment_error(full)
    assert user_message(full).startswith("디스크가 가득 찼습니다. /srv/calendar.ics")
    try:
        with peewee.__exception_wrapper__:
            raise sqlite3.OperationalError("database is locked")
    except peewee.OperationalError as exc:
        locked = exc
    assert is_environment_error(locked)
    message = user_message(locked)
    assert "다른 자리나 프로그램이" in message and str(sqlite_db.path) in message
    assert not is_environment_error(KeyError("a bug"))  # a bug keeps its traceback dialog

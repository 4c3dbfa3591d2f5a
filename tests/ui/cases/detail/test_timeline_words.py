"""The case history in people's words: a letter's issue reads "Letter issued (register number …),
no digital signature", never its keys or the file's hash."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.queries.case_detail import TimelineEntry
from civicdesk_gui.ui.cases.detail.case_timeline_view import TimelineModel, change_lines

HASH = "13aaab" + "0" * 58


def entry(before: dict, after: dict) -> TimelineEntry:
    return TimelineEntry(1, dt.datetime(2026, 11, 20, 9, 0), "김소통", "letter", "", before, after)


def test_an_issued_letter_is_said_in_words_without_the_hash(qtbot):
    lines = change_lines(
        entry(
            {"state": "in_review"},
            {"state": "classified", "letter": "도로관리과-12", "sha256": HASH, "signed": False},
        )
    )
    text = "\n".join(lines)
    assert "Letter issued (register number 도로관리과-12), no digital signature" in text
    assert "13aaab" not in text and "sha256" not in text and "signed" not in text and "letter:" not in text
    signed = "\n".join(change_lines(entry({}, {"letter": "도로관리과-13", "sha256": HASH, "signed": True})))
    assert "digitally signed" in signed
    model = TimelineModel()
    model.set_entries([entry({}, {"letter": "도로관리과-12", "sha256": HASH, "signed": False})])
    assert "13aaab" not in model.index(0, TimelineModel.COL_DETAIL).data()


def test_a_voided_letter_names_the_letter(qtbot):
    lines = change_lines(entry({"letter": "도로관리과-12"}, {"voided": True}))
    assert lines == ["Letter 도로관리과-12 voided"]

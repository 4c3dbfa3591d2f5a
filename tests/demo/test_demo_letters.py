"""Demo letters: management-list cases classified over a week ago have a real, standing letter,
dated a few working days after the classification; the newest still await theirs."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader

from civicdesk_gui.demo import generator
from civicdesk_gui.demo.letters import AWAITING_DAYS, MAIL_AFTER_HOURS
from civicdesk_gui.domain import clocks
from civicdesk_gui.domain.workflow import MANAGEMENT_LIST_OUTCOMES
from civicdesk_gui.queries.letters import awaiting_letter_condition, standing_letter
from civicdesk_gui.store import database, opening
from civicdesk_gui.store.letter_models import Letter
from civicdesk_gui.store.models import Case, CaseEvent
from civicdesk_gui.store.rules import invalidate_rules

NOW = dt.datetime(2026, 11, 18, 11, 0)


def _classified_at() -> dict[int, dt.datetime]:
    """Management-list case id -> its latest classification, read from the history."""
    result: dict[int, dt.datetime] = {}
    events = (
        CaseEvent.select(CaseEvent.case, CaseEvent.at)
        .join(Case, on=(CaseEvent.case == Case.id))
        .where((CaseEvent.kind == "classify") & Case.classification.in_(sorted(MANAGEMENT_LIST_OUTCOMES)))
        .tuples()
    )
    for case_id, at in events:
        result[case_id] = max(at, result.get(case_id, at))
    return result


def _generate() -> tuple[str, list[tuple[int, int]]]:
    """500 cases, seed 2: about 130 letters issued and a few cases classified this week."""
    seen: list[tuple[int, int]] = []
    summary = generator.generate_demo(
        cases=500, seed=2, now=NOW, letters=True, progress=lambda done, total: seen.append((done, total))
    )
    return summary, seen


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('demo-letters') / 'demo.db'}"
    invalidate_rules()
    opening.connect(url)
    generated = _generate()
    database.close()
    return url, generated


@pytest.fixture
def demo_with_letters(demo_url):
    url, generated = demo_url
    invalidate_rules()
    opening.connect(url)
    yield generated
    database.close()


def test_cases_classified_over_a_week_ago_have_a_standing_letter(demo_with_letters):
    _check_standing_letters(*demo_with_letters)


def test_postgresql_issues_the_same_letters(pg_db):
    _check_standing_letters(*_generate())


def _check_standing_letters(summary: str, seen: list[tuple[int, int]]) -> None:
    classified = _classified_at()
    cutoff = NOW - dt.timedelta(days=AWAITING_DAYS)
    old = {case_id for case_id, at in classified.items() if at < cutoff}
    recent = set(classified) - old
    assert len(old) > 30 and recent, "the demo should hold both letters issued and letters awaited"
    for case_id in old:
        assert standing_letter(case_id) is not None, case_id
    awaiting = {c.id for c in Case.select(Case.id).where(awaiting_letter_condition())}
    assert awaiting == recent
    assert f"{len(old):,} letters issued" in summary
    assert seen[-1] == (len(old), len(old))
    assert [done for done, _ in seen] == list(range(1, len(old) + 1))


def test_letters_are_dated_a_few_working_days_after_the_classification(demo_with_letters):
    classified = _classified_at()
    for letter in Letter.select():
        at = classified[letter.case_id]
        earliest, latest = (clocks.add_working_hours(at, hours) for hours in MAIL_AFTER_HOURS)
        assert earliest - dt.timedelta(seconds=1) <= letter.issued_at <= latest, letter.register_number
        assert letter.issued_at < NOW
        assert clocks.is_working_day(letter.issued_at.date()), letter.register_number
        event = CaseEvent.get((CaseEvent.case == letter.case_id) & (CaseEvent.kind == "letter"))
        assert event.at == letter.issued_at
        assert json.loads(event.after)["letter"] == letter.register_number
        case = Case.get_by_id(letter.case_id)
        # A later history step (a new review date) keeps its place as the case's last change; notes and
        # surveys are history only (the case row does not change).
        latest = max(
            e.at
            for e in CaseEvent.select().where(
                (CaseEvent.case == case.id) & CaseEvent.kind.not_in(("note", "survey"))
            )
        )
        assert case.updated_at == latest


def test_pdfs_are_real_letters_with_unique_register_numbers(demo_with_letters):
    letters = list(Letter.select(Letter, Case.number).join(Case).order_by(Letter.id))
    numbers = [letter.register_number for letter in letters]
    assert len(numbers) == len(set(numbers))
    for letter in letters[:: max(1, len(letters) // 8)]:
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(bytes(letter.pdf))).pages)
        assert letter.case.number in text
        assert letter.register_number in text

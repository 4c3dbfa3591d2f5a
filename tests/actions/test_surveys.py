"""Satisfaction surveys: typed in for one case (one per case, one history event) and imported from CSV
with every line accounted for — imported, duplicate, or rejected with its row and reason."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from civicdesk_gui.actions import cases as case_actions
from civicdesk_gui.actions.survey_import import import_survey_file
from civicdesk_gui.actions.surveys import record_survey
from civicdesk_gui.errors import CivicDeskError, NotFoundError, ValidationError
from civicdesk_gui.store.models import Case, CaseEvent, Survey

NOW = dt.datetime(2026, 10, 6, 10, 0)


@pytest.fixture
def two_cases(actor):
    ids = []
    for day in (1, 2):
        result = case_actions.intake_case(
            channel="text",
            text=f"가로등 고장 {day}",
            received_at=dt.datetime(2026, 10, day, 9, 0),
            at=dt.datetime(2026, 10, day, 9, 0),
            actor=actor,
        )
        ids.append(result.case_id)
    return ids


def test_record_a_survey_with_its_history_event(actor, two_cases):
    case_id = two_cases[0]
    version = Case.get_by_id(case_id).version
    result = record_survey(
        case_id=case_id,
        channel="call",
        satisfaction=4,
        would_use_again="yes",
        would_recommend="neutral",
        comment="  친절했습니다 ",
        surveyed_at=dt.datetime(2026, 10, 3, 14, 0),
        actor=actor,
        at=NOW,
    )
    survey = Survey.get_by_id(result.survey_id)
    assert (survey.case_id, survey.channel, survey.satisfaction) == (case_id, "call", 4)
    assert (survey.would_use_again, survey.would_recommend, survey.wants_continued) == (
        "yes",
        "neutral",
        None,
    )
    assert survey.comment == "친절했습니다" and survey.surveyed_at == dt.datetime(2026, 10, 3, 14, 0)
    assert survey.created_by_id == actor.id
    (event,) = CaseEvent.select().where((CaseEvent.case == case_id) & (CaseEvent.kind == "survey"))
    assert json.loads(event.after)["satisfaction"] == 4 and event.body == "친절했습니다"
    # History only: the case row (and its version) is untouched, so nobody's open form goes stale.
    assert Case.get_by_id(case_id).version == version
    assert result.changes.surveys == frozenset({survey.id})
    assert result.changes.case_history == frozenset({case_id}) and not result.changes.cases


@pytest.mark.parametrize(
    ("answers", "code"),
    [
        ({"channel": "fax", "satisfaction": 3}, "survey.unknown_channel"),
        ({"channel": "text", "satisfaction": 6}, "survey.bad_score"),
        ({"channel": "text", "satisfaction": 0}, "survey.bad_score"),
        ({"channel": "text", "would_recommend": "maybe"}, "survey.bad_answer"),
        ({"channel": "text"}, "survey.empty"),
        ({"channel": "text", "comment": "가" * 2001}, "survey.comment_too_long"),
    ],
)
def test_bad_answers_are_refused_with_a_code(actor, two_cases, answers, code):
    with pytest.raises(ValidationError) as caught:
        record_survey(case_id=two_cases[0], actor=actor, at=NOW, **answers)
    assert caught.value.code == code
    assert Survey.select().count() == 0


def test_one_survey_per_case_and_sensible_dates(actor, two_cases):
    record_survey(case_id=two_cases[0], channel="text", satisfaction=5, actor=actor, at=NOW)
    with pytest.raises(ValidationError) as caught:
        record_survey(case_id=two_cases[0], channel="call", satisfaction=1, actor=actor, at=NOW)
    assert caught.value.code == "survey.exists" and "already has a survey" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        record_survey(
            case_id=two_cases[1],
            channel="text",
            satisfaction=3,
            surveyed_at=NOW + dt.timedelta(days=1),
            actor=actor,
            at=NOW,
        )
    assert caught.value.code == "survey.in_future"
    with pytest.raises(ValidationError) as caught:
        record_survey(
            case_id=two_cases[1],
            channel="text",
            satisfaction=3,
            surveyed_at=dt.datetime(2026, 9, 30),
            actor=actor,
            at=NOW,
        )
    assert caught.value.code == "survey.before_case"
    with pytest.raises(NotFoundError):
        record_survey(case_id=999_999, channel="text", satisfaction=3, actor=actor, at=NOW)
    assert Survey.select().count() == 1


CSV = """접수번호,조사일시,조사방법,만족도,재이용,추천,지속,의견
{a},2026-10-03 10:00,전화,5,예,예,,좋았습니다
{b},2026.10.04 11:30,문자,매우 불만족,아니오,보통,,늦었어요
{a},2026-10-03 10:00,전화,5,예,예,,좋았습니다
2099-000001,2026-10-03,문자,4,,,,
{b},2026-10-05,문자,3,,,,
,2026-10-03,문자,4,,,,
{a},어제,문자,4,,,,
{a},2026-10-03,현장,9,,,,
{a},2026-10-03,팩스,4,,,,
{b},2026-10-03,문자,4,몰라요,,,

{a},2026-10-03,문자,,,,,
"""


def _file(tmp_path, two_cases, *, encoding="utf-8-sig"):
    numbers = [Case.get_by_id(i).number for i in two_cases]
    path = tmp_path / "surveys.csv"
    path.write_text(CSV.format(a=numbers[0], b=numbers[1]), encoding=encoding)
    return path


def test_import_accounts_for_every_line(actor, two_cases, tmp_path):
    path = _file(tmp_path, two_cases)
    report = import_survey_file(path, actor=actor)
    assert report.total_rows == 11  # the blank line is not a row
    assert report.imported == 2 and report.duplicates == 1
    reasons = {(p.row, p.code) for p in report.rejected}
    assert reasons == {
        (5, "import.row_survey_unknown_case"),  # 2099-000001
        (6, "import.row_survey_repeated"),  # the second survey of case b, different answers
        (7, "import.row_survey_no_case"),
        (8, "import.row_survey_bad_date"),
        (9, "survey.bad_score"),
        (10, "survey.unknown_channel"),
        (11, "survey.bad_answer"),
        (13, "survey.empty"),
    }
    assert report.imported + report.duplicates + len(report.rejected) == report.total_rows
    first = Survey.get(Survey.case == two_cases[0])
    assert (first.channel, first.satisfaction, first.would_use_again, first.comment) == (
        "call",
        5,
        "yes",
        "좋았습니다",
    )
    second = Survey.get(Survey.case == two_cases[1])
    assert (second.channel, second.satisfaction, second.would_recommend) == ("text", 1, "neutral")
    assert second.surveyed_at == dt.datetime(2026, 10, 4, 11, 30)
    assert report.changes.surveys == frozenset(report.survey_ids) and len(report.survey_ids) == 2
    assert str(report.rejected[0]).startswith("surveys.csv row 5")


def test_importing_the_same_file_again_adds_nothing(actor, two_cases, tmp_path):
    path = _file(tmp_path, two_cases, encoding="cp949")
    first = import_survey_file(path, actor=actor)
    again = import_survey_file(path, actor=actor)
    assert first.encoding == "cp949" and first.imported == 2
    assert again.imported == 0 and again.duplicates == 3
    assert Survey.select().count() == 2
    assert CaseEvent.select().where(CaseEvent.kind == "survey").count() == 2


def test_a_file_without_the_needed_columns_is_refused(actor, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("번호,점수\n1,5\n", encoding="utf-8")
    with pytest.raises(CivicDeskError) as caught:
        import_survey_file(path, actor=actor)
    assert caught.value.code == "survey_file.columns" and "접수번호" in str(caught.value)
    with pytest.raises(CivicDeskError) as caught:
        import_survey_file(tmp_path / "missing.csv", actor=actor)
    assert caught.value.code == "survey_file.unreadable"

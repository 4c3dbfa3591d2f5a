"""Recording a resident's satisfaction survey (만족도 조사) for a case: typed in from the case detail or
imported from a CSV file (actions/survey_import.py). One survey per case; one history event each.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.case_writes import get_case, iso
from civicdesk_gui.actions.history import append_event
from civicdesk_gui.actions.permission import require
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.surveys import SurveyAnswers, validate_answers
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case, Survey, now


@dataclass(frozen=True)
class SurveyRecorded:
    survey_id: int
    case_id: int
    number: str
    changes: Changes  # the survey, and the case's history (a "survey" event)


def check_survey_date(case: Case, surveyed_at: dt.datetime, at: dt.datetime) -> None:
    if surveyed_at > at:
        raise ValidationError(
            "survey.in_future", {"when": f"{surveyed_at:%Y-%m-%d %H:%M}"}, field="surveyed_at"
        )
    if surveyed_at < case.received_at:
        raise ValidationError(
            "survey.before_case",
            {"when": f"{surveyed_at:%Y-%m-%d %H:%M}", "number": case.number},
            field="surveyed_at",
        )


def existing_survey(case_id: int) -> Survey | None:
    return Survey.get_or_none(Survey.case == case_id)


def write_survey(
    case: Case, answers: SurveyAnswers, *, surveyed_at: dt.datetime, actor: Actor, at: dt.datetime
) -> Survey:
    """Insert the survey and its history event (inside the caller's transaction; answers validated)."""
    survey = Survey.create(
        case=case.id,
        surveyed_at=surveyed_at,
        channel=answers.channel,
        satisfaction=answers.satisfaction,
        would_use_again=answers.would_use_again,
        would_recommend=answers.would_recommend,
        wants_continued=answers.wants_continued,
        comment=answers.comment,
        created_at=at,
        created_by=actor.id,
    )
    after = {
        "surveyed_at": iso(surveyed_at),
        "channel": answers.channel,
        "satisfaction": answers.satisfaction,
        "would_use_again": answers.would_use_again,
        "would_recommend": answers.would_recommend,
        "wants_continued": answers.wants_continued,
    }
    append_event(case.id, kind="survey", actor=actor, at=at, before={}, after=after, body=answers.comment)
    return survey


def record_survey(
    *,
    case_id: int,
    channel: str,
    actor: Actor,
    satisfaction: int | None = None,
    would_use_again: str | None = None,
    would_recommend: str | None = None,
    wants_continued: str | None = None,
    comment: str = "",
    surveyed_at: dt.datetime | None = None,
    at: dt.datetime | None = None,
) -> SurveyRecorded:
    """Record the survey answers for one case (refused when the case already has one)."""
    answers = validate_answers(
        SurveyAnswers(channel, satisfaction, would_use_again, would_recommend, wants_continued, comment)
    )
    at = at or now()
    surveyed_at = (surveyed_at or at).replace(microsecond=0)
    with database_proxy.atomic():
        case = get_case(case_id)
        require(actor, "case.survey", case=case)
        check_survey_date(case, surveyed_at, at)
        earlier = existing_survey(case.id)
        if earlier is not None:
            raise ValidationError(
                "survey.exists",
                {"number": case.number, "when": f"{earlier.surveyed_at:%Y-%m-%d}"},
                field="satisfaction",
            )
        survey = write_survey(case, answers, surveyed_at=surveyed_at, actor=actor, at=at)
    return SurveyRecorded(
        survey.id, case.id, case.number, Changes.of(surveys={survey.id}, case_history={case.id})
    )

"""Satisfaction surveys (만족도 조사, DOMAIN.md §5): what is asked, how answers are counted.

The two programs publish their surveys differently, so one answer sheet serves both:
- Seo-gu asks after a text reply or a call: satisfied or not ("8 in 10 satisfied"), would you use it
  again, would you recommend it (over 80 % each);
- Paju asks at the Mobile Mayor's Office: satisfied / neutral / dissatisfied (65 / 20 / 15), and whether
  the program should continue (81 % yes, 11 % neutral, 8 % no).

Satisfaction is a 5-point scale (5 very satisfied … 1 very dissatisfied): 4–5 count as satisfied, 3 as
neutral, 1–2 as dissatisfied. The three yes/no questions take yes, neutral or no. Any question may be
left unanswered (None); a share is always over those who answered that question.
"""

from __future__ import annotations

from dataclasses import dataclass

from civicdesk_gui.domain.vocabulary import Term, _index
from civicdesk_gui.errors import ValidationError

# How the survey was taken (not the case's channel: a text case may be surveyed by phone).
SURVEY_CHANNELS = _index(
    Term("call", "전화", "Phone call"),
    Term("text", "문자", "Text message"),
    Term("session", "이동시장실 현장", "At a session"),
)

ANSWERS = _index(
    Term("yes", "예", "Yes"),
    Term("neutral", "보통", "Neutral"),
    Term("no", "아니오", "No"),
)

SATISFACTION_SCALE = _index(
    Term("5", "매우 만족", "Very satisfied"),
    Term("4", "만족", "Satisfied"),
    Term("3", "보통", "Neutral"),
    Term("2", "불만족", "Dissatisfied"),
    Term("1", "매우 불만족", "Very dissatisfied"),
)

SATISFIED_AT_LEAST = 4
DISSATISFIED_AT_MOST = 2
# The questions answered yes / neutral / no, in the order the sheet asks them.
YES_NO_QUESTIONS = ("would_use_again", "would_recommend", "wants_continued")
MAX_COMMENT_LENGTH = 2000


@dataclass(frozen=True)
class SurveyAnswers:
    """One resident's answers; None where a question was not answered."""

    channel: str
    satisfaction: int | None = None
    would_use_again: str | None = None
    would_recommend: str | None = None
    wants_continued: str | None = None
    comment: str = ""

    def answered(self) -> bool:
        return (
            self.satisfaction is not None
            or any(getattr(self, q) is not None for q in YES_NO_QUESTIONS)
            or bool(self.comment.strip())
        )


def satisfaction_class(score: int | None) -> str | None:
    """'satisfied', 'neutral' or 'dissatisfied' for a 5-point score (None when unanswered)."""
    if score is None:
        return None
    if score >= SATISFIED_AT_LEAST:
        return "satisfied"
    if score <= DISSATISFIED_AT_MOST:
        return "dissatisfied"
    return "neutral"


def validate_answers(answers: SurveyAnswers) -> SurveyAnswers:
    """The answers as stored (comment trimmed), or a ValidationError naming the field that is wrong."""
    if answers.channel not in SURVEY_CHANNELS:
        raise ValidationError("survey.unknown_channel", {"channel": answers.channel}, field="channel")
    score = answers.satisfaction
    if score is not None and (isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5):
        raise ValidationError("survey.bad_score", {"score": score}, field="satisfaction")
    for question in YES_NO_QUESTIONS:
        value = getattr(answers, question)
        if value is not None and value not in ANSWERS:
            raise ValidationError("survey.bad_answer", {"answer": value}, field=question)
    comment = answers.comment.strip()
    if len(comment) > MAX_COMMENT_LENGTH:
        raise ValidationError(
            "survey.comment_too_long", {"length": len(comment), "limit": MAX_COMMENT_LENGTH}, field="comment"
        )
    cleaned = SurveyAnswers(
        answers.channel,
        score,
        answers.would_use_again,
        answers.would_recommend,
        answers.wants_continued,
        comment,
    )
    if not cleaned.answered():
        raise ValidationError("survey.empty", field="satisfaction")
    return cleaned

"""Demo satisfaction surveys near the two articles' figures (mixes.py): Seo-gu's by text or call after
the reply, Paju's at the next session. Played like actions/surveys.record_survey: one survey per case,
one "survey" history event, dated after the reply and never after now."""

from __future__ import annotations

import datetime as dt
import random

from civicdesk_gui.demo.mixes import (
    SATISFACTION_PAJU,
    SATISFACTION_SEO_GU,
    SURVEY_CHANNEL,
    SURVEY_SHARE,
    WANTS_CONTINUED,
    WOULD_RECOMMEND,
    WOULD_USE_AGAIN,
    pick,
)
from civicdesk_gui.demo.timeline import event_text

COMMENTS = (
    "빠르게 답변해 주셔서 감사합니다.",
    "현장에 직접 나와 확인해 주셔서 좋았습니다.",
    "처리 결과를 문자로 받아 편했습니다.",
    "아직 해결되지 않아 아쉽습니다.",
    "담당 공무원이 친절했습니다.",
    "다음에도 이용하겠습니다.",
    "답변이 조금 늦었습니다.",
)


def draw_survey(
    rng: random.Random,
    *,
    case_id: int,
    channel: str,
    replied_at: dt.datetime,
    now: dt.datetime,
    actor_id: int,
) -> tuple[tuple, tuple] | None:
    """A survey row and its history event for an answered case, or None (not surveyed, or not yet)."""
    if rng.random() >= SURVEY_SHARE:
        return None
    survey_channel = pick(rng, SURVEY_CHANNEL.get(channel, {"call": 1}))
    at = (replied_at + dt.timedelta(days=rng.uniform(1, 12))).replace(microsecond=0)
    if at > now:
        return None
    if survey_channel == "session":
        satisfaction = int(pick(rng, SATISFACTION_PAJU))
        use_again = recommend = None
        continued = pick(rng, WANTS_CONTINUED)
    else:
        satisfaction = int(pick(rng, SATISFACTION_SEO_GU))
        use_again, recommend = pick(rng, WOULD_USE_AGAIN), pick(rng, WOULD_RECOMMEND)
        continued = None
    comment = rng.choice(COMMENTS) if rng.random() < 0.15 else ""
    row = (case_id, at, survey_channel, satisfaction, use_again, recommend, continued, comment, at, actor_id)
    after = {
        "surveyed_at": at.isoformat(),
        "channel": survey_channel,
        "satisfaction": satisfaction,
        "would_use_again": use_again,
        "would_recommend": recommend,
        "wants_continued": continued,
    }
    event = (case_id, at, actor_id, "survey", comment, "{}", event_text(after))
    return row, event

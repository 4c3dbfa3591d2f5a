"""Likely duplicates: the same phone number and similar text within the last 30 days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.domain.similarity import DUPLICATE_THRESHOLD, DUPLICATE_WINDOW_DAYS, text_similarity
from civicdesk_gui.store.models import Case


@dataclass(frozen=True)
class DuplicateCandidate:
    case_id: int
    number: str
    received_at: dt.datetime
    summary: str
    similarity: float


def find_likely_duplicates(
    *, phone: str, text: str, received_at: dt.datetime, exclude_case_id: int | None = None, limit: int = 10
) -> list[DuplicateCandidate]:
    if not phone:
        return []
    since = received_at - dt.timedelta(days=DUPLICATE_WINDOW_DAYS)
    query = Case.select(Case.id, Case.number, Case.received_at, Case.summary, Case.text).where(
        (Case.submitter_phone == phone)
        & (Case.received_at >= since)
        & (Case.received_at <= received_at + dt.timedelta(days=1))
    )
    if exclude_case_id is not None:
        query = query.where(Case.id != exclude_case_id)
    found = []
    for row in query.order_by(Case.received_at.desc()).limit(200):
        score = text_similarity(text, row.text)
        if score >= DUPLICATE_THRESHOLD:
            found.append(
                DuplicateCandidate(row.id, row.number, row.received_at, row.summary, round(score, 2))
            )
    found.sort(key=lambda c: c.similarity, reverse=True)
    return found[:limit]

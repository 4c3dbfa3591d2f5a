"""Every figure of the briefing as a condition on cases, so that clicking a figure lists exactly the
cases it counts (the case list's `CaseFilter.figure`, queries/case_list.py).

The briefing's counts (queries/briefing.py) are sums of these very conditions; a test checks for every
tile and figure that the list's count equals the figure.

Names (`Figure.name`, and what `detail` holds):
- tiles, over all cases now: new, open, due_today, overdue_promise, overdue_statutory, no_update,
  awaiting_reply, awaiting_letter, review_due, referred
- about the cases received in the filter's period: received (all of them), not_gratitude, outcome (a classification
  code or "pending"), outcome_ng (the same, gratitude left out), category (a code or "none"),
  measure ("promise_48h:met", "statutory:late", "promise:base" … see queries/compliance.py), replied
  (a first reply), result (the result told), open, overdue, managed_topic ("long_term_review:12",
  "unfeasible:none"), managed_reason ("long_term_review:large_budget")
- referral_overdue: referred cases whose agency has not answered by the reminder date (today)
- with their own dates: closed (closed in start..end), session_suggestions (raised at sessions held
  in start..end; detail: a unit type or ""), survey (surveys taken in start..end; detail
  "<survey channel or all>:<question>:<value>", e.g. "all:satisfaction:satisfied", "text:would_recommend:yes",
  "session:wants_continued:answered", "all:any:any" for every survey)
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.periods import new_since
from civicdesk_gui.queries import compliance
from civicdesk_gui.queries.aggregates import day_range, survey_answer_condition
from civicdesk_gui.queries.case_list import Figure, overdue_condition, view_condition
from civicdesk_gui.store.models import Case, Category, Session, Survey

TILES = (
    "new",
    "open",
    "due_today",
    "overdue_promise",
    "overdue_statutory",
    "no_update",
    "awaiting_reply",
    "awaiting_letter",
    "review_due",
    "referred",
)
OPEN_STATES = ("received", "routed", "in_review", *sorted(workflow.OPEN_OUTCOMES))
PENDING = "pending"  # not classified yet
SESSION_COUNTED = ("held", "closed")  # queries/session_figures.py counts these sessions


def _all(parts: list[pw.Node]) -> pw.Node:
    result = parts[0]
    for part in parts[1:]:
        result = result & part
    return result


def open_parts() -> list[pw.Node]:
    """Open (workflow.is_open): not classified yet, or classified in progress / referred — two
    disjoint parts, each one range of the (status, classification) index, so each is counted apart."""
    before_outcome = [s for s in OPEN_STATES if s not in workflow.OPEN_OUTCOMES]
    return [
        Case.status.in_(before_outcome),
        (Case.status == "classified") & Case.classification.in_(sorted(workflow.OPEN_OUTCOMES)),
    ]


def open_condition() -> pw.Node:
    first, second = open_parts()
    return first | second


def tile_parts(name: str, now: dt.datetime) -> list[pw.Node]:
    """A tile's condition as disjoint parts: the tile counts each part over its own index and adds
    them up (an OR would make SQLite scan a whole index); the list shows their union."""
    if name == "open":
        return open_parts()
    return [tile_condition(name, now)]


def tile_condition(name: str, now: dt.datetime) -> pw.Node:
    if name == "new":
        return (Case.received_at >= new_since(now.date())) & (Case.status != workflow.WITHDRAWN)
    if name == "open":
        return open_condition()
    if name == "due_today":
        return view_condition("due_today", actor_id=None, now=now)
    if name == "overdue_promise":
        return overdue_condition("promise", now)
    if name == "overdue_statutory":
        return overdue_condition("statutory", now)
    if name == "no_update":
        return overdue_condition("monthly_update", now)
    if name == "awaiting_reply":
        return view_condition("awaiting_reply", actor_id=None, now=now)
    if name == "awaiting_letter":
        return view_condition("awaiting_letter", actor_id=None, now=now)
    if name == "review_due":
        return view_condition("management_list", actor_id=None, now=now)
    if name == "referred":
        return view_condition("referred", actor_id=None, now=now)
    raise ValueError(f"unknown tile {name!r}")


def outcome_condition(code: str) -> pw.Node:
    if code == PENDING:
        return Case.status != "classified"
    return (Case.status == "classified") & (Case.classification == code)


def not_gratitude() -> pw.Node:
    gratitude = Category.select(Category.id).where(Category.code == "gratitude")
    return Case.category.is_null() | (Case.category != gratitude)


def category_condition(code: str) -> pw.Node:
    if code == "none":
        return Case.category.is_null()
    return Case.category == Category.select(Category.id).where(Category.code == code)


def measure_condition(detail: str, now: dt.datetime) -> pw.Node:
    key, _, part = detail.partition(":")
    found = compliance.promise_measure(now) if key == "promise" else compliance.measure(key, now)
    if part == "base":
        return found.base
    if part == "met":
        return found.met
    if part == "late":
        return found.late
    raise ValueError(f"unknown measure part {detail!r}")


def managed_condition(kind: str, detail: str) -> pw.Node:
    classification, _, value = detail.partition(":")
    if classification not in workflow.MANAGEMENT_LIST_OUTCOMES:
        raise ValueError(f"not a management-list outcome: {classification!r}")
    column = Case.topic if kind == "topic" else Case.reason_code
    if value == "none":
        return outcome_condition(classification) & column.is_null()
    return outcome_condition(classification) & (column == (int(value) if kind == "topic" else value))


def survey_condition(start: dt.date | None, end: dt.date | None, detail: str) -> pw.Node:
    channel, question, value = detail.split(":")
    parts = day_range(Survey.surveyed_at, start, end)
    if channel != "all":
        parts.append(Survey.channel == channel)
    parts.append(survey_answer_condition(question, value))
    return _all(parts)


def session_held_condition(start: dt.date | None, end: dt.date | None, unit: str = "") -> pw.Node:
    parts = [Session.state.in_(list(SESSION_COUNTED)), *day_range(Session.starts_at, start, end)]
    if unit:
        parts.append(Session.unit_type == unit)
    return _all(parts)


def referral_overdue_condition(today: dt.date) -> pw.Node:
    """Referred, the agency's answer not recorded, the reminder date reached (queries/notices.py
    referrals_waiting: the same cases)."""
    # Literals, not parameters: the partial index case_referral_waiting (store/month_figures.py)
    # serves only a condition that names its own.
    return (
        (Case.classification == pw.SQL("'referred'"))
        & Case.agency_answered_at.is_null()
        & (Case.referral_remind_on <= today)
    )


def figure_condition(figure: Figure, now: dt.datetime) -> pw.Node | None:
    """The condition a figure adds to the filter's own (period, channel, department …); None adds nothing."""
    name, detail = figure.name, figure.detail
    if name in TILES:
        return tile_condition(name, now)
    if name == "received":
        return None
    if name == "outcome":
        return outcome_condition(detail)
    if name == "not_gratitude":
        return not_gratitude()
    if name == "outcome_ng":
        return outcome_condition(detail) & not_gratitude()
    if name == "category":
        return category_condition(detail)
    if name == "measure":
        return measure_condition(detail, now)
    if name == "replied":
        return compliance.first_reply_at().is_null(False)
    if name == "result":
        return compliance.result_at().is_null(False)
    if name == "overdue":
        return overdue_condition("any", now)
    if name == "managed_topic":
        return managed_condition("topic", detail)
    if name == "managed_reason":
        return managed_condition("reason", detail)
    if name == "referral_overdue":
        return referral_overdue_condition(now.date())
    if name == "closed":
        return _all([Case.closed_at.is_null(False), *day_range(Case.closed_at, figure.start, figure.end)])
    if name == "session_suggestions":
        held = Session.select(Session.id).where(session_held_condition(figure.start, figure.end, detail))
        return Case.session.in_(held)
    if name == "survey":
        surveyed = Survey.select(Survey.case).where(survey_condition(figure.start, figure.end, detail))
        return Case.id.in_(surveyed)
    raise ValueError(f"unknown figure {name!r}")

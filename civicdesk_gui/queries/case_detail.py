"""Everything the case detail pane shows about one case, read in a few queries and handed over as
plain data (no model instances leak into widgets)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from peewee import JOIN

from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.clocks import ClockReading, due_at, pick_rule
from civicdesk_gui.errors import NotFoundError
from civicdesk_gui.store.models import AuditEvent, Case, CaseEvent, Survey, User
from civicdesk_gui.store.rules import RULE_CHANGE, load_rules


@dataclass(frozen=True)
class CaseLink:
    id: int
    number: str
    summary: str


@dataclass(frozen=True)
class LinkedSession:
    id: int
    number: str
    title: str
    starts_at: dt.datetime


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    at: dt.datetime
    actor_name: str
    kind: str
    body: str
    before: dict
    after: dict


@dataclass(frozen=True)
class SurveyInfo:
    """The resident's satisfaction survey answers (domain/surveys.py), when one was recorded."""

    surveyed_at: dt.datetime
    channel: str
    satisfaction: int | None
    would_use_again: str | None
    would_recommend: str | None
    wants_continued: str | None
    comment: str


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number: str
    version: int
    channel_code: str
    channel_label: str
    received_at: dt.datetime
    submitter_name: str
    submitter_phone: str
    phone_valid: bool
    submitter_address: str
    town_id: int | None
    town_name: str
    text: str
    summary: str
    category_code: str | None
    category_label: str
    topic_id: int | None
    topic_label: str
    department_id: int | None
    department_name: str
    official_id: int | None
    official_name: str
    status: str
    classification: str | None
    reason_code: str | None
    reason_text: str
    agency_id: int | None
    agency_name: str
    next_review_on: dt.date | None
    session: LinkedSession | None
    duplicate_of: CaseLink | None
    duplicates: list[CaseLink]
    promise: ClockReading
    statutory: ClockReading
    monthly: ClockReading
    first_reply_at: dt.datetime | None
    closed_at: dt.datetime | None
    updated_at: dt.datetime | None
    updated_by_name: str
    timeline: list[TimelineEntry] = field(default_factory=list)
    survey: SurveyInfo | None = None
    petition_kind: str | None = None  # domain/petitions.PETITION_KINDS
    result_at: dt.datetime | None = None  # when the resident was told the result (meets the clocks)
    # clock -> the label of the rule that set its due time (e.g. "기타민원 즉시(3근무시간) — 시행령 제16조·제19조")
    rule_labels: dict[str, str] = field(default_factory=dict)
    # the same in the English interface (the rule's English label; its Korean one when it has none)
    rule_labels_en: dict[str, str] = field(default_factory=dict)
    # Clocks whose due time was set under rules that have changed since (and today's rule would set
    # another time): the pane says so instead of naming today's rule as the one that set it.
    rules_changed_since: frozenset[str] = frozenset()

    def rule_label(self, clock: str, language: str) -> str:
        labels = self.rule_labels_en if language == "en" else self.rule_labels
        return labels.get(clock, "")

    anonymised_at: dt.datetime | None = None  # personal data removed after the retention period
    # The statutory notices' marks on the case (actions/notices.py): extensions of the period, a
    # supplement awaited since paused_at (the clock stopped), the referral's reminder and answer.
    extensions: int = 0
    paused_at: dt.datetime | None = None
    referred_at: dt.datetime | None = None
    referral_remind_on: dt.date | None = None
    agency_answered_at: dt.datetime | None = None

    @property
    def state(self) -> str:
        return workflow.state_of(self.status, self.classification)

    @property
    def last_event_id(self) -> int:
        """The newest history event seen: a conflict shows only what came after it."""
        return max((e.id for e in self.timeline), default=0)

    @property
    def clocks(self) -> list[ClockReading]:
        return [self.promise, self.statutory, self.monthly]


def _loads(raw: str) -> dict:
    try:
        value = json.loads(raw or "{}")
    except ValueError:  # history written by hand; show nothing rather than fail the pane
        return {}
    return value if isinstance(value, dict) else {}


def _timeline(case_id: int, *, after_event_id: int = 0) -> list[TimelineEntry]:
    query = (
        CaseEvent.select(CaseEvent, User.display_name)
        .join(User, on=(CaseEvent.actor == User.id), join_type=JOIN.LEFT_OUTER)
        .where((CaseEvent.case == case_id) & (CaseEvent.id > after_event_id))
        .order_by(CaseEvent.at.desc(), CaseEvent.id.desc())
    )
    entries = []
    for event in query.objects():
        entries.append(
            TimelineEntry(
                id=event.id,
                at=event.at,
                actor_name=getattr(event, "display_name", None) or "",
                kind=event.kind,
                body=event.body or "",
                before=_loads(event.before),
                after=_loads(event.after),
            )
        )
    return entries


def events_since(case_id: int, after_event_id: int) -> list[TimelineEntry]:
    """History events newer than `after_event_id`, newest first: what another person just did."""
    return _timeline(case_id, after_event_id=after_event_id)


def find_case_id(number: str) -> int | None:
    """The id of the case with this number (2026-000123), or None."""
    row = Case.select(Case.id).where(Case.number == number.strip()).first()
    return row.id if row else None


def _rules_changed_after(moment: dt.datetime) -> bool:
    """Whether a kind or deadline rule was added, changed or removed after `moment` (audit_event)."""
    return (
        AuditEvent.select(AuditEvent.id)
        .where((AuditEvent.kind == RULE_CHANGE) & (AuditEvent.at > moment))
        .limit(1)
        .exists()
    )


def _moved_by_notices(case: Case) -> bool:
    """Whether the statutory due time was moved on from the rule's by an extension or a supplement's
    pause (actions/notices.py): then it cannot be recomputed from the rule."""
    return bool(case.extensions or case.paused_at) or (
        CaseEvent.select(CaseEvent.id)
        .where((CaseEvent.case == case.id) & (CaseEvent.kind == "supplement"))
        .limit(1)
        .exists()
    )


def load_case_detail(case_id: int) -> CaseDetail:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFoundError("case.not_found", {"id": case_id})
    # Related rows are read one by one: a handful of primary-key lookups, cheaper than a wide join.
    channel = case.channel
    category = case.category if case.category_id else None
    topic = case.topic if case.topic_id else None
    department = case.department if case.department_id else None
    official = case.official if case.official_id else None
    agency = case.agency if case.agency_id else None
    town = case.town if case.town_id else None
    session = case.session if case.session_id else None
    original = case.duplicate_of if case.duplicate_of_id else None
    editor = User.get_or_none(User.id == case.updated_by_id) if case.updated_by_id else None
    duplicates = [
        CaseLink(d.id, d.number, d.summary)
        for d in Case.select(Case.id, Case.number, Case.summary)
        .where(Case.duplicate_of == case.id)
        .order_by(Case.received_at)
    ]
    channel_code = channel.code
    category_code = category.code if category else None
    rules = load_rules()
    rule_labels = {}
    rule_labels_en = {}
    changed_since = set()
    session_at = session.starts_at if session is not None else None
    # What each clock's due time was computed from when it was set (actions/case_writes.py).
    starts = {
        "promise": (case.received_at, session_at, case.promise_due_at),
        "statutory": (case.received_at, session_at, case.statutory_due_at),
        "monthly_update": (case.last_update_at or case.received_at, None, case.update_due_at),
    }
    for clock in ("promise", "statutory", "monthly_update"):
        rule = pick_rule(
            rules,
            clock=clock,
            channel=channel_code,
            category=category_code,
            kind=case.petition_kind if clock == "statutory" else None,
        )
        if rule is None or rule.amount is None or (clock == "statutory" and not case.petition_kind):
            continue
        since, anchor, stored = starts[clock]
        if (
            stored is not None
            and due_at(rule, received_at=since, session_at=anchor) != stored
            and not (clock == "statutory" and _moved_by_notices(case))
            and _rules_changed_after(since)
        ):
            changed_since.add(clock)
            continue
        rule_labels[clock] = rule.label
        rule_labels_en[clock] = rule.label_in("en")
    timeline = _timeline(case.id)
    # Since when the agency has had it: the latest referral in the history (newest first).
    referred_at = next((e.at for e in timeline if e.kind == "refer"), None)
    return CaseDetail(
        id=case.id,
        number=case.number,
        version=case.version,
        channel_code=channel.code,
        channel_label=channel.name_ko,
        received_at=case.received_at,
        submitter_name=case.submitter_name,
        submitter_phone=case.submitter_phone,
        phone_valid=case.phone_valid,
        submitter_address=case.submitter_address,
        town_id=case.town_id,
        town_name=town.name if town else "",
        text=case.text,
        summary=case.summary,
        category_code=category.code if category else None,
        category_label=category.name_ko if category else "",
        topic_id=case.topic_id,
        topic_label=topic.name_ko if topic else "",
        department_id=case.department_id,
        department_name=department.name if department else "",
        official_id=case.official_id,
        official_name=f"{official.name} {official.rank}".strip() if official else "",
        status=case.status,
        classification=case.classification,
        reason_code=case.reason_code,
        reason_text=case.reason_text or "",
        agency_id=case.agency_id,
        agency_name=agency.name if agency else "",
        next_review_on=case.next_review_on,
        session=LinkedSession(session.id, session.number, session.title, session.starts_at)
        if session
        else None,
        duplicate_of=CaseLink(original.id, original.number, original.summary) if original else None,
        duplicates=duplicates,
        # Only the result told meets the 48-hour / 14-day promise and the statutory period (법 제27조;
        # the same column as queries/compliance.result_at, so the pane agrees with the figures).
        promise=ClockReading("promise", case.promise_due_at, case.result_at),
        statutory=ClockReading("statutory", case.statutory_due_at, case.result_at),
        monthly=ClockReading("monthly_update", case.update_due_at, None),
        first_reply_at=case.first_reply_at,
        closed_at=case.closed_at,
        updated_at=case.updated_at,
        updated_by_name=editor.display_name if editor else "",
        timeline=timeline,
        survey=_survey(case.id),
        petition_kind=case.petition_kind,
        result_at=case.result_at,
        rule_labels=rule_labels,
        rule_labels_en=rule_labels_en,
        rules_changed_since=frozenset(changed_since),
        anonymised_at=case.anonymised_at,
        extensions=case.extensions or 0,
        paused_at=case.paused_at,
        referred_at=referred_at if case.classification == "referred" else None,
        referral_remind_on=case.referral_remind_on,
        agency_answered_at=case.agency_answered_at,
    )


def _survey(case_id: int) -> SurveyInfo | None:
    row = Survey.get_or_none(Survey.case == case_id)
    if row is None:
        return None
    return SurveyInfo(
        row.surveyed_at,
        row.channel,
        row.satisfaction,
        row.would_use_again,
        row.would_recommend,
        row.wants_continued,
        row.comment,
    )

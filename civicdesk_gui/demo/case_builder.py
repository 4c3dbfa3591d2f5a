"""Builds the demo cases one by one: who wrote, about what, and the case's life up to now.

Each case is played through a `CaseTimeline` (the same transitions, clocks and events as the
actions), then kept as plain rows that `flush` bulk-inserts in batches.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter as Tally
from collections import deque
from dataclasses import dataclass
from typing import NamedTuple

from civicdesk_gui.demo import people, texts
from civicdesk_gui.demo.mixes import (
    ALTERNATE_DEPARTMENTS,
    DUPLICATE_SHARE,
    EVERYDAY_CATEGORIES,
    OUTCOMES_EVERYDAY,
    OUTCOMES_PROPOSALS,
    REASONS,
    REFERRAL_ELSEWHERE,
    REFERRALS,
    REPLY_METHOD,
    TOPIC_WEIGHTS,
    pick,
)
from civicdesk_gui.demo.sessions import DemoSession
from civicdesk_gui.demo.surveys import draw_survey
from civicdesk_gui.demo.timeline import CaseTimeline, NotYet
from civicdesk_gui.domain import clocks, petitions, workflow
from civicdesk_gui.domain.numbering import format_case_number
from civicdesk_gui.domain.similarity import summary_of
from civicdesk_gui.store.models import (
    Agency,
    Case,
    CaseEvent,
    Category,
    Channel,
    Department,
    Survey,
    Topic,
    Town,
)

STAFF_ANSWERS = 0.05  # share of cases assigned to any official of the department, staff included

CASE_FIELDS = [
    Case.id, Case.number, Case.channel, Case.received_at, Case.submitter_name, Case.submitter_phone,
    Case.phone_valid, Case.submitter_address, Case.town, Case.text, Case.summary, Case.category,
    Case.topic, Case.department, Case.official, Case.status, Case.classification, Case.reason_code,
    Case.reason_text, Case.agency, Case.next_review_on, Case.session, Case.duplicate_of,
    Case.promise_due_at, Case.statutory_due_at, Case.update_due_at, Case.first_reply_at,
    Case.last_update_at, Case.closed_at, Case.version, Case.created_at, Case.created_by,
    Case.updated_at, Case.updated_by, Case.petition_kind, Case.result_at, Case.extensions,
    Case.qr_tag, Case.reply_by, Case.referral_remind_on, Case.agency_answered_at,
]  # fmt: skip
SURVEY_FIELDS = [
    Survey.case, Survey.surveyed_at, Survey.channel, Survey.satisfaction, Survey.would_use_again,
    Survey.would_recommend, Survey.wants_continued, Survey.comment, Survey.created_at, Survey.created_by,
]  # fmt: skip
EVENT_FIELDS = [
    CaseEvent.case, CaseEvent.at, CaseEvent.actor, CaseEvent.kind, CaseEvent.body, CaseEvent.before,
    CaseEvent.after,
]  # fmt: skip


@dataclass(frozen=True)
class TopicRow:
    id: int
    code: str
    category: str
    department_id: int | None


@dataclass
class Reference:
    channels: dict[str, int]
    categories: dict[str, int]
    topics_by_category: dict[str, list[TopicRow]]
    towns: list[tuple[int, str]]
    agencies: dict[str, int]
    departments: dict[int, str]

    @classmethod
    def load(cls) -> Reference:
        categories = {c.code: c.id for c in Category.select()}
        codes = {v: k for k, v in categories.items()}
        topics: dict[str, list[TopicRow]] = {}
        for t in Topic.select().order_by(Topic.id):
            if t.category_id is not None:
                row = TopicRow(t.id, t.code, codes[t.category_id], t.default_department_id)
                topics.setdefault(row.category, []).append(row)
        return cls(
            channels={c.code: c.id for c in Channel.select()},
            categories=categories,
            topics_by_category=topics,
            towns=[(t.id, t.name) for t in Town.select().where(Town.active).order_by(Town.id)],
            agencies={a.name: a.id for a in Agency.select().order_by(Agency.id)},
            departments={d.id: d.name for d in Department.select().where(Department.active)},
        )


class Spec(NamedTuple):
    """What is decided before a case is built: when it came, through which channel, what kind."""

    received_at: dt.datetime
    channel: str
    category: str
    session: DemoSession | None


@dataclass(frozen=True)
class SliceContext:
    """What every slice of the cases is built from, read once from the database by the parent (a
    worker process reads no database)."""

    now: dt.datetime
    ref: Reference
    officials: dict[int, list[people.DemoOfficial]]
    coordinators: list[int]
    residents: list[people.Resident]
    rules: list
    kind_rules: list


@dataclass(frozen=True)
class Earlier:
    """A recent case its resident may write about again."""

    case_id: int
    number: str
    resident: people.Resident
    category: str
    topic: TopicRow | None
    text: str
    received_at: dt.datetime


def _working(start: dt.datetime, low: float, high: float, rng: random.Random) -> dt.datetime:
    """A moment `low`–`high` office hours after `start`: when the office would get to it."""
    return clocks.add_working_hours(start, rng.uniform(low, high))


def _soon(start: dt.datetime, low: float, high: float, rng: random.Random) -> dt.datetime:
    """A moment `low`–`high` calendar hours after `start`."""
    return start + dt.timedelta(hours=rng.uniform(low, high))


class CaseBuilder:
    """Turns specs into case rows and history events, numbering cases per year in receipt order."""

    def __init__(
        self,
        context: SliceContext,
        *,
        rng: random.Random,
        side_rng: random.Random,
        first_id: int,
        serial_start: dict[int, int],
    ):
        """A builder for one slice of the cases: ids from `first_id`, each year's serials after
        `serial_start[year]`. It reads no database, so a worker process can run it."""
        self.rng = rng
        # Surveys and staff answers draw from their own stream, so adding them left every other
        # demo row as it was for the same seed.
        self.side_rng = side_rng
        self.now = context.now
        self.ref = context.ref
        self.officials = context.officials
        self.responsible = {
            d: [o for o in offs if o.responsible] or offs for d, offs in self.officials.items()
        }
        self.coordinators = context.coordinators
        self.residents = context.residents
        self.rules = context.rules
        self.kind_rules = context.kind_rules
        self._rules_picked: dict[tuple, clocks.Rule | None] = {}
        self._kinds_picked: dict[tuple, str | None] = {}
        self.next_id = first_id
        self.serials: Tally[int] = Tally()
        self.serial_base = serial_start
        self.case_rows: list[tuple] = []
        self.event_rows: list[tuple] = []
        self.survey_rows: list[tuple] = []
        self.recent: deque[Earlier] = deque(maxlen=300)
        self.department_ids = sorted(self.ref.departments)
        self.department_by_name = {name: id_ for id_, name in self.ref.departments.items()}

    # ---------------------------------------------------------------------------------- numbering

    def _number(self, year: int) -> str:
        self.serials[year] += 1
        return format_case_number(year, self.serial_base[year] + self.serials[year])

    # ---------------------------------------------------------------------------------- one case

    def _rule(self, clock: str, channel: str, category: str, kind: str | None = None) -> clocks.Rule | None:
        key = (clock, channel, category, kind)
        try:
            return self._rules_picked[key]
        except KeyError:
            rule = clocks.pick_rule(self.rules, clock=clock, channel=channel, category=category, kind=kind)
            self._rules_picked[key] = rule
            return rule

    def _kind(self, category: str, topic: TopicRow | None) -> str | None:
        key = (category, topic.code if topic else None)
        if key not in self._kinds_picked:
            rule = petitions.pick_kind(self.kind_rules, category=key[0], topic=key[1])
            self._kinds_picked[key] = rule.kind if rule else None
        return self._kinds_picked[key]

    def add(self, spec: Spec) -> None:
        rng = self.rng
        case_id = self.next_id
        self.next_id += 1
        number = self._number(spec.received_at.year)
        category = spec.category
        original = self._original_for(spec)
        if original is not None:
            resident, category, topic = original.resident, original.category, original.topic
            text = "다시 문의드립니다. " + original.text
        else:
            resident = rng.choice(self.residents)
            topic = None if category == "gratitude" else self._topic(category)
            town_name = self.ref.towns[resident.town_index][1]
            text = texts.resident_text(rng, topic=topic.code if topic else None, town=town_name)
        town_id = self.ref.towns[resident.town_index][0]
        if spec.session is not None and spec.session.town_id is not None:
            town_id = spec.session.town_id
        session_at = spec.session.starts_at if spec.session else None
        actor = rng.choice(self.coordinators)
        timeline = CaseTimeline(
            case_id=case_id,
            now=self.now,
            received_at=spec.received_at,
            monthly_rule=self._rule("monthly_update", spec.channel, category),
            actor_id=actor,
        )
        self._live(timeline, spec, category, topic, resident, number, original)
        promise = clocks.due_at(
            self._rule("promise", spec.channel, category), received_at=spec.received_at, session_at=session_at
        )
        kind = self._kind(category, topic)
        statutory = (
            clocks.due_at(
                self._rule("statutory", spec.channel, category, kind),
                received_at=spec.received_at,
                session_at=session_at,
            )
            if kind is not None
            else None
        )
        stored = workflow.stored_pair(timeline.state)
        status, classification = stored.status, stored.classification
        address = ""
        if rng.random() < 0.4:
            address = f"파주시 {self.ref.towns[resident.town_index][1]} {rng.choice(texts.STREETS)} {rng.randint(1, 300)}"
        first_reply_at = _text(timeline.first_reply_at)
        self.case_rows.append(
            (
                case_id, number, self.ref.channels[spec.channel], _text(spec.received_at), resident.name,
                resident.phone, resident.phone_valid, address, town_id, text, summary_of(text),
                self.ref.categories[category], topic.id if topic else None, timeline.department_id,
                timeline.official_id, status, classification, timeline.reason_code, timeline.reason_text,
                timeline.agency_id, _text(timeline.next_review_on),
                spec.session.session_id if spec.session else None, timeline.duplicate_of, _text(promise),
                _text(statutory), _text(timeline.update_due_at), first_reply_at,
                _text(timeline.last_update_at), _text(timeline.closed_at), timeline.version,
                _text(timeline.created_at), actor, _text(timeline.updated_at), actor, kind,
                first_reply_at, 0,  # demo replies tell the result
                "", "", _text(timeline.referral_remind_on), _text(timeline.agency_answered_at),
            )
        )  # fmt: skip
        if timeline.first_reply_at is not None:
            survey = draw_survey(
                self.side_rng,
                case_id=case_id,
                channel=spec.channel,
                replied_at=timeline.first_reply_at,
                now=self.now,
                actor_id=actor,
            )
            if survey is not None:
                self.survey_rows.append(survey[0])
                # In time order among the case's events (a progress update may come after the survey).
                timeline.events.append(survey[1])
                timeline.events.sort(key=lambda event: event[1])
        self.event_rows.extend(timeline.events)
        self.recent.append(Earlier(case_id, number, resident, category, topic, text, spec.received_at))

    def _original_for(self, spec: Spec) -> Earlier | None:
        """Now and then a resident writes again about the same thing within days (a likely duplicate)."""
        if spec.category == "gratitude" or self.rng.random() >= DUPLICATE_SHARE:
            return None
        for candidate in reversed(self.recent):
            age = spec.received_at - candidate.received_at
            if candidate.category != "gratitude" and dt.timedelta(hours=6) < age < dt.timedelta(days=10):
                return candidate
        return None

    def _topic(self, category: str) -> TopicRow | None:
        options = self.ref.topics_by_category.get(category)
        if not options:
            return None
        return self.rng.choices(options, weights=[TOPIC_WEIGHTS.get(t.code, 10) for t in options])[0]

    def _outcome(self, category: str, topic: TopicRow | None) -> str:
        rng = self.rng
        if category == "gratitude":
            return "acknowledged"
        referral = REFERRALS.get(topic.code) if topic else None
        if rng.random() < (referral[1] if referral else REFERRAL_ELSEWHERE):
            return "referred"
        return pick(rng, OUTCOMES_EVERYDAY if category in EVERYDAY_CATEGORIES else OUTCOMES_PROPOSALS)

    def _live(
        self,
        timeline: CaseTimeline,
        spec: Spec,
        category: str,
        topic: TopicRow | None,
        resident: people.Resident,
        number: str,
        original: Earlier | None,
    ) -> None:
        """Play the case's planned life up to now."""
        rng = self.rng
        outcome = self._outcome(category, topic)
        minutes = rng.uniform(60, 180) if spec.session else rng.uniform(1, 30)
        timeline.intake(
            spec.received_at + dt.timedelta(minutes=minutes),
            channel=spec.channel,
            category=category,
            phone_valid=resident.phone_valid,
        )
        method = REPLY_METHOD.get(spec.channel, "sms")
        try:
            if original is not None and rng.random() < 0.7:
                self.event_rows.append(
                    timeline.mark_duplicate(
                        _working(timeline.last_at, 0.1, 2, rng),
                        original_id=original.case_id,
                        original_number=original.number,
                        number=number,
                    )
                )
            # Everyday complaints are mostly fixed the same day, evenings and weekends included
            # (the 48-hour promise runs on calendar hours): those steps follow the clock, not office hours.
            fast = spec.session is None and (
                (outcome == "resolved" and category in ("civil_complaint", "safety") and rng.random() < 0.85)
                or (outcome == "acknowledged" and rng.random() < 0.8)
            )
            if outcome == "acknowledged":
                at = (
                    _soon(timeline.last_at, 0.5, 12, rng) if fast else _working(timeline.last_at, 0.3, 6, rng)
                )
                timeline.classify(at, classification="acknowledged")
                timeline.reply(
                    at + dt.timedelta(minutes=5), method=method, text=rng.choice(texts.REPLIES[outcome])
                )
                return
            self._route_and_assign(timeline, topic, fast)
            self._answer(timeline, spec, category, topic, outcome, method, fast)
        except NotYet:
            return

    def _department_for(self, topic: TopicRow | None) -> int:
        rng = self.rng
        alternate = ALTERNATE_DEPARTMENTS.get(topic.code) if topic else None
        if alternate and alternate[0] in self.department_by_name and rng.random() < alternate[1]:
            return self.department_by_name[alternate[0]]
        if topic and topic.department_id:
            return topic.department_id
        return rng.choice(self.department_ids)

    def _route_and_assign(self, timeline: CaseTimeline, topic: TopicRow | None, fast: bool) -> None:
        rng = self.rng
        department = self._department_for(topic)
        at = _soon(timeline.last_at, 0.1, 1.5, rng) if fast else _working(timeline.last_at, 0.05, 1.5, rng)
        if rng.random() < 0.03:  # delivered to the wrong department first, then re-routed
            wrong = rng.choice([d for d in self.department_ids if d != department] or [department])
            timeline.route(
                at, department_id=wrong, department_name=self.ref.departments[wrong], previous=None
            )
            at = _working(at, 1, 6, rng)
            timeline.route(
                at,
                department_id=department,
                department_name=self.ref.departments[department],
                previous=self.ref.departments[wrong],
            )
        else:
            timeline.route(
                at, department_id=department, department_name=self.ref.departments[department], previous=None
            )
        # Team leaders or higher answer (Seo-gu's responsibility system); now and then a staff member does.
        if self.side_rng.random() < STAFF_ANSWERS:
            official = self.side_rng.choice(self.officials.get(department) or [None])
        else:
            official = rng.choice(self.responsible.get(department) or [None])
        if official is not None:
            at = _soon(at, 0.1, 2, rng) if fast else _working(at, 0.5, 14, rng)
            timeline.assign(at, official_id=official.id, official_name=official.name)
            if rng.random() < 0.12:  # the department leaves itself a note now and then
                timeline.note(_soon(at, 0.05, 1, rng), text=rng.choice(texts.INTERNAL_NOTES))

    def _reply_delay(self, spec: Spec, category: str, outcome: str) -> tuple[float, float]:
        """Office hours from assignment to the answer: most everyday complaints within a day."""
        roll = self.rng.random()
        if roll < 0.02:
            return (80, 400)  # the ones that slip: overdue on the promise and often the statutory clock
        if spec.session is not None:
            return (8, 70)  # session suggestions: within the 14 days, mostly
        if outcome in ("resolved", "acknowledged") and category in ("civil_complaint", "safety"):
            return (0.2, 4) if roll < 0.85 else (4, 12) if roll < 0.95 else (12, 40)
        return (1, 8) if roll < 0.6 else (8, 20) if roll < 0.9 else (20, 80)

    def _answer(
        self, timeline: CaseTimeline, spec: Spec, category, topic, outcome: str, method: str, fast: bool
    ) -> None:
        rng = self.rng
        department_name = self.ref.departments.get(timeline.department_id, "")
        if fast:
            at = _soon(timeline.last_at, 0.5, 14, rng)
        else:
            at = _working(timeline.last_at, *self._reply_delay(spec, category, outcome), rng)
        reply_text = rng.choice(texts.REPLIES[outcome])
        if outcome == "referred":
            agency = REFERRALS[topic.code][0] if topic and topic.code in REFERRALS else "경기도청"
            agency_id = self.ref.agencies.get(agency) or next(iter(self.ref.agencies.values()))
            timeline.classify(
                at,
                classification="referred",
                reason_code="other_jurisdiction",
                reason_text=texts.REASON_TEXTS["other_jurisdiction"],
                agency_id=agency_id,
                agency_name=agency,
            )
            reply_text = reply_text.format(agency=agency, dept=department_name)
        elif outcome in REASONS:
            reason = pick(rng, REASONS[outcome])
            timeline.classify(
                at, classification=outcome, reason_code=reason, reason_text=texts.REASON_TEXTS[reason]
            )
            reply_text = reply_text.format(dept=department_name)
        else:
            timeline.classify(at, classification=outcome)
            reply_text = reply_text.format(dept=department_name)
        timeline.reply(at + dt.timedelta(minutes=rng.randint(2, 30)), method=method, text=reply_text)
        if outcome == "referred":
            self._agency_answer(timeline, agency)
        if outcome in ("in_progress", "referred"):
            self._monthly_updates(timeline)
        elif outcome in REASONS:
            self._review_again(timeline)

    def _agency_answer(self, timeline: CaseTimeline, agency: str) -> None:
        """Most agencies answer within three weeks; about one in seven never does, so the office's
        reminders (and the briefing's overdue referrals) have something to show. Drawn from the case
        id, not the generators, so the rest of the demo stays the same for a seed."""
        share = (timeline.case_id * 2654435761 % 2**32) / 2**32
        at = timeline.last_at + dt.timedelta(days=3 + int(share * 18), hours=2)
        if share < 0.85 and at <= self.now:
            timeline.agency_answer(
                at, text=f"{agency} 회신: 현장을 확인하였으며 소관 부서에서 조치할 예정입니다."
            )

    def _monthly_updates(self, timeline: CaseTimeline) -> None:
        """Open cases are updated at least monthly; some departments fall behind (monthly-clock overdue)."""
        rng = self.rng
        neglected_after = rng.randint(0, 8) if rng.random() < 0.12 else None
        done = 0
        while neglected_after is None or done < neglected_after:
            at = _working(timeline.last_at + dt.timedelta(days=rng.uniform(22, 36)), 0, 8, rng)
            timeline.progress(at, text=rng.choice(texts.PROGRESS_NOTES))
            done += 1

    def _review_again(self, timeline: CaseTimeline) -> None:
        """Management-list cases get a new review date each quarter; a few are left past their date."""
        rng = self.rng
        if (
            timeline.next_review_on is None
            or timeline.next_review_on >= self.now.date()
            or rng.random() < 0.15
        ):
            return
        at = _working(self.now - dt.timedelta(days=rng.uniform(1, 89)), 0, 8, rng)
        if at > timeline.last_at:
            timeline.set_next_review(at, review_on=at.date() + dt.timedelta(days=90))

    # ---------------------------------------------------------------------------------- rows

    def rows(self) -> tuple[list[tuple], list[tuple], list[tuple]]:
        """The slice's case, history and survey rows, every value in the form the database stores
        (times as 'YYYY-MM-DD HH:MM:SS' text), in the order of CASE_FIELDS, EVENT_FIELDS, SURVEY_FIELDS."""
        events = [(e[0], _text(e[1]), *e[2:]) for e in self.event_rows]
        surveys = [(s[0], _text(s[1]), *s[2:8], _text(s[8]), s[9]) for s in self.survey_rows]
        return self.case_rows, events, surveys


def _text(value: dt.datetime | dt.date | None) -> str | None:
    """A time as SQLite's driver writes it (and PostgreSQL reads it): '2026-11-18 11:00:00'."""
    return None if value is None else str(value)

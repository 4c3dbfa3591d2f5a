"""Realistic Korean demo data: three years of a city's communication office, in bulk.

Rows are built in Python with the same domain rules the actions use (transition table, clocks,
numbering, phone normalisation, summaries) and bulk-inserted, because calling the actions once per
case would take minutes for 100,000 cases. The mixes follow DOMAIN.md: categories as in Seo-gu
(civil complaint ~63%, gratitude ~16%), outcomes as in Paju (51/20/15/14), channels mostly text.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import Counter as Tally
from collections import deque
from dataclasses import dataclass

import peewee

from civicdesk_gui.demo import people, texts
from civicdesk_gui.demo.sessions import DemoSession, generate_sessions
from civicdesk_gui.demo.timeline import CaseTimeline, NotYet
from civicdesk_gui.domain import clocks
from civicdesk_gui.domain.numbering import case_counter_name, format_case_number
from civicdesk_gui.domain.similarity import summary_of
from civicdesk_gui.errors import CivicDeskError, ValidationError
from civicdesk_gui.store import models
from civicdesk_gui.store.database import database_proxy, is_postgres
from civicdesk_gui.store.models import (
    Agency,
    Case,
    CaseEvent,
    Category,
    Channel,
    Counter,
    Department,
    Official,
    Topic,
    Town,
)
from civicdesk_gui.store.rules import load_rules
from civicdesk_gui.store.sequences import peek_value

YEARS_BACK = 3
CHANNEL_MIX = {"text": 70, "mobile_office": 12, "phone": 9, "qr": 6, "walk_in": 3}
CATEGORY_MIX = {
    "civil_complaint": 63,
    "gratitude": 16,
    "policy_suggestion": 9,
    "safety": 6,
    "institutional_improvement": 6,
}
# Outcome mixes per kind of case; weighted by the category mix they average to Paju's
# 51% resolved, 20% in progress, 15% long-term review, 14% unfeasible (DOMAIN.md §3).
EVERYDAY_CATEGORIES = frozenset({"civil_complaint"})
OUTCOMES_EVERYDAY = {"resolved": 58, "in_progress": 19, "long_term_review": 11, "unfeasible": 12}
OUTCOMES_PROPOSALS = {"resolved": 30, "in_progress": 23, "long_term_review": 27, "unfeasible": 20}
# Topics that often belong to another agency: police for crossings, the board of education for schools.
REFERRALS = {"traffic_safety": ("파주경찰서", 0.3), "education": ("파주교육지원청", 0.25)}
REFERRAL_ELSEWHERE = 0.004
# Topics another department often answers for (the elderly, culture, the mayor's own office, budgets).
ALTERNATE_DEPARTMENTS = {
    "welfare": ("노인장애인과", 0.45),
    "sports_culture": ("문화예술과", 0.5),
    "small_business": ("기획예산과", 0.15),
    "transport": ("교통정책과", 0.2),
    "facilities": ("시민소통담당관", 0.1),
}
TOPIC_WEIGHTS = {
    "parks": 14, "sidewalks": 16, "parking": 16, "waste": 16, "streetlights": 12, "facilities": 8,
    "water": 8, "environment": 10, "road_repair": 40, "snow_debris": 35, "traffic_safety": 25,
    "welfare": 20, "transport": 30, "new_roads": 15, "education": 20, "sports_culture": 15,
    "small_business": 60, "farming": 40,
}  # fmt: skip
REASONS = {
    "long_term_review": {
        "large_budget": 40,
        "insufficient_feasibility": 25,
        "equity_conflict": 25,
        "other": 10,
    },
    "unfeasible": {
        "no_legal_grounds": 25,
        "insufficient_feasibility": 25,
        "equity_conflict": 15,
        "large_budget": 15,
        "other_jurisdiction": 10,
        "other": 10,
    },
}
REPLY_METHOD = {"text": "sms", "qr": "sms", "phone": "phone", "walk_in": "phone", "mobile_office": "sms"}
HOUR_WEIGHTS = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 4, 7, 8, 8, 5, 7, 8, 7, 7, 6, 5, 5, 5, 4, 3, 2]
DUPLICATE_SHARE = 0.01
FLUSH_EVERY = 2000

CASE_FIELDS = [
    Case.id, Case.number, Case.channel, Case.received_at, Case.submitter_name, Case.submitter_phone,
    Case.phone_valid, Case.submitter_address, Case.town, Case.text, Case.summary, Case.category,
    Case.topic, Case.department, Case.official, Case.status, Case.classification, Case.reason_code,
    Case.reason_text, Case.agency, Case.next_review_on, Case.session, Case.duplicate_of,
    Case.promise_due_at, Case.statutory_due_at, Case.update_due_at, Case.first_reply_at,
    Case.last_update_at, Case.closed_at, Case.version, Case.created_at, Case.created_by,
    Case.updated_at, Case.updated_by,
]  # fmt: skip
EVENT_FIELDS = [
    CaseEvent.case, CaseEvent.at, CaseEvent.actor, CaseEvent.kind, CaseEvent.body, CaseEvent.before,
    CaseEvent.after,
]  # fmt: skip


@dataclass(frozen=True)
class _TopicRow:
    id: int
    code: str
    category: str
    department_id: int | None


@dataclass
class _Reference:
    channels: dict[str, int]
    categories: dict[str, int]
    topics_by_category: dict[str, list[_TopicRow]]
    towns: list[tuple[int, str]]
    agencies: dict[str, int]
    departments: dict[int, str]

    @classmethod
    def load(cls) -> _Reference:
        categories = {c.code: c.id for c in Category.select()}
        codes = {v: k for k, v in categories.items()}
        topics: dict[str, list[_TopicRow]] = {}
        for t in Topic.select().order_by(Topic.id):
            if t.category_id is not None:
                row = _TopicRow(t.id, t.code, codes[t.category_id], t.default_department_id)
                topics.setdefault(row.category, []).append(row)
        return cls(
            channels={c.code: c.id for c in Channel.select()},
            categories=categories,
            topics_by_category=topics,
            towns=[(t.id, t.name) for t in Town.select().where(Town.active).order_by(Town.id)],
            agencies={a.name: a.id for a in Agency.select().order_by(Agency.id)},
            departments={d.id: d.name for d in Department.select().where(Department.active)},
        )


@dataclass(frozen=True)
class _Spec:
    received_at: dt.datetime
    channel: str
    category: str
    session: DemoSession | None


def _pick(rng: random.Random, mix: dict[str, float]) -> str:
    return rng.choices(list(mix), weights=list(mix.values()))[0]


def _working(start: dt.datetime, low: float, high: float, rng: random.Random) -> dt.datetime:
    """A moment `low`–`high` office hours after `start`: when the office would get to it."""
    return clocks.add_working_hours(start, rng.uniform(low, high))


def _soon(start: dt.datetime, low: float, high: float, rng: random.Random) -> dt.datetime:
    """A moment `low`–`high` calendar hours after `start`."""
    return start + dt.timedelta(hours=rng.uniform(low, high))


def _draw_received_times(rng: random.Random, count: int, now: dt.datetime) -> list[dt.datetime]:
    first = (now - dt.timedelta(days=YEARS_BACK * 365)).date()
    days = [first + dt.timedelta(days=i) for i in range((now.date() - first).days + 1)]
    weights = []
    for index, day in enumerate(days):
        trend = 0.6 + 0.8 * index / len(days)  # the program grows as residents learn of it
        weights.append(trend * (1.0 if clocks.is_working_day(day) else 0.45))
    picked_days = rng.choices(days, weights=weights, k=count)
    hours = rng.choices(range(24), weights=HOUR_WEIGHTS, k=count)
    result = []
    for day, hour in zip(picked_days, hours, strict=True):
        moment = dt.datetime.combine(day, dt.time(hour)) + dt.timedelta(seconds=rng.randrange(3600))
        if moment > now:
            moment = now - dt.timedelta(seconds=rng.randrange(60, 6 * 3600))
        result.append(moment)
    return result


def _draw_specs(rng: random.Random, count: int, now: dt.datetime, sessions: list[DemoSession]) -> list[_Spec]:
    times = iter(_draw_received_times(rng, count, now))
    specs = []
    for _ in range(count):
        channel = _pick(rng, CHANNEL_MIX)
        category = _pick(rng, CATEGORY_MIX)
        received_at = next(times)
        session = None
        if channel == "mobile_office" and sessions:
            # Suggestions are raised at a held session; the 14-day clock starts there (DOMAIN.md §4).
            session = rng.choice(sessions)
            received_at = session.starts_at
        specs.append(_Spec(received_at, channel, category, session))
    specs.sort(key=lambda s: s.received_at)
    return specs


def _existing_officials() -> dict[int, list[people.DemoOfficial]]:
    result: dict[int, list[people.DemoOfficial]] = {}
    for o in Official.select().where(Official.active).order_by(Official.id):
        result.setdefault(o.department_id, []).append(
            people.DemoOfficial(o.id, o.name, o.department_id, o.is_responsible)
        )
    return result


def generate_demo(*, cases: int, seed: int = 1, now: dt.datetime | None = None) -> str:
    """Fill the bound (empty) database with `cases` demo cases; return a one-line summary.

    Same seed and same `now`, same rows: every random choice comes from one seeded generator and
    every time is derived from `now` (the current time unless given).
    """
    if cases < 0:
        raise ValidationError("The number of demo cases cannot be negative", field="cases")
    started = time.perf_counter()
    rng = random.Random(seed)
    now = (now or models.now()).replace(microsecond=0)
    with database_proxy.atomic():
        existing = Case.select().count()
        if existing:
            raise CivicDeskError(
                f"The database already holds {existing:,} cases; demo data goes into a new, empty database"
            )
        ref = _Reference.load()
        officials = _existing_officials() or people.create_officials(rng)
        coordinators = [u.id for u in people.create_coordinators()]
        first_day = (now - dt.timedelta(days=YEARS_BACK * 365)).date()
        sessions = [
            s
            for s in generate_sessions(rng, start=first_day, end=now.date())
            if s.held and s.starts_at <= now
        ]
        residents = people.make_residents(rng, max(1, cases // 3), len(ref.towns))
        specs = _draw_specs(rng, cases, now, sessions)
        builder = _Builder(rng, now, ref, officials, coordinators, residents)
        for spec in specs:
            builder.add(spec)
        builder.flush()
        builder.save_counters()
    seconds = time.perf_counter() - started
    years = f"{specs[0].received_at.year}–{specs[-1].received_at.year}" if specs else "none"
    officials_count = sum(len(v) for v in officials.values())
    return (
        f"Demo data: {cases:,} cases ({years}), {builder.event_count:,} history events, "
        f"{officials_count} officials in {len(officials)} departments, {len(coordinators)} coordinators, "
        f"{len(sessions)} sessions held; seed {seed}, {seconds:.1f} s"
    )


class _Builder:
    """Turns specs into case rows and history events, numbering cases per year in receipt order."""

    def __init__(self, rng, now, ref: _Reference, officials, coordinators, residents):
        self.rng = rng
        self.now = now
        self.ref = ref
        self.officials = officials
        self.responsible = {d: [o for o in offs if o.responsible] or offs for d, offs in officials.items()}
        self.coordinators = coordinators
        self.residents = residents
        self.rules = load_rules()
        self.next_id = (Case.select(peewee.fn.MAX(Case.id)).scalar() or 0) + 1
        self.serials: Tally[int] = Tally()
        self.serial_base: dict[int, int] = {}
        self.case_rows: list[tuple] = []
        self.event_rows: list[tuple] = []
        self.event_count = 0
        self.recent: deque = deque(maxlen=300)
        self.department_ids = sorted(ref.departments)
        self.department_by_name = {name: id_ for id_, name in ref.departments.items()}

    # ---------------------------------------------------------------------------------- numbering

    def _number(self, year: int) -> str:
        if year not in self.serial_base:
            self.serial_base[year] = peek_value(case_counter_name(year))  # numbers are never reused
        self.serials[year] += 1
        return format_case_number(year, self.serial_base[year] + self.serials[year])

    def save_counters(self) -> None:
        for year, count in self.serials.items():
            name = case_counter_name(year)
            value = self.serial_base[year] + count
            if not Counter.update(value=value).where(Counter.name == name).execute():
                Counter.create(name=name, value=value)
        if is_postgres():  # explicit ids were inserted: move the id sequence past them
            database_proxy.execute_sql(
                "SELECT setval(pg_get_serial_sequence('\"case\"', 'id'), (SELECT MAX(id) FROM \"case\"))"
            )

    # ---------------------------------------------------------------------------------- one case

    def _rule(self, clock: str, channel: str, category: str):
        return clocks.pick_rule(self.rules, clock=clock, channel=channel, category=category)

    def add(self, spec: _Spec) -> None:
        rng = self.rng
        case_id = self.next_id
        self.next_id += 1
        number = self._number(spec.received_at.year)
        category = spec.category
        original = self._original_for(spec)
        if original is not None:
            resident, category, topic, text = (
                original[2],
                original[3],
                original[4],
                "다시 문의드립니다. " + original[5],
            )
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
        statutory = clocks.due_at(
            self._rule("statutory", spec.channel, category),
            received_at=spec.received_at,
            session_at=session_at,
        )
        pair = timeline.state
        status, classification = (
            ("classified", pair) if pair not in ("received", "routed", "in_review") else (pair, None)
        )
        address = ""
        if rng.random() < 0.4:
            address = f"파주시 {self.ref.towns[resident.town_index][1]} {rng.choice(texts.STREETS)} {rng.randint(1, 300)}"
        self.case_rows.append(
            (
                case_id, number, self.ref.channels[spec.channel], spec.received_at, resident.name,
                resident.phone, resident.phone_valid, address, town_id, text, summary_of(text),
                self.ref.categories[category], topic.id if topic else None, timeline.department_id,
                timeline.official_id, status, classification, timeline.reason_code, timeline.reason_text,
                timeline.agency_id, timeline.next_review_on, spec.session.session_id if spec.session else None,
                timeline.duplicate_of, promise, statutory, timeline.update_due_at, timeline.first_reply_at,
                timeline.last_update_at, timeline.closed_at, timeline.version, timeline.created_at, actor,
                timeline.updated_at, actor,
            )
        )  # fmt: skip
        self.event_rows.extend(timeline.events)
        self.recent.append((case_id, number, resident, category, topic, text, spec.received_at))
        if len(self.case_rows) >= FLUSH_EVERY:
            self.flush()

    def _original_for(self, spec: _Spec):
        """Now and then a resident writes again about the same thing within days (a likely duplicate)."""
        if spec.category == "gratitude" or self.rng.random() >= DUPLICATE_SHARE:
            return None
        for candidate in reversed(self.recent):
            age = spec.received_at - candidate[6]
            if candidate[3] != "gratitude" and dt.timedelta(hours=6) < age < dt.timedelta(days=10):
                return candidate
        return None

    def _topic(self, category: str) -> _TopicRow | None:
        options = self.ref.topics_by_category.get(category)
        if not options:
            return None
        return self.rng.choices(options, weights=[TOPIC_WEIGHTS.get(t.code, 10) for t in options])[0]

    def _outcome(self, category: str, topic: _TopicRow | None) -> str:
        rng = self.rng
        if category == "gratitude":
            return "acknowledged"
        referral = REFERRALS.get(topic.code) if topic else None
        if rng.random() < (referral[1] if referral else REFERRAL_ELSEWHERE):
            return "referred"
        return _pick(rng, OUTCOMES_EVERYDAY if category in EVERYDAY_CATEGORIES else OUTCOMES_PROPOSALS)

    def _live(self, timeline: CaseTimeline, spec: _Spec, category, topic, resident, number, original) -> None:
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
                        original_id=original[0],
                        original_number=original[1],
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

    def _department_for(self, topic: _TopicRow | None) -> int:
        rng = self.rng
        alternate = ALTERNATE_DEPARTMENTS.get(topic.code) if topic else None
        if alternate and alternate[0] in self.department_by_name and rng.random() < alternate[1]:
            return self.department_by_name[alternate[0]]
        if topic and topic.department_id:
            return topic.department_id
        return rng.choice(self.department_ids)

    def _route_and_assign(self, timeline: CaseTimeline, topic: _TopicRow | None, fast: bool) -> None:
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
        official = rng.choice(self.responsible.get(department) or [None])
        if official is not None:
            at = _soon(at, 0.1, 2, rng) if fast else _working(at, 0.3, 6, rng)
            timeline.assign(at, official_id=official.id, official_name=official.name)

    def _reply_delay(self, spec: _Spec, category: str, outcome: str) -> tuple[float, float]:
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
        self, timeline: CaseTimeline, spec: _Spec, category, topic, outcome: str, method: str, fast: bool
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
            reason = _pick(rng, REASONS[outcome])
            timeline.classify(
                at, classification=outcome, reason_code=reason, reason_text=texts.REASON_TEXTS[reason]
            )
            reply_text = reply_text.format(dept=department_name)
        else:
            timeline.classify(at, classification=outcome)
            reply_text = reply_text.format(dept=department_name)
        timeline.reply(at + dt.timedelta(minutes=rng.randint(2, 30)), method=method, text=reply_text)
        if outcome in ("in_progress", "referred"):
            self._monthly_updates(timeline)
        elif outcome in REASONS:
            self._review_again(timeline)

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

    # ---------------------------------------------------------------------------------- writing

    def flush(self) -> None:
        _bulk_insert(Case, CASE_FIELDS, self.case_rows)
        _bulk_insert(CaseEvent, EVENT_FIELDS, self.event_rows)
        self.event_count += len(self.event_rows)
        self.case_rows.clear()
        self.event_rows.clear()


def _bulk_insert(model: type[models.BaseModel], fields: list, rows: list[tuple]) -> None:
    """Insert plain-value rows: the statement comes from insert_many, the rows go through executemany.

    Peewee renders every value of a multi-row insert_many as its own SQL node (about 8 µs a value,
    over a minute for 100,000 cases with their history); one prepared statement run with the
    driver's executemany does the same work in a few seconds, on SQLite and PostgreSQL alike.
    """
    if not rows:
        return
    sql, _params = model.insert_many(rows[:1], fields=fields).returning().sql()
    cursor = database_proxy.cursor()
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()

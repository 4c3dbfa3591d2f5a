"""Realistic Korean demo data: three years of a city's communication office, in bulk.

Rows are built in Python with the same domain rules the actions use (transition table, clocks,
numbering, phone normalisation, summaries) and bulk-inserted, because calling the actions once per
case would take minutes for 100,000 cases. The mixes follow DOMAIN.md: categories as in Seo-gu
(civil complaint ~63%, gratitude ~16%), outcomes as in Paju (51/20/15/14), channels mostly text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import time
from collections.abc import Callable

from civicdesk_gui.actions.actor import actor_for
from civicdesk_gui.demo import people
from civicdesk_gui.demo.case_builder import CaseBuilder, Reference, Spec
from civicdesk_gui.demo.letters import issue_demo_letters
from civicdesk_gui.demo.mixes import CATEGORY_MIX, CHANNEL_MIX, HOUR_WEIGHTS, pick
from civicdesk_gui.demo.sessions import DemoSession, generate_sessions
from civicdesk_gui.domain import clocks
from civicdesk_gui.errors import CivicDeskError, ValidationError
from civicdesk_gui.store import bulk_load, models
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case, Official, User
from civicdesk_gui.store.office_settings import get_setting, put_setting

YEARS_BACK = 3
BULK_TABLES = ("case", "case_event", "survey")
SESSIONS_AHEAD = dt.timedelta(days=35)
DEMO_FAX = "031-940-4009"  # a made-up number of the demo city hall


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


def _draw_specs(rng: random.Random, count: int, now: dt.datetime, sessions: list[DemoSession]) -> list[Spec]:
    times = iter(_draw_received_times(rng, count, now))
    specs = []
    for _ in range(count):
        channel = pick(rng, CHANNEL_MIX)
        category = pick(rng, CATEGORY_MIX)
        received_at = next(times)
        session = None
        if channel == "mobile_office" and sessions:
            # Suggestions are raised at a held session; the 14-day clock starts there (DOMAIN.md §4).
            session = rng.choice(sessions)
            received_at = session.starts_at
        specs.append(Spec(received_at, channel, category, session))
    specs.sort(key=lambda s: s.received_at)
    return specs


def _existing_officials() -> dict[int, list[people.DemoOfficial]]:
    result: dict[int, list[people.DemoOfficial]] = {}
    for o in Official.select().where(Official.active).order_by(Official.id):
        result.setdefault(o.department_id, []).append(
            people.DemoOfficial(o.id, o.name, o.department_id, o.is_responsible)
        )
    return result


def generate_demo(
    *,
    cases: int,
    seed: int = 1,
    now: dt.datetime | None = None,
    letters: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """Fill the bound (empty) database with `cases` demo cases; return a one-line summary.

    Same seed and same `now`, same rows: every random choice comes from one seeded generator and
    every time is derived from `now` (the current time unless given). With `letters`, management-list
    cases classified over a week ago get their mayor-signed letter (about 17 ms each, so `progress`
    hears (done, total) as they are issued).
    """
    if cases < 0:
        raise ValidationError("demo.negative_cases", field="cases")
    started = time.perf_counter()
    rng = random.Random(seed)
    now = (now or models.now()).replace(microsecond=0)
    with database_proxy.atomic():
        existing = Case.select().count()
        if existing:
            raise CivicDeskError("demo.database_not_empty", {"cases": existing})
        ref = Reference.load()
        officials = _existing_officials() or people.create_officials(rng)
        if not get_setting("city.fax"):  # the closing block of the demo's letters shows a fax
            put_setting("city.fax", DEMO_FAX)
        people.create_demo_users(salt=hashlib.sha256(f"civicdesk-demo-{seed}".encode()).digest()[:16])
        coordinators = [u.id for u in people.create_coordinators()]
        first_day = (now - dt.timedelta(days=YEARS_BACK * 365)).date()
        sessions = [
            s
            # The diary runs a few weeks ahead: the calendar shows the visits to come.
            for s in generate_sessions(rng, start=first_day, end=(now + SESSIONS_AHEAD).date(), now=now)
            if s.held and s.starts_at <= now
        ]
        residents = people.make_residents(rng, max(1, cases // 3), len(ref.towns))
        specs = _draw_specs(rng, cases, now, sessions)
        builder = CaseBuilder(rng, now, ref, officials, coordinators, residents)
        # The cases, their history and surveys go in with the tables' indexes and insert triggers
        # set aside, made again once at the end (store/bulk_load.py): the same schema, the same
        # tallies, a fraction of the time.
        with bulk_load.indexes_set_aside(database_proxy.obj, BULK_TABLES):
            for spec in specs:
                builder.add(spec)
            builder.flush()
        builder.save_counters()
    letter_count = 0
    if letters:
        actor = actor_for(User.get_by_id(coordinators[0]))
        letter_count = issue_demo_letters(rng, now, actor=actor, progress=progress)
    seconds = time.perf_counter() - started
    years = f"{specs[0].received_at.year}–{specs[-1].received_at.year}" if specs else "none"
    letters_part = f", {letter_count:,} letters issued" if letters else ""
    officials_count = sum(len(v) for v in officials.values())
    return (
        f"Demo data: {cases:,} cases ({years}), {builder.event_count:,} history events, "
        f"{officials_count} officials in {len(officials)} departments, {len(coordinators)} coordinators (users of every role, "
        f"password {people.DEMO_PASSWORD}), "
        f"{len(sessions)} sessions held, {builder.survey_count:,} satisfaction surveys{letters_part}; "
        f"seed {seed}, {seconds:.1f} s"
    )

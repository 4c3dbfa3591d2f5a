"""Realistic Korean demo data: three years of a city's communication office, in bulk.

Rows are built in Python with the same domain rules the actions use (transition table, clocks,
numbering, phone normalisation, summaries) and bulk-inserted, because calling the actions once per
case would take minutes for 100,000 cases. The mixes follow DOMAIN.md: categories as in Seo-gu
(civil complaint ~63%, gratitude ~16%), outcomes as in Paju (51/20/15/14), channels mostly text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import time
from collections import Counter as Tally
from collections.abc import Callable

import peewee

from civicdesk_gui.actions.actor import actor_for
from civicdesk_gui.demo import people, slices
from civicdesk_gui.demo.case_builder import (
    CASE_FIELDS,
    EVENT_FIELDS,
    SURVEY_FIELDS,
    Reference,
    SliceContext,
    Spec,
)
from civicdesk_gui.demo.mixes import CATEGORY_MIX, CHANNEL_MIX, HOUR_WEIGHTS
from civicdesk_gui.demo.sessions import DemoSession, generate_sessions
from civicdesk_gui.domain import clocks
from civicdesk_gui.domain.numbering import case_counter_name
from civicdesk_gui.errors import CivicDeskError, ValidationError
from civicdesk_gui.store import bulk_load, models
from civicdesk_gui.store.database import database_proxy, is_postgres
from civicdesk_gui.store.models import Case, Counter, Official, User
from civicdesk_gui.store.office_settings import get_setting, put_setting
from civicdesk_gui.store.rules import load_kind_rules, load_rules
from civicdesk_gui.store.sequences import peek_value

YEARS_BACK = 3
BULK_TABLES = ("case", "case_event", "survey")
SESSIONS_AHEAD = dt.timedelta(days=35)
DEMO_FAX = "031-940-4009"  # a made-up number of the demo city hall
MAX_WORKERS = 2  # processes building rows by default (the parent writes)
CASE_COLUMNS = [f.column_name for f in CASE_FIELDS]
EVENT_COLUMNS = [f.column_name for f in EVENT_FIELDS]
SURVEY_COLUMNS = [f.column_name for f in SURVEY_FIELDS]


def _draw_received_times(rng: random.Random, count: int, now: dt.datetime) -> list[dt.datetime]:
    first = (now - dt.timedelta(days=YEARS_BACK * 365)).date()
    days = [first + dt.timedelta(days=i) for i in range((now.date() - first).days + 1)]
    weights = []
    for index, day in enumerate(days):
        trend = 0.6 + 0.8 * index / len(days)  # the program grows as residents learn of it
        weights.append(trend * (1.0 if clocks.is_working_day(day) else 0.45))
    starts = [dt.datetime.combine(day, dt.time()) for day in days]
    picked_days = rng.choices(starts, weights=weights, k=count)
    hours = rng.choices(range(24), weights=HOUR_WEIGHTS, k=count)
    seconds = rng.choices(range(3600), k=count)
    late = rng.choices(range(60, 6 * 3600), k=count)
    result = []
    for day, hour, second, back in zip(picked_days, hours, seconds, late, strict=True):
        moment = day + dt.timedelta(seconds=hour * 3600 + second)
        if moment > now:
            moment = now - dt.timedelta(seconds=back)
        result.append(moment)
    return result


def _draw_specs(rng: random.Random, count: int, now: dt.datetime, sessions: list[DemoSession]) -> list[Spec]:
    """Every case's receipt, channel and category, drawn in bulk and sorted by receipt."""
    times = _draw_received_times(rng, count, now)
    channels = rng.choices(list(CHANNEL_MIX), weights=list(CHANNEL_MIX.values()), k=count)
    categories = rng.choices(list(CATEGORY_MIX), weights=list(CATEGORY_MIX.values()), k=count)
    # Suggestions are raised at a held session; the 14-day clock starts there (DOMAIN.md §4).
    at_sessions = rng.choices(sessions, k=count) if sessions else [None] * count
    specs = []
    for received_at, channel, category, session in zip(times, channels, categories, at_sessions, strict=True):
        if channel == "mobile_office" and session is not None:
            specs.append(Spec(session.starts_at, channel, category, session))
        else:
            specs.append(Spec(received_at, channel, category, None))
    specs.sort(key=lambda s: s.received_at)
    return specs


def _workers(asked: int | None) -> int:
    if asked is not None:
        return max(1, asked)
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def _save_counters(serial_base: dict[int, int], specs: list[Spec]) -> None:
    """Each year's case-number counter moves past the numbers the demo gave."""
    counts = Tally(spec.received_at.year for spec in specs)
    for year, count in counts.items():
        name = case_counter_name(year)
        value = serial_base[year] + count
        if not Counter.update(value=value).where(Counter.name == name).execute():
            Counter.create(name=name, value=value)
    if is_postgres():  # explicit ids were inserted: move the id sequence past them
        database_proxy.execute_sql(
            "SELECT setval(pg_get_serial_sequence('\"case\"', 'id'), (SELECT MAX(id) FROM \"case\"))"
        )


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
    workers: int | None = None,
) -> str:
    """Fill the bound (empty) database with `cases` demo cases; return a one-line summary.

    Same seed and same `now`, same rows: every random choice comes from one seeded generator and
    every time is derived from `now` (the current time unless given). With `letters`, management-list
    cases classified over a week ago get their mayor-signed letter (about 17 ms each, so `progress`
    hears (done, total) as they are issued). `workers` processes build the cases' rows (default:
    one per core, at most MAX_WORKERS); the data does not depend on how many.
    """
    if cases < 0:
        raise ValidationError("demo.negative_cases", field="cases")
    started = time.perf_counter()
    rng = random.Random(seed)
    now = (now or models.now()).replace(microsecond=0)
    db = database_proxy.obj
    # One transaction; on SQLite under a rollback journal (a killed load is rolled back by the
    # next opening of the file), WAL again once it is committed.
    with bulk_load.fresh_file_journal(db), database_proxy.atomic():
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
        context = SliceContext(now, ref, officials, coordinators, residents, load_rules(), load_kind_rules())
        first_id = (Case.select(peewee.fn.MAX(Case.id)).scalar() or 0) + 1
        years = sorted({spec.received_at.year for spec in specs})
        serial_base = {year: peek_value(case_counter_name(year)) for year in years}  # never reused
        jobs = slices.slice_jobs(seed, specs, first_id, serial_base)
        # The cases, their history and surveys go in with the tables' indexes and insert triggers
        # set aside, made again once at the end (store/bulk_load.py): the same schema, the same
        # tallies, a fraction of the time. Worker processes build the slices' rows; this one writes.
        event_count = survey_count = 0
        with bulk_load.indexes_set_aside(db, BULK_TABLES):
            for case_rows, event_rows, survey_rows in slices.built_slices(context, jobs, _workers(workers)):
                bulk_load.insert_rows(db, "case", CASE_COLUMNS, case_rows)
                bulk_load.insert_rows(db, "case_event", EVENT_COLUMNS, event_rows)
                bulk_load.insert_rows(db, "survey", SURVEY_COLUMNS, survey_rows)
                event_count += len(event_rows)
                survey_count += len(survey_rows)
        _save_counters(serial_base, specs)
    letter_count = 0
    if letters:
        from civicdesk_gui.demo.letters import issue_demo_letters  # ReportLab: only when asked

        actor = actor_for(User.get_by_id(coordinators[0]))
        letter_count = issue_demo_letters(rng, now, actor=actor, progress=progress)
    seconds = time.perf_counter() - started
    years = f"{specs[0].received_at.year}–{specs[-1].received_at.year}" if specs else "none"
    letters_part = f", {letter_count:,} letters issued" if letters else ""
    officials_count = sum(len(v) for v in officials.values())
    return (
        f"Demo data: {cases:,} cases ({years}), {event_count:,} history events, "
        f"{officials_count} officials in {len(officials)} departments, {len(coordinators)} coordinators (users of every role, "
        f"password {people.DEMO_PASSWORD}), "
        f"{len(sessions)} sessions held, {survey_count:,} satisfaction surveys{letters_part}; "
        f"seed {seed}, {seconds:.1f} s"
    )

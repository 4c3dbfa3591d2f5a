"""The demo built in slices by worker processes (demo/slices.py) and loaded with the indexes and
insert triggers set aside (store/bulk_load.py): the same database whatever the number of workers,
and tallies, counts, search index and schema as the normal write path keeps them — on both back ends."""

from __future__ import annotations

import datetime as dt
import hashlib
import random

import peewee
import pytest

from civicdesk_gui.actions.actor import actor_for
from civicdesk_gui.demo import generator, people, slices
from civicdesk_gui.demo.timeline import event_text
from civicdesk_gui.domain.phone import normalise_phone
from civicdesk_gui.queries import case_list
from civicdesk_gui.queries.stats import compute_stats
from civicdesk_gui.store import database, month_figures, opening, tallies
from civicdesk_gui.store.models import Case, User
from civicdesk_gui.store.rules import invalidate_rules
from tests.store.schema_snapshot import differences, snapshot

NOW = dt.datetime(2026, 11, 18, 11, 0)
SLICE = 1000  # smaller slices than the real ones, so that a small demo still has several
CASES = 2 * SLICE + 700  # three slices: the pool is used, the last slice is short
# Tables whose rows carry the wall-clock time of the run (when the schema was made), not demo data.
CLOCK_TABLES = {"schema_version", "migration_history"}


@pytest.fixture(autouse=True)
def small_slices(monkeypatch):
    monkeypatch.setattr(slices, "SLICE_CASES", SLICE)


def _fingerprint(db: peewee.Database) -> dict[str, str]:
    """Every table's rows (sorted), as one digest per table."""
    result = {}
    for table in sorted(db.get_tables()):
        if table in CLOCK_TABLES:
            continue
        rows = db.execute_sql(f'SELECT * FROM "{table}"').fetchall()
        result[table] = hashlib.sha256(repr(sorted(map(repr, rows))).encode()).hexdigest()
    return result


def _recreate(url: str) -> None:
    """Drop and create the test's PostgreSQL database again (empty, same name)."""
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
        conn.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def demo_urls(request, tmp_path):
    """Two empty databases of the back end (PostgreSQL: the same one, made again for the second)."""
    if request.param == "sqlite":
        return [f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"]
    url = request.getfixturevalue("pg_url")
    return [url, url]


def test_one_worker_or_two_give_the_same_database(demo_urls):
    prints = []
    for workers, url in zip((1, 2), demo_urls, strict=True):
        if workers == 2 and url.startswith("postgresql"):
            _recreate(url)
        invalidate_rules()
        opening.connect(url)
        summary = generator.generate_demo(cases=CASES, seed=7, now=NOW, workers=workers)
        assert summary.startswith(f"Demo data: {CASES:,} cases")
        prints.append(_fingerprint(database.database_proxy.obj))
        database.close()
    assert prints[0] == prints[1]
    assert {"case", "case_event", "survey", "case_tally"} <= set(prints[0])


def _view_counts_by_counting(actor_id: int) -> dict[str, int]:
    result = {}
    for view in (*case_list.TALLIED_VIEWS, "mine"):
        query = case_list.count_query(case_list.CaseFilter(view=view, actor_id=actor_id), now=NOW)
        result[view] = query.scalar()
    return result


def _month_rows(db) -> list[tuple]:
    columns = ", ".join(
        ["month", *(name for name, _ in month_figures.KEY_COLUMNS), "slot", *month_figures.COUNTERS]
    )
    return sorted(tuple(row) for row in db.execute_sql(f"SELECT {columns} FROM {month_figures.TABLE}"))


def test_the_fast_load_keeps_tallies_counts_search_and_schema_as_the_normal_path(any_db):
    db = database.database_proxy.obj
    before = snapshot(db)
    generator.generate_demo(cases=CASES, seed=3, now=NOW, workers=2)
    # The schema is the one the database had: every index (the trigram search indexes on
    # PostgreSQL) and every trigger back, enabled.
    assert differences(before, snapshot(db)) == []
    tallied = tallies.read_tallies(db)
    stats = compute_stats(now=NOW)
    coordinator = actor_for(User.get(User.login == people.COORDINATORS[0][0]))
    views = case_list.saved_view_counts(coordinator, now=NOW)
    # Counted from the rows, as the normal path's triggers would have kept them.
    tallies.recount_tallies(db)
    assert tallies.read_tallies(db) == tallied
    assert tallied[("cases", False)] == Case.select().where(Case.status != "withdrawn").count() == CASES
    counted = _view_counts_by_counting(coordinator.id)
    assert counted["mine"] > 0 and counted["awaiting_reply"] > 0 and counted["referred"] > 0
    assert {view: views[view] for view in counted} == counted
    assert compute_stats(now=NOW) == stats
    # The month figures (schema step 13) too: what the load left equals a count from the rows.
    month_figures.fold_month_figures(db)
    kept = _month_rows(db)
    first_counter = len(kept[0]) - len(month_figures.COUNTERS)
    assert list(month_figures.COUNTERS)[0] == "cases"
    assert sum(row[first_counter] for row in kept) == Case.select().count()
    month_figures.rebuild_month_figures(db)
    assert _month_rows(db) == kept
    # The search finds a case by three syllables of its text (the index on both back ends).
    case = Case.select().order_by(Case.id.desc()).first()
    found = case_list.count_query(case_list.CaseFilter(search=case.text[:12]), now=NOW)
    assert found.where(Case.id == case.id).scalar() == 1
    # The triggers work again after the load: a new case counts at once.
    from civicdesk_gui.actions import cases as actions

    actions.intake_case(channel="text", text="보도블록 파손 신고", actor=coordinator)
    assert tallies.read_tallies(db)[("cases", False)] == CASES + 1


def test_slices_do_not_depend_on_the_cases_after_them():
    """A slice's seed is (seed, index): the first slices of a larger demo are those of a smaller one."""
    first, second = slices.slice_generators(1, 0), slices.slice_generators(1, 0)
    assert [g.random() for g in first] == [g.random() for g in second]
    assert slices.slice_generators(1, 0)[0].random() != slices.slice_generators(1, 1)[0].random()
    assert slices.slice_generators(1, 0)[0].random() != slices.slice_generators(2, 0)[0].random()


def test_the_demo_phones_are_what_normalise_phone_makes_of_them():
    rng, ranges = random.Random(11), {}
    for _ in range(5000):
        typed, parts = people._typed_phone(rng)
        assert people._normalised(typed, parts, ranges) == normalise_phone(typed), typed


@pytest.mark.parametrize(
    "value",
    [
        {},
        {"state": "routed", "department": "도로관리과", "official": None, "phone_valid": True},
        {"surveyed_at": "2026-11-18T11:00:00", "satisfaction": 5, "would_use_again": False},
        {"quote": 'a "b"', "backslash": "a\\b", "newline": "a\nb", "tab": "\t", "separator": "\u2028"},
        {"number": 1.5, "date": dt.date(2026, 11, 18)},
    ],
)
def test_the_demo_history_text_is_what_event_json_stores(value):
    from civicdesk_gui.actions.history import event_json

    assert event_text(value) == event_json(value)

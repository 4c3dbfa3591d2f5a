"""A page of a deadline view is read by whichever plan ends first (queries/page_plan.py): the rows are
exactly those of the plain SELECT on both back ends, page after page; on SQLite a view where many
cases match walks the sort order instead of gathering and sorting every match."""

from __future__ import annotations

import datetime as dt

import pytest

from civicdesk_gui.queries import page_plan
from civicdesk_gui.queries.case_list import CaseFilter, CaseSort, fetch_page, page_query
from civicdesk_gui.store.database import database_proxy, is_postgres

NOW = dt.datetime(2026, 11, 20, 8, 30)
FILTERS = [
    CaseFilter(view="overdue"),
    CaseFilter(view="management_list"),
    CaseFilter(view="due_today"),
    CaseFilter(overdue="statutory"),
    CaseFilter(view="overdue", states=("in_review",)),
    CaseFilter(view="all"),
    CaseFilter(view="awaiting_letter"),  # saved views alone that hold many cases: raced too
    CaseFilter(view="referred"),
    CaseFilter(view="awaiting_reply"),
    CaseFilter(view="mine", actor_id=1),  # the demo's first coordinator: acted on many cases
    CaseFilter(view="mine", actor_id=6),  # an official: assigned cases
]
SORTS = [CaseSort(), CaseSort("deadline", False), CaseSort("number", True), CaseSort("department", False)]


@pytest.fixture
def demo_office(any_db):
    from civicdesk_gui.demo.generator import generate_demo

    generate_demo(cases=1500, seed=5, now=NOW)
    return any_db


def _plain_ids(case_filter, sort, after=None) -> list[int]:
    query = page_query(case_filter, sort, after=after, limit=50, now=NOW)
    return [row[0] for row in database_proxy.obj.execute(query).fetchall()]


@pytest.mark.parametrize("budget", [page_plan.WALK_BUDGET_S, 0.0], ids=["walk", "walk stopped at once"])
def test_every_page_holds_the_plain_selects_rows(demo_office, monkeypatch, budget):
    monkeypatch.setattr(page_plan, "WALK_BUDGET_S", budget)
    compared = 0
    for case_filter in FILTERS:
        for sort in SORTS:
            after = None
            for _page in range(3):  # keyset paging: the second and third pages too
                rows = fetch_page(case_filter, sort, after=after, limit=50, now=NOW)
                assert [r.id for r in rows] == _plain_ids(case_filter, sort, after), (case_filter, sort)
                compared += len(rows)
                if len(rows) < 50:
                    break
                after = rows[-1].sort_key
    assert compared > 1000  # the views held cases: the comparison compared something


def test_the_walk_keeps_only_the_sort_key_on_an_index(sqlite_db):
    overdue = CaseFilter(view="overdue")
    sql, _params = page_query(overdue, CaseSort(), after=(NOW, 7), now=NOW).sql()
    chosen = page_plan.plans(sql)
    where = chosen.walk[chosen.walk.index(" WHERE ") : chosen.walk.index(" ORDER BY ")]
    assert '+"t1"."promise_due_at" <' in where and '+"t1"."status" !=' in where
    assert '+"t1"."received_at"' not in where  # the keyset condition starts the walk
    # The gathering sorts ids off the received-time index, then orders the page it joins.
    assert 'ORDER BY +"t1"."received_at" DESC, "t1"."id" DESC LIMIT ?)' in chosen.gather
    assert chosen.gather.endswith(' ORDER BY "t1"."received_at" DESC, "t1"."id" DESC LIMIT ?')
    # An expression sort: the keyset's expression is left exactly as its index has it.
    sql, _params = page_query(overdue, CaseSort("deadline", False), after=(NOW, 7), now=NOW).sql()
    walk = page_plan.plans(sql).walk
    order = walk[walk.index(" ORDER BY ") + len(" ORDER BY ") : walk.rindex(" ASC, ")]
    assert walk.count(order) == 3 and "+" not in order  # the sort value, the keyset, the order
    plain, _ = page_query(CaseFilter(department_id=3), CaseSort(), now=NOW).sql()
    assert page_plan.plans(plain) is None  # no deadline range: the planner's statistics know the rest


def _vm_steps(db, sql: str, params) -> int:
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    db.connection().set_progress_handler(count, 100)
    try:
        db.execute_sql(sql, params).fetchall()
    finally:
        db.connection().set_progress_handler(None, 0)
    return steps[0]


@pytest.mark.parametrize("statistics", [False, True], ids=["as a desk has it", "after ANALYZE"])
def test_on_sqlite_each_plan_is_the_one_named(demo_office, statistics):
    """Whatever statistics the file has, the walk reads the received-time index in order and the
    gathering reads the deadlines' indexes and sorts: the two ends the page is raced between."""
    if is_postgres():
        pytest.skip("PostgreSQL's planner chooses from its histograms; the race is SQLite's")
    db = database_proxy.obj
    # A desk far behind: every case late on its promise (the office the walk is for).
    db.execute_sql('UPDATE "case" SET promise_due_at = ?, result_at = NULL', (NOW - dt.timedelta(days=3),))
    if statistics:
        db.execute_sql("ANALYZE")
    sql, params = page_query(CaseFilter(view="overdue"), CaseSort(), limit=50, now=NOW).sql()
    chosen = page_plan.plans(sql)

    def plan(text: str, values=params) -> str:
        return " ".join(row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + text, values))

    gather_params = chosen.gather_params(params)
    assert "SCAN t1 USING INDEX case_received_at" in plan(chosen.walk)
    assert "TEMP B-TREE" not in plan(chosen.walk)
    assert "TEMP B-TREE FOR ORDER BY" in plan(chosen.gather, gather_params)
    assert "running" in plan(chosen.gather, gather_params)
    # Walking until 50 are found is a fraction of the work of gathering all 1,500 and sorting them.
    assert _vm_steps(db, chosen.walk, params) * 3 < _vm_steps(db, chosen.gather, gather_params)
    # "Review due" is gathered from its index alone: no case is read before the page's own.
    sql, params = page_query(CaseFilter(view="management_list"), CaseSort(), limit=50, now=NOW).sql()
    review = page_plan.plans(sql)
    assert "COVERING INDEX case_review_due" in plan(review.gather, review.gather_params(params))


def test_a_saved_view_holding_many_cases_walks_its_sort_order(demo_office):
    """A saved view alone has no deadline range, but its kept count tells when many cases match:
    its page is then raced like a deadline view's (SQLite took the condition for selective and
    gathered and sorted a quarter of a million cases awaiting a letter). A view holding few, or a
    view narrowed by any other filter, is left to the planner."""
    from civicdesk_gui.queries.case_list import _matches_many, count_cases

    awaiting = CaseFilter(view="awaiting_letter")
    total = count_cases(CaseFilter(view="all"), now=NOW)
    assert count_cases(awaiting, now=NOW) * 5 > total  # the demo's long-term cases mostly await a letter
    if is_postgres():
        assert not _matches_many(awaiting, NOW)  # PostgreSQL's planner knows from its statistics
        return
    assert _matches_many(awaiting, NOW)
    assert not _matches_many(CaseFilter(view="awaiting_letter", search="가로등"), NOW)
    assert not _matches_many(CaseFilter(view="all"), NOW)
    db = database_proxy.obj
    db.execute_sql(
        "UPDATE \"case\" SET classification = NULL WHERE classification = 'referred' AND id % 50 <> 0"
    )
    assert not _matches_many(CaseFilter(view="referred"), NOW)  # a handful: gathered
    sql, params = page_query(awaiting, CaseSort(), limit=50, now=NOW).sql()
    assert page_plan.plans(sql) is None  # no deadline range in it
    walk = page_plan.plans(sql, many_match=True).walk
    plan = " ".join(row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + walk, params))
    assert "SCAN t1 USING INDEX case_received_at" in plan and "TEMP B-TREE" not in plan


@pytest.mark.parametrize("column", ["channel", "category", "town", "department", "official"])
@pytest.mark.parametrize("descending", [True, False])
def test_on_postgresql_a_reference_sort_reads_its_index_in_order(demo_office, column, descending):
    """Sorted by a reference column, the whole list's page is read in order from that column's sort
    index (store/list_indexes.create_reference_sort_indexes), NULLs where the list puts them, ties by
    id, both directions: before it, each first page sorted all the cases (1.1 s at a million)."""
    if not is_postgres():
        pytest.skip("SQLite's index on the column already holds this order")
    db = database_proxy.obj
    db.execute_sql("SET enable_sort = off")  # a small table would be sorted whole; what index is there?
    sql, params = page_query(CaseFilter(), CaseSort(column, descending), limit=50, now=NOW).sql()
    plan = " ".join(row[0] for row in db.execute_sql("EXPLAIN " + sql, params))
    assert f"case_sort_{column}" in plan and "Sort" not in plan.replace("Incremental Sort", "?"), plan
    assert [r.id for r in fetch_page(CaseFilter(), CaseSort(column, descending), limit=50, now=NOW)] == (
        _plain_ids(CaseFilter(), CaseSort(column, descending))
    )


def test_my_cases_of_a_busy_coordinator_walk_and_hold_the_same_cases(demo_office):
    """A coordinator who has acted on a good share of all cases: "my cases" looks each case up in its
    history (EXISTS) instead of listing the coordinator's history first, which at a million cases
    listed two million events before the first row (1.5 s a page). Both forms hold the same cases,
    for the coordinator, an official and a user who never acted; on SQLite the page walks the
    received-time order with no temporary list."""
    from civicdesk_gui.queries.case_list import _acted_on_many, _matches_many, my_cases_condition
    from civicdesk_gui.store.models import Case, User

    users = [User.get(User.login == login).id for login in ("soutong.kim", "roads.lee", "admin")]
    for user_id in users:
        listed = {c.id for c in Case.select(Case.id).where(my_cases_condition(user_id))}
        looked_up = {c.id for c in Case.select(Case.id).where(my_cases_condition(user_id, case_by_case=True))}
        assert listed == looked_up, user_id
    coordinator = users[0]
    mine = CaseFilter(view="mine", actor_id=coordinator)
    assert len(fetch_page(mine, limit=50, now=NOW)) == 50
    assert _acted_on_many(coordinator) and not _acted_on_many(users[2])
    sql, _params = page_query(mine, CaseSort(), limit=50, now=NOW).sql()
    assert "EXISTS" in sql
    if is_postgres():
        return  # the planner walks the received-time index by itself (PostgreSQL's plans vary)
    assert _matches_many(mine, NOW)
    sql, params = page_query(mine, CaseSort(), limit=50, now=NOW).sql()
    walk = page_plan.plans(sql, many_match=True).walk
    plan = " ".join(row[3] for row in database_proxy.obj.execute_sql("EXPLAIN QUERY PLAN " + walk, params))
    assert "SCAN t1 USING INDEX case_received_at" in plan and "LIST SUBQUERY" not in plan, plan
    # Whether the coordinator acted on a case walked is answered from the history's index alone
    # (schema step 17), not by reading the case's history rows.
    assert "USING COVERING INDEX case_event_case_id_actor_id" in plan, plan

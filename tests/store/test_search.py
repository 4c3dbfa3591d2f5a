"""Korean search: trigram index for 3+ characters, LIKE for 1-2, kept in sync on both backends."""

from __future__ import annotations

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civicdesk_gui.actions import cases as actions
from civicdesk_gui.store.database import database_proxy, is_postgres
from civicdesk_gui.store.models import Case
from civicdesk_gui.store.search import search_condition


def found(text: str) -> set[str]:
    condition = search_condition(text)
    assert condition is not None
    return {case.submitter_name for case in Case.select().where(condition)}


@pytest.fixture
def three_cases(actor):
    for name, phone, text in [
        ("김민원", "010-1111-2222", "공원 벤치가 부서졌습니다"),
        ("이공원", "010-3333-4444", "민원을 넣었는데 답이 없습니다. 불법 주정차 단속 바랍니다"),
        ("박하늘", "010-5555-6666", "보도블록 교체 요청 (100% 파손)"),
    ]:
        actions.intake_case(
            channel="text", text=text, actor=actor, submitter_name=name, submitter_phone=phone
        )


def test_two_syllable_terms_fall_back_to_like(three_cases):
    # A trigram index finds nothing for 민원/공원; the fallback must still find text and names.
    assert found("민원") == {"김민원", "이공원"}
    assert found("공원") == {"김민원", "이공원"}
    assert found("벤치") == {"김민원"}


def test_three_or_more_characters_use_the_index(three_cases):
    assert found("주정차") == {"이공원"}
    assert found("불법 주정차") == {"이공원"}  # words AND together
    assert found("보도블록 공원") == set()
    assert found("010-5555") == {"박하늘"}
    assert found(Case.get(Case.submitter_name == "박하늘").number) == {"박하늘"}
    # Wildcards and quotes in the box are text, not syntax.
    assert found("100%") == {"박하늘"}
    assert found('"주정차') == set()
    assert search_condition("   ") is None


def test_the_index_is_really_used(three_cases):
    db = database_proxy.obj
    if is_postgres():
        db.execute_sql("SET enable_seqscan = off")
        sql, params = Case.select(Case.id).where(search_condition("주정차")).sql()
        plan = "\n".join(row[0] for row in db.execute_sql("EXPLAIN " + sql, params).fetchall())
        assert "case_text_trgm" in plan
        show = db.execute_sql("SELECT show_trgm('주정차')").fetchone()[0]
        assert show  # Hangul trigrams exist: the database's LC_CTYPE is UTF-8
    else:
        hits = db.execute_sql("SELECT rowid FROM case_search WHERE case_search MATCH '\"주정차\"'").fetchall()
        assert len(hits) == 1
        # And the trigram index itself cannot serve two-syllable terms: hence the fallback.
        assert (
            db.execute_sql("SELECT rowid FROM case_search WHERE case_search MATCH '\"민원\"'").fetchall()
            == []
        )


def test_updates_keep_the_index_in_step_and_deletes_are_refused(three_cases, actor):
    case = Case.get(Case.submitter_name == "박하늘")
    Case.update(text="가로수 가지치기 요청").where(Case.id == case.id).execute()
    assert found("보도블록") == set()
    assert found("가지치기") == {"박하늘"}
    assert found("가로수") == {"박하늘"}
    actions.intake_case(channel="phone", text="가지치기 소음", actor=actor, submitter_name="최소음")
    assert found("가지치기") == {"박하늘", "최소음"}
    # Cases are never deleted (store/append_only.py): the refusal leaves the index as it was.
    with pytest.raises(peewee.IntegrityError), database_proxy.atomic():
        Case.get(Case.submitter_name == "최소음").delete_instance()
    assert found("가지치기") == {"박하늘", "최소음"}


def test_common_terms_take_the_sorted_walk_with_the_same_results(three_cases, actor, monkeypatch):
    """Above COMMON_MATCHES the SQLite query walks the list in order; the answer must not change."""
    from civicdesk_gui.queries.case_list import CaseFilter, fetch_page

    for i in range(6):
        actions.intake_case(channel="text", text=f"가로등 고장 {i}", actor=actor, submitter_name=f"주민{i}")
    expected = [row.id for row in fetch_page(CaseFilter(search="가로등 고장"))]
    assert len(expected) == 6
    monkeypatch.setattr("civicdesk_gui.store.search.COMMON_MATCHES", 2)
    if not is_postgres():
        sql, _params = Case.select(Case.id).where(search_condition("가로등")).sql()
        assert '+"t1"."id" IN' in sql or '+"case"."id" IN' in sql
    assert [row.id for row in fetch_page(CaseFilter(search="가로등 고장"))] == expected
    assert found("가로등") == {f"주민{i}" for i in range(6)}


def test_list_sorts_use_their_expression_indexes(three_cases):
    """The deadline and state sorts must match the expression indexes, or 1M rows get sorted."""
    from civicdesk_gui.queries.case_list import CaseFilter, CaseSort, page_query

    db = database_proxy.obj
    for column, index in (("deadline", "case_next_due"), ("state", "case_state")):
        sql, params = page_query(CaseFilter(), CaseSort(column, False)).sql()
        if is_postgres():
            db.execute_sql("SET enable_seqscan = off")
            db.execute_sql("SET enable_sort = off")
            plan = "\n".join(row[0] for row in db.execute_sql("EXPLAIN " + sql, params).fetchall())
        else:
            plan = "\n".join(
                str(row) for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            )
        assert index in plan, plan


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(term=st.text(alphabet="공원민주정차답다-0123456789()AbcKk", min_size=1, max_size=2))
def test_a_short_term_without_letter_case_finds_what_like_finds(three_cases, term):
    """1-2 characters of Korean or digits are matched by instr()/strpos(), faster than LIKE/ILIKE
    over every case: the same cases as the plain LIKE/ILIKE would find; letters keep LIKE/ILIKE."""
    from civicdesk_gui.store.search import _like_any_column

    plain = {case.id for case in Case.select().where(_like_any_column(term))}
    assert {case.id for case in Case.select().where(search_condition(term))} == plain

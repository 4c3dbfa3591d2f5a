"""The case list's filters, saved views, keyset paging and counts, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civicdesk_gui.actions import cases as actions
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.queries.case_list import (
    SAVED_VIEWS,
    SORT_COLUMNS,
    CaseFilter,
    CaseSort,
    count_cases,
    fetch_page,
    iterate_rows,
    saved_view_counts,
)
from civicdesk_gui.store.models import Official
from tests.case_samples import NOW, department_id, make_sample_cases, town_id


@pytest.fixture
def sample(actor):
    return make_sample_cases(actor)


def names(sample, case_filter: CaseFilter) -> set[str]:
    by_id = {v: k for k, v in sample.items()}
    rows = fetch_page(case_filter, limit=1000, now=NOW)
    assert count_cases(case_filter, now=NOW) == len(rows)
    return {by_id[row.id] for row in rows}


def test_saved_views_hold_the_right_cases(sample, actor):
    assert names(sample, CaseFilter(view="overdue")) == {"overdue", "long_term", "referred", "other_user"}
    assert names(sample, CaseFilter(view="due_today")) == {"due_today"}
    assert names(sample, CaseFilter(view="awaiting_reply")) == {
        "overdue",
        "due_today",
        "fresh",
        "long_term",
        "referred",
        "other_user",
    }
    assert names(sample, CaseFilter(view="awaiting_letter")) == {"long_term"}
    assert names(sample, CaseFilter(view="management_list")) == {"long_term"}
    assert names(sample, CaseFilter(view="referred")) == {"referred"}
    assert names(sample, CaseFilter(view="mine", actor_id=actor.id)) == set(sample) - {"other_user"}
    counts = saved_view_counts(actor, now=NOW)
    assert set(counts) == set(SAVED_VIEWS)
    for view in SAVED_VIEWS:
        assert counts[view] == count_cases(CaseFilter(view=view, actor_id=actor.id), now=NOW), view
    assert counts["all"] == len(sample)


def test_my_cases_follow_the_official_record(sample, actor):
    """An official sees cases assigned to them even if someone else did all the work."""
    roads = department_id("도로관리과")
    official = Official.create(name="정호", rank="팀장", department=roads, is_responsible=True)
    other = ensure_user("official-jung", display_name="정호 팀장")
    from civicdesk_gui.store.models import Case, User

    User.update(official=official.id).where(User.id == other.id).execute()
    actions.assign_official(
        case_id=sample["overdue"],
        official_id=official.id,
        actor=actor,
        expected_version=Case.get_by_id(sample["overdue"]).version,
    )
    assert names(sample, CaseFilter(view="mine", actor_id=other.id)) == {"overdue"}
    assert names(sample, CaseFilter(official_id=official.id)) == {"overdue"}


@pytest.mark.parametrize("elsewhere", [0, 12])
def test_my_cases_count_agrees_with_the_list_from_either_side(actor, elsewhere):
    """A department user's "my cases" count is the department's working cases (kept figures) less
    those the user acted on, plus every other case the user acted on. The overlap is counted from
    the smaller side: the user's own history (few cases acted on, elsewhere=0) or the department's
    cases (more acted on than assigned, elsewhere=12). Withdrawn cases count on neither side."""
    roads, parks = department_id("도로관리과"), department_id("공원녹지과")
    clerk = ensure_user("roads-clerk", display_name="도로 담당", department_id=roads)

    def intake(department: int) -> int:
        return actions.intake_case(
            channel="text", text="가로등이 꺼져 있습니다", actor=actor, department_id=department, at=NOW
        ).case_id

    assigned = [intake(roads) for _ in range(6)]
    others = [intake(parks) for _ in range(elsewhere)]
    for case_id in [*assigned[:2], *others]:
        actions.add_note(case_id=case_id, text="현장 확인", actor=clerk, at=NOW)
    from civicdesk_gui.store.models import Case

    for case_id in (assigned[0], assigned[5]):  # one the clerk acted on, one not
        actions.withdraw_case(
            case_id=case_id, reason="중복 접수", actor=actor, expected_version=Case.get_by_id(case_id).version
        )
    mine = CaseFilter(view="mine", actor_id=clerk.id)
    listed = {row.id for row in fetch_page(mine, limit=1000, now=NOW)}
    assert listed == {*assigned[1:5], *others}
    assert count_cases(mine, now=NOW) == len(listed)
    assert saved_view_counts(clerk, now=NOW)["mine"] == len(listed)


def test_overdue_per_clock(sample):
    assert names(sample, CaseFilter(overdue="promise")) == {"overdue", "referred", "other_user"}
    # The session-anchored 14-day promise still runs; the 14-day statutory period has passed.
    assert names(sample, CaseFilter(overdue="statutory")) == {"long_term", "referred", "other_user"}
    assert names(sample, CaseFilter(overdue="monthly_update")) == {"other_user"}
    assert "replied" not in names(sample, CaseFilter(overdue="any"))
    assert names(sample, CaseFilter(due_today=True)) == {"due_today"}


def test_field_filters(sample):
    assert names(sample, CaseFilter(states=("referred",))) == {"referred"}
    assert names(sample, CaseFilter(states=("received", "acknowledged"))) == {"fresh", "thanks", "other_user"}
    assert names(sample, CaseFilter(channel="mobile_office")) == {"long_term"}
    assert names(sample, CaseFilter(category="gratitude")) == {"thanks"}
    assert names(sample, CaseFilter(department_id=department_id("도로관리과"))) == {"overdue", "replied"}
    assert names(sample, CaseFilter(town_id=town_id("교하동"))) == {"due_today"}
    assert names(sample, CaseFilter(session_id=1)) == {"long_term"}
    day = NOW.date()
    assert names(sample, CaseFilter(received_from=day - dt.timedelta(days=1), received_to=day)) == {
        "fresh",
        "replied",
        "thanks",
    }
    assert names(sample, CaseFilter(received_to=day - dt.timedelta(days=150))) == {"other_user"}
    # Filters combine with AND.
    assert names(sample, CaseFilter(view="overdue", department_id=department_id("도로관리과"))) == {"overdue"}


def test_search_filters_through_the_list(sample):
    assert names(sample, CaseFilter(search="공원")) == {"due_today", "long_term"}
    assert names(sample, CaseFilter(search="보도블록")) == {"overdue"}
    assert names(sample, CaseFilter(search="공원 정류장")) == {"long_term"}
    assert names(sample, CaseFilter(search="김민준")) == {"overdue"}
    assert names(sample, CaseFilter(search="1234-5678")) == {"overdue"}
    assert names(sample, CaseFilter(search="없는말입니다")) == set()


def test_rows_carry_display_values_and_the_nearest_clock(sample):
    rows = {row.id: row for row in fetch_page(CaseFilter(), limit=100, now=NOW)}
    overdue = rows[sample["overdue"]]
    assert overdue.department == "도로관리과"
    assert overdue.town == "문산읍"
    assert overdue.channel == "text"
    assert overdue.state == "routed"
    assert overdue.next_clock == "promise"
    assert overdue.next_due_at == NOW - dt.timedelta(hours=24)
    assert rows[sample["long_term"]].state == "long_term_review"
    thanks = rows[sample["thanks"]]
    assert thanks.next_clock == "promise"  # acknowledged, but the 48 h promise still runs


@pytest.mark.parametrize("column", SORT_COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_join_up_to_the_full_sorted_list(actor, column, descending):
    make_sample_cases(actor)
    for i in range(14):
        actions.intake_case(
            channel=["text", "phone", "qr"][i % 3],
            text=f"주차 문제 {i % 4}",  # repeated values: ties are broken by id
            actor=actor,
            received_at=NOW - dt.timedelta(hours=i % 5),
            department_id=department_id("주차관리과") if i % 2 else None,
        )
    sort = CaseSort(column, descending)
    everything = fetch_page(CaseFilter(), sort, limit=1000, now=NOW)
    assert len(everything) == 22
    pages, after = [], None
    while True:
        page = fetch_page(CaseFilter(), sort, after=after, limit=5, now=NOW)
        pages.extend(page)
        if len(page) < 5:
            break
        after = page[-1].sort_key
    assert [r.id for r in pages] == [r.id for r in everything]
    assert [r.id for r in iterate_rows(CaseFilter(), sort, page_size=4, now=NOW)] == [
        r.id for r in everything
    ]


def test_default_sort_is_newest_first(sample):
    rows = fetch_page(CaseFilter(), now=NOW)
    received = [r.received_at for r in rows]
    assert received == sorted(received, reverse=True)
    deadline = fetch_page(CaseFilter(), CaseSort("deadline", False), now=NOW)
    dues = [r.next_due_at for r in deadline if r.next_due_at is not None]
    assert dues == sorted(dues)
    assert deadline[0].id == sample["other_user"]  # the longest overdue first


def test_the_row_clock_agrees_with_the_domain_rule():
    """The list picks the nearest running clock the way domain.clocks.nearest does."""
    import itertools

    from civicdesk_gui.domain import clocks
    from civicdesk_gui.queries.case_list import _nearest_running

    times = [None, NOW, NOW + dt.timedelta(hours=1), NOW - dt.timedelta(days=2)]
    for promise, statutory, update, reply, closed in itertools.product(
        times, times, times, times[:2], times[:2]
    ):
        expected = clocks.nearest(
            [
                clocks.ClockReading("promise", promise, reply),
                clocks.ClockReading("statutory", statutory, reply),
                clocks.ClockReading("monthly_update", None if closed else update),
            ]
        )
        got = _nearest_running(promise, statutory, update, reply, closed)
        assert got == ((expected.due_at, expected.clock) if expected else (None, None))


def test_a_case_late_on_one_clock_is_overdue_not_due_today(sample):
    from civicdesk_gui.store.models import Case

    Case.update(statutory_due_at=NOW - dt.timedelta(hours=1)).where(Case.id == sample["due_today"]).execute()
    assert "due_today" not in names(sample, CaseFilter(view="due_today"))
    assert "due_today" in names(sample, CaseFilter(view="overdue"))
    row = next(r for r in fetch_page(CaseFilter(), now=NOW) if r.id == sample["due_today"])
    assert (row.next_clock, row.next_due_at) == ("statutory", NOW - dt.timedelta(hours=1))


def test_a_short_search_word_is_counted_up_to_the_cap_and_never_shown_as_exact_past_it(sample):
    from civicdesk_gui.queries.case_list import CaseCount, count_cases_capped

    # "공원" (two syllables) reads every case; "보도블록" goes through the trigram index, exactly.
    both = CaseFilter(search="공원")
    assert count_cases(both, now=NOW) == 2
    assert count_cases_capped(both, now=NOW) == CaseCount(2, exact=True)
    assert count_cases_capped(both, now=NOW, cap=2) == CaseCount(2, exact=True)
    assert count_cases_capped(both, now=NOW, cap=1) == CaseCount(1, exact=False)
    assert count_cases_capped(CaseFilter(search="보도블록"), now=NOW, cap=0) == CaseCount(1, exact=True)
    # Filters still apply under the cap.
    parks = CaseFilter(search="공원", view="management_list")
    assert count_cases(parks, now=NOW) == 1
    assert count_cases_capped(parks, now=NOW, cap=1) == CaseCount(1, exact=True)
    assert count_cases_capped(parks, now=NOW, cap=0) == CaseCount(0, exact=False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(
        st.sampled_from(["공", "원", "공원", "요", "다", "민원", "12", "-", "없음", "보도블록"]),
        min_size=1,
        max_size=2,
    ),
    cap=st.integers(min_value=0, max_value=9),
    view=st.sampled_from(["all", "overdue", "awaiting_reply"]),
)
def test_the_capped_count_agrees_with_the_full_count(sample, words, cap, view):
    """Exact when at most `cap` cases match (equal to count_cases and to the rows listed); past the
    cap it says only "at least cap", and more than cap cases do match."""
    from civicdesk_gui.queries.case_list import count_cases_capped

    case_filter = CaseFilter(search=" ".join(words), view=view)
    full = count_cases(case_filter, now=NOW)
    assert full == len(fetch_page(case_filter, limit=1000, now=NOW))
    found = count_cases_capped(case_filter, now=NOW, cap=cap)
    if found.exact:
        assert found.value == full
    else:
        assert found.value == cap < full

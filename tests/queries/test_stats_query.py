"""compute_stats on hand-made cases whose clocks are known, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civicdesk_gui.actions import cases as actions
from civicdesk_gui.queries.stats import compute_stats
from civicdesk_gui.store.models import Agency, Case, Category, Department, Official

D = dt.datetime
NOW = D(2026, 3, 20, 12, 0)  # a Friday
KEYS = {
    "total",
    "by_status",
    "by_classification",
    "by_channel",
    "by_category",
    "by_department",
    "overdue",
    "median_hours_to_first_reply",
    "period",
    "compliance",
    "satisfaction",
    "answered_by_team_leader",
    "withdrawn",
}


@pytest.fixture
def office_cases(actor):
    roads = Department.get(Department.code == "도로관리과")
    lead = Official.create(name="김도로", rank="팀장", department=roads, is_responsible=True)

    def intake(received, **kwargs):
        fields = {"channel": "text", "text": "가로등이 꺼졌습니다", "category": "civil_complaint", **kwargs}
        return actions.intake_case(received_at=received, at=received, actor=actor, **fields).case_id

    def version(case_id):
        return Case.get_by_id(case_id).version

    def work(case_id, at, outcome=None, reply_after=None, **extra):
        actions.route_case(case_id=case_id, department_id=roads.id, actor=actor, expected_version=1, at=at)
        actions.assign_official(case_id=case_id, official_id=lead.id, actor=actor, expected_version=2, at=at)
        if reply_after is not None:
            actions.record_reply(
                case_id=case_id,
                method="sms",
                text="조치했습니다",
                actor=actor,
                expected_version=3,
                at=at + reply_after,
            )
        if outcome:
            actions.classify_case(
                case_id=case_id,
                classification=outcome,
                actor=actor,
                expected_version=version(case_id),
                at=at + (reply_after or dt.timedelta(0)),
                **extra,
            )

    # Unanswered since Monday: past the 48-hour promise, inside the 7-day statutory period of a
    # grievance (고충민원; as a 기타민원 its 3 working hours would have passed Monday 14:00).
    intake(D(2026, 3, 16, 10, 0), petition_kind="grievance")
    # Unanswered since 5 March: past both (7 working days ended 13 March 18:00).
    intake(D(2026, 3, 5, 10, 0), channel="phone")
    # Answered in 4 hours and resolved.
    resolved = intake(D(2026, 3, 16, 9, 0))
    work(resolved, D(2026, 3, 16, 9, 0), "resolved", dt.timedelta(hours=4))
    # In progress since January, answered in 2 hours, no update since: the monthly clock is late.
    in_progress = intake(D(2026, 1, 5, 10, 0), category="policy_suggestion")
    work(in_progress, D(2026, 1, 5, 10, 0), "in_progress", dt.timedelta(hours=2))
    # Long-term review answered in 24 hours: on the management list, no monthly clock.
    long_term = intake(D(2026, 1, 5, 10, 0), category="policy_suggestion", channel="qr")
    work(
        long_term,
        D(2026, 1, 5, 10, 0),
        "long_term_review",
        dt.timedelta(hours=24),
        reason_code="large_budget",
        reason_text="예산 과다",
    )
    # Thanks, acknowledged and answered within the hour.
    thanks = intake(D(2026, 3, 18, 15, 0), category="gratitude")
    actions.classify_case(
        case_id=thanks,
        classification="acknowledged",
        actor=actor,
        expected_version=1,
        at=D(2026, 3, 18, 15, 30),
    )
    actions.record_reply(
        case_id=thanks,
        method="sms",
        text="감사합니다",
        actor=actor,
        expected_version=2,
        at=D(2026, 3, 18, 16, 0),
    )
    # A session suggestion (no session recorded): 14 days from receipt, not due yet.
    intake(D(2026, 3, 10, 14, 0), channel="mobile_office", category="policy_suggestion")
    # Referred to the police: open, its monthly clock restarted by the reply on 1 March.
    referred = intake(D(2026, 2, 27, 10, 0), category="safety")
    work(
        referred,
        D(2026, 2, 27, 10, 0),
        "referred",
        dt.timedelta(days=2),
        agency_id=Agency.get(Agency.name == "파주경찰서").id,
    )
    return roads


def test_stats_counts_every_dimension(office_cases):
    stats = compute_stats(now=NOW)
    assert set(stats) == KEYS
    assert stats["total"] == 8
    assert stats["by_status"] == {"received": 3, "routed": 0, "in_review": 0, "classified": 5}
    assert stats["by_classification"] == {
        "resolved": 1,
        "in_progress": 1,
        "long_term_review": 1,
        "unfeasible": 0,
        "referred": 1,
        "acknowledged": 1,
    }
    assert stats["by_channel"] == {
        "text": 5,
        "mobile_office": 1,
        "phone": 1,
        "qr": 1,
        "walk_in": 0,
        "other": 0,
    }
    assert stats["by_category"] == {
        "civil_complaint": 3,
        "policy_suggestion": 3,
        "safety": 1,
        "institutional_improvement": 0,
        "gratitude": 1,
    }
    assert stats["by_department"]["도로관리과"] == 4
    assert stats["by_department"]["none"] == 4
    assert stats["by_department"]["공원녹지과"] == 0
    assert sum(stats["by_department"].values()) == 8


def test_overdue_counts_running_clocks_only(office_cases):
    assert compute_stats(now=NOW)["overdue"] == {"promise": 2, "statutory": 1, "monthly_update": 1}
    # A week earlier only the early-March case had passed its promise — and, a 기타민원, its 3 working
    # hours (5 March 10:00 → 14:00, 시행령 제19조).
    assert compute_stats(now=D(2026, 3, 13, 12, 0))["overdue"] == {
        "promise": 1,
        "statutory": 1,
        "monthly_update": 1,
    }
    # In April the referral's monthly clock (due 31 March) and the open intakes' ones have run out too.
    later = compute_stats(now=D(2026, 4, 20, 9, 0))["overdue"]
    assert later["monthly_update"] == 5 and later["statutory"] == 3


def test_open_cases_past_their_monthly_update_are_counted_from_the_index_alone(office_cases):
    """The count leaves withdrawn cases out from the running update's index (schema step 18): without
    the status in it, each open case past its update was read from the table (68,892 rows, 0.22 s of
    `civicdesk stats` at a million cases)."""
    from civicdesk_gui.domain.periods import Period
    from civicdesk_gui.queries.aggregates import Scope
    from civicdesk_gui.queries.kept_figures import update_late_query
    from civicdesk_gui.store.database import database_proxy, is_postgres

    later = D(2026, 4, 20, 9, 0)
    query = update_late_query(Scope(Period("custom", None, None)), later)
    assert query.scalar() == 5
    Case.update(status="withdrawn").where(Case.id == Case.select(pw.fn.MIN(Case.id))).execute()
    assert query.scalar() in (4, 5)  # one case fewer if it was open and late
    db = database_proxy.obj
    sql, params = query.sql()
    if is_postgres():
        db.execute_sql("SET enable_seqscan = off")  # a handful of rows: what would a million use?
        db.execute_sql("SET enable_bitmapscan = off")
        plan = " ".join(row[0] for row in db.execute_sql("EXPLAIN " + sql, params))
        assert "Index Only Scan using case_update_running" in plan, plan
    else:
        plan = " ".join(row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
        assert "USING INDEX case_update_running" in plan, plan
        # SQLite seeks the case row only when a column is read from it (DeferredSeek): none is.
        program = list(db.execute_sql("EXPLAIN " + sql, params))
        tables = {row[2] for row in program if row[1] == "OpenRead" and not str(row[5]).startswith("k(")}
        assert not [row for row in program if row[1] == "Column" and row[2] in tables], program


def test_median_hours_to_first_reply(office_cases):
    # Replies after 1, 2, 4, 24 and 48 hours.
    assert compute_stats(now=NOW)["median_hours_to_first_reply"] == 4.0
    gratitude = Category.get(Category.code == "gratitude")
    Case.update(first_reply_at=None).where(Case.category == gratitude).execute()  # drop the 1-hour thanks
    assert compute_stats(now=NOW)["median_hours_to_first_reply"] == 14.0  # (4 + 24) / 2


def test_empty_database(any_db):
    stats = compute_stats(now=NOW)
    assert stats["total"] == 0
    assert stats["median_hours_to_first_reply"] is None
    assert stats["overdue"] == {"promise": 0, "statutory": 0, "monthly_update": 0}
    assert set(stats["by_department"]) >= {"도로관리과", "공원녹지과"}


@pytest.fixture
def demo_cases(any_db):
    from civicdesk_gui.demo.generator import generate_demo

    generate_demo(cases=60, seed=3, now=dt.datetime(2026, 11, 20, 8, 30))
    return [(row.id, row.status, row.first_reply_at) for row in Case.select().order_by(Case.id)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_case_figures_read_from_whole_indexes_equal_the_plain_queries(demo_cases, data):
    """Over every case, stats count from the kept month figures less the withdrawn and take the median
    from the reply-time index less the withdrawn: the same numbers as the plain queries that filter first —
    with any cases withdrawn, and replies tied to the same hour."""
    from civicdesk_gui.queries import compliance
    from civicdesk_gui.queries.aggregates import median_hours, median_hours_apart
    from civicdesk_gui.store.models import Channel

    ids = [case_id for case_id, _status, _reply in demo_cases]
    withdrawn = data.draw(st.sets(st.sampled_from(ids), max_size=12))
    tied = data.draw(st.sets(st.sampled_from(ids), max_size=20))
    try:
        Case.update(status="withdrawn").where(Case.id.in_(list(withdrawn) or [0])).execute()
        for case_id in tied:  # many replies exactly 24 hours after receipt
            case = Case.get_by_id(case_id)
            Case.update(first_reply_at=case.received_at + dt.timedelta(hours=24)).where(
                Case.id == case_id
            ).execute()
        not_withdrawn = [Case.status != "withdrawn"]
        plain = median_hours(compliance.first_reply_at(), not_withdrawn)
        apart = median_hours_apart(compliance.first_reply_at(), Case.status == "withdrawn")
        assert (plain is None and apart is None) or apart == pytest.approx(plain)
        codes = {c.id: c.code for c in Channel.select()}
        stats = compute_stats(NOW)
        by_channel = (
            Case.select(Case.channel, pw.fn.COUNT(Case.id)).where(*not_withdrawn).group_by(Case.channel)
        )
        assert {k: v for k, v in stats["by_channel"].items() if v} == {
            codes[k]: v for k, v in by_channel.tuples()
        }
        by_status = dict(
            Case.select(Case.status, pw.fn.COUNT(Case.id))
            .where(*not_withdrawn)
            .group_by(Case.status)
            .tuples()
        )
        assert {k: v for k, v in stats["by_status"].items() if v} == by_status
        assert stats["total"] == len(ids) - len(withdrawn) and stats["withdrawn"] == len(withdrawn)
        assert stats["median_hours_to_first_reply"] == (round(plain, 1) if plain is not None else None)
    finally:
        for case_id, status, reply in demo_cases:
            Case.update(status=status, first_reply_at=reply).where(Case.id == case_id).execute()

"""The period figures the database keeps per month (store/month_figures.py, queries/kept_figures.py)
equal the same figures counted directly over the cases with queries/compliance.py's conditions —
after any sequence of real actions (intake back-dated over several months, gateway import,
classification, referral, replies of every purpose, officials assigned, category and petition-kind
changes that move the deadlines, withdrawal, reopening, purging personal data), for every period
(all, whole months, ranges cut mid-month, a single day, open-ended), per channel, at several moments
(the time decides what is late), on both back ends. The schema step's set-based fill equals what the
triggers keep."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, precondition, rule, run_state_machine_as_test

from civicdesk_gui.actions import cases as actions
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.actions.retention import purge_personal_data
from civicdesk_gui.domain.periods import Period
from civicdesk_gui.queries import compliance, figures, kept_figures
from civicdesk_gui.queries.aggregates import (
    Scope,
    conditional_sums,
    count_rows,
    grouped_medians,
    median_hours,
    where_all,
)
from civicdesk_gui.queries.briefing import OUTCOMES, departments, period_figures, trends
from civicdesk_gui.queries.case_list import overdue_condition
from civicdesk_gui.queries.stats import compute_stats, overdue_counts
from civicdesk_gui.store import month_figures
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case, Category, Channel, Department, Official
from tests.store.test_tallies import NOW, TallyMachine, _empty_postgres

SCOPES = (
    Scope(Period("custom", None, None)),
    Scope(Period("custom", dt.date(2026, 10, 1), dt.date(2026, 10, 31))),  # one whole month
    Scope(Period("custom", dt.date(2026, 8, 14), dt.date(2026, 10, 29))),  # cut mid-month at both ends
    Scope(Period("custom", dt.date(2026, 10, 29), dt.date(2026, 10, 29))),  # one day
    Scope(Period("custom", dt.date(2026, 9, 1), None)),
    Scope(Period("custom", None, dt.date(2026, 9, 20))),
    Scope(Period("custom", None, None), "text"),
    Scope(Period("custom", dt.date(2026, 8, 1), dt.date(2026, 10, 30)), "mobile_office"),
)
# What is late depends on the time: before the first due times, among them, long after.
MOMENTS = (NOW - dt.timedelta(days=20, hours=-2), NOW, NOW + dt.timedelta(days=70))


def _codes(model) -> dict:
    return {row.id: row.code for row in model.select(model.id, model.code)}


def direct(scope: Scope, now: dt.datetime) -> dict:
    """Every figure counted over the cases with the conditions of queries/compliance.py and figures.py."""
    where = scope.conditions()
    conditions = {}
    for key, found in compliance.all_measures(now).items():
        conditions[f"{key}:base"] = found.base
        conditions[f"{key}:met"] = found.met
    conditions["replied"] = Case.first_reply_at.is_null(False)
    conditions["result"] = Case.result_at.is_null(False)
    for code in OUTCOMES:
        conditions[f"outcome:{code}"] = figures.outcome_condition(code)
    sums = conditional_sums(conditions, where)

    def grouped(column) -> dict:
        query = where_all(Case.select(column, count_rows()), where).group_by(column)
        return {key: count for key, count in database_proxy.obj.execute(query).fetchall()}

    withdrawn = Case.select().where(Case.status == "withdrawn", *scope.period_conditions()).count()
    promise = compliance.promise_measure(now)
    per_department = where_all(
        Case.select(
            Case.department,
            count_rows(),
            *[
                count_rows().filter(c)
                for c in (figures.open_condition(), overdue_condition("any", now), promise.base, promise.met)
            ],
        ),
        [*where, Case.department.is_null(False)],
    ).group_by(Case.department)
    return {
        "sums": sums,
        "status": grouped(Case.status),
        "classification": {k: v for k, v in grouped(Case.classification).items() if k is not None},
        "channel": grouped(Case.channel),
        "category": grouped(Case.category),
        "department": grouped(Case.department),
        "withdrawn": withdrawn,
        "departments": {row[0]: tuple(row[1:]) for row in database_proxy.obj.execute(per_department)},
    }


def kept(scope: Scope, now: dt.datetime) -> dict:
    """The same figures from the kept month figures."""
    rows = kept_figures.kept_rows(scope)
    shares = kept_figures.measures(rows, kept_figures.running(scope, now))
    sums = {}
    for key, share in shares.items():
        sums[f"{key}:base"] = share.denominator
        sums[f"{key}:met"] = share.numerator
    sums["replied"] = kept_figures.sum_counter(rows, "replied")
    sums["result"] = kept_figures.sum_counter(rows, "told")
    found = period_figures(scope, now)
    for code in OUTCOMES:
        sums[f"outcome:{code}"] = found.outcomes[code]
    classification = kept_figures.by(rows, "classification")
    classification.pop(None, None)
    table = {
        row.id: (row.received, row.open, row.overdue, row.compliance.denominator, row.compliance.numerator)
        for row in departments(scope, now, min_sample=1)
        if row.received
    }
    return {
        "sums": sums,
        "status": kept_figures.by(rows, "status"),
        "classification": classification,
        "channel": kept_figures.by(rows, "channel_id"),
        "category": kept_figures.by(rows, "category_id"),
        "department": kept_figures.by(rows, "department_id"),
        "withdrawn": kept_figures.sum_counter(rows, "cases", withdrawn=True),
        "departments": table,
    }


def _nonzero(counts: dict) -> dict:
    return {key: value for key, value in counts.items() if value}


def check_every_figure(scopes=SCOPES, moments=MOMENTS) -> None:
    for scope in scopes:
        for now in moments:
            expected, found = direct(scope, now), kept(scope, now)
            assert found["sums"] == expected["sums"], (scope, now)
            for part in ("status", "classification", "channel", "category", "department"):
                assert _nonzero(found[part]) == _nonzero(expected[part]), (part, scope, now)
            assert found["withdrawn"] == expected["withdrawn"], (scope, now)
            # Active departments only on the briefing's table; the direct count has every department.
            active = {d.id for d in Department.select().where(Department.active == True)}  # noqa: E712
            assert found["departments"] == {
                k: v for k, v in expected["departments"].items() if k in active
            }, (scope, now)
    # The medians read in one pass equal those sorted in SQL (median_hours, grouped_medians).
    for scope in scopes:
        where = scope.conditions()
        found = period_figures(scope, NOW)
        # (PostgreSQL's percentile_cont takes a + (b - a) / 2 of the middle two, not (a + b) / 2.)
        assert found.median_first_reply_hours == _close(median_hours(Case.first_reply_at, where)), scope
        assert found.median_result_hours == _close(median_hours(Case.result_at, where)), scope
        per_department = grouped_medians(
            Case.first_reply_at, Case.department, [*where, Case.department.is_null(False)]
        )
        shown = {row.id: row.median_reply_hours for row in departments(scope, NOW, min_sample=1)}
        assert {k: v for k, v in shown.items() if v is not None} == pytest.approx(
            {k: v for k, v in per_department.items() if k in shown}, rel=1e-12
        ), scope
    # The trend lines (whole months from the kept figures; weeks over the cases) against the direct count.
    for now in moments:
        promise = compliance.promise_measure(now)
        for granularity in ("month", "week"):
            for point in trends(granularity, now):
                scope = Scope(Period("custom", point.bucket.start, point.bucket.end))
                sums = conditional_sums(
                    {"received": pw.SQL("1 = 1"), "base": promise.base, "met": promise.met},
                    scope.conditions(),
                )
                assert (point.received, point.compliance.denominator, point.compliance.numerator) == (
                    sums["received"],
                    sums["base"],
                    sums["met"],
                ), (granularity, point.bucket, now)
    # The stats' figures (all cases and a period) against the direct count.
    channels, categories = _codes(Channel), _codes(Category)
    for start, end in ((None, None), (dt.date(2026, 9, 3), dt.date(2026, 10, 29))):
        stats = compute_stats(NOW, start=start, end=end)
        expected = direct(Scope(Period("custom", start, end)), NOW)
        for key in compliance.MEASURES:
            shown = (
                stats["answered_by_team_leader"]
                if key == "answered_by_team_leader"
                else stats["compliance"][key]
            )
            assert (shown["numerator"], shown["denominator"]) == (
                expected["sums"][f"{key}:met"],
                expected["sums"][f"{key}:base"],
            ), key
        assert _nonzero(stats["by_channel"]) == {channels[k]: v for k, v in expected["channel"].items()}
        assert _nonzero(stats["by_category"]) == {
            (categories[k] if k is not None else "none"): v for k, v in expected["category"].items()
        }
        assert stats["total"] == sum(v for k, v in expected["status"].items())
        assert stats["withdrawn"] == expected["withdrawn"]
        scope = Scope(Period("custom", start, end))
        assert stats["overdue"] == overdue_counts(NOW, scope.conditions())
        plain = median_hours(Case.first_reply_at, scope.conditions())
        assert stats["median_hours_to_first_reply"] == (round(plain, 1) if plain is not None else None)


def check_fill_equals_triggers() -> None:
    """The schema step's set-based fill (rebuild_month_figures) gives what the triggers kept."""
    db = database_proxy.obj
    key = ", ".join(["month", *(name for name, _ in month_figures.KEY_COLUMNS)])
    sums = ", ".join(f"SUM({c})" for c in month_figures.COUNTERS)
    read = f"SELECT {key}, {sums} FROM {month_figures.TABLE} GROUP BY {key} HAVING SUM(cases) <> 0 ORDER BY {key}"
    kept_rows = db.execute_sql(read).fetchall()
    with db.atomic():
        month_figures.rebuild_month_figures(db)
    assert db.execute_sql(read).fetchall() == kept_rows


class FigureMachine(TallyMachine):
    def open_database(self):
        super().open_database()
        leader = Official.create(
            name="김팀장",
            rank="팀장",
            department=self.departments[0],
            phone="031-940-4312",
            is_responsible=True,
        )
        self.officials = [self.official.id, leader.id]
        self.categories = [c.code for c in Category.select(Category.code).order_by(Category.id)]

    @rule(
        channel=st.sampled_from(["text", "phone", "mobile_office", "walk_in"]),
        routed=st.booleans(),
        days_back=st.sampled_from([0, 1, 33, 64, 80]),
        category=st.sampled_from([None, "civil_complaint", "civil_complaint", "gratitude", "safety"]),
    )
    def intake(self, channel, routed, days_back=0, category=None):
        result = actions.intake_case(
            channel=channel,
            category=category,
            text=f"민원 {len(self.cases)}: 가로등이 꺼져 있어요",
            actor=self.actor,
            received_at=self._at() - dt.timedelta(days=days_back),
            department_id=self.departments[len(self.cases) % len(self.departments)] if routed else None,
            find_duplicates=False,
        )
        self.cases.append(result.case_id)

    @precondition(lambda self: self.cases)
    @rule(index=TallyMachine.cases_drawn, purpose=st.sampled_from(["receipt", "interim", "result"]))
    def reply_for(self, index, purpose):
        case_id = self._pick(index)
        self._try(
            actions.record_reply,
            case_id=case_id,
            method="sms",
            text="답변드립니다.",
            purpose=purpose,
            expected_version=self._version(case_id),
        )

    @precondition(lambda self: self.cases)
    @rule(index=TallyMachine.cases_drawn, which=st.integers(min_value=0, max_value=20))
    def categorise(self, index, which):
        case_id = self._pick(index)
        self._try(
            actions.set_category,
            case_id=case_id,
            category=self.categories[which % len(self.categories)],
            expected_version=self._version(case_id),
        )

    @precondition(lambda self: self.cases)
    @rule(index=TallyMachine.cases_drawn, kind=st.sampled_from(["other", "grievance", "suggestion"]))
    def change_kind(self, index, kind):
        """The statutory due time is counted again (a re-deadline)."""
        case_id = self._pick(index)
        self._try(
            actions.set_petition_kind, case_id=case_id, kind=kind, expected_version=self._version(case_id)
        )

    @precondition(lambda self: self.cases)
    @rule(index=TallyMachine.cases_drawn, which=st.integers(min_value=0, max_value=5))
    def route(self, index, which):
        case_id = self._pick(index)
        self._try(
            actions.route_case,
            case_id=case_id,
            department_id=self.departments[which % len(self.departments)],
            expected_version=self._version(case_id),
        )

    @precondition(lambda self: self.cases)
    @rule(index=TallyMachine.cases_drawn, leader=st.booleans())
    def assign(self, index, leader=False):
        case_id = self._pick(index)
        self._try(
            actions.assign_official,
            case_id=case_id,
            official_id=self.officials[int(leader)],
            expected_version=self._version(case_id),
        )

    @rule(days_back=st.sampled_from([0, 2, 40]), hours=st.sampled_from([1, 30]))
    def complaint_resolved(self, days_back, hours):
        """A civil complaint resolved within 24 hours of receipt, or after."""
        received = self._at() - dt.timedelta(days=days_back)
        made = actions.intake_case(
            channel="text",
            category="civil_complaint",
            text="생활민원",
            actor=self.actor,
            received_at=received,
            department_id=self.departments[0],
            find_duplicates=False,
        )
        self.cases.append(made.case_id)
        done = received + dt.timedelta(hours=hours)
        actions.start_review(case_id=made.case_id, actor=self.actor, expected_version=None, at=done)
        actions.classify_case(
            case_id=made.case_id, classification="resolved", actor=self.actor, expected_version=None, at=done
        )

    @precondition(lambda self: self.cases)
    @rule()
    def purge(self):
        self._try(purge_personal_data, older_than_years=1)

    def tallies_equal_full_counts(self):  # the tallies have their own test: here, the figures
        pass

    @invariant()
    def figures_equal_direct_counts(self):
        """After each action the figures of every case and of a period cut mid-month, now; every
        figure at the end (teardown)."""
        if hasattr(self, "actor"):
            check_every_figure(scopes=SCOPES[:3:2], moments=MOMENTS[1:2])


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_kept_figures_follow_every_action(backend, request, tmp_path):
    base = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    made = []

    class Machine(FigureMachine):
        @initialize()
        def open_database(self):
            made.append(1)
            if base is None:
                self.url = f"sqlite:///{tmp_path / f'figures-{len(made)}.db'}"
            else:
                _empty_postgres(base)
                self.url = base
            super().open_database()

        def teardown(self):
            if hasattr(self, "actor"):
                check_every_figure()
                check_fill_equals_triggers()
            super().teardown()

    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=3,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )


def test_the_schema_step_fills_the_figures_from_the_cases_there_are(any_db):
    """Upgrading a database that has cases: step 13 counts them in one grouped pass, which equals
    what the triggers keep as cases come."""
    actor = ensure_user("figures", display_name="집계 시험")
    for n in range(6):
        made = actions.intake_case(
            channel="mobile_office" if n % 3 == 0 else "text",
            text=f"민원 {n}",
            actor=actor,
            received_at=NOW - dt.timedelta(days=40 * n),
            find_duplicates=False,
        )
        if n % 2:
            actions.record_reply(
                case_id=made.case_id, method="sms", text="답변", actor=actor, expected_version=None, at=NOW
            )
    db = database_proxy.obj
    check_fill_equals_triggers()
    db.execute_sql(f"DELETE FROM {month_figures.TABLE}")
    assert kept_figures.kept_rows(Scope(Period("custom", None, None))) == []
    from civicdesk_gui.store.migrations import step_0013_month_figures

    # Back to version 12 (no table, no triggers), then the step.
    for name, *_ in month_figures._triggers(db):
        db.execute_sql(f'DROP TRIGGER {name} ON "case"' if _pg(db) else f"DROP TRIGGER {name}")
    db.execute_sql(f"DROP TABLE {month_figures.TABLE}")
    db.execute_sql(f"DROP INDEX {month_figures.REFERRAL_INDEX[0]}")
    with db.atomic():
        step_0013_month_figures.up(db, None)
    check_every_figure()
    check_fill_equals_triggers()


def _pg(db) -> bool:
    return isinstance(db, pw.PostgresqlDatabase)


def _close(value: float | None):
    return None if value is None else pytest.approx(value, rel=1e-12)

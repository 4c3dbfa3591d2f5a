"""The briefing's figures on a small office counted by hand (tests/briefing_samples.py), on SQLite and
PostgreSQL: every figure, its edges, and for every figure the case list's count under its filter."""

from __future__ import annotations

import datetime as dt

import pytest

from civicdesk_gui.domain.periods import Period, period_for
from civicdesk_gui.queries import briefing as q
from civicdesk_gui.queries.case_list import CaseFilter, Figure, count_cases, fetch_page
from civicdesk_gui.queries.stats import compute_stats
from civicdesk_gui.store.models import Case, Department
from tests.briefing_samples import NOW, make_office

SEPTEMBER = q.Scope(period_for("last_month", NOW.date()))
OCTOBER = q.Scope(period_for("this_month", NOW.date()))
EVERYTHING = q.Scope(period_for("all", NOW.date()))
JULY = q.Scope(period_for("custom", NOW.date(), start=dt.date(2026, 7, 1), end=dt.date(2026, 7, 31)))


@pytest.fixture
def office(actor):
    return make_office(actor)


def listed(case_filter: CaseFilter) -> int:
    return count_cases(case_filter, now=NOW)


def numbers(case_filter: CaseFilter, ids: dict[str, int]) -> set[str]:
    names = {v: k for k, v in ids.items()}
    return {names[row.id] for row in fetch_page(case_filter, now=NOW, limit=100)}


def test_periods_are_the_days_a_case_was_received():
    assert SEPTEMBER.period == Period("last_month", dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    assert OCTOBER.period == Period("this_month", dt.date(2026, 10, 1), dt.date(2026, 10, 6))
    assert period_for("last_12_months", NOW.date()).start == dt.date(2025, 11, 1)


def test_tiles(office):
    tiles = q.tiles(NOW)
    # New since the start of Friday 2 Oct (Sat 3 and Mon 5 are holidays): D (on a holiday), N, E.
    assert tiles.since == dt.datetime(2026, 10, 2)
    assert tiles.counts == {
        "new": 3,
        "open": 7,  # D, N, M received; G in review; F, L in progress; K referred
        "due_today": 1,  # N's promise at 15:00 (G's statute falls due today too, but G is late already)
        "overdue_promise": 3,  # D (due on the holiday), G (14 days), M
        "overdue_statutory": 1,  # M (7 working days ended 18 Sep)
        "no_update": 1,  # L, last told on 26 Aug
        "awaiting_reply": 4,  # D, G, M, N (E's thanks were answered)
        "awaiting_letter": 2,  # H, I
        "review_due": 1,  # H, review date 1 Oct
        "referred": 1,  # K
    }
    assert [s.number for s in tiles.sessions_today] == ["S2026-0002"]
    assert tiles.sessions_week == 1


def test_every_tile_lists_exactly_its_cases(office):
    tiles = q.tiles(NOW)
    for name, value in tiles.counts.items():
        assert listed(q.tile_filter(name)) == value, name
    assert numbers(q.tile_filter("overdue_promise"), office) == {"D", "G", "M"}
    assert numbers(q.tile_filter("new"), office) == {"D", "E", "N"}


def test_september_outcomes_categories_and_promises(office):
    f = q.period_figures(SEPTEMBER, NOW)
    assert f.received == f.received_ng == 8  # A B F G H I K M; no gratitude
    assert f.outcomes == {
        "resolved": 2,
        "in_progress": 1,
        "long_term_review": 1,
        "unfeasible": 1,
        "referred": 1,
        "acknowledged": 0,
        "pending": 2,
    }
    assert f.categories == {
        "civil_complaint": 3,
        "policy_suggestion": 3,
        "safety": 1,
        "institutional_improvement": 1,
        "gratitude": 0,
    }
    shares = {k: (v.numerator, v.denominator) for k, v in f.measures.items()}
    assert shares == {
        "promise_48h": (3, 6),  # A (exactly 48 h) H K kept; B (48 h 1 min) I M missed
        "promise_14d": (1, 2),  # F kept, G not
        # By kind (시행령 제14–17조, 제19조): complaints and safety reports are 기타민원, 3 working hours —
        # A (due Mon 28 Sep 14:00), B (12:00), K (Tue 15 Sep 14:00) and M were told later or not at all;
        # I (건의, 14 days: due Mon 21 Sep 18:00) late; F and H in time; G's 14 days end today 18:00.
        "statutory": (2, 7),
        "monthly_update": (4, 4),  # F G K M open and within the month
        "resolved_within_24h": (0, 3),  # A and B took 48 h, M none
        "answered_by_team_leader": (5, 6),  # K was answered by a staff member
    }
    assert f.replied == f.result == 6
    # Replies after 24, 24, 48, 48h01, 262 and 480 hours.
    assert f.median_first_reply_hours == pytest.approx(48 + 1 / 120)
    assert f.median_result_hours == pytest.approx(48 + 1 / 120)
    # Biggest first, then by name.
    assert [(r.label_ko, r.long_term_review, r.unfeasible) for r in f.managed_by_topic] == [
        ("도로 개설", 1, 0),
        ("소상공인 지원", 0, 1),
    ]
    assert {(r.key, r.long_term_review, r.unfeasible) for r in f.managed_by_reason} == {
        ("large_budget", 1, 0),
        ("no_legal_grounds", 0, 1),
    }


def test_the_48_hour_mark_is_kept_and_a_minute_later_is_not(office):
    kept = numbers(SEPTEMBER.filter("measure", "promise_48h:met"), office)
    missed = numbers(SEPTEMBER.filter("measure", "promise_48h:late"), office)
    assert "A" in kept and "B" in missed


def test_this_month_with_and_without_gratitude(office):
    f = q.period_figures(OCTOBER, NOW)
    assert (f.received, f.received_ng) == (4, 3)  # C D E N; E is gratitude
    assert f.outcomes["resolved"] == f.outcomes_ng["resolved"] == 1
    assert (f.outcomes["acknowledged"], f.outcomes_ng["acknowledged"]) == (1, 0)
    assert f.outcome_share("resolved", gratitude=True) == pytest.approx(1 / 4)
    assert f.outcome_share("resolved", gratitude=False) == pytest.approx(1 / 3)
    assert (f.measures["resolved_within_24h"].numerator, f.measures["resolved_within_24h"].denominator) == (
        1,
        3,
    )
    assert (f.measures["promise_48h"].numerator, f.measures["promise_48h"].denominator) == (2, 3)  # N not yet
    # C was answered by a staff member; E's thanks had no department.
    assert (
        f.measures["answered_by_team_leader"].numerator,
        f.measures["answered_by_team_leader"].denominator,
    ) == (0, 1)


def test_one_channel(office):
    phone = q.Scope(SEPTEMBER.period, "phone")
    f = q.period_figures(phone, NOW)
    assert f.received == 1 and f.outcomes["referred"] == 1  # K
    sessions = q.period_figures(q.Scope(SEPTEMBER.period, "mobile_office"), NOW)
    assert (sessions.measures["promise_14d"].numerator, sessions.measures["promise_14d"].denominator) == (
        1,
        2,
    )
    assert sessions.measures["promise_48h"].denominator == 0


def test_departments_under_the_minimum_sample_are_not_ranked(office):
    rows = {r.name: r for r in q.departments(SEPTEMBER, NOW, min_sample=4)}
    roads, parks = rows["도로관리과"], rows["공원녹지과"]
    assert (roads.received, roads.open, roads.overdue, roads.rank) == (4, 1, 0, 1)
    assert (roads.compliance.numerator, roads.compliance.denominator) == (3, 4)
    assert roads.median_reply_hours == pytest.approx(36.0)  # 24, 24, 48, 48h01 -> (24 + 48) / 2
    # Parks kept 1 of 3 promises, but three cases are too few to call it the worst.
    assert (parks.received, parks.open, parks.overdue, parks.rank) == (3, 2, 1, None)
    assert parks.median_reply_hours == pytest.approx(371.0)  # 262 and 480
    assert all(r.rank is None for r in rows.values() if r.name not in ("도로관리과",))
    ranked = {r.name: r.rank for r in q.departments(SEPTEMBER, NOW, min_sample=3) if r.rank}
    assert ranked == {"도로관리과": 1, "공원녹지과": 2}
    assert len(rows) == Department.select().where(Department.active == True).count()  # noqa: E712


def test_trends_by_month_and_week(office):
    months = q.trends("month", NOW)
    assert len(months) == 12 and months[-1].bucket.start == dt.date(2026, 10, 1)
    by_start = {p.bucket.start: p for p in months}
    september = by_start[dt.date(2026, 9, 1)]
    assert (september.received, september.closed) == (8, 3)  # closed in Sep: A, B, I
    assert (by_start[dt.date(2026, 8, 1)].received, by_start[dt.date(2026, 8, 1)].closed) == (2, 1)  # J L; J
    assert (by_start[dt.date(2026, 10, 1)].received, by_start[dt.date(2026, 10, 1)].closed) == (4, 2)  # C E
    assert (september.compliance.numerator, september.compliance.denominator) == (4, 8)  # both promises
    weeks = q.trends("week", NOW)
    assert len(weeks) == 13 and weeks[-1].bucket.start == dt.date(2026, 10, 5)
    assert weeks[-1].received == 1  # E; D and N came on the weekend before
    for point in months:
        assert (
            listed(q.Scope(Period("custom", point.bucket.start, point.bucket.end)).filter("received"))
            == point.received
        )
        closed = q.Scope(EVERYTHING.period).dated_filter(
            "closed", start=point.bucket.start, end=point.bucket.end
        )
        assert listed(closed) == point.closed


def test_surveys_overall_and_per_channel(office):
    rows = {r.channel: r for r in q.survey_figures(SEPTEMBER)}
    everything = rows["all"]
    assert everything.responses == 3  # A F H (C was surveyed in October)
    assert everything.satisfaction == {"answered": 3, "satisfied": 2, "neutral": 1, "dissatisfied": 0}
    assert everything.answer_share("would_use_again") == 1.0
    assert everything.answer_share("would_recommend") == 0.5
    assert everything.answer_share("wants_continued") == 1.0
    assert (rows["text"].responses, rows["session"].responses, rows["call"].responses) == (2, 1, 0)
    assert rows["call"].satisfaction_share("satisfied") is None
    october = {r.channel: r for r in q.survey_figures(OCTOBER)}
    assert october["call"].satisfaction["dissatisfied"] == 1  # C
    for row in rows.values():
        assert listed(q.survey_filter(SEPTEMBER, row.channel, "any", "any")) == row.responses
        for value in ("satisfied", "neutral", "dissatisfied"):
            assert (
                listed(q.survey_filter(SEPTEMBER, row.channel, "satisfaction", value))
                == row.satisfaction[value]
            )
        for question, answers in row.answers.items():
            for value in ("yes", "neutral", "no"):
                assert listed(q.survey_filter(SEPTEMBER, row.channel, question, value)) == answers[value]


def test_session_coverage(office):
    b = q.load_briefing(SEPTEMBER, NOW, sample=4)
    c = b.coverage
    assert (c.sessions_held, c.citizens_met, c.towns_covered, c.towns_total, c.suggestions) == (
        1,
        40,
        1,
        20,
        2,
    )
    assert c.unit_mix == {"town": 1} and b.unit_suggestions == {"town": 2}
    assert numbers(q.session_filter(SEPTEMBER), office) == {"F", "G"}
    assert listed(q.session_filter(SEPTEMBER, "town")) == 2
    assert listed(q.session_filter(OCTOBER)) == 0  # the October session is still ahead


@pytest.mark.parametrize("scope", [SEPTEMBER, OCTOBER, EVERYTHING, JULY], ids=["sep", "oct", "all", "july"])
def test_every_period_figure_lists_exactly_its_cases(office, scope):
    f = q.period_figures(scope, NOW)
    assert listed(scope.filter("received")) == f.received
    assert listed(scope.filter("not_gratitude")) == f.received_ng
    for code, value in f.outcomes.items():
        assert listed(scope.filter("outcome", code)) == value, code
        assert listed(scope.filter("outcome_ng", code)) == f.outcomes_ng[code], code
    for code, value in f.categories.items():
        assert listed(scope.filter("category", code)) == value, code
    for key, share in f.measures.items():
        assert listed(scope.filter("measure", f"{key}:met")) == share.numerator, key
        assert listed(scope.filter("measure", f"{key}:base")) == share.denominator, key
        assert listed(scope.filter("measure", f"{key}:late")) == share.denominator - share.numerator, key
    assert listed(scope.filter("replied")) == f.replied
    assert listed(scope.filter("result")) == f.result
    for row in f.managed_by_topic:
        key = "none" if row.key is None else str(row.key)
        assert listed(scope.filter("managed_topic", f"long_term_review:{key}")) == row.long_term_review
        assert listed(scope.filter("managed_topic", f"unfeasible:{key}")) == row.unfeasible
    for row in f.managed_by_reason:
        assert (
            listed(scope.filter("managed_reason", f"long_term_review:{row.key or 'none'}"))
            == row.long_term_review
        )
        assert listed(scope.filter("managed_reason", f"unfeasible:{row.key or 'none'}")) == row.unfeasible
    for d in q.departments(scope, NOW, min_sample=1):
        assert listed(scope.filter("received", department_id=d.id)) == d.received
        assert listed(scope.filter("open", department_id=d.id)) == d.open
        assert listed(scope.filter("overdue", department_id=d.id)) == d.overdue
        assert listed(scope.filter("measure", "promise:met", department_id=d.id)) == d.compliance.numerator


def test_a_period_without_cases(office):
    b = q.load_briefing(JULY, NOW, sample=20)
    f = b.figures
    assert f.received == 0 and all(v == 0 for v in f.outcomes.values())
    assert f.outcome_share("resolved", gratitude=True) is None
    assert all(share.denominator == 0 and share.share is None for share in f.measures.values())
    assert f.median_first_reply_hours is None and f.median_result_hours is None
    assert f.managed_by_topic == [] and f.managed_by_reason == []
    assert all(d.received == 0 and d.rank is None for d in b.departments)
    assert b.surveys[0].responses == 0 and b.coverage.sessions_held == 0
    assert b.tiles.counts["open"] == 7  # the tiles are about now, whatever the period


def test_an_empty_database(any_db):
    b = q.load_briefing(EVERYTHING, NOW, sample=20)
    assert set(b.tiles.counts.values()) == {0}
    assert b.figures.received == 0 and b.figures.median_first_reply_hours is None
    assert all(p.received == 0 and p.closed == 0 for p in b.trends)
    assert b.overdue == [] and b.coverage.suggestions == 0
    assert len(b.departments) == 20
    stats = compute_stats(now=NOW)
    assert stats["compliance"]["promise_48h"] == {"numerator": 0, "denominator": 0, "share": None}
    assert stats["satisfaction"]["responses"] == 0


def test_overdue_by_department(office):
    rows = {r.department: r for r in q.overdue_by_department(NOW)}
    assert (rows["공원녹지과"].promise, rows["공원녹지과"].total) == (1, 1)  # G
    assert (rows["도로관리과"].monthly_update, rows["도로관리과"].total) == (1, 1)  # L
    unrouted = rows[""]  # D and M have no department yet
    assert (unrouted.promise, unrouted.statutory, unrouted.total) == (2, 1, 2)


def test_stats_for_a_period_carry_the_programs_figures(office):
    stats = compute_stats(now=NOW, start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 30))
    assert stats["total"] == 8 and stats["period"] == {"from": "2026-09-01", "to": "2026-09-30"}
    assert stats["compliance"]["promise_48h"] == {"numerator": 3, "denominator": 6, "share": 0.5}
    assert stats["compliance"]["promise_14d"] == {"numerator": 1, "denominator": 2, "share": 0.5}
    assert stats["compliance"]["statutory"] == {"numerator": 2, "denominator": 7, "share": 0.2857}
    assert stats["compliance"]["monthly_update"]["share"] == 1.0
    assert stats["compliance"]["resolved_within_24h"] == {"numerator": 0, "denominator": 3, "share": 0.0}
    assert stats["answered_by_team_leader"] == {"numerator": 5, "denominator": 6, "share": 0.8333}
    assert stats["satisfaction"]["responses"] == 3
    assert stats["satisfaction"]["satisfied"] == {"numerator": 2, "denominator": 3, "share": 0.6667}
    assert stats["satisfaction"]["would_recommend"]["share"] == 0.5
    assert stats["satisfaction"]["by_channel"]["session"]["wants_continued"]["share"] == 1.0
    assert stats["overdue"] == {"promise": 2, "statutory": 1, "monthly_update": 0}  # G, M; M
    assert stats["by_channel"]["mobile_office"] == 2 and stats["by_department"]["none"] == 1  # M
    everything = compute_stats(now=NOW)
    assert everything["total"] == Case.select().count() == 14


def test_case_list_understands_a_figure_with_other_filters(office):
    # The list's own filters still apply on top of a figure: the search narrows it further.
    base = SEPTEMBER.filter("measure", "promise_48h:late")
    assert listed(base) == 3
    from dataclasses import replace

    assert listed(replace(base, category="civil_complaint")) == 2  # B and M (I is institutional)
    assert (
        listed(CaseFilter(figure=Figure("closed", start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 30)))) == 3
    )

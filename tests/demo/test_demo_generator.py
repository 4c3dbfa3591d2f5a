"""The demo data: the mixes of DOMAIN.md, cases whose fields agree with their history, determinism,
session links, and the same result on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

import pytest

from civicdesk_gui.actions import cases as actions
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.demo import generator
from civicdesk_gui.demo.sessions import DemoSession
from civicdesk_gui.domain import clocks, workflow
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.queries.stats import compute_stats
from civicdesk_gui.store import database, opening
from civicdesk_gui.store.models import (
    Case,
    CaseEvent,
    Category,
    Channel,
    Department,
    Official,
    Session,
    Town,
    User,
)
from civicdesk_gui.store.models import (
    Counter as CounterRow,
)
from civicdesk_gui.store.rules import invalidate_rules, load_rules

NOW = dt.datetime(2026, 11, 18, 11, 0)  # a Wednesday morning
HANGUL = re.compile(r"[가-힣]")
NORMALISED = re.compile(r"^(01\d|02|0[3-6]\d)-\d{3,4}-\d{4}$")


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory):
    """10,000 cases, seed 1, generated once for the module."""
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    invalidate_rules()
    opening.connect(url)
    summary = generator.generate_demo(cases=10_000, seed=1, now=NOW)
    database.close()
    assert summary.startswith("Demo data: 10,000 cases")
    return url


@pytest.fixture
def demo_db(demo_url):
    invalidate_rules()
    opening.connect(demo_url)
    yield
    database.close()


def _codes(model) -> dict[int, str]:
    return {row.id: row.code for row in model.select()}


def _shares(counts: dict[str, int], keys) -> dict[str, float]:
    total = sum(counts[k] for k in keys)
    return {k: 100 * counts[k] / total for k in keys}


def test_category_mix_follows_seo_gu(demo_db):
    stats = compute_stats(now=NOW)
    shares = _shares(stats["by_category"], stats["by_category"])
    expected = {
        "civil_complaint": 63,
        "gratitude": 16,
        "policy_suggestion": 9,
        "safety": 6,
        "institutional_improvement": 6,
    }
    for code, share in expected.items():
        assert abs(shares[code] - share) <= 2, (code, shares[code])


def test_outcome_mix_follows_paju(demo_db):
    by_class = compute_stats(now=NOW)["by_classification"]
    four = ["resolved", "in_progress", "long_term_review", "unfeasible"]
    shares = _shares(by_class, four)
    for code, share in zip(four, (51, 20, 15, 14), strict=True):
        assert abs(shares[code] - share) <= 2, (code, shares[code])
    non_gratitude = Case.select().where(Case.category != Category.get(code="gratitude")).count()
    # A few referrals to the police and the board of education, not a share of their own.
    assert 0 < by_class["referred"] < 0.05 * non_gratitude
    # Gratitude is acknowledged, never worked by a department.
    gratitude = Category.get(code="gratitude")
    assert not Case.select().where((Case.category == gratitude) & Case.department.is_null(False)).exists()
    assert (
        by_class["acknowledged"]
        == Case.select().where((Case.category == gratitude) & (Case.classification == "acknowledged")).count()
    )


def test_channel_mix_is_mostly_text(demo_db):
    shares = _shares(
        compute_stats(now=NOW)["by_channel"], ["text", "mobile_office", "phone", "qr", "walk_in"]
    )
    assert abs(shares["text"] - 70) <= 2
    assert shares["text"] > shares["mobile_office"] > shares["phone"] > shares["qr"] > shares["walk_in"] > 0


def test_recent_cases_are_in_every_state_before_the_outcome(demo_db):
    week_ago = NOW - dt.timedelta(days=7)
    recent = Counter(
        status for (status,) in Case.select(Case.status).where(Case.received_at >= week_ago).tuples()
    )
    assert recent["received"] > 0 and recent["routed"] > 0 and recent["in_review"] > 0
    assert recent["classified"] > 0
    # Cases still before their outcome are recent or the few that slipped, never years old.
    oldest = (
        Case.select(Case.received_at).where(Case.status != "classified").order_by(Case.received_at).scalar()
    )
    assert oldest > NOW - dt.timedelta(days=90)
    assert Case.select().where(Case.received_at > NOW).count() == 0


def test_some_cases_are_overdue_on_every_clock(demo_db):
    overdue = compute_stats(now=NOW)["overdue"]
    assert overdue["promise"] > 0 and overdue["statutory"] > 0 and overdue["monthly_update"] > 0
    # A few slip, most are answered. A 기타민원's 3 working hours (시행령 제19조) run out long before the
    # 48-hour promise, so more unanswered cases are past the statute than past the promise.
    assert overdue["promise"] < overdue["statutory"] < 200
    open_cases = Case.select().where(
        Case.classification.is_null() | Case.classification.in_(sorted(workflow.OPEN_OUTCOMES))
    )
    assert overdue["monthly_update"] < 0.3 * open_cases.count()


def test_most_complaints_are_answered_within_a_day(demo_db):
    # The text line's record (Seo-gu: most complaints fixed within 24 hours); session suggestions run
    # on their own 14-day promise and are left out.
    civil = Category.get(code="civil_complaint")
    mobile = Channel.get(code="mobile_office")
    hours = [
        (reply - received).total_seconds() / 3600
        for received, reply in Case.select(Case.received_at, Case.first_reply_at)
        .where((Case.category == civil) & Case.first_reply_at.is_null(False) & (Case.channel != mobile))
        .tuples()
    ]
    within_a_day = sum(h <= 24 for h in hours) / len(hours)
    assert within_a_day > 0.5
    # Over every channel, session suggestions included, the typical reply still beats the 48-hour promise.
    assert compute_stats(now=NOW)["median_hours_to_first_reply"] < 48


def test_every_case_agrees_with_its_history(demo_db):
    """The rows are what the actions would have left: state, version, clocks and dates from the events."""
    events = defaultdict(list)
    for case_id, at, kind, before, after in (
        CaseEvent.select(CaseEvent.case, CaseEvent.at, CaseEvent.kind, CaseEvent.before, CaseEvent.after)
        .order_by(CaseEvent.id)
        .tuples()
    ):
        events[case_id].append((at, kind, json.loads(before), json.loads(after)))
    channels, categories = _codes(Channel), _codes(Category)
    rules = load_rules()
    sessions = {s.id: s.starts_at for s in Session.select()}
    checked = 0
    for case in Case.select():
        history = events[case.id]
        assert history[0][1] == "intake" and history[0][0] == case.created_at
        # A case's own steps are in order; the note that a later case repeats it comes when that case arrives.
        times = [at for at, _, _, after in history if "duplicated_by" not in after]
        assert times == sorted(times) and times[0] >= case.received_at
        assert all(case.received_at <= at <= NOW for at, *_ in history)
        # One version per change, as actions._write counts them (the link noted on an original is not a change).
        changes = [e for e in history[1:] if "duplicated_by" not in e[3] and e[1] not in ("note", "survey")]
        assert case.version == 1 + len(changes)
        states = [after["state"] for _, _, _, after in history if "state" in after]
        assert states[-1] == workflow.state_of(case.status, case.classification)
        for previous, state in zip(states, states[1:], strict=False):
            assert state in workflow.allowed_targets(previous)
        replies = [at for at, kind, *_ in history if kind == "reply"]
        assert case.first_reply_at == (replies[0] if replies else None)
        updates = [at for at, kind, *_ in history if kind in ("reply", "progress")]
        assert case.last_update_at == max([case.received_at, *updates])
        assert (case.department_id is not None) == any(kind == "route" for _, kind, *_ in history)
        assert (case.official_id is not None) == any(kind == "assign" for _, kind, *_ in history)
        assert (case.closed_at is not None) == workflow.is_closed(case.classification)
        if workflow.is_open(case.status, case.classification):
            assert case.update_due_at == case.last_update_at + dt.timedelta(days=30)
        else:
            assert case.update_due_at is None
        if case.classification in workflow.MANAGEMENT_LIST_OUTCOMES:
            assert case.next_review_on is not None and case.reason_code and case.reason_text
        if case.classification == "referred":
            assert case.agency_id is not None
        channel, category = channels[case.channel_id], categories[case.category_id]
        session_at = sessions.get(case.session_id)
        # The statutory period is the kind's (시행령 제14–17조); thanks have no kind and no period.
        kind = case.petition_kind
        for clock, value in (("promise", case.promise_due_at), ("statutory", case.statutory_due_at)):
            rule = clocks.pick_rule(rules, clock=clock, channel=channel, category=category, kind=kind)
            expected = clocks.due_at(rule, received_at=case.received_at, session_at=session_at)
            assert value == (None if clock == "statutory" and kind is None else expected)
        checked += 1
    assert checked == 10_000


def test_referrals_are_chased_as_the_desk_chases_them(demo_db):
    """A referral gets its reminder a week after it left (actions/cases.py); most agencies have
    answered (an agency_answer event, the reminder cleared), the rest wait, some past their reminder:
    the briefing's overdue referrals have rows in the demo."""
    from civicdesk_gui.queries.briefing import overdue_referral_count

    answered = waiting = overdue = 0
    for case in Case.select().where(Case.classification == "referred"):
        events = list(CaseEvent.select().where(CaseEvent.case == case.id).order_by(CaseEvent.id))
        refer_at = [e.at for e in events if e.kind == "refer"][-1]
        answers = [e.at for e in events if e.kind == "agency_answer"]
        if answers:
            assert case.agency_answered_at == answers[-1] and answers[-1] > refer_at
            assert case.referral_remind_on is None
            answered += 1
        else:
            assert case.agency_answered_at is None
            assert (
                case.referral_remind_on == (refer_at + dt.timedelta(days=actions.REFERRAL_REMIND_DAYS)).date()
            )
            waiting += 1
            overdue += case.referral_remind_on < NOW.date()
    assert answered > waiting > 0 and overdue > 0
    assert overdue_referral_count(NOW.date()) == overdue


def test_demo_letters_can_print_a_whole_closing_block(demo_db):
    """The demo city hall has a fax and every official an e-mail: the closing block is complete."""
    from civicdesk_gui.store.office_settings import get_setting

    assert get_setting("city.fax")
    assert not Official.select().where(Official.email == "").exists()


def test_case_numbers_run_per_year_and_intake_continues_them(demo_db):
    per_year = defaultdict(list)
    for number, received in Case.select(Case.number, Case.received_at).order_by(Case.id).tuples():
        year, serial = number.split("-")
        assert int(year) == received.year
        per_year[year].append(int(serial))
    assert len(per_year) >= 3
    for year, serials in per_year.items():
        assert serials == list(range(1, len(serials) + 1)), year
        assert CounterRow.get_by_id(f"case:{year}").value == len(serials)


def test_intake_after_the_demo_continues_numbers_and_ids(sqlite_db):
    generator.generate_demo(cases=300, seed=4, now=NOW)
    last = Case.select().order_by(Case.id.desc()).get()
    result = actions.intake_case(
        channel="text", text="금촌역 앞 가로등 고장", received_at=NOW, actor=ensure_user("tester")
    )
    year, serial = last.number.split("-")
    assert year == "2026" and result.number == f"2026-{int(serial) + 1:06d}"
    assert result.case_id == last.id + 1 == 301


def test_people_are_korean_with_responsible_officials(demo_db):
    for department in Department.select():
        officials = list(Official.select().where(Official.department == department))
        assert 3 <= len(officials) <= 6, department.name
        responsible = [o for o in officials if o.is_responsible]
        assert responsible and all(o.rank in ("과장", "팀장") for o in responsible)
        assert all(re.fullmatch(r"[가-힣]{2,4}", o.name) for o in officials)
    coordinators = User.select().where(User.role == "coordinator")
    assert coordinators.count() >= 3
    assert all(HANGUL.search(u.display_name) for u in coordinators)
    assert Case.select().where(Case.official.is_null(False)).count() > 0


def test_texts_towns_and_phones_are_realistic(demo_db):
    rows = list(
        Case.select(
            Case.text, Case.summary, Case.submitter_name, Case.submitter_phone, Case.phone_valid, Case.town
        )
    )
    assert all(HANGUL.search(r.text) and r.summary and HANGUL.search(r.submitter_name) for r in rows)
    assert len({r.summary for r in rows}) > 500  # templates with slots, not one sentence repeated
    assert len({r.town_id for r in rows}) == Town.select().count()
    invalid = [r for r in rows if not r.phone_valid]
    assert 0 < len(invalid) < 0.05 * len(rows)
    assert not any(NORMALISED.match(r.submitter_phone) for r in invalid)  # kept as typed
    assert all(NORMALISED.match(r.submitter_phone) for r in rows if r.phone_valid)
    # Residents write more than once, and a few resend the same complaint (likely duplicates).
    assert len({r.submitter_phone for r in rows}) < 0.5 * len(rows)
    assert Case.select().where(Case.duplicate_of.is_null(False)).count() > 10


def test_session_suggestions_belong_to_held_sessions_with_the_14_day_clock(demo_db):
    mobile = Channel.get(code="mobile_office")
    linked = list(Case.select().where(Case.session.is_null(False)))
    assert linked, "the demo sessions generator returned no held sessions to link"
    for case in linked:
        assert case.channel_id == mobile.id
        assert case.session.state in ("held", "closed")
        assert case.promise_due_at == case.session.starts_at + dt.timedelta(days=14)


def _dump() -> tuple[list, list]:
    cases = [tuple(c.__data__.items()) for c in Case.select().order_by(Case.id)]
    events = list(CaseEvent.select().order_by(CaseEvent.id).tuples())
    return cases, events


def test_same_seed_same_rows(tmp_path):
    dumps = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        invalidate_rules()
        opening.connect(f"sqlite:///{tmp_path / name}.db")
        generator.generate_demo(cases=800, seed=seed, now=NOW)
        dumps.append(_dump())
        database.close()
    assert dumps[0] == dumps[1]
    assert dumps[0][0] != dumps[2][0]


_DIGEST_SCRIPT = """
import datetime as dt, hashlib, sys
from civicdesk_gui.demo import generator
from civicdesk_gui.store import opening
from civicdesk_gui.store.models import Case, CaseEvent
opening.connect(sys.argv[1])
generator.generate_demo(cases=300, seed=2, now=dt.datetime(2026, 11, 18, 11, 0), letters=False)
rows = [tuple(c.__data__.items()) for c in Case.select().order_by(Case.id)]
rows += list(CaseEvent.select().order_by(CaseEvent.id).tuples())
print(hashlib.sha256(repr(rows).encode()).hexdigest())
"""


def test_same_seed_same_rows_in_every_process(tmp_path):
    """A seed names one demo: string hashing differs between processes, the rows must not."""
    digests = set()
    for hash_seed in ("0", "3", "random"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        url = f"sqlite:///{tmp_path / hash_seed}.db"
        done = subprocess.run(
            [sys.executable, "-c", _DIGEST_SCRIPT, url], env=env, capture_output=True, text=True, check=True
        )
        digests.add(done.stdout.strip().splitlines()[-1])
    assert len(digests) == 1, digests


def test_a_database_with_cases_is_refused(demo_db):
    with pytest.raises(CivicDeskError) as caught:
        generator.generate_demo(cases=10, seed=1, now=NOW)
    assert "already holds 10,000 cases" in str(caught.value)


def test_mobile_office_cases_are_linked_to_held_sessions(sqlite_db, monkeypatch):
    def fake_sessions(rng, *, start, end, now=None):
        result = []
        towns = [t.id for t in Town.select().order_by(Town.id)]
        for index in range(12):
            today = now.date() if now is not None else end
            starts = dt.datetime.combine(today - dt.timedelta(days=30 * index + 3), dt.time(14, 0))
            session = Session.create(
                number=f"S-{index}",
                starts_at=starts,
                ends_at=starts + dt.timedelta(hours=2),
                unit_type="town",
                town=towns[index],
                state="held" if index % 4 else "cancelled",
                ics_uid=f"demo-{index}",
            )
            result.append(DemoSession(session.id, starts, towns[index], held=bool(index % 4)))
        return result

    monkeypatch.setattr(generator, "generate_sessions", fake_sessions)
    summary = generator.generate_demo(cases=1500, seed=2, now=NOW)
    assert "9 sessions held" in summary
    mobile = Channel.get(code="mobile_office")
    linked = list(Case.select().where(Case.channel == mobile))
    assert linked and all(c.session_id is not None for c in linked)
    for case in linked:
        session = Session.get_by_id(case.session_id)
        assert session.state == "held"
        assert case.received_at == session.starts_at
        assert case.town_id == session.town_id
        assert case.promise_due_at == session.starts_at + dt.timedelta(days=14)
    assert Case.select().where((Case.channel != mobile) & Case.session.is_null(False)).count() == 0


@pytest.mark.postgres
def test_postgresql_gets_the_same_data_and_keeps_working(pg_url, tmp_path):
    results = []
    for url in (f"sqlite:///{tmp_path / 'same.db'}", pg_url):
        invalidate_rules()
        opening.connect(url)
        generator.generate_demo(cases=600, seed=3, now=NOW)
        results.append(
            (compute_stats(now=NOW), Case.select(Case.number, Case.text).order_by(Case.id).tuples()[:])
        )
        if url == pg_url:
            # Explicit ids were inserted: the id sequence must have moved past them.
            result = actions.intake_case(channel="text", text="보도블록 파손", actor=ensure_user("tester"))
            assert result.case_id == 601
        database.close()
    assert results[0] == results[1]


def test_zero_cases_is_fine(sqlite_db):
    assert generator.generate_demo(cases=0, seed=1, now=NOW).startswith("Demo data: 0 cases")
    assert Official.select().count() >= 60


def test_the_bulk_load_leaves_the_schema_the_search_index_and_the_tallies_of_a_normal_database(
    demo_db, tmp_path
):
    # The demo sets the indexes and insert triggers aside while it loads (store/bulk_load.py): what
    # it leaves must be what a database built the normal way has.
    from civicdesk_gui.store import tallies
    from civicdesk_gui.store.search import FTS_TABLE
    from tests.store.schema_snapshot import differences, snapshot

    db = database.database_proxy.obj
    demo_schema = snapshot(db)
    counted = tallies.read_tallies(db)
    case = Case.select().order_by(Case.id.desc()).first()
    phrase = case.text[:12]
    found = db.execute_sql(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", (f'"{phrase}"',))
    assert case.id in {row[0] for row in found.fetchall()}
    assert db.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
    tallies.recount_tallies(db)
    assert tallies.read_tallies(db) == counted
    assert counted[("cases", False)] == Case.select().where(Case.status != "withdrawn").count()
    database.close()
    opening.connect(f"sqlite:///{tmp_path / 'fresh.db'}")
    assert differences(snapshot(database.database_proxy.obj), demo_schema) == []

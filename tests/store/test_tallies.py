"""The tallies the database keeps (store/tallies.py) equal a full COUNT of their conditions after any
sequence of real actions — intake, review, classification, replies, withdrawal, reopening, letters
issued and voided — on both back ends; and every count a user sees (saved views, status bar, briefing
tiles) read from them equals the count of the very cases the list shows."""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from pathlib import Path

import peewee as pw
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from civicdesk_gui.actions import cases as actions
from civicdesk_gui.actions.actor import actor_for, ensure_user
from civicdesk_gui.actions.letters import issue_letter, void_letter
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.queries import figures
from civicdesk_gui.queries.briefing import tiles
from civicdesk_gui.queries.case_list import (
    SAVED_VIEWS,
    CaseFilter,
    count_cases,
    count_query,
    saved_view_counts,
    view_condition,
)
from civicdesk_gui.queries.letters import letter_draft
from civicdesk_gui.store import opening, tallies
from civicdesk_gui.store.database import close, database_proxy
from civicdesk_gui.store.letter_models import Letter
from civicdesk_gui.store.models import Agency, Case, CaseEvent, Department, Official, User
from civicdesk_gui.store.rules import invalidate_rules
from tests.letter_helpers import REASON

NOW = dt.datetime(2026, 11, 18, 9, 0)
OUTCOMES = ("resolved", "in_progress", "long_term_review", "unfeasible", "acknowledged", "referred")


def full_counts() -> dict[tuple[str, bool], int]:
    """Each tally's condition counted over every case, withdrawn apart (the Python-side conditions)."""
    conditions = {
        "cases": None,
        "open": figures.open_condition(),
        "awaiting_reply": view_condition("awaiting_reply", actor_id=None, now=NOW),
        "referred": view_condition("referred", actor_id=None, now=NOW),
        "awaiting_letter": view_condition("awaiting_letter", actor_id=None, now=NOW),
    }
    counts = {}
    for name, condition in conditions.items():
        for withdrawn in (False, True):
            side = Case.status == "withdrawn" if withdrawn else Case.status != "withdrawn"
            query = Case.select().where(side if condition is None else side & condition)
            counts[(name, withdrawn)] = query.count()
    pairs = (
        Case.select(CaseEvent.actor, Case.id, Case.status)
        .join(CaseEvent)
        .where(CaseEvent.actor.is_null(False))
        .distinct()
        .tuples()
    )
    for actor_id, _case_id, status in pairs:
        key = (tallies.touched_name(actor_id), status == "withdrawn")
        counts[key] = counts.get(key, 0) + 1
    return counts


def _nonzero(counts: dict) -> dict:
    return {key: value for key, value in counts.items() if value}


def check_all_counts(actor) -> None:
    db = database_proxy.obj
    expected = full_counts()
    assert _nonzero(tallies.read_tallies(db)) == _nonzero(expected)
    # What the screens show, against the list's own COUNT of the same filter.
    shown = saved_view_counts(actor, now=NOW)
    for view in SAVED_VIEWS:
        case_filter = CaseFilter(view=view, actor_id=actor.id)
        counted = count_query(case_filter, now=NOW).scalar()
        assert shown[view] == counted, view
        assert count_cases(case_filter, now=NOW) == counted, view
    tile_counts = tiles(NOW).counts
    for name in figures.TILES:
        counted = Case.select().where(figures.tile_condition(name, NOW)).count()
        assert tile_counts[name] == counted, name


class TallyMachine(RuleBasedStateMachine):
    url: str = ""

    def open_database(self):
        invalidate_rules()
        opening.connect(self.url)
        self.actor = ensure_user("tally", display_name="집계 시험", role="admin")
        self.departments = [d.id for d in Department.select(Department.id).limit(3)]
        self.agency = Agency.select(Agency.id).first().id
        # "My cases" of an official (assigned to them) and of a department's user, beside the admin's.
        self.official = Official.create(
            name="박민수", rank="주무관", department=self.departments[0], phone="031-940-4311"
        )
        official_user = ensure_user("official", display_name="박민수", department_id=self.departments[0])
        User.update(official=self.official.id).where(User.id == official_user.id).execute()
        self.official_actor = actor_for(User.get_by_id(official_user.id))
        self.department_actor = ensure_user(
            "department", display_name="이부서", department_id=self.departments[1]
        )
        self.cases: list[int] = []
        self.minutes = 0
        self.folder = Path(tempfile.mkdtemp(prefix="tally-imports-"))

    def teardown(self):
        close()

    def _at(self) -> dt.datetime:
        self.minutes += 7
        return NOW - dt.timedelta(days=20) + dt.timedelta(minutes=self.minutes)

    def _try(self, action, **kwargs):
        try:
            return action(actor=self.actor, at=self._at(), **kwargs)
        except CivicDeskError:
            return None  # refused by the workflow: nothing written, the tallies stay as they were

    def _version(self, case_id: int) -> int:
        return Case.get_by_id(case_id).version

    cases_drawn = st.integers(min_value=0, max_value=10_000)

    @rule(channel=st.sampled_from(["text", "phone", "mobile_office", "walk_in"]), routed=st.booleans())
    def intake(self, channel, routed):
        result = actions.intake_case(
            channel=channel,
            text=f"민원 {len(self.cases)}: 가로등이 꺼져 있어요",
            actor=self.actor,
            received_at=self._at(),
            department_id=self.departments[len(self.cases) % len(self.departments)] if routed else None,
            find_duplicates=False,
        )
        self.cases.append(result.case_id)

    @rule(rows=st.integers(min_value=1, max_value=7), repeat=st.booleans())
    def import_texts(self, rows, repeat):
        # The gateway import writes its batch in bulk (one insert of cases, one of events): the
        # tally triggers must count those rows as they count one intake.
        from civicdesk_gui.actions.case_import import import_sms_file

        start = len(self.cases)
        lines = ["수신일시,발신번호,성명,내용"]
        for i in range(rows):
            at = self._at()
            lines.append(f"{at:%Y-%m-%d %H:%M},010-7{start:03d}-{i:04d},주민{i},문자 민원 {start}-{i}번")
        if repeat:
            lines.append(lines[-1])  # the same message twice: a duplicate, not a second case
        path = self.folder / f"texts-{start}.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        report = import_sms_file(path, actor=self.actor, batch_size=3, today=NOW.date())
        assert report.imported == rows and report.duplicates == int(repeat)
        self.cases.extend(report.case_ids)

    def _pick(self, index: int) -> int:
        return self.cases[index % len(self.cases)]

    @precondition(lambda self: self.cases)
    @rule(index=cases_drawn)
    def review(self, index):
        case_id = self._pick(index)
        self._try(actions.start_review, case_id=case_id, expected_version=self._version(case_id))

    @precondition(lambda self: self.cases)
    @rule(index=cases_drawn, outcome=st.sampled_from(OUTCOMES))
    def classify(self, index, outcome):
        case_id = self._pick(index)
        extra = {}
        if outcome in ("long_term_review", "unfeasible"):
            extra = {"reason_code": "large_budget", "reason_text": REASON}
        if outcome == "referred":
            extra = {
                "reason_code": "other_jurisdiction",
                "reason_text": "경찰서 소관",
                "agency_id": self.agency,
            }
        self._try(
            actions.classify_case,
            case_id=case_id,
            classification=outcome,
            expected_version=self._version(case_id),
            **extra,
        )

    @precondition(lambda self: self.cases)
    @rule(index=cases_drawn)
    def reply(self, index):
        case_id = self._pick(index)
        self._try(
            actions.record_reply,
            case_id=case_id,
            method="sms",
            text="담당 부서에서 확인 후 조치하겠습니다.",
            expected_version=self._version(case_id),
        )

    @precondition(lambda self: self.cases)
    @rule(index=cases_drawn)
    def assign(self, index):
        case_id = self._pick(index)
        self._try(
            actions.assign_official,
            case_id=case_id,
            official_id=self.official.id,
            expected_version=self._version(case_id),
        )

    @precondition(lambda self: self.cases)
    @rule(index=cases_drawn, by_official=st.booleans())
    def note(self, index, by_official):
        """Someone else acts on a case: it becomes one of their cases."""
        actor = self.official_actor if by_official else self.department_actor
        with contextlib.suppress(CivicDeskError):
            actions.add_note(case_id=self._pick(index), text="현장 확인함", actor=actor, at=self._at())

    @precondition(lambda self: self.cases)
    @rule(index=cases_drawn)
    def withdraw(self, index):
        case_id = self._pick(index)
        self._try(
            actions.withdraw_case,
            case_id=case_id,
            reason="잘못 접수",
            expected_version=self._version(case_id),
        )

    @precondition(lambda self: self.cases)
    @rule(index=cases_drawn)
    def reopen(self, index):
        case_id = self._pick(index)
        self._try(
            actions.reopen_case, case_id=case_id, reason="재검토", expected_version=self._version(case_id)
        )

    @rule(outcome=st.sampled_from(["long_term_review", "unfeasible"]))
    def managed_case(self, outcome):
        """A case straight onto the management list (it then awaits a letter)."""
        self.intake(channel="text", routed=True)
        self.review(len(self.cases) - 1)
        self.classify(len(self.cases) - 1, outcome)

    @precondition(lambda self: self.cases)
    @rule(index=cases_drawn)
    def issue(self, index):
        awaiting = [
            c.id
            for c in Case.select(Case.id)
            .where(view_condition("awaiting_letter", actor_id=None, now=NOW))
            .order_by(Case.id)
        ]
        if not awaiting:
            return
        case_id = awaiting[index % len(awaiting)]
        draft = letter_draft(case_id, "ko")
        self._try(
            issue_letter,
            case_id=case_id,
            expected_version=draft.case_version,
            language="ko",
            subject=draft.subject,
            body=draft.body,
        )

    @precondition(lambda self: self.cases)
    @rule(index=cases_drawn)
    def void(self, index):
        standing = list(Letter.select(Letter.id).where(Letter.voided_at.is_null()).order_by(Letter.id))
        if standing:
            self._try(void_letter, letter_id=standing[index % len(standing)].id, reason="주소 오기")

    @invariant()
    def tallies_equal_full_counts(self):
        if hasattr(self, "actor"):
            for actor in (self.actor, self.official_actor, self.department_actor):
                check_all_counts(actor)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_tallies_follow_every_action(backend, request, tmp_path):
    base = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    made = []

    class Machine(TallyMachine):
        @initialize()
        def open_database(self):
            # Each example starts from an empty database: a new SQLite file, or the PostgreSQL one emptied.
            made.append(1)
            if base is None:
                self.url = f"sqlite:///{tmp_path / f'tallies-{len(made)}.db'}"
            else:
                _empty_postgres(base)
                self.url = base
            super().open_database()

    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=5,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )


def _empty_postgres(url: str) -> None:
    import psycopg

    close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


def test_tallies_are_counted_on_upgrade_and_after_a_copy_without_triggers(any_db):
    """Schema step 10 counts the tallies from the cases there are; recount_tallies puts them right
    after rows were copied in with triggers off (the benchmarks' PostgreSQL copies)."""
    actor = ensure_user("tally", display_name="집계 시험")
    for n in range(5):
        actions.intake_case(
            channel="text", text=f"민원 {n}", actor=actor, received_at=NOW, find_duplicates=False
        )
    db = database_proxy.obj
    db.execute_sql("UPDATE case_tally SET cases = 0")
    assert tallies.read_tallies(db)[("cases", False)] == 0
    tallies.recount_tallies(db)
    assert _nonzero(tallies.read_tallies(db)) == _nonzero(full_counts())


@pytest.mark.postgres
def test_two_desks_never_wait_for_each_other_on_a_tally(pg_url):
    """Two transactions writing cases at once each add to their own slot: neither waits, and once
    both commit (and the slots are folded) the tally counts both."""
    import psycopg

    invalidate_rules()
    opening.connect(pg_url)
    actor = ensure_user("tally", display_name="집계 시험")
    actions.intake_case(channel="text", text="민원", actor=actor, received_at=NOW, find_duplicates=False)
    close()
    insert = (
        'INSERT INTO "case" (number, channel_id, received_at, submitter_name, submitter_phone, phone_valid, '
        "submitter_address, text, summary, status, reason_text, version, created_at, updated_at) "
        "SELECT %s, channel_id, received_at, '', '', TRUE, '', 'x', 'x', 'received', '', 1, now(), now() "
        'FROM "case" LIMIT 1'
    )
    with psycopg.connect(pg_url) as first, psycopg.connect(pg_url) as second:
        second.execute("SET lock_timeout = '2s'")  # a wait on the first desk's tally would fail here
        first.execute(insert, ("2026-900001",))
        second.execute(insert, ("2026-900002",))
        second.commit()
        first.commit()
    opening.connect(pg_url)  # folds the slots
    db = database_proxy.obj
    assert db.execute_sql("SELECT count(*) FROM case_tally WHERE slot <> 0").fetchone()[0] == 0
    assert tallies.read_tallies(db)[("cases", False)] == 3 == Case.select().count()
    assert isinstance(db, pw.PostgresqlDatabase)


def test_many_rows_in_one_statement_are_counted_as_one_by_one(any_db, tmp_path):
    """The import writes a batch's cases and events in one statement each (PostgreSQL counts them
    once a statement): the tallies equal a full count, and two events of one user on one case in
    the same statement make one case that user touched, not two and not none."""
    from civicdesk_gui.actions.case_import import import_sms_file
    from civicdesk_gui.store import bulk

    importer = ensure_user("nightly", display_name="야간 작업")
    other = ensure_user("other", display_name="다른 사용자")
    path = tmp_path / "gateway.csv"
    rows = [f"2026-11-03 09:{i:02d},010-3000-{i:04d},주민{i},민원 {i}번" for i in range(40)]
    path.write_text("\n".join(["수신일시,발신번호,성명,내용", *rows]) + "\n", encoding="utf-8")
    report = import_sms_file(path, actor=importer, batch_size=25)
    assert report.imported == 40
    db = database_proxy.obj
    assert _nonzero(tallies.read_tallies(db)) == _nonzero(full_counts())
    assert tallies.read_tallies(db)[(tallies.touched_name(importer.id), False)] == 40
    at = dt.datetime(2026, 11, 4, 9, 0)
    fields = [CaseEvent.case, CaseEvent.at, CaseEvent.actor, CaseEvent.kind, CaseEvent.body]
    fields += [CaseEvent.before, CaseEvent.after]
    first, second = report.case_ids[:2]
    events = [(case_id, at, other.id, "note", "", "{}", "{}") for case_id in (first, first, second)]
    with database_proxy.atomic():
        bulk.insert_tuples(CaseEvent, fields, events)
    assert tallies.read_tallies(db)[(tallies.touched_name(other.id), False)] == 2
    assert _nonzero(tallies.read_tallies(db)) == _nonzero(full_counts())

"""Live team on both back ends, with two real connections: a commit on one reaches the other desk's bus
as `changed(changes, OTHER_DESK)` within a few seconds; a rolled-back write announces nothing; a desk
does not hear its own notices back; the case list refreshes and keeps the selection."""

from __future__ import annotations

import datetime as dt

import pytest

from civicdesk_gui.actions import cases
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.notices import publish
from civicdesk_gui.ui.shell.live import OTHER_DESK, LiveUpdates
from civicdesk_gui.ui.shell.ops import WriteOp
from civicdesk_gui.ui.shell.signals import bus

NOW = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def live(qtbot, any_db):
    updates = LiveUpdates(any_db, interval_ms=200)
    yield updates
    updates.stop()


def _from_other_desk(qtbot, timeout=5000):
    return qtbot.waitSignal(
        bus().changed, timeout=timeout, check_params_cb=lambda _changes, initiator: initiator is OTHER_DESK
    )


def test_a_commit_on_another_connection_reaches_this_desk(qtbot, any_db, actor, live):
    with _from_other_desk(qtbot) as heard, database_proxy.atomic():
        result = cases.intake_case(channel="text", text="가로등이 꺼졌어요", received_at=NOW, actor=actor)
        publish(result.changes, origin="desk-across-the-room")  # what that desk's runner sends
    changes = heard.args[0]
    assert changes.touches_cases([result.case_id])
    if any_db.backend == "postgresql":  # the notice carries exactly what changed
        assert not changes.touches_cases([result.case_id + 1]) and not changes.touches_letters()


def test_a_rolled_back_write_announces_nothing(qtbot, any_db, actor, live):
    heard = []
    bus().changed.connect(lambda changes, initiator: heard.append(initiator))
    try:
        with pytest.raises(RuntimeError), database_proxy.atomic():
            result = cases.intake_case(channel="text", text="취소될 글", received_at=NOW, actor=actor)
            publish(result.changes, origin="desk-across-the-room")
            raise RuntimeError("the desk's work failed")
        qtbot.wait(700)
        assert OTHER_DESK not in heard
    finally:
        bus().changed.disconnect()


@pytest.mark.postgres
def test_the_runner_notifies_other_desks_inside_its_transaction(qtbot, pg_db):
    """A quick write through the GUI's runner: another desk (a listener of another origin) hears it, and
    the desk that wrote does not hear itself back."""
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.store.notices import PostgresListener

    actor = ensure_user("tester", display_name="시험 사용자")
    other = PostgresListener(pg_db.url, origin="desk-across-the-room")
    own = LiveUpdates(pg_db, interval_ms=200)
    heard = []
    bus().changed.connect(lambda changes, initiator: heard.append(initiator))
    try:
        result = WriteOp(
            None,
            lambda _job: cases.intake_case(channel="text", text="보도블록", received_at=NOW, actor=actor),
        ).run()
        got = []
        qtbot.waitUntil(lambda: bool(got.extend(other.poll()) or got), timeout=3000)
        assert got[0].touches_cases([result.case_id])
        qtbot.wait(500)
        assert OTHER_DESK not in heard  # our own notice is not news to us
        assert result is not None
    finally:
        bus().changed.disconnect()
        own.stop()
        other.close()


def test_the_case_list_refreshes_and_keeps_the_selection(qtbot, any_db, actor, live):
    from civicdesk_gui.ui.cases.cases_screen import CasesScreen
    from civicdesk_gui.ui.shell.context import AppContext

    first = cases.intake_case(channel="text", text="첫 민원", received_at=NOW, actor=actor).case_id
    screen = CasesScreen(AppContext(actor=actor, database=any_db))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    screen.table.selectRow(0)
    with _from_other_desk(qtbot), database_proxy.atomic():
        result = cases.intake_case(channel="text", text="다른 창구의 민원", received_at=NOW, actor=actor)
        publish(result.changes, origin="desk-across-the-room")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=5000)
    selected = screen.table.selectionModel().selectedRows()
    assert [screen.model.row_at(index.row()).id for index in selected] == [first]


@pytest.mark.postgres
def test_a_failed_action_keeps_what_it_recorded_before_failing(qtbot, pg_db):
    """A wrong password through the runner: the action counts the failure, then refuses; the runner's
    outer transaction (for the NOTIFY) keeps that count, as it would be without it."""
    from civicdesk_gui.actions import users
    from civicdesk_gui.store.models import AuditEvent, User

    users.add_user(
        login="kim", display_name="김소통", role="admin", password="운정 3동 가로등 2026", actor=None
    )
    refused = []
    WriteOp(None, lambda _job: users.sign_in(login="kim", password="틀림")).failure(refused.append).run()
    assert refused and User.get(User.login == "kim").failed_sign_ins == 1
    assert AuditEvent.select().where(AuditEvent.kind == "sign_in_failed").count() == 1


@pytest.mark.postgres
def test_a_command_that_wrote_tells_the_desks(pg_db, tmp_path):
    """A nightly import or a purge from the CLI: the desks on the same PostgreSQL database hear of it."""
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.cli import main
    from civicdesk_gui.store import database
    from civicdesk_gui.store.notices import PostgresListener

    ensure_user("admin", display_name="정관리", role="admin")
    desk = PostgresListener(pg_db.url, origin="a desk")
    try:
        assert main(["purge", "--db", pg_db.url, "--as", "admin", "--dry-run"]) == 0
        assert _heard(desk, 0.5) == []  # a dry run wrote nothing
        assert main(["purge", "--db", pg_db.url, "--as", "admin"]) == 0
        heard = _heard(desk, 3.0, stop_at_first=True)
        assert len(heard) == 1 and heard[0].touches_cases([1]) and heard[0].touches_settings("city.name")
    finally:
        desk.close()
        database.close()


def _heard(listener, seconds: float, *, stop_at_first: bool = False) -> list:
    import time

    found: list = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not (stop_at_first and found):
        found.extend(listener.poll())
        time.sleep(0.02)
    return found

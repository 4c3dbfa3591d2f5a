"""Users and sign-in on both back ends: the first administrator, argon2id hashes, the lockout that
grows and survives a restart, the rules an administrator cannot break, and the audit of each step."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from civicdesk_gui.actions import users
from civicdesk_gui.domain import sign_in
from civicdesk_gui.errors import PermissionDenied, SignInRefused, ValidationError
from civicdesk_gui.store import database, opening
from civicdesk_gui.store.models import AuditEvent, Department, User

T0 = dt.datetime(2026, 11, 2, 9, 0)
PASSWORD = "운정 3동 가로등 2026"


def _kinds() -> list[str]:
    return [e.kind for e in AuditEvent.select().order_by(AuditEvent.id)]


@pytest.fixture
def admin(any_db):
    users.add_user(login="admin", display_name="정관리", role="admin", password=PASSWORD, actor=None)
    return users.sign_in(login="admin", password=PASSWORD).actor


def test_the_first_user_is_the_administrator_and_needs_no_actor(any_db):
    assert not users.has_administrator()
    with pytest.raises(ValidationError) as refused:
        users.add_user(login="kim", display_name="김소통", role="coordinator", password=PASSWORD, actor=None)
    assert refused.value.code == "user.first_is_admin"
    users.add_user(login="admin", display_name="정관리", role="admin", password=PASSWORD, actor=None)
    assert users.has_administrator()
    stored = User.get(User.login == "admin").password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    # Once there is an administrator, nobody adds a user without one.
    with pytest.raises(PermissionDenied):
        users.add_user(login="mallory", display_name="침입자", role="admin", password=PASSWORD, actor=None)
    assert _kinds() == ["user_add"]


def test_sign_in_checks_the_password_and_records_every_attempt(admin):
    assert (admin.login, admin.role) == ("admin", "admin")
    with pytest.raises(SignInRefused) as wrong:
        users.sign_in(login="admin", password="wrong password")
    with pytest.raises(SignInRefused) as unknown:
        users.sign_in(login="nobody", password=PASSWORD)
    # The same words whether the login exists or not.
    assert str(wrong.value) == str(unknown.value) == "Wrong login or password"
    events = list(AuditEvent.select().order_by(AuditEvent.id))
    assert [e.kind for e in events] == ["user_add", "sign_in", "sign_in_failed", "sign_in_failed"]
    assert [json.loads(e.details)["reason"] for e in events[2:]] == ["password", "unknown"]
    assert events[3].login == "nobody" and events[3].actor_id is None


def test_the_lockout_grows_and_survives_a_restart(admin, any_db):
    for attempt in range(sign_in.FREE_FAILURES):
        with pytest.raises(SignInRefused) as refused:
            users.sign_in(login="admin", password="wrong", at=T0 + dt.timedelta(seconds=attempt))
        assert refused.value.code == "sign_in.wrong"
    with pytest.raises(SignInRefused) as locked:
        users.sign_in(login="admin", password="wrong", at=T0 + dt.timedelta(seconds=10))
    assert locked.value.code == "sign_in.locked" and locked.value.values["seconds"] == 30
    # Reopen the database (a restart, or another desk): still locked, even with the right password.
    database.close()
    opening.connect(any_db.url)
    with pytest.raises(SignInRefused) as still:
        users.sign_in(login="admin", password=PASSWORD, at=T0 + dt.timedelta(seconds=20))
    assert still.value.code == "sign_in.locked"
    # After the delay the next failure locks for twice as long; the right password then works.
    with pytest.raises(SignInRefused) as longer:
        users.sign_in(login="admin", password="wrong", at=T0 + dt.timedelta(seconds=41))
    assert longer.value.values["seconds"] == 60
    signed = users.sign_in(login="admin", password=PASSWORD, at=T0 + dt.timedelta(seconds=102))
    assert signed.actor.login == "admin"
    user = User.get(User.login == "admin")
    assert (user.failed_sign_ins, user.locked_until) == (0, None)
    assert _kinds().count("lockout") == 2


def test_growing_delays():
    delays = [sign_in.lock_after(n) for n in range(1, 14)]
    assert delays[: sign_in.FREE_FAILURES] == [None] * sign_in.FREE_FAILURES
    assert delays[sign_in.FREE_FAILURES] == dt.timedelta(seconds=30)
    growing = [d for d in delays if d is not None]
    assert all(a <= b for a, b in zip(growing, growing[1:], strict=False))
    assert growing[-1] == sign_in.LONGEST_LOCK


def test_the_administrator_manages_users_within_the_rules(admin):
    roads = Department.get(Department.code == "도로관리과")
    added = users.add_user(
        login="roads.lee",
        display_name="이도로",
        role="official",
        department_id=roads.id,
        password=PASSWORD,
        actor=admin,
    )
    with pytest.raises(ValidationError) as no_department:
        users.set_role(user_id=added.user_id, role="official", actor=admin)
    assert no_department.value.code == "user.department_needed"
    users.set_role(user_id=added.user_id, role="viewer", actor=admin)
    users.reset_password(user_id=added.user_id, password="새로운 비밀번호 99", actor=admin)
    users.deactivate_user(user_id=added.user_id, actor=admin)
    with pytest.raises(SignInRefused):
        users.sign_in(login="roads.lee", password="새로운 비밀번호 99")
    users.reactivate_user(user_id=added.user_id, actor=admin)
    assert users.sign_in(login="roads.lee", password="새로운 비밀번호 99").actor.role == "viewer"
    # Never the last administrator away, never one's own account.
    with pytest.raises(ValidationError) as own:
        users.deactivate_user(user_id=admin.id, actor=admin)
    assert own.value.code == "user.own_account"
    with pytest.raises(ValidationError):
        users.set_role(user_id=admin.id, role="viewer", actor=admin)
    with pytest.raises(ValidationError) as taken:
        users.add_user(
            login="roads.lee", display_name="동명이인", role="viewer", password=PASSWORD, actor=admin
        )
    assert taken.value.code == "user.login_taken"
    with pytest.raises(ValidationError):
        users.add_user(login="x", display_name="짧음", role="viewer", password="short", actor=admin)
    assert User.select().count() == 2  # nobody is ever deleted
    assert _kinds() == [
        "user_add",
        "sign_in",
        "user_add",
        "user_role",
        "user_password",
        "user_deactivate",
        "sign_in_failed",
        "user_reactivate",
        "sign_in",
    ]


def test_a_role_change_counts_at_once_for_a_signed_in_user(admin):
    from civicdesk_gui.actions import cases

    users.add_user(login="kim", display_name="김소통", role="coordinator", password=PASSWORD, actor=admin)
    kim = users.sign_in(login="kim", password=PASSWORD).actor
    case_id = cases.intake_case(channel="text", text="가로등 고장", actor=kim).case_id
    users.set_role(user_id=kim.id, role="viewer", actor=admin)
    # The Actor value still says coordinator; the action reads the role from the database.
    assert kim.role == "coordinator"
    with pytest.raises(PermissionDenied) as refused:
        cases.add_note(case_id=case_id, text="메모", actor=kim)
    assert refused.value.code == "permission.denied"
    users.deactivate_user(user_id=kim.id, actor=admin)
    with pytest.raises(PermissionDenied) as gone:
        cases.add_note(case_id=case_id, text="메모", actor=kim)
    assert gone.value.code == "permission.inactive"

"""Users and sign-in: add, change role, reset password, deactivate/reactivate (users are never deleted:
their history stays theirs), and signing in with a growing delay after repeated failures.

Every change and every sign-in attempt is an audit event. The first user of a database is its
administrator and is added with no actor (there is nobody to act yet); after that only an
administrator manages users (domain/permissions.py "users.manage")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicdesk_gui.actions.actor import actor_for
from civicdesk_gui.actions.audit import AUDIT_CHANGED, append_audit
from civicdesk_gui.actions.passwords import hash_password, needs_rehash, verify_password
from civicdesk_gui.actions.permission import require
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.permissions import ROLES
from civicdesk_gui.domain.sign_in import check_login, check_password, lock_after
from civicdesk_gui.errors import NotFoundError, PermissionDenied, SignInRefused, ValidationError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Department, User, now

USERS_CHANGED = Changes.of(reference={"users"}) | AUDIT_CHANGED


@dataclass(frozen=True)
class UserChange:
    user_id: int
    login: str
    changes: Changes = USERS_CHANGED


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    changes: Changes = AUDIT_CHANGED


def has_administrator() -> bool:
    """Someone can sign in and manage users: an active administrator with a password."""
    return User.select().where((User.role == "admin") & User.active & (User.password_hash != "")).exists()


def _user(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFoundError("user.unknown", {"login": str(user_id)})
    return user


def _check_role(role: str, department_id: int | None) -> None:
    if role not in ROLES:
        raise ValidationError("user.unknown_role", {"role": role}, field="role")
    if role == "official" and department_id is None:
        raise ValidationError("user.department_needed", field="department")
    if department_id is not None and Department.get_or_none(Department.id == department_id) is None:
        raise ValidationError(
            "record.unknown", {"record": "department", "key": department_id}, field="department"
        )


def _other_active_admins(user: User) -> int:
    return User.select().where((User.role == "admin") & User.active & (User.id != user.id)).count()


def add_user(
    *,
    login: str,
    display_name: str,
    role: str,
    password: str,
    actor: Actor | None,
    department_id: int | None = None,
    at: dt.datetime | None = None,
) -> UserChange:
    """Add a user. `actor` None only on a database without an administrator, for its administrator."""
    login = check_login(login)
    if not display_name.strip():
        raise ValidationError("user.name_empty", field="display_name")
    _check_role(role, department_id)
    check_password(password)
    password_hash = hash_password(password)  # slow by design: before the write lock is taken
    at = at or now()
    with database_proxy.atomic():
        if actor is None:
            if has_administrator():
                raise PermissionDenied("permission.actor_needed")
            if role != "admin":
                raise ValidationError("user.first_is_admin", field="role")
        else:
            require(actor, "users.manage")
        if User.select().where(User.login == login).exists():
            raise ValidationError("user.login_taken", {"login": login}, field="login")
        user = User.create(
            login=login,
            display_name=display_name.strip(),
            role=role,
            department=department_id,
            active=True,
            password_hash=password_hash,
        )
        append_audit(
            "user_add",
            actor=actor or actor_for(user),
            subject_id=user.id,
            details={"login": login, "role": role, "department": department_id},
            at=at,
        )
    return UserChange(user.id, login)


def set_role(
    *, user_id: int, role: str, actor: Actor, department_id: int | None = None, at: dt.datetime | None = None
) -> UserChange:
    """Change a user's role (and department: an official's scope)."""
    _check_role(role, department_id)
    with database_proxy.atomic():
        require(actor, "users.manage")
        user = _user(user_id)
        if user.id == actor.id:
            raise ValidationError("user.own_account", field="role")
        if user.role == "admin" and role != "admin" and user.active and not _other_active_admins(user):
            raise ValidationError("user.last_admin", {"login": user.login}, field="role")
        before = {"role": user.role, "department": user.department_id}
        User.update(role=role, department=department_id).where(User.id == user.id).execute()
        append_audit(
            "user_role",
            actor=actor,
            subject_id=user.id,
            details={
                "login": user.login,
                "before": before,
                "after": {"role": role, "department": department_id},
            },
            at=at,
        )
    return UserChange(user.id, user.login)


def reset_password(*, user_id: int, password: str, actor: Actor, at: dt.datetime | None = None) -> UserChange:
    """Set a new password (the administrator's reset); it also lifts a lockout."""
    check_password(password)
    password_hash = hash_password(password)
    with database_proxy.atomic():
        require(actor, "users.manage")
        user = _user(user_id)
        User.update(password_hash=password_hash, failed_sign_ins=0, locked_until=None).where(
            User.id == user.id
        ).execute()
        append_audit("user_password", actor=actor, subject_id=user.id, details={"login": user.login}, at=at)
    return UserChange(user.id, user.login)


def deactivate_user(*, user_id: int, actor: Actor, at: dt.datetime | None = None) -> UserChange:
    """The user can no longer sign in or act; their history stays theirs."""
    return _set_active(user_id, False, actor, at)


def reactivate_user(*, user_id: int, actor: Actor, at: dt.datetime | None = None) -> UserChange:
    return _set_active(user_id, True, actor, at)


def _set_active(user_id: int, active: bool, actor: Actor, at: dt.datetime | None) -> UserChange:
    with database_proxy.atomic():
        require(actor, "users.manage")
        user = _user(user_id)
        if user.id == actor.id:
            raise ValidationError("user.own_account", field="active")
        if not active and user.role == "admin" and user.active and not _other_active_admins(user):
            raise ValidationError("user.last_admin", {"login": user.login}, field="active")
        User.update(active=active).where(User.id == user.id).execute()
        kind = "user_reactivate" if active else "user_deactivate"
        append_audit(kind, actor=actor, subject_id=user.id, details={"login": user.login}, at=at)
    return UserChange(user.id, user.login)


def sign_in(*, login: str, password: str, at: dt.datetime | None = None) -> SignedIn:
    """Check a login and password. A failure is counted and audited (committed), then refused with
    SignInRefused; from the fifth failure in a row sign-in locks for a growing time (domain/sign_in.py),
    and attempts during a lock are refused without looking at the password."""
    at = (at or now()).replace(microsecond=0)
    login = login.strip()
    user = User.get_or_none(User.login == login)
    if user is not None and user.locked_until is not None and user.locked_until > at:
        with database_proxy.atomic():
            append_audit(
                "sign_in_failed",
                actor=None,
                login=login,
                subject_id=user.id,
                details={"reason": "locked"},
                at=at,
            )
        raise _locked(login, user.locked_until, at)
    matches = verify_password(user.password_hash if user is not None else "", password)
    if user is not None and matches and user.active:
        with database_proxy.atomic():
            changes: dict = {"failed_sign_ins": 0, "locked_until": None}
            if needs_rehash(user.password_hash):
                changes["password_hash"] = hash_password(password)
            User.update(**changes).where(User.id == user.id).execute()
            signed_in = actor_for(user)
            append_audit("sign_in", actor=signed_in, details={"method": "password"}, at=at)
        return SignedIn(signed_in)
    reason = "unknown" if user is None else ("inactive" if not user.active and matches else "password")
    lock = None
    with database_proxy.atomic():
        append_audit(
            "sign_in_failed",
            actor=None,
            login=login,
            subject_id=user.id if user is not None else None,
            details={"reason": reason},
            at=at,
        )
        if user is not None:
            User.update(failed_sign_ins=User.failed_sign_ins + 1).where(User.id == user.id).execute()
            failures = User.select(User.failed_sign_ins).where(User.id == user.id).scalar()
            delay = lock_after(failures)
            if delay is not None:
                lock = at + delay
                User.update(locked_until=lock).where(User.id == user.id).execute()
                append_audit(
                    "lockout",
                    actor=None,
                    login=login,
                    subject_id=user.id,
                    details={"failures": failures, "seconds": int(delay.total_seconds())},
                    at=at,
                )
    if lock is not None:
        raise _locked(login, lock, at)
    raise SignInRefused("sign_in.wrong")


def sign_in_remembered(*, user_id: int, at: dt.datetime | None = None) -> SignedIn:
    """The one user of a single-desk SQLite database, remembered for this operating-system account
    (ui/users/sign_in.py decides when that applies); audited like any sign-in."""
    with database_proxy.atomic():
        user = _user(user_id)
        if not user.active:
            raise PermissionDenied("permission.inactive")
        signed_in = actor_for(user)
        append_audit("sign_in", actor=signed_in, details={"method": "remembered"}, at=at)
    return SignedIn(signed_in)


def _locked(login: str, until: dt.datetime, at: dt.datetime) -> SignInRefused:
    seconds = max(1, int((until - at).total_seconds()))
    return SignInRefused("sign_in.locked", {"login": login, "until": f"{until:%H:%M:%S}", "seconds": seconds})


def change_own_password(
    *, actor: Actor, current: str, password: str, at: dt.datetime | None = None
) -> UserChange:
    """A signed-in user changes their own password, proving the current one first (a desk left
    unlocked does not let a passer-by take the account)."""
    check_password(password)
    user = User.get_or_none(User.id == actor.id)
    if user is None or not user.active:
        raise PermissionDenied("permission.inactive")
    if not verify_password(user.password_hash, current):
        raise ValidationError("user.current_password_wrong", field="current")
    password_hash = hash_password(password)
    with database_proxy.atomic():
        user = _user(actor.id)
        if not user.active:
            raise PermissionDenied("permission.inactive")
        User.update(password_hash=password_hash, failed_sign_ins=0, locked_until=None).where(
            User.id == user.id
        ).execute()
        append_audit("own_password", actor=actor, subject_id=user.id, details={"login": user.login}, at=at)
    return UserChange(user.id, user.login)


@dataclass(frozen=True)
class SignedOut:
    login: str
    changes: Changes = AUDIT_CHANGED


def sign_out(*, actor: Actor, at: dt.datetime | None = None) -> SignedOut:
    """The user leaves the desk: recorded, and a remembered sign-in is no longer offered (the UI)."""
    with database_proxy.atomic():
        append_audit("sign_out", actor=actor, at=at)
    return SignedOut(actor.login)

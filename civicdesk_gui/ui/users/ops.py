"""The users feature's writes: signing in, and the administrator's changes to users. Only ops modules
import actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.actions import officials, users
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.ui.shell.ops import WriteOp


def sign_in(*, parent: QWidget | None, login: str, password: str) -> WriteOp[users.SignedIn]:
    return WriteOp(parent, lambda _job: users.sign_in(login=login, password=password))


def sign_in_remembered(*, parent: QWidget | None, user_id: int) -> WriteOp[users.SignedIn]:
    return WriteOp(parent, lambda _job: users.sign_in_remembered(user_id=user_id))


def add_user(
    *,
    parent: QWidget | None,
    actor: Actor | None,
    login: str,
    display_name: str,
    role: str,
    password: str,
    department_id: int | None,
) -> WriteOp[users.UserChange]:
    """`actor` None: the administrator of a database that has none yet (the first-run dialog)."""
    return WriteOp(
        parent,
        lambda _job: users.add_user(
            login=login,
            display_name=display_name,
            role=role,
            password=password,
            department_id=department_id,
            actor=actor,
        ),
        done_message=QCoreApplication.translate("UserOps", "User added: {0}").format(login),
    )


def set_role(
    *, parent: QWidget | None, actor: Actor, user_id: int, role: str, department_id: int | None
) -> WriteOp[users.UserChange]:
    return WriteOp(
        parent,
        lambda _job: users.set_role(user_id=user_id, role=role, department_id=department_id, actor=actor),
        done_message=QCoreApplication.translate("UserOps", "Role changed"),
    )


def reset_password(*, parent: QWidget | None, actor: Actor, user_id: int, password: str) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: users.reset_password(user_id=user_id, password=password, actor=actor),
        done_message=QCoreApplication.translate("UserOps", "Password reset"),
    )


def set_active(*, parent: QWidget | None, actor: Actor, user_id: int, active: bool) -> WriteOp:
    action = users.reactivate_user if active else users.deactivate_user
    if active:
        text = QCoreApplication.translate("UserOps", "User reactivated")
    else:
        text = QCoreApplication.translate("UserOps", "User deactivated")
    return WriteOp(parent, lambda _job: action(user_id=user_id, actor=actor), done_message=text)


def has_administrator() -> bool:
    """Read through the actions' own rule: whether someone can sign in and manage users."""
    return users.has_administrator()


def change_own_password(
    *, parent: QWidget | None, actor: Actor, current: str, password: str
) -> WriteOp[users.UserChange]:
    return WriteOp(
        parent,
        lambda _job: users.change_own_password(actor=actor, current=current, password=password),
        done_message=QCoreApplication.translate("UsersOps", "Your password was changed"),
    )


def sign_out(*, parent: QWidget | None, actor: Actor) -> WriteOp[users.SignedOut]:
    return WriteOp(parent, lambda _job: users.sign_out(actor=actor))


def save_own_contact(
    *, parent: QWidget | None, actor: Actor, phone: str, fax: str, email: str
) -> WriteOp[officials.SavedContact]:
    return WriteOp(
        parent,
        lambda _job: officials.save_own_contact(phone=phone, fax=fax, email=email, actor=actor),
        done_message=QCoreApplication.translate("UserOps", "Contact details saved"),
    )

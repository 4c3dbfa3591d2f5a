"""Who works at this desk, decided at start-up once the database is open:

- a database without an administrator: the first-run dialog creates one (and signs them in);
- a single-desk SQLite database whose only active user chose "remember me" for this operating-system
  account (a desk preference): signed in without the password — audited all the same; never on
  PostgreSQL, where a team shares the database;
- otherwise the sign-in dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.queries.users import may_remember_sign_in, user_id_by_login
from civicdesk_gui.store.database import DatabaseTarget
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.users import ops
from civicdesk_gui.ui.users.sign_in_dialog import FirstRunDialog, SignInDialog

REMEMBERED = "sign_in/remembered"


def _remembered_key(database: DatabaseTarget, login: str) -> str:
    return f"{database.path}\n{login}"


def remembered_login(database: DatabaseTarget) -> str | None:
    """The login remembered for this database on this desk, when remembering still applies."""
    value = preferences.get(REMEMBERED)
    if not value or database.path is None or not may_remember_sign_in():
        return None
    path, _, login = value.partition("\n")
    return login if path == str(database.path) else None


def sign_in_at_start(database: DatabaseTarget, parent: QWidget | None = None) -> Actor | None:
    """The signed-in user, or None when the user quit instead."""
    if not ops.has_administrator():
        first = FirstRunDialog(database, parent)
        return first.actor if first.exec() == QDialog.DialogCode.Accepted else None
    login = remembered_login(database)
    user_id = user_id_by_login(login) if login else None
    if user_id is not None:
        result = ops.sign_in_remembered(parent=parent, user_id=user_id).run()
        if result is not None:
            return result.actor
    dialog = SignInDialog(
        database, may_remember=database.path is not None and may_remember_sign_in(), parent=parent
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    if dialog.may_remember and dialog.remember.isChecked():
        preferences.put(REMEMBERED, _remembered_key(database, dialog.actor.login))
    elif remembered_login(database) is not None:
        preferences.put(REMEMBERED, "")
    return dialog.actor


def sign_in_as(login: str, password: str, parent: QWidget | None = None) -> Actor | None:
    """Sign in without a dialog (`./dev demo` opens as the demo coordinator), audited as any sign-in."""
    result = ops.sign_in(parent=parent, login=login, password=password).run()
    return result.actor if result is not None else None

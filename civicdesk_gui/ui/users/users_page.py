"""Settings > Users: the administrator adds users, changes roles (and an official's department), resets
passwords and deactivates or reactivates accounts. Users are never deleted: their history stays theirs.
Everyone sees the list; only a role the permission table allows may change it (the buttons say why not)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.permissions import ROLES
from civicdesk_gui.queries.reference_lists import departments
from civicdesk_gui.queries.users import UserRow, list_users
from civicdesk_gui.store.models import now
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.shell.permitted import permitted
from civicdesk_gui.ui.shell.screen_fit import fit_on_screen
from civicdesk_gui.ui.shell.signals import bus
from civicdesk_gui.ui.shell.vocabulary_labels import term
from civicdesk_gui.ui.users import ops
from civicdesk_gui.ui.widgets.row_table_model import RowTableModel


class UserTableModel(RowTableModel[UserRow]):
    NAME, LOGIN, ROLE, DEPARTMENT, STATE = range(5)

    def column_titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Login"), self.tr("Role"), self.tr("Department"), self.tr("State")]

    def row_id(self, row: UserRow) -> int:
        return row.id

    def state_text(self, row: UserRow) -> str:
        if not row.active:
            return self.tr("Deactivated")
        if row.locked_until is not None and row.locked_until > now():
            return self.tr("Locked until {0}").format(f"{row.locked_until:%H:%M}")
        if not row.has_password:
            return self.tr("No password (cannot sign in)")
        return self.tr("Active")

    def cell(self, row: UserRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.display_name, row.login, term(ROLES, row.role), row.department, self.state_text(row)][
                column
            ]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#90a4ae"))
        return None


def _role_combo() -> QComboBox:
    combo = QComboBox()
    for code in ROLES:
        combo.addItem(term(ROLES, code), code)
    return combo


def _department_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", None)
    for choice in departments():
        combo.addItem(choice.label, choice.id)
    return combo


class UserDialog(QDialog):
    """Add a user (name, login, role, department, password), change a role, or set a new password."""

    ADD, ROLE, PASSWORD = "add", "role", "password"

    def __init__(self, mode: str, parent: QWidget | None = None, *, user: UserRow | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        titles = {
            self.ADD: self.tr("Add a user"),
            self.ROLE: self.tr("Change the role of {0}").format(user.display_name if user else ""),
            self.PASSWORD: self.tr("New password for {0}").format(user.display_name if user else ""),
        }
        self.setWindowTitle(titles[mode])
        self.setMinimumWidth(420)
        self.display_name = QLineEdit()
        self.login = QLineEdit()
        self.role = _role_combo()
        self.department = _department_combo()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        if mode == self.ADD:
            form.addRow(self.tr("Name"), self.display_name)
            form.addRow(self.tr("Login"), self.login)
        if mode in (self.ADD, self.ROLE):
            form.addRow(self.tr("Role"), self.role)
            form.addRow(self.tr("Department"), self.department)
            hint = QLabel(self.tr("A department official works on the cases of their department only."))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #607d8b;")
            form.addRow("", hint)
        if mode in (self.ADD, self.PASSWORD):
            form.addRow(self.tr("Password"), self.password)
            form.addRow(self.tr("Password again"), self.again)
        if user is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
            self.department.setCurrentIndex(max(0, self.department.findData(user.department_id)))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too

    def _check(self) -> None:
        if self.mode in (self.ADD, self.PASSWORD) and self.password.text() != self.again.text():
            self.show_error(self.tr("The two passwords are not the same."))
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.show()


class UsersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: UserDialog | None = None
        self.model = UserTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(icons.icon("add_user"), self.tr("Add user…"))
        self.role_button = QPushButton(icons.icon("role"), self.tr("Change role…"))
        self.password_button = QPushButton(icons.icon("password"), self.tr("Reset password…"))
        self.active_button = QPushButton(icons.icon("deactivate"), self.tr("Deactivate"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.password_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "Users are never deleted: a deactivated user cannot sign in, and their history stays theirs."
            )
        )
        note.setStyleSheet("color: #607d8b;")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        bus().changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        current = self.current()
        self.model.set_rows(list_users())
        if current is not None:
            for row_number, row in enumerate(self.model.rows):
                if row.id == current.id:
                    self.table.selectRow(row_number)
        self._update_buttons()

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_reference("users"):
            self.reload()

    def current(self) -> UserRow | None:
        return self.model.row_at(self.table.currentIndex())

    def _update_buttons(self) -> None:
        row = self.current()
        self.add_button.setEnabled(True)
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(row is not None)
            button.setToolTip("")
        self.add_button.setToolTip("")
        if row is not None:
            self.active_button.setText(self.tr("Reactivate") if not row.active else self.tr("Deactivate"))
            self.active_button.setIcon(icons.icon("reactivate" if not row.active else "deactivate"))
        for button in (self.add_button, self.role_button, self.password_button, self.active_button):
            permitted(button, self.context.actor, "users.manage")

    # -- the administrator's changes

    def add_user(self) -> None:
        dialog = self.dialog = UserDialog(UserDialog.ADD, self)
        while dialog.exec():
            done = (
                ops.add_user(
                    parent=self,
                    actor=self.context.actor,
                    login=dialog.login.text(),
                    display_name=dialog.display_name.text(),
                    role=dialog.role.currentData(),
                    department_id=dialog.department.currentData(),
                    password=dialog.password.text(),
                )
                .failure(lambda exc: dialog.show_error(describe(exc)))
                .run()
            )
            if done is not None:
                return  # on a refusal the dialog opens again with what was typed and the reason

    def change_role(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = self.dialog = UserDialog(UserDialog.ROLE, self, user=row)
        while dialog.exec():
            done = (
                ops.set_role(
                    parent=self,
                    actor=self.context.actor,
                    user_id=row.id,
                    role=dialog.role.currentData(),
                    department_id=dialog.department.currentData(),
                )
                .failure(lambda exc: dialog.show_error(describe(exc)))
                .run()
            )
            if done is not None:
                return

    def reset_password(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = self.dialog = UserDialog(UserDialog.PASSWORD, self, user=row)
        while dialog.exec():
            done = (
                ops.reset_password(
                    parent=self, actor=self.context.actor, user_id=row.id, password=dialog.password.text()
                )
                .failure(lambda exc: dialog.show_error(describe(exc)))
                .run()
            )
            if done is not None:
                return

    def toggle_active(self) -> None:
        row = self.current()
        if row is None:
            return
        # A refusal (the last administrator, one's own account) is said by the runner's message box.
        ops.set_active(parent=self, actor=self.context.actor, user_id=row.id, active=not row.active).run()

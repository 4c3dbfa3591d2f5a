"""The sign-in dialog at start-up (after the database opens), and the first-run dialog that creates
the administrator of a database that has none. Both write through the users ops: every attempt is
audited, and failures count towards the lockout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.domain.sign_in import MIN_PASSWORD_LENGTH
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.store.database import DatabaseTarget
from civicdesk_gui.ui.shell import icons
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.users import ops

ERROR_STYLE = "color: #b71c1c;"


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SignInDialog(QDialog):
    """Login and password; on success `actor` is who signed in."""

    def __init__(
        self, database: DatabaseTarget, *, may_remember: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.actor: Actor | None = None
        self.may_remember = may_remember
        self.setWindowTitle(self.tr("Sign in to CivicDesk"))
        self.setWindowIcon(icons.icon("lock"))
        self.setMinimumWidth(420)
        heading = QLabel(self.tr("Sign in to work on {0}").format(database.display_name))
        heading.setWordWrap(True)
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("e.g. soutong.kim"))
        self.password = _password_field()
        self.remember = QCheckBox(self.tr("Remember me on this computer account"))
        self.remember.setToolTip(
            self.tr(
                "Only for a one-person desk: this database is on this computer and you are its only user. "
                "Anyone who uses this computer account will then work as you."
            )
        )
        self.remember.setVisible(may_remember)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.login.setFocus()

    def try_sign_in(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self._show_error(self.tr("Type your login and your password."))
            return
        ops.sign_in(parent=self, login=login, password=password).success(self._signed_in).failure(
            self._refused
        ).run()

    def _signed_in(self, result) -> None:
        self.actor = result.actor
        self.accept()

    def _refused(self, exc: CivicDeskError) -> None:
        self.password.clear()
        self.password.setFocus()
        self._show_error(describe(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.show()


class FirstRunDialog(QDialog):
    """A database without an administrator: create one, then work as them."""

    def __init__(self, database: DatabaseTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Create the administrator"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "{0} has no administrator yet. The administrator adds the office's users, gives them "
                "their roles and keeps the settings; at a one-person desk, that is you. "
                "The password needs at least {1} characters."
            ).format(database.display_name, MIN_PASSWORD_LENGTH)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("e.g. 정관리"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("e.g. admin"))
        self.password = _password_field()
        self.again = _password_field()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Create and sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def create(self) -> None:
        if self.password.text() != self.again.text():
            self._show_error(self.tr("The two passwords are not the same."))
            return
        login, password = self.login.text().strip(), self.password.text()
        added = (
            ops.add_user(
                parent=self,
                actor=None,
                login=login,
                display_name=self.display_name.text(),
                role="admin",
                password=password,
                department_id=None,
            )
            .failure(lambda exc: self._show_error(describe(exc)))
            .run()
        )
        if added is None:
            return
        ops.sign_in(parent=self, login=login, password=password).success(self._signed_in).failure(
            lambda exc: self._show_error(describe(exc))
        ).run()

    def _signed_in(self, result) -> None:
        self.actor = result.actor
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.show()

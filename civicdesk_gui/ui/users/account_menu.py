"""The signed-in user's own menu: their contact details as letters print them, change their password,
sign out (each recorded in the audit log)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.queries.officials import own_contact
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.users import ops
from civicdesk_gui.ui.users.sign_in import REMEMBERED


class OwnPasswordDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Change my password"))
        self.current = QLineEdit()
        self.password = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.current, self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Signed in as {0}").format(context.actor.display_name)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def change(self) -> bool:
        if self.password.text() != self.again.text():
            self._fail(self.tr("The two new passwords are not the same."))
            return False
        changed = (
            ops.change_own_password(
                parent=self,
                actor=self.context.actor,
                current=self.current.text(),
                password=self.password.text(),
            )
            .failure(lambda exc: self._fail(describe(exc)))
            .run()
        )
        if changed is None:
            return False
        self.accept()
        return True

    def _fail(self, text: str) -> None:
        self.current.clear()
        self.error.setText(text)
        self.error.show()


class OwnContactDialog(QDialog):
    """The phone, fax and e-mail the closing block of a letter prints for the official in charge."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("My contact details"))
        self.setMinimumWidth(460)
        contact = own_contact(context.actor.id)
        self.phone = QLineEdit(contact.phone if contact else "")
        self.fax = QLineEdit(contact.fax if contact else "")
        self.email = QLineEdit(contact.email if contact else "")
        self.phone.setMaxLength(40)
        self.fax.setMaxLength(40)
        self.email.setMaxLength(120)
        self.fax.setPlaceholderText(self.tr("empty: the city hall's fax is printed"))
        if contact is None:
            who = self.tr(
                "Your account is not linked to an official: the administrator links it on Settings › Users."
            )
        else:
            who = self.tr(
                "{0} {1}, {2}: printed in the closing block of the letters you are in charge of."
            ).format(contact.name, contact.rank, contact.department)
        self.who = QLabel(who)
        self.who.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Fax"), self.fax)
        form.addRow(self.tr("&E-mail"), self.email)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if contact is None:
            for edit in (self.phone, self.fax, self.email):
                edit.setReadOnly(True)
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> bool:
        saved = (
            ops.save_own_contact(
                parent=self,
                actor=self.context.actor,
                phone=self.phone.text(),
                fax=self.fax.text(),
                email=self.email.text(),
            )
            .failure(lambda exc: self._fail(describe(exc)))
            .run()
        )
        if saved is None:
            return False
        self.accept()
        return True

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class AccountMenu(QObject):
    """Adds the user's menu to the window; `signed_out` asks whoever started the window to sign in
    again (the desk is left to the next person)."""

    signed_out = Signal()

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        menu = window.menuBar().addMenu(self.tr("&Account"))
        self.contact_action = menu.addAction(self.tr("My &contact details…"))
        self.contact_action.triggered.connect(self.edit_contact)
        self.password_action = menu.addAction(self.tr("Change my &password…"))
        self.password_action.triggered.connect(self.change_password)
        self.sign_out_action = menu.addAction(self.tr("Sign &out"))
        self.sign_out_action.triggered.connect(self.sign_out)

    def edit_contact(self) -> None:
        OwnContactDialog(self.context, self.window).exec()

    def change_password(self) -> None:
        OwnPasswordDialog(self.context, self.window).exec()

    def sign_out(self) -> bool:
        done = ops.sign_out(parent=self.window, actor=self.context.actor).run()
        if done is None:
            return False
        preferences.put(REMEMBERED, "")  # the next person signs in with their own password
        self.signed_out.emit()
        return True

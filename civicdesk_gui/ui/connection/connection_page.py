"""Settings > Database: this desk's team database (PostgreSQL) — host, port, database, user — with
the password kept in the operating system's keyring, or asked at each start when there is no keyring
(or the user prefers it). Never written to a file. "Test connection" tries it now; the choice applies
at the next start (this window keeps the database it opened)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui import credentials
from civicdesk_gui.credentials import Connection, parse_connection
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.context import AppContext

NOTE_STYLE = "color: #546e7a;"


class ConnectionPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current = QLabel(self.tr("This desk uses: {0}").format(context.database.display_name))
        self.current.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText("db.city.go.kr")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setPlaceholderText("civicdesk")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep the password in this computer's keyring"))
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(NOTE_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Use this database"))
        self.save_button.clicked.connect(self.save)
        self.local_button = QPushButton(self.tr("Use this computer's database"))
        self.local_button.clicked.connect(self.use_local)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.save_button, self.local_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        note = QLabel(
            self.tr(
                "A team shares one PostgreSQL database. The choice applies the next time CivicDesk starts. "
                "The password is never written to a file."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(note)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        if credentials.keyring_available():
            self.remember.setEnabled(True)
            self.remember.setChecked(True)
            self.keyring_note.setText(self.tr("The password is kept in the operating system's keyring."))
        else:
            self.remember.setEnabled(False)
            self.remember.setChecked(False)
            self.keyring_note.setText(
                self.tr(
                    "This computer has no keyring: the password will be asked each time CivicDesk starts."
                )
            )
        chosen = parse_connection(preferences.get("database/url"))
        if chosen is not None:
            self.host.setText(chosen.host)
            self.port.setValue(chosen.port)
            self.database.setText(chosen.database)
            self.user.setText(chosen.user)

    def connection(self) -> Connection | None:
        host, database, user = (
            self.host.text().strip(),
            self.database.text().strip(),
            self.user.text().strip(),
        )
        if not (host and database and user):
            self._say(self.tr("Host, database and user are needed."), ok=False)
            return None
        return Connection(host, self.port.value(), database, user)

    def test_connection(self) -> bool:
        connection = self.connection()
        if connection is None:
            return False
        import psycopg

        try:
            with psycopg.connect(connection.url(self.password.text() or None), connect_timeout=5) as conn:
                conn.execute("SELECT 1")
        except psycopg.Error as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            self._say(self.tr("Could not connect: {0}").format(reason), ok=False)
            return False
        self._say(self.tr("Connected to {0}.").format(connection.account), ok=True)
        return True

    def save(self) -> bool:
        connection = self.connection()
        if connection is None:
            return False
        preferences.put("database/url", connection.stored_url)  # never the password
        password = self.password.text()
        if self.remember.isChecked() and password:
            if not credentials.store_password(connection, password):
                self._say(self.tr("The keyring refused the password: it will be asked at start."), ok=False)
                return True
        elif not self.remember.isChecked():
            credentials.forget_password(connection)
        self.password.clear()
        self._say(self.tr("CivicDesk will open {0} at the next start.").format(connection.account), ok=True)
        return True

    def use_local(self) -> None:
        chosen = parse_connection(preferences.get("database/url"))
        if chosen is not None:
            credentials.forget_password(chosen)
        preferences.put("database/url", "")
        self._say(self.tr("CivicDesk will open this computer's database at the next start."), ok=True)

    def _say(self, text: str, *, ok: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("color: #2e7d32;" if ok else "color: #b71c1c;")


def ask_password(parent: QWidget | None, connection: Connection) -> str | None:
    """The password of `connection`, asked at start (no keyring, or none kept): None on Cancel."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(
        parent,
        "CivicDesk",
        QCoreApplication.translate("ConnectionPage", "Password for {0}").format(connection.account),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def team_database_url(parent: QWidget | None = None) -> str | None:
    """The team database chosen in Settings > Database, with its password from the keyring or asked
    now; "" when none is chosen (this computer's database), None when the user cancelled."""
    chosen = parse_connection(preferences.get("database/url"))
    if chosen is None:
        return ""
    password = credentials.stored_password(chosen)
    if password is None:
        password = ask_password(parent, chosen)
        if password is None:
            return None
    return chosen.url(password or None)

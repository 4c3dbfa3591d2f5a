"""Settings > Database: a team desk's PostgreSQL connection, its password in the OS keyring (a keyring
backend of the test's own stands in for Windows Credential Manager / the Secret Service) or asked at
start when there is none — never in the desk's preferences."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from civicdesk_gui import credentials
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.context import AppContext


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def page(qtbot, sqlite_db):
    from civicdesk_gui.ui.connection.connection_page import ConnectionPage

    def make():
        widget = ConnectionPage(AppContext(actor=ensure_user("admin", role="admin"), database=sqlite_db))
        qtbot.addWidget(widget)
        return widget

    yield make
    preferences.put("database/url", "")


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _fill(widget, url):
    parsed = credentials.parse_connection(url)
    widget.host.setText(parsed.host)
    widget.port.setValue(parsed.port)
    widget.database.setText(parsed.database)
    widget.user.setText(parsed.user)


def test_the_password_goes_to_the_keyring_never_to_the_preferences(page, memory_keyring, pg_url):
    widget = page()
    assert widget.remember.isEnabled() and widget.remember.isChecked()
    _fill(widget, pg_url)
    widget.password.setText("비밀 password 1")
    assert widget.test_connection()
    assert widget.save()
    stored = preferences.get("database/url")
    connection = credentials.parse_connection(pg_url)
    assert stored == connection.stored_url and "비밀" not in stored and "password" not in stored
    assert memory_keyring.items == {("CivicDesk", connection.account): "비밀 password 1"}
    assert widget.password.text() == ""
    from civicdesk_gui.ui.connection.connection_page import team_database_url

    assert credentials.parse_connection(team_database_url()) == connection  # opened at start with it
    assert "password%201" in team_database_url()
    widget.use_local()
    assert preferences.get("database/url") == "" and memory_keyring.items == {}


def test_without_a_keyring_the_page_says_so_and_the_password_is_asked(page, monkeypatch):
    monkeypatch.setattr(credentials, "keyring_available", lambda: False)
    widget = page()
    assert not widget.remember.isEnabled() and not widget.remember.isChecked()
    assert "keyring" in widget.keyring_note.text() or "키링" in widget.keyring_note.text()
    widget.host.setText("db.example")
    widget.database.setText("civicdesk")
    widget.user.setText("kim")
    widget.password.setText("secret")
    assert widget.save() and preferences.get("database/url") == "postgresql://kim@db.example:5432/civicdesk"
    from civicdesk_gui.ui.connection import connection_page

    asked = []
    monkeypatch.setattr(connection_page, "ask_password", lambda parent, c: asked.append(c.account) or "typed")
    assert connection_page.team_database_url() == "postgresql://kim:typed@db.example:5432/civicdesk"
    assert asked == ["kim@db.example:5432/civicdesk"]
    monkeypatch.setattr(connection_page, "ask_password", lambda parent, c: None)
    assert connection_page.team_database_url() is None  # Cancel: CivicDesk does not start


def test_a_wrong_address_is_said_in_one_line(page):
    widget = page()
    widget.host.setText("127.0.0.1")
    widget.port.setValue(1)
    widget.database.setText("nothing")
    widget.user.setText("nobody")
    assert not widget.test_connection()
    assert widget.result.text() and "\n" not in widget.result.text()

"""A team desk's PostgreSQL connection: the address in the desk's preferences, the password in the
operating system's keyring (Windows Credential Manager, macOS Keychain, the Secret Service on Linux)
through the `keyring` package — never in a file. Without a usable keyring the password is asked at
each start. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlparse

SERVICE = "CivicDesk"


@dataclass(frozen=True)
class Connection:
    host: str
    port: int
    database: str
    user: str

    @property
    def account(self) -> str:
        """The keyring's name for this connection's password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        secret = f":{quote(password, safe='')}" if password else ""
        return f"postgresql://{quote(self.user, safe='')}{secret}@{self.host}:{self.port}/{quote(self.database, safe='')}"

    @property
    def stored_url(self) -> str:
        """What the desk's preferences keep: the address without any password."""
        return self.url()


def parse_connection(url: str) -> Connection | None:
    """The connection of a postgresql:// URL (its password, if any, is ignored); None otherwise."""
    parsed = urlparse(url or "")
    if parsed.scheme not in ("postgresql", "postgres") or not parsed.hostname:
        return None
    return Connection(
        parsed.hostname, parsed.port or 5432, unquote(parsed.path.lstrip("/")), unquote(parsed.username or "")
    )


def keyring_available() -> bool:
    """False when no keyring backend works here (a server without a Secret Service, say)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring) and backend.priority > 0
    except Exception:  # noqa: BLE001 - a broken backend is no backend
        return False


def stored_password(connection: Connection) -> str | None:
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, connection.account)
    except Exception:  # noqa: BLE001 - locked or refused: ask the user instead
        return None


def store_password(connection: Connection, password: str) -> bool:
    """Keep the password in the keyring; False when there is none (the caller says so)."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, connection.account, password)
    except Exception:  # noqa: BLE001
        return False
    return True


def forget_password(connection: Connection) -> None:
    if not keyring_available():
        return
    import contextlib

    import keyring

    with contextlib.suppress(Exception):  # nothing stored
        keyring.delete_password(SERVICE, connection.account)

"""Live team: other desks' changes appear without restarting (store/notices.py says how they travel).

`LiveUpdates` turns what another desk wrote into the bus's one change notice, `changed(changes,
OTHER_DESK)`, so every view refreshes exactly as after a write of its own — keeping the selection and
whatever the user is typing. PostgreSQL: a LISTEN connection read when its socket has data (and checked
every second besides); SQLite: `PRAGMA data_version` read every second on the GUI thread (a few
microseconds), announced as "anything may have changed"."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from civicdesk_gui.domain.changes import EVERYTHING, Changes
from civicdesk_gui.store.database import DatabaseTarget
from civicdesk_gui.store.notices import PostgresListener, SqliteWatcher
from civicdesk_gui.ui.shell.ops import announce

POLL_MS = 1000


class OtherDesk:
    """The initiator of a change another desk made (views compare initiators to skip their own)."""

    def __repr__(self) -> str:
        return "OTHER_DESK"


OTHER_DESK = OtherDesk()


class LiveUpdates(QObject):
    def __init__(
        self,
        target: DatabaseTarget,
        parent: QObject | None = None,
        *,
        interval_ms: int = POLL_MS,
        password: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self._listener: PostgresListener | None = None
        self._watcher: SqliteWatcher | None = None
        self._notifier: QSocketNotifier | None = None
        if target.backend == "postgresql":
            self._listener = PostgresListener(target.url, password=password)
            self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.check)
        else:
            assert target.path is not None
            self._watcher = SqliteWatcher(target.path)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Read what arrived; announce it once. Never raises: a server gone away shows up elsewhere."""
        try:
            if self._listener is not None:
                found = self._listener.poll()
                changes = Changes()
                for each in found:
                    changes = changes | each
            else:
                assert self._watcher is not None
                changes = EVERYTHING if self._watcher.changed() else Changes()
        except Exception:  # noqa: BLE001 - the next write or read will say what is wrong
            return
        if changes:
            announce(changes, OTHER_DESK)

    def stop(self) -> None:
        self.timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        for source in (self._listener, self._watcher):
            if source is not None:
                source.close()
        self._listener = self._watcher = None

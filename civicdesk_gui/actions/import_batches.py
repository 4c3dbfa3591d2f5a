"""One import of a file at a time, and every file written once (the import_batch table, step 2).

Before an import writes a case, it claims the file's row (kind + SHA-256 of its bytes) in a
transaction of its own:

- no row yet: it inserts one (the unique index lets exactly one of several desks do so);
- a row whose import is over (done, or interrupted by Cancel or an error), or whose importer is
  gone (killed, power cut): it takes the row over, and goes through the file again — the per-row
  import keys make that write only what is missing, so a killed import is completed, never doubled;
- a row someone is importing right now: it waits (the CLI and the GUI say so) until that import is
  over, then takes the row over as above and finds every row already there. After WAIT_LIMIT it gives
  up with a ConflictError that says who is importing the file.

Whether the importer is still there: on PostgreSQL it holds a session-level advisory lock on the
row for as long as it imports, which the server drops when its connection goes (a killed process
included); on SQLite (one desk) the row names the process, and a process that no longer exists on
this computer has gone (an owner on another computer is taken for gone after STALE_AFTER without a
committed batch).

The report then says "already imported on … by …" from what the row kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.errors import ConflictError
from civicdesk_gui.store.database import database_proxy, is_postgres
from civicdesk_gui.store.models import ImportBatch, User, now

POLL_SECONDS = 0.2
WAIT_LIMIT_SECONDS = 30 * 60.0
STALE_AFTER = dt.timedelta(minutes=10)
LOCK_CLASS = 0x43_44_49  # the first key of pg_advisory_lock(int, int): "CDI", CivicDesk imports

_held: set[str] = set()  # owners (see _owner_name) of the claims this process holds now


@dataclass(frozen=True)
class EarlierImport:
    """What the table knew of the file when this import claimed it."""

    state: str  # done, interrupted, or running (its importer gone)
    started_at: dt.datetime
    finished_at: dt.datetime | None
    by: str  # display name of whoever first imported it
    imported: int  # cases that came from the file so far

    @property
    def complete(self) -> bool:
        return self.state == "done"


@dataclass(frozen=True)
class BusyImport:
    """Someone else is importing the same file right now."""

    file_name: str
    who: str  # login@computer
    since: dt.datetime


@dataclass(frozen=True)
class Claim:
    batch_id: int
    owner: str
    earlier: EarlierImport | None


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes and services
        return "desk"


def _owner_name() -> str:
    """login@computer|process id|token: who imports, where, and this very claim."""
    return f"{_login()}@{socket.gethostname()}|{os.getpid()}|{uuid.uuid4().hex[:12]}"


def _owner_parts(owner: str) -> tuple[str, str, int | None]:
    who, _, rest = owner.partition("|")
    pid_text, _, _token = rest.partition("|")
    host = who.rpartition("@")[2]
    return who, host, int(pid_text) if pid_text.isdigit() else None


def process_alive(pid: int) -> bool:
    """Is process `pid` of this computer still running (a zombie is not)?"""
    if os.name == "nt":  # pragma: no cover - the office's Windows desks
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists, someone else's
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (OSError, IndexError):
        return True
    return state != "Z"


def _owner_gone(row: ImportBatch) -> bool:
    """SQLite: has the process named in a running row gone?"""
    if not row.owner:
        return True
    if row.owner in _held:
        return False
    _who, host, pid = _owner_parts(row.owner)
    if host == socket.gethostname() and pid is not None:
        return pid == os.getpid() or not process_alive(pid)  # this process holds no such claim
    return now() - row.heartbeat_at > STALE_AFTER


def _lock(batch_id: int) -> None:
    database_proxy.execute_sql("SELECT pg_advisory_lock(%s, %s)", (LOCK_CLASS, batch_id))


def _try_lock(batch_id: int) -> bool:
    cursor = database_proxy.execute_sql("SELECT pg_try_advisory_lock(%s, %s)", (LOCK_CLASS, batch_id))
    return bool(cursor.fetchone()[0])


def _unlock(batch_id: int) -> None:
    database_proxy.execute_sql("SELECT pg_advisory_unlock(%s, %s)", (LOCK_CLASS, batch_id))


def _earlier(row: ImportBatch) -> EarlierImport:
    user = User.get_or_none(User.id == row.started_by_id) if row.started_by_id else None
    return EarlierImport(
        state=row.state,
        started_at=row.started_at,
        finished_at=row.finished_at,
        by=user.display_name if user is not None else "?",
        imported=row.imported,
    )


def _try_claim(
    kind: str, digest: str, file_name: str, actor: Actor, owner: str
) -> Claim | ImportBatch | None:
    """A Claim; or the row someone is importing now; or None when the row changed meanwhile."""
    postgres = is_postgres()
    try:
        with database_proxy.atomic():
            row = ImportBatch.create(
                kind=kind,
                sha256=digest,
                file_name=file_name[:255],
                state="running",
                owner=owner,
                started_by=actor.id,
                started_at=now(),
                heartbeat_at=now(),
            )
            if postgres:
                _lock(row.id)  # before the row is visible to anyone
        return Claim(row.id, owner, None)
    except peewee.IntegrityError:
        pass  # imported before, or by someone else right now
    row = ImportBatch.get_or_none((ImportBatch.kind == kind) & (ImportBatch.sha256 == digest))
    if row is None:
        return None
    if postgres:
        if not _try_lock(row.id):
            return row
    elif row.state == "running" and not _owner_gone(row):
        return row
    with database_proxy.atomic():
        taken = (
            ImportBatch.update(state="running", owner=owner, heartbeat_at=now(), file_name=file_name[:255])
            .where(
                (ImportBatch.id == row.id)
                & (ImportBatch.owner == row.owner)
                & (ImportBatch.state == row.state)
            )
            .execute()
        )
    if taken == 1:
        return Claim(row.id, owner, _earlier(row))
    if postgres:
        _unlock(row.id)
    return None


def claim_file(
    *,
    kind: str,
    digest: str,
    file_name: str,
    actor: Actor,
    should_stop: Callable[[], bool] | None = None,
    on_wait: Callable[[BusyImport], None] | None = None,
    wait_limit: float | None = None,
) -> Claim | None:
    """This process's claim on the file (see the module docstring); None if stopped while waiting."""
    owner = _owner_name()
    wait_limit = WAIT_LIMIT_SECONDS if wait_limit is None else wait_limit
    waiting_since: float | None = None
    while True:
        found = _try_claim(kind, digest, file_name, actor, owner)
        if isinstance(found, Claim):
            _held.add(owner)
            return found
        if found is not None:
            busy = BusyImport(file_name, _owner_parts(found.owner)[0], found.heartbeat_at)
            if waiting_since is None:
                waiting_since = time.monotonic()
                if on_wait is not None:
                    on_wait(busy)
            elif time.monotonic() - waiting_since > wait_limit:
                raise ConflictError(
                    "import.in_progress",
                    {"file": file_name, "who": busy.who, "since": f"{found.started_at:%Y-%m-%d %H:%M}"},
                )
        if should_stop is not None and should_stop():
            return None
        time.sleep(POLL_SECONDS if found is not None else POLL_SECONDS / 10)  # None: it just changed


def heartbeat(claim: Claim) -> None:
    """The first statement of each batch's transaction: it says the importer is alive and, on
    SQLite, takes the write lock at once (under the busy timeout) for the batch that follows."""
    moved = (
        ImportBatch.update(heartbeat_at=now())
        .where((ImportBatch.id == claim.batch_id) & (ImportBatch.owner == claim.owner))
        .execute()
    )
    if moved != 1:  # taken over by a desk that thought this one gone: stop writing at once
        row = ImportBatch.get_by_id(claim.batch_id)
        raise ConflictError(
            "import.in_progress",
            {
                "file": row.file_name,
                "who": _owner_parts(row.owner)[0],
                "since": f"{row.heartbeat_at:%Y-%m-%d %H:%M}",
            },
        )


def finish(claim: Claim, *, records: int, imported: int, duplicates: int, rejected: int) -> None:
    """The file is imported: what this run did is kept, and the claim let go."""
    try:
        with database_proxy.atomic():
            ImportBatch.update(
                state="done",
                owner="",
                finished_at=peewee.fn.COALESCE(ImportBatch.finished_at, now()),
                records=records,
                imported=ImportBatch.imported + imported,
                duplicates=duplicates,
                rejected=rejected,
            ).where((ImportBatch.id == claim.batch_id) & (ImportBatch.owner == claim.owner)).execute()
    finally:
        _let_go(claim)


def release(claim: Claim, *, imported: int = 0) -> None:
    """The import stopped before the end (Cancel or an error): the next import of the file completes
    it. Best effort — when the database itself failed, the advisory lock (PostgreSQL) or the process
    check (SQLite) lets the next import take over anyway."""
    try:
        with database_proxy.atomic():
            ImportBatch.update(state="interrupted", owner="", imported=ImportBatch.imported + imported).where(
                (ImportBatch.id == claim.batch_id) & (ImportBatch.owner == claim.owner)
            ).execute()
    except peewee.DatabaseError:
        pass
    finally:
        _let_go(claim)


def _let_go(claim: Claim) -> None:
    _held.discard(claim.owner)
    if is_postgres():
        with contextlib.suppress(peewee.DatabaseError):  # a lost connection took its locks with it
            _unlock(claim.batch_id)

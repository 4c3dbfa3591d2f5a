"""The backups feature's writes, one function per user action. Only ops modules import actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.actions import backups
from civicdesk_gui.actions.backups import BackedUp, Restored  # re-exported: the screens' type hints
from civicdesk_gui.store.database import DatabaseTarget
from civicdesk_gui.ui.shell.background import Job
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.ops import WriteOp

__all__ = ["BackedUp", "Restored"]


def _pages(job: Job):
    return lambda done, total: job.report(done, total, "")


def back_up(*, parent: QWidget | None, context: AppContext, dest: Path) -> WriteOp[BackedUp]:
    """A checked copy of the open database at `dest`, in the background with progress."""
    return WriteOp(
        parent,
        lambda job: backups.back_up(
            target=context.database, dest=dest, actor=context.actor, progress=_pages(job)
        ),
    )


def restore_backup(*, parent: QWidget | None, context: AppContext, source: Path) -> WriteOp[Restored]:
    """Replace the open database by `source` (a copy of it is kept); the window reopens it after."""
    return WriteOp(
        parent,
        lambda job: backups.restore_backup(
            source=source, target=context.database, actor=context.actor, progress=_pages(job)
        ),
    )


def restore_at_start(*, parent: QWidget | None, target: DatabaseTarget, source: Path) -> WriteOp[Restored]:
    """The database did not open (damaged): put its latest backup in its place, on this thread, before
    any window exists. Nobody is signed in yet, so no actor."""
    return WriteOp(parent, lambda _job: backups.restore_backup(source=source, target=target, actor=None))


def save_backup_settings(*, parent: QWidget | None, context: AppContext, keep_daily: int) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: backups.save_backup_settings(keep_daily=keep_daily, actor=context.actor),
        done_message=QCoreApplication.translate("BackupOps", "Backup settings saved"),
    )

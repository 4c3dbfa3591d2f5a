"""File > Back up now… and File > Restore from backup…, and the day's automatic backup at start-up.

Backing up and restoring run in the background helper with a progress dialog (pages copied); the
result is said plainly: where the copy is and that it was checked, or what a restore replaced and
where the copy of that is kept. A restore asks first, then the window opens the database again
(`restored`). The automatic backup is silent when it works (a status line) and says why when not.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from civicdesk_gui.file_checks import human_size
from civicdesk_gui.store.backups import backup_folder_shown, daily_backup_of, latest_backup
from civicdesk_gui.ui.backups import ops
from civicdesk_gui.ui.shell.background import Job, run_in_background
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import user_message
from civicdesk_gui.ui.shell.signals import bus


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or No, No by default (a restore replaces the database)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.exec()
    return box.clickedButton() is yes


def tell(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


class BackupCommands(QObject):
    restored = Signal()  # the database was replaced by a backup: the window opens it again
    daily_done = Signal(str)  # the day's automatic backup, or "" when none was needed

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None

    # ------------------------------------------------------------------ helpers

    def _start_dir(self) -> str:
        path = self.context.database.path
        if path is None:
            return str(Path.home())
        folder = backup_folder_shown(path)
        return str(folder if folder.is_dir() else path.parent)

    def _open_progress(self, text: str) -> None:
        progress = QProgressDialog(text, "", 0, 0, self.parent_widget)
        progress.setCancelButton(None)  # a copy takes seconds, and a half copy is never kept anyway
        progress.setWindowTitle(self.tr("CivicDesk"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress

    def _report(self, done: int, total: int, _text: str) -> None:
        if self.progress is not None and total > 0:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    # ------------------------------------------------------------------ back up now

    def back_up_now(self, dest: Path | None = None) -> Job | None:
        if dest is None:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
            suffix = "db" if self.context.database.backend == "sqlite" else "dump"
            suggested = str(Path(self._start_dir()) / f"civicdesk-{stamp}.{suffix}")
            name, _filter = QFileDialog.getSaveFileName(
                self.parent_widget,
                self.tr("Back up the database"),
                suggested,
                self.tr("CivicDesk backups (*.db *.dump)"),
            )
            if not name:
                return None
            dest = Path(name)
        self._open_progress(self.tr("Backing up the database to {0}…").format(dest.name))
        self.job = (
            ops.back_up(parent=self.parent_widget, context=self.context, dest=dest)
            .progress(self._report)
            .success(self._backed_up)
            .finally_(self._close_progress)
            .run_in_background()
        )
        return self.job

    def _backed_up(self, done: ops.BackedUp) -> None:
        result = done.result
        if result.backend == "sqlite":
            detail = self.tr(
                "{0}, {1:,} rows in {2} tables; its integrity was checked and its rows counted."
            ).format(human_size(result.size), result.rows, len(result.counts))
        else:
            detail = self.tr("{0}, a pg_dump archive that pg_restore reads.").format(human_size(result.size))
        tell(
            self.parent_widget,
            self.tr("Back up"),
            self.tr("Backup saved: {0}\n{1}").format(result.path, detail),
        )

    # ------------------------------------------------------------------ restore

    def restore(self, source: Path | None = None) -> Job | None:
        if source is None:
            name, _filter = QFileDialog.getOpenFileName(
                self.parent_widget,
                self.tr("Restore from a backup"),
                self._start_dir(),
                self.tr("CivicDesk backups (*.db *.dump);;All files (*)"),
            )
            if not name:
                return None
            source = Path(name)
        question = self.tr(
            "Replace the database {0} by the backup {1}?\n\nEverything saved after that backup is replaced. "
            "A copy of the database as it is now is kept in the backups folder, and CivicDesk opens the "
            "database again afterwards. Other desks should close CivicDesk first."
        ).format(self.context.database.display_name, source)
        if not ask(self.parent_widget, self.tr("Restore from a backup"), question):
            return None
        self._open_progress(self.tr("Restoring the database from {0}…").format(source.name))
        self.job = (
            ops.restore_backup(parent=self.parent_widget, context=self.context, source=source)
            .progress(self._report)
            .success(self._restored)
            .finally_(self._close_progress)
            .run_in_background()
        )
        return self.job

    def _restored(self, done: ops.Restored) -> None:
        result = done.result
        lines = [self.tr("The database was restored from {0}.").format(result.source)]
        if result.kept is not None:
            lines.append(self.tr("The database it replaced is kept as {0}.").format(result.kept))
        tell(self.parent_widget, self.tr("Restore from a backup"), "\n".join(lines))
        self.restored.emit()

    # ------------------------------------------------------------------ the day's automatic backup

    def start_daily_backup(self) -> Job | None:
        """Today's copy of a SQLite database, once a day, in the background (store/backups.py)."""
        if self.context.database.backend != "sqlite":
            return None
        target = self.context.database
        self.job = run_in_background(
            lambda _job: daily_backup_of(target),
            on_done=self._daily_done,
            on_error=self._daily_failed,
        )
        return self.job

    def _daily_done(self, path: Path | None) -> None:
        if path is not None:
            bus().status_message.emit(self.tr("Today's backup: {0}").format(path))
        self.daily_done.emit(str(path or ""))

    def _daily_failed(self, exc: Exception, _tb: str) -> None:
        # Not a modal dialog at start-up: the day's work goes on, the status bar says why.
        bus().status_message.emit(self.tr("No backup today: {0}").format(user_message(exc)))
        self.daily_done.emit("")


def latest_backup_text(context: AppContext) -> str:
    path = context.database.path
    found = latest_backup(path) if path is not None else None
    return str(found) if found else ""

"""Export the current case view in the background, with a progress dialog and Cancel. The export is
an action (actions/exports.py, through the cases ops): the role is checked and the export audited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.queries.case_list import CaseFilter, CaseSort
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.shell import file_folders, vocabulary_labels
from civicdesk_gui.ui.shell.background import Job


class CaseExportRunner(QObject):
    finished = Signal(str, int)  # path, rows written
    cancelled = Signal()

    def __init__(self, parent: QWidget, actor: Actor) -> None:
        super().__init__(parent)
        self._parent = parent
        self.actor = actor
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None

    def ask_and_export(
        self, case_filter: CaseFilter, sort: CaseSort, fmt: str, expected: int, now: dt.datetime
    ) -> None:
        caption = self.tr("Export cases")
        patterns = {
            "csv": self.tr("CSV, UTF-8 (*.csv)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "open311": self.tr("Open311 service requests (*.json)"),
        }
        # Named after what is exported and when: "cases-overdue-2026-11-30.csv".
        view = case_filter.view if case_filter.view and case_filter.view != "all" else "all"
        name = (
            f"requests-{view}-{now:%Y-%m-%d}.json"
            if fmt == "open311"
            else f"cases-{view}-{now:%Y-%m-%d}.{fmt}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self._parent, caption, file_folders.suggest("export", name), patterns[fmt]
        )
        if path:
            file_folders.remember("export", path)
            self.export(case_filter, sort, Path(path), fmt, expected, now)

    def export(
        self, case_filter: CaseFilter, sort: CaseSort, path: Path, fmt: str, expected: int, now: dt.datetime
    ) -> None:
        dialog = QProgressDialog(
            self.tr("Exporting {0:,} cases to {1}…").format(max(expected, 0), path.name),
            self.tr("Cancel"),
            0,
            max(expected, 0),
            self._parent,
        )
        dialog.setWindowTitle(self.tr("Export cases"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.dialog = dialog
        if fmt == "open311":
            # Residents' names and phone numbers stay out of what the desk sends to other systems.
            op = ops.export_open311(
                parent=self._parent,
                actor=self.actor,
                case_filter=case_filter,
                path=path,
                language=vocabulary_labels.language(),
                now=now,
                expected=expected,
            )
        else:
            op = ops.export_cases(
                parent=self._parent,
                actor=self.actor,
                case_filter=case_filter,
                sort=sort,
                path=path,
                fmt=fmt,
                now=now,
                expected=expected,
            )
        op = (
            op.progress(lambda n, _total, _text: dialog.setValue(min(n, dialog.maximum())))
            .success(lambda exported: self.finished.emit(str(exported.path), exported.rows))
            .cancelled(self.cancelled.emit)
            .finally_(dialog.close)
        )
        self.job = op.run_in_background()
        dialog.canceled.connect(self.job.cancel)

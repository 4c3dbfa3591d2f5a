"""Export the current case view in the background, with a progress dialog and Cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from civicdesk_gui.documents.case_export import export_cases
from civicdesk_gui.documents.open311 import build_request, write_requests
from civicdesk_gui.queries.case_list import CaseFilter, CaseSort, iterate_rows
from civicdesk_gui.queries.open311 import exchange_cases
from civicdesk_gui.ui.shell import vocabulary_labels
from civicdesk_gui.ui.shell.background import Job, run_in_background
from civicdesk_gui.ui.shell.error_dialog import show_error


class CaseExportRunner(QObject):
    finished = Signal(str, int)  # path, rows written
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
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
        suggested = "requests.json" if fmt == "open311" else f"cases.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self._parent, caption, suggested, patterns[fmt])
        if path:
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

        language = vocabulary_labels.language()

        def work(job: Job) -> int:
            shown = [-1]

            def progress(done: int) -> None:
                # At most ~100 updates, whatever the size: each is a signal to the GUI thread.
                percent = done * 100 // max(expected, 1)
                if percent != shown[0]:
                    shown[0] = percent
                    job.report(done, expected, "")

            if fmt == "open311":
                # Residents' names and phone numbers stay out until roles say who may export them.
                requests = (
                    build_request(case, language=language) for case in exchange_cases(case_filter, now=now)
                )
                return write_requests(requests, path, progress=progress, check=job.check)
            rows = iterate_rows(case_filter, sort, now=now)
            return export_cases(rows, path, fmt=fmt, progress=progress, check=job.check)

        def done(count: int) -> None:
            dialog.close()
            self.finished.emit(str(path), count)

        def failed(exc: Exception, tb: str) -> None:
            dialog.close()
            show_error(self._parent, exc, tb)

        def on_cancelled() -> None:
            dialog.close()
            self.cancelled.emit()

        self.job = run_in_background(
            work,
            on_done=done,
            on_error=failed,
            on_progress=lambda n, _total, _text: dialog.setValue(min(n, dialog.maximum())),
            on_cancelled=on_cancelled,
        )
        dialog.canceled.connect(self.job.cancel)

"""File > Import Open311 requests: pick a requests.json, read it in the background, map the service
codes met for the first time (UnmappedCodesDialog), import with progress and Cancel, show the report.

A file that is not requests (invalid JSON with its line and column, not UTF-8) is one clear message;
nothing is written before the user has decided about new codes. Only the administrator maps codes
(settings.service_codes): for anyone else the import goes on and the report lists the codes that wait."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from civicdesk_gui.documents.open311 import read_requests_file
from civicdesk_gui.queries.open311 import unmapped_codes
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.cases.import_dialog import ImportProgressDialog
from civicdesk_gui.ui.cases.open311_dialogs import Open311ReportDialog, UnmappedCodesDialog
from civicdesk_gui.ui.shell.background import Job, run_in_background
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.shell.permitted import refusal_text

_running: set[Open311ImportController] = set()  # keeps controllers alive while their job runs


class Open311ImportController(QObject):
    """One import from the chosen file to the report; `finished` carries the report (None if abandoned)."""

    finished = Signal(object)

    def __init__(self, context: AppContext, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = Path(path)
        self.parent_widget = parent
        self.job: Job | None = None
        self.progress: ImportProgressDialog | None = None
        self.mapping_dialog: UnmappedCodesDialog | None = None
        self.report_dialog: Open311ReportDialog | None = None
        self.report: ops.Open311ImportReport | None = None

    def start(self) -> None:
        """Read the file and look for service codes nothing maps yet (a read: nothing written)."""
        self._show_progress()
        path = self.path

        def inspect(_job: Job):
            return unmapped_codes(read_requests_file(path))

        self.job = run_in_background(
            inspect,
            on_done=self._inspected,
            on_error=self._read_failed,
            on_cancelled=lambda: self._done(None),
        )

    def _show_progress(self) -> None:
        if self.progress is None:
            self.progress = ImportProgressDialog(self.path.name, self.parent_widget)
            self.progress.cancel_requested.connect(self.cancel)
            self.progress.show()

    def _inspected(self, unmapped) -> None:
        if not unmapped or refusal_text(self.context.actor, "settings.service_codes") is not None:
            self._import()
            return
        self._close_progress()
        dialog = UnmappedCodesDialog(unmapped, self.parent_widget)
        self.mapping_dialog = dialog
        dialog.accepted.connect(lambda: self._map_then_import(dialog.mappings()))
        dialog.rejected.connect(lambda: self.finished.emit(None))
        dialog.open()

    def _map_then_import(self, mappings) -> None:
        if not mappings:
            self._import()
            return
        ops.save_service_mappings(
            parent=self.parent_widget, actor=self.context.actor, mappings=mappings
        ).success(lambda _saved: self._import()).failure(self._write_failed).run()

    def _import(self) -> None:
        self._show_progress()
        self.job = (
            ops.import_open311(parent=self.parent_widget, actor=self.context.actor, path=self.path)
            .progress(lambda done, total, _text: self.progress.show_progress(done, total))
            .success(self._done)
            .failure(self._write_failed)
            .cancelled(lambda: self._done(None))
            .run_in_background()
        )

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _read_failed(self, exc: Exception, tb: str) -> None:
        self._close_progress()
        show_error(self.parent_widget, exc, tb)
        self.finished.emit(None)

    def _write_failed(self, exc: Exception) -> None:
        self._close_progress()
        show_error(self.parent_widget, exc)
        self.finished.emit(None)

    def _done(self, report: ops.Open311ImportReport | None) -> None:
        self._close_progress()
        self.report = report
        if report is not None:
            self.report_dialog = Open311ReportDialog(report, self.parent_widget)
            self.report_dialog.open()
        self.finished.emit(report)


def start_open311_import(
    context: AppContext, path: str | Path, parent: QWidget | None = None
) -> Open311ImportController:
    controller = Open311ImportController(context, path, parent)
    _running.add(controller)
    controller.finished.connect(lambda _report: _running.discard(controller))
    controller.start()
    return controller


def run_open311_import_dialog(
    context: AppContext, parent: QWidget | None = None
) -> Open311ImportController | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Open311Import", "Import Open311 service requests"),
        "",
        QCoreApplication.translate("Open311Import", "Open311 requests (*.json);;All files (*)"),
    )
    if not path:
        return None
    return start_open311_import(context, path, parent)

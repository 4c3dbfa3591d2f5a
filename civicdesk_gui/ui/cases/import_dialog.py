"""Import of the text-message gateway's CSV export: pick a file, map the columns when the headers are
not recognised, import in the background with a progress bar and Cancel, then show the report.

Cancel stops between batches: committed batches stay, nothing is half-written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.documents import sms_import
from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.ui.cases import ops
from civicdesk_gui.ui.shell import file_folders
from civicdesk_gui.ui.shell.background import Job
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.shell.error_text import say
from civicdesk_gui.ui.shell.screen_fit import fit_on_screen

_running: set[ImportController] = set()  # keeps controllers alive while their job runs


class ColumnMappingDialog(QDialog):
    """Say which column holds which field; OK waits until the required ones are chosen."""

    def __init__(
        self,
        headers: list[str],
        missing: list[str],
        parent: QWidget | None = None,
        samples: list[list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column is which?"))
        self.setMinimumWidth(640)
        samples = samples or []
        intro = QLabel(
            self.tr("CivicDesk did not recognise the file's headers. Choose the column for each field.")
        )
        intro.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for name, label in sms_import.FIELD_LABELS.items():
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), None)
            for column, header in enumerate(headers):
                # The column's first value beside its name: "수신시각 — 2026-11-03 08:43".
                first = next((row[column] for row in samples if column < len(row) and row[column]), "")
                text = f"{header} — {first[:40]}" if first else header
                combo.addItem(text, header)
            guess = sms_import.guess_columns(headers).get(name)
            if guess is not None:
                combo.setCurrentIndex(guess + 1)
            combo.currentIndexChanged.connect(self._validate)
            required = name in sms_import.REQUIRED_FIELDS
            form.addRow(f"{label}{' *' if required else ''}", combo)
            self.combos[name] = combo
        self.hint = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if samples:
            layout.addWidget(QLabel(self.tr("The file's first rows:")))
            self.preview = self._preview(headers, samples)
            layout.addWidget(self.preview)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._validate()
        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too

    def _preview(self, headers: list[str], samples: list[list[str]]) -> QTableWidget:
        preview = QTableWidget(len(samples), len(headers))
        preview.setHorizontalHeaderLabels(headers)
        preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        preview.setTabKeyNavigation(False)
        for r, row in enumerate(samples):
            for c, value in enumerate(row[: len(headers)]):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                preview.setItem(r, c, item)
        preview.resizeColumnsToContents()
        for c in range(len(headers)):
            preview.setColumnWidth(c, min(preview.columnWidth(c), 260))
        preview.setMaximumHeight(preview.horizontalHeader().height() + 26 * len(samples) + 8)
        return preview

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}

    def _validate(self) -> None:
        missing = [sms_import.FIELD_LABELS[f] for f in sms_import.REQUIRED_FIELDS if f not in self.mapping()]
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not missing)
        self.hint.setText(self.tr("Still needed: {0}").format(", ".join(missing)) if missing else "")


class ImportProgressDialog(QDialog):
    cancel_requested = Signal()

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing {0}").format(file_name))
        self.setMinimumWidth(420)
        self.label = QLabel(self.tr("Reading the file…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def show_progress(self, done: int, total: int, text: str = "") -> None:
        if text:  # waiting for another desk's import of the same file: a busy bar and why
            self.bar.setRange(0, 0)
            self.label.setText(text)
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self.tr("{0} of {1} rows").format(f"{done:,}", f"{total:,}"))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping after the current batch…"))
        self.cancel_requested.emit()

    def reject(self) -> None:  # Esc and the close box cancel too, never leave a job unattended
        self._cancel()


def report_text(report: ops.ImportReport) -> str:
    """How every row of the file ended, as the CLI prints it (commands/import_cases.py), in the
    desk's language: the counts add up to the file's rows."""
    lines = [
        QCoreApplication.translate("ImportDialog", "File: {0} ({1} rows, {2})").format(
            report.file, f"{report.records:,}", report.encoding
        ),
    ]
    earlier = report.earlier
    if earlier is not None and earlier.complete:
        when = earlier.finished_at or earlier.started_at
        lines.append(
            QCoreApplication.translate(
                "ImportDialog",
                "Already imported on {0} by {1} ({2} cases came from it); only what was missing is written.",
            ).format(f"{when:%Y-%m-%d %H:%M}", earlier.by, f"{earlier.imported:,}")
        )
    elif earlier is not None:
        lines.append(
            QCoreApplication.translate(
                "ImportDialog", "Completing the import begun on {0} by {1}, which did not finish."
            ).format(f"{earlier.started_at:%Y-%m-%d %H:%M}", earlier.by)
        )
    lines += [
        QCoreApplication.translate("ImportDialog", "Imported: {0}").format(f"{report.imported:,}"),
        QCoreApplication.translate("ImportDialog", "Already imported (duplicates): {0}").format(
            f"{report.duplicates:,}"
        ),
        QCoreApplication.translate("ImportDialog", "Rejected: {0}").format(f"{len(report.rejected):,}"),
    ]
    if report.not_reached:
        lines.append(
            QCoreApplication.translate("ImportDialog", "Not reached (cancelled): {0}").format(
                f"{report.not_reached:,}"
            )
        )
    if report.blank_lines:
        lines.append(
            QCoreApplication.translate("ImportDialog", "Blank lines (not rows): {0}").format(
                f"{report.blank_lines:,}"
            )
        )
    if report.cancelled:
        lines.append(
            QCoreApplication.translate(
                "ImportDialog",
                "Cancelled: the batches committed before stopping were kept; import the file again to "
                "complete it.",
            )
        )
    if report.rejected:
        lines.append("")
        lines.extend(problem_text(problem) for problem in report.rejected)
    return "\n".join(lines)


def problem_text(problem: sms_import.RowProblem) -> str:
    """A rejected row in the desk's language: file, row and what is wrong with it."""
    reason = say(problem.phrase)
    if problem.line is not None and problem.line != problem.row:
        return QCoreApplication.translate("ImportDialog", "{0} row {1} (line {2}): {3}").format(
            problem.file, problem.row, problem.line, reason
        )
    return QCoreApplication.translate("ImportDialog", "{0} row {1}: {2}").format(
        problem.file, problem.row, reason
    )


class ImportReportDialog(QDialog):
    def __init__(self, report: ops.ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import report"))
        self.setMinimumSize(520, 320)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab moves to the next field, never into the text
        self.text.setReadOnly(True)
        self.text.setPlainText(report_text(report))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_on_screen(self)  # within the screen at 125 % / 150 % scaling too


class ImportController(QObject):
    """One import from a chosen file to the report; `finished` carries the report (None if abandoned)."""

    finished = Signal(object)

    def __init__(self, context: AppContext, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = Path(path)
        self.parent_widget = parent
        self.job: Job | None = None
        self.progress: ImportProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.report: ops.ImportReport | None = None

    def start(self, mapping: dict[str, str] | None = None) -> None:
        self.progress = ImportProgressDialog(self.path.name, self.parent_widget)
        self.progress.cancel_requested.connect(self.cancel)
        self.progress.show()
        self.job = (
            ops.import_messages(
                parent=self.parent_widget, actor=self.context.actor, path=self.path, mapping=mapping
            )
            .progress(lambda done, total, text: self.progress.show_progress(done, total, text))
            .success(self._done)
            .failure(self._failed)
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

    def _failed(self, exc: Exception) -> None:
        self._close_progress()
        if isinstance(exc, sms_import.MappingError):
            self._ask_mapping(exc)
            return
        show_error(self.parent_widget, exc)
        self.finished.emit(None)

    def _ask_mapping(self, exc: sms_import.MappingError) -> None:
        try:
            samples = sms_import.sample_rows(self.path)
        except CivicDeskError:
            samples = []  # the file changed meanwhile: the names alone still let the user choose
        dialog = ColumnMappingDialog(exc.headers, exc.missing, self.parent_widget, samples)
        self.mapping_dialog = dialog
        dialog.accepted.connect(lambda: self.start(dialog.mapping()))
        dialog.rejected.connect(lambda: self.finished.emit(None))
        dialog.open()

    def _done(self, report: ops.ImportReport | None) -> None:
        self._close_progress()
        self.report = report
        if report is None:
            self.finished.emit(None)
            return
        self.report_dialog = ImportReportDialog(report, self.parent_widget)
        self.report_dialog.open()
        self.finished.emit(report)


def start_import(context: AppContext, path: str | Path, parent: QWidget | None = None) -> ImportController:
    controller = ImportController(context, path, parent)
    _running.add(controller)
    controller.finished.connect(lambda _report: _running.discard(controller))
    controller.start()
    return controller


def run_import_dialog(context: AppContext, parent: QWidget | None = None) -> ImportController | None:
    """Ask for a file, import it in the background with progress and Cancel, show the report."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import text messages"),
        str(file_folders.folder_for("import")),
        QCoreApplication.translate("ImportDialog", "Text-message exports (*.csv *.txt);;All files (*)"),
    )
    if not path:
        return None
    file_folders.remember("import", path)
    return start_import(context, path, parent)
